"""sources/files.py against real files, mbox files and Maildirs in tmp_path."""

from __future__ import annotations

import mailbox
import os
import tracemalloc
from email.message import EmailMessage
from pathlib import Path

import pytest

from cancel_mail.sources.files import RawMessage, UnreadableSource, iter_messages


def _message(n: int, body: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = "auto-confirm@amazon.com"
    msg["To"] = "me@example.com"
    msg["Subject"] = f"message {n}"
    msg["Message-ID"] = f"<m{n}@example.com>"
    msg.set_content(body or f"Body of message {n}.\n")
    return bytes(msg)


def _subjects(items: list[RawMessage | UnreadableSource]) -> list[str]:
    out = []
    for item in items:
        assert isinstance(item, RawMessage), item
        for line in item.data.splitlines():
            if line.startswith(b"Subject: "):
                out.append(line[len(b"Subject: ") :].decode())
    return out


def _make_mbox(path: Path, bodies: list[str]) -> None:
    box = mailbox.mbox(str(path))
    try:
        for n, body in enumerate(bodies):
            box.add(_message(n, body))
        box.flush()
    finally:
        box.close()


def _make_maildir(path: Path, count: int) -> list[str]:
    box = mailbox.Maildir(str(path), create=True)
    keys = [box.add(_message(n)) for n in range(count)]
    box.close()
    return keys


# --- .eml files and folders ---------------------------------------------------


def test_single_eml_file_keeps_the_path_as_given(tmp_path: Path) -> None:
    eml = tmp_path / "one.eml"
    eml.write_bytes(_message(1))
    items = list(iter_messages([str(eml)]))
    assert items == [RawMessage(str(eml), _message(1))]


def test_folder_is_walked_recursively_in_name_order(tmp_path: Path) -> None:
    root = tmp_path / "mail"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / "a").mkdir()
    (root / "z.eml").write_bytes(_message(4))
    (root / "b" / "deeper" / "x.EML").write_bytes(_message(3))
    (root / "b" / "2.eml").write_bytes(_message(2))
    (root / "a" / "1.eml").write_bytes(_message(1))
    (root / "notes.txt").write_text("not mail")

    items = list(iter_messages([str(root)]))

    assert [i.source for i in items] == [
        os.path.join(str(root), "a", "1.eml"),
        os.path.join(str(root), "b", "2.eml"),
        os.path.join(str(root), "b", "deeper", "x.EML"),
        os.path.join(str(root), "z.eml"),
    ]
    assert _subjects(items) == ["message 1", "message 2", "message 3", "message 4"]


def test_source_is_relative_when_the_path_given_is_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mail" / "sub").mkdir(parents=True)
    (tmp_path / "mail" / "sub" / "a.eml").write_bytes(_message(1))
    monkeypatch.chdir(tmp_path)
    assert [i.source for i in iter_messages(["mail"])] == ["mail/sub/a.eml"]


def test_tilde_is_expanded_but_kept_in_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "a.eml").write_bytes(_message(1))
    items = list(iter_messages(["~/saved"]))
    assert [i.source for i in items] == ["~/saved/a.eml"]
    assert isinstance(items[0], RawMessage)


def test_eml_with_an_mbox_envelope_line_is_one_message(tmp_path: Path) -> None:
    eml = tmp_path / "exported.eml"
    eml.write_bytes(b"From MAILER-DAEMON Thu Nov 26 10:00:00 2026\n" + _message(1))
    assert list(iter_messages([str(eml)])) == [RawMessage(str(eml), _message(1))]


# --- mbox -----------------------------------------------------------------------


def test_mbox_messages_are_keyed_by_index(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    _make_mbox(path, ["first\n", "second\n", "third\n"])
    items = list(iter_messages([str(path)]))
    assert [i.source for i in items] == [f"{path}#0", f"{path}#1", f"{path}#2"]
    assert _subjects(items) == ["message 0", "message 1", "message 2"]


def test_mbox_is_detected_by_content_not_by_name(tmp_path: Path) -> None:
    path = tmp_path / "Inbox"  # Thunderbird names mbox files without a suffix
    _make_mbox(path, ["a\n", "b\n"])
    assert [i.source for i in iter_messages([str(path)])] == [f"{path}#0", f"{path}#1"]


def test_mbox_message_bytes_match_the_stdlib_reading(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    bodies = ["plain\n", "From the desk of the seller: a line the writer escaped\n", "x\n"]
    _make_mbox(path, bodies)
    ours = [i.data for i in iter_messages([str(path)]) if isinstance(i, RawMessage)]
    box = mailbox.mbox(str(path))
    theirs = [box.get_bytes(key).replace(b"\n>From ", b"\nFrom ") for key in box.iterkeys()]
    box.close()
    assert ours == theirs
    assert b"\nFrom the desk of the seller" in ours[1]


def test_from_line_inside_a_paragraph_does_not_split_a_message(tmp_path: Path) -> None:
    path = tmp_path / "hand.mbox"
    path.write_bytes(
        b"From a@example.com Thu Nov 26 10:00:00 2026\n"
        b"Subject: one\n\nline\nFrom here on, no blank line before it\n\n"
        b"From b@example.com Thu Nov 26 10:01:00 2026\n"
        b"Subject: two\n\nbody\n"
    )
    items = list(iter_messages([str(path)]))
    assert _subjects(items) == ["one", "two"]
    assert isinstance(items[0], RawMessage)
    assert items[0].data.endswith(b"From here on, no blank line before it\n")


def test_envelope_without_a_blank_line_before_it_still_splits(tmp_path: Path) -> None:
    path = tmp_path / "tight.mbox"
    path.write_bytes(
        b"From a@example.com Thu Nov 26 10:00:00 2026\nSubject: one\n\nbody\n"
        b"From b@example.com Thu Nov 26 10:01:00 +0000 2026\nSubject: two\n\nbody\n"
        b"From what I hear, this line is body text.\n"
    )
    items = list(iter_messages([str(path)]))
    assert _subjects(items) == ["one", "two"]
    assert items[1].data.endswith(b"From what I hear, this line is body text.\n")


def test_crlf_mbox_is_split(tmp_path: Path) -> None:
    path = tmp_path / "crlf.mbox"
    path.write_bytes(
        b"From a Thu Nov 26 10:00:00 2026\r\nSubject: one\r\n\r\nx\r\n\r\n"
        b"From b Thu Nov 26 10:00:00 2026\r\nSubject: two\r\n\r\ny\r\n"
    )
    items = list(iter_messages([str(path)]))
    assert [i.data for i in items if isinstance(i, RawMessage)] == [
        b"Subject: one\r\n\r\nx\r\n",
        b"Subject: two\r\n\r\ny\r\n",
    ]


def test_memory_stays_flat_on_a_large_mbox(tmp_path: Path) -> None:
    # About 40 MB of mail: streaming must hold one message at a time, so the
    # peak is a small multiple of one message, not of the file.
    path = tmp_path / "big.mbox"
    one = b"Subject: filler\nFrom: a@example.com\n\n" + (b"x" * 78 + b"\n") * 2000 + b"\n"
    count = 250
    with path.open("wb") as fh:
        for _n in range(count):
            fh.write(b"From a@example.com Thu Nov 26 10:00:00 2026\n")
            fh.write(one)
    assert path.stat().st_size > 35 * 2**20

    tracemalloc.start()
    try:
        seen = 0
        for item in iter_messages([str(path)]):
            assert isinstance(item, RawMessage)
            seen += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == count
    assert peak < 10 * len(one), f"peak {peak} bytes for messages of {len(one)} bytes"


def test_message_over_the_size_limit_is_skipped_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cancel_mail.sources import files

    monkeypatch.setattr(files, "MAX_MESSAGE_BYTES", 1000)
    path = tmp_path / "box.mbox"
    _make_mbox(path, ["small\n", "y" * 5000 + "\n", "small again\n"])
    items = list(iter_messages([str(path)]))
    assert [type(i).__name__ for i in items] == ["RawMessage", "UnreadableSource", "RawMessage"]
    assert items[1].source == f"{path}#1"
    assert isinstance(items[1], UnreadableSource)
    assert "limit" in items[1].error


# --- Maildir --------------------------------------------------------------------


def test_maildir_messages_are_keyed_by_maildir_key(tmp_path: Path) -> None:
    path = tmp_path / "Maildir"
    keys = _make_maildir(path, 3)
    items = list(iter_messages([str(path)]))
    assert sorted(i.source for i in items) == sorted(f"{path}#{k}" for k in keys)
    assert [i.source for i in items] == sorted(i.source for i in items)
    assert sorted(_subjects(items)) == ["message 0", "message 1", "message 2"]


def test_maildir_key_drops_the_flags_of_a_read_message(tmp_path: Path) -> None:
    path = tmp_path / "Maildir"
    (key,) = _make_maildir(path, 1)
    box = mailbox.Maildir(str(path))
    msg = box[key]
    msg.set_subdir("cur")
    msg.add_flag("S")
    box[key] = msg
    box.close()
    assert next(iter((path / "cur").iterdir())).name.endswith(":2,S")
    assert [i.source for i in iter_messages([str(path)])] == [f"{path}#{key}"]


def test_maildir_inside_a_folder_and_its_junk_subfolder_are_read(tmp_path: Path) -> None:
    root = tmp_path / "export"
    root.mkdir()
    (root / "a.eml").write_bytes(_message(1))
    maildir = root / "mail"
    _make_maildir(maildir, 2)
    box = mailbox.Maildir(str(maildir))
    junk = box.add_folder("Junk")
    junk_key = junk.add(_message(9))
    box.close()
    (maildir / "tmp" / "half-delivered").write_bytes(b"Subject: partial\n")

    items = list(iter_messages([str(root)]))

    sources = [i.source for i in items]
    assert sources[0] == os.path.join(str(root), "a.eml")
    assert f"{os.path.join(str(maildir), '.Junk')}#{junk_key}" in sources
    assert len(items) == 4
    assert "partial" not in _subjects(items)


# --- what cannot be read ----------------------------------------------------------


def test_missing_path_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.eml"
    good.write_bytes(_message(1))
    missing = str(tmp_path / "nope.eml")
    items = list(iter_messages([missing, str(good)]))
    assert items[0] == UnreadableSource(missing, "no such file or directory")
    assert items[1] == RawMessage(str(good), _message(1))


@pytest.mark.parametrize("given", [True, False], ids=["given-directly", "inside-a-folder"])
def test_directory_named_like_eml_is_an_error(tmp_path: Path, given: bool) -> None:
    (tmp_path / "trap.eml").mkdir()
    (tmp_path / "trap.eml" / "inner.eml").write_bytes(_message(1))
    target = tmp_path / "trap.eml" if given else tmp_path
    items = list(iter_messages([str(target)]))
    assert items == [
        UnreadableSource(str(tmp_path / "trap.eml"), "is a directory, not a mail file")
    ]


def test_empty_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "fine.eml").write_bytes(_message(1))
    items = list(iter_messages([str(tmp_path)]))
    assert items[0] == UnreadableSource(str(tmp_path / "empty.eml"), "empty file")
    assert isinstance(items[1], RawMessage)


def test_broken_symlink_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "dangling.eml").symlink_to(tmp_path / "gone.eml")
    items = list(iter_messages([str(tmp_path)]))
    assert items == [UnreadableSource(str(tmp_path / "dangling.eml"), "no such file or directory")]


def test_symlink_loop_does_not_recurse_forever(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(_message(1))
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [i.source for i in iter_messages([str(tmp_path)])] == [str(tmp_path / "a.eml")]


def test_unreadable_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod 000 does not stop reading; make open()
    # fail the way it does for a normal user instead.
    locked = tmp_path / "locked.eml"
    locked.write_bytes(_message(1))
    (tmp_path / "open.eml").write_bytes(_message(2))
    real_open = open

    def guarded_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", guarded_open)
    items = list(iter_messages([str(tmp_path)]))
    assert items == [
        UnreadableSource(str(locked), "permission denied"),
        RawMessage(str(tmp_path / "open.eml"), _message(2)),
    ]


def test_special_file_is_an_error(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    assert list(iter_messages([str(fifo)])) == [
        UnreadableSource(str(fifo), "not a regular file or folder")
    ]
