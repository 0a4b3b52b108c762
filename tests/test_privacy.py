"""Personal data stays out of logs and exception messages, end to end against the sandbox.

Every log record of every logger (root at DEBUG, so httpx's and httpcore's too, with their
``extra`` fields and formatted tracebacks) and every exception message (with its causes) produced
while a realistic scenario runs is searched for INSS-shaped numbers, IBANs and the names of the
sandbox's workers. The scenario reads workers (names, INSS, IBANs), checks INSS with
``workerExists``, makes operations fail (unknown worker, duplicates, injected processing failures,
503s and dropped connections that get retried and logged), and has bodies with personal data
refused by client and server validation; sync and async.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

import link2prisma as l2
from link2prisma import AsyncLink2Prisma, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma.sandbox import Faults, Sandbox

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
def sandbox() -> Iterator[Sandbox]:
    # Its own process: every record captured here is the client's.
    with Sandbox.start(
        employers=2,
        workers_per_employer=WORKERS,
        delay=0.0,
        processors=2,
        seed=12,
        faults=FAULTS,
        mode="process",
    ) as sb:
        yield sb


@pytest.fixture
def capture() -> Iterator[Capture]:
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


def sync_scenario(sb: Sandbox, sc: Scenario) -> None:
    kw: dict[str, Any] = {
        "certificate": sb.certificate,
        "ca_bundle": sb.ca_bundle,
        "retry": RETRY,
        "poll": POLL,
    }
    with Link2Prisma(sb.base_url, **kw) as c, Link2Prisma(sb.base_url, validate=False, **kw) as lax:
        for e in sb.employers:
            for w in sc.settle(lambda e=e: list(c.employer(e).workers.iter_all())):
                sc.personal.add(e, w)
        for e, workers in sc.personal.workers.items():
            scope = c.employer(e)
            for w in workers[:4]:
                assert scope.worker_exists(f"{int(w.inss):011d}").worker_exists
            assert not scope.worker_exists("85073003328").worker_exists
            for w in workers[:3]:
                sc.settle(lambda w=w: scope.workers.get(w.worker_number).result())
                sc.settle(lambda w=w: scope.contracts.list(w.worker_number).result())
            w = workers[0]
            inss = f"{int(w.inss):011d}"
            iban = str(w.bank_account)
            taken = next(x for x in (w.communication or []) if x is not None)
            personal_body = {
                "Name": w.name,
                "Firstname": w.firstname,
                "INSS": w.inss,
                "BankAccount": iban,
            }
            # Operations that fail in their Result (the GUID is known).
            sc.fails(
                "unknown worker", lambda: scope.workers.get(99999).result(), l2.OperationFailed
            )
            sc.fails(
                "duplicate communication",
                lambda: scope.communications.create(
                    w.worker_number,
                    {"CommunicationType": taken.communication_type, "Value": taken.value},
                ).result(),
                l2.OperationFailed,
            )
            sc.fails(
                "deleting a communication that is not there",
                lambda: scope.communications.delete(
                    w.worker_number,
                    {
                        "CommunicationType": "PrivateEmail",
                        "Value": f"{w.firstname}.{w.name}@elsewhere.test",
                    },
                ).result(),
                l2.OperationFailed,
            )
            sc.fails(
                "updating an unknown worker with personal data",
                lambda: scope.workers.update(99999, personal_body).result(),
                l2.OperationFailed,
            )
            sc.settle(lambda: scope.workers.update(w.worker_number, personal_body).result())
            # Refused by the client: personal data in the body and the parameters.
            bad = {
                "Name": w.name * 10,
                "Firstname": 42,
                "INSS": f"{inss}x",
                "BankAccount": iban * 4,
                "Sex": w.name,
                "Birthdate": w.firstname,
                "Language": inss,
            }
            sc.fails(
                "invalid worker update",
                lambda: scope.workers.update(w.worker_number, bad),
                l2.ValidationError,
            )
            sc.fails(
                "near-miss field names",
                lambda: scope.workers.create(
                    {"name": w.name, "inss": inss, "bankaccount": iban, "WorkerNumber": 1}
                ),
                l2.ValidationError,
            )
            sc.fails(
                "invalid communication",
                lambda: scope.communications.create(
                    w.worker_number, {"CommunicationType": w.firstname, "Value": iban * 10}
                ),
                l2.ValidationError,
            )
            sc.fails("INSS too long", lambda: scope.worker_exists(inss + "0"), l2.ValidationError)
            sc.fails(
                "INSS formatted, wrong check digits",
                lambda: scope.worker_exists(
                    f"{inss[:2]}.{inss[2:4]}.{inss[4:6]}-{inss[6:9]}.{(int(inss[9:]) + 1) % 100:02d}"
                ),
                l2.ValidationError,
            )
            sc.fails(
                "INSS in a date parameter",
                lambda: scope.contracts.get(w.worker_number, inss),
                l2.ValidationError,
            )
            # Refused by the server (client validation off): a 400 with its reasons.
            sc.fails(
                "server-side refusal",
                lambda: lax.employer(e).workers.update(w.worker_number, bad),
                l2.BadRequestError,
            )
            sc.fails(
                "another employer's worker",
                lambda: c.employer("123456").workers.update(w.worker_number, personal_body),
                l2.PermissionDeniedError,
            )


def async_scenario(sb: Sandbox, sc: Scenario) -> None:
    async def run() -> None:
        async with AsyncLink2Prisma(
            sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, retry=RETRY, poll=POLL
        ) as c:
            for e, workers in sc.personal.workers.items():
                scope = c.employer(e)

                async def read_all(scope: Any = scope) -> list[Any]:
                    return [w async for w in scope.workers.iter_all()]

                await sc.asettle(read_all)
                for w in workers[:4]:
                    assert (await scope.worker_exists(f"{int(w.inss):011d}")).worker_exists
                w = workers[1]
                inss = f"{int(w.inss):011d}"

                async def read_one(scope: Any = scope, w: Any = w) -> Any:
                    return await (await scope.workers.get(w.worker_number)).result()

                await sc.asettle(read_one)

                async def failing_get() -> None:
                    await (await scope.workers.get(99999)).result()

                await sc.afails("async unknown worker", failing_get(), l2.OperationFailed)

                async def bad_update() -> None:
                    await scope.workers.update(
                        w.worker_number,
                        {
                            "Name": w.name * 10,
                            "INSS": f"{inss}x",
                            "BankAccount": str(w.bank_account) * 4,
                        },
                    )

                await sc.afails("async invalid worker update", bad_update(), l2.ValidationError)
                await sc.afails(
                    "async INSS too short", scope.worker_exists(inss[:-1]), l2.ValidationError
                )

    asyncio.run(asyncio.wait_for(run(), 120))


def mocked_answers(sc: Scenario) -> None:
    """Answers carrying personal data that the client cannot use: excerpts must be redacted."""
    (employer, workers), *_ = sc.personal.workers.items()
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

    with Link2Prisma(
        "https://l2p.test/link2prisma.svc",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(attempts=1),
        poll=POLL,
    ) as c:
        scope = c.employer(employer)
        sc.fails(
            "two records for one", lambda: scope.workers.get(1).result(), l2.UnexpectedResponseError
        )
        sc.fails(
            "500 with a worker in its body", lambda: scope.workers.get(2).result(), l2.ServerError
        )
        sc.fails(
            "400 with INSS and IBAN in free text",
            lambda: scope.workers.get(3).result(),
            l2.BadRequestError,
        )
        sc.fails(
            "no GUID, personal data instead",
            lambda: scope.workers.get(4).result(),
            l2.UnexpectedResponseError,
        )


def test_no_personal_data_in_logs_or_exceptions(sandbox: Sandbox, capture: Capture) -> None:
    sc = Scenario()
    sync_scenario(sandbox, sc)
    async_scenario(sandbox, sc)
    mocked_answers(sc)

    personal = sc.personal
    assert len(personal.inss) == 2 * WORKERS and personal.ibans and personal.names
    leaks: list[str] = []
    for name, level, text in capture.records:
        for what in personal.find(text):
            leaks.append(f"log {name} {level}: {what} in {text[:400]!r}")
    for exc in sc.exceptions:
        for text in _exception_texts(exc):
            for what in personal.find(text):
                leaks.append(f"exception {type(exc).__name__}: {what} in {text[:400]!r}")
    loggers = sorted({name for name, _, _ in capture.records})
    print(
        f"\nprivacy: {len(capture.records)} log records from {loggers}; {len(sc.exceptions)} exceptions "
        f"({len(sc.expected)} expected failures); searched for {len(personal.inss)} INSS, "
        f"{len(personal.ibans)} IBANs, {len(personal.names)} names; leaks: {len(leaks)}"
    )
    for leak in leaks[:30]:
        print("  LEAK", leak)
    # The scenario did produce what is searched: records from httpx with the masked rrnr path.
    assert any(name == "httpx" and "workerExists/***" in text for name, _, text in capture.records)
    assert any(name.startswith("link2prisma") for name, _, _ in capture.records)
    assert not leaks, f"{len(leaks)} leaks, e.g. {leaks[:5]}"
