from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.international_employment_definition_exist import (
    InternationalEmploymentDefinitionExist,
)
from ..models.international_employment_definition_kind import InternationalEmploymentDefinitionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="InternationalEmploymentDefinitionRecord")


@_attrs_define
class InternationalEmploymentDefinitionRecord:
    """
    Attributes:
        exist (InternationalEmploymentDefinitionExist | str | Unset):
        kind (InternationalEmploymentDefinitionKind | str | Unset):
        border_country (str | Unset):  Default: '00111'.
    """

    exist: InternationalEmploymentDefinitionExist | str | Unset = UNSET
    kind: InternationalEmploymentDefinitionKind | str | Unset = UNSET
    border_country: str | Unset = "00111"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, InternationalEmploymentDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, InternationalEmploymentDefinitionKind):
            kind = self.kind.value
        else:
            kind = self.kind

        border_country = self.border_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
        if kind is not UNSET:
            field_dict["Kind"] = kind
        if border_country is not UNSET:
            field_dict["BorderCountry"] = border_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exist(data: object) -> InternationalEmploymentDefinitionExist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = InternationalEmploymentDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternationalEmploymentDefinitionExist | str | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        def _parse_kind(data: object) -> InternationalEmploymentDefinitionKind | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = InternationalEmploymentDefinitionKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InternationalEmploymentDefinitionKind | str | Unset, data)

        kind = _parse_kind(d.pop("Kind", UNSET))

        border_country = d.pop("BorderCountry", UNSET)

        international_employment_definition_record = cls(
            exist=exist,
            kind=kind,
            border_country=border_country,
        )

        international_employment_definition_record.additional_properties = d
        return international_employment_definition_record

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
