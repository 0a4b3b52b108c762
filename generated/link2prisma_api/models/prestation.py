from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Prestation")


@_attrs_define
class Prestation:
    """
    Attributes:
        day (str):
        code (int):
        cost_centre (str | Unset):
        shift (int | Unset):
        hours (float | Unset):
    """

    day: str
    code: int
    cost_centre: str | Unset = UNSET
    shift: int | Unset = UNSET
    hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        code = self.code

        cost_centre = self.cost_centre

        shift = self.shift

        hours = self.hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Day": day,
                "Code": code,
            }
        )
        if cost_centre is not UNSET:
            field_dict["CostCentre"] = cost_centre
        if shift is not UNSET:
            field_dict["Shift"] = shift
        if hours is not UNSET:
            field_dict["Hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = d.pop("Day")

        code = d.pop("Code")

        cost_centre = d.pop("CostCentre", UNSET)

        shift = d.pop("Shift", UNSET)

        hours = d.pop("Hours", UNSET)

        prestation = cls(
            day=day,
            code=code,
            cost_centre=cost_centre,
            shift=shift,
            hours=hours,
        )

        prestation.additional_properties = d
        return prestation

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
