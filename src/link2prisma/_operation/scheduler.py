"""Which operation to poll next, for a whole client: the poll budget and the queue order. Pure.

Every operation a client waits for is polled through one :class:`PollPlan` (the sync and async
pollers of :mod:`.poller` drive it and do the I/O). The plan answers two questions, given the
time: *which operation may be polled now* (:meth:`PollPlan.take`) and *when to ask again*
(:meth:`PollPlan.next_time`), and takes in what each poll saw (:meth:`PollPlan.polled`).

**The budget.** At most ``PollPolicy.budget`` ``Result`` requests per second per client, paced
(one every ``1.05 / budget`` seconds, never in bursts: the 5 % margin keeps any one-second
window seen by the server at or under the budget despite network jitter). A ``429`` or ``503``
on ``Result`` halves the rate and pauses polling for the ``Retry-After`` (or one paced
interval); the rate then recovers additively, a tenth of the budget per second (AIMD, as TCP).

**The queue order.** The manual's local program works through one queue per employer, oldest
first (and the sandbox does the same). So among the operations of one employer that the client
waits for, the oldest pending one (the *head*) is polled first and the younger ones are very
likely pending too:

* an operation alone (no older one of its employer pending, none completed while it was
  queued) follows its own :class:`~.schedule.PollSchedule` (single operations keep the figures
  of BENCHMARKS.md);
* a head that was queued behind an operation seen completing is polled after the employer's
  *gap*: an estimate of the time the service takes per operation, learnt multiplicatively
  (x 0.95 when the first look found it finished, x 1.3 when not; a head not finished at the
  first look is looked at again after growing gaps, x 1.3 each, at most ``cap``);
* when heads are found finished at their first look in a row and faster than a poll's round
  trip (the client is behind the queue), up to eight of the next ones are looked at at once;
* the others are *probed*, the one due longest ago first (each on its own schedule), so that
  one completing out of order is still found: one probe per ten polls of heads, and at least
  one every 2 s while heads are slow. Once one of an employer's
  operations is found finished while an older one is still pending, that employer's order is
  no longer trusted: until its queue empties, each of its operations follows its own schedule.

**The bound for an operation completing out of order** (while its employer still looks
ordered): probes go round the probed operations, so it is found within ``2 * pending`` seconds
(``pending``: the operations behind a pending head), sooner in proportion as heads complete
(``10 * pending`` head polls at most). A younger operation found finished makes the head due at
once; if the head is still pending at that look, the order is distrusted and from then on the
employer's operations follow their own schedules (each found within a window of at most
``cap``, as long as the budget allows: ``pending / budget`` seconds when it does not). In bulk
the probes cost about a tenth of a poll per operation.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
from collections import deque
from collections.abc import Hashable, Iterator
from dataclasses import dataclass, field

from .schedule import PollPolicy, PollSchedule

PACING_MARGIN = 1.05  # paced at budget / 1.05: a server's one-second window never sees more
PROBE_SHARE = 0.1  # probes earned per head poll (operations behind a pending head) ...
GAP_DOWN = 0.95  # the employer's gap after a head found finished at the first look
GAP_UP = 1.3  # ... after a head found pending at the first look (and between later looks)
GAP_START = 0.05  # the first gap of an employer, before anything is learnt
PROBE_EVERY = 2.0  # ... and at least one probe per this many seconds while heads are slow
AHEAD_MAX = 8  # the most operations looked at ahead of the head while behind the queue
RECOVERY = 0.1  # share of the budget the rate recovers per second after a throttle
FLOOR = 1 / 16  # the rate never drops below this share of the budget


class Pacer:
    """Paced slots at ``rate`` per second, with AIMD: :meth:`throttled` halves, time recovers."""

    def __init__(self, budget: float, share: float = 1.0) -> None:
        self.budget = budget * share
        self.rate = self.budget
        self.next_allowed = -math.inf
        self._since = 0.0  # when the rate last changed

    def _recover(self, now: float) -> None:
        if self.rate < self.budget:
            self.rate = min(self.budget, self.rate + (now - self._since) * self.budget * RECOVERY)
        self._since = now

    def interval(self) -> float:
        return PACING_MARGIN / self.rate

    def ready(self, now: float) -> bool:
        return now >= self.next_allowed

    def spend(self, now: float) -> float:
        """Take the next slot (now or later); the time it starts."""
        self._recover(now)
        start = max(now, self.next_allowed)
        self.next_allowed = start + self.interval()
        return start

    def throttled(self, now: float, retry_after: float | None, cap: float) -> None:
        """The server refused a poll for load (429/503): halve the rate, pause a while."""
        self._recover(now)
        self.rate = max(self.budget * FLOOR, self.rate / 2)
        pause = min(retry_after, cap) if retry_after else self.interval()
        self.next_allowed = max(self.next_allowed, now + pause)


@dataclass(eq=False, slots=True)
class Entry:
    """One operation the client waits for, as the plan sees it."""

    key: Hashable  # the operation (its identity)
    employer: str | None
    schedule: PollSchedule
    order: int  # submission order within the client
    waiters: int = 0
    version: int = 0  # bumped whenever the entry is rescheduled (older heap items are stale)
    busy: bool = False  # a poll of it is under way
    looks: int = 0  # polls since it became a queued head (0: not one)
    taken: float = 0.0  # when its last poll was taken
    gap: float = 0.0  # its own gap between looks as a queued head
    probed: bool = False  # scheduled as a probe (behind a pending head), not as a head
    ahead: bool = False  # scheduled as a look ahead of the head (behind the queue)

    @property
    def sort_key(self) -> tuple[float, int]:
        return (self.schedule.submitted, self.order)


@dataclass(slots=True)
class _Employer:
    # The operations waited for, oldest first (entries no longer waited for are skipped).
    queue: deque[Entry] = field(default_factory=deque)
    gap: float = GAP_START
    last_done: float = -math.inf  # when one of its operations was last found finished
    ordered: bool = True
    suspect: float | None = None  # when a younger one was found finished before the head
    streak: int = 0  # heads found finished at their first look in a row (behind the queue)

    def add(self, entry: Entry) -> None:
        if not self.queue or self.queue[-1].sort_key <= entry.sort_key:
            self.queue.append(entry)  # the usual case: submitted after the others
        else:
            bisect.insort(self.queue, entry, key=lambda e: e.sort_key)

    def head(self) -> Entry | None:
        while self.queue and self.queue[0].waiters <= 0:
            self.queue.popleft()
        return self.queue[0] if self.queue else None

    def live(self) -> Iterator[Entry]:
        return (e for e in self.queue if e.waiters > 0)


class PollPlan:
    """The poll plan of one client (see the module docstring). Not thread-safe: the poller
    holds a lock around it."""

    def __init__(self, policy: PollPolicy) -> None:
        self.policy = policy
        self.pacer = Pacer(policy.budget)
        self._probe_tokens = 1.0  # probes earned (one is spent per probe)
        self._probe_since = 0.0
        self.entries: dict[Hashable, Entry] = {}
        self._employers: dict[str | None, _Employer] = {}
        self._heads: list[tuple[float, int, int, Entry]] = []  # (due, order, version, entry)
        self._others: list[tuple[float, int, int, Entry]] = []
        self._order = itertools.count()
        self.polls = 0

    # --- who is waited for ---------------------------------------------------------------------

    def add(self, key: Hashable, employer: str | None, schedule: PollSchedule, now: float) -> None:
        """Someone waits for this operation (counted: several waiters, one entry)."""
        entry = self.entries.get(key)
        if entry is None:
            entry = Entry(key, employer, schedule, next(self._order))
            self.entries[key] = entry
            emp = self._employers.setdefault(employer, _Employer())
            emp.add(entry)
        entry.waiters += 1
        if entry.waiters == 1 and not entry.busy:
            self._reschedule(entry, now)
            self._head_changed(entry.employer, now)

    def remove(self, key: Hashable, now: float, finished: bool = False) -> None:
        """One waiter less (``finished``: the operation is done, every waiter goes)."""
        entry = self.entries.get(key)
        if entry is None:
            return
        entry.waiters = 0 if finished else entry.waiters - 1
        if entry.waiters > 0:
            return
        del self.entries[key]
        entry.version += 1
        emp = self._employers[entry.employer]
        if emp.head() is None:
            emp.ordered = True  # an empty queue: trust the order again
            emp.suspect = None
            emp.queue.clear()
        else:
            self._head_changed(entry.employer, now)

    @property
    def wanted(self) -> int:
        return len(self.entries)

    # --- what to poll --------------------------------------------------------------------------

    def take(self, now: float) -> Hashable | None:
        """The operation to poll now (its slot is spent), or None."""
        if not self.pacer.ready(now):
            return None
        self._earn(now)
        entry = self._pop_due(self._heads, now)
        if entry is not None:
            self._probe_tokens = min(self._probe_tokens + PROBE_SHARE, 1.0)
        elif self._probe_tokens >= 1.0:
            entry = self._pop_due(self._others, now)
            if entry is not None:
                self._probe_tokens -= 1.0
        if entry is None:
            return None
        self.pacer.spend(now)
        entry.busy = True
        entry.taken = now
        entry.version += 1
        self.polls += 1
        return entry.key

    def next_time(self, now: float) -> float | None:
        """When :meth:`take` may next give an operation (None: nothing to poll)."""
        head = self._top(self._heads)
        other = self._top(self._others)
        if other is not None:
            self._earn(now)
            earned = now + max(0.0, 1.0 - self._probe_tokens) * PROBE_EVERY
            other = max(other, earned)
        times = [t for t in (head, other) if t is not None]
        if not times:
            return None
        return max(min(times), self.pacer.next_allowed)

    def reserve(self, now: float) -> float:
        """A slot for a poll made outside the plan (``op.status()``); when it may start."""
        self.polls += 1
        return self.pacer.spend(now)

    def throttled(self, now: float, retry_after: float | None) -> None:
        self.pacer.throttled(now, retry_after, self.policy.cap)

    # --- what a poll saw -----------------------------------------------------------------------

    def polled(self, key: Hashable, now: float, finished: bool) -> None:
        """Record a poll of ``key`` (made after :meth:`take`): finished (or failed) or not."""
        entry = self.entries.get(key)
        if entry is None:
            return  # nobody waits for it any more
        entry.busy = False
        emp = self._employers[entry.employer]
        head = emp.head()
        if finished:
            if entry.looks == 1:
                emp.gap = max(emp.gap * GAP_DOWN, 0.001)
                emp.streak += 1
            emp.last_done = now
            younger = emp.ordered and head is not None and head is not entry
            if not younger:
                emp.suspect = None
            self.remove(key, now, finished=True)
            if younger and head is not None:
                # A younger one finished: in order, the head has too. Look at it now; if it
                # is still pending then, the employer's queue is not in order.
                emp.suspect = entry.taken if emp.suspect is None else emp.suspect
                if not head.busy:
                    head.version += 1
                    heapq.heappush(self._heads, (now, head.order, head.version, head))
            if emp.ordered and emp.streak >= 2 and now - entry.taken >= emp.gap:
                self._look_ahead(emp, now)
            return
        if head is entry and emp.suspect is not None and entry.taken > emp.suspect:
            self._distrust(emp, now)  # pending after a younger one was found finished
        if entry.looks == 1 or entry.ahead:
            emp.streak = 0
        if entry.looks == 1:
            emp.gap = min(emp.gap * GAP_UP, self.policy.cap)
        if entry.looks:
            entry.gap = min(max(entry.gap, emp.gap) * GAP_UP, self.policy.cap)
        entry.ahead = False
        self._reschedule(entry, now)

    def _look_ahead(self, emp: _Employer, now: float) -> None:
        """Behind the queue (heads found finished at the first look, twice or more in a row,
        the gap now shorter than a poll's round trip): the next ones are very likely finished
        too; look at up to ``streak`` of them now (at most AHEAD_MAX), so that the client
        catches up at the pace of its budget, not one round trip at a time."""
        depth = min(emp.streak, AHEAD_MAX)
        for entry in itertools.islice(emp.live(), 1, depth + 1):
            if entry.busy or entry.ahead:
                continue
            entry.ahead = True
            entry.probed = False
            entry.version += 1
            heapq.heappush(self._heads, (now, entry.order, entry.version, entry))

    # --- inside --------------------------------------------------------------------------------

    def _earn(self, now: float) -> None:
        """Probes earned with time: one per PROBE_EVERY seconds (at most one held)."""
        if now > self._probe_since:
            gained = (now - self._probe_since) / PROBE_EVERY
            self._probe_tokens = min(self._probe_tokens + gained, 1.0)
            self._probe_since = now

    def _queued_head(self, entry: Entry, emp: _Employer) -> bool:
        """Whether ``entry`` heads a queue it waited in behind an operation seen finishing."""
        return (
            emp.ordered
            and emp.head() is entry
            and (entry.looks > 0 or entry.schedule.submitted < emp.last_done)
        )

    def _reschedule(self, entry: Entry, now: float) -> None:
        emp = self._employers[entry.employer]
        entry.version += 1
        if self._queued_head(entry, emp):
            if entry.looks == 0:
                due = max(now, emp.last_done + emp.gap)
                entry.gap = emp.gap
            else:
                due = now + entry.gap
            entry.looks += 1
            entry.probed = False
            due = max(due, entry.schedule.not_before)
            heapq.heappush(self._heads, (due, entry.order, entry.version, entry))
            return
        due = now + entry.schedule.next_delay(now)
        entry.probed = emp.ordered and emp.head() is not entry
        heap = self._others if entry.probed else self._heads
        heapq.heappush(heap, (due, entry.order, entry.version, entry))

    def _head_changed(self, employer: str | None, now: float) -> None:
        """Reschedule the employer's head when it became the head (it was probed so far)."""
        head = self._employers[employer].head()
        if head is not None and not head.busy and head.probed:
            self._reschedule(head, now)

    def _distrust(self, emp: _Employer, now: float) -> None:
        """An operation finished out of order: the employer's probed ones become heads."""
        emp.ordered = False
        emp.suspect = None
        for entry in list(emp.live()):
            if entry.waiters > 0 and not entry.busy and entry.probed:
                self._reschedule(entry, now)

    def _pop_due(self, heap: list[tuple[float, int, int, Entry]], now: float) -> Entry | None:
        while heap:
            due, _, version, entry = heap[0]
            if version != entry.version or entry.waiters <= 0 or entry.busy:
                heapq.heappop(heap)
                continue
            if due > now:
                return None
            heapq.heappop(heap)
            return entry
        return None

    @staticmethod
    def _top(heap: list[tuple[float, int, int, Entry]]) -> float | None:
        while heap:
            due, _, version, entry = heap[0]
            if version != entry.version or entry.waiters <= 0 or entry.busy:
                heapq.heappop(heap)
                continue
            return due
        return None
