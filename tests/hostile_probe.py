"""Run one message through the library in a fresh process and say what it cost.

    python tests/hostile_probe.py FILE

Prints one JSON object: what sniff, parse and analyze_message made of the file,
and the peak memory growth of this process while they ran. A fresh process per
message, so one message's peak cannot hide behind another's. Anything other
than MessageError escaping the library is left to crash the process (exit 1
with a traceback), which is what the calling test looks for.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import cancel_mail
from cancel_mail import parse, sniff
from cancel_mail.errors import MessageError


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux reports KiB


def main(path: str) -> None:
    baseline = _peak_rss()  # after every import: the library's own fixed cost is excluded
    started = time.monotonic()
    data = Path(path).read_bytes()
    result: dict[str, object] = {"size": len(data), "candidate": sniff.is_candidate(data)}
    try:
        msg = parse.parse_message(data)
    except MessageError as exc:
        result["parse_error"] = str(exc)
    else:
        result["subject"] = msg.subject
        result["from_name"] = msg.from_name
        result["text"] = msg.text
        result["defects"] = msg.defects
    try:
        notice = cancel_mail.analyze_message(data, source=path)
    except MessageError as exc:
        result["analyze_error"] = str(exc)
    else:
        result["notice"] = notice.model_dump(mode="json") if notice is not None else None
    result["seconds"] = time.monotonic() - started
    result["rss_growth"] = _peak_rss() - baseline
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
