"""``python bench/nodelay_sandbox.py ARGS``: the sandbox (same options as
``python -m link2prisma.sandbox``) with ``TCP_NODELAY`` on its connections.

Why: the sandbox's handler (``http.server``) sends the response headers and the body in two
writes. With Nagle's algorithm on, the body waits for the client's ACK of the headers, which the
client delays by 40 ms (delayed ACK), so every request takes about 44 ms on loopback instead of
about 1 ms, and every latency figure would measure that stall instead of the client. Setting
``disable_nagle_algorithm`` (a ``socketserver.StreamRequestHandler`` option) here is the only
change; once the sandbox sets it itself, this launcher changes nothing.
"""

from __future__ import annotations

import sys

from link2prisma.sandbox import server
from link2prisma.sandbox.__main__ import main

server.Handler.disable_nagle_algorithm = True

if __name__ == "__main__":
    sys.exit(main())
