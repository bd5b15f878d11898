"""`cancel-mail scan PATH...`: saved mail in, one report out.

Choices made here, and shown in ``--help``:

- Format: ``--format`` wins; else the suffix of ``-o FILE`` (.txt, .md, .json,
  .html, .csv; another suffix is a usage error); else text, whether stdout is
  a terminal or a pipe, so that ``scan ... | less`` shows what the screen
  would and scripts ask for json.
- ``-o FILE`` is tried before any mail is read: exit 1 at once if it cannot
  be written.
- Exit 1 only when *no* path given could be read at all (each is missing, not
  permitted, not a mail file): then no report is written and one line on
  stderr names each path and why. When at least one path could be read, the
  report lists the unreadable ones under errors, stderr has one line for each,
  and the exit is 0.
- Files in the folders that hold no mail are counted on stderr ("3 files
  skipped: not mail"); ``--debug`` names each.
- ``-`` reads one message or an mbox from standard input.
- ``-o -`` means stdout, like no ``-o`` at all.
- A progress bar goes to stderr, and only when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from typing import Any

from ..api import scan_path
from ..errors import ConfigError, FileSourceError
from ..models import Report
from ..report import render
from .output import check_writable, choose_format, to_file, write_atomically, write_stdout

FORMAT_HELP = (
    "report format (default: from the suffix of -o FILE: .txt .md .json .html .csv; "
    "else text, on a terminal or not)"
)
JOBS_HELP = "parse in N processes (default 1; 0 = all cores)"
EPILOG = (
    "PATH may be a .eml file, a folder (searched recursively for .eml, .mbox, "
    "Maildirs and other files that hold mail, such as a Thunderbird profile's mbox "
    "folders), an mbox file, a Maildir, or - for standard input. Unreadable files are "
    "listed under errors and on stderr, and the scan goes on; exit status 1 only when "
    "no PATH could be read at all."
)


def run(args: argparse.Namespace) -> int:
    paths: list[str] = list(args.paths)
    jobs = _jobs(args.jobs)
    fmt = choose_format(args.format, args.output, default="text")
    target = to_file(args.output)
    if target is not None:
        check_writable(target)

    with _progress() as progress:
        report = scan_path(paths, jobs=jobs, progress=progress, stdin=sys.stdin.buffer)

    _fail_if_nothing_readable(paths, report)
    _tell_what_was_left_out(report)
    document = render(report, fmt)
    if target is not None:
        write_atomically(target, document)
    else:
        write_stdout(document)
    return 0


# --- internals ---------------------------------------------------------------


def _jobs(value: int) -> int:
    if value < 0:
        raise ConfigError("must be 0 (all cores) or a positive number", key="--jobs")
    if value == 0:
        return os.cpu_count() or 1
    return value


def _fail_if_nothing_readable(paths: list[str], report: Report) -> None:
    # An error whose source is exactly a path as given means that path itself
    # could not be read (errors below a folder carry longer sources).
    if report.scanned:
        return
    why = {e.source: e.error for e in report.errors}
    if not paths or not all(p in why for p in paths):
        return
    unique = list(dict.fromkeys(paths))
    if len(unique) == 1:
        message = f"cannot read {unique[0]}: {why[unique[0]]}"
    else:
        message = "no path could be read: " + "; ".join(f"{p} ({why[p]})" for p in unique)
    raise FileSourceError(message, path=unique[0])


def _tell_what_was_left_out(report: Report) -> None:
    # The report lists these too, but a report written to a file or read
    # only for its notices would leave them unseen.
    for error in report.errors:
        print(f"cancel-mail: cannot read {error.source}: {error.error}", file=sys.stderr)
    if report.skipped:
        files = "file" if report.skipped == 1 else "files"
        hint = "" if logging.getLogger().isEnabledFor(logging.DEBUG) else " (--debug lists them)"
        print(f"cancel-mail: {report.skipped} {files} skipped: not mail{hint}", file=sys.stderr)


@contextlib.contextmanager
def _progress() -> Iterator[Any]:
    """A progress callback: a tqdm bar on stderr when stderr is a terminal, else None."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    # A terminal that reports no size (a bare pty) would get a bar cut to
    # nothing, or hidden as "below the screen"; assume 80x24 there.
    try:
        size = os.get_terminal_size(sys.stderr.fileno())
        width, height = size.columns, size.lines
    except OSError:
        width = height = 0
    # The total is unknown while streaming, so the bar counts and shows a rate.
    bar = tqdm(
        desc="scanning",
        unit=" msg",
        file=sys.stderr,
        leave=False,
        ncols=None if width else 80,
        nrows=None if height else 24,
        dynamic_ncols=bool(width),
    )
    try:
        yield bar.update
    finally:
        bar.close()
