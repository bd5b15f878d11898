"""The sentence-level cause model: shipped weights, featuriser, predictions, evidence."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cancel_mail import causemodel, lang
from cancel_mail.causemodel import features as feats
from cancel_mail.causemodel.model import load

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training.corpus import (  # noqa: E402
    copied_from_fixtures,
    corpus_sha256,
    key,
    read_corpus,
)

WEIGHTS = ROOT / "cancel_mail" / "causemodel" / "weights.json"
SAMPLES = {
    "en": "We couldn't process your payment because the card had expired.",
    "de": "Der Artikel ist leider nicht mehr lieferbar, aber Ihre Zahlung ist in Ordnung.",
    "fr": "Ce n'est pas parce que votre carte a été refusée : l'article est épuisé.",
    "es": "No pudimos verificar la identidad del titular de la cuenta.",
    "it": "L'articolo non è più disponibile presso il venditore.",
    "ja": "在庫切れのためではなく、システムエラーのためキャンセルしました。",
    "nl": "We konden uw betaling niet verwerken omdat de kaart verlopen was.",
    "pt": "O artigo já não está disponível junto do vendedor.",
    "pl": "Nie udało się zweryfikować Twojej tożsamości.",
    "sv": "Varan är tyvärr slut i lager, men din betalning är i sin ordning.",
    "tr": "İptal nedeni: ödeme yönteminiz reddedildi.",
    "ar": "لم نتمكن من معالجة الدفع لأن البطاقة منتهية الصلاحية.",
}


@pytest.fixture(scope="module")
def corpus() -> set[tuple[str, str]]:
    examples, _ = read_corpus()
    return {(e.language, key(e.text)) for e in examples}


def test_shipped_weights_were_trained_on_this_corpus() -> None:
    _, paths = read_corpus()
    assert causemodel.corpus_sha256() == corpus_sha256(paths), (
        "training/corpus changed: run training/train.py"
    )


def test_shipped_weights_were_trained_with_this_language_data() -> None:
    assert load().lang_sha256 == feats.lang_sha256(), (
        "negations, clause breaks or stopwords in cancel_mail/lang changed: run training/train.py"
    )


def test_every_corpus_line_has_a_label_and_one_tab() -> None:
    examples, paths = read_corpus()  # raises CorpusError on any bad line
    assert {e.label for e in examples} == set(causemodel.LABELS)
    languages = {p.stem.split("-")[0] for p in paths}
    # Every corpus file is of a language the language layer knows (its cues
    # are what the featuriser reads), and every sample's language has a corpus.
    assert languages <= set(lang.CODES)
    assert set(SAMPLES) <= languages


def test_no_corpus_sentence_is_copied_from_the_fixtures() -> None:
    examples, _ = read_corpus()
    assert [e.text for e in copied_from_fixtures(examples)] == []


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_features_are_the_same_for_the_same_input(language: str) -> None:
    text = SAMPLES[language]
    first = feats.features(text, language)
    assert first == feats.features(text, language)
    assert first == tuple(sorted(set(first)))
    kinds = {name.split(":", 1)[0] for name in first}
    assert kinds == ({"j"} if language == "ja" else {"w", "b", "c"})
    assert feats.features(text, None)  # all languages' cues at once


def test_features_ignore_case_and_unicode_form() -> None:
    assert feats.features("CAFÉ Declined", "fr") == feats.features(
        unicodedata.normalize("NFD", "café declined"), "fr"
    )
    assert feats.features("ｶｰﾄﾞ", "ja") == feats.features("カード", "ja")


@pytest.mark.parametrize(
    ("language", "text", "negated", "plain"),
    [
        ("en", "Cancelled, but not because your card was declined.", "declined", "cancelled"),
        ("en", "We couldn't charge the card, so it was cancelled.", "charge", "cancelled"),
        ("de", "Nicht wegen Ihrer Karte, sondern wegen des Lagers.", "karte", "lagers"),
        ("fr", "Ce n'est pas parce que votre carte a été refusée.", "refusée", "ce"),
        ("es", "No es porque tu tarjeta fue rechazada.", "rechazada", None),
        ("it", "Non è perché la carta è stata rifiutata.", "rifiutata", None),
    ],
)
def test_negation_scope_marks_the_denied_words(
    language: str, text: str, negated: str, plain: str | None
) -> None:
    names = set(feats.features(text, language))
    assert f"w:NOT_{negated}" in names
    assert f"w:{negated}" not in names
    if plain is not None:
        assert f"w:{plain}" in names


def test_japanese_negation_marks_the_words_before_the_cue() -> None:
    names = set(feats.features("カードが拒否されたためではなく、在庫がありません。", "ja"))
    assert "j:NOT_拒否" in names and "j:拒否" not in names
    assert "j:NOT_在庫" in names  # "there is no stock": the scope stays within its clause
    assert "j:NOT_キャンセル" not in set(feats.features("在庫がないためキャンセルしました。", "ja"))


def test_a_denied_payment_reason_is_not_payment_issue() -> None:
    text = "The seller couldn't ship it in time. This is not because your card was declined."
    assert causemodel.score(text, "en").label != "payment_issue"


def test_payment_method_no_longer_available_is_payment_issue() -> None:
    text = "the payment method used for this order is no longer available"
    assert causemodel.score(text, "en").label == "payment_issue"


# Sentences written for this test; none is in the corpus (checked below).
PROBES = [
    ("en", "the item was priced incorrectly on our website", "technical_issue"),
    ("en", "your bank did not authorize the transaction", "payment_issue"),
    ("en", "we were unable to confirm your identity", "fraud_prevention"),
    ("en", "the gift card balance did not cover the total", "payment_issue"),
    ("en", "the manufacturer stopped making this item", "inventory_shortage"),
    ("en", "We're cancelling your order 112-1234567-1234567.", "none"),
    ("en", "We'll never ask for your password or payment details by email.", "none"),
    ("en", "You asked us to cancel this order, and we have done so.", "customer_request"),
    ("de", "Ihre Bank hat die Abbuchung verweigert.", "payment_issue"),
    ("de", "Der Hersteller produziert dieses Modell nicht mehr.", "inventory_shortage"),
    ("de", "Auf unserer Website stand ein falscher Preis für diesen Artikel.", "technical_issue"),
    ("fr", "Votre banque a refusé la transaction.", "payment_issue"),
    ("fr", "Nous n'avons pas pu confirmer votre identité.", "fraud_prevention"),
    ("fr", "Le fabricant a arrêté la production de cet article.", "inventory_shortage"),
    ("es", "El vendedor se quedó sin existencias de este producto.", "inventory_shortage"),
    ("es", "Hemos detectado una actividad inusual en tu cuenta.", "fraud_prevention"),
    ("it", "La tua banca ha rifiutato il pagamento.", "payment_issue"),
    ("it", "Un errore del nostro sistema ha mostrato un prezzo sbagliato.", "technical_issue"),
    ("ja", "カード会社により決済が承認されませんでした。", "payment_issue"),
    ("ja", "メーカーでの生産が終了したため、商品をお届けできません。", "inventory_shortage"),
    ("ja", "お客様のご依頼により注文を取り消しました。", "customer_request"),
    # A condition or a denial states no reason; a contrast states the other one.
    ("en", "If your card is declined, we will cancel the order.", "none"),
    ("de", "Falls Ihre Karte abgelehnt wird, stornieren wir die Bestellung.", "none"),
    ("fr", "Si votre carte est refusée, nous annulerons la commande.", "none"),
    ("es", "Si tu tarjeta es rechazada, cancelaremos el pedido.", "none"),
    ("it", "Se la tua carta viene rifiutata, annulleremo l'ordine.", "none"),
    ("ja", "カードが拒否された場合、ご注文はキャンセルされます。", "none"),
    ("en", "It wasn't due to a pricing mistake.", "none"),
    ("en", "Your payment was fine, but the item sold out.", "inventory_shortage"),
    ("de", "Ihre Zahlung war in Ordnung, aber der Artikel ist ausverkauft.", "inventory_shortage"),
    ("fr", "Le remboursement sera effectué sur la carte utilisée pour payer.", "none"),
    ("es", "La fecha de caducidad de tu tarjeta ha pasado.", "payment_issue"),
    ("ja", "お客様のアカウントは一時的にロックされています。", "fraud_prevention"),
    ("nl", "Uw bank heeft de betaling geweigerd.", "payment_issue"),
    ("nl", "De fabrikant maakt dit model niet meer.", "inventory_shortage"),
    ("pt", "O seu banco recusou o pagamento.", "payment_issue"),
    ("pt", "Detetámos atividade invulgar na sua conta.", "fraud_prevention"),
    ("pl", "Twój bank odrzucił płatność.", "payment_issue"),
    ("pl", "Producent zakończył produkcję tego modelu.", "inventory_shortage"),
    ("sv", "Din bank nekade betalningen.", "payment_issue"),
    ("sv", "Ett fel i vårt system visade fel pris.", "technical_issue"),
    ("tr", "Bankanız ödemeyi reddetti.", "payment_issue"),
    ("tr", "Üretici bu modelin üretimini durdurdu.", "inventory_shortage"),
    ("ar", "رفض البنك الذي تتعامل معه عملية الدفع.", "payment_issue"),
    ("ar", "تم تعليق حسابك مؤقتًا لأسباب أمنية.", "fraud_prevention"),
]


@pytest.mark.parametrize(("language", "text", "label"), PROBES, ids=[p[1][:40] for p in PROBES])
def test_probe_sentences_outside_the_corpus(
    language: str, text: str, label: str, corpus: set[tuple[str, str]]
) -> None:
    assert (language, key(text)) not in corpus
    assert causemodel.score(text, language).label == label


def test_scores_are_probabilities() -> None:
    result = causemodel.score("Your card was declined.", None)
    assert set(result.probabilities) == set(causemodel.LABELS)
    assert sum(result.probabilities.values()) == pytest.approx(1.0)
    assert result.probability == max(result.probabilities.values())
    assert result.probabilities[result.label] == result.probability


EVIDENCE = [
    ("en", "Unfortunately the item was priced incorrectly on our website.", "technical_issue"),
    ("en", "Your card issuer declined the payment for this order.", "payment_issue"),
    ("de", "Leider ist der Artikel ausverkauft und nicht mehr lieferbar.", "inventory_shortage"),
    ("fr", "Nous avons constaté une activité inhabituelle sur votre compte.", "fraud_prevention"),
    ("es", "Tu pedido se canceló porque la tarjeta estaba caducada.", "payment_issue"),
    ("it", "L'articolo è esaurito presso il fornitore.", "inventory_shortage"),
]


@pytest.mark.parametrize(("language", "text", "label"), EVIDENCE, ids=[e[1][:30] for e in EVIDENCE])
def test_evidence_is_whole_words_of_the_text(language: str, text: str, label: str) -> None:
    found = causemodel.evidence(text, language, label)
    assert found
    for phrase in found:
        start = text.index(phrase)  # raises when it is not in the text
        end = start + len(phrase)
        assert start == 0 or not text[start - 1].isalnum(), phrase
        assert end == len(text) or not text[end].isalnum(), phrase


def test_japanese_evidence_is_whole_runs_of_kanji_and_katakana() -> None:
    text = "システムエラーにより価格が誤って表示されていました。"
    found = causemodel.evidence(text, "ja", "technical_issue")
    assert found
    for phrase in found:
        assert phrase in text
        assert not re.fullmatch("[\u3040-\u309f]+", phrase), phrase  # grammar alone
    assert any(p in ("システムエラー", "価格", "誤") or "システムエラー" in p for p in found)


# Pieces that change length or shape under NFKC and case folding (ligature,
# sharp s, half-width kana and voicing marks, combining accents, a squared
# word, a Roman numeral), cues of every kind, and clause punctuation.
_PIECES = [
    *"abeé ß ﬁ'’.,;:!?-ｶﾞﾄﾞー在庫切れの、。㍿Ⅷ",
    "e\u0301",
    "か\u3099",
    "not ",
    "if ",
    "because ",
    "n't ",
    "ない",
    "ではなく",
    "場合",
    "ｎｏｔ",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.sampled_from([None, "en", "fr", "ja"]),
    st.sampled_from(causemodel.LABELS),
)
def test_any_text_gives_spans_and_evidence_inside_it(
    text: str, language: str | None, label: str
) -> None:
    assert feats.features(text, language) == feats.features(text, language)
    for feature in feats.extract(text, language):
        assert 0 <= feature.start < feature.end <= len(text)
    for phrase in causemodel.evidence(text, language, label, k=5):
        assert phrase and phrase in text
    assert sum(causemodel.score(text, language).probabilities.values()) == pytest.approx(1.0)


def test_evidence_for_an_unknown_label_says_which_labels_exist() -> None:
    with pytest.raises(ValueError, match="payment_issue"):
        causemodel.evidence("Your card was declined.", "en", "unknown")


def test_explain_lists_every_label_most_probable_first() -> None:
    rows = causemodel.explain("The item is out of stock.", "en")
    assert rows[0].label == "inventory_shortage"
    assert sorted(r.label for r in rows) == sorted(causemodel.LABELS)
    assert "stock" in " ".join(rows[0].words)


def test_weights_load_lazily() -> None:
    code = (
        "import cancel_mail, cancel_mail.causemodel as m, sys;"
        "print(m._weights.cache_info().currsize);"
        "m.score('x', None);"
        "print(m._weights.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]


def test_weights_file_is_compact() -> None:
    document = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert document["labels"] == list(causemodel.LABELS)
    rows = [[float(w) for w in row.split(",")] for row in document["features"].values()]
    assert all(len(row) == len(causemodel.LABELS) for row in rows)
    assert all(round(w, 4) == w for row in rows for w in row)
    assert all(any(row) for row in rows)  # pruned features are left out


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_weights(tmp_path: Path) -> None:
    out = tmp_path / "weights.json"
    subprocess.run(
        [sys.executable, str(ROOT / "training" / "train.py"), "--output", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == WEIGHTS.read_bytes()
