"""The exceptions raised by link2prisma, all rooted in :class:`Link2PrismaError`.

Every error that comes from an exchange with the server carries its context (method, redacted
path, HTTP status, a redacted body excerpt, the GUID where there is one) so that a log line is
enough to understand it, and none of it holds personal data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


class Link2PrismaError(Exception):
    """Root of every error this package raises on purpose.

    ``continuation_token`` is set on every error raised once a queued operation has its GUID
    (a timeout, a failed or undecodable Result, a transport error while polling): pass it to
    ``client.resume()`` to pick the operation up again. None otherwise.
    """

    continuation_token: str | None = None


# --- configuration and certificates -------------------------------------------------------------


class ConfigurationError(Link2PrismaError):
    """The client was set up in a way that cannot work (for example plain ``http://``)."""


class CertificateError(Link2PrismaError):
    """The client certificate cannot be used; raised before any connection is made."""


class CertificatePasswordError(CertificateError):
    """The PKCS#12 or key password is wrong (or missing)."""


class CertificateKeyMismatchError(CertificateError):
    """The private key does not belong to the certificate."""


class CertificateExpiredError(CertificateError):
    """The certificate's validity period has ended."""


class CertificateNotYetValidError(CertificateError):
    """The certificate's validity period has not started."""


class ServiceNotFoundError(ConfigurationError):
    """The base URL does not lead to the service (for example ``/link2prisma.svc`` missing):
    the server answered 404 for the service itself. Nothing was queued; fix the URL."""


# --- validation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldError:
    """One rule a value broke: ``loc`` is the field path in the vendor's names."""

    loc: str
    rule: str

    def __str__(self) -> str:
        return f"{self.loc}: {self.rule}"


class ValidationError(Link2PrismaError, ValueError):
    """A request was refused on the client, before anything was sent."""

    def __init__(self, operation: str, errors: Sequence[FieldError]) -> None:
        self.operation = operation
        self.errors = tuple(errors)
        lines = "; ".join(str(e) for e in self.errors[:20])
        more = f" (+{len(self.errors) - 20} more)" if len(self.errors) > 20 else ""
        super().__init__(f"{operation}: invalid request, nothing sent: {lines}{more}")


class BodyTooDeepError(ValidationError):
    """The request body nests deeper than any vendor body could (a mistake, not payroll)."""


class BodyTooLargeError(ValidationError):
    """The request body is larger than the client's ``max_body_size``: split the work."""


# --- exchanges with the server ------------------------------------------------------------------


class ApiError(Link2PrismaError):
    """An exchange with the server went wrong. Carries the context of the exchange."""

    def __init__(
        self,
        message: str,
        *,
        method: str | None = None,
        path: str | None = None,
        status: int | None = None,
        body: str | None = None,
        guid: str | None = None,
        operation: str | None = None,
        employer: str | None = None,
        continuation_token: str | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.status = status
        self.body = body
        self.guid = guid
        self.operation = operation
        self.employer = employer
        self.continuation_token = continuation_token
        context = [
            f"{k}={v}"
            for k, v in (
                ("operation", operation),
                ("request", f"{method} {path}" if method else None),
                ("status", status),
                ("guid", guid),
                ("employer", employer),
            )
            if v is not None
        ]
        text = message + (f" [{', '.join(context)}]" if context else "")
        if body:
            text += f": {body}"
        super().__init__(text)


class TransportError(ApiError):
    """No HTTP answer was received (connection refused, reset, TLS failure, read timeout)."""


class ConnectError(TransportError):
    """The connection could not be established: the request was certainly not sent."""


class TLSError(ConnectError):
    """The TLS handshake failed (server certificate not trusted, client certificate refused)."""


class ServerCertificateError(TLSError):
    """The server's certificate does not verify against the trusted CAs (``ca_bundle``).

    Final: the same certificate will not verify on the next attempt, so it is never retried.
    """


class ClientCertificateRefusedError(TLSError, CertificateError):
    """The server refused the client certificate (a TLS alert: unknown CA, bad certificate,
    certificate required, expired ...). No request reached the service; never retried.

    A :class:`CertificateError` too (the CLI's exit code 3): the fix is the certificate or its
    registration, not the network.
    """


class ExchangeTimeout(TransportError, TimeoutError):
    """One HTTP exchange (connect, send, the whole answer) did not end within its deadline
    (the client's ``timeout``). For a write that was sent, it may have been queued."""


class AnswerTooLargeError(TransportError):
    """The answer was larger than the client's ``max_answer_size``: it was abandoned unread
    (or refused on its ``Content-Length``) and its connection discarded. Never retried."""


class HTTPStatusError(ApiError):
    """The server answered with an HTTP status this call does not accept."""


class BadRequestError(HTTPStatusError):
    """400 or 412: the server refused the request before queueing it."""


class AuthenticationError(HTTPStatusError):
    """401: the client certificate was not accepted."""


class PermissionDeniedError(HTTPStatusError):
    """403: the certificate's user may not act for this employer."""


class NotFoundError(HTTPStatusError):
    """404: unknown path or identifier."""


class RateLimitError(HTTPStatusError):
    """429: too many requests."""


class ServerError(HTTPStatusError):
    """5xx: the server failed."""


class UnexpectedResponseError(ApiError):
    """The server answered something this client cannot read (not JSON, wrong shape).

    ``accepted`` is True when the answer was a 2xx to a request that queues work: the request
    **was** accepted and may be queued, so it must not be sent again blindly (the client never
    resends it); ``body`` holds the (redacted) answer.
    """

    def __init__(self, message: str, *, accepted: bool = False, **context: Any) -> None:
        self.accepted = accepted
        super().__init__(message, **context)


class OperationError(ApiError):
    """A queued operation did not end well."""


class OperationFailed(OperationError):
    """The secretariat processed the request and answered an error Statuscode."""

    def __init__(
        self,
        message: str,
        *,
        statuscode: str | None,
        status_description: str | None,
        guid: str,
        operation: str | None,
        employer: str | None,
    ) -> None:
        self.statuscode = statuscode
        self.status_description = status_description
        super().__init__(
            message,
            guid=guid,
            operation=operation,
            employer=employer,
            body=status_description,
        )


class OperationTimeout(OperationError, TimeoutError):
    """The operation was not processed before the deadline. It may still be: resume it later."""
