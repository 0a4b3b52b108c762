from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.career_break_definition_exist import CareerBreakDefinitionExist
from ..models.career_break_definition_kind import CareerBreakDefinitionKind
from ..models.career_break_definition_originally_contract_type import (
    CareerBreakDefinitionOriginallyContractType,
)
from ..models.career_break_definition_reason import CareerBreakDefinitionReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerBreakDefinitionRecord")


@_attrs_define
class CareerBreakDefinitionRecord:
    """
    Attributes:
        exist (CareerBreakDefinitionExist | str | Unset):
        kind (CareerBreakDefinitionKind | str | Unset):
        reason (CareerBreakDefinitionReason | str | Unset):
        originally_contract_type (CareerBreakDefinitionOriginallyContractType | str | Unset):
        weekhours_worker_before (float | Unset):
        weekhours_employer_before (float | Unset):
    """

    exist: CareerBreakDefinitionExist | str | Unset = UNSET
    kind: CareerBreakDefinitionKind | str | Unset = UNSET
    reason: CareerBreakDefinitionReason | str | Unset = UNSET
    originally_contract_type: CareerBreakDefinitionOriginallyContractType | str | Unset = UNSET
    weekhours_worker_before: float | Unset = UNSET
    weekhours_employer_before: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, CareerBreakDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, CareerBreakDefinitionKind):
            kind = self.kind.value
        else:
            kind = self.kind

        reason: str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, CareerBreakDefinitionReason):
            reason = self.reason.value
        else:
            reason = self.reason

        originally_contract_type: str | Unset
        if isinstance(self.originally_contract_type, Unset):
            originally_contract_type = UNSET
        elif isinstance(self.originally_contract_type, CareerBreakDefinitionOriginallyContractType):
            originally_contract_type = self.originally_contract_type.value
        else:
            originally_contract_type = self.originally_contract_type

        weekhours_worker_before = self.weekhours_worker_before

        weekhours_employer_before = self.weekhours_employer_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
        if kind is not UNSET:
            field_dict["Kind"] = kind
        if reason is not UNSET:
            field_dict["Reason"] = reason
        if originally_contract_type is not UNSET:
            field_dict["OriginallyContractType"] = originally_contract_type
        if weekhours_worker_before is not UNSET:
            field_dict["WeekhoursWorkerBefore"] = weekhours_worker_before
        if weekhours_employer_before is not UNSET:
            field_dict["WeekhoursEmployerBefore"] = weekhours_employer_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exist(data: object) -> CareerBreakDefinitionExist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = CareerBreakDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CareerBreakDefinitionExist | str | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        def _parse_kind(data: object) -> CareerBreakDefinitionKind | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = CareerBreakDefinitionKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CareerBreakDefinitionKind | str | Unset, data)

        kind = _parse_kind(d.pop("Kind", UNSET))

        def _parse_reason(data: object) -> CareerBreakDefinitionReason | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = CareerBreakDefinitionReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CareerBreakDefinitionReason | str | Unset, data)

        reason = _parse_reason(d.pop("Reason", UNSET))

        def _parse_originally_contract_type(
            data: object,
        ) -> CareerBreakDefinitionOriginallyContractType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                originally_contract_type_type_0 = CareerBreakDefinitionOriginallyContractType(data)

                return originally_contract_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CareerBreakDefinitionOriginallyContractType | str | Unset, data)

        originally_contract_type = _parse_originally_contract_type(
            d.pop("OriginallyContractType", UNSET)
        )

        weekhours_worker_before = d.pop("WeekhoursWorkerBefore", UNSET)

        weekhours_employer_before = d.pop("WeekhoursEmployerBefore", UNSET)

        career_break_definition_record = cls(
            exist=exist,
            kind=kind,
            reason=reason,
            originally_contract_type=originally_contract_type,
            weekhours_worker_before=weekhours_worker_before,
            weekhours_employer_before=weekhours_employer_before,
        )

        career_break_definition_record.additional_properties = d
        return career_break_definition_record

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
