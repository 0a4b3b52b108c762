from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.new_dimona_belated import NewDimonaBelated
from ..models.new_dimona_contract_type import NewDimonaContractType
from ..models.new_dimona_employment_nature import NewDimonaEmploymentNature
from ..models.new_dimona_nature_declaration import NewDimonaNatureDeclaration
from ..models.new_dimona_quota_exceeded import NewDimonaQuotaExceeded
from ..models.new_dimona_sex import NewDimonaSex
from ..models.new_dimona_status import NewDimonaStatus
from ..models.new_dimona_student import NewDimonaStudent
from ..models.new_dimona_worker_status import NewDimonaWorkerStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.using_data import UsingData


T = TypeVar("T", bound="NewDimona")


@_attrs_define
class NewDimona:
    """
    Attributes:
        nature_declaration (NewDimonaNatureDeclaration): The values the vendor schema lists for
            `NewDimona.NatureDeclaration`.
        email (str):
        starting_date (str):
        contract_type (NewDimonaContractType | Unset): The values the vendor schema lists for `NewDimona.ContractType`.
        name (str | Unset):
        firstname (str | Unset):
        initial (str | Unset):
        inss (float | Unset): National register (or BIS) number: 11 digits with a valid mod-97 check (the 2000+ rule
            included). The vendor types it as a number: the client accepts a string or an integer and sends the number.
        sex (NewDimonaSex | Unset): The values the vendor schema lists for `NewDimona.Sex`.
        birthdate (str | Unset):
        birthplace (str | Unset):
        birthplace_country (str | Unset):  Default: '00150'.
        nationality (str | Unset):  Default: '00150'.
        street (str | Unset):
        house_number (str | Unset):
        post_box (str | Unset):
        zip_code (str | Unset):
        city (str | Unset):
        country (str | Unset):  Default: '00150'.
        cat_rsz (str | Unset):
        student (NewDimonaStudent | Unset): The values the vendor schema lists for `NewDimona.Student`.
        activity_with_risk (int | Unset):
        worker_status (NewDimonaWorkerStatus | Unset): The values the vendor schema lists for `NewDimona.WorkerStatus`.
        employment_nature (NewDimonaEmploymentNature | Unset): The values the vendor schema lists for
            `NewDimona.EmploymentNature`.
        dimona_period_id (float | Unset):
        ending_date (str | Unset):
        starting_hour (str | Unset):
        ending_hour (str | Unset):
        starting_hour_2 (str | Unset):
        ending_hour_2 (str | Unset):
        first_month_c32a_nbr (float | Unset):
        next_month_c32a_nbr (float | Unset):
        planned_hours_nbr (int | Unset):
        using_data (None | Unset | UsingData):
        receipt (float | Unset):
        joint_commission_nbr (str | Unset):
        worker_type (str | Unset):
        last_action (str | Unset):
        exceeding_hours_nbr (int | Unset):
        quota_exceeded (NewDimonaQuotaExceeded | Unset): The values the vendor schema lists for
            `NewDimona.QuotaExceeded`.
        belated (NewDimonaBelated | Unset): The values the vendor schema lists for `NewDimona.Belated`.
        status (NewDimonaStatus | Unset): The values the vendor schema lists for `NewDimona.Status`.
        error (str | Unset):
    """

    nature_declaration: NewDimonaNatureDeclaration
    email: str
    starting_date: str
    contract_type: NewDimonaContractType | Unset = UNSET
    name: str | Unset = UNSET
    firstname: str | Unset = UNSET
    initial: str | Unset = UNSET
    inss: float | Unset = UNSET
    sex: NewDimonaSex | Unset = UNSET
    birthdate: str | Unset = UNSET
    birthplace: str | Unset = UNSET
    birthplace_country: str | Unset = "00150"
    nationality: str | Unset = "00150"
    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    post_box: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = "00150"
    cat_rsz: str | Unset = UNSET
    student: NewDimonaStudent | Unset = UNSET
    activity_with_risk: int | Unset = UNSET
    worker_status: NewDimonaWorkerStatus | Unset = UNSET
    employment_nature: NewDimonaEmploymentNature | Unset = UNSET
    dimona_period_id: float | Unset = UNSET
    ending_date: str | Unset = UNSET
    starting_hour: str | Unset = UNSET
    ending_hour: str | Unset = UNSET
    starting_hour_2: str | Unset = UNSET
    ending_hour_2: str | Unset = UNSET
    first_month_c32a_nbr: float | Unset = UNSET
    next_month_c32a_nbr: float | Unset = UNSET
    planned_hours_nbr: int | Unset = UNSET
    using_data: None | Unset | UsingData = UNSET
    receipt: float | Unset = UNSET
    joint_commission_nbr: str | Unset = UNSET
    worker_type: str | Unset = UNSET
    last_action: str | Unset = UNSET
    exceeding_hours_nbr: int | Unset = UNSET
    quota_exceeded: NewDimonaQuotaExceeded | Unset = UNSET
    belated: NewDimonaBelated | Unset = UNSET
    status: NewDimonaStatus | Unset = UNSET
    error: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.using_data import UsingData  # noqa: PLC0415

        nature_declaration = self.nature_declaration.value

        email = self.email

        starting_date = self.starting_date

        contract_type: str | Unset = UNSET
        if not isinstance(self.contract_type, Unset):
            contract_type = self.contract_type.value

        name = self.name

        firstname = self.firstname

        initial = self.initial

        inss = self.inss

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        birthdate = self.birthdate

        birthplace = self.birthplace

        birthplace_country = self.birthplace_country

        nationality = self.nationality

        street = self.street

        house_number = self.house_number

        post_box = self.post_box

        zip_code = self.zip_code

        city = self.city

        country = self.country

        cat_rsz = self.cat_rsz

        student: str | Unset = UNSET
        if not isinstance(self.student, Unset):
            student = self.student.value

        activity_with_risk = self.activity_with_risk

        worker_status: str | Unset = UNSET
        if not isinstance(self.worker_status, Unset):
            worker_status = self.worker_status.value

        employment_nature: str | Unset = UNSET
        if not isinstance(self.employment_nature, Unset):
            employment_nature = self.employment_nature.value

        dimona_period_id = self.dimona_period_id

        ending_date = self.ending_date

        starting_hour = self.starting_hour

        ending_hour = self.ending_hour

        starting_hour_2 = self.starting_hour_2

        ending_hour_2 = self.ending_hour_2

        first_month_c32a_nbr = self.first_month_c32a_nbr

        next_month_c32a_nbr = self.next_month_c32a_nbr

        planned_hours_nbr = self.planned_hours_nbr

        using_data: dict[str, Any] | None | Unset
        if isinstance(self.using_data, Unset):
            using_data = UNSET
        elif isinstance(self.using_data, UsingData):
            using_data = self.using_data.to_dict()
        else:
            using_data = self.using_data

        receipt = self.receipt

        joint_commission_nbr = self.joint_commission_nbr

        worker_type = self.worker_type

        last_action = self.last_action

        exceeding_hours_nbr = self.exceeding_hours_nbr

        quota_exceeded: str | Unset = UNSET
        if not isinstance(self.quota_exceeded, Unset):
            quota_exceeded = self.quota_exceeded.value

        belated: str | Unset = UNSET
        if not isinstance(self.belated, Unset):
            belated = self.belated.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "NatureDeclaration": nature_declaration,
                "Email": email,
                "StartingDate": starting_date,
            }
        )
        if contract_type is not UNSET:
            field_dict["ContractType"] = contract_type
        if name is not UNSET:
            field_dict["Name"] = name
        if firstname is not UNSET:
            field_dict["Firstname"] = firstname
        if initial is not UNSET:
            field_dict["Initial"] = initial
        if inss is not UNSET:
            field_dict["INSS"] = inss
        if sex is not UNSET:
            field_dict["Sex"] = sex
        if birthdate is not UNSET:
            field_dict["Birthdate"] = birthdate
        if birthplace is not UNSET:
            field_dict["Birthplace"] = birthplace
        if birthplace_country is not UNSET:
            field_dict["BirthplaceCountry"] = birthplace_country
        if nationality is not UNSET:
            field_dict["Nationality"] = nationality
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
        if cat_rsz is not UNSET:
            field_dict["CatRSZ"] = cat_rsz
        if student is not UNSET:
            field_dict["Student"] = student
        if activity_with_risk is not UNSET:
            field_dict["ActivityWithRisk"] = activity_with_risk
        if worker_status is not UNSET:
            field_dict["WorkerStatus"] = worker_status
        if employment_nature is not UNSET:
            field_dict["EmploymentNature"] = employment_nature
        if dimona_period_id is not UNSET:
            field_dict["DimonaPeriodId"] = dimona_period_id
        if ending_date is not UNSET:
            field_dict["EndingDate"] = ending_date
        if starting_hour is not UNSET:
            field_dict["StartingHour"] = starting_hour
        if ending_hour is not UNSET:
            field_dict["EndingHour"] = ending_hour
        if starting_hour_2 is not UNSET:
            field_dict["StartingHour2"] = starting_hour_2
        if ending_hour_2 is not UNSET:
            field_dict["EndingHour2"] = ending_hour_2
        if first_month_c32a_nbr is not UNSET:
            field_dict["FirstMonthC32ANbr"] = first_month_c32a_nbr
        if next_month_c32a_nbr is not UNSET:
            field_dict["NextMonthC32ANbr"] = next_month_c32a_nbr
        if planned_hours_nbr is not UNSET:
            field_dict["PlannedHoursNbr"] = planned_hours_nbr
        if using_data is not UNSET:
            field_dict["UsingData"] = using_data
        if receipt is not UNSET:
            field_dict["Receipt"] = receipt
        if joint_commission_nbr is not UNSET:
            field_dict["JointCommissionNbr"] = joint_commission_nbr
        if worker_type is not UNSET:
            field_dict["WorkerType"] = worker_type
        if last_action is not UNSET:
            field_dict["LastAction"] = last_action
        if exceeding_hours_nbr is not UNSET:
            field_dict["ExceedingHoursNbr"] = exceeding_hours_nbr
        if quota_exceeded is not UNSET:
            field_dict["QuotaExceeded"] = quota_exceeded
        if belated is not UNSET:
            field_dict["Belated"] = belated
        if status is not UNSET:
            field_dict["Status"] = status
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.using_data import UsingData  # noqa: PLC0415

        d = dict(src_dict)
        nature_declaration = NewDimonaNatureDeclaration(d.pop("NatureDeclaration"))

        email = d.pop("Email")

        starting_date = d.pop("StartingDate")

        _contract_type = d.pop("ContractType", UNSET)
        contract_type: NewDimonaContractType | Unset
        if isinstance(_contract_type, Unset):
            contract_type = UNSET
        else:
            contract_type = NewDimonaContractType(_contract_type)

        name = d.pop("Name", UNSET)

        firstname = d.pop("Firstname", UNSET)

        initial = d.pop("Initial", UNSET)

        inss = d.pop("INSS", UNSET)

        _sex = d.pop("Sex", UNSET)
        sex: NewDimonaSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = NewDimonaSex(_sex)

        birthdate = d.pop("Birthdate", UNSET)

        birthplace = d.pop("Birthplace", UNSET)

        birthplace_country = d.pop("BirthplaceCountry", UNSET)

        nationality = d.pop("Nationality", UNSET)

        street = d.pop("Street", UNSET)

        house_number = d.pop("HouseNumber", UNSET)

        post_box = d.pop("PostBox", UNSET)

        zip_code = d.pop("ZIPCode", UNSET)

        city = d.pop("City", UNSET)

        country = d.pop("Country", UNSET)

        cat_rsz = d.pop("CatRSZ", UNSET)

        _student = d.pop("Student", UNSET)
        student: NewDimonaStudent | Unset
        if isinstance(_student, Unset):
            student = UNSET
        else:
            student = NewDimonaStudent(_student)

        activity_with_risk = d.pop("ActivityWithRisk", UNSET)

        _worker_status = d.pop("WorkerStatus", UNSET)
        worker_status: NewDimonaWorkerStatus | Unset
        if isinstance(_worker_status, Unset):
            worker_status = UNSET
        else:
            worker_status = NewDimonaWorkerStatus(_worker_status)

        _employment_nature = d.pop("EmploymentNature", UNSET)
        employment_nature: NewDimonaEmploymentNature | Unset
        if isinstance(_employment_nature, Unset):
            employment_nature = UNSET
        else:
            employment_nature = NewDimonaEmploymentNature(_employment_nature)

        dimona_period_id = d.pop("DimonaPeriodId", UNSET)

        ending_date = d.pop("EndingDate", UNSET)

        starting_hour = d.pop("StartingHour", UNSET)

        ending_hour = d.pop("EndingHour", UNSET)

        starting_hour_2 = d.pop("StartingHour2", UNSET)

        ending_hour_2 = d.pop("EndingHour2", UNSET)

        first_month_c32a_nbr = d.pop("FirstMonthC32ANbr", UNSET)

        next_month_c32a_nbr = d.pop("NextMonthC32ANbr", UNSET)

        planned_hours_nbr = d.pop("PlannedHoursNbr", UNSET)

        def _parse_using_data(data: object) -> None | Unset | UsingData:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                using_data_type_0 = UsingData.from_dict(data)

                return using_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UsingData, data)

        using_data = _parse_using_data(d.pop("UsingData", UNSET))

        receipt = d.pop("Receipt", UNSET)

        joint_commission_nbr = d.pop("JointCommissionNbr", UNSET)

        worker_type = d.pop("WorkerType", UNSET)

        last_action = d.pop("LastAction", UNSET)

        exceeding_hours_nbr = d.pop("ExceedingHoursNbr", UNSET)

        _quota_exceeded = d.pop("QuotaExceeded", UNSET)
        quota_exceeded: NewDimonaQuotaExceeded | Unset
        if isinstance(_quota_exceeded, Unset):
            quota_exceeded = UNSET
        else:
            quota_exceeded = NewDimonaQuotaExceeded(_quota_exceeded)

        _belated = d.pop("Belated", UNSET)
        belated: NewDimonaBelated | Unset
        if isinstance(_belated, Unset):
            belated = UNSET
        else:
            belated = NewDimonaBelated(_belated)

        _status = d.pop("Status", UNSET)
        status: NewDimonaStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = NewDimonaStatus(_status)

        error = d.pop("Error", UNSET)

        new_dimona = cls(
            nature_declaration=nature_declaration,
            email=email,
            starting_date=starting_date,
            contract_type=contract_type,
            name=name,
            firstname=firstname,
            initial=initial,
            inss=inss,
            sex=sex,
            birthdate=birthdate,
            birthplace=birthplace,
            birthplace_country=birthplace_country,
            nationality=nationality,
            street=street,
            house_number=house_number,
            post_box=post_box,
            zip_code=zip_code,
            city=city,
            country=country,
            cat_rsz=cat_rsz,
            student=student,
            activity_with_risk=activity_with_risk,
            worker_status=worker_status,
            employment_nature=employment_nature,
            dimona_period_id=dimona_period_id,
            ending_date=ending_date,
            starting_hour=starting_hour,
            ending_hour=ending_hour,
            starting_hour_2=starting_hour_2,
            ending_hour_2=ending_hour_2,
            first_month_c32a_nbr=first_month_c32a_nbr,
            next_month_c32a_nbr=next_month_c32a_nbr,
            planned_hours_nbr=planned_hours_nbr,
            using_data=using_data,
            receipt=receipt,
            joint_commission_nbr=joint_commission_nbr,
            worker_type=worker_type,
            last_action=last_action,
            exceeding_hours_nbr=exceeding_hours_nbr,
            quota_exceeded=quota_exceeded,
            belated=belated,
            status=status,
            error=error,
        )

        return new_dimona
