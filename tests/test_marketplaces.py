"""marketplaces.toml: one table of Amazon's marketplaces, read alike by
detection (facts.py), authenticity.py and actions.py."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from cancel_mail import analyze_message, authenticity, facts, lang
from cancel_mail.actions import actions_for, is_trusted_url
from cancel_mail.marketplaces import DOMAINS, MARKETPLACES, PAGES, of_domain
from cancel_mail.models import Cause, Verdict

# The public marketplaces of issue 11: each must have a row (or lead to one).
PUBLIC = [
    "amazon.com", "amazon.ca", "amazon.com.mx", "amazon.com.br", "amazon.co.uk", "amazon.ie",
    "amazon.de", "amazon.at", "amazon.fr", "amazon.com.be", "amazon.nl", "amazon.it",
    "amazon.es", "amazon.se", "amazon.pl", "amazon.com.tr", "amazon.ae", "amazon.sa",
    "amazon.eg", "amazon.in", "amazon.co.jp", "amazon.com.au", "amazon.sg", "amazon.co.za",
]  # fmt: skip
# Where mail from a domain belongs, when that is not the domain itself.
LEADS_TO = {"amazon.at": "amazon.de"}

# Hosts that merely look like Amazon's.
NOT_AMAZON = [
    "amazon.com.evil.example", "amazon-orders.com", "evilamazon.com", "amazon.top",
    "amazon.xsecur.xyz", "com.be", "amazon.co", "amazon.com.be.example", "amazon", "",
]  # fmt: skip


def test_every_public_marketplace_is_in_the_table() -> None:
    assert sorted(set(PUBLIC) - DOMAINS) == []


@pytest.mark.parametrize("market", list(MARKETPLACES), ids=str)
def test_every_row_is_complete(market: str) -> None:
    row = MARKETPLACES[market]
    assert row.domains[0] == market
    assert row.languages and row.order_shapes
    assert set(row.pages) == set(PAGES) >= {"help", "wallet", "orders"}
    for page in PAGES:
        url = row.url(page)
        assert (urlsplit(url).scheme, urlsplit(url).hostname) == ("https", f"www.{market}")
        assert is_trusted_url(url)
    assert row.phishing_address.partition("@")[2] in {"amazon.com", market}
    assert row.report_url in (f"mailto:{row.phishing_address}", f"https://www.{market}/reportascam")


def test_every_marketplace_a_notice_can_name_has_a_row() -> None:
    named = {facts.market_of_domain(d) for d in DOMAINS}
    named |= {facts.market_of_domain(f"auto-confirm.{d}") for d in DOMAINS}
    assert None not in named
    assert named <= set(MARKETPLACES)


@pytest.mark.parametrize("market", list(MARKETPLACES), ids=str)
def test_every_row_gets_its_own_links(market: str) -> None:
    for verdict in Verdict:
        for action in actions_for(Cause.PAYMENT_ISSUE, market, verdict):
            if action.url and action.url.startswith("https:"):
                assert urlsplit(action.url).hostname == f"www.{market}"


def test_authenticity_and_detection_agree_on_amazons_domains() -> None:
    assert authenticity.AMAZON_DOMAINS == DOMAINS
    probes = [*DOMAINS, *(f"mail.{d}" for d in DOMAINS), *(d.upper() for d in DOMAINS)]
    for host in [*probes, *NOT_AMAZON]:
        by_detection = facts.market_of_domain(host) is not None
        assert by_detection == authenticity.is_amazon_domain(host), host
        assert by_detection is (host not in NOT_AMAZON), host


@pytest.mark.parametrize("host", NOT_AMAZON, ids=str)
def test_look_alike_hosts_belong_to_no_marketplace(host: str) -> None:
    assert of_domain(host) is None
    assert not authenticity.is_amazon_domain(host)


@pytest.mark.parametrize(
    ("token", "is_order"),
    [
        ("112-1234567-1234567", True),
        ("D01-1234567-1234567", True),
        ("1121-234567-1234567", False),
        ("112-1234567-123456", False),
        ("X01-1234567-1234567", False),
    ],
)
def test_detection_and_authenticity_accept_the_same_order_numbers(
    token: str, is_order: bool
) -> None:
    assert (facts.ORDER_ID.fullmatch(token) is not None) is is_order
    assert (authenticity._ORDER_SHAPE.match(token) is not None) is is_order


def _minimal_notice(sender_domain: str) -> bytes:
    return (
        f"From: Amazon <auto-confirm@{sender_domain}>\r\n"
        "To: you@example.com\r\n"
        "Subject: Your order 402-1234567-1234567 has been cancelled\r\n"
        "Date: Fri, 20 Nov 2026 08:14:00 +0000\r\n"
        f"Message-ID: <minimal@{sender_domain}>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "\r\n"
        "Hello,\r\n"
        "We're sorry: your order 402-1234567-1234567 has been cancelled because the item "
        "is no longer available.\r\n"
    ).encode()


@pytest.mark.parametrize("sender_domain", sorted(DOMAINS), ids=str)
def test_a_notice_from_each_domain_names_its_marketplace(sender_domain: str) -> None:
    notice = analyze_message(_minimal_notice(sender_domain))
    assert notice is not None
    assert notice.marketplace == LEADS_TO.get(sender_domain, sender_domain)
    # Mail from any of Amazon's domains is Amazon's: never a look-alike.
    assert notice.authenticity.verdict is not Verdict.SUSPICIOUS


def test_the_language_layer_names_marketplaces_the_table_knows() -> None:
    # lang/*.toml may say which marketplaces write in a language (langid.py's
    # hint); every one it names must be a row that lists that language.
    for code, language in lang.LANGUAGES.items():
        for market in language.terms("marketplaces"):
            assert market in MARKETPLACES, (code, market)
            assert code in MARKETPLACES[market].languages, (code, market)
