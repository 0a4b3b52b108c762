"""Queued operations, in one place: every Link2Prisma call but two is queued (202 and a GUID) and
answered later by ``GET /Result/{GUID}``.

This package owns what that means for the client:

* :mod:`.status`: the ``Statuscode`` taxonomy (:class:`OperationStatus`);
* :mod:`.schedule`: when to poll next (:class:`PollPolicy`, :class:`PollSchedule`);
* :mod:`.decode`: reading a GUID, the ``Result`` envelope (:class:`Envelope`) and the typed value
  inside its ``Response``;
* :mod:`.handles`: :class:`Operation` and :class:`AsyncOperation` over one sans-IO state machine;
* :mod:`.token`: continuation tokens (written, and read back like any input).

Sending and resending the requests is :mod:`link2prisma._retry`'s; the handles call the core's
``fetch_envelope``, the only I/O they need.
"""

from .handles import AsyncOperation, Operation
from .schedule import PollPolicy, PollSchedule
from .status import OperationStatus

__all__ = ["AsyncOperation", "Operation", "OperationStatus", "PollPolicy", "PollSchedule"]
