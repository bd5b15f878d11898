"""`kill -9` during `cancel-mail poll`, at seeded random points, many times over.

The installed console script polls a real Dovecot mailbox of a few hundred
messages with 20 notices. Each round starts from an empty state file: the
poll is SIGKILLed after a random delay and restarted, again and again, until
one run finishes on its own. After every kill the SQLite state must pass
``PRAGMA integrity_check``; at the end of a round, everything the runs
reported must be exactly what one clean run reports, with no notice reported
twice.

CM_KILL9_KILLS sets how many kills the test makes (default 30); the opt-in
long run sets it higher, e.g. CM_KILL9_KILLS=300. CM_KILL9_SEED picks the
random delays.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest
from conftest import Account
from faults_mail import (
    NoticeKey,
    clean_run,
    fill_mailbox,
    integrity,
    pending,
    reported,
    run_poll,
    start_poll,
    twice,
    union,
    write_config,
)

pytestmark = pytest.mark.dovecot

KILLS = int(os.environ.get("CM_KILL9_KILLS", "30"))
SEED = int(os.environ.get("CM_KILL9_SEED", "20261126"))


def test_kill_9_at_random_points_converges_to_the_clean_run(account: Account) -> None:
    fill_mailbox(account)
    started = time.monotonic()
    clean = clean_run(account)
    # Delays are drawn over the length of a whole run (plus a margin), so that
    # kills land in start-up, login, search, fetch, commit and output alike.
    span = (time.monotonic() - started) * 1.2
    assert len(clean) == 20 and not twice([clean])

    rng = random.Random(SEED)
    kills = 0
    rounds = 0
    # Kills that left notices committed but not yet reported: the case where
    # a run without the store's pending list would lose notices.
    undelivered = 0
    while kills < KILLS:
        rounds += 1
        state = account.tmp / f"round{rounds}" / "state.db"
        config = write_config(account, state, f"round{rounds}")
        runs: list[list[NoticeKey]] = []
        while True:
            proc = start_poll(account, config)
            time.sleep(rng.uniform(0.0, span))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
            out, err = proc.communicate(timeout=120)
            runs.append(reported(out))
            if proc.returncode == -signal.SIGKILL:
                assert integrity(state) == "ok", f"after kill {kills}"
                undelivered += pending(state) > 0
                continue
            assert proc.returncode == 0, err
            break
        # One more poll: nothing may be left over, nothing reported again.
        after = run_poll(account, config)
        assert after.returncode == 0, after.stderr
        runs.append(reported(after.stdout))
        assert integrity(state) == "ok"
        assert twice(runs) == [], f"round {rounds}: reported twice"
        assert union(runs) == set(clean), f"round {rounds}: lost {set(clean) - union(runs)}"
    print(f"kill -9: {kills} kills over {rounds} rounds (seed {SEED}), {undelivered} of them "
          "with notices committed but not yet reported; nothing lost, nothing reported twice")
