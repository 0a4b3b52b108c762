from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.first_day_of_unemployment_status import FirstDayOfUnemploymentStatus
from ..models.first_day_of_unemployment_type_of_un_employment import (
    FirstDayOfUnemploymentTypeOfUnEmployment,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FirstDayOfUnemployment")


@_attrs_define
class FirstDayOfUnemployment:
    """
    Attributes:
        date_declaration (str):
        type_of_un_employment (FirstDayOfUnemploymentTypeOfUnEmployment): The values the vendor schema lists for
            `FirstDayOfUnemployment.TypeOfUnEmployment`.
        email (str):
        list_of_workers (list[int]):
        serial_number (int | Unset):
        comment (str | Unset):
        yard_street (str | Unset):
        yardhousenumber (str | Unset):
        yard_postbox (str | Unset):
        yard_zi_pcode (str | Unset):
        yard_city (str | Unset):
        yard_country (str | Unset):  Default: '00150'.
        nature_bad_weather (str | Unset):
        nature_work (str | Unset):
        reason_impossible (str | Unset):
        status (FirstDayOfUnemploymentStatus | Unset): The values the vendor schema lists for
            `FirstDayOfUnemployment.Status`.
        ticket_number (str | Unset):
        error (str | Unset):
    """

    date_declaration: str
    type_of_un_employment: FirstDayOfUnemploymentTypeOfUnEmployment
    email: str
    list_of_workers: list[int]
    serial_number: int | Unset = UNSET
    comment: str | Unset = UNSET
    yard_street: str | Unset = UNSET
    yardhousenumber: str | Unset = UNSET
    yard_postbox: str | Unset = UNSET
    yard_zi_pcode: str | Unset = UNSET
    yard_city: str | Unset = UNSET
    yard_country: str | Unset = "00150"
    nature_bad_weather: str | Unset = UNSET
    nature_work: str | Unset = UNSET
    reason_impossible: str | Unset = UNSET
    status: FirstDayOfUnemploymentStatus | Unset = UNSET
    ticket_number: str | Unset = UNSET
    error: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        date_declaration = self.date_declaration

        type_of_un_employment = self.type_of_un_employment.value

        email = self.email

        list_of_workers = self.list_of_workers

        serial_number = self.serial_number

        comment = self.comment

        yard_street = self.yard_street

        yardhousenumber = self.yardhousenumber

        yard_postbox = self.yard_postbox

        yard_zi_pcode = self.yard_zi_pcode

        yard_city = self.yard_city

        yard_country = self.yard_country

        nature_bad_weather = self.nature_bad_weather

        nature_work = self.nature_work

        reason_impossible = self.reason_impossible

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        ticket_number = self.ticket_number

        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "DateDeclaration": date_declaration,
                "TypeOfUnEmployment": type_of_un_employment,
                "Email": email,
                "ListOfWorkers": list_of_workers,
            }
        )
        if serial_number is not UNSET:
            field_dict["SerialNumber"] = serial_number
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if yard_street is not UNSET:
            field_dict["YardStreet"] = yard_street
        if yardhousenumber is not UNSET:
            field_dict["Yardhousenumber"] = yardhousenumber
        if yard_postbox is not UNSET:
            field_dict["yardPostbox"] = yard_postbox
        if yard_zi_pcode is not UNSET:
            field_dict["YardZIPcode"] = yard_zi_pcode
        if yard_city is not UNSET:
            field_dict["YardCity"] = yard_city
        if yard_country is not UNSET:
            field_dict["YardCountry"] = yard_country
        if nature_bad_weather is not UNSET:
            field_dict["NatureBadWeather"] = nature_bad_weather
        if nature_work is not UNSET:
            field_dict["NatureWork"] = nature_work
        if reason_impossible is not UNSET:
            field_dict["ReasonImpossible"] = reason_impossible
        if status is not UNSET:
            field_dict["Status"] = status
        if ticket_number is not UNSET:
            field_dict["TicketNumber"] = ticket_number
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_declaration = d.pop("DateDeclaration")

        type_of_un_employment = FirstDayOfUnemploymentTypeOfUnEmployment(
            d.pop("TypeOfUnEmployment")
        )

        email = d.pop("Email")

        list_of_workers = cast(list[int], d.pop("ListOfWorkers"))

        serial_number = d.pop("SerialNumber", UNSET)

        comment = d.pop("Comment", UNSET)

        yard_street = d.pop("YardStreet", UNSET)

        yardhousenumber = d.pop("Yardhousenumber", UNSET)

        yard_postbox = d.pop("yardPostbox", UNSET)

        yard_zi_pcode = d.pop("YardZIPcode", UNSET)

        yard_city = d.pop("YardCity", UNSET)

        yard_country = d.pop("YardCountry", UNSET)

        nature_bad_weather = d.pop("NatureBadWeather", UNSET)

        nature_work = d.pop("NatureWork", UNSET)

        reason_impossible = d.pop("ReasonImpossible", UNSET)

        _status = d.pop("Status", UNSET)
        status: FirstDayOfUnemploymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FirstDayOfUnemploymentStatus(_status)

        ticket_number = d.pop("TicketNumber", UNSET)

        error = d.pop("Error", UNSET)

        first_day_of_unemployment = cls(
            date_declaration=date_declaration,
            type_of_un_employment=type_of_un_employment,
            email=email,
            list_of_workers=list_of_workers,
            serial_number=serial_number,
            comment=comment,
            yard_street=yard_street,
            yardhousenumber=yardhousenumber,
            yard_postbox=yard_postbox,
            yard_zi_pcode=yard_zi_pcode,
            yard_city=yard_city,
            yard_country=yard_country,
            nature_bad_weather=nature_bad_weather,
            nature_work=nature_work,
            reason_impossible=reason_impossible,
            status=status,
            ticket_number=ticket_number,
            error=error,
        )

        return first_day_of_unemployment
