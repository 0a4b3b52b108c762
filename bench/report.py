"""BENCHMARKS.md: the machine, the versions, the figure table, and how each was measured."""

from __future__ import annotations

import os
import platform
import ssl
import sys
from importlib import metadata

from .common import Config, Figure, format_value


def machine() -> dict[str, str]:
    cpus = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = cpus
    return {
        "cpu count": f"{cpus} ({usable} usable)",
        "cpu": platform.processor() or platform.machine(),
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {sys.version.split()[0]}",
    }


def versions() -> dict[str, str]:
    out: dict[str, str] = {}
    for dist in ("link2prisma", "httpx", "httpcore", "cryptography", "pydantic"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    out["openssl"] = ssl.OPENSSL_VERSION
    return out


SANDBOX_NOTE = (
    "**`TCP_NODELAY`**: the sandbox's handler disables Nagle's algorithm, and the benchmarks "
    "start it through `bench/nodelay_sandbox.py`, which makes sure of it. Without it a "
    "response's body waits for the client's delayed ACK, about 40 ms per request on loopback "
    "for any client, and the latency figures would measure that stall, not the clients."
)
STOCK_NOTE = "The sandbox was started with its own launcher (`--stock-sandbox`)."


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(
    figures: list[Figure],
    cfg: Config,
    seconds: float,
    sandboxes: list[tuple[str, float]],
    errors: list[str],
    *,
    nodelay: bool = True,
) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`bench/run.py`): the facade against the sandbox "
        "(`link2prisma.sandbox`, run in its own process, so its CPU is not the client's) over "
        "mutual TLS on 127.0.0.1. Every figure is a ratio of two things measured in the same "
        "run, interleaved over several rounds with the median taken, or a count; none compares "
        "an absolute time with a constant. Rerun with `make bench`; `python bench/run.py "
        "--help` for options (`--only`, `--poll-candidate`, `--stock-sandbox`).",
        "",
        SANDBOX_NOTE if nodelay else STOCK_NOTE,
        "",
        "## Machine",
        "",
    ]
    lines += [f"- {k}: {v}" for k, v in machine().items()]
    lines += ["", "## Versions", ""]
    lines += [f"- {k}: {v}" for k, v in versions().items()]
    lines += [
        "",
        "## Figures",
        "",
        "| figure | value | goal | verdict |",
        "|---|---|---|---|",
    ]
    for f in figures:
        verdict = f"**{f.verdict}**" if f.ok is False else f.verdict
        lines.append(f"| `{f.name}` | {format_value(f.value)} | {_cell(f.goal)} | {verdict} |")
    missed = [f for f in figures if f.ok is False]
    lines += [""]
    if missed:
        lines.append("Goals missed: " + ", ".join(f"`{f.name}`" for f in missed) + " (see below).")
    else:
        lines.append("Every goal was met in this run.")
    if errors:
        lines += ["", "Errors (the figures concerned are NaN):", ""]
        lines += [f"- {_cell(e)}" for e in errors]
    lines += ["", "## How each figure was measured", ""]
    for f in figures:
        lines += [f"### `{f.name}`: {format_value(f.value)} ({f.verdict})", "", f.how, ""]
        lines += [f"- {k}: {_cell(v)}" for k, v in f.details.items()]
        for note in f.notes:
            lines += ["", note]
        lines.append("")
    lines += ["## Run", ""]
    lines.append(f"- sizes: `{cfg.name}`; total time {seconds:.0f} s")
    lines += [f"- sandbox {spec}: started in {s:.1f} s" for spec, s in sandboxes]
    lines.append("")
    return "\n".join(lines)
