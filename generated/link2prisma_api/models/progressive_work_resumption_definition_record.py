from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.progressive_work_resumption_definition_exist import (
    ProgressiveWorkResumptionDefinitionExist,
)
from ..models.progressive_work_resumption_definition_risk import (
    ProgressiveWorkResumptionDefinitionRisk,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProgressiveWorkResumptionDefinitionRecord")


@_attrs_define
class ProgressiveWorkResumptionDefinitionRecord:
    """
    Attributes:
        exist (ProgressiveWorkResumptionDefinitionExist | str | Unset):
        risk (ProgressiveWorkResumptionDefinitionRisk | str | Unset):
        hours (int | Unset):
        minutes (int | Unset):
        days (float | Unset):
        startdate_illness (str | Unset):
        comment (str | Unset):
    """

    exist: ProgressiveWorkResumptionDefinitionExist | str | Unset = UNSET
    risk: ProgressiveWorkResumptionDefinitionRisk | str | Unset = UNSET
    hours: int | Unset = UNSET
    minutes: int | Unset = UNSET
    days: float | Unset = UNSET
    startdate_illness: str | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, ProgressiveWorkResumptionDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        risk: str | Unset
        if isinstance(self.risk, Unset):
            risk = UNSET
        elif isinstance(self.risk, ProgressiveWorkResumptionDefinitionRisk):
            risk = self.risk.value
        else:
            risk = self.risk

        hours = self.hours

        minutes = self.minutes

        days = self.days

        startdate_illness = self.startdate_illness

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
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

        def _parse_exist(data: object) -> ProgressiveWorkResumptionDefinitionExist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = ProgressiveWorkResumptionDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProgressiveWorkResumptionDefinitionExist | str | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        def _parse_risk(data: object) -> ProgressiveWorkResumptionDefinitionRisk | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_type_0 = ProgressiveWorkResumptionDefinitionRisk(data)

                return risk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProgressiveWorkResumptionDefinitionRisk | str | Unset, data)

        risk = _parse_risk(d.pop("Risk", UNSET))

        hours = d.pop("Hours", UNSET)

        minutes = d.pop("Minutes", UNSET)

        days = d.pop("Days", UNSET)

        startdate_illness = d.pop("StartdateIllness", UNSET)

        comment = d.pop("Comment", UNSET)

        progressive_work_resumption_definition_record = cls(
            exist=exist,
            risk=risk,
            hours=hours,
            minutes=minutes,
            days=days,
            startdate_illness=startdate_illness,
            comment=comment,
        )

        progressive_work_resumption_definition_record.additional_properties = d
        return progressive_work_resumption_definition_record

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
