from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contract_salary_composition_type_of_indexing import (
    ContractSalaryCompositionTypeOfIndexing,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractSalaryCompositionRecord")


@_attrs_define
class ContractSalaryCompositionRecord:
    """
    Attributes:
        startdate (str | Unset):
        enddate (str | Unset):
        code (int | Unset):
        days (int | Unset):
        hours (float | Unset):
        unity (float | Unset):
        percentage (float | Unset):
        amount (float | Unset):
        supplement (float | Unset):
        type_of_indexing (ContractSalaryCompositionTypeOfIndexing | str | Unset):
    """

    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    code: int | Unset = UNSET
    days: int | Unset = UNSET
    hours: float | Unset = UNSET
    unity: float | Unset = UNSET
    percentage: float | Unset = UNSET
    amount: float | Unset = UNSET
    supplement: float | Unset = UNSET
    type_of_indexing: ContractSalaryCompositionTypeOfIndexing | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        enddate = self.enddate

        code = self.code

        days = self.days

        hours = self.hours

        unity = self.unity

        percentage = self.percentage

        amount = self.amount

        supplement = self.supplement

        type_of_indexing: str | Unset
        if isinstance(self.type_of_indexing, Unset):
            type_of_indexing = UNSET
        elif isinstance(self.type_of_indexing, ContractSalaryCompositionTypeOfIndexing):
            type_of_indexing = self.type_of_indexing.value
        else:
            type_of_indexing = self.type_of_indexing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if code is not UNSET:
            field_dict["Code"] = code
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
        if type_of_indexing is not UNSET:
            field_dict["TypeOfIndexing"] = type_of_indexing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        code = d.pop("Code", UNSET)

        days = d.pop("Days", UNSET)

        hours = d.pop("Hours", UNSET)

        unity = d.pop("Unity", UNSET)

        percentage = d.pop("Percentage", UNSET)

        amount = d.pop("Amount", UNSET)

        supplement = d.pop("Supplement", UNSET)

        def _parse_type_of_indexing(
            data: object,
        ) -> ContractSalaryCompositionTypeOfIndexing | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_of_indexing_type_0 = ContractSalaryCompositionTypeOfIndexing(data)

                return type_of_indexing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractSalaryCompositionTypeOfIndexing | str | Unset, data)

        type_of_indexing = _parse_type_of_indexing(d.pop("TypeOfIndexing", UNSET))

        contract_salary_composition_record = cls(
            startdate=startdate,
            enddate=enddate,
            code=code,
            days=days,
            hours=hours,
            unity=unity,
            percentage=percentage,
            amount=amount,
            supplement=supplement,
            type_of_indexing=type_of_indexing,
        )

        contract_salary_composition_record.additional_properties = d
        return contract_salary_composition_record

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
