"""Cutting normalised mail text into the pieces detection reads: the body
before the footer, sentences, and the clauses of a sentence."""

from __future__ import annotations

import re

from . import lang

_FOOTER = lang.regex("footer")
_FOOTER_MARKS = re.compile(r"©|\(c\)\s*\d{4}", re.IGNORECASE)
# A sentence ends at . ! ? (and the languages' own marks, such as the Arabic
# question mark) when what may open a sentence follows: a capital, or in a
# script without case any of its letters. It always ends after the Japanese
# full stops.
_SENTENCE_END = "".join(re.escape(mark) for mark in (".", "!", "?", *lang.terms("sentence_ends")))
_SENTENCE_SPLIT = re.compile(
    rf"(?<=[{_SENTENCE_END}])\s+(?=" + "|".join(lang.terms("sentence_start")) + r")|(?<=[。！？])"
)
# Clauses end at punctuation and at the languages' clause words ("but", "aber").
_CLAUSE_SPLIT = re.compile(
    r"[,;:()\u2013\u2014、]|\s-\s|"
    + "|".join(
        rf"(?<!\w){re.escape(w)}(?!\w)" if w.isascii() or w[0].isalpha() else re.escape(w)
        for w in lang.terms("clause_breaks")
        if w.strip("。、")
    ),
    re.IGNORECASE,
)


# Text in quotation marks ("...", “...”, „...“, «...», ”...” and »...» as Swedish
# writes them, 「...」, 『...』): at most 300 characters, so that a stray mark does
# not swallow the mail.
_QUOTED = re.compile(
    r"[\"“„«「『][^\"“”„«»「」『』]{0,300}[\"”“»」』]"
    r"|(?<!\w)[”»](?=\w)[^\"“”„«»「」『』\n]{1,300}[”»]"
    # Single quotes only where they cannot be apostrophes: "Scam alert: 'Your
    # order has been cancelled' emails", never "we've ... isn't".
    r"|(?<!\w)['‘](?=\w)[^'‘’\n]{3,300}?(?<=[\w.!?])['’](?!\w)"
    # A quotation the sentence splitter cut off at its "!!" is still one.
    r"|(?<!\w)[\"“„«「『](?=\w)[^\"“”„«»「」『』\n]{0,300}$"
)


def unquoted(text: str) -> str:
    """``text`` with what it quotes blanked out."""
    return _QUOTED.sub(" ", text)


def body_region(text: str) -> str:
    """The text before Amazon's footer, where the message proper is."""
    found = (_FOOTER.search(text) if _FOOTER else None, _FOOTER_MARKS.search(text))
    ends = [m.start() for m in found if m]
    return text[: min(ends)] if ends else text


def split(text: str) -> list[str]:
    """The sentences of ``text``, line by line, with the lines of a plain-text
    mail's hard-wrapped paragraphs joined first."""
    out: list[str] = []
    for line in _unwrap(text.split("\n")):
        out.extend(part.strip() for part in _SENTENCE_SPLIT.split(line) if part.strip())
    return out


# A line this long that stops without a sentence's end, followed by one that
# opens in lower case, is one sentence wrapped for a 72- or 78-column mail:
# "Het is geen probleem" / "met je betaling: ...".
_WRAPPED_WIDTH = 40


def _unwrap(lines: list[str]) -> list[str]:
    joined: list[str] = []
    wrapped = False
    for raw in lines:
        line = raw.strip()
        if not line:
            wrapped = False
            continue
        if wrapped and line[0].islower():
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
        last = joined[-1]
        wrapped = (len(raw.rstrip()) >= _WRAPPED_WIDTH and last[-1].isalpha()) or last[-1] == ","
    return joined


def clauses(text: str) -> list[str]:
    """``text`` cut at clause boundaries (the pieces may be empty)."""
    return _CLAUSE_SPLIT.split(text)


def clip(text: str, limit: int = 500) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
