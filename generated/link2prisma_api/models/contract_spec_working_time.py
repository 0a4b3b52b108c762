from enum import StrEnum


class ContractSpecWorkingTime(StrEnum):
    INTERRUPTIONS = "Interruptions"
    REGULAR = "Regular"
    SEASONALWORKER = "SeasonalWorker"

    def __str__(self) -> str:
        return str(self.value)
