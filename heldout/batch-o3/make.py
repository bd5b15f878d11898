#!/usr/bin/env python3
"""Regenerate blind batch o3: Italian / Polish / Swedish Amazon cancellation
notices, look-alike phishing and near-miss non-notices.

Run:  python3 make.py      (writes mail/*.eml and labels.json next to this file)
"""
import base64
import datetime
import html as htmlmod
import json
import os
import quopri
import random
import re
import textwrap
from email import policy
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

SEED = 31337003
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "o3"

# ---------------------------------------------------------------- helpers

def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))

def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))

def rdate(tz_hours=0):
    start = datetime.datetime(2024, 2, 1, tzinfo=datetime.timezone.utc)
    d = start + datetime.timedelta(seconds=rng.randint(0, 620 * 86400))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return d.astimezone(tz)

def ses_msgid():
    return "<0102%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        rhex(12), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))

def enc_header(text, charset="utf-8", mode="b"):
    """RFC 2047 encode if needed."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    cs = Charset(charset)
    cs.header_encoding = BASE64 if mode == "b" else QP
    return Header(text, cs, maxlinelen=76).encode()

def addr(name, email_addr, charset="utf-8", mode="b"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset, mode), email_addr)

def text_part(text, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype, charset=charset)
    del p["MIME-Version"]
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(data).decode("ascii"))
    elif cte in ("8bit", "7bit"):
        data = split_long(text.replace("\r\n", "\n")).encode(charset)
        if cte == "7bit":
            data.decode("ascii")
        p.set_payload(data.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p

LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")

def md_html(s):
    """Tiny markup: [[label|href]] and **bold**. Escapes everything else."""
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(htmlmod.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (htmlmod.escape(m.group(2)),
                                             htmlmod.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(htmlmod.escape(s[pos:], quote=False))
    res = "".join(out)
    res = BOLD_RE.sub(r"<b>\1</b>", res)
    return res.replace("\n", "<br />\n")

def md_text(s):
    def rep(m):
        label, href = m.group(1), m.group(2)
        if label.startswith("http") or label.startswith("www."):
            return href
        return "%s: %s" % (label, href)
    s = LINK_RE.sub(rep, s)
    return BOLD_RE.sub(r"\1", s)

def wrap(s, width=76):
    """Wrap each line separately, keeping its leading indentation."""
    out = []
    for line in s.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        ind = line[:len(line) - len(line.lstrip())]
        out.append(textwrap.fill(line.strip(), width=width, initial_indent=ind, subsequent_indent=ind,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)

def split_long(text, limit=900):
    """Keep 8bit lines under the RFC 5322 998-octet limit (break at a space)."""
    out = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > limit:
            cut = line.rfind(" ", 0, limit // 2)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)

def redirect(market, path):
    tgt = "https://www.%s%s" % (market, path)
    enc = tgt.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26")
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:2024%s0p0eu&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
            % (market, ralnum(13), ralnum(13), rhex(28), ralnum(12), enc, ralnum(28),
               rng.randint(1000000, 9999999), rng.randint(100000000, 999999999)))

# ---------------------------------------------------------------- Amazon layout

LBL = {
    "it": dict(brand="Amazon.it", market="amazon.it", orders="I miei ordini", account="Il mio account",
               order="Ordine n.", qty="Quantità", seller="Venduto da", price="Prezzo",
               signoff="Speriamo di rivederti presto.", cur=lambda v: "EUR " + v,
               notify="Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.",
               legal="© 2024 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. Amazon Italia Services S.r.l., Viale Monte Grappa 3/5, 20124 Milano."),
    "pl": dict(brand="Amazon.pl", market="amazon.pl", orders="Twoje zamówienia", account="Twoje konto",
               order="Zamówienie nr", qty="Ilość", seller="Sprzedawca", price="Cena",
               signoff="Mamy nadzieję, że wkrótce znów nas odwiedzisz.", cur=lambda v: v + " zł",
               notify="Ta wiadomość e-mail została wysłana z adresu, który nie obsługuje poczty przychodzącej. Prosimy na nią nie odpowiadać.",
               legal="© 2024 Amazon.com, Inc. lub podmioty powiązane. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg. Amazon EU SARL (Spółka z ograniczoną odpowiedzialnością) Oddział w Polsce, ul. Powstańców Śląskich 7a, 53-332 Wrocław."),
    "sv": dict(brand="Amazon.se", market="amazon.se", orders="Dina beställningar", account="Ditt konto",
               order="Beställning nr", qty="Antal", seller="Säljs av", price="Pris",
               signoff="Vi hoppas att vi ses igen snart.", cur=lambda v: v + " kr",
               notify="Det här e-postmeddelandet skickades från en adress som inte kan ta emot inkommande e-post. Svara inte på det här meddelandet.",
               legal="© 2024 Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Amazon EU S.à r.l., Sweden Filial, Box 7214, 103 88 Stockholm."),
}

SECURITY = {
    "it": [
        "Amazon non ti chiederà mai di comunicare o verificare la tua password, i dati della carta di credito o un codice di verifica tramite e-mail, SMS o telefono, né di effettuare pagamenti al di fuori di Amazon.it.",
        "Se la tua carta è scaduta o il numero è cambiato, aggiorna i dati direttamente in Il mio account > I tuoi pagamenti: [[https://www.amazon.it/cpe/yourpayments/wallet|https://www.amazon.it/cpe/yourpayments/wallet]]",
        "Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? Non cliccare sui link e non aprire gli allegati: segnalala seguendo le istruzioni su [[https://www.amazon.it/gp/help/customer/display.html?nodeId=201909150|https://www.amazon.it/gp/help/customer/display.html?nodeId=201909150]]",
    ],
    "pl": [
        "Amazon nigdy nie poprosi Cię o podanie lub potwierdzenie hasła, danych karty płatniczej ani kodu weryfikacyjnego w wiadomości e-mail, SMS-ie czy przez telefon, ani o dokonanie płatności poza serwisem Amazon.pl.",
        "Jeśli Twoja karta wygasła lub zmienił się jej numer, zaktualizuj dane w sekcji Twoje konto > Twoje płatności: [[https://www.amazon.pl/cpe/yourpayments/wallet|https://www.amazon.pl/cpe/yourpayments/wallet]]",
        "Otrzymałeś podejrzaną wiadomość podszywającą się pod Amazon? Nie klikaj linków i nie otwieraj załączników – zgłoś ją zgodnie z instrukcją: [[https://www.amazon.pl/gp/help/customer/display.html?nodeId=GNRH6M2WRY5VPS7B|https://www.amazon.pl/gp/help/customer/display.html?nodeId=GNRH6M2WRY5VPS7B]]",
    ],
    "sv": [
        "Amazon ber dig aldrig att lämna eller bekräfta ditt lösenord, dina kortuppgifter eller en verifieringskod via e-post, sms eller telefon, och ber dig aldrig att betala utanför Amazon.se.",
        "Om ditt kort har gått ut eller fått ett nytt nummer uppdaterar du uppgifterna under Ditt konto > Dina betalningar: [[https://www.amazon.se/cpe/yourpayments/wallet|https://www.amazon.se/cpe/yourpayments/wallet]]",
        "Har du fått ett misstänkt e-postmeddelande som ser ut att komma från Amazon? Klicka inte på länkar och öppna inga bilagor – rapportera det enligt anvisningarna på [[https://www.amazon.se/gp/help/customer/display.html?nodeId=201909150|https://www.amazon.se/gp/help/customer/display.html?nodeId=201909150]]",
    ],
}

AMZ_CSS = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
#container { width:640px; }
#header .logo img { width:137px; height:29px; }
#header .navigation a { color:#0066c0; font-size:12px; text-decoration:none; }
#header .title h2 { font-size:20px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#summary .heading { font-size:16px; color:#cc6600; font-weight:bold; }
#summary p { font-size:14px; line-height:20px; color:#333333; }
#orderDetails th { text-align:left; border-bottom:1px solid #cccccc; font-size:14px; color:#cc6600; }
#orderDetails td { font-size:13px; vertical-align:top; padding:10px 0; }
#orderDetails .price { text-align:right; white-space:nowrap; font-weight:bold; }
.buttonComponent { border-collapse:separate; border-radius:3px; border:1px solid #CBA957; background-color:#ffa723; min-width:222px; min-height:47px; }
.buttonComponentLink { color:#111111 !important; text-decoration:none; font-size:14px; }
#closing td { font-size:13px; color:#333333; }
#legalFooter td { font-size:11px; color:#666666; line-height:15px; padding-top:12px; }
"""

def amazon_html(lang, title, order, greeting, paras, items, closing=(), footer=None,
                href=None, button=None, items_heading=None, brand=None, market=None,
                pixel=True, notify=True):
    L = LBL[lang]
    market = market or L["market"]
    brand = brand or L["brand"]
    if href is None:
        href = lambda path: redirect(market, path)
    footer = SECURITY[lang] if footer is None else footer
    h = []
    h.append('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">\n <head>\n'
             '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
             '  <meta name="format-detection" content="telephone=no" />\n'
             '  <title>%s</title>\n  <style type="text/css">%s</style>\n </head>\n' % (htmlmod.escape(title), AMZ_CSS))
    h.append(' <body>')
    if pixel:
        h.append('<img width="1" height="1" src="%s" />' % htmlmod.escape(href("/gp/r.html")))
    h.append('\n  <table id="container" cellpadding="0">\n   <tbody>\n    <tr>\n     <td class="frame">\n'
             '      <table id="main" cellpadding="0">\n       <tbody>\n')
    # header
    h.append('        <tr>\n         <td>\n          <table id="header" cellpadding="0">\n           <tbody>\n            <tr>\n'
             '             <td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://m.media-amazon.com/images/G/29/x-locale/cs/te/logo._CB485947715_.png" border="0" /></a></td>\n'
             '             <td class="navigation">\n              <table align="right">\n               <tbody>\n                <tr>\n'
             '                 <td> <a href="%s">%s</a> </td>\n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>\n'
             '                 <td> <a href="%s">%s</a> </td>\n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>\n'
             '                 <td> <a class="last" href="%s">%s</a> </td>\n                </tr>\n               </tbody>\n              </table> </td>\n            </tr>\n'
             % (htmlmod.escape(href("/ref=TE_tex_h")), brand,
                htmlmod.escape(href("/gp/css/order-history?ref_=TE_tex_yo")), L["orders"],
                htmlmod.escape(href("/gp/css/homepage.html?ref_=TE_tex_ya")), L["account"],
                htmlmod.escape(href("/?ref_=TE_tex_h")), brand))
    order_html = ""
    if order:
        order_html = ' %s <a href="%s">%s</a>' % (L["order"], htmlmod.escape(href("/gp/css/order-details?orderID=" + order if order[0].isdigit() else "/gp/css/order-history")), htmlmod.escape(order))
    h.append('            <tr>\n             <td class="title"> <h2>%s</h2>%s </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n'
             % (htmlmod.escape(title), order_html))
    # summary
    h.append('        <tr>\n         <td>\n          <table id="summary" cellpadding="0">\n           <tbody>\n            <tr>\n             <td>')
    if greeting:
        h.append('<span class="heading">%s</span>' % htmlmod.escape(greeting))
    for p in paras:
        h.append(' <p> %s </p>' % md_html(p))
    if button:
        h.append('\n              <table class="buttonComponent" width="222"><tbody><tr><td style="width:100%%; vertical-align:middle;" align="center" valign="middle" height="47"> <a class="buttonComponentLink" href="%s">%s</a> </td></tr></tbody></table>'
                 % (htmlmod.escape(button[1]), htmlmod.escape(button[0])))
    h.append(' </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n')
    # items
    if items:
        h.append('        <tr>\n         <td>\n          <table id="orderDetails" cellpadding="0" width="100%">\n           <tbody>\n')
        if items_heading:
            h.append('            <tr><th colspan="3">%s</th></tr>\n' % htmlmod.escape(items_heading))
        for it in items:
            h.append('            <tr>\n             <td class="itemImage"><img src="https://m.media-amazon.com/images/I/%s._SS80_.jpg" width="80" height="80" alt="" /></td>\n'
                     '             <td class="itemTitle"><a href="%s">%s</a><br /><span style="color:#666666">%s: %s</span><br /><span style="color:#666666">%s: %d</span></td>\n'
                     '             <td class="price">%s</td>\n            </tr>\n'
                     % (ralnum(11, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+"),
                        htmlmod.escape(href("/dp/B0" + ralnum(8))), htmlmod.escape(it[0]), L["seller"], htmlmod.escape(it[3]),
                        L["qty"], it[1], htmlmod.escape(L["cur"](it[2]))))
        h.append('           </tbody>\n          </table> </td>\n        </tr>\n')
    # closing
    h.append('        <tr>\n         <td>\n          <table id="closing" cellpadding="0">\n           <tbody>\n            <tr>\n             <td>')
    for c in closing:
        h.append(' <p>%s</p>' % md_html(c))
    h.append(' <p> <br />%s<br /> <span class="signature"> <strong>%s</strong> </span> </p> </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n'
             % (htmlmod.escape(L["signoff"]), brand))
    # footer
    h.append('        <tr>\n         <td>\n          <table id="legalFooter" cellpadding="0">\n           <tbody>\n            <tr>\n             <td>')
    for f in footer:
        h.append(' <p>%s</p>' % md_html(f))
    if notify:
        h.append(' <p>%s</p> <p>%s</p>' % (htmlmod.escape(L["notify"]), htmlmod.escape(L["legal"])))
    h.append(' </td>\n            </tr>\n           </tbody>\n          </table> </td>\n        </tr>\n'
             '       </tbody>\n      </table> </td>\n    </tr>\n   </tbody>\n  </table>\n </body>\n</html>\n')
    return "".join(h)

def amazon_text(lang, title, order, greeting, paras, items, closing=(), footer=None,
                button=None, items_heading=None, brand=None, market=None, notify=True,
                order_url=True):
    L = LBL[lang]
    market = market or L["market"]
    brand = brand or L["brand"]
    footer = SECURITY[lang] if footer is None else footer
    bar = "_" * 74
    t = [brand, title]
    if order:
        t.append("%s %s" % (L["order"], order))
        if order_url and order[0].isdigit():
            t.append("https://www.%s/gp/css/order-details?orderID=%s" % (market, order))
    t += [bar, ""]
    if greeting:
        t += [greeting, ""]
    for p in paras:
        t += [wrap(md_text(p)), ""]
    if button:
        t += ["%s:" % button[0], button[1], ""]
    if items:
        if items_heading:
            t += [items_heading, "=" * len(items_heading)]
        for it in items:
            t += ['"%s"' % it[0], "  %s: %s" % (L["seller"], it[3]), "  %s: %d" % (L["qty"], it[1]),
                  "  %s: %s" % (L["price"], L["cur"](it[2])), ""]
        t += ["=" * 74, ""]
    for c in closing:
        t += [wrap(md_text(c)), ""]
    t += [L["signoff"], brand, bar, ""]
    for f in footer:
        t += [wrap(md_text(f)), ""]
    if notify:
        t += [wrap(L["notify"]), "", wrap(L["legal"]), ""]
    return "\n".join(t)

# ---------------------------------------------------------------- generic layouts

def simple_text(paras, sig=None):
    t = []
    for p in paras:
        t += [wrap(md_text(p)), ""]
    if sig:
        t.append(sig)
    return "\n".join(t).rstrip() + "\n"

def brand_html(brand, color, title, paras, footer=(), logo=None):
    h = ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
         '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
         '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>%s</title></head>\n'
         '<body style="margin:0;padding:0;background:#f2f2f2;">\n'
         '<table width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">\n'
         '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Helvetica,Arial,sans-serif;">\n'
         '<tr><td style="background:%s;padding:18px 24px;color:#ffffff;font-size:22px;font-weight:bold;">%s</td></tr>\n'
         '<tr><td style="padding:24px 24px 8px 24px;font-size:20px;color:#222222;">%s</td></tr>\n'
         % (htmlmod.escape(title), color, logo or htmlmod.escape(brand), htmlmod.escape(title))]
    for p in paras:
        h.append('<tr><td style="padding:6px 24px;font-size:14px;line-height:21px;color:#333333;">%s</td></tr>\n' % md_html(p))
    h.append('<tr><td style="padding:18px 24px;border-top:1px solid #e5e5e5;font-size:11px;line-height:16px;color:#888888;">')
    h.append("<br />\n".join(md_html(f) for f in footer))
    h.append('</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n')
    return "".join(h)

def brand_text(brand, title, paras, footer=()):
    t = [brand, title, "-" * 60, ""]
    for p in paras:
        t += [wrap(md_text(p)), ""]
    t.append("-" * 60)
    for f in footer:
        t.append(wrap(md_text(f)))
    return "\n".join(t) + "\n"

# ---------------------------------------------------------------- transport headers

def received_ses(to_addr, date, mx):
    ip = "54.240.%d.%d" % (rng.randint(0, 15), rng.randint(1, 254))
    host = "e%d-%d.smtp-out.eu-west-1.amazonses.com" % (rng.randint(200, 250), rng.randint(1, 60))
    return ("from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, mx, ralnum(10), to_addr, format_datetime(date))), ip

def received_generic(helo, ip, to_addr, date, mx):
    return ("from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s"
            % (helo, helo, ip, mx, ralnum(12), to_addr, format_datetime(date)))

def mx_for(to_addr):
    dom = to_addr.split("@")[1]
    return {"gmail.com": "mx.google.com", "libero.it": "smtp-in.libero.it", "virgilio.it": "mx.virgilio.it",
            "wp.pl": "mx.wp.pl", "onet.pl": "mx.poczta.onet.pl", "o2.pl": "mx.o2.pl", "interia.pl": "mx.poczta.interia.pl",
            "telia.com": "mx.telia.com", "hotmail.se": "mx.outlook.com", "bredband.net": "mx.bredband.net",
            "outlook.com": "mx.outlook.com", "tiscali.it": "mx.tiscali.it", "gmx.de": "mx.gmx.net"}.get(dom, "mx." + dom)

def auth_amazon_pass(mx, d, bounce, ip):
    return ("%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n"
            "\tdkim=pass header.d=amazonses.com header.s=%s header.b=%s;\n"
            "\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mx, d, ralnum(24, "abcdefghijklmnopqrstuvwxyz234567"), ralnum(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
               ralnum(24, "abcdefghijklmnopqrstuvwxyz234567"), ralnum(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
               mx, bounce, ip, bounce, d))

def auth_custom(mx, dkim, spf, dmarc):
    return "%s;\n\t%s;\n\t%s;\n\t%s" % (mx, dkim, spf, dmarc)

# ---------------------------------------------------------------- entry helpers

def onum(prefix=None):
    p = prefix or rng.choice(["028", "171", "402", "403", "404", "405", "406", "407", "408"])
    return "%s-%07d-%07d" % (p, rng.randint(0, 9999999), rng.randint(0, 9999999))

def amz(lang, fmt, **kw):
    """Amazon-layout bodies. kw as for amazon_html/amazon_text."""
    d = {}
    text_kw = {k: v for k, v in kw.items() if k not in ("href", "pixel")}
    if fmt in ("text", "alt"):
        d["text"] = amazon_text(lang, **text_kw)
    if fmt in ("html", "alt"):
        html_kw = {k: v for k, v in kw.items() if k not in ("order_url",)}
        d["html"] = amazon_html(lang, **html_kw)
    return d

def brand(fmt, name, color, title, paras, footer=(), logo=None):
    d = {}
    if fmt in ("text", "alt"):
        d["text"] = brand_text(name, title, paras, footer)
    if fmt in ("html", "alt"):
        d["html"] = brand_html(name, color, title, paras, footer, logo)
    return d

def evil(url):
    return lambda path: url

ENTRIES = []

def add(**e):
    ENTRIES.append(e)

AMZ_HDRS = lambda market: [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                           ("X-AMAZON-RTE-VERSION", "2.0"),
                           ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % ralnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]

# ================================================================ ITALIAN (amazon.it)
IT_H = "Articoli annullati"

# --- it notice 1: inventory_shortage, alt, auth
o = onum("403")
add(lang="it", kind="notice", cause="inventory_shortage", sr=True, mk="amazon.it",
    note="item no longer available, supplier could not deliver; alt QP; auth pass",
    frm=("Amazon.it", "order-update@amazon.it"), reply_to="no-reply@amazon.it",
    to=("Giulia Bernardi", "giulia.bernardi@libero.it"),
    subj="Il tuo ordine Amazon.it n. %s è stato annullato" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport="ses", auth="amazon",
    body=amz("it", "alt", title="Ordine annullato", order=o, greeting="Gentile Giulia,",
             paras=["siamo spiacenti di informarti che abbiamo dovuto annullare il tuo ordine n. %s perché l'articolo indicato di seguito non è più disponibile. Il fornitore non è riuscito a consegnarci la merce e al momento non prevediamo nuovi arrivi." % o,
                    "Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo estratto conto compare una preautorizzazione, verrà annullata automaticamente dalla tua banca entro pochi giorni lavorativi.",
                    "Ci scusiamo per l'inconveniente. Puoi controllare se l'articolo è offerto da altri venditori nella pagina del prodotto."],
             items=[("De'Longhi Dedica Style EC685.M, Macchina da caffè espresso manuale, argento", 1, "169,90", "Amazon.it")],
             items_heading=IT_H,
             closing=["Puoi controllare lo stato dei tuoi ordini in [[I miei ordini|https://www.amazon.it/gp/css/order-history]]."]))

# --- it notice 2: payment_issue, text-only QP, no auth
o = onum("171")
add(lang="it", kind="notice", cause="payment_issue", sr=True, mk="amazon.it",
    note="payment revision not made in time, card expired; text-only QP; no auth",
    frm=("Amazon.it", "payments-messages@amazon.it"), reply_to="no-reply@amazon.it",
    to=("Luca Ferri", "luca.ferri82@gmail.com"),
    subj="Il tuo ordine Amazon.it n. %s è stato annullato" % o, subj_enc=("utf-8", "b"),
    fmt="text", cs="utf-8", cte="quoted-printable", transport=None, auth=None,
    body={"text": simple_text([
        "Amazon.it\n" + "-" * 74,
        "Gentile Luca Ferri,",
        "alcuni giorni fa ti abbiamo chiesto di aggiornare le informazioni di pagamento per il tuo ordine n. %s. Poiché non abbiamo ricevuto un metodo di pagamento valido entro il termine indicato, abbiamo annullato l'ordine." % o,
        "Motivo: la carta Mastercard che termina con 4471 risulta scaduta e l'autorizzazione dell'importo è stata rifiutata dall'istituto emittente.",
        "Articoli annullati:\n  1 x Bosch Professional GSR 12V-15 Trapano avvitatore a batteria, 2 batterie 2,0 Ah, in valigetta - EUR 119,00",
        "Non è stato effettuato alcun addebito. Se desideri ancora questi articoli, puoi effettuare un nuovo ordine su Amazon.it dopo aver aggiunto un metodo di pagamento valido.",
        "Se la tua carta è stata rinnovata o il numero è cambiato, aggiorna i dati in Il mio account > I tuoi pagamenti: https://www.amazon.it/cpe/yourpayments/wallet",
        "Cordiali saluti,\nAmazon.it\nhttps://www.amazon.it",
        "-" * 74,
        md_text(SECURITY["it"][0]),
        md_text(SECURITY["it"][2]),
        LBL["it"]["notify"],
    ])})

# --- it notice 3: technical_issue (pricing error), HTML only base64, auth
o = onum("405")
add(lang="it", kind="notice", cause="technical_issue", sr=True, mk="amazon.it",
    note="pricing error on detail page; HTML-only base64; auth pass; from cs-reply",
    frm=("Amazon.it", "cs-reply@amazon.it"), reply_to=None,
    to=("Alessandro Gallo", "a.gallo@tiscali.it"),
    subj="Informazioni sul tuo ordine Amazon.it %s" % o, subj_enc=("utf-8", "b"),
    fmt="html", cs="utf-8", cte="base64", transport="ses", auth="amazon",
    body=amz("it", "html", title="Il tuo ordine è stato annullato", order=o, greeting="Buongiorno Alessandro,",
             paras=["ti scriviamo in merito al tuo ordine n. %s." % o,
                    "Abbiamo rilevato che, a causa di un errore tecnico, il prezzo dell'articolo indicato di seguito era visualizzato in modo errato nella pagina di dettaglio del prodotto (EUR 19,90 invece di EUR 199,00). Poiché l'offerta non corrispondeva al prezzo corretto, abbiamo annullato l'ordine.",
                    "L'importo non è stato addebitato. Abbiamo già corretto il prezzo sul sito; se desideri ancora acquistare l'articolo, puoi effettuare un nuovo ordine al prezzo attuale.",
                    "Ci scusiamo per il disagio che questo errore può averti causato."],
             items=[("Samsung Galaxy Tab A9+ Tablet 11'' Wi-Fi 64 GB, Graphite", 1, "19,90", "Amazon.it")],
             items_heading=IT_H,
             closing=["Per qualsiasi domanda visita il nostro [[Servizio Clienti|https://www.amazon.it/gp/help/customer/display.html]]."]))

# --- it notice 4: fraud_prevention, alt, no auth
o = onum("402")
add(lang="it", kind="notice", cause="fraud_prevention", sr=True, mk="amazon.it",
    note="unusual activity, account on hold, pending order cancelled; alt 8bit; no auth",
    frm=("Amazon.it", "account-update@amazon.it"), reply_to="no-reply@amazon.it",
    to=("Francesca Moretti", "francesca.moretti@virgilio.it"),
    subj="Il tuo ordine Amazon.it n. %s è stato annullato" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="8bit", transport=None, auth=None,
    body=amz("it", "alt", title="Ordine annullato per motivi di sicurezza", order=o, greeting="Gentile Francesca,",
             paras=["durante un controllo di routine abbiamo rilevato attività insolite sul tuo account Amazon.it. Per proteggerti, abbiamo temporaneamente sospeso l'account e annullato l'ordine in sospeso indicato di seguito.",
                    "Per riattivare l'account, accedi a Amazon.it digitando direttamente l'indirizzo nel browser oppure dall'app Amazon e segui le istruzioni visualizzate: potrebbe esserti chiesto di confermare il metodo di pagamento associato all'ordine. Non rispondere a questa e-mail e non comunicare a nessuno i tuoi dati.",
                    "Non è stato addebitato alcun importo."],
             items=[("Apple AirPods Pro (2ª generazione) con custodia MagSafe (USB-C)", 1, "279,00", "Amazon.it"),
                    ("Buono regalo Amazon.it - E-mail - 150 EUR", 2, "150,00", "Amazon EU S.à r.l.")],
             items_heading=IT_H))

# --- it notice 5: customer_request, text-only 8bit iso-8859-15, auth
o = onum("408")
add(lang="it", kind="notice", cause="customer_request", sr=True, mk="amazon.it",
    note="successful cancellation at customer's request, 'Annullato dal cliente'; text 8bit iso-8859-15; auth pass",
    frm=("Amazon.it", "auto-confirm@amazon.it"), reply_to="no-reply@amazon.it",
    to=("Chiara Esposito", "chiara.esposito91@gmail.com"),
    subj='Annullamento effettuato di "LEGO Technic 42151 Bugatti Bolide" dal tuo ordine n. %s' % o, subj_enc=("iso-8859-15", "q"),
    fmt="text", cs="iso-8859-15", cte="8bit", transport="ses", auth="amazon",
    body={"text": simple_text([
        "Amazon.it                     I miei ordini | Il mio account | Amazon.it\n" + "_" * 74,
        "Gentile Chiara,",
        "come da tua richiesta, abbiamo annullato l'articolo indicato di seguito dal tuo ordine n. %s. Gli eventuali altri articoli dell'ordine non sono interessati." % o,
        "Motivo dell'annullamento: Annullato dal cliente",
        "Articoli annullati\n==================\n\"LEGO 42151 Technic Bugatti Bolide, Kit Modellino di Auto da Costruire\"\n  Quantità: 1\n  Venduto da: Amazon.it\n  Prezzo: 44,99 €",
        "Se hai pagato con carta, l'importo non ti verrà addebitato. Se l'importo è già stato addebitato, riceverai un rimborso sul metodo di pagamento originale.",
        "Puoi visualizzare i tuoi ordini in I miei ordini: https://www.amazon.it/gp/css/order-history",
        "Speriamo di rivederti presto.\nAmazon.it\n" + "_" * 74,
        md_text(SECURITY["it"][0]), md_text(SECURITY["it"][1]), md_text(SECURITY["it"][2]),
        LBL["it"]["notify"],
    ])})

# --- it notice 6: unknown (no reason), alt, no auth
o = onum("404")
add(lang="it", kind="notice", cause="unknown", sr=False, mk="amazon.it",
    note="one item cancelled, no reason given; alt base64; no auth",
    frm=("Amazon.it", "order-update@amazon.it"), reply_to="no-reply@amazon.it",
    to=("Marco Rinaldi", "marco.rinaldi@libero.it"),
    subj="Articolo annullato dal tuo ordine Amazon.it n. %s" % o, subj_enc=("utf-8", "b"),
    fmt="alt", cs="utf-8", cte="base64", transport=None, auth=None,
    body=amz("it", "alt", title="Articolo annullato", order=o, greeting="Gentile Marco,",
             paras=["ti informiamo che l'articolo seguente è stato annullato dal tuo ordine n. %s." % o,
                    "Gli altri articoli dell'ordine non sono interessati e verranno spediti come previsto. Non ti verrà addebitato alcun importo per l'articolo annullato."],
             items=[("Philips Series 5000 Friggitrice ad aria XXL HD9285/90, 7,2 L", 1, "189,99", "Amazon.it")],
             items_heading=IT_H,
             closing=["Puoi visualizzare i dettagli del tuo ordine in [[I miei ordini|https://www.amazon.it/gp/css/order-history]]."]))

# --- it lookalike 1: crude callback phone, gmail sender
add(lang="it", kind="lookalike", cause="fraud_prevention", sr=True, mk=None,
    note="gmail sender, callback phone number, suspicious login claim, malformed order no.; text 8bit",
    frm=("Amazon Assistenza", "assistenza.amazon.ordini@gmail.com"), reply_to=None,
    to=(None, "marco.rinaldi@libero.it"),
    subj="ORDINE ANNULLATO - Attività sospetta rilevata sul suo account Amazon", subj_enc=("utf-8", "b"),
    fmt="text", cs="utf-8", cte="8bit", transport=("mail-sor-f41.google.com", "209.85.220.41"),
    auth=("custom", "dkim=pass header.d=gmail.com header.s=20230601", "spf=pass smtp.mailfrom=gmail.com", "dmarc=pass (p=NONE) header.from=gmail.com"),
    msgid="gmail", tz=1,
    body={"text": simple_text([
        "Gentile Cliente,",
        "il suo ordine #402-7781290-33 per un Apple iPhone 15 Pro Max 256GB (1.489,00 €) è stato ANNULLATO perchè abbiamo rilevato un accesso sospetto al suo account da un dispositivo Windows a Bucarest (Romania).",
        "Se NON ha effettuato lei questo ordine chiami SUBITO il nostro servizio clienti al numero +39 02 8295 4417 (attivo 24 ore su 24) per bloccare l'addebito sulla sua carta.",
        "Se non chiama entro 24 ore l'importo verrà addebitato e non sarà più possibile il rimborso.",
        "Cordiali saluti\nTeam Sicurezza Amazon",
    ])})

# --- it lookalike 2: account suspended + code, Cyrillic display name, polished HTML-only
o = onum("408")
ev = "https://amazon-it-sicurezza.com/verifica/?sid=" + rhex(24)
add(lang="it", kind="lookalike", cause="fraud_prevention", sr=True, mk=None,
    note="Cyrillic А in display name, look-alike domain, account suspended + verification code; HTML-only QP; auth pass for evil domain",
    frm=("Аmazon.it", "no-reply@amazon-it-sicurezza.com"), reply_to=None,
    to=("Giulia Bernardi", "giulia.bernardi@libero.it"),
    subj="Il tuo account è stato sospeso e il tuo ordine annullato", subj_enc=("utf-8", "q"),
    fmt="html", cs="utf-8", cte="quoted-printable", transport=("srv1.amazon-it-sicurezza.com", "91.215.85.17"),
    auth=("custom", "dkim=pass header.d=amazon-it-sicurezza.com header.s=default", "spf=pass smtp.mailfrom=amazon-it-sicurezza.com", "dmarc=pass (p=NONE) header.from=amazon-it-sicurezza.com"),
    msgid="amazon-it-sicurezza.com",
    body=amz("it", "html", title="Account sospeso", order=o, greeting="Gentile cliente,",
             paras=["abbiamo sospeso il tuo account Amazon e annullato l'ordine n. %s perché non siamo riusciti a verificare la tua identità." % o,
                    "Per riattivare l'account e ripristinare l'ordine, inserisci il seguente codice di verifica nella pagina di sicurezza entro 48 ore:",
                    "**Codice di verifica: 719 442**",
                    "Trascorso questo termine l'account verrà chiuso definitivamente e gli eventuali buoni regalo non saranno più utilizzabili."],
             items=[], button=("Verifica ora", ev), href=evil(ev), footer=SECURITY["it"][:1]))

# --- it lookalike 3: reply with card details, outlook sender
add(lang="it", kind="lookalike", cause="payment_issue", sr=True, mk=None,
    note="outlook.it sender, asks to reply with card number/CVV; text-only QP",
    frm=("Servizio Clienti Amazon", "servizioclienti.amazon@outlook.it"), reply_to=None,
    to=(None, "luca.ferri82@gmail.com"),
    subj="Re: Problema con il pagamento - ordine annullato", subj_enc=("utf-8", "q"),
    fmt="text", cs="utf-8", cte="quoted-printable", transport=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.64.19"),
    auth=("custom", "dkim=pass header.d=outlook.it header.s=selector1", "spf=pass smtp.mailfrom=outlook.it", "dmarc=pass (p=NONE) header.from=outlook.it"),
    msgid="outlook", tz=2,
    body={"text": simple_text([
        "Gentile cliente,",
        "il pagamento del suo ordine Amazon n. 171-3329018-5502217 non è andato a buon fine e l'ordine è stato annullato dal sistema.",
        "Per riattivare l'ordine senza perdere lo sconto applicato risponda a questa e-mail indicando:\n- nome e cognome del titolare della carta\n- numero della carta (16 cifre)\n- data di scadenza\n- codice di sicurezza CVV\n- data di nascita",
        "Il nostro operatore provvederà a completare il pagamento manualmente entro 2 ore.",
        "Grazie per la collaborazione,\nUfficio Pagamenti Amazon Italia",
    ])})

# --- it lookalike 4: link text shows amazon.it, href elsewhere; amazon.it.evil domain
o = onum("403")
ev = "http://amazon.it.ordini-stato.info/rimborso/index.php?o=" + o
add(lang="it", kind="lookalike", cause="inventory_shortage", sr=True, mk=None,
    note="amazon.it.ordini-stato.info sender, visible amazon.it link text with evil href, refund lure; alt QP",
    frm=("Amazon.it", "order-update@amazon.it.ordini-stato.info"), reply_to=None,
    to=("Chiara Esposito", "chiara.esposito91@gmail.com"),
    subj="Il tuo ordine Amazon.it n. %s è stato annullato" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("vps-5c21a.contaboserver.net", "161.97.88.203"),
    auth=None, msgid="amazon.it.ordini-stato.info",
    body=amz("it", "alt", title="Ordine annullato", order=o, greeting="Gentile Chiara,",
             paras=["siamo spiacenti: l'articolo del tuo ordine n. %s non è più disponibile presso il venditore e l'ordine è stato annullato." % o,
                    "L'importo di EUR 329,00 è già stato addebitato. Per ricevere il rimborso sul tuo conto devi confermare i dati della carta entro 72 ore dalla pagina dei rimborsi: [[https://www.amazon.it/gp/css/order-history/rimborsi|%s]]" % ev,
                    "Senza conferma il rimborso verrà trasformato in credito non rimborsabile."],
             items=[("Dyson V12 Detect Slim Absolute Aspirapolvere senza filo", 1, "329,00", "Amazon.it")],
             items_heading=IT_H, href=evil(ev), order_url=False))

# --- it lookalike 5: "will be cancelled" unless payment updated, amaz0n
o = onum("404")
ev = "https://amaz0n-it.com/ap/signin?openid=pay&o=" + o
add(lang="it", kind="lookalike", cause="payment_issue", sr=True, mk=None,
    note="amaz0n-it.com look-alike, threatens order will be cancelled within 24h unless payment updated; HTML-only base64",
    frm=("Amazon", "pagamenti@amaz0n-it.com"), reply_to=None,
    to=("Francesca Moretti", "francesca.moretti@virgilio.it"),
    subj="Azione richiesta: il tuo ordine verrà annullato entro 24 ore", subj_enc=("utf-8", "b"),
    fmt="html", cs="utf-8", cte="base64", transport=("mail.amaz0n-it.com", "185.225.74.91"),
    auth=("custom", "dkim=none (message not signed)", "spf=neutral smtp.mailfrom=amaz0n-it.com", "dmarc=none header.from=amaz0n-it.com"),
    msgid="amaz0n-it.com",
    body=amz("it", "html", title="Problema con il pagamento", order=o, greeting="Ciao,",
             paras=["non siamo riusciti ad autorizzare il pagamento per il tuo ordine n. %s." % o,
                    "**Se non aggiorni i dati di pagamento entro 24 ore, il tuo ordine verrà annullato** e il tuo account sarà limitato fino alla verifica.",
                    "Aggiorna subito le informazioni di pagamento cliccando sul pulsante qui sotto."],
             items=[("Apple MacBook Air 13'' chip M2, 8GB RAM, 256GB SSD - Mezzanotte", 1, "1.099,00", "Amazon.it")],
             button=("Aggiorna il pagamento", ev), href=evil(ev), footer=[]))

# --- it lookalike 6: crude, yahoo, malformed order no., no reason, iso-8859-1 8bit
add(lang="it", kind="lookalike", cause="unknown", sr=False, mk=None,
    note="yahoo sender, malformed order number, no reason, refund link to shortener; text 8bit iso-8859-1",
    frm=("Amazon Rimborsi", "rimborsi.amazon.it@yahoo.com"), reply_to=None,
    to=(None, "a.gallo@tiscali.it"),
    subj="Amazon: Ordine Annullato !!", subj_enc=("iso-8859-1", "q"),
    fmt="text", cs="iso-8859-1", cte="8bit", transport=("sonic309-21.consmr.mail.ir2.yahoo.com", "77.238.176.222"),
    auth=("custom", "dkim=pass header.d=yahoo.com header.s=s2048", "spf=pass smtp.mailfrom=yahoo.com", "dmarc=pass (p=REJECT) header.from=yahoo.com"),
    msgid="yahoo.com", tz=1,
    body={"text": simple_text([
        "Caro cliente Amazon,",
        "Il tuo ordine N° IT-2024-88123 e stato annullato.",
        "Per ricevere il rimborso di 349,99 EUR clicca sul link qui sotto e inserisci i tuoi dati bancari:\nhttp://bit.ly/amz-rimborso-it",
        "Hai tempo solo 48 ore, dopo il rimborso non sarà piu possibile.",
        "Grazie\nAmazon.it Servizio Rimborsi",
    ])})

# --- it lookalike 7: spoofed auto-confirm@amazon.it, dmarc=fail, reply-to gmail, pricing error claim
o = onum("402")
ev = "https://rimborsi-amazon.it.refund-center.top/conferma?ref=" + rhex(16)
add(lang="it", kind="lookalike", cause="technical_issue", sr=True, mk=None,
    note="spoofed From amazon.it, dmarc=fail spf=softfail, Reply-To gmail, pricing-error claim + compensation voucher lure; alt QP",
    frm=("Amazon.it", "auto-confirm@amazon.it"), reply_to="amazon.rimborsi.it@gmail.com",
    to=("Alessandro Gallo", "a.gallo@tiscali.it"),
    subj="Annullamento del tuo ordine Amazon.it n. %s" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("host-185-234-216-44.bulletproof.example.net", "185.234.216.44"),
    auth=("custom", "dkim=none (message not signed)", "softfail (domain of transitioning auto-confirm@amazon.it does not designate 185.234.216.44 as permitted sender) smtp.mailfrom=auto-confirm@amazon.it", "fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.it"),
    msgid="amazon.it-fake",
    body=amz("it", "alt", title="Ordine annullato", order=o, greeting="Gentile cliente,",
             paras=["a causa di un errore di sistema nel calcolo del prezzo, il tuo ordine n. %s è stato annullato." % o,
                    "Per scusarci ti offriamo un buono compensativo di 50 EUR. Per ricevere il rimborso e il buono, conferma i tuoi dati di pagamento entro oggi:",
                    "[[Conferma i dati e ricevi il rimborso|%s]]" % ev],
             items=[("Sony WH-1000XM5 Cuffie Wireless con Noise Cancelling, Nero", 1, "199,00", "Amazon.it")],
             items_heading=IT_H, href=evil(ev)))

# --- it lookalike 8: Greek omicron display name, amazon-orders.help, customer_request claim
o = onum("406")
ev = "https://amazon-orders.help/it/contesta?order=" + o
add(lang="it", kind="lookalike", cause="customer_request", sr=True, mk=None,
    note="Greek omicron in display name, amazon-orders.help, claims cancellation at your request, 'click to dispute'; HTML-only QP",
    frm=("Amazοn.it", "conferma@amazon-orders.help"), reply_to=None,
    to=("Marco Rinaldi", "marco.rinaldi@libero.it"),
    subj="Conferma di annullamento: ordine n. %s" % o, subj_enc=("utf-8", "q"),
    fmt="html", cs="utf-8", cte="quoted-printable", transport=("mta2.amazon-orders.help", "45.137.21.9"),
    auth=("custom", "dkim=pass header.d=amazon-orders.help header.s=mail", "spf=pass smtp.mailfrom=amazon-orders.help", "dmarc=pass (p=NONE) header.from=amazon-orders.help"),
    msgid="amazon-orders.help",
    body=amz("it", "html", title="Annullamento confermato", order=o, greeting="Gentile cliente,",
             paras=["abbiamo ricevuto la tua richiesta di annullamento dell'ordine n. %s. Il rimborso di EUR 749,00 verrà accreditato sull'IBAN indicato nella richiesta." % o,
                    "Se non hai richiesto tu l'annullamento, clicca sul pulsante qui sotto entro 12 ore per contestarlo, altrimenti il rimborso sarà inviato al conto indicato."],
             items=[("Samsung Galaxy S24 Smartphone 256GB, Onyx Black", 1, "749,00", "Amazon.it")],
             button=("Non ho richiesto l'annullamento", ev), href=evil(ev), footer=SECURITY["it"]))

# --- it non-notice 1: Unieuro cancellation, paid with Amazon Pay
add(lang="it", kind="non_notice", cause=None, sr=False, mk=None,
    note="Unieuro (other retailer) order cancelled, out of stock, refund via Amazon Pay; alt QP",
    frm=("Unieuro", "noreply@comunicazioni.unieuro.it"), reply_to=None,
    to=("Luca Ferri", "luca.ferri82@gmail.com"),
    subj="Il tuo ordine n. 1003458721 è stato annullato", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("mta-out3.comunicazioni.unieuro.it", "93.62.151.12"),
    auth=("custom", "dkim=pass header.d=comunicazioni.unieuro.it header.s=k1", "spf=pass smtp.mailfrom=comunicazioni.unieuro.it", "dmarc=pass (p=REJECT) header.from=comunicazioni.unieuro.it"),
    msgid="comunicazioni.unieuro.it", tz=1,
    body=brand("alt", "Unieuro", "#e30613", "Il tuo ordine è stato annullato", [
        "Ciao Luca,",
        "ci dispiace informarti che il tuo ordine n. 1003458721 del 4 ottobre è stato annullato perché il prodotto non è più disponibile nel nostro magazzino centrale.",
        "**Prodotto annullato:** Samsung QE55Q60D TV QLED 4K 55\" - 1 pz - 549,00 €",
        "Hai pagato con **Amazon Pay**: l'importo verrà rimborsato sul metodo di pagamento associato al tuo account Amazon entro 3-5 giorni lavorativi. Riceverai una conferma direttamente da Amazon Pay.",
        "Puoi trovare prodotti simili su [[unieuro.it|https://www.unieuro.it/online/tv]] o prenotare il ritiro in uno dei nostri 500 negozi.",
        "Il Servizio Clienti Unieuro"],
        ["Unieuro S.p.A. - Via Piero Maroncelli 10, 47121 Forlì - P.IVA 00876320409",
         "Non rispondere a questa e-mail, la casella non è presidiata. Per assistenza: [[unieuro.it/assistenza|https://www.unieuro.it/online/assistenza]]"]))

# --- it non-notice 2: friend cancelled their Amazon order
add(lang="it", kind="non_notice", cause=None, sr=False, mk=None,
    note="friend writes he cancelled his own Amazon order; personal text windows-1252 QP",
    frm=("Davide Colombo", "davide.colombo87@gmail.com"), reply_to=None,
    to=("Marco Rinaldi", "marco.rinaldi@libero.it"),
    subj="Re: regalo per Sara", subj_enc=("windows-1252", "q"),
    fmt="text", cs="windows-1252", cte="quoted-printable", transport=("mail-wm1-f48.google.com", "209.85.128.48"),
    auth=("custom", "dkim=pass header.d=gmail.com header.s=20230601", "spf=pass smtp.mailfrom=gmail.com", "dmarc=pass (p=NONE) header.from=gmail.com"),
    msgid="gmail", tz=1, extra=[("In-Reply-To", "<CAKx7" + rhex(20) + "@mail.gmail.com>")],
    body={"text": simple_text([
        "Ciao Marco,",
        "alla fine ho annullato l'ordine su Amazon del Kindle Paperwhite: la consegna era prevista dopo il compleanno e non aveva senso. Amazon mi ha già mandato la conferma dell'annullamento, quindi nessun problema.",
        "Lo prendo sabato da MediaWorld, costa uguale (159 €). Se vuoi facciamo a metà come dicevamo, poi ti giro l'IBAN.",
        "Tu hai già preso i biglietti per il concerto?",
        "Ciao,\nDavide",
        "Il giorno mar 8 ott 2024 alle ore 21:14 Marco Rinaldi <marco.rinaldi@libero.it> ha scritto:\n> Ok per il Kindle, ma arriva in tempo?\n> M.",
    ])})

# --- it non-notice 3: security newsletter quoting fake cancellation subject
add(lang="it", kind="non_notice", cause=None, sr=False, mk=None,
    note="security newsletter about phishing, quotes a fake Amazon cancellation subject; alt base64",
    frm=("Il Punto Sicurezza", "newsletter@ilpuntosicurezza.it"), reply_to=None,
    to=(None, "giulia.bernardi@libero.it"),
    subj="Newsletter n. 42: attenzione alle false e-mail di ordini Amazon annullati", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="base64", transport=("mail.sendinblue-relay.example.com", "185.41.28.109"),
    auth=("custom", "dkim=pass header.d=ilpuntosicurezza.it header.s=mail", "spf=pass smtp.mailfrom=ilpuntosicurezza.it", "dmarc=pass (p=NONE) header.from=ilpuntosicurezza.it"),
    msgid="ilpuntosicurezza.it", tz=1,
    extra=[("List-Unsubscribe", "<https://ilpuntosicurezza.it/newsletter/disiscrizione?u=" + rhex(16) + ">"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
    body=brand("alt", "Il Punto Sicurezza", "#1d3557", "Truffe della settimana: il finto ordine Amazon annullato", [
        "Buongiorno,",
        "in queste settimane molti lettori ci hanno segnalato e-mail con oggetto **\"Il tuo ordine Amazon.it #402-XXXXXXX-XXXXXXX è stato annullato – verifica il pagamento\"**. Il messaggio imita la grafica di Amazon, sostiene che il pagamento non è andato a buon fine e invita a cliccare su un pulsante \"Aggiorna i dati\".",
        "Il link porta a una pagina clone che ruba credenziali e numero della carta. Alcune varianti chiedono invece di chiamare un numero verde o di rispondere con il codice CVV.",
        "Come riconoscerle: controllate l'indirizzo reale del mittente, passate il mouse sui link prima di cliccare, e verificate sempre lo stato dei vostri ordini accedendo direttamente all'app o al sito. Amazon non chiede mai dati della carta via e-mail.",
        "Nel prossimo numero: le truffe sui pacchi in giacenza.",
        "La redazione"],
        ["Ricevi questa newsletter perché ti sei iscritto su ilpuntosicurezza.it. [[Disiscriviti|https://ilpuntosicurezza.it/newsletter/disiscrizione]]",
         "Il Punto Sicurezza non è affiliato ad Amazon."]))

# --- it non-notice 4: delivery appointment cancelled, order still active (genuine Amazon)
o = onum("405")
add(lang="it", kind="non_notice", cause=None, sr=False, mk=None,
    note="genuine Amazon: delivery/installation appointment cancelled, order NOT cancelled; alt QP; auth pass",
    frm=("Amazon.it", "shipment-tracking@amazon.it"), reply_to="no-reply@amazon.it",
    to=("Francesca Moretti", "francesca.moretti@virgilio.it"),
    subj="Il tuo appuntamento di consegna è stato annullato", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport="ses", auth="amazon",
    body=amz("it", "alt", title="Appuntamento di consegna annullato", order=o, greeting="Gentile Francesca,",
             paras=["il corriere ha annullato l'appuntamento di consegna e installazione previsto per giovedì, fascia oraria 8:00-12:00, per il tuo ordine n. %s." % o,
                    "**Il tuo ordine non è stato annullato.** Scegli una nuova data e fascia oraria per la consegna: ti contatteremo per confermare l'appuntamento.",
                    "[[Scegli un nuovo appuntamento|https://www.amazon.it/gp/css/shiptrack/view.html?orderID=%s]]" % o],
             items=[("Samsung WW90T534DAW Lavatrice 9 kg, 1400 giri, classe A", 1, "429,00", "Amazon.it")],
             items_heading="Articoli in consegna"))

# --- it non-notice 5: Audible subscription cancelled
add(lang="it", kind="non_notice", cause=None, sr=False, mk=None,
    note="Audible membership cancelled (subscription, not an order); alt 8bit",
    frm=("Audible.it", "noreply@audible.it"), reply_to=None,
    to=("Chiara Esposito", "chiara.esposito91@gmail.com"),
    subj="Conferma di cancellazione del tuo abbonamento Audible", subj_enc=("utf-8", "b"),
    fmt="alt", cs="utf-8", cte="8bit", transport="ses",
    auth=("custom", "dkim=pass header.d=audible.it header.s=rte02", "spf=pass smtp.mailfrom=bounces.audible.it", "dmarc=pass (p=QUARANTINE) header.from=audible.it"),
    body=brand("alt", "audible", "#f7991c", "Abbonamento cancellato", [
        "Ciao Chiara,",
        "ti confermiamo che il tuo abbonamento Audible è stato cancellato come richiesto. Non ti verranno addebitati ulteriori canoni mensili.",
        "Potrai continuare ad ascoltare tutti i titoli che hai acquistato: restano nella tua Libreria per sempre. I crediti non utilizzati sono stati rimossi al momento della cancellazione.",
        "Gli ordini e gli acquisti effettuati su Amazon.it non sono interessati da questa cancellazione.",
        "Ci mancherai! Puoi riattivare l'abbonamento in qualsiasi momento da [[audible.it|https://www.audible.it/account/overview]].",
        "Il team di Audible"],
        ["Audible GmbH, Schumannstraße 6, 10117 Berlino, Germania. Audible è una società del gruppo Amazon.",
         "Non rispondere a questa e-mail."]))

# --- it non-notice 6: genuine payment reminder before cancellation
o = onum("403")
add(lang="it", kind="non_notice", cause=None, sr=False, mk=None,
    note="genuine Amazon payment revision reminder: order WILL be cancelled if not updated; nothing cancelled yet; alt QP; auth pass",
    frm=("Amazon.it", "payments-messages@amazon.it"), reply_to="no-reply@amazon.it",
    to=("Giulia Bernardi", "giulia.bernardi@libero.it"),
    subj="Azione richiesta: aggiorna il metodo di pagamento per l'ordine n. %s" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport="ses", auth="amazon",
    body=amz("it", "alt", title="Aggiorna il metodo di pagamento", order=o, greeting="Gentile Giulia,",
             paras=["non siamo riusciti ad addebitare l'importo del tuo ordine n. %s sulla carta Visa che termina con 2208: l'istituto emittente ha rifiutato l'autorizzazione." % o,
                    "Per evitare che l'ordine venga annullato, aggiorna il metodo di pagamento entro 7 giorni. Se non riceviamo un metodo di pagamento valido entro questo termine, l'ordine verrà annullato.",
                    "Per aggiornare il pagamento, vai in I miei ordini, seleziona l'ordine e scegli \"Modifica metodo di pagamento\": [[https://www.amazon.it/gp/css/order-history|https://www.amazon.it/gp/css/order-history]]"],
             items=[("Garmin Forerunner 265, Smartwatch GPS per la corsa, nero", 1, "349,99", "Amazon.it")],
             items_heading="Articoli in attesa di pagamento"))

# ================================================================ POLISH (amazon.pl)
PL_H = "Anulowane produkty"

# --- pl notice 1: inventory_shortage (pre-order cannot be filled), alt, auth
o = onum("405")
add(lang="pl", kind="notice", cause="inventory_shortage", sr=True, mk="amazon.pl",
    note="pre-order cannot be filled, supplier allocation too small; alt QP; auth pass",
    frm=("Amazon.pl", "order-update@amazon.pl"), reply_to="no-reply@amazon.pl",
    to=("Tomasz Wiśniewski", "tomasz.wisniewski@wp.pl"),
    subj="Anulowano zamówienie w przedsprzedaży nr %s" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport="ses", auth="amazon",
    body=amz("pl", "alt", title="Zamówienie anulowane", order=o, greeting="Dzień dobry, Tomaszu!",
             paras=["Z przykrością informujemy, że nie będziemy w stanie zrealizować Twojego zamówienia przedpremierowego nr %s. Dostawca poinformował nas, że nie otrzymamy wystarczającej liczby egzemplarzy, dlatego musieliśmy anulować zamówienie." % o,
                    "Nie pobraliśmy żadnej opłaty za ten produkt. Jeśli na Twoim rachunku widnieje blokada środków, zostanie ona zwolniona przez bank w ciągu kilku dni roboczych.",
                    "Przepraszamy za niedogodności. Możesz sprawdzić dostępność produktu u innych sprzedawców na stronie produktu."],
             items=[("The Legend of Zelda: Tears of the Kingdom – Edycja Kolekcjonerska (Nintendo Switch)", 1, "599,00", "Amazon.pl")],
             items_heading=PL_H,
             closing=["Szczegóły zamówień znajdziesz w sekcji [[Twoje zamówienia|https://www.amazon.pl/gp/css/order-history]]."]))

# --- pl notice 2: payment_issue, text iso-8859-2 QP, no auth
o = onum("407")
add(lang="pl", kind="notice", cause="payment_issue", sr=True, mk="amazon.pl",
    note="card declined, payment not updated within 7 days; text-only iso-8859-2 QP; no auth",
    frm=("Amazon.pl", "payments-messages@amazon.pl"), reply_to="no-reply@amazon.pl",
    to=("Katarzyna Nowak", "k.nowak@onet.pl"),
    subj="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, subj_enc=("iso-8859-2", "q"),
    fmt="text", cs="iso-8859-2", cte="quoted-printable", transport=None, auth=None,
    body={"text": simple_text([
        "Amazon.pl\n" + "-" * 74,
        "Dzień dobry, Katarzyno!",
        "Nie udało nam się obciążyć wybranej metody płatności za zamówienie nr %s – bank odrzucił transakcję kartą Visa kończącą się cyframi 0932. Ponieważ w ciągu 7 dni nie zaktualizowano danych płatności, anulowaliśmy zamówienie." % o,
        "Anulowane produkty:\n  1 x Tefal Ingenio Emotion L897S804 Zestaw garnków 13 elementów – 499,99 zł\n  1 x Tefal Ingenio Pokrywki szklane, 3 szt. – 89,99 zł",
        "Nie pobrano żadnych opłat. Jeśli nadal chcesz kupić te produkty, złóż nowe zamówienie po dodaniu ważnej metody płatności.",
        "Jeśli Twoja karta wygasła lub zmienił się jej numer, zaktualizuj dane w sekcji Twoje konto > Twoje płatności: https://www.amazon.pl/cpe/yourpayments/wallet",
        "Pozdrawiamy\nAmazon.pl",
        "-" * 74,
        md_text(SECURITY["pl"][0]), md_text(SECURITY["pl"][2]),
        LBL["pl"]["notify"],
    ])})

# --- pl notice 3: technical_issue (listing error), HTML-only base64, no auth
o = onum("402")
add(lang="pl", kind="notice", cause="technical_issue", sr=True, mk="amazon.pl",
    note="listing error (wrong variant/quantity on detail page); HTML-only base64; no auth; cs-reply",
    frm=("Amazon.pl", "cs-reply@amazon.pl"), reply_to=None,
    to=("Michał Zieliński", "michal.zielinski@interia.pl"),
    subj="Informacja dotycząca Twojego zamówienia Amazon.pl %s" % o, subj_enc=("utf-8", "b"),
    fmt="html", cs="utf-8", cte="base64", transport=None, auth=None,
    body=amz("pl", "html", title="Twoje zamówienie zostało anulowane", order=o, greeting="Dzień dobry,",
             paras=["piszemy w sprawie Twojego zamówienia nr %s." % o,
                    "Z powodu błędu w opisie oferty na stronie produktu podano nieprawidłowy wariant: zamiast zestawu z 1 szt. wyświetlano zestaw 4 szt. w tej samej cenie. Ponieważ zamówienie zostało złożone na podstawie błędnych informacji, anulowaliśmy je.",
                    "Nie pobraliśmy opłaty. Opis produktu został już poprawiony – jeśli nadal chcesz kupić produkt, możesz złożyć nowe zamówienie.",
                    "Przepraszamy za zamieszanie."],
             items=[("Philips Hue White and Color Ambiance Żarówka E27, 4 szt.", 1, "219,00", "Amazon.pl")],
             items_heading=PL_H,
             closing=["W razie pytań odwiedź [[Obsługę Klienta|https://www.amazon.pl/gp/help/customer/display.html]]."]))

# --- pl notice 4: fraud_prevention, alt, auth
o = onum("403")
add(lang="pl", kind="notice", cause="fraud_prevention", sr=True, mk="amazon.pl",
    note="order held for security review, payment info could not be verified, account locked; alt 8bit; auth pass",
    frm=("Amazon.pl", "account-update@amazon.pl"), reply_to="no-reply@amazon.pl",
    to=("Agnieszka Kowalczyk", "agnieszka.kowalczyk@gmail.com"),
    subj="Twoje zamówienie nr %s zostało anulowane" % o, subj_enc=("utf-8", "b"),
    fmt="alt", cs="utf-8", cte="8bit", transport="ses", auth="amazon",
    body=amz("pl", "alt", title="Zamówienie anulowane ze względów bezpieczeństwa", order=o, greeting="Dzień dobry, Agnieszko!",
             paras=["W ramach rutynowej kontroli bezpieczeństwa Twoje zamówienie zostało wstrzymane do weryfikacji. Nie udało nam się potwierdzić informacji o płatności powiązanych z Twoim kontem, dlatego anulowaliśmy zamówienie i tymczasowo zablokowaliśmy konto.",
                    "Aby odblokować konto, zaloguj się na Amazon.pl, wpisując adres bezpośrednio w przeglądarce, lub otwórz aplikację Amazon i postępuj zgodnie z wyświetlanymi instrukcjami. Nie odpowiadaj na tę wiadomość i nikomu nie podawaj swoich danych.",
                    "Nie pobraliśmy żadnej opłaty za to zamówienie."],
             items=[("Apple iPhone 15, 128 GB, czarny", 1, "3 899,00", "Amazon.pl"),
                    ("Karta podarunkowa Amazon.pl – e-mail – 500 zł", 1, "500,00", "Amazon EU S.à r.l.")],
             items_heading=PL_H))

# --- pl notice 5: customer_request, text 8bit iso-8859-2, auth
o = onum("408")
add(lang="pl", kind="notice", cause="customer_request", sr=True, mk="amazon.pl",
    note="successful cancellation requested by customer, 'Anulowane przez klienta'; text 8bit iso-8859-2; auth pass",
    frm=("Amazon.pl", "auto-confirm@amazon.pl"), reply_to="no-reply@amazon.pl",
    to=("Magdalena Lewandowska", "magda.lewandowska@o2.pl"),
    subj="Anulowanie zakończone powodzeniem: „Philips Sonicare DiamondClean 9000” z zamówienia nr %s" % o, subj_enc=("utf-8", "b"),
    fmt="text", cs="iso-8859-2", cte="8bit", transport="ses", auth="amazon",
    body={"text": simple_text([
        "Amazon.pl                  Twoje zamówienia | Twoje konto | Amazon.pl\n" + "_" * 74,
        "Dzień dobry, Magdaleno!",
        "Zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia nr %s. Pozostałe produkty z zamówienia nie są objęte anulowaniem." % o,
        "Powód anulowania: Anulowane przez klienta",
        "Anulowane produkty\n==================\n\"Philips Sonicare DiamondClean 9000 HX9911/27 Szczoteczka soniczna, biała\"\n  Ilość: 1\n  Sprzedawca: Amazon.pl\n  Cena: 649,00 zł",
        "Jeśli płatność została już pobrana, zwrot zostanie przekazany na pierwotną metodę płatności.",
        "Swoje zamówienia możesz sprawdzić tutaj: https://www.amazon.pl/gp/css/order-history",
        "Mamy nadzieję, że wkrótce znów nas odwiedzisz.\nAmazon.pl\n" + "_" * 74,
        md_text(SECURITY["pl"][0]), md_text(SECURITY["pl"][1]), md_text(SECURITY["pl"][2]),
        LBL["pl"]["notify"],
    ])})

# --- pl notice 6: unknown (address undeliverable), alt, no auth
o = onum("404")
add(lang="pl", kind="notice", cause="unknown", sr=True, mk="amazon.pl",
    note="cancelled because parcel undeliverable to incomplete address (reason outside the four); alt QP; no auth",
    frm=("Amazon.pl", "order-update@amazon.pl"), reply_to="no-reply@amazon.pl",
    to=("Paweł Wójcik", "pawel.wojcik@gmail.com"),
    subj="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=None, auth=None,
    body=amz("pl", "alt", title="Zamówienie anulowane", order=o, greeting="Dzień dobry, Pawle!",
             paras=["Przewoźnik nie mógł doręczyć przesyłki z zamówienia nr %s pod wskazany adres (adres niekompletny – brak numeru lokalu), a paczka została zwrócona do naszego centrum logistycznego." % o,
                    "W związku z tym anulowaliśmy zamówienie. Pełna kwota, łącznie z kosztami wysyłki, zostanie zwrócona na pierwotną metodę płatności w ciągu 3–5 dni roboczych.",
                    "Aby uniknąć podobnych sytuacji, sprawdź swoje adresy w sekcji [[Twoje adresy|https://www.amazon.pl/a/addresses]]."],
             items=[("Xiaomi Robot Vacuum S10+ Robot sprzątający z funkcją mopowania", 1, "1 299,00", "Amazon.pl")],
             items_heading=PL_H))

# --- pl lookalike 1: callback phone, outlook, no reason
add(lang="pl", kind="lookalike", cause="unknown", sr=False, mk=None,
    note="outlook.com sender, callback phone number, no reason given; text 8bit utf-8",
    frm=("Amazon Obsługa Klienta", "amazon.obsluga.pl@outlook.com"), reply_to=None,
    to=(None, "tomasz.wisniewski@wp.pl"),
    subj="Anulowanie zamówienia Amazon #405-1183920-7741102", subj_enc=("utf-8", "b"),
    fmt="text", cs="utf-8", cte="8bit", transport=("EUR02-DB5-obe.outbound.protection.outlook.com", "40.92.74.51"),
    auth=("custom", "dkim=pass header.d=outlook.com header.s=selector1", "spf=pass smtp.mailfrom=outlook.com", "dmarc=pass (p=NONE) header.from=outlook.com"),
    msgid="outlook", tz=1,
    body={"text": simple_text([
        "Szanowny Kliencie,",
        "Twoje zamówienie nr 405-1183920-7741102 o wartości 2 349,00 zł (Samsung Galaxy S24, 256 GB) zostało anulowane.",
        "Jeśli nie rozpoznajesz tej transakcji lub nie składałeś tego zamówienia, NATYCHMIAST zadzwoń na naszą infolinię: +48 22 307 41 95 (czynna całą dobę). Konsultant pomoże Ci zablokować płatność i odzyskać środki.",
        "Nie ignoruj tej wiadomości – środki mogą zostać pobrane w ciągu 24 godzin.",
        "Z poważaniem\nDział Obsługi Klienta Amazon Polska",
    ])})

# --- pl lookalike 2: account suspended + code, Cyrillic o, amazon.com.pl-secure.top
o = onum("403")
ev = "https://amazon.com.pl-secure.top/konto/weryfikacja?id=" + rhex(20)
add(lang="pl", kind="lookalike", cause="fraud_prevention", sr=True, mk=None,
    note="Cyrillic о in display name, amazon.com.pl-secure.top, account suspended + order cancelled, 'use this code'; HTML-only QP",
    frm=("Amazоn.pl", "konto@amazon.com.pl-secure.top"), reply_to=None,
    to=("Agnieszka Kowalczyk", "agnieszka.kowalczyk@gmail.com"),
    subj="Twoje konto Amazon zostało zawieszone – zamówienie anulowane", subj_enc=("utf-8", "b"),
    fmt="html", cs="utf-8", cte="quoted-printable", transport=("vm-412.pl-secure.top", "193.42.33.107"),
    auth=("custom", "dkim=pass header.d=amazon.com.pl-secure.top header.s=x", "spf=pass smtp.mailfrom=amazon.com.pl-secure.top", "dmarc=none header.from=amazon.com.pl-secure.top"),
    msgid="amazon.com.pl-secure.top",
    body=amz("pl", "html", title="Konto zawieszone", order=o, greeting="Drogi Kliencie,",
             paras=["wykryliśmy nietypową aktywność na Twoim koncie. Twoje konto zostało zawieszone, a zamówienie nr %s anulowane." % o,
                    "Aby odzyskać dostęp do konta i przywrócić zamówienie, użyj poniższego kodu na stronie weryfikacji w ciągu 24 godzin:",
                    "**Kod weryfikacyjny: 58-22-91**",
                    "Po upływie tego czasu konto zostanie trwale usunięte."],
             items=[], button=("Odblokuj konto", ev), href=evil(ev), footer=SECURITY["pl"][:1]))

# --- pl lookalike 3: reply with card details, gmail, iso-8859-2 8bit
add(lang="pl", kind="lookalike", cause="payment_issue", sr=True, mk=None,
    note="gmail sender, asks to reply with card number, CVV2 and PESEL; text 8bit iso-8859-2",
    frm=("Amazon.pl Płatności", "amazon.pl.obsluga.klienta@gmail.com"), reply_to=None,
    to=(None, "k.nowak@onet.pl"),
    subj="Płatność odrzucona - zamówienie anulowane", subj_enc=("iso-8859-2", "q"),
    fmt="text", cs="iso-8859-2", cte="8bit", transport=("mail-ej1-f66.google.com", "209.85.218.66"),
    auth=("custom", "dkim=pass header.d=gmail.com header.s=20230601", "spf=pass smtp.mailfrom=gmail.com", "dmarc=pass (p=NONE) header.from=gmail.com"),
    msgid="gmail", tz=1,
    body={"text": simple_text([
        "Dzień dobry,",
        "płatność za Pani zamówienie 407-5520187-3391045 została odrzucona przez bank i zamówienie zostało anulowane.",
        "Aby przywrócić zamówienie, prosimy odpowiedzieć na tę wiadomość i podać:\n- imię i nazwisko posiadacza karty\n- numer karty\n- datę ważności\n- kod CVV2\n- numer PESEL (w celu weryfikacji tożsamości)",
        "Płatność zostanie ponownie przetworzona ręcznie przez naszego pracownika.",
        "Pozdrawiamy\nZespół Płatności Amazon.pl",
    ])})

# --- pl lookalike 4: link text shows amazon.pl, href elsewhere; amazon.pl.zwrot-srodkow.com
o = onum("406")
ev = "http://amazon.pl.zwrot-srodkow.com/zwrot/?z=" + o
add(lang="pl", kind="lookalike", cause="inventory_shortage", sr=True, mk=None,
    note="amazon.pl.zwrot-srodkow.com sender, visible amazon.pl URL with evil href, out-of-stock refund lure; alt QP",
    frm=("Amazon.pl", "order-update@amazon.pl.zwrot-srodkow.com"), reply_to=None,
    to=("Paweł Wójcik", "pawel.wojcik@gmail.com"),
    subj="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("srv-77-91-124-8.hostingvps.example", "77.91.124.8"),
    auth=None, msgid="amazon.pl.zwrot-srodkow.com",
    body=amz("pl", "alt", title="Zamówienie anulowane", order=o, greeting="Dzień dobry,",
             paras=["niestety produkt z Twojego zamówienia nr %s jest niedostępny u sprzedawcy i zamówienie zostało anulowane." % o,
                    "Kwota 1 499,00 zł została już pobrana. Aby otrzymać zwrot, potwierdź dane karty w ciągu 48 godzin na stronie zwrotów: [[https://www.amazon.pl/gp/css/returns/zwrot-srodkow|%s]]" % ev,
                    "Bez potwierdzenia środki zostaną zamienione na saldo karty podarunkowej."],
             items=[("Apple iPad Air 11\" (M2) Wi-Fi 128 GB – gwiezdna szarość", 1, "1 499,00", "Amazon.pl")],
             items_heading=PL_H, href=evil(ev), order_url=False))

# --- pl lookalike 5: will be cancelled unless payment confirmed, amazon-orders.help
o = onum("402")
ev = "https://amazon-orders.help/pl/platnosc?o=" + o
add(lang="pl", kind="lookalike", cause="payment_issue", sr=True, mk=None,
    note="amazon-orders.help, order 'will be cancelled' unless payment confirmed; alt base64; auth pass for evil domain",
    frm=("Amazon", "platnosci@amazon-orders.help"), reply_to=None,
    to=("Michał Zieliński", "michal.zielinski@interia.pl"),
    subj="Twoje zamówienie zostanie anulowane – potwierdź płatność", subj_enc=("utf-8", "b"),
    fmt="alt", cs="utf-8", cte="base64", transport=("mta2.amazon-orders.help", "45.137.21.9"),
    auth=("custom", "dkim=pass header.d=amazon-orders.help header.s=mail", "spf=pass smtp.mailfrom=amazon-orders.help", "dmarc=pass (p=NONE) header.from=amazon-orders.help"),
    msgid="amazon-orders.help",
    body=amz("pl", "alt", title="Wymagane działanie", order=o, greeting="Dzień dobry,",
             paras=["nie udało się autoryzować płatności za zamówienie nr %s." % o,
                    "**Jeśli nie potwierdzisz płatności w ciągu 12 godzin, zamówienie zostanie anulowane**, a konto tymczasowo ograniczone.",
                    "Kliknij przycisk poniżej i potwierdź dane karty."],
             items=[("Dyson V15 Detect Absolute Odkurzacz bezprzewodowy", 1, "2 899,00", "Amazon.pl")],
             button=("Potwierdź płatność", ev), href=evil(ev), footer=SECURITY["pl"]))

# --- pl lookalike 6: crude, yahoo, malformed order no., 'system error', base64 text
add(lang="pl", kind="lookalike", cause="technical_issue", sr=True, mk=None,
    note="yahoo sender, malformed order number, 'system error' claim, shortened link; text-only base64",
    frm=("Amazon Polska", "amazon_pl_zwroty@yahoo.com"), reply_to=None,
    to=(None, "magda.lewandowska@o2.pl"),
    subj="Zamowienie anulowane - blad systemu", subj_enc=("utf-8", "b"),
    fmt="text", cs="utf-8", cte="base64", transport=("sonic314-26.consmr.mail.ir2.yahoo.com", "77.238.177.146"),
    auth=("custom", "dkim=pass header.d=yahoo.com header.s=s2048", "spf=pass smtp.mailfrom=yahoo.com", "dmarc=pass (p=REJECT) header.from=yahoo.com"),
    msgid="yahoo.com", tz=1,
    body={"text": simple_text([
        "Witaj!",
        "Z powodu błędu systemowego Twoje zamówienie Nr: 40-66123-9981 zostało anulowane.",
        "Aby otrzymać zwrot 389,00 zł kliknij w link i wpisz dane logowania do banku:\nhttps://tinyurl.com/amazon-pl-zwrot",
        "Link jest ważny 24h.",
        "Amazon.pl",
    ])})

# --- pl lookalike 7: spoofed order-update@amazon.pl, dmarc fail, no order no., customer_request claim
ev = "https://amazon.pl.przywroc-zamowienie.top/przywroc?t=" + rhex(18)
add(lang="pl", kind="lookalike", cause="customer_request", sr=True, mk=None,
    note="spoofed From amazon.pl (dmarc=fail), no order number at all, 'cancelled at your request - click to restore'; alt QP",
    frm=("Amazon.pl", "order-update@amazon.pl"), reply_to="zamowienia.amazon@op.pl",
    to=("Katarzyna Nowak", "k.nowak@onet.pl"),
    subj="Potwierdzenie anulowania zamówienia", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("unknown.static.ip-92-118-39-20.example", "92.118.39.20"),
    auth=("custom", "dkim=none (message not signed)", "fail (domain of order-update@amazon.pl does not designate 92.118.39.20 as permitted sender) smtp.mailfrom=order-update@amazon.pl", "fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.pl"),
    msgid="amazon.pl-fake",
    body=amz("pl", "alt", title="Anulowanie potwierdzone", order=None, greeting="Dzień dobry,",
             paras=["potwierdzamy anulowanie Twojego zamówienia zgodnie z Twoją prośbą. Zwrot środków w wysokości 1 249,00 zł zostanie przekazany na nowy rachunek wskazany we wniosku.",
                    "Jeśli to nie Ty anulowałeś zamówienie, kliknij poniżej, aby je przywrócić i zablokować zwrot."],
             items=[], button=("Przywróć zamówienie", ev), href=evil(ev)))

# --- pl lookalike 8: Greek Alpha display name, amaz0n-pl.com, address undeliverable + fee
o = onum("404")
ev = "https://amaz0n-pl.com/dostawa/oplata?o=" + o
add(lang="pl", kind="lookalike", cause="unknown", sr=True, mk=None,
    note="Greek Α in display name, amaz0n-pl.com, claims cancellation because address undeliverable, asks 1,99 zł redelivery fee; HTML-only 8bit",
    frm=("Αmazon.pl", "dostawa@amaz0n-pl.com"), reply_to=None,
    to=("Tomasz Wiśniewski", "tomasz.wisniewski@wp.pl"),
    subj="Zamówienie %s anulowane – problem z adresem dostawy" % o, subj_enc=("utf-8", "q"),
    fmt="html", cs="utf-8", cte="8bit", transport=("mail.amaz0n-pl.com", "194.26.29.113"),
    auth=("custom", "dkim=none", "spf=pass smtp.mailfrom=amaz0n-pl.com", "dmarc=none header.from=amaz0n-pl.com"),
    msgid="amaz0n-pl.com",
    body=amz("pl", "html", title="Problem z dostawą", order=o, greeting="Drogi Kliencie,",
             paras=["kurier nie mógł doręczyć Twojej przesyłki, ponieważ podany adres jest nieprawidłowy. Zamówienie nr %s zostało anulowane." % o,
                    "Aby przywrócić zamówienie i zaplanować ponowną dostawę, zaktualizuj adres i opłać opłatę za ponowne doręczenie w wysokości 1,99 zł."],
             items=[("JBL Charge 5 Przenośny głośnik Bluetooth, czarny", 1, "549,00", "Amazon.pl")],
             button=("Zaktualizuj adres i zapłać 1,99 zł", ev), href=evil(ev), footer=[]))

# --- pl non-notice 1: Zalando cancellation, Amazon Pay refund
add(lang="pl", kind="non_notice", cause=None, sr=False, mk=None,
    note="Zalando (other retailer) order cancelled at customer's request, refund to Amazon Pay; alt QP",
    frm=("Zalando", "info@service-mail.zalando.pl"), reply_to=None,
    to=("Magdalena Lewandowska", "magda.lewandowska@o2.pl"),
    subj="Anulowaliśmy Twoje zamówienie nr 10102938475", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("mail-out-42.service-mail.zalando.pl", "185.69.218.42"),
    auth=("custom", "dkim=pass header.d=service-mail.zalando.pl header.s=zmail", "spf=pass smtp.mailfrom=service-mail.zalando.pl", "dmarc=pass (p=REJECT) header.from=service-mail.zalando.pl"),
    msgid="service-mail.zalando.pl", tz=1,
    body=brand("alt", "Zalando", "#ff6900", "Twoje zamówienie zostało anulowane", [
        "Cześć Magdalena,",
        "zgodnie z Twoją prośbą anulowaliśmy zamówienie nr 10102938475.",
        "**Anulowane artykuły:** Nike Air Max 90 – rozmiar 39 – 1 szt. – 349,00 zł",
        "Płatność została zrealizowana przez **Amazon Pay**. Kwota 349,00 zł zostanie zwrócona na metodę płatności zapisaną na Twoim koncie Amazon w ciągu 5 dni roboczych.",
        "Szukasz czegoś innego? Sprawdź [[nowości na zalando.pl|https://www.zalando.pl/nowosci/]].",
        "Pozdrawiamy,\nTwój Zespół Zalando"],
        ["Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin, Niemcy",
         "Ta wiadomość została wygenerowana automatycznie. Pomoc: [[zalando.pl/faq|https://www.zalando.pl/faq/]]"]))

# --- pl non-notice 2: colleague cancelled his Amazon order
add(lang="pl", kind="non_notice", cause=None, sr=False, mk=None,
    note="colleague writes he cancelled an Amazon.pl order for office monitors; personal iso-8859-2 QP",
    frm=("Piotr Kamiński", "p.kaminski@logistyka-wroclaw.pl"), reply_to=None,
    to=("Michał Zieliński", "michal.zielinski@interia.pl"),
    subj="Re: monitory do biura", subj_enc=("iso-8859-2", "q"),
    fmt="text", cs="iso-8859-2", cte="quoted-printable", transport=("smtp.logistyka-wroclaw.pl", "79.189.41.20"),
    auth=("custom", "dkim=pass header.d=logistyka-wroclaw.pl header.s=default", "spf=pass smtp.mailfrom=logistyka-wroclaw.pl", "dmarc=pass (p=NONE) header.from=logistyka-wroclaw.pl"),
    msgid="logistyka-wroclaw.pl", tz=1, extra=[("In-Reply-To", "<" + rhex(16) + "@interia.pl>")],
    body={"text": simple_text([
        "Cześć Michał,",
        "anulowałem wczoraj to zamówienie na Amazonie (te dwa monitory Dell 27\"), bo termin dostawy przesunęli na koniec miesiąca. Dostałem już potwierdzenie anulowania, więc na fakturze nic się nie pojawi.",
        "Zamówiłem te same monitory w x-komie, mają być w czwartek. Daj znać księgowości, żeby nie szukali faktury z Amazona.",
        "Pozdrawiam\nPiotr Kamiński\nKierownik IT | Logistyka Wrocław Sp. z o.o.\ntel. +48 71 555 20 14",
        "W dniu 15.10.2024 o 09:12, Michał Zieliński pisze:\n> Piotrek, co z tymi monitorami? Przyjdą przed audytem?",
    ])})

# --- pl non-notice 3: security blog newsletter quoting fake cancellation subject
add(lang="pl", kind="non_notice", cause=None, sr=False, mk=None,
    note="security newsletter about Amazon cancellation phishing, quotes fake subject; alt base64",
    frm=("Bezpieczny Internet – newsletter", "newsletter@bezpiecznysieciowo.pl"), reply_to=None,
    to=(None, "pawel.wojcik@gmail.com"),
    subj="Uwaga na fałszywe maile „Twoje zamówienie Amazon zostało anulowane”", subj_enc=("utf-8", "b"),
    fmt="alt", cs="utf-8", cte="base64", transport=("mx-out.freshmail.example", "91.198.67.12"),
    auth=("custom", "dkim=pass header.d=bezpiecznysieciowo.pl header.s=fm", "spf=pass smtp.mailfrom=bezpiecznysieciowo.pl", "dmarc=pass (p=NONE) header.from=bezpiecznysieciowo.pl"),
    msgid="bezpiecznysieciowo.pl", tz=1,
    extra=[("List-Unsubscribe", "<https://bezpiecznysieciowo.pl/wypisz?u=" + rhex(16) + ">"), ("Precedence", "bulk")],
    body=brand("alt", "Bezpieczny Internet", "#0b5394", "Oszustwo tygodnia: „anulowane zamówienie Amazon”", [
        "Cześć,",
        "od kilku dni krąży kampania phishingowa z tematem **„Twoje zamówienie Amazon.pl nr 40X-XXXXXXX-XXXXXXX zostało anulowane”**. Wiadomość twierdzi, że płatność nie przeszła, i prosi o „potwierdzenie danych karty” na stronie łudząco podobnej do Amazon.",
        "Inne warianty podają numer telefonu „infolinii”, pod którym oszuści podszywają się pod konsultantów i namawiają do instalacji aplikacji zdalnego pulpitu.",
        "Nasze rady: nie klikaj w linki z takich wiadomości, sprawdzaj adres nadawcy i zawsze weryfikuj status zamówienia, logując się samodzielnie w aplikacji. Podejrzane wiadomości zgłaszaj do CERT Polska przez formularz incydent.cert.pl.",
        "Do przeczytania za tydzień!\nRedakcja"],
        ["Otrzymujesz ten newsletter, bo zapisałeś się na bezpiecznysieciowo.pl. [[Wypisz się|https://bezpiecznysieciowo.pl/wypisz]]",
         "Nie jesteśmy powiązani z Amazon."]))

# --- pl non-notice 4: Kindle Unlimited cancelled (genuine Amazon)
add(lang="pl", kind="non_notice", cause=None, sr=False, mk=None,
    note="genuine Amazon: Kindle Unlimited subscription cancelled, no order cancelled; alt QP; auth pass",
    frm=("Amazon.pl", "digital-no-reply@amazon.pl"), reply_to=None,
    to=("Katarzyna Nowak", "k.nowak@onet.pl"),
    subj="Twoja subskrypcja Kindle Unlimited została anulowana", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport="ses", auth="amazon",
    body=amz("pl", "alt", title="Subskrypcja Kindle Unlimited anulowana", order=None, greeting="Dzień dobry, Katarzyno!",
             paras=["potwierdzamy, że Twoja subskrypcja Kindle Unlimited została anulowana. Możesz korzystać z usługi do końca bieżącego okresu rozliczeniowego; później nie będziemy pobierać opłat.",
                    "E-booki wypożyczone w ramach Kindle Unlimited zostaną zwrócone automatycznie po zakończeniu subskrypcji. Zakupione e-booki pozostają w Twojej bibliotece.",
                    "Możesz ponownie dołączyć w dowolnym momencie na stronie [[Zarządzaj subskrypcją|https://www.amazon.pl/kindle-dbs/ku/ku-central]]."],
             items=[]))

# --- pl non-notice 5: genuine payment reminder (no auth)
o = onum("407")
add(lang="pl", kind="non_notice", cause=None, sr=False, mk=None,
    note="genuine Amazon payment reminder: order will be cancelled if payment not updated; nothing cancelled yet; text-only QP; no auth",
    frm=("Amazon.pl", "payments-messages@amazon.pl"), reply_to="no-reply@amazon.pl",
    to=("Agnieszka Kowalczyk", "agnieszka.kowalczyk@gmail.com"),
    subj="Wymagane działanie: zaktualizuj metodę płatności dla zamówienia nr %s" % o, subj_enc=("utf-8", "b"),
    fmt="text", cs="utf-8", cte="quoted-printable", transport=None, auth=None,
    body=amz("pl", "text", title="Zaktualizuj metodę płatności", order=o, greeting="Dzień dobry, Agnieszko!",
             paras=["nie udało nam się pobrać płatności za zamówienie nr %s. Bank wydający kartę Mastercard kończącą się cyframi 5521 odrzucił autoryzację." % o,
                    "Aby uniknąć anulowania zamówienia, zaktualizuj metodę płatności w ciągu 7 dni. Jeśli w tym czasie nie otrzymamy ważnej metody płatności, zamówienie zostanie anulowane.",
                    "Przejdź do sekcji Twoje zamówienia, wybierz zamówienie i kliknij „Zmień metodę płatności”: https://www.amazon.pl/gp/css/order-history"],
             items=[("LEGO Star Wars 75313 AT-AT", 1, "3 299,00", "Amazon.pl")],
             items_heading="Produkty oczekujące na płatność"))

# --- pl non-notice 6: delivery slot cancelled (genuine Amazon), order continues
o = onum("406")
add(lang="pl", kind="non_notice", cause=None, sr=False, mk=None,
    note="genuine Amazon: scheduled delivery slot cancelled by carrier, order NOT cancelled; HTML-only QP",
    frm=("Amazon.pl", "shipment-tracking@amazon.pl"), reply_to="no-reply@amazon.pl",
    to=("Paweł Wójcik", "pawel.wojcik@gmail.com"),
    subj="Termin dostawy został anulowany – wybierz nowy termin", subj_enc=("utf-8", "q"),
    fmt="html", cs="utf-8", cte="quoted-printable", transport=None, auth=None,
    body=amz("pl", "html", title="Anulowano termin dostawy", order=o, greeting="Dzień dobry, Pawle!",
             paras=["przewoźnik odwołał zaplanowany termin dostawy (sobota, 10:00–14:00) dla zamówienia nr %s." % o,
                    "**Twoje zamówienie nie zostało anulowane.** Wybierz nowy termin dostawy, a kurier skontaktuje się z Tobą dzień wcześniej.",
                    "[[Wybierz nowy termin|https://www.amazon.pl/gp/css/shiptrack/view.html?orderID=%s]]" % o],
             items=[("Szafa przesuwna 200 cm z lustrem, biała (dostawa gabarytowa)", 1, "1 149,00", "Meble-Max Sp. z o.o.")],
             items_heading="Produkty w dostawie"))

# ================================================================ SWEDISH (amazon.se)
SV_H = "Avbrutna artiklar"

# --- sv notice 1: inventory_shortage (marketplace seller), text QP, no auth
o = onum("404")
add(lang="sv", kind="notice", cause="inventory_shortage", sr=True, mk="amazon.se",
    note="third-party seller cannot fulfil, item out of stock; text-only QP; no auth",
    frm=("Amazon.se", "order-update@amazon.se"), reply_to="no-reply@amazon.se",
    to=("Erik Lindqvist", "erik.lindqvist@telia.com"),
    subj="Din Amazon.se-beställning #%s har avbrutits" % o, subj_enc=("utf-8", "q"),
    fmt="text", cs="utf-8", cte="quoted-printable", transport=None, auth=None,
    body=amz("sv", "text", title="Beställningen har avbrutits", order=o, greeting="Hej Erik,",
             paras=["säljaren Nordic Outdoor Supply har meddelat att de inte kan leverera artikeln nedan eftersom den inte längre finns i lager. Din beställning #%s har därför avbrutits." % o,
                    "Du har inte debiterats för artikeln. Om en reservation syns på ditt konto försvinner den automatiskt inom några bankdagar.",
                    "Vi beklagar besväret. Du kan se om artikeln erbjuds av andra säljare på produktsidan."],
             items=[("Fjällräven Kånken Laptop 15\" Ryggsäck, Navy", 1, "1 095,00", "Nordic Outdoor Supply")],
             items_heading=SV_H,
             closing=["Du hittar dina beställningar under Dina beställningar: https://www.amazon.se/gp/css/order-history"]))

# --- sv notice 2: payment_issue (card expired), alt, auth
o = onum("403")
add(lang="sv", kind="notice", cause="payment_issue", sr=True, mk="amazon.se",
    note="card expired, payment info not updated within 7 days; alt QP; auth pass; payments-update@",
    frm=("Amazon.se", "payments-update@amazon.se"), reply_to="no-reply@amazon.se",
    to=("Anna Johansson", "anna.johansson@hotmail.se"),
    subj="Din beställning #%s har avbrutits" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport="ses", auth="amazon",
    body=amz("sv", "alt", title="Beställningen har avbrutits", order=o, greeting="Hej Anna,",
             paras=["vi kunde inte debitera ditt kort för beställning #%s eftersom kortet har gått ut (Visa som slutar på 7713). Vi bad dig uppdatera betalningsuppgifterna, men eftersom de inte uppdaterades inom sju dagar har vi avbrutit beställningen." % o,
                    "Inga pengar har dragits. Om du fortfarande vill ha artiklarna kan du lägga en ny beställning när du har lagt till ett giltigt betalningssätt."],
             items=[("Philips Sonicare ProtectiveClean 4300 eltandborste, 2-pack", 1, "749,00", "Amazon.se"),
                    ("Philips Sonicare Original W2 Optimal White tandborsthuvuden, 8 st", 1, "399,00", "Amazon.se")],
             items_heading=SV_H,
             closing=["Du kan uppdatera dina kortuppgifter under [[Dina betalningar|https://www.amazon.se/cpe/yourpayments/wallet]]."]))

# --- sv notice 3: technical_issue (pricing error), alt iso-8859-1 QP, auth
o = onum("402")
add(lang="sv", kind="notice", cause="technical_issue", sr=True, mk="amazon.se",
    note="technical error showed wrong price; alt iso-8859-1 QP; auth pass; cs-reply",
    frm=("Amazon.se", "cs-reply@amazon.se"), reply_to=None,
    to=("Johan Berg", "johan.berg@bredband.net"),
    subj="Information om din Amazon.se-beställning %s" % o, subj_enc=("iso-8859-1", "q"),
    fmt="alt", cs="iso-8859-1", cte="quoted-printable", transport="ses", auth="amazon",
    body=amz("sv", "alt", title="Din beställning har avbrutits", order=o, greeting="Hej Johan,",
             paras=["vi kontaktar dig angående din beställning #%s." % o,
                    "På grund av ett tekniskt fel visades ett felaktigt pris för artikeln nedan på produktsidan (49 kr i stället för 4 990 kr). Eftersom beställningen lades till det felaktiga priset har vi avbrutit den.",
                    "Du har inte debiterats. Priset är nu korrigerat, och du är välkommen att lägga en ny beställning till det aktuella priset.",
                    "Vi ber om ursäkt för besväret."],
             items=[("Sony Alpha 6400 systemkamera med 16-50 mm objektiv", 1, "49,00", "Amazon.se")],
             items_heading=SV_H,
             closing=["Har du frågor? Besök vår [[kundtjänst|https://www.amazon.se/gp/help/customer/display.html]]."]))

# --- sv notice 4: fraud_prevention, HTML-only base64, no auth
o = onum("408")
add(lang="sv", kind="notice", cause="fraud_prevention", sr=True, mk="amazon.se",
    note="order flagged in security review, account temporarily locked, identity could not be verified; HTML-only base64; no auth",
    frm=("Amazon.se", "no-reply@amazon.se"), reply_to=None,
    to=("Sara Nilsson", "sara.nilsson@gmail.com"),
    subj="Din beställning #%s har avbrutits" % o, subj_enc=("utf-8", "b"),
    fmt="html", cs="utf-8", cte="base64", transport=None, auth=None,
    body=amz("sv", "html", title="Beställningen har avbrutits av säkerhetsskäl", order=o, greeting="Hej Sara,",
             paras=["din beställning flaggades vid en säkerhetsgranskning och vi kunde inte verifiera uppgifterna för kontot. För att skydda dig har vi avbrutit beställningen och tillfälligt spärrat ditt konto.",
                    "Logga in på Amazon.se genom att skriva adressen direkt i webbläsaren, eller öppna Amazon-appen, och följ instruktionerna för att verifiera kontot. Svara inte på det här meddelandet och lämna aldrig ut dina uppgifter till någon som kontaktar dig.",
                    "Du har inte debiterats för beställningen."],
             items=[("Samsung Galaxy Watch6 Classic 47 mm LTE, svart", 1, "4 290,00", "Amazon.se"),
                    ("Amazon.se presentkort – e-post – 2 000 kr", 1, "2 000,00", "Amazon EU S.à r.l.")],
             items_heading=SV_H))

# --- sv notice 5: customer_request, text base64, no auth
o = onum("405")
add(lang="sv", kind="notice", cause="customer_request", sr=True, mk="amazon.se",
    note="cancellation done at customer's request, 'Avbruten av kunden'; text-only base64; no auth",
    frm=("Amazon.se", "auto-confirm@amazon.se"), reply_to="no-reply@amazon.se",
    to=("Emma Karlsson", "emma.karlsson@outlook.com"),
    subj='Avbokning genomförd: "Philips Hue White Ambiance GU10..." från din beställning #%s' % o, subj_enc=("utf-8", "b"),
    fmt="text", cs="utf-8", cte="base64", transport=None, auth=None,
    body={"text": simple_text([
        "Amazon.se                Dina beställningar | Ditt konto | Amazon.se\n" + "_" * 74,
        "Hej Emma,",
        "som du begärde har vi avbrutit följande artikel från din beställning #%s. Övriga artiklar i beställningen påverkas inte." % o,
        "Anledning till avbokningen: Avbruten av kunden",
        "Avbrutna artiklar\n=================\n\"Philips Hue White Ambiance GU10 smart LED-spot, 2-pack\"\n  Antal: 1\n  Säljs av: Amazon.se\n  Pris: 499,00 kr",
        "Om beloppet redan har dragits återbetalas det till det ursprungliga betalningssättet.",
        "Se dina beställningar: https://www.amazon.se/gp/css/order-history",
        "Vi hoppas att vi ses igen snart.\nAmazon.se\n" + "_" * 74,
        md_text(SECURITY["sv"][0]), md_text(SECURITY["sv"][1]), md_text(SECURITY["sv"][2]),
        LBL["sv"]["notify"],
    ])})

# --- sv notice 6: unknown (no reason), HTML-only 8bit, auth
o = onum("407")
add(lang="sv", kind="notice", cause="unknown", sr=False, mk="amazon.se",
    note="items cancelled from order, no reason given; alt 8bit; auth pass",
    frm=("Amazon.se", "order-update@amazon.se"), reply_to="no-reply@amazon.se",
    to=("Oskar Holm", "oskar.holm@gmail.com"),
    subj="Artiklar har avbrutits från din Amazon.se-beställning #%s" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="8bit", transport="ses", auth="amazon",
    body=amz("sv", "alt", title="Artiklar har avbrutits", order=o, greeting="Hej Oskar,",
             paras=["vi vill informera dig om att följande artiklar har avbrutits från din beställning #%s." % o,
                    "Du debiteras inte för de avbrutna artiklarna. Övriga artiklar skickas som planerat."],
             items=[("Bosch Serie 4 stavmixer MSM4W210, 600 W", 1, "549,00", "Amazon.se"),
                    ("Bosch MSZV0FC1 tillbehör: grönsaksskärare", 1, "299,00", "Amazon.se")],
             items_heading=SV_H,
             closing=["Se detaljerna under [[Dina beställningar|https://www.amazon.se/gp/css/order-history]]."]))

# --- sv lookalike 1: callback phone, yahoo, iso-8859-1 8bit, suspicious activity
add(lang="sv", kind="lookalike", cause="fraud_prevention", sr=True, mk=None,
    note="yahoo sender, callback phone number, 'suspicious activity' claim; text 8bit iso-8859-1",
    frm=("Amazon Kundtjänst", "amazon.kundtjanst.se@yahoo.com"), reply_to=None,
    to=(None, "erik.lindqvist@telia.com"),
    subj="Din Amazon-beställning har annullerats - misstänkt aktivitet", subj_enc=("iso-8859-1", "q"),
    fmt="text", cs="iso-8859-1", cte="8bit", transport=("sonic302-3.consmr.mail.ir2.yahoo.com", "77.238.176.63"),
    auth=("custom", "dkim=pass header.d=yahoo.com header.s=s2048", "spf=pass smtp.mailfrom=yahoo.com", "dmarc=pass (p=REJECT) header.from=yahoo.com"),
    msgid="yahoo.com", tz=1,
    body={"text": simple_text([
        "Hej kund,",
        "Din beställning #403-5512873-2219045 (Apple MacBook Pro 14\", 24 990 kr) har annullerats på grund av misstänkt aktivitet på ditt konto. Någon försökte logga in från en okänd enhet i Lagos, Nigeria.",
        "Om du INTE har gjort denna beställning måste du ringa vår säkerhetsavdelning omedelbart på 08-446 812 90 (öppet dygnet runt) så att vi kan stoppa debiteringen.",
        "Om du inte ringer inom 24 timmar kommer beloppet att dras från ditt kort.",
        "Med vänliga hälsningar\nAmazon Säkerhetsteam",
    ])})

# --- sv lookalike 2: account locked + code, multiple Cyrillic letters, HTML-only QP
o = onum("402")
ev = "https://amazon-se-konto.com/las-upp?kod=" + rhex(12)
add(lang="sv", kind="lookalike", cause="fraud_prevention", sr=True, mk=None,
    note="Cyrillic а/о in display name, amazon-se-konto.com, account locked + order cancelled, 'use this code'; HTML-only QP",
    frm=("Аmаzоn.se", "sakerhet@amazon-se-konto.com"), reply_to=None,
    to=("Sara Nilsson", "sara.nilsson@gmail.com"),
    subj="Ditt konto är låst och din beställning har annullerats", subj_enc=("utf-8", "q"),
    fmt="html", cs="utf-8", cte="quoted-printable", transport=("mail.amazon-se-konto.com", "188.119.66.41"),
    auth=("custom", "dkim=pass header.d=amazon-se-konto.com header.s=dkim", "spf=pass smtp.mailfrom=amazon-se-konto.com", "dmarc=pass (p=NONE) header.from=amazon-se-konto.com"),
    msgid="amazon-se-konto.com",
    body=amz("sv", "html", title="Ditt konto är låst", order=o, greeting="Hej,",
             paras=["av säkerhetsskäl har vi låst ditt Amazon-konto och annullerat beställning #%s." % o,
                    "För att låsa upp kontot och återställa beställningen anger du koden nedan på vår verifieringssida inom 24 timmar:",
                    "**Säkerhetskod: 448 913**",
                    "Om kontot inte verifieras stängs det permanent och ditt presentkortssaldo går förlorat."],
             items=[], button=("Lås upp kontot", ev), href=evil(ev), footer=SECURITY["sv"][:1]))

# --- sv lookalike 3: reply with card details, hotmail, iso-8859-1 QP
add(lang="sv", kind="lookalike", cause="payment_issue", sr=True, mk=None,
    note="hotmail sender, asks to reply with card number, CVC and personnummer; text iso-8859-1 QP",
    frm=("Amazon.se Betalningar", "amazon.betalning.se@hotmail.com"), reply_to=None,
    to=(None, "anna.johansson@hotmail.se"),
    subj="Betalningen misslyckades - beställningen annullerad", subj_enc=("iso-8859-1", "q"),
    fmt="text", cs="iso-8859-1", cte="quoted-printable", transport=("EUR03-VI1-obe.outbound.protection.outlook.com", "40.92.90.17"),
    auth=("custom", "dkim=pass header.d=hotmail.com header.s=selector1", "spf=pass smtp.mailfrom=hotmail.com", "dmarc=pass (p=NONE) header.from=hotmail.com"),
    msgid="outlook", tz=2,
    body={"text": simple_text([
        "Hej,",
        "Betalningen för din beställning 403-8812930-4471028 gick inte igenom och beställningen har därför annullerats.",
        "För att återaktivera beställningen ber vi dig svara på detta mejl med följande uppgifter:\n- kortinnehavarens namn\n- kortnummer\n- utgångsdatum\n- CVC-kod (3 siffror på baksidan)\n- personnummer",
        "Vår handläggare genomför sedan betalningen manuellt.",
        "Vänliga hälsningar\nAmazon.se Betalningsavdelning",
    ])})

# --- sv lookalike 4: link text amazon.se, href elsewhere; amazon.se.kundservice-retur.com
o = onum("405")
ev = "http://amazon.se.kundservice-retur.com/aterbetalning/?id=" + o
add(lang="sv", kind="lookalike", cause="inventory_shortage", sr=True, mk=None,
    note="amazon.se.kundservice-retur.com sender, visible amazon.se URL with evil href, out-of-stock refund lure; alt QP",
    frm=("Amazon.se", "order-update@amazon.se.kundservice-retur.com"), reply_to=None,
    to=("Johan Berg", "johan.berg@bredband.net"),
    subj="Din Amazon.se-beställning #%s har avbrutits" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("vps-61b2.hosting.example", "5.181.80.97"),
    auth=None, msgid="amazon.se.kundservice-retur.com",
    body=amz("sv", "alt", title="Beställningen har avbrutits", order=o, greeting="Hej Johan,",
             paras=["tyvärr är artikeln i din beställning #%s slut i lager och beställningen har avbrutits." % o,
                    "Beloppet 3 499 kr har redan dragits. För att få återbetalningen måste du bekräfta dina kortuppgifter inom 48 timmar via vår återbetalningssida: [[https://www.amazon.se/gp/css/returns/aterbetalning|%s]]" % ev,
                    "Utan bekräftelse omvandlas beloppet till presentkortssaldo."],
             items=[("Garmin Fenix 7 Pro Solar multisportklocka, grå", 1, "3 499,00", "Amazon.se")],
             items_heading=SV_H, href=evil(ev), order_url=False))

# --- sv lookalike 5: will be cancelled unless payment updated, HTML-only base64
o = onum("404")
ev = "https://amazon-se-betalning.com/uppdatera?o=" + o
add(lang="sv", kind="lookalike", cause="payment_issue", sr=True, mk=None,
    note="amazon-se-betalning.com, 'order will be cancelled within 24h' unless payment updated; HTML-only base64; auth pass for evil domain; copies genuine footer",
    frm=("Amazon.se", "betalning@amazon-se-betalning.com"), reply_to=None,
    to=("Oskar Holm", "oskar.holm@gmail.com"),
    subj="Åtgärd krävs: din beställning kommer att avbrytas", subj_enc=("utf-8", "b"),
    fmt="html", cs="utf-8", cte="base64", transport=("mx1.amazon-se-betalning.com", "62.204.41.77"),
    auth=("custom", "dkim=pass header.d=amazon-se-betalning.com header.s=s1", "spf=pass smtp.mailfrom=amazon-se-betalning.com", "dmarc=pass (p=NONE) header.from=amazon-se-betalning.com"),
    msgid="amazon-se-betalning.com",
    body=amz("sv", "html", title="Problem med betalningen", order=o, greeting="Hej,",
             paras=["vi kunde inte auktorisera betalningen för din beställning #%s." % o,
                    "**Om du inte uppdaterar dina betalningsuppgifter inom 24 timmar kommer beställningen att avbrytas** och ditt konto begränsas.",
                    "Klicka på knappen nedan för att uppdatera betalningen."],
             items=[("Apple iPhone 15 Pro 256 GB, titan natur", 1, "14 490,00", "Amazon.se")],
             button=("Uppdatera betalning", ev), href=evil(ev), footer=SECURITY["sv"]))

# --- sv lookalike 6: crude, outlook, no order number, technical error claim
add(lang="sv", kind="lookalike", cause="technical_issue", sr=True, mk=None,
    note="outlook.com sender, no order number at all, 'technical error' claim, refund form link; text 8bit utf-8",
    frm=("Amazon Support", "amazon.support.se@outlook.com"), reply_to=None,
    to=(None, "emma.karlsson@outlook.com"),
    subj="Din order avbruten pga tekniskt fel", subj_enc=("utf-8", "b"),
    fmt="text", cs="utf-8", cte="8bit", transport=("EUR05-DB8-obe.outbound.protection.outlook.com", "40.92.89.44"),
    auth=("custom", "dkim=pass header.d=outlook.com header.s=selector1", "spf=pass smtp.mailfrom=outlook.com", "dmarc=pass (p=NONE) header.from=outlook.com"),
    msgid="outlook", tz=1,
    body={"text": simple_text([
        "Hej!",
        "På grund av ett tekniskt fel i vårt system har din senaste order avbrutits.",
        "Du har rätt till återbetalning på 1 299 kr. Fyll i formuläret här för att få pengarna tillbaka:\nhttps://forms.gle/amazonse-aterbetalning",
        "Ange ditt BankID och kortuppgifter så att vi kan verifiera dig.",
        "Amazon Sverige",
    ])})

# --- sv lookalike 7: spoofed auto-confirm@amazon.se, dmarc fail, customer_request claim, phone + link
o = onum("406")
ev = "https://amazon.se.avbokning-support.top/angra?o=" + o
add(lang="sv", kind="lookalike", cause="customer_request", sr=True, mk=None,
    note="spoofed From amazon.se (dmarc=fail), 'your cancellation is confirmed - if not you, call/click'; alt QP",
    frm=("Amazon.se", "auto-confirm@amazon.se"), reply_to="amazon.se.support@gmx.com",
    to=("Anna Johansson", "anna.johansson@hotmail.se"),
    subj="Avbokning genomförd för din beställning #%s" % o, subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("static-45-95-169-12.example.net", "45.95.169.12"),
    auth=("custom", "dkim=none (message not signed)", "softfail (domain of transitioning auto-confirm@amazon.se does not designate 45.95.169.12 as permitted sender) smtp.mailfrom=auto-confirm@amazon.se", "fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.se"),
    msgid="amazon.se-fake",
    body=amz("sv", "alt", title="Avbokning genomförd", order=o, greeting="Hej,",
             paras=["som du begärde har vi avbrutit din beställning #%s. Återbetalningen på 8 990 kr skickas till det nya bankkonto som angavs i begäran." % o,
                    "Om det inte var du som avbokade, ring oss genast på 010-888 52 17 eller klicka nedan för att stoppa återbetalningen."],
             items=[("Samsung 55\" Neo QLED QN90C 4K Smart TV", 1, "8 990,00", "Amazon.se")],
             items_heading=SV_H, button=("Det var inte jag", ev), href=evil(ev)))

# --- sv lookalike 8: malformed order no., Greek omicron, no reason
ev = "https://amzn-se-order.com/s/?r=" + rhex(10)
add(lang="sv", kind="lookalike", cause="unknown", sr=False, mk=None,
    note="Greek ο in display name, amzn-se-order.com, malformed order number, no reason; HTML-only QP",
    frm=("Amazοn.se", "noreply@amzn-se-order.com"), reply_to=None,
    to=("Emma Karlsson", "emma.karlsson@outlook.com"),
    subj="Din beställning har avbrutits", subj_enc=("utf-8", "q"),
    fmt="html", cs="utf-8", cte="quoted-printable", transport=("smtp.amzn-se-order.com", "103.75.201.4"),
    auth=None, msgid="amzn-se-order.com",
    body=amz("sv", "html", title="Beställningen har avbrutits", order="#SE-771-2291-88", greeting="Hej,",
             paras=["din beställning #SE-771-2291-88 har avbrutits.",
                    "Logga in för att se detaljer och ta emot din återbetalning: [[Visa beställning|%s]]" % ev],
             items=[], href=evil(ev), footer=[], notify=False))

# --- sv non-notice 1: Elgiganten cancellation, mentions Amazon.se in price guarantee
add(lang="sv", kind="non_notice", cause=None, sr=False, mk=None,
    note="Elgiganten (other retailer) order cancelled (out of stock), price guarantee mentions Amazon.se; alt QP",
    frm=("Elgiganten", "noreply@order.elgiganten.se"), reply_to=None,
    to=("Johan Berg", "johan.berg@bredband.net"),
    subj="Din order 8123456789 har annullerats", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport=("mail-out2.order.elgiganten.se", "194.18.73.25"),
    auth=("custom", "dkim=pass header.d=order.elgiganten.se header.s=s1", "spf=pass smtp.mailfrom=order.elgiganten.se", "dmarc=pass (p=REJECT) header.from=order.elgiganten.se"),
    msgid="order.elgiganten.se", tz=1,
    body=brand("alt", "ELGIGANTEN", "#005eb8", "Din order har annullerats", [
        "Hej Johan,",
        "tyvärr har vi fått annullera din order 8123456789 eftersom produkten inte längre finns i lager hos vår leverantör.",
        "**Annullerad produkt:** LG OLED55C44LA 55\" 4K OLED-TV – 1 st – 14 990 kr",
        "Du har inte debiterats. Eventuell reservation på ditt kort eller din Klarna-faktura tas bort inom 3–5 bankdagar.",
        "Letar du efter ett liknande erbjudande? Kom ihåg vår prisgaranti: hittar du samma produkt billigare hos en annan svensk butik, till exempel Amazon.se, matchar vi priset.",
        "Vänliga hälsningar\nElgiganten Kundservice"],
        ["Elgiganten AB, Box 1001, 164 21 Kista. Org.nr 556475-6467",
         "Detta mejl går inte att svara på. Kontakta oss via [[elgiganten.se/kundservice|https://www.elgiganten.se/kundservice]]"]))

# --- sv non-notice 2: friend cancelled her Amazon order, iso-8859-1 8bit
add(lang="sv", kind="non_notice", cause=None, sr=False, mk=None,
    note="friend writes she cancelled her own Amazon.se order; personal text 8bit iso-8859-1",
    frm=("Linnea Sjöberg", "linnea.sjoberg@telia.com"), reply_to=None,
    to=("Sara Nilsson", "sara.nilsson@gmail.com"),
    subj="Sv: barnvagnen", subj_enc=("iso-8859-1", "q"),
    fmt="text", cs="iso-8859-1", cte="8bit", transport=("smtp-out.telia.com", "81.236.60.157"),
    auth=("custom", "dkim=pass header.d=telia.com header.s=tm", "spf=pass smtp.mailfrom=telia.com", "dmarc=pass (p=NONE) header.from=telia.com"),
    msgid="telia.com", tz=1, extra=[("In-Reply-To", "<CAFk" + rhex(22) + "@mail.gmail.com>")],
    body={"text": simple_text([
        "Hej Sara!",
        "Jag avbokade min Amazon-beställning på barnvagnen i går kväll, leveransen hade skjutits upp tre veckor. Fick en bekräftelse direkt så det är lugnt.",
        "Vi köper din gamla Emmaljunga istället om erbjudandet står kvar? Kan hämta den på lördag.",
        "Kram,\nLinnea",
        "Den tis 12 nov. 2024 kl 19:40 skrev Sara Nilsson <sara.nilsson@gmail.com>:\n> Har barnvagnen kommit? Annars får ni gärna ta vår.",
    ])})

# --- sv non-notice 3: security newsletter quoting fake subject
add(lang="sv", kind="non_notice", cause=None, sr=False, mk=None,
    note="consumer-security newsletter about Amazon cancellation phishing, quotes fake subject; alt base64",
    frm=("Bedrägerikollen", "nyhetsbrev@bedragerikollen.se"), reply_to=None,
    to=(None, "oskar.holm@gmail.com"),
    subj="Varning: falska mejl om avbrutna Amazon-beställningar", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="base64", transport=("out.mailrelay.example.se", "46.246.112.30"),
    auth=("custom", "dkim=pass header.d=bedragerikollen.se header.s=nb", "spf=pass smtp.mailfrom=bedragerikollen.se", "dmarc=pass (p=NONE) header.from=bedragerikollen.se"),
    msgid="bedragerikollen.se", tz=1,
    extra=[("List-Unsubscribe", "<mailto:avregistrera@bedragerikollen.se>"), ("Precedence", "bulk")],
    body=brand("alt", "Bedrägerikollen", "#2b2d42", "Veckans bluff: den avbrutna Amazon-beställningen", [
        "Hej!",
        "Just nu cirkulerar mejl med ämnesraden **”Din Amazon.se-beställning #40X-XXXXXXX-XXXXXXX har avbrutits – bekräfta dina uppgifter”**. Mejlet påstår att betalningen inte gick igenom och ber dig logga in via en länk för att ”återställa” beställningen.",
        "Länken leder till en falsk inloggningssida som stjäl lösenord och kortuppgifter. I andra varianter ombeds du ringa ett telefonnummer eller svara med din CVC-kod.",
        "Så skyddar du dig: kontrollera avsändarens faktiska adress, hovra över länkar innan du klickar och kontrollera alltid dina beställningar genom att själv logga in i appen. Anmäl bedrägeriförsök till polisen.",
        "Vi hörs nästa vecka!\nRedaktionen"],
        ["Du får det här nyhetsbrevet eftersom du prenumererar på bedragerikollen.se. [[Avsluta prenumerationen|https://bedragerikollen.se/avsluta]]",
         "Bedrägerikollen har ingen koppling till Amazon."]))

# --- sv non-notice 4: Prime membership ended (genuine Amazon), auth
add(lang="sv", kind="non_notice", cause=None, sr=False, mk=None,
    note="genuine Amazon: Prime membership cancelled, no order cancelled; alt QP; auth pass",
    frm=("Amazon.se", "digital-no-reply@amazon.se"), reply_to=None,
    to=("Erik Lindqvist", "erik.lindqvist@telia.com"),
    subj="Ditt Prime-medlemskap har avslutats", subj_enc=("utf-8", "q"),
    fmt="alt", cs="utf-8", cte="quoted-printable", transport="ses", auth="amazon",
    body=amz("sv", "alt", title="Ditt Prime-medlemskap har avslutats", order=None, greeting="Hej Erik,",
             paras=["vi bekräftar att ditt Amazon Prime-medlemskap har avslutats enligt din begäran. Du kan använda Prime-förmånerna till slutet av den aktuella betalningsperioden, därefter debiteras du inte längre.",
                    "Dina befintliga beställningar påverkas inte och levereras som vanligt.",
                    "Du kan gå med igen när som helst via [[Hantera ditt Prime-medlemskap|https://www.amazon.se/gp/primecentral]]."],
             items=[]))

# --- sv non-notice 5: genuine payment reminder, text 8bit, no auth
o = onum("404")
add(lang="sv", kind="non_notice", cause=None, sr=False, mk=None,
    note="genuine Amazon payment reminder: update payment method or order will be cancelled; nothing cancelled yet; alt 8bit; no auth",
    frm=("Amazon.se", "payments-messages@amazon.se"), reply_to="no-reply@amazon.se",
    to=("Emma Karlsson", "emma.karlsson@outlook.com"),
    subj="Åtgärd krävs: uppdatera betalningssättet för beställning #%s" % o, subj_enc=("utf-8", "b"),
    fmt="alt", cs="utf-8", cte="8bit", transport=None, auth=None,
    body=amz("sv", "alt", title="Uppdatera ditt betalningssätt", order=o, greeting="Hej Emma,",
             paras=["vi kunde inte debitera betalningen för din beställning #%s. Banken som utfärdat Mastercard-kortet som slutar på 3304 nekade auktoriseringen." % o,
                    "För att undvika att beställningen avbryts, uppdatera betalningssättet inom 7 dagar. Om vi inte får ett giltigt betalningssätt inom den tiden kommer beställningen att avbrytas.",
                    "Gå till Dina beställningar, välj beställningen och klicka på ”Ändra betalningssätt”: [[https://www.amazon.se/gp/css/order-history|https://www.amazon.se/gp/css/order-history]]"],
             items=[("Nintendo Switch OLED-modell, vit", 1, "3 690,00", "Amazon.se")],
             items_heading="Artiklar som väntar på betalning"))

# --- sv non-notice 6: delivery appointment cancelled, order continues
o = onum("408")
add(lang="sv", kind="non_notice", cause=None, sr=False, mk=None,
    note="genuine Amazon: delivery appointment cancelled by carrier, order NOT cancelled; HTML-only QP",
    frm=("Amazon.se", "shipment-tracking@amazon.se"), reply_to="no-reply@amazon.se",
    to=("Oskar Holm", "oskar.holm@gmail.com"),
    subj="Din leveranstid har avbokats – välj en ny tid", subj_enc=("utf-8", "q"),
    fmt="html", cs="utf-8", cte="quoted-printable", transport=None, auth=None,
    body=amz("sv", "html", title="Leveranstiden har avbokats", order=o, greeting="Hej Oskar,",
             paras=["transportören har avbokat den planerade leveranstiden (tisdag 17:00–21:00) för din beställning #%s." % o,
                    "**Din beställning har inte avbrutits.** Välj en ny leveranstid så kontaktar budfirman dig dagen innan.",
                    "[[Välj ny leveranstid|https://www.amazon.se/gp/css/shiptrack/view.html?orderID=%s]]" % o],
             items=[("Electrolux 700 SteamCare tvättmaskin 9 kg, vit", 1, "7 490,00", "Amazon.se")],
             items_heading="Artiklar som levereras"))

# ================================================================ build

LEGACY_MAP = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"',
              "\u2019": "'", "\u2018": "'", "\u2026": "...", "\u20ac": "EUR", "\u00a0": " "}

def fit(s, cs):
    if cs.lower() in ("utf-8", "utf8"):
        return s
    out = []
    for c in s:
        try:
            c.encode(cs)
            out.append(c)
        except UnicodeEncodeError:
            out.append(LEGACY_MAP[c])   # KeyError = text not representable: fix the data
    return "".join(out)

def make_msgid(kind, date):
    ts = int(date.timestamp())
    if kind == "ses":
        return ses_msgid()
    if kind == "gmail":
        return "<CA%s@mail.gmail.com>" % ralnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
    if kind == "outlook":
        box = "%s%dPR%02dMB%d" % (rng.choice(["DB9", "AM6", "PA4", "VI1"]), rng.randint(1, 9), rng.randint(1, 9), rng.randint(1000, 9999))
        return "<%s%s@%s.eurprd%02d.prod.outlook.com>" % (box, ralnum(26), box, rng.randint(1, 9))
    if kind == "yahoo.com":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), ts * 1000 + rng.randint(0, 999))
    if kind.endswith("-fake"):
        return "<%s.%d@%s>" % (rhex(20), ts, kind[:-5])
    return "<%s.%d@%s>" % (rhex(16), ts, kind)

def boundary(style, date):
    if style == "amazon":
        return "----=_Part_%d_%d.%d" % (rng.randint(10**6, 10**8), rng.randint(10**8, 2 * 10**9), int(date.timestamp()) * 1000 + rng.randint(0, 999))
    if style == "gmail":
        return "0000000000%s" % rhex(16)
    return "b1_%s" % rhex(32)

def build(e):
    to_name, to_addr = e["to"]
    frm_name, frm_addr = e["frm"]
    frm_dom = frm_addr.split("@")[1]
    is_amazon_sender = frm_dom in ("amazon.it", "amazon.pl", "amazon.se", "audible.it") and e["kind"] != "lookalike"
    cs = e["cs"]
    tz = e.get("tz", 0)
    date = rdate(tz)
    mx = mx_for(to_addr)
    body = e["body"]

    # --- body
    parts = []
    if "text" in body and e["fmt"] in ("text", "alt"):
        parts.append(text_part(fit(body["text"], cs), "plain", cs, e["cte"]))
    if "html" in body and e["fmt"] in ("html", "alt"):
        h = body["html"]
        if cs.lower() != "utf-8":
            h = h.replace("charset=UTF-8", "charset=" + cs.upper()).replace("charset=utf-8", "charset=" + cs)
        parts.append(text_part(fit(h, cs), "html", cs, e.get("cte_html", e["cte"])))
    assert len(parts) == (2 if e["fmt"] == "alt" else 1), e["note"]
    if e["fmt"] == "alt":
        style = "amazon" if (is_amazon_sender or "amazon" in frm_dom or "amaz0n" in frm_dom) else ("gmail" if e.get("msgid") == "gmail" else "other")
        root = MIMEMultipart("alternative", boundary=boundary(style, date))
        for p in parts:
            root.attach(p)
    else:
        root = parts[0]
        root["MIME-Version"] = "1.0"
    mime_hdrs = [(k, v) for k, v in root.items()]
    for k in set(k for k, _ in mime_hdrs):
        del root[k]

    # --- transport + auth
    hdrs = []
    rdate_ = date + datetime.timedelta(seconds=rng.randint(1, 9))
    transport = e.get("transport")
    ip = None
    if transport is not None:
        hdrs.append(("Delivered-To", to_addr))
    if transport == "ses":
        rcv, ip = received_ses(to_addr, rdate_, mx)
        bounce = "%s%s-%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), rhex(8), rhex(10), frm_dom)
        hdrs.append(("Received", rcv))
        hdrs.append(("Return-Path", "<%s>" % bounce))
    elif transport is not None:
        helo, ip = transport
        hdrs.append(("Received", received_generic(helo, ip, to_addr, rdate_, mx)))
        rp = e.get("reply_to") if False else frm_addr
        hdrs.append(("Return-Path", "<%s>" % rp))
    auth = e.get("auth")
    if auth == "amazon":
        assert transport == "ses"
        hdrs.append(("Authentication-Results", auth_amazon_pass(mx, frm_dom, bounce, ip)))
        hdrs.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s"
                     % (ralnum(24, "abcdefghijklmnopqrstuvwxyz234567"), frm_dom, int(date.timestamp()),
                        ralnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                        ralnum(172, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))))
    elif isinstance(auth, tuple):
        _, dk, spf, dm = auth
        dk = dk if dk.startswith("dkim=") else "dkim=" + dk
        spf = spf if spf.startswith("spf=") else "spf=" + spf
        dm = dm if dm.startswith("dmarc=") else "dmarc=" + dm
        hdrs.append(("Authentication-Results", auth_custom(mx, dk, spf, dm)))

    # --- message headers
    fcs = "utf-8"
    hdrs.append(("From", addr(frm_name, frm_addr, fcs, "b")))
    if e.get("reply_to"):
        hdrs.append(("Reply-To", e["reply_to"]))
    hdrs.append(("To", addr(to_name, to_addr, e["subj_enc"][0] if to_name and e["subj_enc"][0] != "utf-8" else "utf-8", "q")))
    scs, smode = e["subj_enc"]
    hdrs.append(("Subject", enc_header(fit(e["subj"], scs), scs, smode)))
    hdrs.append(("Date", format_datetime(date)))
    mid_kind = e.get("msgid") or ("ses" if (transport == "ses" or is_amazon_sender) else frm_dom)
    hdrs.append(("Message-ID", make_msgid(mid_kind, date)))
    hdrs += mime_hdrs
    if is_amazon_sender and frm_dom.startswith("amazon."):
        hdrs += AMZ_HDRS(frm_dom)
    hdrs += e.get("extra", [])
    for k, v in hdrs:
        root[k] = v
    return root

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(ENTRIES)))
    rng.shuffle(order)
    labels = []
    pol = policy.compat32.clone(linesep="\n", max_line_length=0)
    for n, idx in enumerate(order, 1):
        e = ENTRIES[idx]
        fname = "%s%03d.eml" % (PREFIX, n)
        msg = build(e)
        with open(os.path.join(OUT, fname), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, policy=pol).flatten(msg)
        labels.append({"file": fname, "kind": e["kind"], "language": e["lang"], "cause": e["cause"],
                       "states_reason": e["sr"], "marketplace": e["mk"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))

if __name__ == "__main__":
    main()
