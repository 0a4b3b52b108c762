"""Shared fixtures: one sandbox per test process, clients on it, and one way to start another.

Which fixture when
------------------

(pytest-xdist: the modules in ``ONE_WORKER`` run on one worker each, see
:func:`pytest_xdist_make_scheduler`, so that their module-scoped expensive run happens once.)

``sandbox`` (session scope)
    One plain sandbox (``SHARED`` below: 2 employers x 120 workers, no delay, no faults, no
    quirks, seed fixed) started once per test process (once per pytest-xdist worker) and shared
    by every test that only reads, or writes without depending on what others wrote. Rules:

    - never assume a counter starts at zero: read ``sandbox.stats()`` before and after (tests in
      one process run one at a time, so the difference is your test's);
    - never assume exact counts: workers ``1..120`` (``sandbox_workers``) exist on both
      employers from the start, but other tests add workers (numbers above), communications,
      absences, ...;
    - write your own records (a unique value) and read back what you wrote, not what another
      test may have changed;
    - no faults, no quirks, no kill or restart, no fuzzing with valid generated writes: those
      need a private sandbox.

``client`` (function scope)
    A sync :class:`~link2prisma.Link2Prisma` on ``sandbox`` as ``integrator``, fast polling,
    closed after the test.

``async_client`` (function scope, for ``@pytest.mark.anyio`` async tests)
    An :class:`~link2prisma.AsyncLink2Prisma` on ``sandbox``, closed after the test (anyio's
    pytest plugin, installed with httpx, runs the test on asyncio).

``any_client`` (function scope, parametrised ``sync``/``async``)
    For behaviour the two clients must share: the test runs once with each. It is an
    :class:`AnyClient`: ``any_client.run(lambda c: c.employer(e).workers.get(1))`` calls the
    client and returns the final value (awaiting, ``result()`` of an operation, an ``iter_all``
    collected into a list), or raises what the client raised; ``any_client.submit(...)`` stops
    at the operation handle (its ``guid``). ``any_client.flavour`` names the client.

``open_client`` (function scope)
    ``open_client(flavour, sb=None, **kwargs)``: the same :class:`AnyClient` on another sandbox
    or with other options (``certificate=sb.certificate_for("outsider")``, ``retry=``,
    ``validate=False``, ...); closed after the test. Use it with the ``flavour`` fixture
    (``sync``/``async``) to parametrise a test that needs such a client.

``make_sandbox`` (function scope) and ``make_module_sandbox`` (module scope)
    The only way a test starts its own sandbox: ``make_sandbox(**kwargs)`` takes the arguments
    of :meth:`Sandbox.start` and stops every sandbox it started at the end of the test (the
    module, for ``make_module_sandbox``: use that in a module-scoped fixture). For faults,
    quirks, a restart or ``kill -9``, process mode (logs or sockets that must be only the
    client's), counters that must start at zero, exact data from a seed, or fuzzing that writes.
"""

from __future__ import annotations

import asyncio
import inspect
import os
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Literal

import pytest

from link2prisma import AsyncLink2Prisma, AsyncOperation, Link2Prisma, Operation, PollPolicy
from link2prisma.sandbox import Sandbox

#: The shared sandbox's settings (``sandbox`` fixture).
SHARED: dict[str, Any] = {
    "employers": 2,
    "workers_per_employer": 120,
    "delay": 0.0,
    "processors": 2,
    "seed": 16,
}
#: Polling for tests: a sandbox without delay answers within milliseconds.
FAST = PollPolicy(first=0.01, factor=1.3, cap=0.1, deadline=30.0)

Flavour = Literal["sync", "async"]

#: Modules whose tests share one expensive run (a module-scoped fixture: 2,000 operations with a
#: restart, 50 tasks under load, a faulty sandbox): pytest-xdist keeps each on a single worker.
ONE_WORKER = frozenset({"test_reliability.py", "test_load.py", "test_privacy.py"})


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``-n 2`` (``--dist load``): xdist's own scheduling, except that the first time a test of
    a ``ONE_WORKER`` module is sent to a worker, all the module's tests go with it, so that the
    module-scoped run is not repeated on the other worker.

    (``--dist loadgroup`` with ``xdist_group`` marks is meant for this, but pytest-xdist 3.8
    tags the group by rewriting ``item._nodeid``, which pytest 9 no longer reads; and scope
    scheduling merges the schemathesis tests, which share one node id.)"""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScheduling

    class OneWorkerModules(LoadScheduling):
        sent: set[str]

        def module(self, index: int) -> str | None:
            assert self.collection is not None
            name = self.collection[index].split("::", 1)[0].rsplit("/", 1)[-1]
            return name if name in ONE_WORKER else None

        def _send_tests(self, node: Any, num: int) -> None:
            chunk = self.pending[:num]
            if not chunk:
                return
            del self.pending[:num]
            sent = self.__dict__.setdefault("sent", set())
            for name in {self.module(i) for i in chunk} - {None} - sent:
                sent.add(name)
                rest = [i for i in self.pending if self.module(i) == name]
                self.pending[:] = [i for i in self.pending if self.module(i) != name]
                chunk += rest
            self.node2pending[node].extend(chunk)
            node.send_runtest_some(chunk)

    return OneWorkerModules(config, log)


@pytest.fixture(autouse=True)
def _cli_journal_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: Any) -> None:
    """The CLI's operation journal (``$XDG_STATE_HOME/link2prisma``) of every test in a
    temporary directory, for the CLI run in this process and in the subprocesses it starts."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


class SandboxFactory:
    """Starts private sandboxes (:meth:`Sandbox.start` arguments) and stops each it started."""

    def __init__(self) -> None:
        self._started: list[Sandbox] = []

    def __call__(self, **kwargs: Any) -> Sandbox:
        sb = Sandbox.start(**kwargs)
        self._started.append(sb)
        return sb

    def close(self) -> None:
        while self._started:
            self._started.pop().stop()


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    """The shared plain sandbox (see the module docstring for the rules)."""
    with Sandbox.start(**SHARED) as sb:
        yield sb


@pytest.fixture(scope="session")
def sandbox_workers() -> int:
    """How many workers each employer of the shared sandbox starts with (numbers 1..n)."""
    return int(SHARED["workers_per_employer"])


@pytest.fixture
def make_sandbox() -> Iterator[SandboxFactory]:
    """``make_sandbox(**kwargs)``: a private sandbox, stopped after the test."""
    factory = SandboxFactory()
    try:
        yield factory
    finally:
        factory.close()


@pytest.fixture(scope="module")
def make_module_sandbox() -> Iterator[SandboxFactory]:
    """``make_module_sandbox(**kwargs)``: a private sandbox, stopped after the module."""
    factory = SandboxFactory()
    try:
        yield factory
    finally:
        factory.close()


def _client_kwargs(sb: Sandbox, kwargs: dict[str, Any]) -> dict[str, Any]:
    return {"certificate": sb.certificate, "ca_bundle": sb.ca_bundle, "poll": FAST, **kwargs}


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[Link2Prisma]:
    """A sync client on the shared sandbox, as ``integrator``."""
    with Link2Prisma(sandbox.base_url, **_client_kwargs(sandbox, {})) as c:
        yield c


@pytest.fixture
async def async_client(sandbox: Sandbox, anyio_backend: str) -> AsyncIterator[AsyncLink2Prisma]:
    """An async client on the shared sandbox, for ``@pytest.mark.anyio`` tests."""
    async with AsyncLink2Prisma(sandbox.base_url, **_client_kwargs(sandbox, {})) as c:
        yield c


class AnyClient:
    """A sync or an async client, driven the same way from a plain (sync) test function.

    The async one lives on an event loop of its own, kept for the client's lifetime, so that one
    test can make many calls on it (as an application would) without ``asyncio.run`` each time.
    """

    def __init__(self, flavour: Flavour, sb: Sandbox, **kwargs: Any) -> None:
        self.flavour: Flavour = flavour
        self.sandbox = sb
        options = _client_kwargs(sb, kwargs)
        self._loop: asyncio.AbstractEventLoop | None = None
        if flavour == "sync":
            self.client: Link2Prisma | AsyncLink2Prisma = Link2Prisma(sb.base_url, **options)
        elif flavour == "async":
            self._loop = asyncio.new_event_loop()

            async def make() -> AsyncLink2Prisma:
                return AsyncLink2Prisma(sb.base_url, **options)

            self.client = self._loop.run_until_complete(make())
        else:
            raise ValueError(f"flavour must be 'sync' or 'async', not {flavour!r}")

    def run(self, call: Callable[[Any], Any]) -> Any:
        """``call(client)``, then its final value: awaited, an operation's ``result()``, an
        iterator collected into a list. Exceptions pass through unchanged."""
        return self._drive(call, resolve=True)

    def submit(self, call: Callable[[Any], Any]) -> Any:
        """``call(client)``, awaited if async, but an operation not waited for: its handle
        (``.guid``, ``.statuscode``, ...) as the client returned it."""
        return self._drive(call, resolve=False)

    def _drive(self, call: Callable[[Any], Any], resolve: bool) -> Any:
        if self._loop is None:
            value = call(self.client)
            if resolve and isinstance(value, Operation):
                return value.result()
            if resolve and isinstance(value, Iterator) and not isinstance(value, list):
                return list(value)
            return value

        async def go() -> Any:
            value = call(self.client)
            if inspect.isawaitable(value):
                value = await value
            if resolve and isinstance(value, AsyncOperation):
                return await value.result()
            if resolve and isinstance(value, AsyncIterator):
                return [item async for item in value]
            return value

        return self._loop.run_until_complete(go())

    def close(self) -> None:
        if self._loop is None:
            assert isinstance(self.client, Link2Prisma)
            self.client.close()
            return
        assert isinstance(self.client, AsyncLink2Prisma)
        try:
            self._loop.run_until_complete(self.client.aclose())
        finally:
            self._loop.close()

    def __repr__(self) -> str:
        return f"<AnyClient {self.flavour} {self.sandbox.base_url}>"


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> Flavour:
    """``sync`` then ``async``: parametrises a test over the two clients."""
    value: Flavour = request.param
    return value


@pytest.fixture
def open_client(sandbox: Sandbox) -> Iterator[Callable[..., AnyClient]]:
    """``open_client(flavour, sb=None, **client_kwargs)``: an :class:`AnyClient`, closed after."""
    opened: list[AnyClient] = []

    def open_(flavour: Flavour, sb: Sandbox | None = None, **kwargs: Any) -> AnyClient:
        c = AnyClient(flavour, sb or sandbox, **kwargs)
        opened.append(c)
        return c

    try:
        yield open_
    finally:
        while opened:
            opened.pop().close()


@pytest.fixture
def any_client(flavour: Flavour, open_client: Callable[..., AnyClient]) -> AnyClient:
    """The sync client, then the async one, on the shared sandbox (the test runs twice)."""
    return open_client(flavour)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read new files: owner-only modes must not come from it."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)
