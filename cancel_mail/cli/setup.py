"""`cancel-mail init | reset`: write a starter configuration, forget the state.

init writes with mode 600 from the first byte, and never over an existing file
unless --force is given. reset asks before it deletes, unless --yes is given.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..config import DEFAULT_CONFIG, ENV_CONFIG, default_config_path, load_config
from ..errors import OutputError
from ..polling import reset, state_info
from ..providers import PROVIDERS, Login
from ..starter import starter_config

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def add_parsers(sub: Any) -> None:
    """Register init and reset on the subparsers ``sub``."""
    p = sub.add_parser(
        "init",
        help="write a commented starter configuration for your mail provider",
        description="Write a starter configuration (mode 600) for one mailbox at PROVIDER: "
        "its server, port, security, junk folder and the way it lets you log in. "
        f"It goes to -o FILE, else ${ENV_CONFIG}, else {DEFAULT_CONFIG}. "
        "An existing file is left alone unless --force is given. "
        "Then fill in your address and run `cancel-mail check`.",
    )
    p.add_argument(
        "--provider",
        choices=list(PROVIDERS),
        default="generic",
        help="your mail provider (default: generic, any IMAP server)",
    )
    p.add_argument(
        "--username",
        metavar="EMAIL",
        help="your login name, usually the address (default: a placeholder to edit)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the configuration to FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(handler=run_init)

    p = sub.add_parser(
        "reset",
        help="delete the state database, so that the next poll reads everything again",
        description="Delete the state database that poll and watch keep (folder positions, "
        "messages seen, notices found). The next poll reads every folder from the start "
        "and reports its notices again. Asks first unless --yes is given; exits 1 when "
        "the answer is no or when a poll or watch is running. "
        "To read everything again but keep the history, use `poll --full` instead.",
    )
    p.add_argument(
        "--config",
        metavar="FILE",
        help=f"configuration file (default: ${ENV_CONFIG}, else {DEFAULT_CONFIG})",
    )
    p.add_argument("-y", "--yes", action="store_true", help="do not ask; delete")
    p.set_defaults(handler=run_reset)


def run_init(args: argparse.Namespace) -> int:
    text = starter_config(args.provider, username=args.username)
    path = Path(args.output).expanduser() if args.output else default_config_path()
    try:
        _write_private(path, text, replace=args.force)
    except FileExistsError:
        print(
            f"cancel-mail: error: {path} exists; not replaced (use --force to replace it)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    provider = PROVIDERS[args.provider]
    to_edit = [] if args.username else ["username"]
    if provider.key == "generic":
        to_edit.insert(0, "host")
    to_edit.append(
        "oauth2_token_command" if provider.login is Login.OAUTH2 else "password_command"
    )
    print(f"Wrote {path} (mode 600) for {provider.title}.")
    fields = ", ".join(to_edit[:-1]) + " and " + to_edit[-1] if len(to_edit) > 1 else to_edit[0]
    print(f"Next: check {fields} in it, then run")
    config = "" if path == default_config_path() else f" --config {path}"
    print(f"  cancel-mail check{config}")
    return EXIT_OK


def _write_private(path: Path, text: str, *, replace: bool) -> None:
    """Write ``text`` to ``path``, readable by its owner only, in one step.

    Raises FileExistsError when ``path`` exists and ``replace`` is false.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # mkstemp creates the file with mode 600 whatever the umask, so the
    # configuration is never readable by others, not even for a moment.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        if replace:
            os.replace(tmp, path)
        else:
            # link() fails if the name exists, with no window between the
            # check and the write in which another file could appear.
            os.link(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def run_reset(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    info = state_info(config)
    if info is None:
        print(f"cancel-mail: no state to delete at {config.state_path}", file=sys.stderr)
        return EXIT_OK
    if not args.yes:
        question = (
            f"Delete {info.path} ({info.notices} notices, {info.seen} messages seen)? "
            "The next poll reads every folder again. [y/N] "
        )
        if not _confirm(question):
            print("cancel-mail: nothing deleted", file=sys.stderr)
            return EXIT_FAILURE
    for file in reset(config):
        print(f"deleted {file}")
    return EXIT_OK


def _confirm(question: str) -> bool:
    """Ask on stderr (stdout may be a pipe), read one line from stdin; EOF is no."""
    print(question, end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("y", "yes")
