"""Checked by mypy --strict in tests/tooling/test_typing.py: the facade's types reach the user's code."""

from __future__ import annotations

import datetime as dt

from link2prisma import AsyncLink2Prisma, Certificate, Link2Prisma, Operation
from link2prisma_api.models.add_worker import AddWorker
from link2prisma_api.models.contract_record import ContractRecord
from link2prisma_api.models.document_info import DocumentInfo
from link2prisma_api.models.worker_exists import WorkerExists
from link2prisma_api.models.worker_record import WorkerRecord


def sync_usage(cert: Certificate) -> None:
    with Link2Prisma("https://link2prisma.sodeco.info/link2prisma.svc", certificate=cert) as l2p:
        acme = l2p.employer("999014")
        found: WorkerExists = acme.worker_exists("85073003328")
        number: int | None = found.worker_number if found.worker_exists else None
        op: Operation[list[WorkerRecord]] = acme.workers.list(limit=100, offset=0)
        workers: list[WorkerRecord] = op.result(timeout=120)
        token: str = op.continuation_token()
        same = l2p.resume(token).result()
        for w in acme.workers.iter_all():
            name: str = w.name if isinstance(w.name, str) else ""
        contract: ContractRecord | None = acme.contracts.get(12, dt.date(2024, 1, 1)).result()
        pdf: bytes = acme.documents.get(1234).result()
        docs: list[DocumentInfo] = acme.documents.list("20240101", dt.date(2024, 1, 31)).result()
        nothing: None = acme.workers.create(AddWorker.from_dict({})).result()
        print(number, workers, same, name, contract, pdf, docs, nothing)


async def async_usage(cert: Certificate) -> None:
    async with AsyncLink2Prisma("https://x/link2prisma.svc", certificate=cert) as l2p:
        acme = l2p.employer("999014")
        found: WorkerExists = await acme.worker_exists("85073003328")
        op = await acme.workers.list(limit=100)
        workers: list[WorkerRecord] = await op.result()
        async for w in acme.workers.iter_all():
            print(w.worker_number)
        pdf: bytes = await (await acme.documents.get(1)).result()
        print(found, workers, pdf)
