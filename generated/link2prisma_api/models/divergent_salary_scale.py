from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DivergentSalaryScale")


@_attrs_define
class DivergentSalaryScale:
    """
    Attributes:
        startdate (str | Unset):
        salary_scale (str | Unset):
        salary_scale_shift (int | Unset):
        salary_scale_category (str | Unset):
    """

    startdate: str | Unset = UNSET
    salary_scale: str | Unset = UNSET
    salary_scale_shift: int | Unset = UNSET
    salary_scale_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        salary_scale = self.salary_scale

        salary_scale_shift = self.salary_scale_shift

        salary_scale_category = self.salary_scale_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if salary_scale is not UNSET:
            field_dict["SalaryScale"] = salary_scale
        if salary_scale_shift is not UNSET:
            field_dict["SalaryScaleShift"] = salary_scale_shift
        if salary_scale_category is not UNSET:
            field_dict["SalaryScaleCategory"] = salary_scale_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        salary_scale = d.pop("SalaryScale", UNSET)

        salary_scale_shift = d.pop("SalaryScaleShift", UNSET)

        salary_scale_category = d.pop("SalaryScaleCategory", UNSET)

        divergent_salary_scale = cls(
            startdate=startdate,
            salary_scale=salary_scale,
            salary_scale_shift=salary_scale_shift,
            salary_scale_category=salary_scale_category,
        )

        divergent_salary_scale.additional_properties = d
        return divergent_salary_scale

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
