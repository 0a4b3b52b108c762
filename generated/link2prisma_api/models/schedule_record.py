from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule_week_record import ScheduleWeekRecord


T = TypeVar("T", bound="ScheduleRecord")


@_attrs_define
class ScheduleRecord:
    """
    Attributes:
        schedule_id (str | Unset):
        description (str | Unset):
        start_date (str | Unset):
        week (list[None | ScheduleWeekRecord] | Unset):
    """

    schedule_id: str | Unset = UNSET
    description: str | Unset = UNSET
    start_date: str | Unset = UNSET
    week: list[None | ScheduleWeekRecord] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule_week_record import ScheduleWeekRecord  # noqa: PLC0415

        schedule_id = self.schedule_id

        description = self.description

        start_date = self.start_date

        week: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.week, Unset):
            week = []
            for week_item_data in self.week:
                week_item: dict[str, Any] | None
                if isinstance(week_item_data, ScheduleWeekRecord):
                    week_item = week_item_data.to_dict()
                else:
                    week_item = week_item_data
                week.append(week_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schedule_id is not UNSET:
            field_dict["ScheduleID"] = schedule_id
        if description is not UNSET:
            field_dict["Description"] = description
        if start_date is not UNSET:
            field_dict["StartDate"] = start_date
        if week is not UNSET:
            field_dict["Week"] = week

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.schedule_week_record import ScheduleWeekRecord  # noqa: PLC0415

        d = dict(src_dict)
        schedule_id = d.pop("ScheduleID", UNSET)

        description = d.pop("Description", UNSET)

        start_date = d.pop("StartDate", UNSET)

        _week = d.pop("Week", UNSET)
        week: list[None | ScheduleWeekRecord] | Unset = UNSET
        if _week is not UNSET:
            week = []
            for week_item_data in _week:

                def _parse_week_item(data: object) -> None | ScheduleWeekRecord:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        week_item_type_0 = ScheduleWeekRecord.from_dict(data)

                        return week_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | ScheduleWeekRecord, data)

                week_item = _parse_week_item(week_item_data)

                week.append(week_item)

        schedule_record = cls(
            schedule_id=schedule_id,
            description=description,
            start_date=start_date,
            week=week,
        )

        schedule_record.additional_properties = d
        return schedule_record

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
