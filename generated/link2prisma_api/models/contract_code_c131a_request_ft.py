from enum import StrEnum


class ContractCodeC131ARequestFT(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
