"""No personal data in the CLI's human output, for every command, against the sandbox.

Every command of the ``link2prisma`` tree (walked from typer's click command, so that a new
command without invocations here fails :func:`test_every_command_has_invocations`) is run
in-process (typer's CliRunner) against one sandbox over mutual TLS: a success and a failure
case at least, each without and with ``--debug`` (tracebacks and the library's debug logging
on stderr), plus the failures that put personal data in play: an operation failing with an
e-mail in its ``StatusDescription``, a body refused by validation that holds an INSS, ``exists``
with a bad check digit, ``result`` of an operation whose answer holds workers, exports and
mirrors of every worker, documents. Each run's stdout and stderr (human output: ``--json`` is a
deliberate export, searched only for the StatusDescription's e-mail) must hold none of the
sandbox's workers' names, streets, e-mail addresses, INSS or IBANs: the concrete values of the
sandbox's seed data (:func:`link2prisma.sandbox.data.generate_employer`, the generator the
sandbox is filled from, with the same seed; the demo's own sandbox's too) and of the bodies the
tests send, and any INSS-, IBAN- or e-mail-shaped text, whoever's. Names and streets are
searched as whole words in any case, leaving out dates with a month's name ("Jan 26").

A case whose leak is in a file owned by another branch is marked ``xfail(strict=True)`` with
where it is (``Case.leak``): it fails (XPASS) as soon as that fix is merged, to have the mark
removed.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from link2prisma import Link2Prisma, OperationFailed, PollPolicy
from link2prisma.cli import app
from link2prisma.cli.demo import _new_worker
from link2prisma.sandbox import Sandbox
from link2prisma.sandbox.data import generate_employer

WORKERS = 12
SEED = 29
#: The demo's own sandbox: its seed data is searched for too.
DEMO_WORKERS, DEMO_SEED = 6, 31
FAST = PollPolicy(first=0.01, factor=1.3, cap=0.1, deadline=30.0)

# Generic shapes, whoever's data it is.
INSS_SHAPE = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9]{11}|[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}"
    r"|[0-9]{6} [0-9]{3} [0-9]{2})(?![0-9A-Za-z])"
)
#: Belgian IBANs (the sandbox's): BE, 2 check digits, 12 digits, in groups of 4 or not.
IBAN_SHAPE = re.compile(r"(?<![0-9A-Za-z])BE[0-9]{2}(?: ?[0-9]{4}){3}(?![0-9A-Za-z])")
EMAIL_SHAPE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: Dates with a month's name ("Nov 26 12:21:17 2036 GMT", "Mon, 30 Nov 2026 ..."): left out of
#: the name search, so that "Jan" the month is not "Jan" the worker.
MONTH_DATE = re.compile(
    r"(?<!\w)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? +[0-9]{1,2}(?![0-9])"
    r"|(?<![0-9])[0-9]{1,2} +(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?!\w)"
)
#: Record fields holding personal data in the sandbox's seed records.
NAME_FIELDS = ("Name", "Firstname", "SpouseName", "SpouseFirstname", "Beneficiary")
INSS_FIELDS = ("INSS", "SpouseINSS")

#: Bodies sent by the cases (their personal data is searched for as well).
NEW_PERSON = {"Name": "Vandermeersch", "Firstname": "Griet", "Street": "Zuidlaan"}
BAD_INSS = "85073003329"  # wrong check digits
GOOD_UNKNOWN_INSS = "85073003328"


@dataclass
class Personal:
    """Personal data to look for: concrete values, and generic shapes."""

    names: set[str] = field(default_factory=set)
    streets: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    inss: set[str] = field(default_factory=set)
    ibans: set[str] = field(default_factory=set)

    def add_seed(self, seed: int, employers: int, workers: int) -> None:
        """The workers' data of a sandbox started with ``seed`` (the sandbox's own generator)."""
        for index in range(employers):
            _, records = generate_employer(seed, index, workers)
            for record in records:
                if record.worker == 0:  # the employer's own records (payroll@ ...)
                    continue
                self.add_doc(record.doc)

    def add_doc(self, doc: dict[str, Any]) -> None:
        for key in NAME_FIELDS:
            if isinstance(doc.get(key), str) and doc[key].strip():
                self.names.add(doc[key].strip())
        for key in INSS_FIELDS:
            if doc.get(key):
                self.inss.add(f"{int(doc[key]):011d}")
        if isinstance(doc.get("Street"), str):
            self.streets.add(doc["Street"])
        if isinstance(doc.get("BankAccount"), str) and doc["BankAccount"]:
            self.ibans.add(doc["BankAccount"].replace(" ", ""))
        value = doc.get("Value")
        if isinstance(value, str) and "@" in value:
            self.emails.add(value)

    def find(self, text: str) -> list[str]:
        """What personal data (concrete or by its shape) ``text`` holds."""
        found = [f"INSS-shaped {m.group()!r}" for m in INSS_SHAPE.finditer(text)]
        found += [f"IBAN-shaped {m.group()!r}" for m in IBAN_SHAPE.finditer(text)]
        found += [f"e-mail-shaped {m.group()!r}" for m in EMAIL_SHAPE.finditer(text)]
        compact = re.sub(r"[\s.\-/]", "", text)
        found += [f"INSS {n}" for n in sorted(self.inss) if n in compact]
        found += [f"IBAN {i}" for i in sorted(self.ibans) if i in compact]
        found += [f"e-mail {e}" for e in sorted(self.emails) if e.lower() in text.lower()]
        words_only = MONTH_DATE.sub(" ", text)
        for kind, words in (("name", self.names), ("street", self.streets)):
            for word in sorted(words):
                # Whole words, in any case ("PEETERS" too); not inside a token ("x3Jan4").
                pattern = rf"(?<!\w){re.escape(word)}(?!\w)"
                if re.search(pattern, words_only, re.IGNORECASE):
                    found.append(f"{kind} {word!r}")
        return found


@dataclass
class World:
    """The module's sandbox and what the cases need from it."""

    sb: Sandbox
    env: dict[str, str | None]
    dir: Path
    personal: Personal
    inss: str  # worker 1's, 11 digits
    email: str  # worker 1's private e-mail
    list_guid: str  # a workers.list whose answer holds workers
    failed_guid: str  # a communications.create failed with the e-mail in StatusDescription
    document_id: int

    @property
    def journal(self) -> Path:
        """The CLI's operation journal (``L2P_JOURNAL``)."""
        return self.dir / "journal.sqlite"

    def file(self, name: str, content: Any) -> str:
        path = self.dir / name
        path.write_text(content if isinstance(content, str) else json.dumps(content))
        return str(path)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    personal = Personal()
    personal.add_seed(SEED, 2, WORKERS)
    personal.add_seed(DEMO_SEED, 2, DEMO_WORKERS)
    personal.add_doc(NEW_PERSON)
    personal.add_doc(_new_worker(1, "20260101"))
    personal.add_doc(_new_worker(1, "20260101")["address"][0])
    folder = tmp_path_factory.mktemp("cliprivacy")
    with Sandbox.start(
        employers=2, workers_per_employer=WORKERS, delay=0.0, processors=2, seed=SEED
    ) as sb:
        employer = sb.employers[0]
        with Link2Prisma(
            sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, poll=FAST
        ) as l2p:
            scope = l2p.employer(employer)
            worker = scope.workers.get(1).result()
            assert worker is not None
            comms = scope.communications.list(1).result()
            email = next(c.value for c in comms if "@" in str(c.value))
            listing = scope.workers.list(limit=5, offset=0)
            assert listing.result()
            duplicate = scope.communications.create(
                1, {"CommunicationType": "PrivateEmail", "Value": email}
            )
            with pytest.raises(OperationFailed):
                duplicate.result()
            docs = scope.documents.list("20240101", "20251231").result()
            assert docs
        env: dict[str, str | None] = {
            "L2P_BASE_URL": sb.base_url,
            "L2P_CERT": str(sb.pfx_path),
            "L2P_CERT_PASSWORD": sb.pfx_password,
            "L2P_EMPLOYER": employer,
            "L2P_CA_BUNDLE": str(sb.ca_bundle),
            "L2P_KEY": None,
            "L2P_PROFILE": None,
            "L2P_CONFIG": None,
            "L2P_JOURNAL": str(folder / "journal.sqlite"),
            "XDG_CONFIG_HOME": str(folder / "xdg"),
            "XDG_STATE_HOME": str(folder / "state"),
            "XDG_DATA_HOME": str(folder / "data"),
            "COLUMNS": "200",
        }
        yield World(
            sb=sb,
            env=env,
            dir=folder,
            personal=personal,
            inss=f"{int(worker.inss):011d}",
            email=str(email),
            list_guid=listing.guid,
            failed_guid=duplicate.guid,
            document_id=int(docs[0].document_id),
        )


# --- the invocations ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One invocation of a command: its arguments (from the world) and whether it succeeds.

    ``ok``: the command succeeds (exit 0) or fails (another code, as documented).
    ``env``: settings that differ from the world's (a journal that is not one ...).
    ``leak``: the leak is known and owned by another branch (where, and who): the case is a
    strict xfail, with and without ``--debug`` (none today: main has every fix)."""

    name: str
    args: Callable[[World], list[str]]
    ok: bool
    leak: str | None = None
    env: Callable[[World], dict[str, str]] | None = None


OK = True
FAILS = False


def _duplicate_email_body(w: World) -> str:
    return w.file("dup.json", {"CommunicationType": "PrivateEmail", "Value": w.email})


def _refused_worker_body(w: World) -> str:
    body = {
        "WorkerNumber": 0,
        "Name": NEW_PERSON["Name"],
        "Firstname": NEW_PERSON["Firstname"],
        "INSS": int(BAD_INSS),
        "BankAccount": "BE00 1234 5678 9012",
        "address": [{"Street": NEW_PERSON["Street"], "Country": "BE"}],
    }
    return w.file("refused.json", body)


def _mirrored(w: World) -> str:
    """A mirror made by a first (full) sync, and a worker changed since: the run searched is the
    incremental one, which fetches the changed worker again."""
    db = w.dir / f"mirror-{len(list(w.dir.glob('mirror-*.sqlite')))}.sqlite"
    first = run(w, ["sync", "--db", str(db)])
    assert first.exit_code == 0, first.output
    with Link2Prisma(
        w.sb.base_url, certificate=w.sb.certificate, ca_bundle=w.sb.ca_bundle, poll=FAST
    ) as l2p:
        changed = {"CommunicationType": "PrivateEmail", "Value": f"x{db.stem}@example.org"}
        l2p.employer(w.sb.employers[0]).communications.create(2, changed).result()
    w.personal.emails.add(changed["Value"])
    return str(db)


def _uncertain(w: World, operation: str, values: dict[str, Any], body: Any) -> str:
    """A journal entry as a run killed between its intent and the 202 leaves it (uncertain: may
    have been queued); its id."""
    from link2prisma import Journal
    from link2prisma._request import prepare
    from link2prisma._validation import format_params
    from link2prisma_resources._table import OPERATIONS

    spec = OPERATIONS[operation]
    call = prepare(spec, w.sb.employers[0], values, body)
    with Journal(w.journal) as journal:
        return str(journal.record_intent(call, format_params(spec, values)))


def _new_worker_entry(w: World) -> str:
    """An uncertain ``workers.create`` of a worker who is not there (a read can tell)."""
    body = {**_new_worker(900 + len(list(w.dir.glob("*.json"))), "20260101")}
    body.update(
        Name=NEW_PERSON["Name"], Firstname=NEW_PERSON["Firstname"], INSS=int(GOOD_UNKNOWN_INSS)
    )
    return _uncertain(w, "workers.create", {}, body)


def _after_a_failed_write(w: World) -> list[str]:
    """``journal list --all`` once the journal holds a write that failed with the e-mail in its
    StatusDescription (the duplicate communication, through the CLI: journalled)."""
    dup = ["call", "communications", "create", "-P", "workerID=1", "-b"]
    assert run(w, [*dup, _duplicate_email_body(w)]).exit_code == 1
    return ["journal", "list", "--all"]


def _after_an_uncertain_write(w: World) -> list[str]:
    """``journal list`` once the journal holds an uncertain write (a new worker's)."""
    _new_worker_entry(w)
    return ["journal", "list"]


def _new_email(w: World) -> dict[str, str]:
    """A private e-mail for worker 1 that is not there yet (searched for like the others)."""
    value = f"resent{len(w.personal.emails)}.{w.email}"
    w.personal.emails.add(value)
    return {"CommunicationType": "PrivateEmail", "Value": value}


def _resend_args(w: World, *, same_body: bool) -> list[str]:
    body = _new_email(w)
    entry = _uncertain(w, "communications.create", {"workerID": 1}, body)
    sent = body if same_body else {**body, "Value": f"other.{body['Value']}"}
    return ["journal", "resend", entry, "--body", w.file(f"resend-{entry}.json", sent)]


def _latin1_body(w: World) -> str:
    """A worker body saved in Latin-1 (not UTF-8), with a name, an e-mail and an INSS."""
    path = w.dir / "latin1.json"
    text = f'{{"Name": "Chloé {NEW_PERSON["Name"]}", "Value": "{w.email}", "INSS": {w.inss}}}'
    path.write_bytes(text.encode("latin-1"))
    return str(path)


def _upload_file(w: World) -> str:
    return w.file("note.txt", "a note\n")


INVOCATIONS: dict[str, tuple[Case, ...]] = {
    "cert inspect": (
        Case("ok", lambda w: ["cert", "inspect", str(w.sb.pfx_path)], OK),
        Case("missing-file", lambda w: ["cert", "inspect", str(w.dir / "none.pfx")], FAILS),
    ),
    "cert export-public": (
        Case(
            "ok",
            lambda w: ["cert", "export-public", str(w.sb.pfx_path), "--out", str(w.dir / "p.pem")],
            OK,
        ),
        Case(
            "missing-folder",
            lambda w: [
                "cert",
                "export-public",
                str(w.sb.pfx_path),
                "--out",
                str(w.dir / "nofolder" / "p.pem"),
            ],
            FAILS,
        ),
    ),
    "workers export": (
        Case("jsonl", lambda w: ["workers", "export", "--out", str(w.dir / "w.jsonl")], OK),
        Case(
            "excel",
            lambda w: ["workers", "export", "--excel", "--out", str(w.dir / "w.csv")],
            OK,
        ),
        Case(
            "refused-employer",
            lambda w: ["--employer", "123", "workers", "export", "--out", str(w.dir / "x.jsonl")],
            FAILS,
        ),
    ),
    "documents list": (
        Case("ok", lambda w: ["documents", "list", "20240101", "20251231"], OK),
        Case("bad-date", lambda w: ["documents", "list", "20241399", "20251231"], FAILS),
    ),
    "documents download": (
        Case(
            "ok",
            lambda w: ["documents", "download", str(w.document_id), "--out", str(w.dir / "d.pdf")],
            OK,
        ),
        Case(
            "unknown",
            lambda w: ["documents", "download", "987654", "--out", str(w.dir / "u.pdf")],
            FAILS,
        ),
    ),
    "documents upload": (
        Case(
            "ok",
            lambda w: ["documents", "upload", _upload_file(w), "--type", "Note", "--worker", "1"],
            OK,
        ),
        Case(
            "refused-description",
            lambda w: [
                "documents",
                "upload",
                _upload_file(w),
                "--type",
                "Note",
                "--description",
                f"{w.email} {w.inss} " + "x" * 100,
            ],
            FAILS,
        ),
    ),
    "doctor": (
        Case("ok", lambda w: ["doctor"], OK),
        Case("refused-employer", lambda w: ["--employer", "123", "doctor"], FAILS),
    ),
    "exists": (
        Case("worker", lambda w: ["exists", w.inss], OK),
        Case("nobody", lambda w: ["exists", GOOD_UNKNOWN_INSS], OK),
        Case("bad-check-digit", lambda w: ["exists", BAD_INSS], FAILS),
        Case(
            "bad-check-digit-dotted",
            lambda w: [
                "exists",
                f"{BAD_INSS[:2]}.{BAD_INSS[2:4]}.{BAD_INSS[4:6]}-{BAD_INSS[6:9]}.{BAD_INSS[9:]}",
            ],
            FAILS,
        ),
        Case("not-a-number", lambda w: ["exists", w.email], FAILS),
        Case("check-nobody", lambda w: ["exists", "--check", GOOD_UNKNOWN_INSS], FAILS),
    ),
    "result": (
        Case("workers-list", lambda w: ["result", w.list_guid], OK),
        Case(
            "workers-list-decoded",
            lambda w: ["result", w.list_guid, "--operation", "workers.list"],
            OK,
        ),
        Case(
            "failed-email",
            lambda w: ["result", w.failed_guid],
            FAILS,
        ),
        Case(
            "failed-email-decoded",
            lambda w: ["result", w.failed_guid, "--operation", "communications.create"],
            FAILS,
        ),
        Case(
            "unknown-guid",
            lambda w: ["result", "00000000-0000-0000-0000-000000000001"],
            FAILS,
        ),
    ),
    "call": (
        Case("get-worker", lambda w: ["call", "workers", "get", "-P", "workerID=1"], OK),
        Case("list-workers", lambda w: ["call", "workers", "list", "-P", "limit=3"], OK),
        Case("operations", lambda w: ["call", "--list"], OK),
        Case("skeleton", lambda w: ["call", "workers", "create", "--skeleton"], OK),
        Case(
            "dry-run",
            lambda w: [
                "call",
                "communications",
                "create",
                "-P",
                "workerID=1",
                "-b",
                _duplicate_email_body(w),
                "--dry-run",
            ],
            OK,
        ),
        Case(
            "no-wait",
            lambda w: ["call", "workers", "list", "-P", "limit=3", "--no-wait"],
            OK,
        ),
        Case(
            "duplicate-email",
            lambda w: [
                "call",
                "communications",
                "create",
                "-P",
                "workerID=1",
                "-b",
                _duplicate_email_body(w),
            ],
            FAILS,
        ),
        Case(
            "delete-unknown-email",
            lambda w: [
                "call",
                "communications",
                "delete",
                "-P",
                "workerID=1",
                "-b",
                w.file(
                    "gone.json",
                    {"CommunicationType": "PrivateEmail", "Value": w.email.replace("@", "2@")},
                ),
            ],
            FAILS,
        ),
        Case(
            "refused-inss",
            lambda w: ["call", "workers", "create", "-b", _refused_worker_body(w)],
            FAILS,
        ),
        Case(
            "not-utf8",
            lambda w: ["call", "workers", "create", "-b", _latin1_body(w)],
            FAILS,
        ),
        Case(
            "not-json",
            lambda w: [
                "call",
                "communications",
                "create",
                "-P",
                "workerID=1",
                "-b",
                w.file("broken.json", f'{{"Value": "{w.email}", '),
            ],
            FAILS,
        ),
        Case("exists-param", lambda w: ["call", "workers", "exists", "-P", f"rrnr={w.inss}"], OK),
        Case(
            "exists-bad-check-digit",
            lambda w: ["call", "workers", "exists", "-P", f"rrnr={BAD_INSS}"],
            FAILS,
        ),
        Case("unknown-worker", lambda w: ["call", "workers", "get", "-P", "workerID=9876"], FAILS),
    ),
    "journal list": (
        Case("all", _after_a_failed_write, OK),
        Case("uncertain", _after_an_uncertain_write, OK),
        Case(
            "not-a-journal",
            lambda w: ["journal", "list"],
            FAILS,
            env=lambda w: {"L2P_JOURNAL": w.file("notsqlite.txt", f"{w.email} {w.inss}\n")},
        ),
    ),
    "journal reconcile": (
        Case("absent-worker", lambda w: ["journal", "reconcile", _new_worker_entry(w)], OK),
        Case("unknown-entry", lambda w: ["journal", "reconcile", "987654"], FAILS),
    ),
    "journal resend": (
        Case("same-body", lambda w: _resend_args(w, same_body=True), OK),
        Case("other-body", lambda w: _resend_args(w, same_body=False), FAILS),
    ),
    "sync": (
        Case("full", lambda w: ["sync", "--db", str(w.dir / "full.sqlite"), "--full"], OK),
        Case("incremental", lambda w: ["sync", "--db", _mirrored(w)], OK),
        Case(
            "refused-employer",
            lambda w: ["--employer", "123", "sync", "--db", str(w.dir / "refused.sqlite")],
            FAILS,
        ),
    ),
    "demo": (
        Case(
            "ok",
            lambda w: [
                "demo",
                "--workers",
                str(DEMO_WORKERS),
                "--seed",
                str(DEMO_SEED),
                "--delay",
                "0",
            ],
            OK,
        ),
        Case("bad-option", lambda w: ["demo", "--workers", "0"], FAILS),
    ),
    "sandbox": (
        Case("help", lambda w: ["sandbox", "--help"], OK),
        Case("bad-option", lambda w: ["sandbox", "--employers", "many"], FAILS),
    ),
}


def _leaves(command: Any, path: tuple[str, ...] = ()) -> Iterator[str]:
    subs = getattr(command, "commands", None)
    if subs is None:
        yield " ".join(path)
        return
    for name, sub in subs.items():
        yield from _leaves(sub, (*path, name))


def _params() -> Iterator[Any]:
    for command, cases in INVOCATIONS.items():
        for case in cases:
            for debug in (False, True):
                marks = []
                if case.leak:
                    marks.append(pytest.mark.xfail(strict=True, reason=case.leak))
                mode = "debug" if debug else "plain"
                yield pytest.param(
                    command,
                    case,
                    debug,
                    marks=marks,
                    id=f"{command.replace(' ', '-')}-{case.name}-{mode}",
                )


@contextmanager
def _root_logging() -> Iterator[None]:
    """No handler on the root logger during a run (pytest's own put back after), so that the
    ``--debug`` run's ``logging.basicConfig`` does install its stderr handler, on the runner's
    captured stderr: the library's debug logging is part of what is searched."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    root.handlers = []
    try:
        yield
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers = handlers
        root.setLevel(level)


def run(world: World, args: list[str], env: dict[str, str] | None = None) -> Any:
    with _root_logging():
        return CliRunner(env={**world.env, **(env or {})}).invoke(app, args)


# --- the tests ----------------------------------------------------------------------------------


def test_every_command_has_invocations() -> None:
    """Every command of the tree is in the table (a new command fails here, named), and the
    table names no command that does not exist."""
    commands = set(_leaves(get_command(app)))
    assert commands - set(INVOCATIONS) == set(), "commands without privacy invocations"
    assert set(INVOCATIONS) - commands == set(), "invocations of commands that do not exist"


def test_every_command_has_a_success_and_a_failure() -> None:
    """Each command is run at least once to success and once to a failure."""
    for command, cases in INVOCATIONS.items():
        assert any(c.ok for c in cases), command
        assert any(not c.ok for c in cases), command


@pytest.mark.parametrize(("command", "case", "debug"), list(_params()))
def test_human_output_holds_no_personal_data(
    world: World, command: str, case: Case, debug: bool
) -> None:
    args = case.args(world)
    env = case.env(world) if case.env else None
    result = run(world, ["--debug", *args] if debug else args, env)
    output = f"{result.stdout}\n{result.stderr}"
    assert isinstance(result.exception, SystemExit | None), output[-3000:]  # no crash
    assert (result.exit_code == 0) == case.ok, (result.exit_code, output[-3000:])
    found = world.personal.find(output)
    assert found == [], f"{command} {case.name}: {found}\n{output[-3000:]}"


def test_the_search_finds_what_it_looks_for(world: World) -> None:
    """The search is not blind: the workers' data, printed as ``--json`` does, is found."""
    result = run(world, ["--json", "call", "workers", "get", "-P", "workerID=1"])
    assert result.exit_code == 0, result.output
    found = world.personal.find(result.stdout)
    assert any(f.startswith("name ") for f in found), found
    assert any(f.startswith("INSS") for f in found), found
    assert any(f.startswith("IBAN") for f in found), found
    assert any(f.startswith("street ") for f in found), found


def test_the_search_tells_a_month_from_a_name(world: World) -> None:
    """ "Jan" in a date is a month (a certificate's expiry), "Jan" alone or shouting is a name."""
    world_names = Personal(names={"Jan"})
    assert world_names.find("valid until Jan 26 12:21:17 2036 GMT; Mon, 05 Jan 2026") == []
    assert world_names.find("read back: Jan Peeters") == ["name 'Jan'"]
    assert world_names.find("JAN PEETERS") == ["name 'Jan'"]
    assert world_names.find("token 4xJan0/b") == []


def test_the_search_finds_an_email_and_a_dotted_inss(world: World) -> None:
    """E-mail addresses, and an INSS written with separators, are found."""
    found = world.personal.find(f"x {world.email} y {world.inss[:2]}.{world.inss[2:4]}.")
    assert any(f.startswith("e-mail") for f in found), found
    dotted = (
        f"{world.inss[0:2]}.{world.inss[2:4]}.{world.inss[4:6]}-{world.inss[6:9]}.{world.inss[9:]}"
    )
    assert any(f.startswith("INSS") for f in world.personal.find(dotted)), dotted


def test_debug_runs_show_the_library_logging(world: World) -> None:
    """The ``--debug`` runs searched above do carry the library's (and httpx's) debug logging on
    stderr: the search covers it, not an empty stream."""
    result = run(world, ["--debug", "exists", world.inss])
    assert result.exit_code == 0, result.output
    assert "DEBUG:link2prisma" in result.stderr, result.stderr[-2000:]
    assert "DEBUG:http" in result.stderr, result.stderr[-2000:]


def test_debug_failures_show_their_traceback(world: World) -> None:
    """A failing ``--debug`` run prints its traceback (searched above with the rest)."""
    args = ["call", "communications", "create", "-P", "workerID=1", "-b"]
    result = run(world, ["--debug", *args, _duplicate_email_body(world)])
    assert result.exit_code == 1, result.output
    assert "Traceback (most recent call last)" in result.stderr, result.stderr[-2000:]


def test_call_masks_the_worker_in_human_output(world: World) -> None:
    """``call``'s human output shows the worker with its personal data masked."""
    result = run(world, ["call", "workers", "get", "-P", "workerID=1"])
    assert result.exit_code == 0, result.output
    assert '"Name": "***"' in result.stdout
    assert '"WorkerNumber": 1' in result.stdout


#: ``--json`` runs that put a StatusDescription with an e-mail in play: ``--json`` may carry
#: data, but not the StatusDescription (issue 14), on stdout nor in the JSON error on stderr.
JSON_STATUS = [
    pytest.param(lambda w: ["result", w.failed_guid], id="result"),
    pytest.param(
        lambda w: ["result", w.failed_guid, "--operation", "communications.create"],
        id="result-decoded",
    ),
    pytest.param(
        lambda w: (
            ["call", "communications", "create", "-P", "workerID=1", "-b"]
            + [_duplicate_email_body(w)]
        ),
        id="call",
    ),
]


@pytest.mark.parametrize("args", JSON_STATUS)
@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
def test_json_output_holds_no_status_description_email(
    world: World, args: Callable[[World], list[str]], debug: bool
) -> None:
    result = run(world, [*(["--debug"] if debug else []), "--json", *args(world)])
    assert result.exit_code == 1, result.output
    output = f"{result.stdout}\n{result.stderr}"
    assert "already exists" in output  # the StatusDescription is there, masked
    assert world.email not in output, output[-3000:]
    assert EMAIL_SHAPE.findall(output) == [], output[-3000:]


def test_export_public_to_a_missing_folder_is_a_usage_error(world: World) -> None:
    """The failure case of ``cert export-public`` is the documented one-line usage error naming
    the folder (checked before the certificate is read), not a bare ``FileNotFoundError``."""
    out = world.dir / "nofolder" / "p.pem"
    result = run(world, ["cert", "export-public", str(world.sb.pfx_path), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("error: --out ") and "does not exist" in result.stderr
    assert "FileNotFoundError" not in result.stderr
