"""Packaging: the sdist builds a wheel that installs and works, the wheel's metadata, the floor.

The sdist and the wheel built from it are made once per test session, shared by the xdist
workers (``python -m build``, with its isolated build environment, as a release is built).
Installing the wheel's dependencies into a fresh venv takes most of the time here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from dataclasses import dataclass
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYENV_VERSIONS = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
SUPPORTED = ("3.11", "3.12", "3.13")

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Built:
    sdist: Path
    wheel: Path


def _run(args: list[str | Path], *, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    # No PYTHONPATH, no pip configuration from the caller's venv: only what is asked for.
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def _ok(args: list[str | Path], *, cwd: Path | None = None) -> str:
    proc = _run(args, cwd=cwd)
    assert proc.returncode == 0, f"{args}\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def _build(out: Path) -> Built:
    """The sdist of the source tree, then the wheel built from the unpacked sdist (not the tree):
    a file the sdist forgets makes the wheel fail here."""
    _ok([sys.executable, "-m", "build", "--sdist", "--outdir", out / "dist", ROOT])
    (sdist,) = (out / "dist").glob("link2prisma-*.tar.gz")
    with tarfile.open(sdist) as tar:
        tar.extractall(out / "sdist", filter="data")
    (tree,) = (out / "sdist").iterdir()
    _ok([sys.executable, "-m", "build", "--wheel", "--outdir", out / "dist", tree])
    (wheel,) = (out / "dist").glob("link2prisma-*.whl")
    return Built(sdist, wheel)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        return _build(tmp_path_factory.mktemp("packaging"))
    # Under xdist the first worker to ask builds into the session's shared directory (the parent
    # of the workers' own); the others wait on the lock and reuse what it built.
    import fcntl

    shared = tmp_path_factory.getbasetemp().parent / "packaging"
    with open(f"{shared}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "built").exists():
            shutil.rmtree(shared, ignore_errors=True)
            shared.mkdir()
            _build(shared)
            (shared / "built").touch()
    (sdist,) = (shared / "dist").glob("link2prisma-*.tar.gz")
    (wheel,) = (shared / "dist").glob("link2prisma-*.whl")
    return Built(sdist, wheel)


def _metadata(wheel: Path) -> Message:
    with zipfile.ZipFile(wheel) as whl:
        (name,) = [n for n in whl.namelist() if n.endswith(".dist-info/METADATA")]
        return Parser().parsestr(whl.read(name).decode("utf-8"))


ROUND_TRIP = """
import sys
import link2prisma
from link2prisma import Link2Prisma
from link2prisma.sandbox import Sandbox

assert "site-packages" in link2prisma.__file__, link2prisma.__file__
with Sandbox.start(employers=1, workers_per_employer=3) as sb:
    with Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle) as l2p:
        acme = l2p.employer(sb.employers[0])
        workers = acme.workers.list(limit=10, offset=0).result(timeout=60)
        assert len(workers) == 3, workers
        found = acme.worker_exists(str(workers[0].inss).split(".")[0].zfill(11))
        assert found.worker_exists and found.worker_number == workers[0].worker_number
print("ok", sys.version.split()[0], link2prisma.__file__)
"""


def test_sdist_builds_a_wheel_that_installs_and_works(built: Built, tmp_path: Path) -> None:
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env)
    python = env / "bin" / "python"
    _ok([python, "-m", "pip", "install", "--quiet", built.wheel])
    # Run from an empty directory: nothing of the source tree is importable.
    out = _ok([python, "-c", ROUND_TRIP], cwd=tmp_path)
    assert out.startswith("ok "), out
    assert str(env) in out


def test_wheel_metadata_declares_the_versions_and_the_project_urls(built: Built) -> None:
    meta = _metadata(built.wheel)
    assert meta["Requires-Python"] == ">=3.11"
    classifiers = meta.get_all("Classifier") or []
    versions = sorted(c.rsplit(" :: ", 1)[1] for c in classifiers if re.search(r":: 3\.\d+$", c))
    assert versions == list(SUPPORTED)
    assert "Programming Language :: Python :: 3 :: Only" in classifiers
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert set(urls) == {"Homepage", "Repository", "Documentation", "Changelog"}
    # Placeholders until the maintainers fill them in: .invalid never resolves.
    assert all(u.startswith("https://") for u in urls.values())


def _python_310() -> Path:
    found = sorted(PYENV_VERSIONS.glob("3.10.*/bin/python3.10"))
    if not found:
        pytest.skip(f"no Python 3.10 under {PYENV_VERSIONS}: the refusal is not checked here")
    return found[-1]


def test_pip_on_python_310_refuses_the_wheel(built: Built, tmp_path: Path) -> None:
    python310 = _python_310()
    # A throwaway 3.10 venv: if pip did install, nothing outside tmp_path would change.
    _ok([python310, "-m", "venv", tmp_path / "venv310"])
    proc = _run(
        [
            tmp_path / "venv310" / "bin" / "python",
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            built.wheel,
        ]
    )
    assert proc.returncode != 0, proc.stdout
    assert "requires a different Python" in proc.stderr, proc.stderr
    assert "not in '>=3.11'" in proc.stderr, proc.stderr


NOT_INSTALLED = """
import importlib.util, sys
import link2prisma
present = [m for m in ("typer", "rich", "click") if importlib.util.find_spec(m) is not None]
assert not present, present
from link2prisma import Link2Prisma
assert "typer" not in sys.modules and "rich" not in sys.modules
print("library only")
"""


def test_the_library_installs_without_the_cli_and_the_cli_extra_adds_it(
    built: Built, tmp_path: Path
) -> None:
    """``pip install link2prisma``: the library and the sandbox work, typer and rich are absent,
    the ``link2prisma`` command says how to add them; ``link2prisma[cli]`` adds the commands."""
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env)
    python, command = env / "bin" / "python", env / "bin" / "link2prisma"
    _ok([python, "-m", "pip", "install", "--quiet", built.wheel])
    assert _ok([python, "-c", NOT_INSTALLED], cwd=tmp_path).strip() == "library only"
    out = _ok([python, "-c", ROUND_TRIP], cwd=tmp_path)
    assert out.startswith("ok "), out
    for args in ([command, "--help"], [python, "-m", "link2prisma.cli", "workers", "list"]):
        proc = _run(args, cwd=tmp_path)
        assert proc.returncode == 2, proc
        assert proc.stderr.strip() == (
            "The link2prisma command line needs the cli extra: pip install 'link2prisma[cli]'"
        )
        assert proc.stdout == ""

    _ok([python, "-m", "pip", "install", "--quiet", f"{built.wheel}[cli]"])
    out = _ok([command, "--help"], cwd=tmp_path)
    for name in ("workers", "sandbox", "demo", "call", "cert"):
        assert name in out, out
    out = _ok([command, "call", "--help"], cwd=tmp_path)
    assert "Usage" in out
