"""The facade's real :class:`~link2prisma._operation.schedule.PollSchedule` on a simulated clock.

No network and no sleeping: an operation finishes ``D`` seconds after its submission
(``D`` uniform in ``[low, high]``), each poll is a round trip of ``rtt`` seconds, and the
operation returns at the first poll that sees it finished. This predicts ``detect_delay_ratio``
and ``polls_per_operation`` for any :class:`PollPolicy` in a second, which is how the candidate
policies in BENCHMARKS.md were chosen before being measured for real.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from link2prisma import PollPolicy
from link2prisma._operation.schedule import PollSchedule

from .common import median


@dataclass(frozen=True)
class SimResult:
    policy: PollPolicy
    ratio: float  # median (return - finished) / D
    polls: float  # median polls per operation
    margin: float  # median of (return - finished) - 0.1 D, goal <= 0.05 s
    short_wait: float  # median return time of the operations with D < 0.5 s, over D


def simulate(
    policy: PollPolicy,
    *,
    n: int = 3000,
    low: float = 0.2,
    high: float = 3.0,
    rtt: float = 0.004,
    seed: int = 1,
) -> SimResult:
    rng = random.Random(seed)
    ratios: list[float] = []
    polls: list[float] = []
    margins: list[float] = []
    short: list[float] = []
    for _ in range(n):
        d = rng.uniform(low, high)
        schedule = PollSchedule(policy, submitted=0.0, rng=random.Random(rng.random()))
        now = rtt  # the submit's round trip
        for _ in range(10_000):
            now += schedule.next_delay(now)
            seen = now + rtt / 2  # the server reads the state halfway through the round trip
            now += rtt
            schedule.polled(None, now)
            if seen >= d:
                break
        over = now - d
        ratios.append(over / d)
        polls.append(schedule.polls)
        margins.append(over - 0.1 * d)
        if d < 0.5:
            short.append(now / d)
    return SimResult(policy, median(ratios), median(polls), median(margins), median(short))


#: (first, factor) pairs shown in BENCHMARKS.md besides the default.
CANDIDATES: tuple[tuple[float, float], ...] = (
    (0.25, 1.2),
    (0.5, 1.2),
    (0.7, 1.14),
    (0.8, 1.12),
    (1.0, 1.11),
)


def table(n: int = 3000) -> list[SimResult]:
    policies = [PollPolicy()] + [PollPolicy(first=f, factor=k) for f, k in CANDIDATES]
    return [simulate(p, n=n) for p in policies]
