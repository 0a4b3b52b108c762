from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.absence import Absence


T = TypeVar("T", bound="WorkerAbsences")


@_attrs_define
class WorkerAbsences:
    """
    Attributes:
        worker_number (int):
        absences (list[Absence | None]):
    """

    worker_number: int
    absences: list[Absence | None]

    def to_dict(self) -> dict[str, Any]:
        from ..models.absence import Absence  # noqa: PLC0415

        worker_number = self.worker_number

        absences = []
        for absences_item_data in self.absences:
            absences_item: dict[str, Any] | None
            if isinstance(absences_item_data, Absence):
                absences_item = absences_item_data.to_dict()
            else:
                absences_item = absences_item_data
            absences.append(absences_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "WorkerNumber": worker_number,
                "Absences": absences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.absence import Absence  # noqa: PLC0415

        d = dict(src_dict)
        worker_number = d.pop("WorkerNumber")

        absences = []
        _absences = d.pop("Absences")
        for absences_item_data in _absences:

            def _parse_absences_item(data: object) -> Absence | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    absences_item_type_0 = Absence.from_dict(data)

                    return absences_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Absence | None, data)

            absences_item = _parse_absences_item(absences_item_data)

            absences.append(absences_item)

        worker_absences = cls(
            worker_number=worker_number,
            absences=absences,
        )

        return worker_absences
