#!/usr/bin/env python3
"""Fit the notice-level calibration (cancel_mail/causemodel/calibration.json).

    .venv/bin/python training/calibrate.py heldout/batch-a heldout/batch-b ...

Only **spent** batches may be named here (heldout/README.md): fitting on a
batch reads its answers, so a batch used here can never again give a blind
figure. The batches are scanned as a user would scan them; every notice found
gives (route, raw confidence, right or not):

1. with the identity map, the ``model`` route's log-odds map is fitted
   (a one-feature logistic regression);
2. with that map installed, the mail is scanned again (which notices end up
   ``unknown`` depends on it) and the ``unknown`` route's map and the fixed
   routes' shares are fitted.

Deterministic: the same weights and batches give the same file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cancel_mail import classify, scan_path  # noqa: E402
from cancel_mail.causemodel import calibration  # noqa: E402
from cancel_mail.causemodel.calibration import Calibration, Route  # noqa: E402

PACKAGE = ROOT / "cancel_mail" / "causemodel"
OUT = PACKAGE / calibration.CALIBRATION_FILE
# A fitted slope is kept between these: a steeper map would claim more than a
# few hundred notices can show.
SLOPE = (0.0, 1.5)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", type=Path, nargs="+")
    args = parser.parse_args(argv)
    batches = sorted(args.batches)
    weights_sha = hashlib.sha256((PACKAGE / "weights.json").read_bytes()).hexdigest()

    identity = Calibration(weights_sha256=weights_sha, logistic={}, constant={})
    first = _observe(batches, identity)
    model = _fit_logistic(first["model"])
    second_map = Calibration(weights_sha256=weights_sha, logistic={"model": model}, constant={})
    second = _observe(batches, second_map)
    logistic = {"model": model, "unknown": _fit_logistic(second["unknown"])}
    constant = {
        route: round((sum(r for _, r in second[route]) + 1) / (len(second[route]) + 2), 4)
        for route in ("sender", "customer", "history")
    }
    data = {
        "fitted_on": [str(b.relative_to(ROOT)) if b.is_absolute() else str(b) for b in batches],
        "notices": {route: len(second[route]) for route in calibration.ROUTES},
        "weights_sha256": weights_sha,
        "logistic": {k: [round(v[0], 4), round(v[1], 4)] for k, v in sorted(logistic.items())},
        "constant": dict(sorted(constant.items())),
    }
    OUT.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(data, indent=1, sort_keys=True))
    return 0


def _observe(
    batches: list[Path], installed: Calibration
) -> dict[str, list[tuple[float, bool]]]:
    calibration.shipped = lambda: installed  # type: ignore[method-assign]
    seen: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for batch in batches:
        labels = json.loads((batch / "labels.json").read_text(encoding="utf-8"))
        report = scan_path(batch / "mail")
        found = {Path(n.source).name: n for n in report.notices}
        for label in labels:
            notice = found.get(label["file"])
            if label["kind"] != "notice" or notice is None:
                continue
            route: Route = classify.route_of(notice.cause, notice.evidence)
            seen[route].append((notice.confidence, notice.cause.value == label["cause"]))
    return seen


def _fit_logistic(points: list[tuple[float, bool]]) -> tuple[float, float]:
    """Slope and intercept on log-odds minimising the log loss: every slope of a
    grid within ``SLOPE``, the best intercept for each (Newton's method in one
    variable). A grid, not a free fit: a few hundred notices, most of them right
    at a raw confidence near 1, cannot pin a steep map down."""
    if not points:
        return (1.0, 0.0)
    xs = [calibration.log_odds(p) for p, _ in points]
    ys = [1.0 if r else 0.0 for _, r in points]
    best: tuple[float, float, float] | None = None
    steps = round((SLOPE[1] - SLOPE[0]) / 0.05)
    for i in range(steps + 1):
        a = SLOPE[0] + 0.05 * i
        b = 0.0
        for _ in range(50):
            g = h = 0.0
            for x, y in zip(xs, ys, strict=True):
                q = _sigmoid(a * x + b)
                g += q - y
                h += q * (1.0 - q)
            step = g / max(h, 1e-9)
            b -= step
            if abs(step) < 1e-10:
                break
        loss = -sum(
            math.log(max(1e-12, q if y else 1.0 - q))
            for x, y in zip(xs, ys, strict=True)
            for q in (_sigmoid(a * x + b),)
        )
        if best is None or loss < best[0] - 1e-12:
            best = (loss, a, b)
    assert best is not None
    return (best[1], best[2])


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


if __name__ == "__main__":
    sys.exit(main())
