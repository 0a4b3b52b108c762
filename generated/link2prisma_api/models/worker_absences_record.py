from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.absence_record import AbsenceRecord


T = TypeVar("T", bound="WorkerAbsencesRecord")


@_attrs_define
class WorkerAbsencesRecord:
    """
    Attributes:
        worker_number (int | Unset):
        absences (list[AbsenceRecord | None] | Unset):
    """

    worker_number: int | Unset = UNSET
    absences: list[AbsenceRecord | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.absence_record import AbsenceRecord  # noqa: PLC0415

        worker_number = self.worker_number

        absences: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.absences, Unset):
            absences = []
            for absences_item_data in self.absences:
                absences_item: dict[str, Any] | None
                if isinstance(absences_item_data, AbsenceRecord):
                    absences_item = absences_item_data.to_dict()
                else:
                    absences_item = absences_item_data
                absences.append(absences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worker_number is not UNSET:
            field_dict["WorkerNumber"] = worker_number
        if absences is not UNSET:
            field_dict["Absences"] = absences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.absence_record import AbsenceRecord  # noqa: PLC0415

        d = dict(src_dict)
        worker_number = d.pop("WorkerNumber", UNSET)

        _absences = d.pop("Absences", UNSET)
        absences: list[AbsenceRecord | None] | Unset = UNSET
        if _absences is not UNSET:
            absences = []
            for absences_item_data in _absences:

                def _parse_absences_item(data: object) -> AbsenceRecord | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        absences_item_type_0 = AbsenceRecord.from_dict(data)

                        return absences_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(AbsenceRecord | None, data)

                absences_item = _parse_absences_item(absences_item_data)

                absences.append(absences_item)

        worker_absences_record = cls(
            worker_number=worker_number,
            absences=absences,
        )

        worker_absences_record.additional_properties = d
        return worker_absences_record

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
