from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.first_day_of_unemployment_status import FirstDayOfUnemploymentStatus
from ..models.first_day_of_unemployment_type_of_un_employment import (
    FirstDayOfUnemploymentTypeOfUnEmployment,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FirstDayOfUnemploymentRecord")


@_attrs_define
class FirstDayOfUnemploymentRecord:
    """
    Attributes:
        date_declaration (str | Unset):
        type_of_un_employment (FirstDayOfUnemploymentTypeOfUnEmployment | str | Unset):
        email (str | Unset):
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
        status (FirstDayOfUnemploymentStatus | str | Unset):
        ticket_number (str | Unset):
        error (str | Unset):
        list_of_workers (list[int] | Unset):
    """

    date_declaration: str | Unset = UNSET
    type_of_un_employment: FirstDayOfUnemploymentTypeOfUnEmployment | str | Unset = UNSET
    email: str | Unset = UNSET
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
    status: FirstDayOfUnemploymentStatus | str | Unset = UNSET
    ticket_number: str | Unset = UNSET
    error: str | Unset = UNSET
    list_of_workers: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_declaration = self.date_declaration

        type_of_un_employment: str | Unset
        if isinstance(self.type_of_un_employment, Unset):
            type_of_un_employment = UNSET
        elif isinstance(self.type_of_un_employment, FirstDayOfUnemploymentTypeOfUnEmployment):
            type_of_un_employment = self.type_of_un_employment.value
        else:
            type_of_un_employment = self.type_of_un_employment

        email = self.email

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

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FirstDayOfUnemploymentStatus):
            status = self.status.value
        else:
            status = self.status

        ticket_number = self.ticket_number

        error = self.error

        list_of_workers: list[int] | Unset = UNSET
        if not isinstance(self.list_of_workers, Unset):
            list_of_workers = self.list_of_workers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_declaration is not UNSET:
            field_dict["DateDeclaration"] = date_declaration
        if type_of_un_employment is not UNSET:
            field_dict["TypeOfUnEmployment"] = type_of_un_employment
        if email is not UNSET:
            field_dict["Email"] = email
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
        if list_of_workers is not UNSET:
            field_dict["ListOfWorkers"] = list_of_workers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date_declaration = d.pop("DateDeclaration", UNSET)

        def _parse_type_of_un_employment(
            data: object,
        ) -> FirstDayOfUnemploymentTypeOfUnEmployment | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_of_un_employment_type_0 = FirstDayOfUnemploymentTypeOfUnEmployment(data)

                return type_of_un_employment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FirstDayOfUnemploymentTypeOfUnEmployment | str | Unset, data)

        type_of_un_employment = _parse_type_of_un_employment(d.pop("TypeOfUnEmployment", UNSET))

        email = d.pop("Email", UNSET)

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

        def _parse_status(data: object) -> FirstDayOfUnemploymentStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FirstDayOfUnemploymentStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FirstDayOfUnemploymentStatus | str | Unset, data)

        status = _parse_status(d.pop("Status", UNSET))

        ticket_number = d.pop("TicketNumber", UNSET)

        error = d.pop("Error", UNSET)

        list_of_workers = cast(list[int], d.pop("ListOfWorkers", UNSET))

        first_day_of_unemployment_record = cls(
            date_declaration=date_declaration,
            type_of_un_employment=type_of_un_employment,
            email=email,
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
            list_of_workers=list_of_workers,
        )

        first_day_of_unemployment_record.additional_properties = d
        return first_day_of_unemployment_record

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
