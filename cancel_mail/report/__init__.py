"""Renderers: a Report in, a document (str) out. One module per format."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import UsageError
from ..models import Report

FORMATS = ("text", "markdown", "json", "html", "csv")
# Other names a format goes by: the suffix people type for it.
ALIASES = {"md": "markdown", "txt": "text", "htm": "html"}


def format_name(fmt: str) -> str:
    """The name in FORMATS that ``fmt`` means (itself, or the format it is an alias of)."""
    name = ALIASES.get(fmt, fmt)
    if name not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return name


def render(report: Report, fmt: str) -> str:
    """Render ``report`` as ``fmt``: one of FORMATS, or an alias such as "md".

    An unknown format is a ``UsageError`` (also a ``ValueError``).
    """
    return _renderers()[format_name(fmt)](report)


def _renderers() -> dict[str, Callable[[Report], str]]:
    from . import csv, html, json, markdown, text

    return {
        "text": text.render,
        "markdown": markdown.render,
        "json": json.render,
        "html": html.render,
        "csv": csv.render,
    }
