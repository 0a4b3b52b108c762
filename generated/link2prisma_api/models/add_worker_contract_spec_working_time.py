from enum import StrEnum


class AddWorkerContractSpecWorkingTime(StrEnum):
    INTERRUPTIONS = "Interruptions"
    REGULAR = "Regular"
    SEASONALWORKER = "SeasonalWorker"

    def __str__(self) -> str:
        return str(self.value)
