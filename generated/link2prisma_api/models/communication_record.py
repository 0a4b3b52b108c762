from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.communication_communication_type import CommunicationCommunicationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommunicationRecord")


@_attrs_define
class CommunicationRecord:
    """Communication information of a worker (as read back)

    Attributes:
        id (str | Unset):
        communication_type (CommunicationCommunicationType | str | Unset):
        value (str | Unset):
        contact_person (str | Unset):
        contact_person_firstname (str | Unset):
    """

    id: str | Unset = UNSET
    communication_type: CommunicationCommunicationType | str | Unset = UNSET
    value: str | Unset = UNSET
    contact_person: str | Unset = UNSET
    contact_person_firstname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        communication_type: str | Unset
        if isinstance(self.communication_type, Unset):
            communication_type = UNSET
        elif isinstance(self.communication_type, CommunicationCommunicationType):
            communication_type = self.communication_type.value
        else:
            communication_type = self.communication_type

        value = self.value

        contact_person = self.contact_person

        contact_person_firstname = self.contact_person_firstname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if communication_type is not UNSET:
            field_dict["CommunicationType"] = communication_type
        if value is not UNSET:
            field_dict["Value"] = value
        if contact_person is not UNSET:
            field_dict["ContactPerson"] = contact_person
        if contact_person_firstname is not UNSET:
            field_dict["ContactPersonFirstname"] = contact_person_firstname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_communication_type(data: object) -> CommunicationCommunicationType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                communication_type_type_0 = CommunicationCommunicationType(data)

                return communication_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommunicationCommunicationType | str | Unset, data)

        communication_type = _parse_communication_type(d.pop("CommunicationType", UNSET))

        value = d.pop("Value", UNSET)

        contact_person = d.pop("ContactPerson", UNSET)

        contact_person_firstname = d.pop("ContactPersonFirstname", UNSET)

        communication_record = cls(
            id=id,
            communication_type=communication_type,
            value=value,
            contact_person=contact_person,
            contact_person_firstname=contact_person_firstname,
        )

        communication_record.additional_properties = d
        return communication_record

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
