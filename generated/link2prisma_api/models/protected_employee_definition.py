from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.protected_employee_definition_exist import ProtectedEmployeeDefinitionExist
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProtectedEmployeeDefinition")


@_attrs_define
class ProtectedEmployeeDefinition:
    """
    Attributes:
        exist (ProtectedEmployeeDefinitionExist): The values the vendor schema lists for
            `ProtectedEmployeeDefinition.Exist`.
        reason (str | Unset):
        startdate (str | Unset):
        enddate (str | Unset):
    """

    exist: ProtectedEmployeeDefinitionExist
    reason: str | Unset = UNSET
    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        reason = self.reason

        startdate = self.startdate

        enddate = self.enddate

        field_dict: dict[str, Any] = {}

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

        return protected_employee_definition
