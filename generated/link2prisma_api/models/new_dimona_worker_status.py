from enum import StrEnum


class NewDimonaWorkerStatus(StrEnum):
    F1 = "F1"
    F2 = "F2"

    def __str__(self) -> str:
        return str(self.value)
