"""Figures on a blind held-out batch: detection, cause, calibration, look-alikes.

    .venv/bin/python heldout/evaluate.py heldout/batch-a [-v] [--json FILE]

A batch is a folder with ``mail/`` (.eml files written blind: by someone who saw
only the cause definitions, never the rules, the model or the training corpus)
and ``labels.json`` (one object per file: kind notice | non_notice | lookalike,
language, cause, states_reason). The folder is scanned as a user would scan it
(``scan_path``, so earlier mail about the same order counts), then compared.
``-v`` lists every disagreement: reading them spends the batch (heldout/README.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from cancel_mail import marketplaces, scan_path
from cancel_mail.models import Cause, Notice, Verdict

NAMED = {c.value for c in Cause} - {Cause.UNKNOWN.value}
BINS = 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("batch", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    figures, misses = evaluate(args.batch)
    print(render(figures))
    if args.verbose:
        print("\n## Disagreements\n")
        print("\n".join(misses) or "none")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    return 0


def evaluate(batch: Path) -> tuple[dict[str, object], list[str]]:
    labels = json.loads((batch / "labels.json").read_text(encoding="utf-8"))
    mail = batch / "mail"
    report = scan_path([str(mail)])
    found: dict[str, Notice] = {Path(n.source).name: n for n in report.notices}
    misses: list[str] = [f"error {e.source}: {e.error}" for e in report.errors]

    detect = Counter[str]()
    per_lang: dict[str, Counter[str]] = defaultdict(Counter)
    per_cause: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    calib: list[tuple[float, bool]] = []
    for label in labels:
        name, kind = label["file"], label["kind"]
        notice = found.get(name)
        if kind == "non_notice":
            detect["non_notices"] += 1
            if notice is not None:
                detect["false_positives"] += 1
                misses.append(f"{name}: non-notice reported ({label.get('note', '')})")
            continue
        if kind == "lookalike":
            detect["lookalikes"] += 1
            if notice is None:
                misses.append(f"{name}: look-alike not reported ({label.get('note', '')})")
            elif notice.authenticity.verdict is Verdict.SUSPICIOUS:
                detect["lookalikes_suspicious"] += 1
            else:
                misses.append(f"{name}: look-alike rated {notice.authenticity.verdict.value}")
            continue
        lang, want = label["language"], label["cause"]
        detect["notices"] += 1
        per_lang[lang]["notices"] += 1
        per_cause[want]["notices"] += 1
        if notice is None:
            misses.append(f"{name} [{lang}] {want}: not detected ({label.get('note', '')})")
            confusion[want]["(missed)"] += 1
            continue
        detect["found"] += 1
        if label.get("marketplace"):
            detect["marketplace_labelled"] += 1
            # A domain that leads to a marketplace (amazon.at to amazon.de) names it.
            row = marketplaces.of_domain(label["marketplace"])
            if notice.marketplace == (row.domain if row else label["marketplace"]):
                detect["marketplace_right"] += 1
            else:
                misses.append(
                    f"{name} [{lang}]: marketplace {notice.marketplace}, "
                    f"want {label['marketplace']}"
                )
        if notice.authenticity.verdict is Verdict.SUSPICIOUS:
            detect["genuine_suspicious"] += 1
            misses.append(f"{name} [{lang}]: genuine notice rated suspicious")
        got = notice.cause.value
        right = got == want
        confusion[want][got] += 1
        calib.append((notice.confidence, right))
        for row in (per_lang[lang], per_cause[want]):
            row["found"] += 1
            row["right"] += right
        if got in NAMED:
            detect["named"] += 1
            detect["named_right"] += right
        if not label.get("states_reason", True) and "earlier" not in str(label.get("note", "")):
            detect["no_reason"] += 1
            detect["no_reason_unknown"] += got == Cause.UNKNOWN.value
        if not right:
            misses.append(
                f"{name} [{lang}] want {want}, got {got} at {notice.confidence:.2f}; "
                f"reason: {notice.reason_text!r}; evidence {notice.evidence}"
            )
    figures: dict[str, object] = {
        "counts": dict(detect),
        "per_language": {k: dict(v) for k, v in sorted(per_lang.items())},
        "per_cause": {k: dict(v) for k, v in sorted(per_cause.items())},
        "confusion": {k: dict(v) for k, v in sorted(confusion.items())},
        "reliability": reliability(calib),
        "ece": ece(calib),
    }
    return figures, misses


def reliability(calib: list[tuple[float, bool]]) -> list[dict[str, float]]:
    rows = []
    for b in range(BINS):
        lo, hi = b / BINS, (b + 1) / BINS
        inside = [(c, r) for c, r in calib if lo <= c < hi or (b == BINS - 1 and c == 1.0)]
        if inside:
            rows.append(
                {
                    "bin": f"{lo:.1f}-{hi:.1f}",
                    "n": len(inside),
                    "mean_confidence": round(sum(c for c, _ in inside) / len(inside), 3),
                    "accuracy": round(sum(r for _, r in inside) / len(inside), 3),
                }
            )
    return rows


def ece(calib: list[tuple[float, bool]]) -> float | None:
    if not calib:
        return None
    total = 0.0
    for row in reliability(calib):
        total += row["n"] / len(calib) * abs(row["mean_confidence"] - row["accuracy"])
    return round(total, 4)


def _ratio(a: object, b: object) -> str:
    a, b = int(a or 0), int(b or 0)  # type: ignore[call-overload]
    return f"{a}/{b} = {a / b:.3f}" if b else "n/a"


def render(f: dict[str, object]) -> str:
    c: dict[str, int] = f["counts"]  # type: ignore[assignment]
    lines = [
        "| figure | value |",
        "| --- | --- |",
        f"| detection recall | {_ratio(c.get('found'), c.get('notices'))} |",
        f"| false positives among non-notices | {c.get('false_positives', 0)}"
        f"/{c.get('non_notices', 0)} |",
        f"| cause accuracy (of all notices) | "
        f"{_ratio(sum(v.get('right', 0) for v in f['per_cause'].values()), c.get('notices'))} |",  # type: ignore[attr-defined]
        f"| named cause right | {_ratio(c.get('named_right'), c.get('named'))} |",
        f"| no reason -> unknown | {_ratio(c.get('no_reason_unknown'), c.get('no_reason'))} |",
        f"| expected calibration error | {f['ece']} |",
        f"| look-alikes rated suspicious | "
        f"{_ratio(c.get('lookalikes_suspicious'), c.get('lookalikes'))} |",
        f"| genuine notices rated suspicious | {c.get('genuine_suspicious', 0)} |",
        f"| marketplace named right | "
        f"{_ratio(c.get('marketplace_right'), c.get('marketplace_labelled'))} |",
        "",
        "| language | notices | found | cause right | accuracy |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for lang, row in f["per_language"].items():  # type: ignore[attr-defined]
        lines.append(
            f"| {lang} | {row.get('notices', 0)} | {row.get('found', 0)} | {row.get('right', 0)} "
            f"| {row.get('right', 0) / row['notices']:.3f} |"
        )
    lines += ["", "| cause | notices | cause right | accuracy |", "| --- | ---: | ---: | ---: |"]
    for cause, row in f["per_cause"].items():  # type: ignore[attr-defined]
        lines.append(
            f"| {cause} | {row.get('notices', 0)} | {row.get('right', 0)} "
            f"| {row.get('right', 0) / row['notices']:.3f} |"
        )
    causes = [c.value for c in Cause]
    lines += ["", "confusion (rows: true cause, columns: reported)", ""]
    lines.append("| true \\ got | " + " | ".join([*causes, "(missed)"]) + " |")
    lines.append("| --- |" + " ---: |" * (len(causes) + 1))
    for want, row in f["confusion"].items():  # type: ignore[attr-defined]
        lines.append(
            f"| {want} | " + " | ".join(str(row.get(g, 0)) for g in [*causes, "(missed)"]) + " |"
        )
    lines += ["", "| confidence bin | n | mean confidence | accuracy |"]
    lines.append("| --- | ---: | ---: | ---: |")
    for row in f["reliability"]:  # type: ignore[attr-defined]
        lines.append(
            f"| {row['bin']} | {row['n']} | {row['mean_confidence']} | {row['accuracy']} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
