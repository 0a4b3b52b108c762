"""Paging through ``GET /worker`` (and the in-service listing) with requests submitted ahead.

Each page is a queued operation that takes the secretariat a while, so waiting for one page
before asking for the next wastes that time for every page. The in-flight window of
:mod:`link2prisma.window` keeps, once the first page has come back, up to ``prefetch`` pages
queued at once; items are yielded in order, and the iteration stops at the first short page
(or at a page longer than asked: the deployment ignores ``limit``). Pages submitted beyond the
end are reads: left alone.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .window import apages, pages

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore
    from ._operation import AsyncOperation, Operation
    from ._spec import OperationSpec

MAX_PAGE = 100


def _check(page_size: int, prefetch: int) -> None:
    if not 1 <= page_size <= MAX_PAGE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE}")
    if prefetch < 1:
        raise ValueError("prefetch must be at least 1")


def _values(fixed: Mapping[str, object] | None, page_size: int, offset: int) -> dict[str, object]:
    return {**(fixed or {}), "limit": page_size, "offset": offset}


def iter_pages(
    core: SyncCore,
    spec: OperationSpec,
    employer: str | None,
    page_size: int,
    prefetch: int,
    fixed: Mapping[str, object] | None = None,
) -> Iterator[Any]:
    _check(page_size, prefetch)

    def submit(offset: int) -> Operation[Any]:
        return core.submit(spec, employer, _values(fixed, page_size, offset), None)

    def wait(offset: int, op: Operation[Any]) -> list[Any]:
        items: list[Any] = op.result()
        return items

    for page in pages(submit, wait, page_size, prefetch):
        yield from page.items


async def aiter_pages(
    core: AsyncCore,
    spec: OperationSpec,
    employer: str | None,
    page_size: int,
    prefetch: int,
    fixed: Mapping[str, object] | None = None,
) -> AsyncIterator[Any]:
    _check(page_size, prefetch)

    async def submit(offset: int) -> AsyncOperation[Any]:
        return await core.submit(spec, employer, _values(fixed, page_size, offset), None)

    async def wait(offset: int, op: AsyncOperation[Any]) -> list[Any]:
        items: list[Any] = await op.result()
        return items

    async with contextlib.aclosing(apages(submit, wait, page_size, prefetch)) as window:
        async for page in window:
            for item in page.items:
                yield item
