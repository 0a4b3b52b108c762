"""Resending: the pure decision table of ``_retry._should_retry``, its log lines, and silence.

The behaviour over a transport (what is resent, how often) is proven in test_facade.py and
test_facade_tls.py; here the decision itself, case by case, and what reaches stderr.
"""

from __future__ import annotations

import json
import logging
import ssl
import subprocess
import sys
import textwrap
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from link2prisma import Link2Prisma, RetryPolicy
from link2prisma._retry import _should_retry, parse_retry_after

POLICY = RetryPolicy(attempts=5, wait_initial=0.2, wait_max=5.0, timeout=60.0)
REQUEST = httpx.Request("GET", "https://l2p.test/x")


def _answer(status: int, retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(status, headers=headers, request=REQUEST)


def _service_503() -> httpx.Response:
    """The service's own refusal: its JSON error object (the spec's Unavailable answer)."""
    return httpx.Response(503, json={"Message": "busy"}, request=REQUEST)


def _gateway_503() -> httpx.Response:
    """A proxy's page: it may have handed the request on before failing."""
    page = "<html><body><h1>503 Backend fetch failed</h1></body></html>"
    return httpx.Response(503, html=page, request=REQUEST)


def _cert_failure() -> httpx.ConnectError:
    exc = httpx.ConnectError("certificate verify failed", request=REQUEST)
    exc.__cause__ = ssl.SSLCertVerificationError("certificate verify failed")
    return exc


# (outcome, resent for a read, resent for a write)
TABLE: list[tuple[str, httpx.Response | Exception, bool, bool]] = [
    ("connect error", httpx.ConnectError("refused", request=REQUEST), True, True),
    ("connect timeout", httpx.ConnectTimeout("slow", request=REQUEST), True, True),
    ("pool timeout", httpx.PoolTimeout("busy", request=REQUEST), True, True),
    ("certificate", _cert_failure(), False, False),
    ("dropped", httpx.RemoteProtocolError("disconnected", request=REQUEST), True, False),
    ("read timeout", httpx.ReadTimeout("slow", request=REQUEST), True, False),
    ("read error", httpx.ReadError("reset", request=REQUEST), True, False),
    ("429", _answer(429), True, True),
    ("503 from the service", _service_503(), True, True),
    ("503 with Retry-After", _answer(503, "1"), True, True),
    ("503 from a proxy", _gateway_503(), True, False),
    ("503 without a body", _answer(503), True, False),
    ("502", _answer(502), True, False),
    ("504", _answer(504), True, False),
    ("500", _answer(500), False, False),
    ("404", _answer(404), False, False),
    ("400", _answer(400), False, False),
    ("202", _answer(202), False, False),
    ("200", _answer(200), False, False),
    ("other OSError", OSError("odd"), False, False),
]


@pytest.mark.parametrize(("name", "outcome", "read", "write"), TABLE, ids=[t[0] for t in TABLE])
def test_decision_table(
    name: str, outcome: httpx.Response | Exception, read: bool, write: bool
) -> None:
    for method, expected in (("GET", read), ("POST", write), ("PUT", write), ("DELETE", write)):
        decision = _should_retry(method, 1, outcome, POLICY)
        assert (decision.wait is not None) is expected, (name, method, decision)
        if expected:
            assert decision.reason and decision.reason != "final"


def test_attempts_run_out() -> None:
    outcome = _answer(503)
    assert _should_retry("GET", 4, outcome, POLICY).wait is not None
    last = _should_retry("GET", 5, outcome, POLICY)
    assert last.wait is None and "no attempts left" in last.reason
    assert _should_retry("GET", 1, outcome, RetryPolicy(attempts=1)).wait is None


def test_backoff_doubles_within_wait_max_and_jitter_spreads_it() -> None:
    outcome = httpx.ReadTimeout("slow", request=REQUEST)
    waits = [_should_retry("GET", n, outcome, POLICY).wait for n in range(1, 5)]
    assert waits == [0.2, 0.4, 0.8, 1.6]
    assert _should_retry("GET", 4, outcome, RetryPolicy(attempts=9, wait_max=1.0)).wait == 1.0
    assert _should_retry("GET", 1, outcome, POLICY, jitter=0.5).wait == pytest.approx(0.7)
    assert _should_retry("GET", 3, outcome, POLICY, jitter=0.9).wait == pytest.approx(1.7)
    assert _should_retry("GET", 9, outcome, RetryPolicy(attempts=20), jitter=0.9).wait == 5.0


def test_retry_after_is_honoured_and_capped() -> None:
    assert _should_retry("GET", 1, _answer(429, "3"), POLICY).wait == 3.0
    assert _should_retry("POST", 1, _answer(503, "0.5"), POLICY).wait == 0.5
    assert _should_retry("GET", 1, _answer(503, "600"), RetryPolicy(timeout=900)).wait == 60.0
    # A hint of 0 (or junk) falls back to the backoff.
    assert _should_retry("GET", 1, _answer(503, "0"), POLICY).wait == 0.2
    assert _should_retry("GET", 1, _answer(503, "soon"), POLICY).wait == 0.2
    assert parse_retry_after(" 1.5 ") == 1.5 and parse_retry_after(None) is None


def test_no_resend_past_the_time_budget() -> None:
    late = _should_retry("GET", 2, _answer(503, "10"), POLICY, elapsed=55.0)
    assert late.wait is None and "out of time" in late.reason


def test_each_retry_is_logged_with_operation_attempt_wait_and_reason(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rrnr = "85073003328"
    answers = iter([503, 503])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(answers, 200)
        if status != 200:
            return httpx.Response(status, json={"Message": "busy"})
        return httpx.Response(200, json={"ID": "x", "WorkerExists": True, "WorkerNumber": 3})

    policy = RetryPolicy(attempts=3, wait_initial=0.001, wait_max=0.002)
    with (
        caplog.at_level(logging.INFO, logger="link2prisma"),
        Link2Prisma(
            "https://l2p.test/link2prisma.svc", transport=httpx.MockTransport(handler), retry=policy
        ) as c,
    ):
        assert c.employer("1").worker_exists(rrnr).worker_number == 3
    records = [r for r in caplog.records if r.name == "link2prisma._retry"]
    assert [r.levelno for r in records] == [logging.INFO, logging.INFO]
    for attempt, record in enumerate(records, 1):
        text = record.getMessage()
        assert text.startswith("workers.exists ")
        assert f"attempt {attempt} failed (HTTP 503)" in text and "retrying in 0.00" in text
        assert rrnr not in text


class _Busy(BaseHTTPRequestHandler):
    """503 to the first two requests that queue work, then a GUID; every Result is done."""

    busy = 2
    lock = threading.Lock()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if "/Result/" in self.path:
            guid = self.path.rsplit("/", 1)[1]
            self._reply(200, {"ID": guid, "Statuscode": "200", "Response": "[]"})
            return
        with self.lock:
            busy, type(self).busy = type(self).busy > 0, max(0, type(self).busy - 1)
        if busy:
            self._reply(503, {"Message": "busy"}, {"Retry-After": "0.01"})
        else:
            self._reply(202, str(uuid.uuid4()))

    def _reply(self, status: int, body: object, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        for k, v in {"Content-Type": "application/json", **(headers or {})}.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def busy_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Busy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/link2prisma.svc"
    finally:
        server.shutdown()
        server.server_close()


def test_retries_print_nothing_on_stderr_when_logging_is_not_configured(busy_server: str) -> None:
    script = textwrap.dedent(
        f"""
        import logging

        from link2prisma import Link2Prisma, RetryPolicy

        retry = RetryPolicy(attempts=5, wait_initial=0.01, wait_max=0.02)
        with Link2Prisma({busy_server!r}, allow_insecure_http=True, retry=retry) as c:
            print(len(c.employer("1").departments.list().result()))
        # Our warnings too stay silent (the NullHandler keeps Python's last resort away).
        logging.getLogger("link2prisma._retry").warning("nobody asked to see this")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "0\n"
    assert done.stderr == ""
