from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.method_of_remuneration_definition_exist import MethodOfRemunerationDefinitionExist
from ..models.method_of_remuneration_definition_payment import MethodOfRemunerationDefinitionPayment
from ..models.method_of_remuneration_definition_remuneration import (
    MethodOfRemunerationDefinitionRemuneration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MethodOfRemunerationDefinitionRecord")


@_attrs_define
class MethodOfRemunerationDefinitionRecord:
    """
    Attributes:
        exist (MethodOfRemunerationDefinitionExist | str | Unset):
        remuneration (MethodOfRemunerationDefinitionRemuneration | str | Unset):
        payment (MethodOfRemunerationDefinitionPayment | str | Unset):
    """

    exist: MethodOfRemunerationDefinitionExist | str | Unset = UNSET
    remuneration: MethodOfRemunerationDefinitionRemuneration | str | Unset = UNSET
    payment: MethodOfRemunerationDefinitionPayment | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, MethodOfRemunerationDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        remuneration: str | Unset
        if isinstance(self.remuneration, Unset):
            remuneration = UNSET
        elif isinstance(self.remuneration, MethodOfRemunerationDefinitionRemuneration):
            remuneration = self.remuneration.value
        else:
            remuneration = self.remuneration

        payment: str | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, MethodOfRemunerationDefinitionPayment):
            payment = self.payment.value
        else:
            payment = self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
        if remuneration is not UNSET:
            field_dict["Remuneration"] = remuneration
        if payment is not UNSET:
            field_dict["Payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exist(data: object) -> MethodOfRemunerationDefinitionExist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = MethodOfRemunerationDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MethodOfRemunerationDefinitionExist | str | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        def _parse_remuneration(
            data: object,
        ) -> MethodOfRemunerationDefinitionRemuneration | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                remuneration_type_0 = MethodOfRemunerationDefinitionRemuneration(data)

                return remuneration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MethodOfRemunerationDefinitionRemuneration | str | Unset, data)

        remuneration = _parse_remuneration(d.pop("Remuneration", UNSET))

        def _parse_payment(data: object) -> MethodOfRemunerationDefinitionPayment | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payment_type_0 = MethodOfRemunerationDefinitionPayment(data)

                return payment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MethodOfRemunerationDefinitionPayment | str | Unset, data)

        payment = _parse_payment(d.pop("Payment", UNSET))

        method_of_remuneration_definition_record = cls(
            exist=exist,
            remuneration=remuneration,
            payment=payment,
        )

        method_of_remuneration_definition_record.additional_properties = d
        return method_of_remuneration_definition_record

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
