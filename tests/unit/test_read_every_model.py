"""Every read shape, whatever a WCF service does to its members: nothing is lost.

For each object component an answer can hold, hypothesis writes a record whose members are each
kept, written as ``null``, left out, or (for an enumeration) given a value outside the vendor
list, then reads it the way the client reads a ``Result``: the record decodes, ``null`` reads as
absent, and every other value is kept as sent.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examples import example
from link2prisma._operation.decode import build_model
from link2prisma._spec import ModelRef
from spec_tools import non_null, resolve, response_schemas, spec

NAMES = sorted(
    n
    for n in response_schemas()
    if "properties" in spec()["components"]["schemas"][n]
    and n not in ("Result", "WorkerExists")  # answers whose members are all required
)


def _ref(name: str) -> ModelRef:
    import importlib

    cls = getattr(importlib.import_module("link2prisma_api.models"), name)
    return ModelRef(name, cls.__module__.rsplit(".", 1)[-1], name, name)


def _is_enum(prop: dict[str, Any]) -> bool:
    return "enum" in resolve(non_null(prop))


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_read_shape_keeps_what_was_sent(name: str, data: st.DataObject) -> None:
    schema = spec()["components"]["schemas"][name]
    record = example(schema, extra=False)
    sent: dict[str, Any] = {}
    expected: dict[str, Any] = {}
    for member, value in record.items():
        prop = schema["properties"][member]
        choices = ["keep", "null", "absent"] + (["drift"] if _is_enum(prop) else [])
        what = data.draw(st.sampled_from(choices), label=member)
        if what == "keep":
            sent[member] = expected[member] = value
        elif what == "null":
            sent[member] = None
        elif what == "drift":
            odd = data.draw(st.text("ABCXYZ", min_size=1, max_size=6).map(lambda s: s + "Odd"))
            sent[member] = expected[member] = odd
    model = build_model(_ref(name), sent, "tests.read")
    assert model.to_dict() == expected


def test_the_read_shapes_are_many() -> None:
    assert len(NAMES) >= 50
