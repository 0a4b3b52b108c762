"""The ``link2prisma`` command line, run in-process (typer's CliRunner) against the sandbox."""

from __future__ import annotations

import base64
import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from typer.main import get_command
from typer.testing import CliRunner

from cli_env import sandbox_env
from link2prisma import Link2Prisma
from link2prisma.cli import app
from link2prisma.cli.output import jsonable, mask_rrnr
from link2prisma.sandbox import Sandbox

WORKERS = 120


@pytest.fixture(scope="module")
def sb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sandbox]:
    with Sandbox.start(
        employers=2, workers_per_employer=WORKERS, delay=0.0, processors=4, seed=3
    ) as sandbox:
        yield sandbox


@pytest.fixture
def env(sb: Sandbox, tmp_path: Path) -> dict[str, str | None]:
    """The environment of a configured run (and no config file of the user's)."""
    return sandbox_env(sb, tmp_path)


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str | None]:
    """No settings at all."""
    return dict.fromkeys(
        (
            "L2P_BASE_URL",
            "L2P_CERT",
            "L2P_CERT_PASSWORD",
            "L2P_EMPLOYER",
            "L2P_CA_BUNDLE",
            "L2P_KEY",
            "L2P_PROFILE",
            "L2P_CONFIG",
        )
    ) | {"XDG_CONFIG_HOME": str(tmp_path / "xdg")}


def run(env: dict[str, str | None], *args: str, input: str | None = None) -> Any:
    return CliRunner(env=env).invoke(app, list(args), input=input)


def run_json(env: dict[str, str | None], *args: str) -> Any:
    result = run(env, "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def first_worker(sb: Sandbox) -> dict[str, Any]:
    with Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle) as l2p:
        record = l2p.employer(sb.employers[0]).workers.list(limit=1, offset=0).result()[0]
    data: dict[str, Any] = record.to_dict()
    return data


# --- help ---------------------------------------------------------------------------------------


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def test_every_command_has_complete_help(bare_env: dict[str, str | None]) -> None:
    root = get_command(app)
    seen = []
    for path, command in _commands(root):
        result = run(bare_env, *path, "--help")
        assert result.exit_code == 0, (path, result.output)
        text = result.stdout
        seen.append(" ".join(path))
        if path == ("sandbox",):  # the sandbox's own parser answers
            assert "--port" in text and "--workers-per-employer" in text
            continue
        assert "Usage:" in text
        assert command.help, path
        for param in command.params:
            if param.name in ("ctx", "help") or getattr(param, "hidden", False):
                continue
            if param.param_type_name == "option":
                assert param.help, (path, param.name)
                assert param.opts[0] in text, (path, param.opts)
            else:
                assert param.help, (path, param.name)
    expected = {
        "",
        "cert",
        "cert inspect",
        "cert export-public",
        "workers",
        "workers export",
        "documents",
        "documents list",
        "documents download",
        "documents upload",
        "exists",
        "result",
        "call",
        "sync",
        "demo",
        "sandbox",
    }
    assert expected <= set(seen)


def test_root_help_documents_exit_codes_and_settings(bare_env: dict[str, str | None]) -> None:
    text = run(bare_env, "--help").stdout
    for needle in ("Exit codes", "0 ok", "2", "3 certificate", "4 connection", "5 timeout"):
        assert needle in text
    for var in ("L2P_BASE_URL", "L2P_CERT", "L2P_CERT_PASSWORD", "L2P_EMPLOYER", "L2P_CA_BUNDLE"):
        assert var in text


def test_version(bare_env: dict[str, str | None]) -> None:
    result = run(bare_env, "--version")
    assert result.exit_code == 0 and result.stdout.startswith("link2prisma ")


def test_global_options_are_read_after_the_subcommand(bare_env: dict[str, str | None]) -> None:
    # Parsed by click on the subcommand itself (tests/integration/test_cli_conventions.py has
    # every position and form against the sandbox): here --json and -e after the arguments.
    result = run(bare_env, "exists", "00010100105", "-e", "9", "--json")
    assert result.exit_code == 2
    assert json.loads(result.stderr)["message"].startswith("no base url")


# --- configuration ------------------------------------------------------------------------------


def test_a_password_is_never_a_flag(env: dict[str, str | None]) -> None:
    result = run(env, "--password", "secret", "exists", "00010100105")
    assert result.exit_code == 2
    assert "secret" not in result.stdout


def test_missing_settings_are_a_usage_error(bare_env: dict[str, str | None]) -> None:
    result = run(bare_env, "documents", "list", "20240101", "20240131")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no employer") or "no " in result.stderr
    assert "Traceback" not in result.output


def test_profile_from_toml_with_password_file(
    sb: Sandbox, bare_env: dict[str, str | None], tmp_path: Path
) -> None:
    pw = tmp_path / "pw.txt"
    pw.write_text(sb.pfx_password + "\n")
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
default_profile = "nothing"
[profiles.nothing]
employer = "1"

[profiles.sandbox]
base_url = "{sb.base_url}"
cert = "{sb.pfx_path}"
employer = "{sb.employers[1]}"
ca_bundle = "{sb.ca_bundle}"
password_file = "pw.txt"
"""
    )
    data = run_json(
        bare_env, "--config", str(config), "--profile", "sandbox", "exists", "00010100105"
    )
    assert data == {
        "rrnr": "*********05",
        "employer": sb.employers[1],
        "exists": False,
        "worker_number": None,
    }
    # The default location ($XDG_CONFIG_HOME/link2prisma/config.toml), profile from L2P_PROFILE,
    # and the flag --employer winning over the profile.
    default = Path(str(bare_env["XDG_CONFIG_HOME"])) / "link2prisma" / "config.toml"
    default.parent.mkdir(parents=True)
    default.write_text(config.read_text())
    env = bare_env | {"L2P_PROFILE": "sandbox"}
    (default.parent / "pw.txt").write_text(sb.pfx_password)
    data = run_json(env, "exists", "00010100105", "--employer", sb.employers[0])
    assert data["employer"] == sb.employers[0]


def test_password_env_of_a_profile(
    sb: Sandbox, bare_env: dict[str, str | None], tmp_path: Path
) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        f'[profiles.p]\nbase_url = "{sb.base_url}"\ncert = "{sb.pfx_path}"\n'
        f'employer = "{sb.employers[0]}"\nca_bundle = "{sb.ca_bundle}"\n'
        'password_env = "MY_PFX_PW"\n'
    )
    env = bare_env | {"MY_PFX_PW": sb.pfx_password}
    assert (
        run_json(env, "--config", str(config), "-p", "p", "exists", "00010100105")["exists"]
        is False
    )


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, ["--config", "missing.toml"], "config file not found"),
        ("not = [toml", [], "not valid TOML"),
        ('[profiles.a]\nbase_url = "x"\n', ["--profile", "b"], "no profile 'b'"),
        ('[profiles.a]\npassword = "x"\n', ["--profile", "a"], "unknown settings password"),
    ],
)
def test_bad_config_is_a_usage_error(
    bare_env: dict[str, str | None],
    tmp_path: Path,
    content: str | None,
    args: list[str],
    message: str,
) -> None:
    config = tmp_path / "config.toml"
    if content is not None:
        config.write_text(content)
        args = ["--config", str(config), *args]
    else:
        args = [a if a != "missing.toml" else str(tmp_path / a) for a in args]
    result = run(bare_env, *args, "exists", "00010100105")
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert result.stderr.count("\n") == 1  # one line, no traceback


def test_wrong_password_is_a_certificate_error(env: dict[str, str | None]) -> None:
    result = run(env | {"L2P_CERT_PASSWORD": "wrong"}, "exists", "00010100105")
    assert result.exit_code == 3
    assert "password is wrong" in result.stderr
    assert "wrong" not in result.stderr.split("password")[0]


def test_connection_refused_is_exit_4(env: dict[str, str | None]) -> None:
    bad = env | {"L2P_BASE_URL": "https://127.0.0.1:9/link2prisma.svc"}
    result = run(bad, "--retries", "1", "exists", "00010100105")
    assert result.exit_code == 4, result.output
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(env: dict[str, str | None]) -> None:
    bad = env | {"L2P_BASE_URL": "https://127.0.0.1:9/link2prisma.svc"}
    result = run(bad, "--debug", "exists", "00010100105", "--retries", "1")
    assert result.exit_code == 4
    assert "Traceback" in result.stderr


def test_timeout_is_exit_5(tmp_path: Path, env: dict[str, str | None]) -> None:
    with Sandbox.start(employers=1, workers_per_employer=5, delay=3.0, processors=1) as slow:
        slow_env = env | {
            "L2P_BASE_URL": slow.base_url,
            "L2P_CERT": str(slow.pfx_path),
            "L2P_CERT_PASSWORD": slow.pfx_password,
            "L2P_CA_BUNDLE": str(slow.ca_bundle),
            "L2P_EMPLOYER": slow.employers[0],
        }
        result = run(slow_env, "--timeout", "0.3", "call", "workers", "list")
    assert result.exit_code == 5, result.output
    assert "continuation token" in result.stderr or "not finished" in result.stderr


# --- cert ---------------------------------------------------------------------------------------


def test_cert_inspect_pfx(sb: Sandbox, env: dict[str, str | None]) -> None:
    info = run_json(env, "cert", "inspect", str(sb.pfx_path))
    cert = sb.certificate.certificate
    assert info["serial_number"] == str(cert.serial_number)
    assert int(info["serial_hex"], 16) == cert.serial_number
    assert info["user_name"] == "integrator"
    assert "CN=integrator" in info["subject"]
    assert info["issuer"] == cert.issuer.rfc4514_string()
    assert info["key_matches"] is True
    assert info["status"] == "valid" and info["days_left"] > 0
    assert {"not_before", "not_after", "key_type", "key_size", "fingerprint_sha256"} <= set(info)
    human = run(env, "cert", "inspect", str(sb.pfx_path))
    assert human.exit_code == 0
    for label in ("Owner", "User name", "Issuer", "Valid from", "Valid to", "Days left"):
        assert label in human.stdout
    assert "Serial number (decimal)" in human.stdout and "hexadecimal" in human.stdout


def test_cert_inspect_pem_with_and_without_key(
    sb: Sandbox, bare_env: dict[str, str | None]
) -> None:
    cert_pem, key_pem = sb.pem_pair()
    only = run_json(bare_env, "cert", "inspect", str(cert_pem))
    assert only["key_matches"] is None and only["status"] == "valid"
    both = run_json(bare_env, "cert", "inspect", str(cert_pem), "--key", str(key_pem))
    assert both["key_matches"] is True
    assert both["serial_number"] == only["serial_number"]


def test_cert_inspect_pfx_password_from_file(
    sb: Sandbox, bare_env: dict[str, str | None], tmp_path: Path
) -> None:
    pw = tmp_path / "pw"
    pw.write_text(sb.pfx_password)
    info = run_json(bare_env, "cert", "inspect", str(sb.pfx_path), "--password-file", str(pw))
    assert info["key_matches"] is True
    # No password and no terminal: a certificate error, exit 3.
    result = run(bare_env, "cert", "inspect", str(sb.pfx_path))
    assert result.exit_code == 3 and "password" in result.stderr


def test_a_missing_password_is_asked_once(sb: Sandbox) -> None:
    from link2prisma import CertificatePasswordError
    from link2prisma.cli.config import load_certificate

    asked: list[str] = []

    def prompt(what: str) -> bytes:
        asked.append(what)
        return sb.pfx_password.encode()

    cert = load_certificate(sb.pfx_path, None, lambda: None, prompt=prompt)
    assert cert.info.user_name == "integrator" and asked == [str(sb.pfx_path)]
    with pytest.raises(CertificatePasswordError):  # a given, wrong password is not asked again
        load_certificate(sb.pfx_path, None, lambda: b"wrong", prompt=prompt)
    assert len(asked) == 1


def test_cert_inspect_expired_and_mismatched_exit_3(
    bare_env: dict[str, str | None], tmp_path: Path
) -> None:
    from pki import CA, days_from_now

    ca = CA()
    expired = ca.issue_client("Old Cert", uid="old", not_after=days_from_now(-3))
    pfx = tmp_path / "old.pfx"
    expired.write_pkcs12(pfx, b"pw")
    result = run(bare_env | {"L2P_CERT_PASSWORD": "pw"}, "--json", "cert", "inspect", str(pfx))
    assert result.exit_code == 3
    info = json.loads(result.stdout)
    assert info["status"] == "expired" and info["days_left"] < 0
    assert "expired" in result.stderr

    good = ca.issue_client("Jane", uid="jane")
    other = ca.issue_client("Other")
    wrong = good.with_key(other.key)
    cert_pem, key_pem = wrong.write_pem(tmp_path)
    result = run(bare_env, "--json", "cert", "inspect", str(cert_pem), "--key", str(key_pem))
    assert result.exit_code == 3
    assert json.loads(result.stdout)["key_matches"] is False


@pytest.mark.parametrize("source", ["pfx", "pem-with-key"])
def test_cert_export_public_never_writes_the_key(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path, source: str
) -> None:
    if source == "pfx":
        src = sb.pfx_path
    else:  # one PEM file holding certificate and key
        src = tmp_path / "both.pem"
        cert_pem, key_pem = sb.pem_pair()
        src.write_bytes(cert_pem.read_bytes() + key_pem.read_bytes())
        assert b"PRIVATE KEY" in src.read_bytes()
    der = tmp_path / "public.cer"
    result = run(env, "cert", "export-public", str(src), "--out", str(der))
    assert result.exit_code == 0, result.output
    data = der.read_bytes()
    assert b"PRIVATE KEY" not in data
    cert = x509.load_der_x509_certificate(data)  # the DER is one certificate ...
    assert cert == sb.certificate.certificate
    with pytest.raises((ValueError, TypeError)):  # ... and not a key
        serialization.load_der_private_key(data, None)
    pem = tmp_path / "public.pem"
    summary = run_json(
        env, "cert", "export-public", str(src), "--out", str(pem), "--pem", "--chain"
    )
    text = pem.read_bytes()
    assert b"PRIVATE KEY" not in text and b"ENCRYPTED" not in text
    blocks = text.split(b"-----BEGIN ")[1:]
    assert blocks and all(b.startswith(b"CERTIFICATE-----") for b in blocks)
    assert x509.load_pem_x509_certificates(text)[0] == cert
    assert summary["format"] == "PEM" and summary["serial_number"] == str(cert.serial_number)
    with pytest.raises((ValueError, TypeError)):
        serialization.load_pem_private_key(text, None)


def test_cert_export_public_refuses_to_overwrite_its_input(
    sb: Sandbox, bare_env: dict[str, str | None], tmp_path: Path
) -> None:
    cert_pem, _ = sb.pem_pair()
    copy = tmp_path / "c.pem"
    copy.write_bytes(cert_pem.read_bytes())
    result = run(bare_env, "cert", "export-public", str(copy), "--out", str(copy))
    assert result.exit_code == 2


# --- exists and result --------------------------------------------------------------------------


def test_exists_masks_the_national_register_number(sb: Sandbox, env: dict[str, str | None]) -> None:
    inss = f"{int(first_worker(sb)['INSS']):011d}"
    result = run(env, "exists", inss)
    assert result.exit_code == 0
    assert inss not in result.output
    assert mask_rrnr(inss) in result.stdout and "worker 1" in result.stdout
    data = run_json(env, "exists", inss)
    assert data == {
        "rrnr": "*" * 9 + inss[-2:],
        "employer": sb.employers[0],
        "exists": True,
        "worker_number": 1,
    }
    unknown = run(env, "exists", "00010100105")
    assert unknown.exit_code == 0 and "not a worker" in unknown.stdout
    assert "00010100105" not in unknown.output
    bad = run(env, "exists", "1234567890")
    assert bad.exit_code == 2 and "1234567890" not in bad.output


def test_result_raw_wait_and_decoded(sb: Sandbox, env: dict[str, str | None]) -> None:
    queued = run_json(env, "call", "workers", "get", "--param", "workerID=2", "--no-wait")
    guid = queued["guid"]
    raw = run_json(env, "result", guid, "--wait")
    assert raw["guid"] == guid and raw["status"] == "succeeded"
    assert raw["result"]["Statuscode"] == "200" and raw["result"]["Action"]
    decoded = run_json(env, "result", guid, "--operation", "workers.get", "--wait")
    assert decoded["WorkerNumber"] == 2
    human = run(env, "result", guid)
    assert human.exit_code == 0 and "Statuscode" in human.stdout and "succeeded" in human.stdout
    # A continuation token printed by --no-wait resumes in this process too.
    assert json.loads(queued["token"])["guid"] == guid


def test_result_of_a_failed_operation_exits_1(env: dict[str, str | None]) -> None:
    guid = run_json(env, "call", "workers", "get", "-P", "workerID=9999999", "--no-wait")["guid"]
    result = run(env, "result", guid, "--wait")
    assert result.exit_code == 1
    assert "failed with Statuscode" in result.stderr
    decoded = run(env, "result", guid, "--wait", "--operation", "workers.get")
    assert decoded.exit_code == 1 and "Statuscode" in decoded.stderr


def test_result_of_an_unknown_guid(env: dict[str, str | None]) -> None:
    result = run(env, "result", "00000000-0000-0000-0000-000000000000")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "404" in result.stderr


# --- call ---------------------------------------------------------------------------------------


def test_call_lists_the_92_operations(bare_env: dict[str, str | None]) -> None:
    ops = run_json(bare_env, "call", "--list")
    assert len(ops) == 92
    assert {"operation": "workers.get", "method": "GET"}.items() <= next(
        o for o in ops if o["operation"] == "workers.get"
    ).items()


def test_call_converts_int_params_and_prints_json(env: dict[str, str | None]) -> None:
    page = run_json(env, "call", "workers", "list", "-P", "limit=5", "-P", "offset=10")
    assert [w["WorkerNumber"] for w in page] == list(range(11, 16))
    # python names and dashes work too
    one = run_json(env, "call", "workers", "get", "--param", "worker_id=3")
    assert one["WorkerNumber"] == 3
    nsso = run(env, "call", "nsso-categories", "list")
    assert nsso.exit_code == 0 and nsso.stdout.lstrip().startswith("[")


def test_call_usage_errors(env: dict[str, str | None], tmp_path: Path) -> None:
    cases = [
        (["call", "workers", "fly"], "workers has:"),
        (["call", "nope", "list"], "no tag"),
        (["call", "workers", "get"], "needs --param for: workerID"),
        (["call", "workers", "get", "-P", "workerID=abc"], "not an integer"),
        (["call", "workers", "get", "-P", "bogus=1"], "no parameter"),
        (["call", "workers", "create"], "needs --body"),
        (["call", "workers", "list", "--body", "-"], "takes no body"),
        (["call"], "give TAG and ACTION"),
    ]
    for args, message in cases:
        result = run(env, *args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr, (args, result.stderr)


def test_call_with_a_body_from_stdin_and_a_refused_body(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    body = {"Name": "Cli", "Firstname": "Body"}
    assert (
        run(
            env,
            "call",
            "workers",
            "update",
            "-P",
            "workerID=4",
            "--body",
            "-",
            input=json.dumps(body),
        ).exit_code
        == 0
    )
    assert run_json(env, "call", "workers", "get", "-P", "workerID=4")["Name"] == "Cli"
    before = sb.stats()["submits_received"].get("workers.create", 0)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"WorkerNumber": 0, "Name": "x"}))
    result = run(env, "call", "workers", "create", "--body", str(bad))
    assert result.exit_code == 1
    assert "invalid request, nothing sent" in result.stderr
    assert sb.stats()["submits_received"].get("workers.create", 0) == before
    notjson = tmp_path / "x.json"
    notjson.write_text("{")
    assert run(env, "call", "workers", "create", "--body", str(notjson)).exit_code == 2


def test_call_bytes_result_to_a_file(env: dict[str, str | None], tmp_path: Path) -> None:
    out = tmp_path / "doc.pdf"
    data = run_json(env, "call", "documents", "get", "-P", "documentID=100001", "--out", str(out))
    assert data["bytes"] == out.stat().st_size and out.read_bytes().startswith(b"%PDF")
    human = run(env, "call", "documents", "get", "-P", "documentID=100001")
    assert human.exit_code == 0 and "bytes" in human.stdout and "--out" in human.stdout


# --- documents ----------------------------------------------------------------------------------


def test_documents_list_download_upload(env: dict[str, str | None], tmp_path: Path) -> None:
    docs = run_json(env, "documents", "list", "2024-01-01", "20240131")
    assert docs and all(d["PublicationDate"].startswith("202401") for d in docs)
    table = run(env, "documents", "list", "20240101", "20240131")
    assert table.exit_code == 0 and str(docs[0]["DocumentID"]) in table.stdout
    out = tmp_path / "d.pdf"
    got = run_json(env, "documents", "download", str(docs[0]["DocumentID"]), "--out", str(out))
    assert got["pdf"] is True and out.read_bytes()[:4] == b"%PDF"
    assert got["bytes"] == docs[0]["Size"] == out.stat().st_size
    up = run_json(
        env,
        "documents",
        "upload",
        str(out),
        "--type",
        "SalarySlip",
        "--worker",
        "2",
        "--month",
        "3",
        "--year",
        "2024",
        "--language",
        "f",
    )
    assert up["status"] == "succeeded" and up["bytes"] == out.stat().st_size
    assert run(env, "documents", "upload", str(out), "--type", "X", "--month", "3").exit_code == 2
    assert run(env, "documents", "list", "2024-13-01", "20240131").exit_code == 2


# --- workers export (uninterrupted; kill and resume: test_cli_resume.py) -----------------------


def test_workers_export_jsonl_and_csv(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    out = tmp_path / "w.jsonl"
    summary = run_json(env, "workers", "export", "--out", str(out), "--page-size", "50")
    lines = out.read_text().splitlines()
    numbers = [json.loads(line)["WorkerNumber"] for line in lines]
    assert summary["workers"] == len(numbers) >= WORKERS
    assert numbers == sorted(set(numbers))
    assert not (tmp_path / "w.jsonl.l2p-state.json").exists()

    csv_out = tmp_path / "w.csv"
    human = run(env, "workers", "export", "--out", str(csv_out), "--format", "csv")
    assert human.exit_code == 0 and "exported" in human.stdout
    rows = list(csv.DictReader(csv_out.open()))
    assert [int(r["WorkerNumber"]) for r in rows] == numbers
    assert len(rows[0]["INSS"]) == 11
    assert json.loads(rows[0]["contract"])  # lists are JSON text


def test_workers_export_in_service(env: dict[str, str | None], tmp_path: Path) -> None:
    out = tmp_path / "s.jsonl"
    summary = run_json(
        env, "workers", "export", "--out", str(out), "--in-service", "20250101", "20251231"
    )
    assert summary["workers"] == len(out.read_text().splitlines())
    assert summary["pages"] == summary["workers"] // 100 + 1  # paged like GET /worker
    assert 0 < summary["workers"] <= WORKERS + 10


def test_workers_export_refuses_a_foreign_state_file(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    out = tmp_path / "w.jsonl"
    state = tmp_path / "w.jsonl.l2p-state.json"
    state.write_text(
        json.dumps(
            {
                "employer": "other",
                "format": "jsonl",
                "page_size": 100,
                "in_service": None,
                "pages": {},
                "next_offset": 0,
                "written_offset": 0,
                "written_bytes": 0,
                "items": 0,
                "pages_written": 0,
                "version": 1,
            }
        )
    )
    out.write_text("")
    result = run(env, "workers", "export", "--out", str(out))
    assert result.exit_code == 2 and "belongs to another export" in result.stderr


# --- sync (in-process; kill and resume: test_cli_resume.py) -------------------------------------


def test_sync_full_then_incremental(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    import sqlite3

    db = tmp_path / "m.sqlite"
    employer = sb.employers[0]
    first = run_json(env, "sync", "--db", str(db), "--page-size", "40")
    assert first["kind"] == "full" and first["written"] == first["workers"] >= WORKERS
    # Another user changes two workers: the next run fetches exactly those again.
    with Link2Prisma(
        sb.base_url, certificate=sb.certificate_for("outsider"), ca_bundle=sb.ca_bundle
    ) as other:
        scope = other.employer(employer)
        for number in (7, 9):
            scope.workers.update(number, {"Name": f"Renamed{number}", "Firstname": "X"}).result()
    before = sb.stats()["submits_received"]
    second = run_json(env, "sync", "--db", str(db))
    after = sb.stats()["submits_received"]
    assert second["kind"] == "incremental" and second["written"] == 2
    assert after.get("workers.get", 0) - before.get("workers.get", 0) == 2
    assert after.get("workers.list", 0) == before.get("workers.list", 0)
    conn = sqlite3.connect(db)
    names = dict(conn.execute("SELECT number, name FROM workers WHERE number IN (7, 9)").fetchall())
    assert names == {7: "Renamed7", 9: "Renamed9"}
    record = json.loads(conn.execute("SELECT record FROM workers WHERE number=7").fetchone()[0])
    assert record["WorkerNumber"] == 7
    contracts = conn.execute("SELECT COUNT(*) FROM contracts WHERE worker=7").fetchone()[0]
    assert contracts == len(record.get("contract") or [])
    assert conn.execute("SELECT COUNT(*) FROM addresses").fetchone()[0] > 0
    assert conn.execute("SELECT COUNT(*) FROM family_statuses").fetchone()[0] > 0
    assert conn.execute("SELECT COUNT(*) FROM inflight").fetchone()[0] == 0
    since = conn.execute("SELECT value FROM meta WHERE key='since'").fetchone()[0]
    assert since == second["until"]
    kinds = [k for (k,) in conn.execute("SELECT kind FROM runs ORDER BY id")]
    assert kinds == ["full", "incremental"]
    human = run(env, "sync", "--db", str(db))
    assert human.exit_code == 0 and "incremental" in human.stdout


# --- demo ---------------------------------------------------------------------------------------


def test_demo(bare_env: dict[str, str | None]) -> None:
    result = run(bare_env, "demo", "--workers", "120", "--seed", "2")
    assert result.exit_code == 0, result.output
    text = result.stdout
    for needle in ("worker_exists", "iter_all", "Create a worker", "%PDF", "refused, nothing sent"):
        assert needle in text
    assert "*********" in text
    report = run_json(bare_env, "demo", "--workers", "60", "--delay", "0")
    steps = {s["step"][:2]: s for s in report["steps"]}
    assert steps["1."]["known"]["exists"] is True and steps["1."]["unknown"]["exists"] is False
    assert steps["2."]["workers"] == 60
    assert steps["3."]["read_back"] is True
    assert steps["4."]["pdf"] is True
    assert steps["5."]["errors"] > 0 and steps["5."]["sent"] == 0


# --- helpers ------------------------------------------------------------------------------------


def test_jsonable_and_mask() -> None:
    assert mask_rrnr("85073003328") == "*********28"
    assert mask_rrnr("85.07.30-033.28") == "*********28"
    assert jsonable(b"%PDF-1.4")["bytes"] == 8
    assert base64.b64decode(jsonable(b"abc")["base64_head"]) == b"abc"
