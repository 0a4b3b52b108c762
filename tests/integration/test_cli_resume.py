"""Kill and resume: ``workers export`` and ``sync`` killed halfway submit nothing twice and
miss nothing when run again. The CLI runs in a subprocess; the sandbox's submit counters are
the witness.

Two ways to kill: a real SIGKILL once the in-flight work is recorded (the sandbox is made
slow so that the process is certainly waiting on it), and the test launcher
``tests/crashing_cli.py`` (``os._exit(137)`` right after the n-th recorded submission: it
replaces the export's and the mirror's ``checkpoint``; the product has no crash switch).
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from link2prisma import Link2Prisma
from link2prisma.sandbox import Sandbox

WORKERS = 230
PAGE = 50
PREFETCH = 3
# Pages up to the first short one (offsets 0..200 for 230 workers), plus the pages that were
# submitted ahead beyond it while waiting on it.
EXPECTED_PAGE_SUBMITS = WORKERS // PAGE + PREFETCH


@pytest.fixture(scope="module")
def sb() -> Iterator[Sandbox]:
    with Sandbox.start(
        employers=2, workers_per_employer=WORKERS, delay=0.25, processors=2, seed=5
    ) as sandbox:
        yield sandbox


def cli_env(sb: Sandbox, employer: str, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("L2P_")}
    env.update(
        L2P_BASE_URL=sb.base_url,
        L2P_CERT=str(sb.pfx_path),
        L2P_CERT_PASSWORD=sb.pfx_password,
        L2P_EMPLOYER=employer,
        L2P_CA_BUNDLE=str(sb.ca_bundle),
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
        **extra,
    )
    return env


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "link2prisma.cli", *args]


def run_cli(
    env: dict[str, str], *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cli(*args), env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


CRASHING_CLI = Path(__file__).resolve().parents[1] / "crashing_cli.py"


def run_killed_after(
    submissions: int, env: dict[str, str], *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """The CLI, killed (``os._exit(137)``) right after it has recorded its n-th submission."""
    return subprocess.run(
        [sys.executable, str(CRASHING_CLI), str(submissions), "--", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def submits(sb: Sandbox) -> dict[str, int]:
    counts: dict[str, int] = dict(sb.stats()["submits_received"])
    return counts


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {
        k: after.get(k, 0) - before.get(k, 0)
        for k in set(after) | set(before)
        if after.get(k, 0) != before.get(k, 0)
    }


def wait_for(predicate: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.01)


def numbers_of(path: Path) -> list[int]:
    return [json.loads(line)["WorkerNumber"] for line in path.read_text().splitlines()]


def state_of(out: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads(out.with_name(out.name + ".l2p-state.json").read_text())
    except (OSError, ValueError):
        return None
    return data


EXPORT = ("--json", "workers", "export", "--page-size", str(PAGE), "--prefetch", str(PREFETCH))


def test_export_uninterrupted_baseline(sb: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "ref.jsonl"
    before = submits(sb)
    done = run_cli(cli_env(sb, sb.employers[1], tmp_path), *EXPORT, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert delta(before, submits(sb)) == {"workers.list": EXPECTED_PAGE_SUBMITS}
    assert numbers_of(out) == list(range(1, WORKERS + 1))


def test_export_killed_at_a_checkpoint_then_resume(sb: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "w.jsonl"
    employer = sb.employers[0]
    before = submits(sb)
    # Page 0 alone, written; then pages 50 and 100 recorded: exit at the 3rd record.
    crashed = run_killed_after(3, cli_env(sb, employer, tmp_path), *EXPORT, "--out", str(out))
    assert crashed.returncode == 137, crashed.stderr
    state = state_of(out)
    assert state is not None
    assert sorted(int(k) for k in state["pages"]) == [50, 100]
    assert state["pages_written"] == 1 and numbers_of(out) == list(range(1, PAGE + 1))
    assert delta(before, submits(sb)) == {"workers.list": 3}

    resumed = run_cli(cli_env(sb, employer, tmp_path), *EXPORT, "--out", str(out))
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["resumed_pages"] == 2
    assert summary["submitted_pages"] == EXPECTED_PAGE_SUBMITS - 3
    # Nothing submitted twice: the two runs together sent what one uninterrupted run sends.
    assert delta(before, submits(sb)) == {"workers.list": EXPECTED_PAGE_SUBMITS}
    # Nothing missing, nothing doubled.
    assert numbers_of(out) == list(range(1, WORKERS + 1))
    assert state_of(out) is None


def test_export_sigkill_while_waiting_then_resume(sb: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "k.jsonl"
    employer = sb.employers[0]
    before = submits(sb)
    proc = subprocess.Popen(
        cli(*EXPORT, "--out", str(out)),
        env=cli_env(sb, employer, tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # The first page is submitted alone and waited for (the sandbox takes 0.25 s): once
        # it is recorded, the process is waiting and submits nothing else.
        wait_for(lambda: (s := state_of(out)) is not None and len(s["pages"]) == 1)
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    state = state_of(out)
    assert state is not None and list(state["pages"]) == ["0"] and state["pages_written"] == 0
    assert delta(before, submits(sb)) == {"workers.list": 1}

    resumed = run_cli(cli_env(sb, employer, tmp_path), *EXPORT, "--out", str(out))
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["resumed_pages"] == 1
    assert delta(before, submits(sb)) == {"workers.list": EXPECTED_PAGE_SUBMITS}
    assert numbers_of(out) == list(range(1, WORKERS + 1))


def test_export_csv_resume_truncates_a_half_written_page(sb: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "w.csv"
    env = cli_env(sb, sb.employers[0], tmp_path)
    args = (*EXPORT, "--format", "csv", "--out", str(out))
    crashed = run_killed_after(2, env, *args)
    assert crashed.returncode == 137
    with out.open("a") as f:  # as if killed in the middle of writing the next page
        f.write("51,half a line")
    before = submits(sb)
    assert run_cli(env, *args).returncode == 0
    lines = out.read_text().splitlines()
    assert lines[0].startswith("WorkerNumber,")
    assert [int(line.split(",", 1)[0]) for line in lines[1:]] == list(range(1, WORKERS + 1))
    assert delta(before, submits(sb))["workers.list"] == EXPECTED_PAGE_SUBMITS - 2


# --- sync -----------------------------------------------------------------------------------------

SYNC = ("--json", "sync", "--page-size", str(PAGE), "--prefetch", str(PREFETCH))


def inflight(db: Path) -> list[tuple[str, str]]:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT operation, params FROM inflight").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return []


def test_sync_killed_in_full_export_and_incremental_run(sb: Sandbox, tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    employer = sb.employers[0]
    env = cli_env(sb, employer, tmp_path)

    # 1. The full export, killed (SIGKILL) while it waits on its first recorded page.
    before = submits(sb)
    proc = subprocess.Popen(
        cli(*SYNC, "--db", str(db)), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_for(lambda: len(inflight(db)) == 1)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    assert inflight(db) == [("workers.list", json.dumps({"limit": PAGE, "offset": 0}))]
    assert delta(before, submits(sb)) == {"workers.list": 1}

    done = run_cli(env, *SYNC, "--db", str(db))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["kind"] == "full" and summary["resumed"] == 1
    assert summary["workers"] == WORKERS
    assert delta(before, submits(sb)) == {"workers.list": EXPECTED_PAGE_SUBMITS}
    conn = sqlite3.connect(db)
    assert [n for (n,) in conn.execute("SELECT number FROM workers ORDER BY number")] == list(
        range(1, WORKERS + 1)
    )
    assert conn.execute("SELECT COUNT(*) FROM inflight").fetchone()[0] == 0

    # 2. Another user changes five workers; the incremental run is killed (test hook) after
    #    recording the modifications request and two of the workers.get requests.
    changed = [3, 44, 101, 150, 222]
    with Link2Prisma(
        sb.base_url, certificate=sb.certificate_for("outsider"), ca_bundle=sb.ca_bundle
    ) as other:
        scope = other.employer(employer)
        ops = [scope.workers.update(n, {"Name": f"New{n}", "Firstname": "Y"}) for n in changed]
        for op in ops:
            op.result(timeout=30)
    stats_before = sb.stats()
    before = dict(stats_before["submits_received"])
    crashed = run_killed_after(3, env, *SYNC, "--db", str(db))
    assert crashed.returncode == 137, crashed.stderr
    recorded = inflight(db)
    assert sorted(op for op, _ in recorded) == ["workers.get", "workers.get"]
    pending = conn.execute("SELECT worker FROM pending ORDER BY worker").fetchall()
    assert [w for (w,) in pending] == changed

    done = run_cli(env, *SYNC, "--db", str(db))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["kind"] == "incremental" and summary["resumed"] == 2
    assert summary["written"] == 5
    stats_after = sb.stats()
    # One modifications request and one workers.get per changed worker, over both runs.
    assert delta(before, dict(stats_after["submits_received"])) == {
        "modifications.list": 1,
        "workers.get": len(changed),
    }
    assert stats_after["duplicates"] == stats_before["duplicates"]  # no path asked twice
    names = dict(conn.execute("SELECT number, name FROM workers WHERE name LIKE 'New%'").fetchall())
    assert names == {n: f"New{n}" for n in changed}
    assert conn.execute("SELECT COUNT(*) FROM inflight").fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM pending").fetchone()[0] == 0
    conn.close()


def test_sandbox_command_passes_its_arguments_through(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        cli(
            "sandbox",
            "--port",
            "0",
            "--data",
            str(tmp_path / "sbx"),
            "--delay",
            "0",
            "--workers-per-employer",
            "3",
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + 30
        lines = []
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("READY "):
                break
        assert lines and lines[-1].startswith("READY https://127.0.0.1:")
        assert (tmp_path / "sbx" / "sandbox.json").exists()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
    assert proc.returncode == 0
