"""``link2prisma journal list|reconcile|resend``: the CLI's operation journal after a crash.

Every writing ``call`` (POST, PUT, DELETE) records its intent in the journal before it is sent
and its GUID once the server queued it (:class:`link2prisma.Journal`); the export and the mirror
journal their reads. The journal is ``$L2P_JOURNAL``, else
``$XDG_STATE_HOME/link2prisma/journal.sqlite`` (``~/.local/state/...``), created owner-only.

After a crash: ``journal list`` shows the writes that may have been queued without a recorded
GUID and those queued but not seen finished; ``journal reconcile`` asks the service where a read
can tell (and waits on the queued ones); ``journal resend ID --body FILE`` sends one again, the
explicit decision the journal never takes by itself. ``call`` does the same for the request it
is given: it is not sent again while an uncertain copy of it is in the journal, unless a read
proves that copy absent or ``--resend`` is given.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .config import GlobalOptions
from .output import EXIT_FAILED, EXIT_USAGE, CliError, Output, guarded

if TYPE_CHECKING:
    from .. import Journal, Link2Prisma
    from .._spec import OperationSpec
    from ..journal import JournalEntry

__all__ = ["app", "check_before_send", "journal_path", "open_journal"]

app = typer.Typer(
    name="journal",
    help="The operation journal: what may have been queued when a run was killed.",
    no_args_is_help=True,
)


def journal_path() -> Path:
    """Where the CLI's journal is: ``$L2P_JOURNAL``, else the XDG state directory."""
    explicit = os.environ.get("L2P_JOURNAL")
    if explicit:
        return Path(explicit)
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "link2prisma" / "journal.sqlite"


def open_journal(*, reads: bool = False, context: str | None = None) -> Journal:
    """The CLI's journal, created owner-only if missing."""
    from ..journal import Journal

    return Journal(journal_path(), reads=reads, context=context)


def check_before_send(
    journal: Journal,
    l2p: Link2Prisma,
    spec: OperationSpec,
    employer: str | None,
    kwargs: dict[str, Any],
    *,
    resend: bool,
    out: Output,
    timeout: float,
) -> bool:
    """Whether ``call`` may send this write: no uncertain copy of it (same operation,
    employer, parameters and body) is in the journal, or a read proved each absent, or
    ``--resend`` was given. ``False``: a read proved it took effect (nothing to send).
    Raises when a copy may have been queued and no read can tell."""
    from .._request import NO_BODY, prepare
    from .._validation import format_params
    from ..journal import Verdict

    values = {p.name: kwargs[p.python_name] for p in spec.params if p.python_name in kwargs}
    body = kwargs.get("body", NO_BODY)
    call = prepare(spec, employer if spec.employer else None, values, body)
    for entry in journal.matching(call, format_params(spec, values)):
        if resend:
            journal.mark_resent(entry)
            out.note(f"journal #{entry.id}: resending it as asked (--resend)")
            continue
        verdict = journal.reconcile(l2p, entry, body, timeout=timeout)
        if verdict is Verdict.PRESENT:
            out.note(f"journal #{entry.id} ({entry.check()}) already took effect: not sent again")
            if out.json_mode:
                out.json({"journal": entry.id, "verdict": verdict.value, "sent": False})
            return False
        if verdict is Verdict.UNKNOWN:
            raise CliError(
                f"journal #{entry.id} ({entry.check()}) may have been queued by an earlier run "
                "and no read can tell; check it, then run again with --resend to send it anyway",
                EXIT_FAILED,
            )
        out.note(f"journal #{entry.id}: a read shows it was not applied; sending it")
    return True


def _show(opts: GlobalOptions, entries: list[JournalEntry]) -> None:
    out = opts.output
    if out.json_mode:
        out.json([e.to_dict() for e in entries])
        return
    if not entries:
        out.say("nothing uncertain or waiting in the journal")
        return
    for e in entries:
        out.say(e.describe())


@app.command("list")
@guarded
def list_(
    ctx: typer.Context,
    every: Annotated[bool, typer.Option("--all", help="Every entry, finished ones too.")] = False,
) -> None:
    """The writes that may have been queued without a GUID (check them), and those queued
    but not seen finished (reconcile waits on them). No personal data: operation, employer,
    worker numbers, date, GUID."""
    opts: GlobalOptions = ctx.obj
    with open_journal() as journal:
        entries = journal.entries() if every else journal.uncertain() + journal.queued()
    _show(opts, sorted(entries, key=lambda e: e.id))


def _body(path: str | None) -> Any:
    from .._request import NO_BODY
    from .call import read_body

    return NO_BODY if path is None else read_body(path)


@app.command("reconcile")
@guarded
def reconcile(
    ctx: typer.Context,
    ids: Annotated[
        list[int] | None, typer.Argument(help="Entries to reconcile (default: every one).")
    ] = None,
    body: Annotated[
        str | None,
        typer.Option("--body", "-b", help="The entry's body (absences need it): a file or -."),
    ] = None,
) -> None:
    """Settle what a read can tell: an uncertain write's effect is there (done) or not
    (not-queued: safe to send); queued writes are waited for and their outcome recorded.
    Writes no read can tell (see README, "After a crash") stay uncertain."""
    from ..journal import EntryState, Verdict

    opts: GlobalOptions = ctx.obj
    out = opts.output
    data = _body(body)
    settings = opts.settings()
    results: list[dict[str, Any]] = []
    unresolved = 0
    with open_journal() as journal, opts.client(journal=journal) as l2p:
        chosen = [journal.get(i) for i in ids] if ids else journal.uncertain() + journal.queued()
        for entry in chosen:
            if entry.state is EntryState.QUEUED:
                try:
                    journal.resume(l2p, entry).result(timeout=settings.timeout)
                except Exception as exc:  # its outcome is recorded; report, go on
                    out.note(f"#{entry.id}: {type(exc).__name__}")
                verdict = None
            elif entry.uncertain:
                verdict = journal.reconcile(l2p, entry, data, timeout=settings.timeout)
                unresolved += verdict is Verdict.UNKNOWN
            else:
                raise CliError(f"journal #{entry.id} is {entry.state.value}", EXIT_USAGE)
            after = journal.get(entry.id)
            results.append({**after.to_dict(), "verdict": verdict and verdict.value})
            if not out.json_mode:
                out.say(after.describe())
    if out.json_mode:
        out.json(results)
    if unresolved:
        raise CliError(
            f"{unresolved} write(s) may have been queued and no read can tell: check them "
            "(operation, employer, worker, date above), then `journal resend ID`",
            EXIT_FAILED,
        )


@app.command("resend")
@guarded
def resend(
    ctx: typer.Context,
    entry_id: Annotated[int, typer.Argument(help="The journal entry to send again.")],
    body: Annotated[
        str | None,
        typer.Option("--body", "-b", help="Its body (the same one: its digest is checked)."),
    ] = None,
    no_wait: Annotated[bool, typer.Option("--no-wait", help="Do not wait for it.")] = False,
) -> None:
    """Send an uncertain write again: the explicit decision the journal never takes itself.
    Only for an entry that may have been queued or was not; the body must be the recorded one."""
    opts: GlobalOptions = ctx.obj
    out = opts.output
    data = _body(body)
    settings = opts.settings()
    with open_journal() as journal, opts.client(journal=journal) as l2p:
        op = journal.resend(l2p, journal.get(entry_id), data)
        out.note(f"journal #{entry_id} resent as {op.guid}")
        if no_wait:
            if out.json_mode:
                out.json({"guid": op.guid, "token": op.continuation_token()})
            else:
                out.say(f"queued as {op.guid}")
            return
        value = op.result(timeout=settings.timeout)
    out.value(value)
