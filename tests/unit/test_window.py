"""The one in-flight window (``link2prisma.window``): order, width, resumed work, paging's end."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import pytest

from link2prisma.window import Page, ain_flight, apages, in_flight, last_page, pages


class Log:
    """Submissions and waits in the order they happen."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def submit(self, key: Any) -> str:
        self.events.append(("submit", key))
        return f"op{key}"

    def wait(self, key: Any, op: str) -> str:
        self.events.append(("wait", key))
        return op.upper()


def test_in_flight_keeps_size_submitted_ahead_and_yields_in_order() -> None:
    log = Log()
    got = []
    for key, result in in_flight(log.submit, log.wait, range(5), 2, first=1):
        got.append((key, result))
        log.events.append(("consumed", key))
    assert got == [(k, f"OP{k}") for k in range(5)]
    assert log.events == [
        ("submit", 0),
        ("wait", 0),
        ("consumed", 0),  # the window widens only once the first result is consumed
        ("submit", 1),
        ("submit", 2),
        ("wait", 1),
        ("consumed", 1),
        ("submit", 3),
        ("wait", 2),
        ("consumed", 2),
        ("submit", 4),
        ("wait", 3),
        ("consumed", 3),
        ("wait", 4),
        ("consumed", 4),
    ]


def test_in_flight_takes_resumed_work_first_without_submitting_it() -> None:
    log = Log()
    got = list(in_flight(log.submit, log.wait, [7, 8], 3, resumed=[(5, "op5"), (6, "op6")]))
    assert [k for k, _ in got] == [5, 6, 7, 8]
    assert [e for e in log.events if e[0] == "submit"] == [("submit", 7), ("submit", 8)]
    assert log.events.index(("submit", 7)) < log.events.index(("wait", 5))


def test_in_flight_checks_its_sizes() -> None:
    with pytest.raises(ValueError):
        list(in_flight(str, lambda k, s: s, [1], 0))
    with pytest.raises(ValueError):
        list(in_flight(str, lambda k, s: s, [1], 2, first=0))


def listing(total: int, asked: list[int], *, ignore_limit: bool = False) -> Any:
    def submit(offset: int) -> int:
        asked.append(offset)
        return offset

    def wait(offset: int, op: int) -> list[int]:
        if ignore_limit:
            return list(range(total))
        return list(range(offset, min(offset + 10, total)))

    return submit, wait


def test_pages_stop_after_a_short_page() -> None:
    asked: list[int] = []
    got = list(pages(*listing(35, asked), 10, 3))
    assert [(p.offset, len(p.items), p.last) for p in got] == [
        (0, 10, False),
        (10, 10, False),
        (20, 10, False),
        (30, 5, True),
    ]
    assert asked[:4] == [0, 10, 20, 30] and len(asked) <= 4 + 2  # reads beyond the end


def test_pages_take_a_page_longer_than_asked_as_the_whole_list(
    caplog: pytest.LogCaptureFixture,
) -> None:
    asked: list[int] = []
    with caplog.at_level(logging.WARNING):
        got = list(pages(*listing(25, asked, ignore_limit=True), 10, 3))
    assert got == [Page(0, list(range(25)), True)] and asked == [0]
    assert "ignores limit" in caplog.text
    assert last_page([1] * 10, 10) is False and last_page([], 10) is True


def test_pages_resume_below_start() -> None:
    asked: list[int] = []
    submit, wait = listing(45, asked)
    got = list(pages(submit, wait, 10, 2, start=20, first=2, resumed=[(0, 0), (10, 10)]))
    assert [p.offset for p in got] == [0, 10, 20, 30, 40]
    assert asked[:3] == [20, 30, 40]


def test_async_window_waits_concurrently_in_order_and_cancels_on_stop() -> None:
    cancelled: list[int] = []
    running: set[int] = set()
    widest = 0

    async def submit(key: int) -> int:
        return key

    async def wait(key: int, op: int) -> int:
        nonlocal widest
        running.add(key)
        widest = max(widest, len(running))
        try:
            await asyncio.sleep(0.01 * (5 - key) if key <= 5 else 30)  # later keys first
        except asyncio.CancelledError:
            cancelled.append(key)
            raise
        finally:
            running.discard(key)
        return key * 10

    async def main() -> list[tuple[int, int]]:
        got = []
        window = ain_flight(submit, wait, range(100), 4, first=1)
        async with contextlib.aclosing(window):
            async for key, result in window:
                got.append((key, result))
                if key == 5:
                    break
        return got

    got = asyncio.run(main())
    assert got == [(k, k * 10) for k in range(6)]
    assert widest == 4
    assert sorted(cancelled) == [6, 7, 8]


def test_async_pages_stop_after_a_short_page() -> None:
    async def submit(offset: int) -> int:
        return offset

    async def wait(offset: int, op: int) -> list[int]:
        await asyncio.sleep(0)
        return list(range(offset, min(offset + 10, 23)))

    async def main() -> list[Page[int]]:
        return [p async for p in apages(submit, wait, 10, 3)]

    assert [p.offset for p in asyncio.run(main())] == [0, 10, 20]
