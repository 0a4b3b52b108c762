from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.temporary_unemployment_regime import TemporaryUnemploymentRegime
from ..models.temporary_unemployment_status import TemporaryUnemploymentStatus
from ..models.temporary_unemployment_type_of_un_employment import (
    TemporaryUnemploymentTypeOfUnEmployment,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemporaryUnemployment")


@_attrs_define
class TemporaryUnemployment:
    """
    Attributes:
        start_date (str):
        end_date (str):
        type_of_un_employment (TemporaryUnemploymentTypeOfUnEmployment): The values the vendor schema lists for
            `TemporaryUnemployment.TypeOfUnEmployment`.
        reason (str):
        email (str):
        list_of_workers (list[int]):
        regime (TemporaryUnemploymentRegime | Unset): The values the vendor schema lists for
            `TemporaryUnemployment.Regime`.
        startdate_technical_disorder (str | Unset):
        serial_number (int | Unset):
        status (TemporaryUnemploymentStatus | Unset): The values the vendor schema lists for
            `TemporaryUnemployment.Status`.
        ticket_number (str | Unset):
        error (str | Unset):
    """

    start_date: str
    end_date: str
    type_of_un_employment: TemporaryUnemploymentTypeOfUnEmployment
    reason: str
    email: str
    list_of_workers: list[int]
    regime: TemporaryUnemploymentRegime | Unset = UNSET
    startdate_technical_disorder: str | Unset = UNSET
    serial_number: int | Unset = UNSET
    status: TemporaryUnemploymentStatus | Unset = UNSET
    ticket_number: str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        type_of_un_employment = self.type_of_un_employment.value

        reason = self.reason

        email = self.email

        list_of_workers = self.list_of_workers

        regime: str | Unset = UNSET
        if not isinstance(self.regime, Unset):
            regime = self.regime.value

        startdate_technical_disorder = self.startdate_technical_disorder

        serial_number = self.serial_number

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        ticket_number = self.ticket_number

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "StartDate": start_date,
                "EndDate": end_date,
                "TypeOfUnEmployment": type_of_un_employment,
                "Reason": reason,
                "Email": email,
                "ListOfWorkers": list_of_workers,
            }
        )
        if regime is not UNSET:
            field_dict["Regime"] = regime
        if startdate_technical_disorder is not UNSET:
            field_dict["StartdateTechnicalDisorder"] = startdate_technical_disorder
        if serial_number is not UNSET:
            field_dict["SerialNumber"] = serial_number
        if status is not UNSET:
            field_dict["Status"] = status
        if ticket_number is not UNSET:
            field_dict["TicketNumber"] = ticket_number
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = d.pop("StartDate")

        end_date = d.pop("EndDate")

        type_of_un_employment = TemporaryUnemploymentTypeOfUnEmployment(d.pop("TypeOfUnEmployment"))

        reason = d.pop("Reason")

        email = d.pop("Email")

        list_of_workers = cast(list[int], d.pop("ListOfWorkers"))

        _regime = d.pop("Regime", UNSET)
        regime: TemporaryUnemploymentRegime | Unset
        if isinstance(_regime, Unset):
            regime = UNSET
        else:
            regime = TemporaryUnemploymentRegime(_regime)

        startdate_technical_disorder = d.pop("StartdateTechnicalDisorder", UNSET)

        serial_number = d.pop("SerialNumber", UNSET)

        _status = d.pop("Status", UNSET)
        status: TemporaryUnemploymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TemporaryUnemploymentStatus(_status)

        ticket_number = d.pop("TicketNumber", UNSET)

        error = d.pop("Error", UNSET)

        temporary_unemployment = cls(
            start_date=start_date,
            end_date=end_date,
            type_of_un_employment=type_of_un_employment,
            reason=reason,
            email=email,
            list_of_workers=list_of_workers,
            regime=regime,
            startdate_technical_disorder=startdate_technical_disorder,
            serial_number=serial_number,
            status=status,
            ticket_number=ticket_number,
            error=error,
        )

        temporary_unemployment.additional_properties = d
        return temporary_unemployment

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
