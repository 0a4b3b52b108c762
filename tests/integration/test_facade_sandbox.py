"""The facade end to end against the sandbox over mutual TLS: every resource family.

Each test runs with the sync client and with the async one (``any_client``, see conftest.py),
on the shared sandbox: the two must behave the same.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pytest

import link2prisma as l2
from examples import example
from link2prisma.sandbox import Sandbox
from link2prisma_resources._table import OPERATIONS
from spec_tools import spec

if TYPE_CHECKING:
    from conftest import AnyClient, Flavour
    from link2prisma import AsyncLink2Prisma


def _args(op: Any, worker: int, guid: str) -> list[Any]:
    args: list[Any] = []
    for p in op.params:
        if p.location != "path":
            continue
        if p.name == "workerID":
            args.append(worker)
        elif p.kind == "int":
            args.append(int(p.minimum or 1) + 1 if p.name != "year" else 2024)
        elif p.kind == "date":
            args.append("20240101")
        elif p.kind == "uuid":
            args.append(guid)
        elif p.enum:
            args.append(p.enum[0])
        else:
            args.append("85073003328")
    if op.body is not None:
        args.append(example(spec()["components"]["schemas"][op.body.schema], extra=False))
    return args


@pytest.mark.parametrize("family", sorted({op.tag for op in OPERATIONS.values()}))
def test_every_operation_of_each_family_ends_typed(
    sandbox: Sandbox, any_client: AnyClient, family: str
) -> None:
    """Each call ends in its typed result or a typed error: a failed business rule in its
    Result (``OperationFailed``) or a refusal (``BadRequestError``/``NotFoundError``)."""
    outcomes: dict[str, str] = {}
    employer = sandbox.employers[0]
    guid = any_client.submit(lambda c: c.employer(employer).departments.list()).guid
    for op in (o for o in OPERATIONS.values() if o.tag == family):
        args = _args(op, worker=1, guid=guid)
        try:
            value = any_client.run(
                lambda c, op=op, args=args: getattr(
                    getattr(c.employer(employer), op.tag), op.action
                )(*args)
            )
            outcomes[op.operation_id] = type(value).__name__
        except (l2.OperationFailed, l2.BadRequestError, l2.NotFoundError) as exc:
            outcomes[op.operation_id] = type(exc).__name__
    assert len(outcomes) == sum(1 for o in OPERATIONS.values() if o.tag == family)
    assert any(v not in ("BadRequestError", "NotFoundError") for v in outcomes.values()), outcomes


def test_reads_decode_into_models(
    sandbox: Sandbox, sandbox_workers: int, any_client: AnyClient
) -> None:
    def scope(c: Any) -> Any:
        return c.employer(sandbox.employers[0])

    workers = any_client.run(lambda c: scope(c).workers.iter_all(page_size=7))
    numbers = [w.worker_number for w in workers]
    # Other tests on the shared sandbox may have added workers: at least 1..n, in order, once.
    assert numbers == sorted(set(numbers))
    assert set(range(1, sandbox_workers + 1)) <= set(numbers)
    first = workers[0].worker_number
    assert any_client.run(lambda c: scope(c).contracts.list(first))
    assert any_client.run(lambda c: scope(c).addresses.list(first))
    found = any_client.run(
        lambda c: scope(c).worker_exists(str(workers[0].inss).split(".")[0].zfill(11))
    )
    assert found.worker_exists and found.worker_number == first
    docs = any_client.run(lambda c: scope(c).documents.list("20200101", "20261231"))
    assert any_client.run(lambda c: scope(c).documents.get(docs[0].document_id))[:4] == b"%PDF"


def test_a_user_not_authorised_for_an_employer(
    sandbox: Sandbox, flavour: Flavour, open_client: Callable[..., AnyClient]
) -> None:
    outsider = open_client(flavour, certificate=sandbox.certificate_for("outsider"))
    first, second = sandbox.employers[:2]
    assert outsider.run(lambda c: c.employer(first).departments.list()) is not None
    with pytest.raises(l2.PermissionDeniedError) as info:
        outsider.submit(lambda c: c.employer(second).departments.list())
    assert info.value.status == 403 and info.value.employer == second


@pytest.mark.anyio
async def test_concurrent_reads_on_one_async_client(
    sandbox: Sandbox, async_client: AsyncLink2Prisma
) -> None:
    """Many operations in flight at once on one client, each resolved to its own record."""
    scope = async_client.employer(sandbox.employers[1])
    ops = await asyncio.gather(*(scope.workers.get(n) for n in range(1, 9)))
    assert len({op.guid for op in ops}) == 8
    records = await asyncio.gather(*(op.result() for op in ops))
    assert [r.worker_number for r in records] == list(range(1, 9))
