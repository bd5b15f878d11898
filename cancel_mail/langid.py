"""Which of the supported languages a notice is written in, from the language
layer's data: its ``scripts`` and ``stopwords``, and its marketplaces as a hint.

A language with a script of its own (``scripts`` in its file: Japanese kana,
Arabic) is known by its letters. The others are written in Latin letters and
told apart by their stopwords. Text mostly in letters that no supported language
writes (Cyrillic, Devanagari, Chinese without kana, Greek, Hebrew ...) is in
a language cancel-mail does not support: ``None``, never a guess.

Amazon mixes English template text (footers, headings) into mail in other
languages, so the language is read first from the notice itself (the subject
and the statements of cancellation), and only then from the wider body.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from . import lang

# The script of the languages without a ``scripts`` key.
_LATIN = "LATIN"
_OWN_SCRIPTS: dict[str, frozenset[str]] = {
    code: frozenset(scripts)
    for code, language in lang.LANGUAGES.items()
    if (scripts := language.terms("scripts"))
}
_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(language.terms("stopwords"))
    for code, language in lang.LANGUAGES.items()
    if code not in _OWN_SCRIPTS
}
# Scripts a language writes beside its own but shares with languages cancel-mail
# does not support (Japanese kanji with Chinese): they never name it, and they
# are foreign only where its own letters are missing.
_SHARED_SCRIPTS: dict[str, frozenset[str]] = {
    code: frozenset(language.terms("shared_scripts")) for code, language in lang.LANGUAGES.items()
}
_KNOWN_SCRIPTS = frozenset({_LATIN}.union(*_OWN_SCRIPTS.values()))
_LANGUAGE_OF_MARKETPLACE = {
    market: code
    for code, language in lang.LANGUAGES.items()
    for market in language.terms("marketplaces")
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Letters of its own script name a language when there are at least this many,
# and at least this share of the Latin letters beside them: an English notice
# about a Japanese product title stays English.
_SCRIPT_LETTERS = 3
_SCRIPT_SHARE = 0.25


def guess(focus: str, wider: str, marketplace: str | None) -> str | None:
    """The language of ``focus`` (the subject and the statements: the notice
    itself), else of ``wider`` (the body, which may hold ads in another
    language), with the marketplace as a tie-breaker. None when the mail is
    written in a language the layer does not know."""
    found = _own_script(_scripts(focus))
    if found is not None:
        return found
    if _unsupported(_scripts(wider)):
        return None
    found = _language_of(focus, marketplace)
    if found is not None:
        return found
    return _language_of(wider, marketplace, fallback=True)


def _language_of(sample: str, marketplace: str | None, *, fallback: bool = False) -> str | None:
    scripts = _scripts(sample)
    found = _own_script(scripts)
    if found is not None:
        return found
    if _unsupported(scripts):
        return None
    words = _WORD.findall(_lower(sample))
    scores = {code: sum(1 for w in words if w in stop) for code, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    hinted = _LANGUAGE_OF_MARKETPLACE.get(marketplace or "")
    if scores[best] == 0:
        if not fallback:
            return None
        if hinted:
            return hinted
        return "en" if marketplace else None
    if hinted and scores.get(hinted, 0) >= scores[best] * 0.8:
        return hinted
    return best


def _own_script(scripts: Counter[str]) -> str | None:
    """The language whose own letters ``scripts`` counts enough of, if any."""
    letters = {code: sum(scripts[s] for s in names) for code, names in _OWN_SCRIPTS.items()}
    if not letters:
        return None
    best = max(letters, key=lambda code: letters[code])
    enough = letters[best] >= _SCRIPT_LETTERS and letters[best] >= _SCRIPT_SHARE * scripts[_LATIN]
    return best if enough else None


def _lower(text: str) -> str:
    """``text`` in lower case, with the combining marks that lowering or the
    writer left over dropped: "İPTAL" lowers to "i" + a combining dot, which
    would cut the word in two, and vowel signs are no part of a stopword."""
    low = unicodedata.normalize("NFC", text.lower())
    if low.isascii():
        return low
    return "".join(ch for ch in low if not unicodedata.combining(ch))


def _unsupported(scripts: Counter[str]) -> bool:
    """Mostly letters of scripts that no supported language writes."""
    known = set(_KNOWN_SCRIPTS)
    for code, names in _OWN_SCRIPTS.items():
        if sum(scripts[s] for s in names) >= _SCRIPT_LETTERS:
            known |= _SHARED_SCRIPTS[code]
    foreign = sum(n for script, n in scripts.items() if script not in known)
    return foreign > 0 and foreign >= sum(scripts.values()) - foreign


def _scripts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` holds (CJK ideographs under "CJK")."""
    return Counter(_script(ch) for ch in text if ch.isalpha())


@lru_cache(maxsize=8192)
def _script(char: str) -> str:
    # The first word of a letter's Unicode name is its script ("LATIN SMALL
    # LETTER A", "ARABIC LETTER ALEF", "HIRAGANA LETTER A", "CJK UNIFIED
    # IDEOGRAPH-8A9E"); the standard library has no script property.
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]
