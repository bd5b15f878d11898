"""Reason text (and the sender, and earlier mail about the same order) to a cause.

The cause comes from the reason sentence, never from footers: Amazon footers
mention passwords, payment information and security on every mail. detect.py
has already cut the reason sentence(s) out of the body; this module only reads
those, the subject, and the sender.

The rules are data: one table per language, each row (cause, pattern, weight).
Adding a language or a wording is adding rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Cause, Classification, NoticeFields, OrderSignal, ParsedMessage

INV = Cause.INVENTORY_SHORTAGE
PAY = Cause.PAYMENT_ISSUE
TECH = Cause.TECHNICAL_ISSUE
FRAUD = Cause.FRAUD_PREVENTION
CUST = Cause.CUSTOMER_REQUEST
UNK = Cause.UNKNOWN

STRONG = 0.9
MEDIUM = 0.75
WEAK = 0.6

# (cause, pattern, weight). Patterns are case-insensitive regular expressions.
_Row = tuple[Cause, str, float]

RULES: dict[str, tuple[_Row, ...]] = {
    "en": (
        (PAY, r"declined\s+(?:the|your|this)\s+(?:transaction|payment|card|charge)", STRONG),
        (
            TECH,
            r"pric(?:e|ing)\b.{0,30}\bin\s+error|(?:shown|displayed|listed)\s+in\s+error",
            STRONG,
        ),
        (
            FRAUD,
            r"(?:unable\s+to|could\s+not|couldn't)\s+(?:confirm|verify)\b.{0,40}\bauthori[sz]",
            STRONG,
        ),
        (INV, r"no\s+longer\s+(?:be\s+)?(?:available|in\s+stock|obtainable)", STRONG),
        (INV, r"out\s+of\s+stock|sold\s+out|insufficient\s+(?:stock|inventory)", STRONG),
        (INV, r"(?:unable|not\s+able)\s+to\s+(?:obtain|source|supply|fulfil+|procure)", STRONG),
        (
            INV,
            r"(?:could\s+not|couldn't|cannot|can't)\s+(?:be\s+)?(?:obtain|source|supply|"
            r"fulfil+|fill|procure)",
            STRONG,
        ),
        (INV, r"pre-?order\b.{0,60}\b(?:cannot|can't|could\s+not|couldn't|unable)", STRONG),
        (INV, r"\b(?:not|isn't|is\s+not)\s+(?:currently\s+)?available|unavailable", MEDIUM),
        (INV, r"\bsupplier\b|\bdiscontinued\b|lack\s+of\s+(?:stock|availability)", MEDIUM),
        (
            PAY,
            r"(?:payment|card|transaction)\b[^.;]{0,30}?\s(?:was\s+|has\s+been\s+|is\s+)?(?:declined|rejected|"
            r"refused|failed)",
            STRONG,
        ),
        (
            PAY,
            r"(?:could\s+not|couldn't|unable\s+to|were\s+unable\s+to|not\s+able\s+to)\s+"
            r"(?:process|verify|authori[sz]e|charge|complete|collect)\s+(?:your\s+|the\s+)?"
            r"payment",
            STRONG,
        ),
        (
            PAY,
            r"payment\s+(?:could\s+not|couldn't|cannot)\s+be\s+(?:processed|verified|"
            r"authori[sz]ed|completed)",
            STRONG,
        ),
        (
            PAY,
            r"card\s+(?:has\s+|had\s+)?expired|expired\s+(?:credit\s+|debit\s+)?card|"
            r"insufficient\s+funds",
            STRONG,
        ),
        (
            PAY,
            r"payment\s+revision|revise\s+(?:your\s+)?payment|update\s+(?:your\s+)?payment",
            STRONG,
        ),
        (
            PAY,
            r"update\s+your\s+billing\s+(?:details|information|address)|no\s+valid\s+payment|invalid\s+payment|billing\s+(?:address|information)\s+"
            r"(?:did\s+not|didn't)\s+match",
            STRONG,
        ),
        (TECH, r"pric(?:ing|e)\s+error|incorrect(?:ly)?\s+pric|wrong\s+price|mispric", STRONG),
        (
            TECH,
            r"listing\s+error|error\s+(?:in|on)\s+(?:the|our|its)\s+(?:product\s+)?(?:listing|website|"
            r"product\s+page|system)",
            STRONG,
        ),
        (TECH, r"(?:system|technical|processing)\s+(?:error|issue|problem|fault)|glitch", STRONG),
        (FRAUD, r"(?:unusual|suspicious|irregular)\s+(?:account\s+)?activit(?:y|ies)", STRONG),
        (
            FRAUD,
            r"account\s+(?:has\s+been\s+|was\s+|is\s+)?(?:placed\s+|put\s+)?(?:temporarily\s+)?"
            r"on\s+hold|account\s+(?:has\s+been\s+|is\s+|was\s+)?(?:locked|suspended)",
            STRONG,
        ),
        (
            FRAUD,
            r"verify\s+(?:your\s+|the\s+)?(?:identity|account)|(?:identity|account)\s+verification|"
            r"problem\s+with\s+your\s+account|"
            r"(?:could\s+not|couldn't|unable\s+to)\s+verify\s+(?:your\s+)?(?:identity|"
            r"account)",
            STRONG,
        ),
        (
            FRAUD,
            r"security\s+(?:reasons|review|check|concerns)|flagged|fraud|to\s+protect\s+your\s+account|"
            r"unauthori[sz]ed",
            MEDIUM,
        ),
        (
            CUST,
            r"as\s+(?:per\s+)?(?:you\s+)?request(?:ed)?|at\s+your\s+request|"
            r"your\s+(?:cancel+ation\s+)?request",
            STRONG,
        ),
        (
            CUST,
            r"you(?:'ve|’ve|\s+have)?\s+(?:just\s+|successfully\s+)?cancel+ed|"
            r"successful\s+cancel+ation|cancel+ed\s+successfully",
            STRONG,
        ),
        (
            CUST,
            r"(?:customer|buyer)\s+(?:cancel+ed|requested)|requested\s+by\s+(?:the\s+)?"
            r"(?:customer|buyer)",
            STRONG,
        ),
        (
            UNK,
            r"address\s+(?:is\s+)?undeliverable|undeliverable\s+address|(?:unable|not\s+able)"
            r"\s+to\s+deliver\s+to|cannot\s+(?:be\s+)?deliver(?:ed)?\s+to\s+(?:the|your|this)\s+"
            r"address|shipping\s+restriction",
            MEDIUM,
        ),
    ),
    "de": (
        (
            FRAUD,
            r"konto\b.{0,40}\b(?:überprüf|verifizier)|(?:überprüfen|verifizieren)\b.{0,40}"
            r"\bkonto",
            STRONG,
        ),
        (INV, r"nicht\s+mehr\s+(?:verfügbar|lieferbar|vorrätig|erhältlich)", STRONG),
        (
            INV,
            r"ausverkauft|nicht\s+(?:mehr\s+)?(?:auf\s+lager|vorrätig)|kein(?:en)?\s+"
            r"(?:lager)?bestand|vergriffen|lieferengpass",
            STRONG,
        ),
        (
            INV,
            r"nicht\s+(?:beschaffen|liefern|erfüllen)|lieferant|vorbestellung\b.{0,60}nicht",
            MEDIUM,
        ),
        (INV, r"nicht\s+(?:verfügbar|lieferbar)", MEDIUM),
        (
            PAY,
            r"zahlung\s+(?:wurde\s+)?(?:abgelehnt|fehlgeschlagen)|karte\s+(?:wurde\s+)?"
            r"abgelehnt|(?:karte|zahlung|zahlungsmittel|lastschrift)\b.{0,60}\b(?:abgelehnt|"
            r"zurückgewiesen)|zahlungsproblem|abbuchung\b.{0,30}\b"
            r"(?:nicht\s+möglich|fehlgeschlagen)|keine\s+ausreichende\s+deckung",
            STRONG,
        ),
        (
            PAY,
            r"zahlung\b.{0,60}\bnicht\s+(?:verarbeiten|durchführen|bestätigen|autorisieren|"
            r"abschließen|verarbeitet|durchgeführt|bestätigt|autorisiert)",
            STRONG,
        ),
        (
            PAY,
            r"(?:karte|zahlungsmittel|zahlungsmethode)\b.{0,40}\babgelaufen|zahlungsänderung|"
            r"zahlungsinformationen\s+(?:aktualisieren|überprüfen)",
            STRONG,
        ),
        (
            TECH,
            r"preisfehler|falsche[rn]?\s+preis|fehlerhafte[rn]?\s+(?:preis|preisangabe|"
            r"angebot|artikelbeschreibung)|fehler\s+im\s+angebot",
            STRONG,
        ),
        (
            TECH,
            r"technische[rn]?\s+(?:fehler|problem|störung|schwierigkeit)|systemfehler|"
            r"systemstörung|mit\s+(?:einem\s+)?(?:falschen|fehlerhaften)\s+preis|"
            r"(?:preis|preisangabe)\b.{0,30}\b(?:fehlerhaft|falsch|nicht\s+korrekt)",
            STRONG,
        ),
        (
            FRAUD,
            r"(?:ungewöhnliche|verdächtige|auffällige)[rn]?\s+(?:konto)?aktivität|"
            r"unbefugte[rn]?\s+(?:zugriff|nutzung)",
            STRONG,
        ),
        (
            FRAUD,
            r"konto\b.{0,40}\b(?:gesperrt|gesichert|angehalten)|identität\s+"
            r"(?:bestätigen|verifizieren|überprüfen|zu\s+bestätigen|zu\s+verifizieren)|"
            r"identitätsprüfung|verifizierung\s+ihres\s+kontos",
            STRONG,
        ),
        (FRAUD, r"sicherheitsgründen|sicherheitsüberprüfung|betrug", MEDIUM),
        (
            CUST,
            r"wie\s+von\s+ihnen\s+(?:gewünscht|beantragt|angefordert)|auf\s+ihren\s+wunsch|"
            r"ihrem\s+wunsch\s+entsprechend|(?:sie|du)\s+(?:haben|hast)\b.{0,60}\bstorniert|ihre[rn]?\s+(?:stornierungs)?anfrage|wie\s+gewünscht|"
            r"erfolgreich\s+storniert|(?:kunde|käufer)\s+(?:hat\s+)?storniert",
            STRONG,
        ),
        (
            UNK,
            r"(?:liefer)?adresse\b.{0,40}\bnicht\s+(?:zustellbar|beliefert)|unzustellbar",
            MEDIUM,
        ),
    ),
    "fr": (
        (FRAUD, r"vérifier\b.{0,40}\b(?:compte|identité)", STRONG),
        (
            INV,
            r"n['’]est\s+plus\s+disponible|plus\s+disponibles?|rupture\s+de\s+stock|épuisé",
            STRONG,
        ),
        (INV, r"pas\s+pu\s+(?:nous\s+)?(?:procurer|obtenir|approvisionner)|fournisseur", STRONG),
        (INV, r"indisponible|pas\s+disponible", MEDIUM),
        (
            PAY,
            r"paiement\s+(?:a\s+été\s+)?(?:refusé|rejeté)|carte\s+(?:a\s+été\s+)?refusée",
            STRONG,
        ),
        (
            PAY,
            r"pas\s+pu\s+(?:traiter|valider|vérifier|autoriser|encaisser)\s+(?:votre\s+|le\s+)?"
            r"paiement",
            STRONG,
        ),
        (
            PAY,
            r"carte\b.{0,40}\bexpiré|révision\s+du\s+paiement|moyen\s+de\s+paiement\s+"
            r"(?:invalide|expiré)",
            STRONG,
        ),
        (
            TECH,
            r"erreur\s+de\s+prix|prix\s+(?:erroné|incorrect)|erreur\s+(?:dans\s+l['’]|d['’])"
            r"(?:annonce|affichage)",
            STRONG,
        ),
        (
            TECH,
            r"erreur\s+(?:technique|système|de\s+traitement)|problème\s+technique|"
            r"affiché\s+à\s+un\s+prix\s+(?:incorrect|erroné)",
            STRONG,
        ),
        (FRAUD, r"activités?\s+(?:inhabituelles?|suspectes?|anormales?)", STRONG),
        (
            FRAUD,
            r"compte\b.{0,40}\b(?:suspendu|bloqué|mis\s+en\s+attente)|vérifier\s+votre\s+"
            r"(?:identité|compte)|vérification\s+(?:de\s+votre\s+)?(?:identité|compte)",
            STRONG,
        ),
        (FRAUD, r"raisons\s+de\s+sécurité|fraude", MEDIUM),
        (
            CUST,
            r"à\s+votre\s+demande|votre\s+demande\s+d['’]annulation|conformément\s+à\s+votre\s+"
            r"demande|comme\s+vous\s+l['’]avez\s+demandé|annulée?s?\s+avec\s+succès|"
            r"annulée?\s+par\s+(?:le\s+client|l['’]acheteur)",
            STRONG,
        ),
        (UNK, r"adresse\b.{0,40}\b(?:non\s+livrable|ne\s+peut\s+pas\s+être\s+livrée)", MEDIUM),
    ),
    "es": (
        (FRAUD, r"verificar\b.{0,40}\b(?:cuenta|identidad)", STRONG),
        (
            INV,
            r"ya\s+no\s+está\s+disponible|agotad[oa]|sin\s+existencias|fuera\s+de\s+stock|"
            r"sin\s+stock",
            STRONG,
        ),
        (
            INV,
            r"no\s+(?:hemos\s+podido|pudimos)\s+(?:obtener|conseguir|suministrar)|proveedor",
            STRONG,
        ),
        (INV, r"no\s+está\s+disponible|no\s+disponible", MEDIUM),
        (
            PAY,
            r"pago\s+(?:ha\s+sido\s+|fue\s+)?rechazado|tarjeta\s+(?:ha\s+sido\s+|fue\s+)?"
            r"rechazada",
            STRONG,
        ),
        (
            PAY,
            r"no\s+(?:hemos\s+podido|pudimos)\s+(?:procesar|verificar|autorizar|cobrar)\s+"
            r"(?:el|tu|su)\s+pago",
            STRONG,
        ),
        (PAY, r"tarjeta\b.{0,40}\b(?:caducada|caducado|vencida)|revisión\s+del\s+pago", STRONG),
        (
            TECH,
            r"error\s+(?:de|en\s+el)\s+precio|precio\s+incorrecto|error\s+en\s+(?:el|la)\s+"
            r"(?:anuncio|publicación|ficha)",
            STRONG,
        ),
        (TECH, r"error\s+(?:técnico|del\s+sistema|de\s+procesamiento)|problema\s+técnico", STRONG),
        (FRAUD, r"actividad(?:es)?\s+(?:inusual(?:es)?|sospechosas?)", STRONG),
        (
            FRAUD,
            r"cuenta\b.{0,40}\b(?:suspendida|bloqueada|en\s+espera)|verificar\s+(?:tu|su)\s+"
            r"(?:identidad|cuenta)|verificación\s+de\s+(?:identidad|cuenta)",
            STRONG,
        ),
        (FRAUD, r"motivos\s+de\s+seguridad|fraude", MEDIUM),
        (
            CUST,
            r"a\s+petición\s+(?:tuya|suya)|según\s+(?:tu|su|lo)\s+solicit(?:ud|ado)|(?:tu|su)\s+solicitud"
            r"|como\s+(?:lo\s+)?(?:solicitaste|solicitó|has\s+solicitado)|"
            r"cancelad[oa]s?\s+correctamente|cancelado\s+por\s+el\s+(?:cliente|comprador)",
            STRONG,
        ),
        (UNK, r"dirección\b.{0,40}\bno\s+(?:es\s+)?(?:válida|entregable)", MEDIUM),
    ),
    "it": (
        (FRAUD, r"verificare\b.{0,40}\b(?:account|identità)", STRONG),
        (INV, r"non\s+è\s+più\s+disponibile|non\s+più\s+disponibil|esaurit[oaie]", STRONG),
        (
            INV,
            r"non\s+(?:siamo\s+riusciti|abbiamo\s+potuto)\s+a?\s*(?:ottenere|procurare|reperire)"
            r"|fornitore",
            STRONG,
        ),
        (INV, r"non\s+disponibile", MEDIUM),
        (
            PAY,
            r"(?:non\s+(?:siamo\s+riusciti|abbiamo\s+potuto)\s+ad?\s+)?addebitare\b.{0,60}"
            r"\bcarta|pagamento\s+(?:è\s+stato\s+)?rifiutato|carta\b.{0,30}\brifiutata",
            STRONG,
        ),
        (
            PAY,
            r"non\s+(?:siamo\s+riusciti|abbiamo\s+potuto)\s+a?\s*(?:elaborare|verificare|"
            r"autorizzare|addebitare)\s+(?:il\s+)?pagamento",
            STRONG,
        ),
        (
            PAY,
            r"pagamento\s+non\s+è\s+andato\s+a\s+buon\s+fine|problem[ai]\s+(?:con|nel)\s+(?:il\s+)?pagamento|carta\b.{0,40}\bscadut[ao]|revisione\s+del\s+pagamento",
            STRONG,
        ),
        (
            TECH,
            r"errore\s+(?:di|nel)\s+prezzo|prezzo\s+errato|errore\s+nell['’]?\s*"
            r"(?:inserzione|offerta|scheda)",
            STRONG,
        ),
        (TECH, r"errore\s+(?:tecnico|di\s+sistema|di\s+elaborazione)|problema\s+tecnico", STRONG),
        (FRAUD, r"attività\s+(?:insolit[ae]|sospett[ae]|anomal[ae])", STRONG),
        (
            FRAUD,
            r"account\b.{0,40}\b(?:sospeso|bloccato)|verifica(?:re)?\s+(?:il\s+tuo\s+|l['’])account|verificare\s+la\s+(?:tua\s+)?identità|"
            r"verifica\s+dell['’]?\s*(?:identità|account)",
            STRONG,
        ),
        (FRAUD, r"motivi\s+di\s+sicurezza|frode", MEDIUM),
        (
            CUST,
            r"come\s+da\s+te\s+richiesto|su\s+tua\s+richiesta|come\s+da\s+(?:tua\s+)?richiesta|la\s+tua\s+richiesta|"
            r"come\s+richiesto|(?:cancellat|annullat)[oaie]\s+correttamente|"
            r"annullato\s+dal\s+(?:cliente|acquirente)",
            STRONG,
        ),
        (UNK, r"indirizzo\b.{0,40}\bnon\s+(?:raggiungibile|valido|consegnabile)", MEDIUM),
    ),
    "ja": (
        (
            INV,
            r"在庫切れ|在庫が(?:ない|なく|ありません)|在庫を確保できま?せ|入手(?:でき|が困難)|"
            r"入荷の見込み|販売終了|確保できませんでした|在庫不足",
            STRONG,
        ),
        (
            PAY,
            r"お支払い(?:方法)?の?(?:承認|確認)が(?:得られ|でき)|お支払いの問題|お支払い.{0,15}(?:問題|失敗)|お支払い.{0,20}(?:承認|確認|処理)(?:され|でき)ませ|クレジットカード.{0,20}"
            r"(?:有効期限|承認|ご利用いただけ)|有効期限が切れ|お支払いいただけ(?:ません|なかった)|決済.{0,10}できませ|お支払い方法の(?:更新|変更)",
            STRONG,
        ),
        (
            TECH,
            r"価格(?:設定)?の?誤り|誤った価格|価格表示の誤り|出品情報の誤り|システム(?:エラー|"
            r"障害)|技術的な問題|不具合",
            STRONG,
        ),
        (
            FRAUD,
            r"不審な(?:アクティビティ|動き|操作)|通常とは異なる|アカウント.{0,10}(?:保留|停止|"
            r"ロック)|本人確認|セキュリティ上の理由",
            STRONG,
        ),
        (
            CUST,
            r"ご依頼|ご要望|ご希望により|お客様のご都合|キャンセルを承りました|お客様による"
            r"キャンセル",
            STRONG,
        ),
        (UNK, r"お届け先.{0,20}(?:配送|お届け)でき", MEDIUM),
    ),
}

# Seller reason values ("Seller's reason for cancellation: ...") in every language.
SELLER_REASONS: tuple[_Row, ...] = (
    (
        INV,
        r"out\s+of\s+stock|no\s+stock|nicht\s+(?:auf\s+lager|vorrätig)|ausverkauft|"
        r"rupture\s+de\s+stock|sin\s+(?:stock|existencias)|agotado|esaurito|在庫切れ",
        STRONG,
    ),
    (
        TECH,
        r"pricing\s+error|price\s+error|preisfehler|erreur\s+de\s+prix|error\s+de\s+precio|"
        r"errore\s+(?:di|nel)\s+prezzo|価格の誤り",
        STRONG,
    ),
    (
        UNK,
        r"(?:shipping\s+)?address\s+undeliverable|adresse\s+nicht\s+zustellbar|"
        r"adresse\s+non\s+livrable|dirección\s+no\s+entregable|indirizzo\s+non\s+raggiungibile"
        r"|お届け先",
        MEDIUM,
    ),
    (
        CUST,
        r"(?:customer|buyer)\s+(?:canceled|cancelled|requested)|kunde\s+storniert|"
        r"client\s+annul|cliente\s+(?:canceló|cancelado|annullato)",
        STRONG,
    ),
)

# Amazon's payment team writes only about payment trouble.
PAYMENT_SENDERS = ("payments-messages@", "payments-update@")
SENDER_CONFIDENCE = 0.55
SENDER_EVIDENCE_PREFIX = "sender "
HISTORY_CONFIDENCE = 0.75
UNKNOWN_CONFIDENCE = 0.5


@dataclass(frozen=True)
class _Compiled:
    cause: Cause
    regex: re.Pattern[str]
    weight: float


def _compile(rows: tuple[_Row, ...]) -> tuple[_Compiled, ...]:
    return tuple(_Compiled(c, re.compile(p, re.IGNORECASE), w) for c, p, w in rows)


_COMPILED = {lang: _compile(rows) for lang, rows in RULES.items()}
_SELLER_COMPILED = _compile(SELLER_REASONS)
# "Seller's reason for cancellation: Out of stock", "Motivo de cancelación del
# vendedor: Sin existencias", "キャンセル理由：在庫切れ": a label, then the value.
_REASON_LABEL = re.compile(
    r"(?:reason|grund|motif|motivo|理由)(?:\s+[\w'’.]+){0,4}\s*[:：]|"
    r"(?:stornierungsgrund|cancel\s+reason)\s*[:：]",
    re.IGNORECASE,
)


def classify(msg: ParsedMessage, fields: NoticeFields) -> Classification:
    """Classify one notice on its own evidence: reason text, then sender."""
    reason = fields.reason_text or ""
    if reason:
        label = _REASON_LABEL.search(reason)
        if label:
            found = _match(reason[label.end() :], _SELLER_COMPILED)
            if found:
                return _decide(found)
        found = _match(reason, _rules_for(fields.language))
        if found:
            return _decide(found)
    # The subject is written by Amazon per case, never boilerplate: its wording
    # ("Successful cancellation ...") is evidence, though weaker than a reason.
    found = _match(msg.subject, _rules_for(fields.language))
    if found:
        return _decide(found, scale=0.85)
    sender = msg.from_addr.lower()
    if any(sender.startswith(prefix) for prefix in PAYMENT_SENDERS):
        return Classification(
            cause=Cause.PAYMENT_ISSUE,
            confidence=SENDER_CONFIDENCE,
            evidence=[f"{SENDER_EVIDENCE_PREFIX}{sender} (Amazon's payment team)"],
        )
    if fields.cancelled_by == "customer":
        return Classification(
            cause=Cause.CUSTOMER_REQUEST,
            confidence=0.6,
            evidence=["the notice says the customer cancelled the order"],
        )
    # Nothing to go on: say so rather than guess. The confidence is about the
    # label: a notice without any reason is quite surely of unknown cause.
    return Classification(
        cause=Cause.UNKNOWN, confidence=UNKNOWN_CONFIDENCE if not reason else 0.4, evidence=[]
    )


def causes_named(text: str, language: str | None) -> set[Cause]:
    """The causes whose wording occurs in ``text``; detect.py uses it to find the
    reason sentence among the others."""
    found = {rule.cause for rule, _ in _match(text, _rules_for(language))}
    label = _REASON_LABEL.search(text)
    if label:
        found |= {rule.cause for rule, _ in _match(text[label.end() :], _SELLER_COMPILED)}
    return found


def with_history(classification: Classification, earlier: list[OrderSignal]) -> Classification:
    """Refine a notice that gave no usable reason with earlier mail about the same
    order (``earlier`` is already filtered to those orders and ordered by date).
    The evidence then cites that earlier message. Returns ``classification``
    unchanged when it already rests on the notice's own reason text."""
    if not earlier or not _rests_on_nothing(classification):
        return classification
    signal = earlier[-1]  # the latest word on the order before it was cancelled
    confidence = HISTORY_CONFIDENCE
    if classification.cause is signal.cause:
        confidence = min(0.9, HISTORY_CONFIDENCE + 0.1)
    evidence = [
        signal.phrase,
        f'earlier message "{signal.subject}" ({signal.source})',
        *classification.evidence,
    ]
    return Classification(cause=signal.cause, confidence=confidence, evidence=evidence)


# --- internals -----------------------------------------------------------------


def _rules_for(language: str | None) -> tuple[_Compiled, ...]:
    # English rows too: Amazon mixes English template text into other languages,
    # and an unknown language is most often English.
    own = _COMPILED.get(language or "en", ())
    return own if language in (None, "en") else own + _COMPILED["en"]


def _match(text: str, rules: tuple[_Compiled, ...]) -> list[tuple[_Compiled, str]]:
    found: list[tuple[_Compiled, str]] = []
    if not text:
        return found
    for rule in rules:
        match = rule.regex.search(text)
        if match:
            found.append((rule, match.group(0).strip()))
    return found


def _decide(found: list[tuple[_Compiled, str]], scale: float = 1.0) -> Classification:
    scores: dict[Cause, float] = {}
    for rule, _phrase in found:
        scores[rule.cause] = max(scores.get(rule.cause, 0.0), rule.weight) + (
            0.03 if rule.cause in scores else 0.0
        )
    best = max(scores, key=lambda cause: scores[cause])
    # Customer requests outrank the rest: "you cancelled ... because the item
    # was unavailable elsewhere" is still the customer's decision.
    if Cause.CUSTOMER_REQUEST in scores and scores[Cause.CUSTOMER_REQUEST] >= STRONG:
        best = Cause.CUSTOMER_REQUEST
    confidence = min(scores[best], 0.97)
    if len(scores) > 1:
        # Two causes in one reason sentence: say so through the confidence.
        runner_up = max(v for c, v in scores.items() if c is not best)
        confidence -= 0.25 * runner_up
    evidence = list(dict.fromkeys(phrase for rule, phrase in found if rule.cause is best))
    return Classification(
        cause=best, confidence=round(max(0.05, confidence * scale), 2), evidence=evidence
    )


def _rests_on_nothing(classification: Classification) -> bool:
    if not classification.evidence:
        return True
    return all(e.startswith(SENDER_EVIDENCE_PREFIX) for e in classification.evidence)
