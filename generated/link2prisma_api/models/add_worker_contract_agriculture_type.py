from enum import StrEnum


class AddWorkerContractAgricultureType(StrEnum):
    AGRICULTURE = "Agriculture"
    HORTICULTURE = "Horticulture"
    HORTICULTURECHICORY = "HorticultureChicory"
    HORTICULTUREFRUIT = "HorticultureFruit"
    HORTICULTUREMUSHROOM = "HorticultureMushroom"

    def __str__(self) -> str:
        return str(self.value)
