"""``link2prisma cert``: look at a client certificate, export its public part for a portal."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.x509.oid import NameOID

from .._exceptions import CertificateError
from .._tls import looks_like_pkcs12
from .config import GlobalOptions, load_certificate
from .output import EXIT_CERTIFICATE, EXIT_USAGE, CliError, guarded

app = typer.Typer(
    name="cert",
    help="Inspect a client certificate (PFX or PEM) and export its public part for a portal.",
    no_args_is_help=True,
)

KeyOption = Annotated[
    Path | None,
    typer.Option(
        "--key",
        help="PEM/DER private key file when FILE is a PEM certificate without its key.",
        dir_okay=False,
    ),
]


def _serial_hex(serial: int, sep: str) -> str:
    digits = format(abs(serial), "X")
    if len(digits) % 2:
        digits = "0" + digits
    return ("-" if serial < 0 else "") + sep.join(
        digits[i : i + 2] for i in range(0, len(digits), 2)
    )


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    for attribute in name.get_attributes_for_oid(oid):
        value = attribute.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
    return None


def _public_key_description(cert: x509.Certificate) -> tuple[str, int | None]:
    key = cert.public_key()
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
    return type(key).__name__, None


def describe(cert: x509.Certificate, key_matches: bool | None) -> dict[str, Any]:
    """What the social-security portal shows about a channel certificate, and a bit more."""
    now = datetime.now(UTC)
    not_before, not_after = cert.not_valid_before_utc, cert.not_valid_after_utc
    uid = _first(cert.subject, NameOID.USER_ID)
    cn = _first(cert.subject, NameOID.COMMON_NAME)
    key_type, key_size = _public_key_description(cert)
    if not_after < now:
        status = "expired"
    elif not_before > now:
        status = "not yet valid"
    elif key_matches is False:
        status = "key does not match"
    else:
        status = "valid"
    return {
        "subject": cert.subject.rfc4514_string(),
        "user_name": uid if uid is not None else cn,
        "issuer": cert.issuer.rfc4514_string(),
        "not_before": not_before.isoformat(),
        "not_after": not_after.isoformat(),
        "days_left": (not_after - now).days,
        "serial_number": str(cert.serial_number),
        "serial_hex": _serial_hex(cert.serial_number, ""),
        "serial_hex_colons": _serial_hex(cert.serial_number, ":"),
        "key_type": key_type,
        "key_size": key_size,
        "key_matches": key_matches,
        "fingerprint_sha256": cert.fingerprint(hashes.SHA256()).hex(),
        "status": status,
    }


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CertificateError(f"{path}: file not found") from None
    except OSError as exc:
        raise CertificateError(f"{path}: cannot read: {exc.strerror}") from None


def _certificates_only(data: bytes, path: Path) -> list[x509.Certificate]:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise CertificateError(f"{path}: not a certificate (PKCS#12, PEM or DER)") from None


def _load(
    opts: GlobalOptions, path: Path, key: Path | None
) -> tuple[x509.Certificate, tuple[x509.Certificate, ...], bool | None]:
    """(leaf, chain, key matches or None when there is no key) of a PFX, PEM or DER file."""
    data = _read(path)
    pem = b"-----BEGIN" in data
    has_key = key is not None or (pem and b"PRIVATE KEY-----" in data) or looks_like_pkcs12(data)
    if not has_key:
        certs = _certificates_only(data, path)
        return certs[0], tuple(certs[1:]), None

    def password() -> bytes | None:
        return opts.settings().password() if _uses_settings(opts) else None

    certificate = load_certificate(path, key, password, check_validity=False, check_key=False)
    return certificate.certificate, certificate.chain, certificate.info.key_matches


def _uses_settings(opts: GlobalOptions) -> bool:
    # Reading the profile can fail (a broken config file); a password is then simply asked.
    try:
        opts.settings()
    except CliError:
        return False
    return True


@app.command("inspect", short_help="Show what the portal shows: owner, issuer, validity, serial.")
@guarded
def inspect(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The certificate: .pfx/.p12, or PEM/DER.")],
    key: KeyOption = None,
) -> None:
    """Show a certificate's owner, user name, issuer, validity, serial number (decimal and
    hexadecimal, as the social-security portal shows them), key type and size, and whether
    the private key matches.

    The password of a PFX or of an encrypted key comes from --password-file,
    L2P_CERT_PASSWORD, the profile, or a prompt on a terminal.

    Exits 3 when the certificate has expired, is not yet valid or does not match its key.
    """
    opts: GlobalOptions = ctx.obj
    out = opts.output
    leaf, chain, key_matches = _load(opts, file, key)
    info = describe(leaf, key_matches)
    info = {"file": str(file), **info, "chain": len(chain)}
    if out.json_mode:
        out.json(info)
    else:
        matches = {True: "yes", False: "NO", None: "no key in file"}[key_matches]
        days = info["days_left"]
        out.fields(
            [
                ("Owner (subject)", info["subject"]),
                ("User name", info["user_name"]),
                ("Issuer", info["issuer"]),
                ("Valid from", _day(leaf.not_valid_before_utc)),
                ("Valid to", _day(leaf.not_valid_after_utc)),
                ("Days left", days),
                ("Serial number (decimal)", info["serial_number"]),
                ("Serial number (hexadecimal)", info["serial_hex"]),
                ("Key", f"{info['key_type']} {info['key_size'] or ''}".strip()),
                ("Key matches certificate", matches),
                ("SHA-256 fingerprint", info["fingerprint_sha256"]),
                ("Chain certificates", info["chain"]),
                ("Status", info["status"].upper() if info["status"] != "valid" else "valid"),
            ],
            title=str(file),
        )
    if info["status"] != "valid":
        raise CliError(f"{file}: certificate {info['status']}", EXIT_CERTIFICATE)


def _day(moment: datetime) -> str:
    """The portal's dd/mm/yyyy, and the exact UTC time."""
    utc = moment.astimezone(UTC)
    return f"{utc:%d/%m/%Y} ({utc:%Y-%m-%d %H:%M:%S} UTC)"


@app.command("export-public", short_help="Write the public certificate (.cer) for a portal.")
@guarded
def export_public(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The certificate: .pfx/.p12, or PEM/DER.")],
    out_path: Annotated[
        Path,
        typer.Option("--out", "-o", help="Where to write the public certificate (e.g. NAME.cer)."),
    ],
    pem: Annotated[bool, typer.Option("--pem", help="Write PEM instead of DER.")] = False,
    chain: Annotated[
        bool, typer.Option("--chain", help="With --pem: append the chain certificates.")
    ] = False,
    key: KeyOption = None,
) -> None:
    """Write the public certificate (DER by default, PEM with --pem) for upload to a portal,
    e.g. the social-security portal's web-service channel. Never writes the private key."""
    opts: GlobalOptions = ctx.obj
    out = opts.output
    if out_path.exists() and out_path.resolve() == file.resolve():
        raise CliError("--out must not be the input file", EXIT_USAGE)
    if chain and not pem:
        raise CliError("--chain needs --pem (a DER file holds one certificate)", EXIT_USAGE)
    leaf, chain_certs, _ = _load(opts, file, key)
    if pem:
        certs = (leaf, *chain_certs) if chain else (leaf,)
        data = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)
    else:
        data = leaf.public_bytes(serialization.Encoding.DER)
    if b"PRIVATE KEY" in data:  # impossible by construction; checked all the same
        raise CliError("refusing to write: the output would hold a private key", EXIT_USAGE)
    tmp = out_path.with_name(out_path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, out_path)
    info = describe(leaf, None)
    summary = {
        "file": str(out_path),
        "format": "PEM" if pem else "DER",
        "bytes": len(data),
        "certificates": data.count(b"-----BEGIN CERTIFICATE-----") if pem else 1,
        "subject": info["subject"],
        "serial_number": info["serial_number"],
        "serial_hex": info["serial_hex"],
        "not_after": info["not_after"],
    }
    if out.json_mode:
        out.json(summary)
    else:
        out.say(f"wrote {out_path} ({summary['format']}, {len(data)} bytes, no private key)")
        out.say(f"  subject:              {info['subject']}")
        out.say(f"  serial (decimal):     {info['serial_number']}")
        out.say(f"  serial (hexadecimal): {info['serial_hex']}")
        out.say(f"  valid to:             {_day(leaf.not_valid_after_utc)}")
    if info["status"] != "valid":
        out.note(f"warning: this certificate is {info['status']} ({info['not_after']})")
