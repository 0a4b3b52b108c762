"""What the CLI prints: rich tables for people, ``--json`` for scripts, one-line errors.

Exit codes (also in ``link2prisma --help`` and docs/cli.md):

====  =====================================================================
0     success
1     the operation failed (error Statuscode, HTTP error) or was refused by validation
2     usage or configuration error (bad flag, missing setting, unreadable config)
3     certificate problem (expired, not yet valid, wrong password, key mismatch, refused)
4     connection or TLS error (nothing or not everything was sent or answered)
5     timeout (the operation was not finished in time; resume it later)
130   interrupted (Ctrl-C); the message says how to go on
====  =====================================================================

With ``--json`` an error is one JSON object on stderr (:func:`error_record`); stdout then holds
nothing or only what was complete. Human output goes through the same redaction as the logs
(``_redact``); only ``--json`` carries the data, and even there a StatusDescription is redacted.
"""

from __future__ import annotations

import base64
import datetime
import enum
import functools
import json
import os
import sys
import traceback
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from .._exceptions import (
    ApiError,
    AuthenticationError,
    BodyTooDeepError,
    BodyTooLargeError,
    CertificateError,
    ConfigurationError,
    Link2PrismaError,
    OperationTimeout,
    TransportError,
    ValidationError,
)
from .._redact import _redact_json, redact_text

__all__ = [
    "EXIT_CERTIFICATE",
    "EXIT_CODES_HELP",
    "EXIT_CONNECTION",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_TIMEOUT",
    "EXIT_USAGE",
    "RESUMABLE",
    "CliError",
    "Output",
    "error_record",
    "exit_code_for",
    "guarded",
    "jsonable",
    "mask_rrnr",
    "note_queued",
    "redacted",
    "write_atomic",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_CERTIFICATE = 3
EXIT_CONNECTION = 4
EXIT_TIMEOUT = 5
EXIT_INTERRUPTED = 130

#: The symbolic ``code`` of a JSON error, by exit code.
CODE_NAMES = {
    EXIT_FAILED: "failed",
    EXIT_USAGE: "usage",
    EXIT_CERTIFICATE: "certificate",
    EXIT_CONNECTION: "connection",
    EXIT_TIMEOUT: "timeout",
    EXIT_INTERRUPTED: "interrupted",
}

#: Commands (path below ``link2prisma``) that record their work and resume it when run again:
#: interrupted, they say so.
RESUMABLE = {
    "workers export": "the pages already queued are recorded in OUT.l2p-state.json",
    "sync": "the operations in flight are recorded in the database",
}

EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 operation failed or request refused by validation; "
    "2 usage or configuration error; 3 certificate problem (expired, wrong password, "
    "key mismatch, refused); 4 connection or TLS error; 5 timeout (resume later); 130 interrupted."
)


class CliError(Exception):
    """An error the CLI reports as one line, with its exit code."""

    #: Whether the message goes through the log redaction (False: it is built only from
    #: values known not to be personal data, e.g. a date the user typed).
    redact = True

    def __init__(self, message: str, code: int = EXIT_USAGE, *, guid: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.guid = guid  # the operation it is about, if any (in the --json error)


def exit_code_for(exc: BaseException) -> int:
    """The documented exit code of an exception."""
    if isinstance(exc, CliError):
        return exc.code
    if isinstance(exc, (BodyTooDeepError, BodyTooLargeError, UnicodeDecodeError, RecursionError)):
        return EXIT_USAGE  # the input as given cannot be sent: fix or split it
    if isinstance(exc, OperationTimeout):
        return EXIT_TIMEOUT
    if isinstance(exc, (CertificateError, AuthenticationError)):
        return EXIT_CERTIFICATE
    if isinstance(exc, TransportError):
        return EXIT_CONNECTION
    if isinstance(exc, ConfigurationError):
        return EXIT_USAGE
    if isinstance(exc, (ValidationError, ApiError, Link2PrismaError)):
        return EXIT_FAILED
    if isinstance(exc, TimeoutError):
        return EXIT_TIMEOUT
    if isinstance(exc, (ConnectionError, OSError)):
        return EXIT_CONNECTION if isinstance(exc, ConnectionError) else EXIT_USAGE
    return EXIT_FAILED


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file through a temporary name in the same directory, then rename it.

    The file is owner-only (``0600``): what the CLI writes holds personal data.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)  # a leftover keeps its mode: start from a new file
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def mask_rrnr(rrnr: str) -> str:
    """A national register number with all but its last two digits masked."""
    text = "".join(ch for ch in str(rrnr) if ch.isdigit()) or str(rrnr)
    if len(text) <= 2:
        return "*" * len(text)
    return "*" * (len(text) - 2) + text[-2:]


def jsonable(value: Any) -> Any:
    """Plain JSON data from results: attrs models (``to_dict``, vendor names), lists, dicts,
    dates, enums; bytes become ``{"bytes": n}`` (write them with ``--out``)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return jsonable(to_dict())
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return {"bytes": len(value), "base64_head": base64.b64encode(bytes(value[:24])).decode()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


@dataclass
class Output:
    """Where and how to print. ``json_mode``: machine output on stdout, nothing decorative."""

    json_mode: bool = False
    debug: bool = False
    quiet: bool = False
    #: The operation queued last by this run (:func:`note_queued`), for the Ctrl-C message.
    queued_guid: str | None = None
    queued_operation: str | None = None

    def __post_init__(self) -> None:
        self.console = Console(highlight=False, soft_wrap=False)
        self.err = Console(stderr=True, highlight=False)

    # --- machine output -------------------------------------------------------------------

    def json(self, data: Any) -> None:
        text = json.dumps(jsonable(data), ensure_ascii=False, indent=2, sort_keys=False)
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    # --- human output ---------------------------------------------------------------------

    def table(
        self,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        title: str | None = None,
    ) -> None:
        table = Table(title=title, title_justify="left")
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        self.console.print(table)

    def fields(self, pairs: Sequence[tuple[str, Any]], *, title: str | None = None) -> None:
        """A two-column table of labelled values."""
        table = Table(title=title, title_justify="left", show_header=False)
        table.add_column("field", style="bold")
        table.add_column("value", overflow="fold")
        for label, value in pairs:
            table.add_row(label, "" if value is None else str(value))
        self.console.print(table)

    def say(self, text: str) -> None:
        if not self.quiet:
            self.console.print(text, soft_wrap=True)

    def note(self, text: str) -> None:
        """A remark on stderr (human mode only): never mixed into ``--json`` output."""
        if not self.json_mode and not self.quiet:
            self.err.print(text)

    def value(self, value: Any, out_path: Path | None = None) -> None:
        """A decoded operation result: JSON (attrs models through ``to_dict``), bytes to a file
        (``out_path``) or reported by size."""
        if isinstance(value, (bytes, bytearray)):
            data = bytes(value)
            if out_path is not None:
                write_atomic(out_path, data)
                summary: dict[str, Any] = {"bytes": len(data), "out": str(out_path)}
            else:
                summary = {"bytes": len(data), "hint": "use --out FILE to save them"}
            if self.json_mode:
                self.json(summary)
            else:
                where = f"written to {out_path}" if out_path else "not saved (use --out FILE)"
                self.console.print(f"{len(data)} bytes, {where}")
            return
        data = jsonable(value)
        if value is None and not self.json_mode:
            self.console.print("done (no data returned)")
            return
        if self.json_mode:
            self.json(data)
        else:  # for the eye: sensitive fields and personal numbers masked (--json: all)
            self.console.print_json(json.dumps(redacted(data), ensure_ascii=False))

    def error(self, message: str) -> None:
        line = " ".join(message.split())
        sys.stderr.write(f"error: {line}\n")
        sys.stderr.flush()

    def error_json(self, record: Mapping[str, Any]) -> None:
        """An error as one JSON object on stderr (``--json``): stdout stays parseable."""
        sys.stderr.write(json.dumps(dict(record), ensure_ascii=False) + "\n")
        sys.stderr.flush()


def redacted(data: Any) -> Any:
    """Plain data with the spec's sensitive fields masked and national register numbers,
    IBANs, e-mail addresses and phone numbers masked in every string (the logs' redaction)."""
    return _redact_json(data)


def error_record(
    exc: BaseException | None,
    *,
    exit_code: int,
    message: str,
    code: str | None = None,
) -> dict[str, Any]:
    """The JSON object of an error: ``code`` (symbolic), ``exit_code``, ``message``, and the
    ``guid``, ``operation``, ``continuation_token`` and ``statuscode`` when there are some."""
    record: dict[str, Any] = {
        "error": True,
        "code": code or CODE_NAMES.get(exit_code, "failed"),
        "exit_code": exit_code,
        "message": " ".join(message.split()),
    }
    if exc is not None:
        record["type"] = type(exc).__name__
    for name in ("guid", "operation", "continuation_token", "statuscode"):
        value = getattr(exc, name, None) if exc is not None else None
        if value:
            record[name] = str(value)
    return record


def note_queued(ctx: object, guid: str, operation: str | None = None) -> None:
    """Record that this run queued ``guid`` (``ctx``: the command's typer context, or its
    Output): interrupted from then on (Ctrl-C), the command prints the GUID and
    ``link2prisma result GUID --wait`` instead of a bare "interrupted".

    Call it as soon as a command has the GUID of an operation it goes on to wait for.
    """
    out = ctx if isinstance(ctx, Output) else _output_of([ctx])
    out.queued_guid, out.queued_operation = guid, operation


P = ParamSpec("P")
R = TypeVar("R")


def _output_of(values: Iterable[object]) -> Output:
    """The run's Output, found on the typer context among a command's arguments."""
    for value in values:
        ctx: Any = value if hasattr(value, "obj") and hasattr(value, "parent") else None
        while ctx is not None:
            out = getattr(ctx.obj, "output", None)
            if isinstance(out, Output):
                return out
            ctx = ctx.parent
    return Output()


def fail(exc: BaseException, out: Output | None = None) -> NoReturn:
    """Report ``exc`` as one line on stderr (a JSON object with ``--json``; a redacted traceback
    first with ``--debug``) and exit with its code."""
    out = out or Output()
    code = exit_code_for(exc)
    if out.debug:
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        sys.stderr.write(redact_text(text))
    message = str(exc) or type(exc).__name__
    if isinstance(exc, UnicodeDecodeError):
        message = (
            f"the input is not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset "
            f"{exc.start}): save the file as UTF-8"
        )
    elif isinstance(exc, RecursionError):
        message = "the input nests too deeply to be read (JSON nested hundreds of levels deep)"
    elif not isinstance(exc, (Link2PrismaError, CliError)):
        message = f"{type(exc).__name__}: {message}"
    if isinstance(exc, OperationTimeout) and exc.guid:
        later = f"link2prisma result {exc.guid} --wait"
        if exc.operation:
            later += f" --operation {exc.operation}"
        message += f" (later: {later})"
    if getattr(exc, "redact", True):
        message = redact_text(message)
    if out.json_mode:
        out.error_json(error_record(exc, exit_code=code, message=message))
    else:
        out.error(message)
    raise typer.Exit(code)


def interrupted(out: Output, command: str) -> NoReturn:
    """Ctrl-C: say how to go on (resume, or follow the queued GUID) and exit 130."""
    hint: str | None = None
    record: dict[str, Any] = {}
    if command in RESUMABLE:
        message = f"interrupted: run the same command again to resume ({RESUMABLE[command]})"
    elif out.queued_guid:
        what = out.queued_operation or "the operation"
        hint = f"link2prisma result {out.queued_guid} --wait"
        if out.queued_operation:
            hint += f" --operation {out.queued_operation}"
        message = (
            f"interrupted: {what} was queued as {out.queued_guid} and goes on at the service; "
            f"see what it became with: {hint}"
        )
        record = {"guid": out.queued_guid, "operation": out.queued_operation, "hint": hint}
    else:
        message = "interrupted"
    if out.json_mode:
        out.error_json(
            error_record(None, exit_code=EXIT_INTERRUPTED, message=message)
            | {k: v for k, v in record.items() if v}
        )
    else:
        out.error(message)
    raise typer.Exit(EXIT_INTERRUPTED)


def _command_of(values: Iterable[object]) -> str:
    """The command's path below ``link2prisma`` (``workers export``), from its context."""
    for value in values:
        if hasattr(value, "command_path") and hasattr(value, "parent"):
            return " ".join(str(value.command_path).split()[1:])
    return ""


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Run a command; turn the package's errors into one line (or a JSON object) and the
    documented exit code, and Ctrl-C into a message that says how to go on."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        values = [*args, *kwargs.values()]
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.TyperException, SystemExit):
            raise
        except KeyboardInterrupt:
            interrupted(_output_of(values), _command_of(values))
        except Exception as exc:
            fail(exc, _output_of(values))

    return wrapper
