from enum import StrEnum


class ContractAgricultureType(StrEnum):
    AGRICULTURE = "Agriculture"
    HORTICULTURE = "Horticulture"
    HORTICULTURECHICORY = "HorticultureChicory"
    HORTICULTUREFRUIT = "HorticultureFruit"
    HORTICULTUREMUSHROOM = "HorticultureMushroom"

    def __str__(self) -> str:
        return str(self.value)
