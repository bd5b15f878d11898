"""What cancel-mail knows about the common IMAP providers: data, no behaviour.

``cancel-mail init`` writes a starter configuration from these entries, and the
README's "Set up your mailbox" section says the same things at more length (a
test keeps the two in step).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict


class Login(StrEnum):
    """How a provider lets an IMAP client in."""

    # An app-specific password; OAuth2 not offered to a self-registered client.
    APP_PASSWORD = "app_password"
    # Either an app password or an OAuth2 token; the starter config uses the password.
    APP_PASSWORD_OR_OAUTH2 = "app_password_or_oauth2"
    # Password login is switched off: XOAUTH2 only.
    OAUTH2 = "oauth2"
    # Whatever the server takes; a password is the usual case.
    PASSWORD = "password"


class Provider(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    title: str
    host: str
    port: int = 993
    security: Literal["tls", "starttls", "plain"] = "tls"
    # What the server calls its junk folder; `spam = true` finds it by its
    # \Junk flag or by this name (sources/imap.py JUNK_NAMES).
    junk_folder: str
    login: Login
    username_example: str
    # Lines for the starter config: what to switch on at the provider first.
    setup: tuple[str, ...]


PROVIDERS: dict[str, Provider] = {
    p.key: p
    for p in (
        Provider(
            key="gmail",
            title="Gmail and Google Workspace",
            host="imap.gmail.com",
            junk_folder="[Gmail]/Spam",
            login=Login.APP_PASSWORD_OR_OAUTH2,
            username_example="me@gmail.com",
            setup=(
                "Turn on 2-Step Verification, then create an app password at",
                "https://myaccount.google.com/apppasswords (16 letters; spaces do not",
                "matter). Workspace admins can forbid app passwords: use OAuth2 then.",
                'The junk folder is "[Gmail]/Spam" ("[Google Mail]/Spam" in some',
                "countries); Gmail deletes spam after 30 days.",
            ),
        ),
        Provider(
            key="outlook",
            title="Outlook.com, Hotmail and Microsoft 365",
            host="outlook.office365.com",
            junk_folder="Junk Email",
            login=Login.OAUTH2,
            username_example="me@outlook.com",
            setup=(
                "Microsoft refuses password logins over IMAP: an OAuth2 token helper",
                "is needed, registered once with an app (client) ID that may use",
                "IMAP.AccessAsUser.All and offline_access. Microsoft 365 admins must",
                "leave IMAP on for the mailbox. The junk folder is \"Junk Email\"",
                '("Junk" on some Outlook.com accounts).',
            ),
        ),
        Provider(
            key="icloud",
            title="iCloud Mail",
            host="imap.mail.me.com",
            junk_folder="Junk",
            login=Login.APP_PASSWORD,
            username_example="me@icloud.com",
            setup=(
                "Turn on two-factor authentication, then create an app-specific",
                "password at https://account.apple.com (Sign-In and Security).",
                "The username is your iCloud address (or just the part before @).",
                'The junk folder is "Junk".',
            ),
        ),
        Provider(
            key="fastmail",
            title="Fastmail",
            host="imap.fastmail.com",
            junk_folder="Spam",
            login=Login.APP_PASSWORD,
            username_example="me@fastmail.com",
            setup=(
                "Create an app password with IMAP access under Settings, Privacy &",
                "Security, Manage app passwords. The username is your full address.",
                'The junk folder is "Spam".',
            ),
        ),
        Provider(
            key="yahoo",
            title="Yahoo Mail and AOL",
            host="imap.mail.yahoo.com",
            junk_folder="Bulk",
            login=Login.APP_PASSWORD,
            username_example="me@yahoo.com",
            setup=(
                "Create an app password under Account security, Generate app",
                "password (AOL: imap.aol.com, same steps). The junk folder is",
                '"Bulk" ("Bulk Mail" on some accounts).',
            ),
        ),
        Provider(
            key="generic",
            title="Any other IMAP server",
            host="imap.example.com",
            junk_folder="Junk",
            login=Login.PASSWORD,
            username_example="me@example.com",
            setup=(
                "Fill in your server's name, its port and how it is secured. For a",
                "server with its own certificate authority, set ca_file. The junk",
                'folder is found by its \\Junk flag, else by a usual name ("Junk",',
                '"Spam", ...); `cancel-mail check` shows which one it chose.',
            ),
        ),
    )
}
