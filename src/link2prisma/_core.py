"""The client core: prepare, send, read the answer. One class per I/O flavour, one logic.

Everything that is not waiting on the network (checking a call, reading a GUID or a Result,
choosing the error) lives in pure functions shared by :class:`SyncCore` and :class:`AsyncCore`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from link2prisma_resources._table import OPERATIONS

from ._exceptions import ApiError, ConfigurationError, UnexpectedResponseError
from ._operation.decode import (
    RESULT_OPERATION,
    Envelope,
    build_model,
    load_json,
    parse_envelope,
    parse_guid,
    result_record,
)
from ._operation.handles import AsyncOperation, Operation
from ._operation.poller import AsyncPoller, SyncPoller
from ._operation.schedule import PollPolicy, PollSchedule
from ._redact import excerpt
from ._request import DEFAULT_MAX_BODY_SIZE, NO_BODY, PreparedCall, prepare
from ._retry import (
    DEFAULT_MAX_ANSWER_SIZE,
    AsyncSender,
    RetryPolicy,
    SyncSender,
    parse_retry_after,
)
from ._spec import OperationSpec
from ._transport import endpoint_not_found, service_not_found, status_error

if TYPE_CHECKING:
    from .certificate import CertificateInfo

if TYPE_CHECKING:
    from .journal import Journal

log = logging.getLogger(__name__)

PATH_SPELLINGS: tuple[tuple[str, ...], ...] = (("/profcats", "/profcat"),)
"""Routes that deployments spell differently: each entry lists the spellings of one path prefix.

The Dutch manual (and the spec) writes ``/profcats``, the English manual and BrynQ's production
client ``/profcat``. When a deployment answers a 404 "Endpoint not found" (WCF's page, or any
404 whose body says so: the route does not exist, so nothing was queued) to one spelling, the
client tries the next spelling of the entry once, and the client (sync or async) remembers the
spelling that answered for its later calls. Add an entry here for any other such route.
"""


def _spellings(path: str) -> tuple[str, tuple[str, ...]] | None:
    """(the prefix ``path`` starts with, its entry) when ``path`` has other spellings."""
    for entry in PATH_SPELLINGS:
        for prefix in entry:
            if path == prefix or path.startswith(prefix + "/") or path.startswith(prefix + "?"):
                return prefix, entry
    return None


def _respelled(call: PreparedCall, old: str, new: str) -> PreparedCall:
    return dataclasses.replace(
        call,
        path=new + call.path[len(old) :],
        shown_path=new + call.shown_path[len(old) :]
        if call.shown_path.startswith(old)
        else call.shown_path,
    )


def operations() -> Mapping[str, OperationSpec]:
    """Every operation of the spec, by operation id (the generated table)."""
    return OPERATIONS


def _journaled(
    journal: Journal | None, call: PreparedCall, values: Mapping[str, object]
) -> contextlib.AbstractContextManager[Callable[[str], None]]:
    """The journal's bracket around one send (``link2prisma.journal``, loaded only when used)."""
    if journal is None:
        return contextlib.nullcontext(lambda guid: None)
    from .journal import journaled

    return journaled(journal, call, values)


def _unreadable(
    message: str, call: PreparedCall, response: httpx.Response, *, accepted: bool = False
) -> ApiError:
    """An answer this client cannot read, with the exchange's context (redacted)."""
    return UnexpectedResponseError(
        message,
        accepted=accepted,
        method=call.method,
        path=call.shown_path,
        status=response.status_code,
        operation=call.spec.operation_id,
        employer=call.employer,
        body=excerpt(response.content),
    )


class _CoreBase:
    """Configuration and the pure steps shared by both flavours."""

    def __init__(
        self,
        *,
        poll_policy: PollPolicy,
        retry_policy: RetryPolicy,
        content_type: str | None,
        validate: bool,
        journal: Journal | None = None,
        max_answer_size: int = DEFAULT_MAX_ANSWER_SIZE,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        certificate: CertificateInfo | None = None,
    ) -> None:
        self.journal = journal  # records writes before sending and their GUIDs (opt-in)
        self.poll_policy = poll_policy
        self.retry_policy = retry_policy
        self.content_type = content_type
        self.validate = validate
        self.max_answer_size = max_answer_size
        self.max_body_size = max_body_size
        self.certificate = certificate
        # The spelling that answered, per PATH_SPELLINGS entry (see there).
        self._spelling: dict[tuple[str, ...], str] = {}

    def _spelled(self, call: PreparedCall) -> PreparedCall:
        """The call with the spelling this client saw answer (unchanged for other paths)."""
        found = _spellings(call.path)
        if found is None:
            return call
        prefix, entry = found
        chosen = self._spelling.get(entry, prefix)
        return call if chosen == prefix else _respelled(call, prefix, chosen)

    def _other_spelling(self, call: PreparedCall, response: httpx.Response) -> PreparedCall | None:
        """The call spelled the next way, when its route was not found and has another spelling."""
        if response.status_code != 404 or not endpoint_not_found(response):
            return None
        found = _spellings(call.path)
        if found is None:
            return None
        prefix, entry = found
        other = entry[(entry.index(prefix) + 1) % len(entry)]
        log.info("%s: %s not found, trying %s", call.spec.operation_id, prefix, other)
        return _respelled(call, prefix, other)

    def _check_base_url(self, call: PreparedCall, response: httpx.Response) -> None:
        """Raise :class:`ServiceNotFoundError` when a 404 shows the base URL misses the service."""
        wrong = service_not_found(call, response, self._base_url())
        if wrong is not None:
            raise wrong

    def _base_url(self) -> httpx.URL:
        raise NotImplementedError

    def _answered(self, call: PreparedCall, response: httpx.Response) -> None:
        """Remember the spelling of a call whose route was found."""
        found = _spellings(call.path)
        if found is not None and not endpoint_not_found(response):
            self._spelling[found[1]] = found[0]

    def _prepare(
        self,
        spec: OperationSpec,
        employer: str | None,
        values: Mapping[str, object],
        body: object = NO_BODY,
    ) -> PreparedCall:
        return prepare(
            spec,
            employer,
            values,
            body,
            content_type=self.content_type,
            validate=self.validate,
            max_body_size=self.max_body_size,
        )

    def _poll_call(self, guid: str) -> PreparedCall:
        return self._prepare(operations()[RESULT_OPERATION], None, {"GUID": guid})

    def _queued_guid(self, call: PreparedCall, response: httpx.Response) -> str:
        if response.status_code not in (200, 201, 202):
            raise status_error(call, response)
        try:
            guid = parse_guid(response.content)
        except UnexpectedResponseError:
            status = response.status_code
            if call.spec.is_write:
                what = (
                    f"the server accepted the request (HTTP {status}) but its answer holds no "
                    "GUID: it may be queued, so it was not sent again; check before resending"
                )
            else:
                what = f"the queued call's answer holds no GUID (HTTP {status}, accepted)"
            raise _unreadable(what, call, response, accepted=True) from None
        log.info("queued %s as %s", call.spec.operation_id, guid)
        return guid

    def _read_envelope(
        self, call: PreparedCall, guid: str, response: httpx.Response
    ) -> tuple[Envelope, float | None]:
        if response.status_code != 200:
            error = status_error(call, response)
            error.guid = guid
            raise error
        envelope = parse_envelope(response.content, guid)
        if self.journal is not None and envelope.status.terminal:
            self.journal.record_outcome(guid, envelope.status, envelope.statuscode)
        return envelope, parse_retry_after(response.headers.get("Retry-After"))

    def _immediate_value(self, call: PreparedCall, response: httpx.Response) -> Any:
        """The value of an operation answered at once (``spec.immediate``)."""
        if response.status_code != 200:
            raise status_error(call, response)
        try:
            data = load_json(response.content)
            if call.spec.operation_id == RESULT_OPERATION and isinstance(data, dict):
                return result_record(call.spec, data)
            assert call.spec.result is not None
            return build_model(call.spec.result, data, call.spec.operation_id)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            # Not chained: the cause's text or attributes (a JSONDecodeError's ``doc``) may hold
            # the answer's personal data; its type is named instead.
            what = f"cannot read the answer of {call.spec.operation_id}: {type(exc).__name__}"
            raise _unreadable(what, call, response) from None

    def _schedule(self, resumed: bool = False) -> PollSchedule:
        now = time.monotonic()
        # A resumed operation was submitted long ago: its first poll is due at once.
        return PollSchedule(
            self.poll_policy, submitted=now - self.poll_policy.first if resumed else now
        )

    @staticmethod
    def _load_refusal(response: httpx.Response) -> float | bool | None:
        """A ``Result`` answered 429 or 503: the server's Retry-After (None if none); False for
        any other answer. Seen on every attempt, the sender's resends included."""
        if response.status_code not in (429, 503):
            return False
        if "/result/" not in response.request.url.path.lower():
            return False
        return parse_retry_after(response.headers.get("Retry-After"))

    @staticmethod
    def _spec(operation_id: str) -> OperationSpec:
        try:
            return operations()[operation_id]
        except KeyError:
            raise ConfigurationError(f"unknown operation {operation_id!r}") from None


class SyncCore(_CoreBase):
    """The synchronous core over one ``httpx.Client``."""

    def __init__(self, http: httpx.Client, *, pool_size: int, **config: Any) -> None:
        super().__init__(**config)
        self.http = http
        self.sender = SyncSender(
            http,
            self.retry_policy,
            pool_size,
            max_answer_size=self.max_answer_size,
            certificate=self.certificate,
        )
        # One poller for every operation of the client (the poll budget); a few threads at most.
        self.poller = SyncPoller(self, workers=min(4, pool_size))
        hooks = http.event_hooks
        hooks["response"] = [*hooks.get("response", []), self._on_response]
        http.event_hooks = hooks

    def _on_response(self, response: httpx.Response) -> None:
        refusal = self._load_refusal(response)
        if refusal is not False:
            self.poller.throttled(refusal or None)

    def _base_url(self) -> httpx.URL:
        return self.http.base_url

    def _send(self, call: PreparedCall) -> tuple[PreparedCall, httpx.Response]:
        """Send, trying a route's other spelling once when it was not found (PATH_SPELLINGS)."""
        call = self._spelled(call)
        response = self.sender.send(call)
        self._check_base_url(call, response)
        other = self._other_spelling(call, response)
        if other is None:
            return call, response
        second = self.sender.send(other)
        if endpoint_not_found(second):
            return call, response
        self._answered(other, second)
        return other, second

    def submit(
        self, spec: OperationSpec, employer: str | None, values: Mapping[str, object], body: object
    ) -> Operation[Any]:
        call = self._prepare(spec, employer, values, body)
        with _journaled(self.journal, call, values) as record:
            call, response = self._send(call)
            guid = self._queued_guid(call, response)
            record(guid)
        return Operation(self, spec, guid, employer, self._schedule())

    def call(self, spec: OperationSpec, employer: str | None, values: Mapping[str, object]) -> Any:
        call, response = self._send(self._prepare(spec, employer, values))
        return self._immediate_value(call, response)

    def fetch_envelope(
        self, guid: str, deadline: float | None = None
    ) -> tuple[Envelope, float | None]:
        """``GET /Result/{GUID}`` once: the envelope and the server's Retry-After, if any.

        ``deadline`` (monotonic): the waiters' latest; no resend waits past it."""
        call = self._poll_call(guid)
        return self._read_envelope(call, guid, self.sender.send(call, deadline=deadline))

    def operation(self, guid: str, operation_id: str, employer: str | None) -> Operation[Any]:
        return Operation(self, self._spec(operation_id), guid, employer, self._schedule(True))


class AsyncCore(_CoreBase):
    """The asyncio core over one ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, *, pool_size: int, **config: Any) -> None:
        super().__init__(**config)
        self.http = http
        self.sender = AsyncSender(
            http,
            self.retry_policy,
            pool_size,
            max_answer_size=self.max_answer_size,
            certificate=self.certificate,
        )
        # One poller task per client: every operation of the client is polled through it.
        self.poller = AsyncPoller(self, workers=pool_size)
        hooks = http.event_hooks
        hooks["response"] = [*hooks.get("response", []), self._on_response]
        http.event_hooks = hooks

    async def _on_response(self, response: httpx.Response) -> None:
        refusal = self._load_refusal(response)
        if refusal is not False:
            self.poller.throttled(refusal or None)

    def _base_url(self) -> httpx.URL:
        return self.http.base_url

    async def _send(self, call: PreparedCall) -> tuple[PreparedCall, httpx.Response]:
        """Send, trying a route's other spelling once when it was not found (PATH_SPELLINGS)."""
        call = self._spelled(call)
        response = await self.sender.send(call)
        self._check_base_url(call, response)
        other = self._other_spelling(call, response)
        if other is None:
            return call, response
        second = await self.sender.send(other)
        if endpoint_not_found(second):
            return call, response
        self._answered(other, second)
        return other, second

    async def submit(
        self, spec: OperationSpec, employer: str | None, values: Mapping[str, object], body: object
    ) -> AsyncOperation[Any]:
        call = self._prepare(spec, employer, values, body)
        with _journaled(self.journal, call, values) as record:
            call, response = await self._send(call)
            guid = self._queued_guid(call, response)
            record(guid)
        return AsyncOperation(self, spec, guid, employer, self._schedule())

    async def call(
        self, spec: OperationSpec, employer: str | None, values: Mapping[str, object]
    ) -> Any:
        call, response = await self._send(self._prepare(spec, employer, values))
        return self._immediate_value(call, response)

    async def fetch_envelope(
        self, guid: str, deadline: float | None = None
    ) -> tuple[Envelope, float | None]:
        call = self._poll_call(guid)
        return self._read_envelope(call, guid, await self.sender.send(call, deadline=deadline))

    def operation(self, guid: str, operation_id: str, employer: str | None) -> AsyncOperation[Any]:
        return AsyncOperation(self, self._spec(operation_id), guid, employer, self._schedule(True))
