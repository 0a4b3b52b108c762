from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_worker_tax_tax_calculation import AddWorkerTaxTaxCalculation
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerTaxRecord")


@_attrs_define
class AddWorkerTaxRecord:
    """
    Attributes:
        startdate (str | Unset):
        tax_calculation (AddWorkerTaxTaxCalculation | str | Unset):
        value (float | Unset):
    """

    startdate: str | Unset = UNSET
    tax_calculation: AddWorkerTaxTaxCalculation | str | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        tax_calculation: str | Unset
        if isinstance(self.tax_calculation, Unset):
            tax_calculation = UNSET
        elif isinstance(self.tax_calculation, AddWorkerTaxTaxCalculation):
            tax_calculation = self.tax_calculation.value
        else:
            tax_calculation = self.tax_calculation

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if tax_calculation is not UNSET:
            field_dict["TaxCalculation"] = tax_calculation
        if value is not UNSET:
            field_dict["Value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        def _parse_tax_calculation(data: object) -> AddWorkerTaxTaxCalculation | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tax_calculation_type_0 = AddWorkerTaxTaxCalculation(data)

                return tax_calculation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerTaxTaxCalculation | str | Unset, data)

        tax_calculation = _parse_tax_calculation(d.pop("TaxCalculation", UNSET))

        value = d.pop("Value", UNSET)

        add_worker_tax_record = cls(
            startdate=startdate,
            tax_calculation=tax_calculation,
            value=value,
        )

        add_worker_tax_record.additional_properties = d
        return add_worker_tax_record

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
