from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.progressive_work_resumption_definition_exist import (
    ProgressiveWorkResumptionDefinitionExist,
)
from ..models.progressive_work_resumption_definition_risk import (
    ProgressiveWorkResumptionDefinitionRisk,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressiveWorkResumptionDefinition")


@_attrs_define
class ProgressiveWorkResumptionDefinition:
    """
    Attributes:
        exist (ProgressiveWorkResumptionDefinitionExist): The values the vendor schema lists for
            `ProgressiveWorkResumptionDefinition.Exist`.
        risk (ProgressiveWorkResumptionDefinitionRisk | Unset): The values the vendor schema lists for
            `ProgressiveWorkResumptionDefinition.Risk`.
        hours (int | Unset):
        minutes (int | Unset):
        days (float | Unset):
        startdate_illness (str | Unset):
        comment (str | Unset):
    """

    exist: ProgressiveWorkResumptionDefinitionExist
    risk: ProgressiveWorkResumptionDefinitionRisk | Unset = UNSET
    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    days: float | Unset = UNSET
    startdate_illness: str | Unset = UNSET
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        risk: str | Unset = UNSET
        if not isinstance(self.risk, Unset):
            risk = self.risk.value

        hours = self.hours

        minutes = self.minutes

        days = self.days

        startdate_illness = self.startdate_illness

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Exist": exist,
            }
        )
        if risk is not UNSET:
            field_dict["Risk"] = risk
        if hours is not UNSET:
            field_dict["Hours"] = hours
        if minutes is not UNSET:
            field_dict["Minutes"] = minutes
        if days is not UNSET:
            field_dict["Days"] = days
        if startdate_illness is not UNSET:
            field_dict["StartdateIllness"] = startdate_illness
        if comment is not UNSET:
            field_dict["Comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exist = ProgressiveWorkResumptionDefinitionExist(d.pop("Exist"))

        _risk = d.pop("Risk", UNSET)
        risk: ProgressiveWorkResumptionDefinitionRisk | Unset
        if isinstance(_risk, Unset):
            risk = UNSET
        else:
            risk = ProgressiveWorkResumptionDefinitionRisk(_risk)

        hours = d.pop("Hours", UNSET)

        minutes = d.pop("Minutes", UNSET)

        days = d.pop("Days", UNSET)

        startdate_illness = d.pop("StartdateIllness", UNSET)

        comment = d.pop("Comment", UNSET)

        progressive_work_resumption_definition = cls(
            exist=exist,
            risk=risk,
            hours=hours,
            minutes=minutes,
            days=days,
            startdate_illness=startdate_illness,
            comment=comment,
        )

        return progressive_work_resumption_definition
