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
    """Decoded JSON, sensitive members masked and every string redacted (:func:`redact_text`).

    For data shown on purpose (the CLI's human output); error excerpts use the stricter
    :func:`_redact_excerpt`.
    """
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


def _redact_excerpt(value: Any, depth: int = 0, named: bool = False) -> Any:
    """A decoded JSON value for an error excerpt: sensitive members masked, text redacted.

    Text is shown only as the value of a member the spec does not mark sensitive (``named``);
    text outside any member (a bare string, the items of a top-level list) may be anything and
    becomes ``"…"``. A string that holds JSON text (a ``Response``, or a body encoded once
    more) is decoded and redacted in turn; when it cannot be decoded, only its outline is kept
    (:func:`outline`).
    """
    if isinstance(value, dict):
        return {
            k: (
                MASK
                if k in sensitive_fields() and v not in (None, "")
                else _redact_excerpt(v, depth + 1, True)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact_excerpt(v, depth + 1, named) for v in value]
    if isinstance(value, str):
        if _looks_like_json(value) and depth < 8:
            try:
                inner = json.loads(value.lstrip("\ufeff"))
            except (ValueError, RecursionError):
                return outline(value)
            return _redact_excerpt(inner, depth + 1, named)
        return redact_text(value) if named else "…"
    return value


def _looks_like_json(text: str) -> bool:
    """Whether ``text`` is meant as JSON text: an object, an array or a string, encoded."""
    return text.lstrip("\ufeff \t\r\n")[:1] in ("{", "[", '"')


# A JSON string literal, closed or cut off at the end of the text.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*(?:"|\Z)', re.S)
_KEY = re.compile(r"\s*:")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
_BARE = re.compile(r"(?<![\w\"])[A-Za-z_][A-Za-z0-9_]*(?![\w\"])")  # words outside strings
_LITERALS = frozenset({"true", "false", "null"})


def outline(text: str) -> str:
    """The shape of JSON text that does not decode, without its values.

    Member names (short identifiers followed by ``:``), brackets, punctuation and numbers are
    kept (numbers then pass :func:`redact_text`); every string value becomes ``"…"``. Text
    encoded once more (a JSON string holding JSON text) is unescaped first. What cannot be
    decoded cannot be redacted member by member, so none of its text is shown.
    """
    body = text.lstrip("\ufeff \t\r\n")
    for _ in range(3):  # unescape a JSON string that holds JSON text ("[{\"Name\": ...)
        if not body.startswith('"'):
            break
        inner = body[1:]
        inner = inner[:-1] if inner.endswith('"') and not inner.endswith('\\"') else inner
        body = inner.replace('\\"', '"').replace("\\\\", "\\").lstrip()

    def one(match: re.Match[str]) -> str:
        token = match.group(0)
        content = token[1:-1] if token.endswith('"') and len(token) > 1 else token[1:]
        if token.endswith('"') and _KEY.match(body, match.end()) and _NAME.fullmatch(content):
            return token
        return '"…"'

    shape = _STRING.sub(one, body)
    shape = re.sub(r"[^\[\]{}:,\"…0-9A-Za-z_.\-+\s]", "", shape)  # no stray text
    shape = _BARE.sub(lambda m: m.group(0) if m.group(0) in _LITERALS else "…", shape)
    shape = re.sub(r"[0-9][0-9.\-+]*\Z", "…", shape.rstrip())  # a number cut off: no digits
    return redact_text(" ".join(shape.split()))


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


def excerpt(body: bytes | str | None, limit: int = 300, *, free_text: bool = True) -> str | None:
    """A short, redacted excerpt of a response body for an exception message.

    Built from a redacted structure, never from the raw text: JSON is decoded and shown with
    sensitive members masked (JSON text inside strings, a doubly encoded ``Response``, in
    turn); JSON that does not decode is shown by its outline only (member names, brackets,
    no string values: :func:`outline`); an HTML error page by its words; other text (a
    proxy's "Service Unavailable") with INSS numbers, IBANs, e-mail addresses and phone
    numbers masked.

    ``free_text=False`` is for bodies that should have been JSON (a GUID, a ``Result``, its
    ``Response``): what is not JSON there may be anything, so an HTML page shows only its
    heading and other text only its length.
    """
    if not body:
        return None
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = text[: 8 * 1024 * 1024].lstrip("\ufeff")  # bounds the work on huge bodies
    page = read_html(text)
    if page is not None:
        text = page.text if free_text else f"an HTML page: {page.heading or 'untitled'}"
    elif _looks_like_json(text):
        try:
            text = json.dumps(_redact_excerpt(json.loads(text)), ensure_ascii=False)
        except (ValueError, RecursionError):
            text = outline(text[: 4 * limit + 64])
    elif not free_text:
        text = f"{len(text)} characters of text, not JSON"
    else:
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
