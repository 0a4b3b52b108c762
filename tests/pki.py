"""A throw-away PKI for tests: a CA, server and client certificates, PEM and PKCS#12 files.

Everything is made in memory with ``cryptography``; nothing touches disk until a ``write_*``
method is called. Typical use::

    from pki import CA, days_from_now   # tests/ is on sys.path under pytest

    ca = CA()                                          # self-signed root (EC P-256)
    server = ca.issue_server()                         # for 127.0.0.1, ::1 and localhost
    client = ca.issue_client("Jane Doe", uid="jdoe")   # RSA 2048 by default
    pfx: bytes = client.pkcs12(b"secret")              # or client.write_pkcs12(path, b"secret")
    cert_pem, key_pem = client.write_pem(tmp_path, password=b"secret")
    expired = ca.issue_client("old", not_after=days_from_now(-1))
    mismatched = client.with_key(ca.issue_client("other").key)
    ctx = server_ssl_context(server, client_ca=ca, directory=tmp_path)  # requires client certs

An intermediate CA (``ca.issue_intermediate()``) issues certificates whose ``chain`` holds it,
so chain handling can be tested too.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import ssl
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal, TypeAlias

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = [
    "CA",
    "Identity",
    "KeyType",
    "days_from_now",
    "generate_key",
    "server_ssl_context",
    "utcnow",
]

KeyType = Literal["rsa", "ec", "ed25519"]
PrivateKey: TypeAlias = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


def days_from_now(days: float) -> datetime:
    """``utcnow()`` plus ``days`` (negative for the past)."""
    return utcnow() + timedelta(days=days)


def generate_key(key_type: KeyType = "rsa", key_size: int | None = None) -> PrivateKey:
    """A new private key: RSA (2048 bits by default), EC (P-256, or P-384 if ``key_size=384``)
    or Ed25519."""
    if key_type == "rsa":
        return rsa.generate_private_key(public_exponent=65537, key_size=key_size or 2048)
    if key_type == "ec":
        curve: ec.EllipticCurve = ec.SECP384R1() if key_size == 384 else ec.SECP256R1()
        return ec.generate_private_key(curve)
    if key_type == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    raise ValueError(f"unknown key type {key_type!r}")


def _hash_for(key: PrivateKey) -> hashes.SHA256 | None:
    return None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()


@dataclass(frozen=True)
class Identity:
    """A certificate with its private key and the intermediates between it and the root."""

    cert: x509.Certificate
    key: PrivateKey
    #: Intermediate CA certificates, issuer first; the root is not included.
    chain: tuple[x509.Certificate, ...] = field(default=())

    @property
    def serial(self) -> int:
        return self.cert.serial_number

    @property
    def not_before(self) -> datetime:
        return self.cert.not_valid_before_utc

    @property
    def not_after(self) -> datetime:
        return self.cert.not_valid_after_utc

    def with_key(self, key: PrivateKey) -> Identity:
        """The same certificate paired with another key (a key-mismatch pair)."""
        return replace(self, key=key)

    def cert_pem(self, *, with_chain: bool = False) -> bytes:
        """The certificate in PEM, followed by its chain if ``with_chain``."""
        certs = (self.cert, *self.chain) if with_chain else (self.cert,)
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)

    def key_pem(self, password: bytes | None = None, *, traditional: bool = False) -> bytes:
        """The private key in PEM: PKCS#8 (``traditional=True``: OpenSSL's ``BEGIN RSA/EC
        PRIVATE KEY`` format), encrypted with the best available cipher if ``password``."""
        encryption: serialization.KeySerializationEncryption = (
            serialization.BestAvailableEncryption(password)
            if password
            else serialization.NoEncryption()
        )
        fmt = (
            serialization.PrivateFormat.TraditionalOpenSSL
            if traditional
            else serialization.PrivateFormat.PKCS8
        )
        return self.key.private_bytes(serialization.Encoding.PEM, fmt, encryption)

    def pkcs12(
        self,
        password: bytes | None = None,
        *,
        legacy: bool = False,
        with_chain: bool = True,
        friendly_name: bytes = b"link2prisma test",
    ) -> bytes:
        """A PKCS#12 (``.pfx``) file's content. ``legacy=True`` encrypts with 3DES and SHA-1
        as older Windows tools do; the default is AES-256 / SHA-256 (or none without password).
        """
        encryption: serialization.KeySerializationEncryption
        if password is None:
            encryption = serialization.NoEncryption()
        elif legacy:
            encryption = (
                serialization.PrivateFormat.PKCS12.encryption_builder()
                .kdf_rounds(2048)
                .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
                .hmac_hash(hashes.SHA1())
                .build(password)
            )
        else:
            encryption = serialization.BestAvailableEncryption(password)
        cas = list(self.chain) if with_chain else None
        return pkcs12.serialize_key_and_certificates(
            friendly_name, self.key, self.cert, cas, encryption
        )

    def write_pem(
        self,
        directory: Path,
        *,
        name: str = "client",
        password: bytes | None = None,
        traditional: bool = False,
        with_chain: bool = False,
    ) -> tuple[Path, Path]:
        """Write ``<name>.crt.pem`` and ``<name>.key.pem`` into ``directory``; return both."""
        cert_path = Path(directory) / f"{name}.crt.pem"
        key_path = Path(directory) / f"{name}.key.pem"
        cert_path.write_bytes(self.cert_pem(with_chain=with_chain))
        key_path.write_bytes(self.key_pem(password, traditional=traditional))
        return cert_path, key_path

    def write_pkcs12(
        self, path: Path, password: bytes | None = None, *, legacy: bool = False
    ) -> Path:
        """Write :meth:`pkcs12` to ``path`` and return it."""
        path = Path(path)
        path.write_bytes(self.pkcs12(password, legacy=legacy))
        return path


class CA:
    """A certificate authority that issues server and client certificates.

    ``CA()`` is a self-signed root; :meth:`issue_intermediate` makes one signed by it.
    """

    def __init__(
        self,
        common_name: str = "link2prisma test root CA",
        *,
        key_type: KeyType = "ec",
        _parent: CA | None = None,
    ) -> None:
        self.key: PrivateKey = generate_key(key_type)
        self.parent = _parent
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        issuer_name = _parent.cert.subject if _parent else name
        signing_key = _parent.key if _parent else self.key
        builder = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(issuer_name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(days_from_now(-1))
            .not_valid_after(days_from_now(3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False
            )
        )
        if _parent is not None:
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(_parent.key.public_key()),
                critical=False,
            )
        self.cert: x509.Certificate = builder.sign(signing_key, _hash_for(signing_key))

    @property
    def chain(self) -> tuple[x509.Certificate, ...]:
        """This CA and its parents up to, not including, the root (empty for a root)."""
        if self.parent is None:
            return ()
        return (self.cert, *self.parent.chain)

    @property
    def root(self) -> CA:
        return self if self.parent is None else self.parent.root

    def cert_pem(self) -> bytes:
        """This CA's certificate in PEM (what a peer loads as its trust anchor)."""
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def write_cert_pem(self, path: Path) -> Path:
        """Write :meth:`cert_pem` to ``path`` and return it."""
        path = Path(path)
        path.write_bytes(self.cert_pem())
        return path

    def issue_intermediate(self, common_name: str = "link2prisma test intermediate CA") -> CA:
        """A CA signed by this one."""
        return CA(common_name, _parent=self)

    def issue(
        self,
        subject: x509.Name,
        *,
        key: PrivateKey | None = None,
        key_type: KeyType = "rsa",
        key_size: int | None = None,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        serial_number: int | None = None,
        extended_key_usage: Sequence[x509.ObjectIdentifier] = (),
        san: Sequence[x509.GeneralName] = (),
    ) -> Identity:
        """Issue a leaf certificate for ``subject`` (the general form of the ``issue_*``).

        Validity defaults to from one hour ago to 365 days from now; when only one bound is
        given and the default for the other would contradict it, the other is put 365 days away
        (so ``not_after=days_from_now(-1)`` alone makes an expired certificate).
        """
        key = key if key is not None else generate_key(key_type, key_size)
        if not_before is None:
            not_before = days_from_now(-1 / 24)
            if not_after is not None and not_after <= not_before:
                not_before = not_after - timedelta(days=365)
        if not_after is None:
            not_after = max(days_from_now(365), not_before + timedelta(days=365))
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(serial_number or x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
                critical=False,
            )
        )
        if extended_key_usage:
            builder = builder.add_extension(
                x509.ExtendedKeyUsage(list(extended_key_usage)), critical=False
            )
        if san:
            builder = builder.add_extension(x509.SubjectAlternativeName(list(san)), critical=False)
        cert = builder.sign(self.key, _hash_for(self.key))
        return Identity(cert=cert, key=key, chain=self.chain)

    def issue_server(
        self,
        hosts: Sequence[str] = ("127.0.0.1", "::1", "localhost"),
        *,
        key_type: KeyType = "ec",
        not_after: datetime | None = None,
    ) -> Identity:
        """A TLS server certificate for ``hosts`` (IP addresses or DNS names)."""
        names: list[x509.GeneralName] = []
        for host in hosts:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        return self.issue(
            x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]),
            key_type=key_type,
            not_after=not_after,
            extended_key_usage=[ExtendedKeyUsageOID.SERVER_AUTH],
            san=names,
        )

    def issue_client(
        self,
        common_name: str = "link2prisma test client",
        *,
        uid: str | None = None,
        organization: str | None = None,
        key: PrivateKey | None = None,
        key_type: KeyType = "rsa",
        key_size: int | None = None,
        not_before: datetime | None = None,
        not_after: datetime | None = None,
        serial_number: int | None = None,
    ) -> Identity:
        """A TLS client certificate: subject ``[UID=uid,] CN=common_name[, O=organization]``."""
        attributes = []
        if uid is not None:
            attributes.append(x509.NameAttribute(NameOID.USER_ID, uid))
        attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
        if organization is not None:
            attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
        return self.issue(
            x509.Name(attributes),
            key=key,
            key_type=key_type,
            key_size=key_size,
            not_before=not_before,
            not_after=not_after,
            serial_number=serial_number,
            extended_key_usage=[ExtendedKeyUsageOID.CLIENT_AUTH],
        )


def server_ssl_context(
    server: Identity, *, client_ca: CA | None, directory: Path
) -> ssl.SSLContext:
    """A TLS server context presenting ``server``; with ``client_ca`` it requires a client
    certificate issued under that CA's root. The server's key is written (unencrypted: it is
    a test key) into ``directory`` because OpenSSL loads keys from files."""
    cert_path, key_path = server.write_pem(Path(directory), name="server", with_chain=True)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert_path, key_path)
    if client_ca is not None:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(cadata=client_ca.root.cert_pem().decode("ascii"))
    return ctx


# --- an HTTPS server on loopback ---------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    server: MTLSServer

    def do_GET(self) -> None:
        peer = self.request.getpeercert()
        # Without a client certificate (a server with CERT_OPTIONAL) the subject is empty.
        subject = {k: v for rdn in (peer or {}).get("subject", ()) for (k, v) in rdn}
        self.server.seen.append(subject)
        body = json.dumps(subject).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class MTLSServer(ThreadingHTTPServer):
    """An HTTPS server on 127.0.0.1 that does the TLS handshake in the request thread, with
    timeouts; it answers every GET with the client certificate's subject as JSON."""

    daemon_threads = True

    def __init__(self, ctx: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.ctx = ctx
        self.seen: list[dict[str, str]] = []
        self.tls_errors: list[BaseException] = []
        self.handled = threading.Semaphore(0)  # released once per connection handled

    def wait_handled(self, timeout: float = 5) -> None:
        """Wait until the server thread has finished with one connection."""
        assert self.handled.acquire(timeout=timeout), "the server never finished the request"

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(5)
        try:
            try:
                tls = self.ctx.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError) as exc:
                self.tls_errors.append(exc)
                return
            try:
                self.RequestHandlerClass(tls, client_address, self)  # type: ignore[arg-type]
            except (ssl.SSLError, OSError) as exc:
                self.tls_errors.append(exc)
            finally:
                tls.close()
        finally:
            self.handled.release()


@contextlib.contextmanager
def mtls_server(ctx: ssl.SSLContext) -> Iterator[MTLSServer]:
    server = MTLSServer(ctx)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
        assert not thread.is_alive()


def url(server: MTLSServer) -> str:
    return f"https://127.0.0.1:{server.server_address[1]}/"
