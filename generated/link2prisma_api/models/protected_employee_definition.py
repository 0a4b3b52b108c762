from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.protected_employee_definition_exist import ProtectedEmployeeDefinitionExist
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProtectedEmployeeDefinition")


@_attrs_define
class ProtectedEmployeeDefinition:
    """
    Attributes:
        exist (ProtectedEmployeeDefinitionExist):
        reason (str | Unset):
        startdate (str | Unset):
        enddate (str | Unset):
    """

    exist: ProtectedEmployeeDefinitionExist
    reason: str | Unset = UNSET
    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        reason = self.reason

        startdate = self.startdate

        enddate = self.enddate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Exist": exist,
            }
        )
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
        exist = ProtectedEmployeeDefinitionExist(d.pop("Exist"))

        reason = d.pop("Reason", UNSET)

        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        protected_employee_definition = cls(
            exist=exist,
            reason=reason,
            startdate=startdate,
            enddate=enddate,
        )

        protected_employee_definition.additional_properties = d
        return protected_employee_definition

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
