"""Operations: a queued call's GUID, resolved into its typed result by polling ``Result``.

Modelled on azure-core's ``LROPoller``: ``status()``, ``done()``, ``result(timeout)`` and a
continuation token to resume in another process. The state machine (what a Result means, what
to decode, when to poll next) is shared; only the waiting differs between sync and async.
"""

from __future__ import annotations

import json
import logging
import time
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._exceptions import ConfigurationError, Link2PrismaError, OperationTimeout
from ._polling import PollSchedule
from ._result import Envelope, OperationStatus, decode
from ._spec import OperationSpec

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore

T = TypeVar("T")
log = logging.getLogger(__name__)
TOKEN_VERSION = 1


class _OperationState(Generic[T]):
    """What the sync and async operations share: identity, last status and decoded value."""

    __slots__ = ("_done", "_envelope", "_error", "_value", "employer", "guid", "schedule", "spec")

    def __init__(
        self, spec: OperationSpec, guid: str, employer: str | None, schedule: PollSchedule
    ) -> None:
        self.spec = spec
        self.guid = guid
        self.employer = employer
        self.schedule = schedule
        self._envelope: Envelope | None = None
        self._done = False
        self._value: Any = None
        self._error: Link2PrismaError | None = None

    @property
    def operation_id(self) -> str:
        return self.spec.operation_id

    @property
    def last_status(self) -> OperationStatus | None:
        """The status seen at the last poll, without polling."""
        return self._envelope.status if self._envelope else None

    @property
    def statuscode(self) -> str | None:
        """The raw ``Statuscode`` of the last poll."""
        return self._envelope.statuscode if self._envelope else None

    def continuation_token(self) -> str:
        """A small versioned JSON string to resume this operation, in this or another process."""
        return json.dumps(
            {
                "v": TOKEN_VERSION,
                "guid": self.guid,
                "op": self.operation_id,
                "employer": self.employer,
            },
            separators=(",", ":"),
        )

    def _absorb(self, envelope: Envelope) -> bool:
        """Take in a polled Result; True once the operation is finished (value decoded)."""
        self._envelope = envelope
        if not envelope.status.terminal:
            return False
        try:
            self._value = decode(envelope, self.spec, self.guid, self.employer)
        except Link2PrismaError as exc:  # failed Statuscode or undecodable Response
            self._error = exc
        self._done = True
        log.debug("%s %s finished: %s", self.operation_id, self.guid, envelope.statuscode)
        return True

    def _timeout(self, waited: float) -> OperationTimeout:
        return OperationTimeout(
            f"not finished after {waited:.1f}s (last Statuscode {self.statuscode}); "
            "resume it later with its continuation token",
            guid=self.guid,
            operation=self.operation_id,
            employer=self.employer,
        )

    def _sleep_before_next(self, deadline: float) -> float | None:
        """Seconds to sleep before the next poll, or None when the deadline has passed."""
        now = time.monotonic()
        if now >= deadline:
            return None
        return min(self.schedule.next_delay(now), deadline - now)

    def __repr__(self) -> str:
        status = self.last_status.value if self.last_status else "submitted"
        return f"<{type(self).__name__} {self.operation_id} {self.guid} {status}>"


class Operation(_OperationState[T]):
    """A queued call. ``result()`` waits for it and returns its decoded value."""

    __slots__ = ("_core",)

    def __init__(
        self,
        core: SyncCore,
        spec: OperationSpec,
        guid: str,
        employer: str | None,
        schedule: PollSchedule,
    ) -> None:
        super().__init__(spec, guid, employer, schedule)
        self._core = core

    def status(self) -> OperationStatus:
        """Poll ``Result`` once (unless finished) and return where the operation stands.

        A failed operation answers ``FAILED`` here; ``result()`` raises its error.
        """
        if not self._done:
            envelope, retry_after = self._core.poll(self.guid)
            self.schedule.polled(retry_after)
            self._absorb(envelope)
        assert self._envelope is not None
        return self._envelope.status

    def done(self) -> bool:
        """Whether the operation is finished (polls once if it was not)."""
        return self._done or self.status().terminal

    def result(self, timeout: float | None = None) -> T:
        """Wait until the operation is processed and return its typed result.

        Raises :class:`OperationFailed` when the secretariat answered an error Statuscode and
        :class:`OperationTimeout` after ``timeout`` seconds (default: the client's deadline).
        """
        started = time.monotonic()
        deadline = started + (self._core.poll_policy.deadline if timeout is None else timeout)
        while not self._done:
            delay = self._sleep_before_next(deadline)
            if delay is None:
                raise self._timeout(time.monotonic() - started)
            if delay:
                time.sleep(delay)
            self.status()
        if self._error is not None:
            raise self._error
        value: T = self._value
        return value

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the operation to finish, raising like ``result()``."""
        self.result(timeout)


class AsyncOperation(_OperationState[T]):
    """The asyncio twin of :class:`Operation`: ``await op.result()``."""

    __slots__ = ("_core",)

    def __init__(
        self,
        core: AsyncCore,
        spec: OperationSpec,
        guid: str,
        employer: str | None,
        schedule: PollSchedule,
    ) -> None:
        super().__init__(spec, guid, employer, schedule)
        self._core = core

    async def status(self) -> OperationStatus:
        """Poll ``Result`` once (unless finished) and return where the operation stands."""
        if not self._done:
            envelope, retry_after = await self._core.poll(self.guid)
            self.schedule.polled(retry_after)
            self._absorb(envelope)
        assert self._envelope is not None
        return self._envelope.status

    async def done(self) -> bool:
        return self._done or (await self.status()).terminal

    async def result(self, timeout: float | None = None) -> T:
        """Wait until the operation is processed and return its typed result."""
        import asyncio

        started = time.monotonic()
        deadline = started + (self._core.poll_policy.deadline if timeout is None else timeout)
        while not self._done:
            delay = self._sleep_before_next(deadline)
            if delay is None:
                raise self._timeout(time.monotonic() - started)
            if delay:
                await asyncio.sleep(delay)
            await self.status()
        if self._error is not None:
            raise self._error
        value: T = self._value
        return value

    async def wait(self, timeout: float | None = None) -> None:
        await self.result(timeout)


def parse_token(token: str) -> tuple[str, str, str | None]:
    """(guid, operation id, employer) of a continuation token."""
    try:
        data = json.loads(token)
        if not isinstance(data, dict) or data.get("v") != TOKEN_VERSION:
            raise ValueError
        guid, op, employer = data["guid"], data["op"], data.get("employer")
        if not isinstance(guid, str) or not isinstance(op, str):
            raise ValueError
    except (ValueError, KeyError, TypeError):
        raise ConfigurationError(
            f"not a link2prisma continuation token (version {TOKEN_VERSION} expected)"
        ) from None
    return guid, op, employer if isinstance(employer, str) else None
