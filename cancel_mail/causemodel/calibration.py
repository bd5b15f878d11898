"""From a notice's raw confidence to how often such a notice is right.

The sentence model's probabilities are calibrated on cross-validated corpus
sentences, one sentence at a time. A notice is more than one sentence: the
reason sentence has to be picked out of a whole mail first, and a sentence
picked for scoring highest is a little less sure than its score says. So the
confidence a notice reports is mapped once more, per route by which its cause
was reached, on development mail whose misses have been read (the spent blind
batches of heldout/): a notice reported at confidence c was right about c of
the time there.

Routes:

- ``model``: the sentence model named the cause (reason text or subject); a
  logistic map of the raw probability's log-odds.
- ``unknown``: no cause was named; the raw value is one minus the strongest
  cause the model saw, mapped the same way.
- ``sender``, ``customer``, ``history``: a fixed rule decided; the share of
  such notices that were right (add-one smoothed).

training/calibrate.py fits ``calibration.json``, and records the SHA-256 of the
weights it was fitted for: a retrained model needs a refit (a test checks).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

Route = Literal["model", "unknown", "sender", "customer", "history"]
ROUTES: tuple[Route, ...] = ("model", "unknown", "sender", "customer", "history")
CALIBRATION_FILE = "calibration.json"
_EDGE = 1e-4


@dataclass(frozen=True)
class Calibration:
    weights_sha256: str
    logistic: dict[str, tuple[float, float]]  # route -> (slope, intercept) on log-odds
    constant: dict[str, float]  # route -> share right

    def apply(self, route: Route, raw: float) -> float:
        if route in self.constant:
            return self.constant[route]
        slope, intercept = self.logistic.get(route, (1.0, 0.0))
        z = slope * log_odds(raw) + intercept
        return 1.0 / (1.0 + math.exp(-z))


def log_odds(p: float) -> float:
    """The log-odds of ``p``, kept finite at 0 and 1 (the maps' input)."""
    p = min(1.0 - _EDGE, max(_EDGE, p))
    return math.log(p / (1.0 - p))


def parse(data: dict[str, object]) -> Calibration:
    logistic = data.get("logistic", {})
    constant = data.get("constant", {})
    if not isinstance(logistic, dict) or not isinstance(constant, dict):
        raise ValueError("calibration.json: 'logistic' and 'constant' must be objects")
    unknown = (set(logistic) | set(constant)) - set(ROUTES)
    if unknown:
        raise ValueError(f"calibration.json: unknown routes {sorted(unknown)}")
    return Calibration(
        weights_sha256=str(data.get("weights_sha256", "")),
        logistic={k: (float(v[0]), float(v[1])) for k, v in logistic.items()},
        constant={k: float(v) for k, v in constant.items()},
    )


@cache
def shipped() -> Calibration:
    text = resources.files(__package__).joinpath(CALIBRATION_FILE).read_text(encoding="utf-8")
    return parse(json.loads(text))


def calibrated(route: Route, raw: float) -> float:
    """How often a notice reached by ``route`` at raw confidence ``raw`` was right."""
    return shipped().apply(route, raw)
