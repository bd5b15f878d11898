"""HTML to text and links, by walking a BeautifulSoup tree: the full parse's reader.

The only module that imports bs4. The tree is built with bs4's lxml builder
(the fastest one bs4 has). The rules of the walk (which elements are skipped,
hidden, blocks or cells) are shared with htmltext.py, the triage's reader of
lxml events, which must give the same text to the character.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bs4 import (
    BeautifulSoup,
    Comment,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

from .models import Link
from .normalise import normalise_line, normalise_text

SKIP_TAGS = frozenset({"head", "title", "style", "script", "noscript", "template", "svg"})
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    ]
)
CELL_TAGS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)


def hidden(attrs: Mapping[str, object]) -> bool:
    """Whether an element with these attributes is hidden from the reader (a bs4
    tag's ``attrs`` here, lxml's ``attrib`` in htmltext.py: the same rule)."""
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if not isinstance(style, str):
        return False
    low = style.lower()
    # Cheap test first: the pattern cannot match without one of these words.
    if "none" not in low and "hidden" not in low and "mso-hide" not in low:
        return False
    return _HIDDEN_STYLE.search(style) is not None


def html_to_text(html: str) -> tuple[str, list[Link]]:
    """Text and links of an HTML part, by walking its BeautifulSoup tree.

    Skipped and hidden elements drop their subtree; br and img give a newline
    or their alt text; block elements sit on their own lines and table cells
    are set apart; a link's label is its get_text(). bs4's lxml builder is its
    fastest; it already turns a whitespace-only string into one newline or
    space, and drops a byte-order mark and an XML declaration.
    """
    try:
        # multi_valued_attributes=None: "class" stays a string instead of being
        # split into a list for every tag; the walk never reads it.
        soup = BeautifulSoup(html, "lxml", multi_valued_attributes=None)
    except Exception:
        # bs4 refuses some markup outright (ParserRejectedMarkup); the plain
        # part, if any, still carries the text.
        return "", []
    links: list[Link] = []
    out: list[str] = []
    # Nodes to visit, and separators (plain str) to write when an element ends.
    stack: list[PageElement | str] = [soup]
    while stack:
        node = stack.pop()
        if type(node) is str:
            out.append(node)
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, _NOT_TEXT):
                out.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name.lower()
        if name in SKIP_TAGS or (node.attrs and hidden(node.attrs)):
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
                links.append(Link(text=normalise_line(node.get_text(" ")), href=href.strip()))
        if name in BLOCK_TAGS:
            out.append("\n")
            stack.append("\n")
        elif name in CELL_TAGS:
            stack.append("  ")
        stack.extend(reversed(node.contents))
    return normalise_text("".join(out)), links


# Strings bs4 reads that are not page text.
_NOT_TEXT = (Comment, Doctype, ProcessingInstruction)
