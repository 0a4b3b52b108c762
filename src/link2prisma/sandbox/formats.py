"""The sandbox's own checks of the spec's ``x-l2p-format`` values (independent of the client).

The real service refuses what its .NET code cannot parse or what fails its checks, whatever the
JSON Schema's ``pattern`` lets through; the sandbox does the same, so a client that relies on
its own validation is tested against a witness that does not share it.

- ``yyyymmdd``: 8 digits forming a real calendar date.
- ``yyyymmddHHMM``: 12 digits, a real date, hour 00-23, minute 00-59.
- ``inss``: a Belgian national register (or BIS) number: 11 digits (a JSON number is
  left-padded with zeros, as the vendor types INSS as ``number``), check digits
  ``97 - (first nine digits mod 97)``, with ``2`` put before the nine digits for people born in
  2000 or later; either rule may match.
- ``iban``: ISO 13616 in its electronic (compact) form: two capital letters, two check digits,
  15-34 characters, mod 97 == 1. An empty string is allowed (no account, e.g. paid in cash).

:func:`format_error` gives the ``Rule`` text of a failed check, or ``None``. Rules never repeat
a national register number or an account number (they are personal data); dates are repeated.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

__all__ = [
    "FORMATS",
    "format_error",
    "inss_digits",
    "is_iban",
    "is_inss",
    "is_yyyymmdd",
    "is_yyyymmddhhmm",
]

_DIGITS_8 = re.compile(r"[0-9]{8}\Z")
_DIGITS_12 = re.compile(r"[0-9]{12}\Z")
_DIGITS_11 = re.compile(r"[0-9]{11}\Z")
_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\Z")


def _real_date(text: str) -> bool:
    try:
        dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    return True


def is_yyyymmdd(value: Any) -> bool:
    """8 digits that form a real calendar date (no 20260230, month 13 or day 00)."""
    return isinstance(value, str) and bool(_DIGITS_8.match(value)) and _real_date(value)


def is_yyyymmddhhmm(value: Any) -> bool:
    """12 digits: a real date, then an hour 00-23 and a minute 00-59."""
    if not (isinstance(value, str) and _DIGITS_12.match(value) and _real_date(value)):
        return False
    return int(value[8:10]) <= 23 and int(value[10:12]) <= 59


def inss_digits(value: Any) -> str | None:
    """The 11 digits of a national register number given as a string or a JSON number.

    A number loses its leading zeros (people born in 2000-2009 have numbers starting with 0):
    it is left-padded to 11 digits. Anything else (bool, fraction, negative, too long, a string
    with separators) gives ``None``.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        if not 0 <= value <= 99_999_999_999:
            return None
        return f"{value:011d}"
    if isinstance(value, str) and _DIGITS_11.match(value):
        return value
    return None


def is_inss(value: Any) -> bool:
    """A national register or BIS number with valid check digits (either century's rule)."""
    digits = inss_digits(value)
    if digits is None:
        return False
    first9, check = digits[:9], int(digits[9:])
    return check in (97 - int(first9) % 97, 97 - int("2" + first9) % 97)


def is_iban(value: Any) -> bool:
    """An IBAN in compact form passing the ISO 13616 mod-97 check, or ``""`` (no account)."""
    if not isinstance(value, str):
        return False
    if value == "":
        return True
    if not (15 <= len(value) <= 34 and _IBAN.match(value)):
        return False
    moved = value[4:] + value[:4]
    number = "".join(str(int(c, 36)) for c in moved)  # 0-9 as is, A=10 .. Z=35
    return int(number) % 97 == 1


def _date_rule(value: Any) -> str:
    return f"must be a date yyyymmdd (got {value})"


def _datetime_rule(value: Any) -> str:
    return f"must be a date and time yyyymmddHHMM (got {value})"


#: format name -> (check, rule text of a failure)
FORMATS: dict[str, tuple[Callable[[Any], bool], Callable[[Any], str]]] = {
    "yyyymmdd": (is_yyyymmdd, _date_rule),
    "yyyymmddHHMM": (is_yyyymmddhhmm, _datetime_rule),
    "inss": (
        is_inss,
        lambda _: "must be a national register number: 11 digits with valid check digits",
    ),
    "iban": (
        is_iban,
        lambda _: "must be an IBAN in compact form (no spaces) with valid check digits",
    ),
}


def format_error(fmt: Any, value: Any) -> str | None:
    """The rule ``value`` breaks under ``x-l2p-format: fmt``; ``None`` when it is fine.

    ``null`` is left to the schema's ``type`` (a nullable member may be null); unknown formats
    are not checked.
    """
    if value is None or not isinstance(fmt, str) or fmt not in FORMATS:
        return None
    check, rule = FORMATS[fmt]
    return None if check(value) else rule(value)
