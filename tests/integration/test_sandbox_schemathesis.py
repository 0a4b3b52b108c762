"""Schemathesis against a running sandbox: every operation of the spec, default checks.

No 5xx, status codes and bodies as the spec says, valid data accepted and invalid data refused.
The sandbox runs in a thread of this process on 127.0.0.1; requests carry the ``integrator``
client certificate (PEM pair) and the ``Employer`` header.
"""

from __future__ import annotations

import copy
import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

import link2prisma_resources
from link2prisma.sandbox import Sandbox

if TYPE_CHECKING:
    from conftest import SandboxFactory

#: National register numbers with valid check digits (both centuries) and valid IBANs.
VALID_INSS = ["85073003328", "02082927549", "00010100105", "91121212357"]
VALID_IBANS = ["", "BE68539007547034", "BE71096123456769", "NL91ABNA0417164300"]
_DAYS = st.dates(datetime.date(1990, 1, 1), datetime.date(2035, 12, 31))
schemathesis.openapi.format("l2p-yyyymmdd", _DAYS.map(lambda d: d.strftime("%Y%m%d")))
schemathesis.openapi.format(
    "l2p-yyyymmddHHMM",
    st.builds(
        lambda d, h, m: f"{d:%Y%m%d}{h:02d}{m:02d}", _DAYS, st.integers(0, 23), st.integers(0, 59)
    ),
)
schemathesis.openapi.format("l2p-inss", st.sampled_from(VALID_INSS))
schemathesis.openapi.format("l2p-iban", st.sampled_from(VALID_IBANS))


def with_formats(node: Any) -> Any:
    """The spec as schemathesis needs it to make valid data: ``x-l2p-format`` as ``format``.

    A pattern cannot say "a real date" or "valid check digits", so values made from the patterns
    alone are refused by the sandbox (as by the real service). Each format gets a strategy of
    valid values; an INSS typed as a number (the vendor's bodies) takes one of a few valid ones.
    """
    if isinstance(node, list):
        return [with_formats(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: with_formats(v) for k, v in node.items()}
    fmt = out.get("x-l2p-format")
    if fmt == "inss" and out.get("type") in ("number", "integer"):
        return {"enum": [int(v) for v in VALID_INSS]}
    if fmt in ("yyyymmdd", "yyyymmddHHMM", "inss", "iban") and out.get("type") == "string":
        for key in ("pattern", "minLength", "maxLength"):
            out.pop(key, None)
        out["format"] = f"l2p-{fmt}"
    return out


SPEC = link2prisma_resources.spec()
FUZZ_SPEC = with_formats(copy.deepcopy(SPEC))
OPERATIONS = [
    op
    for item in SPEC["paths"].values()
    for m, op in item.items()
    if m in ("get", "put", "post", "delete")
]
#: Operations whose bodies are so large that schemathesis' coverage phase sends thousands of
#: requests for each: they get the examples and fuzzing phases only.
LARGE_BODIES = {
    "AddWorker",
    "Worker",
    "Contract",
    "FamilyStatus",
    "NewDimona",
    "CompanyCar",
    "PrestationsList",
    "FirstDayOfUnemployment",
}
HEAVY = [
    op["operationId"]
    for op in OPERATIONS
    if op.get("requestBody", {})
    .get("content", {})
    .get("application/json", {})
    .get("schema", {})
    .get("$ref", "")
    .rsplit("/", 1)[-1]
    in LARGE_BODIES
]

light = schemathesis.openapi.from_dict(FUZZ_SPEC).exclude(operation_id=HEAVY)
light.config.generation.update(max_examples=5)
heavy = schemathesis.openapi.from_dict(FUZZ_SPEC).include(operation_id=HEAVY)
heavy.config.phases.update(phases=["examples", "fuzzing"])
heavy.config.generation.update(max_examples=10)


@pytest.fixture(scope="module")
def fuzzed_sandbox(make_module_sandbox: SandboxFactory) -> Sandbox:
    """A private sandbox: valid generated writes (new workers, deletions, ...) change its data."""
    return make_module_sandbox(employers=2, workers_per_employer=5, delay=0.0, processors=2, seed=3)


@pytest.fixture(scope="module")
def session(fuzzed_sandbox: Sandbox) -> Iterator[requests.Session]:
    s = requests.Session()
    s.cert = (str(fuzzed_sandbox.cert_pem_path), str(fuzzed_sandbox.key_pem_path))
    s.verify = str(fuzzed_sandbox.ca_bundle)
    yield s
    s.close()


def test_every_operation_is_covered() -> None:
    assert len(OPERATIONS) == 92
    assert 0 < len(HEAVY) < 25
    ids = {op["operationId"] for op in OPERATIONS}
    covered = {op.ok().definition.raw["operationId"] for op in light.get_all_operations()} | {
        op.ok().definition.raw["operationId"] for op in heavy.get_all_operations()
    }
    assert covered == ids


def _call(case: schemathesis.Case, fuzzed_sandbox: Sandbox, session: requests.Session) -> None:
    # A valid employer, unless this negative case is about the Employer header being absent:
    # overriding that mutation would send a valid request schemathesis expects refused.
    negative = case.meta is not None and case.meta.generation.mode.is_negative
    employer = {"Employer": fuzzed_sandbox.employers[0]}
    if negative and "Employer" not in (case.headers or {}):
        employer = {}
    case.call_and_validate(
        base_url=fuzzed_sandbox.base_url,
        session=session,
        headers=employer,
        timeout=30,
        verify=str(fuzzed_sandbox.ca_bundle),
        cert=(str(fuzzed_sandbox.cert_pem_path), str(fuzzed_sandbox.key_pem_path)),
    )


@light.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_operation(
    case: schemathesis.Case, fuzzed_sandbox: Sandbox, session: requests.Session
) -> None:
    _call(case, fuzzed_sandbox, session)


@heavy.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_large_operation(
    case: schemathesis.Case, fuzzed_sandbox: Sandbox, session: requests.Session
) -> None:
    _call(case, fuzzed_sandbox, session)
