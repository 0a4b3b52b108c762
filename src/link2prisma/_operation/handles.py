"""The operation handles: a queued call's GUID, resolved into its typed value by polling ``Result``.

Modelled on azure-core's ``LROPoller``: ``status()``, ``done()``, ``result(timeout)`` and a
continuation token to resume in another process. :class:`_OperationState` is the sans-IO state
machine (what an envelope means, what to decode, when to poll next, which error to raise); the
sync and async handles only fetch envelopes and sleep. Every error raised once the GUID exists
carries the operation's continuation token (``error.continuation_token``).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._exceptions import Link2PrismaError, OperationTimeout
from .._spec import OperationSpec
from .decode import Envelope, decode
from .schedule import PollSchedule
from .status import OperationStatus
from .token import encode_token

if TYPE_CHECKING:
    from .._core import AsyncCore, SyncCore

T = TypeVar("T")
log = logging.getLogger(__name__)


class _OperationState(Generic[T]):
    """What the sync and async handles share: identity, the last envelope and the outcome."""

    __slots__ = (
        "_done",
        "_envelope",
        "_error",
        "_poll_error",
        "_value",
        "employer",
        "guid",
        "schedule",
        "spec",
    )

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
        # A poll that failed (transport error, unexpected answer) while the poller polled for
        # a waiter: raised once by the next result(), which polls again after it.
        self._poll_error: Exception | None = None

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
        return encode_token(self.guid, self.operation_id, self.employer)

    @contextlib.contextmanager
    def _token_on_errors(self) -> Iterator[None]:
        """Attach this operation's continuation token to any error raised inside."""
        try:
            yield
        except Link2PrismaError as exc:
            exc.continuation_token = self.continuation_token()
            raise

    def _absorb(self, envelope: Envelope, retry_after: float | None) -> None:
        """Take in a polled envelope; once it is final, decode the value (or keep the error)."""
        self.schedule.polled(retry_after)
        self._envelope = envelope
        if envelope.status.terminal:
            try:
                with self._token_on_errors():
                    self._value = decode(envelope, self.spec, self.guid, self.employer)
            except Link2PrismaError as exc:  # failed Statuscode or undecodable Response
                self._error = exc
            self._done = True
            log.debug("%s %s finished: %s", self.operation_id, self.guid, envelope.statuscode)

    def _last_status(self) -> OperationStatus:
        assert self._envelope is not None
        return self._envelope.status

    def _deadline(self, timeout: float | None, policy_deadline: float) -> float:
        return time.monotonic() + (policy_deadline if timeout is None else timeout)

    def _timeout_error(self, waited: float, prefix: str = "") -> OperationTimeout:
        return OperationTimeout(
            f"{prefix}not finished after {waited:.1f}s (last Statuscode {self.statuscode}); "
            "resume it later with its continuation token",
            guid=self.guid,
            operation=self.operation_id,
            employer=self.employer,
            continuation_token=self.continuation_token(),
        )

    def _raise_poll_error(self) -> None:
        """Raise (once) the error of the last poll the poller made for a waiter."""
        error, self._poll_error = self._poll_error, None
        if error is not None:
            raise error

    def _outcome(self) -> T:
        if self._error is not None:
            raise self._error
        value: T = self._value
        return value

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
            self._core.poller.spend()  # within the client's poll budget
            with self._token_on_errors():
                self._absorb(*self._core.fetch_envelope(self.guid))
        return self._last_status()

    def done(self) -> bool:
        """Whether the operation is finished (polls once if it was not)."""
        return self._done or self.status().terminal

    def result(self, timeout: float | None = None) -> T:
        """Wait until the operation is processed and return its typed result.

        Raises :class:`OperationFailed` when the secretariat answered an error Statuscode and
        :class:`OperationTimeout` after ``timeout`` seconds (default: the client's deadline),
        a hard bound: the client's poller polls (see :mod:`.poller`), this thread only waits.
        """
        self._raise_poll_error()
        started = time.monotonic()
        deadline = self._deadline(timeout, self._core.poll_policy.deadline)
        if not self._done:
            if not self._core.poller.wait_one(self, deadline):
                raise self._timeout_error(time.monotonic() - started)
            self._raise_poll_error()
        return self._outcome()

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
            await self._core.poller.spend()  # within the client's poll budget
            with self._token_on_errors():
                self._absorb(*await self._core.fetch_envelope(self.guid))
        return self._last_status()

    async def done(self) -> bool:
        return self._done or (await self.status()).terminal

    async def result(self, timeout: float | None = None) -> T:
        """Wait until the operation is processed and return its typed result (hard timeout)."""
        self._raise_poll_error()
        started = time.monotonic()
        deadline = self._deadline(timeout, self._core.poll_policy.deadline)
        if not self._done:
            if not await self._core.poller.wait_one(self, deadline):
                raise self._timeout_error(time.monotonic() - started)
            self._raise_poll_error()
        return self._outcome()

    async def wait(self, timeout: float | None = None) -> None:
        await self.result(timeout)
