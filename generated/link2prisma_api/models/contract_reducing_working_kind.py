from enum import StrEnum


class ContractReducingWorkingKind(StrEnum):
    NIHIL = "Nihil"
    PAID = "Paid"
    UNPAID = "Unpaid"

    def __str__(self) -> str:
        return str(self.value)
