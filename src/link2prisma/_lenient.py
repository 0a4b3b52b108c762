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
* a member whose value has another JSON type than the schema declares (text where a number is
  declared, ``"N/A"`` where a list of records is) is taken out of the record and reported with
  its path (:class:`Drift` of kind ``"type"``): the caller keeps it raw beside the model
  (``additional_properties``), so that it is never iterated into characters nor passed off as
  the declared type, and no record is lost. An item of the wrong type inside a list makes the
  whole member raw. A required member takes ``null`` in its place; when it may not be
  ``null``, :class:`WrongType` says which member could not be read (not its value).

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
    """A value the schema does not allow: ``field`` is ``Component.Member``.

    ``kind`` is ``"enum"`` (a value the enumeration does not list, kept in place) or ``"type"``
    (a value of another JSON type, taken out of the record: ``path`` locates the member in the
    data, indexes counted after ``null`` items were dropped; ``expected`` names the declared
    JSON types).
    """

    field: str
    value: Any
    sensitive: bool
    kind: str = "enum"
    path: tuple[str | int, ...] = ()
    expected: str = ""

    @property
    def shown(self) -> str:
        """The value as it may appear in a log: masked when the field is sensitive."""
        if self.sensitive:
            return MASK
        if isinstance(self.value, dict):
            return f"an object of {len(self.value)} members"  # whose names may be personal
        if isinstance(self.value, list):
            return f"a list of {len(self.value)} items"
        shown = redact_text(repr(self.value))
        return shown if len(shown) <= 60 else shown[:59] + "…"


@dataclass(eq=False, slots=True)
class _Node:
    """What the walk does with a value of one schema (branches of anyOf/oneOf/allOf merged)."""

    props: dict[str, _Member] | None = None  # a JSON object: its known members
    required: frozenset[str] = frozenset()
    items: _Node | None = None  # a JSON array: its items
    enum: frozenset[Any] | None = None  # the listed values, when the schema is an enumeration
    inss: bool = False  # x-l2p-format: inss
    sensitive: bool = False
    types: frozenset[str] = frozenset()  # the declared JSON types ("string", "array", ...)
    any_type: bool = False  # a branch declares no type: anything fits
    ok: frozenset[type] | None = None  # the Python types that fit (None: any), see finish()


@dataclass(eq=False, slots=True)
class _Member:
    node: _Node
    label: str  # Component.Member, for the drift report
    sensitive: bool
    leaf: bool = field(default=False)  # a scalar passes through as it is


def _is_leaf(node: _Node) -> bool:
    return node.enum is None and not node.inss


_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
    "null": (type(None),),
}


def _fitting(node: _Node) -> frozenset[type] | None:
    """The exact Python types (``type(v) in ...``: a bool is no integer) a node accepts."""
    if node.any_type or not (node.types or node.props is not None or node.items is not None):
        return None
    ok: set[type] = set()
    for name in node.types:
        if name not in _PY_TYPES:
            return None
        ok.update(_PY_TYPES[name])
    if node.props is not None:
        ok.add(dict)
    if node.items is not None:
        ok.add(list)
    if node.inss:
        ok.update((int, float))  # a number, read back as the 11-digit string
    return frozenset(ok)


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
        declared = schema.get("type")
        if isinstance(declared, str):
            node.types = node.types | {declared}
        elif isinstance(declared, list):
            node.types = node.types | {t for t in declared if isinstance(t, str)}
        elif not any(k in schema for k in _SHAPES):
            node.any_type = True
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
        node.types = node.types | other.types
        node.any_type = node.any_type or other.any_type

    def finish(self) -> None:
        """Mark the members whose scalars need no look (most of them): the walk's fast path."""
        seen: set[int] = set()
        stack = list(self.nodes.values())
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            node.ok = _fitting(node)
            for member in (node.props or {}).values():
                member.leaf = _is_leaf(member.node)
                stack.append(member.node)
            if node.items is not None:
                stack.append(node.items)


# Keys that give a schema its shape: a schema with none of them (``{}``) accepts anything.
_SHAPES = ("$ref", "anyOf", "oneOf", "allOf", "properties", "items", "enum", "type")


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


class WrongType(TypeError):
    """A required member the record cannot do without has the wrong type (no value named)."""


class _Misfit(Exception):
    """An item of a list has a type its schema does not allow (the member is kept raw)."""


def _expected(node: _Node) -> str:
    names = set(node.types - {"null"})
    if node.props is not None:
        names.add("object")
    if node.items is not None:
        names.add("array")
    return " or ".join(sorted(names)) or "?"


def _walk(
    node: _Node,
    value: Any,
    label: str,
    sensitive: bool,
    drift: list[Drift],
    path: tuple[str | int, ...],
) -> Any:
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
                continue
            ok = member.node.ok
            if ok is not None and type(item) not in ok:
                _misfit(member, key, item, path, drift)
                if key in required:
                    _required_gap(member)
                    out[key] = None
            elif member.leaf and not isinstance(item, (dict, list)):
                out[key] = item
            else:
                seen = len(drift)
                try:
                    out[key] = _walk(
                        member.node, item, member.label, member.sensitive, drift, (*path, key)
                    )
                except (_Misfit, WrongType):  # the whole member is kept raw
                    del drift[seen:]
                    _misfit(member, key, item, path, drift)
                    if key in required:
                        _required_gap(member)
                        out[key] = None
        return out
    if isinstance(value, list):
        items = node.items
        if items is None:
            return _drop_nulls(value)
        ok = items.ok
        kept = [v for v in value if v is not None]
        if ok is not None and any(type(v) not in ok for v in kept):
            raise _Misfit
        return [_walk(items, v, label, sensitive, drift, (*path, i)) for i, v in enumerate(kept)]
    return _scalar(node, value, label, sensitive, drift)


def _required_gap(member: _Member) -> None:
    """A required member of the wrong type reads as ``null`` when the schema allows ``null``.

    Otherwise (raised here) the record cannot be read: the model needs a value of its type,
    and guessing one (``False`` for a ``WorkerExists``) would be worse than an error.
    """
    if "null" in member.node.types:
        return None
    raise WrongType(f"{member.label} has a type the spec does not allow ({_expected(member.node)})")


def _misfit(
    member: _Member, key: str, item: Any, path: tuple[str | int, ...], drift: list[Drift]
) -> None:
    drift.append(
        Drift(
            member.label,
            item,
            member.sensitive or member.node.sensitive,
            kind="type",
            path=(*path, key),
            expected=_expected(member.node),
        )
    )


def walk(node: _Node, data: Any, name: str = "") -> tuple[Any, list[Drift]]:
    """Like :func:`normalise`, with a compiled tree (:func:`compile_schema`).

    Raises :class:`WrongType` when ``data`` itself is a list holding an item of the wrong type
    (there is no member to keep it in), or when a required member that cannot be ``null`` has
    the wrong type.
    """
    drift: list[Drift] = []
    try:
        return _walk(node, data, name, False, drift, ()), drift
    except _Misfit:
        what = f"an item of {name or 'the list'}"
        raise WrongType(f"{what} has a type the spec does not allow") from None


def normalise(schema: str, data: Any) -> tuple[Any, list[Drift]]:
    """``data`` (decoded JSON of component ``schema``) made readable, and the enum drift seen.

    Pure: ``data`` is not changed. See the module's docstring for what is done.
    """
    return walk(_component(schema), data, schema)


_warned: set[tuple[str, str]] = set()


def report_drift(operation: str | None, drift: list[Drift]) -> None:
    """Log each (operation, field) with an unlisted enum value or a wrong type once, at WARNING.

    Names the operation and the field; the value only when the field is not sensitive (and
    then redacted like every log line). Never the rest of the record.
    """
    for d in drift:
        key = (operation or "?", d.field)
        with _lock:
            if key in _warned:
                continue
            _warned.add(key)
        if d.kind == "type":
            log.warning(
                "%s: %s holds %s where the spec declares %s (%s); kept raw in"
                " additional_properties, the attribute left unset",
                operation or "?",
                d.field,
                _json_type(d.value),
                d.expected,
                d.shown,
            )
        else:
            log.warning(
                "%s: %s holds a value the spec does not list (%s); kept as sent",
                operation or "?",
                d.field,
                d.shown,
            )


def _json_type(value: Any) -> str:
    """``a string``, ``an integer``, ...: the JSON type of a value, for a log line."""
    name = next((n for n, types in _PY_TYPES.items() if type(value) in types), "value")
    return ("an " if name[0] in "aeiou" else "a ") + name
