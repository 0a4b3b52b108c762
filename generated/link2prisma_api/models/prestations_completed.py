from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prestations_completed_correction import PrestationsCompletedCorrection
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrestationsCompleted")


@_attrs_define
class PrestationsCompleted:
    """
    Attributes:
        month (int):
        year (int):
        correction (PrestationsCompletedCorrection | Unset):
    """

    month: int
    year: int
    correction: PrestationsCompletedCorrection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        year = self.year

        correction: str | Unset = UNSET
        if not isinstance(self.correction, Unset):
            correction = self.correction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Month": month,
                "Year": year,
            }
        )
        if correction is not UNSET:
            field_dict["Correction"] = correction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("Month")

        year = d.pop("Year")

        _correction = d.pop("Correction", UNSET)
        correction: PrestationsCompletedCorrection | Unset
        if isinstance(_correction, Unset):
            correction = UNSET
        else:
            correction = PrestationsCompletedCorrection(_correction)

        prestations_completed = cls(
            month=month,
            year=year,
            correction=correction,
        )

        prestations_completed.additional_properties = d
        return prestations_completed

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
