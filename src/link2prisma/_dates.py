"""Date codecs: the API wants ``yyyymmdd`` (and ``yyyymmddHHMM`` for Dimona hours)."""

from __future__ import annotations

import datetime as dt
import re

_DATE = re.compile(r"[0-9]{8}")
_DATETIME = re.compile(r"[0-9]{12}")


def format_date(value: dt.date | str) -> str:
    """``date`` -> ``yyyymmdd``; a string must already be 8 digits of a real date."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value.year:04d}{value.month:02d}{value.day:02d}"
    if isinstance(value, str) and _DATE.fullmatch(value):
        parse_date(value)
        return value
    raise ValueError("must be a datetime.date or a yyyymmdd string")


def format_datetime(value: dt.datetime | str) -> str:
    """``datetime`` -> ``yyyymmddHHMM`` (minutes; seconds are dropped)."""
    if isinstance(value, dt.datetime):
        return f"{value.year:04d}{value.month:02d}{value.day:02d}{value.hour:02d}{value.minute:02d}"
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        parse_datetime(value)
        return value
    raise ValueError("must be a datetime.datetime or a yyyymmddHHMM string")


def parse_date(value: str) -> dt.date:
    """``yyyymmdd`` -> ``date``; raises ValueError naming the rule."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise ValueError("must be 8 digits, yyyymmdd")
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise ValueError("must be a real calendar date, yyyymmdd") from None


def parse_datetime(value: str) -> dt.datetime:
    """``yyyymmddHHMM`` -> naive ``datetime``."""
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        raise ValueError("must be 12 digits, yyyymmddHHMM")
    try:
        return dt.datetime(
            int(value[:4]), int(value[4:6]), int(value[6:8]), int(value[8:10]), int(value[10:])
        )
    except ValueError:
        raise ValueError("must be a real date and time, yyyymmddHHMM") from None


def jsonable_dates(value: object) -> object:
    """Replace every date/datetime inside a JSON-like value by its API string."""
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dict):
        return {k: jsonable_dates(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable_dates(v) for v in value]
    return value
