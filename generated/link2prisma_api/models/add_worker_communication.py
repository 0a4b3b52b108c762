from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.add_worker_communication_communication_type import (
    AddWorkerCommunicationCommunicationType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerCommunication")


@_attrs_define
class AddWorkerCommunication:
    """
    Attributes:
        communication_type (AddWorkerCommunicationCommunicationType): The values the vendor schema lists for
            `AddWorkerCommunication.CommunicationType`.
        value (str):
        contact_person (str | Unset):
    """

    communication_type: AddWorkerCommunicationCommunicationType
    value: str
    contact_person: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        communication_type = self.communication_type.value

        value = self.value

        contact_person = self.contact_person

        field_dict: dict[str, Any] = {}

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

        return add_worker_communication
