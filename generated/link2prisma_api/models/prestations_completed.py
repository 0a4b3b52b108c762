from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.prestations_completed_correction import PrestationsCompletedCorrection
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrestationsCompleted")


@_attrs_define
class PrestationsCompleted:
    """
    Attributes:
        month (int):
        year (int):
        correction (PrestationsCompletedCorrection | Unset): The values the vendor schema lists for
            `PrestationsCompleted.Correction`.
    """

    month: int
    year: int
    correction: PrestationsCompletedCorrection | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        year = self.year

        correction: str | Unset = UNSET
        if not isinstance(self.correction, Unset):
            correction = self.correction.value

        field_dict: dict[str, Any] = {}

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

        return prestations_completed
