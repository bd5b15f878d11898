#!/usr/bin/env python3
"""Measure the authenticity verdicts on every fixture group (run on demand, not by pytest).

    .venv/bin/python tests/authenticity_rates.py

For each group of fixtures/mail/ it runs the whole pipeline
(``cancel_mail.analyze_message``) on each file that expected.json calls a notice
and counts the verdicts. It prints:

- per group: notices, detected, genuine / unverified / suspicious;
- the catch rate on imitations, the groups phishing and lookalike (suspicious
  among their notices, undetected counted as missed: a notice that is not
  found is not flagged either);
- the false alarm rate on everything else (suspicious among genuine notices);
- the mail that must stay silent (not a notice) but was reported;
- the files behind every miss and false alarm, with the reasons.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cancel_mail  # noqa: E402
from cancel_mail.errors import MessageError  # noqa: E402

MAIL = ROOT / "fixtures" / "mail"
IMITATIONS = ("phishing", "lookalike")


def main() -> int:
    rows = []
    misses: list[str] = []
    alarms: list[str] = []
    loud: list[str] = []
    silent_total = 0
    caught = phishing_total = alarms_total = genuine_total = 0
    for expected_file in sorted(MAIL.glob("*/expected.json")):
        group = expected_file.parent.name
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        counts: Counter[str] = Counter()
        for name, entry in sorted(expected.items()):
            path = expected_file.parent / name
            try:
                notice = cancel_mail.analyze_message(path.read_bytes(), source=str(path))
            except MessageError:
                notice = None
            if not entry.get("notice"):
                silent_total += 1
                if notice is not None:
                    loud.append(f"{group}/{name}: {notice.authenticity.verdict.value}")
                continue
            counts["notices"] += 1
            verdict = notice.authenticity.verdict.value if notice else "not detected"
            counts[verdict] += 1
            reasons = "; ".join(notice.authenticity.reasons) if notice else ""
            if group in IMITATIONS:
                phishing_total += 1
                if verdict == "suspicious":
                    caught += 1
                else:
                    misses.append(f"{group}/{name}: {verdict} ({reasons})")
            else:
                genuine_total += 1
                if verdict == "suspicious":
                    alarms_total += 1
                    alarms.append(f"{group}/{name}: {reasons}")
        rows.append((group, counts))

    print(f"{'group':<18}{'notices':>8}{'found':>7}{'genuine':>9}{'unverif.':>9}{'suspic.':>9}")
    for group, c in rows:
        found = c["notices"] - c["not detected"]
        print(
            f"{group:<18}{c['notices']:>8}{found:>7}{c['genuine']:>9}"
            f"{c['unverified']:>9}{c['suspicious']:>9}"
        )
    if phishing_total:
        print(
            f"\nimitation catch rate (phishing, lookalike): {caught}/{phishing_total} = "
            f"{caught / phishing_total:.1%}"
        )
    if genuine_total:
        print(
            f"false alarm rate on genuine notices: {alarms_total}/{genuine_total} = "
            f"{alarms_total / genuine_total:.1%}"
        )
    print(f"reported though not a notice: {len(loud)}/{silent_total}")
    for line in loud:
        print("reported:", line)
    for line in misses:
        print("missed:", line)
    for line in alarms:
        print("false alarm:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
