"""Tests for link2prisma.certificate: loading, checks, info, and real mutual TLS on 127.0.0.1."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import re
import ssl
import stat
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from hypothesis import given
from hypothesis import strategies as st

from link2prisma import _keyfile, _tls
from link2prisma import certificate as certificate_module
from link2prisma._exceptions import (
    CertificateError,
    CertificateExpiredError,
    CertificateKeyMismatchError,
    CertificateNotYetValidError,
    CertificatePasswordError,
    ConfigurationError,
    Link2PrismaError,
)
from link2prisma.certificate import (
    Certificate,
    CertificateExpiryWarning,
    CertificateInfo,
)
from pki import (
    CA,
    Identity,
    MTLSServer,
    days_from_now,
    generate_key,
    mtls_server,
    server_ssl_context,
    url,
)

PASSWORD = b"Corr3ct-h0rse!"
STR_PASSWORD = "pässwörd-ünïcode"
WRONG = b"n0t-the-pa55word-XYZ"

DATE_RE = r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC"


# --- the PKI ------------------------------------------------------------------------------------


@dataclass
class Pki:
    dir: Path
    ca: CA
    ca_pem: Path
    other_ca: CA
    server: Identity
    rogue_server: Identity
    client: Identity  # RSA, UID=jdoe, CN=Jane Doe
    ec_client: Identity  # EC, CN only
    rogue_client: Identity  # signed by other_ca
    inter_client: Identity  # issued by an intermediate of ca
    expired: Identity
    not_yet_valid: Identity
    expiring: Identity  # 10 days left
    files: dict[str, Path] = field(default_factory=dict)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    d = tmp_path_factory.mktemp("pki")
    ca = CA()
    other_ca = CA("some other CA")
    p = Pki(
        dir=d,
        ca=ca,
        ca_pem=ca.write_cert_pem(d / "ca.pem"),
        other_ca=other_ca,
        server=ca.issue_server(),
        rogue_server=other_ca.issue_server(),
        client=ca.issue_client("Jane Doe", uid="jdoe", organization="Acme"),
        ec_client=ca.issue_client("svc-payroll", key_type="ec"),
        rogue_client=other_ca.issue_client("Mallory", uid="mallory", key_type="ec"),
        inter_client=ca.issue_intermediate().issue_client("Via Intermediate", key_type="ec"),
        expired=ca.issue_client(
            "Old", key_type="ec", not_before=days_from_now(-400), not_after=days_from_now(-2)
        ),
        not_yet_valid=ca.issue_client(
            "Future", key_type="ec", not_before=days_from_now(3), not_after=days_from_now(300)
        ),
        expiring=ca.issue_client("Soon Gone", key_type="ec", not_after=days_from_now(10.5)),
    )
    p.files["pfx"] = p.client.write_pkcs12(d / "client.pfx", PASSWORD)
    p.files["pfx_nopw"] = p.client.write_pkcs12(d / "client-nopw.pfx", None)
    p.files["pfx_legacy"] = p.client.write_pkcs12(d / "client-legacy.pfx", PASSWORD, legacy=True)
    p.files["cert"], p.files["key"] = p.client.write_pem(d, name="plain")
    _, p.files["key_enc"] = p.client.write_pem(d, name="enc", password=PASSWORD)
    _, p.files["key_trad"] = p.client.write_pem(d, name="trad", password=PASSWORD, traditional=True)
    return p


def load(identity: Identity, **kwargs: Any) -> Certificate:
    """Load an identity through the PEM path, from bytes."""
    return Certificate.from_pem(identity.cert_pem(), identity.key_pem(), **kwargs)


# --- PKCS#12 ------------------------------------------------------------------------------------


def test_from_pkcs12_with_right_password(pki: Pki) -> None:
    path = pki.files["pfx"]
    for source in (path, str(path), path.read_bytes()):
        cert = Certificate.from_pkcs12(source, password=PASSWORD)
        assert cert.info.serial_number == pki.client.serial
        assert cert.info.key_matches
        assert cert.public_der() == pki.client.cert.public_bytes(serialization.Encoding.DER)


def test_from_pkcs12_str_password_is_utf8(pki: Pki) -> None:
    data = pki.client.pkcs12(STR_PASSWORD.encode("utf-8"))
    assert Certificate.from_pkcs12(data, STR_PASSWORD).info.user_name == "jdoe"


def test_from_pkcs12_legacy_3des(pki: Pki) -> None:
    cert = Certificate.from_pkcs12(pki.files["pfx_legacy"], password=PASSWORD.decode())
    assert cert.info.serial_number == pki.client.serial


def test_from_pkcs12_without_password(pki: Pki) -> None:
    assert Certificate.from_pkcs12(pki.files["pfx_nopw"]).info.key_matches
    assert Certificate.from_pkcs12(pki.files["pfx_nopw"], password=None).info.key_matches


def test_from_pkcs12_wrong_password(pki: Pki) -> None:
    with pytest.raises(CertificatePasswordError) as info:
        Certificate.from_pkcs12(pki.files["pfx"], password=WRONG)
    message = str(info.value)
    assert str(pki.files["pfx"]) in message
    assert "wrong" in message
    assert WRONG.decode() not in message
    assert PASSWORD.decode() not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__
    assert isinstance(info.value, CertificateError)
    assert isinstance(info.value, Link2PrismaError)


def test_from_pkcs12_wrong_str_password_not_echoed(pki: Pki) -> None:
    with pytest.raises(CertificatePasswordError) as info:
        Certificate.from_pkcs12(pki.files["pfx"].read_bytes(), password=STR_PASSWORD)
    assert STR_PASSWORD not in str(info.value)
    assert "bytes" in str(info.value)


def test_from_pkcs12_missing_password(pki: Pki) -> None:
    for password in (None, b"", ""):
        with pytest.raises(CertificatePasswordError, match="missing") as info:
            Certificate.from_pkcs12(pki.files["pfx"], password=password)
        assert str(pki.files["pfx"]) in str(info.value)


def test_from_pkcs12_password_on_unprotected_file_is_ignored(pki: Pki) -> None:
    assert Certificate.from_pkcs12(pki.files["pfx_nopw"], password=WRONG).info.key_matches


def test_from_pkcs12_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pfx"
    with pytest.raises(CertificateError, match="not found") as info:
        Certificate.from_pkcs12(missing, password=PASSWORD)
    assert str(missing) in str(info.value)
    assert type(info.value) is CertificateError


def test_from_pkcs12_directory_and_empty(tmp_path: Path) -> None:
    with pytest.raises(CertificateError, match="directory"):
        Certificate.from_pkcs12(tmp_path)
    empty = tmp_path / "empty.pfx"
    empty.write_bytes(b"")
    with pytest.raises(CertificateError, match="empty"):
        Certificate.from_pkcs12(empty)


def test_from_pkcs12_not_a_pfx(pki: Pki, tmp_path: Path) -> None:
    junk = tmp_path / "junk.pfx"
    junk.write_bytes(os.urandom(300))
    with pytest.raises(CertificateError, match="not a PKCS#12") as info:
        Certificate.from_pkcs12(junk, password=PASSWORD)
    assert str(junk) in str(info.value)
    assert type(info.value) is CertificateError
    with pytest.raises(CertificateError, match="from_pem"):
        Certificate.from_pkcs12(pki.files["cert"], password=PASSWORD)
    with pytest.raises(CertificateError, match="not a PKCS#12"):
        Certificate.from_pkcs12(pki.client.cert.public_bytes(serialization.Encoding.DER))


def test_from_pkcs12_with_chain(pki: Pki) -> None:
    cert = Certificate.from_pkcs12(pki.inter_client.pkcs12(PASSWORD), PASSWORD)
    assert cert.chain == pki.inter_client.chain
    assert len(cert.chain) == 1


# --- PEM ----------------------------------------------------------------------------------------


def test_from_pem_unencrypted(pki: Pki) -> None:
    cert = Certificate.from_pem(pki.files["cert"], pki.files["key"])
    assert cert.info.serial_number == pki.client.serial
    # A password given for a key that needs none is ignored.
    assert Certificate.from_pem(pki.files["cert"], pki.files["key"], PASSWORD).info.key_matches


def test_from_pem_encrypted(pki: Pki) -> None:
    for key in (pki.files["key_enc"], pki.files["key_trad"]):
        assert Certificate.from_pem(pki.files["cert"], key, password=PASSWORD).info.key_matches
        assert Certificate.from_pem(str(pki.files["cert"]), str(key), PASSWORD.decode()).info


def test_from_pem_encrypted_wrong_or_missing_password(pki: Pki) -> None:
    for key in (pki.files["key_enc"], pki.files["key_trad"]):
        with pytest.raises(CertificatePasswordError, match="wrong") as info:
            Certificate.from_pem(pki.files["cert"], key, password=WRONG)
        assert str(key) in str(info.value)
        assert WRONG.decode() not in str(info.value)
        with pytest.raises(CertificatePasswordError, match="no password") as info:
            Certificate.from_pem(pki.files["cert"], key)
        assert str(key) in str(info.value)


def test_from_pem_single_file_and_der(pki: Pki, tmp_path: Path) -> None:
    both = tmp_path / "both.pem"
    both.write_bytes(pki.client.key_pem(PASSWORD) + pki.client.cert_pem())
    assert Certificate.from_pem(both, password=PASSWORD).info.user_name == "jdoe"
    der_cert = pki.ec_client.cert.public_bytes(serialization.Encoding.DER)
    der_key = pki.ec_client.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASSWORD),
    )
    assert Certificate.from_pem(der_cert, der_key, PASSWORD).info.key_type == "EC"
    with pytest.raises(CertificatePasswordError):
        Certificate.from_pem(der_cert, der_key, WRONG)


def test_from_pem_errors_name_the_file(pki: Pki, tmp_path: Path) -> None:
    missing = tmp_path / "missing.pem"
    with pytest.raises(CertificateError, match="not found") as info:
        Certificate.from_pem(missing, pki.files["key"])
    assert str(missing) in str(info.value)
    with pytest.raises(CertificateError, match="not found") as info:
        Certificate.from_pem(pki.files["cert"], missing)
    assert str(missing) in str(info.value)
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"hello, I am not a certificate\n")
    with pytest.raises(CertificateError, match="not a certificate") as info:
        Certificate.from_pem(junk, pki.files["key"])
    assert str(junk) in str(info.value)
    with pytest.raises(CertificateError, match="holds no PEM private key") as info:
        Certificate.from_pem(pki.files["cert"], pki.files["cert"])
    with pytest.raises(CertificateError, match="holds no PEM certificate") as info:
        Certificate.from_pem(pki.files["key"], pki.files["key"])
    broken = tmp_path / "broken.pem"
    broken.write_bytes(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    with pytest.raises(CertificateError) as info:
        Certificate.from_pem(broken, pki.files["key"])
    assert str(broken) in str(info.value)


def test_from_pem_chain_ordered_and_leaf_found(pki: Pki) -> None:
    ident = pki.inter_client
    # Chain first, leaf last: the leaf is still the certificate that matches the key.
    reversed_pem = b"".join(
        c.public_bytes(serialization.Encoding.PEM) for c in (*ident.chain, ident.cert)
    )
    cert = Certificate.from_pem(reversed_pem, ident.key_pem())
    assert cert.info.common_name == "Via Intermediate"
    assert cert.chain == ident.chain
    assert cert.public_pem() == ident.cert_pem()
    assert cert.public_pem(include_chain=True) == ident.cert_pem(with_chain=True)


# --- key mismatch -------------------------------------------------------------------------------


def test_key_mismatch(pki: Pki) -> None:
    pair = pki.client.with_key(pki.ec_client.key)
    with pytest.raises(CertificateKeyMismatchError) as info:
        load(pair)
    assert "does not belong" in str(info.value)
    cert_path, key_path = pair.write_pem(pki.dir, name="mismatch")
    with pytest.raises(CertificateKeyMismatchError) as info:
        Certificate.from_pem(cert_path, key_path)
    assert str(cert_path) in str(info.value) and str(key_path) in str(info.value)


def test_key_mismatch_can_be_inspected(pki: Pki) -> None:
    cert = load(pki.client.with_key(generate_key("rsa")), check_key=False)
    assert cert.info.key_matches is False
    assert cert.info.user_name == "jdoe"
    with pytest.raises(CertificateKeyMismatchError):
        cert.ssl_context(ca_bundle=pki.ca_pem)


# --- validity -----------------------------------------------------------------------------------


def test_expired_raises_with_dates(pki: Pki) -> None:
    with pytest.raises(CertificateExpiredError) as info:
        load(pki.expired)
    message = str(info.value)
    assert len(re.findall(DATE_RE, message)) >= 2
    assert pki.expired.not_before.strftime("%Y-%m-%d %H:%M:%S") in message
    assert pki.expired.not_after.strftime("%Y-%m-%d %H:%M:%S") in message
    assert "Old" not in message  # no subject in messages
    path = pki.expired.write_pkcs12(pki.dir / "expired.pfx", PASSWORD)
    with pytest.raises(CertificateExpiredError, match=re.escape(str(path))):
        Certificate.from_pkcs12(path, PASSWORD)


def test_not_yet_valid_raises_with_dates(pki: Pki) -> None:
    with pytest.raises(CertificateNotYetValidError) as info:
        load(pki.not_yet_valid)
    message = str(info.value)
    assert pki.not_yet_valid.not_before.strftime("%Y-%m-%d %H:%M:%S") in message
    assert pki.not_yet_valid.not_after.strftime("%Y-%m-%d %H:%M:%S") in message


def test_check_validity_false_loads_expired(pki: Pki) -> None:
    cert = load(pki.expired, check_validity=False)
    assert cert.info.days_left < 0
    assert cert.info.expired
    with pytest.raises(CertificateExpiredError):
        cert.check_validity()
    path = pki.expired.write_pkcs12(pki.dir / "expired2.pfx", PASSWORD)
    assert Certificate.from_pkcs12(path, PASSWORD, check_validity=False).info.days_left < 0
    future = load(pki.not_yet_valid, check_validity=False)
    assert future.info.days_left > 200
    with pytest.raises(CertificateNotYetValidError):
        future.check_validity()


def test_check_validity_at_given_time(pki: Pki) -> None:
    cert = load(pki.client)
    info = cert.info
    cert.check_validity(info.not_before + timedelta(days=100))
    with pytest.raises(CertificateExpiredError):
        cert.check_validity(info.not_after + timedelta(seconds=1))
    with pytest.raises(CertificateNotYetValidError):
        cert.check_validity(info.not_before - timedelta(seconds=1))
    naive = (info.not_after + timedelta(days=1)).replace(tzinfo=None)  # naive means UTC
    with pytest.raises(CertificateExpiredError):
        cert.check_validity(naive)
    # Loaded with check_validity=True: expiring after loading makes ssl_context() refuse.
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(certificate_module, "_utcnow", lambda: info.not_after + timedelta(days=1))
        with pytest.raises(CertificateExpiredError):
            cert.ssl_context(ca_bundle=pki.ca_pem)


def test_expiring_soon_warns_and_logs(pki: Pki, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="link2prisma.certificate")
    with pytest.warns(CertificateExpiryWarning, match=r"expires in 10 day") as record:
        cert = load(pki.expiring)
    # The warning points at the caller, not inside link2prisma.
    assert record[0].filename == __file__
    assert cert.info.days_left == 10
    records = [r for r in caplog.records if r.name == "link2prisma.certificate"]
    assert len(records) == 1
    assert records[0].levelno == logging.WARNING
    message = records[0].getMessage()
    assert cert.info.serial_hex in message
    assert "10 day" in message
    for secret in ("Soon Gone", cert.info.subject, "CN="):
        assert secret not in message
    # check_validity() warns too; a certificate far from expiry does not.
    with pytest.warns(CertificateExpiryWarning) as record:
        cert.check_validity()
    assert record[0].filename == __file__
    caplog.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load(pki.client).check_validity()
        cert.ssl_context(ca_bundle=pki.ca_pem)  # already warned at load: not again
    assert not caplog.records


def test_expiring_pkcs12_warns(pki: Pki) -> None:
    with pytest.warns(CertificateExpiryWarning) as record:
        Certificate.from_pkcs12(pki.expiring.pkcs12(PASSWORD), PASSWORD)
    assert record[0].filename == __file__


# --- info ---------------------------------------------------------------------------------------


def test_info_user_name_from_uid(pki: Pki) -> None:
    info = Certificate.from_pkcs12(pki.files["pfx"], PASSWORD).info
    assert isinstance(info, CertificateInfo)
    assert info.user_name == "jdoe"
    assert info.common_name == "Jane Doe"
    assert info.subject == "O=Acme,CN=Jane Doe,UID=jdoe"
    assert info.issuer == "CN=link2prisma test root CA"


def test_info_user_name_falls_back_to_cn(pki: Pki) -> None:
    info = load(pki.ec_client).info
    assert info.user_name == "svc-payroll" == info.common_name


def test_info_serial_dates_fingerprint(pki: Pki) -> None:
    cert = load(pki.client)
    info = cert.info
    assert info.serial_number == pki.client.serial
    assert int(info.serial_hex.replace(":", ""), 16) == info.serial_number
    assert int(info.serial_hex_plain, 16) == info.serial_number
    assert re.fullmatch(r"[0-9A-F]{2}(:[0-9A-F]{2})*", info.serial_hex)
    assert info.serial_hex.replace(":", "") == info.serial_hex_plain
    assert info.not_before == pki.client.not_before
    assert info.not_after == pki.client.not_after
    assert info.not_before.utcoffset() == timedelta(0)
    assert info.not_after.tzinfo is not None
    assert info.days_left in (364, 365)
    assert info.fingerprint_sha256 == hashlib.sha256(cert.public_der()).hexdigest()
    with pytest.raises(AttributeError):
        info.days_left = 3  # type: ignore[misc]


def test_info_serial_small_and_fixed(pki: Pki) -> None:
    info = load(pki.ca.issue_client("x", key_type="ec", serial_number=0xABC)).info
    assert info.serial_hex == "0A:BC"
    assert info.serial_hex_plain == "0ABC"
    assert info.serial_number == 2748


@pytest.mark.parametrize(
    ("key_type", "key_size", "expected"),
    [
        ("rsa", 2048, ("RSA", 2048)),
        ("rsa", 3072, ("RSA", 3072)),
        ("ec", 256, ("EC", 256)),
        ("ec", 384, ("EC", 384)),
        ("ed25519", None, ("Ed25519", 256)),
    ],
)
def test_info_key_type_and_size(
    pki: Pki, key_type: Any, key_size: int | None, expected: tuple[str, int]
) -> None:
    ident = pki.ca.issue_client("k", key_type=key_type, key_size=key_size)
    info = load(ident).info
    assert (info.key_type, info.key_size) == expected
    assert info.key_matches


@given(st.integers(min_value=0, max_value=2**160))
def test_serial_hex_round_trips(serial: int) -> None:
    text = certificate_module._serial_hex(serial)
    assert int(text.replace(":", ""), 16) == serial
    assert all(len(pair) == 2 for pair in text.split(":"))
    assert text == text.upper()


# --- public data only, repr, pickling -----------------------------------------------------------


def test_public_pem_and_der_hold_no_key(pki: Pki) -> None:
    cert = load(pki.client)
    assert cert.public_pem() == pki.client.cert_pem()
    assert b"PRIVATE" not in cert.public_pem(include_chain=True)
    assert cert.public_der() == pki.client.cert.public_bytes(serialization.Encoding.DER)
    key_der = pki.client.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    assert key_der not in cert.public_der()


def test_repr_holds_no_key_material(pki: Pki) -> None:
    cert = Certificate.from_pkcs12(pki.files["pfx"], PASSWORD)
    text = repr(cert)
    info = cert.info
    assert "Jane Doe" in text and info.serial_hex in text and str(info.not_after.year) in text
    assert "PRIVATE" not in text and "KEY" not in text.upper().replace("KEYS", "")
    key_pem = pki.client.key_pem()
    body = b"".join(key_pem.splitlines()[1:-1]).decode()
    for i in range(0, len(body) - 16, 16):
        assert body[i : i + 16] not in text
    assert str(cert) == text
    assert PASSWORD.decode() not in text


def test_certificate_cannot_be_pickled(pki: Pki) -> None:
    cert = load(pki.ec_client)
    with pytest.raises(TypeError, match="private key"):
        pickle.dumps(cert)


def test_unsupported_key_type_refused(pki: Pki) -> None:
    from cryptography.hazmat.primitives.asymmetric import x25519

    with pytest.raises(CertificateError, match="unsupported private key"):
        Certificate(pki.client.cert, x25519.X25519PrivateKey.generate())  # type: ignore[arg-type]


# --- ssl_context --------------------------------------------------------------------------------


def test_ssl_context_settings_and_trust(pki: Pki) -> None:
    cert = load(pki.ec_client)
    for bundle in (
        pki.ca_pem,
        str(pki.ca_pem),
        pki.ca.cert_pem(),
        pki.ca.cert.public_bytes(serialization.Encoding.DER),
    ):
        ctx = cert.ssl_context(ca_bundle=bundle)
        assert isinstance(ctx, ssl.SSLContext)
        assert ctx.protocol == ssl.PROTOCOL_TLS_CLIENT
        assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
        assert ctx.check_hostname is True
        assert ctx.verify_mode == ssl.CERT_REQUIRED
        assert ctx.cert_store_stats()["x509_ca"] == 1
    assert cert.ssl_context() is not cert.ssl_context(ca_bundle=pki.ca_pem)


def test_ssl_context_default_trust(pki: Pki, monkeypatch: pytest.MonkeyPatch) -> None:
    cert = load(pki.ec_client)
    assert cert.ssl_context().cert_store_stats()["x509_ca"] > 20  # certifi is installed
    monkeypatch.setitem(sys.modules, "certifi", None)  # import certifi -> ImportError
    ctx = cert.ssl_context()  # system store; may be empty in a container, must not fail
    assert ctx.verify_mode == ssl.CERT_REQUIRED


def test_ssl_context_bad_ca_bundle(pki: Pki, tmp_path: Path) -> None:
    cert = load(pki.ec_client)
    missing = tmp_path / "missing-ca.pem"
    with pytest.raises(ConfigurationError) as info:
        cert.ssl_context(ca_bundle=missing)
    assert str(missing) in str(info.value)
    with pytest.raises(ConfigurationError):
        cert.ssl_context(ca_bundle=b"-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----")


# --- end-to-end mutual TLS on 127.0.0.1 ---------------------------------------------------------


@pytest.fixture
def requiring_server(pki: Pki, tmp_path: Path) -> Iterator[MTLSServer]:
    ctx = server_ssl_context(pki.server, client_ca=pki.ca, directory=tmp_path)
    with mtls_server(ctx) as server:
        yield server


@pytest.fixture(params=["memfd", "encrypted-files"])
def key_path_mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(_keyfile, "USE_MEMFD", request.param == "memfd")
    return str(request.param)


def test_mtls_end_to_end(pki: Pki, requiring_server: MTLSServer, key_path_mode: str) -> None:
    cert = Certificate.from_pkcs12(pki.files["pfx"], PASSWORD)
    with httpx.Client(verify=cert.ssl_context(ca_bundle=pki.ca_pem), timeout=5) as client:
        response = client.get(url(requiring_server))
    assert response.status_code == 200
    assert response.json() == {
        "userId": "jdoe",
        "commonName": "Jane Doe",
        "organizationName": "Acme",
    }
    assert requiring_server.seen[-1]["userId"] == cert.info.user_name


@pytest.mark.parametrize("which", ["ec_client", "inter_client"])
def test_mtls_end_to_end_ec_and_intermediate(
    pki: Pki, requiring_server: MTLSServer, which: str
) -> None:
    ident: Identity = getattr(pki, which)
    cert = Certificate.from_pem(ident.cert_pem(with_chain=True), ident.key_pem(PASSWORD), PASSWORD)
    with httpx.Client(verify=cert.ssl_context(ca_bundle=pki.ca.cert_pem()), timeout=5) as client:
        response = client.get(url(requiring_server))
    assert response.status_code == 200
    assert response.json()["commonName"] == cert.info.common_name


def test_mtls_client_cert_from_unknown_ca_is_refused(
    pki: Pki, requiring_server: MTLSServer
) -> None:
    rogue = load(pki.rogue_client)
    with (
        httpx.Client(verify=rogue.ssl_context(ca_bundle=pki.ca_pem), timeout=5) as client,
        pytest.raises(httpx.TransportError),
    ):
        client.get(url(requiring_server))
    requiring_server.wait_handled()
    assert requiring_server.seen == []
    assert requiring_server.tls_errors
    assert isinstance(requiring_server.tls_errors[0], ssl.SSLError)


def test_mtls_without_client_cert_is_refused(pki: Pki, requiring_server: MTLSServer) -> None:
    ctx = ssl.create_default_context(cafile=str(pki.ca_pem))
    with httpx.Client(verify=ctx, timeout=5) as client, pytest.raises(httpx.TransportError):
        client.get(url(requiring_server))
    requiring_server.wait_handled()
    assert requiring_server.seen == []
    assert isinstance(requiring_server.tls_errors[0], ssl.SSLError)


def test_server_from_unknown_ca_is_refused(pki: Pki, tmp_path: Path) -> None:
    cert = load(pki.client)
    ctx = server_ssl_context(pki.rogue_server, client_ca=pki.ca, directory=tmp_path)
    with (
        mtls_server(ctx) as server,
        httpx.Client(verify=cert.ssl_context(ca_bundle=pki.ca_pem), timeout=5) as client,
    ):
        with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
            client.get(url(server))
        server.wait_handled()
        assert server.seen == []


# --- no plaintext key on disk -------------------------------------------------------------------

_PEM_BLOCK = re.compile(rb"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)


def plaintext_key_in(data: bytes, key_ders: list[bytes]) -> bool:
    """Whether ``data`` holds an unencrypted private key, PEM (any format) or DER."""
    for label, body in _PEM_BLOCK.findall(data):
        if b"PRIVATE KEY" in label and b"ENCRYPTED" not in label and b"ENCRYPTED" not in body:
            return True
    return any(der in data for der in key_ders)


def _key_ders(identity: Identity) -> list[bytes]:
    ders = [
        identity.key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())
        for fmt in (
            serialization.PrivateFormat.PKCS8,
            serialization.PrivateFormat.TraditionalOpenSSL,
        )
    ]
    return ders


_AUDIT_HOOK: list[DiskWatch | None] = [None]


def _audit(event: str, args: tuple[Any, ...]) -> None:
    watch = _AUDIT_HOOK[0]
    if watch is None or event != "open":
        return
    path, mode, flags = args
    if isinstance(path, int) or path is None:
        return
    writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
    )
    if writing:
        watch.opened_for_writing.add(os.path.abspath(os.fsdecode(path)))


@dataclass
class DiskWatch:
    """Watches everything written while a key is handed to OpenSSL.

    * every ``os.write`` (with what the descriptor points at: a memfd or a real file),
    * every write through ``tempfile.NamedTemporaryFile``,
    * every path opened for writing (audit hook on ``open``, which covers ``open``, ``os.open``,
      ``pathlib`` and ``mkstemp``),
    * the content of the files handed to ``load_cert_chain`` and of every file opened for
      writing, read at the moment OpenSSL loads them.
    """

    tempdir: Path
    key_ders: list[bytes]
    os_writes: list[tuple[str, bytes]] = field(default_factory=list)
    tempfile_writes: list[tuple[str, bytes]] = field(default_factory=list)
    opened_for_writing: set[str] = field(default_factory=set)
    at_load: list[tuple[str, str, bytes, int]] = field(
        default_factory=list
    )  # path, target, data, mode
    load_calls: list[tuple[Any, Any, Any]] = field(default_factory=list)

    def snapshot(self, certfile: Any, keyfile: Any, password: Any) -> None:
        self.load_calls.append((certfile, keyfile, password))
        paths = {os.fspath(p) for p in (certfile, keyfile) if p is not None}
        paths |= self.opened_for_writing
        paths |= {str(p) for p in self.tempdir.iterdir()}
        for path in sorted(paths):
            if not os.path.isfile(path):
                continue
            with contextlib.suppress(FileNotFoundError):
                target = (
                    os.path.realpath(path) if not path.startswith("/proc/") else os.readlink(path)
                )
                mode = stat.S_IMODE(os.stat(path).st_mode)
                self.at_load.append((path, target, Path(path).read_bytes(), mode))

    def violations(self) -> list[str]:
        found: list[str] = []
        for target, data in self.os_writes:
            if not target.startswith("/memfd:") and plaintext_key_in(data, self.key_ders):
                found.append(f"os.write of a plaintext key to {target}")
        for name, data in self.tempfile_writes:
            if plaintext_key_in(data, self.key_ders):
                found.append(f"plaintext key written to temporary file {name}")
        for path, target, data, _ in self.at_load:
            if not target.startswith("/memfd:") and plaintext_key_in(data, self.key_ders):
                found.append(f"plaintext key on disk at load time: {path}")
        for path in sorted(self.opened_for_writing):
            if not os.path.isfile(path):
                continue
            if Path(path).parent == self.tempdir:
                found.append(f"file left behind: {path}")
            elif plaintext_key_in(Path(path).read_bytes(), self.key_ders):
                found.append(f"plaintext key left on disk: {path}")
        left = list(self.tempdir.iterdir())
        if left:
            found.append(f"temporary files left behind: {left}")
        return found


@contextlib.contextmanager
def watch_disk(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, identity: Identity
) -> Iterator[DiskWatch]:
    tempdir = tmp_path / "tempdir"
    tempdir.mkdir()
    watch = DiskWatch(tempdir=tempdir, key_ders=_key_ders(identity))
    monkeypatch.setattr(tempfile, "tempdir", str(tempdir))

    real_write = os.write

    def recording_write(fd: int, data: Any) -> int:
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            target = f"fd {fd}"
        watch.os_writes.append((target, bytes(data)))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", recording_write)

    real_ntf = tempfile.NamedTemporaryFile

    def recording_ntf(*args: Any, **kwargs: Any) -> Any:
        f = real_ntf(*args, **kwargs)
        real = f.write

        def write(data: Any) -> int:
            watch.tempfile_writes.append((f.name, bytes(data)))
            return int(real(data))

        f.write = write  # type: ignore[method-assign]
        return f

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", recording_ntf)

    class SpyContext(ssl.SSLContext):
        def load_cert_chain(self, certfile: Any, keyfile: Any = None, password: Any = None) -> None:
            watch.snapshot(certfile, keyfile, password)
            super().load_cert_chain(certfile, keyfile, password)

    class SslModule:
        """``ssl`` as link2prisma._tls (where every client context is made) sees it, with
        SSLContext spied on."""

        SSLContext = SpyContext

        def __getattr__(self, name: str) -> Any:
            return getattr(ssl, name)

    monkeypatch.setattr(_tls, "ssl", SslModule())

    if not getattr(sys, "_l2p_audit_installed", False):
        sys.addaudithook(_audit)
        sys._l2p_audit_installed = True  # type: ignore[attr-defined]
    _AUDIT_HOOK[0] = watch
    try:
        yield watch
    finally:
        _AUDIT_HOOK[0] = None


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches /proc")
@pytest.mark.parametrize("which", ["client", "ec_client"])
def test_no_plaintext_key_on_disk(
    pki: Pki,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key_path_mode: str,
    which: str,
) -> None:
    identity: Identity = getattr(pki, which)
    cert = Certificate.from_pem(identity.cert_pem(), identity.key_pem(PASSWORD), PASSWORD)
    fds = _open_fds()
    with watch_disk(monkeypatch, tmp_path, identity) as watch:
        ctx = cert.ssl_context(ca_bundle=pki.ca_pem)
    assert watch.violations() == []
    assert _open_fds() == fds  # the memfd (or temp files) are closed
    assert len(watch.load_calls) == 1
    certfile, keyfile, password = watch.load_calls[0]
    loaded = {path: (target, data, mode) for path, target, data, mode in watch.at_load}
    if key_path_mode == "memfd":
        assert certfile.startswith("/proc/self/fd/") and keyfile is None
        target, data, _ = loaded[certfile]
        assert target.startswith("/memfd:l2p-key")
        # The memfd did hold the key (in memory only): proof that this path was really taken.
        assert plaintext_key_in(data, watch.key_ders)
        assert watch.tempfile_writes == []
    else:
        assert Path(certfile).parent == watch.tempdir == Path(keyfile).parent
        assert isinstance(password, bytes) and len(password) == 32
        _, key_data, key_mode = loaded[keyfile]
        _, cert_data, cert_mode = loaded[certfile]
        assert key_mode == cert_mode == 0o600
        assert b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in key_data
        assert not plaintext_key_in(key_data, watch.key_ders)
        assert b"PRIVATE KEY" not in cert_data
        # It really is the key, encrypted under the one-time password.
        decrypted = serialization.load_pem_private_key(key_data, password)
        assert decrypted.public_key() == identity.key.public_key()
        assert watch.tempfile_writes  # the writes were seen
        assert not Path(certfile).exists() and not Path(keyfile).exists()
    # The context really works.
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    server_ctx = server_ssl_context(pki.server, client_ca=pki.ca, directory=tmp_path)
    with mtls_server(server_ctx) as srv, httpx.Client(verify=ctx, timeout=5) as client:
        assert client.get(url(srv)).status_code == 200


def _leak_with_named_tempfile(ctx: ssl.SSLContext, chain: bytes, key: Any) -> None:
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(chain + pem)
    try:
        ctx.load_cert_chain(f.name)
    finally:
        os.unlink(f.name)


def _leak_with_open(ctx: ssl.SSLContext, chain: bytes, key: Any) -> None:
    path = Path(tempfile.gettempdir()) / "leaky.pem"
    with open(path, "wb") as f:
        f.write(chain)
        f.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption(),
            )
        )
    try:
        ctx.load_cert_chain(path)
    finally:
        path.unlink()


def _leak_with_os_write_der(ctx: ssl.SSLContext, chain: bytes, key: Any) -> None:
    fd, path = tempfile.mkstemp()
    try:
        os.write(
            fd,
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
    finally:
        os.close(fd)
        os.unlink(path)
    _keyfile.load_into(ctx, chain, key, use_memfd=False)


def _leave_encrypted_files_behind(ctx: ssl.SSLContext, chain: bytes, key: Any) -> None:
    for content in (chain, b"not a key"):
        with tempfile.NamedTemporaryFile(delete=False) as f:
            f.write(content)
    _keyfile.load_into(ctx, chain, key)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="watches /proc")
@pytest.mark.parametrize(
    ("leaky", "reason"),
    [
        (_leak_with_named_tempfile, "plaintext key written to temporary file"),
        (_leak_with_open, "plaintext key on disk at load time"),
        (_leak_with_os_write_der, "os.write of a plaintext key"),
        (_leave_encrypted_files_behind, "left behind"),
    ],
)
def test_disk_watch_catches_a_leaky_implementation(
    pki: Pki,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    leaky: Callable[[ssl.SSLContext, bytes, Any], None],
    reason: str,
) -> None:
    """The watch used above is not blind: a loader that writes the key in clear is caught."""
    identity = pki.ec_client
    with watch_disk(monkeypatch, tmp_path, identity) as watch:
        leaky(
            getattr(_tls, "ssl").SSLContext(ssl.PROTOCOL_TLS_CLIENT),
            identity.cert_pem(),
            identity.key,
        )
    violations = watch.violations()
    assert any(reason in v for v in violations), violations


def test_keyfile_forced_fallback_and_memfd_both_load(pki: Pki) -> None:
    for use_memfd in (True, False):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        _keyfile.load_into(ctx, pki.client.cert_pem(), pki.client.key, use_memfd=use_memfd)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    with pytest.raises(ssl.SSLError):  # OpenSSL's own errors pass through
        _keyfile.load_into(ctx, pki.client.cert_pem(), pki.ec_client.key, use_memfd=False)
    with pytest.raises(ssl.SSLError):
        _keyfile.load_into(ctx, pki.client.cert_pem(), pki.ec_client.key, use_memfd=True)


def test_fallback_files_removed_even_on_error(
    pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    with pytest.raises(ssl.SSLError):
        _keyfile.load_into(ctx, pki.client.cert_pem(), pki.ec_client.key, use_memfd=False)
    assert list(tmp_path.iterdir()) == []
