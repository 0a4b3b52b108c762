"""link2prisma: a typed client for Sodeco's Link2Prisma payroll API.

>>> from link2prisma import Link2Prisma, Certificate
>>> cert = Certificate.from_pkcs12("sodeco.pfx", password=b"...")
>>> with Link2Prisma("https://host/link2prisma.svc", certificate=cert) as l2p:
...     workers = l2p.employer("999014").workers.list(limit=100).result()
"""

from ._client import AsyncEmployerScope, AsyncLink2Prisma, EmployerScope, Link2Prisma
from ._exceptions import (
    ApiError,
    AuthenticationError,
    BadRequestError,
    CertificateError,
    CertificateExpiredError,
    CertificateKeyMismatchError,
    CertificateNotYetValidError,
    CertificatePasswordError,
    ConfigurationError,
    ConnectError,
    FieldError,
    HTTPStatusError,
    Link2PrismaError,
    NotFoundError,
    OperationError,
    OperationFailed,
    OperationTimeout,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TLSError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
)
from ._operation.handles import AsyncOperation, Operation
from ._operation.schedule import PollPolicy
from ._operation.status import OperationStatus
from ._retry import RetryPolicy
from ._version import __version__
from .certificate import Certificate

__all__ = [
    "ApiError",
    "AsyncEmployerScope",
    "AsyncLink2Prisma",
    "AsyncOperation",
    "AuthenticationError",
    "BadRequestError",
    "Certificate",
    "CertificateError",
    "CertificateExpiredError",
    "CertificateKeyMismatchError",
    "CertificateNotYetValidError",
    "CertificatePasswordError",
    "ConfigurationError",
    "ConnectError",
    "EmployerScope",
    "FieldError",
    "HTTPStatusError",
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
    "ServerError",
    "TLSError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "__version__",
]
