from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.career_break_definition_exist import CareerBreakDefinitionExist
from ..models.career_break_definition_kind import CareerBreakDefinitionKind
from ..models.career_break_definition_originally_contract_type import (
    CareerBreakDefinitionOriginallyContractType,
)
from ..models.career_break_definition_reason import CareerBreakDefinitionReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="CareerBreakDefinition")


@_attrs_define
class CareerBreakDefinition:
    """
    Attributes:
        exist (CareerBreakDefinitionExist):
        kind (CareerBreakDefinitionKind | Unset):
        reason (CareerBreakDefinitionReason | Unset):
        originally_contract_type (CareerBreakDefinitionOriginallyContractType | Unset):
        weekhours_worker_before (float | Unset):
        weekhours_employer_before (float | Unset):
    """

    exist: CareerBreakDefinitionExist
    kind: CareerBreakDefinitionKind | Unset = UNSET
    reason: CareerBreakDefinitionReason | Unset = UNSET
    originally_contract_type: CareerBreakDefinitionOriginallyContractType | Unset = UNSET
    weekhours_worker_before: float | Unset = UNSET
    weekhours_employer_before: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        originally_contract_type: str | Unset = UNSET
        if not isinstance(self.originally_contract_type, Unset):
            originally_contract_type = self.originally_contract_type.value

        weekhours_worker_before = self.weekhours_worker_before

        weekhours_employer_before = self.weekhours_employer_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Exist": exist,
            }
        )
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
        exist = CareerBreakDefinitionExist(d.pop("Exist"))

        _kind = d.pop("Kind", UNSET)
        kind: CareerBreakDefinitionKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = CareerBreakDefinitionKind(_kind)

        _reason = d.pop("Reason", UNSET)
        reason: CareerBreakDefinitionReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = CareerBreakDefinitionReason(_reason)

        _originally_contract_type = d.pop("OriginallyContractType", UNSET)
        originally_contract_type: CareerBreakDefinitionOriginallyContractType | Unset
        if isinstance(_originally_contract_type, Unset):
            originally_contract_type = UNSET
        else:
            originally_contract_type = CareerBreakDefinitionOriginallyContractType(
                _originally_contract_type
            )

        weekhours_worker_before = d.pop("WeekhoursWorkerBefore", UNSET)

        weekhours_employer_before = d.pop("WeekhoursEmployerBefore", UNSET)

        career_break_definition = cls(
            exist=exist,
            kind=kind,
            reason=reason,
            originally_contract_type=originally_contract_type,
            weekhours_worker_before=weekhours_worker_before,
            weekhours_employer_before=weekhours_employer_before,
        )

        career_break_definition.additional_properties = d
        return career_break_definition

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
