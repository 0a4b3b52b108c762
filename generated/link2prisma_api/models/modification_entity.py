from enum import StrEnum


class ModificationEntity(StrEnum):
    ADDRESS = "Address"
    COMMUNICATION = "Communication"
    CONTRACT = "Contract"
    FAMILYSTATUS = "FamilyStatus"
    SALARYCOMPOSITION = "SalaryComposition"
    TAX = "Tax"
    WORKER = "Worker"

    def __str__(self) -> str:
        return str(self.value)
