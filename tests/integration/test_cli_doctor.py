"""``link2prisma doctor`` against the sandbox: each check passes on a good setup and fails, with
its hint and the documented exit code, on the mistake it is there to catch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli_env import sandbox_env
from link2prisma.cli import app
from link2prisma.cli.doctor import url_problem
from link2prisma.sandbox import Sandbox
from pki import CA, days_from_now


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox.start(employers=2, workers_per_employer=3, delay=0.0, seed=5) as sandbox:
        yield sandbox


@pytest.fixture
def env(sb: Sandbox, tmp_path: Path) -> dict[str, str | None]:
    return sandbox_env(sb, tmp_path)


def doctor(env: dict[str, str | None], *args: str) -> tuple[int, dict[str, Any]]:
    """Run ``doctor --json``: (exit code, the checks by name)."""
    result = CliRunner(env=env).invoke(app, [*args, "--json", "doctor"])
    data = json.loads(result.stdout)
    assert data["ok"] == (result.exit_code == 0), result.output
    return result.exit_code, {c["name"]: c for c in data["checks"]}


def statuses(checks: dict[str, Any]) -> dict[str, str]:
    return {name: c["status"] for name, c in checks.items()}


def test_everything_passes_on_a_good_setup(env: dict[str, str | None]) -> None:
    code, checks = doctor(env)
    assert code == 0
    assert statuses(checks) == dict.fromkeys(
        ["certificate", "ca bundle", "url", "tls", "employer"], "ok"
    )
    assert "days left" in checks["certificate"]["detail"]
    assert "key matches" in checks["certificate"]["detail"]


def test_human_output_is_one_line_per_check(env: dict[str, str | None]) -> None:
    result = CliRunner(env=env).invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split()[1] for line in lines] == ["certificate", "ca", "url", "tls", "employer"]
    assert all(line.startswith("ok ") for line in lines)


def test_the_rights_check_sends_one_synchronous_call_and_queues_nothing(
    sb: Sandbox, env: dict[str, str | None]
) -> None:
    before = sb.stats()
    assert doctor(env)[0] == 0
    after = sb.stats()
    assert after["worker_exists_served"] - before["worker_exists_served"] == 1
    assert after["submits_received_total"] == before["submits_received_total"]


def test_an_employer_without_rights_fails_the_employer_check(
    sb: Sandbox, env: dict[str, str | None]
) -> None:
    outsider = sb.info["users"]["outsider"]  # granted the first employer only
    env |= {
        "L2P_CERT": outsider["pfx"],
        "L2P_CERT_PASSWORD": outsider["pfx_password"],
        "L2P_EMPLOYER": sb.employers[1],
    }
    code, checks = doctor(env)
    assert code == 1
    assert statuses(checks)["tls"] == "ok" and checks["employer"]["status"] == "fail"
    assert "no rights" in checks["employer"]["detail"]
    assert "grant" in checks["employer"]["hint"]


def test_a_missing_ca_bundle_fails_tls_with_the_ca_bundle_hint(
    env: dict[str, str | None],
) -> None:
    code, checks = doctor(env | {"L2P_CA_BUNDLE": None})
    assert code == 4
    assert checks["tls"]["status"] == "fail" and "does not verify" in checks["tls"]["detail"]
    assert "--ca-bundle" in checks["tls"]["hint"] and "L2P_CA_BUNDLE" in checks["tls"]["hint"]
    assert checks["employer"]["status"] == "skip"


def test_an_unreadable_ca_bundle_fails_the_ca_check(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate\n")
    code, checks = doctor(env | {"L2P_CA_BUNDLE": str(bogus)})
    assert code == 2
    assert checks["ca bundle"]["status"] == "fail" and "--ca-bundle" in checks["ca bundle"]["hint"]
    assert checks["tls"]["status"] == "skip"


def test_a_certificate_from_another_ca_is_refused_at_tls(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    pfx = tmp_path / "stranger.pfx"
    CA().issue_client("Stranger", uid="stranger").write_pkcs12(pfx, b"pw")
    code, checks = doctor(env | {"L2P_CERT": str(pfx), "L2P_CERT_PASSWORD": "pw"})
    assert code == 3
    assert checks["certificate"]["status"] == "ok"
    assert "refused the client certificate" in checks["tls"]["detail"]
    assert "registered" in checks["tls"]["hint"]


def test_an_expired_certificate_fails_the_certificate_check(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    pfx = tmp_path / "old.pfx"
    CA().issue_client("Old", not_after=days_from_now(-3)).write_pkcs12(pfx, b"pw")
    code, checks = doctor(env | {"L2P_CERT": str(pfx), "L2P_CERT_PASSWORD": "pw"})
    assert code == 3
    assert (
        checks["certificate"]["status"] == "fail" and "expired" in checks["certificate"]["detail"]
    )
    assert statuses(checks)["tls"] == statuses(checks)["employer"] == "skip"


def test_a_certificate_expiring_soon_is_a_warning_not_a_failure(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    pfx = tmp_path / "soon.pfx"
    CA().issue_client("Soon", not_after=days_from_now(10)).write_pkcs12(pfx, b"pw")
    code, checks = doctor(env | {"L2P_CERT": str(pfx), "L2P_CERT_PASSWORD": "pw"})
    assert (
        checks["certificate"]["status"] == "warn"
        and "expires soon" in (checks["certificate"]["hint"])
    )
    assert code == 3  # the sandbox does not know this certificate's CA: refused at tls
    assert checks["tls"]["status"] == "fail"


def test_a_key_that_does_not_match_fails_the_certificate_check(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    ca = CA()
    mismatched = ca.issue_client("Jane").with_key(ca.issue_client("Other").key)
    cert_pem, key_pem = mismatched.write_pem(tmp_path)
    code, checks = doctor(env | {"L2P_CERT": str(cert_pem), "L2P_KEY": str(key_pem)})
    assert code == 3
    assert "does not belong" in checks["certificate"]["detail"]


def test_a_wrong_password_fails_the_certificate_check(env: dict[str, str | None]) -> None:
    code, checks = doctor(env | {"L2P_CERT_PASSWORD": "Pw-xq7Zk"})
    assert code == 3
    assert "password" in checks["certificate"]["detail"]
    assert "--password-file" in checks["certificate"]["hint"]
    assert "Pw-xq7Zk" not in json.dumps(checks)  # the password itself is never shown


def test_a_url_without_the_service_path_fails_the_url_check(
    sb: Sandbox, env: dict[str, str | None]
) -> None:
    before = sb.stats()["requests_total"]
    url = sb.base_url.removesuffix("/link2prisma.svc")
    code, checks = doctor(env | {"L2P_BASE_URL": url})
    assert code == 2
    assert "/link2prisma.svc" in checks["url"]["detail"] and "--base-url" in checks["url"]["hint"]
    assert sb.stats()["requests_total"] == before + 1  # only the stats call: nothing sent


def test_a_refused_connection_names_host_and_port(env: dict[str, str | None]) -> None:
    code, checks = doctor(env | {"L2P_BASE_URL": "https://127.0.0.1:1/link2prisma.svc"})
    assert code == 4
    assert "127.0.0.1:1" in checks["tls"]["detail"]


def test_missing_settings_each_name_their_flag(env: dict[str, str | None]) -> None:
    bare = env | {"L2P_BASE_URL": None, "L2P_CERT": None, "L2P_EMPLOYER": None}
    code, checks = doctor(bare)
    assert code == 2
    assert "--cert" in checks["certificate"]["hint"] and "--base-url" in checks["url"]["hint"]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://host/link2prisma.svc", "https"),
        ("host/link2prisma.svc", "no scheme"),
        ("https:///link2prisma.svc", "no host"),
        ("https://host/", "link2prisma.svc"),
        ("https://host:x/link2prisma.svc", "not a URL"),
    ],
)
def test_url_shapes_are_named(url: str, words: str) -> None:
    problem = url_problem(url)
    assert problem is not None and words in problem


@pytest.mark.parametrize(
    "url", ["https://host/link2prisma.svc", "https://host:8443/a/Link2Prisma.svc/"]
)
def test_good_url_shapes_pass(url: str) -> None:
    assert url_problem(url) is None
