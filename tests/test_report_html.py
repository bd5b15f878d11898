"""The HTML report: self-contained, script-free, every piece of mail content inert."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from html.parser import HTMLParser

import pytest
from _reports import HOSTILE_STRINGS, empty_report, hostile_report, plain_report

from cancel_mail.actions import is_trusted_url
from cancel_mail.models import Cause
from cancel_mail.report import render
from cancel_mail.report.html import CONTENT_SECURITY_POLICY


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.style if self._in_style else self.text).append(data)


def _collect(document: str) -> _Collector:
    parser = _Collector()
    parser.feed(document)
    parser.close()
    return parser


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "section",
    "svg", "text", "rect", "table", "thead", "tbody", "tr", "th", "td", "strong",
    "article", "dl", "dt", "dd", "ul", "li", "a", "br", "ol", "div", "span", "code", "em",
    "bdi",
}  # fmt: skip


def test_hostile_mail_content_creates_no_markup() -> None:
    document = render(hostile_report(), "html")
    parsed = _collect(document)
    tags = {tag for tag, _ in parsed.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    assert "script" not in tags and "img" not in tags
    assert [tag for tag, _ in parsed.tags].count("style") == 1
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "style" not in attrs, (tag, attrs)
        if tag == "a":
            assert is_trusted_url(attrs.get("href")), attrs


@pytest.mark.parametrize("hostile", HOSTILE_STRINGS)
def test_hostile_text_is_shown_as_text(hostile: str) -> None:
    document = render(hostile_report(), "html")
    shown = " ".join(_collect(document).text)
    visible = re.sub(r"[\x00-\x1f\x7f-\x9f\u202e]", " ", hostile)
    assert " ".join(visible.split()) in shown


def test_style_sheet_holds_no_mail_content() -> None:
    parsed = _collect(render(hostile_report(), "html"))
    style = "".join(parsed.style)
    assert "127.0.0.1" not in style and "url(" not in style


def test_content_security_policy_forbids_script_and_network() -> None:
    document = render(plain_report(), "html")
    metas = [a for t, a in _collect(document).tags if t == "meta"]
    csp = [m for m in metas if (m.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(csp) == 1
    policy = {
        part.split()[0]: part.split()[1:]
        for part in (csp[0]["content"] or "").split(";")
        if part.strip()
    }
    assert policy["default-src"] == ["'none'"]
    assert "script-src" not in policy  # falls back to default-src 'none'
    assert policy["img-src"] == ["data:"]
    assert policy["base-uri"] == ["'none'"]
    # The one style sheet is allowed by its hash, so injected styles would not apply.
    style = "".join(_collect(document).style)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert policy["style-src"] == [f"'sha256-{digest}'"]
    assert csp[0]["content"] == CONTENT_SECURITY_POLICY


def test_the_policy_comes_before_the_style_sheet() -> None:
    document = render(plain_report(), "html")
    assert document.index("Content-Security-Policy") < document.index("<style>")
    assert document.index('<meta charset="utf-8">') < 200


def test_document_is_self_contained() -> None:
    document = render(plain_report(), "html")
    for tag, attrs in _collect(document).tags:
        for name, value in attrs.items():
            if name in ("src", "srcset", "action", "formaction", "data", "poster"):
                pytest.fail(f"{tag} loads {name}={value}")
            if name == "href":
                assert tag == "a"
    assert "@import" not in document


def test_chart_has_one_bar_per_cause_scaled_to_the_counts() -> None:
    report = plain_report()
    rects = [
        a for t, a in _collect(render(report, "html")).tags if t == "rect" and a.get("data-cause")
    ]
    widths = {a["data-cause"]: int(a["width"] or 0) for a in rects}
    assert set(widths) == {c.value for c in Cause}
    assert widths["inventory_shortage"] == widths["payment_issue"] > 0
    assert widths["unknown"] == 0


def test_lookalikes_come_first_apart_under_a_warning() -> None:
    document = render(plain_report(), "html")
    suspicious = document[
        document.index('<section id="suspicious"') : document.index('<section id="notices"')
    ]
    assert "may be phishing" in suspicious and 'class="alarm"' in suspicious
    assert "amaz0n-verify.info" in suspicious
    notices = document[document.index('<section id="notices"') :]
    assert "amaz0n-verify.info" not in notices
    assert (
        document.index('<section id="attention"')
        < document.index('<section id="suspicious"')
        < document.index('<section id="notices"')
    )


def test_each_notice_shows_its_facts() -> None:
    text = html.unescape(" ".join(_collect(render(plain_report(), "html")).text))
    for expected in (
        "112-1234567-1234567",
        "USB-C cable, 2 m",
        "Inventory shortage",
        "confidence 0.93",
        "“no longer available”",
        "genuine (dkim=pass header.d=amazon.com)",
        "Claims",
        "mail/broken.eml: empty file",
        "Look in your spam or junk folder",
    ):
        assert expected in text


def test_links_are_the_marketplace_urls() -> None:
    parsed = _collect(render(plain_report(), "html"))
    hrefs = [a["href"] for t, a in parsed.tags if t == "a"]
    assert "https://www.amazon.de/cpe/yourpayments/wallet" in hrefs
    assert all(is_trusted_url(h) for h in hrefs)


def test_empty_report_renders() -> None:
    document = render(empty_report(), "html")
    assert "No cancellation notices found." in document
    assert 'id="suspicious"' not in document
