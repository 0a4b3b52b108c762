"""Helpers for tests that read the spec and the shared reference files."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "link2prisma.yaml"
SHARED = ROOT.parent / "shared"
MANUAL_GLOB = "seeds/link2prisma-api.004_*.txt"
VENDOR = SHARED / "reference" / "link2prisma-models.json"


@cache
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return data


def shared_file(pattern: str) -> Path:
    """A file of ../shared/, or skip: a user's clone may not have it."""
    found = sorted(SHARED.glob(pattern))
    if not found:
        pytest.skip(f"../shared/{pattern} is not here (it ships with the developers' workspace)")
    return found[0]


def vendor_schemas() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(
        shared_file("reference/link2prisma-models.json").read_text()
    )
    return data


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` into the spec's components."""
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = spec()["components"]["schemas"][name]
    return node


def non_null(node: dict[str, Any]) -> dict[str, Any]:
    """The non-null branch of ``anyOf: [X, {type: null}]`` (3.1 nullability).

    An open enumeration of a read shape, ``anyOf: [{$ref: Enum}, {type: string}]``, gives the
    enumeration.
    """
    if "anyOf" in node:
        branches = [b for b in node["anyOf"] if b.get("type") != "null"]
        if len(branches) == 2 and set(branches[1]) == {"type"}:
            return branches[0]  # an open enumeration
        assert len(branches) == 1, node
        return branches[0]
    return node


def _refs(node: Any, out: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                out.add(value.rsplit("/", 1)[-1])
            elif key in ("items", "schema") and isinstance(value, str) and value.startswith("#/"):
                out.add(value.rsplit("/", 1)[-1])  # x-l2p-result names schemas by reference
            else:
                _refs(value, out)
    elif isinstance(node, list):
        for value in node:
            _refs(value, out)


def _closure(names: set[str]) -> set[str]:
    schemas = spec()["components"]["schemas"]
    seen: set[str] = set()
    todo = [n for n in names if n in schemas]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            found: set[str] = set()
            _refs(schemas[name], found)
            todo.extend(n for n in found if n in schemas)
    return seen


def request_schemas() -> set[str]:
    """Every component a request body can contain."""
    found: set[str] = set()
    for item in spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                _refs(op.get("requestBody", {}), found)
    return _closure(found)


def response_schemas() -> set[str]:
    """Every component an answer can contain (the 2xx bodies and the decoded Responses)."""
    found: set[str] = set()
    for item in spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                _refs(op.get("responses", {}), found)
                _refs(op.get("x-l2p-result", {}), found)
    return _closure(found)


def normalise_path(path: str) -> str:
    """A path template with parameter names erased: the manual names them differently per verb."""
    path = "/" + path.strip().lstrip("/")
    path = path.replace("/companycar{carID}", "/companycar/{carID}")  # the manual's slip
    return re.sub(r"\{[^}]*\}", "{}", path)


def manual_operations(text: str) -> set[tuple[str, str]]:
    """(method, normalised path) of every operation the Dutch manual lists, by section."""
    sections = {
        "GET": ("## 4 WERKNEMERGEGEVENS", "## 4.2"),
        "POST": ("## 4.2", "## 4.3"),
        "PUT": ("## 4.3", "## 4.4"),
        "DELETE": ("## 4.4", "## 4.5"),
    }
    found: set[tuple[str, str]] = set()
    link = re.compile(r"\[(/?[A-Za-z][^\]\s]*/[^\]\s]*|/[A-Za-z]+(?:\{\w+\})?)\]\(#\)")
    for method, (start, end) in sections.items():
        body = text[text.index(start) : text.index(end)]
        for m in link.finditer(body):
            found.add((method, normalise_path(m.group(1))))
    tail = text[text.index("## 4.5") :]
    for m in re.finditer(r"`(/(?:Result|workerExists)/\{\w+\})`", tail):
        found.add(("GET", normalise_path(m.group(1))))
    docs = text[text.index("### 5.1") : text.index("## 5.2")]
    for m in link.finditer(docs):
        found.add(("GET", normalise_path(m.group(1))))
    upload = re.search(r"ENDPOINT:\s+(/document)\b", text[text.index("## 5.2") :])
    assert upload is not None
    found.add(("POST", upload.group(1)))
    return found
