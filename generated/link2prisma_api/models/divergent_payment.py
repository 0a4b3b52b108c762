from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.divergent_payment_pay_way import DivergentPaymentPayWay
from ..models.divergent_payment_payout_type import DivergentPaymentPayoutType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DivergentPayment")


@_attrs_define
class DivergentPayment:
    """
    Attributes:
        startdate (str):
        enddate (str):
        payout_type (DivergentPaymentPayoutType): The values the vendor schema lists for `DivergentPayment.PayoutType`.
        amount (float):
        pay_way (DivergentPaymentPayWay): The values the vendor schema lists for `DivergentPayment.PayWay`.
        bank_account (str): IBAN (ISO 13616, mod-97 checked; spaces are accepted on input and removed before sending),
            or empty.
        bic_code (str):
        salary_code (int | Unset):
        beneficiary (str | Unset):
        street (str | Unset):
        house_number (str | Unset):
        post_box (str | Unset):
        zip_code (str | Unset):
        city (str | Unset):
        reference (str | Unset):
    """

    startdate: str
    enddate: str
    payout_type: DivergentPaymentPayoutType
    amount: float
    pay_way: DivergentPaymentPayWay
    bank_account: str
    bic_code: str
    salary_code: int | Unset = UNSET
    beneficiary: str | Unset = UNSET
    street: str | Unset = UNSET
    house_number: str | Unset = UNSET
    post_box: str | Unset = UNSET
    zip_code: str | Unset = UNSET
    city: str | Unset = UNSET
    reference: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        startdate = self.startdate

        enddate = self.enddate

        payout_type = self.payout_type.value

        amount = self.amount

        pay_way = self.pay_way.value

        bank_account = self.bank_account

        bic_code = self.bic_code

        salary_code = self.salary_code

        beneficiary = self.beneficiary

        street = self.street

        house_number = self.house_number

        post_box = self.post_box

        zip_code = self.zip_code

        city = self.city

        reference = self.reference

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Startdate": startdate,
                "Enddate": enddate,
                "PayoutType": payout_type,
                "Amount": amount,
                "PayWay": pay_way,
                "BankAccount": bank_account,
                "BICCode": bic_code,
            }
        )
        if salary_code is not UNSET:
            field_dict["SalaryCode"] = salary_code
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        startdate = d.pop("Startdate")

        enddate = d.pop("Enddate")

        payout_type = DivergentPaymentPayoutType(d.pop("PayoutType"))

        amount = d.pop("Amount")

        pay_way = DivergentPaymentPayWay(d.pop("PayWay"))

        bank_account = d.pop("BankAccount")

        bic_code = d.pop("BICCode")

        salary_code = d.pop("SalaryCode", UNSET)

        beneficiary = d.pop("Beneficiary", UNSET)

        street = d.pop("Street", UNSET)

        house_number = d.pop("HouseNumber", UNSET)

        post_box = d.pop("PostBox", UNSET)

        zip_code = d.pop("ZIPCode", UNSET)

        city = d.pop("City", UNSET)

        reference = d.pop("Reference", UNSET)

        divergent_payment = cls(
            startdate=startdate,
            enddate=enddate,
            payout_type=payout_type,
            amount=amount,
            pay_way=pay_way,
            bank_account=bank_account,
            bic_code=bic_code,
            salary_code=salary_code,
            beneficiary=beneficiary,
            street=street,
            house_number=house_number,
            post_box=post_box,
            zip_code=zip_code,
            city=city,
            reference=reference,
        )

        return divergent_payment
