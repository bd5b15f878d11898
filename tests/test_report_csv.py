"""The CSV report: one row per notice, no formula can run."""

from __future__ import annotations

import csv
import io

import pytest
from _reports import FORMULA, hostile_notice, hostile_report, plain_report

from cancel_mail.api import build_report
from cancel_mail.report import render
from cancel_mail.report.csv import COLUMNS, neutralise


def _rows(document: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(document, newline="")))


def test_one_row_per_notice_with_the_header() -> None:
    report = plain_report()
    document = render(report, "csv")
    assert document.splitlines()[0].split(",") == list(COLUMNS)
    rows = _rows(document)
    assert len(rows) == len(report.notices) == 3
    # The order of "Needs your attention": the look-alike, the payment
    # problem, then the rest.
    assert [r["attention"] for r in rows] == ["lookalike", "payment_issue", "other"]
    assert rows[0]["authenticity"] == "suspicious"
    inventory = rows[2]
    assert inventory["order_ids"] == "112-1234567-1234567"
    assert inventory["items"] == "USB-C cable, 2 m"
    assert inventory["cause"] == "inventory_shortage"
    assert inventory["confidence"] == "0.93"
    assert inventory["actions"] == "find_alternative reorder"
    assert inventory["date"] == "2026-11-20T08:14:00+00:00"


def test_rows_carry_the_action_texts_and_urls() -> None:
    rows = _rows(render(plain_report(), "csv"))
    payment, inventory = rows[1], rows[2]
    wanted = "Update your payment method at www.amazon.de, then order again."
    assert payment["next_action"] == wanted
    assert payment["next_action_url"] == "https://www.amazon.de/cpe/yourpayments/wallet"
    texts = inventory["action_texts"].split(" | ")
    urls = inventory["action_urls"].split(" | ")
    assert texts[0].startswith("Look for the item elsewhere: another seller")
    assert texts[1].startswith("If you still want it, order it again")
    assert urls == ["https://www.amazon.com/", "https://www.amazon.com/gp/buyagain"]
    # The look-alike's first action has no URL; the columns still line up.
    lookalike = rows[0]
    assert len(lookalike["action_texts"].split(" | ")) == 3
    assert lookalike["action_urls"].split(" | ")[0] == ""
    assert lookalike["next_action"].startswith("Delete it")
    assert (lookalike["folder"], lookalike["found_in_junk"]) == ("", "no")


@pytest.mark.parametrize(
    "payload",
    [FORMULA, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "  =1+1"],
    ids=["equals", "plus", "minus", "at", "tab", "cr", "leading-spaces"],
)
def test_formula_cells_are_neutralised(payload: str) -> None:
    report = build_report([hostile_notice(payload)], [], scanned=1)
    (row,) = _rows(render(report, "csv"))
    for column in ("subject", "sender", "items", "reason_text", "source", "order_ids"):
        assert row[column].startswith("'"), (column, row[column])
        assert not row[column].startswith(("=", "+", "-", "@", "\t", "\r"))


def test_no_cell_of_a_hostile_report_starts_a_formula() -> None:
    rows = _rows(render(hostile_report(), "csv"))
    assert len(rows) == 16
    for row in rows:
        for cell in row.values():
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1", "'=1"), ("a=1", "a=1"), ("", ""), ("112-1", "112-1"), ("-", "'-")],
    ids=["formula", "inner-equals", "empty", "order-id", "lone-minus"],
)
def test_neutralise(value: str, expected: str) -> None:
    assert neutralise(value) == expected


def test_newlines_in_mail_content_do_not_split_rows() -> None:
    report = build_report([hostile_notice("one\ntwo\r\nthree")], [], scanned=1)
    document = render(report, "csv")
    assert len(document.splitlines()) == 2
