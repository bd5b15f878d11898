#!/usr/bin/env python3
"""Regenerate blind batch b3 (Italian + Japanese). Run: python3 make.py"""
import json, os, random, datetime, html
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.charset import Charset, QP, BASE64
from email.utils import format_datetime, make_msgid, formataddr
from email.generator import BytesGenerator
from email import policy
import io

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "b3n"
R = random.Random(20240603)

def order_no():
    return "%03d-%07d-%07d" % (R.choice([171, 402, 405, 408, 249, 250, 503, 302, 404, 111]), R.randint(0, 9999999), R.randint(0, 9999999))

def cs(enc):
    c = Charset("utf-8")
    c.header_encoding = BASE64 if R.random() < 0.5 else QP
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    return c

def text_part(body, subtype, enc):
    if enc == "jis":
        body = body.replace("\u00a9", "(C)").replace("\uff5e", "\u301c").replace("\u2212", "-")
        try:
            body.encode("iso2022_jp")
            return MIMEText(body, subtype, "iso-2022-jp")
        except UnicodeEncodeError:
            enc = "b64"
    if enc == "8bit":
        m = MIMEText("", subtype, "utf-8")
        del m["Content-Transfer-Encoding"]
        m.set_payload(body.encode("utf-8"))
        m["Content-Transfer-Encoding"] = "8bit"
        return m
    return MIMEText(body, subtype, cs(enc))

def hdr(s, enc):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        try:
            if enc == "jis":
                s.encode("iso2022_jp"); return Header(s, "iso-2022-jp", header_name="Subject")
        except UnicodeEncodeError:
            pass
        return Header(s, "utf-8", header_name="Subject")

BASE_DATE = datetime.datetime(2024, 3, 4, 8, 0, tzinfo=datetime.timezone.utc)
def a_date(days_back=0, tz=0):
    d = BASE_DATE + datetime.timedelta(days=R.randint(0, 90) - days_back, seconds=R.randint(0, 86399))
    return d.astimezone(datetime.timezone(datetime.timedelta(hours=tz)))

def build(*, frm, to, subject, plain=None, htmlb=None, enc="qp", date=None, extra=(), msgid_dom="amazon.com", auth=None, reply_to=None):
    if plain is not None and htmlb is not None:
        msg = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 2*10**9), R.randint(10**12, 2*10**12)))
        for sub in (text_part(plain, "plain", enc), text_part(htmlb, "html", "qp" if enc == "jis" else enc)):
            del sub["MIME-Version"]
            msg.attach(sub)
    elif htmlb is not None:
        msg = text_part(htmlb, "html", enc)
    else:
        msg = text_part(plain, "plain", enc)
    hs = []
    if auth:
        hs.append(("Authentication-Results", auth))
    fdom = str(frm).rsplit("@", 1)[-1].rstrip(">")
    hs.append(("Return-Path", "<%s>" % ("bounces+" + str(R.randint(10**7, 10**8)) + "@" + (("m." + fdom) if "amazon" in fdom else fdom))))
    hs.append(("From", frm)); 
    if reply_to: hs.append(("Reply-To", reply_to))
    hs += [("To", to), ("Subject", hdr(subject, enc)), ("Date", format_datetime(date or a_date())),
           ("Message-ID", "<%s%012x-%s@%s>" % ("0100018e" if "amazonses" in msgid_dom else "", R.getrandbits(48), R.randint(10**5, 10**6), msgid_dom))]
    hs += list(extra)
    # put our headers first, keep MIME headers after
    mime = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hs: msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in mime:
        if k != "MIME-Version": msg[k] = v
    return msg

def write(msg, name):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\r\n", max_line_length=78)).flatten(msg)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(buf.getvalue())

def from_addr(display, addr, enc):
    try:
        display.encode("ascii"); return formataddr((display, addr))
    except UnicodeEncodeError:
        import base64
        words, cur = [], ""
        for ch in display:
            if len((cur + ch).encode("utf-8")) > 90:  # one encoded-word: some parsers mis-join split words in phrases
                words.append(cur); cur = ""
            cur += ch
        words.append(cur)
        return " ".join("=?utf-8?b?%s?=" % base64.b64encode(w.encode("utf-8")).decode() for w in words) + " <%s>" % addr

def auth_header(dom, mx):
    return ("%s; dkim=pass header.d=%s header.s=%s header.b=%s; spf=pass (%s: domain of %s designates %d.%d.%d.%d as permitted sender) smtp.mailfrom=%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mx, dom, R.choice(["rjv4pirkbe2rvhvsvtdk6tjchjuzcsdm", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "4rwxawmwf2kp5jvdvcagxkgmbdahvk5o"]),
               "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/") for _ in range(8)), mx, dom, R.randint(52, 54), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), dom, dom))

TRACK = "https://www.{mp}/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
def tlink(mp, target):
    import urllib.parse
    rid = lambda n: "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))
    return TRACK.format(mp=mp) % (rid(13), rid(13), "2024%016d" % R.randint(0, 10**16), rid(13), urllib.parse.quote("https://www.%s%s" % (mp, target), safe=""), rid(28), R.randint(10**6, 10**7), R.randint(10**8, 10**9))

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.appleFooter a { color:#999999; text-decoration: none; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; width:100%; }
.orderIdLink { text-decoration:none; color:#868686; }
.heading { font-size:18px; color:#CC6600; }
.itemTitle { color:#0066c0; }
.emailClosing { font-size:11px; line-height:15px; color:#868686; }
"""

def html_layout(v, mp, title, greeting, paras, items, order, footer, cur, labels, extra_after=None):
    """Three template variants, modelled loosely on real Amazon mails."""
    e = html.escape
    def itemrows():
        rows = []
        for (name, qty, price) in items:
            rows.append('<tr><td style="padding:6px 0;width:72px"><img src="https://m.media-amazon.com/images/I/%s._SS72_.jpg" width="60" alt="" /></td>'
                        '<td style="padding:6px 8px"><a class="itemTitle" href="%s">%s</a><br /><span style="color:#565959">%s: %d</span></td>'
                        '<td style="padding:6px 0;text-align:right;white-space:nowrap">%s</td></tr>'
                        % ("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(11)), tlink(mp, "/dp/B0%08d" % R.randint(0, 10**8)), e(name), e(labels["qty"]), qty, e(price)))
        return "\n".join(rows)
    ps = "\n".join("<p>%s</p>" % p for p in paras)
    pix = '<img width="1" height="1" src="%s" />' % tlink(mp, "/transp.gif")
    head = ('<!DOCTYPE html>\n<html>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            '  <meta name="format-detection" content="telephone=no" />\n  <meta name="viewport" content="width=device-width, initial-scale=1.0;" />\n'
            '  <style>\n%s</style>\n </head>\n' % CSS)
    nav = ('<td class="navigation" style="text-align:right"><a href="%s">%s</a> | <a href="%s">%s</a> | <a href="%s">%s</a></td>'
           % (tlink(mp, "/gp/css/order-history"), e(labels["orders"]), tlink(mp, "/gp/css/homepage.html"), e(labels["account"]), tlink(mp, "/"), mp.capitalize()))
    if v == 0:
        body = ('<body>%s\n<table id="container" cellpadding="0" width="640"><tbody><tr><td class="frame">\n'
                '<table id="header" width="100%%"><tr><td class="logo" rowspan="2"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/29/x-locale/cs/te/logo.png" alt="%s" width="110" /></a></td>%s</tr>\n'
                '<tr><td class="title" style="text-align:right"><h2 style="font-size:20px;color:#CC6600;font-weight:normal">%s</h2>%s <a class="orderIdLink" href="%s">%s</a></td></tr></table>\n'
                '<table id="summary" width="100%%"><tr><td><span class="heading">%s</span>\n%s\n</td></tr></table>\n'
                '<table id="orderDetails" width="100%%" style="border-top:2px solid #D5DBDB;margin-top:10px"><tbody>\n%s\n</tbody></table>\n%s'
                '<table id="closing" width="100%%"><tr><td class="emailClosing" style="padding-top:18px">%s</td></tr></table>\n'
                '</td></tr></tbody></table>\n</body>\n</html>\n'
                % (pix, tlink(mp, "/"), mp.capitalize(), nav, e(title), e(labels["order"]), tlink(mp, "/gp/your-account/order-details?orderID=" + order), order, e(greeting), ps, itemrows(), extra_after or "", footer))
    elif v == 1:
        body = ('<body style="background-color:#fafafa">\n<table class="emailBody" align="center" width="375" cellpadding="0" cellspacing="0"><tr><td class="emailBodyTD" style="padding:23px 18px 21px 17px">\n'
                '<table class="brandTable" width="100%%"><tr><td><img class="brandImage" width="130" src="https://m.media-amazon.com/images/G/29/social_share/amazon_logo.png" alt="%s" /></td></tr></table>\n'
                '<table class="emailContainer"><tr><td style="padding:25px 23px 33px 23px">\n'
                '<table class="greetingTable" width="100%%"><tr><td style="font-size:18px;font-weight:bold;color:#002E36">%s</td></tr></table>\n'
                '<table class="informationTable" width="100%%"><tr><td style="font-size:16px;color:#002E36">%s</td></tr></table>\n'
                '<table class="orderIdTable" width="100%%"><tr><td style="color:#879596">%s<br />%s %s</td></tr></table>\n'
                '<table class="orderDetailsTable" width="100%%">%s</table>\n%s'
                '</td></tr></table>\n<table width="100%%"><tr><td class="emailClosing" style="padding-top:12px">%s</td></tr></table>\n'
                '</td></tr></table>\n%s\n</body>\n</html>\n'
                % (mp.capitalize(), e(greeting), ps, e(title), e(labels["order"]), order, itemrows(), extra_after or "", footer, pix))
    else:
        body = ('<body>\n<div style="max-width:600px;margin:0 auto;font-family:Amazon Ember,Arial,sans-serif;font-size:14px;color:#0F1111">\n'
                '<div style="background:#232f3e;padding:12px 16px"><a href="%s"><img src="https://m.media-amazon.com/images/G/29/x-locale/cs/te/logo_white.png" alt="%s" width="100" /></a></div>\n'
                '<div style="padding:16px"><h1 style="font-size:22px;font-weight:normal">%s</h1>\n<p style="color:#565959">%s <a href="%s">%s</a></p>\n'
                '<p><b>%s</b></p>\n%s\n<table role="presentation" width="100%%" style="border:1px solid #D5D9D9;border-radius:8px">%s</table>\n%s'
                '<hr style="border:0;border-top:1px solid #D5D9D9" />\n<div style="font-size:11px;color:#565959">%s</div></div>\n</div>\n%s\n</body>\n</html>\n'
                % (tlink(mp, "/"), mp.capitalize(), e(title), e(labels["order"]), tlink(mp, "/gp/your-account/order-details?orderID=" + order), order, e(greeting), ps, itemrows(), extra_after or "", footer, pix))
    return head + body

# ---------------------------------------------------------------- Italian
IT = dict(
    lang="it", mp="amazon.it", disp="Amazon.it", tz=1,
    names=["Andrea", "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elena", "Davide", "Valentina", "Simone", "Martina", "Federico"],
    rcpt=["andrea.bianchi", "giulia.r", "marco.esposito82", "f.colombo", "luca.ferri", "chiara.romano", "ale.ricci", "sara.gallo", "matteo.conti", "elena.marino"],
    rdom=["libero.it", "gmail.com", "tiscali.it", "virgilio.it", "outlook.it", "fastwebnet.it"],
    items=[("Moka Bialetti Express 6 tazze", "29,90 €"), ("Echo Dot (5ª generazione) - Antracite", "64,99 €"), ("Samsung Galaxy Buds2 Pro, Bianco", "159,00 €"),
           ("Lego Technic 42151 Bugatti Bolide", "44,99 €"), ("Philips Serie 3000 Rasoio elettrico S3233/52", "69,99 €"), ("De'Longhi Dedica EC685.M Macchina da caffè", "179,90 €"),
           ("Il nome della rosa - Umberto Eco (Copertina flessibile)", "13,30 €"), ("Kindle Paperwhite (16 GB) - Nero", "169,99 €"), ("Borraccia termica in acciaio inox 750 ml", "18,49 €"),
           ("Zaino da trekking 40L impermeabile", "39,99 €"), ("Crema solare SPF 50+ Bionike Defence Sun 200 ml", "21,50 €"), ("Cavo USB-C 2m intrecciato (confezione da 2)", "11,99 €"),
           ("Nintendo Switch OLED - Bianco", "329,00 €"), ("Set pentole antiaderenti Lagostina 10 pezzi", "119,00 €"), ("Hard disk esterno WD Elements 2TB", "79,99 €"),
           ("Barilla Spaghetti n.5 - 5 kg", "9,80 €"), ("Tappetino yoga antiscivolo 6 mm", "24,90 €"), ("Monitor LG UltraGear 27\" 27GN800", "249,99 €"),
           ("Spazzolino elettrico Oral-B iO Series 6", "99,99 €"), ("Smartwatch Amazfit GTR 4", "149,90 €"), ("Sedia da ufficio ergonomica con supporto lombare", "139,00 €"),
           ("Giochi da tavolo: Catan - Edizione italiana", "39,90 €"), ("Fotocamera istantanea Instax Mini 12", "79,90 €"), ("Tostapane Smeg TSF01 Panna", "159,00 €")],
    labels=dict(qty="Quantità", order="Ordine n.", orders="I miei ordini", account="Il mio account", cancelled="Articoli annullati", total="Totale ordine"),
    senders=dict(order="order-update", auto="auto-confirm", noreply="no-reply", pay="payments-messages", cs="cs-reply", mkt="marketplace-messages"),
    greet=["Gentile {name},", "Ciao {name},", "Buongiorno {name},", "Salve,", "Gentile cliente,", "Gentile {name}", "Ciao,"],
    titles=["Annullamento ordine", "Articoli annullati", "Aggiornamento ordine", "Conferma di annullamento", "Il tuo ordine è stato annullato", "Informazioni sul tuo ordine"],
    subjects=["Il tuo ordine Amazon.it #{order} è stato annullato", "Articolo annullato dal tuo ordine Amazon.it #{order}", "Annullamento dell'ordine {order}",
              "Annullamento di \"{item}\" dal tuo ordine Amazon.it", "Informazioni da Amazon.it", "Aggiornamento sul tuo ordine Amazon.it #{order}",
              "Annullamento parziale di articoli dal tuo ordine Amazon.it", "Annullamento riuscito di \"{item}\" dal tuo ordine Amazon.it",
              "Ordine Amazon.it {order}: annullamento", "Il tuo ordine di \"{item}\" è stato annullato", "Articoli annullati - ordine #{order}"],
    refund=["Non ti è stato addebitato alcun importo per questo ordine.",
            "Se la tua banca aveva già autorizzato l'importo, la pre-autorizzazione verrà rilasciata automaticamente entro alcuni giorni lavorativi.",
            "Eventuali importi già addebitati ti verranno rimborsati sul metodo di pagamento originale entro 3-5 giorni lavorativi.",
            "Riceverai un rimborso completo: non devi fare nulla.",
            "Addebitiamo il pagamento solo al momento della spedizione, quindi non hai pagato nulla per gli articoli annullati.",
            "L'importo di {price} non ti sarà addebitato.",
            "Il rimborso di {price} è stato avviato e sarà visibile nell'estratto conto a seconda dei tempi della tua banca."],
    helpl=["Se desideri ancora acquistare l'articolo, puoi effettuare un nuovo ordine dalla pagina del prodotto.",
           "Per maggiori dettagli visita I miei ordini: https://www.amazon.it/gp/css/order-history",
           "Hai domande? Il nostro Servizio Clienti è disponibile 24 ore su 24: https://www.amazon.it/gp/help/customer/contact-us",
           "Ci scusiamo per l'inconveniente e speriamo di rivederti presto su Amazon.it.",
           "Puoi consultare lo stato di tutti i tuoi ordini nella sezione I miei ordini del tuo account.",
           "Ti ringraziamo per la comprensione."],
    footers=["Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio. ©2024 Amazon.com, Inc. o le sue affiliate. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo.",
             "Amazon non ti chiederà mai di fornire la password, i dati completi della carta di credito o i codici di verifica tramite e-mail, SMS o telefono. Se ricevi un messaggio sospetto che sembra provenire da Amazon, segnalalo seguendo le istruzioni su amazon.it/phishing.",
             "Per proteggere il tuo account, non condividere mai la tua password né i codici OTP. Puoi gestire i tuoi metodi di pagamento in Il mio account > I tuoi pagamenti.",
             "Le comunicazioni autentiche di Amazon sono sempre visibili anche nel Centro messaggi del tuo account. Diffida delle e-mail che ti chiedono di aggiornare il pagamento tramite link esterni.",
             "Informativa sulla privacy: https://www.amazon.it/privacy · Condizioni generali di uso e vendita: https://www.amazon.it/condizioni"],
    signoff=["Cordiali saluti,\nAmazon.it", "Grazie per aver scelto Amazon.it.", "A presto,\nIl team di Amazon.it", "Cordiali saluti,\nServizio Clienti Amazon.it",
             "Speriamo di rivederti presto.\nAmazon.it"],
    cs_agents=["Giorgia P.", "Stefano", "Roberta M.", "Kevin", "Ilaria"],
)

# each notice: cause, states_reason, sender, subject index (or None), partial?, paragraphs, note
IT["notices"] = [
 # inventory_shortage (6 + 1 thread)
 ("inventory_shortage", True, "order", 0, False, ["Purtroppo l'articolo che hai ordinato non è più disponibile presso il nostro fornitore e non siamo in grado di procurarcelo entro tempi ragionevoli. Per questo motivo abbiamo annullato il tuo ordine #{order}."], "supplier cannot provide"),
 ("inventory_shortage", True, "mkt", 3, False, ["Il venditore ci ha comunicato di aver esaurito le scorte di \"{item}\" e ha annullato l'ordine {order}."], "seller cancelled, out of stock"),
 ("inventory_shortage", True, "auto", 1, False, ["Gli articoli elencati di seguito sono stati annullati dal tuo ordine.", "Motivo: articolo esaurito"], "labelled reason"),
 ("inventory_shortage", True, "noreply", 9, False, ["Ci dispiace informarti che il tuo preordine non potrà essere evaso: l'editore ha sospeso l'uscita del titolo e non riceveremo copie da distribuire. Il preordine è quindi stato annullato."], "pre-order cannot be filled"),
 ("inventory_shortage", True, "cs", 2, False, ["Abbiamo cercato per diverse settimane di ottenere \"{item}\" dai nostri canali di approvvigionamento, purtroppo senza successo.", "Per non farti attendere oltre, ho annullato l'ordine {order}."], "implied, CS letter"),
 ("inventory_shortage", True, "order", 6, True, ["Non si tratta di un problema con il tuo metodo di pagamento: semplicemente nel magazzino non c'erano più pezzi disponibili di uno degli articoli. Quell'articolo è stato rimosso dall'ordine, mentre il resto ti verrà spedito regolarmente."], "denies payment, partial"),
 # payment_issue (5 + 2 thread)
 ("payment_issue", True, "pay", 0, False, ["La banca emittente ha rifiutato l'addebito sulla carta che termina con 4821, di conseguenza non è stato possibile completare il tuo ordine {order}, che è stato annullato."], "card declined"),
 ("payment_issue", True, "pay", 8, False, ["Abbiamo annullato il tuo ordine.", "Motivo dell'annullamento: la carta di credito associata risulta scaduta e non è stata aggiornata entro il termine indicato."], "labelled, expired card"),
 ("payment_issue", True, "pay", 5, False, ["Non avendo ricevuto entro 7 giorni la revisione del metodo di pagamento che ti avevamo chiesto, abbiamo chiuso l'ordine {order} e gli articoli non verranno spediti."], "payment revision not made in time"),
 ("payment_issue", True, "auto", 10, False, ["Il saldo del tuo buono regalo Amazon non era sufficiente a coprire l'importo dell'ordine e non era stato indicato un metodo di pagamento alternativo. Stiamo annullando l'ordine."], "gift card balance"),
 ("payment_issue", True, "pay", 4, False, ["L'autorizzazione del pagamento tramite PayPal non è andata a buon fine. Senza un pagamento autorizzato non possiamo procedere con la spedizione: l'ordine {order} è stato annullato automaticamente."], "authorisation failed"),
 # technical_issue (6)
 ("technical_issue", True, "order", 2, False, ["A causa di un errore nel prezzo riportato sulla pagina del prodotto, \"{item}\" era stato messo in vendita a un importo nettamente inferiore a quello corretto. Abbiamo dovuto annullare gli ordini effettuati a quel prezzo, compreso il tuo."], "pricing error"),
 ("technical_issue", True, "noreply", 0, False, ["Un malfunzionamento temporaneo dei nostri sistemi ha impedito l'elaborazione corretta del tuo ordine {order}, che è stato quindi annullato."], "system malfunction"),
 ("technical_issue", True, "auto", 1, False, ["Il seguente articolo è stato annullato.", "Causa: errore nella scheda prodotto (la descrizione e l'immagine non corrispondevano all'articolo effettivamente in vendita)."], "labelled listing error"),
 ("technical_issue", True, "order", 8, False, ["Ordine annullato per un errore tecnico durante l'elaborazione. Ci scusiamo."], "short"),
 ("technical_issue", True, "mkt", 3, False, ["Il venditore ha annullato l'ordine {order}: il prezzo indicato nell'offerta era sbagliato a causa di un errore nel caricamento del listino e l'articolo non può essere venduto a quell'importo."], "seller pricing upload error"),
 ("technical_issue", True, "cs", 2, False, ["Desidero chiarire che il problema non dipende da te né dal tuo pagamento. Un errore del sistema di gestione degli ordini ha creato il tuo ordine due volte; la copia duplicata, {order}, è stata annullata da noi.", "L'ordine originale resta attivo e verrà spedito come previsto."], "denies payment, duplicate by glitch"),
 # fraud_prevention (5 + 1 thread)
 ("fraud_prevention", True, "noreply", 0, False, ["Abbiamo rilevato attività insolite sul tuo account. Per tutelarti abbiamo bloccato temporaneamente l'account e annullato gli ordini in sospeso, incluso il numero {order}.", "Per ripristinare l'accesso, accedi ad amazon.it e segui le istruzioni visualizzate."], "unusual activity, account locked"),
 ("fraud_prevention", True, "cs", 2, False, ["Non siamo riusciti a verificare la tua identità con le informazioni fornite, quindi l'ordine è stato annullato per precauzione."], "identity verification"),
 ("fraud_prevention", True, "order", 8, False, ["L'ordine indicato di seguito è stato annullato.", "Motivo: verifica di sicurezza non completata"], "labelled"),
 ("fraud_prevention", True, "auto", 5, False, ["Il tuo ordine era stato sottoposto a una revisione di sicurezza aggiuntiva e non ha superato i nostri controlli. Di conseguenza è stato annullato e non verrà spedito."], "security review"),
 ("fraud_prevention", True, "noreply", 4, False, ["Amazon ha deciso di annullare questo ordine dopo aver messo in attesa il tuo account per proteggerlo da un possibile accesso non autorizzato.", "Ti consigliamo di cambiare la password e di attivare la verifica in due passaggi."], "Amazon decided, account on hold"),
 # customer_request (6)
 ("customer_request", True, "auto", 7, False, ["Come da tua richiesta, abbiamo annullato \"{item}\" dal tuo ordine {order}."], "customer cancelled"),
 ("customer_request", True, "order", 0, False, ["Stato dell'ordine: ANNULLATO", "Motivo dell'annullamento: annullato dal cliente"], "labelled Cancel Reason"),
 ("customer_request", True, "auto", 8, False, ["Abbiamo ricevuto la tua richiesta di annullamento e l'abbiamo elaborata con successo. L'ordine {order} non verrà spedito."], "request processed"),
 ("customer_request", True, "auto", 6, True, ["Hai annullato correttamente l'articolo indicato qui sotto. Gli altri articoli del tuo ordine non sono stati modificati e verranno spediti come previsto."], "partial, customer"),
 ("customer_request", True, "cs", 2, False, ["Come concordato durante la chat di oggi con il nostro Servizio Clienti, ho annullato l'ordine {order} per te."], "via chat"),
 ("customer_request", True, "mkt", 3, False, ["Il venditore ha confermato l'annullamento che hai richiesto tramite il Centro messaggi. L'ordine {order} è ora chiuso."], "seller confirms customer request"),
 # unknown: no reason (5)
 ("unknown", False, "order", 0, False, ["Ti informiamo che il tuo ordine #{order} è stato annullato."], "no reason"),
 ("unknown", False, "auto", 1, True, ["Abbiamo annullato l'articolo indicato di seguito dal tuo ordine. Gli altri articoli, se presenti, non sono interessati da questa modifica."], "no reason, partial"),
 ("unknown", False, "noreply", 9, False, ["Siamo spiacenti: \"{item}\" è stato rimosso dal tuo ordine e l'ordine risulta ora chiuso."], "no reason"),
 ("unknown", False, "order", 5, False, ["Il tuo ordine {order} è stato annullato il {date}.", "Stato: ANNULLATO"], "no reason, status line"),
 ("unknown", False, "cs", 2, False, ["Ti scrivo per comunicarti che ho dovuto annullare il tuo ordine {order}. Mi scuso per il disagio che ciò potrebbe causarti."], "no reason, CS"),
 # unknown: other reason (3)
 ("unknown", True, "order", 0, False, ["Il corriere ci ha segnalato che l'indirizzo di consegna indicato non esiste o è incompleto, e non siamo riusciti a contattarti per correggerlo. Per questo l'ordine {order} è stato annullato."], "address undeliverable"),
 ("unknown", True, "noreply", 1, False, ["L'articolo indicato non può essere spedito in Svizzera a causa delle restrizioni all'esportazione applicabili a questo prodotto, quindi è stato annullato dal tuo ordine."], "export restriction"),
 ("unknown", True, "auto", 2, False, ["Il prodotto contiene batterie al litio che non possono essere trasportate verso la tua località di consegna (isole minori) con i nostri vettori. L'ordine è stato annullato."], "shipping restriction batteries"),
]

# threads: (cause, earlier sender, earlier subject, earlier paragraphs, cancellation sender, subject idx, cancellation paragraphs)
IT["threads"] = [
 ("inventory_shortage", "order", "Aggiornamento sulla consegna del tuo ordine Amazon.it #{order}",
  ["Ci dispiace comunicarti che la consegna di \"{item}\" subirà un ritardo: al momento non riusciamo a ottenere l'articolo dal nostro fornitore.", "Ti invieremo un'e-mail non appena avremo una nuova data di consegna stimata. Se preferisci non attendere, puoi annullare l'ordine gratuitamente da I miei ordini."],
  "order", 0, ["Ti confermiamo che l'ordine #{order} è stato annullato."]),
 ("payment_issue", "pay", "Azione richiesta: aggiorna il pagamento per l'ordine #{order}",
  ["Non siamo riusciti ad addebitare la carta Visa che termina con 7710 per il tuo ordine {order}.", "Per evitare ritardi, aggiorna il metodo di pagamento entro 3 giorni da I miei ordini > Modifica metodo di pagamento. Fino ad allora l'ordine resterà in sospeso."],
  "pay", 5, ["L'ordine {order} risulta ora annullato e gli articoli non verranno spediti."]),
 ("fraud_prevention", "noreply", "Il tuo account Amazon.it è in attesa di verifica",
  ["Abbiamo messo temporaneamente in attesa il tuo account e gli ordini aperti, incluso {order}, finché non avremo verificato alcune informazioni.", "Accedi al tuo account su amazon.it e segui le istruzioni per completare la verifica. Fino ad allora l'ordine non verrà elaborato."],
  "noreply", 2, ["Abbiamo annullato il tuo ordine {order}."]),
 ("payment_issue", "pay", "La carta per l'ordine {order} è scaduta",
  ["La carta di credito usata per l'ordine {order} risulta scaduta. Aggiorna la data di scadenza o scegli un altro metodo di pagamento in Il mio account > I tuoi pagamenti, così potremo spedire i tuoi articoli."],
  "auto", 1, ["Gli articoli seguenti sono stati annullati dal tuo ordine {order}."]),
]

# other mails: (kind, cause, states_reason, marketplace, from, subject, format, body(list of paras or raw html), note)
IT["others"] = [
 ("non_notice", None, False, "amazon.it", '"Amazon.it" <shipment-tracking@amazon.it>', "Il tuo ordine Amazon.it #{order} è stato spedito", "amz",
  ["Ciao {name},", "Il tuo pacco con \"{item}\" è in viaggio. Consegna prevista: {date}.", "Traccia il pacco: https://www.amazon.it/progress-tracker/package", "Puoi restituire gli articoli idonei entro 30 giorni dalla consegna. Se hai cambiato idea prima della consegna, puoi anche rifiutare il pacco: verrà annullata la consegna e riceverai il rimborso al rientro."], "shipping confirmation"),
 ("non_notice", None, False, "amazon.it", '"Amazon Fresh" <fresh-noreply@amazon.it>', "La tua fascia di consegna Amazon Fresh è stata modificata", "amz",
  ["Gentile {name},", "a causa dell'elevato numero di consegne nella tua zona, la fascia oraria 18:00-20:00 di giovedì che avevi scelto è stata annullata.", "Il tuo ordine Fresh {order} resta valido e non è stato annullato: scegli una nuova fascia oraria entro le 23:59 di oggi in I miei ordini. Se non scegli, ti assegneremo la prima fascia disponibile.", "Non ti verrà addebitato alcun costo aggiuntivo."], "Fresh delivery window cancelled, order stays"),
 ("non_notice", None, False, "amazon.it", '"Amazon Prime" <prime@amazon.it>', "Conferma: la tua iscrizione ad Amazon Prime non verrà rinnovata", "amz",
  ["Ciao {name},", "confermiamo che hai annullato il rinnovo della tua iscrizione ad Amazon Prime. Potrai continuare a usufruire dei vantaggi Prime fino al {date}; dopo tale data l'iscrizione terminerà e non ti verrà addebitata la quota annuale di 49,90 €.", "Gli ordini già effettuati non sono interessati da questa modifica.", "Hai cambiato idea? Puoi riattivare Prime in qualsiasi momento da Il mio account > Iscrizione Prime."], "Prime membership cancellation"),
 ("non_notice", None, False, "amazon.it", '"Amazon.it" <payments-messages@amazon.it>', "Aggiorna il metodo di pagamento per il tuo ordine #{order}", "amz",
  ["Gentile cliente,", "l'addebito per il tuo ordine {order} (\"{item}\") non è stato autorizzato dalla banca.", "Aggiorna il metodo di pagamento entro il {date}: in caso contrario saremo costretti ad annullare l'ordine. Per aggiornarlo vai su I miei ordini e seleziona \"Modifica metodo di pagamento\".", "Amazon non ti chiederà mai di inviare i dati della carta via e-mail."], "payment reminder before cancellation"),
 ("non_notice", None, False, "amazon.it", '"Amazon.it" <return@amazon.it>', "Rimborso emesso per il tuo reso", "amz",
  ["Ciao {name},", "abbiamo ricevuto il reso di \"{item}\" (ordine {order}) e abbiamo emesso un rimborso di {price} sul tuo metodo di pagamento originale.", "Il rimborso sarà visibile entro 3-5 giorni lavorativi.", "Grazie per aver utilizzato il Centro resi online."], "return/refund confirmation"),
 ("non_notice", None, True, None, '"Zalando" <info@service-mail.zalando.it>', "Il tuo ordine 10103847566120 è stato annullato", "html",
  ["Ciao {name},", "purtroppo l'articolo Nike Air Max 90 - taglia 42 non è più disponibile nel nostro magazzino e abbiamo dovuto annullare il tuo ordine 10103847566120.", "Non ti è stato addebitato nulla. Se avevi pagato con PayPal, l'importo ti verrà restituito entro pochi giorni.", "Il tuo team Zalando"], "other retailer (Zalando) cancellation"),
 ("non_notice", None, True, None, '"Paolo Greco" <paolo.greco77@gmail.com>', "Re: il regalo per la mamma", "plain",
  ["Ciao!", "Alla fine ho annullato l'ordine su Amazon, quello della macchina del caffè: il venditore diceva consegna tra tre settimane, troppo tardi per il compleanno. L'ho presa al Mediaworld qui sotto casa.", "Ci vediamo sabato, porta tu il dolce?", "Paolo"], "friend says he cancelled his Amazon order"),
 # lookalikes
 ("lookalike", "payment_issue", True, None, '"Amazon Servizio Clienti" <amazon.assistenza2024@gmail.com>', "ORDINE ANNULLATO !!! problema pagamento", "plain",
  ["Gentile Cliente", "il tuo ordine #40-2291-5510 e stato annullato perche il pagamento non e andato a buon fine.", "Per riattivare l'ordine RISPONDI a questa email con: numero carta, scadenza, CVV e data di nascita.", "Se non rispondi entro 24 ore il tuo account sara chiuso.", "Amazon Team"], "crude, free-mail, reply with card data, malformed order no."),
 ("lookalike", "fraud_prevention", True, None, '"Amazon.it" <no-reply@amaz0n-support.com>', "Il tuo account è stato sospeso e l'ordine #{order} annullato", "phish_html",
  ["Gentile {name},", "abbiamo rilevato un accesso sospetto al tuo account da un dispositivo sconosciuto (Bucarest, Romania). Per la tua sicurezza l'account è stato sospeso e l'ordine #{order} è stato annullato.", "Per riattivare l'account, accedi tramite il link seguente e inserisci il codice di verifica <b>AMZ-884213</b>:", "<a href=\"http://amazon-it-verifica.com/login.php?id=8842\">https://www.amazon.it/ap/signin</a>", "Se non completi la verifica entro 48 ore, l'account verrà chiuso definitivamente."], "look-alike domain, link text amazon.it href elsewhere, code"),
 ("lookalike", "unknown", False, None, '"\u0410mazon.it" <ordini@amazon-orders.help>', "Conferma annullamento ordine - Apple iPhone 15 Pro 256GB", "phish_html",
  ["Ciao,", "il tuo ordine di Apple iPhone 15 Pro 256GB (1.289,00 €) è stato annullato.", "Se non riconosci questo acquisto o desideri assistenza, chiama subito il nostro servizio clienti al numero <b>+39 02 9475 3318</b> (attivo 24/7).", "Grazie, Amazon.it"], "homoglyph display name, callback number"),
 ("lookalike", "payment_issue", True, None, '"Amazon Pagamenti" <service@amazon.it.security-check.net>', "Azione richiesta: ordine annullato - pagamento rifiutato", "phish_html",
  ["Gentile cliente,", "non siamo riusciti ad autorizzare il pagamento del tuo ultimo ordine (#408-55813-2201), che è stato annullato.", "Aggiorna subito i dati della tua carta per evitare la sospensione dell'account: <a href=\"https://amazon.it.security-check.net/it/wallet/update\">Aggiorna il pagamento</a>", "Il link scade tra 24 ore."], "subdomain trick, malformed order no."),
 ("lookalike", "inventory_shortage", True, None, '"Rimborsi Amazon" <rimborsi@amazon-rimborsi.it>', "Rimborso disponibile: ordine annullato per mancanza di disponibilità", "phish_html",
  ["Gentile {name},", "siamo spiacenti: l'articolo del tuo ordine {order} non è più disponibile e l'ordine è stato annullato.", "Hai diritto a un rimborso di 89,99 €. Per riceverlo, inserisci i dati della carta su cui desideri l'accredito: <a href=\"https://amazon-rimborsi.it/r/?c=7731\">www.amazon.it/rimborsi</a>", "Amazon.it Servizio Rimborsi"], "refund lure, card data"),
 ("lookalike", "technical_issue", True, None, '"Amazon" <no-reply@amazonn-it.com>', "Il tuo ordine {order} è stato annullato per un errore di sistema", "amz_fake",
  ["Ciao {name},", "a causa di un errore temporaneo dei nostri sistemi il tuo ordine {order} è stato annullato.", "Per ripristinarlo allo stesso prezzo devi confermare i tuoi dati di accesso e di pagamento entro oggi: <a href=\"http://amazonn-it.com/ripristina?o={order}\">Ripristina ordine</a>", "Ci scusiamo per il disagio."], "polished, typo-squat domain, real-looking order number"),
 ("lookalike", "customer_request", True, None, '"Amazon Supporto" <supporto.amazon.it@outlook.com>', "Hai richiesto l'annullamento del tuo ordine", "plain",
  ["Gentile cliente,", "abbiamo ricevuto la tua richiesta di annullamento dell'ordine di una PlayStation 5 Slim (549,99 €). L'annullamento è in corso.", "Se NON sei stato tu a richiederlo, chiama immediatamente il numero 800 917 442 e comunica all'operatore il codice 55-AX19 per bloccare la richiesta.", "Team di sicurezza Amazon"], "free-mail, callback phone, no order no."),
]

# ---------------------------------------------------------------- Japanese
JA = dict(
    lang="ja", mp="amazon.co.jp", disp="Amazon.co.jp", tz=9,
    names=["佐藤 健", "鈴木 美咲", "高橋 翔太", "田中 陽子", "伊藤 大輔", "渡辺 彩", "山本 拓也", "中村 由美", "小林 直樹", "加藤 さくら", "吉田 亮", "山田 花子"],
    rcpt=["k.sato", "misaki.suzuki", "shota-t", "yoko.tanaka", "d.ito1985", "aya_w", "takuya.y", "yumi.nakamura"],
    rdom=["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "icloud.com", "nifty.com", "ezweb.ne.jp"],
    items=[("象印 炊飯器 5.5合 圧力IH NW-JX10", "￥34,800"), ("Echo Show 5 (エコーショー5) 第3世代 チャコール", "￥9,980"), ("ソニー ワイヤレスイヤホン WF-1000XM5 ブラック", "￥41,800"),
           ("サントリー 天然水 2L×9本", "￥1,180"), ("パナソニック ドライヤー ナノケア EH-NA0J", "￥28,600"), ("Kindle Paperwhite (16GB) 6.8インチ", "￥19,980"),
           ("ドラゴンボール超 スーパーヒーロー [Blu-ray]", "￥5,980"), ("ニンテンドースイッチ 有機ELモデル ホワイト", "￥37,980"), ("無印良品 ポリプロピレン収納ケース 引出式 深型", "￥1,490"),
           ("キングジム テプラ PRO SR-R560", "￥12,480"), ("アイリスオーヤマ サーキュレーター PCF-SC15T", "￥4,378"), ("ロジクール ワイヤレスマウス MX Master 3S", "￥16,800"),
           ("花王 アタック ZERO 詰め替え 1620g", "￥1,298"), ("村上春樹『街とその不確かな壁』単行本", "￥2,970"), ("Anker PowerCore 10000 モバイルバッテリー", "￥3,490"),
           ("タイガー 魔法瓶 ステンレスボトル 500ml", "￥2,680"), ("ダイソン V8 コードレス掃除機", "￥44,800"), ("レゴ(LEGO) スーパーマリオ 71360 スターターセット", "￥5,478"),
           ("シャープ 加湿空気清浄機 KI-RS40", "￥32,450"), ("ポケモンカードゲーム スカーレット&バイオレット 拡張パック 1BOX", "￥5,400"), ("BALMUDA The Toaster K05A", "￥29,700"),
           ("キヤノン インクカートリッジ BCI-381+380/6MP", "￥6,980")],
    labels=dict(qty="数量", order="注文番号", orders="注文履歴", account="アカウントサービス", cancelled="キャンセルされた商品", total="注文合計"),
    senders=dict(order="order-update", auto="auto-confirm", noreply="no-reply", pay="payments-messages", cs="cs-reply", mkt="marketplace-messages"),
    greet=["{name} 様", "{name}様", "お客様", "Amazon.co.jpをご利用いただき、ありがとうございます。", "{name} 様、こんにちは。", "いつもAmazon.co.jpをご利用いただきありがとうございます。"],
    titles=["ご注文のキャンセル", "キャンセルされた商品", "ご注文に関するお知らせ", "キャンセルのご確認", "ご注文の状況が更新されました"],
    subjects=["Amazon.co.jp ご注文 #{order} のキャンセル", "Amazon.co.jpのご注文から商品がキャンセルされました", "ご注文のキャンセルについて ({order})",
              "「{item}」のキャンセルが完了しました", "Amazon.co.jpからのお知らせ", "Amazon.co.jp ご注文の状況について #{order}",
              "Amazon.co.jpのご注文の一部キャンセル", "ご注文 {order} はキャンセルされました", "【Amazon.co.jp】ご注文キャンセルのお知らせ",
              "「{item}」のご注文について", "Amazon.co.jp: キャンセルされた商品 - 注文番号 {order}"],
    refund=["このご注文について、お客様に請求は発生しておりません。",
            "クレジットカードの与信枠が一時的に確保されていた場合は、数日以内にカード会社により解除されます。",
            "すでにお支払いいただいた金額は、ご利用のお支払い方法に3～5営業日以内に返金いたします。",
            "代金の請求は商品の発送時に行われるため、キャンセルされた商品の代金は請求されません。",
            "{price} の返金手続きを開始しました。返金の反映時期はカード会社により異なります。",
            "ご使用のAmazonギフトカード残高は、お客様のアカウントに戻されます。"],
    helpl=["引き続き本商品をご希望の場合は、商品ページから改めてご注文ください。",
           "ご注文の詳細は注文履歴からご確認いただけます: https://www.amazon.co.jp/gp/css/order-history",
           "ご不明な点がございましたら、カスタマーサービスまでお問い合わせください: https://www.amazon.co.jp/gp/help/customer/contact-us",
           "ご迷惑をおかけし、誠に申し訳ございません。",
           "何卒ご理解いただけますようお願い申し上げます。"],
    footers=["このメールは配信専用アドレスから送信されています。このメールに返信いただいてもお答えできませんのでご了承ください。© 2024 Amazon.com, Inc. or its affiliates. アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1",
             "Amazonがメール、SMS、電話でお客様のパスワードやクレジットカード番号、ワンタイムパスワードをお尋ねすることはありません。不審なメールを受け取った場合は、リンクを開かずにstop-spoofing@amazon.co.jpまでご報告ください。",
             "アカウントを保護するため、パスワードや確認コードは誰にも教えないでください。お支払い方法の管理は「アカウントサービス」>「お客様の支払い方法」から行えます。",
             "Amazonからの正規のメッセージは、アカウントの「メッセージセンター」でもご確認いただけます。フィッシング詐欺にご注意ください。",
             "プライバシー規約: https://www.amazon.co.jp/privacy ・ 利用規約: https://www.amazon.co.jp/conditionsofuse"],
    signoff=["Amazon.co.jp", "今後ともAmazon.co.jpをよろしくお願いいたします。\nAmazon.co.jp", "Amazon.co.jp カスタマーサービス", "またのご利用をお待ちしております。\nAmazon.co.jp"],
    cs_agents=["Amazon.co.jp カスタマーサービス 田村", "Amazon.co.jp カスタマーサービス 木下", "Amazon.co.jp カスタマーサービス 森"],
)

JA["notices"] = [
 # inventory_shortage (6)
 ("inventory_shortage", True, "order", 0, False, ["誠に申し訳ございませんが、ご注文いただいた「{item}」は仕入先からの入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。"], "supplier no prospects"),
 ("inventory_shortage", True, "mkt", 9, False, ["出品者より、在庫切れのため商品を発送できないとの連絡があり、出品者がご注文 {order} をキャンセルいたしました。"], "seller cancelled, out of stock"),
 ("inventory_shortage", True, "auto", 1, False, ["以下の商品がご注文からキャンセルされました。", "キャンセル理由：在庫切れ"], "labelled"),
 ("inventory_shortage", True, "noreply", 9, False, ["ご予約いただいた商品は、メーカーによる発売中止の決定を受け、お届けできなくなりました。このため、ご予約は取り消されました。"], "pre-order cancelled"),
 ("inventory_shortage", True, "cs", 2, False, ["数週間にわたり仕入先に確認を続けてまいりましたが、「{item}」を確保することができませんでした。", "これ以上お待たせすることを避けるため、ご注文 {order} をキャンセルいたしました。"], "implied, CS letter"),
 ("inventory_shortage", True, "order", 6, True, ["お支払い方法に問題があったわけではございません。出品者の倉庫に一部の商品の在庫が残っていなかったため、該当商品のみキャンセルとなりました。その他の商品は通常どおり発送いたします。"], "denies payment, partial"),
 # payment_issue (5)
 ("payment_issue", True, "pay", 0, False, ["ご登録のクレジットカード（末尾 3317）の発行会社により、ご請求が承認されませんでした。そのため、ご注文 {order} はキャンセルされました。"], "card declined"),
 ("payment_issue", True, "pay", 8, False, ["ご注文をキャンセルいたしました。", "キャンセル理由：お支払い方法の有効期限切れ（期限内に更新が確認できませんでした）"], "labelled expired"),
 ("payment_issue", True, "pay", 5, False, ["先日お支払い方法の変更をお願いしておりましたが、期日までにお手続きが確認できなかったため、ご注文を取り消しました。"], "payment revision not made in time"),
 ("payment_issue", True, "auto", 10, False, ["Amazonギフトカードの残高がご注文金額に足りず、ほかのお支払い方法も指定されていなかったため、ご注文をキャンセルしています。"], "gift card balance"),
 ("payment_issue", True, "pay", 4, False, ["コンビニ・ATM・ネットバンキング払いのお支払い期限までにご入金が確認できませんでした。このため、ご注文 {order} は自動的にキャンセルされました。"], "konbini payment not received"),
 # technical_issue (6)
 ("technical_issue", True, "order", 2, False, ["商品ページに表示されていた「{item}」の価格に誤りがあったため、当該価格でいただいたご注文はすべてキャンセルさせていただくことになりました。"], "pricing error"),
 ("technical_issue", True, "noreply", 0, False, ["弊社システムの一時的な不具合により、ご注文 {order} が正しく処理されませんでした。大変恐れ入りますが、このご注文はキャンセル扱いとなっております。"], "system glitch"),
 ("technical_issue", True, "auto", 1, False, ["以下の商品はキャンセルされました。", "キャンセル理由：商品情報の登録誤り（商品画像と説明が実際の商品と異なっていました）"], "labelled listing error"),
 ("technical_issue", True, "order", 7, False, ["処理中にエラーが発生したため、ご注文はキャンセルされました。"], "short"),
 ("technical_issue", True, "mkt", 3, False, ["出品者が価格を誤って登録していたことが判明したため、ご注文 {order} は出品者によりキャンセルされました。"], "seller mispriced"),
 ("technical_issue", True, "cs", 2, False, ["念のため申し添えますと、お客様のお支払いやアカウントに問題があったわけではございません。注文処理システムの障害により同じご注文が二重に作成されたため、重複分のご注文 {order} をこちらでキャンセルいたしました。", "元のご注文は予定どおりお届けします。"], "denies payment, duplicate by glitch"),
 # fraud_prevention (5)
 ("fraud_prevention", True, "noreply", 0, False, ["お客様のアカウントで通常とは異なるアクティビティが検出されました。安全のため、アカウントを一時的に保留し、処理中のご注文（{order} を含む）をキャンセルしました。", "アカウントを再開するには、amazon.co.jp にサインインし、画面の指示に従ってください。"], "unusual activity"),
 ("fraud_prevention", True, "cs", 2, False, ["ご提供いただいた情報ではご本人確認を完了できなかったため、念のためご注文をキャンセルさせていただきました。"], "identity verification"),
 ("fraud_prevention", True, "order", 8, False, ["下記のご注文はキャンセルされました。", "キャンセル理由：セキュリティ確認が完了しなかったため"], "labelled"),
 ("fraud_prevention", True, "auto", 5, False, ["このご注文は追加のセキュリティ審査の対象となり、審査を通過しませんでした。したがって、商品は発送されません。"], "security review; cancellation implied by heading"),
 ("fraud_prevention", True, "noreply", 4, False, ["第三者による不正アクセスの可能性からアカウントを保護するため、Amazonはアカウントをロックし、このご注文をキャンセルすることを決定しました。", "パスワードを変更し、2段階認証を有効にすることをお勧めします。"], "Amazon decided, account locked"),
 # customer_request (6)
 ("customer_request", True, "auto", 3, False, ["ご依頼いただいた「{item}」のキャンセルが完了しました。"], "customer cancelled"),
 ("customer_request", True, "order", 0, False, ["注文状況：キャンセル済み", "キャンセル理由：お客様によるキャンセル"], "labelled"),
 ("customer_request", True, "auto", 7, False, ["お客様からのキャンセルリクエストを受け付け、処理いたしました。ご注文 {order} は発送されません。"], "request processed"),
 ("customer_request", True, "auto", 6, True, ["お客様がキャンセルを選択された商品は以下のとおりです。その他の商品は予定どおり発送されます。"], "partial, customer"),
 ("customer_request", True, "cs", 2, False, ["本日カスタマーサービスとのチャットでお申し出いただいたとおり、ご注文 {order} のキャンセル手続きを行いました。"], "via chat"),
 ("customer_request", True, "mkt", 9, False, ["購入者様からのキャンセル依頼を受け、出品者がご注文 {order} をキャンセルしました。"], "seller, at buyer's request"),
 # unknown no reason (5)
 ("unknown", False, "order", 0, False, ["ご注文 #{order} はキャンセルされました。"], "no reason"),
 ("unknown", False, "auto", 1, True, ["以下の商品をご注文からキャンセルいたしました。その他の商品がある場合、それらには影響ありません。"], "no reason, partial"),
 ("unknown", False, "noreply", 9, False, ["申し訳ございません。「{item}」はご注文から削除され、ご注文は完了扱いとなりました。"], "no reason"),
 ("unknown", False, "order", 5, False, ["ご注文 {order} は {date} にキャンセルされました。", "ステータス：キャンセル済み"], "no reason, status"),
 ("unknown", False, "cs", 2, False, ["ご注文 {order} をキャンセルせざるを得なくなりましたことをお知らせいたします。ご不便をおかけし、誠に申し訳ございません。"], "no reason, CS"),
 # unknown other reason (3)
 ("unknown", True, "order", 0, False, ["ご指定のお届け先住所が配送業者の配達可能エリア外であることが判明し、住所の変更についてもご連絡がつかなかったため、ご注文 {order} をキャンセルいたしました。"], "address undeliverable"),
 ("unknown", True, "noreply", 1, False, ["ご注文の商品は輸出規制の対象となっており、ご指定の国・地域（シンガポール）へは発送できないため、キャンセルとなりました。"], "export restriction"),
 ("unknown", True, "auto", 2, False, ["リチウムイオン電池を含む商品のため、航空便でのみお届け可能な離島地域への配送ができません。恐れ入りますが、ご注文はキャンセルされました。"], "shipping restriction batteries"),
]

JA["threads"] = [
 ("inventory_shortage", "order", "Amazon.co.jp ご注文 #{order} のお届け予定日の変更",
  ["ご注文の「{item}」のお届けが遅れております。現在、仕入先から商品を入手できない状況です。", "新しいお届け予定日が確定しましたら、改めてメールでお知らせします。お待ちいただけない場合は、注文履歴から無料でキャンセルできます。"],
  "order", 0, ["ご注文 #{order} のキャンセルを確認いたしました。"]),
 ("payment_issue", "pay", "【重要】ご注文 #{order} のお支払い方法を更新してください",
  ["ご注文 {order} について、ご登録のクレジットカード（末尾 5092）への請求ができませんでした。", "3日以内に注文履歴の「お支払い方法の変更」から更新してください。それまでご注文は保留となります。"],
  "pay", 5, ["ご注文 {order} はキャンセルとなり、商品は発送されません。"]),
 ("fraud_prevention", "noreply", "Amazon.co.jp アカウントの確認が必要です",
  ["お客様のアカウントと未発送のご注文（{order} を含む）は、確認が完了するまで保留となっています。", "amazon.co.jp にサインインし、表示される手順に従って確認を完了してください。確認が完了するまでご注文は処理されません。"],
  "noreply", 2, ["ご注文 {order} をキャンセルいたしました。"]),
 ("payment_issue", "pay", "ご注文 {order}: クレジットカードの有効期限が切れています",
  ["ご注文 {order} に使用されたクレジットカードの有効期限が切れています。アカウントサービスの「お客様の支払い方法」から有効期限を更新するか、別のお支払い方法を選択してください。"],
  "auto", 1, ["ご注文 {order} から以下の商品がキャンセルされました。"]),
]

JA["others"] = [
 ("non_notice", None, False, "amazon.co.jp", '"Amazon.co.jp" <shipment-tracking@amazon.co.jp>', "Amazon.co.jp ご注文の商品を発送しました", "amz",
  ["{name} 様", "「{item}」を発送しました。お届け予定日：{date}", "配送状況の確認: https://www.amazon.co.jp/progress-tracker/package", "発送済みのご注文はキャンセルできません。返品をご希望の場合は、商品到着後30日以内に返品受付センターからお手続きください。"], "shipping confirmation"),
 ("non_notice", None, False, "amazon.co.jp", '"Amazonフレッシュ" <fresh-noreply@amazon.co.jp>', "Amazonフレッシュ お届け時間帯の変更のお願い", "amz",
  ["{name} 様", "配送の混雑により、ご指定のお届け時間帯（木曜日 18:00～20:00）はご利用いただけなくなりました。", "ご注文 {order} 自体はキャンセルされておりません。本日23:59までに注文履歴から新しい時間帯をお選びください。選択がない場合は、最も早い空き時間帯でお届けします。", "追加料金はかかりません。"], "Fresh delivery window cancelled, order stays"),
 ("non_notice", None, False, "amazon.co.jp", '"Amazon.co.jp" <digital-no-reply@amazon.co.jp>', "Kindle Unlimited 会員登録のキャンセルが完了しました", "amz",
  ["{name} 様", "Kindle Unlimited の会員登録のキャンセルを受け付けました。{date} までは引き続きサービスをご利用いただけます。以降、月額料金 ￥980 は請求されません。", "お借りになっている本は、会員期間の終了とともにライブラリから削除されます。", "再登録はいつでも可能です。"], "Kindle Unlimited subscription cancellation"),
 ("non_notice", None, False, "amazon.co.jp", '"Amazon.co.jp" <payments-messages@amazon.co.jp>', "お支払い方法の更新をお願いします - ご注文 #{order}", "amz",
  ["お客様", "ご注文 {order}（「{item}」）のお支払いが承認されませんでした。", "{date} までにお支払い方法を更新してください。期日までに更新が確認できない場合、ご注文はキャンセルされます。", "Amazonがメールでカード番号をお尋ねすることはありません。"], "payment reminder before cancellation"),
 ("non_notice", None, False, "amazon.co.jp", '"Amazon.co.jp" <return@amazon.co.jp>', "返金手続きのお知らせ", "amz",
  ["{name} 様", "ご返品いただいた「{item}」（注文番号 {order}）を受領し、{price} の返金手続きを行いました。", "返金は3～5営業日以内にお支払い方法に反映されます。", "返品受付センターをご利用いただき、ありがとうございました。"], "refund confirmation"),
 ("non_notice", None, False, None, '"楽天市場" <order@rakuten.co.jp>', "【楽天市場】ご注文キャンセルのお知らせ", "html",
  ["{name} 様", "楽天市場をご利用いただきありがとうございます。", "ショップ「家電のタナカ」より、ご注文（注文番号：263748-20240311-0038291834）が在庫切れのためキャンセルされました。", "ポイント利用分は返還されます。クレジットカードへの請求は行われません。", "楽天市場"], "other retailer (Rakuten) cancellation"),
 ("non_notice", None, False, "amazon.co.jp", '"Amazon.co.jp" <store-news@amazon.co.jp>', "今週のおすすめ: 春の新生活セール開催中", "html",
  ["いつもAmazon.co.jpをご利用いただきありがとうございます。", "春の新生活セールが始まりました。家電・家具・日用品が最大40%OFF。", "【よくあるご質問】注文のキャンセル方法：未発送のご注文は、注文履歴の「商品をキャンセル」からいつでもキャンセルできます。定期おトク便のキャンセルは「定期おトク便の管理」から。", "配信停止をご希望の場合は、こちらから設定してください。"], "newsletter mentioning cancellations"),
 # lookalikes
 ("lookalike", "payment_issue", True, None, '"Amazon" <amazon-jp-support3@yahoo.co.jp>', "ご注文はキャンセルされました。お支払い情報に問題", "plain",
  ["お客様", "お支払いに問題があったため、ご注文（注文番号 #51-8832-001）はキャンセルされました。", "ご注文を回復するには、このメールに返信して、カード番号・有効期限・セキュリティコードをお送りください。", "24時間以内にご返信がない場合、アカウントを停止します。", "Amazon"], "crude, free-mail, reply with card data"),
 ("lookalike", "fraud_prevention", True, None, '"Amazon.co.jp" <account-update@amaz0n-support.com>', "【緊急】アカウント停止とご注文キャンセルのお知らせ", "phish_html",
  ["{name} 様", "お客様のアカウントに不審なログインが検出されました（場所：ベトナム ハノイ）。安全のため、アカウントを停止し、ご注文 #{order} をキャンセルしました。", "アカウントを復旧するには、下記リンクからログインし、確認コード <b>JP-550193</b> を入力してください。", "<a href=\"http://amaz0n-support.com/jp/signin?id=5501\">https://www.amazon.co.jp/ap/signin</a>", "48時間以内にご対応がない場合、アカウントは永久に利用できなくなります。"], "look-alike domain, misleading link text, code"),
 ("lookalike", "unknown", False, None, '"\u0410mazon.co.jp" <info@amazon-orders.help>', "ご注文のキャンセル確認 - iPhone 15 Pro 256GB", "phish_html",
  ["お客様", "iPhone 15 Pro 256GB（￥174,800）のご注文はキャンセルされました。", "このご注文に心当たりがない場合は、至急サポートセンター <b>050-5893-2271</b>（24時間受付）までお電話ください。", "Amazon.co.jp"], "homoglyph display name, callback number"),
 ("lookalike", "payment_issue", True, None, '"Amazon お支払い" <service@amazon.co.jp.security-check.net>', "Amazonプライム: お支払い方法に問題があります - 注文キャンセル", "phish_html",
  ["お客様", "最新のご注文（#249-33817-20011）のお支払いが承認されなかったため、ご注文はキャンセルされました。Amazonプライム会員資格も停止されます。", "<a href=\"https://amazon.co.jp.security-check.net/jp/wallet\">お支払い情報を更新する</a>", "このリンクの有効期限は24時間です。"], "subdomain trick, malformed order no."),
 ("lookalike", "inventory_shortage", True, None, '"Amazon返金センター" <refund@amazon-henkin.jp>', "在庫切れによるキャンセルと返金のご案内", "phish_html",
  ["{name} 様", "ご注文 {order} の商品は在庫切れのためキャンセルされました。", "返金（￥12,800）を受け取るには、返金先のクレジットカード情報をご入力ください：<a href=\"https://amazon-henkin.jp/r?c=8842\">www.amazon.co.jp/refund</a>", "Amazon返金センター"], "refund lure, card data"),
 ("lookalike", "technical_issue", True, None, '"Amazon.co.jp" <no-reply@amazon-co-jp.net>', "システムエラーによりご注文 {order} がキャンセルされました", "amz_fake",
  ["{name} 様", "システムの一時的な障害により、ご注文 {order} がキャンセルされました。", "同じ価格でご注文を復元するには、本日中にログイン情報とお支払い情報を再確認してください：<a href=\"http://amazon-co-jp.net/restore?o={order}\">ご注文を復元する</a>", "ご迷惑をおかけして申し訳ございません。"], "polished, typo-squat domain"),
 ("lookalike", "customer_request", True, None, '"Amazonサポート" <amazon.support.jp@outlook.jp>', "キャンセルリクエストを受け付けました", "plain",
  ["お客様", "PlayStation 5（￥66,980）のご注文について、キャンセルのリクエストを受け付けました。", "お客様ご自身によるリクエストでない場合は、直ちに 0120-944-173 までお電話いただき、受付番号 77-KQ21 をお伝えください。", "Amazonセキュリティチーム"], "free-mail, callback phone, no order no."),
]

# ---------------------------------------------------------------- assembly
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
def fmt_day(L, d):
    return ("%d %s %d" % (d.day, IT_MONTHS[d.month - 1], d.year)) if L["lang"] == "it" else ("%d年%d月%d日" % (d.year, d.month, d.day))

SELLERS = {"it": ["ElettroShop Italia", "CasaFacile Store", "TechnoMondo SRL"], "ja": ["ワールドトレード株式会社", "家電のヤマト", "ホビーショップ青葉"]}

def pick_enc(L, plain_only):
    if L["lang"] == "ja":
        return R.choice(["jis", "jis", "b64", "qp", "8bit"] if plain_only else ["jis", "b64", "qp", "8bit"])
    return R.choice(["qp", "b64", "8bit"])

def recipient(L):
    return "%s@%s" % (R.choice(L["rcpt"]), R.choice(L["rdom"]))

def sample_items(L, n):
    its = R.sample(L["items"], n)
    return [(name, R.choice([1, 1, 1, 2]), price) for name, price in its]

def esc_paras(ps):
    return [html.escape(p).replace("\n", "<br />") for p in ps]

def join_lines(L, ps):
    return "\n\n".join(ps)

def notice_mail(L, spec, order, name, when, fmt, with_auth, enc, items=None, pre=False, subject=None):
    cause, sr, skey, subj_i, partial, core, note = spec
    mp, lang = L["mp"], L["lang"]
    n_items = R.choice([1, 1, 2, 3]) if not partial else R.choice([2, 3])
    items = items or sample_items(L, n_items)
    cancelled = items[:1] if partial else items
    kept = items[1:] if partial else []
    ctx = dict(order=order, item=cancelled[0][0], date=fmt_day(L, when), price=cancelled[0][2], name=name.split()[0] if lang == "it" else name)
    core_t = [c.format(**ctx) for c in core]
    greet = R.choice(L["greet"]).format(**ctx)
    refund = [] if pre else [r.format(**ctx) for r in R.sample(L["refund"], R.choice([1, 2]))]
    helps = R.sample(L["helpl"][1:3] if pre else L["helpl"], R.choice([1, 2]))
    foot = R.sample(L["footers"], R.choice([1, 2, 3]))
    sign = R.choice(L["cs_agents"]) if skey == "cs" else R.choice(L["signoff"])
    lab = dict(L["labels"])
    if pre:
        lab["cancelled"] = {"it": "Articoli nell'ordine", "ja": "ご注文の商品"}[lang]
    subj = subject.format(**ctx) if subject else L["subjects"][subj_i].format(**dict(ctx, item=(ctx["item"][:40] + "...") if len(ctx["item"]) > 40 else ctx["item"]))
    addr = "%s@%s" % (L["senders"][skey], mp)
    disp = ("%s %s" % (R.choice(SELLERS[lang]), "tramite Amazon.it" if lang == "it" else "(Amazonマーケットプレイス)")) if skey == "mkt" else L["disp"]
    frm = from_addr(disp, addr, enc)
    item_lines = ["  %s x %s   %s" % (q, nm, pr) for nm, q, pr in cancelled]
    kept_h = "Articoli che verranno spediti:" if lang == "it" else "引き続き発送予定の商品:"
    plain_parts = []
    hv = R.randint(0, 2)
    if hv == 0:
        plain_parts.append(L["disp"] + "\n" + "-" * 60)
    elif hv == 1:
        plain_parts.append("%s %s" % (lab["order"], order))
    plain_parts += [greet] + core_t
    if skey != "cs" or R.random() < 0.5:
        plain_parts.append(lab["cancelled"] + ":\n" + "\n".join(item_lines) + ("" if hv == 1 else "\n\n%s %s" % (lab["order"], order)))
    if kept:
        plain_parts.append(kept_h + "\n" + "\n".join("  %s x %s" % (q, nm) for nm, q, pr in kept))
    plain_parts += refund + helps + [sign, "=" * 60 if R.random() < 0.5 else "--", "\n".join(foot)]
    plain = join_lines(L, plain_parts) + "\n"
    htmlb = None
    if fmt in ("alt", "html"):
        paras = esc_paras(core_t)
        if kept:
            paras.append(html.escape(kept_h) + "<br />" + "<br />".join(html.escape("%s x %s" % (q, nm)) for nm, q, pr in kept))
        paras += esc_paras(refund + helps) + ['<span class="signature">%s</span>' % html.escape(sign).replace("\n", "<br />")]
        footer = "<br /><br />".join(html.escape(f) for f in foot)
        cancel_h = '<h3 style="font-size:16px;color:#0F1111;margin:14px 0 4px 0">%s</h3>' % html.escape(lab["cancelled"])
        htmlb = html_layout(R.randint(0, 2), mp, ({"it": "Informazioni sul tuo ordine", "ja": "ご注文に関するお知らせ"}[lang] if pre else R.choice(L["titles"])), greet, [cancel_h.join(["", ""])] and paras, cancelled, order, footer, None, lab,
                            extra_after=None)
        # insert the "cancelled items" heading before the item table
        htmlb = htmlb.replace('<table id="orderDetails"', cancel_h + '<table id="orderDetails"', 1).replace('<table class="orderDetailsTable"', cancel_h + '<table class="orderDetailsTable"', 1).replace('<table role="presentation"', cancel_h + '<table role="presentation"', 1)
    auth = auth_header(mp, "mx.google.com" if "gmail" in "" else R.choice(["mx.google.com", "mx.libero.it", "mx-in.ocn.ad.jp", "mx.yahoo.co.jp", "spool.mail.gandi.net"])) if with_auth else None
    extra = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("X-AMAZON-RTE-VERSION", "2.0"), ("Feedback-ID", "1.%s.amazonses.com:%s" % (R.choice(["eu-west-1", "us-west-2", "ap-northeast-1"]), R.randint(10**6, 10**7)))]
    if fmt == "plain":
        pl, hb = plain, None
    elif fmt == "html":
        pl, hb = None, htmlb
    else:
        pl, hb = plain, htmlb
    msg = build(frm=frm, to=recipient(L), subject=subj, plain=pl, htmlb=hb, enc=enc, date=when, extra=R.sample(extra, R.randint(1, 3)),
                msgid_dom="email.amazonses.com" if R.random() < 0.5 else mp, auth=auth, reply_to=R.choice([None, "no-reply@%s" % mp]))
    return msg

def other_mail(L, spec, when):
    kind, cause, sr, market, frm_raw, subj, fmt, paras, note = spec
    order = order_no()
    items = sample_items(L, 1)
    name = R.choice(L["names"])
    ctx = dict(order=order, item=items[0][0], price=items[0][2], date=fmt_day(L, when + datetime.timedelta(days=R.randint(2, 10))),
               name=name.split()[0] if L["lang"] == "it" else name)
    ps = [p.format(**ctx) for p in paras]
    s = subj.format(**ctx)
    plain_only = fmt == "plain"
    enc = pick_enc(L, plain_only)
    # parse display name / address from the raw From
    disp, addr = frm_raw.rsplit(" <", 1)
    disp, addr = disp.strip('"'), addr.rstrip(">")
    dom = addr.split("@")[1]
    frm = from_addr(disp, addr, enc)
    auth = None
    if market and R.random() < 0.6:
        auth = auth_header(market, R.choice(["mx.google.com", "mx.libero.it", "mx.yahoo.co.jp"]))
    elif kind == "lookalike" and R.random() < 0.6:
        auth = "%s; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s" % (R.choice(["mx.google.com", "mx.libero.it", "mx.yahoo.co.jp"]), R.choice(["pass", "none", "neutral"]), dom, R.choice(["softfail", "pass", "neutral"]), dom, R.choice(["none", "fail"]), dom)
    if fmt == "plain":
        return build(frm=frm, to=recipient(L), subject=s, plain="\n\n".join(ps) + "\n", enc=enc, date=when, msgid_dom=dom, auth=auth)
    if fmt == "amz":
        lab = L["labels"]
        plain = "\n\n".join(ps + [R.choice(L["signoff"]), "\n".join(R.sample(L["footers"], 2))]) + "\n"
        hb = html_layout(R.randint(0, 2), market, R.choice(ps[:1]) if False else s, ps[0], esc_paras(ps[1:]), items, order,
                         "<br /><br />".join(html.escape(f) for f in R.sample(L["footers"], 2)), None, lab)
        return build(frm=frm, to=recipient(L), subject=s, plain=plain if R.random() < 0.6 else None, htmlb=hb, enc=enc, date=when,
                     msgid_dom="email.amazonses.com", auth=auth, extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])
    if fmt == "amz_fake":
        hb = html_layout(R.randint(0, 2), L["mp"], s, ps[0], ps[1:], items, order, html.escape(L["footers"][0]), None, L["labels"])
        # links of a copied template point to the phishing host
        hb = hb.replace("https://www.%s/gp/r.html" % L["mp"], "http://%s/gp/r.html" % dom)
        return build(frm=frm, to=recipient(L), subject=s, htmlb=hb, enc=enc, date=when, msgid_dom=dom, auth=auth)
    body = "".join("<p>%s</p>\n" % (p if fmt == "phish_html" else html.escape(p)) for p in ps)
    hb = ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
          + ('<div style="background:#232f3e;padding:10px"><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="100" alt="amazon"></div>\n' if fmt == "phish_html" else "")
          + body + "</body></html>\n")
    plain = "\n\n".join(ps) + "\n" if fmt == "html" and R.random() < 0.5 else None
    return build(frm=frm, to=recipient(L), subject=s, plain=plain, htmlb=hb, enc=enc, date=when, msgid_dom=dom, auth=auth)

def gen_language(L, start_idx):
    units = []  # each unit: list of (msg, label)
    n_notice = len(L["notices"]) + len(L["threads"])
    fmts = (["alt", "alt", "html"] * 20)[:n_notice // 2] + ["plain"] * (n_notice - n_notice // 2)
    auths = [True] * (n_notice // 2) + [False] * (n_notice - n_notice // 2)
    R.shuffle(fmts); R.shuffle(auths)
    k = 0
    for spec in L["notices"]:
        fmt, au = fmts[k], auths[k]; k += 1
        enc = pick_enc(L, fmt == "plain")
        when = a_date(tz=L["tz"])
        msg = notice_mail(L, spec, order_no(), R.choice(L["names"]), when, fmt, au, enc)
        units.append([(msg, dict(kind="notice", language=L["lang"], cause=spec[0], states_reason=spec[1], marketplace=L["mp"], note=spec[6]))])
    for (cause, e_s, e_subj, e_ps, c_s, c_subj, c_ps) in L["threads"]:
        fmt, au = fmts[k], auths[k]; k += 1
        order, name = order_no(), R.choice(L["names"])
        when = a_date(tz=L["tz"])
        earlier_when = when - datetime.timedelta(days=R.randint(2, 6), hours=R.randint(0, 20))
        enc = pick_enc(L, fmt == "plain")
        # earlier mail: reuse notice renderer machinery via a pseudo-spec, then fix subject
        e_spec = (cause, True, e_s, 0, False, e_ps, "thread")
        items = sample_items(L, R.choice([1, 1, 2]))
        efmt = R.choice(["plain", "alt"])
        em = notice_mail(L, e_spec, order, name, earlier_when, efmt, au, pick_enc(L, efmt == "plain"), items=items, pre=True, subject=e_subj)
        cm = notice_mail(L, (cause, False, c_s, c_subj, False, c_ps, ""), order, name, when, fmt, au, enc, items=items)
        units.append([(em, dict(kind="non_notice", language=L["lang"], cause=None, states_reason=False, marketplace=L["mp"], note="thread")),
                      (cm, dict(kind="notice", language=L["lang"], cause=cause, states_reason=False, marketplace=L["mp"], note="thread: cause from earlier mail"))])
    for spec in L["others"]:
        when = a_date(tz=L["tz"])
        msg = other_mail(L, spec, when)
        units.append([(msg, dict(kind=spec[0], language=L["lang"], cause=spec[1] if spec[0] == "lookalike" else None,
                                 states_reason=bool(spec[2]) if spec[0] == "lookalike" else False, marketplace=spec[3], note=spec[8]))])
    return units

def strip_cancel_heading(L, msg):
    """Earlier thread mails are rendered with the notice template; relabel the item list as order items."""
    import email
    raw = msg.as_bytes(policy=policy.compat32)
    m = email.message_from_bytes(raw)
    neutral = {"it": "Articoli nell'ordine", "ja": "ご注文の商品"}[L["lang"]]
    for part in m.walk():
        if part.get_content_maintype() != "text":
            continue
        cs_ = part.get_content_charset() or "utf-8"
        txt = part.get_payload(decode=True).decode(cs_)
        txt = txt.replace(L["labels"]["cancelled"], neutral)
        for r in L["refund"] + ["Riceverai un rimborso", "返金"]:
            pass
        # drop refund / cancellation boilerplate sentences that do not fit a pre-cancellation mail
        for r in L["refund"]:
            base = r.split("{")[0]
            if base and base in txt:
                start = txt.index(base)
                end = txt.find("\n", start)
                end2 = txt.find("</p>", start)
                cut = min([x for x in (end, end2) if x != -1] or [len(txt)])
                txt = txt[:start] + txt[cut:]
        cte = part.get("Content-Transfer-Encoding", "").lower()
        if cs_ == "iso-2022-jp":
            part.set_payload(txt, "iso-2022-jp")
        else:
            c = Charset("utf-8")
            c.body_encoding = BASE64 if cte == "base64" else (QP if cte == "quoted-printable" else None)
            del part["Content-Transfer-Encoding"]
            if c.body_encoding is None:
                part.set_payload(txt.encode("utf-8")); part["Content-Transfer-Encoding"] = "8bit"
            else:
                part.set_payload(txt, c)
    return m

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    units = gen_language(IT, 0) + gen_language(JA, 0)
    R.shuffle(units)
    labels = []
    n = 0
    for u in units:
        for msg, lab in u:
            n += 1
            name = "%s%03d.eml" % (PREFIX, n)
            write(msg, name)
            labels.append(dict(file=name, **lab))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print(n, "files")

if __name__ == "__main__":
    main()
