from enum import StrEnum


class ContractAgricultureTypeType2Type1(StrEnum):
    AGRICULTURE = "Agriculture"
    HORTICULTURE = "Horticulture"
    HORTICULTURECHICORY = "HorticultureChicory"
    HORTICULTUREFRUIT = "HorticultureFruit"
    HORTICULTUREMUSHROOM = "HorticultureMushroom"

    def __str__(self) -> str:
        return str(self.value)
