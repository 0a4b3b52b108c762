from enum import StrEnum


class WorkerRecordLanguage(StrEnum):
    D = "D"
    E = "E"
    F = "F"
    N = "N"

    def __str__(self) -> str:
        return str(self.value)
