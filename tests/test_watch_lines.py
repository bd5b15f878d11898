"""What `cancel-mail watch` says on stderr about what it watches, for each shape of account."""

from __future__ import annotations

import pytest

from cancel_mail.cli.imap_commands import watching_line
from cancel_mail.polling import Watching


@pytest.mark.parametrize(
    ("what", "several", "line"),
    [
        (Watching("a", "INBOX", ["Junk"], 300.0), False,
         "watching INBOX (IDLE) and Junk (every 300 s); Ctrl-C to stop"),
        (Watching("a", "INBOX", [], 300.0), False, "watching INBOX (IDLE); Ctrl-C to stop"),
        (Watching("a", "INBOX", ["Archive", "[Gmail]/Spam"], 0.5), False,
         "watching INBOX (IDLE) and Archive, [Gmail]/Spam (every 0.5 s); Ctrl-C to stop"),
        (Watching("work", "INBOX", ["Junk"], 300.0), True,
         "account work: watching INBOX (IDLE) and Junk (every 300 s); Ctrl-C to stop"),
        (Watching("work", "INBOX", ["Junk"], 300.0, reconnected=True), True,
         "account work: reconnected; watching INBOX (IDLE) and Junk (every 300 s)"),
    ],
    ids=["inbox-and-junk", "inbox-only", "more-folders", "several-accounts", "reconnected"],
)
def test_watching_line(what: Watching, several: bool, line: str) -> None:
    assert watching_line(what, several=several) == line
