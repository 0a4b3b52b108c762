from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.add_worker_education import AddWorkerEducation
from ..models.add_worker_language import AddWorkerLanguage
from ..models.add_worker_pay_way import AddWorkerPayWay
from ..models.add_worker_sex import AddWorkerSex
from ..models.add_worker_travel_expenses import AddWorkerTravelExpenses
from ..models.add_worker_type_of_travel_expenses import AddWorkerTypeOfTravelExpenses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_worker_address import AddWorkerAddress
    from ..models.add_worker_communication import AddWorkerCommunication
    from ..models.add_worker_contract import AddWorkerContract
    from ..models.add_worker_family_status import AddWorkerFamilyStatus
    from ..models.add_worker_replacement import AddWorkerReplacement
    from ..models.add_worker_tax import AddWorkerTax


T = TypeVar("T", bound="AddWorker")


@_attrs_define
class AddWorker:
    """Add a new worker

    Attributes:
        worker_number (int):
        address (list[AddWorkerAddress | None]):
        family_status (list[AddWorkerFamilyStatus | None]):
        contract (list[AddWorkerContract | None]):
        name (str):
        firstname (str):
        communication (list[AddWorkerCommunication | None] | Unset):
        tax (list[AddWorkerTax | None] | Unset):
        replacement (list[AddWorkerReplacement | None] | Unset):
        initial (str | Unset):
        inss (float | Unset): National register (or BIS) number: 11 digits with a valid mod-97 check (the 2000+ rule
            included). The vendor types it as a number: the client accepts a string or an integer and sends the number.
        sex (AddWorkerSex | Unset): The values the vendor schema lists for `AddWorker.Sex`.
        birthdate (str | Unset):
        birthplace_zip_code (str | Unset):
        birthplace (str | Unset):
        birthplace_country (str | Unset):  Default: '00150'.
        nationality (str | Unset):  Default: '00150'.
        language (AddWorkerLanguage | Unset): The values the vendor schema lists for `AddWorker.Language`.
        pay_way (AddWorkerPayWay | Unset): The values the vendor schema lists for `AddWorker.PayWay`.
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
        education (AddWorkerEducation | Unset): The values the vendor schema lists for `AddWorker.Education`.
        profession (str | Unset):
        e_health_insurance (int | Unset):
        e_health_insurance_reference (str | Unset):
        accident_insurance (int | Unset):
        medical_center (int | Unset):
        medical_center_reference (str | Unset):
        external_id (str | Unset):
        interim_from (str | Unset):
        interim_to (str | Unset):
        travel_expenses (AddWorkerTravelExpenses | Unset): The values the vendor schema lists for
            `AddWorker.TravelExpenses`.
        type_of_travel_expenses (AddWorkerTypeOfTravelExpenses | Unset): The values the vendor schema lists for
            `AddWorker.TypeOfTravelExpenses`.
        salary_code_travel_expenses (int | Unset):
    """

    worker_number: int
    address: list[AddWorkerAddress | None]
    family_status: list[AddWorkerFamilyStatus | None]
    contract: list[AddWorkerContract | None]
    name: str
    firstname: str
    communication: list[AddWorkerCommunication | None] | Unset = UNSET
    tax: list[AddWorkerTax | None] | Unset = UNSET
    replacement: list[AddWorkerReplacement | None] | Unset = UNSET
    initial: str | Unset = UNSET
    inss: float | Unset = UNSET
    sex: AddWorkerSex | Unset = UNSET
    birthdate: str | Unset = UNSET
    birthplace_zip_code: str | Unset = UNSET
    birthplace: str | Unset = UNSET
    birthplace_country: str | Unset = "00150"
    nationality: str | Unset = "00150"
    language: AddWorkerLanguage | Unset = UNSET
    pay_way: AddWorkerPayWay | Unset = UNSET
    bank_account: str | Unset = UNSET
    bic_code: str | Unset = UNSET
    id: str | Unset = UNSET
    id_type: str | Unset = UNSET
    id_valid_until: str | Unset = UNSET
    driver_license: str | Unset = UNSET
    driver_category: str | Unset = UNSET
    number_plate: str | Unset = UNSET
    fuel_card: str | Unset = UNSET
    education: AddWorkerEducation | Unset = UNSET
    profession: str | Unset = UNSET
    e_health_insurance: int | Unset = UNSET
    e_health_insurance_reference: str | Unset = UNSET
    accident_insurance: int | Unset = UNSET
    medical_center: int | Unset = UNSET
    medical_center_reference: str | Unset = UNSET
    external_id: str | Unset = UNSET
    interim_from: str | Unset = UNSET
    interim_to: str | Unset = UNSET
    travel_expenses: AddWorkerTravelExpenses | Unset = UNSET
    type_of_travel_expenses: AddWorkerTypeOfTravelExpenses | Unset = UNSET
    salary_code_travel_expenses: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_worker_address import AddWorkerAddress  # noqa: PLC0415
        from ..models.add_worker_communication import AddWorkerCommunication  # noqa: PLC0415
        from ..models.add_worker_contract import AddWorkerContract  # noqa: PLC0415
        from ..models.add_worker_family_status import AddWorkerFamilyStatus  # noqa: PLC0415
        from ..models.add_worker_replacement import AddWorkerReplacement  # noqa: PLC0415
        from ..models.add_worker_tax import AddWorkerTax  # noqa: PLC0415

        worker_number = self.worker_number

        address = []
        for address_item_data in self.address:
            address_item: dict[str, Any] | None
            if isinstance(address_item_data, AddWorkerAddress):
                address_item = address_item_data.to_dict()
            else:
                address_item = address_item_data
            address.append(address_item)

        family_status = []
        for family_status_item_data in self.family_status:
            family_status_item: dict[str, Any] | None
            if isinstance(family_status_item_data, AddWorkerFamilyStatus):
                family_status_item = family_status_item_data.to_dict()
            else:
                family_status_item = family_status_item_data
            family_status.append(family_status_item)

        contract = []
        for contract_item_data in self.contract:
            contract_item: dict[str, Any] | None
            if isinstance(contract_item_data, AddWorkerContract):
                contract_item = contract_item_data.to_dict()
            else:
                contract_item = contract_item_data
            contract.append(contract_item)

        name = self.name

        firstname = self.firstname

        communication: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.communication, Unset):
            communication = []
            for communication_item_data in self.communication:
                communication_item: dict[str, Any] | None
                if isinstance(communication_item_data, AddWorkerCommunication):
                    communication_item = communication_item_data.to_dict()
                else:
                    communication_item = communication_item_data
                communication.append(communication_item)

        tax: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = []
            for tax_item_data in self.tax:
                tax_item: dict[str, Any] | None
                if isinstance(tax_item_data, AddWorkerTax):
                    tax_item = tax_item_data.to_dict()
                else:
                    tax_item = tax_item_data
                tax.append(tax_item)

        replacement: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.replacement, Unset):
            replacement = []
            for replacement_item_data in self.replacement:
                replacement_item: dict[str, Any] | None
                if isinstance(replacement_item_data, AddWorkerReplacement):
                    replacement_item = replacement_item_data.to_dict()
                else:
                    replacement_item = replacement_item_data
                replacement.append(replacement_item)

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

        type_of_travel_expenses: str | Unset = UNSET
        if not isinstance(self.type_of_travel_expenses, Unset):
            type_of_travel_expenses = self.type_of_travel_expenses.value

        salary_code_travel_expenses = self.salary_code_travel_expenses

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "WorkerNumber": worker_number,
                "address": address,
                "FamilyStatus": family_status,
                "contract": contract,
                "Name": name,
                "Firstname": firstname,
            }
        )
        if communication is not UNSET:
            field_dict["Communication"] = communication
        if tax is not UNSET:
            field_dict["Tax"] = tax
        if replacement is not UNSET:
            field_dict["Replacement"] = replacement
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
        if type_of_travel_expenses is not UNSET:
            field_dict["TypeOfTravelExpenses"] = type_of_travel_expenses
        if salary_code_travel_expenses is not UNSET:
            field_dict["SalaryCodeTravelExpenses"] = salary_code_travel_expenses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_worker_address import AddWorkerAddress  # noqa: PLC0415
        from ..models.add_worker_communication import AddWorkerCommunication  # noqa: PLC0415
        from ..models.add_worker_contract import AddWorkerContract  # noqa: PLC0415
        from ..models.add_worker_family_status import AddWorkerFamilyStatus  # noqa: PLC0415
        from ..models.add_worker_replacement import AddWorkerReplacement  # noqa: PLC0415
        from ..models.add_worker_tax import AddWorkerTax  # noqa: PLC0415

        d = dict(src_dict)
        worker_number = d.pop("WorkerNumber")

        address = []
        _address = d.pop("address")
        for address_item_data in _address:

            def _parse_address_item(data: object) -> AddWorkerAddress | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    address_item_type_0 = AddWorkerAddress.from_dict(data)

                    return address_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AddWorkerAddress | None, data)

            address_item = _parse_address_item(address_item_data)

            address.append(address_item)

        family_status = []
        _family_status = d.pop("FamilyStatus")
        for family_status_item_data in _family_status:

            def _parse_family_status_item(data: object) -> AddWorkerFamilyStatus | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    family_status_item_type_0 = AddWorkerFamilyStatus.from_dict(data)

                    return family_status_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AddWorkerFamilyStatus | None, data)

            family_status_item = _parse_family_status_item(family_status_item_data)

            family_status.append(family_status_item)

        contract = []
        _contract = d.pop("contract")
        for contract_item_data in _contract:

            def _parse_contract_item(data: object) -> AddWorkerContract | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    contract_item_type_0 = AddWorkerContract.from_dict(data)

                    return contract_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AddWorkerContract | None, data)

            contract_item = _parse_contract_item(contract_item_data)

            contract.append(contract_item)

        name = d.pop("Name")

        firstname = d.pop("Firstname")

        _communication = d.pop("Communication", UNSET)
        communication: list[AddWorkerCommunication | None] | Unset = UNSET
        if _communication is not UNSET:
            communication = []
            for communication_item_data in _communication:

                def _parse_communication_item(data: object) -> AddWorkerCommunication | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        communication_item_type_0 = AddWorkerCommunication.from_dict(data)

                        return communication_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerCommunication | None, data)

                communication_item = _parse_communication_item(communication_item_data)

                communication.append(communication_item)

        _tax = d.pop("Tax", UNSET)
        tax: list[AddWorkerTax | None] | Unset = UNSET
        if _tax is not UNSET:
            tax = []
            for tax_item_data in _tax:

                def _parse_tax_item(data: object) -> AddWorkerTax | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tax_item_type_0 = AddWorkerTax.from_dict(data)

                        return tax_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerTax | None, data)

                tax_item = _parse_tax_item(tax_item_data)

                tax.append(tax_item)

        _replacement = d.pop("Replacement", UNSET)
        replacement: list[AddWorkerReplacement | None] | Unset = UNSET
        if _replacement is not UNSET:
            replacement = []
            for replacement_item_data in _replacement:

                def _parse_replacement_item(data: object) -> AddWorkerReplacement | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        replacement_item_type_0 = AddWorkerReplacement.from_dict(data)

                        return replacement_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerReplacement | None, data)

                replacement_item = _parse_replacement_item(replacement_item_data)

                replacement.append(replacement_item)

        initial = d.pop("Initial", UNSET)

        inss = d.pop("INSS", UNSET)

        _sex = d.pop("Sex", UNSET)
        sex: AddWorkerSex | Unset
        if isinstance(_sex, Unset):
            sex = UNSET
        else:
            sex = AddWorkerSex(_sex)

        birthdate = d.pop("Birthdate", UNSET)

        birthplace_zip_code = d.pop("BirthplaceZIPCode", UNSET)

        birthplace = d.pop("Birthplace", UNSET)

        birthplace_country = d.pop("BirthplaceCountry", UNSET)

        nationality = d.pop("Nationality", UNSET)

        _language = d.pop("Language", UNSET)
        language: AddWorkerLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = AddWorkerLanguage(_language)

        _pay_way = d.pop("PayWay", UNSET)
        pay_way: AddWorkerPayWay | Unset
        if isinstance(_pay_way, Unset):
            pay_way = UNSET
        else:
            pay_way = AddWorkerPayWay(_pay_way)

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
        education: AddWorkerEducation | Unset
        if isinstance(_education, Unset):
            education = UNSET
        else:
            education = AddWorkerEducation(_education)

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
        travel_expenses: AddWorkerTravelExpenses | Unset
        if isinstance(_travel_expenses, Unset):
            travel_expenses = UNSET
        else:
            travel_expenses = AddWorkerTravelExpenses(_travel_expenses)

        _type_of_travel_expenses = d.pop("TypeOfTravelExpenses", UNSET)
        type_of_travel_expenses: AddWorkerTypeOfTravelExpenses | Unset
        if isinstance(_type_of_travel_expenses, Unset):
            type_of_travel_expenses = UNSET
        else:
            type_of_travel_expenses = AddWorkerTypeOfTravelExpenses(_type_of_travel_expenses)

        salary_code_travel_expenses = d.pop("SalaryCodeTravelExpenses", UNSET)

        add_worker = cls(
            worker_number=worker_number,
            address=address,
            family_status=family_status,
            contract=contract,
            name=name,
            firstname=firstname,
            communication=communication,
            tax=tax,
            replacement=replacement,
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
            type_of_travel_expenses=type_of_travel_expenses,
            salary_code_travel_expenses=salary_code_travel_expenses,
        )

        return add_worker
