from enum import StrEnum


class WorkerRecordPayWay(StrEnum):
    ASSIGNMENTLIST = "AssignmentList"
    CASH = "Cash"
    ELECTRONIC = "Electronic"
    TRANSFER = "Transfer"

    def __str__(self) -> str:
        return str(self.value)
