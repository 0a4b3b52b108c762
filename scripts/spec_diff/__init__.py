"""Compare two versions of openapi/link2prisma.yaml and report what the change breaks for users.

Run as ``make spec-diff BASE=<git ref>`` (``python scripts/spec_diff --base REF``, default
``HEAD~1``) to compare the spec at a git ref with the working tree (or with ``--head REF``), or
``--old FILE --new FILE`` to compare two files. The report (``--format markdown|json``) lists the
operations, schemas and security schemes added, removed and changed, each change classified as
**breaking**, **possibly breaking** or **compatible**, then what changed in the generated Python
surface (modules, functions, classes and fields of ``link2prisma_api``, ``link2prisma_models`` and
the facade's ``link2prisma_resources``). ``--fail-on breaking|possibly`` exits 1 when a change of
that level or worse is not acknowledged; ``--ci`` compares ``HEAD~1`` with the working tree and
fails on an unacknowledged breaking change. ``--rules`` prints the rule table.

The package:

* ``rules.py``: the rule table (rule id, level in a request, level in a response, what it is),
  how changes are classified and where the rules are stricter than oasdiff's (read it first);
* ``schema_diff.py``: direction-free comparison of two JSON Schemas (findings named by rule id);
* ``operations.py``: operations, component schemas and security compared, findings classified;
* ``changelog.py``: acknowledgement (``x-l2p-breaking-ok``, ``openapi/CHANGELOG.md``);
* ``python_surface.py``: the generated Python surface compared with griffe;
* ``report.py``: the report rendered as Markdown or JSON;
* ``cli.py``: git and file inputs, the command line.
"""

from __future__ import annotations

from .changelog import ACK_KEY, Acknowledger, ChangelogMatcher, changelog_entries
from .cli import main
from .operations import Change, SpecDiff, compare_specs, schema_usage
from .python_surface import PACKAGES, SurfaceDiff, diff_python_surface
from .report import Report, render_json, render_markdown
from .rules import (
    BREAKING,
    COMPATIBLE,
    POSSIBLY,
    RANK,
    RULE_TABLE,
    RULES,
    Rule,
    iter_rules,
    level_of,
    rules_markdown,
)
from .schema_diff import Finding, SchemaDiffer

__all__ = [
    "ACK_KEY",
    "BREAKING",
    "COMPATIBLE",
    "PACKAGES",
    "POSSIBLY",
    "RANK",
    "RULES",
    "RULE_TABLE",
    "Acknowledger",
    "Change",
    "ChangelogMatcher",
    "Finding",
    "Report",
    "Rule",
    "SchemaDiffer",
    "SpecDiff",
    "SurfaceDiff",
    "changelog_entries",
    "compare_specs",
    "diff_python_surface",
    "iter_rules",
    "level_of",
    "main",
    "render_json",
    "render_markdown",
    "rules_markdown",
    "schema_usage",
]
