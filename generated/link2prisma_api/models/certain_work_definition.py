from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.certain_work_definition_exist import CertainWorkDefinitionExist
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertainWorkDefinition")


@_attrs_define
class CertainWorkDefinition:
    """
    Attributes:
        exist (CertainWorkDefinitionExist): The values the vendor schema lists for `CertainWorkDefinition.Exist`.
        description (str | Unset):
    """

    exist: CertainWorkDefinitionExist
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Exist": exist,
            }
        )
        if description is not UNSET:
            field_dict["Description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exist = CertainWorkDefinitionExist(d.pop("Exist"))

        description = d.pop("Description", UNSET)

        certain_work_definition = cls(
            exist=exist,
            description=description,
        )

        return certain_work_definition
