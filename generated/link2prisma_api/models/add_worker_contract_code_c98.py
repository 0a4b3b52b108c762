from enum import StrEnum


class AddWorkerContractCodeC98(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
