"""The HTML report's layout, measured in the system's headless Chromium.

Playwright drives /usr/bin/chromium (no browser of its own is downloaded) at a
phone's width (390 px) and a desktop's (1280 px). Its measurements run from the
DevTools side, so the report's policy against script does not stop them, and
the page itself still runs none.

Checked: nothing is wider than the viewport and no element's content spills
out of its box, whatever the mail said (a control page shows the check sees a
spill); on a desktop the whole attention list is on the first screen; on a
phone its heading and first line are; the look-alike warning is drawn in red
on that first screen. Screenshots go to tmp_path, and also to the folder named
by $CANCEL_MAIL_SCREENSHOTS when it is set, for a person to look at.

Chromium missing: skipped locally, a failure in CI (CI=true).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _reports import hostile_report, notice, plain_report
from hostile_png import read_png
from playwright.sync_api import Browser, Page, sync_playwright

from cancel_mail import Report, build_report, render, scan_path

pytestmark = pytest.mark.chromium

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
PHONE = (390, 844)
DESKTOP = (1280, 800)
SIZES = {"phone": PHONE, "desktop": DESKTOP}

# Everything in the page that is wider than the viewport, or whose content is
# wider than its own box (text running out of a table cell or a card). Inside
# an SVG only the drawing as a whole counts.
MEASURE = """() => {
  const width = document.documentElement.clientWidth;
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const what = el.tagName + ' ' + (el.textContent || '').trim().slice(0, 50);
    if (box.left < -1 || box.right > width + 1) found.push('outside: ' + what);
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push('spills: ' + what);
  }
  return {scrollWidth: document.documentElement.scrollWidth, width, found};
}"""

LONG = "x" * 400


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    path = CHROMIUM if os.access(CHROMIUM, os.X_OK) else shutil.which("chromium")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed, and CI must run the HTML layout test")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def fixture_report() -> Report:
    return scan_path([str(ROOT / "fixtures" / "mail")])


def long_report() -> Report:
    """Unbroken strings as long as a mail can make them, in every field."""
    long_notice = notice(
        subject=f"Your order {LONG}",
        items=[LONG],
        sender=f"{LONG}@amazon.com",
        order_ids=[f"112-{LONG}", "112-1234567-1234567"],
        reason_text=LONG,
        source=f"mail/{LONG}.eml",
    )
    return build_report([long_notice, *plain_report().notices], [], scanned=4)


REPORTS = {"fixtures": None, "plain": plain_report, "hostile": hostile_report, "long": long_report}


def _open(browser: Browser, html: str, tmp: Path, name: str, size: tuple[int, int]) -> Page:
    page_file = tmp / f"{name}.html"
    page_file.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(page_file.as_uri())
    return page


def _screenshot(page: Page, tmp: Path, name: str) -> Path:
    shot = tmp / f"{name}.png"
    page.screenshot(path=str(shot))
    keep = os.environ.get("CANCEL_MAIL_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)
    return shot


def _report(name: str, fixture_report: Report) -> Report:
    make = REPORTS[name]
    return fixture_report if make is None else make()


# --- the method can see an overflow --------------------------------------------------


def test_control_page_that_overflows_is_caught(browser: Browser, tmp_path: Path) -> None:
    html = f"<!DOCTYPE html><html><body><div><p>{LONG}</p></div></body></html>"
    page = _open(browser, html, tmp_path, "control", PHONE)
    measured: dict[str, Any] = page.evaluate(MEASURE)
    page.close()
    assert measured["scrollWidth"] > measured["width"]
    assert any(f.startswith("spills: P xxx") for f in measured["found"]), measured["found"]


# --- the tests -------------------------------------------------------------------------


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("name", list(REPORTS))
def test_nothing_overflows_horizontally(
    browser: Browser, fixture_report: Report, tmp_path: Path, name: str, size: str
) -> None:
    html = render(_report(name, fixture_report), "html")
    page = _open(browser, html, tmp_path, name, SIZES[size])
    measured: dict[str, Any] = page.evaluate(MEASURE)
    _screenshot(page, tmp_path, f"report-{name}-{size}")
    page.close()
    assert measured["width"] == SIZES[size][0]
    assert measured["scrollWidth"] <= measured["width"], measured["found"][:5]
    assert measured["found"] == []


@pytest.mark.parametrize("name", ["fixtures", "plain"])
def test_the_attention_list_is_on_the_first_desktop_screen(
    browser: Browser, fixture_report: Report, tmp_path: Path, name: str
) -> None:
    page = _open(browser, render(_report(name, fixture_report), "html"), tmp_path, name, DESKTOP)
    box = page.locator("#attention").bounding_box()
    entries = page.locator("#attention li")
    first = entries.first.bounding_box()
    count = entries.count()
    page.close()
    assert box is not None and first is not None
    assert box["y"] >= 0 and box["y"] + box["height"] <= DESKTOP[1]
    # Every notice has its line in the list (a long list scrolls inside its box).
    assert count == len(_report(name, fixture_report).notices)
    assert first["y"] + first["height"] <= DESKTOP[1]


def test_on_a_phone_the_list_starts_on_the_first_screen(
    browser: Browser, fixture_report: Report, tmp_path: Path
) -> None:
    page = _open(browser, render(fixture_report, "html"), tmp_path, "fixtures", PHONE)
    heading = page.locator("#attention h2").bounding_box()
    first = page.locator("#attention li").first.bounding_box()
    page.close()
    assert heading is not None and first is not None
    assert first["y"] + first["height"] <= PHONE[1]


@pytest.mark.parametrize("size", list(SIZES))
def test_the_lookalike_warning_is_red_on_the_first_screen(
    browser: Browser, fixture_report: Report, tmp_path: Path, size: str
) -> None:
    page = _open(browser, render(fixture_report, "html"), tmp_path, "fixtures", SIZES[size])
    shot = read_png(_screenshot(page, tmp_path, f"first-screen-{size}"))
    alarm = page.locator("#attention .alarm").bounding_box()
    page.close()
    assert alarm is not None and alarm["y"] + alarm["height"] <= SIZES[size][1]
    # The alarm box's border is a strong red: count its pixels in the screenshot.
    red = sum(
        1
        for y in range(int(alarm["y"]), int(alarm["y"] + alarm["height"]))
        for x in range(int(alarm["x"]), int(alarm["x"] + alarm["width"]))
        if _is_red(shot.rgb(x, y))
    )
    assert red > 2 * alarm["width"], f"only {red} red pixels in the warning"


def _is_red(rgb: tuple[int, int, int]) -> bool:
    r, g, b = rgb
    return r > 150 and g < 90 and b < 90
