from enum import StrEnum


class AddWorkerTaxTaxCalculation(StrEnum):
    AMOUNT = "Amount"
    CONVERSIONPT = "ConversionPT"
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
