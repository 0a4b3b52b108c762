from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_centre_share_record import CostCentreShareRecord


T = TypeVar("T", bound="WorkerCostCentreRecord")


@_attrs_define
class WorkerCostCentreRecord:
    """
    Attributes:
        startdate (str | Unset):
        enddate (str | Unset):
        cost_centres (list[CostCentreShareRecord | None] | Unset):
    """

    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    cost_centres: list[CostCentreShareRecord | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_centre_share_record import CostCentreShareRecord  # noqa: PLC0415

        startdate = self.startdate

        enddate = self.enddate

        cost_centres: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.cost_centres, Unset):
            cost_centres = []
            for cost_centres_item_data in self.cost_centres:
                cost_centres_item: dict[str, Any] | None
                if isinstance(cost_centres_item_data, CostCentreShareRecord):
                    cost_centres_item = cost_centres_item_data.to_dict()
                else:
                    cost_centres_item = cost_centres_item_data
                cost_centres.append(cost_centres_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if cost_centres is not UNSET:
            field_dict["CostCentres"] = cost_centres

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_centre_share_record import CostCentreShareRecord  # noqa: PLC0415

        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        _cost_centres = d.pop("CostCentres", UNSET)
        cost_centres: list[CostCentreShareRecord | None] | Unset = UNSET
        if _cost_centres is not UNSET:
            cost_centres = []
            for cost_centres_item_data in _cost_centres:

                def _parse_cost_centres_item(data: object) -> CostCentreShareRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        cost_centres_item_type_0 = CostCentreShareRecord.from_dict(data)

                        return cost_centres_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(CostCentreShareRecord | None, data)

                cost_centres_item = _parse_cost_centres_item(cost_centres_item_data)

                cost_centres.append(cost_centres_item)

        worker_cost_centre_record = cls(
            startdate=startdate,
            enddate=enddate,
            cost_centres=cost_centres,
        )

        worker_cost_centre_record.additional_properties = d
        return worker_cost_centre_record

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
