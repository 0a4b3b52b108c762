"""The one way the command line reads a date: ``yyyymmdd``, ``yyyy-mm-dd`` or ``today``.

Every command's date arguments and the date parameters of ``call -P`` go through
:func:`parse_day`, so a form accepted by one is accepted by all. A period is checked with
:func:`parse_period` (an end before its start is an error, not an empty answer). An error shows
the user's own text, unmasked (a date is not personal data; the log redaction would take
``01/02/2024`` for a phone number), unless it looks like a national register number or an
e-mail address.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .._spec import ParamSpec
from .output import EXIT_USAGE, CliError

__all__ = [
    "DATE_FORMS",
    "convert_params",
    "parse_day",
    "parse_moment",
    "parse_period",
    "shown_input",
]

DATE_FORMS = "yyyymmdd, yyyy-mm-dd or today"
MOMENT_FORMS = "yyyymmddhhmm, yyyy-mm-ddThh:mm, yyyy-mm-dd hh:mm or now"
_MAX_SHOWN = 40
_DAY = re.compile(r"([0-9]{4})-?([0-9]{2})-?([0-9]{2})")
_MOMENT = re.compile(r"([0-9]{4})-?([0-9]{2})-?([0-9]{2})[t ]?([0-9]{2}):?([0-9]{2})")
#: Pairs of parameter names that make a period (vendor names, any case).
_PERIODS = (("startdate", "enddate"),)


def shown_input(text: str) -> str:
    """The user's input as an error shows it: verbatim (shortened), masked only when it looks
    like personal data (11 digits: a national register number; an e-mail address)."""
    digits = sum(ch.isdigit() for ch in text)
    if digits == 11 or "@" in text:
        return "***"
    text = text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"
    return repr(text)


def _usage(message: str) -> CliError:
    error = CliError(message, EXIT_USAGE)
    error.redact = False  # built from shown_input(): already safe, and a date is no secret
    return error


def parse_day(text: str, what: str = "date", *, today: dt.date | None = None) -> str:
    """A day as the API's ``yyyymmdd`` from ``yyyymmdd``, ``yyyy-mm-dd`` or ``today``."""
    value = str(text).strip().lower()
    if value == "today":
        return (today or dt.date.today()).strftime("%Y%m%d")
    match = _DAY.fullmatch(value)
    if match and (len(value) == 8 or value.count("-") == 2):
        try:
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            raise _usage(f"{what} {shown_input(text)}: no such day") from None
        return day.strftime("%Y%m%d")
    raise _usage(f"{what} {shown_input(text)}: expected {DATE_FORMS}")


def parse_moment(text: str, what: str = "moment", *, now: dt.datetime | None = None) -> str:
    """A moment as the API's ``yyyymmddhhmm`` from the forms of :data:`MOMENT_FORMS`."""
    value = str(text).strip().lower()
    if value == "now":
        return (now or dt.datetime.now()).strftime("%Y%m%d%H%M")
    match = _MOMENT.fullmatch(value)
    if match:
        try:
            year, month, day, hour, minute = (int(g) for g in match.groups())
            moment = dt.datetime(year, month, day, hour, minute)
        except ValueError:
            raise _usage(f"{what} {shown_input(text)}: no such moment") from None
        return moment.strftime("%Y%m%d%H%M")
    raise _usage(f"{what} {shown_input(text)}: expected {MOMENT_FORMS}")


def parse_period(start: str, end: str, what: tuple[str, str] = ("START", "END")) -> tuple[str, str]:
    """A period's two days (``yyyymmdd``); an end before the start is a usage error."""
    first, last = parse_day(start, what[0]), parse_day(end, what[1])
    if last < first:
        raise _usage(f"{what[1]} {last} is before {what[0]} {first}")
    return first, last


def convert_params(params: Sequence[ParamSpec], values: Mapping[str, Any]) -> dict[str, Any]:
    """``call -P`` values (by python name) with date and datetime parameters read like every
    other date of the command line; a start/end pair in the wrong order is refused."""
    converted = dict(values)
    days: dict[str, str] = {}
    for p in params:
        value = converted.get(p.python_name)
        if not isinstance(value, str):
            continue
        if p.kind == "date":
            converted[p.python_name] = parse_day(value, f"-P {p.name}")
            days[p.name.lower()] = converted[p.python_name]
        elif p.kind == "datetime":
            converted[p.python_name] = parse_moment(value, f"-P {p.name}")
    for start, end in _PERIODS:
        if start in days and end in days and days[end] < days[start]:
            names = {p.name.lower(): p.name for p in params}
            raise _usage(f"-P {names[end]} {days[end]} is before -P {names[start]} {days[start]}")
    return converted
