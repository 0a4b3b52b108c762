from enum import StrEnum


class TaxTaxCalculation(StrEnum):
    AMOUNT = "Amount"
    CONVERSION_PT = "Conversion PT"
    FISCVOLAMOUNT = "FiscVolAmount"
    FISCVOLPERCENT = "FiscVolPercent"
    NOCITY = "NoCity"
    NONRESIDENT = "NonResident"
    NORMAL = "Normal"
    NORMALMINAMOUNT = "NormalMinAmount"
    NORMALMINPERC = "NormalMinPerc"
    NORMALPLUS = "NormalPlus"
    NOTAX = "NoTax"
    PERCENT = "Percent"
    PERCENTNORMAL = "PercentNormal"
    TRAINER = "Trainer"
    YOUNGER = "Younger"

    def __str__(self) -> str:
        return str(self.value)
