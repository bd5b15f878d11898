"""The ``[notify] command``: run once per new notice, the notice's JSON on stdin.

The command line comes from the configuration only and runs without a shell
(``shlex.split``); nothing from the mail is ever put on it. A failing command
is logged and otherwise ignored: the notice is already stored and reported.
"""

from __future__ import annotations

import logging
import shlex
import subprocess

from .models import Notice

log = logging.getLogger(__name__)

NOTIFY_TIMEOUT = 60.0


def notify(command: str, notice: Notice, *, timeout: float = NOTIFY_TIMEOUT) -> bool:
    """Run ``command`` with ``notice`` as JSON on stdin; True when it exited 0."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        log.warning("notify command cannot be split (%s); notice %s not sent", exc, notice.source)
        return False
    if not argv:
        return False
    try:
        done = subprocess.run(
            argv,
            input=notice.model_dump_json().encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        log.warning("notify command not found: %s", argv[0])
        return False
    except subprocess.TimeoutExpired:
        log.warning("notify command timed out after %.0f s for %s", timeout, notice.source)
        return False
    except OSError as exc:
        log.warning("notify command could not run: %s", exc.strerror or exc)
        return False
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        log.warning(
            "notify command exited with status %d for %s%s",
            done.returncode,
            notice.source,
            f": {detail[-1]}" if detail else "",
        )
        return False
    return True
