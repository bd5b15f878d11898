"""cancel-mail: find Amazon order-cancellation notices, say why, and what to do next.

from cancel_mail import scan_path, analyze_message
report = scan_path(["~/Mail/exported"])
notice = analyze_message(raw_bytes)   # a Notice, or None
"""

from __future__ import annotations

from .api import analyze_message, build_report, scan_path
from .config import Config, load_config
from .errors import (
    CancelMailError,
    ConfigError,
    FileSourceError,
    ImapAuthError,
    ImapError,
    MessageError,
    OutputError,
    SourceError,
    UsageError,
)
from .models import (
    Action,
    Attention,
    AttentionKind,
    Authenticity,
    Cause,
    Classification,
    Notice,
    Report,
    ScanError,
    Summary,
    Verdict,
)
from .polling import PollResult, poll
from .report import FORMATS, render

__all__ = [
    "FORMATS",
    "Action",
    "Attention",
    "AttentionKind",
    "Authenticity",
    "CancelMailError",
    "Cause",
    "Classification",
    "Config",
    "ConfigError",
    "FileSourceError",
    "ImapAuthError",
    "ImapError",
    "MessageError",
    "Notice",
    "OutputError",
    "PollResult",
    "Report",
    "ScanError",
    "SourceError",
    "Summary",
    "UsageError",
    "Verdict",
    "analyze_message",
    "build_report",
    "load_config",
    "poll",
    "render",
    "scan_path",
]
