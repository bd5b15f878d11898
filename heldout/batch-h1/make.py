#!/usr/bin/env python3
"""Generate blind held-out batch h1: Amazon order-cancellation notices,
near-miss non-notices and phishing lookalikes in English, German and Dutch.

Run:  python3 make.py      (writes mail/h1NNN.eml and labels.json next to this file)
Everything is deterministic (fixed random seed)."""
import base64
import datetime
import html
import io
import json
import os
import quopri
import random
import re
import urllib.parse
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime
from email import policy

SEED = 20250611
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "h1"

# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rc(n, alphabet=ALNUM):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rd(n):
    return "".join(RNG.choice("0123456789") for _ in range(n))


def order_no(prefix):
    return "%s-%s-%s" % (prefix, rd(7), rd(7))


def dt(y, mo, d, h, mi, s=0, off=0):
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)


# --------------------------------------------------------------------------
# marketplaces
# --------------------------------------------------------------------------
MP = {
    "amazon.com": dict(brand="Amazon.com", region="us-east-1", spell="canceled"),
    "amazon.co.uk": dict(brand="Amazon.co.uk", region="eu-west-1", spell="cancelled"),
    "amazon.ca": dict(brand="Amazon.ca", region="us-east-1", spell="cancelled"),
    "amazon.com.au": dict(brand="Amazon.com.au", region="ap-southeast-2", spell="cancelled"),
    "amazon.in": dict(brand="Amazon.in", region="ap-south-1", spell="cancelled"),
    "amazon.sg": dict(brand="Amazon.sg", region="ap-southeast-1", spell="cancelled"),
    "amazon.ie": dict(brand="Amazon.ie", region="eu-west-1", spell="cancelled"),
    "amazon.co.za": dict(brand="Amazon.co.za", region="eu-west-1", spell="cancelled"),
    "amazon.de": dict(brand="Amazon.de", region="eu-west-1", spell=None),
    "amazon.nl": dict(brand="Amazon.nl", region="eu-west-1", spell=None),
    "amazon.com.be": dict(brand="Amazon.com.be", region="eu-west-1", spell=None),
}


def tld_of(mp):
    return mp[len("amazon."):]


def tracking(mp, target, ref):
    """Amazon style click-tracking redirect."""
    u = urllib.parse.quote(target, safe="")
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (mp, rc(13), rc(14), "2025" + rd(10), rc(8).lower(), rc(13), u,
               rc(26).lower(), ref))


def genuine_link(mp):
    def link(path):
        if path.startswith("http"):
            return path
        return tracking(mp, "https://www.%s%s" % (mp, path), "pe_" + rd(7) + "_" + rd(9))
    return link


def genuine_tlink(mp):
    def link(path):
        if path.startswith("http"):
            return path
        return "https://www.%s%s" % (mp, path)
    return link


def fixed_link(url):
    return lambda path: url


# --------------------------------------------------------------------------
# mini markup: [[text|target]] links and **bold**
# --------------------------------------------------------------------------
LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def to_html(s, link):
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        seg = BOLD_RE.sub(r"<b>\1</b>", html.escape(s[pos:m.start()], quote=False))
        if seg.endswith(" "):
            seg = seg[:-1] + "\n"  # keep lines short (8bit bodies)
        out.append(seg)
        out.append('<a href="%s">%s</a>' % (html.escape(link(m.group(2)), quote=True),
                                          html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(BOLD_RE.sub(r"<b>\1</b>", html.escape(s[pos:], quote=False)))
    return "".join(out)


def to_text(s, tlink):
    s = LINK_RE.sub(lambda m: "%s: %s" % (m.group(1), tlink(m.group(2)))
                    if not m.group(1).startswith("http") else m.group(1), s)
    return BOLD_RE.sub(r"\1", s)


def wrap(s, width=76):
    """Hard wrap plain text paragraphs (keeps existing newlines)."""
    lines = []
    for para in s.split("\n"):
        if len(para) <= width:
            lines.append(para)
            continue
        indent = re.match(r"\s*", para).group(0)
        cur = indent
        for w in para[len(indent):].split(" "):
            if cur.strip() and len(cur) + 1 + len(w) > width:
                lines.append(cur)
                cur = indent + "    " + w if indent else w
            else:
                cur = (cur + " " + w) if cur.strip() else cur + w
        lines.append(cur)
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Amazon-like HTML template (structure taken from the real samples:
# container/main/header/navigation/title, summary, details, closing, legalCopy)
# --------------------------------------------------------------------------
CSS = """
body {
	margin:0;
	font:13px/18px Arial, sans-serif;
}
a {
	text-decoration:none;
	color:#006699;
	font:13px/18px Arial, sans-serif;
}
a img { border:0; }
h2 {
	font-size:20px;
	line-height:24px;
	margin:0;
	padding:0;
	font-weight:normal;
	color:#000 !important;
}
h3 {
	font-size:18px;
	color:#cc6600;
	margin:15px 0 0 0;
	font-weight:normal;
}
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td {
	vertical-align: top;
	font-size: 13px;
	line-height: 18px;
	font-family: Arial, sans-serif;
}
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #closing, #security, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .navigation span { text-decoration:none; color:#CCC; font:15px Arial, san-serif; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#summary td { padding: 0 0 8px 0; }
#orderDetails { border-top:3px solid #2d3741; }
#orderDetails td { padding:11px 18px 10px 18px; background-color:#efefef; }
#itemDetails td { padding:10px 0 10px 0; border-bottom:1px solid #eaeaea; }
#itemDetails .photo { width:115px; }
#itemDetails .name { padding:10px 18px; }
#itemDetails .price { text-align:right; white-space:nowrap; }
#closing td { padding:10px 0 20px 0; }
#security td { padding:10px; background-color:#f6f6f6; color:#555; font-size:12px; }
#legalCopy td { color:#666; font-size:11px; line-height:15px; padding-top:12px; }
#legalCopy p, #legalCopy a { font-size:11px; line-height:15px; }
"""

NAV = {
    "en": ("Your Orders", "Your Account"),
    "de": ("Meine Bestellungen", "Mein Konto"),
    "nl": ("Jouw bestellingen", "Jouw account"),
}
ITEM_LABELS = {
    "en": ("Sold by", "Quantity"),
    "de": ("Verkauf durch", "Menge"),
    "nl": ("Verkocht door", "Aantal"),
}


def amazon_html(brand, home, lang, title, order, order_label, paras, items=None,
                items_heading=None, closing=None, security=None, legal=None,
                link=None, charset="UTF-8", preheader=None):
    """Render an Amazon-looking HTML body.  paras/closing/security/legal are
    lists of markup strings; items: list of (title, seller, qty, price)."""
    link = link or (lambda p: p)
    nav_o, nav_a = NAV[lang]
    sold, qty = ITEM_LABELS[lang]
    h = []
    a = h.append
    a('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    a('<html xmlns="https://www.w3.org/1999/xhtml">')
    a(' <head> ')
    a('  <meta http-equiv="Content-Type" content="text/html; charset=%s" /> ' % charset)
    a('  <meta name="format-detection" content="telephone=no" /> ')
    a('  <style type="text/css">' + CSS + '  </style> ')
    a(' </head> ')
    a(' <body>')
    if preheader:
        a('  <div style="display:none;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s</div>'
          % html.escape(preheader, quote=False))
    a('  <img width="1" height="1" src="%s" /> ' % link("/gp/r.html?open=1"))
    a('  <table id="container" cellpadding="0"> ')
    a('   <tbody>')
    a('    <tr> ')
    a('     <td class="frame"> ')
    a('      <table id="main" cellpadding="0"> ')
    a('       <tbody>')
    a('        <tr> ')
    a('         <td> ')
    a('          <table id="header" cellpadding="0"> ')
    a('           <tbody>')
    a('            <tr> ')
    a('             <td rowspan="2" class="logo"><a href="%s"><img alt="%s" '
      'src="https://m.media-amazon.com/images/G/01/x-locale/common/logo._CB%s_.png" '
      'width="115" /></a></td> ' % (html.escape(link("/ref=TE_hdr_logo")), html.escape(brand), rd(9)))
    a('             <td class="navigation"> ')
    a('              <table align="right"> ')
    a('               <tbody> ')
    a('                <tr> ')
    a('                 <td> <a href="%s">%s</a> </td> ' % (html.escape(link("/gp/css/order-history")), nav_o))
    a('                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> ')
    a('                 <td> <a href="%s">%s</a> </td> ' % (html.escape(link("/gp/css/homepage.html")), nav_a))
    a('                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> ')
    a('                 <td> <a class="last" href="%s">%s</a> </td> ' % (html.escape(link("/")), html.escape(home)))
    a('                </tr> ')
    a('               </tbody> ')
    a('              </table> </td> ')
    a('            </tr> ')
    a('            <tr> ')
    if order:
        a('             <td class="title"> <h2>%s</h2> %s <a href="%s">%s</a> </td> '
          % (html.escape(title), html.escape(order_label),
             html.escape(link("/gp/your-account/order-details?orderID=" + order)), order))
    else:
        a('             <td class="title"> <h2>%s</h2> </td> ' % html.escape(title))
    a('            </tr> ')
    a('           </tbody>')
    a('          </table> </td> ')
    a('        </tr> ')
    a('        <tr> ')
    a('         <td> ')
    a('          <table id="summary" cellpadding="0"> ')
    a('           <tbody>')
    for i, p in enumerate(paras):
        a('            <tr> ')
        if i == 0:
            a('             <td><span class="heading">%s</span></td> ' % to_html(p, link))
        else:
            a('             <td><p>%s</p></td> ' % to_html(p, link))
        a('            </tr> ')
    a('           </tbody>')
    a('          </table> </td> ')
    a('        </tr> ')
    if items:
        a('        <tr> ')
        a('         <td> ')
        a('          <table id="orderDetails" cellpadding="0"> ')
        a('           <tbody>')
        a('            <tr> ')
        a('             <td> <h3>%s</h3> </td> ' % html.escape(items_heading or ""))
        a('            </tr> ')
        a('           </tbody>')
        a('          </table> ')
        a('          <table id="itemDetails" cellpadding="0"> ')
        a('           <tbody>')
        for (t, seller, q, price) in items:
            img = "https://m.media-amazon.com/images/I/%s._SCLZZZZZZZ_SX115_SY115_.jpg" % (rd(2) + rc(9))
            a('            <tr> ')
            a('             <td class="photo"> <a href="%s"><img src="%s" width="115" height="115" alt="" /></a> </td> '
              % (html.escape(link("/dp/B0" + rc(8))), img))
            a('             <td class="name"> <a href="%s">%s</a> <br /> '
              % (html.escape(link("/dp/B0" + rc(8))), html.escape(t)))
            a('              <span style="color:#666;">%s: %s</span> <br /> %s: %s </td> '
              % (sold, html.escape(seller), qty, q))
            a('             <td class="price"> <strong>%s</strong> </td> ' % html.escape(price))
            a('            </tr> ')
        a('           </tbody>')
        a('          </table> </td> ')
        a('        </tr> ')
    if closing:
        a('        <tr> ')
        a('         <td> ')
        a('          <table id="closing" cellpadding="0"> ')
        a('           <tbody>')
        a('            <tr> ')
        a('             <td> ' + " <br /> ".join(to_html(c, link) for c in closing) + ' </td> ')
        a('            </tr> ')
        a('           </tbody>')
        a('          </table> </td> ')
        a('        </tr> ')
    if security:
        a('        <tr> ')
        a('         <td> ')
        a('          <table id="security" cellpadding="0"> ')
        a('           <tbody>')
        for s in security:
            a('            <tr> ')
            a('             <td> %s </td> ' % to_html(s, link))
            a('            </tr> ')
        a('           </tbody>')
        a('          </table> </td> ')
        a('        </tr> ')
    if legal:
        a('        <tr> ')
        a('         <td> ')
        a('          <table id="legalCopy"> ')
        a('           <tbody>')
        a('            <tr> ')
        a('             <td> <span> ' + " ".join("<p>%s</p>" % to_html(x, link) for x in legal)
          + ' </span> </td> ')
        a('            </tr> ')
        a('           </tbody>')
        a('          </table> </td> ')
        a('        </tr> ')
    a('       </tbody>')
    a('      </table> </td> ')
    a('    </tr> ')
    a('   </tbody>')
    a('  </table>  ')
    a(' <img width="1" height="1" src="%s" /></body>' % link("/gp/r.html?close=1"))
    a('</html>')
    return "\n".join(h) + "\n"


def amazon_text(brand, title, order, order_label, paras, items=None, items_heading=None,
                closing=None, security=None, legal=None, tlink=None, rule="-" * 69, sold_label=None):
    tlink = tlink or (lambda p: p)
    out = [brand, rule, ""]
    if title:
        out.append(title)
    if order:
        out.append("%s%s%s" % (order_label, "" if order_label.endswith("#") else " ", order))
    out.append("")
    for p in paras:
        out.append(wrap(to_text(p, tlink)))
        out.append("")
    if items:
        out.append(items_heading)
        out.append("")
        for (t, seller, q, price) in items:
            out.append(wrap("  %s x %s" % (q, t)))
            out.append("      %s%s" % (sold_label + ": " if sold_label else "", seller))
            out.append("      %s" % price)
            out.append("")
    if closing:
        for c in closing:
            out.append(wrap(to_text(c, tlink)))
        out.append("")
    if security:
        out.append(rule)
        for s in security:
            out.append(wrap(to_text(s, tlink)))
            out.append("")
    if legal:
        out.append(rule)
        for x in legal:
            out.append(wrap(to_text(x, tlink)))
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------
def text_part(body, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_param("charset", charset)
    data = body.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            assert data.isascii(), "7bit body is not ASCII"
        for ln in data.split(b"\n"):
            assert len(ln) < 990, "line too long for %s" % cte
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    if not payload.endswith("\n"):
        payload += "\n"
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def boundary():
    return "----=_Part_%s_%s.%s" % (rd(7), rd(9), "174" + rd(10))


def hdr(s, charset="utf-8"):
    if s.isascii():
        return s
    return Header(s, charset).encode()


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    return formataddr((name, address), charset=charset)


def amazon_transport(mp, sender, when, auth):
    """Received/Return-Path/Authentication-Results lines of a genuine Amazon mail."""
    region = MP[mp]["region"]
    a, b = RNG.randint(1, 250), RNG.randint(1, 250)
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (a, b, region)
    ip = "54.240.%d.%d" % (a, b)
    rp = "%s%s@bounces.%s" % (when.strftime("%Y%m%d%H%M%S"), rd(6), mp)
    rcv_at = when + datetime.timedelta(seconds=RNG.randint(1, 9))
    lines = [("Return-Path", "<%s>" % rp)]
    lines.append(("Received", "from %s (%s. [%s])\n        by mx.google.com with ESMTPS id %s\n"
                  "        for <%s>\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                  "        %s" % (host, host, ip, rc(20).lower(), "{TO}", format_datetime(rcv_at))))
    if auth:
        sel = rc(32).lower()
        lines.append(("Authentication-Results",
                      "mx.google.com;\n       dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
                      "       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
                      "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                      "       dmarc=pass header.from=%s"
                      % (mp, mp, sel, rc(8), rc(32).lower(), rc(8), rp, ip, rp, mp)))
    return lines


def amazon_extra(mp, when):
    return [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", "RTE-SW-PROD-%s@bounces.%s" % (rd(8), mp)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("X-SES-Outgoing", "%s-54.240.%d.%d" % (when.strftime("%Y.%m.%d"), RNG.randint(1, 250),
                                                    RNG.randint(1, 250))),
            ("Feedback-ID", "1.%s.%s=:AmazonSES" % (MP[mp]["region"], rc(43)))]


def amazon_msgid(when):
    hx = "0123456789abcdef"
    return "<0100%012x-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        int(when.timestamp() * 1000), rc(8, hx), rc(4, hx), rc(4, hx), rc(4, hx), rc(12, hx))


def generic_msgid(domain):
    return "<%s.%s@%s>" % (rc(16).lower(), rd(10), domain)


def build(m):
    """m: dict with keys from_, to, subject, date, layout, text/html, charset, cte,
    cte_html, pre (headers before From), post (headers after Message-ID) ..."""
    cs = m.get("charset", "utf-8")
    layout = m["layout"]
    if layout == "alt":
        body = MIMEMultipart("alternative", boundary=boundary())
        del body["MIME-Version"]
        body.attach(text_part(m["text"], "plain", cs, m["cte"]))
        body.attach(text_part(m["html"], "html", cs, m.get("cte_html", m["cte"])))
    elif layout == "text":
        body = text_part(m["text"], "plain", cs, m["cte"])
    elif layout == "html":
        body = text_part(m["html"], "html", cs, m["cte"])
    else:
        raise ValueError(layout)
    hcs = m.get("header_charset", "utf-8")
    heads = []
    for k, v in m.get("pre", []):
        heads.append((k, v.replace("{TO}", m["to"][1])))
    heads.append(("From", addr(m["from_"][0], m["from_"][1], hcs)))
    if m.get("reply_to"):
        heads.append(("Reply-To", addr(*m["reply_to"], charset=hcs) if isinstance(m["reply_to"], tuple)
                      else m["reply_to"]))
    heads.append(("To", addr(m["to"][0], m["to"][1], hcs)))
    heads.append(("Subject", hdr(m["subject"], hcs)))
    heads.append(("Date", format_datetime(m["date"])))
    heads.append(("Message-ID", m["msgid"]))
    for k, v in m.get("post", []):
        heads.append((k, v))
    heads.append(("MIME-Version", "1.0"))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(max_line_length=0)).flatten(body)
    raw = buf.getvalue()
    head = "".join("%s: %s\n" % (k, v) for k, v in heads).encode("ascii")
    return head + raw


MAILS = []


def add(**kw):
    MAILS.append(kw)

# --------------------------------------------------------------------------
# security footers and legal lines (markup), per language / marketplace
# --------------------------------------------------------------------------
def security_en(mp):
    brand = MP[mp]["brand"]
    extra = []
    if mp == "amazon.in":
        extra = ["Beware of fraudsters: Amazon.in never asks for your OTP, UPI PIN, card CVV or "
                 "net-banking password by phone, SMS or email, and never asks you to install "
                 "screen-sharing apps. Call only the numbers listed on the [[Contact Us|/gp/help/customer/contact-us]] page."]
    return [
        "**Keep your account secure.** %s will never ask you to provide or verify your password, "
        "credit card number or bank account details by email, text message or phone call." % brand,
        "If your card has expired or the card number has changed, you can update it in "
        "[[Your Account|/cpe/yourpayments/wallet]] > Your Payments. Always sign in by typing %s "
        "into your browser instead of following links in an unexpected email." % mp,
    ] + extra + [
        "Received a suspicious email, text or call claiming to be from Amazon? "
        "Learn how to [[identify and report scams|/gp/help/customer/display.html?nodeId=GGZRD4Z2AAB6QBQZ]] "
        "or visit [[Report a Scam|/reportascam]].",
    ]


def legal_en(mp):
    brand = MP[mp]["brand"]
    return ["This email was sent from a notification-only address that cannot accept incoming email. "
            "Please do not reply to this message.",
            "For help with your order, visit [[Help & Customer Service|/gp/help/customer/display.html]]. "
            "%s and its affiliates. [[Conditions of Use|/gp/help/customer/display.html?nodeId=508088]] | "
            "[[Privacy Notice|/gp/help/customer/display.html?nodeId=468496]]" % brand]


def security_de():
    return [
        "**Schützen Sie Ihr Konto.** Amazon wird Sie niemals per E-Mail, SMS oder Telefon auffordern, "
        "Ihr Passwort, Ihre Kreditkartennummer oder Ihre Bankverbindung anzugeben oder zu bestätigen.",
        "Falls Ihre Karte abgelaufen ist oder sich Ihre Kartennummer geändert hat, können Sie die Daten "
        "unter [[Mein Konto|/cpe/yourpayments/wallet]] > Meine Zahlungsarten aktualisieren. Melden Sie sich "
        "immer direkt über amazon.de an und nicht über Links in unerwarteten E-Mails.",
        "Sie haben eine verdächtige E-Mail erhalten, die angeblich von Amazon stammt? Hier erfahren Sie, wie Sie "
        "[[Phishing erkennen und melden|/gp/help/customer/display.html?nodeId=GGZRD4Z2AAB6QBQZ]] können, "
        "oder besuchen Sie [[Betrug melden|/reportascam]].",
    ]


def legal_de():
    return ["Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht "
            "empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.",
            "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister: RCS Luxemburg "
            "B 101818. [[Allgemeine Geschäftsbedingungen|/gp/help/customer/display.html?nodeId=201909000]] | "
            "[[Datenschutzerklärung|/gp/help/customer/display.html?nodeId=201909010]] | "
            "[[Impressum|/gp/help/customer/display.html?nodeId=201909060]]"]


def security_nl(mp):
    return [
        "**Houd je account veilig.** Amazon vraagt je nooit per e-mail, sms of telefoon om je wachtwoord, "
        "creditcardnummer of bankgegevens door te geven of te bevestigen.",
        "Is je kaart verlopen of is het kaartnummer gewijzigd? Werk je gegevens dan bij via "
        "[[Jouw account|/cpe/yourpayments/wallet]] > Jouw betalingen. Log altijd in door zelf %s in je "
        "browser te typen en niet via links in een onverwachte e-mail." % mp,
        "Heb je een verdachte e-mail ontvangen die van Amazon lijkt te komen? Lees hoe je "
        "[[phishing herkent en meldt|/gp/help/customer/display.html?nodeId=GGZRD4Z2AAB6QBQZ]] of ga naar "
        "[[Fraude melden|/reportascam]].",
    ]


def legal_nl(mp):
    return ["Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen. "
            "Beantwoord dit bericht niet.",
            "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister: RCS Luxemburg "
            "B 101818. [[Gebruiks- en verkoopvoorwaarden|/gp/help/customer/display.html?nodeId=201909000]] | "
            "[[Privacyverklaring|/gp/help/customer/display.html?nodeId=201909010]]"]


def sec_for(lang, mp):
    if lang == "en":
        return security_en(mp), legal_en(mp)
    if lang == "de":
        return security_de(), legal_de()
    return security_nl(mp), legal_nl(mp)


def amazon_mail(mp, lang, sender, title, order, order_label, paras, items=None, items_heading=None,
                closing=None, layout="alt", charset="utf-8", security=True, link=None, tlink=None,
                sec=None, legal=None):
    """Return dict(text=..., html=...) in an Amazon look. link/tlink default to genuine links."""
    brand = MP[mp]["brand"] if mp in MP else mp
    link = link or genuine_link(mp)
    tlink = tlink or genuine_tlink(mp)
    s, l = sec_for(lang, mp if mp in MP else "amazon.com")
    if sec is not None:
        s = sec
    if legal is not None:
        l = legal
    if not security:
        s = None
    d = {}
    if layout in ("alt", "text"):
        d["text"] = amazon_text(brand, title, order, order_label, paras, items, items_heading,
                                closing, s, l, tlink, sold_label=ITEM_LABELS[lang][0])
    if layout in ("alt", "html"):
        d["html"] = amazon_html(brand, brand, lang, title, order, order_label, paras, items,
                                items_heading, closing, s, l, link, charset.upper())
    return d


def genuine_headers(mp, when, auth, extra=True):
    pre = amazon_transport(mp, None, when, auth)
    post = amazon_extra(mp, when) if extra else []
    return pre, post

# ==========================================================================
# ENGLISH
# ==========================================================================
def english():
    # ---------------- notices ----------------
    # 1 amazon.com, inventory_shortage, alt QP, auth
    mp, when = "amazon.com", dt(2025, 3, 4, 16, 22, 9)
    o = order_no("113")
    pre, post = genuine_headers(mp, when, auth=True)
    items = [("Hydro Flask 32 oz Wide Mouth Bottle with Flex Straw Cap, Pacific",
              "Amazon.com Services LLC", 1, "$44.95")]
    paras = ["Hello Jordan,",
             "We're sorry, but we had to cancel the item listed below from your order #%s. "
             "The item is currently out of stock and we were unable to obtain it from our supplier, "
             "so we could not fulfill this part of your order." % o,
             "You have not been charged for the canceled item. If you see a pending authorization for "
             "this amount on your statement, your bank will release it within 3-5 business days.",
             "If you'd still like this item, check the [[product page|/dp/B083GBK1SD]] for other offers "
             "or add it to your [[List|/hz/wishlist/ls]] and we'll let you know when it's back."]
    d = amazon_mail(mp, "en", "order-update", "Cancellation Notice", o, "Order #", paras, items,
                    "Canceled Items", ["We hope to see you again soon.", "**Amazon.com**"])
    add(kind="notice", language="en", cause="inventory_shortage", states_reason=True, marketplace=mp,
        note="US out-of-stock item canceled, supplier could not provide; HTML like samples",
        from_=("Amazon.com", "order-update@amazon.com"), reply_to="no-reply@amazon.com",
        to=("Jordan Miller", "jordan.miller84@gmail.com"),
        subject="Your Amazon.com order #%s has been canceled" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="alt", cte="quoted-printable", **d)

    # 2 amazon.co.uk, payment_issue, text-only 8bit, no auth
    mp, when = "amazon.co.uk", dt(2025, 3, 9, 7, 41, 30)
    o = order_no("204")
    pre, post = genuine_headers(mp, when, auth=False)
    text = """Amazon.co.uk
_____________________________________________________________________

Dear Amelia Hughes,

We're writing about your order %s placed on 3 March 2025.

On 4 March we let you know that the payment for this order had been
declined by your card issuer and asked you to revise your payment
information. As we have not received a valid payment method within the
time allowed, we have cancelled the following item(s):

  1 x Ninja Air Fryer MAX AF160UK, 5.2 L, Black
      Sold by: Amazon EU S.a.r.l., UK Branch
      £129.99

  1 x Ninja Silicone Air Fryer Liners, Pack of 2
      Sold by: Amazon EU S.a.r.l., UK Branch
      £12.99

Your card has not been charged for this order. If you still want these
items, please place a new order on Amazon.co.uk using a valid payment
method.

Why was my payment declined?
Payments can be declined for a number of reasons, including an expired
card, a billing address that does not match the address held by your
bank, or insufficient funds. Your bank will be able to tell you more.

Keeping your account secure
- If your card number or expiry date has changed, update it in Your
  Account > Your Payments: https://www.amazon.co.uk/cpe/yourpayments/wallet
- Amazon will never ask you to disclose or verify your password, card
  number or bank details by email or phone.
- If you receive an email that looks suspicious, don't click any links.
  Learn how to identify and report it:
  https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=201909120

We hope to see you again soon.
Amazon.co.uk

Please note: this e-mail was sent from a notification-only address that
cannot accept incoming e-mail. Please do not reply to this message.
""" % o
    add(kind="notice", language="en", cause="payment_issue", states_reason=True, marketplace=mp,
        note="UK payment declined, no payment revision in time; plain text",
        from_=("Amazon.co.uk", "payments-messages@amazon.co.uk"), reply_to=None,
        to=("Amelia Hughes", "amelia.hughes@btinternet.com"),
        subject="Your Amazon.co.uk order %s has been cancelled" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="text", cte="8bit", text=text)

    # 3 amazon.ca, technical_issue (pricing error), HTML only base64, auth
    mp, when = "amazon.ca", dt(2025, 1, 17, 21, 5, 44)
    o = order_no("702")
    pre, post = genuine_headers(mp, when, auth=True)
    items = [("Philips Sonicare ProtectiveClean 6100 Rechargeable Electric Toothbrush, White, HX6877/21",
              "Amazon.com.ca ULC", 1, "CDN$ 14.99")]
    paras = ["Hello Marc Tremblay,",
             "We're contacting you about an item in your order #%s. Due to a pricing error on our website, "
             "this item was offered at an incorrect price of CDN$ 14.99. The correct price is CDN$ 149.99." % o,
             "Because of this error, we've cancelled the item from your order. You have not been charged for it, "
             "and any other items in your order are not affected and will ship as planned.",
             "We apologize for the inconvenience. If you still wish to purchase this item at the current price, "
             "you can do so from the [[product detail page|/dp/B07Q3K4Z7G]]."]
    d = amazon_mail(mp, "en", "order-update", "Item cancelled", o, "Order #", paras, items,
                    "Cancelled Items", ["Sincerely,", "Customer Service Department", "**Amazon.ca**"],
                    layout="html")
    add(kind="notice", language="en", cause="technical_issue", states_reason=True, marketplace=mp,
        note="Canada pricing error item cancelled; HTML only base64",
        from_=("Amazon.ca", "order-update@amazon.ca"), reply_to="no-reply@amazon.ca",
        to=("Marc Tremblay", "marc.tremblay@videotron.ca"),
        subject="1 item has been cancelled from your Amazon.ca order #%s" % o, date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="html", cte="base64", **d)

    # 4 amazon.com.au, fraud_prevention, text QP, no auth
    mp, when = "amazon.com.au", dt(2025, 2, 11, 23, 58, 3, 11)
    o = order_no("250")
    pre, post = genuine_headers(mp, when, auth=False)
    text = """Hello,

We've cancelled your order %s.

During a routine security review we noticed unusual activity on your
Amazon.com.au account. To protect you, we have placed a temporary hold on
the account and cancelled the following pending order:

    Apple AirPods Pro (2nd Generation) with MagSafe Charging Case (USB-C)
    Qty: 1    $399.00

You have not been charged for this order.

To remove the hold, sign in to your account by typing www.amazon.com.au
into your browser (please do not use links in emails to do this) and
follow the on-screen instructions to verify your identity and the payment
method on file. Once verification is complete you can place your order
again.

Please remember: we will never ask you to send your password, one-time
passcode or full card details by email, and we will never call you to ask
for remote access to your computer. If you receive a message like this,
report it at https://www.amazon.com.au/reportascam.

Thank you for your understanding.

Account Specialist
Amazon.com.au
https://www.amazon.com.au/
""" % o
    add(kind="notice", language="en", cause="fraud_prevention", states_reason=True, marketplace=mp,
        note="AU unusual activity, account on hold, pending order cancelled; plain text QP",
        from_=("Amazon.com.au", "cs-reply@amazon.com.au"), reply_to=None,
        to=(None, "liam.oconnor@bigpond.com"),
        subject="Your Amazon.com.au order %s has been cancelled" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="text", cte="quoted-printable", text=text)

    # 5 amazon.in, customer_request, alt base64, auth
    mp, when = "amazon.in", dt(2025, 4, 2, 10, 14, 51, 0)
    o = order_no("405")
    pre, post = genuine_headers(mp, when, auth=True)
    t = "boAt Airdopes 141 Bluetooth TWS Earbuds with 42H Playtime, Low Latency Mode (Bold Black)"
    items = [(t, "Appario Retail Private Ltd", 1, "₹1,299.00")]
    paras = ["Hello Priya,",
             "As you requested, we've cancelled the item below from your order %s." % o,
             "Cancel Reason: Customer Canceled",
             "Refund: ₹1,299.00 will be credited to your original payment method (UPI) within 2-4 business "
             "days. You can check the status in [[Your Orders|/gp/css/order-history]]."]
    d = amazon_mail(mp, "en", "auto-confirm", "Cancellation Confirmation", o, "Order #", paras, items,
                    "Cancelled Items", ["Thank you for shopping with us.", "**Amazon.in**"])
    add(kind="notice", language="en", cause="customer_request", states_reason=True, marketplace=mp,
        note="India customer-initiated cancellation with Cancel Reason line; alt base64",
        from_=("Amazon.in", "auto-confirm@amazon.in"), reply_to="no-reply@amazon.in",
        to=("Priya Raman", "priya.raman91@gmail.com"),
        subject='Successful cancellation of "%s..." from your Amazon.in order %s' % (t[:45], o), date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", cte="base64", **d)

    # 6 amazon.sg, unknown (address undeliverable), alt 8bit, no auth
    mp, when = "amazon.sg", dt(2025, 5, 20, 3, 2, 17)
    o = order_no("503")
    pre, post = genuine_headers(mp, when, auth=False)
    items = [("Xiaomi Robot Vacuum S20, 5000Pa Suction, LDS Navigation", "Amazon Asia-Pacific Resources Private Limited",
              1, "S$269.00")]
    paras = ["Hello Wei Ling,",
             "We're sorry, we've had to cancel your order #%s. The delivery address on the order could not be "
             "served: our delivery partner reported that the unit number is missing and the building could not "
             "be located, and we were unable to reach you to confirm the address before the delivery window "
             "expired." % o,
             "A full refund of S$269.00 has been issued to your original payment method. Refunds usually take "
             "3-5 business days to appear.",
             "Please check your saved addresses in [[Your Addresses|/a/addresses]] before placing a new order."]
    d = amazon_mail(mp, "en", "order-update", "Order cancelled", o, "Order #", paras, items,
                    "Cancelled Items", ["We hope to see you again soon.", "**Amazon.sg**"])
    add(kind="notice", language="en", cause="unknown", states_reason=True, marketplace=mp,
        note="Singapore order cancelled because address could not be served (fits none of the four)",
        from_=("Amazon.sg", "order-update@amazon.sg"), reply_to="no-reply@amazon.sg",
        to=("Tan Wei Ling", "weiling.tan@singnet.com.sg"),
        subject="Your Amazon.sg order #%s has been cancelled" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="alt", cte="8bit", **d)

    # ---------------- lookalikes ----------------
    # L1 gmail, callback number, crude, no real order number
    when = dt(2025, 3, 14, 9, 12, 40, -5)
    text = """Dear Valued Customer ,

Your Amazon order has been CANCELLED due to payment failure .

Order ID : AMZ-55019-US
Item : Apple iPhone 15 Pro Max 256GB (Natural Titanium)
Amount : $1,249.99
Payment Method : VISA ending ****

Our system was unable to charge your card and the order was automatically
cancelled. However an amount of $1,249.99 is still on HOLD on your account.

To release the hold or re-activate the order please call Amazon Billing
Department IMMEDIATELY on our toll free number :

      +1 (888) 555-0147   (24/7 Support)

If you do not call within 24 hrs the amount will be deducted permanently
and cannot be refunded.

Thanks & Regards,
Amazon Billing Support
Amazon.com, Inc.
"""
    add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
        note="crude gmail callback-number scam, fake order id AMZ-55019-US",
        from_=("Amazon Support Team", "amzn.support.cancel24@gmail.com"), reply_to=None,
        to=(None, "jordan.miller84@gmail.com"),
        subject="Order Cancelled !! Payment Failed - Immediate Action Required", date=when,
        msgid=generic_msgid("mail.gmail.com"),
        pre=[("Received", "by mail-pj1-f54.google.com with SMTP id %s; %s" % (rc(12).lower(), format_datetime(when)))],
        layout="text", cte="7bit", text=text)

    # L2 amazon-orders.help, suspended + code, polished HTML, own-domain dkim pass
    when = dt(2025, 2, 26, 18, 40, 2)
    o = order_no("113")
    evil = "https://amazon-orders.help/ap/verify?session=%s&ref=cncl" % rc(24).lower()
    paras = ["Hello,",
             "We've temporarily suspended your Amazon account and canceled your order #%s because we detected "
             "unusual activity. This is a standard security measure to protect you." % o,
             "To reactivate your account and restore the order, enter the one-time code below on our "
             "verification page within 12 hours.",
             "Your verification code: **847 302**",
             "[[Verify your account now|%s]]" % evil,
             "If you do not complete verification, your account will be permanently closed and any pending "
             "refunds will be forfeited."]
    d = amazon_mail("amazon.com", "en", None, "Account Suspended", o, "Order #", paras,
                    [("Samsung 65-Inch Class OLED S90D 4K Smart TV", "Amazon.com Services LLC", 1, "$1,597.99")],
                    "Canceled Items", ["Thank you,", "**Amazon.com Account Services**"],
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="polished copy of template; amazon-orders.help domain with its own dkim/dmarc pass; suspended + code",
        from_=("Amazon.com", "account-update@amazon-orders.help"), reply_to="support@amazon-orders.help",
        to=(None, "k.wheeler@outlook.com"),
        subject="Action required: your account is suspended and order #%s was canceled" % o, date=when,
        msgid=generic_msgid("amazon-orders.help"),
        pre=[("Received", "from mta1.amazon-orders.help (mta1.amazon-orders.help [185.234.72.%d])\n"
                          "        by mx.outlook.com; %s" % (RNG.randint(2, 250), format_datetime(when))),
             ("Authentication-Results", "spf=pass smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help;"
                                        "\n dmarc=pass header.from=amazon-orders.help; compauth=pass reason=100")],
        layout="alt", cte="quoted-printable", **d)

    # L3 reply with card details, amazon.ie claimed, look-alike domain + outlook reply-to
    when = dt(2025, 4, 7, 11, 3, 55, 1)
    text = """Dear Customer,

We regret to inform you that your recent order on Amazon.ie has been
cancelled because the card on file has expired and the payment could
not be authorised.

Order number: 407-2219-8830017
Total: €214.50

To reinstate the order and avoid loss of your items, please reply to this
email with the following details so our billing team can process the
payment manually:

  - Full name on card
  - Card number (16 digits)
  - Expiry date (MM/YY)
  - Security code (CVV)
  - Date of birth

Your information is safe with us and will only be used to complete this
order. Orders not updated within 48 hours will be closed permanently.

Kind regards,
Amazon.ie Payments Team
"""
    add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
        note="asks to reply with full card details; amazon-ie-payments.com sender, outlook reply-to, malformed order no",
        from_=("Amazon.ie", "service@amazon-ie-payments.com"),
        reply_to=("Amazon Billing", "amazon.refunds.ie@outlook.com"),
        to=(None, "ciara.byrne@eircom.net"),
        subject="Your Amazon.ie order has been cancelled - payment information required", date=when,
        msgid=generic_msgid("amazon-ie-payments.com"), layout="text", cte="8bit", text=text)

    # L4 link text shows amazon.ca, href elsewhere; spoofed exact From, dmarc=fail
    mp, when = "amazon.ca", dt(2025, 1, 29, 14, 27, 12, -5)
    o = order_no("702")
    evil = "http://amazon.ca.refund-centre.top/claim?id=%s" % rc(10).lower()
    paras = ["Hello,",
             "Unfortunately the item below from your order #%s is out of stock and has been cancelled by the seller." % o,
             "To receive your refund of CDN$ 389.99 you must confirm your refund method within 48 hours at "
             "[[https://www.amazon.ca/gp/your-account/order-history|%s]]. Unconfirmed refunds are returned to "
             "the seller." % evil,
             "We apologize for any inconvenience."]
    d = amazon_mail(mp, "en", None, "Item Cancelled", o, "Order #", paras,
                    [("Dyson V8 Cordless Vacuum, Silver/Nickel", "Amazon.com.ca ULC", 1, "CDN$ 389.99")],
                    "Cancelled Items", ["**Amazon.ca**"], link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="en", cause="inventory_shortage", states_reason=True, marketplace=None,
        note="From spoofs order-update@amazon.ca but dmarc=fail; link text shows amazon.ca, href refund-centre.top",
        from_=("Amazon.ca", "order-update@amazon.ca"), reply_to="refunds@amazon.ca.refund-centre.top",
        to=(None, "s.nguyen@rogers.com"),
        subject="Item cancelled from your Amazon.ca order #%s" % o, date=when,
        msgid=generic_msgid("mx3.refund-centre.top"),
        pre=[("Return-Path", "<bounce@mx3.refund-centre.top>"),
             ("Received", "from mx3.refund-centre.top ([45.141.87.%d]) by mx.rogers.com; %s"
              % (RNG.randint(2, 250), format_datetime(when))),
             ("Authentication-Results", "mx.rogers.com; spf=softfail smtp.mailfrom=mx3.refund-centre.top;\n"
                                        "       dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.ca")],
        layout="alt", cte="base64", **d)

    # L5 Cyrillic homoglyph display name, technical issue, HTML only
    when = dt(2025, 5, 3, 6, 45, 0, 10)
    o = order_no("250")
    evil = "https://amzn-au-orders.com/refund/duplicate?o=%s" % o
    paras = ["Hi there,",
             "Due to a system error during checkout, your order %s was cancelled but your card was charged twice "
             "($248.00 x 2)." % o,
             "To reverse the duplicate charge please confirm your billing details using the secure button below. "
             "The reversal is processed instantly.",
             "[[Reverse duplicate charge|%s]]" % evil]
    d = amazon_mail("amazon.com.au", "en", None, "Order cancelled - system error", o, "Order", paras,
                    [("Breville the Barista Express Espresso Machine", "Amazon AU", 1, "$248.00")],
                    "Cancelled item", ["Amazon.com.au Customer Service"], layout="html",
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="en", cause="technical_issue", states_reason=True, marketplace=None,
        note="Cyrillic homoglyphs in display name, amzn-au-orders.com; system error double charge",
        from_=("\u0410m\u0430z\u043en.com.au", "notify@amzn-au-orders.com"), reply_to=None,
        to=("Liam", "liam.oconnor@bigpond.com"),
        subject="Your order was cancelled due to a system error", date=when,
        msgid=generic_msgid("amzn-au-orders.com"), layout="html", cte="base64", **d)

    # L6 outlook, "will be cancelled unless", malformed order, amazon.in
    when = dt(2025, 4, 19, 20, 1, 33, 5)
    text = """Amazon.in Security Alert

Dear Customer,

We noticed an unusual sign-in attempt on your account from a new device
(Android, Kolkata). For your safety your Order No. 405-88120-3391 will be
cancelled in 24 hours unless you verify your identity.

To verify, call our Fraud Prevention desk on +91 80 4719 5502 or complete
the KYC form here:

   https://amazn-in-kyc.web.app/verify

Our executive may ask you to install the "AnyDesk" app to complete the
process faster. Keep your card and OTP ready.

Ignore this message only if you want your order cancelled and your
account blocked.

Team Amazon India
"""
    add(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="outlook.com sender, order 'will be cancelled' unless KYC/phone; malformed order number",
        from_=("Amazon.in Security", "amazonin.security.alert@outlook.com"), reply_to=None,
        to=(None, "priya.raman91@gmail.com"),
        subject="Your order will be cancelled in 24 hours - verify your identity", date=when,
        msgid=generic_msgid("PN3PR01MB1234.INDPRD01.PROD.OUTLOOK.COM"),
        layout="text", cte="quoted-printable", text=text)

    # L7 amaz0n look-alike domain, customer_request claimed, polished, amazon.co.za
    when = dt(2025, 3, 22, 15, 33, 8, 2)
    o = order_no("309")
    evil = "https://amaz0n.co.za/ap/dispute?o=%s" % o
    t = "Samsung Galaxy S24 Ultra 5G, 512GB, Titanium Black"
    paras = ["Hello,",
             "As you requested, we've cancelled the item below from your order %s. Cancel Reason: Customer Canceled." % o,
             "If you did not request this cancellation, your account may have been accessed by someone else. "
             "Please [[dispute this cancellation|%s]] or call our fraud line on +27 10 500 4412 immediately." % evil]
    d = amazon_mail("amazon.co.za", "en", None, "Cancellation Confirmation", o, "Order #", paras,
                    [(t, "Amazon.co.za", 1, "R 27,999.00")], "Cancelled Items",
                    ["We hope to see you again soon.", "**Amazon.co.za**"],
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="en", cause="customer_request", states_reason=True, marketplace=None,
        note="amaz0n.co.za zero-for-o domain, fake customer cancellation with dispute link/phone",
        from_=("Amazon.co.za", "auto-confirm@amaz0n.co.za"), reply_to=None,
        to=(None, "thandi.mokoena@webmail.co.za"),
        subject='Successful cancellation of "%s" from your Amazon.co.za order %s' % (t[:32] + "...", o),
        date=when, msgid=generic_msgid("amaz0n.co.za"), layout="alt", cte="8bit", **d)

    # L8 yahoo, Greek omicron, no order number, no reason
    when = dt(2025, 5, 28, 2, 19, 47, -7)
    htm = """<html><body style="font-family:Arial;font-size:14px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<p style="font-size:22px;font-weight:bold">amazon</p>
<p>Hello,</p>
<p>Your recent order has been cancelled.</p>
<p>To view the details of your cancellation and receive your refund, please open the secure document below.</p>
<p style="text-align:center"><a href="https://docs-viewer-secure.web.app/amz/cncl.html?u=%s"
 style="background:#f0c14b;color:#111;padding:10px 30px;text-decoration:none;border:1px solid #a88734">View Cancellation Details</a></p>
<p style="color:#888;font-size:11px">Amazon.com | Privacy Notice | Conditions of Use<br>
&copy; 1996-2025, Amazon.com, Inc. or its affiliates</p>
</div></body></html>
""" % rc(12).lower()
    add(kind="lookalike", language="en", cause="unknown", states_reason=False, marketplace=None,
        note="yahoo sender with Greek omicron in display name, no order number, no reason, doc-viewer link",
        from_=("Amaz\u03bfn Notification", "amz.notify.center@yahoo.com"), reply_to=None,
        to=(None, "jordan.miller84@gmail.com"), subject="Your order was cancelled", date=when,
        msgid="<%s.%s@mail.yahoo.com>" % (rd(10), rd(9)), layout="html", cte="quoted-printable", html=htm)

    # ---------------- non-notices ----------------
    # N1 eBay seller cancellation of an Amazon Kindle
    when = dt(2025, 2, 3, 19, 8, 21, -8)
    t = "Amazon Kindle Paperwhite (11th Generation) 16GB, 6.8\" display, Black - Excellent"
    text = """eBay

Hi jordanm_84,

Your order was cancelled by the seller.

%s
Item ID: 3954%s
Seller: gadget.outlet.usa
Reason: Out of stock

Your refund of $109.99 was issued to your original payment method
(PayPal) on Feb 3, 2025. It may take up to 5 business days to show up.

You didn't do anything wrong - the seller wasn't able to complete this
order. Looking for something similar? We found 248 other listings for
Kindle Paperwhite.

View order details: https://order.ebay.com/ord/show?orderId=%s

Thanks for shopping with us,
eBay

eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125
Learn how eBay protects you: https://www.ebay.com/help/account-protection
eBay will never ask you to pay outside of eBay or for your password by email.
""" % (t, rd(8), rd(2) + "-" + rd(5) + "-" + rd(5))
    htm = "<html><body>" + "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n")
                                   for p in text.split("\n\n")) + "</body></html>\n"
    add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
        note="eBay seller cancelled an order for an Amazon Kindle (other retailer)",
        from_=("eBay", "ebay@ebay.com"), reply_to=None, to=("Jordan Miller", "jordan.miller84@gmail.com"),
        subject="Your order was cancelled: %s" % t[:60], date=when, msgid=generic_msgid("starship.ebay.com"),
        layout="alt", cte="quoted-printable", text=text, html=htm)

    # N2 friend cancelled their Amazon order
    when = dt(2025, 6, 2, 21, 40, 5, -4)
    text = """Hey Jordan,

Quick update on the camping trip gear – I cancelled my Amazon order for the
Coleman Skydome 6-person tent. Got the "your order has been canceled" email
about a minute later so it's definitely gone. REI has the same tent on sale
for $40 less and I can pick it up Thursday.

So no need to wait for the Amazon delivery. Can you still bring the stove
and the cooler? I'll sort out the tent and the lantern.

Cheers,
Dana

On Sun, Jun 1, 2025 at 8:12 PM Jordan Miller <jordan.miller84@gmail.com> wrote:
> Did the tent ship yet? Amazon said Wednesday for mine.
"""
    add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
        note="friend says she cancelled her own Amazon order",
        from_=("Dana Whitfield", "dana.whitfield@gmail.com"), reply_to=None,
        to=("Jordan Miller", "jordan.miller84@gmail.com"), subject="Re: camping trip gear", date=when,
        msgid="<CAF%s@mail.gmail.com>" % rc(30), post=[("In-Reply-To", "<CAK%s@mail.gmail.com>" % rc(30))],
        layout="text", cte="8bit", text=text)

    # N3 newsletter about fake cancellation mails
    when = dt(2025, 4, 10, 13, 0, 0, 0)
    paras = [
        "Scam alert: fake \"Your Amazon order has been cancelled\" emails are back",
        "This week several readers forwarded us messages with subjects such as **\"Your Amazon.com order "
        "#113-0000000-0000000 has been canceled\"** and **\"Order Cancelled !! Payment Failed\"**. They look "
        "convincing: the Amazon logo, an order number, a product photo and a button to \"restore\" the order.",
        "What gives them away: the sender domain is not amazon.com (look for tricks like amaz0n or "
        "amazon-orders.help), the link goes somewhere else when you hover over it, and they ask you to call a "
        "phone number, reply with card details or enter a code.",
        "Genuine cancellation notices never ask for your password or card number. If in doubt, open the "
        "Amazon app and check Your Orders yourself.",
        "Stay safe,",
        "The Safe Shopper team",
    ]
    text = "\n\n".join(wrap(to_text(p, lambda x: x)) for p in paras) + \
        "\n\nYou are receiving this because you subscribed at safeshopper-weekly.com.\nUnsubscribe: https://safeshopper-weekly.com/u/%s\n" % rc(10).lower()
    htm = "<html><body style=\"font-family:Georgia,serif\">\n<h1>%s</h1>\n%s<p style=\"font-size:11px\">" \
          "<a href=\"https://safeshopper-weekly.com/u/x\">Unsubscribe</a></p></body></html>\n" % (
              html.escape(paras[0]), "".join("<p>%s</p>\n" % to_html(p, lambda x: x) for p in paras[1:]))
    add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
        note="security newsletter quoting fake cancellation subjects",
        from_=("The Safe Shopper", "newsletter@safeshopper-weekly.com"), reply_to=None,
        to=(None, "k.wheeler@outlook.com"),
        subject="Scam alert: fake \"Your Amazon order has been cancelled\" emails are back", date=when,
        msgid=generic_msgid("mailer.safeshopper-weekly.com"),
        post=[("List-Unsubscribe", "<https://safeshopper-weekly.com/u/x>"), ("Precedence", "bulk")],
        layout="alt", cte="base64", text=text, html=htm)

    # N4 Amazon Fresh delivery slot cancelled (order kept), amazon.co.uk
    mp, when = "amazon.co.uk", dt(2025, 1, 10, 17, 55, 0)
    o = order_no("204")
    pre, post = genuine_headers(mp, when, auth=True)
    paras = ["Hello Amelia,",
             "Due to severe weather in your area we've had to cancel your Amazon Fresh delivery slot on "
             "Saturday 11 January, 08:00–10:00.",
             "**Your order %s has not been cancelled.** Your items are reserved - please choose a new delivery "
             "slot in [[Your Orders|/gp/css/order-history]] by 23:00 today." % o,
             "We're sorry for the inconvenience. We've added a £5.00 promotional credit to your account."]
    d = amazon_mail(mp, "en", None, "Delivery slot update", o, "Order #", paras, None, None,
                    ["Amazon Fresh"])
    add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=mp,
        note="Amazon Fresh delivery slot cancelled, order itself kept",
        from_=("Amazon Fresh", "order-update@amazon.co.uk"), reply_to="no-reply@amazon.co.uk",
        to=("Amelia Hughes", "amelia.hughes@btinternet.com"),
        subject="Your Amazon Fresh delivery slot on Saturday has been cancelled", date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", cte="8bit", **d)

    # N5 Kindle Unlimited membership cancelled, amazon.ca
    mp, when = "amazon.ca", dt(2025, 3, 1, 12, 30, 11, -5)
    pre, post = genuine_headers(mp, when, auth=False)
    paras = ["Hello Marc,",
             "Your Kindle Unlimited membership has been cancelled as you requested.",
             "You'll continue to have access to Kindle Unlimited titles until April 2, 2025. After that date "
             "you will not be charged again and borrowed titles will be returned automatically.",
             "Changed your mind? You can rejoin at any time from [[Manage Your Kindle Unlimited Membership|/kindle-dbs/ku/ku-central]]."]
    d = amazon_mail(mp, "en", None, "Kindle Unlimited", None, "", paras, None, None,
                    ["Thanks,", "The Kindle Team"], layout="html")
    add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=mp,
        note="Kindle Unlimited subscription cancelled",
        from_=("Amazon.ca", "digital-no-reply@amazon.ca"), reply_to=None,
        to=("Marc Tremblay", "marc.tremblay@videotron.ca"),
        subject="Your Kindle Unlimited membership has been cancelled", date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="html", cte="quoted-printable", **d)

    # N6 payment reminder before cancellation, amazon.ie
    mp, when = "amazon.ie", dt(2025, 5, 6, 8, 4, 29, 1)
    o = order_no("407")
    pre, post = genuine_headers(mp, when, auth=True)
    paras = ["Hello Ciara,",
             "There was a problem processing the payment for your order %s. Your bank declined the transaction." % o,
             "To avoid cancellation of your order, please update your payment information by **9 May 2025**. "
             "Go to [[Your Orders|/gp/css/order-history]], select the order and choose \"Revise Payment\".",
             "If we don't receive updated payment information by then, your order will be cancelled. "
             "Your items are not shipped until payment is confirmed."]
    d = amazon_mail(mp, "en", None, "Action required", o, "Order #", paras,
                    [("Bose QuietComfort Ultra Wireless Noise Cancelling Headphones, Black",
                      "Amazon EU S.à r.l.", 1, "€449.95")], "Items in this order",
                    ["Thank you for shopping with us.", "**Amazon.ie**"])
    add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=mp,
        note="genuine payment-revision reminder; order will be cancelled only if not updated",
        from_=("Amazon.ie", "payments-messages@amazon.ie"), reply_to=None,
        to=("Ciara Byrne", "ciara.byrne@eircom.net"),
        subject="Action required: update your payment method for order %s" % o, date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", cte="quoted-printable", **d)

# ==========================================================================
# GERMAN
# ==========================================================================
def german():
    mp = "amazon.de"
    # ---------------- notices ----------------
    # d1 pre-order cannot be filled, alt QP, auth
    when = dt(2025, 2, 18, 9, 31, 7, 1)
    o = order_no("302")
    pre, post = genuine_headers(mp, when, auth=True)
    items = [("The Legend of Zelda: Echoes of Wisdom - Limited Edition [Nintendo Switch]", "Amazon EU S.à r.l.",
              1, "79,99 €")]
    paras = ["Hallo Katrin Schneider,",
             "leider müssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung für den unten aufgeführten Artikel "
             "aus Bestellung %s nicht erfüllen können. Der Hersteller kann uns nicht wie geplant beliefern, und "
             "wir konnten keine andere Bezugsquelle finden. Wir haben den Artikel daher storniert." % o,
             "Ihnen wurde für diesen Artikel nichts berechnet. Eine eventuell angezeigte Autorisierung wird von "
             "Ihrer Bank in den nächsten Tagen freigegeben.",
             "Wir entschuldigen uns für die Unannehmlichkeiten. Weitere Angebote finden Sie eventuell auf der "
             "[[Produktdetailseite|/dp/B0D4Q8Z1L2]]."]
    d = amazon_mail(mp, "de", None, "Stornierungsbestätigung", o, "Bestellnr.", paras, items,
                    "Stornierte Artikel", ["Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.", "**Amazon.de**"])
    add(kind="notice", language="de", cause="inventory_shortage", states_reason=True, marketplace=mp,
        note="Vorbestellung kann nicht erfüllt werden, Hersteller liefert nicht",
        from_=("Amazon.de", "order-update@amazon.de"), reply_to="no-reply@amazon.de",
        to=("Katrin Schneider", "katrin.schneider@web.de"),
        subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="alt", cte="quoted-printable", **d)

    # d2 payment, text-only iso-8859-15 QP, no auth
    when = dt(2025, 2, 21, 6, 12, 40, 1)
    o = order_no("305")
    pre, post = genuine_headers(mp, when, auth=False)
    text = """Amazon.de
_____________________________________________________________________

Guten Tag Thomas Becker,

wir schreiben Ihnen bezüglich Ihrer Bestellung %s vom 12. Februar 2025.

Am 14. Februar haben wir Sie darüber informiert, dass die Lastschrift für
diese Bestellung von Ihrer Bank zurückgewiesen wurde, und Sie gebeten,
Ihre Zahlungsinformationen zu aktualisieren. Da wir innerhalb der
vorgegebenen Frist keine gültige Zahlungsart erhalten haben, mussten wir
die folgende Bestellung stornieren:

  1 x Philips Hue White & Color Ambiance E27 Starter Set, 3 Lampen + Bridge
      Verkauf durch: Amazon EU S.a.r.l.
      149,99 €

Ihr Konto wurde nicht belastet. Wenn Sie den Artikel weiterhin kaufen
möchten, geben Sie bitte eine neue Bestellung mit einer gültigen
Zahlungsart auf.

Schützen Sie Ihr Konto
- Wenn sich Ihre Bankverbindung oder Kartennummer geändert hat, können
  Sie diese unter "Mein Konto" > "Meine Zahlungsarten" aktualisieren:
  https://www.amazon.de/cpe/yourpayments/wallet
- Amazon wird Sie niemals per E-Mail nach Ihrem Passwort, Ihrer PIN oder
  Ihren Bankdaten fragen.
- Verdächtige E-Mails melden Sie bitte über
  https://www.amazon.de/gp/help/customer/display.html?nodeId=201909120

Freundliche Grüße
Ihr Amazon.de Team

Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die
eingehende E-Mails nicht empfangen kann. Bitte antworten Sie nicht auf
diese Nachricht.
""" % o
    add(kind="notice", language="de", cause="payment_issue", states_reason=True, marketplace=mp,
        note="Lastschrift zurückgewiesen, keine Aktualisierung innerhalb der Frist; iso-8859-15 QP",
        from_=("Amazon.de", "payments-messages@amazon.de"), reply_to=None,
        to=("Thomas Becker", "t.becker@t-online.de"),
        subject="Ihre Amazon.de-Bestellung %s wurde storniert" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="text", charset="iso-8859-15", header_charset="iso-8859-15",
        cte="quoted-printable", text=text)

    # d3 technical (pricing error), HTML only base64, no auth
    when = dt(2025, 3, 27, 15, 46, 2, 1)
    o = order_no("303")
    pre, post = genuine_headers(mp, when, auth=False)
    items = [("Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (2x 2,0 Ah Akku, L-BOXX)",
              "Amazon EU S.à r.l.", 1, "39,99 €")]
    paras = ["Hallo Stefan Wagner,",
             "aufgrund eines technischen Fehlers wurde der unten aufgeführte Artikel auf unserer Website mit einem "
             "falschen Preis angezeigt (39,99 € statt 239,99 €). Wir haben diesen Artikel deshalb aus Ihrer "
             "Bestellung %s storniert." % o,
             "Der Betrag wurde Ihnen nicht in Rechnung gestellt. Die übrigen Artikel Ihrer Bestellung sind davon "
             "nicht betroffen und werden wie geplant versandt.",
             "Wir bitten, diesen Fehler zu entschuldigen."]
    d = amazon_mail(mp, "de", None, "Artikel storniert", o, "Bestellnr.", paras, items,
                    "Stornierte Artikel", ["Freundliche Grüße", "**Amazon.de**"], layout="html")
    add(kind="notice", language="de", cause="technical_issue", states_reason=True, marketplace=mp,
        note="Preisfehler durch technischen Fehler; HTML only base64",
        from_=("Amazon.de", "order-update@amazon.de"), reply_to="no-reply@amazon.de",
        to=("Stefan Wagner", "stefan.wagner@gmx.de"),
        subject="1 Artikel wurde aus Ihrer Amazon.de-Bestellung #%s storniert" % o, date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="html", cte="base64", **d)

    # d4 fraud, text-only windows-1252 8bit, auth
    when = dt(2025, 4, 14, 22, 3, 18, 2)
    o = order_no("306")
    pre, post = genuine_headers(mp, when, auth=True)
    text = """Guten Tag,

bei einer routinemäßigen Überprüfung haben wir ungewöhnliche Aktivitäten in
Ihrem Amazon-Konto festgestellt. Zu Ihrem Schutz haben wir Ihr Konto
vorübergehend gesperrt und die folgende Bestellung storniert:

    Bestellnummer: %s
    Apple iPad Air 11" (M2) Wi-Fi 256 GB – Space Grau
    Betrag: 849,00 €

Die Bestellung wurde nicht berechnet.

Um Ihr Konto wieder freizuschalten, melden Sie sich bitte direkt auf
www.amazon.de an (geben Sie die Adresse selbst in Ihren Browser ein und
verwenden Sie keine Links aus E-Mails) und folgen Sie den Anweisungen zur
Bestätigung Ihrer Identität und Ihrer Zahlungsart. Anschließend können Sie
Ihre Bestellung erneut aufgeben.

Bitte beachten Sie: Amazon wird Sie niemals auffordern, Ihr Passwort,
Einmalcodes oder vollständige Kartendaten per E-Mail zu senden oder
„Fernwartungs-Apps“ zu installieren. Solche Nachrichten können Sie unter
https://www.amazon.de/reportascam melden.

Vielen Dank für Ihr Verständnis.

Ihr Amazon.de Kontoteam
"""  % o
    add(kind="notice", language="de", cause="fraud_prevention", states_reason=True, marketplace=mp,
        note="ungewöhnliche Aktivität, Konto gesperrt, Bestellung storniert; windows-1252 8bit",
        from_=("Amazon.de", "cs-reply@amazon.de"), reply_to=None,
        to=(None, "m.hoffmann@posteo.de"),
        subject="Ihre Bestellung bei Amazon.de wurde storniert", date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="text", charset="windows-1252", cte="8bit", text=text)

    # d5 customer request, alt 8bit utf-8, auth
    when = dt(2025, 5, 5, 19, 22, 51, 2)
    o = order_no("304")
    pre, post = genuine_headers(mp, when, auth=True)
    t = "Tefal Ingenio Emotion Pfannenset 10-teilig, Antihaftbeschichtung, induktionsgeeignet"
    items = [(t, "Amazon EU S.à r.l.", 1, "129,99 €")]
    paras = ["Hallo Julia,",
             "wie gewünscht haben wir den folgenden Artikel aus Ihrer Bestellung %s storniert." % o,
             "Stornierungsgrund: Vom Kunden storniert",
             "Falls Sie bereits bezahlt haben, erhalten Sie eine Erstattung über Ihre ursprüngliche Zahlungsart. "
             "Den Status sehen Sie unter [[Meine Bestellungen|/gp/css/order-history]]."]
    d = amazon_mail(mp, "de", None, "Stornierungsbestätigung", o, "Bestellnr.", paras, items,
                    "Stornierte Artikel", ["Vielen Dank für Ihren Einkauf bei Amazon.de.", "**Amazon.de**"])
    add(kind="notice", language="de", cause="customer_request", states_reason=True, marketplace=mp,
        note="vom Kunden storniert, Erfolgreiche Stornierung; alt 8bit",
        from_=("Amazon.de", "auto-confirm@amazon.de"), reply_to="no-reply@amazon.de",
        to=("Julia Fischer", "julia.fischer@gmail.com"),
        subject="Erfolgreiche Stornierung von „%s...“ aus Ihrer Amazon.de-Bestellung %s" % (t[:40], o),
        date=when, msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", cte="8bit", **d)

    # d6 unknown, no reason given, text base64 iso-8859-1, no auth
    when = dt(2025, 6, 9, 11, 50, 3, 2)
    o = order_no("028")
    pre, post = genuine_headers(mp, when, auth=False)
    text = """Amazon.de                         Meine Bestellungen | Mein Konto
---------------------------------------------------------------------

Guten Tag Andreas Koch,

Ihre Bestellung %s wurde storniert.

  1 x Kärcher Hochdruckreiniger K 5 Power Control Home
      Verkauf durch: Amazon EU S.a.r.l.
      EUR 299,00

Der Artikel wird nicht versandt und Ihnen wird dafür nichts berechnet.
Wenn Sie den Artikel weiterhin erwerben möchten, können Sie ihn jederzeit
erneut bestellen.

Ihre Bestellungen können Sie jederzeit unter "Meine Bestellungen"
einsehen: https://www.amazon.de/gp/css/order-history

Amazon wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihren
Zahlungsdaten fragen. Wenn sich Ihre Kartendaten geändert haben,
aktualisieren Sie sie bitte unter Mein Konto > Meine Zahlungsarten.
Verdächtige Nachrichten können Sie unter
https://www.amazon.de/reportascam melden.

Freundliche Grüße
Amazon.de

Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails
nicht empfangen kann.
""" % o
    add(kind="notice", language="de", cause="unknown", states_reason=False, marketplace=mp,
        note="Stornierung ohne Angabe eines Grundes; iso-8859-1 base64",
        from_=("Amazon.de", "order-update@amazon.de"), reply_to=None,
        to=("Andreas Koch", "andreas.koch@arcor.de"),
        subject="Informationen zu Ihrer Amazon.de-Bestellung %s" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="text", charset="iso-8859-1", header_charset="iso-8859-1",
        cte="base64", text=text)

    # ---------------- lookalikes ----------------
    # DL1 gmail + callback number, crude
    when = dt(2025, 3, 3, 8, 15, 9, 1)
    text = """Sehr geehrte Kunde,

Ihre Bestellung bei Amazon wurde STORNIERT weil die Zahlung fehlgeschlagen ist.

Bestell-Nr : AMZ-DE-771903
Artikel : Samsung Galaxy S25 Ultra 512GB
Betrag : 1.449,00 EUR

Der Betrag ist aber auf Ihrem Konto RESERVIERT und wird in 24 Stunden abgebucht
wenn sie nicht reagieren.

Bitte rufen Sie SOFORT unser Rechnungsabteilung an:

     +49 (0)30 555 019 874   (Mo-So 24 Std)

um die Reservierung aufzuheben.

Mit freundlichen Grüßen
Amazon Kundenservice Deutschland
"""
    add(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
        note="grob, gmail-Absender, Rückrufnummer, erfundene Bestellnr.",
        from_=("Amazon Kundenservice", "kundenservice.amazon.de24@gmail.com"), reply_to=None,
        to=(None, "katrin.schneider@web.de"), subject="Bestellung storniert - Zahlung fehlgeschlagen !!!",
        date=when, msgid=generic_msgid("mail.gmail.com"), layout="text", cte="8bit", text=text)

    # DL2 amazon-kundenkonto.info, suspended + code, polished HTML
    when = dt(2025, 4, 1, 17, 20, 30, 2)
    o = order_no("302")
    evil = "https://amazon-kundenkonto.info/ap/verifizierung?sid=%s" % rc(20).lower()
    paras = ["Hallo,",
             "wir haben Ihr Amazon-Konto vorübergehend gesperrt und Ihre Bestellung %s storniert, da wir "
             "ungewöhnliche Aktivitäten festgestellt haben." % o,
             "Um Ihr Konto zu entsperren und die Bestellung wiederherzustellen, geben Sie bitte innerhalb von "
             "24 Stunden den folgenden Bestätigungscode auf unserer Verifizierungsseite ein:",
             "Ihr Code: **590 114**",
             "[[Jetzt Konto verifizieren|%s]]" % evil,
             "Wird die Verifizierung nicht abgeschlossen, wird Ihr Konto dauerhaft geschlossen."]
    d = amazon_mail(mp, "de", None, "Konto gesperrt", o, "Bestellnr.", paras,
                    [("Dyson V15 Detect Absolute Akku-Staubsauger", "Amazon EU S.à r.l.", 1, "699,00 €")],
                    "Stornierte Artikel", ["Freundliche Grüße", "**Amazon.de Kontoservice**"],
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="poliert, Kopie der Vorlage, amazon-kundenkonto.info mit eigener dkim/dmarc pass; Code-Verifizierung",
        from_=("Amazon.de", "konto-sicherheit@amazon-kundenkonto.info"), reply_to=None,
        to=(None, "stefan.wagner@gmx.de"),
        subject="Ihr Konto wurde gesperrt - Bestellung %s storniert" % o, date=when,
        msgid=generic_msgid("amazon-kundenkonto.info"),
        pre=[("Authentication-Results", "mx.gmx.net; dkim=pass header.d=amazon-kundenkonto.info;\n"
                                        "       spf=pass smtp.mailfrom=amazon-kundenkonto.info;\n"
                                        "       dmarc=pass header.from=amazon-kundenkonto.info")],
        layout="alt", cte="quoted-printable", **d)

    # DL3 reply with card details, iso-8859-1 QP
    when = dt(2025, 2, 7, 13, 44, 12, 1)
    text = """Sehr geehrter Amazon Kunde,

leider wurde Ihre Bestellung storniert, da Ihre hinterlegte Kreditkarte
abgelaufen ist und die Zahlung nicht autorisiert werden konnte.

Bestellnummer: 302-55810-2204
Gesamtbetrag: 312,40 EUR

Damit wir die Bestellung erneut bearbeiten können, antworten Sie bitte
auf diese E-Mail mit folgenden Angaben:

  - Name des Karteninhabers
  - Kartennummer
  - Gültig bis (MM/JJ)
  - Prüfnummer (CVC)
  - Geburtsdatum

Ihre Daten werden verschlüsselt übertragen und nur zur Abwicklung dieser
Bestellung verwendet. Ohne Rückmeldung innerhalb von 48 Stunden wird das
Kundenkonto eingeschränkt.

Mit freundlichen Grüßen
Amazon Zahlungsabteilung
"""
    add(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
        note="fordert Kartendaten per Antwort; amazon-de-zahlung.com, Reply-To web.de; Bestellnr. fehlerhaft",
        from_=("Amazon.de", "service@amazon-de-zahlung.com"),
        reply_to=("Amazon Zahlungen", "amazon.zahlungen@web.de"),
        to=(None, "t.becker@t-online.de"), subject="Ihre Bestellung wurde storniert - Zahlungsdaten erforderlich",
        date=when, msgid=generic_msgid("amazon-de-zahlung.com"), layout="text", charset="iso-8859-1",
        header_charset="iso-8859-1", cte="quoted-printable", text=text)

    # DL4 spoofed exact From (dmarc=fail), link text amazon.de -> elsewhere
    when = dt(2025, 5, 12, 10, 2, 44, 2)
    o = order_no("303")
    evil = "https://amazon-de.erstattung-portal.ru/login?ref=%s" % rc(8).lower()
    paras = ["Hallo,",
             "der unten aufgeführte Artikel aus Ihrer Bestellung %s ist nicht mehr lieferbar und wurde vom "
             "Verkäufer storniert." % o,
             "Um Ihre Erstattung über 459,00 € zu erhalten, bestätigen Sie bitte innerhalb von 48 Stunden Ihre "
             "Erstattungsmethode unter [[https://www.amazon.de/gp/your-account/order-history|%s]]." % evil,
             "Nicht bestätigte Erstattungen verfallen."]
    d = amazon_mail(mp, "de", None, "Artikel storniert", o, "Bestellnr.", paras,
                    [("De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat", "Amazon EU S.à r.l.", 1, "459,00 €")],
                    "Stornierte Artikel", ["**Amazon.de**"], link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="de", cause="inventory_shortage", states_reason=True, marketplace=None,
        note="gefälschter Absender order-update@amazon.de mit dmarc=fail; Linktext amazon.de, href erstattung-portal.ru",
        from_=("Amazon.de", "order-update@amazon.de"), reply_to="erstattung@erstattung-portal.ru",
        to=("Julia Fischer", "julia.fischer@gmail.com"),
        subject="Artikel aus Ihrer Amazon.de-Bestellung #%s storniert" % o, date=when,
        msgid=generic_msgid("vps-2231.erstattung-portal.ru"),
        pre=[("Return-Path", "<www-data@vps-2231.erstattung-portal.ru>"),
             ("Received", "from vps-2231.erstattung-portal.ru ([91.215.85.%d]) by mx.google.com; %s"
              % (RNG.randint(2, 250), format_datetime(when))),
             ("Authentication-Results", "mx.google.com;\n       spf=fail smtp.mailfrom=vps-2231.erstattung-portal.ru;\n"
                                        "       dkim=none;\n       dmarc=fail (p=QUARANTINE) header.from=amazon.de")],
        layout="alt", cte="quoted-printable", **d)

    # DL5 Cyrillic homoglyph display name, technical, HTML only
    when = dt(2025, 1, 23, 7, 9, 55, 1)
    o = order_no("305")
    evil = "https://amzn-de-service.com/rueckbuchung?o=%s" % o
    paras = ["Guten Tag,",
             "aufgrund eines Systemfehlers wurde Ihre Bestellung %s storniert, der Betrag von 89,99 € wurde "
             "jedoch doppelt abgebucht." % o,
             "Bitte bestätigen Sie Ihre Bankdaten über den folgenden Button, damit die Rückbuchung erfolgen kann.",
             "[[Rückbuchung veranlassen|%s]]" % evil]
    d = amazon_mail(mp, "de", None, "Systemfehler", o, "Bestellnr.", paras,
                    [("Echo Show 8 (3. Generation)", "Amazon EU S.à r.l.", 1, "89,99 €")],
                    "Stornierte Artikel", ["Ihr Amazon.de Kundenservice"], layout="html",
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="de", cause="technical_issue", states_reason=True, marketplace=None,
        note="kyrillische Homoglyphen im Anzeigenamen, amzn-de-service.com; Systemfehler Doppelabbuchung",
        from_=("\u0410m\u0430zon.de", "bestellung@amzn-de-service.com"), reply_to=None,
        to=(None, "andreas.koch@arcor.de"), subject="Ihre Bestellung wurde aufgrund eines Systemfehlers storniert",
        date=when, msgid=generic_msgid("amzn-de-service.com"), layout="html", cte="base64", **d)

    # DL6 outlook, will be cancelled unless, malformed order
    when = dt(2025, 6, 1, 21, 33, 1, 2)
    text = """Amazon Sicherheitshinweis

Sehr geehrte/r Kunde/in,

wir haben eine ungewöhnliche Anmeldung in Ihrem Konto bemerkt (Windows,
Warschau). Ihre Bestellung DE-302-88412 wird storniert und Ihr Konto
gesperrt, wenn Sie Ihre Identität nicht innerhalb von 24 Stunden bestätigen.

Bestätigen Sie jetzt hier: https://amazon-verifizierung.de-kunden.app/id

Halten Sie dafür Ihre Kreditkarte und Ihren Personalausweis bereit.

Ihr Amazon Sicherheitsteam
"""
    add(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="outlook.de-Absender; Bestellung 'wird storniert' falls nicht verifiziert; Bestellnr. falsch",
        from_=("Amazon Sicherheit", "amazon.sicherheit.de@outlook.de"), reply_to=None,
        to=(None, "m.hoffmann@posteo.de"),
        subject="Letzte Warnung: Ihre Bestellung wird storniert", date=when,
        msgid=generic_msgid("AM0PR04MB5561.eurprd04.prod.outlook.com"), layout="text", cte="8bit", text=text)

    # DL7 amazon.de.<evil> domain, customer_request claimed, alt base64
    when = dt(2025, 3, 16, 12, 0, 27, 1)
    o = order_no("304")
    evil = "https://amazon.de.stornierung-info.com/ap/widerspruch?o=%s" % o
    t = "Apple MacBook Air 13\" M3 Chip, 16 GB RAM, 512 GB SSD - Mitternacht"
    paras = ["Hallo,",
             "wie gewünscht haben wir den folgenden Artikel aus Ihrer Bestellung %s storniert. "
             "Stornierungsgrund: Vom Kunden storniert." % o,
             "Sie haben diese Stornierung nicht veranlasst? Dann könnte Ihr Konto kompromittiert sein. "
             "[[Widersprechen Sie der Stornierung hier|%s]]." % evil]
    d = amazon_mail(mp, "de", None, "Stornierungsbestätigung", o, "Bestellnr.", paras,
                    [(t, "Amazon EU S.à r.l.", 1, "1.599,00 €")], "Stornierte Artikel",
                    ["Vielen Dank für Ihren Einkauf bei Amazon.de.", "**Amazon.de**"],
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="de", cause="customer_request", states_reason=True, marketplace=None,
        note="Domain amazon.de.stornierung-info.com; angebliche Kundenstornierung mit Widerspruchslink",
        from_=("Amazon.de", "auto-confirm@amazon.de.stornierung-info.com"), reply_to=None,
        to=(None, "julia.fischer@gmail.com"),
        subject="Erfolgreiche Stornierung von „%s...“ aus Ihrer Amazon.de-Bestellung %s" % (t[:30], o),
        date=when, msgid=generic_msgid("stornierung-info.com"), layout="alt", cte="base64", **d)

    # DL8 yahoo + Greek omicron, no order number, no reason
    when = dt(2025, 4, 25, 4, 11, 0, 2)
    htm = """<html><body style="font-family:Arial;font-size:14px">
<div style="max-width:560px;margin:auto;padding:20px;border:1px solid #ccc">
<p style="font-size:24px;font-weight:bold;color:#232f3e">amazon.de</p>
<p>Hallo,</p>
<p>Ihre letzte Bestellung wurde storniert.</p>
<p>Um die Details der Stornierung anzuzeigen und Ihre Rückerstattung zu erhalten, öffnen Sie bitte das sichere Dokument.</p>
<p style="text-align:center"><a href="https://secure-doc-view.pages.dev/de/storno?u=%s"
 style="background:#ffd814;color:#111;padding:10px 26px;text-decoration:none;border-radius:8px">Stornierungsdetails anzeigen</a></p>
<p style="font-size:11px;color:#777">&copy; 1996-2025, Amazon.com, Inc. oder Tochtergesellschaften</p>
</div></body></html>
""" % rc(12).lower()
    add(kind="lookalike", language="de", cause="unknown", states_reason=False, marketplace=None,
        note="yahoo.de, griechisches Omikron im Namen, keine Bestellnr., kein Grund",
        from_=("Amaz\u03bfn.de Service", "amazon.service.kunde@yahoo.de"), reply_to=None,
        to=(None, "stefan.wagner@gmx.de"), subject="Ihre Bestellung wurde storniert", date=when,
        msgid="<%s.%s@mail.yahoo.com>" % (rd(10), rd(9)), layout="html", cte="8bit", html=htm)

    # ---------------- non-notices ----------------
    # DN1 other shop cancellation paid with Amazon Pay
    when = dt(2025, 2, 12, 16, 5, 0, 1)
    text = """Bergsport Huber – Ihr Outdoor-Fachhändler seit 1987

Hallo Herr Becker,

leider müssen wir Ihre Bestellung Nr. BH-2025-18842 stornieren. Der Artikel

  Mammut Ducan High GTX Wanderschuh, Gr. 44, black-dark titanium

ist bei unserem Lieferanten kurzfristig nicht mehr verfügbar.

Bezahlt mit: Amazon Pay
Die Erstattung über 219,95 € erfolgt automatisch über Amazon Pay und ist
in der Regel innerhalb von 3-5 Werktagen auf Ihrem Amazon-Konto bzw. Ihrer
dort hinterlegten Zahlungsart sichtbar.

Wir bedauern die Unannehmlichkeiten und schenken Ihnen für Ihre nächste
Bestellung einen Gutschein über 10 € (Code: SORRY10HB).

Sportliche Grüße
Ihr Team von Bergsport Huber

Bergsport Huber GmbH · Marienplatz 8 · 83022 Rosenheim
Amtsgericht Traunstein HRB 12345 · www.bergsport-huber.de
"""
    htm = "<html><body>" + "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n")
                                   for p in text.split("\n\n")) + "</body></html>\n"
    add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
        note="Stornierung eines anderen Händlers, bezahlt mit Amazon Pay",
        from_=("Bergsport Huber", "bestellung@bergsport-huber.de"), reply_to=None,
        to=("Thomas Becker", "t.becker@t-online.de"),
        subject="Stornierung Ihrer Bestellung BH-2025-18842", date=when,
        msgid=generic_msgid("shop.bergsport-huber.de"), layout="alt", cte="quoted-printable", text=text, html=htm)

    # DN2 colleague cancelled the Amazon order
    when = dt(2025, 3, 11, 10, 27, 0, 1)
    text = """Hallo Sabine,

kurze Info: ich habe die Amazon-Bestellung für die Druckerpatronen (HP 912XL,
4er-Pack) eben storniert. Der Bürobedarf-Lieferant hat uns ein besseres
Angebot gemacht, die Lieferung kommt morgen direkt ins Büro.

Die Stornobestätigung von Amazon habe ich schon bekommen, du musst also
nichts weiter machen. Kannst du bitte nur in der Kostenstellenliste den
Eintrag vom Montag wieder rausnehmen?

Danke und viele Grüße
Jens

--
Jens Bauer
Büroleitung
Bauer & Partner Steuerberatung
Tel. 0221 555 38 20
"""
    add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
        note="Kollege schreibt, dass er eine Amazon-Bestellung storniert hat",
        from_=("Jens Bauer", "j.bauer@bauer-partner-stb.de"), reply_to=None,
        to=("Sabine Lorenz", "s.lorenz@bauer-partner-stb.de"), subject="Druckerpatronen - Amazon storniert",
        date=when, msgid=generic_msgid("bauer-partner-stb.de"), layout="text", charset="iso-8859-1",
        header_charset="iso-8859-1", cte="8bit", text=text)

    # DN3 consumer newsletter about phishing
    when = dt(2025, 5, 15, 7, 0, 0, 2)
    paras = [
        "Phishing-Radar: Gefälschte Amazon-Stornierungen im Umlauf",
        "Aktuell landen vermehrt E-Mails mit Betreffzeilen wie **„Ihre Amazon.de-Bestellung wurde storniert“** "
        "oder **„Bestellung storniert – Zahlung fehlgeschlagen“** in den Postfächern. Die Nachrichten wirken "
        "echt, enthalten teils sogar eine Bestellnummer und das Amazon-Logo.",
        "Typische Merkmale: ein Absender, der nicht auf amazon.de endet, eine Telefonnummer für einen "
        "angeblichen Rückruf, die Aufforderung, Kartendaten per Antwort zu schicken, oder ein Link, der beim "
        "Darüberfahren mit der Maus auf eine fremde Seite zeigt.",
        "Unser Rat: Prüfen Sie Bestellungen nur direkt in der App oder unter „Meine Bestellungen“. Klicken Sie "
        "nicht auf Links und leiten Sie verdächtige Mails an Amazon weiter.",
        "Ihr Team von Verbraucherschutz aktuell",
    ]
    text = "\n\n".join(wrap(to_text(p, lambda x: x)) for p in paras) + \
        "\n\nNewsletter abbestellen: https://verbraucherschutz-aktuell.de/abmelden\n"
    htm = "<html><body>\n<h1>%s</h1>\n%s</body></html>\n" % (
        html.escape(paras[0]), "".join("<p>%s</p>\n" % to_html(p, lambda x: x) for p in paras[1:]))
    add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
        note="Verbraucher-Newsletter über Phishing mit zitiertem Stornierungsbetreff",
        from_=("Verbraucherschutz aktuell", "newsletter@verbraucherschutz-aktuell.de"), reply_to=None,
        to=(None, "m.hoffmann@posteo.de"), subject="Phishing-Radar: Gefälschte Amazon-Stornierungen im Umlauf",
        date=when, msgid=generic_msgid("verbraucherschutz-aktuell.de"),
        post=[("List-Unsubscribe", "<https://verbraucherschutz-aktuell.de/abmelden>")],
        layout="alt", cte="base64", text=text, html=htm)

    # DN4 Amazon installation appointment cancelled, order not affected
    when = dt(2025, 4, 8, 14, 12, 9, 2)
    o = order_no("302")
    pre, post = genuine_headers(mp, when, auth=True)
    paras = ["Hallo Katrin Schneider,",
             "Ihr Termin für die Wandmontage Ihres Fernsehers am Donnerstag, 10. April, zwischen 12:00 und "
             "16:00 Uhr wurde vom Dienstleister abgesagt.",
             "**Ihre Bestellung %s ist davon nicht betroffen** - der Fernseher wird wie geplant geliefert. "
             "Bitte buchen Sie unter [[Meine Bestellungen|/gp/css/order-history]] einen neuen Montagetermin." % o]
    d = amazon_mail(mp, "de", None, "Termin abgesagt", o, "Bestellnr.", paras, None, None,
                    ["Freundliche Grüße", "Amazon Services"])
    add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=mp,
        note="Montagetermin abgesagt, Bestellung bleibt bestehen",
        from_=("Amazon.de", "services-no-reply@amazon.de"), reply_to=None,
        to=("Katrin Schneider", "katrin.schneider@web.de"), subject="Ihr Montagetermin wurde abgesagt",
        date=when, msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", cte="quoted-printable", **d)

    # DN5 Prime membership cancelled
    when = dt(2025, 1, 31, 9, 0, 42, 1)
    pre, post = genuine_headers(mp, when, auth=False)
    paras = ["Hallo Stefan,",
             "Ihre Prime-Mitgliedschaft wurde gekündigt. Sie können Ihre Prime-Vorteile noch bis zum "
             "28. Februar 2025 nutzen; danach wird Ihnen keine Mitgliedsgebühr mehr berechnet.",
             "Sie möchten Prime doch behalten? Unter [[Prime-Mitgliedschaft verwalten|/gp/primecentral]] können "
             "Sie die Kündigung jederzeit rückgängig machen."]
    d = amazon_mail(mp, "de", None, "Amazon Prime", None, "", paras, None, None, ["Ihr Amazon Prime Team"])
    add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=mp,
        note="Prime-Mitgliedschaft gekündigt",
        from_=("Amazon Prime", "digital-no-reply@amazon.de"), reply_to=None,
        to=("Stefan Wagner", "stefan.wagner@gmx.de"), subject="Bestätigung: Ihre Prime-Mitgliedschaft wurde gekündigt",
        date=when, msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", cte="base64", **d)

    # DN6 payment reminder
    when = dt(2025, 2, 14, 6, 30, 12, 1)
    o = order_no("305")
    pre, post = genuine_headers(mp, when, auth=True)
    paras = ["Guten Tag Thomas Becker,",
             "die Lastschrift für Ihre Bestellung %s wurde von Ihrer Bank zurückgewiesen." % o,
             "Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum **19. Februar 2025**. Gehen Sie dazu auf "
             "[[Meine Bestellungen|/gp/css/order-history]], wählen Sie die Bestellung aus und klicken Sie auf "
             "„Zahlungsart ändern“.",
             "Sollten wir bis dahin keine gültigen Zahlungsinformationen erhalten, wird Ihre Bestellung storniert."]
    d = amazon_mail(mp, "de", None, "Aktion erforderlich", o, "Bestellnr.", paras,
                    [("Philips Hue White & Color Ambiance E27 Starter Set, 3 Lampen + Bridge", "Amazon EU S.à r.l.",
                      1, "149,99 €")], "Artikel dieser Bestellung", ["Freundliche Grüße", "**Amazon.de**"])
    add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=mp,
        note="echte Zahlungserinnerung; Stornierung nur angedroht, falls keine Aktualisierung",
        from_=("Amazon.de", "payments-messages@amazon.de"), reply_to=None,
        to=("Thomas Becker", "t.becker@t-online.de"),
        subject="Aktion erforderlich: Zahlungsinformationen für Bestellung %s aktualisieren" % o, date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", cte="quoted-printable", **d)

# ==========================================================================
# DUTCH
# ==========================================================================
def dutch():
    # ---------------- notices ----------------
    # nl1 amazon.nl inventory, alt base64, auth
    mp, when = "amazon.nl", dt(2025, 3, 6, 12, 41, 19, 1)
    o = order_no("405")
    pre, post = genuine_headers(mp, when, auth=True)
    items = [("LEGO Icons Boeket rozen 10328 - bouwset voor volwassenen", "SpeelgoedDirect NL", 1, "€ 59,99")]
    paras = ["Hallo Sanne de Vries,",
             "Helaas kon de verkoper het onderstaande artikel uit je bestelling %s niet leveren, omdat het niet "
             "meer op voorraad is. Daarom hebben we het artikel geannuleerd." % o,
             "Er is niets in rekening gebracht voor dit artikel. Als je een voorlopige reservering op je "
             "rekening ziet, wordt deze binnen enkele werkdagen door je bank vrijgegeven.",
             "Wil je het artikel toch nog bestellen? Bekijk dan andere aanbiedingen op de "
             "[[productpagina|/dp/B0CFW2P7KQ]]."]
    d = amazon_mail(mp, "nl", None, "Annulering", o, "Bestelnr.", paras, items, "Geannuleerde artikelen",
                    ["We hopen je snel weer te zien.", "**Amazon.nl**"])
    add(kind="notice", language="nl", cause="inventory_shortage", states_reason=True, marketplace=mp,
        note="verkoper kan niet leveren, niet meer op voorraad; alt base64",
        from_=("Amazon.nl", "order-update@amazon.nl"), reply_to="no-reply@amazon.nl",
        to=("Sanne de Vries", "sanne.devries@ziggo.nl"),
        subject="Je Amazon.nl-bestelling #%s is geannuleerd" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="alt", cte="base64", **d)

    # nl2 amazon.com.be payment, text windows-1252 QP, no auth
    mp, when = "amazon.com.be", dt(2025, 4, 9, 5, 55, 31, 2)
    o = order_no("407")
    pre, post = genuine_headers(mp, when, auth=False)
    text = """Amazon.com.be
_____________________________________________________________________

Hallo Pieter Janssens,

Op 3 april hebben we je laten weten dat de betaling voor je bestelling
%s is geweigerd, omdat de vervaldatum van je kaart is verstreken.
We hebben je gevraagd je betaalgegevens bij te werken.

Omdat we binnen de gestelde termijn geen geldige betaalmethode hebben
ontvangen, hebben we de volgende bestelling geannuleerd:

  1 x Philips Airfryer XXL HD9650/90, 7,3 l, zwart
      Verkocht door: Amazon EU S.à r.l.
      € 249,99

Er is niets in rekening gebracht. Wil je het artikel nog steeds kopen,
plaats dan een nieuwe bestelling met een geldige betaalmethode.

Je account veilig houden
- Is je kaartnummer of vervaldatum gewijzigd? Werk deze bij via Jouw
  account > Jouw betalingen: https://www.amazon.com.be/cpe/yourpayments/wallet
- Amazon vraagt je nooit per e-mail om je wachtwoord, pincode of
  bankgegevens.
- Verdachte e-mail ontvangen? Lees hoe je deze meldt:
  https://www.amazon.com.be/gp/help/customer/display.html?nodeId=201909120

Met vriendelijke groet,
Amazon.com.be

Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan
ontvangen. Beantwoord dit bericht niet.
""" % o
    add(kind="notice", language="nl", cause="payment_issue", states_reason=True, marketplace=mp,
        note="België: kaart verlopen, geen nieuwe betaalgegevens binnen termijn; windows-1252 QP",
        from_=("Amazon.com.be", "payments-messages@amazon.com.be"), reply_to=None,
        to=("Pieter Janssens", "pieter.janssens@telenet.be"),
        subject="Je bestelling bij Amazon.com.be (%s) is geannuleerd" % o, date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="text", charset="windows-1252",
        cte="quoted-printable", text=text)

    # nl3 amazon.nl technical (listing error), HTML only QP, no auth
    mp, when = "amazon.nl", dt(2025, 1, 21, 18, 13, 0, 1)
    o = order_no("403")
    pre, post = genuine_headers(mp, when, auth=False)
    items = [("Samsung Galaxy Tab S9 FE 128 GB Wi-Fi, Grijs", "Amazon EU S.à r.l.", 1, "€ 39,00")]
    paras = ["Hallo Bram,",
             "Door een fout in de productinformatie op onze website werd het onderstaande artikel met een "
             "onjuiste prijs weergegeven (€ 39,00 in plaats van € 399,00). We hebben het artikel daarom uit je "
             "bestelling %s geannuleerd." % o,
             "Je hebt hiervoor niets betaald. De overige artikelen in je bestelling worden zoals gepland verzonden.",
             "Onze excuses voor het ongemak."]
    d = amazon_mail(mp, "nl", None, "Artikel geannuleerd", o, "Bestelnr.", paras, items,
                    "Geannuleerde artikelen", ["Met vriendelijke groet,", "**Amazon.nl**"], layout="html")
    add(kind="notice", language="nl", cause="technical_issue", states_reason=True, marketplace=mp,
        note="prijsfout in productinformatie; HTML only QP",
        from_=("Amazon.nl", "order-update@amazon.nl"), reply_to="no-reply@amazon.nl",
        to=("Bram Visser", "bram.visser@kpnmail.nl"),
        subject="1 artikel is geannuleerd uit je Amazon.nl-bestelling #%s" % o, date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="html", cte="quoted-printable", **d)

    # nl4 amazon.nl fraud, text 8bit utf-8, auth
    mp, when = "amazon.nl", dt(2025, 5, 17, 23, 40, 2, 2)
    o = order_no("404")
    pre, post = genuine_headers(mp, when, auth=True)
    text = """Hallo,

Bij een routinecontrole hebben we ongebruikelijke activiteit in je
Amazon-account vastgesteld. Om je te beschermen hebben we je account
tijdelijk geblokkeerd en de volgende openstaande bestelling geannuleerd:

    Bestelnummer: %s
    Sony WH-1000XM5 draadloze koptelefoon met noise cancelling, zwart
    Bedrag: € 329,00

Er is niets in rekening gebracht.

Om je account te herstellen, log je in door zelf www.amazon.nl in je
browser te typen (gebruik hiervoor geen links uit e-mails) en volg je de
instructies om je identiteit en betaalmethode te bevestigen. Daarna kun
je de bestelling opnieuw plaatsen.

Let op: Amazon vraagt je nooit om je wachtwoord, eenmalige codes of
volledige kaartgegevens per e-mail te sturen. Zulke berichten kun je
melden via https://www.amazon.nl/reportascam.

Bedankt voor je begrip.

Accountteam Amazon.nl
""" % o
    add(kind="notice", language="nl", cause="fraud_prevention", states_reason=True, marketplace=mp,
        note="ongebruikelijke activiteit, account geblokkeerd, bestelling geannuleerd; 8bit tekst",
        from_=("Amazon.nl", "cs-reply@amazon.nl"), reply_to=None,
        to=(None, "lotte.bakker@hotmail.com"),
        subject="Je bestelling bij Amazon.nl is geannuleerd", date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="text", cte="8bit", text=text)

    # nl5 amazon.com.be customer request, alt 8bit iso-8859-15, auth
    mp, when = "amazon.com.be", dt(2025, 2, 27, 20, 7, 45, 1)
    o = order_no("403")
    pre, post = genuine_headers(mp, when, auth=True)
    t = "Tefal Easy Fry & Grill XXL EY8018, heteluchtfriteuse 6,5 l"
    items = [(t, "Amazon EU S.à r.l.", 1, "€ 139,99")]
    paras = ["Hallo Els,",
             "Zoals je hebt gevraagd, hebben we het onderstaande artikel uit je bestelling %s geannuleerd." % o,
             "Reden van annulering: geannuleerd door klant",
             "Als je al hebt betaald, ontvang je een terugbetaling via je oorspronkelijke betaalmethode. De status "
             "zie je in [[Jouw bestellingen|/gp/css/order-history]]."]
    d = amazon_mail(mp, "nl", None, "Annulering bevestigd", o, "Bestelnr.", paras, items,
                    "Geannuleerde artikelen", ["Bedankt voor je bestelling bij Amazon.com.be.", "**Amazon.com.be**"],
                    charset="iso-8859-15")
    add(kind="notice", language="nl", cause="customer_request", states_reason=True, marketplace=mp,
        note="België: door klant geannuleerd; alt 8bit iso-8859-15",
        from_=("Amazon.com.be", "auto-confirm@amazon.com.be"), reply_to="no-reply@amazon.com.be",
        to=("Els Peeters", "els.peeters@skynet.be"),
        subject='Annulering van "%s..." uit je Amazon.com.be-bestelling %s gelukt' % (t[:34], o), date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", charset="iso-8859-15",
        header_charset="iso-8859-15", cte="8bit", **d)

    # nl6 amazon.nl unknown (address), text base64, no auth
    mp, when = "amazon.nl", dt(2025, 6, 4, 8, 19, 26, 2)
    o = order_no("406")
    pre, post = genuine_headers(mp, when, auth=False)
    text = """Amazon.nl
---------------------------------------------------------------------

Hallo Daan Mulder,

We hebben je bestelling %s geannuleerd.

Het onderstaande artikel kan niet worden bezorgd op het opgegeven
bezorgadres: het adres is een postbusadres en dit artikel kan alleen
op een woon- of bedrijfsadres worden afgeleverd.

  1 x Gazelle Ultimate C380 HMB elektrische fiets, 57 cm
      Verkocht door: Fietsplaza Online B.V.
      € 2.899,00

Het volledige bedrag wordt binnen 3-5 werkdagen teruggestort op je
oorspronkelijke betaalmethode. Controleer je adressen via Jouw account >
Jouw adressen (https://www.amazon.nl/a/addresses) voordat je opnieuw
bestelt.

Amazon vraagt nooit per e-mail om je wachtwoord of betaalgegevens. Is je
kaartnummer gewijzigd, werk het dan bij in Jouw account. Verdachte
berichten kun je melden via https://www.amazon.nl/reportascam.

Met vriendelijke groet,
Amazon.nl
""" % o
    add(kind="notice", language="nl", cause="unknown", states_reason=True, marketplace=mp,
        note="geannuleerd omdat het bezorgadres een postbus is (past bij geen van de vier)",
        from_=("Amazon.nl", "order-update@amazon.nl"), reply_to=None,
        to=("Daan Mulder", "daan.mulder@xs4all.nl"),
        subject="Je Amazon.nl-bestelling %s is geannuleerd" % o, date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="text", cte="base64", text=text)

    # ---------------- lookalikes ----------------
    # NLL1 hotmail + callback number, crude
    when = dt(2025, 2, 2, 10, 4, 0, 1)
    text = """Beste klant,

Uw Amazon bestelling is GEANNULEERD omdat de betaling is mislukt.

Bestelling : #AMZ-NL-40921
Product : Apple iPhone 16 Pro 256GB
Bedrag : € 1.379,00

Het bedrag staat wel GERESERVEERD op uw rekening en word binnen 24 uur
afgeschreven als u niet reageert.

Bel direct onze betalingsafdeling om de reservering te annuleren:

      +31 (0)85 555 0193  (24/7 bereikbaar)

Met vriendelijke groet,
Amazon Klantenservice Nederland
"""
    add(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
        note="grof, hotmail-afzender, terugbelnummer, verzonnen bestelnummer",
        from_=("Amazon Klantenservice", "amazon.klantenservice.nl@hotmail.com"), reply_to=None,
        to=(None, "sanne.devries@ziggo.nl"), subject="Bestelling geannuleerd - betaling mislukt!!",
        date=when, msgid=generic_msgid("DB9PR02MB7260.eurprd02.prod.outlook.com"), layout="text",
        cte="quoted-printable", text=text)

    # NLL2 account geblokkeerd + code, polished HTML, own-domain pass
    when = dt(2025, 3, 19, 16, 50, 12, 1)
    o = order_no("405")
    evil = "https://amazon-klantenservice-nl.com/ap/verificatie?s=%s" % rc(18).lower()
    paras = ["Hallo,",
             "We hebben je Amazon-account tijdelijk geblokkeerd en je bestelling %s geannuleerd, omdat we "
             "ongebruikelijke activiteit hebben vastgesteld." % o,
             "Voer binnen 24 uur de onderstaande verificatiecode in op onze verificatiepagina om je account te "
             "deblokkeren en de bestelling te herstellen.",
             "Je code: **306 928**",
             "[[Account nu verifiëren|%s]]" % evil,
             "Als je de verificatie niet voltooit, wordt je account definitief gesloten."]
    d = amazon_mail("amazon.nl", "nl", None, "Account geblokkeerd", o, "Bestelnr.", paras,
                    [("Apple Watch Series 10 GPS 46 mm", "Amazon EU S.à r.l.", 1, "€ 479,00")],
                    "Geannuleerde artikelen", ["Met vriendelijke groet,", "**Amazon.nl Accountservice**"],
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="gepolijste kopie, amazon-klantenservice-nl.com met eigen dkim/dmarc pass; code-verificatie",
        from_=("Amazon.nl", "accountservice@amazon-klantenservice-nl.com"), reply_to=None,
        to=(None, "bram.visser@kpnmail.nl"),
        subject="Je account is geblokkeerd - bestelling %s geannuleerd" % o, date=when,
        msgid=generic_msgid("amazon-klantenservice-nl.com"),
        pre=[("Authentication-Results", "mx.kpnmail.nl; dkim=pass header.d=amazon-klantenservice-nl.com;\n"
                                        "       spf=pass smtp.mailfrom=amazon-klantenservice-nl.com;\n"
                                        "       dmarc=pass header.from=amazon-klantenservice-nl.com")],
        layout="alt", cte="base64", **d)

    # NLL3 reply with card details, look-alike domain, gmail reply-to
    when = dt(2025, 4, 22, 9, 31, 7, 2)
    text = """Geachte klant,

Helaas is uw bestelling geannuleerd omdat uw creditcard verlopen is en de
betaling niet kon worden geautoriseerd.

Bestelnummer: 405-7712-99031
Totaal: € 188,50

Om de bestelling opnieuw te verwerken, verzoeken wij u deze e-mail te
beantwoorden met de volgende gegevens:

  - Naam kaarthouder
  - Kaartnummer
  - Vervaldatum (MM/JJ)
  - Beveiligingscode (CVC)
  - IBAN (voor de terugbetaling)

Uw gegevens worden veilig verwerkt. Zonder reactie binnen 48 uur wordt uw
account beperkt.

Met vriendelijke groet,
Amazon Betalingen
"""
    add(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
        note="vraagt kaartgegevens per antwoord; amazon-nl-betaling.net, reply-to gmail; bestelnummer fout",
        from_=("Amazon.nl", "noreply@amazon-nl-betaling.net"),
        reply_to=("Amazon Betalingen", "amazon.betalingen.nl@gmail.com"),
        to=(None, "daan.mulder@xs4all.nl"), subject="Uw bestelling is geannuleerd - betaalgegevens vereist",
        date=when, msgid=generic_msgid("amazon-nl-betaling.net"), layout="text", charset="iso-8859-15",
        cte="8bit", text=text)

    # NLL4 spoofed exact From amazon.com.be with dmarc=fail, link text -> elsewhere
    when = dt(2025, 5, 8, 13, 14, 5, 2)
    o = order_no("407")
    evil = "http://amazon.com.be.terugbetaling-check.xyz/claim?id=%s" % rc(9).lower()
    paras = ["Hallo,",
             "Het onderstaande artikel uit je bestelling %s is niet meer op voorraad en is door de verkoper "
             "geannuleerd." % o,
             "Om je terugbetaling van € 299,00 te ontvangen, moet je binnen 48 uur je terugbetalingsmethode "
             "bevestigen via [[https://www.amazon.com.be/gp/your-account/order-history|%s]]." % evil,
             "Niet-bevestigde terugbetalingen vervallen."]
    d = amazon_mail("amazon.com.be", "nl", None, "Artikel geannuleerd", o, "Bestelnr.", paras,
                    [("Garmin Forerunner 265 GPS-sporthorloge", "Amazon EU S.à r.l.", 1, "€ 299,00")],
                    "Geannuleerde artikelen", ["**Amazon.com.be**"], link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="nl", cause="inventory_shortage", states_reason=True, marketplace=None,
        note="vervalste afzender order-update@amazon.com.be met dmarc=fail; linktekst amazon.com.be, href .xyz",
        from_=("Amazon.com.be", "order-update@amazon.com.be"), reply_to="terugbetaling@terugbetaling-check.xyz",
        to=("Pieter Janssens", "pieter.janssens@telenet.be"),
        subject="Artikel uit je Amazon.com.be-bestelling #%s geannuleerd" % o, date=when,
        msgid=generic_msgid("srv1.terugbetaling-check.xyz"),
        pre=[("Return-Path", "<root@srv1.terugbetaling-check.xyz>"),
             ("Received", "from srv1.terugbetaling-check.xyz ([5.181.156.%d]) by mx.telenet.be; %s"
              % (RNG.randint(2, 250), format_datetime(when))),
             ("Authentication-Results", "mx.telenet.be; spf=fail smtp.mailfrom=srv1.terugbetaling-check.xyz;\n"
                                        "       dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.com.be")],
        layout="alt", cte="quoted-printable", **d)

    # NLL5 Cyrillic homoglyph, technical, HTML only
    when = dt(2025, 1, 14, 7, 59, 30, 1)
    o = order_no("404")
    evil = "https://amzn-nl-support.com/terugboeking?o=%s" % o
    paras = ["Beste klant,",
             "Door een systeemfout is je bestelling %s geannuleerd, maar is het bedrag van € 64,95 twee keer "
             "afgeschreven." % o,
             "Bevestig je bankgegevens via de onderstaande knop zodat we de dubbele afschrijving kunnen terugboeken.",
             "[[Terugboeking aanvragen|%s]]" % evil]
    d = amazon_mail("amazon.nl", "nl", None, "Systeemfout", o, "Bestelnr.", paras,
                    [("Philips Sonicare DiamondClean elektrische tandenborstel", "Amazon EU S.à r.l.", 1, "€ 64,95")],
                    "Geannuleerde artikelen", ["Klantenservice Amazon.nl"], layout="html",
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="nl", cause="technical_issue", states_reason=True, marketplace=None,
        note="Cyrillische letters in weergavenaam, amzn-nl-support.com; systeemfout dubbele afschrijving",
        from_=("\u0410m\u0430z\u043en.nl", "service@amzn-nl-support.com"), reply_to=None,
        to=(None, "lotte.bakker@hotmail.com"), subject="Je bestelling is geannuleerd door een systeemfout",
        date=when, msgid=generic_msgid("amzn-nl-support.com"), layout="html", cte="base64", **d)

    # NLL6 outlook, 'wordt geannuleerd tenzij', malformed order
    when = dt(2025, 6, 6, 22, 5, 51, 2)
    text = """Amazon Beveiligingsmelding

Beste klant,

We hebben een ongebruikelijke aanmelding op je account gezien (Android,
Boekarest). Je bestelling NL-405-22918 wordt geannuleerd en je account
geblokkeerd als je je identiteit niet binnen 24 uur bevestigt.

Bevestig nu via: https://amazon-nl-verificatie.web.app/id

Houd je bankpas en identiteitsbewijs bij de hand.

Beveiligingsteam Amazon
"""
    add(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="outlook.com-afzender; bestelling 'wordt geannuleerd' tenzij verificatie; fout bestelnummer",
        from_=("Amazon Beveiliging", "amazon.beveiliging.nl@outlook.com"), reply_to=None,
        to=(None, "els.peeters@skynet.be"), subject="Laatste waarschuwing: je bestelling wordt geannuleerd",
        date=when, msgid=generic_msgid("VI1PR07MB4432.eurprd07.prod.outlook.com"), layout="text",
        cte="base64", text=text)

    # NLL7 amaz0n.nl domain, customer_request claimed
    when = dt(2025, 3, 29, 11, 25, 40, 1)
    o = order_no("403")
    evil = "https://amaz0n.nl/ap/bezwaar?o=%s" % o
    t = "Apple iPad Pro 11\" (M4) Wi-Fi 512 GB - Zilver"
    paras = ["Hallo,",
             "Zoals je hebt gevraagd, hebben we het onderstaande artikel uit je bestelling %s geannuleerd. "
             "Reden van annulering: geannuleerd door klant." % o,
             "Heb je deze annulering niet aangevraagd? Dan is je account mogelijk door iemand anders gebruikt. "
             "[[Maak hier bezwaar tegen de annulering|%s]] of bel +31 20 555 0461." % evil]
    d = amazon_mail("amazon.nl", "nl", None, "Annulering bevestigd", o, "Bestelnr.", paras,
                    [(t, "Amazon EU S.à r.l.", 1, "€ 1.449,00")], "Geannuleerde artikelen",
                    ["We hopen je snel weer te zien.", "**Amazon.nl**"],
                    link=fixed_link(evil), tlink=fixed_link(evil))
    add(kind="lookalike", language="nl", cause="customer_request", states_reason=True, marketplace=None,
        note="amaz0n.nl (nul i.p.v. o); nep-klantannulering met bezwaarlink en telefoonnummer",
        from_=("Amazon.nl", "auto-confirm@amaz0n.nl"), reply_to=None,
        to=(None, "sanne.devries@ziggo.nl"),
        subject='Annulering van "%s..." uit je Amazon.nl-bestelling %s gelukt' % (t[:25], o),
        date=when, msgid=generic_msgid("amaz0n.nl"), layout="alt", cte="8bit", **d)

    # NLL8 gmail + Greek omicron, no order number, pay small fee
    when = dt(2025, 4, 30, 3, 40, 18, 2)
    htm = """<html><body style="font-family:Arial;font-size:14px">
<div style="max-width:540px;margin:auto;padding:18px;border:1px solid #ddd">
<p style="font-size:24px;font-weight:bold">amazon.nl</p>
<p>Hallo,</p>
<p>Je bestelling is geannuleerd.</p>
<p>Wil je je pakket alsnog ontvangen? Betaal dan de administratiekosten van &euro; 1,95 via iDEAL en we verzenden je bestelling opnieuw.</p>
<p style="text-align:center"><a href="https://ideal-betaling-amzn.pages.dev/pay?r=%s"
 style="background:#ffd814;color:#111;padding:10px 24px;text-decoration:none;border-radius:8px">Betaal &euro; 1,95 met iDEAL</a></p>
<p style="font-size:11px;color:#777">Amazon.nl | Privacyverklaring | Voorwaarden</p>
</div></body></html>
""" % rc(10).lower()
    add(kind="lookalike", language="nl", cause="unknown", states_reason=False, marketplace=None,
        note="gmail met Grieks omikron in naam, geen bestelnummer of reden; iDEAL-betaalverzoek",
        from_=("Amaz\u03bfn.nl", "amazon.nl.bezorging@gmail.com"), reply_to=None,
        to=(None, "bram.visser@kpnmail.nl"), subject="Je bestelling is geannuleerd", date=when,
        msgid=generic_msgid("mail.gmail.com"), layout="html", cte="quoted-printable", html=htm)

    # ---------------- non-notices ----------------
    # NN1 Coolblue cancellation of an Amazon Echo
    when = dt(2025, 2, 19, 15, 2, 33, 1)
    text = """Coolblue - alles voor een glimlach

Hoi Lotte,

Helaas moeten we je bestelling 91827364 annuleren. Het product

  Amazon Echo Dot (5e generatie) - Antraciet

is niet meer leverbaar bij onze leverancier en we verwachten het ook niet
meer binnen te krijgen.

Je hebt betaald met iDEAL. We storten € 54,99 binnen 1 werkdag terug op
je rekening.

Sorry voor het ongemak. Op coolblue.nl/slimme-speakers vind je andere
slimme speakers die morgen bij je bezorgd worden.

Groetjes,
Team Coolblue

Coolblue B.V. · Weena 664 · 3012 CN Rotterdam
"""
    htm = "<html><body>" + "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>\n")
                                   for p in text.split("\n\n")) + "</body></html>\n"
    add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
        note="Coolblue annuleert bestelling van een Amazon Echo Dot (andere winkel)",
        from_=("Coolblue", "klantenservice@info.coolblue.nl"), reply_to=None,
        to=("Lotte Bakker", "lotte.bakker@hotmail.com"),
        subject="Je bestelling 91827364 is geannuleerd", date=when, msgid=generic_msgid("mail.coolblue.nl"),
        layout="alt", cte="quoted-printable", text=text, html=htm)

    # NN2 friend cancelled own Amazon order
    when = dt(2025, 5, 24, 19, 11, 0, 2)
    text = """Hoi Sanne,

Even snel: ik heb mijn Amazon-bestelling van die babyfoon geannuleerd. Kreeg
meteen een mailtje dat de annulering gelukt was, dus dat is geregeld. Mijn
schoonzus heeft er nog eentje liggen die we mogen lenen.

Neem jij zaterdag de kinderwagen mee? Dan zorg ik voor de taart 😊

Liefs,
Iris
"""
    add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
        note="vriendin vertelt dat ze haar eigen Amazon-bestelling heeft geannuleerd",
        from_=("Iris van Dijk", "iris.vandijk@gmail.com"), reply_to=None,
        to=("Sanne de Vries", "sanne.devries@ziggo.nl"), subject="babyfoon", date=when,
        msgid="<CAG%s@mail.gmail.com>" % rc(30), layout="text", cte="quoted-printable", text=text)

    # NN3 newsletter about phishing
    when = dt(2025, 3, 13, 8, 0, 0, 1)
    paras = [
        "Fraude-alert: nep-annuleringsmails van Amazon",
        "Oplichters versturen op dit moment e-mails met onderwerpen als **\"Je Amazon.nl-bestelling is "
        "geannuleerd\"** en **\"Bestelling geannuleerd - betaling mislukt!!\"**. Soms staat er zelfs een "
        "bestelnummer en een productfoto in.",
        "Herken de signalen: de afzender eindigt niet op amazon.nl, er staat een telefoonnummer in dat je moet "
        "bellen, je moet je kaartgegevens terugmailen of een klein bedrag via iDEAL betalen.",
        "Twijfel je? Open zelf de Amazon-app en kijk bij Jouw bestellingen. Klik niet op links in de e-mail.",
        "De redactie van Veilig Online",
    ]
    text = "\n\n".join(wrap(to_text(p, lambda x: x)) for p in paras) + \
        "\n\nAfmelden: https://veiligonline-nieuwsbrief.nl/afmelden\n"
    htm = "<html><body>\n<h1>%s</h1>\n%s</body></html>\n" % (
        html.escape(paras[0]), "".join("<p>%s</p>\n" % to_html(p, lambda x: x) for p in paras[1:]))
    add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
        note="nieuwsbrief over phishing die nep-onderwerpen citeert",
        from_=("Veilig Online", "nieuwsbrief@veiligonline-nieuwsbrief.nl"), reply_to=None,
        to=(None, "daan.mulder@xs4all.nl"), subject="Fraude-alert: nep-annuleringsmails van Amazon",
        date=when, msgid=generic_msgid("veiligonline-nieuwsbrief.nl"),
        post=[("List-Unsubscribe", "<https://veiligonline-nieuwsbrief.nl/afmelden>")],
        layout="alt", cte="8bit", text=text, html=htm)

    # NN4 return pickup appointment cancelled, amazon.nl
    mp, when = "amazon.nl", dt(2025, 4, 15, 17, 2, 8, 2)
    o = order_no("405")
    pre, post = genuine_headers(mp, when, auth=True)
    paras = ["Hallo Bram,",
             "Je afspraak voor het ophalen van je retourzending op woensdag 16 april is geannuleerd, omdat de "
             "vervoerder die dag niet in je regio kan ophalen.",
             "Je retour voor bestelling %s blijft gewoon open. Kies een nieuwe ophaaldag of lever het pakket in "
             "bij een PostNL-punt via [[Jouw retourzendingen|/returns/cart]]." % o]
    d = amazon_mail(mp, "nl", None, "Ophaalafspraak", o, "Bestelnr.", paras, None, None,
                    ["Met vriendelijke groet,", "**Amazon.nl**"])
    add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=mp,
        note="ophaalafspraak voor retour geannuleerd; bestelling/retour blijft open",
        from_=("Amazon.nl", "return@amazon.nl"), reply_to=None,
        to=("Bram Visser", "bram.visser@kpnmail.nl"),
        subject="Je ophaalafspraak voor de retourzending is geannuleerd", date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="alt", cte="quoted-printable", **d)

    # NN5 Amazon Music Unlimited cancelled
    mp, when = "amazon.nl", dt(2025, 1, 6, 10, 45, 2, 1)
    pre, post = genuine_headers(mp, when, auth=False)
    paras = ["Hallo Lotte,",
             "Je abonnement op Amazon Music Unlimited is opgezegd. Je kunt nog luisteren tot 5 februari 2025; "
             "daarna worden er geen kosten meer in rekening gebracht.",
             "Toch weer luisteren? Je kunt je abonnement op elk moment opnieuw starten via "
             "[[Amazon Music-instellingen|/music/settings]]."]
    d = amazon_mail(mp, "nl", None, "Amazon Music", None, "", paras, None, None, ["Het Amazon Music-team"],
                    layout="html")
    add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=mp,
        note="Amazon Music Unlimited-abonnement opgezegd",
        from_=("Amazon Music", "digital-no-reply@amazon.nl"), reply_to=None,
        to=("Lotte Bakker", "lotte.bakker@hotmail.com"),
        subject="Je Amazon Music Unlimited-abonnement is opgezegd", date=when, msgid=amazon_msgid(when),
        pre=pre, post=post, layout="html", cte="base64", **d)

    # NN6 payment reminder amazon.com.be
    mp, when = "amazon.com.be", dt(2025, 4, 3, 6, 2, 50, 2)
    o = order_no("407")
    pre, post = genuine_headers(mp, when, auth=True)
    paras = ["Hallo Pieter Janssens,",
             "De betaling voor je bestelling %s is geweigerd, omdat de vervaldatum van je kaart is verstreken." % o,
             "Werk je betaalgegevens bij vóór **8 april 2025** om annulering van je bestelling te voorkomen. Ga "
             "naar [[Jouw bestellingen|/gp/css/order-history]], kies de bestelling en klik op "
             "\"Betaalmethode wijzigen\".",
             "Als we vóór die datum geen bijgewerkte betaalgegevens ontvangen, wordt je bestelling geannuleerd."]
    d = amazon_mail(mp, "nl", None, "Actie vereist", o, "Bestelnr.", paras,
                    [("Philips Airfryer XXL HD9650/90, 7,3 l, zwart", "Amazon EU S.à r.l.", 1, "€ 249,99")],
                    "Artikelen in deze bestelling", ["Met vriendelijke groet,", "**Amazon.com.be**"])
    add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=mp,
        note="echte betalingsherinnering; annulering alleen als er niet wordt bijgewerkt",
        from_=("Amazon.com.be", "payments-messages@amazon.com.be"), reply_to=None,
        to=("Pieter Janssens", "pieter.janssens@telenet.be"),
        subject="Actie vereist: werk je betaalgegevens bij voor bestelling %s" % o, date=when,
        msgid=amazon_msgid(when), pre=pre, post=post, layout="alt", cte="base64", **d)


# ==========================================================================
# main
# ==========================================================================
def main():
    english()
    german()
    dutch()
    order = list(range(len(MAILS)))
    RNG.shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        name = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(m))
        labels.append({"file": name, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"],
                       "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
