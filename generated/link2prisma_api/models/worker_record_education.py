from enum import StrEnum


class WorkerRecordEducation(StrEnum):
    BASIC = "Basic"
    HIGHERSECONDARY = "HigherSecondary"
    LOWERSECONDARY = "LowerSecondary"
    NOTUNIVERSITY = "NotUniversity"
    SECONDARY1DEGREE = "Secondary1Degree"
    SECONDARY2DEGREE = "Secondary2Degree"
    SECONDARY3DEGREE = "Secondary3Degree"
    UNIVERSITY = "University"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
