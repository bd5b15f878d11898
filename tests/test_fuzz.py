"""Property tests: no input makes the parser or classifier raise anything but MessageError.

The default suite runs a fast profile (a couple of hundred cases per test). The
long run is opt-in, for at least 100,000 cases:

    CANCEL_MAIL_FUZZ_EXAMPLES=100000 .venv/bin/pytest -m fuzz tests/test_fuzz.py -s

(``-m fuzz`` alone runs 100,000.) It does not stop at the first crash: it keeps
going, collects one smallest input per distinct crash site into
``$CANCEL_MAIL_FUZZ_FINDINGS`` (default: a temporary folder), prints the count
of cases run and the findings, and fails if there are any.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import traceback
from pathlib import Path

import pytest
from fuzz_inputs import (
    MAIL_FIXTURES,
    all_inputs,
    fixture_messages,
    inline_messages,
    mail_shaped,
    mutated,
    seed_messages,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cancel_mail
from cancel_mail import classify, detect, parse, sniff, triage
from cancel_mail.errors import MessageError
from cancel_mail.models import Cause, Link, NoticeFields, OrderSignal, ParsedMessage

SEEDS = seed_messages()
FAST = settings(
    max_examples=200,
    deadline=None,  # a first call pays for imports and regex compilation
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
LONG_DEFAULT = 100_000


def exercise(data: bytes) -> None:
    """Everything a scan does with one message's bytes. MessageError is the
    library's documented way of saying 'cannot read this'; anything else escapes
    as a test failure."""
    try:
        candidate = sniff.is_candidate(data)
    except MessageError:
        candidate = None
    assert candidate in (True, False, None)
    worth_parsing = triage.could_matter(data)
    try:
        msg = parse.parse_message(data)
    except MessageError:
        return
    fields = detect.detect_notice(msg)
    if fields is None:
        found = detect.order_signal(msg, "fuzz") is not None
    else:
        classify.classify(msg, fields)
        found = True
    # The triage may say "no" only where the full parse finds nothing.
    assert worth_parsing or not found, "triage turned away a message the full parse uses"
    with contextlib.suppress(MessageError):
        cancel_mail.analyze_message(data, source="fuzz")


def test_seeds_include_the_real_fixtures() -> None:
    """Once fixtures/mail holds messages the mutation tests must be using them,
    not silently falling back to the inline samples alone."""
    inline = inline_messages()
    assert len(inline) >= 20
    if MAIL_FIXTURES.is_dir() and any(MAIL_FIXTURES.rglob("*.eml")):
        assert fixture_messages(), "fixtures/mail has .eml files but none were loaded"
        assert len(SEEDS) == len(fixture_messages()) + len(inline)


@FAST
@given(st.binary(max_size=4096))
def test_arbitrary_bytes(data: bytes) -> None:
    exercise(data)


@FAST
@given(mail_shaped())
def test_mail_shaped_bytes(data: bytes) -> None:
    exercise(data)


@FAST
@given(mutated(SEEDS))
def test_mutated_real_messages(data: bytes) -> None:
    exercise(data)


_TEXT = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "We're sorry, but we had to cancel your order because the item is no longer available.",
            "Your payment method was declined. Order #112-1234567-1234567 has been canceled.",
            "Ihre Bestellung wurde storniert. Zahlungsmethode abgelehnt.",
            "ご注文はキャンセルされました。",
            "",
        ]
    ),
)
_PARSED = st.builds(
    ParsedMessage,
    subject=_TEXT,
    from_name=st.text(max_size=40),
    from_addr=st.sampled_from(["auto-confirm@amazon.com", "x@amaz0n.example", "", "@"]),
    text=_TEXT,
    html=st.one_of(st.just(""), _TEXT.map(lambda t: f"<p>{t}</p>")),
    links=st.lists(
        st.builds(Link, text=st.text(max_size=20), href=st.text(max_size=60)), max_size=3
    ),
    headers=st.dictionaries(
        st.sampled_from(["authentication-results", "dkim-signature", "x-amazon-mail-relay-type"]),
        st.lists(st.text(max_size=120), max_size=2),
        max_size=3,
    ),
    forwarded=st.booleans(),
)
_FIELDS = st.builds(
    NoticeFields,
    marketplace=st.one_of(st.none(), st.sampled_from(["amazon.com", "amazon.de", "amazon.co.jp"])),
    language=st.one_of(st.none(), st.sampled_from(["en", "de", "ja", "xx"])),
    order_ids=st.lists(st.text(max_size=20), max_size=3),
    items=st.lists(st.text(max_size=40), max_size=3),
    reason_text=st.one_of(st.none(), _TEXT),
)


@FAST
@given(_PARSED, _FIELDS)
def test_detect_and_classify_on_arbitrary_messages(
    msg: ParsedMessage, fields: NoticeFields
) -> None:
    detect.detect_notice(msg)
    detect.order_signal(msg, "fuzz")
    result = classify.classify(msg, fields)
    assert 0.0 <= result.confidence <= 1.0
    signal = OrderSignal(source="fuzz", cause=Cause.PAYMENT_ISSUE, phrase=msg.text[:40])
    classify.with_history(result, [signal])


# --- the long opt-in run -----------------------------------------------------


def _long_examples(config: pytest.Config) -> int:
    env = os.environ.get("CANCEL_MAIL_FUZZ_EXAMPLES")
    if env:
        return int(env)
    markexpr = str(config.getoption("markexpr") or "")
    if "fuzz" in markexpr and "not fuzz" not in markexpr:
        return LONG_DEFAULT
    return 0


@pytest.mark.fuzz
@pytest.mark.timeout(0)
def test_long_fuzz(request: pytest.FixtureRequest) -> None:
    examples = _long_examples(request.config)
    if not examples:
        pytest.skip("opt-in: -m fuzz or CANCEL_MAIL_FUZZ_EXAMPLES=N")
    out = Path(os.environ.get("CANCEL_MAIL_FUZZ_FINDINGS") or tempfile.mkdtemp(prefix="fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    ran = 0
    findings: dict[str, bytes] = {}

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(all_inputs(SEEDS))
    def run(data: bytes) -> None:
        nonlocal ran
        ran += 1
        try:
            exercise(data)
        except Exception as exc:  # a finding: recorded, the run goes on
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            if key not in findings or len(data) < len(findings[key]):
                findings[key] = data

    run()
    lines = [f"fuzz: {ran} cases run, {len(findings)} distinct crash sites"]
    for n, (key, data) in enumerate(sorted(findings.items())):
        path = out / f"finding-{n:02d}.eml"
        path.write_bytes(data)
        lines.append(f"  {key}: {path} ({len(data)} bytes)")
    print("\n".join(lines))
    (out / "summary.txt").write_text("\n".join(lines) + "\n")
    assert ran >= examples * 0.9, f"hypothesis stopped early: {ran} of {examples}"
    assert not findings, "\n".join(lines)
