"""Keep personal data out of logs and exception messages.

National register numbers (11 digits), IBANs and the values of fields the spec marks
``x-l2p-sensitive`` (names, addresses, bank accounts, ...) are replaced before any text leaves
the client in a log record or an exception.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from link2prisma_resources._table import SENSITIVE_FIELDS

from ._spec import OperationSpec

MASK = "***"
# 11 digits, alone or written 85.07.30-033.28 / 850730 033 28.
_INSS = re.compile(
    r"(?<![0-9A-Za-z-])[0-9]{2}[.\s]?[0-9]{2}[.\s]?[0-9]{2}[-.\s]?[0-9]{3}[.\s]?[0-9]{2}"
    r"(?![0-9A-Za-z])"
)
_IBAN = re.compile(r"\b[A-Z]{2}[0-9]{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")


def sensitive_fields() -> frozenset[str]:
    """Field names the spec marks ``x-l2p-sensitive`` (from the generated table)."""
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


_HTML = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE\s+html|<html|<head|<body)", re.I)
_HIDDEN = frozenset({"style", "script", "head", "noscript", "template"})
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "li", "pre", "br", "tr", "title", "body"})


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The words of an HTML error page (WCF's "Request Error" or "Endpoint not found." page).

    ``heading`` is the page's title or its ``heading1`` paragraph, ``paragraphs`` the text of
    the blocks after it; markup, CSS and scripts are left out.
    """

    heading: str | None
    paragraphs: tuple[str, ...]

    @property
    def message(self) -> str | None:
        """The page's own sentence: its first paragraph that is not the heading."""
        return next((p for p in self.paragraphs if p != self.heading), self.heading)

    @property
    def text(self) -> str:
        words = [self.heading] if self.heading else []
        return " ".join(words + [p for p in self.paragraphs if p != self.heading])


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.title: list[str] = []
        self.in_title = False
        self.heading: str | None = None
        self.in_heading = False
        self.blocks: list[str] = []
        self.current: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        self.current = []
        if not text:
            return
        if self.in_heading and self.heading is None:
            self.heading = text
        self.blocks.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag in _HIDDEN:
            self.hidden += 1
            return
        if tag in _BLOCKS:
            self._flush()
            self.in_heading = (tag == "p" and ("class", "heading1") in attrs) or tag == "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
            return
        if tag in _BLOCKS:
            self._flush()
            self.in_heading = False

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.current.append(data)


def read_html(body: bytes | str | None) -> HtmlPage | None:
    """The words of an HTML page (None when the body is not HTML). Stdlib parser only."""
    if not body:
        return None
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = text[: 1024 * 1024].lstrip("\ufeff")
    if not _HTML.match(text):
        return None
    parser = _PageParser()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        return None
    parser._flush()
    title = " ".join("".join(parser.title).split()) or None
    return HtmlPage(parser.heading or title, tuple(parser.blocks))


def excerpt(body: bytes | str | None, limit: int = 300) -> str | None:
    """A short, redacted excerpt of a response body for an exception message.

    JSON is shown with sensitive members masked; an HTML error page by its words only.
    """
    if not body:
        return None
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = text[: 8 * 1024 * 1024].lstrip("\ufeff")  # bounds the work on huge bodies
    page = read_html(text)
    try:
        if page is not None:
            text = page.text
        else:
            text = json.dumps(_redact_json(json.loads(text)), ensure_ascii=False)
    except (ValueError, RecursionError):
        text = re.sub(r"<[^>]{0,200}>", " ", text)  # other markup: keep the words
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
