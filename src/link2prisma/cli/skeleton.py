"""An example request body, and the rules of its fields, read from the packaged spec.

``link2prisma call TAG ACTION --skeleton`` prints it so that a body can be written without the
vendor's manual at hand: every member in the vendor's spelling, with a placeholder of its type
(the first value of an enumeration, the format's pattern for dates, the default when the spec
gives one), and a list of the fields with their type, whether they are required, and what they
accept. Nothing here is written by hand about an operation: it is all the spec's
(``link2prisma_resources.spec()``), the document the validation models are generated from.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import link2prisma_resources

__all__ = ["Field", "skeleton"]

#: The deepest vendor body nests 5 levels; a deeper walk is a cycle in the spec.
MAX_DEPTH = 8
#: Placeholders of the ``x-l2p-format`` values: the pattern to follow, not a value to send.
FORMAT_PLACEHOLDER = {
    "yyyymmdd": "yyyymmdd",
    "yyyymmddHHMM": "yyyymmddHHMM",
    "inss": "11 digits",
    "iban": "",
}


@dataclass(frozen=True)
class Field:
    """One member of the body: where it is, its JSON type, and what the spec says of it."""

    path: str
    type: str
    required: bool
    rule: str
    description: str | None
    enum: tuple[str, ...] | None = None
    sensitive: bool = False


def _settle(node: Any, schemas: dict[str, Any]) -> Any:
    """The schema behind ``$ref`` and nullable ``anyOf`` wrappers."""
    for _ in range(MAX_DEPTH):
        if not isinstance(node, dict):
            return {}
        if "$ref" in node:
            node = schemas.get(str(node["$ref"]).rsplit("/", 1)[-1], {})
        elif "anyOf" in node:
            options = [o for o in node["anyOf"] if isinstance(o, dict) and o.get("type") != "null"]
            node = options[0] if options else {}
        else:
            return node
    return {}


def _rule(node: dict[str, Any]) -> str:
    """What a scalar accepts, in a few words."""
    parts: list[str] = []
    fmt = node.get("x-l2p-format")
    if fmt:
        parts.append(f"format {fmt}")
    enum = node.get("enum")
    if enum:
        shown = ", ".join(str(v) for v in enum[:8])
        more = f" ... ({len(enum)} values)" if len(enum) > 8 else ""
        parts.append(f"one of {shown}{more}")
    low, high = node.get("minLength"), node.get("maxLength")
    if high is not None and not enum and not fmt:
        parts.append(f"{low or 0}-{high} characters" if low != high else f"{high} characters")
    if node.get("pattern") and not fmt and not enum:
        parts.append(f"pattern {node['pattern']}")
    if (node.get("minimum") is not None or node.get("maximum") is not None) and not fmt:
        parts.append(f"{node.get('minimum', '')}..{node.get('maximum', '')}")
    if "default" in node:
        parts.append(f"default {node['default']}")
    return "; ".join(parts)


def _example(node: dict[str, Any]) -> Any:
    if "default" in node:
        return node["default"]
    if node.get("enum"):
        return node["enum"][0]
    fmt = node.get("x-l2p-format")
    if fmt in FORMAT_PLACEHOLDER:
        return FORMAT_PLACEHOLDER[fmt]
    kind = node.get("type")
    if kind in ("integer", "number"):
        low = node.get("minimum")
        return int(low) if isinstance(low, (int, float)) and low > 0 else 0
    if kind == "boolean":
        return False
    return ""


def _walk(
    node: Any,
    path: str,
    required: bool,
    schemas: dict[str, Any],
    fields: list[Field],
    depth: int,
) -> Any:
    node = _settle(node, schemas)
    kind = node.get("type", "object" if "properties" in node else "string")
    if depth > MAX_DEPTH:
        return None
    if kind == "object":
        if path and not path.endswith("[]"):  # a list's items: the list's row says it
            fields.append(Field(path, "object", required, "", node.get("description")))
        needed = set(node.get("required", []))
        return {
            name: _walk(
                child,
                f"{path}.{name}" if path else name,
                name in needed,
                schemas,
                fields,
                depth + 1,
            )
            for name, child in node.get("properties", {}).items()
        }
    if kind == "array":
        items = _settle(node.get("items", {}), schemas)
        item_kind = items.get("type", "object" if "properties" in items else "string")
        if path:
            kind_text = f"list of {item_kind}"
            fields.append(Field(path, kind_text, required, "", node.get("description")))
        return [_walk(items, f"{path}[]", True, schemas, fields, depth + 1)]
    enum = node.get("enum")
    fields.append(
        Field(
            path or "(body)",
            str(kind),
            required,
            _rule(node),
            node.get("description") if not enum else None,
            tuple(str(v) for v in enum) if enum else None,
            bool(node.get("x-l2p-sensitive")),
        )
    )
    return _example(node)


def skeleton(component: str) -> tuple[Any, list[Field]]:
    """(an example body, its fields in order) for the spec's ``component`` schema."""
    schemas: dict[str, Any] = link2prisma_resources.spec()["components"]["schemas"]
    if component not in schemas:
        raise KeyError(component)
    fields: list[Field] = []
    example = _walk({"$ref": f"#/components/schemas/{component}"}, "", True, schemas, fields, 0)
    return example, fields
