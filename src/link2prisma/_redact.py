"""Keep personal data out of logs and exception messages.

National register numbers (11 digits), IBANs and the values of fields the spec marks
``x-l2p-sensitive`` (names, addresses, bank accounts, ...) are replaced before any text leaves
the client in a log record or an exception.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from typing import Any

from ._spec import OperationSpec

MASK = "***"
# 11 digits, alone or written 85.07.30-033.28 / 850730 033 28.
_INSS = re.compile(
    r"(?<![0-9A-Za-z-])[0-9]{2}[.\s]?[0-9]{2}[.\s]?[0-9]{2}[-.\s]?[0-9]{3}[.\s]?[0-9]{2}"
    r"(?![0-9A-Za-z])"
)
_IBAN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")


@functools.cache
def sensitive_fields() -> frozenset[str]:
    """Field names the spec marks ``x-l2p-sensitive`` (from the generated table)."""
    from link2prisma_resources._table import SENSITIVE_FIELDS

    return SENSITIVE_FIELDS


_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
# Phone numbers: international (+32 470 12 34 56) or Belgian national (0470123456, 02/123.45.67).
_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9][0-9 ./-]{7,16}[0-9]|(?<![\w-])0[1-9][0-9 ./]{7,11}[0-9](?![\w-])"
)


def redact_text(text: str) -> str:
    """Mask INSS-shaped numbers, IBANs, e-mail addresses and phone numbers in free text."""
    text = _EMAIL.sub(MASK, text)
    return _PHONE.sub(MASK, _IBAN.sub(MASK, _INSS.sub(MASK, text)))


def _redact_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: (MASK if k in sensitive_fields() and v not in (None, "") else _redact_json(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact_json(v) for v in value]
    if isinstance(value, str):
        return redact_text(value)
    return value


def excerpt(body: bytes | str | None, limit: int = 300) -> str | None:
    """A short, redacted excerpt of a response body for an exception message."""
    if not body:
        return None
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = text[: 8 * 1024 * 1024]  # bounds the work on huge bodies
    try:
        text = json.dumps(_redact_json(json.loads(text)), ensure_ascii=False)
    except (ValueError, RecursionError):
        text = re.sub(r"<[^>]{0,200}>", " ", text)  # HTML error pages: keep the words
    # Only the start is shown: redact twice the shown length (a number that ends in the shown
    # part starts well inside it), so that megabyte bodies cost no more than small ones.
    text = " ".join(redact_text(text[: 2 * limit + 64]).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def redacted_path(spec: OperationSpec, values: dict[str, str]) -> str:
    """The request path with sensitive parameters (``rrnr``) masked."""
    path = spec.path
    for p in spec.params:
        if p.location == "path":
            shown = MASK if p.sensitive else values.get(p.name, "")
            path = path.replace("{" + p.name + "}", redact_text(shown))
    return path


class RedactingFilter(logging.Filter):
    """A logging filter that masks INSS numbers and IBANs in every record's message.

    Installed on the ``link2prisma`` logger; add it to your own handlers to protect other
    libraries' records too.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact_text(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True
