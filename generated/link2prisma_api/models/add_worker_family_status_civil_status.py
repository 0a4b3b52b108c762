from enum import StrEnum


class AddWorkerFamilyStatusCivilStatus(StrEnum):
    COHABITATION = "Cohabitation"
    DIVORCED = "Divorced"
    LIVETOGETHER = "LiveTogether"
    MARRIED = "Married"
    SEPARATED = "Separated"
    SINGLE = "Single"
    WIDOW = "Widow"

    def __str__(self) -> str:
        return str(self.value)
