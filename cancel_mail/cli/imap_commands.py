"""`cancel-mail poll | watch | report | check`: the IMAP side of the command line.

Each command is a thin wrapper over cancel_mail.polling; this module only parses
options, renders, writes and chooses exit codes.

poll exits 0 without doing anything (one line on stderr) when another poll
holds the state lock for more than a few seconds: the next cron run catches up.
"""

from __future__ import annotations

import argparse
import re
import signal
import sys
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..config import Config, load_config
from ..errors import OutputError
from ..models import Notice, Report
from ..notify import message
from ..polling import (
    FOLDER_INTERVAL,
    IDLE_RENEW,
    AccountFailure,
    PollResult,
    Watching,
    check,
    history,
    poll,
    watch,
)
from ..report import render
from .output import check_writable, choose_format, to_file, write_atomically

EXIT_OK, EXIT_FAILURE = 0, 1

# Formats that are one document each: a new report replaces the file. Text and
# Markdown reports are appended, so a cron job's file keeps every batch.
APPENDABLE = ("text", "markdown")


def add_parsers(sub: Any, output_options: Callable[..., None]) -> None:
    """Register poll, watch, report and check on the subparsers ``sub``."""
    config_help = (
        "configuration file (default: $CANCEL_MAIL_CONFIG, else ~/.config/cancel-mail/config.toml)"
    )

    p = sub.add_parser(
        "poll",
        help="one read-only pass over the IMAP folders; report new notices (for cron)",
        description="Read new mail in every account's folders (inbox and junk), report "
        "notices new since the last poll, and stay quiet when there are none. "
        "Text and Markdown reports are appended to -o FILE; other formats replace it. "
        "When another poll holds the state lock for more than 5 seconds, it exits 0 "
        "with a one-line message and does nothing: the next run catches up.",
    )
    p.add_argument("--config", metavar="FILE", help=config_help)
    output_options(p)
    _format_help(p)
    p.add_argument(
        "--full",
        action="store_true",
        help="read every folder again from the start and report every notice found, "
        "also those reported before (the history is kept)",
    )
    p.set_defaults(handler=run_poll)

    p = sub.add_parser(
        "watch",
        help="stay connected (IMAP IDLE) and report new notices within seconds",
        description="IDLE on the inbox, read the other folders (junk) every --interval "
        "seconds, reconnect when dropped. SIGINT or SIGTERM stop it. It says on stderr "
        "what it watches and when it stops. On a terminal, without --format or -o, each "
        "new notice is shown as a short block; otherwise as a report, like poll.",
    )
    p.add_argument("--config", metavar="FILE", help=config_help)
    output_options(p)
    p.add_argument(
        "--interval",
        type=_seconds,
        default=FOLDER_INTERVAL,
        metavar="SECONDS",
        help="read folders without IDLE this often (default 300)",
    )
    p.add_argument(
        "--idle-renew",
        type=_seconds,
        default=IDLE_RENEW,
        metavar="SECONDS",
        help="restart IDLE this often (default 540)",
    )
    p.set_defaults(handler=run_watch)

    p = sub.add_parser(
        "report",
        help="report every notice stored by poll and watch",
        description="Render the stored history of notices, optionally from --since DATE on.",
    )
    p.add_argument("--config", metavar="FILE", help=config_help)
    p.add_argument(
        "--since",
        type=_since,
        metavar="DATE",
        help="only notices dated on or after this day: YYYY-MM-DD, or so many days or "
        "weeks back (7d, 2w)",
    )
    output_options(p)
    _format_help(p)
    p.set_defaults(handler=run_report)

    p = sub.add_parser(
        "check",
        help="validate the configuration, log in, list the folders that will be read",
        description="Validate the configuration, log in to every account and print "
        "which folders poll would read, and why.",
    )
    p.add_argument("--config", metavar="FILE", help=config_help)
    p.set_defaults(handler=run_check)


def _format_help(p: argparse.ArgumentParser) -> None:
    # The shared --format option describes scan's default; say what ours is.
    for action in p._actions:
        if action.dest == "format":
            action.help = (
                "report format (default: from the suffix of -o FILE; else [report] format; "
                "else the suffix of [report] output; else markdown)"
            )


_RELATIVE = re.compile(r"(\d{1,5})\s*([dw])", re.IGNORECASE)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _since(text: str) -> date:
    # argparse shows an ArgumentTypeError's text as is; any other exception
    # would come out as "invalid _since value", which says nothing useful.
    value = text.strip()
    relative = _RELATIVE.fullmatch(value)
    if relative:
        count, unit = int(relative.group(1)), relative.group(2).lower()
        return date.today() - timedelta(days=count * (7 if unit == "w" else 1))
    if _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a day of the calendar") from None
    raise argparse.ArgumentTypeError(
        f"expected a date as YYYY-MM-DD (2026-01-31) or days or weeks back (7d, 2w); got {text!r}"
    )


def _seconds(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


# --- handlers -----------------------------------------------------------------------


def run_poll(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    _prepare_output(config, args)

    def deliver(result: PollResult) -> None:
        # Called by poll() before it marks the notices delivered.
        if result.notices:
            _write(config, args, result.report())

    result = poll(config, deliver=deliver, full=args.full)
    if result.busy:
        print(
            f"cancel-mail: another poll is running (lock {config.state_path}.lock); nothing done",
            file=sys.stderr,
        )
        return EXIT_OK
    return _failures(result.failures)


def run_watch(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    _prepare_output(config, args)
    stop = threading.Event()
    out_lock = threading.Lock()
    stopped_by: list[str] = []
    reported = 0
    # A person at a terminal wants each notice at a glance; a pipe, a file or
    # an explicit --format gets the reports that poll writes.
    compact = (
        sys.stdout.isatty()
        and args.format is None
        and args.output is None
        and config.report.output is None
    )
    several = len(config.account) > 1

    def on_signal(signum: int, frame: object) -> None:
        stopped_by.append(signal.Signals(signum).name)
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}

    def started(what: Watching) -> None:
        print(f"cancel-mail: {watching_line(what, several=several)}", file=sys.stderr, flush=True)

    def emit(result: PollResult) -> None:
        nonlocal reported
        if not result.notices:
            return
        with out_lock:
            reported += len(result.notices)
            if compact:
                sys.stdout.write("".join(f"{notice_block(n)}\n" for n in result.notices))
                sys.stdout.flush()
            else:
                _write(config, args, result.report())

    try:
        failures = watch(
            config,
            stop=stop,
            emit=emit,
            started=started,
            idle_renew=args.idle_renew,
            folder_interval=args.interval,
        )
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    code = _failures(failures)
    why = f" ({stopped_by[0]})" if stopped_by else ""
    count = f"{reported} new notice" + ("" if reported == 1 else "s")
    print(f"cancel-mail: stopped watching{why}; {count} reported", file=sys.stderr, flush=True)
    return code


def watching_line(what: Watching, *, several: bool = False) -> str:
    """ "watching INBOX (IDLE) and Junk (every 300 s); Ctrl-C to stop" """
    line = f"watching {what.idle} (IDLE)"
    if what.others:
        line += f" and {', '.join(what.others)} (every {what.interval:g} s)"
    if what.reconnected:
        line = f"reconnected; {line}"
    else:
        line += "; Ctrl-C to stop"
    return f"account {what.account}: {line}" if several else line


def notice_block(notice: Notice) -> str:
    """A few lines for one notice: what happened, what to do, where it is."""
    text = message(notice)
    when = f"[{notice.date:%Y-%m-%d %H:%M}] " if notice.date else ""
    lines = [f"{when}{text.title}"]
    lines += [f"  {line}" for line in text.body.splitlines()]
    lines.append(f"  {notice.source}")
    return "\n".join(lines) + "\n"


def run_report(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    _prepare_output(config, args, append=False)
    report = history(config, since=args.since)
    if not report.scanned and not report.notices:
        # No poll has examined a single message: a report of "0 scanned"
        # would read as "your mail has no cancellations".
        print("cancel-mail: no notices stored yet: run `cancel-mail poll` first", file=sys.stderr)
        return EXIT_OK
    _write(config, args, report, append=False)
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    checks = check(config)
    failed = False
    for item in checks:
        if item.error:
            failed = True
            print(f"{item.account}  {item.server}: FAILED", flush=True)
            print(f"cancel-mail: error: account {item.account}: {item.error}", file=sys.stderr)
            continue
        print(f"{item.account}  {item.server}: login ok; folders to read:")
        width = max((len(plan.name) for plan, _ in item.folders), default=0)
        for plan, messages in item.folders:
            count = f"{messages} message" + ("" if messages == 1 else "s")
            print(f"  {plan.name:<{width}}  ({plan.reason}; {count})")
    sys.stdout.flush()
    return EXIT_FAILURE if failed else EXIT_OK


# --- output -------------------------------------------------------------------------


def _failures(failures: list[AccountFailure]) -> int:
    for failure in failures:
        print(f"cancel-mail: error: account {failure.account}: {failure.error}", file=sys.stderr)
    return EXIT_FAILURE if failures else EXIT_OK


def _target(config: Config, args: argparse.Namespace) -> Path | None:
    """The report file (``-o``, else ``[report] output``), or None for stdout."""
    if args.output is not None:
        return to_file(args.output)
    return config.report.output


def _format(config: Config, args: argparse.Namespace) -> str:
    # [report] format counts only when the file sets it: its default
    # (markdown) must not beat the suffix of the output file.
    configured = config.report.format if "format" in config.report.model_fields_set else None
    return choose_format(
        args.format,
        args.output,
        default="markdown",
        configured=configured,
        configured_output=config.report.output,
    )


def _prepare_output(config: Config, args: argparse.Namespace, *, append: bool = True) -> None:
    """Settle the format and try the file before any mail is read: a usage
    error or an unwritable file shows now, not after a poll."""
    fmt = _format(config, args)
    target = _target(config, args)
    if target is not None:
        check_writable(target, append=append and fmt in APPENDABLE)


def _write(
    config: Config, args: argparse.Namespace, report: Report, *, append: bool = True
) -> None:
    fmt = _format(config, args)
    text = render(report, fmt)
    if not text.endswith("\n"):
        text += "\n"
    path = _target(config, args)
    if path is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    path = path.expanduser()
    if append and fmt in APPENDABLE:
        try:
            with path.open("a", encoding="utf-8") as out:
                if out.tell() > 0:
                    out.write("\n")
                out.write(text)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror}") from exc
    else:
        write_atomically(path, text)
