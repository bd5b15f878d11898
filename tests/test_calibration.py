"""The notice-level calibration: fitted for the shipped weights, monotone, and
read as training/calibrate.py writes it."""

from __future__ import annotations

import hashlib
import json
from importlib import resources

import pytest

from cancel_mail import classify
from cancel_mail.causemodel import calibration
from cancel_mail.models import Cause


def test_fitted_for_the_shipped_weights() -> None:
    """A retrained model needs a refit: training/calibrate.py with the spent batches."""
    weights = resources.files("cancel_mail.causemodel").joinpath("weights.json").read_bytes()
    assert calibration.shipped().weights_sha256 == hashlib.sha256(weights).hexdigest()


def test_every_route_is_fitted() -> None:
    shipped = calibration.shipped()
    assert set(shipped.logistic) | set(shipped.constant) == set(calibration.ROUTES)


def test_fitted_only_on_spent_batches() -> None:
    text = resources.files("cancel_mail.causemodel").joinpath("calibration.json").read_text()
    fitted_on = json.loads(text)["fitted_on"]
    assert fitted_on and all(name.startswith("heldout/batch-") for name in fitted_on)


@pytest.mark.parametrize("route", ["model", "unknown"])
def test_monotone_and_a_probability(route: calibration.Route) -> None:
    values = [calibration.calibrated(route, p / 100) for p in range(0, 101)]
    assert all(0.0 < v < 1.0 for v in values)
    assert values == sorted(values)


def test_a_map_with_unknown_routes_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown routes"):
        calibration.parse({"logistic": {"modle": [1, 0]}, "constant": {}})


def test_identity_map() -> None:
    identity = calibration.Calibration(weights_sha256="", logistic={}, constant={})
    assert identity.apply("model", 0.8) == pytest.approx(0.8)


@pytest.mark.parametrize(
    ("cause", "evidence", "route"),
    [
        (Cause.UNKNOWN, [], "unknown"),
        (Cause.PAYMENT_ISSUE, ["card", "declined"], "model"),
        (Cause.PAYMENT_ISSUE, ["sender payments-messages@amazon.com (payment team)"], "sender"),
        (Cause.CUSTOMER_REQUEST, [classify.CUSTOMER_EVIDENCE], "customer"),
        (Cause.FRAUD_PREVENTION, ["on hold", 'earlier message "Your account" (x.eml)'], "history"),
    ],
)
def test_route_of(cause: Cause, evidence: list[str], route: str) -> None:
    assert classify.route_of(cause, evidence) == route
