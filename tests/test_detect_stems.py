"""statements.could_state and could_signal search only around stems: they must still
answer exactly as a search of the whole text would.

That rests on two facts about the patterns, both checked here for every
alternative, so a pattern added later cannot quietly break the shortcut:

- each alternative contains one of the stems;
- in normalised text (whitespace runs of at most two characters) no match
  reaches further than STEM_REACH from the stem it contains.

Then a property test compares the windowed search with the plain one on texts
built from real statements, signals, stems and filler.
"""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cancel_mail import lang, lookalike, parse, statements

STATEMENT_ALTERNATIVES = list(lang.terms("statements"))


def _top_level_alternatives(pattern: str) -> list[str]:
    """The pattern cut at its top-level "|" (not inside groups or classes)."""
    pieces: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    return pieces


SIGNAL_ALTERNATIVES = [
    alt
    for key in ("signals.fraud_prevention", "signals.payment_issue", "signals.inventory_shortage")
    for pattern in lang.terms(key)
    for alt in _top_level_alternatives(pattern)
]


def _widest_in_normalised_text(pattern: str) -> int:
    # normalise_text leaves whitespace runs of at most two characters.
    bounded = re.sub(r"\\s\+", r"\\s{1,2}", pattern)
    bounded = re.sub(r"\\s\*", r"\\s{0,2}", bounded)
    widest: int = sre_parse.parse(bounded, re.IGNORECASE).getwidth()[1]
    return widest


def test_the_splitter_sees_every_alternative() -> None:
    assert _top_level_alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]
    assert len(SIGNAL_ALTERNATIVES) > 25


@pytest.mark.parametrize("alternative", STATEMENT_ALTERNATIVES)
def test_every_statement_contains_a_stem(alternative: str) -> None:
    assert statements.STATEMENT_STEMS.regex.search(alternative), alternative


@pytest.mark.parametrize("alternative", SIGNAL_ALTERNATIVES)
def test_every_signal_contains_a_stem(alternative: str) -> None:
    assert statements.SIGNAL_STEMS.regex.search(alternative), alternative


@pytest.mark.parametrize("alternative", STATEMENT_ALTERNATIVES + SIGNAL_ALTERNATIVES)
def test_no_match_reaches_beyond_the_window(alternative: str) -> None:
    widest = _widest_in_normalised_text(alternative)
    assert widest < sre_constants.MAXREPEAT, f"unbounded: {alternative}"
    assert widest <= statements.STEM_REACH, f"{widest} characters: {alternative}"


def test_normalised_text_has_short_whitespace_runs() -> None:
    text = "a \u2028\u2029 \u1680 b\n\n\n\n c\u200b \ufeff\u00ad d\t\x0b\x1c e"
    runs = [len(m.group(0)) for m in re.finditer(r"\s+", parse.normalise_text(text))]
    assert runs and max(runs) <= 2


_PIECES = st.sampled_from(
    [
        "Your order has been cancelled.",
        "We had to cancel your order",
        "Ihre Bestellung wurde leider storniert",
        "votre commande a été annulée",
        "se ha cancelado tu pedido",
        "è stato annullato",
        "ご注文はキャンセルされました。",
        "you can cancel this order",
        "cancel",
        "storn",
        "annul",
        "消",
        "Your payment was declined",
        "verify your account",
        "unusual activity",
        "no longer available",
        "account",
        "payment",
        "stock",
        "在庫切れ",
        " ",
        "\n",
        "\n\n",
        "has been",
        "wurde",
        "a été",
    ]
)
_FILLER = st.text(alphabet="abcdefghij .,\n", max_size=300)
_TEXTS = st.lists(st.one_of(_PIECES, _FILLER), max_size=30).map(
    lambda parts: parse.normalise_text("".join(parts))
)


@settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_windowed_search_equals_whole_text_search(text: str) -> None:
    whole_state = bool(
        statements.STATEMENT_STEMS.regex.search(text) and statements._ANY_STATEMENT.search(text)
    )
    assert statements.could_state(text) == whole_state
    assert statements.could_signal(text) == bool(statements._ANY_SIGNAL.search(text))


_STEM_TEXT = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "CANCEL",
                "Cancel",
                "ſtorn",
                "ANNUL",
                "VÉRIF",
                "Identität",
                "PAYMENT",
                "ACCOUNT",
                "paymentİ",
                "accıunt",
                "verıf",
                "Kelvin \u212aonto",
                "キャンセル",
                "在庫切れ",
            ]
        ),
        st.text(max_size=20),
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_STEM_TEXT)
def test_stem_spans_cover_every_regex_match(text: str) -> None:
    for stems in (statements.STATEMENT_STEMS, statements.SIGNAL_STEMS):
        found = set(stems.spans(text))
        for match in stems.regex.finditer(text):
            assert match.span() in found, (match.group(0), text)


CLAIM_ALTERNATIVES = [
    alt
    for key in ("lookalike.threats", "lookalike.requests")
    for pattern in lang.terms(key)
    for alt in _top_level_alternatives(pattern)
]


@pytest.mark.parametrize("alternative", CLAIM_ALTERNATIVES)
def test_every_threat_and_request_contains_a_stem(alternative: str) -> None:
    # lookalike.could_claim runs them only where a statement stem occurs.
    assert statements.STATEMENT_STEMS.regex.search(alternative), alternative


@pytest.mark.parametrize("alternative", CLAIM_ALTERNATIVES)
def test_no_threat_or_request_reaches_beyond_its_window(alternative: str) -> None:
    widest = _widest_in_normalised_text(alternative)
    assert widest < sre_constants.MAXREPEAT, f"unbounded: {alternative}"
    assert widest <= lookalike.CLAIM_REACH, f"{widest} characters: {alternative}"


@pytest.mark.parametrize(
    "text",
    ["Ordine ANNULATO", "commande anulée", "bestelling geanuleerd", "beställningen avbestäld"],
)
def test_a_stem_written_with_one_of_its_doubled_letters_is_found(text: str) -> None:
    # Statements match such a spelling (lang.widened): the stems must too, or
    # could_state would rule out what the patterns find.
    assert statements.STATEMENT_STEMS.spans(text)
    assert statements.could_state(text) == (statements._ANY_STATEMENT.search(text) is not None)


def test_stem_windows_start_at_the_text_and_join_when_close() -> None:
    assert list(statements.stem_windows([(5, 10)], 200)) == [(0, 210)]
    assert list(statements.stem_windows([(300, 305), (450, 455), (900, 905)], 100)) == [
        (200, 555),
        (800, 1005),
    ]
