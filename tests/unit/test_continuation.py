"""Continuation tokens: read back like any input, and carried by every error raised once a GUID
exists (timeout, failed or undecodable Result, transport error while polling)."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import link2prisma as l2
from link2prisma import AsyncLink2Prisma, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma._operation.token import encode_token, parse_token

BASE = "https://l2p.test/link2prisma.svc"
FAST = PollPolicy(first=0.01, factor=1.5, cap=0.02, deadline=5.0)
QUICK = RetryPolicy(attempts=2, wait_initial=0.001, wait_max=0.002)
GUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def _token(**fields: Any) -> str:
    return json.dumps({"v": 1, "guid": GUID, "op": "workers.list", "employer": "999014", **fields})


def test_a_token_round_trips() -> None:
    assert parse_token(encode_token(GUID, "workers.list", "999014")) == (
        GUID,
        "workers.list",
        "999014",
    )
    assert parse_token(encode_token(GUID, "results.get", None)) == (GUID, "results.get", None)


@pytest.mark.parametrize(
    "fields",
    [
        {"employer": "999014\r\nX-Injected: 1"},
        {"employer": "999014\n"},
        {"employer": " 999014"},
        {"employer": "99 9014"},
        {"employer": "999014é"},
        {"employer": ""},
        {"employer": 999014},
        {"guid": "not-a-guid"},
        {"guid": GUID + "\r\n"},
        {"guid": None},
        {"op": "workers.list\r\n"},
        {"op": "../workers"},
        {"op": 7},
        {"v": 2},
    ],
)
def test_a_token_with_a_field_its_field_may_not_hold_is_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(l2.ConfigurationError):
        parse_token(_token(**fields))
    with Link2Prisma(BASE, transport=httpx.MockTransport(lambda r: httpx.Response(500))) as c:
        with pytest.raises(l2.ConfigurationError):
            c.resume(_token(**fields))


def test_client_operation_checks_the_employer_too() -> None:
    with Link2Prisma(BASE, transport=httpx.MockTransport(lambda r: httpx.Response(500))) as c:
        with pytest.raises(l2.ConfigurationError):
            c.operation(GUID, "workers.list", "999014\r\nX: 1")


class Service:
    """Every submit queues; every Result answers ``result()`` (an httpx.Response or an error)."""

    def __init__(self, result: Callable[[], httpx.Response | Exception]) -> None:
        self.result = result

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if "/Result/" not in request.url.path:
            return httpx.Response(202, json=GUID)
        answer = self.result()
        if isinstance(answer, Exception):
            raise answer
        return answer


def _result(code: str, response: Any = None) -> httpx.Response:
    return httpx.Response(200, json={"ID": GUID, "Statuscode": code, "Response": response})


CASES: list[tuple[str, Callable[[], httpx.Response | Exception], type[Exception]]] = [
    ("timeout", lambda: _result("202"), l2.OperationTimeout),
    ("failed", lambda: _result("500"), l2.OperationFailed),
    ("undecodable", lambda: _result("200", "{not json"), l2.UnexpectedResponseError),
    ("result 404", lambda: httpx.Response(404, text="gone"), l2.NotFoundError),
    ("result 503", lambda: httpx.Response(503, json={"Message": "busy"}), l2.ServerError),
    ("dropped", lambda: httpx.RemoteProtocolError("disconnected"), l2.TransportError),
]


@pytest.mark.parametrize(("name", "answer", "error"), CASES, ids=[c[0] for c in CASES])
def test_errors_after_the_guid_carry_the_continuation_token(
    name: str, answer: Any, error: type[Exception]
) -> None:
    transport = httpx.MockTransport(Service(answer))
    with Link2Prisma(BASE, transport=transport, poll=FAST, retry=QUICK) as c:
        op = c.employer("999014").workers.list()
        with pytest.raises(error) as info:
            op.result(timeout=0.1)
        token = info.value.continuation_token  # type: ignore[attr-defined]
        assert token == op.continuation_token()
        assert c.resume(token).guid == op.guid


@pytest.mark.parametrize(("name", "answer", "error"), CASES, ids=[c[0] for c in CASES])
def test_async_errors_after_the_guid_carry_the_continuation_token(
    name: str, answer: Any, error: type[Exception]
) -> None:
    async def main() -> None:
        transport = httpx.MockTransport(Service(answer))
        async with AsyncLink2Prisma(BASE, transport=transport, poll=FAST, retry=QUICK) as c:
            op = await c.employer("999014").workers.list()
            with pytest.raises(error) as info:
                await op.result(timeout=0.1)
            assert info.value.continuation_token == op.continuation_token()  # type: ignore[attr-defined]

    asyncio.run(main())


def test_errors_before_a_guid_have_no_token() -> None:
    refuse = httpx.MockTransport(lambda r: httpx.Response(400, json={"Message": "no"}))
    with Link2Prisma(BASE, transport=refuse, retry=QUICK) as c:
        with pytest.raises(l2.BadRequestError) as info:
            c.employer("999014").workers.list()
    assert info.value.continuation_token is None


def test_status_carries_the_token_of_a_failed_poll() -> None:
    transport = httpx.MockTransport(Service(lambda: httpx.Response(404, text="gone")))
    with Link2Prisma(BASE, transport=transport, poll=FAST, retry=QUICK) as c:
        op = c.employer("999014").workers.list()
        with pytest.raises(l2.NotFoundError) as info:
            op.status()
    assert json.loads(info.value.continuation_token or "")["guid"] == GUID


def test_waiting_as_results_get_gives_the_raw_result_failed_or_not() -> None:
    answers = iter([_result("202"), _result("302"), _result("500")])
    transport = httpx.MockTransport(lambda r: next(answers))
    with Link2Prisma(BASE, transport=transport, poll=FAST, retry=QUICK) as c:
        raw = c.operation(str(uuid.UUID(GUID)), "results.get").result(timeout=2)
    assert raw.statuscode == "500" and raw.id == GUID and raw.user is None
