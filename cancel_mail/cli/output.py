"""Where a report goes, for every command: the format a file name asks for, a
check that the file can be written before any mail is read, and the writing.

Format, first match wins: ``--format``; the suffix of ``-o FILE``; the
configured ``[report] format`` (IMAP commands, when the file sets it); the
suffix of ``[report] output``; the command's default. A ``-o FILE`` whose
suffix names no format, with no ``--format`` or configured format to go by,
is a usage error (exit 2) rather than a guess.

An output file that cannot be written is an OutputError (exit 1) raised before
the scan or poll starts, so a long run never ends in "cannot write".
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

from ..errors import OutputError, UsageError
from ..report import FORMATS

SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
}
SUFFIXES = ".txt .md .json .html .csv"


def to_file(output: str | os.PathLike[str] | None) -> Path | None:
    """The file ``-o`` names, or None for stdout (no ``-o``, or ``-o -``)."""
    if output is None or os.fspath(output) == "-":
        return None
    return Path(os.path.expanduser(os.fspath(output)))


def choose_format(
    given: str | None,
    output: str | None,
    *,
    default: str,
    configured: str | None = None,
    configured_output: Path | None = None,
) -> str:
    """The report format (see the module docstring for the order)."""
    if given:
        return given
    target = to_file(output)
    if target is not None:
        by_suffix = SUFFIX_FORMATS.get(target.suffix.lower())
        if by_suffix:
            return by_suffix
        if configured:
            return configured
        suffix = f"suffix {target.suffix!r}" if target.suffix else "no suffix"
        raise UsageError(
            f"-o {output}: {suffix} names no report format; give --format "
            f"({', '.join(FORMATS)}) or end the name in one of {SUFFIXES}"
        )
    if configured:
        return configured
    if output is None and configured_output is not None:
        by_suffix = SUFFIX_FORMATS.get(configured_output.suffix.lower())
        if by_suffix:
            return by_suffix
    return default


def check_writable(path: Path, *, append: bool = False) -> None:
    """Raise OutputError now if ``path`` could not be written later.

    A trial file is made (and removed) beside it: the report is written through
    one, and only trying tells read-only mounts, ACLs and full disks apart from
    a writable folder (``os.access`` says yes to root whatever the mount).
    """
    if path.is_dir():
        raise OutputError(f"cannot write {path}: is a directory")
    try:
        fd, trial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        os.unlink(trial)
        if append and path.exists():
            # Appending writes to the file itself, so its own mode matters too.
            with path.open("ab"):
                pass
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {_reason(exc)}") from exc


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
        raise OutputError(f"cannot write {path}: {_reason(exc)}") from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def write_stdout(document: str) -> None:
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


def _umask() -> int:
    # The only way to read the umask is to set it; put it straight back.
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
