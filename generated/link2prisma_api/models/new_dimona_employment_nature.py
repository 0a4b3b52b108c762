from enum import StrEnum


class NewDimonaEmploymentNature(StrEnum):
    EMPLOYEE = "Employee"
    WORKER = "Worker"

    def __str__(self) -> str:
        return str(self.value)
