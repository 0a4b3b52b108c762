from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.absence_note_may_leave_house import AbsenceNoteMayLeaveHouse
from ..models.absence_note_reason import AbsenceNoteReason
from ..models.absence_note_resume import AbsenceNoteResume
from ..types import UNSET, Unset

T = TypeVar("T", bound="AbsenceNoteRecord")


@_attrs_define
class AbsenceNoteRecord:
    """
    Attributes:
        notedate (str | Unset):
        startdate (str | Unset):
        enddate (str | Unset):
        reason (AbsenceNoteReason | str | Unset):
        may_leave_house (AbsenceNoteMayLeaveHouse | str | Unset):
        resumedate (str | Unset):
        resume (AbsenceNoteResume | str | Unset):
        salary_code (int | Unset):
    """

    notedate: str | Unset = UNSET
    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    reason: AbsenceNoteReason | str | Unset = UNSET
    may_leave_house: AbsenceNoteMayLeaveHouse | str | Unset = UNSET
    resumedate: str | Unset = UNSET
    resume: AbsenceNoteResume | str | Unset = UNSET
    salary_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notedate = self.notedate

        startdate = self.startdate

        enddate = self.enddate

        reason: str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, AbsenceNoteReason):
            reason = self.reason.value
        else:
            reason = self.reason

        may_leave_house: str | Unset
        if isinstance(self.may_leave_house, Unset):
            may_leave_house = UNSET
        elif isinstance(self.may_leave_house, AbsenceNoteMayLeaveHouse):
            may_leave_house = self.may_leave_house.value
        else:
            may_leave_house = self.may_leave_house

        resumedate = self.resumedate

        resume: str | Unset
        if isinstance(self.resume, Unset):
            resume = UNSET
        elif isinstance(self.resume, AbsenceNoteResume):
            resume = self.resume.value
        else:
            resume = self.resume

        salary_code = self.salary_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notedate is not UNSET:
            field_dict["Notedate"] = notedate
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
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
        notedate = d.pop("Notedate", UNSET)

        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        def _parse_reason(data: object) -> AbsenceNoteReason | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = AbsenceNoteReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbsenceNoteReason | str | Unset, data)

        reason = _parse_reason(d.pop("Reason", UNSET))

        def _parse_may_leave_house(data: object) -> AbsenceNoteMayLeaveHouse | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                may_leave_house_type_0 = AbsenceNoteMayLeaveHouse(data)

                return may_leave_house_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbsenceNoteMayLeaveHouse | str | Unset, data)

        may_leave_house = _parse_may_leave_house(d.pop("MayLeaveHouse", UNSET))

        resumedate = d.pop("Resumedate", UNSET)

        def _parse_resume(data: object) -> AbsenceNoteResume | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resume_type_0 = AbsenceNoteResume(data)

                return resume_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AbsenceNoteResume | str | Unset, data)

        resume = _parse_resume(d.pop("Resume", UNSET))

        salary_code = d.pop("SalaryCode", UNSET)

        absence_note_record = cls(
            notedate=notedate,
            startdate=startdate,
            enddate=enddate,
            reason=reason,
            may_leave_house=may_leave_house,
            resumedate=resumedate,
            resume=resume,
            salary_code=salary_code,
        )

        absence_note_record.additional_properties = d
        return absence_note_record

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
