"""One sentence to the sparse features of the cause model.

Training (training/train.py) and inference call the same function here, so a
feature can never mean one thing when the weights were fitted and another when
they are used. Every feature keeps the span of the original text it came from:
that is what lets ``evidence`` show whole words instead of feature names.

Feature names carry their kind as a prefix:

- ``w:`` a word (digits folded to ``0``), ``b:`` two neighbouring content words;
  a number on its own (an order number, a price, a date) is no feature: it says
  nothing about a cause, and in the corpus it sat mostly in ``none`` sentences;
- ``c:`` a character 3-4-gram of one word, with ``<`` and ``>`` marking the word's
  edges, so that inflections nobody wrote down still share most of their grams;
- ``j:`` a character 1-3-gram of a run of Japanese script, which has no spaces;
- ``NOT_`` before the text part: the word stands in the scope of a negation.

Negation scope: in the space-separated languages a negation cue denies the words
after it up to the end of its clause (a clause-break word or punctuation). In
Japanese the negation closes the verb, so the cue denies what comes before it
in its clause. A cue followed at once by a clause break ("not because ...",
"nicht weil ...", "ためではなく") denies the clause it introduces, so the break
does not end the scope there.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from .. import lang

_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006"
_TOKEN = re.compile(
    rf"(?P<cjk>[{_CJK_CHARS}]+)|(?P<word>[^\W_{_CJK_CHARS}]+(?:'[^\W_{_CJK_CHARS}]+)*)"
)
# Punctuation ends a clause in every language.
_PUNCT_BREAK = re.compile(r"[.;:!?,()\[\]{}\"«»„“”—–。、，！？；：「」『』（）]| - ")
_DIGITS = re.compile(r"\d+")
# Combining marks join their base letter before NFKC; text without them can be
# folded one character at a time.
_COMBINING = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a\uff9e\uff9f]"
)
_CJK = re.compile(f"[{_CJK_CHARS}]")
# Half-width voicing marks are no combining characters, yet NFKC joins them to
# the kana before them (ﾄﾞ to ド).
_HALFWIDTH_MARKS = "\uff9e\uff9f"
# English contractions stay one word ("couldn't"); every other apostrophe is a
# Romance elision ("l'article", "dell'ordine", "n'est") and splits there.
_CONTRACTION_TAILS = frozenset({"t", "s", "re", "ve", "ll", "d", "m"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})

CHAR_MIN, CHAR_MAX = 3, 4
CJK_MAX = 3
MAX_CJK_SCOPE = 40
# Shorter words ("de", "of") are covered by their word feature; their grams would only add noise.
CHAR_MIN_WORD = 3
NOT = "NOT_"
IF = "IF_"
BIGRAMS = "all"
# The keys of cancel_mail.lang read here.
SHORT_WORD = 3
LANG_KEYS = ("negations", "clause_breaks", "stopwords", "conditionals")


class Feature(NamedTuple):
    """A feature and the span ``[start, end)`` of the original text it came from."""

    name: str
    start: int
    end: int


@dataclass(frozen=True)
class _Cues:
    stopwords: frozenset[str]
    negation: re.Pattern[str] | None  # matched against whole words
    negation_cjk: re.Pattern[str] | None  # searched in the text
    conditional: re.Pattern[str] | None  # searched in the text
    conditional_cjk: re.Pattern[str] | None  # searched in the text
    breaks: re.Pattern[str] | None  # searched in the text, at word edges


@dataclass(frozen=True)
class _Token:
    text: str
    start: int  # in the normalised text
    end: int
    cjk: bool


def normalise(text: str) -> tuple[str, list[int], list[int]]:
    """Case-folded NFKC text, and for each of its characters the span of the
    original text it came from (so a feature can point back at the original)."""
    if text.isascii():
        lowered = text.lower().translate(_APOSTROPHES)
        return lowered, list(range(len(text))), list(range(1, len(text) + 1))
    if not _COMBINING.search(text):
        pieces = [_fold(ch) for ch in text]
        if all(len(p) == 1 for p in pieces):
            return "".join(pieces), list(range(len(text))), list(range(1, len(text) + 1))
        starts_: list[int] = []
        ends_: list[int] = []
        for i, piece in enumerate(pieces):
            if not piece and ends_:
                ends_[-1] = i + 1  # a dropped mark belongs to the letter before it
            starts_.extend([i] * len(piece))
            ends_.extend([i + 1] * len(piece))
        return "".join(pieces), starts_, ends_
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        # A base character with its combining marks is normalised as one unit,
        # so "e" + U+0301 becomes the same "é" as the precomposed letter.
        j = i + 1
        while j < len(text) and (unicodedata.combining(text[j]) or text[j] in _HALFWIDTH_MARKS):
            j += 1
        piece = _fold(text[i:j])
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(out), starts, ends


@cache
def _fold(unit: str) -> str:
    folded = unicodedata.normalize("NFKC", unit).casefold().translate(_APOSTROPHES)
    # Marks that NFKC leaves on their own are dropped: the dot that case folding
    # leaves of Turkish "İ", and Arabic short vowels, which writers mostly omit.
    if any(unicodedata.combining(ch) for ch in folded):
        return "".join(ch for ch in folded if not unicodedata.combining(ch))
    return folded


def _norm_term(term: str) -> str:
    return "".join(_fold(ch) for ch in unicodedata.normalize("NFC", term))


def _union(alternatives: list[str], edges: bool) -> re.Pattern[str] | None:
    if not alternatives:
        return None
    body = "|".join(f"(?:{a})" for a in alternatives)
    if edges:
        body = rf"(?<![^\W_])(?:{body})(?![^\W_])"
    return re.compile(body, re.IGNORECASE)


@cache
def _cues(language: str | None) -> _Cues:
    codes = (language,) if language is not None and lang.get(language) else lang.CODES
    # English stopwords always: Amazon mixes English template text (subjects,
    # headings) into every marketplace's mail, and an English "your" read as a
    # content word in a German notice pulls toward "at your request".
    stop = {_norm_term(t) for t in lang.terms("stopwords", (*codes, "en"))}
    negations = [_norm_term(t) for t in lang.terms("negations", codes)]
    breaks = [_norm_term(t) for t in lang.terms("clause_breaks", codes)]
    latin_neg = [t for t in negations if not _CJK.search(t)]
    cjk_neg = [t for t in negations if _CJK.search(t)]
    latin_breaks = [t for t in breaks if not _CJK.search(t)]
    cjk_breaks = [t for t in breaks if _CJK.search(t)]
    conditionals = [_norm_term(t) for t in lang.terms("conditionals", codes)]
    edge_breaks = _union(latin_breaks, edges=True)
    raw_breaks = _union(cjk_breaks, edges=False)
    if edge_breaks is not None and raw_breaks is not None:
        combined: re.Pattern[str] | None = re.compile(
            f"{edge_breaks.pattern}|{raw_breaks.pattern}", re.IGNORECASE
        )
    else:
        combined = edge_breaks or raw_breaks
    return _Cues(
        stopwords=frozenset(stop),
        negation=_union(latin_neg, edges=False),
        negation_cjk=_union(cjk_neg, edges=False),
        conditional=_union([t for t in conditionals if not _CJK.search(t)], edges=True),
        conditional_cjk=_union([t for t in conditionals if _CJK.search(t)], edges=False),
        breaks=combined,
    )


def _tokens(norm: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _TOKEN.finditer(norm):
        if m.group("cjk"):
            out.append(_Token(m.group(), m.start(), m.end(), cjk=True))
            continue
        word, start = m.group(), m.start()
        if "'" in word and word.rsplit("'", 1)[1] not in _CONTRACTION_TAILS:
            pos = 0
            for piece in word.split("'")[:-1]:
                out.append(_Token(piece + "'", start + pos, start + pos + len(piece) + 1, False))
                pos += len(piece) + 1
            out.append(_Token(word[pos:], start + pos, m.end(), cjk=False))
        else:
            out.append(_Token(word, start, m.end(), cjk=False))
    return out


def _is_cue(word: str, cues: _Cues) -> bool:
    if cues.negation is None:
        return False
    if cues.negation.fullmatch(word):
        return True
    # A cue that is a contraction ("n't") also counts inside its word ("couldn't").
    for k, ch in enumerate(word):
        if ch == "'" and k > 0 and cues.negation.fullmatch(word[k - 1 :]):
            return True
    return False


def _break_marks(norm: str, cues: _Cues) -> tuple[list[bool], list[tuple[int, int]]]:
    """Which characters are clause-break punctuation, and the spans of break words."""
    punct = [False] * len(norm)
    for m in _PUNCT_BREAK.finditer(norm):
        for i in range(m.start(), m.end()):
            punct[i] = True
    spans = [(m.start(), m.end()) for m in cues.breaks.finditer(norm)] if cues.breaks else []
    return punct, spans


def _scopes(norm: str, tokens: list[_Token], cues: _Cues) -> tuple[list[bool], list[bool]]:
    """For each character of ``norm``: does it stand in a negation's scope, and
    in a condition's ("if your payment is declined, ...": no reason given)?"""
    neg = [False] * len(norm)
    cond = [False] * len(norm)
    punct, break_spans = _break_marks(norm, cues)
    break_starts = {s for s, _ in break_spans}
    break_chars = [False] * len(norm)
    for s, e in break_spans:
        for i in range(s, e):
            break_chars[i] = True
    cond_ends = [m.end() for m in cues.conditional.finditer(norm)] if cues.conditional else []

    # Forward scope, word by word, for the space-separated languages.
    negating = conditioned = False
    scope = 0
    previous_end = 0
    for tok in tokens:
        if tok.cjk or any(punct[previous_end : tok.start]):
            negating = conditioned = False
        k = bisect.bisect_left(cond_ends, previous_end)
        if k < len(cond_ends) and cond_ends[k] <= tok.start:
            conditioned = True
        previous_end = tok.end
        if tok.cjk:
            continue
        if tok.start in break_starts or break_chars[tok.start]:
            conditioned = False
            if negating and scope == 0:
                continue  # "not because ...": the cue denies the clause that follows
            negating = False
            continue
        if conditioned:
            for i in range(tok.start, tok.end):
                cond[i] = True
        if _is_cue(tok.text, cues):
            negating, scope = True, 0
            continue
        if negating:
            for i in range(tok.start, tok.end):
                neg[i] = True
            # "is", "è", "es" before "because" do not yet make a clause of their own.
            if tok.text not in cues.stopwords and len(tok.text) > SHORT_WORD:
                scope += 1

    # Backward scope for Japanese: from the clause's start up to the cue.
    if cues.negation_cjk is not None or cues.conditional_cjk is not None:
        stops = sorted(
            {0}
            | {e for s, e in break_spans if s < len(norm)}
            | {i + 1 for i, p in enumerate(punct) if p}
        )
        for pattern, marks in ((cues.negation_cjk, neg), (cues.conditional_cjk, cond)):
            if pattern is not None:
                for m in pattern.finditer(norm):
                    _mark_before(norm, stops, m.start(), marks)
    return neg, cond


def _mark_before(norm: str, stops: list[int], cue: int, marks: list[bool]) -> None:
    k = bisect.bisect_right(stops, cue)  # stops[0] is 0, so k >= 1
    # A clause without punctuation may run on; a scope does not, so a long
    # text full of cues stays linear.
    start = max(stops[k - 1], cue - MAX_CJK_SCOPE)
    # Nothing to deny between the break and the cue ("ためではなく"): the cue
    # denies the clause before that break.
    if k > 1 and _cjk_count(norm, start, cue) < 2:
        start = max(stops[k - 2], cue - MAX_CJK_SCOPE)
    for i in range(start, cue):
        if _CJK.match(norm[i]):
            marks[i] = True


def _cjk_count(norm: str, start: int, end: int) -> int:
    return sum(1 for ch in norm[start:end] if _CJK.match(ch))


def _word_name(word: str) -> str:
    return _DIGITS.sub("0", word)


# Features that share one span of the original text: a word's own features, or one gram.
_Group = tuple[tuple[str, ...], int, int]


def _groups(text: str, language: str | None) -> list[_Group]:
    norm, starts, ends = normalise(text)
    cues = _cues(language)
    tokens = _tokens(norm)
    neg, cond = _scopes(norm, tokens, cues)
    out: list[_Group] = []
    # Pairs run over every word, stopwords too: "you cancelled" and "we
    # cancelled" differ only in a stopword. Pairs of content words skip them, so
    # "card was declined" and "card declined" share "card|declined".
    every: list[tuple[str, _Token]] = []
    content: list[tuple[str, _Token]] = []
    for tok in tokens:
        if tok.cjk:
            _cjk_groups(tok, neg, cond, cues, starts, ends, out)
            every.clear()
            content.clear()
            continue
        if tok.text.isdigit():
            continue
        prefix = (IF if cond[tok.start] else "") + (NOT if neg[tok.start] else "")
        name = prefix + _word_name(tok.text)
        if every and BIGRAMS in ("all", "both"):
            a, ta = every[-1]
            out.append(((f"b:{a}|{name}",), starts[ta.start], ends[tok.end - 1]))
        every.append((name, tok))
        if tok.text in cues.stopwords:
            continue
        if content and BIGRAMS in ("content", "both"):
            a, ta = content[-1]
            if BIGRAMS == "content" or ta is not every[-2][1]:
                out.append(((f"b:{a}|{name}",), starts[ta.start], ends[tok.end - 1]))
        content.append((name, tok))
        out.append(
            ((f"w:{name}", *_char_grams(tok.text, prefix)), starts[tok.start], ends[tok.end - 1])
        )
    return out


def extract(text: str, language: str | None = None) -> list[Feature]:
    """Every feature of ``text`` with the original span it came from.

    ``language`` picks the negation cues, clause breaks and stopwords of one
    language from ``cancel_mail.lang``; ``None`` (or an unknown code) uses all of them.
    """
    return [Feature(name, s, e) for names, s, e in _groups(text, language) for name in names]


def features(text: str, language: str | None = None) -> tuple[str, ...]:
    """The distinct feature names of ``text``, sorted: the model's input."""
    names: set[str] = set()
    for group, _, _ in _groups(text, language):
        names.update(group)
    return tuple(sorted(names))


@cache
def _char_grams(word: str, prefix: str) -> tuple[str, ...]:
    # Cached: the same words recur in every mail, and this is the costliest step.
    if len(word) < CHAR_MIN_WORD or word.isdigit():
        return ()
    padded = f"<{word}>"
    return tuple(
        f"c:{prefix}{padded[k : k + n]}"
        for n in range(CHAR_MIN, CHAR_MAX + 1)
        for k in range(len(padded) - n + 1)
    )


def _cjk_groups(
    tok: _Token,
    neg: list[bool],
    cond: list[bool],
    cues: _Cues,
    starts: list[int],
    ends: list[int],
    out: list[_Group],
) -> None:
    run = tok.text
    for n in range(1, CJK_MAX + 1):
        for k in range(len(run) - n + 1):
            gram = run[k : k + n]
            if gram in cues.stopwords:
                continue
            first = tok.start + k
            prefix = (IF if all(cond[first : first + n]) else "") + (
                NOT if all(neg[first : first + n]) else ""
            )
            name = f"j:{prefix}{gram}"
            out.append(((name,), starts[first], ends[first + n - 1]))


def _script(ch: str) -> str:
    # Kanji and katakana carry the content words of a Japanese sentence;
    # hiragana mostly the grammar between them. A run of one kind is one "word".
    code = ord(ch)
    if 0x3040 <= code <= 0x309F:
        return "hiragana"
    return "kanji/katakana"


def words(text: str) -> list[tuple[int, int]]:
    """The words of ``text`` as spans of the original: the units that evidence is
    shown in. Latin-script words are the featuriser's words; Japanese is cut into
    runs of kanji/katakana and runs of hiragana."""
    norm, starts, ends = normalise(text)
    out: list[tuple[int, int]] = []
    for tok in _tokens(norm):
        if not tok.cjk:
            out.append((starts[tok.start], ends[tok.end - 1]))
            continue
        begin = tok.start
        for i in range(tok.start + 1, tok.end + 1):
            if i == tok.end or _script(norm[i]) != _script(norm[begin]):
                out.append((starts[begin], ends[i - 1]))
                begin = i
    return out


def lang_sha256() -> str:
    """A digest of the language data this featuriser reads. Weights trained
    under other negations, clause breaks or stopwords see other features, so the
    weights file records this and a test compares it."""
    data = {code: {key: list(lang.terms(key, (code,))) for key in LANG_KEYS} for code in lang.CODES}
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()
