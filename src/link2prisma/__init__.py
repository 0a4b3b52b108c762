"""link2prisma: a typed client for Sodeco's Link2Prisma payroll API.

>>> from link2prisma import Link2Prisma, Certificate
>>> cert = Certificate.from_pkcs12("sodeco.pfx", password=b"...")
>>> with Link2Prisma("https://host/link2prisma.svc", certificate=cert) as l2p:
...     workers = l2p.employer("999014").workers.list(limit=100).result()
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async_client import AsyncEmployerScope, AsyncLink2Prisma
    from ._client import EmployerScope, Link2Prisma
    from ._exceptions import (
        AnswerTooLargeError,
        ApiError,
        AuthenticationError,
        BadRequestError,
        BodyTooDeepError,
        BodyTooLargeError,
        CertificateError,
        CertificateExpiredError,
        CertificateKeyMismatchError,
        CertificateNotYetValidError,
        CertificatePasswordError,
        ClientCertificateRefusedError,
        ConfigurationError,
        ConnectError,
        ExchangeTimeout,
        FieldError,
        HTTPStatusError,
        Link2PrismaError,
        NotFoundError,
        OperationError,
        OperationFailed,
        OperationTimeout,
        PermissionDeniedError,
        RateLimitError,
        ServerCertificateError,
        ServerError,
        ServiceNotFoundError,
        TLSError,
        TransportError,
        UnexpectedResponseError,
        ValidationError,
    )
    from ._operation import (
        AsyncOperation,
        Operation,
    )
    from ._operation.schedule import PollPolicy
    from ._operation.status import OperationStatus
    from ._retry import RetryPolicy
    from ._version import __version__
    from .certificate import Certificate
    from .journal import Journal

# Each public name and the submodule that defines it: loaded on first use (PEP 562), so
# that importing a submodule (the sandbox, the generated code's base) loads nothing else.
_LAZY: dict[str, str] = {
    "ServiceNotFoundError": "_exceptions",
    "ServerCertificateError": "_exceptions",
    "ExchangeTimeout": "_exceptions",
    "ClientCertificateRefusedError": "_exceptions",
    "BodyTooLargeError": "_exceptions",
    "BodyTooDeepError": "_exceptions",
    "AnswerTooLargeError": "_exceptions",
    "ApiError": "_exceptions",
    "AsyncEmployerScope": "_async_client",
    "AsyncLink2Prisma": "_async_client",
    "AsyncOperation": "_operation.handles",
    "AuthenticationError": "_exceptions",
    "BadRequestError": "_exceptions",
    "Certificate": "certificate",
    "CertificateError": "_exceptions",
    "CertificateExpiredError": "_exceptions",
    "CertificateKeyMismatchError": "_exceptions",
    "CertificateNotYetValidError": "_exceptions",
    "CertificatePasswordError": "_exceptions",
    "ConfigurationError": "_exceptions",
    "ConnectError": "_exceptions",
    "EmployerScope": "_client",
    "FieldError": "_exceptions",
    "HTTPStatusError": "_exceptions",
    "Journal": "journal",
    "Link2Prisma": "_client",
    "Link2PrismaError": "_exceptions",
    "NotFoundError": "_exceptions",
    "Operation": "_operation.handles",
    "OperationError": "_exceptions",
    "OperationFailed": "_exceptions",
    "OperationStatus": "_operation.status",
    "OperationTimeout": "_exceptions",
    "PermissionDeniedError": "_exceptions",
    "PollPolicy": "_operation.schedule",
    "RateLimitError": "_exceptions",
    "RetryPolicy": "_retry",
    "ServerError": "_exceptions",
    "TLSError": "_exceptions",
    "TransportError": "_exceptions",
    "UnexpectedResponseError": "_exceptions",
    "ValidationError": "_exceptions",
    "__version__": "_version",
}

__all__ = [
    "AnswerTooLargeError",
    "ApiError",
    "AsyncEmployerScope",
    "AsyncLink2Prisma",
    "AsyncOperation",
    "AuthenticationError",
    "BadRequestError",
    "BodyTooDeepError",
    "BodyTooLargeError",
    "Certificate",
    "CertificateError",
    "CertificateExpiredError",
    "CertificateKeyMismatchError",
    "CertificateNotYetValidError",
    "CertificatePasswordError",
    "ClientCertificateRefusedError",
    "ConfigurationError",
    "ConnectError",
    "EmployerScope",
    "ExchangeTimeout",
    "FieldError",
    "HTTPStatusError",
    "Journal",
    "Link2Prisma",
    "Link2PrismaError",
    "NotFoundError",
    "Operation",
    "OperationError",
    "OperationFailed",
    "OperationStatus",
    "OperationTimeout",
    "PermissionDeniedError",
    "PollPolicy",
    "RateLimitError",
    "RetryPolicy",
    "ServerCertificateError",
    "ServerError",
    "ServiceNotFoundError",
    "TLSError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
