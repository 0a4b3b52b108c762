"""What the CLI's applications (``workers export``, ``sync``) share about the files they write.

The files hold personal data (national register numbers, addresses, family statuses): they
are created owner-only (``0600``) whatever the umask, and SQLite creates a database's ``-wal``
and ``-shm`` files with the database's own mode. A file that already exists keeps the mode its
owner gave it.

:data:`Checkpoint` names the durable writes an application announces through its
``checkpoint`` method (a no-op): ``"submitted"`` once a submitted operation has been recorded
(its continuation token is on disk), ``"written"`` once a result has been applied. The tests
replace the method to kill the process at a chosen point (``tests/crashing_cli.py``); the
product has no crash switch.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, Literal

from link2prisma import (
    HTTPStatusError,
    OperationTimeout,
    RateLimitError,
    ServerError,
    TransportError,
)

from .output import EXIT_USAGE, CliError

__all__ = [
    "OWNER_ONLY",
    "Checkpoint",
    "check_output_path",
    "create_owner_only",
    "is_resumable",
    "open_owner_only",
]

OWNER_ONLY = 0o600
Checkpoint = Literal["submitted", "written"]


def open_owner_only(path: Path, *, truncate: bool = False) -> BinaryIO:
    """``path`` opened for reading and writing (created ``0600`` if it does not exist)."""
    flags = os.O_RDWR | os.O_CREAT | (os.O_TRUNC if truncate else 0)
    return os.fdopen(os.open(path, flags, OWNER_ONLY), "r+b")


def create_owner_only(path: Path) -> None:
    """Create ``path`` empty and owner-only if it does not exist (an existing file is kept)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, OWNER_ONLY))


def check_output_path(path: Path, option: str) -> None:
    """Refuse, before anything is asked of the service, an output path that cannot be written:
    its folder does not exist or is not a folder, or the path is a folder.

    Raises :class:`~link2prisma.cli.output.CliError` (a usage error, exit 2) naming ``option``.
    """
    folder = path.parent
    if path.is_dir():
        raise CliError(f"{option} {path}: is a folder; give a file name", EXIT_USAGE)
    if not folder.exists():
        raise CliError(
            f"{option} {path}: the folder {folder} does not exist (create it first); "
            "nothing was fetched",
            EXIT_USAGE,
        )
    if not folder.is_dir():
        raise CliError(f"{option} {path}: {folder} is not a folder", EXIT_USAGE)


def is_resumable(exc: BaseException) -> bool:
    """Whether running the same command again may get further after ``exc``: an interruption,
    a timeout, a lost connection, an overloaded server; not a refusal (403, 400 ...), a failed
    operation or a usage error, after which an application removes what would block the
    corrected command."""
    if isinstance(exc, (KeyboardInterrupt, SystemExit, OperationTimeout, TransportError)):
        return True
    if isinstance(exc, (RateLimitError, ServerError)):
        return True
    if isinstance(exc, HTTPStatusError):
        return False
    return isinstance(exc, (TimeoutError, ConnectionError))
