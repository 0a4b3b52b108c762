from enum import StrEnum


class AddWorkerContractCodeC131(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
