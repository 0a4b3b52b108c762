from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerAddress")


@_attrs_define
class AddWorkerAddress:
    """
    Attributes:
        street (str):
        house_number (str):
        zip_code (str):
        city (str):
        country (str):  Default: '00150'.
        startdate (str | Unset):
        enddate (str | Unset):
        post_box (str | Unset):
        distance (float | Unset):
    """

    street: str
    house_number: str
    zip_code: str
    city: str
    country: str = "00150"
    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    post_box: str | Unset = UNSET
    distance: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        house_number = self.house_number

        zip_code = self.zip_code

        city = self.city

        country = self.country

        startdate = self.startdate

        enddate = self.enddate

        post_box = self.post_box

        distance = self.distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Street": street,
                "HouseNumber": house_number,
                "ZIPCode": zip_code,
                "City": city,
                "Country": country,
            }
        )
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if post_box is not UNSET:
            field_dict["PostBox"] = post_box
        if distance is not UNSET:
            field_dict["Distance"] = distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("Street")

        house_number = d.pop("HouseNumber")

        zip_code = d.pop("ZIPCode")

        city = d.pop("City")

        country = d.pop("Country")

        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        post_box = d.pop("PostBox", UNSET)

        distance = d.pop("Distance", UNSET)

        add_worker_address = cls(
            street=street,
            house_number=house_number,
            zip_code=zip_code,
            city=city,
            country=country,
            startdate=startdate,
            enddate=enddate,
            post_box=post_box,
            distance=distance,
        )

        add_worker_address.additional_properties = d
        return add_worker_address

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
