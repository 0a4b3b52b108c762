from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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

T = TypeVar("T", bound="AddWorkerFamilyStatus")


@_attrs_define
class AddWorkerFamilyStatus:
    """
    Attributes:
        startdate (str):
        enddate (str | Unset):
        civil_status (AddWorkerFamilyStatusCivilStatus | Unset): The values the vendor schema lists for
            `AddWorkerFamilyStatus.CivilStatus`.
        worker_handicapped (AddWorkerFamilyStatusWorkerHandicapped | Unset): The values the vendor schema lists for
            `AddWorkerFamilyStatus.WorkerHandicapped`.
        worker_single_with_children (AddWorkerFamilyStatusWorkerSingleWithChildren | Unset): The values the vendor
            schema lists for `AddWorkerFamilyStatus.WorkerSingleWithChildren`.
        spouse_with_income (AddWorkerFamilyStatusSpouseWithIncome | Unset): The values the vendor schema lists for
            `AddWorkerFamilyStatus.SpouseWithIncome`.
        spouse_handicapped (AddWorkerFamilyStatusSpouseHandicapped | Unset): The values the vendor schema lists for
            `AddWorkerFamilyStatus.SpouseHandicapped`.
        spouse_name (str | Unset):
        spouse_firstname (str | Unset):
        spouse_inss (float | Unset): National register (or BIS) number: 11 digits with a valid mod-97 check (the 2000+
            rule included). The vendor types it as a number: the client accepts a string or an integer and sends the number.
        spouse_sex (AddWorkerFamilyStatusSpouseSex | Unset): The values the vendor schema lists for
            `AddWorkerFamilyStatus.SpouseSex`.
        spouse_birthdate (str | Unset):
        spouse_profession (AddWorkerFamilyStatusSpouseProfession | Unset): The values the vendor schema lists for
            `AddWorkerFamilyStatus.SpouseProfession`.
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

    startdate: str
    enddate: str | Unset = UNSET
    civil_status: AddWorkerFamilyStatusCivilStatus | Unset = UNSET
    worker_handicapped: AddWorkerFamilyStatusWorkerHandicapped | Unset = UNSET
    worker_single_with_children: AddWorkerFamilyStatusWorkerSingleWithChildren | Unset = UNSET
    spouse_with_income: AddWorkerFamilyStatusSpouseWithIncome | Unset = UNSET
    spouse_handicapped: AddWorkerFamilyStatusSpouseHandicapped | Unset = UNSET
    spouse_name: str | Unset = UNSET
    spouse_firstname: str | Unset = UNSET
    spouse_inss: float | Unset = UNSET
    spouse_sex: AddWorkerFamilyStatusSpouseSex | Unset = UNSET
    spouse_birthdate: str | Unset = UNSET
    spouse_profession: AddWorkerFamilyStatusSpouseProfession | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        enddate = self.enddate

        civil_status: str | Unset = UNSET
        if not isinstance(self.civil_status, Unset):
            civil_status = self.civil_status.value

        worker_handicapped: str | Unset = UNSET
        if not isinstance(self.worker_handicapped, Unset):
            worker_handicapped = self.worker_handicapped.value

        worker_single_with_children: str | Unset = UNSET
        if not isinstance(self.worker_single_with_children, Unset):
            worker_single_with_children = self.worker_single_with_children.value

        spouse_with_income: str | Unset = UNSET
        if not isinstance(self.spouse_with_income, Unset):
            spouse_with_income = self.spouse_with_income.value

        spouse_handicapped: str | Unset = UNSET
        if not isinstance(self.spouse_handicapped, Unset):
            spouse_handicapped = self.spouse_handicapped.value

        spouse_name = self.spouse_name

        spouse_firstname = self.spouse_firstname

        spouse_inss = self.spouse_inss

        spouse_sex: str | Unset = UNSET
        if not isinstance(self.spouse_sex, Unset):
            spouse_sex = self.spouse_sex.value

        spouse_birthdate = self.spouse_birthdate

        spouse_profession: str | Unset = UNSET
        if not isinstance(self.spouse_profession, Unset):
            spouse_profession = self.spouse_profession.value

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

        field_dict.update(
            {
                "Startdate": startdate,
            }
        )
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
        startdate = d.pop("Startdate")

        enddate = d.pop("Enddate", UNSET)

        _civil_status = d.pop("CivilStatus", UNSET)
        civil_status: AddWorkerFamilyStatusCivilStatus | Unset
        if isinstance(_civil_status, Unset):
            civil_status = UNSET
        else:
            civil_status = AddWorkerFamilyStatusCivilStatus(_civil_status)

        _worker_handicapped = d.pop("WorkerHandicapped", UNSET)
        worker_handicapped: AddWorkerFamilyStatusWorkerHandicapped | Unset
        if isinstance(_worker_handicapped, Unset):
            worker_handicapped = UNSET
        else:
            worker_handicapped = AddWorkerFamilyStatusWorkerHandicapped(_worker_handicapped)

        _worker_single_with_children = d.pop("WorkerSingleWithChildren", UNSET)
        worker_single_with_children: AddWorkerFamilyStatusWorkerSingleWithChildren | Unset
        if isinstance(_worker_single_with_children, Unset):
            worker_single_with_children = UNSET
        else:
            worker_single_with_children = AddWorkerFamilyStatusWorkerSingleWithChildren(
                _worker_single_with_children
            )

        _spouse_with_income = d.pop("SpouseWithIncome", UNSET)
        spouse_with_income: AddWorkerFamilyStatusSpouseWithIncome | Unset
        if isinstance(_spouse_with_income, Unset):
            spouse_with_income = UNSET
        else:
            spouse_with_income = AddWorkerFamilyStatusSpouseWithIncome(_spouse_with_income)

        _spouse_handicapped = d.pop("SpouseHandicapped", UNSET)
        spouse_handicapped: AddWorkerFamilyStatusSpouseHandicapped | Unset
        if isinstance(_spouse_handicapped, Unset):
            spouse_handicapped = UNSET
        else:
            spouse_handicapped = AddWorkerFamilyStatusSpouseHandicapped(_spouse_handicapped)

        spouse_name = d.pop("SpouseName", UNSET)

        spouse_firstname = d.pop("SpouseFirstname", UNSET)

        spouse_inss = d.pop("SpouseINSS", UNSET)

        _spouse_sex = d.pop("SpouseSex", UNSET)
        spouse_sex: AddWorkerFamilyStatusSpouseSex | Unset
        if isinstance(_spouse_sex, Unset):
            spouse_sex = UNSET
        else:
            spouse_sex = AddWorkerFamilyStatusSpouseSex(_spouse_sex)

        spouse_birthdate = d.pop("SpouseBirthdate", UNSET)

        _spouse_profession = d.pop("SpouseProfession", UNSET)
        spouse_profession: AddWorkerFamilyStatusSpouseProfession | Unset
        if isinstance(_spouse_profession, Unset):
            spouse_profession = UNSET
        else:
            spouse_profession = AddWorkerFamilyStatusSpouseProfession(_spouse_profession)

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

        add_worker_family_status = cls(
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

        return add_worker_family_status
