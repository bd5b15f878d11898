"""The facts of a notice that are not its reason: order ids, marketplace, items."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from . import lang, marketplaces
from .models import ParsedMessage
from .sentences import clip

# Any marketplace's shape (marketplaces.toml), never inside a longer token.
ORDER_ID = re.compile(rf"(?<![\w-])((?:{marketplaces.ORDER_NUMBER}))(?![\w-])")
URL = re.compile(r"<?https?://\S+>?", re.IGNORECASE)


def domain(addr: str) -> str:
    return addr.rpartition("@")[2].lower().strip(".>")


def market_of_domain(name: str) -> str | None:
    """The marketplace (its own domain: amazon.at is amazon.de) of a host."""
    found = marketplaces.of_domain(name)
    return found.domain if found else None


def sender_is_amazon(msg: ParsedMessage) -> bool:
    # Only Amazon's own marketplace domains: "amazon.top" is somebody else's.
    return market_of_domain(domain(msg.from_addr)) is not None


_PRODUCTS = lang.regex("authenticity.products")


def without_products(text: str) -> str:
    """``text`` without the names of Amazon's own products ("Amazon Kindle"),
    which name a thing sold, not the shop that writes."""
    return _PRODUCTS.sub(" ", text) if _PRODUCTS is not None else text


def order_ids(msg: ParsedMessage) -> list[str]:
    text_without_urls = URL.sub(" ", msg.text)
    found = ORDER_ID.findall(msg.subject) + ORDER_ID.findall(text_without_urls)
    return list(dict.fromkeys(found))


def marketplace(msg: ParsedMessage) -> str | None:
    market = market_of_domain(domain(msg.from_addr))
    if market:
        return market
    named = _named_in(msg.subject)
    if named:
        return named
    hosts: Counter[str] = Counter()
    for link in msg.links:
        linked = market_of_domain(host(link.href))
        if linked:
            hosts[linked] += 1
    if hosts:
        return hosts.most_common(1)[0][0]
    return _named_in(msg.text) or _named_in(msg.from_name)


def _named_in(text: str) -> str | None:
    match = marketplaces.DOMAIN_IN_TEXT.search(text)
    return market_of_domain(match.group(1)) if match else None


def host(href: str) -> str:
    try:
        return (urlsplit(href.strip()).hostname or "").lower()
    except ValueError:
        return ""


# --- items ----------------------------------------------------------------------


def _line_pattern(key: str, prefix: str = "^(?:", suffix: str = ")") -> re.Pattern[str]:
    return re.compile(prefix + "|".join(lang.terms(key)) + suffix, re.IGNORECASE)


_ITEM_HEADING = _line_pattern("items.heading", suffix=r")\s*[:：]?\s*$")
_ITEM_LABEL = _line_pattern("items.label", suffix=r")\s*[:：]\s*(.+)$")
# Lines under an item heading that describe the item rather than name it.
_ITEM_DETAIL = _line_pattern("items.detail", suffix=r"|\$|€|£|¥|￥|eur\b|[\d.,]+\s*(?:€|eur)?$)")
# Lines that end the item list: links, help, sentences, greetings.
_ITEM_END = _line_pattern("items.end", suffix=r")|[.!?:,。]$")
_QUOTED = re.compile(r"[\"“„«]\s*([^\"”“«»]{3,200}?)\s*[\"”“»]")


def quoted_in_subject(subject: str) -> list[str]:
    """Quoted titles in a subject ("Echo Dot, Prime Day edition")."""
    return [m.group(1).strip() for m in _QUOTED.finditer(subject)]


def without_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


def items(msg: ParsedMessage, body: str) -> list[str]:
    found: list[str] = []
    lines = [line.strip() for line in body.split("\n")]
    for i, line in enumerate(lines):
        if _ITEM_HEADING.match(line):
            for follower in lines[i + 1 : i + 30]:
                if not follower or _ITEM_DETAIL.match(follower):
                    continue
                if _ITEM_END.search(follower) or URL.fullmatch(follower) or len(follower) > 200:
                    break
                if len(follower) >= 3:
                    found.append(follower)
            continue
        label = _ITEM_LABEL.match(line)
        if label:
            found.append(label.group(1).strip())
    if not found:
        found.extend(quoted_in_subject(msg.subject))
    return list(dict.fromkeys(clip(i, 200) for i in found))[:20]
