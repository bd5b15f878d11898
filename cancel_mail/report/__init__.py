"""Renderers: a Report in, a document (str) out. One module per format."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Report

FORMATS = ("text", "markdown", "json", "html", "csv")


def render(report: Report, fmt: str) -> str:
    """Render ``report`` as ``fmt`` (one of FORMATS)."""
    renderer = _renderers().get(fmt)
    if renderer is None:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderer(report)


def _renderers() -> dict[str, Callable[[Report], str]]:
    from . import csv, html, json, markdown, text

    return {
        "text": text.render,
        "markdown": markdown.render,
        "json": json.render,
        "html": html.render,
        "csv": csv.render,
    }
