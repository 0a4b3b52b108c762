"""The command line's conventions (issue 13, "CLI conventions"; issue 14, "Personal data"):
global options in every position, JSON errors, Ctrl-C hints, ``exists --check``, one date
parser, redacted human output, shell completion, the sandbox command, ``from_env``.

In-process (typer's CliRunner) against a fast sandbox; Ctrl-C and the sandbox command in a
subprocess, against a sandbox slow enough (30 s per operation) that the process is certainly
still waiting when it is interrupted.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli_env import sandbox_env
from link2prisma import AsyncLink2Prisma, ConfigurationError, Link2Prisma
from link2prisma._redact import MASK
from link2prisma._settings import resolve_settings
from link2prisma.cli import app
from link2prisma.cli.config import GlobalOptions
from link2prisma.cli.dates import convert_params, parse_day, parse_moment, parse_period
from link2prisma.cli.output import CliError
from link2prisma.sandbox import Sandbox

NOT_A_WORKER = "00010100105"  # valid check digits, not in the sandbox's data


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox.start(employers=2, workers_per_employer=12, delay=0.0, seed=7) as sandbox:
        yield sandbox


@pytest.fixture(scope="module")
def slow() -> Iterator[Sandbox]:
    """Operations stay queued for 30 s: a waiting command is certainly still waiting."""
    with Sandbox.start(
        employers=1, workers_per_employer=230, delay=30.0, processors=2, seed=8
    ) as sandbox:
        yield sandbox


def _env(sb: Sandbox, tmp_path: Path, employer: str | None = None) -> dict[str, str | None]:
    return sandbox_env(sb, tmp_path, employer)


@pytest.fixture
def env(sb: Sandbox, tmp_path: Path) -> dict[str, str | None]:
    """Configured, but no employer: each test says where it gives one."""
    return _env(sb, tmp_path)


def run(env: dict[str, str | None], *args: str) -> Any:
    return CliRunner(env=env).invoke(app, list(args))


def a_worker(sb: Sandbox) -> Any:
    with Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle) as l2p:
        return l2p.employer(sb.employers[0]).workers.list(limit=1, offset=0).result()[0]


def assert_exists_json(result: Any, employer: str) -> None:
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data == {
        "rrnr": "*********05",
        "employer": employer,
        "exists": False,
        "worker_number": None,
    }


# --- global options in every position and form --------------------------------------------------


def test_employer_and_json_before_the_command(sb: Sandbox, env: dict[str, str | None]) -> None:
    e = sb.employers[0]
    assert_exists_json(run(env, "-e", e, "--json", "exists", NOT_A_WORKER), e)


def test_employer_and_json_after_the_arguments(sb: Sandbox, env: dict[str, str | None]) -> None:
    e = sb.employers[1]
    assert_exists_json(run(env, "exists", NOT_A_WORKER, "-e", e, "--json"), e)


def test_long_forms_with_equals_sign(sb: Sandbox, env: dict[str, str | None]) -> None:
    e = sb.employers[0]
    assert_exists_json(run(env, "exists", f"--employer={e}", NOT_A_WORKER, "--json"), e)


def test_profile_and_json_before_the_command(
    sb: Sandbox, tmp_path: Path, env: dict[str, str | None]
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.prod]\nbase_url = "{sb.base_url}"\nemployer = "{sb.employers[1]}"\n',
        "utf-8",
    )
    configured = env | {"L2P_BASE_URL": None, "L2P_CONFIG": str(config)}
    assert_exists_json(
        run(configured, "-p", "prod", "--json", "exists", NOT_A_WORKER), sb.employers[1]
    )
    after = run(configured, "exists", NOT_A_WORKER, "--profile", "prod", "--json")
    assert_exists_json(after, sb.employers[1])


def test_pem_cert_and_key_before_the_command(sb: Sandbox, env: dict[str, str | None]) -> None:
    e = sb.employers[0]
    pem = env | {"L2P_CERT": None, "L2P_CERT_PASSWORD": None}
    result = run(
        pem,
        "--cert",
        str(sb.cert_pem_path),
        "--key",
        str(sb.key_pem_path),
        "--json",
        "-e",
        e,
        "exists",
        NOT_A_WORKER,
    )
    assert_exists_json(result, e)


def test_url_flag_after_the_command(sb: Sandbox, env: dict[str, str | None]) -> None:
    e = sb.employers[0]
    no_url = env | {"L2P_BASE_URL": None}
    assert_exists_json(
        run(no_url, "exists", NOT_A_WORKER, "--url", sb.base_url, "-e", e, "--json"), e
    )


def test_global_option_between_a_group_and_its_command(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    out = tmp_path / "w.jsonl"
    result = run(env, "workers", "-e", sb.employers[0], "export", "--out", str(out), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["workers"] == 12


def test_the_last_employer_written_wins(sb: Sandbox, env: dict[str, str | None]) -> None:
    e0, e1 = sb.employers
    assert_exists_json(run(env, "-e", e0, "--json", "exists", NOT_A_WORKER, "-e", e1), e1)


def test_global_options_hidden_on_commands_but_named_in_their_help(
    env: dict[str, str | None],
) -> None:
    text = run(env, "exists", "--help").stdout
    assert "Global options (-e/--employer, -p/--profile, --json" in text
    root = run(env, "--help").stdout
    for flag in ("--employer", "--profile", "--json", "--cert", "--key", "--url", "--ca-bundle"):
        assert flag in root


# --- --json errors ---------------------------------------------------------------------------


def test_json_usage_error_is_a_json_object_on_stderr(env: dict[str, str | None]) -> None:
    result = run(env, "--json", "exists", "--no-such-flag")
    assert result.exit_code == 2 and result.stdout == ""
    error = json.loads(result.stderr)
    assert error["code"] == "usage" and error["exit_code"] == 2
    assert "--no-such-flag" in error["message"]


def test_json_configuration_error_names_what_to_set(
    sb: Sandbox, env: dict[str, str | None]
) -> None:
    result = run(env | {"L2P_BASE_URL": None}, "exists", NOT_A_WORKER, "-e", "1", "--json")
    assert result.exit_code == 2 and result.stdout == ""
    error = json.loads(result.stderr)
    assert error["code"] == "usage" and "--url" in error["message"]
    assert "L2P_BASE_URL" in error["message"]


def test_json_error_of_a_failed_operation_carries_its_guid(
    sb: Sandbox, env: dict[str, str | None]
) -> None:
    with Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle) as l2p:
        guid = l2p.employer(sb.employers[0]).workers.get(99999).guid
    result = run(
        env, "-e", sb.employers[0], "--json", "result", guid, "--wait", "-o", "workers.get"
    )
    assert result.exit_code == 1 and result.stdout == ""
    error = json.loads(result.stderr)
    assert error["code"] == "failed" and error["exit_code"] == 1
    assert error["guid"] == guid and error["operation"] == "workers.get"
    assert error["type"] == "OperationFailed"


def test_json_timeout_error_carries_guid_and_continuation_token(
    slow: Sandbox, tmp_path: Path
) -> None:
    env = _env(slow, tmp_path, slow.employers[0])
    with Link2Prisma(slow.base_url, certificate=slow.certificate, ca_bundle=slow.ca_bundle) as l2p:
        guid = l2p.employer(slow.employers[0]).workers.get(1).guid
    result = run(env, "result", guid, "-o", "workers.get", "--wait", "--timeout", "0.5", "--json")
    assert result.exit_code == 5 and result.stdout == ""
    error = json.loads(result.stderr)
    assert error["code"] == "timeout" and error["guid"] == guid
    assert json.loads(error["continuation_token"])["guid"] == guid
    assert f"link2prisma result {guid} --wait" in error["message"]


# --- Ctrl-C ---------------------------------------------------------------------------------------


def _cli(env: dict[str, str | None], *args: str) -> subprocess.Popen[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("L2P_")}
    full.update({k: v for k, v in env.items() if v is not None})
    return subprocess.Popen(
        [sys.executable, "-m", "link2prisma.cli", *args],
        env=full,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _interrupt_when(proc: subprocess.Popen[str], ready: Any, seconds: float = 60) -> str:
    """SIGINT once ``ready()`` holds; the process's stderr."""
    deadline = time.monotonic() + seconds
    try:
        while not ready():
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the command never got to its waiting point"
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    return err


def test_ctrl_c_during_export_says_run_it_again(slow: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "w.jsonl"
    state = out.with_name(out.name + ".l2p-state.json")
    proc = _cli(_env(slow, tmp_path, slow.employers[0]), "workers", "export", "--out", str(out))
    err = _interrupt_when(proc, state.exists)
    assert proc.returncode == 130
    assert "run the same command again to resume" in err
    assert state.exists()  # what resuming needs is still there


def test_ctrl_c_during_sync_says_run_it_again(slow: Sandbox, tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    proc = _cli(_env(slow, tmp_path, slow.employers[0]), "sync", "--db", str(db))
    err = _interrupt_when(proc, db.exists)
    assert proc.returncode == 130
    assert "run the same command again to resume" in err


def test_ctrl_c_while_waiting_for_a_guid_prints_it(slow: Sandbox, tmp_path: Path) -> None:
    with Link2Prisma(slow.base_url, certificate=slow.certificate, ca_bundle=slow.ca_bundle) as l2p:
        guid = l2p.employer(slow.employers[0]).workers.get(2).guid
    env = _env(slow, tmp_path, slow.employers[0])
    proc = _cli(env, "result", guid, "--wait", "--operation", "workers.get")
    seen: list[str] = []

    def waiting() -> bool:
        assert proc.stderr is not None
        seen.append(proc.stderr.readline())
        return "waiting for" in seen[-1]

    err = "".join(seen) + _interrupt_when(proc, waiting)
    assert proc.returncode == 130
    assert guid in err
    assert f"link2prisma result {guid} --wait" in err


def test_ctrl_c_with_json_is_a_json_error(slow: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "w.jsonl"
    state = out.with_name(out.name + ".l2p-state.json")
    env = _env(slow, tmp_path, slow.employers[0])
    proc = _cli(env, "workers", "export", "--out", str(out), "--json")
    err = _interrupt_when(proc, state.exists)
    error = json.loads(err.strip().splitlines()[-1])
    assert error["code"] == "interrupted" and error["exit_code"] == 130
    assert "run the same command again" in error["message"]


# --- exists --check --------------------------------------------------------------------------------


def test_exists_check_exits_1_when_not_a_worker(sb: Sandbox, env: dict[str, str | None]) -> None:
    result = run(env, "exists", "--check", NOT_A_WORKER, "-e", sb.employers[0])
    assert result.exit_code == 1 and "not a worker" in result.stdout


def test_exists_check_exits_0_for_a_worker(sb: Sandbox, env: dict[str, str | None]) -> None:
    inss = a_worker(sb).inss
    result = run(env, "exists", "--check", str(inss), "-e", sb.employers[0])
    assert result.exit_code == 0, result.output


def test_exists_without_check_exits_0_either_way(sb: Sandbox, env: dict[str, str | None]) -> None:
    assert run(env, "exists", NOT_A_WORKER, "-e", sb.employers[0]).exit_code == 0


# --- dates ----------------------------------------------------------------------------------------


def test_every_date_form_gives_the_same_day() -> None:
    assert parse_day("20240229") == parse_day("2024-02-29") == "20240229"
    assert parse_day(" Today ") == time.strftime("%Y%m%d")


def test_a_date_format_error_shows_the_input_unmasked(
    sb: Sandbox, env: dict[str, str | None]
) -> None:
    # "01/02/2024" has the shape of a phone number to the log redaction: not masked here.
    result = run(env, "documents", "list", "01/02/2024", "today", "-e", sb.employers[0])
    assert result.exit_code == 2
    assert "'01/02/2024'" in result.stderr and "yyyy-mm-dd" in result.stderr


def test_a_date_error_masks_a_national_register_number() -> None:
    with pytest.raises(CliError) as caught:
        parse_day("85.07.30-033.28", "START")
    assert "033" not in str(caught.value) and "***" in str(caught.value)


def test_no_such_day_is_an_error() -> None:
    with pytest.raises(CliError, match="no such day"):
        parse_day("2023-02-29")


def test_end_before_start_is_an_error() -> None:
    assert parse_period("2024-01-01", "20240131") == ("20240101", "20240131")
    with pytest.raises(CliError, match="END 20240101 is before START 20240131"):
        parse_period("2024-01-31", "2024-01-01")


def test_call_parameters_take_the_same_date_forms() -> None:
    from link2prisma_resources._table import OPERATIONS

    spec = next(
        s for s in OPERATIONS.values() if {"StartDate", "EndDate"} <= {p.name for p in s.params}
    )
    names = {p.name: p.python_name for p in spec.params}
    converted = convert_params(
        spec.params, {names["StartDate"]: "2024-01-01", names["EndDate"]: "today"}
    )
    assert converted[names["StartDate"]] == "20240101"
    assert converted[names["EndDate"]] == time.strftime("%Y%m%d")
    with pytest.raises(CliError, match="EndDate 20230101 is before -P StartDate 20240101"):
        convert_params(
            spec.params, {names["StartDate"]: "20240101", names["EndDate"]: "2023-01-01"}
        )


def test_moments_take_the_same_forms() -> None:
    assert parse_moment("202401021530") == parse_moment("2024-01-02T15:30") == "202401021530"
    assert parse_moment("2024-01-02 15:30") == "202401021530"


# --- personal data in human output --------------------------------------------------------------


@pytest.fixture(scope="module")
def failed_duplicate(sb: Sandbox) -> tuple[str, str]:
    """(GUID, e-mail address): a communication created twice, whose Result says so with the
    address in its StatusDescription."""
    with Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle) as l2p:
        scope = l2p.employer(sb.employers[0])
        for worker in scope.workers.list(limit=12, offset=0).result():
            mails = [c for c in worker.communication or [] if c and "@" in str(c.value)]
            if mails:
                body = {"CommunicationType": mails[0].communication_type, "Value": mails[0].value}
                op = scope.communications.create(worker.worker_number, body)
                deadline = time.monotonic() + 30
                while not op.status().terminal:
                    assert time.monotonic() < deadline, "the sandbox never processed it"
                    time.sleep(0.05)
                status = l2p.result(op.guid)
                assert "already exists" in str(status.status_description)
                return op.guid, str(mails[0].value)
    raise AssertionError("no worker of the sandbox has an e-mail address")


def test_result_human_output_masks_the_status_description(
    env: dict[str, str | None], failed_duplicate: tuple[str, str]
) -> None:
    guid, mail = failed_duplicate
    result = run(env, "result", guid)
    assert result.exit_code == 1
    assert "already exists" in result.output and mail not in result.output


def test_result_debug_traceback_masks_the_status_description(
    sb: Sandbox, env: dict[str, str | None], failed_duplicate: tuple[str, str]
) -> None:
    guid, mail = failed_duplicate
    result = run(
        env, "--debug", "-e", sb.employers[0], "result", guid, "-o", "communications.create"
    )
    assert result.exit_code == 1
    assert "Traceback" in result.stderr and "OperationFailed" in result.stderr
    assert mail not in result.output


def test_result_json_carries_the_data_but_not_the_status_description(
    env: dict[str, str | None], failed_duplicate: tuple[str, str]
) -> None:
    guid, mail = failed_duplicate
    result = run(env, "--json", "result", guid)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["guid"] == guid and data["result"]["Statuscode"] == "409"
    assert MASK in data["result"]["StatusDescription"] and mail not in result.output
    assert json.loads(result.stderr)["guid"] == guid


def test_a_decoded_result_for_the_eye_masks_sensitive_fields(
    sb: Sandbox, env: dict[str, str | None]
) -> None:
    worker = a_worker(sb)
    e = sb.employers[0]
    human = run(env, "-e", e, "call", "workers", "get", "-P", f"workerID={worker.worker_number}")
    assert human.exit_code == 0, human.output
    assert worker.name not in human.stdout and str(worker.inss) not in human.stdout
    data = json.loads(
        run(
            env,
            "-e",
            e,
            "--json",
            "call",
            "workers",
            "get",
            "-P",
            f"workerID={worker.worker_number}",
        ).stdout
    )
    assert data["Name"] == worker.name  # --json: the deliberate export carries the data


# --- shell completion ----------------------------------------------------------------------------


def test_show_completion_prints_a_script(env: dict[str, str | None]) -> None:
    result = CliRunner(env=env | {"SHELL": "/bin/bash"}).invoke(
        app, ["--show-completion", "bash"], prog_name="link2prisma"
    )
    assert result.exit_code == 0
    assert "_LINK2PRISMA_COMPLETE" in result.stdout


def test_completion_completes_commands_and_options(env: dict[str, str | None]) -> None:
    full = {k: v for k, v in os.environ.items() if not k.startswith("L2P_")}
    full |= {
        "_LINK2PRISMA_COMPLETE": "complete_bash",
        "COMP_WORDS": "link2prisma wor",
        "COMP_CWORD": "1",
    }
    commands = subprocess.run(
        [sys.executable, "-c", "from link2prisma.cli import main; main()"],
        env=full | {"COMP_WORDS": "link2prisma wor"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "workers" in commands.stdout.split()


# --- the sandbox command ------------------------------------------------------------------------


def test_sandbox_help_is_in_the_style_of_the_others(env: dict[str, str | None]) -> None:
    text = run(env, "sandbox", "--help").stdout
    other = run(env, "exists", "--help").stdout
    assert text.startswith("Usage: link2prisma sandbox [OPTIONS]")
    assert other.startswith("Usage: link2prisma exists [OPTIONS]")
    for flag in (
        "--port N",
        "--workers-per-employer N",
        "--delay SECONDS",
        "--quirks / --no-quirks",
    ):
        assert flag in text
    assert "export L2P_" in " ".join(text.split()) and "-h, --help" in text


def test_sandbox_prints_export_lines_that_work(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "link2prisma.cli",
            "sandbox",
            "--delay",
            "0",
            "--employers",
            "1",
            "--workers-per-employer",
            "3",
            "--data",
            str(tmp_path / "sbx"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        for _ in range(40):
            line = proc.stdout.readline()
            if not line or line.startswith("READY "):
                break
            lines.append(line.strip())
        exports = dict(
            shlex.split(line)[1].split("=", 1) for line in lines if line.startswith("export ")
        )
        assert set(exports) == {
            "L2P_BASE_URL",
            "L2P_CERT",
            "L2P_CERT_PASSWORD",
            "L2P_CA_BUNDLE",
            "L2P_EMPLOYER",
        }
        env: dict[str, str | None] = {"L2P_KEY": None, "L2P_PROFILE": None, "L2P_CONFIG": None}
        result = run(env | exports, "--json", "exists", NOT_A_WORKER)  # type: ignore[operator]
        assert result.exit_code == 0, result.output
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


# --- from_env ------------------------------------------------------------------------------------


def test_from_env_reads_the_cli_variables(
    sb: Sandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name, value in _env(sb, tmp_path, sb.employers[0]).items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    with Link2Prisma.from_env() as l2p:
        assert l2p.default_employer == sb.employers[0]
        answer = l2p.employer(l2p.default_employer).worker_exists(NOT_A_WORKER)
    assert not answer.worker_exists


def test_from_env_reads_the_cli_profiles(
    sb: Sandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in (
        "L2P_BASE_URL",
        "L2P_CERT",
        "L2P_CERT_PASSWORD",
        "L2P_EMPLOYER",
        "L2P_CA_BUNDLE",
        "L2P_KEY",
        "L2P_PROFILE",
        "L2P_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "pw").write_text(sb.pfx_password + "\n", "utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[profiles.sbx]\nbase_url = "{sb.base_url}"\ncert = "{sb.pfx_path}"\n'
        f'password_file = "pw"\nca_bundle = "{sb.ca_bundle}"\nemployer = "{sb.employers[1]}"\n'
        "timeout = 42\n",
        "utf-8",
    )
    with Link2Prisma.from_env(profile="sbx", config=config) as l2p:
        assert l2p.default_employer == sb.employers[1]
        assert not l2p.employer(sb.employers[1]).worker_exists(NOT_A_WORKER).worker_exists
    cli = GlobalOptions(config=config, profile="sbx").settings()
    assert cli.describe() == resolve_settings(config=config, profile="sbx").describe()
    assert cli.timeout == 42.0


async def _async_exists(sb: Sandbox) -> bool:
    async with AsyncLink2Prisma.from_env() as l2p:
        assert l2p.default_employer is not None
        answer = await l2p.employer(l2p.default_employer).worker_exists(NOT_A_WORKER)
    return bool(answer.worker_exists)


@pytest.mark.anyio
async def test_async_from_env(sb: Sandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name, value in _env(sb, tmp_path, sb.employers[0]).items():
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert await _async_exists(sb) is False


def test_from_env_names_the_missing_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("L2P_BASE_URL", "L2P_PROFILE", "L2P_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    with pytest.raises(ConfigurationError, match="L2P_BASE_URL"):
        Link2Prisma.from_env()


def test_other_commands_do_not_load_the_sandbox() -> None:
    # The sandbox command's options are built from the sandbox's parser on first use only.
    code = (
        "import sys; from typer.main import get_command; from link2prisma.cli import app; "
        "get_command(app); print('link2prisma.sandbox' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


# --- the shared dates and the GUID note, wired into every command ---------------------------------


def test_call_takes_every_date_form_in_its_parameters(sb: Sandbox, tmp_path: Path) -> None:
    env = _env(sb, tmp_path, sb.employers[0])
    result = run(
        env, "call", "documents", "list", "-P", "StartDate=2024-01-01", "-P", "EndDate=today",
        "--dry-run",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"/document/listing/20240101/{time.strftime('%Y%m%d')}" in result.stdout


def test_call_refuses_an_end_before_the_start(sb: Sandbox, tmp_path: Path) -> None:
    env = _env(sb, tmp_path, sb.employers[0])
    before = sb.stats()["submits_received_total"]
    result = run(
        env, "call", "documents", "list", "-P", "StartDate=20240201", "-P", "EndDate=2024-01-01"
    )
    assert result.exit_code == 2
    assert "EndDate 20240101 is before -P StartDate 20240201" in result.stderr
    assert sb.stats()["submits_received_total"] == before


def test_documents_list_refuses_an_end_before_the_start(sb: Sandbox, tmp_path: Path) -> None:
    env = _env(sb, tmp_path, sb.employers[0])
    before = sb.stats()["submits_received_total"]
    result = run(env, "documents", "list", "2024-02-01", "2024-01-01")
    assert result.exit_code == 2
    assert "END 20240101 is before START 20240201" in result.stderr
    assert sb.stats()["submits_received_total"] == before


def test_export_in_service_refuses_an_end_before_the_start(sb: Sandbox, tmp_path: Path) -> None:
    env = _env(sb, tmp_path, sb.employers[0])
    out = tmp_path / "w.jsonl"
    result = run(
        env, "workers", "export", "--in-service", "2024-02-01", "today", "--out", str(out)
    )  # a valid period first: the forms are accepted
    assert result.exit_code == 0, result.output
    result = run(
        env, "workers", "export", "--in-service", "2024-02-01", "2024-01-01", "--out",
        str(tmp_path / "v.jsonl"),
    )  # fmt: skip
    assert result.exit_code == 2
    assert "TO 20240101 is before FROM 20240201" in result.stderr


def test_ctrl_c_after_call_queued_prints_the_guid(slow: Sandbox, tmp_path: Path) -> None:
    env = _env(slow, tmp_path, slow.employers[0])
    proc = _cli(env, "call", "workers", "get", "-P", "workerID=2")
    seen: list[str] = []

    def queued() -> bool:
        assert proc.stderr is not None
        seen.append(proc.stderr.readline())
        return "waiting" in seen[-1]

    err = "".join(seen) + _interrupt_when(proc, queued)
    assert proc.returncode == 130
    assert "workers.get was queued as " in err, err
    guid = err.split("workers.get was queued as ", 1)[1].split(" ", 1)[0]
    assert len(guid) == 36
    assert f"link2prisma result {guid} --wait --operation workers.get" in err
