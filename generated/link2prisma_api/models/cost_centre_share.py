from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostCentreShare")


@_attrs_define
class CostCentreShare:
    """
    Attributes:
        cost_centre (str | Unset):
        percentage (float | Unset):
    """

    cost_centre: str | Unset = UNSET
    percentage: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cost_centre = self.cost_centre

        percentage = self.percentage

        field_dict: dict[str, Any] = {}

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

        cost_centre_share = cls(
            cost_centre=cost_centre,
            percentage=percentage,
        )

        return cost_centre_share
