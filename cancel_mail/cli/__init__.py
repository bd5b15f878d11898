"""The command line: argument parsing, exit codes, progress bars; nothing else.

Exit codes: 0 done (cancellations found or not), 1 run-time failure, 2 usage or
configuration error. Reports go to stdout or -o FILE; diagnostics to stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib.metadata import version

import shtab

from ..errors import CancelMailError, ConfigError, UsageError
from ..report import ALIASES, FORMATS
from . import explain, imap_commands, scan, setup

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

EPILOG = """\
examples:
  cancel-mail scan ~/Mail/exported/                   saved mail: .eml, folders, mbox, Maildir
  cancel-mail scan inbox.mbox --format html -o report.html
  cancel-mail init --provider gmail                   write a starter configuration
  cancel-mail check                                   log in, list the folders to read
  cancel-mail poll -o ~/cancellations.md              new notices only (cron, timers)
  cancel-mail watch                                   stay connected (IMAP IDLE)
  cancel-mail report --since 2026-01-01 --format html -o history.html
  cancel-mail completion bash > ~/.local/share/bash-completion/completions/cancel-mail

exit codes:
  0  done, whether or not cancellations were found
  1  a run-time failure: server unreachable, login refused, unreadable path
  2  a usage or configuration error

Each command has its own --help.
"""

COMPLETION_SHELLS = ("bash", "zsh", "fish")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cancel-mail",
        description="Find Amazon order-cancellation notices, say why, and what to do next.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {version('cancel-mail')}"
    )
    parser.add_argument("--debug", action="store_true", help="log details and show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "scan", help="scan saved mail: .eml files, folders, mbox, Maildir", epilog=scan.EPILOG
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    _output_options(p, format_help=scan.FORMAT_HELP)
    p.add_argument("--jobs", type=int, default=1, metavar="N", help=scan.JOBS_HELP)
    p.set_defaults(handler=scan.run)

    imap_commands.add_parsers(sub, _output_options)
    setup.add_parsers(sub)

    p = sub.add_parser(
        "completion",
        help="print a shell completion script (bash, zsh or fish)",
        description="Print the completion script for SHELL, made from this program's options. "
        "bash: cancel-mail completion bash > ~/.local/share/bash-completion/completions/"
        "cancel-mail; zsh: cancel-mail completion zsh > ~/.zfunc/_cancel-mail (with ~/.zfunc "
        "in $fpath); fish: cancel-mail completion fish > "
        "~/.config/fish/completions/cancel-mail.fish",
    )
    p.add_argument("shell", choices=COMPLETION_SHELLS)
    p.set_defaults(handler=lambda args: _print_completion(parser, args.shell))
    _complete_paths(parser)
    explain.add_parser(sub)
    return parser


def _complete_paths(parser: argparse.ArgumentParser) -> None:
    """Let the shells complete file names wherever an option or argument takes a path."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _complete_paths(child)
        elif action.metavar in ("FILE", "PATH"):
            action.complete = shtab.FILE  # type: ignore[attr-defined]


def _print_completion(parser: argparse.ArgumentParser, shell: str) -> int:
    sys.stdout.write(shtab.complete(parser, shell=shell))
    sys.stdout.flush()
    return EXIT_OK


def _output_options(
    p: argparse.ArgumentParser, default: str | None = None, format_help: str | None = None
) -> None:
    p.add_argument(
        "--format",
        choices=FORMATS,
        type=lambda name: ALIASES.get(name, name),
        default=default,
        help=format_help or "report format (default: text on a terminal, else markdown)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="cancel-mail: %(levelname)s: %(message)s",
        stream=sys.stderr,
    )
    # mail-parser logs, as warnings and errors, every part it leaves to us and
    # every header it decodes only in part; parse.py handles both, and one odd
    # message is not news to a cron job, so only --debug shows them.
    logging.getLogger("mailparser").setLevel(logging.DEBUG if args.debug else logging.CRITICAL)
    try:
        return int(args.handler(args))
    except (ConfigError, UsageError) as exc:
        return _fail(args, exc, EXIT_USAGE)
    except CancelMailError as exc:
        return _fail(args, exc, EXIT_FAILURE)
    except KeyboardInterrupt:
        print("cancel-mail: interrupted", file=sys.stderr)
        return 130


def _fail(args: argparse.Namespace, exc: Exception, code: int) -> int:
    if args.debug:
        logging.exception("%s", exc)
    print(f"cancel-mail: error: {exc}", file=sys.stderr)
    return code
