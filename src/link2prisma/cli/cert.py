"""``link2prisma cert``: look at a client certificate, export its public part for a portal.

What a certificate says is :func:`link2prisma.certificate.describe`'s; this module only loads
the file as the CLI is told to and formats that description.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from cryptography import x509
from cryptography.hazmat.primitives import serialization

from .._exceptions import CertificateError
from .._tls import looks_like_pkcs12
from ..certificate import CertificateInfo, describe, read_certificates
from .config import GlobalOptions, load_certificate
from .durable import check_output_path
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


def as_json(info: CertificateInfo) -> dict[str, Any]:
    """The description as ``cert inspect --json`` prints it (what the portal shows, and more)."""
    return {
        "subject": info.subject,
        "user_name": info.user_name,
        "issuer": info.issuer,
        "not_before": info.not_before.isoformat(),
        "not_after": info.not_after.isoformat(),
        "days_left": info.days_left,
        "serial_number": info.serial_decimal,
        "serial_hex": info.serial_hex_plain,
        "serial_hex_colons": info.serial_hex,
        "key_type": info.key_type,
        "key_size": info.key_size or None,
        "key_matches": info.key_matches,
        "fingerprint_sha256": info.fingerprint_sha256,
        "status": info.status,
    }


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CertificateError(f"{path}: file not found") from None
    except OSError as exc:
        raise CertificateError(f"{path}: cannot read: {exc.strerror}") from None


def _load(
    opts: GlobalOptions, path: Path, key: Path | None
) -> tuple[x509.Certificate, tuple[x509.Certificate, ...], bool | None]:
    """(leaf, chain, key matches or None when there is no key) of a PFX, PEM or DER file."""
    data = _read(path)
    pem = b"-----BEGIN" in data
    has_key = key is not None or (pem and b"PRIVATE KEY-----" in data) or looks_like_pkcs12(data)
    if not has_key:
        certs = read_certificates(path)
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
    info = describe(leaf, key_matches=key_matches)
    if out.json_mode:
        out.json({"file": str(file), **as_json(info), "chain": len(chain)})
    else:
        matches = {True: "yes", False: "NO", None: "no key in file"}[key_matches]
        out.fields(
            [
                ("Owner (subject)", info.subject),
                ("User name", info.user_name),
                ("Issuer", info.issuer),
                ("Valid from", _day(info.not_before)),
                ("Valid to", _day(info.not_after)),
                ("Days left", info.days_left),
                ("Serial number (decimal)", info.serial_decimal),
                ("Serial number (hexadecimal)", info.serial_hex_plain),
                ("Key", f"{info.key_type} {info.key_size or ''}".strip()),
                ("Key matches certificate", matches),
                ("SHA-256 fingerprint", info.fingerprint_sha256),
                ("Chain certificates", len(chain)),
                ("Status", info.status.upper() if info.status != "valid" else "valid"),
            ],
            title=str(file),
        )
    if info.status != "valid":
        raise CliError(f"{file}: certificate {info.status}", EXIT_CERTIFICATE)


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
    check_output_path(out_path, "--out")
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
    info = describe(leaf)
    summary = {
        "file": str(out_path),
        "format": "PEM" if pem else "DER",
        "bytes": len(data),
        "certificates": data.count(b"-----BEGIN CERTIFICATE-----") if pem else 1,
        "subject": info.subject,
        "serial_number": info.serial_decimal,
        "serial_hex": info.serial_hex_plain,
        "not_after": info.not_after.isoformat(),
    }
    if out.json_mode:
        out.json(summary)
    else:
        out.say(f"wrote {out_path} ({summary['format']}, {len(data)} bytes, no private key)")
        out.say(f"  subject:              {info.subject}")
        out.say(f"  serial (decimal):     {info.serial_decimal}")
        out.say(f"  serial (hexadecimal): {info.serial_hex_plain}")
        out.say(f"  valid to:             {_day(info.not_after)}")
    if info.status != "valid":
        out.note(f"warning: this certificate is {info.status} ({summary['not_after']})")
