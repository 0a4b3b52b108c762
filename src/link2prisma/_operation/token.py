"""Continuation tokens: a queued operation written down, to resume it here or in another process.

A token is small versioned JSON: ``{"v": 1, "guid": ..., "op": ..., "employer": ...}``. It comes
back from outside (a file, a queue, a command line), so it is read like any other input: the
GUID must be a GUID and the employer a valid ``Employer`` header value, exactly as written (no
stripping: a CR, LF or any other character the header does not allow is refused).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .._exceptions import ConfigurationError
from .._request import check_employer

TOKEN_VERSION = 1
_GUID = re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_OPERATION_ID = re.compile(r"[a-z][a-z_]*\.[a-z][a-z_]*")


def encode_token(guid: str, operation_id: str, employer: str | None) -> str:
    """The continuation token of an operation."""
    data = {"v": TOKEN_VERSION, "guid": guid, "op": operation_id, "employer": employer}
    return json.dumps(data, separators=(",", ":"))


def parse_token(token: str) -> tuple[str, str, str | None]:
    """(guid, operation id, employer) of a continuation token; ConfigurationError if it is not
    one this version wrote, or if a field holds what its field may not."""
    try:
        data: Any = json.loads(token)
    except (ValueError, TypeError, RecursionError):
        data = None
    if not isinstance(data, dict) or data.get("v") != TOKEN_VERSION:
        raise ConfigurationError(
            f"not a link2prisma continuation token (version {TOKEN_VERSION} expected)"
        )
    guid, op, employer = data.get("guid"), data.get("op"), data.get("employer")
    if not isinstance(guid, str) or not _GUID.fullmatch(guid):
        raise ConfigurationError("continuation token: 'guid' is not a GUID")
    if not isinstance(op, str) or not _OPERATION_ID.fullmatch(op):
        raise ConfigurationError("continuation token: 'op' is not an operation id (tag.action)")
    if employer is not None and (
        not isinstance(employer, str) or check_employer(employer) != employer
    ):
        raise ConfigurationError("continuation token: 'employer' is not an employer number")
    return guid, op, employer
