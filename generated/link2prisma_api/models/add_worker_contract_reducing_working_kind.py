from enum import StrEnum


class AddWorkerContractReducingWorkingKind(StrEnum):
    NIHIL = "Nihil"
    PAID = "Paid"
    UNPAID = "Unpaid"

    def __str__(self) -> str:
        return str(self.value)
