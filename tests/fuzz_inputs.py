"""Hypothesis strategies for hostile mail: arbitrary bytes, mail-shaped bytes, and
real messages mutated at random. Shared by the fast tests and the long opt-in run.
"""

from __future__ import annotations

import base64

from hostile_corpus import ROOT, generator
from hypothesis import strategies as st

MAIL_FIXTURES = ROOT / "fixtures" / "mail"


def fixture_messages() -> list[bytes]:
    """Every .eml below fixtures/mail, in path order (empty until they exist)."""
    if not MAIL_FIXTURES.is_dir():
        return []
    return [p.read_bytes() for p in sorted(MAIL_FIXTURES.rglob("*.eml")) if p.is_file()]


def inline_messages() -> list[bytes]:
    """The small cases of the hostile corpus: always available, whatever else exists."""
    return [case.build() for case in generator().cases() if case.build and not case.large]


def seed_messages() -> list[bytes]:
    return fixture_messages() + inline_messages()


# Fragments that steer a mutation towards the parser's interesting paths.
TOKENS: tuple[bytes, ...] = (
    b"\r\n",
    b"\n",
    b"\r\n\r\n",
    b"\x00",
    b"\xff\xfe",
    b"\xe2\x80",
    b"--",
    b"=\r\n",
    b"=?",
    b"?=",
    b"=?utf-8?B?",
    b"=?iso-2022-jp?B?GyRC?=",
    b"=?x-bogus?Q?=FF?=",
    b"\x1b$B",
    b"\x1b(B",
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n',
    b"Content-Type: message/rfc822\r\n\r\n",
    b"Content-Type: text/html; charset=x-unknown\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"Content-Transfer-Encoding: quoted-printable\r\n",
    b"Content-Disposition: attachment; filename*=utf-8''%FF%FE\r\n",
    b"Date: Mon, 31 Feb 99999 25:61:61 +9999\r\n",
    b"From: =?utf-8?Q?=00=1b?= <@>\r\n",
    b"Subject: Fwd: Your Amazon.com order #112-0000000-0000000 has been canceled\r\n",
    b"---------- Forwarded message ---------\r\nFrom: auto-confirm@amazon.com\r\n",
    b"<div>" * 64,
    b"</table>" * 16,
    b'<a href="javascript:x">',
    b'<meta charset="x-bogus">',
    b"&#xFFFFFFFF;&#0;&nbsp;",
    b"\xef\xbb\xbf",
)

HEADER_NAMES = (
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "Reply-To",
    "Return-Path",
    "MIME-Version",
    "Content-Type",
    "Content-Transfer-Encoding",
    "Content-Disposition",
    "Authentication-Results",
    "DKIM-Signature",
    "Received",
    "X-Amazon-Mail-Relay-Type",
)


def _mutate(data: bytearray, draw: st.DrawFn) -> None:
    """Apply one random edit to ``data`` in place."""
    size = len(data)
    op = draw(st.integers(0, 7))
    at = draw(st.integers(0, size)) if size else 0
    if op == 0 and size:  # flip one byte
        pos = min(at, size - 1)
        data[pos] = draw(st.integers(0, 255))
    elif op == 1:  # delete a slice
        end = min(size, at + draw(st.integers(1, 512)))
        del data[at:end]
    elif op == 2:  # insert arbitrary bytes
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    elif op == 3:  # insert a fragment the parser cares about
        data[at:at] = draw(st.sampled_from(TOKENS))
    elif op == 4:  # truncate
        del data[at:]
    elif op == 5 and size:  # duplicate a slice somewhere else
        end = min(size, at + draw(st.integers(1, 2048)))
        chunk = bytes(data[at:end])
        where = draw(st.integers(0, len(data)))
        data[where:where] = chunk
    elif op == 6:  # repeat a fragment many times (nesting, long lines)
        token = draw(st.sampled_from(TOKENS))
        data[at:at] = token * draw(st.integers(2, 400))
    else:  # swap line endings from here on
        tail = bytes(data[at:])
        swapped = tail.replace(b"\r\n", b"\n") if b"\r\n" in tail else tail.replace(b"\n", b"\r\n")
        data[at:] = swapped


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """One seed message with one to eight random edits."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 8))):
        _mutate(data, draw)
    return bytes(data)


_HEADER_VALUE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "auto-confirm@amazon.com",
            '"Amazon.com" <auto-confirm@amazon.com>',
            "Your Amazon.com order #112-1234567-1234567 has been canceled",
            'multipart/alternative; boundary="x"',
            "text/html; charset=iso-2022-jp",
            "base64",
            "dkim=pass header.d=amazon.com; spf=fail",
        ]
    ),
)


@st.composite
def mail_shaped(draw: st.DrawFn) -> bytes:
    """A header block of known and random names, then a body: gets past the
    'is this mail at all' checks that stop most random bytes."""
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        name = draw(st.one_of(st.sampled_from(HEADER_NAMES), st.text(min_size=1, max_size=20)))
        lines.append(f"{name}: {draw(_HEADER_VALUE)}")
    head = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    body = draw(
        st.one_of(
            st.binary(max_size=2048),
            st.text(max_size=2048).map(lambda t: t.encode("utf-8", "surrogatepass")),
            st.binary(max_size=1024).map(base64.encodebytes),
        )
    )
    return head + draw(st.sampled_from([b"\r\n\r\n", b"\n\n", b"\r\n", b""])) + body


def all_inputs(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    """Every kind of input, for the long run."""
    return st.one_of(st.binary(max_size=8192), mail_shaped(), mutated(seeds))
