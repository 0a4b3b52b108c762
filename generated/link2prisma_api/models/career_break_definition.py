from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        exist (CareerBreakDefinitionExist): The values the vendor schema lists for `CareerBreakDefinition.Exist`.
        kind (CareerBreakDefinitionKind | Unset): The values the vendor schema lists for `CareerBreakDefinition.Kind`.
        reason (CareerBreakDefinitionReason | Unset): The values the vendor schema lists for
            `CareerBreakDefinition.Reason`.
        originally_contract_type (CareerBreakDefinitionOriginallyContractType | Unset): The values the vendor schema
            lists for `CareerBreakDefinition.OriginallyContractType`.
        weekhours_worker_before (float | Unset):
        weekhours_employer_before (float | Unset):
    """

    exist: CareerBreakDefinitionExist
    kind: CareerBreakDefinitionKind | Unset = UNSET
    reason: CareerBreakDefinitionReason | Unset = UNSET
    originally_contract_type: CareerBreakDefinitionOriginallyContractType | Unset = UNSET
    weekhours_worker_before: float | Unset = UNSET
    weekhours_employer_before: float | Unset = UNSET

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

        return career_break_definition
