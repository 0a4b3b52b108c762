from enum import StrEnum


class AbsenceNoteResume(StrEnum):
    FULL = "Full"
    NONE = "None"
    PARTIAL = "Partial"

    def __str__(self) -> str:
        return str(self.value)
