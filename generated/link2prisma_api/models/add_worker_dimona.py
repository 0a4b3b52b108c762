from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.add_worker_dimona_belated import AddWorkerDimonaBelated
from ..models.add_worker_dimona_quota_exceeded import AddWorkerDimonaQuotaExceeded
from ..models.add_worker_dimona_status import AddWorkerDimonaStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.using_data import UsingData


T = TypeVar("T", bound="AddWorkerDimona")


@_attrs_define
class AddWorkerDimona:
    """
    Attributes:
        starting_date (str):
        dimona_period_id (float | Unset):
        ending_date (str | Unset):
        starting_hour (str | Unset):
        ending_hour (str | Unset):
        first_month_c32a_nbr (float | Unset):
        next_month_c32a_nbr (float | Unset):
        planned_hours_nbr (int | Unset):
        using_data (None | Unset | UsingData):
        receipt (float | Unset):
        joint_commission_nbr (str | Unset):
        worker_type (str | Unset):
        last_action (str | Unset):
        exceeding_hours_nbr (int | Unset):
        quota_exceeded (AddWorkerDimonaQuotaExceeded | Unset): The values the vendor schema lists for
            `AddWorkerDimona.QuotaExceeded`.
        belated (AddWorkerDimonaBelated | Unset): The values the vendor schema lists for `AddWorkerDimona.Belated`.
        status (AddWorkerDimonaStatus | Unset): The values the vendor schema lists for `AddWorkerDimona.Status`.
        error (str | Unset):
    """

    starting_date: str
    dimona_period_id: float | Unset = UNSET
    ending_date: str | Unset = UNSET
    starting_hour: str | Unset = UNSET
    ending_hour: str | Unset = UNSET
    first_month_c32a_nbr: float | Unset = UNSET
    next_month_c32a_nbr: float | Unset = UNSET
    planned_hours_nbr: int | Unset = UNSET
    using_data: None | Unset | UsingData = UNSET
    receipt: float | Unset = UNSET
    joint_commission_nbr: str | Unset = UNSET
    worker_type: str | Unset = UNSET
    last_action: str | Unset = UNSET
    exceeding_hours_nbr: int | Unset = UNSET
    quota_exceeded: AddWorkerDimonaQuotaExceeded | Unset = UNSET
    belated: AddWorkerDimonaBelated | Unset = UNSET
    status: AddWorkerDimonaStatus | Unset = UNSET
    error: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.using_data import UsingData  # noqa: PLC0415

        starting_date = self.starting_date

        dimona_period_id = self.dimona_period_id

        ending_date = self.ending_date

        starting_hour = self.starting_hour

        ending_hour = self.ending_hour

        first_month_c32a_nbr = self.first_month_c32a_nbr

        next_month_c32a_nbr = self.next_month_c32a_nbr

        planned_hours_nbr = self.planned_hours_nbr

        using_data: dict[str, Any] | None | Unset
        if isinstance(self.using_data, Unset):
            using_data = UNSET
        elif isinstance(self.using_data, UsingData):
            using_data = self.using_data.to_dict()
        else:
            using_data = self.using_data

        receipt = self.receipt

        joint_commission_nbr = self.joint_commission_nbr

        worker_type = self.worker_type

        last_action = self.last_action

        exceeding_hours_nbr = self.exceeding_hours_nbr

        quota_exceeded: str | Unset = UNSET
        if not isinstance(self.quota_exceeded, Unset):
            quota_exceeded = self.quota_exceeded.value

        belated: str | Unset = UNSET
        if not isinstance(self.belated, Unset):
            belated = self.belated.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "StartingDate": starting_date,
            }
        )
        if dimona_period_id is not UNSET:
            field_dict["DimonaPeriodId"] = dimona_period_id
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
        from ..models.using_data import UsingData  # noqa: PLC0415

        d = dict(src_dict)
        starting_date = d.pop("StartingDate")

        dimona_period_id = d.pop("DimonaPeriodId", UNSET)

        ending_date = d.pop("EndingDate", UNSET)

        starting_hour = d.pop("StartingHour", UNSET)

        ending_hour = d.pop("EndingHour", UNSET)

        first_month_c32a_nbr = d.pop("FirstMonthC32ANbr", UNSET)

        next_month_c32a_nbr = d.pop("NextMonthC32ANbr", UNSET)

        planned_hours_nbr = d.pop("PlannedHoursNbr", UNSET)

        def _parse_using_data(data: object) -> None | Unset | UsingData:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                using_data_type_0 = UsingData.from_dict(data)

                return using_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsingData, data)

        using_data = _parse_using_data(d.pop("UsingData", UNSET))

        receipt = d.pop("Receipt", UNSET)

        joint_commission_nbr = d.pop("JointCommissionNbr", UNSET)

        worker_type = d.pop("WorkerType", UNSET)

        last_action = d.pop("LastAction", UNSET)

        exceeding_hours_nbr = d.pop("ExceedingHoursNbr", UNSET)

        _quota_exceeded = d.pop("QuotaExceeded", UNSET)
        quota_exceeded: AddWorkerDimonaQuotaExceeded | Unset
        if isinstance(_quota_exceeded, Unset):
            quota_exceeded = UNSET
        else:
            quota_exceeded = AddWorkerDimonaQuotaExceeded(_quota_exceeded)

        _belated = d.pop("Belated", UNSET)
        belated: AddWorkerDimonaBelated | Unset
        if isinstance(_belated, Unset):
            belated = UNSET
        else:
            belated = AddWorkerDimonaBelated(_belated)

        _status = d.pop("Status", UNSET)
        status: AddWorkerDimonaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AddWorkerDimonaStatus(_status)

        error = d.pop("Error", UNSET)

        add_worker_dimona = cls(
            starting_date=starting_date,
            dimona_period_id=dimona_period_id,
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

        return add_worker_dimona
