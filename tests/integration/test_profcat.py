"""``/profcats`` (Dutch manual, the spec) or ``/profcat`` (English manual): either deployment works.

A scripted mutual-TLS server serves one spelling and answers WCF's 404 "Endpoint not found."
page (or a JSON 404 saying so) to the other; the client tries the other spelling once and
remembers, per client, the one that answered.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import link2prisma as l2
from link2prisma import AsyncLink2Prisma, Certificate, Link2Prisma, PollPolicy, RetryPolicy
from link2prisma_resources._table import OPERATIONS
from scripted_server import Reply, Running, Seen, json_reply, scripted_server

FAST = PollPolicy(first=0.02, factor=1.5, cap=0.1, deadline=5.0)
CATEGORIES = [{"JointCommissionNbr": "200", "ProfCats": []}]
WCF_404 = (
    b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Service</title>'
    b"<style>BODY { color: #000000; font-family: Verdana; }</style></head><body>"
    b'<div id="content"><p class="heading1">Service</p>'
    b'<p xmlns="">Endpoint not found.</p></div></body></html>'
)


def test_the_spec_keeps_one_spelling_with_its_note() -> None:
    assert OPERATIONS["professional_categories.list"].path == "/profcats"


def serving_only(srv: Running, served: str, not_found: Reply) -> Callable[[Seen], Reply]:
    def submit(seen: Seen) -> Reply:
        rel = seen.path.split("?")[0].removeprefix("/link2prisma.svc")
        if rel.lower() != served:
            return not_found
        guid = str(uuid.uuid4())
        with srv.server.lock:
            srv.server.guids[guid] = rel
        return json_reply(202, guid)

    return submit


def paths(srv: Running) -> list[str]:
    return [r.path.removeprefix("/link2prisma.svc") for r in srv.server.submitted()]


def clients(srv: Running) -> dict[str, Any]:
    return {
        "certificate": Certificate.from_pem(srv.cert_path, srv.key_path),
        "ca_bundle": srv.ca_path,
        "poll": FAST,
        "retry": RetryPolicy(attempts=2, wait_initial=0.01, wait_max=0.02),
    }


@pytest.mark.parametrize(
    ("served", "other"), [("/profcat", "/profcats"), ("/profcats", "/profcat")]
)
@pytest.mark.parametrize(
    "not_found",
    [
        (404, {"Content-Type": "text/html; charset=UTF-8"}, WCF_404),
        json_reply(404, {"Message": "Endpoint not found."}),
    ],
    ids=["wcf-page", "json"],
)
def test_sync_client_finds_and_remembers_the_served_spelling(
    tmp_path: Path, served: str, other: str, not_found: Reply
) -> None:
    with scripted_server(tmp_path) as srv:
        srv.script.submit = serving_only(srv, served, not_found)
        srv.script.results[served] = [("200", json.dumps(CATEGORIES))]
        with Link2Prisma(srv.base_url, **clients(srv)) as c:
            scope = c.employer("999014")
            for _ in range(3):
                got = scope.professional_categories.list().result()
                assert [x.to_dict() for x in got] == CATEGORIES
        expected = [served] * 3 if served == "/profcats" else [other, served, served, served]
        assert paths(srv) == expected  # tried once, then remembered
        with Link2Prisma(srv.base_url, **clients(srv)) as fresh:  # remembered per client
            fresh.employer("999014").professional_categories.list().result()
        assert paths(srv)[len(expected) :] == (
            [served] if served == "/profcats" else [other, served]
        )


@pytest.mark.parametrize("served", ["/profcat", "/profcats"])
def test_async_client_finds_and_remembers_the_served_spelling(tmp_path: Path, served: str) -> None:
    with scripted_server(tmp_path) as srv:
        srv.script.submit = serving_only(srv, served, (404, {"Content-Type": "text/html"}, WCF_404))
        srv.script.results[served] = [("200", json.dumps(CATEGORIES))]

        async def run() -> None:
            async with AsyncLink2Prisma(srv.base_url, **clients(srv)) as c:
                scope = c.employer("999014")
                for _ in range(3):
                    op = await scope.professional_categories.list()
                    assert len(await op.result()) == 1

        asyncio.run(run())
        assert paths(srv)[-3:] == [served] * 3
        assert len(paths(srv)) == (3 if served == "/profcats" else 4)


def test_other_404s_are_not_respelled(tmp_path: Path) -> None:
    with scripted_server(tmp_path) as srv:
        srv.script.submit = lambda seen: json_reply(404, {"Message": "unknown employer"})
        with Link2Prisma(srv.base_url, **clients(srv)) as c, pytest.raises(l2.NotFoundError):
            c.employer("999014").professional_categories.list()
        assert paths(srv) == ["/profcats"]


def test_neither_spelling_found_raises_the_first_404(tmp_path: Path) -> None:
    with scripted_server(tmp_path) as srv:
        srv.script.submit = lambda seen: (404, {"Content-Type": "text/html"}, WCF_404)
        with Link2Prisma(srv.base_url, **clients(srv)) as c:
            with pytest.raises(l2.NotFoundError, match="Endpoint not found") as info:
                c.employer("999014").professional_categories.list()
            assert info.value.path == "/profcats"
            # Other routes are never respelled.
            with pytest.raises(l2.NotFoundError):
                c.employer("999014").departments.list()
        assert paths(srv) == ["/profcats", "/profcat", "/department"]
