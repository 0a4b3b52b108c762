"""What the 92 operations do, on the record store, following the manual's rules.

Most operations are generic create/read/update/delete on one entity and are driven by the
:data:`CRUD` table; the rest (workers, absences, prestations, documents, ...) have short
functions of their own. A handler returns an :class:`Outcome` or raises :class:`BusinessError`;
the processor rolls the handler's changes back on a business error and records the failure in
the request's Result.

Result conventions (``Statuscode``):

- ``"200"``: done, ``Response`` holds the data (JSON text; base64 text for ``document/{id}``).
- ``"201"``: done, a write; ``Response`` is ``""`` (prestations: the JSON list of the lines
  that failed, ``""`` when none did, as the manual says the response "remains empty"; first
  day of unemployment: the created notification).
- ``"204"``: done, nothing to answer (no record valid on a RefDate, an empty list);
  ``Response`` is ``null``.
- ``"404"``: the worker or record does not exist. ``"409"``: it exists already (e.g. ``POST
  /worker`` with a taken WorkerNumber). ``"400.05"``: a business rule was broken (cost-centre
  percentages not adding up to 100, deleting a worker's last contract or address, ...).
  ``"500"``: a processing failure (injected by the sandbox's fault options).
"""

from __future__ import annotations

import base64
import binascii
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .entities import record_key
from .store import QueuedRequest, Tx

__all__ = ["OPERATIONS", "BusinessError", "Outcome", "handle", "worker_exists"]

#: Entities whose changes are listed by ``GET /modifications`` (the vendor enum).
_MODIFICATION_ENTITIES = frozenset(
    {"Worker", "Contract", "Address", "Communication", "FamilyStatus", "Tax", "SalaryComposition"}
)
_ACTIONS = {"GET": "get", "POST": "insert", "PUT": "update", "DELETE": "delete"}
_MOD_ACTIONS = {"POST": "add", "PUT": "update", "DELETE": "delete"}


class BusinessError(Exception):
    """A business-rule failure: the request is done, with an error Statuscode."""

    def __init__(self, statuscode: str, description: str) -> None:
        super().__init__(description)
        self.statuscode = statuscode
        self.description = description


@dataclass
class Outcome:
    """How a processed request ended."""

    statuscode: str
    response: str | None
    description: str | None = None
    type: str = ""


@dataclass
class Call:
    """One request being processed."""

    tx: Tx
    req: QueuedRequest
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def body(self) -> Any:
        return self.req.body

    @property
    def user(self) -> str:
        return self.req.user

    def worker(self) -> int:
        return int(self.params["workerID"])

    def require_worker(self, number: int | None = None) -> int:
        n = self.worker() if number is None else number
        if not self.tx.worker_exists(n):
            raise BusinessError("404", f"Worker {n} does not exist")
        return n

    def changed(self, worker: int, entity: str, key: str, previous: str | None = None) -> None:
        if entity in _MODIFICATION_ENTITIES:
            self.tx.modification(
                worker=worker,
                user=self.user,
                action=_MOD_ACTIONS.get(self.req.method, "unknown"),
                entity=entity,
                key=str(worker) if entity == "Worker" else key,
                previous_key=previous,
            )


Handler = Callable[[Call], Outcome]


def _data(payload: Any, type_: str) -> Outcome:
    """A GET's answer: 204 when there is nothing, else 200 with the JSON text."""
    if payload is None or payload == []:
        return Outcome("204", None, "No data", type=type_)
    return Outcome("200", json.dumps(payload, ensure_ascii=False), type=type_)


def _written(type_: str, response: str = "") -> Outcome:
    return Outcome("201", response, type=type_)


def _clean(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if not k.startswith("_")}


def _valid_on(docs: list[dict[str, Any]], ref: str, start: str = "Startdate") -> dict[str, Any]:
    """The record valid on ``ref``: Startdate <= ref and (no Enddate or Enddate >= ref)."""
    end = "Enddate" if start == "Startdate" else "EndingDate"
    valid = [
        d
        for d in docs
        if str(d.get(start, "")) <= ref and (not d.get(end) or str(d.get(end)) >= ref)
    ]
    return max(valid, key=lambda d: str(d.get(start, ""))) if valid else {}


# --- generic CRUD ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Crud:
    """A worker (or employer) entity handled generically."""

    entity: str
    #: record field -> path parameter, identifying one record for get/update/delete.
    id_params: dict[str, str]
    #: GET picks the record valid on a reference date instead of an exact key.
    refdate: bool = False
    #: The worker must keep at least one such record.
    keep_one: bool = False
    #: Called with (call, new document) before a create or update is stored.
    check: Callable[[Call, dict[str, Any]], None] | None = None


def _check_cost_centres(call: Call, doc: dict[str, Any]) -> None:
    del call
    shares = [s for s in doc.get("CostCentres") or [] if s is not None]
    total = sum(float(s.get("Percentage") or 0) for s in shares)
    if abs(total - 100.0) > 0.001:
        raise BusinessError(
            "400.05",
            f"The cost-centre percentages at {doc.get('Startdate')} add up to {total:g}, not 100",
        )


def _check_unassigned_car(call: Call, doc: dict[str, Any]) -> None:
    del call
    if not doc.get("CatRSZ"):
        raise BusinessError("400.05", "CatRSZ is required for a car not linked to a worker")


CRUD: dict[str, Crud] = {
    "contracts": Crud("Contract", {"Startdate": "contractID"}, refdate=True, keep_one=True),
    "addresses": Crud("Address", {"Startdate": "addressID"}, refdate=True, keep_one=True),
    "family_statuses": Crud("FamilyStatus", {"Startdate": "familystatusID"}, refdate=True),
    "taxes": Crud("Tax", {"Startdate": "taxID"}, refdate=True),
    "replacements": Crud("Replacement", {"Startdate": "replDateID"}, refdate=True),
    "communications": Crud("Communication", {}),
    "company_cars": Crud("CompanyCar", {"StartingDate": "carID"}),
    "absence_notes": Crud("AbsenceNote", {"Notedate": "noteID"}),
    "dimonas": Crud("Dimona", {"StartingDate": "startdate"}),
    "divergent_payments": Crud(
        "DivergentPayment", {"Startdate": "startdate", "PayoutType": "typeID"}
    ),
    "cost_centres": Crud("CostCentre", {"Startdate": "startdate"}, check=_check_cost_centres),
    "salary_compositions": Crud(
        "SalaryComposition", {"Code": "salarycode", "Startdate": "salarydate"}
    ),
    "divergent_salary_scales": Crud("DivergentSalaryScale", {}),
}


def _path_key(crud: Crud, params: dict[str, Any]) -> str:
    return record_key(crud.entity, {f: params[p] for f, p in crud.id_params.items()})


def _crud_handler(crud: Crud, verb: str, unassigned: bool) -> Handler:
    entity = crud.entity

    def owner(call: Call) -> int:
        return 0 if unassigned else call.require_worker()

    def list_(call: Call) -> Outcome:
        return _data([_clean(d) for d in call.tx.docs(owner(call), entity)], entity)

    def get(call: Call) -> Outcome:
        worker = owner(call)
        if crud.refdate:
            ref = str(call.params[next(iter(crud.id_params.values()))])
            return _data(_valid_on(call.tx.docs(worker, entity), ref) or None, entity)
        doc = call.tx.get(worker, entity, _path_key(crud, call.params))
        if doc is None:
            raise BusinessError("404", f"No {entity} with that identifier")
        return _data(_clean(doc), entity)

    def create(call: Call) -> Outcome:
        worker = owner(call)
        doc = dict(call.body)
        if unassigned:
            _check_unassigned_car(call, doc)
        if crud.check:
            crud.check(call, doc)
        key = record_key(entity, doc)
        if call.tx.get(worker, entity, key) is not None:
            raise BusinessError("409", f"{entity} {key} already exists")
        call.tx.put(worker, entity, key, doc)
        call.changed(worker, entity, key)
        return _written(entity)

    def update(call: Call) -> Outcome:
        worker = owner(call)
        old_key = _path_key(crud, call.params)
        old = call.tx.get(worker, entity, old_key)
        if old is None:
            raise BusinessError("404", f"No {entity} {old_key}")
        doc = {**old, **call.body}
        if unassigned:
            _check_unassigned_car(call, doc)
        if crud.check:
            crud.check(call, doc)
        key = record_key(entity, doc)
        if key != old_key:
            if call.tx.get(worker, entity, key) is not None:
                raise BusinessError("409", f"{entity} {key} already exists")
            call.tx.delete(worker, entity, old_key)
        call.tx.put(worker, entity, key, doc)
        call.changed(worker, entity, key, old_key if key != old_key else None)
        return _written(entity)

    def delete(call: Call) -> Outcome:
        worker = owner(call)
        # communication: no identifier in the path, the body is the full item
        key = _path_key(crud, call.params) if crud.id_params else record_key(entity, call.body)
        if call.tx.get(worker, entity, key) is None:
            raise BusinessError("404", f"No {entity} {key}")
        if crud.keep_one and len(call.tx.rows(worker, entity)) <= 1:
            raise BusinessError(
                "400.05", f"A worker must keep at least one {entity.lower()}; it cannot be deleted"
            )
        call.tx.delete(worker, entity, key)
        call.changed(worker, entity, key)
        return _written(entity)

    return {"list": list_, "get": get, "create": create, "update": update, "delete": delete}[verb]


# --- workers -------------------------------------------------------------------------------

_WORKER_LISTS = {
    "address": "Address",
    "FamilyStatus": "FamilyStatus",
    "Communication": "Communication",
    "contract": "Contract",
    "Tax": "Tax",
    "Replacement": "Replacement",
}


def _worker_record(tx: Tx, number: int) -> dict[str, Any]:
    doc = tx.get(number, "Worker", "") or {}
    record: dict[str, Any] = {"WorkerNumber": number, **_clean(doc)}
    for field_name, entity in _WORKER_LISTS.items():
        record[field_name] = [_clean(d) for d in tx.docs(number, entity)]
    return record


def _workers_list(call: Call) -> Outcome:
    limit = int(call.params.get("limit", 100))
    offset = int(call.params.get("offset", 0))
    numbers = call.tx.workers(limit, offset)
    return _data([_worker_record(call.tx, n) for n in numbers], "Worker")


def _workers_in_service(call: Call) -> Outcome:
    start, end = str(call.params["StartDate"]), str(call.params["EndDate"])
    if start > end:
        raise BusinessError("400.05", "StartDate is after EndDate")
    numbers = []
    for n in call.tx.workers():
        for c in call.tx.docs(n, "Contract"):
            if str(c.get("Startdate", "")) <= end and (
                not c.get("Enddate") or str(c["Enddate"]) >= start
            ):
                numbers.append(n)
                break
    # Paged like GET /worker: at most ``limit`` (<= 100) from position ``offset`` of the list.
    limit = int(call.params.get("limit", 100))
    offset = int(call.params.get("offset", 0))
    page = numbers[offset : offset + limit]
    return _data([_worker_record(call.tx, n) for n in page], "Worker")


def _workers_get(call: Call) -> Outcome:
    return _data(_worker_record(call.tx, call.require_worker()), "Worker")


def _store_worker_lists(call: Call, number: int, body: dict[str, Any], replace: bool) -> None:
    for field_name, entity in _WORKER_LISTS.items():
        if field_name not in body:
            continue
        if replace:
            call.tx.delete_all(number, entity)
        default_start = None
        for item in body.get(field_name) or []:
            if item is None:
                continue
            doc = dict(item)
            if entity == "Address" and not doc.get("Startdate"):
                contracts = [c for c in body.get("contract") or [] if c]
                default_start = default_start or (
                    contracts[0]["Startdate"] if contracts else time.strftime("%Y%m%d")
                )
                doc["Startdate"] = default_start
            key = record_key(entity, doc)
            call.tx.put(number, entity, key, doc)
            call.changed(number, entity, key)


def _personal(body: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k not in _WORKER_LISTS and k != "WorkerNumber"}


def _workers_create(call: Call) -> Outcome:
    body: dict[str, Any] = call.body
    number = int(body["WorkerNumber"])
    if call.tx.worker_exists(number):
        raise BusinessError("409", f"Worker {number} already exists")
    if not [c for c in body.get("contract") or [] if c] or not [
        a for a in body.get("address") or [] if a
    ]:
        raise BusinessError("400.05", "A new worker needs at least one contract and one address")
    call.tx.put(number, "Worker", "", {"WorkerNumber": number, **_personal(body)})
    call.changed(number, "Worker", "")
    _store_worker_lists(call, number, body, replace=False)
    return _written("Worker")


def _workers_replace(call: Call) -> Outcome:
    body: dict[str, Any] = call.body
    number = call.require_worker(int(body["WorkerNumber"]))
    if ("contract" in body and not [c for c in body["contract"] or [] if c]) or (
        "address" in body and not [a for a in body["address"] or [] if a]
    ):
        raise BusinessError("400.05", "A worker must keep at least one contract and one address")
    call.tx.put(number, "Worker", "", {"WorkerNumber": number, **_personal(body)})
    call.changed(number, "Worker", "")
    _store_worker_lists(call, number, body, replace=True)
    return _written("Worker")


def _workers_update(call: Call) -> Outcome:
    number = call.require_worker()
    old = call.tx.get(number, "Worker", "") or {}
    call.tx.put(number, "Worker", "", {**old, **_personal(call.body), "WorkerNumber": number})
    call.changed(number, "Worker", "")
    return _written("Worker")


def _workers_next_number(call: Call) -> Outcome:
    numbers = call.tx.workers()
    nxt = (max(numbers) + 1) if numbers else 1
    if nxt > 9_999_999:
        raise BusinessError("400.05", "No free worker number left")
    return _data({"WorkerNumber": nxt}, "Worker")


def worker_exists(tx: Tx, rrnr: str) -> int:
    """The number of the worker with national register number ``rrnr``, or 0."""
    wanted = int(rrnr)
    for number, _, doc in tx.rows(None, "Worker"):
        value = doc.get("INSS")
        if isinstance(value, (int, float)) and int(value) == wanted:
            return number
    return 0


def _modifications(call: Call) -> Outcome:
    start, end = str(call.params["StartDate"]), str(call.params["EndDate"])
    return _data(call.tx.modifications(start, end, exclude_user=call.user), "Modification")


# --- first day of unemployment ----------------------------------------------------------------

_FDU = "FirstDayOfUnemployment"


def _fdu_find(call: Call) -> tuple[str, dict[str, Any]]:
    body: dict[str, Any] = call.body
    serial, ticket = body.get("SerialNumber"), body.get("TicketNumber")
    if serial is None and not ticket:
        raise BusinessError("400.05", "Give the SerialNumber or the TicketNumber")
    for _, key, doc in call.tx.rows(0, _FDU):
        if (serial is not None and doc.get("SerialNumber") == serial) or (
            ticket and doc.get("TicketNumber") == ticket
        ):
            return key, doc
    raise BusinessError("404", "No such first day of unemployment")


def _fdu_get(call: Call) -> Outcome:
    doc = call.tx.get(
        0, _FDU, record_key(_FDU, {"SerialNumber": call.params["firstDayOfUnemplID"]})
    )
    if doc is None:
        raise BusinessError("404", "No such first day of unemployment")
    return _data(doc, _FDU)


def _check_listed_workers(call: Call, numbers: list[Any]) -> None:
    missing = [n for n in numbers if not call.tx.worker_exists(int(n))]
    if missing:
        raise BusinessError("404", f"Unknown worker(s): {', '.join(map(str, missing))}")


def _fdu_create(call: Call) -> Outcome:
    body: dict[str, Any] = call.body
    _check_listed_workers(call, body.get("ListOfWorkers") or [])
    serials = [int(d.get("SerialNumber") or 0) for d in call.tx.docs(0, _FDU)]
    serial = max(serials, default=0) + 1
    doc = {
        **body,
        "SerialNumber": serial,
        "Status": "InProgress",
        "TicketNumber": f"{call.tx.employer[-4:]}{serial:08d}",
    }
    call.tx.put(0, _FDU, record_key(_FDU, doc), doc)
    return _written(_FDU, json.dumps(doc, ensure_ascii=False))


def _fdu_update(call: Call) -> Outcome:
    key, old = _fdu_find(call)
    _check_listed_workers(call, call.body.get("ListOfWorkers") or [])
    doc = {**old, **call.body, "SerialNumber": old["SerialNumber"]}
    call.tx.put(0, _FDU, key, doc)
    return _written(_FDU)


def _fdu_delete(call: Call) -> Outcome:
    key, _ = _fdu_find(call)
    call.tx.delete(0, _FDU, key)
    return _written(_FDU)


# --- absences ------------------------------------------------------------------------------


def _absences_of(call: Call, numbers: list[int], start: str) -> list[dict[str, Any]]:
    out = []
    for n in numbers:
        days = [d for d in call.tx.docs(n, "Absence") if str(d.get("Day", "")) >= start]
        if days:
            days.sort(key=lambda d: (str(d.get("Day")), int(d.get("Code") or 0)))
            out.append({"WorkerNumber": n, "Absences": days})
    return out


def _absences_list(call: Call) -> Outcome:
    return _data(_absences_of(call, call.tx.workers(), str(call.params["startdate"])), "Absence")


def _absences_for_worker(call: Call) -> Outcome:
    n = call.require_worker()
    return _data(_absences_of(call, [n], str(call.params["startdate"])), "Absence")


def _absences_items(call: Call) -> list[dict[str, Any]]:
    items = [i for i in call.body or [] if i is not None]
    _check_listed_workers(call, [i["WorkerNumber"] for i in items])
    return items


def _absences_create(call: Call) -> Outcome:
    for item in _absences_items(call):
        for absence in item.get("Absences") or []:
            if absence is not None:  # same worker, day and code: modified
                n = int(item["WorkerNumber"])
                call.tx.put(n, "Absence", record_key("Absence", absence), dict(absence))
    return _written("Absence")


def _absences_delete(call: Call) -> Outcome:
    for item in _absences_items(call):
        for absence in item.get("Absences") or []:
            if absence is not None:
                call.tx.delete(int(item["WorkerNumber"]), "Absence", record_key("Absence", absence))
    return _written("Absence")


# --- leave counters and reference lists ---------------------------------------------------------


def _leave_counters(call: Call) -> Outcome:
    n = call.require_worker()
    year = int(call.params["year"])
    docs = [d for d in call.tx.docs(n, "LeaveCounter") if d.get("Year") == year]
    return _data(docs, "LeaveCounter")


def _leave_counters_by_counter(call: Call) -> Outcome:
    year, counter = int(call.params["year"]), int(call.params["counterID"])
    docs = [
        d
        for d in call.tx.docs(None, "LeaveCounter")
        if d.get("Year") == year and d.get("CounterID") == counter
    ]
    return _data(docs, "LeaveCounter")


def _reference(entity: str) -> Handler:
    def handler(call: Call) -> Outcome:
        return _data(call.tx.docs(0, entity), entity)

    return handler


def _schedules_create(call: Call) -> Outcome:
    doc = dict(call.body)
    key = record_key("Schedule", doc)
    if call.tx.get(0, "Schedule", key) is not None:
        raise BusinessError("409", f"Schedule {key} already exists")
    call.tx.put(0, "Schedule", key, doc)
    return _written("Schedule")


# --- dimona ----------------------------------------------------------------------------------

_DIMONA_FIELDS = (
    "DimonaPeriodId",
    "StartingDate",
    "EndingDate",
    "StartingHour",
    "EndingHour",
    "StartingHour2",
    "EndingHour2",
    "FirstMonthC32ANbr",
    "NextMonthC32ANbr",
    "PlannedHoursNbr",
    "UsingData",
)


def _dimonas_create(call: Call) -> Outcome:
    """A Dimona declaration; the worker need not exist yet (only its future number)."""
    n = call.worker()
    body: dict[str, Any] = call.body
    nature = body["NatureDeclaration"]
    key = record_key("Dimona", body)
    old = call.tx.get(n, "Dimona", key)
    period = {k: body[k] for k in _DIMONA_FIELDS if k in body}
    if nature == "DimonaIn":
        if old is not None:
            raise BusinessError("409", f"A Dimona starting {key} already exists")
        doc = {
            "DimonaPeriodId": int(body.get("DimonaPeriodId") or (call.req.seq + 10**9)),
            **period,
            "Status": "InProgress",
            "LastAction": "A",
        }
        call.tx.put(n, "Dimona", key, doc)
    elif old is None:
        raise BusinessError("404", f"No Dimona starting {key}")
    elif nature == "DimonaCancel":
        call.tx.delete(n, "Dimona", key)
    else:
        call.tx.put(n, "Dimona", key, {**old, **period, "LastAction": nature[6]})
    return _written("Dimona")


def _dimonas_list(call: Call) -> Outcome:
    n = call.worker()
    docs = call.tx.docs(n, "Dimona")
    if not docs:
        call.require_worker()
    return _data(docs, "Dimona")


def _dimonas_get(call: Call) -> Outcome:
    doc = call.tx.get(
        call.worker(), "Dimona", record_key("Dimona", {"StartingDate": call.params["startdate"]})
    )
    if doc is None:
        raise BusinessError("404", "No Dimona with that start date")
    return _data(doc, "Dimona")


# --- prestations -----------------------------------------------------------------------------


def _failed(worker: Any, reason: str, line: dict[str, Any] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"WorkerNumber": worker, "Reason": reason}
    if line is not None:
        out["Day"] = line.get("Day")
        out["Code"] = line.get("Code")
    return out


def _prestations(call: Call, delete: bool) -> Outcome:
    failed: list[dict[str, Any]] = []
    for item in call.body or []:
        n = int(item["WorkerNumber"])
        period = f"{int(item['Year']):04d}{int(item['Month']):02d}"
        lines = [p for p in item.get("Prestations") or [] if p is not None]
        reason = None
        if not call.tx.worker_exists(n):
            reason = f"Unknown worker {n}"
        elif call.tx.get(0, "PrestationsCompleted", period) is not None:
            reason = f"The prestations of {period} were already transferred"
        if reason is not None:
            failed.extend([_failed(n, reason, p) for p in lines] or [_failed(n, reason)])
            continue
        if item.get("Reset") == "Y" or (delete and not lines):
            for _, key, doc in call.tx.rows(n, "PrestationDay"):
                if doc.get("Period") == period:
                    call.tx.delete(n, "PrestationDay", key)
        by_day: dict[str, list[dict[str, Any]]] = {}
        for line in lines:
            if not str(line["Day"]).startswith(period):
                failed.append(_failed(n, f"Day outside the period {period}", line))
                continue
            by_day.setdefault(str(line["Day"]), []).append(dict(line))
        for day, day_lines in by_day.items():
            if not delete:  # a day is overwritten as a whole
                doc = {"Day": day, "Period": period, "Lines": day_lines}
                call.tx.put(n, "PrestationDay", day, doc)
                continue
            old = call.tx.get(n, "PrestationDay", day)
            if old is None:
                continue
            codes = {line.get("Code") for line in day_lines}
            kept = [line for line in old.get("Lines", []) if line.get("Code") not in codes]
            if kept:
                call.tx.put(n, "PrestationDay", day, {**old, "Lines": kept})
            else:
                call.tx.delete(n, "PrestationDay", day)
        costs = [c for c in item.get("Costs") or [] if c is not None]
        if costs and not delete:
            doc = {"Period": period, "Costs": costs, "EndOfPeriod": item.get("EndOfPeriod")}
            call.tx.put(n, "PrestationCosts", period, doc)
    # The manual: the response "remains empty" when every line was processed.
    return _written("Prestations", json.dumps(failed, ensure_ascii=False) if failed else "")


def _prestations_complete(call: Call) -> Outcome:
    body: dict[str, Any] = call.body
    period = f"{int(body['Year']):04d}{int(body['Month']):02d}"
    if call.tx.get(0, "PrestationsCompleted", period) is not None and body.get("Correction") != "Y":
        raise BusinessError("409", f"The prestations of {period} were already transferred")
    doc = {
        "Period": period,
        "Month": body["Month"],
        "Year": body["Year"],
        "Correction": body.get("Correction", "N"),
        "CompletedAt": time.time(),
    }
    call.tx.put(0, "PrestationsCompleted", period, doc)
    return _written("Prestations")


# --- documents -------------------------------------------------------------------------------


def _documents_list(call: Call) -> Outcome:
    start, end = str(call.params["StartDate"]), str(call.params["EndDate"])
    docs = [
        _clean(d)
        for d in call.tx.docs(0, "Document")
        if start <= str(d.get("PublicationDate") or "") <= end
    ]
    return _data(docs, "Document")


def _documents_withdrawals(call: Call) -> Outcome:
    start = str(call.params["StartDate"])
    out: list[dict[str, Any]] = []
    for employer in call.params.get("_employers", []):
        tx = Tx(call.tx.conn, employer)
        out.extend(
            d for d in tx.docs(0, "Withdrawal") if str(d.get("WithdrawalDate") or "") >= start
        )
    return _data(out, "Document")


def _documents_get(call: Call) -> Outcome:
    key = record_key("Document", {"DocumentID": int(call.params["documentID"])})
    doc = call.tx.get(0, "Document", key)
    if doc is None:
        raise BusinessError("404", "No document with that number")
    return Outcome("200", str(doc.get("_content", "")), type="Document")


def _documents_upload(call: Call) -> Outcome:
    body: dict[str, Any] = call.body
    try:
        content = base64.b64decode(body["Document"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BusinessError("400.05", "Document is not valid base64") from exc
    worker = int(body.get("WorkerId") or 0)
    if worker:
        call.require_worker(worker)
    ids = [int(d.get("DocumentID") or 0) for d in call.tx.docs(0, "Document")]
    base = (int(call.tx.employer) % 1000) * 100_000 if call.tx.employer.isdigit() else 0
    publication = str(body["PublicationDate"])
    doc = {
        "DocumentID": max([*ids, base + 50_000]) + 1,
        "DocumentType": "Extra",
        "ExtraDocumentType": body["DocumentType"],
        "Filename": body["Filename"],
        "PublicationDate": publication,
        "Worker": worker,
        "Month": int(body.get("Month") or int(publication[4:6] or 0)),
        "Year": int(body.get("Year") or int(publication[:4] or 0)),
        "Size": len(content),
        "Language": body["Language"],
        "_content": base64.b64encode(content).decode(),
    }
    call.tx.put(0, "Document", record_key("Document", doc), doc)
    return _written("Document")


# --- the table -------------------------------------------------------------------------------

OPERATIONS: dict[str, Handler] = {
    "workers.list": _workers_list,
    "workers.list_in_service": _workers_in_service,
    "workers.get": _workers_get,
    "workers.create": _workers_create,
    "workers.replace": _workers_replace,
    "workers.update": _workers_update,
    "workers.next_number": _workers_next_number,
    "modifications.list": _modifications,
    "first_days_of_unemployment.get": _fdu_get,
    "first_days_of_unemployment.create": _fdu_create,
    "first_days_of_unemployment.update": _fdu_update,
    "first_days_of_unemployment.delete": _fdu_delete,
    "absences.list": _absences_list,
    "absences.list_for_worker": _absences_for_worker,
    "absences.create": _absences_create,
    "absences.delete": _absences_delete,
    "dimonas.create": _dimonas_create,
    "dimonas.list": _dimonas_list,
    "dimonas.get": _dimonas_get,
    "leave_counters.list": _leave_counters,
    "leave_counters.list_by_counter": _leave_counters_by_counter,
    "departments.list": _reference("Department"),
    "joint_committees.list": _reference("JointCommittee"),
    "schedules.list": _reference("Schedule"),
    "schedules.create": _schedules_create,
    "nsso_categories.list": _reference("NssoCategory"),
    "professional_categories.list": _reference("ProfCats"),
    "cost_centres.list_employer": _reference("EmployerCostCentre"),
    "prestations.create": lambda call: _prestations(call, delete=False),
    "prestations.delete": lambda call: _prestations(call, delete=True),
    "prestations.complete": _prestations_complete,
    "documents.list": _documents_list,
    "documents.list_withdrawals": _documents_withdrawals,
    "documents.get": _documents_get,
    "documents.upload": _documents_upload,
}

for _tag, _crud in CRUD.items():
    for _verb in ("list", "get", "create", "update", "delete"):
        OPERATIONS.setdefault(f"{_tag}.{_verb}", _crud_handler(_crud, _verb, unassigned=False))
        if _tag == "company_cars":
            OPERATIONS[f"{_tag}.{_verb}_unassigned"] = _crud_handler(_crud, _verb, unassigned=True)


def handle(tx: Tx, req: QueuedRequest) -> Outcome:
    """Process one queued request on ``tx``; raises :class:`BusinessError` on a business failure."""
    handler = OPERATIONS.get(req.operation)
    if handler is None:  # pragma: no cover - the server only queues known operations
        raise BusinessError("400.05", f"Operation {req.operation} is not supported")
    return handler(Call(tx, req, dict(req.params)))


def action_of(method: str) -> str:
    """The Result ``Action`` of an HTTP method."""
    return _ACTIONS.get(method, "unknown")
