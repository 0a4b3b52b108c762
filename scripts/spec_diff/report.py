"""The report: its counts and verdict, rendered as Markdown or JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from .operations import Change
from .python_surface import SurfaceDiff
from .rules import BREAKING, COMPATIBLE, POSSIBLY, RANK


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
