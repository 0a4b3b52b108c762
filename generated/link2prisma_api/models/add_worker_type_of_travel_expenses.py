from enum import StrEnum


class AddWorkerTypeOfTravelExpenses(StrEnum):
    ORGANISEDCOMMONTRANSPORT = "OrganisedCommonTransport"
    OTHER = "Other"
    PUBLICCOMMONTRANSPORT = "PublicCommonTransport"

    def __str__(self) -> str:
        return str(self.value)
