from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dimona_period import DimonaPeriod


T = TypeVar("T", bound="WorkerDimonas")


@_attrs_define
class WorkerDimonas:
    """
    Attributes:
        worker_number (int):
        dimona (list[DimonaPeriod | None] | Unset):
    """

    worker_number: int
    dimona: list[DimonaPeriod | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dimona_period import DimonaPeriod  # noqa: PLC0415

        worker_number = self.worker_number

        dimona: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.dimona, Unset):
            dimona = []
            for dimona_item_data in self.dimona:
                dimona_item: dict[str, Any] | None
                if isinstance(dimona_item_data, DimonaPeriod):
                    dimona_item = dimona_item_data.to_dict()
                else:
                    dimona_item = dimona_item_data
                dimona.append(dimona_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "WorkerNumber": worker_number,
            }
        )
        if dimona is not UNSET:
            field_dict["Dimona"] = dimona

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dimona_period import DimonaPeriod  # noqa: PLC0415

        d = dict(src_dict)
        worker_number = d.pop("WorkerNumber")

        _dimona = d.pop("Dimona", UNSET)
        dimona: list[DimonaPeriod | None] | Unset = UNSET
        if _dimona is not UNSET:
            dimona = []
            for dimona_item_data in _dimona:

                def _parse_dimona_item(data: object) -> DimonaPeriod | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        dimona_item_type_0 = DimonaPeriod.from_dict(data)

                        return dimona_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(DimonaPeriod | None, data)

                dimona_item = _parse_dimona_item(dimona_item_data)

                dimona.append(dimona_item)

        worker_dimonas = cls(
            worker_number=worker_number,
            dimona=dimona,
        )

        worker_dimonas.additional_properties = d
        return worker_dimonas

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
