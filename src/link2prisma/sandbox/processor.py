"""Background processors: the sandbox's stand-in for the secretariat's local program.

``K`` threads take requests from the queue (see :meth:`.store.Store.claim_next`): one employer's
requests are processed strictly in order, one at a time; different employers in parallel. Each
request takes ``delay`` seconds plus a uniform random ``0..jitter`` while its Result says
``"302"`` (processing); then the handler runs and the business change and the final status are
committed in one transaction.

With ``out_of_order`` (``Faults(out_of_order=True)``, ``--out-of-order``) the next request is
drawn at random among the queued ones whose employer has nothing in processing: still one at a
time per employer, but in no particular order, so that a client relying on the queue order
shows it.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable

from .handlers import BusinessError, Outcome, action_of, handle
from .store import QueuedRequest, Store

__all__ = ["INJECTED_FAILURE", "Processors"]

#: The StatusDescription of an injected processing failure (``Statuscode`` "500").
INJECTED_FAILURE = "Processing failed (injected by the sandbox)"

_log = logging.getLogger("link2prisma.sandbox")


class Processors:
    """``count`` processor threads working on ``store``'s queue."""

    def __init__(
        self,
        store: Store,
        *,
        count: int,
        delay: float,
        jitter: float,
        failure_rate: float,
        rng: random.Random,
        out_of_order: bool = False,
        on_done: Callable[[QueuedRequest, Outcome], None] | None = None,
    ) -> None:
        self.store = store
        self.count = max(1, count)
        self.delay = max(0.0, delay)
        self.jitter = max(0.0, jitter)
        self.failure_rate = failure_rate
        self.out_of_order = out_of_order
        self._rng = rng
        self._rng_lock = threading.Lock()
        self._wake = threading.Condition()
        self._pending_wakeups = 0
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._on_done = on_done

    def start(self) -> None:
        for i in range(self.count):
            thread = threading.Thread(
                target=self._run, name=f"l2p-sandbox-processor-{i}", daemon=True
            )
            thread.start()
            self._threads.append(thread)

    def notify(self) -> None:
        """A request was queued: wake a processor."""
        with self._wake:
            self._pending_wakeups += 1
            self._wake.notify()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        with self._wake:
            self._wake.notify_all()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads.clear()

    def _random(self) -> float:
        with self._rng_lock:
            return self._rng.random()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                req = self.store.claim_next(any_order=self.out_of_order)
            except Exception:  # pragma: no cover - e.g. the database closed under us at stop
                if self._stop.is_set():
                    return
                _log.exception("claiming a request failed")
                self._stop.wait(0.5)
                continue
            if req is None:
                with self._wake:
                    if self._pending_wakeups == 0 and not self._stop.is_set():
                        # Bounded wait: a request queued by another process is found anyway.
                        self._wake.wait(0.25)
                    self._pending_wakeups = max(0, self._pending_wakeups - 1)
                continue
            self._process(req)
            # Finishing may unblock the employer's next request for a sleeping processor.
            self.notify()

    def _process(self, req: QueuedRequest) -> None:
        busy = self.delay + (self._random() * self.jitter if self.jitter else 0.0)
        if busy and self._stop.wait(busy):
            return  # stopping: left in "processing", re-queued on the next start
        fail = self.failure_rate > 0 and self._random() < self.failure_rate
        worker = req.params.get("workerID")
        worker_text = None if worker is None else str(worker)
        try:
            with self.store.transaction(req.employer) as tx:
                tx.conn.execute("SAVEPOINT handler")
                try:
                    if fail:
                        raise BusinessError("500", INJECTED_FAILURE)
                    outcome = handle(tx, req)
                    tx.conn.execute("RELEASE handler")
                except BusinessError as exc:
                    tx.conn.execute("ROLLBACK TO handler")
                    tx.conn.execute("RELEASE handler")
                    outcome = Outcome(exc.statuscode, None, exc.description)
                except Exception as exc:
                    _log.exception("handler %s failed", req.operation)
                    tx.conn.execute("ROLLBACK TO handler")
                    tx.conn.execute("RELEASE handler")
                    outcome = Outcome("500", None, f"Internal error: {type(exc).__name__}")
                Store.finish(
                    tx,
                    req.seq,
                    statuscode=outcome.statuscode,
                    description=outcome.description,
                    response=outcome.response,
                    action=action_of(req.method),
                    type_=outcome.type or req.operation.split(".")[0],
                    worker=worker_text,
                )
        except Exception:  # pragma: no cover - database trouble; retried after restart
            _log.exception("finishing request %s failed", req.guid)
            return
        if self._on_done is not None:
            self._on_done(req, outcome)
