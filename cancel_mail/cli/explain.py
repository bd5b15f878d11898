"""`cancel-mail explain FILE`: how one message was judged, step by step."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import FileSourceError
from ..explain import explain_message, render_text

HELP = "show how one message was judged: checks, statement, reason, cause scores, authenticity"
EPILOG = (
    "FILE is one message (.eml). Read this before reporting a wrong cause: it shows "
    "whether the message was a candidate, each detection check, the sentence that states "
    "the cancellation, the reason sentence, every cause's probability with the words that "
    "drove it, and the authenticity signals. --format json prints the same as JSON."
)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("explain", help=HELP, description=HELP, epilog=EPILOG)
    p.add_argument("file", metavar="FILE", help="one message file (.eml), or - for stdin")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.file == "-":
        data = sys.stdin.buffer.read()
        source = "<stdin>"
    else:
        path = Path(args.file)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise FileSourceError(f"{path}: {exc.strerror or exc}", path=str(path)) from exc
        source = str(path)
    explanation = explain_message(data, source)
    if args.format == "json":
        sys.stdout.write(explanation.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(render_text(explanation))
    return 0
