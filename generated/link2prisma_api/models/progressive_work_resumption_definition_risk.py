from enum import StrEnum


class ProgressiveWorkResumptionDefinitionRisk(StrEnum):
    INCAPACITYFORWORK = "IncapacityForWork"
    MATERNITYPROTECTION = "MaternityProtection"

    def __str__(self) -> str:
        return str(self.value)
