"""The poll plan of a client (pure, on a clock the test controls): the budget, the queue order,
AIMD, and the bound for an operation completing out of order."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from link2prisma._operation.schedule import PollPolicy, PollSchedule
from link2prisma._operation.scheduler import PROBE_EVERY, PollPlan

POLICY = PollPolicy(first=0.25, factor=1.12, cap=5.0, budget=20.0)


def _plan(policy: PollPolicy = POLICY) -> PollPlan:
    return PollPlan(policy)


def _add(plan: PollPlan, key: str, employer: str | None, submitted: float, now: float) -> None:
    schedule = PollSchedule(plan.policy, submitted=submitted, rng=random.Random(key))
    plan.add(key, employer, schedule, now)


def _run(
    plan: PollPlan,
    finish_at: dict[str, float],
    until: float,
    step: float = 0.001,
    start: float = 0.0,
) -> tuple[list[tuple[float, str]], dict[str, float]]:
    """Drive the plan on a simulated clock: each poll finds its operation finished once the
    clock has passed ``finish_at``; (polls as (time, key), detection time per key)."""
    polls: list[tuple[float, str]] = []
    found: dict[str, float] = {}
    now = start
    for _ in range(int((until - start) / step) + 1):  # bounded
        while (key := plan.take(now)) is not None:
            polls.append((now, str(key)))
            plan.entries[key].schedule.polled(now=now)  # as the handle does with each envelope
            done = now >= finish_at[str(key)]
            if done:
                found[str(key)] = now
            plan.polled(key, now, done)
        if not plan.wanted:
            break
        now += step
    return polls, found


def test_the_budget_is_never_exceeded_in_any_one_second_window() -> None:
    plan = _plan()
    for i in range(1000):
        _add(plan, f"op{i}", f"e{i}", 0.0, 0.0)
    finish = {f"op{i}": 1000.0 for i in range(1000)}  # never done within the run
    polls, _ = _run(plan, finish, until=20.0)
    times = [t for t, _ in polls]
    assert len(times) > 100  # the budget is used
    for t in times:  # every sliding one-second window
        assert sum(1 for u in times if t <= u < t + 1.0) <= POLICY.budget


def test_a_single_operation_follows_its_own_schedule() -> None:
    plan = _plan()
    _add(plan, "op", "e", 0.0, 0.0)
    polls, found = _run(plan, {"op": 3.0}, until=10.0)
    reference = PollSchedule(POLICY, submitted=0.0, rng=random.Random("op"))
    expected, now = [], 0.0
    while not expected or expected[-1] < 3.0:
        now += reference.next_delay(now)
        expected.append(now)
        reference.polled(now=now)
    assert [round(t, 2) for t, _ in polls] == [round(t, 2) for t in expected]
    assert found["op"] == polls[-1][0]


def test_the_oldest_pending_operation_of_an_employer_is_polled_not_the_younger_ones() -> None:
    plan = _plan()
    n = 200
    for i in range(n):
        _add(plan, f"op{i:03}", "e", i * 0.001, 0.05)
    # In order, one every 0.5 s: the head is polled; the younger ones only by probes.
    finish = {f"op{i:03}": 1.0 + 0.5 * i for i in range(n)}
    polls, found = _run(plan, finish, until=0.5 * n + 20, start=0.05)
    assert len(found) == n
    assert len(polls) <= 1.75 * n  # one per operation, misses and probes included
    assert max(Counter(key for _, key in polls).values()) <= 8


def test_the_next_operation_is_looked_at_promptly_once_the_head_finished() -> None:
    plan = _plan()
    for i in range(20):
        _add(plan, f"op{i:02}", "e", i * 0.001, 0.05)
    # Everything but the head finished long ago: once the head is found, the rest follow at
    # the pace of the budget, one poll each.
    finish = {f"op{i:02}": 0.0 if i else 2.0 for i in range(20)}
    finish_head_polls = []
    polls, found = _run(plan, finish, until=10.0, start=0.05)
    finish_head_polls = [t for t, key in polls if key == "op00"]
    after = [t for t, key in polls if t > found["op00"]]
    assert len(found) == 20
    assert len(after) <= 19 * 1.5 and finish_head_polls


def test_an_operation_finished_out_of_order_is_found_within_the_stated_bound() -> None:
    plan = _plan()
    pending = 100
    for i in range(pending):
        _add(plan, f"op{i:03}", "e", i * 0.0001, 0.05)
    finish = {f"op{i:03}": 1000.0 for i in range(pending)}
    finish["op050"] = 1.0  # the head is stuck; one far behind it finished
    _, found = _run(plan, finish, until=600.0, start=0.05)
    bound = PROBE_EVERY * pending  # the module's stated bound
    assert "op050" in found
    assert found["op050"] - 1.0 <= bound


def test_after_an_out_of_order_finding_the_employer_s_operations_follow_their_schedules() -> None:
    plan = _plan()
    for i in range(30):
        _add(plan, f"op{i:02}", "e", i * 0.0001, 0.05)
    finish = {f"op{i:02}": 1000.0 for i in range(30)}
    finish["op20"] = 0.5
    finish.update({f"op{i:02}": 30.0 for i in range(21, 30)})
    _, found = _run(plan, finish, until=45.0, start=0.05)
    later = [found[f"op{i:02}"] - 30.0 for i in range(21, 30)]
    # Each on its own schedule once the order is distrusted: within one capped window.
    assert len(later) == 9 and max(later) <= POLICY.cap + 1.0


def test_a_429_halves_the_rate_and_it_recovers_additively() -> None:
    plan = _plan()
    for i in range(500):
        _add(plan, f"op{i}", f"e{i}", 0.0, 0.0)
    finish = {f"op{i}": 1000.0 for i in range(500)}
    polls, _ = _run(plan, finish, until=5.0)
    before = sum(1 for t, _ in polls if 4.0 <= t < 5.0)
    plan.throttled(5.0, None)
    plan.throttled(5.0, None)
    polls, _ = _run(plan, finish, until=6.0, start=5.0)
    just_after = sum(1 for t, _ in polls if 5.0 <= t < 6.0)
    polls, _ = _run(plan, finish, until=25.0, start=6.0)
    recovered = sum(1 for t, _ in polls if 24.0 <= t < 25.0)
    assert just_after <= before / 2
    assert recovered >= before - 1


def test_retry_after_on_result_pauses_every_poll() -> None:
    plan = _plan()
    for i in range(50):
        _add(plan, f"op{i}", None, 0.0, 0.0)
    plan.throttled(0.0, 3.0)
    polls, _ = _run(plan, {f"op{i}": 1000.0 for i in range(50)}, until=5.0)
    assert polls and min(t for t, _ in polls) >= 3.0


def test_nobody_waiting_means_nothing_to_poll() -> None:
    plan = _plan()
    _add(plan, "a", "e", 0.0, 0.0)
    _add(plan, "a", "e", 0.0, 0.0)  # a second waiter of the same operation
    plan.remove("a", 0.0)
    assert plan.wanted == 1
    plan.remove("a", 0.0)
    assert plan.wanted == 0
    assert plan.take(100.0) is None and plan.next_time(100.0) is None


def test_a_budget_must_be_positive() -> None:
    with pytest.raises(ValueError, match="budget"):
        PollPolicy(budget=0)
