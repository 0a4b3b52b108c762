"""Everything TLS, in one place: the client's SSLContext, whom it trusts, and TLS failures.

Why this module exists: the client context used to be built in two places (the client without a
certificate, :meth:`Certificate.ssl_context` with one) that loaded ``ca_bundle`` differently, so
DER bytes or a CA directory worked with a certificate and crashed without one; and the PKCS#12
sniffing was written twice, with two answers for the same bytes. Like httpx's one
``create_ssl_context``, there is now one function that builds a client context
(:func:`client_context`), one that loads the trust (:func:`load_trust`), one that says whether
bytes are a PKCS#12 file (:func:`looks_like_pkcs12`), and the classification of TLS failures
that the transport turns into :class:`~link2prisma.TLSError`.

Users: :mod:`link2prisma._client` (the clients' context), :mod:`link2prisma.certificate`
(:meth:`Certificate.ssl_context`, the PKCS#12 check), :mod:`link2prisma.cli.config` (which
loader a certificate file needs) and :mod:`link2prisma._transport` (typed TLS errors, no retry
of a server certificate that does not verify).

The client's private key never passes through here as bytes: the certificate hands itself to
OpenSSL (:mod:`link2prisma._keyfile`, never unencrypted on disk).
"""

from __future__ import annotations

import os
import re
import ssl
from typing import TYPE_CHECKING, TypeAlias

from ._exceptions import ConfigurationError

if TYPE_CHECKING:
    from .certificate import Certificate

__all__ = [
    "CLIENT_CERTIFICATE_ALERTS",
    "MINIMUM_VERSION",
    "CaBundle",
    "client_certificate_refusal",
    "client_context",
    "is_tls_failure",
    "is_tls_refusal",
    "is_verification_failure",
    "load_trust",
    "looks_like_pkcs12",
    "tls_failure_reason",
]

#: Whom to trust for the server: ``None`` (certifi, else the system's store), a PEM file, a
#: directory of hashed certificates (OpenSSL ``capath``, ``c_rehash`` names), or the
#: certificates themselves as PEM or DER ``bytes``.
CaBundle: TypeAlias = str | os.PathLike[str] | bytes | None

#: The oldest TLS version the client speaks.
MINIMUM_VERSION = ssl.TLSVersion.TLSv1_2

_PEM_CERTIFICATE = re.compile(
    rb"-----BEGIN CERTIFICATE-----\r?\n.+?\r?\n-----END CERTIFICATE-----", re.DOTALL
)


# --- the context ----------------------------------------------------------------------------


def client_context(
    certificate: Certificate | None = None, ca_bundle: CaBundle = None
) -> ssl.SSLContext:
    """A new client :class:`ssl.SSLContext`: the one place where one is built.

    TLS 1.2 or newer, host names checked, server certificate required, the server trusted from
    ``ca_bundle`` (see :data:`CaBundle`) and, with ``certificate``, that client certificate
    presented (its key handed to OpenSSL without reaching a disk unencrypted).

    Raises :class:`~link2prisma.ConfigurationError` when ``ca_bundle`` cannot be loaded, and
    what :meth:`Certificate.ssl_context` documents for an unusable certificate.
    """
    if certificate is not None:
        certificate._check_usable()  # before any work: an expired certificate says so first
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = MINIMUM_VERSION
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    load_trust(ctx, ca_bundle)
    if certificate is not None:
        certificate._present_on(ctx)
    return ctx


def load_trust(ctx: ssl.SSLContext, ca_bundle: CaBundle) -> None:
    """Load whom to trust into ``ctx``; every form of :data:`CaBundle` is accepted.

    PEM bytes are reduced to their ``CERTIFICATE`` blocks (a bundle's comments may be UTF-8,
    which :meth:`ssl.SSLContext.load_verify_locations` refuses); other bytes are DER.
    Raises :class:`~link2prisma.ConfigurationError` naming the bundle when it cannot be read.
    """
    if ca_bundle is None:
        try:
            import certifi
        except ImportError:
            ctx.load_default_certs(ssl.Purpose.SERVER_AUTH)
        else:
            ctx.load_verify_locations(cafile=certifi.where())
        return
    raw: bytes | None = None
    if isinstance(ca_bundle, (bytes, bytearray, memoryview)):
        raw, where = bytes(ca_bundle), "<CA bundle given as bytes>"
    else:
        where = os.fspath(ca_bundle)
    try:
        if raw is not None and b"-----BEGIN" in raw:
            blocks = _PEM_CERTIFICATE.findall(raw)
            if not blocks:
                raise ValueError("it holds no PEM certificate")
            ctx.load_verify_locations(cadata=b"\n".join(blocks).decode("ascii"))
        elif raw is not None:
            ctx.load_verify_locations(cadata=raw)
        elif os.path.isdir(where):
            ctx.load_verify_locations(capath=where)
        else:
            ctx.load_verify_locations(cafile=where)
    except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
        raise ConfigurationError(f"{where}: cannot load the CA bundle: {_os_reason(exc)}") from None


# --- PKCS#12 --------------------------------------------------------------------------------


def looks_like_pkcs12(data: bytes) -> bool:
    """Whether ``data`` starts like a PKCS#12 (``.pfx``/``.p12``) file (RFC 7292).

    A PFX is ``SEQUENCE { version INTEGER (3), authSafe, macData OPTIONAL }``: the bytes start
    with ``0x30``, a length (short or long form, or BER's indefinite ``0x80``, which some
    Windows and Java tools write), then ``02 01 03``. A certificate's first element is a
    SEQUENCE, a PKCS#8 or traditional key's an INTEGER 0 or 1: none of them pass. A definite
    length longer than ``data`` (a truncated file) does not pass either.
    """
    if len(data) < 5 or data[0] != 0x30:
        return False
    first = data[1]
    if first < 0x80:
        length, offset = first, 2
    elif first == 0x80:  # BER indefinite length: the content runs to an end-of-contents mark
        length, offset = None, 2
    else:
        count = first & 0x7F
        if count > 4 or len(data) < 2 + count:
            return False
        length = int.from_bytes(data[2 : 2 + count], "big")
        offset = 2 + count
    if length is not None and (length < 3 or offset + length > len(data)):
        return False
    return data[offset : offset + 3] == b"\x02\x01\x03"


# --- TLS failures ---------------------------------------------------------------------------


def is_verification_failure(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) is a server certificate that did not verify.

    Such a failure is final: the same certificate will not verify on the next attempt.
    """
    return any(isinstance(e, ssl.SSLCertVerificationError) for e in _ssl_errors(exc))


#: The alerts a server sends when it refuses the client certificate, as OpenSSL names them
#: when the client receives them, with what each usually means.
CLIENT_CERTIFICATE_ALERTS = {
    "TLSV13_ALERT_CERTIFICATE_REQUIRED": "certificate required: no client certificate was sent",
    "SSLV3_ALERT_BAD_CERTIFICATE": "bad certificate",
    "TLSV1_ALERT_UNKNOWN_CA": "unknown CA: the server does not trust the certificate's issuer",
    "SSLV3_ALERT_CERTIFICATE_EXPIRED": "certificate expired",
    "SSLV3_ALERT_CERTIFICATE_REVOKED": "certificate revoked",
    "SSLV3_ALERT_CERTIFICATE_UNKNOWN": "certificate unknown",
    "SSLV3_ALERT_UNSUPPORTED_CERTIFICATE": "unsupported certificate (its key usage?)",
    "TLSV1_ALERT_ACCESS_DENIED": "access denied",
    "TLSV1_ALERT_DECRYPT_ERROR": "decrypt error: the certificate's signature did not verify",
}


def _ssl_errors(exc: BaseException) -> list[ssl.SSLError]:
    """The :class:`ssl.SSLError` s in ``exc``'s chain (httpx wraps them; bounded walk)."""
    found: list[ssl.SSLError] = []
    seen: BaseException | None = exc
    for _ in range(6):
        if seen is None:
            break
        if isinstance(seen, ssl.SSLError):
            found.append(seen)
        seen = seen.__cause__ or seen.__context__
    return found


def client_certificate_refusal(exc: BaseException) -> str | None:
    """The alert (``TLSV1_ALERT_UNKNOWN_CA`` ...) by which the server refused the client
    certificate, when ``exc`` is such a refusal; None otherwise.

    With TLS 1.2 it ends the handshake (a connect error); with TLS 1.3 the client finishes its
    side of the handshake first and learns of the refusal on its first read (a read error).
    Either way the server never processed a request on that connection.
    """
    for e in _ssl_errors(exc):
        reason = getattr(e, "reason", None)
        if reason in CLIENT_CERTIFICATE_ALERTS:
            return str(reason)
    return None


def is_tls_refusal(exc: BaseException) -> bool:
    """Whether ``exc`` is a final TLS refusal: a server certificate that does not verify, or
    a TLS alert from the server (``..._ALERT_...``). Such failures repeat on every attempt."""
    if is_verification_failure(exc):
        return True
    return any("_ALERT_" in str(getattr(e, "reason", "") or "") for e in _ssl_errors(exc))


def is_tls_failure(exc: BaseException) -> bool:
    """Whether a failure to connect was the TLS handshake (either side refusing, an alert):
    ``exc`` or its cause is an :class:`ssl.SSLError`, or its message names SSL or a
    certificate (httpx's connect errors sometimes carry only the text)."""
    cause = exc.__cause__ or exc.__context__
    if isinstance(exc, ssl.SSLError) or isinstance(cause, ssl.SSLError):
        return True
    text = str(exc)
    return "SSL" in text or "certificate" in text


def tls_failure_reason(exc: BaseException) -> str:
    """The short reason of a TLS failure, for the message (``CERTIFICATE_VERIFY_FAILED``,
    ``TLSV13_ALERT_CERTIFICATE_REQUIRED`` ...): OpenSSL's reason code when there is one."""
    for e in (exc, exc.__cause__, exc.__context__):
        if isinstance(e, ssl.SSLError):
            return getattr(e, "reason", None) or type(e).__name__
    return str(exc)[:120]


def _os_reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None)
    return str(reason or exc)
