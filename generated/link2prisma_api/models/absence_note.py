from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.absence_note_may_leave_house import AbsenceNoteMayLeaveHouse
from ..models.absence_note_reason import AbsenceNoteReason
from ..models.absence_note_resume import AbsenceNoteResume
from ..types import UNSET, Unset

T = TypeVar("T", bound="AbsenceNote")


@_attrs_define
class AbsenceNote:
    """
    Attributes:
        notedate (str):
        startdate (str):
        enddate (str):
        reason (AbsenceNoteReason | Unset): The values the vendor schema lists for `AbsenceNote.Reason`.
        may_leave_house (AbsenceNoteMayLeaveHouse | Unset): The values the vendor schema lists for
            `AbsenceNote.MayLeaveHouse`.
        resumedate (str | Unset):
        resume (AbsenceNoteResume | Unset): The values the vendor schema lists for `AbsenceNote.Resume`.
        salary_code (int | Unset):
    """

    notedate: str
    startdate: str
    enddate: str
    reason: AbsenceNoteReason | Unset = UNSET
    may_leave_house: AbsenceNoteMayLeaveHouse | Unset = UNSET
    resumedate: str | Unset = UNSET
    resume: AbsenceNoteResume | Unset = UNSET
    salary_code: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        notedate = self.notedate

        startdate = self.startdate

        enddate = self.enddate

        reason: str | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.value

        may_leave_house: str | Unset = UNSET
        if not isinstance(self.may_leave_house, Unset):
            may_leave_house = self.may_leave_house.value

        resumedate = self.resumedate

        resume: str | Unset = UNSET
        if not isinstance(self.resume, Unset):
            resume = self.resume.value

        salary_code = self.salary_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Notedate": notedate,
                "Startdate": startdate,
                "Enddate": enddate,
            }
        )
        if reason is not UNSET:
            field_dict["Reason"] = reason
        if may_leave_house is not UNSET:
            field_dict["MayLeaveHouse"] = may_leave_house
        if resumedate is not UNSET:
            field_dict["Resumedate"] = resumedate
        if resume is not UNSET:
            field_dict["Resume"] = resume
        if salary_code is not UNSET:
            field_dict["SalaryCode"] = salary_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notedate = d.pop("Notedate")

        startdate = d.pop("Startdate")

        enddate = d.pop("Enddate")

        _reason = d.pop("Reason", UNSET)
        reason: AbsenceNoteReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = AbsenceNoteReason(_reason)

        _may_leave_house = d.pop("MayLeaveHouse", UNSET)
        may_leave_house: AbsenceNoteMayLeaveHouse | Unset
        if isinstance(_may_leave_house, Unset):
            may_leave_house = UNSET
        else:
            may_leave_house = AbsenceNoteMayLeaveHouse(_may_leave_house)

        resumedate = d.pop("Resumedate", UNSET)

        _resume = d.pop("Resume", UNSET)
        resume: AbsenceNoteResume | Unset
        if isinstance(_resume, Unset):
            resume = UNSET
        else:
            resume = AbsenceNoteResume(_resume)

        salary_code = d.pop("SalaryCode", UNSET)

        absence_note = cls(
            notedate=notedate,
            startdate=startdate,
            enddate=enddate,
            reason=reason,
            may_leave_house=may_leave_house,
            resumedate=resumedate,
            resume=resume,
            salary_code=salary_code,
        )

        return absence_note
