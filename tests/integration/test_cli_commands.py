"""The CLI's day-one conventions, against the sandbox (typer's CliRunner, in-process):

- ``call --dry-run`` validates and shows the request (masked) and sends nothing;
- ``call --skeleton`` shows an example body and its fields, from the spec;
- a failed or refused export leaves nothing that blocks the corrected command;
- ``workers export --excel`` writes a CSV a Belgian Excel opens cleanly;
- an output folder that does not exist is refused before anything is fetched;
- downloaded documents and ``call --out`` files are owner-only (0600) whatever the umask.
"""

from __future__ import annotations

import csv
import io
import json
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli_env import sandbox_env
from link2prisma.cli import app
from link2prisma.cli.call import find_operation
from link2prisma.cli.skeleton import skeleton
from link2prisma.cli.workers import csv_columns
from link2prisma.sandbox import Sandbox
from link2prisma.sandbox.faults import Faults
from link2prisma_resources import spec as openapi
from link2prisma_resources._table import OPERATIONS

WORKERS = 30
VALID_INSS = "85073003328"


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox.start(employers=2, workers_per_employer=WORKERS, delay=0.0, seed=11) as sandbox:
        yield sandbox


@pytest.fixture
def env(sb: Sandbox, tmp_path: Path) -> dict[str, str | None]:
    return sandbox_env(sb, tmp_path)


def run(env: dict[str, str | None], *args: str, input: str | None = None) -> Any:
    return CliRunner(env=env).invoke(app, list(args), input=input)


class Requests:
    """What the sandbox received during a block: ``with Requests(sb) as seen: ...``; then
    ``seen.count`` (the stats calls themselves left out)."""

    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.count = -1

    def __enter__(self) -> Requests:
        self.before = self.sb.stats()["requests_total"]
        return self

    def __exit__(self, *exc: object) -> None:
        self.count = self.sb.stats()["requests_total"] - self.before - 1


def write_body(tmp_path: Path, body: Any) -> str:
    path = tmp_path / "body.json"
    path.write_text(json.dumps(body))
    return str(path)


CONTRACT = {"Startdate": "20260101", "Contract": "Usually", "EmploymentStatus": "Employee"}


# --- call --dry-run --------------------------------------------------------------------------


def test_dry_run_sends_nothing(sb: Sandbox, env: dict[str, str | None], tmp_path: Path) -> None:
    body = write_body(tmp_path, CONTRACT)
    with Requests(sb) as seen:
        result = run(
            env, "call", "contracts", "create", "-P", "workerID=3", "-b", body, "--dry-run"
        )
    assert result.exit_code == 0, result.output
    assert seen.count == 0


def test_the_requests_counter_sees_a_real_call(sb: Sandbox, env: dict[str, str | None]) -> None:
    """The counter the dry-run tests rely on does count a call (the tests could fail)."""
    with Requests(sb) as seen:
        result = run(env, "call", "workers", "exists", "-P", f"rrnr={VALID_INSS}")
    assert result.exit_code == 0, result.output
    assert seen.count == 1


def test_dry_run_prints_method_path_headers_and_body(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    body = write_body(tmp_path, CONTRACT)
    result = run(env, "call", "contracts", "create", "-P", "workerID=3", "-b", body, "--dry-run")
    lines = result.stdout.splitlines()
    assert lines[0] == f"POST {env['L2P_BASE_URL']}/worker/3/contract"
    assert f"Employer: {env['L2P_EMPLOYER']}" in lines
    assert "Content-Type: application/json" in lines
    assert json.loads(result.stdout.split("\n\n", 1)[1]) == CONTRACT
    assert "nothing was sent" in result.stderr


def test_dry_run_json_says_nothing_was_sent(env: dict[str, str | None], tmp_path: Path) -> None:
    body = write_body(tmp_path, CONTRACT)
    result = run(
        env, "--json", "call", "contracts", "create", "-P", "workerID=3", "-b", body, "--dry-run"
    )
    data = json.loads(result.stdout)
    assert data["sent"] is False and data["dry_run"] is True
    assert (data["method"], data["path"]) == ("POST", "/worker/3/contract")
    assert data["headers"]["Employer"] == env["L2P_EMPLOYER"]


def test_dry_run_masks_personal_data(env: dict[str, str | None], tmp_path: Path) -> None:
    body = write_body(
        tmp_path,
        {
            "WorkerNumber": 4242,
            "Name": "Vandersmissen",
            "Firstname": "Lieve",
            "INSS": VALID_INSS,
            "address": [],
            "FamilyStatus": [],
            "contract": [],
        },
    )
    result = run(env, "call", "workers", "create", "-b", body, "--dry-run")
    assert result.exit_code == 0, result.output
    for secret in ("Vandersmissen", "Lieve", VALID_INSS):
        assert secret not in result.output
    assert '"WorkerNumber": 4242' in result.stdout  # what is not personal is shown
    exists = run(env, "call", "workers", "exists", "-P", f"rrnr={VALID_INSS}", "--dry-run")
    assert exists.exit_code == 0 and VALID_INSS not in exists.output
    assert "/workerExists/***" in exists.stdout


def test_dry_run_refuses_an_invalid_body_and_sends_nothing(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    body = write_body(tmp_path, {"Startdate": "20261332", "Contrac": "Usually"})
    with Requests(sb) as seen:
        result = run(
            env, "call", "contracts", "create", "-P", "workerID=3", "-b", body, "--dry-run"
        )
    assert result.exit_code == 1
    assert "Startdate" in result.stderr and "did you mean 'Contract'" in result.stderr
    assert seen.count == 0


def test_dry_run_refuses_an_invalid_parameter(env: dict[str, str | None]) -> None:
    result = run(env, "call", "workers", "get", "-P", "workerID=0", "--dry-run")
    assert result.exit_code == 1 and "worker_id" in result.stderr


def test_dry_run_needs_no_certificate(env: dict[str, str | None], tmp_path: Path) -> None:
    body = write_body(tmp_path, CONTRACT)
    bare = env | {"L2P_CERT": None, "L2P_CERT_PASSWORD": None, "L2P_BASE_URL": None}
    result = run(bare, "call", "contracts", "create", "-P", "workerID=3", "-b", body, "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("POST /worker/3/contract")


# --- call --skeleton -------------------------------------------------------------------------


def test_skeleton_prints_an_example_in_the_vendors_names(env: dict[str, str | None]) -> None:
    result = run(env, "--json", "call", "contracts", "create", "--skeleton")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    schemas = openapi()["components"]["schemas"]
    assert list(data["example"]) == list(schemas["Contract"]["properties"])
    assert data["example"]["Contract"] == schemas["ContractContract"]["enum"][0]  # an enum


def test_skeleton_fields_say_type_enum_and_required(env: dict[str, str | None]) -> None:
    data = json.loads(run(env, "--json", "call", "workers", "create", "--skeleton").stdout)
    fields = {f["path"]: f for f in data["fields"]}
    schema = openapi()["components"]["schemas"]["AddWorker"]
    assert {p for p, f in fields.items() if f["required"] and "." not in p} == set(
        schema["required"]
    )
    assert fields["Sex"]["enum"] == ["M", "F"] and fields["Sex"]["type"] == "string"
    assert fields["WorkerNumber"]["type"] == "integer"
    assert fields["Birthdate"]["rule"].startswith("format yyyymmdd")
    assert fields["contract"]["type"] == "list of object"
    assert "contract[].Startdate" in fields


def test_skeleton_human_output_has_example_and_table(env: dict[str, str | None]) -> None:
    result = run(env, "call", "absences", "create", "--skeleton")
    assert result.exit_code == 0, result.output
    example_text = result.stdout.split("\nabsences.create body", 1)[0]
    assert json.loads(example_text)[0]["Absences"][0]["Day"] == "yyyymmdd"
    assert "required" in result.stdout and "WorkerNumber" in result.stdout


def test_skeleton_of_an_operation_without_body_is_a_usage_error(
    env: dict[str, str | None],
) -> None:
    result = run(env, "call", "workers", "get", "--skeleton")
    assert result.exit_code == 2 and "takes no body" in result.stderr


@pytest.mark.parametrize(
    "operation", sorted(k for k, s in OPERATIONS.items() if s.body is not None)
)
def test_every_body_has_a_skeleton_naming_its_members(operation: str) -> None:
    spec = OPERATIONS[operation]
    assert spec.body is not None
    example, fields = skeleton(spec.body.schema)
    schemas = openapi()["components"]["schemas"]
    schema = schemas[spec.body.schema]
    if schema.get("type") == "array":
        items = schema["items"]
        ref = next(o for o in items.get("anyOf", [items]) if "$ref" in o)["$ref"]
        schema, example = schemas[ref.rsplit("/", 1)[-1]], example[0]
    assert list(example) == list(schema["properties"])
    assert fields


def test_skeleton_sends_nothing(sb: Sandbox, env: dict[str, str | None]) -> None:
    with Requests(sb) as seen:
        assert run(env, "call", "workers", "create", "--skeleton").exit_code == 0
    assert seen.count == 0
    assert find_operation("workers", "create").body is not None


# --- a failed export leaves nothing in the way -------------------------------------------------


def test_a_refused_export_leaves_no_files(env: dict[str, str | None], tmp_path: Path) -> None:
    out = tmp_path / "w.jsonl"
    refused = run(env, "-e", "unknown9", "workers", "export", "--out", str(out))
    assert refused.exit_code == 1, refused.output
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "xdg") == []
    assert "removed" in refused.stderr


def test_the_corrected_export_runs_after_a_refused_one(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    out = tmp_path / "w.jsonl"
    assert run(env, "-e", "unknown9", "workers", "export", "--out", str(out)).exit_code == 1
    fixed = run(env, "--json", "workers", "export", "--out", str(out))
    assert fixed.exit_code == 0, fixed.output
    assert json.loads(fixed.stdout)["workers"] == len(out.read_text().splitlines()) >= WORKERS


def test_a_refused_export_does_not_touch_a_foreign_interrupted_one(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    """A state file of another export is refused with what to do, and left as it was."""
    out = tmp_path / "w.jsonl"
    state = tmp_path / "w.jsonl.l2p-state.json"
    record = {
        "employer": "other",
        "format": "jsonl",
        "page_size": 100,
        "in_service": None,
        "pages": {},
        "next_offset": 100,
        "written_offset": 100,
        "written_bytes": 0,
        "items": 100,
        "pages_written": 1,
        "version": 1,
    }
    state.write_text(json.dumps(record))
    out.write_text("")
    result = run(env, "workers", "export", "--out", str(out))
    assert result.exit_code == 2
    assert "run that export again" in result.stderr and "remove" in result.stderr
    assert json.loads(state.read_text()) == record and out.exists()


def test_an_export_failed_after_some_pages_goes_on_from_the_last_page_written(
    tmp_path: Path,
) -> None:
    """A page whose operation failed (Statuscode 500) keeps the pages written and forgets the
    failed pages' tokens: the same command, run again (here against a sandbox with the same
    data and no faults), appends the rest instead of resuming the failed operation."""
    out = tmp_path / "w.jsonl"
    common: dict[str, Any] = {"employers": 1, "workers_per_employer": WORKERS, "seed": 11}
    args = ["workers", "export", "--out", str(out), "--page-size", "10", "--prefetch", "1"]
    # Fault seed 2 with one processor: pages 1 and 2 succeed, page 3 fails (deterministic).
    faulty = Faults(processing_failure_rate=0.5, seed=2)
    with Sandbox.start(processors=1, faults=faulty, **common) as bad:
        failed = run(sandbox_env(bad, tmp_path), *args)
    assert failed.exit_code == 1, failed.output
    state = json.loads((tmp_path / "w.jsonl.l2p-state.json").read_text())
    assert state["pages_written"] == 2 and state["pages"] == {}
    assert state["next_offset"] == state["written_offset"] == 20
    assert len(out.read_text().splitlines()) == 20
    assert "run the same command again" in failed.stderr
    with Sandbox.start(**common) as good:
        again = run(sandbox_env(good, tmp_path), "--json", *args)
        assert again.exit_code == 0, again.output
        assert json.loads(again.stdout)["resumed_pages"] == 0
        whole = tmp_path / "whole.jsonl"
        assert run(sandbox_env(good, tmp_path), *args[:2], "--out", str(whole)).exit_code == 0
    assert out.read_text() == whole.read_text()


# --- CSV for Excel -----------------------------------------------------------------------------


@pytest.fixture
def excel_csv(env: dict[str, str | None], tmp_path: Path) -> bytes:
    out = tmp_path / "w.csv"
    result = run(env, "workers", "export", "--out", str(out), "--excel")
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def test_excel_csv_starts_with_a_utf8_bom(excel_csv: bytes) -> None:
    assert excel_csv.startswith(b"\xef\xbb\xbf")
    excel_csv.decode("utf-8")


def test_excel_csv_uses_semicolons_and_crlf(excel_csv: bytes) -> None:
    text = excel_csv.decode("utf-8-sig")
    assert text.count("\r\n") == text.count("\n") == WORKERS + 1
    header = next(csv.reader(io.StringIO(text), delimiter=";"))
    assert header == csv_columns()


def test_excel_csv_keeps_national_numbers_as_text(excel_csv: bytes) -> None:
    rows = list(csv.DictReader(io.StringIO(excel_csv.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == WORKERS
    inss = [r["INSS"] for r in rows if r["INSS"]]
    assert inss and all(v.startswith('="') and len(v) == 14 for v in inss)


def test_plain_csv_stays_without_bom(env: dict[str, str | None], tmp_path: Path) -> None:
    out = tmp_path / "w.csv"
    assert run(env, "workers", "export", "--out", str(out), "--format", "csv").exit_code == 0
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data


# --- outputs to a folder that does not exist ---------------------------------------------------


def test_download_to_a_missing_folder_fetches_nothing(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    out = tmp_path / "no-such-folder" / "d.pdf"
    with Requests(sb) as seen:
        result = run(env, "documents", "download", "100001", "--out", str(out))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert seen.count == 0


def test_call_out_to_a_missing_folder_fetches_nothing(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    out = tmp_path / "no-such-folder" / "d.pdf"
    with Requests(sb) as seen:
        result = run(env, "call", "documents", "get", "-P", "documentID=100001", "-o", str(out))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert seen.count == 0


def test_export_to_a_missing_folder_fetches_nothing(
    sb: Sandbox, env: dict[str, str | None], tmp_path: Path
) -> None:
    out = tmp_path / "no-such-folder" / "w.jsonl"
    with Requests(sb) as seen:
        result = run(env, "workers", "export", "--out", str(out))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert seen.count == 0


# --- owner-only files --------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("open_umask")
def test_a_downloaded_document_is_owner_only(env: dict[str, str | None], tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    result = run(env, "documents", "download", "100001", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert mode(out) == 0o600


@pytest.mark.usefixtures("open_umask")
def test_a_document_saved_by_call_is_owner_only(env: dict[str, str | None], tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    result = run(env, "call", "documents", "get", "-P", "documentID=100001", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert mode(out) == 0o600


@pytest.mark.usefixtures("open_umask")
def test_an_excel_export_is_owner_only(env: dict[str, str | None], tmp_path: Path) -> None:
    out = tmp_path / "w.csv"
    assert run(env, "workers", "export", "--out", str(out), "--excel").exit_code == 0
    assert mode(out) == 0o600


@pytest.mark.usefixtures("open_umask")
def test_the_open_umask_would_make_files_readable(tmp_path: Path) -> None:
    """The umask the mode tests use lets an ordinary new file be read by others (so the
    tests above could fail)."""
    plain = tmp_path / "plain"
    plain.write_bytes(b"x")
    assert mode(plain) == 0o644


# --- docs/cli.md stays true ----------------------------------------------------------------------

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def documented(command: str) -> str:
    """The output docs/cli.md shows for ``$ command`` (up to the next prompt or block end)."""
    text = DOCS.read_text("utf-8")
    start = text.index(f"$ {command}\n") + len(f"$ {command}\n")
    end = min(i for i in (text.find("\n$ ", start), text.find("\n```", start)) if i != -1)
    return text[start:end]


def test_docs_show_the_real_skeleton(env: dict[str, str | None]) -> None:
    command = "link2prisma call communications create --skeleton"
    real = run(env | {"COLUMNS": "100"}, *command.split()[1:]).stdout
    assert [line.rstrip() for line in real.splitlines()] == documented(command).splitlines()


def test_docs_show_the_real_dry_run(env: dict[str, str | None], tmp_path: Path) -> None:
    body = tmp_path / "comm.json"
    body.write_text(
        '{"CommunicationType": "Email", "Value": "jan.peeters@example.be", '
        '"ContactPerson": "Jan Peeters"}'
    )
    command = "link2prisma --json call communications create -P workerID=12 --body comm.json"
    real = json.loads(run(env, *command.split()[1:-1], str(body), "--dry-run").stdout)
    shown = json.loads(documented(command + " --dry-run"))
    assert real["url"].endswith(shown["path"])
    assert {k: v for k, v in real.items() if k != "url"} == {
        k: v for k, v in shown.items() if k != "url"
    } | {"headers": {**shown["headers"], "Employer": env["L2P_EMPLOYER"]}}


def test_docs_show_the_doctors_real_lines(env: dict[str, str | None]) -> None:
    real = run(env, "doctor").stdout.splitlines()
    shown = documented("link2prisma doctor").splitlines()[:-1]  # without "exit 0"
    assert [line.split("  ")[0:2] for line in real] == [line.split("  ")[0:2] for line in shown]
