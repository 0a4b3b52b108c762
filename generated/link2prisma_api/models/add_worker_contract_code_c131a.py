from enum import StrEnum


class AddWorkerContractCodeC131A(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
