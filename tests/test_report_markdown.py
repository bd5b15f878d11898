"""The markdown report, rendered by a real CommonMark engine with raw HTML and
linkify switched on (the most permissive setting a reader's tool might use)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from _reports import HOSTILE_STRINGS, MD_LINK, hostile_notice, hostile_report, plain_report
from markdown_it import MarkdownIt

from cancel_mail import scan_path
from cancel_mail.actions import is_trusted_url
from cancel_mail.api import build_report
from cancel_mail.report import render
from cancel_mail.report.markdown import escape

ROOT = Path(__file__).resolve().parents[1]


def _to_html(markdown: str) -> str:
    engine = MarkdownIt("gfm-like", {"html": True, "linkify": True, "typographer": False})
    return engine.render(markdown)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(markdown: str) -> _Tags:
    tags = _Tags()
    tags.feed(_to_html(markdown))
    return tags


def test_hostile_content_makes_no_links_images_or_html() -> None:
    parsed = _parse(render(hostile_report(), "markdown"))
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"script", "img", "style", "iframe", "svg"}, names
    for tag, attrs in parsed.tags:
        assert not any(a.startswith("on") or a == "style" for a in attrs), (tag, attrs)
        if tag == "a":
            assert is_trusted_url(attrs["href"]), attrs


@pytest.mark.parametrize("hostile", HOSTILE_STRINGS)
def test_each_hostile_string_stays_literal_text(hostile: str) -> None:
    report = build_report([hostile_notice(hostile)], [], scanned=1)
    text = " ".join(_parse(render(report, "markdown")).text)
    expected = " ".join(hostile.replace("\x1b", " ").replace("\u202e", " ").split())
    assert expected in " ".join(text.split())


@pytest.mark.parametrize(
    "raw",
    [
        "www.evil.example",
        "https://evil.example/login",
        "someone@evil.example",
        "<https://evil.example>",
        MD_LINK,
        "[ref]: https://evil.example",
    ],
    ids=["www", "http", "email", "angle-autolink", "inline-link", "reference"],
)
def test_autolinks_are_defused(raw: str) -> None:
    tags = _parse(f"before {escape(raw)} after")
    assert [t for t, _ in tags.tags if t == "a"] == []
    assert raw in "".join(tags.text)


def test_table_pipes_and_headings_in_content_stay_text() -> None:
    tags = _parse(f"### {escape('a | b ## # <!-- x')}")
    assert "a | b ## # <!-- x" in "".join(tags.text)


def test_structure_and_summary() -> None:
    document = render(plain_report(), "markdown")
    headings = [line for line in document.splitlines() if line.startswith("#")]
    assert headings[0] == "# cancel-mail report"
    assert "## Summary" in headings
    assert headings.index("## Needs your attention") < headings.index("## Summary")
    assert headings.index("## Summary") < headings.index("## ⚠ Look-alikes: possible phishing (1)")
    assert headings.index("## ⚠ Look-alikes: possible phishing (1)") < headings.index(
        "## Cancellation notices"
    )
    assert "| Inventory shortage | 1 |" in document
    assert "| **Total** | **2** |" in document  # the suspicious one is not counted
    assert "> **⚠ Warning:**" in document
    assert "<https://www.amazon.de/cpe/yourpayments/wallet>" in document


def test_action_links_are_live_links() -> None:
    parsed = _parse(render(plain_report(), "markdown"))
    hrefs = [a["href"] for t, a in parsed.tags if t == "a"]
    assert "https://www.amazon.com/reportascam" in hrefs


# --- escaped only where markdown would act ------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("due at 06:30 (tomorrow)!", "due at 06:30 (tomorrow)!"),
        ("auto-confirm@amazon.com", "`auto-confirm@amazon.com`"),
        ("Your Amazon.co.jp order", "Your `Amazon.co.jp` order"),
        ("write to x@amazon.de.", "write to `x@amazon.de`."),
        ("snake_case_title 1.0L 15,6 e.g.", "snake_case_title 1.0L 15,6 e.g."),
        ("_edge_ and a*b", "\\_edge\\_ and a\\*b"),
        ("a & b &amp; &#65;", "a & b \\&amp; \\&#65;"),
        ("C# and ##", "C# and \\##"),
        ("[x](y) <b> ~~s~~ `c`", "\\[x\\](y) \\<b> \\~\\~s\\~\\~ \\`c\\`"),
        ("a `www.x.com` b", "a `` `www.x.com` `` b"),
    ],
    ids=[
        "time", "address", "domain", "trailing-dot", "plain", "emphasis", "entities",
        "heading-closer", "link-html-strike-code", "backticks-in-code",
    ],
)  # fmt: skip
def test_escape_only_where_markdown_acts(raw: str, expected: str) -> None:
    assert escape(raw) == expected


INERT = [
    "**bold** __strong__ *em* _em_ ~~strike~~ ~s~",
    "&copy; &#65; &#x41; &amp;",
    "<b>bold</b> <!-- c --> <https://evil.example>",
    "[a]: https://evil.example",
    "![img](https://evil.example/x.png)",
    "mailto:someone@evil.example javascript:alert(1)",
    "evil.example/login amazon.com.evil.example xn--mazon-3ve.co.jp",
    "`www.evil.example` ``https://evil.example``",
    "(https://evil.example) [www.evil.example]",
    "title ###",
    "back\\slash \\*not em\\*",
]


@pytest.mark.parametrize("raw", INERT)
@pytest.mark.parametrize("where", ["paragraph", "heading", "list"])
def test_content_never_becomes_markup(raw: str, where: str) -> None:
    prefix = {"paragraph": "before ", "heading": "### 1. ", "list": "- **Reason:** "}[where]
    parsed = _parse(f"{prefix}{escape(raw)}")
    tags = {tag for tag, _ in parsed.tags}
    assert tags <= {"p", "h3", "ul", "li", "strong", "code"}, tags
    assert " ".join(raw.split()) in " ".join("".join(parsed.text).split())


def test_the_fixture_report_reads_raw_and_links_only_ours() -> None:
    report = scan_path([str(ROOT / "fixtures" / "mail")])
    document = render(report, "markdown")
    # The fixtures need no escape, but for the brackets of one look-alike's
    # subject ("[ACTION REQUEST] You have been red flagged", as phishing writes it).
    assert "\\" not in document.replace("\\[", "[").replace("\\]", "]")
    assert "\\[ACTION REQUEST\\]" in document
    assert "- **From:** `auto-confirm@amazon.com`" in document
    parsed = _parse(document)
    hrefs = [attrs["href"] for tag, attrs in parsed.tags if tag == "a"]
    assert hrefs and all(is_trusted_url(h) for h in hrefs)
    assert "auto-confirm@amazon.com" in "".join(parsed.text)
