from enum import StrEnum


class AddWorkerFamilyStatusSpouseWithIncome(StrEnum):
    PROFFINCOMELESSTHAN141 = "ProffIncomeLessThan141"
    PROFFINCOMELESSTHAN235 = "ProffIncomeLessThan235"
    PROFFINCOMELESSTHAN469 = "ProffIncomeLessThan469"
    WITHINCOME = "WithIncome"
    WITHOUTINCOME = "WithoutIncome"

    def __str__(self) -> str:
        return str(self.value)
