from enum import StrEnum


class CareerBreakDefinitionOriginallyContractType(StrEnum):
    FULLTIME = "Fulltime"
    PARTTIME = "PartTime"

    def __str__(self) -> str:
        return str(self.value)
