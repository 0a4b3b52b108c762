"""A member of the wrong JSON type is kept raw and flagged, never coerced (issue 14).

The generated ``from_dict`` copies whatever it is given: ``"12; DROP"`` became a worker number
and ``"N/A"`` a list of three contracts (``['N', '/', 'A']``). The reader now takes such a member
out before the model is built and puts it back raw into ``additional_properties`` (``to_dict()``
gives it back); the attribute stays unset and ``wrong_types`` names it. No record is lost.
"""

from __future__ import annotations

import importlib
import json
import logging
from typing import Any

import pytest

from examples import example, object_components
from link2prisma._lenient import WrongType, compile_schema, walk
from link2prisma._operation.decode import Envelope, build_model, decode
from link2prisma._spec import ModelRef
from link2prisma_api.types import Unset
from link2prisma_resources._table import OPERATIONS
from spec_tools import non_null, resolve, response_schemas, spec

WORKER = OPERATIONS["workers.get"]
assert WORKER.result is not None
WORKER_REF: ModelRef = WORKER.result


def _ref(name: str) -> ModelRef:
    cls = getattr(importlib.import_module("link2prisma_api.models"), name)
    return ModelRef(name, cls.__module__.rsplit(".", 1)[-1], name, name)


def _finished(records: Any) -> Envelope:
    text = json.dumps(records)
    return Envelope({"Statuscode": "200", "Response": text}, "200", None, text)


def test_text_where_an_integer_is_declared_is_not_passed_off() -> None:
    w = build_model(WORKER_REF, {"WorkerNumber": "12; DROP"}, "tests.wrong.int")
    assert isinstance(w.worker_number, Unset)
    assert w.wrong_types == {"WorkerNumber": "12; DROP"}


def test_text_where_a_list_is_declared_is_not_iterated_into_characters() -> None:
    w = build_model(WORKER_REF, {"WorkerNumber": 12, "contract": "N/A"}, "tests.wrong.list")
    assert isinstance(w.contract, Unset)
    assert w.additional_properties["contract"] == "N/A"
    assert w.worker_number == 12


def test_a_boolean_is_no_integer() -> None:
    w = build_model(WORKER_REF, {"WorkerNumber": True}, "tests.wrong.bool")
    assert w.wrong_types == {"WorkerNumber": True}


def test_to_dict_gives_back_every_value_as_sent() -> None:
    sent = {"WorkerNumber": "12; DROP", "contract": "N/A", "Name": "Peeters", "Other": [1]}
    w = build_model(WORKER_REF, sent, "tests.wrong.dict")
    assert w.to_dict() == sent


def test_a_nested_record_keeps_its_own_wrong_member() -> None:
    sent = {"WorkerNumber": 3, "address": [{"Street": "Kerkstraat"}, {"Street": ["x"]}]}
    w = build_model(WORKER_REF, sent, "tests.wrong.nested")
    assert w.address[0].street == "Kerkstraat" and w.address[0].wrong_types == {}
    assert isinstance(w.address[1].street, Unset)
    assert w.address[1].wrong_types == {"Street": ["x"]}
    assert w.to_dict() == sent


def test_an_item_of_the_wrong_type_makes_the_whole_member_raw() -> None:
    sent = {"WorkerNumber": 3, "address": ["N/A", {"Street": "Kerkstraat"}]}
    w = build_model(WORKER_REF, sent, "tests.wrong.item")
    assert isinstance(w.address, Unset)
    assert w.wrong_types == {"address": ["N/A", {"Street": "Kerkstraat"}]}


def test_no_record_of_a_page_is_lost() -> None:
    page = [
        {"WorkerNumber": 1, "Name": "A"},
        {"WorkerNumber": "12; DROP", "contract": "N/A"},
        {"WorkerNumber": 3},
    ]
    workers = decode(_finished(page), OPERATIONS["workers.list"], "guid", "999014")
    assert [w.to_dict() for w in workers] == page
    assert [sorted(w.wrong_types) for w in workers] == [[], ["WorkerNumber", "contract"], []]


def test_a_wrong_type_is_logged_once_per_operation_and_field(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="link2prisma")
    for n in range(3):
        build_model(WORKER_REF, {"WorkerNumber": f"{n}; DROP"}, "tests.wrong.once")
    lines = [r for r in caplog.records if "tests.wrong.once" in r.getMessage()]
    assert len(lines) == 1
    assert lines[0].levelno == logging.WARNING
    assert "WorkerRecord.WorkerNumber" in lines[0].getMessage()
    assert "a string" in lines[0].getMessage()


def test_a_sensitive_value_of_the_wrong_type_is_masked_in_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="link2prisma")
    build_model(WORKER_REF, {"Name": 4711}, "tests.wrong.masked")
    assert "WorkerRecord.Name" in caplog.text
    assert "4711" not in caplog.text and "***" in caplog.text


def test_an_object_of_the_wrong_type_is_logged_by_its_size_only(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="link2prisma")
    build_model(WORKER_REF, {"contract": {"Peeters": "Kerkstraat 12"}}, "tests.wrong.obj")
    assert "an object of 1 members" in caplog.text
    assert "Peeters" not in caplog.text and "Kerkstraat" not in caplog.text


def test_a_required_member_of_the_wrong_type_reads_as_null_when_it_may() -> None:
    ref = OPERATIONS["results.get"].result
    assert ref is not None
    sent = {"ID": "x", "Action": "a", "Type": "t", "Employer": "1", "Worker": [2]}
    sent |= {"Statuscode": "200", "StatusDescription": None, "User": "u", "Response": "[]"}
    model = build_model(ref, sent, "tests.wrong.required")
    assert model.worker is None
    assert model.wrong_types == {"Worker": [2]}


def test_a_required_member_that_cannot_be_null_makes_the_record_unreadable() -> None:
    ref = OPERATIONS["workers.exists"].result
    assert ref is not None
    with pytest.raises(WrongType) as caught:
        build_model(ref, {"WorkerExists": "yes", "WorkerNumber": 12}, "tests.wrong.exists")
    assert "WorkerExists.WorkerExists" in str(caught.value) and "yes" not in str(caught.value)


def test_a_nested_record_that_cannot_be_read_is_kept_raw_whole() -> None:
    schemas = {
        "Outer": {
            "type": "object",
            "properties": {
                "inner": {"$ref": "#/components/schemas/Inner"},
                "n": {"type": "integer"},
            },
        },
        "Inner": {
            "type": "object",
            "required": ["flag"],
            "properties": {"flag": {"type": "boolean"}, "name": {"type": "string"}},
        },
    }
    node = compile_schema({"components": {"schemas": schemas}}, "Outer")
    out, drift = walk(node, {"inner": {"flag": "yes", "name": 5}, "n": 1}, "Outer")
    assert out == {"n": 1}
    assert [(d.field, d.kind, d.path) for d in drift] == [("Outer.inner", "type", ("inner",))]


def _wrong_value(prop: dict[str, Any]) -> Any:
    """A value of another JSON type than ``prop`` declares."""
    node = resolve(non_null(prop))
    t = node.get("type")
    types = set(t) if isinstance(t, list) else {t}
    if "array" in types or "object" in types or "properties" in node:
        return "N/A"
    if "string" in types:
        return ["N", "/", "A"]
    return "12; DROP"


def _nullable(prop: dict[str, Any]) -> bool:
    t = prop.get("type")
    return (isinstance(t, list) and "null" in t) or any(
        b.get("type") == "null" for b in prop.get("anyOf", [])
    )


READ_SHAPES = sorted(set(object_components()) & response_schemas())


@pytest.mark.parametrize("name", READ_SHAPES)
def test_every_member_of_every_read_shape_keeps_a_wrong_type_raw(name: str) -> None:
    schema = spec()["components"]["schemas"][name]
    record = example(schema, extra=False)
    required = set(schema.get("required", ()))
    for member, prop in schema.get("properties", {}).items():
        if resolve(non_null(prop)).get("x-l2p-format") == "inss":
            continue  # a number there is the INSS the service sends: read as its text
        wrong = _wrong_value(prop)
        sent = {**record, member: wrong}
        if member in required and not _nullable(prop):
            with pytest.raises(WrongType, match=f"{name}.{member} has a type"):
                build_model(_ref(name), sent, f"tests.wrong.every.{name}")
            continue
        model = build_model(_ref(name), sent, f"tests.wrong.every.{name}")
        assert model.wrong_types == {member: wrong}, member
        if member not in required:  # a required member reads as null: to_dict says null
            assert model.to_dict() == sent, member


def test_the_read_shapes_are_many() -> None:
    assert len(READ_SHAPES) >= 50
