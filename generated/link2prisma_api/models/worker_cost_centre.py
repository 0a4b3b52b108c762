from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_centre_share import CostCentreShare


T = TypeVar("T", bound="WorkerCostCentre")


@_attrs_define
class WorkerCostCentre:
    """
    Attributes:
        startdate (str):
        cost_centres (list[CostCentreShare | None]):
        enddate (str | Unset):
    """

    startdate: str
    cost_centres: list[CostCentreShare | None]
    enddate: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_centre_share import CostCentreShare  # noqa: PLC0415

        startdate = self.startdate

        cost_centres = []
        for cost_centres_item_data in self.cost_centres:
            cost_centres_item: dict[str, Any] | None
            if isinstance(cost_centres_item_data, CostCentreShare):
                cost_centres_item = cost_centres_item_data.to_dict()
            else:
                cost_centres_item = cost_centres_item_data
            cost_centres.append(cost_centres_item)

        enddate = self.enddate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Startdate": startdate,
                "CostCentres": cost_centres,
            }
        )
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_centre_share import CostCentreShare  # noqa: PLC0415

        d = dict(src_dict)
        startdate = d.pop("Startdate")

        cost_centres = []
        _cost_centres = d.pop("CostCentres")
        for cost_centres_item_data in _cost_centres:

            def _parse_cost_centres_item(data: object) -> CostCentreShare | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    cost_centres_item_type_0 = CostCentreShare.from_dict(data)

                    return cost_centres_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CostCentreShare | None, data)

            cost_centres_item = _parse_cost_centres_item(cost_centres_item_data)

            cost_centres.append(cost_centres_item)

        enddate = d.pop("Enddate", UNSET)

        worker_cost_centre = cls(
            startdate=startdate,
            cost_centres=cost_centres,
            enddate=enddate,
        )

        return worker_cost_centre
