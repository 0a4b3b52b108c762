from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsingDataRecord")


@_attrs_define
class UsingDataRecord:
    """
    Attributes:
        using_joint_commission_nbr (str | Unset):
        using_employer_name (str | Unset):
        using_employer_company_id (float | Unset):
        using_street (str | Unset):
        using_house_number (str | Unset):
        using_post_box (str | Unset):
        using_zip_code (str | Unset):
        using_city (str | Unset):
        using_country (str | Unset):  Default: '00150'.
    """

    using_joint_commission_nbr: str | Unset = UNSET
    using_employer_name: str | Unset = UNSET
    using_employer_company_id: float | Unset = UNSET
    using_street: str | Unset = UNSET
    using_house_number: str | Unset = UNSET
    using_post_box: str | Unset = UNSET
    using_zip_code: str | Unset = UNSET
    using_city: str | Unset = UNSET
    using_country: str | Unset = "00150"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        using_joint_commission_nbr = self.using_joint_commission_nbr

        using_employer_name = self.using_employer_name

        using_employer_company_id = self.using_employer_company_id

        using_street = self.using_street

        using_house_number = self.using_house_number

        using_post_box = self.using_post_box

        using_zip_code = self.using_zip_code

        using_city = self.using_city

        using_country = self.using_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if using_joint_commission_nbr is not UNSET:
            field_dict["UsingJointCommissionNbr"] = using_joint_commission_nbr
        if using_employer_name is not UNSET:
            field_dict["UsingEmployerName"] = using_employer_name
        if using_employer_company_id is not UNSET:
            field_dict["UsingEmployerCompanyID"] = using_employer_company_id
        if using_street is not UNSET:
            field_dict["UsingStreet"] = using_street
        if using_house_number is not UNSET:
            field_dict["UsingHouseNumber"] = using_house_number
        if using_post_box is not UNSET:
            field_dict["UsingPostBox"] = using_post_box
        if using_zip_code is not UNSET:
            field_dict["UsingZIPCode"] = using_zip_code
        if using_city is not UNSET:
            field_dict["UsingCity"] = using_city
        if using_country is not UNSET:
            field_dict["UsingCountry"] = using_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        using_joint_commission_nbr = d.pop("UsingJointCommissionNbr", UNSET)

        using_employer_name = d.pop("UsingEmployerName", UNSET)

        using_employer_company_id = d.pop("UsingEmployerCompanyID", UNSET)

        using_street = d.pop("UsingStreet", UNSET)

        using_house_number = d.pop("UsingHouseNumber", UNSET)

        using_post_box = d.pop("UsingPostBox", UNSET)

        using_zip_code = d.pop("UsingZIPCode", UNSET)

        using_city = d.pop("UsingCity", UNSET)

        using_country = d.pop("UsingCountry", UNSET)

        using_data_record = cls(
            using_joint_commission_nbr=using_joint_commission_nbr,
            using_employer_name=using_employer_name,
            using_employer_company_id=using_employer_company_id,
            using_street=using_street,
            using_house_number=using_house_number,
            using_post_box=using_post_box,
            using_zip_code=using_zip_code,
            using_city=using_city,
            using_country=using_country,
        )

        using_data_record.additional_properties = d
        return using_data_record

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
