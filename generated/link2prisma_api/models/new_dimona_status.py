from enum import StrEnum


class NewDimonaStatus(StrEnum):
    BLOCKED = "Blocked"
    ERROR = "Error"
    INPROGRESS = "InProgress"
    OK = "OK"

    def __str__(self) -> str:
        return str(self.value)
