"""The README's examples run as written, against the sandbox."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from link2prisma.sandbox import Sandbox

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def _block(after: str) -> str:
    start = README.index(after)
    match = re.search(r"```python\n(.*?)```", README[start:], re.S)
    assert match is not None
    return match.group(1)


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox.start(employers=1, workers_per_employer=120, mode="thread") as sb:
        yield sb


def _point_at(code: str, sb: Sandbox) -> str:
    """Swap the real service's URL, certificate and employer for the sandbox's."""
    code = code.replace(
        'Certificate.from_pkcs12("sodeco.pfx", password=b"...")',
        f"Certificate.from_pkcs12({str(sb.pfx_path)!r}, password={sb.pfx_password!r})",
    )
    code = code.replace(
        '"https://link2prisma.sodeco.info/link2prisma.svc", certificate=cert)',
        f"{sb.base_url!r}, certificate=cert, ca_bundle={str(sb.ca_bundle)!r})",
    )
    return code.replace('"999014"', repr(sb.employers[0]))


def test_usage_example_runs_as_written(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _point_at(_block("## Using the library"), sandbox)
    scope: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), scope)
    assert len(scope["workers"]) == 100  # type: ignore[arg-type]
    assert scope["pdf"][:4] == b"%PDF"  # type: ignore[index]
    assert scope["same"] == scope["workers"]
    assert len(capsys.readouterr().out.splitlines()) == 120


def test_sandbox_example_runs_as_written() -> None:
    scope: dict[str, object] = {}
    exec(compile(_block("## The sandbox"), "README.md", "exec"), scope)
    assert len(scope["workers"]) == 250  # type: ignore[arg-type]


def test_low_level_example_runs(sandbox: Sandbox) -> None:
    from link2prisma_api.api.results import results_get

    code = _block("### The generated low-level client")
    scope: dict[str, object] = {
        "base_url": sandbox.base_url,
        "cert": sandbox.certificate,
    }
    code = code.replace("cert.ssl_context()", f"cert.ssl_context({str(sandbox.ca_bundle)!r})")
    code = code.replace('"999014"', repr(sandbox.employers[0]))
    exec(compile(code, "README.md", "exec"), scope)
    result = results_get.sync(client=scope["low"], guid=scope["guid"])  # type: ignore[arg-type]
    assert result is not None and result.id == str(scope["guid"])
