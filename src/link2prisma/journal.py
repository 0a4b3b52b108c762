"""The operation journal: a write is never sent twice, even when the process dies mid-call.

Link2Prisma has no idempotency key: a write (POST/PUT/DELETE) answered ``202`` is queued, and a
copy sent again is queued again. A process killed after the server's ``202`` and before it wrote
the GUID down cannot tell, on its next run, whether its write went through. Only the client can
prevent the duplicate, so the journal records, in a small SQLite file:

1. the **intent** of a write, committed *before* the request is sent: the operation, the
   method, the path and the parameters (sensitive ones masked), the employer, a digest of the
   exact body bytes (HMAC-SHA-256 under a random salt of this journal, so that a digest cannot
   be matched against guessed national register numbers) and a *reconciliation key* that is
   no personal data: the worker numbers and the earliest date the request names;
2. the **GUID** (and its continuation token), committed as soon as the ``202`` is read;
3. the **outcome** once a poll of ``Result`` sees a final Statuscode.

States: ``intent`` -> ``queued`` (GUID) -> ``done`` or ``failed``. A send that fails in a way
that proves nothing was queued (the connection was never made, a 4xx or 429 answer) ends in
``not-queued``; one that may have reached the server (a timeout after sending, a 5xx, a 2xx
without a GUID) ends in ``sent-unknown``. An ``intent`` left by a process that died is just as
uncertain: :meth:`Journal.uncertain` lists both, with what is needed to check them.

After a crash, entries with a GUID are resumed (:meth:`Journal.resume`); uncertain ones are
**never resent blindly**. :meth:`Journal.reconcile` asks the service with a read where one can
tell (:data:`RECONCILERS`): the effect is there (``done``) or it is not (``not-queued``: safe to
send). Anything else is resent only by an explicit :meth:`Journal.resend`.

Opt-in for scripts: ``Link2Prisma(..., journal=Journal("writes.journal"))``; the CLI's writing
commands always use one. With ``reads=True`` reads are journalled too: the CLI's export and
mirror take up a read whose GUID the journal has but their own state file lost (for a read, a
duplicate costs only time).

The file is created owner-only (``0600``); it holds no body, name, INSS, IBAN or address.
Both clients record into it (a local SQLite commit per step, also from the asyncio client);
:meth:`Journal.resume`, :meth:`Journal.reconcile` and :meth:`Journal.resend` take a sync
:class:`~link2prisma.Link2Prisma` on the same journal file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import hashlib
import hmac
import json
import os
import re
import secrets
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ._exceptions import ConfigurationError, ConnectError, HTTPStatusError, OperationFailed
from ._operation.token import encode_token
from ._redact import MASK
from ._request import NO_BODY, PreparedCall, prepare
from ._validation import format_params

if TYPE_CHECKING:
    from ._client import EmployerScope, Link2Prisma
    from ._operation import Operation, OperationStatus

__all__ = [
    "RECONCILERS",
    "EntryState",
    "Journal",
    "JournalEntry",
    "Verdict",
    "journaled",
]

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    state TEXT NOT NULL,
    operation TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    params TEXT NOT NULL,
    employer TEXT,
    digest TEXT,
    workers TEXT NOT NULL,
    date TEXT,
    context TEXT,
    guid TEXT,
    token TEXT,
    statuscode TEXT,
    note TEXT,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entries_guid ON entries (guid);
CREATE INDEX IF NOT EXISTS entries_state ON entries (state);
"""
#: Members of a body whose value is a date the reconciliation key may name (not a birth date).
_DATE_MEMBERS = frozenset({"Day", "Startdate", "StartDate", "Date"})
_DAY = re.compile(r"[0-9]{8}")


class EntryState(enum.StrEnum):
    """Where a journalled request stands."""

    INTENT = "intent"  # recorded, being sent (or the process died around the send)
    SENT_UNKNOWN = "sent-unknown"  # may have been queued; no GUID
    NOT_QUEUED = "not-queued"  # certainly not queued (refused, never sent, or reconciled absent)
    QUEUED = "queued"  # 202 and GUID recorded
    DONE = "done"  # a final Statuscode of success, or reconciled present
    FAILED = "failed"  # a final error Statuscode
    RESENT = "resent"  # an explicit resend replaced it (see ``note``)
    ABANDONED = "abandoned"  # a read its application no longer waits for


UNCERTAIN = (EntryState.INTENT, EntryState.SENT_UNKNOWN)


class Verdict(enum.StrEnum):
    """What a reconciling read told about an uncertain write."""

    PRESENT = "present"  # its effect is there: do not send it again
    ABSENT = "absent"  # its effect is not there: it was not applied, sending it is safe
    UNKNOWN = "unknown"  # no read can tell (or it told something in between)


@dataclasses.dataclass(frozen=True, slots=True)
class JournalEntry:
    """One journalled request, as recorded: no body, no personal data."""

    id: int
    state: EntryState
    operation: str
    method: str
    path: str
    params: dict[str, Any]
    employer: str | None
    digest: str | None
    workers: tuple[int, ...]
    date: str | None
    context: str | None
    guid: str | None
    token: str | None
    statuscode: str | None
    note: str | None
    created_at: str
    updated_at: str

    @property
    def uncertain(self) -> bool:
        """Whether it may have been queued without the journal knowing its GUID."""
        return self.state in UNCERTAIN

    def check(self) -> str:
        """What identifies the write for a person checking it: operation, employer, worker(s),
        date (never personal data)."""
        parts = [self.operation, f"employer {self.employer or '-'}"]
        if self.workers:
            label = "worker" if len(self.workers) == 1 else "workers"
            parts.append(f"{label} {', '.join(str(w) for w in self.workers)}")
        if self.date:
            parts.append(f"from {self.date}")
        return ", ".join(parts)

    def describe(self) -> str:
        """One line for people: the entry, its state and what it means."""
        head = f"#{self.id} {self.check()}"
        if self.uncertain:
            return f"{head}: may have been queued (no GUID recorded); check it before resending"
        if self.state is EntryState.QUEUED:
            return f"{head}: queued as {self.guid}"
        tail = f" ({self.note})" if self.note else ""
        return f"{head}: {self.state.value}{tail}"

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["state"] = self.state.value
        data["workers"] = list(self.workers)
        data["reconcilable"] = self.operation in RECONCILERS
        return data


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _create_owner_only(path: Path) -> None:
    """The file created ``0600`` (its directory ``0700``) if it does not exist."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))


def _not_queued(exc: BaseException) -> bool:
    """Whether a failed send proves nothing was queued."""
    if isinstance(exc, ConnectError):
        return True
    if isinstance(exc, HTTPStatusError) and exc.status is not None:
        return exc.status < 500  # refused before queueing (4xx, 429); a 5xx may hide a queue
    return False


def _reconciliation_key(
    call: PreparedCall, params: Mapping[str, str]
) -> tuple[tuple[int, ...], str | None]:
    """The worker numbers and the earliest date a request names (no personal data)."""
    workers: set[int] = set()
    dates: list[str] = []
    for p in call.spec.params:
        value = params.get(p.name)
        if value is None or p.sensitive:
            continue
        if p.name.lower() == "workerid":
            workers.add(int(value))
        elif p.kind == "date" and _DAY.fullmatch(value):
            dates.append(value)
    data: Any = json.loads(call.content) if call.content else None

    def walk(node: Any, depth: int) -> None:
        if depth > 6:
            return
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for k, v in items:
            if k == "WorkerNumber" and isinstance(v, int) and not isinstance(v, bool):
                workers.add(v)
            elif k in _DATE_MEMBERS and isinstance(v, str) and _DAY.fullmatch(v):
                dates.append(v)
            elif isinstance(v, (dict, list)):
                walk(v, depth + 1)

    if isinstance(data, (dict, list)):
        walk(data, 0)
    return tuple(sorted(workers)), min(dates) if dates else None


class Journal:
    """The operation journal at ``path`` (created owner-only if missing).

    ``reads``: journal reads too (for applications that take up lost reads); by default only
    writes are. ``context``: a label stored with each entry (which job sent it), used by
    :meth:`adopt`. One journal may be shared by the threads of a client (a lock serialises it)
    and by several processes (SQLite's locking; WAL).
    """

    def __init__(
        self, path: str | os.PathLike[str], *, reads: bool = False, context: str | None = None
    ) -> None:
        self.path = Path(os.fspath(path))
        self.reads = reads
        self.context = context
        self.owner = uuid.uuid4().hex  # this instance: its own intents are not "uncertain"
        self._lock = threading.Lock()
        _create_owner_only(self.path)
        self._db = sqlite3.connect(
            str(self.path), isolation_level=None, timeout=30.0, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._salt = self._meta_salt()

    def _meta_salt(self) -> bytes:
        with self._tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?), ('version', ?)",
                (secrets.token_hex(32), str(SCHEMA_VERSION)),
            )
            row = db.execute("SELECT value FROM meta WHERE key='salt'").fetchone()
        return bytes.fromhex(row[0])

    @contextlib.contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction (the write lock taken at once)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Journal {self.path}>"

    # --- what the client records -------------------------------------------------------------

    def digest(self, content: bytes | None) -> str | None:
        """The body's keyed digest (HMAC-SHA-256 under this journal's salt)."""
        if content is None:
            return None
        return hmac.new(self._salt, content, hashlib.sha256).hexdigest()

    def wants(self, call: PreparedCall) -> bool:
        """Whether this call is journalled: every write, reads when ``reads`` is set."""
        return call.spec.is_write or self.reads

    def record_intent(self, call: PreparedCall, params: Mapping[str, str]) -> int:
        """Commit the intent of ``call`` before it is sent; returns the entry's id."""
        shown = {
            p.name: (MASK if p.sensitive else params[p.name])
            for p in call.spec.params
            if p.name in params
        }
        workers, date = _reconciliation_key(call, params)
        now = _now()
        with self._tx() as db:
            cursor = db.execute(
                "INSERT INTO entries (state, operation, method, path, params, employer, digest, "
                "workers, date, context, owner, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    EntryState.INTENT.value,
                    call.spec.operation_id,
                    call.method,
                    call.shown_path,
                    json.dumps(shown, sort_keys=True),
                    call.employer,
                    self.digest(call.content),
                    json.dumps(list(workers)),
                    date,
                    self.context,
                    self.owner,
                    now,
                    now,
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record_guid(self, entry_id: int, guid: str, token: str) -> None:
        """Commit the GUID the server answered (``queued``)."""
        self._set(entry_id, EntryState.QUEUED, guid=guid, token=token)

    def record_unsent(self, entry_id: int, exc: BaseException) -> None:
        """The send failed: ``not-queued`` when that is certain, else ``sent-unknown``."""
        if _not_queued(exc):
            self._set(entry_id, EntryState.NOT_QUEUED, note=f"refused: {type(exc).__name__}")
        else:
            self._set(entry_id, EntryState.SENT_UNKNOWN, note=f"send ended: {type(exc).__name__}")

    def record_outcome(self, guid: str, status: OperationStatus, statuscode: str) -> None:
        """A poll saw the final Statuscode of ``guid``."""
        state = EntryState.DONE if status.value == "succeeded" else EntryState.FAILED
        with self._tx() as db:
            db.execute(
                "UPDATE entries SET state=?, statuscode=?, updated_at=? WHERE guid=? AND state=?",
                (state.value, statuscode, _now(), guid, EntryState.QUEUED.value),
            )

    def _set(self, entry_id: int, state: EntryState, **fields: str | None) -> None:
        columns = ", ".join(f"{k}=?" for k in fields)
        with self._tx() as db:
            db.execute(
                f"UPDATE entries SET state=?, updated_at=?{', ' if columns else ''}{columns} "  # noqa: S608 - fixed names
                "WHERE id=?",
                (state.value, _now(), *fields.values(), entry_id),
            )

    # --- reading it ---------------------------------------------------------------------------

    def entries(self, states: Sequence[EntryState] | None = None) -> list[JournalEntry]:
        """Every entry (or those in ``states``), oldest first."""
        query = "SELECT * FROM entries"
        args: tuple[str, ...] = ()
        if states:
            query += f" WHERE state IN ({','.join('?' * len(states))})"
            args = tuple(s.value for s in states)
        with self._lock:
            cursor = self._db.execute(query + " ORDER BY id", args)
            names = [c[0] for c in cursor.description]
            rows = cursor.fetchall()
        return [_entry(dict(zip(names, row, strict=True))) for row in rows]

    def get(self, entry_id: int) -> JournalEntry:
        with self._lock:
            cursor = self._db.execute("SELECT * FROM entries WHERE id=?", (entry_id,))
            names = [c[0] for c in cursor.description]
            row = cursor.fetchone()
        if row is None:
            raise ConfigurationError(f"no journal entry #{entry_id}")
        return _entry(dict(zip(names, row, strict=True)))

    def uncertain(self) -> list[JournalEntry]:
        """Writes that may have been queued without a recorded GUID (this instance's own sends
        in progress excluded): report them, reconcile them, never resend them blindly."""
        return [
            e
            for e in self.entries(UNCERTAIN)
            if e.method != "GET" and not (e.state is EntryState.INTENT and self._own(e.id))
        ]

    def queued(self) -> list[JournalEntry]:
        """Writes with a GUID and no outcome yet: resume them (:meth:`resume`)."""
        return [e for e in self.entries([EntryState.QUEUED]) if e.method != "GET"]

    def _own(self, entry_id: int) -> bool:
        with self._lock:
            row = self._db.execute("SELECT owner FROM entries WHERE id=?", (entry_id,)).fetchone()
        return row is not None and row[0] == self.owner

    def matching(self, call: PreparedCall, params: Mapping[str, str]) -> list[JournalEntry]:
        """Uncertain entries of another run for the same request (operation, employer,
        parameters, body digest): what a new send of it must be checked against first."""
        shown = {p.name: params[p.name] for p in call.spec.params if p.name in params}
        return [
            e
            for e in self.uncertain()
            if e.operation == call.spec.operation_id
            and e.employer == call.employer
            and e.digest == self.digest(call.content)
            and all(e.params.get(k) in (v, MASK) for k, v in shown.items())
        ]

    # --- after a crash ------------------------------------------------------------------------

    def resume(self, l2p: Link2Prisma, entry: JournalEntry) -> Operation[Any]:
        """The operation of an entry with a GUID, ready to ``result()`` (polls record the
        outcome when ``l2p`` uses this journal)."""
        if entry.token is None:
            raise ConfigurationError(f"journal entry #{entry.id} has no GUID: reconcile it")
        return l2p.resume(entry.token)

    def reconcile(
        self, l2p: Link2Prisma, entry: JournalEntry, body: Any = NO_BODY, timeout: float = 300.0
    ) -> Verdict:
        """Ask the service whether an uncertain write took effect, where a read can tell.

        ``body``: the request's body, when the reconciler needs it (absences); it must be the
        one recorded (same digest). ``present`` marks the entry ``done``, ``absent``
        ``not-queued`` (the read is queued behind the write for the same employer, so a write
        still waiting in the queue is not mistaken for an absent one); ``unknown`` leaves it.
        """
        if not entry.uncertain:
            raise ConfigurationError(f"journal entry #{entry.id} is {entry.state.value}")
        reconciler = RECONCILERS.get(entry.operation)
        if reconciler is None or entry.employer is None:
            return Verdict.UNKNOWN
        data = None if body is NO_BODY else self._checked_body(entry, body)
        verdict = reconciler(l2p.employer(entry.employer), entry, data, timeout)
        if verdict is Verdict.PRESENT:
            self._set(entry.id, EntryState.DONE, note="reconciled: present")
        elif verdict is Verdict.ABSENT:
            self._set(entry.id, EntryState.NOT_QUEUED, note="reconciled: absent")
        return verdict

    def resend(self, l2p: Link2Prisma, entry: JournalEntry, body: Any = NO_BODY) -> Operation[Any]:
        """Send an uncertain (or not queued) write again: an explicit decision.

        The body must be the recorded one (same digest). The old entry becomes ``resent``; the
        new send is journalled when ``l2p`` uses a journal.
        """
        if entry.state not in (*UNCERTAIN, EntryState.NOT_QUEUED):
            raise ConfigurationError(
                f"journal entry #{entry.id} is {entry.state.value}: it is not resent"
            )
        if MASK in entry.params.values() or entry.employer is None:
            raise ConfigurationError(f"journal entry #{entry.id} cannot be rebuilt: send it anew")
        spec = _spec(entry.operation)
        if spec.body is not None:
            if body is NO_BODY:
                raise ConfigurationError(f"journal entry #{entry.id}: give its body to resend it")
            self._checked_body(entry, body)
        values = _typed_params(spec, entry.params)
        self.mark_resent(entry)
        op: Operation[Any] = l2p._core.submit(spec, entry.employer, values, body)
        return op

    def mark_resent(self, entry: JournalEntry) -> None:
        """Record the explicit decision to send ``entry``'s request again (a new entry will
        journal that send)."""
        self._set(entry.id, EntryState.RESENT, note="resent by explicit decision")

    def _checked_body(self, entry: JournalEntry, body: Any) -> Any:
        """The body as JSON data, once it is proved to be the recorded one."""
        spec = _spec(entry.operation)
        call = prepare(spec, entry.employer, _typed_params(spec, entry.params), body)
        if self.digest(call.content) != entry.digest:
            raise ConfigurationError(f"that is not the body of journal entry #{entry.id}")
        return json.loads(call.content) if call.content else None

    # --- reads of applications (export, mirror) -----------------------------------------------

    def adopt(
        self, operation: str, employer: str | None, params: Mapping[str, object]
    ) -> JournalEntry | None:
        """A queued read of this ``context`` from another run with exactly these parameters,
        now owned by this instance (so adopted once): its GUID outlived the application's
        own record of it."""
        wanted = {k: str(v) for k, v in params.items()}
        for e in self.entries([EntryState.QUEUED]):
            if (
                e.method == "GET"
                and e.context == self.context
                and e.operation == operation
                and e.employer == employer
                and e.params == wanted
            ):
                with self._tx() as db:
                    claimed = db.execute(
                        "UPDATE entries SET owner=?, updated_at=? WHERE id=? AND owner<>?",
                        (self.owner, _now(), e.id, self.owner),
                    ).rowcount
                if claimed:
                    return e
        return None

    def abandon_reads(self) -> None:
        """The reads of this ``context`` still queued are no longer waited for."""
        with self._tx() as db:
            db.execute(
                "UPDATE entries SET state=?, updated_at=? WHERE method='GET' AND state IN (?,?,?) "
                "AND context IS ?",
                (
                    EntryState.ABANDONED.value,
                    _now(),
                    EntryState.QUEUED.value,
                    EntryState.INTENT.value,
                    EntryState.SENT_UNKNOWN.value,
                    self.context,
                ),
            )


def _entry(row: dict[str, Any]) -> JournalEntry:
    return JournalEntry(
        id=int(row["id"]),
        state=EntryState(row["state"]),
        operation=row["operation"],
        method=row["method"],
        path=row["path"],
        params=json.loads(row["params"]),
        employer=row["employer"],
        digest=row["digest"],
        workers=tuple(json.loads(row["workers"])),
        date=row["date"],
        context=row["context"],
        guid=row["guid"],
        token=row["token"],
        statuscode=row["statuscode"],
        note=row["note"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _spec(operation: str) -> Any:
    from link2prisma_resources._table import OPERATIONS

    try:
        return OPERATIONS[operation]
    except KeyError:
        raise ConfigurationError(f"unknown operation {operation!r}") from None


def _typed_params(spec: Any, params: Mapping[str, str]) -> dict[str, object]:
    """The recorded parameters as the resource methods pass them (ints as ints)."""
    kinds = {p.name: p.kind for p in spec.params}
    return {k: int(v) if kinds.get(k) == "int" else v for k, v in params.items()}


@contextlib.contextmanager
def journaled(
    journal: Journal | None, call: PreparedCall, values: Mapping[str, object]
) -> Iterator[Callable[[str], None]]:
    """Around one send: the intent committed before, the GUID (given to the yielded function)
    as soon as it is read, ``not-queued`` or ``sent-unknown`` when the send fails."""
    if journal is None or not journal.wants(call):
        yield lambda guid: None
        return
    entry_id = journal.record_intent(call, format_params(call.spec, values))

    def record(guid: str) -> None:
        journal.record_guid(
            entry_id, guid, encode_token(guid, call.spec.operation_id, call.employer)
        )

    try:
        yield record
    except BaseException as exc:
        journal.record_unsent(entry_id, exc)
        raise


# --- reconcilers --------------------------------------------------------------------------------

Reconciler = Callable[["EmployerScope", JournalEntry, Any, float], Verdict]


def _worker_present(
    scope: EmployerScope, entry: JournalEntry, body: Any, timeout: float
) -> Verdict:
    """``workers.create``: does worker ``WorkerNumber`` exist? (``workers.get``, queued behind
    the create; ``workerExists`` is answered at once, ahead of the queue, and would take a create
    still waiting there for an absent one.) A worker that existed before makes the create fail
    with 409 anyway: present either way, it is not sent again."""
    if len(entry.workers) != 1:
        return Verdict.UNKNOWN
    try:
        scope.workers.get(entry.workers[0]).result(timeout=timeout)
    except OperationFailed as exc:
        if str(exc.statuscode or "").startswith("404"):
            return Verdict.ABSENT
        raise
    return Verdict.PRESENT


def _absence_days(body: Any) -> dict[int, set[tuple[str, int]]]:
    days: dict[int, set[tuple[str, int]]] = {}
    for item in body if isinstance(body, list) else []:
        if isinstance(item, dict):
            found = days.setdefault(int(item["WorkerNumber"]), set())
            for a in item.get("Absences") or []:
                if isinstance(a, dict):
                    found.add((str(a.get("Day")), int(a.get("Code") or 0)))
    return days


def _absences_there(
    scope: EmployerScope, entry: JournalEntry, body: Any, timeout: float
) -> bool | None:
    """Whether all (True), none (False) or some (None) of the body's absences are recorded:
    each worker's absences from the entry's date (``absences.list_for_worker``)."""
    if body is None or entry.date is None:
        return None
    wanted = _absence_days(body)
    seen = total = 0
    for worker, days in wanted.items():
        try:
            records: Any = scope.absences.list_for_worker(worker, entry.date).result(
                timeout=timeout
            )
        except OperationFailed as exc:
            if not str(exc.statuscode or "").startswith("404"):
                raise
            records = None  # no such worker: none of its absences can be there
        have: set[tuple[str, int]] = set()
        for record in records if isinstance(records, list) else [records] if records else []:
            data: dict[str, Any] = record.to_dict() if hasattr(record, "to_dict") else record
            for a in data.get("Absences") or []:
                have.add((str(a.get("Day")), int(a.get("Code") or 0)))
        seen += len(days & have)
        total += len(days)
    if total == 0:
        return None
    return True if seen == total else False if seen == 0 else None


def _absences_created(
    scope: EmployerScope, entry: JournalEntry, body: Any, timeout: float
) -> Verdict:
    """``absences.create``: are the body's absences (worker, day, code) there? Needs the body."""
    there = _absences_there(scope, entry, body, timeout)
    return Verdict.UNKNOWN if there is None else Verdict.PRESENT if there else Verdict.ABSENT


def _absences_deleted(
    scope: EmployerScope, entry: JournalEntry, body: Any, timeout: float
) -> Verdict:
    """``absences.delete``: are the body's absences gone? Needs the body."""
    there = _absences_there(scope, entry, body, timeout)
    return Verdict.UNKNOWN if there is None else Verdict.ABSENT if there else Verdict.PRESENT


RECONCILERS: dict[str, Reconciler] = {
    "workers.create": _worker_present,
    "absences.create": _absences_created,
    "absences.delete": _absences_deleted,
}
"""The writes a read can settle, by operation id. Every other write has none: its uncertain
entries are reported and resent only by an explicit :meth:`Journal.resend`."""
