"""Peak RSS of a client with N operations in flight (``inflight_10k_rss_mb``), run as its own
process so that the figure is this client's alone.

python bench/inflight_rss.py BASE_URL PFX CA EMPLOYERS N   (password in L2P_BENCH_PFX_PASSWORD)

Prints one JSON line: ``peak_rss_mb``, ``base_rss_mb`` (everything imported, nothing
submitted) and ``seconds``.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from typing import Any


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


async def run(base_url: str, pfx: str, ca: str, employers: list[str], n: int) -> dict[str, Any]:
    from link2prisma import AsyncLink2Prisma, Certificate, PollPolicy

    certificate = Certificate.from_pkcs12(pfx, password=os.environ["L2P_BENCH_PFX_PASSWORD"])
    # The budget is not what this figure measures: high enough not to make the run long.
    policy = PollPolicy(budget=2000.0, deadline=600.0)
    async with AsyncLink2Prisma(
        base_url, certificate=certificate, ca_bundle=ca, poll=policy
    ) as l2p:
        scopes = [l2p.employer(e) for e in employers]
        await scopes[0].workers.get(1)  # everything loaded and one connection up
        base = _peak_mb()
        started = time.monotonic()
        slots = asyncio.Semaphore(10)

        async def one(i: int) -> Any:
            async with slots:
                return await scopes[i % len(scopes)].workers.get(1 + (i // len(scopes)) % 20)

        ops = await asyncio.gather(*(one(i) for i in range(n)))
        count = 0
        async for op in l2p.as_completed(ops):
            await op.result()  # finished: returns at once
            count += 1
        if count != n:
            raise RuntimeError(f"{count} of {n} operations came back")
    return {"peak_rss_mb": _peak_mb(), "base_rss_mb": base, "seconds": time.monotonic() - started}


def main() -> int:
    base_url, pfx, ca, employers, n = sys.argv[1:6]
    print(json.dumps(asyncio.run(run(base_url, pfx, ca, employers.split(","), int(n)))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
