"""``link2prisma call TAG ACTION``: any of the API's operations, from the operation table."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any

import typer

from .._operation import Operation
from .._spec import OperationSpec, ParamSpec
from .config import GlobalOptions
from .journal import check_before_send, open_journal
from .output import EXIT_USAGE, CliError, guarded

__all__ = ["call", "find_operation", "parse_params", "read_body"]

MAX_BODY = 64 * 1024 * 1024


def _operations() -> Mapping[str, OperationSpec]:
    from link2prisma_resources._table import OPERATIONS

    return OPERATIONS


def find_operation(tag: str, action: str) -> OperationSpec:
    """The operation ``tag.action`` (dashes accepted for underscores, any case)."""
    ops = _operations()
    key = f"{tag.replace('-', '_').lower()}.{action.replace('-', '_').lower()}"
    spec = ops.get(key)
    if spec is not None:
        return spec
    tag_key = key.split(".", 1)[0]
    actions = sorted(s.action for s in ops.values() if s.tag == tag_key)
    if actions:
        raise CliError(f"no operation {key}; {tag_key} has: {', '.join(actions)}", EXIT_USAGE)
    tags = sorted({s.tag for s in ops.values()})
    raise CliError(f"no tag {tag_key!r}; tags: {', '.join(tags)}", EXIT_USAGE)


def parse_params(spec: OperationSpec, items: list[str]) -> dict[str, Any]:
    """``k=v`` pairs as keyword arguments of the resource method (python names).

    ``k`` is the vendor's name (``workerID``) or the python one (``worker_id``), any case;
    values of int parameters become ints.
    """
    by_name: dict[str, ParamSpec] = {}
    for p in spec.params:
        by_name[p.name.lower()] = p
        by_name[p.python_name.lower()] = p
    values: dict[str, Any] = {}
    for item in items:
        name, sep, text = item.partition("=")
        if not sep or not name:
            raise CliError(f"--param {item!r}: expected NAME=VALUE", EXIT_USAGE)
        found = by_name.get(name.strip().lower())
        if found is None:
            known = ", ".join(q.name for q in spec.params) or "none"
            raise CliError(
                f"{spec.operation_id} has no parameter {name!r} (parameters: {known})", EXIT_USAGE
            )
        p = found
        value: Any = text
        if p.kind == "int":
            try:
                value = int(text.strip())
            except ValueError:
                raise CliError(
                    f"--param {p.name}: {text!r} is not an integer", EXIT_USAGE
                ) from None
        values[p.python_name] = value
    missing = [p.name for p in spec.params if p.required and p.python_name not in values]
    if missing:
        raise CliError(f"{spec.operation_id} needs --param for: {', '.join(missing)}", EXIT_USAGE)
    return values


def read_body(source: str) -> Any:
    """A JSON body from a file, or from stdin for ``-``."""
    if source == "-":
        text = sys.stdin.read(MAX_BODY + 1)
        name = "stdin"
    else:
        path = Path(source)
        try:
            with path.open("r", encoding="utf-8") as f:
                text = f.read(MAX_BODY + 1)
        except OSError as exc:
            raise CliError(f"{path}: cannot read the body: {exc.strerror}", EXIT_USAGE) from None
        name = str(path)
    if len(text) > MAX_BODY:
        raise CliError(f"{name}: the body is too big", EXIT_USAGE)
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CliError(f"{name}: the body is not JSON: {exc}", EXIT_USAGE) from None


def _list_operations(opts: GlobalOptions) -> None:
    out = opts.output
    rows = [
        (s.operation_id, s.method, s.path, ", ".join(p.name for p in s.params), s.summary)
        for s in sorted(_operations().values(), key=lambda s: s.operation_id)
    ]
    if out.json_mode:
        out.json(
            [
                dict(zip(("operation", "method", "path", "params", "summary"), r, strict=True))
                for r in rows
            ]
        )
    else:
        out.table(["operation", "method", "path", "params", "summary"], rows)


@guarded
def call(
    ctx: typer.Context,
    tag: Annotated[
        str | None, typer.Argument(help="The operation's tag, e.g. workers, absence_notes.")
    ] = None,
    action: Annotated[
        str | None, typer.Argument(help="The operation's action, e.g. list, get, create.")
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-P",
            help="A parameter, NAME=VALUE (vendor or python name; repeat). Int parameters are "
            "converted.",
        ),
    ] = None,
    body: Annotated[
        str | None,
        typer.Option("--body", "-b", help="JSON request body: a file, or - for stdin."),
    ] = None,
    no_wait: Annotated[
        bool,
        typer.Option("--no-wait", help="Do not wait: print the GUID and the continuation token."),
    ] = False,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Where to write a bytes result (a document)."),
    ] = None,
    list_ops: Annotated[
        bool, typer.Option("--list", help="List every operation with its parameters.")
    ] = False,
    resend: Annotated[
        bool,
        typer.Option(
            "--resend",
            help="Send a write even though the journal has an earlier copy of it that may have "
            "been queued and no read can tell (see `link2prisma journal`).",
        ),
    ] = False,
) -> None:
    """Call any of the API's operations: `link2prisma call workers get --param workerID=12`.

    The operation is looked up in the operation table (`call --list`); the body is validated
    before anything is sent. Queued operations are waited for (--timeout) and their decoded
    result is printed as JSON (vendor field names); a document's bytes go to --out.
    With --no-wait, the GUID and a continuation token are printed instead (see `result`).
    """
    opts: GlobalOptions = ctx.obj
    out = opts.output
    if list_ops:
        _list_operations(opts)
        return
    if tag is None or action is None:
        raise CliError("give TAG and ACTION (see `link2prisma call --list`)", EXIT_USAGE)
    spec = find_operation(tag, action)
    kwargs = parse_params(spec, list(param or []))
    if spec.body is not None:
        if body is None:
            raise CliError(f"{spec.operation_id} needs --body FILE (or - for stdin)", EXIT_USAGE)
        kwargs["body"] = read_body(body)
    elif body is not None:
        raise CliError(f"{spec.operation_id} takes no body", EXIT_USAGE)
    settings = opts.settings()
    # A write is journalled: its intent before it is sent, its GUID once queued (journal.py).
    journal = open_journal() if spec.is_write else None
    with (
        contextlib.closing(journal) if journal else contextlib.nullcontext(),
        opts.client(journal=journal) as l2p,
    ):
        scope: Any = l2p.employer(opts.employer()) if spec.employer else l2p.without_employer
        if journal is not None and not check_before_send(
            journal,
            l2p,
            spec,
            scope.employer if spec.employer else None,
            kwargs,
            resend=resend,
            out=out,
            timeout=settings.timeout,
        ):
            return
        method = getattr(getattr(scope, spec.tag), spec.action)
        answer = method(**kwargs)
        if not isinstance(answer, Operation):
            out.value(answer, out_path)
            return
        token = answer.continuation_token()
        if no_wait:
            data = {"guid": answer.guid, "operation": spec.operation_id, "token": token}
            if out.json_mode:
                out.json(data)
            else:
                out.say(f"queued {spec.operation_id} as {answer.guid}")
                out.say(f"continuation token: {token}")
            return
        out.note(f"queued {spec.operation_id} as {answer.guid}; waiting ...")
        value = answer.result(timeout=settings.timeout)
    out.value(value, out_path)
