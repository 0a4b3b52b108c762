"""``link2prisma sandbox``: the sandbox server, with the command line's help and options.

The options are those of ``python -m link2prisma.sandbox`` (one parser,
:func:`link2prisma.sandbox.__main__.build_parser`), turned into click options here so that
``link2prisma sandbox --help`` reads like every other command's help and the two never drift.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperOption

__all__ = ["SandboxCommand", "sandbox"]

_META = "link2prisma.sandbox.args"
_METAVARS: dict[str, str] = {"int": "N", "float": "SECONDS", "Path": "DIR"}


def _converter(func: Callable[[str], Any], name: str) -> Callable[[Any], Any]:
    """argparse's type function as click's: its errors become click's, with their message."""

    def convert(value: Any) -> Any:
        if not isinstance(value, str):
            return value  # a default, already of its type
        try:
            return func(value)
        except argparse.ArgumentTypeError as exc:
            raise typer.BadParameter(str(exc)) from None
        except ValueError:
            kind = "an integer" if func is int else "a number" if name != "Path" else "a path"
            raise typer.BadParameter(f"{value!r} is not {kind}") from None

    convert.__name__ = name
    return convert


def _choice(choices: tuple[str, ...]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if value not in choices:
            raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}")
        return value

    convert.__name__ = "choice"
    return convert


def _store(ctx: Any, param: Any, value: Any) -> Any:
    ctx.meta.setdefault(_META, {})[param.name] = value
    return value


def _options(parser: argparse.ArgumentParser) -> list[TyperOption]:
    params: list[TyperOption] = []
    for action in parser._actions:
        if not action.option_strings or isinstance(action, argparse._HelpAction):
            continue
        help_text = action.help or ""
        common: dict[str, Any] = {
            "default": action.default,
            "expose_value": False,
            "callback": _store,
            "show_default": action.default is not None and not isinstance(action.default, bool),
        }
        if isinstance(action, argparse.BooleanOptionalAction):
            on = [o for o in action.option_strings if not o.startswith("--no-")]
            off = [o for o in action.option_strings if o.startswith("--no-")]
            decls = [f"{on[0]}/{off[0]}", action.dest]
            params.append(TyperOption(param_decls=decls, is_flag=True, help=help_text, **common))
        elif isinstance(action, argparse._StoreTrueAction):
            decls = [*action.option_strings, action.dest]
            params.append(TyperOption(param_decls=decls, is_flag=True, help=help_text, **common))
        else:
            func: Callable[[str], Any] = action.type if callable(action.type) else str
            name = getattr(func, "__name__", "value")
            if action.choices is not None:
                convert = _choice(tuple(str(c) for c in action.choices))
                help_text += f" ({' | '.join(str(c) for c in action.choices)})"
                metavar = "NAME"
            else:
                convert = _converter(func, name)
                metavar = _METAVARS.get(name, "RATE" if name == "_rate" else "SECONDS")
                if func is int:
                    metavar = "N"
            params.append(
                TyperOption(
                    param_decls=[*action.option_strings, action.dest],
                    type=convert,
                    metavar=metavar,
                    help=help_text or action.dest.replace("_", " "),
                    **common,
                )
            )
    return params


class SandboxCommand(TyperCommand):
    """The sandbox command, with the sandbox parser's options added as click options (and
    not the global options: it is the server, not a client)."""

    takes_global_options = False

    _options_added = False

    def get_params(self, ctx: Any) -> Any:
        # Added on first use: building them imports the sandbox, which no other command needs.
        if not self._options_added:
            from ..sandbox.__main__ import build_parser

            self.params.extend(_options(build_parser()))
            self._options_added = True
        return super().get_params(ctx)


def sandbox(ctx: typer.Context) -> None:
    """Run a local Link2Prisma sandbox server (mutual TLS, a real queue, synthetic data) on
    127.0.0.1 until Ctrl-C.

    On start it prints the base URL, the certificate files and copy-paste
    `export L2P_...=` lines: paste them into another shell and every command of
    link2prisma (and Link2Prisma.from_env()) talks to the sandbox.
    """
    from ..sandbox.__main__ import build_parser, run

    values = {a.dest: a.default for a in build_parser()._actions if a.dest != "help"}
    values.update(ctx.meta.get(_META, {}))
    if isinstance(values.get("data"), str):
        values["data"] = Path(values["data"])
    raise typer.Exit(run(argparse.Namespace(**values)))
