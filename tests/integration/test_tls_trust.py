"""One home for TLS (issue 16): ``ca_bundle`` in every form, with and without a client
certificate, against a real TLS server on loopback; one PKCS#12 sniffer for everybody."""

from __future__ import annotations

import ast
import hashlib
import random
import shutil
import ssl
import subprocess
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

import link2prisma
from link2prisma import Certificate, ConfigurationError, Link2Prisma, _tls, certificate
from link2prisma import _settings as lib_settings
from link2prisma.cli import cert as cli_cert
from link2prisma.cli import config as cli_config
from pki import mtls_server, url

SRC = Path(link2prisma.__file__).parent

# --- the PKI: lower-case UTF8String names, so that OpenSSL's subject hash is computable --------


def _ca(label: str) -> trustme.CA:
    return trustme.CA(
        organization_name="link2prisma trust test", organization_unit_name=f"{label} ca"
    )


def subject_hash(cert: x509.Certificate) -> str:
    """OpenSSL's ``X509_NAME_hash`` (``openssl x509 -subject_hash``), the ``c_rehash`` name.

    OpenSSL hashes a canonical form of the name: every value as a lower-cased UTF8String with
    whitespace collapsed, the RDN SETs concatenated without the outer SEQUENCE header. For a
    name already in that form (asserted) that is the DER of the name minus its header; SHA-1,
    first four bytes read little-endian.
    """
    for attribute in cert.subject:
        value = attribute.value
        assert isinstance(value, str) and value == " ".join(value.lower().split()), value
    der = cert.subject.public_bytes()
    assert der[0] == 0x30
    first = der[1]
    header = 2 if first < 0x80 else 2 + (first & 0x7F)
    digest = hashlib.sha1(der[header:]).digest()
    return format(int.from_bytes(digest[:4], "little"), "08x")


@dataclass
class Pki:
    ca: trustme.CA
    other_ca: trustme.CA
    server: trustme.LeafCert
    client_cert_pem: bytes
    client_key_pem: bytes

    def certificate(self) -> Certificate:
        return Certificate.from_pem(self.client_cert_pem, self.client_key_pem)


@pytest.fixture(scope="module")
def pki() -> Pki:
    ca, other = _ca("loopback"), _ca("unrelated")
    client = ca.issue_cert("integrator@example.test", common_name="integrator")
    return Pki(
        ca=ca,
        other_ca=other,
        server=ca.issue_cert("127.0.0.1", "localhost"),
        client_cert_pem=b"".join(b.bytes() for b in client.cert_chain_pems),
        client_key_pem=client.private_key_pem.bytes(),
    )


def _x509(ca: trustme.CA) -> x509.Certificate:
    return x509.load_pem_x509_certificate(ca.cert_pem.bytes())


# --- a TLS server that takes a client certificate when one is offered -------------------------


@pytest.fixture(scope="module")
def base_url(pki: Pki) -> Iterator[str]:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    pki.server.configure_cert(ctx)
    pki.ca.configure_trust(ctx)
    ctx.verify_mode = ssl.CERT_OPTIONAL  # one server for both: with and without a certificate
    with mtls_server(ctx) as server:
        yield url(server) + "link2prisma.svc"


# --- the forms of ca_bundle -------------------------------------------------------------------


def _der_bytes(ca: trustme.CA, tmp: Path) -> object:
    return _x509(ca).public_bytes(serialization.Encoding.DER)


def _pem_bytes(ca: trustme.CA, tmp: Path) -> object:
    return ca.cert_pem.bytes()


def _pem_bytes_with_comments(ca: trustme.CA, tmp: Path) -> object:
    # As certifi's cacert.pem: UTF-8 comments around the blocks, which cadata= refuses as is.
    return "# Issuer: CN=Főtanúsítvány\n".encode() + ca.cert_pem.bytes() + b"# end\n"


def _pem_file(ca: trustme.CA, tmp: Path) -> object:
    path = tmp / "ca.pem"
    path.write_bytes(ca.cert_pem.bytes())
    return path


def _pem_file_str(ca: trustme.CA, tmp: Path) -> object:
    return str(_pem_file(ca, tmp))


def _directory(ca: trustme.CA, tmp: Path) -> object:
    """A ``capath`` directory as ``c_rehash`` makes it: ``<subject hash>.0``."""
    directory = tmp / "certs"
    directory.mkdir()
    (directory / f"{subject_hash(_x509(ca))}.0").write_bytes(ca.cert_pem.bytes())
    return directory


FORMS: dict[str, Callable[[trustme.CA, Path], object]] = {
    "der-bytes": _der_bytes,
    "pem-bytes": _pem_bytes,
    "pem-bytes-utf8-comments": _pem_bytes_with_comments,
    "pem-file": _pem_file,
    "pem-file-str": _pem_file_str,
    "directory": _directory,
}
WITH_CERT = pytest.mark.parametrize("with_cert", [False, True], ids=["no-cert", "client-cert"])
EACH_FORM = pytest.mark.parametrize("form", list(FORMS))


def _client(pki: Pki, base_url: str, bundle: object, with_cert: bool) -> Link2Prisma:
    cert = pki.certificate() if with_cert else None
    return Link2Prisma(base_url, certificate=cert, ca_bundle=bundle)  # type: ignore[arg-type]


@EACH_FORM
@WITH_CERT
def test_ca_bundle_is_trusted(
    pki: Pki, base_url: str, tmp_path: Path, form: str, with_cert: bool
) -> None:
    bundle = FORMS[form](pki.ca, tmp_path)
    with _client(pki, base_url, bundle, with_cert) as client:
        answer = client.http.get("ping")
    assert answer.status_code == 200
    assert answer.json().get("commonName") == ("integrator" if with_cert else None)


@EACH_FORM
@WITH_CERT
def test_ca_bundle_replaces_the_default_trust(
    pki: Pki, base_url: str, tmp_path: Path, form: str, with_cert: bool
) -> None:
    """The same form holding an unrelated CA: the server is refused, so the bundle is used."""
    bundle = FORMS[form](pki.other_ca, tmp_path)
    with _client(pki, base_url, bundle, with_cert) as client:
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            client.http.get("ping")


BAD_BUNDLES: dict[str, Callable[[Path], object]] = {
    "random-bytes": lambda tmp: random.Random(16).randbytes(300),
    "pem-bytes-without-certificate": lambda tmp: b"-----BEGIN PRIVATE KEY-----\nAAAA\n",
    "missing-file": lambda tmp: tmp / "missing.pem",
    "not-pem-file": lambda tmp: _write(tmp / "junk.pem", b"junk"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("bad", list(BAD_BUNDLES))
@WITH_CERT
def test_unreadable_ca_bundle_is_a_configuration_error(
    pki: Pki, tmp_path: Path, bad: str, with_cert: bool
) -> None:
    bundle = BAD_BUNDLES[bad](tmp_path)
    with pytest.raises(ConfigurationError, match="cannot load the CA bundle") as info:
        _client(pki, "https://127.0.0.1:9/link2prisma.svc", bundle, with_cert)
    if isinstance(bundle, Path):
        assert str(bundle) in str(info.value)
    assert info.value.__cause__ is None


def test_one_context_with_and_without_a_certificate(pki: Pki) -> None:
    bundle = pki.ca.cert_pem.bytes()
    without = _tls.client_context(None, bundle)
    with_cert = _tls.client_context(pki.certificate(), bundle)
    via_certificate = pki.certificate().ssl_context(bundle)
    for ctx in (without, with_cert, via_certificate):
        assert ctx.protocol == ssl.PROTOCOL_TLS_CLIENT
        assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
        assert ctx.check_hostname is True
        assert ctx.verify_mode == ssl.CERT_REQUIRED
        assert ctx.options == without.options
        assert ctx.verify_flags == without.verify_flags
        assert ctx.cert_store_stats()["x509_ca"] == 1


@pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command is not installed")
def test_subject_hash_matches_openssl(pki: Pki, tmp_path: Path) -> None:
    """The c_rehash names made above are the ones OpenSSL computes (when it is here to ask)."""
    for ca in (pki.ca, pki.other_ca):
        path = tmp_path / "ca.pem"
        path.write_bytes(ca.cert_pem.bytes())
        out = subprocess.run(
            ["openssl", "x509", "-in", str(path), "-noout", "-subject_hash"],
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        )
        assert out.stdout.strip() == subject_hash(_x509(ca))


# --- one PKCS#12 sniffer ----------------------------------------------------------------------


def _key_and_cert(kind: str) -> tuple[Any, x509.Certificate, list[x509.Certificate]]:
    ca = _ca("pfx")
    leaf = ca.issue_cert("p12@example.test", common_name="p12", key_type=trustme.KeyType[kind])
    key = serialization.load_pem_private_key(leaf.private_key_pem.bytes(), None)
    certs = [x509.load_pem_x509_certificate(b.bytes()) for b in leaf.cert_chain_pems]
    return key, certs[0], [_x509(ca)]


def _legacy_encryption(password: bytes) -> serialization.KeySerializationEncryption:
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(2048)
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1())
        .build(password)
    )


def _pfx_files() -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for kind in ("RSA", "ECDSA"):
        key, cert, cas = _key_and_cert(kind)
        files[f"{kind}-aes"] = pkcs12.serialize_key_and_certificates(
            b"p12", key, cert, cas, serialization.BestAvailableEncryption(b"pw")
        )
        files[f"{kind}-3des"] = pkcs12.serialize_key_and_certificates(
            b"p12", key, cert, cas, _legacy_encryption(b"pw")
        )
        files[f"{kind}-no-password"] = pkcs12.serialize_key_and_certificates(
            None, key, cert, None, serialization.NoEncryption()
        )
    # Some Windows and Java tools write BER: the outer SEQUENCE with an indefinite length.
    der = files["RSA-aes"]
    assert der[1] == 0x82
    files["RSA-aes-ber-indefinite"] = b"\x30\x80" + der[4:] + b"\x00\x00"
    return files


def _not_pfx(pfx: bytes) -> dict[str, bytes]:
    key, cert, _ = _key_and_cert("RSA")
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    der_key = serialization.Encoding.DER
    nothing = serialization.NoEncryption()
    rng = random.Random(1612)
    samples = {
        "pem-certificate": cert.public_bytes(serialization.Encoding.PEM),
        "der-certificate": cert.public_bytes(serialization.Encoding.DER),
        "der-pkcs8-key": rsa_key.private_bytes(der_key, serialization.PrivateFormat.PKCS8, nothing),
        "der-rsa-key": rsa_key.private_bytes(
            der_key, serialization.PrivateFormat.TraditionalOpenSSL, nothing
        ),
        "der-ec-key": ec_key.private_bytes(
            der_key, serialization.PrivateFormat.TraditionalOpenSSL, nothing
        ),
        "pem-key": key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, nothing
        ),
        "empty": b"",
        "truncated-pfx": pfx[:200],
        "sequence-integer-2": b"\x30\x0a\x02\x01\x02" + bytes(7),
    }
    for i in range(200):
        samples[f"random-{i}"] = rng.randbytes(rng.randint(1, 2000))
    return samples


PFX = _pfx_files()
NOT_PFX = _not_pfx(PFX["RSA-aes"])


@pytest.mark.parametrize("name", list(PFX))
def test_real_pfx_files_are_pkcs12(name: str) -> None:
    data = PFX[name]
    assert _tls.looks_like_pkcs12(data)
    password = None if name.endswith("no-password") else b"pw"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # cryptography: "parsed as BER"
        cert = Certificate.from_pkcs12(data, password)
    assert cert.info.common_name == "p12" and cert.info.key_matches


@pytest.mark.parametrize("name", list(NOT_PFX))
def test_other_bytes_are_not_pkcs12(name: str) -> None:
    assert not _tls.looks_like_pkcs12(NOT_PFX[name])


def test_one_pkcs12_sniffer_wherever_it_is_used() -> None:
    """There is one function; the certificate, the settings loader (the CLI's and
    from_env's) and the CLI hold that very function."""
    assert certificate.looks_like_pkcs12 is _tls.looks_like_pkcs12
    assert lib_settings.looks_like_pkcs12 is _tls.looks_like_pkcs12
    assert cli_cert.looks_like_pkcs12 is _tls.looks_like_pkcs12
    defined = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.FunctionDef)
                and "pkcs12" in node.name.lower()
                and node.name.lstrip("_").startswith(("looks_like", "is_"))
            ):
                defined.append(f"{path.relative_to(SRC)}:{node.name}")
    assert defined == ["_tls.py:looks_like_pkcs12"]
    samples = {**PFX, **NOT_PFX}
    for module in (certificate, lib_settings, cli_cert):
        sniff = module.looks_like_pkcs12
        assert {n: sniff(d) for n, d in samples.items()} == {n: n in PFX for n in samples}


@pytest.mark.parametrize("name", ["RSA-aes", "RSA-aes-ber-indefinite"])
def test_cli_loader_and_certificate_agree_on_a_pfx(name: str, tmp_path: Path) -> None:
    path = tmp_path / "client.pfx"
    path.write_bytes(PFX[name])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        via_cli = cli_config.load_certificate(path, None, lambda: b"pw", prompt=lambda _: None)
        direct = Certificate.from_pkcs12(path, b"pw")
    assert via_cli.info.serial_number == direct.info.serial_number


# --- TLS failure classification -----------------------------------------------------------------


def test_tls_failure_classification() -> None:
    verify = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] nope")
    verify.reason = "CERTIFICATE_VERIFY_FAILED"
    wrapped = httpx.ConnectError("boom")
    wrapped.__cause__ = verify
    alert = ssl.SSLError(1, "[SSL: TLSV13_ALERT_CERTIFICATE_REQUIRED] alert")
    alert.reason = "TLSV13_ALERT_CERTIFICATE_REQUIRED"
    assert _tls.is_verification_failure(wrapped) and _tls.is_tls_failure(wrapped)
    assert _tls.tls_failure_reason(wrapped) == "CERTIFICATE_VERIFY_FAILED"
    assert _tls.is_tls_failure(alert) and not _tls.is_verification_failure(alert)
    assert _tls.tls_failure_reason(alert) == "TLSV13_ALERT_CERTIFICATE_REQUIRED"
    refused = httpx.ConnectError("[Errno 111] Connection refused")
    assert not _tls.is_tls_failure(refused) and not _tls.is_verification_failure(refused)
