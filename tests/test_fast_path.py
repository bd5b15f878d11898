"""The fast path must find exactly what a full parse of every message finds.

``scan_path`` sniffs every message, triages the candidates, and fully parses
only those the triage cannot rule out. The brute force here parses *every*
message (no sniff, no triage) with the same pipeline, and
the two must agree notice for notice: on the project's fixtures and on a mailbox
from the benchmark generator that holds every cause in every language, forwards,
phishing, newsletters, big attachments and malformed mail. ``--jobs 2`` must give
the same report as ``--jobs 1``.

htmlwalk.py turns HTML into text by walking a bs4 tree (the brief asks for bs4);
the triage reads the same HTML through lxml's parser events (htmltext.py),
five times cheaper. The two must give exactly the same text and links: on edge
cases, on every fixture, on generated mail and on generated markup.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cancel_mail import api, htmltext, htmlwalk, scan_path, sniff, triage
from cancel_mail.models import Notice, OrderSignal, ScanError
from cancel_mail.sources.files import RawMessage, UnreadableSource, iter_messages

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_MAIL = ROOT / "fixtures" / "mail"
CLI = Path(sys.executable).with_name("cancel-mail")
GENERATED_N = 400


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" /
                                                  "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("generated")
    manifest = _load_generator().generate(GENERATED_N, out)
    return out, manifest


def _brute_force(path: Path) -> tuple[list[Notice], list[str]]:
    """Every message through parse/detect/classify, no sniff: the reference answer.

    Returns the notices (refined with order history, as scan_path does) and the
    sources of every message that gave a notice or an order signal."""
    notices: list[Notice] = []
    signals: list[OrderSignal] = []
    relevant: list[str] = []
    for item in iter_messages([str(path)]):
        if isinstance(item, UnreadableSource):
            continue
        outcome = api.analyze_raw(item.source, item.data)
        if isinstance(outcome, Notice):
            notices.append(outcome)
            relevant.append(item.source)
        elif isinstance(outcome, OrderSignal):
            signals.append(outcome)
            relevant.append(item.source)
        else:
            assert outcome is None or isinstance(outcome, ScanError)
    return [api.apply_history(n, signals) for n in notices], relevant


def _dump(notices: list[Notice]) -> list[dict[str, Any]]:
    return [n.model_dump(mode="json") for n in notices]


def _assert_same(path: Path) -> int:
    expected, relevant = _brute_force(path)
    report = scan_path([str(path)])
    # Name the messages the sniff or the triage wrongly dropped first: that is
    # the likely bug.
    wanted = set(relevant)
    data = {i.source: i.data for i in iter_messages([str(path)])
            if isinstance(i, RawMessage) and i.source in wanted}
    dropped = [source for source in relevant if not sniff.is_candidate(data[source])]
    assert dropped == [], "the sniff dropped messages that a full parse uses"
    turned_away = [source for source in relevant if not triage.could_matter(data[source])]
    assert turned_away == [], "the triage turned away messages that a full parse uses"
    assert _dump(report.notices) == _dump(expected)
    return len(expected)


def test_fast_path_matches_full_parse_on_fixtures() -> None:
    assert FIXTURE_MAIL.is_dir(), f"{FIXTURE_MAIL} is missing"
    found = _assert_same(FIXTURE_MAIL)
    assert found > 0, "the fixtures hold notices, so the comparison must see some"


@pytest.mark.parametrize("fmt", ["eml", "mailbox.mbox", "Maildir"], ids=["eml-folder", "mbox",
                                                                         "maildir"])
def test_fast_path_matches_full_parse_on_generated_mailbox(
    generated: tuple[Path, dict[str, Any]], fmt: str
) -> None:
    root, manifest = generated
    found = _assert_same(root / fmt)
    assert found > 0
    # The mailbox really does hold the hard cases the comparison is meant to cover.
    kinds = {e["kind"] for e in manifest["expected"]}
    assert {"cancellation", "phishing", "history_cancel"} <= kinds
    assert {e["forwarded"] for e in manifest["expected"]} >= {"inline", "attached"}
    assert {e["language"] for e in manifest["expected"]} == {"en", "de", "fr", "es", "it", "ja"}


def _cli_scan(path: Path, jobs: int) -> dict[str, Any]:
    proc = subprocess.run([str(CLI), "scan", str(path), "--format", "json", "--jobs", str(jobs)],
                          capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    doc: dict[str, Any] = json.loads(proc.stdout)
    doc.pop("generated_at")
    return doc


def test_jobs_2_gives_the_same_report_as_jobs_1(generated: tuple[Path, dict[str, Any]]) -> None:
    root, _ = generated
    one = _cli_scan(root / "eml", 1)
    two = _cli_scan(root / "eml", 2)
    assert one["notices"], "the generated mailbox holds notices"
    assert two == one


def test_library_jobs_2_keeps_order_and_content(generated: tuple[Path, dict[str, Any]]) -> None:
    root, _ = generated
    one = scan_path([str(root / "mailbox.mbox")], jobs=1)
    two = scan_path([str(root / "mailbox.mbox")], jobs=2)
    assert _dump(two.notices) == _dump(one.notices)
    assert [e.model_dump() for e in two.errors] == [e.model_dump() for e in one.errors]
    assert two.scanned == one.scanned == GENERATED_N


def test_forward_that_spells_amazon_with_character_references(tmp_path: Path) -> None:
    # The HTML forward names Amazon only as "&#65;mazon": the parse decodes it
    # and finds the notice. The sniff lets it through for its "Fwd:" (see
    # sniff.py on references); the triage must decode the references.
    msg = email.message.EmailMessage()
    msg["From"] = "Pat <pat@example.org>"
    msg["Subject"] = "Fwd: look at this"
    msg["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = "<fwd-ref@example.org>"
    msg.set_content(
        "<div>See below.</div><div>---------- Forwarded message ---------<br>"
        "From: &#65;mazon.com &lt;auto-confirm@&#97;mazon.com&gt;<br>"
        "Date: Sun, 1 Nov 2026 at 09:00<br>"
        "Subject: Your order 112-1234567-7654321 has been cancelled<br></div>"
        "<p>We had to cancel your order 112-1234567-7654321 because the item is no "
        "longer available.</p>",
        subtype="html",
    )
    (tmp_path / "forward.eml").write_bytes(msg.as_bytes())
    assert _assert_same(tmp_path) == 1


def test_errors_keep_input_order_whatever_the_jobs(tmp_path: Path) -> None:
    # Unreadable files are found while the input is read, unparsable messages
    # by the workers, which run behind the reading: the report must still list
    # both in input order, the same for every number of jobs.
    for name in ("a", "c", "e"):
        (tmp_path / f"{name}.eml").write_bytes(b"")
    for name in ("b", "d"):
        (tmp_path / f"{name}.eml").write_bytes(b"\x00\x01 no header block at all\n")
    reports = [scan_path([str(tmp_path)], jobs=jobs) for jobs in (1, 2)]
    for report in reports:
        assert [Path(e.source).name for e in report.errors] == [
            "a.eml", "b.eml", "c.eml", "d.eml", "e.eml"
        ]


# --- HTML to text: the bs4 walk (htmlwalk.py) against the lxml events (htmltext.py)


EDGE_HTML = [
    pytest.param('<p>a<!-- c -->b</p><a href="x">one<b>two</b><!--k-->three<style>s</style>'
                 "four</a>", id="comments-and-style-in-a-link"),
    pytest.param('<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>',
                 id="xml-declaration"),
    pytest.param('<div style="display:none">hid</div>tail<table><tr><td>a</td><td>b</td></tr>'
                 "</table>", id="hidden-div-and-table"),
    pytest.param('<a href=" h ">  <img alt="A"> x </a><br>y<noscript>n</noscript>z<svg><text>t'
                 "</text></svg>w", id="img-br-noscript-svg"),
    pytest.param("plain text only", id="no-tags"),
    pytest.param("", id="empty"),
    pytest.param("<html><head><title>T</title></head><body>B&nbsp;c &amp; d</body></html>",
                 id="entities-and-title"),
    pytest.param('<div hidden>h</div>v<span style="VISIBILITY: hidden">q</span>',
                 id="hidden-attribute-and-style"),
    pytest.param('<a href="u"><rt>r</rt>s</a><a href="t"><template>t</template>u</a>',
                 id="ruby-and-template-in-links"),
    pytest.param("<p>" * 3000 + "deep", id="deep-nesting"),
    pytest.param('<a href="x"><a href="x">inner</a>outer</a>', id="nested-links"),
    pytest.param('<br style="display:none">x<img alt="h" hidden>y', id="hidden-br-and-img"),
    pytest.param("<pre>  a\n\n\n  b</pre><textarea> \n\n </textarea>", id="pre-keeps-spaces"),
    pytest.param("\ufeff<p>bom</p>", id="byte-order-mark"),
    pytest.param("<p>a</p>\n\n\n\n<p>b</p><table><tr><td>1</td>\n\n<td>2</td></tr></table>",
                 id="whitespace-between-blocks"),
    pytest.param('<a href="y">a<span style="display:none">h</span>b</a>',
                 id="hidden-text-inside-a-link"),
    pytest.param("<html><body>x</body></html><!-- after -->tail", id="text-after-html"),
    pytest.param('<td style="mso-hide:all">o</td><p style="display : none">n</p>ok',
                 id="outlook-hidden"),
    pytest.param("<p>unclosed <b>bold <i>both", id="unclosed-tags"),
]


@pytest.mark.parametrize("html", EDGE_HTML)
def test_bs4_walk_matches_the_event_converter_on_edge_cases(html: str) -> None:
    assert htmlwalk.html_to_text(html) == htmltext.html_to_text(html)


def _html_parts(data: bytes) -> list[str]:
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
        return [str(p.get_content()) for p in parts]
    except Exception:  # a hostile fixture the stdlib cannot decode: not an HTML sample
        return []


def test_bs4_walk_matches_the_event_converter_on_real_shaped_mail(
    generated: tuple[Path, dict[str, Any]],
) -> None:
    root, _ = generated
    files = sorted(p for p in (ROOT / "fixtures").rglob("*.eml"))
    files += sorted((root / "eml").rglob("*.eml"))[:150]
    docs = [html for f in files for html in _html_parts(f.read_bytes())]
    assert len(docs) > 50, "the fixtures and the generated mail hold plenty of HTML"
    differing = [i for i, html in enumerate(docs)
                 if htmlwalk.html_to_text(html) != htmltext.html_to_text(html)]
    assert differing == []


_HTML_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<b>", "</b>", "<td>", "</td>", "<tr>", "<table>", "<br>", "<div>",
        "</div>", "<!--", "-->", "--!>", "<!-->", "<!--->", "<![CDATA[", "]]>", "<?x ", "</ ",
        '"', "'", '<a href="https://www.amazon.com/x', '">', ">", "</a>", "<", "<!", "</",
        '<img alt="', "<script>", "</script>", "<style>", "</style>", "<title>", "</title>",
        '<span style="display:none">', "</span>", "<textarea>", "</textarea>", "<pre>",
        "</pre>", "Your order", " has been ", "cancel", "led", "Order ", "112-1234567-7654321",
        " ", "\n", "  ", "&#99;", "&amp;", "&nbsp;", "&", "amazon", "wurde", " storniert",
        "\ufeff", "\u00a0", "\x00",
    ]
)


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_HTML_PIECES, max_size=30).map("".join))
def test_bs4_walk_matches_the_event_converter_on_generated_markup(markup: str) -> None:
    assert htmlwalk.html_to_text(markup) == htmltext.html_to_text(markup)
