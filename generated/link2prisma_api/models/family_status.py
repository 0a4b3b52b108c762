from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.family_status_civil_status import FamilyStatusCivilStatus
from ..models.family_status_spouse_handicapped import FamilyStatusSpouseHandicapped
from ..models.family_status_spouse_profession import FamilyStatusSpouseProfession
from ..models.family_status_spouse_sex import FamilyStatusSpouseSex
from ..models.family_status_spouse_with_income import FamilyStatusSpouseWithIncome
from ..models.family_status_worker_handicapped import FamilyStatusWorkerHandicapped
from ..models.family_status_worker_single_with_children import FamilyStatusWorkerSingleWithChildren
from ..types import UNSET, Unset

T = TypeVar("T", bound="FamilyStatus")


@_attrs_define
class FamilyStatus:
    """Familystatus of a worker

    Attributes:
        startdate (str):
        enddate (str | Unset):
        civil_status (FamilyStatusCivilStatus | Unset): The values the vendor schema lists for
            `FamilyStatus.CivilStatus`.
        worker_handicapped (FamilyStatusWorkerHandicapped | Unset): The values the vendor schema lists for
            `FamilyStatus.WorkerHandicapped`.
        worker_single_with_children (FamilyStatusWorkerSingleWithChildren | Unset): The values the vendor schema lists
            for `FamilyStatus.WorkerSingleWithChildren`.
        spouse_with_income (FamilyStatusSpouseWithIncome | Unset): The values the vendor schema lists for
            `FamilyStatus.SpouseWithIncome`.
        spouse_handicapped (FamilyStatusSpouseHandicapped | Unset): The values the vendor schema lists for
            `FamilyStatus.SpouseHandicapped`.
        spouse_name (str | Unset):
        spouse_firstname (str | Unset):
        spouse_inss (float | Unset): National register (or BIS) number: 11 digits with a valid mod-97 check (the 2000+
            rule included). The vendor types it as a number: the client accepts a string or an integer and sends the number.
        spouse_sex (FamilyStatusSpouseSex | Unset): The values the vendor schema lists for `FamilyStatus.SpouseSex`.
        spouse_birthdate (str | Unset):
        spouse_profession (FamilyStatusSpouseProfession | Unset): The values the vendor schema lists for
            `FamilyStatus.SpouseProfession`.
        spouse_birthplace (str | Unset):
        children_at_charge (int | Unset):
        children_handicapped (int | Unset):
        others_at_charge (int | Unset):
        others_handicapped (int | Unset):
        others_65_at_charge (int | Unset):
        wage_garnishment_children_at_charge (int | Unset):
        others_65_handicapped (int | Unset):
        others_65_need_of_care (int | Unset):
        child_benefit_institution (int | Unset):
        child_benefit_reference (str | Unset):
        weddingdate (str | Unset):
    """

    startdate: str
    enddate: str | Unset = UNSET
    civil_status: FamilyStatusCivilStatus | Unset = UNSET
    worker_handicapped: FamilyStatusWorkerHandicapped | Unset = UNSET
    worker_single_with_children: FamilyStatusWorkerSingleWithChildren | Unset = UNSET
    spouse_with_income: FamilyStatusSpouseWithIncome | Unset = UNSET
    spouse_handicapped: FamilyStatusSpouseHandicapped | Unset = UNSET
    spouse_name: str | Unset = UNSET
    spouse_firstname: str | Unset = UNSET
    spouse_inss: float | Unset = UNSET
    spouse_sex: FamilyStatusSpouseSex | Unset = UNSET
    spouse_birthdate: str | Unset = UNSET
    spouse_profession: FamilyStatusSpouseProfession | Unset = UNSET
    spouse_birthplace: str | Unset = UNSET
    children_at_charge: int | Unset = UNSET
    children_handicapped: int | Unset = UNSET
    others_at_charge: int | Unset = UNSET
    others_handicapped: int | Unset = UNSET
    others_65_at_charge: int | Unset = UNSET
    wage_garnishment_children_at_charge: int | Unset = UNSET
    others_65_handicapped: int | Unset = UNSET
    others_65_need_of_care: int | Unset = UNSET
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

        wage_garnishment_children_at_charge = self.wage_garnishment_children_at_charge

        others_65_handicapped = self.others_65_handicapped

        others_65_need_of_care = self.others_65_need_of_care

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
        if wage_garnishment_children_at_charge is not UNSET:
            field_dict["WageGarnishmentChildrenAtCharge"] = wage_garnishment_children_at_charge
        if others_65_handicapped is not UNSET:
            field_dict["Others65Handicapped"] = others_65_handicapped
        if others_65_need_of_care is not UNSET:
            field_dict["Others65NeedOfCare"] = others_65_need_of_care
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
        civil_status: FamilyStatusCivilStatus | Unset
        if isinstance(_civil_status, Unset):
            civil_status = UNSET
        else:
            civil_status = FamilyStatusCivilStatus(_civil_status)

        _worker_handicapped = d.pop("WorkerHandicapped", UNSET)
        worker_handicapped: FamilyStatusWorkerHandicapped | Unset
        if isinstance(_worker_handicapped, Unset):
            worker_handicapped = UNSET
        else:
            worker_handicapped = FamilyStatusWorkerHandicapped(_worker_handicapped)

        _worker_single_with_children = d.pop("WorkerSingleWithChildren", UNSET)
        worker_single_with_children: FamilyStatusWorkerSingleWithChildren | Unset
        if isinstance(_worker_single_with_children, Unset):
            worker_single_with_children = UNSET
        else:
            worker_single_with_children = FamilyStatusWorkerSingleWithChildren(
                _worker_single_with_children
            )

        _spouse_with_income = d.pop("SpouseWithIncome", UNSET)
        spouse_with_income: FamilyStatusSpouseWithIncome | Unset
        if isinstance(_spouse_with_income, Unset):
            spouse_with_income = UNSET
        else:
            spouse_with_income = FamilyStatusSpouseWithIncome(_spouse_with_income)

        _spouse_handicapped = d.pop("SpouseHandicapped", UNSET)
        spouse_handicapped: FamilyStatusSpouseHandicapped | Unset
        if isinstance(_spouse_handicapped, Unset):
            spouse_handicapped = UNSET
        else:
            spouse_handicapped = FamilyStatusSpouseHandicapped(_spouse_handicapped)

        spouse_name = d.pop("SpouseName", UNSET)

        spouse_firstname = d.pop("SpouseFirstname", UNSET)

        spouse_inss = d.pop("SpouseINSS", UNSET)

        _spouse_sex = d.pop("SpouseSex", UNSET)
        spouse_sex: FamilyStatusSpouseSex | Unset
        if isinstance(_spouse_sex, Unset):
            spouse_sex = UNSET
        else:
            spouse_sex = FamilyStatusSpouseSex(_spouse_sex)

        spouse_birthdate = d.pop("SpouseBirthdate", UNSET)

        _spouse_profession = d.pop("SpouseProfession", UNSET)
        spouse_profession: FamilyStatusSpouseProfession | Unset
        if isinstance(_spouse_profession, Unset):
            spouse_profession = UNSET
        else:
            spouse_profession = FamilyStatusSpouseProfession(_spouse_profession)

        spouse_birthplace = d.pop("SpouseBirthplace", UNSET)

        children_at_charge = d.pop("ChildrenAtCharge", UNSET)

        children_handicapped = d.pop("ChildrenHandicapped", UNSET)

        others_at_charge = d.pop("OthersAtCharge", UNSET)

        others_handicapped = d.pop("OthersHandicapped", UNSET)

        others_65_at_charge = d.pop("Others65AtCharge", UNSET)

        wage_garnishment_children_at_charge = d.pop("WageGarnishmentChildrenAtCharge", UNSET)

        others_65_handicapped = d.pop("Others65Handicapped", UNSET)

        others_65_need_of_care = d.pop("Others65NeedOfCare", UNSET)

        child_benefit_institution = d.pop("ChildBenefitInstitution", UNSET)

        child_benefit_reference = d.pop("ChildBenefitReference", UNSET)

        weddingdate = d.pop("Weddingdate", UNSET)

        family_status = cls(
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
            wage_garnishment_children_at_charge=wage_garnishment_children_at_charge,
            others_65_handicapped=others_65_handicapped,
            others_65_need_of_care=others_65_need_of_care,
            child_benefit_institution=child_benefit_institution,
            child_benefit_reference=child_benefit_reference,
            weddingdate=weddingdate,
        )

        return family_status
