#!/usr/bin/env python3
"""Generate blind test batch m1 (nl / pt-BR / pl): raw .eml files + labels.json.

Run:  python3 make.py      (deterministic: fixed random seed)
"""
import json
import os
import random
import re
import html as htmlmod
import hashlib
import base64
import datetime as dt
from email import charset as CS
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email.generator import BytesGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "m1"  # files m1001.eml ... (PREFIX + 3-digit counter)
SEED = 20250611
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")
BOLD = re.compile(r"\*\*(.+?)\*\*")

def fmt(s, ctx):
    return s.format_map(ctx) if "{" in s else s

def p_html(s, ctx):
    s = fmt(s, ctx)
    out, pos = [], 0
    for m in LINK.finditer(s):
        out.append(htmlmod.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (htmlmod.escape(m.group(2)), htmlmod.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(htmlmod.escape(s[pos:], quote=False))
    r = "".join(out)
    r = BOLD.sub(r"<b>\1</b>", r)
    return r.replace("\n", "<br />\n")

def p_text(s, ctx, style="A"):
    s = fmt(s, ctx)
    def rep(m):
        t, u = m.group(1), m.group(2)
        if t == u or t.startswith("http") or t.startswith("www."):
            return t
        return ("%s (%s)" if style == "A" else "%s: %s") % (t, u)
    s = LINK.sub(rep, s)
    return BOLD.sub(r"\1", s)

def wrap(text, width=76):
    import textwrap
    lines = []
    for para in text.split("\n"):
        if len(para) <= width:
            lines.append(para)
        else:
            lines.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)

LEGACY_MAP = {"€": "EUR", "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-",
              "…": "...", "•": "*", "\u202f": " ", "™": "(TM)", "ª": "a", "à": "a", "©": "(c)", "°": " st.", "º": "o", "·": "-"}
UNMAPPED = set()

def for_charset(text, cs, is_html):
    if cs.lower() in ("utf-8", "utf8"):
        return text
    if is_html:
        return text.encode(cs, "xmlcharrefreplace").decode(cs)
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in LEGACY_MAP:
                UNMAPPED.add((cs, ch))
            out.append(LEGACY_MAP.get(ch, "?"))
    return "".join(out)

def mk_charset(cs, cte):
    c = CS.Charset(cs)
    c.body_encoding = {"qp": CS.QP, "b64": CS.BASE64, "8bit": None}[cte]
    c.header_encoding = CS.QP if cs.lower().startswith("iso-8859") else CS.BASE64
    return c

def mk_part(text, subtype, cs, cte):
    text = for_charset(text, cs, subtype == "html")
    return MIMEText(text, subtype, mk_charset(cs, cte))

def rid(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))

def order_no():
    pre = rng.choice(["403", "171", "302", "028", "305", "406", "702", "113", "404", "205", "408", "026", "701"])
    return "%s-%07d-%07d" % (pre, rng.randrange(10**7), rng.randrange(10**7))

# --------------------------------------------------------------------------
# language resources
# --------------------------------------------------------------------------
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}

def date_str(lang, d):
    if lang == "pt":
        return "%d de %s de %d" % (d.day, MONTHS["pt"][d.month - 1], d.year)
    return "%d %s %d" % (d.day, MONTHS[lang][d.month - 1], d.year)

def money(lang, v):
    s = "%.2f" % v
    ent, dec = s.split(".")
    if lang == "pt":
        ent = "{:,}".format(int(ent)).replace(",", ".")
        return "R$ %s,%s" % (ent, dec)
    if lang == "pl":
        ent = "{:,}".format(int(ent)).replace(",", " ")
        return "%s,%s zł" % (ent, dec)
    ent = "{:,}".format(int(ent)).replace(",", ".")
    return "€ %s,%s" % (ent, dec)

LBL = {
    "nl": dict(orders="Uw bestellingen", account="Uw account", order="Bestelling", ordered="Besteld op",
               qty="Aantal", seller="Verkocht door", items="Geannuleerde artikelen", total="Totaal",
               view="Bekijk uw bestellingen", sign="Met vriendelijke groet,", details="Bestelgegevens"),
    "nl_je": dict(orders="Je bestellingen", account="Je account", order="Bestelling", ordered="Besteld op",
                  qty="Aantal", seller="Verkocht door", items="Geannuleerde artikelen", total="Totaal",
                  view="Bekijk je bestellingen", sign="Groeten,", details="Bestelgegevens"),
    "pt": dict(orders="Seus pedidos", account="Sua conta", order="Pedido", ordered="Pedido feito em",
               qty="Quantidade", seller="Vendido por", items="Itens cancelados", total="Total",
               view="Ver seus pedidos", sign="Atenciosamente,", details="Detalhes do pedido"),
    "pl": dict(orders="Twoje zamówienia", account="Twoje konto", order="Zamówienie", ordered="Data zamówienia",
               qty="Ilość", seller="Sprzedawca", items="Anulowane produkty", total="Razem",
               view="Zobacz swoje zamówienia", sign="Pozdrawiamy,", details="Szczegóły zamówienia"),
}

DEFAULT_SELLER = {
    "amazon.nl": "Amazon EU S.à r.l.", "amazon.com.be": "Amazon EU S.à r.l.",
    "amazon.com.br": "Amazon.com.br", "amazon.pl": "Amazon EU S.à r.l.",
}
BRAND = {"amazon.nl": "Amazon.nl", "amazon.com.be": "Amazon.com.be", "amazon.com.br": "Amazon.com.br", "amazon.pl": "Amazon.pl"}
SES_REGION = {"amazon.com.br": "us-east-1", "amazon.nl": "eu-west-1", "amazon.com.be": "eu-west-1", "amazon.pl": "eu-west-1"}

FOOTERS = {
    "nl": [
        ["Deze e-mail is verzonden vanaf een adres dat geen berichten kan ontvangen. Beantwoord deze e-mail daarom niet.",
         "{Mp} vraagt u nooit per e-mail om uw wachtwoord, pincode, volledige creditcardnummer of bankgegevens. Ontvangt u een e-mail die van ons lijkt te komen maar waarin om zulke gegevens wordt gevraagd? Klik dan niet op de links en lees onze tips over [phishing en verdachte e-mails](https://www.{mp}/gp/help/customer/display.html?nodeId=GX2ZQX5J7JYTV9BN).",
         "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister Luxemburg RCS B 101818. Btw-nummer LU 20260743."],
        ["Dit bericht is automatisch verzonden. Reageer er niet op.",
         "Houd je account veilig: deel je wachtwoord of verificatiecode nooit met anderen, ook niet met iemand die zegt dat hij van Amazon is. Twijfel je over een bericht? Controleer het dan altijd via Je bestellingen in de app of op {Mp} en meld verdachte e-mails via stop-spoofing@amazon.com.",
         "Je betaalgegevens worden versleuteld verwerkt. Je beheert ze onder [Je betalingen](https://www.{mp}/cpe/yourpayments/wallet).",
         "© 1996-{year}, Amazon.com, Inc. of gelieerde bedrijven."],
        ["Vragen over betalingen, retourzendingen of de beveiliging van uw account? Ga naar [Klantenservice](https://www.{mp}/gp/help/customer/display.html).",
         "Wij vragen u nooit om gevoelige gegevens, zoals uw wachtwoord of kaartgegevens, via een link in een e-mail te bevestigen.",
         "Deze e-mail is verzonden door Amazon EU S.à r.l. {Mp} en het {Mp}-logo zijn handelsmerken van Amazon.com, Inc. of gelieerde bedrijven."],
    ],
    "pt": [
        ["Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não responda.",
         "A Amazon.com.br nunca pede por e-mail a sua senha, códigos de verificação ou os dados completos do seu cartão. Se receber uma mensagem suspeita em nome da Amazon, não clique em links e confira nossas orientações sobre [phishing e e-mails falsos](https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GX2ZQX5J7JYTV9BN).",
         "Amazon Serviços de Varejo do Brasil Ltda. – CNPJ 15.436.940/0001-03 – Av. Presidente Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo/SP, CEP 04543-011."],
        ["Proteja sua conta: não compartilhe sua senha nem códigos de verificação com ninguém. Seus dados de pagamento são armazenados com criptografia e podem ser gerenciados em [Suas formas de pagamento](https://www.amazon.com.br/cpe/yourpayments/wallet).",
         "Precisa de ajuda? Acesse o [Atendimento ao Cliente](https://www.amazon.com.br/gp/help/customer/display.html).",
         "© 1996-{year}, Amazon.com, Inc. ou suas afiliadas."],
        ["Dúvidas sobre pagamentos, estornos ou segurança da conta? Visite a Central de Ajuda da Amazon.com.br.",
         "Atenção: a Amazon não envia boletos por WhatsApp e não solicita pagamentos via Pix fora do site ou do aplicativo.",
         "Mensagem automática – não é necessário responder."],
    ],
    "pl": [
        ["Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej. Prosimy na nią nie odpowiadać.",
         "Amazon.pl nigdy nie prosi w wiadomościach e-mail o podanie hasła, kodu BLIK, pełnego numeru karty ani danych logowania do banku. Jeśli otrzymasz podejrzaną wiadomość, nie klikaj w linki i sprawdź, jak [rozpoznać phishing](https://www.amazon.pl/gp/help/customer/display.html?nodeId=GX2ZQX5J7JYTV9BN).",
         "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg, RCS Luxembourg B 101818."],
        ["Chroń swoje konto: nie udostępniaj nikomu hasła ani kodów weryfikacyjnych. Dane płatności są szyfrowane; możesz nimi zarządzać w sekcji [Twoje płatności](https://www.amazon.pl/cpe/yourpayments/wallet).",
         "Potrzebujesz pomocy? Odwiedź [Obsługę klienta](https://www.amazon.pl/gp/help/customer/display.html).",
         "© 1996-{year}, Amazon.com, Inc. lub podmioty powiązane."],
        ["Masz pytania dotyczące płatności, zwrotów lub bezpieczeństwa konta? Odwiedź Centrum pomocy Amazon.pl.",
         "Nie podawaj danych karty w odpowiedzi na e-mail – Amazon nigdy o to nie prosi.",
         "Wiadomość wygenerowana automatycznie."],
    ],
}

FIRST = {
    "nl": ["Sanne", "Thomas", "Lotte", "Daan", "Fleur", "Ruben", "Eva", "Lars", "Iris", "Bas"],
    "pt": ["Juliana", "Rafael", "Mariana", "Lucas", "Bruna", "Felipe", "Letícia", "André"],
    "pl": ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Ewa", "Marcin"],
}
LAST = {
    "nl": ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Peeters", "Claes"],
    "pt": ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira"],
    "pl": ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański"],
}
MAILDOM = {
    "amazon.nl": ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl"],
    "amazon.com.be": ["telenet.be", "gmail.com", "skynet.be", "hotmail.be", "proximus.be"],
    "amazon.com.br": ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com.br"],
    "amazon.pl": ["gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl", "op.pl"],
}
_TR = {"á": "a", "à": "a", "â": "a", "ã": "a", "ä": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "í": "i", "ï": "i",
       "ó": "o", "ô": "o", "õ": "o", "ö": "o", "ú": "u", "ü": "u", "ç": "c", "ñ": "n", "ł": "l", "ś": "s", "ż": "z",
       "ź": "z", "ć": "c", "ń": "n", "ą": "a", "ę": "e", " ": "."}
ASCII = str.maketrans(_TR)

def addr_for(name, mp):
    loc = name.lower().translate(ASCII).replace("'", "")
    loc = re.sub(r"[^a-z0-9.]", "", loc)
    if rng.random() < 0.3:
        loc += str(rng.randrange(70, 99))
    return "%s@%s" % (loc, rng.choice(MAILDOM.get(mp, ["gmail.com"])))

def auth_headers(dom, ts, variant, from_dom=None, dkim="pass", dmarc="pass", mailfrom=None):
    """Authentication-Results (+ DKIM-Signature) as a receiving MX would add them."""
    fd = from_dom or dom
    sel = rng.choice(["zp3yb2oumvhcqbbkpgljiry6gbr5ya4a", "c3vnmo6mbbhnv6rxnjodrdqm4xr7sn33", "tsh3zbtpjm2bh2gxvmnaqfgdtqf2h4bf", "s1"])
    bh = base64.b64encode(hashlib.sha256((dom + str(ts)).encode()).digest()).decode()
    b = base64.b64encode(hashlib.sha512((sel + str(ts) + dom).encode()).digest() * 3).decode()
    b = "\n\t".join([b[i:i + 70] for i in range(0, len(b), 70)])
    hs = []
    if mailfrom:
        # a non-Amazon sender (other retailer, free-mail or phishing domain) as seen by the receiving MX
        sel = rng.choice(["20230601", "default", "mail", "s1", "k1"]) if dom != "gmail.com" else "20230601"
        ip = "%d.%d.%d.%d" % (rng.choice([185, 193, 45, 91, 209, 40, 104]), rng.randrange(1, 255), rng.randrange(1, 255), rng.randrange(1, 255))
        ar = ("mx.google.com;\n       dkim=%s header.d=%s header.s=%s header.b=%s;\n"
              "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
              "       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s"
              % (dkim, dom, sel, bh[:8], mailfrom, ip, mailfrom, dmarc, rng.choice(["NONE", "QUARANTINE", "REJECT"]), "QUARANTINE", fd))
        hs.append(("Authentication-Results", ar))
        hs.append(("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\n\th=from:to:subject:date:message-id:mime-version;\n\tbh=%s;\n\tb=%s" % (dom, sel, ts, bh, b)))
        return hs
    bnc = "%s%s" % (dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y%m%d%H%M%S"), rid(24, "0123456789abcdef"))
    if variant == 0:
        ar = ("mx.google.com;\n       dkim=%s header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
              "       spf=pass (google.com: domain of %s@bounces.%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s@bounces.%s;\n"
              "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
              % (dkim, dom, dom, sel, bh[:8], bnc, dom, rng.randrange(1, 60), rng.randrange(1, 250),
                 bnc, dom, dmarc, fd))
    elif variant == 1:
        ar = ("spf=pass (sender IP is 54.240.%d.%d) smtp.mailfrom=bounces.%s; dkim=%s header.d=%s\n"
              " (signature was verified);dmarc=%s action=none header.from=%s;compauth=pass reason=100"
              % (rng.randrange(1, 60), rng.randrange(1, 250), dom, dkim, dom, dmarc, fd))
    else:
        ar = ("mx%d.mail.local; spf=pass smtp.mailfrom=bounces.%s; dkim=%s header.d=%s header.s=%s;\n"
              "\tdmarc=%s header.from=%s" % (rng.randrange(1, 4), dom, dkim, dom, sel, dmarc, fd))
    hs.append(("Authentication-Results", ar))
    hs.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s;\n\tb=%s" % (sel, dom, ts, bh, b)))
    return hs

# --------------------------------------------------------------------------
# HTML layouts
# --------------------------------------------------------------------------
CSS1 = """
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #costBreakdown, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .navigation span { text-decoration:none; color:#CCC; font:15px Arial, san-serif; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#summary td { padding: 0 0 8px 0; }
#orderDetails .heading { width:640px; margin:0 0 3px 0; padding:0 0 3px 0; }
#orderDetails .orderDate { color:#666666; font-size:12px; }
#itemDetails .photo { width:150px; height:115px; text-align:center; padding:0 0 30px 0; }
#itemDetails .name { vertical-align:top; color:#666; padding:10px 10px 30px 10px; }
#itemDetails ul { margin:0; padding:0; }
#itemDetails ul li { list-style-type:none; line-height:14px; padding:0 0 4px 0; }
#itemDetails ul li a { font-size:14px; line-height:14px; }
#itemDetails .price { text-align:right; font-size:14px; padding:10px 0 30px 0; }
#itemDetails .divider { border-top:1px solid #eaeaea; padding:0 0 16px 0; }
#costBreakdown td { width:100%; text-align:right; line-height:18px; padding:0 0 10px 10px; }
.total { font-size:14px; font-weight:bold; }
#closing p { padding:0 0 20px 0; border-bottom:1px solid #eaeaea; margin:0; }
#closing .signature { font-size:16px; line-height:24px; font-weight:bold; }
#legalCopy { font:11px/16px Arial, sans-serif; }
#legalCopy td { padding:20px 0 0 0; }
#legalCopy p { color:#666; margin:0 0 10px 0; }
"""

CSS2 = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.brandImage { width: 130px; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6; border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
.emailContainerTD { padding-left: 23px; padding-right: 23px; padding-top: 25px; padding-bottom: 33px; }
.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; }
.informationTable td { padding-bottom: 18px; }
.informationTable a { color: #002E36; text-decoration: underline; }
.orderDetailsTable { font-size: 15px; line-height: 20px; }
.orderDetailsTableLink { text-decoration: none; color: #008296; }
.orderDetailsTable td { padding-bottom: 20px; }
.itemImage img { max-height: 84px; max-width: 84px; }
.itemTitle { padding-left: 26px; padding-right: 22px; }
.orderIdTable { font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.orderIdTable a { text-decoration: none; color: #879596; }
.separatorMiddle { width: 284px; border-bottom: 1px solid #879596; height:1px; font-size: 1px; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }
.buttonTD { background-color:#ffa723; border-radius:3px; padding:12px 20px; }
.buttonTD a { color:#111111; font-size:16px; text-decoration:none; }
"""

def tracked(ctx, target):
    """Amazon style click-tracking redirect."""
    from urllib.parse import quote
    return "%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s" % (
        ctx["base"], ctx["trk_c"], ctx["trk_k"], ctx["trk_m"], rid(13), quote(target, safe=""), rid(28))

def item_img():
    return "https://m.media-amazon.com/images/I/%s._SS115_.jpg" % rid(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+")

def layout1(m, ctx):
    L = ctx["L"]
    P = lambda s: p_html(s, ctx)
    orders = tracked(ctx, ctx["base"] + "/gp/css/order-history?ref_=pe_%d_cancel" % rng.randrange(10**6))
    acct = tracked(ctx, ctx["base"] + "/gp/css/homepage.html")
    home = tracked(ctx, ctx["base"] + "/")
    pixel = "%s/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" % (
        ctx["base"], ctx["trk_c"], ctx["trk_m"], rid(13))
    h = ['<html xmlns="https://www.w3.org/1999/xhtml">\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=%s" />\n  <style type="text/css">%s</style>\n </head>' % (ctx["cs"].upper(), CSS1)]
    h.append(' <body><img width="1" height="1" src="%s" />' % htmlmod.escape(pixel))
    h.append('  <table id="container" cellpadding="0">\n   <tbody>\n    <tr>\n     <td class="frame">\n      <table id="main" cellpadding="0">\n       <tbody>')
    h.append('        <tr>\n         <td>\n          <table id="header" cellpadding="0">\n           <tbody>\n            <tr>')
    h.append('             <td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel._V192234675_.gif" width="115" height="30" border="0" /></a></td>' % (htmlmod.escape(home), ctx["Mp"]))
    h.append('             <td class="navigation">\n              <table align="right">\n               <tbody>\n                <tr>')
    h.append('                 <td> <a href="%s">%s</a> </td>\n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>\n                 <td> <a href="%s">%s</a> </td>\n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>\n                 <td> <a class="last" href="%s">%s</a> </td>' % (
        htmlmod.escape(orders), L["orders"], htmlmod.escape(acct), L["account"], htmlmod.escape(home), ctx["Mp"]))
    h.append('                </tr>\n               </tbody>\n              </table> </td>\n            </tr>\n            <tr>')
    ordline = ""
    if ctx.get("order"):
        ordline = ' %s #<a href="%s">%s</a>' % (L["order"], htmlmod.escape(orders), ctx["order"])
    h.append('             <td class="title"> <h2>%s</h2>%s </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>' % (htmlmod.escape(m["title"]), ordline))
    h.append('        <tr>\n         <td>\n          <table id="summary" cellpadding="0">\n           <tbody>\n            <tr>\n             <td><span class="heading">%s</span> %s </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>' % (
        htmlmod.escape(m["greet"]), " ".join("<p> %s </p>" % P(x) for x in m["pre"])))
    if m["items"]:
        h.append('        <tr>\n         <td>\n          <table id="orderDetails" cellpadding="0">\n           <tbody>\n            <tr>\n             <td> <h3 class="heading">%s</h3> <span class="orderDate">%s %s</span> </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>' % (
            m.get("items_h") or L["items"], L["ordered"], ctx["odate"]))
        h.append('        <tr>\n         <td>\n          <table id="itemDetails" cellpadding="0">\n           <tbody>')
        for it in m["items"]:
            dp = tracked(ctx, ctx["base"] + "/dp/B0" + rid(8))
            h.append('            <tr>\n             <td class="photo"> <a href="%s"> <img src="%s" width="115" height="115" alt="" border="0" /> </a> </td>' % (htmlmod.escape(dp), item_img()))
            h.append('             <td class="name"> <ul> <li> <a href="%s">%s</a> </li> <li> <span>%s: %d</span> </li> <li> <span>%s: %s</span> </li> </ul> </td>' % (
                htmlmod.escape(dp), htmlmod.escape(it["name"]), L["qty"], it["qty"], L["seller"], htmlmod.escape(it["seller"])))
            h.append('             <td class="price"> <strong>%s</strong> </td>\n            </tr>\n            <tr>\n             <td colspan="3" class="divider"></td>\n            </tr>' % money(ctx["lang"], it["price"] * it["qty"]))
        h.append('           </tbody>\n          </table> </td>\n        </tr>')
        h.append('        <tr>\n         <td>\n          <table id="costBreakdown">\n           <tbody>\n            <tr>\n             <td class="total"> %s: <span class="price">%s</span> </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>' % (L["total"], ctx["total"]))
    h.append('        <tr>\n         <td>\n          <table id="closing" cellpadding="0">\n           <tbody>\n            <tr>\n             <td> %s <p> <br />%s<br /> <span class="signature"> <strong>%s</strong> </span> </p> </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>' % (
        " ".join("<p> %s </p>" % P(x) for x in m["post"]), L["sign"], ctx["Mp"]))
    h.append('        <tr>\n         <td>\n          <table id="legalCopy">\n           <tbody>\n            <tr>\n             <td> %s </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>' % (
        " ".join("<p>%s</p>" % P(x) for x in ctx["foot"])))
    h.append('       </tbody>\n      </table> </td>\n    </tr>\n   </tbody>\n  </table>\n </body>\n</html>\n')
    return "\n".join(h)

def layout2(m, ctx):
    L = ctx["L"]
    P = lambda s: p_html(s, ctx)
    home = tracked(ctx, ctx["base"] + "/")
    orders = tracked(ctx, ctx["base"] + "/gp/your-account/order-details?orderID=%s" % (ctx.get("order") or ""))
    h = ['<!DOCTYPE html>\n<html>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=%s" />\n  <meta name="format-detection" content="telephone=no" />\n  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n  <style>%s</style>\n </head>' % (ctx["cs"], CSS2)]
    h.append(' <body style="width: 100% !important; margin: 0; padding: 0">')
    h.append('  <table id="OutlookWrapper" style="width: 100%"><tbody><tr><td align="center">')
    h.append('   <table class="emailBody">\n    <tbody>\n     <tr>\n      <td class="emailBodyTD"> <a href="%s">' % htmlmod.escape(home))
    h.append('       <table class="brandTable"><tbody><tr><td align="center"> <img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_%s._BG255,255,255_.png" alt="%s" title="%s" class="brandImage" border="0" width="130" /> </td></tr></tbody></table> </a>' % (ctx["mp"].split(".")[-1].upper(), ctx["Mp"], ctx["Mp"]))
    h.append('       <table class="emailContainer">\n        <tbody>\n         <tr>\n          <td class="emailContainerTD">')
    h.append('           <table class="greetingTable"><tbody><tr><td><span>%s</span></td></tr></tbody></table>' % htmlmod.escape(m["greet"]))
    h.append('           <table class="informationTable">\n            <tbody>')
    for x in m["pre"]:
        h.append('             <tr><td><span>%s</span></td></tr>' % P(x))
    h.append('            </tbody>\n           </table>')
    if ctx.get("order"):
        h.append('           <table class="orderIdTable"><tbody><tr><td>%s #<a href="%s">%s</a></td></tr></tbody></table>' % (L["order"], htmlmod.escape(orders), ctx["order"]))
    if m["items"]:
        h.append('           <table class="orderDetailsTable">\n            <tbody>')
        for it in m["items"]:
            dp = tracked(ctx, ctx["base"] + "/dp/B0" + rid(8))
            h.append('             <tr>\n              <td class="itemImage"><a href="%s"><img src="%s" alt="" /></a></td>\n              <td class="itemTitle"><a class="orderDetailsTableLink" href="%s">%s</a><br /><span style="color:#879596">%s: %d &middot; %s</span></td>\n              <td style="white-space:nowrap">%s</td>\n             </tr>' % (
                htmlmod.escape(dp), item_img(), htmlmod.escape(dp), htmlmod.escape(it["name"]), L["qty"], it["qty"], htmlmod.escape(it["seller"]), money(ctx["lang"], it["price"] * it["qty"]).replace(" ", "&nbsp;")))
        h.append('            </tbody>\n           </table>')
    h.append('           <table class="separatorLine"><tbody><tr><td class="separatorMiddle">&nbsp;</td></tr></tbody></table>')
    if m["post"]:
        h.append('           <table class="informationTable" style="font-size:15px;line-height:20px">\n            <tbody>')
        for x in m["post"]:
            h.append('             <tr><td>%s</td></tr>' % P(x))
        h.append('            </tbody>\n           </table>')
    h.append('           <table><tbody><tr><td class="buttonTD"><a href="%s">%s</a></td></tr></tbody></table>' % (htmlmod.escape(orders), L["view"]))
    h.append('          </td>\n         </tr>\n        </tbody>\n       </table>')
    h.append('       <table style="margin-top:14px"><tbody>')
    for x in ctx["foot"]:
        h.append('        <tr><td class="emailClosing">%s</td></tr>' % P(x))
    h.append('       </tbody></table>\n      </td>\n     </tr>\n    </tbody>\n   </table>\n  </td></tr></tbody></table>\n </body>\n</html>\n')
    return "\n".join(h)

def layout3(m, ctx):
    L = ctx["L"]
    P = lambda s: p_html(s, ctx)
    F = "font-family:'Amazon Ember',Arial,sans-serif;"
    orders = tracked(ctx, ctx["base"] + "/gp/css/order-history")
    home = tracked(ctx, ctx["base"] + "/")
    pre_header = m.get("preheader") or m["title"]
    h = ['<!doctype html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<meta name="viewport" content="width=device-width">\n<title>%s</title>\n</head>' % (
        ctx["lang"] if ctx["lang"] != "pt" else "pt-BR", ctx["cs"], htmlmod.escape(m["title"]))]
    h.append('<body style="margin:0;padding:0;background-color:#eaeded;">')
    h.append('<span style="display:none!important;visibility:hidden;opacity:0;height:0;width:0;overflow:hidden;">%s</span>' % htmlmod.escape(pre_header))
    h.append('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eaeded"><tr><td align="center" style="padding:16px 0;">')
    h.append('<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background-color:#ffffff;">')
    h.append('<tr><td style="background-color:#232f3e;padding:14px 24px;"><a href="%s"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/amazon_logo_white.png" width="96" alt="%s" style="display:block;border:0;"></a></td>'
             '<td align="right" style="background-color:#232f3e;padding:14px 24px;%scolor:#ffffff;font-size:13px;"><a href="%s" style="color:#ffffff;text-decoration:none;">%s</a></td></tr>' % (
                 htmlmod.escape(home), ctx["Mp"], F, htmlmod.escape(orders), L["orders"]))
    h.append('<tr><td colspan="2" style="padding:26px 24px 6px 24px;%sfont-size:22px;font-weight:bold;color:#0f1111;">%s</td></tr>' % (F, htmlmod.escape(m["title"])))
    h.append('<tr><td colspan="2" style="padding:6px 24px 0 24px;%sfont-size:14px;line-height:20px;color:#0f1111;"><p style="margin:0 0 12px 0;">%s</p>%s</td></tr>' % (
        F, htmlmod.escape(m["greet"]), "".join('<p style="margin:0 0 12px 0;">%s</p>' % P(x) for x in m["pre"])))
    if ctx.get("order") or m["items"]:
        h.append('<tr><td colspan="2" style="padding:8px 24px 12px 24px;"><table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background-color:#f7f8f8;border:1px solid #d5d9d9;border-radius:8px;"><tr>'
                 '<td style="padding:12px 16px;%sfont-size:13px;color:#565959;">%s<br><b style="color:#0f1111;">%s</b></td>'
                 '<td style="padding:12px 16px;%sfont-size:13px;color:#565959;">%s<br><b style="color:#0f1111;">%s</b></td></tr></table></td></tr>' % (
                     F, L["order"] + " #", ctx.get("order") or "&ndash;", F, L["ordered"], ctx["odate"]))
    if m["items"]:
        h.append('<tr><td colspan="2" style="padding:8px 24px 0 24px;%sfont-size:16px;font-weight:bold;color:#0f1111;">%s</td></tr>' % (F, m.get("items_h") or L["items"]))
        for it in m["items"]:
            h.append('<tr><td colspan="2" style="padding:10px 24px;border-bottom:1px solid #e7e7e7;"><table role="presentation" cellpadding="0" cellspacing="0"><tr>'
                     '<td width="90" valign="top"><img src="%s" width="80" alt="" style="border:0;"></td>'
                     '<td valign="top" style="%sfont-size:14px;line-height:19px;color:#0f1111;padding-left:12px;"><a href="%s" style="color:#007185;text-decoration:none;">%s</a><br>'
                     '<span style="color:#565959;font-size:12px;">%s: %s &middot; %s: %d</span><br><b>%s</b></td></tr></table></td></tr>' % (
                         item_img(), F, htmlmod.escape(tracked(ctx, ctx["base"] + "/dp/B0" + rid(8))), htmlmod.escape(it["name"]), L["seller"], htmlmod.escape(it["seller"]), L["qty"], it["qty"], money(ctx["lang"], it["price"] * it["qty"])))
    h.append('<tr><td colspan="2" style="padding:20px 24px 8px 24px;"><a href="%s" style="display:inline-block;background-color:#ffd814;border:1px solid #fcd200;border-radius:20px;padding:9px 22px;%sfont-size:14px;color:#0f1111;text-decoration:none;">%s</a></td></tr>' % (
        htmlmod.escape(orders), F, L["view"]))
    h.append('<tr><td colspan="2" style="padding:10px 24px 20px 24px;%sfont-size:14px;line-height:20px;color:#0f1111;">%s</td></tr>' % (
        F, "".join('<p style="margin:0 0 12px 0;">%s</p>' % P(x) for x in m["post"])))
    h.append('<tr><td colspan="2" style="padding:18px 24px;background-color:#f3f3f3;%sfont-size:11px;line-height:16px;color:#565959;">%s</td></tr>' % (
        F, "".join('<p style="margin:0 0 8px 0;">%s</p>' % P(x) for x in ctx["foot"])))
    h.append('</table>\n</td></tr></table>\n</body>\n</html>\n')
    return "\n".join(h)

def plain(m, ctx, style):
    L = ctx["L"]
    T = lambda s: wrap(p_text(s, ctx, style))
    out = []
    if style == "A":
        out.append("%s%s%s | %s" % (ctx["Mp"], " " * max(2, 52 - len(ctx["Mp"]) - len(L["orders"]) - len(L["account"])), L["orders"], L["account"]))
        out.append("_" * 68)
        out.append("")
        out.append(m["title"])
        if ctx.get("order"):
            out.append("%s #%s" % (L["order"], ctx["order"]))
        if m["items"]:
            out.append("%s %s" % (L["ordered"], ctx["odate"]))
        out.append("_" * 68)
        out.append("")
        out.append(m["greet"])
        out.append("")
        for x in m["pre"]:
            out += [T(x), ""]
        if m["items"]:
            out.append(m.get("items_h") or L["items"])
            out.append("-" * 68)
            for it in m["items"]:
                out.append(wrap(it["name"], 68))
                out.append("  %s: %d" % (L["qty"], it["qty"]))
                out.append("  %s: %s" % (L["seller"], it["seller"]))
                out.append("  %s" % money(ctx["lang"], it["price"] * it["qty"]))
                out.append("")
            out.append("%s: %s" % (L["total"], ctx["total"]))
            out.append("-" * 68)
            out.append("")
        for x in m["post"]:
            out += [T(x), ""]
        out.append("_" * 68)
        out.append("")
        for x in ctx["foot"]:
            out += [T(x), ""]
    else:
        out.append(ctx["Mp"])
        out.append("=" * 60)
        out.append("")
        out.append(m["greet"])
        out.append("")
        for x in m["pre"]:
            out += [T(x), ""]
        if ctx.get("order"):
            out.append("%s #%s" % (L["order"], ctx["order"]))
            out.append("")
        for it in m["items"]:
            out.append("    %s" % it["name"])
            out.append("    %d x %s" % (it["qty"], money(ctx["lang"], it["price"])))
            out.append("")
        for x in m["post"]:
            out += [T(x), ""]
        out.append("=" * 60)
        for x in ctx["foot"]:
            out += [T(x), ""]
    return "\n".join(out).rstrip() + "\n"

LAYOUTS = {1: layout1, 2: layout2, 3: layout3}

# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
BASE_TIME = dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc)
DATES = {}

def pick_date(m):
    if m.get("after"):
        prev = DATES[m["after"]]
        d = prev + dt.timedelta(days=rng.randrange(2, 7), hours=rng.randrange(0, 12), minutes=rng.randrange(60), seconds=rng.randrange(60))
    else:
        d = BASE_TIME + dt.timedelta(days=rng.randrange(0, 480), hours=rng.randrange(5, 23), minutes=rng.randrange(60), seconds=rng.randrange(60))
    DATES[m["id"]] = d
    return d

ORDERS = {}
ODATES = {}

def norm_items(m, mp):
    out = []
    for it in m.get("items", []):
        name, price = it[0], it[1]
        qty = it[2] if len(it) > 2 else 1
        seller = it[3] if len(it) > 3 else (m.get("seller") or DEFAULT_SELLER.get(mp, "Amazon"))
        out.append(dict(name=name, price=price, qty=qty, seller=seller))
    return out

def build(m):
    lang = m["lang"]
    mp = m.get("mp")
    d = pick_date(m)
    ts = int(d.timestamp())
    # order number
    order = m.get("order", "auto")
    if order == "auto":
        if m.get("thread") and m["thread"] in ORDERS:
            order = ORDERS[m["thread"]]
        else:
            order = order_no()
            if m.get("thread"):
                ORDERS[m["thread"]] = order
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "qp")
    items = norm_items(m, mp)
    m["items"] = items
    m.setdefault("pre", [])
    m.setdefault("post", [])
    m.setdefault("title", "")
    m.setdefault("greet", "")
    L = dict(LBL["nl_je" if (lang == "nl" and m.get("je")) else lang])
    L.update(m.get("lbl", {}))
    Mp = m.get("brand") or BRAND.get(mp, mp or "")
    odate = date_str(lang, d - dt.timedelta(days=rng.randrange(0, 4)))
    if m.get("thread"):
        odate = ODATES.setdefault(m["thread"], odate)
    total = money(lang, sum(i["price"] * i["qty"] for i in items)) if items else ""
    ctx = dict(order=order, mp=mp, Mp=Mp, lang=lang, cs=cs, L=L, odate=odate, total=total,
               date=date_str(lang, d), year=d.year, base=m.get("linkbase") or ("https://www.%s" % mp),
               trk_c=rid(13), trk_k=rid(13), trk_m="%s%s" % (d.strftime("%Y%m%d%H%M%S"), rid(30, "0123456789abcdef")),
               item0=items[0]["name"] if items else "")
    foot = m.get("foot", 0)
    if isinstance(foot, int):
        foot = FOOTERS[lang][foot % len(FOOTERS[lang])]
    ctx["foot"] = foot
    # subject / bodies
    subj = fmt(m["subj"], ctx)
    fmt_ = m.get("fmt", "alt")
    text = html = None
    if fmt_ in ("alt", "text"):
        text = m["text_raw"].format_map(ctx) if m.get("text_raw") else plain(m, ctx, m.get("ps", "A"))
    if fmt_ in ("alt", "html"):
        html = m["html_raw"].format_map(ctx) if m.get("html_raw") else LAYOUTS[m.get("layout", 1)](m, ctx)
    cte_html = m.get("cte_html", cte)
    if fmt_ == "alt":
        root = MIMEMultipart("alternative")
        root.set_boundary(m.get("boundary") or "----=_Part_%d_%d.%d" % (rng.randrange(10**6, 10**8), rng.randrange(10**8, 10**10), ts * 1000 + rng.randrange(1000)))
        root.attach(mk_part(text, "plain", cs, cte))
        root.attach(mk_part(html, "html", m.get("cs_html", cs), cte_html))
    elif fmt_ == "text":
        root = mk_part(text, "plain", cs, cte)
    else:
        root = mk_part(html, "html", cs, cte_html)
    content_hdrs = [(k, root[k]) for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding") if root[k] is not None]
    for k, _ in content_hdrs:
        del root[k]
    # headers
    hcs = cs if cs != "utf-8" else "utf-8"
    def hdr(s):
        try:
            s.encode("ascii")
            return s
        except UnicodeEncodeError:
            try:
                s.encode(hcs)
                return Header(s, hcs).encode(maxlinelen=76)
            except UnicodeEncodeError:
                return Header(s, "utf-8").encode(maxlinelen=76)
    fname, faddr = m["frm"]
    fdom = faddr.split("@")[1]
    amazon_sender = m.get("amazon_sender", fdom == mp)
    hs = []
    if amazon_sender:
        bounce = "%s%s@bounces.%s" % (d.strftime("%Y%m%d%H%M%S"), rid(24, "0123456789abcdef"), fdom)
        hs.append(("Return-Path", "<%s>" % bounce))
        region = SES_REGION.get(mp, "eu-west-1")
        ip = "54.240.%d.%d" % (rng.randrange(1, 60), rng.randrange(1, 250))
        hs.append(("Received", "from %s.smtp-out.%s.amazonses.com (%s.smtp-out.%s.amazonses.com [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
            "a" + ip.replace(".", "-")[7:], region, "a" + ip.replace(".", "-")[7:], region, ip,
            rng.choice(["mx.google.com", "mx1.mail.local", "mail-relay.local"]), rid(16).lower(), "%s", format_datetime(d + dt.timedelta(seconds=2)))))
    elif m.get("received"):
        hs.append(("Received", m["received"] + "; " + format_datetime(d + dt.timedelta(seconds=3))))
    auth = m.get("auth")
    if auth:
        if auth is True:
            auth = {}
        hs += auth_headers(auth.get("dom", fdom), ts, auth.get("variant", rng.randrange(3)), auth.get("from_dom", fdom),
                           auth.get("dkim", "pass"), auth.get("dmarc", "pass"), None if amazon_sender else faddr)
    hs.append(("Date", format_datetime(d) if not m.get("tz") else format_datetime(d.astimezone(dt.timezone(dt.timedelta(hours=m["tz"]))))))
    hs.append(("From", formataddr((fname, faddr), charset="utf-8") if fname else faddr))
    if m.get("reply_to", "auto") == "auto":
        if amazon_sender:
            hs.append(("Reply-To", "no-reply@%s" % fdom))
    elif m.get("reply_to"):
        hs.append(("Reply-To", m["reply_to"]))
    to_name = m.get("to") or "%s %s" % (rng.choice(FIRST[lang]), rng.choice(LAST[lang]))
    to_addr = m.get("to_addr") or addr_for(to_name, mp or {"nl": "amazon.nl", "pt": "amazon.com.br", "pl": "amazon.pl"}[lang])
    hs.append(("To", to_addr if rng.random() < 0.5 else formataddr((to_name, to_addr), charset="utf-8")))
    for k, v in hs:
        if k == "Received":
            v = v.replace("for <%s>", "for <%s>" % to_addr)
        root[k] = v
    if amazon_sender:
        root["Message-ID"] = "<%s%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
            "0102018", rid(9, "0123456789abcdef"), rid(8, "0123456789abcdef"), rid(4, "0123456789abcdef"), rid(4, "0123456789abcdef"), rid(4, "0123456789abcdef"),
            rid(12, "0123456789abcdef"), SES_REGION.get(mp, "eu-west-1"))
    else:
        root["Message-ID"] = "<%s.%s@%s>" % (rid(16, "0123456789abcdef"), rid(8, "0123456789"), m.get("msgid_dom") or fdom)
    for k, v in m.get("headers", []):
        root[k] = fmt(v, ctx)
    root["Subject"] = hdr(subj)
    for k, v in content_hdrs:
        root[k] = v
    if amazon_sender:
        root["X-AMAZON-MAIL-RELAY-TYPE"] = "notification"
        root["Bounces-to"] = bounce
        root["X-AMAZON-RTE-VERSION"] = "2.0"
        root["Feedback-ID"] = "1.%s.%s=:AmazonSES" % (SES_REGION.get(mp, "eu-west-1"), rid(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    ctx["subject"] = subj
    return root, order

def write_eml(root, path):
    import io
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=998).flatten(root)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

MAILS = []

def N(**kw):
    """notice"""
    kw.setdefault("kind", "notice")
    MAILS.append(kw)

def X(**kw):
    """non-notice"""
    kw.setdefault("kind", "non_notice")
    kw.setdefault("cause", None)
    kw.setdefault("sr", False)
    MAILS.append(kw)

def K(**kw):
    """lookalike (phishing)"""
    kw.setdefault("kind", "lookalike")
    kw["label_mp"] = None
    MAILS.append(kw)

# ==========================================================================
# DUTCH  (amazon.nl / amazon.com.be)
# ==========================================================================
OU = ("Amazon.nl", "order-update@amazon.nl")
OUBE = ("Amazon.com.be", "order-update@amazon.com.be")

# ---- inventory_shortage ---------------------------------------------------
N(id="nl01", lang="nl", mp="amazon.nl", frm=OU, to="Sanne Vermeulen", cause="inventory_shortage", sr=True,
  note="out of stock, not expected back", fmt="alt", layout=1, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Uw Amazon.nl-bestelling #{order} is geannuleerd", title="Bestelling geannuleerd", greet="Hallo Sanne,",
  pre=["Helaas moeten we u laten weten dat we uw bestelling hebben geannuleerd. Het onderstaande artikel is bij ons uitverkocht en we verwachten het niet meer binnen te krijgen.",
       "Er is niets van uw rekening afgeschreven. Een eventuele reservering op uw creditcard vervalt automatisch binnen enkele werkdagen."],
  items=[("Tefal Easy Fry Precision+ airfryer EY1508, 4,2 liter, zwart", 79.99)],
  post=["Zoekt u een vergelijkbaar artikel? Bekijk de [aanbiedingen van andere verkopers](https://www.amazon.nl/gp/offer-listing/B0C1K3Z7QP) of ga naar [Uw bestellingen](https://www.amazon.nl/gp/css/order-history).",
        "Onze excuses voor het ongemak."])

N(id="nl02", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "marketplace-messages@amazon.nl"), to="Ruben Visser",
  cause="inventory_shortage", sr=True, note="seller cancelled, item not deliverable", fmt="text", ps="A", cs="utf-8", cte="8bit", foot=2,
  subj="Artikel geannuleerd: Canon EOS R50 body + RF-S 18-45mm objectief", title="Annulering door verkoper", greet="Beste klant,",
  seller="FotoVak Benelux",
  pre=["De verkoper FotoVak Benelux heeft uw bestelling {order} geannuleerd. Volgens de verkoper is de camera op dit moment niet leverbaar en kan hij niet zeggen wanneer er weer nieuwe voorraad binnenkomt.",
       "Omdat het artikel nog niet was verzonden, is er geen bedrag in rekening gebracht."],
  items=[("Canon EOS R50 systeemcamera body + RF-S 18-45mm F4.5-6.3 IS STM objectief, zwart", 829.00)],
  post=["Heeft u vragen over deze annulering? Neem dan rechtstreeks contact op met de verkoper via Uw bestellingen > Contact opnemen met verkoper.",
        "Let op: communiceer met verkopers uitsluitend via het berichtencentrum van Amazon. Betalingen die buiten Amazon.nl om worden gedaan, vallen niet onder de A-tot-Z-garantie."])

N(id="nl03", lang="nl", mp="amazon.com.be", frm=OUBE, to="Wouter Peeters", cause="inventory_shortage", sr=True,
  note="pre-order cannot be filled (publisher allocation)", fmt="html", layout=2, cs="iso-8859-1", cte="qp", auth=True, foot=2,
  subj="Uw pre-order is geannuleerd – bestelling {order}", title="Pre-order geannuleerd", greet="Goedendag Wouter,",
  pre=["We hadden u graag op de releasedag verrast, maar de uitgever heeft ons laten weten dat er minder exemplaren beschikbaar komen dan gepland. Wij krijgen er geen meer toegewezen en kunnen uw pre-order dus niet uitvoeren.",
       "De reservering is inmiddels geannuleerd. Er werd niets afgeschreven: bij pre-orders rekenen we pas af op het moment van verzending."],
  items=[("Nintendo Switch – The Legend of Zelda: Echoes of Wisdom (Collector's Edition)", 89.99)],
  post=["Komt het artikel later toch weer beschikbaar, dan ziet u dat op de productpagina. Vragen? Ga naar [Klantenservice](https://www.amazon.com.be/gp/help/customer/contact-us)."])

N(id="nl04", lang="nl", mp="amazon.nl", frm=OU, to="Marieke Smit", cause="inventory_shortage", sr=True,
  note="partial; labelled 'Reden:' line, supplier could not deliver", fmt="text", ps="B", cs="iso-8859-1", cte="qp", foot=0,
  subj="1 artikel is geannuleerd uit uw bestelling #{order}", title="Artikel geannuleerd", greet="Hallo Marieke,",
  pre=["Een van de artikelen uit uw bestelling wordt niet geleverd. De overige artikelen worden gewoon verzonden; daarover ontvangt u een aparte e-mail.",
       "Reden: onze leverancier heeft het artikel niet meer kunnen aanleveren."],
  items=[("Ravensburger puzzel Nederlandse Molens – 1000 stukjes", 16.49)],
  post=["Het bedrag voor dit artikel wordt niet in rekening gebracht. Het totaalbedrag van uw bestelling is aangepast."])

# ---- payment_issue ---------------------------------------------------------
X(id="nl05a", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "payments-messages@amazon.nl"), to="Thomas Bakker", thread="nlT1",
  note="thread", fmt="alt", layout=3, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Actie vereist: betaling voor uw bestelling {order} mislukt", title="Uw betaling is geweigerd", greet="Hallo Thomas,",
  pre=["We hebben geprobeerd uw Visa-creditcard eindigend op 4417 te belasten voor de onderstaande bestelling, maar de kaartuitgever heeft de betaling geweigerd.",
       "Controleer uw betaalgegevens of kies een andere betaalmethode via [Betaling herzien](https://www.amazon.nl/gp/css/order/edit.html?orderID={order}&type=payment). Doe dit binnen 7 dagen, zodat we uw bestelling verder kunnen verwerken."],
  items_h="Bestelde artikelen",
  items=[("Garmin Forerunner 265 GPS-hardloophorloge, zwart/poedergrijs", 399.99)],
  post=["Uw bestelling is nog niet verzonden. Zodra de betaling is gelukt, hoort u van ons wanneer het pakket onderweg is."])

N(id="nl05", lang="nl", mp="amazon.nl", frm=OU, to="Thomas Bakker", thread="nlT1", after="nl05a",
  cause="payment_issue", sr=False, note="thread: cause from earlier mail", fmt="text", ps="A", cs="utf-8", cte="b64", auth=True, foot=2,
  subj="Uw bestelling #{order} is geannuleerd", title="Bestelling geannuleerd", greet="Hallo Thomas,",
  pre=["Uw bestelling met het onderstaande artikel is geannuleerd.", "U hoeft verder niets te doen. Er is niets in rekening gebracht."],
  items=[("Garmin Forerunner 265 GPS-hardloophorloge, zwart/poedergrijs", 399.99)],
  post=["Wilt u het artikel toch nog hebben? Plaats dan een nieuwe bestelling via [Amazon.nl](https://www.amazon.nl)."])

N(id="nl06", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "payments-messages@amazon.nl"), to="Fatima El Amrani",
  cause="payment_issue", sr=True, note="authorisation failed, no new payment method in time", fmt="alt", layout=3, cs="utf-8", cte="qp", auth=True, foot=2,
  subj="Bestelling {order} geannuleerd", title="Uw bestelling is geannuleerd", greet="Beste Fatima,",
  pre=["Eerder lieten we u weten dat we de betaling voor uw bestelling niet konden autoriseren. Omdat er binnen de gestelde termijn geen geldige betaalmethode is toegevoegd, hebben we de bestelling moeten annuleren.",
       "Er zijn geen kosten in rekening gebracht."],
  items=[("Dyson V12 Detect Slim Absolute steelstofzuiger", 549.00)],
  post=["Controleer de vervaldatum en het factuuradres van uw kaart in [Uw betalingen](https://www.amazon.nl/cpe/yourpayments/wallet) voordat u opnieuw bestelt."])

N(id="nl07", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "auto-confirm@amazon.nl"), to="Daan Mulder", je=True,
  cause="payment_issue", sr=True, note="iDEAL payment not completed", fmt="text", ps="B", cs="iso-8859-1", cte="8bit", auth=True, foot=1,
  subj="Informatie over je Amazon.nl-bestelling", title="Bestelling geannuleerd", greet="Hoi Daan,",
  pre=["We hebben geen betaling ontvangen voor je bestelling {order}. De iDEAL-transactie is niet afgerond (misschien is het betaalscherm gesloten of is de betaling in je bankapp afgebroken), dus hebben we de bestelling geannuleerd."],
  items=[("Oral-B iO Series 7 elektrische tandenborstel, Sapphire Blue", 129.99), ("Oral-B iO opzetborstels Ultimate Clean, 4 stuks", 34.99)],
  post=["Je bankrekening is niet belast. Wil je de artikelen nog steeds hebben? Plaats dan een nieuwe bestelling en rond de betaling meteen af.",
        "Tip: kijk in je bankapp of er nog openstaande betaalverzoeken zijn."])

N(id="nl08", lang="nl", mp="amazon.com.be", frm=OUBE, to="Lotte Claes",
  cause="payment_issue", sr=True, note="gift card balance insufficient + Bancontact declined", fmt="html", layout=1, cs="utf-8", cte="b64", foot=0,
  subj="Uw bestelling bij Amazon.com.be ({order}) werd geannuleerd", title="Bestelling geannuleerd", greet="Beste Lotte,",
  pre=["Het tegoed van uw cadeaubon volstond niet om de volledige bestelling te betalen, en de aanvullende betaling met uw Bancontact-kaart werd door uw bank geweigerd. We zagen ons daarom genoodzaakt de bestelling te annuleren.",
       "Het cadeaubontegoed dat voor deze bestelling was gereserveerd, staat weer volledig op uw account."],
  items=[("LEGO Icons 10311 Orchidee, bouwset voor volwassenen", 44.99), ("LEGO Icons 10328 Rozenboeket", 54.99)],
  post=["Wilt u opnieuw bestellen? Controleer dan eerst het saldo van uw [cadeaubon](https://www.amazon.com.be/gc/balance) en uw betaalmethoden."])

# ---- technical_issue -------------------------------------------------------
N(id="nl09", lang="nl", mp="amazon.nl", frm=OU, to="Kees van Dijk",
  cause="technical_issue", sr=True, note="pricing error, 'Amazon heeft besloten'", fmt="alt", layout=2, cs="utf-8", cte="8bit", auth=True, foot=0,
  subj="Annulering van uw bestelling {order}", title="Annulering", greet="Hallo Kees,",
  pre=["Door een fout in onze prijsinformatie werd het onderstaande artikel korte tijd voor € 34,90 aangeboden in plaats van € 349,00. Omdat die prijs niet klopte, heeft Amazon besloten alle bestellingen die in die periode zijn geplaatst te annuleren, ook die van u.",
       "Er is niets afgeschreven. We begrijpen dat dit teleurstellend is en bieden onze excuses aan."],
  items=[("Sony WH-1000XM5 draadloze koptelefoon met noise cancelling, zwart", 34.90)],
  post=["Het artikel is weer te koop voor de juiste prijs op de [productpagina](https://www.amazon.nl/dp/B09Y2MYL5C)."])

N(id="nl10", lang="nl", mp="amazon.nl", frm=OU, to="Henk Jansen",
  cause="technical_issue", sr=True, note="system outage; denies payment problem", fmt="text", ps="A", cs="utf-8", cte="qp", auth=True, foot=2,
  subj="Uw Amazon.nl-bestelling {order} is geannuleerd", title="Bestelling geannuleerd", greet="Beste meneer Jansen,",
  pre=["Dit heeft niets te maken met uw betaalmethode of uw account: bij het verwerken van uw bestelling is er aan onze kant iets misgegaan. Door een storing in ons bestelsysteem kon de bestelling niet worden afgerond, waarna deze automatisch is geannuleerd.",
       "Het bedrag dat op uw kaart was gereserveerd, wordt vrijgegeven. Afhankelijk van uw bank kan dat tot vijf werkdagen duren."],
  items=[("Bosch accuboormachine AdvancedDrill 18 incl. accu 2,5 Ah en lader", 119.00)],
  post=["U kunt het artikel gewoon opnieuw bestellen. Excuses voor het ongemak."])

N(id="nl11", lang="nl", mp="amazon.nl", frm=OU, to="Noor Hendriks", je=True,
  cause="technical_issue", sr=True, note="listing error; present tense 'we annuleren'", fmt="html", layout=3, cs="iso-8859-1", cte="qp", foot=1,
  subj="We annuleren je bestelling {order}", title="Je bestelling wordt geannuleerd", greet="Hoi Noor,",
  pre=["We annuleren je bestelling, omdat de productpagina niet klopte: de foto's en de beschrijving hoorden bij een ander model dan het artikel dat we je zouden sturen. We willen niet dat je iets ontvangt wat je niet hebt besteld.",
       "Je betaalt hier niets voor."],
  items=[("Moccamaster KBG Select koffiezetapparaat, Matt Black", 179.00)],
  post=["De productpagina wordt op dit moment aangepast. Zodra alles klopt, kun je het artikel opnieuw bestellen."])

# ---- fraud_prevention ------------------------------------------------------
X(id="nl12a", lang="nl", mp="amazon.com.be", frm=("Amazon.com.be", "account-update@amazon.com.be"), to="Jeroen Wouters", thread="nlT2",
  note="thread", fmt="alt", layout=2, cs="utf-8", cte="qp", auth=True, foot=0, order="auto",
  subj="Uw Amazon-account staat tijdelijk in de wacht", title="Account in de wacht", greet="Beste Jeroen,",
  pre=["Bij een controle van uw account hebben we activiteit gezien die we eerst willen verifiëren. Tot die verificatie is afgerond, staat uw account in de wacht en worden openstaande bestellingen niet verwerkt, waaronder bestelling {order}.",
       "Meld u aan op uw account en volg de aanwijzingen om uw gegevens te bevestigen. Meestal duurt dat maar enkele minuten."],
  post=["We vragen u nooit om uw wachtwoord per e-mail te sturen of telefonisch door te geven."])

N(id="nl12", lang="nl", mp="amazon.com.be", frm=OUBE, to="Jeroen Wouters", thread="nlT2", after="nl12a",
  cause="fraud_prevention", sr=False, note="thread: cause from earlier mail", fmt="text", ps="B", cs="utf-8", cte="8bit", foot=2,
  subj="Bestelling {order} geannuleerd", title="Bestelling geannuleerd", greet="Beste Jeroen,",
  pre=["We bevestigen dat uw bestelling {order} werd geannuleerd.", "De artikelen hieronder worden niet verzonden en er wordt niets aangerekend."],
  items=[("Apple AirPods Pro (2e generatie) met MagSafe-oplaadcase (USB-C)", 279.00), ("Apple AirTag, set van 4", 119.00)],
  post=["Neem voor vragen contact op met onze [Klantenservice](https://www.amazon.com.be/hz/contact-us)."])

N(id="nl13", lang="nl", mp="amazon.nl", frm=OU, to="Ilse de Boer",
  cause="fraud_prevention", sr=True, note="unusual account activity; denies payment problem", fmt="alt", layout=1, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Uw bestelling bij Amazon.nl is geannuleerd", title="Bestelling geannuleerd", greet="Hallo Ilse,",
  pre=["Er is niets mis met uw betaalmethode. Tijdens een routinecontrole zagen onze systemen wel ongebruikelijke activiteit op uw account, zoals aanmeldingen vanaf een onbekend apparaat kort voor deze bestelling. Uit voorzorg is de bestelling hieronder geannuleerd.",
       "Om uw account te beschermen raden we u aan uw wachtwoord te wijzigen via [Inloggen en beveiliging](https://www.amazon.nl/ap/cnep) en tweestapsverificatie in te schakelen."],
  items=[("Samsung Galaxy Tab S9 FE 128 GB wifi, grijs", 399.00)],
  post=["Er zijn geen kosten gemaakt. Heeft u de bestelling zelf geplaatst? Dan kunt u na het wijzigen van uw wachtwoord gewoon opnieuw bestellen."])

N(id="nl14", lang="nl", mp="amazon.nl", frm=OU, to="Bas Meijer",
  cause="fraud_prevention", sr=True, note="held for security review by security team", fmt="text", ps="A", cs="iso-8859-1", cte="b64", foot=0,
  subj="Uw bestelling {order}", title="Bestelling niet uitgevoerd", greet="Beste klant,",
  pre=["Uw bestelling is door ons beveiligingsteam tegengehouden voor een aanvullende controle. Na beoordeling hebben wij besloten de bestelling niet uit te voeren en haar te annuleren.",
       "Om veiligheidsredenen kunnen wij u geen verdere details over deze beoordeling geven."],
  items=[("Nintendo eShop-kaart 50 euro – downloadcode", 50.00, 3)],
  post=["Er is niets in rekening gebracht. Denkt u dat dit een vergissing is? Neem dan contact op met de Klantenservice via https://www.amazon.nl/contact-us."])

# ---- customer_request ------------------------------------------------------
N(id="nl15", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "auto-confirm@amazon.nl"), to="Sanne Kuipers",
  cause="customer_request", sr=True, note="successful cancellation as requested", fmt="alt", layout=2, cs="utf-8", cte="b64", auth=True, foot=2,
  subj="Annulering gelukt: bestelling {order}", title="Annulering gelukt", greet="Hallo Sanne,",
  pre=["Zoals u had gevraagd, hebben we uw bestelling geannuleerd. U ontvangt de artikelen hieronder dus niet.",
       "Omdat de bestelling nog niet was verzonden, is er niets afgeschreven."],
  items=[("Fiskars snoeischaar PowerGear X PX92, bypass", 37.95)],
  post=["Wilt u nog iets anders bestellen? Bezoek [Amazon.nl](https://www.amazon.nl)."])

N(id="nl16", lang="nl", mp="amazon.nl", frm=OU, to="Eva Brouwer",
  cause="customer_request", sr=True, note="partial; labelled 'Reden van annulering: Geannuleerd door klant'", fmt="text", ps="B", cs="utf-8", cte="8bit", auth=True, foot=0,
  subj="Gedeeltelijke annulering van artikel(en) uit uw Amazon.nl-bestelling", title="Gedeeltelijke annulering", greet="Hallo,",
  pre=["U heeft onlangs gevraagd om een of meer artikelen uit bestelling {order} te annuleren. Dat verzoek is verwerkt.",
       "Reden van annulering: Geannuleerd door klant"],
  items=[("Pampers Baby-Dry luiers maat 4, maandbox 174 stuks", 52.99)],
  post=["De andere artikelen uit deze bestelling worden zoals gepland verzonden.",
        "De status van uw bestelling vindt u altijd in [Uw bestellingen](https://www.amazon.nl/gp/css/order-history)."])

N(id="nl17", lang="nl", mp="amazon.com.be", frm=("Amazon.com.be", "marketplace-messages@amazon.com.be"), to="Pieter Maes",
  cause="customer_request", sr=True, note="seller accepted customer's cancellation request", fmt="html", layout=3, cs="iso-8859-1", cte="8bit", foot=2,
  subj="Uw annuleringsverzoek voor bestelling {order}", title="Annuleringsverzoek aanvaard", greet="Beste Pieter,", seller="BeluxGaming",
  pre=["Goed nieuws: de verkoper, BeluxGaming, heeft uw verzoek om de bestelling te annuleren aanvaard. De bestelling is daarmee geannuleerd.",
       "Als er al een betaling was uitgevoerd, wordt die binnen drie tot vijf werkdagen teruggestort op de oorspronkelijke betaalmethode."],
  items=[("Logitech G Pro X Superlight 2 draadloze gamingmuis, wit", 159.99)],
  post=["U kunt de verkoper beoordelen via Uw bestellingen."])

# ---- unknown: no reason ------------------------------------------------------
N(id="nl18", lang="nl", mp="amazon.nl", frm=OU, to="Bram Willems",
  cause="unknown", sr=False, note="no reason given", fmt="alt", layout=1, cs="utf-8", cte="qp", foot=2,
  subj="Uw Amazon.nl-bestelling #{order} is geannuleerd", title="Bestelling geannuleerd", greet="Hallo Bram,",
  pre=["Hierbij laten we u weten dat uw bestelling {order} is geannuleerd.",
       "Er is geen bedrag van uw rekening afgeschreven. Staat er een autorisatie op uw kaart, dan wordt die vrijgegeven."],
  items=[("Brabantia Bo Touch Bin afvalemmer 36 L, Matt Black", 169.00)],
  post=["Meer informatie vindt u in [Uw bestellingen](https://www.amazon.nl/gp/css/order-history)."])

N(id="nl19", lang="nl", mp="amazon.nl", frm=OU, to="Anouk Dekker",
  cause="unknown", sr=False, note="no reason given, partial items list", fmt="text", ps="A", cs="iso-8859-1", cte="qp", foot=0,
  subj="Artikelen geannuleerd uit uw bestelling", title="Geannuleerde artikelen", greet="Beste Anouk,",
  pre=["De volgende artikelen uit uw bestelling {order} zijn geannuleerd:"],
  items=[("Stabilo Boss Original markeerstiften, etui van 10", 11.99), ("Leitz 180° ordner A4, 80 mm, zwart – set van 5", 24.95)],
  post=["Wij brengen u voor deze artikelen niets in rekening."])

N(id="nl20", lang="nl", mp="amazon.com.be", frm=("Amazon.com.be", "no-reply@amazon.com.be"), to="Sofie Janssens",
  cause="unknown", sr=False, note="no reason given", fmt="alt", layout=2, cs="utf-8", cte="8bit", auth=True, foot=0, reply_to=None,
  subj="Informatie over uw bestelling bij Amazon.com.be", title="Bestelling geannuleerd", greet="Beste Sofie,",
  pre=["Wij hebben uw bestelling {order} geannuleerd. Dit bericht dient als bevestiging; u hoeft niets te doen.",
       "Mocht er al een bedrag zijn gereserveerd, dan wordt het automatisch vrijgegeven."],
  items=[("Philips Hue White and Color Ambiance starterkit E27, 3 lampen + Bridge", 149.99)],
  post=["Hebt u nog vragen? Bekijk onze [hulppagina's](https://www.amazon.com.be/gp/help/customer/display.html)."])

# ---- unknown: reason outside the four ----------------------------------------
N(id="nl21", lang="nl", mp="amazon.nl", frm=OU, to="Joost van Leeuwen",
  cause="unknown", sr=True, note="address undeliverable (bulky item to parcel locker)", fmt="text", ps="B", cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Uw bestelling {order} kan niet worden bezorgd en is geannuleerd", title="Bestelling geannuleerd", greet="Hallo Joost,",
  pre=["We moesten uw bestelling annuleren, omdat we niet kunnen leveren op het opgegeven adres. Het gaat om een groot artikel dat alleen aan huis kan worden bezorgd, terwijl het adres in uw bestelling een pakketautomaat is.",
       "Er is niets afgeschreven."],
  items=[("Fatboy Original zitzak, Dark Grey", 229.00)],
  post=["Bestel het artikel opnieuw met een huisadres om het wel te ontvangen. U beheert uw adressen onder [Uw adressen](https://www.amazon.nl/a/addresses)."])

N(id="nl22", lang="nl", mp="amazon.nl", frm=OU, to="Elke Vermeersch",
  cause="unknown", sr=True, note="item cannot be shipped to Belgium (lithium battery restriction); denies payment/stock", fmt="html", layout=3, cs="utf-8", cte="b64", foot=0,
  subj="Uw bestelling {order} is geannuleerd", title="Bestelling geannuleerd", greet="Hallo Elke,",
  pre=["Het artikel in uw bestelling mag vanwege vervoersbeperkingen voor lithiumaccu's niet naar België worden verzonden. Daarom is de bestelling geannuleerd.",
       "Dit heeft niets te maken met uw betaling of met de voorraad van het artikel."],
  items=[("Accupack 48V 13Ah voor e-bike, bagagedrager-model, incl. lader", 389.00)],
  post=["Er is niets in rekening gebracht. Op [Amazon.com.be](https://www.amazon.com.be) vindt u mogelijk vergelijkbare artikelen die wel naar uw adres kunnen worden verzonden."])

# ---- non-notices -------------------------------------------------------------
X(id="nl_x1", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "shipment-tracking@amazon.nl"), to="Lars Smit",
  note="shipping confirmation; footer mentions 14-day cancellation right", fmt="alt", layout=1, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Uw Amazon.nl-bestelling #{order} van 1 artikel is verzonden", title="Verzendbevestiging", greet="Hallo,",
  pre=["We willen u laten weten dat we uw artikel(en) hebben verzonden. Uw bestelling is onderweg en kan niet meer worden gewijzigd. Wilt u een artikel retourneren of andere bestellingen beheren? Ga dan naar [Uw bestellingen](https://www.amazon.nl/gp/css/order-history).",
       "Verwachte bezorging: donderdag. Uw pakket wordt bezorgd door PostNL, trackingnummer 3SAMZ71428836."],
  items_h="Verzonden artikelen",
  items=[("JBL Flip 6 draagbare bluetooth-speaker, blauw", 99.00)],
  post=["U kunt deze overeenkomst binnen 14 dagen na ontvangst van het artikel zonder opgave van redenen herroepen (behoudens [bepaalde uitzonderingen](https://www.amazon.nl/gp/help/customer/display.html?nodeId=201819090)). Wij betalen dan alle ontvangen betalingen terug."])

X(id="nl_x2", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "payments-messages@amazon.nl"), to="Iris Bos",
  note="payment reminder before cancellation (update payment or order will be cancelled)", fmt="text", ps="A", cs="iso-8859-1", cte="qp", foot=0,
  subj="Werk uw betaalgegevens bij om bestelling {order} te behouden", title="Betaling herzien", greet="Hallo Iris,",
  pre=["De betaling voor uw bestelling kon niet worden verwerkt, omdat de creditcard die u heeft gekozen is verlopen.",
       "Werk uw betaalgegevens vóór 18 april bij via [Betaling herzien](https://www.amazon.nl/gp/css/order/edit.html?orderID={order}&type=payment). Als we tegen die datum geen geldige betaalmethode hebben, wordt de bestelling geannuleerd."],
  items_h="Artikelen in deze bestelling",
  items=[("Kindle Paperwhite (16 GB) – 6,8-inch display, zonder advertenties", 169.99)],
  post=["Uw bestelling staat nog open en wordt verzonden zodra de betaling is gelukt."])

X(id="nl_x3", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "digital-no-reply@amazon.nl"), to="Fleur Jacobs", je=True,
  note="Kindle Unlimited membership cancelled (not an order)", fmt="html", layout=3, cs="utf-8", cte="qp", auth=True, foot=1, order=None,
  subj="Je Kindle Unlimited-lidmaatschap is opgezegd", title="Lidmaatschap opgezegd", greet="Hallo Fleur,",
  pre=["Je hebt je Kindle Unlimited-lidmaatschap opgezegd. Je kunt tot en met 14 juni gewoon blijven lezen; daarna wordt er niets meer in rekening gebracht.",
       "Boeken die je via Kindle Unlimited hebt geleend, worden na die datum van je apparaten verwijderd. Je notities en bladwijzers blijven bewaard."],
  post=["Van gedachten veranderd? Je kunt je lidmaatschap op elk moment weer activeren via [Je lidmaatschappen en abonnementen](https://www.amazon.nl/hz/mycd/myx)."])

X(id="nl_x4", lang="nl", frm=("bol", "klantenservice@bol.com"), to="Daan de Graaf", order=None, amazon_sender=False,
  note="other retailer (bol.com) order cancellation", fmt="alt", cs="utf-8", cte="qp", auth={"dom": "bol.com"},
  received="from mail-out.bol.com (mail-out.bol.com [185.14.169.12])\n\tby mx.google.com with ESMTPS id a12si884213wrx.112",
  subj="Je bestelling 4021554632 is geannuleerd",
  text_raw="""Hoi Daan,

Helaas kunnen we (een deel van) je bestelling 4021554632 niet leveren. Het artikel hieronder is niet meer leverbaar bij de verkoper, dus hebben we het geannuleerd.

  Philips 5000 Series airfryer XXL HD9285/93
  Aantal: 1 - € 169,99

Je hebt al betaald? Dan storten we het bedrag binnen 2 werkdagen terug op je rekening.

Bekijk je bestelling in Mijn bol: https://www.bol.com/nl/rnwy/account/bestellingen/overzicht

Groeten,
Team bol

Dit is een automatisch verstuurde e-mail. Let op phishing: bol vraagt je nooit om via een link in een e-mail in te loggen of te betalen.
""",
  html_raw="""<html><body style="margin:0;background:#f3f3f3;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#0000a4;padding:16px 24px;"><img src="https://s.s-bol.com/nl/static/images/main/bol-logo-white.png" width="60" alt="bol"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#0a0a0a;">
<p>Hoi Daan,</p>
<p>Helaas kunnen we (een deel van) je bestelling <b>4021554632</b> niet leveren. Het artikel hieronder is niet meer leverbaar bij de verkoper, dus hebben we het geannuleerd.</p>
<table cellpadding="0" cellspacing="0" style="border-top:1px solid #e2e2e2;width:100%;"><tr><td style="padding:12px 0;">Philips 5000 Series airfryer XXL HD9285/93<br><span style="color:#666">Aantal: 1 &middot; &euro; 169,99</span></td></tr></table>
<p>Je hebt al betaald? Dan storten we het bedrag binnen 2 werkdagen terug op je rekening.</p>
<p><a href="https://www.bol.com/nl/rnwy/account/bestellingen/overzicht" style="background:#0000a4;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px;">Bekijk je bestelling</a></p>
<p>Groeten,<br>Team bol</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666;background:#f7f7f7;">Dit is een automatisch verstuurde e-mail. Let op phishing: bol vraagt je nooit om via een link in een e-mail in te loggen of te betalen.</td></tr>
</table></td></tr></table></body></html>
""")

X(id="nl_x5", lang="nl", frm=("Ruud de Graaf", "ruud.degraaf@ziggo.nl"), to="Marloes Kok", order=None, amazon_sender=False, tz=2,
  note="friend writes that he cancelled his Amazon order", fmt="text", cs="iso-8859-1", cte="8bit",
  headers=[("In-Reply-To", "<CAH7x2Lq0vF3kKJ9=pQ3x@mail.gmail.com>"), ("User-Agent", "Mozilla Thunderbird")],
  subj="Re: die airfryer",
  text_raw="""Hoi Marloes,

Ik heb mijn Amazon-bestelling trouwens geannuleerd. Bij de Action hadden ze bijna hetzelfde ding voor de helft van de prijs, dus dat leek me zonde. Ging gelukkig gewoon via "Bestelling annuleren" in de app, hij was nog niet verzonden.

Zaterdag kom ik dat ding even langsbrengen, dan kun je hem eerst proberen.

Groet,
Ruud

Op 11-04 om 21:14 schreef Marloes Kok:
> Heb jij nou die airfryer van Amazon al binnen? Ben benieuwd of hij wat is.
""")

# ---- lookalikes ----------------------------------------------------------------
K(id="nl_k1", lang="nl", mp="amazon.nl", frm=("Amazon.nl", "service@amazon-nl-bestellingen.com"), to="Bas de Vries",
  linkbase="http://amazon-nl-bestellingen.com", order="402-99812-33",
  cause="payment_issue", sr=True, note="lookalike domain, href mismatch, malformed order no., asks card details",
  fmt="html", layout=3, cs="utf-8", cte="qp", auth={"dom": "amazon-nl-bestellingen.com"},
  received="from vps-7723.hostinger-eu.net (vps-7723.hostinger-eu.net [91.215.41.77])\n\tby mx.google.com with ESMTP id k3si77123",
  subj="Uw bestelling #402-99812-33 is geannuleerd – betaling mislukt", title="Bestelling geannuleerd", greet="Beste klant,",
  pre=["Uw betaling is mislukt en daarom is uw bestelling geannuleerd. Om te voorkomen dat uw account permanent wordt gesloten, moet u uw kaartgegevens binnen 24 uur bevestigen.",
       "Klik hier om uw gegevens te bevestigen: [https://www.amazon.nl/gp/css/order-history](http://amazon-nl-bestellingen.com/verify/login.php?id=88123&lang=nl)"],
  items=[("Apple iPhone 15 Pro 256GB Natuurlijk titanium", 1329.00)],
  post=["Na bevestiging wordt uw bestelling automatisch opnieuw verwerkt."],
  foot=["© 2024 Amazon.nl Alle rechten voorbehouden. Amazon vraagt nooit naar uw wachtwoord."])

K(id="nl_k2", lang="nl", frm=("Аmazon.nl Klantenservice", "klantenservice.amazon.nl@gmail.com"), to="Ilse Vos", order=None,
  cause="fraud_prevention", sr=True, note="Cyrillic homoglyph display name, gmail sender, callback phone number", amazon_sender=False,
  fmt="text", cs="utf-8", cte="8bit", auth={"dom": "gmail.com"},
  received="from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n\tby mx.ziggo.nl with SMTPS id 88a1c0",
  subj="Uw account is opgeschort - bestelling 171-4839201-557 geannuleerd",
  text_raw="""Geachte klant,

Wegens verdachte activiteit is uw Amazon account opgeschort en is uw bestelling 171-4839201-557 (Samsung Galaxy S24 Ultra, € 1.279,00) geannuleerd.

Heeft u deze bestelling niet geplaatst? Bel dan DIRECT ons beveiligingsteam op 085 208 1174 (gratis, 24/7). Houd uw bankpas bij de hand zodat wij uw identiteit kunnen verifiëren.

Als u niet binnen 12 uur belt wordt het bedrag alsnog afgeschreven.

Met vriendelijke groet,
Amazon Beveiliging
Amazon.nl
""")

K(id="nl_k3", lang="nl", mp="amazon.nl", frm=("Amazon Betalingen", "betalingen@amazon-support-nl.info"), to="Eva Peters",
  linkbase="https://amazon-support-nl.info", reply_to="refund-desk@amazon-support-nl.info", order="403-5561-9921",
  cause="inventory_shortage", sr=True, note="claims out of stock, asks to reply with card number/CVC for refund",
  fmt="alt", layout=2, ps="B", cs="iso-8859-1", cte="qp",
  received="from [45.137.22.190] (unknown [45.137.22.190])\n\tby mx1.mail.local (Postfix) with ESMTP id 4Tq9",
  subj="Restitutie voor geannuleerde bestelling", title="Restitutie", greet="Beste klant,",
  pre=["Het artikel dat u heeft besteld is helaas niet meer op voorraad en uw bestelling werd geannuleerd. U heeft recht op een restitutie van € 749,00.",
       "Om de restitutie te ontvangen moet u deze e-mail BEANTWOORDEN met de volgende gegevens: naam op de kaart, kaartnummer, vervaldatum en de CVC-code (3 cijfers op de achterkant).",
       "Zonder deze gegevens kunnen wij het bedrag niet terugstorten."],
  items=[("Dyson Airwrap Complete Long", 749.00)],
  post=["Team Amazon Betalingen"],
  foot=["Amazon.nl | Betalingen & Restituties"])

K(id="nl_k4", lang="nl", mp="amazon.nl", frm=("Amazon", "no-reply@amaz0n-nl.com"), to="Tim Kok", linkbase="https://amaz0n-nl.com",
  order="305-77412-0019", cause="fraud_prevention", sr=True, note="digit-zero lookalike domain; account suspended + order cancelled, use code",
  fmt="alt", layout=1, cs="utf-8", cte="b64", auth={"dom": "amaz0n-nl.com", "dmarc": "none"},
  received="from mta12.amaz0n-nl.com (mta12.amaz0n-nl.com [193.42.33.8])\n\tby mx.google.com with ESMTP id r22si",
  subj="Belangrijk: uw account is geschorst", title="Account geschorst", greet="Beste klant,",
  pre=["Uw account is geschorst en uw bestelling #305-77412-0019 is geannuleerd vanwege een veiligheidsprobleem.",
       "Gebruik de herstelcode **NL-8842-KX** op [www.amazon.nl/herstel](https://amaz0n-nl.com/herstel/index.php) om uw account binnen 48 uur te heractiveren. Daarna wordt uw bestelling automatisch opnieuw geplaatst."],
  items=[("Sony PlayStation 5 Slim Digital Edition", 449.99)],
  post=["Als u niet reageert wordt uw account definitief verwijderd."])

K(id="nl_k5", lang="nl", frm=("Amazon.com.be", "info@mail-amazonbe.support"), to="Lien Peeters", order=None, amazon_sender=False,
  cause="unknown", sr=False, note="no order number, no reason, callback phone", fmt="html", cs="utf-8", cte="qp",
  received="from mail-amazonbe.support (unknown [104.168.44.19])\n\tby mx.telenet-ops.be with ESMTP id 9a2b",
  subj="Uw bestelling is geannuleerd",
  html_raw="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111;">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;padding:20px;">
<img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="110" alt="amazon"><br><br>
<p>Beste klant,</p>
<p>Uw bestelling van <b>Apple MacBook Air 13" M3 (&euro;1.249,00)</b> is geannuleerd.</p>
<p>Heeft u deze bestelling niet geplaatst of wilt u uw geld terug? Bel ons onmiddellijk op <b>02 808 41 77</b> (ma-zo 8u-22u).</p>
<p style="font-size:11px;color:#777;">Amazon.com.be &ndash; Klantendienst</p>
</div></body></html>
""")

# ==========================================================================
# BRAZILIAN PORTUGUESE  (amazon.com.br)
# ==========================================================================
OB = ("Amazon.com.br", "order-update@amazon.com.br")
PB = ("Amazon.com.br", "payments-messages@amazon.com.br")
BR = "amazon.com.br"

# ---- inventory_shortage ---------------------------------------------------
N(id="pt01", lang="pt", mp=BR, frm=OB, to="Juliana Carvalho", cause="inventory_shortage", sr=True,
  note="sold out, no restock forecast", fmt="alt", layout=1, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Seu pedido Amazon.com.br #{order} foi cancelado", title="Pedido cancelado", greet="Olá, Juliana,",
  pre=["Infelizmente, precisamos cancelar o seu pedido. O produto abaixo esgotou e não temos previsão de quando ele voltará ao nosso estoque.",
       "Nenhum valor foi cobrado. Se houver alguma pré-autorização no seu cartão, ela será desfeita automaticamente pelo banco emissor."],
  items=[("Fritadeira Air Fryer Mondial AFN-40-BI Family, 4 L, 1500 W, preto/inox, 127 V", 389.90)],
  post=["Você pode procurar o mesmo produto oferecido por outros vendedores ou consultar [Seus pedidos](https://www.amazon.com.br/gp/css/order-history).",
        "Pedimos desculpas pelo transtorno."])

N(id="pt02", lang="pt", mp=BR, frm=("Amazon.com.br", "marketplace-messages@amazon.com.br"), to="Rafael Moreira",
  cause="inventory_shortage", sr=True, note="seller cancelled; labelled 'Motivo informado pelo vendedor'", fmt="text", ps="A", cs="utf-8", cte="8bit", foot=2,
  subj="Item cancelado pelo vendedor – pedido {order}", title="Cancelamento pelo vendedor", greet="Olá, Rafael,", seller="Casa & Cia Utilidades",
  pre=["O vendedor Casa & Cia Utilidades cancelou o item abaixo do seu pedido.",
       "Motivo informado pelo vendedor: produto sem estoque no momento."],
  items=[("Jogo de Panelas Tramontina Turim 5 peças, antiaderente, grafite", 299.00)],
  post=["Como o item ainda não tinha sido enviado, não houve cobrança. Se você pagou via Pix, o valor será devolvido em até 2 dias úteis.",
        "Lembre-se: toda a comunicação com vendedores deve ser feita pela Central de Mensagens da Amazon. Nunca faça pagamentos fora do site."])

X(id="pt03a", lang="pt", mp=BR, frm=OB, to="Marcos Ribeiro", thread="ptT1",
  note="thread", fmt="alt", layout=2, cs="utf-8", cte="qp", auth=True, foot=1,
  subj="Atualização do seu pedido {order}: atraso na entrega", title="Atraso na entrega", greet="Olá, Marcos,",
  pre=["Estamos com dificuldade para obter o item abaixo junto ao nosso fornecedor, e a data de entrega prevista não será cumprida.",
       "Ainda estamos tentando conseguir o produto. Se não for possível, avisaremos você por e-mail."],
  items_h="Item atrasado",
  items=[("Livro – Torto Arado, Itamar Vieira Junior (capa dura, edição especial)", 89.90)],
  post=["Se preferir não esperar, você pode cancelar o item sem custo em [Seus pedidos](https://www.amazon.com.br/gp/css/order-history)."])

N(id="pt03", lang="pt", mp=BR, frm=OB, to="Marcos Ribeiro", thread="ptT1", after="pt03a",
  cause="inventory_shortage", sr=False, note="thread: cause from earlier mail", fmt="text", ps="B", cs="iso-8859-1", cte="qp", auth=True, foot=0,
  subj="Pedido {order} cancelado", title="Pedido cancelado", greet="Olá, Marcos,",
  pre=["Seu pedido {order} foi cancelado.", "O valor não será cobrado."],
  items=[("Livro – Torto Arado, Itamar Vieira Junior (capa dura, edição especial)", 89.90)],
  post=["Se ainda quiser o produto, você pode fazer um novo pedido a qualquer momento."])

N(id="pt04", lang="pt", mp=BR, frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to="Beatriz Nogueira",
  cause="inventory_shortage", sr=True, note="pre-order cannot be filled, reason first", fmt="html", layout=2, cs="utf-8", cte="qp", foot=1,
  subj="Sua pré-venda foi cancelada", title="Pré-venda cancelada", greet="Olá, Beatriz,",
  pre=["Como a distribuidora não conseguiu nos entregar unidades suficientes do lançamento, não vamos conseguir atender a sua pré-venda. Por isso, ela foi cancelada.",
       "Na pré-venda, a cobrança só acontece quando o item é enviado, então nada foi debitado."],
  items=[("EA SPORTS FC 25 – Edição Ultimate – PlayStation 5", 449.90)],
  post=["Fique de olho na página do produto: novas unidades podem ser disponibilizadas mais adiante."])

# ---- payment_issue ---------------------------------------------------------
X(id="pt05a", lang="pt", mp=BR, frm=PB, to="Carla Mendes", thread="ptT2",
  note="thread", fmt="text", ps="A", cs="utf-8", cte="8bit", auth=True, foot=2,
  subj="Ação necessária: não conseguimos processar o pagamento do pedido {order}", title="Revise seu pagamento", greet="Olá, Carla,",
  pre=["Tentamos cobrar o valor do seu pedido no cartão Mastercard com final 2281, mas a transação não foi autorizada pelo banco emissor.",
       "Para não atrasar a sua entrega, revise as informações de pagamento em até 5 dias: [Revisar pagamento](https://www.amazon.com.br/gp/css/order/edit.html?orderID={order}&type=payment)"],
  items_h="Itens do pedido",
  items=[("Smartphone Samsung Galaxy A55 5G 256 GB, 8 GB RAM, azul-escuro", 2199.00)],
  post=["Seu pedido ainda não foi enviado."])

N(id="pt05", lang="pt", mp=BR, frm=OB, to="Carla Mendes", thread="ptT2", after="pt05a",
  cause="payment_issue", sr=False, note="thread: cause from earlier mail", fmt="alt", layout=1, cs="utf-8", cte="b64", foot=0,
  subj="Seu pedido #{order} foi cancelado", title="Pedido cancelado", greet="Olá, Carla,",
  pre=["Informamos que o pedido {order} foi cancelado e que os itens abaixo não serão enviados."],
  items=[("Smartphone Samsung Galaxy A55 5G 256 GB, 8 GB RAM, azul-escuro", 2199.00)],
  post=["Nenhuma cobrança foi efetuada no seu cartão.", "Para ver os detalhes, acesse [Seus pedidos](https://www.amazon.com.br/gp/css/order-history)."])

N(id="pt06", lang="pt", mp=BR, frm=PB, to="Ana Paula Rocha",
  cause="payment_issue", sr=True, note="boleto not paid by due date", fmt="alt", layout=3, cs="iso-8859-1", cte="qp", auth=True, foot=2,
  subj="Pedido {order} cancelado: boleto não pago", title="Boleto não compensado", greet="Olá, Ana Paula,",
  pre=["O prazo para pagamento do boleto bancário gerado para este pedido terminou e não identificamos a compensação. Por isso, o pedido foi cancelado automaticamente.",
       "Se você pagou o boleto depois do vencimento, o valor será devolvido em até 10 dias úteis na conta bancária cadastrada."],
  items=[("Cafeteira Nespresso Essenza Mini D30, preta, 127 V", 449.00)],
  post=["Dica: pagamentos por Pix ou cartão de crédito são confirmados mais rapidamente."])

N(id="pt07", lang="pt", mp=BR, frm=PB, to="Thiago Barbosa",
  cause="payment_issue", sr=True, note="card declined, 'tivemos que cancelar'", fmt="text", ps="A", cs="utf-8", cte="qp", foot=1,
  subj="Não foi possível concluir seu pedido {order}", title="Pagamento recusado", greet="Olá, Thiago,",
  pre=["A operadora do seu cartão recusou a transação, e tivemos que cancelar o pedido abaixo. Nenhum valor foi cobrado.",
       "Isso pode acontecer quando o limite disponível é insuficiente ou quando o banco bloqueia compras on-line por precaução. Vale a pena falar com o seu banco antes de tentar novamente."],
  items=[("Fone de Ouvido JBL Tune 520BT, Bluetooth, preto", 249.90), ("Carregador Anker Nano 20 W USB-C", 79.90)],
  post=["Para atualizar suas formas de pagamento, acesse [Suas formas de pagamento](https://www.amazon.com.br/cpe/yourpayments/wallet)."])

N(id="pt08", lang="pt", mp=BR, frm=OB, to="Fernanda Araújo",
  cause="payment_issue", sr=True, note="Pix code expired without payment", fmt="html", layout=1, cs="utf-8", cte="8bit", foot=0,
  subj="Seu pedido na Amazon.com.br foi cancelado", title="Pedido cancelado", greet="Olá, Fernanda,",
  pre=["O código Pix gerado para o seu pedido expirou sem que o pagamento fosse concluído. Sem a confirmação do pagamento, o pedido {order} foi cancelado.",
       "Nada foi debitado da sua conta."],
  items=[("Kit 3 Toalhas de Banho Buddemeyer Frapê, 100% algodão, branco", 159.90)],
  post=["Quando fizer um novo pedido, lembre-se de que o código Pix vale por 30 minutos."])

# ---- technical_issue -------------------------------------------------------
N(id="pt09", lang="pt", mp=BR, frm=OB, to="Gustavo Teixeira",
  cause="technical_issue", sr=True, note="pricing error, 'a Amazon decidiu cancelar'", fmt="alt", layout=2, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Cancelamento do pedido {order}", title="Cancelamento", greet="Olá, Gustavo,",
  pre=["Identificamos um erro de preço no anúncio do item abaixo: ele foi exibido por R$ 199,90, quando o valor correto é R$ 1.999,00. Diante disso, a Amazon decidiu cancelar os pedidos feitos com o preço incorreto, incluindo o seu.",
       "Nenhuma cobrança foi realizada. Lamentamos o inconveniente."],
  items=[("Smart TV LG 55\" 4K UHD ThinQ AI 55UR8750PSA", 199.90)],
  post=["O produto continua disponível pelo preço correto na [página do produto](https://www.amazon.com.br/dp/B0C2ZV4M9P)."])

N(id="pt10", lang="pt", mp=BR, frm=OB, to="Paulo Azevedo",
  cause="technical_issue", sr=True, note="temporary system failure", fmt="text", ps="B", cs="utf-8", cte="b64", foot=2,
  subj="Atualização sobre o seu pedido {order}", title="Pedido cancelado", greet="Prezado(a) cliente,",
  pre=["Uma falha temporária nos nossos sistemas impediu que o seu pedido fosse processado corretamente. Por esse motivo, ele foi cancelado.",
       "Se houve cobrança, o estorno será feito na mesma forma de pagamento e poderá aparecer em até duas faturas, conforme as regras da administradora do cartão."],
  items=[("Whey Protein Concentrado Growth Supplements, 1 kg, chocolate", 139.90)],
  post=["Você pode refazer o pedido normalmente. Agradecemos a compreensão."])

N(id="pt11", lang="pt", mp=BR, frm=OB, to="Larissa Campos",
  cause="technical_issue", sr=True, note="listing/catalogue error; denies payment problem; 'estamos cancelando'", fmt="html", layout=3, cs="iso-8859-1", cte="b64", foot=1,
  subj="Seu pedido {order} foi cancelado", title="Pedido cancelado", greet="Olá, Larissa,",
  pre=["Não se trata de um problema com o seu pagamento. O anúncio deste item estava com informações de cadastro incorretas — a voltagem e a descrição não correspondiam ao produto que seria enviado —, e por isso estamos cancelando o pedido.",
       "Você não será cobrada."],
  items=[("Liquidificador Oster 1400 W Full, 3,2 L, 220 V", 269.90)],
  post=["Assim que a página for corrigida, o produto poderá ser comprado novamente."])

# ---- fraud_prevention ------------------------------------------------------
N(id="pt12", lang="pt", mp=BR, frm=OB, to="Renato Cardoso",
  cause="fraud_prevention", sr=True, note="unusual activity, login from unknown device", fmt="alt", layout=1, cs="utf-8", cte="8bit", auth=True, foot=1,
  subj="Aviso sobre o pedido {order}", title="Pedido cancelado", greet="Olá, Renato,",
  pre=["Detectamos atividade incomum na sua conta: um acesso a partir de um dispositivo e de um local que não reconhecemos, pouco antes desta compra. Para proteger você, cancelamos o pedido abaixo.",
       "Recomendamos que você altere sua senha em [Login e segurança](https://www.amazon.com.br/ap/cnep) e ative a verificação em duas etapas."],
  items=[("Apple iPhone 15 (128 GB) – preto", 4999.00)],
  post=["Se foi você quem fez a compra, basta fazer um novo pedido depois de trocar a senha. Nenhum valor foi cobrado."])

N(id="pt13", lang="pt", mp=BR, frm=("Amazon.com.br", "cs-reply@amazon.com.br"), to="Simone Freitas",
  cause="fraud_prevention", sr=True, note="account on hold, verification not completed", fmt="text", ps="A", cs="iso-8859-1", cte="8bit", foot=0,
  subj="Sua conta Amazon.com.br está em espera", title="Conta em espera", greet="Olá,",
  pre=["Pedimos a confirmação de algumas informações da sua conta, mas não recebemos a documentação dentro do prazo. Por esse motivo, sua conta continua em espera e o pedido {order} foi cancelado.",
       "Enquanto a verificação não for concluída, novos pedidos também não poderão ser processados."],
  items=[("Cartão-presente Amazon.com.br – R$ 500 (entrega por e-mail)", 500.00)],
  post=["Para concluir a verificação, acesse sua conta pelo site ou pelo aplicativo da Amazon. Não responda a este e-mail com documentos ou dados de cartão."])

N(id="pt14", lang="pt", mp=BR, frm=OB, to="Eduardo Pinto",
  cause="fraud_prevention", sr=True, note="flagged in security review, passive voice", fmt="html", layout=2, cs="utf-8", cte="qp", foot=2,
  subj="Seu pedido {order} não pôde ser concluído", title="Pedido não aprovado", greet="Olá, Eduardo,",
  pre=["O seu pedido foi sinalizado em nossa revisão de segurança e, após análise, não pôde ser aprovado. Ele foi cancelado.",
       "Por razões de segurança, não podemos compartilhar detalhes sobre os critérios dessa revisão."],
  items=[("Notebook Lenovo IdeaPad Slim 3i, Intel Core i5, 16 GB, SSD 512 GB", 3299.00)],
  post=["Nenhuma cobrança foi feita."])

# ---- customer_request ------------------------------------------------------
N(id="pt15", lang="pt", mp=BR, frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to="Patrícia Duarte",
  cause="customer_request", sr=True, note="cancelled per customer request", fmt="alt", layout=2, cs="utf-8", cte="b64", auth=True, foot=0,
  subj="Cancelamento bem-sucedido do seu pedido Amazon.com.br", title="Cancelamento concluído", greet="Olá, Patrícia,",
  pre=["Conforme a sua solicitação, cancelamos o pedido {order}.",
       "Como os itens ainda não tinham sido enviados, nenhuma cobrança será feita."],
  items=[("Kindle 11ª geração (16 GB), tela antirreflexo de 6\", preto", 499.00)],
  post=["Obrigado por comprar na Amazon.com.br."])

N(id="pt16", lang="pt", mp=BR, frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to="Lucas Martins",
  cause="customer_request", sr=True, note="old-style 'Você acabou de cancelar... Status: CANCELADO'", fmt="text", ps="A", cs="utf-8", cte="8bit", auth=True, foot=2,
  subj="Amazon.com.br - Seu cancelamento (Mochila Samsonite Guardit 2.0...)", title="Cancelamento", greet="Olá, Lucas,",
  pre=["Você acabou de cancelar o pedido #{order}.", "Status: CANCELADO"],
  items=[("Mochila Samsonite Guardit 2.0 para notebook 15,6\"", 599.00)],
  post=["Se você usou um vale-presente, o saldo já voltou para a sua conta."])

N(id="pt17", lang="pt", mp=BR, frm=("Amazon.com.br", "marketplace-messages@amazon.com.br"), to="Camila Rezende",
  cause="customer_request", sr=True, note="partial; seller accepted customer's request", fmt="text", ps="B", cs="iso-8859-1", cte="qp", foot=0,
  subj="Cancelamento parcial de item(ns) do seu pedido Amazon.com.br", title="Cancelamento parcial", greet="Olá, Camila,", seller="Mundo Pet Shop",
  pre=["O vendedor Mundo Pet Shop aceitou a sua solicitação, e o item abaixo foi retirado do pedido {order}. Os demais itens seguem para entrega normalmente.",
       "O estorno será processado na forma de pagamento original."],
  items=[("Ração Golden Special para cães adultos, frango e carne, 15 kg", 164.90)],
  post=["Dúvidas? Acesse a Central de Ajuda: https://www.amazon.com.br/gp/help/customer/display.html"])

# ---- unknown: no reason ------------------------------------------------------
N(id="pt18", lang="pt", mp=BR, frm=OB, to="Vanessa Lopes",
  cause="unknown", sr=False, note="no reason given", fmt="alt", layout=3, cs="utf-8", cte="qp", foot=1,
  subj="Pedido {order} cancelado", title="Pedido cancelado", greet="Olá, Vanessa,",
  pre=["Seu pedido foi cancelado. Os itens abaixo não serão enviados."],
  items=[("Aspirador de Pó Robô Electrolux Home-e ERB20", 1299.00)],
  post=["Caso algum valor tenha sido reservado no seu cartão, ele será liberado pelo banco em alguns dias.",
        "Acompanhe tudo em [Seus pedidos](https://www.amazon.com.br/gp/css/order-history)."])

N(id="pt19", lang="pt", mp=BR, frm=("Amazon.com.br", "no-reply@amazon.com.br"), to="Diego Correia", reply_to=None,
  cause="unknown", sr=False, note="no reason given; 'Informações da Amazon.com.br' bulk subject", fmt="text", ps="A", cs="utf-8", cte="qp", foot=0,
  subj="Informações da Amazon.com.br", title="Itens cancelados", greet="Olá, Diego,",
  pre=["Os seguintes itens do seu pedido {order} foram cancelados:"],
  items=[("Caneta Esferográfica BIC Cristal, caixa com 50 unidades, azul", 59.90), ("Caderno Tilibra Universitário 10 matérias, 160 folhas", 42.90)],
  post=["Você não será cobrado por esses itens."])

N(id="pt20", lang="pt", mp=BR, frm=OB, to="Helena Oliveira",
  cause="unknown", sr=False, note="no reason given", fmt="html", layout=1, cs="iso-8859-1", cte="8bit", auth=True, foot=2,
  subj="Seu pedido foi cancelado", title="Confirmação de cancelamento", greet="Prezada Sra. Oliveira,",
  pre=["Confirmamos o cancelamento do pedido {order}. Não é necessária nenhuma ação da sua parte."],
  items=[("Ventilador de Coluna Arno Xtreme Force Breeze 40 cm, 127 V", 289.90)],
  post=["Se houver valores pendentes, eles serão estornados automaticamente."])

# ---- unknown: reason outside the four ----------------------------------------
N(id="pt21", lang="pt", mp=BR, frm=OB, to="Rodrigo Batista",
  cause="unknown", sr=True, note="delivery area not served by carrier (address)", fmt="alt", layout=2, cs="utf-8", cte="8bit", auth=True, foot=0,
  subj="Não conseguimos entregar o seu pedido {order}", title="Pedido cancelado", greet="Olá, Rodrigo,",
  pre=["O CEP informado para a entrega fica em uma área onde a transportadora não está realizando entregas no momento. Como não há outra opção de envio para este produto, o pedido foi cancelado.",
       "O valor pago será estornado integralmente."],
  items=[("Geladeira Brastemp Frost Free Duplex 375 L, inox, 220 V", 3899.00)],
  post=["Se tiver outro endereço (do trabalho, por exemplo), cadastre-o em [Seus endereços](https://www.amazon.com.br/a/addresses) e faça o pedido novamente."])

N(id="pt22", lang="pt", mp=BR, frm=OB, to="Aline Monteiro",
  cause="unknown", sr=True, note="item cannot be shipped to destination (flammable, air-only route)", fmt="text", ps="B", cs="utf-8", cte="b64", foot=1,
  subj="Item removido do seu pedido {order}", title="Item cancelado", greet="Olá, Aline,",
  pre=["Este item contém produto inflamável e só pode ser transportado por via terrestre. Como o seu endereço de entrega (Manaus/AM) só é atendido por transporte aéreo para esse tipo de envio, não é possível enviá-lo, e o item foi cancelado.",
       "Os demais itens do pedido não são afetados."],
  items=[("Acetona Pura 500 ml – kit com 3 unidades", 36.90)],
  post=["O valor correspondente será estornado em até 7 dias úteis."])

# ---- non-notices -------------------------------------------------------------
X(id="pt_x1", lang="pt", mp=BR, frm=("Amazon.com.br", "shipment-tracking@amazon.com.br"), to="Mariana Gomes",
  note="cancelled delivery appointment (slot), order still active", fmt="alt", layout=2, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Seu agendamento de entrega foi cancelado – reagende", title="Agendamento cancelado", greet="Olá, Mariana,",
  pre=["O horário de entrega agendado para quinta-feira, das 8h às 12h, foi cancelado pela transportadora por causa de uma alteração na rota.",
       "Seu pedido continua ativo e não foi cancelado. Escolha uma nova data de entrega para receber o produto."],
  items_h="Item a ser entregue",
  items=[("Máquina de Lavar Electrolux 13 kg LED13, branca, 127 V", 2399.00)],
  post=["[Escolher nova data](https://www.amazon.com.br/gp/your-account/ship-track?orderId={order})"])

X(id="pt_x2", lang="pt", mp=BR, frm=("Amazon Prime", "prime@amazon.com.br"), to="Felipe Andrade", order=None,
  note="Prime membership cancellation", fmt="text", ps="B", cs="iso-8859-1", cte="qp", auth=True, foot=1, amazon_sender=True,
  subj="Sua assinatura Amazon Prime foi cancelada", title="Assinatura cancelada", greet="Olá, Felipe,",
  pre=["Confirmamos o cancelamento da sua assinatura Amazon Prime. Você continua com acesso ao frete grátis, ao Prime Video e ao Amazon Music até 15 de julho; depois dessa data, não haverá novas cobranças.",
       "Pedidos já feitos não são afetados por este cancelamento."],
  post=["Mudou de ideia? Você pode reativar a assinatura a qualquer momento em [Gerenciar assinatura Prime](https://www.amazon.com.br/gp/primecentral)."])

X(id="pt_x3", lang="pt", frm=("Mercado Livre", "noreply@mercadolivre.com"), to="Bruna Castro", order=None, amazon_sender=False,
  note="other retailer (Mercado Livre) purchase cancelled", fmt="alt", cs="utf-8", cte="qp", auth={"dom": "mercadolivre.com"},
  received="from mail-out-22.mercadolivre.com (mail-out-22.mercadolivre.com [200.234.222.22])\n\tby mx.google.com with ESMTPS id v19si",
  subj="Sua compra foi cancelada",
  text_raw="""Olá, Bruna!

O vendedor cancelou a sua compra de "Panela de Pressão Elétrica Electrolux 6 L" porque não tinha mais o produto em estoque.

Compra #2000008123456789
Total: R$ 429,00

Já iniciamos a devolução do dinheiro. Se você pagou com cartão de crédito, o estorno aparecerá na sua fatura em até 2 faturas. Se pagou com saldo no Mercado Pago, o valor estará disponível na hora.

Ver compra: https://myaccount.mercadolivre.com.br/my_purchases/list

Mercado Livre
Nunca peça ou informe dados pessoais fora do Mercado Livre.
""",
  html_raw="""<html><body style="margin:0;background:#ebebeb;font-family:'Proxima Nova',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;">
<tr><td style="background:#ffe600;padding:18px 24px;border-radius:6px 6px 0 0;"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/6.6.73/mercadolibre/logo_large_25years@2x.png" width="134" alt="Mercado Livre"></td></tr>
<tr><td style="padding:28px 24px;font-size:16px;line-height:24px;color:#333;">
<p style="font-size:22px;margin:0 0 16px;">Sua compra foi cancelada</p>
<p>Olá, Bruna!</p>
<p>O vendedor cancelou a sua compra de <b>Panela de Pressão Elétrica Electrolux 6 L</b> porque não tinha mais o produto em estoque.</p>
<p style="color:#999;font-size:14px;">Compra #2000008123456789 &middot; Total: R$ 429,00</p>
<p>Já iniciamos a devolução do dinheiro. Se você pagou com cartão de crédito, o estorno aparecerá em até 2 faturas. Se pagou com saldo no Mercado Pago, o valor estará disponível na hora.</p>
<p><a href="https://myaccount.mercadolivre.com.br/my_purchases/list" style="background:#3483fa;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;">Ver compra</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#999;">Nunca peça ou informe dados pessoais fora do Mercado Livre.</td></tr>
</table></td></tr></table></body></html>
""")

X(id="pt_x4", lang="pt", mp=BR, frm=("Amazon.com.br", "return@amazon.com.br"), to="André Vieira",
  note="return received / refund confirmation", fmt="alt", layout=3, cs="utf-8", cte="b64", auth=True, foot=0,
  subj="Seu reembolso de R$ 349,90 foi processado", title="Reembolso processado", greet="Olá, André,",
  pre=["Recebemos o item que você devolveu e processamos o reembolso de R$ 349,90 no cartão de crédito Visa com final 0932.",
       "O valor deve aparecer na sua fatura em até duas faturas, dependendo da data de fechamento do cartão."],
  items_h="Item devolvido",
  items=[("Teclado Mecânico Logitech G413 SE, switch tátil, ABNT2", 349.90)],
  post=["Acompanhe suas devoluções em [Seus pedidos](https://www.amazon.com.br/gp/css/returns/homepage.html)."])

X(id="pt_x5", lang="pt", frm=("Compra Segura", "boletim@comprasegura.org.br"), to="Letícia Ramos", order=None, amazon_sender=False,
  note="consumer newsletter discussing cancelled orders", fmt="html", cs="iso-8859-1", cte="qp",
  received="from smtp.mailrelay-br.net (smtp.mailrelay-br.net [177.70.22.9])\n\tby mx.google.com with ESMTP id q7si",
  headers=[("List-Unsubscribe", "<https://comprasegura.org.br/descadastrar?e=4471>"), ("Precedence", "bulk")],
  subj="Boletim Compra Segura #87: pedido cancelado pela loja? Veja seus direitos",
  html_raw="""<html><body style="font-family:Georgia,serif;color:#222;background:#fafafa;">
<div style="max-width:620px;margin:0 auto;background:#fff;padding:24px;">
<h1 style="font-size:24px;color:#0b5394;">Boletim Compra Segura &ndash; edi&ccedil;&atilde;o 87</h1>
<h2 style="font-size:18px;">Pedido cancelado pela loja? Veja seus direitos</h2>
<p>Nas últimas semanas, muitos leitores nos escreveram porque tiveram compras canceladas em grandes varejistas on-line, como Amazon, Mercado Livre, Magalu e Shopee. Os motivos mais comuns são falta de estoque, erro de preço e pagamento não aprovado.</p>
<p>Pelo Código de Defesa do Consumidor, a loja deve devolver integralmente qualquer valor pago. Se o produto foi anunciado com erro grosseiro de preço, os tribunais costumam aceitar o cancelamento, desde que o consumidor seja avisado e reembolsado rapidamente.</p>
<p><b>Cuidado com golpes:</b> criminosos enviam e-mails falsos dizendo que o seu pedido foi cancelado e pedem que você &ldquo;confirme o cartão&rdquo; ou pague uma taxa via Pix. Nunca clique nesses links.</p>
<p>Na próxima edição: como funciona o direito de arrependimento em compras pela internet.</p>
<p style="font-size:12px;color:#888;">Você recebe este boletim porque se cadastrou em comprasegura.org.br. <a href="https://comprasegura.org.br/descadastrar?e=4471">Descadastrar</a></p>
</div></body></html>
""")

# ---- lookalikes ----------------------------------------------------------------
K(id="pt_k1", lang="pt", mp=BR, frm=("Amazon.com.br", "atendimento@amazon-pedidos-br.com"), to="Juliana Souza",
  linkbase="http://amazon-pedidos-br.com", order="701-55821-88",
  cause="payment_issue", sr=True, note="lookalike domain, href mismatch, malformed order no.",
  fmt="alt", layout=1, cs="utf-8", cte="qp", auth={"dom": "amazon-pedidos-br.com"},
  received="from srv01.amazon-pedidos-br.com (unknown [185.244.25.141])\n\tby mx.google.com with ESMTP id e4si",
  subj="Pedido #701-55821-88 cancelado - falha no pagamento", title="Pedido cancelado", greet="Prezado cliente,",
  pre=["Seu pedido foi cancelado por falha no pagamento. Para evitar o bloqueio definitivo da sua conta, atualize seus dados de cobrança em até 24 horas.",
       "Atualize aqui: [https://www.amazon.com.br/pagamentos](http://amazon-pedidos-br.com/atualizar/cartao.php?ref=br)"],
  items=[("Smart TV Samsung 65\" Neo QLED 4K", 5899.00)],
  post=["Após a atualização, o pedido será reprocessado automaticamente."],
  foot=["Amazon.com.br © 2024 - Todos os direitos reservados."])

K(id="pt_k2", lang="pt", frm=("Αmazon Brasil", "amazonbrasil.suporte@outlook.com"), to="Roberto Lima", order=None, amazon_sender=False,
  cause="fraud_prevention", sr=True, note="Greek Alpha homoglyph display name, free-mail sender; account suspended + pay reactivation fee via Pix",
  fmt="text", cs="utf-8", cte="8bit", auth={"dom": "outlook.com"},
  received="from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2011.outbound.protection.outlook.com [40.92.91.11])\n\tby mx.google.com with ESMTPS id z3si",
  subj="URGENTE: Conta suspensa e pedido cancelado",
  text_raw="""Prezado(a) cliente,

Identificamos atividades suspeitas e sua conta Amazon foi SUSPENSA. Seu pedido nº 113-9920-44718 foi cancelado.

Para liberar sua conta e receber o pedido, use o código de liberação AMZ-77841 e pague a taxa de reativação de R$ 19,90 via Pix:

Chave Pix (CPF): 417.882.903-11
Favorecido: Suporte Digital ME

Após o pagamento, envie o comprovante respondendo este e-mail.

Equipe de Segurança Amazon
""")

K(id="pt_k3", lang="pt", frm=("Central Amazon", "sac@amazon-br-reembolso.com"), to="Cláudia Fernandes", order="171-3387-2290", amazon_sender=False,
  cause="inventory_shortage", sr=True, note="claims out of stock; callback 0800 and WhatsApp number for refund",
  fmt="html", cs="iso-8859-1", cte="b64",
  received="from amazon-br-reembolso.com (unknown [103.75.190.44])\n\tby mx.uol.com.br (Postfix) with ESMTP id 4Xk2",
  subj="Reembolso pendente: pedido 171-3387-2290 cancelado",
  html_raw="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="background:#232f3e;padding:12px;"><img src="https://i.imgur.com/4mz1xQ2.png" width="100" alt="amazon.com.br"></td></tr>
<tr><td style="padding:20px;">
<p>Olá,</p>
<p>O produto do seu pedido <b>171-3387-2290</b> (Notebook Dell Inspiron 15, R$ 2.349,00) está <b>esgotado</b> e o pedido foi cancelado.</p>
<p>Para receber o seu reembolso de <b>R$ 2.349,00</b>, ligue para a nossa central: <b>0800 591 4471</b> ou chame no WhatsApp <b>(11) 94417-2290</b>. Tenha em mãos o cartão usado na compra.</p>
<p>O reembolso só será liberado após o atendimento.</p>
<p style="font-size:11px;color:#888;">Amazon.com.br &ndash; Central de Reembolsos</p>
</td></tr></table></body></html>
""")

K(id="pt_k4", lang="pt", mp=BR, frm=("Amazon", "no-reply@amazon.com.br.seguranca-conta.net"), to="Marcelo Pires",
  linkbase="https://amazon.com.br.seguranca-conta.net", reply_to="cadastro@seguranca-conta.net", order="702-118843-7712",
  cause="technical_issue", sr=True, note="subdomain trick domain; claims processing error; asks to reply with card number, expiry, CVV",
  fmt="alt", layout=3, cs="utf-8", cte="qp",
  received="from mail.seguranca-conta.net (unknown [45.95.147.61])\n\tby mx.terra.com.br with ESMTP id 77ac",
  subj="Erro no processamento - pedido cancelado", title="Erro no processamento", greet="Olá, cliente,",
  pre=["Devido a um erro no processamento, o seu pedido foi cancelado.",
       "Para reativar o pedido, responda este e-mail informando: nome completo, CPF, número do cartão, data de validade e código CVV.",
       "Se não recebermos os dados em 48 horas, o pedido será perdido."],
  items=[("Console PlayStation 5 Slim com 2 controles", 3799.00)],
  post=["Obrigado pela compreensão."],
  foot=["Amazon Serviços de Varejo do Brasil Ltda."])

K(id="pt_k5", lang="pt", frm=("Amazon Pedidos", "pedidos.amazon2024@gmail.com"), to="Sérgio Dias", order=None, amazon_sender=False,
  cause="unknown", sr=False, note="gmail sender, no order no., no reason; link text www.amazon.com.br -> shortener",
  fmt="html", cs="utf-8", cte="qp", auth={"dom": "gmail.com"},
  received="from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n\tby mx.google.com with SMTPS id h9sor",
  subj="Seu pedido foi cancelado",
  html_raw="""<div dir="ltr"><p>Olá,</p>
<p>Seu pedido foi cancelado.</p>
<p>Clique para ver os detalhes: <a href="https://bit.ly/3Amz-pedido">www.amazon.com.br/seus-pedidos</a></p>
<p>Atenciosamente,<br>Amazon</p></div>
""")

# ==========================================================================
# POLISH  (amazon.pl)
# ==========================================================================
OP = ("Amazon.pl", "order-update@amazon.pl")
PP = ("Amazon.pl", "payments-messages@amazon.pl")
PLM = "amazon.pl"

# ---- inventory_shortage ---------------------------------------------------
N(id="pl01", lang="pl", mp=PLM, frm=OP, to="Katarzyna Wróbel", cause="inventory_shortage", sr=True,
  note="unavailable, unknown restock; 'musieliśmy anulować'", fmt="alt", layout=1, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Twoje zamówienie Amazon.pl nr {order} zostało anulowane", title="Zamówienie anulowane", greet="Dzień dobry, Katarzyno,",
  pre=["Z przykrością informujemy, że musieliśmy anulować Twoje zamówienie. Poniższy produkt jest obecnie niedostępny i nie wiemy, kiedy ponownie pojawi się w naszym magazynie.",
       "Nie obciążyliśmy Twojej karty. Jeśli bank zablokował środki na poczet zamówienia, blokada zostanie zwolniona automatycznie."],
  items=[("Ekspres ciśnieniowy De'Longhi Magnifica S ECAM 22.110.B, czarny", 1299.00)],
  post=["Możesz sprawdzić oferty innych sprzedawców albo przejść do sekcji [Twoje zamówienia](https://www.amazon.pl/gp/css/order-history).",
        "Przepraszamy za niedogodności."])

N(id="pl02", lang="pl", mp=PLM, frm=("Amazon.pl", "marketplace-messages@amazon.pl"), to="Piotr Grabowski",
  cause="inventory_shortage", sr=True, note="seller cancelled, out of stock", fmt="text", ps="A", cs="utf-8", cte="8bit", foot=2,
  subj="Sprzedawca anulował Twoje zamówienie {order}", title="Anulowanie przez sprzedawcę", greet="Dzień dobry,", seller="TechMarket PL",
  pre=["Sprzedawca TechMarket PL anulował Twoje zamówienie, ponieważ nie był w stanie go zrealizować – towaru zabrakło w magazynie.",
       "Zamówienie nie zostało wysłane, więc nie pobraliśmy za nie płatności."],
  items=[("Słuchawki bezprzewodowe Sony WF-1000XM5, czarne", 1149.00)],
  post=["Jeśli masz pytania, skontaktuj się ze sprzedawcą za pośrednictwem strony Twoje zamówienia.",
        "Pamiętaj: nigdy nie płać sprzedawcy poza Amazon.pl. Płatności dokonane poza naszą platformą nie są objęte Gwarancją od A do Z."])

X(id="pl03a", lang="pl", mp=PLM, frm=OP, to="Piotr Zając", thread="plT1",
  note="thread", fmt="text", ps="B", cs="iso-8859-2", cte="qp", auth=True, foot=0,
  subj="Opóźnienie w realizacji zamówienia {order}", title="Opóźnienie", greet="Dzień dobry, Piotrze,",
  pre=["Mamy trudności z pozyskaniem poniższego produktu od dostawcy, dlatego nie dostarczymy go w pierwotnie podanym terminie.",
       "Nadal staramy się go zdobyć i damy Ci znać, gdy tylko będziemy wiedzieć więcej."],
  items=[("Klocki LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance", 899.00)],
  post=["Jeśli nie chcesz czekać, możesz bezpłatnie anulować produkt w sekcji [Twoje zamówienia](https://www.amazon.pl/gp/css/order-history)."])

N(id="pl03", lang="pl", mp=PLM, frm=OP, to="Piotr Zając", thread="plT1", after="pl03a",
  cause="inventory_shortage", sr=False, note="thread: cause from earlier mail", fmt="alt", layout=2, cs="iso-8859-2", cte="qp", auth=True, foot=1,
  subj="Zamówienie {order} zostało anulowane", title="Zamówienie anulowane", greet="Dzień dobry, Piotrze,",
  pre=["Twoje zamówienie {order} zostało anulowane. Poniższy produkt nie zostanie wysłany."],
  items=[("Klocki LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance", 899.00)],
  post=["Nie pobraliśmy żadnej opłaty.", "Szczegóły znajdziesz w sekcji [Twoje zamówienia](https://www.amazon.pl/gp/css/order-history)."])

N(id="pl04", lang="pl", mp=PLM, frm=OP, to="Magdalena Dąbrowska",
  cause="inventory_shortage", sr=True, note="partial pre-order; labelled 'Powód:' line", fmt="text", ps="B", cs="iso-8859-2", cte="b64", foot=2,
  subj="Anulowano 1 produkt z Twojego zamówienia Amazon.pl", title="Produkt anulowany", greet="Dzień dobry, Magdaleno,",
  pre=["Jeden z produktów zamówionych w przedsprzedaży nie zostanie zrealizowany. Pozostałe produkty z zamówienia {order} wyślemy zgodnie z planem.",
       "Powód: wydawca nie dostarczy nam wystarczającej liczby egzemplarzy w dniu premiery."],
  items=[("Andrzej Sapkowski – Rozdroże kruków (wydanie kolekcjonerskie, twarda oprawa)", 79.90)],
  post=["Kwota za ten produkt nie zostanie pobrana."])

# ---- payment_issue ---------------------------------------------------------
N(id="pl05", lang="pl", mp=PLM, frm=PP, to="Tomasz Krawczyk",
  cause="payment_issue", sr=True, note="BLIK payment not confirmed in time", fmt="alt", layout=3, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Zamówienie {order} anulowane – brak płatności", title="Zamówienie anulowane", greet="Dzień dobry, Tomaszu,",
  pre=["Płatność BLIK za Twoje zamówienie nie została potwierdzona w aplikacji banku w wymaganym czasie. Ponieważ nie otrzymaliśmy zapłaty, zamówienie zostało anulowane.",
       "Z Twojego konta nie pobrano żadnych środków."],
  items=[("Odkurzacz pionowy bezprzewodowy Dreame V11", 899.00)],
  post=["Przy kolejnym zamówieniu potwierdź płatność BLIK w aplikacji banku zaraz po wpisaniu kodu."])

N(id="pl06", lang="pl", mp=PLM, frm=PP, to="Aleksandra Pawlak",
  cause="payment_issue", sr=True, note="card expired, no new payment method added", fmt="text", ps="A", cs="utf-8", cte="qp", foot=1,
  subj="Problem z zamówieniem {order}", title="Zamówienie anulowane", greet="Dzień dobry,",
  pre=["Karta wybrana do zapłaty za to zamówienie straciła ważność, a w wyznaczonym terminie nie dodano nowej metody płatności. W związku z tym musieliśmy anulować zamówienie.",
       "Nie obciążyliśmy Cię żadną kwotą."],
  items=[("Szczoteczka soniczna Philips Sonicare DiamondClean 9000, biała", 699.00)],
  post=["Zanim złożysz nowe zamówienie, zaktualizuj dane karty w sekcji [Twoje płatności](https://www.amazon.pl/cpe/yourpayments/wallet)."])

N(id="pl07", lang="pl", mp=PLM, frm=OP, to="Agnieszka Michalska",
  cause="payment_issue", sr=True, note="gift card balance insufficient, no backup payment method", fmt="html", layout=1, cs="iso-8859-2", cte="8bit", foot=0,
  subj="Informacja o Twoim zamówieniu w Amazon.pl", title="Zamówienie anulowane", greet="Witaj, Agnieszko,",
  pre=["Na Twojej karcie podarunkowej Amazon.pl zabrakło środków na pokrycie całego zamówienia, a do konta nie była przypisana żadna dodatkowa metoda płatności. Zamówienie {order} zostało więc anulowane.",
       "Saldo karty podarunkowej, które zarezerwowaliśmy na poczet zamówienia, wróciło na Twoje konto."],
  items=[("Zestaw noży kuchennych Fiskars Hard Edge, 5 elementów z blokiem", 349.00)],
  post=["Sprawdź [saldo karty podarunkowej](https://www.amazon.pl/gc/balance) i dodaj kartę płatniczą jako zapasową metodę płatności."])

N(id="pl08", lang="pl", mp=PLM, frm=PP, to="Paweł Sikora",
  cause="payment_issue", sr=True, note="bank refused authorisation; reason first", fmt="text", ps="B", cs="utf-8", cte="b64", auth=True, foot=2,
  subj="Anulowaliśmy zamówienie {order}", title="Zamówienie anulowane", greet="Dzień dobry, Pawle,",
  pre=["Twój bank odmówił autoryzacji transakcji, więc nie mogliśmy przyjąć płatności i anulowaliśmy zamówienie.",
       "Środki nie zostały pobrane. Jeśli widzisz blokadę na rachunku, zniknie ona w ciągu kilku dni roboczych."],
  items=[("Monitor Dell 27\" S2721DS, QHD, IPS", 1099.00)],
  post=["W razie wątpliwości skontaktuj się ze swoim bankiem – to on decyduje o autoryzacji płatności."])

# ---- technical_issue -------------------------------------------------------
N(id="pl09", lang="pl", mp=PLM, frm=OP, to="Marcin Jabłoński",
  cause="technical_issue", sr=True, note="pricing error; 'Amazon zdecydował się anulować'", fmt="alt", layout=2, cs="utf-8", cte="8bit", auth=True, foot=0,
  subj="Anulowanie zamówienia {order}", title="Anulowanie zamówienia", greet="Dzień dobry, Marcinie,",
  pre=["Z powodu błędu w naszym systemie cenowym poniższy produkt był przez krótki czas wyświetlany w cenie 59,99 zł zamiast 599,99 zł. Amazon zdecydował się anulować wszystkie zamówienia złożone po tej błędnej cenie, w tym Twoje.",
       "Nie pobraliśmy płatności. Przepraszamy za rozczarowanie."],
  items=[("Robot kuchenny Bosch MUM5 CreationLine, 1000 W", 59.99)],
  post=["Produkt jest nadal dostępny w prawidłowej cenie."])

N(id="pl10", lang="pl", mp=PLM, frm=OP, to="Grzegorz Wieczorek",
  cause="technical_issue", sr=True, note="technical processing error; denies payment/account problem", fmt="text", ps="A", cs="iso-8859-2", cte="qp", foot=0,
  subj="Twoje zamówienie {order} zostało anulowane", title="Zamówienie anulowane", greet="Szanowny Kliencie,",
  pre=["To nie jest problem z Twoją płatnością ani z Twoim kontem. Podczas przetwarzania zamówienia w naszym systemie wystąpił błąd techniczny, przez który nie mogło ono zostać zrealizowane – dlatego zostało anulowane.",
       "Ewentualna blokada środków na karcie zostanie zwolniona w ciągu kilku dni roboczych."],
  items=[("Wiertarko-wkrętarka Makita DDF485Z 18 V (bez akumulatora)", 459.00)],
  post=["Możesz złożyć zamówienie ponownie. Przepraszamy za kłopot."])

N(id="pl11", lang="pl", mp=PLM, frm=OP, to="Aleksandra Kaczmarek",
  cause="technical_issue", sr=True, note="listing error; present tense 'Anulujemy'", fmt="html", layout=3, cs="utf-8", cte="b64", foot=1,
  subj="Anulujemy Twoje zamówienie {order}", title="Anulujemy Twoje zamówienie", greet="Dzień dobry, Aleksandro,",
  pre=["Anulujemy Twoje zamówienie, ponieważ strona produktu zawierała nieprawidłowe informacje: zdjęcia i opis dotyczyły innego modelu niż ten, który zostałby wysłany.",
       "Nie zostaniesz obciążona żadną kwotą."],
  items=[("Czajnik elektryczny Russell Hobbs Luna 26960-70, 1,7 l", 179.00)],
  post=["Gdy opis zostanie poprawiony, produkt będzie można ponownie zamówić."])

# ---- fraud_prevention ------------------------------------------------------
X(id="pl12a", lang="pl", mp=PLM, frm=("Amazon.pl", "account-update@amazon.pl"), to="Rafał Mazur", thread="plT2",
  note="thread", fmt="alt", layout=1, cs="utf-8", cte="qp", auth=True, foot=0, lbl={"items": "Wstrzymane zamówienie"},
  subj="Twoje konto Amazon zostało tymczasowo wstrzymane", title="Konto wstrzymane", greet="Dzień dobry,",
  pre=["Zauważyliśmy na Twoim koncie aktywność, którą musimy zweryfikować. Do czasu zakończenia weryfikacji konto jest wstrzymane, a oczekujące zamówienia – w tym {order} – nie będą realizowane.",
       "Zaloguj się na swoje konto w Amazon.pl i postępuj zgodnie z wyświetlanymi instrukcjami. Zwykle zajmuje to tylko kilka minut."],
  items=[("Konsola Sony PlayStation 5 Slim (z napędem)", 2399.00), ("Kontroler DualSense Edge", 899.00)],
  post=["Nigdy nie prosimy o podanie hasła w wiadomości e-mail ani przez telefon."])

N(id="pl12", lang="pl", mp=PLM, frm=OP, to="Rafał Mazur", thread="plT2", after="pl12a",
  cause="fraud_prevention", sr=False, note="thread: cause from earlier mail", fmt="text", ps="B", cs="utf-8", cte="8bit", auth=True, foot=2,
  subj="Anulowanie zamówienia nr {order}", title="Zamówienie anulowane", greet="Dzień dobry,",
  pre=["Informujemy, że zamówienie nr {order} zostało anulowane.", "Nie pobrano żadnej płatności."],
  items=[("Konsola Sony PlayStation 5 Slim (z napędem)", 2399.00), ("Kontroler DualSense Edge", 899.00)],
  post=["W razie pytań odwiedź [Obsługę klienta](https://www.amazon.pl/hz/contact-us)."])

N(id="pl13", lang="pl", mp=PLM, frm=OP, to="Ewa Górska",
  cause="fraud_prevention", sr=True, note="unusual activity, unknown device login", fmt="alt", layout=1, cs="iso-8859-2", cte="qp", auth=True, foot=0,
  subj="Twoje zamówienie w Amazon.pl zostało anulowane", title="Zamówienie anulowane", greet="Dzień dobry, Ewo,",
  pre=["Nasze systemy wykryły nietypową aktywność na Twoim koncie – logowanie z nieznanego urządzenia tuż przed złożeniem tego zamówienia. Dla Twojego bezpieczeństwa zamówienie zostało anulowane.",
       "Zalecamy zmianę hasła w sekcji [Logowanie i bezpieczeństwo](https://www.amazon.pl/ap/cnep) oraz włączenie weryfikacji dwuetapowej."],
  items=[("Smartwatch Samsung Galaxy Watch6 Classic 47 mm, czarny", 1399.00)],
  post=["Nie pobraliśmy płatności. Jeśli to Ty złożyłeś/złożyłaś zamówienie, po zmianie hasła możesz zamówić ponownie."])

N(id="pl14", lang="pl", mp=PLM, frm=("Amazon.pl", "cs-reply@amazon.pl"), to="Dariusz Wróblewski",
  cause="fraud_prevention", sr=True, note="held for security verification, then cancelled", fmt="text", ps="A", cs="utf-8", cte="qp", foot=2,
  subj="Twoje zamówienie {order}", title="Zamówienie nie zostanie zrealizowane", greet="Dzień dobry,",
  pre=["Zamówienie zostało wstrzymane do dodatkowej weryfikacji bezpieczeństwa. Po jej przeprowadzeniu postanowiliśmy go nie realizować i je anulowaliśmy.",
       "Ze względów bezpieczeństwa nie możemy przekazać szczegółów tej weryfikacji."],
  items=[("Karta podarunkowa Amazon.pl – 500 zł (wysyłka e-mailem)", 500.00, 2)],
  post=["Nie obciążyliśmy Twojej metody płatności."])

# ---- customer_request ------------------------------------------------------
N(id="pl15", lang="pl", mp=PLM, frm=("Amazon.pl", "auto-confirm@amazon.pl"), to="Joanna Kubiak",
  cause="customer_request", sr=True, note="cancelled at customer's request", fmt="alt", layout=2, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Anulowanie zamówienia zakończone powodzeniem", title="Anulowanie zakończone", greet="Dzień dobry, Joanno,",
  pre=["Zgodnie z Twoją prośbą anulowaliśmy zamówienie {order}.",
       "Produkty nie zostały jeszcze wysłane, więc nie pobraliśmy żadnej opłaty."],
  items=[("Kindle Paperwhite (16 GB), ekran 6,8\", bez reklam, czarny", 699.00)],
  post=["Dziękujemy za zakupy w Amazon.pl."])

N(id="pl16", lang="pl", mp=PLM, frm=OP, to="Natalia Lis",
  cause="customer_request", sr=True, note="partial; labelled 'Powód anulowania: Anulowane przez klienta'", fmt="text", ps="B", cs="iso-8859-2", cte="8bit", foot=1,
  subj="Częściowe anulowanie produktów z Twojego zamówienia Amazon.pl", title="Częściowe anulowanie", greet="Dzień dobry,",
  pre=["Anulowaliśmy produkty, o których anulowanie prosiłeś/prosiłaś w zamówieniu {order}.",
       "Powód anulowania: Anulowane przez klienta"],
  items=[("Pieluchy Pampers Premium Protection, rozmiar 4, 168 szt.", 139.99)],
  post=["Pozostałe produkty zostaną wysłane zgodnie z planem."])

N(id="pl17", lang="pl", mp=PLM, frm=("Amazon.pl", "marketplace-messages@amazon.pl"), to="Krzysztof Baran",
  cause="customer_request", sr=True, note="seller accepted customer's cancellation request", fmt="html", layout=3, cs="utf-8", cte="8bit", foot=2,
  subj="Prośba o anulowanie zamówienia {order} została zaakceptowana", title="Prośba zaakceptowana", greet="Dzień dobry, Krzysztofie,", seller="Sklep Rowerowy Kadencja",
  pre=["Sprzedawca Sklep Rowerowy Kadencja przyjął Twoją prośbę o anulowanie zamówienia. Zamówienie zostało anulowane.",
       "Jeśli płatność została już pobrana, zwrot trafi na pierwotną metodę płatności w ciągu 3–5 dni roboczych."],
  items=[("Kask rowerowy Abus Macator, rozmiar M, szary", 269.00)],
  post=["Możesz ocenić sprzedawcę w sekcji Twoje zamówienia."])

# ---- unknown: no reason ------------------------------------------------------
N(id="pl18", lang="pl", mp=PLM, frm=OP, to="Michał Adamczyk",
  cause="unknown", sr=False, note="no reason given", fmt="alt", layout=1, cs="utf-8", cte="b64", foot=1,
  subj="Zamówienie {order} anulowane", title="Zamówienie anulowane", greet="Dzień dobry, Michale,",
  pre=["Twoje zamówienie zostało anulowane, a wymienione poniżej produkty nie zostaną wysłane."],
  items=[("Fotel biurowy Diablo V-Commander, czarny", 899.00)],
  post=["Jeśli na karcie pojawiła się blokada środków, zostanie ona automatycznie zwolniona."])

N(id="pl19", lang="pl", mp=PLM, frm=("Amazon.pl", "no-reply@amazon.pl"), to="Beata Sadowska", reply_to=None,
  cause="unknown", sr=False, note="no reason given; bulk-style subject", fmt="text", ps="A", cs="iso-8859-2", cte="qp", foot=0,
  subj="Informacja od Amazon.pl", title="Anulowane produkty", greet="Dzień dobry,",
  pre=["Następujące produkty z Twojego zamówienia {order} zostały anulowane:"],
  items=[("Długopis żelowy Pilot G-2 0,7 mm, niebieski, 12 szt.", 49.99), ("Zeszyt A5 w kratkę, 96 kartek, 5 szt.", 29.90)],
  post=["Nie obciążymy Cię za te produkty."])

N(id="pl20", lang="pl", mp=PLM, frm=OP, to="Anna Ostrowska",
  cause="unknown", sr=False, note="no reason given", fmt="alt", layout=2, cs="utf-8", cte="qp", auth=True, foot=2,
  subj="Potwierdzenie anulowania zamówienia", title="Potwierdzenie anulowania", greet="Dzień dobry, Anno,",
  pre=["Potwierdzamy anulowanie zamówienia {order}. Nie musisz nic robić."],
  items=[("Lampa biurkowa LED BenQ e-Reading, srebrna", 849.00)],
  post=["Ewentualne zablokowane środki zostaną zwolnione automatycznie."])

# ---- unknown: reason outside the four ----------------------------------------
N(id="pl21", lang="pl", mp=PLM, frm=OP, to="Bartosz Kalinowski",
  cause="unknown", sr=True, note="delivery point cannot take oversized parcel (address/delivery method)", fmt="text", ps="B", cs="utf-8", cte="8bit", auth=True, foot=0,
  subj="Nie możemy dostarczyć zamówienia {order}", title="Zamówienie anulowane", greet="Dzień dobry, Bartku,",
  pre=["Produkt z Twojego zamówienia jest za duży, aby zmieścić się w skrytce paczkomatu, a wybrany punkt odbioru nie przyjmuje przesyłek gabarytowych. Z tego powodu musieliśmy anulować zamówienie.",
       "Nie pobraliśmy płatności."],
  items=[("Bieżnia elektryczna składana Kinetic Sports, 12 km/h", 1199.00)],
  post=["Złóż zamówienie ponownie i wybierz dostawę kurierem na adres domowy. Adresy zmienisz w sekcji [Twoje adresy](https://www.amazon.pl/a/addresses)."])

N(id="pl22", lang="pl", mp=PLM, frm=OP, to="Wojciech Nowicki",
  cause="unknown", sr=True, note="item cannot be shipped to Poland (aerosol transport rules); denies stock/payment", fmt="alt", layout=3, cs="iso-8859-2", cte="b64", foot=1,
  subj="Produkt usunięty z Twojego zamówienia {order}", title="Produkt anulowany", greet="Dzień dobry, Wojciechu,", seller="OutdoorProfi GmbH",
  pre=["Sprzedawca wysyła ten produkt z magazynu w Niemczech, a ze względu na przepisy przewozowe dotyczące aerozoli nie może on zostać dostarczony do Polski. Dlatego produkt został anulowany.",
       "Nie ma to związku z dostępnością produktu ani z Twoją płatnością."],
  items=[("Spray do impregnacji Nikwax TX.Direct, 300 ml", 64.90)],
  post=["Nie obciążymy Cię za ten produkt."])

# ---- non-notices -------------------------------------------------------------
X(id="pl_x1", lang="pl", frm=("Allegro", "powiadomienia@allegro.pl"), to="Ewa Szulc", order=None, amazon_sender=False,
  note="other retailer (Allegro) order cancelled by seller", fmt="alt", cs="utf-8", cte="qp", auth={"dom": "allegro.pl"},
  received="from mx-out.allegro.pl (mx-out.allegro.pl [91.207.14.10])\n\tby mx.wp.pl with ESMTPS id 4WjT",
  subj="Sprzedający anulował Twoje zamówienie",
  text_raw="""Cześć Ewa,

sprzedający wysylka24_pl anulował Twoje zamówienie:

  Frytkownica beztłuszczowa Philips HD9252/90, 4,1 l
  1 szt. - 349,00 zł

Powód podany przez sprzedającego: brak towaru.

Pieniądze zwrócimy na Twoje konto w ciągu kilku dni roboczych. Szczegóły znajdziesz w zakładce Moje zakupy: https://allegro.pl/moje-allegro/zakupy/kupione

Pozdrawiamy,
Zespół Allegro

Pamiętaj: Allegro nigdy nie prosi o podanie hasła ani danych karty w wiadomości e-mail.
""",
  html_raw="""<html><body style="margin:0;background:#f1f1f1;font-family:Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 24px;border-bottom:4px solid #ff5a00;"><img src="https://assets.allegrostatic.com/metrum/brand/allegro-347440b030.svg" width="110" alt="Allegro"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222;">
<p>Cześć Ewa,</p>
<p>sprzedający <b>wysylka24_pl</b> anulował Twoje zamówienie:</p>
<p style="border:1px solid #e5e5e5;padding:12px;">Frytkownica beztłuszczowa Philips HD9252/90, 4,1 l<br><span style="color:#767676">1 szt. &middot; 349,00 zł</span></p>
<p>Powód podany przez sprzedającego: brak towaru.</p>
<p>Pieniądze zwrócimy na Twoje konto w ciągu kilku dni roboczych.</p>
<p><a href="https://allegro.pl/moje-allegro/zakupy/kupione" style="background:#ff5a00;color:#fff;padding:10px 18px;text-decoration:none;">Moje zakupy</a></p>
<p>Pozdrawiamy,<br>Zespół Allegro</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#767676;background:#fafafa;">Pamiętaj: Allegro nigdy nie prosi o podanie hasła ani danych karty w wiadomości e-mail.</td></tr>
</table></td></tr></table></body></html>
""")

X(id="pl_x2", lang="pl", mp=PLM, frm=("Amazon.pl", "return@amazon.pl"), to="Monika Żak",
  note="return/refund confirmation", fmt="alt", layout=2, cs="utf-8", cte="qp", auth=True, foot=0,
  subj="Zwrot pieniędzy za Twój zwrot – 149,00 zł", title="Zwrot pieniędzy", greet="Dzień dobry, Moniko,",
  pre=["Otrzymaliśmy zwrócony produkt i zleciliśmy zwrot pieniędzy w wysokości 149,00 zł na kartę Visa zakończoną na 5520.",
       "Środki powinny pojawić się na rachunku w ciągu 3–5 dni roboczych."],
  items_h="Zwrócony produkt",
  items=[("Buty do biegania Adidas Duramo SL, rozmiar 39, czarne", 149.00)],
  post=["Status zwrotu sprawdzisz w sekcji [Twoje zwroty](https://www.amazon.pl/gp/css/returns/homepage.html)."])

X(id="pl_x3", lang="pl", mp=PLM, frm=PP, to="Łukasz Kowalczyk",
  note="payment reminder before cancellation (update payment or we will cancel)", fmt="text", ps="A", cs="iso-8859-2", cte="qp", foot=0,
  subj="Zaktualizuj płatność za zamówienie {order}", title="Zaktualizuj płatność", greet="Dzień dobry, Łukaszu,",
  pre=["Nie udało się pobrać płatności za Twoje zamówienie – bank nie potwierdził transakcji.",
       "Zaktualizuj metodę płatności do 12 maja w sekcji [Zmień płatność](https://www.amazon.pl/gp/css/order/edit.html?orderID={order}&type=payment). Jeśli tego nie zrobisz, będziemy zmuszeni anulować zamówienie."],
  items_h="Produkty w zamówieniu",
  items=[("Głośnik Bluetooth JBL Charge 5, czarny", 599.00)],
  post=["Zamówienie jest nadal aktywne i zostanie wysłane po pomyślnym pobraniu płatności."])

X(id="pl_x4", lang="pl", frm=("Kasia Nowak", "kasia.nowak@wp.pl"), to="Ola Wiśniewska", order=None, amazon_sender=False, tz=1,
  note="friend writes she cancelled her Amazon order", fmt="text", cs="iso-8859-2", cte="8bit",
  received="from smtp.wp.pl (smtp.wp.pl [212.77.101.1])\n\tby mx.google.com with ESMTPS id t4si",
  subj="Anulowałam to zamówienie z Amazona",
  text_raw="""Cześć Ola,

tylko szybko daję znać: anulowałam swoje zamówienie na Amazonie, to z tym blenderem. Znalazłam taki sam w Media Expert o 80 zł taniej i z odbiorem jeszcze dziś. Na szczęście jeszcze nie wysłali, więc anulowanie poszło od ręki.

Jak będziesz chciała, to pożyczę Ci go w weekend.

Buziaki,
Kaśka
""")

X(id="pl_x5", lang="pl", mp=PLM, frm=("Amazon Prime", "prime@amazon.pl"), to="Tomasz Kaczmarczyk", order=None, amazon_sender=True,
  note="Prime membership cancellation (not an order)", fmt="html", layout=3, cs="utf-8", cte="b64", auth=True, foot=1,
  subj="Twoje członkostwo Amazon Prime zostało anulowane", title="Członkostwo Prime anulowane", greet="Dzień dobry, Tomaszu,",
  pre=["Potwierdzamy anulowanie Twojego członkostwa Amazon Prime. Z korzyści, takich jak darmowa dostawa i Prime Video, możesz korzystać do 3 sierpnia. Po tej dacie nie pobierzemy kolejnej opłaty.",
       "Anulowanie członkostwa nie wpływa na złożone już zamówienia."],
  post=["Zmieniłeś zdanie? Członkostwo możesz wznowić w dowolnym momencie w sekcji [Zarządzaj członkostwem Prime](https://www.amazon.pl/gp/primecentral)."])

# ---- lookalikes ----------------------------------------------------------------
K(id="pl_k1", lang="pl", mp=PLM, frm=("Amazon.pl", "zamowienia@amazon-pl-zwroty.com"), to="Ewa Nowak",
  linkbase="https://amazon-pl-zwroty.com", order="405-7712-99810",
  cause="payment_issue", sr=True, note="lookalike domain, href mismatch, malformed order no.; small surcharge to get refund",
  fmt="alt", layout=1, cs="utf-8", cte="qp", auth={"dom": "amazon-pl-zwroty.com"},
  received="from amazon-pl-zwroty.com (unknown [89.38.98.121])\n\tby mx.wp.pl with ESMTP id 4Wz1",
  subj="Zamówienie anulowane – brak płatności", title="Zamówienie anulowane", greet="Szanowny Kliencie,",
  pre=["Twoje zamówienie zostało anulowane z powodu nieudanej płatności.",
       "Aby otrzymać zwrot środków, dokonaj weryfikacyjnej dopłaty 1,99 zł: [https://www.amazon.pl/zwrot](https://amazon-pl-zwroty.com/platnosc/blik.php?z=7712)"],
  items=[("Apple iPad Air 11\" M2 128 GB", 2999.00)],
  post=["Zwrot zostanie zlecony w ciągu 15 minut od dopłaty."],
  foot=["Amazon.pl © 2024"])

K(id="pl_k2", lang="pl", frm=("Amazоn.pl", "amazon.pl.obsluga@onet.pl"), to="Jan Kowalski", order=None, amazon_sender=False,
  cause="fraud_prevention", sr=True, note="Cyrillic 'о' homoglyph display name, free-mail sender; account suspended, send BLIK code",
  fmt="text", cs="iso-8859-2", cte="qp",
  received="from smtp.poczta.onet.pl (smtp.poczta.onet.pl [213.180.142.140])\n\tby mx.google.com with ESMTPS id p2si",
  subj="Konto zawieszone - zamówienie anulowane",
  text_raw="""Szanowny Kliencie,

Twoje konto Amazon zostało ZAWIESZONE z powodu podejrzanej aktywności, a zamówienie nr 404-5518-20019 zostało anulowane.

Aby odblokować konto, odpowiedz na tę wiadomość i podaj 6-cyfrowy kod BLIK z aplikacji bankowej. Kod zostanie użyty wyłącznie do weryfikacji.

Brak odpowiedzi w ciągu 2 godzin spowoduje trwałe usunięcie konta.

Dział Bezpieczeństwa Amazon
""")

K(id="pl_k3", lang="pl", mp=PLM, frm=("Amazon Polska", "kontakt@amazon-pomoc.pl"), to="Adam Wójcik",
  linkbase="https://amazon-pomoc.pl", order="405-1188-4471",
  cause="technical_issue", sr=True, note="lookalike domain; claims system error; callback phone number",
  fmt="html", layout=2, cs="utf-8", cte="8bit", auth={"dom": "amazon-pomoc.pl"},
  received="from mail.amazon-pomoc.pl (unknown [185.81.157.20])\n\tby mx.interia.pl with ESMTP id 8812",
  subj="Ważne: Twoje zamówienie zostało anulowane", title="Zamówienie anulowane", greet="Dzień dobry,",
  pre=["Z powodu błędu systemu Twoje zamówienie nr 405-1188-4471 zostało anulowane, ale kwota 3 499,00 zł została pobrana z Twojego konta.",
       "Aby odzyskać pieniądze, zadzwoń na naszą infolinię: +48 22 307 18 44 (pn–nd, 8:00–22:00). Konsultant pomoże Ci zainstalować aplikację do zwrotu środków."],
  items=[("Laptop ASUS Vivobook 16, i7, 16 GB, 1 TB", 3499.00)],
  post=["Dziękujemy za cierpliwość."],
  foot=["Amazon Polska Sp. z o.o. – Dział Zwrotów"])

K(id="pl_k4", lang="pl", mp=PLM, frm=("Amazon", "noreply@amazon.pl-konto.info"), to="Marta Zielińska",
  linkbase="https://amazon.pl-konto.info", reply_to="zwroty@pl-konto.info", order="406-2231-7781",
  cause="inventory_shortage", sr=True, note="subdomain trick; claims product unavailable; reply with card number/expiry/CVV for refund",
  fmt="alt", layout=3, cs="iso-8859-2", cte="b64",
  received="from vps24411.pl-konto.info (unknown [79.110.62.18])\n\tby mx.o2.pl with ESMTP id 5512",
  subj="Produkt niedostępny – zwrot środków", title="Zwrot środków", greet="Szanowna Klientko, Szanowny Kliencie,",
  pre=["Zamówiony produkt jest niedostępny i zamówienie zostało anulowane.",
       "Aby otrzymać zwrot 1 899,00 zł, odpowiedz na tę wiadomość, podając numer karty, datę ważności oraz kod CVV.",
       "Zwrot zostanie zrealizowany w ciągu 24 godzin."],
  items=[("Ekspres automatyczny Philips LatteGo 5400", 1899.00)],
  post=["Zespół Amazon"],
  foot=["Amazon.pl"])

K(id="pl_k5", lang="pl", frm=("Amazon Zamówienia", "zamowienia.amazon@gmail.com"), to="Karol Sowa", order=None, amazon_sender=False,
  cause="unknown", sr=False, note="gmail sender, no order no., no reason; link text www.amazon.pl -> URL shortener",
  fmt="alt", cs="utf-8", cte="qp", auth={"dom": "gmail.com"},
  received="from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])\n\tby mx.google.com with SMTPS id d2sor",
  subj="Twoje zamówienie zostało anulowane",
  text_raw="""Dzień dobry,

Twoje zamówienie zostało anulowane.

Szczegóły: www.amazon.pl/zamowienia

Amazon
""",
  html_raw="""<div dir="ltr"><p>Dzień dobry,</p>
<p>Twoje zamówienie zostało anulowane.</p>
<p>Szczegóły: <a href="https://tinyurl.com/amzpl-zam7">www.amazon.pl/zamowienia</a></p>
<p>Amazon</p></div>
""")

# ==========================================================================
# main
# ==========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    built = []
    for m in MAILS:
        root, order = build(m)
        built.append((m, root))
    # file numbering: shuffled, but an earlier thread mail always precedes its follow-up
    idx = list(range(len(built)))
    rng.shuffle(idx)
    pos = {built[i][0]["id"]: n for n, i in enumerate(idx)}
    for m, _ in built:
        if m.get("after") and pos[m["after"]] > pos[m["id"]]:
            a, b = pos[m["after"]], pos[m["id"]]
            pos[m["after"]], pos[m["id"]] = b, a
    labels = []
    by_pos = sorted(built, key=lambda mr: pos[mr[0]["id"]])
    for n, (m, root) in enumerate(by_pos):
        fname = "%s%03d.eml" % (PREFIX, n + 1)
        write_eml(root, os.path.join(OUT, fname))
        if m["kind"] == "lookalike":
            mp = None
        elif "label_mp" in m:
            mp = m["label_mp"]
        elif m["kind"] == "notice":
            mp = m["mp"]
        else:
            fdom = m["frm"][1].split("@")[1]
            mp = m.get("mp") if (m.get("amazon_sender", fdom == m.get("mp"))) else None
        labels.append({
            "file": fname, "kind": m["kind"], "language": m["lang"],
            "cause": m.get("cause") if m["kind"] != "non_notice" else None,
            "states_reason": bool(m.get("sr", False)) if m["kind"] != "non_notice" else False,
            "marketplace": mp, "note": m.get("note", ""),
        })
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))
    if UNMAPPED:
        print("warning: characters replaced by '?':", sorted(UNMAPPED))

if __name__ == "__main__":
    main()
