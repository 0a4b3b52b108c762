"""Paging through ``GET /worker`` (and the in-service listing) with requests submitted ahead.

Each page is a queued operation that takes the secretariat a while, so waiting for one page
before asking for the next wastes that time for every page. Here, once the first page comes back
full, up to ``prefetch`` pages are kept queued at once; items are yielded in order, and the
iteration stops at the first short page. Pages submitted beyond the end are reads: left alone.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore
    from ._operation import AsyncOperation, Operation
    from ._spec import OperationSpec

MAX_PAGE = 100
log = logging.getLogger(__name__)


def _check(page_size: int, prefetch: int) -> None:
    if not 1 <= page_size <= MAX_PAGE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE}")
    if prefetch < 1:
        raise ValueError("prefetch must be at least 1")


class _Pager:
    """Which offset to ask next and how many pages to keep in flight."""

    def __init__(
        self, page_size: int, prefetch: int, fixed: Mapping[str, object] | None = None
    ) -> None:
        _check(page_size, prefetch)
        self.fixed = dict(fixed or {})
        self.page_size = page_size
        self.prefetch = prefetch
        self.offset = 0
        self.window = 1  # one page until the first comes back full

    def next_values(self) -> dict[str, object]:
        values = {**self.fixed, "limit": self.page_size, "offset": self.offset}
        self.offset += self.page_size
        return values

    def page_done(self, items: list[Any]) -> bool:
        """Record a page; True when it was the last.

        A page longer than asked means the deployment ignores ``limit`` (and likely ``offset``):
        it answered everything at once, so asking on would repeat it without end.
        """
        self.window = self.prefetch
        if len(items) > self.page_size:
            log.warning(
                "a page held %d items where %d were asked: the server ignores limit; "
                "taking this page as the whole list",
                len(items),
                self.page_size,
            )
            return True
        return len(items) < self.page_size


def iter_pages(
    core: SyncCore,
    spec: OperationSpec,
    employer: str | None,
    page_size: int,
    prefetch: int,
    fixed: Mapping[str, object] | None = None,
) -> Iterator[Any]:
    pager = _Pager(page_size, prefetch, fixed)
    inflight: deque[Operation[Any]] = deque()
    while True:
        while len(inflight) < pager.window:
            inflight.append(core.submit(spec, employer, pager.next_values(), None))
        items: list[Any] = inflight.popleft().result()
        yield from items
        if pager.page_done(items):
            return


async def aiter_pages(
    core: AsyncCore,
    spec: OperationSpec,
    employer: str | None,
    page_size: int,
    prefetch: int,
    fixed: Mapping[str, object] | None = None,
) -> AsyncIterator[Any]:
    pager = _Pager(page_size, prefetch, fixed)
    inflight: deque[asyncio.Task[Any]] = deque()

    async def fetch(op: AsyncOperation[Any]) -> Any:
        return await op.result()

    try:
        while True:
            while len(inflight) < pager.window:
                op = await core.submit(spec, employer, pager.next_values(), None)
                inflight.append(asyncio.ensure_future(fetch(op)))
            items: list[Any] = await inflight.popleft()
            for item in items:
                yield item
            if pager.page_done(items):
                return
    finally:
        for task in inflight:
            task.cancel()
