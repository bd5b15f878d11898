"""The phishing and authentic fixture groups: every file rated as its expected.json says.

Two routes: parse + authenticity.assess (the verdict alone, with the notice facts
taken from expected.json), and the whole pipeline through
``cancel_mail.analyze_message`` (detection included), which is what a user runs.
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
GROUPS = ("phishing", "authentic")


def _load() -> list[tuple[str, Path, dict[str, Any]]]:
    cases = []
    for group in GROUPS:
        expected = json.loads((MAIL / group / "expected.json").read_text(encoding="utf-8"))
        for name, entry in sorted(expected.items()):
            cases.append((f"{group}/{name}", MAIL / group / name, entry))
    return cases


CASES = _load()
NOTICES = [c for c in CASES if c[2]["notice"]]


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


@pytest.mark.parametrize(("path", "entry"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
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


def _host(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "mailto":
        return parts.path.rpartition("@")[2]
    return parts.hostname or ""
