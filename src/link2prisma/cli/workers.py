"""``link2prisma workers export``: every worker of an employer to JSON lines or CSV.

An application over the library's public API (``link2prisma``, ``link2prisma.window``).
Pages are submitted ahead through the in-flight window (several in flight, like ``iter_all``)
and written in order. The export survives a kill: each submitted page's continuation token is
recorded in a state file next to the output (``OUT.l2p-state.json``, written atomically
*before* waiting on the page), with the last page written and the output's size at that point.
A re-run with the same options truncates the output to that size, resumes the recorded pages
by their tokens (they are not submitted again), submits only the pages never submitted, and
appends the pages not yet written. The state file is removed when the export is complete.
The window between a page's ``202`` and the state file's write is covered by the operation
journal (``journal=``, the CLI's): the GUID is journalled as soon as the ``202`` is read and a
re-run takes up a page found there instead of submitting it again; only a kill between the
``202`` and the journal's commit has the page submitted again (a read: it costs only time).

The output and the state file are created owner-only (``0600``): they hold personal data.
:meth:`WorkerExport.checkpoint` is called after each durable write (a no-op; the tests replace
it to kill the process there).

An export that fails for good (the employer refused, a page's operation failed, invalid
options) leaves nothing that would block the corrected command: with no page written yet, the
output and the state file are removed; otherwise the pages written stay and the failed pages'
tokens are dropped, so that the same command goes on from the last page written. An
interruption, a timeout or a lost connection keeps everything for the resume.

``--excel`` writes the CSV in the dialect a Belgian (nl-BE, fr-BE) Excel opens on a double
click: UTF-8 with a byte order mark, ``;`` between fields, CRLF line ends, decimal commas, and
national register numbers as text (``="02082927549"``, leading zeros kept); a text cell that
starts like a formula is prefixed with ``'``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from link2prisma import Journal, Link2Prisma, NotFoundError, Operation
from link2prisma.window import pages

from . import durable
from .config import GlobalOptions, day_arg
from .durable import Checkpoint, open_owner_only
from .journal import open_journal
from .output import EXIT_USAGE, CliError, guarded, write_atomic

__all__ = [
    "ExportState",
    "ExportSummary",
    "WorkerExport",
    "app",
    "csv_columns",
    "state_path",
]

STATE_VERSION = 1
INSS_MAX = 99_999_999_999
Format = Literal["jsonl", "csv", "csv-excel"]
#: Columns holding national register numbers (written as text for Excel).
INSS_COLUMNS = frozenset({"INSS", "SpouseINSS"})
#: What a spreadsheet reads as the start of a formula (OWASP's CSV injection list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

app = typer.Typer(name="workers", help="Export an employer's workers.", no_args_is_help=True)


def state_path(out: Path) -> Path:
    """The state file of an export: next to the output, ``OUT.l2p-state.json``."""
    return out.with_name(out.name + ".l2p-state.json")


def csv_columns() -> list[str]:
    """The CSV header: WorkerRecord's fields as the spec orders them (lists as JSON text)."""
    import importlib.resources

    spec = json.loads(
        (importlib.resources.files("link2prisma_resources") / "openapi.json").read_text("utf-8")
    )
    props: dict[str, Any] = spec["components"]["schemas"]["WorkerRecord"]["properties"]
    scalars = [k for k, v in props.items() if v.get("type") != "array"]
    lists = [k for k, v in props.items() if v.get("type") == "array"]
    return scalars + lists


@dataclass
class ExportState:
    """What an interrupted export needs to go on (the state file's content)."""

    employer: str
    format: str
    page_size: int
    in_service: list[str] | None = None
    pages: dict[str, str] = field(default_factory=dict)  # offset -> continuation token
    next_offset: int = 0  # the next page to submit
    written_offset: int = 0  # pages below this offset are in the output
    written_bytes: int = 0  # the output's size after the last page written
    items: int = 0
    pages_written: int = 0
    version: int = STATE_VERSION

    def save(self, path: Path) -> None:
        write_atomic(path, json.dumps(asdict(self), indent=1).encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> ExportState:
        try:
            data = json.loads(path.read_text("utf-8"))
            if data.get("version") != STATE_VERSION:
                raise ValueError("unknown version")
            return cls(**data)
        except (OSError, ValueError, TypeError) as exc:
            raise CliError(
                f"{path}: unreadable export state ({exc}); remove it to start over", EXIT_USAGE
            ) from None

    def same_job(self, other: ExportState) -> bool:
        return (self.employer, self.format, self.page_size, self.in_service) == (
            other.employer,
            other.format,
            other.page_size,
            other.in_service,
        )


@dataclass
class ExportSummary:
    out: str
    employer: str
    format: str
    workers: int
    pages: int
    resumed_pages: int
    submitted_pages: int
    seconds: float


class WorkerExport:
    """Export one employer's workers to ``out``, resumable through its state file."""

    def __init__(
        self,
        l2p: Link2Prisma,
        employer: str,
        out: Path,
        *,
        fmt: Format = "jsonl",
        page_size: int = 100,
        prefetch: int = 4,
        in_service: tuple[str, str] | None = None,
        timeout: float = 300.0,
        on_page: Callable[[int, int], None] | None = None,
        on_note: Callable[[str], None] | None = None,
        journal: Journal | None = None,
    ) -> None:
        if not 1 <= page_size <= 100:
            raise CliError("--page-size must be between 1 and 100", EXIT_USAGE)
        if prefetch < 1:
            raise CliError("--prefetch must be at least 1", EXIT_USAGE)
        self.l2p = l2p
        self.scope = l2p.employer(employer)
        self.out = out
        self.state_file = state_path(out)
        self.fmt = fmt
        self.prefetch = prefetch
        self.timeout = timeout
        self.on_page = on_page or (lambda items, pages: None)
        self.on_note = on_note or (lambda text: None)
        self.columns = csv_columns() if fmt != "jsonl" else []
        self.state = ExportState(
            employer=employer,
            format=fmt,
            page_size=page_size,
            in_service=list(in_service) if in_service else None,
        )
        self.submitted = 0
        self.resumed = 0
        self.journal = journal  # the journal ``l2p`` records reads in, with this export's context

    def checkpoint(self, event: Checkpoint) -> None:
        """Called after each durable write: ``"submitted"`` once a submitted page is recorded
        in the state file, ``"written"`` once a page is in the output. Does nothing; the tests
        replace it to kill the process at that point."""

    # --- formatting ---------------------------------------------------------------------------

    def _csv_writer(self, buf: io.StringIO) -> Any:
        if self.fmt == "csv-excel":
            return csv.writer(buf, delimiter=";", lineterminator="\r\n")
        return csv.writer(buf, lineterminator="\n")

    def _header(self) -> bytes:
        if self.fmt == "jsonl":
            return b""
        buf = io.StringIO()
        self._csv_writer(buf).writerow(self.columns)
        bom = "\ufeff" if self.fmt == "csv-excel" else ""
        return (bom + buf.getvalue()).encode("utf-8")

    def _encode(self, items: Sequence[Any]) -> bytes:
        records = [item.to_dict() if hasattr(item, "to_dict") else item for item in items]
        if self.fmt == "jsonl":
            return "".join(
                json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records
            ).encode("utf-8")
        buf = io.StringIO()
        writer = self._csv_writer(buf)
        cell = _excel_cell if self.fmt == "csv-excel" else _csv_cell
        for r in records:
            writer.writerow([cell(name, r.get(name)) for name in self.columns])
        return buf.getvalue().encode("utf-8")

    # --- the state ----------------------------------------------------------------------------

    def _start(self) -> None:
        """Begin, or take up the recorded state of an interrupted run."""
        if self.state_file.exists():
            recorded = ExportState.load(self.state_file)
            if not recorded.same_job(self.state):
                raise CliError(
                    f"{self.state_file} belongs to another export (employer {recorded.employer}, "
                    f"format {recorded.format}, page size {recorded.page_size}, in service "
                    f"{recorded.in_service}), interrupted after {recorded.pages_written} pages: "
                    "run that export again to finish it, or remove the file to start over "
                    f"(or write to another --out)",
                    EXIT_USAGE,
                )
            if not self.out.exists() or self.out.stat().st_size < recorded.written_bytes:
                raise CliError(
                    f"{self.out} is shorter than its state file says; remove "
                    f"{self.state_file} to start over",
                    EXIT_USAGE,
                )
            self.state = recorded
            with self.out.open("r+b") as f:  # drop a page written after the last record
                f.truncate(recorded.written_bytes)
            self.on_note(
                f"resuming: {recorded.pages_written} pages ({recorded.items} workers) written, "
                f"{len(recorded.pages)} in flight"
            )
            return
        if self.journal:
            self.journal.abandon_reads()  # a fresh start: nothing of an older run to take up
        header = self._header()
        with open_owner_only(self.out, truncate=True) as f:
            f.write(header)
            f.flush()
            os.fsync(f.fileno())
        self.state.written_bytes = len(header)
        self.state.save(self.state_file)

    def _submit(self, offset: int) -> Operation[Any]:
        limit = self.state.page_size
        op: Operation[Any]
        page = {"limit": limit, "offset": offset}
        if self.state.in_service:
            start, end = self.state.in_service
            operation, params = "workers.list_in_service", {"StartDate": start, "EndDate": end}
        else:
            operation, params = "workers.list", {}
        # A page the journal queued for an interrupted run, unrecorded here: taken up.
        adopted = (
            self.journal.adopt(operation, self.state.employer, {**params, **page})
            if self.journal
            else None
        )
        if adopted and adopted.token:
            op = self.l2p.resume(adopted.token)
        elif self.state.in_service:
            # Paged like GET /worker (the manual's 100-worker limit applies: "see /worker").
            start, end = self.state.in_service
            op = self.scope.workers.list_in_service(start, end, limit=limit, offset=offset)
        else:
            op = self.scope.workers.list(limit=limit, offset=offset)
        self.state.pages[str(offset)] = op.continuation_token()
        self.state.next_offset = max(self.state.next_offset, offset + self.state.page_size)
        self.state.save(self.state_file)  # recorded before anything waits on it
        if adopted:
            self.resumed += 1
        else:
            self.submitted += 1
        self.checkpoint("submitted")
        return op

    def _page_result(self, offset: int, op: Operation[Any]) -> list[Any]:
        try:
            items: list[Any] = op.result(timeout=self.timeout)
        except NotFoundError:
            # The service no longer knows this GUID (results expire): ask again.
            self.on_note(f"page at offset {offset}: GUID unknown to the service, submitted again")
            items = self._submit(offset).result(timeout=self.timeout)
        return items

    def _write(self, offset: int, items: Sequence[Any]) -> None:
        data = self._encode(items)
        with open_owner_only(self.out) as f:
            f.seek(self.state.written_bytes)
            f.write(data)
            f.truncate()
            f.flush()
            os.fsync(f.fileno())
        self.state.pages.pop(str(offset), None)
        self.state.written_bytes += len(data)
        self.state.written_offset = offset + self.state.page_size
        self.state.items += len(items)
        self.state.pages_written += 1
        self.state.save(self.state_file)
        self.checkpoint("written")

    # --- the run ------------------------------------------------------------------------------

    def run(self) -> ExportSummary:
        """Export (or resume); see the module for what a failure leaves behind."""
        started = time.monotonic()
        self._start()
        try:
            return self._run(started)
        except BaseException as exc:
            if not durable.is_resumable(exc):
                self._forget_failed()
            raise

    def _forget_failed(self) -> None:
        """After a final failure: nothing that blocks the corrected command stays behind."""
        state = self.state
        if state.pages_written == 0:
            self.state_file.unlink(missing_ok=True)
            self.out.unlink(missing_ok=True)
            self.on_note(f"export failed before any page was written: {self.out} removed")
            return
        state.pages.clear()  # the failed pages are asked again; they are reads
        journal = getattr(self, "journal", None)  # the operation journal, when there is one
        if journal is not None:
            journal.abandon_reads()  # so that the failed pages' GUIDs are not taken up again
        state.next_offset = state.written_offset
        state.save(self.state_file)
        self.on_note(
            f"export failed after {state.pages_written} pages ({state.items} workers) written; "
            "run the same command again to go on from there"
        )

    def _run(self, started: float) -> ExportSummary:
        state = self.state
        resumed: list[tuple[int, Operation[Any]]] = []
        for key in sorted(state.pages, key=int):
            offset = int(key)
            if offset < state.written_offset:
                state.pages.pop(key)
                continue
            resumed.append((offset, self.l2p.resume(state.pages[key])))
            self.resumed += 1
        self.on_page(state.items, state.pages_written)
        # One page first on a fresh start (a list that fits one page costs one call); a
        # resumed export goes on at full width. The window stops after a short page, or after
        # a page longer than asked (the deployment ignores limit/offset: it was the whole
        # list); pages submitted beyond the end are reads: left alone.
        for page in pages(
            self._submit,
            self._page_result,
            state.page_size,
            self.prefetch,
            start=max(state.next_offset, state.written_offset),
            first=1 if state.pages_written == 0 and not resumed else self.prefetch,
            resumed=resumed,
        ):
            self._write(page.offset, page.items)
            self.on_page(state.items, state.pages_written)
        self.state_file.unlink(missing_ok=True)
        if self.journal:
            self.journal.abandon_reads()  # pages submitted beyond the end, never waited for
        return ExportSummary(
            out=str(self.out),
            employer=state.employer,
            format=state.format,
            workers=state.items,
            pages=state.pages_written,
            resumed_pages=self.resumed,
            submitted_pages=self.submitted,
            seconds=round(time.monotonic() - started, 3),
        )


def _inss_cell(value: float) -> str:
    """A national register number that came as a JSON number: its 11 digits."""
    in_range = not isinstance(value, bool) and 0 <= value <= INSS_MAX
    return f"{int(value):011d}" if in_range and float(value).is_integer() else str(value)


def _excel_cell(name: str, value: Any) -> str:
    """A cell as a Belgian Excel reads it: decimal comma, national register numbers as text,
    no text taken for a formula."""
    if isinstance(value, float) and not value.is_integer() and name not in INSS_COLUMNS:
        return str(value).replace(".", ",")
    text = _csv_cell(name, value)
    if name in INSS_COLUMNS and text.isdigit():
        return f'="{text}"'
    if isinstance(value, str) and text.startswith(FORMULA_START):
        return "'" + text
    return text


def _csv_cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name in ("INSS", "SpouseINSS") and isinstance(value, (int, float)):
        return _inss_cell(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


@app.command("export")
@guarded
def export(
    ctx: typer.Context,
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Output file.", dir_okay=False)],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="jsonl (one worker per line) or csv.")
    ] = "jsonl",
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="CSV for a Belgian Excel: UTF-8 with BOM, ';' separators, decimal commas, "
            "national register numbers kept as text (implies --format csv).",
        ),
    ] = False,
    in_service: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--in-service",
            help="Only the workers in service between FROM and TO (yyyymmdd), paged like all.",
            metavar="FROM TO",
        ),
    ] = None,
    page_size: Annotated[
        int, typer.Option("--page-size", help="Workers per page (1-100).", min=1, max=100)
    ] = 100,
    prefetch: Annotated[
        int, typer.Option("--prefetch", help="Pages in flight at once.", min=1, max=32)
    ] = 4,
) -> None:
    """Export every worker of the employer (with their histories) to JSON lines or CSV.

    Pages are requested ahead (--prefetch) and written in order, with a progress bar on
    stderr. Killed or interrupted, the export resumes when run again with the same options:
    the pages already submitted are taken up by their continuation tokens (recorded in
    OUT.l2p-state.json) and not submitted twice; only missing pages are appended.
    """
    opts: GlobalOptions = ctx.obj
    out = opts.output
    if fmt not in ("jsonl", "csv"):
        raise CliError("--format must be jsonl or csv", EXIT_USAGE)
    durable.check_output_path(out_path, "--out")
    period = None
    if in_service is not None:
        period = (day_arg(in_service[0], "FROM"), day_arg(in_service[1], "TO"))
    employer = opts.employer()
    settings = opts.settings()
    from rich.progress import (
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]export[/] {task.description}"),
        TextColumn("{task.completed} workers"),
        TextColumn("{task.fields[pages]} pages"),
        TimeElapsedColumn(),
        console=out.err,
        disable=out.json_mode,
        transient=False,
    )
    journal = open_journal(reads=True, context=f"export {out_path.resolve()} {employer}")
    with contextlib.closing(journal), opts.client(journal=journal) as l2p, progress:
        task = progress.add_task(f"employer {employer}", total=None, pages=0)

        def on_page(items: int, pages: int) -> None:
            progress.update(task, completed=items, pages=pages)

        job = WorkerExport(
            l2p,
            employer,
            out_path,
            fmt="csv-excel" if excel else "csv" if fmt == "csv" else "jsonl",
            page_size=page_size,
            prefetch=prefetch,
            in_service=period,
            timeout=settings.timeout,
            on_page=on_page,
            on_note=lambda text: progress.console.print(text) if not out.json_mode else None,
            journal=journal,
        )
        summary = job.run()
    if out.json_mode:
        out.json(asdict(summary))
    else:
        resumed = f", {summary.resumed_pages} resumed" if summary.resumed_pages else ""
        out.say(
            f"exported {summary.workers} workers of employer {employer} to {out_path} "
            f"({summary.format}, {summary.pages} pages{resumed}, {summary.seconds:.1f}s)"
        )
