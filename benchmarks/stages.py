"""Where a one-process scan spends its CPU, stage by stage.

    .venv/bin/python benchmarks/stages.py benchmarks/out/mail-20000/eml

Runs the same steps as ``scan_path(jobs=1)`` (read, sniff, triage, then the full
analysis of what the triage keeps) with a clock around each, and prints
seconds, messages and milliseconds per message. The full analysis is split into
its parts: the MIME and HTML parse (mail-parser, bs4), detection, classification
and the notice (authenticity and actions). A profiler's view of the same run:

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/pyinstrument -m cancel_mail scan PATH --jobs 1 --format json -o /dev/null
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator

from cancel_mail import api, classify, detect, parse, sniff, triage
from cancel_mail.errors import MessageError
from cancel_mail.sources.files import RawMessage, iter_messages

STAGES = ("read", "sniff", "triage", "parse", "detect", "classify", "notice")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("path", help="a folder of .eml, an mbox or a Maildir")
    args = ap.parse_args()

    seconds = dict.fromkeys(STAGES, 0.0)
    counts = dict.fromkeys(STAGES, 0)

    def timed_messages() -> Iterator[RawMessage]:
        items = iter_messages([args.path])
        while True:
            start = time.perf_counter()
            item = next(items, None)
            seconds["read"] += time.perf_counter() - start
            if item is None:
                return
            if isinstance(item, RawMessage):
                counts["read"] += 1
                yield item

    def clock(stage: str, start: float) -> float:
        now = time.perf_counter()
        seconds[stage] += now - start
        counts[stage] += 1
        return now

    for item in timed_messages():
        t = time.perf_counter()
        candidate = sniff.is_candidate(item.stored)
        t = clock("sniff", t)
        if not candidate:
            continue
        data = item.data
        verdict = triage.examine(data)
        t = clock("triage", t)
        if not verdict.matters:
            continue
        try:
            msg = parse.parse_message(data, tree=verdict.tree)
        except MessageError:
            continue
        t = clock("parse", t)
        fields = detect.detect_notice(msg)
        if fields is None:
            detect.order_signal(msg, item.source)
        t = clock("detect", t)
        if fields is None:
            continue
        classification = classify.classify(msg, fields)
        t = clock("classify", t)
        api.make_notice(item.source, msg, fields, classification, raw=data)
        clock("notice", t)

    total = sum(seconds.values())
    print(f"Stages of a one-process scan of {args.path}")
    print("| stage | seconds | share | messages | ms per message |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for stage in STAGES:
        n = counts[stage]
        per = 1000 * seconds[stage] / n if n else 0.0
        print(
            f"| {stage} | {seconds[stage]:.2f} | {seconds[stage] / total:.0%} | {n:,} "
            f"| {per:.2f} |"
        )
    print(f"| total | {total:.2f} | 100% |  |  |")


if __name__ == "__main__":
    main()
