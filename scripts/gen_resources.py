"""Placeholder replaced in the next commit."""
import sys
from pathlib import Path
out = Path(sys.argv[1]); out.mkdir(parents=True, exist_ok=True)
(out / "__init__.py").write_text('"""Generated."""\n')
