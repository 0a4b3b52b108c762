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
    """The non-null branch of ``anyOf: [X, {type: null}]`` (3.1 nullability)."""
    if "anyOf" in node:
        branches = [b for b in node["anyOf"] if b.get("type") != "null"]
        assert len(branches) == 1, node
        return branches[0]
    return node


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
