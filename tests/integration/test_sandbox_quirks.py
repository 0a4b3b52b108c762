"""Quirks mode and routing fidelity, over mutual TLS with raw httpx requests.

Quirks mode makes the sandbox answer as roughly as the real WCF/.NET service can (explicit
nulls, a BOM, ``charset``, WCF's HTML error pages, off-list enumeration values, numeric
Statuscodes, legacy .NET dates); each quirk is asserted on the raw bytes and headers. Routing
fidelity holds in every mode: unknown query parameters are ignored, ``/profcat`` and
``/profcats`` can be served alone, ``/worker/{StartDate}/{EndDate}`` is paged.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import link2prisma_resources
from link2prisma.sandbox import Quirks, Sandbox
from link2prisma.sandbox.__main__ import build_parser, settings_from_args
from link2prisma.sandbox.quirks import BOM, legacy_date, roughen_response

if TYPE_CHECKING:
    from conftest import SandboxFactory

SPEC = link2prisma_resources.spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
SEED = 5
JSON_UTF8 = "application/json; charset=utf-8"


def client(sb: Sandbox) -> httpx.Client:
    return httpx.Client(
        base_url=sb.base_url,
        verify=sb.ssl_context(),
        headers={"Employer": sb.employers[0]},
        timeout=15.0,
    )


def loads(raw: bytes) -> Any:
    """JSON read leniently: a BOM is allowed."""
    return json.loads(raw.decode("utf-8-sig"))


def guid_of(r: httpx.Response) -> str:
    assert r.status_code == 202, r.text
    guid = loads(r.content)
    assert isinstance(guid, str)
    return guid


def result_raw(c: httpx.Client, guid: str, timeout: float = 15.0) -> httpx.Response:
    """The final ``Result`` answer (raw), after polling."""
    deadline = time.monotonic() + timeout
    while True:
        r = c.get(f"/Result/{guid}")
        assert r.status_code == 200, r.text
        if str(loads(r.content)["Statuscode"]) not in ("202", "302"):
            return r
        assert time.monotonic() < deadline, r.text
        time.sleep(0.02)


def submit(c: httpx.Client, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
    result: dict[str, Any] = loads(
        result_raw(c, guid_of(c.request(method, path, **kwargs))).content
    )
    return result


def data(c: httpx.Client, path: str) -> Any:
    result = submit(c, "GET", path)
    assert str(result["Statuscode"]) == "200", result
    return json.loads(result["Response"])


def properties(name: str) -> dict[str, Any]:
    props: dict[str, Any] = SCHEMAS[name]["properties"]
    return props


def listed(member: dict[str, Any]) -> list[Any]:
    """The vendor list of an enumeration member (inline, named, or inside anyOf)."""
    for option in [member, *member.get("anyOf", [])]:
        if "$ref" in option:
            option = SCHEMAS[option["$ref"].rsplit("/", 1)[-1]]
        if "enum" in option:
            return list(option["enum"])
    return []


def result_schema(path: str, method: str = "get") -> str:
    spec = SPEC["paths"][path][method]["x-l2p-result"]
    return str(spec.get("items") or spec.get("schema")).rsplit("/", 1)[-1]


# One sandbox without quirks and one with every quirk (occasional ones at rate 1: each test
# sees its quirk), both from the same data seed: the same records, answered two ways.
ROUGH = Quirks.on(seed=3, null_list_rate=1.0, odd_enum_rate=1.0, legacy_date_rate=1.0)


# Private sandboxes (not the shared one): the two must hold the same records, untouched.
@pytest.fixture(scope="module")
def plain(make_module_sandbox: SandboxFactory) -> Sandbox:
    return make_module_sandbox(employers=1, workers_per_employer=6, processors=1, seed=SEED)


@pytest.fixture(scope="module")
def rough(make_module_sandbox: SandboxFactory) -> Sandbox:
    return make_module_sandbox(
        employers=1, workers_per_employer=6, processors=1, seed=SEED, quirks=ROUGH
    )


@pytest.fixture()
def pc(plain: Sandbox) -> Iterator[httpx.Client]:
    with client(plain) as c:
        yield c


@pytest.fixture()
def rc(rough: Sandbox) -> Iterator[httpx.Client]:
    with client(rough) as c:
        yield c


# --- the setting ---------------------------------------------------------------------------


def test_quirks_are_off_by_default_and_reported_in_stats(plain: Sandbox, rough: Sandbox) -> None:
    assert Quirks() == Quirks(enabled=False)
    assert plain.stats()["quirks"]["enabled"] is False
    assert rough.stats()["quirks"] == ROUGH.as_dict()


@pytest.mark.parametrize(
    "quirks",
    [Quirks(), ROUGH, Quirks.on(bom=False, html_errors=False, seed=9)],
    ids=["off", "rough", "some"],
)
def test_quirks_round_trip_through_the_command_line(quirks: Quirks) -> None:
    args = build_parser().parse_args([*quirks.to_argv(), "--profcat-spelling", "profcat"])
    settings = settings_from_args(args, data_dir=Path("."))
    assert settings.quirks == quirks
    assert settings.profcat_spelling == "profcat"


def test_the_command_line_defaults_and_checks() -> None:
    defaults = settings_from_args(build_parser().parse_args([]), Path("."))
    assert defaults.quirks == Quirks() and defaults.profcat_spelling == "both"
    assert build_parser().parse_args(["--quirks"]).quirks is True
    with pytest.raises(ValueError, match="null_list_rate"):
        Quirks(null_list_rate=1.5)


# --- B: quirks, each on the raw answer -----------------------------------------------------


def test_unset_members_are_written_as_explicit_nulls(pc: httpx.Client, rc: httpx.Client) -> None:
    path = "/worker/1/contract"
    tidy, raw = data(pc, path), data(rc, path)
    members = properties(result_schema("/worker/{workerID}/contract"))
    assert len(tidy) == len(raw) > 0
    for before, after in zip(tidy, raw, strict=True):
        assert set(after) == set(members) | set(before)
        unset = set(members) - set(before)
        assert unset and all(after[name] is None for name in unset)


def test_empty_lists_may_be_null(pc: httpx.Client, rc: httpx.Client) -> None:
    tidy, raw = data(pc, "/worker"), data(rc, "/worker")
    nulled = [
        (w["WorkerNumber"], name)
        for w, r in zip(tidy, raw, strict=True)
        for name, value in w.items()
        if value == [] and r[name] is None
    ]
    assert nulled  # e.g. (3, "Replacement"): "Replacement": null
    for w, r in zip(tidy, raw, strict=True):
        for name, value in w.items():
            if isinstance(value, list) and value:
                assert isinstance(r[name], list) and len(r[name]) == len(value)


def test_a_bom_precedes_the_guid_result_and_worker_exists_bodies(
    rough: Sandbox, rc: httpx.Client
) -> None:
    r = rc.get("/worker/1")
    assert r.status_code == 202
    assert r.content.startswith(BOM + b'"') and r.content.endswith(b'"')
    guid = loads(r.content)
    result = result_raw(rc, guid)
    assert result.content.startswith(BOM + b"{")
    inss = f"{int(data(rc, '/worker/1')['INSS']):011d}"
    exists = rc.get(f"/workerExists/{inss}")
    assert exists.status_code == 200 and exists.content.startswith(BOM + b"{")
    assert loads(exists.content)["WorkerExists"] is True
    # Errors the service writes itself (JSON Error bodies) carry none.
    refused = rc.get("/worker/abc")
    assert refused.status_code == 400 and refused.content.startswith(b"{")


def test_no_bom_without_quirks(pc: httpx.Client) -> None:
    r = pc.get("/worker/1")
    assert r.content.startswith(b'"')
    assert result_raw(pc, r.json()).content.startswith(b"{")


def test_content_type_carries_a_charset(pc: httpx.Client, rc: httpx.Client) -> None:
    assert rc.get("/worker/1").headers["content-type"] == JSON_UTF8
    assert pc.get("/worker/1").headers["content-type"] == "application/json"


def test_a_body_that_is_not_json_gets_wcfs_request_error_page(
    rough: Sandbox, rc: httpx.Client
) -> None:
    before = rough.stats()["submits_accepted"]
    r = rc.post("/absences", content=b"not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.headers["content-type"] == "text/html; charset=UTF-8"
    page = r.text
    assert page.startswith("<!DOCTYPE html")
    assert "<title>Request Error</title>" in page
    assert re.search(r"<style>[^<]*\.heading1 \{[^<]*</style>", page)
    assert re.search(
        r"<p>The server encountered an error processing the request\. The exception message is "
        r"'There was an error deserializing the object of type Sodeco\.Link2Prisma\.Absences\. "
        r"Encountered unexpected character 'n'\.'\. See server logs for more details\.</p>",
        page,
    ), page
    assert rough.stats()["submits_accepted"] == before
    empty = rc.post("/absences", content=b"")
    assert empty.status_code == 400 and "Unexpected end of file." in empty.text


def test_schema_violations_stay_json_with_reasons_in_quirks_mode(rc: httpx.Client) -> None:
    r = rc.post("/absences", json=[{"WorkerNumber": 1, "Absences": [{"Day": "20261332"}]}])
    assert r.status_code == 400 and r.headers["content-type"] == JSON_UTF8
    assert r.json()["Errors"]


def test_an_unknown_route_gets_wcfs_endpoint_not_found_page(
    pc: httpx.Client, rc: httpx.Client
) -> None:
    r = rc.get("/nosuchendpoint/1")
    assert r.status_code == 404
    assert r.headers["content-type"] == "text/html; charset=UTF-8"
    assert "<title>Service</title>" in r.text and "<style>" in r.text
    assert '<p xmlns="">Endpoint not found.</p>' in r.text
    wrong_method = rc.patch("/worker/1")
    assert wrong_method.status_code == 405 and "Method not allowed." in wrong_method.text
    assert "GET" in wrong_method.headers["allow"]
    tidy = pc.get("/nosuchendpoint/1")
    assert tidy.status_code == 404 and tidy.json() == {"Message": "Endpoint not found"}


def test_records_may_carry_an_enumeration_value_outside_the_vendor_list(
    pc: httpx.Client, rc: httpx.Client
) -> None:
    members = properties(result_schema("/worker/{workerID}/contract"))
    odd = []
    for worker in (1, 2, 3):
        for tidy, raw in zip(
            data(pc, f"/worker/{worker}/contract"),
            data(rc, f"/worker/{worker}/contract"),
            strict=True,
        ):
            changed = [n for n, v in tidy.items() if raw[n] != v]
            assert len(changed) <= 1  # at most one per record
            for name in changed:
                allowed = listed(members[name])
                assert tidy[name] in allowed and raw[name] not in allowed
                odd.append((name, tidy[name], raw[name]))
    assert ("WorkingTime", "Fulltime", "FullTime") in odd  # the spelling werkr saw refused


def test_statuscodes_are_numbers(rc: httpx.Client) -> None:
    done = result_raw(rc, guid_of(rc.get("/worker/1")))
    assert b'"Statuscode": 200,' in done.content or b'"Statuscode":200,' in done.content
    assert loads(done.content)["Statuscode"] == 200
    missing = submit(rc, "GET", "/worker/4242424")
    assert missing["Statuscode"] == 404
    queued = rc.get(f"/Result/{guid_of(rc.get('/worker/2'))}")
    assert isinstance(loads(queued.content)["Statuscode"], int)


def test_withdrawal_dates_may_be_legacy_dotnet_dates(pc: httpx.Client, rc: httpx.Client) -> None:
    path = "/document/listing/withdrawals/20000101"
    raw = result_raw(rc, guid_of(rc.get(path)))
    response = loads(raw.content)["Response"]
    assert '"\\/Date(' in response  # escaped the DataContractJsonSerializer way
    tidy, rough = data(pc, path), json.loads(response)
    assert tidy
    for before, after in zip(tidy, rough, strict=True):
        assert re.fullmatch(r"/Date\(\d+\+0100\)/", after["WithdrawalDate"])
        assert after["WithdrawalDate"] == legacy_date(before["WithdrawalDate"])
    assert legacy_date("20231114") == "/Date(1699916400000+0100)/"


def test_quirks_are_stable_for_one_result(rc: httpx.Client) -> None:
    guid = guid_of(rc.get("/worker"))
    first = result_raw(rc, guid).content
    assert rc.get(f"/Result/{guid}").content == first


def test_occasional_quirks_follow_their_rates_deterministically() -> None:
    contract_schema = "#/components/schemas/" + result_schema("/worker/{workerID}/contract")
    members = properties(contract_schema.rsplit("/", 1)[-1])
    records = [{"Startdate": f"2020{m:02d}{d:02d}", "WorkingTime": "Fulltime"}
               for m in range(1, 13) for d in range(1, 21)]  # fmt: skip
    spec = {"kind": "list", "items": contract_schema}
    text = json.dumps(records)
    quirks = Quirks.on(seed=11, odd_enum_rate=0.2)
    once = json.loads(roughen_response(SPEC, spec, text, quirks))
    assert json.loads(roughen_response(SPEC, spec, text, quirks)) == once
    odd = [r for r in once if r["WorkingTime"] not in listed(members["WorkingTime"])]
    assert {r["WorkingTime"] for r in odd} == {"FullTime"}
    assert 0.1 < len(odd) / len(records) < 0.3
    other_seed = json.loads(roughen_response(SPEC, spec, text, Quirks.on(seed=12)))
    assert other_seed != once
    off = roughen_response(SPEC, spec, text, Quirks(odd_enum_rate=1.0))
    assert json.loads(off) == records  # nothing unless enabled


@pytest.mark.parametrize("which", ["pc", "rc"], ids=["plain", "rough"])
def test_prestations_without_failed_lines_answer_an_empty_response(
    request: pytest.FixtureRequest, which: str
) -> None:
    c: httpx.Client = request.getfixturevalue(which)
    body = [{"WorkerNumber": 1, "Month": 3, "Year": 2031, "EndOfPeriod": "20310331",
             "Prestations": [{"Day": "20310303", "Code": 1, "Hours": 8}]}]  # fmt: skip
    done = submit(c, "POST", "/prestations", json=body)
    assert str(done["Statuscode"]) == "201" and done["Response"] == ""
    body[0]["WorkerNumber"] = 4242424
    failed = submit(c, "POST", "/prestations", json=body)
    assert [f["WorkerNumber"] for f in json.loads(failed["Response"])] == [4242424]


# --- C: routing fidelity -------------------------------------------------------------------


@pytest.mark.parametrize("which", ["pc", "rc"], ids=["plain", "rough"])
def test_query_parameters_an_operation_does_not_name_are_ignored(
    request: pytest.FixtureRequest, which: str
) -> None:
    c: httpx.Client = request.getfixturevalue(which)
    expected = data(c, "/worker/1")
    assert data(c, "/worker/1?limit=100&offset=0") == expected
    assert data(c, "/worker/1?foo=bar&Employer=1") == expected


def test_named_query_parameters_still_apply_and_are_checked(pc: httpx.Client) -> None:
    assert len(data(pc, "/worker?limit=2&offset=1&sort=name")) == 2
    # Named parameters are still checked.
    assert pc.get("/worker?limit=101").status_code == 400


@pytest.mark.parametrize(("spelling", "quirks"), [("profcat", False), ("profcats", True)])
def test_one_profcat_spelling_only(
    make_sandbox: SandboxFactory, spelling: str, quirks: bool
) -> None:
    other = "/profcats" if spelling == "profcat" else "/profcat"
    sb = make_sandbox(
        employers=1, workers_per_employer=2, seed=SEED, profcat_spelling=spelling, quirks=quirks
    )
    with client(sb) as c:
        served = data(c, "/" + spelling.upper())
        assert served
        r = c.get(other)
        assert r.status_code == 404
        if quirks:
            assert "Endpoint not found." in r.text and "<html" in r.text
        else:
            assert r.json() == {"Message": "Endpoint not found"}
        assert sb.stats()["submits_accepted"] == 1


def test_both_profcat_spellings_by_default(pc: httpx.Client) -> None:
    assert data(pc, "/profcat") == data(pc, "/profcats")


def test_invalid_profcat_spelling(make_sandbox: SandboxFactory) -> None:
    with pytest.raises(ValueError, match="profcat_spelling"):
        make_sandbox(employers=1, workers_per_employer=1, profcat_spelling="both!")


PAGED = any(
    (p.get("$ref", "").rsplit("/", 1)[-1] or p.get("name")) in ("limit", "Limit")
    for p in SPEC["paths"]["/worker/{StartDate}/{EndDate}"]["get"].get("parameters", [])
)


@pytest.mark.skipif(not PAGED, reason="the spec does not page /worker/{StartDate}/{EndDate} yet")
def test_workers_in_service_are_paged(pc: httpx.Client) -> None:
    everyone = [w["WorkerNumber"] for w in data(pc, "/worker/19000101/20991231")]
    assert len(everyone) >= 4
    page = data(pc, "/worker/19000101/20991231?limit=2&offset=1")
    assert [w["WorkerNumber"] for w in page] == everyone[1:3]
    assert pc.get("/worker/19000101/20991231?limit=101").status_code == 400
    assert submit(pc, "GET", f"/worker/19000101/20991231?offset={len(everyone)}")["Statuscode"] in (
        "204",
        204,
    )


def test_a_sandbox_process_gets_the_quirks_and_spelling_from_its_argv(
    make_sandbox: SandboxFactory,
) -> None:
    quirks = Quirks.on(seed=4, bom=False, legacy_date_rate=0.25)
    sb = make_sandbox(
        employers=1,
        workers_per_employer=2,
        mode="process",
        quirks=quirks,
        profcat_spelling="profcats",
    )
    assert sb.stats()["quirks"] == quirks.as_dict()
    with client(sb) as c:
        r = c.get("/profcat")
        assert r.status_code == 404 and "Endpoint not found." in r.text
        guid = c.get("/profcats")
        assert guid.status_code == 202 and guid.content.startswith(b'"')  # bom=False
        assert guid.headers["content-type"] == JSON_UTF8
