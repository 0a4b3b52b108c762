"""The library's logger: ``link2prisma`` and its children, silent unless the application asks.

A library must not print: with a ``NullHandler`` on ``link2prisma``, Python's last-resort handler
(which writes WARNING and above to stderr when nothing is configured) never sees our records. An
application that configures logging (``logging.basicConfig``, the CLI's ``--debug``) sees them
all, as usual.
"""

from __future__ import annotations

import logging

logger = logging.getLogger("link2prisma")
if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
    logger.addHandler(logging.NullHandler())
