"""What changed in the generated Python surface (griffe).

Modules, functions, classes and fields of ``link2prisma_api``, ``link2prisma_models`` and the
facade's ``link2prisma_resources``, removed, added or changed. The section is informational (it
does not count for ``--fail-on``): removals are what breaks user code, and they follow from the
spec changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGES = ("link2prisma_api", "link2prisma_models", "link2prisma_resources")


@dataclass
class SurfaceDiff:
    """What changed in one generated package."""

    package: str
    status: str  # "compared", or why it was not
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)


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
                + _parameter_type_changes(_parameter_types(old_obj), _parameter_types(new_obj))
            )
        out.append(diff)
    return out


def _parameter_types(
    obj: Any, out: dict[str, dict[str, str]] | None = None
) -> dict[str, dict[str, str]]:
    """Each public function's and method's parameters and their annotations, by path.

    Unlike the rest of the surface this looks into private modules too: the facade's resource
    classes live in ``link2prisma_resources._sync`` / ``_async``, and their methods are what users
    call. Private classes, functions and methods are left out.
    """
    out = {} if out is None else out
    for name, member in obj.members.items():
        if member.is_alias or (name.startswith("_") and not member.is_module):
            continue
        if member.is_function:
            out[member.path] = {p.name: _annotation(p.annotation) for p in member.parameters}
        elif member.is_module or member.is_class:
            _parameter_types(member, out)
    return out


def _annotation(value: Any) -> str:
    return "none" if value is None else str(value)


def _parameter_type_changes(
    old: dict[str, dict[str, str]], new: dict[str, dict[str, str]]
) -> list[str]:
    """Parameters (of a function in both trees) whose annotation changed."""
    out = []
    for path in sorted(set(old) & set(new)):
        for name, old_type in old[path].items():
            new_type = new[path].get(name)
            if new_type is not None and new_type != old_type:
                out.append(f"{path}({name}): parameter type changed ({old_type} -> {new_type})")
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
