"""Operations, component schemas and security: the classified changes between two specs.

:class:`SpecDiff` walks the operations (matched by method and path, path parameter names aside),
the component schemas and the security schemes of both documents, compares their schemas with
:class:`~.schema_diff.SchemaDiffer` in the direction they travel, and turns each finding into a
:class:`Change` whose level comes from the rule table (rules.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .changelog import Acknowledger
from .rules import BOTH, COMPATIBLE, REQUEST, RESPONSE, level_of
from .schema_diff import (
    Json,
    SchemaDiffer,
    _key,
    _ref_name,
    _show,
    deref,
    is_open_union,
    resolve_pointer,
)

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


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


def _roots(doc: Json) -> tuple[list[Json], list[Json]]:
    """What requests carry (parameters, bodies) and what responses do (responses, results)."""
    req_roots: list[Json] = []
    resp_roots: list[Json] = []
    for o in _operations(doc).values():
        req_roots.extend(_parameters(doc, o).values())
        req_roots.append(o.op.get("requestBody"))
        resp_roots.append(o.op.get("responses"))
        result = o.op.get("x-l2p-result")
        if isinstance(result, dict):
            resp_roots.append(_result_schema(result))
    return req_roots, resp_roots


def closed_in_responses(doc: Json) -> set[str]:
    """Component schemas some response refers to other than as a branch of an open enumeration
    (``anyOf: [{$ref: X}, {type: string}]``, see :func:`~.schema_diff.is_open_union`)."""
    _, resp_roots = _roots(doc)
    closed: set[str] = set()
    stack: list[tuple[Json, bool]] = [(root, False) for root in resp_roots]
    followed: set[str] = set()
    while stack:
        node, in_open_union = stack.pop()
        if isinstance(node, list):
            stack.extend((v, False) for v in node)
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                name = _ref_name(value)
                if name is not None and not in_open_union:
                    closed.add(name)
                if value not in followed:
                    followed.add(value)
                    stack.append((resolve_pointer(doc, value), False))
            elif key in ("anyOf", "oneOf") and isinstance(value, list):
                open_ = is_open_union(value)
                stack.extend((b, open_) for b in value)
            else:
                stack.append((value, False))
    return closed


def schema_usage(doc: Json) -> dict[str, set[str]]:
    """For each component schema, the directions (request/response) it is used in."""
    req_roots, resp_roots = _roots(doc)
    usage: dict[str, set[str]] = {}
    for direction, roots in ((REQUEST, req_roots), (RESPONSE, resp_roots)):
        for name in _collect_refs(doc, roots):
            usage.setdefault(name, set()).add(direction)
    return usage


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
        self.changes: list[Change] = []
        self.notes: list[str] = []
        self.acknowledger = Acknowledger(changelog, self.notes)

    # -- acknowledgement ---------------------------------------------------------------------

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
            ack = self.acknowledger.find(identifiers, ack_objects)
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
                for f in self.schemas.diff(a.get("schema"), b.get("schema")):
                    rule = f.rule
                    if rule == "default-changed" and not f.path:
                        # the regenerated client sends the parameter's default when the caller
                        # passes nothing: another default is another request
                        rule = "parameter-default-changed"
                    emit(rule, REQUEST, _location(label, f.path), f.detail, f.via)

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
        # an enumeration every response reads open (in both versions) takes new values
        closed = closed_in_responses(self.new) | closed_in_responses(self.old)
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
            direction = next(iter(used)) if len(used) == 1 else BOTH
            findings = self.schemas.diff(
                {"$ref": f"#/components/schemas/{name}"},
                {"$ref": f"#/components/schemas/{name}"},
                via=(name,),
            )
            for f in findings:
                if f.via and f.via[-1] != name:
                    continue  # lies in another component schema: listed under that one
                rule = f.rule
                top_enum = rule == "enum-value-added" and not f.path
                if top_enum and RESPONSE in used and name not in closed:
                    rule = "open-enum-value-added"
                self._emit(
                    rule,
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
