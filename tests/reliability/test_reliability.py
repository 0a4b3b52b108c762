"""The client's promises under faults, witnessed by the sandbox's own database.

2,000 mixed operations (queued reads, queued writes, synchronous ``workerExists``; several
employers; a sync client on threads and an async client on asyncio, at once) against a sandbox in
its own process that answers 10% of submits with 503, drops 5% of connections before answering,
serves some Results slowly, fails some processing, and is SIGKILLed and restarted in the middle
of the run. Every operation must end completed, or failed with its GUID, or (a write whose
connection broke after it was sent) as a TransportError saying it may have been queued; the
sandbox's ``requests`` table must show each write body queued at most once, exactly once (under
the client's GUID) for every write the client saw accepted, and never a GUID the client lost.

The run happens once (the module-scoped ``fault_run`` fixture); each test asserts one property
of it, so one broken promise does not hide the others.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import random
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest

import link2prisma as l2
from link2prisma import AsyncLink2Prisma, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma.sandbox import Faults, Sandbox

if TYPE_CHECKING:
    from conftest import SandboxFactory

OPERATIONS = 2000
SYNC_SHARE = 0.5
EMPLOYERS = 4
WORKERS = 6
HARD_LIMIT = 150.0  # seconds for the whole run; the test fails beyond
KILL_AT = 0.4  # kill the sandbox once this share of the operations has finished
FAULTS = Faults(
    fail_submit_rate=0.10,
    drop_rate=0.05,
    slow_result_rate=0.03,
    slow_result_seconds=0.4,
    processing_failure_rate=0.02,
    seed=8,
)
# Patient enough to ride over a restart (the sandbox process takes a second or two to come back).
RETRY = RetryPolicy(attempts=15, wait_initial=0.05, wait_max=1.0, timeout=60.0)
POLL = PollPolicy(first=0.05, factor=1.5, cap=0.5, deadline=90.0)
MAY_HAVE_BEEN_QUEUED = "may have been queued"
# One run for the module, shared by every test: pytest-xdist keeps the module's tests on one
# worker (conftest.py, ONE_WORKER), so the 2,000 operations run once.
pytestmark = pytest.mark.slow


@dataclass
class Op:
    index: int
    kind: str  # "write", "read-list", "read-get", "read-contracts", "read-missing", "exists"
    employer: str
    worker: int
    flavour: str  # "sync" or "async"
    value: str = ""  # the write's unique Communication value
    outcome: str = ""  # "completed", "failed", "maybe-queued", "timeout", "error"
    guid: str | None = None
    statuscode: str | None = None
    error: str = ""
    started: float = 0.0
    finished: float = 0.0

    @property
    def is_write(self) -> bool:
        return self.kind == "write"


@dataclass
class Run:
    ops: list[Op]
    inss: dict[str, list[str]]
    finished: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    killed_at: float = 0.0
    back_at: float = 0.0
    stats_before_kill: dict[str, Any] = field(default_factory=dict)
    in_flight_at_kill: int = 0

    def done(self, op: Op) -> None:
        op.finished = time.monotonic()
        with self.lock:
            self.finished += 1


def plan(employers: list[str], inss: dict[str, list[str]], seed: int = 11) -> list[Op]:
    rng = random.Random(seed)
    kinds = (
        ["write"] * 35
        + ["read-list"] * 10
        + ["read-get"] * 20
        + ["read-contracts"] * 20
        + ["read-missing"] * 5
        + ["exists"] * 10
    )
    ops = []
    for i in range(OPERATIONS):
        kind = rng.choice(kinds)
        employer = rng.choice(employers)
        ops.append(
            Op(
                index=i,
                kind=kind,
                employer=employer,
                worker=rng.randint(1, WORKERS),
                flavour="sync" if rng.random() < SYNC_SHARE else "async",
                value=f"op{i}@reliability.test" if kind == "write" else "",
            )
        )
    return ops


def _record(op: Op, exc: BaseException | None) -> None:
    if exc is None:
        op.outcome = "completed"
    elif isinstance(exc, l2.OperationFailed):
        op.outcome, op.guid, op.statuscode = "failed", exc.guid, exc.statuscode
    elif isinstance(exc, l2.OperationTimeout):
        op.outcome, op.guid = "timeout", exc.guid
    elif op.is_write and isinstance(exc, l2.TransportError) and MAY_HAVE_BEEN_QUEUED in str(exc):
        op.outcome = "maybe-queued"
    else:
        op.outcome = "error"
    if exc is not None:
        op.error = f"{type(exc).__name__}: {exc}"[:300]


def run_sync(client: Link2Prisma, op: Op, inss: list[str]) -> None:
    op.started = time.monotonic()
    scope = client.employer(op.employer)
    try:
        if op.kind == "exists":
            assert scope.worker_exists(inss[op.worker - 1]).worker_exists
            _record(op, None)
            return
        if op.kind == "write":
            handle = scope.communications.create(
                op.worker, {"CommunicationType": "Email", "Value": op.value}
            )
        elif op.kind == "read-list":
            handle = scope.workers.list(limit=2, offset=(op.worker - 1) % WORKERS)
        elif op.kind == "read-get":
            handle = scope.workers.get(op.worker)
        elif op.kind == "read-contracts":
            handle = scope.contracts.list(op.worker)
        else:
            handle = scope.workers.get(9000 + op.worker)
        op.guid = handle.guid
        handle.result()
        op.statuscode = handle.statuscode
        _record(op, None)
    except Exception as exc:
        _record(op, exc)


async def run_async(client: AsyncLink2Prisma, op: Op, inss: list[str]) -> None:
    op.started = time.monotonic()
    scope = client.employer(op.employer)
    try:
        if op.kind == "exists":
            assert (await scope.worker_exists(inss[op.worker - 1])).worker_exists
            _record(op, None)
            return
        if op.kind == "write":
            handle = await scope.communications.create(
                op.worker, {"CommunicationType": "Email", "Value": op.value}
            )
        elif op.kind == "read-list":
            handle = await scope.workers.list(limit=2, offset=(op.worker - 1) % WORKERS)
        elif op.kind == "read-get":
            handle = await scope.workers.get(op.worker)
        elif op.kind == "read-contracts":
            handle = await scope.contracts.list(op.worker)
        else:
            handle = await scope.workers.get(9000 + op.worker)
        op.guid = handle.guid
        await handle.result()
        op.statuscode = handle.statuscode
        _record(op, None)
    except Exception as exc:
        _record(op, exc)


def read_requests(sb: Sandbox) -> list[dict[str, Any]]:
    """Every request the sandbox ever accepted (its SQLite queue, across the restart)."""
    db = sqlite3.connect(f"file:{sb.data_dir / 'sandbox.db'}?mode=ro", uri=True, timeout=30)
    try:
        db.row_factory = sqlite3.Row
        rows = db.execute(
            "SELECT guid, employer, operation, body, state, statuscode FROM requests"
        ).fetchall()
        return [dict(r) for r in rows]
    finally:
        db.close()


def wait_until_idle(sb: Sandbox, seconds: float = 30.0) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while True:
        queue = sb.stats()["queue"]
        if (queue["queued"] == 0 and queue["processing"] == 0) or time.monotonic() > deadline:
            return dict(queue)
        time.sleep(0.1)


def killer(sb: Sandbox, run: Run, stop: threading.Event) -> None:
    """Once KILL_AT of the operations have finished: SIGKILL the sandbox, then restart it."""
    target = int(OPERATIONS * KILL_AT)
    while not stop.is_set() and run.finished < target:
        stop.wait(0.02)
    if stop.is_set():
        return
    run.stats_before_kill = sb.stats()
    now = time.monotonic()
    run.in_flight_at_kill = sum(
        1 for op in run.ops if op.started and not op.finished and op.started < now
    )
    run.killed_at = time.monotonic()
    sb.kill()
    time.sleep(0.3)
    sb.restart()
    run.back_at = time.monotonic()


@dataclass
class FaultRun:
    """What the run left: the client's view (``run.ops``) and the sandbox's (its database)."""

    run: Run
    elapsed: float
    async_side_finished: bool
    queue: dict[str, Any]
    rows: list[dict[str, Any]]
    writes_by_value: dict[str, list[dict[str, Any]]]
    injected: dict[str, int]

    @property
    def ops(self) -> list[Op]:
        return self.run.ops

    @property
    def status_by_guid(self) -> dict[str, dict[str, Any]]:
        return {r["guid"]: r for r in self.rows}


def _run_operations(sb: Sandbox) -> FaultRun:
    """The 2,000 operations, sync and async at once, with the kill and restart in the middle."""
    started = time.monotonic()
    hard_deadline = started + HARD_LIMIT
    with Link2Prisma(
        sb.base_url,
        certificate=sb.certificate,
        ca_bundle=sb.ca_bundle,
        retry=RETRY,
        poll=POLL,
        pool_size=12,
    ) as setup:
        inss = {
            e: [f"{int(w.inss):011d}" for w in setup.employer(e).workers.iter_all()]
            for e in sb.employers
        }
    run = Run(plan(sb.employers, inss), inss)

    stop = threading.Event()
    kill_thread = threading.Thread(
        target=killer, args=(sb, run, stop), name="reliability-killer", daemon=True
    )

    def sync_side() -> None:
        with Link2Prisma(
            sb.base_url,
            certificate=sb.certificate,
            ca_bundle=sb.ca_bundle,
            retry=RETRY,
            poll=POLL,
            pool_size=12,
        ) as client:
            mine = [op for op in run.ops if op.flavour == "sync"]

            def one(op: Op) -> None:
                run_sync(client, op, inss[op.employer])
                run.done(op)

            with concurrent.futures.ThreadPoolExecutor(
                max_workers=24, thread_name_prefix="reliability-sync"
            ) as pool:
                futures = [pool.submit(one, op) for op in mine]
                _, pending = concurrent.futures.wait(
                    futures, timeout=max(1.0, hard_deadline - time.monotonic())
                )
                for f in pending:
                    f.cancel()

    async def async_side() -> None:
        async with AsyncLink2Prisma(
            sb.base_url,
            certificate=sb.certificate,
            ca_bundle=sb.ca_bundle,
            retry=RETRY,
            poll=POLL,
            pool_size=12,
        ) as client:
            limit = asyncio.Semaphore(48)

            async def one(op: Op) -> None:
                async with limit:
                    await run_async(client, op, inss[op.employer])
                    run.done(op)

            tasks = [asyncio.ensure_future(one(op)) for op in run.ops if op.flavour == "async"]
            _, pending = await asyncio.wait(
                tasks, timeout=max(1.0, hard_deadline - time.monotonic())
            )
            for t in pending:
                t.cancel()

    async_thread = threading.Thread(
        target=lambda: asyncio.run(async_side()), name="reliability-async", daemon=True
    )
    kill_thread.start()
    async_thread.start()
    sync_side()
    async_thread.join(max(1.0, hard_deadline - time.monotonic() + 5))
    stop.set()
    kill_thread.join(30)
    elapsed = time.monotonic() - started

    # What the sandbox saw (its database, across the restart).
    queue = wait_until_idle(sb)
    rows = read_requests(sb)
    writes_by_value: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if row["operation"] == "communications.create":
            value = json.loads(row["body"])["Value"]
            writes_by_value.setdefault(value, []).append(row)
    after = sb.stats()
    before = run.stats_before_kill
    injected = {
        k: before.get(k, 0) + after.get(k, 0)
        for k in (
            "injected_503",
            "connections_dropped",
            "slow_results",
            "processing_failures_injected",
            "duplicates",
            "handshake_failures",
        )
    }
    result = FaultRun(
        run=run,
        elapsed=elapsed,
        async_side_finished=not async_thread.is_alive(),
        queue=queue,
        rows=rows,
        writes_by_value=writes_by_value,
        injected=injected,
    )
    _report(result, started)
    return result


def _across(fr: FaultRun) -> list[Op]:
    """Operations submitted before the kill that ended (with their Result) after the restart."""
    run = fr.run
    return [
        op
        for op in fr.ops
        if op.started < run.killed_at
        and op.finished > run.back_at
        and op.outcome in ("completed", "failed")
    ]


def _report(fr: FaultRun, started: float) -> None:
    ops, run, rows = fr.ops, fr.run, fr.rows
    outcomes = Counter(op.outcome for op in ops)
    by_kind = Counter((op.kind, op.outcome) for op in ops)
    failed_codes = Counter(op.statuscode for op in ops if op.outcome == "failed")
    errors = [op for op in ops if op.outcome in ("error", "timeout")]
    read_guids = {r["guid"] for r in rows if r["operation"] != "communications.create"}
    twice = {v: len(r) for v, r in fr.writes_by_value.items() if len(r) > 1}
    strangers = set(fr.writes_by_value) - {op.value for op in ops if op.is_write}
    maybe = [op for op in ops if op.outcome == "maybe-queued"]
    maybe_queued_once = [op for op in maybe if len(fr.writes_by_value.get(op.value, [])) == 1]
    client_read_guids = {op.guid for op in ops if not op.is_write and op.guid}
    resent_reads = len(read_guids - client_read_guids)  # accepted, the client never saw the GUID
    queue = fr.queue
    print(
        f"\nfault run: {OPERATIONS} operations ({sum(op.flavour == 'sync' for op in ops)} sync, "
        f"{sum(op.flavour == 'async' for op in ops)} async) on {EMPLOYERS} employers in {fr.elapsed:.1f}s; "
        f"SIGKILL at {run.killed_at - started:.1f}s, serving again after {run.back_at - run.killed_at:.1f}s"
    )
    print(f"  outcomes: {dict(outcomes)}")
    print(f"  by kind: {dict(sorted(by_kind.items()))}")
    print(f"  failed with GUID, by Statuscode: {dict(failed_codes)}")
    print(
        f"  writes reported '{MAY_HAVE_BEEN_QUEUED}': {len(maybe)} "
        f"(not queued: {len(maybe) - len(maybe_queued_once)}, queued exactly once: {len(maybe_queued_once)})"
    )
    print(
        f"  in flight at the kill: {run.in_flight_at_kill}; submitted before the kill and finished after the restart: {len(_across(fr))}"
    )
    print(
        f"  sandbox database: {len(rows)} accepted ({sum(len(r) for r in fr.writes_by_value.values())} writes, "
        f"{len(read_guids)} reads), write bodies queued twice: {len(twice)}, unknown write bodies: {len(strangers)}, "
        f"reads accepted whose GUID the client never saw (re-sent reads): {resent_reads}; queue at the end: "
        f"queued={queue['queued']} processing={queue['processing']} done={queue['done']}"
    )
    print(f"  sandbox counters (before the kill + after the restart): {fr.injected}")
    for op in errors[:10]:
        print(f"  UNEXPECTED {op.flavour} {op.kind} #{op.index}: {op.error}")


@pytest.fixture(scope="module")
def fault_run(make_module_sandbox: SandboxFactory) -> FaultRun:
    """The run, once for the module (every test below asserts one property of it)."""
    sb = make_module_sandbox(
        employers=EMPLOYERS,
        workers_per_employer=WORKERS,
        delay=0.0,
        processors=EMPLOYERS,
        seed=4,
        faults=FAULTS,
        mode="process",
    )
    return _run_operations(sb)


def test_the_setup_read_every_worker_of_every_employer(fault_run: FaultRun) -> None:
    assert len(fault_run.run.inss) == EMPLOYERS
    assert all(len(v) == WORKERS for v in fault_run.run.inss.values())


def test_the_run_ends_within_its_hard_limit(fault_run: FaultRun) -> None:
    assert fault_run.async_side_finished, "the async side did not finish within the hard limit"
    assert fault_run.elapsed < HARD_LIMIT + 10


def test_the_sandbox_was_killed_and_restarted_during_the_run(fault_run: FaultRun) -> None:
    run = fault_run.run
    assert run.killed_at and run.back_at, "the sandbox was not killed and restarted during the run"


def test_no_operation_is_lost(fault_run: FaultRun) -> None:
    unfinished = [op for op in fault_run.ops if not op.outcome]
    assert not unfinished, (
        f"{len(unfinished)} operations never ended (lost): {[op.index for op in unfinished[:20]]}"
    )


def test_every_operation_ends_completed_failed_or_maybe_queued(fault_run: FaultRun) -> None:
    errors = [op for op in fault_run.ops if op.outcome in ("error", "timeout")]
    assert not errors, (
        f"{len(errors)} operations ended in an unexpected error, e.g. {errors[0].error}"
    )


def test_failures_carry_the_guid_and_statuscode_the_sandbox_has(fault_run: FaultRun) -> None:
    status_by_guid = fault_run.status_by_guid
    for op in fault_run.ops:
        if op.outcome == "failed":
            assert op.guid and op.statuscode, op
            assert status_by_guid[op.guid]["statuscode"] == op.statuscode, op


def test_completed_operations_are_done_in_the_sandbox(fault_run: FaultRun) -> None:
    status_by_guid = fault_run.status_by_guid
    for op in fault_run.ops:
        if op.outcome == "completed" and op.kind != "exists":
            assert op.guid in status_by_guid and status_by_guid[op.guid]["state"] == "done", op


def test_no_write_is_queued_twice(fault_run: FaultRun) -> None:
    twice = {v: len(r) for v, r in fault_run.writes_by_value.items() if len(r) > 1}
    assert not twice, f"write bodies queued more than once: {twice}"


def test_the_sandbox_holds_no_write_the_client_did_not_send(fault_run: FaultRun) -> None:
    strangers = set(fault_run.writes_by_value) - {op.value for op in fault_run.ops if op.is_write}
    assert not strangers


def test_every_write_seen_accepted_is_queued_once_under_its_guid(fault_run: FaultRun) -> None:
    for op in fault_run.ops:
        if op.is_write and op.outcome in ("completed", "failed"):
            queued = fault_run.writes_by_value.get(op.value, [])
            assert [r["guid"] for r in queued] == [op.guid], (op, queued)


def test_the_queue_drains(fault_run: FaultRun) -> None:
    assert fault_run.queue["queued"] == 0 and fault_run.queue["processing"] == 0


def test_the_faults_did_happen(fault_run: FaultRun) -> None:
    injected = fault_run.injected
    assert (
        injected["injected_503"] > 0
        and injected["connections_dropped"] > 0
        and injected["slow_results"] > 0
    )


def test_operations_ride_over_the_restart(fault_run: FaultRun) -> None:
    assert _across(fault_run), "no operation was in flight across the restart"
