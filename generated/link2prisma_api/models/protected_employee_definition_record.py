from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protected_employee_definition_exist import ProtectedEmployeeDefinitionExist
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProtectedEmployeeDefinitionRecord")


@_attrs_define
class ProtectedEmployeeDefinitionRecord:
    """
    Attributes:
        exist (ProtectedEmployeeDefinitionExist | str | Unset):
        reason (str | Unset):
        startdate (str | Unset):
        enddate (str | Unset):
    """

    exist: ProtectedEmployeeDefinitionExist | str | Unset = UNSET
    reason: str | Unset = UNSET
    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, ProtectedEmployeeDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        reason = self.reason

        startdate = self.startdate

        enddate = self.enddate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
        if reason is not UNSET:
            field_dict["Reason"] = reason
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exist(data: object) -> ProtectedEmployeeDefinitionExist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = ProtectedEmployeeDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProtectedEmployeeDefinitionExist | str | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        reason = d.pop("Reason", UNSET)

        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        protected_employee_definition_record = cls(
            exist=exist,
            reason=reason,
            startdate=startdate,
            enddate=enddate,
        )

        protected_employee_definition_record.additional_properties = d
        return protected_employee_definition_record

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
