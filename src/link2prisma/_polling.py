"""When to poll ``Result`` next: exponential backoff with full jitter, anchored at submission.

Poll ``k`` happens at a random moment of the window ``[t(k-1), t(k))`` where
``t(k) = first * factor**k`` seconds after the submission (windows never longer than ``cap``).
The schedule is anchored at the submission, not at the previous poll, so an operation that has
waited elsewhere (a page behind another in ``iter_all``) is polled at once. ``Retry-After`` from
the server moves the next poll later, never earlier. Pure: the caller sleeps.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PollPolicy:
    """How to wait for a queued operation.

    ``first``: the end of the first window (a first poll comes within about a quarter second);
    ``factor``: growth of the windows; ``cap``: the longest window; ``deadline``: how long
    ``result()`` waits by default before raising :class:`~link2prisma.OperationTimeout`.
    """

    first: float = 0.25
    factor: float = 1.3
    cap: float = 5.0
    deadline: float = 300.0

    def __post_init__(self) -> None:
        if not (self.first > 0 and self.factor >= 1 and self.cap > 0 and self.deadline > 0):
            raise ValueError("PollPolicy needs first > 0, factor >= 1, cap > 0, deadline > 0")

    def boundary(self, k: int) -> float:
        """``t(k)``: seconds after submission at which window ``k`` ends (``k >= 0``)."""
        # Uncapped, t(k) = first * factor**k; window k (k >= 1) lasts t(k) - t(k-1).
        # Once a window would exceed ``cap``, every later window lasts exactly ``cap``.
        if self.factor == 1:
            return self.first + k * min(self.first, self.cap)
        t = self.first
        for i in range(1, k + 1):
            window = self.first * self.factor ** (i - 1) * (self.factor - 1)
            if window >= self.cap:
                return t + (k - i + 1) * self.cap
            t = self.first * self.factor**i
        return t


@dataclass(slots=True)
class PollSchedule:
    """The poll times of one operation."""

    policy: PollPolicy
    submitted: float = field(default_factory=time.monotonic)
    rng: random.Random = field(default_factory=random.Random)
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
        start = (
            self.policy.boundary(self._window - 1)
            if self._window
            else self.policy.first / self.policy.factor
        )
        end = self.policy.boundary(self._window)
        if self.polls == 0 and self._window > 0:
            target = elapsed  # first look, and its first window has passed: poll now
        else:
            target = max(elapsed, self.rng.uniform(start, end))
        self._window += 1
        target = max(target, self._not_before - self.submitted)
        return max(0.0, target - elapsed)

    def polled(self, retry_after: float | None = None, now: float | None = None) -> None:
        """Record a poll and the server's Retry-After hint, if any."""
        self.polls += 1
        if retry_after is not None and retry_after > 0:
            now = time.monotonic() if now is None else now
            self._not_before = now + min(retry_after, 60.0)


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: a number (decimals tolerated) or an HTTP date."""
    if not value:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return max(0.0, min(seconds, 3600.0))
