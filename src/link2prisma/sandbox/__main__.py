"""``python -m link2prisma.sandbox``: run a sandbox until SIGTERM or SIGINT.

Prints the base URL, the client certificate files (PFX with its password, PEM pair) and the CA
bundle, the ``export L2P_...=`` lines that point the command line at it, then a line
``READY <base_url>``. ``link2prisma sandbox`` is the same with the command line's help style.
"""

from __future__ import annotations

import argparse
import logging
import shlex
import signal
import sys
import tempfile
import threading
from pathlib import Path
from types import FrameType

from .faults import Faults
from .quirks import Quirks
from .routes import PROFCAT_SPELLINGS
from .runtime import SandboxServer, Settings

__all__ = ["build_parser", "export_lines", "main", "run"]


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    """The sandbox's command-line options (added to ``parser`` when given)."""
    p = parser or argparse.ArgumentParser(
        prog="python -m link2prisma.sandbox",
        description="A Link2Prisma-compatible server on 127.0.0.1, with mutual TLS, a real "
        "queue and synthetic data.",
    )
    p.add_argument("--port", type=int, default=0, help="TCP port (default: a free one)")
    p.add_argument(
        "--data", type=Path, default=None, help="data directory (default: a new temp one)"
    )
    p.add_argument("--employers", type=int, default=2, help="number of employers (first start)")
    p.add_argument("--workers-per-employer", type=int, default=50, help="workers per employer")
    p.add_argument("--delay", type=_non_negative, default=0.5, help="seconds per request")
    p.add_argument("--jitter", type=_non_negative, default=0.0, help="extra random 0..J seconds")
    p.add_argument("--processors", type=int, default=2, help="processor threads")
    p.add_argument("--seed", type=int, default=1, help="seed of the synthetic data")
    faults = p.add_argument_group("fault injection")
    faults.add_argument(
        "--fail-submit-rate", type=_rate, default=0.0, help="share of submits answered 503"
    )
    faults.add_argument(
        "--drop-rate", type=_rate, default=0.0, help="share of requests dropped unanswered"
    )
    faults.add_argument("--slow-result-rate", type=_rate, default=0.0, help="share of slow Results")
    faults.add_argument("--slow-result-seconds", type=_non_negative, default=2.0)
    faults.add_argument(
        "--processing-failure-rate", type=_rate, default=0.0, help="share ending in Statuscode 500"
    )
    faults.add_argument("--fault-seed", type=int, default=None, help="seed of the fault draws")
    faults.add_argument(
        "--out-of-order",
        action="store_true",
        help="process each employer's requests in random order, not oldest first",
    )
    quirks = p.add_argument_group("quirks (answers as rough as WCF/.NET can make them)")
    quirks.add_argument(
        "--quirks",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="turn quirks mode on (default: off)",
    )
    quirks.add_argument("--quirk-seed", type=int, default=1, help="seed of the occasional quirks")
    defaults = Quirks()
    for name, text in (
        ("explicit_nulls", "unset members of records written as null"),
        ("bom", "a UTF-8 BOM before the GUID, Result and workerExists bodies"),
        ("charset", "Content-Type: application/json; charset=utf-8"),
        ("html_errors", "WCF's HTML pages for bodies that are not JSON and unknown routes"),
        ("numeric_statuscode", "Statuscode as a JSON number"),
    ):
        quirks.add_argument(
            f"--quirk-{name.replace('_', '-')}",
            dest=f"quirk_{name}",
            action=argparse.BooleanOptionalAction,
            default=getattr(defaults, name),
            help=text,
        )
    for name, text in (
        ("null_list_rate", "share of empty lists in records written as null"),
        ("odd_enum_rate", "share of records with an enumeration value outside the vendor list"),
        ("legacy_date_rate", "share of WithdrawalDate written as /Date(ms+0100)/"),
    ):
        quirks.add_argument(
            f"--quirk-{name.replace('_', '-')}",
            dest=f"quirk_{name}",
            type=_rate,
            default=getattr(defaults, name),
            help=text,
        )
    p.add_argument(
        "--profcat-spelling",
        choices=PROFCAT_SPELLINGS,
        default="both",
        help="serve /profcat and /profcats (both), or only one of them",
    )
    p.add_argument("--access-log-stderr", action="store_true", help="also print the access log")
    p.add_argument("--verbose", action="store_true", help="log the sandbox's own messages")
    return p


def settings_from_args(args: argparse.Namespace, data_dir: Path) -> Settings:
    return Settings(
        data_dir=data_dir,
        port=args.port,
        employers=args.employers,
        workers_per_employer=args.workers_per_employer,
        delay=args.delay,
        jitter=args.jitter,
        processors=args.processors,
        seed=args.seed,
        faults=Faults(
            fail_submit_rate=args.fail_submit_rate,
            drop_rate=args.drop_rate,
            slow_result_rate=args.slow_result_rate,
            slow_result_seconds=args.slow_result_seconds,
            processing_failure_rate=args.processing_failure_rate,
            seed=args.fault_seed,
            out_of_order=args.out_of_order,
        ),
        access_log_stderr=args.access_log_stderr,
        quirks=Quirks(
            enabled=args.quirks,
            seed=args.quirk_seed,
            explicit_nulls=args.quirk_explicit_nulls,
            null_list_rate=args.quirk_null_list_rate,
            bom=args.quirk_bom,
            charset=args.quirk_charset,
            html_errors=args.quirk_html_errors,
            odd_enum_rate=args.quirk_odd_enum_rate,
            numeric_statuscode=args.quirk_numeric_statuscode,
            legacy_date_rate=args.quirk_legacy_date_rate,
        ),
        profcat_spelling=args.profcat_spelling,
    )


def export_lines(info: dict[str, object]) -> list[str]:
    """Shell lines that point the command line and :meth:`Link2Prisma.from_env` at the sandbox
    (copy-paste them into a POSIX shell)."""
    employers = info.get("employers") or []
    pairs = [
        ("L2P_BASE_URL", info["base_url"]),
        ("L2P_CERT", info["pfx_path"]),
        ("L2P_CERT_PASSWORD", info["pfx_password"]),
        ("L2P_CA_BUNDLE", info["ca_bundle"]),
        ("L2P_EMPLOYER", employers[0] if isinstance(employers, list) and employers else None),
    ]
    return [f"export {name}={shlex.quote(str(value))}" for name, value in pairs if value]


def main(argv: list[str] | None = None) -> int:
    """Run the sandbox until SIGTERM/SIGINT; returns the exit status."""
    return run(build_parser().parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Run the sandbox of parsed options (``build_parser``'s) until SIGTERM/SIGINT."""
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
        stream=sys.stderr,
    )
    data_dir = args.data or Path(tempfile.mkdtemp(prefix="l2p-sandbox-"))
    server = SandboxServer(settings_from_args(args, data_dir))
    stop = threading.Event()

    def _on_signal(signum: int, frame: FrameType | None) -> None:
        del signum, frame
        stop.set()

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    info = server.start()
    print(f"base URL:     {info['base_url']}")
    print(f"data dir:     {data_dir}")
    print(f"employers:    {', '.join(info['employers'])}")
    print(f"CA bundle:    {info['ca_bundle']}")
    print(f"PFX:          {info['pfx_path']} (password: {info['pfx_password']})")
    print(f"PEM pair:     {info['cert_pem_path']} {info['key_pem_path']}")
    print("# to use it, paste into your shell (link2prisma and Link2Prisma.from_env() read them):")
    for line in export_lines(info):
        print(line)
    print(f"READY {info['base_url']}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
