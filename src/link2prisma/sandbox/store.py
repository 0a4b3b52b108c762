"""The sandbox's SQLite database (WAL mode): the payroll model and the request queue.

Tables:

- ``records(employer, worker, entity, key, doc)``: one generic record store for everything the
  92 operations read and write (see :mod:`.entities`); ``doc`` is the JSON document.
- ``modifications``: who changed what, for ``GET /modifications/{start}/{end}``.
- ``requests``: the queue. A request is written (and committed) here *before* its 202 is sent;
  ``state`` goes ``queued`` -> ``processing`` -> ``done``. ``accepted_at``, ``started_at`` and
  ``finished_at`` are Unix times. On startup, requests left in ``processing`` (the process was
  killed while working on them) go back to ``queued``: nothing accepted is ever lost, and since a
  request's business change and its final status are committed in one transaction, none is
  applied twice.
- ``meta``: key/value (seeded flag).
"""

from __future__ import annotations

import contextlib
import json
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["QueuedRequest", "Store", "Tx"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    employer TEXT NOT NULL,
    worker INTEGER NOT NULL,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    doc TEXT NOT NULL,
    PRIMARY KEY (employer, entity, worker, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS modifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    employer TEXT NOT NULL,
    worker INTEGER NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    key TEXT NOT NULL,
    previous_key TEXT,
    change_date TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS modifications_by_date ON modifications (employer, change_date);
CREATE TABLE IF NOT EXISTS requests (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    guid TEXT NOT NULL UNIQUE,
    employer TEXT NOT NULL,
    user TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    operation TEXT NOT NULL,
    params TEXT NOT NULL,
    body TEXT,
    state TEXT NOT NULL,
    statuscode TEXT NOT NULL,
    status_description TEXT,
    response TEXT,
    action TEXT,
    type TEXT,
    worker TEXT,
    accepted_at REAL NOT NULL,
    started_at REAL,
    finished_at REAL,
    attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS requests_by_state ON requests (state, seq);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


# The requests one processor may take: queued, of an employer with nothing in processing.
_CLAIMABLE = (
    "SELECT seq FROM requests WHERE state='queued' AND employer NOT IN "
    "(SELECT employer FROM requests WHERE state='processing') "
)
_CLAIM_OLDEST = _CLAIMABLE + "ORDER BY seq LIMIT 1"
_CLAIM_ANY = _CLAIMABLE + "ORDER BY random() LIMIT 1"


@dataclass(frozen=True)
class QueuedRequest:
    """A request as kept in the queue."""

    seq: int
    guid: str
    employer: str
    user: str
    method: str
    path: str
    operation: str
    params: dict[str, Any]
    body: Any
    state: str
    statuscode: str
    status_description: str | None
    response: str | None
    action: str | None
    type: str | None
    worker: str | None
    accepted_at: float
    started_at: float | None
    finished_at: float | None
    attempts: int

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> QueuedRequest:
        return cls(
            seq=row["seq"],
            guid=row["guid"],
            employer=row["employer"],
            user=row["user"],
            method=row["method"],
            path=row["path"],
            operation=row["operation"],
            params=json.loads(row["params"]),
            body=None if row["body"] is None else json.loads(row["body"]),
            state=row["state"],
            statuscode=row["statuscode"],
            status_description=row["status_description"],
            response=row["response"],
            action=row["action"],
            type=row["type"],
            worker=row["worker"],
            accepted_at=row["accepted_at"],
            started_at=row["started_at"],
            finished_at=row["finished_at"],
            attempts=row["attempts"],
        )

    def timings(self) -> dict[str, Any]:
        """The request's timings and state (no body, no response)."""
        return {
            "ID": self.guid,
            "Operation": self.operation,
            "Employer": self.employer,
            "State": self.state,
            "Statuscode": self.statuscode,
            "AcceptedAt": self.accepted_at,
            "StartedAt": self.started_at,
            "FinishedAt": self.finished_at,
            "QueuedSeconds": None
            if self.started_at is None
            else round(self.started_at - self.accepted_at, 6),
            "BusySeconds": None
            if self.started_at is None or self.finished_at is None
            else round(self.finished_at - self.started_at, 6),
            "Attempts": self.attempts,
        }


def _dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


class Tx:
    """Record operations inside one transaction (see :meth:`Store.transaction`)."""

    def __init__(self, conn: sqlite3.Connection, employer: str) -> None:
        self.conn = conn
        self.employer = employer

    def get(self, worker: int, entity: str, key: str) -> dict[str, Any] | None:
        row = self.conn.execute(
            "SELECT doc FROM records WHERE employer=? AND entity=? AND worker=? AND key=?",
            (self.employer, entity, worker, key),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def rows(self, worker: int | None, entity: str) -> list[tuple[int, str, dict[str, Any]]]:
        """(worker, key, doc) of ``entity``, for one worker or (``None``) all, ordered."""
        if worker is None:
            rows = self.conn.execute(
                "SELECT worker, key, doc FROM records WHERE employer=? AND entity=? "
                "ORDER BY worker, key",
                (self.employer, entity),
            ).fetchall()
        else:
            rows = self.conn.execute(
                "SELECT worker, key, doc FROM records WHERE employer=? AND entity=? AND worker=? "
                "ORDER BY key",
                (self.employer, entity, worker),
            ).fetchall()
        return [(r[0], r[1], dict(json.loads(r[2]))) for r in rows]

    def docs(self, worker: int | None, entity: str) -> list[dict[str, Any]]:
        return [doc for _, _, doc in self.rows(worker, entity)]

    def put(self, worker: int, entity: str, key: str, doc: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO records (employer, worker, entity, key, doc) "
            "VALUES (?, ?, ?, ?, ?)",
            (self.employer, worker, entity, key, _dumps(doc)),
        )

    def delete(self, worker: int, entity: str, key: str) -> bool:
        cur = self.conn.execute(
            "DELETE FROM records WHERE employer=? AND entity=? AND worker=? AND key=?",
            (self.employer, entity, worker, key),
        )
        return cur.rowcount > 0

    def delete_all(self, worker: int, entity: str) -> int:
        cur = self.conn.execute(
            "DELETE FROM records WHERE employer=? AND entity=? AND worker=?",
            (self.employer, entity, worker),
        )
        return cur.rowcount

    def workers(self, limit: int = -1, offset: int = 0) -> list[int]:
        """Worker numbers in order; a page of them with ``limit``/``offset`` (SQL, not a slice)."""
        rows = self.conn.execute(
            "SELECT worker FROM records WHERE employer=? AND entity='Worker' ORDER BY worker"
            " LIMIT ? OFFSET ?",
            (self.employer, limit, offset),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def worker_exists(self, worker: int) -> bool:
        return self.get(worker, "Worker", "") is not None

    def modification(
        self,
        *,
        worker: int,
        user: str,
        action: str,
        entity: str,
        key: str,
        previous_key: str | None = None,
        when: float | None = None,
    ) -> None:
        day = time.strftime("%Y%m%d", time.localtime(time.time() if when is None else when))
        self.conn.execute(
            "INSERT INTO modifications (employer, worker, user, action, entity, key, "
            "previous_key, change_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (self.employer, worker, user, action, entity, key, previous_key, day),
        )

    def modifications(self, start: str, end: str, exclude_user: str) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            "SELECT worker, action, entity, key, previous_key, change_date FROM modifications "
            "WHERE employer=? AND change_date BETWEEN ? AND ? AND user<>? ORDER BY id",
            (self.employer, start, end, exclude_user),
        ).fetchall()
        out = []
        for worker, action, entity, key, previous, day in rows:
            item: dict[str, Any] = {
                "Worker": worker,
                "Action": action,
                "Entity": entity,
                "Key": key,
                "ChangeDate": day,
            }
            if previous is not None:
                item["PreviousKey"] = previous
            out.append(item)
        return out


class Store:
    """The database file, used through a small pool of SQLite connections."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pool: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        with self.connection() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)

    def _new_connection(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            str(self.path), timeout=30.0, isolation_level=None, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA synchronous=NORMAL")
        with self._lock:
            self._all.append(conn)
        return conn

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A connection from the pool (autocommit mode), given back afterwards."""
        try:
            conn = self._pool.get_nowait()
        except queue.Empty:
            conn = self._new_connection()
        try:
            yield conn
        finally:
            if conn.in_transaction:  # pragma: no cover - defensive
                conn.execute("ROLLBACK")
            self._pool.put(conn)

    def close(self) -> None:
        with self._lock:
            for conn in self._all:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._all.clear()
        self._pool = queue.SimpleQueue()

    @contextmanager
    def transaction(self, employer: str = "") -> Iterator[Tx]:
        """A write transaction (``BEGIN IMMEDIATE``), committed on success, rolled back on error."""
        with self.connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(conn, employer)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @contextmanager
    def reading(self, employer: str = "") -> Iterator[Tx]:
        """A read transaction (a consistent snapshot)."""
        with self.connection() as conn:
            conn.execute("BEGIN")
            try:
                yield Tx(conn, employer)
            finally:
                conn.execute("COMMIT")

    # --- meta --------------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        with self.connection() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.connection() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # --- queue -------------------------------------------------------------------------------

    def enqueue(
        self,
        *,
        guid: str,
        employer: str,
        user: str,
        method: str,
        path: str,
        operation: str,
        params: dict[str, Any],
        body: Any,
    ) -> None:
        """Write an accepted request; committed (durable) when this returns."""
        with self.connection() as conn:
            conn.execute(
                "INSERT INTO requests (guid, employer, user, method, path, operation, params, "
                "body, state, statuscode, accepted_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', '202', ?)",
                (
                    guid,
                    employer,
                    user,
                    method,
                    path,
                    operation,
                    _dumps(params),
                    None if body is None else _dumps(body),
                    time.time(),
                ),
            )

    def claim_next(self, *, any_order: bool = False) -> QueuedRequest | None:
        """Take the oldest queued request whose employer has nothing in processing (with
        ``any_order``, a random one of those: the out-of-order mode)."""
        with self.transaction() as tx:
            row = tx.conn.execute(_CLAIM_ANY if any_order else _CLAIM_OLDEST).fetchone()
            if row is None:
                return None
            tx.conn.execute(
                "UPDATE requests SET state='processing', statuscode='302', started_at=?, "
                "attempts=attempts+1 WHERE seq=?",
                (time.time(), row[0]),
            )
            got = tx.conn.execute("SELECT * FROM requests WHERE seq=?", (row[0],)).fetchone()
            return QueuedRequest.from_row(got)

    def requeue_processing(self) -> int:
        """Put requests left in ``processing`` (by a killed process) back in the queue."""
        with self.connection() as conn:
            cur = conn.execute(
                "UPDATE requests SET state='queued', statuscode='202', started_at=NULL "
                "WHERE state='processing'"
            )
            return cur.rowcount

    @staticmethod
    def finish(
        tx: Tx,
        seq: int,
        *,
        statuscode: str,
        description: str | None,
        response: str | None,
        action: str,
        type_: str,
        worker: str | None,
    ) -> None:
        tx.conn.execute(
            "UPDATE requests SET state='done', statuscode=?, status_description=?, response=?, "
            "action=?, type=?, worker=?, finished_at=? WHERE seq=?",
            (statuscode, description, response, action, type_, worker, time.time(), seq),
        )

    def get_request(self, guid: str) -> QueuedRequest | None:
        with self.connection() as conn:
            row = conn.execute("SELECT * FROM requests WHERE guid=?", (guid,)).fetchone()
        return None if row is None else QueuedRequest.from_row(row)

    def queue_counts(self) -> dict[str, Any]:
        counts: dict[str, Any] = {"queued": 0, "processing": 0, "done": 0}
        with self.connection() as conn:
            for state, n in conn.execute("SELECT state, COUNT(*) FROM requests GROUP BY state"):
                counts[str(state)] = int(n)
            row = conn.execute(
                "SELECT MIN(accepted_at), MAX(finished_at), "
                "SUM(CASE WHEN finished_at IS NOT NULL THEN finished_at - started_at END), "
                "SUM(CASE WHEN state='done' AND statuscode NOT IN ('200','201','204') THEN 1 END) "
                "FROM requests"
            ).fetchone()
        counts["first_accepted_at"] = row[0]
        counts["last_finished_at"] = row[1]
        counts["busy_seconds"] = round(row[2] or 0.0, 6)
        counts["failed_total"] = int(row[3] or 0)
        return counts
