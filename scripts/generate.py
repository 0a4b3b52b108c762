"""Regenerate everything under generated/ from openapi/link2prisma.yaml.

Three outputs, each from the one spec:

* ``link2prisma_api``: the low-level attrs + httpx client (openapi-python-client, pinned).
* ``link2prisma_models``: pydantic v2 models that carry the constraints (datamodel-code-generator,
  pinned): used to validate request bodies before they are queued, and by the sandbox.
* ``link2prisma_resources``: the typed per-operation layer of the facade (scripts/gen_resources.py).

It also writes ``docs/api.md``, the reference of every ``scope.<tag>.<action>(...)`` (rendered by
scripts/gen_resources.py from the same spec and the same signatures as the resource classes).

``--check`` regenerates into a temporary directory and exits 1 when generated/ or docs/api.md
differs from what the spec makes (the drift check run by ``make test``).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from gen_resources import HEADER, api_doc

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "link2prisma.yaml"
OPC_CONFIG = ROOT / "openapi" / "openapi-python-client.yaml"
# Our copy of openapi-python-client's model template (a private __repr__, wrong_types).
OPC_TEMPLATES = ROOT / "scripts" / "templates" / "openapi-python-client"
API_DOC = ROOT / "docs" / "api.md"
PACKAGES = ("link2prisma_api", "link2prisma_models", "link2prisma_resources")
BIN = Path(sys.executable).parent

DATAMODEL_FLAGS = [
    "--input-file-type=openapi",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--disable-timestamp",
    "--use-annotated",
    "--field-constraints",
    "--strict-types",
    "int",
    "float",
    "bool",
    "str",
    "--use-double-quotes",
    "--use-schema-description",
    "--strict-nullable",
    "--enum-field-as-literal=all",
    "--formatters",
    "ruff-format",
]


def _run(args: list[str], cwd: Path) -> None:
    env = dict(os.environ, PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"failed: {' '.join(args[:2])} (exit {proc.returncode})")


def generate(out: Path, spec: Path = SPEC) -> str:
    """Write the three generated packages into ``out``; return the text of docs/api.md.

    They are always made in a fresh temporary directory first, so that no configuration file
    near ``out`` (formatters look for one) changes a byte of the result.
    """
    with tempfile.TemporaryDirectory(prefix="l2p-gen-") as tmp:
        _generate_into(Path(tmp), spec)
        out.mkdir(parents=True, exist_ok=True)
        for name in PACKAGES:
            shutil.rmtree(out / name, ignore_errors=True)
            shutil.copytree(Path(tmp) / name, out / name)
        return api_doc(spec, Path(tmp) / "link2prisma_api")


def _generate_into(out: Path, spec: Path) -> None:
    _run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            f"--path={spec}",
            f"--config={OPC_CONFIG}",
            f"--custom-template-path={OPC_TEMPLATES}",
            "--meta=none",
            "--fail-on-warning",
            f"--output-path={out / 'link2prisma_api'}",
        ],
        cwd=out,
    )
    (out / "link2prisma_api" / "py.typed").write_text("# Marker file for PEP 561\n")
    models = out / "link2prisma_models"
    models.mkdir()
    _run(
        [
            str(BIN / "datamodel-codegen"),
            f"--input={spec}",
            f"--output={models / '__init__.py'}",
            *DATAMODEL_FLAGS,
        ],
        cwd=out,
    )
    (models / "py.typed").write_text("# Marker file for PEP 561\n")
    _run(
        [
            sys.executable,
            str(ROOT / "scripts" / "gen_resources.py"),
            str(out / "link2prisma_resources"),
        ],
        cwd=ROOT,
    )
    for name in PACKAGES:
        _stamp(out / name)
    targets = [str(out / name) for name in PACKAGES]
    ruff = str(BIN / "ruff")
    # --isolated: the same formatting wherever the output lands (the project config excludes
    # generated/ from its own lint, which would otherwise change what gets formatted).
    style = ["--isolated", "--no-cache", "--line-length=100", "--target-version=py311"]
    fix = ["--select=I,F401", "--fix", "--exit-zero", "--quiet"]
    _run([ruff, "check", *style, *fix, *targets], ROOT)
    _run([ruff, "format", *style, "--quiet", *targets], ROOT)


def _stamp(package: Path) -> None:
    """Start every module of ``package`` with HEADER (the two outside generators have their own)."""
    for module in sorted(package.rglob("*.py")):
        text = module.read_text("utf-8")
        if not text.startswith(HEADER):
            module.write_text(f"{HEADER}\n{text}", "utf-8")


def _differences(a: Path, b: Path) -> list[str]:
    diffs: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        diffs.extend(
            f"only in generated/: {prefix}{n}" for n in cmp.left_only if n != "__pycache__"
        )
        diffs.extend(f"missing from generated/: {prefix}{n}" for n in cmp.right_only)
        diffs.extend(f"differs: {prefix}{n}" for n in cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    for name in PACKAGES:
        left, right = a / name, b / name
        if not left.exists():
            diffs.append(f"missing from generated/: {name}")
            continue
        walk(filecmp.dircmp(str(left), str(right), ignore=["__pycache__"]), f"{name}/")
    return diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when generated/ is stale")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output directory")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document")
    parser.add_argument("--api-doc", type=Path, default=API_DOC, help="the API reference")
    args = parser.parse_args(argv)
    if not args.check:
        args.api_doc.write_text(generate(args.out, args.spec), "utf-8")
        return 0
    with tempfile.TemporaryDirectory(prefix="l2p-gen-") as tmp:
        doc = generate(Path(tmp), args.spec)
        diffs = _differences(args.out, Path(tmp))
    if not args.api_doc.exists() or args.api_doc.read_text("utf-8") != doc:
        diffs.append(f"differs: {args.api_doc.name}")
    if diffs:
        print("generated/ or docs/api.md is out of date with openapi/ (run `make generate`):")
        for line in diffs[:50]:
            print("  " + line)
        return 1
    print("generated/ and docs/api.md match openapi/link2prisma.yaml")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
