from enum import StrEnum


class TemporaryUnemploymentTypeOfUnEmployment(StrEnum):
    ECONOMICREASON = "EconomicReason"
    EMPLOYEE = "Employee"
    SUPREMACY = "Supremacy"
    TECHNICALDISORDER = "TechnicalDisorder"

    def __str__(self) -> str:
        return str(self.value)
