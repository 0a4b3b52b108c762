"""Quirks mode: answers as rough as a real WCF/.NET deployment can make them (off by default).

The sandbox is a witness for the client: in quirks mode it answers the way Sodeco's WCF service
and its serializers can (``shared/reference/FACTS.md``, "What a WCF/.NET service may answer"),
so a client that reads leniently is tested against those answers:

- ``explicit_nulls``: every member of the vendor shape that a record inside ``Result.Response``
  does not set is written as ``null`` (DataContractJsonSerializer and Json.NET do so by default);
  ``null_list_rate``: that share of the records' empty lists become ``null``
  (``"Communication": null``).
- ``bom``: a UTF-8 byte order mark before the 202 GUID body, the ``Result`` body and the
  ``workerExists`` body.
- ``charset``: ``Content-Type: application/json; charset=utf-8`` (without quirks:
  ``application/json``).
- ``html_errors``: what WCF itself refuses comes as its HTML pages, not as the JSON Error body:
  a body that is not JSON is answered ``400`` with the "Request Error" page, an unknown route
  ``404`` with the "Endpoint not found." page, a known route with another method ``405`` with
  the "Method not allowed." page (see :func:`request_error_page`).
- ``odd_enum_rate``: that share of the records get one enumeration member outside the vendor
  list (``"WorkingTime": "FullTime"`` where the list says ``Fulltime``).
- ``numeric_statuscode``: ``Statuscode`` as a JSON number (``200``, not ``"200"``) where it is
  a whole number (``"400.05"`` stays a string).
- ``legacy_date_rate``: that share of the withdrawn documents' ``WithdrawalDate`` are written
  as legacy .NET dates, ``\\/Date(1710198000000+0100)\\/``.

The occasional quirks are drawn from a hash of ``seed`` and the record itself, not from a
running RNG: the same record always gets the same quirks, polling a Result twice gives the same
bytes, and tests are reproducible whatever the order of requests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
from dataclasses import asdict, dataclass
from typing import Any

__all__ = [
    "BOM",
    "Quirks",
    "endpoint_not_found_page",
    "legacy_date",
    "method_not_allowed_page",
    "request_error_page",
    "roughen_response",
]

BOM = b"\xef\xbb\xbf"
_RATES = ("null_list_rate", "odd_enum_rate", "legacy_date_rate")
_FLAGS = ("explicit_nulls", "bom", "charset", "html_errors", "numeric_statuscode")


@dataclass(frozen=True)
class Quirks:
    """Which WCF/.NET roughness the sandbox puts in its answers. Nothing unless ``enabled``."""

    enabled: bool = False
    seed: int = 1
    explicit_nulls: bool = True
    null_list_rate: float = 0.5
    bom: bool = True
    charset: bool = True
    html_errors: bool = True
    odd_enum_rate: float = 0.2
    numeric_statuscode: bool = True
    legacy_date_rate: float = 0.5

    def __post_init__(self) -> None:
        for name in _RATES:
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, not {value}")

    @classmethod
    def on(cls, **changes: Any) -> Quirks:
        """Every quirk on (``changes`` override single settings)."""
        return cls(enabled=True, **changes)

    def active(self, name: str) -> bool:
        """Whether the flag ``name`` (``bom``, ``html_errors``, ...) is in effect."""
        return self.enabled and bool(getattr(self, name))

    def rate(self, name: str) -> float:
        """The rate ``name`` in effect (0 when quirks are off)."""
        return float(getattr(self, name)) if self.enabled else 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_argv(self) -> list[str]:
        """The command-line options that give these quirks (see ``python -m
        link2prisma.sandbox --help``)."""
        argv = ["--quirks" if self.enabled else "--no-quirks", "--quirk-seed", str(self.seed)]
        for name in _FLAGS:
            flag = name.replace("_", "-")
            argv.append(f"--quirk-{flag}" if getattr(self, name) else f"--no-quirk-{flag}")
        for name in _RATES:
            argv += [f"--quirk-{name.replace('_', '-')}", repr(getattr(self, name))]
        return argv


# --- deterministic draws -------------------------------------------------------------------


def _chance(seed: int, *parts: Any) -> float:
    """A number in [0, 1) fixed by ``seed`` and ``parts``."""
    text = "\x1f".join([str(seed), *(json.dumps(p, sort_keys=True, default=str) for p in parts)])
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


# --- records inside Result.Response ----------------------------------------------------------

#: Spellings a .NET deployment (or a newer one than the vendor schemas) may use.
_ENUM_TWINS = {
    "Fulltime": "FullTime",
    "Parttime": "PartTime",
    "PartTime": "Parttime",
    "ConversionPT": "Conversion PT",
    "Conversion PT": "ConversionPT",
}
#: String members the client keeps as text: some arrive as legacy .NET dates.
_LEGACY_DATE_FIELDS = frozenset({"WithdrawalDate"})
_LEGACY_PREFIX, _LEGACY_SUFFIX = '"/Date(', ')/"'


def legacy_date(yyyymmdd: str) -> str:
    """``20240312`` -> ``/Date(1710198000000+0100)/``: midnight in Brussels (winter time)."""
    day = dt.datetime.strptime(yyyymmdd, "%Y%m%d").replace(
        tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    return f"/Date({int(day.timestamp()) * 1000}+0100)/"


def _odd_enum(value: str, allowed: list[Any]) -> str:
    twin = _ENUM_TWINS.get(value)
    if twin is not None and twin not in allowed:
        return twin
    for candidate in (value.upper(), value.lower(), value + "2"):
        if candidate not in allowed:
            return candidate
    return value + "_"  # pragma: no cover - value + "2" is never listed as well


class _Roughener:
    def __init__(self, spec: dict[str, Any], quirks: Quirks) -> None:
        self.spec = spec
        self.quirks = quirks

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in schema and seen < 32:
            node: Any = self.spec
            for part in str(schema["$ref"]).lstrip("#/").split("/"):
                node = node[part]
            schema = dict(node)
            seen += 1
        return schema

    def branch(self, schema: dict[str, Any], value: Any) -> dict[str, Any]:
        """The schema (branch of an anyOf/oneOf) that describes ``value``'s kind."""
        schema = self.resolve(schema)
        for key in ("anyOf", "oneOf"):
            for option in schema.get(key, []):
                resolved = self.resolve(option)
                kinds = resolved.get("type")
                kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
                if (
                    isinstance(value, dict) and ("object" in kinds or "properties" in resolved)
                ) or (isinstance(value, list) and "array" in kinds):
                    return resolved
        return schema

    def enum(self, schema: dict[str, Any]) -> list[Any]:
        """The listed values of a member: its own ``enum``, or a named enumeration's, also
        inside ``anyOf`` (read shapes take ``anyOf: [Enum, string]``)."""
        schema = self.resolve(schema)
        if "enum" in schema:
            return list(schema["enum"])
        for key in ("anyOf", "oneOf"):
            for option in schema.get(key, []):
                found = self.resolve(option).get("enum")
                if found:
                    return list(found)
        return []

    def value(self, schema: dict[str, Any], value: Any, record: str) -> Any:
        schema = self.branch(schema, value)
        if isinstance(value, list):
            items = schema.get("items")
            if isinstance(items, dict):
                return [self.value(items, v, record) for v in value]
            return value
        if isinstance(value, dict) and "properties" in schema:
            return self.record(schema, value)
        return value

    def odd_member(self, properties: dict[str, Any], doc: dict[str, Any], key: str) -> str | None:
        """The one enumeration member of ``doc`` to write off-list, if any: known .NET
        spellings first (``WorkingTime``: ``Fulltime`` -> ``FullTime``)."""
        q = self.quirks
        if _chance(q.seed, "enum", key) >= q.rate("odd_enum_rate"):
            return None
        listed = [
            name
            for name, value in doc.items()
            if isinstance(value, str) and value in self.enum(properties.get(name, {}))
        ]
        pool = [name for name in listed if doc[name] in _ENUM_TWINS] or listed
        if not pool:
            return None
        return pool[int(_chance(q.seed, "enum-member", key) * len(pool))]

    def record(self, schema: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
        q = self.quirks
        key = json.dumps(doc, sort_keys=True, ensure_ascii=False, default=str)
        properties: dict[str, Any] = schema["properties"]
        out: dict[str, Any] = {}
        odd = self.odd_member(properties, doc, key)
        for name, value in doc.items():
            prop = self.branch(properties.get(name, {}), value)
            if value == [] and _chance(q.seed, "null-list", key, name) < q.rate("null_list_rate"):
                out[name] = None
            elif name == odd:
                out[name] = _odd_enum(value, self.enum(properties[name]))
            elif (
                name in _LEGACY_DATE_FIELDS
                and isinstance(value, str)
                and len(value) == 8
                and value.isdigit()
                and _chance(q.seed, "legacy-date", key) < q.rate("legacy_date_rate")
            ):
                try:
                    out[name] = legacy_date(value)
                except ValueError:
                    out[name] = value
            else:
                out[name] = self.value(prop, value, key)
        if q.active("explicit_nulls"):
            for name in properties:
                out.setdefault(name, None)
        return out


def roughen_response(
    spec: dict[str, Any], result: dict[str, Any], response: str, quirks: Quirks
) -> str:
    """A Result's ``Response`` (JSON text) with the record quirks, by the operation's
    ``x-l2p-result`` (``kind`` ``list`` with ``items``, or ``model`` with ``schema``)."""
    kind = result.get("kind")
    if kind == "list" and isinstance(result.get("items"), str):
        schema: dict[str, Any] = {"type": "array", "items": {"$ref": result["items"]}}
    elif kind == "model" and isinstance(result.get("schema"), str):
        schema = {"$ref": result["schema"]}
    else:
        return response
    try:
        data = json.loads(response)
    except ValueError:
        return response
    text = json.dumps(_Roughener(spec, quirks).value(schema, data, ""), ensure_ascii=False)
    # DataContractJsonSerializer escapes the slashes of its dates: "\/Date(...)\/".
    return text.replace(_LEGACY_PREFIX, '"\\/Date(').replace(_LEGACY_SUFFIX, ')\\/"')


# --- WCF's own HTML pages ------------------------------------------------------------------

_STYLE = (
    "BODY { color: #000000; background-color: white; font-family: Verdana; margin-left: 0px;"
    " margin-top: 0px; } #content { margin-left: 30px; font-size: .70em; padding-bottom: 2em; }"
    " A:link { color: #336699; font-weight: bold; text-decoration: underline; } A:visited {"
    " color: #6699cc; font-weight: bold; text-decoration: underline; } A:active { color:"
    " #336699; font-weight: bold; text-decoration: underline; } .heading1 { background-color:"
    " #003366; border-bottom: #336699 6px solid; color: #ffffff; font-family: Tahoma; font-size:"
    " 26px; font-weight: normal;margin: 0em 0em 10px -20px; padding-bottom: 8px; padding-left:"
    " 30px;padding-top: 16px;} pre { font-size:small; background-color: #e5e5cc; padding: 5px;"
    " font-family: Courier New; margin-top: 0px; border: 1px #f0f0e0 solid; white-space:"
    " pre-wrap; white-space: -pre-wrap; word-wrap: break-word; } table { border-collapse:"
    " collapse; border-spacing: 0px; font-family: Verdana;} table th { border-right: 2px white"
    " solid; border-bottom: 2px white solid; font-weight: bold; background-color: #cecf9c;}"
    " table td { border-right: 2px white solid; border-bottom: 2px white solid;"
    " background-color: #e5e5cc;}"
)


def _page(title: str, paragraph: str) -> bytes:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\r\n'
        "  <head>\r\n"
        f"    <title>{title}</title>\r\n"
        f"    <style>{_STYLE}</style>\r\n"
        "  </head>\r\n"
        "  <body>\r\n"
        '    <div id="content">\r\n'
        f'      <p class="heading1">{title}</p>\r\n'
        f"      {paragraph}\r\n"
        "    </div>\r\n"
        "  </body>\r\n"
        "</html>"
    ).encode()


def request_error_page(exception_message: str) -> bytes:
    """WCF's "Request Error" page for an exception it raised itself (status 400 or 500)."""
    text = html.escape(exception_message, quote=False)
    return _page(
        "Request Error",
        "<p>The server encountered an error processing the request. The exception message is "
        f"'{text}'. See server logs for more details.</p>",
    )


def endpoint_not_found_page() -> bytes:
    """WCF's page for a path no URI template matches (status 404)."""
    return _page("Service", '<p xmlns="">Endpoint not found.</p>')


def method_not_allowed_page() -> bytes:
    """WCF's page for a known path with a method it does not serve (status 405)."""
    return _page("Service", '<p xmlns="">Method not allowed.</p>')
