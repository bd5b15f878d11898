"""The fast path must find exactly what a full parse of every message finds.

``scan_path`` sniffs every message and fully parses only the candidates. The
brute force here parses *every* message (no sniff) with the same pipeline, and
the two must agree notice for notice: on the project's fixtures and on a mailbox
from the benchmark generator that holds every cause in every language, forwards,
phishing, newsletters, big attachments and malformed mail. ``--jobs 2`` must give
the same report as ``--jobs 1``.

parse.py turns HTML into text with lxml parser events, not a bs4 tree (six
times the speed); the text and links must be exactly what the straightforward
bs4 walk gives, which lives here as the reference.
"""

from __future__ import annotations

import email
import email.policy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

from cancel_mail import api, parse, scan_path, sniff
from cancel_mail.models import Link, Notice, OrderSignal, ScanError
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
    # Name the messages the sniff wrongly dropped first: that is the likely bug.
    wanted = set(relevant)
    data = {i.source: i.data for i in iter_messages([str(path)])
            if isinstance(i, RawMessage) and i.source in wanted}
    dropped = [source for source in relevant if not sniff.is_candidate(data[source])]
    assert dropped == [], "the sniff dropped messages that a full parse uses"
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


# --- HTML to text: the fast converter against the bs4 reference ---------------


def _bs4_hidden(tag: Tag) -> bool:
    style = tag.get("style")
    if isinstance(style, str) and parse._HIDDEN_STYLE.search(style):
        return True
    return tag.has_attr("hidden")


def _bs4_reference(html: str) -> tuple[str, list[Link]]:
    """Text and links by walking a bs4 (lxml builder) tree: the plain way."""
    soup = BeautifulSoup(html, "lxml")
    links: list[Link] = []
    out: list[str] = []
    stack: list[object] = [soup]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            out.append(node)  # a separator pushed below
            continue
        if isinstance(node, Comment | Doctype | ProcessingInstruction):
            continue
        if isinstance(node, NavigableString):
            out.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in parse._SKIP_TAGS or _bs4_hidden(node):
            continue
        if name == "br":
            out.append("\n")
            continue
        if name == "img":
            alt = node.get("alt")
            if isinstance(alt, str) and alt.strip():
                out.append(f" {alt} ")
            continue
        if name == "a":
            href = node.get("href")
            if isinstance(href, str) and href.strip():
                links.append(Link(text=parse._normalise_line(node.get_text(" ")),
                                  href=href.strip()))
        block = name in parse._BLOCK_TAGS
        after = "\n" if block else ("  " if name in parse._CELL_TAGS else "")
        if after:
            stack.append(after)
        stack.extend(reversed(list(node.children)))
        if block:
            out.append("\n")
    return parse._normalise_text("".join(out)), links


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
def test_html_to_text_matches_the_bs4_walk_on_edge_cases(html: str) -> None:
    assert parse._html_to_text(html) == _bs4_reference(html)


def _html_parts(data: bytes) -> list[str]:
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parts = [p for p in msg.walk() if p.get_content_type() == "text/html"]
        return [str(p.get_content()) for p in parts]
    except Exception:  # a hostile fixture the stdlib cannot decode: not an HTML sample
        return []


def test_html_to_text_matches_the_bs4_walk_on_real_shaped_mail(
    generated: tuple[Path, dict[str, Any]],
) -> None:
    root, _ = generated
    files = sorted(p for p in (ROOT / "fixtures").rglob("*.eml"))
    files += sorted((root / "eml").rglob("*.eml"))[:150]
    docs = [html for f in files for html in _html_parts(f.read_bytes())]
    assert len(docs) > 50, "the fixtures and the generated mail hold plenty of HTML"
    differing = [i for i, html in enumerate(docs)
                 if parse._html_to_text(html) != _bs4_reference(html)]
    assert differing == []
