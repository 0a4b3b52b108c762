"""The clients the facade is compared with, written the way existing clients work.

* :func:`werkr_style_call`: what ``django-werkr-api``'s ``link2prisma_service.py`` does for every
  request (``shared/reference/FACTS.md``): read the PFX, convert it into *unencrypted* PEM
  temporary files, build a new TLS context and a new connection, send one request, delete the
  files. No pooling, no timeout. (It writes a plaintext key to disk: that is the point of the
  comparison. Here the files live in a private temporary directory, mode 0700, and are removed
  at once.)
* :class:`FixedPollClient`: submit, sleep a fixed interval (2 s), read ``Result``, repeat until
  processed: how BrynQ v1 and werkr wait. It keeps one pooled ``httpx.Client`` so that only the
  waiting differs from the facade.
* :func:`sequential_export`: page by page with fixed polling, each page submitted only after the
  previous one came back.
"""

from __future__ import annotations

import json
import os
import shutil
import ssl
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

#: Statuscodes of a processed request (``204``: processed, no data).
DONE = frozenset({"200", "201", "204"})
#: Still queued or processing.
PENDING = frozenset({"202", "302"})


class BaselineError(RuntimeError):
    """A baseline request did not give what it should (the benchmark is then wrong)."""


def werkr_style_call(
    base_url: str,
    pfx_path: Path,
    pfx_password: str,
    ca_bundle: Path,
    path: str,
    headers: dict[str, str],
) -> Any:
    """One GET the werkr way: PFX -> plaintext PEM temp files -> new context and connection."""
    private_dir = tempfile.mkdtemp(prefix="werkr-style-")  # mode 0700
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(
            Path(pfx_path).read_bytes(), pfx_password.encode()
        )
        if key is None or cert is None:
            raise BaselineError("the PFX holds no key or no certificate")
        cert_file = os.path.join(private_dir, "cert.pem")
        key_file = os.path.join(private_dir, "key.pem")
        with open(cert_file, "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
            for c in extra or ():
                f.write(c.public_bytes(serialization.Encoding.PEM))
        with open(key_file, "wb") as f:
            f.write(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.TraditionalOpenSSL,
                    serialization.NoEncryption(),
                )
            )
        ctx = ssl.create_default_context(cafile=str(ca_bundle))
        ctx.load_cert_chain(cert_file, key_file)
        with httpx.Client(verify=ctx, timeout=None) as client:  # werkr sets no timeout
            response = client.get(base_url.rstrip("/") + "/" + path.lstrip("/"), headers=headers)
        if response.status_code != 200:
            raise BaselineError(f"werkr-style GET {path}: HTTP {response.status_code}")
        return response.json()
    finally:
        shutil.rmtree(private_dir, ignore_errors=True)


@dataclass
class Waited:
    """One operation waited by a baseline."""

    guid: str
    polls: int
    value: Any


class FixedPollClient:
    """Submit, then ``sleep(interval)`` and read ``Result`` until processed (bounded)."""

    def __init__(
        self,
        base_url: str,
        context: ssl.SSLContext,
        *,
        interval: float = 2.0,
        timeout: float = 300.0,
        pool_size: int = 10,
    ) -> None:
        self.interval = interval
        self.timeout = timeout
        self.http = httpx.Client(
            base_url=base_url.rstrip("/") + "/",
            verify=context,
            timeout=30.0,
            limits=httpx.Limits(max_connections=pool_size, max_keepalive_connections=pool_size),
        )

    def submit(self, path: str, employer: str, params: dict[str, Any] | None = None) -> str:
        response = self.http.get(path.lstrip("/"), params=params, headers={"Employer": employer})
        if response.status_code != 202:
            raise BaselineError(f"submit {path}: HTTP {response.status_code}")
        guid = response.json()
        if not isinstance(guid, str):
            raise BaselineError(f"submit {path}: no GUID in {response.text[:80]!r}")
        return guid

    def wait(self, guid: str) -> Waited:
        deadline = time.monotonic() + self.timeout
        polls = 0
        while time.monotonic() < deadline:
            time.sleep(self.interval)
            response = self.http.get(f"Result/{guid}")
            polls += 1
            if response.status_code != 200:
                raise BaselineError(f"Result/{guid}: HTTP {response.status_code}")
            result = response.json()
            code = str(result.get("Statuscode"))
            if code in PENDING:
                continue
            if code not in DONE:
                raise BaselineError(f"Result/{guid}: Statuscode {code}")
            text = result.get("Response")
            return Waited(guid, polls, json.loads(text) if text else None)
        raise BaselineError(f"{guid} not processed after {self.timeout}s")

    def get(self, path: str, employer: str, params: dict[str, Any] | None = None) -> Waited:
        return self.wait(self.submit(path, employer, params))

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> FixedPollClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sequential_export(
    client: FixedPollClient, employer: str, page_size: int = 100, max_pages: int = 10_000
) -> int:
    """Every worker, page by page, each page waited with fixed polling; how many."""
    count = 0
    for page in range(max_pages):
        items = client.get("worker", employer, {"limit": page_size, "offset": page * page_size})
        rows = items.value or []
        if not isinstance(rows, list):
            raise BaselineError("a worker page is not a list")
        count += len(rows)
        if len(rows) < page_size:
            return count
    raise BaselineError(f"more than {max_pages} pages")
