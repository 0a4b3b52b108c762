from enum import StrEnum


class AddWorkerPayWay(StrEnum):
    ASSIGNMENTLIST = "AssignmentList"
    CASH = "Cash"
    ELECTRONIC = "Electronic"
    TRANSFER = "Transfer"

    def __str__(self) -> str:
        return str(self.value)
