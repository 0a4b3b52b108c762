"""The root command: global options, subcommands, ``main()``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .._version import __version__
from . import call as call_cmd
from . import cert as cert_cmd
from . import demo as demo_cmd
from . import documents as documents_cmd
from . import journal as journal_cmd
from . import lookup as lookup_cmd
from . import sync as sync_cmd
from . import workers as workers_cmd
from .config import GlobalOptions
from .output import EXIT_CODES_HELP, Output

__all__ = ["app", "main"]

#: Root options that may also be written after the subcommand (they are moved in front).
_HOISTED_FLAGS = frozenset({"--json", "--debug"})
_HOISTED_VALUES = frozenset(
    {
        "--config",
        "--profile",
        "--base-url",
        "--cert",
        "--password-file",
        "--employer",
        "--ca-bundle",
        "--timeout",
        "--retries",
    }
)
#: Subcommands whose arguments are passed through untouched.
_PASS_THROUGH = frozenset({"sandbox"})


def hoist_global_options(args: Sequence[str]) -> list[str]:
    """Move the root's options found after the subcommand in front of it.

    ``link2prisma workers export --out f --json --employer 9`` then means the same as
    ``link2prisma --json --employer 9 workers export --out f``. Nothing after ``--`` moves, nor
    anything of the ``sandbox`` command (its own parser reads it).
    """
    args = list(args)
    front: list[str] = []
    rest: list[str] = []
    seen_command = False
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        if not seen_command and not arg.startswith("-"):
            seen_command = True
            if arg in _PASS_THROUGH:
                rest.extend(args[i:])
                break
            rest.append(arg)
        elif not seen_command:
            front.append(arg)
            if arg in _HOISTED_VALUES and i + 1 < len(args):
                front.append(args[i + 1])
                i += 1
        elif arg in _HOISTED_FLAGS:
            front.append(arg)
        elif arg in _HOISTED_VALUES and i + 1 < len(args):
            front.extend(args[i : i + 2])
            i += 1
        elif arg.split("=", 1)[0] in _HOISTED_VALUES and "=" in arg:
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


class _RootGroup(TyperGroup):
    """The root group: accepts the global options anywhere before ``--``."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args))


HELP = f"""A terminal tool for Sodeco's Link2Prisma payroll API (mutual TLS).

Settings come from flags, then the environment (L2P_BASE_URL, L2P_CERT, L2P_KEY,
L2P_CERT_PASSWORD, L2P_EMPLOYER, L2P_CA_BUNDLE, L2P_PROFILE, L2P_CONFIG), then a profile of
the TOML config file. A password is never a flag: use --password-file, L2P_CERT_PASSWORD, a
profile's password_file/password_env, or the prompt (on a terminal).

Global options may also be written after the subcommand.

{EXIT_CODES_HELP}
"""

app = typer.Typer(
    name="link2prisma",
    cls=_RootGroup,
    help=HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"link2prisma {__version__}")
        raise typer.Exit(0)


@app.callback()
def root(
    ctx: typer.Context,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help="TOML file with profiles (default: $XDG_CONFIG_HOME/link2prisma/config.toml "
            "or ~/.config/link2prisma/config.toml; env L2P_CONFIG).",
            dir_okay=False,
        ),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option("--profile", "-p", help="Profile of the config file (L2P_PROFILE)."),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="Service URL, .../link2prisma.svc (L2P_BASE_URL)."),
    ] = None,
    cert: Annotated[
        Path | None,
        typer.Option("--cert", help="Client certificate: .pfx, or PEM (L2P_CERT).", dir_okay=False),
    ] = None,
    key: Annotated[
        Path | None,
        typer.Option("--key", help="Private key file for a PEM --cert (L2P_KEY).", dir_okay=False),
    ] = None,
    password_file: Annotated[
        Path | None,
        typer.Option(
            "--password-file",
            help="File holding the certificate password (else L2P_CERT_PASSWORD, the profile, "
            "or a prompt).",
            dir_okay=False,
        ),
    ] = None,
    employer: Annotated[
        str | None,
        typer.Option("--employer", "-e", help="Employer external number (L2P_EMPLOYER)."),
    ] = None,
    ca_bundle: Annotated[
        Path | None,
        typer.Option("--ca-bundle", help="CA file to trust for the server (L2P_CA_BUNDLE)."),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option("--timeout", help="Seconds to wait for an operation (default 300).", min=0.1),
    ] = None,
    retries: Annotated[
        int | None,
        typer.Option(
            "--retries",
            help="Attempts for a request that may be resent (connection errors, 503; default 5).",
            min=1,
            max=20,
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Machine-readable JSON on stdout.")
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks and debug logging.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    del version
    if debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    flags: dict[str, Any] = {
        "base_url": base_url,
        "cert": cert,
        "key": key,
        "password_file": password_file,
        "employer": employer,
        "ca_bundle": ca_bundle,
        "timeout": timeout,
        "retries": retries,
    }
    ctx.obj = GlobalOptions(
        output=Output(json_mode=json_output, debug=debug),
        config=config,
        profile=profile,
        flags=flags,
    )


app.add_typer(cert_cmd.app, name="cert", short_help="Inspect or export a client certificate.")
app.add_typer(journal_cmd.app, name="journal", short_help="What a killed run may have queued.")
app.add_typer(workers_cmd.app, name="workers", short_help="Export an employer's workers.")
app.add_typer(
    documents_cmd.app, name="documents", short_help="List, download and upload documents."
)
app.command("exists", short_help="Is a national register number a worker? (masked)")(
    lookup_cmd.exists
)
app.command("result", short_help="What a GUID became (GET /Result/{GUID}).")(lookup_cmd.result)
app.command("call", short_help="Call any of the 92 operations by tag and action.")(call_cmd.call)
app.command("sync", short_help="Keep a local SQLite mirror of the workers up to date.")(
    sync_cmd.sync
)
app.command("demo", short_help="Show the client at work against a fresh sandbox.")(demo_cmd.demo)


@app.command(
    "sandbox",
    context_settings={
        "allow_extra_args": True,
        "ignore_unknown_options": True,
        "help_option_names": [],
    },
    add_help_option=False,
    short_help="Run a local sandbox server (arguments: see sandbox --help).",
)
def sandbox(ctx: typer.Context) -> None:
    """Run a local Link2Prisma sandbox server (mutual TLS, real queue, synthetic data) until
    Ctrl-C. All arguments go to the sandbox: see `link2prisma sandbox --help`
    (--port, --data, --employers, --workers-per-employer, --delay, faults ...)."""
    from ..sandbox.__main__ import main as sandbox_main

    raise typer.Exit(sandbox_main(list(ctx.args)))


def main(argv: Sequence[str] | None = None) -> int:
    """The ``link2prisma`` entry point; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        app(args=args, prog_name="link2prisma", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        return code if isinstance(code, int) else 1
    return 0
