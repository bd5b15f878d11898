"""The JSON report: exactly the DESIGN.md contract (``Report`` serialised).

Serialised with the standard library rather than pydantic's JSON mode so that
datetimes keep Python's ISO form with a numeric offset (``+00:00``, as in the
DESIGN.md example) instead of pydantic's ``Z``. Enums are ``StrEnum`` and come
out as their values; key order is the model's field order.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ..models import Report


def render(report: Report) -> str:
    return json.dumps(report.model_dump(), indent=2, ensure_ascii=False, default=_default) + "\n"


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")
