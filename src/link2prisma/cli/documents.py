"""``link2prisma documents``: list, download and upload documents."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path
from typing import Annotated, Any

import typer

from .config import GlobalOptions, day_arg
from .durable import check_output_path
from .output import EXIT_USAGE, CliError, guarded, write_atomic

__all__ = ["app"]

MAX_UPLOAD = 50 * 1024 * 1024

app = typer.Typer(
    name="documents",
    help="List the employer's documents of a period, download one, upload one.",
    no_args_is_help=True,
)


@app.command("list", short_help="List the documents of a period.")
@guarded
def list_documents(
    ctx: typer.Context,
    start: Annotated[str, typer.Argument(help="First day: yyyymmdd, yyyy-mm-dd or today.")],
    end: Annotated[str, typer.Argument(help="Last day: yyyymmdd, yyyy-mm-dd or today.")],
) -> None:
    """List the documents of a period, for the employer and its workers."""
    opts: GlobalOptions = ctx.obj
    out = opts.output
    first, last = day_arg(start, "START"), day_arg(end, "END")
    with opts.client() as l2p:
        docs = l2p.employer(opts.employer()).documents.list(first, last).result()
    rows: list[dict[str, Any]] = [d.to_dict() for d in docs]
    if out.json_mode:
        out.json(rows)
        return
    out.table(
        ["ID", "type", "published", "worker", "period", "size", "lang"],
        [
            (
                r.get("DocumentID"),
                r.get("DocumentType"),
                r.get("PublicationDate"),
                r.get("Worker") or "",
                f"{r['Month']:02d}/{r['Year']}" if r.get("Month") and r.get("Year") else "",
                r.get("Size"),
                r.get("Language"),
            )
            for r in rows
        ],
        title=f"{len(rows)} documents {first}..{last}",
    )


@app.command("download")
@guarded
def download(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(help="The DocumentID (see `documents list`).")],
    out_path: Annotated[Path, typer.Option("--out", "-o", help="Where to write the document.")],
) -> None:
    """Download one document to a file (created owner-only: documents are personal data).

    An --out whose folder does not exist is refused before anything is fetched.
    """
    opts: GlobalOptions = ctx.obj
    out = opts.output
    check_output_path(out_path, "--out")
    with opts.client() as l2p:
        data = l2p.employer(opts.employer()).documents.get(document_id).result()
    write_atomic(out_path, data)
    summary = {
        "document_id": document_id,
        "out": str(out_path),
        "bytes": len(data),
        "pdf": data.startswith(b"%PDF"),
    }
    if out.json_mode:
        out.json(summary)
    else:
        kind = "PDF" if summary["pdf"] else "file"
        out.say(f"document {document_id}: {len(data)} bytes ({kind}) written to {out_path}")


@app.command("upload", short_help="Upload a document into Prisma.")
@guarded
def upload(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The file to upload.", dir_okay=False)],
    doc_type: Annotated[
        str, typer.Option("--type", "-t", help="DocumentType code (at most 15 characters).")
    ],
    worker: Annotated[
        int | None, typer.Option("--worker", "-w", help="The worker it belongs to.")
    ] = None,
    month: Annotated[int | None, typer.Option("--month", help="Period month (1-12).")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Period year.")] = None,
    language: Annotated[
        str, typer.Option("--language", "-l", help="N, F, D or E.", case_sensitive=False)
    ] = "N",
    description: Annotated[
        str | None, typer.Option("--description", help="Description (100 characters).")
    ] = None,
    publication_date: Annotated[
        str | None,
        typer.Option("--publication-date", help="yyyymmdd (default: today)."),
    ] = None,
    no_wait: Annotated[
        bool, typer.Option("--no-wait", help="Print the GUID and continuation token only.")
    ] = False,
) -> None:
    """Upload a document into Prisma (the body is checked before it is sent)."""
    opts: GlobalOptions = ctx.obj
    out = opts.output
    if (month is None) != (year is None):
        raise CliError("give --month and --year together", EXIT_USAGE)
    try:
        with file.open("rb") as f:
            content = f.read(MAX_UPLOAD + 1)
    except OSError as exc:
        raise CliError(f"{file}: cannot read: {exc.strerror}", EXIT_USAGE) from None
    if len(content) > MAX_UPLOAD:
        raise CliError(f"{file}: bigger than {MAX_UPLOAD // (1024 * 1024)} MiB", EXIT_USAGE)
    body: dict[str, Any] = {
        "Filename": file.name,
        "DocumentType": doc_type,
        "PublicationDate": day_arg(publication_date, "--publication-date")
        if publication_date
        else dt.date.today().strftime("%Y%m%d"),
        "Language": language.upper(),
        "Document": base64.b64encode(content).decode("ascii"),
    }
    if worker is not None:
        body["WorkerId"] = worker
    if month is not None and year is not None:
        body["Month"], body["Year"] = month, year
    if description:
        body["Description"] = description
    settings = opts.settings()
    with opts.client() as l2p:
        op = l2p.employer(opts.employer()).documents.upload(body)
        summary = {
            "file": str(file),
            "bytes": len(content),
            "guid": op.guid,
            "token": op.continuation_token(),
            "status": "queued",
        }
        if not no_wait:
            op.result(timeout=settings.timeout)
            summary["status"] = "succeeded"
    if out.json_mode:
        out.json(summary)
    elif no_wait:
        out.say(f"queued upload of {file.name} as {op.guid}")
    else:
        out.say(f"uploaded {file.name} ({len(content)} bytes) as {doc_type}: {op.guid}")
