"""A local SQLite mirror of an employer's workers and their histories, kept up to date.

The first run pages through ``workers.list`` (several pages in flight); later runs ask
``modifications.list(since, today)`` and fetch each changed worker again with ``workers.get``;
the run's date becomes the next ``since``. Each worker's JSON record is stored as returned,
and its contracts, addresses and family statuses are also stored as rows of their own.

Every operation in flight is recorded in table ``inflight`` (GUID, operation, employer,
params, continuation token) in its own committed transaction right after it was submitted and
*before* anything waits on it; its row is deleted in the same transaction that applies its
result. A run that is killed halfway therefore resumes those operations on the next run by
their tokens instead of submitting them again. The window between the server's ``202`` and that
commit is covered by the operation journal (:class:`link2prisma.Journal`, ``journal=``, the
CLI's): it records each GUID as soon as the ``202`` is read, and the next run takes up an
operation found there (:meth:`Journal.adopt`) instead of submitting it again. What remains is
the moment between the ``202`` and the journal's own commit: an operation submitted there is
submitted again, and for these reads a duplicate costs only time.

Schema (one database may mirror several employers)::

    meta(employer, key, value)          since, the phase of an unfinished run ...
    workers(employer, number, name, firstname, record JSON, fetched_at)
    contracts / addresses / family_statuses(employer, worker, seq, startdate, enddate, record)
    inflight(guid, operation, employer, params, token, created_at)
    pending(employer, worker)           changed workers still to fetch
    runs(id, employer, kind, since, until, started_at, finished_at, written, deleted,
         resumed, submitted)

An application over the library's public API (``link2prisma``, ``link2prisma.window``): the
CLI's ``sync`` command runs it. Pages and changed workers go through the in-flight window
(``prefetch`` operations queued at once, results applied in order). The database, its ``-wal``
and ``-shm`` files and its lock file are created owner-only (``0600``): they hold personal
data. :meth:`Mirror.checkpoint` is called after each committed transaction that records a
submission or applies a result (a no-op; the tests replace it to kill the process there).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from link2prisma import (
    ConfigurationError,
    Journal,
    Link2Prisma,
    NotFoundError,
    Operation,
    OperationFailed,
)
from link2prisma.window import in_flight, pages

from .durable import Checkpoint, create_owner_only

__all__ = ["Mirror", "SyncSummary", "open_db"]

HISTORIES = {"contract": "contracts", "address": "addresses", "FamilyStatus": "family_statuses"}

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    employer TEXT NOT NULL, key TEXT NOT NULL, value TEXT,
    PRIMARY KEY (employer, key));
CREATE TABLE IF NOT EXISTS workers (
    employer TEXT NOT NULL, number INTEGER NOT NULL, name TEXT, firstname TEXT,
    record TEXT NOT NULL, fetched_at TEXT NOT NULL,
    PRIMARY KEY (employer, number));
CREATE TABLE IF NOT EXISTS contracts (
    employer TEXT NOT NULL, worker INTEGER NOT NULL, seq INTEGER NOT NULL,
    startdate TEXT, enddate TEXT, record TEXT NOT NULL,
    PRIMARY KEY (employer, worker, seq));
CREATE TABLE IF NOT EXISTS addresses (
    employer TEXT NOT NULL, worker INTEGER NOT NULL, seq INTEGER NOT NULL,
    startdate TEXT, enddate TEXT, record TEXT NOT NULL,
    PRIMARY KEY (employer, worker, seq));
CREATE TABLE IF NOT EXISTS family_statuses (
    employer TEXT NOT NULL, worker INTEGER NOT NULL, seq INTEGER NOT NULL,
    startdate TEXT, enddate TEXT, record TEXT NOT NULL,
    PRIMARY KEY (employer, worker, seq));
CREATE TABLE IF NOT EXISTS inflight (
    guid TEXT PRIMARY KEY, operation TEXT NOT NULL, employer TEXT NOT NULL,
    params TEXT NOT NULL, token TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (
    employer TEXT NOT NULL, worker INTEGER NOT NULL,
    PRIMARY KEY (employer, worker));
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, employer TEXT NOT NULL, kind TEXT NOT NULL,
    since TEXT, until TEXT, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
    written INTEGER NOT NULL, deleted INTEGER NOT NULL, resumed INTEGER NOT NULL,
    submitted INTEGER NOT NULL);
"""


def open_db(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """The mirror database (created if needed), in autocommit mode: transactions are explicit.

    A new database is created owner-only (``0600``); SQLite gives its ``-wal`` and ``-shm``
    files the database's mode.
    """
    name = os.fspath(path)
    if name not in ("", ":memory:"):  # not a file: nothing to create
        create_owner_only(Path(name))
    conn = sqlite3.connect(name, isolation_level=None, timeout=30.0)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.executescript(SCHEMA)
    return conn


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class SyncSummary:
    db: str
    employer: str
    kind: str  # "full" or "incremental"
    since: str | None
    until: str
    written: int
    deleted: int
    resumed: int
    submitted: int
    workers: int
    seconds: float


class Mirror:
    """One sync run of one employer into the database at ``db``."""

    def __init__(
        self,
        db: str | os.PathLike[str],
        l2p: Link2Prisma,
        employer: str,
        *,
        page_size: int = 100,
        prefetch: int = 4,
        timeout: float = 300.0,
        full: bool = False,
        today: str | None = None,
        on_progress: Callable[[str, int, int | None], None] | None = None,
        on_note: Callable[[str], None] | None = None,
        journal: Journal | None = None,
    ) -> None:
        if not 1 <= page_size <= 100:
            raise ConfigurationError("page_size must be between 1 and 100")
        if prefetch < 1:
            raise ConfigurationError("prefetch must be at least 1")
        self.path = Path(os.fspath(db))
        self.l2p = l2p
        self.employer = employer
        self.scope = l2p.employer(employer)
        self.page_size = page_size
        self.prefetch = prefetch
        self.timeout = timeout
        self.force_full = full
        self.today = today or dt.date.today().strftime("%Y%m%d")
        self.on_progress = on_progress or (lambda phase, done, total: None)
        self.on_note = on_note or (lambda text: None)
        self.conn = open_db(self.path)
        self.journal = journal  # the journal ``l2p`` records reads in, with this run's context
        self.written = 0
        self.deleted = 0
        self.resumed = 0
        self.submitted = 0
        # The GUID of the operation recorded for a page (by offset) or a worker (by number).
        self._page_guids: dict[int, str] = {}
        self._get_guids: dict[int, str] = {}

    def checkpoint(self, event: Checkpoint) -> None:
        """Called after each durable write: ``"submitted"`` once a submitted operation is
        committed to ``inflight``, ``"written"`` once a result is applied. Does nothing; the
        tests replace it to kill the process at that point."""

    # --- database helpers ---------------------------------------------------------------------

    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction (``BEGIN IMMEDIATE``: the write lock is taken at once)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute(
            "SELECT value FROM meta WHERE employer=? AND key=?", (self.employer, key)
        ).fetchone()
        return None if row is None else row[0]

    def _set(self, conn: sqlite3.Connection, key: str, value: object | None) -> None:
        if value is None:
            conn.execute("DELETE FROM meta WHERE employer=? AND key=?", (self.employer, key))
        else:
            conn.execute(
                "INSERT INTO meta (employer, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (employer, key) DO UPDATE SET value=excluded.value",
                (self.employer, key, str(value)),
            )

    def _inflight(self, operation: str) -> list[tuple[str, dict[str, Any], str]]:
        rows = self.conn.execute(
            "SELECT guid, params, token FROM inflight WHERE employer=? AND operation=? "
            "ORDER BY created_at, rowid",
            (self.employer, operation),
        ).fetchall()
        return [(g, json.loads(p), t) for g, p, t in rows]

    def _submit(
        self, operation: str, params: dict[str, Any], call: Callable[[], Operation[Any]]
    ) -> Operation[Any]:
        """Submit, then record the operation in ``inflight`` (committed) before any wait.

        An operation the journal queued for an interrupted run, unrecorded here, is taken up
        instead of submitted again."""
        adopted = self.journal.adopt(operation, self.employer, params) if self.journal else None
        op = self.l2p.resume(adopted.token) if adopted and adopted.token else call()
        with self.tx() as conn:
            conn.execute(
                "INSERT INTO inflight (guid, operation, employer, params, token, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    op.guid,
                    operation,
                    self.employer,
                    json.dumps(params, sort_keys=True),
                    op.continuation_token(),
                    _now(),
                ),
            )
            if operation == "workers.list":
                self._set(
                    conn,
                    "full_next_offset",
                    max(int(self.meta("full_next_offset") or 0), params["offset"] + self.page_size),
                )
        if adopted:
            self.resumed += 1
        else:
            self.submitted += 1
        self.checkpoint("submitted")
        return op

    def _resume(self, token: str) -> Operation[Any]:
        self.resumed += 1
        op: Operation[Any] = self.l2p.resume(token)
        return op

    @staticmethod
    def _done(conn: sqlite3.Connection, guid: str) -> None:
        conn.execute("DELETE FROM inflight WHERE guid=?", (guid,))

    def _store(self, conn: sqlite3.Connection, record: dict[str, Any]) -> None:
        number = int(record["WorkerNumber"])
        conn.execute(
            "INSERT INTO workers (employer, number, name, firstname, record, fetched_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (employer, number) DO UPDATE SET "
            "name=excluded.name, firstname=excluded.firstname, record=excluded.record, "
            "fetched_at=excluded.fetched_at",
            (
                self.employer,
                number,
                record.get("Name"),
                record.get("Firstname"),
                json.dumps(record, ensure_ascii=False, sort_keys=True),
                _now(),
            ),
        )
        for field, table in HISTORIES.items():
            conn.execute(
                f"DELETE FROM {table} WHERE employer=? AND worker=?",  # noqa: S608 - fixed names
                (self.employer, number),
            )
            items = record.get(field) or []
            for seq, item in enumerate(x for x in items if isinstance(x, dict)):
                conn.execute(
                    f"INSERT INTO {table} (employer, worker, seq, startdate, enddate, record) "  # noqa: S608
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        self.employer,
                        number,
                        seq,
                        item.get("Startdate"),
                        item.get("Enddate"),
                        json.dumps(item, ensure_ascii=False, sort_keys=True),
                    ),
                )
        self.written += 1

    def _forget(self, conn: sqlite3.Connection, number: int) -> None:
        tables = ("workers", *HISTORIES.values())
        for table in tables:
            column = "number" if table == "workers" else "worker"
            conn.execute(
                f"DELETE FROM {table} WHERE employer=? AND {column}=?",  # noqa: S608
                (self.employer, number),
            )
        self.deleted += 1

    def _clear_employer(self, conn: sqlite3.Connection) -> None:
        for table in ("workers", *HISTORIES.values(), "pending", "inflight"):
            conn.execute(f"DELETE FROM {table} WHERE employer=?", (self.employer,))  # noqa: S608
        conn.execute("DELETE FROM meta WHERE employer=?", (self.employer,))

    def count_workers(self) -> int:
        row = self.conn.execute(
            "SELECT COUNT(*) FROM workers WHERE employer=?", (self.employer,)
        ).fetchone()
        return int(row[0])

    # --- the run ------------------------------------------------------------------------------

    def run(self) -> SyncSummary:
        started = time.monotonic()
        started_at = _now()
        with self._lock():
            if self.journal and self.meta("phase") is None and self.meta("incr_until") is None:
                self.journal.abandon_reads()  # nothing to take up: a fresh run
            if self.force_full and self.meta("phase") != "full":
                with self.tx() as conn:
                    self._clear_employer(conn)
            since = self.meta("since")
            if since is None or self.meta("phase") == "full":
                kind, until = "full", self._full()
            else:
                kind, until = "incremental", self._incremental(since)
            with self.tx() as conn:
                conn.execute(
                    "INSERT INTO runs (employer, kind, since, until, started_at, finished_at, "
                    "written, deleted, resumed, submitted) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        self.employer,
                        kind,
                        since,
                        until,
                        started_at,
                        _now(),
                        self.written,
                        self.deleted,
                        self.resumed,
                        self.submitted,
                    ),
                )
        if self.journal:
            self.journal.abandon_reads()  # reads submitted ahead, never waited for
        return SyncSummary(
            db=str(self.path),
            employer=self.employer,
            kind=kind,
            since=since,
            until=until,
            written=self.written,
            deleted=self.deleted,
            resumed=self.resumed,
            submitted=self.submitted,
            workers=self.count_workers(),
            seconds=round(time.monotonic() - started, 3),
        )

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """One sync at a time per database (an advisory lock on ``DB.lock``, POSIX only)."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        create_owner_only(lock_path)
        with lock_path.open("a") as f:
            try:
                fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                raise ConfigurationError(
                    f"{self.path}: another sync is running on this database"
                ) from None
            try:
                yield
            finally:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)

    def _full(self) -> str:
        """Page through every worker; returns the date that becomes ``since``."""
        if self.meta("phase") != "full":
            with self.tx() as conn:
                self._set(conn, "phase", "full")
                self._set(conn, "full_run_date", self.today)
                self._set(conn, "full_next_offset", 0)
                self._set(conn, "full_pages_applied", 0)
        run_date = self.meta("full_run_date") or self.today
        resumed: list[tuple[int, Operation[Any]]] = []
        for guid, params, token in sorted(
            self._inflight("workers.list"), key=lambda r: int(r[1]["offset"])
        ):
            offset = int(params["offset"])
            self._page_guids[offset] = guid
            resumed.append((offset, self._resume(token)))
        applied = int(self.meta("full_pages_applied") or 0)
        if resumed:
            self.on_note(f"resuming {len(resumed)} page(s) recorded by an interrupted run")
        self.on_progress("full", self.count_workers(), None)
        for page in pages(
            self._page,
            self._page_result,
            self.page_size,
            self.prefetch,
            start=int(self.meta("full_next_offset") or 0),
            first=self.prefetch if (applied or resumed) else 1,
            resumed=resumed,
        ):
            with self.tx() as conn:
                for item in page.items:
                    self._store(conn, item.to_dict())
                self._done(conn, self._page_guids.pop(page.offset))
                self._set(conn, "full_pages_applied", int(self.meta("full_pages_applied") or 0) + 1)
                if page.last:
                    # Pages submitted beyond the end are reads: forgotten, never waited for.
                    conn.execute(
                        "DELETE FROM inflight WHERE employer=? AND operation='workers.list'",
                        (self.employer,),
                    )
                    for key in ("phase", "full_run_date", "full_next_offset", "full_pages_applied"):
                        self._set(conn, key, None)
                    self._set(conn, "since", run_date)
            self.checkpoint("written")
            self.on_progress("full", self.count_workers(), None)
        return run_date

    def _page(self, offset: int) -> Operation[Any]:
        params = {"limit": self.page_size, "offset": offset}
        op = self._submit(
            "workers.list",
            params,
            lambda: self.scope.workers.list(limit=self.page_size, offset=offset),
        )
        self._page_guids[offset] = op.guid
        return op

    def _page_result(self, offset: int, op: Operation[Any]) -> list[Any]:
        try:
            try:
                items: list[Any] = op.result(timeout=self.timeout)
            except NotFoundError:
                self.on_note(f"page {offset}: GUID unknown to the service, submitted again")
                with self.tx() as conn:
                    self._done(conn, self._page_guids[offset])
                items = self._page(offset).result(timeout=self.timeout)
        except OperationFailed:
            # Start the page again next time: forget it and everything after it.
            with self.tx() as conn:
                conn.execute(
                    "DELETE FROM inflight WHERE employer=? AND operation='workers.list'",
                    (self.employer,),
                )
                self._set(conn, "full_next_offset", offset)
            raise
        return items

    def _incremental(self, since: str) -> str:
        """Fetch again the workers changed since ``since``; returns the new ``since``."""
        until = self.meta("incr_until")
        if until is None:
            until = max(self.today, since)
            with self.tx() as conn:
                self._set(conn, "incr_until", until)
        if self.meta("incr_mods_done") is None:
            self._modifications(since, until)
        self._fetch_pending()
        with self.tx() as conn:
            self._set(conn, "since", until)
            self._set(conn, "incr_until", None)
            self._set(conn, "incr_mods_done", None)
        return until

    def _modifications(self, since: str, until: str, *, retry: bool = True) -> None:
        recorded = self._inflight("modifications.list")
        if recorded and retry:
            guid, _, token = recorded[0]
            op = self._resume(token)
        else:
            op = self._submit(
                "modifications.list",
                {"StartDate": since, "EndDate": until},
                lambda: self.scope.modifications.list(since, until),
            )
            guid = op.guid
        try:
            mods: list[Any] = op.result(timeout=self.timeout)
        except NotFoundError:
            with self.tx() as conn:
                self._done(conn, guid)
            if not retry:
                raise
            self.on_note("modifications: GUID unknown to the service, submitted again")
            self._modifications(since, until, retry=False)
            return
        except OperationFailed:
            with self.tx() as conn:  # failed for good: ask again next run
                self._done(conn, guid)
            raise
        changed = sorted({int(m.worker) for m in mods if getattr(m, "worker", None)})
        with self.tx() as conn:
            conn.executemany(
                "INSERT OR IGNORE INTO pending (employer, worker) VALUES (?, ?)",
                [(self.employer, w) for w in changed],
            )
            self._done(conn, guid)
            self._set(conn, "incr_mods_done", 1)
        self.checkpoint("written")
        self.on_note(
            f"{len(mods)} modification(s) since {since}: {len(changed)} worker(s) to fetch"
        )

    def _fetch_pending(self) -> None:
        pending = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT worker FROM pending WHERE employer=? ORDER BY worker", (self.employer,)
            )
        ]
        total = len(pending)
        recorded = {int(p["workerID"]): (g, t) for g, p, t in self._inflight("workers.get")}
        resumed: list[tuple[int, Operation[Any]]] = []
        for number in pending:
            if number in recorded:
                guid, token = recorded.pop(number)
                self._get_guids[number] = guid
                resumed.append((number, self._resume(token)))
        with self.tx() as conn:  # recorded operations whose worker is no longer pending
            for guid, _ in recorded.values():
                self._done(conn, guid)
        again = {number for number, _ in resumed}
        done = 0
        self.on_progress("incremental", done, total)
        for number, record in in_flight(
            self._get,
            self._worker_result,
            [n for n in pending if n not in again],
            self.prefetch,
            resumed=resumed,
        ):
            with self.tx() as conn:
                if record is None:
                    self._forget(conn, number)
                else:
                    self._store(conn, record)
                conn.execute(
                    "DELETE FROM pending WHERE employer=? AND worker=?", (self.employer, number)
                )
                self._done(conn, self._get_guids.pop(number))
            self.checkpoint("written")
            done += 1
            self.on_progress("incremental", done, total)

    def _get(self, number: int) -> Operation[Any]:
        op = self._submit(
            "workers.get", {"workerID": number}, lambda: self.scope.workers.get(number)
        )
        self._get_guids[number] = op.guid
        return op

    def _worker_result(self, number: int, op: Operation[Any]) -> dict[str, Any] | None:
        """The worker's record, ``None`` when it no longer exists; asked once more when the
        service has forgotten the GUID."""
        try:
            return self._worker_record(number, op)
        except NotFoundError:
            with self.tx() as conn:
                self._done(conn, self._get_guids[number])
        try:
            return self._worker_record(number, self._get(number))
        except NotFoundError:
            with self.tx() as conn:
                self._done(conn, self._get_guids[number])
            raise

    def _worker_record(self, number: int, op: Operation[Any]) -> dict[str, Any] | None:
        try:
            value = op.result(timeout=self.timeout)
        except OperationFailed as exc:
            if not str(exc.statuscode or "").startswith("404"):
                with self.tx() as conn:  # failed for good: ask again next run
                    self._done(conn, self._get_guids[number])
                raise
            return None  # the worker no longer exists
        record: dict[str, Any] | None = value.to_dict() if value is not None else None
        return record

    def close(self) -> None:
        self.conn.close()
