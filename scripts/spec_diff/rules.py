"""The rule table: every kind of change the tool reports, and how bad it is in each direction.

Classification follows oasdiff's rule model: a change that *narrows* what a request may carry is
breaking (old clients send what is now refused) and one that *widens* it is compatible; in a
response it is the reverse (old clients get what they never had to handle). Changes whose effect
cannot be told (a regex replaced by another) are possibly breaking. A few rules are stricter than
oasdiff because the generated Python code is part of the contract (marked *project* in
:data:`RULE_TABLE`). Descriptions, summaries, titles, examples, key order, YAML style and comments
never matter, nor do the ``x-l2p-*`` documentation extensions (only ``x-l2p-result`` and
``x-l2p-synchronous`` are compared).

Each rule has a level in a request and one in a response (the same twice when direction does not
apply); ``python scripts/spec_diff --rules`` prints the table.

Schemas are compared after resolving local ``$ref``s, recursively through properties, array items
(``[]`` in the reported path), anyOf/oneOf/allOf branches and additionalProperties, with OpenAPI 3.1
nullability (``anyOf: [X, {type: 'null'}]``, ``type: [T, 'null']``) and 3.0 ``nullable``. Each
operation's request (parameters, body) is compared in the request direction, its responses and its
``x-l2p-result`` schema (what ``GET /Result/{GUID}`` decodes) in the response direction. A changed
component schema is also listed under "Schemas", classified by where it is used (both directions,
the worse level, when used in both or nowhere).

Where the rules are deliberately stricter than oasdiff's
--------------------------------------------------------

oasdiff judges the HTTP contract: would an old client's request still be accepted, an old
client's parsing of the response still work. Here the generated Python code is part of the
contract too (users import ``link2prisma_api``/``link2prisma_models`` and call the facade), so a
few changes that leave the wire untouched are breaking:

* **operationId** (``operation-id-changed``): the generators name the module
  (``link2prisma_api.api.<tag>.<operation_id>``) and the facade method after it, so a new
  operationId is a removed function and an added one. For oasdiff the call itself is unchanged
  (it reports the operationId at a lower level, if at all).
* **tag** (``tags-changed``): the first tag picks the generated package and the facade's resource
  class (``client.workers``); retagging moves the code users import. oasdiff does not flag tags
  as breaking.
* **format** (``format-changed``, both directions, any change): the generated Python type follows
  the format (``uuid`` -> ``UUID``, ``date`` -> ``datetime.date``), so setting, unsetting or
  changing it changes what users pass and get even when the JSON on the wire is the same string.
  oasdiff calls some format changes compatible (a format widened in a request, narrowed in a
  response).
* **security** (``security-scheme-changed``, ``security-scheme-removed``): the client builds its
  credentials (the ``Employer`` header, the client certificate) from the schemes; a scheme's
  ``type``/``in``/``name``/flows changed or a scheme removed means a client that no longer
  authenticates; oasdiff reports changes to security components at a lower level.
* **additionalProperties** (``additional-properties-closed``): ``false`` on a request schema
  refuses the extra members old callers may pass through (the request models are closed, the
  facade checks before sending), so it is breaking in a request; oasdiff does not flag it. In a
  response the reverse is not breaking here (``additional-properties-opened`` is compatible both
  ways) because the read models keep unknown keys.

The parameter ``default`` rule follows oasdiff's ``request-parameter-default-value-*`` checks
(error), which oasdiff 1.30 relaxed to info; it stays breaking here because the generated client
sends the default itself. Schema defaults elsewhere (body properties) are ``default-changed``
(compatible), as in oasdiff.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

BREAKING = "breaking"
POSSIBLY = "possibly breaking"
COMPATIBLE = "compatible"
RANK = {COMPATIBLE: 0, POSSIBLY: 1, BREAKING: 2}
B, P, C = BREAKING, POSSIBLY, COMPATIBLE

REQUEST, RESPONSE, BOTH = "request", "response", "request+response"


class Rule(NamedTuple):
    """One kind of change: its id, its level in a request and in a response, what it is."""

    id: str
    request: str
    response: str
    what: str


# The one rule table. The differ (schema_diff.py, operations.py) only names rule ids; the level
# of every change comes from here.
RULE_TABLE: tuple[Rule, ...] = (
    Rule("operation-removed", B, B, "path or method removed"),
    Rule("operation-added", C, C, "new operation"),
    Rule("operation-id-changed", B, B, "renames generated module and facade method (*project*)"),
    Rule("tags-changed", B, B, "moves the generated module / resource class (*project*)"),
    Rule("operation-deprecated", C, C, "``deprecated: true`` set"),
    Rule("result-kind-changed", B, B, "``x-l2p-result.kind`` changed"),
    Rule("result-added", C, C, "a write now returns a result"),
    Rule("result-removed", B, B, "result dropped (kind -> none)"),
    Rule("synchronous-changed", P, P, "``x-l2p-synchronous`` toggled"),
    Rule("parameter-added-required", B, B, "new required parameter"),
    Rule("parameter-added-optional", C, C, "new optional parameter"),
    Rule("parameter-removed", P, P, "parameter removed"),
    Rule("parameter-became-required", B, B, "optional -> required"),
    Rule("parameter-became-optional", C, C, "required -> optional"),
    Rule("parameter-serialization-changed", P, P, "style / explode changed"),
    Rule(
        "parameter-default-changed",
        B,
        B,
        "a parameter's ``default`` set, changed or removed: the regenerated client sends its "
        "default when the caller passes nothing, so the same call sends another request",
    ),
    Rule("request-body-added-required", B, B, "new required body"),
    Rule("request-body-added-optional", C, C, "new optional body"),
    Rule("request-body-removed", B, B, "body removed"),
    Rule("request-body-became-required", B, B, "body optional -> required"),
    Rule("request-body-became-optional", C, C, "body required -> optional"),
    Rule("media-type-removed", B, B, "content type removed"),
    Rule("media-type-added", C, C, "content type added"),
    Rule("success-status-removed", B, B, "2xx response removed"),
    Rule("non-success-status-removed", C, C, "error response removed (oasdiff: info)"),
    Rule("status-added", C, C, "response status added"),
    Rule(
        "security-requirement-removed",
        B,
        B,
        "a requirement (or anonymous access) removed or changed",
    ),
    Rule("security-requirement-added", C, C, "an alternative requirement"),
    Rule(
        "security-scheme-changed",
        B,
        B,
        "type / in / name / scheme / flows changed (*project*)",
    ),
    Rule("security-scheme-removed", B, B, "scheme removed (*project*)"),
    Rule("security-scheme-added", C, C, "scheme added"),
    Rule(
        "schema-removed",
        B,
        B,
        "component schema removed: its generated model goes (*project*)",
    ),
    Rule("schema-added", C, C, "component schema added"),
    Rule("property-added-required", B, C, "new required property"),
    Rule("property-added-optional", C, C, "new optional property"),
    Rule(
        "property-removed",
        P,
        B,
        "property removed (response: the model field disappears)",
    ),
    Rule("property-became-required", B, C, "optional -> required"),
    Rule("property-became-optional", C, B, "required -> optional"),
    Rule("became-nullable", C, B, "``null`` now allowed (anyOf/type list/nullable)"),
    Rule("became-not-nullable", B, C, "``null`` no longer allowed"),
    Rule("type-changed", B, B, "incompatible type change"),
    Rule("type-widened", C, B, "new types include the old (integer -> number)"),
    Rule("type-narrowed", B, C, "new types within the old"),
    Rule(
        "format-changed",
        B,
        B,
        "``format`` set/unset/changed: the Python type follows it (*project*)",
    ),
    Rule(
        "model-changed",
        B,
        B,
        "``$ref`` now names another schema: another model class (*project*)",
    ),
    Rule("enum-value-removed", B, C, "enum narrowed"),
    Rule(
        "enum-value-added",
        C,
        B,
        "value added to a closed enum: the generated enum rejects a value it does not know "
        "(oasdiff: response-property-enum-value-added)",
    ),
    Rule(
        "open-enum-value-added",
        C,
        C,
        "value added to an open enumeration, ``anyOf: [<enum>, {type: string}]`` (a ``null`` "
        "branch allowed): the client keeps a value it does not know as the raw string. A named "
        "enum's own entry under Schemas is open when every response uses it so",
    ),
    Rule("became-enum", B, C, "free value -> enum"),
    Rule("enum-dropped", C, B, "enum -> free value"),
    Rule("const-changed", B, B, "``const`` value changed"),
    Rule(
        "constraint-tightened",
        B,
        C,
        "maxLength/maximum/maxItems down or set, minLength/minimum/minItems up or set, "
        "pattern/multipleOf/const/uniqueItems/items set",
    ),
    Rule("constraint-loosened", C, B, "the reverse of the above"),
    Rule(
        "constraint-changed",
        P,
        P,
        "pattern (or multipleOf) replaced by an incomparable one",
    ),
    Rule("variant-added", C, B, "anyOf/oneOf branch added"),
    Rule("variant-removed", B, C, "anyOf/oneOf branch removed"),
    Rule("allof-added", B, C, "allOf part added"),
    Rule("allof-removed", C, B, "allOf part removed"),
    Rule("additional-properties-closed", B, C, "additionalProperties: false"),
    Rule("additional-properties-opened", C, C, "the models keep unknown keys"),
    Rule(
        "default-changed",
        C,
        C,
        "a schema's ``default`` set/unset/changed (parameters: parameter-default-changed)",
    ),
)

# rule id -> (level in a request, level in a response)
RULES: dict[str, tuple[str, str]] = {r.id: (r.request, r.response) for r in RULE_TABLE}


def level_of(rule: str, direction: str) -> str:
    """The level of ``rule`` in ``direction`` (the worse of the two for both or neither)."""
    req, resp = RULES[rule]
    if direction == REQUEST:
        return req
    if direction == RESPONSE:
        return resp
    return req if RANK[req] >= RANK[resp] else resp


def iter_rules() -> Iterator[tuple[str, str, str]]:
    """(rule, level in a request, level in a response), for documentation and tests."""
    for rule in RULE_TABLE:
        yield rule.id, rule.request, rule.response


def rules_markdown() -> str:
    """The rule table as a Markdown table (``--rules``)."""
    lines = [
        "| rule | request | response | what |",
        "|---|---|---|---|",
    ]
    for r in RULE_TABLE:
        lines.append(f"| `{r.id}` | {r.request} | {r.response} | {r.what.replace('|', '/')} |")
    return "\n".join(lines) + "\n"
