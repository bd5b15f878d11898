"""The library's entry points: analyse one message, or scan saved mail.

Flow per message: sniff (cheap, headers and a peek) -> triage (cheap, decoded
text without a tree) -> parse -> detect -> classify + authenticity -> actions.
When detect finds no notice, lookalike asks whether the message claims a
cancellation in Amazon's name anyway; such a claim is reported only as
suspicious.
After the whole scan, notices that stated no reason are refined with earlier
mail about the same order (``classify.with_history``).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from email.message import Message
from multiprocessing.pool import AsyncResult
from typing import BinaryIO

from . import actions, authenticity, classify, detect, lookalike, parse, sniff, triage
from .errors import MessageError, UsageError
from .models import (
    Cause,
    Classification,
    Notice,
    NoticeFields,
    OrderSignal,
    ParsedMessage,
    Report,
    ScanError,
    Summary,
    Verdict,
)
from .sources.files import RawMessage, UnreadableSource, iter_messages

Progress = Callable[[int], None]
PathArg = str | os.PathLike[str]


def analyze_message(data: bytes, source: str = "<message>") -> Notice | None:
    """The notice in one raw message, or None when it is no cancellation notice.

    Raises MessageError when the message cannot be read at all. Earlier mail
    about the same order is not known here; ``scan_path`` uses it.
    """
    outcome = analyze_raw(source, data)
    if isinstance(outcome, ScanError):
        raise MessageError(outcome.error)
    return outcome if isinstance(outcome, Notice) else None


def scan_path(
    paths: PathArg | Iterable[PathArg],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
    stdin: BinaryIO | None = None,
) -> Report:
    """Scan .eml files, folders, mbox files and Maildirs; return the report.

    ``paths``: one path (a ``str`` or ``os.PathLike``) or an iterable of them;
    anything else is a ``TypeError``. ``jobs`` > 1 parses candidates in that
    many processes; the order of the report does not depend on it. A negative
    ``jobs`` is a ``UsageError`` (also a ``ValueError``).
    ``progress`` is called with the number of messages just examined.

    ``stdin``: a binary stream read for the path ``-`` (one message or an
    mbox); without it, ``-`` is a file of that name. Files in the folders that
    hold no mail are counted in ``report.skipped`` and logged at DEBUG level.
    """
    given = _path_list(paths)
    jobs = _job_count(jobs)
    scanned = 0
    skipped = 0

    def on_skip(source: str) -> None:
        nonlocal skipped
        skipped += 1

    # Errors come from two places: files that cannot be read (found here, as
    # the input is read) and messages that cannot be parsed (found by the
    # workers, which run behind the reading when jobs > 1). Each is filed
    # under its position in the input, so the report lists them in input
    # order whatever the number of jobs.
    position = 0
    errors_at: list[tuple[int, ScanError]] = []
    candidate_at: deque[int] = deque()
    notices: list[Notice] = []
    signals: list[OrderSignal] = []

    def candidates() -> Iterator[RawMessage]:
        nonlocal scanned, position
        for item in iter_messages(given, on_skip=on_skip, stdin=stdin):
            position += 1
            if isinstance(item, UnreadableSource):
                errors_at.append((position, ScanError(source=item.source, error=item.error)))
                continue
            scanned += 1
            if progress is not None:
                progress(1)
            # The bytes as stored: an mbox message's quoting is undone only
            # for candidates, in the worker (RawMessage.data).
            if sniff.is_candidate(item.stored):
                candidate_at.append(position)
                yield item

    for outcome in _map(candidates(), jobs):
        at = candidate_at.popleft()
        if isinstance(outcome, Notice):
            notices.append(outcome)
        elif isinstance(outcome, OrderSignal):
            signals.append(outcome)
        elif isinstance(outcome, ScanError):
            errors_at.append((at, outcome))

    errors = [error for _, error in sorted(errors_at, key=lambda pair: pair[0])]
    notices = [apply_history(n, signals) for n in notices]
    return build_report(notices, errors, scanned=scanned, skipped=skipped)


def _path_list(paths: object) -> list[str]:
    # A str is itself iterable: taken as a list of paths it would scan "/",
    # "." and every other character as a path of its own.
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    if not isinstance(paths, Iterable) or isinstance(paths, bytes | bytearray):
        raise TypeError(
            f"paths must be a path (str or os.PathLike) or an iterable of paths, "
            f"not {type(paths).__name__}"
        )
    out: list[str] = []
    for path in paths:
        name = os.fspath(path) if isinstance(path, str | os.PathLike) else None
        if not isinstance(name, str):
            raise TypeError(f"each path must be a str or os.PathLike, not {type(path).__name__}")
        out.append(name)
    return out


def _job_count(jobs: int) -> int:
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int, not {type(jobs).__name__}")
    if jobs < 0:
        raise UsageError(f"jobs must be 0 or more, not {jobs}")
    return jobs


def build_report(
    notices: list[Notice],
    errors: list[ScanError],
    *,
    scanned: int,
    junk_read: bool = False,
    skipped: int = 0,
) -> Report:
    """Assemble a report: the summary counts every notice but suspicious ones by cause.

    ``junk_read``: the notices come from IMAP folders that include the junk
    folder, so the general advice to look there is left out. ``skipped``: the
    number of files met that hold no mail.
    """
    by_cause = {cause: 0 for cause in Cause}
    suspicious = 0
    for notice in notices:
        if notice.authenticity.verdict is Verdict.SUSPICIOUS:
            suspicious += 1
        else:
            by_cause[notice.cause] += 1
    return Report(
        generated_at=datetime.now(UTC).replace(microsecond=0),
        scanned=scanned,
        errors=errors,
        summary=Summary(by_cause=by_cause, suspicious=suspicious),
        notices=notices,
        general_actions=actions.general_actions(junk_read=junk_read),
        attention=actions.attention(notices),
        skipped=skipped,
    )


# --- per message, and the worker pool -------------------------------------------

_Outcome = Notice | OrderSignal | ScanError | None


def _analyze_batch(batch: list[RawMessage]) -> list[_Outcome]:
    return [analyze_candidate(job.source, job.data) for job in batch]


# Candidates go to the workers in batches (fewer round trips: each costs a
# pickle, a pipe write and a wake-up), and only so many batches are in flight
# at once: Pool.imap would read the whole input ahead of the workers and hold
# every candidate's bytes in memory. A batch closes at _BATCH messages or
# _BATCH_BYTES, whichever comes first, so a run of large candidates does not
# pile up either.
_BATCH = 32
_BATCH_BYTES = 1024 * 1024
_IN_FLIGHT_PER_JOB = 4


def _map(items: Iterator[RawMessage], jobs: int) -> Iterator[_Outcome]:
    if jobs <= 1:
        for item in items:
            yield analyze_candidate(item.source, item.data)
        return
    # Only candidates travel to the workers: the sniff in this process has
    # already dropped the mail that cannot matter. Results come back in input
    # order, whatever order the workers finish in.
    # The platform's start method (spawn on macOS and Windows), or the one the
    # calling program chose: the workers need nothing inherited, only
    # importable functions and picklable batches.
    ctx = multiprocessing.get_context()
    with ctx.Pool(jobs) as pool:
        pending: deque[AsyncResult[list[_Outcome]]] = deque()
        batch: list[RawMessage] = []
        size = 0
        for item in items:
            batch.append(item)
            size += len(item.stored)
            if len(batch) < _BATCH and size < _BATCH_BYTES:
                continue
            pending.append(pool.apply_async(_analyze_batch, (batch,)))
            batch, size = [], 0
            if len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                yield from pending.popleft().get()
        if batch:
            pending.append(pool.apply_async(_analyze_batch, (batch,)))
        while pending:
            yield from pending.popleft().get()


def analyze_candidate(source: str, data: bytes) -> _Outcome:
    """``analyze_raw`` for a message the sniff passed, after the cheap triage:
    the same answer, without the full parse when triage proves it gives nothing."""
    verdict = triage.examine(data)
    if not verdict.matters:
        return None
    return analyze_raw(source, data, tree=verdict.tree)


def analyze_raw(source: str, data: bytes, *, tree: Message | None = None) -> _Outcome:
    """One message through the full pipeline, with no cheap pass in front: the
    answer the fast path (sniff, ``analyze_candidate``) must equal.

    Returns the notice, an order signal, the error that made the message
    unreadable, or None. ``tree``: the standard library's MIME tree of
    ``data``, if the caller has one (see triage).
    """
    try:
        msg = parse.parse_message(data, tree=tree)
    except MessageError as exc:
        return ScanError(source=source, error=str(exc))
    fields = detect.detect_notice(msg)
    if fields is not None:
        return make_notice(source, msg, fields, classify.classify(msg, fields), raw=data)
    claim = lookalike.find_claim(msg)
    if claim is not None:
        notice = make_notice(
            source, msg, claim.fields, classify.classify(msg, claim.fields), raw=data, claim=claim
        )
        # A claim that authenticity does not find suspicious is Amazon's own
        # mail, or cannot be told from it: detection has judged it to be no
        # cancellation, and a warning about it would be a false alarm.
        if notice.authenticity.verdict is Verdict.SUSPICIOUS:
            return notice
    return detect.order_signal(msg, source)


def make_notice(
    source: str,
    msg: ParsedMessage,
    fields: NoticeFields,
    classification: Classification,
    *,
    raw: bytes | None = None,
    claim: lookalike.Claim | None = None,
) -> Notice:
    # raw is read only when DKIM verification is switched on (CANCEL_MAIL_VERIFY_DKIM).
    if claim is None:
        verdict = authenticity.assess(msg, fields, raw=raw)
    else:
        verdict = authenticity.assess(
            msg, fields, raw=raw, content_flags=claim.flags, weak_signs=claim.signs
        )
        verdict = verdict.model_copy(
            update={"reasons": [lookalike.describe(claim), *verdict.reasons]}
        )
    return Notice(
        source=source,
        message_id=msg.message_id,
        date=msg.date,
        sender=msg.from_addr or None,
        subject=msg.subject,
        marketplace=fields.marketplace,
        language=fields.language,
        order_ids=fields.order_ids,
        items=fields.items,
        reason_text=fields.reason_text,
        cause=classification.cause,
        confidence=classification.confidence,
        evidence=classification.evidence,
        authenticity=verdict,
        actions=actions.actions_for(classification.cause, fields.marketplace, verdict.verdict),
    )


def apply_history(notice: Notice, signals: list[OrderSignal]) -> Notice:
    """``notice`` refined with earlier signals about the same order (see scan_path)."""
    if not signals or not notice.order_ids:
        return notice
    orders = set(notice.order_ids)
    earlier = [
        s
        for s in signals
        if orders.intersection(s.order_ids)
        and (notice.date is None or s.date is None or s.date <= notice.date)
    ]
    if not earlier:
        return notice
    earlier.sort(key=lambda s: (s.date is None, s.date or datetime.min.replace(tzinfo=UTC)))
    before = Classification(
        cause=notice.cause, confidence=notice.confidence, evidence=notice.evidence
    )
    after = classify.with_history(before, earlier)
    if after == before:
        return notice
    return notice.model_copy(
        update={
            "cause": after.cause,
            "confidence": after.confidence,
            "evidence": after.evidence,
            "actions": actions.actions_for(
                after.cause, notice.marketplace, notice.authenticity.verdict
            ),
        }
    )
