"""notify.py without a server: the message text, the filters, retries per target, secrets.

The end-to-end tests (real HTTP and SMTP endpoints, a real Dovecot) are in
test_imap_notify.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cancel_mail.config import NotifyConfig, load_config, resolve_notify_urls
from cancel_mail.errors import ConfigError
from cancel_mail.models import Action, Authenticity, Cause, Notice, Verdict
from cancel_mail.notify import Notifier, Target, message, secret_parts

ORDER_TITLE = "amazon.de order 112-1234567-1234567"


def notice(cause: Cause = Cause.PAYMENT_ISSUE, verdict: Verdict = Verdict.GENUINE,
           orders: tuple[str, ...] = ("112-1234567-1234567",)) -> Notice:
    return Notice(
        source="imap://a/INBOX;UIDVALIDITY=1;UID=1",
        subject="Your order has been canceled",
        marketplace="amazon.de",
        order_ids=list(orders),
        cause=cause,
        confidence=0.9,
        authenticity=Authenticity(verdict=verdict),
        actions=[Action(id="update_payment", text="Update the card.", url="https://x.example/")],
    )


@pytest.mark.parametrize(
    ("cause", "title"),
    [
        (Cause.INVENTORY_SHORTAGE, f"{ORDER_TITLE} cancelled: inventory shortage"),
        (Cause.PAYMENT_ISSUE, f"{ORDER_TITLE} cancelled: payment issue"),
        (Cause.UNKNOWN, f"{ORDER_TITLE} cancelled: reason unknown"),
    ],
    ids=["inventory", "payment", "unknown"],
)
def test_title_is_order_and_cause_body_is_first_action(cause: Cause, title: str) -> None:
    text = message(notice(cause))
    assert (text.title, text.body, text.warning) == (
        title, "Update the card.\nhttps://x.example/", False)


def test_look_alike_gets_a_warning_title() -> None:
    text = message(notice(verdict=Verdict.SUSPICIOUS, orders=("114-1", "114-2")))
    assert text.warning
    assert text.title.startswith("Warning: a look-alike")
    assert "114-1, 114-2" in text.title and "cancelled:" not in text.title


def test_default_filters_leave_out_the_users_own_cancellations() -> None:
    config = NotifyConfig()
    sent: list[str] = []
    notifier = Notifier.from_config(config, [])
    assert not notifier.wants(notice())  # no target: nothing is wanted
    notifier = Notifier([Target("k", "test", lambda n: sent.append(n.source) is None)],
                        causes=config.causes, verdicts=config.verdicts)
    assert all(notifier.wants(notice(c)) for c in Cause if c is not Cause.CUSTOMER_REQUEST)
    assert not notifier.wants(notice(Cause.CUSTOMER_REQUEST))
    assert all(notifier.wants(notice(verdict=v)) for v in Verdict)


def test_send_skips_targets_done_and_targets_down(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    def target(key: str, works: bool) -> Target:
        return Target(key, f"target {key}", lambda n: calls.append(key) is None and works)

    notifier = Notifier([target("a", True), target("b", False), target("c", True)],
                        causes=list(Cause), verdicts=list(Verdict))
    down: set[str] = set()
    with caplog.at_level(logging.WARNING, logger="cancel_mail.notify"):
        have = notifier.send(notice(), frozenset({"a"}), down)
    assert calls == ["b", "c"]
    assert have == {"a", "c"} and down == {"b"}
    assert "target b failed" in caplog.text
    # The next notice of the same run does not wait for a target that is down.
    assert notifier.send(notice(), frozenset(), down) == {"a", "c"}
    assert calls == ["b", "c", "a", "c"]


@pytest.mark.parametrize(
    ("url", "secrets", "kept"),
    [
        ("json://user:pa%24%24@hooks.example.org:8080/path-token?+X-Key=k3y",
         ["user", "pa$$", "pa%24%24", "path-token", "k3y"], ["hooks.example.org", "8080"]),
        ("tgram://123456789:AAHbotToken/-100200300", ["123456789", "AAHbotToken", "-100200300"],
         []),
        ("ntfys://ntfy.sh/my-secret-topic", ["my-secret-topic"], ["ntfy.sh"]),
    ],
    ids=["json", "telegram-token-as-host", "ntfy-topic"],
)
def test_secret_parts_cover_every_slot_of_a_url(
    url: str, secrets: list[str], kept: list[str]
) -> None:
    parts = secret_parts(url)
    for secret in secrets:
        assert secret in parts
    for part in kept:
        assert part not in parts
    assert parts == sorted(parts, key=len, reverse=True)  # longest replaced first


def test_urls_env_must_be_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_NO_SUCH_VAR", raising=False)
    with pytest.raises(ConfigError, match="CM_NO_SUCH_VAR is not set"):
        resolve_notify_urls(NotifyConfig(urls_env="CM_NO_SUCH_VAR"))
    monkeypatch.setenv("CM_NO_SUCH_VAR", "json://a.example/ , json://b.example/\njson://c/")
    urls = resolve_notify_urls(NotifyConfig(urls_env="CM_NO_SUCH_VAR"))
    assert [u.get_secret_value() for u in urls] == [
        "json://a.example/", "json://b.example/", "json://c/"]


def test_notify_urls_are_secret_in_the_config(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[[account]]\nname = "a"\nhost = "h"\nusername = "u"\npassword_env = "P"\n'
        '[notify]\nurls = ["json://u:s3cret-value@h/"]\ncauses = ["payment_issue"]\n'
    )
    config = load_config(path)
    assert "s3cret-value" not in repr(config)
    assert config.notify.causes == [Cause.PAYMENT_ISSUE]
    path.write_text(path.read_text().replace('"payment_issue"', '"out_of_stock"'))
    with pytest.raises(ConfigError, match=r"notify\.causes"):
        load_config(path)


@pytest.mark.parametrize("value", ['"json://u:s3cret-value@h/"', '["json://u:s3cret-value@h/", 7]'],
                         ids=["not-a-list", "not-a-string"])
def test_a_bad_urls_value_is_not_echoed(tmp_path: Path, value: str) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[[account]]\nname = "a"\nhost = "h"\nusername = "u"\npassword_env = "P"\n'
                    f"[notify]\nurls = {value}\n")
    with pytest.raises(ConfigError, match=r"notify\.urls") as caught:
        load_config(path)
    assert "s3cret-value" not in str(caught.value)
