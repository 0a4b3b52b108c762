"""First contact with a deployment: each mistake a new user makes says what to change.

A wrong base URL (``/link2prisma.svc`` left out, ``http://``, no scheme, a port nobody listens
on), a redirect, a 503 in front of a write, a body too large or too deep: each is reported as a
typed error naming the setting to change (the CLI flag, its variable, the Python keyword) and,
in the CLI, with the documented exit code. Against the sandbox or the hostile server on loopback.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import link2prisma as l2
from cli_env import sandbox_env
from hostile_server import HostilePki, HostileServer, hostile_server, make_pki
from link2prisma import AsyncLink2Prisma, Link2Prisma, RetryPolicy
from link2prisma._core import operations
from link2prisma._request import prepare
from link2prisma.cli.app import app
from link2prisma.cli.output import EXIT_CONNECTION, EXIT_USAGE, exit_code_for
from link2prisma.sandbox import Sandbox

INSS = "85073003328"
ONCE = RetryPolicy(attempts=1)
THRICE = RetryPolicy(attempts=3, wait_initial=0.01, wait_max=0.02)
EMAIL = {"CommunicationType": "Email", "Value": "first-contact@example.test"}
SETTING = ("--base-url", "L2P_BASE_URL", "base_url=")


@pytest.fixture
def env(sandbox: Sandbox, tmp_path: Path) -> dict[str, str | None]:
    return sandbox_env(sandbox, tmp_path)


def run(env: dict[str, str | None], *args: str) -> Any:
    return CliRunner(env=env).invoke(app, list(args))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> HostilePki:
    return make_pki(tmp_path_factory.mktemp("first-contact-pki"))


@pytest.fixture
def serve(pki: HostilePki) -> Iterator[Any]:
    servers: list[Any] = []

    def start(behaviour: str, **options: Any) -> HostileServer:
        context = hostile_server(pki, behaviour, **options)
        servers.append(context)
        return context.__enter__()

    yield start
    for context in reversed(servers):
        context.__exit__(None, None, None)


def names_the_setting(message: str) -> bool:
    return all(s in message for s in SETTING)


# --- the base URL -------------------------------------------------------------------------------


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_base_url_without_the_service_path_is_a_configuration_error(
    sandbox: Sandbox, asynchronous: bool
) -> None:
    root = sandbox.base_url.removesuffix("/link2prisma.svc")
    kwargs: dict[str, Any] = {"certificate": sandbox.certificate, "ca_bundle": sandbox.ca_bundle}

    def sync() -> Any:
        with Link2Prisma(root, **kwargs) as c:
            return c.employer(sandbox.employers[0]).worker_exists(INSS)

    async def run_async() -> Any:
        async with AsyncLink2Prisma(root, **kwargs) as c:
            return await c.employer(sandbox.employers[0]).worker_exists(INSS)

    with pytest.raises(l2.ServiceNotFoundError) as info:
        asyncio.run(run_async()) if asynchronous else sync()
    assert isinstance(info.value, l2.ConfigurationError)
    assert exit_code_for(info.value) == EXIT_USAGE
    message = str(info.value)
    assert f"{root}/link2prisma.svc" in message and names_the_setting(message)


def test_the_cli_names_the_missing_service_path(
    sandbox: Sandbox, env: dict[str, str | None]
) -> None:
    env["L2P_BASE_URL"] = sandbox.base_url.removesuffix("/link2prisma.svc")
    result = run(env, "exists", INSS)
    assert result.exit_code == EXIT_USAGE, result.output
    assert "/link2prisma.svc" in result.output and "--base-url" in result.output


def test_a_route_missing_under_the_right_base_url_stays_a_not_found(sandbox: Sandbox) -> None:
    """The control: with ``/link2prisma.svc`` in place a 404 is the service's own answer."""
    with Link2Prisma(
        sandbox.base_url, certificate=sandbox.certificate, ca_bundle=sandbox.ca_bundle
    ) as c:
        c._core._spelling.clear()
        spec = operations()["workers.exists"]
        call = c._core._prepare(spec, sandbox.employers[0], {"rrnr": INSS})
        response = c._core.sender.send(call)
        assert c._core._check_base_url(call, response) is None


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/link2prisma.svc", "HTTP://l2p.test/x.svc"])
def test_plain_http_names_the_cli_setting_too(url: str, env: dict[str, str | None]) -> None:
    with pytest.raises(l2.ConfigurationError) as info:
        Link2Prisma(url)
    message = str(info.value)
    assert "https://" in message and names_the_setting(message)
    assert "allow_insecure_http" in message  # the Python way out, for a local test server
    env["L2P_BASE_URL"] = url
    result = run(env, "exists", INSS)
    assert result.exit_code == EXIT_USAGE, result.output
    assert "--base-url" in result.output and "L2P_BASE_URL" in result.output


@pytest.mark.parametrize(
    "url", ["l2p.example.be/link2prisma.svc", "/link2prisma.svc", "l2p.example.be"]
)
def test_a_url_without_scheme_says_so_and_shows_what_was_given(url: str) -> None:
    with pytest.raises(l2.ConfigurationError) as info:
        Link2Prisma(url)
    message = str(info.value)
    assert "(got ://)" not in message
    assert url in message and "https://" in message and names_the_setting(message)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_refused_connection_names_host_and_port(pki: HostilePki, asynchronous: bool) -> None:
    port = _closed_port()
    url = f"https://127.0.0.1:{port}/link2prisma.svc"

    def sync() -> Any:
        with Link2Prisma(url, ca_bundle=pki.ca_path, retry=ONCE) as c:
            return c.employer("1").worker_exists(INSS)

    async def run_async() -> Any:
        async with AsyncLink2Prisma(url, ca_bundle=pki.ca_path, retry=ONCE) as c:
            return await c.employer("1").worker_exists(INSS)

    with pytest.raises(l2.ConnectError) as info:
        asyncio.run(run_async()) if asynchronous else sync()
    message = str(info.value)
    assert f"127.0.0.1:{port}" in message and "nothing was sent" in message
    assert names_the_setting(message)
    assert exit_code_for(info.value) == EXIT_CONNECTION


# --- a redirect ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("location", "shown"),
    [
        (
            "https://login.example.be/sso/start?token=SECRET123",
            "https://login.example.be/sso/start",
        ),
        ("/other/link2prisma.svc/Result/x?session=SECRET123", "/other/link2prisma.svc/Result/x"),
    ],
    ids=["absolute", "relative"],
)
def test_a_redirect_says_where_without_its_query(
    serve: Any, pki: HostilePki, location: str, shown: str
) -> None:
    server = serve("answer", status=302, body=b"", headers={"Location": location})
    with (
        Link2Prisma(server.base_url, ca_bundle=pki.ca_path, retry=ONCE) as c,
        pytest.raises(l2.HTTPStatusError) as info,
    ):
        c.result("7c9e6679-7425-40de-944b-e07fc1f90ae7")
    message = str(info.value)
    assert "redirects to" in message and shown in message
    assert "SECRET123" not in message and "?" not in message.split("redirects to", 1)[1]


# --- 503 in front of a write --------------------------------------------------------------------


def _write(server: HostileServer, pki: HostilePki) -> Any:
    with Link2Prisma(server.base_url, ca_bundle=pki.ca_path, retry=THRICE) as c:
        return c.employer("999014").communications.create(1, EMAIL)


def test_a_write_answered_503_by_a_proxy_page_is_not_resent(serve: Any, pki: HostilePki) -> None:
    page = b"<html><body><h1>Error 503 Backend fetch failed</h1></body></html>"
    server = serve("answer", status=503, body=page, headers={"Content-Type": "text/html"})
    with pytest.raises(l2.ServerError):
        _write(server, pki)
    assert [r.method for r in server.requests] == ["POST"]


def test_a_write_answered_503_by_the_service_itself_is_resent(serve: Any, pki: HostilePki) -> None:
    body = json.dumps({"Message": "The service is temporarily unavailable"}).encode()
    server = serve("answer", status=503, body=body)
    with pytest.raises(l2.ServerError):
        _write(server, pki)
    assert [r.method for r in server.requests] == ["POST"] * 3


def test_a_read_answered_503_by_a_proxy_page_is_resent(serve: Any, pki: HostilePki) -> None:
    page = b"<html><body><h1>Error 503 Backend fetch failed</h1></body></html>"
    server = serve("answer", status=503, body=page, headers={"Content-Type": "text/html"})
    with (
        Link2Prisma(server.base_url, ca_bundle=pki.ca_path, retry=THRICE) as c,
        pytest.raises(l2.ServerError),
    ):
        c.result("7c9e6679-7425-40de-944b-e07fc1f90ae7")
    assert [r.method for r in server.requests] == ["GET"] * 3


# --- bodies -------------------------------------------------------------------------------------


def absences(workers: int) -> list[dict[str, Any]]:
    return [
        {"WorkerNumber": n, "Absences": [{"Day": "20250106", "Code": 1, "Hours": 7.6}]}
        for n in range(1, workers + 1)
    ]


def test_a_body_over_the_limit_is_refused_saying_how_to_split_it(
    serve: Any, pki: HostilePki
) -> None:
    server = serve("answer", status=202, body=b'"7c9e6679-7425-40de-944b-e07fc1f90ae7"')
    body = absences(400)
    with (
        Link2Prisma(server.base_url, ca_bundle=pki.ca_path, max_body_size=10_000) as c,
        pytest.raises(l2.BodyTooLargeError) as info,
    ):
        c.employer("999014").absences.create(body)
    assert isinstance(info.value, l2.ValidationError)
    message = str(info.value)
    assert "max_body_size" in message and "split its 400 items into" in message
    assert server.requests == []


def test_the_advised_split_fits_the_limit() -> None:
    spec = operations()["absences.create"]
    body = absences(400)
    with pytest.raises(l2.BodyTooLargeError) as info:
        prepare(spec, "999014", {}, body, max_body_size=10_000)
    per_call = int(str(info.value).split("at most ")[1].split(" items")[0].replace(",", ""))
    for at in range(0, len(body), per_call):
        prepare(spec, "999014", {}, body[at : at + per_call], max_body_size=10_000)


def test_the_cli_refuses_a_body_over_the_limit_as_a_usage_error(
    env: dict[str, str | None], tmp_path: Path
) -> None:
    path = tmp_path / "absences.json"
    path.write_text(json.dumps(absences(400_000), separators=(",", ":")))
    assert path.stat().st_size > 20 * 1024 * 1024  # over the default limit, compact
    result = run(env, "call", "absences", "create", "--body", str(path))
    assert result.exit_code == EXIT_USAGE, result.output
    assert "max_body_size" in result.output and "split" in result.output


def deep(levels: int) -> Any:
    node: Any = 1
    for _ in range(levels):
        node = {"x": node}
    return node


@pytest.mark.parametrize("validate", [True, False], ids=["validated", "not-validated"])
@pytest.mark.parametrize("levels", [500, 5000])
def test_a_deeply_nested_body_is_a_typed_validation_error(validate: bool, levels: int) -> None:
    spec = operations()["absences.create"]
    body = [{"WorkerNumber": 1, "Absences": [deep(levels)]}]
    with pytest.raises(l2.BodyTooDeepError) as info:
        prepare(spec, "999014", {}, body, validate=validate)
    assert isinstance(info.value, l2.ValidationError)
    assert "nested deeper than" in str(info.value)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (json.dumps([{"WorkerNumber": 1, "Absences": [deep(600)]}]).encode(), "nested deeper"),
        (b"[" * 100_000 + b"]" * 100_000, "nests too deeply"),
        ('[{"WorkerNumber": 1, "Absences": []}, "caf\u00e9"]'.encode("latin-1"), "not UTF-8"),
    ],
    ids=["deep", "deeper-than-python", "latin-1"],
)
def test_the_cli_reports_an_unusable_body_file_as_a_usage_error(
    env: dict[str, str | None], tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "body.json"
    path.write_bytes(content)
    result = run(env, "call", "absences", "create", "--body", str(path))
    assert result.exit_code == EXIT_USAGE, result.output
    assert said in result.output
    assert "RecursionError" not in result.output and "UnicodeDecodeError" not in result.output


# --- behind a proxy -----------------------------------------------------------------------------


class ConnectProxy:
    """An HTTP CONNECT proxy on 127.0.0.1 that counts the tunnels it opened."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.tunnels: list[str] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        client.settimeout(10)
        head = b""
        while b"\r\n\r\n" not in head and len(head) < 65536:
            piece = client.recv(4096)
            if not piece:
                client.close()
                return
            head += piece
        target = head.split(b" ")[1].decode()
        self.tunnels.append(target)
        host, port = target.rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)), timeout=10)
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")

        def pump(a: socket.socket, b: socket.socket) -> None:
            try:
                while data := a.recv(65536):
                    b.sendall(data)
            except OSError:
                pass
            finally:
                b.close()

        threading.Thread(target=pump, args=(upstream, client), daemon=True).start()
        pump(client, upstream)

    def close(self) -> None:
        self.sock.close()


def test_the_environments_proxy_is_still_used(
    serve: Any, pki: HostilePki, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client's own transport reads HTTPS_PROXY as httpx would (and NO_PROXY)."""
    body = json.dumps({"ID": "x", "Statuscode": "200", "Response": ""}).encode()
    server = serve("answer", status=200, body=body)
    proxy = ConnectProxy()
    try:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "https_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.port}")
        with Link2Prisma(server.base_url, ca_bundle=pki.ca_path, retry=ONCE) as c:
            c.result("7c9e6679-7425-40de-944b-e07fc1f90ae7")
        assert proxy.tunnels == [f"127.0.0.1:{server.port}"]
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with Link2Prisma(server.base_url, ca_bundle=pki.ca_path, retry=ONCE) as c:
            c.result("7c9e6679-7425-40de-944b-e07fc1f90ae7")
        assert len(proxy.tunnels) == 1  # bypassed
    finally:
        proxy.close()
