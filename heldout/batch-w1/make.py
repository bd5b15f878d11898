#!/usr/bin/env python3
"""Regenerate blind batch w1: 60 raw .eml files (en/de/nl) plus labels.json.

Kinds per language: 6 genuine Amazon order-cancellation notices, 6 near-miss
non-notices and 8 phishing look-alikes.  Everything is deterministic (fixed seed).
Run:  python3 make.py
"""
import datetime
import io
import json
import os
import random
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

SEED = 7311
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "w1"

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ralnum(n):
    return "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def rdate(tz_hours=0, start=(2024, 2, 1), days=600):
    base = datetime.datetime(*start, tzinfo=datetime.timezone.utc)
    d = base + datetime.timedelta(days=RNG.randrange(days), seconds=RNG.randrange(86400))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return d.astimezone(tz)


def ses_msgid(region="us-east-1"):
    return "<0100%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        rhex(12), rhex(8), rhex(4), rhex(4), rhex(12), region)


def plain_msgid(domain):
    return "<%s.%s@%s>" % (rhex(16), rhex(8), domain)


def charset(name, enc):
    c = Charset(name)
    if enc == "qp":
        c.body_encoding = QP
    elif enc == "b64":
        c.body_encoding = BASE64
    else:  # 7bit / 8bit, decided by content
        c.body_encoding = None
    return c


def hdr(value, cs="utf-8", name="Subject"):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, header_name=name).encode(linesep="\n ").replace("\n  ", "\n ")


def addr(name, address, cs="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=cs)


def auth_pass(domain, receiver="mx.google.com"):
    sel = ralnum(32).lower()
    return ("%s;\n       dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=pass (%s: domain of %s@bounces.%s designates 54.240.%d.%d as permitted sender)"
            " smtp.mailfrom=%s@bounces.%s;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (receiver, domain, domain, sel, ralnum(8), receiver,
               "2024" + rhex(20), domain, RNG.randrange(1, 250), RNG.randrange(1, 250),
               "2024" + rhex(20), domain, domain))


def auth_fail(from_domain, real_domain, receiver="mx.google.com"):
    return ("%s;\n       dkim=pass header.d=%s header.i=@%s;\n"
            "       spf=softfail (%s: domain of transitioning bounce@%s does not designate 185.%d.%d.%d as permitted sender)"
            " smtp.mailfrom=bounce@%s;\n"
            "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
            % (receiver, real_domain, real_domain, receiver, real_domain,
               RNG.randrange(1, 250), RNG.randrange(1, 250), RNG.randrange(1, 250),
               real_domain, from_domain))


def received(by, frm, ip, when):
    return ("from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <recipient>;"
            " %s" % (frm, frm, ip, by, ralnum(14), format_datetime(when)))


def text_part(body, subtype, cs_name, enc):
    return MIMEText(body, subtype, charset(cs_name, enc))


def build(spec):
    cs_name = spec.get("charset", "utf-8")
    enc = spec.get("cte", "qp")
    structure = spec["structure"]
    if structure == "plain":
        msg = text_part(spec["text"], "plain", cs_name, enc)
    elif structure == "html":
        msg = text_part(spec["html"], "html", cs_name, enc)
    else:
        msg = MIMEMultipart("alternative", boundary=spec.get("boundary") or
                            "----=_Part_%d_%d.%d" % (RNG.randrange(10**6, 10**8),
                                                     RNG.randrange(10**8, 2 * 10**9),
                                                     RNG.randrange(10**12, 2 * 10**12)))
        for body, sub, e in ((spec["text"], "plain", spec.get("text_cte", enc)),
                             (spec["html"], "html", spec.get("html_cte", enc))):
            part = text_part(body, sub, cs_name, e)
            del part["MIME-Version"]
            msg.attach(part)
    date = spec["date"]
    hcs = spec.get("header_charset", "utf-8")
    heads = []
    rcpt = spec["to"][1] if "@" in spec["to"][1] else "recipient@localhost"
    for r in spec.get("received", []):
        heads.append(("Received", r.replace("<recipient>", "<%s>" % rcpt)))
    if spec.get("auth"):
        heads.append(("Authentication-Results", spec["auth"]))
    heads.append(("From", addr(spec["from"][0], spec["from"][1], hcs)))
    if spec.get("reply_to"):
        rt = spec["reply_to"]
        heads.append(("Reply-To", rt if isinstance(rt, str) else addr(rt[0], rt[1], hcs)))
    heads.append(("To", addr(spec["to"][0], spec["to"][1], hcs)))
    heads.append(("Subject", hdr(spec["subject"], hcs)))
    heads.append(("Date", format_datetime(date)))
    heads.append(("Message-ID", spec.get("msgid") or plain_msgid(spec["from"][1].split("@")[1])))
    for k, v in spec.get("extra", []):
        heads.append((k, v))
    existing = sorted(msg.items(), key=lambda kv: kv[0] != "MIME-Version")
    for k in {k for k, _ in existing}:
        del msg[k]
    for k, v in heads:
        msg[k] = v
    for k, v in existing:
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)
    return buf.getvalue()


def amazon_extra(mp):
    return [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", "%s@bounces.%s" % ("2024" + rhex(20), mp)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % ralnum(43))]


def amazon_received(mp, when, region="us-east-1"):
    ip = "54.240.%d.%d" % (RNG.randrange(1, 250), RNG.randrange(1, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (RNG.randrange(8, 90), RNG.randrange(1, 250), region)
    return [received("mx.recipient.example", host, ip, when)]


# ---------------------------------------------------------------------------
# HTML templates, modelled on real Amazon notification markup
# ---------------------------------------------------------------------------

CLASSIC_CSS = """body {
	margin:0;
	font:13px/18px Arial, sans-serif;
}
a {
	text-decoration:none;
	color:#006699;
	font:13px/18px Arial, sans-serif;
}
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .navigation span { text-decoration:none; color:#CCC; font:15px Arial, san-serif; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#summary td { padding: 0 0 8px 0; }
#criticalInfo { border-top:3px solid #2d3741; width:640px; }
#criticalInfo td { font-size:14px; padding:11px 18px 18px 18px; width:280px; }
#criticalInfo .detailsContent { background-color:#efefef; }
#itemDetails td { padding:10px 0 10px 0; border-bottom:1px solid #eee; }
#itemDetails .name { width:430px; }
#itemDetails .price { text-align:right; }
#legalCopy td { font-size:11px; color:#666; line-height:14px; padding:14px 0 0 0; }
"""


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def classic_html(d, link):
    """d: dict with mp, nav(3 labels), title, order_label, order, greeting, paras,
    items [(title, qty, price, seller)], items_heading, labels(qty,sold_by),
    total (label, value) or None, closing [paras], legal [paras], signature."""
    mp = d["mp"]
    nav = d["nav"]
    rows = []
    for title, qty, price, seller in d.get("items", []):
        rows.append(
            '        <tr>\n'
            '         <td class="name"><a href="%s">%s</a><br />\n'
            '          <span style="color:#666;">%s: %s</span><br />\n'
            '          <span style="color:#666;">%s</span></td>\n'
            '         <td class="price"><strong>%s</strong></td>\n'
            '        </tr>\n' % (link("/dp/" + ralnum(10).upper()), esc(title), d["labels"][0], qty,
                                 esc(seller), price))
    paras = "\n".join("           <p>%s</p>" % p for p in d["paras"])
    closing = "\n".join("       <p>%s</p>" % p for p in d.get("closing", []))
    legal = "\n".join("         <p>%s</p>" % p for p in d.get("legal", []))
    total = ""
    if d.get("total"):
        total = ('      <table id="criticalInfo" cellpadding="0"><tbody><tr class="detailsContent">\n'
                 '       <td><span>%s</span><br /><p><strong>%s</strong></p></td>\n'
                 '       <td><span>%s</span><br /><p><strong>%s</strong></p></td>\n'
                 '      </tr></tbody></table>\n' % (d["total"][0], d["total"][1], d["total"][2], d["total"][3]))
    items = ""
    if rows:
        items = ('      <table id="orderDetails" cellpadding="0"><tbody><tr><td>\n'
                 '       <h3 class="heading">%s</h3>\n'
                 '       <table id="itemDetails" cellpadding="0"><tbody>\n%s'
                 '       </tbody></table>\n'
                 '      </td></tr></tbody></table>\n' % (d["items_heading"], "".join(rows)))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="https://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <style type="text/css">
%(css)s  </style>
 </head>
 <body><img width="1" height="1" src="%(pixel)s" />
  <table id="container" cellpadding="0">
   <tbody>
    <tr>
     <td class="frame">
      <table id="header" cellpadding="0">
       <tbody>
        <tr>
         <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(brand)s" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/navbar/logo._V1_.png" /></a></td>
         <td class="navigation">
          <table align="right"><tbody><tr>
           <td> <a href="%(orders)s">%(nav0)s</a> </td>
           <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
           <td> <a href="%(account)s">%(nav1)s</a> </td>
           <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
           <td> <a class="last" href="%(home)s">%(nav2)s</a> </td>
          </tr></tbody></table>
         </td>
        </tr>
        <tr>
         <td class="title"> <h2>%(title)s</h2> %(order_label)s <a href="%(orderlink)s">%(order)s</a> </td>
        </tr>
       </tbody>
      </table>
      <table id="summary" cellpadding="0">
       <tbody>
        <tr>
         <td><span class="heading">%(greeting)s</span>
%(paras)s
         </td>
        </tr>
       </tbody>
      </table>
%(total)s%(items)s      <table id="closing" cellpadding="0">
       <tbody><tr><td>
%(closing)s
       <p><br />%(sig_pre)s<br /><span class="signature"><strong>%(signature)s</strong></span></p>
       </td></tr></tbody>
      </table>
      <table id="legalCopy" cellpadding="0">
       <tbody><tr><td>
%(legal)s
       </td></tr></tbody>
      </table>
     </td>
    </tr>
   </tbody>
  </table>
 </body>
</html>
""" % dict(css=CLASSIC_CSS, pixel=link("/gp/r.html?R=" + ralnum(14)), home=link("/ref=TE_tex_g"),
           brand=d.get("brand", mp.capitalize()),
           orders=link("/gp/css/order-history?ref_=TE_tex_yo"), account=link("/gp/css/homepage.html?ref_=TE_tex_ya"),
           nav0=nav[0], nav1=nav[1], nav2=nav[2], title=d["title"], order_label=d["order_label"],
           orderlink=link("/gp/css/summary/edit.html?orderID=" + d["order"]), order=d["order"],
           greeting=d["greeting"], paras=paras, total=total, items=items, closing=closing,
           sig_pre=d.get("sig_pre", ""), signature=d.get("signature", mp.capitalize()), legal=legal)


MODERN_HEAD = """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
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
.orderDetailsTable { font-size: 15px; line-height: 20px; }
.orderDetailsTable td { padding-bottom: 20px; }
.itemTitle { padding-left: 26px; padding-right: 22px; }
.orderIdTable { font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.orderIdTable a { text-decoration: none; color: #879596; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }
  </style>
 </head>
"""


def modern_html(d, link):
    items = "".join(
        '       <tr><td class="itemImage"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" /></td>'
        '<td class="itemTitle"><a href="%s" style="color:#008296;text-decoration:none;">%s</a><br />%s</td></tr>\n'
        % (ralnum(11), link("/dp/" + ralnum(10).upper()), esc(t), extra) for t, extra in d.get("items", []))
    info = "".join('         <tr><td>%s</td></tr>\n' % p for p in d["paras"])
    closing = "<br />\n".join(d.get("legal", []))
    return MODERN_HEAD + """ <body>
  <table class="emailBody" align="center"><tr><td class="emailBodyTD">
   <table class="brandTable"><tr><td><a href="%(home)s"><img class="brandImage" alt="%(brand)s" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" /></a></td></tr></table>
   <table class="emailContainer"><tr><td class="emailContainerTD">
    <table class="greetingTable"><tr><td>%(greeting)s</td></tr></table>
    <table class="informationTable">
%(info)s    </table>
    <table class="orderIdTable"><tr><td>%(order_label)s <a href="%(orderlink)s">%(order)s</a></td></tr></table>
    <table class="orderDetailsTable">
%(items)s    </table>
    <table class="orderIdTable"><tr><td><a href="%(button)s" style="color:#0066C0;">%(button_label)s</a></td></tr></table>
   </td></tr></table>
   <table><tr><td class="emailClosing">
%(closing)s
   </td></tr></table>
  </td></tr></table>
 </body>
</html>
""" % dict(home=link("/ref=TE_tex_g"), brand=d.get("brand", d["mp"]), greeting=d["greeting"], info=info,
           order_label=d["order_label"], orderlink=link("/gp/your-account/order-details?orderID=" + d["order"]),
           order=d["order"], items=items, button=link(d.get("button_path", "/gp/css/order-history")),
           button_label=d.get("button_label", "View order"), closing=closing)


def amazon_link(mp):
    return lambda path: "https://www." + mp + path


def evil_link(base):
    return lambda path: base + "?r=" + ralnum(10) + "&u=" + path.replace("/", "%2F")


def simple_html(body_html, lang="en"):
    return ('<html lang="%s">\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;">\n%s\n</body>\n</html>\n'
            % (lang, body_html))


def html_paras(text):
    """Very small text-to-HTML helper for letters and newsletters."""
    out = []
    for block in text.strip().split("\n\n"):
        out.append("<p>" + esc(block).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


MAILS = []  # filled by the language sections below


def add(**spec):
    MAILS.append(spec)

# ---------------------------------------------------------------------------
# link markup "[[label|/path]]" used in texts shared by text and HTML parts
# ---------------------------------------------------------------------------
import re

LINK_RE = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def md_html(s, link):
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append('<a href="%s">%s</a>' % (link(m.group(2)), esc(m.group(1))))
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def md_text(s, link):
    return LINK_RE.sub(lambda m: "%s: %s" % (m.group(1), link(m.group(2))), s)


def notice_parts(d, link, style="classic", text_link=None):
    """Return (text, html) for an Amazon-style notice dict d."""
    tl = text_link or link
    hd = dict(d)
    hd["paras"] = [md_html(p, link) for p in d["paras"]]
    hd["closing"] = [md_html(p, link) for p in d.get("closing", [])]
    hd["legal"] = [md_html(p, link) for p in d.get("legal", [])]
    if style == "classic":
        html = classic_html(hd, link)
    else:
        hd["items"] = [(t, "%s: %s &nbsp; %s" % (d["labels"][0], q, p)) for t, q, p, s in d.get("items", [])]
        html = modern_html(hd, link)
    sep = "_" * 75
    lines = ["%s %s" % (d.get("brand", d["mp"].capitalize()), d["title"]),
             ("%s%s" if d["order_label"].endswith("#") else "%s %s") % (d["order_label"], d["order"]),
             tl("/ref=TE_tex_g"), "", sep, "", d["greeting"], ""]
    for p in d["paras"]:
        lines += [md_text(p, tl), ""]
    if d.get("total"):
        lines += ["%s %s" % (d["total"][0], d["total"][1]), "%s %s" % (d["total"][2], d["total"][3]), ""]
    if d.get("items"):
        if d.get("items_heading"):
            lines += [d["items_heading"], "-" * len(d["items_heading"])]
        for t, q, p, s in d["items"]:
            lines += ["  " + t, "  %s: %s" % (d["labels"][0], q)] + (["  " + s] if s else []) + ["  " + p, ""]
    lines += ["=" * 76, ""]
    for p in d.get("closing", []):
        lines += [md_text(p, tl), ""]
    if d.get("sig_pre"):
        lines.append(d["sig_pre"])
    lines += [d.get("signature", d["mp"].capitalize()), sep, ""]
    for p in d.get("legal", []):
        lines += [md_text(p, tl), ""]
    return "\n".join(lines), html


def en_security(mp, spelling="uk"):
    brand = "Amazon." + mp.split("amazon.", 1)[1]
    return [
        "%s will never ask you to disclose or verify your password, full card number, bank details or a one-time "
        "passcode by email, text message or phone call." % brand,
        "If your card number or expiry date has changed, you can update it in [[Your Account > Your Payments|/cpe/yourpayments/wallet]].",
        "If you receive an email that looks suspicious, do not click any links or open attachments. "
        "[[Report a suspicious email|/gp/help/customer/display.html?nodeId=GC9MCDJJLNHGLP4H]] and learn how to "
        "[[identify suspicious emails|/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]].",
        "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.",
    ]


EN_NAV = {"amazon.com": "Amazon.com", "amazon.co.uk": "Amazon.co.uk", "amazon.ca": "Amazon.ca",
          "amazon.in": "Amazon.in", "amazon.com.au": "Amazon.com.au", "amazon.sg": "Amazon.sg",
          "amazon.ie": "Amazon.ie", "amazon.co.za": "Amazon.co.za"}

EN_LEGAL = {
    "amazon.com": "Amazon.com, Inc. and its affiliates, 410 Terry Avenue North, Seattle, WA 98109-5210.",
    "amazon.co.uk": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Registered in Luxembourg; RCS Luxembourg No: B 101818.",
    "amazon.ca": "Amazon.com.ca ULC, 40 King Street W, 47th Floor, Toronto, Ontario, Canada M5H 3Y2.",
    "amazon.in": "Amazon Seller Services Private Limited, Brigade Gateway, 8th floor, 26/1 Dr. Rajkumar Road, Malleshwaram (W), Bangalore - 560055.",
    "amazon.com.au": "Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 37, 2-26 Park Street, Sydney NSW 2000.",
    "amazon.sg": "Amazon Asia-Pacific Resources Private Limited, 23 Church Street, #10-01 Capital Square, Singapore 049481.",
    "amazon.ie": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.",
    "amazon.co.za": "Amazon Retail South Africa (Pty) Ltd, 5th Floor, Bridge House, Boundary Terraces, Mariendahl Lane, Newlands, Cape Town 7700.",
}


def en_notice_dict(mp, **kw):
    d = dict(mp=mp, brand=EN_NAV[mp], nav=("Your Orders", "Your Account", EN_NAV[mp]), order_label="Order #",
             labels=("Quantity",), signature=EN_NAV[mp], sig_pre="We hope to see you again soon.",
             legal=en_security(mp) + [EN_LEGAL[mp]])
    d.update(kw)
    return d


# ===========================================================================
# ENGLISH  (w1001 - w1020)
# ===========================================================================

# --- genuine notices -------------------------------------------------------
mp = "amazon.com"
d = en_notice_dict(
    mp, title="Order Canceled", order="113-4829175-6630142", greeting="Hello Daniel,",
    paras=["We're writing to let you know that we had to cancel the item listed below from your order. "
           "The seller was unable to fulfill it: the item is no longer available and we don't know when or if it will be back in stock.",
           "You haven't been charged for the canceled item. If you see a pending authorization on your statement, "
           "your card issuer will remove it within 3-5 business days.",
           "We're sorry for any inconvenience this may cause. You may be able to find this item from another seller on its "
           "[[product detail page|/dp/B0BYNZ8K4G]]."],
    items_heading="Canceled Items",
    items=[("Anker 737 Power Bank (PowerCore 24K), 24,000mAh 3-Port Portable Charger with 140W Output", 1, "$109.99",
            "Sold by: Anker Direct")],
    closing=["You can view the status of your other orders in [[Your Orders|/gp/css/order-history]].",
             "If you need further assistance with your order, please visit [[Customer Service|/gp/help/customer/display.html]]."])
t, h = notice_parts(d, amazon_link(mp))
when = rdate(0)
add(kind="notice", language="en", cause="inventory_shortage", states_reason=True, marketplace=mp,
    note="seller unable to fulfil, item unavailable; classic HTML+text, QP, DKIM/DMARC pass",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=amazon_received(mp, when), auth=auth_pass(mp),
    **{"from": ("Amazon.com", "order-update@amazon.com")}, reply_to="no-reply@amazon.com",
    to=("Daniel Moreno", "dmoreno1987@gmail.com"),
    subject="Your Amazon.com order #113-4829175-6630142 has been canceled",
    msgid=ses_msgid(), extra=amazon_extra(mp))

mp = "amazon.co.uk"
when = rdate(0)
t = """Amazon.co.uk
___________________________________________________________________________

Hello Priya,

We're writing to let you know that your order #204-7713390-1185921 has been cancelled because we were unable to process your payment.

We emailed you on 14 March asking you to revise the payment information for this order. As we didn't receive updated payment details within the time given, the order below has been cancelled and you have not been charged.

Cancelled items:

  Le Creuset Signature Cast Iron Round Casserole Dish, 24 cm, Volcanic
  Quantity: 1
  Sold by: Amazon EU S.a.r.l.
  \u00a3245.00

If you still want these items, please place a new order on Amazon.co.uk:
https://www.amazon.co.uk/gp/css/order-history?ref_=TE_tex_yo

To check the cards and other payment methods saved to your account, go to Your Account > Your Payments:
https://www.amazon.co.uk/cpe/yourpayments/wallet?ref_=TE_tex_pay

We hope to see you again soon.
Amazon.co.uk
___________________________________________________________________________

Amazon.co.uk will never ask you to disclose or verify your password, full card number or bank details by email, text message or phone call. If your card number or expiry date has changed, please update it in Your Account rather than through a link in an email.

If you receive an email that looks suspicious, you can report it here:
https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GC9MCDJJLNHGLP4H

Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Registered in Luxembourg; RCS Luxembourg No: B 101818.

Please note: This email was sent from a notification-only address that can't accept incoming email. Please do not reply to this message.
"""
add(kind="notice", language="en", cause="payment_issue", states_reason=True, marketplace=mp,
    note="payment revision not made in time; text-only 8bit, no auth header",
    structure="plain", cte="8bit", text=t, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.co.uk", "payments-messages@amazon.co.uk")}, reply_to="no-reply@amazon.co.uk",
    to=("Priya Shah", "priya.shah@btinternet.com"),
    subject="Your Amazon.co.uk order #204-7713390-1185921 has been cancelled",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

mp = "amazon.ca"
d = en_notice_dict(
    mp, title="Information about your order", order="701-2291846-5530178", greeting="Hello,",
    paras=["We're writing about your recent order for \"Sony WH-1000XM5 Wireless Noise Canceling Headphones - Black\".",
           "Due to a pricing error, this item was listed on Amazon.ca at an incorrect price of CDN$ 39.99. "
           "Because the price shown was the result of this error, we have canceled your order.",
           "You have not been charged for this order. Any pending authorization will be released by your bank.",
           "We apologize for any inconvenience. If you would still like to purchase this item, you can do so at the current price on the "
           "[[product detail page|/dp/B09XS7JWHH]]."],
    items_heading="Canceled Items",
    items=[("Sony WH-1000XM5 Wireless Noise Canceling Headphones - Black", 1, "CDN$ 39.99", "Sold by: Amazon.com.ca ULC")],
    closing=["Thank you for shopping with us."])
t, h = notice_parts(d, amazon_link(mp))
when = rdate(0)
add(kind="notice", language="en", cause="technical_issue", states_reason=True, marketplace=mp,
    note="pricing error; bulk 'Information from' subject; HTML-only base64; DKIM/DMARC pass",
    structure="html", cte="b64", html=h, date=when, received=amazon_received(mp, when), auth=auth_pass(mp),
    **{"from": ("Amazon.ca", "order-update@amazon.ca")}, reply_to="no-reply@amazon.ca",
    to=("Mathieu Tremblay", "m.tremblay@videotron.ca"), subject="Information from Amazon.ca",
    msgid=ses_msgid(), extra=amazon_extra(mp))

mp = "amazon.in"
d = en_notice_dict(
    mp, title="Your order has been cancelled", order="408-3318840-2219542", greeting="Hello Rahul,",
    paras=["We noticed unusual activity on your Amazon.in account. As a precaution, we have placed a temporary hold on your account "
           "and cancelled your order #408-3318840-2219542, which was flagged during our security review.",
           "To remove the hold, sign in to your account on the Amazon.in website or app and follow the on-screen instructions to verify your identity "
           "and the payment method used for this order. You won't need to click any link in this email.",
           "If the amount was debited, it will be refunded to the original payment method within 5-7 business days."],
    items_heading="Cancelled Items",
    items=[("Apple iPhone 15 (128 GB) - Black", 1, "\u20b9 69,900.00", "Sold by: Appario Retail Private Ltd"),
           ("Apple 20W USB-C Power Adapter", 1, "\u20b9 1,699.00", "Sold by: Appario Retail Private Ltd")],
    closing=["If you need further assistance, please visit [[Help & Customer Service|/gp/help/customer/display.html]]."])
t, h = notice_parts(d, amazon_link(mp))
when = rdate(0)
add(kind="notice", language="en", cause="fraud_prevention", states_reason=True, marketplace=mp,
    note="unusual activity, account hold, order flagged in security review; HTML+text QP; no auth header",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "ap-south-1"),
    **{"from": ("Amazon.in", "account-update@amazon.in")}, reply_to="no-reply@amazon.in",
    to=("Rahul Verma", "rahul.verma.blr@gmail.com"),
    subject="Your Amazon.in order #408-3318840-2219542 has been cancelled",
    msgid=ses_msgid("ap-south-1"), extra=amazon_extra(mp))

mp = "amazon.com.au"
when = rdate(10)
t = """Amazon.com.au

Hello Sam,

As you requested, we've cancelled the following item(s) from your order #250-6604719-3381055.

Cancel Reason: Customer Canceled

Breville the Barista Express Espresso Machine, Brushed Stainless Steel, BES870BSS
Quantity: 1
Price: A$ 749.00
Sold by: Amazon Commercial Services Pty Ltd

If you've already been charged for this item, a refund will be issued to your original payment method. Refunds usually appear within 3-5 business days.

You can view your orders at any time in Your Orders:
https://www.amazon.com.au/gp/css/order-history?ref_=TE_tex_yo

We hope to see you again soon.

Amazon.com.au

--------------------------------------------------------------------
Amazon.com.au will never ask you for your password, card details or a one-time passcode by email or phone. If your card has expired or the number has changed, update it in Your Account: https://www.amazon.com.au/cpe/yourpayments/wallet
Learn how to recognise and report suspicious emails: https://www.amazon.com.au/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B

Amazon Commercial Services Pty Ltd, ABN 30 616 935 623.
This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
"""
add(kind="notice", language="en", cause="customer_request", states_reason=True, marketplace=mp,
    note="'Successful cancellation' customer template with Cancel Reason line; text-only QP; DKIM/DMARC pass",
    structure="plain", cte="qp", text=t, date=when, received=amazon_received(mp, when, "ap-southeast-2"),
    auth=auth_pass(mp, "mx.outlook.com"),
    **{"from": ("Amazon.com.au", "auto-confirm@amazon.com.au")}, reply_to="no-reply@amazon.com.au",
    to=("Sam O'Connell", "sam.oconnell@bigpond.com"),
    subject='Successful cancellation of "Breville the Barista Express Espresso..." from your Amazon.com.au order #250-6604719-3381055',
    msgid=ses_msgid("ap-southeast-2"), extra=amazon_extra(mp))

mp = "amazon.sg"
d = en_notice_dict(
    mp, title="Item cancelled", order="503-9920417-7746203", greeting="Hi Wei Ling,",
    paras=["We're sorry to let you know that the following item has been cancelled from your order.",
           "You won't be charged for the cancelled item. Any other items in your order will be delivered as planned."],
    items_heading="Cancelled Items",
    items=[("Dyson V12 Detect Slim Cordless Vacuum Cleaner", 1, "S$ 949.00", "Sold by: Amazon Asia-Pacific Resources")],
    button_label="View or manage order", legal=en_security(mp) + [EN_LEGAL[mp]])
t, h = notice_parts(d, amazon_link(mp), style="modern")
when = rdate(8)
add(kind="notice", language="en", cause="unknown", states_reason=False, marketplace=mp,
    note="item cancelled, no reason given; modern template; base64 multipart; no auth header",
    structure="alt", cte="b64", text=t, html=h, date=when, received=amazon_received(mp, when, "ap-southeast-1"),
    **{"from": ("Amazon.sg", "order-update@amazon.sg")}, reply_to="no-reply@amazon.sg",
    to=("Tan Wei Ling", "weiling.tan@singnet.com.sg"),
    subject="1 item has been cancelled from your Amazon.sg order #503-9920417-7746203",
    msgid=ses_msgid("ap-southeast-1"), extra=amazon_extra(mp))

# --- non-notices ------------------------------------------------------------
when = rdate(-7)
t = """Hi alex_r_2019,

The seller has cancelled your order.

Order number: 19-11842-57730
Item: Nintendo Switch OLED Model - White (UK Version) - NEW SEALED
Seller: gamezone_outlet (4,812)
Cancellation reason: Out of stock or cannot fulfil

Note from the seller:
"So sorry about this. This was our last unit and it sold through our Amazon storefront before the stock levels synced to eBay. Your refund has been issued in full."

Refund: $329.99 to your PayPal account. Refunds normally show within 3-5 business days.

What's next?
- Find similar items: https://www.ebay.com/sch/i.html?_nkw=nintendo+switch+oled
- Leave feedback for this seller in your Purchase History.

We never ask for your password or payment details by email. Learn more about spoof emails: https://www.ebay.com/help/account/protecting-account/recognizing-spoof-fake-emails

eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125
"""
h = simple_html(html_paras(t))
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="eBay seller cancellation; seller note mentions their Amazon storefront",
    structure="alt", cte="qp", text=t, html=h, date=when,
    **{"from": ("eBay", "ebay@ebay.com")}, to=("alex_r_2019", "alex.rivera2019@gmail.com"),
    subject="Order cancelled: Nintendo Switch OLED Model - White (UK Version) - NEW...",
    msgid=plain_msgid("starship.ebay.com"))

when = rdate(-5)
t = """Hey Jo,

Quick update on the gear list: I cancelled my Amazon order for the tent (the Coleman 6-person one). The delivery date had slipped to the 28th, so it would have turned up after we're back. Got the cancellation confirmation this morning, so no harm done.

Could you bring yours instead? If not I'll rent one from the outfitter in town on Friday.

Also - are we still leaving at 7?

Marcus

On Tue, Jo Pearson <jo.pearson@outlook.com> wrote:
> Did the tent ever ship? Amazon said it was coming Thursday.
> Jo
"""
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="friend says he cancelled his own Amazon order",
    structure="plain", cte="7bit", text=t, date=when,
    **{"from": ("Marcus Bell", "marcus.bell82@gmail.com")}, to=("Jo Pearson", "jo.pearson@outlook.com"),
    subject="Re: camping weekend - gear", msgid=plain_msgid("mail.gmail.com"),
    extra=[("In-Reply-To", plain_msgid("outlook.com"))])

when = rdate(1)
t = """SCAM ALERT | This week's warning

Fake "Your Amazon order has been cancelled" emails are doing the rounds

Our readers have forwarded us dozens of emails over the past fortnight with subject lines such as:

  "Your Amazon.co.uk order #202-5519843-00712 has been cancelled"
  "Order Cancelled - Payment Failed - Action Required"

The messages claim that a payment failed or that "unusual activity" was detected, and urge you to click a button or call a phone number to "reinstate" the order or claim a refund. The links lead to convincing copies of the Amazon sign-in page that harvest your password and card details.

How to spot them:
- Check the sender's address, not just the display name. Genuine Amazon emails come from an address ending in @amazon.co.uk.
- Amazon will never ask you to confirm card details or a one-time passcode by email or phone.
- Go to Your Orders directly in the app or website rather than following links.
- If in doubt, forward the email to Amazon's reporting address and delete it.

Read the full article: https://www.which.co.uk/consumer-rights/advice/fake-amazon-cancellation-emails

You're receiving this email because you signed up to Which? Scam Alerts. Unsubscribe: https://www.which.co.uk/unsubscribe?u=8842d1
Which?, 2 Marylebone Road, London NW1 4DF
"""
h = simple_html('<h1 style="font-size:22px;color:#e2001a;">Scam alert</h1>\n' + html_paras(t))
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="consumer newsletter about fake Amazon cancellation emails, quotes fake subjects",
    structure="alt", cte="qp", text=t, html=h, date=when,
    **{"from": ("Which? Scam Alerts", "scamalerts@emails.which.co.uk")}, to=(None, "h.gardner@talktalk.net"),
    subject="Scam alert: fake 'Your Amazon order has been cancelled' emails",
    msgid=plain_msgid("emails.which.co.uk"),
    extra=[("List-Unsubscribe", "<https://www.which.co.uk/unsubscribe?u=8842d1>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")])

mp = "amazon.co.uk"
when = rdate(0)
t = """Amazon Fresh

Hello Hannah,

We're sorry, but because of a vehicle issue in your area we've had to cancel your delivery slot:

  Tuesday 14 May, 7:00pm - 8:00pm

Your order #206-1148832-5527014 has NOT been cancelled. Your basket and substitution preferences are saved.

Please choose a new delivery slot here:
https://www.amazon.co.uk/alm/storefront?almBrandId=QW1hem9uIEZyZXNo&ref_=fresh_slot

As an apology, we've waived the delivery fee for your rescheduled slot.

Amazon.co.uk will never ask you for your password or card details by email. Report suspicious emails: https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GC9MCDJJLNHGLP4H

Amazon Fresh
"""
h = simple_html(html_paras(t))
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.co.uk Fresh: delivery slot cancelled, order explicitly not cancelled",
    structure="alt", cte="b64", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon Fresh", "fresh-orders@amazon.co.uk")}, reply_to="no-reply@amazon.co.uk",
    to=("Hannah Clarke", "hannah.clarke@gmail.com"),
    subject="Your Amazon Fresh delivery slot has been cancelled - please choose a new slot",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

mp = "amazon.ie"
when = rdate(1)
t = """Hello Ciara,

Your Amazon Prime membership has been cancelled.

You will continue to enjoy your Prime benefits until 2 June. After that date you will not be charged the membership fee of \u20ac6.99/month again.

Any orders you've already placed are not affected and will be delivered as normal.

Changed your mind? You can restart your membership at any time:
https://www.amazon.ie/gp/primecentral

Amazon.ie will never ask for your password or card number by email.

Thanks,
The Amazon Prime Team
"""
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.ie Prime membership cancelled (subscription)",
    structure="plain", cte="qp", text=t, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon Prime", "prime@amazon.ie")}, to=("Ciara Byrne", "ciarabyrne@eircom.net"),
    subject="Your Amazon Prime membership has been cancelled", msgid=ses_msgid("eu-west-1"),
    extra=amazon_extra(mp))

mp = "amazon.co.za"
d = en_notice_dict(
    mp, title="Action needed: update your payment", order="171-5527704-0036618", greeting="Hello Thabo,",
    paras=["We were unable to process the payment for your order using your Visa card ending in 4417. Your order is on hold until the payment is revised.",
           "Please update your payment information by 21 October so we can process your order. "
           "If we don't receive a valid payment method by then, your order will be cancelled.",
           "To revise the payment, go to [[Your Orders|/gp/css/order-history]], select this order and choose \"Revise payment\"."],
    items_heading="Items on hold",
    items=[("Samsung Galaxy Tab S9 FE 10.9\" 128GB Wi-Fi, Grey", 1, "R 7,999.00", "Sold by: Amazon")],
    closing=["Thank you for shopping with us."])
t, h = notice_parts(d, amazon_link(mp))
when = rdate(2)
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.co.za payment reminder; order will be cancelled if not updated (not yet cancelled); DKIM/DMARC pass",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    auth=auth_pass(mp),
    **{"from": ("Amazon.co.za", "payments-messages@amazon.co.za")}, reply_to="no-reply@amazon.co.za",
    to=("Thabo Nkosi", "thabo.nkosi@mweb.co.za"),
    subject="Action needed: revise payment for your Amazon.co.za order #171-5527704-0036618",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

# --- look-alikes (phishing) ------------------------------------------------
when = rdate(-5)
t = """Dear Customer,

Your Amazon order #112-7736401-3355108 has been cancelled due to suspicious activity detected on your account.

Order Details:
Item: Apple iPhone 15 Pro Max 256GB - Natural Titanium
Amount: $1,249.00
Payment: Visa ending ****2231

If you did NOT place this order, or want to reinstate it, please call the Amazon Fraud Department immediately at

    +1 (844) 390-7725  (Toll Free, 24/7)

Our representative will help you secure your account and process your refund. Do not reply to this email.

Thank you,
Amazon Customer Service
"""
add(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="callback-phone scam from gmail; well-formed order number",
    structure="plain", cte="7bit", text=t, date=when,
    received=[received("mx.recipient.example", "mail-sor-f41.google.com", "209.85.220.41", when)],
    auth="mx.recipient.example;\n       dkim=pass header.d=gmail.com;\n       spf=pass smtp.mailfrom=gmail.com;\n       dmarc=pass header.from=gmail.com",
    **{"from": ("Amazon Order Support", "amazon.ordersupport.desk@gmail.com")},
    to=(None, "kwilliams@comcast.net"),
    subject="Order Cancelled: Apple iPhone 15 Pro Max 256GB - Order #112-7736401-3355108",
    msgid=plain_msgid("mail.gmail.com"))

when = rdate(0)
t = """Amazon Account Security

Dear Customer,

We have suspended your Amazon account and cancelled your recent order #206-3341187-09931 because we were unable to verify your identity.

To restore your account and reinstate your order, please use the security code below:

    Security code:  AMZ-4471-903

Enter the code on our secure restoration page within 24 hours:
https://amazon-account-verify.co/restore?id=UK-4471903

If you do not restore your account within 24 hours, it will be permanently closed and any outstanding balance will be forfeited.

Sincerely,
Amazon.co.uk Account Security Team
"""
h = simple_html("""<div style="max-width:600px;margin:0 auto;border:1px solid #ddd;padding:20px;">
<img src="https://amazon-account-verify.co/img/amazon-logo.png" alt="amazon" width="120"><hr>
<p>Dear Customer,</p>
<p>We have <b>suspended your Amazon account</b> and cancelled your recent order <b>#206-3341187-09931</b> because we were unable to verify your identity.</p>
<p>To restore your account and reinstate your order, please use the security code below:</p>
<p style="font-size:24px;letter-spacing:4px;text-align:center;background:#f3f3f3;padding:12px;"><b>AMZ-4471-903</b></p>
<p style="text-align:center;"><a href="https://amazon-account-verify.co/restore?id=UK-4471903" style="background:#f0c14b;color:#111;padding:10px 24px;border-radius:3px;text-decoration:none;">Restore my account</a></p>
<p>If you do not restore your account within 24 hours, it will be permanently closed and any outstanding balance will be forfeited.</p>
<p>Sincerely,<br>Amazon.co.uk Account Security Team</p>
</div>""")
add(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled + security code; look-alike domain; malformed order number",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "vps-22871.contaboserver.net", "161.97.143.22", when)],
    **{"from": ("Amazon Security", "security-alert@amazon-account-verify.co")},
    to=(None, "gareth.evans@sky.com"),
    subject="Your account has been suspended - order cancelled (Ref: 9912-A)",
    msgid=plain_msgid("amazon-account-verify.co"))

when = rdate(1)
t = """Dear Valued Costumer ,

We was unable to charge your card for your recent order and so your order is CANCELED. 

To re-activate your order and avoid your account to be lock , please REPLY this email with the following informations :

- Full Name :
- Card Number :
- Expiry Date :
- CVV :
- Billing Address :
- Date of Birth :

Failure to respond within 12 hours will result to permanent account lock.

Regards
Amazon Billing Departement
"""
add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude 'reply with your card details' from outlook.com; no order number",
    structure="plain", cte="7bit", text=t, date=when,
    **{"from": ("Amazon Billing Departement", "amazon.billing.dept@outlook.com")},
    reply_to="amazon.refund.center@outlook.com",
    to=(None, "undisclosed-recipients:;"),
    subject="URGENT : Your Order Canceled - Payment Failed !!!",
    msgid=plain_msgid("PH0PR12MB5583.namprd12.prod.outlook.com"))

mp = "amazon.co.uk"
evil = evil_link("https://refund-amazon.co-uk.help/session")
d = en_notice_dict(
    mp, title="Order Cancellation", order="202-8847120-4469315", greeting="Hello,",
    paras=["We're sorry - the item below is out of stock and the seller could not dispatch it, so we have cancelled your order.",
           "A refund of \u00a3189.99 is waiting for you. To receive your refund, please confirm your card details within 48 hours at "
           "[[https://www.amazon.co.uk/refunds|/refunds]]. Refunds that are not confirmed will be returned to the seller."],
    items_heading="Cancelled Items",
    items=[("Ninja Foodi MAX Dual Zone Air Fryer AF400UK", 1, "\u00a3189.99", "Sold by: Amazon EU S.a.r.l.")],
    closing=["If you need further assistance with your order, please visit [[Customer Service|/gp/help/customer]]."])
_, h = notice_parts(d, evil)
when = rdate(0)
add(kind="lookalike", language="en", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished copy of real template; link text shows amazon.co.uk, hrefs go to refund-amazon.co-uk.help; HTML-only base64",
    structure="html", cte="b64", html=h, date=when,
    received=[received("mx.recipient.example", "mail.refund-amazon.co-uk.help", "45.153.34.190", when)],
    **{"from": ("Amazon.co.uk", "order-update@amazon-orders.help")}, reply_to="no-reply@amazon-orders.help",
    to=(None, "s.patel@virginmedia.com"),
    subject="Your Amazon.co.uk order #202-8847120-4469315 has been cancelled",
    msgid=plain_msgid("amazon-orders.help"))

mp = "amazon.com"
evil = evil_link("https://amazon.com.order-status.top/ap/signin")
d = en_notice_dict(
    mp, title="Order canceled", order="114-2093381-7720165", greeting="Hello,",
    paras=["Due to a technical error in our payment processing system, your order #114-2093381-7720165 was canceled.",
           "To have your order processed again, please sign in and re-confirm your billing details. "
           "Orders that are not re-confirmed within 24 hours cannot be restored."],
    items=[("Bose QuietComfort Ultra Earbuds - Black", 1, "$299.00", "")],
    button_label="Re-confirm billing details", button_path="/billing", legal=en_security(mp))
t, h = notice_parts(d, evil, style="modern")
when = rdate(-4)
add(kind="lookalike", language="en", cause="technical_issue", states_reason=True, marketplace=None,
    note="Cyrillic A homoglyph in display name; sender domain amazon.com.order-status.top; links to same",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "smtp.order-status.top", "91.215.85.17", when)],
    **{"from": ("\u0410mazon.com", "no-reply@amazon.com.order-status.top")},
    to=(None, "lisa.nguyen@yahoo.com"),
    subject="Your Amazon.com order #114-2093381-7720165 has been canceled",
    msgid=plain_msgid("amazon.com.order-status.top"))

when = rdate(-5)
t = """Amazon.ca

Hello,

Your payment for order #701-5538210-9917734 was declined by your bank.

Your order will be cancelled unless you update your payment information within 24 hours.

Update payment: http://amaz0n-ca.com/payment/update?o=701-5538210-9917734

Items in this order:
  Apple AirPods Pro (2nd generation) with MagSafe Case (USB-C) - CDN$ 329.00

Thank you for shopping with Amazon.ca
"""
h = simple_html("""<table width="600" align="center" style="border-top:3px solid #232f3e;"><tr><td style="padding:16px;">
<p style="font-size:20px;">amazon.ca</p>
<p>Hello,</p>
<p>Your payment for order <b>#701-5538210-9917734</b> was <span style="color:#b12704;">declined</span> by your bank.</p>
<p><b>Your order will be cancelled unless you update your payment information within 24 hours.</b></p>
<p><a href="http://amaz0n-ca.com/payment/update?o=701-5538210-9917734" style="background:#ffd814;padding:8px 20px;border-radius:8px;color:#0f1111;text-decoration:none;">Update payment</a></p>
<p>Items in this order:<br>Apple AirPods Pro (2nd generation) with MagSafe Case (USB-C) &ndash; CDN$ 329.00</p>
<p style="color:#666;font-size:12px;">Thank you for shopping with Amazon.ca</p>
</td></tr></table>""")
add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="amaz0n look-alike domain; threatens the order will be cancelled unless payment updated",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "mail.amaz0n-ca.com", "193.42.33.71", when)],
    **{"from": ("Amazon.ca", "orders@amaz0n-ca.com")}, to=(None, "b.lefebvre@rogers.com"),
    subject="Action required: your order will be cancelled in 24 hours",
    msgid=plain_msgid("amaz0n-ca.com"))

when = rdate(-6)
t = """Hello,

Your Amazon order has been canceled.

Order: #A0032-11
Amount: $499.99

Please click the link below to view details and get your refund.

http://bit.ly/3xAmzRf

Thanks
Amazon
"""
add(kind="lookalike", language="en", cause="unknown", states_reason=False, marketplace=None,
    note="crude; yahoo sender; malformed order number; no reason; shortened link",
    structure="plain", cte="7bit", text=t, date=when,
    **{"from": ("amazon", "jenny_m4831@yahoo.com")}, to=(None, "mike.d@aol.com"),
    subject="Your order has been cancelled #A0032-11", msgid=plain_msgid("sonic.gate.mail.ne1.yahoo.com"))

mp = "amazon.com.au"
evil = evil_link("https://amazon-au.account-review.co/dispute")
d = en_notice_dict(
    mp, title="Cancellation confirmed", order="250-3198824-6617403", greeting="Hello,",
    paras=["As requested, we have cancelled the following item(s) from your order #250-3198824-6617403.",
           "Cancel Reason: Customer Canceled",
           "If you did not request this cancellation, someone else may have access to your account. Dispute the cancellation within 24 hours at "
           "[[https://www.amazon.com.au/your-orders|/dispute]] or call our account team on 1800 951 432."],
    items_heading="Cancelled Items",
    items=[("Samsung Galaxy S24 Ultra 5G 512GB - Titanium Black", 1, "A$ 2,349.00", "Sold by: Amazon Commercial Services Pty Ltd")],
    closing=["We hope to see you again soon."])
t, h = notice_parts(d, evil)
when = rdate(10)
add(kind="lookalike", language="en", cause="customer_request", states_reason=True, marketplace=None,
    note="spoofed From auto-confirm@amazon.com.au with dmarc=fail; Reply-To and links elsewhere; callback number",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "mta4.mailer-relay.xyz", "185.234.72.19", when)],
    auth=auth_fail("amazon.com.au", "mailer-relay.xyz", "mx.outlook.com"),
    **{"from": ("Amazon.com.au", "auto-confirm@amazon.com.au")}, reply_to="support@amazon-au.account-review.co",
    to=(None, "jess.taylor@optusnet.com.au"),
    subject='Successful cancellation of "Samsung Galaxy S24 Ultra 5G..." from your Amazon.com.au order #250-3198824-6617403',
    msgid=plain_msgid("mailer-relay.xyz"))


# ===========================================================================
# GERMAN  (w1021 - w1040)
# ===========================================================================

DE_LEGAL = ("Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Sitz der Gesellschaft: Luxemburg. "
            "Handelsregister: R.C.S. Luxemburg, Nr. B 101818. USt-IdNr. LU 20260743.")


def de_security():
    return [
        "Amazon.de wird Sie niemals per E-Mail, SMS oder Telefon auffordern, Ihr Passwort, Ihre vollst\u00e4ndige Kartennummer, "
        "Ihre Bankdaten oder einen Einmal-Code preiszugeben oder zu best\u00e4tigen.",
        "Wenn sich Ihre Kartennummer oder das Ablaufdatum Ihrer Karte ge\u00e4ndert hat, k\u00f6nnen Sie die Angaben unter "
        "[[Mein Konto > Meine Zahlungen|/cpe/yourpayments/wallet]] aktualisieren.",
        "Wenn Sie eine verd\u00e4chtige E-Mail erhalten, klicken Sie auf keine Links und \u00f6ffnen Sie keine Anh\u00e4nge. "
        "[[Verd\u00e4chtige E-Mails melden|/gp/help/customer/display.html?nodeId=GC9MCDJJLNHGLP4H]] \u00b7 "
        "[[So erkennen Sie Phishing|/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]]",
        "Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.",
    ]


def de_notice_dict(**kw):
    d = dict(mp="amazon.de", brand="Amazon.de", nav=("Meine Bestellungen", "Mein Konto", "Amazon.de"),
             order_label="Bestellung #", labels=("Menge",), signature="Amazon.de",
             sig_pre="Wir hoffen, Sie bald wiederzusehen.", items_heading="Stornierte Artikel",
             legal=de_security() + [DE_LEGAL])
    d.update(kw)
    return d


mp = "amazon.de"
AL = amazon_link(mp)

# --- genuine notices -------------------------------------------------------
d = de_notice_dict(
    title="Stornierung Ihrer Bestellung", order="302-5581946-2273108", greeting="Guten Tag Frau Hoffmann,",
    paras=["leider m\u00fcssen wir Ihnen mitteilen, dass wir den unten aufgef\u00fchrten Artikel aus Ihrer Bestellung stornieren mussten. "
           "Der Artikel ist derzeit nicht vorr\u00e4tig, und unser Lieferant konnte uns keinen verl\u00e4sslichen Liefertermin nennen.",
           "F\u00fcr den stornierten Artikel wurde Ihnen nichts berechnet. Eine eventuell angezeigte Reservierung auf Ihrer Karte "
           "wird von Ihrer Bank innerhalb weniger Tage freigegeben.",
           "Wir bitten um Entschuldigung. M\u00f6glicherweise finden Sie auf der [[Produktdetailseite|/dp/B0BV5CQGHM]] Angebote anderer Verk\u00e4ufer."],
    items=[("De'Longhi Magnifica Evo ECAM292.81.B Kaffeevollautomat mit Milchsystem", 1, "449,99 \u20ac",
            "Verkauf durch: Amazon EU S.\u00e0 r.l.")],
    closing=["Den Status Ihrer anderen Bestellungen finden Sie unter [[Meine Bestellungen|/gp/css/order-history]]."])
t, h = notice_parts(d, AL)
when = rdate(0)
add(kind="notice", language="de", cause="inventory_shortage", states_reason=True, marketplace=mp,
    note="Artikel nicht vorr\u00e4tig, Lieferant kann nicht liefern; classic HTML+text QP; DKIM/DMARC pass",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    auth=auth_pass(mp, "mx.web.de"), **{"from": ("Amazon.de", "order-update@amazon.de")},
    reply_to="no-reply@amazon.de", to=("Sabine Hoffmann", "sabine.hoffmann@web.de"),
    subject="Ihre Amazon.de Bestellung #302-5581946-2273108 wurde storniert",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

when = rdate(0)
t = """Amazon.de
___________________________________________________________________________

Guten Tag Herr Kr\u00fcger,

wir konnten die Zahlung f\u00fcr Ihre Bestellung #304-1190375-8842611 nicht autorisieren. Ihr Kartenaussteller hat die Belastung Ihrer Visa-Karte mit der Endung 0392 abgelehnt.

Am 3. Februar hatten wir Sie gebeten, die Zahlungsinformationen f\u00fcr diese Bestellung zu aktualisieren. Da innerhalb der genannten Frist keine Aktualisierung erfolgt ist, haben wir die Bestellung storniert. Es wurde Ihnen nichts berechnet.

Stornierte Artikel:

  Garmin Forerunner 265 GPS-Laufuhr, AMOLED-Display, Schwarz
  Menge: 1
  Verkauf durch: Amazon EU S.\u00e0 r.l.
  349,99 \u20ac

Wenn Sie den Artikel weiterhin kaufen m\u00f6chten, geben Sie bitte eine neue Bestellung auf.

Ihre gespeicherten Zahlungsarten k\u00f6nnen Sie unter Mein Konto > Meine Zahlungen pr\u00fcfen und \u00e4ndern:
https://www.amazon.de/cpe/yourpayments/wallet?ref_=TE_tex_pay

Wir hoffen, Sie bald wiederzusehen.
Amazon.de
___________________________________________________________________________

Amazon.de wird Sie niemals per E-Mail auffordern, Ihr Passwort, Ihre Kartennummer oder Ihre Bankdaten anzugeben. Wenn sich Ihre Kartennummer oder das Ablaufdatum ge\u00e4ndert hat, aktualisieren Sie die Angaben bitte direkt in Ihrem Konto und nicht \u00fcber einen Link in einer E-Mail.

Verd\u00e4chtige E-Mails k\u00f6nnen Sie hier melden:
https://www.amazon.de/gp/help/customer/display.html?nodeId=GC9MCDJJLNHGLP4H

Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister: R.C.S. Luxemburg, Nr. B 101818.

Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann.
"""
add(kind="notice", language="de", cause="payment_issue", states_reason=True, marketplace=mp,
    note="Zahlung nicht autorisiert, Frist zur Aktualisierung verstrichen; text-only iso-8859-15 8bit; no auth",
    structure="plain", charset="iso-8859-15", header_charset="iso-8859-15", cte="8bit", text=t, date=when,
    received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.de", "payments-messages@amazon.de")}, reply_to="no-reply@amazon.de",
    to=("J\u00fcrgen Kr\u00fcger", "j.krueger@t-online.de"),
    subject="Ihre Amazon.de-Bestellung #304-1190375-8842611 wurde storniert",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

d = de_notice_dict(
    title="Information zu Ihrer Bestellung", order="303-6620418-1957306", greeting="Guten Tag,",
    paras=["wir schreiben Ihnen bez\u00fcglich Ihrer Bestellung des Artikels \u201eLEGO 10316 Icons Herr der Ringe: Bruchtal\u201c.",
           "Aufgrund eines Preisfehlers wurde dieser Artikel auf Amazon.de zu einem falschen Preis von 49,99 \u20ac angezeigt. "
           "Da der angezeigte Preis auf diesem Fehler beruhte, haben wir Ihre Bestellung storniert.",
           "Ihnen wurde nichts berechnet. Wenn Sie den Artikel zum aktuellen Preis kaufen m\u00f6chten, besuchen Sie bitte die "
           "[[Produktdetailseite|/dp/B0C1ZBLH7C]].",
           "Wir entschuldigen uns f\u00fcr die Unannehmlichkeiten."],
    items=[("LEGO 10316 Icons Herr der Ringe: Bruchtal", 1, "49,99 \u20ac", "Verkauf durch: Amazon EU S.\u00e0 r.l.")])
t, h = notice_parts(d, AL)
when = rdate(1)
add(kind="notice", language="de", cause="technical_issue", states_reason=True, marketplace=mp,
    note="Preisfehler; 'Information von Amazon.de'; HTML-only base64; DKIM/DMARC pass",
    structure="html", cte="b64", html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    auth=auth_pass(mp, "mx.gmx.net"), **{"from": ("Amazon.de", "order-update@amazon.de")},
    reply_to="no-reply@amazon.de", to=("Lukas Brandt", "lukas.brandt@gmx.de"),
    subject="Information von Amazon.de", msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

d = de_notice_dict(
    title="Ihre Bestellung wurde storniert", order="303-9047712-6610348", greeting="Guten Tag,",
    paras=["bei einer routinem\u00e4\u00dfigen \u00dcberpr\u00fcfung haben wir ungew\u00f6hnliche Aktivit\u00e4ten in Ihrem Amazon.de-Konto festgestellt. "
           "Zu Ihrem Schutz haben wir Ihr Konto vor\u00fcbergehend gesperrt und Ihre Bestellung #303-9047712-6610348 storniert.",
           "Um die Sperre aufzuheben, melden Sie sich bitte direkt auf der Amazon.de-Website oder in der Amazon Shopping-App an "
           "und folgen Sie den Anweisungen zur Best\u00e4tigung Ihrer Identit\u00e4t und Ihrer Zahlungsart. "
           "Sie m\u00fcssen dazu auf keinen Link in dieser E-Mail klicken.",
           "Bereits belastete Betr\u00e4ge werden Ihrem urspr\u00fcnglichen Zahlungsmittel innerhalb von 3-5 Werktagen erstattet."],
    items=[("Apple MacBook Air 13\" (M3, 16 GB RAM, 512 GB SSD) - Mitternacht", 1, "1.449,00 \u20ac", "Verkauf durch: Amazon EU S.\u00e0 r.l."),
           ("Apple AppleCare+ f\u00fcr MacBook Air", 1, "239,00 \u20ac", "Verkauf durch: Amazon EU S.\u00e0 r.l.")])
t, h = notice_parts(d, AL)
when = rdate(2)
add(kind="notice", language="de", cause="fraud_prevention", states_reason=True, marketplace=mp,
    note="ungew\u00f6hnliche Aktivit\u00e4t, Konto gesperrt, Identit\u00e4tspr\u00fcfung; HTML+text QP; no auth",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.de", "account-update@amazon.de")}, reply_to="no-reply@amazon.de",
    to=("Mehmet Yilmaz", "m.yilmaz@freenet.de"),
    subject="Ihre Amazon.de-Bestellung #303-9047712-6610348 wurde storniert",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

when = rdate(0)
t = """Amazon.de

Guten Tag,

wie gew\u00fcnscht haben wir den folgenden Artikel aus Ihrer Bestellung #305-7731950-4428163 storniert.

Stornierungsgrund: Vom Kunden storniert

  Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (2x 2,0 Ah Akku, L-BOXX)
  Menge: 1
  Preis: 189,90 \u20ac
  Verkauf durch: Werkzeug-Profi24 GmbH

Falls Ihnen der Betrag bereits belastet wurde, erstatten wir ihn auf Ihr urspr\u00fcngliches Zahlungsmittel. Erstattungen werden in der Regel innerhalb von 3-5 Werktagen sichtbar.

Ihre Bestellungen: https://www.amazon.de/gp/css/order-history?ref_=TE_tex_yo

Wir hoffen, Sie bald wiederzusehen.
Amazon.de

------------------------------------------------------------------
Amazon.de wird Sie niemals per E-Mail oder Telefon nach Ihrem Passwort, Ihren Kartendaten oder einem Einmal-Code fragen. Ist Ihre Karte abgelaufen oder hat sich die Nummer ge\u00e4ndert, aktualisieren Sie sie in Ihrem Konto: https://www.amazon.de/cpe/yourpayments/wallet
So erkennen und melden Sie verd\u00e4chtige E-Mails: https://www.amazon.de/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B

Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.
"""
add(kind="notice", language="de", cause="customer_request", states_reason=True, marketplace=mp,
    note="'Erfolgreiche Stornierung' mit Stornierungsgrund: Vom Kunden storniert; text-only utf-8 8bit; DKIM/DMARC pass",
    structure="plain", cte="8bit", text=t, date=when, received=amazon_received(mp, when, "eu-west-1"),
    auth=auth_pass(mp, "mx.google.com"), **{"from": ("Amazon.de", "auto-confirm@amazon.de")},
    reply_to="no-reply@amazon.de", to=("Tobias Schneider", "tobias.schneider88@gmail.com"),
    subject="Erfolgreiche Stornierung von \u201eBosch Professional 18V System Akku-Bohrschrauber...\u201c aus Ihrer Amazon.de-Bestellung #305-7731950-4428163",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

d = de_notice_dict(
    title="Bestellung storniert", order="306-4482017-9931544", greeting="Hallo Anna,",
    paras=["wir konnten die von Ihnen angegebene Lieferadresse nicht best\u00e4tigen: Laut unserem Zustellpartner ist die "
           "Packstation 142 in 04109 Leipzig nicht mehr in Betrieb.",
           "Da wir Ihre Bestellung nicht an diese Adresse versenden k\u00f6nnen, haben wir sie storniert. "
           "Ihnen wurde nichts berechnet.",
           "Bitte pr\u00fcfen Sie Ihre Adressen unter Mein Konto und geben Sie die Bestellung bei Bedarf erneut auf."],
    items=[("Tonies Toniebox Starterset Hellblau", 1, "79,99 \u20ac", ""),
           ("tonies H\u00f6rfigur Die Maus", 1, "16,99 \u20ac", "")],
    button_label="Bestellung anzeigen")
t, h = notice_parts(d, AL, style="modern")
when = rdate(2)
add(kind="notice", language="de", cause="unknown", states_reason=True, marketplace=mp,
    note="Lieferadresse nicht zustellbar (Packstation au\u00dfer Betrieb) - reason outside the four; modern template, base64; no auth",
    structure="alt", cte="b64", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.de", "order-update@amazon.de")}, reply_to="no-reply@amazon.de",
    to=("Anna Lehmann", "anna.lehmann@posteo.de"),
    subject="Ihre Amazon.de-Bestellung #306-4482017-9931544 wurde storniert",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

# --- non-notices ------------------------------------------------------------
when = rdate(2)
t = """Stornierungsbest\u00e4tigung

Guten Tag Herr Wagner,

leider m\u00fcssen wir Ihnen mitteilen, dass wir Ihre Bestellung 61852204 vom 12.03. stornieren mussten. Der Hersteller hat uns mitgeteilt, dass der Artikel nicht mehr produziert wird.

  1 x ASUS ROG Strix G16 (G614JV) Gaming-Notebook   1.599,00 EUR

Zahlungsart: Amazon Pay
Der Betrag wird innerhalb weniger Tage \u00fcber Amazon Pay auf das von Ihnen hinterlegte Zahlungsmittel zur\u00fcckerstattet. Die Gutschrift sehen Sie in Ihrem Amazon-Konto unter "Amazon Pay-Transaktionen".

Wir bedauern die Unannehmlichkeiten und w\u00fcrden uns freuen, Sie bald wieder bei uns begr\u00fc\u00dfen zu d\u00fcrfen.

Ihr notebooksbilliger.de Team

notebooksbilliger.de AG | Wiedemannstra\u00dfe 3 | 31157 Sarstedt
Wir fragen Sie niemals per E-Mail nach Passw\u00f6rtern oder Kartendaten.
"""
h = simple_html(html_paras(t), "de")
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="notebooksbilliger.de cancellation paid with Amazon Pay",
    structure="alt", cte="qp", text=t, html=h, date=when,
    **{"from": ("notebooksbilliger.de", "service@notebooksbilliger.de")},
    to=("Florian Wagner", "florian.wagner@arcor.de"),
    subject="Stornierungsbest\u00e4tigung zu Ihrer Bestellung 61852204", msgid=plain_msgid("notebooksbilliger.de"))

when = rdate(1)
t = """Hallo Stefan,

kurze Info: Ich habe die Amazon-Bestellung f\u00fcr den Beamer eben storniert. Wir nehmen das Ger\u00e4t aus dem Lager in K\u00f6ln, Markus bringt es am Montag mit. Die Stornierungsbest\u00e4tigung leite ich dir gern weiter, falls du sie f\u00fcr die Kostenstelle brauchst.

Das HDMI-Kabel habe ich in der Bestellung gelassen, das kommt morgen.

Viele Gr\u00fc\u00dfe
Katrin

--
Katrin Vogel
Office Management
Brandt Consulting GmbH | Hohenzollernring 54 | 50672 K\u00f6ln

-----Urspr\u00fcngliche Nachricht-----
Von: Stefan Albrecht <s.albrecht@brandt-consulting.de>
Gesendet: Dienstag, 4. M\u00e4rz 2025 09:12
Betreff: Beamer f\u00fcr den Schulungsraum

Hi Katrin, ist der Beamer schon unterwegs? Die Schulung ist am Dienstag.
"""
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="colleague reports she cancelled the company Amazon order; iso-8859-1 QP",
    structure="plain", charset="iso-8859-1", header_charset="iso-8859-1", cte="qp", text=t, date=when,
    **{"from": ("Katrin Vogel", "k.vogel@brandt-consulting.de")},
    to=("Stefan Albrecht", "s.albrecht@brandt-consulting.de"),
    subject="AW: Beamer f\u00fcr den Schulungsraum",
    msgid=plain_msgid("FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM"),
    extra=[("Thread-Topic", "Beamer f\u00fcr den Schulungsraum".replace("\u00fc", "ue")), ("X-MS-Has-Attach", "")])

when = rdate(1)
t = """Phishing-Radar | Newsletter der Verbraucherzentrale

Aktuelle Warnung: Falsche Amazon-Mails \u201eIhre Bestellung wurde storniert\u201c

Derzeit landen vermehrt E-Mails in den Postf\u00e4chern, die angeblich von Amazon stammen. Betreffzeilen lauten zum Beispiel:

  \u201eIhre Amazon.de Bestellung #302-4418830-77515 wurde storniert\u201c
  \u201eWichtig: Ihre Bestellung ist storniert worden - Zahlung fehlgeschlagen\u201c

Die Betr\u00fcger behaupten, eine Zahlung sei fehlgeschlagen oder das Konto sei wegen verd\u00e4chtiger Aktivit\u00e4ten gesperrt worden. \u00dcber einen Link sollen Sie Ihre Daten \u201ebest\u00e4tigen\u201c. Teilweise wird auch eine Telefonnummer angegeben, unter der ein angeblicher Kundenservice Fernwartungssoftware installieren l\u00e4sst.

Unser Rat:
- Pr\u00fcfen Sie die Absenderadresse genau.
- Klicken Sie nicht auf Links, sondern rufen Sie Ihr Kundenkonto direkt auf.
- Verschieben Sie solche Mails unbeantwortet in den Spam-Ordner.

Mehr im Phishing-Radar: https://www.verbraucherzentrale.de/wissen/digitale-welt/phishingradar

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://www.verbraucherzentrale.nrw/newsletter/abmelden
"""
h = simple_html('<h2 style="color:#00518e;">Phishing-Radar</h2>\n' + html_paras(t), "de")
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="consumer-protection newsletter quoting fake Amazon cancellation subjects; 8bit",
    structure="alt", cte="8bit", text=t, html=h, date=when,
    **{"from": ("Verbraucherzentrale NRW", "newsletter@verbraucherzentrale.nrw")},
    to=(None, "gabi.schuster@gmx.net"),
    subject="Phishing-Radar: Falsche Amazon-Mails \u201eIhre Bestellung wurde storniert\u201c",
    msgid=plain_msgid("verbraucherzentrale.nrw"),
    extra=[("List-Unsubscribe", "<https://www.verbraucherzentrale.nrw/newsletter/abmelden>")])

when = rdate(1)
t = """Hallo Julia,

Ihre Audible-Mitgliedschaft wurde gek\u00fcndigt.

Ihre Mitgliedschaft l\u00e4uft noch bis zum 14. Juli. Danach wird Ihnen der monatliche Beitrag von 9,95 \u20ac nicht mehr berechnet.

Wichtig:
- Alle gekauften H\u00f6rb\u00fccher bleiben dauerhaft in Ihrer Bibliothek.
- Nicht eingel\u00f6ste Guthaben verfallen mit dem Ende der Mitgliedschaft. Jetzt einl\u00f6sen: https://www.audible.de/library

Sie m\u00f6chten doch weiterh\u00f6ren? Ihre Mitgliedschaft k\u00f6nnen Sie jederzeit wieder aufnehmen: https://www.audible.de/account/overview

Audible wird Sie nie per E-Mail nach Ihrem Passwort fragen.

Ihr Audible-Team
Audible GmbH, Schumannstra\u00dfe 6, 10117 Berlin
"""
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Audible membership cancelled (subscription, Amazon company)",
    structure="plain", cte="qp", text=t, date=when,
    **{"from": ("Audible", "noreply@audible.de")}, to=("Julia Meier", "julia.meier@gmail.com"),
    subject="Ihre Audible-Mitgliedschaft wurde gek\u00fcndigt", msgid=ses_msgid("eu-west-1"))

when = rdate(0)
t = """Amazon.de

Hallo Herr Schulz,

Ihr Liefertermin f\u00fcr die Bestellung #302-3318470-5520916 wurde vom Lieferpartner abgesagt:

  Donnerstag, 12. Juni, 08:00 - 12:00 Uhr
  Bosch WGG244A40 Serie 6 Waschmaschine, 9 kg, 1400 U/min

Ihre Bestellung ist weiterhin aktiv und wurde NICHT storniert. Bitte w\u00e4hlen Sie einen neuen Liefertermin aus:
https://www.amazon.de/gp/your-account/order-details?orderID=302-3318470-5520916&ref_=reschedule

Die Lieferung inklusive Anschluss und Altger\u00e4temitnahme bleibt f\u00fcr Sie unver\u00e4ndert.

Amazon.de wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihren Kartendaten fragen.

Amazon.de
"""
h = simple_html(html_paras(t), "de")
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.de: delivery appointment cancelled, order explicitly still active",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.de", "shipment-tracking@amazon.de")}, reply_to="no-reply@amazon.de",
    to=("Dirk Schulz", "dirk.schulz@online.de"),
    subject="Ihr Liefertermin wurde abgesagt - bitte vereinbaren Sie einen neuen Termin",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

d = de_notice_dict(
    title="Zahlung abgelehnt", order="302-7715208-3390147", greeting="Guten Tag Frau Peters,",
    paras=["wir konnten die Zahlung f\u00fcr Ihre Bestellung mit Ihrer Mastercard mit der Endung 8831 nicht abschlie\u00dfen. "
           "Die Bestellung ist zur\u00fcckgestellt, bis die Zahlungsinformationen aktualisiert wurden.",
           "Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum 18. November. Wenn wir bis dahin keine g\u00fcltige Zahlungsart erhalten, "
           "wird Ihre Bestellung storniert.",
           "Gehen Sie dazu zu [[Meine Bestellungen|/gp/css/order-history]], w\u00e4hlen Sie die Bestellung aus und klicken Sie auf \u201eZahlung \u00e4ndern\u201c."],
    items_heading="Zur\u00fcckgestellte Artikel",
    items=[("Philips Sonicare DiamondClean 9000 Elektrische Zahnb\u00fcrste HX9911/09", 1, "179,99 \u20ac", "Verkauf durch: Amazon EU S.\u00e0 r.l.")])
t, h = notice_parts(d, AL)
when = rdate(0)
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.de payment reminder; order will be cancelled if not updated; DKIM/DMARC pass",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    auth=auth_pass(mp, "mx.web.de"), **{"from": ("Amazon.de", "payments-messages@amazon.de")},
    reply_to="no-reply@amazon.de", to=("Claudia Peters", "claudia.peters@web.de"),
    subject="Zahlung abgelehnt: Bitte aktualisieren Sie die Zahlungsinformationen f\u00fcr Bestellung #302-7715208-3390147",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

# --- look-alikes ------------------------------------------------------------
when = rdate(1)
t = """Sehr geehrte Kundin, sehr geehrter Kunde,

aus Sicherheitsgr\u00fcnden wurde Ihre Bestellung Nr. 302-4418830-7751526 storniert, da ungew\u00f6hnliche Anmeldeaktivit\u00e4ten in Ihrem Konto festgestellt wurden.

Bestelldetails:
Artikel: Samsung GQ65Q80D 65 Zoll QLED 4K Smart TV
Betrag: 1.149,00 \u20ac
Zahlungsart: Mastercard ****7410

Falls Sie diese Bestellung NICHT get\u00e4tigt haben, rufen Sie bitte umgehend unsere Sicherheitsabteilung an:

    0800 589 3317  (kostenlos, Mo-So 0-24 Uhr)

Unser Mitarbeiter hilft Ihnen, Ihr Konto zu sichern und die Erstattung zu veranlassen.

Mit freundlichen Gr\u00fc\u00dfen
Ihr Amazon Kundenservice
"""
add(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="callback-phone scam from gmail; well-formed order number",
    structure="plain", cte="qp", text=t, date=when,
    received=[received("mx.recipient.example", "mail-sor-f65.google.com", "209.85.220.65", when)],
    **{"from": ("Amazon Kundenservice", "amazon.kundendienst.de24@gmail.com")}, to=(None, "h.becker@t-online.de"),
    subject="Stornierung Ihrer Bestellung \u00fcber 1.149,00 \u20ac - Bestellnr. 302-4418830-7751526",
    msgid=plain_msgid("mail.gmail.com"))

when = rdate(2)
t = """Amazon Sicherheit

Sehr geehrter Kunde,

Ihr Amazon-Konto wurde vor\u00fcbergehend gesperrt und Ihre letzte Bestellung wurde storniert, da wir Ihre Identit\u00e4t nicht best\u00e4tigen konnten.

Ihr pers\u00f6nlicher Sicherheitscode: 583 114

Geben Sie den Code innerhalb von 24 Stunden auf der folgenden Seite ein, um Ihr Konto zu entsperren und die Bestellung wiederherzustellen:
https://amazon-konto-service.com/entsperren?c=583114

Andernfalls wird Ihr Konto endg\u00fcltig geschlossen.

Ihr Amazon.de Sicherheitsteam
"""
h = simple_html("""<div style="max-width:600px;margin:auto;padding:20px;border:1px solid #e7e7e7;">
<p style="font-size:22px;font-weight:bold;">amazon<span style="color:#ff9900;">.de</span></p>
<p>Sehr geehrter Kunde,</p>
<p>Ihr Amazon-Konto wurde <b>vor\u00fcbergehend gesperrt</b> und Ihre letzte Bestellung wurde <b>storniert</b>, da wir Ihre Identit\u00e4t nicht best\u00e4tigen konnten.</p>
<p>Ihr pers\u00f6nlicher Sicherheitscode:</p>
<p style="font-size:26px;font-weight:bold;text-align:center;letter-spacing:6px;">583 114</p>
<p style="text-align:center;"><a href="https://amazon-konto-service.com/entsperren?c=583114" style="background:#ffd814;color:#0f1111;padding:10px 26px;border-radius:20px;text-decoration:none;">Konto entsperren</a></p>
<p>Andernfalls wird Ihr Konto endg\u00fcltig geschlossen.</p>
<p>Ihr Amazon.de Sicherheitsteam</p>
</div>""", "de")
add(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account locked + order cancelled + security code; look-alike domain; no order number",
    structure="alt", cte="b64", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "srv1.amazon-konto-service.com", "94.156.64.201", when)],
    **{"from": ("Amazon.de Sicherheit", "sicherheit@amazon-konto-service.com")}, to=(None, "petra.lang@gmx.de"),
    subject="Ihr Konto wurde gesperrt - Bestellung storniert", msgid=plain_msgid("amazon-konto-service.com"))

when = rdate(1)
t = """Sehr geehrte Kunde,

Wir konnte Ihre Zahlung nicht bearbeiten und dafür Ihre Bestellung ist storniert worden.

Um Ihre Bestellung zu reaktivieren bitte antworten Sie auf diese E-Mail mit folgende Informationen :

Vollständiger Name :
Kreditkartennummer :
Ablaufdatum :
CVV / Prüfnummer :
Geburtsdatum :
IBAN :

Wenn Sie nicht innerhalb 24 Stunden antworten, wird Ihr Konto dauerhaft gesperrt.

Mit freundlichen Grüße
Amazon Team
"""
add(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude 'reply with card details' from web.de; no order number; 8bit",
    structure="plain", cte="8bit", text=t, date=when,
    **{"from": ("Amazon Zahlung Abteilung", "amazon-zahlung.service@web.de")}, to=(None, "info@baeckerei-ott.de"),
    subject="Wichtig: Ihre Bestellung ist storniert worden - Zahlung fehlgeschlagen",
    msgid=plain_msgid("web.de"))

evil = evil_link("https://amazon-de.kundenkonto-hilfe.com/erstattung")
d = de_notice_dict(
    title="Stornierung Ihrer Bestellung", order="303-7729154-4106322", greeting="Guten Tag,",
    paras=["leider ist der unten aufgef\u00fchrte Artikel nicht mehr lieferbar. Der Verk\u00e4ufer konnte die Bestellung nicht versenden, daher wurde sie storniert.",
           "Ihre Erstattung in H\u00f6he von 279,00 \u20ac ist bereit. Bitte best\u00e4tigen Sie innerhalb von 48 Stunden Ihre Bankverbindung unter "
           "[[https://www.amazon.de/gp/your-account/erstattung|/erstattung]], damit wir den Betrag \u00fcberweisen k\u00f6nnen."],
    items=[("Dyson Supersonic Haartrockner HD07, Nickel/Kupfer", 1, "279,00 \u20ac", "Verkauf durch: Amazon EU S.\u00e0 r.l.")])
_, h = notice_parts(d, evil)
when = rdate(1)
add(kind="lookalike", language="de", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished template copy; link text shows amazon.de, hrefs go to kundenkonto-hilfe.com; HTML-only QP",
    structure="html", cte="qp", html=h, date=when,
    received=[received("mx.recipient.example", "mx.kundenkonto-hilfe.com", "45.88.91.12", when)],
    **{"from": ("Amazon.de", "bestellung@amazon-de.kundenkonto-hilfe.com")}, to=(None, "r.hartmann@gmx.de"),
    subject="Ihre Amazon.de Bestellung #303-7729154-4106322 wurde storniert",
    msgid=plain_msgid("kundenkonto-hilfe.com"))

evil = evil_link("https://mail-amzn-service.net/de/anmelden")
d = de_notice_dict(
    title="Bestellung storniert", order="304-8810276-5543901", greeting="Guten Tag,",
    paras=["aufgrund eines Systemfehlers bei der Zahlungsabwicklung wurde Ihre Bestellung storniert.",
           "Damit wir Ihre Bestellung erneut bearbeiten k\u00f6nnen, melden Sie sich bitte an und best\u00e4tigen Sie Ihre Rechnungsdaten. "
           "Nicht best\u00e4tigte Bestellungen k\u00f6nnen nach 24 Stunden nicht wiederhergestellt werden."],
    items=[("Apple iPad Air 11\" (M2) Wi-Fi 256 GB - Polarstern", 1, "799,00 \u20ac", "")],
    button_label="Rechnungsdaten best\u00e4tigen", button_path="/rechnung")
t, h = notice_parts(d, evil, style="modern")
when = rdate(2)
add(kind="lookalike", language="de", cause="technical_issue", states_reason=True, marketplace=None,
    note="Cyrillic A and o homoglyphs in display name; sender mail-amzn-service.net",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "out.mail-amzn-service.net", "5.181.156.40", when)],
    **{"from": ("\u0410maz\u043en.de", "noreply@mail-amzn-service.net")}, to=(None, "k.schmitt@outlook.de"),
    subject="Ihre Amazon.de Bestellung #304-8810276-5543901 wurde storniert", msgid=plain_msgid("mail-amzn-service.net"))

when = rdate(1)
t = """Amazon.de

Guten Tag,

die f\u00fcr Ihre Bestellung #305-6612094-3381207 hinterlegte Zahlungsmethode ist abgelaufen.

Ihre Bestellung wird in 24 Stunden storniert, wenn Sie Ihre Zahlungsdaten nicht aktualisieren.

Jetzt aktualisieren: https://amazon.de.kundenservice-storno.info/zahlung?id=305-6612094-3381207

Artikel: Sony PlayStation 5 Pro Konsole - 929,99 \u20ac

Vielen Dank f\u00fcr Ihren Einkauf bei Amazon.de
"""
h = simple_html("""<table width="600" align="center" style="border-top:4px solid #232f3e;"><tr><td style="padding:18px;">
<p style="font-size:20px;font-weight:bold;">amazon.de</p>
<p>Guten Tag,</p>
<p>die f\u00fcr Ihre Bestellung <b>#305-6612094-3381207</b> hinterlegte Zahlungsmethode ist abgelaufen.</p>
<p><b>Ihre Bestellung wird in 24 Stunden storniert, wenn Sie Ihre Zahlungsdaten nicht aktualisieren.</b></p>
<p><a href="https://amazon.de.kundenservice-storno.info/zahlung?id=305-6612094-3381207" style="background:#ffa41c;padding:9px 22px;color:#111;text-decoration:none;border-radius:4px;">Jetzt aktualisieren</a></p>
<p>Artikel: Sony PlayStation 5 Pro Konsole &ndash; 929,99 &euro;</p>
<p style="color:#777;font-size:12px;">Vielen Dank f\u00fcr Ihren Einkauf bei Amazon.de</p>
</td></tr></table>""", "de")
add(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="domain amazon.de.kundenservice-storno.info; 'wird storniert' unless payment updated",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "mail.kundenservice-storno.info", "185.225.73.9", when)],
    **{"from": ("Amazon.de Kundenservice", "service@amazon.de.kundenservice-storno.info")},
    to=(None, "thomas.wolf@gmail.com"),
    subject="Ihre Bestellung wird storniert - Best\u00e4tigung erforderlich",
    msgid=plain_msgid("kundenservice-storno.info"))

when = rdate(2)
t = """Hallo,

Ihre bestellung wurde storniert.

Um weitere Informationen zu erhalten klicken sie hier:
https://t.ly/Amz-De4

Ihr Amazon Team
"""
add(kind="lookalike", language="de", cause="unknown", states_reason=False, marketplace=None,
    note="crude; outlook.de sender; no order number; no reason; shortened link",
    structure="plain", cte="7bit", text=t, date=when,
    **{"from": ("Amazon", "amazon-info-de@outlook.de")}, to=(None, "undisclosed-recipients:;"),
    subject="Ihre bestellung wurde storniert!", msgid=plain_msgid("AM9P193MB1234.EURP193.PROD.OUTLOOK.COM"))

evil = evil_link("https://amaz0n-de.com/konto/widerspruch")
d = de_notice_dict(
    title="Stornierungsbest\u00e4tigung", order="306-2219845-7730152", greeting="Guten Tag,",
    paras=["wie gew\u00fcnscht haben wir Ihre Bestellung #306-2219845-7730152 storniert.",
           "Stornierungsgrund: Vom Kunden storniert",
           "Falls Sie diese Stornierung nicht veranlasst haben, hat m\u00f6glicherweise eine andere Person Zugriff auf Ihr Konto. "
           "[[Widersprechen Sie hier|/widerspruch]] innerhalb von 24 Stunden, um Ihr Konto zu sichern."],
    items=[("Miele Triflex HX2 Pro Akku-Staubsauger, Infinity Grey", 1, "599,00 \u20ac", "Verkauf durch: Amazon EU S.\u00e0 r.l.")])
t, h = notice_parts(d, evil)
when = rdate(1)
add(kind="lookalike", language="de", cause="customer_request", states_reason=True, marketplace=None,
    note="amaz0n-de.com look-alike; polished 'Stornierungsbest\u00e4tigung' with dispute link; base64",
    structure="alt", cte="b64", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "smtp.amaz0n-de.com", "91.92.240.55", when)],
    **{"from": ("Amazon.de", "auto-confirm@amaz0n-de.com")}, to=(None, "nicole.fischer@web.de"),
    subject="Stornierungsbest\u00e4tigung Ihrer Amazon.de Bestellung #306-2219845-7730152",
    msgid=plain_msgid("amaz0n-de.com"))


# ===========================================================================
# DUTCH  (w1041 - w1060)
# ===========================================================================

NL_LEGAL = "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg: B 101818. Btw-nummer: LU 20260743."


def nl_security(brand):
    return [
        "%s zal je nooit per e-mail, sms of telefoon vragen om je wachtwoord, volledige kaartnummer, bankgegevens "
        "of een eenmalige code door te geven of te bevestigen." % brand,
        "Is je kaartnummer of de vervaldatum van je kaart gewijzigd? Werk deze dan bij via [[Je account > Je betalingen|/cpe/yourpayments/wallet]].",
        "Heb je een verdachte e-mail ontvangen? Klik dan niet op links en open geen bijlagen. "
        "[[Verdachte e-mail melden|/gp/help/customer/display.html?nodeId=GC9MCDJJLNHGLP4H]] \u00b7 "
        "[[Zo herken je phishing|/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]]",
        "Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen. Beantwoord dit bericht niet.",
    ]


def nl_notice_dict(mp, **kw):
    brand = "Amazon.nl" if mp == "amazon.nl" else "Amazon.com.be"
    d = dict(mp=mp, brand=brand, nav=("Je bestellingen", "Je account", brand), order_label="Bestelling #",
             labels=("Aantal",), signature=brand, sig_pre="We hopen je snel weer te zien.",
             items_heading="Geannuleerde artikelen", legal=nl_security(brand) + [NL_LEGAL])
    d.update(kw)
    return d


# --- genuine notices -------------------------------------------------------
mp = "amazon.nl"
d = nl_notice_dict(
    mp, title="Annulering van je bestelling", order="403-2291857-6650124", greeting="Hallo Eva,",
    paras=["Helaas moeten we je laten weten dat we het onderstaande artikel uit je bestelling hebben geannuleerd. "
           "Het artikel is niet meer op voorraad en de verkoper kon je bestelling niet uitvoeren.",
           "Er is niets in rekening gebracht voor het geannuleerde artikel. Een eventuele reservering op je kaart wordt binnen enkele dagen door je bank vrijgegeven.",
           "Onze excuses voor het ongemak. Mogelijk vind je op de [[productpagina|/dp/B0BNHWJ5ZV]] aanbiedingen van andere verkopers."],
    items=[("Philips Airfryer XXL Premium HD9285/96, 7,3 l, Zwart", 1, "\u20ac 229,99", "Verkocht door: Amazon EU S.\u00e0 r.l.")],
    closing=["De status van je andere bestellingen vind je onder [[Je bestellingen|/gp/css/order-history]]."])
t, h = notice_parts(d, amazon_link(mp))
when = rdate(1)
add(kind="notice", language="nl", cause="inventory_shortage", states_reason=True, marketplace=mp,
    note="niet meer op voorraad, verkoper kon niet leveren; classic HTML+text QP; DKIM/DMARC pass",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    auth=auth_pass(mp, "mx.kpnmail.nl"), **{"from": ("Amazon.nl", "order-update@amazon.nl")},
    reply_to="no-reply@amazon.nl", to=("Eva de Vries", "eva.devries@kpnmail.nl"),
    subject="Je Amazon.nl-bestelling #403-2291857-6650124 is geannuleerd",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

mp = "amazon.com.be"
when = rdate(2)
t = """Amazon.com.be
___________________________________________________________________________

Hallo Pieter,

We konden de betaling voor je bestelling #405-8830142-1176529 niet verwerken. Je bank heeft de betaling met je Visa-kaart eindigend op 6620 geweigerd.

Op 9 april hebben we je gevraagd om je betaalgegevens voor deze bestelling bij te werken. Omdat we binnen de gestelde termijn geen nieuwe betaalgegevens hebben ontvangen, hebben we je bestelling geannuleerd. Er is niets in rekening gebracht.

Geannuleerde artikelen:

  Sonos Era 100 slimme speaker, zwart
  Aantal: 1
  Verkocht door: Amazon EU S.\u00e0 r.l.
  \u20ac 279,00

Wil je het artikel toch nog kopen? Plaats dan een nieuwe bestelling.

Je opgeslagen betaalmethoden bekijken en wijzigen doe je via Je account > Je betalingen:
https://www.amazon.com.be/cpe/yourpayments/wallet?ref_=TE_tex_pay

We hopen je snel weer te zien.
Amazon.com.be
___________________________________________________________________________

Amazon.com.be zal je nooit per e-mail vragen om je wachtwoord, kaartnummer of bankgegevens door te geven. Is je kaartnummer of de vervaldatum gewijzigd? Werk deze dan rechtstreeks bij in je account, niet via een link in een e-mail.

Verdachte e-mails kun je hier melden:
https://www.amazon.com.be/gp/help/customer/display.html?nodeId=GC9MCDJJLNHGLP4H

Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.

Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen.
"""
add(kind="notice", language="nl", cause="payment_issue", states_reason=True, marketplace=mp,
    note="betaling geweigerd, termijn om betaalgegevens bij te werken verstreken; amazon.com.be; text-only 8bit; no auth",
    structure="plain", cte="8bit", text=t, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.com.be", "payments-messages@amazon.com.be")}, reply_to="no-reply@amazon.com.be",
    to=("Pieter Janssens", "pieter.janssens@telenet.be"),
    subject="Je Amazon.com.be-bestelling #405-8830142-1176529 is geannuleerd",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

mp = "amazon.nl"
d = nl_notice_dict(
    mp, title="Informatie over je bestelling", order="402-7714408-2205936", greeting="Hallo,",
    paras=["We schrijven je over je bestelling van het artikel \u201cSamsung Galaxy Watch7 44 mm Bluetooth, Groen\u201d.",
           "Door een prijsfout werd dit artikel op Amazon.nl weergegeven met een onjuiste prijs van \u20ac 19,99. "
           "Omdat de getoonde prijs het gevolg was van deze fout, hebben we je bestelling geannuleerd.",
           "Er is niets in rekening gebracht. Wil je het artikel voor de actuele prijs kopen? Ga dan naar de [[productpagina|/dp/B0D1YS6NSD]].",
           "Onze excuses voor het ongemak."],
    items=[("Samsung Galaxy Watch7 44 mm Bluetooth, Groen", 1, "\u20ac 19,99", "Verkocht door: Amazon EU S.\u00e0 r.l.")])
t, h = notice_parts(d, amazon_link(mp))
when = rdate(2)
add(kind="notice", language="nl", cause="technical_issue", states_reason=True, marketplace=mp,
    note="prijsfout; 'Informatie van Amazon.nl'; HTML-only base64; DKIM/DMARC pass",
    structure="html", cte="b64", html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    auth=auth_pass(mp, "mx.ziggo.nl"), **{"from": ("Amazon.nl", "order-update@amazon.nl")},
    reply_to="no-reply@amazon.nl", to=("Bram Visser", "bram.visser@ziggo.nl"),
    subject="Informatie van Amazon.nl", msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

d = nl_notice_dict(
    mp, title="Je bestelling is geannuleerd", order="404-1182930-7764415", greeting="Hallo,",
    paras=["Bij een routinecontrole hebben we ongebruikelijke activiteit op je Amazon.nl-account opgemerkt. "
           "Ter bescherming hebben we je account tijdelijk geblokkeerd en je bestelling #404-1182930-7764415 geannuleerd.",
           "Om de blokkering op te heffen, log je rechtstreeks in op de Amazon.nl-website of in de Amazon Shopping-app en volg je de instructies "
           "om je identiteit en betaalmethode te verifi\u00ebren. Je hoeft hiervoor op geen enkele link in deze e-mail te klikken.",
           "Eventueel al afgeschreven bedragen worden binnen 3-5 werkdagen teruggestort op je oorspronkelijke betaalmethode."],
    items=[("Apple iPhone 16 Pro 256 GB - Titanium woestijn", 1, "\u20ac 1.359,00", "Verkocht door: Amazon EU S.\u00e0 r.l.")])
t, h = notice_parts(d, amazon_link(mp))
when = rdate(1)
add(kind="notice", language="nl", cause="fraud_prevention", states_reason=True, marketplace=mp,
    note="ongebruikelijke activiteit, account geblokkeerd, verificatie; HTML+text QP; no auth",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.nl", "account-update@amazon.nl")}, reply_to="no-reply@amazon.nl",
    to=("Fatima El Amrani", "f.elamrani@gmail.com"),
    subject="Je Amazon.nl-bestelling #404-1182930-7764415 is geannuleerd",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

mp = "amazon.com.be"
when = rdate(2)
t = """Amazon.com.be

Hallo,

Zoals gevraagd hebben we het volgende artikel uit je bestelling #406-5529817-3308142 geannuleerd.

Reden van annulering: Geannuleerd door klant

  Samsung Galaxy Buds3 Pro draadloze oordopjes, Zilver
  Aantal: 1
  Prijs: \u20ac 249,00
  Verkocht door: Amazon EU S.\u00e0 r.l.

Als het bedrag al is afgeschreven, storten we het terug op je oorspronkelijke betaalmethode. Terugbetalingen zijn meestal binnen 3-5 werkdagen zichtbaar.

Je bestellingen: https://www.amazon.com.be/gp/css/order-history?ref_=TE_tex_yo

We hopen je snel weer te zien.
Amazon.com.be

------------------------------------------------------------------
Amazon.com.be vraagt je nooit per e-mail of telefoon om je wachtwoord, kaartgegevens of een eenmalige code. Is je kaart verlopen of is het nummer gewijzigd? Werk het bij in je account: https://www.amazon.com.be/cpe/yourpayments/wallet
Zo herken en meld je verdachte e-mails: https://www.amazon.com.be/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B

Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen. Beantwoord dit bericht niet.
"""
add(kind="notice", language="nl", cause="customer_request", states_reason=True, marketplace=mp,
    note="klant-annulering met 'Reden van annulering: Geannuleerd door klant'; windows-1252 QP text-only; DKIM/DMARC pass",
    structure="plain", charset="windows-1252", header_charset="utf-8", cte="qp", text=t, date=when,
    received=amazon_received(mp, when, "eu-west-1"), auth=auth_pass(mp, "mx.telenet.be"),
    **{"from": ("Amazon.com.be", "auto-confirm@amazon.com.be")}, reply_to="no-reply@amazon.com.be",
    to=("Lotte Peeters", "lotte.peeters@telenet.be"),
    subject="Annulering gelukt: \u201cSamsung Galaxy Buds3 Pro draadloze...\u201d uit je Amazon.com.be-bestelling #406-5529817-3308142",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

mp = "amazon.nl"
d = nl_notice_dict(
    mp, title="Artikel geannuleerd", order="407-3390125-8841276", greeting="Hallo Daan,",
    paras=["Het spijt ons je te moeten laten weten dat het volgende artikel uit je bestelling is geannuleerd.",
           "Er wordt niets in rekening gebracht voor dit artikel. De overige artikelen uit je bestelling worden zoals gepland geleverd."],
    items=[("LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance", 1, "\u20ac 189,99", "")],
    button_label="Bestelling bekijken")
t, h = notice_parts(d, amazon_link(mp), style="modern")
when = rdate(1)
add(kind="notice", language="nl", cause="unknown", states_reason=False, marketplace=mp,
    note="artikel geannuleerd zonder reden; modern template; base64; no auth",
    structure="alt", cte="b64", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.nl", "order-update@amazon.nl")}, reply_to="no-reply@amazon.nl",
    to=("Daan Bakker", "daan.bakker@xs4all.nl"),
    subject="1 artikel is geannuleerd uit je Amazon.nl-bestelling #407-3390125-8841276",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

# --- non-notices ------------------------------------------------------------
when = rdate(2)
t = """Hoi Sanne,

Je annulering is verwerkt. Het volgende artikel is geannuleerd:

  JBL Flip 6 - Draagbare Bluetooth Speaker - Blauw
  Bestelnummer: A000C8K2PQ
  Verkoper: bol

Opgegeven reden: "Elders goedkoper gevonden (Amazon.nl)"

Je hebt betaald met iDEAL. Het bedrag van \u20ac 99,99 storten we binnen 2 werkdagen terug op je rekening.

Bedankt voor je feedback, daar gaan we mee aan de slag.

Groetjes,
bol

Let op: bol vraagt je nooit via e-mail om je inloggegevens of bankgegevens.
bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht
"""
h = simple_html(html_paras(t), "nl")
add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="bol.com customer cancellation; stated reason mentions Amazon.nl",
    structure="alt", cte="qp", text=t, html=h, date=when,
    **{"from": ("bol", "no-reply@bol.com")}, to=("Sanne Mulder", "sanne.mulder@gmail.com"),
    subject="Je annulering is verwerkt", msgid=plain_msgid("mail.bol.com"))

when = rdate(1)
t = """Hé Lies,

Ik heb mijn Amazon-bestelling van die robotstofzuiger geannuleerd. Ze gaven ineens een levertijd van drie weken op, dus ik haal hem zaterdag gewoon bij de MediaMarkt. Annuleren ging trouwens super makkelijk, binnen een minuut had ik de bevestiging.

Zullen we zondag nog koffie doen?

Groetjes,
Joost
"""
add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="friend says he cancelled his own Amazon order",
    structure="plain", cte="qp", text=t, date=when,
    **{"from": ("Joost van den Berg", "joost.vandenberg@hotmail.com")}, to=("Lies Smit", "lies.smit@gmail.com"),
    subject="robotstofzuiger", msgid=plain_msgid("AS8PR03MB7012.eurprd03.prod.outlook.com"))

when = rdate(2)
h = simple_html("""<table width="600" align="center"><tr><td>
<h2 style="color:#c8102e;">Fraudehelpdesk waarschuwt</h2>
<h3>Nepmail: &lsquo;Je Amazon-bestelling is geannuleerd&rsquo;</h3>
<p>De afgelopen week kregen we veel meldingen over valse e-mails die uit naam van Amazon worden verstuurd. Veelgebruikte onderwerpregels zijn:</p>
<ul>
<li>&ldquo;Je Amazon.nl-bestelling #403-7719920-55120 is geannuleerd&rdquo;</li>
<li>&ldquo;Betaling mislukt &ndash; je bestelling wordt geannuleerd&rdquo;</li>
</ul>
<p>In de mail staat dat een betaling is mislukt of dat je account is geblokkeerd. Via een knop word je naar een nagemaakte inlogpagina gestuurd, of je wordt gevraagd een &lsquo;klantenservice&rsquo;-nummer te bellen.</p>
<p><b>Tips:</b></p>
<ul>
<li>Controleer het e-mailadres van de afzender, niet alleen de naam.</li>
<li>Log zelf in via de app of de website in plaats van op een link te klikken.</li>
<li>Geef nooit je kaartgegevens of een verificatiecode door.</li>
</ul>
<p><a href="https://www.fraudehelpdesk.nl/nieuws/nepmail-amazon-bestelling-geannuleerd/">Lees het volledige bericht</a></p>
<p style="font-size:11px;color:#777;">Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op fraudehelpdesk.nl. <a href="https://www.fraudehelpdesk.nl/nieuwsbrief/afmelden">Afmelden</a></p>
</td></tr></table>""", "nl")
add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="Fraudehelpdesk newsletter warning about fake Amazon cancellation mails; HTML-only QP",
    structure="html", cte="qp", html=h, date=when,
    **{"from": ("Fraudehelpdesk", "nieuwsbrief@fraudehelpdesk.nl")}, to=(None, "w.dekker@planet.nl"),
    subject="Waarschuwing: nepmail 'Je Amazon-bestelling is geannuleerd'", msgid=plain_msgid("fraudehelpdesk.nl"),
    extra=[("List-Unsubscribe", "<https://www.fraudehelpdesk.nl/nieuwsbrief/afmelden>")])

when = rdate(1)
t = """Hallo Noor,

Je Amazon Music Unlimited-abonnement is opgezegd.

Je kunt nog tot 3 maart naar muziek luisteren met Amazon Music Unlimited. Daarna wordt er geen maandbedrag van \u20ac 10,99 meer in rekening gebracht.

Je afspeellijsten blijven bewaard. Wil je toch blijven luisteren? Je kunt je abonnement op elk moment opnieuw activeren via https://www.amazon.nl/music/settings

Amazon.nl vraagt je nooit per e-mail om je wachtwoord of betaalgegevens.

Met vriendelijke groet,
Amazon Music
"""
h = simple_html(html_paras(t), "nl")
add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.nl Amazon Music Unlimited subscription cancelled",
    structure="alt", cte="b64", text=t, html=h, date=when, received=amazon_received("amazon.nl", when, "eu-west-1"),
    **{"from": ("Amazon Music", "digital-no-reply@amazon.nl")}, to=("Noor Hendriks", "noor.hendriks@gmail.com"),
    subject="Je Amazon Music Unlimited-abonnement is opgezegd", msgid=ses_msgid("eu-west-1"),
    extra=amazon_extra("amazon.nl"))

mp = "amazon.com.be"
when = rdate(2)
t = """Amazon.com.be

Hallo Wouter,

Je bezorgafspraak voor bestelling #405-2217790-6638105 is door onze bezorgpartner geannuleerd:

  Woensdag 22 oktober, 13:00 - 17:00
  Bezorging met montage: Emma boxspring 160 x 200 cm, antraciet

Je bestelling blijft actief en is NIET geannuleerd. Kies een nieuwe afspraak via:
https://www.amazon.com.be/gp/your-account/order-details?orderID=405-2217790-6638105&ref_=reschedule

Amazon.com.be vraagt je nooit per e-mail om je wachtwoord of kaartgegevens.

Amazon.com.be
"""
h = simple_html(html_paras(t), "nl")
add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.com.be: delivery appointment cancelled, order explicitly still active",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    **{"from": ("Amazon.com.be", "shipment-tracking@amazon.com.be")}, reply_to="no-reply@amazon.com.be",
    to=("Wouter Claes", "wouter.claes@skynet.be"),
    subject="Je bezorgafspraak is geannuleerd - kies een nieuwe afspraak",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

mp = "amazon.nl"
d = nl_notice_dict(
    mp, title="Actie vereist: betaling", order="402-6638127-9910432", greeting="Hallo Kees,",
    paras=["We konden de betaling voor je bestelling met je Mastercard eindigend op 2290 niet voltooien. "
           "Je bestelling staat in de wacht totdat de betaalgegevens zijn bijgewerkt.",
           "Werk je betaalgegevens bij v\u00f3\u00f3r 9 december. Als we v\u00f3\u00f3r die datum geen geldige betaalmethode ontvangen, "
           "wordt je bestelling geannuleerd.",
           "Ga naar [[Je bestellingen|/gp/css/order-history]], selecteer de bestelling en kies \u201cBetaling wijzigen\u201d."],
    items_heading="Artikelen in de wacht",
    items=[("Bose QuietComfort Ultra draadloze hoofdtelefoon, Zwart", 1, "\u20ac 399,95", "Verkocht door: Amazon EU S.\u00e0 r.l.")])
t, h = notice_parts(d, amazon_link(mp))
when = rdate(1)
add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.nl payment reminder; order will be cancelled if not updated; DKIM/DMARC pass",
    structure="alt", cte="qp", text=t, html=h, date=when, received=amazon_received(mp, when, "eu-west-1"),
    auth=auth_pass(mp, "mx.kpnmail.nl"), **{"from": ("Amazon.nl", "payments-messages@amazon.nl")},
    reply_to="no-reply@amazon.nl", to=("Kees Jansen", "kees.jansen@kpnmail.nl"),
    subject="Actie vereist: werk je betaalgegevens bij voor bestelling #402-6638127-9910432",
    msgid=ses_msgid("eu-west-1"), extra=amazon_extra(mp))

# --- look-alikes ------------------------------------------------------------
when = rdate(2)
t = """Beste klant,

Je bestelling #403-5518209-4471630 is geannuleerd vanwege verdachte activiteit op je account.

Bestelgegevens:
Artikel: Apple MacBook Pro 14 inch M4, 1 TB
Bedrag: \u20ac 2.229,00
Betaalmethode: Visa ****5512

Heb je deze bestelling NIET zelf geplaatst? Bel dan direct onze fraudeafdeling:

    020 808 4417  (24/7 bereikbaar)

Onze medewerker helpt je om je account te beveiligen en je geld terug te krijgen.

Met vriendelijke groet,
Amazon Klantenservice
"""
add(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="callback-phone scam from hotmail; well-formed order number",
    structure="plain", cte="qp", text=t, date=when,
    **{"from": ("Amazon Klantenservice", "amazon.klantenservice.nl@hotmail.com")}, to=(None, "r.vandijk@ziggo.nl"),
    subject="Annulering bestelling #403-5518209-4471630 - \u20ac 2.229,00",
    msgid=plain_msgid("DB9PR02MB7321.eurprd02.prod.outlook.com"))

when = rdate(1)
t = """Amazon Beveiliging

Beste klant,

Je Amazon-account is geblokkeerd en je laatste bestelling is geannuleerd omdat we je identiteit niet konden verifi\u00ebren.

Je persoonlijke verificatiecode: NL-7730-148

Voer deze code binnen 24 uur in op de volgende pagina om je account te herstellen:
https://amazon-nl-verificatie.com/herstel?code=NL7730148

Doe je dit niet, dan wordt je account definitief gesloten.

Amazon.nl Beveiligingsteam
"""
h = simple_html("""<div style="max-width:580px;margin:auto;border:1px solid #ddd;padding:22px;">
<p style="font-size:21px;font-weight:bold;">amazon.nl</p>
<p>Beste klant,</p>
<p>Je Amazon-account is <b>geblokkeerd</b> en je laatste bestelling is <b>geannuleerd</b> omdat we je identiteit niet konden verifi&euml;ren.</p>
<p>Je persoonlijke verificatiecode:</p>
<p style="font-size:24px;text-align:center;letter-spacing:3px;background:#f7f7f7;padding:10px;"><b>NL-7730-148</b></p>
<p style="text-align:center;"><a href="https://amazon-nl-verificatie.com/herstel?code=NL7730148" style="background:#ffd814;color:#0f1111;padding:10px 24px;border-radius:8px;text-decoration:none;">Account herstellen</a></p>
<p>Doe je dit niet, dan wordt je account definitief gesloten.</p>
<p>Amazon.nl Beveiligingsteam</p>
</div>""", "nl")
add(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account blocked + order cancelled + verification code; look-alike domain; no order number",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "mail.amazon-nl-verificatie.com", "185.196.8.44", when)],
    **{"from": ("Amazon.nl Beveiliging", "beveiliging@amazon-nl-verificatie.com")}, to=(None, "m.bos@hetnet.nl"),
    subject="Je account is geblokkeerd - bestelling geannuleerd", msgid=plain_msgid("amazon-nl-verificatie.com"))

when = rdate(2)
t = """Geachte klant ,

Wij konden uw betaling niet verwerken en daarom uw bestelling is geannuleerd.

Om de bestelling opnieuw te activeren, antwoord op deze e-mail met de volgende gegevens :

Volledige naam :
Kaartnummer :
Vervaldatum :
CVC-code :
Geboortedatum :
IBAN :

Als u niet binnen 24 uur antwoord, wordt uw account permanent geblokeerd.

Met vriendelijke groeten,
Amazon Team
"""
add(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude 'reply with card details' from live.nl; no order number",
    structure="plain", cte="7bit", text=t, date=when,
    **{"from": ("Amazon Betalingen", "amazon.betalingen@live.nl")}, to=(None, "undisclosed-recipients:;"),
    subject="BELANGRIJK: Uw bestelling is geannuleerd - betaling mislukt",
    msgid=plain_msgid("AM0PR07MB4411.eurprd07.prod.outlook.com"))

evil = evil_link("https://amazon-nl.terugbetaling-portaal.com/refund")
d = nl_notice_dict(
    "amazon.nl", title="Annulering van je bestelling", order="404-6627310-5592188", greeting="Hallo,",
    paras=["Helaas is het onderstaande artikel niet meer leverbaar. De verkoper kon je bestelling niet verzenden, daarom is deze geannuleerd.",
           "Je terugbetaling van \u20ac 349,00 staat klaar. Bevestig binnen 48 uur je bankgegevens via "
           "[[https://www.amazon.nl/gp/your-account/terugbetaling|/terugbetaling]] zodat we het bedrag kunnen overmaken."],
    items=[("Garmin Venu 3 smartwatch, Slate/Black", 1, "\u20ac 349,00", "Verkocht door: Amazon EU S.\u00e0 r.l.")])
_, h = notice_parts(d, evil)
when = rdate(1)
add(kind="lookalike", language="nl", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished template copy; link text shows amazon.nl, hrefs go to terugbetaling-portaal.com; HTML-only base64",
    structure="html", cte="b64", html=h, date=when,
    received=[received("mx.recipient.example", "smtp.terugbetaling-portaal.com", "77.91.124.6", when)],
    **{"from": ("Amazon.nl", "bestellingen@amazon-nl.terugbetaling-portaal.com")}, to=(None, "ilse.kuipers@gmail.com"),
    subject="Je Amazon.nl-bestelling #404-6627310-5592188 is geannuleerd",
    msgid=plain_msgid("terugbetaling-portaal.com"))

evil = evil_link("https://secure-amzn-login.net/nl/inloggen")
d = nl_notice_dict(
    "amazon.com.be", title="Bestelling geannuleerd", order="406-1029384-7756120", greeting="Hallo,",
    paras=["Door een technische storing in ons betalingssysteem is je bestelling geannuleerd.",
           "Om je bestelling opnieuw te laten verwerken, log je in en bevestig je je factuurgegevens. "
           "Bestellingen die niet binnen 24 uur worden bevestigd, kunnen niet worden hersteld."],
    items=[("Sony PlayStation 5 Slim Digital Edition", 1, "\u20ac 449,99", "")],
    button_label="Factuurgegevens bevestigen", button_path="/factuur")
t, h = notice_parts(d, evil, style="modern")
when = rdate(2)
add(kind="lookalike", language="nl", cause="technical_issue", states_reason=True, marketplace=None,
    note="Greek Alpha and omicron homoglyphs in display name imitating Amazon.com.be; sender secure-amzn-login.net",
    structure="alt", cte="b64", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "out.secure-amzn-login.net", "146.70.41.9", when)],
    **{"from": ("\u0391maz\u03bfn.com.be", "noreply@secure-amzn-login.net")}, to=(None, "jan.maes@proximus.be"),
    subject="Je Amazon.com.be-bestelling #406-1029384-7756120 is geannuleerd", msgid=plain_msgid("secure-amzn-login.net"))

when = rdate(1)
t = """Amazon.nl

Hallo,

De betaling voor je bestelling #402-9915072-3368441 is mislukt.

Je bestelling wordt geannuleerd, tenzij je binnen 24 uur je betaalgegevens bijwerkt.

Nu bijwerken: https://amazon.nl-bestelling.help/betaling?id=402-9915072-3368441

Artikel: Dyson V15 Detect Absolute - \u20ac 749,00

Bedankt voor je bestelling bij Amazon.nl
"""
h = simple_html("""<table width="600" align="center" style="border-top:4px solid #232f3e;"><tr><td style="padding:18px;">
<p style="font-size:20px;font-weight:bold;">amazon.nl</p>
<p>Hallo,</p>
<p>De betaling voor je bestelling <b>#402-9915072-3368441</b> is mislukt.</p>
<p><b>Je bestelling wordt geannuleerd, tenzij je binnen 24 uur je betaalgegevens bijwerkt.</b></p>
<p><a href="https://amazon.nl-bestelling.help/betaling?id=402-9915072-3368441" style="background:#ffa41c;padding:9px 22px;color:#111;text-decoration:none;border-radius:4px;">Nu bijwerken</a></p>
<p>Artikel: Dyson V15 Detect Absolute &ndash; &euro; 749,00</p>
<p style="color:#777;font-size:12px;">Bedankt voor je bestelling bij Amazon.nl</p>
</td></tr></table>""", "nl")
add(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="domain amazon.nl-bestelling.help; 'wordt geannuleerd, tenzij' payment updated",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "mail.nl-bestelling.help", "193.233.48.20", when)],
    **{"from": ("Amazon.nl", "service@amazon.nl-bestelling.help")}, to=(None, "t.vermeulen@ziggo.nl"),
    subject="Betaling mislukt - je bestelling wordt geannuleerd", msgid=plain_msgid("nl-bestelling.help"))

when = rdate(2)
t = """Hallo,

Uw Amazon bestelling is geannuleerd.

Bestelling: #NL-88213
Bedrag: \u20ac 399,00

Klik op de link hieronder voor details en om uw geld terug te krijgen.

https://bit.ly/amzn-nl-terug

Bedankt
Amazon
"""
add(kind="lookalike", language="nl", cause="unknown", states_reason=False, marketplace=None,
    note="crude; yahoo sender; malformed order number; no reason",
    structure="plain", cte="qp", text=t, date=when,
    **{"from": ("amazon", "petra.de.wit77@yahoo.com")}, to=(None, "h.smits@home.nl"),
    subject="Uw bestelling #NL-88213 is geannuleerd", msgid=plain_msgid("sonic.gate.mail.ir2.yahoo.com"))

evil = evil_link("https://amazon-be.bezwaar-annulering.com/be")
d = nl_notice_dict(
    "amazon.com.be", title="Annulering bevestigd", order="405-7720391-1183564", greeting="Hallo,",
    paras=["Zoals gevraagd hebben we je bestelling #405-7720391-1183564 geannuleerd.",
           "Reden van annulering: Geannuleerd door klant",
           "Heb je deze annulering niet zelf aangevraagd? Dan heeft mogelijk iemand anders toegang tot je account. "
           "[[Maak binnen 24 uur bezwaar|/bezwaar]] om je account te beveiligen."],
    items=[("Apple Watch Series 10 GPS 46 mm, Gitzwart", 1, "\u20ac 459,00", "Verkocht door: Amazon EU S.\u00e0 r.l.")])
t, h = notice_parts(d, evil)
when = rdate(2)
add(kind="lookalike", language="nl", cause="customer_request", states_reason=True, marketplace=None,
    note="spoofed From auto-confirm@amazon.com.be with dmarc=fail; links to bezwaar-annulering.com",
    structure="alt", cte="qp", text=t, html=h, date=when,
    received=[received("mx.recipient.example", "relay3.bulk-sendr.top", "45.142.122.80", when)],
    auth=auth_fail("amazon.com.be", "bulk-sendr.top", "mx.telenet.be"),
    **{"from": ("Amazon.com.be", "auto-confirm@amazon.com.be")}, reply_to="klantendienst@amazon-be.bezwaar-annulering.com",
    to=(None, "sofie.wouters@telenet.be"),
    subject="Annulering bevestigd: je Amazon.com.be-bestelling #405-7720391-1183564",
    msgid=plain_msgid("bulk-sendr.top"))


# ===========================================================================
# write everything
# ===========================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for i, spec in enumerate(MAILS, 1):
        name = "%s%03d.eml" % (PREFIX, i)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(spec))
        labels.append({"file": name, "kind": spec["kind"], "language": spec["language"], "cause": spec["cause"],
                       "states_reason": spec["states_reason"], "marketplace": spec["marketplace"],
                       "note": spec["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
