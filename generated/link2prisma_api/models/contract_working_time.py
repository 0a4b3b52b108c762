from enum import StrEnum


class ContractWorkingTime(StrEnum):
    FULLTIME = "Fulltime"
    PARTTIME = "PartTime"

    def __str__(self) -> str:
        return str(self.value)
