"""scripts/spec_diff/: classification, acknowledgement, Python surface and CI mode."""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "spec_diff"
REAL_SPEC = ROOT / "openapi" / "link2prisma.yaml"


def _load_script() -> Any:
    package = ROOT / "scripts" / "spec_diff"
    spec = importlib.util.spec_from_file_location(
        "spec_diff", package / "__init__.py", submodule_search_locations=[str(package)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_diff"] = module  # dataclasses and relative imports look it up
    spec.loader.exec_module(module)
    return module


sd = _load_script()

BREAKING, POSSIBLY, COMPATIBLE = sd.BREAKING, sd.POSSIBLY, sd.COMPATIBLE


def base() -> dict[str, Any]:
    return yaml.safe_load((FIXTURES / "base.yaml").read_text())


def changes_between(
    old: dict[str, Any], new: dict[str, Any], log: list[str] | None = None
) -> list[Any]:
    changes, _notes = sd.compare_specs(old, new, log or [])
    return changes


def mutated(fn: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    doc = copy.deepcopy(base())
    fn(doc)
    return doc


def schemas(d: dict[str, Any]) -> dict[str, Any]:
    return d["components"]["schemas"]


def props(d: dict[str, Any], name: str) -> dict[str, Any]:
    return d["components"]["schemas"][name]["properties"]


def params(d: dict[str, Any]) -> dict[str, Any]:
    return d["components"]["parameters"]


def op(d: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    return d["paths"][path][method]


def _add_param(required: bool) -> Callable[[dict[str, Any]], None]:
    def fn(d: dict[str, Any]) -> None:
        op(d, "/worker", "get")["parameters"].append(
            {"name": "status", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    return fn


def _add_prop(required: bool) -> Callable[[dict[str, Any]], None]:
    def fn(d: dict[str, Any]) -> None:
        props(d, "AddWorker")["Language"] = {"type": "string", "enum": ["N", "F"]}
        if required:
            schemas(d)["AddWorker"]["required"].append("Language")

    return fn


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def fn(d: dict[str, Any]) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return fn


def _delete(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def fn(d: dict[str, Any]) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return fn


S = ["components", "schemas"]
P = ["components", "parameters"]
W = ["paths", "/worker/{workerID}"]

# (id, mutation, rule, level, subject, location) -- location None: not checked.
CASES: list[tuple[str, Callable[[dict[str, Any]], None], str, str, str, str | None]] = [
    # operations
    ("operation removed", _delete([*W, "delete"]), "operation-removed", BREAKING,
     "DELETE /worker/{workerID}", ""),
    ("path removed", _delete(["paths", "/worker/{workerID}/contract/{contractID}"]),
     "operation-removed", BREAKING, "DELETE /worker/{workerID}/contract/{contractID}", ""),
    ("operation added",
     _set([*W, "put"], {"tags": ["workers"], "operationId": "workers.update",
                        "responses": {"202": {"$ref": "#/components/responses/Accepted"}}}),
     "operation-added", COMPATIBLE, "PUT /worker/{workerID}", ""),
    ("operationId changed", _set([*W, "get", "operationId"], "workers.fetch"),
     "operation-id-changed", BREAKING, "GET /worker/{workerID}", ""),
    ("tag changed", _set([*W, "get", "tags"], ["people"]), "tags-changed", BREAKING,
     "GET /worker/{workerID}", ""),
    ("result kind changed", _set([*W, "get", "x-l2p-result"],
                                 {"kind": "list", "items": "#/components/schemas/WorkerRecord"}),
     "result-kind-changed", BREAKING, "GET /worker/{workerID}", "result"),
    ("synchronous toggled", _delete(["paths", "/Result/{GUID}", "get", "x-l2p-synchronous"]),
     "synchronous-changed", POSSIBLY, "GET /Result/{GUID}", ""),
    # parameters
    ("new required parameter", _add_param(True), "parameter-added-required", BREAKING,
     "GET /worker", "parameter query status"),
    ("new optional parameter", _add_param(False), "parameter-added-optional", COMPATIBLE,
     "GET /worker", "parameter query status"),
    ("parameter became required", _set([*P, "limit", "required"], True),
     "parameter-became-required", BREAKING, "GET /worker", "parameter query limit"),
    ("parameter removed", _set(["paths", "/worker", "get", "parameters"], []),
     "parameter-removed", POSSIBLY, "GET /worker", "parameter query limit"),
    ("parameter minimum up", _set([*P, "limit", "schema", "minimum"], 5),
     "constraint-tightened", BREAKING, "GET /worker", "parameter query limit"),
    ("parameter maximum down", _set([*P, "limit", "schema", "maximum"], 50),
     "constraint-tightened", BREAKING, "GET /worker", "parameter query limit"),
    ("parameter maximum up", _set([*P, "limit", "schema", "maximum"], 500),
     "constraint-loosened", COMPATIBLE, "GET /worker", "parameter query limit"),
    ("parameter format changed", _delete([*P, "GUID", "schema", "format"]),
     "format-changed", BREAKING, "GET /Result/{GUID}", "parameter path GUID"),
    ("parameter type changed", _set([*P, "workerID", "schema"], {"type": "string"}),
     "type-changed", BREAKING, "GET /worker/{workerID}", "parameter path workerID"),
    ("parameter default added", _set([*P, "limit", "schema", "default"], 20),
     "parameter-default-changed", BREAKING, "GET /worker", "parameter query limit"),
    ("parameter default added (nullable anyOf wrapper)",
     _set([*P, "limit", "schema"],
          {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": 20}),
     "parameter-default-changed", BREAKING, "GET /worker", "parameter query limit"),
    # request body
    ("new required request property", _add_prop(True), "property-added-required", BREAKING,
     "POST /worker", "request body: Language"),
    ("new optional request property", _add_prop(False), "property-added-optional", COMPATIBLE,
     "POST /worker", "request body: Language"),
    ("request property became required", _set([*S, "AddWorker", "required"], ["Name", "Sex"]),
     "property-became-required", BREAKING, "POST /worker", "request body: Sex"),
    ("nested request property became required",
     _set([*S, "AddWorkerContract", "required"], ["Startdate", "Enddate"]),
     "property-became-required", BREAKING, "POST /worker", "request body: contract[].Enddate"),
    ("request property became optional", _set([*S, "AddWorker", "required"], []),
     "property-became-optional", COMPATIBLE, "POST /worker", "request body: Name"),
    ("request property removed", _delete([*S, "AddWorker", "properties", "Birthdate"]),
     "property-removed", POSSIBLY, "POST /worker", "request body: Birthdate"),
    ("request property type changed",
     _set([*S, "AddWorker", "properties", "WorkerNumber"], {"type": "string"}),
     "type-changed", BREAKING, "POST /worker", "request body: WorkerNumber"),
    ("request property type widened",
     _set([*S, "AddWorker", "properties", "WorkerNumber", "type"], "number"),
     "type-widened", COMPATIBLE, "POST /worker", "request body: WorkerNumber"),
    ("request property format added",
     _set([*S, "AddWorker", "properties", "Birthdate", "format"], "date"),
     "format-changed", BREAKING, "POST /worker", "request body: Birthdate"),
    ("request property became nullable",
     _set([*S, "AddWorker", "properties", "Name", "type"], ["string", "null"]),
     "became-nullable", COMPATIBLE, "POST /worker", "request body: Name"),
    ("request enum value removed", _set([*S, "AddWorker", "properties", "Sex", "enum"], ["M"]),
     "enum-value-removed", BREAKING, "POST /worker", "request body: Sex"),
    ("request enum value added",
     _set([*S, "AddWorker", "properties", "Sex", "enum"], ["M", "F", "X"]),
     "enum-value-added", COMPATIBLE, "POST /worker", "request body: Sex"),
    ("request maxLength down", _set([*S, "AddWorker", "properties", "Name", "maxLength"], 30),
     "constraint-tightened", BREAKING, "POST /worker", "request body: Name"),
    ("request maxLength up", _set([*S, "AddWorker", "properties", "Name", "maxLength"], 50),
     "constraint-loosened", COMPATIBLE, "POST /worker", "request body: Name"),
    ("request minLength up", _set([*S, "AddWorker", "properties", "Name", "minLength"], 2),
     "constraint-tightened", BREAKING, "POST /worker", "request body: Name"),
    ("request pattern added", _set([*S, "AddWorker", "properties", "Name", "pattern"], "^[A-Z]"),
     "constraint-tightened", BREAKING, "POST /worker", "request body: Name"),
    ("request pattern changed",
     _set([*S, "AddWorkerContract", "properties", "Startdate", "pattern"], "^[0-9]{8}$"),
     "constraint-changed", POSSIBLY, "POST /worker", "request body: contract[].Startdate"),
    ("request pattern removed",
     _delete([*S, "AddWorkerContract", "properties", "Startdate", "pattern"]),
     "constraint-loosened", COMPATIBLE, "POST /worker", "request body: contract[].Startdate"),
    ("request body removed", _delete(["paths", "/worker", "post", "requestBody"]),
     "request-body-removed", BREAKING, "POST /worker", "request body"),
    ("request array items no longer nullable",
     _set([*S, "AddWorker", "properties", "contract", "items"],
          {"$ref": "#/components/schemas/AddWorkerContract"}),
     "became-not-nullable", BREAKING, "POST /worker", "request body: contract[]"),
    ("request schema reference changed",
     _set([*S, "AddWorker", "properties", "contract", "items", "anyOf", 0],
          {"$ref": "#/components/schemas/ContractRecord"}),
     "model-changed", BREAKING, "POST /worker", "request body: contract[]"),
    # responses / results
    ("response property removed", _delete([*S, "WorkerRecord", "properties", "Email"]),
     "property-removed", BREAKING, "GET /worker/{workerID}", "result: Email"),
    ("response property became optional", _set([*S, "WorkerRecord", "required"], ["Name"]),
     "property-became-optional", BREAKING, "GET /worker/{workerID}", "result: WorkerNumber"),
    ("response property became nullable (type list)",
     _set([*S, "WorkerRecord", "properties", "Name", "type"], ["string", "null"]),
     "became-nullable", BREAKING, "GET /worker/{workerID}", "result: Name"),
    ("response nested items became nullable (anyOf)",
     _set([*S, "WorkerRecord", "properties", "contract", "items"],
          {"anyOf": [{"$ref": "#/components/schemas/ContractRecord"}, {"type": "null"}]}),
     "became-nullable", BREAKING, "GET /worker", "result[].contract[]"),
    ("response closed enum value added",
     _set([*S, "WorkerRecord", "properties", "Sex", "enum"], ["M", "F", "X"]),
     "enum-value-added", BREAKING, "GET /worker/{workerID}", "result: Sex"),
    ("response enum value removed",
     _set([*S, "WorkerRecord", "properties", "Sex", "enum"], ["M"]),
     "enum-value-removed", COMPATIBLE, "GET /worker/{workerID}", "result: Sex"),
    ("nested response closed enum value added",
     _set([*S, "ContractRecord", "properties", "Status", "enum"], ["Active", "Ended", "Paused"]),
     "enum-value-added", BREAKING, "GET /worker/{workerID}", "result: contract[].Status"),
    ("response property added", _set([*S, "Result", "properties", "Extra"], {"type": "string"}),
     "property-added-optional", COMPATIBLE, "GET /Result/{GUID}", "response 200: Extra"),
    ("response maxLength up (constraint loosened)",
     _set([*S, "WorkerRecord", "properties", "Name", "maxLength"], 80),
     "constraint-loosened", BREAKING, "GET /worker/{workerID}", "result: Name"),
    ("response type changed",
     _set([*S, "Result", "properties", "Statuscode", "type"], "integer"),
     "type-changed", BREAKING, "GET /Result/{GUID}", "response 200: Statuscode"),
    ("success status removed", _delete([*W, "get", "responses", "202"]),
     "success-status-removed", BREAKING, "GET /worker/{workerID}", "response 202"),
    ("error status removed", _delete([*W, "get", "responses", "400"]),
     "non-success-status-removed", COMPATIBLE, "GET /worker/{workerID}", "response 400"),
    ("status added",
     _set([*W, "get", "responses", "503"], {"$ref": "#/components/responses/BadRequest"}),
     "status-added", COMPATIBLE, "GET /worker/{workerID}", "response 503"),
    # security
    ("operation security changed",
     _set(["paths", "/Result/{GUID}", "get", "security"], [{"Employer": []}]),
     "security-requirement-removed", BREAKING, "GET /Result/{GUID}", "security"),
    ("global security changed", _set(["security"], [{"ClientCertificate": []}]),
     "security-requirement-removed", BREAKING, "global security", ""),
    ("security scheme changed",
     _set(["components", "securitySchemes", "Employer", "name"], "X-Employer"),
     "security-scheme-changed", BREAKING, "Employer", ""),
    # component schemas
    ("schema removed", _delete([*S, "Error"]), "schema-removed", BREAKING, "Error", ""),
    ("schema added", _set([*S, "Extra"], {"type": "object"}), "schema-added", COMPATIBLE,
     "Extra", ""),
    ("schema changed (listed under schemas)",
     _set([*S, "AddWorkerContract", "required"], ["Startdate", "Status"]),
     "property-became-required", BREAKING, "AddWorkerContract", "Status"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutation", "rule", "level", "subject", "location"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_rule_is_detected_and_classified(
    mutation: Callable[[dict[str, Any]], None],
    rule: str,
    level: str,
    subject: str,
    location: str | None,
) -> None:
    changes = changes_between(base(), mutated(mutation))
    matching = [c for c in changes if c.rule == rule and c.subject == subject]
    assert matching, [(c.rule, c.subject, c.location) for c in changes]
    if location is not None:
        matching = [c for c in matching if c.location == location]
        assert matching, [(c.rule, c.subject, c.location) for c in changes]
    assert {c.level for c in matching} == {level}


# --------------------------------------------------------------------------------------------
# Enumerations: open when read (anyOf: [enum, {type: string}]), closed when sent
# --------------------------------------------------------------------------------------------

SEX_CODE = {"$ref": "#/components/schemas/SexCode"}
OPEN_SEX = {"anyOf": [SEX_CODE, {"type": "string"}]}


def _sex_code(*, response: Any = OPEN_SEX, values: tuple[str, ...] = ("M", "F")) -> dict[str, Any]:
    """The base with a named enumeration ``SexCode``: closed in the request, ``response`` in
    ``WorkerRecord`` (open by default)."""

    def edit(d: dict[str, Any]) -> None:
        schemas(d)["SexCode"] = {"type": "string", "enum": list(values)}
        props(d, "AddWorker")["Sex"] = copy.deepcopy(SEX_CODE)
        props(d, "WorkerRecord")["Sex"] = copy.deepcopy(response)

    return mutated(edit)


def _levels(changes: list[Any]) -> set[tuple[str, str, str, str]]:
    return {(c.subject, c.location, c.rule, c.level) for c in changes}


def test_enum_value_added_where_every_response_use_is_open_is_compatible() -> None:
    changes = changes_between(_sex_code(), _sex_code(values=("M", "F", "X")))
    assert _levels(changes) == {
        ("POST /worker", "request body: Sex", "enum-value-added", COMPATIBLE),
        ("GET /worker", "result[].Sex", "open-enum-value-added", COMPATIBLE),
        ("GET /worker/{workerID}", "result: Sex", "open-enum-value-added", COMPATIBLE),
        ("SexCode", "", "open-enum-value-added", COMPATIBLE),
    }


@pytest.mark.parametrize(
    "response",
    [
        pytest.param({"anyOf": [SEX_CODE, {"type": "string"}, {"type": "null"}]}, id="nullable"),
        pytest.param({"anyOf": [{"type": "null"}, {"type": "string"}, SEX_CODE]}, id="any order"),
        pytest.param({"oneOf": [SEX_CODE, {"type": "string", "description": "raw"}]}, id="oneOf"),
    ],
)
def test_open_enumeration_spellings(response: Any) -> None:
    changes = changes_between(
        _sex_code(response=response), _sex_code(response=response, values=("M", "F", "X"))
    )
    assert changes and {c.level for c in changes} == {COMPATIBLE}


def test_enum_value_added_to_inline_open_enumeration_in_a_response_is_compatible() -> None:
    def edit(values: list[str]) -> Callable[[dict[str, Any]], None]:
        return _set(
            [*S, "WorkerRecord", "properties", "Sex"],
            {"anyOf": [{"type": "string", "enum": values}, {"type": "string"}]},
        )

    changes = changes_between(mutated(edit(["M", "F"])), mutated(edit(["M", "F", "X"])))
    assert _levels(changes) == {
        ("GET /worker", "result[].Sex", "open-enum-value-added", COMPATIBLE),
        ("GET /worker/{workerID}", "result: Sex", "open-enum-value-added", COMPATIBLE),
        ("WorkerRecord", "Sex", "open-enum-value-added", COMPATIBLE),
    }


@pytest.mark.parametrize(
    "closed",
    [
        pytest.param(SEX_CODE, id="plain $ref"),
        pytest.param({"anyOf": [SEX_CODE, {"type": "null"}]}, id="nullable $ref"),
        pytest.param({"anyOf": [SEX_CODE, {"type": "string", "maxLength": 1}]}, id="bounded str"),
    ],
)
def test_enum_value_added_where_a_response_uses_it_closed_is_breaking(closed: Any) -> None:
    """Open in WorkerRecord, closed in ContractRecord: breaking there and for the component."""

    def with_closed_use(doc: dict[str, Any]) -> dict[str, Any]:
        props(doc, "ContractRecord")["Sex"] = copy.deepcopy(closed)
        return doc

    old = with_closed_use(_sex_code())
    new = with_closed_use(_sex_code(values=("M", "F", "X")))
    levels = _levels(changes_between(old, new))
    assert ("GET /worker/{workerID}", "result: contract[].Sex", "enum-value-added", BREAKING) in (
        levels
    )
    assert ("GET /worker/{workerID}", "result: Sex", "open-enum-value-added", COMPATIBLE) in levels
    assert ("POST /worker", "request body: Sex", "enum-value-added", COMPATIBLE) in levels
    assert ("SexCode", "", "enum-value-added", BREAKING) in levels


def test_enum_value_added_to_a_request_only_enumeration_is_compatible() -> None:
    def edit(values: list[str]) -> Callable[[dict[str, Any]], None]:
        def fn(d: dict[str, Any]) -> None:
            schemas(d)["SexCode"] = {"type": "string", "enum": values}
            props(d, "AddWorker")["Sex"] = copy.deepcopy(SEX_CODE)

        return fn

    changes = changes_between(mutated(edit(["M", "F"])), mutated(edit(["M", "F", "X"])))
    assert _levels(changes) == {
        ("POST /worker", "request body: Sex", "enum-value-added", COMPATIBLE),
        ("SexCode", "", "enum-value-added", COMPATIBLE),
    }


def test_enum_value_removed_breaks_requests_only() -> None:
    changes = changes_between(_sex_code(), _sex_code(values=("M",)))
    assert _levels(changes) == {
        ("POST /worker", "request body: Sex", "enum-value-removed", BREAKING),
        ("GET /worker", "result[].Sex", "enum-value-removed", COMPATIBLE),
        ("GET /worker/{workerID}", "result: Sex", "enum-value-removed", COMPATIBLE),
        ("SexCode", "", "enum-value-removed", BREAKING),
    }


def _limit_default(value: Any) -> Callable[[dict[str, Any]], None]:
    return _set([*P, "limit", "schema", "default"], value)


@pytest.mark.parametrize(
    ("old_default", "new_default"),
    [pytest.param(20, 50, id="changed"), pytest.param(20, None, id="removed")],
)
def test_parameter_default_changed_or_removed_is_breaking(
    old_default: int, new_default: int | None
) -> None:
    """The regenerated client sends its default when the caller passes nothing."""
    old = mutated(_limit_default(old_default))
    new = mutated(_limit_default(new_default)) if new_default is not None else base()
    changes = changes_between(old, new)
    assert [(c.rule, c.level, c.subject, c.location) for c in changes] == [
        ("parameter-default-changed", BREAKING, "GET /worker", "parameter query limit")
    ]


def test_request_property_default_stays_compatible() -> None:
    changes = changes_between(
        base(), mutated(_set([*S, "AddWorker", "properties", "Sex", "default"], "M"))
    )
    assert changes and {(c.rule, c.level) for c in changes} == {("default-changed", COMPATIBLE)}


def test_every_rule_is_in_the_one_table_with_levels_and_a_description() -> None:
    ids = [r.id for r in sd.RULE_TABLE]
    assert len(ids) == len(set(ids))
    assert set(sd.RULES) == set(ids)
    for rule in sd.RULE_TABLE:
        assert rule.request in sd.RANK and rule.response in sd.RANK, rule
        assert rule.what.strip(), rule


def test_rules_option_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert sd.main(["--rules"]) == 0
    out = capsys.readouterr().out
    for rule, req, resp in sd.iter_rules():
        assert f"| `{rule}` | {req} | {resp} |" in out, rule


def test_reformatting_only_reports_nothing() -> None:
    old = base()
    new = yaml.safe_load((FIXTURES / "reformatted.yaml").read_text())
    assert (FIXTURES / "reformatted.yaml").read_text() != (FIXTURES / "base.yaml").read_text()
    assert changes_between(old, new) == []


def test_description_summary_and_doc_extensions_report_nothing() -> None:
    def edit(d: dict[str, Any]) -> None:
        d["info"]["description"] = "A new description"
        d["info"]["version"] = "2.0.0"
        op(d, "/worker", "get")["summary"] = "Another summary"
        op(d, "/worker", "get")["description"] = "Long text"
        op(d, "/worker", "get")["x-l2p-note"] = "A note"
        params(d)["limit"]["description"] = "Changed"
        schemas(d)["AddWorker"]["description"] = "Changed"
        props(d, "AddWorker")["Name"]["description"] = "The name"
        props(d, "AddWorker")["Name"]["x-l2p-sensitive"] = False
        props(d, "AddWorker")["Birthdate"]["examples"] = ["20000101"]
        d["components"]["securitySchemes"]["Employer"]["description"] = "Changed"
        d["components"]["responses"]["Accepted"]["description"] = "Changed"
        d["tags"].append({"name": "unused", "description": "x"})

    assert changes_between(base(), mutated(edit)) == []


def test_nothing_reported_for_identical_specs() -> None:
    assert changes_between(base(), base()) == []


# --------------------------------------------------------------------------------------------
# Exit codes and acknowledgement through main()
# --------------------------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, doc: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = sd.main(args)
    return code, capsys.readouterr().out


def _remove_contract_delete(d: dict[str, Any]) -> None:
    del d["paths"]["/worker/{workerID}/contract/{contractID}"]


def test_unacknowledged_breaking_change_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path / "old", "spec.yaml", base())
    new = _write(tmp_path / "new", "spec.yaml", mutated(_remove_contract_delete))
    code, out = _run(["--old", str(old), "--new", str(new), "--fail-on", "breaking"], capsys)
    assert code == 1
    assert "DELETE /worker/{workerID}/contract/{contractID}" in out
    assert "fails (1 unacknowledged)" in out


def test_without_fail_on_a_breaking_change_is_only_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path / "old", "spec.yaml", base())
    new = _write(tmp_path / "new", "spec.yaml", mutated(_remove_contract_delete))
    code, out = _run(["--old", str(old), "--new", str(new)], capsys)
    assert code == 0
    assert "DELETE /worker/{workerID}/contract/{contractID}" in out


def test_breaking_change_acknowledged_by_changelog_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path / "old", "spec.yaml", base())
    new = _write(tmp_path / "new", "spec.yaml", mutated(_remove_contract_delete))
    (tmp_path / "new" / "CHANGELOG.md").write_text(
        "# Changelog\n\n- `DELETE /worker/{workerID}/contract/{contractID}` removed: Sodeco "
        "dropped it.\n"
    )
    code, out = _run(["--old", str(old), "--new", str(new), "--fail-on", "breaking"], capsys)
    assert code == 0, out
    assert "acknowledged (CHANGELOG:" in out
    assert "operation removed" in out  # still listed


def test_changelog_line_already_at_base_does_not_acknowledge(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = "- `contracts.delete` is going away\n"
    old = _write(tmp_path / "old", "spec.yaml", base())
    (tmp_path / "old" / "CHANGELOG.md").write_text(line)
    new = _write(tmp_path / "new", "spec.yaml", mutated(_remove_contract_delete))
    (tmp_path / "new" / "CHANGELOG.md").write_text(line)
    code, _ = _run(["--old", str(old), "--new", str(new), "--fail-on", "breaking"], capsys)
    assert code == 1


def test_breaking_change_acknowledged_by_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(d: dict[str, Any]) -> None:
        op(d, "/worker/{workerID}", "get")["operationId"] = "workers.fetch"
        op(d, "/worker/{workerID}", "get")["x-l2p-breaking-ok"] = "renamed before 1.0"

    old = _write(tmp_path / "old", "spec.yaml", base())
    new = _write(tmp_path / "new", "spec.yaml", mutated(edit))
    code, out = _run(["--old", str(old), "--new", str(new), "--fail-on", "breaking"], capsys)
    assert code == 0, out
    assert "x-l2p-breaking-ok on operation GET /worker/{workerID}: renamed before 1.0" in out


def test_schema_extension_acknowledges_nested_change_in_every_operation() -> None:
    def edit(d: dict[str, Any]) -> None:
        schemas(d)["ContractRecord"]["required"] = []
        schemas(d)["ContractRecord"]["x-l2p-breaking-ok"] = "Startdate may be missing"

    changes = changes_between(base(), mutated(edit))
    breaking = [c for c in changes if c.level == BREAKING]
    assert len(breaking) >= 3  # GET /worker, GET /worker/{workerID}, schema ContractRecord
    assert all(c.acknowledged and "Startdate may be missing" in c.acknowledged for c in breaking)


def test_stale_extension_does_not_acknowledge() -> None:
    def mark(d: dict[str, Any]) -> None:
        op(d, "/worker/{workerID}", "get")["x-l2p-breaking-ok"] = "old reason"

    def edit(d: dict[str, Any]) -> None:
        mark(d)
        op(d, "/worker/{workerID}", "get")["tags"] = ["people"]

    diff = sd.SpecDiff(mutated(mark), mutated(edit))
    changes = diff.run()
    assert [c.rule for c in changes] == ["tags-changed"]
    assert changes[0].acknowledged is None
    assert any("unchanged since the base" in n for n in diff.notes)


CHANGELOG_LINES = [
    "- `workers.list_in_service` changed",
    "- `DELETE /worker/{workerID}/contract/{x}` gone",
]


def test_changelog_operation_id_is_not_matched_inside_a_longer_one() -> None:
    matcher = sd.ChangelogMatcher(CHANGELOG_LINES)
    assert matcher.find(["workers.list"]) is None
    assert matcher.find(["workers.list_in_service"]) is not None


def test_changelog_path_is_not_matched_inside_a_longer_path() -> None:
    assert sd.ChangelogMatcher(CHANGELOG_LINES).find(["DELETE /worker/{workerID}"]) is None


def test_changelog_identifier_at_the_end_of_a_sentence_matches() -> None:
    assert sd.ChangelogMatcher(["Removed workers.list."]).find(["workers.list"]) is not None


def test_changelog_schema_name_is_not_matched_inside_a_longer_name() -> None:
    assert sd.ChangelogMatcher(["`WorkerRecord` lost Email"]).find(["Worker"]) is None


def test_changelog_lines_in_fenced_code_blocks_never_count() -> None:
    assert sd.changelog_entries("```\n- `workers.list`\n```\n- other\n") == ["- other"]


def _pattern_replaced(d: dict[str, Any]) -> None:
    props(d, "AddWorkerContract")["Startdate"]["pattern"] = "^[0-9]{8}$"  # possibly breaking


@pytest.mark.parametrize(("fail_on", "code"), [("breaking", 0), ("possibly", 1)])
def test_fail_on_threshold_with_a_possibly_breaking_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fail_on: str, code: int
) -> None:
    old = _write(tmp_path / "old", "spec.yaml", base())
    new = _write(tmp_path / "new", "spec.yaml", mutated(_pattern_replaced))
    assert _run(["--old", str(old), "--new", str(new), "--fail-on", fail_on], capsys)[0] == code


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _write(tmp_path / "old", "spec.yaml", base())
    new = _write(tmp_path / "new", "spec.yaml", mutated(_add_prop(True)))
    code, out = _run(
        ["--old", str(old), "--new", str(new), "--format", "json", "--fail-on", "breaking"], capsys
    )
    data = json.loads(out)
    assert code == 1 and data["failed"] is True
    assert data["summary"]["breaking"] == 2  # POST /worker and schema AddWorker
    change = next(c for c in data["changes"] if c["section"] == "operations")
    assert change["location"] == "request body: Language"
    assert change["rule"] == "property-added-required"
    assert change["direction"] == "request"
    assert "POST /worker" in change["identifiers"] and "workers.create" in change["identifiers"]


def test_old_without_new_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path, "spec.yaml", base())
    assert sd.main(["--old", str(old)]) == 2
    assert "--old and --new go together" in capsys.readouterr().err


def test_missing_spec_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _write(tmp_path, "spec.yaml", base())
    assert sd.main(["--old", str(old), "--new", str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------
# The real spec
# --------------------------------------------------------------------------------------------


def test_real_spec_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(
        ["--old", str(REAL_SPEC), "--new", str(REAL_SPEC), "--format", "json", "--fail-on",
         "possibly"],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["changes"] == []


def _real_spec_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Callable[[dict[str, Any]], None]
) -> tuple[int, list[dict[str, Any]]]:
    doc = yaml.safe_load(REAL_SPEC.read_text())
    edit(doc)
    new = _write(tmp_path, "link2prisma.yaml", doc)
    code, out = _run(
        ["--old", str(REAL_SPEC), "--new", str(new), "--format", "json", "--fail-on", "breaking"],
        capsys,
    )
    return code, json.loads(out)["changes"]


def test_real_spec_operation_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    operation_id = yaml.safe_load(REAL_SPEC.read_text())["paths"][
        "/worker/{workerID}/contract/{contractID}"
    ]["delete"]["operationId"]

    def edit(doc: dict[str, Any]) -> None:
        del doc["paths"]["/worker/{workerID}/contract/{contractID}"]["delete"]

    code, changes = _real_spec_run(tmp_path, capsys, edit)
    assert code == 1
    gone = [c for c in changes if c["rule"] == "operation-removed"]
    assert [c["subject"] for c in gone] == ["DELETE /worker/{workerID}/contract/{contractID}"]
    assert gone[0]["operation_id"] == operation_id


def test_real_spec_nested_request_property_became_required(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def edit(doc: dict[str, Any]) -> None:
        doc["components"]["schemas"]["AddWorkerContract"]["required"].append("Enddate")

    code, changes = _real_spec_run(tmp_path, capsys, edit)
    assert code == 1
    required = [
        c for c in changes
        if c["rule"] == "property-became-required" and c["subject"] == "POST /worker"
    ]  # fmt: skip
    assert [c["location"] for c in required] == ["request body: contract[].Enddate"]
    assert all(c["level"] == BREAKING for c in required)


# --------------------------------------------------------------------------------------------
# Python surface
# --------------------------------------------------------------------------------------------

OLD_MODEL = """
from attrs import define

@define
class Worker:
    name: str
    email: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {}
"""

OLD_API = """
from ...models.worker import Worker

def sync(*, client: object, limit: int | None = None) -> Worker | None:
    return None

def asyncio(*, client: object) -> Worker | None:
    return None
"""


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _api_tree(root: Path, model: str, api: str, extra: dict[str, str] | None = None) -> Path:
    return _tree(
        root,
        {
            "link2prisma_api/__init__.py": "",
            "link2prisma_api/models/__init__.py": "",
            "link2prisma_api/models/worker.py": model,
            "link2prisma_api/api/__init__.py": "",
            "link2prisma_api/api/workers/__init__.py": "",
            "link2prisma_api/api/workers/workers_get.py": api,
            **(extra or {}),
        },
    )


def _surface(old: Path, new: Path) -> dict[str, Any]:
    return {s.package: s for s in sd.diff_python_surface(old, new)}


def _api_surface(tmp_path: Path, new_model: str = OLD_MODEL, new_api: str = OLD_API) -> Any:
    old = _api_tree(tmp_path / "old", OLD_MODEL, OLD_API)
    new = _api_tree(tmp_path / "new", new_model, new_api)
    api = _surface(old, new)["link2prisma_api"]
    assert api.status == "compared"
    return api


def test_python_surface_reports_renamed_field_as_removed_and_added(tmp_path: Path) -> None:
    renamed = OLD_MODEL.replace("email: str | None = None", "phone: str | None = None")
    api = _api_surface(tmp_path, new_model=renamed)
    assert api.removed == ["attribute link2prisma_api.models.worker.Worker.email"]
    assert api.added == ["attribute link2prisma_api.models.worker.Worker.phone"]
    assert api.changed == []


def test_python_surface_reports_removed_function(tmp_path: Path) -> None:
    api = _api_surface(
        tmp_path,
        new_api=OLD_API.replace(
            "def asyncio(*, client: object) -> Worker | None:\n    return None\n", ""
        ),
    )
    assert api.removed == ["function link2prisma_api.api.workers.workers_get.asyncio"]
    assert api.added == [] and api.changed == []


def test_python_surface_reports_parameter_that_became_required(tmp_path: Path) -> None:
    api = _api_surface(
        tmp_path, new_api=OLD_API.replace("limit: int | None = None", "limit: int | None")
    )
    assert api.removed == [] and api.added == []
    assert len(api.changed) == 1 and "workers_get.sync" in api.changed[0], api.changed
    assert "required" in api.changed[0]


def test_python_surface_package_absent_from_both_trees(tmp_path: Path) -> None:
    old = _api_tree(tmp_path / "old", OLD_MODEL, OLD_API)
    new = _api_tree(tmp_path / "new", OLD_MODEL, OLD_API)
    assert _surface(old, new)["link2prisma_models"].status == "absent from both trees"


def test_python_surface_new_package_is_one_entry(tmp_path: Path) -> None:
    old = _api_tree(tmp_path / "old", OLD_MODEL, OLD_API)
    new = _api_tree(
        tmp_path / "new",
        OLD_MODEL,
        OLD_API,
        {"link2prisma_resources/__init__.py": "class Workers:\n    def get(self) -> None: ...\n"},
    )
    resources = _surface(old, new)["link2prisma_resources"]
    assert "absent from the base tree" in resources.status
    assert resources.added == ["package link2prisma_resources"]  # members folded into it


def test_python_surface_removed_module_is_not_itemised(tmp_path: Path) -> None:
    old = _api_tree(
        tmp_path / "old", OLD_MODEL, OLD_API,
        {"link2prisma_api/api/workers/workers_delete.py": "def sync() -> None: ...\n"},
    )  # fmt: skip
    new = _api_tree(tmp_path / "new", OLD_MODEL, OLD_API)
    api = {s.package: s for s in sd.diff_python_surface(old, new)}["link2prisma_api"]
    assert api.removed == ["module link2prisma_api.api.workers.workers_delete"]
    assert api.added == [] and api.changed == []


def test_python_surface_through_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = _api_tree(tmp_path / "old-gen", OLD_MODEL, OLD_API)
    new = _api_tree(tmp_path / "new-gen", OLD_MODEL.replace("    email: str | None = None\n", ""),
                    OLD_API)  # fmt: skip
    spec = _write(tmp_path, "spec.yaml", base())
    code, out = _run(
        ["--old", str(spec), "--new", str(spec), "--old-generated", str(old), "--new-generated",
         str(new)],
        capsys,
    )  # fmt: skip
    assert code == 0
    assert "`attribute link2prisma_api.models.worker.Worker.email`" in out
    assert "`link2prisma_models`: absent from both trees" in out


# --------------------------------------------------------------------------------------------
# Git modes (--base/--head, --ci) on a scratch repository
# --------------------------------------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def scratch_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "repo"
    _write(repo / "openapi", "link2prisma.yaml", base())
    _api_tree(repo / "generated", OLD_MODEL, OLD_API)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "first")
    monkeypatch.setattr(sd.cli, "ROOT", repo)
    return repo


def test_ci_on_first_commit(scratch_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(["--ci"], capsys)
    assert code == 0
    assert "no previous commit, nothing to compare" in out


def test_ci_fails_on_unmarked_breaking_change(
    scratch_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(scratch_repo / "openapi", "link2prisma.yaml", mutated(_remove_contract_delete))
    (scratch_repo / "generated/link2prisma_api/api/workers/workers_get.py").unlink()
    _git(scratch_repo, "commit", "-q", "-am", "second")
    code, out = _run(["--ci"], capsys)
    assert code == 1
    assert "DELETE /worker/{workerID}/contract/{contractID}" in out
    assert "`module link2prisma_api.api.workers.workers_get`" in out


def test_ci_passes_when_the_working_tree_changelog_acknowledges(
    scratch_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(scratch_repo / "openapi", "link2prisma.yaml", mutated(_remove_contract_delete))
    _git(scratch_repo, "commit", "-q", "-am", "second")
    (scratch_repo / "openapi" / "CHANGELOG.md").write_text(
        "- Removed `contracts.delete`: the API no longer offers it.\n"
    )
    code, out = _run(["--ci"], capsys)
    assert code == 0, out
    assert "acknowledged (CHANGELOG:" in out


def test_base_and_head_refs(scratch_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(scratch_repo / "openapi", "link2prisma.yaml", mutated(_add_prop(False)))
    _git(scratch_repo, "commit", "-q", "-am", "second")
    code, out = _run(["--base", "HEAD~1", "--head", "HEAD", "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 0
    assert {c["rule"] for c in data["changes"]} == {"property-added-optional"}
    assert data["head"] == "`HEAD`"
    assert [s["status"] for s in data["python_surface"]][0] == "compared"


def test_unknown_base_ref_is_a_usage_error(
    scratch_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sd.main(["--base", "no-such-ref"]) == 2
    assert "unknown git ref: no-such-ref" in capsys.readouterr().err


def test_base_without_generated_tree(
    scratch_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _git(scratch_repo, "rm", "-q", "-r", "generated")
    _git(scratch_repo, "commit", "-q", "-m", "drop generated")
    _api_tree(scratch_repo / "generated", OLD_MODEL, OLD_API)  # only in the working tree
    code, out = _run(["--base", "HEAD"], capsys)
    assert code == 0
    assert "`HEAD` has no committed `generated/`" in out


def test_python_surface_reports_field_that_became_required(tmp_path: Path) -> None:
    old = _api_tree(tmp_path / "old", OLD_MODEL, OLD_API)
    new = _api_tree(
        tmp_path / "new", OLD_MODEL.replace("email: str | None = None", "email: str"), OLD_API
    )
    api = {s.package: s for s in sd.diff_python_surface(old, new)}["link2prisma_api"]
    assert api.removed == [] and api.added == []
    assert api.changed == [
        "link2prisma_api.models.worker.Worker.email: field became required (no default)",
        "link2prisma_api.models.worker.Worker.email: field type changed (str | None -> str)",
    ]


def test_python_surface_reports_parameter_type_change(tmp_path: Path) -> None:
    old = _api_tree(tmp_path / "old", OLD_MODEL, OLD_API)
    new = _api_tree(
        tmp_path / "new", OLD_MODEL, OLD_API.replace("limit: int | None", "limit: str | None")
    )
    api = {s.package: s for s in sd.diff_python_surface(old, new)}["link2prisma_api"]
    assert api.removed == [] and api.added == []
    assert api.changed == [
        "link2prisma_api.api.workers.workers_get.sync(limit): parameter type changed "
        "(int | None -> str | None)"
    ]


FACADE = """
from link2prisma_api.models.worker import Worker

class Workers:
    def get(self, worker_id: int, *, detail: bool = False) -> Worker: ...

    def _raw(self, worker_id: int) -> None: ...
"""


def test_python_surface_reports_facade_method_parameter_type_change(tmp_path: Path) -> None:
    """The resource classes live in private modules (``_sync``, ``_async``): their methods'
    parameters are what users call, so they are compared too (private methods are not)."""
    files = {"link2prisma_resources/__init__.py": ""}
    old = _tree(tmp_path / "old", {**files, "link2prisma_resources/_sync.py": FACADE})
    new_facade = FACADE.replace("worker_id: int", "worker_id: str").replace(
        "detail: bool", "detail: bool | None"
    )
    new = _tree(tmp_path / "new", {**files, "link2prisma_resources/_sync.py": new_facade})
    resources = {s.package: s for s in sd.diff_python_surface(old, new)}["link2prisma_resources"]
    assert resources.changed == [
        "link2prisma_resources._sync.Workers.get(detail): parameter type changed "
        "(bool -> bool | None)",
        "link2prisma_resources._sync.Workers.get(worker_id): parameter type changed (int -> str)",
    ]
