from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaveCounter")


@_attrs_define
class LeaveCounter:
    """
    Attributes:
        worker_number (int | Unset):
        year (int | Unset):
        counter_id (int | Unset):
        salary_code (int | Unset):
        description (None | str | Unset):
        entitled (float | Unset):
        taken (float | Unset):
        balance (float | Unset):
    """

    worker_number: int | Unset = UNSET
    year: int | Unset = UNSET
    counter_id: int | Unset = UNSET
    salary_code: int | Unset = UNSET
    description: None | str | Unset = UNSET
    entitled: float | Unset = UNSET
    taken: float | Unset = UNSET
    balance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker_number = self.worker_number

        year = self.year

        counter_id = self.counter_id

        salary_code = self.salary_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        entitled = self.entitled

        taken = self.taken

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worker_number is not UNSET:
            field_dict["WorkerNumber"] = worker_number
        if year is not UNSET:
            field_dict["Year"] = year
        if counter_id is not UNSET:
            field_dict["CounterID"] = counter_id
        if salary_code is not UNSET:
            field_dict["SalaryCode"] = salary_code
        if description is not UNSET:
            field_dict["Description"] = description
        if entitled is not UNSET:
            field_dict["Entitled"] = entitled
        if taken is not UNSET:
            field_dict["Taken"] = taken
        if balance is not UNSET:
            field_dict["Balance"] = balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker_number = d.pop("WorkerNumber", UNSET)

        year = d.pop("Year", UNSET)

        counter_id = d.pop("CounterID", UNSET)

        salary_code = d.pop("SalaryCode", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("Description", UNSET))

        entitled = d.pop("Entitled", UNSET)

        taken = d.pop("Taken", UNSET)

        balance = d.pop("Balance", UNSET)

        leave_counter = cls(
            worker_number=worker_number,
            year=year,
            counter_id=counter_id,
            salary_code=salary_code,
            description=description,
            entitled=entitled,
            taken=taken,
            balance=balance,
        )

        leave_counter.additional_properties = d
        return leave_counter

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
