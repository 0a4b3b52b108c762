from enum import StrEnum


class RetiredDefinitionKind(StrEnum):
    PENSIONPRIVATESECTOR = "PensionPrivateSector"
    PENSIONPUBLICSECTOR = "pensionPublicSector"
    PENSIONSELFEMPLOYED = "PensionSelfEmployed"
    SURVIVALPENSION = "SurvivalPension"

    def __str__(self) -> str:
        return str(self.value)
