from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.modification_action import ModificationAction
from ..models.modification_entity import ModificationEntity
from ..types import UNSET, Unset

T = TypeVar("T", bound="Modification")


@_attrs_define
class Modification:
    """
    Attributes:
        worker (int):
        action (ModificationAction | str):
        entity (ModificationEntity | str):
        key (str):
        change_date (str):
        previous_key (str | Unset):
    """

    worker: int
    action: ModificationAction | str
    entity: ModificationEntity | str
    key: str
    change_date: str
    previous_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker = self.worker

        action: str
        if isinstance(self.action, ModificationAction):
            action = self.action.value
        else:
            action = self.action

        entity: str
        if isinstance(self.entity, ModificationEntity):
            entity = self.entity.value
        else:
            entity = self.entity

        key = self.key

        change_date = self.change_date

        previous_key = self.previous_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Worker": worker,
                "Action": action,
                "Entity": entity,
                "Key": key,
                "ChangeDate": change_date,
            }
        )
        if previous_key is not UNSET:
            field_dict["PreviousKey"] = previous_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker = d.pop("Worker")

        def _parse_action(data: object) -> ModificationAction | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = ModificationAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModificationAction | str, data)

        action = _parse_action(d.pop("Action"))

        def _parse_entity(data: object) -> ModificationEntity | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entity_type_0 = ModificationEntity(data)

                return entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModificationEntity | str, data)

        entity = _parse_entity(d.pop("Entity"))

        key = d.pop("Key")

        change_date = d.pop("ChangeDate")

        previous_key = d.pop("PreviousKey", UNSET)

        modification = cls(
            worker=worker,
            action=action,
            entity=entity,
            key=key,
            change_date=change_date,
            previous_key=previous_key,
        )

        modification.additional_properties = d
        return modification

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
