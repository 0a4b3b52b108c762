from enum import StrEnum


class AddWorkerFamilyStatusSpouseProfession(StrEnum):
    CIVILSERVANT = "CivilServant"
    EMPLOYEE = "Employee"
    HANDWORKER = "Handworker"
    MINER = "Miner"
    NIL = "Nil"
    OTHER = "Other"
    SAILOR = "Sailor"
    SELFEMPLOYED = "SelfEmployed"
    SERVANT = "Servant"

    def __str__(self) -> str:
        return str(self.value)
