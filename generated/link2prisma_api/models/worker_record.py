from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_worker_education import AddWorkerEducation
from ..models.add_worker_language import AddWorkerLanguage
from ..models.add_worker_pay_way import AddWorkerPayWay
from ..models.add_worker_sex import AddWorkerSex
from ..models.add_worker_travel_expenses import AddWorkerTravelExpenses
from ..models.add_worker_type_of_travel_expenses import AddWorkerTypeOfTravelExpenses
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_worker_address_record import AddWorkerAddressRecord
    from ..models.add_worker_communication_record import AddWorkerCommunicationRecord
    from ..models.add_worker_contract_record import AddWorkerContractRecord
    from ..models.add_worker_family_status_record import AddWorkerFamilyStatusRecord
    from ..models.add_worker_replacement_record import AddWorkerReplacementRecord
    from ..models.add_worker_tax_record import AddWorkerTaxRecord


T = TypeVar("T", bound="WorkerRecord")


@_attrs_define
class WorkerRecord:
    """A worker as read back, with its histories

    Attributes:
        worker_number (int | Unset):
        address (list[AddWorkerAddressRecord | None] | Unset):
        family_status (list[AddWorkerFamilyStatusRecord | None] | Unset):
        communication (list[AddWorkerCommunicationRecord | None] | Unset):
        contract (list[AddWorkerContractRecord | None] | Unset):
        tax (list[AddWorkerTaxRecord | None] | Unset):
        replacement (list[AddWorkerReplacementRecord | None] | Unset):
        name (str | Unset):
        firstname (str | Unset):
        initial (str | Unset):
        inss (str | Unset): National register (or BIS) number, always 11 digits: the server sends a number, which loses
            the leading 0 of people born from 2000; the client reads it back as this string.
        sex (AddWorkerSex | str | Unset):
        birthdate (str | Unset):
        birthplace_zip_code (str | Unset):
        birthplace (str | Unset):
        birthplace_country (str | Unset):  Default: '00150'.
        nationality (str | Unset):  Default: '00150'.
        language (AddWorkerLanguage | str | Unset):
        pay_way (AddWorkerPayWay | str | Unset):
        bank_account (str | Unset):
        bic_code (str | Unset):
        id (str | Unset):
        id_type (str | Unset):
        id_valid_until (str | Unset):
        driver_license (str | Unset):
        driver_category (str | Unset):
        number_plate (str | Unset):
        fuel_card (str | Unset):
        education (AddWorkerEducation | str | Unset):
        profession (str | Unset):
        e_health_insurance (int | Unset):
        e_health_insurance_reference (str | Unset):
        accident_insurance (int | Unset):
        medical_center (int | Unset):
        medical_center_reference (str | Unset):
        external_id (str | Unset):
        interim_from (str | Unset):
        interim_to (str | Unset):
        travel_expenses (AddWorkerTravelExpenses | str | Unset):
        type_of_travel_expenses (AddWorkerTypeOfTravelExpenses | str | Unset):
        salary_code_travel_expenses (int | Unset):
    """

    worker_number: int | Unset = UNSET
    address: list[AddWorkerAddressRecord | None] | Unset = UNSET
    family_status: list[AddWorkerFamilyStatusRecord | None] | Unset = UNSET
    communication: list[AddWorkerCommunicationRecord | None] | Unset = UNSET
    contract: list[AddWorkerContractRecord | None] | Unset = UNSET
    tax: list[AddWorkerTaxRecord | None] | Unset = UNSET
    replacement: list[AddWorkerReplacementRecord | None] | Unset = UNSET
    name: str | Unset = UNSET
    firstname: str | Unset = UNSET
    initial: str | Unset = UNSET
    inss: str | Unset = UNSET
    sex: AddWorkerSex | str | Unset = UNSET
    birthdate: str | Unset = UNSET
    birthplace_zip_code: str | Unset = UNSET
    birthplace: str | Unset = UNSET
    birthplace_country: str | Unset = "00150"
    nationality: str | Unset = "00150"
    language: AddWorkerLanguage | str | Unset = UNSET
    pay_way: AddWorkerPayWay | str | Unset = UNSET
    bank_account: str | Unset = UNSET
    bic_code: str | Unset = UNSET
    id: str | Unset = UNSET
    id_type: str | Unset = UNSET
    id_valid_until: str | Unset = UNSET
    driver_license: str | Unset = UNSET
    driver_category: str | Unset = UNSET
    number_plate: str | Unset = UNSET
    fuel_card: str | Unset = UNSET
    education: AddWorkerEducation | str | Unset = UNSET
    profession: str | Unset = UNSET
    e_health_insurance: int | Unset = UNSET
    e_health_insurance_reference: str | Unset = UNSET
    accident_insurance: int | Unset = UNSET
    medical_center: int | Unset = UNSET
    medical_center_reference: str | Unset = UNSET
    external_id: str | Unset = UNSET
    interim_from: str | Unset = UNSET
    interim_to: str | Unset = UNSET
    travel_expenses: AddWorkerTravelExpenses | str | Unset = UNSET
    type_of_travel_expenses: AddWorkerTypeOfTravelExpenses | str | Unset = UNSET
    salary_code_travel_expenses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.add_worker_address_record import AddWorkerAddressRecord  # noqa: PLC0415
        from ..models.add_worker_communication_record import AddWorkerCommunicationRecord  # noqa: PLC0415
        from ..models.add_worker_contract_record import AddWorkerContractRecord  # noqa: PLC0415
        from ..models.add_worker_family_status_record import AddWorkerFamilyStatusRecord  # noqa: PLC0415
        from ..models.add_worker_replacement_record import AddWorkerReplacementRecord  # noqa: PLC0415
        from ..models.add_worker_tax_record import AddWorkerTaxRecord  # noqa: PLC0415

        worker_number = self.worker_number

        address: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = []
            for address_item_data in self.address:
                address_item: dict[str, Any] | None
                if isinstance(address_item_data, AddWorkerAddressRecord):
                    address_item = address_item_data.to_dict()
                else:
                    address_item = address_item_data
                address.append(address_item)

        family_status: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.family_status, Unset):
            family_status = []
            for family_status_item_data in self.family_status:
                family_status_item: dict[str, Any] | None
                if isinstance(family_status_item_data, AddWorkerFamilyStatusRecord):
                    family_status_item = family_status_item_data.to_dict()
                else:
                    family_status_item = family_status_item_data
                family_status.append(family_status_item)

        communication: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.communication, Unset):
            communication = []
            for communication_item_data in self.communication:
                communication_item: dict[str, Any] | None
                if isinstance(communication_item_data, AddWorkerCommunicationRecord):
                    communication_item = communication_item_data.to_dict()
                else:
                    communication_item = communication_item_data
                communication.append(communication_item)

        contract: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.contract, Unset):
            contract = []
            for contract_item_data in self.contract:
                contract_item: dict[str, Any] | None
                if isinstance(contract_item_data, AddWorkerContractRecord):
                    contract_item = contract_item_data.to_dict()
                else:
                    contract_item = contract_item_data
                contract.append(contract_item)

        tax: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = []
            for tax_item_data in self.tax:
                tax_item: dict[str, Any] | None
                if isinstance(tax_item_data, AddWorkerTaxRecord):
                    tax_item = tax_item_data.to_dict()
                else:
                    tax_item = tax_item_data
                tax.append(tax_item)

        replacement: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.replacement, Unset):
            replacement = []
            for replacement_item_data in self.replacement:
                replacement_item: dict[str, Any] | None
                if isinstance(replacement_item_data, AddWorkerReplacementRecord):
                    replacement_item = replacement_item_data.to_dict()
                else:
                    replacement_item = replacement_item_data
                replacement.append(replacement_item)

        name = self.name

        firstname = self.firstname

        initial = self.initial

        inss = self.inss

        sex: str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        elif isinstance(self.sex, AddWorkerSex):
            sex = self.sex.value
        else:
            sex = self.sex

        birthdate = self.birthdate

        birthplace_zip_code = self.birthplace_zip_code

        birthplace = self.birthplace

        birthplace_country = self.birthplace_country

        nationality = self.nationality

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, AddWorkerLanguage):
            language = self.language.value
        else:
            language = self.language

        pay_way: str | Unset
        if isinstance(self.pay_way, Unset):
            pay_way = UNSET
        elif isinstance(self.pay_way, AddWorkerPayWay):
            pay_way = self.pay_way.value
        else:
            pay_way = self.pay_way

        bank_account = self.bank_account

        bic_code = self.bic_code

        id = self.id

        id_type = self.id_type

        id_valid_until = self.id_valid_until

        driver_license = self.driver_license

        driver_category = self.driver_category

        number_plate = self.number_plate

        fuel_card = self.fuel_card

        education: str | Unset
        if isinstance(self.education, Unset):
            education = UNSET
        elif isinstance(self.education, AddWorkerEducation):
            education = self.education.value
        else:
            education = self.education

        profession = self.profession

        e_health_insurance = self.e_health_insurance

        e_health_insurance_reference = self.e_health_insurance_reference

        accident_insurance = self.accident_insurance

        medical_center = self.medical_center

        medical_center_reference = self.medical_center_reference

        external_id = self.external_id

        interim_from = self.interim_from

        interim_to = self.interim_to

        travel_expenses: str | Unset
        if isinstance(self.travel_expenses, Unset):
            travel_expenses = UNSET
        elif isinstance(self.travel_expenses, AddWorkerTravelExpenses):
            travel_expenses = self.travel_expenses.value
        else:
            travel_expenses = self.travel_expenses

        type_of_travel_expenses: str | Unset
        if isinstance(self.type_of_travel_expenses, Unset):
            type_of_travel_expenses = UNSET
        elif isinstance(self.type_of_travel_expenses, AddWorkerTypeOfTravelExpenses):
            type_of_travel_expenses = self.type_of_travel_expenses.value
        else:
            type_of_travel_expenses = self.type_of_travel_expenses

        salary_code_travel_expenses = self.salary_code_travel_expenses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worker_number is not UNSET:
            field_dict["WorkerNumber"] = worker_number
        if address is not UNSET:
            field_dict["address"] = address
        if family_status is not UNSET:
            field_dict["FamilyStatus"] = family_status
        if communication is not UNSET:
            field_dict["Communication"] = communication
        if contract is not UNSET:
            field_dict["contract"] = contract
        if tax is not UNSET:
            field_dict["Tax"] = tax
        if replacement is not UNSET:
            field_dict["Replacement"] = replacement
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
        from ..models.add_worker_address_record import AddWorkerAddressRecord  # noqa: PLC0415
        from ..models.add_worker_communication_record import AddWorkerCommunicationRecord  # noqa: PLC0415
        from ..models.add_worker_contract_record import AddWorkerContractRecord  # noqa: PLC0415
        from ..models.add_worker_family_status_record import AddWorkerFamilyStatusRecord  # noqa: PLC0415
        from ..models.add_worker_replacement_record import AddWorkerReplacementRecord  # noqa: PLC0415
        from ..models.add_worker_tax_record import AddWorkerTaxRecord  # noqa: PLC0415

        d = dict(src_dict)
        worker_number = d.pop("WorkerNumber", UNSET)

        _address = d.pop("address", UNSET)
        address: list[AddWorkerAddressRecord | None] | Unset = UNSET
        if _address is not UNSET:
            address = []
            for address_item_data in _address:

                def _parse_address_item(data: object) -> AddWorkerAddressRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        address_item_type_0 = AddWorkerAddressRecord.from_dict(data)

                        return address_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerAddressRecord | None, data)

                address_item = _parse_address_item(address_item_data)

                address.append(address_item)

        _family_status = d.pop("FamilyStatus", UNSET)
        family_status: list[AddWorkerFamilyStatusRecord | None] | Unset = UNSET
        if _family_status is not UNSET:
            family_status = []
            for family_status_item_data in _family_status:

                def _parse_family_status_item(data: object) -> AddWorkerFamilyStatusRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        family_status_item_type_0 = AddWorkerFamilyStatusRecord.from_dict(data)

                        return family_status_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerFamilyStatusRecord | None, data)

                family_status_item = _parse_family_status_item(family_status_item_data)

                family_status.append(family_status_item)

        _communication = d.pop("Communication", UNSET)
        communication: list[AddWorkerCommunicationRecord | None] | Unset = UNSET
        if _communication is not UNSET:
            communication = []
            for communication_item_data in _communication:

                def _parse_communication_item(data: object) -> AddWorkerCommunicationRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        communication_item_type_0 = AddWorkerCommunicationRecord.from_dict(data)

                        return communication_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerCommunicationRecord | None, data)

                communication_item = _parse_communication_item(communication_item_data)

                communication.append(communication_item)

        _contract = d.pop("contract", UNSET)
        contract: list[AddWorkerContractRecord | None] | Unset = UNSET
        if _contract is not UNSET:
            contract = []
            for contract_item_data in _contract:

                def _parse_contract_item(data: object) -> AddWorkerContractRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        contract_item_type_0 = AddWorkerContractRecord.from_dict(data)

                        return contract_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerContractRecord | None, data)

                contract_item = _parse_contract_item(contract_item_data)

                contract.append(contract_item)

        _tax = d.pop("Tax", UNSET)
        tax: list[AddWorkerTaxRecord | None] | Unset = UNSET
        if _tax is not UNSET:
            tax = []
            for tax_item_data in _tax:

                def _parse_tax_item(data: object) -> AddWorkerTaxRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tax_item_type_0 = AddWorkerTaxRecord.from_dict(data)

                        return tax_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerTaxRecord | None, data)

                tax_item = _parse_tax_item(tax_item_data)

                tax.append(tax_item)

        _replacement = d.pop("Replacement", UNSET)
        replacement: list[AddWorkerReplacementRecord | None] | Unset = UNSET
        if _replacement is not UNSET:
            replacement = []
            for replacement_item_data in _replacement:

                def _parse_replacement_item(data: object) -> AddWorkerReplacementRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        replacement_item_type_0 = AddWorkerReplacementRecord.from_dict(data)

                        return replacement_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AddWorkerReplacementRecord | None, data)

                replacement_item = _parse_replacement_item(replacement_item_data)

                replacement.append(replacement_item)

        name = d.pop("Name", UNSET)

        firstname = d.pop("Firstname", UNSET)

        initial = d.pop("Initial", UNSET)

        inss = d.pop("INSS", UNSET)

        def _parse_sex(data: object) -> AddWorkerSex | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = AddWorkerSex(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerSex | str | Unset, data)

        sex = _parse_sex(d.pop("Sex", UNSET))

        birthdate = d.pop("Birthdate", UNSET)

        birthplace_zip_code = d.pop("BirthplaceZIPCode", UNSET)

        birthplace = d.pop("Birthplace", UNSET)

        birthplace_country = d.pop("BirthplaceCountry", UNSET)

        nationality = d.pop("Nationality", UNSET)

        def _parse_language(data: object) -> AddWorkerLanguage | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = AddWorkerLanguage(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerLanguage | str | Unset, data)

        language = _parse_language(d.pop("Language", UNSET))

        def _parse_pay_way(data: object) -> AddWorkerPayWay | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pay_way_type_0 = AddWorkerPayWay(data)

                return pay_way_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerPayWay | str | Unset, data)

        pay_way = _parse_pay_way(d.pop("PayWay", UNSET))

        bank_account = d.pop("BankAccount", UNSET)

        bic_code = d.pop("BICCode", UNSET)

        id = d.pop("ID", UNSET)

        id_type = d.pop("IDType", UNSET)

        id_valid_until = d.pop("IDValidUntil", UNSET)

        driver_license = d.pop("DriverLicense", UNSET)

        driver_category = d.pop("DriverCategory", UNSET)

        number_plate = d.pop("NumberPlate", UNSET)

        fuel_card = d.pop("FuelCard", UNSET)

        def _parse_education(data: object) -> AddWorkerEducation | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                education_type_0 = AddWorkerEducation(data)

                return education_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerEducation | str | Unset, data)

        education = _parse_education(d.pop("Education", UNSET))

        profession = d.pop("Profession", UNSET)

        e_health_insurance = d.pop("EHealthInsurance", UNSET)

        e_health_insurance_reference = d.pop("EHealthInsuranceReference", UNSET)

        accident_insurance = d.pop("AccidentInsurance", UNSET)

        medical_center = d.pop("MedicalCenter", UNSET)

        medical_center_reference = d.pop("MedicalCenterReference", UNSET)

        external_id = d.pop("ExternalID", UNSET)

        interim_from = d.pop("InterimFrom", UNSET)

        interim_to = d.pop("InterimTo", UNSET)

        def _parse_travel_expenses(data: object) -> AddWorkerTravelExpenses | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                travel_expenses_type_0 = AddWorkerTravelExpenses(data)

                return travel_expenses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerTravelExpenses | str | Unset, data)

        travel_expenses = _parse_travel_expenses(d.pop("TravelExpenses", UNSET))

        def _parse_type_of_travel_expenses(
            data: object,
        ) -> AddWorkerTypeOfTravelExpenses | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_of_travel_expenses_type_0 = AddWorkerTypeOfTravelExpenses(data)

                return type_of_travel_expenses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerTypeOfTravelExpenses | str | Unset, data)

        type_of_travel_expenses = _parse_type_of_travel_expenses(
            d.pop("TypeOfTravelExpenses", UNSET)
        )

        salary_code_travel_expenses = d.pop("SalaryCodeTravelExpenses", UNSET)

        worker_record = cls(
            worker_number=worker_number,
            address=address,
            family_status=family_status,
            communication=communication,
            contract=contract,
            tax=tax,
            replacement=replacement,
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
            type_of_travel_expenses=type_of_travel_expenses,
            salary_code_travel_expenses=salary_code_travel_expenses,
        )

        worker_record.additional_properties = d
        return worker_record

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
