"""The exception tree. Callers of the library only ever see these.

    CancelMailError
    ├─ ConfigError          bad or missing config (wraps pydantic's ValidationError)
    ├─ UsageError           an argument a library call cannot take (also a ValueError)
    ├─ SourceError
    │  ├─ ImapError         connection, TLS, protocol (.host, .folder)
    │  │  └─ ImapAuthError  login refused
    │  └─ FileSourceError   unreadable path (.path)
    ├─ MessageError         one message could not be read: recorded, never fatal
    └─ OutputError          report or state could not be written

Third-party errors (imaplib, socket, ssl, sqlite3, mail-parser) are translated
where the library that raises them is used, with ``raise ... from exc``.
"""

from __future__ import annotations


class CancelMailError(Exception):
    """Base class of every error this package raises on purpose."""


class ConfigError(CancelMailError):
    """The configuration is missing, malformed or inconsistent."""

    def __init__(self, message: str, *, path: str | None = None, key: str | None = None) -> None:
        self.path = path
        self.key = key
        where = ""
        if path and key:
            where = f"{path}: {key}: "
        elif path:
            where = f"{path}: "
        elif key:
            where = f"{key}: "
        super().__init__(f"{where}{message}")


class UsageError(CancelMailError, ValueError):
    """A library call was given an argument value it cannot take: an unknown
    report format, a negative number of jobs.

    Also a ``ValueError``, as Python code expects of a bad argument value; a
    wrong *type* of argument stays a plain ``TypeError``.
    """


class SourceError(CancelMailError):
    """Mail could not be read from a source."""


class ImapError(SourceError):
    """Connection, TLS or protocol failure talking to an IMAP server."""

    def __init__(self, message: str, *, host: str | None = None, folder: str | None = None) -> None:
        self.host = host
        self.folder = folder
        super().__init__(message)


class ImapAuthError(ImapError):
    """The server refused the login."""


class FileSourceError(SourceError):
    """A path given to scan cannot be read."""

    def __init__(self, message: str, *, path: str) -> None:
        self.path = path
        super().__init__(message)


class MessageError(CancelMailError):
    """One message could not be read. Recorded in the report's errors; never fatal."""


class OutputError(CancelMailError):
    """A report or the state database could not be written."""
