"""MIME to ParsedMessage, with mail-parser for the structure and beautifulsoup4 for HTML.

The only module that imports mailparser and bs4.
"""

from __future__ import annotations

from .models import ParsedMessage


def parse_message(data: bytes) -> ParsedMessage:
    """Decode one message. Best effort on broken input; raises MessageError only
    when nothing usable can be read. A forwarded notice (inline or attached) is
    unwrapped: the result describes the inner notice with ``forwarded=True``."""
    raise NotImplementedError
