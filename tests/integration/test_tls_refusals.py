"""TLS refusals: what the client will not do, and proof that nothing reached the server.

- a server certificate that does not verify (unknown CA, another host, expired) is refused with a
  :class:`~link2prisma.TLSError` (a ``ConnectError``: the request was certainly not processed),
  for reads and writes, sync and async; the server saw no HTTP request;
- plain ``http://`` is refused at construction unless ``allow_insecure_http=True``: the listener
  saw no connection at all;
- an expired client certificate and a wrong PFX password fail with a clear error before any
  connection is attempted (the listener, or the sandbox's counters, saw nothing).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import json
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509

import link2prisma as l2
import link2prisma.certificate as certificate_module
from link2prisma import AsyncLink2Prisma, Certificate, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma.sandbox import Sandbox
from pki import CA, Identity, days_from_now, server_ssl_context

FAST = PollPolicy(first=0.01, factor=1.5, cap=0.05, deadline=10.0)
QUICK_RETRY = RetryPolicy(attempts=2, wait_initial=0.01, wait_max=0.02, timeout=10.0)
EMAIL = {"CommunicationType": "Email", "Value": "tls-refusal@example.test"}


# --- a counting server ----------------------------------------------------------------------------


@dataclass
class Counts:
    accepted: int = 0
    handshakes: int = 0
    handshake_failures: int = 0
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: CountingServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        with self.server.counts.lock:
            self.server.counts.requests.append(f"{self.command} {self.path}")
        if "/result/" in self.path.lower():
            guid = self.path.rsplit("/", 1)[1]
            payload: Any = {"ID": guid, "Statuscode": "201", "Response": ""}
        else:
            payload = str(uuid.uuid4())
        body = json.dumps(payload).encode()
        self.send_response(200 if "/result/" in self.path.lower() else 202)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _handle


class CountingServer(ThreadingHTTPServer):
    """Counts TCP connections, TLS handshakes and HTTP requests (plain HTTP without a context)."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, context: ssl.SSLContext | None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.counts = Counts()

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = self.socket.accept()
        with self.counts.lock:
            self.counts.accepted += 1
        return sock, addr

    def finish_request(self, request: Any, client_address: Any) -> None:
        if self.context is not None:
            request.settimeout(10)
            try:
                request = self.context.wrap_socket(request, server_side=True)
            except (OSError, ssl.SSLError):
                with self.counts.lock:
                    self.counts.handshake_failures += 1
                return
            with self.counts.lock:
                self.counts.handshakes += 1
        super().finish_request(request, client_address)

    @property
    def base_url(self) -> str:
        scheme = "https" if self.context is not None else "http"
        return f"{scheme}://127.0.0.1:{self.server_address[1]}/link2prisma.svc"


@contextmanager
def serving(context: ssl.SSLContext | None) -> Iterator[CountingServer]:
    server = CountingServer(context)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@dataclass
class Pki:
    ca: CA
    ca_path: Path
    client: Identity
    directory: Path

    def server_context(self, server: Identity | None = None) -> ssl.SSLContext:
        return server_ssl_context(
            server or self.ca.issue_server(), client_ca=self.ca, directory=self.directory
        )

    def client_certificate(self) -> Certificate:
        return Certificate.from_pkcs12(self.client.pkcs12(b"pw"), password=b"pw")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    directory = tmp_path_factory.mktemp("tls-pki")
    ca = CA()
    return Pki(
        ca,
        ca.write_cert_pem(directory / "ca.pem"),
        ca.issue_client("integrator", uid="integrator"),
        directory,
    )


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox.start(
        employers=1, workers_per_employer=3, delay=0.0, processors=1, seed=5
    ) as sandbox:
        yield sandbox


def attempt(
    base_url: str, certificate: Certificate | None, write: bool, asynchronous: bool, **kw: Any
) -> Any:
    """Build a client and make one call (a read or a write), sync or async."""
    kw.setdefault("poll", FAST)
    kw.setdefault("retry", QUICK_RETRY)
    if not asynchronous:
        with Link2Prisma(base_url, certificate=certificate, **kw) as c:
            scope = c.employer("999014")
            op = scope.communications.create(1, EMAIL) if write else scope.departments.list()
            return op.result(timeout=10)

    async def run() -> Any:
        async with AsyncLink2Prisma(base_url, certificate=certificate, **kw) as c:
            scope = c.employer("999014")
            op = await (
                scope.communications.create(1, EMAIL) if write else scope.departments.list()
            )
            return await op.result(timeout=10)

    return asyncio.run(asyncio.wait_for(run(), 30))


def counters(sb: Sandbox) -> dict[str, int]:
    stats = sb.stats()
    return {k: stats[k] for k in ("requests_total", "handshake_failures", "submits_received_total")}


def assert_only_stats_calls(sb: Sandbox, before: dict[str, int], refused: bool = False) -> None:
    """Since ``before``, only our own ``sb.stats()`` requests reached the sandbox's API;
    ``refused``: and at least one TLS handshake failed (else none did). The sandbox counts a
    failed handshake in the connection's thread, maybe a moment after the client gave up."""
    calls = 0
    deadline = time.monotonic() + 5.0
    while True:
        after = counters(sb)
        calls += 1
        failed = after["handshake_failures"] - before["handshake_failures"]
        if not refused or failed >= 1 or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert after["requests_total"] == before["requests_total"] + calls, (before, after, calls)
    assert after["submits_received_total"] == before["submits_received_total"]
    assert (failed >= 1) if refused else (failed == 0), (before, after)


both = pytest.mark.parametrize(
    ("write", "asynchronous"),
    [(False, False), (True, False), (False, True), (True, True)],
    ids=["read", "write", "async-read", "async-write"],
)


# --- the server's certificate -------------------------------------------------------------------


@both
@pytest.mark.parametrize("trust", ["another-ca", "system-store"])
def test_sandbox_certificate_not_trusted_is_refused_nothing_sent(
    sb: Sandbox, pki: Pki, trust: str, write: bool, asynchronous: bool
) -> None:
    before = counters(sb)
    ca_bundle = pki.ca_path if trust == "another-ca" else None  # None: certifi, no sandbox CA in it
    with pytest.raises(l2.TLSError) as info:
        attempt(sb.base_url, sb.certificate, write, asynchronous, ca_bundle=ca_bundle)
    assert isinstance(info.value, l2.ConnectError)  # certainly not processed: safe to retry
    assert (
        "TLS handshake failed" in str(info.value)
        and "CERTIFICATE_VERIFY_FAILED" in str(info.value).upper()
    )
    assert "may have been queued" not in str(info.value)
    # The handshake was aborted by the client: the server counts a failed handshake, no request.
    assert_only_stats_calls(sb, before, refused=True)


@both
@pytest.mark.parametrize("problem", ["another-host", "expired", "not-yet-valid"])
def test_server_certificate_that_does_not_verify_is_refused(
    pki: Pki, problem: str, write: bool, asynchronous: bool
) -> None:
    if problem == "another-host":
        server = pki.ca.issue_server(("other.example",))
    elif problem == "expired":
        server = pki.ca.issue_server(not_after=days_from_now(-1))
    else:
        server = pki.ca.issue(
            pki.ca.issue_server().cert.subject,
            not_before=days_from_now(2),
            not_after=days_from_now(30),
            san=[x509.IPAddress(ipaddress.ip_address("127.0.0.1"))],
        )
    with serving(pki.server_context(server)) as srv:
        with pytest.raises(l2.TLSError) as info:
            attempt(
                srv.base_url, pki.client_certificate(), write, asynchronous, ca_bundle=pki.ca_path
            )
        assert "may have been queued" not in str(info.value)
        assert srv.counts.requests == []
        assert srv.counts.handshakes == 0


def test_a_verifying_server_is_accepted(pki: Pki) -> None:
    """The control: the same PKI with a good server certificate works."""
    with serving(pki.server_context()) as srv:
        assert (
            attempt(srv.base_url, pki.client_certificate(), True, False, ca_bundle=pki.ca_path)
            is None
        )
        assert len(srv.counts.requests) == 2  # the submit and one Result poll


# --- plain http -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:{port}/link2prisma.svc",
        "HTTP://127.0.0.1:{port}/link2prisma.svc",
        "ws://127.0.0.1:{port}/x",
    ],
)
@pytest.mark.parametrize("cls", [Link2Prisma, AsyncLink2Prisma])
def test_plain_http_is_refused_before_connecting(pki: Pki, url: str, cls: type[Any]) -> None:
    with serving(None) as srv:
        target = url.format(port=srv.server_address[1])
        with pytest.raises(l2.ConfigurationError, match="https://"):
            cls(target, certificate=pki.client_certificate())
        with pytest.raises(l2.ConfigurationError, match="allow_insecure_http"):
            cls(target)
        assert srv.counts.accepted == 0 and srv.counts.requests == []


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_plain_http_only_when_explicitly_allowed(asynchronous: bool) -> None:
    with serving(None) as srv:
        assert attempt(srv.base_url, None, True, asynchronous, allow_insecure_http=True) is None
        assert [r.split(" ")[0] for r in srv.counts.requests] == ["POST", "GET"]
        assert srv.counts.accepted >= 1
    with pytest.raises(l2.ConfigurationError):
        Link2Prisma("ftp://127.0.0.1/link2prisma.svc", allow_insecure_http=True)


# --- the client's certificate -------------------------------------------------------------------


def test_expired_client_certificate_fails_before_connecting(pki: Pki, tmp_path: Path) -> None:
    expired = pki.ca.issue_client("integrator", uid="integrator", not_after=days_from_now(-1))
    pfx = expired.write_pkcs12(tmp_path / "expired.pfx", b"secret")
    cert_pem, key_pem = expired.write_pem(tmp_path)
    with serving(pki.server_context()) as srv:
        for load in (
            lambda: Certificate.from_pkcs12(pfx, password="secret"),
            lambda: Certificate.from_pem(cert_pem, key_pem),
        ):
            with pytest.raises(l2.CertificateExpiredError) as info:
                attempt(srv.base_url, load(), False, False, ca_bundle=pki.ca_path)
            message = str(info.value)
            assert "has expired" in message and "valid from" in message and "now is" in message
            assert "secret" not in message
        assert srv.counts.accepted == 0


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_certificate_that_expired_since_loading_fails_before_connecting(
    pki: Pki, monkeypatch: pytest.MonkeyPatch, asynchronous: bool
) -> None:
    cert = pki.client_certificate()
    later = cert.info.not_after + dt.timedelta(days=1)
    monkeypatch.setattr(certificate_module, "_utcnow", lambda: later)
    with serving(pki.server_context()) as srv:
        with pytest.raises(l2.CertificateExpiredError, match="has expired"):
            attempt(srv.base_url, cert, True, asynchronous, ca_bundle=pki.ca_path)
        assert srv.counts.accepted == 0


def eventually(predicate: Any, seconds: float = 5.0) -> bool:
    """Whether ``predicate()`` becomes true within ``seconds`` (the server thread counts late)."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def assert_refused_by_server(exc: BaseException) -> None:
    """A client certificate the server refuses: with TLS 1.3 the client learns it only when it
    reads the answer (an alert, or a reset that may swallow the alert), so the error is a typed
    TransportError, ideally a TLSError; a write may conservatively say "may have been queued"."""
    assert isinstance(exc, l2.TransportError), f"untyped {type(exc).__name__}: {exc}"


@pytest.mark.parametrize("write", [False, True], ids=["read", "write"])
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_expired_certificate_forced_through_is_refused_by_the_server(
    pki: Pki, write: bool, asynchronous: bool
) -> None:
    """``check_validity=False`` is the caller's opt-out; the server then refuses the handshake
    and no request reaches it."""
    expired = pki.ca.issue_client("integrator", uid="integrator", not_after=days_from_now(-1))
    cert = Certificate.from_pkcs12(expired.pkcs12(b"pw"), password=b"pw", check_validity=False)
    with serving(pki.server_context()) as srv:
        with pytest.raises(l2.Link2PrismaError) as info:
            attempt(srv.base_url, cert, write, asynchronous, ca_bundle=pki.ca_path)
        assert eventually(lambda: srv.counts.handshake_failures >= 1)
        assert srv.counts.requests == [] and srv.counts.handshakes == 0
    assert_refused_by_server(info.value)


@pytest.mark.parametrize("password", ["wrong", b"wrong", "", None])
def test_wrong_pfx_password_fails_before_connecting(sb: Sandbox, password: Any) -> None:
    before = counters(sb)
    with pytest.raises(l2.CertificatePasswordError) as info:
        attempt(
            sb.base_url,
            Certificate.from_pkcs12(sb.pfx_path, password=password),
            False,
            False,
            ca_bundle=sb.ca_bundle,
        )
    message = str(info.value)
    assert "password" in message and str(sb.pfx_path.name) in message
    assert sb.pfx_password not in message
    if password:
        assert "wrong" in message and (
            password if isinstance(password, str) else password.decode()
        ) not in message.replace("is wrong", "")
    assert_only_stats_calls(sb, before)


@both
def test_client_certificate_from_another_ca_is_refused_by_the_sandbox(
    sb: Sandbox, pki: Pki, write: bool, asynchronous: bool
) -> None:
    before = counters(sb)
    with pytest.raises(l2.Link2PrismaError) as info:
        attempt(sb.base_url, pki.client_certificate(), write, asynchronous, ca_bundle=sb.ca_bundle)
    assert_refused_by_server(info.value)
    assert_only_stats_calls(sb, before, refused=True)


# --- TLS refusals are final, and say what to do ----------------------------------------------


class RefusingServer(CountingServer):
    """A counting server requiring a client certificate under ``pki.ca``, optionally capped at
    TLS 1.2. After a refused handshake it reads what the client still sends before closing, so
    that the client reads the alert instead of a reset (a real server may reset: the client then
    sees a connection error, which is no worse than before)."""

    def finish_request(self, request: Any, client_address: Any) -> None:
        assert self.context is not None
        request.settimeout(5)
        keep = request.dup()  # a failed wrap_socket closes its socket; this keeps it open
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError):
            with self.counts.lock:
                self.counts.handshake_failures += 1
            try:
                while keep.recv(65536):
                    pass
            except OSError:
                pass
            return
        finally:
            keep.close()
        with self.counts.lock:
            self.counts.handshakes += 1
        ThreadingHTTPServer.finish_request(self, tls, client_address)


@contextmanager
def refusing(pki: Pki, tls12: bool) -> Iterator[RefusingServer]:
    context = pki.server_context()
    if tls12:
        context.maximum_version = ssl.TLSVersion.TLSv1_2
    server = RefusingServer(context)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def refused_certificate(pki: Pki, alert: str) -> Certificate | None:
    """A client certificate the server refuses with ``alert`` (None: present none)."""
    if alert == "unknown-ca":
        return Certificate.from_pkcs12(
            CA().issue_client("integrator", uid="integrator").pkcs12(b"pw"), password=b"pw"
        )
    if alert == "bad-certificate":  # OpenSSL answers a not-yet-valid certificate so
        identity = pki.ca.issue_client(
            "integrator", uid="integrator", not_before=days_from_now(2), not_after=days_from_now(9)
        )
    elif alert == "certificate-expired":
        identity = pki.ca.issue_client("integrator", uid="integrator", not_after=days_from_now(-1))
    else:
        return None
    return Certificate.from_pkcs12(identity.pkcs12(b"pw"), password=b"pw", check_validity=False)


ALERTS = {
    "unknown-ca": "TLSV1_ALERT_UNKNOWN_CA",
    "bad-certificate": "SSLV3_ALERT_BAD_CERTIFICATE",
    "certificate-expired": "SSLV3_ALERT_CERTIFICATE_EXPIRED",
    "certificate-required": "TLSV13_ALERT_CERTIFICATE_REQUIRED",
}
REFUSALS = [
    (alert, tls12)
    for alert in ALERTS
    for tls12 in (False, True)
    if not (tls12 and alert == "certificate-required")  # TLS 1.2 has no such alert
]


@both
@pytest.mark.parametrize(
    ("alert", "tls12"), REFUSALS, ids=[f"{a}-{'tls12' if t else 'tls13'}" for a, t in REFUSALS]
)
def test_a_client_certificate_the_server_refuses_is_a_certificate_error(
    pki: Pki, alert: str, tls12: bool, write: bool, asynchronous: bool
) -> None:
    """Each alert (TLS 1.3 delivers it on the first read after the handshake): a certificate
    error, not retried, saying nothing was sent, naming the certificate and the likely causes."""
    from link2prisma.cli.output import EXIT_CERTIFICATE, exit_code_for

    cert = refused_certificate(pki, alert)
    with refusing(pki, tls12) as srv:
        with pytest.raises(l2.Link2PrismaError) as info:
            attempt(
                srv.base_url, cert, write, asynchronous, ca_bundle=pki.ca_path, retry=RetryPolicy()
            )
        assert eventually(lambda: srv.counts.handshake_failures >= 1)
        time.sleep(0.2)  # a retry would have connected again by now
        assert srv.counts.accepted == 1 and srv.counts.handshake_failures == 1  # not retried
        assert srv.counts.requests == []
    error = info.value
    assert isinstance(error, l2.ClientCertificateRefusedError), repr(error)
    assert isinstance(error, l2.CertificateError) and exit_code_for(error) == EXIT_CERTIFICATE
    message = str(error)
    assert ALERTS[alert] in message and "nothing was sent" in message
    assert "may have been queued" not in message
    assert "not registered at the social secretariat" in message
    if cert is not None:
        assert cert.info.subject in message
        assert cert.info.serial_hex in message and cert.info.serial_decimal in message
    else:
        assert "none was presented" in message and "--cert" in message


@both
def test_a_server_certificate_that_does_not_verify_is_not_retried_and_names_the_ca_setting(
    pki: Pki, write: bool, asynchronous: bool
) -> None:
    """With the default retry policy (5 attempts): one handshake, and the hint to trust the
    secretariat's CA."""
    with serving(pki.server_context()) as srv:
        with pytest.raises(l2.ServerCertificateError) as info:
            attempt(srv.base_url, None, write, asynchronous, retry=RetryPolicy())  # certifi only
        time.sleep(0.2)  # a retry would have connected again by now
        assert srv.counts.accepted == 1 and srv.counts.requests == []
    message = str(info.value)
    for hint in ("--ca-bundle", "L2P_CA_BUNDLE", "ca_bundle="):
        assert hint in message
    assert "nothing was sent" in message and f"127.0.0.1:{srv.server_address[1]}" in message


def test_the_cli_reports_a_refused_client_certificate_with_exit_3(pki: Pki, tmp_path: Path) -> None:
    """The one line a new user reads: the alert, nothing sent, the certificate's serial in hex
    and decimal as the portals show it, and the likely causes."""
    from typer.testing import CliRunner

    from link2prisma.cli.app import app
    from link2prisma.cli.output import EXIT_CERTIFICATE

    stranger = CA().issue_client("integrator", uid="integrator")
    pfx = stranger.write_pkcs12(tmp_path / "stranger.pfx", b"pw")
    cert = Certificate.from_pkcs12(pfx, password="pw")
    with refusing(pki, tls12=False) as srv:
        env = {
            "L2P_BASE_URL": srv.base_url,
            "L2P_CERT": str(pfx),
            "L2P_CERT_PASSWORD": "pw",
            "L2P_EMPLOYER": "999014",
            "L2P_CA_BUNDLE": str(pki.ca_path),
            "L2P_KEY": None,
            "L2P_PROFILE": None,
            "L2P_CONFIG": None,
            "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        }
        result = CliRunner(env=env).invoke(app, ["exists", "85073003328"])
        assert srv.counts.accepted == 1 and srv.counts.requests == []
    assert result.exit_code == EXIT_CERTIFICATE, result.output
    line = " ".join(result.output.split())
    assert "TLSV1_ALERT_UNKNOWN_CA" in line and "nothing was sent" in line
    assert cert.info.serial_hex in line and cert.info.serial_decimal in line
    assert "not registered at the social secretariat" in line
