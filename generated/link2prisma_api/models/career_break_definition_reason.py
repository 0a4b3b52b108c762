from enum import StrEnum


class CareerBreakDefinitionReason(StrEnum):
    CERTIFIEDTRAINING = "CertifiedTraining"
    CHILDCAREHANDICAPUNDER21 = "ChildCareHandicapUnder21"
    CHILDCAREUNDER8 = "ChildCareUnder8"
    CRISIS = "Crisis"
    ENDOFCAREER = "EndOfCareer"
    FAMILYCARE = "FamilyCare"
    FAMILYCARECORONA = "FamilyCareCorona"
    OTHER = "Other"
    PALLIATIVECARE = "PalliativeCare"
    PARENTALLEAVE = "ParentalLeave"
    SERIOUSLYILL = "SeriouslyIll"
    SICKCHILD = "SickChild"

    def __str__(self) -> str:
        return str(self.value)
