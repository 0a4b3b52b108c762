from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.retired_definition_apply_collecting_2_nd_pension_pillar import (
    RetiredDefinitionApplyCollecting2NdPensionPillar,
)
from ..models.retired_definition_exist import RetiredDefinitionExist
from ..models.retired_definition_kind import RetiredDefinitionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="RetiredDefinitionRecord")


@_attrs_define
class RetiredDefinitionRecord:
    """
    Attributes:
        exist (RetiredDefinitionExist | str | Unset):
        kind (RetiredDefinitionKind | str | Unset):
        date_retired (str | Unset):
        apply_collecting_2_nd_pension_pillar (RetiredDefinitionApplyCollecting2NdPensionPillar | str | Unset):
    """

    exist: RetiredDefinitionExist | str | Unset = UNSET
    kind: RetiredDefinitionKind | str | Unset = UNSET
    date_retired: str | Unset = UNSET
    apply_collecting_2_nd_pension_pillar: (
        RetiredDefinitionApplyCollecting2NdPensionPillar | str | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, RetiredDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, RetiredDefinitionKind):
            kind = self.kind.value
        else:
            kind = self.kind

        date_retired = self.date_retired

        apply_collecting_2_nd_pension_pillar: str | Unset
        if isinstance(self.apply_collecting_2_nd_pension_pillar, Unset):
            apply_collecting_2_nd_pension_pillar = UNSET
        elif isinstance(
            self.apply_collecting_2_nd_pension_pillar,
            RetiredDefinitionApplyCollecting2NdPensionPillar,
        ):
            apply_collecting_2_nd_pension_pillar = self.apply_collecting_2_nd_pension_pillar.value
        else:
            apply_collecting_2_nd_pension_pillar = self.apply_collecting_2_nd_pension_pillar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
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

        def _parse_exist(data: object) -> RetiredDefinitionExist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = RetiredDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RetiredDefinitionExist | str | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        def _parse_kind(data: object) -> RetiredDefinitionKind | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = RetiredDefinitionKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RetiredDefinitionKind | str | Unset, data)

        kind = _parse_kind(d.pop("Kind", UNSET))

        date_retired = d.pop("DateRetired", UNSET)

        def _parse_apply_collecting_2_nd_pension_pillar(
            data: object,
        ) -> RetiredDefinitionApplyCollecting2NdPensionPillar | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                apply_collecting_2_nd_pension_pillar_type_0 = (
                    RetiredDefinitionApplyCollecting2NdPensionPillar(data)
                )

                return apply_collecting_2_nd_pension_pillar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RetiredDefinitionApplyCollecting2NdPensionPillar | str | Unset, data)

        apply_collecting_2_nd_pension_pillar = _parse_apply_collecting_2_nd_pension_pillar(
            d.pop("ApplyCollecting2ndPensionPillar", UNSET)
        )

        retired_definition_record = cls(
            exist=exist,
            kind=kind,
            date_retired=date_retired,
            apply_collecting_2_nd_pension_pillar=apply_collecting_2_nd_pension_pillar,
        )

        retired_definition_record.additional_properties = d
        return retired_definition_record

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
