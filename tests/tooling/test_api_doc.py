"""docs/api.md: every ``scope.<tag>.<action>(...)``, generated from the spec, never stale.

``make generate`` writes it (scripts/gen_resources.py renders scripts/templates/api.md.jinja
from the same signatures as the resource classes) and ``scripts/generate.py --check``, run by
``make test``, fails when the file differs from what the spec makes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from link2prisma_resources._table import OPERATIONS
from spec_tools import ROOT

API_DOC = ROOT / "docs" / "api.md"


def _section(operation_id: str) -> str:
    """The part of docs/api.md about one operation: from its heading to the next."""
    text = API_DOC.read_text("utf-8")
    spec = OPERATIONS[operation_id]
    heading = re.search(rf"^### `[a-z0-9_.]+\.{spec.tag}\.{spec.action}\(.*$", text, re.M)
    assert heading is not None, operation_id
    end = text.find("\n### ", heading.end())
    return text[heading.start() : end if end > 0 else len(text)]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_has_its_method_path_and_result(operation_id: str) -> None:
    spec = OPERATIONS[operation_id]
    section = _section(operation_id)
    assert f"`{spec.method} {spec.path}`" in section
    assert f"`{operation_id}`" in section and "Returns: `" in section
    for param in spec.params:
        assert f"| `{param.python_name}` | `{param.name}` | {param.location} |" in section
    if spec.body is not None:
        assert f"Body: `{spec.body.schema}" in section


def test_operations_are_grouped_by_tag() -> None:
    text = API_DOC.read_text("utf-8")
    tags = re.findall(r"^## (\w+)$", text, re.M)
    assert sorted(tags) == sorted({spec.tag for spec in OPERATIONS.values()})
    for tag in tags:
        body = text.split(f"\n## {tag}\n", 1)[1].split("\n## ", 1)[0]
        assert set(re.findall(r"^### `[a-z0-9_.]+\.(\w+)\.", body, re.M)) == {tag}


@pytest.mark.slow
def test_drift_check_fails_on_a_stale_api_doc(tmp_path: Path) -> None:
    stale = tmp_path / "api.md"
    stale.write_text(API_DOC.read_text("utf-8").replace("workers.list", "workers.lst", 1))
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check", "--api-doc", str(stale)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "out of date" in proc.stdout and "differs: api.md" in proc.stdout
