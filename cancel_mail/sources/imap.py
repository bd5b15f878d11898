"""IMAP access for the poller: TLS, login, folder discovery, read-only fetches.

This is the only module that imports imapclient. Everything it raises is an
ImapError (or ImapAuthError); imaplib, socket and ssl errors never leave it.

Nothing here can change a mailbox: folders are opened with EXAMINE
(``readonly=True``) and bodies are fetched with ``BODY.PEEK[]``, so not even
``\\Seen`` is set. There is no method that sends STORE, COPY, MOVE or EXPUNGE.
"""

from __future__ import annotations

import imaplib
import logging
import re
import socket
import ssl
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from types import TracebackType
from typing import Any

import imapclient
from imapclient.exceptions import CapabilityError, LoginError
from imapclient.imapclient import SocketTimeout

from ..config import AccountConfig
from ..errors import ImapAuthError, ImapError

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 20.0
# The read timeout is the account's ``timeout`` (config.py).
# Dovecot refuses command lines over 64 KB; 500 UIDs of up to 10 digits each
# stay far below that on every server we know of.
HEADER_CHUNK = 500
# Bodies are fetched a few at a time so that one response never holds much
# more than this many bytes.
BODY_CHUNK_BYTES = 8 * 1024 * 1024
BODY_CHUNK_MAX = 50

# Names providers give their junk folder when the server sets no \Junk flag.
JUNK_NAMES = (
    "Junk",
    "Spam",
    "[Gmail]/Spam",
    "[Google Mail]/Spam",
    "Junk Email",
    "Junk E-mail",
    "Bulk Mail",
    "Bulk",
)

# SEARCH keys that make a message worth a look at its headers. ASCII only and
# sent without CHARSET: Yahoo refuses CHARSET, Exchange accepts ASCII only.
# A notice names Amazon in its sender, subject or body (links included), so a
# phishing mail that only mentions Amazon in its body is still examined. BODY,
# not TEXT: TEXT also matches the "amazonses.com" that Amazon SES writes into
# the Received and DKIM headers of countless unrelated newsletters. The
# subject prefixes keep forwards of notices.
SEARCH_WORDS = (("FROM", "amazon"), ("SUBJECT", "amazon"), ("BODY", "amazon"))
FORWARD_PREFIXES = ("Fwd", "FW:", "WG:", "TR:", "RV:", "Doorst:")

_FORWARD_SUBJECT = re.compile(
    rb"^subject:[ \t]*(?:(?:re|aw|sv)\s*:\s*)*(fwd?|wg|tr|rv|doorst)\s*:",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Folder:
    """One mailbox as LIST reports it."""

    name: str
    delimiter: str | None
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FolderStatus:
    uidvalidity: int
    uidnext: int
    messages: int


@dataclass(frozen=True, slots=True)
class Header:
    """The header block of one message, with its size, fetched by UID."""

    uid: int
    size: int
    data: bytes


def candidate_criteria(after_uid: int, since: date | None = None) -> list[Any]:
    """SEARCH criteria for messages with UID > ``after_uid`` that may matter.

    The UID set is built from an integer (``N:*``); the caller must still drop
    UIDs <= ``after_uid``, because ``N:*`` always matches the highest UID.
    """
    criteria: list[Any] = ["UID", f"{after_uid + 1}:*"]
    if since is not None:
        criteria += ["SINCE", since]
    keys: list[list[str]] = [[k, v] for k, v in SEARCH_WORDS]
    keys += [["SUBJECT", prefix] for prefix in FORWARD_PREFIXES]
    criteria += _or_all(keys)
    return criteria


def _or_all(keys: list[list[str]]) -> list[str]:
    # IMAP's OR takes exactly two keys: OR a OR b OR c d.
    if len(keys) == 1:
        return keys[0]
    return ["OR", *keys[0], *_or_all(keys[1:])]


def looks_forwarded(header: bytes) -> bool:
    """True when the subject says the message is a forward (Fwd:, WG:, TR: ...)."""
    return _FORWARD_SUBJECT.search(header) is not None


def find_junk(folders: Sequence[Folder]) -> tuple[Folder, str] | None:
    """The junk folder and why it was chosen: the \\Junk flag, else a known name."""
    for folder in folders:
        if any(flag.lower() == "\\junk" for flag in folder.flags):
            return folder, "special-use \\Junk"
    for name in JUNK_NAMES:
        for folder in folders:
            # Courier-style servers keep every folder below INBOX ("INBOX.Spam").
            nested = f"inbox{folder.delimiter}{name}".lower() if folder.delimiter else None
            if folder.name.lower() == name.lower() or folder.name.lower() == nested:
                return folder, f"named {name!r}"
    return None


class ImapConnection:
    """A logged-in, read-only IMAP session on one account."""

    def __init__(self, client: imapclient.IMAPClient, account: AccountConfig) -> None:
        self._client = client
        self._account = account
        self._host = account.host
        self._idling = False

    # --- connect and leave -------------------------------------------------

    @classmethod
    def open(cls, account: AccountConfig, secret: str) -> ImapConnection:
        """Connect, secure the channel as configured, and log in.

        ``secret`` is the password, or the OAuth2 access token when the account
        has ``oauth2_token_command``.
        """
        where = f"{account.host}:{account.effective_port}"
        context = ssl_context(account)
        timeout = SocketTimeout(
            connect=min(CONNECT_TIMEOUT, account.timeout), read=account.timeout
        )
        with _translate(account.host, None, where=where):
            client = imapclient.IMAPClient(
                account.host,
                port=account.effective_port,
                ssl=account.security == "tls",
                ssl_context=context if account.security == "tls" else None,
                timeout=timeout,
            )
        conn = cls(client, account)
        try:
            with _translate(account.host, None, where=where):
                if account.security == "starttls":
                    try:
                        client.starttls(context)
                    except CapabilityError:
                        raise ImapError(
                            f'{where} does not offer STARTTLS; use security = "tls"',
                            host=account.host,
                        ) from None
            conn._login(secret)
        except BaseException:
            conn._drop()
            raise
        return conn

    def _login(self, secret: str) -> None:
        account = self._account
        try:
            with _translate(self._host, None):
                if account.uses_oauth2:
                    self._client.oauth2_login(account.username, secret)
                else:
                    self._client.login(account.username, secret)
        except ImapAuthError:
            raise
        except ImapError as exc:
            # imapclient reports some refusals as plain IMAP errors.
            raise ImapAuthError(
                f"login refused for {account.username} on {self._host}: {exc}", host=self._host
            ) from None

    def close(self) -> None:
        """Log out politely; a connection that is already gone is fine."""
        if self._idling:
            self._idling = False
            with suppress(Exception):  # leaving anyway
                self._client.idle_done()
        try:
            self._client.logout()
        except Exception:  # leaving anyway; at least close the socket
            self._drop()

    def _drop(self) -> None:
        with suppress(Exception):  # the socket may be gone already
            self._client.shutdown()

    def __enter__(self) -> ImapConnection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- folders -------------------------------------------------------------

    def list_folders(self) -> list[Folder]:
        with _translate(self._host, None):
            rows = self._client.list_folders()
        folders = []
        for flags, delimiter, name in rows:
            folders.append(
                Folder(
                    name=_text(name),
                    delimiter=_text(delimiter) if delimiter else None,
                    flags=tuple(_text(f) for f in flags),
                )
            )
        return folders

    def status(self, folder: str) -> FolderStatus:
        """STATUS: UIDVALIDITY, UIDNEXT and the message count, without selecting."""
        with _translate(self._host, folder):
            st = self._client.folder_status(folder, [b"UIDVALIDITY", b"UIDNEXT", b"MESSAGES"])
        return FolderStatus(
            uidvalidity=int(st[b"UIDVALIDITY"]),
            uidnext=int(st[b"UIDNEXT"]),
            messages=int(st[b"MESSAGES"]),
        )

    def examine(self, folder: str) -> FolderStatus:
        """Open ``folder`` read-only (EXAMINE)."""
        with _translate(self._host, folder):
            st = self._client.select_folder(folder, readonly=True)
        # Some servers leave UIDNEXT out of the EXAMINE answer; STATUS has it.
        if b"UIDNEXT" not in st:
            return self.status(folder)
        return FolderStatus(
            uidvalidity=int(st[b"UIDVALIDITY"]),
            uidnext=int(st[b"UIDNEXT"]),
            messages=int(st.get(b"EXISTS", 0)),
        )

    # --- messages in the examined folder ------------------------------------

    def search(self, criteria: list[Any], *, folder: str) -> list[int]:
        with _translate(self._host, folder):
            return sorted(int(u) for u in self._client.search(criteria))

    def fetch_headers(self, uids: Sequence[int], *, folder: str) -> list[Header]:
        """Header blocks and sizes, in UID order, chunked to keep lines short."""
        out: list[Header] = []
        for start in range(0, len(uids), HEADER_CHUNK):
            chunk = list(uids[start : start + HEADER_CHUNK])
            with _translate(self._host, folder):
                rows = self._client.fetch(chunk, ["BODY.PEEK[HEADER]", "RFC822.SIZE"])
            for uid in chunk:
                row = rows.get(uid)
                if row is None:  # expunged meanwhile
                    continue
                out.append(
                    Header(
                        uid=uid,
                        size=int(row.get(b"RFC822.SIZE", 0)),
                        data=bytes(row.get(b"BODY[HEADER]") or b""),
                    )
                )
        return out

    def fetch_bodies(self, wanted: Sequence[Header], *, folder: str) -> Iterator[tuple[int, bytes]]:
        """(uid, whole message) for each header in ``wanted``, a few at a time."""
        for chunk in _body_chunks(wanted):
            uids = [h.uid for h in chunk]
            with _translate(self._host, folder):
                rows = self._client.fetch(uids, ["BODY.PEEK[]"])
            for uid in uids:
                row = rows.get(uid)
                if row is None:
                    continue
                data = row.get(b"BODY[]")
                if data is not None:
                    yield uid, bytes(data)

    # --- IDLE ------------------------------------------------------------------

    def idle_start(self) -> None:
        with _translate(self._host, None):
            self._client.idle()
        self._idling = True

    def idle_wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` s in IDLE; True when the folder may have new mail.

        Raises ImapError when the server has closed the connection.
        """
        started = time.monotonic()
        with _translate(self._host, None):
            responses = self._client.idle_check(timeout=timeout)
        if not responses and time.monotonic() - started < timeout / 2:
            # imapclient swallows EOF and returns nothing: ask the server.
            self.idle_stop()
            with _translate(self._host, None):
                self._client.noop()
            self.idle_start()
            return False
        for response in responses:
            if isinstance(response, tuple) and b"BYE" in response:
                raise ImapError(f"{self._host} closed the connection", host=self._host)
            if (
                isinstance(response, tuple)
                and len(response) >= 2
                and response[1]
                in (
                    b"EXISTS",
                    b"RECENT",
                )
            ):
                return True
        return False

    def idle_stop(self) -> None:
        if not self._idling:
            return
        self._idling = False
        with _translate(self._host, None):
            self._client.idle_done()


def ssl_context(account: AccountConfig) -> ssl.SSLContext:
    """The system's trust store, plus ``ca_file`` when given; verification always on."""
    context = ssl.create_default_context()
    if account.ca_file is not None:
        path = account.ca_file.expanduser()
        try:
            context.load_verify_locations(cafile=str(path))
        except (OSError, ssl.SSLError) as exc:
            raise ImapError(f"cannot load ca_file {path}: {exc}", host=account.host) from exc
    return context


def _body_chunks(wanted: Sequence[Header]) -> Iterator[list[Header]]:
    chunk: list[Header] = []
    size = 0
    for header in wanted:
        if chunk and (size + header.size > BODY_CHUNK_BYTES or len(chunk) >= BODY_CHUNK_MAX):
            yield chunk
            chunk, size = [], 0
        chunk.append(header)
        size += header.size
    if chunk:
        yield chunk


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


@contextmanager
def _translate(host: str, folder: str | None, *, where: str | None = None) -> Iterator[None]:
    """Turn imaplib, imapclient, socket and ssl errors into ImapError.

    The most specific cases come first: a refused login, then a failed
    certificate check, then the network, then the protocol.
    """
    where = where or host
    on = f" ({folder})" if folder else ""
    try:
        yield
    except LoginError as exc:
        raise ImapAuthError(f"login refused by {where}: {_server_text(exc)}", host=host) from None
    except ssl.SSLCertVerificationError as exc:
        reason = exc.verify_message or exc.reason or "certificate verify failed"
        raise ImapError(
            f"TLS certificate of {where} not trusted: {reason} (set ca_file to trust a private CA)",
            host=host,
        ) from None
    except ssl.SSLError as exc:
        hint = ""
        if exc.reason == "WRONG_VERSION_NUMBER":
            hint = " (the server did not answer in TLS: a plain port? try security = \"starttls\")"
        raise ImapError(f"TLS failure with {where}: {exc.reason or exc}{hint}",
                        host=host) from None
    except socket.gaierror as exc:
        raise ImapError(f"cannot resolve {host}: {exc.strerror}", host=host) from None
    except TimeoutError:
        raise ImapError(f"{where}{on}: timed out", host=host, folder=folder) from None
    except imaplib.IMAP4.abort as exc:
        raise ImapError(
            f"connection to {where} lost{on}: {_server_text(exc)}", host=host, folder=folder
        ) from None
    except imaplib.IMAP4.error as exc:
        raise ImapError(f"{where}{on}: {_server_text(exc)}", host=host, folder=folder) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ImapError(f"cannot talk to {where}: {reason}", host=host, folder=folder) from None


def _server_text(exc: BaseException) -> str:
    text = str(exc.args[0]) if exc.args else str(exc)
    if text.startswith(("b'", 'b"')) and text.endswith(("'", '"')):
        text = text[2:-1]
    return text.strip() or type(exc).__name__
