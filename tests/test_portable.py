"""Where fcntl and fork do not exist (Windows; macOS defaults to spawn), cancel-mail still works.

Each test runs a fresh interpreter whose ``sitecustomize`` takes away what such
a platform lacks before anything else is imported: ``fcntl`` (Windows has no
such module) or ``os.fork`` (spawn is then the only way to start a worker).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_MAIL = ROOT / "fixtures" / "mail"
CLI = str(Path(sys.executable).with_name("cancel-mail"))

NO_FCNTL = """
import sys
sys.modules["fcntl"] = None  # "import fcntl" now raises ImportError, as on Windows
"""

SPAWN_ONLY = """
import multiprocessing, os
multiprocessing.set_start_method("spawn", force=True)
del os.fork  # as on Windows: a pool that insists on fork cannot start
"""


def run(argv: list[str], site: Path | None, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    if site is not None:
        env["PYTHONPATH"] = str(site)
    return subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True,
                          timeout=240, check=False)


def sitecustomize(tmp_path: Path, code: str) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(code)
    return site


def notices(done: subprocess.CompletedProcess[str]) -> list[dict[str, Any]]:
    assert done.returncode == 0, done.stderr
    doc: dict[str, Any] = json.loads(done.stdout)
    assert doc["errors"] == [] or all("source" in e for e in doc["errors"])
    found: list[dict[str, Any]] = doc["notices"]
    return found


@pytest.fixture(scope="module")
def expected() -> list[dict[str, Any]]:
    """The fixtures' notices as a normal run on this machine finds them."""
    found = notices(run([CLI, "scan", str(FIXTURE_MAIL), "--format", "json"], None, ROOT))
    assert len(found) > 10
    return found


def test_import_and_scan_without_fcntl(tmp_path: Path, expected: list[dict[str, Any]]) -> None:
    site = sitecustomize(tmp_path, NO_FCNTL)
    probe = run([sys.executable, "-c", "import fcntl"], site, tmp_path)
    assert "import of fcntl halted" in probe.stderr, "fcntl was not hidden"
    done = run([CLI, "scan", str(FIXTURE_MAIL), "--format", "json"], site, ROOT)
    assert notices(done) == expected


def test_the_state_lock_works_without_fcntl(tmp_path: Path) -> None:
    site = sitecustomize(tmp_path, NO_FCNTL)
    script = tmp_path / "lock.py"
    script.write_text(
        "import sys\n"
        "from cancel_mail.store import state_lock\n"
        "state = sys.argv[1]\n"
        "with state_lock(state, wait=0) as first, state_lock(state, wait=0.3) as second:\n"
        "    print(first, second)\n"
        "with state_lock(state, wait=0) as again:\n"
        "    print(again)\n"
    )
    done = run([sys.executable, str(script), str(tmp_path / "state.db")], site, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False", "True"]


@pytest.mark.parametrize(
    "argv",
    [[CLI], [sys.executable, "-m", "cancel_mail"]],
    ids=["console-script", "python-m"],
)
def test_scan_with_two_spawned_workers_equals_one_process(
    tmp_path: Path, expected: list[dict[str, Any]], argv: list[str]
) -> None:
    site = sitecustomize(tmp_path, SPAWN_ONLY)
    probe = run([sys.executable, "-c", "import os; os.fork"], site, tmp_path)
    assert probe.returncode != 0, "os.fork was not taken away"
    done = run([*argv, "scan", str(FIXTURE_MAIL), "--format", "json", "--jobs", "2"], site, ROOT)
    # One report: a spawned worker imports the main module, and must not run it.
    assert done.stdout.count('"schema_version"') == 1, done.stdout[:2000]
    assert notices(done) == expected


def test_library_scan_with_two_spawned_workers(tmp_path: Path) -> None:
    site = sitecustomize(tmp_path, SPAWN_ONLY)
    script = tmp_path / "scan.py"
    script.write_text(
        "import json, sys\n"
        "from cancel_mail import scan_path\n"
        "if __name__ == '__main__':\n"
        "    one, two = (scan_path([sys.argv[1]], jobs=j) for j in (1, 2))\n"
        "    strip = lambda r: r.model_dump(mode='json', exclude={'generated_at'})\n"
        "    print(json.dumps([strip(one) == strip(two), len(one.notices)]))\n"
    )
    done = run([sys.executable, str(script), str(FIXTURE_MAIL)], site, tmp_path)
    assert done.returncode == 0, done.stderr
    same, count = json.loads(done.stdout)
    assert same and count > 10
