from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_communication_type import CommunicationCommunicationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Communication")


@_attrs_define
class Communication:
    """Communication information of a worker

    Attributes:
        communication_type (CommunicationCommunicationType):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        communication_type = self.communication_type.value

        value = self.value

        id = self.id

        contact_person = self.contact_person

        contact_person_firstname = self.contact_person_firstname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        communication.additional_properties = d
        return communication

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
