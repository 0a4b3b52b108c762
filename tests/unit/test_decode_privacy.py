"""Every way the decoder can fail keeps the sandbox's people out of its errors and logs.

Issue 14: a doubly JSON-encoded Response that failed to decode put ``"Name": "De Smet",
"Firstname": "Luc"`` and streets in the exception message, and ``logger.exception`` repeated it.
Each case below feeds one exception path of :mod:`link2prisma._operation.decode` (a queued
call's GUID, the Result envelope, a failed Statuscode, the Response of each result kind) with
records of the sandbox's synthetic workers (:mod:`link2prisma.sandbox.data`), and searches
``str(exc)``, ``repr(exc)``, the exception's fields and everything logged, the traceback that
``logger.exception`` writes included, for their names, streets, e-mail addresses, national
register numbers and IBANs.
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from typing import Any

import pytest

from link2prisma import OperationFailed, UnexpectedResponseError
from link2prisma._operation.decode import Envelope, decode, parse_envelope, parse_guid
from link2prisma_resources._table import OPERATIONS
from people import PEOPLE

GUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


PAGE = json.dumps(PEOPLE.records, ensure_ascii=False)
ONE = json.dumps(PEOPLE.records[0], ensure_ascii=False)
FIRST = PEOPLE.records[0]
PLAIN = f"Worker {FIRST['Firstname']} {FIRST['Name']}, {FIRST['address'][0]['Street']}"
HTML = (
    "<html><head><title>Request Error</title></head><body><p class='heading1'>Request Error"
    f"</p><p>The exception message is '{PLAIN}'.</p></body></html>"
)


def _env(response: str | None, code: str = "200", description: str | None = None) -> Envelope:
    fields = {"Statuscode": code, "StatusDescription": description, "Response": response}
    return Envelope(fields, code, description, response)


def _decode(operation: str, response: str | None, **kw: Any) -> Callable[[], Any]:
    return lambda: decode(_env(response, **kw), OPERATIONS[operation], GUID, "999014")


CASES: dict[str, Callable[[], Any]] = {
    # GET-answers of a queued call that hold no GUID
    "guid: records instead of a GUID": lambda: parse_guid(PAGE.encode()),
    "guid: cut-off records": lambda: parse_guid(PAGE[:700].encode()),
    "guid: a sentence with a name": lambda: parse_guid(PLAIN.encode()),
    "guid: an HTML page with a name": lambda: parse_guid(HTML.encode()),
    # the Result envelope
    "envelope: cut off": lambda: parse_envelope(
        json.dumps({"Statuscode": "200", "Response": PAGE})[:900].encode(), GUID
    ),
    "envelope: a list of records": lambda: parse_envelope(PAGE.encode(), GUID),
    "envelope: a record, no Statuscode": lambda: parse_envelope(ONE.encode(), GUID),
    "envelope: a sentence": lambda: parse_envelope(PLAIN.encode(), GUID),
    "envelope: an HTML page": lambda: parse_envelope(HTML.encode(), GUID),
    # a failed Statuscode whose description names personal data
    "failed: e-mail in the description": _decode(
        "communications.create",
        None,
        code="409",
        description=f"Communication PrivateEmail|{FIRST['Communication'][0]['Value']} exists",
    ),
    "failed: INSS and IBAN in the description": _decode(
        "workers.create",
        None,
        code="400",
        description=f"INSS {FIRST['INSS']:011d} with account {FIRST['BankAccount']} refused",
    ),
    # the Response of each result kind
    "response: encoded twice, cut off": _decode("workers.list", json.dumps(PAGE[:-40])),
    "response: encoded once, cut off": _decode("workers.list", PAGE[:-40]),
    "response: encoded three times, cut off": _decode(
        "workers.list", json.dumps(json.dumps(PAGE)[:-40])
    ),
    "response: two records for one": _decode("workers.get", PAGE),
    "response: a name for a list": _decode("workers.list", json.dumps(PLAIN)),
    "response: a name among records": _decode("workers.list", json.dumps([PLAIN, FIRST])),
    "response: a name for a record": _decode("workers.get", json.dumps([PLAIN])),
    "response: nested too deeply": _decode(
        "workers.list", "[" * 5000 + json.dumps(FIRST) + "]" * 5000
    ),
    "response: a document that is not base64": _decode(
        "documents.get", json.dumps(base64.b64encode(PLAIN.encode()).decode() + "!" + PLAIN)
    ),
    "response: a document that is not text": _decode("documents.get", ONE),
}


def test_the_sandbox_gives_people_to_look_for() -> None:
    kinds = {"@" in n for n in PEOPLE.needles} | {n.isdigit() for n in PEOPLE.needles}
    assert len(PEOPLE.needles) >= 4 * 5 and kinds == {True, False}
    assert any(n.startswith("BE") for n in PEOPLE.needles)


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_personal_data_in_a_decoder_error(case: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises((UnexpectedResponseError, OperationFailed)) as caught:
        CASES[case]()
    exc = caught.value
    logging.getLogger("link2prisma.tests").error("decoding failed", exc_info=exc)
    shown = "\n".join(
        [str(exc), repr(exc), str(vars(exc)), str(exc.__cause__), str(exc.__context__)]
        + [caplog.text]
    )
    assert "decoding failed" in caplog.text and type(exc).__name__ in caplog.text
    leaked = sorted(n for n in PEOPLE.needles if n in shown)
    assert leaked == [], f"{case}: {leaked} in {shown[:2000]}"


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_decoder_error_keeps_no_chained_exception(case: str) -> None:
    """A chained exception (a JSONDecodeError keeps the whole document) is not carried."""
    with pytest.raises((UnexpectedResponseError, OperationFailed)) as caught:
        CASES[case]()
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_doubly_encoded_response_shows_its_shape() -> None:
    with pytest.raises(UnexpectedResponseError) as caught:
        CASES["response: encoded twice, cut off"]()
    text = str(caught.value)
    assert "encoded twice, does not decode" in text
    assert '\\"Name\\": \\"…\\"' in text and "WorkerNumber" in text


def test_a_cut_off_envelope_shows_its_member_names() -> None:
    with pytest.raises(UnexpectedResponseError) as caught:
        CASES["envelope: cut off"]()
    assert "Result is not JSON" in str(caught.value) and '"Statuscode"' in str(caught.value)
