from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.divergent_payment_pay_way import DivergentPaymentPayWay
from ..models.divergent_payment_payout_type import DivergentPaymentPayoutType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DivergentPaymentRecord")


@_attrs_define
class DivergentPaymentRecord:
    """
    Attributes:
        startdate (str | Unset):
        enddate (str | Unset):
        payout_type (DivergentPaymentPayoutType | str | Unset):
        salary_code (int | Unset):
        amount (float | Unset):
        pay_way (DivergentPaymentPayWay | str | Unset):
        beneficiary (str | Unset):
        street (str | Unset):
        house_number (str | Unset):
        post_box (str | Unset):
        zip_code (str | Unset):
        city (str | Unset):
        reference (str | Unset):
        bank_account (str | Unset):
        bic_code (str | Unset):
    """

    startdate: str | Unset = UNSET
    enddate: str | Unset = UNSET
    payout_type: DivergentPaymentPayoutType | str | Unset = UNSET
    salary_code: int | Unset = UNSET
    amount: float | Unset = UNSET
    pay_way: DivergentPaymentPayWay | str | Unset = UNSET
    beneficiary: str | Unset = UNSET
    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    post_box: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    reference: str | Unset = UNSET
    bank_account: str | Unset = UNSET
    bic_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        enddate = self.enddate

        payout_type: str | Unset
        if isinstance(self.payout_type, Unset):
            payout_type = UNSET
        elif isinstance(self.payout_type, DivergentPaymentPayoutType):
            payout_type = self.payout_type.value
        else:
            payout_type = self.payout_type

        salary_code = self.salary_code

        amount = self.amount

        pay_way: str | Unset
        if isinstance(self.pay_way, Unset):
            pay_way = UNSET
        elif isinstance(self.pay_way, DivergentPaymentPayWay):
            pay_way = self.pay_way.value
        else:
            pay_way = self.pay_way

        beneficiary = self.beneficiary

        street = self.street

        house_number = self.house_number

        post_box = self.post_box

        zip_code = self.zip_code

        city = self.city

        reference = self.reference

        bank_account = self.bank_account

        bic_code = self.bic_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if startdate is not UNSET:
            field_dict["Startdate"] = startdate
        if enddate is not UNSET:
            field_dict["Enddate"] = enddate
        if payout_type is not UNSET:
            field_dict["PayoutType"] = payout_type
        if salary_code is not UNSET:
            field_dict["SalaryCode"] = salary_code
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if pay_way is not UNSET:
            field_dict["PayWay"] = pay_way
        if beneficiary is not UNSET:
            field_dict["Beneficiary"] = beneficiary
        if street is not UNSET:
            field_dict["Street"] = street
        if house_number is not UNSET:
            field_dict["HouseNumber"] = house_number
        if post_box is not UNSET:
            field_dict["PostBox"] = post_box
        if zip_code is not UNSET:
            field_dict["ZIPCode"] = zip_code
        if city is not UNSET:
            field_dict["City"] = city
        if reference is not UNSET:
            field_dict["Reference"] = reference
        if bank_account is not UNSET:
            field_dict["BankAccount"] = bank_account
        if bic_code is not UNSET:
            field_dict["BICCode"] = bic_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate", UNSET)

        enddate = d.pop("Enddate", UNSET)

        def _parse_payout_type(data: object) -> DivergentPaymentPayoutType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                payout_type_type_0 = DivergentPaymentPayoutType(data)

                return payout_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DivergentPaymentPayoutType | str | Unset, data)

        payout_type = _parse_payout_type(d.pop("PayoutType", UNSET))

        salary_code = d.pop("SalaryCode", UNSET)

        amount = d.pop("Amount", UNSET)

        def _parse_pay_way(data: object) -> DivergentPaymentPayWay | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                pay_way_type_0 = DivergentPaymentPayWay(data)

                return pay_way_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DivergentPaymentPayWay | str | Unset, data)

        pay_way = _parse_pay_way(d.pop("PayWay", UNSET))

        beneficiary = d.pop("Beneficiary", UNSET)

        street = d.pop("Street", UNSET)

        house_number = d.pop("HouseNumber", UNSET)

        post_box = d.pop("PostBox", UNSET)

        zip_code = d.pop("ZIPCode", UNSET)

        city = d.pop("City", UNSET)

        reference = d.pop("Reference", UNSET)

        bank_account = d.pop("BankAccount", UNSET)

        bic_code = d.pop("BICCode", UNSET)

        divergent_payment_record = cls(
            startdate=startdate,
            enddate=enddate,
            payout_type=payout_type,
            salary_code=salary_code,
            amount=amount,
            pay_way=pay_way,
            beneficiary=beneficiary,
            street=street,
            house_number=house_number,
            post_box=post_box,
            zip_code=zip_code,
            city=city,
            reference=reference,
            bank_account=bank_account,
            bic_code=bic_code,
        )

        divergent_payment_record.additional_properties = d
        return divergent_payment_record

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
