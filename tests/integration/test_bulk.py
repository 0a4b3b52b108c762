"""Many operations in flight through one client: the poll budget seen by the server,
``as_completed``/``wait``/``submit_many``, errors per operation, and no poller left behind."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import FAST, SandboxFactory
from tests.scripted_server import Script, Seen, scripted_server

from link2prisma import AsyncLink2Prisma, Link2Prisma, OperationFailed, OperationTimeout
from link2prisma._operation.token import parse_token
from link2prisma.sandbox import Faults, Sandbox

BUDGET = 60.0
BULK = FAST.__class__(first=0.01, factor=1.3, cap=0.5, deadline=120.0, budget=BUDGET)


def _client(sb: Sandbox, **kwargs: Any) -> Link2Prisma:
    return Link2Prisma(
        sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, **{"poll": BULK, **kwargs}
    )


def _aclient(sb: Sandbox, **kwargs: Any) -> AsyncLink2Prisma:
    return AsyncLink2Prisma(
        sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, **{"poll": BULK, **kwargs}
    )


def _wait_until(condition: Any, limit: float = 10.0) -> bool:
    """Bounded wait for ``condition()``."""
    for _ in range(int(limit / 0.02)):
        if condition():
            return True
        time.sleep(0.02)
    return bool(condition())


@pytest.fixture(scope="module")
def bulk_sandbox(make_module_sandbox: SandboxFactory) -> Sandbox:
    """A private sandbox: its per-second Result counts are this module's alone."""
    return make_module_sandbox(employers=2, workers_per_employer=20, delay=0.0, processors=2)


def test_the_budget_is_never_exceeded_over_1000_operations(bulk_sandbox: Sandbox) -> None:
    sb = bulk_sandbox
    before = sb.stats()["results_per_second"]
    with _client(sb) as l2p:
        scopes = [l2p.employer(e) for e in sb.employers]
        ops = [scopes[i % 2].workers.get(1 + i % 20) for i in range(1000)]
        finished = list(l2p.as_completed(ops, timeout=120))
    after = sb.stats()["results_per_second"]
    per_second = {k: v - before.get(k, 0) for k, v in after.items()}
    assert len(finished) == 1000
    assert sum(per_second.values()) >= 1000  # every operation was polled at least once
    assert max(per_second.values()) <= BUDGET


@pytest.fixture(scope="module")
def ordered_sandbox(make_module_sandbox: SandboxFactory) -> Sandbox:
    """One processor, one request at a time, 0.3 s each: completions a known order apart."""
    return make_module_sandbox(employers=1, workers_per_employer=10, delay=0.3, processors=1)


def test_as_completed_yields_each_once_in_completion_order_sync(ordered_sandbox: Sandbox) -> None:
    sb = ordered_sandbox
    with _client(sb) as l2p:
        scope = l2p.employer(sb.employers[0])
        ops = [scope.workers.get(n) for n in range(1, 6)]
        got = list(l2p.as_completed(reversed(ops), timeout=60))
    assert got == ops  # submission order is the sandbox's completion order


def test_as_completed_yields_each_once_in_completion_order_async(ordered_sandbox: Sandbox) -> None:
    sb = ordered_sandbox

    async def main() -> tuple[list[Any], list[Any]]:
        async with _aclient(sb) as l2p:
            scope = l2p.employer(sb.employers[0])
            ops = [await scope.workers.get(n) for n in range(1, 6)]
            got = [op async for op in l2p.as_completed(reversed(ops), timeout=60)]
        return ops, got

    ops, got = asyncio.run(main())
    assert got == ops


def test_one_failed_operation_among_many_is_reported_on_its_own(bulk_sandbox: Sandbox) -> None:
    sb = bulk_sandbox
    with _client(sb) as l2p:
        scope = l2p.employer(sb.employers[0])
        ops = [scope.workers.get(n) for n in (1, 2, 999999, 3, 4)]
        outcomes: dict[int, str] = {}
        for op in l2p.as_completed(ops, timeout=60):
            try:
                op.result()
                outcomes[ops.index(op)] = "ok"
            except OperationFailed:
                outcomes[ops.index(op)] = "failed"
    assert outcomes == {0: "ok", 1: "ok", 2: "failed", 3: "ok", 4: "ok"}


def test_wait_first_exception_returns_with_the_failed_one_done(bulk_sandbox: Sandbox) -> None:
    sb = bulk_sandbox
    with _client(sb) as l2p:
        scope = l2p.employer(sb.employers[0])
        bad = scope.workers.get(999999)
        done, not_done = l2p.wait([bad], timeout=60, return_when="FIRST_EXCEPTION")
    assert done == {bad} and not not_done


def test_submit_many_records_every_guid_before_waiting_and_bounds_the_window(
    bulk_sandbox: Sandbox,
) -> None:
    sb = bulk_sandbox
    recorded: list[str] = []
    most_unfinished = 0
    with _client(sb) as l2p:
        scope = l2p.employer(sb.employers[1])
        unfinished: set[Any] = set()

        def submit(n: int) -> Any:
            return scope.workers.get(1 + n % 20)

        def on_submitted(n: int, op: Any) -> None:
            nonlocal most_unfinished
            recorded.append(op.continuation_token())
            unfinished.add(op)
            most_unfinished = max(most_unfinished, len(unfinished))

        yielded = []
        for n, op in l2p.submit_many(submit, range(60), window=8, on_submitted=on_submitted):
            assert op.continuation_token() in recorded  # recorded before it was waited for
            unfinished.discard(op)
            yielded.append(n)
    assert sorted(yielded) == list(range(60))
    assert len({parse_token(t)[0] for t in recorded}) == 60
    assert most_unfinished <= 8


@pytest.fixture(scope="module")
def slow_sandbox(make_module_sandbox: SandboxFactory) -> Sandbox:
    """Each request takes 30 s: whatever waits for one is still waiting when it stops."""
    return make_module_sandbox(employers=1, workers_per_employer=5, delay=30.0, processors=1)


def test_a_timed_out_result_leaves_no_poller_thread(slow_sandbox: Sandbox) -> None:
    sb = slow_sandbox
    with _client(sb) as l2p:
        op = l2p.employer(sb.employers[0]).workers.get(1)
        with pytest.raises(OperationTimeout):
            op.result(timeout=0.3)
        assert _wait_until(lambda: l2p._core.poller.running == 0)


def test_leaving_as_completed_early_leaves_no_poller_thread(slow_sandbox: Sandbox) -> None:
    sb = slow_sandbox
    with _client(sb) as l2p:
        scope = l2p.employer(sb.employers[0])
        ops = [scope.workers.get(n) for n in (1, 2)]
        with pytest.raises(OperationTimeout) as caught:
            for _ in l2p.as_completed(ops, timeout=0.3):
                pass
        assert caught.value.continuation_token == ops[0].continuation_token()
        assert _wait_until(lambda: l2p._core.poller.running == 0)


def test_cancelling_the_waiting_task_leaves_no_poller_task(slow_sandbox: Sandbox) -> None:
    sb = slow_sandbox

    async def main() -> tuple[int, int]:
        async with _aclient(sb) as l2p:
            op = await l2p.employer(sb.employers[0]).workers.get(1)
            waiting = asyncio.create_task(op.result())
            for _ in range(50):  # until the poller has polled at least once
                await asyncio.sleep(0.02)
                if op.schedule.polls:
                    break
            during = l2p._core.poller.running
            waiting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await waiting
            for _ in range(10):
                await asyncio.sleep(0)
            return during, l2p._core.poller.running

    during, after = asyncio.run(main())
    assert during >= 1
    assert after == 0


def test_out_of_order_completions_are_all_found(make_sandbox: SandboxFactory) -> None:
    sb = make_sandbox(
        employers=1,
        workers_per_employer=10,
        delay=0.05,
        processors=1,
        faults=Faults(out_of_order=True, seed=3),
    )
    with _client(sb) as l2p:
        scope = l2p.employer(sb.employers[0])
        ops = [scope.workers.get(1 + n % 10) for n in range(40)]
        got = list(l2p.as_completed(ops, timeout=60))
    assert sorted(map(id, got)) == sorted(map(id, ops))


@contextlib.contextmanager
def _silent_result_server(tmp_path: Path) -> Iterator[Any]:
    """A server that queues calls and never answers ``Result`` (until the test ends)."""
    release = threading.Event()

    def hang(seen: Seen, guid: str) -> None:
        release.wait(60)
        return None

    with scripted_server(tmp_path, Script(result_hook=hang)) as running:
        try:
            yield running
        finally:
            release.set()


def test_result_timeout_is_hard_against_a_silent_result_endpoint(tmp_path: Path) -> None:
    with _silent_result_server(tmp_path) as srv:
        client = Link2Prisma(
            srv.base_url,
            certificate=None,
            verify=_context(srv),
            timeout=20.0,
            poll=BULK,
        )
        with client:
            op = client.employer("999014").workers.get(1)
            started = time.monotonic()
            with pytest.raises(OperationTimeout) as caught:
                op.result(timeout=0.5)
            waited = time.monotonic() - started
    assert caught.value.continuation_token == op.continuation_token()
    assert caught.value.guid == op.guid
    assert waited < 10.0  # the exchange alone may take 20 s; the wait is bounded by T


def test_async_result_timeout_is_hard_against_a_silent_result_endpoint(tmp_path: Path) -> None:
    with _silent_result_server(tmp_path) as srv:

        async def main() -> tuple[float, OperationTimeout, str]:
            async with AsyncLink2Prisma(
                srv.base_url, verify=_context(srv), timeout=20.0, poll=BULK
            ) as client:
                op = await client.employer("999014").workers.get(1)
                started = time.monotonic()
                try:
                    await op.result(timeout=0.5)
                except OperationTimeout as exc:
                    return time.monotonic() - started, exc, op.continuation_token()
                raise AssertionError("no timeout")

        waited, error, token = asyncio.run(main())
    assert error.continuation_token == token
    assert waited < 10.0


def _context(srv: Any) -> Any:
    import ssl

    ctx = ssl.create_default_context(cafile=str(srv.ca_path))
    ctx.load_cert_chain(str(srv.cert_path), str(srv.key_path))
    return ctx


def test_closing_the_client_hands_back_what_is_waited_for(slow_sandbox: Sandbox) -> None:
    from link2prisma import ConfigurationError

    sb = slow_sandbox
    got: list[Any] = []
    l2p = _client(sb)
    op = l2p.employer(sb.employers[0]).workers.get(1)

    def waiter() -> None:
        got.extend(l2p.as_completed([op]))

    thread = threading.Thread(target=waiter)
    thread.start()
    assert _wait_until(lambda: op.schedule.polls > 0)
    l2p.close()
    thread.join(10)
    assert got == [op]
    with pytest.raises(ConfigurationError):
        op.result()


def test_wait_with_a_timeout_leaves_the_unfinished_in_not_done(slow_sandbox: Sandbox) -> None:
    sb = slow_sandbox
    with _client(sb) as l2p:
        op = l2p.employer(sb.employers[0]).workers.get(2)
        done, not_done = l2p.wait([op], timeout=0.3)
        assert _wait_until(lambda: l2p._core.poller.running == 0)
    assert done == set() and not_done == {op}


def test_a_503_on_result_lowers_the_poll_rate_and_the_answer_still_comes(tmp_path: Path) -> None:
    from tests.scripted_server import json_reply

    refused: list[str] = []

    def refuse_once(seen: Seen, guid: str) -> Any:
        if not refused:
            refused.append(guid)
            return json_reply(503, {"Message": "busy"}, {"Retry-After": "0.2"})
        return None

    with scripted_server(tmp_path, Script(result_hook=refuse_once)) as srv:
        with Link2Prisma(srv.base_url, verify=_context(srv), poll=BULK) as client:
            op = client.employer("999014").workers.get(1)
            op.result(timeout=30)
            rate = client._core.poller.plan.pacer.rate
    assert refused == [op.guid]
    assert rate < BUDGET  # halved by the 503, not yet recovered


def test_a_poll_never_waits_for_a_resend_past_its_waiter_s_deadline(tmp_path: Path) -> None:
    from tests.scripted_server import json_reply

    from link2prisma import Link2PrismaError

    def busy(seen: Seen, guid: str) -> Any:
        return json_reply(503, {"Message": "busy"}, {"Retry-After": "30"})

    with scripted_server(tmp_path, Script(result_hook=busy)) as srv:
        with Link2Prisma(srv.base_url, verify=_context(srv), poll=BULK) as client:
            op = client.employer("999014").workers.get(1)
            started = time.monotonic()
            with pytest.raises(Link2PrismaError) as caught:
                op.result(timeout=1.0)
            waited = time.monotonic() - started
            stopped = _wait_until(lambda: client._core.poller.running == 0, limit=10.0)
    assert caught.value.continuation_token == op.continuation_token()
    assert waited < 10.0  # not the 30 s the server asked for
    assert stopped  # the poller did not stay in a 30 s wait for nobody
