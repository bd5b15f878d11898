"""What the cause model costs before its first answer: ``import cancel_mail``, and
the first ``causemodel.score`` call, which reads weights.json (on first use, not
at import).

    .venv/bin/python benchmarks/load_time.py --runs 7

Every run is a fresh interpreter, so nothing is cached in the process (the page
cache is warm after the first). Prints the median and the range of the runs, and
what ``python -X importtime -c "import cancel_mail"`` says the import costs and
which modules spend most of it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

_SNIPPET = r"""
import json, sys, time
t0 = time.perf_counter()
import cancel_mail
t1 = time.perf_counter()
eager = "cancel_mail.causemodel" in sys.modules
from cancel_mail import causemodel
t2 = time.perf_counter()
causemodel.score("We had to cancel your order because your card was declined.", "en")
t3 = time.perf_counter()
causemodel.score("Leider ist der Artikel nicht mehr vorrätig.", "de")
t4 = time.perf_counter()
print(json.dumps({"import cancel_mail": t1 - t0, "import causemodel": t2 - t1,
                  "first score()": t3 - t2, "second score()": t4 - t3, "eager": eager}))
"""

STEPS = ("import cancel_mail", "import causemodel", "first score()", "second score()")


def importtime(top: int) -> tuple[float, list[tuple[float, str]]]:
    """Seconds of ``import cancel_mail`` by -X importtime, and the modules that
    spend most of it in their own code (self time, not counting their imports)."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", "import cancel_mail"],
                          capture_output=True, text=True, check=True)
    total = 0.0
    own: list[tuple[float, str]] = []
    # Lines read "import time: self [us] | cumulative | name".
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        self_us = int(parts[0].rpartition(":")[2])
        name = parts[2].strip()
        own.append((self_us / 1e6, name))
        if name == "cancel_mail":
            total = int(parts[1]) / 1e6
    return total, sorted(own, reverse=True)[:top]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    runs = []
    for _ in range(args.runs):
        out = subprocess.run([sys.executable, "-c", _SNIPPET], capture_output=True, text=True,
                             check=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    print(f"{args.runs} fresh interpreters; milliseconds, median (min-max):\n")
    print("| step | median | range |")
    print("| --- | ---: | ---: |")
    for step in STEPS:
        values = [1000 * r[step] for r in runs]
        print(f"| {step} | {statistics.median(values):.1f} | "
              f"{min(values):.1f}-{max(values):.1f} |")
    eager = {r["eager"] for r in runs}
    print(f"\n`import cancel_mail` imports the cause model: {'yes' if True in eager else 'no'}")
    total, own = importtime(8)
    print(f"\n-X importtime: import cancel_mail {1000 * total:.0f} ms in all; the modules "
          "with the most time in their own code:")
    for seconds, name in own:
        print(f"- {name}: {1000 * seconds:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
