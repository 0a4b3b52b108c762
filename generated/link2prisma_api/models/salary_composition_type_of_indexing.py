from enum import StrEnum


class SalaryCompositionTypeOfIndexing(StrEnum):
    FROZENSALARY = "FrozenSalary"
    INDEXATION = "Indexation"
    NOINDEXATION = "NoIndexation"
    SALARYABOVESCALE = "SalaryAboveScale"

    def __str__(self) -> str:
        return str(self.value)
