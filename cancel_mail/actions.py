"""Cause (+ marketplace, language, verdict) to recommended actions."""

from __future__ import annotations

from .models import Action, Cause, Verdict


def actions_for(cause: Cause, marketplace: str | None, verdict: Verdict) -> list[Action]:
    """The actions for one notice. Suspicious notices get the phishing advice
    instead, and never a link to a domain taken from the mail."""
    raise NotImplementedError


def general_actions() -> list[Action]:
    """Advice that holds for every report: look in the spam folder, keep the
    order number at hand, leave feedback."""
    raise NotImplementedError
