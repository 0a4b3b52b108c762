"""The ``link2prisma`` command line (typer + rich): the ``cli`` extra.

``app`` is the typer application, ``main()`` the console-script entry point. See docs/cli.md.
Installed without the extra (``pip install link2prisma``), ``main()`` says how to add it and
returns 2; the library itself never imports this package.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

INSTALL_HINT = "The link2prisma command line needs the cli extra: pip install 'link2prisma[cli]'"

try:
    from .app import app, main
except ModuleNotFoundError as exc:
    if (exc.name or "").partition(".")[0] not in {"typer", "rich", "click"}:
        raise

    def main(argv: Sequence[str] | None = None) -> int:
        """Without typer and rich: say how to install them; exit status 2."""
        print(INSTALL_HINT, file=sys.stderr)
        return 2


__all__ = ["INSTALL_HINT", "app", "main"]
