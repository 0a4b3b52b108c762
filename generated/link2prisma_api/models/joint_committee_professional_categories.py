from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.professional_category import ProfessionalCategory


T = TypeVar("T", bound="JointCommitteeProfessionalCategories")


@_attrs_define
class JointCommitteeProfessionalCategories:
    """
    Attributes:
        joint_commission_nbr (str | Unset):
        prof_cats (list[None | ProfessionalCategory] | Unset):
    """

    joint_commission_nbr: str | Unset = UNSET
    prof_cats: list[None | ProfessionalCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.professional_category import ProfessionalCategory  # noqa: PLC0415

        joint_commission_nbr = self.joint_commission_nbr

        prof_cats: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.prof_cats, Unset):
            prof_cats = []
            for prof_cats_item_data in self.prof_cats:
                prof_cats_item: dict[str, Any] | None
                if isinstance(prof_cats_item_data, ProfessionalCategory):
                    prof_cats_item = prof_cats_item_data.to_dict()
                else:
                    prof_cats_item = prof_cats_item_data
                prof_cats.append(prof_cats_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if joint_commission_nbr is not UNSET:
            field_dict["JointCommissionNbr"] = joint_commission_nbr
        if prof_cats is not UNSET:
            field_dict["ProfCats"] = prof_cats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.professional_category import ProfessionalCategory  # noqa: PLC0415

        d = dict(src_dict)
        joint_commission_nbr = d.pop("JointCommissionNbr", UNSET)

        _prof_cats = d.pop("ProfCats", UNSET)
        prof_cats: list[None | ProfessionalCategory] | Unset = UNSET
        if _prof_cats is not UNSET:
            prof_cats = []
            for prof_cats_item_data in _prof_cats:

                def _parse_prof_cats_item(data: object) -> None | ProfessionalCategory:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        prof_cats_item_type_0 = ProfessionalCategory.from_dict(data)

                        return prof_cats_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | ProfessionalCategory, data)

                prof_cats_item = _parse_prof_cats_item(prof_cats_item_data)

                prof_cats.append(prof_cats_item)

        joint_committee_professional_categories = cls(
            joint_commission_nbr=joint_commission_nbr,
            prof_cats=prof_cats,
        )

        joint_committee_professional_categories.additional_properties = d
        return joint_committee_professional_categories

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
