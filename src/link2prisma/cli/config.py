"""Where the CLI's settings come from: flags, then environment, then a TOML profile.

The loading is the library's (``link2prisma._settings``: the same variables and profiles as
:meth:`Link2Prisma.from_env`); this module adds what only a terminal has: the flags, a password
prompt (only on a terminal), configuration errors as usage errors (exit 2), and the run's
:class:`GlobalOptions` kept on the click context. The format of the profile file is described
in ``link2prisma._settings`` and docs/cli.md.
"""

from __future__ import annotations

import getpass
import logging
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import _settings as lib
from .._exceptions import ConfigurationError
from .._settings import ENV_VARS, PROFILE_KEYS, default_config_path
from .dates import parse_day
from .output import EXIT_USAGE, CliError, Output

if TYPE_CHECKING:
    from .._client import Link2Prisma
    from ..certificate import Certificate
    from ..journal import Journal

__all__ = [
    "ENV_VARS",
    "PROFILE_KEYS",
    "GlobalOptions",
    "Settings",
    "day_arg",
    "default_config_path",
    "describe_settings",
    "load_certificate",
    "load_profile",
    "read_password_file",
]


def _usage(exc: ConfigurationError) -> CliError:
    return CliError(str(exc), EXIT_USAGE)


def load_profile(config: Path | None, profile: str | None) -> tuple[dict[str, Any], Path | None]:
    """The library's :func:`~link2prisma.lib.load_profile`, errors as usage errors."""
    try:
        return lib.load_profile(config, profile)
    except ConfigurationError as exc:
        raise _usage(exc) from None


def read_password_file(path: Path) -> bytes:
    """A password from a file: its content, trailing newline removed."""
    try:
        return lib.read_password_file(path)
    except ConfigurationError as exc:
        raise _usage(exc) from None


class Settings(lib.Settings):
    """The library's settings; a missing one names its flag too, errors are usage errors."""

    def hint(self, name: str) -> str:
        flag = "--url" if name == "base_url" else "--" + name.replace("_", "-")
        return f"give {flag}, set {ENV_VARS.get(name)} or a profile's {name}"

    def require(self, name: str) -> Any:
        try:
            return super().require(name)
        except ConfigurationError as exc:
            raise _usage(exc) from None

    def password(self) -> bytes | None:
        try:
            return super().password()
        except ConfigurationError as exc:
            raise _usage(exc) from None


def _prompt_password(what: str) -> bytes | None:
    """Ask on the terminal (never when stdin is not a terminal)."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"Password for {what}: ").encode("utf-8")


def load_certificate(
    path: Path,
    key: Path | None,
    password: Callable[[], bytes | None],
    *,
    check_validity: bool = True,
    check_key: bool = True,
    prompt: Callable[[str], bytes | None] = _prompt_password,
) -> Certificate:
    """A PKCS#12 or PEM/DER certificate with its key; prompts once for a missing password."""
    return lib.load_certificate(
        path, key, password, check_validity=check_validity, check_key=check_key, prompt=prompt
    )


@dataclass
class GlobalOptions:
    """The global options of a run, kept on the click context for the commands.

    Filled by the options' callbacks wherever they were written (:meth:`set`); the settings
    are resolved once, when a command first asks for them.
    """

    output: Output = field(default_factory=Output)
    config: Path | None = None
    profile: str | None = None
    flags: dict[str, Any] = field(default_factory=dict)
    _settings: Settings | None = None

    def set(self, name: str, value: Any) -> None:
        """One global option given on the command line (the last one written wins)."""
        if name == "json_output":
            self.output.json_mode = bool(value)
        elif name == "debug":
            if value and not self.output.debug:
                _debug_logging()
            self.output.debug = bool(value)
        elif name == "config":
            self.config = value
        elif name == "profile":
            self.profile = value
        else:
            self.flags[name] = value
        self._settings = None

    def settings(self) -> Settings:
        """Flags, then environment, then the profile (resolved once)."""
        if self._settings is None:
            try:
                resolved = lib.resolve_settings(
                    self.flags, config=self.config, profile=self.profile, factory=Settings
                )
            except ConfigurationError as exc:
                raise _usage(exc) from None
            assert isinstance(resolved, Settings)
            self._settings = resolved
        return self._settings

    def with_employer(self, employer: str | None) -> Settings:
        settings = self.settings()
        return replace(settings, employer=employer) if employer else settings

    def certificate(self, *, check_validity: bool = True) -> Certificate:
        s = self.settings()
        cert = s.require("cert")
        return load_certificate(cert, s.key, s.password, check_validity=check_validity)

    @contextmanager
    def client(self, journal: Journal | None = None) -> Iterator[Link2Prisma]:
        """A :class:`Link2Prisma` client from the settings (closed on exit), journalling its
        requests in ``journal`` when given."""
        from .._client import Link2Prisma
        from .._operation.schedule import PollPolicy
        from .._retry import RetryPolicy

        s = self.settings()
        retries = self.flags.get("retries")
        if self.output.debug:
            self.output.err.print(f"settings: {dict(describe_settings(s))}")
        base_url = s.require("base_url")
        certificate = self.certificate()
        with Link2Prisma(
            base_url,
            certificate=certificate,
            ca_bundle=s.ca_bundle,
            poll=PollPolicy(deadline=s.timeout),
            retry=RetryPolicy(attempts=int(retries)) if retries else None,
            journal=journal,
        ) as l2p:
            yield l2p

    def employer(self) -> str:
        value: str = self.settings().require("employer")
        return value


def _debug_logging() -> None:
    """``--debug``: debug logging on stderr, every record through the log redaction."""
    from .._redact import RedactingFilter

    logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())


def describe_settings(settings: lib.Settings) -> Mapping[str, Any]:
    """The settings without anything secret (for ``--debug`` and tests)."""
    return settings.describe()


def day_arg(text: str, what: str = "date") -> str:
    """A date argument as the API's ``yyyymmdd`` (:func:`link2prisma.cli.dates.parse_day`)."""
    return parse_day(text, what)
