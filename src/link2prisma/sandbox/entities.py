"""The kinds of record the sandbox keeps, and how each one's key is made.

Every record lives in one generic table ``records(employer, worker, entity, key, doc)``: the
``entity`` is one of the names below, ``worker`` is the worker number (0 for records of the
employer itself) and ``key`` is made from the document by :func:`record_key`. Date keys are
``yyyymmdd`` strings, so ordering keys as text orders them in time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["EMPLOYER_LEVEL", "KEY_FIELDS", "record_key"]

#: entity -> the document fields its key is made of (joined with ``|``).
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "Worker": (),
    "Contract": ("Startdate",),
    "Address": ("Startdate",),
    "FamilyStatus": ("Startdate",),
    "Communication": ("CommunicationType", "Value"),
    "Tax": ("Startdate",),
    "Replacement": ("Startdate",),
    "CompanyCar": ("StartingDate",),
    "AbsenceNote": ("Notedate",),
    "Dimona": ("StartingDate",),
    "Absence": ("Day", "Code"),
    "PrestationDay": ("Day",),
    "PrestationCosts": ("Period",),
    "PrestationsCompleted": ("Period",),
    "DivergentPayment": ("Startdate", "PayoutType"),
    "CostCentre": ("Startdate",),
    "SalaryComposition": ("Code", "Startdate"),
    "DivergentSalaryScale": ("Startdate",),
    "LeaveCounter": ("Year", "CounterID", "SalaryCode"),
    "FirstDayOfUnemployment": ("SerialNumber",),
    "Document": ("DocumentID",),
    "Withdrawal": ("DocumentID",),
    "Schedule": ("ScheduleID",),
    "Department": ("Department",),
    "EmployerCostCentre": ("CostCentre",),
    "JointCommittee": ("JointCommissionNbr",),
    "NssoCategory": ("CatRSZ",),
    "ProfCats": ("JointCommissionNbr",),
}

#: Entities kept at employer level (worker 0).
EMPLOYER_LEVEL = frozenset(
    {
        "PrestationsCompleted",
        "FirstDayOfUnemployment",
        "Document",
        "Withdrawal",
        "Schedule",
        "Department",
        "EmployerCostCentre",
        "JointCommittee",
        "NssoCategory",
        "ProfCats",
    }
)

_NUMERIC_KEYS = frozenset({"SerialNumber", "DocumentID", "Code", "CounterID", "SalaryCode", "Year"})


def _part(field: str, value: Any) -> str:
    if field in _NUMERIC_KEYS and isinstance(value, int) and not isinstance(value, bool):
        return f"{value:010d}"
    return "" if value is None else str(value)


def record_key(entity: str, doc: Mapping[str, Any]) -> str:
    """The key of ``doc`` as a record of ``entity``."""
    return "|".join(_part(field, doc.get(field)) for field in KEY_FIELDS[entity])
