"""The client core: prepare, send, read the answer. One class per I/O flavour, one logic.

Everything that is not waiting on the network (checking a call, reading a GUID or a Result,
choosing the error) lives in pure functions shared by :class:`SyncCore` and :class:`AsyncCore`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx

from ._exceptions import ApiError, ConfigurationError, UnexpectedResponseError
from ._operation import AsyncOperation, Operation
from ._polling import PollPolicy, PollSchedule, parse_retry_after
from ._redact import excerpt
from ._request import NO_BODY, PreparedCall, prepare
from ._result import (
    RESULT_FIELDS,
    Envelope,
    build_model,
    load_json,
    parse_envelope,
    parse_guid,
)
from ._spec import OperationSpec
from ._transport import AsyncSender, RetryPolicy, SyncSender, status_error

log = logging.getLogger(__name__)
RESULT_OPERATION = "results.get"


def operations() -> Mapping[str, OperationSpec]:
    """Every operation of the spec, by operation id (generated table, loaded once)."""
    from link2prisma_resources._table import OPERATIONS

    return OPERATIONS


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
    ) -> None:
        self.poll_policy = poll_policy
        self.retry_policy = retry_policy
        self.content_type = content_type
        self.validate = validate

    def _prepare(
        self,
        spec: OperationSpec,
        employer: str | None,
        values: Mapping[str, object],
        body: object = NO_BODY,
    ) -> PreparedCall:
        return prepare(
            spec, employer, values, body, content_type=self.content_type, validate=self.validate
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

    def _envelope(
        self, call: PreparedCall, guid: str, response: httpx.Response
    ) -> tuple[Envelope, float | None]:
        if response.status_code != 200:
            error = status_error(call, response)
            error.guid = guid
            raise error
        return parse_envelope(response.content, guid), parse_retry_after(
            response.headers.get("Retry-After")
        )

    def _sync_value(self, call: PreparedCall, response: httpx.Response) -> Any:
        if response.status_code != 200:
            raise status_error(call, response)
        try:
            data = load_json(response.content)
            assert call.spec.result is not None
            if call.spec.operation_id == RESULT_OPERATION and isinstance(data, dict):
                data = {**dict.fromkeys(RESULT_FIELDS), **data}  # all nine, null if absent
            return build_model(call.spec.result, data, call.spec.operation_id)
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
            what = f"cannot read the answer of {call.spec.operation_id}: {type(exc).__name__}"
            raise _unreadable(what, call, response) from exc

    def _schedule(self, resumed: bool = False) -> PollSchedule:
        now = time.monotonic()
        # A resumed operation was submitted long ago: its first poll is due at once.
        return PollSchedule(
            self.poll_policy, submitted=now - self.poll_policy.first if resumed else now
        )

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
        self.sender = SyncSender(http, self.retry_policy, pool_size)

    def submit(
        self, spec: OperationSpec, employer: str | None, values: Mapping[str, object], body: object
    ) -> Operation[Any]:
        call = self._prepare(spec, employer, values, body)
        guid = self._queued_guid(call, self.sender.send(call))
        return Operation(self, spec, guid, employer, self._schedule())

    def call(self, spec: OperationSpec, employer: str | None, values: Mapping[str, object]) -> Any:
        call = self._prepare(spec, employer, values)
        return self._sync_value(call, self.sender.send(call))

    def poll(self, guid: str) -> tuple[Envelope, float | None]:
        call = self._poll_call(guid)
        return self._envelope(call, guid, self.sender.send(call))

    def operation(self, guid: str, operation_id: str, employer: str | None) -> Operation[Any]:
        return Operation(self, self._spec(operation_id), guid, employer, self._schedule(True))


class AsyncCore(_CoreBase):
    """The asyncio core over one ``httpx.AsyncClient``."""

    def __init__(self, http: httpx.AsyncClient, *, pool_size: int, **config: Any) -> None:
        super().__init__(**config)
        self.http = http
        self.sender = AsyncSender(http, self.retry_policy, pool_size)

    async def submit(
        self, spec: OperationSpec, employer: str | None, values: Mapping[str, object], body: object
    ) -> AsyncOperation[Any]:
        call = self._prepare(spec, employer, values, body)
        guid = self._queued_guid(call, await self.sender.send(call))
        return AsyncOperation(self, spec, guid, employer, self._schedule())

    async def call(
        self, spec: OperationSpec, employer: str | None, values: Mapping[str, object]
    ) -> Any:
        call = self._prepare(spec, employer, values)
        return self._sync_value(call, await self.sender.send(call))

    async def poll(self, guid: str) -> tuple[Envelope, float | None]:
        call = self._poll_call(guid)
        return self._envelope(call, guid, await self.sender.send(call))

    def operation(self, guid: str, operation_id: str, employer: str | None) -> AsyncOperation[Any]:
        return AsyncOperation(self, self._spec(operation_id), guid, employer, self._schedule(True))
