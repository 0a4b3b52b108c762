"""Result models print briefly and privately (issue 13).

attrs' own repr printed a sandbox worker in 17,630 characters, 194 ``<...Unset object at
0x...>`` among them, the INSS and the IBAN in clear. Every generated model now prints its set
members only, masks every member the spec marks ``x-l2p-sensitive``, summarises nested records
and stays within :data:`link2prisma._reprs.LIMIT` characters; ``to_dict()`` keeps it all.
"""

from __future__ import annotations

import importlib
import itertools
import ssl
from pathlib import Path
from typing import Any

import pytest
import trustme

import link2prisma_api.models as models
from examples import example
from link2prisma import AsyncLink2Prisma, Certificate, Link2Prisma
from link2prisma._operation.decode import build_model, result_record
from link2prisma._reprs import LIMIT
from link2prisma._spec import ModelRef
from link2prisma_resources._table import OPERATIONS, SENSITIVE_FIELDS
from people import PEOPLE
from spec_tools import non_null, resolve, response_schemas, spec

MODEL_NAMES = sorted(
    name for name in models.__all__ if hasattr(getattr(models, name), "_l2p_members")
)
RESULT_NAMES = sorted(set(MODEL_NAMES) & response_schemas())
_counter = itertools.count(1)


def _ref(name: str) -> ModelRef:
    cls = getattr(importlib.import_module("link2prisma_api.models"), name)
    return ModelRef(name, cls.__module__.rsplit(".", 1)[-1], name, name)


def _marked(schema: dict[str, Any], secrets: set[str], depth: int = 0) -> Any:
    """An example of ``schema`` whose sensitive members all hold a unique, findable value."""
    node = resolve(non_null(schema))
    value = example(node, extra=True)
    if depth > 6:
        return value
    if isinstance(value, dict):
        props = node.get("properties", {})
        for member, prop in props.items():
            if member in SENSITIVE_FIELDS or prop.get("x-l2p-sensitive"):
                value[member] = _secret(prop, secrets)
            elif isinstance(value.get(member), (dict, list)):
                value[member] = _marked(prop, secrets, depth + 1)
    elif isinstance(value, list) and "items" in node:
        value = [_marked(node["items"], secrets, depth + 1) for _ in value]
    return value


def _secret(prop: dict[str, Any], secrets: set[str]) -> Any:
    n = next(_counter)
    t = resolve(non_null(prop)).get("type")
    kinds = set(t) if isinstance(t, list) else {t}
    if kinds & {"integer"}:
        value: Any = 7_310_000 + n
    elif kinds & {"number"}:
        value = 73_100.25 + n
    else:
        value = f"Secret{n:05d}Zq"
    secrets.add(str(value))
    return value


def _schema(name: str) -> dict[str, Any]:
    """The spec's schema of a generated model: a component, or an object inlined as the items
    of a component's member (``Error.errors`` -> ``ErrorErrorsItem``)."""
    schemas: dict[str, Any] = spec()["components"]["schemas"]
    if name in schemas:
        return schemas[name]
    for owner, schema in schemas.items():
        for member, prop in schema.get("properties", {}).items():
            items = prop.get("items", {})
            if f"{owner}{member[:1].upper()}{member[1:]}Item" == name and "properties" in items:
                return dict(items)
    raise KeyError(name)


def _model(name: str) -> tuple[Any, set[str]]:
    secrets: set[str] = set()
    data = _marked(_schema(name), secrets)
    return getattr(models, name).from_dict(data), secrets


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_model_prints_within_the_limit(name: str) -> None:
    model, _ = _model(name)
    assert len(repr(model)) <= LIMIT
    assert repr(model).startswith(f"{name}(")


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_model_masks_its_sensitive_members(name: str) -> None:
    model, secrets = _model(name)
    text = repr(model)
    assert [s for s in secrets if s in text] == []


@pytest.mark.parametrize("name", MODEL_NAMES)
def test_every_model_prints_no_unset_member(name: str) -> None:
    model = _model(name)[0] if _required(name) else getattr(models, name).from_dict({})
    assert "Unset" not in repr(model) and "object at 0x" not in repr(model)


@pytest.mark.parametrize("name", RESULT_NAMES)
def test_every_result_model_read_by_the_client_prints_privately(name: str) -> None:
    secrets: set[str] = set()
    data = _marked(spec()["components"]["schemas"][name], secrets)
    model = build_model(_ref(name), data, "tests.repr")
    text = repr(model)
    assert len(text) <= LIMIT and [s for s in secrets if s in text] == []
    assert [s for s in secrets if s in str(model.to_dict())] != [] or not secrets


def _required(name: str) -> bool:
    return bool(_schema(name).get("required"))


def test_the_models_are_many() -> None:
    assert len(MODEL_NAMES) >= 100 and len(RESULT_NAMES) >= 50


# --- a sandbox worker, as the issue measured it -----------------------------------------------

WORKER_REF = OPERATIONS["workers.get"].result
assert WORKER_REF is not None


def _worker() -> Any:
    return build_model(WORKER_REF, PEOPLE.records[0], "tests.repr.worker")


def test_a_sandbox_worker_prints_in_a_few_hundred_characters() -> None:
    assert len(repr(_worker())) <= LIMIT


def test_a_sandbox_worker_prints_none_of_its_personal_data() -> None:
    text = repr(_worker())
    assert [n for n in PEOPLE.needles if n in text] == []


def test_a_sandbox_worker_prints_what_identifies_the_record() -> None:
    text = repr(_worker())
    assert text.startswith("WorkerRecord(worker_number=1, ")
    assert "address=[" in text and "AddWorkerAddressRecord]" in text


def test_to_dict_keeps_the_vendor_data_in_full() -> None:
    worker = _worker()
    assert worker.to_dict()["Name"] == PEOPLE.records[0]["Name"]
    assert worker.to_dict()["address"] == PEOPLE.records[0]["address"]


def test_the_str_of_a_model_is_its_repr() -> None:
    worker = _worker()
    assert str(worker) == repr(worker)
    assert f"{[worker]}" == f"[{worker!r}]"


# --- what a member shows ----------------------------------------------------------------------


def test_free_text_is_redacted_and_cut() -> None:
    text = "Communication PrivateEmail|marc.mertens@example.be already exists, " + "x" * 80
    fields = {"Statuscode": "409", "StatusDescription": text}
    model = result_record(OPERATIONS["results.get"], fields)
    shown = repr(model)
    assert "marc.mertens" not in shown and "***" in shown
    assert "status_description='Communication PrivateEmail|***" in shown
    assert "x" * 60 not in shown and "…" in shown


def test_a_sensitive_member_is_masked_whatever_its_value() -> None:
    model = build_model(WORKER_REF, {"WorkerNumber": 2, "Name": "X"}, "tests.repr")
    assert repr(model) == "WorkerRecord(worker_number=2, name='***')"


def test_wrong_types_and_unknown_members_are_named_not_shown() -> None:
    sent = {"WorkerNumber": "12; DROP", "Secret": "Peeters Kerkstraat", "Other": 1}
    model = build_model(WORKER_REF, sent, "tests.repr.wrong")
    shown = repr(model)
    assert "wrong_types=['WorkerNumber']" in shown
    assert "additional_properties=<2 unknown members>" in shown
    assert "DROP" not in shown and "Peeters" not in shown


def test_too_many_members_are_counted_not_cut_mid_value() -> None:
    sent = {f"Member{i}": i for i in range(5)}
    sent |= {"WorkerNumber": 1, "Profession": "p" * 39, "Birthplace": "B", "Nationality": "0"}
    sent |= dict.fromkeys(
        ("IDType", "DriverCategory", "BirthplaceZIPCode", "IDValidUntil"), "y" * 39
    )
    sent |= dict.fromkeys(("InterimFrom", "InterimTo", "BirthplaceCountry", "Initial"), "z" * 39)
    shown = repr(build_model(WORKER_REF, sent, "tests.repr.many"))
    assert len(shown) <= LIMIT
    assert shown.endswith(" more)") and ", +" in shown


# --- clients and scopes -------------------------------------------------------------------------


@pytest.fixture
def certificate(tmp_path: Path) -> Certificate:
    ca = trustme.CA()
    issued = ca.issue_cert("integrator@example.test", common_name="integrator")
    cert_path, key_path = tmp_path / "client.pem", tmp_path / "client.key"
    cert_path.write_bytes(issued.cert_chain_pems[0].bytes())
    key_path.write_bytes(issued.private_key_pem.bytes())
    return Certificate.from_pem(cert_path, key_path)


URL = "https://127.0.0.1:8443/link2prisma.svc"


def test_a_client_says_where_it_is_connected_and_as_whom(certificate: Certificate) -> None:
    with Link2Prisma(URL, certificate=certificate) as l2p:
        text = repr(l2p)
    info = certificate.info
    assert text == (f"<Link2Prisma {URL} certificate CN='integrator' serial={info.serial_hex}>")


def test_a_client_repr_holds_no_secret(certificate: Certificate, tmp_path: Path) -> None:
    key = (tmp_path / "client.key").read_text()
    body = "".join(key.splitlines()[1:-1])
    with Link2Prisma(URL + "?token=s3cr3t", certificate=certificate) as l2p:
        text = repr(l2p)
    assert "s3cr3t" not in text and "PRIVATE" not in text and body[:40] not in text


def test_an_async_client_says_the_same() -> None:
    l2p = AsyncLink2Prisma(URL, verify=ssl.create_default_context())
    assert repr(l2p) == f"<AsyncLink2Prisma {URL} no client certificate>"


def test_a_copy_says_it_shares_a_pool(certificate: Certificate) -> None:
    with Link2Prisma(URL, certificate=certificate) as l2p:
        assert repr(l2p.with_options(timeout=5)).endswith(", sharing another client's pool>")


def test_a_scope_names_its_employer_and_server(certificate: Certificate) -> None:
    with Link2Prisma(URL, certificate=certificate) as l2p:
        assert repr(l2p.employer(999014)) == f"<EmployerScope 999014 on {URL}>"


def test_an_async_scope_names_its_employer_and_server() -> None:
    l2p = AsyncLink2Prisma(URL, verify=ssl.create_default_context())
    assert repr(l2p.employer("999014")) == f"<AsyncEmployerScope 999014 on {URL}>"
