"""The facade end to end over real mutual TLS on loopback (scripted server)."""

from __future__ import annotations

import base64
import json
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

import link2prisma as l2
from link2prisma import Certificate, Link2Prisma, PollPolicy, RetryPolicy
from scripted_server import Running, json_reply, scripted_server

FAST = PollPolicy(first=0.02, factor=1.5, cap=0.1, deadline=5.0)
RRNR = "85073003328"


@pytest.fixture
def srv(tmp_path: Path) -> Iterator[Running]:
    with scripted_server(tmp_path) as running:
        yield running


def client(srv: Running, **kw: object) -> Link2Prisma:
    cert = Certificate.from_pem(srv.cert_path, srv.key_path)
    kw.setdefault("poll", FAST)
    kw.setdefault("retry", RetryPolicy(attempts=3, wait_initial=0.01, wait_max=0.02))
    return Link2Prisma(srv.base_url, certificate=cert, ca_bundle=srv.ca_path, **kw)  # type: ignore[arg-type]


def test_handshakes_equal_pooled_connections(srv: Running) -> None:
    srv.script.default_result = [("200", "[]")]
    with client(srv) as c:
        scope = c.employer("999014")
        for _ in range(30):
            assert scope.contracts.list(1).result() == []
    assert len(srv.server.requests) == 60
    assert srv.server.handshakes == 1


def test_concurrent_calls_stay_within_the_pool(srv: Running) -> None:
    with client(srv, pool_size=3) as c:
        scope = c.employer("999014")

        def work() -> None:
            for _ in range(10):
                scope.addresses.list(5).result()

        threads = [threading.Thread(target=work) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
    assert len(srv.server.requests) == 120
    assert 1 <= srv.server.handshakes <= 3


def test_employer_header_per_scope_and_none_on_result(srv: Running) -> None:
    with client(srv) as c:
        a, b = c.employer("999014"), c.employer(999015)
        a.workers.list(limit=10).result()
        b.workers.get(7).result()
        a.documents.list_withdrawals("20240101").result()
    submits = srv.server.submitted()
    assert [r.headers.get("Employer") for r in submits] == ["999014", "999015", None]
    assert all("Employer" not in r.headers for r in srv.server.result_requests())
    assert all(r.peer_cn == "integrator" for r in srv.server.requests)
    assert submits[0].path.endswith("/worker?limit=10")


def test_continuation_token_resumes_in_a_fresh_client(srv: Running) -> None:
    srv.script.results["/worker/7/contract"] = [
        ("202", None),
        ("302", None),
        ("200", json.dumps([{"Startdate": "20240101"}])),
    ]
    with client(srv) as first:
        op = first.employer("999014").contracts.list(7)
        token = op.continuation_token()
    assert json.loads(token) == {
        "v": 1,
        "guid": op.guid,
        "op": "contracts.list",
        "employer": "999014",
    }
    with client(srv) as second:
        resumed = second.resume(token)
        contracts = resumed.result()
    assert [c.startdate for c in contracts] == ["20240101"]
    assert resumed.guid == op.guid


def test_deadline_and_backoff(srv: Running) -> None:
    srv.script.results["/worker/1/tax"] = [("202", None)]
    with client(srv, poll=PollPolicy(first=0.05, factor=2.0, cap=0.2, deadline=0.6)) as c:
        op = c.employer("999014").taxes.list(1)
        with pytest.raises(l2.OperationTimeout) as info:
            op.result()
    assert info.value.guid == op.guid and "continuation token" in str(info.value)
    polls = len(srv.server.result_requests())
    # Windows end at 0.05, 0.1, 0.2, 0.4, 0.6 (capped): at most one poll per window, plus the last.
    assert 2 <= polls <= 7


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (
            [
                (
                    "200",
                    json.dumps(
                        [
                            {
                                "Startdate": "20240101",
                                "Street": "x",
                                "HouseNumber": "1",
                                "ZIPCode": "1000",
                                "City": "B",
                                "Country": "00150",
                            }
                        ]
                    ),
                )
            ],
            1,
        ),
        ([("202", None), ("302", None), ("201", "")], 0),
        ([("204", None)], 0),
        ([("204", "")], 0),
    ],
)
def test_each_success_statuscode(
    srv: Running, steps: list[tuple[str, object]], expected: int
) -> None:
    srv.script.results["/worker/3/address"] = steps
    with client(srv) as c:
        op = c.employer("999014").addresses.list(3)
        assert len(op.result()) == expected
        assert op.done() and op.last_status is l2.OperationStatus.SUCCEEDED


def test_model_kind_with_no_data_is_none_and_document_is_bytes(srv: Running) -> None:
    pdf = b"%PDF-1.4 tiny"
    srv.script.results["/worker/3/contract/20240101"] = [("204", None)]
    srv.script.results["/document/12"] = [("200", json.dumps(base64.b64encode(pdf).decode()))]
    with client(srv) as c:
        scope = c.employer("999014")
        assert scope.contracts.get(3, "20240101").result() is None
        assert scope.documents.get(12).result() == pdf


def test_failed_statuscode_raises_with_its_context(srv: Running) -> None:
    srv.script.results["/worker/3/costcentre"] = [("302", None), ("400.05", None)]
    with client(srv) as c:
        op = c.employer("999014").cost_centres.create(
            3, {"Startdate": "20240101", "CostCentres": [{"CostCentre": "A", "Percentage": 100}]}
        )
        assert op.status() is l2.OperationStatus.PROCESSING
        with pytest.raises(l2.OperationFailed) as info:
            op.result()
        assert op.status() is l2.OperationStatus.FAILED
    err = info.value
    assert (err.statuscode, err.guid, err.employer, err.operation) == (
        "400.05",
        op.guid,
        "999014",
        "cost_centres.create",
    )
    assert err.status_description == "refused"


def test_prestations_failed_lines_come_back_as_data(srv: Running) -> None:
    failed = [{"WorkerNumber": 9, "Day": "20240105", "Code": 1, "Reason": "unknown worker"}]
    srv.script.results["/prestations"] = [("201", json.dumps(failed))]
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
        lines = c.employer("999014").prestations.create(body).result()
    assert [(x.worker_number, x.reason) for x in lines] == [(9, "unknown worker")]


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, l2.BadRequestError),
        (412, l2.BadRequestError),
        (401, l2.AuthenticationError),
        (403, l2.PermissionDeniedError),
        (404, l2.NotFoundError),
        (429, l2.RateLimitError),
        (500, l2.ServerError),
        (503, l2.ServerError),
        (418, l2.HTTPStatusError),
    ],
)
def test_each_error_class(srv: Running, status: int, error: type[Exception]) -> None:
    srv.script.submit = lambda seen: json_reply(status, {"Message": f"no {RRNR}"})
    with client(srv) as c, pytest.raises(error) as info:
        c.employer("999014").workers.list().result()
    err = info.value
    assert isinstance(err, l2.ApiError)
    assert (err.method, err.path, err.status) == ("GET", "/worker", status)
    assert RRNR not in str(err) and "***" in str(err)


def test_reads_are_retried_writes_only_when_refused(srv: Running) -> None:
    answers = iter(
        [
            json_reply(503, {"Message": "busy"}),
            json_reply(202, "0f8fad5b-d9cb-469f-a165-70867728950e"),
        ]
        * 4
    )
    srv.script.submit = lambda seen: next(answers)
    srv.script.result_hook = lambda seen, guid: json_reply(
        200, {"ID": guid, "Statuscode": "201", "Response": ""}
    )
    with client(srv) as c:
        scope = c.employer("999014")
        scope.departments.list().result()
        scope.schedules.create(
            {
                "ScheduleID": "A1",
                "Description": "d",
                "StartDate": "20240101",
                "Week": [{"WeekNumber": 1}],
            }
        ).result()
    methods = [r.method for r in srv.server.submitted()]
    assert methods == ["GET", "GET", "POST", "POST"]  # 503 means not queued: safe to resend


def test_non_json_202_and_html_errors_are_typed(srv: Running) -> None:
    srv.script.submit = lambda seen: (
        202,
        {"Content-Type": "text/html"},
        b"<html><body>Request Error</body></html>",
    )
    with client(srv) as c, pytest.raises(l2.UnexpectedResponseError) as info:
        c.employer("999014").workers.list()
    assert info.value.status == 202 and "Request Error" in (info.value.body or "")


def test_untrusted_server_is_refused(srv: Running, tmp_path: Path) -> None:
    other = trustme.CA()
    other.cert_pem.write_to_path(str(tmp_path / "other.pem"))
    cert = Certificate.from_pem(srv.cert_path, srv.key_path)
    with Link2Prisma(srv.base_url, certificate=cert, ca_bundle=tmp_path / "other.pem") as c:
        with pytest.raises(l2.TLSError):
            c.employer("999014").workers.list()
    assert srv.server.requests == []


def test_client_certificate_from_another_ca_is_refused(srv: Running, tmp_path: Path) -> None:
    stranger = trustme.CA().issue_cert("stranger@example.test")
    (tmp_path / "s.pem").write_bytes(stranger.cert_chain_pems[0].bytes())
    (tmp_path / "s.key").write_bytes(stranger.private_key_pem.bytes())
    cert = Certificate.from_pem(tmp_path / "s.pem", tmp_path / "s.key")
    with (
        Link2Prisma(
            srv.base_url, certificate=cert, ca_bundle=srv.ca_path, retry=RetryPolicy(attempts=1)
        ) as c,
        pytest.raises(l2.TransportError),
    ):
        c.employer("999014").workers.list()
    assert srv.server.requests == []


def test_plain_http_is_refused_unless_allowed() -> None:
    with pytest.raises(l2.ConfigurationError, match="https"):
        Link2Prisma("http://127.0.0.1:9/link2prisma.svc")
    Link2Prisma("http://127.0.0.1:9/link2prisma.svc", allow_insecure_http=True).close()


def test_connection_refused_is_a_connect_error(tmp_path: Path) -> None:
    with (
        Link2Prisma(
            "https://127.0.0.1:9/link2prisma.svc", retry=RetryPolicy(attempts=2, wait_initial=0.01)
        ) as c,
        pytest.raises(l2.ConnectError, match="nothing was sent"),
    ):
        c.employer("999014").workers.list()


def test_worker_exists_is_synchronous_and_redacted(
    srv: Running, caplog: pytest.LogCaptureFixture
) -> None:
    srv.script.sync["/workerExists/"] = json_reply(
        200, {"ID": "x", "WorkerExists": True, "WorkerNumber": 12}
    )
    caplog.set_level(logging.DEBUG)
    with client(srv) as c:
        found = c.employer("999014").worker_exists(RRNR)
    assert (found.worker_exists, found.worker_number) == (True, 12)
    assert srv.server.requests[0].path.endswith(f"/workerExists/{RRNR}")
    assert srv.server.result_requests() == []
    srv.script.sync["/workerExists/"] = json_reply(403, {"Message": "no"})
    with client(srv) as c, pytest.raises(l2.PermissionDeniedError) as info:
        c.employer("999014").worker_exists(RRNR)
    assert "/workerExists/***" in str(info.value)
    text = caplog.text + str(info.value)
    assert RRNR not in text


def test_request_content_type_is_configurable(srv: Running) -> None:
    body = {"Startdate": "20240101", "TaxCalculation": "Percent", "Value": 10}
    for content_type in ("application/json", "application/x-www-form-urlencoded", None):
        with client(srv, content_type=content_type) as c:
            c.employer("999014").taxes.create(1, body)
    seen = [r.headers.get("Content-Type") for r in srv.server.submitted()]
    assert seen == ["application/json", "application/x-www-form-urlencoded", None]
    assert json.loads(srv.server.submitted()[0].body) == body
