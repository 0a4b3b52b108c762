"""The TLS HTTP server: client certificates, routing, validation, queueing, access log, faults.

Stdlib only: :class:`http.server.ThreadingHTTPServer` speaking HTTP/1.1 with keep-alive, each
accepted socket wrapped in an :class:`ssl.SSLContext` (TLS 1.2+) that requires a client
certificate signed by the sandbox CA. The TLS handshake runs in the connection's own thread.

Order of checks for an API request: route (404/405), user from the certificate (403), faults
(drop, 503), ``Employer`` header present and granted to the user (403), parameters (400), body
(400); then a synchronous answer (``Result``, ``workerExists``) or queueing (202).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import re
import socket
import ssl
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import link2prisma_resources

from .faults import Counters, FaultDice, Faults
from .handlers import worker_exists
from .pki import user_from_peercert
from .processor import Processors
from .quirks import (
    BOM,
    Quirks,
    endpoint_not_found_page,
    method_not_allowed_page,
    request_error_page,
    roughen_response,
)
from .routes import Operation, Router
from .store import Store
from .validation import FieldError, parse_json_body, validate_body, validate_value

__all__ = ["PREFIX", "AccessLog", "App", "TLSServer"]

PREFIX = "/link2prisma.svc"

_log = logging.getLogger("link2prisma.sandbox")
_MAX_BODY = 20 * 1024 * 1024
_REDACTED_PARAMS = frozenset({"rrnr", "workerID"})


@functools.cache
def _result_fields() -> tuple[str, ...]:
    """The members of the spec's ``Result`` (the nine vendor fields), in the spec's order."""
    spec = link2prisma_resources.spec()
    return tuple(spec["components"]["schemas"]["Result"]["properties"])


class AccessLog:
    """One line per request, without personal data: no bodies, identifying segments masked."""

    def __init__(self, path: Path, echo: bool = False) -> None:
        self._file = path.open("a", encoding="utf-8", buffering=1)
        self._echo = echo
        self._lock = threading.Lock()

    def write(
        self,
        *,
        user: str | None,
        method: str,
        path: str,
        status: int,
        seconds: float,
        employer: str | None,
        guid: str | None,
    ) -> None:
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime())
        line = (
            f"{stamp}Z {user or '-'} {method} {path} {status} {seconds * 1000:.1f}ms "
            f"employer={employer or '-'} guid={guid or '-'}"
        )
        with self._lock:
            if not self._file.closed:
                self._file.write(line + "\n")
            if self._echo:
                import sys

                print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        with self._lock:
            self._file.close()


def redact_path(path: str, op: Operation | None, raw_params: dict[str, str]) -> str:
    """The request path for the log: rrnr and worker numbers (or, unrouted, all digits) masked."""
    if op is None:
        return re.sub(r"[0-9]", "*", path)
    segments = path.split("/")
    masked = {raw_params[name] for name in _REDACTED_PARAMS if name in raw_params}
    return "/".join("*" * len(s) if s in masked else s for s in segments)


class App:
    """Everything a request handler needs: the spec's routes, the store, users, faults, counters."""

    def __init__(
        self,
        *,
        router: Router,
        store: Store,
        users_file: Path,
        faults: Faults,
        dice: FaultDice,
        counters: Counters,
        processors: Processors,
        access_log: AccessLog,
        ssl_context: ssl.SSLContext,
        quirks: Quirks | None = None,
        spec: dict[str, Any] | None = None,
    ) -> None:
        self.quirks = quirks or Quirks()
        self.spec = spec or {}
        self.router = router
        self.store = store
        self.users_file = users_file
        self.faults = faults
        self.dice = dice
        self.counters = counters
        self.processors = processors
        self.access_log = access_log
        self.ssl_context = ssl_context
        self._users: dict[str, list[str]] = {}
        self._users_mtime = -1.0
        self._users_lock = threading.Lock()

    def employers_of(self, user: str | None) -> list[str] | None:
        """The employers ``user`` may use (``None``: unknown user). ``users.json`` is re-read
        when it changes."""
        if user is None:
            return None
        with self._users_lock:
            try:
                mtime = self.users_file.stat().st_mtime
                if mtime != self._users_mtime:
                    data = json.loads(self.users_file.read_text("utf-8"))
                    self._users = {str(k): [str(e) for e in v] for k, v in data.items()}
                    self._users_mtime = mtime
            except (OSError, ValueError):
                pass
            return self._users.get(user)

    def stats(self) -> dict[str, Any]:
        out = self.counters.snapshot()
        out["queue"] = self.store.queue_counts()
        out["faults"] = self.faults.as_dict()
        out["quirks"] = self.quirks.as_dict()
        return out


class _Dropped(Exception):
    """The connection is to be closed without an answer."""


class Handler(BaseHTTPRequestHandler):
    """One connection's requests."""

    protocol_version = "HTTP/1.1"
    server_version = "link2prisma-sandbox"
    sys_version = ""
    timeout = 30.0
    #: TCP_NODELAY: without it, Nagle's algorithm and delayed ACKs add ~40 ms to every answer.
    disable_nagle_algorithm = True
    server: TLSServer

    # --- plumbing ----------------------------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:
        del format, args

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                line = self.rfile.readline(1024)
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                total += size
                if total > _MAX_BODY:
                    raise _Dropped
                chunks.append(self.rfile.read(size))
                self.rfile.readline(1024)
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY or length < 0:
            raise _Dropped
        return self.rfile.read(length) if length else b""

    def _send(
        self,
        status: int,
        payload: Any,
        headers: dict[str, str] | None = None,
        raw: bool = False,
        bom: bool = False,
        content_type: str | None = None,
    ) -> None:
        quirks = self.server.app.quirks
        body = payload if raw else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        assert isinstance(body, bytes)
        if bom and quirks.active("bom"):
            body = BOM + body
        if content_type is None:
            charset = quirks.active("charset")
            content_type = "application/json; charset=utf-8" if charset else "application/json"
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        if self.command != "HEAD":
            # Headers and body in one write (one TLS record where possible).
            self._headers_buffer.append(b"\r\n" + body)
            self.flush_headers()
        else:
            self.end_headers()
        self._status = status

    def _error(
        self,
        status: int,
        message: str,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        payload: dict[str, Any] = {"Message": message}
        if errors is not None:
            payload["Errors"] = errors
        self._send(status, payload, headers)

    def _html(self, status: int, page: bytes, headers: dict[str, str] | None = None) -> None:
        """One of WCF's own HTML pages (quirks mode)."""
        self._send(status, page, headers, raw=True, content_type="text/html; charset=UTF-8")

    # --- entry points ------------------------------------------------------------------------

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_HEAD(self) -> None:
        self._dispatch()

    def do_OPTIONS(self) -> None:
        self._dispatch()

    def __getattr__(self, name: str) -> Any:
        # Any other method (TRACE, ...): 405 on a known path, 404 elsewhere; never a 501.
        if name.startswith("do_") and name[3:].isalpha():
            return self._dispatch
        raise AttributeError(name)

    def _dispatch(self) -> None:
        app = self.server.app
        started = time.monotonic()
        self._status = 0
        self._employer: str | None = None
        self._guid: str | None = None
        self._op: Operation | None = None
        self._raw_params: dict[str, str] = {}
        path, _, query = self.path.partition("?")
        user = user_from_peercert(self.connection.getpeercert())
        app.counters.add("requests_total")
        try:
            body = self._read_body()
            self._route(app, user, path, query, body)
        except _Dropped:
            app.counters.add("connections_dropped")
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
        except (ConnectionError, ssl.SSLError, TimeoutError):
            self.close_connection = True
        except Exception:
            _log.exception("request failed: %s", self.command)
            app.counters.add("internal_errors")
            if not self._status:
                self.close_connection = True
                self._error(503, "The sandbox failed on this request (see its log)")
        finally:
            if path.lower().startswith(PREFIX.lower()):
                shown = PREFIX + redact_path(path[len(PREFIX) :], self._op, self._raw_params)
            else:
                shown = redact_path(path, None, {})
            app.access_log.write(
                user=user,
                method=self.command,
                path=shown,
                status=self._status,
                seconds=time.monotonic() - started,
                employer=self._employer,
                guid=self._guid,
            )

    def _route(self, app: App, user: str | None, path: str, query: str, body: bytes) -> None:
        if not path.lower().startswith(PREFIX.lower() + "/"):
            app.counters.add("not_found_404")
            self._error(404, f"No service at {path.split('/')[1] if '/' in path else path}")
            return
        rest = path[len(PREFIX) :]
        allowed = app.employers_of(user)
        if allowed is None:
            app.counters.add("forbidden_403")
            self._error(403, "The certificate's user is not known to this service")
            return
        if rest.lower().startswith("/_sandbox/"):
            self._sandbox(app, rest)
            return
        op, raw_params, methods = app.router.match(self.command, rest)
        self._op, self._raw_params = op, raw_params
        html_errors = app.quirks.active("html_errors")
        if op is None:
            if methods:
                allow = {"Allow": ", ".join(methods)}
                if html_errors:
                    self._html(405, method_not_allowed_page(), allow)
                else:
                    self._error(405, f"Method {self.command} not allowed", headers=allow)
            else:
                app.counters.add("not_found_404")
                if html_errors:
                    self._html(404, endpoint_not_found_page())
                else:
                    self._error(404, "Endpoint not found")
            return
        queued = not op.synchronous
        if queued:
            app.counters.submit(op.operation_id)
        if app.dice.roll(app.faults.drop_rate):
            raise _Dropped
        if queued and app.dice.roll(app.faults.fail_submit_rate):
            app.counters.add("injected_503")
            self._error(503, "The service is temporarily unavailable (injected by the sandbox)")
            return
        employer = (self.headers.get("Employer") or "").strip()
        self._employer = employer or None
        if op.needs_employer:
            if not employer:
                app.counters.add("forbidden_403")
                self._error(403, "The Employer header is required")
                return
            if employer not in allowed:
                app.counters.add("forbidden_403")
                self._error(403, f"User {user} has no rights for employer {employer}")
                return
        params, errors = self._parameters(op, raw_params, query)
        if op.operation_id == "results.get":
            self._result(app, raw_params.get("GUID", ""), user)
            return
        if errors:
            app.counters.add("rejected_400")
            self._error(400, "The request is not valid", errors)
            return
        payload: Any = None
        if op.body_schema is not None:
            payload, error = parse_json_body(body)
            if error and html_errors:
                # WCF's deserializer fails before the service sees the request.
                app.counters.add("rejected_400")
                self._html(400, request_error_page(_deserialize_message(op.body_schema, body)))
                return
            errors = [error] if error else validate_body(op.body_schema, payload)
            if errors:
                app.counters.add("rejected_400")
                self._error(400, "The request body is not valid", errors)
                return
        if op.operation_id == "workers.exists":
            with app.store.reading(employer) as tx:
                number = worker_exists(tx, str(params["rrnr"]))
            app.counters.add("worker_exists_served")
            self._send(
                200,
                {"ID": str(uuid.uuid4()), "WorkerExists": number > 0, "WorkerNumber": number},
                bom=True,
            )
            return
        if not op.needs_employer:
            params["_employers"] = allowed
            employer = ""
        fingerprint = hashlib.sha256(
            f"{self.command} {rest.lower()} {employer}\n".encode() + body
        ).hexdigest()
        app.counters.seen(fingerprint)
        guid = str(uuid.uuid4())
        app.store.enqueue(
            guid=guid,
            employer=employer,
            user=user or "",
            method=self.command,
            path=path,
            operation=op.operation_id,
            params=params,
            body=payload,
        )
        self._guid = guid
        app.counters.add("submits_accepted")
        app.processors.notify()
        self._send(202, guid, bom=True)

    def _parameters(
        self, op: Operation, raw_params: dict[str, str], query: str
    ) -> tuple[dict[str, Any], list[FieldError]]:
        params: dict[str, Any] = {}
        errors: list[FieldError] = []
        given = parse_qs(query, keep_blank_values=True)
        lowered = {k.lower(): v for k, v in given.items()}
        if not query.strip("&"):
            pass
        elif any(not pair.partition("=")[0] for pair in query.split("&") if pair):
            errors.append({"Field": "query", "Rule": "a query parameter has no name"})
        # WCF URI templates ignore the query parameters they do not name
        # (``GET /worker/1?limit=100&offset=0`` is answered like ``GET /worker/1``).
        for name, spec in op.parameters.items():
            if spec.get("in") == "path":
                raw: str | None = raw_params.get(name)
            elif spec.get("in") == "query":
                values = given.get(name) or lowered.get(name.lower())
                raw = values[0] if values else None
            else:
                continue
            if raw is None:
                if spec.get("required"):
                    errors.append({"Field": name, "Rule": "is required"})
                continue
            schema = dict(spec.get("schema", {}))
            if "x-l2p-format" in spec:  # on the parameter object itself (as for rrnr)
                schema.setdefault("x-l2p-format", spec["x-l2p-format"])
            value, error = validate_value(name, schema, raw)
            if error:
                errors.append(error)
            else:
                params[name] = value
        return params, errors

    def _result(self, app: App, guid: str, user: str | None) -> None:
        self._guid = guid
        app.counters.result_request()
        try:
            canonical = str(uuid.UUID(guid))
        except ValueError:
            canonical = ""
        req = app.store.get_request(canonical) if canonical else None
        if req is None or req.user != user:
            app.counters.add("results_not_found")
            self._error(404, "No request with this identifier")
            return
        if app.dice.roll(app.faults.slow_result_rate):
            app.counters.add("slow_results")
            time.sleep(app.faults.slow_result_seconds)
        result: dict[str, Any] = {
            "ID": req.guid,
            "Action": req.action or _action(req.method),
            "Type": req.type or req.operation.split(".")[0],
            "Employer": req.employer or None,
            "Worker": req.worker
            if req.worker is not None
            else (None if "workerID" not in req.params else str(req.params["workerID"])),
            "Statuscode": req.statuscode,
            "StatusDescription": req.status_description,
            "User": req.user,
            "Response": req.response,
        }
        quirks = app.quirks
        if quirks.enabled:
            op = app.router.operations.get(req.operation)
            if op is not None and req.statuscode == "200" and isinstance(req.response, str):
                result["Response"] = roughen_response(app.spec, op.result, req.response, quirks)
            code = result["Statuscode"]
            if quirks.active("numeric_statuscode") and isinstance(code, str) and code.isdigit():
                result["Statuscode"] = int(code)
        app.counters.add("results_served")
        self._send(200, {k: result[k] for k in _result_fields()}, bom=True)

    def _sandbox(self, app: App, rest: str) -> None:
        parts = [p for p in rest.split("/") if p]
        if self.command != "GET":
            self._error(405, "Only GET", headers={"Allow": "GET"})
        elif len(parts) == 2 and parts[1].lower() == "stats":
            self._send(200, app.stats())
        elif len(parts) == 3 and parts[1].lower() == "requests":
            req = app.store.get_request(parts[2].lower())
            if req is None:
                self._error(404, "No request with this identifier")
            else:
                self._send(200, req.timings())
        else:
            self._error(404, "Unknown sandbox endpoint")


def _deserialize_message(schema: str, body: bytes) -> str:
    """The exception message WCF's JSON deserializer gives for a body it cannot read (never
    more of the body than its first character)."""
    text = body.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    target = f"There was an error deserializing the object of type Sodeco.Link2Prisma.{schema}."
    if not text:
        return f"{target} Unexpected end of file."
    first = text[0] if text[0].isprintable() else "?"
    return f"{target} Encountered unexpected character '{first}'."


def _action(method: str) -> str:
    return {"GET": "get", "POST": "insert", "PUT": "update", "DELETE": "delete"}.get(method, "")


class TLSServer(ThreadingHTTPServer):
    """A threading HTTP server whose connections are TLS with a required client certificate."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    handshake_timeout = 10.0

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.app = app
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        request.settimeout(self.handshake_timeout)
        try:
            tls = self.app.ssl_context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            self.app.counters.add("handshake_failures")
            request.close()
            return
        with self._open_lock:
            self._open.add(tls)
        try:
            Handler(tls, client_address, self)
        except (ssl.SSLError, OSError):
            pass
        finally:
            with self._open_lock:
                self._open.discard(tls)
            with contextlib.suppress(OSError):
                tls.close()

    def close_connections(self) -> None:
        """Close every open client connection (used when stopping)."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


def server_ssl_context(cert: Path, key: Path, ca: Path) -> ssl.SSLContext:
    """TLS 1.2+ server context that requires a client certificate signed by ``ca``."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert), str(key))
    ctx.load_verify_locations(cafile=str(ca))
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx
