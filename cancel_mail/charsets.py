"""Bytes to text: a MIME part's body or an encoded header word, decoded by its
declared charset when that works, else by a reasoned guess.

mail-parser leaves 7-bit ISO-2022-JP undecoded and falls back to lossy UTF-8
on unknown charsets, so bodies and header words are decoded here from the
bytes. What had to be guessed is said in the defects.

A label is read the way mail clients read it, which is the way browsers do
(the WHATWG Encoding Standard): "iso-8859-1" as windows-1252, "iso-8859-9" as
windows-1254, "Shift_JIS" as Microsoft's cp932, "gb2312" as GBK. Each of these
supersets differs from its label only where the label's charset has control
codes or unassigned bytes, so text that fits the label reads the same, and the
curly quotes and "～" that Windows writes under those labels are not lost.

Guessing happens only when the label is missing, unknown or wrong, or is a
Western label on bytes that are not Western text; it never runs on a part
whose label fits. Japanese is the guess worth making (Amazon.co.jp's older
mail and Japanese mail clients write Shift_JIS and EUC-JP, sometimes with no
label): the bytes are decoded strictly in both, and a reading is taken only
when it is made of kana, kanji and Japanese punctuation. A Latin-1 text read
as Shift_JIS gives private-use or half-width characters and no kana, so it
never passes. charset-normalizer was measured for this and not used: 15 ms on
a 7 KB Shift_JIS body (the strict decodes take well under 1 ms), and it read
unlabeled Turkish as iso-8859-10. Unlabeled text in other legacy charsets
(Polish, Turkish, Arabic without a label) is read as windows-1252, as before.
"""

from __future__ import annotations

import codecs
import email.message
import re

# Charsets tried, in order, when the declared one is missing, unknown or wrong
# (after UTF-8 and the Japanese guess). cp1252 leaves five bytes undefined, so
# latin-1 catches what it refuses.
_FALLBACK_CHARSETS = ("cp1252", "latin-1")
# Labels that often sit on UTF-8 (or other) bytes by mistake.
_WEAK_LABELS = frozenset(
    ["iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "cp1252", "windows-1252"]
)
# Labels mail carries that Python does not know, as the codec they mean.
_ALIASES = {
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "x-euc-jp": "euc_jp",
    "iso-8859-8-i": "iso8859-8",
    "x-mac-roman": "mac-roman",
}
# Python's name for a label's charset -> the codecs to read it with, in order
# (the WHATWG reading first; see the module docstring).
_READINGS: dict[str, tuple[str, ...]] = {
    "iso8859-1": ("cp1252", "latin-1"),
    "iso8859-9": ("cp1254", "iso8859-9"),
    "iso8859-11": ("cp874", "iso8859-11"),
    "tis-620": ("cp874", "tis-620"),
    "shift_jis": ("cp932", "shift_jis"),
    "euc_jp": ("euc_jp", "euc_jis_2004"),
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "euc_kr": ("cp949", "euc_kr"),
    "big5": ("big5hkscs", "big5"),
}


def decode_part(part: email.message.Message, defects: list[str] | None = None) -> str:
    """One leaf part's body as text, decoded as the full parse decodes it; what
    had to be guessed is added to ``defects``."""
    payload = part.get_payload(decode=True)
    if payload is None:
        inner = part.get_payload()
        return inner if isinstance(inner, str) else ""
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    if charset is None and part.get_content_type() == "text/html":
        charset = _meta_charset(payload)
    return decode_bytes(payload, charset, [] if defects is None else defects)


_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _meta_charset(payload: bytes) -> str | None:
    match = _META_CHARSET.search(payload[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode_bytes(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Bytes to text: the declared charset if it works, else a reasoned guess."""
    declared = (charset or "").strip().strip("\"'").lower() or None
    if declared in ("unknown-8bit", "x-unknown", "default"):
        declared = None
    if (
        declared
        and declared.startswith(("utf-16", "utf-32", "utf16", "utf32"))
        and b"\0" not in data
    ):
        # Text in UTF-16/32 always holds NUL bytes; without any it is mislabeled
        # and "decoding" it would turn it into CJK noise.
        defects.append(f"CharsetDecodeDefect: bytes cannot be {declared!r}; guessed")
        declared = None
    if b"\x1b$B" in data or b"\x1b$@" in data or b"\x1b(J" in data:
        # ISO-2022-JP escape sequences identify the charset whatever the label says.
        try:
            return data.decode("iso-2022-jp")
        except (UnicodeDecodeError, LookupError):
            pass
    if declared:
        try:
            text = _decode_as(data, declared)
        except LookupError:
            defects.append(f"CharsetDecodeDefect: unknown charset {declared!r}; guessed")
        except (UnicodeError, ValueError, TypeError):
            # UnicodeDecodeError, and the odd codec ("undefined") that raises
            # a plain UnicodeError on any input.
            defects.append(f"CharsetDecodeDefect: bytes do not match charset {declared!r}; guessed")
        else:
            # A Western label on UTF-8 or Japanese bytes is a common mislabel;
            # latin-1 "succeeds" on anything, so check what the bytes really are.
            if declared in _WEAK_LABELS and not data.isascii():
                if _is_utf8_with_multibyte(data):
                    return data.decode("utf-8")
                return _japanese(data) or text
            return text
    return _guess(data)


def _decode_as(data: bytes, label: str) -> str:
    name = codecs.lookup(_ALIASES.get(label, label)).name
    readings = _READINGS.get(name, (name,))
    for codec in readings[:-1]:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode(readings[-1])


def _guess(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    japanese = _japanese(data)
    if japanese is not None:
        return japanese
    for candidate in _FALLBACK_CHARSETS:
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


# Japanese text: kana, kanji, CJK and full-width punctuation, and the symbols
# Japanese mail sets with them (※, ①, ■, “”, arrows). Kana alone say Japanese:
# every sentence has them, and no other charset's text read as Japanese does.
_KANA = re.compile(r"[\u3041-\u30ff]")
_NOT_JAPANESE = re.compile(
    r"[^\x00-\x7f\u2000-\u27bf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    r"\uff01-\uff60\uffe0-\uffe6\u00a7\u00a8\u00b0\u00b1\u00b4\u00b6\u00d7\u00f7]"
)
_JAPANESE_CODECS = ("cp932", "euc_jis_2004")


def _japanese(data: bytes) -> str | None:
    """``data`` read as Shift_JIS or EUC-JP when one of them gives Japanese text."""
    best: tuple[int, str] | None = None
    for codec in _JAPANESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        kana = len(_KANA.findall(text))
        # Half-width katakana (what EUC-JP bytes become in Shift_JIS) and
        # private-use characters mean a misreading; a Greek or Cyrillic letter
        # among many kana may be meant (JIS has them).
        odd = len(_NOT_JAPANESE.findall(text))
        if kana and odd * 10 <= kana and (best is None or kana > best[0]):
            best = (kana, text)
    return best[1] if best else None


def _is_utf8_with_multibyte(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
