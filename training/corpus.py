"""The labelled sentences the cause model learns from: read, checked, deduplicated.

``training/corpus/<lang>.tsv`` and ``<lang>-<anything>.tsv`` hold lines
``label<TAB>sentence`` in language ``<lang>``. No numpy here: the tests read
the corpus through this module without the training extra's libraries.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path

from cancel_mail.causemodel import LABELS
from cancel_mail.causemodel.features import normalise

FOLDER = Path(__file__).resolve().parent / "corpus"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"


@dataclass(frozen=True)
class Example:
    language: str
    label: str
    text: str


class CorpusError(ValueError):
    """Lines of the corpus that cannot be used, one per line of the message."""


def key(text: str) -> str:
    """What makes two sentences the same: case, Unicode form and spacing do not."""
    return " ".join(normalise(text)[0].split())


def _lines(path: Path) -> list[tuple[int, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(n, line) for n, line in enumerate(lines, 1) if line.strip()]


def read_corpus(folder: Path = FOLDER) -> tuple[list[Example], list[Path]]:
    """Every labelled sentence under ``folder``, sorted, and the files read.

    A sentence that occurs twice with one label counts once (the first file in
    name order keeps it); with two different labels it is an error.
    """
    paths = sorted(folder.glob("*.tsv"))
    if not paths:
        raise CorpusError(f"no .tsv files in {folder}")
    kept: dict[tuple[str, str], tuple[Example, str]] = {}
    problems: list[str] = []
    for path in paths:
        language = path.stem.split("-")[0]
        for number, line in _lines(path):
            where = f"{path.name}:{number}"
            if line.count("\t") != 1:
                problems.append(f"{where}: expected one tab, found {line.count(chr(9))}")
                continue
            label, text = (part.strip() for part in line.split("\t"))
            if label not in LABELS:
                problems.append(f"{where}: unknown label {label!r}")
                continue
            if not text:
                problems.append(f"{where}: empty sentence")
                continue
            seen = kept.get((language, key(text)))
            if seen is None:
                kept[(language, key(text))] = (Example(language, label, text), where)
            elif seen[0].label != label:
                problems.append(f"{where}: {label} here, {seen[0].label} at {seen[1]}")
    if problems:
        raise CorpusError("\n".join(problems))
    examples = sorted((e for e, _ in kept.values()), key=lambda e: (e.language, e.label, e.text))
    return examples, paths


def corpus_sha256(paths: list[Path]) -> str:
    """One digest of the files' names and bytes, in name order."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: p.name):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _fixture_text(fixtures: Path) -> str:
    parts: list[str] = []
    for path in sorted(fixtures.rglob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        parts.append(str(msg.get("subject", "")))
        for part in msg.walk():
            if part.get_content_maintype() != "text":
                continue
            try:
                text = part.get_content()
            except (LookupError, ValueError):
                continue
            parts.append(html.unescape(re.sub(r"<[^>]+>", " ", text)))
    return "\n".join(key(p) for p in parts)


def is_sentence(example: Example) -> bool:
    """Longer than a reason label: short labels ("Out of stock", "在庫切れ") are
    the trade's vocabulary and may appear anywhere; sentences must be our own."""
    if example.language == "ja":
        return len(example.text) >= 10
    return len(example.text.split()) >= 4


def copied_from_fixtures(examples: list[Example], fixtures: Path = FIXTURES) -> list[Example]:
    """The corpus sentences that occur in the test mail of fixtures/: the model
    must not be trained on what the end-to-end tests check it with."""
    text = _fixture_text(fixtures)
    return [e for e in examples if is_sentence(e) and key(e.text) in text]
