"""Which words of a sentence pushed it toward a label.

Features are grams and word pairs; a reader needs words. Each feature's share of
the label's score is handed to the words it was cut from, the best words are
joined with their selected neighbours into short phrases, and the phrases come
back as they are written in the text, never as a fragment like "incorrect pric".
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass

from .features import Feature, words
from .model import Weights

# A word must carry at least this share of the best word's push to be shown.
MIN_SHARE = 0.3
MAX_PHRASE_WORDS = 4
# Words of a phrase may be one short word apart ("out of stock").
MAX_GAP_CHARS = 5
_HIRAGANA = re.compile("[\u3040-\u309f]+")
_CLAUSE_PUNCT = re.compile(r"[.;:!?,。、，！？；：()（）「」]")


@dataclass(frozen=True)
class Push:
    """One word (a span of the original text) and how far it moved a label."""

    start: int
    end: int
    amount: float


def pushes(text: str, feats: list[Feature], weights: Weights, label: int) -> list[Push]:
    """Each word of ``text`` with the summed push of the features it carries."""
    spans = words(text)
    if not feats or not spans:
        return []
    value = 1.0 / math.sqrt(len({f.name for f in feats}))
    # A feature counts once in the model however often it occurs.
    seen = Counter(f.name for f in feats)
    starts = [s for s, _ in spans]  # in text order: words() yields them so
    by_start = {s: i for i, (s, _) in enumerate(spans)}
    by_end = {e: i for i, (_, e) in enumerate(spans)}
    score = [0.0] * len(spans)
    for f in feats:
        amount = weights.push(f.name, label) * value / seen[f.name]
        if amount == 0.0:
            continue
        if f.name.startswith("b:"):
            first, last = by_start.get(f.start), by_end.get(f.end)
            if first is not None and last is not None:
                score[first] += amount / 2
                score[last] += amount / 2
            continue
        overlaps = []
        i = max(bisect.bisect_right(starts, f.start) - 1, 0)
        while i < len(spans) and spans[i][0] < f.end:
            s, e = spans[i]
            if f.start < e:
                overlaps.append((i, min(e, f.end) - max(s, f.start)))
            i += 1
        total = sum(n for _, n in overlaps)
        for i, n in overlaps:
            score[i] += amount * n / total
    return [Push(s, e, a) for (s, e), a in zip(spans, score, strict=True)]


def phrases(text: str, word_pushes: list[Push], k: int) -> list[str]:
    """The ``k`` phrases of ``text`` that pushed most, strongest first."""
    best = max((p.amount for p in word_pushes), default=0.0)
    if best <= 0.0 or k <= 0:
        return []
    chosen = [p.amount > 0 and p.amount >= MIN_SHARE * best for p in word_pushes]
    groups: list[list[Push]] = []
    previous: Push | None = None
    for push, keep in zip(word_pushes, chosen, strict=True):
        if not keep:
            continue
        if (
            previous is not None
            and groups
            and len(groups[-1]) < MAX_PHRASE_WORDS
            and _joinable(text, previous.end, push.start)
        ):
            groups[-1].append(push)
        else:
            groups.append([push])
        previous = push
    # Hiragana alone is grammar ("されていました"): shown only beside the
    # kanji or katakana it belongs to.
    groups = [g for g in groups if not _HIRAGANA.fullmatch(text[g[0].start : g[-1].end])]
    ranked = sorted(groups, key=lambda g: (-sum(p.amount for p in g), g[0].start))
    out: list[str] = []
    for group in ranked:
        phrase = text[group[0].start : group[-1].end]
        if phrase not in out:
            out.append(phrase)
        if len(out) == k:
            break
    return out


def _joinable(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return (
        len(gap.strip()) <= MAX_GAP_CHARS
        and not _CLAUSE_PUNCT.search(gap)
        and (len(gap.split()) <= 1)
    )
