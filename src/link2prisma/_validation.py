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

from ._dates import format_date, format_datetime, jsonable_dates
from ._exceptions import FieldError, ValidationError
from ._spec import ModelRef, OperationSpec, ParamSpec


def _loc(parts: Sequence[int | str]) -> str:
    return ".".join(str(p) for p in parts) or "(body)"


def to_json_data(body: object) -> Any:
    """A request body as plain JSON data in the vendor's field names.

    Accepts a generated attrs model (``to_dict``), a mapping, or a sequence of either; dates
    become ``yyyymmdd`` strings.
    """
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        return jsonable_dates(to_dict())
    if isinstance(body, Mapping):
        return jsonable_dates({str(k): to_json_data(v) for k, v in body.items()})
    if isinstance(body, (list, tuple)):
        return [to_json_data(v) for v in body]
    return jsonable_dates(body)


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


def _near_misses(instance: Any, path: tuple[int | str, ...], out: list[FieldError]) -> None:
    """Report extra keys that differ from a known field only by case (``familystatus``)."""
    from pydantic import BaseModel, RootModel

    if isinstance(instance, RootModel):
        _near_misses(instance.root, path, out)
    elif isinstance(instance, BaseModel):
        known = {
            (f.alias or n).lower(): (f.alias or n) for n, f in type(instance).model_fields.items()
        }
        for key in instance.model_extra or {}:
            if key.lower() in known:
                out.append(
                    FieldError(
                        _loc((*path, key)),
                        f"unknown field; the vendor spells it {known[key.lower()]!r}",
                    )
                )
        for name, field in type(instance).model_fields.items():
            _near_misses(getattr(instance, name), (*path, field.alias or name), out)
    elif isinstance(instance, list):
        for i, item in enumerate(instance):
            _near_misses(item, (*path, i), out)


def validate_body(spec: OperationSpec, data: Any) -> None:
    """Raise :class:`ValidationError` naming each field and rule the body breaks."""
    if spec.body is None:
        return
    import pydantic

    model = _pydantic_model(spec.body)
    errors: list[FieldError] = []
    try:
        instance = model.model_validate(data)
    except pydantic.ValidationError as exc:
        for err in exc.errors(include_input=False, include_url=False):
            loc = tuple(err["loc"])
            rule = err["msg"]
            if err["type"] == "missing" and loc:
                parent = _dig(data, loc[:-1])
                if isinstance(parent, Mapping):
                    wrong = [k for k in parent if str(k).lower() == str(loc[-1]).lower()]
                    if wrong:
                        rule += f" (found {wrong[0]!r}: the vendor spells it {loc[-1]!r})"
            errors.append(FieldError(_loc(loc), rule))
    else:
        _near_misses(instance, (), errors)
    if errors:
        raise ValidationError(spec.operation_id, errors)


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
