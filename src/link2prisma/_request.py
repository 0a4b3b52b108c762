"""Turn one call of a resource method into a request, checked and ready to send.

Pure: no I/O. Shared by the sync and async clients.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from ._exceptions import BodyTooLargeError, ConfigurationError, FieldError
from ._redact import redacted_path
from ._spec import OperationSpec
from ._validation import check_depth, format_params, to_json_data, validate_body

_EMPLOYER = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
NO_BODY: Any = object()

#: The default largest request body, in bytes (20 MiB). The largest legitimate body is a
#: document upload (``documents.upload``: the file in base64, 4/3 of its size): 20 MiB holds a
#: 15 MiB file. Lists of absences or calendars for a few hundred workers stay far below; a larger
#: body is a batch to split into several calls (the server's own limit is likely lower still).
DEFAULT_MAX_BODY_SIZE = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class PreparedCall:
    """Everything needed to send one request, plus what to say about it in errors and logs."""

    spec: OperationSpec
    method: str
    path: str
    shown_path: str
    query: dict[str, str]
    headers: dict[str, str]
    content: bytes | None
    employer: str | None


def check_employer(employer: str | int) -> str:
    """The Employer header value: the employer's external number."""
    text = str(employer).strip()
    if not _EMPLOYER.match(text):
        raise ConfigurationError(
            "employer must be the employer's external number (letters, digits, '.', '-', '_')"
        )
    return text


def prepare(
    spec: OperationSpec,
    employer: str | None,
    values: Mapping[str, object],
    body: object = NO_BODY,
    *,
    content_type: str | None = "application/json",
    validate: bool = True,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> PreparedCall:
    """Check parameters and body against the spec and build the request.

    Raises :class:`~link2prisma.ValidationError` before anything is sent: a body nested too
    deeply (:class:`~link2prisma.BodyTooDeepError`, whatever ``validate`` says) or larger than
    ``max_body_size`` bytes once encoded (:class:`~link2prisma.BodyTooLargeError`) included.
    """
    params = format_params(spec, values)
    path = spec.path
    query: dict[str, str] = {}
    for p in spec.params:
        if p.name not in params:
            continue
        if p.location == "path":
            path = path.replace("{" + p.name + "}", quote(params[p.name], safe=""))
        else:
            query[p.name] = params[p.name]
    headers: dict[str, str] = {}
    if spec.employer:
        if employer is None:
            raise ConfigurationError(f"{spec.operation_id} needs an employer scope")
        headers["Employer"] = employer
    content: bytes | None = None
    if spec.body is not None:
        if body is NO_BODY or body is None:
            from ._exceptions import ValidationError

            raise ValidationError(spec.operation_id, [FieldError("body", "is required")])
        check_depth(spec.operation_id, body)  # before any recursive walk (RecursionError)
        data = to_json_data(body)
        if validate:
            # The size first: validating a body of millions of items only to refuse it is slow.
            size = len(_encode(data))
            if size > max_body_size:
                raise _too_large(spec, data, size, max_body_size)
            data = validate_body(spec, data)
        content = _encode(data)
        if len(content) > max_body_size:
            raise _too_large(spec, data, len(content), max_body_size)
        if content_type:
            headers["Content-Type"] = content_type
    return PreparedCall(
        spec=spec,
        method=spec.method,
        path=path,
        shown_path=redacted_path(spec, params),
        query=query,
        headers=headers,
        content=content,
        employer=employer if spec.employer else None,
    )


def _encode(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _too_large(spec: OperationSpec, data: Any, size: int, limit: int) -> BodyTooLargeError:
    """The error for a body over the limit, saying how to split the work."""
    if isinstance(data, list) and len(data) > 1:
        per_call = max(1, len(data) * limit // size * 9 // 10)
        calls = -(-len(data) // per_call)
        how = (
            f"split its {len(data):,} items into {calls} calls of at most {per_call:,} items "
            "each (one call per part; each part is queued on its own)"
        )
    else:
        how = (
            "split the work into several calls (fewer workers, a shorter period, or one "
            "document per call)"
        )
    rule = (
        f"is {size:,} bytes once encoded, more than the limit of {limit:,} bytes "
        f"(max_body_size); {how}; nothing was sent"
    )
    return BodyTooLargeError(spec.operation_id, [FieldError("(body)", rule)])
