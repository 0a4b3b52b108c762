"""Load: 50 concurrent tasks on one ``AsyncLink2Prisma`` for a few seconds, faults injected.

No error beyond the injected ones (a write whose connection the sandbox dropped after it was
sent is reported "may have been queued": at most one per dropped connection), and the client
never holds more TCP connections to the sandbox than its pool allows: sampled all along with
psutil on this process's sockets (the sandbox runs in its own process, so every socket here with
the sandbox's port as remote end is one of the client's).

The run happens once (the module-scoped ``load_run`` fixture); each test asserts one property.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import psutil
import pytest

import link2prisma as l2
from link2prisma import AsyncLink2Prisma, PollPolicy, RetryPolicy
from link2prisma.sandbox import Faults, Sandbox

if TYPE_CHECKING:
    from conftest import SandboxFactory

TASKS = 50
POOL = 8
SECONDS = 4.0
HARD_LIMIT = 60.0
FAULTS = Faults(
    fail_submit_rate=0.10, drop_rate=0.05, slow_result_rate=0.02, slow_result_seconds=0.3, seed=21
)
RETRY = RetryPolicy(attempts=10, wait_initial=0.02, wait_max=0.5, timeout=30.0)
POLL = PollPolicy(first=0.05, factor=1.5, cap=0.3, deadline=30.0)
# One run for the module, kept on one pytest-xdist worker (conftest.py, ONE_WORKER).
pytestmark = pytest.mark.slow


class Sampler(threading.Thread):
    """Counts this process's TCP sockets to ``port`` every few milliseconds."""

    def __init__(self, port: int) -> None:
        super().__init__(name="load-sampler", daemon=True)
        self.port = port
        self.samples: list[int] = []
        self.states: Counter[str] = Counter()
        self.stop = threading.Event()
        self.process = psutil.Process()

    def run(self) -> None:
        deadline = time.monotonic() + HARD_LIMIT
        while not self.stop.is_set() and time.monotonic() < deadline:
            conns = [
                c
                for c in self.process.net_connections(kind="tcp")
                if c.raddr and c.raddr.port == self.port
            ]
            self.samples.append(len(conns))
            self.states.update(c.status for c in conns)
            self.stop.wait(0.01)


@dataclass
class LoadRun:
    """What the run left: outcomes, the sampled connections, the sandbox's counters."""

    outcomes: Counter[str]
    unexpected: list[str]
    samples: list[int]
    stats: dict[str, Any]

    @property
    def peak(self) -> int:
        return max(self.samples, default=0)


def _run_load(sb: Sandbox) -> LoadRun:
    outcomes: Counter[str] = Counter()
    unexpected: list[str] = []
    ops_done = Counter[str]()
    sampler = Sampler(sb.port)

    async def main() -> None:
        async with AsyncLink2Prisma(
            sb.base_url,
            certificate=sb.certificate,
            ca_bundle=sb.ca_bundle,
            pool_size=POOL,
            retry=RETRY,
            poll=POLL,
        ) as client:
            inss = {}
            for e in sb.employers:
                inss[e] = [
                    f"{int(w.inss):011d}" async for w in client.employer(e).workers.iter_all()
                ]
            end = time.monotonic() + SECONDS
            sampler.start()

            async def task(n: int) -> None:
                rng = random.Random(n)
                i = 0
                while time.monotonic() < end:
                    i += 1
                    employer = rng.choice(sb.employers)
                    scope = client.employer(employer)
                    worker = rng.randint(1, 5)
                    kind = rng.choice(
                        ["get", "contracts", "departments", "exists", "write", "write"]
                    )
                    try:
                        if kind == "exists":
                            assert (
                                await scope.worker_exists(inss[employer][worker - 1])
                            ).worker_exists
                        else:
                            if kind == "get":
                                op = await scope.workers.get(worker)
                            elif kind == "contracts":
                                op = await scope.contracts.list(worker)
                            elif kind == "departments":
                                op = await scope.departments.list()
                            else:
                                value = {
                                    "CommunicationType": "Email",
                                    "Value": f"load-{n}-{i}@load.test",
                                }
                                op = await scope.communications.create(worker, value)
                            await op.result()
                        outcomes["ok"] += 1
                        ops_done[kind] += 1
                    except l2.TransportError as exc:
                        if kind == "write" and "may have been queued" in str(exc):
                            outcomes["write dropped, may have been queued"] += 1
                        else:
                            unexpected.append(f"{kind}: {type(exc).__name__}: {exc}")
                    except Exception as exc:
                        unexpected.append(f"{kind}: {type(exc).__name__}: {exc}")

            await asyncio.wait_for(asyncio.gather(*(task(n) for n in range(TASKS))), HARD_LIMIT)

    started = time.monotonic()
    try:
        asyncio.run(main())
    finally:
        sampler.stop.set()
        sampler.join(5)
    elapsed = time.monotonic() - started
    stats = sb.stats()
    result = LoadRun(outcomes, unexpected, list(sampler.samples), stats)
    print(
        f"\nload: {TASKS} tasks, pool {POOL}, {elapsed:.1f}s: {sum(outcomes.values())} operations "
        f"({outcomes['ok'] / SECONDS:.0f}/s ok): {dict(outcomes)}, by kind {dict(ops_done)}; "
        f"connections to the sandbox: peak {result.peak} over {len(sampler.samples)} samples, states {dict(sampler.states)}; "
        f"sandbox: requests {stats['requests_total']}, injected 503 {stats['injected_503']}, "
        f"dropped {stats['connections_dropped']}, slow results {stats['slow_results']}"
    )
    return result


@pytest.fixture(scope="module")
def load_run(make_module_sandbox: SandboxFactory) -> LoadRun:
    """The run, once for the module (every test below asserts one property of it)."""
    sb = make_module_sandbox(
        employers=3,
        workers_per_employer=5,
        delay=0.0,
        processors=3,
        seed=9,
        faults=FAULTS,
        mode="process",
    )
    return _run_load(sb)


def test_no_error_beyond_the_injected_ones(load_run: LoadRun) -> None:
    unexpected = load_run.unexpected
    assert not unexpected, f"{len(unexpected)} unexpected errors, e.g. {unexpected[:3]}"


def test_the_fifty_tasks_did_run(load_run: LoadRun) -> None:
    assert load_run.outcomes["ok"] > TASKS


def test_the_faults_did_happen(load_run: LoadRun) -> None:
    assert load_run.stats["injected_503"] > 0 and load_run.stats["connections_dropped"] > 0


def test_at_most_one_maybe_queued_write_per_dropped_connection(load_run: LoadRun) -> None:
    maybe = load_run.outcomes["write dropped, may have been queued"]
    assert maybe <= load_run.stats["connections_dropped"]


def test_the_connections_were_sampled_all_along(load_run: LoadRun) -> None:
    assert len(load_run.samples) > 20


def test_the_client_stays_within_its_pool(load_run: LoadRun) -> None:
    peak = load_run.peak
    assert 1 <= peak <= POOL, f"{peak} connections open at once, pool is {POOL}"
