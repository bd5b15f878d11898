#!/usr/bin/env python3
"""Copy the writers' corpus files into training/corpus/, keeping only what may be trained on.

    .venv/bin/python training/import_corpus.py /work/staging/corpus

Each ``<lang>.tsv`` is checked (one tab, a known label), and its lines that are
whole sentences found in the fixtures' mail are left out, each one reported.
Duplicates stay in the file; read_corpus counts them once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.corpus import FOLDER, copied_from_fixtures, key, read_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path)
    args = parser.parse_args(argv)
    examples, paths = read_corpus(args.source)
    banned = {(e.language, key(e.text)) for e in copied_from_fixtures(examples)}
    for path in paths:
        language = path.stem.split("-")[0]
        kept = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            label, text = (part.strip() for part in line.split("\t"))
            if (language, key(text)) in banned:
                print(f"{path.name}: left out (in the fixtures): {text}", file=sys.stderr)
                continue
            kept.append(f"{label}\t{text}\n")
        (FOLDER / path.name).write_text("".join(kept), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
