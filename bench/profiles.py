"""Where the time goes, for a figure that misses its goal: a pyinstrument profile as text.

pyinstrument is optional (``pip install pyinstrument``); without it the note says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MAX_LINES = 70


def profile_text(run: Callable[[], object]) -> str | None:
    """pyinstrument's call tree of ``run()``, or None when pyinstrument is not installed."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return None
    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        run()
    finally:
        profiler.stop()
    text: str = profiler.output_text(unicode=False, color=False, show_all=False)
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) > MAX_LINES:
        lines = [*lines[:MAX_LINES], f"... ({len(lines) - MAX_LINES} more lines)"]
    return "\n".join(lines)


def profile_block(title: str, run: Callable[[], object]) -> str:
    """A Markdown section with the profile of ``run()``."""
    text = profile_text(run)
    if text is None:
        return f"**{title}**: install pyinstrument (`pip install pyinstrument`) to see it."
    return f"**{title}** (pyinstrument, wall time):\n\n```text\n{text}\n```"


def cpu_profile_block(title: str, run: Callable[[], object], top: int = 12) -> str:
    """A Markdown section with cProfile's CPU-time (``time.process_time``) profile of ``run()``:
    the CPU spent in each package's own code (self time), and the costliest functions of the
    client's own packages. cProfile's own cost inflates deep call chains: read the shares."""
    import cProfile
    import io
    import pstats
    import time

    profiler = cProfile.Profile(timer=time.process_time)
    profiler.enable()
    try:
        run()
    finally:
        profiler.disable()
    raw: dict[Any, Any] = pstats.Stats(profiler, stream=io.StringIO()).stats  # type: ignore[attr-defined]
    total = sum(tt for (_, _, tt, _, _) in raw.values()) or 1.0
    by_package: dict[str, float] = {}
    for (filename, _, _), (_, _, tottime, _, _) in raw.items():
        package = _package(filename)
        by_package[package] = by_package.get(package, 0.0) + tottime
    lines = [
        f"**{title}** (cProfile, CPU time):",
        "",
        "| package | CPU share (own code) |",
        "|---|---|",
    ]
    for package, spent in sorted(by_package.items(), key=lambda kv: kv[1], reverse=True):
        if spent / total >= 0.005:
            lines.append(f"| {package} | {spent / total:.1%} |")
    ours = [
        (key, value)
        for key, value in raw.items()
        if _package(key[0]) in ("link2prisma", "link2prisma_resources")
    ]
    if ours:
        lines += [
            "",
            "| function | calls | CPU share, cumulative |",
            "|---|---|---|",
        ]
        for (filename, line, name), (_, ncalls, _, cumtime, _) in sorted(
            ours, key=lambda kv: kv[1][3], reverse=True
        )[:top]:
            short = _short_path(filename)
            lines.append(f"| `{short}:{line}({name})` | {ncalls} | {cumtime / total:.1%} |")
    return "\n".join(lines)


def _package(filename: str) -> str:
    if filename == "~" or filename.startswith("<"):
        return "built-ins (ssl, socket, json, ...)"
    for marker in ("site-packages/", "/src/", "/generated/"):
        if marker in filename:
            return filename.split(marker, 1)[1].split("/", 1)[0].removesuffix(".py")
    if "/bench/" in filename:
        return "bench (the loop)"
    return "standard library"


def _short_path(filename: str) -> str:
    for marker in ("site-packages/", "/src/", "/generated/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename.rsplit("/", 1)[-1]
