"""Putting the pieces together: data directory, PKI, database, processors and the TLS server.

The data directory holds:

- ``sandbox.json``: base URL, port, seed, employers, the certificate files of each user and the
  PFX passwords (the sandbox's certificates protect nothing real).
- ``users.json``: user name -> employers it may use. Made on first start: ``integrator`` (all
  employers) and ``outsider`` (the first employer only). Edit it to add users (re-read live);
  a user also needs a certificate, made at the next start.
- ``pki/``: CA, server certificate, per-user PEM pairs and PFX files.
- ``sandbox.db`` (SQLite, WAL): the payroll model and the request queue.
- ``access.log``: one line per request, without personal data.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import link2prisma_resources

from .data import employer_numbers, generate_employer
from .faults import Counters, FaultDice, Faults
from .handlers import Outcome
from .pki import Pki, ensure_pki
from .processor import INJECTED_FAILURE, Processors
from .quirks import Quirks
from .routes import ProfcatSpelling, Router
from .server import PREFIX, AccessLog, App, TLSServer, server_ssl_context
from .store import Store

__all__ = ["DEFAULT_USER", "OUTSIDER", "SandboxServer", "Settings"]

DEFAULT_USER = "integrator"
OUTSIDER = "outsider"
_log = logging.getLogger("link2prisma.sandbox")


@dataclass(frozen=True)
class Settings:
    """How to run a sandbox."""

    data_dir: Path
    port: int = 0
    employers: int = 2
    workers_per_employer: int = 50
    delay: float = 0.0
    jitter: float = 0.0
    processors: int = 2
    seed: int = 1
    faults: Faults = field(default_factory=Faults)
    access_log_stderr: bool = False
    quirks: Quirks = field(default_factory=Quirks)
    #: Which spelling of the professional categories' path is served: "both" (/profcat and
    #: /profcats), "profcat" (the English manual's) or "profcats" (the Dutch manual's).
    profcat_spelling: ProfcatSpelling = "both"


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", "utf-8")
    tmp.replace(path)


class SandboxServer:
    """A running sandbox in this process (server thread + processor threads)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.data_dir = settings.data_dir.resolve()
        self._httpd: TLSServer | None = None
        self._thread: threading.Thread | None = None
        self.store: Store | None = None
        self.processors: Processors | None = None
        self.access_log: AccessLog | None = None
        self.pki: Pki | None = None
        self.info: dict[str, Any] = {}

    # --- start -------------------------------------------------------------------------------

    def start(self) -> dict[str, Any]:
        """Start serving; returns the contents of ``sandbox.json``."""
        s = self.settings
        self.data_dir.mkdir(parents=True, exist_ok=True)
        info_path = self.data_dir / "sandbox.json"
        previous = _read_json(info_path)
        store = Store(self.data_dir / "sandbox.db")
        self.store = store
        if store.meta("seeded") is None:
            employers = employer_numbers(s.employers)
            started = time.monotonic()
            for index in range(s.employers):
                employer, records = generate_employer(s.seed, index, s.workers_per_employer)
                with store.transaction(employer) as tx:
                    for rec in records:
                        tx.put(rec.worker, rec.entity, rec.key, rec.doc)
            store.set_meta("employers", json.dumps(employers))
            store.set_meta("seed", str(s.seed))
            store.set_meta("seeded", "1")
            _log.info("seeded %d employers in %.2fs", s.employers, time.monotonic() - started)
        employers = list(json.loads(store.meta("employers") or "[]"))
        requeued = store.requeue_processing()
        if requeued:
            _log.info("re-queued %d requests left in processing", requeued)
        users_file = self.data_dir / "users.json"
        if not users_file.exists():
            _write_json(users_file, {DEFAULT_USER: employers, OUTSIDER: employers[:1]})
        users = sorted(_read_json(users_file))
        passwords: dict[str, str] = {
            u: str(v.get("pfx_password"))
            for u, v in previous.get("users", {}).items()
            if isinstance(v, dict) and v.get("pfx_password")
        }
        pki = ensure_pki(self.data_dir / "pki", users, passwords)
        self.pki = pki
        dice = FaultDice(s.faults)
        counters = Counters()
        processors = Processors(
            store,
            count=s.processors,
            delay=s.delay,
            jitter=s.jitter,
            failure_rate=s.faults.processing_failure_rate,
            out_of_order=s.faults.out_of_order,
            rng=dice.rng(),
            on_done=lambda req, outcome: _count_done(counters, outcome),
        )
        self.processors = processors
        self.access_log = AccessLog(self.data_dir / "access.log", echo=s.access_log_stderr)
        spec = link2prisma_resources.spec()
        app = App(
            router=Router(spec, s.profcat_spelling),
            store=store,
            users_file=users_file,
            faults=s.faults,
            dice=dice,
            counters=counters,
            processors=processors,
            access_log=self.access_log,
            ssl_context=server_ssl_context(pki.server_cert, pki.server_key, pki.ca_cert),
            quirks=s.quirks,
            spec=spec,
        )
        port = s.port or int(previous.get("port") or 0)
        try:
            httpd = TLSServer(("127.0.0.1", port), app)
        except OSError:
            if s.port:
                raise
            httpd = TLSServer(("127.0.0.1", 0), app)  # the old port is taken: take another
        self._httpd = httpd
        processors.start()
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.2},
            name="l2p-sandbox-http",
            daemon=True,
        )
        self._thread.start()
        actual_port = httpd.server_address[1]
        base_url = f"https://127.0.0.1:{actual_port}{PREFIX}"
        default = pki.clients.get(DEFAULT_USER)
        self.info = {
            "base_url": base_url,
            "port": actual_port,
            "pid": os.getpid(),
            "seed": int(store.meta("seed") or s.seed),
            "employers": employers,
            "ca_bundle": str(pki.ca_cert),
            "users": {
                u: {
                    "employers": _read_json(users_file).get(u, []),
                    "pfx": str(f.pfx),
                    "pfx_password": f.pfx_password,
                    "cert_pem": str(f.cert_pem),
                    "key_pem": str(f.key_pem),
                }
                for u, f in pki.clients.items()
            },
            "default_user": DEFAULT_USER,
            "pfx_path": str(default.pfx) if default else None,
            "pfx_password": default.pfx_password if default else None,
            "cert_pem_path": str(default.cert_pem) if default else None,
            "key_pem_path": str(default.key_pem) if default else None,
            "access_log": str(self.data_dir / "access.log"),
            "database": str(self.data_dir / "sandbox.db"),
        }
        _write_json(info_path, self.info)
        return self.info

    # --- stop --------------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop serving and processing; requests still queued stay queued for the next start."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.close_connections()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(5.0)
            self._thread = None
        if self.processors is not None:
            self.processors.stop()
            self.processors = None
        if self.store is not None:
            self.store.close()
            self.store = None
        if self.access_log is not None:
            self.access_log.close()
            self.access_log = None


def _count_done(counters: Counters, outcome: Outcome) -> None:
    counters.add("processed")
    if outcome.statuscode not in ("200", "201", "204"):
        counters.add("failed")
    if outcome.statuscode == "500":
        injected = (outcome.description or "").startswith(INJECTED_FAILURE)
        counters.add("processing_failures_injected" if injected else "internal_errors")
