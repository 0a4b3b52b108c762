from enum import StrEnum


class DivergentPaymentsDeleteTypeID(StrEnum):
    AMOUNT = "Amount"
    PERCENTAGE = "Percentage"
    SALARYCODE = "Salarycode"

    def __str__(self) -> str:
        return str(self.value)
