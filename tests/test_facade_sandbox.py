"""The facade end to end against the sandbox over mutual TLS: every resource family."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import link2prisma as l2
from examples import example
from link2prisma import Link2Prisma, PollPolicy
from link2prisma.sandbox import Sandbox
from link2prisma_resources._table import OPERATIONS
from spec_tools import spec

FAST = PollPolicy(first=0.01, factor=1.3, cap=0.1, deadline=20.0)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox.start(employers=2, workers_per_employer=30, mode="thread", seed=3) as sb:
        yield sb


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
def test_every_operation_of_each_family_ends_typed(sandbox: Sandbox, family: str) -> None:
    """Each call ends in its typed result or a typed error: a failed business rule in its
    Result (``OperationFailed``) or a refusal (``BadRequestError``/``NotFoundError``)."""
    outcomes: dict[str, str] = {}
    with Link2Prisma(
        sandbox.base_url, certificate=sandbox.certificate, ca_bundle=sandbox.ca_bundle, poll=FAST
    ) as client:
        scope = client.employer(sandbox.employers[0])
        guid = scope.departments.list().guid
        for op in (o for o in OPERATIONS.values() if o.tag == family):
            method = getattr(getattr(scope, op.tag), op.action)
            try:
                answer = method(*_args(op, worker=1, guid=guid))
                value = answer if op.result_kind == "immediate" else answer.result()
                outcomes[op.operation_id] = type(value).__name__
            except (l2.OperationFailed, l2.BadRequestError, l2.NotFoundError) as exc:
                outcomes[op.operation_id] = type(exc).__name__
    assert len(outcomes) == sum(1 for o in OPERATIONS.values() if o.tag == family)
    assert any(v not in ("BadRequestError", "NotFoundError") for v in outcomes.values()), outcomes


def test_reads_decode_into_models(sandbox: Sandbox) -> None:
    with Link2Prisma(
        sandbox.base_url, certificate=sandbox.certificate, ca_bundle=sandbox.ca_bundle, poll=FAST
    ) as client:
        scope = client.employer(sandbox.employers[0])
        workers = list(scope.workers.iter_all(page_size=7))
        assert len(workers) == 30 and [w.worker_number for w in workers] == sorted(
            w.worker_number for w in workers
        )
        first = workers[0].worker_number
        assert scope.contracts.list(first).result()
        assert scope.addresses.list(first).result()
        found = scope.worker_exists(str(workers[0].inss).split(".")[0].zfill(11))
        assert found.worker_exists and found.worker_number == first
        docs = scope.documents.list("20200101", "20261231").result()
        assert scope.documents.get(docs[0].document_id).result()[:4] == b"%PDF"


def test_a_user_not_authorised_for_an_employer(sandbox: Sandbox) -> None:
    outsider = sandbox.certificate_for("outsider")
    with Link2Prisma(
        sandbox.base_url, certificate=outsider, ca_bundle=sandbox.ca_bundle, poll=FAST
    ) as client:
        assert client.employer(sandbox.employers[0]).departments.list().result() is not None
        with pytest.raises(l2.PermissionDeniedError) as info:
            client.employer(sandbox.employers[1]).departments.list()
    assert info.value.status == 403 and info.value.employer == sandbox.employers[1]
