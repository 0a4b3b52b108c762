"""Schemathesis against a running sandbox: every operation of the spec, default checks.

No 5xx, status codes and bodies as the spec says, valid data accepted and invalid data refused.
The sandbox runs in a thread of this process on 127.0.0.1; requests carry the ``integrator``
client certificate (PEM pair) and the ``Employer`` header.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings

import link2prisma_resources
from link2prisma.sandbox import Sandbox

SPEC = link2prisma_resources.spec()
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

light = schemathesis.openapi.from_dict(SPEC).exclude(operation_id=HEAVY)
light.config.generation.update(max_examples=5)
heavy = schemathesis.openapi.from_dict(SPEC).include(operation_id=HEAVY)
heavy.config.phases.update(phases=["examples", "fuzzing"])
heavy.config.generation.update(max_examples=10)


@pytest.fixture(scope="module")
def fuzzed_sandbox() -> Iterator[Sandbox]:
    with Sandbox.start(employers=2, workers_per_employer=5, delay=0.0, processors=2, seed=3) as sb:
        yield sb


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
    case.call_and_validate(
        base_url=fuzzed_sandbox.base_url,
        session=session,
        headers={"Employer": fuzzed_sandbox.employers[0]},
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
