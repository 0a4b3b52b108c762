from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """
    Attributes:
        id (None | str):
        action (None | str):
        type_ (None | str):
        employer (None | str):
        worker (None | str):
        statuscode (None | str):
        status_description (None | str):
        user (None | str):
        response (None | str):
    """

    id: None | str
    action: None | str
    type_: None | str
    employer: None | str
    worker: None | str
    statuscode: None | str
    status_description: None | str
    user: None | str
    response: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        action: None | str
        action = self.action

        type_: None | str
        type_ = self.type_

        employer: None | str
        employer = self.employer

        worker: None | str
        worker = self.worker

        statuscode: None | str
        statuscode = self.statuscode

        status_description: None | str
        status_description = self.status_description

        user: None | str
        user = self.user

        response: None | str
        response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ID": id,
                "Action": action,
                "Type": type_,
                "Employer": employer,
                "Worker": worker,
                "Statuscode": statuscode,
                "StatusDescription": status_description,
                "User": user,
                "Response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("ID"))

        def _parse_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        action = _parse_action(d.pop("Action"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("Type"))

        def _parse_employer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employer = _parse_employer(d.pop("Employer"))

        def _parse_worker(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        worker = _parse_worker(d.pop("Worker"))

        def _parse_statuscode(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        statuscode = _parse_statuscode(d.pop("Statuscode"))

        def _parse_status_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_description = _parse_status_description(d.pop("StatusDescription"))

        def _parse_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user = _parse_user(d.pop("User"))

        def _parse_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        response = _parse_response(d.pop("Response"))

        result = cls(
            id=id,
            action=action,
            type_=type_,
            employer=employer,
            worker=worker,
            statuscode=statuscode,
            status_description=status_description,
            user=user,
            response=response,
        )

        result.additional_properties = d
        return result

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
