"""The canonical spec against its sources: the Dutch manual and Sodeco's own JSON Schemas."""

from __future__ import annotations

import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from spec_tools import (
    MANUAL_GLOB,
    manual_operations,
    non_null,
    normalise_path,
    request_schemas,
    resolve,
    response_schemas,
    shared_file,
    spec,
    vendor_schemas,
)

METHODS = ("get", "post", "put", "delete")
# Names fixed by the issue: code outside this repository is written against them.
FIXED_NAMES = {
    ("get", "/worker"): "workers.list",
    ("get", "/worker/{workerID}"): "workers.get",
    ("post", "/worker"): "workers.create",
    ("put", "/worker/{workerID}"): "workers.update",
    ("get", "/worker/{workerID}/contract"): "contracts.list",
    ("post", "/worker/{workerID}/address"): "addresses.create",
    ("get", "/document/listing/{StartDate}/{EndDate}"): "documents.list",
    ("get", "/document/{documentID}"): "documents.get",
    ("post", "/document"): "documents.upload",
    ("get", "/modifications/{StartDate}/{EndDate}"): "modifications.list",
}


def operations() -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (m, p): op for p, item in spec()["paths"].items() for m, op in item.items() if m in METHODS
    }


def test_spec_is_valid_openapi_31() -> None:
    assert spec()["openapi"].startswith("3.1")
    validate(spec())


def test_every_documented_operation_is_present() -> None:
    manual = manual_operations(shared_file(MANUAL_GLOB).read_text())
    manual.add(("PUT", "/worker"))  # only in the English manual
    present = {(m.upper(), normalise_path(p)) for m, p in operations()}
    missing = manual - present
    assert not missing, f"documented but not in the spec: {sorted(missing)}"
    assert len(manual) == 92
    assert len(present & manual) == 92, f"{len(present & manual)} of 92 present"
    assert present == manual, f"in the spec but not documented: {sorted(present - manual)}"


def test_manual_slips_have_a_decision() -> None:
    paths = spec()["paths"]
    assert "/companycar/{carID}" in paths and "x-l2p-note" in paths["/companycar/{carID}"]
    assert "/worker/{workerID}/companycar/" in paths  # trailing slash as written
    assert "/profcats" in paths and "profcat" in paths["/profcats"]["x-l2p-note"]
    assert "/worker/{workerID}/divergentPayment" in paths
    assert "/worker/{workerID}/divergentpayment/{startdate}/{typeID}" in paths


def test_fixed_names_and_tag_action_ids() -> None:
    ops = operations()
    for key, op_id in FIXED_NAMES.items():
        assert ops[key]["operationId"] == op_id
    ids = [op["operationId"] for op in ops.values()]
    assert len(set(ids)) == len(ids) == 92
    for op in ops.values():
        tag, action = op["operationId"].split(".")
        assert op["tags"] == [tag]
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", tag) and re.fullmatch(r"[a-z_]+", action)


def test_protocol_as_it_is() -> None:
    ops = operations()
    sync = {op["operationId"] for op in ops.values() if op.get("x-l2p-synchronous")}
    assert sync == {"workers.exists", "results.get"}
    accepted = spec()["components"]["responses"]["Accepted"]["content"]["application/json"]
    assert accepted["schema"] == {"type": "string", "format": "uuid"}
    for op in ops.values():
        if op["operationId"] in sync:
            continue
        assert op["responses"]["202"] == {"$ref": "#/components/responses/Accepted"}
        assert "400" in op["responses"]
        assert op["x-l2p-result"]["kind"] in ("model", "list", "bytes", "none", "failed-lines")
    no_employer = {op["operationId"] for op in ops.values() if op.get("security")}
    assert no_employer == {"results.get", "documents.list_withdrawals"}
    schemes = spec()["components"]["securitySchemes"]
    assert schemes["Employer"] == {**schemes["Employer"], "type": "apiKey", "in": "header"}
    assert schemes["ClientCertificate"]["type"] == "mutualTLS"
    params = {p["$ref"].rsplit("/", 1)[-1] for p in ops[("get", "/worker")]["parameters"]}
    assert params == {"limit", "offset"}
    limit = spec()["components"]["parameters"]["limit"]["schema"]
    assert limit["maximum"] == 100
    result = spec()["components"]["schemas"]["Result"]
    assert result["required"] == [
        "ID",
        "Action",
        "Type",
        "Employer",
        "Worker",
        "Statuscode",
        "StatusDescription",
        "User",
        "Response",
    ]
    bodies = {(m, p) for (m, p), op in ops.items() if m == "delete" and "requestBody" in op}
    assert bodies == {
        ("delete", "/worker/{workerID}/communication"),
        ("delete", "/absences"),
        ("delete", "/prestations"),
        ("delete", "/firstdayofunemployment"),
    }
    assert ops[("get", "/document/{documentID}")]["x-l2p-result"] == {"kind": "bytes"}
    assert ops[("post", "/prestations")]["x-l2p-result"]["kind"] == "failed-lines"


def _objects(node: Any) -> list[dict[str, Any]]:
    """Every object schema within ``node`` (nested ones included)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "object" or "properties" in node:
            found.append(node)
        for value in node.values():
            found.extend(_objects(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_objects(value))
    return found


def test_no_component_serves_both_requests_and_answers() -> None:
    """Each side has its own rule, so no schema may be on both sides."""
    schemas = spec()["components"]["schemas"]
    both = {n for n in request_schemas() & response_schemas() if "enum" not in schemas[n]}
    assert not both, sorted(both)  # enumerations are shared: open on the reading side


def test_request_schemas_are_closed() -> None:
    schemas = spec()["components"]["schemas"]
    names = request_schemas()
    assert {"AddWorker", "Absences", "Contract", "UploadDocument"} <= names
    for name in names:
        for node in _objects(schemas[name]):
            assert node.get("additionalProperties") is False, name


def test_response_schemas_are_open() -> None:
    schemas = spec()["components"]["schemas"]
    names = response_schemas()
    assert {"WorkerRecord", "ContractRecord", "Result", "DocumentInfo"} <= names
    for name in names:
        for node in _objects(schemas[name]):
            assert node.get("additionalProperties") is True, name


def test_response_enumerations_are_open() -> None:
    """A value outside the vendor list (a newer deployment) is still a valid answer."""
    schemas = spec()["components"]["schemas"]
    count = 0
    for name in response_schemas():
        for node in _objects(schemas[name]):
            for prop, sub in node.get("properties", {}).items():
                sub = sub.get("items", sub) if sub.get("type") == "array" else sub
                assert "enum" not in sub, f"{name}.{prop}: a closed enumeration in an answer"
                refs = [b.get("$ref", "") for b in sub.get("anyOf", [])]
                if any("enum" in resolve({"$ref": r}) for r in refs if r):
                    assert {"type": "string"} in sub["anyOf"], f"{name}.{prop}"
                    count += 1
    assert count >= 100


def test_national_register_numbers_and_ibans_carry_their_format() -> None:
    schemas = spec()["components"]["schemas"]
    requests = request_schemas()
    seen = {"inss": 0, "iban": 0}
    for name, schema in schemas.items():
        for node in _objects(schema):
            for prop, sub in node.get("properties", {}).items():
                if prop in ("INSS", "SpouseINSS"):
                    assert sub.get("x-l2p-format") == "inss", f"{name}.{prop}"
                    seen["inss"] += 1
                if prop == "BankAccount" and name in requests:
                    assert sub.get("x-l2p-format") == "iban", f"{name}.{prop}"
                    seen["iban"] += 1
    assert seen["inss"] >= 6 and seen["iban"] >= 2
    assert spec()["components"]["parameters"]["rrnr"]["schema"]["x-l2p-format"] == "inss"


def test_inferred_schemas_are_marked() -> None:
    schemas = spec()["components"]["schemas"]
    vendor_named = {s["schema"] for s in spec()["x-l2p-vendor-schemas"]}
    for name, schema in schemas.items():
        if name in vendor_named or "x-l2p-vendor" in schema:
            continue
        if "enum" in schema:  # the values of a vendor property, named for the generated class
            assert schema["description"].startswith("The values the vendor schema lists"), name
            continue
        assert "x-l2p-inferred" in schema, f"{name}: not from the vendor file and not marked"


# --- the 30 vendor schemas, property by property --------------------------------------------

CONSTRAINTS = ("enum", "minimum", "maximum", "minLength", "maxLength", "pattern", "default")


def _types(node: dict[str, Any]) -> tuple[set[str], bool]:
    t = node.get("type")
    types = set(t) if isinstance(t, list) else ({t} if t else set())
    return types - {"null"}, "null" in types


def _vendor_resolve(node: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = root["definitions"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def compare(vendor: dict[str, Any], ours: dict[str, Any], root: dict[str, Any], where: str) -> int:
    """Assert ``ours`` says all that ``vendor`` says; return how many properties were checked."""
    vendor = _vendor_resolve(vendor, root)
    nullable_ref = "anyOf" in ours
    ours = resolve(non_null(ours))
    vtypes, vnull = _types(vendor)
    otypes, onull = _types(ours)
    assert vtypes == otypes, f"{where}: type {vtypes} != {otypes}"
    if vnull:
        assert onull or nullable_ref or ours.get("x-l2p-vendor-nullable"), f"{where}: nullability"
    slip = ours.get("x-l2p-vendor-slip", {})  # a vendor value deliberately corrected, with reason
    if None in vendor.get("enum", ()):  # a nullable enumeration: null moved to anyOf
        assert onull or nullable_ref, f"{where}: nullability"
        vendor = {**vendor, "enum": [v for v in vendor["enum"] if v is not None]}
    for key in CONSTRAINTS:
        if key in vendor:
            assert key in ours, f"{where}: {key} missing"
            if key in slip:
                assert slip[key] == vendor[key] and slip.get("reason"), f"{where}: {key} slip"
                continue
            assert ours[key] == vendor[key], f"{where}: {key} {ours[key]!r} != {vendor[key]!r}"
    checked = 0
    if "properties" in vendor:
        # a read shape keeps the vendor's list aside: nothing is required when reading
        required = ours.get("required", ours.get("x-l2p-vendor-required", []))
        assert sorted(vendor.get("required", [])) == sorted(required), where
        for name, prop in vendor["properties"].items():
            assert name in ours["properties"], f"{where}: property {name} missing"
            checked += 1 + compare(prop, ours["properties"][name], root, f"{where}.{name}")
    if "items" in vendor:
        checked += compare(vendor["items"], ours["items"], root, f"{where}[]")
    return checked


def test_every_vendor_schema_and_property_is_present() -> None:
    vendor = vendor_schemas()
    mapping = {entry["index"]: entry["schema"] for entry in spec()["x-l2p-vendor-schemas"]}
    assert len(vendor) == 30 and sorted(mapping) == list(range(30))
    schemas = spec()["components"]["schemas"]
    total = 0
    for index, source in enumerate(vendor):
        name = mapping[index]
        assert name in schemas, f"vendor schema {index} ({source.get('title')}) -> {name} missing"
        total += compare(source, schemas[name], source, f"{name}")
    assert total >= 796  # every property of the 30 schemas, nested definitions included


def test_comparison_would_catch_a_drift() -> None:
    """The comparison is not vacuous: a changed constraint is caught."""
    source = vendor_schemas()[3]  # Address
    ours = {**spec()["components"]["schemas"]["Address"]}
    ours["properties"] = {**ours["properties"], "Street": {"type": "string", "maxLength": 1}}
    with pytest.raises(AssertionError, match="Street"):
        compare(source, ours, source, "Address")
