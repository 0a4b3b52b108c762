from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleWeek")


@_attrs_define
class ScheduleWeek:
    """
    Attributes:
        week_number (float):
        day_1 (float | Unset):
        day_2 (float | Unset):
        day_3 (float | Unset):
        day_4 (float | Unset):
        day_5 (float | Unset):
        day_6 (float | Unset):
        day_7 (float | Unset):
    """

    week_number: float
    day_1: float | Unset = UNSET
    day_2: float | Unset = UNSET
    day_3: float | Unset = UNSET
    day_4: float | Unset = UNSET
    day_5: float | Unset = UNSET
    day_6: float | Unset = UNSET
    day_7: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        week_number = self.week_number

        day_1 = self.day_1

        day_2 = self.day_2

        day_3 = self.day_3

        day_4 = self.day_4

        day_5 = self.day_5

        day_6 = self.day_6

        day_7 = self.day_7

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "WeekNumber": week_number,
            }
        )
        if day_1 is not UNSET:
            field_dict["Day1"] = day_1
        if day_2 is not UNSET:
            field_dict["Day2"] = day_2
        if day_3 is not UNSET:
            field_dict["Day3"] = day_3
        if day_4 is not UNSET:
            field_dict["Day4"] = day_4
        if day_5 is not UNSET:
            field_dict["Day5"] = day_5
        if day_6 is not UNSET:
            field_dict["Day6"] = day_6
        if day_7 is not UNSET:
            field_dict["Day7"] = day_7

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        week_number = d.pop("WeekNumber")

        day_1 = d.pop("Day1", UNSET)

        day_2 = d.pop("Day2", UNSET)

        day_3 = d.pop("Day3", UNSET)

        day_4 = d.pop("Day4", UNSET)

        day_5 = d.pop("Day5", UNSET)

        day_6 = d.pop("Day6", UNSET)

        day_7 = d.pop("Day7", UNSET)

        schedule_week = cls(
            week_number=week_number,
            day_1=day_1,
            day_2=day_2,
            day_3=day_3,
            day_4=day_4,
            day_5=day_5,
            day_6=day_6,
            day_7=day_7,
        )

        return schedule_week
