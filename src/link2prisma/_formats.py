"""The value formats the spec names with ``x-l2p-format``: what a string or number must be.

The types and lengths of the vendor schemas let through values that payroll cannot use: a
``yyyymmdd`` of 20261332, a national register number with a wrong check digit, an IBAN with a
typo. Each check here is pure: it takes what the caller gave and returns the value to send, or
the rule it breaks. Where the spec puts each format is generated (``link2prisma_resources``), so
nothing here lists fields.
"""

from __future__ import annotations

import re
from typing import Literal

from ._dates import parse_date, parse_datetime

Format = Literal["yyyymmdd", "yyyymmddHHMM", "inss", "iban"]

_DIGITS = re.compile(r"[0-9]+\Z")
_INSS_SEPARATORS = re.compile(r"[\s.\-/]")
_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\Z")


class FormatError(ValueError):
    """A value that breaks its format; the message is the rule, never the value if personal."""


def check_date(value: str) -> str:
    """A ``yyyymmdd`` that is a calendar date (:func:`~link2prisma._dates.parse_date` decides)."""
    if not (isinstance(value, str) and len(value) == 8 and _DIGITS.match(value)):
        raise FormatError("must be a date yyyymmdd")
    try:
        parse_date(value)
    except ValueError:
        raise FormatError("must be a date yyyymmdd that exists in the calendar") from None
    return value


def check_datetime(value: str) -> str:
    """A ``yyyymmddHHMM`` that is a real moment (:func:`~link2prisma._dates.parse_datetime`)."""
    if not (isinstance(value, str) and len(value) == 12 and _DIGITS.match(value)):
        raise FormatError("must be a time yyyymmddHHMM")
    try:
        parse_datetime(value)
    except ValueError:
        raise FormatError("must be a time yyyymmddHHMM that exists in the calendar") from None
    return value


def inss_is_valid(digits: str) -> bool:
    """The mod-97 check of an 11-digit national register (or BIS) number.

    The check is 97 minus the first nine digits modulo 97; for people born from 2000 on, the
    nine digits are prefixed with a 2 first. Either rule passing is valid: the century is not in
    the number.
    """
    if len(digits) != 11 or not _DIGITS.match(digits):
        return False
    body, check = digits[:9], int(digits[9:])
    return check in (97 - int(body) % 97, 97 - int("2" + body) % 97)


def inss_digits(value: object) -> str:
    """The 11-digit form of a national register number given as text or an integer.

    Text may use the usual separators (``85.07.30-033.28``); an integer has lost the leading 0
    of people born from 2000 on, which is restored.
    """
    if isinstance(value, bool):
        raise FormatError("must be a national register number (11 digits), not a boolean")
    if isinstance(value, int):
        if not 0 <= value <= 99_999_999_999:
            raise FormatError("must be a national register number of 11 digits")
        digits = f"{value:011d}"
    elif isinstance(value, float) and value.is_integer():
        return inss_digits(int(value))
    elif isinstance(value, str):
        digits = _INSS_SEPARATORS.sub("", value)
        if not (len(digits) == 11 and _DIGITS.match(digits)):
            raise FormatError("must be a national register number of 11 digits")
    else:
        raise FormatError("must be a national register number (text or integer)")
    if not inss_is_valid(digits):
        raise FormatError("is not a valid national register number: its check digits (mod 97) fail")
    return digits


def check_iban(value: str) -> str:
    """An IBAN that passes the ISO 13616 mod-97 check, compact and in capitals; empty is allowed."""
    if not isinstance(value, str):
        raise FormatError("must be an IBAN (text)")
    compact = "".join(value.split()).upper()
    if not compact:
        return ""
    if not _IBAN.match(compact):
        raise FormatError("must be an IBAN: 2 letters, 2 check digits, then letters and digits")
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    if int(number) % 97 != 1:
        raise FormatError("is not a valid IBAN: its check digits (mod 97) fail")
    return compact


def normalise(fmt: str, value: object, wire_type: str | None) -> object:
    """The value to send for ``fmt``; raises :class:`FormatError` naming the rule.

    ``wire_type`` is the schema's JSON type: an INSS is sent as the vendor types it (a number in
    the bodies, 11 digits of text in a path).
    """
    if fmt == "yyyymmdd":
        return check_date(value)  # type: ignore[arg-type]
    if fmt == "yyyymmddHHMM":
        return check_datetime(value)  # type: ignore[arg-type]
    if fmt == "inss":
        digits = inss_digits(value)
        return int(digits) if wire_type in ("number", "integer") else digits
    if fmt == "iban":
        return check_iban(value)  # type: ignore[arg-type]
    return value
