"""The files of personal data ``workers export`` and ``sync`` write are owner-only (0600),
whatever the umask: the output, the export's state file, the SQLite database with its ``-wal``
and ``-shm`` files, and the lock file. Watched at every checkpoint, while the files are open.
The shipped code has no crash switch: kills come from the tests' launcher.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import link2prisma
from cli_env import sandbox_env
from link2prisma.cli import app
from link2prisma.cli.mirror import Mirror
from link2prisma.cli.workers import WorkerExport
from link2prisma.sandbox import Sandbox


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox.start(employers=1, workers_per_employer=30, delay=0.0, seed=9) as sandbox:
        yield sandbox


@pytest.fixture
def env(sb: Sandbox, tmp_path: Path) -> dict[str, str | None]:
    return sandbox_env(sb, tmp_path)


def modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir() if p.is_file()}


def watch(monkeypatch: pytest.MonkeyPatch, cls: type, folder: Path) -> list[dict[str, int]]:
    """Record the files' modes at every checkpoint of ``cls`` (the export or the mirror)."""
    seen: list[dict[str, int]] = []
    monkeypatch.setattr(cls, "checkpoint", lambda self, event: seen.append(modes(folder)))
    return seen


def run(env: dict[str, str | None], *args: str) -> None:
    result = CliRunner(env=env).invoke(app, ["--json", *args])
    assert result.exit_code == 0, result.output


@pytest.mark.usefixtures("open_umask")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_files_are_owner_only(
    env: dict[str, str | None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / f"w.{fmt}"
    seen = watch(monkeypatch, WorkerExport, folder)
    run(env, "workers", "export", "--out", str(out), "--format", fmt, "--page-size", "10")
    assert seen and all(f"w.{fmt}.l2p-state.json" in m for m in seen)
    assert {mode for m in seen for mode in m.values()} == {0o600}
    assert modes(folder) == {f"w.{fmt}": 0o600}  # the state file is gone when complete


@pytest.mark.usefixtures("open_umask")
def test_export_state_written_over_a_loose_leftover_is_owner_only(
    env: dict[str, str | None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "w.jsonl"
    leftover = tmp_path / f".w.jsonl.l2p-state.json.{os.getpid()}.tmp"
    leftover.write_text("")
    leftover.chmod(0o644)
    seen = watch(monkeypatch, WorkerExport, tmp_path)
    run(env, "workers", "export", "--out", str(out), "--page-size", "10")
    assert seen and {m["w.jsonl.l2p-state.json"] for m in seen} == {0o600}


@pytest.mark.usefixtures("open_umask")
def test_sync_files_are_owner_only(
    env: dict[str, str | None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "m.sqlite"
    seen = watch(monkeypatch, Mirror, folder)
    run(env, "sync", "--db", str(db), "--page-size", "10")
    assert seen
    names = set().union(*seen)
    assert {"m.sqlite", "m.sqlite-wal", "m.sqlite-shm", "m.sqlite.lock"} <= names
    assert {mode for m in seen for mode in m.values()} == {0o600}
    run(env, "sync", "--db", str(db))  # the incremental run on the existing database
    assert set(modes(folder).values()) == {0o600}


def test_shipped_code_has_no_crash_switch() -> None:
    package = Path(link2prisma.__file__).parent
    for path in package.rglob("*.py"):
        text = path.read_text("utf-8")
        assert "os._exit" not in text, path
        assert "L2P_TEST_CRASH" not in text, path
