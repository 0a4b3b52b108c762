"""The ``link2prisma`` command line (typer + rich).

``app`` is the typer application, ``main()`` the console-script entry point. See docs/cli.md.
"""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
