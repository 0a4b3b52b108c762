from enum import StrEnum


class MethodOfRemunerationDefinitionPayment(StrEnum):
    FIXED = "Fixed"
    MIXED = "Mixed"
    VARIABLE = "Variable"

    def __str__(self) -> str:
        return str(self.value)
