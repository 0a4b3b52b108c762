from enum import StrEnum


class ContractCodeC98(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
