"""Every word a language contributes lives in cancel_mail/lang/: the modules
that read mail must not hold language words of their own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from cancel_mail import lang

PACKAGE = Path(__file__).resolve().parent.parent / "cancel_mail"
# The modules that read and judge mail. The report renderers and the command
# line speak to the user in English: that is interface text, not knowledge of
# how a language states a cancellation.
READERS = [
    p
    for p in sorted(PACKAGE.rglob("*.py"))
    if "lang" not in p.relative_to(PACKAGE).parts
    and p.relative_to(PACKAGE).parts[0] not in {"report", "cli", "sources"}
    and p.name
    not in {
        "actions.py",
        "models.py",
        "errors.py",
        "config.py",
        "store.py",
        "polling.py",
        "notify.py",
        "__init__.py",
        "__main__.py",
    }
]
_TOKEN = re.compile(r"[^\W\d_]{4,}|[\u3040-\u30ff\u4e00-\u9fff]{2,}")
# Words the readers may name although a language file holds them too: brand
# and protocol words, not any language's vocabulary.
ALLOWED = {"amazon", "amazonses", "http", "https", "mailto", "html", "text", "plain", "article"}
# RFC 5322 header names, which the readers must name in any language's mail.
ALLOWED |= {"subject", "from", "date", "reply"}
# MIME types and URL schemes ("message/rfc822", "data:"), Unicode script names.
ALLOWED |= {"message", "data", "hiragana", "katakana"}
# Words English spells the same as a language whose file holds them (Dutch "over").
ALLOWED |= {"over"}


def _tokens(value: object) -> set[str]:
    found: set[str] = set()
    if isinstance(value, str):
        found.update(t.lower() for t in _TOKEN.findall(value))
    elif isinstance(value, list):
        for v in value:
            found |= _tokens(v)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k != "name":
                found |= _tokens(v)
    return found


_BY_LANGUAGE = {code: _tokens(language.data) for code, language in lang.LANGUAGES.items()}
# Every word of every language: none may sit in a reader's regular expression.
VOCABULARY = set().union(*_BY_LANGUAGE.values()) - ALLOWED
# The words of the other languages: none may sit in any string of a reader.
# (English words outside patterns are the interface's own language: log lines,
# error messages, header names.)
FOREIGN = set().union(*(v for k, v in _BY_LANGUAGE.items() if k != "en")) - _BY_LANGUAGE["en"]
FOREIGN -= ALLOWED


def _strings(path: Path) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(strings inside re.compile(...) calls, all other strings but docstrings)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    in_patterns: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in {"compile", "search", "match", "fullmatch", "sub", "findall"}
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
        ):
            in_patterns.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Constant))
    patterns, others = [], []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if _is_layer_key(node.value):
                continue  # the name of a key ("reason_labels"), not words
            if id(node) in in_patterns:
                patterns.append((node.lineno, node.value))
            elif id(node) not in docstrings:
                others.append((node.lineno, node.value))
    return patterns, others


def _is_layer_key(value: str) -> bool:
    if not re.fullmatch(r"[a-z_]+(?:\.[a-z_]+)*", value):
        return False
    return any(_has_key(language.data, value) for language in lang.LANGUAGES.values())


def _has_key(data: dict[str, object], key: str) -> bool:
    node: object = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def test_the_layer_has_every_language() -> None:
    assert set(lang.CODES) >= {"en", "de", "fr", "es", "it", "ja"}
    for language in lang.LANGUAGES.values():
        assert language.terms("statements"), language.code
        assert language.terms("negations"), language.code


def test_the_vocabulary_is_big_enough_to_catch_strays() -> None:
    assert {"storniert", "annulée", "キャンセル", "declined"} <= VOCABULARY
    assert {"storniert", "annulée", "キャンセル"} <= FOREIGN


def test_the_check_finds_a_stray(tmp_path: Path) -> None:
    stray = tmp_path / "stray.py"
    stray.write_text('import re\nX = re.compile("declined")\nY = "wurde storniert"\n')
    patterns, others = _strings(stray)
    assert _found(patterns, VOCABULARY) == ["line 2: 'declined'"]
    assert _found(others, FOREIGN) == ["line 3: 'storniert'", "line 3: 'wurde'"]


def _found(strings: list[tuple[int, str]], words: set[str]) -> list[str]:
    return sorted(
        f"line {line}: {word!r}"
        for line, value in strings
        for word in {t.lower() for t in _TOKEN.findall(value)}
        if word in words
    )


@pytest.mark.parametrize("path", READERS, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_language_words_outside_the_layer(path: Path) -> None:
    patterns, others = _strings(path)
    strays = _found(patterns, VOCABULARY) + _found(others, FOREIGN)
    assert not strays, "language words belong in cancel_mail/lang/: " + "; ".join(strays)
