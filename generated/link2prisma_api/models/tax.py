from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.tax_tax_calculation import TaxTaxCalculation

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """
    Attributes:
        startdate (str):
        tax_calculation (TaxTaxCalculation): The values the vendor schema lists for `Tax.TaxCalculation`.
        value (float):
    """

    startdate: str
    tax_calculation: TaxTaxCalculation
    value: float

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        tax_calculation = self.tax_calculation.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Startdate": startdate,
                "TaxCalculation": tax_calculation,
                "Value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate")

        tax_calculation = TaxTaxCalculation(d.pop("TaxCalculation"))

        value = d.pop("Value")

        tax = cls(
            startdate=startdate,
            tax_calculation=tax_calculation,
            value=value,
        )

        return tax
