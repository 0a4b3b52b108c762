from enum import StrEnum


class ContractSocialBalanceJoblevel(StrEnum):
    BYFUNCTION = "ByFunction"
    EXECUTIVESTAFF = "ExecutiveStaff"
    MANAGEMENTSTAFF = "ManagementStaff"
    OPERATIONALSTAFF = "OperationalStaff"

    def __str__(self) -> str:
        return str(self.value)
