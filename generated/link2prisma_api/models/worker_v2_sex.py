from enum import StrEnum


class WorkerV2Sex(StrEnum):
    F = "F"
    M = "M"

    def __str__(self) -> str:
        return str(self.value)
