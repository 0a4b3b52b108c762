from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.method_of_remuneration_definition_exist import MethodOfRemunerationDefinitionExist
from ..models.method_of_remuneration_definition_payment import MethodOfRemunerationDefinitionPayment
from ..models.method_of_remuneration_definition_remuneration import (
    MethodOfRemunerationDefinitionRemuneration,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MethodOfRemunerationDefinition")


@_attrs_define
class MethodOfRemunerationDefinition:
    """
    Attributes:
        exist (MethodOfRemunerationDefinitionExist): The values the vendor schema lists for
            `MethodOfRemunerationDefinition.Exist`.
        remuneration (MethodOfRemunerationDefinitionRemuneration | Unset): The values the vendor schema lists for
            `MethodOfRemunerationDefinition.Remuneration`.
        payment (MethodOfRemunerationDefinitionPayment | Unset): The values the vendor schema lists for
            `MethodOfRemunerationDefinition.Payment`.
    """

    exist: MethodOfRemunerationDefinitionExist
    remuneration: MethodOfRemunerationDefinitionRemuneration | Unset = UNSET
    payment: MethodOfRemunerationDefinitionPayment | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        remuneration: str | Unset = UNSET
        if not isinstance(self.remuneration, Unset):
            remuneration = self.remuneration.value

        payment: str | Unset = UNSET
        if not isinstance(self.payment, Unset):
            payment = self.payment.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Exist": exist,
            }
        )
        if remuneration is not UNSET:
            field_dict["Remuneration"] = remuneration
        if payment is not UNSET:
            field_dict["Payment"] = payment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exist = MethodOfRemunerationDefinitionExist(d.pop("Exist"))

        _remuneration = d.pop("Remuneration", UNSET)
        remuneration: MethodOfRemunerationDefinitionRemuneration | Unset
        if isinstance(_remuneration, Unset):
            remuneration = UNSET
        else:
            remuneration = MethodOfRemunerationDefinitionRemuneration(_remuneration)

        _payment = d.pop("Payment", UNSET)
        payment: MethodOfRemunerationDefinitionPayment | Unset
        if isinstance(_payment, Unset):
            payment = UNSET
        else:
            payment = MethodOfRemunerationDefinitionPayment(_payment)

        method_of_remuneration_definition = cls(
            exist=exist,
            remuneration=remuneration,
            payment=payment,
        )

        return method_of_remuneration_definition
