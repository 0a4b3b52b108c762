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

from ._exceptions import ConfigurationError
from ._redact import redacted_path
from ._spec import OperationSpec
from ._validation import format_params, to_json_data, validate_body

_EMPLOYER = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
NO_BODY: Any = object()


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
) -> PreparedCall:
    """Check parameters and body against the spec and build the request.

    Raises :class:`~link2prisma.ValidationError` before anything is sent.
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
            from ._exceptions import FieldError, ValidationError

            raise ValidationError(spec.operation_id, [FieldError("body", "is required")])
        data = to_json_data(body)
        if validate:
            data = validate_body(spec, data)
        content = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
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
