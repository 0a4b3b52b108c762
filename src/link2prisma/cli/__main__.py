"""``python -m link2prisma.cli``: the same as the ``link2prisma`` command."""

import sys

from . import main

sys.exit(main())
