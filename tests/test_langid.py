"""Language detection (langid.py) on the fixtures of every supported language, on
short notices padded with English template text, and on languages cancel-mail
does not support.

Run as a script to print the accuracy per language and per kind of sample:

    .venv/bin/python tests/test_langid.py
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

from cancel_mail import lang, langid, normalise, sentences, statements
from cancel_mail.errors import MessageError
from cancel_mail.parse import parse_message

MAIL = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
LANGUAGE_GROUPS = ("en", "de", "fr", "es", "it", "ja", "nl", "pt", "pl", "sv", "tr", "ar")

# Amazon's English template text as it turns up in mail in other languages:
# headings, the order box, the footer.
ENGLISH_TEMPLATE = (
    "Order Details\nCanceled Items\nQuantity: 1\nView or manage order\n"
    "This email was sent from a notification-only address that cannot accept incoming "
    "email. Please do not reply to this message.\n"
    "Amazon will never ask you for your password or your full card number by email. "
    "If you are not sure a message is from us, sign in to Your Account directly.\n"
    "We hope to see you again soon.\nConditions of Use | Privacy Notice\n"
    "© 2025 Amazon.com, Inc. or its affiliates. All rights reserved.\n"
)


@dataclass(frozen=True)
class Sample:
    fixture: str
    language: str
    marketplace: str | None
    subject: str
    statement: str  # the first sentence that states the cancellation
    focus: str
    wider: str


def _samples() -> list[Sample]:
    """Every fixture notice of every group whose expectation names its language."""
    out: list[Sample] = []
    for expected in sorted(MAIL.glob("*/expected.json")):
        group = expected.parent.name
        table = json.loads(expected.read_text(encoding="utf-8"))
        for name, exp in sorted(table.items()):
            path = MAIL / group / name
            if not exp.get("notice") or not exp.get("language") or not path.is_file():
                continue
            try:
                msg = parse_message(path.read_bytes())
            except MessageError:
                continue
            body = sentences.body_region(msg.text)
            said = [s for s in sentences.split(body[:4000]) if statements.states_cancellation(s)]
            if statements.states_cancellation(msg.subject):
                said.insert(0, msg.subject)
            if not said:
                continue
            # The sentence that says most: a heading ("Stornierte Artikel") names
            # no language on its own.
            statement = max(said, key=lambda s: len(s.split()))
            out.append(
                Sample(
                    fixture=f"{group}/{name}",
                    language=exp["language"],
                    marketplace=exp.get("marketplace"),
                    subject=msg.subject,
                    statement=statement,
                    focus="\n".join(dict.fromkeys([msg.subject, *said])),
                    wider=f"{msg.subject}\n{body[:3000]}",
                )
            )
    return out


SAMPLES = _samples()


def _variants(s: Sample) -> dict[str, str | None]:
    """What langid says of the sample in each setting: as detect.py asks, and the
    one sentence that states the cancellation alone amid English template text,
    with and without its marketplace, and with an English marketplace's."""
    padded = f"{s.statement}\n{ENGLISH_TEMPLATE * 3}"
    return {
        "as sent": langid.guess(s.focus, s.wider, s.marketplace),
        "padded, no marketplace": langid.guess(s.statement, padded, None),
        "padded, own marketplace": langid.guess(s.statement, padded, s.marketplace),
        "padded, amazon.com": langid.guess(s.statement, padded, "amazon.com"),
    }


def accuracy() -> dict[str, dict[str, tuple[int, int]]]:
    """language -> variant -> (right, all)."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for s in SAMPLES:
        for variant, got in _variants(s).items():
            cell = table[s.language][variant]
            cell[0] += got == s.language
            cell[1] += 1
    return {code: {v: (r, n) for v, (r, n) in row.items()} for code, row in table.items()}


def test_every_language_has_samples() -> None:
    have = {s.language for s in SAMPLES}
    assert have == set(LANGUAGE_GROUPS) == set(lang.CODES)
    assert all(sum(s.language == code for s in SAMPLES) >= 6 for code in LANGUAGE_GROUPS)


@pytest.mark.parametrize("code", LANGUAGE_GROUPS)
def test_every_fixture_of_a_language_is_recognised_in_every_setting(code: str) -> None:
    wrong = [
        (s.fixture, variant, got)
        for s in SAMPLES
        if s.language == code
        for variant, got in _variants(s).items()
        if got != code
    ]
    assert wrong == []


# Subject lines and first sentences of short notices, each of which must be told
# apart amid English template text and whatever the marketplace.
SHORT = {
    "en": [
        "Your order has been cancelled",
        "We've canceled your order",
        "Item cancelled successfully",
    ],
    "de": ["Ihre Bestellung wurde storniert", "Wir haben Ihre Bestellung storniert"],
    "fr": ["Votre commande a été annulée", "Nous avons annulé votre commande"],
    "es": ["Tu pedido ha sido cancelado", "Hemos cancelado tu pedido"],
    "it": ["Il tuo ordine è stato annullato", "Abbiamo annullato il tuo ordine"],
    "ja": ["ご注文はキャンセルされました", "ご注文のキャンセルについて"],
    "nl": [
        "Je bestelling is geannuleerd",
        "Uw bestelling is geannuleerd",
        "We hebben je bestelling geannuleerd",
    ],
    "pt": ["Seu pedido foi cancelado", "Cancelamos o seu pedido", "Sua compra foi cancelada"],
    "pl": ["Twoje zamówienie zostało anulowane", "Anulowaliśmy Twoje zamówienie"],
    "sv": ["Din beställning har annullerats", "Vi har annullerat din beställning"],
    "tr": ["Siparişiniz iptal edildi", "Siparişinizi iptal ettik", "SİPARİŞİNİZ İPTAL EDİLDİ"],
    "ar": ["تم إلغاء طلبك", "لقد ألغينا طلبك", "سبب الإلغاء: نفاد المخزون"],
}


@pytest.mark.parametrize("marketplace", [None, "amazon.com", "amazon.de", "amazon.co.jp"])
@pytest.mark.parametrize(
    ("code", "line"), [(code, line) for code, lines in SHORT.items() for line in lines]
)
def test_a_short_notice_amid_english_template_text(
    code: str, line: str, marketplace: str | None
) -> None:
    assert langid.guess(line, f"{line}\n{ENGLISH_TEMPLATE}", marketplace) == code


# --- languages cancel-mail does not support ------------------------------------------

UNSUPPORTED = {
    "ru": "Ваш заказ 171-1234567-1234567 был отменён, так как товара нет в наличии.",
    "zh": "您的订单 171-1234567-1234567 已被取消，因为该商品目前缺货。",
    "hi": "आपका ऑर्डर 171-1234567-1234567 रद्द कर दिया गया है क्योंकि आइटम उपलब्ध नहीं है।",
    "el": "Η παραγγελία σας 171-1234567-1234567 ακυρώθηκε επειδή το προϊόν δεν είναι διαθέσιμο.",
    "he": "ההזמנה שלך 171-1234567-1234567 בוטלה מכיוון שהפריט אזל מהמלאי.",
    "ko": "주문 171-1234567-1234567 이(가) 재고 부족으로 취소되었습니다.",
}


@pytest.mark.parametrize("marketplace", [None, "amazon.com", "amazon.de"])
@pytest.mark.parametrize("code", sorted(UNSUPPORTED))
def test_an_unsupported_language_is_none_never_a_guess(code: str, marketplace: str | None) -> None:
    text = UNSUPPORTED[code]
    assert langid.guess(text, text, marketplace) is None
    # A little English template text around it changes nothing.
    assert langid.guess(text, f"{text}\n{text}\nOrder Details\nQuantity: 1", marketplace) is None


def test_an_unsupported_body_under_an_english_subject_is_none() -> None:
    body = "\n".join([UNSUPPORTED["ru"]] * 4)
    subject = "Your Amazon.com order has been cancelled"
    assert langid.guess(subject, f"{subject}\n{body}", "amazon.com") is None


# --- scripts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ご注文はキャンセルされました。", "ja"),
        ("تم إلغاء طلبك.", "ar"),
        ("Amazon.ae: تم إلغاء طلبك رقم 171-1234567-1234567", "ar"),
        ("Amazon.co.jp ご注文 249-1234567-1234567 のキャンセル", "ja"),
    ],
)
def test_script_languages_are_known_by_their_letters_amid_english(text: str, code: str) -> None:
    assert langid.guess(text, f"{text}\n{ENGLISH_TEMPLATE * 5}", "amazon.com") == code


@pytest.mark.parametrize(
    "title", ["ソニー ワイヤレスイヤホン", "عطر العود الملكي", "Электрочайник"]
)
def test_a_foreign_item_title_in_an_english_notice_leaves_it_english(title: str) -> None:
    focus = f'Your Amazon.com order of "{title}" has been canceled\nWe have cancelled your order.'
    wider = f"{focus}\n{ENGLISH_TEMPLATE}"
    assert langid.guess(focus, wider, "amazon.com") == "en"


def test_chinese_with_kana_is_japanese_and_without_kana_unsupported() -> None:
    kanji_only = "注文番号確認済商品発送予定日変更"
    assert langid.guess(kanji_only, kanji_only, "amazon.co.jp") is None
    mixed = kanji_only + "のお知らせです"
    assert langid.guess(mixed, mixed, None) == "ja"


# --- Arabic text through the splitting and matching ----------------------------------


def test_arabic_sentences_end_at_full_stop_and_arabic_question_mark() -> None:
    text = "تم إلغاء طلبك. هل تحتاج إلى مساعدة؟ تواصل معنا"
    assert sentences.split(text) == ["تم إلغاء طلبك.", "هل تحتاج إلى مساعدة؟", "تواصل معنا"]


def test_arabic_comma_ends_a_clause_and_with_it_a_guard() -> None:
    # "If you want, you can cancel your order" (a guard, no statement) and "we
    # cannot ship it, so we have cancelled your order" (a statement whose
    # clause holds no guard).
    assert not statements.states_cancellation("يمكنك إلغاء طلبك من صفحة الطلبات.")
    assert statements.states_cancellation("لا يمكننا شحن المنتج، لذلك تم إلغاء طلبك.")
    assert sentences.clauses("أولًا، ثانيًا؛ ثالثًا") == ["أولًا", " ثانيًا", " ثالثًا"]


@pytest.mark.parametrize(
    "sentence",
    [
        "سيتم إلغاء طلبك إذا لم يتم الدفع.",  # will be cancelled if
        "لم يتم إلغاء طلبك.",  # was not cancelled
        "إذا لم نستلم الدفع، تم إلغاء طلبك تلقائيًا.",  # a conditional clause before
    ],
)
def test_arabic_warnings_and_negations_state_nothing(sentence: str) -> None:
    assert not statements.states_cancellation(sentence)


def test_direction_marks_do_not_split_an_arabic_statement() -> None:
    raw = "تم\u200f إلغاء\u200e طلبك رقم \u200e171-1234567-1234567\u200e."
    text = normalise.normalise_text(raw)
    assert "\u200e" not in text and "\u200f" not in text
    assert statements.states_cancellation(text)
    assert "171-1234567-1234567" in text


def test_direction_overrides_survive_for_authenticity_to_see() -> None:
    # Marks are Arabic's own; an override in a subject is a spoofing trick.
    assert normalise.normalise_line("Your order \u202e7654321\u202c") == (
        "Your order \u202e7654321\u202c"
    )


def main() -> None:
    table = accuracy()
    variants = list(next(iter(table.values())))
    print("language  " + "  ".join(f"{v:>24}" for v in variants))
    for code in LANGUAGE_GROUPS:
        row = table[code]
        print(f"{code:<8}  " + "  ".join(f"{row[v][0]:>18}/{row[v][1]:<5}" for v in variants))


if __name__ == "__main__":
    main()
