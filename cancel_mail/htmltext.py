"""HTML to text and links from lxml's parser events, without building a tree.

The full parse turns the HTML of a message it analyses into text by walking a
BeautifulSoup tree (htmlwalk.py), as the brief asks. The triage (triage.py) needs the same
text for every candidate, most of which turn out to be no notice, and a bs4
tree costs about five times more than reading lxml's events. This module gives
the same text and links as the bs4 walk, to the character:
tests/test_fast_path.py compares the two on edge cases, on every fixture, on
generated mail and on generated markup.
"""

from __future__ import annotations

from lxml import etree

from .htmlwalk import BLOCK_TAGS, CELL_TAGS, SKIP_TAGS, hidden
from .models import Link
from .normalise import normalise_line, normalise_text

# What a tag name means to the text walk, as bit flags (one dict lookup per tag).
_SKIP, _BLOCK, _CELL, _CONTAINER, _PRESERVE, _BR, _IMG, _A = (1 << n for n in range(8))
_TAG_FLAGS: dict[str, int] = {}
for _names, _flag in (
    (SKIP_TAGS, _SKIP),
    (BLOCK_TAGS, _BLOCK),
    (CELL_TAGS, _CELL),
    # bs4 gives the strings inside these their own types, which a link's text
    # leaves out; inside pre and textarea whitespace is kept as it is.
    (("rt", "rp", "style", "script", "template"), _CONTAINER),
    (("pre", "textarea"), _PRESERVE),
    (("br",), _BR),
    (("img",), _IMG),
    (("a",), _A),
):
    for _name in _names:
        _TAG_FLAGS[_name] = _TAG_FLAGS.get(_name, 0) | _flag
_ASCII_SPACES = " \n\t\f\r"


class _TextTarget:
    """An lxml parser target that turns HTML events into text, with no tree.

    It reads as the bs4 walk in htmlwalk.py reads: adjacent
    character data is one string; a string of ASCII spaces only (outside
    pre/textarea) becomes one newline or one space; skipped and hidden elements
    drop their subtree; br and img add a newline or their alt text; block
    elements sit on their own lines and table cells are set apart; a link's
    label is every string below it except comments and the contents of
    script/style/template/rt/rp.
    """

    def __init__(self) -> None:
        self.out: list[str] = []
        self.links: list[tuple[str, list[str]]] = []
        self._pending: list[str] = []
        # Per open element: (its flags, separator to write at its end, inside a
        # skipped subtree, its link or None).
        self._open: list[tuple[int, str, bool, tuple[str, list[str]] | None]] = []
        self._skipping = 0
        self._containers = 0
        self._preserve = 0
        self._open_links: list[tuple[str, list[str]]] = []

    def _flush(self) -> None:
        text = "".join(self._pending)
        self._pending = []
        if not self._preserve and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        if not self._skipping:
            self.out.append(text)
        if self._open_links and not self._containers:
            for _href, label in self._open_links:
                label.append(text)

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if self._pending:
            self._flush()
        flags = _TAG_FLAGS.get(tag.lower(), 0)
        if flags & _CONTAINER:
            self._containers += 1
        if flags & _PRESERVE:
            self._preserve += 1
        if not self._skipping and not (attrib and hidden(attrib)):
            if flags & _BR:
                self.out.append("\n")
            elif flags & _IMG:
                alt = attrib.get("alt")
                if alt is not None and alt.strip():
                    self.out.append(f" {alt} ")
            elif not flags & _SKIP:
                link: tuple[str, list[str]] | None = None
                if flags & _A:
                    href = attrib.get("href")
                    if href is not None and href.strip():
                        link = (href.strip(), [])
                        self.links.append(link)
                        self._open_links.append(link)
                if flags & _BLOCK:
                    self.out.append("\n")
                    self._open.append((flags, "\n", False, link))
                else:
                    self._open.append((flags, "  " if flags & _CELL else "", False, link))
                return
        # A skipped subtree (br and img too: their children are not read).
        self._skipping += 1
        self._open.append((flags, "", True, None))

    def end(self, tag: str) -> None:
        if self._pending:
            self._flush()
        if not self._open:
            return
        flags, after, skipped, link = self._open.pop()
        if flags & _CONTAINER:
            self._containers -= 1
        if flags & _PRESERVE:
            self._preserve -= 1
        if skipped:
            self._skipping -= 1
            return
        if link is not None:
            self._open_links.pop()  # links close innermost first, like elements
        if after:
            self.out.append(after)

    def data(self, text: str) -> None:
        self._pending.append(text)

    def comment(self, text: str) -> None:
        if self._pending:
            self._flush()

    def pi(self, target: str, data: str) -> None:
        if self._pending:
            self._flush()

    def doctype(self, *args: object) -> None:
        if self._pending:
            self._flush()

    def close(self) -> None:
        if self._pending:
            self._flush()
        while self._open:  # elements still open at the end close now
            self.end("")


def html_to_text(html: str) -> tuple[str, list[Link]]:
    """The text and links of an HTML part, exactly as htmlwalk.py's bs4 walk gives
    them (tests/test_fast_path.py holds the two to each other), at a fifth of
    the cost: lxml's parser events go straight to text, with no tree."""
    target = _TextTarget()
    if html.startswith("\ufeff"):
        html = html[1:]
    parser = etree.HTMLParser(target=target, recover=True)
    try:
        # Fed in pieces: a str with an XML encoding declaration in it is
        # refused by a one-shot parse, not by feed().
        for start in range(0, len(html), 512):
            parser.feed(html[start : start + 512])
        parser.close()
    except etree.LxmlError:
        pass  # keep what was read before the parser gave up
    target.close()
    links = [
        Link(text=normalise_line(" ".join(label)), href=href) for href, label in target.links
    ]
    return normalise_text("".join(target.out)), links


