from enum import StrEnum


class TemporaryUnemploymentStatus(StrEnum):
    ERROR = "Error"
    INPROGRESS = "InProgress"
    OK = "OK"

    def __str__(self) -> str:
        return str(self.value)
