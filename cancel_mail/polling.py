"""The IMAP side of the library: poll, watch, history and check.

poll     one incremental, read-only pass over every account's folders
watch    stay connected: IDLE on the inbox, the other folders every few minutes
history  the stored notices as a report (``cancel-mail report``)
check    log in and say which folders would be read, and why

Per folder, a poll costs one STATUS when nothing changed. Otherwise it EXAMINEs
the folder, SEARCHes for UIDs above the last one seen that could matter, fetches
their headers (and sizes), and fetches whole bodies only for the candidates.
Each batch of UIDs is committed in one transaction with the notices it yielded.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from . import actions, api, sniff
from .config import AccountConfig, Config, resolve_notify_urls, resolve_secret
from .errors import ConfigError, ImapAuthError, ImapError
from .models import Notice, OrderSignal, Report, ScanError, Verdict
from .notify import Notifier
from .sources.imap import (
    Folder,
    Header,
    ImapConnection,
    candidate_criteria,
    find_junk,
    looks_forwarded,
)
from .store import Found, Seen, Store, delete_state, state_files, state_lock

log = logging.getLogger(__name__)

# Messages above this size are not downloaded: notices are small, and a 25 MB
# attachment is not worth a cron run's bandwidth.
MAX_MESSAGE_BYTES = 25 * 1024 * 1024
# UIDs per committed batch: a killed run repeats at most this many headers.
BATCH_UIDS = 500
# How long a second poll waits for the first before giving up quietly.
LOCK_WAIT = 5.0
IDLE_RENEW = 9 * 60.0  # providers drop IDLE after 10-30 minutes
FOLDER_INTERVAL = 5 * 60.0
MAX_BACKOFF = 5 * 60.0


@dataclass(frozen=True, slots=True)
class FolderPlan:
    """A folder to read and why: "configured", "special-use \\Junk", "named 'Spam'".
    ``junk``: it is the account's junk folder (also when it is configured)."""

    name: str
    reason: str
    junk: bool = False


@dataclass(slots=True)
class FolderStats:
    """What one folder cost: the figures a benchmark or --debug wants."""

    account: str
    folder: str
    unchanged: bool = False
    matched: int = 0  # UIDs the server SEARCH returned
    headers: int = 0  # header blocks fetched (= messages examined)
    bodies: int = 0  # whole messages fetched
    body_bytes: int = 0
    too_large: int = 0


@dataclass(frozen=True, slots=True)
class AccountFailure:
    account: str
    error: str
    auth: bool = False


@dataclass(slots=True)
class PollResult:
    """The outcome of one pass. ``notices`` holds only notices new to the state."""

    notices: list[Notice] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    failures: list[AccountFailure] = field(default_factory=list)
    folders: list[FolderStats] = field(default_factory=list)
    busy: bool = False  # another poll held the lock; nothing was done
    junk_read: bool = False  # a junk folder was among the folders read

    @property
    def scanned(self) -> int:
        return sum(f.headers for f in self.folders)

    def report(self) -> Report:
        return api.build_report(
            self.notices, self.errors, scanned=self.scanned, junk_read=self.junk_read
        )


Emit = Callable[[PollResult], None]


@dataclass(frozen=True, slots=True)
class AccountCheck:
    account: str
    server: str
    folders: list[tuple[FolderPlan, int]] = field(default_factory=list)  # plan, messages
    error: str | None = None


# --- poll ------------------------------------------------------------------------


def poll(
    config: Config,
    *,
    lock_wait: float = LOCK_WAIT,
    max_size: int = MAX_MESSAGE_BYTES,
    deliver: Emit | None = None,
    full: bool = False,
) -> PollResult:
    """One incremental pass over every account. Never changes a mailbox.

    With ``full``, every folder is read again from its first message (or from
    the account's ``since``) and every notice found is reported again, even
    those an earlier poll already reported; the state is kept and updated.

    An account that fails (unreachable, login refused) is recorded in
    ``failures`` and the others still run. When another poll holds the state
    lock for longer than ``lock_wait`` seconds, returns with ``busy`` set.

    ``result.notices`` holds every notice not yet delivered: this run's, and
    those of an earlier run that was killed before it could report them.
    ``deliver`` (write the report) is called with the result while the lock
    is still held; only when it returns are the notices marked delivered, so
    a run killed before that point reports them again next time instead of
    losing them.
    """
    result = PollResult()
    with state_lock(config.state_path, wait=lock_wait) as locked:
        if not locked:
            result.busy = True
            return result
        # All secrets first: a configuration error stops the run before any
        # account has been read, not half-way through.
        secrets = [resolve_secret(a, config_path=_shown(config)) for a in config.account]
        notifier = notifier_of(config)
        with Store(config.state_path) as store:
            for account, secret in zip(config.account, secrets, strict=True):
                try:
                    with ImapConnection.open(account, secret.get_secret_value()) as conn:
                        plans = plan_folders(conn.list_folders(), account, skip_missing=True)
                        result.junk_read |= any(plan.junk for plan in plans)
                        for plan in plans:
                            poll_folder(
                                conn,
                                store,
                                config,
                                account,
                                plan.name,
                                result,
                                max_size=max_size,
                                full=full,
                                junk=plan.junk,
                            )
                except ImapError as exc:
                    log.debug("account %s failed", account.name, exc_info=True)
                    result.failures.append(
                        AccountFailure(account.name, str(exc), isinstance(exc, ImapAuthError))
                    )
            _deliver(store, notifier, result, deliver)
    return result


def notifier_of(config: Config) -> Notifier:
    """The ``[notify]`` targets, their URLs read now (from the file, a variable, a command)."""
    urls = resolve_notify_urls(config.notify, config_path=_shown(config))
    return Notifier.from_config(config.notify, urls)


def _deliver(store: Store, notifier: Notifier, result: PollResult, deliver: Emit | None) -> None:
    """Hand over every undelivered notice, then mark them delivered, then notify.

    Delivery is at least once: a run killed after writing its report but
    before the mark (a few milliseconds) reports those notices again.
    Notification is at least once too: the notices that pass the filters
    move, in the same transaction as the mark, to a queue that they leave
    only once every target has them. A target that fails keeps them owed,
    and the next poll (or watch pass) sends them again.
    """
    pending = store.pending()
    result.notices = [notice for _id, notice in pending]
    if deliver is not None:
        deliver(result)
    # Notify after the report is out: a failing target cannot lose a notice.
    store.mark_delivered(
        [notice_id for notice_id, _notice in pending],
        to_notify=[notice_id for notice_id, notice in pending if notifier.wants(notice)],
    )
    _notify(store, notifier)


def _notify(store: Store, notifier: Notifier) -> None:
    if not notifier.targets:
        # Kept owed until a target is configured again.
        return
    down: set[str] = set()
    keys = notifier.keys
    for notice_id, notice, done in store.unnotified():
        if not notifier.wants(notice):
            # The filters changed since it was queued: no longer wanted.
            store.mark_notified(notice_id, done, complete=True)
            continue
        have = notifier.send(notice, done, down)
        if have != done or keys <= have:
            store.mark_notified(notice_id, have, complete=keys <= have)


def plan_folders(
    folders: Sequence[Folder], account: AccountConfig, *, skip_missing: bool = False
) -> list[FolderPlan]:
    """The configured folders (which must exist), then the junk folder when ``spam``.

    With ``skip_missing`` (poll), a configured folder that is gone (deleted
    since the last poll) is left out with a warning instead of stopping the
    account: the other folders are still read.
    """
    by_name = {f.name: f for f in folders}
    plans: list[FolderPlan] = []
    for wanted in account.folders:
        found = by_name.get(wanted)
        if found is None and wanted.upper() == "INBOX":
            # INBOX is case-insensitive in IMAP; other names are not.
            found = next((f for f in folders if f.name.upper() == "INBOX"), None)
        if found is None or any(flag.lower() == "\\noselect" for flag in found.flags):
            if skip_missing:
                log.warning(
                    "account %s: folder %r does not exist on %s; skipped",
                    account.name, wanted, account.host,
                )
                continue
            raise ImapError(
                f"folder {wanted!r} does not exist on {account.host} (account {account.name})",
                host=account.host,
                folder=wanted,
            )
        plans.append(FolderPlan(found.name, "configured"))
    if account.spam:
        junk = find_junk(folders)
        if junk is None:
            log.warning("account %s: no junk folder found on %s", account.name, account.host)
        elif junk[0].name not in {p.name for p in plans}:
            plans.append(FolderPlan(junk[0].name, junk[1], junk=True))
        else:
            plans = [FolderPlan(p.name, p.reason, junk=p.name == junk[0].name) for p in plans]
    return plans


def poll_folder(
    conn: ImapConnection,
    store: Store,
    config: Config,
    account: AccountConfig,
    folder: str,
    result: PollResult,
    *,
    max_size: int = MAX_MESSAGE_BYTES,
    full: bool = False,
    junk: bool = False,
) -> FolderStats:
    """Read the new messages of one folder (with ``full``, all); add the finds to ``result``.
    ``junk``: the folder is the account's junk folder, which its notices say."""
    stats = FolderStats(account.name, folder)
    result.folders.append(stats)
    state = None if full else store.folder_state(account.name, folder)
    status = conn.status(folder)
    if state and (state.uidvalidity, state.uidnext) == (status.uidvalidity, status.uidnext):
        stats.unchanged = True
        return stats

    selected = conn.examine(folder)
    if state and state.uidvalidity != selected.uidvalidity:
        log.info("%s/%s: UIDVALIDITY changed; reading the folder again", account.name, folder)
    last = state.last_uid if state and state.uidvalidity == selected.uidvalidity else 0
    since = account.since if last == 0 else None
    # "N:*" always matches the highest UID, even when it is below N.
    uids = [u for u in conn.search(candidate_criteria(last, since), folder=folder) if u > last]
    stats.matched = len(uids)

    signals = store.signals()
    for start in range(0, len(uids), BATCH_UIDS):
        batch = uids[start : start + BATCH_UIDS]
        seen, found, new_signals = _examine_batch(
            conn, account, folder, selected.uidvalidity, batch, stats, result, signals, max_size
        )
        found = [Found(f.uid, _placed(f.notice, folder, junk=junk)) for f in found]
        signals += new_signals
        last = max(last, batch[-1])
        # UIDNEXT stays at last + 1 until the folder is done: a run killed
        # now must not find the folder "unchanged" next time and skip the rest.
        _commit(
            store,
            config,
            account,
            folder,
            selected.uidvalidity,
            last + 1,
            last,
            seen,
            found,
            new_signals,
            result,
            redeliver=full,
        )
    # Everything below UIDNEXT that SEARCH did not return cannot matter.
    last = max(last, selected.uidnext - 1)
    uidnext = max(selected.uidnext, last + 1)
    _commit(store, config, account, folder, selected.uidvalidity, uidnext, last,
            [], [], [], result)
    log.debug(
        "%s/%s: %d matched, %d headers, %d bodies (%d bytes), %d too large",
        account.name, folder, stats.matched, stats.headers, stats.bodies,
        stats.body_bytes, stats.too_large,
    )
    return stats


def _examine_batch(
    conn: ImapConnection,
    account: AccountConfig,
    folder: str,
    uidvalidity: int,
    batch: list[int],
    stats: FolderStats,
    result: PollResult,
    signals: list[OrderSignal],
    max_size: int,
) -> tuple[list[Seen], list[Found], list[OrderSignal]]:
    seen: list[Seen] = []
    found: list[Found] = []
    new_signals: list[OrderSignal] = []
    headers = conn.fetch_headers(batch, folder=folder)
    stats.headers += len(headers)
    wanted: list[Header] = []
    for header in headers:
        if header.size > max_size:
            stats.too_large += 1
            log.warning(
                "%s: skipped, %d bytes is over the %d byte limit",
                source_of(account, folder, uidvalidity, header.uid),
                header.size,
                max_size,
            )
            seen.append(Seen(header.uid, "too_large"))
        elif _needs_body(header.data):
            wanted.append(header)
        else:
            seen.append(Seen(header.uid, "not_candidate"))

    for uid, data in conn.fetch_bodies(wanted, folder=folder):
        stats.bodies += 1
        stats.body_bytes += len(data)
        source = source_of(account, folder, uidvalidity, uid)
        outcome = _analyze(source, data)
        if isinstance(outcome, Notice):
            found.append(Found(uid, api.apply_history(outcome, signals + new_signals)))
            seen.append(Seen(uid, "notice"))
        elif isinstance(outcome, OrderSignal):
            new_signals.append(outcome)
            seen.append(Seen(uid, "signal"))
        elif isinstance(outcome, ScanError):
            log.warning("%s: %s", source, outcome.error)
            result.errors.append(outcome)
            seen.append(Seen(uid, "error"))
        else:
            seen.append(Seen(uid, "none"))
    # A message expunged between the header and the body fetch is simply gone.
    return seen, found, new_signals


def _placed(notice: Notice, folder: str, *, junk: bool) -> Notice:
    """The notice with the folder it was read from. A notice in the junk folder
    that is no look-alike also gets the advice to mark it as not spam."""
    update: dict[str, object] = {"folder": folder, "found_in_junk": junk}
    if junk and notice.authenticity.verdict is not Verdict.SUSPICIOUS:
        update["actions"] = [actions.not_spam_action(folder), *notice.actions]
    return notice.model_copy(update=update)


def _needs_body(header: bytes) -> bool:
    if sniff.is_candidate(header) or looks_forwarded(header):
        return True
    # The server's SEARCH matched it, yet the header block never names Amazon:
    # it matched on the body, which only the body can settle.
    return b"amazon" not in header.lower()


def _analyze(source: str, data: bytes) -> Notice | OrderSignal | ScanError | None:
    try:
        if not sniff.is_candidate(data):
            return None
        return api.analyze_candidate(source, data)
    except Exception as exc:
        # One message must never stop a run; it becomes an entry in errors.
        log.debug("%s: analysis failed", source, exc_info=True)
        return ScanError(source=source, error=f"analysis failed: {type(exc).__name__}: {exc}")


def _commit(
    store: Store,
    config: Config,
    account: AccountConfig,
    folder: str,
    uidvalidity: int,
    uidnext: int,
    last: int,
    seen: list[Seen],
    found: list[Found],
    signals: list[OrderSignal],
    result: PollResult,
    *,
    redeliver: bool = False,
) -> None:
    new = store.commit_batch(
        account.name,
        folder,
        uidvalidity=uidvalidity,
        uidnext=uidnext,
        last_uid=last,
        seen=seen,
        found=found,
        signals=signals,
        redeliver=redeliver,
    )
    # Not yet in result.notices: _deliver() reads them back from the store's
    # pending list, together with any an earlier, killed run left there.
    log.debug("%s/%s: %d new notices committed", account.name, folder, len(new))


def source_of(account: AccountConfig, folder: str, uidvalidity: int, uid: int) -> str:
    """``imap://ACCOUNT/FOLDER;UIDVALIDITY=V;UID=U``, the report's ``source``."""
    return f"imap://{account.name}/{folder};UIDVALIDITY={uidvalidity};UID={uid}"


def _shown(config: Config) -> str | None:
    return str(config.source) if config.source else None


# --- history and check --------------------------------------------------------------


def history(config: Config, *, since: date | None = None) -> Report:
    """Every notice in the state database (dated on or after ``since``) as a report."""
    with Store(config.state_path) as store:
        notices = store.notices(since)
        scanned = store.seen_count()
    junk_read = any(account.spam for account in config.account)
    return api.build_report(notices, [], scanned=scanned, junk_read=junk_read)


@dataclass(frozen=True, slots=True)
class StateInfo:
    """What ``reset`` would delete: the database, and how much it remembers."""

    path: Path
    notices: int
    seen: int


def state_info(config: Config) -> StateInfo | None:
    """The state database's size in notices and messages seen; None when there is none."""
    path = config.state_path
    if not path.exists():
        return None
    with Store(path) as store:
        return StateInfo(path, store.notice_count(), store.seen_count())


def reset(config: Config, *, lock_wait: float = LOCK_WAIT) -> list[Path]:
    """Delete the state database: the next poll reads every folder from the start.

    Notices found before are forgotten, so the next poll reports them again.
    Raises OutputError when a poll or watch holds the lock for ``lock_wait`` s.
    """
    if not state_files(config.state_path):
        return []
    return delete_state(config.state_path, wait=lock_wait)


def check(config: Config) -> list[AccountCheck]:
    """Log in to every account and list the folders a poll would read, with why.

    The ``[notify]`` URLs are read and parsed too: one Apprise does not
    understand fails the check (ConfigError) rather than the first poll.
    """
    checks: list[AccountCheck] = []
    secrets = [resolve_secret(a, config_path=_shown(config)) for a in config.account]
    notifier_of(config)
    for account, secret in zip(config.account, secrets, strict=True):
        server = f"{account.host}:{account.effective_port} ({account.security})"
        try:
            with ImapConnection.open(account, secret.get_secret_value()) as conn:
                plans = plan_folders(conn.list_folders(), account)
                folders = [(plan, conn.status(plan.name).messages) for plan in plans]
        except ImapError as exc:
            checks.append(AccountCheck(account.name, server, error=str(exc)))
            continue
        checks.append(AccountCheck(account.name, server, folders))
    return checks


# --- watch ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Watching:
    """What a watch does for one account, told when it (re)connects.

    ``idle`` is watched with IDLE; every folder (``idle`` among them) is read
    every ``interval`` seconds; ``others`` are those that get no IDLE.
    """

    account: str
    idle: str
    others: list[str]
    interval: float
    reconnected: bool = False


Started = Callable[[Watching], None]


@dataclass(frozen=True, slots=True)
class _Watch:
    """What every account thread of one watch shares."""

    config: Config
    stop: threading.Event
    emit: Emit
    notifier: Notifier
    started: Started | None
    idle_renew: float
    folder_interval: float
    lock_wait: float


def watch(
    config: Config,
    *,
    stop: threading.Event,
    emit: Emit,
    started: Started | None = None,
    idle_renew: float = IDLE_RENEW,
    folder_interval: float = FOLDER_INTERVAL,
    lock_wait: float = 60.0,
) -> list[AccountFailure]:
    """Stay connected until ``stop`` is set; ``emit`` gets every pass's result.

    Each account gets a thread: IDLE on its first configured folder (the
    inbox), a pass over all its folders every ``folder_interval`` seconds (the
    junk folder gets no IDLE), IDLE renewed every ``idle_renew`` seconds, and
    reconnects with exponential backoff. A refused login ends the watch.
    ``started`` is told, per account, what is watched each time a connection
    is made, before its first pass.
    """
    failures: list[AccountFailure] = []
    secrets = {a.name: resolve_secret(a, config_path=_shown(config)) for a in config.account}
    shared = _Watch(
        config, stop, emit, notifier_of(config), started, idle_renew, folder_interval, lock_wait
    )
    threads = [
        threading.Thread(
            target=_watch_account,
            args=(shared, account, secrets[account.name].get_secret_value(), failures),
            name=f"watch-{account.name}",
            daemon=True,
        )
        for account in config.account
    ]
    for thread in threads:
        thread.start()
    # Join with a timeout so the main thread stays free to run signal handlers.
    while any(t.is_alive() for t in threads):
        for thread in threads:
            thread.join(timeout=0.2)
    return failures


def _watch_account(
    w: _Watch, account: AccountConfig, secret: str, failures: list[AccountFailure]
) -> None:
    backoff = 1.0
    attempts = connects = 0
    while not w.stop.is_set():
        try:
            if account.uses_oauth2 and attempts:
                # Access tokens live about an hour; a reconnect needs a fresh one.
                secret = resolve_secret(account, config_path=_shown(w.config)).get_secret_value()
            attempts += 1
            with ImapConnection.open(account, secret) as conn:
                backoff = 1.0
                connects += 1
                _watch_connected(conn, w, account, reconnected=connects > 1)
        except ImapAuthError as exc:
            failures.append(AccountFailure(account.name, str(exc), auth=True))
            w.stop.set()
            return
        except (ImapError, ConfigError) as exc:
            log.warning("account %s: %s; reconnecting in %.0f s", account.name, exc, backoff)
            w.stop.wait(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF)
        except Exception as exc:
            # The state cannot be written, or a bug: a watch that silently
            # lost its thread would look alive and report nothing, so stop.
            log.debug("account %s: watch failed", account.name, exc_info=True)
            failures.append(AccountFailure(account.name, str(exc) or type(exc).__name__))
            w.stop.set()
            return


def _watch_connected(
    conn: ImapConnection, w: _Watch, account: AccountConfig, *, reconnected: bool
) -> None:
    plans = plan_folders(conn.list_folders(), account)
    idle_folder = plans[0].name
    if w.started is not None:
        others = [p.name for p in plans if p.name != idle_folder]
        w.started(Watching(account.name, idle_folder, others, w.folder_interval, reconnected))
    everything = True
    next_full = 0.0
    while not w.stop.is_set():
        todo = plans if everything else [p for p in plans if p.name == idle_folder]
        _watch_pass(conn, w, account, todo)
        if everything:
            next_full = time.monotonic() + w.folder_interval
        conn.examine(idle_folder)
        conn.idle_start()
        log.debug("account %s: idling on %s", account.name, idle_folder)
        idle_since = time.monotonic()
        everything = False
        while not w.stop.is_set():
            now = time.monotonic()
            if now >= next_full:
                everything = True
                break
            if now - idle_since >= w.idle_renew:
                conn.idle_stop()
                conn.idle_start()
                idle_since = time.monotonic()
                log.debug("account %s: IDLE renewed", account.name)
            if conn.idle_wait(min(1.0, max(next_full - now, 0.05))):
                break
        conn.idle_stop()


def _watch_pass(
    conn: ImapConnection, w: _Watch, account: AccountConfig, plans: list[FolderPlan]
) -> None:
    result = PollResult()
    with state_lock(w.config.state_path, wait=w.lock_wait) as locked:
        if not locked:
            log.warning("state is locked by another poll; trying again later")
            return
        with Store(w.config.state_path) as store:
            # A pass may read only the inbox, but the watch reads the junk folder too.
            result.junk_read = account.spam
            for plan in plans:
                poll_folder(conn, store, w.config, account, plan.name, result, junk=plan.junk)
            _deliver(store, w.notifier, result, w.emit)
