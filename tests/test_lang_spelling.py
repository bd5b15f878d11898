"""How the language layer widens what mail claims (lang.widened): written
without diacritics, or with a doubled letter written once, it says the same.
The words that veto a claim are matched only as spelled."""

from __future__ import annotations

import re

import pytest

from cancel_mail import lang


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\bannullat[oaie]\b", "annulato"),
        (r"\bgeannuleerd\b", "geanuleerd"),
        (r"\bzostało\s+anulowane\b", "zostalo anulowane"),
    ],
)
def test_a_claim_matches_careless_spellings(pattern: str, text: str) -> None:
    assert re.fullmatch(lang.widened(pattern, "statements"), text, re.IGNORECASE)
    assert not re.fullmatch(lang.widened(pattern, "guards"), text, re.IGNORECASE)


@pytest.mark.parametrize(
    ("pattern", "widened"),
    [
        # A quantifier already governs the second letter.
        (r"cancell?ed", r"cancell?ed"),
        # An escape is no letter: "\ss" is a space and an "s".
        (r"es\ss", r"es\ss"),
        # Letters in a class are members, not a doubled letter.
        (r"[ll]x", r"[ll]x"),
    ],
)
def test_only_a_literal_doubled_letter_becomes_optional(pattern: str, widened: str) -> None:
    assert lang.widened(pattern, "statements") == widened


def test_spellings_of_a_stem() -> None:
    assert set(lang.spellings("annul")) == {"annul", "anul"}
    assert set(lang.spellings("avbeställ")) == {"avbeställ", "avbestall", "avbestäl", "avbestal"}
    assert lang.spellings("iptal") == ("iptal",)
