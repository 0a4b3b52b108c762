from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_worker_communication_communication_type import (
    AddWorkerCommunicationCommunicationType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerCommunicationRecord")


@_attrs_define
class AddWorkerCommunicationRecord:
    """
    Attributes:
        communication_type (AddWorkerCommunicationCommunicationType | str | Unset):
        value (str | Unset):
        contact_person (str | Unset):
    """

    communication_type: AddWorkerCommunicationCommunicationType | str | Unset = UNSET
    value: str | Unset = UNSET
    contact_person: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        communication_type: str | Unset
        if isinstance(self.communication_type, Unset):
            communication_type = UNSET
        elif isinstance(self.communication_type, AddWorkerCommunicationCommunicationType):
            communication_type = self.communication_type.value
        else:
            communication_type = self.communication_type

        value = self.value

        contact_person = self.contact_person

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if communication_type is not UNSET:
            field_dict["CommunicationType"] = communication_type
        if value is not UNSET:
            field_dict["Value"] = value
        if contact_person is not UNSET:
            field_dict["ContactPerson"] = contact_person

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_communication_type(
            data: object,
        ) -> AddWorkerCommunicationCommunicationType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                communication_type_type_0 = AddWorkerCommunicationCommunicationType(data)

                return communication_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerCommunicationCommunicationType | str | Unset, data)

        communication_type = _parse_communication_type(d.pop("CommunicationType", UNSET))

        value = d.pop("Value", UNSET)

        contact_person = d.pop("ContactPerson", UNSET)

        add_worker_communication_record = cls(
            communication_type=communication_type,
            value=value,
            contact_person=contact_person,
        )

        add_worker_communication_record.additional_properties = d
        return add_worker_communication_record

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
