#!/usr/bin/env python3
"""Train, calibrate and write the cause model (cancel_mail/causemodel/weights.json).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python training/train.py            # write the shipped weights
    .venv/bin/python training/train.py --report   # and print the cross-validated figures

Deterministic: sorted inputs, fixed seeds, one BLAS thread, weights rounded to
four decimals. The same corpus gives the same file byte for byte (a test checks).
See training/README.md.
"""

from __future__ import annotations

import os

# One thread: the same sums in the same order every run, and the build machine
# is shared. Must be set before numpy loads its BLAS.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import sys  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cancel_mail.causemodel import LABELS  # noqa: E402
from cancel_mail.causemodel.features import features, lang_sha256  # noqa: E402
from cancel_mail.causemodel.model import FORMAT  # noqa: E402
from training.corpus import CorpusError, Example, corpus_sha256, read_corpus  # noqa: E402

OUTPUT = ROOT / "cancel_mail" / "causemodel" / "weights.json"

# Inverse L2 strength, chosen with --search (cross-validated log loss and accuracy).
C = 50.0
FOLDS = 5
SEED = 0
# After centring, weights smaller than this are dropped: they change no
# prediction and would make the file (and its loading) several times larger.
PRUNE = 0.1
DECIMALS = 4
MIN_DF = 4
BINS = 10


def vectors(examples: list[Example]) -> list[dict[str, float]]:
    # Binary and L2-normalised over all of a sentence's features, exactly as
    # model.Weights.logits reads a sentence; then only the features seen in at
    # least MIN_DF sentences become columns (a feature of one sentence cannot
    # generalise, and the rest would only slow the fit).
    named = [features(ex.text, ex.language) for ex in examples]
    df = Counter(name for names in named for name in names)
    out = []
    for names in named:
        value = 1.0 / math.sqrt(len(names)) if names else 0.0
        out.append({name: value for name in names if df[name] >= MIN_DF})
    return out


def _logistic(x: Any, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    model = LogisticRegression(C=c, max_iter=10000, tol=1e-5, random_state=SEED)
    model.fit(x, y)
    weights = model.coef_.T.copy()
    bias = model.intercept_.copy()
    # Softmax ignores a constant added to every label: centring puts each
    # feature's information in fewer, larger numbers, which prune better.
    weights -= weights.mean(axis=1, keepdims=True)
    bias -= bias.mean()
    return weights, bias


def fit(x: Any, y: np.ndarray, c: float) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features x labels) and biases, centred, pruned and rounded as shipped."""
    weights, bias = _logistic(x, y, c)
    weights[np.abs(weights) < PRUNE] = 0.0
    return np.round(weights, DECIMALS), np.round(bias, DECIMALS)


def out_of_fold(x: Any, y: np.ndarray, strata: list[str], c: float) -> np.ndarray:
    """Logits of each sentence from the model that did not see it."""
    logits = np.zeros((x.shape[0], len(LABELS)))
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train, test in folds.split(np.zeros(len(strata)), strata):
        weights, bias = fit(x[train], y[train], c)
        logits[test] = x[test] @ weights + bias
    return logits


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=1, keepdims=True)


def log_loss(logits: np.ndarray, y: np.ndarray, temperature: float) -> float:
    probs = softmax(logits / temperature)
    return float(-np.mean(np.log(np.clip(probs[np.arange(len(y)), y], 1e-12, None))))


def fit_temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The temperature that minimises the out-of-fold log loss (a grid: no
    optimiser state, so the same answer on every machine)."""
    grid = [round(0.05 * 1.01**i, DECIMALS) for i in range(600)]
    return min(grid, key=lambda t: (log_loss(logits, y, t), t))


def reliability(
    probs: np.ndarray, y: np.ndarray
) -> tuple[list[tuple[str, int, float, float]], float]:
    """Per bin of top probability: count, mean confidence, accuracy; and the ECE."""
    top = probs.max(axis=1)
    right = probs.argmax(axis=1) == y
    rows = []
    ece = 0.0
    for b in range(BINS):
        low, high = b / BINS, (b + 1) / BINS
        inside = (top > low) & (top <= high) if b else (top >= low) & (top <= high)
        n = int(inside.sum())
        if n:
            confidence, accuracy = float(top[inside].mean()), float(right[inside].mean())
            ece += n / len(y) * abs(confidence - accuracy)
        else:
            confidence = accuracy = float("nan")
        rows.append((f"{low:.1f}-{high:.1f}", n, confidence, accuracy))
    return rows, ece


def ece_of(probs: np.ndarray, y: np.ndarray) -> float:
    return reliability(probs, y)[1]


def report(examples: list[Example], y: np.ndarray, logits: np.ndarray, temperature: float) -> None:
    probs = softmax(logits / temperature)
    guess = probs.argmax(axis=1)
    right = guess == y
    print(f"{FOLDS}-fold cross-validated, {len(y)} sentences, C={C}, temperature={temperature}")
    print(f"accuracy {right.mean():.3f}")
    print("\nper language")
    for language in sorted({e.language for e in examples}):
        mask = np.array([e.language == language for e in examples])
        print(f"  {language}  {right[mask].mean():.3f}  (n={int(mask.sum())})")
    print("\nper label      precision recall  f1     n")
    for i, label in enumerate(LABELS):
        tp = int(((guess == i) & (y == i)).sum())
        precision = tp / max(int((guess == i).sum()), 1)
        recall = tp / max(int((y == i).sum()), 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-12)
        print(f"  {label:<19}{precision:.3f}  {recall:.3f}  {f1:.3f}  {int((y == i).sum())}")
    short = [label[:6] for label in LABELS]
    print("\nconfusion (rows: true, columns: predicted)")
    print("          " + " ".join(f"{s:>6}" for s in short))
    for i, s in enumerate(short):
        counts = [int(((y == i) & (guess == j)).sum()) for j in range(len(LABELS))]
        print(f"  {s:<8}" + " ".join(f"{n:>6}" for n in counts))
    rows, ece = reliability(probs, y)
    print("\nreliability (top probability, calibrated)\n  bin      n     conf   acc")
    for name, n, confidence, accuracy in rows:
        print(f"  {name}  {n:>4}   {confidence:.3f}  {accuracy:.3f}")
    raw, calibrated = log_loss(logits, y, 1.0), log_loss(logits, y, temperature)
    print(f"\nlog loss  raw {raw:.4f}  calibrated {calibrated:.4f}")
    print(f"ECE       raw {ece_of(softmax(logits), y):.4f}  calibrated {ece:.4f}")


def errors(examples: list[Example], y: np.ndarray, logits: np.ndarray, temperature: float) -> None:
    probs = softmax(logits / temperature)
    for i in np.flatnonzero(probs.argmax(axis=1) != y):
        ex = examples[i]
        guess = LABELS[int(probs[i].argmax())]
        print(f"{ex.language}\t{ex.label}\t->{guess} {probs[i].max():.2f}\t{ex.text}")


def weights_document(
    names: list[str], weights: np.ndarray, bias: np.ndarray, temperature: float, digest: str
) -> str:
    table = {}
    for name, row in zip(names, weights, strict=True):
        if np.any(row):
            table[name] = ",".join(str(_number(v)) for v in row)
    document = {
        "format": FORMAT,
        "labels": list(LABELS),
        "bias": [_number(v) for v in bias],
        "temperature": temperature,
        "corpus_sha256": digest,
        "lang_sha256": lang_sha256(),
        "training": {"C": C, "folds": FOLDS, "prune": PRUNE, "seed": SEED},
        "features": table,
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def _number(value: float) -> float | int:
    rounded = round(float(value), DECIMALS)
    return 0 if rounded == 0 else rounded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "training" / "corpus")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--report", action="store_true", help="print cross-validated figures")
    parser.add_argument("--errors", action="store_true", help="print the sentences CV gets wrong")
    parser.add_argument("--search", action="store_true", help="cross-validate a grid of C")
    args = parser.parse_args(argv)

    try:
        examples, paths = read_corpus(args.corpus)
    except CorpusError as exc:
        print(f"train.py: corpus error:\n{exc}", file=sys.stderr)
        return 2
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(vectors(examples)).tocsr()
    y = np.array([LABELS.index(e.label) for e in examples])
    strata = [f"{e.language}/{e.label}" for e in examples]

    if args.search:
        for c in (2.0, 5.0, 10.0, 20.0, 50.0, 100.0):
            logits = out_of_fold(x, y, strata, c)
            t = fit_temperature(logits, y)
            accuracy = float((logits.argmax(axis=1) == y).mean())
            print(f"C={c:<6} accuracy {accuracy:.3f}  log loss {log_loss(logits, y, t):.4f}  T={t}")
        return 0

    logits = out_of_fold(x, y, strata, C)
    temperature = fit_temperature(logits, y)
    if args.report:
        report(examples, y, logits, temperature)
    if args.errors:
        errors(examples, y, logits, temperature)
    weights, bias = fit(x, y, C)
    names = list(vectorizer.get_feature_names_out())
    document = weights_document(names, weights, bias, temperature, corpus_sha256(paths))
    args.output.write_text(document, encoding="utf-8")
    kept = sum(1 for row in weights if np.any(row))
    print(
        f"wrote {args.output} ({len(document.encode()) // 1024} KiB, {kept} features)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
