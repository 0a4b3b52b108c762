from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawnDocument")


@_attrs_define
class WithdrawnDocument:
    """
    Attributes:
        employer (str | Unset):
        document_id (int | Unset):
        withdrawal_date (None | str | Unset):
    """

    employer: str | Unset = UNSET
    document_id: int | Unset = UNSET
    withdrawal_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employer = self.employer

        document_id = self.document_id

        withdrawal_date: None | str | Unset
        if isinstance(self.withdrawal_date, Unset):
            withdrawal_date = UNSET
        else:
            withdrawal_date = self.withdrawal_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if employer is not UNSET:
            field_dict["Employer"] = employer
        if document_id is not UNSET:
            field_dict["DocumentID"] = document_id
        if withdrawal_date is not UNSET:
            field_dict["WithdrawalDate"] = withdrawal_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employer = d.pop("Employer", UNSET)

        document_id = d.pop("DocumentID", UNSET)

        def _parse_withdrawal_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        withdrawal_date = _parse_withdrawal_date(d.pop("WithdrawalDate", UNSET))

        withdrawn_document = cls(
            employer=employer,
            document_id=document_id,
            withdrawal_date=withdrawal_date,
        )

        withdrawn_document.additional_properties = d
        return withdrawn_document

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
