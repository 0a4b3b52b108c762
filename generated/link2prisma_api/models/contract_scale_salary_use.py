from enum import StrEnum


class ContractScaleSalaryUse(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
