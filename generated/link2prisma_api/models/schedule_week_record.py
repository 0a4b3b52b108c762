from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleWeekRecord")


@_attrs_define
class ScheduleWeekRecord:
    """
    Attributes:
        week_number (float | Unset):
        day_1 (float | Unset):
        day_2 (float | Unset):
        day_3 (float | Unset):
        day_4 (float | Unset):
        day_5 (float | Unset):
        day_6 (float | Unset):
        day_7 (float | Unset):
    """

    week_number: float | Unset = UNSET
    day_1: float | Unset = UNSET
    day_2: float | Unset = UNSET
    day_3: float | Unset = UNSET
    day_4: float | Unset = UNSET
    day_5: float | Unset = UNSET
    day_6: float | Unset = UNSET
    day_7: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if week_number is not UNSET:
            field_dict["WeekNumber"] = week_number
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
        week_number = d.pop("WeekNumber", UNSET)

        day_1 = d.pop("Day1", UNSET)

        day_2 = d.pop("Day2", UNSET)

        day_3 = d.pop("Day3", UNSET)

        day_4 = d.pop("Day4", UNSET)

        day_5 = d.pop("Day5", UNSET)

        day_6 = d.pop("Day6", UNSET)

        day_7 = d.pop("Day7", UNSET)

        schedule_week_record = cls(
            week_number=week_number,
            day_1=day_1,
            day_2=day_2,
            day_3=day_3,
            day_4=day_4,
            day_5=day_5,
            day_6=day_6,
            day_7=day_7,
        )

        schedule_week_record.additional_properties = d
        return schedule_week_record

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
