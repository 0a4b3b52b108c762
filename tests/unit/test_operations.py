"""Every one of the 92 operations, called through an employer scope, sends what the spec says."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
import uuid
from typing import Any

import httpx
import pytest

from examples import example
from link2prisma import AsyncEmployerScope, AsyncLink2Prisma, EmployerScope, Link2Prisma, PollPolicy
from link2prisma_resources._table import OPERATIONS
from spec_tools import spec

BASE = "https://l2p.test/link2prisma.svc"
GUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def _value(param: Any) -> Any:
    if param.kind == "int":
        return int(param.minimum or 1) + 1
    if param.kind == "date":
        return "20240131"
    if param.kind == "uuid":
        return GUID
    if param.enum:
        return param.enum[0]
    return "85073003328" if param.name == "rrnr" else "x"


def _call_args(op: Any) -> tuple[list[Any], dict[str, Any], Any]:
    args = [_value(p) for p in op.params if p.location == "path"]
    kwargs = {p.python_name: _value(p) for p in op.params if p.location == "query"}
    body = None
    if op.body is not None:
        body = example(spec()["components"]["schemas"][op.body.schema], extra=False)
        args.append(body)
    return args, kwargs, body


def _expected_path(op: Any) -> str:
    path = op.path
    for p in op.params:
        if p.location == "path":
            path = path.replace("{" + p.name + "}", str(_value(p)))
    return "/link2prisma.svc" + path


def _answer(op: Any) -> httpx.Response:
    if op.operation_id == "workers.exists":
        return httpx.Response(200, json={"ID": "x", "WorkerExists": False, "WorkerNumber": 0})
    if op.operation_id == "results.get":
        return httpx.Response(200, json={"ID": GUID, "Statuscode": "202"})
    return httpx.Response(202, json=GUID)


def test_there_are_92_operations_with_spec_names() -> None:
    assert len(OPERATIONS) == 92
    ids = {
        op["operationId"]
        for item in spec()["paths"].values()
        for m, op in item.items()
        if m in ("get", "post", "put", "delete")
    }
    assert set(OPERATIONS) == ids


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_reachable_and_sends_what_the_spec_says(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _answer(op)

    args, kwargs, body = _call_args(op)
    with Link2Prisma(BASE, transport=httpx.MockTransport(handler), poll=PollPolicy()) as c:
        scope = c.employer("999014")
        method = getattr(getattr(scope, op.tag), op.action)
        answer = method(*args, **kwargs)
    assert len(seen) == 1
    request = seen[0]
    assert request.method == op.method
    assert request.url.path == _expected_path(op)
    assert ("Employer" in request.headers) is op.employer
    if body is not None:
        assert json.loads(request.content) == body
    else:
        assert request.content == b""
    if op.result_kind == "immediate":
        assert type(answer).__name__ == op.result.schema
    else:
        assert answer.guid == GUID and answer.operation_id == operation_id


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_async_twin_has_the_same_signature(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    from link2prisma_resources import _async, _sync

    assert isinstance(getattr(EmployerScope, op.tag), property)
    assert isinstance(getattr(AsyncEmployerScope, op.tag), property)

    cls = "".join(w.capitalize() for w in op.tag.split("_"))
    s = inspect.signature(getattr(getattr(_sync, cls), op.action))
    a = inspect.signature(getattr(getattr(_async, "Async" + cls), op.action))
    assert list(s.parameters) == list(a.parameters)
    assert inspect.iscoroutinefunction(getattr(getattr(_async, "Async" + cls), op.action))


def test_async_calls_send_the_same_requests() -> None:
    async def run() -> list[tuple[str, str]]:
        seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            path = request.url.path
            op = next(
                o
                for o in OPERATIONS.values()
                if re.fullmatch(re.sub(r"\{\w+\}", "[^/]+", "/link2prisma.svc" + o.path), path)
                and o.method == request.method
            )
            return _answer(op)

        async with AsyncLink2Prisma(BASE, transport=httpx.MockTransport(handler)) as c:
            scope: AsyncEmployerScope = c.employer("999014")
            for op in OPERATIONS.values():
                args, kwargs, _ = _call_args(op)
                await getattr(getattr(scope, op.tag), op.action)(*args, **kwargs)
        return [(r.method, r.url.path) for r in seen]

    sent = asyncio.run(run())
    assert sorted(sent) == sorted((op.method, _expected_path(op)) for op in OPERATIONS.values())


def test_a_scope_and_its_tags_are_light() -> None:
    with Link2Prisma(BASE, transport=httpx.MockTransport(lambda r: httpx.Response(500))) as c:
        a = c.employer(1)
        assert not hasattr(a, "__dict__")
        assert a.workers is not a.workers  # a tag is a (core, employer) pair made on access
        assert str(uuid.UUID(GUID)) == GUID
