from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certain_work_definition_exist import CertainWorkDefinitionExist
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertainWorkDefinition")


@_attrs_define
class CertainWorkDefinition:
    """
    Attributes:
        exist (CertainWorkDefinitionExist):
        description (str | Unset):
    """

    exist: CertainWorkDefinitionExist
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        certain_work_definition.additional_properties = d
        return certain_work_definition

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
