from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Absence")


@_attrs_define
class Absence:
    """
    Attributes:
        day (str):
        code (int):
        shift (int | Unset):
        hours (float | Unset):
    """

    day: str
    code: int
    shift: int | Unset = UNSET
    hours: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        code = self.code

        shift = self.shift

        hours = self.hours

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Day": day,
                "Code": code,
            }
        )
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

        shift = d.pop("Shift", UNSET)

        hours = d.pop("Hours", UNSET)

        absence = cls(
            day=day,
            code=code,
            shift=shift,
            hours=hours,
        )

        return absence
