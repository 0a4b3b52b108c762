from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerSalaryCompositionRecord")


@_attrs_define
class AddWorkerSalaryCompositionRecord:
    """
    Attributes:
        startdate (str | Unset):
        enddate (str | Unset):
        code (int | Unset):
        days (int | Unset):
        hours (float | Unset):
        unity (float | Unset):
        percentage (float | Unset):
        amount (float | Unset):
        supplement (float | Unset):
    """

    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    code: int | Unset = UNSET
    days: int | Unset = UNSET
    hours: float | Unset = UNSET
    unity: float | Unset = UNSET
    percentage: float | Unset = UNSET
    amount: float | Unset = UNSET
    supplement: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        enddate = self.enddate

        code = self.code

        days = self.days

        hours = self.hours

        unity = self.unity

        percentage = self.percentage

        amount = self.amount

        supplement = self.supplement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if code is not UNSET:
            field_dict["Code"] = code
        if days is not UNSET:
            field_dict["Days"] = days
        if hours is not UNSET:
            field_dict["Hours"] = hours
        if unity is not UNSET:
            field_dict["Unity"] = unity
        if percentage is not UNSET:
            field_dict["Percentage"] = percentage
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if supplement is not UNSET:
            field_dict["Supplement"] = supplement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        code = d.pop("Code", UNSET)

        days = d.pop("Days", UNSET)

        hours = d.pop("Hours", UNSET)

        unity = d.pop("Unity", UNSET)

        percentage = d.pop("Percentage", UNSET)

        amount = d.pop("Amount", UNSET)

        supplement = d.pop("Supplement", UNSET)

        add_worker_salary_composition_record = cls(
            startdate=startdate,
            enddate=enddate,
            code=code,
            days=days,
            hours=hours,
            unity=unity,
            percentage=percentage,
            amount=amount,
            supplement=supplement,
        )

        add_worker_salary_composition_record.additional_properties = d
        return add_worker_salary_composition_record

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
