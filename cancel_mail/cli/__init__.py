"""The command line: argument parsing, exit codes, progress bars; nothing else.

Exit codes: 0 done (cancellations found or not), 1 run-time failure, 2 usage or
configuration error. Reports go to stdout or -o FILE; diagnostics to stderr.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ..errors import CancelMailError, ConfigError, UsageError
from ..report import ALIASES, FORMATS
from . import imap_commands, scan

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cancel-mail",
        description="Find Amazon order-cancellation notices, say why, and what to do next.",
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
    return parser


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
