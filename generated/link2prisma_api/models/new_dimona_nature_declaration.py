from enum import StrEnum


class NewDimonaNatureDeclaration(StrEnum):
    DIMONACANCEL = "DimonaCancel"
    DIMONAIN = "DimonaIn"
    DIMONAMODIFICATION = "DimonaModification"
    DIMONAOUT = "DimonaOut"

    def __str__(self) -> str:
        return str(self.value)
