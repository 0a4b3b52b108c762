"""Fault injection settings and the counters that prove what the sandbox received.

Faults (all rates are probabilities 0..1, drawn from one RNG seeded with ``seed``):

- ``fail_submit_rate``: a queued operation's submit is answered ``503`` with an Error body;
  nothing is queued.
- ``drop_rate``: the connection is closed without any answer, *before* anything is queued (so
  retrying is always safe: a dropped submit was never accepted). Applies to every API request
  (submits, ``Result``, ``workerExists``), not to the ``_sandbox`` endpoints.
- ``slow_result_rate`` / ``slow_result_seconds``: ``GET /Result/{GUID}`` sleeps that long before
  answering.
- ``processing_failure_rate``: a processed request ends with ``Statuscode`` ``"500"`` and a
  description; its business change is not applied.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Counters", "FaultDice", "Faults"]


@dataclass(frozen=True)
class Faults:
    """What the sandbox does wrong on purpose, and how often."""

    fail_submit_rate: float = 0.0
    drop_rate: float = 0.0
    slow_result_rate: float = 0.0
    slow_result_seconds: float = 2.0
    processing_failure_rate: float = 0.0
    seed: int | None = None
    #: Process each employer's requests in random order (still one at a time), not oldest
    #: first: the client must not depend on the queue order (its out-of-order detection).
    out_of_order: bool = False

    def __post_init__(self) -> None:
        for name in (
            "fail_submit_rate",
            "drop_rate",
            "slow_result_rate",
            "processing_failure_rate",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")
        if self.slow_result_seconds < 0:
            raise ValueError("slow_result_seconds must not be negative")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_argv(self) -> list[str]:
        """The command-line options that give these faults."""
        argv = [
            "--fail-submit-rate",
            repr(self.fail_submit_rate),
            "--drop-rate",
            repr(self.drop_rate),
            "--slow-result-rate",
            repr(self.slow_result_rate),
            "--slow-result-seconds",
            repr(self.slow_result_seconds),
            "--processing-failure-rate",
            repr(self.processing_failure_rate),
        ]
        if self.seed is not None:
            argv += ["--fault-seed", str(self.seed)]
        if self.out_of_order:
            argv.append("--out-of-order")
        return argv


class FaultDice:
    """Thread-safe draws for the fault rates."""

    def __init__(self, faults: Faults) -> None:
        self.faults = faults
        self._rng = random.Random(faults.seed)
        self._lock = threading.Lock()

    def roll(self, rate: float) -> bool:
        if rate <= 0.0:
            return False
        with self._lock:
            return self._rng.random() < rate

    def rng(self) -> random.Random:
        """A new RNG derived from the fault RNG (for the processors)."""
        with self._lock:
            return random.Random(self._rng.getrandbits(64))


class Counters:
    """What the sandbox received and did, since this process started."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.values: Counter[str] = Counter()
        self.submits_received: Counter[str] = Counter()
        self._seen: set[str] = set()
        # Result requests per second of Unix time (the client's poll budget is checked on it).
        self.results_per_second: Counter[int] = Counter()

    def add(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.values[name] += n

    def result_request(self) -> None:
        """A ``GET /Result/{GUID}`` arrived (counted per second of arrival)."""
        second = int(time.time())
        with self._lock:
            self.results_per_second[second] += 1

    def submit(self, operation: str) -> None:
        with self._lock:
            self.submits_received[operation] += 1
            self.values["submits_received_total"] += 1

    def seen(self, fingerprint: str) -> bool:
        """Record a submit's fingerprint; whether it was seen before (a duplicate)."""
        with self._lock:
            if fingerprint in self._seen:
                self.values["duplicates"] += 1
                return True
            self._seen.add(fingerprint)
            return False

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            out: dict[str, Any] = {name: self.values.get(name, 0) for name in _KEYS}
            out.update(self.values)
            out["submits_received"] = dict(sorted(self.submits_received.items()))
            out["results_per_second"] = {
                str(k): v for k, v in sorted(self.results_per_second.items())
            }
        return out


#: Counter names always present in :meth:`Counters.snapshot`.
_KEYS = (
    "requests_total",
    "submits_received_total",
    "submits_accepted",
    "rejected_400",
    "forbidden_403",
    "not_found_404",
    "injected_503",
    "connections_dropped",
    "handshake_failures",
    "results_served",
    "results_not_found",
    "slow_results",
    "worker_exists_served",
    "processed",
    "failed",
    "processing_failures_injected",
    "internal_errors",
    "duplicates",
)
