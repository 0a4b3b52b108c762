from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_tax_calculation import TaxTaxCalculation

T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """
    Attributes:
        startdate (str):
        tax_calculation (TaxTaxCalculation):
        value (float):
    """

    startdate: str
    tax_calculation: TaxTaxCalculation
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        tax_calculation = self.tax_calculation.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        tax.additional_properties = d
        return tax

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
