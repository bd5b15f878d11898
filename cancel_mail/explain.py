"""How one message was judged, step by step: what ``cancel-mail explain`` shows.

It answers the questions a user asks before reporting a wrong cause: did the
cheap passes let the message through, which checks made it a notice or not,
which sentence states the cancellation and which gives the reason, how the
cause model scored every cause and on which words, and what the authenticity
check saw.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from . import api, causemodel, classify, detect, parse, sniff, triage
from .errors import MessageError
from .models import Authenticity, Notice, OrderSignal, ScanError


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Step(_Model):
    name: str
    passed: bool
    detail: str = ""


class CauseScore(_Model):
    cause: str  # a Cause value, or "none" (the sentence states no reason)
    probability: float
    words: list[str]  # the words of the sentence that pushed toward it, strongest first


class Explanation(_Model):
    source: str
    candidate: bool  # the cheap header and body sniff let it through
    triage: bool  # the second cheap pass found something worth a full parse
    steps: list[Step]  # detection's checks, in order, up to the first that failed
    statements: list[str]  # the sentences that state the cancellation
    language: str | None = None
    reason_sentence: str | None = None
    scores: list[CauseScore]  # the cause model on the reason sentence, most probable first
    outcome: str  # "notice", "order signal", "nothing" or "error"
    notice: Notice | None = None
    signal: OrderSignal | None = None
    error: str | None = None
    authenticity: Authenticity | None = None


def explain_message(data: bytes, source: str = "<message>") -> Explanation:
    """Every step of the pipeline on one raw message. The full parse runs even
    when a cheap pass would have skipped the message, so that the answer also
    shows what the fast path saves."""
    candidate = sniff.is_candidate(data)
    matters = triage.examine(data).matters
    try:
        msg = parse.parse_message(data)
    except MessageError as exc:
        return Explanation(
            source=source,
            candidate=candidate,
            triage=matters,
            steps=[],
            statements=[],
            scores=[],
            outcome="error",
            error=str(exc),
        )
    examination = detect.examine(msg)
    fields = examination.fields
    outcome = api.analyze_raw(source, data)
    notice = outcome if isinstance(outcome, Notice) else None
    reason = fields.reason_text if fields else notice.reason_text if notice else None
    language = fields.language if fields else notice.language if notice else None
    scores = [
        CauseScore(cause=e.label, probability=round(e.probability, 3), words=list(e.words))
        for e in (causemodel.explain(reason, language) if reason else [])
    ]
    return Explanation(
        source=source,
        candidate=candidate,
        triage=matters,
        steps=[Step(name=c.name, passed=c.passed, detail=c.detail) for c in examination.checks],
        statements=list(examination.statements),
        language=language,
        reason_sentence=reason,
        scores=scores,
        outcome=_outcome_name(outcome),
        notice=notice,
        signal=outcome if isinstance(outcome, OrderSignal) else None,
        error=outcome.error if isinstance(outcome, ScanError) else None,
        authenticity=notice.authenticity if notice else None,
    )


def _outcome_name(outcome: object) -> str:
    if isinstance(outcome, Notice):
        return "notice"
    if isinstance(outcome, OrderSignal):
        return "order signal"
    if isinstance(outcome, ScanError):
        return "error"
    return "nothing"


# How the confidence was reached (causemodel.calibration): what a reader is told.
ROUTE_WORDS = {
    "model": "the cause model on the reason sentence or the subject",
    "unknown": "no cause named",
    "sender": "the sender, Amazon's payment team",
    "customer": "the customer cancelled",
    "history": "an earlier mail about the same order",
}


def render_text(explanation: Explanation) -> str:
    """The explanation as a person reads it."""
    e = explanation
    yes = {True: "yes", False: "no"}
    lines = [
        f"{e.source}",
        f"  candidate (cheap sniff): {yes[e.candidate]}; worth a full parse (triage): "
        f"{yes[e.triage]}",
    ]
    if e.error:
        lines.append(f"  unreadable: {e.error}")
        return "\n".join(lines) + "\n"
    lines.append("  detection:")
    for step in e.steps:
        mark = "ok  " if step.passed else "FAIL"
        detail = f": {step.detail}" if step.detail else ""
        lines.append(f"    [{mark}] {step.name}{detail}")
    if e.statements:
        lines.append("  cancellation stated in:")
        lines.extend(f"    - {s}" for s in e.statements[:3])
    lines.append(f"  language: {e.language or '-'}")
    lines.append(f"  reason sentence: {e.reason_sentence or '(none found)'}")
    if e.scores:
        lines.append("  cause model on that sentence:")
        for s in e.scores:
            words = ", ".join(f'"{w}"' for w in s.words) or "-"
            lines.append(f"    {s.cause:<20} {s.probability:6.1%}   words: {words}")
    lines.append(f"  outcome: {e.outcome}")
    if e.notice:
        n = e.notice
        route = classify.route_of(n.cause, n.evidence)
        lines.append(
            f"    cause: {n.cause.value} at {n.confidence:.2f} "
            f"(calibrated confidence, route: {ROUTE_WORDS[route]})"
        )
        if n.evidence:
            lines.append(f"    evidence: {'; '.join(n.evidence)}")
    if e.signal:
        lines.append(
            f"    order signal: {e.signal.cause.value} for {', '.join(e.signal.order_ids)}"
        )
    if e.authenticity:
        lines.append(f"  authenticity: {e.authenticity.verdict.value}")
        lines.extend(f"    - {r}" for r in e.authenticity.reasons)
    return "\n".join(lines) + "\n"
