"""The sandbox's synthetic workers as the server answers them, and what must never be shown.

For privacy tests: :data:`PEOPLE` holds a few workers of :mod:`link2prisma.sandbox.data`
(WorkerRecord-shaped, with their addresses, communications, contracts and family statuses)
and the needles to search outputs for: their names, streets, e-mail addresses, national
register numbers and IBANs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from link2prisma.sandbox.data import generate_employer

# Sandbox entity -> the WorkerRecord member that lists it.
_HISTORIES = {
    "Address": "address",
    "Communication": "Communication",
    "Contract": "contract",
    "FamilyStatus": "FamilyStatus",
}


@dataclass(frozen=True)
class People:
    records: list[dict[str, Any]]
    needles: frozenset[str]


def people(workers: int = 4) -> People:
    """``workers`` workers of the first sandbox employer (seed 1)."""
    _, seeds = generate_employer(seed=1, index=0, workers=workers)
    found: dict[int, dict[str, Any]] = {}
    for seed in seeds:
        if seed.entity == "Worker":
            found[seed.worker] = dict(seed.doc)
    for seed in seeds:
        if seed.entity in _HISTORIES and seed.worker in found:
            found[seed.worker].setdefault(_HISTORIES[seed.entity], []).append(seed.doc)
    needles: set[str] = set()
    for w in found.values():
        needles |= {w["Name"], w["Firstname"], str(w["INSS"]).zfill(11), w["BankAccount"]}
        needles |= {a["Street"] for a in w.get("address", [])}
        needles |= {str(c["Value"]) for c in w.get("Communication", []) if "@" in str(c["Value"])}
        for status in w.get("FamilyStatus", []):
            needles |= {status[k] for k in ("SpouseName", "SpouseFirstname") if k in status}
    return People(list(found.values()), frozenset(needles))


PEOPLE = people()
