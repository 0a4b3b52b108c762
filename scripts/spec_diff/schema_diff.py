"""Direction-free structural comparison of two JSON Schemas.

:class:`SchemaDiffer` yields :class:`Finding`s named by rule id; the caller knows the direction
(request or response) and takes the level from the rule table (rules.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

Json = Any  # a parsed YAML/JSON value


@dataclass
class Finding:
    """A schema difference, before the direction (hence the level) is known."""

    rule: str
    path: str
    detail: str
    via: tuple[str, ...]


ANNOTATIONS = {
    "description",
    "title",
    "summary",
    "example",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "$comment",
    "externalDocs",
    "xml",
}
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
ZERO_IS_ABSENT = {"minLength", "minItems", "minProperties"}
MAX_DEPTH = 64


def _ref_name(ref: str) -> str | None:
    prefix = "#/components/schemas/"
    return ref[len(prefix) :] if ref.startswith(prefix) else None


def resolve_pointer(doc: Json, ref: str) -> Json:
    """The target of a local ``$ref`` (``#/a/b``), or ``{}`` when it cannot be resolved."""
    if not ref.startswith("#"):
        return {}
    node = doc
    for raw in ref[1:].split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return {}
    return node


def deref(doc: Json, obj: Json, limit: int = 20) -> Json:
    """Follow ``$ref`` chains on a parameter, response or request body object."""
    while isinstance(obj, dict) and "$ref" in obj and limit > 0:
        obj = resolve_pointer(doc, str(obj["$ref"]))
        limit -= 1
    return obj


def _is_null(schema: Json) -> bool:
    if not isinstance(schema, dict):
        return False
    t = schema.get("type")
    if t == "null" or t == ["null"]:
        return True
    if "const" in schema and schema["const"] is None:
        return True
    return schema.get("enum") == [None]


def _only_annotations(schema: dict[str, Any], keyword: str) -> bool:
    return all(k == keyword or k in ANNOTATIONS or k.startswith("x-") for k in schema)


def _types(schema: dict[str, Any]) -> frozenset[str] | None:
    t = schema.get("type")
    if isinstance(t, str):
        found = {t}
    elif isinstance(t, list):
        found = {str(x) for x in t}
    elif "properties" in schema or "additionalProperties" in schema:
        found = {"object"}
    elif "items" in schema:
        found = {"array"}
    else:
        return None
    found.discard("null")
    return frozenset(found)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _key(value: Json) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _show(value: Json) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)


def _join(path: str, name: str) -> str:
    return name if not path else f"{path}.{name}"


@dataclass
class _Unwrapped:
    schema: dict[str, Any]
    refs: tuple[str, ...]
    nullable: bool

    @property
    def ref(self) -> str | None:
        return self.refs[-1] if self.refs else None


class SchemaDiffer:
    """Direction-free structural comparison of two JSON Schemas (levels are assigned later)."""

    def __init__(self, old_doc: Json, new_doc: Json) -> None:
        self.old_doc = old_doc
        self.new_doc = new_doc
        self.unresolved: set[str] = set()

    def _unwrap(self, doc: Json, raw: Json) -> _Unwrapped:
        refs: list[str] = []
        nullable = False
        schema = raw
        for _ in range(MAX_DEPTH):
            if not isinstance(schema, dict):
                return _Unwrapped({}, tuple(refs), nullable)
            if "$ref" in schema:
                ref = str(schema["$ref"])
                name = _ref_name(ref)
                if name is not None:
                    refs.append(name)
                target = resolve_pointer(doc, ref)
                if target == {} and ref.startswith("#"):
                    self.unresolved.add(ref)
                siblings = {k: v for k, v in schema.items() if k != "$ref"}
                schema = {**target, **siblings} if siblings and isinstance(target, dict) else target
                continue
            if schema.get("nullable") is True:
                nullable = True
            t = schema.get("type")
            if isinstance(t, list) and "null" in t:
                nullable = True
            if isinstance(schema.get("enum"), list) and None in schema["enum"]:
                nullable = True
            for keyword in ("anyOf", "oneOf"):
                branches = schema.get(keyword)
                if not isinstance(branches, list):
                    continue
                rest = [b for b in branches if not _is_null(b)]
                if len(rest) < len(branches):
                    nullable = True
                if len(rest) == 1 and _only_annotations(schema, keyword):
                    inner = rest[0]
                    if "default" in schema and isinstance(inner, dict):
                        # a default written on the nullable wrapper is the value's default
                        inner = {**inner, "default": schema["default"]}
                    schema = inner
                    break
            else:
                break
        return _Unwrapped(schema if isinstance(schema, dict) else {}, tuple(refs), nullable)

    def diff(
        self, old: Json, new: Json, path: str = "", via: tuple[str, ...] = ()
    ) -> list[Finding]:
        out: list[Finding] = []
        self._diff(old, new, path, via, frozenset(), 0, out)
        return out

    def _diff(
        self,
        old_raw: Json,
        new_raw: Json,
        path: str,
        via: tuple[str, ...],
        seen: frozenset[tuple[str | None, str | None]],
        depth: int,
        out: list[Finding],
        open_enum: bool = False,
    ) -> None:
        """Compare ``old_raw`` with ``new_raw``; ``open_enum``: they are branches of an open
        enumeration in both (``anyOf: [enum, {type: string}]``), which keeps unknown values."""
        if depth > MAX_DEPTH:
            return
        o = self._unwrap(self.old_doc, old_raw)
        n = self._unwrap(self.new_doc, new_raw)
        pair = (o.ref, n.ref)
        if (o.ref or n.ref) and pair in seen:
            return  # recursive schema: already being compared further up
        seen = seen | {pair}
        chain = via + tuple(r for r in n.refs or o.refs if r not in via)

        def add(rule: str, detail: str, owner: tuple[str, ...] = chain) -> None:
            out.append(Finding(rule, path, detail, owner))

        # Nullability and the model a $ref names belong to the referring schema (``via``); the
        # rest to the schema the $ref leads to (``chain``).
        if o.nullable != n.nullable:
            add(
                "became-nullable" if n.nullable else "became-not-nullable",
                "null " + ("now allowed" if n.nullable else "no longer allowed"),
                via,
            )
        os_, ns = o.schema, n.schema
        named_only = bool(o.ref) != bool(n.ref) and _same_shape(os_, ns)
        if (
            o.ref != n.ref
            and not named_only
            and ((o.ref and n.ref) or _is_model(os_) or _is_model(ns))
        ):
            add("model-changed", f"model {o.ref or '(inline)'} -> {n.ref or '(inline)'}", via)

        o_branches = _branches(os_)
        n_branches = _branches(ns)
        if len(o_branches) > 1 or len(n_branches) > 1:
            self._diff_branches(o_branches, n_branches, path, chain, seen, depth, out, "variant")
            return
        self._diff_allof(os_, ns, path, chain, seen, depth, out)

        ot, nt = _types(os_), _types(ns)
        if ot != nt:
            if nt is None or (ot is not None and _covers(nt, ot)):
                rule = "type-widened"
            elif ot is None or _covers(ot, nt):
                rule = "type-narrowed"
            else:
                rule = "type-changed"
            add(rule, f"type {_fmt_types(ot)} -> {_fmt_types(nt)}")
            if ot is not None and nt is not None and not (ot & nt):
                return  # unrelated types: the details below would be noise
        if os_.get("format") != ns.get("format"):
            add("format-changed", f"format {os_.get('format')} -> {ns.get('format')}")

        self._diff_values(os_, ns, add, open_enum)
        self._diff_constraints(os_, ns, add)

        oap, nap = os_.get("additionalProperties", True), ns.get("additionalProperties", True)
        if oap is not False and nap is False:
            add("additional-properties-closed", "additionalProperties: false")
        elif oap is False and nap is not False:
            add("additional-properties-opened", "additional properties now allowed")
        elif isinstance(oap, dict) and isinstance(nap, dict):
            self._diff(oap, nap, _join(path, "*"), chain, seen, depth + 1, out)

        self._diff_properties(os_, ns, path, chain, seen, depth, out)

        oi, ni = os_.get("items"), ns.get("items")
        if oi is not None and ni is not None:
            self._diff(oi, ni, path + "[]", chain, seen, depth + 1, out)
        elif oi is not None:
            add("constraint-loosened", "items schema removed")
        elif ni is not None and "array" in (ot or frozenset()):
            add("constraint-tightened", "items schema set")

    def _diff_values(
        self, os_: dict[str, Any], ns: dict[str, Any], add: Any, open_enum: bool = False
    ) -> None:
        oe, ne = os_.get("enum"), ns.get("enum")
        if isinstance(oe, list) and isinstance(ne, list):
            ov = {_key(v): v for v in oe if v is not None}
            nv = {_key(v): v for v in ne if v is not None}
            removed = [ov[k] for k in ov if k not in nv]
            added = [nv[k] for k in nv if k not in ov]
            if removed:
                add("enum-value-removed", "enum values removed: " + ", ".join(map(_show, removed)))
            if added:
                add(
                    "open-enum-value-added" if open_enum else "enum-value-added",
                    "enum values added: " + ", ".join(map(_show, added)),
                )
        elif isinstance(ne, list):
            add("became-enum", "now an enum: " + ", ".join(_show(v) for v in ne if v is not None))
        elif isinstance(oe, list):
            add("enum-dropped", "no longer an enum")
        if "const" in os_ or "const" in ns:
            if "const" not in os_:
                add("constraint-tightened", f"const set to {_show(ns['const'])}")
            elif "const" not in ns:
                add("constraint-loosened", "const removed")
            elif _key(os_["const"]) != _key(ns["const"]):
                add("const-changed", f"const {_show(os_['const'])} -> {_show(ns['const'])}")
        if _key(os_.get("default")) != _key(ns.get("default")):
            add(
                "default-changed",
                f"default {_show(os_.get('default'))} -> {_show(ns.get('default'))}",
            )

    def _diff_constraints(self, os_: dict[str, Any], ns: dict[str, Any], add: Any) -> None:
        for kw in UPPER_BOUNDS + LOWER_BOUNDS:
            a, b = _bound(os_, kw), _bound(ns, kw)
            if a == b:
                continue
            upper = kw in UPPER_BOUNDS
            if a is None:
                add("constraint-tightened", f"{kw} set to {_num(b)}")
            elif b is None:
                add("constraint-loosened", f"{kw} removed (was {_num(a)})")
            else:
                tighter = b < a if upper else b > a
                add(
                    "constraint-tightened" if tighter else "constraint-loosened",
                    f"{kw} {_num(a)} -> {_num(b)}",
                )
        op, np_ = os_.get("pattern"), ns.get("pattern")
        if op != np_:
            if op is None:
                add("constraint-tightened", f"pattern set to {np_}")
            elif np_ is None:
                add("constraint-loosened", f"pattern removed (was {op})")
            else:
                add("constraint-changed", f"pattern {op} -> {np_}")
        om, nm = os_.get("multipleOf"), ns.get("multipleOf")
        if om != nm:
            if om is None:
                add("constraint-tightened", f"multipleOf set to {_num(nm)}")
            elif nm is None:
                add("constraint-loosened", f"multipleOf removed (was {_num(om)})")
            elif _divides(om, nm):
                add("constraint-tightened", f"multipleOf {_num(om)} -> {_num(nm)}")
            elif _divides(nm, om):
                add("constraint-loosened", f"multipleOf {_num(om)} -> {_num(nm)}")
            else:
                add("constraint-changed", f"multipleOf {_num(om)} -> {_num(nm)}")
        ou, nu = bool(os_.get("uniqueItems")), bool(ns.get("uniqueItems"))
        if ou != nu:
            add(
                "constraint-tightened" if nu else "constraint-loosened", f"uniqueItems {ou} -> {nu}"
            )

    def _diff_properties(
        self,
        os_: dict[str, Any],
        ns: dict[str, Any],
        path: str,
        via: tuple[str, ...],
        seen: frozenset[tuple[str | None, str | None]],
        depth: int,
        out: list[Finding],
    ) -> None:
        op = os_.get("properties") if isinstance(os_.get("properties"), dict) else {}
        np_ = ns.get("properties") if isinstance(ns.get("properties"), dict) else {}
        oreq = set(os_.get("required") or [])
        nreq = set(ns.get("required") or [])
        assert isinstance(op, dict) and isinstance(np_, dict)
        for name in [*op, *(k for k in np_ if k not in op)]:
            where = _join(path, str(name))
            if name not in np_:
                was = " (was required)" if name in oreq else ""
                out.append(Finding("property-removed", where, f"property removed{was}", via))
            elif name not in op:
                if name in nreq:
                    out.append(
                        Finding("property-added-required", where, "required property added", via)
                    )
                else:
                    out.append(
                        Finding("property-added-optional", where, "optional property added", via)
                    )
            else:
                if name in nreq and name not in oreq:
                    out.append(Finding("property-became-required", where, "became required", via))
                elif name in oreq and name not in nreq:
                    out.append(Finding("property-became-optional", where, "became optional", via))
                self._diff(op[name], np_[name], where, via, seen, depth + 1, out)

    def _diff_branches(
        self,
        old: list[Json],
        new: list[Json],
        path: str,
        via: tuple[str, ...],
        seen: frozenset[tuple[str | None, str | None]],
        depth: int,
        out: list[Finding],
        kind: str,
    ) -> None:
        def name(b: Json) -> str | None:
            return _ref_name(str(b["$ref"])) if isinstance(b, dict) and "$ref" in b else None

        new_left = list(new)
        pairs: list[tuple[Json, Json]] = []
        old_left: list[Json] = []
        for ob in old:
            match = next((nb for nb in new_left if name(ob) and name(nb) == name(ob)), None)
            if match is None:
                old_left.append(ob)
            else:
                new_left.remove(match)
                pairs.append((ob, match))
        inline_new = [nb for nb in new_left if name(nb) is None]
        for ob in list(old_left):
            if name(ob) is None and inline_new:
                nb = inline_new.pop(0)
                new_left.remove(nb)
                old_left.remove(ob)
                pairs.append((ob, nb))
        open_enum = kind == "variant" and is_open_union(old) and is_open_union(new)
        for ob, nb in pairs:
            self._diff(ob, nb, path, via, seen, depth + 1, out, open_enum)
        label = "anyOf/oneOf branch" if kind == "variant" else "allOf part"
        for ob in old_left:
            out.append(Finding(f"{kind}-removed", path, f"{label} removed: {_describe(ob)}", via))
        for nb in new_left:
            out.append(Finding(f"{kind}-added", path, f"{label} added: {_describe(nb)}", via))

    def _diff_allof(
        self,
        os_: dict[str, Any],
        ns: dict[str, Any],
        path: str,
        via: tuple[str, ...],
        seen: frozenset[tuple[str | None, str | None]],
        depth: int,
        out: list[Finding],
    ) -> None:
        oa, na = os_.get("allOf"), ns.get("allOf")
        if isinstance(oa, list) or isinstance(na, list):
            self._diff_branches(
                list(oa or []), list(na or []), path, via, seen, depth, out, "allof"
            )


def is_open_union(branches: list[Json]) -> bool:
    """Whether anyOf/oneOf ``branches`` (null ones aside) are an open enumeration: a plain
    ``{type: string}`` next to the others, so that a value the others do not list is still read
    (the client keeps it as the raw string)."""
    rest = [b for b in branches if not _is_null(b)]
    plain = [
        b
        for b in rest
        if isinstance(b, dict) and b.get("type") == "string" and _only_annotations(b, "type")
    ]
    return bool(plain) and len(rest) > len(plain)


def _branches(schema: dict[str, Any]) -> list[Json]:
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list):
            return [b for b in branches if not _is_null(b)]
    return [schema]


def _is_model(schema: dict[str, Any]) -> bool:
    return isinstance(schema.get("properties"), dict) or isinstance(schema.get("enum"), list)


def _same_shape(a: Json, b: Json) -> bool:
    """Whether two schemas say the same but for prose and extensions.

    An inline schema moved into a named component (or back) with nothing else changed is no
    change of model: the generators name the class after the component, which is named as the
    inline class was; a renamed class shows in the Python surface section.
    """

    def bare(node: Json) -> Json:
        if isinstance(node, dict):
            return {
                k: bare(v)
                for k, v in node.items()
                if k not in ("description", "title") and not str(k).startswith("x-")
            }
        if isinstance(node, list):
            return [bare(v) for v in node]
        return node

    return bool(bare(a) == bare(b))


def _describe(schema: Json) -> str:
    if isinstance(schema, dict) and "$ref" in schema:
        return str(_ref_name(str(schema["$ref"])) or schema["$ref"])
    if isinstance(schema, dict) and "type" in schema:
        return f"type {_show(schema['type'])}"
    return "inline schema"


def _fmt_types(types: frozenset[str] | None) -> str:
    if types is None:
        return "any"
    return "|".join(sorted(types)) or "null"


def _bound(schema: dict[str, Any], keyword: str) -> float | None:
    value = schema.get(keyword)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if keyword in ZERO_IS_ABSENT and value == 0:
        return None
    return value


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _divides(small: Any, big: Any) -> bool:
    try:
        ratio = float(big) / float(small)
    except (TypeError, ValueError, ZeroDivisionError):
        return False
    return ratio.is_integer()
