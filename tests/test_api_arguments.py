"""The library's entry points take their arguments the way the README says, or refuse them
with a clear error: one path given as a string, an alias of a format, no unknown format
and no negative jobs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cancel_mail import CancelMailError, UsageError, render, scan_path

ROOT = Path(__file__).resolve().parents[1]
EN = ROOT / "fixtures" / "mail" / "en"


@pytest.fixture
def one_notice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A folder with one notice, as a path relative to the working directory."""
    folder = tmp_path / "saved"
    folder.mkdir()
    shutil.copy(EN / "inventory-multi-item-uk.eml", folder)
    monkeypatch.chdir(tmp_path)
    return "saved"


@pytest.mark.parametrize("kind", [str, Path], ids=["str", "PathLike"])
def test_one_path_as_a_string_or_pathlike_is_one_path(one_notice: str, kind: type) -> None:
    report = scan_path(kind(one_notice))
    # Taken character by character, "saved" would be five missing paths.
    assert report.scanned == 1
    assert report.errors == []
    assert [n.source for n in report.notices] == ["saved/inventory-multi-item-uk.eml"]


def test_a_list_of_pathlikes_and_a_generator_work(one_notice: str) -> None:
    assert scan_path([Path(one_notice)]).scanned == 1
    assert scan_path(p for p in [one_notice]).scanned == 1


@pytest.mark.parametrize(
    "paths",
    [42, b"saved", [b"saved"], [42], None],
    ids=["int", "bytes", "list-of-bytes", "list-of-int", "None"],
)
def test_anything_but_paths_is_a_type_error(one_notice: str, paths: object) -> None:
    with pytest.raises(TypeError, match="path"):
        scan_path(paths)  # type: ignore[arg-type]


def test_negative_jobs_are_refused_like_the_cli_refuses_them(one_notice: str) -> None:
    with pytest.raises(UsageError, match="jobs") as info:
        scan_path([one_notice], jobs=-1)
    assert isinstance(info.value, CancelMailError)
    assert isinstance(info.value, ValueError)


def test_md_is_an_alias_of_markdown(one_notice: str) -> None:
    report = scan_path(one_notice)
    assert render(report, "md") == render(report, "markdown")


def test_an_unknown_format_is_a_cancel_mail_error(one_notice: str) -> None:
    report = scan_path(one_notice)
    with pytest.raises(CancelMailError, match="unknown format 'pdf'") as info:
        render(report, "pdf")
    assert isinstance(info.value, UsageError)
