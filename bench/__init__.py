"""Benchmarks of the link2prisma facade against the sandbox (``make bench``; see ``run.py``)."""
