from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.student_definition_exist import StudentDefinitionExist
from ..models.student_definition_solidarity_contribution import (
    StudentDefinitionSolidarityContribution,
)

T = TypeVar("T", bound="StudentDefinition")


@_attrs_define
class StudentDefinition:
    """
    Attributes:
        exist (StudentDefinitionExist):
        solidarity_contribution (StudentDefinitionSolidarityContribution):
    """

    exist: StudentDefinitionExist
    solidarity_contribution: StudentDefinitionSolidarityContribution
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        solidarity_contribution = self.solidarity_contribution.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        student_definition.additional_properties = d
        return student_definition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
