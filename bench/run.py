"""``make bench``: run every figure, print ``name: value`` lines, write BENCHMARKS.md.

python bench/run.py                      # full sizes (several minutes), writes BENCHMARKS.md
python bench/run.py --smoke --no-write   # tiny sizes, seconds (the test suite's smoke run)
python bench/run.py --only polling --poll-candidate 0.7,1.14
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(ROOT))

from bench import figures, many  # noqa: E402
from bench.common import FULL, SMOKE, Config, Figure, Sandboxes, SandboxSpec  # noqa: E402
from bench.report import markdown  # noqa: E402
from link2prisma import PollPolicy  # noqa: E402

#: Figure groups in run order, with the figure names each produces (for NaN on failure).
GROUPS: dict[str, tuple[str, ...]] = {
    "calls": ("overhead_vs_httpx", "handshakes_per_1000_calls", "werkr_style_vs_facade"),
    "polling": ("detect_delay_ratio", "polls_per_operation", "fixed_poll_vs_facade_latency"),
    "bulk": ("bulk_export_speedup",),
    "busy": ("bulk_export_vs_server_busy",),
    "rss": ("export_peak_rss_mb_10k", "export_peak_rss_mb_100k"),
    "import": ("import_time_ratio",),
    "many": (
        "bulk_polls_per_operation",
        "bulk_wall_vs_server_span",
        "bulk_peak_poll_rate_vs_budget",
        "out_of_order_detect_delay",
        "inflight_10k_rss_mb",
    ),
}


#: PollPolicy candidates measured beside the default in the polling figures (``first,factor``):
#: the proposal of BENCHMARKS.md. Skipped once it is the facade's default.
DEFAULT_POLL_CANDIDATES: tuple[str, ...] = ()  # the measured candidate became the default


def run_all(
    cfg: Config,
    only: list[str] | None = None,
    candidates: list[str] | None = None,
    echo: Callable[[str], None] | None = None,
    nodelay: bool = True,
) -> tuple[list[Figure], list[str], list[tuple[str, float]]]:
    """Run the figure groups; (figures, errors, sandbox start times)."""
    texts = DEFAULT_POLL_CANDIDATES if candidates is None else candidates
    policies = [p for p in figures.parse_candidates(list(texts)) if p != PollPolicy()]
    runners: dict[str, Callable[[Config, Sandboxes], list[Figure]]] = {
        "calls": figures.fig_calls,
        "polling": lambda c, p: figures.fig_polling(c, p, policies),
        "bulk": figures.fig_bulk,
        "busy": figures.fig_busy,
        "rss": figures.fig_rss,
        "import": figures.fig_import,
        "many": many.fig_many,
    }
    shared = None
    if cfg.shared_sandbox:
        shared = SandboxSpec(
            employers=max(1, cfg.detect_threads),
            workers=max(cfg.bulk_workers, cfg.busy_workers, *cfg.rss_workers),
            delay=cfg.detect_delay,
            jitter=cfg.detect_jitter,
            processors=max(cfg.processors, cfg.detect_threads),
        )
    out: list[Figure] = []
    errors: list[str] = []
    with Sandboxes(shared, nodelay=nodelay) as pool:
        for group, names in GROUPS.items():
            if only and group not in only:
                continue
            began = time.monotonic()
            try:
                got = runners[group](cfg, pool)
            except Exception as exc:
                traceback.print_exc()
                errors.append(f"{group}: {type(exc).__name__}: {exc}")
                got = [Figure(n, math.nan, "-", False, f"failed: {exc}") for n in names]
            for fig in got:
                out.append(fig)
                if echo:
                    echo(fig.line())
            print(f"[{group}: {time.monotonic() - began:.1f} s]", file=sys.stderr, flush=True)
        started = [(_describe(spec), seconds) for spec, seconds in pool.started]
    return out, errors, started


def _describe(spec: SandboxSpec) -> str:
    jitter = f"+0..{spec.jitter:g}" if spec.jitter else ""
    return (
        f"{spec.employers} employer(s) x {spec.workers} workers, delay {spec.delay:g}{jitter} s, "
        f"{spec.processors} processors"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes (seconds)")
    parser.add_argument("--only", action="append", choices=sorted(GROUPS), help="a group only")
    parser.add_argument(
        "--poll-candidate",
        action="append",
        default=None,
        metavar="FIRST,FACTOR[,CAP]",
        help="also measure this PollPolicy in the polling figures (repeatable; default "
        f"{' '.join(DEFAULT_POLL_CANDIDATES)}; 'none' for none)",
    )
    parser.add_argument(
        "--stock-sandbox",
        action="store_true",
        help="start the sandbox as it is (Nagle on: about 40 ms per request) instead of "
        "bench/nodelay_sandbox.py",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--no-write", action="store_true", help="do not write BENCHMARKS.md")
    args = parser.parse_args(argv)
    cfg = SMOKE if args.smoke else FULL
    started = time.monotonic()
    figs, errors, sandboxes = run_all(
        cfg,
        args.only,
        None if args.poll_candidate is None else [c for c in args.poll_candidate if c != "none"],
        echo=lambda line: print(line, flush=True),
        nodelay=not args.stock_sandbox,
    )
    seconds = time.monotonic() - started
    if not args.no_write:
        text = markdown(figs, cfg, seconds, sandboxes, errors, nodelay=not args.stock_sandbox)
        args.out.write_text(text, "utf-8")
        print(f"wrote {args.out} ({seconds:.0f} s)", file=sys.stderr)
    missed = [f.name for f in figs if f.ok is False]
    if missed:
        print(f"goals missed: {', '.join(missed)}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
