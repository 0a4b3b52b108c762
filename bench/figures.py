"""The figures of ``make bench``. Each function measures one group against a sandbox that runs
in another process and returns :class:`~bench.common.Figure` records.
"""

from __future__ import annotations

import json
import math
import os
import re
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from link2prisma import Link2Prisma, PollPolicy
from link2prisma.sandbox import Sandbox

from . import baselines, polling_sim, profiles
from .common import (
    RRNR,
    Config,
    Figure,
    Sandboxes,
    SandboxSpec,
    at_least,
    at_most,
    cpu_per_call,
    format_value,
    interleaved,
    median,
    paired_ratios,
    stopwatch,
    wait_idle,
)

# --- helpers ----------------------------------------------------------------------------------


def client(sb: Sandbox, cfg: Config, **kwargs: Any) -> Link2Prisma:
    """A facade client on the sandbox, as a user would open it."""
    kwargs.setdefault("pool_size", cfg.pool_size)
    return Link2Prisma(sb.base_url, certificate=sb.certificate, ca_bundle=sb.ca_bundle, **kwargs)


def client_context(sb: Sandbox) -> ssl.SSLContext:
    """The SSLContext the facade itself builds for this certificate and CA."""
    return sb.certificate.ssl_context(ca_bundle=sb.ca_bundle)


def _repeat(call: Callable[[], object], times: int) -> None:
    for _ in range(times):
        call()


def calls_spec(cfg: Config) -> SandboxSpec:
    return SandboxSpec(employers=1, workers=50, delay=0.01, processors=cfg.processors)


def count_handshakes(ctx: ssl.SSLContext) -> Callable[[], int]:
    """Count the TLS handshakes made with ``ctx`` (one per new connection); the counter."""
    lock = threading.Lock()
    count = [0]

    class CountingSSLSocket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            with lock:
                count[0] += 1
            super().do_handshake(block)

    ctx.sslsocket_class = CountingSSLSocket
    return lambda: count[0]


def captured_request(l2p: Link2Prisma, call: Callable[[], object]) -> httpx.Request:
    """The request the facade sends for ``call`` (URL and headers), seen by an event hook."""
    seen: list[httpx.Request] = []
    hooks = l2p.http.event_hooks["request"]
    hooks.append(seen.append)
    try:
        call()
    finally:
        hooks.remove(seen.append)
    if not seen:
        raise RuntimeError("the facade sent no request")
    return seen[-1]


# --- overhead_vs_httpx, handshakes_per_1000_calls, werkr_style_vs_facade -------------------------


def fig_calls(cfg: Config, pool: Sandboxes) -> list[Figure]:
    sb = pool.get(calls_spec(cfg))
    employer = sb.employers[0]
    out = [_overhead(cfg, sb, employer), _handshakes(cfg, sb, employer)]
    out.append(_werkr(cfg, sb, employer))
    return out


def _overhead(cfg: Config, sb: Sandbox, employer: str) -> Figure:
    n = cfg.overhead_calls
    with client(sb, cfg) as l2p, httpx.Client(verify=client_context(sb), timeout=30.0) as bare:
        scope = l2p.employer(employer)
        request = captured_request(l2p, lambda: scope.worker_exists(RRNR))
        url = str(request.url)
        headers = {k: v for k, v in request.headers.items() if k.lower() != "host"}

        def facade_call() -> None:
            scope.worker_exists(RRNR)

        def bare_call() -> None:
            response = bare.get(url, headers=headers)
            response.raise_for_status()
            response.json()

        for _ in range(max(5, n // 10)):  # warm up both (connections, caches)
            facade_call()
            bare_call()

        def wall_block(call: Callable[[], None]) -> Callable[[], float]:
            def run() -> float:
                with stopwatch() as t:
                    for _ in range(n):
                        call()
                return t[0] / n

            return run

        arms: dict[str, Callable[[], object]] = {"facade": facade_call, "httpx": bare_call}
        cpu = cpu_per_call(cfg.rounds, n, arms)
        ratios = paired_ratios(cpu["facade"], cpu["httpx"])
        wall = interleaved(
            max(1, cfg.rounds // 2),
            {"facade": wall_block(facade_call), "httpx": wall_block(bare_call)},
        )
        value = median(ratios)
        details = {
            "facade CPU per call": f"{median(cpu['facade']) * 1e3:.3f} ms",
            "httpx CPU per call": f"{median(cpu['httpx']) * 1e3:.3f} ms",
            "per-round ratios": ", ".join(f"{r:.3f}" for r in ratios),
            "wall per call facade / httpx": f"{median(wall['facade']) * 1e3:.2f} ms / "
            f"{median(wall['httpx']) * 1e3:.2f} ms",
        }
        fig = Figure(
            "overhead_vs_httpx",
            value,
            "<= 1.15",
            at_most(1.15)(value),
            "client CPU (`time.process_time`, sandbox in another process) per synchronous "
            "`worker_exists` call through the facade / the same GET (same URL and headers) on a "
            "bare `httpx.Client` reusing one SSLContext, JSON decoded; "
            f"{cfg.rounds} rounds of {n} calls each, the clients taking turns in batches of "
            "20 calls; median of the per-round ratios",
            details,
        )
        if fig.ok is False and not cfg.smoke:
            calls = max(n, 300)
            fig.notes.append(
                profiles.cpu_profile_block(
                    "Where the facade's CPU goes in `worker_exists`",
                    lambda: _repeat(facade_call, calls),
                )
            )
            fig.notes.append(
                profiles.cpu_profile_block(
                    "The bare httpx GET, for comparison",
                    lambda: _repeat(bare_call, calls),
                )
            )
    return fig


def _handshakes(cfg: Config, sb: Sandbox, employer: str) -> Figure:
    calls = cfg.handshake_calls
    threads = 2 * cfg.pool_size  # more callers than connections
    ctx = client_context(sb)
    handshakes = count_handshakes(ctx)
    requests = [0]
    lock = threading.Lock()

    def on_request(request: httpx.Request) -> None:
        with lock:
            requests[0] += 1

    with client(sb, cfg, verify=ctx) as l2p:
        l2p.http.event_hooks["request"].append(on_request)
        scope = l2p.employer(employer)

        def one(i: int) -> None:
            if i % 10 == 0:  # one call in ten is queued: submit, then polls
                scope.workers.get(1).result(timeout=cfg.op_timeout)
            else:
                scope.worker_exists(RRNR)

        with ThreadPoolExecutor(threads) as ex:
            for f in [ex.submit(one, i) for i in range(calls)]:
                f.result(timeout=cfg.op_timeout)
    count = handshakes()
    value = count * 1000 / calls
    return Figure(
        "handshakes_per_1000_calls",
        value,
        f"<= pool size ({cfg.pool_size})",
        at_most(cfg.pool_size)(value),
        f"TLS handshakes counted on the client: the facade is given (`verify=`) the SSLContext "
        f"it would build itself, whose `sslsocket_class` counts `do_handshake` calls; {calls} "
        f"calls (9 in 10 `worker_exists`, 1 in 10 a queued `workers.get` waited to its end) "
        f"from {threads} threads on one client with `pool_size={cfg.pool_size}`",
        {
            "handshakes": str(count),
            "HTTP requests sent": str(requests[0]),
            "a new connection per request would make": str(requests[0]),
        },
    )


def _werkr(cfg: Config, sb: Sandbox, employer: str) -> Figure:
    n = cfg.werkr_calls
    with client(sb, cfg) as l2p:
        scope = l2p.employer(employer)
        path = f"workerExists/{RRNR}"

        def werkr_block() -> float:
            with stopwatch() as t:
                for _ in range(n):
                    baselines.werkr_style_call(
                        sb.base_url,
                        sb.pfx_path,
                        sb.pfx_password,
                        sb.ca_bundle,
                        path,
                        {"Employer": employer},
                    )
            return t[0] / n

        def facade_block() -> float:
            with stopwatch() as t:
                for _ in range(n):
                    scope.worker_exists(RRNR)
            return t[0] / n

        facade_block()  # warm: the pool's connection exists, as in a long-running program
        times = interleaved(cfg.rounds, {"werkr": werkr_block, "facade": facade_block})
    ratios = paired_ratios(times["werkr"], times["facade"])
    value = median(ratios)
    return Figure(
        "werkr_style_vs_facade",
        value,
        "report (expect >= 5)",
        None,
        "wall time per synchronous `workerExists` call: a werkr-style client (`bench/"
        "baselines.py`: PFX read and converted to plaintext PEM temp files, new SSLContext and "
        "TLS connection, files deleted, on every request) / the facade (one pool, one "
        f"SSLContext); {cfg.rounds} interleaved rounds of {n} calls, median of per-round ratios",
        {
            "werkr-style per call": f"{median(times['werkr']) * 1e3:.1f} ms",
            "facade per call": f"{median(times['facade']) * 1e3:.2f} ms",
        },
    )


# --- detect_delay_ratio, polls_per_operation, fixed_poll_vs_facade_latency ----------------------


@dataclass
class OpRecord:
    arm: str
    guid: str
    submitted: float  # wall clock (time.time), like the sandbox's timings
    returned: float
    polls: int
    finished: float = math.nan
    accepted: float = math.nan

    @property
    def d(self) -> float:
        """How long the sandbox took: accepted to finished."""
        return self.finished - self.accepted

    @property
    def overshoot(self) -> float:
        return self.returned - self.finished


def parse_candidates(texts: list[str]) -> list[PollPolicy]:
    """``first,factor[,cap]`` texts as policies."""
    out = []
    for text in texts:
        parts = [float(p) for p in text.split(",")]
        if len(parts) == 2:
            out.append(PollPolicy(first=parts[0], factor=parts[1]))
        elif len(parts) == 3:
            out.append(PollPolicy(first=parts[0], factor=parts[1], cap=parts[2]))
        else:
            raise ValueError(f"a poll candidate is first,factor[,cap], not {text!r}")
    return out


def policy_name(p: PollPolicy) -> str:
    return f"PollPolicy(first={p.first:g}, factor={p.factor:g}, cap={p.cap:g})"


def fig_polling(
    cfg: Config, pool: Sandboxes, candidates: list[PollPolicy] | None = None
) -> list[Figure]:
    spec = SandboxSpec(
        employers=cfg.detect_threads,
        workers=20,
        delay=cfg.detect_delay,
        jitter=cfg.detect_jitter,
        processors=cfg.detect_threads,
    )
    sb = pool.get(spec)
    candidates = candidates or []
    clients = {"facade": client(sb, cfg)}
    for i, policy in enumerate(candidates):
        clients[f"candidate{i + 1}"] = client(sb, cfg, poll=policy)
    arms = [*clients, "fixed"]
    records: list[OpRecord] = []
    lock = threading.Lock()
    fixed = baselines.FixedPollClient(
        sb.base_url, client_context(sb), interval=cfg.fixed_interval, timeout=cfg.op_timeout
    )

    def worker(index: int) -> None:
        employer = sb.employers[index]
        for j in range(cfg.detect_ops_per_thread):
            arm = arms[(index + j) % len(arms)]
            submitted = time.time()
            if arm == "fixed":
                waited = fixed.get("worker/1", employer)
                guid, polls = waited.guid, waited.polls
            else:
                op = clients[arm].employer(employer).workers.get(1)
                op.result(timeout=cfg.op_timeout)
                guid, polls = op.guid, op.schedule.polls
            returned = time.time()
            with lock:
                records.append(OpRecord(arm, guid, submitted, returned, polls))

    try:
        with ThreadPoolExecutor(cfg.detect_threads) as ex:
            futures = [ex.submit(worker, i) for i in range(cfg.detect_threads)]
            budget = cfg.detect_ops_per_thread * (cfg.op_timeout + 10)
            for f in futures:
                f.result(timeout=budget)
    finally:
        fixed.close()
        for c in clients.values():
            c.close()
    for rec in records:
        t = sb.request_timings(rec.guid)
        rec.finished, rec.accepted = float(t["FinishedAt"]), float(t["AcceptedAt"])

    by_arm: dict[str, list[OpRecord]] = {a: [r for r in records if r.arm == a] for a in arms}

    def ratio(arm: str) -> float:
        return median(r.overshoot / r.d for r in by_arm[arm])

    def margin(arm: str) -> float:
        return median(r.overshoot - 0.1 * r.d for r in by_arm[arm])

    def wait_ratio(arm: str) -> float:
        return median((r.returned - r.submitted) / r.d for r in by_arm[arm])

    def polls(arm: str) -> float:
        return median(r.polls for r in by_arm[arm])

    facade = by_arm["facade"]
    ds = [r.d for r in records]
    spread = f"D from {min(ds):.2f} to {max(ds):.2f} s, median {median(ds):.2f} s"
    detect = ratio("facade")
    detect_fig = Figure(
        "detect_delay_ratio",
        detect,
        "<= 0.1 (and median of overshoot - 0.1 D <= 50 ms)",
        at_most(0.1)(detect) and at_most(0.05)(margin("facade")),
        "per operation (`workers.get`, sandbox delay spread uniformly over "
        f"[{cfg.detect_delay:g}, {cfg.detect_delay + cfg.detect_jitter:g}] s): "
        "(wall time the facade's `result()` returned - the sandbox's `FinishedAt`) / D, "
        "D = `FinishedAt - AcceptedAt` (both `time.time()` on this machine); median over "
        f"{len(facade)} operations, run interleaved with the fixed-polling baseline on "
        f"{cfg.detect_threads} employers at once",
        {
            "operations": spread,
            "median overshoot": f"{median(r.overshoot for r in facade) * 1e3:.0f} ms",
            "median of overshoot - 0.1 D": f"{margin('facade') * 1e3:.0f} ms (goal <= 50 ms)",
        },
    )
    polls_fig = Figure(
        "polls_per_operation",
        polls("facade"),
        "<= 8",
        at_most(8)(polls("facade")),
        "median `op.schedule.polls` of the same operations",
        {"mean": f"{sum(r.polls for r in facade) / max(1, len(facade)):.2f}"},
    )
    fixed_ratio = wait_ratio("fixed") / wait_ratio("facade")
    fixed_fig = Figure(
        "fixed_poll_vs_facade_latency",
        fixed_ratio,
        "report",
        None,
        f"median of (return - submit) / D with fixed {cfg.fixed_interval:g} s polling (submit, "
        "sleep, read Result, repeat: BrynQ v1 / werkr) / the same for the facade; the two "
        "clients' operations are interleaved in the same run",
        {
            "facade wait / D": f"{wait_ratio('facade'):.3f}",
            "fixed wait / D": f"{wait_ratio('fixed'):.3f}",
            "fixed: median overshoot": f"{median(r.overshoot for r in by_arm['fixed']):.2f} s",
            "fixed: median polls": format_value(polls("fixed")),
        },
    )
    if detect_fig.ok is False or polls_fig.ok is False:
        detect_fig.notes.append(_polling_note(cfg))
    if candidates:
        detect_fig.notes.append(_candidates_note(candidates, by_arm, ratio, margin, polls))
    return [detect_fig, polls_fig, fixed_fig]


def _polling_note(cfg: Config) -> str:
    rows = polling_sim.table(n=600 if cfg.smoke else 3000)
    lines = [
        "**Where the time goes (polling).** The facade's waiting is sleeping, not CPU: a "
        "profile shows `time.sleep`. What decides both figures is the poll schedule. Poll `k` "
        "falls at a random moment of the window `[t(k-1), t(k))`, `t(k) = first * factor**k`, "
        "so the overshoot is about half a window, `(factor - 1) / 2` of D, and the number of "
        "polls is about `1 + ln(D / first) / ln(factor)`. The facade's real `PollSchedule` "
        "on a simulated clock (`bench/polling_sim.py`: D uniform in [0.2, 3] s, 4 ms round "
        "trips, 3000 operations):",
        "",
        "| policy | detect ratio (median) | polls (median) | overshoot - 0.1 D (median) "
        "| return / D for D < 0.5 s |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| `{policy_name(r.policy)}` | {r.ratio:.3f} | {r.polls:g} | "
            f"{r.margin * 1e3:.0f} ms | {r.short_wait:.2f} |"
        )
    lines += [
        "",
        "A median ratio <= 0.1 needs `factor` <= about 1.18, and then <= 8 polls at the median "
        "D (1.6 s) needs `first` >= about 0.7 s: the two goals together are met only by "
        "delaying the first poll, which makes operations shorter than `first` wait longer "
        "(last column).",
    ]
    return "\n".join(lines)


def _candidates_note(
    candidates: list[PollPolicy],
    by_arm: dict[str, list[OpRecord]],
    ratio: Callable[[str], float],
    margin: Callable[[str], float],
    polls: Callable[[str], float],
) -> str:
    lines = [
        "**Measured candidates** (same run, same sandbox, interleaved with the default; "
        "`bench/run.py --poll-candidate FIRST,FACTOR`):",
        "",
        "| policy | operations | median D | detect ratio | polls | overshoot - 0.1 D |",
        "|---|---|---|---|---|---|",
    ]
    arms = [("facade", f"default `{policy_name(PollPolicy())}`")]
    arms += [(f"candidate{i + 1}", f"`{policy_name(p)}`") for i, p in enumerate(candidates)]
    for arm, label in arms:
        lines.append(
            f"| {label} | {len(by_arm[arm])} | {median(r.d for r in by_arm[arm]):.2f} s | "
            f"{ratio(arm):.3f} | {polls(arm):g} | {margin(arm) * 1e3:.0f} ms |"
        )
    return "\n".join(lines)


# --- bulk_export_speedup -----------------------------------------------------------------------


def _count(it: Any, expected: int) -> int:
    n = sum(1 for _ in it)
    if n != expected:
        raise RuntimeError(f"exported {n} workers, expected {expected}")
    return n


def fig_bulk(cfg: Config, pool: Sandboxes) -> list[Figure]:
    n = cfg.bulk_workers
    sb = pool.get(SandboxSpec(1, n, cfg.bulk_delay, processors=cfg.processors))
    employer = sb.employers[0]
    with (
        client(sb, cfg) as l2p,
        baselines.FixedPollClient(
            sb.base_url, client_context(sb), interval=cfg.fixed_interval, timeout=cfg.op_timeout
        ) as fixed,
    ):
        scope = l2p.employer(employer)

        def facade(prefetch: int) -> Callable[[], float]:
            def run() -> float:
                wait_idle(sb)
                with stopwatch() as t:
                    _count(scope.workers.iter_all(page_size=cfg.page_size, prefetch=prefetch), n)
                return t[0]

            return run

        def sequential() -> float:
            wait_idle(sb)
            with stopwatch() as t:
                got = baselines.sequential_export(fixed, employer, cfg.page_size)
            if got != n:
                raise RuntimeError(f"the sequential export got {got} workers, expected {n}")
            return t[0]

        times = interleaved(
            cfg.bulk_rounds, {"sequential": sequential, "facade": facade(cfg.prefetch)}
        )
        page_by_page = facade(1)()
        wait_idle(sb)
    value = median(paired_ratios(times["sequential"], times["facade"]))
    pages = n // cfg.page_size + 1
    return [
        Figure(
            "bulk_export_speedup",
            value,
            ">= 10",
            at_least(10)(value),
            f"{n} workers ({pages} requests of {cfg.page_size}), sandbox with "
            f"{cfg.processors} processors and {cfg.bulk_delay:g} s per request: a page-by-page "
            f"export polling every {cfg.fixed_interval:g} s / the facade's `iter_all("
            f"prefetch={cfg.prefetch})`; {cfg.bulk_rounds} interleaved rounds, median of ratios",
            {
                "sequential, fixed polling": f"{median(times['sequential']):.2f} s",
                "facade iter_all": f"{median(times['facade']):.2f} s",
                "facade iter_all(prefetch=1) (its polling, no pipelining)": f"{page_by_page:.2f} s",
                "note": "the sandbox processes one employer's requests one at a time (like "
                "the real queue), so pipelining hides the polling latency but cannot "
                "process pages in parallel; the ratio shrinks as the delay per request "
                "approaches the 2 s polling interval",
            },
        )
    ]


# --- bulk_export_vs_server_busy, export_peak_rss_mb_* --------------------------------------------


def busy_spec(cfg: Config) -> SandboxSpec:
    return SandboxSpec(1, cfg.busy_workers, cfg.bulk_delay, processors=cfg.processors)


def fig_busy(cfg: Config, pool: Sandboxes) -> list[Figure]:
    n = cfg.busy_workers
    sb = pool.get(busy_spec(cfg))
    employer = sb.employers[0]
    guids: list[str] = []

    def on_response(response: httpx.Response) -> None:
        if response.status_code == 202 and response.request.url.path.lower().endswith("/worker"):
            response.read()
            guids.append(json.loads(response.content))

    rounds: list[dict[str, float]] = []
    with client(sb, cfg) as l2p:
        l2p.http.event_hooks["response"].append(on_response)
        scope = l2p.employer(employer)
        for _ in range(cfg.busy_rounds):
            wait_idle(sb)
            guids.clear()
            started = time.time()
            with stopwatch() as t:
                _count(scope.workers.iter_all(page_size=cfg.page_size, prefetch=cfg.prefetch), n)
            ended = time.time()
            wait_idle(sb)
            used = guids[: n // cfg.page_size + 1]  # up to the first short page
            timings = [sb.request_timings(g) for g in used]
            busy = sum(float(x["FinishedAt"]) - float(x["StartedAt"]) for x in timings)
            rounds.append(
                {
                    "wall": t[0],
                    "busy": busy,
                    "ratio": t[0] / busy if busy > 0 else math.nan,
                    "first_wait": float(timings[0]["AcceptedAt"]) - started,
                    "tail": ended - max(float(x["FinishedAt"]) for x in timings),
                    "idle": (max(float(x["FinishedAt"]) for x in timings) - started) - busy,
                }
            )
    value = median(r["ratio"] for r in rounds)
    fig = Figure(
        "bulk_export_vs_server_busy",
        value,
        "<= 1.1",
        at_most(1.1)(value),
        f"{n} workers ({n // cfg.page_size + 1} requests), sandbox with {cfg.bulk_delay:g} s "
        f"per request: wall time of the facade's `iter_all(prefetch={cfg.prefetch})` / the sum "
        "of the sandbox's own `FinishedAt - StartedAt` for the requests the export used "
        f"(their GUIDs seen by an httpx event hook); {cfg.busy_rounds} rounds, median",
        {
            "export wall": f"{median(r['wall'] for r in rounds):.2f} s",
            "sandbox busy": f"{median(r['busy'] for r in rounds):.2f} s",
            "sandbox idle while the export ran": f"{median(r['idle'] for r in rounds):.2f} s",
            "last page finished -> export returned": f"{median(r['tail'] for r in rounds):.3f} s",
        },
    )
    if fig.ok is False and not cfg.smoke:

        def export() -> None:
            wait_idle(sb)
            with client(sb, cfg) as l2p:
                scope = l2p.employer(employer)
                _count(scope.workers.iter_all(page_size=cfg.page_size, prefetch=cfg.prefetch), n)

        fig.notes.append(profiles.profile_block("Profile of one `iter_all` export", export))
    return [fig]


def cli_command() -> list[str]:
    script = Path(sys.executable).with_name("link2prisma")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "link2prisma.cli"]


def export_rss(sb: Sandbox, n: int, timeout: float) -> tuple[float, float]:
    """Run ``link2prisma workers export --format jsonl``; (peak RSS in MiB, seconds)."""
    with tempfile.TemporaryDirectory(prefix="l2p-bench-export-") as tmp:
        out = Path(tmp) / "workers.jsonl"
        err = Path(tmp) / "stderr.txt"
        env = {
            **os.environ,
            "L2P_BASE_URL": sb.base_url,
            "L2P_CERT": str(sb.pfx_path),
            "L2P_CERT_PASSWORD": sb.pfx_password,
            "L2P_EMPLOYER": sb.employers[0],
            "L2P_CA_BUNDLE": str(sb.ca_bundle),
            "XDG_CONFIG_HOME": tmp,  # no user profile
        }
        env.pop("L2P_PROFILE", None)
        env.pop("L2P_CONFIG", None)
        argv = [*cli_command(), "workers", "export", "--out", str(out), "--format", "jsonl"]
        started = time.monotonic()
        with err.open("wb") as stderr:
            proc = subprocess.Popen(
                argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr
            )
        deadline = started + timeout
        status, usage = 0, None
        while True:  # os.wait4 gives this child's own rusage (its peak RSS)
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                proc.returncode = os.waitstatus_to_exitcode(status)
                break
            if time.monotonic() > deadline:
                proc.kill()
                proc.wait(10)
                raise TimeoutError(f"the export of {n} workers took more than {timeout}s")
            time.sleep(0.05)
        seconds = time.monotonic() - started
        if proc.returncode != 0:
            raise RuntimeError(
                f"export exited {proc.returncode}: {err.read_text('utf-8', 'replace')[-800:]}"
            )
        with out.open("rb") as f:
            lines = sum(1 for _ in f)
        if lines != n:
            raise RuntimeError(f"the export wrote {lines} lines, expected {n}")
    return usage.ru_maxrss / 1024, seconds  # Linux: KiB


def fig_rss(cfg: Config, pool: Sandboxes) -> list[Figure]:
    small, large = cfg.rss_workers
    results: dict[int, tuple[float, float]] = {}
    for n in (small, large):
        if n in results:
            continue
        spec = busy_spec(cfg) if n == cfg.busy_workers else SandboxSpec(1, n, 0.0)
        sb = pool.get(spec)
        results[n] = export_rss(sb, n, timeout=60 + n / 50)
    rss_small, rss_large = results[small][0], results[large][0]
    growth = rss_large / rss_small
    how = (
        "peak RSS (`ru_maxrss` of the child from `os.wait4`) of `link2prisma workers export "
        "--format jsonl` run as a subprocess against the sandbox; output lines checked"
    )
    flat = f"flat: <= 1.25 x the {small // 1000 or small}k figure"
    return [
        Figure(
            "export_peak_rss_mb_10k",
            rss_small,
            "<= 200",
            at_most(200)(rss_small),
            how + f" ({small} workers)",
            {"export time": f"{results[small][1]:.1f} s"},
        ),
        Figure(
            "export_peak_rss_mb_100k",
            rss_large,
            f"<= 200 and {flat}",
            at_most(200)(rss_large) and at_most(1.25)(growth),
            how + f" ({large} workers)",
            {
                "export time": f"{results[large][1]:.1f} s",
                "growth from the small export": f"x{growth:.3f}",
            },
        ),
    ]


# --- import_time_ratio -------------------------------------------------------------------------

_IMPORTTIME = re.compile(r"^import time:\s*(\d+)\s*\|\s*(\d+)\s*\|(\s*)(\S+)\s*$")


_MARK = "-- link2prisma bench: the statement starts here --"


def import_us(statement: str) -> int:
    """Cumulative microseconds of the imports ``statement`` makes in a fresh interpreter
    (``-X importtime``: the top-level entries after the interpreter's own start-up)."""
    code = f"import sys; print({_MARK!r}, file=sys.stderr, flush=True); {statement}"
    # As an installed package is imported: from its bytecode (pip compiles it at install). A
    # PYTHONDONTWRITEBYTECODE in the environment would measure the compiler instead.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=env,
    )
    lines = proc.stderr.splitlines()
    total = 0
    for line in lines[lines.index(_MARK) + 1 :]:
        m = _IMPORTTIME.match(line)
        if m and len(m.group(3)) <= 1:  # a top-level entry: its imports are in its cumulative
            total += int(m.group(2))
    if total <= 0:
        raise RuntimeError(f"no importtime line for {statement!r}")
    return total


def loaded_generated_modules() -> tuple[int, int]:
    """(generated modules loaded by ``from link2prisma import Link2Prisma``, in all)."""
    code = (
        "import sys, pathlib, importlib\n"
        "from link2prisma import Link2Prisma\n"
        "gen = ('link2prisma_api', 'link2prisma_models', 'link2prisma_resources')\n"
        "loaded = sum(1 for m in sys.modules if m.split('.')[0] in gen)\n"
        "paths = [pathlib.Path(p) for g in gen for p in importlib.import_module(g).__path__]\n"
        "print(loaded, sum(1 for p in paths for _ in p.rglob('*.py')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    loaded, total = out.stdout.split()
    return int(loaded), int(total)


#: What the ratio compares: the library as a program uses it (``import link2prisma`` alone loads
#: its public names on first use, PEP 562) against httpx, which it is built on.
IMPORT_LIBRARY = "from link2prisma import Link2Prisma"
IMPORT_HTTPX = "import httpx"


def fig_import(cfg: Config, pool: Sandboxes) -> list[Figure]:
    del pool
    for statement in (IMPORT_LIBRARY, IMPORT_HTTPX, "import link2prisma"):
        import_us(statement)  # bytecode compiled, files in the page cache
    times = interleaved(
        cfg.import_rounds,
        {
            "link2prisma": lambda: import_us(IMPORT_LIBRARY),
            "httpx": lambda: import_us(IMPORT_HTTPX),
            "bare": lambda: import_us("import link2prisma"),
        },
    )
    value = median(paired_ratios(times["link2prisma"], times["httpx"]))
    loaded, total = loaded_generated_modules()
    return [
        Figure(
            "import_time_ratio",
            value,
            "<= 1.3",
            at_most(1.3)(value),
            f"cumulative `python -X importtime -c '{IMPORT_LIBRARY}'` / the same for "
            f"`{IMPORT_HTTPX}` (which link2prisma imports), fresh interpreters, "
            f"{cfg.import_rounds} interleaved rounds in one run, median of ratios",
            {
                IMPORT_LIBRARY: f"{median(times['link2prisma']) / 1e3:.0f} ms",
                IMPORT_HTTPX: f"{median(times['httpx']) / 1e3:.0f} ms",
                "import link2prisma (names load on first use)": (
                    f"{median(times['bare']) / 1e3:.1f} ms"
                ),
                f"generated modules loaded by `{IMPORT_LIBRARY}`": f"{loaded} of {total}",
            },
        )
    ]
