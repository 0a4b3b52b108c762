"""``client.with_options(...)``: other settings for some calls, on the same connection pool.

Against the scripted Link2Prisma look-alike over mutual TLS (tests/scripted_server.py), which
counts TLS handshakes and records every request: a copy made by ``with_options`` reuses the
original's connections (no new handshake), sends as often as its own ``retries`` says, waits
as long as its own ``poll`` and ``timeout`` say, and leaves the original as it was.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from link2prisma import (
    AsyncLink2Prisma,
    Certificate,
    Link2Prisma,
    OperationTimeout,
    PollPolicy,
    RetryPolicy,
    TransportError,
)
from link2prisma._exceptions import ApiError
from scripted_server import Reply, Running, Seen, json_reply, scripted_server

FAST = PollPolicy(first=0.01, second=0.02, cap=0.05, deadline=30)
RETRY = RetryPolicy(attempts=3, wait_initial=0.01, wait_max=0.02)


@pytest.fixture
def srv(tmp_path: Path) -> Iterator[Running]:
    with scripted_server(tmp_path) as running:
        yield running


def _client(srv: Running, cls: Any = Link2Prisma, **kw: Any) -> Any:
    cert = Certificate.from_pem(srv.cert_path, srv.key_path)
    kw.setdefault("poll", FAST)
    kw.setdefault("retry", RETRY)
    return cls(srv.base_url, certificate=cert, ca_bundle=srv.ca_path, **kw)


def _unavailable(seen: Seen) -> Reply:
    return json_reply(503, {"Message": "busy"})


def test_a_copy_reuses_the_connections_of_the_original(srv: Running) -> None:
    with _client(srv) as l2p:
        l2p.employer(999014).workers.list(limit=1).result()
        copy = l2p.with_options(timeout=20, retries=1)
        copy.employer(999014).workers.list(limit=1).result()
    assert srv.server.handshakes == 1
    assert len(srv.server.submitted()) == 2


def test_retries_zero_sends_a_refused_request_once(srv: Running) -> None:
    srv.script.submit = _unavailable
    with _client(srv) as l2p, pytest.raises(ApiError):
        l2p.with_options(retries=0).employer(999014).workers.list(limit=1)
    assert len(srv.server.submitted()) == 1


def test_retries_counts_the_resends(srv: Running) -> None:
    srv.script.submit = _unavailable
    with _client(srv) as l2p, pytest.raises(ApiError):
        l2p.with_options(retries=1).employer(999014).workers.list(limit=1)
    assert len(srv.server.submitted()) == 2


def test_the_original_keeps_its_retries(srv: Running) -> None:
    srv.script.submit = _unavailable
    with _client(srv) as l2p:
        l2p.with_options(retries=0)
        with pytest.raises(ApiError):
            l2p.employer(999014).workers.list(limit=1)
    assert len(srv.server.submitted()) == RETRY.attempts


def test_poll_gives_the_copy_its_own_deadline(srv: Running) -> None:
    srv.script.default_result = [("302", None)]  # still processing, for ever
    with _client(srv) as l2p:
        copy = l2p.with_options(poll=PollPolicy(first=0.01, second=0.02, cap=0.05, deadline=0.3))
        op = copy.employer(999014).workers.list(limit=1)
        with pytest.raises(OperationTimeout):
            op.result()
        assert l2p._core.poll_policy.deadline == FAST.deadline


def test_timeout_gives_the_copy_its_own_http_timeout(srv: Running) -> None:
    def slow(seen: Seen) -> Reply:
        time.sleep(1.5)
        return json_reply(202, "0f8fad5b-d9cb-469f-a165-70867728950e")

    srv.script.submit = slow
    with _client(srv) as l2p:
        with pytest.raises(TransportError):
            l2p.with_options(timeout=0.2, retries=0).employer(999014).workers.list(limit=1)
        op = l2p.employer(999014).workers.list(limit=1)  # 30 s: the slow answer arrives
    assert op.guid == "0f8fad5b-d9cb-469f-a165-70867728950e"


def test_closing_a_copy_leaves_the_pool_open(srv: Running) -> None:
    with _client(srv) as l2p:
        l2p.with_options(timeout=10).close()
        l2p.employer(999014).workers.list(limit=1).result()
    assert srv.server.handshakes == 1


def test_wrong_options_are_refused(srv: Running) -> None:
    with _client(srv) as l2p:
        with pytest.raises(ValueError, match="timeout"):
            l2p.with_options(timeout=0)
        with pytest.raises(ValueError, match="retries"):
            l2p.with_options(retries=-1)


def test_an_async_copy_shares_the_pool_of_the_async_client(srv: Running) -> None:
    async def run() -> Any:
        async with _client(srv, AsyncLink2Prisma) as l2p:
            await (await l2p.employer(999014).workers.list(limit=1)).result()
            copy = l2p.with_options(retries=0)
            assert isinstance(copy, AsyncLink2Prisma)
            return await (await copy.employer(999014).workers.list(limit=1)).result()

    assert asyncio.run(run()) == []
    assert srv.server.handshakes == 1
