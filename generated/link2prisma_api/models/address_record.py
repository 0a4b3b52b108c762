from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressRecord")


@_attrs_define
class AddressRecord:
    """address of a worker (as read back)

    Attributes:
        startdate (str | Unset):
        enddate (str | Unset):
        street (str | Unset):
        house_number (str | Unset):
        post_box (str | Unset):
        zip_code (str | Unset):
        city (str | Unset):
        country (str | Unset):  Default: '00150'.
        distance (float | Unset):
    """

    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    post_box: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = "00150"
    distance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        enddate = self.enddate

        street = self.street

        house_number = self.house_number

        post_box = self.post_box

        zip_code = self.zip_code

        city = self.city

        country = self.country

        distance = self.distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if street is not UNSET:
            field_dict["Street"] = street
        if house_number is not UNSET:
            field_dict["HouseNumber"] = house_number
        if post_box is not UNSET:
            field_dict["PostBox"] = post_box
        if zip_code is not UNSET:
            field_dict["ZIPCode"] = zip_code
        if city is not UNSET:
            field_dict["City"] = city
        if country is not UNSET:
            field_dict["Country"] = country
        if distance is not UNSET:
            field_dict["Distance"] = distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        street = d.pop("Street", UNSET)

        house_number = d.pop("HouseNumber", UNSET)

        post_box = d.pop("PostBox", UNSET)

        zip_code = d.pop("ZIPCode", UNSET)

        city = d.pop("City", UNSET)

        country = d.pop("Country", UNSET)

        distance = d.pop("Distance", UNSET)

        address_record = cls(
            startdate=startdate,
            enddate=enddate,
            street=street,
            house_number=house_number,
            post_box=post_box,
            zip_code=zip_code,
            city=city,
            country=country,
            distance=distance,
        )

        address_record.additional_properties = d
        return address_record

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
