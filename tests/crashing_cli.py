"""Run the ``link2prisma`` command line and kill it at a chosen durable write (tests only).

``python tests/crashing_cli.py N [--at submitted|written|guid|journalled] -- <cli args>`` runs the CLI with
the ``checkpoint`` method of the export (``WorkerExport``) and of the mirror (``Mirror``)
replaced: at the N-th checkpoint of that kind (default ``submitted``: an operation recorded with
its continuation token) the process exits at once with status 137, ``os._exit``: no cleanup, no
flush, like ``kill -9``. ``--at guid`` replaces the operation journal's ``record_guid`` instead:
the process dies after the server's 202 was read and right before the journal records the GUID
(the window the journal cannot close: see README, "After a crash"); ``--at journalled`` right
after it recorded it (before the application's own record). The product itself has no crash
switch.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from link2prisma.cli import main
from link2prisma.cli.mirror import Mirror
from link2prisma.cli.workers import WorkerExport
from link2prisma.journal import Journal

KILLED = 137


def install(limit: int, at: str = "submitted") -> None:
    """Make the N-th checkpoint of kind ``at`` exit the process at once."""
    count = 0
    if at in ("guid", "journalled"):

        def record_guid(self: object, entry_id: int, guid: str, token: str) -> None:
            nonlocal count
            count += 1
            if count >= limit and at == "guid":
                os._exit(KILLED)
            original(self, entry_id, guid, token)
            if count >= limit:
                os._exit(KILLED)

        original = Journal.record_guid
        Journal.record_guid = record_guid  # type: ignore[method-assign,assignment]
        return

    def checkpoint(self: object, event: str) -> None:
        nonlocal count
        if event != at:
            return
        count += 1
        if count >= limit:
            os._exit(KILLED)

    WorkerExport.checkpoint = checkpoint  # type: ignore[method-assign,assignment]
    Mirror.checkpoint = checkpoint  # type: ignore[method-assign,assignment]


def run(argv: Sequence[str]) -> int:
    args = list(argv)
    if "--" not in args:
        raise SystemExit(
            "usage: crashing_cli.py N [--at submitted|written|guid|journalled] -- <cli args>"
        )
    split = args.index("--")
    own, cli_args = args[:split], args[split + 1 :]
    limit = int(own[0])
    at = own[own.index("--at") + 1] if "--at" in own else "submitted"
    install(limit, at)
    return main(cli_args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
