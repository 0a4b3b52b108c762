from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.add_worker_tax_tax_calculation import AddWorkerTaxTaxCalculation
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerTax")


@_attrs_define
class AddWorkerTax:
    """
    Attributes:
        startdate (str):
        tax_calculation (AddWorkerTaxTaxCalculation): The values the vendor schema lists for
            `AddWorkerTax.TaxCalculation`.
        value (float | Unset):
    """

    startdate: str
    tax_calculation: AddWorkerTaxTaxCalculation
    value: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        tax_calculation = self.tax_calculation.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Startdate": startdate,
                "TaxCalculation": tax_calculation,
            }
        )
        if value is not UNSET:
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate")

        tax_calculation = AddWorkerTaxTaxCalculation(d.pop("TaxCalculation"))

        value = d.pop("Value", UNSET)

        add_worker_tax = cls(
            startdate=startdate,
            tax_calculation=tax_calculation,
            value=value,
        )

        return add_worker_tax
