"""Validate request bodies and parameters on the client, before anything enters the queue.

Bodies are checked against the pydantic models generated from the spec (``link2prisma_models``,
which carry the vendor's lengths, patterns, ranges and enums); the module is imported on first
use so that ``import link2prisma`` stays light.
"""

from __future__ import annotations

import importlib
import re
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import link2prisma_resources
from link2prisma_resources._table import BODY_FORMATS

from ._dates import format_date, format_datetime, jsonable_dates
from ._exceptions import BodyTooDeepError, FieldError, ValidationError
from ._formats import FormatError, inss_digits, normalise
from ._spec import FieldFormat, ModelRef, OperationSpec, ParamSpec


def _loc(parts: Sequence[int | str]) -> str:
    return ".".join(str(p) for p in parts) or "(body)"


def to_json_data(body: object) -> Any:
    """A request body as plain JSON data in the vendor's field names.

    Accepts a generated attrs model (``to_dict``), a mapping, or a sequence of either; dates
    become ``yyyymmdd`` strings.
    """
    if body is None or type(body) in _PLAIN:  # most of a large body: a fast way through
        return body
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        return jsonable_dates(to_dict())
    if isinstance(body, Mapping):  # one pass: each value is converted once
        return {str(k): to_json_data(v) for k, v in body.items()}
    if isinstance(body, (list, tuple)):
        return [to_json_data(v) for v in body]
    return jsonable_dates(body)


_PLAIN = frozenset({str, int, float, bool})


def _pydantic_model(ref: ModelRef) -> Any:
    models = importlib.import_module("link2prisma_models")
    return getattr(models, ref.pydantic_class)


def _dig(data: Any, loc: Sequence[int | str]) -> Any:
    for part in loc:
        if isinstance(data, Mapping) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and part < len(data):
            data = data[part]
        else:
            return None
    return data


def _shown(value: object, sensitive: bool) -> str:
    """What the caller gave, for the message; personal data is never repeated."""
    if sensitive:
        return ""
    text = value if isinstance(value, str) else repr(value)
    return f" (got {text[:40]!r})" if isinstance(value, str) else f" (got {text[:40]})"


def check_formats(
    component: str,
    data: Any,
    path: tuple[int | str, ...] = (),
    errors: list[FieldError] | None = None,
    table: Mapping[str, Mapping[str, FieldFormat]] | None = None,
) -> tuple[Any, list[FieldError]]:
    """Check and normalise the ``x-l2p-format`` values of a body; (data to send, errors).

    Dates must exist in the calendar, national register numbers pass their mod-97 check (text or
    integer in, the vendor's number out), IBANs their ISO 13616 check (spaces removed). Values of
    the wrong type are left for the model validation to name.
    """
    errors = [] if errors is None else errors
    table = BODY_FORMATS if table is None else table
    members = table.get(component)
    if not members:
        return data, errors
    if isinstance(data, list) and "[]" in members:
        nested = members["[]"].nested
        assert nested is not None
        return [
            check_formats(nested, x, (*path, i), errors, table)[0] for i, x in enumerate(data)
        ], errors
    if not isinstance(data, Mapping):
        return data, errors
    out = dict(data)
    for member, spec in members.items():
        value = out.get(member)
        if value is None:
            continue
        where = (*path, member)
        if spec.format is not None:
            try:
                out[member] = normalise(spec.format, value, spec.wire_type)
            except FormatError as exc:
                errors.append(FieldError(_loc(where), f"{exc}{_shown(value, spec.sensitive)}"))
        elif spec.nested is not None:
            if isinstance(value, list):
                out[member] = [
                    check_formats(spec.nested, x, (*where, i), errors, table)[0]
                    for i, x in enumerate(value)
                ]
            else:
                out[member] = check_formats(spec.nested, value, where, errors, table)[0]
    return out, errors


def _component_members(component: str, loc: Sequence[int | str]) -> list[str]:
    """The member names the spec gives the object at ``loc`` inside ``component``."""
    schemas: dict[str, Any] = link2prisma_resources.spec()["components"]["schemas"]
    node: Any = schemas.get(component, {})

    def settle(node: Any) -> Any:
        for _ in range(8):
            if not isinstance(node, dict):
                return {}
            if "$ref" in node:
                node = schemas.get(str(node["$ref"]).rsplit("/", 1)[-1], {})
            elif "anyOf" in node or "allOf" in node:
                options = node.get("anyOf") or node.get("allOf") or []
                branches = [b for b in options if isinstance(b, dict) and "$ref" in b]
                node = branches[0] if branches else {}
            else:
                return node
        return {}

    node = settle(node)
    for part in loc:
        if isinstance(part, int):
            node = settle(node.get("items", {}))
        else:
            node = settle(node.get("properties", {}).get(part, {}))
    return list(node.get("properties", {}))


def _unknown_field_rule(component: str, loc: tuple[int | str, ...]) -> str:
    """``unknown field``, with the vendor's spelling when one is close."""
    key = str(loc[-1])
    known = _component_members(component, loc[:-1])
    same = [k for k in known if k.lower() == key.lower()]
    if same:
        return f"unknown field; the vendor spells it {same[0]!r}"
    import difflib  # only for the message of a misspelt key

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if not close:
        lowered = {k.lower(): k for k in known}
        near = difflib.get_close_matches(key.lower(), list(lowered), n=1, cutoff=0.6)
        close = [lowered[near[0]]] if near else []
    return f"unknown field; did you mean {close[0]!r}?" if close else "unknown field"


def validate_body(spec: OperationSpec, data: Any) -> Any:
    """The body to send, its formats normalised; raises :class:`ValidationError` naming each
    field and rule the body breaks (unknown fields, types, lengths, enums, formats)."""
    if spec.body is None:
        return data
    import pydantic

    check_depth(spec.operation_id, data)
    data, errors = check_formats(spec.body.schema, data)
    flagged = {e.loc for e in errors}
    model = _pydantic_model(spec.body)
    try:
        model.model_validate(data)
    except pydantic.ValidationError as exc:
        for err in exc.errors(include_input=False, include_url=False):
            loc = tuple(err["loc"])
            if _loc(loc) in flagged:
                continue
            rule = err["msg"]
            if err["type"] == "extra_forbidden" and loc:
                rule = _unknown_field_rule(spec.body.schema, loc)
            elif err["type"] == "missing" and loc:
                parent = _dig(data, loc[:-1])
                if isinstance(parent, Mapping):
                    wrong = [k for k in parent if str(k).lower() == str(loc[-1]).lower()]
                    if wrong:
                        rule += f" (found {wrong[0]!r}: the vendor spells it {loc[-1]!r})"
            errors.append(FieldError(_loc(loc), rule))
    if errors:
        raise ValidationError(spec.operation_id, errors)
    return data


_MAX_DEPTH = 64  # the deepest vendor body is 5 levels; far deeper is a mistake, not payroll


def check_depth(operation: str, data: Any, limit: int = _MAX_DEPTH) -> None:
    """Raise :class:`BodyTooDeepError` when ``data`` nests deeper than ``limit``.

    Called on the body as given, before anything walks it recursively (``to_json_data``, the
    models, ``json.dumps``), so a deep body is a typed validation error, never a
    ``RecursionError``; whether or not the client validates bodies.
    """
    if _depth_exceeds(data, limit):
        raise BodyTooDeepError(
            operation, [FieldError("(body)", f"is nested deeper than {limit} levels")]
        )


def _depth_exceeds(data: Any, limit: int) -> bool:
    """Whether ``data`` nests deeper than ``limit`` (iterative: no RecursionError).

    Mappings, lists and tuples are walked; the walk is bounded by the body's size and
    ``limit`` (a structure that contains itself counts as too deep, not as a loop).
    """
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, (list, tuple)):
            children: Any = node
        elif isinstance(node, Mapping):
            children = node.values()
        else:
            continue
        # Only containers go on the stack (scalars are most of a large body).
        stack.extend((v, depth + 1) for v in children if type(v) not in _PLAIN and v is not None)
    return False


def _check_param(p: ParamSpec, value: object) -> tuple[str | None, str | None]:
    """(formatted value, rule broken)."""
    if value is None:
        return None, ("is required" if p.required else None)
    try:
        if p.kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                return None, "must be an integer"
            if p.minimum is not None and value < p.minimum:
                return None, f"must be >= {p.minimum}"
            if p.maximum is not None and value > p.maximum:
                return None, f"must be <= {p.maximum}"
            return str(value), None
        if p.kind == "date":
            return format_date(value), None  # type: ignore[arg-type]
        if p.kind == "datetime":
            return format_datetime(value), None  # type: ignore[arg-type]
        if p.kind == "uuid":
            return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))), None
        if p.kind == "inss":
            return inss_digits(value), None
    except ValueError as exc:
        return None, str(exc) if p.kind != "uuid" else "must be a GUID"
    if not isinstance(value, str):
        return None, "must be a string"
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return None, "must not contain control characters"
    if p.enum is not None and value not in p.enum:
        return None, f"must be one of {', '.join(p.enum)}"
    if p.min_length is not None and len(value) < p.min_length:
        return None, f"must have at least {p.min_length} characters"
    if p.max_length is not None and len(value) > p.max_length:
        return None, f"must have at most {p.max_length} characters"
    if p.pattern is not None and not re.search(p.pattern, value):
        return None, f"must match {p.pattern}"
    return value, None


def format_params(spec: OperationSpec, values: Mapping[str, object]) -> dict[str, str]:
    """Check and format path and query parameters; raise ValidationError listing every problem."""
    out: dict[str, str] = {}
    errors: list[FieldError] = []
    for p in spec.params:
        formatted, rule = _check_param(p, values.get(p.name))
        if rule:
            errors.append(FieldError(p.python_name, rule))
        elif formatted is not None:
            out[p.name] = formatted
    if errors:
        raise ValidationError(spec.operation_id, errors)
    return out
