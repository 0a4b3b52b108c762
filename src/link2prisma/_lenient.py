"""Read what a .NET/WCF service answers without losing any of it.

:func:`normalise` walks decoded JSON alongside its response schema (the spec's component, refs
``#/components/schemas/X``) before the generated attrs models are built, and returns a new value:

* ``null`` members are dropped (Json.NET and WCF write ``null`` for unset members; the models
  read a missing member as unset). Members the schema lists as ``required`` keep their ``null``
  (the models read those as ``None``). ``null`` items of arrays are dropped.
* a JSON number where the schema says ``x-l2p-format: inss`` becomes the 11-digit string of the
  national register number: the service sends a number, which loses the leading ``0`` of people
  born in 2000 or later (``2082927549`` -> ``"02082927549"``).
* a value outside an enumeration's listed ones is kept as sent and reported (the response
  schemas accept any string there), so that the caller can log it once.

Everything else is kept as sent (for example a ``/Date(1700000000000+0100)/`` string).

The schema of each component is compiled once (cached) into a small tree of :class:`_Node`; the
walk then costs one dict lookup per member.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._redact import MASK, redact_text, sensitive_fields

log = logging.getLogger(__name__)

INSS_MAX = 99_999_999_999
REF_PREFIX = "#/components/schemas/"


@dataclass(frozen=True, slots=True)
class Drift:
    """A value the schema's enumeration does not list: ``field`` is ``Component.Member``."""

    field: str
    value: Any
    sensitive: bool

    @property
    def shown(self) -> str:
        """The value as it may appear in a log: masked when the field is sensitive."""
        return MASK if self.sensitive else redact_text(repr(self.value))


@dataclass(eq=False, slots=True)
class _Node:
    """What the walk does with a value of one schema (branches of anyOf/oneOf/allOf merged)."""

    props: dict[str, _Member] | None = None  # a JSON object: its known members
    required: frozenset[str] = frozenset()
    items: _Node | None = None  # a JSON array: its items
    enum: frozenset[Any] | None = None  # the listed values, when the schema is an enumeration
    inss: bool = False  # x-l2p-format: inss
    sensitive: bool = False


@dataclass(eq=False, slots=True)
class _Member:
    node: _Node
    label: str  # Component.Member, for the drift report
    sensitive: bool
    leaf: bool = field(default=False)  # a scalar passes through as it is


def _is_leaf(node: _Node) -> bool:
    return node.enum is None and not node.inss


class _Compiler:
    """Turns spec schemas into :class:`_Node` trees, one per component (shared, cycles kept)."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
        self.nodes: dict[str, _Node] = {}
        self.sensitive = sensitive_fields()

    def component(self, name: str) -> _Node:
        node = self.nodes.get(name)
        if node is None:
            node = self.nodes[name] = _Node()  # registered first: a cycle finds it
            self._fill(node, self.schemas.get(name, {}), name)
        return node

    def schema(self, schema: Any, owner: str) -> _Node:
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            return self.component(schema["$ref"].removeprefix(REF_PREFIX))
        node = _Node()
        self._fill(node, schema, owner)
        return node

    def _fill(self, node: _Node, schema: Any, owner: str) -> None:
        if not isinstance(schema, dict):
            return
        if isinstance(schema.get("$ref"), str):
            self._merge(node, self.component(schema["$ref"].removeprefix(REF_PREFIX)))
        for key in ("anyOf", "oneOf", "allOf"):
            for branch in schema.get(key) or ():
                self._merge(node, self.schema(branch, owner))
        if isinstance(schema.get("enum"), list):
            listed = frozenset(v for v in schema["enum"] if v is not None and _hashable(v))
            node.enum = listed | (node.enum or frozenset())
        if schema.get("x-l2p-format") == "inss":
            node.inss = True
        if schema.get("x-l2p-sensitive"):
            node.sensitive = True
        props = schema.get("properties")
        if isinstance(props, dict):
            members = node.props if node.props is not None else {}
            for name, sub in props.items():
                child = self.schema(sub, owner)
                sensitive = (
                    child.sensitive
                    or name in self.sensitive
                    or (isinstance(sub, dict) and bool(sub.get("x-l2p-sensitive")))
                )
                members[name] = _Member(child, f"{owner}.{name}", sensitive)
            node.props = members
            node.required = node.required | frozenset(schema.get("required") or ())
        if "items" in schema:
            items = self.schema(schema["items"], owner)
            if node.items is None:
                node.items = items
            else:
                self._merge(node.items, items)

    @staticmethod
    def _merge(node: _Node, other: _Node) -> None:
        if other is node:
            return
        if other.props is not None:
            node.props = {**(node.props or {}), **other.props}
            node.required = node.required | other.required
        if other.items is not None and node.items is None:
            node.items = other.items
        if other.enum is not None:
            node.enum = other.enum | (node.enum or frozenset())
        node.inss = node.inss or other.inss
        node.sensitive = node.sensitive or other.sensitive

    def finish(self) -> None:
        """Mark the members whose scalars need no look (most of them): the walk's fast path."""
        seen: set[int] = set()
        stack = list(self.nodes.values())
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            for member in (node.props or {}).values():
                member.leaf = _is_leaf(member.node)
                stack.append(member.node)
            if node.items is not None:
                stack.append(node.items)


def _hashable(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool))


_lock = threading.Lock()


@functools.cache
def _compiler() -> _Compiler:
    from link2prisma_resources import spec

    return _Compiler(spec())


@functools.lru_cache(maxsize=512)
def _component(name: str) -> _Node:
    with _lock:
        compiler = _compiler()
        node = compiler.component(name)
        compiler.finish()
    return node


def compile_schema(spec: Mapping[str, Any], name: str) -> _Node:
    """The compiled tree of one component of ``spec`` (for tests and benchmarks)."""
    compiler = _Compiler(spec)
    node = compiler.component(name)
    compiler.finish()
    return node


def inss_text(value: Any) -> Any:
    """A national register number as its 11-digit string when it came as a JSON number."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and 0 <= value <= INSS_MAX:
        return f"{value:011d}"
    if isinstance(value, float) and value.is_integer() and 0 <= value <= INSS_MAX:
        return f"{int(value):011d}"
    return value


def _drop_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_nulls(v) for v in value if v is not None]
    return value


def _scalar(node: _Node, value: Any, label: str, sensitive: bool, drift: list[Drift]) -> Any:
    if node.inss and isinstance(value, (int, float)):
        return inss_text(value)
    enum = node.enum
    if enum is not None and _hashable(value) and value not in enum:
        drift.append(Drift(label, value, sensitive or node.sensitive))
    return value


def _walk(node: _Node, value: Any, label: str, sensitive: bool, drift: list[Drift]) -> Any:
    if isinstance(value, dict):
        props = node.props
        if props is None:
            return _drop_nulls(value)
        required = node.required
        out: dict[str, Any] = {}
        for key, item in value.items():
            if item is None:
                if key in required:
                    out[key] = None
                continue
            member = props.get(key)
            if member is None:
                out[key] = _drop_nulls(item) if isinstance(item, (dict, list)) else item
            elif member.leaf and not isinstance(item, (dict, list)):
                out[key] = item
            else:
                out[key] = _walk(member.node, item, member.label, member.sensitive, drift)
        return out
    if isinstance(value, list):
        items = node.items
        if items is None:
            return _drop_nulls(value)
        return [_walk(items, v, label, sensitive, drift) for v in value if v is not None]
    return _scalar(node, value, label, sensitive, drift)


def walk(node: _Node, data: Any, name: str = "") -> tuple[Any, list[Drift]]:
    """Like :func:`normalise`, with a compiled tree (:func:`compile_schema`)."""
    drift: list[Drift] = []
    return _walk(node, data, name, False, drift), drift


def normalise(schema: str, data: Any) -> tuple[Any, list[Drift]]:
    """``data`` (decoded JSON of component ``schema``) made readable, and the enum drift seen.

    Pure: ``data`` is not changed. See the module's docstring for what is done.
    """
    return walk(_component(schema), data, schema)


_warned: set[tuple[str, str]] = set()


def report_drift(operation: str | None, drift: list[Drift]) -> None:
    """Log each (operation, field) with an unlisted enum value once, at WARNING.

    Names the operation and the field; the value only when the field is not sensitive (and
    then redacted like every log line). Never the rest of the record.
    """
    for d in drift:
        key = (operation or "?", d.field)
        if key in _warned:
            continue
        _warned.add(key)
        log.warning(
            "%s: %s holds a value the spec does not list (%s); kept as sent",
            operation or "?",
            d.field,
            d.shown,
        )
