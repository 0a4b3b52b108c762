from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.salary_composition_type_of_indexing import SalaryCompositionTypeOfIndexing
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalaryComposition")


@_attrs_define
class SalaryComposition:
    """
    Attributes:
        startdate (str):
        code (int):
        enddate (str | Unset):
        days (int | Unset):
        hours (float | Unset):
        unity (float | Unset):
        percentage (float | Unset):
        amount (float | Unset):
        supplement (float | Unset):
        type_of_indexing (SalaryCompositionTypeOfIndexing | Unset): The values the vendor schema lists for
            `SalaryComposition.TypeOfIndexing`.
    """

    startdate: str
    code: int
    enddate: str | Unset = UNSET
    days: int | Unset = UNSET
    hours: float | Unset = UNSET
    unity: float | Unset = UNSET
    percentage: float | Unset = UNSET
    amount: float | Unset = UNSET
    supplement: float | Unset = UNSET
    type_of_indexing: SalaryCompositionTypeOfIndexing | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        code = self.code

        enddate = self.enddate

        days = self.days

        hours = self.hours

        unity = self.unity

        percentage = self.percentage

        amount = self.amount

        supplement = self.supplement

        type_of_indexing: str | Unset = UNSET
        if not isinstance(self.type_of_indexing, Unset):
            type_of_indexing = self.type_of_indexing.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Startdate": startdate,
                "Code": code,
            }
        )
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
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
        if type_of_indexing is not UNSET:
            field_dict["TypeOfIndexing"] = type_of_indexing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate")

        code = d.pop("Code")

        enddate = d.pop("Enddate", UNSET)

        days = d.pop("Days", UNSET)

        hours = d.pop("Hours", UNSET)

        unity = d.pop("Unity", UNSET)

        percentage = d.pop("Percentage", UNSET)

        amount = d.pop("Amount", UNSET)

        supplement = d.pop("Supplement", UNSET)

        _type_of_indexing = d.pop("TypeOfIndexing", UNSET)
        type_of_indexing: SalaryCompositionTypeOfIndexing | Unset
        if isinstance(_type_of_indexing, Unset):
            type_of_indexing = UNSET
        else:
            type_of_indexing = SalaryCompositionTypeOfIndexing(_type_of_indexing)

        salary_composition = cls(
            startdate=startdate,
            code=code,
            enddate=enddate,
            days=days,
            hours=hours,
            unity=unity,
            percentage=percentage,
            amount=amount,
            supplement=supplement,
            type_of_indexing=type_of_indexing,
        )

        return salary_composition
