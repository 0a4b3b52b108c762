"""Personal data stays out of logs and exception messages, end to end against the sandbox.

Every log record of every logger (root at DEBUG, so httpx's and httpcore's too, with their
``extra`` fields and formatted tracebacks) and every exception message (with its causes) produced
while a realistic scenario runs is searched for INSS-shaped numbers, IBANs and the names of the
sandbox's workers. The scenario reads workers (names, INSS, IBANs), checks INSS with
``workerExists``, makes operations fail (unknown worker, duplicates, injected processing failures,
503s and dropped connections that get retried and logged), and has bodies with personal data
refused by client and server validation; sync and async.

The workers are read once (module fixture ``reading``); each step of the scenario (for each
employer, sync and async, and each mocked answer) is its own test, searched on its own.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import link2prisma as l2
from link2prisma import AsyncLink2Prisma, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma.sandbox import Faults, Sandbox

if TYPE_CHECKING:
    from conftest import SandboxFactory

FAULTS = Faults(
    fail_submit_rate=0.2,
    drop_rate=0.1,
    processing_failure_rate=0.1,
    slow_result_rate=0.05,
    slow_result_seconds=0.2,
    seed=3,
)
RETRY = RetryPolicy(attempts=10, wait_initial=0.01, wait_max=0.1, timeout=30.0)
POLL = PollPolicy(first=0.02, factor=1.5, cap=0.2, deadline=30.0)
WORKERS = 8
# A private sandbox and one reading for the module: kept on one pytest-xdist worker
# (conftest.py, ONE_WORKER).

# Generic shapes, whoever's data it is.
INSS_SHAPE = re.compile(
    r"(?<![0-9A-Za-z])(?:[0-9]{11}|[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}|[0-9]{6} [0-9]{3} [0-9]{2})(?![0-9A-Za-z])"
)
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}[0-9]{2} ?(?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{0,4}\b")
HTTP_DATE = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT\b"
)
_STANDARD = set(vars(logging.LogRecord("n", logging.INFO, "p", 1, "m", None, None))) | {
    "message",
    "asctime",
}


@dataclass
class Personal:
    """The sandbox's personal data, as read back through the API."""

    inss: set[str] = field(default_factory=set)
    ibans: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    workers: dict[str, list[Any]] = field(default_factory=dict)

    def add(self, employer: str, worker: Any) -> None:
        self.workers.setdefault(employer, []).append(worker)
        self.inss.add(f"{int(worker.inss):011d}")
        if isinstance(worker.bank_account, str) and worker.bank_account:
            self.ibans.add(worker.bank_account.replace(" ", ""))
        for name in (worker.name, worker.firstname):
            if isinstance(name, str) and name.strip():
                self.names.add(name.strip())

    def find(self, text: str) -> list[str]:
        """What of it (or of its generic shapes) appears in ``text``."""
        found = [f"INSS-shaped {m.group()!r}" for m in INSS_SHAPE.finditer(text)]
        found += [f"IBAN-shaped {m.group()!r}" for m in IBAN_SHAPE.finditer(text)]
        compact = re.sub(r"[\s.-]", "", text)
        found += [f"INSS {n}" for n in self.inss if n in compact]
        found += [f"IBAN {i}" for i in self.ibans if i in compact]
        words = HTTP_DATE.sub(" ", text)
        for name in self.names:
            if re.search(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", words, re.IGNORECASE):
                found.append(f"name {name!r}")
        return found


class Capture(logging.Handler):
    """Every record, rendered with its extras and traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, str, str]] = []
        self._formatter = logging.Formatter()

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        extras = {k: v for k, v in vars(record).items() if k not in _STANDARD}
        if extras:
            text += " | extra " + repr(extras)
        if record.exc_info:
            text += " | " + self._formatter.formatException(record.exc_info)
        if record.stack_info:
            text += " | " + record.stack_info
        self.records.append((record.name, record.levelname, text))


def _exception_texts(exc: BaseException) -> list[str]:
    """The messages of ``exc`` and of every exception chained to it, and its attributes."""
    out: list[str] = []
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        out += [f"{type(e).__name__}: {e}", repr(e)]
        for attr in ("body", "path", "status_description", "errors", "args"):
            if hasattr(e, attr):
                out.append(f"{attr}={getattr(e, attr)!r}")
        stack += [e.__cause__, e.__context__]
    return out


def injected(exc: BaseException) -> bool:
    """An injected fault to step over: a dropped write, or a processing failure (500)."""
    if isinstance(exc, l2.TransportError) and "may have been queued" in str(exc):
        return True
    return isinstance(exc, l2.OperationFailed) and exc.statuscode == "500"


@dataclass
class Scenario:
    personal: Personal = field(default_factory=Personal)
    exceptions: list[BaseException] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)  # what each failing step was

    def fails(self, what: str, fn: Callable[[], Any], *types: type[BaseException]) -> None:
        """Run a step that must fail with one of ``types`` (again after an injected fault)."""
        for _ in range(8):
            try:
                fn()
            except BaseException as exc:
                self.exceptions.append(exc)
                if isinstance(exc, types) and not injected(exc):
                    self.expected.append(what)
                    return
                if not injected(exc):
                    pytest.fail(f"{what}: {type(exc).__name__}: {exc}")
            else:
                pytest.fail(f"{what}: no error")
        pytest.fail(f"{what}: only injected faults, again and again")

    def settle(self, fn: Callable[[], Any], tries: int = 8) -> Any:
        """Run a step that should succeed, again after an injected fault."""
        for _ in range(tries):
            try:
                return fn()
            except l2.Link2PrismaError as exc:
                self.exceptions.append(exc)
                if not injected(exc):
                    raise
        pytest.fail("the sandbox injected faults into the same step again and again")

    async def asettle(self, fn: Callable[[], Any], tries: int = 8) -> Any:
        for _ in range(tries):
            try:
                return await fn()
            except l2.Link2PrismaError as exc:
                self.exceptions.append(exc)
                if not injected(exc):
                    raise
        pytest.fail("the sandbox injected faults into the same step again and again")

    async def afails(self, what: str, coro: Any, *types: type[BaseException]) -> None:
        try:
            await coro
        except BaseException as exc:
            self.exceptions.append(exc)
            assert isinstance(exc, types or (l2.Link2PrismaError,)), (
                f"{what}: {type(exc).__name__}: {exc}"
            )
            self.expected.append(what)
        else:
            pytest.fail(f"{what}: no error")


@pytest.fixture(scope="module")
def faulty_sandbox(make_module_sandbox: SandboxFactory) -> Sandbox:
    """A private sandbox with faults, in its own process: every record captured is the client's."""
    return make_module_sandbox(
        employers=2,
        workers_per_employer=WORKERS,
        delay=0.0,
        processors=2,
        seed=12,
        faults=FAULTS,
        mode="process",
    )


@contextmanager
def capturing() -> Iterator[Capture]:
    """Root at DEBUG and every known logger passing DEBUG on; restored afterwards."""
    handler = Capture()
    root = logging.getLogger()
    saved = {"": (root.level, root.propagate)}
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    others: list[logging.Logger] = []
    for name, logger in list(logging.root.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger):
            saved[name] = (logger.level, logger.propagate)
            logger.setLevel(logging.DEBUG)
            if not logger.propagate:
                logger.addHandler(handler)
                others.append(logger)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        for logger in others:
            logger.removeHandler(handler)
        for name, (level, propagate) in saved.items():
            logger = logging.getLogger(name) if name else root
            logger.setLevel(level)
            logger.propagate = propagate


@pytest.fixture
def capture() -> Iterator[Capture]:
    with capturing() as handler:
        yield handler


def _options(sb: Sandbox) -> dict[str, Any]:
    return {"certificate": sb.certificate, "ca_bundle": sb.ca_bundle, "retry": RETRY, "poll": POLL}


@dataclass
class Reading:
    """The sandbox's personal data, read through the API while logs were captured."""

    personal: Personal
    records: list[tuple[str, str, str]]
    exceptions: list[BaseException]


@pytest.fixture(scope="module")
def reading(faulty_sandbox: Sandbox) -> Reading:
    """Every worker of every employer, read once for the module (with retries over faults)."""
    sc = Scenario()
    with (
        capturing() as handler,
        Link2Prisma(faulty_sandbox.base_url, **_options(faulty_sandbox)) as c,
    ):
        for e in faulty_sandbox.employers:
            for w in sc.settle(lambda e=e: list(c.employer(e).workers.iter_all())):
                sc.personal.add(e, w)
    return Reading(sc.personal, list(handler.records), list(sc.exceptions))


def assert_no_leaks(
    personal: Personal, records: list[tuple[str, str, str]], exceptions: list[BaseException]
) -> None:
    """Nothing of ``personal`` (nor its generic shapes) in a log record or exception text."""
    leaks: list[str] = []
    for name, level, text in records:
        for what in personal.find(text):
            leaks.append(f"log {name} {level}: {what} in {text[:400]!r}")
    for exc in exceptions:
        for text in _exception_texts(exc):
            for what in personal.find(text):
                leaks.append(f"exception {type(exc).__name__}: {what} in {text[:400]!r}")
    loggers = sorted({name for name, _, _ in records})
    print(
        f"\nprivacy: {len(records)} log records from {loggers}; {len(exceptions)} exceptions; "
        f"searched for {len(personal.inss)} INSS, {len(personal.ibans)} IBANs, "
        f"{len(personal.names)} names; leaks: {len(leaks)}"
    )
    for leak in leaks[:30]:
        print("  LEAK", leak)
    assert not leaks, f"{len(leaks)} leaks, e.g. {leaks[:5]}"


# --- the steps: each its own test, for each employer ------------------------------------------


@dataclass
class Step:
    """What a step works with: one employer's scope and workers, on both sync clients."""

    sc: Scenario
    sb: Sandbox
    employer: str
    workers: list[Any]
    c: Link2Prisma  # validates before sending
    lax: Link2Prisma  # validate=False: the server refuses instead

    @property
    def scope(self) -> Any:
        return self.c.employer(self.employer)

    @property
    def w(self) -> Any:
        return self.workers[0]

    @property
    def inss(self) -> str:
        return f"{int(self.w.inss):011d}"

    @property
    def iban(self) -> str:
        return str(self.w.bank_account)

    @property
    def personal_body(self) -> dict[str, Any]:
        w = self.w
        return {"Name": w.name, "Firstname": w.firstname, "INSS": w.inss, "BankAccount": self.iban}

    @property
    def bad(self) -> dict[str, Any]:
        w = self.w
        return {
            "Name": w.name * 10,
            "Firstname": 42,
            "INSS": f"{self.inss}x",
            "BankAccount": self.iban * 4,
            "Sex": w.name,
            "Birthdate": w.firstname,
            "Language": self.inss,
        }


SYNC_STEPS: dict[str, Callable[[Step], None]] = {}


def step(name: str) -> Callable[[Callable[[Step], None]], Callable[[Step], None]]:
    def register(fn: Callable[[Step], None]) -> Callable[[Step], None]:
        SYNC_STEPS[name] = fn
        return fn

    return register


@step("worker-exists")
def _worker_exists(st: Step) -> None:
    for w in st.workers[:4]:
        assert st.scope.worker_exists(f"{int(w.inss):011d}").worker_exists
    assert not st.scope.worker_exists("85073003328").worker_exists


@step("reads")
def _reads(st: Step) -> None:
    for w in st.workers[:3]:
        st.sc.settle(lambda w=w: st.scope.workers.get(w.worker_number).result())
        st.sc.settle(lambda w=w: st.scope.contracts.list(w.worker_number).result())


# Operations that fail in their Result (the GUID is known).
@step("unknown-worker")
def _unknown_worker(st: Step) -> None:
    st.sc.fails("unknown worker", lambda: st.scope.workers.get(99999).result(), l2.OperationFailed)


@step("duplicate-communication")
def _duplicate_communication(st: Step) -> None:
    taken = next(x for x in (st.w.communication or []) if x is not None)
    st.sc.fails(
        "duplicate communication",
        lambda: st.scope.communications.create(
            st.w.worker_number,
            {"CommunicationType": taken.communication_type, "Value": taken.value},
        ).result(),
        l2.OperationFailed,
    )


@step("delete-missing-communication")
def _delete_missing_communication(st: Step) -> None:
    w = st.w
    st.sc.fails(
        "deleting a communication that is not there",
        lambda: st.scope.communications.delete(
            w.worker_number,
            {
                "CommunicationType": "PrivateEmail",
                "Value": f"{w.firstname}.{w.name}@elsewhere.test",
            },
        ).result(),
        l2.OperationFailed,
    )


@step("update-unknown-worker")
def _update_unknown_worker(st: Step) -> None:
    st.sc.fails(
        "updating an unknown worker with personal data",
        lambda: st.scope.workers.update(99999, st.personal_body).result(),
        l2.OperationFailed,
    )


@step("update-worker")
def _update_worker(st: Step) -> None:
    st.sc.settle(lambda: st.scope.workers.update(st.w.worker_number, st.personal_body).result())


# Refused by the client: personal data in the body and the parameters.
@step("invalid-worker-update")
def _invalid_worker_update(st: Step) -> None:
    st.sc.fails(
        "invalid worker update",
        lambda: st.scope.workers.update(st.w.worker_number, st.bad),
        l2.ValidationError,
    )


@step("near-miss-field-names")
def _near_miss_field_names(st: Step) -> None:
    st.sc.fails(
        "near-miss field names",
        lambda: st.scope.workers.create(
            {"name": st.w.name, "inss": st.inss, "bankaccount": st.iban, "WorkerNumber": 1}
        ),
        l2.ValidationError,
    )


@step("invalid-communication")
def _invalid_communication(st: Step) -> None:
    st.sc.fails(
        "invalid communication",
        lambda: st.scope.communications.create(
            st.w.worker_number, {"CommunicationType": st.w.firstname, "Value": st.iban * 10}
        ),
        l2.ValidationError,
    )


@step("inss-too-long")
def _inss_too_long(st: Step) -> None:
    st.sc.fails("INSS too long", lambda: st.scope.worker_exists(st.inss + "0"), l2.ValidationError)


@step("inss-formatted-wrong-check")
def _inss_formatted_wrong_check(st: Step) -> None:
    inss = st.inss
    st.sc.fails(
        "INSS formatted, wrong check digits",
        lambda: st.scope.worker_exists(
            f"{inss[:2]}.{inss[2:4]}.{inss[4:6]}-{inss[6:9]}.{(int(inss[9:]) + 1) % 100:02d}"
        ),
        l2.ValidationError,
    )


@step("inss-in-a-date")
def _inss_in_a_date(st: Step) -> None:
    st.sc.fails(
        "INSS in a date parameter",
        lambda: st.scope.contracts.get(st.w.worker_number, st.inss),
        l2.ValidationError,
    )


# Refused by the server (client validation off): a 400 with its reasons.
@step("server-side-refusal")
def _server_side_refusal(st: Step) -> None:
    st.sc.fails(
        "server-side refusal",
        lambda: st.lax.employer(st.employer).workers.update(st.w.worker_number, st.bad),
        l2.BadRequestError,
    )


@step("another-employer")
def _another_employer(st: Step) -> None:
    st.sc.fails(
        "another employer's worker",
        lambda: st.c.employer("123456").workers.update(st.w.worker_number, st.personal_body),
        l2.PermissionDeniedError,
    )


EMPLOYER_INDEXES = [0, 1]


def test_every_worker_is_read_with_its_personal_data(reading: Reading) -> None:
    personal = reading.personal
    assert len(personal.inss) == 2 * WORKERS and personal.ibans and personal.names
    assert all(len(workers) == WORKERS for workers in personal.workers.values())


def test_reading_every_worker_leaks_nothing(reading: Reading) -> None:
    # The witness that the client's own loggers are captured.
    assert any(name.startswith("link2prisma") for name, _, _ in reading.records)
    assert_no_leaks(reading.personal, reading.records, reading.exceptions)


@pytest.mark.parametrize("employer_index", EMPLOYER_INDEXES, ids=lambda i: f"employer{i}")
@pytest.mark.parametrize("name", list(SYNC_STEPS))
def test_a_sync_step_leaks_nothing(
    faulty_sandbox: Sandbox, reading: Reading, capture: Capture, name: str, employer_index: int
) -> None:
    sc = Scenario(personal=reading.personal)
    employer = faulty_sandbox.employers[employer_index]
    opts = _options(faulty_sandbox)
    with (
        Link2Prisma(faulty_sandbox.base_url, **opts) as c,
        Link2Prisma(faulty_sandbox.base_url, validate=False, **opts) as lax,
    ):
        SYNC_STEPS[name](
            Step(sc, faulty_sandbox, employer, reading.personal.workers[employer], c, lax)
        )
    if name == "worker-exists":
        # The witness: httpx's records, with the rrnr masked in the path.
        assert any(n == "httpx" and "workerExists/***" in t for n, _, t in capture.records)
    assert_no_leaks(reading.personal, capture.records, sc.exceptions)


# --- async: the same kinds of steps on AsyncLink2Prisma ------------------------------------------


async def _async_reads(sc: Scenario, scope: Any, workers: list[Any]) -> None:
    async def read_all() -> list[Any]:
        return [w async for w in scope.workers.iter_all()]

    await sc.asettle(read_all)
    for w in workers[:4]:
        assert (await scope.worker_exists(f"{int(w.inss):011d}")).worker_exists
    w = workers[1]

    async def read_one() -> Any:
        return await (await scope.workers.get(w.worker_number)).result()

    await sc.asettle(read_one)


async def _async_unknown_worker(sc: Scenario, scope: Any, workers: list[Any]) -> None:
    async def failing_get() -> None:
        await (await scope.workers.get(99999)).result()

    await sc.afails("async unknown worker", failing_get(), l2.OperationFailed)


async def _async_invalid_worker_update(sc: Scenario, scope: Any, workers: list[Any]) -> None:
    w = workers[1]
    inss = f"{int(w.inss):011d}"

    async def bad_update() -> None:
        await scope.workers.update(
            w.worker_number,
            {"Name": w.name * 10, "INSS": f"{inss}x", "BankAccount": str(w.bank_account) * 4},
        )

    await sc.afails("async invalid worker update", bad_update(), l2.ValidationError)


async def _async_inss_too_short(sc: Scenario, scope: Any, workers: list[Any]) -> None:
    inss = f"{int(workers[1].inss):011d}"
    await sc.afails("async INSS too short", scope.worker_exists(inss[:-1]), l2.ValidationError)


ASYNC_STEPS: dict[str, Callable[[Scenario, Any, list[Any]], Awaitable[None]]] = {
    "async-reads": _async_reads,
    "async-unknown-worker": _async_unknown_worker,
    "async-invalid-worker-update": _async_invalid_worker_update,
    "async-inss-too-short": _async_inss_too_short,
}


@pytest.mark.parametrize("employer_index", EMPLOYER_INDEXES, ids=lambda i: f"employer{i}")
@pytest.mark.parametrize("name", list(ASYNC_STEPS))
def test_an_async_step_leaks_nothing(
    faulty_sandbox: Sandbox, reading: Reading, capture: Capture, name: str, employer_index: int
) -> None:
    sc = Scenario(personal=reading.personal)
    employer = faulty_sandbox.employers[employer_index]

    async def run() -> None:
        async with AsyncLink2Prisma(faulty_sandbox.base_url, **_options(faulty_sandbox)) as c:
            await ASYNC_STEPS[name](sc, c.employer(employer), reading.personal.workers[employer])

    asyncio.run(asyncio.wait_for(run(), 120))
    assert_no_leaks(reading.personal, capture.records, sc.exceptions)


# --- answers carrying personal data that the client cannot use: excerpts must be redacted -------

MOCKED = {
    "two-records-for-one": (1, l2.UnexpectedResponseError),
    "500-with-a-worker-in-its-body": (2, l2.ServerError),
    "400-with-inss-and-iban-in-free-text": (3, l2.BadRequestError),
    "no-guid-personal-data-instead": (4, l2.UnexpectedResponseError),
}


def mocked_client(personal: Personal) -> tuple[Link2Prisma, str]:
    """A client on a mock transport whose answers carry ``personal``'s data."""
    (employer, workers), *_ = personal.workers.items()
    records = [w.to_dict() for w in workers[:2]]
    inss = f"{int(workers[0].inss):011d}"
    iban = str(workers[0].bank_account)
    guid = "0f8fad5b-d9cb-469f-a165-70867728950e"

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if "/Result/" in path:
            return httpx.Response(
                200, json={"ID": guid, "Statuscode": "200", "Response": json.dumps(records)}
            )
        if path.endswith("/worker/1"):
            return httpx.Response(202, json=guid)
        if path.endswith("/worker/2"):
            return httpx.Response(500, json={"Message": "failed", "Worker": records[0]})
        if path.endswith("/worker/3"):
            return httpx.Response(
                400,
                text=f"Invalid INSS {inss} or account {iban}",
                headers={"Content-Type": "text/plain"},
            )
        return httpx.Response(
            202, json={"not": "a guid", "Name": workers[0].name, "INSS": workers[0].inss}
        )

    client = Link2Prisma(
        "https://l2p.test/link2prisma.svc",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(attempts=1),
        poll=POLL,
    )
    return client, employer


@pytest.mark.parametrize("name", list(MOCKED))
def test_a_mocked_answer_with_personal_data_leaks_nothing(
    reading: Reading, capture: Capture, name: str
) -> None:
    worker, error = MOCKED[name]
    sc = Scenario(personal=reading.personal)
    client, employer = mocked_client(reading.personal)
    with client as c:
        scope = c.employer(employer)
        sc.fails(name, lambda: scope.workers.get(worker).result(), error)
    assert_no_leaks(reading.personal, capture.records, sc.exceptions)
