"""Keep up to N queued operations submitted ahead and take their results in order.

Every Link2Prisma call is queued: the ``202`` comes back at once, the result only once the
secretariat has processed it, which takes a while. Submitting one call, waiting for it, then
submitting the next wastes that while for every call. An in-flight *window* submits up to
``size`` calls ahead and consumes their results in the order they were submitted, so that the
waits overlap and the consumer still sees one ordered stream.

This is the one such loop of the project: ``workers.iter_all`` (sync and async) uses it, and
so do the applications built on the public API (the CLI's ``workers export`` and ``sync``).
It is public for applications::

    from link2prisma.window import in_flight

    scope = l2p.employer("999014")
    fetched = in_flight(scope.workers.get, lambda number, op: op.result(), [1, 2, 3], size=4)
    for number, worker in fetched:  # three GETs queued at once, results in order
        print(number, worker.name)

- :func:`in_flight` / :func:`ain_flight`: any keys (worker numbers, offsets ...).
  ``submit(key)`` queues the call for one key (record its continuation token there if the
  application must survive a kill); ``wait(key, submitted)`` turns it into its result (retry
  there if the service has forgotten the GUID). Operations already submitted by an earlier,
  interrupted run go in ``resumed``: they take their place in the window ahead of new keys.
- :func:`pages` / :func:`apages`: offset paging on top of it (``limit``/``offset``). They
  yield :class:`Page` values and stop after the last page: a page shorter than asked, or a page
  longer than asked (the deployment ignores ``limit``: that page was the whole list).

``first`` is the window's width until the first result has been consumed (paging starts with
one page: a list that fits one page costs one call), ``size`` after that. The window is only
refilled once the consumer has taken the previous result, so whatever the consumer records for
a result is durable before the next call is submitted. Calls submitted beyond the end (pages
past the last one) are reads: they are left alone, never waited for; the async variants cancel
the waits still running when they stop.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

__all__ = ["Page", "ain_flight", "apages", "in_flight", "last_page", "pages"]

K = TypeVar("K")
S = TypeVar("S")
R = TypeVar("R")
T = TypeVar("T")

log = logging.getLogger(__name__)


def _check(size: int, first: int | None) -> int:
    if size < 1:
        raise ValueError("the window size (prefetch) must be at least 1")
    width = size if first is None else first
    if width < 1:
        raise ValueError("the first window must be at least 1")
    return width


def in_flight(
    submit: Callable[[K], S],
    wait: Callable[[K, S], R],
    keys: Iterable[K],
    size: int,
    *,
    first: int | None = None,
    resumed: Iterable[tuple[K, S]] = (),
) -> Iterator[tuple[K, R]]:
    """``(key, wait(key, submit(key)))`` for every key in order, ``size`` submitted ahead.

    ``resumed`` pairs come first (already submitted); ``first`` is the width until the first
    result has been consumed (default ``size``). Stop early by leaving the loop.
    """
    width = _check(size, first)
    todo = iter(keys)
    window: deque[tuple[K, S]] = deque(resumed)
    while True:
        for key in itertools.islice(todo, max(width - len(window), 0)):
            window.append((key, submit(key)))
        if not window:
            return
        key, submitted = window.popleft()
        yield key, wait(key, submitted)
        width = size


async def ain_flight(
    submit: Callable[[K], Awaitable[S]],
    wait: Callable[[K, S], Awaitable[R]],
    keys: Iterable[K],
    size: int,
    *,
    first: int | None = None,
    resumed: Iterable[tuple[K, S]] = (),
) -> AsyncGenerator[tuple[K, R], None]:
    """:func:`in_flight` for the async client: the waits in the window run concurrently.

    Leave the loop through ``contextlib.aclosing`` to cancel the waits still running at once.
    """
    import asyncio  # here, not at the top: the sync client need not load asyncio

    width = _check(size, first)
    todo = iter(keys)
    window: deque[tuple[K, asyncio.Future[R]]] = deque(
        (key, asyncio.ensure_future(wait(key, submitted))) for key, submitted in resumed
    )
    try:
        while True:
            for key in itertools.islice(todo, max(width - len(window), 0)):
                submitted = await submit(key)
                window.append((key, asyncio.ensure_future(wait(key, submitted))))
            if not window:
                return
            key, future = window.popleft()
            yield key, await future
            width = size
    finally:
        for _, future in window:
            future.cancel()


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of an offset-paged listing, in order; ``last``: no page follows it."""

    offset: int
    items: Sequence[T]
    last: bool


def last_page(items: Sequence[object], page_size: int) -> bool:
    """Whether a page of ``page_size`` asked is the last: shorter than asked, or longer.

    A page longer than asked means the deployment ignores ``limit`` (and likely ``offset``):
    it answered everything at once, so asking on would repeat it without end.
    """
    if len(items) > page_size:
        log.warning(
            "a page held %d items where %d were asked: the server ignores limit; "
            "taking this page as the whole list",
            len(items),
            page_size,
        )
        return True
    return len(items) < page_size


def pages(
    submit: Callable[[int], S],
    wait: Callable[[int, S], Sequence[T]],
    page_size: int,
    size: int,
    *,
    start: int = 0,
    first: int | None = 1,
    resumed: Iterable[tuple[int, S]] = (),
) -> Iterator[Page[T]]:
    """The pages at ``start``, ``start + page_size`` ... up to the last, ``size`` in flight.

    ``submit(offset)`` queues the page at ``offset``; ``resumed`` pages (already submitted,
    offsets below ``start``) come first.
    """
    window = in_flight(
        submit, wait, itertools.count(start, page_size), size, first=first, resumed=resumed
    )
    for offset, items in window:
        page = Page(offset, items, last_page(items, page_size))
        yield page
        if page.last:
            return


async def apages(
    submit: Callable[[int], Awaitable[S]],
    wait: Callable[[int, S], Awaitable[Sequence[T]]],
    page_size: int,
    size: int,
    *,
    start: int = 0,
    first: int | None = 1,
    resumed: Iterable[tuple[int, S]] = (),
) -> AsyncGenerator[Page[T], None]:
    """:func:`pages` for the async client."""
    window = ain_flight(
        submit, wait, itertools.count(start, page_size), size, first=first, resumed=resumed
    )
    async with contextlib.aclosing(window):
        async for offset, items in window:
            page = Page(offset, items, last_page(items, page_size))
            yield page
            if page.last:
                return
