from enum import StrEnum


class MethodOfRemunerationDefinitionRemuneration(StrEnum):
    COMMISSION = "Commission"
    PIECE = "Piece"
    SERVICEVOUCHERS = "ServiceVouchers"

    def __str__(self) -> str:
        return str(self.value)
