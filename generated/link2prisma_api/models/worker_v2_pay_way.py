from enum import StrEnum


class WorkerV2PayWay(StrEnum):
    ASSIGNMENTLIST = "AssignmentList"
    CASH = "Cash"
    ELECTRONIC = "Electronic"
    TRANSFER = "Transfer"

    def __str__(self) -> str:
        return str(self.value)
