"""Is this parsed message an Amazon order-cancellation notice? If so, read its facts.

Detection works on meaning and several cues together (sender, subject, body
marks), never on one word: shipping notices say "you can cancel within 14 days".

A notice needs all of:
  * an Amazon tie: the sender's domain, its display name, or a subject about
    "your Amazon order" (phishing imitations count: authenticity judges them);
  * a cancellation *statement* (something has been cancelled), in the subject
    or the body before the footer, not a warning ("will be cancelled if ...")
    nor an offer ("you can cancel");
  * something about an order: an order id, a body mark such as "Canceled
    Items", or the statement in both subject and body;
and none of: a membership or subscription being cancelled, a Seller Central
(seller-side) notice, a refund or return mail.

sniff.py relies on one fact from here: nothing is reported unless "amazon"
occurs in the sender, subject, text or links.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Literal
from urllib.parse import urlsplit

from .classify import causes_named
from .models import Cause, NoticeFields, OrderSignal, ParsedMessage

CancelledBy = Literal["amazon", "seller", "customer", "unknown"]

# --- order ids and marketplaces ---------------------------------------------

_ORDER_ID = re.compile(r"(?<![\w-])((?:\d{3}|D01)-\d{7}-\d{7})(?![\w-])")
_URL = re.compile(r"<?https?://\S+>?", re.IGNORECASE)

MARKETPLACES = (
    "amazon.com.au",
    "amazon.co.uk",
    "amazon.co.jp",
    "amazon.com",
    "amazon.ca",
    "amazon.in",
    "amazon.de",
    "amazon.fr",
    "amazon.es",
    "amazon.it",
    # Beyond the supported languages, still named when the sender says so.
    "amazon.com.mx",
    "amazon.com.br",
    "amazon.com.tr",
    "amazon.com.be",
    "amazon.nl",
    "amazon.se",
    "amazon.pl",
    "amazon.ie",
    "amazon.ae",
    "amazon.sa",
    "amazon.sg",
    "amazon.eg",
)
_MARKETPLACE_IN_TEXT = re.compile(
    r"(?<![\w-])amazon\.(com\.(?:au|mx|br|tr|be)|co\.uk|co\.jp|com|ca|in|de|fr|es|it|nl|se|pl|"
    r"ie|ae|sa|sg|eg)(?![\w-]|\.[a-z])",
    re.IGNORECASE,
)
# A stem every statement above contains, in the same case-insensitive sense:
# where none occurs, no statement can (a much cheaper test than the patterns).
_STATEMENT_STEM_WORDS = ("cancel", "storn", "annul", "anul", "キャンセル", "消")
_LANGUAGE_OF_MARKETPLACE = {
    "amazon.de": "de",
    "amazon.fr": "fr",
    "amazon.es": "es",
    "amazon.it": "it",
    "amazon.co.jp": "ja",
}

# --- the statement that something has been cancelled ------------------------
# Past or perfect tense only: a warning ("will be cancelled") or an offer
# ("you can cancel") never matches these.

_STATEMENTS: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:has|have|had)\s+(?:now\s+|just\s+)?(?:been\s+)?(?:successfully\s+)?cancell?ed\b",
        r"\b(?:was|were|is|are)\s+(?:now\s+)?(?:successfully\s+)?cancell?ed\b",
        r"\bwe(?:'ve|’ve|\s+have)?\s+cancell?ed\b",
        r"\bwe(?:'ve|’ve|\s+have)?\s+(?:had|needed)\s+to\s+cancel\b",
        r"\byou(?:'ve|’ve| have)?\s+(?:just\s+|successfully\s+)?cancell?ed\b",
        r"\b(?:successful|partial(?:\s+item\(?s?\)?)?)\s+cancell?ation\b",
        r"\bitem\(?s?\)?\s+cancell?ed\s+successfully\b",
        r"\bcancell?ed\s+items?\b",
        r"\bcancell?ation\s+(?:of|from)\s+(?:your\s+)?(?:amazon\S{0,40}\s+)?order\b",
        r"\border\s+cancell?ation\b(?!\s+request)",
        r"\bcancel\s+reason\b",
        r"\breason\s+for\s+(?:the\s+)?cancell?ation\b",
        r"\bstatus:\s*cancell?ed\b",
        r"\byour\s+cancell?ation\b(?!\s+request)",
    ),
    "de": (
        r"\b(?:wurden?|ist|sind|haben|hat|habe)\b[^.!?\n]{0,80}?\b(?:storniert|annulliert)\b",
        r"\b(?:mussten|müssen)\b[^.!?\n]{0,60}\bstornieren\b",
        r"\bstornierung\s+(?:ihrer|der|deiner)\s+bestellung\b",
        r"\bstornierte\s+artikel\b",
        r"\berfolgreich\s+storniert\b",
        r"\bstornierungsgrund\b",
        r"\bgrund\s+(?:der|für\s+die)\s+stornierung\b",
        r"\bbestellung\s+storniert\b",
    ),
    "fr": (
        r"\b(?:a|ont|avons|est|sont)\s+(?:été\s+)?(?:dû\s+)?annul(?:é|ée|és|ées|er)\b",
        r"\bannulation\s+de\s+(?:votre|la)\s+commande\b",
        r"\barticles?\s+annul(?:é|és|ée|ées)\b",
        r"\bmotif\s+de\s+l['’]annulation\b",
        r"\bannul(?:é|ée|és|ées)\s+avec\s+succès\b",
        r"\bcommande\s+annulée\b",
    ),
    "es": (
        r"\b(?:ha|han|hemos|se\s+ha|se\s+han)\s+(?:sido\s+)?(?:tenido\s+que\s+)?"
        r"(?:cancelad[oa]s?|anulad[oa]s?|cancelar|anular)\b",
        r"\bcancelación\s+de\s+(?:tu|su)\s+pedido\b",
        r"\bartículos?\s+cancelados?\b",
        r"\bmotivo\s+de\s+(?:la\s+)?cancelación\b",
        r"\bcancelad[oa]s?\s+correctamente\b",
        r"\bpedido\s+cancelado\b",
    ),
    "it": (
        r"\b(?:è|sono)\s+stat[oaie]\s+(?:cancellat[oaie]|annullat[oaie])\b",
        r"\babbiamo\s+(?:dovuto\s+)?(?:cancellat[oaie]|annullat[oaie]|cancellare|annullare)\b",
        r"\b(?:cancellazione|annullamento)\s+(?:del(?:l['’]|\s+tuo\s+|\s+)?ordine)\b",
        r"\barticoli?\s+(?:cancellat[oi]|annullat[oi])\b",
        r"\bmotivo\s+(?:della\s+cancellazione|dell['’]annullamento)\b",
        r"\b(?:cancellat[oaie]|annullat[oaie])\s+correttamente\b",
        r"\bordine\s+(?:cancellato|annullato)\b",
    ),
    "ja": (
        r"キャンセル(?:され|いたし|し|させていただき|となり|致し)まし",
        r"キャンセル済",
        r"キャンセルのお知らせ",
        r"キャンセルされた商品",
        r"キャンセル理由",
        r"取り?消(?:され|し)まし",
        r"ご注文の?キャンセル",
    ),
}
_STATEMENT_RES = {
    lang: re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
    for lang, pats in _STATEMENTS.items()
}
# Every language's statements in one pattern, without the "not followed by"
# conditions: it matches wherever any statement could, and more. Sentences are
# pieces of the text cut at whitespace, line ends and 。！？, so a text where
# this finds nothing holds no sentence with a statement, and the per-sentence,
# per-language work (most of the cost on Amazon mail that is no cancellation)
# can be skipped without changing any answer.
_ANY_STATEMENT = re.compile(
    "|".join(
        f"(?:{re.sub(r'[(][?]![^()]*[)]', '', p)})" for pats in _STATEMENTS.values() for p in pats
    ),
    re.IGNORECASE,
)

# Words that, earlier in the same sentence, turn a statement into a warning or
# a hypothesis ("if we don't receive payment, the order is cancelled").
_GUARDS = re.compile(
    r"\b(?:if|unless|will|may|might|would|otherwise|to\s+avoid|before|"
    r"wenn|falls|sofern|sonst|wird|werden|"
    r"si|sinon|sera|seront|pourrait|"
    r"será|serán|podría|de\s+lo\s+contrario|"
    r"qualora|sarà|saranno|potrebbe|altrimenti)\b|場合|可能性",
    re.IGNORECASE,
)
# The same, right after the statement: "... is cancelled if payment fails".
_AFTER_GUARDS = re.compile(
    r"^\W{0,3}\s*(?:automatically\s+)?(?:if|unless|wenn|falls|sofern|si|sauf|qualora|se|"
    r"a\s+menos)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|nicht|pas|no|non)\b", re.IGNORECASE)

# Cancellation of something that is not an order.
_MEMBERSHIP = re.compile(
    r"\bprime\b|membership|subscription|subscribe\s*(?:&|&amp;|and)\s*save|kindle\s+unlimited|"
    r"audible|music\s+unlimited|prime\s+video|free\s+trial|mitgliedschaft|abonnement|"
    r"\bspar-abo\b|probezeit|adhésion|abonnement|suscripción|membresía|"
    r"iscrizione|abbonamento|会員|プライム|定期おトク便|購読",
    re.IGNORECASE,
)
_ORDER_WORD = re.compile(
    r"\border\b|bestellung|commande|pedido|ordine|注文|\bitems?\b|artikel|articles?\b|"
    r"artículos?|articol[oi]|商品",
    re.IGNORECASE,
)
_SELLER_SIDE = re.compile(
    r"seller\s*central|sellercentral|dear\s+seller|your\s+seller\s+account|sold,\s+ship\s+now|"
    r"verkäuferkonto|compte\s+vendeur|cuenta\s+de\s+vendedor|account\s+venditore|"
    r"セラーセントラル|出品者様",
    re.IGNORECASE,
)
# A word every _SELLER_SIDE alternative contains: the cheap test goes first.
_SELLER_STEMS = re.compile(
    r"seller|sold|verkäufer|vendeur|vendedor|venditore|セラー|出品者", re.IGNORECASE
)
_SELLER_SENDER = re.compile(r"seller-notification|sellercentral|seller-answers|sellernotification")
_REFUND_OR_RETURN = re.compile(
    r"\brefund|\breturn|erstattung|rückerstattung|rücksendung|remboursement|\bretour|"
    r"reembolso|devolución|rimborso|\breso\b|返金|返品",
    re.IGNORECASE,
)
# "Your Amazon.com order", "Ihre Amazon.de-Bestellung", "votre commande Amazon.fr",
# "tu pedido de Amazon.es", "il tuo ordine Amazon.it", "Amazon.co.jp ご注文": the
# subject speaks to the customer about their order (a friend's "my Amazon order"
# does not).
_YOUR_AMAZON_ORDER = re.compile(
    r"\b(?:your|ihre?|votre|tu|su|il\s+tuo)\b[^\n]{0,30}amazon[^\n]{0,20}"
    r"(?:order|bestellung|commande|pedido|ordine)|"
    r"\b(?:your|ihre?|votre|tu|su|il\s+tuo)\s+(?:order|bestellung|commande|pedido|ordine)"
    r"\b[^\n]{0,40}amazon|amazon[^\n]{0,20}(?:ご)?注文",
    re.IGNORECASE,
)
_BODY_MARKS = re.compile(
    r"cancel+ed\s+items|cancel\s+reason|reason\s+for\s+cancel+ation|status:\s*cancel+ed|"
    r"stornierte\s+artikel|stornierungsgrund|articles?\s+annulés?|motif\s+de\s+l['’]annulation|"
    r"artículos\s+cancelados|motivo\s+de\s+(?:la\s+)?cancelación|articoli\s+(?:cancellati|annullati)|"
    r"motivo\s+della\s+cancellazione|キャンセルされた商品|キャンセル理由",
    re.IGNORECASE,
)

# Where the message proper ends and Amazon's boilerplate begins.
# The lookahead names the first character of every alternative: it changes no
# match, but spares trying each alternative at every position of the text.
_FOOTER = re.compile(
    r"(?=[tpwcu©(adneqsこま])(?:"
    r"this\s+e-?mail\s+was\s+sent\s+from\s+a\s+notification-only|please\s+note:\s+this\s+e-?mail|"
    r"we\s+hope\s+to\s+see\s+you\s+again|^(?:conditions\s+of\s+use|privacy\s+notice)|unsubscribe|"
    r"©|\(c\)\s*\d{4}|amazon\.com,\s+inc\.|"
    r"diese\s+e-mail\s+wurde\s+von\s+einer|wir\s+hoffen,\s+sie\s+bald|"
    r"cet\s+e-mail\s+a\s+été\s+envoyé|nous\s+espérons\s+vous\s+revoir|"
    r"este\s+mensaje\s+se\s+ha\s+enviado|esperamos\s+volver\s+a\s+verte|"
    r"questa\s+e-mail\s+è\s+stata\s+inviata|speriamo\s+di\s+rivederti|"
    r"このメールアドレスは配信専用|またのご利用をお待ちしております)",
    re.IGNORECASE | re.MULTILINE,
)
# Boilerplate that can sit anywhere and must never be read as a reason.
_BOILERPLATE = re.compile(
    r"never\s+ask\s+(?:you\s+)?for\s+your|password|phishing|"
    r"notification-only|do\s+not\s+reply|don't\s+reply|keine\s+antwort|ne\s+pas\s+répondre|"
    r"no\s+respondas|non\s+rispondere|返信",
    re.IGNORECASE,
)
# A sentence about money going back is no reason, though it says "payment".
_REFUND_SENTENCE = re.compile(
    r"refund|not\s+been\s+charged|won't\s+be\s+charged|will\s+not\s+be\s+charged|"
    r"were\s+charged|payment\s+has\s+been\s+taken|"
    r"nichts\s+berechnet|nicht\s+belastet|kein\s+betrag|erstatt|belastet\s+wurde|"
    r"rembours|pas\s+été\s+débité|ne\s+sera\s+pas\s+débité|"
    r"reembols|ningún\s+cargo|no\s+se\s+(?:te|le)\s+(?:ha\s+)?cobrad|"
    r"rimbors|nessun\s+addebito|non\s+(?:ti\s+)?(?:è\s+stato|sarà)\s+addebitat|"
    r"返金|請求(?:されません|は発生)",
    re.IGNORECASE,
)
# Lines that name the reason outright: "Seller's reason for cancellation: Out of stock".
_REASON_LABEL = re.compile(
    r"(?:seller['’]?s?\s+reason\s+for\s+(?:the\s+)?cancel+ation|reason\s+for\s+(?:the\s+)?"
    r"cancel+ation|cancel+ation\s+reason|cancel\s+reason|\breason|stornierungsgrund|"
    r"grund\s+(?:der|für\s+die)\s+stornierung|\bgrund|motif\s+de\s+l['’]annulation|\bmotif|"
    r"\braison|motivo\s+de\s+(?:la\s+)?cancelación|motivo\s+della\s+cancellazione|"
    r"motivo\s+dell['’]annullamento|\bmotivo|キャンセル理由|理由)(?:\s+[\w'’.]+){0,4}\s*[:：]",
    re.IGNORECASE,
)
# Words that introduce a reason inside a sentence.
_REASON_CUES = re.compile(
    r"\bbecause\b|\bdue\s+to\b|\bas\s+(?:the|your|we|it|this)\b|\bsince\b|\bunable\b|"
    r"\bcould\s+not\b|\bcouldn't\b|\bcannot\b|\bcan't\b|no\s+longer|out\s+of\s+stock|"
    r"unavailable|not\s+available|declined|expired|payment|verif|error|unusual|on\s+hold|"
    r"suspicious|security|fulfil|as\s+(?:you\s+)?requested|at\s+your\s+request|your\s+request|"
    r"\bweil\b|\bda\b|aufgrund|wegen|nicht\s+mehr|konnte|konnten|nicht\s+verfügbar|zahlung|"
    r"abgelehnt|fehler|überprüf|verifiz|gesperrt|ihrem\s+wunsch|ihre\s+anfrage|"
    r"\bcar\b|en\s+raison|pas\s+pu|plus\s+disponible|paiement|refusé|erreur|vérif|"
    r"votre\s+demande|\bporque\b|debido|no\s+(?:hemos\s+)?pud|ya\s+no|pago|rechaz|"
    r"verific|tu\s+solicitud|su\s+solicitud|petición|perché|poiché|a\s+causa|non\s+è\s+più|"
    r"non\s+(?:siamo|abbiamo)|pagamento|rifiutat|errore|tua\s+richiesta|ため|により|"
    r"できません|できませんでした|在庫|お支払い|エラー|ご依頼|ご要望|ご希望",
    re.IGNORECASE,
)
_CUSTOMER = re.compile(
    r"as\s+(?:you\s+)?requested|at\s+your\s+request|your\s+(?:cancel+ation\s+)?request|"
    r"you(?:'ve|’ve| have)?\s+(?:just\s+|successfully\s+)?cancel+ed|successful\s+cancel+ation|"
    r"cancel+ed\s+successfully|customer\s+cancel+ed|buyer\s+cancel+ed|"
    r"auf\s+ihren\s+wunsch|ihre\s+(?:stornierungs)?anfrage|erfolgreich\s+storniert|"
    r"à\s+votre\s+demande|votre\s+demande\s+d['’]annulation|annulée?s?\s+avec\s+succès|"
    r"a\s+petición|tu\s+solicitud|su\s+solicitud|cancelad[oa]s?\s+correctamente|"
    r"su\s+tua\s+richiesta|la\s+tua\s+richiesta|(?:cancellat|annullat)[oaie]\s+correttamente|"
    r"ご依頼|ご要望|ご希望|お客様のご都合",
    re.IGNORECASE,
)
_SELLER = re.compile(
    r"\bseller\b|marketplace|verkäufer|vendeur|vendedor|venditore|出品者|販売者",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜÀ-Ý¿¡\"“])|(?<=[。！？])")

# --- order signals: Amazon mail that is no cancellation ----------------------

_SIGNALS: tuple[tuple[Cause, str], ...] = (
    (
        Cause.FRAUD_PREVENTION,
        r"account\s+(?:has\s+been\s+|is\s+|was\s+)?(?:placed\s+|put\s+)?(?:temporarily\s+)?"
        r"on\s+hold|account\s+(?:is\s+|has\s+been\s+)?(?:locked|suspended)|verify\s+your\s+"
        r"(?:account|identity)|unusual\s+activity|konto\s+(?:wurde\s+|ist\s+)?(?:vorübergehend\s+)?"
        r"(?:gesperrt|gesichert)|identität\s+(?:bestätigen|verifizieren)|"
        r"compte\b.{0,30}\b(?:suspendu|bloqué|mis\s+en\s+attente)|vérifier\s+votre\s+"
        r"(?:identité|compte)|cuenta\b.{0,30}\b(?:suspendida|bloqueada|en\s+espera)|"
        r"verificar\s+(?:tu|su)\s+(?:identidad|cuenta)|account\b.{0,30}\b(?:sospeso|bloccato)|verificare\s+(?:la\s+tua\s+identità|il\s+tuo\s+account)|"
        r"アカウント(?:が|を)?(?:一時)?(?:保留|停止|ロック)|本人確認",
    ),
    (
        Cause.PAYMENT_ISSUE,
        r"payment\s+revision|revise\s+(?:your\s+)?payment|update\s+your\s+payment|payment\s+"
        r"(?:was\s+|has\s+been\s+)?declined|card\s+(?:was\s+|has\s+been\s+)?declined|"
        r"(?:couldn't|could\s+not|unable\s+to)\s+(?:process|authori[sz]e|charge|verify)\s+your\s+"
        r"payment|problem\s+(?:processing|with)\s+your\s+payment|payment\s+(?:method\s+)?"
        r"(?:has\s+)?expired|zahlung\s+(?:wurde\s+)?abgelehnt|zahlungsänderung|zahlungs(?:art|"
        r"methode|mittel)\s+aktualisieren|problem\s+mit\s+ihrer\s+zahlung|paiement\s+"
        r"(?:a\s+été\s+)?refusé|révision\s+(?:du|de\s+votre)\s+paiement|mettre\s+à\s+jour\s+"
        r"votre\s+(?:mode|moyen)\s+de\s+paiement|pago\s+(?:ha\s+sido\s+)?rechazado|revisión\s+"
        r"del\s+pago|actualizar\s+(?:tu|su)\s+(?:método|forma)\s+de\s+pago|pagamento\s+"
        r"(?:è\s+stato\s+)?rifiutato|revisione\s+del\s+pagamento|aggiornare\s+il\s+metodo\s+di\s+"
        r"pagamento|お支払い(?:方法)?の(?:更新|変更|確認)|お支払いが(?:承認|完了)|決済(?:が|に)",
    ),
)
_SIGNALS += (
    (
        # A delay mail that says the item cannot be obtained explains a later
        # cancellation that gives no reason.
        Cause.INVENTORY_SHORTAGE,
        r"(?:unable|not\s+able)\s+to\s+(?:obtain|source)|no\s+longer\s+available|out\s+of\s+"
        r"stock|nicht\s+(?:mehr\s+)?(?:verfügbar|lieferbar|beschaffen)|plus\s+disponible|"
        r"pas\s+pu\s+(?:nous\s+)?procurer|ya\s+no\s+está\s+disponible|no\s+hemos\s+podido\s+"
        r"obtener|non\s+è\s+più\s+disponibile|non\s+siamo\s+riusciti\s+a\s+(?:ottenere|"
        r"procurare)|在庫切れ|入荷(?:の見込み|が遅れ)|入手(?:でき|が困難)",
    ),
)
_SIGNAL_RES = tuple((cause, re.compile(p, re.IGNORECASE)) for cause, p in _SIGNALS)
# All signal patterns at once, for one pass over the text before the
# per-sentence search (same reasoning as _ANY_STATEMENT).
_ANY_SIGNAL = re.compile("|".join(f"(?:{p})" for _, p in _SIGNALS), re.IGNORECASE)
# A word every signal alternative contains, in the same case-insensitive sense
# (tests/test_detect_stems.py checks that each alternative names one).
_SIGNAL_STEM_WORDS = (
    *("account", "verif", "vérif", "unusual", "konto", "identität", "compte", "cuenta"),
    *("アカウント", "本人確認"),
    *("payment", "declined", "zahlung", "paiement", "pago", "pagament", "お支払い", "決済"),
    *("obtain", "source", "available", "stock", "nicht", "disponib", "procurer", "obtener"),
    *("riusciti", "在庫切れ", "入荷", "入手"),
)


# --- public ------------------------------------------------------------------


def detect_notice(msg: ParsedMessage) -> NoticeFields | None:
    """The notice's fields, or None when the message is not a cancellation notice."""
    if not _mentions_amazon(msg) or not _amazon_tie(msg) or _is_seller_side(msg):
        return None
    body = _body_region(msg.text)
    head = body[:4000]
    if not could_state(msg.subject) and not could_state(head):
        return None
    subject_hit = _statement_in(msg.subject)
    body_hits = [s for s in _sentences(head) if _statement_in(s)]
    if not subject_hit and not body_hits:
        return None
    statements = ([msg.subject] if subject_hit else []) + body_hits
    if _about_membership(msg.subject, statements):
        return None
    if _REFUND_OR_RETURN.search(msg.subject):
        # "Your return ... has been canceled", "Refund for your cancelled order":
        # about money or a return, not the order's cancellation.
        return None
    order_ids = _order_ids(msg)
    marks = bool(_BODY_MARKS.search(body))
    if not (order_ids or marks or (subject_hit and body_hits)):
        return None
    marketplace = _marketplace(msg)
    language = _language(msg, body, marketplace, statements)
    reason = _reason_text(body, statements, language)
    return NoticeFields(
        marketplace=marketplace,
        language=language,
        order_ids=order_ids,
        items=_items(msg, body),
        reason_text=reason,
        cancelled_by=_cancelled_by(msg, reason, statements, language),
    )


def order_signal(msg: ParsedMessage, source: str) -> OrderSignal | None:
    """For an Amazon mail that is not a cancellation: a hint about an order's fate
    (payment revision needed, account on hold), or None."""
    if not _mentions_amazon(msg) or not _sender_is_amazon(msg) or _is_seller_side(msg):
        return None
    order_ids = _order_ids(msg)
    if not order_ids:
        return None
    head = _body_region(msg.text)[:4000]
    if not could_signal(msg.subject) and not could_signal(head):
        return None
    haystack = [msg.subject, *_sentences(head)]
    for cause, pattern in _SIGNAL_RES:
        for sentence in haystack:
            if sentence and pattern.search(sentence) and not _BOILERPLATE.search(sentence):
                return OrderSignal(
                    source=source,
                    message_id=msg.message_id,
                    date=msg.date,
                    subject=msg.subject,
                    order_ids=order_ids,
                    cause=cause,
                    phrase=_clip(sentence),
                )
    return None


# --- cues ----------------------------------------------------------------------


def _mentions_amazon(msg: ParsedMessage) -> bool:
    if any("amazon" in s.lower() for s in (msg.from_addr, msg.from_name, msg.subject, msg.text)):
        return True
    return any("amazon" in link.href.lower() for link in msg.links)


def _domain(addr: str) -> str:
    return addr.rpartition("@")[2].lower().strip(".>")


def _sender_is_amazon(msg: ParsedMessage) -> bool:
    # Only Amazon's own marketplace domains: "amazon.top" is somebody else's.
    return _market_of_domain(_domain(msg.from_addr)) is not None


def _market_of_domain(domain: str) -> str | None:
    for market in MARKETPLACES:
        if domain == market or domain.endswith("." + market):
            return market
    return None


def _amazon_tie(msg: ParsedMessage) -> bool:
    if _sender_is_amazon(msg) or "amazon" in msg.from_name.lower():
        return True
    return bool(_YOUR_AMAZON_ORDER.search(msg.subject))


def _is_seller_side(msg: ParsedMessage) -> bool:
    if _SELLER_SENDER.search(msg.from_addr.lower()):
        return True
    return any(
        _SELLER_STEMS.search(text) and _SELLER_SIDE.search(text)
        for text in (msg.subject, msg.text[:6000])
    )


def could_state(text: str) -> bool:
    """False only when no statement of cancellation can occur in ``text`` (text
    as parse.py normalises it: single spaces, at most one blank line in a row)."""
    return _near_a_stem(text, _STATEMENT_STEMS, _ANY_STATEMENT)


def could_signal(text: str) -> bool:
    """False only when no order signal can occur in ``text`` (normalised, as above)."""
    return _near_a_stem(text, _SIGNAL_STEMS, _ANY_SIGNAL)


# How far a match can reach on either side of the stem it contains, in
# normalised text; tests/test_detect_stems.py checks every pattern against it.
STEM_REACH = 100


def _near_a_stem(text: str, stems: _Stems, pattern: re.Pattern[str]) -> bool:
    """``pattern.search(text)``, run only around the stems every match contains.

    Running one of the combined patterns over a whole mail costs about 0.7 us
    per character (every alternative is tried at every position); the stems are
    rare, so only a few windows of about 2 x STEM_REACH characters are searched.
    Stems closer than that share one window, so a window never cuts a match in
    two.
    """
    lo = hi = -1
    for start, end in stems.spans(text):
        if start - STEM_REACH <= hi:
            hi = max(hi, end + STEM_REACH)
            continue
        if hi >= 0 and pattern.search(text, lo, hi):
            return True
        lo, hi = max(0, start - STEM_REACH), end + STEM_REACH
    return hi >= 0 and pattern.search(text, lo, hi) is not None


class _Stems:
    """Lower-case words, found as a case-insensitive regex would find them."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = words
        self.regex = re.compile("|".join(words), re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the words occur, sorted.

        str.find on the lower-cased text is many times faster than a regex
        alternation, and finds the same places as long as lowering keeps every
        character one character long (it does, but for a few letters such as
        U+0130); otherwise the regex runs.
        """
        low = text.lower()
        if "\u0131" in low or "\u017f" in low:
            # Dotless i and long s: re.IGNORECASE takes them for i and s,
            # str.lower() leaves them be (see re._casefix).
            low = low.replace("\u0131", "i").replace("\u017f", "s")
        if len(low) != len(text):
            return [m.span() for m in self.regex.finditer(text)]
        spans: list[tuple[int, int]] = []
        for word in self.words:
            at = low.find(word)
            while at != -1:
                spans.append((at, at + len(word)))
                at = low.find(word, at + 1)
        spans.sort()
        return spans


_STATEMENT_STEMS = _Stems(_STATEMENT_STEM_WORDS)
_SIGNAL_STEMS = _Stems(_SIGNAL_STEM_WORDS)


def _statement_in(sentence: str) -> bool:
    if not _STATEMENT_STEMS.spans(sentence):
        return False  # every statement holds a stem (tests/test_detect_stems.py)
    for regex in _STATEMENT_RES.values():
        for match in regex.finditer(sentence):
            if _NEGATION.search(match.group(0)) or _GUARDS.search(sentence[: match.start()]):
                continue
            if _AFTER_GUARDS.search(sentence[match.end() : match.end() + 40]):
                continue
            return True
    return False


def _about_membership(subject: str, statements: list[str]) -> bool:
    # A quoted item title ("Echo Dot, Prime Day edition") says nothing about
    # what was cancelled; the words around it do.
    unquoted = _QUOTED_SUBJECT_ITEM.sub(" ", subject)
    if _MEMBERSHIP.search(unquoted) and not _ORDER_ID.search(unquoted):
        return True
    relevant = [s for s in statements if s is not subject]
    return bool(relevant) and all(
        _MEMBERSHIP.search(s) and not _ORDER_WORD.search(s) for s in relevant
    )


def _body_region(text: str) -> str:
    """The text before Amazon's footer, where the message proper is."""
    match = _FOOTER.search(text)
    return text[: match.start()] if match else text


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        out.extend(part.strip() for part in _SENTENCE_SPLIT.split(line) if part.strip())
    return out


def _order_ids(msg: ParsedMessage) -> list[str]:
    text_without_urls = _URL.sub(" ", msg.text)
    found = _ORDER_ID.findall(msg.subject) + _ORDER_ID.findall(text_without_urls)
    return list(dict.fromkeys(found))


def _marketplace(msg: ParsedMessage) -> str | None:
    market = _market_of_domain(_domain(msg.from_addr))
    if market:
        return market
    match = _MARKETPLACE_IN_TEXT.search(msg.subject)
    if match:
        return "amazon." + match.group(1).lower()
    hosts: Counter[str] = Counter()
    for link in msg.links:
        linked = _market_of_domain(_host(link.href))
        if linked:
            hosts[linked] += 1
    if hosts:
        return hosts.most_common(1)[0][0]
    match = _MARKETPLACE_IN_TEXT.search(msg.text)
    if match:
        return "amazon." + match.group(1).lower()
    match = _MARKETPLACE_IN_TEXT.search(msg.from_name)
    return "amazon." + match.group(1).lower() if match else None


def _host(href: str) -> str:
    try:
        return (urlsplit(href.strip()).hostname or "").lower()
    except ValueError:
        return ""


# --- language --------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words("the your has have been we you and of to for order this was is item items with"),
    "de": _words(
        "der die das ihre ihr wurde wurden und ist sie wir bestellung für von mit nicht den"
    ),
    "fr": _words("le la les votre vous nous est été de des et commande pour une un avec pas a"),
    "es": _words("el la los las tu su ha sido de y pedido para con hemos se que no por una"),
    "it": _words("il lo la gli le tuo tua è stato di e ordine per con abbiamo che non un una"),
}
_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüßñóíúá']+")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _language(
    msg: ParsedMessage, body: str, marketplace: str | None, statements: list[str]
) -> str | None:
    # The subject and the sentences that state the cancellation are the notice
    # itself; the rest of the body may be recommendations or ads in another
    # language. Only when those say nothing is the body counted.
    focused = _language_of(msg.subject + "\n" + "\n".join(statements), marketplace)
    if focused is not None:
        return focused
    return _language_of(f"{msg.subject}\n{body[:3000]}", marketplace, fallback=True)


def _language_of(sample: str, marketplace: str | None, *, fallback: bool = False) -> str | None:
    if len(_KANA.findall(sample)) >= 3:
        return "ja"
    words = _WORD.findall(sample.lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        if not fallback:
            return None
        return _LANGUAGE_OF_MARKETPLACE.get(marketplace or "", "en" if marketplace else None)
    hinted = _LANGUAGE_OF_MARKETPLACE.get(marketplace or "")
    if hinted and scores.get(hinted, 0) >= scores[best] * 0.8:
        return hinted
    return best


# --- reason, items, who cancelled ---------------------------------------------------


def _reason_text(body: str, statements: list[str], language: str | None) -> str | None:
    lines = [line.strip() for line in body.split("\n")]
    # 1. A labelled reason line wins: it is the most explicit statement there is.
    for i, line in enumerate(lines):
        match = _REASON_LABEL.search(line)
        if not match:
            continue
        value = line[match.end() :].strip()
        if not value:
            value = next((x for x in lines[i + 1 : i + 3] if x), "")
            line = f"{line} {value}".strip()
        if value and not _BOILERPLATE.search(line):
            return _clip(line)
    # 2. Otherwise the sentences that name a cause, from the greeting to a little
    # past the statement: the reason may come first ("A technical error occurred
    # ... The order has been cancelled").
    sentences = _sentences(body[:4000])
    anchor = _first_index(sentences, statements)
    window = sentences[: max(14, (anchor or 0) + 6)]
    window = [s for s in window if not _BOILERPLATE.search(s) and not _REFUND_SENTENCE.search(s)]
    chosen = [s for s in window if causes_named(s, language)]
    if not chosen:
        chosen = [s for s in window if _REASON_CUES.search(s)]
    return _clip(" ".join(chosen[:2])) if chosen else None


def _first_index(sentences: list[str], statements: Iterable[str]) -> int | None:
    wanted = set(statements)
    for i, sentence in enumerate(sentences):
        if sentence in wanted:
            return i
    return None


def _clip(text: str, limit: int = 500) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_ITEM_HEADING = re.compile(
    r"^(?:cancel+ed\s+items?|items?\s+cancel+ed|stornierte\s+(?:artikel|produkte)|"
    r"(?:articles?|produits?)\s+annulés?|(?:artículos?|productos?)\s+cancelados?|"
    r"(?:articoli|prodotti)\s+(?:cancellati|annullati)|キャンセルされた商品)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_ITEM_LABEL = re.compile(
    r"^(?:item|product|artikel|article|artículo|producto|articolo|prodotto|商品名?)\s*[:：]\s*(.+)$",
    re.IGNORECASE,
)
# Lines under an item heading that describe the item rather than name it.
_ITEM_DETAIL = re.compile(
    r"^(?:qty|quantity|menge|anzahl|quantité|cantidad|quantità|数量|price|preis|prix|precio|"
    r"prezzo|価格|sold\s+by|verkauf|vendu|vendido|venduto|seller|condition|zustand|état|estado|"
    r"condizione|\$|€|£|¥|￥|eur\b|[\d.,]+\s*(?:€|eur)?$|order\s*#|bestellnr|commande\s+n|"
    r"pedido\s+n|ordine\s+n|注文番号)",
    re.IGNORECASE,
)
# Lines that end the item list: links, help, sentences, greetings.
_ITEM_END = re.compile(
    r"^(?:view|manage|need\s+help|bestellung\s+anzeigen|hilfe|afficher|besoin|ver\s+o|"
    r"¿necesitas|visualizza|hai\s+bisogno|注文内容|ヘルプ|cancel|reason|grund|motif|motivo|理由|"
    r"we\b|you\b|if\b)|[.!?:,。]$",
    re.IGNORECASE,
)
_QUOTED_SUBJECT_ITEM = re.compile(r"[\"“„«]\s*([^\"”“«»]{3,200}?)\s*[\"”“»]")


def _items(msg: ParsedMessage, body: str) -> list[str]:
    items: list[str] = []
    lines = [line.strip() for line in body.split("\n")]
    for i, line in enumerate(lines):
        if _ITEM_HEADING.match(line):
            for follower in lines[i + 1 : i + 30]:
                if not follower or _ITEM_DETAIL.match(follower):
                    continue
                if _ITEM_END.search(follower) or _URL.fullmatch(follower) or len(follower) > 200:
                    break
                if len(follower) >= 3:
                    items.append(follower)
            continue
        label = _ITEM_LABEL.match(line)
        if label:
            items.append(label.group(1).strip())
    if not items:
        items.extend(m.group(1).strip() for m in _QUOTED_SUBJECT_ITEM.finditer(msg.subject))
    return list(dict.fromkeys(_clip(i, 200) for i in items))[:20]


def _cancelled_by(
    msg: ParsedMessage, reason: str | None, statements: list[str], language: str | None
) -> CancelledBy:
    said = " ".join([*statements, reason or ""])
    if _CUSTOMER.search(said) or Cause.CUSTOMER_REQUEST in causes_named(said, language):
        return "customer"
    if _SELLER.search(said) or "marketplace" in msg.from_addr:
        return "seller"
    if re.search(r"\bwe\b|\bwir\b|\bnous\b|\bhemos\b|\babbiamo\b|当社|弊社", said, re.IGNORECASE):
        return "amazon"
    return "unknown"
