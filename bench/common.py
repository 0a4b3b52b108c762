"""What every figure shares: sizes, the result record, medians, and the sandboxes.

Every figure is a ratio of two things measured in the same run (interleaved rounds, median) or
a count; none compares an absolute time with a constant.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from link2prisma.sandbox import Faults, Sandbox

NODELAY_LAUNCHER = Path(__file__).with_name("nodelay_sandbox.py")

#: A valid national register number (checksum included) for ``workerExists``.
RRNR = "85073003328"


@dataclass(frozen=True)
class Config:
    """The sizes of one benchmark run: :data:`FULL` for ``make bench``, :data:`SMOKE` for tests."""

    name: str
    rounds: int  # interleaved rounds of the timing comparisons
    overhead_calls: int  # synchronous calls per block (overhead_vs_httpx)
    handshake_calls: int  # facade calls counted (handshakes_per_1000_calls)
    werkr_calls: int  # calls per block (werkr_style_vs_facade)
    pool_size: int
    detect_threads: int  # employers worked on at once (detect_delay_ratio)
    detect_ops_per_thread: int
    detect_delay: float  # the sandbox's delay per request ...
    detect_jitter: float  # ... plus uniform 0..jitter: D spread over [delay, delay + jitter]
    fixed_interval: float  # the fixed polling interval of the baselines (2 s)
    bulk_workers: int  # bulk_export_speedup
    bulk_delay: float
    bulk_rounds: int
    busy_workers: int  # bulk_export_vs_server_busy
    busy_rounds: int
    rss_workers: tuple[int, int]  # export_peak_rss_mb_10k, export_peak_rss_mb_100k
    import_rounds: int
    many_ops: int = 2000  # bulk_polls_per_operation ... (over 2 employers)
    many_budget: float = 50.0  # the poll budget of those runs (PollPolicy.budget)
    ooo_ops: int = 400  # out_of_order_detect_delay
    inflight_ops: int = 10_000  # inflight_10k_rss_mb
    processors: int = 2
    page_size: int = 100
    prefetch: int = 8
    op_timeout: float = 120.0  # the longest a single operation may take before the run fails
    shared_sandbox: bool = False  # smoke: one sandbox for every figure

    @property
    def smoke(self) -> bool:
        return self.name == "smoke"


FULL = Config(
    name="full",
    rounds=9,
    overhead_calls=400,
    handshake_calls=1000,
    werkr_calls=30,
    pool_size=10,
    detect_threads=8,
    detect_ops_per_thread=21,
    detect_delay=0.2,
    detect_jitter=2.8,
    fixed_interval=2.0,
    bulk_workers=2000,
    bulk_delay=0.05,
    bulk_rounds=2,
    busy_workers=10000,
    busy_rounds=3,
    rss_workers=(10_000, 100_000),
    import_rounds=11,
)

SMOKE = Config(
    name="smoke",
    rounds=2,
    overhead_calls=10,
    handshake_calls=40,
    werkr_calls=3,
    pool_size=4,
    detect_threads=2,
    detect_ops_per_thread=3,
    detect_delay=0.01,
    detect_jitter=0.02,
    fixed_interval=0.05,
    bulk_workers=250,
    bulk_delay=0.0,
    bulk_rounds=1,
    busy_workers=250,
    busy_rounds=1,
    rss_workers=(250, 250),
    import_rounds=1,
    page_size=100,
    op_timeout=30.0,
    shared_sandbox=True,
    many_ops=100,
    ooo_ops=20,
    inflight_ops=200,
)


@dataclass
class Figure:
    """One line of ``make bench``: ``name: value``, with its goal and how it was measured."""

    name: str
    value: float
    goal: str  # e.g. "<= 1.15", or "report"
    ok: bool | None  # None: reported, no goal
    how: str
    details: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # text shown under the table (profiles...)

    def __post_init__(self) -> None:
        self.value = float(self.value)

    @property
    def verdict(self) -> str:
        if self.ok is None:
            return "reported"
        return "met" if self.ok else "MISSED"

    def line(self) -> str:
        return f"{self.name}: {format_value(self.value)}"


def format_value(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e9:
        return str(int(value))
    if abs(value) >= 100:
        return f"{value:.1f}"
    if abs(value) >= 10:
        return f"{value:.2f}"
    return f"{value:.3f}"


def median(values: Iterable[float]) -> float:
    data = list(values)
    if not data:
        return math.nan
    return float(statistics.median(data))


def at_most(goal: float) -> Callable[[float], bool]:
    return lambda value: math.isfinite(value) and value <= goal


def at_least(goal: float) -> Callable[[float], bool]:
    return lambda value: math.isfinite(value) and value >= goal


def interleaved(rounds: int, arms: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Run each arm once per round, alternating the order (A B, B A, ...); their results."""
    names = list(arms)
    out: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        order = names if r % 2 == 0 else names[::-1]
        for name in order:
            out[name].append(arms[name]())
    return out


def cpu_per_call(
    rounds: int, calls: int, arms: dict[str, Callable[[], object]], batch: int = 20
) -> dict[str, list[float]]:
    """Client CPU seconds per call of each arm, per round. Within a round the arms take turns
    in small batches (A B, B A, ...), so a slow patch of a noisy machine hits them alike."""
    names = list(arms)
    out: dict[str, list[float]] = {name: [] for name in names}
    batches = max(1, calls // batch)
    for _ in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        for b in range(batches):
            for name in names if b % 2 == 0 else names[::-1]:
                call = arms[name]
                started = time.process_time()
                for _ in range(batch):
                    call()
                spent[name] += time.process_time() - started
        for name in names:
            out[name].append(spent[name] / (batches * batch))
    return out


def paired_ratios(a: list[float], b: list[float]) -> list[float]:
    """``a[i] / b[i]`` for each round (rounds whose ``b`` is 0 are left out)."""
    return [x / y for x, y in zip(a, b, strict=True) if y > 0]


@dataclass(frozen=True)
class SandboxSpec:
    employers: int
    workers: int
    delay: float = 0.0
    jitter: float = 0.0
    processors: int = 2
    out_of_order: bool = False  # each employer's requests processed in random order


class NoDelaySandbox(Sandbox):
    """The sandbox in its own process, started by ``bench/nodelay_sandbox.py``: the same
    server with ``TCP_NODELAY`` (see that file for why)."""

    def _argv(self) -> list[str]:
        argv = super()._argv()
        if argv[1:3] != ["-m", "link2prisma.sandbox"]:  # pragma: no cover - sandbox changed
            raise RuntimeError(f"unexpected sandbox command line: {argv[:3]}")
        return [argv[0], str(NODELAY_LAUNCHER), *argv[3:]]


class Sandboxes:
    """Runs one sandbox at a time (mode ``process``: its CPU is not the client's), reused while
    the next figure asks for the same spec. With ``shared``, the first spec serves every figure
    (the smoke test's single small sandbox)."""

    def __init__(self, shared: SandboxSpec | None = None, *, nodelay: bool = True) -> None:
        self._shared = shared
        self._cls: type[Sandbox] = NoDelaySandbox if nodelay else Sandbox
        self._spec: SandboxSpec | None = None
        self._sb: Sandbox | None = None
        self.started: list[tuple[SandboxSpec, float]] = []  # spec, seconds to start

    def get(self, spec: SandboxSpec) -> Sandbox:
        spec = self._shared or spec
        if self._sb is not None and self._spec == spec:
            wait_idle(self._sb)
            return self._sb
        self.close()
        started = time.monotonic()
        self._sb = self._cls.start(
            employers=spec.employers,
            workers_per_employer=spec.workers,
            delay=spec.delay,
            jitter=spec.jitter,
            processors=spec.processors,
            faults=Faults(out_of_order=spec.out_of_order),
            seed=1,
            mode="process",
            start_timeout=600.0,
        )
        self._spec = spec
        self.started.append((spec, time.monotonic() - started))
        return self._sb

    def close(self) -> None:
        if self._sb is not None:
            self._sb.stop()
            self._sb = None
            self._spec = None

    def __enter__(self) -> Sandboxes:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def wait_idle(sb: Sandbox, timeout: float = 120.0) -> dict[str, Any]:
    """Wait (bounded) until the sandbox's queue is empty; its stats then."""
    deadline = time.monotonic() + timeout
    while True:
        stats = sb.stats()
        queue = stats["queue"]
        if queue.get("queued", 0) == 0 and queue.get("processing", 0) == 0:
            return stats
        if time.monotonic() > deadline:
            raise TimeoutError(f"the sandbox queue did not drain in {timeout}s: {queue}")
        time.sleep(0.05)


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """``with stopwatch() as t: ...``; then ``t[0]`` is the wall time in seconds."""
    box: list[float] = []
    started = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - started)
