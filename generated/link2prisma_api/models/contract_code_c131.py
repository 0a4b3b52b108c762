from enum import StrEnum


class ContractCodeC131(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
