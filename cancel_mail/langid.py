"""Which of the supported languages a notice is written in, from the language
layer's stopwords, and its marketplace as a hint."""

from __future__ import annotations

import re

from . import lang

_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(language.terms("stopwords"))
    for code, language in lang.LANGUAGES.items()
    if code != "ja"
}
_LANGUAGE_OF_MARKETPLACE = {
    market: code
    for code, language in lang.LANGUAGES.items()
    for market in language.terms("marketplaces")
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_KANA = re.compile(r"[\u3040-\u30ff]")


def guess(focus: str, wider: str, marketplace: str | None) -> str | None:
    """The language of ``focus`` (the subject and the statements: the notice
    itself), else of ``wider`` (the body, which may hold ads in another
    language), with the marketplace as a tie-breaker."""
    found = _language_of(focus, marketplace)
    if found is not None:
        return found
    return _language_of(wider, marketplace, fallback=True)


def _language_of(sample: str, marketplace: str | None, *, fallback: bool = False) -> str | None:
    if len(_KANA.findall(sample)) >= 3:
        return "ja"
    words = _WORD.findall(sample.lower())
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
