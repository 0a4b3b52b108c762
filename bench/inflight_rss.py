"""Peak RSS of a client with N operations in flight (``inflight_10k_rss_mb``), run as its own
process so that the figure is this client's alone.

python bench/inflight_rss.py BASE_URL PFX CA EMPLOYERS N   (password in L2P_BENCH_PFX_PASSWORD)

Submits N ``workers.get`` (ten at a time) to a sandbox slow enough that none finishes, then
waits for all of them with ``as_completed`` for a while (the poller at work over N pending
operations), and prints one JSON line: ``peak_rss_mb``, ``base_rss_mb`` (everything imported,
nothing submitted), ``in_flight`` (still pending at the end) and ``seconds``.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from typing import Any

POLL_FOR = 15.0  # seconds of polling with everything in flight


def _peak_mb() -> float:
    """This process's peak RSS: ``VmHWM`` (Linux), which starts afresh at ``exec``; not
    ``ru_maxrss``, which keeps the high-water mark of the parent this process was forked from."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


async def run(base_url: str, pfx: str, ca: str, employers: list[str], n: int) -> dict[str, Any]:
    from link2prisma import AsyncLink2Prisma, Certificate, OperationTimeout

    certificate = Certificate.from_pkcs12(pfx, password=os.environ["L2P_BENCH_PFX_PASSWORD"])
    async with AsyncLink2Prisma(base_url, certificate=certificate, ca_bundle=ca) as l2p:
        scopes = [l2p.employer(e) for e in employers]
        await scopes[0].workers.get(1)  # everything loaded and one connection up
        base = _peak_mb()
        started = time.monotonic()
        ops: list[Any] = []
        todo = iter(range(n))

        async def submitter() -> None:  # ten submits at a time, no task per operation
            for i in todo:
                ops.append(await scopes[i % len(scopes)].workers.get(1 + (i // 2) % 20))

        await asyncio.gather(*(submitter() for _ in range(10)))
        finished = 0
        try:  # the sandbox takes far longer per request: all stay in flight, polled a while
            async for _ in l2p.as_completed(ops, timeout=POLL_FOR):
                finished += 1
        except OperationTimeout:
            pass
    return {
        "peak_rss_mb": _peak_mb(),
        "base_rss_mb": base,
        "seconds": time.monotonic() - started,
        "in_flight": n - finished,
    }


def main() -> int:
    base_url, pfx, ca, employers, n = sys.argv[1:6]
    print(json.dumps(asyncio.run(run(base_url, pfx, ca, employers.split(","), int(n)))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
