"""Facade behaviour over httpx.MockTransport: what needs no real network to be proven."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import link2prisma as l2
from link2prisma import AsyncLink2Prisma, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma._operation.decode import parse_envelope, parse_guid
from link2prisma._operation.schedule import PollSchedule
from link2prisma._redact import excerpt, redact_text
from link2prisma._retry import parse_retry_after

BASE = "https://l2p.test/link2prisma.svc"
FAST = PollPolicy(first=0.01, factor=1.5, cap=0.05, deadline=5.0)
QUICK_RETRY = RetryPolicy(attempts=3, wait_initial=0.001, wait_max=0.002)


class FakeService:
    """A queue in memory: every submit gets a GUID, every Result walks a script."""

    def __init__(self, steps: list[tuple[str, Any]] | None = None) -> None:
        self.steps = steps or [("200", "[]")]
        self.by_path: dict[str, list[tuple[str, Any]]] = {}
        self.requests: list[httpx.Request] = []
        self.guids: dict[str, str] = {}
        self.polls: dict[str, int] = {}
        self.submit_hook: Callable[[httpx.Request], httpx.Response | None] | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path.removeprefix("/link2prisma.svc")
        if path.startswith("/Result/"):
            guid = path.rsplit("/", 1)[1]
            n = self.polls.get(guid, 0)
            self.polls[guid] = n + 1
            steps = self.by_path.get(self.guids[guid], self.steps)
            code, response = steps[min(n, len(steps) - 1)]
            return httpx.Response(
                200,
                json={
                    "ID": guid,
                    "Statuscode": code,
                    "StatusDescription": "why",
                    "Response": response,
                },
            )
        if self.submit_hook:
            answer = self.submit_hook(request)
            if answer is not None:
                return answer
        guid = str(uuid.uuid4())
        key = path + (f"?{request.url.query.decode()}" if request.url.query else "")
        self.guids[guid] = key
        return httpx.Response(202, json=guid)

    def submits(self) -> list[httpx.Request]:
        return [r for r in self.requests if "/Result/" not in r.url.path]


def make(service: FakeService, **kw: Any) -> Link2Prisma:
    kw.setdefault("poll", FAST)
    kw.setdefault("retry", QUICK_RETRY)
    return Link2Prisma(BASE, transport=httpx.MockTransport(service), **kw)


# --- scopes and requests -----------------------------------------------------------------------


def test_scopes_are_cheap_and_independent() -> None:
    service = FakeService()
    with make(service) as c:
        a = c.employer("999014")
        b = c.employer("111")
        assert a.employer == "999014" and b.employer == "111"
        a.departments.list()
        b.departments.list()
        a.departments.list()
    assert [r.headers["Employer"] for r in service.submits()] == ["999014", "111", "999014"]


def test_employer_number_is_checked() -> None:
    with make(FakeService()) as c:
        with pytest.raises(l2.ConfigurationError):
            c.employer("99 9014\r\nX: y")


def test_dates_are_accepted_as_date_objects() -> None:
    service = FakeService()
    with make(service) as c:
        scope = c.employer("1")
        scope.modifications.list(dt.date(2024, 1, 1), "20240131").result()
        scope.workers.list_in_service(dt.datetime(2024, 2, 29, 13, 5), dt.date(2024, 3, 1))
        body = {"Startdate": dt.date(2024, 5, 1), "TaxCalculation": "Percent", "Value": 3}
        scope.taxes.create(4, body)
    paths = [r.url.path for r in service.submits()]
    assert paths[0].endswith("/modifications/20240101/20240131")
    assert paths[1].endswith("/worker/20240229/20240301")
    assert json.loads(service.submits()[2].content)["Startdate"] == "20240501"


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda s: s.contracts.get(0, "20240101"), "worker_id: must be >= 1"),
        (
            lambda s: s.contracts.get(1, "2024-01-01"),
            "contract_id: must be a datetime.date or a yyyymmdd string",
        ),
        (lambda s: s.contracts.get(1, "20240230"), "contract_id: must be a real calendar date"),
        (lambda s: s.workers.list(limit=101), "limit: must be <= 100"),
        (lambda s: s.workers.list(offset=-1), "offset: must be >= 0"),
        (lambda s: s.worker_exists("123"), "rrnr: must be a national register number of 11 digits"),
        (lambda s: s.divergent_payments.delete(1, "20240101", "Bogus"), "type_id: must be one of"),
        (lambda s: s.workers.create({"Name": "x"}), "WorkerNumber: Field required"),
        (lambda s: s.workers.create(None), "body: is required"),
        (
            lambda s: s.absences.create(
                [{"WorkerNumber": 1, "Absences": [{"Day": "2024", "Code": 1}]}]
            ),
            "0.Absences.0.Day",
        ),
    ],
)
def test_bad_input_is_refused_before_sending(call: Callable[[Any], Any], fragment: str) -> None:
    service = FakeService()
    with make(service) as c:
        with pytest.raises(l2.ValidationError) as info:
            call(c.employer("1"))
    assert fragment in str(info.value)
    assert "nothing sent" in str(info.value)
    assert service.requests == []


def test_body_as_model_or_dict_is_validated_the_same() -> None:
    from link2prisma_api.models.address import Address

    service = FakeService()
    good = {
        "Startdate": "20240101",
        "Street": "Rue",
        "HouseNumber": "1",
        "ZIPCode": "1000",
        "City": "Brussel",
        "Country": "00150",
    }
    with make(service) as c:
        scope = c.employer("1")
        scope.addresses.create(3, good)
        scope.addresses.create(3, Address.from_dict(good))
        bad = Address.from_dict({**good, "Country": "BE"})
        with pytest.raises(l2.ValidationError, match="Country"):
            scope.addresses.create(3, bad)
        with pytest.raises(l2.ValidationError, match="Country"):
            scope.addresses.create(3, {**good, "Country": "BE"})
    sent = [json.loads(r.content) for r in service.submits()]
    assert sent == [good, good]


def test_near_miss_field_names_are_named() -> None:
    with make(FakeService()) as c:
        with pytest.raises(l2.ValidationError) as info:
            c.employer("1").replacements.create(
                1, {"WorkerNumber": 2, "Startdate": "20240101", "percentage": 50}
            )
    assert info.value.errors[0].loc == "percentage"
    assert "'Percentage'" in info.value.errors[0].rule


def test_validation_can_be_turned_off() -> None:
    service = FakeService()
    with make(service, validate=False) as c:
        c.employer("1").workers.create({"Name": "x"})
    assert len(service.submits()) == 1


# --- results ------------------------------------------------------------------------------------


def test_response_decoded_twice_into_models() -> None:
    contracts = [
        {"Startdate": "20240101", "WorkingTime": "Fulltime", "Unknown": {"kept": True}},
        None,
    ]
    service = FakeService([("202", None), ("302", None), ("200", json.dumps(contracts))])
    with make(service) as c:
        op = c.employer("1").contracts.list(5)
        result = op.result()
    assert len(result) == 1
    assert result[0].startdate == "20240101"
    assert result[0].additional_properties == {"Unknown": {"kept": True}}
    assert op.schedule.polls == 3


def test_triple_encoded_and_raw_json_responses_are_tolerated() -> None:
    one = {"Startdate": "20240101"}
    for response in (json.dumps(json.dumps([one])), [one]):
        with make(FakeService([("200", response)])) as c:
            assert c.employer("1").contracts.list(5).result()[0].startdate == "20240101"


def test_status_and_done_poll_once_each() -> None:
    service = FakeService([("202", None), ("302", None), ("201", "")])
    with make(service) as c:
        op = c.employer("1").addresses.delete(1, "20240101")
        assert op.last_status is None
        assert op.status() is l2.OperationStatus.QUEUED
        assert not op.done()
        assert op.statuscode == "302"
        assert op.done() and op.result() is None
        assert op.done()
    assert service.polls[op.guid] == 3


def test_resume_an_unknown_operation_id_or_bad_token() -> None:
    with make(FakeService()) as c:
        with pytest.raises(l2.ConfigurationError):
            c.resume("{}")
        with pytest.raises(l2.ConfigurationError):
            c.resume("not json")
        with pytest.raises(l2.ConfigurationError, match="unknown operation"):
            c.operation(str(uuid.uuid4()), "workers.nope")


def test_raw_result_and_operations_without_employer() -> None:
    service = FakeService([("200", json.dumps([{"Employer": "1", "DocumentID": 4}]))])
    with make(service) as c:
        op = c.without_employer.documents.list_withdrawals("20240101")
        assert op.result()[0].document_id == 4
        raw = c.result(op.guid)
    assert raw.statuscode == "200" and raw.id == op.guid
    assert all("Employer" not in r.headers for r in service.requests)


# --- transport: retries, Retry-After, errors ----------------------------------------------------


def test_write_not_resent_after_a_dropped_connection() -> None:
    service = FakeService()

    def drop(request: httpx.Request) -> httpx.Response | None:
        raise httpx.RemoteProtocolError(
            "Server disconnected without sending a response.", request=request
        )

    service.submit_hook = drop
    with make(service) as c:
        with pytest.raises(l2.TransportError, match="may have been queued"):
            c.employer("1").schedules.create(
                {"ScheduleID": "A", "Description": "d", "StartDate": "20240101", "Week": []}
            )
        assert len(service.submits()) == 1
        with pytest.raises(l2.TransportError, match="safe to try again"):
            c.employer("1").schedules.list()
        assert len(service.submits()) == 1 + QUICK_RETRY.attempts


def test_write_resent_when_the_connection_was_never_made() -> None:
    service = FakeService()
    failures = iter([True, False])

    def refuse(request: httpx.Request) -> httpx.Response | None:
        if next(failures):
            raise httpx.ConnectError("refused", request=request)
        return None

    service.submit_hook = refuse
    with make(service) as c:
        c.employer("1").schedules.create(
            {"ScheduleID": "A", "Description": "d", "StartDate": "20240101", "Week": []}
        )
    assert len(service.submits()) == 2


def test_retry_after_is_honoured_on_429() -> None:
    service = FakeService()
    answers = iter(
        [httpx.Response(429, headers={"Retry-After": "0.05"}, json={"Message": "slow down"}), None]
    )
    service.submit_hook = lambda request: next(answers)
    with make(service) as c:
        c.employer("1").departments.list()
    assert len(service.submits()) == 2
    assert parse_retry_after("2") == 2.0 and parse_retry_after("junk") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_server_sends_400_body_not_a_guid() -> None:
    service = FakeService()
    service.submit_hook = lambda request: httpx.Response(
        400, text='"0f8fad5b-d9cb-469f-a165-70867728950e"'
    )
    with make(service) as c, pytest.raises(l2.BadRequestError):
        c.employer("1").departments.list()


def test_guid_parsing_tolerates_bare_and_braced() -> None:
    guid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    for body in (f'"{guid}"', guid, f'"{{{guid.upper()}}}"', f" {guid}\n"):
        assert parse_guid(body.encode()) == guid
    for body in (b"", b"null", b"{}", b'"not-a-guid"', b"<html>error</html>"):
        with pytest.raises(l2.UnexpectedResponseError):
            parse_guid(body)


def test_odd_result_envelopes_are_typed_errors() -> None:
    assert parse_envelope(b'{"Statuscode": 200}', "g").statuscode == "200"
    assert parse_envelope(b'{"Statuscode": 204.0}', "g").statuscode == "204"
    for body in (
        b"[]",
        b"not json",
        b'{"Statuscode": null}',
        b'{"Statuscode": true}',
        b'{"Statuscode": {}}',
    ):
        with pytest.raises(l2.UnexpectedResponseError):
            parse_envelope(body, "g")


def test_undecodable_response_is_reported_with_its_guid() -> None:
    with make(FakeService([("200", "{not json")])) as c:
        op = c.employer("1").contracts.list(5)
        with pytest.raises(l2.UnexpectedResponseError) as info:
            op.result()
    assert info.value.guid == op.guid and info.value.operation == "contracts.list"


# --- polling ------------------------------------------------------------------------------------


def test_schedule_backs_off_with_full_jitter_within_windows() -> None:
    policy = PollPolicy(first=0.25, factor=1.3, cap=5.0)
    for seed in range(20):
        schedule = PollSchedule(policy, submitted=0.0, rng=random.Random(seed))
        now, times = 0.0, []
        for _ in range(40):
            now += schedule.next_delay(now)
            schedule.polled(now=now)
            times.append(now)
        assert policy.first / policy.factor <= times[0] <= policy.first
        for k in range(1, 40):
            assert times[k] <= policy.boundary(k)
            assert times[k] >= times[k - 1]
        gaps = [b - a for a, b in zip(times, times[1:])]
        assert max(gaps) <= 2 * policy.cap
    assert policy.boundary(100) - policy.boundary(99) == pytest.approx(policy.cap)


def test_schedule_polls_at_once_when_resumed_late_and_respects_retry_after() -> None:
    policy = PollPolicy()
    schedule = PollSchedule(policy, submitted=0.0)
    assert schedule.next_delay(now=30.0) == 0.0
    schedule.polled(retry_after=2.0, now=30.0)
    assert schedule.next_delay(now=30.0) >= 2.0


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        PollPolicy(first=0)


# --- privacy ------------------------------------------------------------------------------------


def test_redaction_of_text_and_bodies() -> None:
    text = "INSS 85073003328 or 85.07.30-033.28, IBAN BE71 0961 2345 6769, worker 123"
    clean = redact_text(text)
    assert "85073003328" not in clean and "033.28" not in clean and "6769" not in clean
    assert "worker 123" in clean
    body = json.dumps({"Name": "Janssens", "Firstname": "An", "WorkerNumber": 4, "Note": "ok"})
    shown = excerpt(body) or ""
    assert "Janssens" not in shown and '"WorkerNumber": 4' in shown and '"Note": "ok"' in shown


# --- paging -------------------------------------------------------------------------------------


def _paged_service(total: int) -> FakeService:
    service = FakeService()

    def page_steps(request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/worker"):
            offset = int(request.url.params.get("offset", "0"))
            limit = int(request.url.params.get("limit", "100"))
            rows = [
                {"WorkerNumber": n + 1, "Name": f"W{n}"}
                for n in range(offset, min(total, offset + limit))
            ]
            guid = str(uuid.uuid4())
            service.guids[guid] = f"page{offset}"
            service.by_path[f"page{offset}"] = [("202", None), ("200", json.dumps(rows))]
            return httpx.Response(202, json=guid)
        return None

    service.submit_hook = page_steps
    return service


@pytest.mark.parametrize(("total", "pages"), [(0, 1), (99, 1), (100, 2), (250, 3)])
def test_iter_all_yields_in_order_and_stops_at_a_short_page(total: int, pages: int) -> None:
    service = _paged_service(total)
    with make(service) as c:
        numbers = [w.worker_number for w in c.employer("1").workers.iter_all(prefetch=3)]
    assert numbers == list(range(1, total + 1))
    offsets = [int(r.url.params["offset"]) for r in service.submits()]
    assert offsets[:pages] == [100 * i for i in range(pages)]
    assert len(offsets) <= pages + 2  # at most prefetch - 1 pages asked beyond the end


def test_iter_all_checks_its_arguments() -> None:
    with make(FakeService()) as c:
        with pytest.raises(ValueError):
            list(c.employer("1").workers.iter_all(page_size=101))


# --- the async twin -----------------------------------------------------------------------------


def test_async_client_mirrors_the_sync_one() -> None:
    async def run() -> None:
        service = _paged_service(230)
        service.by_path["/worker/5/contract"] = [
            ("302", None),
            ("200", json.dumps([{"Startdate": "20240101"}])),
        ]
        async with AsyncLink2Prisma(
            BASE, transport=httpx.MockTransport(service), poll=FAST, retry=QUICK_RETRY
        ) as c:
            scope = c.employer("999014")
            op = await scope.contracts.list(5)
            assert [x.startdate for x in await op.result()] == ["20240101"]
            assert await op.done()
            numbers = [w.worker_number async for w in scope.workers.iter_all()]
            assert numbers == list(range(1, 231))
            resumed = c.resume(op.continuation_token())
            assert len(await resumed.result()) == 1
            with pytest.raises(l2.ValidationError):
                await scope.workers.create({"Name": "x"})

    asyncio.run(run())
