"""Text as every stage compares it: one space between words, no control
characters, at most one blank line in a row.

The full parse and both HTML readers (htmlwalk.py, htmltext.py) normalise
with these two functions, so that their texts are equal to the character;
detection relies on what they leave (see _SPACES).
"""

from __future__ import annotations

import re

# Every kind of whitespace but the line end, and the invisible characters that
# split words (zero-width space, BOM, soft hyphen) or only mark the direction
# of right-to-left text (LRM, RLM, ALM), which Arabic and Hebrew mail puts
# between words and before order numbers. Overrides, embeddings and isolates
# stay: in a subject they are a spoofing trick that authenticity reports.
# Whitespace runs are then at most two characters ("\n\n"), which detect.py's
# STEM_REACH relies on.
_SPACES = re.compile(r"(?:[^\S\n]|[\u200b\ufeff\u00ad\u200e\u200f\u061c])+")
# Control characters (NUL, ESC, BEL, DEL, C1) never belong in what a reader sees:
# in a terminal report they are escape sequences, in a notify hook an injection.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalise_line(text: str) -> str:
    return _SPACES.sub(" ", _CONTROL.sub(" ", re.sub(r"[\r\n]+", " ", text))).strip()


def normalise_text(text: str) -> str:
    """One space between words, no trailing spaces, at most one blank line in a row."""
    text = _CONTROL.sub(" ", text.replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
