"""The shipped weights, read once, and the arithmetic of a prediction.

Plain Python on purpose: inference must not need numpy or scikit-learn (those
are for training only). A sentence has a few hundred features and the weights
are a dict, so a prediction is a few hundred dict lookups and 6-wide sums.

The input vector is binary and L2-normalised: each distinct feature of the
sentence counts ``1/sqrt(n)``, where ``n`` counts all its distinct features,
known to the model or not. training/train.py builds its matrix the same way.

In weights.json each feature's row (one weight per label) is a string of
comma-separated numbers, parsed when a sentence first uses that feature: JSON
reads ten thousand short strings several times faster than ten thousand lists
of numbers, and a mail uses a few hundred of them.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

WEIGHTS_FILE = "weights.json"
FORMAT = 1


class WeightsError(ValueError):
    """The weights file does not have the shape this code reads."""


@dataclass(frozen=True)
class Weights:
    labels: tuple[str, ...]
    bias: tuple[float, ...]
    temperature: float
    corpus_sha256: str
    lang_sha256: str
    table: dict[str, str]
    _rows: dict[str, tuple[float, ...]] = field(default_factory=dict, repr=False, compare=False)

    def row(self, name: str) -> tuple[float, ...] | None:
        """One feature's weights, one per label; None for a feature the model lacks."""
        found = self._rows.get(name)
        if found is None:
            text = self.table.get(name)
            if text is None:
                return None
            found = tuple(float(v) for v in text.split(","))
            if len(found) != len(self.labels):
                raise WeightsError(f"weights: feature {name!r} has {len(found)} values")
            self._rows[name] = found
        return found

    def logits(self, names: tuple[str, ...]) -> list[float]:
        """Uncalibrated per-label scores of a sentence's distinct features."""
        out = list(self.bias)
        if not names:
            return out
        value = 1.0 / math.sqrt(len(names))
        width = len(out)
        for name in names:
            row = self.row(name)
            if row is not None:
                for i in range(width):
                    out[i] += row[i] * value
        return out

    def probabilities(self, logits: list[float]) -> list[float]:
        """Softmax of the logits divided by the calibration temperature."""
        scaled = [x / self.temperature for x in logits]
        top = max(scaled)
        exps = [math.exp(x - top) for x in scaled]
        total = sum(exps)
        return [e / total for e in exps]

    def push(self, name: str, label: int) -> float:
        """How far one feature (at full strength) moves ``label`` against the
        average label: zero for a feature the model does not know."""
        row = self.row(name)
        if row is None:
            return 0.0
        return row[label] - sum(row) / len(row)


def parse(data: dict[str, Any]) -> Weights:
    if data.get("format") != FORMAT:
        raise WeightsError(f"weights format {data.get('format')!r}, expected {FORMAT}")
    labels = tuple(str(x) for x in data["labels"])
    table: dict[str, str] = data["features"]
    if len(data["bias"]) != len(labels):
        raise WeightsError("weights: the biases are not one per label")
    temperature = float(data["temperature"])
    if not temperature > 0:
        raise WeightsError("weights: the temperature must be positive")
    return Weights(
        labels=labels,
        bias=tuple(float(b) for b in data["bias"]),
        temperature=temperature,
        corpus_sha256=str(data["corpus_sha256"]),
        lang_sha256=str(data["lang_sha256"]),
        table=table,
    )


def load() -> Weights:
    """The weights shipped in this package."""
    text = resources.files(__package__).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return parse(json.loads(text))
