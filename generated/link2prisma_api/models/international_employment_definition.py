from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.international_employment_definition_exist import (
    InternationalEmploymentDefinitionExist,
)
from ..models.international_employment_definition_kind import InternationalEmploymentDefinitionKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="InternationalEmploymentDefinition")


@_attrs_define
class InternationalEmploymentDefinition:
    """
    Attributes:
        exist (InternationalEmploymentDefinitionExist): The values the vendor schema lists for
            `InternationalEmploymentDefinition.Exist`.
        kind (InternationalEmploymentDefinitionKind | Unset): The values the vendor schema lists for
            `InternationalEmploymentDefinition.Kind`.
        border_country (str | Unset):  Default: '00111'.
    """

    exist: InternationalEmploymentDefinitionExist
    kind: InternationalEmploymentDefinitionKind | Unset = UNSET
    border_country: str | Unset = "00111"

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        border_country = self.border_country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Exist": exist,
            }
        )
        if kind is not UNSET:
            field_dict["Kind"] = kind
        if border_country is not UNSET:
            field_dict["BorderCountry"] = border_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exist = InternationalEmploymentDefinitionExist(d.pop("Exist"))

        _kind = d.pop("Kind", UNSET)
        kind: InternationalEmploymentDefinitionKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = InternationalEmploymentDefinitionKind(_kind)

        border_country = d.pop("BorderCountry", UNSET)

        international_employment_definition = cls(
            exist=exist,
            kind=kind,
            border_country=border_country,
        )

        return international_employment_definition
