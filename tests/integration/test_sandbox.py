"""The sandbox, exercised with plain httpx over mutual TLS on 127.0.0.1.

Most tests use the shared sandbox (``sandbox``, conftest.py) and so never assume a counter at
zero or an exact count of records; the ones that need their own (a delay, faults, a seed, a
``kill -9``) start it with ``make_sandbox``.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import ssl
import time
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest
import trustme

from link2prisma.sandbox import Faults, Sandbox
from link2prisma.sandbox.__main__ import build_parser
from link2prisma.sandbox.data import generate_employer, inss, inss_is_valid

if TYPE_CHECKING:
    from conftest import SandboxFactory


def client(sb: Sandbox, user: str | None = None, employer: str | None = "first") -> httpx.Client:
    headers = {}
    if employer is not None:
        headers["Employer"] = sb.employers[0] if employer == "first" else employer
    return httpx.Client(
        base_url=sb.base_url, verify=sb.ssl_context(user), headers=headers, timeout=15.0
    )


def wait(c: httpx.Client, guid: str, timeout: float = 15.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        r = c.get(f"/Result/{guid}")
        assert r.status_code == 200, r.text
        result: dict[str, Any] = r.json()
        if result["Statuscode"] not in ("202", "302"):
            return result
        assert time.monotonic() < deadline, f"no result in {timeout}s: {result}"
        time.sleep(0.02)


def submit(c: httpx.Client, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
    r = c.request(method, path, **kwargs)
    assert r.status_code == 202, r.text
    return wait(c, r.json())


def data(result: dict[str, Any]) -> Any:
    assert result["Statuscode"] == "200", result
    return json.loads(result["Response"])


@pytest.fixture()
def c(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """Raw httpx on the shared sandbox (conftest.py), first employer, as ``integrator``."""
    with client(sandbox) as cl:
        yield cl


def worker_numbers(c: httpx.Client) -> list[int]:
    """Every worker number of the employer, page after page (others may have added some)."""
    numbers: list[int] = []
    while True:
        result = submit(c, "GET", "/worker", params={"limit": 100, "offset": len(numbers)})
        if result["Statuscode"] == "204":
            return numbers
        page = [w["WorkerNumber"] for w in data(result)]
        numbers += page
        if len(page) < 100:
            return numbers


# --- protocol -------------------------------------------------------------------------------


def test_submit_answers_202_with_a_quoted_guid(c: httpx.Client) -> None:
    r = c.get("/worker", params={"limit": 1})
    assert r.status_code == 202
    assert r.headers["content-type"].startswith("application/json")
    assert r.text.startswith('"') and r.text.endswith('"')
    uuid.UUID(r.json())


def test_result_has_the_nine_vendor_fields_and_a_double_encoded_response(
    sandbox: Sandbox, c: httpx.Client
) -> None:
    result = submit(c, "GET", "/worker/1/contract")
    assert set(result) == {
        "ID", "Action", "Type", "Employer", "Worker", "Statuscode", "StatusDescription", "User",
        "Response",
    }  # fmt: skip
    assert all(v is None or isinstance(v, str) for v in result.values())
    assert result["Employer"] == sandbox.employers[0]
    assert result["Worker"] == "1"
    assert result["User"] == "integrator"
    assert result["Action"] == "get"
    assert isinstance(result["Response"], str)
    contracts = json.loads(result["Response"])
    assert contracts and all(len(k["Startdate"]) == 8 for k in contracts)


def test_result_lifecycle_queued_processing_done(make_sandbox: SandboxFactory) -> None:
    slow = make_sandbox(employers=1, workers_per_employer=3, delay=0.4, processors=1)
    # A private sandbox: its own delay, one processor.
    with client(slow) as cl:
        first = cl.get("/worker/1").json()
        second = cl.get("/worker/2").json()
        time.sleep(0.15)
        assert cl.get(f"/Result/{first}").json()["Statuscode"] == "302"
        assert cl.get(f"/Result/{second}").json()["Statuscode"] == "202"
        assert wait(cl, first)["Statuscode"] == "200"
        done = wait(cl, second)
        assert done["Statuscode"] == "200"
        timings = slow.request_timings(second)
        assert timings["AcceptedAt"] <= timings["StartedAt"] <= timings["FinishedAt"]
        assert timings["BusySeconds"] >= 0.35
        # One employer's requests never overlap: the second started after the first ended.
        assert slow.request_timings(first)["FinishedAt"] <= timings["StartedAt"]


def test_writes_answer_201_and_empty_lists_204(c: httpx.Client) -> None:
    body = {"CommunicationType": "Website", "Value": "https://example.be"}
    done = submit(c, "POST", "/worker/4/communication", json=body)
    assert done["Statuscode"] == "201" and done["Response"] == "" and done["Action"] == "insert"
    assert any(x == body for x in data(submit(c, "GET", "/worker/4/communication")))
    assert submit(c, "DELETE", "/worker/4/communication", json=body)["Statuscode"] == "201"
    assert submit(c, "GET", "/leavecounters/1990/1")["Statuscode"] == "204"


@pytest.mark.parametrize("guid", [str(uuid.uuid4()), "not-a-guid"], ids=["unknown", "malformed"])
def test_unknown_guid_is_404(c: httpx.Client, guid: str) -> None:
    r = c.get(f"/Result/{guid}")
    assert r.status_code == 404 and "Message" in r.json()


def test_result_needs_no_employer_header(sandbox: Sandbox, c: httpx.Client) -> None:
    guid = c.get("/department").json()
    with client(sandbox, employer=None) as bare:
        assert wait(bare, guid)["Statuscode"] == "200"


def test_worker_exists_is_synchronous(c: httpx.Client) -> None:
    worker = data(submit(c, "GET", "/worker/3"))
    rrnr = f"{int(worker['INSS']):011d}"
    r = c.get(f"/workerExists/{rrnr}")
    assert r.status_code == 200
    body = r.json()
    assert body["WorkerExists"] is True and body["WorkerNumber"] == 3 and body["ID"]
    other = inss(dt.date(1950, 1, 1), 999 - 2)
    missing = c.get(f"/workerExists/{other}").json()
    assert (missing["WorkerExists"], missing["WorkerNumber"]) == (False, 0)
    assert c.get("/workerExists/123").status_code == 400


def test_paging_with_limit_and_offset(c: httpx.Client) -> None:
    page = data(submit(c, "GET", "/worker", params={"limit": 3, "offset": 2}))
    assert [w["WorkerNumber"] for w in page] == [3, 4, 5]
    assert {"contract", "address", "FamilyStatus", "Communication"} <= set(page[0])
    assert submit(c, "GET", "/worker", params={"offset": 500})["Statuscode"] == "204"


@pytest.mark.parametrize("bad", [101, 0, -1, "x"])
def test_a_limit_out_of_range_is_400(c: httpx.Client, bad: Any) -> None:
    r = c.get("/worker", params={"limit": bad})
    assert r.status_code == 400
    assert r.json()["Errors"][0]["Field"] == "limit"


# --- validation -----------------------------------------------------------------------------


def _new_worker(number: int) -> dict[str, Any]:
    return {
        "WorkerNumber": number,
        "Name": "Testers",
        "Firstname": "Tess",
        "INSS": int(inss(dt.date(1990, 5, 17), 124)),
        "address": [{"Startdate": "20250101", "Street": "Kerkstraat", "HouseNumber": "1",
                     "ZIPCode": "9000", "City": "Gent", "Country": "00150"}],
        "FamilyStatus": [{"Startdate": "20250101", "CivilStatus": "Single"}],
        "contract": [{"Startdate": "20250101", "WorkingTime": "Fulltime"}],
    }  # fmt: skip


def test_invalid_bodies_get_400_naming_the_field(c: httpx.Client) -> None:
    body = _new_worker(900)
    del body["WorkerNumber"]
    r = c.post("/worker", json=body)
    assert r.status_code == 400
    assert {"Field": "WorkerNumber", "Rule": "Field required"} in r.json()["Errors"]
    body = _new_worker(900)
    body["contract"][0]["WorkingTime"] = "FullTime"
    r = c.post("/worker", json=body)
    assert r.status_code == 400
    assert [e["Field"] for e in r.json()["Errors"]] == ["contract.0.WorkingTime"]
    r = c.post("/worker/1/address", json={"Startdate": "20250101", "Street": None})
    assert r.status_code == 400
    r = c.post("/worker", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400 and r.json()["Errors"][0]["Field"] == "body"
    assert c.post("/worker").status_code == 400


@pytest.mark.parametrize(
    "path",
    [
        "/worker/0/contract",
        "/worker/abc",
        "/worker/1/contract/2024-01-01",
        "/worker/1/divergentpayment/20240101/Foo",
        "/leavecounters/1800/1",
    ],
)
def test_invalid_parameters_get_400(c: httpx.Client, path: str) -> None:
    r = c.get(path) if "divergent" not in path else c.delete(path)
    assert r.status_code == 400, path
    assert r.json()["Errors"]


def test_a_query_parameter_the_route_does_not_name_is_ignored(c: httpx.Client) -> None:
    # WCF ignores a query parameter its route template does not name (a misspelt one too)
    assert c.get("/worker", params={"limt": 5}).status_code == 202


@pytest.mark.parametrize(
    "content_type", [None, "application/x-www-form-urlencoded", "text/plain"], ids=str
)
def test_bodies_are_read_whatever_the_content_type(
    c: httpx.Client, content_type: str | None
) -> None:
    text = json.dumps({"CommunicationType": "Fax", "Value": "+32 9 000 00 00"})
    headers = {} if content_type is None else {"Content-Type": content_type}
    r = c.post("/worker/5/communication", content=text.encode(), headers=headers)
    assert r.status_code == 202, (headers, r.text)


def test_unknown_paths_and_methods(c: httpx.Client) -> None:
    assert c.get("/nothing/here").status_code == 404
    r = c.patch("/worker/1")
    assert r.status_code == 405 and "PUT" in r.headers["allow"]


def test_paths_are_case_insensitive(sandbox: Sandbox, c: httpx.Client) -> None:
    assert data(submit(c, "GET", "/WORKER/1/CONTRACT"))
    assert data(submit(c, "GET", "/profcat")) == data(submit(c, "GET", "/ProfCats"))
    guid = c.get("/newworkernumber").json()
    assert c.get(f"/result/{guid}").status_code == 200
    assert wait(c, guid)["Statuscode"] == "200"
    with httpx.Client(verify=sandbox.ssl_context(), timeout=10) as raw:
        url = sandbox.base_url.replace("link2prisma.svc", "LINK2PRISMA.SVC") + "/department"
        assert raw.get(url, headers={"Employer": sandbox.employers[0]}).status_code == 202


# --- business rules -------------------------------------------------------------------------


def test_business_failures_end_in_the_result(c: httpx.Client) -> None:
    shares = {"Startdate": "20250301", "CostCentres": [
        {"CostCentre": "CC100", "Percentage": 60}, {"CostCentre": "CC200", "Percentage": 30}]}  # fmt: skip
    failed = submit(c, "POST", "/worker/2/costcentre", json=shares)
    assert failed["Statuscode"] == "400.05" and "100" in failed["StatusDescription"]
    shares["CostCentres"][1]["Percentage"] = 40
    assert submit(c, "POST", "/worker/2/costcentre", json=shares)["Statuscode"] == "201"
    got = data(submit(c, "GET", "/worker/2/costcentre/20250301"))
    assert sum(s["Percentage"] for s in got["CostCentres"]) == 100

    addresses = data(submit(c, "GET", "/worker/6/address"))
    for extra in addresses[1:]:
        assert submit(c, "DELETE", f"/worker/6/address/{extra['Startdate']}")["Statuscode"] == "201"
    last = submit(c, "DELETE", f"/worker/6/address/{addresses[0]['Startdate']}")
    assert last["Statuscode"] == "400.05" and last["StatusDescription"]
    assert len(data(submit(c, "GET", "/worker/6/address"))) == 1

    taken = submit(c, "POST", "/worker", json=_new_worker(1))
    assert taken["Statuscode"] == "409"
    missing = submit(c, "GET", "/worker/777777/contract")
    assert missing["Statuscode"] == "404"


def test_new_worker_number_and_add_worker(c: httpx.Client, sandbox_workers: int) -> None:
    number = data(submit(c, "GET", "/newWorkerNumber"))["WorkerNumber"]
    # The shared sandbox: other tests may have added workers; the next number follows them all.
    assert number == max(worker_numbers(c)) + 1 > sandbox_workers
    assert submit(c, "POST", "/worker", json=_new_worker(number))["Statuscode"] == "201"
    assert data(submit(c, "GET", "/newWorkerNumber"))["WorkerNumber"] == number + 1
    record = data(submit(c, "GET", f"/worker/{number}"))
    assert record["Name"] == "Testers" and record["contract"][0]["Startdate"] == "20250101"
    r = c.get(f"/workerExists/{int(record['INSS']):011d}").json()
    assert r["WorkerNumber"] == number


def test_workers_in_service_in_a_period(c: httpx.Client) -> None:
    everyone = data(submit(c, "GET", "/worker"))
    in_2025 = data(submit(c, "GET", "/worker/20250101/20251231"))
    assert 0 < len(in_2025) <= len(everyone)
    for worker in in_2025:
        assert any(k["Startdate"] <= "20251231" and k.get("Enddate", "99999999") >= "20250101"
                   for k in worker["contract"])  # fmt: skip
    assert submit(c, "GET", "/worker/20250101/20240101")["Statuscode"] == "400.05"


def test_refdate_picks_the_record_valid_on_that_date(c: httpx.Client) -> None:
    contracts = data(submit(c, "GET", "/worker/1/contract"))
    first = contracts[0]
    assert data(submit(c, "GET", f"/worker/1/contract/{first['Startdate']}")) == first
    assert submit(c, "GET", "/worker/1/contract/19000101")["Statuscode"] == "204"
    # PUT and DELETE take the (old) start date as identifier.
    upd = submit(c, "PUT", f"/worker/1/contract/{first['Startdate']}",
                 json={"Startdate": first["Startdate"], "Function": "CHEF"})  # fmt: skip
    assert upd["Statuscode"] == "201"
    assert data(submit(c, "GET", f"/worker/1/contract/{first['Startdate']}"))["Function"] == "CHEF"


def test_absences_are_upserted_on_worker_day_and_code(c: httpx.Client) -> None:
    for hours in (4.0, 7.6):
        body = [
            {"WorkerNumber": 7, "Absences": [{"Day": "20300105", "Code": 5100, "Hours": hours}]}
        ]
        assert submit(c, "POST", "/absences", json=body)["Statuscode"] == "201"
    got = data(submit(c, "GET", "/worker/7/absences/20300101"))
    assert got == [
        {"WorkerNumber": 7, "Absences": [{"Day": "20300105", "Code": 5100, "Hours": 7.6}]}
    ]


def test_prestations_report_failed_lines_and_completed_months(c: httpx.Client) -> None:
    def body(worker: int) -> list[dict[str, Any]]:
        return [{"WorkerNumber": worker, "Month": 2, "Year": 2031, "EndOfPeriod": "20310228",
                 "Prestations": [{"Day": "20310203", "Code": 1, "Hours": 8}]}]  # fmt: skip

    done = submit(c, "POST", "/prestations", json=body(1) + body(424242))
    assert done["Statuscode"] == "201"
    failed = json.loads(done["Response"])
    assert [f["WorkerNumber"] for f in failed] == [424242]
    assert failed[0]["Day"] == "20310203" and failed[0]["Reason"]
    completed = submit(c, "POST", "/prestations/completed", json={"Month": 2, "Year": 2031})
    assert completed["Statuscode"] == "201"
    again = json.loads(submit(c, "POST", "/prestations", json=body(1))["Response"])
    assert [f["WorkerNumber"] for f in again] == [1]


def test_documents_are_base64_pdfs(c: httpx.Client) -> None:
    listing = data(submit(c, "GET", "/document/listing/20240101/20241231"))
    assert listing and {"DocumentID", "DocumentType", "Size"} <= set(listing[0])
    doc = submit(c, "GET", f"/document/{listing[0]['DocumentID']}")
    assert doc["Statuscode"] == "200"
    pdf = base64.b64decode(doc["Response"], validate=True)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert len(pdf) == listing[0]["Size"] < 2000
    withdrawn = data(submit(c, "GET", "/document/listing/withdrawals/20240101"))
    assert {w["Employer"] for w in withdrawn} == {"999014", "999015"}


def test_modifications_leave_out_the_callers_own_changes(sandbox: Sandbox) -> None:
    today = time.strftime("%Y%m%d")
    with client(sandbox) as integrator, client(sandbox, user="outsider") as outsider:
        mine = submit(integrator, "PUT", "/worker/8", json={"Name": "Janssens", "Firstname": "Jo"})
        assert mine["Statuscode"] == "201"
        theirs = submit(outsider, "PUT", "/worker/9", json={"Name": "Maes", "Firstname": "Mo"})
        assert theirs["Statuscode"] == "201"
        seen_by_integrator = data(submit(integrator, "GET", f"/modifications/{today}/{today}"))
        seen_by_outsider = data(submit(outsider, "GET", f"/modifications/{today}/{today}"))
    assert {(m["Worker"], m["Entity"]) for m in seen_by_integrator} >= {(9, "Worker")}
    assert (8, "Worker") not in {(m["Worker"], m["Entity"]) for m in seen_by_integrator}
    assert (8, "Worker") in {(m["Worker"], m["Entity"]) for m in seen_by_outsider}
    assert (9, "Worker") not in {(m["Worker"], m["Entity"]) for m in seen_by_outsider}


# --- access control -------------------------------------------------------------------------


def test_outsider_is_refused_the_second_employer(sandbox: Sandbox) -> None:
    with client(sandbox, user="outsider", employer=sandbox.employers[1]) as cl:
        r = cl.get("/worker")
        assert r.status_code == 403 and r.json()["Message"]
    with client(sandbox, user="outsider") as cl:
        assert cl.get("/worker").status_code == 202
    with client(sandbox, employer=None) as cl:
        r = cl.get("/worker")
        assert r.status_code == 403 and "Employer" in r.json()["Message"]


def test_a_certificate_from_another_ca_cannot_connect(sandbox: Sandbox) -> None:
    other_ca = trustme.CA()
    cert = other_ca.issue_cert("integrator")
    ctx = ssl.create_default_context(cafile=str(sandbox.ca_bundle))
    with cert.private_key_and_cert_chain_pem.tempfile() as pem:
        ctx.load_cert_chain(pem)
    with httpx.Client(verify=ctx, timeout=10) as cl, pytest.raises(httpx.TransportError):
        cl.get(sandbox.base_url + "/worker", headers={"Employer": sandbox.employers[0]})
    no_cert = ssl.create_default_context(cafile=str(sandbox.ca_bundle))
    with httpx.Client(verify=no_cert, timeout=10) as cl, pytest.raises(httpx.TransportError):
        cl.get(sandbox.base_url + "/worker", headers={"Employer": sandbox.employers[0]})


@pytest.mark.parametrize("user", ["integrator", "outsider"])
def test_the_certificate_objects_work(sandbox: Sandbox, user: str) -> None:
    from link2prisma.certificate import Certificate

    cert = sandbox.certificate if user == "integrator" else sandbox.certificate_for(user)
    assert isinstance(cert, Certificate)
    ctx = cert.ssl_context(ca_bundle=sandbox.ca_bundle)
    with httpx.Client(verify=ctx, base_url=sandbox.base_url, timeout=10) as cl:
        guid = cl.get("/department", headers={"Employer": sandbox.employers[0]}).json()
        assert wait(cl, guid)["User"] == user


def test_the_certificate_files_are_described(sandbox: Sandbox) -> None:
    from link2prisma.certificate import Certificate

    assert sandbox.pfx_path.read_bytes() and sandbox.pfx_password
    assert Certificate.from_pem(sandbox.cert_pem_path, sandbox.key_pem_path) is not None
    info = json.loads((sandbox.data_dir / "sandbox.json").read_text())
    assert info["pfx_password"] == sandbox.pfx_password
    assert json.loads((sandbox.data_dir / "users.json").read_text())["outsider"] == [
        sandbox.employers[0]
    ]


def test_access_log_holds_no_personal_data(sandbox: Sandbox, c: httpx.Client) -> None:
    path = sandbox.data_dir / "access.log"
    start = path.stat().st_size if path.exists() else 0  # the shared sandbox: only this test's
    worker = data(submit(c, "GET", "/worker/2"))
    rrnr = f"{int(worker['INSS']):011d}"
    assert c.get(f"/workerExists/{rrnr}").status_code == 200
    submit(c, "GET", "/worker/2/contract")
    # The server writes its log line after the answer is sent: wait for it (bounded).
    deadline = time.monotonic() + 5
    log = ""
    while "/worker/*/contract" not in log and time.monotonic() < deadline:
        log = path.read_bytes()[start:].decode()
        time.sleep(0.02)
    assert "/workerExists/*********** 200" in log
    assert rrnr not in log and worker["Name"] not in log
    assert "/worker/*/contract" in log


# --- data -----------------------------------------------------------------------------------


def test_synthetic_data_is_deterministic_and_plausible(make_sandbox: SandboxFactory) -> None:
    def workers(seed: int) -> Any:
        with client(make_sandbox(employers=1, workers_per_employer=4, seed=seed)) as cl:
            return data(submit(cl, "GET", "/worker"))

    assert workers(11) == workers(11)
    assert workers(11) != workers(12)
    _, records = generate_employer(5, 0, 30)
    people = [r.doc for r in records if r.entity == "Worker"]
    assert len(people) == 30
    for person in people:
        assert inss_is_valid(f"{person['INSS']:011d}")
        iban = person["BankAccount"]
        assert iban.startswith("BE") and len(iban) == 16
        assert int(iban[4:] + "1114" + iban[2:4]) % 97 == 1
        assert person["Language"] in ("N", "F", "D")
    # 97 - (first nine digits mod 97); births from 2000 on: with a "2" put in front.
    assert inss(dt.date(1985, 7, 30), 33) == "85073003328"
    assert inss(dt.date(2001, 3, 4), 5) == "01030400543" == f"010304005{97 - 2010304005 % 97}"
    assert not inss_is_valid("85073003327")


GETS = [
    "/worker?limit=5", "/worker/1", "/worker/20240101/20241231", "/newWorkerNumber",
    "/worker/1/contract", "/worker/1/address", "/worker/1/communication", "/worker/1/familystatus",
    "/worker/1/costcentre", "/worker/1/dimona", "/worker/1/absencenote", "/worker/1/leavecounters/2025",
    "/leavecounters/2025/2", "/absences/20240101", "/department", "/parcom", "/schedule", "/nssocat",
    "/profcats", "/costcentre", "/companycar", "/document/listing/20240101/20241231",
    "/document/listing/withdrawals/20240101", "/firstdayofunemployment/1",
]  # fmt: skip


@pytest.mark.parametrize("path", GETS)
def test_answers_conform_to_the_spec_models(c: httpx.Client, path: str) -> None:
    import link2prisma_resources
    from link2prisma._lenient import normalise
    from link2prisma.sandbox.routes import Router
    from link2prisma.sandbox.validation import validate_body

    router = Router(link2prisma_resources.spec())
    op, _, _ = router.match("GET", path.split("?")[0])
    assert op is not None, path
    payload = data(submit(c, "GET", path))
    kind, ref = op.result["kind"], op.result.get("schema") or op.result.get("items")
    assert kind in ("model", "list"), path
    items = payload if kind == "list" else [payload]
    assert items, path
    for item in items:
        # as the client reads it: nulls absent, an INSS number as its 11 digits
        schema = ref.rsplit("/", 1)[-1]
        read, _ = normalise(schema, item)
        assert validate_body(schema, read) == [], (path, item)


# --- faults and restart ---------------------------------------------------------------------


def test_fault_counters_account_for_every_request(make_sandbox: SandboxFactory) -> None:
    faults = Faults(fail_submit_rate=0.3, drop_rate=0.2, seed=5)
    s = make_sandbox(employers=1, workers_per_employer=2, faults=faults)
    # A private sandbox: faults, and counters from zero.
    accepted, unavailable, dropped = [], 0, 0
    for i in range(40):
        with client(s) as cl:  # a fresh connection each time: a drop closes it
            try:
                r = cl.post("/schedule", json={"ScheduleID": f"S{i}", "Description": "x",
                                                "StartDate": "20250101", "Week": []})  # fmt: skip
            except httpx.TransportError:
                dropped += 1
                continue
        if r.status_code == 503:
            unavailable += 1
        else:
            assert r.status_code == 202
            accepted.append(r.json())
    stats = s.stats()
    assert stats["submits_received_total"] == 40
    assert stats["submits_received"] == {"schedules.create": 40}
    assert stats["injected_503"] == unavailable > 0
    assert stats["connections_dropped"] == dropped > 0
    assert stats["submits_accepted"] == len(accepted) > 0
    with client(s) as cl:
        for guid in accepted:  # Result may be dropped too: retry, it is safe
            for _ in range(50):
                try:
                    assert wait(cl, guid)["Statuscode"] == "201"
                    break
                except httpx.TransportError:
                    continue
    assert s.stats()["queue"]["done"] == len(accepted)


def test_processing_failures_and_slow_results(make_sandbox: SandboxFactory) -> None:
    faults = Faults(processing_failure_rate=1.0, slow_result_rate=1.0, slow_result_seconds=0.3)
    s = make_sandbox(employers=1, workers_per_employer=2, faults=faults)
    with client(s) as cl:
        guid = cl.get("/department").json()
        time.sleep(0.2)
        started = time.monotonic()
        result = wait(cl, guid)
        assert time.monotonic() - started >= 0.3
        assert result["Statuscode"] == "500" and result["StatusDescription"]
        stats = s.stats()
        assert stats["processing_failures_injected"] == 1 and stats["slow_results"] >= 1


def test_duplicates_are_counted(sandbox: Sandbox, c: httpx.Client) -> None:
    before = sandbox.stats()["duplicates"]
    body = {"Name": "Dupont", "Firstname": "Dan"}
    c.put("/worker/10", json=body)
    c.put("/worker/10", json=body)
    assert sandbox.stats()["duplicates"] == before + 1


@pytest.mark.slow
def test_nothing_accepted_is_lost_after_kill_9(tmp_path: Any, make_sandbox: SandboxFactory) -> None:
    s = make_sandbox(
        employers=1, workers_per_employer=3, delay=1.0, processors=1, mode="process",
        data_dir=tmp_path / "sb",
    )  # fmt: skip
    # A private sandbox in its own process: killed and restarted.
    with client(s) as cl:
        first = cl.get("/worker/1").json()
        second = cl.post("/worker/2/communication",
                         json={"CommunicationType": "Email", "Value": "a@example.be"}).json()  # fmt: skip
        assert cl.get(f"/Result/{second}").json()["Statuscode"] in ("202", "302")
    port = s.port
    s.kill()
    with pytest.raises(httpx.TransportError), client(s) as cl:
        cl.get(f"/Result/{first}")
    s.restart()
    assert s.port == port
    with client(s) as cl:
        assert wait(cl, first, timeout=20)["Statuscode"] == "200"
        assert wait(cl, second, timeout=20)["Statuscode"] == "201"
        comms = data(
            submit(
                cl,
                "GET",
                "/worker/2/communication",
            ),
        )
        assert sum(x["Value"] == "a@example.be" for x in comms) == 1
    assert s.stats()["queue"]["queued"] == 0


def test_cli_parser_knows_every_option() -> None:
    args = build_parser().parse_args(
        ["--port", "8443", "--data", "/tmp/x", "--employers", "3", "--workers-per-employer", "7",
         "--delay", "0.1", "--jitter", "0.2", "--processors", "4", "--seed", "9",
         "--fail-submit-rate", "0.1", "--drop-rate", "0.05", "--slow-result-rate", "0.2",
         "--slow-result-seconds", "1.5", "--processing-failure-rate", "0.01", "--fault-seed", "3"]
    )  # fmt: skip
    assert (args.port, args.employers, args.workers_per_employer, args.processors) == (
        8443,
        3,
        7,
        4,
    )
    assert (args.fail_submit_rate, args.fault_seed) == (0.1, 3)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--drop-rate", "2"])
