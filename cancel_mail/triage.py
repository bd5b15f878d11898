"""The second, still cheap pass: could this candidate give a notice or an order signal?

The sniff (sniff.py) passes every message that names Amazon anywhere, and that
includes every shipping, delivery and deals mail Amazon sends. A full parse
(mail-parser for the structure, a BeautifulSoup tree for the HTML) costs about
10 ms on such a mail and finds nothing in most of them. This pass decodes the
same text parts with the standard library and reads HTML through lxml's parser
events (htmltext.py: the same text and links as the bs4 walk, without a tree),
then asks the two questions ``detect.py`` starts with:

- does the message name Amazon at all (disguised, in the sender or subject)?
- could a cancellation statement, a look-alike's threat of one, or an order
  signal occur in its subject or text?

If either answer is no, neither ``detect_notice`` nor ``order_signal`` can
return anything, and the full parse is skipped.

Why the answers are safe (the rule: when in doubt, say yes):

- The text read here is the text the full parse reads, for every text part:
  the plain and the HTML alternative both (the full parse keeps one of them).
  HTML text is the bs4 walk's text to the character. Every run of spaces,
  control characters and line ends then becomes one space, which only lets
  more patterns match. (An earlier version dropped tags with regular
  expressions; the fuzz run and a property test found markup where that lost
  text lxml keeps, see tests/data/fuzz/README.md.)
- The patterns are detect.py's and lookalike.py's own over-approximations
  (``could_state``, ``may_hint``, ``could_claim``, ``names_amazon``), run
  over the whole text, not only the part before the footer.
- Anything unusual (an attached message, a defect the standard library noticed,
  a part that is not what its type says, a very large message, an exception) is
  a yes: the full parse then decides, and reports an unreadable message as an
  error just as before.

``tests/test_fast_path.py`` checks that the fast path (sniff, then this, then
the full parse) finds exactly what the full parse of every message finds.
"""

from __future__ import annotations

import email
import email.message
import re
from dataclasses import dataclass

from . import detect, htmltext, lookalike
from .charsets import decode_part
from .headers import header_text, looks_like_mail
from .shrink import SHRINK_ABOVE

# Above this the full parse's own limits (shrink.py) decide
# what is read; this pass does not try to mirror them.
MAX_BYTES = SHRINK_ABOVE

# What normalise_text (normalise.py) turns into a space besides whitespace (which
# str.split() knows): control characters and invisible word breakers.
_ODD_SPACE = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x9f\u200b\ufeff\u00ad\u200e\u200f\u061c]")
# Where an order number may be (detect.py's pattern, looser).
_ORDER_ID = re.compile(r"\d{7}-\d{7}")


@dataclass(frozen=True, slots=True)
class Verdict:
    """``matters`` is False only when a full parse can give nothing; ``tree`` is
    the standard library's MIME tree of the message when the triage built one,
    for the full parse to reuse (``parse.parse_message(data, tree=...)``)."""

    matters: bool
    tree: email.message.Message | None = None


def could_matter(data: bytes) -> bool:
    """False only when a full parse of ``data`` can give neither a notice nor an
    order signal. Never raises."""
    return examine(data).matters


def examine(data: bytes) -> Verdict:
    """``could_matter``, with the MIME tree built on the way. Never raises."""
    if len(data) > MAX_BYTES:
        return Verdict(True)
    try:
        msg = email.message_from_bytes(data)
    except Exception:
        return Verdict(True)
    try:
        return Verdict(_could_matter(msg), msg)
    except Exception:
        return Verdict(True)


def _could_matter(msg: email.message.Message) -> bool:
    if not looks_like_mail(msg):
        return True  # the full parse makes this an error entry, or finds headers later
    subject = header_text(msg, "subject")
    sender = header_text(msg, "from")
    if detect.could_state(subject) and "amazon" in (sender + subject).lower():
        return True  # most notices say so in the subject: no need to read on
    texts: list[str] = []
    hrefs: list[str] = []
    for part in msg.walk():
        if part.defects:
            return True
        ctype = part.get_content_type()
        if ctype.startswith("message/"):
            return True  # an attached message: its own headers would count too
        if part.is_multipart():
            continue
        if ctype.startswith("multipart/"):
            return True  # a multipart without a usable boundary: the parse guesses
        if not ctype.startswith("text/") and part is not msg:
            continue  # an attachment: the full parse does not read it as text
        body = decode_part(part)
        if ctype == "text/html":
            html_text, links = htmltext.html_to_text(body)
            texts.append(html_text)
            hrefs.extend(link.href for link in links)
        else:
            texts.append(body)
    text = _one_space(" ".join(texts))
    # detect.py looks for Amazon in the sender, the subject, the text and the
    # links' targets.
    named = " ".join([sender, subject, text, *hrefs]).lower()
    if "amazon" not in named and not (
        # lookalike.py also reads the name Amazon disguised in the sender and
        # the subject ("Аmazon" with a Cyrillic А, "amaz0n-orders.com").
        lookalike.names_amazon(sender) or lookalike.names_amazon(subject)
    ):
        return False
    if lookalike.could_claim(subject) or lookalike.could_claim(text):
        return True  # a statement, or a look-alike's threat
    # order_signal needs an order number before it looks for a signal.
    if not (_ORDER_ID.search(subject) or _ORDER_ID.search(text)):
        return False
    # may_hint holds wherever a signal's words occur, so wherever could_signal
    # does: order_signal's pattern reading and its model reading both start here.
    return detect.may_hint(subject) or detect.may_hint(text)


def _one_space(text: str) -> str:
    """Every run of what normalise_text turns into a space or a line
    break becomes one space, which lets every pattern match at least where it
    matches in the normalised text."""
    if _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    return " ".join(text.split())
