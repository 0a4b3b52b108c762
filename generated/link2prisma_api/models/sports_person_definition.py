from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sports_person_definition_exist import SportsPersonDefinitionExist
from ..models.sports_person_definition_opportunity_contract import (
    SportsPersonDefinitionOpportunityContract,
)
from ..models.sports_person_definition_recognized_foreign_sportsperson import (
    SportsPersonDefinitionRecognizedForeignSportsperson,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SportsPersonDefinition")


@_attrs_define
class SportsPersonDefinition:
    """
    Attributes:
        exist (SportsPersonDefinitionExist):
        recognized_foreign_sportsperson (SportsPersonDefinitionRecognizedForeignSportsperson | Unset):
        opportunity_contract (SportsPersonDefinitionOpportunityContract | Unset):
    """

    exist: SportsPersonDefinitionExist
    recognized_foreign_sportsperson: SportsPersonDefinitionRecognizedForeignSportsperson | Unset = (
        UNSET
    )
    opportunity_contract: SportsPersonDefinitionOpportunityContract | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        recognized_foreign_sportsperson: str | Unset = UNSET
        if not isinstance(self.recognized_foreign_sportsperson, Unset):
            recognized_foreign_sportsperson = self.recognized_foreign_sportsperson.value

        opportunity_contract: str | Unset = UNSET
        if not isinstance(self.opportunity_contract, Unset):
            opportunity_contract = self.opportunity_contract.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Exist": exist,
            }
        )
        if recognized_foreign_sportsperson is not UNSET:
            field_dict["RecognizedForeignSportsperson"] = recognized_foreign_sportsperson
        if opportunity_contract is not UNSET:
            field_dict["OpportunityContract"] = opportunity_contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exist = SportsPersonDefinitionExist(d.pop("Exist"))

        _recognized_foreign_sportsperson = d.pop("RecognizedForeignSportsperson", UNSET)
        recognized_foreign_sportsperson: SportsPersonDefinitionRecognizedForeignSportsperson | Unset
        if isinstance(_recognized_foreign_sportsperson, Unset):
            recognized_foreign_sportsperson = UNSET
        else:
            recognized_foreign_sportsperson = SportsPersonDefinitionRecognizedForeignSportsperson(
                _recognized_foreign_sportsperson
            )

        _opportunity_contract = d.pop("OpportunityContract", UNSET)
        opportunity_contract: SportsPersonDefinitionOpportunityContract | Unset
        if isinstance(_opportunity_contract, Unset):
            opportunity_contract = UNSET
        else:
            opportunity_contract = SportsPersonDefinitionOpportunityContract(_opportunity_contract)

        sports_person_definition = cls(
            exist=exist,
            recognized_foreign_sportsperson=recognized_foreign_sportsperson,
            opportunity_contract=opportunity_contract,
        )

        sports_person_definition.additional_properties = d
        return sports_person_definition

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
