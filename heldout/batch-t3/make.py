#!/usr/bin/env python3
"""Regenerates blind test batch t3 (it / pl / sv): mail/*.eml + labels.json."""
import json, os, random, email.utils, html as H
from email.message import EmailMessage
from email import policy

random.seed(3303)
OUT = os.path.dirname(os.path.abspath(__file__))
MAIL = os.path.join(OUT, "mail")
os.makedirs(MAIL, exist_ok=True)

def oid():
    return "%03d-%07d-%07d" % (random.choice([171, 302, 303, 304, 305, 403, 404, 405, 406, 407, 408, 28]),
                               random.randint(0, 9999999), random.randint(0, 9999999))

def date(i):
    t = 1714000000 + i * 86400 * 3 + random.randint(0, 80000)
    return email.utils.formatdate(t, localtime=False)

def msgid(dom):
    return "<%016x%08x@%s>" % (random.getrandbits(64), random.getrandbits(32), dom)

# ---------------------------------------------------------------- footers
FOOT = {
 "it": ("Amazon non ti chiederà mai di fornire la password, i dati della carta di credito o altre informazioni personali via e-mail o telefono. "
        "Se il numero della tua carta è cambiato o la carta è scaduta, aggiorna i dati in Il mio account > Metodi di pagamento. "
        "Se ricevi un'e-mail sospetta che sembra provenire da Amazon, segnalala: https://www.amazon.it/gp/help/customer/display.html?nodeId=GDYVJ6VVZ7JL7ZGJ "
        "Per assistenza visita https://www.amazon.it/help\n\n"
        "Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio. "
        "© 2024 Amazon.com, Inc. o le sue affiliate. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo."),
 "pl": ("Amazon nigdy nie poprosi Cię w wiadomości e-mail ani telefonicznie o podanie hasła, numeru karty ani innych danych osobowych. "
        "Jeśli numer Twojej karty uległ zmianie lub karta wygasła, zaktualizuj go w sekcji Twoje konto > Twoje płatności. "
        "Jeśli otrzymasz podejrzaną wiadomość podszywającą się pod Amazon, zgłoś ją: https://www.amazon.pl/gp/help/customer/display.html?nodeId=GDYVJ6VVZ7JL7ZGJ "
        "Pomoc: https://www.amazon.pl/help\n\n"
        "Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej. Prosimy na nią nie odpowiadać. "
        "© 2024 Amazon.com, Inc. lub podmioty powiązane. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg."),
 "sv": ("Amazon kommer aldrig att be dig om ditt lösenord, dina kortuppgifter eller andra personuppgifter via e-post eller telefon. "
        "Om ditt kortnummer har ändrats eller kortet har gått ut kan du uppdatera det under Ditt konto > Dina betalningar. "
        "Om du får ett misstänkt e-postmeddelande som utger sig för att komma från Amazon, rapportera det: https://www.amazon.se/gp/help/customer/display.html?nodeId=GDYVJ6VVZ7JL7ZGJ "
        "Hjälp: https://www.amazon.se/help\n\n"
        "Detta e-postmeddelande skickades från en adress som inte tar emot inkommande e-post. Svara inte på detta meddelande. "
        "© 2024 Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg."),
}
LBL = {
 "it": dict(hello="Ciao", order="Ordine n.", items="Articoli annullati", qty="Quantità", orders="I miei ordini",
            url="https://www.amazon.it/gp/css/order-history?ie=UTF8&ref_=pe_ord_cnc", thanks="Grazie,\nAmazon.it", tld="it"),
 "pl": dict(hello="Witaj", order="Zamówienie nr", items="Anulowane produkty", qty="Ilość", orders="Twoje zamówienia",
            url="https://www.amazon.pl/gp/css/order-history?ie=UTF8&ref_=pe_ord_cnc", thanks="Dziękujemy,\nAmazon.pl", tld="pl"),
 "sv": dict(hello="Hej", order="Beställning nr", items="Avbrutna artiklar", qty="Antal", orders="Dina beställningar",
            url="https://www.amazon.se/gp/css/order-history?ie=UTF8&ref_=pe_ord_cnc", thanks="Tack,\nAmazon.se", tld="se"),
}

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6; border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; width: 100%; }
.orderIdTable { font-size: 16px !important; line-height: 16px !important; color: #879596; margin-bottom: 18px !important; }
.itemTitle { padding-right: 24px !important; padding-left: 26px !important; }
.emailClosing { font-size: 9px !important; line-height: 15px !important; color: #868686; }
hr { color: #CFCFCF; border-color: #CFCFCF; background-color: #CFCFCF; border: 1px solid #CFCFCF; margin-top: 15px; margin-bottom: 15px; }"""

def amazon_text(lang, name, paras, order, items):
    L = LBL[lang]
    s = "Amazon.%s\n%s\n\n%s %s,\n\n" % (L["tld"], "-" * 72, L["hello"], name)
    s += "\n\n".join(paras) + "\n\n"
    s += "%s %s\n" % (L["order"], order)
    s += "%s:\n" % L["items"]
    for t, q, p in items:
        s += "  %s\n  %s: %d   %s\n" % (t, L["qty"], q, p)
    s += "\n%s:\n%s\n\n%s\n\n%s\n%s\n" % (L["orders"], L["url"], L["thanks"], "=" * 72, FOOT[lang])
    return s

def amazon_html(lang, name, paras, order, items, title):
    L = LBL[lang]
    e = H.escape
    rows = "".join(
        '<tr><td class="itemTitle" style="font-size:14px;color:#0F1111;padding:6px 0;">%s</td>'
        '<td style="font-size:14px;color:#565959;text-align:right;">%s: %d<br/>%s</td></tr>\n' % (e(t), e(L["qty"]), q, e(p))
        for t, q, p in items)
    ps = "".join('<p style="font-size:14px;line-height:20px;color:#0F1111;margin:0 0 12px 0;">%s</p>\n' % e(p) for p in paras)
    foot = "".join("<p>%s</p>" % e(x) for x in FOOT[lang].split("\n\n"))
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <title>%(title)s</title>
  <style>
%(css)s
  </style>
 </head>
 <body>
 <table class="emailBody" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td class="emailBodyTD">
  <table class="brandTable" width="100%%"><tr><td><a href="https://www.amazon.%(tld)s/ref=pe_cnc_logo"><img class="brandImage" alt="Amazon.%(tld)s" src="https://m.media-amazon.com/images/G/29/x-locale/common/amazon-logo._CB485937584_.png" width="130"/></a></td></tr></table>
  <table class="emailContainer" cellpadding="0" cellspacing="0"><tr><td style="padding:25px 20px 33px 20px;">
   <h2 style="font-size:20px;color:#C45500;margin:0 0 16px 0;">%(title)s</h2>
   <p style="font-size:14px;color:#0F1111;">%(hello)s %(name)s,</p>
   %(ps)s
   <table class="orderIdTable" width="100%%"><tr><td>%(olabel)s <a class="orderIdLink" href="https://www.amazon.%(tld)s/gp/css/summary/edit.html?orderID=%(order)s">%(order)s</a></td></tr></table>
   <hr/>
   <p style="font-size:14px;font-weight:bold;color:#0F1111;">%(ilabel)s</p>
   <table width="100%%" cellpadding="0" cellspacing="0">
%(rows)s   </table>
   <hr/>
   <p><a href="%(url)s" style="background:#FFD814;border-radius:8px;padding:8px 16px;color:#0F1111;text-decoration:none;font-size:14px;">%(orders)s</a></p>
  </td></tr></table>
  <table width="100%%"><tr><td class="emailClosing" style="padding-top:20px;">%(foot)s</td></tr></table>
 </td></tr></table>
 <img width="1" height="1" src="https://www.amazon.%(tld)s/gp/r.html?C=%(c)s&amp;M=urn:rtn:msg:%(m)s&amp;R=%(c)s&amp;T=O&amp;U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif&amp;ref_=pe_cnc_open" />
 </body>
</html>
""" % dict(title=e(title), css=CSS, tld=L["tld"], hello=e(L["hello"]), name=e(name), ps=ps, olabel=e(L["order"]),
           order=order, ilabel=e(L["items"]), rows=rows, url=H.escape(L["url"]), orders=e(L["orders"]), foot=foot,
           c="%X" % random.getrandbits(48), m="%x" % random.getrandbits(96))

def simple_html(body_html, title="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>'
            '<body style="%s">\n%s\n</body></html>\n' % (H.escape(title), style, body_html))

def auth_hdr(tld, good=True, sender_dom=None):
    if good:
        return ("mx.google.com; dkim=pass header.i=@amazon.%s header.s=%s header.b=%s; "
                "spf=pass (google.com: domain of 20240%d%s@bounces.amazon.%s designates 54.240.%d.%d as permitted sender) "
                "smtp.mailfrom=20240%d%s@bounces.amazon.%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.%s" % (
                    tld, random.choice(["kqg3ck6qvf3bv2zh", "2xuuuqnn3vjo4sfa", "e2ulbi5rxzonqkzp"]),
                    "%08x" % random.getrandbits(32), random.randint(100, 999), "%08x" % random.getrandbits(32), tld,
                    random.randint(1, 250), random.randint(1, 250), random.randint(100, 999),
                    "%08x" % random.getrandbits(32), tld, tld))
    return ("mx.google.com; dkim=none; spf=softfail (google.com: domain of transitioning %s does not designate "
            "%d.%d.%d.%d as permitted sender) smtp.mailfrom=%s; dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=%s" % (
                sender_dom, random.randint(5, 220), random.randint(0, 255), random.randint(0, 255), random.randint(1, 254),
                sender_dom, sender_dom))

RECIPS = {"it": ["Giulia Bianchi <giulia.bianchi78@libero.it>", "Marco Rossi <m.rossi@fastwebnet.it>", "Francesca <fra.esposito@gmail.com>"],
          "pl": ["Anna Kowalska <anna.kowalska@wp.pl>", "Piotr Nowak <p.nowak@onet.pl>", "Kasia <katarzyna.wisniewska@gmail.com>"],
          "sv": ["Erik Johansson <erik.johansson@telia.com>", "Sara Lindberg <sara.lindberg@gmail.com>", "Anders <anders.nilsson@bredband.net>"]}

SPECS = []
def add(**kw):
    SPECS.append(kw)

# =====================================================================================
#                                   NOTICES
# =====================================================================================
def notice(lang, cause, states, sender, subject, name, paras, items, fmt, charset, cte, auth, note, order=None):
    order = order or oid()
    paras = [p.replace("{O}", order) for p in paras]
    subject = subject.replace("{O}", order)
    add(lang=lang, kind="notice", cause=cause, states_reason=states, marketplace="amazon." + LBL[lang]["tld"], note=note,
        frm=sender, subject=subject, fmt=fmt, charset=charset, cte=cte,
        text=amazon_text(lang, name, paras, order, items),
        html=amazon_html(lang, name, paras, order, items, subject.split(":")[0]) if fmt != "text" else None,
        auth=auth_hdr(LBL[lang]["tld"]) if auth else None, mailer="amazon")

# ---------------- Italian
notice("it", "inventory_shortage", True, '"Amazon.it" <order-update@amazon.it>',
       "Il tuo ordine Amazon.it n. {O} è stato annullato", "Giulia",
       ["Ci dispiace informarti che abbiamo dovuto annullare il tuo ordine {O}: l'articolo indicato di seguito non è più disponibile e il venditore non è in grado di procurarselo dal fornitore.",
        "Non ti è stato addebitato alcun importo per questo articolo. Se era stata effettuata una preautorizzazione sulla tua carta, verrà rilasciata entro alcuni giorni lavorativi.",
        "Puoi cercare un articolo simile su Amazon.it o attivare un avviso di disponibilità dalla pagina del prodotto."],
       [("De'Longhi Dedica EC685.M Macchina per caffè espresso, metallo", 1, "EUR 169,90")],
       "alt", "utf-8", "quoted-printable", True, "out of stock, supplier cannot deliver; html like real samples")
notice("it", "payment_issue", True, '"Amazon.it" <payments-messages@amazon.it>',
       "Ordine annullato: non è stato possibile elaborare il pagamento", "Marco",
       ["Non siamo riusciti ad autorizzare il pagamento con la carta Visa che termina con 4411 per l'ordine {O}. La banca emittente ha rifiutato l'addebito.",
        "Ti avevamo chiesto di aggiornare il metodo di pagamento entro 7 giorni. Poiché la revisione del pagamento non è stata completata entro il termine, l'ordine è stato annullato.",
        "Se desideri ancora questi articoli, effettua un nuovo ordine su Amazon.it dopo aver verificato i dati della carta in Il mio account. Non rispondere a questa e-mail con i dati della carta."],
       [("Logitech MX Master 3S Mouse wireless, grafite", 1, "EUR 99,99"), ("AmazonBasics Tappetino per mouse XL", 2, "EUR 11,49")],
       "text", "utf-8", "8bit", False, "card declined, payment revision not made in time; plain text")
notice("it", "technical_issue", True, '"Servizio Clienti Amazon.it" <cs-reply@amazon.it>',
       "Informazioni sul tuo ordine {O}", "Francesca",
       ["Ti contattiamo in merito al tuo recente ordine {O}.",
        "A causa di un errore tecnico nel nostro sistema, l'articolo è stato messo in vendita a un prezzo errato (EUR 14,99 invece di EUR 149,90). Per questo motivo abbiamo annullato l'ordine.",
        "Non ti è stato addebitato alcun importo. Ci scusiamo per l'inconveniente e ti ringraziamo per la comprensione."],
       [("Samsung Galaxy Buds2 Pro, Auricolari Bluetooth True Wireless, Bora Purple", 1, "EUR 14,99")],
       "html", "utf-8", "base64", True, "pricing error; html only base64")
notice("it", "fraud_prevention", True, '"Amazon.it" <account-update@amazon.it>',
       "Il tuo ordine {O} è stato annullato", "Giulia",
       ["Abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per proteggere te e il tuo account, abbiamo sospeso temporaneamente l'account e annullato l'ordine {O}.",
        "Per riattivare l'account, accedi direttamente ad Amazon.it (digitando l'indirizzo nel browser) e segui le istruzioni visualizzate per verificare la tua identità. Non condivideremo mai un link per questa procedura via SMS.",
        "Eventuali addebiti in sospeso verranno annullati."],
       [("Apple iPad (10a generazione) Wi-Fi 64 GB, Argento", 1, "EUR 409,00")],
       "alt", "utf-8", "quoted-printable", False, "unusual activity, account on hold; genuine")
notice("it", "customer_request", True, '"Amazon.it" <auto-confirm@amazon.it>',
       "Annullamento dell'ordine {O} confermato", "Marco",
       ["Come da tua richiesta, abbiamo annullato gli articoli seguenti dal tuo ordine {O}.",
        "Se hai già pagato, riceverai il rimborso sul metodo di pagamento originale entro 3-5 giorni lavorativi. Il rimborso di € 27,80 apparirà come \"AMAZON EU\" sull'estratto conto."],
       [("Kärcher WV 2 Plus Lavavetri elettrico", 1, "EUR 27,80")],
       "text", "iso-8859-15", "quoted-printable", True, "cancelled at customer's request; iso-8859-15 QP")
notice("it", "unknown", False, '"Amazon.it" <order-update@amazon.it>',
       "Ordine annullato: {O}", "Francesca",
       ["Il tuo ordine {O} è stato annullato.",
        "Se per questo ordine è stato effettuato un addebito, riceverai un rimborso completo. Per maggiori dettagli consulta I miei ordini."],
       [("Lego Technic 42151 Bugatti Bolide", 1, "EUR 44,99")],
       "html", "utf-8", "quoted-printable", False, "no reason given; html only")

# ---------------- Polish
notice("pl", "inventory_shortage", True, '"Amazon.pl" <order-update@amazon.pl>',
       "Twoje zamówienie {O} zostało anulowane", "Anno",
       ["Z przykrością informujemy, że musieliśmy anulować Twoje zamówienie przedpremierowe {O}. Wydawca ograniczył nakład i nie otrzymamy wystarczającej liczby egzemplarzy, aby zrealizować wszystkie zamówienia.",
        "Nie obciążyliśmy Twojej karty. Jeśli produkt znów będzie dostępny, możesz go zamówić ponownie na Amazon.pl."],
       [("The Legend of Zelda: Tears of the Kingdom – Edycja Kolekcjonerska (Nintendo Switch)", 1, "599,00 zł")],
       "alt", "utf-8", "quoted-printable", True, "pre-order cannot be filled")
notice("pl", "payment_issue", True, '"Amazon.pl" <payments-messages@amazon.pl>',
       "Zamówienie {O} zostało anulowane – problem z płatnością", "Piotrze",
       ["Nie udało się zrealizować płatności za zamówienie {O}. Karta Mastercard kończąca się cyframi 0932 wygasła, a nowy sposób płatności nie został dodany w wyznaczonym terminie.",
        "W związku z tym anulowaliśmy zamówienie. Aby zamówić ponownie, zaktualizuj sposób płatności w sekcji Twoje konto, a następnie złóż nowe zamówienie."],
       [("Philips Series 3000 Golarka elektryczna S3134/51", 1, "249,99 zł")],
       "text", "iso-8859-2", "quoted-printable", False, "expired card; iso-8859-2 QP text")
notice("pl", "technical_issue", True, '"Obsługa Klienta Amazon.pl" <cs-reply@amazon.pl>',
       "Anulowanie zamówienia {O}", "Katarzyno",
       ["Kontaktujemy się w sprawie Twojego zamówienia {O}.",
        "Z powodu błędu w ofercie produkt został wystawiony z nieprawidłową ceną i opisem (błąd systemu podczas aktualizacji katalogu). Z tego powodu zamówienie zostało anulowane.",
        "Żadne środki nie zostały pobrane. Przepraszamy za niedogodności."],
       [("Monitor Dell S2721DGF 27\" QHD 165 Hz", 1, "89,00 zł")],
       "html", "utf-8", "base64", True, "listing/pricing error")
notice("pl", "fraud_prevention", True, '"Amazon.pl" <account-update@amazon.pl>',
       "Anulowano zamówienie {O}", "Anno",
       ["Twoje zamówienie {O} zostało oznaczone do weryfikacji bezpieczeństwa i anulowane. Zauważyliśmy nietypową aktywność na Twoim koncie, dlatego zostało ono tymczasowo zablokowane.",
        "Aby odblokować konto, zaloguj się w aplikacji Amazon lub na stronie amazon.pl i postępuj zgodnie z instrukcjami weryfikacji tożsamości."],
       [("Xiaomi Redmi Note 13 Pro 5G 8/256 GB, czarny", 2, "2 398,00 zł")],
       "alt", "iso-8859-2", "base64", False, "security review, account locked; iso-8859-2")
notice("pl", "customer_request", True, '"Amazon.pl" <auto-confirm@amazon.pl>',
       "Potwierdzenie anulowania zamówienia {O}", "Piotrze",
       ["Zgodnie z Twoją prośbą anulowaliśmy następujące produkty z zamówienia {O}.",
        "Jeśli płatność została już pobrana, zwrot środków nastąpi w ciągu 3–5 dni roboczych."],
       [("Tefal Ingenio Zestaw garnków 13 el.", 1, "459,00 zł")],
       "text", "utf-8", "8bit", True, "customer cancelled; 8bit text")
notice("pl", "unknown", True, '"Amazon.pl" <shipment-tracking@amazon.pl>',
       "Twoje zamówienie {O} zostało anulowane", "Katarzyno",
       ["Niestety nie mogliśmy dostarczyć przesyłki z zamówienia {O}: przewoźnik nie był w stanie znaleźć podanego adresu dostawy, a przesyłka została zwrócona do naszego centrum logistycznego.",
        "Zamówienie zostało anulowane, a pełna kwota zostanie zwrócona na Twój rachunek. Sprawdź adres w książce adresowej przed złożeniem kolejnego zamówienia."],
       [("Bosch PSR 1800 LI-2 Wkrętarka akumulatorowa", 1, "329,00 zł")],
       "html", "utf-8", "quoted-printable", False, "address undeliverable -> unknown")

# ---------------- Swedish
notice("sv", "inventory_shortage", True, '"Amazon.se" <order-update@amazon.se>',
       "Din beställning {O} har avbrutits", "Erik",
       ["Vi beklagar, men vi har varit tvungna att avbryta din beställning {O}. Artikeln är tyvärr slut i lager och säljaren kan inte längre leverera den.",
        "Du har inte debiterats för artikeln. Eventuell reservation på ditt kort släpps inom några bankdagar."],
       [("Fiskars Yxa X17 – M, för klyvning", 1, "649,00 kr")],
       "alt", "utf-8", "quoted-printable", True, "out of stock")
notice("sv", "payment_issue", True, '"Amazon.se" <payments-messages@amazon.se>',
       "Beställning avbruten: betalningen kunde inte genomföras", "Sara",
       ["Vi kunde inte genomföra betalningen för din beställning {O}. Saldot på ditt presentkort räckte inte och det kort du angav som reserv nekades av banken.",
        "Eftersom betalningen inte kunde auktoriseras har beställningen avbrutits. Du kan lägga en ny beställning när du har uppdaterat dina betalningsuppgifter under Ditt konto."],
       [("Kindle Paperwhite (16 GB), 6,8-tums skärm", 1, "1 799,00 kr")],
       "text", "iso-8859-1", "quoted-printable", True, "insufficient gift card balance + card declined; latin-1")
notice("sv", "technical_issue", True, '"Amazon.se Kundtjänst" <cs-reply@amazon.se>',
       "Angående din beställning {O}", "Anders",
       ["Vi kontaktar dig angående din beställning {O}.",
        "På grund av ett systemfel visades ett felaktigt pris för artikeln när du handlade. Vi har därför avbrutit beställningen.",
        "Du har inte debiterats. Vi ber om ursäkt för besväret."],
       [("Sony WH-1000XM5 trådlösa hörlurar, svart", 1, "399,00 kr")],
       "html", "utf-8", "base64", False, "system/pricing error")
notice("sv", "fraud_prevention", True, '"Amazon.se" <account-update@amazon.se>',
       "Din beställning {O} har avbrutits", "Erik",
       ["Vi har upptäckt ovanlig aktivitet på ditt konto. Som en säkerhetsåtgärd har vi avbrutit beställning {O} och tillfälligt spärrat kontot.",
        "Logga in på amazon.se som vanligt (skriv adressen själv i webbläsaren) för att verifiera din identitet och återaktivera kontot."],
       [("Apple AirPods Pro (2:a generationen) med MagSafe-fodral", 1, "2 690,00 kr")],
       "alt", "utf-8", "8bit", True, "unusual activity, account on hold")
notice("sv", "customer_request", True, '"Amazon.se" <auto-confirm@amazon.se>',
       "Avbokning bekräftad för beställning {O}", "Sara",
       ["Vi har avbrutit följande artiklar i din beställning {O} enligt din begäran.",
        "Om du redan har debiterats återbetalas beloppet till din ursprungliga betalningsmetod inom 3–5 bankdagar."],
       [("IKEA-kompatibel LED-list 2 m, varmvit", 2, "198,00 kr"), ("Anker PowerCore 10000 powerbank", 1, "279,00 kr")],
       "text", "utf-8", "base64", False, "customer request; base64 text")
notice("sv", "unknown", False, '"Amazon.se" <order-update@amazon.se>',
       "Beställning {O} har avbrutits", "Anders",
       ["Din beställning {O} har avbrutits.",
        "Om du har debiterats för beställningen får du en fullständig återbetalning. Mer information finns under Dina beställningar."],
       [("Nespresso Vertuo Next, mattsvart", 1, "1 290,00 kr")],
       "html", "utf-8", "quoted-printable", False, "no reason given")

# =====================================================================================
#                                  LOOKALIKES
# =====================================================================================
def look(lang, cause, states, frm, subject, text, html, fmt, charset, cte, note, dom, reply_to=None, mailer=None):
    add(lang=lang, kind="lookalike", cause=cause, states_reason=states, marketplace=None, note=note, frm=frm,
        subject=subject, fmt=fmt, charset=charset, cte=cte, text=text, html=html, auth=auth_hdr(None, False, dom),
        reply_to=reply_to, mailer=mailer or random.choice(["PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)", "Microsoft Outlook 16.0", None]),
        sender_dom=dom)

def a(href, txt):
    return '<a href="%s">%s</a>' % (href, H.escape(txt))

# ---------------- Italian lookalikes
o = oid()
look("it", "customer_request", True, '"Amazon Assistenza" <assistenza.ordini.amazon@gmail.com>',
     "Conferma annullamento ordine #%s" % o,
     "Gentile cliente,\n\nil tuo ordine #%s di iPhone 15 Pro Max 256GB (EUR 1.489,00) è stato annullato su tua richiesta e il rimborso sarà elaborato entro 24 ore.\n\n"
     "Se NON hai richiesto tu l'annullamento, chiama SUBITO il nostro servizio clienti al numero +39 02 9475 8812 (attivo 24/7) per bloccare l'operazione.\n\nServizio Clienti Amazon" % o,
     None, "text", "utf-8", "8bit", "gmail sender, callback phone number", "gmail.com")
look("it", "fraud_prevention", True, '"Amazon.it" <no-reply@amazon-ordini-it.com>',
     "Account sospeso - ordine annullato",
     None, simple_html("<p><b>Il tuo account è stato sospeso</b></p><p>Gentile Cliente, a causa di attività sospette il tuo account è stato sospeso e il tuo ordine è stato annullato.</p>"
                       "<p>Per riattivare il tuo account inserisci il codice di verifica <b style='font-size:20px'>AMZ-7741</b> nella pagina seguente entro 24 ore:</p><p>"
                       + a("http://amazon-ordini-it.com/riattiva?c=AMZ-7741", "Riattiva account") + "</p><p>Amazon.it</p>", "Amazon"),
     "html", "utf-8", "quoted-printable", "account suspended + code, look-alike domain, no order number", "amazon-ordini-it.com")
o = oid()
look("it", "payment_issue", True, '"Amazon Pagamenti" <pagamenti@amazon-payments-it.net>',
     "Il tuo ordine %s è stato annullato - problema di pagamento" % o,
     "Gentile cliente,\n\nnon siamo riusciti ad addebitare la tua carta per l'ordine %s, che è stato pertanto annullato.\n\n"
     "Per riattivare l'ordine RISPONDI a questa e-mail indicando:\n- nome del titolare\n- numero della carta\n- data di scadenza\n- codice CVV\n\nGrazie,\nIl team Amazon Pagamenti" % o,
     None, "text", "iso-8859-1", "quoted-printable", "reply with card details", "amazon-payments-it.net",
     reply_to="rimborsi.amazon@outlook.com")
o = oid()
look("it", "inventory_shortage", True, '"Amazon.it" <order-update@amazon.it.ordini-cliente.top>',
     "Ordine annullato: %s" % o,
     "Ciao,\n\nil tuo ordine %s è stato annullato perché l'articolo non è più disponibile. Per ricevere il rimborso di EUR 239,99 conferma i dati: https://www.amazon.it/rimborso\n\nAmazon.it" % o,
     amazon_html("it", "cliente", ["Il tuo ordine %s è stato annullato perché l'articolo non è più disponibile." % o,
                                    "Per ricevere il rimborso di EUR 239,99 devi confermare i dati della tua carta entro 48 ore."], o,
                 [("Dyson V8 Aspirapolvere senza filo", 1, "EUR 239,99")], "Ordine annullato").replace(
                     'href="https://www.amazon.it/gp/css/order-history?ie=UTF8&amp;ref_=pe_ord_cnc"',
                     'href="http://amazon.it.ordini-cliente.top/rimborso/login.php?id=8812"') .replace(
                     ">I miei ordini</a>", ">https://www.amazon.it/rimborso</a>"),
     "alt", "utf-8", "quoted-printable", "polished copy of real template; link text amazon.it, href elsewhere; amazon.it.evil.top domain", "ordini-cliente.top")
look("it", "fraud_prevention", True, '"Аmazon.it" <servizio@notifiche-clienti.eu>',
     "Avviso di sicurezza: il tuo ordine è stato annullato",
     None, simple_html("<p>Gentile cliente Amazon,</p><p>abbiamo rilevato un accesso non autorizzato e per sicurezza abbiamo annullato il tuo ordine n. 402-88123-551.</p>"
                       "<p>Verifica la tua identità cliccando qui: " + a("https://notifiche-clienti.eu/amz/verifica", "https://www.amazon.it/verifica-account") + "</p><p>Cordiali saluti,<br>Team Sicurezza Amazon</p>"),
     "html", "utf-8", "base64", "Cyrillic A in display name, malformed order number, masked link", "notifiche-clienti.eu")
look("it", "unknown", False, '"AMAZON" <amazon.it.clienti2024@yahoo.com>',
     "ORDINE ANNULATO!!!",
     "Caro utente\nil tuo ordine Amazon e stato ANNULATO.\nclicca qui per avere il rimborso: http://bit.ly/amz-rimbors0\n\nAmazon", None,
     "text", "us-ascii", "7bit", "crude, yahoo sender, no order number, no reason", "yahoo.com")
o = oid()
look("it", "payment_issue", True, '"Amazon.it" <info@amaz0n-it.com>',
     "Azione richiesta: il tuo ordine %s verrà annullato" % o,
     "Gentile cliente,\n\nil pagamento del tuo ordine %s non è stato autorizzato. Il tuo ordine VERRÀ ANNULLATO entro 12 ore se non aggiorni il metodo di pagamento.\n\nAggiorna ora: http://amaz0n-it.com/pagamento\n\nAmazon.it" % o,
     simple_html("<p>Gentile cliente,</p><p>il pagamento del tuo ordine <b>%s</b> non è stato autorizzato. Il tuo ordine <b>verrà annullato</b> entro 12 ore se non aggiorni il metodo di pagamento.</p><p>%s</p><p>Amazon.it</p>" % (o, a("http://amaz0n-it.com/pagamento", "Aggiorna il metodo di pagamento"))),
     "alt", "utf-8", "base64", "will be cancelled unless act; amaz0n domain", "amaz0n-it.com")
look("it", "technical_issue", True, '"Amazon Rimborsi" <rimborsi@amazon-orders.help>',
     "Rimborso per ordine annullato n. 1719-2231",
     "Gentile cliente,\n\na causa di un errore di prezzo il tuo ordine n. 1719-2231 è stato annullato. Hai diritto a un rimborso di 89,90 EUR.\n\n"
     "Per ricevere il rimborso chiama il numero verde 800 912 447 e comunica il codice cliente che ti verrà richiesto.\n\nAmazon Rimborsi", None,
     "text", "utf-8", "quoted-printable", "amazon-orders.help, malformed order number, phone callback", "amazon-orders.help")

# ---------------- Polish lookalikes
o = oid()
look("pl", "customer_request", True, '"Amazon Obsługa Klienta" <amazon.pl.obsluga@outlook.com>',
     "Anulowanie zamówienia %s" % o,
     "Szanowny Kliencie,\n\nTwoje zamówienie %s (Samsung Galaxy S24 Ultra, 5 999,00 zł) zostało anulowane na Twoje żądanie.\n\n"
     "Jeśli to nie Ty anulowałeś zamówienie, natychmiast zadzwoń pod numer +48 22 307 41 19, aby zablokować zwrot na obce konto.\n\nZespół Amazon" % o,
     None, "text", "iso-8859-2", "quoted-printable", "outlook sender, callback number", "outlook.com")
look("pl", "fraud_prevention", True, '"Amazon.pl" <bezpieczenstwo@amazon-konto-pl.info>',
     "Twoje konto zostało zawieszone – zamówienie anulowane",
     None, simple_html("<p>Drogi Kliencie,</p><p>Twoje konto Amazon zostało <b>zawieszone</b>, a ostatnie zamówienie <b>anulowane</b> z powodu podejrzanej aktywności.</p>"
                       "<p>Użyj kodu <b>PL-90311</b>, aby odblokować konto: " + a("http://amazon-konto-pl.info/odblokuj", "Odblokuj konto") + "</p><p>Amazon</p>"),
     "html", "utf-8", "quoted-printable", "suspended + code, lookalike domain, no order number", "amazon-konto-pl.info")
o = oid()
look("pl", "payment_issue", True, '"Amazon Płatności" <platnosci@amazon-pl-pay.com>',
     "Zamówienie %s anulowane – błąd płatności" % o,
     "Witaj,\n\nTwoja płatność za zamówienie %s została odrzucona i zamówienie zostało anulowane.\n\nAby przywrócić zamówienie, odpowiedz na tę wiadomość podając numer karty, datę ważności i kod CVV.\n\nAmazon.pl" % o,
     None, "text", "utf-8", "8bit", "reply with card details", "amazon-pl-pay.com", reply_to="zwroty.amazonpl@gmail.com")
o = oid()
look("pl", "inventory_shortage", True, '"Amazon.pl" <order-update@amazon.pl.zamowienia-info.xyz>',
     "Twoje zamówienie %s zostało anulowane" % o,
     None, amazon_html("pl", "Kliencie", ["Twoje zamówienie %s zostało anulowane, ponieważ produkt jest niedostępny." % o,
                                         "Aby otrzymać zwrot 1 299,00 zł, zaloguj się i potwierdź dane karty w ciągu 24 godzin."], o,
                       [("Roborock S8 Robot sprzątający", 1, "1 299,00 zł")], "Zamówienie anulowane").replace(
                           'href="https://www.amazon.pl/gp/css/order-history?ie=UTF8&amp;ref_=pe_ord_cnc"',
                           'href="http://amazon.pl.zamowienia-info.xyz/zwrot/index.php"').replace(">Twoje zamówienia</a>", ">https://www.amazon.pl/zwrot</a>"),
     "html", "utf-8", "base64", "polished template copy, link text amazon.pl href elsewhere", "zamowienia-info.xyz")
look("pl", "fraud_prevention", True, '"Αmazon.pl" <alert@powiadomienia-klient.pl>',
     "Alert bezpieczeństwa: zamówienie anulowane",
     "Drogi Kliencie,\n\nWykryliśmy logowanie z nieznanego urządzenia (Lagos, Nigeria). Ze względów bezpieczeństwa anulowaliśmy zamówienie nr 114-20044-9981.\n\n"
     "Zweryfikuj swoje dane: https://powiadomienia-klient.pl/amazon/weryfikacja\n\nZespół Bezpieczeństwa Amazon", None,
     "text", "iso-8859-2", "base64", "Greek Alpha in display name, malformed order number", "powiadomienia-klient.pl")
look("pl", "unknown", False, '"Amazon" <amazonpl.zwroty@gmail.com>',
     "WAZNE: zamowienie anulowane",
     "Witam\nTwoje zamowienie na amazon zostalo anulowane.\nkliknij link aby odebrac zwrot pieniedzy: http://amzn-zwrot.ru/pl\n\npozdrawiam\nAmazon", None,
     "text", "us-ascii", "7bit", "crude, gmail, no diacritics, no order number", "gmail.com")
o = oid()
look("pl", "payment_issue", True, '"Amazon.pl" <konto@amazon.pl-weryfikacja.com>',
     "Pilne: Twoje zamówienie %s zostanie anulowane" % o,
     "Twoja płatność za zamówienie %s nie została autoryzowana. Zamówienie zostanie anulowane w ciągu 24 godzin, jeśli nie zaktualizujesz metody płatności: http://amazon.pl-weryfikacja.com/platnosc" % o,
     simple_html("<p>Twoja płatność za zamówienie <b>%s</b> nie została autoryzowana.</p><p>Zamówienie <b>zostanie anulowane</b> w ciągu 24 godzin, jeśli nie zaktualizujesz metody płatności.</p><p>%s</p>" % (o, a("http://amazon.pl-weryfikacja.com/platnosc", "www.amazon.pl/twoje-platnosci"))),
     "alt", "iso-8859-2", "quoted-printable", "will be cancelled unless act, amazon.pl-weryfikacja.com", "amazon.pl-weryfikacja.com")
look("pl", "technical_issue", True, '"Amazon Zwroty" <zwroty@amazon-orders.help>',
     "Zwrot za anulowane zamówienie 40-2211-88",
     "Szanowny Kliencie,\n\nz powodu błędu systemu zamówienie 40-2211-88 zostało anulowane. Przysługuje Ci zwrot 349,00 zł.\n\nAby go otrzymać, zadzwoń pod bezpłatny numer 800 702 119 i podaj kod weryfikacyjny z SMS.\n\nAmazon", None,
     "text", "utf-8", "quoted-printable", "amazon-orders.help, malformed order number, callback", "amazon-orders.help")

# ---------------- Swedish lookalikes
o = oid()
look("sv", "customer_request", True, '"Amazon Kundtjänst" <amazon.se.support@hotmail.com>',
     "Din avbokning av beställning %s" % o,
     "Hej,\n\nDin beställning %s (MacBook Air M3, 14 990 kr) har avbrutits på din begäran.\n\nOm det inte var du, ring oss omedelbart på +46 8 505 914 33 så stoppar vi återbetalningen.\n\nAmazon Kundtjänst" % o,
     None, "text", "iso-8859-1", "quoted-printable", "hotmail sender, callback number", "hotmail.com")
look("sv", "fraud_prevention", True, '"Amazon.se" <noreply@amazon-se-konto.com>',
     "Ditt konto är avstängt och din beställning avbruten",
     None, simple_html("<p>Hej,</p><p>Ditt Amazon-konto har stängts av och din senaste beställning har avbrutits på grund av misstänkt aktivitet.</p>"
                       "<p>Ange koden <b>SE-4412</b> för att återaktivera kontot: " + a("http://amazon-se-konto.com/aterstall", "Återaktivera") + "</p><p>Amazon</p>"),
     "html", "utf-8", "base64", "account suspended + code, no order number", "amazon-se-konto.com")
o = oid()
look("sv", "payment_issue", True, '"Amazon Betalningar" <betalning@amazon-se-billing.net>',
     "Beställning %s avbruten - betalningsproblem" % o,
     "Hej,\n\nVi kunde inte dra betalningen för beställning %s och den har därför avbrutits.\n\nSvara på detta mejl med ditt kortnummer, utgångsdatum och CVC-kod så återaktiverar vi beställningen.\n\nAmazon.se" % o,
     None, "text", "utf-8", "8bit", "reply with card details", "amazon-se-billing.net", reply_to="amazon.se.betalning@gmail.com")
o = oid()
look("sv", "inventory_shortage", True, '"Amazon.se" <order-update@amazon.se.kundorder-service.top>',
     "Din beställning %s har avbrutits" % o,
     "Din beställning %s har avbrutits eftersom artikeln är slut i lager. Logga in för att få din återbetalning: https://www.amazon.se/aterbetalning" % o,
     amazon_html("sv", "kund", ["Din beställning %s har avbrutits eftersom artikeln är slut i lager." % o,
                                "För att få tillbaka 3 499,00 kr måste du bekräfta dina kortuppgifter inom 24 timmar."], o,
                 [("Garmin Forerunner 265 GPS-klocka", 1, "3 499,00 kr")], "Beställning avbruten").replace(
                     'href="https://www.amazon.se/gp/css/order-history?ie=UTF8&amp;ref_=pe_ord_cnc"',
                     'href="http://amazon.se.kundorder-service.top/refund/login.php"').replace(">Dina beställningar</a>", ">https://www.amazon.se/aterbetalning</a>"),
     "alt", "utf-8", "quoted-printable", "polished template copy, masked link, amazon.se.evil.top", "kundorder-service.top")
look("sv", "fraud_prevention", True, '"Amazоn.se" <sakerhet@kund-meddelanden.se>',
     "Säkerhetsvarning: beställning avbruten",
     None, simple_html("<p>Hej,</p><p>Vi har upptäckt en inloggning från en okänd enhet. Av säkerhetsskäl har vi avbrutit beställning nr 405-771-22901.</p>"
                       "<p>Verifiera ditt konto här: " + a("https://kund-meddelanden.se/amzn/verify", "https://www.amazon.se/verifiera") + "</p><p>Amazon Säkerhet</p>"),
     "html", "iso-8859-1", "quoted-printable", "Cyrillic o in display name, malformed order number", "kund-meddelanden.se")
look("sv", "unknown", False, '"Amazon" <amazon.orders.se@yahoo.se>',
     "DIN ORDER AR AVBRUTEN",
     "Hej kund\ndin order pa amazon ar avbruten.\nklicka har for att fa pengarna tillbaka: http://amzn-se-refund.xyz\n\nAmazon", None,
     "text", "us-ascii", "7bit", "crude, yahoo, no order number", "yahoo.se")
o = oid()
look("sv", "payment_issue", True, '"Amazon.se" <info@amazom-se.com>',
     "Åtgärd krävs: beställning %s kommer att avbrytas" % o,
     "Betalningen för din beställning %s kunde inte verifieras. Beställningen kommer att avbrytas inom 12 timmar om du inte uppdaterar din betalningsmetod: http://amazom-se.com/betala" % o,
     simple_html("<p>Betalningen för din beställning <b>%s</b> kunde inte verifieras.</p><p>Beställningen <b>kommer att avbrytas</b> inom 12 timmar om du inte uppdaterar din betalningsmetod.</p><p>%s</p>" % (o, a("http://amazom-se.com/betala", "Uppdatera betalningsmetod"))),
     "alt", "utf-8", "base64", "will be cancelled unless act; amazom typo domain", "amazom-se.com")
look("sv", "technical_issue", True, '"Amazon Återbetalning" <refund@amazon-orders.help>',
     "Återbetalning för avbruten beställning 302-11-4457",
     "Hej,\n\nPå grund av ett prisfel har din beställning 302-11-4457 avbrutits. Du har rätt till en återbetalning på 1 249 kr.\n\nRing 020-79 44 21 och uppge din verifieringskod för att få pengarna.\n\nAmazon", None,
     "text", "utf-8", "quoted-printable", "amazon-orders.help, malformed order number, callback", "amazon-orders.help")

# =====================================================================================
#                                  NON-NOTICES
# =====================================================================================
def non(lang, frm, subject, text, html, fmt, charset, cte, note, auth_dom=None):
    add(lang=lang, kind="non_notice", cause=None, states_reason=False, marketplace=None, note=note, frm=frm, subject=subject,
        fmt=fmt, charset=charset, cte=cte, text=text, html=html,
        auth=(auth_hdr(auth_dom[0]) if auth_dom and auth_dom[1] else None), mailer=None)

# ---------------- Italian
non("it", '"eBay" <ebay@ebay.it>', "Il tuo ordine eBay è stato annullato",
    "Ciao Giulia,\n\nil venditore tech-outlet-italia ha annullato il tuo ordine n. 23-11245-88710 (Cuffie JBL Tune 760NC) perché l'articolo è esaurito.\n\n"
    "Il rimborso di EUR 64,90 è stato emesso sul metodo di pagamento utilizzato (Amazon Pay). Potrebbero essere necessari fino a 5 giorni lavorativi.\n\n"
    "Cerca articoli simili su eBay.\n\neBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow, Germania", None,
    "text", "utf-8", "quoted-printable", "eBay cancellation paid with Amazon Pay")
non("it", '"Luca Ferri" <luca.ferri@gmail.com>', "Re: regalo per Chiara",
    "Ciao Fra,\n\nalla fine ho annullato l'ordine su Amazon, la lampada arrivava dopo il compleanno. L'ho presa da Leroy Merlin, costa uguale.\n"
    "Ci sentiamo stasera per la busta?\n\nLuca\n\nIl giorno mar 14 mag 2024, Francesca <fra.esposito@gmail.com> ha scritto:\n> Hai poi ordinato la lampada?\n", None,
    "text", "utf-8", "8bit", "friend says he cancelled his Amazon order")
non("it", '"Il Salvagente Digitale" <newsletter@salvagente-digitale.it>', "Truffe online: attenzione alle false e-mail \"Il tuo ordine Amazon è stato annullato\"",
    None, simple_html("<h2>Newsletter settimanale</h2><h3>Phishing: le false e-mail di annullamento ordini Amazon</h3>"
                      "<p>Nelle ultime settimane la Polizia Postale ha segnalato un'ondata di messaggi con oggetto <i>\"Il tuo ordine Amazon.it n. 402-... è stato annullato\"</i>. "
                      "Le e-mail invitano a chiamare un numero di telefono o a inserire i dati della carta per ottenere il rimborso.</p>"
                      "<p>Come riconoscerle: mittente non @amazon.it, link che puntano ad altri domini, richieste di dati personali. Amazon non chiede mai password o numeri di carta via e-mail.</p>"
                      "<p><a href='https://salvagente-digitale.it/unsubscribe?u=77812'>Annulla l'iscrizione</a></p>"),
    "html", "utf-8", "quoted-printable", "newsletter about cancellation phishing")
non("it", '"Amazon Fresh" <fresh-noreply@amazon.it>', "La tua fascia di consegna Amazon Fresh è stata annullata",
    "Ciao Marco,\n\nla fascia di consegna di sabato 18 maggio (10:00-12:00) è stata annullata per motivi operativi nella tua zona. Il tuo carrello è stato salvato: scegli una nuova fascia oraria su https://www.amazon.it/fresh\n\nAmazon Fresh\n\n" + FOOT["it"],
    None, "text", "utf-8", "quoted-printable", "Amazon Fresh delivery slot cancelled, not order", ("it", True))
non("it", '"Amazon Prime" <prime@amazon.it>', "Conferma di annullamento dell'iscrizione a Prime",
    "Ciao Giulia,\n\nconfermiamo che la tua iscrizione ad Amazon Prime è stata annullata. Potrai continuare a usufruire dei vantaggi Prime fino al 12 giugno 2024.\n\n"
    "Puoi riattivare l'iscrizione in qualsiasi momento da Il mio account > Iscrizione Prime.\n\nAmazon.it\n\n" + FOOT["it"],
    simple_html("<p>Ciao Giulia,</p><p>confermiamo che la tua iscrizione ad <b>Amazon Prime</b> è stata annullata. Potrai continuare a usufruire dei vantaggi Prime fino al 12 giugno 2024.</p><p>Amazon.it</p>"),
    "alt", "utf-8", "base64", "Prime subscription cancelled", ("it", True))
o = oid()
non("it", '"Amazon.it" <payments-messages@amazon.it>', "Azione richiesta: aggiorna il metodo di pagamento per l'ordine %s" % o,
    "Ciao Francesca,\n\nnon siamo riusciti ad addebitare la tua carta per l'ordine %s. Per evitare ritardi, aggiorna il metodo di pagamento entro il 22 maggio 2024 "
    "in I miei ordini. Se non aggiorni il pagamento entro tale data, l'ordine verrà annullato.\n\nhttps://www.amazon.it/cpe/yourpayments\n\nAmazon.it\n\n%s" % (o, FOOT["it"]),
    None, "text", "utf-8", "quoted-printable", "genuine payment reminder before cancellation", ("it", False))

# ---------------- Polish
non("pl", '"Allegro" <powiadomienia@allegro.pl>', "Sprzedający anulował Twoje zamówienie",
    "Cześć Anna,\n\nsprzedający ELEKTRO-HURT anulował Twoje zamówienie nr 9f21c7a0-1b33 (Czajnik Russell Hobbs 26050-70), ponieważ produkt jest niedostępny.\n\n"
    "Zwrot 149,00 zł trafi na Twoje konto w ciągu 3 dni roboczych.\n\nPS Porównaj nasze ceny z Amazon i innymi sklepami – na Allegro taniej!\n\nAllegro.pl sp. z o.o.", None,
    "text", "iso-8859-2", "quoted-printable", "Allegro cancellation, mentions Amazon")
non("pl", '"MediaMarkt" <zamowienia@mediamarkt.pl>', "Anulowanie zamówienia 1184720931",
    None, simple_html("<p>Dzień dobry,</p><p>informujemy, że Twoje zamówienie <b>1184720931</b> zostało anulowane z powodu braku towaru w magazynie.</p>"
                      "<p>Płatność dokonana przez Amazon Pay zostanie zwrócona w ciągu 5 dni roboczych.</p><p>Zespół MediaMarkt</p>"),
    "html", "utf-8", "base64", "MediaMarkt cancellation paid with Amazon Pay")
non("pl", '"Tomek Zieliński" <tomasz.zielinski@firma-logis.pl>', "Re: monitory do biura",
    "Cześć Piotrek,\n\nanulowałem to zamówienie na Amazonie, bo dostawa miała być dopiero za trzy tygodnie. Zamówię przez x-kom z fakturą na firmę.\n\nPozdrawiam,\nTomek", None,
    "text", "utf-8", "8bit", "colleague cancelled his Amazon order")
non("pl", '"Niebezpiecznik Newsletter" <newsletter@bezpieczny-internet.pl>', "Uwaga na fałszywe maile „Zamówienie Amazon anulowane”",
    "Cotygodniowy przegląd bezpieczeństwa\n\nOszuści rozsyłają wiadomości o tytule „Twoje zamówienie Amazon.pl zostało anulowane”. W treści proszą o telefon pod numer +48 ... "
    "albo o podanie danych karty, by „odzyskać zwrot”. Sprawdzaj nadawcę i adresy linków.\n\nWypisz się: https://bezpieczny-internet.pl/wypisz", None,
    "text", "utf-8", "quoted-printable", "newsletter about phishing quoting fake subject")
non("pl", '"Amazon Music" <music@amazon.pl>', "Subskrypcja Amazon Music Unlimited została anulowana",
    "Witaj,\n\nTwoja subskrypcja Amazon Music Unlimited została anulowana. Dostęp do katalogu będzie aktywny do 30.06.2024.\n\n" + FOOT["pl"],
    simple_html("<p>Witaj,</p><p>Twoja subskrypcja <b>Amazon Music Unlimited</b> została anulowana. Dostęp będzie aktywny do 30.06.2024.</p>"),
    "alt", "iso-8859-2", "quoted-printable", "Music subscription cancelled", ("pl", True))
o = oid()
non("pl", '"Amazon.pl" <payments-messages@amazon.pl>', "Zaktualizuj sposób płatności dla zamówienia %s" % o,
    "Witaj Katarzyno,\n\nnie udało się obciążyć Twojej karty za zamówienie %s. Zaktualizuj sposób płatności do 25.05.2024 w sekcji Twoje zamówienia. "
    "Jeśli płatność nie zostanie zaktualizowana do tego dnia, zamówienie zostanie anulowane.\n\nhttps://www.amazon.pl/cpe/yourpayments\n\n%s" % (o, FOOT["pl"]),
    None, "text", "utf-8", "base64", "genuine payment reminder, not yet cancelled", ("pl", True))

# ---------------- Swedish
non("sv", '"Zalando" <info@service-mail.zalando.se>', "Din order 10102938475612 har avbrutits",
    None, simple_html("<p>Hej Sara,</p><p>Tyvärr har vi varit tvungna att avbryta din order <b>10102938475612</b> eftersom artikeln (Nike Air Max 90, stl 39) inte längre finns i lager.</p>"
                      "<p>Beloppet 1 495 kr återbetalas till ditt Amazon Pay-konto inom 5 bankdagar.</p><p>Vänliga hälsningar,<br>Zalando Kundservice</p>"),
    "html", "utf-8", "quoted-printable", "Zalando cancellation, paid with Amazon Pay")
non("sv", '"CDON" <order@cdon.se>', "Avbeställning bekräftad – order 58821047",
    "Hej Erik,\n\nDin order 58821047 har avbrutits på din begäran. Återbetalning sker inom 3–5 bankdagar.\n\nVisste du att våra priser ofta slår Amazon? Jämför själv!\n\nCDON AB, Malmö", None,
    "text", "iso-8859-1", "quoted-printable", "CDON cancellation, compares with Amazon")
non("sv", '"Johanna Berg" <johanna.berg@outlook.com>', "Re: barnvagnen",
    "Hej Anders!\n\nJag avbröt beställningen på Amazon igår, fick tag i en begagnad på Blocket istället. Så skönt.\n\nKram,\nJohanna", None,
    "text", "utf-8", "8bit", "friend cancelled Amazon order")
non("sv", '"Säkerhetsbloggen" <nyhetsbrev@sakerhetsbloggen.se>', "Nätfiske: falska mejl om avbrutna Amazon-beställningar",
    None, simple_html("<h2>Veckans varning</h2><p>Bedragare skickar mejl med ämnet <i>\"Din beställning hos Amazon.se har avbrutits\"</i> och ber mottagaren ringa ett nummer eller ange kortuppgifter. "
                      "Kontrollera alltid avsändaradressen och klicka inte på länkar.</p><p><a href='https://sakerhetsbloggen.se/avregistrera'>Avregistrera</a></p>"),
    "html", "utf-8", "base64", "security blog newsletter quoting fake subject")
non("sv", '"Audible" <no-reply@audible.se>', "Ditt Audible-medlemskap har avslutats",
    "Hej Erik,\n\nDitt Audible-medlemskap har avslutats. Du behåller alla dina köpta ljudböcker i ditt bibliotek. Oanvända krediter upphör den 1 juli 2024.\n\nAudible, ett Amazon-företag", None,
    "text", "utf-8", "quoted-printable", "Audible subscription cancelled")
non("sv", '"Amazon.se" <shipment-tracking@amazon.se>', "Din leveranstid har avbokats",
    "Hej Sara,\n\nDen bokade leveranstiden för installationen av din tvättmaskin (torsdag 16 maj, 08–12) har avbokats av installatören. Din beställning är inte påverkad; välj en ny tid under Dina beställningar.\n\n" + FOOT["sv"],
    simple_html("<p>Hej Sara,</p><p>Den bokade leveranstiden för installationen av din tvättmaskin (torsdag 16 maj, 08–12) har <b>avbokats</b>. Din beställning är inte påverkad; välj en ny tid under Dina beställningar.</p>"),
    "alt", "utf-8", "quoted-printable", "delivery appointment cancelled, order still active", ("se", True))

# =====================================================================================
#                                  WRITE
# =====================================================================================
LANG_ORDER = {"it": 0, "pl": 1, "sv": 2}
SPECS.sort(key=lambda s: LANG_ORDER[s["lang"]])
random.shuffle(SPECS)  # deterministic interleaving

SUBST = {"\u00a9": "(c)", "\u2013": "-", "\u201e": '"', "\u201d": '"', "\u00e0": "a", "\u20ac": "EUR", "\u00b4": "'"}
def fit(content, charset):
    out = []
    for ch in content:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(SUBST.get(ch, "?"))
    return "".join(out)

def set_part(msg, content, subtype, charset, cte):
    content = fit(content, charset)
    if subtype == "html":
        content = content.replace("charset=utf-8", "charset=" + charset).replace("charset=UTF-8", "charset=" + charset.upper())
    if cte == "7bit" and charset == "us-ascii":
        msg.set_content(content, subtype=subtype, charset="us-ascii", cte="7bit")
    else:
        msg.set_content(content, subtype=subtype, charset=charset, cte=cte)

labels = []
for i, s in enumerate(SPECS, 1):
    fn = "t3%03d.eml" % i
    msg = EmailMessage(policy=policy.default)
    d_sent = date(i)
    d_recv = email.utils.formatdate(email.utils.parsedate_to_datetime(d_sent).timestamp() + random.randint(2, 40))
    to = random.choice(RECIPS[s["lang"]])
    frm_addr = email.utils.parseaddr(s["frm"])[1]
    dom = frm_addr.split("@")[1]
    msg["Return-Path"] = "<%s>" % (("20240%d%s@bounces.%s" % (random.randint(100, 999), "%08x" % random.getrandbits(32), dom))
                                   if dom.startswith("amazon.") else frm_addr)
    if s.get("auth"):
        msg["Authentication-Results"] = s["auth"]
    ip = "54.240.%d.%d" % (random.randint(1, 250), random.randint(1, 250)) if dom.startswith("amazon.") else \
         "%d.%d.%d.%d" % (random.randint(23, 212), random.randint(0, 255), random.randint(0, 255), random.randint(1, 254))
    msg["Received"] = "from %s (%s [%s]) by mx.google.com with ESMTPS id %s; %s" % (
        "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (ip.count("."), random.randint(1, 99)) if dom.startswith("amazon.") else "mail." + dom,
        "mail." + dom, ip, "%x" % random.getrandbits(40), d_recv)
    msg["From"] = s["frm"]
    if s.get("reply_to"):
        msg["Reply-To"] = s["reply_to"]
    msg["To"] = to
    msg["Subject"] = s["subject"]
    msg["Date"] = d_sent
    msg["Message-ID"] = msgid("email.amazonses.com" if dom.startswith("amazon.") else dom)
    msg["MIME-Version"] = "1.0"
    if s.get("mailer") and s["mailer"] != "amazon":
        msg["X-Mailer"] = s["mailer"]
    if s["fmt"] == "text":
        set_part(msg, s["text"], "plain", s["charset"], s["cte"])
    elif s["fmt"] == "html":
        set_part(msg, s["html"], "html", s["charset"], s["cte"])
    else:
        set_part(msg, s["text"], "plain", s["charset"], s["cte"])
        h = fit(s["html"], s["charset"]).replace("charset=utf-8", "charset=" + s["charset"]).replace("charset=UTF-8", "charset=" + s["charset"].upper())
        msg.add_alternative(h, subtype="html", charset=s["charset"], cte=s["cte"])
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    with open(os.path.join(MAIL, fn), "wb") as f:
        f.write(msg.as_bytes(policy=policy.SMTP.clone(linesep="\n")))
    labels.append({"file": fn, "kind": s["kind"], "language": s["lang"], "cause": s["cause"],
                   "states_reason": s["states_reason"], "marketplace": s["marketplace"], "note": s["note"]})

with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print("wrote", len(labels), "mails")
