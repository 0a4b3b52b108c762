from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

T = TypeVar("T", bound="SportsPersonDefinitionRecord")


@_attrs_define
class SportsPersonDefinitionRecord:
    """
    Attributes:
        exist (SportsPersonDefinitionExist | str | Unset):
        recognized_foreign_sportsperson (SportsPersonDefinitionRecognizedForeignSportsperson | str | Unset):
        opportunity_contract (SportsPersonDefinitionOpportunityContract | str | Unset):
    """

    exist: SportsPersonDefinitionExist | str | Unset = UNSET
    recognized_foreign_sportsperson: (
        SportsPersonDefinitionRecognizedForeignSportsperson | str | Unset
    ) = UNSET
    opportunity_contract: SportsPersonDefinitionOpportunityContract | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exist: str | Unset
        if isinstance(self.exist, Unset):
            exist = UNSET
        elif isinstance(self.exist, SportsPersonDefinitionExist):
            exist = self.exist.value
        else:
            exist = self.exist

        recognized_foreign_sportsperson: str | Unset
        if isinstance(self.recognized_foreign_sportsperson, Unset):
            recognized_foreign_sportsperson = UNSET
        elif isinstance(
            self.recognized_foreign_sportsperson,
            SportsPersonDefinitionRecognizedForeignSportsperson,
        ):
            recognized_foreign_sportsperson = self.recognized_foreign_sportsperson.value
        else:
            recognized_foreign_sportsperson = self.recognized_foreign_sportsperson

        opportunity_contract: str | Unset
        if isinstance(self.opportunity_contract, Unset):
            opportunity_contract = UNSET
        elif isinstance(self.opportunity_contract, SportsPersonDefinitionOpportunityContract):
            opportunity_contract = self.opportunity_contract.value
        else:
            opportunity_contract = self.opportunity_contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exist is not UNSET:
            field_dict["Exist"] = exist
        if recognized_foreign_sportsperson is not UNSET:
            field_dict["RecognizedForeignSportsperson"] = recognized_foreign_sportsperson
        if opportunity_contract is not UNSET:
            field_dict["OpportunityContract"] = opportunity_contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_exist(data: object) -> SportsPersonDefinitionExist | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                exist_type_0 = SportsPersonDefinitionExist(data)

                return exist_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SportsPersonDefinitionExist | str | Unset, data)

        exist = _parse_exist(d.pop("Exist", UNSET))

        def _parse_recognized_foreign_sportsperson(
            data: object,
        ) -> SportsPersonDefinitionRecognizedForeignSportsperson | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recognized_foreign_sportsperson_type_0 = (
                    SportsPersonDefinitionRecognizedForeignSportsperson(data)
                )

                return recognized_foreign_sportsperson_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SportsPersonDefinitionRecognizedForeignSportsperson | str | Unset, data)

        recognized_foreign_sportsperson = _parse_recognized_foreign_sportsperson(
            d.pop("RecognizedForeignSportsperson", UNSET)
        )

        def _parse_opportunity_contract(
            data: object,
        ) -> SportsPersonDefinitionOpportunityContract | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opportunity_contract_type_0 = SportsPersonDefinitionOpportunityContract(data)

                return opportunity_contract_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SportsPersonDefinitionOpportunityContract | str | Unset, data)

        opportunity_contract = _parse_opportunity_contract(d.pop("OpportunityContract", UNSET))

        sports_person_definition_record = cls(
            exist=exist,
            recognized_foreign_sportsperson=recognized_foreign_sportsperson,
            opportunity_contract=opportunity_contract,
        )

        sports_person_definition_record.additional_properties = d
        return sports_person_definition_record

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
