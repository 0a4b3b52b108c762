"""Strict on what we send: nothing the vendor schema does not allow is queued into payroll.

Each rule is refused by the client before anything leaves the process (the sandbox counts what
it received), with an error naming the field and the rule.
"""

from __future__ import annotations

import datetime
import string
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from link2prisma import ValidationError
from link2prisma._formats import FormatError, check_iban, inss_digits, inss_is_valid
from link2prisma._request import prepare
from link2prisma.sandbox import Sandbox
from link2prisma_resources._table import OPERATIONS

if TYPE_CHECKING:
    from conftest import AnyClient

ABSENCE = {"WorkerNumber": 12, "Absences": [{"Day": "20261202", "Code": 5100, "Hours": 4}]}


def _refusal(operation: str, body: Any = None, **values: object) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        prepare(OPERATIONS[operation], "999014", values, body)
    return [(e.loc, e.rule) for e in info.value.errors]


def _body(operation: str, body: Any = None, **values: object) -> Any:
    import json

    call = prepare(OPERATIONS[operation], "999014", values, body)
    return json.loads(call.content) if call.content else call.path


# --- unknown fields ---------------------------------------------------------------------------


def test_an_unknown_field_is_refused_with_the_vendor_spelling() -> None:
    body = [{**ABSENCE, "Absences": [{"Day": "20261202", "Code": 5100, "Hourz": 4}]}]
    assert _refusal("absences.create", body) == [
        ("0.Absences.0.Hourz", "unknown field; did you mean 'Hours'?")
    ]


def test_a_wrongly_cased_field_names_the_vendor_spelling() -> None:
    errors = dict(_refusal("absences.create", [{**ABSENCE, "workernumber": 12}]))
    assert errors["0.workernumber"] == "unknown field; the vendor spells it 'WorkerNumber'"


def test_a_field_far_from_any_vendor_name_is_just_unknown() -> None:
    errors = dict(_refusal("absences.create", [{**ABSENCE, "Zzzqqq": 1}]))
    assert errors["0.Zzzqqq"] == "unknown field"


def test_the_valid_absence_passes_unchanged() -> None:
    assert _body("absences.create", [ABSENCE]) == [ABSENCE]


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["20261332", "20260230", "20261200", "20250229"])
def test_an_impossible_date_is_refused(day: str) -> None:
    body = [{**ABSENCE, "Absences": [{"Day": day, "Code": 5100}]}]
    (loc, rule), *_ = _refusal("absences.create", body)
    assert loc == "0.Absences.0.Day"
    assert "yyyymmdd" in rule and day in rule


def test_a_leap_day_passes() -> None:
    body = [{**ABSENCE, "Absences": [{"Day": "20280229", "Code": 5100}]}]
    assert _body("absences.create", body)[0]["Absences"][0]["Day"] == "20280229"


def test_a_contract_start_date_is_checked() -> None:
    errors = _refusal("contracts.create", {"Startdate": "20261399"}, workerID=12)
    assert (
        "Startdate",
        "must be a date yyyymmdd that exists in the calendar (got '20261399')",
    ) in [(loc, rule) for loc, rule in errors]


def test_a_datetime_date_is_accepted_in_a_body() -> None:
    body = [{**ABSENCE, "Absences": [{"Day": datetime.date(2026, 12, 2), "Code": 5100}]}]
    assert _body("absences.create", body)[0]["Absences"][0]["Day"] == "20261202"


def test_an_impossible_dimona_time_is_refused() -> None:
    from link2prisma._formats import check_datetime

    assert check_datetime("202612012359") == "202612012359"
    for bad in ("202612012460", "202612312400", "202602300800", "2026120108"):
        with pytest.raises(FormatError, match="yyyymmddHHMM"):
            check_datetime(bad)


def test_a_sensitive_date_is_not_repeated_in_the_error() -> None:
    errors = dict(_refusal("workers.create", {"Birthdate": "19851340"}))
    assert errors["Birthdate"].startswith("must be a date yyyymmdd")
    assert "19851340" not in errors["Birthdate"]


# --- national register numbers ------------------------------------------------------------------


def _inss(birth: datetime.date, serial: int) -> str:
    body = f"{birth:%y%m%d}{serial:03d}"
    prefix = "2" if birth.year >= 2000 else ""
    return body + f"{97 - int(prefix + body) % 97:02d}"


@given(st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)), st.integers(1, 998))
def test_every_valid_inss_passes_as_text_and_as_a_number(birth: datetime.date, serial: int) -> None:
    text = _inss(birth, serial)
    assert inss_is_valid(text)
    assert inss_digits(text) == text
    assert inss_digits(int(text)) == text  # a leading 0 (born 2000-2009) is restored


@given(
    st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)),
    st.integers(1, 998),
    st.integers(0, 10),
    st.sampled_from(string.digits),
)
def test_one_changed_digit_is_refused(
    birth: datetime.date, serial: int, position: int, digit: str
) -> None:
    text = _inss(birth, serial)
    changed = text[:position] + digit + text[position + 1 :]
    if changed != text and not inss_is_valid(changed):
        with pytest.raises(FormatError, match="check digits"):
            inss_digits(changed)


def test_a_post_2000_inss_is_valid_only_with_the_2000_rule() -> None:
    number = _inss(datetime.date(2008, 2, 9), 275)
    assert number.startswith("0")
    body = number[:9]
    assert int(number[9:]) == 97 - int("2" + body) % 97
    assert int(number[9:]) != 97 - int(body) % 97


def test_a_ten_digit_inss_string_is_refused_in_a_body() -> None:
    errors = dict(_refusal("workers.create", {"INSS": "8507300332"}))
    assert errors["INSS"] == "must be a national register number of 11 digits"


def test_a_bad_check_digit_is_refused_in_a_body() -> None:
    errors = dict(_refusal("workers.create", {"INSS": 85073003329}))
    assert "check digits (mod 97)" in errors["INSS"] and "85073003329" not in errors["INSS"]


def test_an_inss_as_text_is_sent_as_the_vendor_number() -> None:
    errors = dict(_refusal("workers.create", {"INSS": "85.07.30-033.28"}))
    assert "INSS" not in errors  # the other required fields are missing, the INSS is fine


def test_workers_exists_restores_the_leading_zero() -> None:
    number = _inss(datetime.date(2008, 2, 9), 275)
    assert _body("workers.exists", rrnr=int(number)) == f"/workerExists/{number}"
    assert _body("workers.exists", rrnr=number) == f"/workerExists/{number}"


def test_workers_exists_refuses_a_bad_check_digit() -> None:
    assert _refusal("workers.exists", rrnr="85073003329") == [
        ("rrnr", "is not a valid national register number: its check digits (mod 97) fail")
    ]


def test_a_spouse_inss_is_checked_too() -> None:
    errors = dict(_refusal("family_statuses.create", {"SpouseINSS": 12345678901}, workerID=12))
    assert "check digits" in errors["SpouseINSS"]


# --- IBANs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "iban",
    ["BE68539007547034", "BE71 0961 2345 6769", "nl91abna0417164300", "DE89370400440532013000"],
)
def test_a_valid_iban_is_sent_compact(iban: str) -> None:
    assert check_iban(iban) == "".join(iban.split()).upper()


@pytest.mark.parametrize("iban", ["BE65 7349 4593 3396 XX", "BE68539007547035", "68539007547034"])
def test_an_invalid_iban_is_refused(iban: str) -> None:
    with pytest.raises(FormatError, match="IBAN"):
        check_iban(iban)


def test_an_empty_bank_account_is_allowed() -> None:
    assert check_iban("") == ""


def test_an_invalid_iban_is_refused_in_a_body_without_repeating_it() -> None:
    errors = dict(_refusal("workers.create", {"BankAccount": "BE65 7349 4593 3396 XX"}))
    assert errors["BankAccount"].startswith("must be an IBAN") or "IBAN" in errors["BankAccount"]
    assert "7349" not in errors["BankAccount"]


# --- end to end: refused before anything reaches the server -------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        ("absences", "create", ([{**ABSENCE, "Absences": [{"Day": "20261202", "Hourz": 4}]}],)),
        ("absences", "create", ([{**ABSENCE, "Absences": [{"Day": "20261332", "Code": 5100}]}],)),
        ("contracts", "create", (12, {"Startdate": "20261399"})),
        ("workers", "exists", ("8507300332",)),
        ("workers", "exists", (85073003329,)),
    ],
    ids=["unknown-field", "impossible-date", "contract-start", "short-inss", "bad-check-digit"],
)
def test_nothing_is_sent_for_a_refused_call(
    sandbox: Sandbox, any_client: AnyClient, call: tuple[str, str, Any]
) -> None:
    """The sync and the async client alike (``any_client``), on the shared sandbox."""
    tag, action, args = call
    employer = sandbox.employers[0]
    before = sandbox.stats()["requests_total"]
    with pytest.raises(ValidationError):
        any_client.run(lambda c: getattr(getattr(c.employer(employer), tag), action)(*args))
    assert sandbox.stats()["requests_total"] == before + 1  # the stats request itself
