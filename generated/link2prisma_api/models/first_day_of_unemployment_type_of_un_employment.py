from enum import StrEnum


class FirstDayOfUnemploymentTypeOfUnEmployment(StrEnum):
    BADWEATHER = "BadWeather"
    ECONOMICREASON = "EconomicReason"
    TECHNICALDISORDER = "TechnicalDisorder"

    def __str__(self) -> str:
        return str(self.value)
