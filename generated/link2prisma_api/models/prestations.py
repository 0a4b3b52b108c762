from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.prestations_reset import PrestationsReset
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prestation import Prestation
    from ..models.prestation_cost import PrestationCost


T = TypeVar("T", bound="Prestations")


@_attrs_define
class Prestations:
    """
    Attributes:
        worker_number (int):
        month (int):
        year (int):
        end_of_period (str):
        annotation (str | Unset):
        reset (PrestationsReset | Unset): The values the vendor schema lists for `Prestations.Reset`.
        prestations (list[None | Prestation] | Unset):
        costs (list[None | PrestationCost] | Unset):
    """

    worker_number: int
    month: int
    year: int
    end_of_period: str
    annotation: str | Unset = UNSET
    reset: PrestationsReset | Unset = UNSET
    prestations: list[None | Prestation] | Unset = UNSET
    costs: list[None | PrestationCost] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.prestation import Prestation  # noqa: PLC0415
        from ..models.prestation_cost import PrestationCost  # noqa: PLC0415

        worker_number = self.worker_number

        month = self.month

        year = self.year

        end_of_period = self.end_of_period

        annotation = self.annotation

        reset: str | Unset = UNSET
        if not isinstance(self.reset, Unset):
            reset = self.reset.value

        prestations: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.prestations, Unset):
            prestations = []
            for prestations_item_data in self.prestations:
                prestations_item: dict[str, Any] | None
                if isinstance(prestations_item_data, Prestation):
                    prestations_item = prestations_item_data.to_dict()
                else:
                    prestations_item = prestations_item_data
                prestations.append(prestations_item)

        costs: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.costs, Unset):
            costs = []
            for costs_item_data in self.costs:
                costs_item: dict[str, Any] | None
                if isinstance(costs_item_data, PrestationCost):
                    costs_item = costs_item_data.to_dict()
                else:
                    costs_item = costs_item_data
                costs.append(costs_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "WorkerNumber": worker_number,
                "Month": month,
                "Year": year,
                "EndOfPeriod": end_of_period,
            }
        )
        if annotation is not UNSET:
            field_dict["Annotation"] = annotation
        if reset is not UNSET:
            field_dict["Reset"] = reset
        if prestations is not UNSET:
            field_dict["Prestations"] = prestations
        if costs is not UNSET:
            field_dict["Costs"] = costs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prestation import Prestation  # noqa: PLC0415
        from ..models.prestation_cost import PrestationCost  # noqa: PLC0415

        d = dict(src_dict)
        worker_number = d.pop("WorkerNumber")

        month = d.pop("Month")

        year = d.pop("Year")

        end_of_period = d.pop("EndOfPeriod")

        annotation = d.pop("Annotation", UNSET)

        _reset = d.pop("Reset", UNSET)
        reset: PrestationsReset | Unset
        if isinstance(_reset, Unset):
            reset = UNSET
        else:
            reset = PrestationsReset(_reset)

        _prestations = d.pop("Prestations", UNSET)
        prestations: list[None | Prestation] | Unset = UNSET
        if _prestations is not UNSET:
            prestations = []
            for prestations_item_data in _prestations:

                def _parse_prestations_item(data: object) -> None | Prestation:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        prestations_item_type_0 = Prestation.from_dict(data)

                        return prestations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | Prestation, data)

                prestations_item = _parse_prestations_item(prestations_item_data)

                prestations.append(prestations_item)

        _costs = d.pop("Costs", UNSET)
        costs: list[None | PrestationCost] | Unset = UNSET
        if _costs is not UNSET:
            costs = []
            for costs_item_data in _costs:

                def _parse_costs_item(data: object) -> None | PrestationCost:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        costs_item_type_0 = PrestationCost.from_dict(data)

                        return costs_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | PrestationCost, data)

                costs_item = _parse_costs_item(costs_item_data)

                costs.append(costs_item)

        prestations = cls(
            worker_number=worker_number,
            month=month,
            year=year,
            end_of_period=end_of_period,
            annotation=annotation,
            reset=reset,
            prestations=prestations,
            costs=costs,
        )

        return prestations
