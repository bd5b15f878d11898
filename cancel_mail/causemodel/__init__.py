"""The sentence-level cause model: which cause, if any, one sentence states.

A multinomial logistic regression over the features of ``features.py``, trained
by training/train.py from the labelled sentences in training/corpus/ and
calibrated on cross-validated predictions, so that a label given probability
``p`` is right about ``p`` of the time. Its weights ship in this package as
``weights.json`` and are read on first use, not at ``import cancel_mail``.

Labels: the five causes of ``models.Cause`` other than ``unknown``, and
``none`` for a sentence that states no reason (a notice whose sentences are
all ``none`` has an unknown cause).

    >>> from cancel_mail import causemodel
    >>> causemodel.score("Your card was declined.", "en").label
    'payment_issue'

The model reads one sentence at a time: score each sentence of a notice's
reason text. The sentence whose best label is a cause with the highest
probability gives the notice its cause, that probability its confidence and
``evidence`` its words; when every sentence is ``none``, the cause is unknown.
The probabilities are calibrated on cross-validated predictions (figures in
training/README.md), so they can be compared with thresholds as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

from . import evidence as _evidence
from . import features as _features
from .model import Weights, WeightsError, load

__all__ = [
    "LABELS",
    "NONE",
    "LabelExplanation",
    "SentenceScore",
    "WeightsError",
    "corpus_sha256",
    "evidence",
    "explain",
    "score",
]

NONE = "none"
LABELS: tuple[str, ...] = (
    "inventory_shortage",
    "payment_issue",
    "technical_issue",
    "fraud_prevention",
    "customer_request",
    NONE,
)


@dataclass(frozen=True)
class SentenceScore:
    """Calibrated probabilities of one sentence, and the most probable label."""

    probabilities: Mapping[str, float]
    label: str
    probability: float


@dataclass(frozen=True)
class LabelExplanation:
    """One label's share of a prediction: for an ``explain`` command."""

    label: str
    probability: float
    logit: float  # before calibration
    words: tuple[str, ...]  # the words that pushed toward this label, strongest first


@cache
def _weights() -> Weights:
    weights = load()
    if weights.labels != LABELS:
        raise WeightsError(f"weights.json labels {weights.labels} are not {LABELS}")
    return weights


@lru_cache(maxsize=512)
def score(text: str, language: str | None = None) -> SentenceScore:
    """The calibrated label probabilities of one sentence.

    ``language`` is a code of ``cancel_mail.lang`` (its negations, clause breaks
    and stopwords are used); ``None`` uses every language's. Remembered for the
    last sentences asked about: a notice's reason sentence is read when it is
    picked, when who cancelled is decided, and when it is classified.
    """
    weights = _weights()
    probs = weights.probabilities(weights.logits(_features.features(text, language)))
    best = max(range(len(probs)), key=lambda i: (probs[i], -i))
    return SentenceScore(
        probabilities=MappingProxyType(dict(zip(weights.labels, probs, strict=True))),
        label=weights.labels[best],
        probability=probs[best],
    )


def evidence(text: str, language: str | None, label: str, k: int = 3) -> list[str]:
    """Up to ``k`` words or short phrases of ``text`` that pushed most toward
    ``label``, strongest first, exactly as written in the text."""
    weights = _weights()
    if label not in weights.labels:
        raise ValueError(f"unknown label {label!r}: one of {', '.join(weights.labels)}")
    index = weights.labels.index(label)
    pushes = _evidence.pushes(text, _features.extract(text, language), weights, index)
    return _evidence.phrases(text, pushes, k)


def explain(text: str, language: str | None = None, k: int = 3) -> list[LabelExplanation]:
    """Every label's probability, raw score and strongest words, most probable first."""
    weights = _weights()
    feats = _features.extract(text, language)
    logits = weights.logits(tuple(sorted({f.name for f in feats})))
    probs = weights.probabilities(logits)
    out = [
        LabelExplanation(
            label=label,
            probability=probs[i],
            logit=logits[i],
            words=tuple(_evidence.phrases(text, _evidence.pushes(text, feats, weights, i), k)),
        )
        for i, label in enumerate(weights.labels)
    ]
    return sorted(out, key=lambda e: -e.probability)


def corpus_sha256() -> str:
    """The SHA-256 of the corpus the shipped weights were trained on."""
    return _weights().corpus_sha256
