from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.schedule_week import ScheduleWeek


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """
    Attributes:
        schedule_id (str):
        description (str):
        start_date (str):
        week (list[None | ScheduleWeek]):
    """

    schedule_id: str
    description: str
    start_date: str
    week: list[None | ScheduleWeek]

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_week import ScheduleWeek  # noqa: PLC0415

        schedule_id = self.schedule_id

        description = self.description

        start_date = self.start_date

        week = []
        for week_item_data in self.week:
            week_item: dict[str, Any] | None
            if isinstance(week_item_data, ScheduleWeek):
                week_item = week_item_data.to_dict()
            else:
                week_item = week_item_data
            week.append(week_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ScheduleID": schedule_id,
                "Description": description,
                "StartDate": start_date,
                "Week": week,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_week import ScheduleWeek  # noqa: PLC0415

        d = dict(src_dict)
        schedule_id = d.pop("ScheduleID")

        description = d.pop("Description")

        start_date = d.pop("StartDate")

        week = []
        _week = d.pop("Week")
        for week_item_data in _week:

            def _parse_week_item(data: object) -> None | ScheduleWeek:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    week_item_type_0 = ScheduleWeek.from_dict(data)

                    return week_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ScheduleWeek, data)

            week_item = _parse_week_item(week_item_data)

            week.append(week_item)

        schedule = cls(
            schedule_id=schedule_id,
            description=description,
            start_date=start_date,
            week=week,
        )

        return schedule
