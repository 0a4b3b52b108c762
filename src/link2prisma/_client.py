"""The client, :class:`Link2Prisma`, and what both clients share (``_ClientBase``).

The asyncio client is in ``_async_client``, so that the sync one loads neither asyncio nor the
asyncio resource classes. A client owns one connection pool and one TLS context;
``client.employer("999014")`` gives an employer scope whose ``scope.<tag>.<action>(...)``
methods are generated from the spec and send the ``Employer`` header. ``Result`` and the
withdrawals listing go without it.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from link2prisma_resources._sync import Tags

from ._core import SyncCore, operations
from ._operation.decode import RESULT_OPERATION
from ._operation.handles import Operation
from ._operation.poller import ALL_COMPLETED
from ._operation.schedule import PollPolicy
from ._operation.token import parse_token
from ._redact import RedactingFilter
from ._request import check_employer
from ._retry import RetryPolicy
from ._tls import CaBundle, client_context
from ._transport import http_client_kwargs

if TYPE_CHECKING:
    from link2prisma_api.models.result import Result
    from link2prisma_api.models.worker_exists import WorkerExists

    from .certificate import Certificate

# Our records are redacted at the source; httpx logs every request URL at INFO, and
# ``workerExists/{rrnr}`` carries a national register number: mask it there too.
for _name in ("link2prisma", "httpx"):
    _logger = logging.getLogger(_name)
    if not any(isinstance(f, RedactingFilter) for f in _logger.filters):
        _logger.addFilter(RedactingFilter())


K = TypeVar("K")


def _employer_or_none(employer: str | int | None) -> str | None:
    return None if employer is None else check_employer(employer)


class _ClientBase:
    """The arguments both clients take, checked once; subclasses open their httpx client.

    ``base_url`` is the secretariat's ``.../link2prisma.svc``. ``certificate`` is the client
    certificate (:meth:`Certificate.from_pkcs12`); ``ca_bundle`` whom to trust for the server
    (default: certifi; a PEM file, a directory of hashed certificates, or PEM or DER bytes, the
    same with or without a certificate), or ``verify`` a ready SSLContext. ``pool_size`` bounds
    the connections (one TLS handshake each). ``content_type`` is the request Content-Type
    (``None`` sends none: some deployments want that). ``poll`` and ``retry`` tune waiting and
    resending; ``validate=False`` skips the client-side body checks. ``transport`` replaces the
    network (tests).
    """

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
        }
        self._open(http_kwargs, core_kwargs)

    def _open(self, http_kwargs: dict[str, Any], core_kwargs: dict[str, Any]) -> None:
        raise NotImplementedError


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
        return f"<EmployerScope {self._employer}>"


class Link2Prisma(_ClientBase):
    """A Link2Prisma client: one connection pool, any number of employer scopes."""

    __doc__ = (__doc__ or "") + "\n" + (_ClientBase.__doc__ or "")

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
        self._core.poller.close()
        self.http.close()

    def __enter__(self) -> Link2Prisma:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
