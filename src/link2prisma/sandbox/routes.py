"""Routing built from the OpenAPI spec, matching paths case-insensitively like WCF.

Literal segments win over parameters (``/worker/1/contract`` is the contract list, not
``/worker/{StartDate}/{EndDate}``); ``/profcat`` (the English manual's spelling) is an alias of
``/profcats`` (the Dutch manual's) unless ``profcat_spelling`` keeps only one of them, as a real
deployment may: the other then matches nothing (404 "Endpoint not found").

A trailing slash counts, as in the spec: ``GET /worker/{id}/companycar/`` lists the cars,
``POST /worker/{id}/companycar`` adds one, and the other combinations answer 405.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote

__all__ = ["PROFCAT_SPELLINGS", "Operation", "ProfcatSpelling", "Router"]

_METHODS = ("get", "put", "post", "delete")
_ALIASES = {"/profcats": "/profcat"}
ProfcatSpelling = Literal["both", "profcat", "profcats"]
PROFCAT_SPELLINGS: tuple[ProfcatSpelling, ...] = ("both", "profcat", "profcats")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the server needs it."""

    operation_id: str
    method: str
    template: str
    #: name -> parameter object (path and query), ``$ref`` resolved.
    parameters: dict[str, dict[str, Any]]
    body_schema: str | None
    needs_employer: bool
    synchronous: bool
    result: dict[str, Any] = field(default_factory=dict)

    @property
    def path_parameters(self) -> list[str]:
        return [n for n, p in self.parameters.items() if p.get("in") == "path"]


def _segments(path: str) -> list[str]:
    stripped = path.strip("/")
    return stripped.split("/") if stripped else []


def _normal(path: str) -> str:
    return "/" + "/".join(_segments(path)) + ("/" if path.endswith("/") and path != "/" else "")


def _resolve(spec: dict[str, Any], obj: dict[str, Any]) -> dict[str, Any]:
    ref = obj.get("$ref")
    if not isinstance(ref, str):
        return obj
    node: Any = spec
    for part in ref.lstrip("#/").split("/"):
        node = node[part]
    return dict(node)


class Router:
    """Finds the operation of a method and path."""

    def __init__(self, spec: dict[str, Any], profcat_spelling: ProfcatSpelling = "both") -> None:
        if profcat_spelling not in PROFCAT_SPELLINGS:
            raise ValueError(
                f"profcat_spelling must be one of {', '.join(PROFCAT_SPELLINGS)}, "
                f"not {profcat_spelling!r}"
            )
        served = (
            {"/profcat", "/profcats"} if profcat_spelling == "both" else {"/" + profcat_spelling}
        )
        self.operations: dict[str, Operation] = {}
        #: (segments, methods) per normalised template
        self._templates: dict[str, dict[str, Operation]] = {}
        global_security = spec.get("security", [])
        for template, item in spec["paths"].items():
            for method in _METHODS:
                raw = item.get(method)
                if raw is None:
                    continue
                params: dict[str, dict[str, Any]] = {}
                for p in [*item.get("parameters", []), *raw.get("parameters", [])]:
                    resolved = _resolve(spec, p)
                    params[resolved["name"]] = resolved
                body_ref = (
                    raw.get("requestBody", {})
                    .get("content", {})
                    .get("application/json", {})
                    .get("schema", {})
                    .get("$ref")
                )
                security = raw.get("security", global_security)
                needs_employer = any("Employer" in s for s in security)
                op = Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    template=template,
                    parameters=params,
                    body_schema=body_ref.rsplit("/", 1)[-1] if body_ref else None,
                    needs_employer=needs_employer,
                    synchronous=bool(raw.get("x-l2p-synchronous")),
                    result=dict(raw.get("x-l2p-result") or {}),
                )
                self.operations[op.operation_id] = op
                for name in (template, _ALIASES.get(template)):
                    if name is None or (name in ("/profcat", "/profcats") and name not in served):
                        continue
                    key = _normal(name)
                    self._templates.setdefault(key, {})[op.method] = op

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], list[str]]:
        """(operation, raw path parameters, allowed methods) for ``path`` (after the prefix).

        ``operation`` is ``None`` when nothing matches (allowed is empty: 404) or when the path
        matches but not the method (allowed lists the methods: 405).
        """
        segments = _segments(path)
        slash = path.endswith("/") and path.strip("/") != ""
        best: tuple[tuple[int, ...], str, dict[str, str]] | None = None
        for template, _methods in self._templates.items():
            tsegs = _segments(template)
            if len(tsegs) != len(segments) or template.endswith("/") != slash:
                continue
            score: list[int] = []
            values: dict[str, str] = {}
            for tseg, seg in zip(tsegs, segments, strict=True):
                if tseg.startswith("{") and tseg.endswith("}"):
                    values[tseg[1:-1]] = unquote(seg)
                    score.append(0)
                elif tseg.lower() == unquote(seg).lower():
                    score.append(1)
                else:
                    break
            else:
                candidate = (tuple(score), template, values)
                if best is None or candidate[0] > best[0]:
                    best = candidate
        if best is None:
            return None, {}, []
        methods = self._templates[best[1]]
        op = methods.get(method.upper())
        return op, best[2], sorted(methods)
