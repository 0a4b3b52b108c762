"""The benchmarks still run: every figure of ``make bench`` is computed, with tiny sizes.

Nothing is asserted about times (this machine is shared and noisy); only that each figure comes
out as a finite number and that BENCHMARKS.md can be written from them.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import SMOKE, Figure  # noqa: E402
from bench.report import markdown  # noqa: E402
from bench.run import GROUPS, main, run_all  # noqa: E402

# Two halves, so that pytest-xdist can run them side by side.
HALVES = [["calls", "polling", "bulk", "busy"], ["rss", "import", "many"]]


@pytest.mark.parametrize("groups", HALVES, ids=["+".join(h) for h in HALVES])
def test_every_figure_is_a_finite_number(groups: list[str]) -> None:
    figures, errors, sandboxes = run_all(SMOKE, only=groups)
    assert errors == []
    expected = [name for group in groups for name in GROUPS[group]]
    assert [f.name for f in figures] == expected
    for f in figures:
        assert math.isfinite(f.value), f.name
        assert f.how and f.goal
    text = markdown(figures, SMOKE, 1.0, sandboxes, errors)
    for name in expected:
        assert f"`{name}`" in text


def test_halves_cover_every_group() -> None:
    assert sorted(g for half in HALVES for g in half) == sorted(GROUPS)


def test_candidate_policies_are_parsed() -> None:
    from bench.figures import parse_candidates

    (policy,) = parse_candidates(["0.7,1.14"])
    assert (policy.first, policy.factor) == (0.7, 1.14)
    with pytest.raises(ValueError):
        parse_candidates(["0.7"])


def test_main_prints_name_value_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bench.run

    def fake_run_all(cfg: Any, only: Any, candidates: Any, echo: Any, nodelay: bool) -> Any:
        figs = [
            Figure("overhead_vs_httpx", 1.1, "<= 1.15", True, "how"),
            Figure("polls_per_operation", 9.0, "<= 8", False, "how"),
        ]
        for f in figs:
            echo(f.line())
        return figs, [], [("spec", 1.0)]

    monkeypatch.setattr(bench.run, "run_all", fake_run_all)
    out = tmp_path / "BENCHMARKS.md"
    assert main(["--smoke", "--out", str(out)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "overhead_vs_httpx: 1.100",
        "polls_per_operation: 9",
    ]
    text = out.read_text("utf-8")
    assert "| `polls_per_operation` | 9 | <= 8 | **MISSED** |" in text
    assert "Goals missed: `polls_per_operation`" in text
