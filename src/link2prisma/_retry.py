"""Sending a request and resending it when that is safe: the rules, and the one loop.

What may be resent (:func:`_should_retry`, pure):

=========================================  ===================  ============================
outcome of an attempt                      reads (GET, Result)  writes (POST, PUT, DELETE)
=========================================  ===================  ============================
no connection made (connect error or       resend               resend (nothing was sent)
connect/pool timeout)
TLS refusal (server certificate does not   final                final
verify, client certificate refused)
connection dropped, exchange timed out     resend               final (may be queued)
HTTP 429                                   resend               resend (refused, not queued)
HTTP 503                                   resend               resend only when the answer is
                                                                the service's own refusal (see
                                                                below); else final
HTTP 502, 504                              resend               final (may be queued)
answer larger than ``max_answer_size``     final                final
any other answer or error                  final                final
=========================================  ===================  ============================

A write answered 503 is resent only when the answer shows the service itself refused it before
queueing: a JSON error object (the spec's ``Unavailable`` answer, "nothing was queued"), or a
``Retry-After`` header (the server asks to come back later). A bare 503 or an HTML page can come
from a proxy in front of the service that may already have handed the request on (Varnish's
"Backend fetch failed" does): such a write is not resent, and the error says to check.

A resend waits ``Retry-After`` when the server sent one, at most ``retry_after_max`` (60 s), else
exponential backoff (``wait_initial`` doubling, plus up to a second of random jitter, at most
``wait_max``: the formula of stamina, which this loop replaced). It stops after ``attempts``
attempts in all, when the next wait would pass ``timeout`` seconds since the first, or when it
would pass the caller's deadline (``send(..., deadline=)``, e.g. ``result(timeout=)``). Each resend
is logged (INFO, ``link2prisma._retry``) with the operation, the attempt, the wait and the
reason; paths in the record are redacted.

Each attempt is one exchange (connect, send, the whole answer) bounded by the client's
``timeout`` in all (:data:`link2prisma._transport.DEADLINE`), and its answer by
``max_answer_size`` bytes: read as a stream, refused on its ``Content-Length`` or abandoned once
past the limit, the connection discarded.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from . import _log  # noqa: F401  (the NullHandler on "link2prisma")
from ._exceptions import AnswerTooLargeError
from ._request import PreparedCall
from ._tls import is_tls_refusal
from ._transport import _NOT_SENT, DEADLINE, build_request, transport_error

if TYPE_CHECKING:
    from .certificate import CertificateInfo

log = logging.getLogger(__name__)

READ_RETRY_STATUS = frozenset({429, 502, 503, 504})
WRITE_RETRY_STATUS = frozenset({429, 503})  # 503: only the service's own refusal (see above)

#: The default largest answer read, in bytes (64 MiB). The largest legitimate answers: a page
#: of 100 workers with their histories (about 1 MB in the sandbox's data; a real page with long
#: histories a few MB), and a document download (``documents.get``: base64 in JSON, 4/3 of the
#: file): 64 MiB holds a 45 MiB PDF, far above a payslip bundle. Raise ``max_answer_size`` if
#: your secretariat sends more.
DEFAULT_MAX_ANSWER_SIZE = 64 * 1024 * 1024
_FAILURES = (httpx.HTTPError, OSError)  # OSError: ssl errors httpx lets through
Outcome = httpx.Response | Exception


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to resend a request that may be resent."""

    attempts: int = 5
    wait_initial: float = 0.2
    wait_max: float = 5.0
    timeout: float = 60.0
    #: The longest wait a ``Retry-After`` can ask for; a longer hint waits this long.
    retry_after_max: float = 60.0


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


def refused_before_queueing(response: httpx.Response) -> bool:
    """Whether a 503 shows that the service itself refused the request before queueing it: a
    JSON error object (the spec's ``Unavailable``), or a ``Retry-After`` header."""
    if response.headers.get("Retry-After"):
        return True
    if "json" not in response.headers.get("Content-Type", "").lower():
        return False
    try:
        data = json.loads(response.content[:65536])
    except ValueError:
        return False
    return isinstance(data, dict) and "Message" in data


def _resendable(method: str, outcome: Outcome) -> str | None:
    """Why this outcome may be resent, or None when it is final (the table above)."""
    write = method != "GET"
    if isinstance(outcome, httpx.Response):
        status = outcome.status_code
        if write and status == 503 and not refused_before_queueing(outcome):
            return None  # maybe a proxy that handed the request on: it may be queued
        statuses = WRITE_RETRY_STATUS if write else READ_RETRY_STATUS
        return f"HTTP {status}" if status in statuses else None
    if is_tls_refusal(outcome):
        return None  # a refused certificate will be refused next time too
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
    time_left: float | None = None,
) -> Decision:
    """Whether to resend after attempt number ``attempt`` (from 1) ended in ``outcome``.

    Pure: ``elapsed`` is the time since the first attempt, ``jitter`` the seconds added to
    the backoff to spread clients apart (the loop passes ``random.random()``), ``time_left``
    what is left before the caller's deadline (None: no deadline).
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
        wait = min(hint, policy.retry_after_max)
    else:
        wait = min(policy.wait_initial * 2 ** (attempt - 1) + jitter, policy.wait_max)
    if elapsed + wait > policy.timeout:
        return Decision(None, f"{reason}; out of time")
    if time_left is not None and wait >= time_left:
        return Decision(None, f"{reason}; the caller's deadline comes first")
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


def _final(call: PreparedCall, outcome: Outcome, sender: _SenderBase) -> httpx.Response:
    """The answer to hand back, or the typed error of a failure that is not an answer."""
    if isinstance(outcome, httpx.Response):
        log.debug("%s %s -> %s", call.method, call.shown_path, outcome.status_code)
        return outcome
    raise transport_error(
        call, outcome, where=sender.where, bound=sender.bound, certificate=sender.certificate
    ) from outcome


def _too_large(call: PreparedCall, size: int, limit: int, declared: bool) -> AnswerTooLargeError:
    what = (
        f"the answer announces {size:,} bytes (Content-Length): refused unread"
        if declared
        else f"the answer passed {size:,} bytes: abandoned"
    )
    queued = "; the request was accepted and may have been queued" if call.spec.is_write else ""
    return AnswerTooLargeError(
        f"{what}, over the client's max_answer_size of {limit:,} bytes (raise it if this "
        f"answer is legitimate){queued}",
        method=call.method,
        path=call.shown_path,
        operation=call.spec.operation_id,
        employer=call.employer,
    )


def _declared_size(call: PreparedCall, response: httpx.Response, limit: int) -> None:
    length = response.headers.get("Content-Length", "")
    if length.strip().isdigit() and int(length) > limit:
        raise _too_large(call, int(length), limit, declared=True)


def _framed_by_length(response: httpx.Response) -> bool:
    """Whether the answer's size is its ``Content-Length`` (already within the limit) as it is
    read: h11 reads no byte past that length, so the body can be read in one go, which is the
    common case and costs no more than plain httpx. An encoded body (gzip: its decoded size is
    not announced) or a chunked one is read chunk by chunk and counted instead."""
    length = response.headers.get("Content-Length", "")
    encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
    return length.strip().isdigit() and encoding in ("", "identity")


def _complete(response: httpx.Response, body: bytes) -> httpx.Response:
    """A finished answer holding ``body`` (already decoded: its encoding headers go)."""
    drop = {"content-encoding", "content-length", "transfer-encoding"}
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in drop]
    return httpx.Response(
        response.status_code, headers=headers, content=body, request=response.request
    )


class _SenderBase:
    """What both loops share: the bounds of an exchange and what errors name."""

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        policy: RetryPolicy,
        max_answer_size: int,
        certificate: CertificateInfo | None,
    ) -> None:
        self.http = http
        self.policy = policy
        self.max_answer_size = max_answer_size
        self.certificate = certificate
        #: The exchange's deadline in seconds: the client's ``timeout``, for the whole exchange.
        self.bound = float(http.timeout.read or 30.0)
        url = http.base_url
        self.where = f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"

    def _take(self, call: PreparedCall, body: bytearray, chunk: bytes, deadline: float) -> None:
        """Add a chunk of the answer, within the size limit and the deadline."""
        body += chunk
        if len(body) > self.max_answer_size:
            raise _too_large(call, len(body), self.max_answer_size, declared=False)
        if time.monotonic() > deadline:
            raise httpx.ReadTimeout("the exchange's deadline has passed")

    def _left(self, deadline: float | None) -> float | None:
        return None if deadline is None else deadline - time.monotonic()


class SyncSender(_SenderBase):
    """Sends prepared calls on one ``httpx.Client``, resending them when the rules allow.

    At most ``pool_size`` requests are handed to httpx at once: callers beyond that wait here,
    not in httpcore's queue, where httpcore 1.0.9 can close a connection it has just assigned to
    a waiting request (encode/httpcore#1110), failing it with "Bad file descriptor".
    """

    def __init__(
        self,
        http: httpx.Client,
        policy: RetryPolicy,
        pool_size: int,
        *,
        max_answer_size: int = DEFAULT_MAX_ANSWER_SIZE,
        certificate: CertificateInfo | None = None,
    ) -> None:
        super().__init__(http, policy, max_answer_size, certificate)
        self.sync_http = http
        self._slots = threading.BoundedSemaphore(pool_size)

    def exchange(self, call: PreparedCall) -> httpx.Response:
        """One attempt: connect, send, read the whole answer, within the bounds."""
        deadline = time.monotonic() + self.bound
        token = DEADLINE.set(deadline)
        try:
            response = self.sync_http.send(build_request(self.sync_http, call), stream=True)
            try:
                _declared_size(call, response, self.max_answer_size)
                if _framed_by_length(response):
                    response.read()  # each socket read bounded by the deadline (_deadline)
                    return response
                body = bytearray()
                for chunk in response.iter_bytes():
                    self._take(call, body, chunk, deadline)
                return _complete(response, bytes(body))
            finally:
                response.close()  # unread: the connection is discarded
        finally:
            DEADLINE.reset(token)

    def send(self, call: PreparedCall, deadline: float | None = None) -> httpx.Response:
        """Send ``call``; resend it while :func:`_should_retry` says so (and, with
        ``deadline``, a monotonic instant, while a wait would end before it)."""
        attempt, started = 0, time.monotonic()
        while True:
            attempt += 1
            try:
                with self._slots:
                    outcome: Outcome = self.exchange(call)
            except _FAILURES as exc:
                outcome = exc
            elapsed, jitter = time.monotonic() - started, random.random()
            decision = _should_retry(
                call.method, attempt, outcome, self.policy, elapsed, jitter, self._left(deadline)
            )
            if decision.wait is None:
                return _final(call, outcome, self)
            _log_retry(call, attempt, decision)
            time.sleep(decision.wait)


class AsyncSender(_SenderBase):
    """The asyncio twin of :class:`SyncSender` (at most ``pool_size`` requests at once)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        policy: RetryPolicy,
        pool_size: int,
        *,
        max_answer_size: int = DEFAULT_MAX_ANSWER_SIZE,
        certificate: CertificateInfo | None = None,
    ) -> None:
        super().__init__(http, policy, max_answer_size, certificate)
        self.async_http = http
        import asyncio  # here, not at the top: the sync client need not load asyncio

        self._slots = asyncio.Semaphore(pool_size)

    async def exchange(self, call: PreparedCall) -> httpx.Response:
        """One attempt: connect, send, read the whole answer, within the bounds."""
        deadline = time.monotonic() + self.bound
        token = DEADLINE.set(deadline)
        try:
            request = build_request(self.async_http, call)
            response = await self.async_http.send(request, stream=True)
            try:
                _declared_size(call, response, self.max_answer_size)
                if _framed_by_length(response):
                    await response.aread()  # each socket read bounded by the deadline
                    return response
                body = bytearray()
                async for chunk in response.aiter_bytes():
                    self._take(call, body, chunk, deadline)
                return _complete(response, bytes(body))
            finally:
                await response.aclose()  # unread: the connection is discarded
        finally:
            DEADLINE.reset(token)

    async def send(self, call: PreparedCall, deadline: float | None = None) -> httpx.Response:
        """Send ``call``; resend it while :func:`_should_retry` says so (and, with
        ``deadline``, a monotonic instant, while a wait would end before it)."""
        attempt, started = 0, time.monotonic()
        while True:
            attempt += 1
            try:
                async with self._slots:
                    outcome: Outcome = await self.exchange(call)
            except _FAILURES as exc:
                outcome = exc
            elapsed, jitter = time.monotonic() - started, random.random()
            decision = _should_retry(
                call.method, attempt, outcome, self.policy, elapsed, jitter, self._left(deadline)
            )
            if decision.wait is None:
                return _final(call, outcome, self)
            _log_retry(call, attempt, decision)
            await _asyncio_sleep(decision.wait)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)
