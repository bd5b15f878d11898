"""Detection precision/recall and cause accuracy per language, measured on the fixtures.

Run on demand (not collected by pytest):

    .venv/bin/python tests/accuracy_report.py [-v]

It scans fixtures/mail the way a user would (``scan_path``), compares with each
group's expected.json, and prints one row per language plus the time the sniff
and the full parse take per message. ``-v`` lists every disagreement.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from cancel_mail import scan_path
from cancel_mail.errors import MessageError
from cancel_mail.parse import parse_message
from cancel_mail.sniff import is_candidate

ROOT = Path(__file__).resolve().parent.parent
MAIL = ROOT / "fixtures" / "mail"


def load_expected() -> dict[str, dict[str, object]]:
    """source (as scan_path reports it) -> expectation."""
    out: dict[str, dict[str, object]] = {}
    for expected in sorted(MAIL.glob("*/expected.json")):
        group = expected.parent.name
        for key, value in json.loads(expected.read_text(encoding="utf-8")).items():
            out[f"fixtures/mail/{group}/{key}"] = {"group": group, **value}
    return out


def main(verbose: bool) -> None:
    import os

    os.chdir(ROOT)
    expected = load_expected()
    started = time.perf_counter()
    report = scan_path(["fixtures/mail"])
    took = time.perf_counter() - started
    found = {n.source: n for n in report.notices}
    errors = {e.source for e in report.errors}

    # "-" holds the mail that is no notice and was not reported as one.
    rows: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    problems: list[str] = []
    for source, exp in sorted(expected.items()):
        notice = found.get(source)
        # A false positive counts against the language it was reported in.
        lang = str(exp.get("language") or (notice.language if notice else None) or "-")
        row = rows[lang]
        total = rows["all"]
        if exp.get("error"):
            row["error_ok" if source in errors else "error_missed"] += 1
            if source not in errors:
                problems.append(f"{source}: expected an error")
            continue
        want = bool(exp.get("notice"))
        got = notice is not None
        outcome = "tp" if want and got else "fn" if want else "fp" if got else "tn"
        row[outcome] += 1
        total[outcome] += 1
        if want != got:
            problems.append(f"{source}: notice expected={want} got={got}")
        if want and got and exp.get("cause"):
            assert notice is not None
            ok = notice.cause.value == exp["cause"]
            row["cause_ok" if ok else "cause_bad"] += 1
            total["cause_ok" if ok else "cause_bad"] += 1
            if not ok:
                problems.append(
                    f"{source}: cause expected={exp['cause']} got={notice.cause.value} "
                    f"reason={notice.reason_text!r} evidence={notice.evidence}"
                )
    print(f"scan_path over fixtures/mail: {report.scanned} messages in {took:.2f} s")
    print(f"{'language':<10}{'precision':>10}{'recall':>8}{'cause acc':>11}{'files':>7}")
    for lang, row in sorted(rows.items(), key=lambda kv: (kv[0] == "all", kv[0])):
        tp, fp, fn = row["tp"], row["fp"], row["fn"]
        n = tp + fp + fn + row["tn"]
        prec = f"{tp / (tp + fp):.2f}" if tp + fp else "-"
        rec = f"{tp / (tp + fn):.2f}" if tp + fn else "-"
        judged = row["cause_ok"] + row["cause_bad"]
        acc = f"{row['cause_ok'] / judged:.2f}" if judged else "-"
        print(f"{lang:<10}{prec:>10}{rec:>8}{acc:>11}{n:>7}")
    _speed()
    if verbose:
        print("\n".join(problems) or "no disagreements")


def _speed() -> None:
    files = [p.read_bytes() for p in sorted(MAIL.rglob("*.eml"))]
    if not files:
        return
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):
        for data in files:
            is_candidate(data)
    sniff_us = (time.perf_counter() - started) / (rounds * len(files)) * 1e6
    started = time.perf_counter()
    for data in files:
        # An unreadable fixture still costs its time.
        with contextlib.suppress(MessageError):
            parse_message(data)
    parse_us = (time.perf_counter() - started) / len(files) * 1e6
    print(
        f"is_candidate: {sniff_us:.0f} us/message ({1e6 / sniff_us:.0f}/s); "
        f"parse_message: {parse_us:.0f} us/message ({1e6 / parse_us:.0f}/s); "
        f"{len(files)} .eml fixtures"
    )


if __name__ == "__main__":
    main("-v" in sys.argv)
