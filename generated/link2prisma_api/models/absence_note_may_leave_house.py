from enum import StrEnum


class AbsenceNoteMayLeaveHouse(StrEnum):
    N = "N"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
