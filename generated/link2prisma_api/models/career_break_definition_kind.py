from enum import StrEnum


class CareerBreakDefinitionKind(StrEnum):
    FULLTIME = "Fulltime"
    PARTTIMEHALF = "PartTimeHalf"
    PARTTIMEONEFIFTH = "PartTimeOneFifth"
    PARTTIMEONEQUARTER = "PartTimeOneQuarter"
    PARTTIMEONETENTH = "PartTimeOneTenth"
    PARTTIMEONETHIRD = "PartTimeOneThird"
    PARTTIMETHREEFIFTHS = "PartTimeThreeFifths"

    def __str__(self) -> str:
        return str(self.value)
