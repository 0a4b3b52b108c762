"""The facade is typed end to end: a usage sample passes mypy --strict, a wrong use fails."""

from __future__ import annotations

from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")
SAMPLE = Path(__file__).resolve().parents[1] / "typing" / "usage_sample.py"


def _mypy(path: Path) -> tuple[str, int]:
    out, err, status = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir=/dev/null", "--config-file=", str(path)]
    )
    return out + err, status


@pytest.mark.slow
def test_usage_sample_passes_mypy_strict() -> None:
    out, status = _mypy(SAMPLE)
    assert status == 0, out


@pytest.mark.slow
def test_a_wrong_result_type_is_caught(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        SAMPLE.read_text().replace(
            "pdf: bytes = acme.documents.get(1234).result()",
            "pdf: str = acme.documents.get(1234).result()",
        )
    )
    out, status = _mypy(wrong)
    assert status == 1 and "Incompatible types in assignment" in out, out
