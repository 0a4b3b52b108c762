"""Where the CLI's settings come from: flags, then environment, then a TOML profile.

A profile file (``--config FILE``, default ``$XDG_CONFIG_HOME/link2prisma/config.toml`` or
``~/.config/link2prisma/config.toml``) holds named profiles::

    default_profile = "acme"

    [profiles.acme]
    base_url = "https://host/link2prisma.svc"
    cert = "~/certs/acme.pfx"          # PKCS#12, or a PEM certificate (then ``key``)
    employer = "999014"
    ca_bundle = "/etc/ssl/acme-ca.pem"
    password_file = "~/.secrets/acme.pw"   # or: password_env = "ACME_PFX_PASSWORD"

Relative paths in a profile are relative to the file. A password is never a plain flag: it
comes from ``--password-file``, ``L2P_CERT_PASSWORD``, the profile's ``password_file`` or
``password_env``, or an interactive prompt (only on a terminal).
"""

from __future__ import annotations

import getpass
import os
import sys
import tomllib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._exceptions import CertificatePasswordError
from .._tls import looks_like_pkcs12
from .output import EXIT_USAGE, CliError, Output

if TYPE_CHECKING:
    from .._client import Link2Prisma
    from ..certificate import Certificate
    from ..journal import Journal

__all__ = [
    "ENV_VARS",
    "GlobalOptions",
    "Settings",
    "day_arg",
    "default_config_path",
    "load_certificate",
    "load_profile",
    "read_password_file",
]

#: Environment variables read by the CLI (a flag wins over its variable).
ENV_VARS = {
    "base_url": "L2P_BASE_URL",
    "cert": "L2P_CERT",
    "key": "L2P_KEY",
    "employer": "L2P_EMPLOYER",
    "ca_bundle": "L2P_CA_BUNDLE",
    "password": "L2P_CERT_PASSWORD",
    "profile": "L2P_PROFILE",
    "config": "L2P_CONFIG",
}
PROFILE_KEYS = frozenset(
    {"base_url", "cert", "key", "employer", "ca_bundle", "password_file", "password_env", "timeout"}
)
MAX_PASSWORD_FILE = 4096


def _toml_loads(text: str) -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads(text)
    return data


def default_config_path() -> Path:
    """``$XDG_CONFIG_HOME/link2prisma/config.toml`` or ``~/.config/link2prisma/config.toml``."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "link2prisma" / "config.toml"


def _expand(value: object, base: Path, key: str) -> Path:
    if not isinstance(value, str) or not value:
        raise CliError(f"profile setting {key!r} must be a non-empty string", EXIT_USAGE)
    path = Path(os.path.expandvars(value)).expanduser()
    return path if path.is_absolute() else base / path


def load_profile(config: Path | None, profile: str | None) -> tuple[dict[str, Any], Path | None]:
    """The settings of ``profile`` (or the default one) in the config file, with the file used.

    A missing default file is no error; a missing file given with ``--config`` is, and so is a
    profile that the file does not have.
    """
    explicit = config is not None
    path = config or default_config_path()
    if not path.exists():
        if explicit:
            raise CliError(f"{path}: config file not found", EXIT_USAGE)
        if profile:
            raise CliError(f"profile {profile!r} asked but there is no config file {path}")
        return {}, None
    try:
        data = _toml_loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"{path}: cannot read the config file: {exc}", EXIT_USAGE) from None
    except ValueError as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise CliError(f"{path}: not valid TOML: {exc}", EXIT_USAGE) from None
    profiles = data.get("profiles")
    if profiles is None:
        profiles = {k: v for k, v in data.items() if isinstance(v, dict)}
    if not isinstance(profiles, dict):
        raise CliError(f"{path}: 'profiles' must be a table of profiles", EXIT_USAGE)
    name = profile or data.get("default_profile")
    if name is None:
        if "default" not in profiles:
            return {}, path
        name = "default"
    chosen = profiles.get(str(name))
    if not isinstance(chosen, dict):
        known = ", ".join(sorted(profiles)) or "none"
        raise CliError(f"{path}: no profile {name!r} (profiles: {known})", EXIT_USAGE)
    unknown = sorted(set(chosen) - PROFILE_KEYS)
    if unknown:
        raise CliError(
            f"{path}: profile {name!r} has unknown settings {', '.join(unknown)} "
            f"(known: {', '.join(sorted(PROFILE_KEYS))}; a password is never stored in the file)",
            EXIT_USAGE,
        )
    base = path.parent
    settings: dict[str, Any] = {"profile": str(name)}
    for key, value in chosen.items():
        if key in ("cert", "key", "ca_bundle", "password_file"):
            settings[key] = _expand(value, base, key)
        elif key == "timeout":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise CliError(f"{path}: profile {name!r}: timeout must be a positive number")
            settings[key] = float(value)
        else:
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise CliError(f"{path}: profile {name!r}: {key} must be a string")
            settings[key] = str(value)
    return settings, path


def read_password_file(path: Path) -> bytes:
    """A password from a file: its content, trailing newline removed."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_PASSWORD_FILE + 1)
    except OSError as exc:
        raise CliError(f"{path}: cannot read the password file: {exc.strerror}") from None
    if len(data) > MAX_PASSWORD_FILE:
        raise CliError(f"{path}: too big to be a password file")
    return data.rstrip(b"\r\n")


@dataclass
class Settings:
    """The resolved settings of one CLI run (nothing secret: the password is read lazily)."""

    base_url: str | None = None
    cert: Path | None = None
    key: Path | None = None
    employer: str | None = None
    ca_bundle: Path | None = None
    password_file: Path | None = None
    password_env: str | None = None
    timeout: float = 300.0
    profile: str | None = None
    config_file: Path | None = None

    def require(self, name: str) -> Any:
        value = getattr(self, name)
        if value in (None, ""):
            flag = "--" + name.replace("_", "-")
            env = ENV_VARS.get(name)
            raise CliError(
                f"no {name.replace('_', ' ')}: give {flag}, set {env} or a profile's {name}",
                EXIT_USAGE,
            )
        return value

    def password(self) -> bytes | None:
        """The certificate password from the first source that has one (no prompt)."""
        if self.password_file is not None:
            return read_password_file(self.password_file)
        value = os.environ.get(ENV_VARS["password"])
        if value is not None:
            return value.encode("utf-8")
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise CliError(f"the profile's password_env {self.password_env} is not set")
            return value.encode("utf-8")
        return None


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
    from ..certificate import Certificate

    def attempt(pw: bytes | None) -> Certificate:
        data = path.read_bytes() if path.is_file() else b""
        pem = b"-----BEGIN" in data
        if key is None and not pem and looks_like_pkcs12(data):
            return Certificate.from_pkcs12(
                path, pw, check_validity=check_validity, check_key=check_key
            )
        if key is None and data and not pem:
            # Let from_pkcs12 name the problem (missing file, not PKCS#12 ...).
            return Certificate.from_pkcs12(
                path, pw, check_validity=check_validity, check_key=check_key
            )
        return Certificate.from_pem(
            path, key, pw, check_validity=check_validity, check_key=check_key
        )

    given = password()
    try:
        return attempt(given)
    except CertificatePasswordError:
        if given is not None:
            raise
        asked = prompt(str(path))
        if asked is None:
            raise
        return attempt(asked)


@dataclass
class GlobalOptions:
    """The root command's options, kept on the click context for the subcommands."""

    output: Output = field(default_factory=Output)
    config: Path | None = None
    profile: str | None = None
    flags: dict[str, Any] = field(default_factory=dict)
    _settings: Settings | None = None

    def settings(self) -> Settings:
        """Flags, then environment, then the profile (resolved once)."""
        if self._settings is not None:
            return self._settings
        config = self.config
        if config is None and os.environ.get(ENV_VARS["config"]):
            config = Path(os.environ[ENV_VARS["config"]])
        profile = self.profile or os.environ.get(ENV_VARS["profile"]) or None
        from_profile, used = load_profile(config, profile)
        settings = Settings(config_file=used, profile=from_profile.get("profile"))
        for name in ("base_url", "cert", "key", "employer", "ca_bundle"):
            flag = self.flags.get(name)
            env = os.environ.get(ENV_VARS[name]) or None
            value: Any = flag if flag is not None else env
            if value is None:
                value = from_profile.get(name)
            elif name in ("cert", "key", "ca_bundle"):
                value = Path(str(value)).expanduser()
            setattr(settings, name, value)
        settings.password_file = self.flags.get("password_file") or from_profile.get(
            "password_file"
        )
        if self.flags.get("password_file") is None and os.environ.get(ENV_VARS["password"]):
            settings.password_file = None  # the environment wins over the profile's file
        settings.password_env = from_profile.get("password_env")
        timeout = self.flags.get("timeout")
        settings.timeout = float(
            timeout if timeout is not None else from_profile.get("timeout", 300.0)
        )
        self._settings = settings
        return settings

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


def describe_settings(settings: Settings) -> Mapping[str, Any]:
    """The settings without anything secret (for ``--debug`` and tests)."""
    return {
        "profile": settings.profile,
        "config_file": str(settings.config_file) if settings.config_file else None,
        "base_url": settings.base_url,
        "cert": str(settings.cert) if settings.cert else None,
        "key": str(settings.key) if settings.key else None,
        "employer": settings.employer,
        "ca_bundle": str(settings.ca_bundle) if settings.ca_bundle else None,
        "password_source": (
            "file"
            if settings.password_file
            else "environment"
            if os.environ.get(ENV_VARS["password"]) or settings.password_env
            else "prompt or none"
        ),
        "timeout": settings.timeout,
    }


def day_arg(text: str, what: str = "date") -> str:
    """A date argument as the API's ``yyyymmdd``: accepts ``yyyymmdd``, ``yyyy-mm-dd`` and
    ``today``."""
    import datetime as dt

    value = text.strip().lower()
    if value == "today":
        return dt.date.today().strftime("%Y%m%d")
    digits = value.replace("-", "")
    if len(digits) == 8 and digits.isdigit() and len(value) in (8, 10):
        try:
            dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        except ValueError:
            pass
        else:
            return digits
    raise CliError(f"{what} {text!r}: expected yyyymmdd, yyyy-mm-dd or today", EXIT_USAGE)
