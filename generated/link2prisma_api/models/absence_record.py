from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AbsenceRecord")


@_attrs_define
class AbsenceRecord:
    """
    Attributes:
        day (str | Unset):
        code (int | Unset):
        shift (int | Unset):
        hours (float | Unset):
    """

    day: str | Unset = UNSET
    code: int | Unset = UNSET
    shift: int | Unset = UNSET
    hours: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        code = self.code

        shift = self.shift

        hours = self.hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["Day"] = day
        if code is not UNSET:
            field_dict["Code"] = code
        if shift is not UNSET:
            field_dict["Shift"] = shift
        if hours is not UNSET:
            field_dict["Hours"] = hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = d.pop("Day", UNSET)

        code = d.pop("Code", UNSET)

        shift = d.pop("Shift", UNSET)

        hours = d.pop("Hours", UNSET)

        absence_record = cls(
            day=day,
            code=code,
            shift=shift,
            hours=hours,
        )

        absence_record.additional_properties = d
        return absence_record

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
