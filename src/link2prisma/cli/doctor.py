"""``link2prisma doctor``: is this machine ready to talk to its secretariat's Link2Prisma?

The first day against a real deployment fails in a handful of ways (a certificate that has
expired or lost its key, a CA file that is not the server's, a URL without
``/link2prisma.svc``, a certificate the secretariat has not registered, an employer the
certificate's user has no rights for), and each used to surface as a different, late error.
The doctor checks them in order, like ``gh auth status``: one line per check, a hint on each
failure, ``--json`` for scripts, and a non-zero exit code (the documented one of the first
failing check) when one fails. A check that needs an earlier one that failed is skipped.

The only request it sends is a synchronous ``workerExists`` (a read, answered at once, never
queued) for a dummy national register number, to prove the employer's rights.
"""

from __future__ import annotations

import socket
import ssl
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

import typer

from .._exceptions import (
    AuthenticationError,
    CertificateError,
    CertificatePasswordError,
    ConfigurationError,
    HTTPStatusError,
    Link2PrismaError,
    NotFoundError,
    PermissionDeniedError,
    TransportError,
)
from .._tls import client_context, is_verification_failure, load_trust, tls_failure_reason
from ..certificate import EXPIRY_WARNING_DAYS
from .config import ENV_VARS, GlobalOptions, Settings, load_certificate
from .output import (
    EXIT_CERTIFICATE,
    EXIT_CONNECTION,
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    exit_code_for,
    guarded,
)

if TYPE_CHECKING:
    from ..certificate import Certificate

__all__ = ["DUMMY_INSS", "Check", "doctor", "url_problem"]

#: The national register number asked about to prove the employer's rights: 11 digits that pass
#: the mod-97 check with a birth date of 00.00.00 (no real person's date) and serial 001. Only
#: whether the call is allowed is looked at, never the answer.
DUMMY_INSS = "00000000196"
#: Seconds to wait for the TCP connection and the TLS handshake.
CONNECT_TIMEOUT = 10.0
#: Seconds to wait, after the handshake, for a TLS 1.3 server's refusal of the client
#: certificate (it comes after the handshake, as an alert). Silence means accepted; the rights
#: check that follows would see a late refusal anyway.
ALERT_WAIT = 1.0
SUFFIX = "/link2prisma.svc"

Status = Literal["ok", "warn", "fail", "skip"]
_MARK: dict[str, str] = {"ok": "ok  ", "warn": "warn", "fail": "FAIL", "skip": "skip"}


@dataclass
class Check:
    """One line of the diagnosis: what was checked, how it went, and what to do about it."""

    name: str
    status: Status
    detail: str
    hint: str | None = None
    exit_code: int = EXIT_OK

    @property
    def failed(self) -> bool:
        return self.status == "fail"


def _fail(name: str, detail: str, hint: str, code: int) -> Check:
    return Check(name, "fail", detail, hint, code)


def _skip(name: str, why: str) -> Check:
    return Check(name, "skip", why)


def _setting(name: str) -> str:
    return f"--{name.replace('_', '-')} or {ENV_VARS[name]} (or a profile's {name})"


# --- the checks ---------------------------------------------------------------------------------


def check_certificate(settings: Settings) -> tuple[Check, Certificate | None]:
    """The client certificate: readable, its key belongs to it, valid now, days left."""
    name = "certificate"
    if settings.cert is None:
        return _fail(
            name, "no client certificate given", f"give {_setting('cert')}", EXIT_USAGE
        ), None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            cert = load_certificate(
                settings.cert,
                settings.key,
                settings.password,
                check_validity=False,
                check_key=False,
            )
    except CertificatePasswordError as exc:
        return _fail(
            name,
            str(exc),
            "give the password with --password-file FILE or L2P_CERT_PASSWORD",
            EXIT_CERTIFICATE,
        ), None
    except (CertificateError, CliError) as exc:
        hint = "a .pfx/.p12 file, or a PEM certificate with --key / L2P_KEY for its key"
        return _fail(name, str(exc), hint, EXIT_CERTIFICATE), None
    info = cert.info
    what = (
        f"{info.subject}, serial {info.serial_hex_plain} ({info.serial_decimal}), "
        f"valid until {info.not_after:%Y-%m-%d}"
    )
    if info.key_matches is False:
        return _fail(
            name,
            f"{what}: the private key does not belong to it",
            "give the key file that was made with this certificate (--key / L2P_KEY), or the "
            ".pfx the secretariat delivered",
            EXIT_CERTIFICATE,
        ), cert
    if info.expired:
        return _fail(
            name,
            f"{what}: it has expired",
            "ask Sodeco for a new certificate and register it at the secretariat",
            EXIT_CERTIFICATE,
        ), cert
    if info.not_yet_valid:
        return _fail(
            name,
            f"{what}: not valid before {info.not_before:%Y-%m-%d %H:%M} UTC",
            "wait until then, or check this machine's clock",
            EXIT_CERTIFICATE,
        ), cert
    detail = f"{what} ({info.days_left} days left), key matches"
    if info.days_left < EXPIRY_WARNING_DAYS:
        return Check(
            name, "warn", detail, "it expires soon: ask Sodeco for a new certificate now"
        ), cert
    return Check(name, "ok", detail), cert


def check_ca_bundle(settings: Settings) -> Check:
    """The CA bundle that should verify the server: readable and holding certificates."""
    name = "ca bundle"
    if settings.ca_bundle is None:
        return Check(
            name,
            "ok",
            "none given: the server is verified against the public CAs (certifi, or the system)",
        )
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        load_trust(ctx, settings.ca_bundle)
    except ConfigurationError as exc:
        return _fail(
            name,
            str(exc),
            f"give the PEM file of the CA that signed the server's certificate: "
            f"{_setting('ca_bundle')}",
            EXIT_USAGE,
        )
    count = ctx.cert_store_stats().get("x509_ca", 0)
    if Path(settings.ca_bundle).is_dir():
        return Check(name, "ok", f"{settings.ca_bundle}: a directory of hashed CA certificates")
    if count == 0:
        return _fail(
            name,
            f"{settings.ca_bundle}: holds no CA certificate",
            "give the CA's certificate (CA:TRUE), not the server's own",
            EXIT_USAGE,
        )
    return Check(name, "ok", f"{settings.ca_bundle}: {count} CA certificate(s)")


def url_problem(url: str) -> str | None:
    """What is wrong with the shape of a base URL, or None (no request is made)."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        return f"not a URL ({exc})"
    if not parts.scheme:
        return "it has no scheme: it must start with https://"
    if parts.scheme.lower() != "https":
        return f"the scheme is {parts.scheme}://: Link2Prisma is served over https:// only"
    if not parts.hostname:
        return "it names no host"
    if parts.query or parts.fragment:
        return "it has a query or fragment: give the service's address only"
    if not parts.path.rstrip("/").lower().endswith(SUFFIX):
        return f"it does not end with {SUFFIX} (the service's address)"
    return None


def check_url(settings: Settings) -> Check:
    """The base URL's shape: https, a host, ending with ``/link2prisma.svc``."""
    name = "url"
    url = settings.base_url
    if not url:
        return _fail(name, "no service URL given", f"give {_setting('base_url')}", EXIT_USAGE)
    problem = url_problem(url)
    if problem is not None:
        example = "https://HOST/link2prisma.svc (or https://HOST/PATH/link2prisma.svc)"
        return _fail(
            name,
            f"{url}: {problem}",
            f"set {_setting('base_url')} to the address the secretariat gave, like {example}",
            EXIT_USAGE,
        )
    return Check(name, "ok", url)


def _hostport(url: str) -> tuple[str, int]:
    parts = urlsplit(url.strip())
    return str(parts.hostname), parts.port or 443


def check_tls(settings: Settings, cert: Certificate) -> Check:
    """A TCP connection and a TLS handshake presenting the certificate; then, briefly, whether
    the server refuses the certificate after the handshake (TLS 1.3 says so only then)."""
    name = "tls"
    host, port = _hostport(str(settings.base_url))
    where = f"{host}:{port}"
    try:
        ctx = client_context(cert, settings.ca_bundle)
    except Link2PrismaError as exc:
        return _fail(name, str(exc), "see the certificate and ca bundle lines", exit_code_for(exc))
    try:
        raw = socket.create_connection((host, port), timeout=CONNECT_TIMEOUT)
    except socket.gaierror as exc:
        return _fail(
            name,
            f"{host}: host not found ({exc.strerror})",
            f"check the host name in {_setting('base_url')}",
            EXIT_USAGE,
        )
    except (TimeoutError, OSError) as exc:
        reason = "timed out" if isinstance(exc, TimeoutError) else exc.strerror or str(exc)
        return _fail(
            name,
            f"cannot connect to {where}: {reason}",
            f"check the host and port in {_setting('base_url')}, and that a firewall or proxy "
            "lets this machine reach it",
            EXIT_CONNECTION,
        )
    with raw:
        try:
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                version = tls.version()
                peer = tls.getpeercert() or {}
                refused = _refused_after_handshake(tls)
        except ssl.SSLError as exc:
            return _tls_failure(name, where, exc)
        except OSError as exc:
            return _fail(
                name,
                f"{where}: the connection broke during the TLS handshake ({exc})",
                "the server may not speak TLS on this port: check the URL's port",
                EXIT_CONNECTION,
            )
    if refused is not None:
        return _tls_failure(name, where, refused)
    until = peer.get("notAfter", "?")
    return Check(
        name,
        "ok",
        f"{where}: {version}, server certificate verified (valid until {until}), "
        "client certificate accepted",
    )


def _refused_after_handshake(tls: ssl.SSLSocket) -> ssl.SSLError | None:
    """The alert a TLS 1.3 server sends when it refuses the client certificate, if one comes
    within :data:`ALERT_WAIT` seconds (nothing is sent: only a read is attempted)."""
    if tls.version() != "TLSv1.3":
        return None  # TLS 1.2 refuses inside the handshake
    tls.settimeout(ALERT_WAIT)
    try:
        tls.recv(1)
    except ssl.SSLError as exc:
        return exc
    except OSError:
        return None  # silence (timeout) or a close: no refusal seen
    return None


def _tls_failure(name: str, where: str, exc: BaseException) -> Check:
    reason = tls_failure_reason(exc)
    if is_verification_failure(exc):
        detail = getattr(exc, "verify_message", None) or reason
        return _fail(
            name,
            f"{where}: the server's certificate does not verify ({detail})",
            f"give the CA that signed it with {_setting('ca_bundle')} (the library's ca_bundle=)",
            EXIT_CONNECTION,
        )
    upper = reason.upper()
    if any(word in upper for word in ("UNKNOWN_CA", "BAD_CERTIFICATE", "CERTIFICATE_REQUIRED")):
        return _fail(
            name,
            f"{where}: the server refused the client certificate ({reason})",
            "the certificate is not (yet) registered for this service at the secretariat, or "
            "it is another certificate than the one registered: compare its serial with the "
            "portal's",
            EXIT_CERTIFICATE,
        )
    return _fail(
        name,
        f"{where}: the TLS handshake failed ({reason})",
        "check that the URL is the service's https address",
        EXIT_CONNECTION,
    )


def check_employer(settings: Settings, cert: Certificate) -> Check:
    """The employer's rights: a synchronous ``workerExists`` must be allowed."""
    from .._client import Link2Prisma
    from .._retry import RetryPolicy

    name = "employer"
    employer = settings.employer
    if not employer:
        return _fail(name, "no employer given", f"give {_setting('employer')}", EXIT_USAGE)
    try:
        with Link2Prisma(
            str(settings.base_url),
            certificate=cert,
            ca_bundle=settings.ca_bundle,
            retry=RetryPolicy(attempts=1),
            timeout=CONNECT_TIMEOUT,
        ) as l2p:
            l2p.employer(employer).worker_exists(DUMMY_INSS)
    except PermissionDeniedError:
        return _fail(
            name,
            f"employer {employer}: the certificate's user has no rights for it (HTTP 403)",
            "check the employer's external number, or ask the secretariat to grant the "
            "certificate's user this employer",
            EXIT_FAILED,
        )
    except AuthenticationError:
        return _fail(
            name,
            f"employer {employer}: the service did not accept the certificate (HTTP 401)",
            "ask the secretariat to register the certificate (its serial is on the first line)",
            EXIT_CERTIFICATE,
        )
    except NotFoundError:
        return _fail(
            name,
            f"{settings.base_url}: no Link2Prisma service there (HTTP 404 on workerExists)",
            f"check the path of {_setting('base_url')}: it ends with {SUFFIX}",
            EXIT_USAGE,
        )
    except (HTTPStatusError, TransportError, Link2PrismaError) as exc:
        return _fail(
            name,
            f"employer {employer}: workerExists failed: {exc}",
            "run again with --debug for the whole exchange",
            exit_code_for(exc),
        )
    return Check(name, "ok", f"employer {employer}: rights confirmed (workerExists answered)")


def diagnose(opts: GlobalOptions) -> list[Check]:
    """Every check, in order; a check whose prerequisite failed is skipped."""
    try:
        settings = opts.settings()
    except CliError as exc:
        return [_fail("settings", str(exc), "fix the config file or profile", exc.code)]
    checks: list[Check] = []
    cert_check, cert = check_certificate(settings)
    checks.append(cert_check)
    ca_check = check_ca_bundle(settings)
    checks.append(ca_check)
    url_check = check_url(settings)
    checks.append(url_check)
    ready = cert is not None and not cert_check.failed and not ca_check.failed
    if not (ready and not url_check.failed):
        checks.append(_skip("tls", "needs a usable certificate, CA bundle and URL"))
        checks.append(_skip("employer", "needs a TLS connection"))
        return checks
    assert cert is not None
    tls_check = check_tls(settings, cert)
    checks.append(tls_check)
    if tls_check.failed:
        checks.append(_skip("employer", "needs a TLS connection"))
    else:
        checks.append(check_employer(settings, cert))
    return checks


@guarded
def doctor(ctx: typer.Context) -> None:
    """Check the certificate, the CA bundle, the URL, the TLS handshake and the employer's
    rights, one line each, with a hint for each failure.

    The only request sent is a synchronous workerExists for a dummy national register number
    (nothing is queued or changed). The exit code is 0 when every check passes (a certificate
    expiring within 30 days is a warning), else the documented code of the first failure.
    """
    opts: GlobalOptions = ctx.obj
    out = opts.output
    checks = diagnose(opts)
    failed = [c for c in checks if c.failed]
    if out.json_mode:
        out.json(
            {
                "ok": not failed,
                "checks": [
                    {k: v for k, v in asdict(c).items() if k != "exit_code"} for c in checks
                ],
            }
        )
    else:
        width = max(len(c.name) for c in checks)
        for c in checks:  # no rich markup: URLs and OpenSSL reasons may hold brackets
            out.console.print(
                f"{_MARK[c.status]} {c.name.ljust(width)}  {c.detail}", markup=False, soft_wrap=True
            )
            if c.hint:
                pad = " " * (width + 5)
                out.console.print(f"{pad}  hint: {c.hint}", markup=False, soft_wrap=True)
    if failed:
        raise typer.Exit(failed[0].exit_code or EXIT_FAILED)
