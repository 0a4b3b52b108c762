"""Issue 11: read what a .NET/WCF deployment answers and lose nothing of it.

End to end over real mutual TLS (the scripted server of ``scripted_server.py``) where the
exchange matters; the pure reader (``decode``, the schema walker) with hypothesis where the
inputs vary.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import link2prisma as l2
from link2prisma import Certificate, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma._lenient import compile_schema, normalise, walk
from link2prisma._operation.decode import Envelope, decode
from link2prisma_resources import spec as api_spec
from link2prisma_resources._table import OPERATIONS
from scripted_server import Reply, Running, Seen, envelope, json_reply, scripted_server

FAST = PollPolicy(first=0.02, factor=1.5, cap=0.1, deadline=5.0)
BOM = b"\xef\xbb\xbf"
EMPLOYER = "999014"
CSS = (
    "BODY { color: #000000; background-color: white; font-family: Verdana; margin-left: 0px; "
    "margin-top: 0px; } #content { margin-left: 30px; font-size: .70em; padding-bottom: 2em; } "
    "A:link { color: #336699; font-weight: bold; text-decoration: underline; } "
    ".heading1 { background-color: #003366; border-bottom: #336699 6px solid; color: #ffffff; }"
)


def wcf_request_error(message: str) -> bytes:
    """WCF's standard "Request Error" page (webHttp, faults not included)."""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Request Error</title>'
        f"<style>{CSS}</style></head><body>"
        '<div id="content"><p class="heading1">Request Error</p>'
        "<p>The server encountered an error processing the request. The exception message is "
        f"'{message}'. See server logs for more details. The exception stack trace is: </p>"
        "<p>   at System.ServiceModel.Dispatcher.SingleBodyParameterMessageFormatter.ReadObject"
        "(Message message)</p></div></body></html>"
    ).encode()


WCF_ENDPOINT_NOT_FOUND = (
    '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Service</title>'
    f"<style>{CSS}</style></head><body>"
    '<div id="content"><p class="heading1">Service</p>'
    '<p xmlns="">Endpoint not found.</p></div></body></html>'
).encode()


@pytest.fixture
def srv(tmp_path: Path) -> Iterator[Running]:
    with scripted_server(tmp_path) as running:
        yield running


def client(srv: Running, **kw: Any) -> Link2Prisma:
    cert = Certificate.from_pem(srv.cert_path, srv.key_path)
    kw.setdefault("poll", FAST)
    kw.setdefault("retry", RetryPolicy(attempts=3, wait_initial=0.01, wait_max=0.02))
    return Link2Prisma(srv.base_url, certificate=cert, ca_bundle=srv.ca_path, **kw)


def queue(srv: Running, body: bytes, status: int = 202) -> Any:
    """A ``submit`` script answering ``body`` and registering a fresh GUID for ``Result``."""

    def submit(seen: Seen) -> Reply:
        guid = str(uuid.uuid4())
        rel = seen.path.split("?")[0].removeprefix("/link2prisma.svc")
        with srv.server.lock:
            srv.server.guids[guid] = rel
        return status, {"Content-Type": "application/json; charset=utf-8"}, body % guid.encode()

    return submit


def finished(response: str | None, code: str = "200") -> Envelope:
    return Envelope(
        fields={"Statuscode": code, "Response": response},
        statuscode=code,
        description=None,
        response=response,
    )


def schemas() -> dict[str, Any]:
    components: dict[str, Any] = api_spec()["components"]["schemas"]
    return components


def optional_members(component: str) -> list[str]:
    schema = schemas()[component]
    return sorted(set(schema["properties"]) - set(schema.get("required", ())))


# --- 1. null members read as absent ---------------------------------------------------------

CONTRACT = {"Startdate": "20240101", "Enddate": "20241231", "WorkingTime": "Fulltime"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_null_members_read_as_absent(data: st.DataObject) -> None:
    spec = OPERATIONS["contracts.get"]
    assert spec.result is not None
    members = optional_members(spec.result.schema)
    nulls = data.draw(st.lists(st.sampled_from(members), unique=True, min_size=1))
    sent = {**CONTRACT, **dict.fromkeys(nulls)}
    expected = {k: v for k, v in CONTRACT.items() if k not in nulls}
    value = decode(finished(json.dumps(sent)), spec, "g", EMPLOYER)
    assert value.to_dict() == expected


def test_null_members_over_tls(srv: Running) -> None:
    record = dict.fromkeys(optional_members(OPERATIONS["contracts.get"].result.schema))  # type: ignore[union-attr]
    record.update(CONTRACT)
    srv.script.results["/worker/3/contract/20240101"] = [("200", json.dumps(record))]
    with client(srv) as c:
        contract = c.employer(EMPLOYER).contracts.get(3, "20240101").result()
    assert contract is not None and contract.to_dict() == CONTRACT


def test_null_list_member_and_null_items_read_as_absent(srv: Running) -> None:
    workers = [
        {
            "WorkerNumber": 1,
            "Name": "A",
            "Communication": None,
            "contract": [None, {"Startdate": "20240101", "Enddate": None}],
            "address": None,
        },
        None,
        {"WorkerNumber": 2, "FamilyStatus": [None]},
    ]
    srv.script.results["/worker"] = [("200", json.dumps(workers))]
    with client(srv) as c:
        got = c.employer(EMPLOYER).workers.list(limit=100, offset=0).result()
    assert [w.to_dict() for w in got] == [
        {"WorkerNumber": 1, "Name": "A", "contract": [{"Startdate": "20240101"}]},
        {"WorkerNumber": 2, "FamilyStatus": []},
    ]


@settings(max_examples=80, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner),
        max_leaves=20,
    )
)
def test_the_walker_is_pure_and_leaves_no_null(value: Any) -> None:
    before = json.dumps(value)
    out, _ = normalise("WorkerRecord", {"WorkerNumber": 1, "Extra": value})
    assert json.dumps(value) == before  # the input is not changed

    def nulls(x: Any) -> bool:
        if isinstance(x, dict):
            return any(v is None or nulls(v) for v in x.values())
        if isinstance(x, list):
            return any(v is None or nulls(v) for v in x)
        return False

    assert not nulls(out)


# --- 2. enum drift and INSS numbers (the walker; the models: see test_inss_output) ------------

# The shape of the response schemas: open, enum members anyOf [enum component, string].
OPEN_SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "WorkingTime": {"type": "string", "enum": ["Fulltime", "PartTime"]},
            "Sex": {"type": "string", "enum": ["M", "F"]},
            "ContractRecord": {
                "type": "object",
                "additionalProperties": True,
                "properties": {
                    "Startdate": {"type": "string"},
                    "WorkingTime": {
                        "anyOf": [
                            {"$ref": "#/components/schemas/WorkingTime"},
                            {"type": "string"},
                        ]
                    },
                },
            },
            "WorkerRecord": {
                "type": "object",
                "required": ["WorkerNumber"],
                "properties": {
                    "WorkerNumber": {"type": "integer"},
                    "INSS": {"type": "string", "x-l2p-format": "inss", "x-l2p-sensitive": True},
                    "Sex": {
                        "anyOf": [{"$ref": "#/components/schemas/Sex"}, {"type": "string"}],
                        "x-l2p-sensitive": True,
                    },
                    "contract": {
                        "type": "array",
                        "items": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/ContractRecord"},
                                {"type": "null"},
                            ]
                        },
                    },
                },
            },
        }
    }
}


def test_unlisted_enum_values_are_kept_and_reported() -> None:
    node = compile_schema(OPEN_SPEC, "WorkerRecord")
    page = [
        {
            "WorkerNumber": n,
            "Sex": "X" if n == 2 else "F",
            "contract": [{"Startdate": "20240101", "WorkingTime": "FullTime" if n else "PartTime"}],
        }
        for n in range(3)
    ]
    walked = [walk(node, record, "WorkerRecord") for record in page]
    assert [out for out, _ in walked] == page  # every value kept as sent
    drift = [d for _, found in walked for d in found]
    assert {(d.field, d.value, d.sensitive) for d in drift} == {
        ("ContractRecord.WorkingTime", "FullTime", False),
        ("WorkerRecord.Sex", "X", True),
    }
    assert [d.shown for d in drift if d.sensitive] == ["***"]


@given(st.integers(min_value=0, max_value=99_999_999_999))
def test_inss_numbers_become_eleven_digit_strings(number: int) -> None:
    node = compile_schema(OPEN_SPEC, "WorkerRecord")
    out, drift = walk(node, {"WorkerNumber": 1, "INSS": number}, "WorkerRecord")
    assert out["INSS"] == f"{number:011d}" and len(out["INSS"]) == 11 and not drift
    assert int(out["INSS"]) == number


def test_inss_examples_and_strings_kept() -> None:
    node = compile_schema(OPEN_SPEC, "WorkerRecord")
    for sent, read in [
        (2082927549, "02082927549"),
        (2082927549.0, "02082927549"),
        (85073003328, "85073003328"),
        ("02082927549", "02082927549"),
    ]:
        out, _ = walk(node, {"WorkerNumber": 1, "INSS": sent})
        assert out["INSS"] == read


# --- 3. byte order marks ------------------------------------------------------------------------


def test_bom_before_the_guid_keeps_the_queued_call(srv: Running) -> None:
    srv.script.submit = queue(srv, BOM + b'"%s"')
    srv.script.results["/worker/7/contract"] = [("200", json.dumps([CONTRACT]))]
    with client(srv) as c:
        op = c.employer(EMPLOYER).contracts.list(7)
        assert [x.to_dict() for x in op.result()] == [CONTRACT]
    assert len(srv.server.submitted()) == 1


def test_bom_before_result_workerexists_and_error_bodies(srv: Running) -> None:
    def result(seen: Seen, guid: str) -> Reply:
        body = json.dumps(envelope(guid, "200", json.dumps([CONTRACT]))).encode()
        return 200, {"Content-Type": "application/json; charset=utf-8"}, BOM + body

    srv.script.result_hook = result
    srv.script.sync["/workerExists/"] = (
        200,
        {"Content-Type": "application/json; charset=utf-8"},
        BOM + b'{"ID": "x", "WorkerExists": true, "WorkerNumber": 12}',
    )
    with client(srv) as c:
        scope = c.employer(EMPLOYER)
        assert [x.startdate for x in scope.contracts.list(7).result()] == ["20240101"]
        found = scope.worker_exists("85073003328")
        assert (found.worker_exists, found.worker_number) == (True, 12)
        srv.script.submit = lambda seen: (
            400,
            {"Content-Type": "application/json; charset=utf-8"},
            BOM + b'{"Message": "Employer 999014 unknown"}',
        )
        with pytest.raises(l2.BadRequestError) as info:
            scope.departments.list()
    assert info.value.body == '{"Message": "Employer 999014 unknown"}'


def test_unreadable_2xx_to_a_write_says_accepted_and_is_not_resent(srv: Running) -> None:
    srv.script.submit = lambda seen: (
        202,
        {"Content-Type": "application/json"},
        b'{"Queued": true, "Name": "Jan Janssens", "INSS": 85073003328}',
    )
    body = {"Startdate": "20240101", "TaxCalculation": "Percent", "Value": 10}
    with client(srv) as c, pytest.raises(l2.UnexpectedResponseError) as info:
        c.employer(EMPLOYER).taxes.create(1, body)
    err = info.value
    assert err.accepted and err.status == 202
    assert "accepted" in str(err) and "may be queued" in str(err)
    assert err.body is not None and '"Queued": true' in err.body
    assert "85073003328" not in str(err) and "Janssens" not in str(err)
    assert [r.method for r in srv.server.submitted()] == ["POST"]  # sent once, never again


# --- 4. WCF's HTML error pages ------------------------------------------------------------------


@pytest.mark.parametrize(("status", "error"), [(400, l2.BadRequestError), (500, l2.ServerError)])
def test_wcf_request_error_page_gives_its_sentence(
    srv: Running, status: int, error: type[l2.ApiError]
) -> None:
    said = (
        "There was an error deserializing the object of type Sodeco.Link2Prisma.AddWorker. "
        "The value '85073003328' cannot be parsed as the type 'Int32'."
    )
    srv.script.submit = lambda seen: (
        status,
        {"Content-Type": "text/html"},
        wcf_request_error(said),
    )
    with client(srv, retry=RetryPolicy(attempts=1)) as c, pytest.raises(error) as info:
        c.employer(EMPLOYER).departments.list()
    err = info.value
    message = str(err).split(" [")[0]
    assert message.startswith(f"HTTP {status}: There was an error deserializing the object")
    assert "cannot be parsed as the type 'Int32'" in message
    body = err.body or ""
    assert body.startswith("Request Error The server encountered an error processing the request")
    assert "error deserializing the object" in body
    for markup in ("{", "font-family", "<p", "heading1", "#336699"):
        assert markup not in str(err) and markup not in body
    assert "85073003328" not in str(err)  # redacted as usual


def test_wcf_endpoint_not_found_page(srv: Running) -> None:
    srv.script.submit = lambda seen: (404, {"Content-Type": "text/html"}, WCF_ENDPOINT_NOT_FOUND)
    with client(srv) as c, pytest.raises(l2.NotFoundError) as info:
        c.employer(EMPLOYER).departments.list()
    assert str(info.value).startswith("HTTP 404: Endpoint not found.")
    assert info.value.body == "Service Endpoint not found."


# --- 5. values kept as sent ---------------------------------------------------------------------


def test_values_the_client_does_not_convert_are_kept_as_sent(srv: Running) -> None:
    record = {
        "Startdate": "/Date(1700000000000+0100)/",
        "Enddate": "/Date(1700000000000)/",
        "Function": "  Boekhouder\u00e9 ",
        "WeekhoursWorker": 38.0,
        "Unlisted": {"When": "/Date(1700000000000+0100)/", "N": 0},
    }
    srv.script.results["/worker/3/contract/20240101"] = [("200", json.dumps(record))]
    with client(srv) as c:
        contract = c.employer(EMPLOYER).contracts.get(3, "20240101").result()
    assert contract is not None
    assert contract.startdate == "/Date(1700000000000+0100)/"
    assert contract.to_dict() == record


# --- 6. prestations: no failed line -------------------------------------------------------------


@pytest.mark.parametrize("response", ["", None, "[]", "null", '""', " ", "{}", json.dumps("[]")])
@pytest.mark.parametrize("code", ["200", "201", "204"])
def test_prestations_with_no_failed_line(response: str | None, code: str) -> None:
    spec = OPERATIONS["prestations.create"]
    assert spec.result_kind == "failed-lines"
    assert decode(finished(response, code), spec, "g", EMPLOYER) == []


def test_prestations_missing_response_over_tls(srv: Running) -> None:
    srv.script.result_hook = lambda seen, guid: json_reply(200, {"ID": guid, "Statuscode": "201"})
    body = [
        {
            "WorkerNumber": 9,
            "Month": 1,
            "Year": 2024,
            "EndOfPeriod": "20240131",
            "Prestations": [{"Day": "20240105", "Code": 1, "Hours": 8}],
        }
    ]
    with client(srv) as c:
        assert c.employer(EMPLOYER).prestations.create(body).result() == []


def test_enum_drift_is_logged_once_without_personal_data(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from link2prisma._lenient import Drift, report_drift

    caplog.set_level(logging.WARNING, logger="link2prisma")
    op = f"tests.{uuid.uuid4().hex[:8]}"
    for _ in range(3):
        report_drift(op, [Drift("ContractRecord.WorkingTime", "FullTime", False)])
        report_drift(op, [Drift("WorkerRecord.Sex", "X-85073003328", True)])
    lines = [r.getMessage() for r in caplog.records if op in r.getMessage()]
    assert len(lines) == 2
    assert "ContractRecord.WorkingTime" in lines[0] and "'FullTime'" in lines[0]
    assert "WorkerRecord.Sex" in lines[1] and "85073003328" not in lines[1]
    assert all(r.levelno == logging.WARNING for r in caplog.records if op in r.getMessage())


# --- 8. in-service workers, paged like GET /worker ----------------------------------------------


def paged_in_service(srv: Running, total: int) -> list[str]:
    """Serve ``total`` in-service workers on ``/worker/{start}/{end}``, honouring limit/offset."""
    pages: dict[str, tuple[int, int]] = {}
    asked: list[str] = []

    def submit(seen: Seen) -> Reply:
        from urllib.parse import parse_qs, urlsplit

        url = urlsplit(seen.path)
        query = {k: int(v[0]) for k, v in parse_qs(url.query).items()}
        assert url.path.endswith("/worker/20250101/20251231"), url.path
        guid = str(uuid.uuid4())
        pages[guid] = (query.get("offset", 0), query.get("limit", total))
        asked.append(url.query)
        return json_reply(202, guid)

    def result(seen: Seen, guid: str) -> Reply:
        offset, limit = pages[guid]
        workers = [
            {"WorkerNumber": n + 1, "INSS": 2082927549, "Communication": None}
            for n in range(offset, min(offset + min(limit, 100), total))
        ]
        return json_reply(200, envelope(guid, "200", json.dumps(workers)))

    srv.script.submit = submit
    srv.script.result_hook = result
    return asked


def test_export_in_service_pages_every_worker(srv: Running, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from link2prisma.cli import app

    asked = paged_in_service(srv, 250)
    out = tmp_path / "s.jsonl"
    env = {
        "L2P_BASE_URL": srv.base_url,
        "L2P_CERT": str(srv.cert_path),
        "L2P_KEY": str(srv.key_path),
        "L2P_CERT_PASSWORD": None,
        "L2P_EMPLOYER": EMPLOYER,
        "L2P_CA_BUNDLE": str(srv.ca_path),
        "L2P_PROFILE": None,
        "L2P_CONFIG": None,
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
    }
    result = CliRunner(env=env).invoke(
        app,
        ["--json", "workers", "export", "--out", str(out), "--in-service", "20250101", "20251231"],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["WorkerNumber"] for r in records] == list(range(1, 251))
    assert summary["workers"] == 250 and summary["pages"] == 3
    assert {r["INSS"] for r in records} == {"02082927549"}
    assert sorted(asked)[:3] == [
        "limit=100&offset=0",
        "limit=100&offset=100",
        "limit=100&offset=200",
    ]


# --- 2. enum drift over TLS, with the generated read models ------------------------------------


def test_an_unlisted_enum_value_keeps_the_page(
    srv: Running, caplog: pytest.LogCaptureFixture
) -> None:
    from link2prisma._lenient import _warned

    _warned.clear()  # once per (operation, field) and process: start afresh
    caplog.set_level(logging.WARNING, logger="link2prisma")
    workers = [
        {
            "WorkerNumber": n,
            "Name": "Peeters",
            "INSS": 85073003328,
            "contract": [
                {"Startdate": "20240101", "WorkingTime": "FullTime" if n % 7 else "PartTime"}
            ],
        }
        for n in range(1, 101)
    ]
    srv.script.results["/worker"] = [("200", json.dumps(workers))]
    with client(srv) as c:
        scope = c.employer(EMPLOYER)
        first = scope.workers.list(limit=100, offset=0).result()
        second = scope.workers.list(limit=100, offset=0).result()
    assert [w.worker_number for w in first] == list(range(1, 101))
    kept = [w.contract[0].working_time for w in first]
    assert kept.count("FullTime") == 86 and all(isinstance(k, str) for k in kept)
    assert [w.to_dict() for w in second] == [w.to_dict() for w in first]
    warnings = [r for r in caplog.records if "WorkingTime" in r.getMessage()]
    assert len(warnings) == 1 and warnings[0].levelno == logging.WARNING  # once, not per record
    message = warnings[0].getMessage()
    assert "workers.list" in message and "'FullTime'" in message
    assert "Peeters" not in caplog.text and "85073003328" not in caplog.text
