"""The generated code: reproducible from the spec, and its models faithful to the payloads."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pydantic
import pytest

import link2prisma_models
from examples import EXTRA_KEY, example, object_components
from spec_tools import ROOT, SPEC_PATH, spec


def _attrs_class(name: str) -> Any:
    init = (ROOT / "generated" / "link2prisma_api" / "models" / "__init__.py").read_text()
    modules = {c: m for m, c in re.findall(r"from \.(\w+) import (\w+)", init)}
    return getattr(importlib.import_module(f"link2prisma_api.models.{modules[name]}"), name)


# --- reproducibility ----------------------------------------------------------------------------


def _check(spec_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--check",
            "--spec",
            str(spec_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_drift_check_fails_on_an_edited_spec(tmp_path: Path) -> None:
    edited = tmp_path / "link2prisma.yaml"
    text = SPEC_PATH.read_text()
    assert "maxLength: 40" in text
    edited.write_text(text.replace("maxLength: 40", "maxLength: 41", 1))
    proc = _check(edited)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "out of date" in proc.stdout and "differs:" in proc.stdout


# --- round trips of every generated model -------------------------------------------------------


@pytest.mark.parametrize("name", object_components())
def test_model_round_trip(name: str) -> None:
    schema = spec()["components"]["schemas"][name]
    payload = example(schema)
    model = _attrs_class(name).from_dict(payload)
    assert model.to_dict() == payload
    if schema.get("additionalProperties") is False:
        assert not hasattr(model, "additional_properties")  # a request schema: closed
    else:
        assert model.additional_properties[EXTRA_KEY] == {"kept": [1, "two"]}


@pytest.mark.parametrize("name", object_components())
def test_examples_are_valid_for_the_pydantic_models(name: str) -> None:
    """The constraint-carrying models accept what the spec allows (same examples)."""
    model = getattr(link2prisma_models, name)
    schema = spec()["components"]["schemas"][name]
    validated = model.model_validate(example(schema))
    if schema.get("additionalProperties") is False:
        assert not validated.model_extra
    else:
        assert validated.model_extra[EXTRA_KEY] == {"kept": [1, "two"]}


@pytest.mark.parametrize(
    "name",
    [
        n
        for n in object_components()
        if spec()["components"]["schemas"][n].get("additionalProperties") is False
    ],
)
def test_closed_pydantic_models_refuse_an_unknown_field(name: str) -> None:
    body = example(spec()["components"]["schemas"][name], extra=False)
    body[EXTRA_KEY] = 1
    errors = _errors(getattr(link2prisma_models, name), body)
    assert (EXTRA_KEY, "Extra inputs are not permitted") in errors


def test_every_component_has_both_models() -> None:
    for name, schema in spec()["components"]["schemas"].items():
        assert hasattr(link2prisma_models, name), name
        if "enum" in schema:
            names = {n.lower() for n in dir(importlib.import_module("link2prisma_api.models"))}
            assert name.lower() in names, name  # the generator's casing: 2Nd for 2nd
        elif schema.get("type") != "array":
            _attrs_class(name)


# --- the payload mistakes of a real hand-written client (FACTS.md) ------------------------------


def _worker(**changes: Any) -> dict[str, Any]:
    body = example(spec()["components"]["schemas"]["AddWorker"], extra=False)
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


def _errors(model: type[pydantic.BaseModel], body: Any) -> list[tuple[str, str]]:
    with pytest.raises(pydantic.ValidationError) as info:
        model.model_validate(body)
    return [(".".join(map(str, e["loc"])), e["msg"]) for e in info.value.errors()]


def test_valid_worker_passes() -> None:
    link2prisma_models.AddWorker.model_validate(_worker(INSS=85073003328))


def test_working_time_fulltime_spelling() -> None:
    body = _worker()
    body["contract"][0]["WorkingTime"] = "FullTime"
    errors = _errors(link2prisma_models.AddWorker, body)
    assert errors and errors[0][0] == "contract.0.WorkingTime"
    assert "Fulltime" in errors[0][1]


def test_inss_as_a_string() -> None:
    errors = _errors(link2prisma_models.AddWorker, _worker(INSS="85073003328"))
    assert [loc for loc, _ in errors] == ["INSS"]


def test_add_worker_without_worker_number() -> None:
    body = _worker()
    del body["WorkerNumber"]
    assert _errors(link2prisma_models.AddWorker, body) == [("WorkerNumber", "Field required")]


def test_familystatus_lower_case() -> None:
    body = _worker()
    body["familystatus"] = body.pop("FamilyStatus")
    assert _errors(link2prisma_models.AddWorker, body) == [
        ("FamilyStatus", "Field required"),
        ("familystatus", "Extra inputs are not permitted"),
    ]
