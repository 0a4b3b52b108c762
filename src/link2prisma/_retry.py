"""Sending a request and resending it when that is safe: the rules, and the one loop.

What may be resent (:func:`_should_retry`, pure):

=========================================  ===================  ============================
outcome of an attempt                      reads (GET, Result)  writes (POST, PUT, DELETE)
=========================================  ===================  ============================
no connection made (connect error or       resend               resend (nothing was sent)
connect/pool timeout)
server certificate does not verify         final                final
connection dropped, read/write timeout     resend               final (may be queued)
HTTP 429, 503                              resend               resend (refused, not queued)
HTTP 502, 504                              resend               final (may be queued)
any other answer or error                  final                final
=========================================  ===================  ============================

A resend waits ``Retry-After`` when the server sent one (at most 60 s), else exponential backoff
(``wait_initial`` doubling, plus up to a second of random jitter, at most ``wait_max``: the
formula of stamina, which this loop replaced). It stops after ``attempts`` attempts in all, or
when the next wait would pass ``timeout`` seconds since the first. Each resend is logged (INFO,
``link2prisma._retry``) with the operation, the attempt, the wait and the reason; paths in the
record are redacted.
"""

from __future__ import annotations

import email.utils
import logging
import random
import threading
import time
from dataclasses import dataclass

import httpx

from . import _log  # noqa: F401  (the NullHandler on "link2prisma")
from ._request import PreparedCall
from ._tls import is_verification_failure
from ._transport import _NOT_SENT, build_request, transport_error

log = logging.getLogger(__name__)

READ_RETRY_STATUS = frozenset({429, 502, 503, 504})
WRITE_RETRY_STATUS = frozenset({429, 503})
_FAILURES = (httpx.HTTPError, OSError)  # OSError: ssl errors httpx lets through
Outcome = httpx.Response | Exception


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to resend a request that may be resent."""

    attempts: int = 5
    wait_initial: float = 0.2
    wait_max: float = 5.0
    timeout: float = 60.0


@dataclass(frozen=True, slots=True)
class Decision:
    """After an attempt: resend after ``wait`` seconds, or stop (``wait`` is None)."""

    wait: float | None
    reason: str


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


def _resendable(method: str, outcome: Outcome) -> str | None:
    """Why this outcome may be resent, or None when it is final (the table above)."""
    write = method != "GET"
    if isinstance(outcome, httpx.Response):
        statuses = WRITE_RETRY_STATUS if write else READ_RETRY_STATUS
        return f"HTTP {outcome.status_code}" if outcome.status_code in statuses else None
    if is_verification_failure(outcome):
        return None  # a server certificate that does not verify will not verify next time
    if isinstance(outcome, _NOT_SENT):
        return f"{type(outcome).__name__}, nothing sent"
    if not write and isinstance(outcome, httpx.TransportError):
        return type(outcome).__name__
    return None


def _should_retry(
    method: str,
    attempt: int,
    outcome: Outcome,
    policy: RetryPolicy,
    elapsed: float = 0.0,
    jitter: float = 0.0,
) -> Decision:
    """Whether to resend after attempt number ``attempt`` (from 1) ended in ``outcome``.

    Pure: ``elapsed`` is the time since the first attempt, ``jitter`` the seconds added to
    the backoff to spread clients apart (the loop passes ``random.random()``).
    """
    reason = _resendable(method, outcome)
    if reason is None:
        return Decision(None, "final")
    if attempt >= policy.attempts:
        return Decision(None, f"{reason}; no attempts left")
    hint = None
    if isinstance(outcome, httpx.Response):
        hint = parse_retry_after(outcome.headers.get("Retry-After"))
    if hint:
        wait = min(hint, 60.0)
    else:
        wait = min(policy.wait_initial * 2 ** (attempt - 1) + jitter, policy.wait_max)
    if elapsed + wait > policy.timeout:
        return Decision(None, f"{reason}; out of time")
    return Decision(wait, reason)


def _log_retry(call: PreparedCall, attempt: int, decision: Decision) -> None:
    log.info(
        "%s (%s %s): attempt %d failed (%s), retrying in %.2fs",
        call.spec.operation_id,
        call.method,
        call.shown_path,
        attempt,
        decision.reason,
        decision.wait,
    )


def _final(call: PreparedCall, outcome: Outcome) -> httpx.Response:
    """The answer to hand back, or the typed error of a failure that is not an answer."""
    if isinstance(outcome, httpx.Response):
        log.debug("%s %s -> %s", call.method, call.shown_path, outcome.status_code)
        return outcome
    raise transport_error(call, outcome) from outcome


class SyncSender:
    """Sends prepared calls on one ``httpx.Client``, resending them when the rules allow.

    At most ``pool_size`` requests are handed to httpx at once: callers beyond that wait here,
    not in httpcore's queue, where httpcore 1.0.9 can close a connection it has just assigned to
    a waiting request (encode/httpcore#1110), failing it with "Bad file descriptor".
    """

    def __init__(self, http: httpx.Client, policy: RetryPolicy, pool_size: int) -> None:
        self.http = http
        self.policy = policy
        self._slots = threading.BoundedSemaphore(pool_size)

    def send(self, call: PreparedCall) -> httpx.Response:
        """Send ``call``; resend it while :func:`_should_retry` says so."""
        attempt, started = 0, time.monotonic()
        while True:
            attempt += 1
            try:
                with self._slots:
                    outcome: Outcome = self.http.send(build_request(self.http, call))
            except _FAILURES as exc:
                outcome = exc
            elapsed, jitter = time.monotonic() - started, random.random()
            decision = _should_retry(call.method, attempt, outcome, self.policy, elapsed, jitter)
            if decision.wait is None:
                return _final(call, outcome)
            _log_retry(call, attempt, decision)
            time.sleep(decision.wait)


class AsyncSender:
    """The asyncio twin of :class:`SyncSender` (at most ``pool_size`` requests at once)."""

    def __init__(self, http: httpx.AsyncClient, policy: RetryPolicy, pool_size: int) -> None:
        self.http = http
        self.policy = policy
        import asyncio  # here, not at the top: the sync client need not load asyncio

        self._slots = asyncio.Semaphore(pool_size)

    async def send(self, call: PreparedCall) -> httpx.Response:
        """Send ``call``; resend it while :func:`_should_retry` says so."""
        attempt, started = 0, time.monotonic()
        while True:
            attempt += 1
            try:
                async with self._slots:
                    outcome: Outcome = await self.http.send(build_request(self.http, call))
            except _FAILURES as exc:
                outcome = exc
            elapsed, jitter = time.monotonic() - started, random.random()
            decision = _should_retry(call.method, attempt, outcome, self.policy, elapsed, jitter)
            if decision.wait is None:
                return _final(call, outcome)
            _log_retry(call, attempt, decision)
            await _asyncio_sleep(decision.wait)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)
