from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.worker_education import WorkerEducation
from ..models.worker_language import WorkerLanguage
from ..models.worker_pay_way import WorkerPayWay
from ..models.worker_sex import WorkerSex
from ..models.worker_travel_expenses import WorkerTravelExpenses
from ..types import UNSET, Unset

T = TypeVar("T", bound="Worker")


@_attrs_define
class Worker:
    """Personal data of a worker

    Attributes:
        name (str):
        firstname (str):
        initial (str | Unset):
        inss (float | Unset): National register (or BIS) number: 11 digits with a valid mod-97 check (the 2000+ rule
            included). The vendor types it as a number: the client accepts a string or an integer and sends the number.
        sex (WorkerSex | Unset): The values the vendor schema lists for `Worker.Sex`.
        birthdate (str | Unset):
        birthplace_zip_code (str | Unset):
        birthplace (str | Unset):
        birthplace_country (str | Unset):  Default: '00150'.
        nationality (str | Unset):  Default: '00150'.
        language (WorkerLanguage | Unset): The values the vendor schema lists for `Worker.Language`.
        pay_way (WorkerPayWay | Unset): The values the vendor schema lists for `Worker.PayWay`.
        bank_account (str | Unset): IBAN (ISO 13616, mod-97 checked; spaces are accepted on input and removed before
            sending), or empty.
        bic_code (str | Unset):
        id (str | Unset):
        id_type (str | Unset):
        id_valid_until (str | Unset):
        driver_license (str | Unset):
        driver_category (str | Unset):
        number_plate (str | Unset):
        fuel_card (str | Unset):
        education (WorkerEducation | Unset): The values the vendor schema lists for `Worker.Education`.
        profession (str | Unset):
        e_health_insurance (int | Unset):
        e_health_insurance_reference (str | Unset):
        accident_insurance (int | Unset):
        medical_center (int | Unset):
        medical_center_reference (str | Unset):
        external_id (str | Unset):
        interim_from (str | Unset):
        interim_to (str | Unset):
        travel_expenses (WorkerTravelExpenses | Unset): The values the vendor schema lists for `Worker.TravelExpenses`.
        salary_code_travel_expenses (int | Unset):
    """

    name: str
    firstname: str
    initial: str | Unset = UNSET
    inss: float | Unset = UNSET
    sex: WorkerSex | Unset = UNSET
    birthdate: str | Unset = UNSET
    birthplace_zip_code: str | Unset = UNSET
    birthplace: str | Unset = UNSET
    birthplace_country: str | Unset = "00150"
    nationality: str | Unset = "00150"
    language: WorkerLanguage | Unset = UNSET
    pay_way: WorkerPayWay | Unset = UNSET
    bank_account: str | Unset = UNSET
    bic_code: str | Unset = UNSET
    id: str | Unset = UNSET
    id_type: str | Unset = UNSET
    id_valid_until: str | Unset = UNSET
    driver_license: str | Unset = UNSET
    driver_category: str | Unset = UNSET
    number_plate: str | Unset = UNSET
    fuel_card: str | Unset = UNSET
    education: WorkerEducation | Unset = UNSET
    profession: str | Unset = UNSET
    e_health_insurance: int | Unset = UNSET
    e_health_insurance_reference: str | Unset = UNSET
    accident_insurance: int | Unset = UNSET
    medical_center: int | Unset = UNSET
    medical_center_reference: str | Unset = UNSET
    external_id: str | Unset = UNSET
    interim_from: str | Unset = UNSET
    interim_to: str | Unset = UNSET
    travel_expenses: WorkerTravelExpenses | Unset = UNSET
    salary_code_travel_expenses: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        firstname = self.firstname

        initial = self.initial

        inss = self.inss

        sex: str | Unset = UNSET
        if not isinstance(self.sex, Unset):
            sex = self.sex.value

        birthdate = self.birthdate

        birthplace_zip_code = self.birthplace_zip_code

        birthplace = self.birthplace

        birthplace_country = self.birthplace_country

        nationality = self.nationality

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        pay_way: str | Unset = UNSET
        if not isinstance(self.pay_way, Unset):
            pay_way = self.pay_way.value

        bank_account = self.bank_account

        bic_code = self.bic_code

        id = self.id

        id_type = self.id_type

        id_valid_until = self.id_valid_until

        driver_license = self.driver_license

        driver_category = self.driver_category

        number_plate = self.number_plate

        fuel_card = self.fuel_card

        education: str | Unset = UNSET
        if not isinstance(self.education, Unset):
            education = self.education.value

        profession = self.profession

        e_health_insurance = self.e_health_insurance

        e_health_insurance_reference = self.e_health_insurance_reference

        accident_insurance = self.accident_insurance

        medical_center = self.medical_center

        medical_center_reference = self.medical_center_reference

        external_id = self.external_id

        interim_from = self.interim_from

        interim_to = self.interim_to

        travel_expenses: str | Unset = UNSET
        if not isinstance(self.travel_expenses, Unset):
            travel_expenses = self.travel_expenses.value

        salary_code_travel_expenses = self.salary_code_travel_expenses

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Name": name,
                "Firstname": firstname,
            }
        )
        if initial is not UNSET:
            field_dict["Initial"] = initial
        if inss is not UNSET:
            field_dict["INSS"] = inss
        if sex is not UNSET:
            field_dict["Sex"] = sex
        if birthdate is not UNSET:
            field_dict["Birthdate"] = birthdate
        if birthplace_zip_code is not UNSET:
            field_dict["BirthplaceZIPCode"] = birthplace_zip_code
        if birthplace is not UNSET:
            field_dict["Birthplace"] = birthplace
        if birthplace_country is not UNSET:
            field_dict["BirthplaceCountry"] = birthplace_country
        if nationality is not UNSET:
            field_dict["Nationality"] = nationality
        if language is not UNSET:
            field_dict["Language"] = language
        if pay_way is not UNSET:
            field_dict["PayWay"] = pay_way
        if bank_account is not UNSET:
            field_dict["BankAccount"] = bank_account
        if bic_code is not UNSET:
            field_dict["BICCode"] = bic_code
        if id is not UNSET:
            field_dict["ID"] = id
        if id_type is not UNSET:
            field_dict["IDType"] = id_type
        if id_valid_until is not UNSET:
            field_dict["IDValidUntil"] = id_valid_until
        if driver_license is not UNSET:
            field_dict["DriverLicense"] = driver_license
        if driver_category is not UNSET:
            field_dict["DriverCategory"] = driver_category
        if number_plate is not UNSET:
            field_dict["NumberPlate"] = number_plate
        if fuel_card is not UNSET:
            field_dict["FuelCard"] = fuel_card
        if education is not UNSET:
            field_dict["Education"] = education
        if profession is not UNSET:
            field_dict["Profession"] = profession
        if e_health_insurance is not UNSET:
            field_dict["EHealthInsurance"] = e_health_insurance
        if e_health_insurance_reference is not UNSET:
            field_dict["EHealthInsuranceReference"] = e_health_insurance_reference
        if accident_insurance is not UNSET:
            field_dict["AccidentInsurance"] = accident_insurance
        if medical_center is not UNSET:
            field_dict["MedicalCenter"] = medical_center
        if medical_center_reference is not UNSET:
            field_dict["MedicalCenterReference"] = medical_center_reference
        if external_id is not UNSET:
            field_dict["ExternalID"] = external_id
        if interim_from is not UNSET:
            field_dict["InterimFrom"] = interim_from
        if interim_to is not UNSET:
            field_dict["InterimTo"] = interim_to
        if travel_expenses is not UNSET:
            field_dict["TravelExpenses"] = travel_expenses
        if salary_code_travel_expenses is not UNSET:
            field_dict["SalaryCodeTravelExpenses"] = salary_code_travel_expenses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        firstname = d.pop("Firstname")

        initial = d.pop("Initial", UNSET)

        inss = d.pop("INSS", UNSET)

        _sex = d.pop("Sex", UNSET)
        sex: WorkerSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = WorkerSex(_sex)

        birthdate = d.pop("Birthdate", UNSET)

        birthplace_zip_code = d.pop("BirthplaceZIPCode", UNSET)

        birthplace = d.pop("Birthplace", UNSET)

        birthplace_country = d.pop("BirthplaceCountry", UNSET)

        nationality = d.pop("Nationality", UNSET)

        _language = d.pop("Language", UNSET)
        language: WorkerLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = WorkerLanguage(_language)

        _pay_way = d.pop("PayWay", UNSET)
        pay_way: WorkerPayWay | Unset
        if isinstance(_pay_way, Unset):
            pay_way = UNSET
        else:
            pay_way = WorkerPayWay(_pay_way)

        bank_account = d.pop("BankAccount", UNSET)

        bic_code = d.pop("BICCode", UNSET)

        id = d.pop("ID", UNSET)

        id_type = d.pop("IDType", UNSET)

        id_valid_until = d.pop("IDValidUntil", UNSET)

        driver_license = d.pop("DriverLicense", UNSET)

        driver_category = d.pop("DriverCategory", UNSET)

        number_plate = d.pop("NumberPlate", UNSET)

        fuel_card = d.pop("FuelCard", UNSET)

        _education = d.pop("Education", UNSET)
        education: WorkerEducation | Unset
        if isinstance(_education, Unset):
            education = UNSET
        else:
            education = WorkerEducation(_education)

        profession = d.pop("Profession", UNSET)

        e_health_insurance = d.pop("EHealthInsurance", UNSET)

        e_health_insurance_reference = d.pop("EHealthInsuranceReference", UNSET)

        accident_insurance = d.pop("AccidentInsurance", UNSET)

        medical_center = d.pop("MedicalCenter", UNSET)

        medical_center_reference = d.pop("MedicalCenterReference", UNSET)

        external_id = d.pop("ExternalID", UNSET)

        interim_from = d.pop("InterimFrom", UNSET)

        interim_to = d.pop("InterimTo", UNSET)

        _travel_expenses = d.pop("TravelExpenses", UNSET)
        travel_expenses: WorkerTravelExpenses | Unset
        if isinstance(_travel_expenses, Unset):
            travel_expenses = UNSET
        else:
            travel_expenses = WorkerTravelExpenses(_travel_expenses)

        salary_code_travel_expenses = d.pop("SalaryCodeTravelExpenses", UNSET)

        worker = cls(
            name=name,
            firstname=firstname,
            initial=initial,
            inss=inss,
            sex=sex,
            birthdate=birthdate,
            birthplace_zip_code=birthplace_zip_code,
            birthplace=birthplace,
            birthplace_country=birthplace_country,
            nationality=nationality,
            language=language,
            pay_way=pay_way,
            bank_account=bank_account,
            bic_code=bic_code,
            id=id,
            id_type=id_type,
            id_valid_until=id_valid_until,
            driver_license=driver_license,
            driver_category=driver_category,
            number_plate=number_plate,
            fuel_card=fuel_card,
            education=education,
            profession=profession,
            e_health_insurance=e_health_insurance,
            e_health_insurance_reference=e_health_insurance_reference,
            accident_insurance=accident_insurance,
            medical_center=medical_center,
            medical_center_reference=medical_center_reference,
            external_id=external_id,
            interim_from=interim_from,
            interim_to=interim_to,
            travel_expenses=travel_expenses,
            salary_code_travel_expenses=salary_code_travel_expenses,
        )

        return worker
