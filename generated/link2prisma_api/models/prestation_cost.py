from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrestationCost")


@_attrs_define
class PrestationCost:
    """
    Attributes:
        code (int):
        cost_centre (str | Unset):
        shift (int | Unset):
        days (int | Unset):
        hours (float | Unset):
        unity (float | Unset):
        percentage (float | Unset):
        amount (float | Unset):
        supplement (float | Unset):
    """

    code: int
    cost_centre: str | Unset = UNSET
    shift: int | Unset = UNSET
    days: int | Unset = UNSET
    hours: float | Unset = UNSET
    unity: float | Unset = UNSET
    percentage: float | Unset = UNSET
    amount: float | Unset = UNSET
    supplement: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        cost_centre = self.cost_centre

        shift = self.shift

        days = self.days

        hours = self.hours

        unity = self.unity

        percentage = self.percentage

        amount = self.amount

        supplement = self.supplement

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Code": code,
            }
        )
        if cost_centre is not UNSET:
            field_dict["CostCentre"] = cost_centre
        if shift is not UNSET:
            field_dict["Shift"] = shift
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
        code = d.pop("Code")

        cost_centre = d.pop("CostCentre", UNSET)

        shift = d.pop("Shift", UNSET)

        days = d.pop("Days", UNSET)

        hours = d.pop("Hours", UNSET)

        unity = d.pop("Unity", UNSET)

        percentage = d.pop("Percentage", UNSET)

        amount = d.pop("Amount", UNSET)

        supplement = d.pop("Supplement", UNSET)

        prestation_cost = cls(
            code=code,
            cost_centre=cost_centre,
            shift=shift,
            days=days,
            hours=hours,
            unity=unity,
            percentage=percentage,
            amount=amount,
            supplement=supplement,
        )

        return prestation_cost
