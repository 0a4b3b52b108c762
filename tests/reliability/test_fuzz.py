"""Bad input, property-based: the date codecs, body validation and the Result decoder.

Whatever the caller passes and whatever the server answers, every call ends in a value or a
typed :class:`~link2prisma.Link2PrismaError` (the codecs: ``ValueError``), never another
exception and never a hang: the calls that go through a client run in a watchdog thread, and the
very large answers (5 MB) in a child process that is killed when it takes too long (a regular
expression backtracking over megabytes holds the GIL: no thread could notice). Invalid requests
are refused before anything is sent (``httpx.MockTransport`` records it).
"""

from __future__ import annotations

import asyncio
import base64
import concurrent.futures
import datetime as dt
import json
import multiprocessing
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import link2prisma as l2
import link2prisma_resources
from link2prisma import AsyncLink2Prisma, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma._core import operations
from link2prisma._dates import (
    format_date,
    format_datetime,
    jsonable_dates,
    parse_date,
    parse_datetime,
)
from link2prisma._operation.decode import Envelope, decode, parse_envelope, parse_guid
from link2prisma._operation.status import OperationStatus
from link2prisma._spec import OperationSpec, ParamSpec
from link2prisma._validation import validate_body

BASE = "https://l2p.test/link2prisma.svc"
FAST = PollPolicy(first=0.001, factor=1.5, cap=0.005, deadline=2.0)
QUICK_RETRY = RetryPolicy(attempts=2, wait_initial=0.0001, wait_max=0.0002, timeout=2.0)
WATCHDOG = 60.0  # a hang detector: the 5 MB list (131,072 workers) decodes in ~15 s on a busy 2-core machine
MB5 = 5 * 1024 * 1024

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ_IO = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

OPS = operations()
BODY_OPS = sorted(oid for oid, s in OPS.items() if s.body is not None)
QUEUED_OPS = sorted(oid for oid, s in OPS.items() if not s.immediate)
QUEUED_READS = sorted(oid for oid in QUEUED_OPS if OPS[oid].body is None)
GUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


# --- helpers ------------------------------------------------------------------------------------


def bounded(fn: Callable[[], Any], seconds: float = WATCHDOG) -> tuple[str, Any]:
    """Run ``fn`` in a thread: ("ok", value) or ("error", exception); fail if it hangs."""
    box: list[tuple[str, Any]] = []

    def run() -> None:
        try:
            box.append(("ok", fn()))
        except BaseException as exc:  # everything: the assertion below judges it
            box.append(("error", exc))

    thread = threading.Thread(target=run, daemon=True, name="fuzz-watchdog")
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"no answer within {seconds}s: a hang"
    return box[0]


def assert_typed(outcome: tuple[str, Any]) -> Any:
    """The outcome is a value or a Link2PrismaError whose message can be printed."""
    kind, value = outcome
    if kind == "error":
        assert isinstance(value, l2.Link2PrismaError), f"untyped {type(value).__name__}: {value!r}"[
            :2000
        ]
        str(value)
    return value


def valid_value(p: ParamSpec) -> object:
    """A value every parameter of the spec accepts."""
    if p.kind == "int":
        return max(p.minimum or 1, 1) if p.minimum is None or p.minimum <= 1 else p.minimum
    if p.kind == "date":
        return "20240101"
    if p.kind == "datetime":
        return "202401011200"
    if p.kind == "uuid":
        return GUID
    if p.enum:
        return p.enum[0]
    if p.name == "rrnr":
        return "85073003328"
    return "x"


def valid_values(spec: OperationSpec) -> dict[str, object]:
    return {p.python_name: valid_value(p) for p in spec.params}


def method_of(scope: Any, spec: OperationSpec) -> Callable[..., Any]:
    return getattr(getattr(scope, spec.tag), spec.action)  # type: ignore[no-any-return]


def call_through_scope(
    scope: Any, spec: OperationSpec, values: Mapping[str, object], body: object = None
) -> Any:
    kwargs = dict(values)
    if spec.body is not None:
        kwargs["body"] = body
    return method_of(scope, spec)(**kwargs)


class Recorder:
    """A MockTransport handler answering scripted replies and recording every request."""

    def __init__(
        self, submit: httpx.Response | None = None, results: list[httpx.Response] | None = None
    ) -> None:
        self.requests: list[httpx.Request] = []
        self.submit = submit or httpx.Response(202, json=GUID)
        self.results = results or [
            httpx.Response(200, json={"ID": GUID, "Statuscode": "200", "Response": "[]"})
        ]
        self.polls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if "/Result/" in request.url.path:
            reply = self.results[min(self.polls, len(self.results) - 1)]
            self.polls += 1
        else:
            reply = self.submit
        # A fresh Response per request: httpx consumes the stream.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)


def client(handler: Recorder, **kw: Any) -> Link2Prisma:
    kw.setdefault("poll", FAST)
    kw.setdefault("retry", QUICK_RETRY)
    return Link2Prisma(BASE, transport=httpx.MockTransport(handler), **kw)


# --- strategies ---------------------------------------------------------------------------------


def _property_names() -> list[str]:
    spec = link2prisma_resources.spec()
    names: set[str] = set()
    for schema in spec["components"]["schemas"].values():
        names.update((schema.get("properties") or {}).keys())
    return sorted(names)


PROPERTY_NAMES = _property_names()
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.sampled_from(
        [
            "20240101",
            "20240230",
            "202401011200",
            "85073003328",
            "BE68539007547034",
            "M",
            "Email",
            "Y",
            "",
        ]
    ),
)
keys = st.one_of(st.sampled_from(PROPERTY_NAMES), st.text(max_size=12))
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=6)),
    max_leaves=25,
)
bodies = st.one_of(
    json_values, st.lists(st.dictionaries(keys, json_values, max_size=6), max_size=3)
)

statuscodes = st.one_of(
    st.sampled_from(
        [
            "200",
            "201",
            "202",
            "204",
            "302",
            "400",
            "404",
            "409",
            "500",
            "400.05",
            " 200 ",
            "200.0",
            "",
            "OK",
        ]
    ),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.floats(),  # NaN and infinities too
    st.booleans(),
    st.none(),
    st.text(max_size=8),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
response_texts = st.one_of(
    st.none(),
    json_values.map(lambda v: json.dumps(v)),
    json_values.map(lambda v: json.dumps(json.dumps(v))),  # encoded once more
    st.text(max_size=60),
    st.binary(max_size=60).map(lambda b: base64.b64encode(b).decode()),
    st.sampled_from(
        [
            "",
            "null",
            '""',
            "[]",
            "{}",
            "[null]",
            "[{}]",
            "[{}, {}]",
            "<html><body>Error</body></html>",
            "not base64!",
        ]
    ),
)
envelopes = st.fixed_dictionaries(
    {"Statuscode": statuscodes},
    optional={
        "ID": st.one_of(st.just(GUID), st.text(max_size=10), st.none()),
        "Response": st.one_of(response_texts, json_values),
        "StatusDescription": st.one_of(st.none(), st.text(max_size=40), json_values),
        "Employer": st.one_of(st.none(), st.text(max_size=8)),
        "Worker": st.one_of(st.none(), st.integers(), st.text(max_size=8)),
    },
)
html_page = st.text(max_size=200).map(
    lambda t: (
        f"<!DOCTYPE html><html><head><title>Error</title></head><body><h1>{t}</h1></body></html>"
    )
)
result_bodies = st.one_of(
    envelopes.map(lambda d: json.dumps(d).encode()),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.text(max_size=200).map(str.encode),
    html_page.map(str.encode),
)
http_statuses = st.sampled_from(
    [200, 200, 200, 200, 201, 202, 204, 302, 400, 401, 403, 404, 412, 429, 500, 502, 503, 504]
)


# --- date codecs --------------------------------------------------------------------------------


@FUZZ
@given(st.dates())
def test_dates_round_trip(day: dt.date) -> None:
    text = format_date(day)
    assert re.fullmatch(r"[0-9]{8}", text)
    assert parse_date(text) == day
    assert format_date(text) == text


@FUZZ
@given(st.datetimes())
def test_datetimes_round_trip_to_the_minute(moment: dt.datetime) -> None:
    text = format_datetime(moment)
    assert re.fullmatch(r"[0-9]{12}", text)
    assert parse_datetime(text) == moment.replace(second=0, microsecond=0)
    assert format_date(moment) == text[:8]


anything = st.one_of(
    st.text(max_size=16),
    st.from_regex(r"[0-9]{8}", fullmatch=False),
    st.from_regex(r"[0-9]{12}", fullmatch=False),
    st.text(alphabet="0123456789\n\r\t ", min_size=7, max_size=13),
    st.integers(),
    st.floats(),
    st.none(),
    st.binary(max_size=12),
    st.lists(st.integers(), max_size=2),
)


@FUZZ
@given(anything)
@example("20240101\n")
@example("202401011200\n")
@example("20240230")
@example("00000101")
@example("２０２４０１０１")  # fullwidth digits
def test_date_codecs_take_anything(value: Any) -> None:
    """Each codec answers a well-formed string / a real date, or a ValueError; nothing else."""
    for codec, shape in ((format_date, r"[0-9]{8}"), (format_datetime, r"[0-9]{12}")):
        try:
            text = codec(value)
        except ValueError:
            pass
        else:
            assert isinstance(text, str) and re.fullmatch(shape, text), (
                f"{codec.__name__}({value!r}) -> {text!r}"
            )
    for parser, kind in ((parse_date, dt.date), (parse_datetime, dt.datetime)):
        try:
            parsed = parser(value)
        except ValueError:
            pass
        else:
            assert isinstance(parsed, kind)
            assert isinstance(value, str) and re.fullmatch(r"[0-9]+", value), (
                f"{parser.__name__}({value!r}) accepted"
            )


@FUZZ
@given(json_values, st.dates(), st.datetimes())
def test_jsonable_dates_leaves_no_date_behind(
    value: Any, day: dt.date, moment: dt.datetime
) -> None:
    data = jsonable_dates({"v": value, "d": day, "l": [moment, {"x": day}]})
    text = json.dumps(data)  # would raise on a date left behind
    assert format_date(day) in text and format_datetime(moment) in text


DATE_PARAM_OPS = sorted(
    oid
    for oid, s in OPS.items()
    if s.body is None and any(p.kind in ("date", "datetime") for p in s.params)
)


@FUZZ_IO
@given(st.sampled_from(DATE_PARAM_OPS), anything)
@example("contracts.get", "20240101\n")
def test_bad_date_parameters_are_refused_before_sending(operation_id: str, value: Any) -> None:
    """A date parameter is sent as exactly 8 digits, or the call is refused with nothing sent."""
    spec = OPS[operation_id]
    recorder = Recorder()
    values = valid_values(spec)
    target = next(p for p in spec.params if p.kind in ("date", "datetime"))
    values[target.python_name] = value
    with client(recorder) as c:
        scope = c.employer("999014")
        outcome = bounded(lambda: call_through_scope(scope, spec, values))
    assert_typed(outcome)
    if outcome[0] == "error":
        assert isinstance(outcome[1], l2.ValidationError), repr(outcome[1])
        assert recorder.requests == []
    for request in recorder.requests:
        path = request.url.raw_path.decode()
        assert re.fullmatch(r"[/A-Za-z0-9._-]*", path), (
            f"{operation_id}: sent {path!r} for {value!r}"
        )


# --- body validation ----------------------------------------------------------------------------


@FUZZ
@given(st.sampled_from(BODY_OPS), bodies)
def test_validate_body_answers_none_or_validation_error(operation_id: str, data: Any) -> None:
    spec = OPS[operation_id]
    try:
        validate_body(spec, data)
    except l2.ValidationError as exc:
        assert exc.operation == operation_id and exc.errors
        assert "nothing sent" in str(exc)
    except Exception as exc:
        pytest.fail(f"validate_body({operation_id}) raised {type(exc).__name__}: {exc}")


@FUZZ_IO
@given(st.sampled_from(BODY_OPS), bodies)
def test_invalid_bodies_are_never_sent(operation_id: str, data: Any) -> None:
    """Through a scope: a ValidationError and no request, or exactly the body sent."""
    spec = OPS[operation_id]
    recorder = Recorder(
        results=[httpx.Response(200, json={"ID": GUID, "Statuscode": "201", "Response": ""})]
    )
    with client(recorder) as c:
        scope = c.employer("999014")
        outcome = bounded(lambda: call_through_scope(scope, spec, valid_values(spec), data))
    value = assert_typed(outcome)
    if outcome[0] == "error":
        assert isinstance(value, (l2.ValidationError, l2.ConfigurationError)), repr(value)
        assert recorder.requests == [], "an invalid request was sent"
        return
    assert isinstance(value, l2.Operation)
    (sent,) = recorder.requests
    assert sent.method == spec.method
    assert json.loads(sent.content) == json.loads(json.dumps(jsonable_dates(data)))


# --- the Result decoder -------------------------------------------------------------------------


@FUZZ
@given(st.one_of(result_bodies, st.just(json.dumps(GUID).encode()), st.just(GUID.encode())))
@example(b"\xff\xfe\x00")
@example(json.dumps("{" + GUID + "}").encode())
@example(b'"' + GUID.upper().encode() + b'"')
def test_parse_guid_answers_a_guid_or_a_typed_error(content: bytes) -> None:
    try:
        guid = parse_guid(content)
    except l2.UnexpectedResponseError as exc:
        str(exc)
    except Exception as exc:
        pytest.fail(f"parse_guid raised {type(exc).__name__}: {exc}")
    else:
        assert str(uuid.UUID(guid)) == guid


@FUZZ
@given(result_bodies, st.sampled_from(QUEUED_OPS))
def test_parse_envelope_and_decode_answer_a_value_or_a_typed_error(
    content: bytes, operation_id: str
) -> None:
    try:
        env = parse_envelope(content, GUID)
    except l2.UnexpectedResponseError:
        return
    except Exception as exc:
        pytest.fail(f"parse_envelope raised {type(exc).__name__}: {exc}")
    assert isinstance(env, Envelope) and isinstance(env.statuscode, str)
    assert isinstance(env.status, OperationStatus)
    if not env.status.terminal:
        return
    try:
        decode(env, OPS[operation_id], GUID, "999014")
    except (l2.OperationFailed, l2.UnexpectedResponseError) as exc:
        assert exc.guid == GUID
        str(exc)
    except Exception as exc:
        pytest.fail(f"decode({operation_id}) raised {type(exc).__name__}: {exc!r}"[:2000])


@FUZZ_IO
@given(
    st.sampled_from(QUEUED_READS),
    st.one_of(st.just((202, json.dumps(GUID).encode())), st.tuples(http_statuses, result_bodies)),
    st.lists(st.tuples(http_statuses, result_bodies), min_size=1, max_size=4),
)
def test_operation_over_arbitrary_answers_ends_typed(
    operation_id: str, submit: tuple[int, bytes], results: list[tuple[int, bytes]]
) -> None:
    """A queued read whose submit and Result polls get arbitrary answers (sync client)."""
    spec = OPS[operation_id]
    recorder = Recorder(
        httpx.Response(submit[0], content=submit[1]),
        [httpx.Response(s, content=b) for s, b in results],
    )
    with client(recorder) as c:
        scope = c.employer("999014")
        outcome = bounded(
            lambda: call_through_scope(scope, spec, valid_values(spec)).result(timeout=1.0)
        )
    assert_typed(outcome)


@settings(FUZZ_IO, max_examples=30)
@given(
    st.sampled_from(QUEUED_READS),
    st.one_of(st.just((202, json.dumps(GUID).encode())), st.tuples(http_statuses, result_bodies)),
    st.lists(st.tuples(http_statuses, result_bodies), min_size=1, max_size=4),
)
def test_async_operation_over_arbitrary_answers_ends_typed(
    operation_id: str, submit: tuple[int, bytes], results: list[tuple[int, bytes]]
) -> None:
    """The same through ``AsyncLink2Prisma`` (``asyncio.wait_for`` bounds it)."""
    spec = OPS[operation_id]
    recorder = Recorder(
        httpx.Response(submit[0], content=submit[1]),
        [httpx.Response(s, content=b) for s, b in results],
    )

    async def run() -> Any:
        async with AsyncLink2Prisma(
            BASE, transport=httpx.MockTransport(recorder), poll=FAST, retry=QUICK_RETRY
        ) as c:
            scope = c.employer("999014")
            op = await call_through_scope(scope, spec, valid_values(spec))
            return await asyncio.wait_for(op.result(timeout=1.0), WATCHDOG)

    assert_typed(bounded(lambda: asyncio.run(run())))


@FUZZ_IO
@given(st.sampled_from(["workers.exists", "results.get"]), http_statuses, result_bodies)
def test_synchronous_calls_over_arbitrary_answers_end_typed(
    operation_id: str, status: int, body: bytes
) -> None:
    recorder = Recorder(httpx.Response(status, content=body))
    with client(recorder) as c:
        scope = c.employer("999014")
        if operation_id == "workers.exists":
            outcome = bounded(lambda: scope.worker_exists("85073003328"))
        else:
            outcome = bounded(lambda: c.result(GUID))
    assert_typed(outcome)


# --- odd and very large answers, explicitly, each in a child process ---------------------------
#
# A regular expression that backtracks over megabytes holds the GIL: a watchdog thread could
# not even notice. These cases run in a separate process, killed when it takes too long.

GUID_JSON = json.dumps(GUID).encode()


def _result(code: str, response: Any, description: Any = None) -> bytes:
    return json.dumps(
        {"ID": GUID, "Statuscode": code, "StatusDescription": description, "Response": response}
    ).encode()


def _html(n: int) -> bytes:
    return b"<html><body>" + b"<p>Server Error</p>" * n + b"</body></html>"


# name -> (operation, submit status, submit body, Result status, Result body), built on demand.
ODD_ANSWERS: dict[str, Callable[[], tuple[str, int, bytes, int, bytes]]] = {
    "submit: HTML error page": lambda: ("workers.list", 202, _html(1), 200, b""),
    "submit: 5 MB HTML error page": lambda: ("workers.list", 500, _html(MB5 // 18), 200, b""),
    "submit: 5 MB of '<'": lambda: ("workers.list", 500, b"<" * MB5, 200, b""),
    "submit: 5 MB non-JSON 202": lambda: ("workers.list", 202, b"A" * MB5, 200, b""),
    "submit: 5 MB JSON string 202": lambda: (
        "workers.list",
        202,
        json.dumps("x" * MB5).encode(),
        200,
        b"",
    ),
    "submit: 202 deeply nested JSON": lambda: ("workers.list", 202, b"[" * MB5, 200, b""),
    "submit: 400 deeply nested JSON": lambda: ("workers.list", 400, b"[" * MB5, 200, b""),
    "Result: HTML page": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        b"<html><body>Oops</body></html>",
    ),
    "Result: 5 MB HTML page, HTTP 500": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        500,
        _html(MB5 // 18),
    ),
    "Result: 5 MB garbage": lambda: ("workers.list", 202, GUID_JSON, 200, b"\x00\xff" * (MB5 // 2)),
    "Result: deeply nested JSON": lambda: ("workers.list", 202, GUID_JSON, 200, b"[" * MB5),
    "Result: deeply nested Response": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        _result("200", "[" * 100_000),
    ),
    "Result: deeply nested StatusDescription": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        _result("500", None, "[" * 100_000),
    ),
    "Result: 5 MB list of workers": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        _result(
            "200", json.dumps([{"WorkerNumber": i, "Name": "x" * 20} for i in range(MB5 // 40)])
        ),
    ),
    "Result: 5 MB document": lambda: (
        "documents.get",
        202,
        GUID_JSON,
        200,
        _result("200", base64.b64encode(b"%PDF" * (MB5 // 4)).decode()),
    ),
    "Result: 5 MB bad base64": lambda: (
        "documents.get",
        202,
        GUID_JSON,
        200,
        _result("200", "!" * MB5),
    ),
    "Result: 5 MB StatusDescription": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        _result("500", None, "E" * MB5),
    ),
    "Result: 5 MB StatusDescription of e-mail-ish text": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        _result("500", None, "a." * (MB5 // 2)),
    ),
    "Result: 5 MB StatusDescription of spaced digits": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        _result("500", None, "12 " * (MB5 // 3)),
    ),
    "Result: 5 MB StatusDescription of IBAN-ish text": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        _result("500", None, "BE12 " * (MB5 // 5)),
    ),
    "Result: Statuscode list": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        json.dumps({"Statuscode": [200]}).encode(),
    ),
    "Result: Statuscode NaN": lambda: ("workers.list", 202, GUID_JSON, 200, b'{"Statuscode": NaN}'),
    "Result: Statuscode 1e400": lambda: (
        "workers.list",
        202,
        GUID_JSON,
        200,
        b'{"Statuscode": 1e400}',
    ),
    "Result: huge integer Response": lambda: (
        "workers.get",
        202,
        GUID_JSON,
        200,
        _result("200", "9" * 100_000),
    ),
}


def odd_answer_in_child(name: str) -> tuple[str, str, int, float]:
    """(``ok``/``typed``/``untyped``, what, message length, seconds): runs in the child process."""
    operation_id, s_status, s_body, r_status, r_body = ODD_ANSWERS[name]()
    spec = OPS[operation_id]
    recorder = Recorder(
        httpx.Response(s_status, content=s_body), [httpx.Response(r_status, content=r_body)]
    )
    started = time.monotonic()
    try:
        with client(recorder) as c:
            value = call_through_scope(c.employer("999014"), spec, valid_values(spec)).result(
                timeout=2.0
            )
    except l2.Link2PrismaError as exc:
        return "typed", type(exc).__name__, len(str(exc)), time.monotonic() - started
    except Exception as exc:
        return "untyped", f"{type(exc).__name__}: {str(exc)[:200]}", 0, time.monotonic() - started
    return "ok", type(value).__name__, 0, time.monotonic() - started


class Isolated:
    """One child process (spawned once, replaced when it had to be killed)."""

    def __init__(self) -> None:
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None

    def run(self, fn: Callable[..., Any], *args: Any, timeout: float = WATCHDOG) -> Any:
        if self.pool is None:
            self.pool = concurrent.futures.ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn")
            )
        future = self.pool.submit(fn, *args)
        try:
            return future.result(timeout=timeout)
        except concurrent.futures.TimeoutError:
            self.kill()
            pytest.fail(f"no answer within {timeout}s: a hang")

    def kill(self) -> None:
        if self.pool is not None:
            for process in list(getattr(self.pool, "_processes", {}).values()):
                process.kill()
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


@pytest.fixture(scope="module")
def isolated() -> Iterator[Isolated]:
    runner = Isolated()
    runner.run(time.monotonic, timeout=120)  # spawn and import once, outside the timed cases
    yield runner
    runner.kill()


@pytest.mark.parametrize("name", sorted(ODD_ANSWERS))
def test_odd_and_very_large_answers_end_typed(isolated: Isolated, name: str) -> None:
    outcome, what, message_length, seconds = isolated.run(odd_answer_in_child, name)
    assert outcome != "untyped", f"{name}: untyped {what}"
    assert message_length < 2000, f"{name}: a {message_length}-character message"
    assert seconds < WATCHDOG
