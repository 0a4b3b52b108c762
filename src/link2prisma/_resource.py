"""Base classes of the generated resource classes (``link2prisma_resources``).

A resource is a (core, employer) pair: creating one costs nothing and never changes another
scope; every scope of a client shares the client's connection pool.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._pagination import aiter_pages, iter_pages
from ._request import NO_BODY

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore
    from ._operation import AsyncOperation, Operation
    from ._spec import OperationSpec


class TagsBase:
    """Holds the core and the employer for the generated ``Tags`` class (sync)."""

    __slots__ = ("_core", "_employer")

    def __init__(self, core: SyncCore, employer: str | None) -> None:
        self._core = core
        self._employer = employer


class AsyncTagsBase:
    """Holds the core and the employer for the generated ``AsyncTags`` class."""

    __slots__ = ("_core", "_employer")

    def __init__(self, core: AsyncCore, employer: str | None) -> None:
        self._core = core
        self._employer = employer


class SyncResource(TagsBase):
    """One tag's operations for one employer (sync)."""

    __slots__ = ()

    def _submit(
        self, spec: OperationSpec, values: Mapping[str, object], body: object = NO_BODY
    ) -> Operation[Any]:
        return self._core.submit(spec, self._employer, values, body)

    def _call(self, spec: OperationSpec, values: Mapping[str, object]) -> Any:
        return self._core.call(spec, self._employer, values)

    def _iter_pages(
        self,
        spec: OperationSpec,
        page_size: int,
        prefetch: int,
        fixed: Mapping[str, object] | None = None,
    ) -> Iterator[Any]:
        return iter_pages(self._core, spec, self._employer, page_size, prefetch, fixed)


class AsyncResource(AsyncTagsBase):
    """One tag's operations for one employer (asyncio)."""

    __slots__ = ()

    async def _submit(
        self, spec: OperationSpec, values: Mapping[str, object], body: object = NO_BODY
    ) -> AsyncOperation[Any]:
        return await self._core.submit(spec, self._employer, values, body)

    async def _call(self, spec: OperationSpec, values: Mapping[str, object]) -> Any:
        return await self._core.call(spec, self._employer, values)

    def _iter_pages(
        self,
        spec: OperationSpec,
        page_size: int,
        prefetch: int,
        fixed: Mapping[str, object] | None = None,
    ) -> AsyncIterator[Any]:
        return aiter_pages(self._core, spec, self._employer, page_size, prefetch, fixed)
