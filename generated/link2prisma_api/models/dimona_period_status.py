from enum import StrEnum


class DimonaPeriodStatus(StrEnum):
    BLOCKED = "Blocked"
    ERROR = "Error"
    INPROGRESS = "InProgress"
    OK = "OK"

    def __str__(self) -> str:
        return str(self.value)
