"""The sandbox's own small PKI: a CA, a server certificate and one client certificate per user.

Everything is made with ``cryptography`` on first start and kept in ``<data_dir>/pki/``; a restart
reuses the files. Client certificates carry the user name in the subject twice: as the ``UID``
attribute (OID 0.9.2342.19200300.100.1.1) and as the ``CN``. Each user gets a PEM pair
(certificate + unencrypted key, for tools such as ``requests``) and a password-protected PKCS#12
(``.pfx``) file, the way Sodeco delivers certificates.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

__all__ = ["ClientFiles", "Pki", "ensure_pki", "user_from_peercert"]

_VALID_DAYS = 3650


@dataclass(frozen=True)
class ClientFiles:
    """The files of one user's client certificate."""

    user: str
    cert_pem: Path
    key_pem: Path
    pfx: Path
    pfx_password: str


@dataclass(frozen=True)
class Pki:
    """Paths of the sandbox PKI."""

    directory: Path
    ca_cert: Path
    ca_key: Path
    server_cert: Path
    server_key: Path
    clients: dict[str, ClientFiles]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _new_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _write(path: Path, data: bytes, private: bool = False) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    if private:
        tmp.chmod(0o600)
    tmp.replace(path)


def _load_key(path: Path) -> ec.EllipticCurvePrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):  # pragma: no cover - we wrote it
        raise TypeError(f"unexpected key type in {path}")
    return key


def _make_ca(directory: Path) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _new_key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "link2prisma sandbox"),
            x509.NameAttribute(NameOID.COMMON_NAME, "link2prisma sandbox CA"),
        ]
    )
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=_VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
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
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    _write(directory / "ca.pem", cert.public_bytes(serialization.Encoding.PEM))
    _write(directory / "ca.key", _key_pem(key), private=True)
    return cert, key


def _issue(
    ca_cert: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    subject: x509.Name,
    *,
    server: bool,
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _new_key()
    now = _now()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=_VALID_DAYS - 1))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .add_extension(
            x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH]
            ),
            critical=False,
        )
    )
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("localhost"),
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
    return builder.sign(ca_key, hashes.SHA256()), key


def _user_subject(user: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "link2prisma sandbox"),
            x509.NameAttribute(NameOID.USER_ID, user),
            x509.NameAttribute(NameOID.COMMON_NAME, user),
        ]
    )


def ensure_pki(directory: Path, users: list[str], passwords: dict[str, str]) -> Pki:
    """Create (or reuse) the CA, the server certificate and a client certificate per user.

    ``passwords`` maps user to PFX password; missing entries get a new random password and the
    dict is updated in place so the caller can persist it.
    """
    directory.mkdir(parents=True, exist_ok=True)
    ca_path, ca_key_path = directory / "ca.pem", directory / "ca.key"
    if ca_path.exists() and ca_key_path.exists():
        ca_cert = x509.load_pem_x509_certificate(ca_path.read_bytes())
        ca_key = _load_key(ca_key_path)
    else:
        ca_cert, ca_key = _make_ca(directory)
    server_cert, server_key = directory / "server.pem", directory / "server.key"
    if not (server_cert.exists() and server_key.exists()):
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
        cert, key = _issue(ca_cert, ca_key, subject, server=True)
        _write(server_key, _key_pem(key), private=True)
        _write(server_cert, cert.public_bytes(serialization.Encoding.PEM))
    clients: dict[str, ClientFiles] = {}
    for user in users:
        password = passwords.setdefault(user, secrets.token_urlsafe(12))
        files = ClientFiles(
            user=user,
            cert_pem=directory / f"{user}.pem",
            key_pem=directory / f"{user}.key",
            pfx=directory / f"{user}.pfx",
            pfx_password=password,
        )
        if not (files.cert_pem.exists() and files.key_pem.exists() and files.pfx.exists()):
            cert, key = _issue(ca_cert, ca_key, _user_subject(user), server=False)
            _write(files.key_pem, _key_pem(key), private=True)
            _write(files.cert_pem, cert.public_bytes(serialization.Encoding.PEM))
            pfx = pkcs12.serialize_key_and_certificates(
                user.encode(),
                key,
                cert,
                [ca_cert],
                serialization.BestAvailableEncryption(password.encode()),
            )
            _write(files.pfx, pfx, private=True)
        clients[user] = files
    return Pki(
        directory=directory,
        ca_cert=ca_path,
        ca_key=ca_key_path,
        server_cert=server_cert,
        server_key=server_key,
        clients=clients,
    )


def user_from_peercert(peercert: object) -> str | None:
    """The user name in a peer certificate as returned by ``SSLSocket.getpeercert()``.

    The ``UID`` attribute wins over the ``CN``.
    """
    if not isinstance(peercert, dict):
        return None
    uid: str | None = None
    cn: str | None = None
    for rdn in peercert.get("subject", ()):
        for attr in rdn:
            if not (isinstance(attr, tuple) and len(attr) == 2):
                continue
            name, value = attr
            if name in ("userId", "UID", "uid") and isinstance(value, str):
                uid = value
            elif name == "commonName" and isinstance(value, str):
                cn = value
    return uid or cn
