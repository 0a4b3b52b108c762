"""Sending requests: the httpx client, the mutual-TLS context, retries and typed errors.

One httpx client (one connection pool, one SSLContext) per Link2Prisma client; every employer
scope shares it. What may be retried:

* reads (GET) and ``Result``: connection failures, dropped connections, timeouts, 429 and
  502/503/504, with exponential backoff (``Retry-After`` honoured);
* writes (POST/PUT/DELETE): only when the request was certainly not queued: the connection
  could not be made, or the server answered 429 or 503 (refused before queueing). A write whose
  connection broke after it was sent is never resent: it could be queued twice.
"""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import stamina

from ._exceptions import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConnectError,
    HTTPStatusError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TLSError,
    TransportError,
)
from ._polling import parse_retry_after
from ._redact import excerpt, read_html
from ._request import PreparedCall
from ._tls import is_tls_failure, is_verification_failure, tls_failure_reason
from ._version import __version__

log = logging.getLogger(__name__)

READ_RETRY_STATUS = frozenset({429, 502, 503, 504})
WRITE_RETRY_STATUS = frozenset({429, 503})
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently to resend a request that may be resent."""

    attempts: int = 5
    wait_initial: float = 0.2
    wait_max: float = 5.0
    timeout: float = 60.0


class _RetryableStatus(Exception):
    """Raised inside a retry attempt for an answer that may be retried."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


def http_client_kwargs(
    base_url: str,
    verify: ssl.SSLContext | bool,
    timeout: float,
    pool_size: int,
    allow_insecure_http: bool,
) -> dict[str, Any]:
    """The arguments shared by the sync and async httpx clients."""
    url = httpx.URL(base_url)
    if url.scheme != "https" and not (url.scheme == "http" and allow_insecure_http):
        raise ConfigurationError(
            f"base_url must use https:// (got {url.scheme}://); "
            "pass allow_insecure_http=True only for a local test server"
        )
    return {
        "base_url": base_url,
        "verify": verify,
        "timeout": httpx.Timeout(timeout, connect=min(timeout, 15.0)),
        "limits": httpx.Limits(
            max_connections=pool_size, max_keepalive_connections=pool_size, keepalive_expiry=30.0
        ),
        "headers": {"User-Agent": f"link2prisma/{__version__}", "Accept": "application/json"},
        "follow_redirects": False,
    }


def retry_hook(call: PreparedCall) -> Callable[[Exception], bool | float]:
    """stamina's ``on=``: whether (and after how long) to retry this call's failure."""
    safe = not call.spec.is_write
    statuses = READ_RETRY_STATUS if safe else WRITE_RETRY_STATUS

    def hook(exc: Exception) -> bool | float:
        if is_verification_failure(exc):
            return False  # a server certificate that does not verify will not verify next time
        if isinstance(exc, _RetryableStatus):
            if exc.response.status_code not in statuses:
                return False
            hint = parse_retry_after(exc.response.headers.get("Retry-After"))
            return hint if hint else True
        if isinstance(exc, _NOT_SENT):
            return True
        return safe and isinstance(exc, httpx.TransportError)

    return hook


def build_request(http: httpx.Client | httpx.AsyncClient, call: PreparedCall) -> httpx.Request:
    return http.build_request(
        call.method,
        call.path.lstrip("/") if call.path != "/" else "",
        params=call.query or None,
        headers=call.headers,
        content=call.content,
    )


def should_raise_retryable(call: PreparedCall, response: httpx.Response) -> bool:
    statuses = WRITE_RETRY_STATUS if call.spec.is_write else READ_RETRY_STATUS
    return response.status_code in statuses


def _context(call: PreparedCall) -> dict[str, Any]:
    return {
        "method": call.method,
        "path": call.shown_path,
        "operation": call.spec.operation_id,
        "employer": call.employer,
    }


def transport_error(call: PreparedCall, exc: Exception) -> ApiError:
    """A typed error for an httpx failure."""
    ctx = _context(call)
    cause = exc.__cause__ or exc.__context__
    text = type(exc).__name__
    if isinstance(exc, (*_NOT_SENT, ssl.SSLError)) or isinstance(cause, ssl.SSLError):
        if is_tls_failure(exc):
            return TLSError(f"TLS handshake failed ({tls_failure_reason(exc)})", **ctx)
        if isinstance(exc, _NOT_SENT):
            return ConnectError(f"could not connect ({text}); nothing was sent", **ctx)
    if isinstance(exc, httpx.TimeoutException):
        return TransportError(f"no answer in time ({text})", **ctx)
    sent = "it may have been queued" if call.spec.is_write else "safe to try again"
    return TransportError(f"the connection failed ({text}); {sent}", **ctx)


def status_error(call: PreparedCall, response: httpx.Response) -> ApiError:
    """A typed error for an HTTP status this call does not accept."""
    status = response.status_code
    cls: type[HTTPStatusError]
    if status in (400, 412):
        cls = BadRequestError
    elif status == 401:
        cls = AuthenticationError
    elif status == 403:
        cls = PermissionDeniedError
    elif status == 404:
        cls = NotFoundError
    elif status == 429:
        cls = RateLimitError
    elif status >= 500:
        cls = ServerError
    else:
        cls = HTTPStatusError
    return cls(
        f"HTTP {status}" + (f": {said}" if (said := page_message(response.content)) else ""),
        status=status,
        body=excerpt(response.content),
        **_context(call),
    )


def page_message(content: bytes) -> str | None:
    """The sentence of an HTML error page (WCF's "Request Error" page: the exception message
    it quotes; its 404 page: "Endpoint not found."), redacted and short; None for other bodies.
    """
    page = read_html(content)
    if page is None or not page.message:
        return None
    said = page.message
    quoted = re.search(r"exception message is '(.+?)'\.(?: See server logs|$)", said, re.S)
    if quoted:
        said = quoted.group(1)
    return excerpt(said, 200)


def endpoint_not_found(response: httpx.Response) -> bool:
    """A 404 saying the route does not exist (WCF's "Endpoint not found." page or like)."""
    if response.status_code != 404:
        return False
    page = read_html(response.content)
    text = page.text if page is not None else response.content[:4096].decode("utf-8", "replace")
    return "endpoint not found" in text.lower()


def retrying(call: PreparedCall, policy: RetryPolicy) -> Any:
    """The stamina retry context for the attempts after the first (iterate it sync or async)."""
    return stamina.retry_context(
        on=retry_hook(call),
        attempts=policy.attempts - 1,
        timeout=policy.timeout,
        wait_initial=policy.wait_initial,
        wait_max=policy.wait_max,
    )


def first_failure(
    call: PreparedCall, policy: RetryPolicy, failure: Exception
) -> tuple[float | None, httpx.Response | None]:
    """After a failed first attempt: (seconds to wait before retrying, or None; final answer).

    The first attempt runs outside stamina: building a retry context for every request costs
    more CPU than the rest of the client (see BENCHMARKS.md), and most requests succeed at once.
    Raises the typed error when the failure is final and is not an HTTP answer.
    """
    verdict = retry_hook(call)(failure) if policy.attempts > 1 else False
    if verdict is False:
        if isinstance(failure, _RetryableStatus):
            return None, failure.response
        raise transport_error(call, failure) from failure
    wait = policy.wait_initial if verdict is True else float(verdict)
    return min(wait, policy.wait_max if verdict is True else 60.0), None


def _outcome(call: PreparedCall, response: httpx.Response) -> httpx.Response:
    log.debug("%s %s -> %s", call.method, call.shown_path, response.status_code)
    return response


class SyncSender:
    """Sends prepared calls on one ``httpx.Client``.

    At most ``pool_size`` requests are handed to httpx at once: callers beyond that wait here,
    not in httpcore's queue, where httpcore 1.0.9 can close a connection it has just assigned to
    a waiting request (encode/httpcore#1110), failing it with "Bad file descriptor".
    """

    def __init__(self, http: httpx.Client, policy: RetryPolicy, pool_size: int) -> None:
        self.http = http
        self.policy = policy
        self._slots = threading.BoundedSemaphore(pool_size)

    def _once(self, call: PreparedCall) -> httpx.Response:
        with self._slots:
            response = self.http.send(build_request(self.http, call))
        if should_raise_retryable(call, response):
            raise _RetryableStatus(response)
        return response

    def send(self, call: PreparedCall) -> httpx.Response:
        try:
            return _outcome(call, self._once(call))
        except (httpx.HTTPError, OSError, _RetryableStatus) as exc:
            wait, final = first_failure(call, self.policy, exc)
        if final is not None or wait is None:
            assert final is not None
            return _outcome(call, final)
        time.sleep(wait)
        try:
            for attempt in retrying(call, self.policy):
                with attempt:
                    response = self._once(call)
        except _RetryableStatus as exc:
            return _outcome(call, exc.response)
        except (httpx.HTTPError, OSError) as exc:  # OSError: ssl errors httpx lets through
            raise transport_error(call, exc) from exc
        return _outcome(call, response)


class AsyncSender:
    """Sends prepared calls on one ``httpx.AsyncClient`` (at most ``pool_size`` at once)."""

    def __init__(self, http: httpx.AsyncClient, policy: RetryPolicy, pool_size: int) -> None:
        self.http = http
        self.policy = policy
        self._slots = asyncio.Semaphore(pool_size)

    async def _once(self, call: PreparedCall) -> httpx.Response:
        async with self._slots:
            response = await self.http.send(build_request(self.http, call))
        if should_raise_retryable(call, response):
            raise _RetryableStatus(response)
        return response

    async def send(self, call: PreparedCall) -> httpx.Response:
        try:
            return _outcome(call, await self._once(call))
        except (httpx.HTTPError, OSError, _RetryableStatus) as exc:
            wait, final = first_failure(call, self.policy, exc)
        if final is not None or wait is None:
            assert final is not None
            return _outcome(call, final)
        await asyncio.sleep(wait)
        try:
            async for attempt in retrying(call, self.policy):
                with attempt:
                    response = await self._once(call)
        except _RetryableStatus as exc:
            return _outcome(call, exc.response)
        except (httpx.HTTPError, OSError) as exc:  # OSError: ssl errors httpx lets through
            raise transport_error(call, exc) from exc
        return _outcome(call, response)
