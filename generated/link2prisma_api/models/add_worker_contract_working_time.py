from enum import StrEnum


class AddWorkerContractWorkingTime(StrEnum):
    FULLTIME = "Fulltime"
    PARTTIME = "PartTime"

    def __str__(self) -> str:
        return str(self.value)
