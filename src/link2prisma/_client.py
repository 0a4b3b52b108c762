"""The client, :class:`Link2Prisma`, and what both clients share (``_ClientBase``).

The asyncio client is in ``_async_client``, so that the sync one loads neither asyncio nor the
asyncio resource classes. A client owns one connection pool and one TLS context;
``client.employer("999014")`` gives an employer scope whose ``scope.<tag>.<action>(...)``
methods are generated from the spec and send the ``Employer`` header. ``Result`` and the
withdrawals listing go without it.
"""

from __future__ import annotations

import copy
import dataclasses
import logging
import os
import ssl
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from link2prisma_resources._sync import Tags

from ._core import AsyncCore, SyncCore, operations
from ._operation.decode import RESULT_OPERATION
from ._operation.handles import Operation
from ._operation.poller import ALL_COMPLETED
from ._operation.schedule import PollPolicy
from ._operation.token import parse_token
from ._redact import RedactingFilter
from ._request import DEFAULT_MAX_BODY_SIZE, check_employer
from ._retry import DEFAULT_MAX_ANSWER_SIZE, RetryPolicy
from ._tls import CaBundle, client_context
from ._transport import http_client_kwargs

if TYPE_CHECKING:
    from link2prisma_api.models.result import Result
    from link2prisma_api.models.worker_exists import WorkerExists

    from .certificate import Certificate
    from .journal import Journal

# Our records are redacted at the source; httpx logs every request URL at INFO, and
# ``workerExists/{rrnr}`` carries a national register number: mask it there too.
for _name in ("link2prisma", "httpx"):
    _logger = logging.getLogger(_name)
    if not any(isinstance(f, RedactingFilter) for f in _logger.filters):
        _logger.addFilter(RedactingFilter())


K = TypeVar("K")


def _employer_or_none(employer: str | int | None) -> str | None:
    return None if employer is None else check_employer(employer)


# The arguments of both clients, for their docstrings.
ARGUMENTS = """
    ``base_url`` is the secretariat's ``.../link2prisma.svc``. ``certificate`` is the client
    certificate (:meth:`Certificate.from_pkcs12`); ``ca_bundle`` whom to trust for the server
    (default: certifi; a PEM file, a directory of hashed certificates, or PEM or DER bytes, the
    same with or without a certificate), or ``verify`` a ready SSLContext. ``pool_size`` bounds
    the connections (one TLS handshake each). ``content_type`` is the request Content-Type
    (``None`` sends none: some deployments want that). ``poll`` and ``retry`` tune waiting and
    resending; ``validate=False`` skips the client-side body checks. ``allow_insecure_http``
    permits ``http://`` (a local test server only). ``timeout`` bounds each HTTP exchange in all
    (connect, send, the whole answer); ``max_answer_size`` and ``max_body_size`` bound answers
    and request bodies in bytes (README, "Bounds"). ``journal`` (a :class:`~link2prisma.Journal`)
    records each write before it is sent and its GUID once queued, so that a crash never leads
    to a blind resend (README, "After a crash"). ``transport`` replaces the network (tests).

    ``from_env()`` reads the command line's settings; ``with_options(timeout=..., retries=...,
    poll=...)`` gives a copy for some calls that shares the connection pool; ``repr()`` shows
    where the client is connected and as whom.
"""


class _ClientBase:
    """What both clients share: their arguments, checked once, ``from_env``, ``with_options``.

    Subclasses open their httpx client and core in :meth:`_open`.
    """

    http: httpx.Client | httpx.AsyncClient
    _core: SyncCore | AsyncCore

    #: The employer of the settings :meth:`from_env` read (``L2P_EMPLOYER``, a profile's
    #: ``employer``), for ``client.employer(client.default_employer)``; None otherwise.
    default_employer: str | None = None

    @classmethod
    def from_env(
        cls,
        *,
        profile: str | None = None,
        config: str | os.PathLike[str] | None = None,
        **kwargs: Any,
    ) -> Self:
        """A client from the same settings as the ``link2prisma`` command line.

        The environment (``L2P_BASE_URL``, ``L2P_CERT``, ``L2P_KEY``, ``L2P_CERT_PASSWORD``,
        ``L2P_CA_BUNDLE``, ``L2P_EMPLOYER``, ``L2P_PROFILE``, ``L2P_CONFIG``), then the profile
        ``profile`` (else ``L2P_PROFILE``, else the file's default) of the TOML file ``config``
        (else ``L2P_CONFIG``, else ``~/.config/link2prisma/config.toml``). A profile's
        ``timeout`` becomes the poll deadline. ``kwargs`` are the constructor's and win
        (``ca_bundle=``, ``retry=`` ...). The password is never asked for: a missing one
        raises :class:`CertificatePasswordError`; a missing setting a
        :class:`ConfigurationError` naming the variable to set.

        >>> with Link2Prisma.from_env() as l2p:
        ...     scope = l2p.employer(l2p.default_employer)

        ``AsyncLink2Prisma.from_env()`` is the same for ``async with``.
        """
        from ._settings import resolve_settings

        settings = resolve_settings(config=config, profile=profile)
        base_url = settings.require("base_url")
        kwargs.setdefault("ca_bundle", settings.ca_bundle)
        kwargs.setdefault("poll", PollPolicy(deadline=settings.timeout))
        if "certificate" not in kwargs and "verify" not in kwargs:
            kwargs["certificate"] = settings.certificate()
        client = cls(base_url, **kwargs)
        client.default_employer = settings.employer
        return client

    def __init__(
        self,
        base_url: str,
        *,
        certificate: Certificate | None = None,
        ca_bundle: CaBundle = None,
        verify: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        pool_size: int = 10,
        poll: PollPolicy | None = None,
        retry: RetryPolicy | None = None,
        content_type: str | None = "application/json",
        validate: bool = True,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        journal: Journal | None = None,
        max_answer_size: int = DEFAULT_MAX_ANSWER_SIZE,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    ) -> None:
        if pool_size < 1:
            raise ValueError("pool_size must be at least 1")
        context = verify if verify is not None else client_context(certificate, ca_bundle)
        http_kwargs = http_client_kwargs(base_url, context, timeout, pool_size, allow_insecure_http)
        if transport is not None:
            http_kwargs["transport"] = transport
        core_kwargs: dict[str, Any] = {
            "poll_policy": poll or PollPolicy(),
            "retry_policy": retry or RetryPolicy(),
            "content_type": content_type,
            "validate": validate,
            "pool_size": pool_size,
            "journal": journal,
            "max_answer_size": max_answer_size,
            "max_body_size": max_body_size,
            "certificate": certificate.info if certificate is not None else None,
        }
        # Kept for with_options() and repr(): never a key or a password (the certificate's
        # private key stays inside it and its SSLContext).
        self._http_kwargs = {k: v for k, v in http_kwargs.items() if k != "transport"}
        self._core_kwargs = core_kwargs
        self._certificate = certificate
        self._owns_pool = True
        self._open(http_kwargs, core_kwargs)

    def _open(self, http_kwargs: dict[str, Any], core_kwargs: dict[str, Any]) -> None:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: float | None = None,
        retries: int | RetryPolicy | None = None,
        poll: PollPolicy | None = None,
    ) -> Self:
        """A copy of this client with another timeout, retries or polling, for some calls.

        As openai-python's ``client.with_options(...)``: the copy shares this client's
        connection pool (its TLS sessions, its bound on concurrent requests and the path
        spellings it learnt), so it is cheap to make per call::

            l2p.with_options(timeout=120, retries=0).employer("999014").workers.list()

        ``timeout`` is the HTTP timeout in seconds (as ``Link2Prisma(timeout=...)``);
        ``retries`` how many times a request that may be resent is resent (``0``: never), or a
        whole :class:`RetryPolicy`; ``poll`` the :class:`PollPolicy` of ``result()``. The pool
        belongs to the client the copies were made from: closing a copy leaves it open; close
        the original when done.
        """
        if timeout is not None and not timeout > 0:
            raise ValueError("timeout must be a positive number of seconds")
        clone = copy.copy(self)
        clone._owns_pool = False
        http_kwargs = dict(self._http_kwargs)
        if timeout is not None:
            # As http_client_kwargs: the connect phase is bounded by 15 s at most.
            http_kwargs["timeout"] = httpx.Timeout(timeout, connect=min(timeout, 15.0))
        http_kwargs["transport"] = self.http._transport  # the shared connection pool
        core_kwargs = dict(self._core_kwargs)
        if isinstance(retries, RetryPolicy):
            core_kwargs["retry_policy"] = retries
        elif retries is not None:
            if retries < 0:
                raise ValueError("retries must be 0 or more")
            policy = core_kwargs["retry_policy"]
            core_kwargs["retry_policy"] = dataclasses.replace(policy, attempts=retries + 1)
        if poll is not None:
            core_kwargs["poll_policy"] = poll
        clone._http_kwargs = {k: v for k, v in http_kwargs.items() if k != "transport"}
        clone._core_kwargs = core_kwargs
        clone._open(http_kwargs, core_kwargs)
        # One bound on requests in flight per pool (see SyncSender), one memory of spellings.
        clone._core.sender._slots = self._core.sender._slots
        clone._core._spelling = self._core._spelling
        clone._core.poller = self._core.poller  # one poller, one poll budget per pool
        return clone

    def __repr__(self) -> str:
        """What the client is connected to and as whom; never a key, a password or a body."""
        url = self.http.base_url
        where = f"{url.scheme}://{url.host}{f':{url.port}' if url.port else ''}{url.path}"
        if self._certificate is not None:
            info = self._certificate.info
            who = f"certificate CN={info.common_name!r} serial={info.serial_hex}"
        else:
            who = "no client certificate"
        copy_of = ", sharing another client's pool" if not self._owns_pool else ""
        return f"<{type(self).__name__} {where.rstrip('/')} {who}{copy_of}>"


def scope_repr(scope: Any) -> str:
    """``<EmployerScope 999014 on https://host/path>``: the employer and where it is sent."""
    url = scope._core.http.base_url
    where = f"{url.scheme}://{url.host}{f':{url.port}' if url.port else ''}{url.path}"
    return f"<{type(scope).__name__} {scope._employer} on {where.rstrip('/')}>"


class EmployerScope(Tags):
    """One employer's operations: ``scope.<tag>.<action>(...)`` with ``Employer`` sent."""

    __slots__ = ()

    @property
    def employer(self) -> str:
        """The employer's external number sent in the ``Employer`` header."""
        assert self._employer is not None
        return self._employer

    def worker_exists(self, rrnr: str) -> WorkerExists:
        """Whether a national register number is a worker of this employer (synchronous).

        The answer has ``.worker_exists`` and ``.worker_number`` (0 when not).
        """
        return self.workers.exists(rrnr)

    def __repr__(self) -> str:
        return scope_repr(self)


class Link2Prisma(_ClientBase):
    __doc__ = (
        """A Link2Prisma client: one connection pool, any number of employer scopes.

    ::

        with Link2Prisma(base_url, certificate=cert) as l2p:
            acme = l2p.employer("999014")
            workers = acme.workers.list(limit=100).result(timeout=120)
    """
        + ARGUMENTS
    )
    http: httpx.Client
    _core: SyncCore

    def _open(self, http_kwargs: dict[str, Any], core_kwargs: dict[str, Any]) -> None:
        self.http = httpx.Client(**http_kwargs)
        self._core = SyncCore(self.http, **core_kwargs)

    def employer(self, number: str | int) -> EmployerScope:
        """A scope whose calls send ``Employer: <number>``. Cheap; shares this client's pool."""
        return EmployerScope(self._core, check_employer(number))

    def result(self, guid: str) -> Result:
        """``GET /Result/{GUID}`` as the raw vendor object (no Employer header)."""
        value: Result = self._core.call(operations()[RESULT_OPERATION], None, {"GUID": guid})
        return value

    def operation(
        self, guid: str, operation_id: str, employer: str | None = None
    ) -> Operation[Any]:
        """An :class:`Operation` for a GUID got elsewhere (``operation_id``: ``tag.action``).

        As ``results.get``, its ``result()`` is the raw ``Result`` (like :meth:`result`) once
        the Statuscode is final, failed or not.
        """
        return self._core.operation(guid, operation_id, _employer_or_none(employer))

    def resume(self, token: str) -> Operation[Any]:
        """The operation of a continuation token, ready to ``result()``."""
        return self.operation(*parse_token(token))

    @property
    def without_employer(self) -> Tags:
        """Operations sent without Employer header (``results``, ``documents.list_withdrawals``)."""
        return Tags(self._core, None)

    # --- many operations (one poller, one poll budget: see the README's "Many operations") --

    def as_completed(
        self, ops: Iterable[Operation[Any]], timeout: float | None = None
    ) -> Iterator[Operation[Any]]:
        """Each operation once, as it finishes (as :func:`concurrent.futures.as_completed`).

        ``op.result()`` of a yielded operation returns at once or raises that operation's own
        error; the others go on. After ``timeout`` seconds: :class:`OperationTimeout` for the
        oldest unfinished one (its continuation token attached), counting the others.
        """
        return self._core.poller.as_completed(ops, timeout)

    def wait(
        self,
        ops: Iterable[Operation[Any]],
        timeout: float | None = None,
        return_when: str = ALL_COMPLETED,
    ) -> tuple[set[Operation[Any]], set[Operation[Any]]]:
        """``(done, not_done)`` as :func:`concurrent.futures.wait` (``FIRST_COMPLETED``,
        ``FIRST_EXCEPTION`` or ``ALL_COMPLETED``); a timeout leaves the rest in ``not_done``."""
        return self._core.poller.wait(ops, timeout, return_when)

    def submit_many(
        self,
        submit: Callable[[K], Operation[Any]],
        keys: Iterable[K],
        *,
        window: int = 100,
        on_submitted: Callable[[K, Operation[Any]], object] | None = None,
    ) -> Iterator[tuple[K, Operation[Any]]]:
        """Submit ``submit(key)`` for every key, at most ``window`` unfinished at once, and
        yield ``(key, op)`` as each finishes (completion order).

        ``on_submitted(key, op)`` runs right after each submit and before any wait: record
        ``op.continuation_token()`` there, and a killed script resumes every GUID instead of
        sending a write again. Leaving the loop stops submitting.
        """
        return self._core.poller.submit_many(submit, keys, window, on_submitted)

    def close(self) -> None:
        """Close the connection pool (a copy made by :meth:`with_options` leaves it open) and
        stop its poller (whoever still waits gets each operation back with an error)."""
        if self._owns_pool:
            self._core.poller.close()
            self.http.close()

    def __enter__(self) -> Link2Prisma:
        """The client itself; leaving the block closes its pool."""
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
