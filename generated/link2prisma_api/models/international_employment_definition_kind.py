from enum import StrEnum


class InternationalEmploymentDefinitionKind(StrEnum):
    FRONTIERWORKER = "FrontierWorker"
    SALARYSPLIT = "SalarySplit"
    SECONDMENTFROM = "SecondmentFrom"
    SECONDMENTTO = "SecondmentTo"

    def __str__(self) -> str:
        return str(self.value)
