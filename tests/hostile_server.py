"""A hostile HTTPS server on 127.0.0.1: real TLS, scripted to misbehave, for the bounds tests.

Why its own server (not http.server): the behaviours below need byte-level control of the answer
(headers one byte at a time, a body that never ends, a Content-Length that lies), which
``BaseHTTPRequestHandler`` does not give. Each connection is served in its own thread: the TLS
handshake, the request read (headers, then ``Content-Length`` bytes of body), then the scripted
behaviour. Every loop is bounded (by ``limit_seconds`` and by the server's stop event), so a test
that fails never leaves a thread running.

Behaviours (``HostileServer(behaviour=...)``):

- ``trickle_headers``: the status line, then the headers one byte every ``interval`` seconds;
- ``trickle_body``: complete headers (``Content-Length: 1000000``), then the body one byte every
  ``interval`` seconds;
- ``silence``: reads the request and answers nothing;
- ``endless_chunked``: a chunked body of 64 KiB chunks that never ends;
- ``huge_length``: ``Content-Length`` of 1 GiB, then the body as fast as the client reads it;
- ``retry_after``: ``status`` (503 or 429) with ``Retry-After: 999999`` and the service's JSON
  error object;
- ``answer``: ``status`` with ``body`` (a well-behaved control).
"""

from __future__ import annotations

import json
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pki import CA, server_ssl_context

BEHAVIOURS = (
    "trickle_headers",
    "trickle_body",
    "silence",
    "endless_chunked",
    "huge_length",
    "retry_after",
    "answer",
)
CHUNK = b"x" * 65536


@dataclass
class Seen:
    """One request as the server read it (method and path only)."""

    method: str
    path: str


@dataclass
class HostileServer:
    """The server; start it with :func:`hostile_server`."""

    context: ssl.SSLContext
    behaviour: str
    interval: float = 0.5
    status: int = 503
    body: bytes = b"{}"
    headers: dict[str, str] = field(default_factory=dict)
    limit_seconds: float = 60.0
    requests: list[Seen] = field(default_factory=list)
    sent_bytes: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        if self.behaviour not in BEHAVIOURS:
            raise ValueError(self.behaviour)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port: int = self.sock.getsockname()[1]
        self.threads: list[threading.Thread] = []

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}/link2prisma.svc"

    def serve(self) -> None:
        while not self.stop.is_set():
            try:
                raw, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._connection, args=(raw,), daemon=True)
            self.threads.append(thread)
            thread.start()

    def _connection(self, raw: socket.socket) -> None:
        raw.settimeout(5)
        try:
            tls = self.context.wrap_socket(raw, server_side=True)
        except (OSError, ssl.SSLError):
            raw.close()
            return
        try:
            while not self.stop.is_set():
                if not self._read_request(tls):
                    return
                if not self._behave(tls):
                    return
        except (OSError, ssl.SSLError):
            return
        finally:
            tls.close()

    def _read_request(self, tls: ssl.SSLSocket) -> bool:
        data = b""
        while b"\r\n\r\n" not in data:
            piece = tls.recv(65536)
            if not piece:
                return False
            data += piece
            if len(data) > 1_000_000:
                return False
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path = lines[0].split(" ")[:2]
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value.strip())
        while len(rest) < length:
            piece = tls.recv(65536)
            if not piece:
                return False
            rest += piece
        with self.lock:
            self.requests.append(Seen(method, path))
        return True

    def _send(self, tls: ssl.SSLSocket, data: bytes) -> None:
        tls.sendall(data)
        with self.lock:
            self.sent_bytes += len(data)

    def _until_stopped(self) -> Iterator[int]:
        """Steps of a behaviour that never ends by itself: bounded by the stop event and time."""
        ends = time.monotonic() + self.limit_seconds
        step = 0
        while not self.stop.is_set() and time.monotonic() < ends:
            yield step
            step += 1

    def _behave(self, tls: ssl.SSLSocket) -> bool:
        """Play the behaviour on one request; True when the connection may serve another."""
        tls.settimeout(self.limit_seconds)
        if self.behaviour == "trickle_headers":
            self._send(tls, b"HTTP/1.1 200 OK\r\n")
            header = b"X-Slow: " + b"a" * 100_000
            for step in self._until_stopped():
                self._send(tls, header[step % len(header) : step % len(header) + 1])
                self.stop.wait(self.interval)
            return False
        if self.behaviour == "trickle_body":
            self._send(tls, _head(200, {"Content-Length": "1000000"}))
            for _ in self._until_stopped():
                self._send(tls, b"x")
                self.stop.wait(self.interval)
            return False
        if self.behaviour == "silence":
            self.stop.wait(self.limit_seconds)
            return False
        if self.behaviour == "endless_chunked":
            self._send(tls, _head(200, {"Transfer-Encoding": "chunked"}))
            chunk = f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n"
            for _ in self._until_stopped():
                self._send(tls, chunk)
            return False
        if self.behaviour == "huge_length":
            self._send(tls, _head(200, {"Content-Length": str(1 << 30)}))
            for step in self._until_stopped():
                if step * len(CHUNK) >= 1 << 30:
                    break
                self._send(tls, CHUNK)
            return False
        if self.behaviour == "retry_after":
            body = json.dumps({"Message": "The service is temporarily unavailable"}).encode()
            headers = {"Retry-After": "999999", "Content-Type": "application/json"}
            self._send(tls, _head(self.status, {**headers, "Content-Length": str(len(body))}))
            self._send(tls, body)
            return True
        headers = {"Content-Type": "application/json", **self.headers}
        self._send(tls, _head(self.status, {**headers, "Content-Length": str(len(self.body))}))
        self._send(tls, self.body)
        return True

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} Scripted"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


@dataclass
class HostilePki:
    """A CA and its PEM file: the client trusts the server with ``ca_bundle=ca_path``."""

    ca: CA
    ca_path: Path
    directory: Path

    def server_context(self) -> ssl.SSLContext:
        return server_ssl_context(self.ca.issue_server(), client_ca=None, directory=self.directory)


def make_pki(directory: Path) -> HostilePki:
    ca = CA()
    return HostilePki(ca, ca.write_cert_pem(directory / "ca.pem"), directory)


@contextmanager
def hostile_server(pki: HostilePki, behaviour: str, **kwargs: object) -> Iterator[HostileServer]:
    server = HostileServer(pki.server_context(), behaviour, **kwargs)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(5)
        for t in server.threads:
            t.join(5)
