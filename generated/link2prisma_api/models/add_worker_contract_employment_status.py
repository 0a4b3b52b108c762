from enum import StrEnum


class AddWorkerContractEmploymentStatus(StrEnum):
    DIRECTOR = "Director"
    EMPLOYEE = "Employee"
    WORKMAN = "Workman"

    def __str__(self) -> str:
        return str(self.value)
