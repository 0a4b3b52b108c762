"""The root command: global options, subcommands, ``main()``.

The global options (``-e/--employer``, ``-p/--profile``, ``--json``, ``--cert``, ``--key``,
``--url``, ``--ca-bundle``, ``--debug`` ...) are declared once, in :func:`_global_params`, and
the root group adds a copy of them to every command of the tree: click then parses them in
front of the subcommand, after it, or between a group and its command, in every form
(``-e 9``, ``--employer=9``). Their values are not arguments of the commands: each one's
callback merges it into the run's :class:`GlobalOptions` (``ctx.obj``), the last one written
winning. Nothing rewrites the command line.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator, Sequence
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
from . import sandbox as sandbox_cmd
from . import sync as sync_cmd
from . import workers as workers_cmd
from .config import GlobalOptions
from .output import EXIT_CODES_HELP, EXIT_FAILED, Output, error_record

__all__ = ["GLOBAL_OPTIONS_NOTE", "app", "main"]

GLOBAL_OPTIONS_NOTE = (
    "Global options (-e/--employer, -p/--profile, --json, --cert, --key, --password-file, "
    "--url, --ca-bundle, --timeout, --retries, --config, --debug; see link2prisma --help) may "
    "also be given here, before or after the arguments."
)


def _global_params() -> list[Any]:
    """The global options as click parameters, declared once (typer builds them)."""
    holder = typer.Typer(add_completion=False)

    @holder.command()
    def global_options(
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
            typer.Option(
                "--url", "--base-url", help="Service URL, .../link2prisma.svc (L2P_BASE_URL)."
            ),
        ] = None,
        cert: Annotated[
            Path | None,
            typer.Option(
                "--cert", help="Client certificate: .pfx, or PEM (L2P_CERT).", dir_okay=False
            ),
        ] = None,
        key: Annotated[
            Path | None,
            typer.Option(
                "--key", help="Private key file for a PEM --cert (L2P_KEY).", dir_okay=False
            ),
        ] = None,
        password_file: Annotated[
            Path | None,
            typer.Option(
                "--password-file",
                help="File holding the certificate password (else L2P_CERT_PASSWORD, the "
                "profile, or a prompt).",
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
            typer.Option(
                "--timeout", help="Seconds to wait for an operation (default 300).", min=0.1
            ),
        ] = None,
        retries: Annotated[
            int | None,
            typer.Option(
                "--retries",
                help="Attempts for a request that may be resent (connection errors, 503; "
                "default 5).",
                min=1,
                max=20,
            ),
        ] = None,
        json_output: Annotated[
            bool,
            typer.Option(
                "--json", help="Machine-readable JSON on stdout; errors as JSON on stderr."
            ),
        ] = False,
        debug: Annotated[
            bool,
            typer.Option("--debug", help="Show (redacted) tracebacks and debug logging."),
        ] = False,
    ) -> None:
        """Not a command: the declaration of the global options."""

    params = list(typer.main.get_command(holder).params)
    for param in params:
        param.expose_value = False
        param.callback = _remember
    return params


def _remember(ctx: Any, param: Any, value: Any) -> Any:
    """Merge a global option given on the command line into the run's GlobalOptions."""
    if value is None or value is False or ctx.resilient_parsing:
        return value
    root = ctx.find_root()
    if root.obj is None:
        root.obj = GlobalOptions()
    options: GlobalOptions = root.obj
    options.set(param.name, value)
    return value


def _walk(command: Any) -> Iterator[Any]:
    for sub in getattr(command, "commands", {}).values():
        yield sub
        yield from _walk(sub)


class _RootGroup(TyperGroup):
    """The root group: every command of the tree accepts the global options, and with
    ``--json`` a usage error is a JSON object on stderr like every other error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        shared = _global_params()
        self.params[:0] = shared
        for command in _walk(self):
            if not getattr(command, "takes_global_options", True):
                continue
            taken = {name for p in command.params for name in (*p.opts, *p.secondary_opts)}
            names = {p.name for p in command.params}
            for param in shared:
                if param.name in names or taken & {*param.opts, *param.secondary_opts}:
                    continue  # the command's own option of that name wins
                hidden = copy.copy(param)
                hidden.hidden = True
                command.params.append(hidden)
            if GLOBAL_OPTIONS_NOTE not in (command.epilog or ""):
                command.epilog = (
                    f"{command.epilog}\n\n{GLOBAL_OPTIONS_NOTE}"
                    if command.epilog
                    else GLOBAL_OPTIONS_NOTE
                )

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        argv = list(sys.argv[1:] if args is None else args)
        json_mode = "--json" in argv[: argv.index("--")] if "--" in argv else "--json" in argv
        try:
            value = super().main(argv, prog_name, complete_var, False, **extra)
        except typer.Abort:
            _usage_failure(json_mode, "aborted", EXIT_FAILED, "aborted")  # click's "Aborted!"
        except Exception as exc:
            click_error: Any = exc  # typer's click exceptions (ClickException, UsageError ...)
            if not hasattr(click_error, "exit_code") or not hasattr(click_error, "show"):
                raise
            if not json_mode:
                click_error.show()
                sys.exit(click_error.exit_code)
            _usage_failure(json_mode, "usage", click_error.exit_code, click_error.format_message())
        sys.exit(value if isinstance(value, int) else 0)


def _usage_failure(json_mode: bool, code: str, exit_code: int, message: str) -> None:
    if json_mode:
        Output(json_mode=True).error_json(
            error_record(None, exit_code=exit_code, message=message, code=code)
        )
    else:
        sys.stderr.write(f"error: {message}\n")
    sys.exit(exit_code)


HELP = f"""A terminal tool for Sodeco's Link2Prisma payroll API (mutual TLS).

Settings come from flags, then the environment (L2P_BASE_URL, L2P_CERT, L2P_KEY,
L2P_CERT_PASSWORD, L2P_EMPLOYER, L2P_CA_BUNDLE, L2P_PROFILE, L2P_CONFIG), then a profile of
the TOML config file. A password is never a flag: use --password-file, L2P_CERT_PASSWORD, a
profile's password_file/password_env, or the prompt (on a terminal).

Global options may be written before or after the subcommand (link2prisma exists RRNR -e 9).
With --json, the result is JSON on stdout and an error a JSON object on stderr.
Shell completion: link2prisma --install-completion.

{EXIT_CODES_HELP}
"""

app = typer.Typer(
    name="link2prisma",
    cls=_RootGroup,
    help=HELP,
    no_args_is_help=True,
    add_completion=True,
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
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    del version
    if ctx.obj is None:
        ctx.obj = GlobalOptions()


app.add_typer(cert_cmd.app, name="cert", short_help="Inspect or export a client certificate.")
app.add_typer(journal_cmd.app, name="journal", short_help="What a killed run may have queued.")
app.add_typer(workers_cmd.app, name="workers", short_help="Export an employer's workers.")
app.add_typer(
    documents_cmd.app, name="documents", short_help="List, download and upload documents."
)
from . import doctor as doctor_cmd  # noqa: E402 - kept next to its registration (one hunk)

app.command("doctor", short_help="Check certificate, CA, URL, TLS and employer rights.")(
    doctor_cmd.doctor
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
app.command(
    "sandbox", cls=sandbox_cmd.SandboxCommand, short_help="Run a local sandbox server until Ctrl-C."
)(sandbox_cmd.sandbox)


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
