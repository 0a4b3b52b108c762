from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        prestation_cost.additional_properties = d
        return prestation_cost

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
