"""The ``repr()`` of a result model: short enough to read, private enough to log.

A worker record holds dozens of members, most of them unset, nested histories and personal
data; attrs' own repr printed all of it (17,630 characters for one worker, the INSS and the IBAN
in clear). :func:`model_repr`, the ``__repr__`` of every generated model (through
:mod:`link2prisma.codegen`), shows:

* the members that are set, by attribute name, in the spec's order;
* ``'***'`` for every member the spec marks ``x-l2p-sensitive`` (by vendor name, as in logs),
  and free text with INSS numbers, IBANs, e-mail addresses and phone numbers masked, cut short;
* nested records and lists summarised (``address=[2 AddWorkerAddressRecord]``), never expanded;
* how many unknown members were kept, and which members came with a wrong type;
* at most :data:`LIMIT` characters, the members that do not fit counted (``+12 more``).

``to_dict()`` keeps giving everything the server sent.
"""

from __future__ import annotations

import enum
from typing import Any

from ._redact import MASK, redact_text, sensitive_fields

LIMIT = 400
"""The longest repr of a model, in characters."""
TEXT = 40
"""The longest text shown for one member (longer text is cut with an ellipsis)."""


def _text(value: str) -> str:
    shown = redact_text(value)
    if len(shown) > TEXT:
        shown = shown[: TEXT - 1] + "…"
    return repr(shown)


def _summary(value: Any) -> str:
    """A value inside a member: a name and a size, never its content."""
    if isinstance(value, list):
        kinds = sorted({type(v).__name__ for v in value})
        what = kinds[0] if len(kinds) == 1 else "items"
        return f"[{len(value)} {what}]"
    if isinstance(value, dict):
        return f"{{{len(value)} members}}"
    if hasattr(type(value), "_l2p_members"):
        return f"{type(value).__name__}(…)"
    return type(value).__name__


def _shown(vendor: str, value: Any, sensitive: frozenset[str]) -> str:
    if vendor in sensitive and value not in (None, ""):
        return repr(MASK)
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, str):
        return _text(value)
    return _summary(value)


def _is_unset(value: Any) -> bool:
    return type(value).__name__ == "Unset"


def model_repr(model: Any) -> str:
    """``Class(member=value, ...)``: the set members, masked and summarised, bounded in length."""
    cls = type(model)
    members: dict[str, str] = getattr(cls, "_l2p_members", {})
    sensitive = sensitive_fields()
    parts: list[str] = []
    for attr, vendor in members.items():
        value = getattr(model, attr, None)
        if _is_unset(value):
            continue
        parts.append(f"{attr}={_shown(vendor, value, sensitive)}")
    extra: dict[str, Any] = getattr(model, "additional_properties", {}) or {}
    declared = set(members.values())
    wrong = sorted(k for k in extra if k in declared)
    unknown = len(extra) - len(wrong)
    if wrong:
        parts.append(f"wrong_types={wrong!r}")
    if unknown:
        parts.append(f"additional_properties=<{unknown} unknown members>")
    return _bounded(cls.__name__, parts)


def _bounded(name: str, parts: list[str]) -> str:
    """``name(parts...)`` in at most :data:`LIMIT` characters: whole parts, the rest counted."""
    head, shown = f"{name}(", list[str]()
    used = len(head) + 1
    for i, part in enumerate(parts):
        rest = len(parts) - i - 1
        reserve = len(f", +{rest} more") if rest else 0
        cost = len(part) + (2 if shown else 0)
        if used + cost + reserve > LIMIT:
            shown.append(f"+{len(parts) - i} more")
            break
        shown.append(part)
        used += cost
    text = head + ", ".join(shown) + ")"
    return text if len(text) <= LIMIT else text[: LIMIT - 2] + "…)"
