"""Bounds in time and memory, proven against a hostile HTTPS server on loopback.

The server (tests/hostile_server.py) trickles headers or a body one byte at a time, stays silent,
sends a chunked body that never ends, announces a 1 GiB body, or asks to come back in 11 days.
httpx's own timeouts bound each read, so a trickle used to hold a call forever; here each call
ends within the client's ``timeout`` for the whole exchange (asserted as a generous multiple, or
against a clock the test controls), with a typed error, and an answer past ``max_answer_size`` is
abandoned with the process's peak memory under the limit plus a constant (measured in a
subprocess with ``resource.getrusage``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import link2prisma as l2
from hostile_server import HostilePki, HostileServer, hostile_server, make_pki
from link2prisma import AsyncLink2Prisma, Link2Prisma, RetryPolicy
from link2prisma import _retry as retry_module
from link2prisma._exceptions import AnswerTooLargeError, ExchangeTimeout
from link2prisma._retry import _should_retry

BOUND = 2.0  # the client's timeout: the bound of one exchange, in seconds
GENEROUS = BOUND * 5  # what "within the bound" is asserted as (never a tight timing)
ONCE = RetryPolicy(attempts=1)
EMAIL = {"CommunicationType": "Email", "Value": "hostile@example.test"}
MIB = 1024 * 1024


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> HostilePki:
    return make_pki(tmp_path_factory.mktemp("hostile-pki"))


@pytest.fixture
def serve(pki: HostilePki) -> Iterator[Any]:
    """``serve(behaviour, **options)``: a hostile server for this test, stopped after it."""
    servers: list[Any] = []

    def start(behaviour: str, **options: Any) -> HostileServer:
        context = hostile_server(pki, behaviour, **options)
        servers.append(context)
        return context.__enter__()

    yield start
    for context in reversed(servers):
        context.__exit__(None, None, None)


def call(
    server: HostileServer,
    pki: HostilePki,
    *,
    write: bool = False,
    asynchronous: bool = False,
    **kwargs: Any,
) -> Any:
    """One call (a Result read, or a write), sync or async, with the test's client settings."""
    kwargs.setdefault("timeout", BOUND)
    kwargs.setdefault("retry", ONCE)
    guid = str(uuid.uuid4())
    if not asynchronous:
        with Link2Prisma(server.base_url, ca_bundle=pki.ca_path, **kwargs) as c:
            if write:
                return c.employer("999014").communications.create(1, EMAIL)
            return c.result(guid)

    async def run() -> Any:
        async with AsyncLink2Prisma(server.base_url, ca_bundle=pki.ca_path, **kwargs) as c:
            if write:
                return await c.employer("999014").communications.create(1, EMAIL)
            return await c.result(guid)

    return asyncio.run(run())


def timed(fn: Any) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        fn()
    except l2.Link2PrismaError as exc:
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


flavours = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
kinds = pytest.mark.parametrize("write", [False, True], ids=["read", "write"])


# --- time: one exchange ---------------------------------------------------------------------


@flavours
@kinds
@pytest.mark.parametrize("behaviour", ["trickle_headers", "trickle_body", "silence"])
def test_a_stalling_server_ends_the_call_within_the_bound(
    serve: Any, pki: HostilePki, behaviour: str, write: bool, asynchronous: bool
) -> None:
    """A byte every 0.5 s never trips a per-read timeout; the exchange's deadline ends it."""
    server = serve(behaviour, interval=0.5)
    error, elapsed = timed(lambda: call(server, pki, write=write, asynchronous=asynchronous))
    assert isinstance(error, ExchangeTimeout), repr(error)
    assert isinstance(error, TimeoutError) and isinstance(error, l2.TransportError)
    assert elapsed < GENEROUS, elapsed
    assert f"within {BOUND:g} s" in str(error)


@flavours
def test_a_write_that_timed_out_after_it_was_sent_may_have_been_queued(
    serve: Any, pki: HostilePki, asynchronous: bool
) -> None:
    server = serve("trickle_body", interval=0.5)
    error, _ = timed(
        lambda: call(server, pki, write=True, asynchronous=asynchronous, retry=RetryPolicy())
    )
    assert isinstance(error, ExchangeTimeout)
    assert "may have been queued" in str(error)
    assert [r.method for r in server.requests] == ["POST"]  # never resent


@flavours
def test_a_read_that_timed_out_is_resent_each_attempt_within_its_bound(
    serve: Any, pki: HostilePki, asynchronous: bool
) -> None:
    server = serve("trickle_headers", interval=0.5)
    policy = RetryPolicy(attempts=3, wait_initial=0.01, wait_max=0.02)
    error, elapsed = timed(lambda: call(server, pki, asynchronous=asynchronous, retry=policy))
    assert isinstance(error, ExchangeTimeout) and "safe to try again" in str(error)
    assert len(server.requests) == 3
    assert elapsed < 3 * GENEROUS, elapsed


# --- time: Retry-After ------------------------------------------------------------------------


class Clock:
    """A clock the test controls for the retry loop: sleeping advances it at once."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return time.monotonic() + self.offset

    def time(self) -> float:
        return time.time() + self.offset

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.offset += seconds


@pytest.mark.parametrize("status", [429, 503])
def test_a_huge_retry_after_waits_at_most_the_policy_cap_and_its_time_budget(
    serve: Any, pki: HostilePki, monkeypatch: pytest.MonkeyPatch, status: int
) -> None:
    """``Retry-After: 999999`` with the default policy: each wait at most 60 s and all waits
    within the policy's 60 s budget (measured on a controlled clock: no minute is spent). With
    the defaults a 60 s wait would pass the budget, so the error comes at once."""
    clock = Clock()
    monkeypatch.setattr(retry_module, "time", clock)
    server = serve("retry_after", status=status)
    error, elapsed = timed(lambda: call(server, pki, retry=RetryPolicy()))
    assert isinstance(error, l2.RateLimitError if status == 429 else l2.ServerError)
    policy = RetryPolicy()
    assert all(s <= policy.retry_after_max for s in clock.sleeps)
    assert sum(clock.sleeps) <= policy.timeout
    assert len(server.requests) == len(clock.sleeps) + 1
    assert elapsed < GENEROUS  # real time: the waits were the controlled clock's


def test_retry_after_is_capped_by_the_policy(serve: Any, pki: HostilePki) -> None:
    server = serve("retry_after", status=503)
    policy = RetryPolicy(attempts=3, retry_after_max=0.2)
    error, elapsed = timed(lambda: call(server, pki, retry=policy))
    assert isinstance(error, l2.ServerError)
    assert len(server.requests) == 3
    assert elapsed < GENEROUS


def test_retry_after_never_waits_past_the_callers_deadline(serve: Any, pki: HostilePki) -> None:
    """The sender's ``deadline`` (what ``result(timeout=)`` passes): a 60 s wait that would end
    after it is not started; the error comes at once."""
    server = serve("retry_after", status=503)
    with Link2Prisma(server.base_url, ca_bundle=pki.ca_path, timeout=BOUND) as c:
        core = c._core
        prepared = core._poll_call(str(uuid.uuid4()))
        started = time.monotonic()
        response = core.sender.send(prepared, deadline=started + 5.0)
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert len(server.requests) == 1
    assert elapsed < GENEROUS


def test_the_decision_stops_when_the_wait_would_pass_the_deadline() -> None:
    """The pure rule behind the test above, with the numbers of the issue."""
    import httpx

    answer = httpx.Response(
        429, headers={"Retry-After": "999999"}, request=httpx.Request("GET", "https://x/")
    )
    assert _should_retry("GET", 1, answer, RetryPolicy(timeout=900)).wait == 60.0
    late = _should_retry("GET", 1, answer, RetryPolicy(timeout=900), time_left=30.0)
    assert late.wait is None and "deadline" in late.reason
    assert _should_retry("GET", 1, answer, RetryPolicy(timeout=900), time_left=61.0).wait == 60.0


# --- memory -----------------------------------------------------------------------------------


@flavours
def test_an_endless_chunked_body_is_abandoned_at_the_limit(
    serve: Any, pki: HostilePki, asynchronous: bool
) -> None:
    server = serve("endless_chunked")
    error, elapsed = timed(
        lambda: call(server, pki, asynchronous=asynchronous, max_answer_size=MIB)
    )
    assert isinstance(error, AnswerTooLargeError), repr(error)
    assert "abandoned" in str(error) and "max_answer_size" in str(error)
    assert len(server.requests) == 1  # never retried
    assert elapsed < GENEROUS


@flavours
def test_a_huge_content_length_is_refused_before_reading(
    serve: Any, pki: HostilePki, asynchronous: bool
) -> None:
    server = serve("huge_length")
    error, _ = timed(lambda: call(server, pki, asynchronous=asynchronous, max_answer_size=MIB))
    assert isinstance(error, AnswerTooLargeError), repr(error)
    assert "Content-Length" in str(error) and "refused unread" in str(error)
    assert f"{1 << 30:,}" in str(error)


def _result_body(size: int) -> bytes:
    guid = str(uuid.uuid4())
    head = json.dumps({"ID": guid, "Statuscode": "200", "Response": ""}).encode()
    return head[:-2] + b"a" * (size - len(head)) + b'"}'


def test_an_answer_under_the_limit_is_read(serve: Any, pki: HostilePki) -> None:
    body = _result_body(MIB - 1024)
    server = serve("answer", status=200, body=body)
    assert call(server, pki, max_answer_size=MIB) is not None


def test_a_too_large_answer_with_an_honest_length_is_refused(serve: Any, pki: HostilePki) -> None:
    server = serve("answer", status=200, body=_result_body(MIB + 1024))
    error, _ = timed(lambda: call(server, pki, max_answer_size=MIB))
    assert isinstance(error, AnswerTooLargeError)


def test_the_connection_of_an_abandoned_answer_is_discarded(serve: Any, pki: HostilePki) -> None:
    """Two calls on one client: after an abandoned answer the second needs a new connection;
    well-read answers share one (the control)."""
    big = serve("answer", status=200, body=_result_body(2 * MIB), headers={})
    small = serve("answer", status=200, body=_result_body(1024))
    for server, limit, expected in ((big, MIB, 2), (small, MIB, 1)):
        with Link2Prisma(
            server.base_url, ca_bundle=pki.ca_path, timeout=BOUND, retry=ONCE, max_answer_size=limit
        ) as c:
            for _ in range(2):
                with contextlib.suppress(AnswerTooLargeError):
                    c.result(str(uuid.uuid4()))
        assert len(server.requests) == 2
        assert len(server.threads) == expected, (limit, len(server.threads))


MEMORY_SCRIPT = textwrap.dedent(
    """
    import json, resource, sys, uuid
    from link2prisma import Link2Prisma, RetryPolicy
    from link2prisma._exceptions import AnswerTooLargeError

    url, ca, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Link2Prisma(url, ca_bundle=ca, timeout=20, retry=RetryPolicy(attempts=1),
                     max_answer_size=limit) as c:
        # The baseline: imports done, the client built; the call's own growth is measured.
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            c.result(str(uuid.uuid4()))
            outcome = "answered"
        except AnswerTooLargeError:
            outcome = "too large"
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"outcome": outcome, "before_kib": before, "after_kib": after}))
    """
)
CONSTANT_KIB = 24 * 1024  # what else one call may allocate (buffers, decoding), generously


@pytest.mark.parametrize("behaviour", ["endless_chunked", "huge_length"])
def test_peak_memory_stays_under_the_limit_plus_a_constant(
    serve: Any, pki: HostilePki, behaviour: str
) -> None:
    """In a subprocess of its own (ru_maxrss is per process): the peak grows by at most the
    answer limit plus a constant while the server offers 1 GiB or an endless body. The limit is
    the default (64 MiB): smaller ones hide under the peak the imports already reached."""
    limit = retry_module.DEFAULT_MAX_ANSWER_SIZE
    server = serve(behaviour)
    done = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, server.base_url, str(pki.ca_path), str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(Path(l2.__file__).parents[1])},
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert figures["outcome"] == "too large"
    grown_kib = figures["after_kib"] - figures["before_kib"]
    assert grown_kib < limit // 1024 + CONSTANT_KIB, figures
