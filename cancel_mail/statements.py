"""Cancellation statements ("your order has been cancelled") and order signals
("your payment was declined"), found with the language layer's patterns.

A statement counts only when nothing in its own clause makes it a warning, an
offer or a hypothesis ("will be cancelled", "you can cancel"), and no
conditional clause right before it governs it ("If we don't hear from you,
your order is cancelled"). A guard elsewhere in the sentence or the text
changes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from . import lang
from .models import Cause
from .sentences import clauses


def _words(key: str, codes: tuple[str, ...] | None = None) -> re.Pattern[str] | None:
    """A language-layer word list as one pattern of whole words (CJK terms,
    which have no word boundaries, match anywhere)."""
    alternatives = [
        rf"(?<!\w)(?:{w})(?!\w)" if not is_cjk(w) else w for w in lang.terms(key, codes)
    ]
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def is_cjk(text: str) -> bool:
    """Japanese (kana or kanji) in ``text``: words there have no spaces, so no
    word boundaries either."""
    return any("\u3040" <= ch <= "\u9fff" for ch in text)


_STATEMENT = lang.required("statements")
_ASIDE = re.compile(r"\([^()]{0,80}\)")
# How far before the cancellation word a negation still denies it: "has not
# been cancelled", "n'a pas été annulée", "non è stato annullato".
NEGATION_REACH = 25


@dataclass(frozen=True)
class _Guards:
    """One language's statements and the words that make one no statement.
    A statement is guarded only by the words of a language it is written in:
    the Italian and Portuguese "se" ("if") is the Spanish "se" of "se canceló"."""

    statement: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    guards: re.Pattern[str] | None
    conditionals: re.Pattern[str] | None
    after_guards: re.Pattern[str] | None
    otherwise: re.Pattern[str] | None


@cache
def _by_language() -> tuple[_Guards, ...]:
    # Compiled on the first statement found, not at import: most runs of the
    # command line never read one.
    return tuple(
        _Guards(
            statement=lang.regex("statements", (code,)),
            negation=_words("negations", (code,)),
            guards=lang.regex("guards", (code,)),
            conditionals=lang.regex("conditionals", (code,)),
            after_guards=lang.regex("after_guards", (code,)),
            otherwise=lang.regex("otherwise", (code,)),
        )
        for code in lang.CODES
    )


_SIGNALS: tuple[tuple[Cause, re.Pattern[str]], ...] = tuple(
    (cause, pattern)
    for cause in Cause
    if (pattern := lang.regex(f"signals.{cause.value}")) is not None
)
# Every language's statements in one pattern, without the "not followed by"
# conditions: it matches wherever any statement could, and more. Used only to
# rule text out cheaply.
_ANY_STATEMENT = re.compile(
    "|".join(
        f"(?:{re.sub(r'[(][?]![^()]*[)]', '', lang.widened(p, 'statements'))})"
        for p in lang.terms("statements")
    ),
    re.IGNORECASE | re.MULTILINE,
)
_ANY_SIGNAL = re.compile(
    "|".join(f"(?:{p.pattern})" for _, p in _SIGNALS), re.IGNORECASE | re.MULTILINE
)


class Stems:
    """Lower-case words, found as a case-insensitive regex would find them."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.regex = re.compile("|".join(words), re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the words occur, sorted.

        str.find on the lower-cased text is many times faster than a regex
        alternation, and finds the same places as long as lowering keeps every
        character one character long (it does, but for a few letters such as
        U+0130); otherwise the regex runs.
        """
        low = text.lower()
        if "\u0131" in low or "\u017f" in low:
            # Dotless i and long s: re.IGNORECASE takes them for i and s,
            # str.lower() leaves them be (see re._casefix).
            low = low.replace("\u0131", "i").replace("\u017f", "s")
        if len(low) != len(text):
            return [m.span() for m in self.regex.finditer(text)]
        spans: list[tuple[int, int]] = []
        for word in self.words:
            at = low.find(word)
            while at != -1:
                spans.append((at, at + len(word)))
                at = low.find(word, at + 1)
        spans.sort()
        return spans


# Statements match a stem spelled without diacritics or with a doubled letter
# written once (lang.widened); so do the stems.
STATEMENT_STEMS = Stems(
    tuple(dict.fromkeys(f for w in lang.terms("statement_stems") for f in lang.spellings(w)))
)
SIGNAL_STEMS = Stems(lang.terms("signal_stems"))
HINT_STEMS = Stems(lang.terms("hint_stems"))
# How far a match can reach on either side of the stem it contains, in
# normalised text; tests/test_detect_stems.py checks every pattern against it.
STEM_REACH = 100


def could_state(text: str) -> bool:
    """False only when no statement of cancellation can occur in ``text`` (text
    as parse.py normalises it: single spaces, at most one blank line in a row)."""
    return _near_a_stem(text, STATEMENT_STEMS, _ANY_STATEMENT)


def could_signal(text: str) -> bool:
    """False only when no order signal can occur in ``text`` (normalised, as above)."""
    return _near_a_stem(text, SIGNAL_STEMS, _ANY_SIGNAL)


def may_hint(text: str) -> bool:
    """Could ``text`` bring news of trouble with an order in words the signal
    patterns lack ("we can't obtain the item from our supplier")? Then the cause
    model reads it (detect.order_signal). So it does where a signal's words
    occur but no pattern matched: "We konden de betaling ... niet verwerken"."""
    return bool(HINT_STEMS.spans(text)) or bool(SIGNAL_STEMS.spans(text))


def _near_a_stem(text: str, stems: Stems, pattern: re.Pattern[str]) -> bool:
    """``pattern.search(text)``, run only around the stems every match contains.

    Running one of the combined patterns over a whole mail costs about 0.7 us
    per character (every alternative is tried at every position); the stems are
    rare, so only a few windows of about 2 x STEM_REACH characters are searched.
    """
    return any(
        pattern.search(text, lo, hi) for lo, hi in stem_windows(stems.spans(text), STEM_REACH)
    )


def stem_windows(spans: list[tuple[int, int]], reach: int) -> Iterator[tuple[int, int]]:
    """The stretches of text within ``reach`` of the stems at ``spans`` (sorted).
    Stems closer than that share one window, so a window never cuts a match
    that reaches no further than ``reach`` from its stem in two."""
    window: tuple[int, int] | None = None
    for start, end in spans:
        if window is not None and start - reach <= window[1]:
            window = (window[0], max(window[1], end + reach))
            continue
        if window is not None:
            yield window
        window = (max(0, start - reach), end + reach)
    if window is not None:
        yield window


def states_cancellation(sentence: str) -> bool:
    """Does ``sentence`` say that something has been (or is being) cancelled?"""
    return first_statement(sentence) is not None


def first_statement(sentence: str) -> re.Match[str] | None:
    """The first unguarded statement of cancellation in ``sentence``, if any."""
    return _first_read_as(sentence, _STATED)


def consequence(sentence: str) -> re.Match[str] | None:
    """The first statement that ``sentence`` makes the consequence of a
    condition: "If you do not verify, your order is cancelled", "Otherwise your
    order is cancelled", "... is cancelled unless you reply". That is a threat,
    not news. A condition in the statement's own clause makes a hypothesis
    instead ("If your order was cancelled, you will get a refund")."""
    return _first_read_as(sentence, _CONSEQUENCE)


# How a statement's match reads in its sentence (_reading).
_STATED, _DENIED, _HYPOTHESIS, _GUARDED, _CONSEQUENCE = range(5)


def _first_read_as(sentence: str, wanted: int) -> re.Match[str] | None:
    stems = STATEMENT_STEMS.spans(sentence)
    if not stems:
        return None  # every statement holds a stem (tests/test_detect_stems.py)
    at = 0
    while (match := _STATEMENT.search(sentence, at)) is not None:
        at = match.start() + 1
        if _reading(sentence, match, stems) == wanted:
            return match
    return None


def _reading(sentence: str, match: re.Match[str], stems: list[tuple[int, int]]) -> int:
    # The clause is read up to the cancellation word, the statement's own
    # words included: "the order will be cancelled" is guarded by its "will".
    stem = next((s for s, e in stems if match.start() <= s < match.end()), match.start())
    # An aside in brackets does not end the clause: "the message claims an
    # order (a laptop) was cancelled" is guarded by its "claims".
    before = clauses(_ASIDE.sub(" ", sentence[:stem]))
    own = before[-1]
    previous = before[-2] if len(before) > 1 else ""
    # What follows may make it a condition ("is cancelled if you ..."), but not
    # across a semicolon or a colon: "we cancelled it; if you were charged, ...".
    after = re.split(r"[;:；：]", sentence[match.end() : match.end() + 40], maxsplit=1)[0]
    every = _by_language()
    owners = [
        g for g in every if g.statement and g.statement.match(sentence, match.start())
    ] or list(every)
    reading = _STATED
    for g in owners:
        if lang.hit(g.negation, own[-NEGATION_REACH:]):
            return _DENIED
        if lang.hit(g.conditionals, own):
            return _HYPOTHESIS
        conditioned = (
            lang.hit(g.conditionals, previous)
            or lang.hit(g.after_guards, after)
            or lang.hit(g.otherwise, own)
            or lang.hit(g.otherwise, previous)
        )
        if conditioned:
            reading = _CONSEQUENCE
        elif reading == _STATED and lang.hit(g.guards, own):
            reading = _GUARDED
    return reading


def signal_in(sentence: str) -> Cause | None:
    """The cause an order signal in ``sentence`` points to, if any."""
    for cause, pattern in _SIGNALS:
        if pattern.search(sentence):
            return cause
    return None
