"""The layering: each module imports on its own, and import-linter's contracts hold and bite.

The contracts are ``[tool.importlinter]`` in pyproject.toml (``lint-imports`` runs them in
``make test``): the library never imports the command line or the sandbox, the sandbox imports no
facade module, generated code reaches the facade only through ``link2prisma.codegen``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from spec_tools import ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
PACKAGES = {
    "link2prisma": ROOT / "src",
    "link2prisma_resources": ROOT / "generated",
    "link2prisma_models": ROOT / "generated",
    "link2prisma_api": ROOT / "generated",
}
# Importing these runs a program (``python -m``): they are not libraries.
RUNS_ON_IMPORT = {"link2prisma.cli.__main__"}


def _modules(package: str) -> list[str]:
    base = PACKAGES[package]
    names = []
    for path in sorted((base / package).rglob("*.py")):
        parts = list(path.relative_to(base).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return [n for n in names if n not in RUNS_ON_IMPORT]


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120
    )


# --- every module on its own --------------------------------------------------------------------


def _own_modules() -> list[str]:
    """The facade, the resources and the models, and link2prisma_api down to its subpackages."""
    api = [
        m
        for m in _modules("link2prisma_api")
        if not m.startswith(("link2prisma_api.api.", "link2prisma_api.models."))
    ]
    api += [m for m in _modules("link2prisma_api") if m.count(".") == 2 and ".api." in m]
    return [
        *_modules("link2prisma"),
        *_modules("link2prisma_resources"),
        *_modules("link2prisma_models"),
        *api,
    ]


@pytest.mark.slow
def test_every_module_imports_on_its_own_in_a_fresh_interpreter(tmp_path: Path) -> None:
    """``python -c "import X"`` for each module: an import cycle fails whichever module it is
    entered from, so each one is the first import of its own interpreter (two at a time)."""
    modules = _own_modules()
    assert "link2prisma_resources._table" in modules and "link2prisma.codegen" in modules
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda m: (m, _python(f"import {m}", tmp_path)), modules))
    failed = {m: p.stderr.strip().splitlines()[-1:] for m, p in results if p.returncode != 0}
    assert not failed, failed


def test_every_generated_api_leaf_imports() -> None:
    """The ~370 leaf modules of ``link2prisma_api`` (one per operation and per model) import only
    within their own package and third-party code (the generated-code contract below): one
    interpreter imports them all (an interpreter each, or each entered first, takes minutes)."""
    leaves = [m for m in _modules("link2prisma_api") if m.count(".") >= 2]
    assert len(leaves) > 300
    code = f"import importlib\nfor name in {leaves!r}:\n    importlib.import_module(name)\n"
    proc = _python(code, ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_importing_the_package_loads_nothing_else() -> None:
    """``import link2prisma`` and its submodules stay light: the client, httpx and pydantic load
    when a public name is first used; the sandbox loads neither the client nor the CLI."""
    code = (
        "import sys\n"
        "import link2prisma\n"
        "heavy = {'httpx', 'pydantic', 'link2prisma._client', 'typer', 'rich'}\n"
        "assert not heavy & set(sys.modules), heavy & set(sys.modules)\n"
        "import link2prisma.sandbox, link2prisma_resources._table, link2prisma.codegen\n"
        "loaded = {'link2prisma._client', 'link2prisma._core', 'typer', 'rich', 'link2prisma_api'}\n"
        "assert not loaded & set(sys.modules), loaded & set(sys.modules)\n"
        "missing = [n for n in link2prisma.__all__ if not hasattr(link2prisma, n)]\n"
        "assert not missing, missing\n"
        "assert set(link2prisma.__all__) <= set(dir(link2prisma))\n"
        "from link2prisma import Link2Prisma\n"
        "assert Link2Prisma.__module__ == 'link2prisma._client'\n"
    )
    proc = _python(code, ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]


# --- import-linter ------------------------------------------------------------------------------


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sorted({str(p) for p in [tree]})))
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", str(tree / "pyproject.toml")],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the four packages, side by side, and the contracts (pyproject.toml)."""
    for package, base in PACKAGES.items():
        shutil.copytree(
            base / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_contracts_hold(tree: Path) -> None:
    proc = _lint_imports(tree)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr
    assert "3 kept, 0 broken" in proc.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        # the library reaching into the command line
        (
            "link2prisma/_dates.py",
            "import link2prisma.cli.output",
            "The library never imports the command line or the sandbox",
        ),
        # ... or into the sandbox
        (
            "link2prisma/certificate.py",
            "from link2prisma.sandbox import pki",
            "The library never imports the command line or the sandbox",
        ),
        # the sandbox reading a facade internal instead of the spec
        (
            "link2prisma/sandbox/faults.py",
            "from link2prisma._operation.status import OperationStatus",
            "The sandbox imports only the spec and the models, no module of the facade",
        ),
        # generated code importing a private facade module
        (
            "link2prisma_resources/_table.py",
            "from link2prisma._spec import ModelRef",
            "Generated code imports the facade only through link2prisma.codegen",
        ),
    ],
)
def test_a_forbidden_import_is_caught(tree: Path, module: str, line: str, contract: str) -> None:
    path = tree / module
    path.write_text(path.read_text() + f"\n{line}  # added by the test\n")
    proc = _lint_imports(tree)
    assert proc.returncode != 0
    assert f"{contract} BROKEN" in proc.stdout, proc.stdout[-3000:]
    assert "1 broken" in proc.stdout
