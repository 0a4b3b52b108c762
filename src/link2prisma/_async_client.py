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

from ._client import ARGUMENTS, _ClientBase, _employer_or_none, scope_repr
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
    """One employer's operations on the asyncio client: ``await scope.<tag>.<action>(...)``.

    Every call sends ``Employer: <number>``; queued calls give an :class:`AsyncOperation`
    (``await op.result()``), the paged listings ``async for`` iterators. Made by
    :meth:`AsyncLink2Prisma.employer`; it shares the client's connection pool.
    """

    __slots__ = ()

    @property
    def employer(self) -> str:
        """The employer's external number sent in the ``Employer`` header."""
        assert self._employer is not None
        return self._employer

    async def worker_exists(self, rrnr: str) -> WorkerExists:
        """Whether a national register number is a worker of this employer (answered at once).

        ``await scope.worker_exists(rrnr)``; the answer has ``.worker_exists`` and
        ``.worker_number`` (0 when not).
        """
        return await self.workers.exists(rrnr)

    def __repr__(self) -> str:
        return scope_repr(self)


class AsyncLink2Prisma(_ClientBase):
    __doc__ = (
        """An asyncio Link2Prisma client: one connection pool, any number of employer scopes.

    The same arguments and guarantees as :class:`Link2Prisma`, with ``await``::

        async with AsyncLink2Prisma(base_url, certificate=cert) as l2p:
            acme = l2p.employer("999014")
            op = await acme.workers.list(limit=100)
            workers = await op.result(timeout=120)
            async for worker in acme.workers.iter_all():
                ...

    Requests of one client may run concurrently (``asyncio.gather``), at most ``pool_size`` at
    once.
    """
        + ARGUMENTS
    )

    http: httpx.AsyncClient
    _core: AsyncCore

    def _open(self, http_kwargs: dict[str, Any], core_kwargs: dict[str, Any]) -> None:
        self.http = httpx.AsyncClient(**http_kwargs)
        self._core = AsyncCore(self.http, **core_kwargs)

    def employer(self, number: str | int) -> AsyncEmployerScope:
        """A scope whose calls send ``Employer: <number>``. Cheap; shares this client's pool."""
        return AsyncEmployerScope(self._core, check_employer(number))

    async def result(self, guid: str) -> Result:
        """``GET /Result/{GUID}`` once, as the raw vendor object (no Employer header).

        ``await l2p.result(guid)``; to wait until it is final, use :meth:`operation`.
        """
        value: Result = await self._core.call(operations()[RESULT_OPERATION], None, {"GUID": guid})
        return value

    def operation(
        self, guid: str, operation_id: str, employer: str | None = None
    ) -> AsyncOperation[Any]:
        """An :class:`AsyncOperation` for a GUID got elsewhere (``operation_id``: ``tag.action``).

        ``await op.result()`` polls it and decodes its Response as that operation's result. As
        ``results.get``, the result is the raw ``Result`` once the Statuscode is final, failed
        or not.
        """
        return self._core.operation(guid, operation_id, _employer_or_none(employer))

    def resume(self, token: str) -> AsyncOperation[Any]:
        """The operation of a continuation token, ready to ``await op.result()``.

        Tokens (``op.continuation_token()``) are the same for both clients: one stored by a
        sync program resumes here, and the other way round.
        """
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
        """Close the connection pool (a copy made by :meth:`with_options` leaves it open) and
        stop its poller."""
        if self._owns_pool:
            self._core.poller.close()
            await self.http.aclose()

    async def __aenter__(self) -> AsyncLink2Prisma:
        """The client itself; leaving the block closes its pool (``await l2p.aclose()``)."""
        return self

    async def __aexit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
