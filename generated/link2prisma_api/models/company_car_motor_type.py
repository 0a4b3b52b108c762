from enum import StrEnum


class CompanyCarMotorType(StrEnum):
    CNG = "CNG"
    DIESEL = "Diesel"
    ELECTRIC = "Electric"
    GASOLINE = "Gasoline"
    LPG = "LPG"

    def __str__(self) -> str:
        return str(self.value)
