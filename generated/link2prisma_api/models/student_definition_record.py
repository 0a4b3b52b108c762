from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.student_definition_exist import StudentDefinitionExist
from ..models.student_definition_solidarity_contribution import (
    StudentDefinitionSolidarityContribution,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="StudentDefinitionRecord")


@_attrs_define
class StudentDefinitionRecord:
    """
    Attributes:
        exist (str | StudentDefinitionExist | Unset):
        solidarity_contribution (str | StudentDefinitionSolidarityContribution | Unset):
    """

    exist: str | StudentDefinitionExist | Unset = UNSET
    solidarity_contribution: str | StudentDefinitionSolidarityContribution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, StudentDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        solidarity_contribution: str | Unset
        if isinstance(self.solidarity_contribution, Unset):
            solidarity_contribution = UNSET
        elif isinstance(self.solidarity_contribution, StudentDefinitionSolidarityContribution):
            solidarity_contribution = self.solidarity_contribution.value
        else:
            solidarity_contribution = self.solidarity_contribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
        if solidarity_contribution is not UNSET:
            field_dict["SolidarityContribution"] = solidarity_contribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exist(data: object) -> str | StudentDefinitionExist | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = StudentDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StudentDefinitionExist | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        def _parse_solidarity_contribution(
            data: object,
        ) -> str | StudentDefinitionSolidarityContribution | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                solidarity_contribution_type_0 = StudentDefinitionSolidarityContribution(data)

                return solidarity_contribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | StudentDefinitionSolidarityContribution | Unset, data)

        solidarity_contribution = _parse_solidarity_contribution(
            d.pop("SolidarityContribution", UNSET)
        )

        student_definition_record = cls(
            exist=exist,
            solidarity_contribution=solidarity_contribution,
        )

        student_definition_record.additional_properties = d
        return student_definition_record

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
