from enum import StrEnum


class WorkerRecordSex(StrEnum):
    F = "F"
    M = "M"

    def __str__(self) -> str:
        return str(self.value)
