from enum import StrEnum


class DimonaStatus(StrEnum):
    BLOCKED = "Blocked"
    ERROR = "Error"
    INPROGRESS = "InProgress"
    OK = "OK"

    def __str__(self) -> str:
        return str(self.value)
