from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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

        return add_worker_address
