"""Acknowledgement: when a breaking change does not fail the run.

A breaking or possibly breaking change is acknowledged (still listed, but it does not fail the
run) when

* the changed operation, or a component schema the change lies in (or, for security, the scheme),
  carries ``x-l2p-breaking-ok: "<reason>"`` in the new spec, with a reason that differs from the
  one at the base (a reason left over from an earlier change acknowledges nothing new), or
* ``openapi/CHANGELOG.md`` has a line, added since the base (outside fenced code blocks), that
  mentions one of the change's identifiers: ``METHOD /path``, the operationId (old or new), a
  component schema the change lies in, or the security scheme name. With ``--old/--new`` the
  changelog is ``--changelog FILE`` (default: ``CHANGELOG.md`` next to ``--new``), less the lines of
  the ``CHANGELOG.md`` next to ``--old``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

ACK_KEY = "x-l2p-breaking-ok"

Json = Any  # a parsed YAML/JSON value


class ChangelogMatcher:
    """Finds a changelog line that mentions an identifier."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = [line.strip() for line in lines if line.strip()]

    @staticmethod
    def _pattern(identifier: str) -> re.Pattern[str]:
        body = re.escape(identifier)
        if re.match(r"^[A-Z]+ /", identifier):
            return re.compile(rf"(?<![\w/{{}}]){body}(?![\w/{{])")
        return re.compile(rf"(?<![\w.]){body}(?![\w]|\.\w)")

    def find(self, identifiers: Iterable[str]) -> str | None:
        patterns = [self._pattern(i) for i in identifiers if i]
        for line in self.lines:
            if any(p.search(line) for p in patterns):
                return line
        return None


def changelog_entries(text: str | None, base_text: str | None = None) -> list[str]:
    """Lines of the changelog outside fenced code blocks, less those already in ``base_text``."""
    if not text:
        return []
    base = set(_outside_fences(base_text or ""))
    return [line for line in _outside_fences(text) if line not in base]


def _outside_fences(text: str) -> list[str]:
    out: list[str] = []
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if not fenced and line.strip():
            out.append(line.rstrip())
    return out


class Acknowledger:
    """Finds what acknowledges a change: an ``x-l2p-breaking-ok`` reason or a changelog line."""

    def __init__(self, changelog: Sequence[str], notes: list[str]) -> None:
        self.changelog = ChangelogMatcher(changelog)
        self.notes = notes  # where a stale reason is reported (once per object)
        self._stale: set[str] = set()

    def find(self, identifiers: list[str], objects: list[tuple[str, Json, Json]]) -> str | None:
        """How the change is acknowledged, or None.

        ``objects`` are (label, object in the new spec, object in the old spec) that may carry
        ``x-l2p-breaking-ok``; ``identifiers`` are looked for in the changelog lines.
        """
        for label, new_obj, old_obj in objects:
            reason = new_obj.get(ACK_KEY) if isinstance(new_obj, dict) else None
            if not reason:
                continue
            old_reason = old_obj.get(ACK_KEY) if isinstance(old_obj, dict) else None
            if old_reason == reason:
                if label not in self._stale:
                    self._stale.add(label)
                    self.notes.append(
                        f"`{ACK_KEY}` on {label} is unchanged since the base: it acknowledges "
                        "nothing new (change its reason to acknowledge a new change)."
                    )
                continue
            return f"{ACK_KEY} on {label}: {reason}"
        line = self.changelog.find(identifiers)
        return f"CHANGELOG: {line}" if line else None
