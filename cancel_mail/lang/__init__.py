"""The language layer: every word a language contributes lives here, as data.

One TOML file per language in this folder (``en.toml``, ``de.toml``, ...). Each
key holds a list of regular-expression alternatives (plain words are patterns
too), or a table of such lists. sniff, triage, parse, detect, classify,
authenticity and the cause model read their words through this module only;
adding a language is adding a file here (and its corpus under training/).

Patterns are matched case-insensitively, with ``^`` at any line start. Keys
a language does not define are empty for it.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    data: dict[str, Any] = field(repr=False)

    def terms(self, key: str) -> tuple[str, ...]:
        """The list under ``key`` (dotted for a table: ``signals.payment_issue``)."""
        value = _lookup(self.data, key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"{self.code}.toml: {key} is not a list of strings")
        return tuple(value)

    def table(self, key: str) -> dict[str, tuple[str, ...]]:
        """A table of lists: ``{"payment_issue": (...), ...}``."""
        value = _lookup(self.data, key)
        if not isinstance(value, dict):
            return {}
        return {name: self.terms(f"{key}.{name}") for name in value}

    def regex(self, key: str) -> re.Pattern[str] | None:
        """The alternatives under ``key`` as one case-insensitive pattern."""
        return _compiled(self.code, key)


def _lookup(data: dict[str, Any], key: str) -> Any:
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _load() -> dict[str, Language]:
    found: dict[str, Language] = {}
    folder = resources.files(__package__)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        code = entry.name.removesuffix(".toml")
        found[code] = Language(code=code, name=str(data.get("name", code)), data=data)
    # English first: it is the fallback and the language of Amazon's shared
    # template text, so its patterns are tried first where order matters.
    return dict(sorted(found.items(), key=lambda kv: kv[0] != "en"))


LANGUAGES: dict[str, Language] = _load()
CODES: tuple[str, ...] = tuple(LANGUAGES)


def get(code: str | None) -> Language | None:
    return LANGUAGES.get(code or "")


def terms(key: str, codes: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """``key``'s alternatives over several languages (all by default), in order,
    without repeats."""
    out: dict[str, None] = {}
    for code in codes if codes is not None else CODES:
        language = LANGUAGES.get(code)
        if language is not None:
            out.update(dict.fromkeys(language.terms(key)))
    return tuple(out)


def regex(key: str, codes: tuple[str, ...] | None = None) -> re.Pattern[str] | None:
    """One case-insensitive pattern for ``key`` over several languages (all by default)."""
    return _compiled_union(key, codes)


def hit(pattern: re.Pattern[str] | None, text: str) -> bool:
    """Does ``pattern`` (from ``regex``, None for a key no language defines)
    match anywhere in ``text``?"""
    return pattern is not None and pattern.search(text) is not None


def required(key: str) -> re.Pattern[str]:
    """``regex(key)`` for a key the caller cannot work without: a key no
    language defines is a LookupError at import, not a pattern that never
    matches."""
    pattern = regex(key)
    if pattern is None:
        raise LookupError(f"the language layer defines no {key!r}")
    return pattern


# What mail claims (a cancellation, the reader's order) is read with or without
# diacritics, and with a doubled letter written once ("ANNULATO"): phishing is
# often typed carelessly. The words that veto a claim are not: the German
# "würde" (would) guards, "wurde" (was) states.
_BARE_TOO = frozenset(
    {"statements", "order_words", "lookalike.threats", "lookalike.requests", "lookalike.your_order"}
)


@cache
def _compiled(code: str, key: str) -> re.Pattern[str] | None:
    return _join(LANGUAGES[code].terms(key), key) if code in LANGUAGES else None


@cache
def _compiled_union(key: str, codes: tuple[str, ...] | None) -> re.Pattern[str] | None:
    return _join(terms(key, codes), key)


def _join(alternatives: tuple[str, ...], key: str) -> re.Pattern[str] | None:
    if not alternatives:
        return None
    parts = (widened(a, key) for a in alternatives)
    return re.compile("|".join(f"(?:{a})" for a in parts), re.IGNORECASE | re.MULTILINE)


def widened(pattern: str, key: str) -> str:
    """``pattern``, one alternative under ``key``, as ``regex`` matches it:
    Arabic vowel marks optional, and for what mail claims (_BARE_TOO) Latin
    diacritics and the second of two like letters optional too."""
    if key in _BARE_TOO:
        pattern = _rewrite(_rewrite(pattern, _second_optional), _bare_letter)
    return _vowels_optional(pattern)


def spellings(word: str) -> tuple[str, ...]:
    """Every way mail may spell ``word`` (a plain lower-case word, such as a
    statement stem) that a _BARE_TOO pattern containing it matches: with or
    without diacritics, each doubled Latin letter written twice or once."""
    forms = {word}
    for at in range(len(word) - 1, 0, -1):
        if word[at] == word[at - 1] and word[at].isascii() and word[at].isalpha():
            forms |= {form[:at] + form[at + 1 :] for form in forms}
    return tuple(dict.fromkeys(f for form in sorted(forms) for f in (form, _bare_word(form))))


def _bare_word(word: str) -> str:
    return "".join(_bare(char) for char in word)


# Arabic short vowels, tanwin, shadda and sukun (U+064B-U+0652) and the
# dagger alif: written or not, the word is the same ("لتجنّب" is "لتجنب").
_HARAKAT = "[\u064b-\u0652\u0670]*"
_QUANTIFIERS = frozenset("?*+{")


def _vowels_optional(pattern: str) -> str:
    """``pattern`` with Arabic vowel marks allowed after each Arabic letter."""
    if not any("\u0621" <= char <= "\u064a" for char in pattern):
        return pattern
    loose = _rewrite(pattern, _vowels_after)
    try:
        re.compile(loose)
    except re.error:
        return pattern  # a look-behind must keep its width
    return loose


def _vowels_after(char: str, following: str, in_class: bool, previous: str) -> str:
    if in_class or not "\u0621" <= char <= "\u064a" or following in _QUANTIFIERS:
        return char
    return char + _HARAKAT


# Latin letters that decompose into no base letter plus marks.
_BARE = {"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}


def _bare(char: str) -> str:
    """The Latin letter ``char`` without its diacritics ("ś" -> "s"), or ``char``."""
    if char.isascii() or not "\u00c0" <= char <= "\u024f":
        return char
    if char in _BARE:
        return _BARE[char]
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


def _second_optional(char: str, following: str, in_class: bool, previous: str) -> str:
    """The second of two like Latin letters, optional: "annullato" matches
    "annulato" too. Not before a quantifier, which already governs it."""
    if in_class or char != previous or not (char.isascii() and char.isalpha()):
        return char
    return char if following in _QUANTIFIERS else char + "?"


def _bare_letter(char: str, following: str, in_class: bool, previous: str) -> str:
    """A Latin letter with diacritics that also matches its bare letter: mail
    typed without them ("zamowienie zostalo anulowane", "SIPARISINIZ IPTAL
    EDILDI") says the same. Other scripts are left alone (Japanese voiced kana
    and Arabic hamza decompose too, into other words). A range's ends stay."""
    bare = _bare(char)
    if bare == char:
        return char
    if not in_class:
        return f"[{char}{bare}]"
    return char if following == "-" else char + bare


def _rewrite(pattern: str, letter: Callable[[str, str, bool, str], str]) -> str:
    """``pattern`` with each literal character replaced by ``letter(char,
    following character, inside a [class]?, the literal character right before
    it or "")``; escapes and class brackets are kept as they are."""
    out: list[str] = []
    in_class = escaped = False
    last_literal = -2  # where the last character given to ``letter`` stood
    for index, char in enumerate(pattern):
        following = pattern[index + 1 : index + 2]
        previous = pattern[index - 1] if last_literal == index - 1 else ""
        if escaped:
            escaped = False
            out.append(char)
        elif char == "\\":
            escaped = True
            out.append(char)
        elif in_class:
            # "]" right after "[" or "[^" is a member, not the end; so is a
            # range's upper end ("-" before it).
            opened = pattern[index - 1] == "[" or pattern[index - 2 : index] == "[^"
            if char == "]" and not opened:
                in_class = False
                out.append(char)
            elif pattern[index - 1] == "-":
                out.append(char)
            else:
                out.append(letter(char, following, True, previous))
                last_literal = index
        elif char == "[":
            in_class = True
            out.append(char)
        else:
            out.append(letter(char, following, False, previous))
            last_literal = index
    return "".join(out)
