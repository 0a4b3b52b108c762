from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        exist (RetiredDefinitionExist):
        kind (RetiredDefinitionKind | Unset):
        date_retired (str | Unset):
        apply_collecting_2_nd_pension_pillar (RetiredDefinitionApplyCollecting2NdPensionPillar | Unset):
    """

    exist: RetiredDefinitionExist
    kind: RetiredDefinitionKind | Unset = UNSET
    date_retired: str | Unset = UNSET
    apply_collecting_2_nd_pension_pillar: (
        RetiredDefinitionApplyCollecting2NdPensionPillar | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        retired_definition.additional_properties = d
        return retired_definition

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
