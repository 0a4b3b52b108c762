from enum import StrEnum


class AbsenceNoteReason(StrEnum):
    ACCIDENT = "Accident"
    EXTENSION = "Extension"
    SICKNESS = "Sickness"

    def __str__(self) -> str:
        return str(self.value)
