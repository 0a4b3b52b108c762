"""Schemathesis against the sandbox in negative mode: invalid parameters and bodies.

For every operation of the spec, schemathesis generates requests that break the schema (wrong
types, out-of-range numbers, patterns, missing required fields, ...). The sandbox must never
answer 5xx, and must refuse each invalid request with 400 and its reasons (an Error body with a
non-empty ``Errors`` list of ``{Field, Rule}``) before queueing anything. ``Result/{GUID}``
documents no 400: a malformed GUID is an unknown request there (404 with a ``Message``).

The ``Employer`` header (an apiKey security scheme in the spec) is sent valid and left out of the
generation: without it the sandbox answers 403, as documented, which is not what is tested here.
A few malformed bodies schemathesis does not produce (not JSON, empty, deeply nested) are sent
by hand at the end.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import negative_data_rejection, not_a_server_error
from schemathesis.config._checks import NegativeDataRejectionConfig

import link2prisma_resources
from link2prisma.sandbox import Sandbox

SPEC = link2prisma_resources.spec()
# Operations with neither parameters nor body have nothing to make invalid (the Employer header
# is left out of the generation, see above): schemathesis would only skip them.
NOTHING_TO_BREAK = sorted(
    op["operationId"]
    for item in SPEC["paths"].values()
    for method, op in item.items()
    if method in ("get", "put", "post", "delete")
    and not op.get("parameters")
    and not item.get("parameters")
    and "requestBody" not in op
)
schema = schemathesis.openapi.from_dict(SPEC).exclude(operation_id=NOTHING_TO_BREAK)
schema.config.generation.update(
    modes=[GenerationMode.NEGATIVE], max_examples=6, with_security_parameters=False
)
# Fuzzing only: the coverage phase enumerates every boundary of the big schemas (minutes).
schema.config.phases.coverage.enabled = False
schema.config.phases.examples.enabled = False
# 400 everywhere; 404 only where the spec documents no 400 (checked per operation below).
schema.config.checks.negative_data_rejection = NegativeDataRejectionConfig(
    expected_statuses=["400", "404"]
)
NO_400 = {"results.get"}


@pytest.fixture(scope="session")
def negative_sandbox(sandbox: Sandbox) -> Sandbox:
    """The shared sandbox (conftest.py): every request here is refused, nothing is queued, and
    the counters are read before and after."""
    return sandbox


@pytest.fixture(scope="module")
def session(negative_sandbox: Sandbox) -> Iterator[requests.Session]:
    s = requests.Session()
    s.cert = (str(negative_sandbox.cert_pem_path), str(negative_sandbox.key_pem_path))
    s.verify = str(negative_sandbox.ca_bundle)
    yield s
    s.close()


def assert_refused_with_reasons(response: Any, operation_id: str) -> None:
    """The answer to an invalid request: 400 with ``Errors`` (or 404 where no 400 exists)."""
    assert response.status_code < 500, response.text[:500]
    body = response.json()
    assert isinstance(body, dict) and isinstance(body.get("Message"), str), body
    if response.status_code == 404:
        assert operation_id in NO_400, f"{operation_id}: 404 for an invalid request: {body}"
        return
    assert response.status_code == 400, f"{operation_id}: {response.status_code} {body}"
    errors = body.get("Errors")
    assert isinstance(errors, list) and errors, f"{operation_id}: 400 without reasons: {body}"
    assert all(
        isinstance(e.get("Field"), str) and isinstance(e.get("Rule"), str) for e in errors
    ), body
    assert any(e["Field"] and e["Rule"] for e in errors), body


@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), database=None)
def test_invalid_requests_are_refused_with_reasons(
    case: schemathesis.Case, negative_sandbox: Sandbox, session: requests.Session
) -> None:
    sb = negative_sandbox
    before = sb.stats()["submits_accepted"]
    response = case.call_and_validate(
        base_url=sb.base_url,
        session=session,
        headers={"Employer": sb.employers[0]},
        timeout=30,
        verify=str(sb.ca_bundle),
        cert=(str(sb.cert_pem_path), str(sb.key_pem_path)),
        checks=[not_a_server_error, negative_data_rejection],
    )
    operation_id = case.operation.definition.raw["operationId"]
    if response.status_code in (400, 404):
        assert_refused_with_reasons(response, operation_id)
        # Refused before queueing: nothing was accepted meanwhile (the stats call is no submit).
        assert sb.stats()["submits_accepted"] == before


BODY_OPERATIONS = [
    ("POST", "/worker/1/communication"),
    ("PUT", "/worker/1"),
    ("POST", "/absences"),
    ("POST", "/prestations"),
    ("POST", "/document"),
]
MALFORMED_BODIES = {
    "not JSON": b"Name=Peeters&INSS=85073003328",
    "empty": b"",
    "truncated": b'{"CommunicationType": "Email", "Value": ',
    "NaN": b'{"Value": NaN}',
    "deeply nested": b"[" * 200_000,
    "wrong top-level type": b'"a string"',
    "latin-1 bytes": '{"Value": "é"}'.encode("latin-1"),
}


@pytest.mark.parametrize(
    ("method", "path"), BODY_OPERATIONS, ids=[f"{m} {p}" for m, p in BODY_OPERATIONS]
)
@pytest.mark.parametrize("kind", sorted(MALFORMED_BODIES))
def test_malformed_bodies_are_refused_with_reasons(
    negative_sandbox: Sandbox, session: requests.Session, method: str, path: str, kind: str
) -> None:
    sb = negative_sandbox
    before = sb.stats()["submits_accepted"]
    response = session.request(
        method,
        sb.base_url + path,
        data=MALFORMED_BODIES[kind],
        headers={"Employer": sb.employers[0], "Content-Type": "application/json"},
        timeout=30,
        verify=str(sb.ca_bundle),  # explicitly: REQUESTS_CA_BUNDLE would override session.verify
    )
    assert_refused_with_reasons(response, f"{method} {path}")
    assert sb.stats()["submits_accepted"] == before


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=101",
        "limit=abc",
        "offset=-1",
        "=5",
        "limit=1e2",
        "limit=%00",
    ],
)
def test_invalid_query_parameters_are_refused_with_reasons(
    negative_sandbox: Sandbox, session: requests.Session, query: str
) -> None:
    sb = negative_sandbox
    response = session.get(
        f"{sb.base_url}/worker?{query}",
        headers={"Employer": sb.employers[0]},
        timeout=30,
        verify=str(sb.ca_bundle),
    )
    assert_refused_with_reasons(response, f"GET /worker?{query}")
    assert json.dumps(response.json())  # well-formed
