"""Talking HTTP: the httpx client's settings, building a request, and typed errors.

One httpx client (one connection pool, one SSLContext) per Link2Prisma client; every employer
scope shares it. Sending and resending (what may be retried, and the loop) is
:mod:`link2prisma._retry`'s.

Why a transport of our own (:class:`BoundedTransport`): httpx's timeouts bound each network read,
not an exchange, so a server trickling one byte every 2 s holds a call forever. The transport is
httpx's own with one change: its connection pool's network backend (:mod:`link2prisma._deadline`)
bounds every connect, TLS handshake, read and write by the deadline of the exchange in progress
(:data:`DEADLINE`, set by the sender), so connect + send + the whole answer end within the client's
``timeout`` whatever the server does. httpx has no parameter for a network backend, so the backend
of the pool httpx built is replaced (httpx is pinned to 0.28; ``tests/reliability/test_hostile.py``
proves it). Given a transport, httpx no longer reads proxies from the environment: the transport
does (:func:`environment_proxy`), so ``HTTPS_PROXY``/``NO_PROXY`` keep working.
"""

from __future__ import annotations

import contextvars
import re
import ssl
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    ClientCertificateRefusedError,
    ConfigurationError,
    ConnectError,
    ExchangeTimeout,
    HTTPStatusError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerCertificateError,
    ServerError,
    ServiceNotFoundError,
    TLSError,
    TransportError,
)
from ._redact import excerpt, read_html
from ._request import PreparedCall
from ._tls import (
    CLIENT_CERTIFICATE_ALERTS,
    client_certificate_refusal,
    is_tls_failure,
    is_verification_failure,
    tls_failure_reason,
)
from ._version import __version__

if TYPE_CHECKING:
    from .certificate import CertificateInfo

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

#: Where the base URL is set, for messages: the CLI flag, its variable, the Python keyword.
BASE_URL_SETTING = "--base-url / L2P_BASE_URL (CLI, or base_url in a profile) / base_url= (Python)"
CA_BUNDLE_SETTING = "--ca-bundle / L2P_CA_BUNDLE (CLI) or ca_bundle= (Python)"

#: The monotonic instant by which the exchange in progress must end (None: no bound). Set by
#: the sender around each exchange; read by the network backend on every socket operation.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "link2prisma_exchange_deadline", default=None
)


def check_base_url(base_url: str, allow_insecure_http: bool) -> httpx.URL:
    """The base URL, or a :class:`ConfigurationError` naming what to change."""
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(
            f"base_url is not a URL ({exc}); set {BASE_URL_SETTING} "
            "to https://<host>/link2prisma.svc"
        ) from None
    shown = str(url.copy_with(query=None, fragment=None))[:120]
    if not url.scheme or not url.host:
        raise ConfigurationError(
            f"base_url must be a full URL starting with https:// (got {shown!r}): set "
            f"{BASE_URL_SETTING} to https://<host>/link2prisma.svc"
        )
    if url.scheme != "https" and not (url.scheme == "http" and allow_insecure_http):
        raise ConfigurationError(
            f"base_url must use https:// (got {url.scheme}://, in {shown!r}): the service "
            f"speaks only TLS; change {BASE_URL_SETTING} to https://. "
            "(Python's allow_insecure_http=True is for a local test server only.)"
        )
    return url


def http_client_kwargs(
    base_url: str,
    verify: ssl.SSLContext | bool,
    timeout: float,
    pool_size: int,
    allow_insecure_http: bool,
) -> dict[str, Any]:
    """The arguments shared by the sync and async httpx clients (with a bounded transport)."""
    url = check_base_url(base_url, allow_insecure_http)
    limits = httpx.Limits(
        max_connections=pool_size, max_keepalive_connections=pool_size, keepalive_expiry=30.0
    )
    return {
        "base_url": base_url,
        "verify": verify,
        "timeout": httpx.Timeout(timeout, connect=min(timeout, 15.0)),
        "limits": limits,
        "headers": {"User-Agent": f"link2prisma/{__version__}", "Accept": "application/json"},
        "follow_redirects": False,
        # Our transport (see the module's docstring), through the environment's proxy if any.
        "transport": BoundedTransport(verify, limits, environment_proxy(url)),
    }


# --- the bounded transport (its network backend: :mod:`link2prisma._deadline`) ---------------


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment names for ``url`` (``HTTPS_PROXY``/``ALL_PROXY``, not when
    ``NO_PROXY`` lists its host): what httpx would use for a client of its own."""
    import urllib.request  # here: only a client being built needs it

    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def _bound_pool(pool: object, backend: object) -> None:
    """Give httpx's pool (direct or through a proxy) the bounding network backend."""
    if not hasattr(pool, "_network_backend"):
        raise RuntimeError("httpcore changed: its pool's network backend cannot be bounded")
    setattr(pool, "_network_backend", backend)  # noqa: B010 (a private attribute, on purpose)


class _SyncTransport(httpx.HTTPTransport):
    def __init__(
        self, verify: ssl.SSLContext | bool, limits: httpx.Limits, proxy: str | None
    ) -> None:
        super().__init__(verify=verify, limits=limits, proxy=proxy, trust_env=False)
        from ._deadline import Backend  # here: httpcore loads with the first client

        _bound_pool(self._pool, Backend())


class _AsyncTransport(httpx.AsyncHTTPTransport):
    def __init__(
        self, verify: ssl.SSLContext | bool, limits: httpx.Limits, proxy: str | None
    ) -> None:
        super().__init__(verify=verify, limits=limits, proxy=proxy, trust_env=False)
        from ._deadline import AsyncBackend

        _bound_pool(self._pool, AsyncBackend())


class BoundedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """httpx's transport with every socket operation bounded by :data:`DEADLINE`.

    One object for both clients (the settings are shared by the sync and async client): the
    sync client uses its sync half, the async client its async half; each is built on first use.
    """

    def __init__(
        self, verify: ssl.SSLContext | bool, limits: httpx.Limits, proxy: str | None = None
    ) -> None:
        self._verify = verify
        self._limits = limits
        self._proxy = proxy
        # Built now (threads would race to build it lazily); the async half on first use.
        self._sync = _SyncTransport(verify, limits, proxy)
        self._async: _AsyncTransport | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            self._async = _AsyncTransport(self._verify, self._limits, self._proxy)
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


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


def _certificate_refused(
    exc: Exception, alert: str, certificate: CertificateInfo | None, ctx: dict[str, Any]
) -> ApiError:
    if certificate is not None:
        which = (
            f"the client certificate {certificate.subject} (serial {certificate.serial_hex}, "
            f"decimal {certificate.serial_decimal}, valid until {certificate.not_after:%Y-%m-%d})"
        )
    elif alert == "TLSV13_ALERT_CERTIFICATE_REQUIRED":
        which = (
            "the connection: it requires a client certificate and none was presented (give "
            "one with --cert / L2P_CERT or a profile's cert in the CLI, certificate= in Python)"
        )
    else:
        which = "the client certificate of the SSLContext given as verify="
    return ClientCertificateRefusedError(
        f"the server refused {which}: TLS alert {alert} ({CLIENT_CERTIFICATE_ALERTS[alert]}); "
        "nothing was sent. Likely causes: the certificate is not registered at the social "
        "secretariat yet (or not for this user); a wrong certificate or profile (--cert, "
        "--profile, L2P_CERT); the certificate expired or was revoked; the URL of another "
        f"environment (test or production: {BASE_URL_SETTING})",
        **ctx,
    )


def transport_error(
    call: PreparedCall,
    exc: Exception,
    *,
    where: str | None = None,
    bound: float | None = None,
    certificate: CertificateInfo | None = None,
) -> ApiError:
    """A typed error for an httpx failure.

    ``where`` is the ``host:port`` the client talked to, ``bound`` the exchange's deadline in
    seconds, ``certificate`` what the client certificate says (named when the server refuses it).
    """
    ctx = _context(call)
    cause = exc.__cause__ or exc.__context__
    text = type(exc).__name__
    at = f" to {where}" if where else ""
    alert = client_certificate_refusal(exc)
    if alert is not None:
        return _certificate_refused(exc, alert, certificate, ctx)
    if is_verification_failure(exc):
        reason = tls_failure_reason(exc)
        detail = next(
            (
                getattr(e, "verify_message", None)
                for e in (exc, exc.__cause__, exc.__context__)
                if isinstance(e, ssl.SSLCertVerificationError)
            ),
            None,
        )
        return ServerCertificateError(
            f"TLS handshake failed ({reason}{': ' + detail if detail else ''}): the server's "
            f"certificate{at} does not verify; nothing was sent. If the secretariat's server "
            f"uses a CA of its own, trust it with {CA_BUNDLE_SETTING}; check also the host of "
            "the base URL",
            **ctx,
        )
    if isinstance(exc, (*_NOT_SENT, ssl.SSLError)) or isinstance(cause, ssl.SSLError):
        if is_tls_failure(exc):
            reason = tls_failure_reason(exc)
            hint = (
                ": the server ended the handshake; it may require a client certificate (none, "
                "or one it does not accept, was presented) or share no TLS version with the client"
                if "HANDSHAKE_FAILURE" in reason
                else ""
            )
            return TLSError(f"TLS handshake failed{at} ({reason}){hint}", **ctx)
        if isinstance(exc, _NOT_SENT):
            said = str(exc).strip()[:120]
            return ConnectError(
                f"could not connect{at} ({text}{': ' + said if said else ''}); nothing was "
                f"sent. Check the host and port of the base URL ({BASE_URL_SETTING})",
                **ctx,
            )
    sent = "it may have been queued" if call.spec.is_write else "safe to try again"
    if isinstance(exc, httpx.TimeoutException):
        within = f" within {bound:g} s (the client's timeout)" if bound is not None else " in time"
        return ExchangeTimeout(f"no complete answer{within} ({text}); {sent}", **ctx)
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
    message = f"HTTP {status}" + (f": {said}" if (said := page_message(response.content)) else "")
    if 300 <= status < 400:
        message += f"; {redirect_note(response)}"
    return cls(
        message,
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


def redirect_note(response: httpx.Response) -> str:
    """Where a redirect points (scheme, host and path; never its query, which may carry data)."""
    location = response.headers.get("Location")
    if not location:
        return "the server redirects, without saying where (no Location)"
    try:
        target = response.request.url.join(location)
    except (httpx.InvalidURL, RuntimeError):
        return "the server redirects to an unreadable Location"
    port = f":{target.port}" if target.port else ""
    shown = f"{target.scheme}://{target.host}{port}{target.path}"[:200]
    return (
        f"the server redirects to {shown}; the client does not follow redirects: "
        f"if that is the service, set {BASE_URL_SETTING} to it"
    )


def service_not_found(
    call: PreparedCall, response: httpx.Response, base_url: httpx.URL
) -> ServiceNotFoundError | None:
    """A configuration error when a 404 says the base URL misses the service itself: its path
    does not end in ``.svc`` (``/link2prisma.svc`` left out) and the answer is no answer of the
    service (a "No service"/"Endpoint not found" page or message, any HTML page). None otherwise.
    """
    if response.status_code != 404:
        return None
    path = base_url.path.rstrip("/")
    if path.lower().endswith(".svc"):
        return None
    head = response.content[:4096].decode("utf-8", "replace").lower()
    if not (
        endpoint_not_found(response)
        or "no service" in head
        or read_html(response.content) is not None
        or not head.strip()
    ):
        return None
    port = f":{base_url.port}" if base_url.port else ""
    suggested = f"{base_url.scheme}://{base_url.host}{port}{path}/link2prisma.svc"
    return ServiceNotFoundError(
        f"the base URL {base_url.scheme}://{base_url.host}{port}{path or '/'} does not lead to "
        f"the service (HTTP 404 for {call.spec.operation_id}; nothing was queued): it should "
        f"end in /link2prisma.svc, e.g. {suggested}; set {BASE_URL_SETTING}"
    )
