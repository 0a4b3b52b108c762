"""Read the server's answers: the GUID of a queued call, the ``Result`` envelope of a GUID and
the typed value inside its ``Response``.

Pure functions shared by the sync and async paths. Anything unexpected becomes a typed
:class:`~link2prisma.UnexpectedResponseError` or :class:`~link2prisma.OperationFailed`, never a
bare KeyError. Words: the *envelope* (:class:`Envelope`) is what ``GET /Result/{GUID}`` answers;
the *value* is what an operation's ``result()`` returns, decoded from the envelope's Response.
"""

from __future__ import annotations

import base64
import binascii
import functools
import importlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from .._exceptions import OperationFailed, UnexpectedResponseError
from .._lenient import WrongType, normalise, report_drift
from .._redact import excerpt
from .._spec import ModelRef, OperationSpec
from .status import NO_DATA, OperationStatus, status_of

_GUID = re.compile(r"^\{?[0-9a-fA-F]{8}(-?[0-9a-fA-F]{4}){3}-?[0-9a-fA-F]{12}\}?$")
RESULT_OPERATION = "results.get"
"""The operation that reads an envelope: waiting on a GUID as it gives the raw Result."""
RESULT_FIELDS = (
    "ID",
    "Action",
    "Type",
    "Employer",
    "Worker",
    "Statuscode",
    "StatusDescription",
    "User",
    "Response",
)


BOM = "\ufeff"
_UNREADABLE = object()
_DECODE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError, binascii.Error)


def json_text(content: bytes | str) -> str:
    """A JSON body as text: UTF-8, a leading byte order mark dropped (WCF may send one)."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    return text.lstrip(BOM + " \t\r\n")


def load_json(content: bytes | str) -> Any:
    """``json.loads`` of a body that may start with a byte order mark."""
    return json.loads(json_text(content))


def parse_guid(content: bytes) -> str:
    """The GUID of a queued call: a JSON string (quoted), tolerated bare (and after a BOM)."""
    text = json_text(content).strip()
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = text.strip('"')
    if isinstance(value, str) and _GUID.match(value.strip()):
        return str(uuid.UUID(value.strip().strip("{}")))
    raise UnexpectedResponseError(
        "the queued call's answer holds no GUID", body=excerpt(content, free_text=False)
    )


@dataclass(frozen=True, slots=True)
class Envelope:
    """The nine vendor fields of ``GET /Result/{GUID}``, Statuscode normalised to text."""

    fields: dict[str, Any]
    statuscode: str
    description: str | None
    response: str | None

    @property
    def status(self) -> OperationStatus:
        return status_of(self.statuscode)


def parse_envelope(content: bytes, guid: str) -> Envelope:
    """Read a Result body; tolerate missing optional fields, refuse what is not a Result."""
    try:
        data = load_json(content)
    except (ValueError, RecursionError):
        data = _UNREADABLE  # raised below, outside the handler: the error keeps no context
    if data is _UNREADABLE:
        raise UnexpectedResponseError(
            "Result is not JSON", guid=guid, body=excerpt(content, free_text=False)
        )
    if not isinstance(data, dict):
        raise UnexpectedResponseError(
            "Result is not a JSON object", guid=guid, body=excerpt(content, free_text=False)
        )
    code = data.get("Statuscode")
    if isinstance(code, bool) or not isinstance(code, (str, int, float)):
        raise UnexpectedResponseError(
            "Result has no Statuscode", guid=guid, body=excerpt(content, free_text=False)
        )
    statuscode = str(code).strip()
    if isinstance(code, float) and code.is_integer():
        statuscode = str(int(code))
    description = data.get("StatusDescription")
    response = data.get("Response")
    return Envelope(
        fields=data,
        statuscode=statuscode,
        description=description if isinstance(description, str) else None,
        response=response
        if isinstance(response, str)
        else (None if response is None else json.dumps(response)),
    )


def raise_for_failure(
    env: Envelope, guid: str, spec: OperationSpec | None, employer: str | None
) -> None:
    if env.status is OperationStatus.FAILED:
        op = spec.operation_id if spec else None
        raise OperationFailed(
            f"operation failed with Statuscode {env.statuscode}",
            statuscode=env.statuscode,
            status_description=excerpt(env.description, 500),
            guid=guid,
            operation=op,
            employer=employer,
        )


def result_record(spec: OperationSpec, fields: dict[str, Any]) -> Any:
    """The envelope as the vendor's ``Result`` model: all nine fields, null where absent.

    A numeric ``Statuscode`` (some deployments write ``200``) is read as its text, as
    :func:`parse_envelope` does.
    """
    assert spec.result is not None
    fields = {**dict.fromkeys(RESULT_FIELDS), **fields}
    code = fields.get("Statuscode")
    if isinstance(code, (int, float)) and not isinstance(code, bool):
        fields["Statuscode"] = str(int(code)) if float(code).is_integer() else str(code)
    return build_model(spec.result, fields, RESULT_OPERATION)


@functools.cache
def _model_class(ref: ModelRef) -> Any:
    """The generated attrs class of ``ref``, its module imported on first use (then cached)."""
    assert ref.attrs_module is not None and ref.attrs_class is not None
    module = importlib.import_module(f"link2prisma_api.models.{ref.attrs_module}")
    return getattr(module, ref.attrs_class)


def build_model(ref: ModelRef, data: Any, operation: str | None = None) -> Any:
    """Generated attrs model(s) from decoded JSON; arrays become lists.

    The JSON is first read leniently (:func:`~link2prisma._lenient.normalise`): ``null``
    members and items dropped, INSS numbers as 11-digit strings, enum values the spec does
    not list kept as sent, and members of the wrong JSON type taken out, then put back raw
    into their record's ``additional_properties`` (the attribute stays unset; the model's
    ``wrong_types`` lists them). Both are logged once per (operation, field).
    """
    clean, drift = normalise(ref.schema, data)
    if drift:
        report_drift(operation, drift)
    model = _build(ref, clean)
    for d in drift:
        if d.kind == "type":
            _keep_raw(model, d.path, d.value)
    return model


def _keep_raw(model: Any, path: tuple[str | int, ...], value: Any) -> None:
    """Put ``value`` under the last step of ``path`` into the record the other steps lead to.

    The steps are vendor names and list indexes of the decoded JSON; a record is a generated
    model (its attributes found by vendor name) or, where the generated code kept a raw
    object, a dict.
    """
    node = model
    for step in path[:-1]:
        if isinstance(step, int):
            node = node[step]
        elif isinstance(node, dict):
            node = node[step]
        else:
            members: dict[str, str] = type(node)._l2p_members
            attr = next(a for a, vendor in members.items() if vendor == step)
            node = getattr(node, attr)
    key = path[-1]
    if isinstance(node, dict):
        node[str(key)] = value
    else:
        node.additional_properties[str(key)] = value


def _build(ref: ModelRef, data: Any) -> Any:
    if ref.items is not None:
        if not isinstance(data, list):
            raise WrongType("expected a JSON array")
        return [_build(ref.items, x) for x in data if x is not None]
    if not isinstance(data, dict):
        raise WrongType("expected a JSON object")
    return _model_class(ref).from_dict(data)


def _json_response(text: str) -> Any:
    value = load_json(text)
    # Some deployments encode once more: a JSON string holding JSON text.
    if isinstance(value, str) and json_text(value)[:1] in ("{", "["):
        try:
            return load_json(value)
        except json.JSONDecodeError as exc:
            where = f"{exc.msg} at character {exc.pos}"
        raise WrongType(f"the Response, encoded twice, does not decode ({where})")
    return value


def _bytes_response(text: str) -> bytes:
    try:
        value = load_json(text)
    except ValueError:
        value = json_text(text)
    if not isinstance(value, str):
        raise WrongType("expected base64 text")
    return base64.b64decode("".join(value.split()), validate=True)


def _is_empty(text: str | None) -> bool:
    return text is None or json_text(text).strip() in ("", "null", '""')


def decode(env: Envelope, spec: OperationSpec, guid: str, employer: str | None) -> Any:
    """The typed value of a finished operation, as ``x-l2p-result`` says.

    No data (Statuscode 204, a missing, ``null`` or empty Response) is ``None`` for one record
    and ``[]`` for lists; a prestations Result whose lines were all processed "remains empty"
    (the manual): ``""``, ``null``, ``"[]"`` or ``{}`` give no failed lines. Waited on as
    ``results.get``, the value is the envelope itself (the ``Result`` model), failed or not.
    """
    if spec.operation_id != RESULT_OPERATION:
        raise_for_failure(env, guid, spec, employer)
    try:
        return _value(env, spec)
    except _DECODE_ERRORS as exc:
        cause = why(exc)
    # Raised outside the handler: the error carries no chained exception, whose text (a
    # JSONDecodeError's document, a value in a message) could hold personal data.
    raise UnexpectedResponseError(
        f"cannot decode the Response of {spec.operation_id}: {cause}",
        guid=guid,
        operation=spec.operation_id,
        employer=employer,
        body=_shown_response(env, spec),
    )


def _shown_response(env: Envelope, spec: OperationSpec) -> str | None:
    """The Response in an error: redacted JSON, or only the length of a document (base64 of
    a payslip is personal data, merely encoded)."""
    if spec.result_kind == "bytes" and env.response:
        return f"{len(env.response)} characters of base64"
    return excerpt(env.response, 200, free_text=False)


def why(exc: BaseException) -> str:
    """Why decoding failed, in words that hold no value of the answer.

    Our own refusals (:class:`~link2prisma._lenient.WrongType`) name the member, never its
    value; a JSON syntax error gives its position; anything else only its type.
    """
    if isinstance(exc, WrongType):
        return str(exc)
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON ({exc.msg} at character {exc.pos})"
    if isinstance(exc, binascii.Error):
        return "not base64"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return type(exc).__name__


def _value(env: Envelope, spec: OperationSpec) -> Any:
    kind = spec.result_kind
    op = spec.operation_id
    text = env.response
    if op == RESULT_OPERATION:
        return result_record(spec, env.fields)
    if kind == "none":
        return None
    empty = env.statuscode in NO_DATA or _is_empty(text)
    if kind == "bytes":
        return b"" if empty else _bytes_response(text or "")
    if empty:
        if kind in ("list", "failed-lines") or (spec.result and spec.result.items):
            return []
        return None
    data = _json_response(text or "")
    assert spec.result is not None
    if kind in ("list", "failed-lines"):
        if kind == "failed-lines" and data in (None, "", {}):
            return []  # nothing failed, written one way or another
        if isinstance(data, dict):
            data = [data]  # a single record where a list was expected
        if not isinstance(data, list):
            raise WrongType("expected a JSON array")
        return [build_model(spec.result, x, op) for x in data if x is not None]
    if spec.result.items is None and isinstance(data, list):
        # One record asked, a list answered: accept an empty list or a list of one.
        if len(data) > 1:
            raise WrongType(f"expected one record, got {len(data)}")
        return build_model(spec.result, data[0], op) if data else None
    return build_model(spec.result, data, op)
