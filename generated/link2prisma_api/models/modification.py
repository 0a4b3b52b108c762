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
        worker (int | Unset):
        action (ModificationAction | str | Unset):
        entity (ModificationEntity | str | Unset):
        key (str | Unset):
        previous_key (str | Unset):
        change_date (str | Unset):
    """

    worker: int | Unset = UNSET
    action: ModificationAction | str | Unset = UNSET
    entity: ModificationEntity | str | Unset = UNSET
    key: str | Unset = UNSET
    previous_key: str | Unset = UNSET
    change_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        worker = self.worker

        action: str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ModificationAction):
            action = self.action.value
        else:
            action = self.action

        entity: str | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        elif isinstance(self.entity, ModificationEntity):
            entity = self.entity.value
        else:
            entity = self.entity

        key = self.key

        previous_key = self.previous_key

        change_date = self.change_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if worker is not UNSET:
            field_dict["Worker"] = worker
        if action is not UNSET:
            field_dict["Action"] = action
        if entity is not UNSET:
            field_dict["Entity"] = entity
        if key is not UNSET:
            field_dict["Key"] = key
        if previous_key is not UNSET:
            field_dict["PreviousKey"] = previous_key
        if change_date is not UNSET:
            field_dict["ChangeDate"] = change_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        worker = d.pop("Worker", UNSET)

        def _parse_action(data: object) -> ModificationAction | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = ModificationAction(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModificationAction | str | Unset, data)

        action = _parse_action(d.pop("Action", UNSET))

        def _parse_entity(data: object) -> ModificationEntity | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entity_type_0 = ModificationEntity(data)

                return entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModificationEntity | str | Unset, data)

        entity = _parse_entity(d.pop("Entity", UNSET))

        key = d.pop("Key", UNSET)

        previous_key = d.pop("PreviousKey", UNSET)

        change_date = d.pop("ChangeDate", UNSET)

        modification = cls(
            worker=worker,
            action=action,
            entity=entity,
            key=key,
            previous_key=previous_key,
            change_date=change_date,
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
