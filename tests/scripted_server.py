"""A scripted Link2Prisma look-alike over real mutual TLS on 127.0.0.1, for facade tests.

It accepts only client certificates signed by its CA, counts TLS handshakes, records every
request, and answers from a script: queued calls get a GUID; ``Result/{GUID}`` walks through the
envelopes scripted for that operation. Tests that need the full service use the sandbox.
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import trustme


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    peer_cn: str | None


Reply = tuple[int, dict[str, str], bytes]


def envelope(
    guid: str, code: str, response: Any = None, description: str | None = None
) -> dict[str, Any]:
    return {
        "ID": guid,
        "Action": "get",
        "Type": "worker",
        "Employer": "999014",
        "Worker": None,
        "Statuscode": code,
        "StatusDescription": description,
        "User": "integrator",
        "Response": response,
    }


def json_reply(status: int, data: Any, headers: dict[str, str] | None = None) -> Reply:
    return (
        status,
        {"Content-Type": "application/json", **(headers or {})},
        json.dumps(data).encode(),
    )


@dataclass
class Script:
    """What the server answers. ``submit`` and ``result`` may be replaced per test."""

    # Per submitted path: the list of Result envelopes (Statuscode, Response) to walk through.
    results: dict[str, list[tuple[str, Any]]] = field(default_factory=dict)
    default_result: list[tuple[str, Any]] = field(default_factory=lambda: [("200", "[]")])
    submit: Callable[[Seen], Reply] | None = None
    result_hook: Callable[[Seen, str], Reply | None] | None = None
    sync: dict[str, Reply] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: ScriptedServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        cert = self.connection.getpeercert()  # type: ignore[attr-defined]
        cn = None
        for rdn in (cert or {}).get("subject", ()):
            for key, value in rdn:
                if key == "commonName":
                    cn = value
        seen = Seen(self.command, self.path, dict(self.headers.items()), body, cn)
        status, headers, payload = self.server.answer(seen)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _handle


class ScriptedServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, context: ssl.SSLContext, script: Script) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.script = script
        self.handshakes = 0
        self.requests: list[Seen] = []
        self.guids: dict[str, str] = {}  # guid -> submitted path
        self.polls: dict[str, int] = {}
        self.lock = threading.Lock()

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, addr = self.socket.accept()
        with self.lock:
            self.handshakes += 1
        # The handshake happens in the connection's own thread (see finish_request).
        return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), addr

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(10)
        try:
            request.do_handshake()
        except (OSError, ssl.SSLError):
            return
        super().finish_request(request, client_address)

    def answer(self, seen: Seen) -> Reply:
        with self.lock:
            self.requests.append(seen)
        path = seen.path.split("?")[0]
        prefix = "/link2prisma.svc"
        rel = path[len(prefix) :] if path.startswith(prefix) else path
        if rel.lower().startswith("/result/"):
            guid = rel.split("/")[-1]
            if self.script.result_hook:
                hooked = self.script.result_hook(seen, guid)
                if hooked is not None:
                    return hooked
            if guid not in self.guids:
                return json_reply(404, {"Message": "unknown GUID"})
            with self.lock:
                n = self.polls.get(guid, 0)
                self.polls[guid] = n + 1
            steps = self.script.results.get(self.guids[guid], self.script.default_result)
            code, response = steps[min(n, len(steps) - 1)]
            return json_reply(
                200, envelope(guid, code, response, None if code[0] in "23" else "refused")
            )
        for prefix_path, reply in self.script.sync.items():
            if rel.startswith(prefix_path):
                return reply
        if self.script.submit:
            return self.script.submit(seen)
        guid = str(uuid.uuid4())
        with self.lock:
            self.guids[guid] = rel
        return json_reply(202, guid)

    def submitted(self) -> list[Seen]:
        return [r for r in self.requests if "/result/" not in r.path.lower()]

    def result_requests(self) -> list[Seen]:
        return [r for r in self.requests if "/result/" in r.path.lower()]


@dataclass
class Running:
    server: ScriptedServer
    base_url: str
    ca: trustme.CA
    ca_path: Path
    cert_path: Path
    key_path: Path

    @property
    def script(self) -> Script:
        return self.server.script


@contextmanager
def scripted_server(tmp_path: Path, script: Script | None = None) -> Iterator[Running]:
    ca = trustme.CA()
    server_cert = ca.issue_cert("127.0.0.1", "localhost")
    client_cert = ca.issue_cert("integrator@example.test", common_name="integrator")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    server_cert.configure_cert(ctx)
    ca.configure_trust(ctx)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ca_path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_path))
    cert_path, key_path = tmp_path / "client.pem", tmp_path / "client.key"
    cert_path.write_bytes(b"".join(b.bytes() for b in client_cert.cert_chain_pems))
    key_path.write_bytes(client_cert.private_key_pem.bytes())
    server = ScriptedServer(ctx, script or Script())
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        port = server.server_address[1]
        yield Running(
            server, f"https://127.0.0.1:{port}/link2prisma.svc", ca, ca_path, cert_path, key_path
        )
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
