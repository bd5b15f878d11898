"""`cancel-mail scan PATH...`: saved mail in, one report out.

Choices made here, and shown in ``--help``:

- Format: ``--format`` wins; else the suffix of ``-o FILE`` (.txt, .md, .json,
  .html, .csv); else text, whether stdout is a terminal or a pipe, so that
  ``scan ... | less`` shows what the screen would and scripts ask for json.
- Exit 1 only when *no* path given could be read at all (each is missing, not
  permitted, not a mail file): then no report is written and one line on
  stderr names each path and why. When at least one path could be read, the
  report lists the unreadable ones under errors and the exit is 0.
- ``-o -`` means stdout, like no ``-o`` at all.
- A progress bar goes to stderr, and only when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..api import scan_path
from ..errors import ConfigError, FileSourceError, OutputError
from ..models import Report
from ..report import render

FORMAT_HELP = (
    "report format (default: from the suffix of -o FILE: .txt .md .json .html .csv; "
    "else text, on a terminal or not)"
)
JOBS_HELP = "parse in N processes (default 1; 0 = all cores)"
EPILOG = (
    "PATH may be a .eml file, a folder (searched recursively for .eml, .mbox and "
    "Maildirs), an mbox file or a Maildir. Unreadable files are listed under errors "
    "and the scan goes on; exit status 1 only when no PATH could be read at all."
)

_SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
}


def run(args: argparse.Namespace) -> int:
    paths: list[str] = list(args.paths)
    jobs = _jobs(args.jobs)
    fmt = choose_format(args.format, args.output)

    with _progress() as progress:
        report = scan_path(paths, jobs=jobs, progress=progress)

    _fail_if_nothing_readable(paths, report)
    document = render(report, fmt)
    if args.output and args.output != "-":
        write_atomically(Path(os.path.expanduser(args.output)), document)
    else:
        _write_stdout(document)
    return 0


def choose_format(fmt: str | None, output: str | None) -> str:
    if fmt:
        return fmt
    if output and output != "-":
        return _SUFFIX_FORMATS.get(Path(output).suffix.lower(), "text")
    return "text"


def write_atomically(path: Path, document: str) -> None:
    """Write ``document`` to ``path`` so that a reader never sees half a report:
    a temporary file beside it, flushed to disk, then renamed over it."""
    directory = path.parent
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(document)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file 0600; give it the mode a plain `> FILE` would
        # (the umask's), or keep the mode of the report it replaces.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise OutputError(f"cannot write {path}: {reason}") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


# --- internals ---------------------------------------------------------------


def _umask() -> int:
    # The only way to read the umask is to set it; put it straight back.
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


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


def _write_stdout(document: str) -> None:
    stream = sys.stdout
    encoding = stream.encoding or "utf-8"
    data = document.encode(encoding, errors="replace")
    try:
        stream.flush()
        stream.buffer.write(data)
        stream.buffer.flush()
    except BrokenPipeError:
        # The reader went away (`| head`); there is no one left to tell.
        # Point stdout at devnull so the interpreter's final flush stays quiet.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
