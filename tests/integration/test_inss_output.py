"""An INSS keeps its leading zero everywhere it is shown or written (issue 11, item 9).

The sandbox, like the real service, sends INSS as a JSON number: people born in 2000 or later
(``0YMMDD...``) lose their leading zero there. The library reads the 11-digit string (the spec's
``x-l2p-format: inss``); the JSONL and CSV exports and the SQLite mirror write it, and
``link2prisma exists`` takes the number with or without its leading zeros.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli_env import sandbox_env
from link2prisma import Link2Prisma
from link2prisma.cli import app
from link2prisma.cli.lookup import rrnr_digits
from link2prisma.cli.output import CliError
from link2prisma.sandbox import Sandbox

WORKERS = 60


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox.start(
        employers=1, workers_per_employer=WORKERS, delay=0.0, processors=4, seed=11
    ) as sandbox:
        yield sandbox


@pytest.fixture
def env(sb: Sandbox, tmp_path: Path) -> dict[str, str | None]:
    return sandbox_env(sb, tmp_path)


def run_json(env: dict[str, str | None], *args: str) -> Any:
    result = CliRunner(env=env).invoke(app, ["--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def sent(sb: Sandbox) -> dict[int, Any]:
    """What the sandbox sends for INSS, per worker: the raw JSON value (a number)."""
    with Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle) as l2p:
        op = l2p.employer(sb.employers[0]).workers.list(limit=100, offset=0)
        op.result()
        raw = json.loads(l2p.result(op.guid).response or "[]")
    return {w["WorkerNumber"]: w["INSS"] for w in raw}


def expected(sent: dict[int, Any]) -> dict[int, str]:
    return {n: f"{int(v):011d}" for n, v in sent.items()}


def test_the_sandbox_sends_numbers_some_without_their_leading_zero(sent: dict[int, Any]) -> None:
    assert len(sent) == WORKERS
    assert all(isinstance(v, int) for v in sent.values())
    assert any(len(str(v)) < 11 for v in sent.values())  # born in 2000 or later


def test_the_library_gives_eleven_digit_strings(sb: Sandbox, sent: dict[int, Any]) -> None:
    with Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle) as l2p:
        scope = l2p.employer(sb.employers[0])
        workers = scope.workers.list(limit=100, offset=0).result()
        one = scope.workers.get(next(n for n, v in sent.items() if len(str(v)) < 11)).result()
    assert {w.worker_number: w.inss for w in workers} == expected(sent)
    assert one is not None and one.inss == expected(sent)[one.worker_number]
    assert one.inss.startswith("0") and one.to_dict()["INSS"] == one.inss


def test_jsonl_export_writes_eleven_digits(
    env: dict[str, str | None], sent: dict[int, Any], tmp_path: Path
) -> None:
    out = tmp_path / "w.jsonl"
    run_json(env, "workers", "export", "--out", str(out))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert {r["WorkerNumber"]: r["INSS"] for r in records} == expected(sent)
    assert '"INSS":"0' in out.read_text()


def test_csv_export_writes_eleven_digits(
    env: dict[str, str | None], sent: dict[int, Any], tmp_path: Path
) -> None:
    out = tmp_path / "w.csv"
    run_json(env, "workers", "export", "--out", str(out), "--format", "csv")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {int(r["WorkerNumber"]): r["INSS"] for r in rows} == expected(sent)


def test_the_mirror_stores_eleven_digits(
    env: dict[str, str | None], sent: dict[int, Any], tmp_path: Path
) -> None:
    db = tmp_path / "m.sqlite"
    run_json(env, "sync", "--db", str(db))
    conn = sqlite3.connect(db)
    stored = {
        n: json.loads(record)["INSS"]
        for n, record in conn.execute("SELECT number, record FROM workers").fetchall()
    }
    assert stored == expected(sent)


def test_exists_takes_the_number_with_or_without_leading_zeros(
    env: dict[str, str | None], sent: dict[int, Any]
) -> None:
    number, value = next((n, v) for n, v in sorted(sent.items()) if len(str(v)) < 11)
    full = f"{value:011d}"
    for given in (str(value), full):
        data = run_json(env, "exists", given)
        assert data["exists"] is True and data["worker_number"] == number
        assert data["rrnr"] == "*" * 9 + full[-2:]


@pytest.mark.parametrize(
    ("given", "digits"),
    [
        ("2082927549", "02082927549"),
        (2082927549, "02082927549"),
        ("02082927549", "02082927549"),
        ("85.07.30-033.28", "85073003328"),
        (85073003328, "85073003328"),
    ],
)
def test_rrnr_digits(given: str | int, digits: str) -> None:
    assert rrnr_digits(given) == digits


@pytest.mark.parametrize("given", ["1234567890", "2082927548", "208292754", "8507300332"])
def test_rrnr_digits_refuses_numbers_that_padding_does_not_make_valid(given: str) -> None:
    with pytest.raises(CliError):
        rrnr_digits(given)
