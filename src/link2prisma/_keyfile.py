"""Hand a private key to OpenSSL without it ever reaching a disk unencrypted.

:meth:`ssl.SSLContext.load_cert_chain` only reads files. Two ways are used, best first:

* **memfd** (Linux): the certificate chain and the key are written, as PEM, into an anonymous
  in-memory file made by :func:`os.memfd_create`, which OpenSSL reads through
  ``/proc/self/fd/N``. That file has no name in any file system, lives in RAM only and is gone
  when its descriptor is closed, which happens before :func:`load_into` returns.
* **encrypted temporary files** (everywhere else, or when memfd fails): the key is encrypted
  with :class:`~cryptography.hazmat.primitives.serialization.BestAvailableEncryption` under a
  random one-time password that exists only in this process's memory, the certificate chain and
  the encrypted key are written to two private (mode 0600) temporary files, OpenSSL loads them
  with that password, and both files are deleted at once, whatever happens.

Set :data:`USE_MEMFD` to ``False`` (or pass ``use_memfd=False``) to force the second way; the
tests do, so both are tested on Linux.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import ssl
import tempfile

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes

__all__ = ["USE_MEMFD", "load_into"]

#: Use an anonymous memory file where the platform has one. ``False`` forces the fallback.
USE_MEMFD: bool = True

_MEMFD_NAME = "l2p-key"


def load_into(
    ctx: ssl.SSLContext,
    cert_chain_pem: bytes,
    key: PrivateKeyTypes,
    *,
    use_memfd: bool | None = None,
) -> None:
    """Load ``cert_chain_pem`` (leaf first) and ``key`` into ``ctx`` as its client identity.

    ``use_memfd`` overrides :data:`USE_MEMFD` for this call. Errors from OpenSSL while reading
    the certificate or the key (:class:`ssl.SSLError`) are raised as they are; a failure of the
    memfd way itself (no ``memfd_create``, no ``/proc``) silently falls back to encrypted files.
    """
    memfd = USE_MEMFD if use_memfd is None else use_memfd
    if memfd and _load_via_memfd(ctx, cert_chain_pem, key):
        return
    _load_via_encrypted_files(ctx, cert_chain_pem, key)


def _load_via_memfd(ctx: ssl.SSLContext, cert_chain_pem: bytes, key: PrivateKeyTypes) -> bool:
    """Load through an anonymous memory file. Returns ``False`` if memfd cannot be used here."""
    memfd_create = getattr(os, "memfd_create", None)
    if memfd_create is None:
        return False
    try:
        fd: int = memfd_create(_MEMFD_NAME, getattr(os, "MFD_CLOEXEC", 0))
    except OSError:
        return False
    try:
        # Unencrypted is fine here: this memory is never paged to a file system by us, has no
        # name, and is freed when ``fd`` is closed below.
        _write_all(fd, cert_chain_pem)
        _write_all(
            fd,
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
        path = f"/proc/self/fd/{fd}"
        if not os.path.exists(path):  # no /proc mounted
            return False
        try:
            ctx.load_cert_chain(path)
        except ssl.SSLError:
            raise
        except OSError:
            return False
        return True
    finally:
        os.close(fd)


def _load_via_encrypted_files(
    ctx: ssl.SSLContext, cert_chain_pem: bytes, key: PrivateKeyTypes
) -> None:
    """Load through two 0600 temporary files; the key file holds the key encrypted."""
    onetime = secrets.token_bytes(32)
    encrypted_key = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(onetime),
    )
    paths: list[str] = []
    try:
        for content, suffix in ((cert_chain_pem, "-cert.pem"), (encrypted_key, "-key.pem")):
            # NamedTemporaryFile (mkstemp) creates the file with mode 0600 and O_EXCL.
            with tempfile.NamedTemporaryFile(prefix="l2p-", suffix=suffix, delete=False) as f:
                paths.append(f.name)
                os.chmod(f.name, 0o600)
                f.write(content)
        ctx.load_cert_chain(paths[0], paths[1], password=onetime)
    finally:
        for path in paths:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
