"""One poller per client: the I/O around :class:`~.scheduler.PollPlan`, sync and async.

Every wait of a client (``op.result()``, ``as_completed``, ``wait``, the in-flight windows)
registers its operations here with a *sink* (a queue the poller puts each finished operation
in) and takes them out again when it stops waiting, whatever the reason (finished, timed out,
cancelled, the loop left early). The poller runs only while someone waits:

* :class:`SyncPoller`: up to ``workers`` daemon threads, started when an operation is waited
  for, each ending as soon as nobody waits any more (or the client is closed). A waiter blocks
  on its sink with its own timeout, so ``result(timeout=T)`` returns or raises within ``T``
  whatever the server does: a poll the server never answers keeps a poller thread, not the
  waiter (the thread ends with the exchange's own timeout).
* :class:`AsyncPoller`: one task on the client's loop, which starts a task per poll (at most
  ``workers`` at once); when the last waiter goes (cancelled included), the task is cancelled
  with its polls: no poller is left running.

A poll that finishes the operation (done or failed) or fails itself (transport error, an
unexpected answer) goes to every sink waiting for it; a failed poll is kept on the operation
(``_poll_error``) and raised once by its next ``result()``: one failure among many operations
is that operation's alone.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import threading
import time
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Collection,
    Generator,
    Hashable,
    Iterable,
    Iterator,
)
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from .._exceptions import ConfigurationError, Link2PrismaError
from .scheduler import PollPlan

if TYPE_CHECKING:
    import asyncio

    from .._core import AsyncCore, SyncCore
    from .handles import AsyncOperation, Operation, _OperationState

log = logging.getLogger(__name__)
K = TypeVar("K")

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
ReturnWhen = Literal["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"]

_MAX_SLEEP = 1.0  # a waiting poller thread looks again at least this often (close, new work)


def _unique(ops: Iterable[Any]) -> list[Any]:
    return list(dict.fromkeys(ops))


def _finished(op: _OperationState[Any]) -> bool:
    return op._done or op._poll_error is not None


def _failed(op: _OperationState[Any]) -> bool:
    return op._error is not None or op._poll_error is not None


def _stop_now(done: Collection[Any], return_when: str) -> bool:
    if return_when == FIRST_COMPLETED:
        return bool(done)
    if return_when == FIRST_EXCEPTION:
        return any(_failed(op) for op in done)
    return False


def _closed_error() -> ConfigurationError:
    return ConfigurationError("the client was closed while operations were waited for")


def _check_return_when(return_when: str) -> None:
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(
            f"return_when must be one of {FIRST_COMPLETED}, {FIRST_EXCEPTION}, "
            f"{ALL_COMPLETED}, not {return_when!r}"
        )


def _timeout_error(
    pending: Collection[_OperationState[Any]], total: int, waited: float
) -> Exception:
    """An OperationTimeout for the oldest unfinished operation, counting the others."""
    oldest = min(pending, key=lambda op: op.schedule.submitted)
    return oldest._timeout_error(waited, f"{len(pending)} of {total} operations unfinished; ")


class _Deadlines:
    """The latest deadline of the waiters of each operation (None: one waits without one), so
    that a poll never waits for a resend past the last waiter's deadline."""

    def __init__(self) -> None:
        self._by_op: dict[Hashable, list[float | None]] = {}

    def add(self, op: Hashable, deadline: float | None) -> None:
        self._by_op.setdefault(op, []).append(deadline)

    def drop(self, op: Hashable, deadline: float | None) -> None:
        waits = self._by_op.get(op)
        if waits is not None and deadline in waits:
            waits.remove(deadline)
            if not waits:
                del self._by_op[op]

    def clear(self, op: Hashable) -> None:
        self._by_op.pop(op, None)

    def of(self, op: Hashable) -> float | None:
        waits = self._by_op.get(op)
        if not waits or None in waits:
            return None
        return max(w for w in waits if w is not None)


class _PollerBase:
    """What both pollers keep and decide without I/O: the plan, who waits for which operation
    (its sinks: queues), the waiters' deadlines. The sync poller calls these under its lock."""

    def __init__(self, policy: Any, workers: int) -> None:
        self._workers = max(1, workers)
        self.plan = PollPlan(policy)
        self._sinks: dict[Any, list[Any]] = {}
        self._deadlines = _Deadlines()

    def _register(self, ops: Iterable[Any], sink: Any, deadline: float | None) -> None:
        now = time.monotonic()
        for op in ops:
            self.plan.add(op, op.employer, op.schedule, now)
            self._sinks.setdefault(op, []).append(sink)
            self._deadlines.add(op, deadline)

    def _unregister(self, ops: Iterable[Any], sink: Any, deadline: float | None) -> None:
        now = time.monotonic()
        for op in ops:
            sinks = self._sinks.get(op)
            if sinks is None or sink not in sinks:
                continue  # delivered already
            sinks.remove(sink)
            if not sinks:
                del self._sinks[op]
            self._deadlines.drop(op, deadline)
            self.plan.remove(op, now)

    def _release_all(self) -> list[tuple[Any, Any]]:
        """Closing: every waited-for operation with its sinks, unfinished ones given an error."""
        now = time.monotonic()
        handed: list[tuple[Any, Any]] = []
        for op, sinks in self._sinks.items():
            if not op._done:
                op._poll_error = _closed_error()
            handed.extend((sink, op) for sink in sinks)
            self.plan.remove(op, now, finished=True)
        self._sinks.clear()
        self._deadlines = _Deadlines()
        return handed

    def _settle(self, op: Any, error: Exception | None) -> list[Any]:
        """After a poll of ``op``: the sinks to hand it to (none while it is unfinished)."""
        if error is not None and not op._done:
            op._poll_error = error
        finished = _finished(op)
        sinks = self._sinks.pop(op, []) if finished else []
        if finished:
            self._deadlines.clear(op)
        self.plan.polled(op, time.monotonic(), finished)
        return sinks


class SyncPoller(_PollerBase):
    """The poller of a sync client (see the module docstring)."""

    def __init__(self, core: SyncCore, workers: int) -> None:
        super().__init__(core.poll_policy, workers)
        self._core = core
        self._cond = threading.Condition()
        self._threads: set[threading.Thread] = set()
        self._closed = False

    # --- registering ---------------------------------------------------------------------------

    def watch(
        self,
        ops: Iterable[Operation[Any]],
        sink: queue.SimpleQueue[Any],
        deadline: float | None = None,
    ) -> None:
        with self._cond:
            if self._closed:
                raise ConfigurationError("the client is closed")
            self._register(ops, sink, deadline)
            while len(self._threads) < min(self._workers, self.plan.wanted) and not self._closed:
                thread = threading.Thread(target=self._run, name="link2prisma-poller", daemon=True)
                self._threads.add(thread)
                thread.start()
            self._cond.notify_all()

    def unwatch(
        self,
        ops: Iterable[Operation[Any]],
        sink: queue.SimpleQueue[Any],
        deadline: float | None = None,
    ) -> None:
        with self._cond:
            self._unregister(ops, sink, deadline)
            self._cond.notify_all()

    def spend(self) -> None:
        """Wait for a slot of the budget for a poll made outside the plan (``op.status()``)."""
        with self._cond:
            now = time.monotonic()
            start = self.plan.reserve(now)
        if start > now:
            time.sleep(start - now)

    def throttled(self, retry_after: float | None) -> None:
        with self._cond:
            self.plan.throttled(time.monotonic(), retry_after)

    @property
    def running(self) -> int:
        """Poller threads alive (0 once nobody waits)."""
        with self._cond:
            return sum(t.is_alive() for t in self._threads)

    def close(self) -> None:
        """Stop polling; whoever still waits gets each operation back with an error."""
        with self._cond:
            self._closed = True
            for sink, op in self._release_all():
                sink.put(op)
            self._cond.notify_all()

    # --- the threads ---------------------------------------------------------------------------

    def _next(self) -> tuple[Operation[Any], float | None] | None:
        """The next operation to poll (waiting for it), or None: this thread ends."""
        with self._cond:
            while True:
                if self._closed or not self.plan.wanted:
                    self._threads.discard(threading.current_thread())
                    return None
                now = time.monotonic()
                op = self.plan.take(now)
                if op is not None:
                    polled: Operation[Any] = op  # type: ignore[assignment]
                    return polled, self._deadlines.of(op)
                later = self.plan.next_time(now)
                wait = _MAX_SLEEP if later is None else min(max(later - now, 0.0), _MAX_SLEEP)
                self._cond.wait(wait)

    def _run(self) -> None:
        while (taken := self._next()) is not None:
            op, deadline = taken
            error: Exception | None = None
            try:
                with op._token_on_errors():
                    op._absorb(*self._core.fetch_envelope(op.guid, deadline))
            except Link2PrismaError as exc:
                error = exc
            except Exception as exc:  # a bug or an unexpected failure: that operation's alone
                log.exception("polling %s failed", op.guid)
                error = exc
            self._deliver(op, error)

    def _deliver(self, op: Operation[Any], error: Exception | None) -> None:
        with self._cond:
            for sink in self._settle(op, error):
                sink.put(op)
            self._cond.notify_all()

    # --- waiting -------------------------------------------------------------------------------

    def wait_one(self, op: Operation[Any], deadline: float) -> bool:
        """Wait until ``op`` is finished (True) or ``deadline`` (monotonic) has passed (False)."""
        sink: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self.watch([op], sink, deadline)
        try:
            sink.get(timeout=max(deadline - time.monotonic(), 0.0))
            return True
        except queue.Empty:
            return False
        finally:
            self.unwatch([op], sink, deadline)

    def as_completed(
        self, ops: Iterable[Operation[Any]], timeout: float | None = None
    ) -> Generator[Operation[Any], None, None]:
        """Each operation once, as it finishes (already finished ones first)."""
        started = time.monotonic()
        every = _unique(ops)
        pending = [op for op in every if not _finished(op)]
        yield from (op for op in every if _finished(op))
        left = set(pending)
        if not left:
            return
        sink: queue.SimpleQueue[Any] = queue.SimpleQueue()
        until = None if timeout is None else started + timeout
        self.watch(pending, sink, until)
        try:
            while left:
                remaining = None if timeout is None else started + timeout - time.monotonic()
                try:
                    if remaining is not None and remaining <= 0:
                        raise queue.Empty
                    op = sink.get(timeout=remaining)
                except queue.Empty:
                    raise _timeout_error(left, len(every), time.monotonic() - started) from None
                left.discard(op)
                yield op
        finally:
            self.unwatch(list(left), sink, until)

    def wait(
        self,
        ops: Iterable[Operation[Any]],
        timeout: float | None = None,
        return_when: str = ALL_COMPLETED,
    ) -> tuple[set[Operation[Any]], set[Operation[Any]]]:
        """``(done, not_done)`` as :func:`concurrent.futures.wait`; never raises a timeout."""
        _check_return_when(return_when)
        every = _unique(ops)
        done: set[Operation[Any]] = set()
        try:
            with contextlib.closing(self.as_completed(every, timeout)) as stream:
                for op in stream:
                    done.add(op)
                    if _stop_now(done, return_when):
                        break
        except TimeoutError:
            pass
        return done, {op for op in every if op not in done}

    def submit_many(
        self,
        submit: Callable[[K], Operation[Any]],
        keys: Iterable[K],
        window: int,
        on_submitted: Callable[[K, Operation[Any]], object] | None = None,
    ) -> Iterator[tuple[K, Operation[Any]]]:
        """``(key, op)`` as each finishes, at most ``window`` submitted and unfinished at once;
        ``on_submitted(key, op)`` runs right after each submit, before any wait."""
        _check_window(window)
        todo = iter(keys)
        inflight: dict[Operation[Any], K] = {}
        sink: queue.SimpleQueue[Any] = queue.SimpleQueue()
        try:
            while True:
                for key in itertools.islice(todo, window - len(inflight)):
                    op = submit(key)
                    if on_submitted is not None:
                        on_submitted(key, op)
                    inflight[op] = key
                    self.watch([op], sink)  # polled while the others are being submitted
                    while not sink.empty():  # finished meanwhile: hand it over at once
                        done = sink.get()
                        yield inflight.pop(done), done
                if not inflight:
                    return
                op = sink.get()
                yield inflight.pop(op), op
        finally:
            self.unwatch(list(inflight), sink)


def _check_window(window: int) -> None:
    if window < 1:
        raise ValueError("the submission window must be at least 1")


class AsyncPoller(_PollerBase):
    """The poller of an asyncio client (see the module docstring)."""

    def __init__(self, core: AsyncCore, workers: int) -> None:
        super().__init__(core.poll_policy, workers)
        self._core = core
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._polls: set[asyncio.Task[None]] = set()

    @property
    def running(self) -> int:
        """1 while the poller task runs, plus its polls under way."""
        alive = self._task is not None and not self._task.done()
        return int(alive) + sum(not t.done() for t in self._polls)

    def _kick(self) -> None:
        import asyncio

        if self._task is None or self._task.done():
            self._wake = asyncio.Event()
            self._task = asyncio.get_running_loop().create_task(self._run())
        elif self._wake is not None:
            self._wake.set()

    def watch(
        self,
        ops: Iterable[AsyncOperation[Any]],
        sink: asyncio.Queue[Any],
        deadline: float | None = None,
    ) -> None:
        self._register(ops, sink, deadline)
        self._kick()

    def unwatch(
        self,
        ops: Iterable[AsyncOperation[Any]],
        sink: asyncio.Queue[Any],
        deadline: float | None = None,
    ) -> None:
        self._unregister(ops, sink, deadline)
        if not self.plan.wanted:
            self._stop()
        elif self._wake is not None:
            self._wake.set()

    def _stop(self) -> None:
        """Nobody waits: cancel the poller task and its polls (nothing left running)."""
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
        for poll in list(self._polls):
            poll.cancel()

    async def spend(self) -> None:
        import asyncio

        now = time.monotonic()
        start = self.plan.reserve(now)
        if start > now:
            await asyncio.sleep(start - now)

    def throttled(self, retry_after: float | None) -> None:
        self.plan.throttled(time.monotonic(), retry_after)

    def close(self) -> None:
        """Stop polling; whoever still waits gets each operation back with an error."""
        for sink, op in self._release_all():
            sink.put_nowait(op)
        self._stop()

    async def _run(self) -> None:
        import asyncio

        wake = self._wake
        assert wake is not None
        try:
            while self.plan.wanted:
                now = time.monotonic()
                op = self.plan.take(now) if len(self._polls) < self._workers else None
                if op is None:
                    later = None if len(self._polls) >= self._workers else self.plan.next_time(now)
                    wake.clear()
                    wait = _MAX_SLEEP if later is None else min(max(later - now, 0), _MAX_SLEEP)
                    try:
                        async with asyncio.timeout(wait):
                            await wake.wait()
                    except TimeoutError:
                        pass
                    continue
                deadline = self._deadlines.of(op)
                poll = asyncio.get_running_loop().create_task(self._poll(op, deadline))  # type: ignore[arg-type]
                self._polls.add(poll)
                poll.add_done_callback(self._polls.discard)
        finally:
            for poll in list(self._polls):
                poll.cancel()

    async def _poll(self, op: AsyncOperation[Any], deadline: float | None) -> None:
        error: Exception | None = None
        try:
            with op._token_on_errors():
                op._absorb(*await self._core.fetch_envelope(op.guid, deadline))
        except Link2PrismaError as exc:
            error = exc
        except Exception as exc:  # a bug or an unexpected failure: that operation's alone
            log.exception("polling %s failed", op.guid)
            error = exc
        for sink in self._settle(op, error):
            sink.put_nowait(op)
        if self._wake is not None:
            self._wake.set()

    # --- waiting -------------------------------------------------------------------------------

    async def wait_one(self, op: AsyncOperation[Any], deadline: float) -> bool:
        import asyncio

        sink: asyncio.Queue[Any] = asyncio.Queue()
        self.watch([op], sink, deadline)
        try:
            async with asyncio.timeout(max(deadline - time.monotonic(), 0.0)):
                await sink.get()
            return True
        except TimeoutError:
            return False
        finally:
            self.unwatch([op], sink, deadline)

    async def as_completed(
        self, ops: Iterable[AsyncOperation[Any]], timeout: float | None = None
    ) -> AsyncGenerator[AsyncOperation[Any], None]:
        """Each operation once, as it finishes (already finished ones first)."""
        import asyncio

        started = time.monotonic()
        every = _unique(ops)
        pending = [op for op in every if not _finished(op)]
        for op in every:
            if _finished(op):
                yield op
        left = set(pending)
        if not left:
            return
        sink: asyncio.Queue[Any] = asyncio.Queue()
        until = None if timeout is None else started + timeout
        self.watch(pending, sink, until)
        try:
            while left:
                remaining = None if timeout is None else started + timeout - time.monotonic()
                try:
                    if remaining is not None and remaining <= 0:
                        raise TimeoutError
                    async with asyncio.timeout(remaining):
                        op = await sink.get()
                except TimeoutError:
                    raise _timeout_error(left, len(every), time.monotonic() - started) from None
                left.discard(op)
                yield op
        finally:
            self.unwatch(list(left), sink, until)

    async def wait(
        self,
        ops: Iterable[AsyncOperation[Any]],
        timeout: float | None = None,
        return_when: str = ALL_COMPLETED,
    ) -> tuple[set[AsyncOperation[Any]], set[AsyncOperation[Any]]]:
        """``(done, not_done)`` as :func:`asyncio.wait`; never raises a timeout."""
        _check_return_when(return_when)
        every = _unique(ops)
        done: set[AsyncOperation[Any]] = set()
        try:
            async with contextlib.aclosing(self.as_completed(every, timeout)) as stream:
                async for op in stream:
                    done.add(op)
                    if _stop_now(done, return_when):
                        break
        except TimeoutError:
            pass
        return done, {op for op in every if op not in done}

    async def submit_many(
        self,
        submit: Callable[[K], Awaitable[AsyncOperation[Any]]],
        keys: Iterable[K],
        window: int,
        on_submitted: Callable[[K, AsyncOperation[Any]], object] | None = None,
    ) -> AsyncGenerator[tuple[K, AsyncOperation[Any]], None]:
        """:meth:`SyncPoller.submit_many` for the asyncio client."""
        import asyncio

        _check_window(window)
        todo = iter(keys)
        inflight: dict[AsyncOperation[Any], K] = {}
        sink: asyncio.Queue[Any] = asyncio.Queue()
        try:
            while True:
                for key in itertools.islice(todo, window - len(inflight)):
                    op = await submit(key)
                    if on_submitted is not None:
                        on_submitted(key, op)
                    inflight[op] = key
                    self.watch([op], sink)  # polled while the others are being submitted
                    while not sink.empty():  # finished meanwhile: hand it over at once
                        done = sink.get_nowait()
                        yield inflight.pop(done), done
                if not inflight:
                    return
                op = await sink.get()
                yield inflight.pop(op), op
        finally:
            self.unwatch(list(inflight), sink)
