"""The csv report."""

from __future__ import annotations

from ..models import Report


def render(report: Report) -> str:
    raise NotImplementedError
