"""Where a queued operation stands: the vendor's ``Statuscode`` values sorted into four states."""

from __future__ import annotations

import enum

DONE = frozenset({"200", "201"})
PENDING = frozenset({"202", "302"})
NO_DATA = frozenset({"204"})


class OperationStatus(enum.StrEnum):
    """Where a queued operation stands."""

    QUEUED = "queued"  # Statuscode 202
    PROCESSING = "processing"  # Statuscode 302
    SUCCEEDED = "succeeded"  # 200, 201 and 204
    FAILED = "failed"  # anything else

    @property
    def terminal(self) -> bool:
        return self in (OperationStatus.SUCCEEDED, OperationStatus.FAILED)


def status_of(statuscode: str | None) -> OperationStatus:
    """The status a ``Statuscode`` (as text) stands for."""
    if statuscode == "202":
        return OperationStatus.QUEUED
    if statuscode == "302":
        return OperationStatus.PROCESSING
    if statuscode in DONE or statuscode in NO_DATA:
        return OperationStatus.SUCCEEDED
    return OperationStatus.FAILED
