"""Compare two versions of openapi/link2prisma.yaml and report what the change breaks for users.

Run as ``make spec-diff BASE=<git ref>`` (``--base REF``, default ``HEAD~1``) to compare the spec
at a git ref with the working tree (or with ``--head REF``), or ``--old FILE --new FILE`` to compare
two files. The report (``--format markdown|json``) lists the operations, schemas and security
schemes added, removed and changed, each change classified as **breaking**, **possibly breaking** or
**compatible**, then what changed in the generated Python surface (modules, functions, classes and
fields of ``link2prisma_api``, ``link2prisma_models`` and the facade's ``link2prisma_resources``).
``--fail-on breaking|possibly`` exits 1 when a change of that level or worse is not acknowledged;
``--ci`` compares ``HEAD~1`` with the working tree and fails on an unacknowledged breaking change.

Classification follows oasdiff's rule model: a change that *narrows* what a request may carry is
breaking (old clients send what is now refused) and one that *widens* it is compatible; in a
response it is the reverse (old clients get what they never had to handle). Changes whose effect
cannot be told (a regex replaced by another) are possibly breaking. A few rules are stricter than
oasdiff because the generated Python code is part of the contract (marked *project*). Descriptions,
summaries, titles, examples, key order, YAML style and comments never matter, nor do the ``x-l2p-*``
documentation extensions (only ``x-l2p-result`` and ``x-l2p-synchronous`` are compared).

Rule table (level in a request / in a response; one level when direction does not apply):

=============================== ================== ================== =============================
rule                            request            response           what
=============================== ================== ================== =============================
operation-removed               breaking                              path or method removed
operation-added                 compatible                            new operation
operation-id-changed            breaking                              renames generated module and
                                                                      facade method (*project*)
tags-changed                    breaking                              moves the generated module /
                                                                      resource class (*project*)
operation-deprecated            compatible                            ``deprecated: true`` set
result-kind-changed             breaking                              ``x-l2p-result.kind`` changed
result-added                    compatible                            a write now returns a result
result-removed                  breaking                              result dropped (kind -> none)
synchronous-changed             possibly breaking                     ``x-l2p-synchronous`` toggled
parameter-added-required        breaking                              new required parameter
parameter-added-optional        compatible                            new optional parameter
parameter-removed               possibly breaking                     parameter removed
parameter-became-required       breaking                              optional -> required
parameter-became-optional       compatible                            required -> optional
parameter-serialization-changed possibly breaking                     style / explode changed
request-body-added-required     breaking                              new required body
request-body-added-optional     compatible                            new optional body
request-body-removed            breaking                              body removed
request-body-became-required    breaking                              body optional -> required
request-body-became-optional    compatible                            body required -> optional
media-type-removed              breaking           breaking           content type removed
media-type-added                compatible         compatible         content type added
success-status-removed          breaking                              2xx response removed
non-success-status-removed      compatible                            error response removed
                                                                      (oasdiff: info)
status-added                    compatible                            response status added
security-requirement-removed    breaking                              a requirement (or anonymous
                                                                      access) removed or changed
security-requirement-added      compatible                            an alternative requirement
security-scheme-changed         breaking                              type / in / name / scheme /
                                                                      flows changed (*project*)
security-scheme-removed         breaking                              scheme removed (*project*)
security-scheme-added           compatible                            scheme added
schema-removed                  breaking                              component schema removed:
                                                                      its generated model goes
                                                                      (*project*)
schema-added                    compatible                            component schema added
property-added-required         breaking           compatible         new required property
property-added-optional         compatible         compatible         new optional property
property-removed                possibly breaking  breaking           property removed (response:
                                                                      the model field disappears)
property-became-required        breaking           compatible         optional -> required
property-became-optional        compatible         breaking           required -> optional
became-nullable                 compatible         breaking           ``null`` now allowed
                                                                      (anyOf/type list/nullable)
became-not-nullable             breaking           compatible         ``null`` no longer allowed
type-changed                    breaking           breaking           incompatible type change
type-widened                    compatible         breaking           new types include the old
                                                                      (integer -> number)
type-narrowed                   breaking           compatible         new types within the old
format-changed                  breaking           breaking           ``format`` set/unset/changed:
                                                                      the Python type follows it
                                                                      (*project*)
model-changed                   breaking           breaking           ``$ref`` now names another
                                                                      schema: another model class
                                                                      (*project*)
enum-value-removed              breaking           compatible         enum narrowed
enum-value-added                compatible         possibly breaking  the generated enums reject
                                                                      values they do not know
became-enum                     breaking           compatible         free value -> enum
enum-dropped                    compatible         breaking           enum -> free value
const-changed                   breaking           breaking           ``const`` value changed
constraint-tightened            breaking           compatible         maxLength/maximum/maxItems
                                                                      down or set, minLength/
                                                                      minimum/minItems up or set,
                                                                      pattern/multipleOf/const/
                                                                      uniqueItems/items set
constraint-loosened             compatible         breaking           the reverse of the above
constraint-changed              possibly breaking  possibly breaking  pattern (or multipleOf)
                                                                      replaced by an incomparable
                                                                      one
variant-added                   compatible         breaking           anyOf/oneOf branch added
variant-removed                 breaking           compatible         anyOf/oneOf branch removed
allof-added                     breaking           compatible         allOf part added
allof-removed                   compatible         breaking           allOf part removed
additional-properties-closed    breaking           compatible         additionalProperties: false
additional-properties-opened    compatible         compatible         the models keep unknown keys
default-changed                 compatible         compatible         default set/unset/changed
=============================== ================== ================== =============================

Schemas are compared after resolving local ``$ref``s, recursively through properties, array items
(``[]`` in the reported path), anyOf/oneOf/allOf branches and additionalProperties, with OpenAPI 3.1
nullability (``anyOf: [X, {type: 'null'}]``, ``type: [T, 'null']``) and 3.0 ``nullable``. Each
operation's request (parameters, body) is compared in the request direction, its responses and its
``x-l2p-result`` schema (what ``GET /Result/{GUID}`` decodes) in the response direction. A changed
component schema is also listed under "Schemas", classified by where it is used (both directions,
the worse level, when used in both or nowhere).

Acknowledgement: a breaking or possibly breaking change is acknowledged (still listed, but it does
not fail the run) when

* the changed operation, or a component schema the change lies in (or, for security, the scheme),
  carries ``x-l2p-breaking-ok: "<reason>"`` in the new spec, with a reason that differs from the
  one at the base (a reason left over from an earlier change acknowledges nothing new), or
* ``openapi/CHANGELOG.md`` has a line, added since the base (outside fenced code blocks), that
  mentions one of the change's identifiers: ``METHOD /path``, the operationId (old or new), a
  component schema the change lies in, or the security scheme name. With ``--old/--new`` the
  changelog is ``--changelog FILE`` (default: ``CHANGELOG.md`` next to ``--new``), less the lines of
  the ``CHANGELOG.md`` next to ``--old``.

The Python-surface section is informational (it does not count for ``--fail-on``): removals are
what breaks user code, and they follow from the spec changes above.
"""

from __future__ import annotations

import argparse
import importlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_REL = "openapi/link2prisma.yaml"
CHANGELOG_REL = "openapi/CHANGELOG.md"
GENERATED_REL = "generated"
PACKAGES = ("link2prisma_api", "link2prisma_models", "link2prisma_resources")
ACK_KEY = "x-l2p-breaking-ok"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

BREAKING = "breaking"
POSSIBLY = "possibly breaking"
COMPATIBLE = "compatible"
RANK = {COMPATIBLE: 0, POSSIBLY: 1, BREAKING: 2}
B, P, C = BREAKING, POSSIBLY, COMPATIBLE

# rule id -> (level in a request, level in a response). Kept in sync with the module docstring
# (tests check that every rule appears there).
RULES: dict[str, tuple[str, str]] = {
    "operation-removed": (B, B),
    "operation-added": (C, C),
    "operation-id-changed": (B, B),
    "tags-changed": (B, B),
    "operation-deprecated": (C, C),
    "result-kind-changed": (B, B),
    "result-added": (C, C),
    "result-removed": (B, B),
    "synchronous-changed": (P, P),
    "parameter-added-required": (B, B),
    "parameter-added-optional": (C, C),
    "parameter-removed": (P, P),
    "parameter-became-required": (B, B),
    "parameter-became-optional": (C, C),
    "parameter-serialization-changed": (P, P),
    "request-body-added-required": (B, B),
    "request-body-added-optional": (C, C),
    "request-body-removed": (B, B),
    "request-body-became-required": (B, B),
    "request-body-became-optional": (C, C),
    "media-type-removed": (B, B),
    "media-type-added": (C, C),
    "success-status-removed": (B, B),
    "non-success-status-removed": (C, C),
    "status-added": (C, C),
    "security-requirement-removed": (B, B),
    "security-requirement-added": (C, C),
    "security-scheme-changed": (B, B),
    "security-scheme-removed": (B, B),
    "security-scheme-added": (C, C),
    "schema-removed": (B, B),
    "schema-added": (C, C),
    "property-added-required": (B, C),
    "property-added-optional": (C, C),
    "property-removed": (P, B),
    "property-became-required": (B, C),
    "property-became-optional": (C, B),
    "became-nullable": (C, B),
    "became-not-nullable": (B, C),
    "type-changed": (B, B),
    "type-widened": (C, B),
    "type-narrowed": (B, C),
    "format-changed": (B, B),
    "model-changed": (B, B),
    "enum-value-removed": (B, C),
    "enum-value-added": (C, P),
    "became-enum": (B, C),
    "enum-dropped": (C, B),
    "const-changed": (B, B),
    "constraint-tightened": (B, C),
    "constraint-loosened": (C, B),
    "constraint-changed": (P, P),
    "variant-added": (C, B),
    "variant-removed": (B, C),
    "allof-added": (B, C),
    "allof-removed": (C, B),
    "additional-properties-closed": (B, C),
    "additional-properties-opened": (C, C),
    "default-changed": (C, C),
}

REQUEST, RESPONSE, BOTH = "request", "response", "request+response"

Json = Any  # a parsed YAML/JSON value


def _yaml_load(text: str) -> Json:
    yaml = importlib.import_module("yaml")  # PyYAML ships no type stubs
    return yaml.safe_load(text)


def level_of(rule: str, direction: str) -> str:
    req, resp = RULES[rule]
    if direction == REQUEST:
        return req
    if direction == RESPONSE:
        return resp
    return req if RANK[req] >= RANK[resp] else resp


# --------------------------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------------------------


@dataclass
class Change:
    """One classified difference between the two specs."""

    rule: str
    level: str
    section: str  # "operations" | "schemas" | "security"
    status: str  # "added" | "removed" | "changed"
    subject: str  # "POST /worker", "AddWorker", "Employer", "global security"
    operation_id: str | None
    location: str  # "request body: contract[].Startdate" ("" for the subject itself)
    detail: str
    direction: str  # "request" | "response" | "request+response" | ""
    identifiers: list[str]
    acknowledged: str | None = None


@dataclass
class Finding:
    """A schema difference, before the direction (hence the level) is known."""

    rule: str
    path: str
    detail: str
    via: tuple[str, ...]


@dataclass
class SurfaceDiff:
    """What changed in one generated package."""

    package: str
    status: str  # "compared", or why it was not
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


@dataclass
class Report:
    base: str
    head: str
    changes: list[Change]
    surface: list[SurfaceDiff] | None
    surface_note: str
    notes: list[str]
    fail_on: str | None = None

    def counts(self) -> dict[str, int]:
        out = {BREAKING: 0, POSSIBLY: 0, COMPATIBLE: 0, "acknowledged": 0}
        for c in self.changes:
            out[c.level] += 1
            if c.acknowledged and c.level != COMPATIBLE:
                out["acknowledged"] += 1
        return out

    def failing(self, threshold: str | None) -> list[Change]:
        if threshold is None:
            return []
        limit = RANK[BREAKING if threshold == "breaking" else POSSIBLY]
        return [c for c in self.changes if RANK[c.level] >= limit and not c.acknowledged]


# --------------------------------------------------------------------------------------------
# Schema comparison
# --------------------------------------------------------------------------------------------

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
                    schema = rest[0]
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
    ) -> None:
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

        self._diff_values(os_, ns, add)
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

    def _diff_values(self, os_: dict[str, Any], ns: dict[str, Any], add: Any) -> None:
        oe, ne = os_.get("enum"), ns.get("enum")
        if isinstance(oe, list) and isinstance(ne, list):
            ov = {_key(v): v for v in oe if v is not None}
            nv = {_key(v): v for v in ne if v is not None}
            removed = [ov[k] for k in ov if k not in nv]
            added = [nv[k] for k in nv if k not in ov]
            if removed:
                add("enum-value-removed", "enum values removed: " + ", ".join(map(_show, removed)))
            if added:
                add("enum-value-added", "enum values added: " + ", ".join(map(_show, added)))
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
        for ob, nb in pairs:
            self._diff(ob, nb, path, via, seen, depth + 1, out)
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


# --------------------------------------------------------------------------------------------
# Spec comparison
# --------------------------------------------------------------------------------------------


@dataclass
class _Op:
    method: str
    path: str
    op: dict[str, Any]
    item: dict[str, Any]

    @property
    def subject(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str | None:
        value = self.op.get("operationId")
        return str(value) if value is not None else None


def _normalise_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _operations(doc: Json) -> dict[tuple[str, str], _Op]:
    out: dict[tuple[str, str], _Op] = {}
    paths = doc.get("paths") if isinstance(doc, dict) else None
    for path, item in (paths or {}).items():
        item = deref(doc, item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                out[(method.upper(), _normalise_path(str(path)))] = _Op(method, str(path), op, item)
    return out


def _schemas(doc: Json) -> dict[str, Json]:
    comps = doc.get("components") if isinstance(doc, dict) else None
    schemas = comps.get("schemas") if isinstance(comps, dict) else None
    return dict(schemas) if isinstance(schemas, dict) else {}


def _security_schemes(doc: Json) -> dict[str, Json]:
    comps = doc.get("components") if isinstance(doc, dict) else None
    schemes = comps.get("securitySchemes") if isinstance(comps, dict) else None
    return dict(schemes) if isinstance(schemes, dict) else {}


def _requirements(value: Json) -> set[frozenset[tuple[str, tuple[str, ...]]]]:
    """Security requirements as a set of alternatives; anonymous access is the empty one."""
    if not isinstance(value, list) or not value:
        return {frozenset()}
    out: set[frozenset[tuple[str, tuple[str, ...]]]] = set()
    for req in value:
        if isinstance(req, dict):
            out.add(frozenset((str(k), tuple(sorted(map(str, v or [])))) for k, v in req.items()))
    return out


def _fmt_requirement(req: frozenset[tuple[str, tuple[str, ...]]]) -> str:
    if not req:
        return "anonymous access"
    parts = [name + (f"[{', '.join(scopes)}]" if scopes else "") for name, scopes in sorted(req)]
    return " + ".join(parts)


def _parameters(doc: Json, o: _Op) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (o.item.get("parameters"), o.op.get("parameters")):
        for raw in source or []:
            param = deref(doc, raw)
            if isinstance(param, dict) and "name" in param:
                out[(str(param.get("in", "")), str(param["name"]))] = param
    return out


def _result_schema(result: dict[str, Any]) -> Json:
    kind = result.get("kind")
    if kind == "model" and result.get("schema"):
        return {"$ref": str(result["schema"])}
    if kind in ("list", "failed-lines") and result.get("items"):
        return {"type": "array", "items": {"$ref": str(result["items"])}}
    if kind == "bytes":
        return {"type": "string"}
    return None


def _collect_refs(doc: Json, roots: Iterable[Json]) -> set[str]:
    """Names of the component schemas reachable from ``roots`` (through any ``$ref``)."""
    found: set[str] = set()
    stack: list[Json] = list(roots)
    seen_refs: set[str] = set()
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str):
                    if value in seen_refs:
                        continue
                    seen_refs.add(value)
                    name = _ref_name(value)
                    if name is not None:
                        found.add(name)
                    stack.append(resolve_pointer(doc, value))
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return found


def schema_usage(doc: Json) -> dict[str, set[str]]:
    """For each component schema, the directions (request/response) it is used in."""
    req_roots: list[Json] = []
    resp_roots: list[Json] = []
    for o in _operations(doc).values():
        req_roots.extend(_parameters(doc, o).values())
        req_roots.append(o.op.get("requestBody"))
        resp_roots.append(o.op.get("responses"))
        result = o.op.get("x-l2p-result")
        if isinstance(result, dict):
            resp_roots.append(_result_schema(result))
    usage: dict[str, set[str]] = {}
    for direction, roots in ((REQUEST, req_roots), (RESPONSE, resp_roots)):
        for name in _collect_refs(doc, roots):
            usage.setdefault(name, set()).add(direction)
    return usage


class ChangelogMatcher:
    """Finds a changelog line that mentions an identifier."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = [line.strip() for line in lines if line.strip()]

    @staticmethod
    def _pattern(identifier: str) -> re.Pattern[str]:
        body = re.escape(identifier)
        if re.match(r"^[A-Z]+ /", identifier):
            return re.compile(rf"(?<![\w/{{}}]){body}(?![\w/{{])")
        return re.compile(rf"(?<![\w.]){body}(?![\w]|\.\w)")

    def find(self, identifiers: Iterable[str]) -> str | None:
        patterns = [self._pattern(i) for i in identifiers if i]
        for line in self.lines:
            if any(p.search(line) for p in patterns):
                return line
        return None


def changelog_entries(text: str | None, base_text: str | None = None) -> list[str]:
    """Lines of the changelog outside fenced code blocks, less those already in ``base_text``."""
    if not text:
        return []
    base = set(_outside_fences(base_text or ""))
    return [line for line in _outside_fences(text) if line not in base]


def _outside_fences(text: str) -> list[str]:
    out: list[str] = []
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced and line.strip():
            out.append(line.rstrip())
    return out


def _location(label: str, path: str) -> str:
    """``request body: contract[].Startdate``; ``result[].Name`` for a list result."""
    if not path:
        return label
    return f"{label}{path}" if path.startswith("[]") else f"{label}: {path}"


class SpecDiff:
    """Compares two parsed OpenAPI documents."""

    def __init__(self, old: Json, new: Json, changelog: Sequence[str] = ()) -> None:
        self.old = old if isinstance(old, dict) else {}
        self.new = new if isinstance(new, dict) else {}
        self.schemas = SchemaDiffer(self.old, self.new)
        self.changelog = ChangelogMatcher(changelog)
        self.changes: list[Change] = []
        self.notes: list[str] = []
        self._stale: set[str] = set()

    # -- acknowledgement ---------------------------------------------------------------------

    def _ack(self, identifiers: list[str], objects: list[tuple[str, Json, Json]]) -> str | None:
        for label, new_obj, old_obj in objects:
            reason = new_obj.get(ACK_KEY) if isinstance(new_obj, dict) else None
            if not reason:
                continue
            old_reason = old_obj.get(ACK_KEY) if isinstance(old_obj, dict) else None
            if old_reason == reason:
                if label not in self._stale:
                    self._stale.add(label)
                    self.notes.append(
                        f"`{ACK_KEY}` on {label} is unchanged since the base: it acknowledges "
                        "nothing new (change its reason to acknowledge a new change)."
                    )
                continue
            return f"{ACK_KEY} on {label}: {reason}"
        line = self.changelog.find(identifiers)
        return f"CHANGELOG: {line}" if line else None

    def _schema_ack_objects(self, via: Iterable[str]) -> list[tuple[str, Json, Json]]:
        new_s, old_s = _schemas(self.new), _schemas(self.old)
        return [(f"schema {name}", new_s.get(name), old_s.get(name)) for name in via]

    def _emit(
        self,
        rule: str,
        direction: str,
        section: str,
        status: str,
        subject: str,
        operation_id: str | None,
        location: str,
        detail: str,
        identifiers: list[str],
        ack_objects: list[tuple[str, Json, Json]],
    ) -> None:
        level = level_of(rule, direction)
        ack = None
        if level != COMPATIBLE:
            ack = self._ack(identifiers, ack_objects)
        self.changes.append(
            Change(
                rule=rule,
                level=level,
                section=section,
                status=status,
                subject=subject,
                operation_id=operation_id,
                location=location,
                detail=detail,
                direction=direction,
                identifiers=[i for i in dict.fromkeys(identifiers) if i],
                acknowledged=ack,
            )
        )

    # -- top level ---------------------------------------------------------------------------

    def run(self) -> list[Change]:
        self._diff_operations()
        self._diff_component_schemas()
        self._diff_security()
        for ref in sorted(self.schemas.unresolved):
            self.notes.append(f"`$ref: {ref}` does not resolve: the spec is broken there.")
        return self.changes

    def _diff_operations(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key in [*old_ops, *(k for k in new_ops if k not in old_ops)]:
            o, n = old_ops.get(key), new_ops.get(key)
            if o is not None and n is None:
                ids = [o.subject, o.operation_id or ""]
                self._emit(
                    "operation-removed",
                    "",
                    "operations",
                    "removed",
                    o.subject,
                    o.operation_id,
                    "",
                    "operation removed",
                    ids,
                    [],
                )
            elif n is not None and o is None:
                self._emit(
                    "operation-added",
                    "",
                    "operations",
                    "added",
                    n.subject,
                    n.operation_id,
                    "",
                    "operation added",
                    [n.subject, n.operation_id or ""],
                    [],
                )
            elif o is not None and n is not None:
                self._diff_operation(o, n)

    def _diff_operation(self, o: _Op, n: _Op) -> None:
        ids = [n.subject, o.subject, n.operation_id or "", o.operation_id or ""]
        op_ack = [(f"operation {n.subject}", n.op, o.op)]

        def emit(
            rule: str, direction: str, location: str, detail: str, via: Iterable[str] = ()
        ) -> None:
            via = tuple(via)
            self._emit(
                rule,
                direction,
                "operations",
                "changed",
                n.subject,
                n.operation_id,
                location,
                detail,
                ids + list(via),
                op_ack + self._schema_ack_objects(via),
            )

        def schema(old: Json, new: Json, direction: str, label: str) -> None:
            for f in self.schemas.diff(old, new):
                location = _location(label, f.path)
                emit(f.rule, direction, location, f.detail, f.via)

        if o.path != n.path:
            self.notes.append(f"`{o.subject}` is now `{n.subject}` (path parameters renamed).")
        if o.operation_id != n.operation_id:
            emit(
                "operation-id-changed", "", "", f"operationId {o.operation_id} -> {n.operation_id}"
            )
        if list(o.op.get("tags") or []) != list(n.op.get("tags") or []):
            emit("tags-changed", "", "", f"tags {o.op.get('tags')} -> {n.op.get('tags')}")
        if not o.op.get("deprecated") and n.op.get("deprecated"):
            emit("operation-deprecated", "", "", "operation deprecated")
        if ("security" in o.op) or ("security" in n.op):
            self._diff_requirements(
                o.op.get("security", self.old.get("security")),
                n.op.get("security", self.new.get("security")),
                lambda rule, detail: emit(rule, "", "security", detail),
            )

        # parameters (request direction)
        op_, np_ = _parameters(self.old, o), _parameters(self.new, n)
        for key in [*op_, *(k for k in np_ if k not in op_)]:
            label = f"parameter {key[0]} {key[1]}"
            a, b = op_.get(key), np_.get(key)
            if b is None:
                emit("parameter-removed", REQUEST, label, "parameter removed")
            elif a is None:
                required = bool(b.get("required")) or key[0] == "path"
                emit(
                    "parameter-added-required" if required else "parameter-added-optional",
                    REQUEST,
                    label,
                    "required parameter added" if required else "optional parameter added",
                )
            else:
                if bool(a.get("required")) != bool(b.get("required")):
                    became = "required" if b.get("required") else "optional"
                    emit(f"parameter-became-{became}", REQUEST, label, f"became {became}")
                for kw in ("style", "explode"):
                    if a.get(kw) != b.get(kw):
                        emit(
                            "parameter-serialization-changed",
                            REQUEST,
                            label,
                            f"{kw} {a.get(kw)} -> {b.get(kw)}",
                        )
                schema(a.get("schema"), b.get("schema"), REQUEST, label)

        # request body
        ob, nb = deref(self.old, o.op.get("requestBody")), deref(self.new, n.op.get("requestBody"))
        if isinstance(ob, dict) and not isinstance(nb, dict):
            emit("request-body-removed", REQUEST, "request body", "request body removed")
        elif isinstance(nb, dict) and not isinstance(ob, dict):
            req = bool(nb.get("required"))
            emit(
                f"request-body-added-{'required' if req else 'optional'}",
                REQUEST,
                "request body",
                f"{'required' if req else 'optional'} request body added",
            )
        elif isinstance(ob, dict) and isinstance(nb, dict):
            if bool(ob.get("required")) != bool(nb.get("required")):
                became = "required" if nb.get("required") else "optional"
                emit(f"request-body-became-{became}", REQUEST, "request body", f"became {became}")
            self._diff_content(ob, nb, REQUEST, "request body", emit, schema)

        # responses
        ors = o.op.get("responses") if isinstance(o.op.get("responses"), dict) else {}
        nrs = n.op.get("responses") if isinstance(n.op.get("responses"), dict) else {}
        assert isinstance(ors, dict) and isinstance(nrs, dict)
        for code in [*ors, *(c for c in nrs if c not in ors)]:
            label = f"response {code}"
            if code not in nrs:
                success = str(code).startswith("2")
                rule = "success-status-removed" if success else "non-success-status-removed"
                emit(rule, RESPONSE, label, f"response status {code} removed")
            elif code not in ors:
                emit("status-added", RESPONSE, label, f"response status {code} added")
            else:
                a, b = deref(self.old, ors[code]), deref(self.new, nrs[code])
                if isinstance(a, dict) and isinstance(b, dict):
                    self._diff_content(a, b, RESPONSE, label, emit, schema)

        # what GET /Result/{GUID} decodes for a queued operation
        orr, nrr = o.op.get("x-l2p-result"), n.op.get("x-l2p-result")
        okind = orr.get("kind") if isinstance(orr, dict) else None
        nkind = nrr.get("kind") if isinstance(nrr, dict) else None
        if okind != nkind:
            if okind in (None, "none"):
                emit("result-added", RESPONSE, "result", f"x-l2p-result kind {okind} -> {nkind}")
            elif nkind in (None, "none"):
                emit("result-removed", RESPONSE, "result", f"x-l2p-result kind {okind} -> {nkind}")
            else:
                emit(
                    "result-kind-changed",
                    RESPONSE,
                    "result",
                    f"x-l2p-result kind {okind} -> {nkind}",
                )
        elif isinstance(orr, dict) and isinstance(nrr, dict):
            schema(_result_schema(orr), _result_schema(nrr), RESPONSE, "result")
        if bool(o.op.get("x-l2p-synchronous")) != bool(n.op.get("x-l2p-synchronous")):
            emit(
                "synchronous-changed",
                "",
                "",
                f"x-l2p-synchronous {bool(o.op.get('x-l2p-synchronous'))} -> "
                f"{bool(n.op.get('x-l2p-synchronous'))}",
            )

    def _diff_content(
        self,
        a: dict[str, Any],
        b: dict[str, Any],
        direction: str,
        label: str,
        emit: Any,
        schema: Any,
    ) -> None:
        ac = a.get("content") if isinstance(a.get("content"), dict) else {}
        bc = b.get("content") if isinstance(b.get("content"), dict) else {}
        assert isinstance(ac, dict) and isinstance(bc, dict)
        for mt in [*ac, *(m for m in bc if m not in ac)]:
            where = label if mt == "application/json" else f"{label} [{mt}]"
            if mt not in bc:
                emit("media-type-removed", direction, where, f"media type {mt} removed")
            elif mt not in ac:
                emit("media-type-added", direction, where, f"media type {mt} added")
            else:
                ma, mb = ac[mt] or {}, bc[mt] or {}
                schema(ma.get("schema"), mb.get("schema"), direction, where)

    def _diff_requirements(self, old: Json, new: Json, emit: Any) -> None:
        a, b = _requirements(old), _requirements(new)
        for req in sorted(a - b, key=_fmt_requirement):
            emit("security-requirement-removed", f"requirement removed: {_fmt_requirement(req)}")
        for req in sorted(b - a, key=_fmt_requirement):
            emit("security-requirement-added", f"requirement added: {_fmt_requirement(req)}")

    def _diff_component_schemas(self) -> None:
        old_s, new_s = _schemas(self.old), _schemas(self.new)
        usage = schema_usage(self.new)
        old_usage = schema_usage(self.old)
        for name in [*old_s, *(k for k in new_s if k not in old_s)]:
            ack_objects = self._schema_ack_objects([name])
            if name not in new_s:
                self._emit(
                    "schema-removed",
                    "",
                    "schemas",
                    "removed",
                    name,
                    None,
                    "",
                    "schema removed (its generated model goes)",
                    [name],
                    ack_objects,
                )
                continue
            if name not in old_s:
                self._emit(
                    "schema-added",
                    "",
                    "schemas",
                    "added",
                    name,
                    None,
                    "",
                    "schema added",
                    [name],
                    [],
                )
                continue
            used = usage.get(name, set()) | old_usage.get(name, set())
            direction = used.pop() if len(used) == 1 else BOTH
            findings = self.schemas.diff(
                {"$ref": f"#/components/schemas/{name}"},
                {"$ref": f"#/components/schemas/{name}"},
                via=(name,),
            )
            for f in findings:
                if f.via and f.via[-1] != name:
                    continue  # lies in another component schema: listed under that one
                self._emit(
                    f.rule,
                    direction,
                    "schemas",
                    "changed",
                    name,
                    None,
                    f.path,
                    f.detail,
                    [name, *f.via],
                    self._schema_ack_objects(dict.fromkeys((name, *f.via))),
                )

    def _diff_security(self) -> None:
        def emit(rule: str, detail: str) -> None:
            self._emit(
                rule,
                "",
                "security",
                "changed",
                "global security",
                None,
                "",
                detail,
                ["security", *schemes_named(detail)],
                [],
            )

        def schemes_named(detail: str) -> list[str]:
            return [s for s in {**old_ss, **new_ss} if re.search(rf"\b{re.escape(s)}\b", detail)]

        old_ss, new_ss = _security_schemes(self.old), _security_schemes(self.new)
        self._diff_requirements(self.old.get("security"), self.new.get("security"), emit)
        for name in [*old_ss, *(k for k in new_ss if k not in old_ss)]:
            a, b = old_ss.get(name), new_ss.get(name)
            objs = [(f"security scheme {name}", b, a)]
            if b is None:
                self._emit(
                    "security-scheme-removed",
                    "",
                    "security",
                    "removed",
                    name,
                    None,
                    "",
                    "security scheme removed",
                    [name],
                    objs,
                )
            elif a is None:
                self._emit(
                    "security-scheme-added",
                    "",
                    "security",
                    "added",
                    name,
                    None,
                    "",
                    "security scheme added",
                    [name],
                    [],
                )
            else:
                keys = ("type", "in", "name", "scheme", "bearerFormat", "flows", "openIdConnectUrl")
                for kw in keys:
                    if _key(a.get(kw)) != _key(b.get(kw)):
                        self._emit(
                            "security-scheme-changed",
                            "",
                            "security",
                            "changed",
                            name,
                            None,
                            "",
                            f"{kw} {_show(a.get(kw))} -> {_show(b.get(kw))}",
                            [name],
                            objs,
                        )


def compare_specs(
    old: Json, new: Json, changelog: Sequence[str] = ()
) -> tuple[list[Change], list[str]]:
    """Classified changes between two parsed specs, and notes for the reader."""
    diff = SpecDiff(old, new, changelog)
    changes = diff.run()
    return changes, diff.notes


# --------------------------------------------------------------------------------------------
# Python surface (griffe)
# --------------------------------------------------------------------------------------------


def _package_exists(root: Path, package: str) -> bool:
    return (root / package / "__init__.py").is_file() or (root / f"{package}.py").is_file()


def _walk_surface(obj: Any, out: dict[str, str], fields: dict[str, tuple[str, bool]]) -> None:
    """Public objects by path (their kind), and class attributes' (annotation, has a default)."""
    for name, member in obj.members.items():
        if member.is_alias or name.startswith("_"):
            continue
        out[member.path] = member.kind.value
        if member.is_attribute and obj.is_class:
            fields[member.path] = (str(member.annotation), member.value is not None)
        if member.is_module or member.is_class:
            _walk_surface(member, out, fields)


def _field_changes(old: dict[str, tuple[str, bool]], new: dict[str, tuple[str, bool]]) -> list[str]:
    """Model fields whose type changed or that lost (or gained) their default."""
    out = []
    for path in sorted(set(old) & set(new)):
        (old_type, old_default), (new_type, new_default) = old[path], new[path]
        if old_type != new_type:
            out.append(f"{path}: field type changed ({old_type} -> {new_type})")
        if old_default and not new_default:
            out.append(f"{path}: field became required (no default)")
        elif new_default and not old_default:
            out.append(f"{path}: field became optional (has a default)")
    return out


def _collapse(paths: Iterable[str]) -> list[str]:
    chosen = sorted(set(paths))
    present = set(chosen)
    out = []
    for p in chosen:
        parents = [p.rsplit(".", i)[0] for i in range(1, p.count(".") + 1)]
        if not any(parent in present for parent in parents):
            out.append(p)
    return out


def diff_python_surface(old_root: Path | None, new_root: Path | None) -> list[SurfaceDiff]:
    """Modules, classes, functions and attributes removed, added or changed in each package."""
    out: list[SurfaceDiff] = []
    try:
        griffe = importlib.import_module("griffe")
    except ImportError:
        return [
            SurfaceDiff(package, "not compared: griffe is not installed") for package in PACKAGES
        ]
    for package in PACKAGES:
        in_old = old_root is not None and _package_exists(old_root, package)
        in_new = new_root is not None and _package_exists(new_root, package)
        if not in_old and not in_new:
            out.append(SurfaceDiff(package, "absent from both trees"))
            continue
        try:
            old_obj = (
                griffe.load(package, search_paths=[str(old_root)], resolve_aliases=False)
                if in_old
                else None
            )
            new_obj = (
                griffe.load(package, search_paths=[str(new_root)], resolve_aliases=False)
                if in_new
                else None
            )
        except Exception as exc:  # a package griffe cannot read is reported, not fatal
            out.append(SurfaceDiff(package, f"could not be loaded: {exc}"))
            continue
        old_items: dict[str, str] = {}
        new_items: dict[str, str] = {}
        old_fields: dict[str, tuple[str, bool]] = {}
        new_fields: dict[str, tuple[str, bool]] = {}
        if old_obj is not None:
            old_items[package] = "package"
            _walk_surface(old_obj, old_items, old_fields)
        if new_obj is not None:
            new_items[package] = "package"
            _walk_surface(new_obj, new_items, new_fields)
        status = "compared"
        if old_obj is None:
            status = "absent from the base tree (all of it is new)"
        elif new_obj is None:
            status = "absent from the new tree (all of it is gone)"
        diff = SurfaceDiff(package, status)
        diff.removed = [f"{old_items[p]} {p}" for p in _collapse(set(old_items) - set(new_items))]
        diff.added = [f"{new_items[p]} {p}" for p in _collapse(set(new_items) - set(old_items))]
        if old_obj is not None and new_obj is not None:
            diff.changed = sorted(
                _signature_changes(griffe, old_obj, new_obj)
                + _field_changes(old_fields, new_fields)
            )
        out.append(diff)
    return out


def _signature_changes(griffe: Any, old_obj: Any, new_obj: Any) -> list[str]:
    kinds = griffe.BreakageKind  # attributes are compared by _field_changes
    skip = {kinds.OBJECT_REMOVED, kinds.ATTRIBUTE_CHANGED_VALUE, kinds.ATTRIBUTE_CHANGED_TYPE}
    out: list[str] = []
    try:
        for br in griffe.find_breaking_changes(old_obj, new_obj):
            if br.kind in skip or any(part.startswith("_") for part in br.obj.path.split(".")):
                continue
            old_v = _short(br.old_value)
            new_v = _short(br.new_value)
            out.append(f"{br.obj.path}: {br.kind.value} ({old_v} -> {new_v})")
    except Exception as exc:  # griffe could not compare: say so, keep the rest of the report
        out.append(f"(signature comparison failed: {exc})")
    return sorted(set(out))


def _short(value: Any) -> str:
    if value is None:
        return "none"
    text = getattr(value, "name", None)
    if hasattr(value, "annotation") and text is not None:
        annotation = value.annotation
        default = getattr(value, "default", None)
        text = f"{text}: {annotation}" if annotation is not None else str(text)
        return f"{text} = {default}" if default is not None else text
    return str(value)


# --------------------------------------------------------------------------------------------
# Git and inputs
# --------------------------------------------------------------------------------------------


class DiffError(Exception):
    """A problem with the inputs (bad ref, unreadable file)."""


def _git(*args: str, binary: bool = False) -> subprocess.CompletedProcess[Any]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=not binary)


def _rev_exists(ref: str) -> bool:
    return _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode == 0


def _git_show(ref: str, rel: str) -> str | None:
    proc = _git("show", f"{ref}:{rel}")
    return str(proc.stdout) if proc.returncode == 0 else None


def _extract_generated(ref: str, dest: Path) -> Path | None:
    """Write ``generated/`` as it is at ``ref`` under ``dest``; None when the ref has none."""
    proc = _git("archive", "--format=tar", ref, GENERATED_REL, binary=True)
    if proc.returncode != 0:
        return None
    data: bytes = proc.stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            rel = PurePosixPath(member.name)
            if rel.is_absolute() or ".." in rel.parts or not member.isfile():
                continue
            target = dest.joinpath(*rel.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            handle = tar.extractfile(member)
            if handle is not None:
                target.write_bytes(handle.read())
    root = dest / GENERATED_REL
    return root if root.is_dir() else None


def _parse(text: str | None, label: str) -> Json:
    if text is None:
        return {}
    try:
        data = _yaml_load(text)
    except Exception as exc:
        raise DiffError(f"{label} is not valid YAML: {exc}") from exc
    return data if isinstance(data, dict) else {}


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

_BADGE = {BREAKING: "**BREAKING**", POSSIBLY: "**POSSIBLY BREAKING**", COMPATIBLE: "compatible"}
_SURFACE_LIMIT = 40


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def _md_change(c: Change, with_subject: bool) -> str:
    subject = ""
    if with_subject:
        subject = f"`{c.subject}`" + (f" (`{c.operation_id}`)" if c.operation_id else "") + " "
    where = f"{c.location}: " if c.location and c.status == "changed" else ""
    text = f"{_BADGE[c.level]} {subject}{where}{c.detail} [`{c.rule}`"
    text += f", {c.direction}]" if c.direction else "]"
    if c.acknowledged:
        text += f" — acknowledged ({_md_escape(c.acknowledged)})"
    return "- " + text


def render_markdown(report: Report) -> str:
    counts = report.counts()
    lines = [f"## OpenAPI spec diff: `{report.base}` → {report.head}", ""]
    summary = (
        f"**{counts[BREAKING]} breaking, {counts[POSSIBLY]} possibly breaking, "
        f"{counts[COMPATIBLE]} compatible** ({counts['acknowledged']} acknowledged)."
    )
    if report.fail_on:
        failing = report.failing(report.fail_on)
        verdict = f"fails ({len(failing)} unacknowledged)" if failing else "passes"
        summary += f" `--fail-on {report.fail_on}`: {verdict}."
    lines += [summary, ""]
    if not report.changes:
        lines += ["No changes to the API contract.", ""]
    for section, title in (
        ("operations", "Operations"),
        ("schemas", "Schemas"),
        ("security", "Security"),
    ):
        items = [c for c in report.changes if c.section == section]
        if not items:
            continue
        lines += [f"### {title}", ""]
        for status in ("removed", "added"):
            group = [c for c in items if c.status == status]
            if group:
                lines += [f"**{status.capitalize()}**", ""]
                lines += [_md_change(c, with_subject=True) for c in group]
                lines.append("")
        changed = [c for c in items if c.status == "changed"]
        if changed:
            lines += ["**Changed**", ""]
            subjects = list(dict.fromkeys(c.subject for c in changed))
            for subject in subjects:
                group = sorted(
                    (c for c in changed if c.subject == subject),
                    key=lambda c: (-RANK[c.level], c.location),
                )
                op_id = group[0].operation_id
                lines.append(f"- `{subject}`" + (f" (`{op_id}`)" if op_id else ""))
                lines += ["  " + _md_change(c, with_subject=False) for c in group]
            lines.append("")
    if report.notes:
        lines += ["### Notes", ""] + [f"- {n}" for n in report.notes] + [""]
    lines += ["### Python surface (generated code)", ""]
    if report.surface_note:
        lines += [report.surface_note, ""]
    for s in report.surface or []:
        if s.status != "compared" and not (s.removed or s.added):
            lines += [f"- `{s.package}`: {s.status}"]
            continue
        if not (s.removed or s.added or s.changed):
            lines += [f"- `{s.package}`: no changes"]
            continue
        lines += [f"- `{s.package}`" + ("" if s.status == "compared" else f" ({s.status})")]
        for label, entries in (
            ("removed", s.removed),
            ("added", s.added),
            ("changed", s.changed),
        ):
            if not entries:
                continue
            lines.append(f"  - {label} ({len(entries)}):")
            lines += [f"    - `{e}`" for e in entries[:_SURFACE_LIMIT]]
            if len(entries) > _SURFACE_LIMIT:
                lines.append(
                    f"    - … and {len(entries) - _SURFACE_LIMIT} more (see `--format json`)"
                )
    lines.append("")
    return "\n".join(lines)


def render_json(report: Report) -> str:
    failing = report.failing(report.fail_on)
    data = {
        "base": report.base,
        "head": report.head,
        "summary": report.counts(),
        "fail_on": report.fail_on,
        "failed": bool(failing),
        "changes": [asdict(c) for c in report.changes],
        "notes": report.notes,
        "python_surface": (None if report.surface is None else [asdict(s) for s in report.surface]),
        "python_surface_note": report.surface_note,
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def build_report(args: argparse.Namespace) -> Report:
    notes: list[str] = []
    surface: list[SurfaceDiff] | None = None
    surface_note = ""
    if args.old or args.new:
        if not (args.old and args.new):
            raise DiffError("--old and --new go together")
        old_path, new_path = Path(args.old), Path(args.new)
        try:
            old_doc = _parse(old_path.read_text(encoding="utf-8"), str(old_path))
            new_doc = _parse(new_path.read_text(encoding="utf-8"), str(new_path))
        except OSError as exc:
            raise DiffError(str(exc)) from exc
        log = Path(args.changelog) if args.changelog else new_path.parent / "CHANGELOG.md"
        base_log = old_path.parent / "CHANGELOG.md"
        entries = changelog_entries(
            log.read_text(encoding="utf-8") if log.is_file() else None,
            base_log.read_text(encoding="utf-8")
            if base_log.is_file() and base_log.resolve() != log.resolve()
            else None,
        )
        changes, diff_notes = compare_specs(old_doc, new_doc, entries)
        if args.no_python:
            surface_note = "Not compared (--no-python)."
        elif args.old_generated or args.new_generated:
            surface = diff_python_surface(
                Path(args.old_generated) if args.old_generated else None,
                Path(args.new_generated) if args.new_generated else None,
            )
        else:
            surface_note = (
                "Not compared: `--old/--new` compare spec files only "
                "(pass `--old-generated DIR --new-generated DIR` to compare generated trees)."
            )
        return Report(
            str(old_path), f"`{new_path}`", changes, surface, surface_note, diff_notes + notes
        )

    base, head = args.base, args.head
    for ref in (base, head):
        if ref is not None and not _rev_exists(ref):
            raise DiffError(f"unknown git ref: {ref}")
    old_text = _git_show(base, SPEC_REL)
    if old_text is None:
        notes.append(f"`{base}` has no {SPEC_REL}: everything is reported as added.")
    if head is None:
        spec_file = ROOT / SPEC_REL
        new_text = spec_file.read_text(encoding="utf-8") if spec_file.is_file() else None
        log_file = ROOT / CHANGELOG_REL
        log_text = log_file.read_text(encoding="utf-8") if log_file.is_file() else None
        head_label = "working tree"
    else:
        new_text = _git_show(head, SPEC_REL)
        log_text = _git_show(head, CHANGELOG_REL)
        head_label = f"`{head}`"
    if new_text is None:
        notes.append(f"{head_label} has no {SPEC_REL}: everything is reported as removed.")
    entries = changelog_entries(log_text, _git_show(base, CHANGELOG_REL))
    changes, diff_notes = compare_specs(
        _parse(old_text, f"{base}:{SPEC_REL}"),
        _parse(new_text, f"{head_label} {SPEC_REL}"),
        entries,
    )
    if args.no_python:
        surface_note = "Not compared (--no-python)."
    else:
        with tempfile.TemporaryDirectory(prefix="l2p-spec-diff-") as tmp:
            old_root = _extract_generated(base, Path(tmp) / "old")
            new_root: Path | None
            if head is None:
                new_root = ROOT / GENERATED_REL if (ROOT / GENERATED_REL).is_dir() else None
            else:
                new_root = _extract_generated(head, Path(tmp) / "new")
            parts = []
            if old_root is None:
                parts.append(
                    f"`{base}` has no committed `{GENERATED_REL}/`: nothing to compare with."
                )
            if new_root is None:
                parts.append(f"{head_label} has no `{GENERATED_REL}/`.")
            elif head is None:
                parts.append(
                    "The working tree's `generated/` is used as it is: run `make generate` first "
                    "for it to match the spec."
                )
            surface_note = " ".join(parts)
            surface = diff_python_surface(old_root, new_root)
    return Report(f"{base}", head_label, changes, surface, surface_note, diff_notes + notes)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="Report what a change to openapi/link2prisma.yaml breaks for users."
    )
    parser.add_argument("--base", default="HEAD~1", help="git ref to compare from (default HEAD~1)")
    parser.add_argument(
        "--head", default=None, help="git ref to compare to (default: working tree)"
    )
    parser.add_argument("--old", help="compare this spec file ...")
    parser.add_argument("--new", help="... with this one (instead of git refs)")
    parser.add_argument("--old-generated", help="with --old/--new: generated/ tree of the old spec")
    parser.add_argument("--new-generated", help="with --old/--new: generated/ tree of the new spec")
    parser.add_argument("--changelog", help="with --old/--new: the changelog to read")
    parser.add_argument(
        "--fail-on",
        choices=("breaking", "possibly"),
        help="exit 1 when an unacknowledged change of this level or worse exists",
    )
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    parser.add_argument("--no-python", action="store_true", help="skip the Python-surface part")
    parser.add_argument(
        "--ci",
        action="store_true",
        help="compare HEAD~1 with the working tree and fail on an unacknowledged breaking change",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.ci:
        if not _rev_exists("HEAD~1"):
            print("no previous commit, nothing to compare")
            return 0
        args.base, args.head, args.old, args.new = "HEAD~1", None, None, None
        args.fail_on = args.fail_on or "breaking"
    try:
        report = build_report(args)
    except DiffError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    report.fail_on = args.fail_on
    text = render_json(report) if args.format == "json" else render_markdown(report)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    failing = report.failing(args.fail_on)
    if failing:
        print(
            f"spec_diff: {len(failing)} unacknowledged change(s) at or above "
            f"'{args.fail_on}': mark them with {ACK_KEY} or a line in {CHANGELOG_REL}",
            file=sys.stderr,
        )
        return 1
    return 0


def iter_rules() -> Iterator[tuple[str, str, str]]:
    """(rule, level in a request, level in a response), for documentation and tests."""
    for rule, (req, resp) in RULES.items():
        yield rule, req, resp


if __name__ == "__main__":
    raise SystemExit(main())
