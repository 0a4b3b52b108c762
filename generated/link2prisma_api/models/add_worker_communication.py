from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_worker_communication_communication_type import (
    AddWorkerCommunicationCommunicationType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerCommunication")


@_attrs_define
class AddWorkerCommunication:
    """
    Attributes:
        communication_type (AddWorkerCommunicationCommunicationType):
        value (str):
        contact_person (str | Unset):
    """

    communication_type: AddWorkerCommunicationCommunicationType
    value: str
    contact_person: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        communication_type = self.communication_type.value

        value = self.value

        contact_person = self.contact_person

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CommunicationType": communication_type,
                "Value": value,
            }
        )
        if contact_person is not UNSET:
            field_dict["ContactPerson"] = contact_person

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        communication_type = AddWorkerCommunicationCommunicationType(d.pop("CommunicationType"))

        value = d.pop("Value")

        contact_person = d.pop("ContactPerson", UNSET)

        add_worker_communication = cls(
            communication_type=communication_type,
            value=value,
            contact_person=contact_person,
        )

        add_worker_communication.additional_properties = d
        return add_worker_communication

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
