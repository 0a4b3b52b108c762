from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.retired_definition_apply_collecting_2_nd_pension_pillar import (
    RetiredDefinitionApplyCollecting2NdPensionPillar,
)
from ..models.retired_definition_exist import RetiredDefinitionExist
from ..models.retired_definition_kind import RetiredDefinitionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetiredDefinition")


@_attrs_define
class RetiredDefinition:
    """
    Attributes:
        exist (RetiredDefinitionExist): The values the vendor schema lists for `RetiredDefinition.Exist`.
        kind (RetiredDefinitionKind | Unset): The values the vendor schema lists for `RetiredDefinition.Kind`.
        date_retired (str | Unset):
        apply_collecting_2_nd_pension_pillar (RetiredDefinitionApplyCollecting2NdPensionPillar | Unset): The values the
            vendor schema lists for `RetiredDefinition.ApplyCollecting2ndPensionPillar`.
    """

    exist: RetiredDefinitionExist
    kind: RetiredDefinitionKind | Unset = UNSET
    date_retired: str | Unset = UNSET
    apply_collecting_2_nd_pension_pillar: (
        RetiredDefinitionApplyCollecting2NdPensionPillar | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        date_retired = self.date_retired

        apply_collecting_2_nd_pension_pillar: str | Unset = UNSET
        if not isinstance(self.apply_collecting_2_nd_pension_pillar, Unset):
            apply_collecting_2_nd_pension_pillar = self.apply_collecting_2_nd_pension_pillar.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Exist": exist,
            }
        )
        if kind is not UNSET:
            field_dict["Kind"] = kind
        if date_retired is not UNSET:
            field_dict["DateRetired"] = date_retired
        if apply_collecting_2_nd_pension_pillar is not UNSET:
            field_dict["ApplyCollecting2ndPensionPillar"] = apply_collecting_2_nd_pension_pillar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exist = RetiredDefinitionExist(d.pop("Exist"))

        _kind = d.pop("Kind", UNSET)
        kind: RetiredDefinitionKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = RetiredDefinitionKind(_kind)

        date_retired = d.pop("DateRetired", UNSET)

        _apply_collecting_2_nd_pension_pillar = d.pop("ApplyCollecting2ndPensionPillar", UNSET)
        apply_collecting_2_nd_pension_pillar: (
            RetiredDefinitionApplyCollecting2NdPensionPillar | Unset
        )
        if isinstance(_apply_collecting_2_nd_pension_pillar, Unset):
            apply_collecting_2_nd_pension_pillar = UNSET
        else:
            apply_collecting_2_nd_pension_pillar = RetiredDefinitionApplyCollecting2NdPensionPillar(
                _apply_collecting_2_nd_pension_pillar
            )

        retired_definition = cls(
            exist=exist,
            kind=kind,
            date_retired=date_retired,
            apply_collecting_2_nd_pension_pillar=apply_collecting_2_nd_pension_pillar,
        )

        return retired_definition
