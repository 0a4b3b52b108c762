"""Killed between the server's 202 and the journal's record of the GUID, a writing script and
the CLI send **no** write twice when they run again: the uncertain write is reported (operation,
worker, date), a read settles it where one can tell, and nothing is resent without an explicit
decision. The sandbox is the witness: its ``submits_received`` per operation, and its
``duplicates`` counter (the same request body received twice); a duplicate ``workers.create``
would also fail with Statuscode 409.

The kill is a test fixture, not a switch of the product: the child process replaces
``Journal.record_guid`` so that it exits (``os._exit(137)``, like ``kill -9``) right before the
GUID is recorded (the script below; ``tests/crashing_cli.py --at guid`` for the CLI).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from link2prisma import Journal, Link2Prisma, PollPolicy
from link2prisma._request import prepare
from link2prisma.journal import _spec
from link2prisma.sandbox import Sandbox

FAST = PollPolicy(first=0.01, factor=1.3, cap=0.1, deadline=30.0)

TRIALS = 5
KILLED = 137
CRASHING_CLI = Path(__file__).resolve().parents[1] / "crashing_cli.py"
START = "20260101"

#: A writing script: creates its workers through a journalled client; on a later run it first
#: resumes what the journal has with a GUID, reports and reconciles what it has without one,
#: and sends only the workers the journal has no (live) entry for. ``kill_at``: exit right
#: before the journal records the n-th GUID (right after it, with ``after``).
SCRIPT = r"""
import json, os, sys
from link2prisma import Certificate, Journal, Link2Prisma, PollPolicy
from link2prisma.journal import EntryState

cfg = json.loads(sys.argv[1])
if cfg.get("kill_at"):
    seen = []
    original = Journal.record_guid
    def record_guid(self, entry_id, guid, token):
        seen.append(guid)
        if len(seen) >= cfg["kill_at"] and not cfg.get("after"):
            os._exit(137)
        original(self, entry_id, guid, token)
        if len(seen) >= cfg["kill_at"]:
            os._exit(137)
    Journal.record_guid = record_guid

def body(number):
    return {
        "WorkerNumber": number, "Name": "Peeters", "Firstname": "Anneleen", "INSS": cfg["inss"],
        "address": [{"Street": "Kapellestraat", "HouseNumber": "17", "ZIPCode": "9000",
                     "City": "Gent", "Country": "00150"}],
        "FamilyStatus": [{"Startdate": cfg["start"]}], "contract": [{"Startdate": cfg["start"]}],
    }

journal = Journal(cfg["journal"])
cert = Certificate.from_pkcs12(cfg["pfx"], password=cfg["password"].encode())
poll = PollPolicy(first=0.01, factor=1.3, cap=0.1, deadline=30.0)
report = {"resumed": [], "uncertain": [], "verdicts": {}, "sent": []}
with Link2Prisma(cfg["base_url"], certificate=cert, ca_bundle=cfg["ca"], poll=poll,
                 journal=journal) as l2p:
    for e in journal.queued():
        journal.resume(l2p, e).result()
        report["resumed"].append(e.workers[0])
    for e in journal.uncertain():
        report["uncertain"].append(
            {"operation": e.operation, "workers": list(e.workers), "date": e.date,
             "line": e.describe()})
        report["verdicts"][str(e.workers[0])] = journal.reconcile(l2p, e).value
    live = {e.workers[0] for e in journal.entries()
            if e.state not in (EntryState.NOT_QUEUED, EntryState.RESENT)}
    scope = l2p.employer(cfg["employer"])
    for number in cfg["workers"]:
        if number not in live:
            scope.workers.create(body(number)).result()
            report["sent"].append(number)
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def sb(make_module_sandbox: Any) -> Iterator[Sandbox]:
    sandbox: Sandbox = make_module_sandbox(
        employers=1, workers_per_employer=10, delay=0.02, processors=2, seed=14
    )
    yield sandbox


@pytest.fixture(scope="module")
def inss(sb: Sandbox) -> str:
    """A valid national register number (worker 1's): the new workers' bodies carry one."""
    with Link2Prisma(
        sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, poll=FAST
    ) as l2p:
        worker = l2p.employer(sb.employers[0]).workers.get(1).result(timeout=30)
    return str(worker.inss)


def submits(sb: Sandbox) -> tuple[dict[str, int], int]:
    stats = sb.stats()
    return dict(stats["submits_received"]), int(stats["duplicates"])


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {k: after.get(k, 0) - before.get(k, 0) for k in after if after[k] != before.get(k, 0)}


def run_script(
    sb: Sandbox, inss: str, journal: Path, workers: list[int], kill_at: int = 0, after: bool = False
) -> Any:
    cfg = {
        "journal": str(journal),
        "base_url": sb.base_url,
        "pfx": str(sb.pfx_path),
        "password": sb.pfx_password,
        "ca": str(sb.ca_bundle),
        "employer": sb.employers[0],
        "workers": workers,
        "kill_at": kill_at,
        "after": after,
        "start": START,
        "inss": inss,
    }
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(cfg)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def existing(sb: Sandbox, numbers: list[int]) -> list[int]:
    found = []
    with Link2Prisma(
        sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, poll=FAST
    ) as l2p:
        scope = l2p.employer(sb.employers[0])
        for n in numbers:
            try:
                scope.workers.get(n).result()
                found.append(n)
            except Exception:
                pass
    return found


@pytest.mark.parametrize("trial", range(TRIALS))
def test_a_script_killed_before_recording_the_guid_sends_no_write_twice(
    sb: Sandbox, inss: str, tmp_path: Path, trial: int
) -> None:
    journal = tmp_path / "writes.journal"
    workers = [1000 + 10 * trial + i for i in range(1, 4)]
    kill_at = trial % 3 + 1  # the first, second or third create dies before its GUID is kept
    before, dup_before = submits(sb)

    killed = run_script(sb, inss, journal, workers, kill_at)
    assert killed.returncode == KILLED, killed.stderr
    assert delta(before, submits(sb)[0]) == {"workers.create": kill_at}

    again = run_script(sb, inss, journal, workers)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    uncertain = workers[kill_at - 1]
    assert report["uncertain"] == [
        {
            "operation": "workers.create",
            "workers": [uncertain],
            "date": START,
            "line": report["uncertain"][0]["line"],
        }
    ]
    assert "may have been queued" in report["uncertain"][0]["line"]
    assert report["verdicts"] == {str(uncertain): "present"}
    assert report["sent"] == workers[kill_at:]
    after, dup_after = submits(sb)
    assert delta(before, after) == {"workers.create": len(workers), "workers.get": 1}
    assert dup_after == dup_before
    assert existing(sb, workers) == workers


def test_a_script_killed_after_recording_the_guid_resumes_the_write(
    sb: Sandbox, inss: str, tmp_path: Path
) -> None:
    journal = tmp_path / "writes.journal"
    workers = [1100, 1101]
    before, dup_before = submits(sb)
    killed = run_script(sb, inss, journal, workers, kill_at=1, after=True)
    assert killed.returncode == KILLED, killed.stderr
    again = run_script(sb, inss, journal, workers)
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["resumed"], report["uncertain"], report["sent"]) == ([1100], [], [1101])
    after, dup_after = submits(sb)
    assert delta(before, after) == {"workers.create": 2}
    assert dup_after == dup_before
    with Journal(journal) as j:
        assert [(e.workers, e.state.value) for e in j.entries()] == [
            ((1100,), "done"),
            ((1101,), "done"),
        ]


# --- the CLI ------------------------------------------------------------------------------------


def cli_env(sb: Sandbox, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("L2P_")}
    env.update(
        L2P_BASE_URL=sb.base_url,
        L2P_CERT=str(sb.pfx_path),
        L2P_CERT_PASSWORD=sb.pfx_password,
        L2P_EMPLOYER=sb.employers[0],
        L2P_CA_BUNDLE=str(sb.ca_bundle),
        L2P_JOURNAL=str(tmp_path / "cli.journal"),
        XDG_CONFIG_HOME=str(tmp_path / "xdg"),
    )
    return env


def cli(env: dict[str, str], *args: str, kill: tuple[int, str] | None = None) -> Any:
    launcher = (
        [str(CRASHING_CLI), str(kill[0]), "--at", kill[1], "--"]
        if kill
        else ["-m", "link2prisma.cli"]
    )
    return subprocess.run(
        [sys.executable, *launcher, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def worker_body(inss: str, number: int) -> dict[str, Any]:
    return {
        "WorkerNumber": number,
        "Name": "Wouters",
        "Firstname": "Griet",
        "INSS": inss,
        "address": [
            {
                "Street": "Molenstraat",
                "HouseNumber": "5",
                "ZIPCode": "2000",
                "City": "Antwerpen",
                "Country": "00150",
            }
        ],
        "FamilyStatus": [{"Startdate": START}],
        "contract": [{"Startdate": START}],
    }


def said(text: str) -> str:
    """What the CLI printed, its lines unwrapped (rich wraps them to the terminal's width)."""
    return " ".join(text.split())


def entries(env: dict[str, str], every: bool = False) -> list[dict[str, Any]]:
    listed = cli(env, "--json", "journal", "list", *(["--all"] if every else []))
    assert listed.returncode == 0, listed.stderr
    found: list[dict[str, Any]] = json.loads(listed.stdout)
    return found


@pytest.mark.parametrize("trial", range(TRIALS))
def test_the_cli_killed_before_recording_the_guid_sends_no_write_twice(
    sb: Sandbox, inss: str, tmp_path: Path, trial: int
) -> None:
    env = cli_env(sb, tmp_path)
    number = 2000 + trial
    body = tmp_path / "worker.json"
    body.write_text(json.dumps(worker_body(inss, number)))
    before, dup_before = submits(sb)

    killed = cli(env, "call", "workers", "create", "--body", str(body), kill=(1, "guid"))
    assert killed.returncode == KILLED, killed.stderr
    [entry] = entries(env)
    assert (entry["operation"], entry["workers"], entry["date"]) == (
        "workers.create",
        [number],
        START,
    )
    assert entry["state"] == "intent" and entry["guid"] is None and entry["reconcilable"]
    human = cli(env, "journal", "list")
    assert f"worker {number}" in said(human.stdout) and "may have been queued" in said(human.stdout)

    again = cli(env, "call", "workers", "create", "--body", str(body))
    assert again.returncode == 0, again.stderr
    assert "already took effect: not sent again" in said(again.stderr)
    after, dup_after = submits(sb)
    assert delta(before, after) == {"workers.create": 1, "workers.get": 1}
    assert dup_after == dup_before
    [settled] = entries(env, every=True)
    assert (settled["state"], settled["note"]) == ("done", "reconciled: present")
    assert entries(env) == []


def test_a_write_no_read_can_settle_is_reported_and_resent_only_when_asked(
    sb: Sandbox, tmp_path: Path
) -> None:
    env = cli_env(sb, tmp_path)
    body = tmp_path / "communication.json"
    body.write_text(json.dumps({"CommunicationType": "PrivateEmail", "Value": "g.w@example.be"}))
    args = ("call", "communications", "create", "-P", "workerID=3", "--body", str(body))
    before, _ = submits(sb)

    assert cli(env, *args, kill=(1, "guid")).returncode == KILLED
    refused = cli(env, *args)
    assert refused.returncode == 1
    assert "may have been queued" in said(refused.stderr) and "--resend" in said(refused.stderr)
    reconciled = cli(env, "journal", "reconcile")
    assert reconciled.returncode == 1 and "worker 3" in said(reconciled.stdout)
    assert delta(before, submits(sb)[0]) == {"communications.create": 1}

    resent = cli(env, *args, "--resend")
    # The first copy was queued and processed: the explicit resend is refused by the service.
    assert resent.returncode == 1 and "409" in said(resent.stderr)
    assert delta(before, submits(sb)[0]) == {"communications.create": 2}
    states = [e["state"] for e in entries(env, every=True)]
    assert states == ["resent", "failed"]


def test_absences_are_reconciled_with_their_body(sb: Sandbox, tmp_path: Path) -> None:
    env = cli_env(sb, tmp_path)
    body = tmp_path / "absences.json"
    body.write_text(
        json.dumps([{"WorkerNumber": 4, "Absences": [{"Day": "20260312", "Code": 5100}]}])
    )
    before, dup_before = submits(sb)
    killed = cli(env, "call", "absences", "create", "--body", str(body), kill=(1, "guid"))
    assert killed.returncode == KILLED
    [entry] = entries(env)
    assert (entry["workers"], entry["date"]) == ([4], "20260312")
    # Without its body no read can tell which absences to look for.
    assert cli(env, "journal", "reconcile").returncode == 1
    settled = cli(env, "--json", "journal", "reconcile", str(entry["id"]), "--body", str(body))
    assert settled.returncode == 0, settled.stderr
    assert json.loads(settled.stdout)[0]["verdict"] == "present"
    after, dup_after = submits(sb)
    assert delta(before, after) == {"absences.create": 1, "absences.list_for_worker": 1}
    assert dup_after == dup_before


def test_a_write_killed_before_it_was_sent_is_found_absent_and_sent(
    sb: Sandbox, inss: str, tmp_path: Path
) -> None:
    env = cli_env(sb, tmp_path)
    number = 2100
    body = tmp_path / "worker.json"
    body.write_text(json.dumps(worker_body(inss, number)))
    before, _ = submits(sb)
    # The intent of a first run whose process died before sending (written like the CLI would).
    with Journal(tmp_path / "cli.journal") as journal:
        call = prepare(_spec("workers.create"), sb.employers[0], {}, json.loads(body.read_text()))
        journal.record_intent(call, {})
    sent = cli(env, "call", "workers", "create", "--body", str(body))
    assert sent.returncode == 0, sent.stderr
    assert "a read shows it was not applied; sending it" in said(sent.stderr)
    assert delta(before, submits(sb)[0]) == {"workers.get": 1, "workers.create": 1}
    assert [e["state"] for e in entries(env, every=True)] == ["not-queued", "done"]


def test_an_export_killed_after_journalling_a_page_takes_it_up(sb: Sandbox, tmp_path: Path) -> None:
    env = cli_env(sb, tmp_path)
    out = tmp_path / "w.jsonl"
    export = (
        "--json",
        "workers",
        "export",
        "--page-size",
        "4",
        "--prefetch",
        "2",
        "--out",
        str(out),
    )
    before, _ = submits(sb)
    # Page 0 alone, then pages 4 and 8: die once page 4's GUID is journalled, before the
    # export's state file has it.
    killed = cli(env, *export, kill=(2, "journalled"))
    assert killed.returncode == KILLED
    state = json.loads(out.with_name(out.name + ".l2p-state.json").read_text())
    assert "4" not in state["pages"]
    resumed = cli(env, *export)
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["resumed_pages"] >= 1
    assert [json.loads(line)["WorkerNumber"] for line in out.read_text().splitlines()][:10] == list(
        range(1, 11)
    )
    pages = delta(before, submits(sb)[0])["workers.list"]
    uninterrupted = cli(env, *export[:-1], str(tmp_path / "ref.jsonl"))
    assert uninterrupted.returncode == 0
    assert pages == delta(before, submits(sb)[0])["workers.list"] - pages
