"""The sandbox refuses what the real service refuses: its own ``x-l2p-format`` checks.

Unit tests of :mod:`link2prisma.sandbox.formats` (property tests with hypothesis) and of the
validator that applies them, then end-to-end over mutual TLS: ``400`` with the field path and
the rule, and nothing queued.
"""

from __future__ import annotations

import datetime as dt
import json
import string
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from link2prisma.sandbox import Sandbox
from link2prisma.sandbox.formats import (
    format_error,
    inss_digits,
    is_iban,
    is_inss,
    is_yyyymmdd,
    is_yyyymmddhhmm,
)
from link2prisma.sandbox.validation import _check, _spec, validate_body, validate_value

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


# --- end to end: 400 with the field and the rule, nothing queued ---------------------------


@pytest.fixture(scope="session")
def strict(sandbox: Sandbox) -> Sandbox:
    """The shared sandbox (conftest.py): the footprint is read before and after each refusal."""
    return sandbox


@pytest.fixture()
def c(strict: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=strict.base_url,
        verify=strict.ssl_context(),
        headers={"Employer": strict.employers[0]},
        timeout=15.0,
    ) as cl:
        yield cl


def accepted(c: httpx.Client, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
    """Submit, expect 202, wait for the Result."""
    r = c.request(method, path, **kwargs)
    assert r.status_code == 202, r.text
    deadline = time.monotonic() + 15
    while True:
        result: dict[str, Any] = c.get(f"/Result/{r.json()}").json()
        if result["Statuscode"] not in ("202", "302"):
            return result
        assert time.monotonic() < deadline
        time.sleep(0.02)


def footprint(sb: Sandbox) -> tuple[int, int, int]:
    """What would show that something was queued or answered."""
    stats = sb.stats()
    queue = stats["queue"]
    total = sum(int(queue.get(k) or 0) for k in ("queued", "processing", "done"))
    return stats["submits_accepted"], total, stats["worker_exists_served"]


def refused(
    sb: Sandbox, c: httpx.Client, method: str, path: str, field: str, rule: str, **kwargs: Any
) -> None:
    """``400`` naming ``field`` with a rule containing ``rule``; nothing queued or served."""
    before, rejected = footprint(sb), sb.stats()["rejected_400"]
    r = c.request(method, path, **kwargs)
    assert r.status_code == 400, r.text
    errors = r.json()["Errors"]
    assert any(e["Field"] == field and rule in e["Rule"] for e in errors), errors
    assert footprint(sb) == before
    assert sb.stats()["rejected_400"] == rejected + 1


def test_an_unknown_member_is_refused(strict: Sandbox, c: httpx.Client) -> None:
    extra = "Extra inputs are not permitted"
    body = [{"WorkerNumber": 12, "Absences": [{"Day": "20261202", "Code": 5100, "Hourz": 4}]}]
    refused(strict, c, "POST", "/absences", "0.Absences.0.Hourz", extra, json=body)
    absence = {"Day": "20261202", "Code": 5100, "Hours": 4}
    item = {"WorkerNumber": 1, "Absences": [absence], "Comment": "x"}
    refused(strict, c, "POST", "/absences", "0.Comment", extra, json=[item])
    # The brief's object (not the list the schema asks for) is refused too, as a whole.
    refused(strict, c, "POST", "/absences", "body", "list", json=body[0])
    good = [{"WorkerNumber": 1, "Absences": [absence]}]
    assert accepted(c, "POST", "/absences", json=good)["Statuscode"] == "201"


def test_an_impossible_absence_day_is_refused(strict: Sandbox, c: httpx.Client) -> None:
    body = [{"WorkerNumber": 1, "Absences": [{"Day": "20261332", "Code": 5100, "Hours": 4}]}]
    refused(
        strict, c, "POST", "/absences", "0.Absences.0.Day",
        "must be a date yyyymmdd (got 20261332)", json=body,
    )  # fmt: skip


def test_an_impossible_contract_start_is_refused(strict: Sandbox, c: httpx.Client) -> None:
    contract = dict(json.loads(accepted(c, "GET", "/worker/2/contract")["Response"])[-1])
    contract["Startdate"], contract["Enddate"] = "20261399", None
    contract = {k: v for k, v in contract.items() if v is not None}
    refused(
        strict, c, "POST", "/worker/2/contract", "Startdate",
        "must be a date yyyymmdd (got 20261399)", json=contract,
    )  # fmt: skip
    # The same body with a real date is accepted: the date was the only fault.
    contract["Startdate"] = "20301201"
    assert accepted(c, "POST", "/worker/2/contract", json=contract)["Statuscode"] == "201"


def test_an_inss_with_a_bad_check_is_refused(strict: Sandbox, c: httpx.Client) -> None:
    bad = 1234567890  # 10 digits as the vendor's number: 01234567890, check 90 is wrong
    assert int("012345678") % 97 != 97 - 90 and int("2012345678") % 97 != 97 - 90
    body = {"Name": "Peeters", "Firstname": "An", "INSS": bad}
    refused(
        strict, c, "PUT", "/worker/3", "INSS",
        "must be a national register number: 11 digits with valid check digits", json=body,
    )  # fmt: skip
    good = int(make_inss(dt.date(2004, 5, 6), 123))  # born 2004: 10 digits once a number
    assert len(str(good)) == 10
    done = accepted(c, "PUT", "/worker/3", json={**body, "INSS": good})
    assert done["Statuscode"] == "201"
    assert c.get(f"/workerExists/{good:011d}").json()["WorkerNumber"] == 3


def test_an_iban_with_spaces_is_refused(strict: Sandbox, c: httpx.Client) -> None:
    body = {"Name": "Peeters", "Firstname": "An", "BankAccount": "BE65 7349 4593 3396 XX"}
    refused(strict, c, "PUT", "/worker/1", "BankAccount", "must be an IBAN", json=body)
    grouped = {**body, "BankAccount": "BE68 5390 0754 7034"}  # valid, but not compact
    refused(strict, c, "PUT", "/worker/1", "BankAccount", "no spaces", json=grouped)
    for account in ("BE68539007547034", ""):
        done = accepted(c, "PUT", "/worker/1", json={**body, "BankAccount": account})
        assert done["Statuscode"] == "201"


def test_worker_exists_refuses_a_bad_check_digit(strict: Sandbox, c: httpx.Client) -> None:
    assert 97 - 123456789 % 97 != 1 and 97 - 2123456789 % 97 != 1
    refused(
        strict, c, "GET", "/workerExists/12345678901", "rrnr",
        "must be a national register number",
    )  # fmt: skip
    r = c.get("/workerExists/12345678901")
    assert "12345678901" not in r.text  # personal data is not echoed
    valid = make_inss(dt.date(1985, 7, 30), 33)
    assert c.get(f"/workerExists/{valid}").status_code == 200


def test_an_impossible_date_in_the_path_is_refused(strict: Sandbox, c: httpx.Client) -> None:
    refused(
        strict, c, "GET", "/worker/20260230/20261231", "StartDate",
        "must be a date yyyymmdd (got 20260230)",
    )  # fmt: skip


def test_a_nullable_record_reports_its_own_reasons_not_the_null_branch() -> None:
    body = [{"WorkerNumber": 1, "Absences": [{"Day": "20261332", "Code": 5100, "Hours": 4}]}]
    body[0]["Absences"].append({"Day": "20260230", "Code": "x", "Hours": 4})  # type: ignore[attr-defined]
    errors: list[dict[str, str]] = []
    _check(_spec(), {"$ref": "#/components/schemas/Absences"}, body, (), errors)
    assert errors and all("null" not in e["Rule"] for e in errors), errors
    assert {"Field": "0.Absences.0.Day", "Rule": "must be a date yyyymmdd (got 20261332)"} in errors
