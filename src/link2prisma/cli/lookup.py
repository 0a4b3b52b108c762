"""``link2prisma exists`` and ``link2prisma result``: quick questions to the service."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from .._formats import inss_is_valid
from .._operation.decode import RESULT_OPERATION
from .._operation.status import OperationStatus, status_of
from .._redact import excerpt, redact_text
from .config import GlobalOptions
from .output import EXIT_FAILED, EXIT_USAGE, CliError, guarded, mask_rrnr, note_queued

__all__ = ["exists", "result", "rrnr_digits"]


def rrnr_digits(rrnr: str | int) -> str:
    """The 11 digits of a national register number given as text or as a number.

    Written with separators (``85.07.30-033.28``) it must have 11 digits. Given as a bare number
    it may have lost its leading zeros, as a JSON number or a spreadsheet cell does for people
    born in 2000 or later (``2082927549`` is ``02082927549``): it is padded back to 11 digits
    when its check digits are then valid.
    """
    text = str(rrnr).strip()
    if any(ch not in "0123456789.- " for ch in text):
        raise CliError(f"{mask_rrnr(text)}: a national register number has 11 digits", EXIT_USAGE)
    digits = "".join(ch for ch in text if ch.isdigit())
    if text.isdigit() and 8 <= len(digits) < 11:
        padded = digits.zfill(11)
        if inss_is_valid(padded):
            return padded
    if len(digits) != 11:
        raise CliError(f"{mask_rrnr(text)}: a national register number has 11 digits", EXIT_USAGE)
    return digits


@guarded
def exists(
    ctx: typer.Context,
    rrnr: Annotated[
        str,
        typer.Argument(help="National register number (11 digits; leading zeros may be left out)."),
    ],
    check: Annotated[
        bool,
        typer.Option(
            "--check",
            help="For scripts: exit 1 when the number is not a worker of the employer "
            "(0 when it is; errors keep their own codes).",
        ),
    ] = False,
) -> None:
    """Whether a national register number is a worker of the employer (answered at once).

    The number is never printed in full: all but its last two digits are masked. A number whose
    leading zeros were lost (``2082927549`` for ``02082927549``) is accepted. Without --check
    the exit status is 0 whatever the answer; with it, 1 means "not a worker":
    `if link2prisma exists --check RRNR; then ...`.
    """
    opts: GlobalOptions = ctx.obj
    out = opts.output
    digits = rrnr_digits(rrnr)
    employer = opts.employer()
    with opts.client() as l2p:
        answer = l2p.employer(employer).worker_exists(digits)
    data = {
        "rrnr": mask_rrnr(digits),
        "employer": employer,
        "exists": bool(answer.worker_exists),
        "worker_number": answer.worker_number or None,
    }
    if out.json_mode:
        out.json(data)
    elif data["exists"]:
        out.say(f"{data['rrnr']}: worker {data['worker_number']} of employer {employer}")
    else:
        out.say(f"{data['rrnr']}: not a worker of employer {employer}")
    if check and not data["exists"]:
        raise typer.Exit(EXIT_FAILED)


@guarded
def result(
    ctx: typer.Context,
    guid: Annotated[str, typer.Argument(help="The GUID a queued call answered.")],
    wait: Annotated[
        bool, typer.Option("--wait", "-w", help="Wait until the operation is finished.")
    ] = False,
    operation: Annotated[
        str | None,
        typer.Option(
            "--operation",
            "-o",
            help="The operation it was (tag.action, e.g. workers.list): decode its Response "
            "into the typed result instead of showing the raw Result.",
        ),
    ] = None,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", help="With --operation: where to write a bytes result (document)."),
    ] = None,
) -> None:
    """What a GUID became: ``GET /Result/{GUID}``.

    Without --operation, shows the raw Result (Statuscode, StatusDescription, Response ...);
    with it, decodes the Response like the operation would. Exits 1 when the operation failed
    and 5 when --wait ran out of time (--timeout). What is shown is redacted like the logs
    (StatusDescription too); --json carries the data, StatusDescription still redacted.
    """
    opts: GlobalOptions = ctx.obj
    out = opts.output
    settings = opts.settings()
    if wait:
        note_queued(ctx, guid, operation)
        out.note(f"waiting for {guid} (Ctrl-C stops waiting, not the operation) ...")
    with opts.client() as l2p:
        if operation is not None:
            op = l2p.operation(guid, operation, settings.employer)
            if wait:
                value = op.result(timeout=settings.timeout)
            else:
                status = op.status()
                if not status.terminal:
                    _show_pending(opts, guid, operation, status)
                    return
                value = op.result(timeout=0.001)
            if not out.json_mode:
                out.note(f"{operation} {guid}: succeeded")
            out.value(value, out_path)
            return
        if wait:  # the library's handle and poll schedule; its value is the raw Result
            raw = l2p.operation(guid, RESULT_OPERATION).result(timeout=settings.timeout)
        else:
            raw = l2p.result(guid)
    fields = raw.to_dict()
    description = redact_text(str(fields.get("StatusDescription") or ""))
    if "StatusDescription" in fields:
        fields["StatusDescription"] = description  # personal data in an error sentence
    status = status_of(str(raw.statuscode or ""))
    data: dict[str, Any] = {"guid": guid, "status": status.value, "result": fields}
    if out.json_mode:
        out.json(data)
    else:
        response = fields.get("Response")
        shown = response
        if isinstance(response, str):
            # A preview for the eye, redacted like the logs (--json: all).
            shown = excerpt(response, 300)
            if len(response) > 300:
                shown = f"{shown} ({len(response)} characters; --json for all)"
        out.fields(
            [
                (label, None if value is None else redact_text(str(value)))
                for label, value in (
                    ("Status", status.value),
                    ("Statuscode", fields.get("Statuscode")),
                    ("StatusDescription", description),
                    ("Action", fields.get("Action")),
                    ("Type", fields.get("Type")),
                    ("Employer", fields.get("Employer")),
                    ("Worker", fields.get("Worker")),
                    ("User", fields.get("User")),
                    ("Response", shown),
                )
            ],
            title=f"Result {guid}",
        )
    if status is OperationStatus.FAILED:
        raise CliError(
            f"operation {guid} failed with Statuscode {raw.statuscode}: {description}",
            EXIT_FAILED,
            guid=guid,
        )


def _show_pending(opts: GlobalOptions, guid: str, operation: str, status: OperationStatus) -> None:
    out = opts.output
    data = {"guid": guid, "operation": operation, "status": status.value}
    if out.json_mode:
        out.json(data)
    else:
        out.say(f"{operation} {guid}: {status.value} (use --wait to wait for it)")
