"""Amazon's marketplaces, from the one table in ``marketplaces.toml``: their
domains, languages, order-number shapes, pages and where to report phishing.

Detection names a notice's marketplace from this table, authenticity takes
Amazon's domains from it, and actions builds every link it offers from it. A
domain is Amazon's when it is one of the table's domains or a subdomain of one,
compared label by label: ``amazon.com.be`` is Amazon's although the public
suffix list makes ``com.be`` its registrable domain, and ``amazon.de.example``
is not.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "DEFAULT",
    "DOMAINS",
    "DOMAIN_IN_TEXT",
    "MARKETPLACES",
    "ORDER_NUMBER",
    "PAGES",
    "Marketplace",
    "of_domain",
]


@dataclass(frozen=True)
class Marketplace:
    """One row of the table, complete: every page and address is set."""

    domain: str
    domains: tuple[str, ...]  # ``domain`` first, then the ones that lead to it
    languages: tuple[str, ...]
    order_shapes: tuple[str, ...]  # regular expressions, each for a whole number
    pages: MappingProxyType[str, str]  # page name -> path
    report_url: str
    phishing_address: str

    @property
    def site(self) -> str:
        """The address a reader types: ``www.amazon.de``."""
        return f"www.{self.domain}"

    def url(self, page: str) -> str:
        return f"https://{self.site}{self.pages[page]}"


class TableError(ValueError):
    """marketplaces.toml is incomplete or inconsistent (a packaging mistake)."""


def _load() -> tuple[dict[str, Marketplace], dict[str, str], tuple[str, ...]]:
    text = resources.files(__package__).joinpath("marketplaces.toml").read_text("utf-8")
    data = tomllib.loads(text)
    pages = _strings(data.get("pages"), "[pages]")
    shapes = _strings(data.get("order_shapes"), "[order_shapes]")
    rows: dict[str, Marketplace] = {}
    for raw in data.get("marketplace", []):
        row = _row(raw, pages, shapes)
        if row.domain in rows:
            raise TableError(f"{row.domain}: listed twice")
        rows[row.domain] = row
    return rows, pages, tuple(shapes.values())


def _row(raw: dict[str, Any], pages: dict[str, str], shapes: dict[str, str]) -> Marketplace:
    domain = raw.get("domain")
    if not isinstance(domain, str) or not domain.startswith("amazon."):
        raise TableError(f"a row without an amazon.* domain: {raw!r}")
    expected = {
        "domain", "also", "languages", "order_shapes", "report_url", "phishing_address", "pages"
    }  # fmt: skip
    unknown = set(raw) - expected
    missing = expected - {"pages"} - set(raw)
    if unknown or missing:
        raise TableError(f"{domain}: unknown keys {sorted(unknown)}, missing {sorted(missing)}")
    own_pages = {**pages, **_strings(raw.get("pages", {}), f"{domain} pages")}
    shape_names = _list(raw["order_shapes"], f"{domain} order_shapes")
    if not shape_names or set(shape_names) - set(shapes):
        raise TableError(f"{domain}: order_shapes must name shapes from [order_shapes]")
    row = Marketplace(
        domain=domain,
        domains=(domain, *_list(raw["also"], f"{domain} also")),
        languages=_list(raw["languages"], f"{domain} languages"),
        order_shapes=tuple(shapes[name] for name in shape_names),
        pages=MappingProxyType(own_pages),
        report_url=str(raw["report_url"]),
        phishing_address=str(raw["phishing_address"]),
    )
    _check(row)
    return row


def _check(row: Marketplace) -> None:
    if not row.languages:
        raise TableError(f"{row.domain}: no language")
    if row.phishing_address.count("@") != 1:
        raise TableError(f"{row.domain}: phishing_address is no address")
    # A report link is either the shared address or a page on the row's own
    # site: never a host the reports would have to trust besides these.
    parts = urlsplit(row.report_url)
    own_page = parts.scheme == "https" and parts.hostname == row.site
    if not own_page and row.report_url != f"mailto:{row.phishing_address}":
        raise TableError(f"{row.domain}: report_url is neither its own page nor a mailto:")
    for name, path in row.pages.items():
        if not path.startswith("/") or any(c in path for c in " ?#<>\"'"):
            raise TableError(f"{row.domain}: page {name} is no plain path")


def _strings(value: object, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise TableError(f"{where} must be a table of strings")
    return {str(k): v for k, v in value.items()}


def _list(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise TableError(f"{where} must be a list of strings")
    return tuple(value)


_ROWS, _PAGES, _SHAPES = _load()

MARKETPLACES: MappingProxyType[str, Marketplace] = MappingProxyType(_ROWS)
"""Every marketplace by its own domain, in the table's order."""

PAGES: tuple[str, ...] = tuple(_PAGES)
"""The page names every row has (``orders``, ``wallet``, ``help``...)."""

DEFAULT: Marketplace = _ROWS["amazon.com"]
"""The marketplace a notice that names none is sent to."""

_OF_DOMAIN: dict[str, Marketplace] = {d: m for m in _ROWS.values() for d in m.domains}

DOMAINS: frozenset[str] = frozenset(_OF_DOMAIN)
"""Every domain that is Amazon's (``amazon.at`` too); their subdomains are Amazon's as well."""

ORDER_NUMBER: str = "|".join(f"(?:{shape})" for shape in dict.fromkeys(_SHAPES))
"""One regular expression for an order number of any marketplace's shape."""

_DOMAINS_BY_LENGTH = sorted(DOMAINS, key=len, reverse=True)
DOMAIN_IN_TEXT: re.Pattern[str] = re.compile(
    # Longest first, so "amazon.com.au" is not read as "amazon.com" followed by text.
    r"(?<![\w-])(" + "|".join(re.escape(d) for d in _DOMAINS_BY_LENGTH) + r")(?![\w-]|\.[a-z])",
    re.IGNORECASE,
)
"""A marketplace domain written in text ("Amazon.co.uk", "amazon.com.mx")."""


def of_domain(host: str) -> Marketplace | None:
    """The marketplace of ``host`` (``auto-confirm@`` stripped by the caller):
    one of the table's domains or a subdomain of one, else None."""
    name = host.strip().strip(".").lower()
    while name:
        found = _OF_DOMAIN.get(name)
        if found is not None:
            return found
        _, dot, name = name.partition(".")
        if not dot:
            return None
    return None
