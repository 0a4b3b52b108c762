"""The client against a sandbox that answers as roughly as a real WCF service can.

With quirks on, the sandbox writes ``null`` for unset members (and ``null`` lists), puts a
UTF-8 BOM before bodies, says ``charset=utf-8``, sends enum values outside the vendor list,
numeric ``Statuscode``s and legacy ``/Date(...)/`` strings, and answers malformed requests with
WCF's HTML error pages. Every path of the facade still loses nothing and sends nothing twice.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner

from cli_env import sandbox_env
from link2prisma import AsyncLink2Prisma, Link2Prisma, PollPolicy
from link2prisma.cli import app
from link2prisma.sandbox import Quirks, Sandbox

if TYPE_CHECKING:
    from conftest import SandboxFactory

WORKERS = 230  # three pages of 100
FAST = PollPolicy(first=0.01, factor=1.3, cap=0.1, deadline=60.0)


@pytest.fixture(scope="module")
def sb(make_module_sandbox: SandboxFactory) -> Sandbox:
    """A private sandbox: quirks on, and exactly WORKERS workers."""
    return make_module_sandbox(
        employers=1,
        workers_per_employer=WORKERS,
        delay=0.0,
        processors=2,
        seed=21,
        quirks=Quirks.on(odd_enum_rate=0.3),
    )


def _client(sb: Sandbox) -> Link2Prisma:
    return Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, poll=FAST)


@pytest.fixture
def env(sb: Sandbox, tmp_path: Path) -> dict[str, str | None]:
    return sandbox_env(sb, tmp_path)


def _run(env: dict[str, str | None], *args: str) -> Any:
    result = CliRunner(env=env).invoke(app, ["--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_sandbox_really_is_rough(sb: Sandbox) -> None:
    """The witness: the raw answers carry the quirks this file is about."""
    with _client(sb) as l2p:
        op = l2p.employer(sb.employers[0]).workers.list(limit=100, offset=0)
        op.result()
        raw = l2p.result(op.guid).response or ""
    records = json.loads(raw)
    assert any(v is None for r in records for v in r.values())  # explicit nulls
    assert sb.stats()["quirks"]["enabled"] is True


def test_iter_all_reads_every_worker_once(sb: Sandbox) -> None:
    with _client(sb) as l2p:
        numbers = [w.worker_number for w in l2p.employer(sb.employers[0]).workers.iter_all()]
    assert len(numbers) == WORKERS
    assert len(set(numbers)) == WORKERS


def test_off_list_enum_values_are_kept_as_sent(sb: Sandbox) -> None:
    with _client(sb) as l2p:
        workers = list(l2p.employer(sb.employers[0]).workers.iter_all())
    plain = [
        (w.worker_number, name, value)
        for w in workers
        for name, value in w.to_dict().items()
        if isinstance(value, str) and value.endswith(("FullTime", "Odd"))
    ] + [
        (w.worker_number, "contract", c)
        for w in workers
        for c in (w.to_dict().get("contract") or [])
        if isinstance(c, dict) and c.get("WorkingTime") not in (None, "Fulltime", "PartTime")
    ]
    assert plain, "the sandbox sent no off-list value: the test proves nothing"


def test_async_iter_all_reads_every_worker_once(sb: Sandbox) -> None:
    import asyncio

    async def main() -> list[int]:
        async with AsyncLink2Prisma(
            sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, poll=FAST
        ) as l2p:
            return [w.worker_number async for w in l2p.employer(sb.employers[0]).workers.iter_all()]

    numbers = asyncio.run(main())
    assert sorted(numbers) == sorted(set(numbers)) and len(numbers) == WORKERS


def test_a_document_downloads(sb: Sandbox) -> None:
    with _client(sb) as l2p:
        scope = l2p.employer(sb.employers[0])
        docs = scope.documents.list("20240101", "20241231").result()
        assert docs
        data = scope.documents.get(docs[0].document_id).result()
    assert data.startswith(b"%PDF")


def test_a_write_is_queued_once_and_its_guid_kept(sb: Sandbox) -> None:
    before = sb.stats()["submits_received"].get("absences.create", 0)
    with _client(sb) as l2p:
        scope = l2p.employer(sb.employers[0])
        worker = scope.workers.list(limit=1, offset=0).result()[0].worker_number
        op = scope.absences.create(
            [{"WorkerNumber": worker, "Absences": [{"Day": "20261202", "Code": 5100, "Hours": 4}]}]
        )
        assert op.guid  # the BOM before the 202 body lost nothing
        assert op.result() is None
    assert sb.stats()["submits_received"].get("absences.create", 0) == before + 1


def test_export_writes_every_worker(env: dict[str, str | None], tmp_path: Path) -> None:
    out = tmp_path / "workers.jsonl"
    _run(env, "workers", "export", "--out", str(out))
    lines = out.read_text().splitlines()
    numbers = [json.loads(line)["WorkerNumber"] for line in lines]
    assert len(numbers) == WORKERS == len(set(numbers))


def test_sync_mirrors_every_worker(env: dict[str, str | None], tmp_path: Path) -> None:
    db = tmp_path / "mirror.sqlite"
    _run(env, "sync", "--db", str(db))
    with sqlite3.connect(db) as conn:
        numbers = [n for (n,) in conn.execute("SELECT number FROM workers")]
    assert len(numbers) == WORKERS == len(set(numbers))
