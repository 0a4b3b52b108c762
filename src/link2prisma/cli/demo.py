"""``link2prisma demo``: start a sandbox, run a short script through the facade, report it."""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable
from typing import Annotated, Any

import typer
from rich.panel import Panel
from rich.table import Table

from .._formats import inss_digits
from .config import GlobalOptions
from .output import Output, guarded, mask_rrnr

__all__ = ["demo", "run_demo"]

#: A national register number no sandbox worker has (right shape, nobody's).
UNKNOWN_RRNR = "00010100105"


def _new_worker(number: int, start: str) -> dict[str, Any]:
    """A valid AddWorker body: personal data, address, family status and contract."""
    return {
        "WorkerNumber": number,
        "Name": "Janssens",
        "Firstname": "Fien",  # a name, not a word of the output ("demo")
        "Language": "N",
        "Sex": "F",
        "Birthdate": "19900315",
        "address": [
            {
                "Startdate": start,
                "Street": "Rue de la Loi",
                "HouseNumber": "16",
                "ZIPCode": "1000",
                "City": "Brussel",
                "Country": "00150",
            }
        ],
        "FamilyStatus": [{"Startdate": start, "CivilStatus": "Single", "ChildrenAtCharge": 0}],
        "contract": [
            {
                "Startdate": start,
                "EmploymentStatus": "Employee",
                "Contract": "Usually",
                "WorkingTime": "Fulltime",
                "WeekhoursWorker": 38.0,
                "WeekhoursEmployer": 38.0,
            }
        ],
    }


class _Report:
    """The demo's report: rich panels for people, one JSON document with --json."""

    def __init__(self, out: Output) -> None:
        self.out = out
        self.steps: list[dict[str, Any]] = []

    def step(self, title: str, rows: list[tuple[str, Any]], **data: Any) -> None:
        self.steps.append({"step": title, **data})
        if self.out.json_mode:
            return
        table = Table(show_header=False, box=None, padding=(0, 1))
        table.add_column(style="bold cyan")
        table.add_column(overflow="fold")
        for label, value in rows:
            table.add_row(label, str(value))
        self.out.console.print(Panel(table, title=f"[bold]{title}", title_align="left"))


def run_demo(out: Output, *, workers: int, seed: int, delay: float) -> dict[str, Any]:
    """Start a sandbox, run the script, stop it; returns the report as data."""
    from .. import Link2Prisma, PollPolicy, ValidationError
    from ..sandbox import Sandbox

    report = _Report(out)
    started = time.monotonic()
    out.note(f"starting a sandbox: 2 employers, {workers} workers each, delay {delay}s ...")
    with Sandbox.start(
        employers=2,
        workers_per_employer=workers,
        delay=delay,
        processors=4,
        seed=seed,
        mode="thread",
    ) as sb:
        employer = sb.employers[0]
        report.step(
            "0. Sandbox",
            [
                ("base URL", sb.base_url),
                ("employers", ", ".join(sb.employers)),
                ("client certificate", sb.certificate.info.subject),
                ("processing delay", f"{delay}s per request"),
            ],
            base_url=sb.base_url,
            employers=sb.employers,
        )
        with Link2Prisma(
            sb.base_url,
            certificate=sb.certificate,
            ca_bundle=sb.ca_bundle,
            poll=PollPolicy(first=0.1, deadline=60.0),
        ) as l2p:
            scope = l2p.employer(employer)

            # 1. worker_exists, answered at once (not queued).
            first = scope.workers.list(limit=1, offset=0).result()[0].to_dict()
            known = inss_digits(first["INSS"])  # the 11 digits, a leading 0 kept
            t0 = time.monotonic()
            yes = scope.worker_exists(known)
            no = scope.worker_exists(UNKNOWN_RRNR)
            ms = (time.monotonic() - t0) * 1000
            report.step(
                "1. worker_exists (synchronous)",
                [
                    (mask_rrnr(known), f"exists={yes.worker_exists}, worker {yes.worker_number}"),
                    (mask_rrnr(UNKNOWN_RRNR), f"exists={no.worker_exists}"),
                    ("both answered in", f"{ms:.0f} ms"),
                ],
                known={"rrnr": mask_rrnr(known), "exists": yes.worker_exists},
                unknown={"rrnr": mask_rrnr(UNKNOWN_RRNR), "exists": no.worker_exists},
            )

            # 2. Paging with pages submitted ahead.
            t0 = time.monotonic()
            count = sum(1 for _ in scope.workers.iter_all(page_size=100, prefetch=4))
            seconds = time.monotonic() - t0
            pages = math.floor(count / 100) + 1
            report.step(
                "2. iter_all: every worker, 4 pages in flight",
                [
                    ("workers", count),
                    ("pages of 100", pages),
                    ("time", f"{seconds:.2f}s"),
                ],
                workers=count,
                pages=pages,
                seconds=round(seconds, 3),
            )

            # 3. A new worker with contract, address and family status.
            number_answer = scope.workers.next_number().result()
            assert number_answer is not None and isinstance(number_answer.worker_number, int)
            number = number_answer.worker_number
            start = dt.date.today().replace(day=1).strftime("%Y%m%d")
            t0 = time.monotonic()
            sent = _new_worker(number, start)
            op = scope.workers.create(sent)
            op.result()
            back = scope.workers.get(number).result()
            seconds = time.monotonic() - t0
            record = back.to_dict() if back is not None else {}
            # Compared, not shown: a name is personal data, even a demo's.
            same = all(record.get(k) == sent[k] for k in ("Name", "Firstname", "Birthdate"))
            report.step(
                "3. Create a worker and read it back",
                [
                    ("next free number", number),
                    ("create GUID", op.guid),
                    (
                        "read back",
                        f"worker {record.get('WorkerNumber')}: name, first name and birth date "
                        + ("as sent" if same else "NOT as sent"),
                    ),
                    (
                        "histories",
                        f"{len(record.get('contract') or [])} contract, "
                        f"{len(record.get('address') or [])} address, "
                        f"{len(record.get('FamilyStatus') or [])} family status",
                    ),
                    ("time", f"{seconds:.2f}s"),
                ],
                worker=number,
                guid=op.guid,
                read_back=bool(record),
                read_back_as_sent=same,
            )

            # 4. Documents of a period, one downloaded.
            docs = scope.documents.list("20240101", "20241231").result()
            doc = docs[0].to_dict() if docs else {}
            data = scope.documents.get(int(doc["DocumentID"])).result() if doc else b""
            report.step(
                "4. Documents of 2024",
                [
                    ("documents listed", len(docs)),
                    ("downloaded", f"#{doc.get('DocumentID')} {doc.get('DocumentType')}"),
                    ("size", f"{len(data)} bytes"),
                    ("first bytes", repr(data[:8])),
                ],
                documents=len(docs),
                downloaded=doc.get("DocumentID"),
                size=len(data),
                pdf=data.startswith(b"%PDF"),
            )

            # 5. Bad input is refused before anything is sent.
            before = sb.stats()["requests_total"]
            worker = int(first.get("WorkerNumber") or 1)
            attempts: list[tuple[str, Callable[[], object]]] = [
                (
                    "unknown field",
                    lambda: scope.absences.create(
                        [
                            {
                                "WorkerNumber": worker,
                                "Absences": [{"Day": start, "Code": 5100, "Hourz": 4}],
                            }
                        ]
                    ),
                ),
                (
                    "impossible date",
                    lambda: scope.absences.create(
                        [{"WorkerNumber": worker, "Absences": [{"Day": "20261332", "Code": 5100}]}]
                    ),
                ),
                ("bad INSS check digit", lambda: scope.worker_exists("85073003329")),
                (
                    "a worker body, many rules",
                    lambda: scope.workers.create(
                        {
                            "WorkerNumber": 0,
                            "Name": "N" * 60,
                            "address": [{"Street": "Somewhere", "Country": "BE"}],
                            "FamilyStatus": [{"Startdate": "2024-01-01", "CivilStatus": "Maried"}],
                            "contract": [{"Startdate": "20261399", "WorkingTime": "FullTime"}],
                        }
                    ),
                ),
            ]
            refused: list[tuple[str, Any]] = []
            errors = 0
            for label, attempt in attempts:
                try:
                    attempt()
                    refused.append((label, "sent (unexpected)"))
                except ValidationError as exc:
                    errors += len(exc.errors)
                    shown = exc.errors if len(exc.errors) <= 1 else exc.errors[:4]
                    refused.append((label, f"{exc.operation}: refused, nothing sent"))
                    refused += [(f"  {e.loc}", e.rule) for e in shown]
                    if len(exc.errors) > len(shown):
                        refused.append(("  ...", f"{len(exc.errors) - len(shown)} more rules"))
            sent = sb.stats()["requests_total"] - before - 1  # less this stats request
            report.step(
                "5. Bad input is refused before sending",
                [*refused, ("rules broken", errors), ("requests the sandbox saw", sent)],
                errors=errors,
                sent=sent,
            )
    total = time.monotonic() - started
    out.note(f"sandbox stopped; demo took {total:.1f}s")
    return {"steps": report.steps, "seconds": round(total, 3)}


@guarded
def demo(
    ctx: typer.Context,
    workers: Annotated[
        int, typer.Option("--workers", "-n", help="Workers per employer.", min=1, max=5000)
    ] = 300,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the synthetic data.")] = 1,
    delay: Annotated[
        float,
        typer.Option("--delay", help="Sandbox processing seconds per request.", min=0, max=2),
    ] = 0.05,
) -> None:
    """Start a sandbox and show the client at work: worker_exists, paging, creating a worker
    with contract, address and family status, documents, and a bad body refused before
    sending. Takes a few seconds; needs nothing but this package."""
    opts: GlobalOptions = ctx.obj
    result = run_demo(opts.output, workers=workers, seed=seed, delay=delay)
    if opts.output.json_mode:
        opts.output.json(result)
