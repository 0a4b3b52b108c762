"""Where a client's settings come from: explicit values, then the environment, then a profile.

One loader for the command line and for :meth:`Link2Prisma.from_env`, so that a script and
``link2prisma`` read the same variables and the same profiles. A profile file (default
``$XDG_CONFIG_HOME/link2prisma/config.toml`` or ``~/.config/link2prisma/config.toml``,
``L2P_CONFIG`` or an explicit path otherwise) holds named profiles::

    default_profile = "acme"

    [profiles.acme]
    base_url = "https://host/link2prisma.svc"
    cert = "~/certs/acme.pfx"          # PKCS#12, or a PEM certificate (then ``key``)
    employer = "999014"
    ca_bundle = "/etc/ssl/acme-ca.pem"
    password_file = "~/.secrets/acme.pw"   # or: password_env = "ACME_PFX_PASSWORD"

Relative paths in a profile are relative to the file. A password is never stored in the file:
it comes from a password file, ``L2P_CERT_PASSWORD``, or the variable a profile's
``password_env`` names. Problems are :class:`ConfigurationError` (nothing secret in them).
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._exceptions import CertificatePasswordError, ConfigurationError
from ._tls import looks_like_pkcs12

if TYPE_CHECKING:
    from .certificate import Certificate

__all__ = [
    "ENV_VARS",
    "PROFILE_KEYS",
    "Settings",
    "default_config_path",
    "load_certificate",
    "load_profile",
    "read_password_file",
    "resolve_settings",
]

#: The environment variables read (an explicit value wins over its variable).
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
DEFAULT_TIMEOUT = 300.0
_PATHS = ("cert", "key", "ca_bundle", "password_file")


def default_config_path(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/link2prisma/config.toml`` or ``~/.config/link2prisma/config.toml``."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "link2prisma" / "config.toml"


def _expand(value: object, base: Path, key: str) -> Path:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"profile setting {key!r} must be a non-empty string")
    path = Path(os.path.expandvars(value)).expanduser()
    return path if path.is_absolute() else base / path


def load_profile(
    config: Path | None,
    profile: str | None,
    environ: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], Path | None]:
    """The settings of ``profile`` (or the default one) in the config file, with the file used.

    A missing default file is no error; a missing file asked for by name is, and so is a
    profile that the file does not have.
    """
    explicit = config is not None
    path = config or default_config_path(environ)
    if not path.exists():
        if explicit:
            raise ConfigurationError(f"{path}: config file not found")
        if profile:
            raise ConfigurationError(
                f"profile {profile!r} asked but there is no config file {path}"
            )
        return {}, None
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"{path}: cannot read the config file: {exc}") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError is a ValueError
        raise ConfigurationError(f"{path}: not valid TOML: {exc}") from None
    profiles = data.get("profiles")
    if profiles is None:
        profiles = {k: v for k, v in data.items() if isinstance(v, dict)}
    if not isinstance(profiles, dict):
        raise ConfigurationError(f"{path}: 'profiles' must be a table of profiles")
    name = profile or data.get("default_profile")
    if name is None:
        if "default" not in profiles:
            return {}, path
        name = "default"
    chosen = profiles.get(str(name))
    if not isinstance(chosen, dict):
        known = ", ".join(sorted(profiles)) or "none"
        raise ConfigurationError(f"{path}: no profile {name!r} (profiles: {known})")
    unknown = sorted(set(chosen) - PROFILE_KEYS)
    if unknown:
        raise ConfigurationError(
            f"{path}: profile {name!r} has unknown settings {', '.join(unknown)} "
            f"(known: {', '.join(sorted(PROFILE_KEYS))}; a password is never stored in the file)"
        )
    base = path.parent
    settings: dict[str, Any] = {"profile": str(name)}
    for key, value in chosen.items():
        if key in _PATHS:
            settings[key] = _expand(value, base, key)
        elif key == "timeout":
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
                raise ConfigurationError(
                    f"{path}: profile {name!r}: timeout must be a positive number"
                )
            settings[key] = float(value)
        else:
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise ConfigurationError(f"{path}: profile {name!r}: {key} must be a string")
            settings[key] = str(value)
    return settings, path


def read_password_file(path: Path) -> bytes:
    """A password from a file: its content, trailing newline removed."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_PASSWORD_FILE + 1)
    except OSError as exc:
        raise ConfigurationError(f"{path}: cannot read the password file: {exc.strerror}") from None
    if len(data) > MAX_PASSWORD_FILE:
        raise ConfigurationError(f"{path}: too big to be a password file")
    return data.rstrip(b"\r\n")


@dataclass
class Settings:
    """The resolved settings (nothing secret: the password is read when it is needed)."""

    base_url: str | None = None
    cert: Path | None = None
    key: Path | None = None
    employer: str | None = None
    ca_bundle: Path | None = None
    password_file: Path | None = None
    password_env: str | None = None
    timeout: float = DEFAULT_TIMEOUT
    profile: str | None = None
    config_file: Path | None = None
    environ: Mapping[str, str] | None = None

    def _env(self) -> Mapping[str, str]:
        return os.environ if self.environ is None else self.environ

    def hint(self, name: str) -> str:
        """How to give a missing setting (the command line names its flag too)."""
        return f"set {ENV_VARS.get(name, name.upper())} or a profile's {name}, or pass {name}="

    def require(self, name: str) -> Any:
        """The setting ``name``; a :class:`ConfigurationError` saying how to give it if unset."""
        value = getattr(self, name)
        if value in (None, ""):
            raise ConfigurationError(f"no {name.replace('_', ' ')}: {self.hint(name)}")
        return value

    def password(self) -> bytes | None:
        """The certificate password from the first source that has one (never a prompt)."""
        if self.password_file is not None:
            return read_password_file(self.password_file)
        value = self._env().get(ENV_VARS["password"])
        if value is not None:
            return value.encode("utf-8")
        if self.password_env:
            value = self._env().get(self.password_env)
            if value is None:
                raise ConfigurationError(
                    f"the profile's password_env {self.password_env} is not set"
                )
            return value.encode("utf-8")
        return None

    def password_source(self) -> str:
        """Where the password comes from, for diagnostics (never the password)."""
        if self.password_file:
            return "file"
        if self._env().get(ENV_VARS["password"]) or self.password_env:
            return "environment"
        return "prompt or none"

    def certificate(
        self,
        *,
        check_validity: bool = True,
        prompt: Callable[[str], bytes | None] | None = None,
    ) -> Certificate:
        """The client certificate with its key (``prompt`` asked once for a missing password)."""
        return load_certificate(
            self.require("cert"),
            self.key,
            self.password,
            check_validity=check_validity,
            prompt=prompt or (lambda what: None),
        )

    def describe(self) -> dict[str, Any]:
        """The settings without anything secret (for ``--debug``, ``doctor`` and tests)."""
        return {
            "profile": self.profile,
            "config_file": str(self.config_file) if self.config_file else None,
            "base_url": self.base_url,
            "cert": str(self.cert) if self.cert else None,
            "key": str(self.key) if self.key else None,
            "employer": self.employer,
            "ca_bundle": str(self.ca_bundle) if self.ca_bundle else None,
            "password_source": self.password_source(),
            "timeout": self.timeout,
        }


def resolve_settings(
    explicit: Mapping[str, Any] | None = None,
    *,
    config: str | os.PathLike[str] | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
    factory: Callable[[], Settings] = Settings,
) -> Settings:
    """Explicit values (None: not given), then the environment, then the profile.

    ``explicit`` may hold ``base_url``, ``cert``, ``key``, ``employer``, ``ca_bundle``,
    ``password_file`` and ``timeout``. The config file is ``config``, else ``L2P_CONFIG``, else
    the default path; the profile ``profile``, else ``L2P_PROFILE``, else the file's default.
    ``environ`` replaces ``os.environ`` (tests).
    """
    env = os.environ if environ is None else environ
    given = dict(explicit or {})
    config_path = Path(config) if config is not None else None
    if config_path is None and env.get(ENV_VARS["config"]):
        config_path = Path(env[ENV_VARS["config"]])
    chosen = profile or env.get(ENV_VARS["profile"]) or None
    from_profile, used = load_profile(config_path, chosen, env)
    settings = factory()
    settings.environ = environ
    settings.config_file = used
    settings.profile = from_profile.get("profile")
    for name in ("base_url", "cert", "key", "employer", "ca_bundle"):
        value: Any = given.get(name)
        if value is None:
            value = env.get(ENV_VARS[name]) or None
        if value is None:
            value = from_profile.get(name)
        elif name in ("cert", "key", "ca_bundle"):
            value = Path(str(value)).expanduser()
        elif name == "employer":
            value = str(value)
        setattr(settings, name, value)
    password_file = given.get("password_file")
    if password_file is not None:
        settings.password_file = Path(str(password_file)).expanduser()
    elif not env.get(ENV_VARS["password"]):  # the environment wins over the profile's file
        settings.password_file = from_profile.get("password_file")
    settings.password_env = from_profile.get("password_env")
    timeout = given.get("timeout")
    settings.timeout = float(
        timeout if timeout is not None else from_profile.get("timeout", DEFAULT_TIMEOUT)
    )
    return settings


def load_certificate(
    path: Path,
    key: Path | None,
    password: Callable[[], bytes | None],
    *,
    check_validity: bool = True,
    check_key: bool = True,
    prompt: Callable[[str], bytes | None] = lambda what: None,
) -> Certificate:
    """A PKCS#12 or PEM/DER certificate with its key; ``prompt`` asked once for a password
    that is missing (it returns None when it cannot ask)."""
    from .certificate import Certificate

    def attempt(pw: bytes | None) -> Certificate:
        data = path.read_bytes() if path.is_file() else b""
        pem = b"-----BEGIN" in data
        if key is None and not pem and looks_like_pkcs12(data):
            return Certificate.from_pkcs12(
                path, pw, check_validity=check_validity, check_key=check_key
            )
        if key is None and data and not pem:
            # Let from_pkcs12 name the problem (not PKCS#12 ...).
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
