from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

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
        exist (SportsPersonDefinitionExist): The values the vendor schema lists for `SportsPersonDefinition.Exist`.
        recognized_foreign_sportsperson (SportsPersonDefinitionRecognizedForeignSportsperson | Unset): The values the
            vendor schema lists for `SportsPersonDefinition.RecognizedForeignSportsperson`.
        opportunity_contract (SportsPersonDefinitionOpportunityContract | Unset): The values the vendor schema lists for
            `SportsPersonDefinition.OpportunityContract`.
    """

    exist: SportsPersonDefinitionExist
    recognized_foreign_sportsperson: SportsPersonDefinitionRecognizedForeignSportsperson | Unset = (
        UNSET
    )
    opportunity_contract: SportsPersonDefinitionOpportunityContract | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        exist = self.exist.value

        recognized_foreign_sportsperson: str | Unset = UNSET
        if not isinstance(self.recognized_foreign_sportsperson, Unset):
            recognized_foreign_sportsperson = self.recognized_foreign_sportsperson.value

        opportunity_contract: str | Unset = UNSET
        if not isinstance(self.opportunity_contract, Unset):
            opportunity_contract = self.opportunity_contract.value

        field_dict: dict[str, Any] = {}

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

        return sports_person_definition
