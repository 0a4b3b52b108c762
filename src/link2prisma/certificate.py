"""The client certificate that identifies this program to Link2Prisma (mutual TLS).

Sodeco issues each integrator a client certificate, usually as a password-protected ``.pfx``
(PKCS#12) file. Load it once and build one :class:`ssl.SSLContext` per HTTP client::

    from link2prisma.certificate import Certificate

    cert = Certificate.from_pkcs12("sodeco.pfx", password=os.environ["L2P_PFX_PASSWORD"])
    print(cert.info.user_name, cert.info.not_after)
    client = httpx.Client(verify=cert.ssl_context())

Everything that can be wrong with the certificate is found while loading, before any
connection, and raised as a typed :class:`~link2prisma.CertificateError`: a wrong or missing
password, a key that does not belong to the certificate, a file that is missing or is not a
certificate, a certificate that has expired or is not valid yet.

The private key stays in this process's memory as a ``cryptography`` object. It is never
written to disk unencrypted, never logged, and never shown by ``repr``: see
:mod:`link2prisma._keyfile` for how it is handed to OpenSSL.
"""

from __future__ import annotations

import logging
import os
import ssl
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NoReturn, TypeAlias

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from link2prisma import _keyfile, _tls
from link2prisma._exceptions import (
    CertificateError,
    CertificateExpiredError,
    CertificateKeyMismatchError,
    CertificateNotYetValidError,
    CertificatePasswordError,
)
from link2prisma._tls import CaBundle, looks_like_pkcs12

__all__ = [
    "EXPIRY_WARNING_DAYS",
    "Certificate",
    "CertificateExpiryWarning",
    "CertificateInfo",
    "describe",
    "read_certificates",
]

logger = logging.getLogger("link2prisma.certificate")

#: A certificate with less than this many days left warns when it is loaded.
EXPIRY_WARNING_DAYS = 30

#: Files bigger than this are not certificates; refusing them keeps ``/dev/zero`` from hanging.
_MAX_FILE_SIZE = 16 * 1024 * 1024

#: The private key types OpenSSL can use for a TLS client certificate.
_ClientKey: TypeAlias = (
    rsa.RSAPrivateKey
    | ec.EllipticCurvePrivateKey
    | ed25519.Ed25519PrivateKey
    | ed448.Ed448PrivateKey
    | dsa.DSAPrivateKey
)


class CertificateExpiryWarning(UserWarning):
    """The client certificate expires soon (within :data:`EXPIRY_WARNING_DAYS` days)."""


@dataclass(frozen=True)
class CertificateInfo:
    """What a client certificate says about itself; nothing here is secret.

    Made by :attr:`Certificate.info` or :func:`describe` (a certificate without its key), and
    what ``link2prisma cert inspect`` shows. ``subject``, ``common_name`` and ``user_name`` can
    hold a person's name: do not log them.
    """

    #: The subject distinguished name, RFC 4514 (``"CN=Jane Doe,O=Acme"``).
    subject: str
    #: The subject's first commonName (CN), or ``None`` if it has none.
    common_name: str | None
    #: The user name the certificate carries, which must exist in Prisma: the subject's
    #: ``UID`` attribute (OID 0.9.2342.19200300.100.1.1) if it has one, else its CN.
    user_name: str | None
    #: The issuer distinguished name, RFC 4514.
    issuer: str
    #: Start of the validity period (aware, UTC).
    not_before: datetime
    #: End of the validity period (aware, UTC).
    not_after: datetime
    #: Whole days left until ``not_after`` when ``info`` was read; negative once expired.
    days_left: int
    #: The serial number as an integer.
    serial_number: int
    #: The serial number as upper-case hex byte pairs joined by ``:`` (``"0A:1B:2C"``).
    serial_hex: str
    #: The serial number as plain upper-case hex, no separators (``"0A1B2C"``).
    serial_hex_plain: str
    #: The certificate's key: ``"RSA"``, ``"EC"``, ``"Ed25519"``, ``"Ed448"`` or ``"DSA"``
    #: (another algorithm: its class name).
    key_type: str
    #: Key size in bits (the curve's size for EC; 256 for Ed25519, 456 for Ed448; 0 unknown).
    key_size: int
    #: Whether the private key belongs to the certificate; ``None`` when described without one.
    key_matches: bool | None
    #: SHA-256 of the certificate's DER encoding, lower-case hex without separators.
    fingerprint_sha256: str
    #: When this was read (aware, UTC): ``days_left`` and the status are as of then.
    read_at: datetime = field(default_factory=lambda: _utcnow())

    @property
    def expired(self) -> bool:
        """Whether ``not_after`` had passed when ``info`` was read."""
        return self.days_left < 0

    @property
    def not_yet_valid(self) -> bool:
        """Whether ``not_before`` was still to come when ``info`` was read."""
        return self.read_at < self.not_before

    @property
    def serial_decimal(self) -> str:
        """The serial number in decimal, as the social-security portal shows it."""
        return str(self.serial_number)

    @property
    def status(self) -> str:
        """``"valid"``, ``"expired"``, ``"not yet valid"`` or ``"key does not match"``."""
        if self.expired:
            return "expired"
        if self.not_yet_valid:
            return "not yet valid"
        if self.key_matches is False:
            return "key does not match"
        return "valid"


class Certificate:
    """A client certificate with its private key, ready to build a mutual-TLS context.

    Build it with :meth:`from_pkcs12` or :meth:`from_pem`. The object is immutable and
    thread-safe; call :meth:`ssl_context` once per HTTP client.
    """

    __slots__ = ("_cert", "_chain", "_enforce_validity", "_key", "_key_matches", "_source")

    def __init__(
        self,
        certificate: x509.Certificate,
        private_key: _ClientKey,
        chain: Sequence[x509.Certificate] = (),
        *,
        check_validity: bool = True,
        check_key: bool = True,
        source: str = "<memory>",
    ) -> None:
        """Wrap an already loaded certificate and key; most callers want a ``from_*`` method.

        ``chain`` holds the intermediate certificates to send along (leaf excluded).
        ``source`` names where they came from, for error messages. With ``check_key=False``
        a key that does not match is accepted (``info.key_matches`` is then ``False`` and
        :meth:`ssl_context` raises); with ``check_validity=False`` an expired or not yet
        valid certificate is accepted, for inspection.
        """
        if not isinstance(private_key, _SUPPORTED_KEYS):
            raise CertificateError(
                f"{source}: unsupported private key type {type(private_key).__name__} "
                "(a TLS client key must be RSA, EC, Ed25519, Ed448 or DSA)"
            )
        self._cert = certificate
        self._key = private_key
        self._chain = tuple(chain)
        self._source = source
        self._key_matches = _public_der(private_key) == _cert_public_der(certificate)
        self._enforce_validity = check_validity
        if check_key and not self._key_matches:
            raise CertificateKeyMismatchError(
                f"{source}: the private key does not belong to the certificate "
                f"(serial {_serial_hex(certificate.serial_number)})"
            )
        if check_validity:
            self._check_validity(None, warn=True)

    # --- loading ----------------------------------------------------------------------------

    @classmethod
    def from_pkcs12(
        cls,
        source: str | os.PathLike[str] | bytes,
        password: bytes | str | None = None,
        *,
        check_validity: bool = True,
        check_key: bool = True,
    ) -> Certificate:
        """Load a PKCS#12 (``.pfx`` / ``.p12``) file, as Sodeco delivers it.

        ``source`` is a path, or the file's content as ``bytes``. ``password`` may be ``str``
        (encoded as UTF-8) or ``bytes``; ``None`` for a file without password (a password
        given for such a file is ignored).

        Raises :class:`~link2prisma.CertificatePasswordError` for a wrong or missing password,
        :class:`~link2prisma.CertificateError` for a missing file or one that is not PKCS#12
        or holds no key or no certificate, and the errors listed for :meth:`check_validity`
        (unless ``check_validity=False``).
        """
        data, name = _read_source(source, "PKCS#12 file")
        pw = _password_bytes(password)
        if not looks_like_pkcs12(data):
            hint = " (it looks like PEM: use Certificate.from_pem)" if b"-----BEGIN" in data else ""
            raise CertificateError(f"{name}: not a PKCS#12 (.pfx/.p12) file{hint}")
        try:
            loaded = _load_pkcs12(data, pw)
        except ValueError:
            # The outer structure is PKCS#12, so what failed is the password-based MAC or
            # decryption. The password is never part of the message.
            what = "is wrong" if pw else "is missing (this file needs one)"
            raise CertificatePasswordError(f"{name}: the PKCS#12 password {what}") from None
        except Exception as exc:  # unsupported algorithms and the like
            raise CertificateError(f"{name}: cannot read the PKCS#12 file: {exc}") from exc
        if loaded.key is None:
            raise CertificateError(f"{name}: the PKCS#12 file holds no private key")
        certs = [c.certificate for c in loaded.additional_certs]
        if loaded.cert is not None:
            certs.insert(0, loaded.cert.certificate)
        return cls._from_parts(certs, loaded.key, name, check_validity, check_key)

    @classmethod
    def from_pem(
        cls,
        cert_path: str | os.PathLike[str] | bytes,
        key_path: str | os.PathLike[str] | bytes | None = None,
        password: bytes | str | None = None,
        *,
        check_validity: bool = True,
        check_key: bool = True,
    ) -> Certificate:
        """Load a certificate (optionally followed by its chain) and its private key.

        Each argument is a path, or the content as ``bytes``. PEM is expected; DER is accepted
        too. ``key_path=None`` reads the key from ``cert_path``. The key may be encrypted
        (PKCS#8 or traditional OpenSSL); ``password`` decrypts it and is ignored for a key that
        is not encrypted. The leaf is the certificate that matches the key; the others are sent
        as its chain.

        Raises as :meth:`from_pkcs12` does, and
        :class:`~link2prisma.CertificateKeyMismatchError` when no certificate in the file
        belongs to the key.
        """
        cert_data, cert_name = _read_source(cert_path, "certificate file")
        if key_path is None:
            key_data, key_name = cert_data, cert_name
        else:
            key_data, key_name = _read_source(key_path, "key file")
        certs = _parse_certificates(cert_data, cert_name)
        key = _parse_private_key(key_data, key_name, _password_bytes(password))
        name = cert_name if key_name == cert_name else f"{cert_name} + {key_name}"
        return cls._from_parts(certs, key, name, check_validity, check_key)

    @classmethod
    def _from_parts(
        cls,
        certs: list[x509.Certificate],
        key: object,
        name: str,
        check_validity: bool,
        check_key: bool,
    ) -> Certificate:
        if not certs:
            raise CertificateError(f"{name}: holds no certificate")
        if not isinstance(key, _SUPPORTED_KEYS):
            raise CertificateError(
                f"{name}: unsupported private key type {type(key).__name__} "
                "(a TLS client key must be RSA, EC, Ed25519, Ed448 or DSA)"
            )
        key_der = _public_der(key)
        leaf = next((c for c in certs if _cert_public_der(c) == key_der), certs[0])
        chain = _order_chain(leaf, [c for c in certs if c is not leaf])
        return cls(
            leaf,
            key,
            chain,
            check_validity=check_validity,
            check_key=check_key,
            source=name,
        )

    # --- what it says -----------------------------------------------------------------------

    @property
    def info(self) -> CertificateInfo:
        """The certificate's details; ``days_left`` is computed now, at each read."""
        return describe(self._cert, key_matches=self._key_matches)

    @property
    def certificate(self) -> x509.Certificate:
        """The leaf certificate as a ``cryptography`` object (public data only)."""
        return self._cert

    @property
    def chain(self) -> tuple[x509.Certificate, ...]:
        """The intermediate certificates sent along with the leaf, leaf excluded."""
        return self._chain

    def public_pem(self, *, include_chain: bool = False) -> bytes:
        """The certificate (with its chain if asked) in PEM. Never the key."""
        certs = (self._cert, *self._chain) if include_chain else (self._cert,)
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)

    def public_der(self) -> bytes:
        """The certificate in DER. Never the key."""
        return self._cert.public_bytes(serialization.Encoding.DER)

    def check_validity(self, now: datetime | None = None) -> None:
        """Raise if the certificate is not valid at ``now`` (default: the current time).

        Raises :class:`~link2prisma.CertificateExpiredError` or
        :class:`~link2prisma.CertificateNotYetValidError`, both dates in the message. A
        certificate that expires within :data:`EXPIRY_WARNING_DAYS` days emits a
        :class:`CertificateExpiryWarning` and logs a warning on ``link2prisma.certificate``
        (days left and serial only). ``now`` must be timezone-aware; naive means UTC.
        """
        self._check_validity(now, warn=True)

    def _check_validity(self, now: datetime | None, *, warn: bool) -> None:
        if now is None:
            now = _utcnow()
        elif now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        not_before = self._cert.not_valid_before_utc
        not_after = self._cert.not_valid_after_utc
        serial = _serial_hex(self._cert.serial_number)
        period = f"valid from {_fmt(not_before)} to {_fmt(not_after)}"
        if now > not_after:
            raise CertificateExpiredError(
                f"{self._source}: the client certificate (serial {serial}) has expired: "
                f"{period}; now is {_fmt(now)}"
            )
        if now < not_before:
            raise CertificateNotYetValidError(
                f"{self._source}: the client certificate (serial {serial}) is not valid yet: "
                f"{period}; now is {_fmt(now)}"
            )
        left = not_after - now
        if warn and left < timedelta(days=EXPIRY_WARNING_DAYS):
            days = left.days
            warnings.warn(
                f"the client certificate (serial {serial}) expires in {days} day(s), "
                f"on {_fmt(not_after)}: ask Sodeco for a new one",
                CertificateExpiryWarning,
                stacklevel=_caller_stacklevel(),
            )
            logger.warning(
                "client certificate serial %s expires in %d day(s)",
                serial,
                days,
            )

    # --- TLS --------------------------------------------------------------------------------

    def ssl_context(self, ca_bundle: CaBundle = None) -> ssl.SSLContext:
        """Build a new client :class:`ssl.SSLContext` presenting this certificate.

        TLS 1.2 or newer, host names checked, server certificate required. The server is
        trusted from ``ca_bundle`` if given (a PEM file, a directory of hashed certificates,
        or PEM/DER ``bytes``), else from ``certifi`` if installed, else from the system's
        store. The key reaches OpenSSL without being written to disk unencrypted.

        Raises :class:`~link2prisma.ConfigurationError` when ``ca_bundle`` cannot be read,
        :class:`~link2prisma.CertificateKeyMismatchError` for a certificate loaded with
        ``check_key=False`` whose key does not match, and the validity errors for a certificate
        that has expired since it was loaded (unless it was loaded with
        ``check_validity=False``). The context is built by :func:`link2prisma._tls.client_context`,
        as the clients' is.
        """
        return _tls.client_context(self, ca_bundle)

    def _check_usable(self) -> None:
        """Raise if this certificate cannot be presented now (for ``_tls.client_context``)."""
        if not self._key_matches:
            raise CertificateKeyMismatchError(
                f"{self._source}: the private key does not belong to the certificate"
            )
        if self._enforce_validity:
            self._check_validity(None, warn=False)

    def _present_on(self, ctx: ssl.SSLContext) -> None:
        """Load this certificate, its chain and its key into ``ctx`` (``_tls.client_context``).

        The key goes through :mod:`link2prisma._keyfile`: never unencrypted on disk.
        """
        try:
            _keyfile.load_into(ctx, self.public_pem(include_chain=True), self._key)
        except ssl.SSLError as exc:
            reason = exc.reason or exc
            raise CertificateError(
                f"{self._source}: OpenSSL refused the client certificate or key: {reason}"
            ) from None

    # --- dunder -----------------------------------------------------------------------------

    def __repr__(self) -> str:
        cert = self._cert
        cn = _first_attribute(cert.subject, NameOID.COMMON_NAME)
        return (
            f"<Certificate CN={cn!r} serial={_serial_hex(cert.serial_number)} "
            f"not_after={_fmt(cert.not_valid_after_utc)}>"
        )

    def __reduce__(self) -> NoReturn:
        # Pickling would copy the private key out of this process's control.
        raise TypeError("Certificate objects hold a private key and cannot be pickled")


def describe(
    certificate: x509.Certificate,
    *,
    key_matches: bool | None = None,
    now: datetime | None = None,
) -> CertificateInfo:
    """What ``certificate`` says about itself, as of ``now`` (default: the current time).

    The one description of a certificate: :attr:`Certificate.info` and ``link2prisma cert
    inspect`` both use it. It needs no private key: ``key_matches`` says whether one was found
    to belong to the certificate (``None``: described without one, e.g. a ``.cer`` file).
    """
    cert = certificate
    if now is None:
        read_at = _utcnow()
    else:  # naive means UTC, as for check_validity
        read_at = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    not_after = cert.not_valid_after_utc
    common_name = _first_attribute(cert.subject, NameOID.COMMON_NAME)
    uid = _first_attribute(cert.subject, NameOID.USER_ID)
    key_type, key_size = _describe_key(cert)
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        common_name=common_name,
        user_name=uid if uid is not None else common_name,
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=not_after,
        days_left=(not_after - read_at).days,
        serial_number=cert.serial_number,
        serial_hex=_serial_hex(cert.serial_number),
        serial_hex_plain=_serial_hex(cert.serial_number, sep=""),
        key_type=key_type,
        key_size=key_size,
        key_matches=key_matches,
        fingerprint_sha256=cert.fingerprint(hashes.SHA256()).hex(),
        read_at=read_at,
    )


def read_certificates(source: str | os.PathLike[str] | bytes) -> list[x509.Certificate]:
    """The certificates of a PEM (one or more) or DER file, or of its content as ``bytes``,
    in file order; no private key is read. For looking at a public certificate (``.cer``).

    Raises :class:`~link2prisma.CertificateError` for a missing file or one that holds no
    certificate.
    """
    data, name = _read_source(source, "certificate file")
    return _parse_certificates(data, name)


# --- helpers --------------------------------------------------------------------------------

_SUPPORTED_KEYS = (
    rsa.RSAPrivateKey,
    ec.EllipticCurvePrivateKey,
    ed25519.Ed25519PrivateKey,
    ed448.Ed448PrivateKey,
    dsa.DSAPrivateKey,
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _caller_stacklevel() -> int:
    """The ``stacklevel`` for :func:`warnings.warn` that points at the first caller outside
    this module, however deep inside it the warning is raised (used by ``_check_validity``)."""
    frame = sys._getframe(2)  # the caller of _check_validity
    level = 2
    while frame is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def _fmt(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _serial_hex(serial: int, sep: str = ":") -> str:
    sign = "-" if serial < 0 else ""
    digits = format(abs(serial), "X")
    if len(digits) % 2:
        digits = "0" + digits
    return sign + sep.join(digits[i : i + 2] for i in range(0, len(digits), 2))


def _first_attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    for attribute in name.get_attributes_for_oid(oid):
        value = attribute.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return None


def _describe_key(cert: x509.Certificate) -> tuple[str, int]:
    """``(type, size in bits)`` of the certificate's public key."""
    try:
        key = cert.public_key()
    except (ValueError, UnsupportedAlgorithm):
        return "unknown", 0
    if isinstance(key, rsa.RSAPublicKey):
        return "RSA", key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey):
        return "EC", key.curve.key_size
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519", 256
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448", 456
    if isinstance(key, dsa.DSAPublicKey):
        return "DSA", key.key_size
    return type(key).__name__, 0


def _public_der(key: _ClientKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _cert_public_der(cert: x509.Certificate) -> bytes:
    try:
        return cert.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    except (ValueError, UnsupportedAlgorithm):
        return b""


def _order_chain(
    leaf: x509.Certificate, others: list[x509.Certificate]
) -> tuple[x509.Certificate, ...]:
    """Order ``others`` from the leaf's issuer upwards; what is not on the path goes last."""
    ordered: list[x509.Certificate] = []
    current = leaf
    remaining = list(others)
    while True:
        parent = next(
            (c for c in remaining if c.subject == current.issuer and c.subject != current.subject),
            None,
        )
        if parent is None:
            break
        ordered.append(parent)
        remaining.remove(parent)
        current = parent
    return tuple(ordered + remaining)


def _password_bytes(password: bytes | str | None) -> bytes | None:
    if password is None:
        return None
    if isinstance(password, str):
        return password.encode("utf-8")
    return bytes(password)


def _read_source(source: str | os.PathLike[str] | bytes, what: str) -> tuple[bytes, str]:
    """Return ``(content, name for messages)``; ``bytes`` are the content itself."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), f"<{what} given as bytes>"
    path = Path(source)
    name = str(path)
    try:
        with path.open("rb") as f:
            data = f.read(_MAX_FILE_SIZE + 1)
    except FileNotFoundError:
        raise CertificateError(f"{name}: {what} not found") from None
    except IsADirectoryError:
        raise CertificateError(f"{name}: is a directory, not a {what}") from None
    except PermissionError:
        raise CertificateError(f"{name}: no permission to read the {what}") from None
    except OSError as exc:
        raise CertificateError(f"{name}: cannot read the {what}: {exc.strerror}") from None
    if len(data) > _MAX_FILE_SIZE:
        raise CertificateError(f"{name}: too big to be a {what}")
    if not data:
        raise CertificateError(f"{name}: the {what} is empty")
    return data, name


def _load_pkcs12(data: bytes, password: bytes | None) -> pkcs12.PKCS12KeyAndCertificates:
    """Load with ``password``; a file without password loads whatever password is given."""
    try:
        return pkcs12.load_pkcs12(data, password)
    except ValueError:
        if not password:
            raise
        try:
            return pkcs12.load_pkcs12(data, None)
        except ValueError:
            pass
        raise


def _parse_certificates(data: bytes, name: str) -> list[x509.Certificate]:
    if b"-----BEGIN" in data:
        if b"CERTIFICATE-----" not in data:
            raise CertificateError(f"{name}: holds no PEM certificate")
        try:
            return x509.load_pem_x509_certificates(data)
        except ValueError as exc:
            raise CertificateError(f"{name}: not a valid PEM certificate: {exc}") from None
    try:
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise CertificateError(f"{name}: not a certificate (neither PEM nor DER)") from None


def _parse_private_key(data: bytes, name: str, password: bytes | None) -> object:
    pem = b"-----BEGIN" in data
    if pem and b"PRIVATE KEY-----" not in data:
        raise CertificateError(f"{name}: holds no PEM private key")
    encrypted = b"ENCRYPTED" in data if pem else False
    load = serialization.load_pem_private_key if pem else serialization.load_der_private_key
    if pem and not encrypted:
        password = None  # a password for a key that needs none is harmless: ignore it
    try:
        return load(data, password)
    except TypeError:
        if password is None:
            raise CertificatePasswordError(
                f"{name}: the private key is encrypted and no password was given"
            ) from None
        # A DER key that is not encrypted, given a password: load it without.
        try:
            return load(data, None)
        except (TypeError, ValueError):
            raise CertificateError(f"{name}: not a valid private key") from None
    except ValueError:
        if encrypted or (not pem and password is not None):
            raise CertificatePasswordError(f"{name}: the private key password is wrong") from None
        raise CertificateError(f"{name}: not a valid private key") from None
    except Exception as exc:  # unsupported algorithm and the like
        raise CertificateError(f"{name}: cannot read the private key: {exc}") from exc
