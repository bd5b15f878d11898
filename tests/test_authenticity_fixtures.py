"""The authenticity fixture groups: every file rated as its expected.json says.

phishing/ and authentic/ go two routes: parse + authenticity.assess (the verdict
alone, with the notice facts taken from expected.json), and the whole pipeline
through ``cancel_mail.analyze_message`` (detection included), which is what a
user runs. lookalike/ (cancellations claimed in Amazon's name that detection
turns down) and near-miss/ (mail that must stay silent) only make sense through
the whole pipeline. Every genuine notice of the other groups must not be
suspicious.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

import cancel_mail
from cancel_mail import authenticity, parse
from cancel_mail.models import NoticeFields

ROOT = Path(__file__).resolve().parents[1]
MAIL = ROOT / "fixtures" / "mail"
GROUPS = ("phishing", "authentic", "lookalike", "near-miss")
# Groups of genuine notices (language groups, forwards, encodings...): never suspicious.
GENUINE_GROUPS = ("authentic", "en", "de", "fr", "es", "it", "ja", "forwarded", "encodings")


def _load() -> list[tuple[str, Path, dict[str, Any]]]:
    cases = []
    for group in GROUPS:
        expected = json.loads((MAIL / group / "expected.json").read_text(encoding="utf-8"))
        for name, entry in sorted(expected.items()):
            cases.append((f"{group}/{name}", MAIL / group / name, entry))
    return cases


CASES = _load()
NOTICES = [c for c in CASES if c[2]["notice"] and not c[2].get("lookalike")]
LOOKALIKES = [c for c in CASES if c[0].startswith("lookalike/")]
NEAR_MISSES = [c for c in CASES if c[0].startswith("near-miss/")]


def _genuine() -> list[tuple[str, Path]]:
    out = []
    for group in GENUINE_GROUPS:
        expected = json.loads((MAIL / group / "expected.json").read_text(encoding="utf-8"))
        out.extend(
            (f"{group}/{name}", MAIL / group / name)
            for name, entry in sorted(expected.items())
            if entry.get("notice")
        )
    return out


GENUINE = _genuine()


def test_groups_are_big_enough_and_cover_the_languages() -> None:
    phishing = [c for c in NOTICES if c[0].startswith("phishing/")]
    authentic = [c for c in NOTICES if c[0].startswith("authentic/")]
    assert len(phishing) >= 30
    assert len(authentic) >= 20
    for group in (phishing, authentic):
        assert {c[2]["language"] for c in group} == {"en", "de", "fr", "es", "it", "ja"}
    assert all(c[2]["verdict"] == "suspicious" for c in phishing)
    verdicts = {c[2]["verdict"] for c in authentic}
    assert verdicts == {"genuine", "unverified"}
    assert len(LOOKALIKES) >= 40
    assert {c[2]["language"] for c in LOOKALIKES} == {"en", "de", "fr", "es", "it", "ja"}
    assert all(c[2]["notice"] and c[2]["verdict"] == "suspicious" for c in LOOKALIKES)
    # The shapes phishing takes: without an order number, with a malformed one.
    assert sum(not c[2]["order_ids"] for c in LOOKALIKES) >= 20
    assert len(NEAR_MISSES) >= 20
    assert not any(c[2]["notice"] for c in NEAR_MISSES)


def test_every_fixture_file_is_described() -> None:
    for group in GROUPS:
        files = {p.name for p in (MAIL / group).glob("*.eml")}
        described = set(json.loads((MAIL / group / "expected.json").read_text()).keys())
        assert files == described, group


def test_generator_output_is_up_to_date() -> None:
    script = ROOT / "fixtures" / "make_auth_fixtures.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(("path", "entry"), [c[1:] for c in NOTICES], ids=[c[0] for c in NOTICES])
def test_verdict_from_parsed_fixture(path: Path, entry: dict[str, Any]) -> None:
    msg = parse.parse_message(path.read_bytes())
    fields = NoticeFields(
        marketplace=entry["marketplace"], language=entry["language"], order_ids=entry["order_ids"]
    )
    result = authenticity.assess(msg, fields)
    assert result.verdict == entry["verdict"], result.reasons
    assert result.reasons  # every verdict says why


RATED = [c for c in CASES if c[0].split("/")[0] in ("phishing", "authentic")]


@pytest.mark.parametrize(("path", "entry"), [c[1:] for c in RATED], ids=[c[0] for c in RATED])
def test_pipeline_detects_and_rates_fixture(path: Path, entry: dict[str, Any]) -> None:
    notice = cancel_mail.analyze_message(path.read_bytes(), source=str(path))
    if not entry["notice"]:
        assert notice is None
        return
    assert notice is not None, "not detected as a cancellation notice"
    assert notice.authenticity.verdict == entry["verdict"], notice.authenticity.reasons
    if entry["verdict"] == "suspicious":
        # A suspicious notice must never send the reader to a domain from the mail.
        assert all(
            a.url is None or authenticity.is_amazon_domain(_host(a.url)) for a in notice.actions
        ), notice.actions


@pytest.mark.parametrize(
    ("path", "entry"), [c[1:] for c in LOOKALIKES], ids=[c[0] for c in LOOKALIKES]
)
def test_lookalike_is_reported_as_suspicious(path: Path, entry: dict[str, Any]) -> None:
    notice = cancel_mail.analyze_message(path.read_bytes(), source=str(path))
    assert notice is not None, "a cancellation claimed in Amazon's name must be reported"
    assert notice.authenticity.verdict == "suspicious", notice.authenticity.reasons
    # Besides what presents it as Amazon's, at least one thing that is wrong with it.
    flags = [r for r in notice.authenticity.reasons if not r.startswith("claims in Amazon")]
    assert flags, notice.authenticity.reasons
    assert notice.language == entry["language"]
    assert notice.order_ids == entry["order_ids"]
    assert all(a.url is None or authenticity.is_amazon_domain(_host(a.url)) for a in notice.actions)


@pytest.mark.parametrize(
    ("path", "entry"), [c[1:] for c in NEAR_MISSES], ids=[c[0] for c in NEAR_MISSES]
)
def test_near_miss_stays_silent(path: Path, entry: dict[str, Any]) -> None:
    notice = cancel_mail.analyze_message(path.read_bytes(), source=str(path))
    assert notice is None, (notice.subject, notice.authenticity.reasons) if notice else None


@pytest.mark.parametrize("path", [c[1] for c in GENUINE], ids=[c[0] for c in GENUINE])
def test_genuine_notice_is_never_suspicious(path: Path) -> None:
    notice = cancel_mail.analyze_message(path.read_bytes(), source=str(path))
    assert notice is not None
    assert notice.authenticity.verdict != "suspicious", notice.authenticity.reasons


def _host(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "mailto":
        return parts.path.rpartition("@")[2]
    return parts.hostname or ""
