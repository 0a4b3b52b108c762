from enum import StrEnum


class DivergentPaymentsUpdateTypeID(StrEnum):
    AMOUNT = "Amount"
    PERCENTAGE = "Percentage"
    SALARYCODE = "Salarycode"

    def __str__(self) -> str:
        return str(self.value)
