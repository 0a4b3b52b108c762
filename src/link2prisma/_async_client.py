"""The asyncio client: :class:`AsyncLink2Prisma` and its employer scopes.

Apart from the sync client so that ``from link2prisma import Link2Prisma`` does not load the
generated asyncio resource classes (a third of the import time); the arguments, the TLS setup
and the Employer header are the sync client's (:class:`~link2prisma._client._ClientBase`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from link2prisma_resources._async import AsyncTags

from ._client import _ClientBase, _employer_or_none
from ._core import AsyncCore, operations
from ._operation.decode import RESULT_OPERATION
from ._operation.handles import AsyncOperation
from ._operation.poller import ALL_COMPLETED
from ._operation.token import parse_token
from ._request import check_employer

if TYPE_CHECKING:
    from link2prisma_api.models.result import Result
    from link2prisma_api.models.worker_exists import WorkerExists

__all__ = ["AsyncEmployerScope", "AsyncLink2Prisma"]

K = TypeVar("K")


class AsyncEmployerScope(AsyncTags):
    """The asyncio twin of :class:`EmployerScope`."""

    __slots__ = ()

    @property
    def employer(self) -> str:
        assert self._employer is not None
        return self._employer

    async def worker_exists(self, rrnr: str) -> WorkerExists:
        return await self.workers.exists(rrnr)

    def __repr__(self) -> str:
        return f"<AsyncEmployerScope {self._employer}>"


class AsyncLink2Prisma(_ClientBase):
    """The asyncio twin of :class:`Link2Prisma` (same arguments)."""

    def _open(self, http_kwargs: dict[str, Any], core_kwargs: dict[str, Any]) -> None:
        self.http = httpx.AsyncClient(**http_kwargs)
        self._core = AsyncCore(self.http, **core_kwargs)

    def employer(self, number: str | int) -> AsyncEmployerScope:
        """A scope whose calls send ``Employer: <number>``. Cheap; shares this client's pool."""
        return AsyncEmployerScope(self._core, check_employer(number))

    async def result(self, guid: str) -> Result:
        """``GET /Result/{GUID}`` as the raw vendor object (no Employer header)."""
        value: Result = await self._core.call(operations()[RESULT_OPERATION], None, {"GUID": guid})
        return value

    def operation(
        self, guid: str, operation_id: str, employer: str | None = None
    ) -> AsyncOperation[Any]:
        """An :class:`AsyncOperation` for a GUID got elsewhere (``tag.action`` operation id)."""
        return self._core.operation(guid, operation_id, _employer_or_none(employer))

    def resume(self, token: str) -> AsyncOperation[Any]:
        """The operation of a continuation token, ready to ``await op.result()``."""
        return self.operation(*parse_token(token))

    @property
    def without_employer(self) -> AsyncTags:
        """Operations sent without Employer header (``results``, ``documents.list_withdrawals``)."""
        return AsyncTags(self._core, None)

    # --- many operations: as the sync client's, awaited ----------------------------------------

    def as_completed(
        self, ops: Iterable[AsyncOperation[Any]], timeout: float | None = None
    ) -> AsyncIterator[AsyncOperation[Any]]:
        """``async for op in client.as_completed(ops)``: each once, as it finishes (see
        :meth:`Link2Prisma.as_completed`). Leave early through ``contextlib.aclosing``."""
        return self._core.poller.as_completed(ops, timeout)

    async def wait(
        self,
        ops: Iterable[AsyncOperation[Any]],
        timeout: float | None = None,
        return_when: str = ALL_COMPLETED,
    ) -> tuple[set[AsyncOperation[Any]], set[AsyncOperation[Any]]]:
        """``(done, not_done)`` as :func:`asyncio.wait`."""
        return await self._core.poller.wait(ops, timeout, return_when)

    def submit_many(
        self,
        submit: Callable[[K], Awaitable[AsyncOperation[Any]]],
        keys: Iterable[K],
        *,
        window: int = 100,
        on_submitted: Callable[[K, AsyncOperation[Any]], object] | None = None,
    ) -> AsyncIterator[tuple[K, AsyncOperation[Any]]]:
        """See :meth:`Link2Prisma.submit_many`; ``async for key, op in ...``."""
        return self._core.poller.submit_many(submit, keys, window, on_submitted)

    async def aclose(self) -> None:
        """Close the connection pool (and stop the poller)."""
        self._core.poller.close()
        await self.http.aclose()

    async def __aenter__(self) -> AsyncLink2Prisma:
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
