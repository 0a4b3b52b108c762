"""The test matrix: the built wheel, installed into a fresh venv per supported CPython.

``make matrix`` (or ``.venv/bin/nox``) runs the session ``tests`` once per Python version the
package declares (its ``Programming Language :: Python :: 3.x`` classifiers in pyproject.toml).
Each run:

1. builds the sdist and, from it, the wheel (``python -m build``), once for the whole matrix;
2. installs that wheel, and the subset's test dependencies (``TEST_REQUIREMENTS``, with the
   ranges of the ``dev`` extra), into a fresh venv of that version: not editable, so the tests
   exercise the installed files (checked: ``link2prisma`` must import from site-packages, never
   from ``src/``);
3. runs a representative subset of the suite, ``SUBSET`` below: the generated models and
   attrs classes against the spec's examples, the facade against the embedded sandbox over
   mutual TLS, TLS, retries and polling against a scripted server, and the command line. The
   whole suite takes about 8 minutes on 2 cores per version; the subset about one. Left out:
   the drift check of generated/ (it runs the pinned generators, a development tool and not part
   of the wheel; ``make test`` runs it).

Interpreters are looked up on PATH as ``python3.X``, with pyenv's ``~/.pyenv/versions/3.X.*``
put first when they exist. A version that is not on this machine is skipped with a line saying
so (nox's summary lists every version: success or skipped), never an error.
Pass pytest options after ``--``: ``nox -- -k sandbox``; one version: ``nox -p 3.12``.
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
SUBSET = [
    "tests/tooling/test_generated.py",
    "tests/integration/test_facade_sandbox.py",
    "tests/integration/test_facade_tls.py",
    "tests/integration/test_cli.py",
]
DESELECT = ["tests/tooling/test_generated.py::test_drift_check_fails_on_an_edited_spec"]
# What SUBSET imports besides the package; the version ranges come from the dev extra.
TEST_REQUIREMENTS = ("pytest", "pytest-xdist", "trustme", "pyyaml")

nox.needs_version = ">=2024.4"
nox.options.sessions = ["tests"]
nox.options.default_venv_backend = "venv"
# A user's machine may lack some versions: skip them (nox says which), do not fail the run.
nox.options.error_on_missing_interpreters = False


PROJECT = nox.project.load_toml(ROOT / "pyproject.toml")["project"]


def supported_versions() -> list[str]:
    """The ``3.x`` versions of the classifiers: what pyproject.toml declares is what is tested."""
    prefix = "Programming Language :: Python :: "
    found = [c.removeprefix(prefix) for c in PROJECT["classifiers"] if c.startswith(prefix)]
    versions = [v for v in found if re.fullmatch(r"3\.\d+", v)]
    return sorted(versions, key=lambda v: int(v.split(".")[1]))


def test_requirements() -> list[str]:
    """``TEST_REQUIREMENTS`` as the dev extra spells them (one source for the version ranges)."""
    dev: list[str] = PROJECT["optional-dependencies"]["dev"]
    picked = {}
    for requirement in dev:
        name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()
        if name in TEST_REQUIREMENTS:
            picked[name] = requirement
    missing = set(TEST_REQUIREMENTS) - set(picked)
    if missing:
        raise RuntimeError(f"not in the dev extra of pyproject.toml: {sorted(missing)}")
    return list(picked.values())


def _put_pyenv_first(versions: list[str]) -> None:
    """Find pyenv's interpreters even when neither they nor pyenv's shims are on PATH."""
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = []
    for version in versions:
        candidates = [
            p for p in root.glob(f"{version}.*") if (p / "bin" / f"python{version}").exists()
        ]
        if candidates:
            newest = max(candidates, key=lambda p: [int(x) for x in re.findall(r"\d+", p.name)])
            found.append(str(newest / "bin"))
    if found:
        os.environ["PATH"] = os.pathsep.join([*found, os.environ.get("PATH", "")])


VERSIONS = supported_versions()
_put_pyenv_first(VERSIONS)
_built: dict[str, Path] = {}


def _wheel(session: nox.Session) -> Path:
    """Build the sdist, then the wheel from it, once per nox run (in the first session's venv)."""
    if "wheel" not in _built:
        out = Path(tempfile.mkdtemp(prefix="link2prisma-dist-"))
        atexit.register(shutil.rmtree, out, ignore_errors=True)
        session.install("build>=1.2")
        # No --sdist/--wheel: build makes the sdist, then the wheel from the unpacked sdist, as a
        # release does (so a file missing from the sdist fails here).
        session.run("python", "-m", "build", "--outdir", str(out), str(ROOT), silent=True)
        (wheel,) = out.glob("link2prisma-*.whl")
        session.log(f"built {wheel.name} (from {next(out.glob('*.tar.gz')).name})")
        _built["wheel"] = wheel
    return _built["wheel"]


@nox.session(python=VERSIONS)
def tests(session: nox.Session) -> None:
    """The installed wheel passes the representative subset of the test suite."""
    started = time.monotonic()
    wheel = _wheel(session)
    # The cli extra: tests/integration/test_cli.py is in the subset.
    session.install(f"{wheel}[cli]", *test_requirements())
    session.chdir(ROOT)
    # The tests must exercise the installed wheel, not the source tree.
    session.run(
        "python",
        "-c",
        "import sys, link2prisma, link2prisma_api;"
        "files = [link2prisma.__file__, link2prisma_api.__file__];"
        "assert all('site-packages' in f for f in files), files;"
        "print(sys.version.split()[0], 'imports', *files)",
    )
    session.run(
        "python",
        "-m",
        "pytest",
        "-q",
        "-n",
        "2",
        "-p",
        "no:cacheprovider",
        *SUBSET,
        *(f"--deselect={test}" for test in DESELECT),
        *session.posargs,
    )
    session.log(f"Python {session.python}: passed in {time.monotonic() - started:.0f}s")
