"""When to poll ``Result`` next: a quick first look, then exponential backoff with full jitter.

Poll ``k`` happens at a random moment of window ``k`` (full jitter over the window), the windows
being anchored at the submission: window 0 ends at ``first`` (about a quarter second: a quick
look for what is done at once), window 1 at ``second``, and from there each window ends
``factor`` times later than the one before, never lasting more than ``cap``. Anchoring at the
submission, not at the previous poll, means an operation that waited elsewhere (a page behind
another in ``iter_all``, a resumed token) is polled at once. ``Retry-After`` from the server
(read by :func:`link2prisma._retry.parse_retry_after`) moves the next poll later, never earlier.
Pure: the caller sleeps.

Why these defaults: the poll that sees an operation finished comes on average half a window
after it finished, so the growth ``factor`` bounds the delay as a share of the processing time
(1.12: about 6 %), while the number of polls grows as ``log(D / second) / log(factor)``; starting
the growth at ``second`` keeps an operation of a second or two within eight polls
(BENCHMARKS.md measures both).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """How to wait for a queued operation.

    ``first``: end of the first window (the first poll comes within about a quarter second);
    ``second``: end of the second window, where the exponential growth starts (default four
    times ``first``); ``factor``:
    growth of the windows; ``cap``: the longest window; ``deadline``: how long ``result()``
    waits by default before raising :class:`~link2prisma.OperationTimeout`; ``budget``: the
    most ``Result`` requests per second the client sends, all operations together (see
    :mod:`link2prisma._operation.scheduler` and the README's "Many operations").

    Why 20 per second by default: the client polls about once per completion in bulk (the
    oldest pending operation of each employer first), so the budget is the most completions
    it can see per second, 72,000 an hour, more than a month of prestations of a large
    employer, while a client at its budget costs the secretariat 20 light reads per second,
    a tenth of what one client polled when every operation polled on its own (BENCHMARKS.md).
    Raise it for a secretariat known to complete faster; lower it when asked to.
    """

    first: float = 0.25
    second: float = 0.0  # 0: four times ``first`` (1 s with the defaults)
    factor: float = 1.12
    cap: float = 5.0
    deadline: float = 300.0
    budget: float = 20.0

    def __post_init__(self) -> None:
        if self.second == 0:
            object.__setattr__(self, "second", self.first * 4)
        if not (0 < self.first <= self.second and self.factor > 1 and self.cap > 0):
            raise ValueError("PollPolicy needs 0 < first <= second, factor > 1 and cap > 0")
        if self.deadline <= 0:
            raise ValueError("PollPolicy needs deadline > 0")
        if not self.budget > 0:
            raise ValueError("PollPolicy needs budget > 0 (Result requests per second)")

    def boundary(self, k: int) -> float:
        """``t(k)``: seconds after submission at which window ``k`` ends (``k >= 0``)."""
        if k <= 0:
            return self.first
        # Uncapped, t(k) = second * factor**(k - 1) for k >= 1; once a window would last more
        # than ``cap``, every later window lasts exactly ``cap``.
        t = self.second
        for i in range(2, k + 1):
            window = t * (self.factor - 1)
            if window >= self.cap:
                return t + (k - i + 1) * self.cap
            t *= self.factor
        return t


#: One generator for every schedule: a ``random.Random`` is 2.5 KB, ten thousand operations in
#: flight would carry 25 MB of them (the jitter needs no independent streams).
_SHARED_RNG = random.Random()


@dataclass(slots=True)
class PollSchedule:
    """The poll times of one operation."""

    policy: PollPolicy
    submitted: float = field(default_factory=time.monotonic)
    rng: random.Random = field(default=_SHARED_RNG)
    polls: int = 0
    _window: int = 0
    _not_before: float = 0.0

    def next_delay(self, now: float | None = None) -> float:
        """Seconds to sleep before the next poll (0 when it is due already)."""
        now = time.monotonic() if now is None else now
        elapsed = now - self.submitted
        # Skip windows that have passed entirely while nobody polled.
        while self.policy.boundary(self._window) <= elapsed:
            self._window += 1
        start = self.policy.boundary(self._window - 1) if self._window else self.policy.first * 0.9
        end = self.policy.boundary(self._window)
        if self.polls == 0 and self._window > 0:
            target = elapsed  # first look, and its first window has passed: poll now
        else:
            target = max(elapsed, self.rng.uniform(start, end))
        self._window += 1
        target = max(target, self._not_before - self.submitted)
        return max(0.0, target - elapsed)

    @property
    def not_before(self) -> float:
        """The earliest next poll the server's Retry-After allows (monotonic time)."""
        return self._not_before

    def polled(self, retry_after: float | None = None, now: float | None = None) -> None:
        """Record a poll and the server's Retry-After hint, if any."""
        self.polls += 1
        if retry_after is not None and retry_after > 0:
            now = time.monotonic() if now is None else now
            self._not_before = now + min(retry_after, 60.0)
