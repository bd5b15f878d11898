"""`cancel-mail poll | watch | report | check`: the IMAP side of the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_parsers(sub: Any, output_options: Callable[..., None]) -> None:
    """Register poll, watch, report and check on the subparsers ``sub``."""
    for name in ("poll", "watch", "report", "check"):
        p = sub.add_parser(name, help=f"{name} (IMAP; see the README)")
        p.add_argument("--config", metavar="FILE")
        p.set_defaults(handler=_not_yet)


def _not_yet(args: argparse.Namespace) -> int:
    raise NotImplementedError
