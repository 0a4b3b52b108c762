"""The environment of a command-line run configured for a sandbox, shared by the CLI tests.

Every ``L2P_`` setting is given or removed (``None``), and ``XDG_CONFIG_HOME`` points into the
test's folder, so that no profile or variable of the machine's user changes what a test sees.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from link2prisma.sandbox import Sandbox

_FIRST = object()


def sandbox_env(
    sb: Sandbox, tmp_path: Path, employer: str | None | object = _FIRST
) -> dict[str, str | None]:
    """Settings for ``sb``: its URL, certificate, CA and (unless told otherwise) first employer."""
    chosen = sb.employers[0] if employer is _FIRST else employer
    assert chosen is None or isinstance(chosen, str)
    return {
        "L2P_BASE_URL": sb.base_url,
        "L2P_CERT": str(sb.pfx_path),
        "L2P_CERT_PASSWORD": sb.pfx_password,
        "L2P_EMPLOYER": chosen,
        "L2P_CA_BUNDLE": str(sb.ca_bundle),
        "L2P_KEY": None,
        "L2P_PROFILE": None,
        "L2P_CONFIG": None,
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
    }
