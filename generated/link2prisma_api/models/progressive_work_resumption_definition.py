from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        exist (ProgressiveWorkResumptionDefinitionExist):
        risk (ProgressiveWorkResumptionDefinitionRisk | Unset):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        progressive_work_resumption_definition.additional_properties = d
        return progressive_work_resumption_definition

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
