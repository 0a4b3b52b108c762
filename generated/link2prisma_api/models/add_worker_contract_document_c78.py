from enum import StrEnum


class AddWorkerContractDocumentC78(StrEnum):
    BRUSSELSLONGTERMJOBSEEKERS = "BrusselsLongtermJobSeekers"
    BRUSSELSREDUCEDABILITY = "BrusselsReducedAbility"
    C783 = "C783"
    C784 = "C784"
    C78ACTIVA = "C78Activa"
    C78SHORTTERM = "C78ShortTerm"
    C78SINE = "C78Sine"
    C78START = "C78Start"
    NIHIL = "Nihil"
    WALLONIAIMPULSIONINSERTION = "WalloniaImpulsionInsertion"
    WALLONIALONGTERMJOBSEEKERS = "WalloniaLongtermJobSeekers"
    WALLONIAYOUNGJOBSEEKERS = "WalloniaYoungJobSeekers"

    def __str__(self) -> str:
        return str(self.value)
