"""``python scripts/spec_diff`` (or ``python -m spec_diff`` with ``scripts/`` on the path)."""

import sys
from pathlib import Path

if not __package__:
    # Run as a directory: the package's parent goes on the path instead of the package itself,
    # so that ``spec_diff`` imports as a package (its modules never shadow top-level names).
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.path.insert(0, str(here.parent))

from spec_diff.cli import main

raise SystemExit(main())
