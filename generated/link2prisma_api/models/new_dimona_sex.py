from enum import StrEnum


class NewDimonaSex(StrEnum):
    F = "F"
    M = "M"

    def __str__(self) -> str:
        return str(self.value)
