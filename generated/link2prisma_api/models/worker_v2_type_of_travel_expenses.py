from enum import StrEnum


class WorkerV2TypeOfTravelExpenses(StrEnum):
    ORGANISEDCOMMONTRANSPORT = "OrganisedCommonTransport"
    OTHER = "Other"
    PUBLICCOMMONTRANSPORT = "PublicCommonTransport"

    def __str__(self) -> str:
        return str(self.value)
