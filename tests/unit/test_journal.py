"""The operation journal on its own: what it records (and never records), its states, and the
explicit decisions it leaves to its user. Writes go to the shared sandbox over mutual TLS, each
test with worker numbers of its own."""

from __future__ import annotations

import itertools
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from link2prisma import (
    AsyncLink2Prisma,
    ConfigurationError,
    ConnectError,
    Journal,
    Link2Prisma,
    OperationFailed,
    PollPolicy,
    RetryPolicy,
)
from link2prisma._request import prepare
from link2prisma.journal import RECONCILERS, EntryState, Verdict, _spec
from link2prisma.sandbox import Sandbox

FAST = PollPolicy(first=0.01, factor=1.3, cap=0.1, deadline=30.0)
NAME, FIRSTNAME, STREET = "Vandenbroucke", "Josefien", "Zilverstraat"
_numbers = itertools.count(4_000_000 + os.getpid() % 1000 * 1000)


def worker(number: int, inss: str) -> dict[str, Any]:
    return {
        "WorkerNumber": number,
        "Name": NAME,
        "Firstname": FIRSTNAME,
        "INSS": inss,
        "address": [
            {
                "Street": STREET,
                "HouseNumber": "12",
                "ZIPCode": "3000",
                "City": "Leuven",
                "Country": "00150",
            }
        ],
        "FamilyStatus": [{"Startdate": "20260301"}],
        "contract": [{"Startdate": "20260301"}],
    }


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "j.sqlite") as j:
        yield j


@pytest.fixture
def l2p(sandbox: Sandbox, journal: Journal) -> Iterator[Link2Prisma]:
    with Link2Prisma(
        sandbox.base_url,
        certificate=sandbox.certificate,
        ca_bundle=sandbox.ca_bundle,
        poll=FAST,
        journal=journal,
    ) as client:
        yield client


@pytest.fixture
def inss(l2p: Link2Prisma, sandbox: Sandbox) -> str:
    return str(l2p.employer(sandbox.employers[0]).workers.get(1).result().inss)


def intent_of_a_dead_run(path: Path, employer: str, body: Any) -> None:
    """The intent a killed process left (another journal instance: another owner)."""
    with Journal(path) as other:
        other.record_intent(prepare(_spec("workers.create"), employer, {}, body), {})


def test_the_file_is_created_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "state" / "j.sqlite"
    with Journal(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_digests_are_salted_per_journal(tmp_path: Path) -> None:
    with Journal(tmp_path / "a") as a, Journal(tmp_path / "b") as b:
        assert a.digest(b"85073003328") == a.digest(b"85073003328")
        assert a.digest(b"85073003328") != b.digest(b"85073003328")


def test_a_write_is_recorded_queued_then_done(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox, inss: str
) -> None:
    number = next(_numbers)
    op = l2p.employer(sandbox.employers[0]).workers.create(worker(number, inss))
    [entry] = journal.entries()
    assert (entry.state, entry.guid) == (EntryState.QUEUED, op.guid)
    assert (entry.workers, entry.date, entry.method) == ((number,), "20260301", "POST")
    assert journal.queued() == [entry]
    op.result()
    done = journal.get(entry.id)
    assert (done.state, done.statuscode) == (EntryState.DONE, "201")


def test_a_refused_write_is_recorded_failed(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox, inss: str
) -> None:
    with pytest.raises(OperationFailed):
        l2p.employer(sandbox.employers[0]).workers.create(worker(1, inss)).result()
    [entry] = journal.entries()
    assert (entry.state, entry.statuscode) == (EntryState.FAILED, "409")


def test_the_journal_holds_no_personal_data(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox, inss: str
) -> None:
    l2p.employer(sandbox.employers[0]).workers.create(worker(next(_numbers), inss)).result()
    journal.close()
    data = b"".join(p.read_bytes() for p in journal.path.parent.iterdir())
    for secret in (NAME, FIRSTNAME, STREET, inss):
        assert secret.encode() not in data


def test_reads_are_journalled_only_when_asked(
    sandbox: Sandbox, journal: Journal, tmp_path: Path
) -> None:
    with Journal(tmp_path / "reads", reads=True, context="job") as reads:
        for j in (journal, reads):
            with Link2Prisma(
                sandbox.base_url,
                certificate=sandbox.certificate,
                ca_bundle=sandbox.ca_bundle,
                poll=FAST,
                journal=j,
            ) as client:
                client.employer(sandbox.employers[0]).workers.get(2).result()
        assert journal.entries() == []
        [entry] = reads.entries()
        assert (entry.operation, entry.context, entry.state) == ("workers.get", "job", "done")


def test_a_write_that_could_not_connect_is_not_queued(sandbox: Sandbox, journal: Journal) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens there once closed
    with Link2Prisma(
        f"https://127.0.0.1:{port}/link2prisma.svc",
        certificate=sandbox.certificate,
        ca_bundle=sandbox.ca_bundle,
        retry=RetryPolicy(attempts=1),
        journal=journal,
    ) as client:
        with pytest.raises(ConnectError):
            client.employer(sandbox.employers[0]).absence_notes.delete(3, "20260101")
    [entry] = journal.entries()
    assert entry.state is EntryState.NOT_QUEUED and not entry.uncertain


def test_an_intent_left_by_a_dead_process_is_uncertain(
    journal: Journal, sandbox: Sandbox, inss: str
) -> None:
    intent_of_a_dead_run(journal.path, sandbox.employers[0], worker(next(_numbers), inss))
    [entry] = journal.uncertain()
    assert entry.state is EntryState.INTENT and entry.guid is None
    assert "may have been queued" in entry.describe()


def test_reconcile_finds_an_absent_create_and_resend_sends_it_once(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox, inss: str
) -> None:
    body = worker(next(_numbers), inss)
    intent_of_a_dead_run(journal.path, sandbox.employers[0], body)
    [entry] = journal.uncertain()
    assert journal.reconcile(l2p, entry) is Verdict.ABSENT
    assert journal.get(entry.id).state is EntryState.NOT_QUEUED
    before = sandbox.stats()["submits_received"].get("workers.create", 0)
    journal.resend(l2p, journal.get(entry.id), body).result()
    assert sandbox.stats()["submits_received"]["workers.create"] == before + 1
    assert [e.state for e in journal.entries()] == [EntryState.RESENT, EntryState.DONE]


def test_reconcile_finds_a_present_create(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox, inss: str
) -> None:
    body = worker(next(_numbers), inss)
    l2p.employer(sandbox.employers[0]).workers.create(body).result()
    intent_of_a_dead_run(journal.path, sandbox.employers[0], body)
    [entry] = journal.uncertain()
    assert journal.reconcile(l2p, entry) is Verdict.PRESENT
    assert journal.get(entry.id).state is EntryState.DONE


def test_resend_refuses_another_body(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox, inss: str
) -> None:
    number = next(_numbers)
    intent_of_a_dead_run(journal.path, sandbox.employers[0], worker(number, inss))
    [entry] = journal.uncertain()
    with pytest.raises(ConfigurationError, match="not the body"):
        journal.resend(l2p, entry, {**worker(number, inss), "Name": "Other"})
    assert journal.get(entry.id).state is EntryState.INTENT


def test_resend_refuses_a_write_with_a_guid(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox, inss: str
) -> None:
    body = worker(next(_numbers), inss)
    l2p.employer(sandbox.employers[0]).workers.create(body)
    [entry] = journal.entries()
    with pytest.raises(ConfigurationError, match="queued"):
        journal.resend(l2p, entry, body)


def test_a_write_without_reconciler_stays_uncertain(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox
) -> None:
    with Journal(journal.path) as other:
        spec = _spec("communications.create")
        body = {"CommunicationType": "PrivateEmail", "Value": "j.v@example.be"}
        other.record_intent(
            prepare(spec, sandbox.employers[0], {"workerID": 5}, body), {"workerID": "5"}
        )
    [entry] = journal.uncertain()
    assert entry.workers == (5,)
    assert journal.reconcile(l2p, entry) is Verdict.UNKNOWN
    assert journal.get(entry.id).state is EntryState.INTENT


def test_every_reconciler_is_for_a_write() -> None:
    assert RECONCILERS and all(_spec(op).is_write for op in RECONCILERS)


def test_adopt_gives_a_queued_read_once_to_the_same_context(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    path = tmp_path / "reads"
    with Journal(path, reads=True, context="export a") as first:
        with Link2Prisma(
            sandbox.base_url,
            certificate=sandbox.certificate,
            ca_bundle=sandbox.ca_bundle,
            journal=first,
        ) as client:
            op = client.employer(sandbox.employers[0]).workers.list(limit=5, offset=0)
    params = {"limit": 5, "offset": 0}
    with Journal(path, reads=True, context="export b") as other:
        assert other.adopt("workers.list", sandbox.employers[0], params) is None
    with Journal(path, reads=True, context="export a") as again:
        adopted = again.adopt("workers.list", sandbox.employers[0], params)
        assert adopted is not None and adopted.guid == op.guid
        assert again.adopt("workers.list", sandbox.employers[0], params) is None
        again.abandon_reads()
        assert again.get(adopted.id).state is EntryState.ABANDONED


@pytest.mark.anyio
async def test_the_async_client_journals_too(
    sandbox: Sandbox, journal: Journal, anyio_backend: str
) -> None:
    async with AsyncLink2Prisma(
        sandbox.base_url,
        certificate=sandbox.certificate,
        ca_bundle=sandbox.ca_bundle,
        poll=FAST,
        journal=journal,
    ) as client:
        scope = client.employer(sandbox.employers[0])
        op = await scope.communications.create(
            7, {"CommunicationType": "PrivateEmail", "Value": f"a{next(_numbers)}@example.be"}
        )
        await op.result()
    [entry] = journal.entries()
    assert (entry.operation, entry.state, entry.workers) == (
        "communications.create",
        EntryState.DONE,
        (7,),
    )


def test_absences_of_a_worker_that_does_not_exist_are_absent(
    l2p: Link2Prisma, journal: Journal, sandbox: Sandbox
) -> None:
    body = [{"WorkerNumber": 9_999_999, "Absences": [{"Day": "20260401", "Code": 5100}]}]
    with Journal(journal.path) as other:
        other.record_intent(prepare(_spec("absences.create"), sandbox.employers[0], {}, body), {})
    [entry] = journal.uncertain()
    assert (entry.workers, entry.date) == ((9_999_999,), "20260401")
    assert journal.reconcile(l2p, entry) is Verdict.UNKNOWN  # without its body: cannot tell
    assert journal.reconcile(l2p, entry, body) is Verdict.ABSENT
