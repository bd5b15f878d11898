"""The fixture corpus itself: complete, consistent with its expectations, up to date.

These tests check fixtures/, not the parser: every .eml has exactly one
expectation, the expectations are well formed and cover every cause in every
language, what an expectation promises (order ids, items, reason text) is really
in the mail when decoded with the standard library, and README.md and the
generated files match what fixtures/make_fixtures.py writes.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import subprocess
import sys
from collections import defaultdict
from email.message import EmailMessage, Message
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
MAIL = FIXTURES / "mail"

OWN_GROUPS = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "ja",
    "nl",
    "pt",
    "pl",
    "sv",
    "tr",
    "ar",
    "forwarded",
    "threads",
    "encodings",
    "not-cancellation",
    "malformed",
)
LANGUAGE_GROUPS = ("en", "de", "fr", "es", "it", "ja", "nl", "pt", "pl", "sv", "tr", "ar")
# Issue 11's languages: every group holds a forward, a near-miss and a look-alike
# too, and its causes wait for the retrained cause model.
NEW_LANGUAGE_GROUPS = ("nl", "pt", "pl", "sv", "tr", "ar")
CAUSES = {
    "inventory_shortage",
    "payment_issue",
    "technical_issue",
    "fraud_prevention",
    "customer_request",
    "unknown",
}
LANGUAGES = {"en", "de", "fr", "es", "it", "ja", "nl", "pt", "pl", "sv", "tr", "ar"}
MARKETPLACES = {
    "amazon.com",
    "amazon.co.uk",
    "amazon.ca",
    "amazon.in",
    "amazon.com.au",
    "amazon.de",
    "amazon.fr",
    "amazon.es",
    "amazon.it",
    "amazon.co.jp",
    "amazon.nl",
    "amazon.com.br",
    "amazon.pl",
    "amazon.se",
    "amazon.com.tr",
    "amazon.ae",
    "amazon.sa",
    "amazon.eg",
}
VERDICTS = {"genuine", "unverified", "suspicious"}
ORDER_ID = re.compile(r"^(?:\d{3}|D01)-\d{7}-\d{7}$")
NOTICE_KEYS = {
    "exercises",
    "notice",
    "cause",
    "cause_pending_model",
    "language",
    "marketplace",
    "order_ids",
    "items",
    "reason_contains",
    "needs_history",
    "verdict",
    "error",
}
REQUIRED_NOTICE_KEYS = {"exercises", "notice", "cause", "language", "marketplace", "order_ids"}
# Charset labels that are often put on bytes of another charset by mistake.
WEAK_LABELS = {"", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "x-unknown"}


def _load_expectations() -> dict[str, dict[str, Any]]:
    """'group/name' -> expectation, for every group that has an expected.json."""
    out: dict[str, dict[str, Any]] = {}
    for exp_file in sorted(MAIL.glob("*/expected.json")):
        group = exp_file.parent.name
        for name, exp in json.loads(exp_file.read_text(encoding="utf-8")).items():
            out[f"{group}/{name}"] = exp
    return out


EXPECTED = _load_expectations()
OWN = {k: v for k, v in EXPECTED.items() if k.split("/", 1)[0] in OWN_GROUPS}
OWN_NOTICES = {k: v for k, v in OWN.items() if v.get("notice")}


def _eml_files() -> list[str]:
    return sorted(p.relative_to(MAIL).as_posix() for p in MAIL.rglob("*.eml"))


# --- decoding with the standard library, independent of cancel_mail -----------------


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title", "script"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "script") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    label = (part.get_content_charset() or "").lower()
    tries = ["utf-8", "cp1252"] if label in WEAK_LABELS else [label, "utf-8", "cp1252"]
    for charset in tries:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def decoded_text(data: bytes) -> str:
    """Subject and every text part (HTML as text), whitespace normalised."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        maintype = part.get_content_maintype()
        if maintype == "multipart" and isinstance(part.get_payload(), str):
            # A multipart without a usable boundary: the body is one raw string.
            chunks.append(str(part.get_payload()))
        elif maintype == "text":
            text = _part_text(part)
            if part.get_content_subtype() == "html":
                parser = _TextOfHtml()
                parser.feed(text)
                text = " ".join(parser.parts)
            chunks.append(text)
    return " ".join(" ".join(chunks).split())


def _normal(s: str) -> str:
    return " ".join(s.split())


_TEXT_CACHE: dict[str, str] = {}


def text_of(rel: str) -> str:
    if rel not in _TEXT_CACHE:
        _TEXT_CACHE[rel] = decoded_text((MAIL / rel).read_bytes())
    return _TEXT_CACHE[rel]


# --- the listing -------------------------------------------------------------------


def test_every_eml_is_listed_in_exactly_its_groups_expected_json() -> None:
    files = set(_eml_files())
    listed = set(EXPECTED)
    assert sorted(files - listed) == [], "fixtures without an expectation"
    assert sorted(listed - files) == [], "expectations without a fixture"


def test_every_group_has_an_expected_json() -> None:
    groups = {rel.split("/", 1)[0] for rel in _eml_files()}
    missing = sorted(g for g in groups if not (MAIL / g / "expected.json").is_file())
    assert missing == []


def test_corpus_size_and_group_sizes() -> None:
    per_group: defaultdict[str, int] = defaultdict(int)
    for key in OWN:
        per_group[key.split("/", 1)[0]] += 1
    assert len(OWN) >= 90
    assert per_group["not-cancellation"] >= 20
    assert all(per_group[g] > 0 for g in OWN_GROUPS), dict(per_group)


def test_own_fixtures_stay_small() -> None:
    # Large hostile input has its own home (fixtures/hostile); these must stay cheap
    # to scan in every test run.
    big = [k for k in OWN if (MAIL / k).stat().st_size > 64 * 1024]
    assert big == []


# --- each expectation --------------------------------------------------------------


# Only our groups: phishing/ and authentic/ are checked by their own author's tests.
@pytest.mark.parametrize("key", sorted(OWN), ids=sorted(OWN))
def test_expectation_is_well_formed(key: str) -> None:
    exp = OWN[key]
    assert set(exp) <= NOTICE_KEYS, set(exp) - NOTICE_KEYS
    assert isinstance(exp["exercises"], str) and exp["exercises"].strip()
    assert "\n" not in exp["exercises"]
    assert isinstance(exp["notice"], bool)
    if exp.get("error"):
        assert exp["notice"] is False
    if not exp["notice"]:
        assert set(exp) <= {"exercises", "notice", "error"}
        return
    assert set(exp) >= REQUIRED_NOTICE_KEYS
    assert exp["cause"] in CAUSES
    assert exp["language"] in LANGUAGES
    assert exp["marketplace"] in MARKETPLACES
    assert exp["order_ids"], "a notice names at least one order"
    assert all(ORDER_ID.match(o) for o in exp["order_ids"]), exp["order_ids"]
    assert exp.get("verdict", "unverified") in VERDICTS
    assert exp.get("needs_history", True) is True
    # Every language is in the cause model's corpus: every cause is checked.
    assert exp.get("cause_pending_model", False) is False
    assert all(isinstance(i, str) and i for i in exp.get("items", []))


@pytest.mark.parametrize("key", sorted(OWN_NOTICES), ids=sorted(OWN_NOTICES))
def test_what_the_expectation_promises_is_in_the_mail(key: str) -> None:
    exp = OWN_NOTICES[key]
    text = text_of(key)
    for order in exp["order_ids"]:
        assert order in text
    for item in exp.get("items", []):
        assert _normal(item) in text, item
    if "reason_contains" in exp:
        assert _normal(exp["reason_contains"]) in text


@pytest.mark.parametrize(
    "key",
    sorted(k for k, v in OWN_NOTICES.items() if v.get("verdict") == "genuine"),
)
def test_genuine_verdicts_carry_aligned_authentication(key: str) -> None:
    msg = email.message_from_bytes((MAIL / key).read_bytes(), policy=email.policy.default)
    sender_domain = str(msg["From"]).rsplit("@", 1)[1].rstrip(">")
    results = str(msg["Authentication-Results"])
    assert f"dkim=pass header.d={sender_domain}" in results
    assert f"dmarc=pass (p=QUARANTINE) header.from={sender_domain}" in results
    assert f"d={sender_domain};" in str(msg["DKIM-Signature"])


@pytest.mark.parametrize(
    "key",
    sorted(
        k
        for k, v in OWN_NOTICES.items()
        if v.get("verdict") == "unverified" and not k.startswith("forwarded/")
    ),
)
def test_unverified_verdicts_carry_no_authentication_results(key: str) -> None:
    msg = email.message_from_bytes((MAIL / key).read_bytes(), policy=email.policy.default)
    assert msg["Authentication-Results"] is None


# --- coverage ----------------------------------------------------------------------


def test_every_cause_in_every_language() -> None:
    seen = {(v["cause"], v["language"]) for v in OWN_NOTICES.values()}
    missing = sorted((c, lang) for c in CAUSES for lang in LANGUAGES if (c, lang) not in seen)
    assert missing == []


def test_every_cause_in_every_language_group() -> None:
    seen = {
        (v["cause"], k.split("/", 1)[0])
        for k, v in OWN_NOTICES.items()
        if k.split("/", 1)[0] in LANGUAGE_GROUPS
    }
    missing = sorted((c, g) for c in CAUSES for g in LANGUAGE_GROUPS if (c, g) not in seen)
    assert missing == []


@pytest.mark.parametrize("group", NEW_LANGUAGE_GROUPS)
def test_new_language_groups_hold_a_forward_a_near_miss_and_a_look_alike(group: str) -> None:
    names = {k.split("/", 1)[1]: v for k, v in OWN.items() if k.startswith(f"{group}/")}
    forwards = [v for n, v in names.items() if n.startswith("forwarded-")]
    assert forwards and all(v["notice"] for v in forwards)
    assert any(not v["notice"] for n, v in names.items() if n.startswith("near-miss-"))
    assert any(
        v["notice"] and v.get("verdict") == "suspicious"
        for n, v in names.items()
        if n.startswith("lookalike-")
    )


def test_legacy_charsets_are_represented() -> None:
    labels = set()
    for key in OWN:
        msg = email.message_from_bytes((MAIL / key).read_bytes())
        labels |= {(p.get_content_charset() or "").lower() for p in msg.walk()}
    assert {"iso-8859-2", "iso-8859-9", "windows-1256"} <= labels


def test_every_marketplace_has_a_notice() -> None:
    seen = {v["marketplace"] for v in OWN_NOTICES.values()}
    assert sorted(MARKETPLACES - seen) == []


def test_both_outcomes_of_malformed_input_are_represented() -> None:
    malformed = {k: v for k, v in OWN.items() if k.startswith("malformed/")}
    assert any(v.get("error") for v in malformed.values())
    assert any(v["notice"] for v in malformed.values())
    assert any(not v["notice"] and not v.get("error") for v in malformed.values())


# --- order ids and threads ---------------------------------------------------------


def _thread_dir(key: str) -> str | None:
    parts = key.split("/")
    return "/".join(parts[:2]) if parts[0] == "threads" and len(parts) == 3 else None


def test_order_ids_are_not_shared_outside_a_thread() -> None:
    """The scan joins earlier mail to a notice by order id, so a notice's order id
    may appear elsewhere only inside its own thread folder."""
    files = [rel for rel in _eml_files() if not EXPECTED.get(rel, {}).get("error")]
    clashes: list[str] = []
    for key, exp in OWN_NOTICES.items():
        for order in exp["order_ids"]:
            for rel in files:
                if rel == key or (_thread_dir(key) and _thread_dir(rel) == _thread_dir(key)):
                    continue
                if order in text_of(rel):
                    clashes.append(f"{order}: {key} and {rel}")
    assert clashes == []


def _date(rel: str) -> Any:
    msg = email.message_from_bytes((MAIL / rel).read_bytes(), policy=email.policy.default)
    return msg["Date"].datetime


@pytest.mark.parametrize("key", sorted(k for k, v in OWN_NOTICES.items() if v.get("needs_history")))
def test_history_notices_state_no_reason_but_an_earlier_mail_does(key: str) -> None:
    exp = OWN_NOTICES[key]
    assert "reason_contains" not in exp
    thread = _thread_dir(key)
    assert thread is not None, "needs_history only makes sense inside a thread"
    earlier = [
        rel
        for rel in _eml_files()
        if _thread_dir(rel) == thread
        and rel != key
        and not EXPECTED[rel]["notice"]
        and any(o in text_of(rel) for o in exp["order_ids"])
        and _date(rel) < _date(key)
    ]
    assert earlier, "no earlier mail about the same order in the thread"


def test_thread_notices_without_history_state_their_own_reason_or_stay_unknown() -> None:
    for key, exp in OWN_NOTICES.items():
        if _thread_dir(key) and not exp.get("needs_history"):
            assert "reason_contains" in exp or exp["cause"] == "unknown", key


def test_a_thread_whose_earlier_mail_is_about_another_order_stays_unknown() -> None:
    found = []
    for key, exp in OWN_NOTICES.items():
        thread = _thread_dir(key)
        if thread is None or exp.get("needs_history"):
            continue
        siblings = [r for r in _eml_files() if _thread_dir(r) == thread and r != key]
        if siblings and not any(o in text_of(r) for r in siblings for o in exp["order_ids"]):
            found.append(key)
            assert exp["cause"] == "unknown"
    assert found


# --- generated files are up to date ------------------------------------------------


def test_generated_files_and_readme_match_the_generator() -> None:
    result = subprocess.run(
        [sys.executable, str(FIXTURES / "make_fixtures.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_readme_lists_every_fixture() -> None:
    readme = (FIXTURES / "README.md").read_text(encoding="utf-8")
    missing = [k for k in EXPECTED if f"| `{k.split('/', 1)[1]}` |" not in readme]
    assert missing == []
