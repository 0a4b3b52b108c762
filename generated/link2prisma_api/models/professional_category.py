from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProfessionalCategory")


@_attrs_define
class ProfessionalCategory:
    """
    Attributes:
        prof_cat (None | str):
        description_d (None | str):
        description_f (None | str):
    """

    prof_cat: None | str
    description_d: None | str
    description_f: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prof_cat: None | str
        prof_cat = self.prof_cat

        description_d: None | str
        description_d = self.description_d

        description_f: None | str
        description_f = self.description_f

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ProfCat": prof_cat,
                "DescriptionD": description_d,
                "DescriptionF": description_f,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_prof_cat(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prof_cat = _parse_prof_cat(d.pop("ProfCat"))

        def _parse_description_d(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description_d = _parse_description_d(d.pop("DescriptionD"))

        def _parse_description_f(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description_f = _parse_description_f(d.pop("DescriptionF"))

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
