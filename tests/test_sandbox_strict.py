"""The sandbox refuses what the real service refuses: its own ``x-l2p-format`` checks.

Unit tests of :mod:`link2prisma.sandbox.formats` (property tests with hypothesis) and of the
validator that applies them, then end-to-end over mutual TLS: ``400`` with the field path and
the rule, and nothing queued.
"""

from __future__ import annotations

import datetime as dt
import string
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from link2prisma.sandbox.formats import (
    format_error,
    inss_digits,
    is_iban,
    is_inss,
    is_yyyymmdd,
    is_yyyymmddhhmm,
)
from link2prisma.sandbox.validation import _check, validate_body, validate_value

# --- helpers written here, independently of the sandbox's code ------------------------------


def make_inss(birth: dt.date, serial: int, bis: int = 0) -> str:
    """A national register number (``bis`` 20 or 40: a BIS number, month + bis)."""
    first9 = f"{birth.year % 100:02d}{birth.month + bis:02d}{birth.day:02d}{serial:03d}"
    base = int(("2" + first9) if birth.year >= 2000 else first9)
    return f"{first9}{97 - base % 97:02d}"


def make_iban(country: str, bban: str) -> str:
    """An IBAN with valid check digits for ``country`` and ``bban``."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


births = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2025, 12, 31))
serials = st.integers(min_value=1, max_value=997)


# --- yyyymmdd and yyyymmddHHMM -------------------------------------------------------------


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_every_real_date_is_a_yyyymmdd(day: dt.date) -> None:
    assert is_yyyymmdd(day.strftime("%Y%m%d"))
    assert format_error("yyyymmdd", f"{day.year:04d}{day.month:02d}{day.day:02d}") is None


@pytest.mark.parametrize(
    "text",
    ["20261332", "20260230", "20250229", "20261300", "20260001", "20260100", "20261200",
     "2026121", "202612011", "2026-12-01", "２０２６１２０１", " 20261201", "20261201\n", ""],
)  # fmt: skip
def test_impossible_dates_are_refused(text: str) -> None:
    assert not is_yyyymmdd(text)
    assert format_error("yyyymmdd", text) == f"must be a date yyyymmdd (got {text})"


def test_leap_days() -> None:
    assert is_yyyymmdd("20240229") and is_yyyymmdd("20000229")
    assert not is_yyyymmdd("21000229") and not is_yyyymmdd("20230229")


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    st.integers(0, 23),
    st.integers(0, 59),
)
def test_every_real_time_is_a_yyyymmddhhmm(day: dt.date, hour: int, minute: int) -> None:
    assert is_yyyymmddhhmm(f"{day:%Y%m%d}{hour:02d}{minute:02d}")


@pytest.mark.parametrize(
    "text", ["202612312400", "202612311260", "202602300800", "202613010800", "20261231080",
             "2026123108000", "20261231", "202612310800Z"],
)  # fmt: skip
def test_impossible_times_are_refused(text: str) -> None:
    assert not is_yyyymmddhhmm(text)
    assert format_error("yyyymmddHHMM", text) == (
        f"must be a date and time yyyymmddHHMM (got {text})"
    )


# --- national register numbers -------------------------------------------------------------


@given(births, serials, st.sampled_from([0, 20, 40]))
def test_valid_inss_of_both_centuries_and_bis_numbers_pass(
    birth: dt.date, serial: int, bis: int
) -> None:
    number = make_inss(birth, serial, bis)
    assert is_inss(number)
    assert is_inss(int(number))  # as the vendor's JSON number: leading zeros lost
    assert is_inss(float(int(number)))
    assert format_error("inss", int(number)) is None


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2009, 12, 31)), serials)
def test_inss_of_the_2000s_arrives_as_a_shorter_number(birth: dt.date, serial: int) -> None:
    number = make_inss(birth, serial)
    assert number.startswith("0") and len(str(int(number))) <= 10
    assert inss_digits(int(number)) == number
    assert is_inss(int(number))


@given(births, serials, st.integers(0, 10), st.integers(1, 9))
def test_any_single_digit_change_is_refused(
    birth: dt.date, serial: int, position: int, step: int
) -> None:
    number = make_inss(birth, serial)
    digit = (int(number[position]) + step) % 10
    changed = number[:position] + str(digit) + number[position + 1 :]
    delta = digit - int(number[position])
    # The one blind spot of the two rules together: 2e9 - 6e7 = 97 * 2e7, so moving the year's
    # last digit by exactly 6 can turn a valid number of one century into one of the other.
    assume(not (position == 1 and abs(delta) == 6))
    assert not is_inss(changed)
    assert not is_inss(int(changed))
    assert format_error("inss", int(changed)) == (
        "must be a national register number: 11 digits with valid check digits"
    )


def test_the_century_blind_spot_is_real_and_narrow() -> None:
    old = make_inss(dt.date(1987, 3, 4), 12)
    new = old[:1] + "1" + old[2:]  # 87 -> 81: valid for someone born in 2081 (mod 97 only)
    assert is_inss(old) and is_inss(new)


@pytest.mark.parametrize(
    "value",
    ["8507300332", "850730033280", "85.07.30-033.28", "85073003328 ", "", "abcdefghijk",
     -85073003328, 850730033.28, 100_000_000_000, True, None, [85073003328]],
)  # fmt: skip
def test_malformed_inss_are_refused(value: Any) -> None:
    assert not is_inss(value)


def test_known_inss() -> None:
    assert is_inss("85073003328") and is_inss(85073003328)
    assert not is_inss("85073003329") and not is_inss(12345678901)


def test_inss_rules_never_repeat_the_number() -> None:
    rule = format_error("inss", 85073003329)
    assert rule is not None and "85073003329" not in rule


# --- IBAN ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "iban",
    ["BE68539007547034", "BE71096123456769", "NL91ABNA0417164300", "DE89370400440532013000",
     "FR1420041010050500013M02606", "GB29NWBK60161331926819", ""],
)  # fmt: skip
def test_valid_ibans_pass(iban: str) -> None:
    assert is_iban(iban)
    assert format_error("iban", iban) is None


@pytest.mark.parametrize(
    "iban",
    ["BE65 7349 4593 3396 XX", "BE65734945933396XX", "BE68 5390 0754 7034", "be68539007547034",
     "BE69539007547034", "BE6853900754703", "68BE539007547034", "B168539007547034",
     "BE68539007547034 ", "NL91ABNA041716430", "DE89370400440532013000" + "0" * 13, "BE",
     "BE68-5390-0754-7034"],
)  # fmt: skip
def test_invalid_ibans_are_refused(iban: str) -> None:
    assert not is_iban(iban)
    rule = format_error("iban", iban)
    assert rule == "must be an IBAN in compact form (no spaces) with valid check digits"
    assert iban.strip() == "" or iban not in rule


@given(
    st.text(string.ascii_uppercase, min_size=2, max_size=2),
    st.text(string.digits + string.ascii_uppercase, min_size=11, max_size=30),
)
def test_generated_ibans_pass_and_any_digit_change_is_refused(country: str, bban: str) -> None:
    iban = make_iban(country, bban)
    assert is_iban(iban)
    digits = [i for i, c in enumerate(iban) if i >= 2 and c.isdigit()]
    for i in digits[:6]:
        changed = iban[:i] + str((int(iban[i]) + 3) % 10) + iban[i + 1 :]
        assert not is_iban(changed), changed


@given(
    st.text(string.ascii_uppercase, min_size=2, max_size=2),
    st.text(string.digits, min_size=12, max_size=30),
)
def test_ibans_with_spaces_are_refused(country: str, bban: str) -> None:
    iban = make_iban(country, bban)
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    assert is_iban(iban) and not is_iban(grouped)


# --- the validator applies the formats -----------------------------------------------------

SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "INSS": {"type": "number", "minimum": 0, "maximum": 99999999999, "x-l2p-format": "inss"},
        "BankAccount": {"type": "string", "maxLength": 34, "x-l2p-format": "iban"},
        "Day": {
            "type": "string",
            "minLength": 8,
            "maxLength": 8,
            "pattern": "^[0-9]*$",
            "x-l2p-format": "yyyymmdd",
        },
        "Lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}},
    },
}
SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Line": {
                "type": "object",
                "properties": {
                    "At": {"type": ["string", "null"], "x-l2p-format": "yyyymmddHHMM"},
                },
            }
        }
    }
}


def check(value: Any) -> list[dict[str, str]]:
    errors: list[dict[str, str]] = []
    _check(SPEC, SCHEMA, value, (), errors)
    return errors


def test_the_walker_applies_each_format_with_its_path() -> None:
    good = {
        "INSS": 85073003328,
        "BankAccount": "BE68539007547034",
        "Day": "20261202",
        "Lines": [{"At": "202612020800"}, {"At": None}],
    }
    assert check(good) == []
    assert check({**good, "BankAccount": ""}) == []
    assert check(
        {"INSS": 85073003329, "BankAccount": "BE65 7349 4593 3396 XX", "Day": "20261332",
         "Lines": [{"At": "202612020800"}, {"At": "202612022400"}]}
    ) == [
        {"Field": "INSS",
         "Rule": "must be a national register number: 11 digits with valid check digits"},
        {"Field": "BankAccount",
         "Rule": "must be an IBAN in compact form (no spaces) with valid check digits"},
        {"Field": "Day", "Rule": "must be a date yyyymmdd (got 20261332)"},
        {"Field": "Lines.1.At", "Rule": "must be a date and time yyyymmddHHMM (got 202612022400)"},
    ]  # fmt: skip


def test_one_reason_per_field() -> None:
    # A pattern failure is reported alone, not followed by the date rule.
    assert check({"Day": "2026-1-1"}) == [{"Field": "Day", "Rule": "must match ^[0-9]*$"}]
    assert check({"Day": "20261202", "Hourz": 4}) == [{"Field": "Hourz", "Rule": "unknown field"}]


def test_parameters_are_checked_too() -> None:
    date = {"type": "string", "minLength": 8, "maxLength": 8, "x-l2p-format": "yyyymmdd"}
    assert validate_value("startdate", date, "20260229") == (
        None,
        {"Field": "startdate", "Rule": "must be a date yyyymmdd (got 20260229)"},
    )
    assert validate_value("startdate", date, "20240229") == ("20240229", None)
    rrnr = {"type": "string", "pattern": "^[0-9]{11}$", "x-l2p-format": "inss"}
    assert validate_value("rrnr", rrnr, "85073003328") == ("85073003328", None)
    value, error = validate_value("rrnr", rrnr, "12345678901")
    assert value is None and error is not None and error["Field"] == "rrnr"
    assert "12345678901" not in error["Rule"]


def test_the_spec_dates_are_real_dates_in_bodies() -> None:
    body = [{"WorkerNumber": 12, "Absences": [{"Day": "20261332", "Code": 5100, "Hours": 4}]}]
    assert validate_body("Absences", body) == [
        {"Field": "0.Absences.0.Day", "Rule": "must be a date yyyymmdd (got 20261332)"}
    ]
    body[0]["Absences"][0]["Day"] = "20261202"  # type: ignore[index]
    assert validate_body("Absences", body) == []
