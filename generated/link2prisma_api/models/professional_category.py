from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfessionalCategory")


@_attrs_define
class ProfessionalCategory:
    """
    Attributes:
        prof_cat (None | str | Unset):
        description_d (None | str | Unset):
        description_f (None | str | Unset):
    """

    prof_cat: None | str | Unset = UNSET
    description_d: None | str | Unset = UNSET
    description_f: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prof_cat: None | str | Unset
        if isinstance(self.prof_cat, Unset):
            prof_cat = UNSET
        else:
            prof_cat = self.prof_cat

        description_d: None | str | Unset
        if isinstance(self.description_d, Unset):
            description_d = UNSET
        else:
            description_d = self.description_d

        description_f: None | str | Unset
        if isinstance(self.description_f, Unset):
            description_f = UNSET
        else:
            description_f = self.description_f

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prof_cat is not UNSET:
            field_dict["ProfCat"] = prof_cat
        if description_d is not UNSET:
            field_dict["DescriptionD"] = description_d
        if description_f is not UNSET:
            field_dict["DescriptionF"] = description_f

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_prof_cat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prof_cat = _parse_prof_cat(d.pop("ProfCat", UNSET))

        def _parse_description_d(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_d = _parse_description_d(d.pop("DescriptionD", UNSET))

        def _parse_description_f(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_f = _parse_description_f(d.pop("DescriptionF", UNSET))

        professional_category = cls(
            prof_cat=prof_cat,
            description_d=description_d,
            description_f=description_f,
        )

        professional_category.additional_properties = d
        return professional_category

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
