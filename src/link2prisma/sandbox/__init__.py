"""The sandbox: a Link2Prisma-compatible server on 127.0.0.1, for tests, demos and benchmarks.

Start it from Python::

    from link2prisma.sandbox import Faults, Sandbox

    with Sandbox.start(employers=2, workers_per_employer=50, delay=0.0) as sb:
        client = ...(base_url=sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle)

or from a shell: ``python -m link2prisma.sandbox --port 8443 --data ./sandbox-data`` (prints the
base URL, the certificate files and ``READY <base_url>``; runs until SIGTERM/SIGINT).

What it does like the real service (see ``shared/reference/FACTS.md`` and the manual):

- Mutual TLS 1.2+; the client certificate must be signed by the sandbox's own CA (made on first
  start, kept in the data directory) and its subject names the user (``UID`` and ``CN``).
  ``users.json`` grants each user employers; ``integrator`` may use all, ``outsider`` only the
  first. An unknown user, a missing ``Employer`` header (where the spec asks for it) or an
  employer the user has no rights for: ``403`` with an Error body ``{Message}``.
- Paths under ``/link2prisma.svc``, matched case-insensitively (``/profcat`` = ``/profcats``
  unless ``profcat_spelling`` serves only one). Query parameters an operation does not name are
  ignored, as WCF URI templates do (``GET /worker/1?limit=100&offset=0``).
- Every operation but ``Result`` and ``workerExists`` is queued: ``202`` with the GUID as a JSON
  string, after the request was committed to SQLite. ``GET /Result/{GUID}`` answers the nine
  vendor fields; ``Response`` is JSON text (decode it again), the base64 text of the file for
  ``document/{id}`` (not JSON-quoted), ``""`` for writes, the JSON list of failed lines for
  prestations (``""`` when every line was processed). Statuscodes: see
  :mod:`link2prisma.sandbox.handlers`. A GUID of another user is unknown (404).
- Invalid parameters or bodies: ``400`` with ``Errors: [{Field, Rule}]`` before queueing
  (unknown members where the schema forbids them; the sandbox's own ``x-l2p-format`` checks:
  real dates, INSS and IBAN check digits, see :mod:`link2prisma.sandbox.formats`);
  business-rule violations are accepted and fail in their Result.
- Quirks mode (``quirks=True`` or a :class:`Quirks`, ``--quirks``; off by default): answers as
  rough as WCF/.NET can make them (explicit nulls, a BOM, numeric Statuscodes, WCF's HTML error
  pages, ...), see :mod:`link2prisma.sandbox.quirks`.
- Request bodies are read as JSON whatever the Content-Type (``application/json``, none, or
  ``application/x-www-form-urlencoded``, as real clients send).

Extra endpoints, not in the OpenAPI spec (mutual TLS like the rest, any known user):

- ``GET /link2prisma.svc/_sandbox/stats``: counters since the process started (see
  :class:`~link2prisma.sandbox.faults.Counters`: ``requests_total``,
  ``submits_received_total``, ``submits_received`` per operation, ``submits_accepted``,
  ``rejected_400``, ``forbidden_403``, ``not_found_404``, ``injected_503``,
  ``connections_dropped``, ``handshake_failures``, ``results_served``, ``results_not_found``,
  ``slow_results``, ``worker_exists_served``, ``processed``, ``failed``,
  ``processing_failures_injected``, ``duplicates``), ``results_per_second`` (``Result``
  requests by second of arrival, Unix time: a client's poll budget is checked on it), plus
  ``queue`` (from the database, across
  restarts: ``queued``, ``processing``, ``done``, ``busy_seconds``, ``first_accepted_at``,
  ``last_finished_at``, ``failed_total``) and ``faults`` (the settings).
- ``GET /link2prisma.svc/_sandbox/requests/{GUID}``: one request's state and timings
  (``AcceptedAt``, ``StartedAt``, ``FinishedAt`` as Unix times, ``QueuedSeconds``,
  ``BusySeconds``, ``Attempts``).

Faults: see :class:`Faults` (``out_of_order=True``, ``--out-of-order``: each employer's
requests processed in random order, one at a time). The access log
(``<data_dir>/access.log``) has one line per request: time, user, method, path with national
register and worker numbers masked, status, duration, employer, GUID; never a body.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from .faults import Faults
from .quirks import Quirks
from .routes import ProfcatSpelling
from .runtime import DEFAULT_USER, OUTSIDER, SandboxServer, Settings

if TYPE_CHECKING:
    from link2prisma import Certificate

__all__ = ["DEFAULT_USER", "OUTSIDER", "Faults", "Quirks", "Sandbox", "SandboxError"]

Mode = Literal["process", "thread"]


class SandboxError(RuntimeError):
    """The sandbox could not be started or reached."""


class Sandbox:
    """A running sandbox, in a subprocess (``mode="process"``) or a thread of this process."""

    def __init__(
        self, settings: Settings, mode: Mode, owns_dir: bool, start_timeout: float
    ) -> None:
        self._settings = settings
        self.mode: Mode = mode
        self._owns_dir = owns_dir
        self._start_timeout = start_timeout
        self._server: SandboxServer | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._info: dict[str, Any] = {}
        self._certificates: dict[str, Certificate] = {}

    # --- starting and stopping -----------------------------------------------------------------

    @classmethod
    def start(
        cls,
        *,
        employers: int = 2,
        workers_per_employer: int = 50,
        delay: float = 0.0,
        jitter: float = 0.0,
        processors: int = 2,
        seed: int = 1,
        data_dir: str | os.PathLike[str] | None = None,
        faults: Faults | None = None,
        mode: Mode = "thread",
        port: int = 0,
        start_timeout: float = 60.0,
        access_log_stderr: bool = False,
        quirks: Quirks | bool | None = None,
        profcat_spelling: ProfcatSpelling = "both",
    ) -> Sandbox:
        """Start a sandbox and wait until it serves. ``data_dir=None``: a temporary directory,
        removed by :meth:`stop`.

        ``quirks``: answer as roughly as WCF/.NET can (see :class:`Quirks`); ``True`` is
        ``Quirks.on()``, every quirk. ``profcat_spelling``: serve ``/profcat`` and ``/profcats``
        (``"both"``) or only one of them (``"profcat"``, ``"profcats"``)."""
        if mode not in ("process", "thread"):
            raise ValueError(f"mode must be 'process' or 'thread', not {mode!r}")
        owns = data_dir is None
        directory = Path(tempfile.mkdtemp(prefix="l2p-sandbox-")) if owns else Path(str(data_dir))
        settings = Settings(
            data_dir=directory,
            port=port,
            employers=employers,
            workers_per_employer=workers_per_employer,
            delay=delay,
            jitter=jitter,
            processors=processors,
            seed=seed,
            faults=faults or Faults(),
            access_log_stderr=access_log_stderr,
            quirks=Quirks.on() if quirks is True else (quirks or Quirks()),
            profcat_spelling=profcat_spelling,
        )
        sb = cls(settings, mode, owns, start_timeout)
        try:
            sb._launch()
        except BaseException:
            sb.stop()
            raise
        return sb

    def _argv(self) -> list[str]:
        s = self._settings
        return [
            sys.executable,
            "-m",
            "link2prisma.sandbox",
            "--data",
            str(s.data_dir),
            "--port",
            str(s.port),
            "--employers",
            str(s.employers),
            "--workers-per-employer",
            str(s.workers_per_employer),
            "--delay",
            repr(s.delay),
            "--jitter",
            repr(s.jitter),
            "--processors",
            str(s.processors),
            "--seed",
            str(s.seed),
            *s.faults.to_argv(),
            *s.quirks.to_argv(),
            "--profcat-spelling",
            s.profcat_spelling,
            *(["--access-log-stderr"] if s.access_log_stderr else []),
        ]

    def _launch(self) -> None:
        if self.mode == "thread":
            self._server = SandboxServer(self._settings)
            self._info = self._server.start()
            return
        stderr_path = self._settings.data_dir / "sandbox.stderr"
        self._settings.data_dir.mkdir(parents=True, exist_ok=True)
        with stderr_path.open("ab") as stderr:
            proc = subprocess.Popen(
                self._argv(),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
                bufsize=1,
            )
        self._proc = proc
        lines: queue.Queue[str | None] = queue.Queue()

        def pump() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=pump, name="l2p-sandbox-stdout", daemon=True).start()
        deadline = time.monotonic() + self._start_timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SandboxError(f"the sandbox did not print READY in {self._start_timeout}s")
            try:
                line = lines.get(timeout=remaining)
            except queue.Empty:
                continue
            if line is None:
                detail = stderr_path.read_text("utf-8", "replace")[-2000:]
                raise SandboxError(f"the sandbox exited with {proc.wait(5)}:\n{detail}")
            if line.startswith("READY "):
                break
        self._info = json.loads((self._settings.data_dir / "sandbox.json").read_text("utf-8"))

    def kill(self) -> None:
        """Stop at once, without any cleanup: SIGKILL in process mode (the restart test);
        in thread mode the server and processors are stopped abruptly."""
        self._halt(graceful=False)

    def restart(self) -> None:
        """Start again on the same port and data directory (after :meth:`kill` or :meth:`stop`)."""
        self._halt()
        port = int(self._info.get("port") or self._settings.port or 0)
        self._settings = Settings(**{**self._settings.__dict__, "port": port})
        deadline = time.monotonic() + 10.0
        while True:  # the port may take a moment to be free again
            try:
                self._launch()
                return
            except (OSError, SandboxError):
                if time.monotonic() > deadline:
                    raise
                self._halt()
                time.sleep(0.2)

    def _halt(self, graceful: bool = True) -> None:
        """Stop the process (SIGTERM, then SIGKILL; SIGKILL at once unless ``graceful``) or
        the in-thread server."""
        if self._proc is not None:
            if not graceful:
                self._proc.kill()
                self._proc.wait(10)
            elif self._proc.poll() is None:
                self._proc.send_signal(signal.SIGTERM)
                try:
                    self._proc.wait(15)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait(10)
            self._proc = None
        if self._server is not None:
            self._server.stop()
            self._server = None

    def stop(self) -> None:
        """Stop the sandbox; remove its data directory if it was a temporary one."""
        self._halt()
        if self._owns_dir:
            shutil.rmtree(self._settings.data_dir, ignore_errors=True)
            self._owns_dir = False

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- what it offers ------------------------------------------------------------------------

    @property
    def info(self) -> dict[str, Any]:
        """The contents of ``sandbox.json``."""
        return dict(self._info)

    @property
    def base_url(self) -> str:
        return str(self._info["base_url"])

    @property
    def port(self) -> int:
        return int(self._info["port"])

    @property
    def data_dir(self) -> Path:
        return self._settings.data_dir

    @property
    def ca_bundle(self) -> Path:
        return Path(self._info["ca_bundle"])

    @property
    def employers(self) -> list[str]:
        return [str(e) for e in self._info["employers"]]

    @property
    def users(self) -> list[str]:
        return sorted(self._info["users"])

    def _user(self, user: str | None) -> dict[str, Any]:
        name = user or DEFAULT_USER
        try:
            return dict(self._info["users"][name])
        except KeyError:
            raise KeyError(f"no sandbox user {name!r}; users: {', '.join(self.users)}") from None

    @property
    def pfx_path(self) -> Path:
        return Path(self._user(None)["pfx"])

    @property
    def pfx_password(self) -> str:
        return str(self._user(None)["pfx_password"])

    @property
    def cert_pem_path(self) -> Path:
        return Path(self._user(None)["cert_pem"])

    @property
    def key_pem_path(self) -> Path:
        return Path(self._user(None)["key_pem"])

    def pem_pair(self, user: str | None = None) -> tuple[Path, Path]:
        """(certificate, key) PEM files of ``user`` (default ``integrator``)."""
        u = self._user(user)
        return Path(u["cert_pem"]), Path(u["key_pem"])

    def certificate_for(self, user: str) -> Certificate:
        """``user``'s client certificate as a :class:`link2prisma.Certificate`."""
        if user not in self._certificates:
            from link2prisma import Certificate  # the library's public API, loaded on use

            u = self._user(user)
            self._certificates[user] = Certificate.from_pkcs12(u["pfx"], password=u["pfx_password"])
        return self._certificates[user]

    @property
    def certificate(self) -> Certificate:
        """The default user's (``integrator``) client certificate."""
        return self.certificate_for(DEFAULT_USER)

    def ssl_context(self, user: str | None = None) -> ssl.SSLContext:
        """A client SSL context presenting ``user``'s certificate and trusting the sandbox CA
        (stdlib only, from the PEM pair)."""
        ctx = ssl.create_default_context(cafile=str(self.ca_bundle))
        cert, key = self.pem_pair(user)
        ctx.load_cert_chain(str(cert), str(key))
        return ctx

    def _get(self, path: str) -> Any:
        import httpx

        with httpx.Client(verify=self.ssl_context(), timeout=10.0) as client:
            response = client.get(self.base_url + path)
            response.raise_for_status()
            return response.json()

    def stats(self) -> dict[str, Any]:
        """The sandbox's counters (``GET _sandbox/stats``)."""
        data: dict[str, Any] = self._get("/_sandbox/stats")
        return data

    def request_timings(self, guid: str) -> dict[str, Any]:
        """One request's state and timings (``GET _sandbox/requests/{GUID}``)."""
        data: dict[str, Any] = self._get(f"/_sandbox/requests/{guid}")
        return data

    def __repr__(self) -> str:
        url = self._info.get("base_url", "not started")
        return f"<Sandbox {self.mode} {url}>"
