from enum import StrEnum


class WorkerRecordTravelExpenses(StrEnum):
    BICYCLE = "Bicycle"
    NONE = "None"
    OWNTRANSPORT = "OwnTransport"
    PUBLICTRANSPORTOTHER = "PublicTransportOther"
    PUBLICTRANSPORTTRAIN = "PublicTransportTrain"

    def __str__(self) -> str:
        return str(self.value)
