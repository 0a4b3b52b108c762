"""The asyncio client documents itself (issue 13): its own docstrings, not the sync ones.

``help(AsyncLink2Prisma)`` showed empty docstrings for most methods and the sync client's
docstring was two glued together. Every public method and property of both clients, their
scopes and the generated asyncio resources now has a docstring of its own; the asyncio ones say
how to ``await`` them.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import link2prisma_resources._async as async_resources
from link2prisma import AsyncLink2Prisma, EmployerScope, Link2Prisma
from link2prisma._async_client import AsyncEmployerScope

CLASSES = [Link2Prisma, AsyncLink2Prisma, EmployerScope, AsyncEmployerScope]
RESOURCES = [getattr(async_resources, name) for name in async_resources.__all__]


def _public(cls: type) -> list[tuple[str, Any]]:
    """Public methods and properties ``cls`` itself defines (the tags come from the bases)."""
    return [
        (name, value)
        for name, value in vars(cls).items()
        if not name.startswith("_") and (inspect.isfunction(value) or isinstance(value, property))
    ]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_public_member_has_a_docstring(cls: type) -> None:
    missing = [name for name, value in _public(cls) if not (value.__doc__ or "").strip()]
    assert missing == []


def test_the_clients_have_docstrings_of_their_own() -> None:
    sync_doc, async_doc = Link2Prisma.__doc__ or "", AsyncLink2Prisma.__doc__ or ""
    assert sync_doc.startswith("A Link2Prisma client")
    assert async_doc.startswith("An asyncio Link2Prisma client") and "await" in async_doc
    assert "subclasses" not in sync_doc.lower() and "base_url" in sync_doc


def test_the_async_scope_differs_from_the_sync_one() -> None:
    assert AsyncEmployerScope.__doc__ != EmployerScope.__doc__
    assert "await" in (AsyncEmployerScope.worker_exists.__doc__ or "")


@pytest.mark.parametrize("cls", RESOURCES, ids=lambda c: c.__name__)
def test_every_generated_async_method_says_how_to_await_it(cls: type) -> None:
    for name, value in _public(cls):
        doc = value.__doc__ or ""
        assert "await" in doc or "async for" in doc, f"{cls.__name__}.{name}"


def test_the_async_resources_are_all_there() -> None:
    assert len(RESOURCES) >= 20
