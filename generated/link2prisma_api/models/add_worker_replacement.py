from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerReplacement")


@_attrs_define
class AddWorkerReplacement:
    """
    Attributes:
        worker_number (int):
        startdate (str):
        enddate (str | Unset):
        percentage (float | Unset):
    """

    worker_number: int
    startdate: str
    enddate: str | Unset = UNSET
    percentage: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        worker_number = self.worker_number

        startdate = self.startdate

        enddate = self.enddate

        percentage = self.percentage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "WorkerNumber": worker_number,
                "Startdate": startdate,
            }
        )
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if percentage is not UNSET:
            field_dict["Percentage"] = percentage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker_number = d.pop("WorkerNumber")

        startdate = d.pop("Startdate")

        enddate = d.pop("Enddate", UNSET)

        percentage = d.pop("Percentage", UNSET)

        add_worker_replacement = cls(
            worker_number=worker_number,
            startdate=startdate,
            enddate=enddate,
            percentage=percentage,
        )

        return add_worker_replacement
