from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.student_definition_exist import StudentDefinitionExist
from ..models.student_definition_solidarity_contribution import (
    StudentDefinitionSolidarityContribution,
)

T = TypeVar("T", bound="StudentDefinition")


@_attrs_define
class StudentDefinition:
    """
    Attributes:
        exist (StudentDefinitionExist): The values the vendor schema lists for `StudentDefinition.Exist`.
        solidarity_contribution (StudentDefinitionSolidarityContribution): The values the vendor schema lists for
            `StudentDefinition.SolidarityContribution`.
    """

    exist: StudentDefinitionExist
    solidarity_contribution: StudentDefinitionSolidarityContribution

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        solidarity_contribution = self.solidarity_contribution.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Exist": exist,
                "SolidarityContribution": solidarity_contribution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exist = StudentDefinitionExist(d.pop("Exist"))

        solidarity_contribution = StudentDefinitionSolidarityContribution(
            d.pop("SolidarityContribution")
        )

        student_definition = cls(
            exist=exist,
            solidarity_contribution=solidarity_contribution,
        )

        return student_definition
