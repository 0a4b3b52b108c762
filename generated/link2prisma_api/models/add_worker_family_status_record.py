from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_worker_family_status_civil_status import AddWorkerFamilyStatusCivilStatus
from ..models.add_worker_family_status_spouse_handicapped import (
    AddWorkerFamilyStatusSpouseHandicapped,
)
from ..models.add_worker_family_status_spouse_profession import (
    AddWorkerFamilyStatusSpouseProfession,
)
from ..models.add_worker_family_status_spouse_sex import AddWorkerFamilyStatusSpouseSex
from ..models.add_worker_family_status_spouse_with_income import (
    AddWorkerFamilyStatusSpouseWithIncome,
)
from ..models.add_worker_family_status_worker_handicapped import (
    AddWorkerFamilyStatusWorkerHandicapped,
)
from ..models.add_worker_family_status_worker_single_with_children import (
    AddWorkerFamilyStatusWorkerSingleWithChildren,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddWorkerFamilyStatusRecord")


@_attrs_define
class AddWorkerFamilyStatusRecord:
    """
    Attributes:
        startdate (str | Unset):
        enddate (str | Unset):
        civil_status (AddWorkerFamilyStatusCivilStatus | str | Unset):
        worker_handicapped (AddWorkerFamilyStatusWorkerHandicapped | str | Unset):
        worker_single_with_children (AddWorkerFamilyStatusWorkerSingleWithChildren | str | Unset):
        spouse_with_income (AddWorkerFamilyStatusSpouseWithIncome | str | Unset):
        spouse_handicapped (AddWorkerFamilyStatusSpouseHandicapped | str | Unset):
        spouse_name (str | Unset):
        spouse_firstname (str | Unset):
        spouse_inss (str | Unset): National register (or BIS) number, always 11 digits: the server sends a number, which
            loses the leading 0 of people born from 2000; the client reads it back as this string.
        spouse_sex (AddWorkerFamilyStatusSpouseSex | str | Unset):
        spouse_birthdate (str | Unset):
        spouse_profession (AddWorkerFamilyStatusSpouseProfession | str | Unset):
        spouse_birthplace (str | Unset):
        children_at_charge (int | Unset):
        children_handicapped (int | Unset):
        others_at_charge (int | Unset):
        others_handicapped (int | Unset):
        others_65_at_charge (int | Unset):
        others_65_handicapped (int | Unset):
        child_benefit_institution (int | Unset):
        child_benefit_reference (str | Unset):
        weddingdate (str | Unset):
    """

    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    civil_status: AddWorkerFamilyStatusCivilStatus | str | Unset = UNSET
    worker_handicapped: AddWorkerFamilyStatusWorkerHandicapped | str | Unset = UNSET
    worker_single_with_children: AddWorkerFamilyStatusWorkerSingleWithChildren | str | Unset = UNSET
    spouse_with_income: AddWorkerFamilyStatusSpouseWithIncome | str | Unset = UNSET
    spouse_handicapped: AddWorkerFamilyStatusSpouseHandicapped | str | Unset = UNSET
    spouse_name: str | Unset = UNSET
    spouse_firstname: str | Unset = UNSET
    spouse_inss: str | Unset = UNSET
    spouse_sex: AddWorkerFamilyStatusSpouseSex | str | Unset = UNSET
    spouse_birthdate: str | Unset = UNSET
    spouse_profession: AddWorkerFamilyStatusSpouseProfession | str | Unset = UNSET
    spouse_birthplace: str | Unset = UNSET
    children_at_charge: int | Unset = UNSET
    children_handicapped: int | Unset = UNSET
    others_at_charge: int | Unset = UNSET
    others_handicapped: int | Unset = UNSET
    others_65_at_charge: int | Unset = UNSET
    others_65_handicapped: int | Unset = UNSET
    child_benefit_institution: int | Unset = UNSET
    child_benefit_reference: str | Unset = UNSET
    weddingdate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        enddate = self.enddate

        civil_status: str | Unset
        if isinstance(self.civil_status, Unset):
            civil_status = UNSET
        elif isinstance(self.civil_status, AddWorkerFamilyStatusCivilStatus):
            civil_status = self.civil_status.value
        else:
            civil_status = self.civil_status

        worker_handicapped: str | Unset
        if isinstance(self.worker_handicapped, Unset):
            worker_handicapped = UNSET
        elif isinstance(self.worker_handicapped, AddWorkerFamilyStatusWorkerHandicapped):
            worker_handicapped = self.worker_handicapped.value
        else:
            worker_handicapped = self.worker_handicapped

        worker_single_with_children: str | Unset
        if isinstance(self.worker_single_with_children, Unset):
            worker_single_with_children = UNSET
        elif isinstance(
            self.worker_single_with_children, AddWorkerFamilyStatusWorkerSingleWithChildren
        ):
            worker_single_with_children = self.worker_single_with_children.value
        else:
            worker_single_with_children = self.worker_single_with_children

        spouse_with_income: str | Unset
        if isinstance(self.spouse_with_income, Unset):
            spouse_with_income = UNSET
        elif isinstance(self.spouse_with_income, AddWorkerFamilyStatusSpouseWithIncome):
            spouse_with_income = self.spouse_with_income.value
        else:
            spouse_with_income = self.spouse_with_income

        spouse_handicapped: str | Unset
        if isinstance(self.spouse_handicapped, Unset):
            spouse_handicapped = UNSET
        elif isinstance(self.spouse_handicapped, AddWorkerFamilyStatusSpouseHandicapped):
            spouse_handicapped = self.spouse_handicapped.value
        else:
            spouse_handicapped = self.spouse_handicapped

        spouse_name = self.spouse_name

        spouse_firstname = self.spouse_firstname

        spouse_inss = self.spouse_inss

        spouse_sex: str | Unset
        if isinstance(self.spouse_sex, Unset):
            spouse_sex = UNSET
        elif isinstance(self.spouse_sex, AddWorkerFamilyStatusSpouseSex):
            spouse_sex = self.spouse_sex.value
        else:
            spouse_sex = self.spouse_sex

        spouse_birthdate = self.spouse_birthdate

        spouse_profession: str | Unset
        if isinstance(self.spouse_profession, Unset):
            spouse_profession = UNSET
        elif isinstance(self.spouse_profession, AddWorkerFamilyStatusSpouseProfession):
            spouse_profession = self.spouse_profession.value
        else:
            spouse_profession = self.spouse_profession

        spouse_birthplace = self.spouse_birthplace

        children_at_charge = self.children_at_charge

        children_handicapped = self.children_handicapped

        others_at_charge = self.others_at_charge

        others_handicapped = self.others_handicapped

        others_65_at_charge = self.others_65_at_charge

        others_65_handicapped = self.others_65_handicapped

        child_benefit_institution = self.child_benefit_institution

        child_benefit_reference = self.child_benefit_reference

        weddingdate = self.weddingdate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if civil_status is not UNSET:
            field_dict["CivilStatus"] = civil_status
        if worker_handicapped is not UNSET:
            field_dict["WorkerHandicapped"] = worker_handicapped
        if worker_single_with_children is not UNSET:
            field_dict["WorkerSingleWithChildren"] = worker_single_with_children
        if spouse_with_income is not UNSET:
            field_dict["SpouseWithIncome"] = spouse_with_income
        if spouse_handicapped is not UNSET:
            field_dict["SpouseHandicapped"] = spouse_handicapped
        if spouse_name is not UNSET:
            field_dict["SpouseName"] = spouse_name
        if spouse_firstname is not UNSET:
            field_dict["SpouseFirstname"] = spouse_firstname
        if spouse_inss is not UNSET:
            field_dict["SpouseINSS"] = spouse_inss
        if spouse_sex is not UNSET:
            field_dict["SpouseSex"] = spouse_sex
        if spouse_birthdate is not UNSET:
            field_dict["SpouseBirthdate"] = spouse_birthdate
        if spouse_profession is not UNSET:
            field_dict["SpouseProfession"] = spouse_profession
        if spouse_birthplace is not UNSET:
            field_dict["SpouseBirthplace"] = spouse_birthplace
        if children_at_charge is not UNSET:
            field_dict["ChildrenAtCharge"] = children_at_charge
        if children_handicapped is not UNSET:
            field_dict["ChildrenHandicapped"] = children_handicapped
        if others_at_charge is not UNSET:
            field_dict["OthersAtCharge"] = others_at_charge
        if others_handicapped is not UNSET:
            field_dict["OthersHandicapped"] = others_handicapped
        if others_65_at_charge is not UNSET:
            field_dict["Others65AtCharge"] = others_65_at_charge
        if others_65_handicapped is not UNSET:
            field_dict["Others65Handicapped"] = others_65_handicapped
        if child_benefit_institution is not UNSET:
            field_dict["ChildBenefitInstitution"] = child_benefit_institution
        if child_benefit_reference is not UNSET:
            field_dict["ChildBenefitReference"] = child_benefit_reference
        if weddingdate is not UNSET:
            field_dict["Weddingdate"] = weddingdate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        def _parse_civil_status(data: object) -> AddWorkerFamilyStatusCivilStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                civil_status_type_0 = AddWorkerFamilyStatusCivilStatus(data)

                return civil_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerFamilyStatusCivilStatus | str | Unset, data)

        civil_status = _parse_civil_status(d.pop("CivilStatus", UNSET))

        def _parse_worker_handicapped(
            data: object,
        ) -> AddWorkerFamilyStatusWorkerHandicapped | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                worker_handicapped_type_0 = AddWorkerFamilyStatusWorkerHandicapped(data)

                return worker_handicapped_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerFamilyStatusWorkerHandicapped | str | Unset, data)

        worker_handicapped = _parse_worker_handicapped(d.pop("WorkerHandicapped", UNSET))

        def _parse_worker_single_with_children(
            data: object,
        ) -> AddWorkerFamilyStatusWorkerSingleWithChildren | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                worker_single_with_children_type_0 = AddWorkerFamilyStatusWorkerSingleWithChildren(
                    data
                )

                return worker_single_with_children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerFamilyStatusWorkerSingleWithChildren | str | Unset, data)

        worker_single_with_children = _parse_worker_single_with_children(
            d.pop("WorkerSingleWithChildren", UNSET)
        )

        def _parse_spouse_with_income(
            data: object,
        ) -> AddWorkerFamilyStatusSpouseWithIncome | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spouse_with_income_type_0 = AddWorkerFamilyStatusSpouseWithIncome(data)

                return spouse_with_income_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerFamilyStatusSpouseWithIncome | str | Unset, data)

        spouse_with_income = _parse_spouse_with_income(d.pop("SpouseWithIncome", UNSET))

        def _parse_spouse_handicapped(
            data: object,
        ) -> AddWorkerFamilyStatusSpouseHandicapped | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spouse_handicapped_type_0 = AddWorkerFamilyStatusSpouseHandicapped(data)

                return spouse_handicapped_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerFamilyStatusSpouseHandicapped | str | Unset, data)

        spouse_handicapped = _parse_spouse_handicapped(d.pop("SpouseHandicapped", UNSET))

        spouse_name = d.pop("SpouseName", UNSET)

        spouse_firstname = d.pop("SpouseFirstname", UNSET)

        spouse_inss = d.pop("SpouseINSS", UNSET)

        def _parse_spouse_sex(data: object) -> AddWorkerFamilyStatusSpouseSex | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spouse_sex_type_0 = AddWorkerFamilyStatusSpouseSex(data)

                return spouse_sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerFamilyStatusSpouseSex | str | Unset, data)

        spouse_sex = _parse_spouse_sex(d.pop("SpouseSex", UNSET))

        spouse_birthdate = d.pop("SpouseBirthdate", UNSET)

        def _parse_spouse_profession(
            data: object,
        ) -> AddWorkerFamilyStatusSpouseProfession | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spouse_profession_type_0 = AddWorkerFamilyStatusSpouseProfession(data)

                return spouse_profession_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddWorkerFamilyStatusSpouseProfession | str | Unset, data)

        spouse_profession = _parse_spouse_profession(d.pop("SpouseProfession", UNSET))

        spouse_birthplace = d.pop("SpouseBirthplace", UNSET)

        children_at_charge = d.pop("ChildrenAtCharge", UNSET)

        children_handicapped = d.pop("ChildrenHandicapped", UNSET)

        others_at_charge = d.pop("OthersAtCharge", UNSET)

        others_handicapped = d.pop("OthersHandicapped", UNSET)

        others_65_at_charge = d.pop("Others65AtCharge", UNSET)

        others_65_handicapped = d.pop("Others65Handicapped", UNSET)

        child_benefit_institution = d.pop("ChildBenefitInstitution", UNSET)

        child_benefit_reference = d.pop("ChildBenefitReference", UNSET)

        weddingdate = d.pop("Weddingdate", UNSET)

        add_worker_family_status_record = cls(
            startdate=startdate,
            enddate=enddate,
            civil_status=civil_status,
            worker_handicapped=worker_handicapped,
            worker_single_with_children=worker_single_with_children,
            spouse_with_income=spouse_with_income,
            spouse_handicapped=spouse_handicapped,
            spouse_name=spouse_name,
            spouse_firstname=spouse_firstname,
            spouse_inss=spouse_inss,
            spouse_sex=spouse_sex,
            spouse_birthdate=spouse_birthdate,
            spouse_profession=spouse_profession,
            spouse_birthplace=spouse_birthplace,
            children_at_charge=children_at_charge,
            children_handicapped=children_handicapped,
            others_at_charge=others_at_charge,
            others_handicapped=others_handicapped,
            others_65_at_charge=others_65_at_charge,
            others_65_handicapped=others_65_handicapped,
            child_benefit_institution=child_benefit_institution,
            child_benefit_reference=child_benefit_reference,
            weddingdate=weddingdate,
        )

        add_worker_family_status_record.additional_properties = d
        return add_worker_family_status_record

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
