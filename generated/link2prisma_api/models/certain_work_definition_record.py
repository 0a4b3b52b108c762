from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.certain_work_definition_exist import CertainWorkDefinitionExist
from ..types import UNSET, Unset

T = TypeVar("T", bound="CertainWorkDefinitionRecord")


@_attrs_define
class CertainWorkDefinitionRecord:
    """
    Attributes:
        exist (CertainWorkDefinitionExist | str | Unset):
        description (str | Unset):
    """

    exist: CertainWorkDefinitionExist | str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, CertainWorkDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
        if description is not UNSET:
            field_dict["Description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exist(data: object) -> CertainWorkDefinitionExist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = CertainWorkDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CertainWorkDefinitionExist | str | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        description = d.pop("Description", UNSET)

        certain_work_definition_record = cls(
            exist=exist,
            description=description,
        )

        certain_work_definition_record.additional_properties = d
        return certain_work_definition_record

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
