from enum import StrEnum


class RetiredDefinitionApplyCollecting2NdPensionPillar(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
