"""Proposed facade changes, tried from the benchmark without editing the facade.

Each function patches *one client instance* (never the class) and returns False when the
facade's internals no longer look the way the patch expects (then the experiment is skipped).
"""

from __future__ import annotations

import types
from typing import Any

import httpx

from link2prisma import Link2Prisma
from link2prisma import _transport as transport


def _fast_send(self: Any, call: Any) -> httpx.Response:
    """``SyncSender.send`` with the first attempt made directly: stamina's retry context (a
    tenacity ``Retrying`` per call) is only built after a first attempt that may be retried."""
    try:
        with self._slots:
            response = self.http.send(transport.build_request(self.http, call))
        if not transport.should_raise_retryable(call, response):
            first: httpx.Response = response
            return first
    except httpx.HTTPError as exc:
        if not transport.retry_hook(call)(exc):
            raise transport.transport_error(call, exc) from exc
    result: httpx.Response = transport.SyncSender.send(self, call)  # the retry loop as today
    return result


def first_attempt_outside_stamina(client: Link2Prisma) -> bool:
    """Patch ``client`` so that a request's first attempt skips stamina (proposal P1)."""
    sender = getattr(getattr(client, "_core", None), "sender", None)
    if not isinstance(sender, transport.SyncSender) or not hasattr(sender, "_slots"):
        return False
    needed = ("build_request", "should_raise_retryable", "retry_hook", "transport_error")
    if not all(hasattr(transport, name) for name in needed):
        return False
    sender.send = types.MethodType(_fast_send, sender)  # type: ignore[method-assign]
    return True
