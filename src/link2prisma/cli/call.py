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
from . import durable
from .config import GlobalOptions
from .journal import check_before_send, open_journal
from .output import EXIT_USAGE, CliError, guarded

__all__ = ["call", "dry_run", "find_operation", "parse_params", "read_body", "show_skeleton"]

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


def dry_run(opts: GlobalOptions, spec: OperationSpec, kwargs: dict[str, Any]) -> None:
    """Check the call as the library would and print the request it would send; send nothing.

    Parameters and body go through the library's own checks (:func:`link2prisma._request.prepare`:
    the same validation, normalisation and ``Employer`` header as a real call). What is printed
    has the path's sensitive parameters and the body's personal data masked.
    """
    from .._redact import MASK, _redact_json
    from .._request import check_employer, prepare

    out = opts.output
    employer = check_employer(opts.employer()) if spec.employer else None
    by_python = {p.python_name: p for p in spec.params}
    values = {by_python[k].name: v for k, v in kwargs.items() if k in by_python}
    call = prepare(spec, employer, values, kwargs.get("body"))
    sensitive = {p.name for p in spec.params if p.sensitive}
    query = {k: (MASK if k in sensitive else v) for k, v in call.query.items()}
    body = None if call.content is None else _redact_json(json.loads(call.content))
    base = opts.settings().base_url
    url = (base.rstrip("/") if base else "") + call.shown_path
    data: dict[str, Any] = {
        "dry_run": True,
        "operation": spec.operation_id,
        "method": call.method,
        "url": url,
        "path": call.shown_path,
        "query": query,
        "headers": call.headers,
        "body": body,
        "body_bytes": len(call.content or b""),
        "sent": False,
    }
    if out.json_mode:
        out.json(data)
        return
    target = url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    lines = [f"{call.method} {target}"]
    lines += [f"{name}: {value}" for name, value in call.headers.items()]
    out.console.print("\n".join(lines), markup=False, highlight=False)
    if body is not None:
        out.console.print(
            f"\n{json.dumps(body, ensure_ascii=False, indent=2)}", markup=False, highlight=False
        )
    out.note(
        f"dry run: parameters and body are valid ({data['body_bytes']} bytes, personal data "
        "masked above); nothing was sent"
    )


def show_skeleton(opts: GlobalOptions, spec: OperationSpec) -> None:
    """Print an example body of ``spec`` and its fields (names, types, required, rules)."""
    from .skeleton import skeleton

    out = opts.output
    if spec.body is None:
        raise CliError(f"{spec.operation_id} takes no body", EXIT_USAGE)
    example, fields = skeleton(spec.body.schema)
    if out.json_mode:
        out.json(
            {
                "operation": spec.operation_id,
                "method": spec.method,
                "path": spec.path,
                "schema": spec.body.schema,
                "example": example,
                "fields": [
                    {
                        "path": f.path,
                        "type": f.type,
                        "required": f.required,
                        "enum": list(f.enum) if f.enum else None,
                        "rule": f.rule or None,
                        "sensitive": f.sensitive,
                        "description": f.description,
                    }
                    for f in fields
                ],
            }
        )
        return
    out.console.print(
        json.dumps(example, ensure_ascii=False, indent=2), markup=False, highlight=False
    )
    out.table(
        ["field", "type", "required", "accepts"],
        [(f.path, f.type, "yes" if f.required else "", f.rule) for f in fields],
        title=f"{spec.operation_id} body ({spec.body.schema}): {spec.method} {spec.path}",
    )


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
    dry_run_flag: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Validate parameters and body and print the request (personal data masked); "
            "send nothing.",
        ),
    ] = False,
    skeleton_flag: Annotated[
        bool,
        typer.Option(
            "--skeleton",
            help="Print an example body (vendor field names, types, enums, required fields) "
            "from the spec.",
        ),
    ] = False,
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
    --skeleton prints an example body to start from; --dry-run checks a call and shows the
    request without sending it (no certificate needed).
    """
    opts: GlobalOptions = ctx.obj
    out = opts.output
    if list_ops:
        _list_operations(opts)
        return
    if tag is None or action is None:
        raise CliError("give TAG and ACTION (see `link2prisma call --list`)", EXIT_USAGE)
    spec = find_operation(tag, action)
    if skeleton_flag:
        show_skeleton(opts, spec)
        return
    kwargs = parse_params(spec, list(param or []))
    if out_path is not None:
        durable.check_output_path(out_path, "--out")
    if spec.body is not None:
        if body is None:
            raise CliError(f"{spec.operation_id} needs --body FILE (or - for stdin)", EXIT_USAGE)
        kwargs["body"] = read_body(body)
    elif body is not None:
        raise CliError(f"{spec.operation_id} takes no body", EXIT_USAGE)
    if dry_run_flag:
        dry_run(opts, spec, kwargs)
        return
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
