from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.communication_communication_type import CommunicationCommunicationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Communication")


@_attrs_define
class Communication:
    """Communication information of a worker

    Attributes:
        communication_type (CommunicationCommunicationType): The values the vendor schema lists for
            `Communication.CommunicationType`.
        value (str):
        id (str | Unset):
        contact_person (str | Unset):
        contact_person_firstname (str | Unset):
    """

    communication_type: CommunicationCommunicationType
    value: str
    id: str | Unset = UNSET
    contact_person: str | Unset = UNSET
    contact_person_firstname: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        communication_type = self.communication_type.value

        value = self.value

        id = self.id

        contact_person = self.contact_person

        contact_person_firstname = self.contact_person_firstname

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "CommunicationType": communication_type,
                "Value": value,
            }
        )
        if id is not UNSET:
            field_dict["ID"] = id
        if contact_person is not UNSET:
            field_dict["ContactPerson"] = contact_person
        if contact_person_firstname is not UNSET:
            field_dict["ContactPersonFirstname"] = contact_person_firstname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        communication_type = CommunicationCommunicationType(d.pop("CommunicationType"))

        value = d.pop("Value")

        id = d.pop("ID", UNSET)

        contact_person = d.pop("ContactPerson", UNSET)

        contact_person_firstname = d.pop("ContactPersonFirstname", UNSET)

        communication = cls(
            communication_type=communication_type,
            value=value,
            id=id,
            contact_person=contact_person,
            contact_person_firstname=contact_person_firstname,
        )

        return communication
