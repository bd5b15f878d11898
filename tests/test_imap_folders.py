"""Pure parts of the IMAP source: junk-folder choice, SEARCH criteria, forwards."""

from __future__ import annotations

from datetime import date

import pytest

from cancel_mail.config import AccountConfig
from cancel_mail.errors import ImapError
from cancel_mail.polling import plan_folders
from cancel_mail.sources.imap import (
    Folder,
    ImapConnection,
    candidate_criteria,
    find_junk,
    looks_forwarded,
)


def folders(
    *names: str, delimiter: str = "/", flagged: dict[str, str] | None = None
) -> list[Folder]:
    flagged = flagged or {}
    return [Folder(n, delimiter, ("\\HasNoChildren",) + ((flagged[n],) if n in flagged else ()))
            for n in names]


@pytest.mark.parametrize(
    ("listing", "expected", "reason"),
    [
        pytest.param(folders("INBOX", "Sent", "Pourriel", flagged={"Pourriel": "\\Junk"}),
                     "Pourriel", "special-use \\Junk", id="flag-beats-name"),
        pytest.param(folders("INBOX", "Spam", "Junk"), "Junk", "named 'Junk'", id="junk"),
        pytest.param(folders("INBOX", "Spam"), "Spam", "named 'Spam'", id="spam"),
        pytest.param(folders("INBOX", "[Gmail]", "[Gmail]/Spam"), "[Gmail]/Spam",
                     "named '[Gmail]/Spam'", id="gmail"),
        pytest.param(folders("INBOX", "[Google Mail]/Spam"), "[Google Mail]/Spam",
                     "named '[Google Mail]/Spam'", id="google-mail"),
        pytest.param(folders("Inbox", "Junk Email"), "Junk Email", "named 'Junk Email'",
                     id="exchange"),
        pytest.param(folders("Inbox", "Bulk Mail"), "Bulk Mail", "named 'Bulk Mail'",
                     id="yahoo"),
        pytest.param(folders("INBOX", "Bulk"), "Bulk", "named 'Bulk'", id="bulk"),
        pytest.param(folders("INBOX", "INBOX.Spam", delimiter="."), "INBOX.Spam",
                     "named 'Spam'", id="courier-below-inbox"),
        pytest.param(folders("INBOX", "spam"), "spam", "named 'Spam'", id="case-insensitive"),
    ],
)
def test_junk_folder_is_found(listing: list[Folder], expected: str, reason: str) -> None:
    found = find_junk(listing)
    assert found is not None
    assert (found[0].name, found[1]) == (expected, reason)


def test_no_junk_folder() -> None:
    assert find_junk(folders("INBOX", "Sent", "Archive")) is None


def account(**fields: object) -> AccountConfig:
    base: dict[str, object] = {"name": "a", "host": "h", "username": "u", "password_env": "X"}
    base.update(fields)
    return AccountConfig.model_validate(base)


def test_plan_reads_configured_folders_then_junk() -> None:
    listing = folders("INBOX", "Orders", "Junk", flagged={"Junk": "\\Junk"})
    plans = plan_folders(listing, account(folders=["INBOX", "Orders"]))
    assert [(p.name, p.reason) for p in plans] == [
        ("INBOX", "configured"), ("Orders", "configured"), ("Junk", "special-use \\Junk")]


def test_plan_without_spam_skips_junk() -> None:
    plans = plan_folders(folders("INBOX", "Junk"), account(spam=False))
    assert [p.name for p in plans] == ["INBOX"]


def test_plan_does_not_read_junk_twice() -> None:
    plans = plan_folders(folders("INBOX", "Spam"), account(folders=["INBOX", "Spam"]))
    assert [p.name for p in plans] == ["INBOX", "Spam"]


def test_plan_refuses_a_missing_folder() -> None:
    with pytest.raises(ImapError, match="'Orders' does not exist"):
        plan_folders(folders("INBOX"), account(folders=["INBOX", "Orders"]))


def test_criteria_are_ascii_uid_ranges_from_integers() -> None:
    criteria = candidate_criteria(41)
    assert criteria[:2] == ["UID", "42:*"]
    assert all(isinstance(c, str) and c.isascii() for c in criteria)
    assert "CHARSET" not in criteria
    # OR takes two keys: n keys need n - 1 ORs.
    keys = [c for c in criteria if c in ("FROM", "SUBJECT", "BODY")]
    assert criteria.count("OR") == len(keys) - 1
    assert criteria[criteria.index("FROM"):criteria.index("FROM") + 2] == ["FROM", "amazon"]


def test_criteria_with_since() -> None:
    criteria = candidate_criteria(0, date(2026, 1, 1))
    assert criteria[:4] == ["UID", "1:*", "SINCE", date(2026, 1, 1)]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (b"From: a@b\r\nSubject: Fwd: Your order has been canceled\r\n\r\n", True),
        (b"Subject: FW: hello\r\n\r\n", True),
        (b"Subject: WG: Ihre Bestellung\r\n\r\n", True),
        (b"Subject: TR: Votre commande\r\n\r\n", True),
        (b"Subject: Re: Fwd: order\r\n\r\n", True),
        (b"Subject: Forward planning for 2027\r\n\r\n", False),
        (b"Subject: Your order has shipped\r\n\r\n", False),
    ],
    ids=["fwd", "fw", "wg-de", "tr-fr", "re-fwd", "forward-word", "plain"],
)
def test_forwards_are_recognised_by_subject(header: bytes, expected: bool) -> None:
    assert looks_forwarded(header) is expected


class FakeClient:
    """Records the login calls; a real server cannot tell us which method was used."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []

    def login(self, user: str, password: str) -> None:
        self.calls.append(("login", user, password))

    def oauth2_login(self, user: str, token: str) -> None:
        self.calls.append(("oauth2_login", user, token))


@pytest.mark.parametrize(
    ("source", "method"),
    [({"password_env": "X"}, "login"), ({"oauth2_token_command": "tok"}, "oauth2_login")],
    ids=["password", "xoauth2"],
)
def test_login_method_follows_the_password_source(source: dict[str, str], method: str) -> None:
    fake = FakeClient()
    acc = AccountConfig.model_validate(
        {"name": "a", "host": "h", "username": "me@example.com", **source})
    ImapConnection(fake, acc)._login("secret-or-token")  # type: ignore[arg-type]
    assert fake.calls == [(method, "me@example.com", "secret-or-token")]
