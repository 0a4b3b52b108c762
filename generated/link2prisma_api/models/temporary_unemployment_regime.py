from enum import StrEnum


class TemporaryUnemploymentRegime(StrEnum):
    ATLEAST3DAYSAWEEK = "AtLeast3DaysAWeek"
    FULLTIME = "FullTime"
    LESSTHAN3DAYSAWEEK = "LessThan3DaysAWeek"

    def __str__(self) -> str:
        return str(self.value)
