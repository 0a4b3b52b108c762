"""The figures of many operations in flight through one client (issue #12): polls per
operation, wall time against the sandbox's own span, the peak poll rate against the budget,
the detect delay when the sandbox processes out of order, and the memory of 10,000 in flight.

Each run uses the asyncio client (as an integrator in bulk would) against a sandbox in its own
process; the polls are counted on the sandbox's side (``results_per_second`` of its stats).
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from link2prisma import AsyncLink2Prisma, PollPolicy
from link2prisma.sandbox import Sandbox

from .common import Config, Figure, Sandboxes, SandboxSpec, at_most, median, wait_idle

INFLIGHT_SCRIPT = Path(__file__).with_name("inflight_rss.py")
WORKERS = 20  # workers per employer of these sandboxes (the GETs cycle over them)


def many_spec(cfg: Config, out_of_order: bool = False) -> SandboxSpec:
    return SandboxSpec(
        2, WORKERS, cfg.bulk_delay, processors=cfg.processors, out_of_order=out_of_order
    )


def _per_second(sb: Sandbox) -> dict[str, int]:
    data: dict[str, int] = sb.stats()["results_per_second"]
    return data


def bulk_run(sb: Sandbox, n: int, budget: float) -> dict[str, Any]:
    """Submit ``n`` GETs over two employers, take them with ``as_completed``; what was seen."""
    employers = sb.employers[:2]
    before = _per_second(sb)

    async def main() -> tuple[list[Any], list[float], float]:
        policy = PollPolicy(budget=budget)
        async with AsyncLink2Prisma(
            sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, poll=policy
        ) as l2p:
            scopes = [l2p.employer(e) for e in employers]

            async def submit(i: int) -> Any:
                return await scopes[i % 2].workers.get(1 + (i // 2) % WORKERS)

            started = time.time()
            ops: list[Any] = [None] * n
            found: dict[int, float] = {}
            window = l2p.submit_many(submit, range(n), window=n)
            async for i, op in window:  # every one in flight: submitted, polled as they finish
                found[i] = time.time()
                ops[i] = op
                await op.result()  # finished: returns at once (or raises its own error)
            return ops, [found[i] for i in range(n)], started

    ops, found, started = asyncio.run(main())
    wait_idle(sb)
    after = _per_second(sb)
    per_second = {k: v - before.get(k, 0) for k, v in after.items() if v - before.get(k, 0)}
    # In order per employer: the first submitted is accepted first, the last of each finishes
    # last (one processor per employer).
    first = sb.request_timings(ops[0].guid)
    lasts = [sb.request_timings(ops[-1 - i].guid) for i in range(min(2, len(ops)))]
    span = max(float(t["FinishedAt"]) for t in lasts) - float(first["AcceptedAt"])
    return {
        "ops": ops,
        "found": found,
        "wall": max(found) - started,
        "span": span,
        "polls": sum(per_second.values()),
        "peak": max(per_second.values()) if per_second else 0,
    }


def fig_many(cfg: Config, pool: Sandboxes) -> list[Figure]:
    n = cfg.many_ops
    budget = cfg.many_budget
    sb = pool.get(many_spec(cfg))
    wait_idle(sb)
    run = bulk_run(sb, n, budget)
    polls_per_op = run["polls"] / n
    wall_ratio = run["wall"] / run["span"] if run["span"] > 0 else math.nan
    peak_ratio = run["peak"] / budget
    setting = (
        f"{n} `workers.get` over 2 employers in flight in one `AsyncLink2Prisma` "
        f"(`submit_many(..., window={n})`, `PollPolicy(budget={budget:g})`), sandbox in its "
        f"own process with one processor per employer and {cfg.bulk_delay:g} s per request"
    )
    details = {
        "client wall (first submit to last result)": f"{run['wall']:.2f} s",
        "sandbox span (first accepted to last finished)": f"{run['span']:.2f} s",
        "Result requests counted by the sandbox": str(run["polls"]),
        "busiest second": f"{run['peak']} Result requests",
    }
    figs = [
        Figure(
            "bulk_polls_per_operation",
            polls_per_op,
            "<= 1.5",
            at_most(1.5)(polls_per_op),
            setting + ": Result requests counted by the sandbox / operations",
            details,
        ),
        Figure(
            "bulk_wall_vs_server_span",
            wall_ratio,
            "<= 1.05",
            at_most(1.05)(wall_ratio),
            "same run: client wall time from the first submit to the last result / the "
            "sandbox's first-accepted-to-last-finished span",
        ),
        Figure(
            "bulk_peak_poll_rate_vs_budget",
            peak_ratio,
            "<= 1.0",
            at_most(1.0)(peak_ratio),
            "same run: the most Result requests the sandbox saw in one second of its clock / "
            "the budget",
        ),
    ]
    figs.append(_out_of_order(cfg, pool))
    figs.append(_inflight_rss(cfg, pool))
    return figs


def _out_of_order(cfg: Config, pool: Sandboxes) -> Figure:
    n = cfg.ooo_ops
    sb = pool.get(many_spec(cfg, out_of_order=True))
    wait_idle(sb)
    run = bulk_run(sb, n, cfg.many_budget)
    delays = []
    for op, found in zip(run["ops"], run["found"], strict=True):
        finished = float(sb.request_timings(op.guid)["FinishedAt"])
        delays.append(max(0.0, found - finished))
    value = median(delays)
    cap = PollPolicy().cap
    return Figure(
        "out_of_order_detect_delay",
        value,
        f"<= {cap:g} s",
        at_most(cap)(value),
        f"{n} `workers.get` over 2 employers, the sandbox processing each employer's requests "
        "in random order (`Faults(out_of_order=True)`): median of (time `as_completed` "
        "yielded it - the sandbox's `FinishedAt`), seconds. The bound: once an operation is "
        "found finished while an older one of its employer is pending, every operation of "
        f"that employer follows its own schedule (one window, at most `cap` = {cap:g} s); "
        "before that finding, probes go round the operations behind the head",
        {
            "largest delay": f"{max(delays):.2f} s",
            "Result requests per operation": f"{run['polls'] / n:.2f}",
        },
    )


def _inflight_rss(cfg: Config, pool: Sandboxes) -> Figure:
    n = cfg.inflight_ops
    # 60 s per request: nothing finishes while the client holds everything in flight.
    sb = pool.get(SandboxSpec(2, WORKERS, 0.0 if cfg.smoke else 60.0, processors=cfg.processors))
    argv = [
        sys.executable,
        str(INFLIGHT_SCRIPT),
        sb.base_url,
        str(sb.pfx_path),
        str(sb.ca_bundle),
        ",".join(sb.employers[:2]),
        str(n),
    ]
    env = {**os.environ, "L2P_BENCH_PFX_PASSWORD": sb.pfx_password}
    done = subprocess.run(
        argv, env=env, capture_output=True, text=True, timeout=120 + n / 20, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"inflight_rss.py exited {done.returncode}: {done.stderr[-800:]}")
    got = json.loads(done.stdout.strip().splitlines()[-1])
    value = float(got["peak_rss_mb"])
    return Figure(
        "inflight_10k_rss_mb",
        value,
        "<= 150",
        at_most(150)(value),
        f"peak RSS (`VmHWM`) of a process (bench/inflight_rss.py) that submits {n} "
        "`workers.get` with `AsyncLink2Prisma` to a sandbox taking 60 s per request (all in "
        "flight at once) and waits for them with `as_completed` for 15 s (the poller working "
        "over all of them); interpreter, httpx and the generated models included",
        {
            "still in flight at the end": str(got["in_flight"]),
            "peak with everything imported, before submitting": f"{got['base_rss_mb']:.1f} MB",
            "seconds": f"{got['seconds']:.1f}",
        },
    )
