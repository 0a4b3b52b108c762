from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dimona_belated import DimonaBelated
from ..models.dimona_quota_exceeded import DimonaQuotaExceeded
from ..models.dimona_status import DimonaStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.using_data_record import UsingDataRecord


T = TypeVar("T", bound="Dimona")


@_attrs_define
class Dimona:
    """
    Attributes:
        dimona_period_id (float | Unset):
        starting_date (str | Unset):
        ending_date (str | Unset):
        starting_hour (str | Unset):
        ending_hour (str | Unset):
        first_month_c32a_nbr (float | Unset):
        next_month_c32a_nbr (float | Unset):
        planned_hours_nbr (int | Unset):
        using_data (None | Unset | UsingDataRecord):
        receipt (float | Unset):
        joint_commission_nbr (str | Unset):
        worker_type (str | Unset):
        last_action (str | Unset):
        exceeding_hours_nbr (int | Unset):
        quota_exceeded (DimonaQuotaExceeded | str | Unset):
        belated (DimonaBelated | str | Unset):
        status (DimonaStatus | str | Unset):
        error (str | Unset):
    """

    dimona_period_id: float | Unset = UNSET
    starting_date: str | Unset = UNSET
    ending_date: str | Unset = UNSET
    starting_hour: str | Unset = UNSET
    ending_hour: str | Unset = UNSET
    first_month_c32a_nbr: float | Unset = UNSET
    next_month_c32a_nbr: float | Unset = UNSET
    planned_hours_nbr: int | Unset = UNSET
    using_data: None | Unset | UsingDataRecord = UNSET
    receipt: float | Unset = UNSET
    joint_commission_nbr: str | Unset = UNSET
    worker_type: str | Unset = UNSET
    last_action: str | Unset = UNSET
    exceeding_hours_nbr: int | Unset = UNSET
    quota_exceeded: DimonaQuotaExceeded | str | Unset = UNSET
    belated: DimonaBelated | str | Unset = UNSET
    status: DimonaStatus | str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.using_data_record import UsingDataRecord  # noqa: PLC0415

        dimona_period_id = self.dimona_period_id

        starting_date = self.starting_date

        ending_date = self.ending_date

        starting_hour = self.starting_hour

        ending_hour = self.ending_hour

        first_month_c32a_nbr = self.first_month_c32a_nbr

        next_month_c32a_nbr = self.next_month_c32a_nbr

        planned_hours_nbr = self.planned_hours_nbr

        using_data: dict[str, Any] | None | Unset
        if isinstance(self.using_data, Unset):
            using_data = UNSET
        elif isinstance(self.using_data, UsingDataRecord):
            using_data = self.using_data.to_dict()
        else:
            using_data = self.using_data

        receipt = self.receipt

        joint_commission_nbr = self.joint_commission_nbr

        worker_type = self.worker_type

        last_action = self.last_action

        exceeding_hours_nbr = self.exceeding_hours_nbr

        quota_exceeded: str | Unset
        if isinstance(self.quota_exceeded, Unset):
            quota_exceeded = UNSET
        elif isinstance(self.quota_exceeded, DimonaQuotaExceeded):
            quota_exceeded = self.quota_exceeded.value
        else:
            quota_exceeded = self.quota_exceeded

        belated: str | Unset
        if isinstance(self.belated, Unset):
            belated = UNSET
        elif isinstance(self.belated, DimonaBelated):
            belated = self.belated.value
        else:
            belated = self.belated

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DimonaStatus):
            status = self.status.value
        else:
            status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimona_period_id is not UNSET:
            field_dict["DimonaPeriodId"] = dimona_period_id
        if starting_date is not UNSET:
            field_dict["StartingDate"] = starting_date
        if ending_date is not UNSET:
            field_dict["EndingDate"] = ending_date
        if starting_hour is not UNSET:
            field_dict["StartingHour"] = starting_hour
        if ending_hour is not UNSET:
            field_dict["EndingHour"] = ending_hour
        if first_month_c32a_nbr is not UNSET:
            field_dict["FirstMonthC32ANbr"] = first_month_c32a_nbr
        if next_month_c32a_nbr is not UNSET:
            field_dict["NextMonthC32ANbr"] = next_month_c32a_nbr
        if planned_hours_nbr is not UNSET:
            field_dict["PlannedHoursNbr"] = planned_hours_nbr
        if using_data is not UNSET:
            field_dict["UsingData"] = using_data
        if receipt is not UNSET:
            field_dict["Receipt"] = receipt
        if joint_commission_nbr is not UNSET:
            field_dict["JointCommissionNbr"] = joint_commission_nbr
        if worker_type is not UNSET:
            field_dict["WorkerType"] = worker_type
        if last_action is not UNSET:
            field_dict["LastAction"] = last_action
        if exceeding_hours_nbr is not UNSET:
            field_dict["ExceedingHoursNbr"] = exceeding_hours_nbr
        if quota_exceeded is not UNSET:
            field_dict["QuotaExceeded"] = quota_exceeded
        if belated is not UNSET:
            field_dict["Belated"] = belated
        if status is not UNSET:
            field_dict["Status"] = status
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.using_data_record import UsingDataRecord  # noqa: PLC0415

        d = dict(src_dict)
        dimona_period_id = d.pop("DimonaPeriodId", UNSET)

        starting_date = d.pop("StartingDate", UNSET)

        ending_date = d.pop("EndingDate", UNSET)

        starting_hour = d.pop("StartingHour", UNSET)

        ending_hour = d.pop("EndingHour", UNSET)

        first_month_c32a_nbr = d.pop("FirstMonthC32ANbr", UNSET)

        next_month_c32a_nbr = d.pop("NextMonthC32ANbr", UNSET)

        planned_hours_nbr = d.pop("PlannedHoursNbr", UNSET)

        def _parse_using_data(data: object) -> None | Unset | UsingDataRecord:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                using_data_type_0 = UsingDataRecord.from_dict(data)

                return using_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsingDataRecord, data)

        using_data = _parse_using_data(d.pop("UsingData", UNSET))

        receipt = d.pop("Receipt", UNSET)

        joint_commission_nbr = d.pop("JointCommissionNbr", UNSET)

        worker_type = d.pop("WorkerType", UNSET)

        last_action = d.pop("LastAction", UNSET)

        exceeding_hours_nbr = d.pop("ExceedingHoursNbr", UNSET)

        def _parse_quota_exceeded(data: object) -> DimonaQuotaExceeded | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quota_exceeded_type_0 = DimonaQuotaExceeded(data)

                return quota_exceeded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DimonaQuotaExceeded | str | Unset, data)

        quota_exceeded = _parse_quota_exceeded(d.pop("QuotaExceeded", UNSET))

        def _parse_belated(data: object) -> DimonaBelated | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                belated_type_0 = DimonaBelated(data)

                return belated_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DimonaBelated | str | Unset, data)

        belated = _parse_belated(d.pop("Belated", UNSET))

        def _parse_status(data: object) -> DimonaStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DimonaStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DimonaStatus | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        error = d.pop("Error", UNSET)

        dimona = cls(
            dimona_period_id=dimona_period_id,
            starting_date=starting_date,
            ending_date=ending_date,
            starting_hour=starting_hour,
            ending_hour=ending_hour,
            first_month_c32a_nbr=first_month_c32a_nbr,
            next_month_c32a_nbr=next_month_c32a_nbr,
            planned_hours_nbr=planned_hours_nbr,
            using_data=using_data,
            receipt=receipt,
            joint_commission_nbr=joint_commission_nbr,
            worker_type=worker_type,
            last_action=last_action,
            exceeding_hours_nbr=exceeding_hours_nbr,
            quota_exceeded=quota_exceeded,
            belated=belated,
            status=status,
            error=error,
        )

        dimona.additional_properties = d
        return dimona

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
