"""Command line: inputs from git or files, the report, the exit code."""

from __future__ import annotations

import argparse
import importlib
import io
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from .changelog import ACK_KEY, changelog_entries
from .operations import compare_specs
from .python_surface import SurfaceDiff, diff_python_surface
from .report import Report, render_json, render_markdown
from .rules import rules_markdown
from .schema_diff import Json

ROOT = Path(__file__).resolve().parent.parent.parent
SPEC_REL = "openapi/link2prisma.yaml"
CHANGELOG_REL = "openapi/CHANGELOG.md"
GENERATED_REL = "generated"


def _yaml_load(text: str) -> Json:
    yaml = importlib.import_module("yaml")  # PyYAML ships no type stubs
    return yaml.safe_load(text)


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
        "--rules", action="store_true", help="print the rule table (Markdown) and exit"
    )
    parser.add_argument(
        "--ci",
        action="store_true",
        help="compare HEAD~1 with the working tree and fail on an unacknowledged breaking change",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.rules:
        sys.stdout.write(rules_markdown())
        return 0
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
