"""Structural validation before queueing: parameters against the spec, bodies against the models.

Bodies go through the generated pydantic model first (its messages are the friendliest), then
through the spec's own JSON Schema, which is stricter where the models are lenient (a model
takes ``null`` for every optional field; the schema only where it says ``null``).

A failure gives the ``Errors`` list of the 400 answer: ``[{"Field": ..., "Rule": ...}]`` where
``Field`` is the parameter name or the dotted location in the body (``contract.0.Startdate``).
Bodies are validated with the generated pydantic models (``link2prisma_models``), by alias.

Where a property or parameter schema carries ``x-l2p-format`` (``yyyymmdd``, ``yyyymmddHHMM``,
``inss``, ``iban``), the sandbox's own check (:mod:`.formats`) runs after the schema's keywords
passed: a real calendar date, valid check digits. It shares nothing with the client's checks.
"""

from __future__ import annotations

import json
import re
import uuid
from functools import lru_cache
from typing import Any

import pydantic

import link2prisma_models
import link2prisma_resources

from .formats import format_error

__all__ = ["FieldError", "parse_json_body", "validate_body", "validate_value"]

FieldError = dict[str, str]

_INT_RE = re.compile(r"-?[0-9]+\Z")
_NUMBER_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?\Z")


@lru_cache(maxsize=64)
def _pattern(pattern: str) -> re.Pattern[str]:
    # ECMA-262 semantics: "$" is the very end (Python's "$" also matches before a final "\n").
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def validate_value(name: str, schema: dict[str, Any], raw: str) -> tuple[Any, FieldError | None]:
    """Check one path or query parameter; returns (typed value, error or None)."""
    kind = schema.get("type")
    value: Any = raw
    if kind == "integer":
        if not _INT_RE.match(raw):
            return None, {"Field": name, "Rule": "must be an integer"}
        value = int(raw)
    elif kind == "number":
        if not _NUMBER_RE.match(raw):
            return None, {"Field": name, "Rule": "must be a number"}
        value = float(raw)
    if isinstance(value, (int, float)):
        if "minimum" in schema and value < schema["minimum"]:
            return None, {"Field": name, "Rule": f"must be at least {schema['minimum']}"}
        if "maximum" in schema and value > schema["maximum"]:
            return None, {"Field": name, "Rule": f"must be at most {schema['maximum']}"}
    else:
        if "minLength" in schema and len(raw) < schema["minLength"]:
            return None, {"Field": name, "Rule": f"must be at least {schema['minLength']} long"}
        if "maxLength" in schema and len(raw) > schema["maxLength"]:
            return None, {"Field": name, "Rule": f"must be at most {schema['maxLength']} long"}
        if "pattern" in schema and not _pattern(schema["pattern"]).search(raw):
            return None, {"Field": name, "Rule": f"must match {schema['pattern']}"}
        if schema.get("format") == "uuid":
            try:
                uuid.UUID(raw)
            except ValueError:
                return None, {"Field": name, "Rule": "must be a GUID"}
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(str(v) for v in schema["enum"])
        return None, {"Field": name, "Rule": f"must be one of: {allowed}"}
    rule = format_error(schema.get("x-l2p-format"), value)
    if rule is not None:
        return None, {"Field": name, "Rule": rule}
    return value, None


def _no_constants(token: str) -> Any:
    raise ValueError(f"{token} is not JSON")


def parse_json_body(raw: bytes) -> tuple[Any, FieldError | None]:
    """Parse a request body as JSON, whatever the Content-Type said."""
    if not raw.strip():
        return None, {"Field": "body", "Rule": "a JSON body is required"}
    try:
        text = raw.decode("utf-8-sig")
        return json.loads(text, parse_constant=_no_constants), None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        return None, {"Field": "body", "Rule": f"not valid JSON: {exc}"}


@lru_cache(maxsize=128)
def _model(name: str) -> type[pydantic.BaseModel]:
    model = getattr(link2prisma_models, name)
    if not (isinstance(model, type) and issubclass(model, pydantic.BaseModel)):
        raise TypeError(f"{name} is not a model")
    return model


def _location(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in loc) or "body"


def validate_body(schema_name: str, body: Any) -> list[FieldError]:
    """Validate ``body`` against the model ``schema_name``; the field errors (empty: valid)."""
    errors: list[FieldError] = []
    try:
        _model(schema_name).model_validate(integral_floats_as_ints(body), by_alias=True)
    except pydantic.ValidationError as exc:
        for err in exc.errors(include_url=False):
            errors.append({"Field": _location(tuple(err["loc"])), "Rule": str(err["msg"])})
    if not errors:
        schema = {"$ref": f"#/components/schemas/{schema_name}"}
        _check(_spec(), schema, body, (), errors)
    unique: list[FieldError] = []
    for error in errors:
        if error not in unique:
            unique.append(error)
    return unique


def integral_floats_as_ints(value: Any) -> Any:
    """``86.0`` -> ``86`` everywhere: JSON Schema counts it as an integer, strict pydantic not."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**63:
        return int(value)
    if isinstance(value, list):
        return [integral_floats_as_ints(v) for v in value]
    if isinstance(value, dict):
        return {k: integral_floats_as_ints(v) for k, v in value.items()}
    return value


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    return link2prisma_resources.spec()


def _ref(spec: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return dict(node)


def _is_type(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def _check(
    spec: dict[str, Any],
    schema: dict[str, Any],
    value: Any,
    loc: tuple[int | str, ...],
    errors: list[FieldError],
) -> None:
    """A JSON Schema validator for the keywords the spec uses."""
    if "$ref" in schema:
        _check(spec, _ref(spec, schema["$ref"]), value, loc, errors)
        return
    where = _location(loc)
    for branch_key in ("anyOf", "oneOf"):
        if branch_key in schema:
            branches = schema[branch_key]
            trials: list[tuple[bool, int, list[FieldError]]] = []
            for branch in branches:
                found: list[FieldError] = []
                _check(spec, branch, value, loc, found)
                if not found:
                    break
                trials.append((branch == {"type": "null"}, len(found), found))
            else:
                # Report the branch that got furthest (fewest errors); null-only branches last:
                # "must be of type null" hides the reasons of a record with one bad member.
                if trials:
                    errors.extend(min(trials, key=lambda t: (t[0], t[1]))[2])
            return
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else list(kinds)
        if not any(_is_type(value, k) for k in kinds):
            errors.append({"Field": where, "Rule": f"must be of type {' or '.join(kinds)}"})
            return
    if "enum" in schema and not any(value == v and type(value) is type(v) for v in schema["enum"]):
        allowed = ", ".join("null" if v is None else str(v) for v in schema["enum"])
        errors.append({"Field": where, "Rule": f"must be one of: {allowed}"})
        return
    before = len(errors)
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append({"Field": where, "Rule": f"must be at least {schema['minLength']} long"})
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append({"Field": where, "Rule": f"must be at most {schema['maxLength']} long"})
        if "pattern" in schema and not _pattern(schema["pattern"]).search(value):
            errors.append({"Field": where, "Rule": f"must match {schema['pattern']}"})
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append({"Field": where, "Rule": f"must be at least {schema['minimum']}"})
        if "maximum" in schema and value > schema["maximum"]:
            errors.append({"Field": where, "Rule": f"must be at most {schema['maximum']}"})
    elif isinstance(value, list):
        items = schema.get("items")
        if isinstance(items, dict):
            for i, item in enumerate(value):
                _check(spec, items, item, (*loc, i), errors)
    elif isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                errors.append({"Field": _location((*loc, name)), "Rule": "Field required"})
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                _check(spec, properties[name], item, (*loc, name), errors)
            elif schema.get("additionalProperties") is False:
                errors.append({"Field": _location((*loc, name)), "Rule": "unknown field"})
    if len(errors) == before and "x-l2p-format" in schema:
        # The sandbox's own check of what the pattern lets through (a real date, check digits).
        rule = format_error(schema["x-l2p-format"], value)
        if rule is not None:
            errors.append({"Field": where, "Rule": rule})
