"""Arabic is written right to left: reports keep it legible and in its own
order, never let it turn the line around it, and still strip the direction
overrides that spoofing relies on."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

import pytest
from _reports import notice, plain_report

from cancel_mail import render
from cancel_mail.api import build_report
from cancel_mail.authenticity import assess
from cancel_mail.models import (
    Authenticity,
    Cause,
    Link,
    Notice,
    NoticeFields,
    ParsedMessage,
    Report,
    Verdict,
)

ORDER = "402-1234567-1234567"
ALM, RLM, LRM = "\u061c", "\u200f", "\u200e"
FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
OVERRIDES = "\u202a\u202b\u202c\u202d\u202e"

# A genuine amazon.sa notice uses the Arabic letter mark before a number set in
# Arabic text, and the right-to-left mark after a word before Latin punctuation.
SUBJECT = f"تم إلغاء طلبك رقم {ALM}{ORDER}"
REASON = f"رقم الطلب{RLM}: {ALM}{ORDER}. تم إلغاء طلبك لأن المنتج غير متوفر حالياً{RLM}."
ITEMS = ["سماعات رأس لاسلكية", "Kindle Paperwhite (16 GB)"]
EVIDENCE = ["المنتج غير متوفر"]


def arabic_notice(**changes: object) -> Notice:
    base: dict[str, object] = {
        "subject": SUBJECT,
        "marketplace": "amazon.sa",
        "language": "ar",
        "order_ids": [ORDER],
        "items": ITEMS,
        "reason_text": REASON,
        "evidence": EVIDENCE,
        "sender": "auto-confirm@amazon.sa",
    }
    base.update(changes)
    return notice(**base)  # type: ignore[arg-type]


def arabic_report() -> Report:
    return build_report([arabic_notice()], [], scanned=1)


# --- authenticity: marks are Arabic's own, overrides are a trick ------------------


def _message(subject: str, from_name: str, text: str) -> ParsedMessage:
    return ParsedMessage(
        subject=subject,
        from_name=from_name,
        from_addr="auto-confirm@amazon.sa",
        text=text,
        links=[Link(text="طلباتك", href="https://www.amazon.sa/gp/css/order-history")],
    )


FIELDS = NoticeFields(marketplace="amazon.sa", language="ar", order_ids=[ORDER])


def test_a_genuine_arabic_notice_with_direction_marks_is_not_suspicious() -> None:
    result = assess(_message(SUBJECT, f"Amazon.sa{RLM}", REASON), FIELDS)
    assert result.verdict is not Verdict.SUSPICIOUS, result.reasons
    assert not any("zero-width" in r or "hides" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("subject", "from_name"),
    [
        (f"Your order \u202e{ORDER[::-1]}\u202c has been cancelled", "Amazon.sa"),
        (SUBJECT, "Amazon\u202d.sa"),
        (f"\u202bتم إلغاء طلبك\u202c {ORDER}", "Amazon.sa"),
    ],
    ids=["rlo-in-subject", "lro-in-name", "rle-in-arabic-subject"],
)
def test_direction_overrides_are_still_a_red_flag(subject: str, from_name: str) -> None:
    result = assess(_message(subject, from_name, REASON), FIELDS)
    assert result.verdict is Verdict.SUSPICIOUS
    assert any("hides" in r for r in result.reasons), result.reasons


# --- text and markdown: FSI/PDI around right-to-left values -----------------------


def _outside_isolates(line: str) -> str:
    """The line as its paragraph direction sees it: isolated runs left out."""
    out, depth = [], 0
    for ch in line:
        if ch in (FSI, LRI, RLI):
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _first_strong(text: str) -> str | None:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return kind
    return None


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_arabic_never_sets_a_lines_direction(fmt: str) -> None:
    document = render(arabic_report(), fmt)
    arabic_lines = [line for line in document.splitlines() if re.search("[\u0600-\u06ff]", line)]
    # Subject, attention item, items, evidence, reason (and markdown's heading).
    assert len(arabic_lines) >= 5
    for line in arabic_lines:
        # A renderer takes the line's direction from its first strong letter
        # outside isolates: never an Arabic one, so dates, order numbers and
        # labels stay where they are written.
        assert _first_strong(_outside_isolates(line)) in (None, "L"), line
        opened = sum(line.count(c) for c in (FSI, LRI, RLI))
        assert opened == line.count(PDI) > 0, line


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_order_numbers_in_arabic_text_read_left_to_right(fmt: str) -> None:
    document = render(arabic_report(), fmt)
    reason_line = next(line for line in document.splitlines() if "لأن المنتج" in line)
    assert f"{LRI}{ORDER}{PDI}" in reason_line
    attention = next(line for line in document.splitlines() if "سماعات" in line and "—" in line)
    # The attention line's own order number is ours, outside the isolate.
    assert ORDER in _outside_isolates(attention)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
def test_direction_marks_are_dropped_without_breaking_words(fmt: str) -> None:
    document = render(arabic_report(), fmt)
    assert not re.search(f"[{ALM}{RLM}{LRM}]", document)
    # A mark turned into a space would leave "الطلب :".
    assert "رقم الطلب:" in document
    assert "تم إلغاء طلبك لأن المنتج غير متوفر حالياً." in document


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_latin_reports_hold_no_isolates(fmt: str) -> None:
    assert not re.search(f"[{FSI}{LRI}{RLI}{PDI}]", render(plain_report(), fmt))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_spoofing_overrides_never_reach_a_report(fmt: str) -> None:
    spoof = arabic_notice(
        subject=f"Your order \u202e{ORDER[::-1]}\u202c has been cancelled \u2067x",
        items=[f"\u202dتم\u202c {ORDER}", "\u2066unclosed"],
        reason_text=f"\u202eسبب{PDI}{PDI} {ORDER}",
        verdict=Verdict.SUSPICIOUS,
        authenticity=Authenticity(verdict=Verdict.SUSPICIOUS, reasons=["subject hides"]),
        cause=Cause.FRAUD_PREVENTION,
    )
    report = build_report([spoof], [], scanned=1)
    document = render(report, fmt)
    assert not re.search(f"[{OVERRIDES}{RLI}]", document)
    # The reversed number shows as the mail holds it, not turned back around.
    assert ORDER[::-1] in document
    for line in document.splitlines():
        opened = sum(line.count(c) for c in (FSI, LRI))
        assert opened == line.count(PDI), line


# --- HTML: dir="auto" and <bdi> on mail text ------------------------------------


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        # (tag, attributes, the chain of enclosing tags) for each text run.
        self.texts: list[tuple[str, list[tuple[str, dict[str, str | None]]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("br", "meta", "rect"):
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append((data, list(self.stack)))


def _enclosing(document: str, fragment: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Elements()
    parser.feed(document)
    return next(chain for text, chain in parser.texts if fragment in text)


def _isolated(chain: list[tuple[str, dict[str, str | None]]]) -> bool:
    return any(tag == "bdi" or attrs.get("dir") == "auto" for tag, attrs in chain)


@pytest.mark.parametrize(
    "fragment",
    ["تم إلغاء طلبك رقم", "سماعات رأس", "Kindle Paperwhite", "المنتج غير متوفر", "لأن المنتج"],
    ids=["subject", "item", "latin-item", "evidence", "reason"],
)
def test_html_isolates_mail_text(fragment: str) -> None:
    document = render(arabic_report(), "html")
    assert _isolated(_enclosing(document, fragment))


def test_html_subject_and_reason_take_their_own_direction() -> None:
    document = render(arabic_report(), "html")
    assert '<h3 dir="auto">' in document
    assert re.search(r'<dd dir="auto">[^<]*رقم الطلب', document)


def test_html_order_numbers_in_arabic_text_read_left_to_right() -> None:
    parser = _Elements()
    parser.feed(render(arabic_report(), "html"))
    runs = [chain for text, chain in parser.texts if ORDER in text]
    # Ours in <code> (orders, attention), the mail's in the subject, the
    # evidence and the reason: each one set left to right.
    assert len(runs) >= 4
    for chain in runs:
        assert chain[-1] in (("code", {}), ("bdi", {"dir": "ltr"})), chain
