from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostCentreShareRecord")


@_attrs_define
class CostCentreShareRecord:
    """
    Attributes:
        cost_centre (str | Unset):
        percentage (float | Unset):
    """

    cost_centre: str | Unset = UNSET
    percentage: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_centre = self.cost_centre

        percentage = self.percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_centre is not UNSET:
            field_dict["CostCentre"] = cost_centre
        if percentage is not UNSET:
            field_dict["Percentage"] = percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost_centre = d.pop("CostCentre", UNSET)

        percentage = d.pop("Percentage", UNSET)

        cost_centre_share_record = cls(
            cost_centre=cost_centre,
            percentage=percentage,
        )

        cost_centre_share_record.additional_properties = d
        return cost_centre_share_record

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
