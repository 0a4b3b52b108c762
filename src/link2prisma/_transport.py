"""Talking HTTP: the httpx client's settings, building a request, and typed errors.

One httpx client (one connection pool, one SSLContext) per Link2Prisma client; every employer
scope shares it. Sending and resending (what may be retried, and the loop) is
:mod:`link2prisma._retry`'s.
"""

from __future__ import annotations

import re
import ssl
from typing import Any

import httpx

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
from ._redact import excerpt, read_html
from ._request import PreparedCall
from ._tls import is_tls_failure, tls_failure_reason
from ._version import __version__

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


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


def build_request(http: httpx.Client | httpx.AsyncClient, call: PreparedCall) -> httpx.Request:
    return http.build_request(
        call.method,
        call.path.lstrip("/") if call.path != "/" else "",
        params=call.query or None,
        headers=call.headers,
        content=call.content,
    )


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
