from enum import StrEnum


class NewDimonaContractType(StrEnum):
    A17 = "A17"
    APPRENTICE = "Apprentice"
    DWD = "DWD"
    EXTRA = "Extra"
    FLEX = "Flex"
    IBO = "IBO"
    NORMAL = "Normal"
    O17 = "O17"
    S17 = "S17"
    STG = "STG"
    TRI = "TRI"

    def __str__(self) -> str:
        return str(self.value)
