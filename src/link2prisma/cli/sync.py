"""``link2prisma sync --db FILE.sqlite``: keep a local SQLite mirror of the workers up to date."""

from __future__ import annotations

import contextlib
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from .config import GlobalOptions
from .journal import open_journal
from .output import guarded

__all__ = ["sync"]


@guarded
def sync(
    ctx: typer.Context,
    db: Annotated[
        Path, typer.Option("--db", help="The SQLite database (created if needed).", dir_okay=False)
    ],
    full: Annotated[
        bool,
        typer.Option("--full", help="Throw the employer's mirror away and export everything."),
    ] = False,
    page_size: Annotated[
        int, typer.Option("--page-size", help="Workers per page (1-100).", min=1, max=100)
    ] = 100,
    prefetch: Annotated[
        int, typer.Option("--prefetch", help="Operations in flight at once.", min=1, max=32)
    ] = 4,
) -> None:
    """Mirror the employer's workers and their histories into a SQLite database.

    The first run exports every worker; later runs fetch again only the workers changed since
    the previous run (GET /modifications/{since}/{today}), and record today as the next
    `since`. Each worker's JSON record is kept as returned, its contracts, addresses and family
    statuses also as rows of tables of their own.

    Operations in flight are recorded in table `inflight` with their continuation tokens
    before they are waited for: a run that is killed is taken up by the next one, which
    resumes them instead of submitting them again.
    """
    from .mirror import Mirror

    opts: GlobalOptions = ctx.obj
    out = opts.output
    employer = opts.employer()
    settings = opts.settings()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("[bold]sync[/] {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=out.err,
        disable=out.json_mode,
    )
    journal = open_journal(reads=True, context=f"sync {db.resolve()} {employer}")
    with contextlib.closing(journal), opts.client(journal=journal) as l2p, progress:
        task = progress.add_task(f"employer {employer}", total=None)

        def on_progress(phase: str, done: int, total: int | None) -> None:
            label = "workers mirrored" if phase == "full" else "changed workers fetched"
            progress.update(
                task, completed=done, total=total, description=f"employer {employer}: {label}"
            )

        mirror = Mirror(
            db,
            l2p,
            employer,
            page_size=page_size,
            prefetch=prefetch,
            timeout=settings.timeout,
            full=full,
            on_progress=on_progress,
            on_note=lambda text: progress.console.print(text) if not out.json_mode else None,
            journal=journal,
        )
        try:
            summary = mirror.run()
        finally:
            mirror.close()
    if out.json_mode:
        out.json(asdict(summary))
        return
    out.fields(
        [
            ("Database", summary.db),
            ("Employer", summary.employer),
            ("Run", summary.kind),
            ("Period", f"{summary.since or '-'} .. {summary.until}"),
            ("Workers written", summary.written),
            ("Workers deleted", summary.deleted),
            ("Operations resumed", summary.resumed),
            ("Operations submitted", summary.submitted),
            ("Workers in mirror", summary.workers),
            ("Next since", summary.until),
            ("Seconds", f"{summary.seconds:.1f}"),
        ],
        title="sync",
    )
