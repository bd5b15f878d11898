#!/usr/bin/env python3
"""Generate blind test batch q3 (Turkish: amazon.com.tr; Arabic: amazon.ae/.sa/.eg).

Writes mail/q3NNN.eml and labels.json next to this script.  Deterministic
(fixed random seed).  Texts live in the TR_* / AR_* data structures below.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import random
import re
import urllib.parse
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "q3"
rng = random.Random(20250303)

# ---------------------------------------------------------------------------
# Language strings
# ---------------------------------------------------------------------------
LANG = {
    "tr": dict(dir="ltr", align="left", opp="right", order_label="Sipariş No.",
               order_hash="Sipariş #", qty="Adet", price="Fiyat", item="Ürün",
               view_order="Sipariş ayrıntılarını görüntüle", your_orders="Siparişlerim",
               your_account="Hesabım", help="Yardım", seller="Satıcı"),
    "ar": dict(dir="rtl", align="right", opp="left", order_label="رقم الطلب",
               order_hash="الطلب رقم #", qty="الكمية", price="السعر", item="المنتج",
               view_order="عرض تفاصيل الطلب", your_orders="طلباتي",
               your_account="حسابي", help="المساعدة", seller="البائع"),
}

LEGACY_MAP = {"₺": "TL", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
              "…": "...", "•": "*", "\u200f": "", "\u200e": "", "→": "->", "›": ">"}


def sanitize(text, charset):
    if charset.lower() in ("utf-8", "us-ascii"):
        return text
    for a, b in LEGACY_MAP.items():
        if a in text:
            try:
                a.encode(charset)
            except UnicodeEncodeError:
                text = text.replace(a, b)
    text.encode(charset)  # raise if anything is still unencodable
    return text


LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def to_html(s):
    """Escape a paragraph, then turn [[text|url]] into links and **x** into bold."""
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s" style="color:#0066c0;text-decoration:none">%s</a>'
                   % (html.escape(m.group(2)), html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    res = "".join(out)
    res = BOLD_RE.sub(r"<b>\1</b>", res)
    return res.replace("\n", "<br />\n")


def to_text(s):
    def rep(m):
        t, u = m.group(1), m.group(2)
        if t == u:
            return u
        if t.startswith("http") or t.startswith("www."):
            return "%s <%s>" % (t, u) if u != t else t
        return "%s: %s" % (t, u)
    s = LINK_RE.sub(rep, s)
    return BOLD_RE.sub(r"\1", s)


def rid(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def tracked(domain, url, tag):
    q = urllib.parse.quote(url, safe="")
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (domain, rid(13), rid(13), rid(40, "0123456789abcdef"), rid(12), q, rid(28), tag))


# ---------------------------------------------------------------------------
# HTML layouts
# ---------------------------------------------------------------------------

def items_rows_a(m, L):
    rows = []
    for heading, items in m.get("groups", []):
        rows.append('<tr><td colspan="2" style="padding:14px 0 6px 0;font-size:15px;font-weight:bold;'
                    'color:#002E36;border-top:1px solid #E7E7E7">%s</td></tr>' % html.escape(heading))
        for name, qty, price in items:
            rows.append(
                '<tr><td style="width:84px;padding:6px 0"><img src="https://m.media-amazon.com/images/I/%s._SS80_.jpg" '
                'width="80" height="80" alt="" /></td>\n<td style="padding:6px 8px;font-size:14px;line-height:19px;color:#0F1111">'
                '<a href="%s" style="color:#007185;text-decoration:none">%s</a><br />'
                '<span style="color:#565959">%s: %s</span><br /><b>%s</b></td></tr>'
                % (rid(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl0123456789+"), m["item_url"], html.escape(name),
                   L["qty"], qty, html.escape(price)))
    return "\n".join(rows)


def layout_a(m, L, cs):
    d, al = L["dir"], L["align"]
    paras = "\n".join('<tr><td style="padding-bottom:16px;font-size:16px;line-height:22px;color:#002E36;'
                      'font-family:Arial,sans-serif"><span>%s</span></td></tr>' % to_html(p) for p in m["paras"])
    btn = ""
    if m.get("button"):
        bt, bu = m["button"]
        btn = ('<table class="buttonComponent" style="border-collapse:separate;border-radius:3px;border:1px solid #CBA957;'
               'background-color:#ffa723;min-width:222px;margin:6px 0 18px 0"><tr><td align="center" style="height:47px;'
               'vertical-align:middle"><a class="buttonComponentLink" href="%s" style="color:#1b1b1b;font:16px/18px Arial,'
               'sans-serif;text-decoration:none">%s</a></td></tr></table>' % (html.escape(bu), html.escape(bt)))
    order = ""
    if m.get("order"):
        order = ('<table style="width:100%%;margin-top:6px"><tr><td style="font-size:14px;color:#565959;padding-bottom:4px">'
                 '%s<a href="%s" style="color:#007185;text-decoration:none">%s</a></td></tr></table>'
                 % (L["order_hash"], m["order_url"], m["order"]))
    summ = "".join('<tr><td style="font-size:14px;padding:3px 0;color:#0F1111">%s</td><td style="font-size:14px;'
                   'padding:3px 0;text-align:%s;color:#0F1111"><b>%s</b></td></tr>' % (html.escape(a), L["opp"], html.escape(b))
                   for a, b in m.get("summary", []))
    if summ:
        summ = '<table style="width:100%%;border-top:1px solid #E7E7E7;margin-top:10px">%s</table>' % summ
    closing = ""
    if m.get("closing"):
        closing = '<p style="font-size:14px;line-height:20px;color:#002E36;margin:18px 0 0 0">%s</p>' % to_html(m["closing"])
    foot = "\n".join('<tr><td style="padding:6px 0;font-size:11px;line-height:15px;color:#767676;'
                     'font-family:Arial,sans-serif">%s</td></tr>' % to_html(p) for p in m["footer"])
    return """<!DOCTYPE html>
<html dir="%(d)s" lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <style>
body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%%; -ms-text-size-adjust:100%%; }
.ExternalClass { width:100%%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%%; min-width: 338px; }
.brandImage { width: 130px; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6; border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
  </style>
 </head>
 <body style="width:100%% !important;margin:0;padding:0"><img width="1" height="1" src="%(pixel)s" />
  <table id="OutlookWrapper" style="width:100%%;text-align:%(al)s" dir="%(d)s">
   <tbody><tr><td align="center">
    <table id="EmailWrapper" style="width:100%% !important;text-align:%(al)s" dir="%(d)s"><tbody><tr><td align="center">
     <table class="emailBody" style="width:375px;background-color:rgb(250,250,250);text-align:%(al)s"><tbody><tr>
      <td class="emailBodyTD" style="padding:23px 18px 21px 17px">
       <a href="%(home)s"><table class="brandTable" style="margin-bottom:20px;width:100%%;min-width:338px"><tbody><tr>
        <td align="center"><img src="%(logo)s" alt="%(brand)s" title="%(brand)s" class="brandImage" border="0" width="130" style="width:130px" /></td>
       </tr></tbody></table></a>
       <table class="emailContainer" style="background-color:#ffffff;border:1px solid #D6D6D6;border-top:2px solid #CECECE;width:100%%"><tbody><tr>
        <td class="emailContainerTD" style="padding:25px 23px 33px 23px">
         <table class="greetingTable" style="font-size:20px;line-height:24px;color:rgb(0,46,54);margin-bottom:18px"><tbody><tr>
          <td><span>%(greeting)s</span></td></tr></tbody></table>
         <table class="informationTable" style="font-size:16px;line-height:22px;color:rgb(0,46,54)"><tbody>
%(paras)s
         </tbody></table>
         %(btn)s
         %(order)s
         <table class="itemsTable" style="width:100%%"><tbody>
%(items)s
         </tbody></table>
         %(summ)s
         %(closing)s
        </td></tr></tbody></table>
       <table class="footerTable" style="width:100%%;margin-top:16px"><tbody>
%(foot)s
       </tbody></table>
      </td></tr></tbody></table>
    </td></tr></tbody></table>
   </td></tr></tbody>
  </table>
 </body>
</html>
""" % dict(d=d, al=al, lang=m["lang"], cs=cs, pixel=m["pixel"], home=m["home"], logo=m["logo"], brand=m["brand"],
           greeting=to_html(m.get("greeting", "")), paras=paras, btn=btn, order=order, items=items_rows_a(m, L),
           summ=summ, closing=closing, foot=foot)


def layout_b(m, L, cs):
    d, al, op = L["dir"], L["align"], L["opp"]
    paras = "\n".join('<p style="margin:4px 0 10px 0;font:13px/18px Arial,sans-serif">%s</p>' % to_html(p) for p in m["paras"])
    groups = []
    for heading, items in m.get("groups", []):
        rows = "\n".join(
            '<tr><td style="padding:10px 0 10px 0;width:110px"><img src="https://images-eu.ssl-images-amazon.com/images/I/%s._SCLZZZZZZZ_SX100_.jpg" width="100" alt="" /></td>'
            '<td style="padding:10px;vertical-align:top"><a href="%s" style="color:#006699;text-decoration:none">%s</a>'
            '<br /><span style="color:#666">%s: %s</span></td>'
            '<td style="padding:10px 0;text-align:%s;vertical-align:top;white-space:nowrap"><b>%s</b></td></tr>'
            % (rid(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl0123456789"), m["item_url"], html.escape(n), L["qty"], q, op, html.escape(p))
            for n, q, p in items)
        groups.append('<h3 style="font-size:18px;color:#cc6600;margin:15px 0 0 0;font-weight:normal;border-bottom:1px solid #ccc;'
                      'padding-bottom:4px">%s</h3>\n<table id="itemDetails" style="width:100%%;border-collapse:collapse">%s</table>'
                      % (html.escape(heading), rows))
    summ = "".join('<tr><td style="text-align:%s;padding:2px 8px;font:13px/18px Arial,sans-serif">%s</td>'
                   '<td style="text-align:%s;padding:2px 0;font:13px/18px Arial,sans-serif;white-space:nowrap">%s</td></tr>'
                   % (op, html.escape(a), op, html.escape(b)) for a, b in m.get("summary", []))
    if summ:
        summ = '<table id="costBreakdown" style="width:100%%;border-top:1px solid #eaeaea;margin-top:8px">%s</table>' % summ
    btn = ""
    if m.get("button"):
        bt, bu = m["button"]
        btn = ('<table style="margin:14px 0"><tr><td style="background:#f0c14b;border:1px solid #a88734;border-radius:3px;'
               'padding:6px 14px"><a href="%s" style="color:#111;text-decoration:none;font:13px Arial,sans-serif">%s</a>'
               '</td></tr></table>' % (html.escape(bu), html.escape(bt)))
    closing = '<p style="margin:16px 0 0 0">%s</p>' % to_html(m["closing"]) if m.get("closing") else ""
    order_line = ""
    if m.get("order"):
        order_line = '%s <a href="%s" style="color:#006699;text-decoration:none">#%s</a>' % (L["order_label"], m["order_url"], m["order"])
    foot = "\n".join('<p style="margin:6px 0;font:11px/15px Arial,sans-serif;color:#888">%s</p>' % to_html(p) for p in m["footer"])
    return """<html dir="%(d)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <style type="text/css">
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align:top; font-size:13px; line-height:18px; font-family:Arial, sans-serif; }
#container { width:640px; color:#333; }
#header td.title { text-align:%(op)s; }
  </style>
 </head>
 <body>
  <img width="1" height="1" src="%(pixel)s" />
  <table id="container" align="center" dir="%(d)s" style="width:640px;color:#333;text-align:%(al)s">
   <tr><td>
    <table id="header" style="width:100%%">
     <tr>
      <td style="width:200px;padding:14px 0"><a href="%(home)s"><img src="%(logo)s" alt="%(brand)s" width="120" /></a></td>
      <td class="title" style="text-align:%(op)s;padding:14px 0">
       <h2 style="font-size:20px;color:#000">%(title)s</h2>
       <p style="font:13px/18px Arial,sans-serif">%(order_line)s</p>
      </td>
     </tr>
    </table>
    <table id="summary" style="width:100%%;border-top:3px solid #2A2A2A">
     <tr><td style="padding:14px 0 0 0">
      <h3 style="font-size:18px;color:#cc6600;margin:0 0 8px 0;font-weight:normal">%(greeting)s</h3>
%(paras)s
      %(btn)s
     </td></tr>
    </table>
%(groups)s
    %(summ)s
    %(closing)s
    <table id="footer" style="width:100%%;border-top:1px solid #eaeaea;margin-top:22px">
     <tr><td style="padding-top:10px">
%(foot)s
     </td></tr>
    </table>
   </td></tr>
  </table>
 </body>
</html>
""" % dict(d=d, al=al, op=op, cs=cs, pixel=m["pixel"], home=m["home"], logo=m["logo"], brand=m["brand"],
           title=html.escape(m.get("title", "")), order_line=order_line, greeting=to_html(m.get("greeting", "")),
           paras=paras, btn=btn, groups="\n".join(groups), summ=summ, closing=closing, foot=foot)


def layout_c(m, L, cs):
    d, al, op = L["dir"], L["align"], L["opp"]
    hb = m.get("header_bg", "#232F3E")
    paras = "\n".join('<p style="margin:0 0 12px 0;font-size:14px;line-height:20px">%s</p>' % to_html(p) for p in m["paras"])
    tables = []
    for heading, items in m.get("groups", []):
        rows = "\n".join('<tr><td style="padding:8px;border-top:1px solid #e3e3e3">%s</td>'
                         '<td style="padding:8px;border-top:1px solid #e3e3e3;text-align:center">%s</td>'
                         '<td style="padding:8px;border-top:1px solid #e3e3e3;text-align:%s;white-space:nowrap">%s</td></tr>'
                         % (html.escape(n), q, op, html.escape(p)) for n, q, p in items)
        tables.append('<table style="width:100%%;border:1px solid #d5d9d9;border-collapse:collapse;margin:8px 0 16px 0;font-size:13px">'
                      '<tr><td colspan="3" style="background:#f7f7f7;padding:8px;font-weight:bold">%s</td></tr>'
                      '<tr style="color:#565959"><td style="padding:4px 8px">%s</td><td style="padding:4px 8px;text-align:center">%s</td>'
                      '<td style="padding:4px 8px;text-align:%s">%s</td></tr>%s</table>'
                      % (html.escape(heading), L["item"], L["qty"], op, L["price"], rows))
    summ = "".join('<tr><td style="padding:2px 0">%s</td><td style="padding:2px 0;text-align:%s"><b>%s</b></td></tr>'
                   % (html.escape(a), op, html.escape(b)) for a, b in m.get("summary", []))
    if summ:
        summ = '<table style="width:100%%;font-size:13px;margin-bottom:12px">%s</table>' % summ
    btn = ""
    if m.get("button"):
        bt, bu = m["button"]
        btn = ('<p style="margin:16px 0"><a href="%s" style="display:inline-block;background:%s;border-radius:20px;'
               'padding:9px 20px;color:#0F1111;text-decoration:none;font-size:14px">%s</a></p>'
               % (html.escape(bu), m.get("button_bg", "#FFD814"), html.escape(bt)))
    order_line = ""
    if m.get("order"):
        order_line = '<p style="margin:0 0 14px 0;font-size:13px;color:#565959">%s <a href="%s" style="color:#007185">%s</a></p>' % (
            L["order_label"], m["order_url"], m["order"])
    closing = '<p style="margin:14px 0 0 0;font-size:14px">%s</p>' % to_html(m["closing"]) if m.get("closing") else ""
    foot = "\n".join('<p style="margin:0 0 8px 0">%s</p>' % to_html(p) for p in m["footer"])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="%(d)s" lang="%(lang)s">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
<title>%(title)s</title>
</head>
<body style="margin:0;padding:0;background:#f2f2f2">
<img src="%(pixel)s" width="1" height="1" alt="" />
<div dir="%(d)s" style="max-width:600px;margin:0 auto;background:#ffffff;font-family:'Amazon Ember',Arial,Helvetica,sans-serif;color:#0F1111;text-align:%(al)s">
 <div style="background:%(hb)s;padding:12px 20px"><a href="%(home)s"><img src="%(logo)s" alt="%(brand)s" height="28" style="border:0" /></a></div>
 <div style="padding:22px 20px 10px 20px">
  <p style="margin:0 0 14px 0;font-size:19px;font-weight:bold">%(title)s</p>
  %(order_line)s
  <p style="margin:0 0 12px 0;font-size:14px">%(greeting)s</p>
%(paras)s
%(tables)s
  %(summ)s
  %(btn)s
  %(closing)s
 </div>
 <div style="padding:16px 20px 20px 20px;font-size:11px;line-height:15px;color:#767676;border-top:1px solid #dddddd">
%(foot)s
 </div>
</div>
</body>
</html>
""" % dict(d=d, al=al, lang=m["lang"], cs=cs, pixel=m["pixel"], hb=hb, home=m["home"], logo=m["logo"], brand=m["brand"],
           title=html.escape(m.get("title", "")), order_line=order_line, greeting=to_html(m.get("greeting", "")),
           paras=paras, tables="\n".join(tables), summ=summ, btn=btn, closing=closing, foot=foot)


LAYOUTS = {"A": layout_a, "B": layout_b, "C": layout_c}


def render_text(m, L):
    if m.get("raw_text"):
        return m["raw_text"]
    sep = m.get("sep", "_" * 72)
    out = []
    head = m.get("text_head")
    if head is None:
        head = "%s %s" % (m["brand"], m.get("title", "")) if m.get("title") else m["brand"]
    out.append(head)
    if m.get("order"):
        out.append("%s%s" % (L["order_hash"], m["order"]))
        out.append(m["order_url"])
    out.append(sep)
    out.append("")
    if m.get("greeting"):
        out.append(to_text(m["greeting"]))
        out.append("")
    for p in m["paras"]:
        out.append(to_text(p))
        out.append("")
    for heading, items in m.get("groups", []):
        out.append(heading)
        out.append("-" * min(len(heading) + 4, 60))
        for n, q, p in items:
            out.append("    %s" % n)
            out.append("    %s: %s    %s: %s" % (L["qty"], q, L["price"], p))
            out.append("")
    for a, b in m.get("summary", []):
        out.append("%s %s" % (a, b))
    if m.get("summary"):
        out.append("")
    if m.get("button"):
        out.append("%s:" % m["button"][0])
        out.append(m["button"][1])
        out.append("")
    if m.get("closing"):
        out.append(to_text(m["closing"]))
        out.append("")
    out.append(sep)
    out.append("")
    for p in m["footer"]:
        out.append(to_text(p))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------

def amazon_received(m, date):
    ip = "54.240.%d.%d" % (rng.randint(0, 11), rng.randint(2, 250))
    host = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (rng.randint(1, 9), rng.randint(10, 250))
    t = format_datetime(date - dt.timedelta(seconds=rng.randint(1, 6)))
    mx = m.get("mx", "mx.google.com")
    return ("from %s (%s. [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>\n\t(version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n\t%s"
            % (host, host, ip, mx, rid(30, "abcdefghijklmnopqrstuvwxyz0123456789") + ".12", m["to"][1], t))


def auth_results(domain, mx="mx.google.com", dkim="pass", spf="pass", dmarc="pass", mailfrom=None, style="google", ip=None):
    mailfrom = mailfrom or "0102%s@eu-west-1.amazonses.com" % rid(12, "0123456789abcdef")
    ip = ip or "54.240.%d.%d" % (rng.randint(0, 11), rng.randint(2, 250))
    sel = "20230601" if domain == "gmail.com" else rid(32, "abcdefghijklmnopqrstuvwxyz0123456789")
    b = rid(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    if style == "microsoft":
        return ("spf=%s (sender IP is %s)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none\n"
                " header.from=%s;compauth=%s reason=100"
                % (spf, ip, mailfrom.split("@")[1], dkim, domain, dmarc, domain, "pass" if dmarc == "pass" else "fail"))
    if style == "plain":
        return ("%s;\n\tdkim=%s header.d=%s header.s=%s;\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s"
                % (mx, dkim, domain, sel[:10], spf, mailfrom, dmarc, domain))
    s = "%s;\n       dkim=%s header.d=%s header.i=@%s header.s=%s header.b=%s;\n" % (mx, dkim, domain, domain, sel, b)
    s += ("       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
          % (spf, mailfrom, ip, mailfrom))
    s += "       dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dmarc, domain)
    return s


def build(m, date):
    lang = m["lang"]
    L = LANG[lang]
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    fmt = m.get("fmt", "plain")
    body = EmailMessage()
    text = sanitize(render_text(m, L), cs) if fmt in ("plain", "alt") else None
    htm = None
    if fmt in ("html", "alt"):
        htm = m["raw_html"] if m.get("raw_html") else LAYOUTS[m.get("layout", "A")](m, L, cs)
        htm = sanitize(htm, cs)
    if fmt == "plain":
        body.set_content(text, charset=cs, cte=cte)
    elif fmt == "html":
        body.set_content(htm, subtype="html", charset=cs, cte=cte)
    else:
        body.set_content(text, charset=cs, cte=m.get("cte_text", cte))
        body.add_alternative(htm, subtype="html", charset=cs, cte=cte)
        body.set_boundary(m.get("boundary") or "----=_Part_%d_%d.%d" % (
            rng.randint(100000, 99999999), rng.randint(100000000, 2147483647), int(date.timestamp() * 1000)))
    raw = body.as_bytes(policy=policy.default)
    idx = raw.index(b"\n\n")
    ctype = [ln for ln in raw[:idx].decode("ascii").split("\n")]
    # re-join folded lines, drop MIME-Version (written below)
    chead, cur = [], None
    for ln in ctype:
        if ln[:1] in (" ", "\t") and cur is not None:
            chead[-1] += "\n" + ln
        else:
            chead.append(ln)
            cur = ln
    chead = [h for h in chead if not h.lower().startswith("mime-version")]
    payload = raw[idx + 2:]

    hdrs = []
    hcs = m.get("header_charset", cs)
    if m.get("return_path"):
        hdrs.append("Return-Path: <%s>" % m["return_path"])
    for r in m.get("received", []):
        hdrs.append("Received: " + r)
    if m.get("auth"):
        hdrs.append("Authentication-Results: " + m["auth"])
    hdrs.append("Date: " + format_datetime(date))
    name, addr = m["frm"]
    hdrs.append("From: " + (formataddr((name, addr), charset=hcs) if name else addr))
    if m.get("reply_to"):
        hdrs.append("Reply-To: " + m["reply_to"])
    tn, ta = m["to"]
    hdrs.append("To: " + (formataddr((tn, ta), charset=hcs) if tn else ta))
    hdrs.append("Message-ID: " + m["msgid"])
    for k, v in m.get("pre_headers", []):
        hdrs.append("%s: %s" % (k, v))
    subj = m["subject"]
    try:
        subj.encode("ascii")
        hsub = Header(subj, "us-ascii", header_name="Subject").encode(linesep="\n")
    except UnicodeEncodeError:
        subj = sanitize(subj, hcs)
        hsub = Header(subj, hcs, header_name="Subject").encode(linesep="\n")
    hdrs.append("Subject: " + hsub)
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(chead)
    for k, v in m.get("xheaders", []):
        hdrs.append("%s: %s" % (k, v))
    return ("\n".join(hdrs) + "\n\n").encode("ascii") + payload


# ---------------------------------------------------------------------------
# Turkish (amazon.com.tr)
# ---------------------------------------------------------------------------
TRD = "amazon.com.tr"
TR_HELP = "https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GPKXS9UX8Q6SF7HD"
TR_PHISH = "https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B"

TR_FOOT = {
    "f1": [
        "Bu e-posta, gelen postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
        "Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi, kart numaranızı veya banka hesap bilgilerinizi istemez. "
        "Amazon'dan geliyormuş gibi görünen ve bu tür bilgiler isteyen bir e-posta aldıysanız lütfen bize bildirin: "
        "[[Kimlik avı bildirimi|" + TR_PHISH + "]]",
        "Amazon Turkey Perakende Hizmetleri Limited Şirketi, Esentepe Mah. Büyükdere Cad. No:199, 34394 Şişli / İstanbul.",
    ],
    "f2": [
        "Hesabınızın güvenliği için şifrenizi kimseyle paylaşmayın ve aynı şifreyi başka sitelerde kullanmayın. "
        "Şüpheli bir hareket fark ederseniz Hesabım > Giriş ve güvenlik bölümünden şifrenizi hemen değiştirin.",
        "Kayıtlı kartlarınızı ve diğer ödeme yöntemlerinizi Hesabım > Ödeme seçenekleriniz sayfasından yönetebilirsiniz. "
        "Kart bilgileriniz şifrelenerek saklanır.",
        "Bu bildirim otomatik olarak oluşturulmuştur; bu adrese gönderilen yanıtlar okunmamaktadır.",
    ],
    "f3": [
        "Sorularınız için: [[Müşteri Hizmetleri|https://www.amazon.com.tr/gp/help/customer/contact-us]]",
        "Sahte e-postalara karşı dikkatli olun: bir bağlantıya tıklamadan önce adresin www.amazon.com.tr ile bittiğinden emin olun. "
        "Amazon sizden asla telefonla ödeme yapmanızı, hediye çeki kodu göndermenizi ya da bir uygulama yüklemenizi istemez.",
    ],
    "f4": [
        "© 1996-2025, Amazon.com, Inc. veya bağlı şirketleri. Amazon, Amazon.com.tr ve Amazon logosu, Amazon.com, Inc. "
        "veya bağlı şirketlerinin ticari markalarıdır.",
        "Kişisel verilerinizin nasıl işlendiğini [[Gizlilik Bildirimi|https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ]] sayfamızda bulabilirsiniz.",
        "Ödeme bilgilerinizi yalnızca Amazon.com.tr web sitesi veya uygulaması üzerinden güncelleyin. Bu e-postada sizden "
        "herhangi bir kişisel bilgi istenmemektedir.",
    ],
    "f5": [
        "Bu e-posta bildirim amaçlıdır. Hesabınızla ilgili bir işlem yapmanız gerekiyorsa, tarayıcınıza www.amazon.com.tr yazarak "
        "doğrudan oturum açın.",
        "Amazon çalışanları sizden hiçbir zaman tek kullanımlık doğrulama kodunuzu (OTP) veya şifrenizi istemez.",
        "Amazon Turkey Perakende Hizmetleri Ltd. Şti. | Mersis No: 0068123456700015",
    ],
    "cs": [
        "Bu yanıt sorununuzu çözdü mü? [[Evet|https://www.amazon.com.tr/gp/help/survey?r=1]] | [[Hayır|https://www.amazon.com.tr/gp/help/survey?r=0]]",
        "Bu e-postaya doğrudan yanıt vermek yerine lütfen Müşteri Hizmetleri sayfamızdan bize ulaşın. Görüşmelerimiz sırasında "
        "sizden asla şifrenizi veya kartınızın tamamını istemeyiz.",
    ],
}

TR_PEOPLE = [("Burak Demir", "burak.demir1987@gmail.com"), ("Zeynep Aydın", "zeynepaydin@hotmail.com"),
             ("Elif Yıldız", "elif.yildiz84@gmail.com"), ("Mehmet Koç", "mkoc@outlook.com"),
             ("Ayşe Şahin", "aysesahin.tr@gmail.com"), ("Emre Kaya", "emre.kaya@yandex.com"),
             ("Cansu Arslan", "cansu_arslan@gmail.com"), ("Can Öztürk", "can.ozturk@icloud.com"),
             ("Deniz Çelik", "denizcelik@gmail.com"), ("Selin Kurt", "selin.kurt@hotmail.com.tr"),
             ("Oğuz Aksoy", "oguzaksoy@gmail.com"), ("Gizem Polat", "gizem.polat@outlook.com"),
             ("Kerem Erdoğan", "kerem.erdogan@gmail.com"), ("Hakan Yalçın", "hakanyalcin@yahoo.com"),
             ("Tuba Güneş", "tubagunes@gmail.com"), ("Serkan Doğan", "serkan.dogan@gmail.com"),
             ("Merve Kılıç", "merve.kilic@hotmail.com"), ("Barış Özdemir", "barisozdemir@gmail.com"),
             ("İrem Aslan", "irem.aslan@gmail.com"), ("Volkan Tekin", "volkantekin@outlook.com")]

AZ = lambda local: ("Amazon.com.tr", local + "@amazon.com.tr")

TR = [
    # ---------------- inventory_shortage ----------------
    dict(kind="notice", cause="inventory_shortage", sr=True, note="out of stock, supplier gives no date",
         frm=AZ("order-update"), who=0, op="403", fmt="html", layout="B", cte="quoted-printable", auth=True,
         subject="Amazon.com.tr siparişiniz #{o} iptal edildi", title="Sipariş İptali",
         greeting="Merhaba Burak,",
         paras=["Siparişinizdeki ürünün stoklarımızda kalmadığını üzülerek bildiririz. Tedarikçimiz yeni bir sevkiyat tarihi "
                "veremediği için siparişinizi iptal ettik.",
                "Kartınızdan herhangi bir ücret tahsil edilmedi. Hesap ekstrenizde bir ön provizyon görüyorsanız, bu tutar bankanıza "
                "bağlı olarak 3-5 iş günü içinde limitinize geri döner.",
                "Ürün yeniden satışa sunulduğunda haberdar olmak isterseniz ürün sayfasındaki “Stoğa girince haber ver” "
                "seçeneğini kullanabilirsiniz."],
         groups=[("İptal edilen ürün", [("Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü, 7,3 L, Siyah", 1, "5.499,00 TL")])],
         summary=[("Ürünlerin toplamı:", "5.499,00 TL"), ("Tahsil edilen tutar:", "0,00 TL")],
         closing="Anlayışınız için teşekkür ederiz.\nAmazon.com.tr", footer="f1"),
    dict(kind="notice", cause="inventory_shortage", sr=True, note="partial, seller could not source item",
         frm=AZ("order-update"), who=1, op="171", fmt="plain", cte="base64", auth=False,
         subject="Siparişinizdeki 1 ürün iptal edildi (#{o})", title="Sipariş Güncellemesi",
         greeting="Merhaba Zeynep,",
         paras=["#{o} numaralı siparişinizdeki ürünlerden biri satıcı tarafından iptal edildi. Satıcı TeknoDepo İstanbul, "
                "ürünü tedarikçisinden temin edemediğini ve gönderim yapamayacağını bize iletti.",
                "Siparişinizdeki diğer ürün bu değişiklikten etkilenmiyor ve belirtilen tarihte teslim edilecek.",
                "İptal edilen ürün için ödeme alınmadı; sipariş toplamınız buna göre güncellendi."],
         groups=[("İptal edilen ürün", [("Logitech MX Master 3S Kablosuz Performans Mouse, Grafit", 1, "3.299,00 TL")]),
                 ("Gönderime hazırlanan ürün", [("Logitech MX Keys S Kablosuz Klavye, Türkçe Q Düzen", 1, "4.149,00 TL")])],
         summary=[("Yeni sipariş toplamı:", "4.149,00 TL")],
         closing="Saygılarımızla,\nAmazon.com.tr", footer="f2"),
    dict(kind="notice", cause="inventory_shortage", sr=True, note="pre-order cannot be filled, labelled reason",
         frm=AZ("auto-confirm"), who=2, op="402", fmt="alt", layout="A", cte="quoted-printable", auth=True,
         subject="Ön siparişiniz hakkında bilgilendirme: #{o}",
         greeting="Merhaba Elif,",
         paras=["Ön sipariş verdiğiniz ürünle ilgili üzücü bir haberimiz var.",
                "İptal nedeni: Yayıncı, Türkiye'ye ayrılan ilk baskının tükendiğini ve yeni baskı için tarih veremediğini bildirdi. "
                "Bu nedenle ön siparişinizi karşılayamıyor ve iptal ediyoruz.",
                "Ön siparişlerde ödeme ancak ürün kargoya verildiğinde alındığından, sizden herhangi bir tutar tahsil edilmedi."],
         button=("Siparişlerime git", "https://www.amazon.com.tr/gp/css/order-history?ref_=pe_tr_cxl_btn"),
         groups=[("Ön sipariş", [("The Legend of Zelda: Echoes of Wisdom - Koleksiyoncu Sürümü (Nintendo Switch)", 1, "2.799,00 TL")])],
         closing="Amazon.com.tr ekibi", footer="f3"),
    dict(kind="notice", cause="inventory_shortage", sr=True, note="denies payment cause, last unit unsellable, none left",
         frm=AZ("order-update"), who=3, op="405", fmt="plain", charset="iso-8859-9", cte="quoted-printable", auth=True,
         subject="Siparişiniz iptal edildi: Karaca Hatır Plus Türk Kahvesi Makinesi",
         greeting="Merhaba Mehmet,",
         paras=["Bu iptal ödeme yönteminizden ya da hesabınızdan kaynaklanmıyor. Siparişinizi hazırlamaya başladığımızda, "
                "depomuzdaki son adedin satışa uygun durumda olmadığını gördük; gönderebileceğimiz başka adet de kalmamıştı.",
                "Bu yüzden #{o} numaralı siparişinizi iptal etmek durumunda kaldık. Banka kartınızdan çekilen 2.349,90 TL iade edildi; "
                "tutarın hesabınıza yansıması bankanıza bağlı olarak 10 iş gününe kadar sürebilir.",
                "Aynı ürünü başka satıcılardan satın alma seçeneklerini ürün sayfasında görebilirsiniz."],
         groups=[("İptal edilen ürünler", [("Karaca Hatır Plus Mod Türk Kahvesi Makinesi, Rosie Brass", 1, "2.349,90 TL")])],
         closing="Amazon.com.tr Müşteri Hizmetleri", footer="f4", sep="=" * 70),
    # ---------------- payment_issue ----------------
    dict(kind="notice", cause="payment_issue", sr=True, note="card declined by bank, labelled reason",
         frm=("Amazon.com.tr", "payments-messages@amazon.com.tr"), who=4, op="408", fmt="html", layout="C",
         cte="base64", auth=False, subject="Siparişiniz iptal edildi - ödeme onaylanmadı", title="Siparişiniz iptal edildi",
         greeting="Merhaba Ayşe,",
         paras=["**İptal nedeni:** Kartınızı veren banka ödeme talebini onaylamadı.",
                "#{o} numaralı siparişinizin bedelini kayıtlı Mastercard kartınızdan (son dört hanesi 4417) almaya çalıştık, "
                "ancak bankanız işlemi reddetti. Sipariş bu nedenle iptal edildi ve kartınızdan herhangi bir ücret alınmadı.",
                "Ürünleri hâlâ almak istiyorsanız geçerli bir ödeme yöntemiyle yeni bir sipariş verebilirsiniz. Kartınızın internet "
                "alışverişine açık olup olmadığını bankanızdan teyit etmenizi öneririz."],
         groups=[("İptal edilen ürünler", [("Dyson V12 Detect Slim Absolute Kablosuz Süpürge", 1, "21.999,00 TL"),
                                            ("Dyson Duvar Montaj Aparatı", 1, "899,00 TL")])],
         button=("Ödeme yöntemlerini yönet", "https://www.amazon.com.tr/cpe/yourpayments/wallet?ref_=pe_tr_pay"),
         footer="f2"),
    dict(kind="notice", cause="payment_issue", sr=True, note="payment revision not made within deadline",
         frm=("Amazon.com.tr", "payments-update@amazon.com.tr"), who=5, op="406", fmt="plain", cte="base64", auth=True,
         subject="#{o} numaralı siparişiniz iptal edildi",
         greeting="Sayın Emre Kaya,",
         paras=["Daha önce, #{o} numaralı siparişinizin ödemesi alınamadığı için ödeme bilgilerinizi güncellemenizi rica etmiştik. "
                "Tanınan süre içinde geçerli bir ödeme yöntemi eklenmediğinden sipariş sistemimiz tarafından otomatik olarak iptal edildi.",
                "Bu sipariş için sizden herhangi bir ödeme tahsil edilmemiştir.",
                "Kayıtlı kartlarınızın son kullanma tarihlerini Hesabım > Ödeme seçenekleriniz sayfasından kontrol edebilirsiniz."],
         groups=[("Sipariş içeriği", [("Samsung Galaxy Tab S9 FE 10,9\" 128 GB Wi-Fi Tablet, Gri", 1, "13.499,00 TL")])],
         closing="İyi alışverişler dileriz,\nAmazon.com.tr", footer="f5"),
    dict(kind="notice", cause="payment_issue", sr=True, note="gift card balance plus card insufficient, reason-first",
         frm=("Amazon.com.tr", "payments-messages@amazon.com.tr"), who=6, op="402", fmt="alt", layout="B",
         cte="quoted-printable", auth=False, subject="#{o} numaralı siparişiniz hakkında önemli bilgi", title="Ödeme Bilgilendirmesi",
         greeting="Merhaba Cansu,",
         paras=["Hediye çeki bakiyeniz ve seçtiğiniz ikinci ödeme yöntemi, sipariş tutarının tamamını karşılamaya yetmedi.",
                "Kalan 412,50 TL tahsil edilemediği için siparişinizi gönderemedik ve iptal ettik. Siparişte kullanılan 600,00 TL "
                "tutarındaki hediye çeki bakiyesi hesabınıza geri yüklendi.",
                "Güncel bakiyenizi görmek için: [[Hediye Çeki Bakiyesi|https://www.amazon.com.tr/gc/balance?ref_=pe_tr_gc]]"],
         groups=[("Siparişteki ürünler", [("Stanley Classic Legendary Termos 1 L, Hammertone Green", 1, "1.012,50 TL")])],
         summary=[("Hediye çeki:", "600,00 TL"), ("Tahsil edilemeyen tutar:", "412,50 TL")],
         closing="Amazon.com.tr", footer="f1"),
    dict(kind="non_notice", cause=None, sr=False, note="thread", thread="tr_pay",
         frm=("Amazon.com.tr", "payments-messages@amazon.com.tr"), who=7, op="404", fmt="html", layout="B",
         cte="quoted-printable", auth=True,
         subject="İşlem gerekli: #{o} numaralı siparişinizin ödemesi alınamadı", title="Ödeme Bilgilerinizi Güncelleyin",
         greeting="Merhaba Can,",
         paras=["#{o} numaralı siparişinizin bedelini kayıtlı kartınızdan tahsil edemedik.",
                "Siparişinizin gönderilebilmesi için lütfen 3 gün içinde Amazon.com.tr hesabınızda oturum açıp ödeme bilgilerinizi "
                "güncelleyin veya başka bir kart seçin. Bu süre içinde güncelleme yapılmazsa siparişiniz iptal edilebilir."],
         button=("Ödeme bilgilerini güncelle", "https://www.amazon.com.tr/gp/css/summary/edit.html?orderID={o}"),
         groups=[("Ödeme bekleyen ürünler", [("Bosch Serie 4 Akülü Darbeli Matkap Seti, 18 V, 2 Akülü", 1, "6.849,00 TL")])],
         footer="f2"),
    dict(kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail", thread="tr_pay", thread_pos=2,
         frm=AZ("order-update"), who=7, op="404", fmt="plain", cte="8bit", auth=False,
         subject="Amazon.com.tr siparişiniz #{o} iptal edildi",
         greeting="Merhaba Can,",
         paras=["#{o} numaralı siparişiniz iptal edilmiştir. Aşağıdaki ürün size gönderilmeyecek.",
                "Bu sipariş için hesabınızdan tahsilat yapılmadı. Ürünü yine de almak isterseniz yeni bir sipariş oluşturabilirsiniz."],
         groups=[("İptal edilen ürün", [("Bosch Serie 4 Akülü Darbeli Matkap Seti, 18 V, 2 Akülü", 1, "6.849,00 TL")])],
         closing="Amazon.com.tr", footer="f3"),
    # ---------------- technical_issue ----------------
    dict(kind="notice", cause="technical_issue", sr=True, note="pricing error, tenfold too low",
         frm=AZ("order-update"), who=8, op="407", fmt="alt", layout="A", cte="base64", cte_text="quoted-printable", auth=True,
         subject="Amazon.com.tr siparişiniz (#{o}) iptal edildi",
         greeting="Merhaba Deniz,",
         paras=["Satın aldığınız ürün sitemizde bir süre 1.899,00 TL yerine 189,90 TL olarak listelendi. Bu fiyatlandırma "
                "hatasından etkilenen diğer siparişler gibi sizin siparişinizi de iptal ettik.",
                "Kartınızdan yalnızca ön provizyon alınmıştı; bu tutar çekilmeyecek ve birkaç iş günü içinde kullanılabilir limitinize dönecek.",
                "Yaşanan karışıklık için özür dileriz. Ürünü güncel fiyatıyla sipariş etmek isterseniz ürün sayfasını ziyaret edebilirsiniz."],
         groups=[("İptal edilen ürün", [("JBL Flip 6 Taşınabilir Bluetooth Hoparlör, Su Geçirmez, Mavi", 1, "189,90 TL")])],
         button=("Sipariş ayrıntıları", "https://www.amazon.com.tr/gp/your-account/order-details?orderID={o}"),
         footer="f4"),
    dict(kind="notice", cause="technical_issue", sr=True, note="system glitch between payment and order systems",
         frm=AZ("order-update"), who=9, op="403", fmt="plain", cte="8bit", auth=False,
         subject="Siparişinizle ilgili bir sorun oluştu",
         greeting="Merhaba Selin,",
         paras=["Dün akşam siparişinizi verdiğiniz sırada ödeme ve sipariş sistemlerimiz arasında yaşanan bir aksaklık, siparişinizin "
                "eksik kaydedilmesine yol açtı. Siparişi bu hâliyle işleme alamadığımız için iptal etmemiz gerekti.",
                "Alınan 1.574,00 TL kartınıza iade edildi. İadenin ekstrenize yansıması birkaç gün sürebilir.",
                "Sepetinizdeki ürünler yerinde duruyor; dilediğiniz zaman siparişi yeniden oluşturabilirsiniz."],
         groups=[("İptal edilen ürünler", [("Paşabahçe Amber 6'lı Su Bardağı Seti", 2, "398,00 TL"),
                                            ("Emsan Trend 10 Parça Granit Tencere Seti", 1, "1.176,00 TL")])],
         closing="Özür diler, iyi günler dileriz.\nAmazon.com.tr", footer="f1", sep="-" * 72),
    dict(kind="notice", cause="technical_issue", sr=True, note="listing error (wrong pack size), denies stock cause",
         frm=AZ("order-update"), who=10, op="171", fmt="html", layout="C", charset="iso-8859-9", cte="quoted-printable",
         auth=True, subject="Siparişiniz satıcı tarafından iptal edildi", title="Satıcı siparişinizi iptal etti",
         greeting="Merhaba Oğuz,",
         paras=["Bu iptalin stok durumuyla bir ilgisi yok. Satıcı, ürün sayfasında paket içeriğinin yanlış girildiğini fark etti: "
                "ilanda 6'lı set olarak gösterilen ürün aslında tek adet olarak satılıyor.",
                "Hatalı ilan üzerinden verilen siparişlerin tamamı satıcı tarafından iptal edildi; #{o} numaralı siparişiniz de bunlar arasında.",
                "Ödediğiniz 1.080,00 TL, ödeme yaptığınız karta iade edilecektir."],
         groups=[("İptal edilen ürün", [("Philips Hue White E27 Akıllı LED Ampul (6'lı Paket)", 1, "1.080,00 TL")])],
         footer="f5"),
    # ---------------- fraud_prevention ----------------
    dict(kind="notice", cause="fraud_prevention", sr=True, note="unusual sign-in activity, account suspended",
         frm=("Amazon.com.tr", "account-update@amazon.com.tr"), who=11, op="406", fmt="plain", cte="quoted-printable", auth=True,
         subject="Hesabınız geçici olarak askıya alındı ve siparişiniz iptal edildi",
         greeting="Merhaba Gizem,",
         paras=["Hesabınızda alışılmadık oturum açma girişimleri ve sipariş hareketleri tespit ettik. Sizi ve ödeme bilgilerinizi "
                "korumak için hesabınızı geçici olarak askıya aldık ve bekleyen #{o} numaralı siparişinizi iptal ettik.",
                "Hesabınıza yeniden erişmek için adresi tarayıcınıza kendiniz yazarak www.amazon.com.tr'de oturum açın ve ekrandaki "
                "adımları izleyin. Şifrenizi veya doğrulama kodunuzu e-postayla ya da telefonla kimseyle paylaşmayın.",
                "İptal edilen sipariş için kartınızdan ücret alınmadı."],
         groups=[("İptal edilen ürün", [("Apple AirPods Pro (2. nesil) USB-C MagSafe Şarj Kutusu", 1, "8.999,00 TL")])],
         closing="Amazon.com.tr Hesap Güvenliği", footer="f2"),
    dict(kind="notice", cause="fraud_prevention", sr=True, note="flagged by automated security checks, Amazon decided",
         frm=AZ("order-update"), who=12, op="408", fmt="alt", layout="B", charset="iso-8859-9", cte="quoted-printable", auth=False,
         subject="#{o} numaralı siparişiniz iptal edildi", title="Sipariş İptali",
         greeting="Merhaba Kerem,",
         paras=["Siparişiniz, alışveriş güvenliğini sağlamak için kullandığımız otomatik kontroller tarafından işaretlendi. "
                "Yaptığımız incelemenin ardından Amazon bu siparişi işleme almamaya ve iptal etmeye karar verdi.",
                "Bu karar yalnızca bu siparişi kapsar. Kartınızdan herhangi bir tutar çekilmedi.",
                "Bu siparişi siz vermediyseniz, hesabınızın şifresini değiştirmenizi öneririz."],
         groups=[("İptal edilen ürünler", [("Sony PlayStation 5 Slim Dijital Sürüm Konsol", 1, "22.499,00 TL"),
                                            ("PlayStation Store 1.000 TL Dijital Kod", 2, "2.000,00 TL")])],
         closing="Amazon.com.tr", footer="f4"),
    dict(kind="non_notice", cause=None, sr=False, note="thread", thread="tr_fraud",
         frm=("Amazon.com.tr", "account-update@amazon.com.tr"), who=13, op="407", fmt="alt", layout="C",
         cte="quoted-printable", auth=True, subject="Hesabınız beklemeye alındı - doğrulama gerekiyor",
         title="Hesabınız beklemeye alındı",
         greeting="Merhaba Hakan,",
         paras=["Hesabınızda yapılan son işlemleri doğrulayabilmemiz için sizden ek bilgi almamız gerekiyor.",
                "Doğrulama tamamlanana kadar hesabınız ve bekleyen #{o} numaralı siparişiniz beklemeye alınmıştır. Lütfen "
                "Amazon.com.tr'de oturum açın ve ekrandaki talimatları izleyerek kimlik ve fatura adresi bilgilerinizi onaylayın.",
                "Bu işlemi 5 gün içinde tamamlamanızı rica ederiz."],
         groups=[("Bekleyen sipariş", [("Lenovo IdeaPad Slim 3 15,6\" Dizüstü Bilgisayar, Ryzen 7, 16 GB, 512 GB SSD", 1, "27.999,00 TL")])],
         footer="f5"),
    dict(kind="notice", cause="fraud_prevention", sr=False, note="thread: cause from earlier mail", thread="tr_fraud", thread_pos=2,
         frm=AZ("order-update"), who=13, op="407", fmt="html", layout="A", cte="base64", auth=False,
         subject="Sipariş #{o} iptal edildi",
         greeting="Merhaba Hakan,",
         paras=["Bekleyen #{o} numaralı siparişiniz iptal edildi.",
                "Sizden herhangi bir ücret alınmadı. Sorularınız için Yardım sayfamızı ziyaret edebilirsiniz."],
         groups=[("İptal edilen ürün", [("Lenovo IdeaPad Slim 3 15,6\" Dizüstü Bilgisayar, Ryzen 7, 16 GB, 512 GB SSD", 1, "27.999,00 TL")])],
         button=("Yardım", TR_HELP), footer="f1"),
    # ---------------- customer_request ----------------
    dict(kind="notice", cause="customer_request", sr=True, note="successful cancellation at customer's request",
         frm=AZ("auto-confirm"), who=14, op="402", fmt="plain", cte="quoted-printable", auth=True,
         subject="Sipariş iptali başarılı: \"Xiaomi Redmi Buds 5 Kablosuz Kulak İçi...\"",
         greeting="Merhaba Tuba,",
         paras=["İsteğiniz doğrultusunda aşağıdaki siparişi iptal ettik.",
                "Ödeme yönteminizden ücret alınmadı. Kartınızda bir ön provizyon görünüyorsa, birkaç iş günü içinde kendiliğinden kalkacaktır."],
         groups=[("İptal edilen ürün", [("Xiaomi Redmi Buds 5 Kablosuz Kulak İçi Kulaklık, ANC, Beyaz", 1, "1.199,00 TL")])],
         closing="Tekrar görüşmek dileğiyle,\nAmazon.com.tr", footer="f3"),
    dict(kind="notice", cause="customer_request", sr=True, note="partial cancellation, 'İptal Nedeni: Müşteri' line",
         frm=AZ("auto-confirm"), who=15, op="405", fmt="html", layout="C", cte="8bit", auth=False,
         subject="Siparişinizden kısmi ürün iptali (#{o})", title="Kısmi iptal onayı",
         greeting="Merhaba Serkan,",
         paras=["Hesabınızdan gönderdiğiniz iptal talebi işleme alındı. Aşağıdaki ürün siparişinizden çıkarıldı; diğer ürünler "
                "gönderime hazırlanmaya devam ediyor.",
                "İptal Nedeni: Müşteri tarafından iptal edildi",
                "İptal edilen ürünün bedeli (749,00 TL), 3-5 iş günü içinde ödeme yaptığınız karta iade edilecektir."],
         groups=[("İptal edilen ürün", [("Columbia Erkek Trekking Botu, 43 Numara", 1, "749,00 TL")]),
                 ("Siparişte kalan ürün", [("Columbia Outdoor Çorap, 3'lü Paket", 1, "329,00 TL")])],
         footer="f4"),
    dict(kind="notice", cause="customer_request", sr=True, note="customer service agent cancelled after phone call, implied",
         frm=("Amazon.com.tr", "cs-reply@amazon.com.tr"), who=16, op="403", fmt="plain", cte="quoted-printable", auth=True,
         subject="Amazon.com.tr Müşteri Hizmetleri ile iletişiminiz",
         greeting="Merhaba Merve Hanım,",
         paras=["Biraz önceki telefon görüşmemizde istediğiniz gibi #{o} numaralı siparişinizi iptal ettim. Ürün henüz kargoya "
                "verilmemişti, bu yüzden iptal hemen gerçekleşti.",
                "Ödediğiniz 1.129,00 TL, 3-5 iş günü içinde kredi kartınıza iade edilecek. Bankanızın iadeyi ekstreye yansıtması "
                "biraz daha uzun sürebilir.",
                "Başka bir konuda yardıma ihtiyacınız olursa bize her zaman ulaşabilirsiniz.",
                "Saygılarımla,\nNazlı K.\nAmazon.com.tr Müşteri Hizmetleri"],
         footer="cs", text_head="Amazon.com.tr", sep="-" * 40),
    # ---------------- unknown (no reason) ----------------
    dict(kind="notice", cause="unknown", sr=False, note="no reason given",
         frm=AZ("order-update"), who=17, op="171", fmt="alt", layout="B", cte="quoted-printable", auth=True,
         subject="Amazon.com.tr siparişiniz #{o} iptal edildi", title="Sipariş İptali",
         greeting="Merhaba Barış,",
         paras=["#{o} numaralı siparişinizin iptal edildiğini bildiririz.",
                "Hesabınızdan ücret alınmadı. Sipariş geçmişinizi her zaman Siparişlerim sayfasından görüntüleyebilirsiniz."],
         groups=[("İptal edilen ürünler", [("Tefal Ingenio Emotion 13 Parça Tencere ve Tava Seti", 1, "4.599,00 TL")])],
         summary=[("Sipariş toplamı:", "4.599,00 TL")], closing="Amazon.com.tr", footer="f2"),
    dict(kind="notice", cause="unknown", sr=False, note="no reason, item-level cancellation with refund line",
         frm=AZ("order-update"), who=18, op="406", fmt="plain", cte="8bit", auth=False,
         subject="Siparişinizden ürün iptali: #{o}",
         greeting="Merhaba İrem,",
         paras=["Aşağıdaki ürün siparişinizden iptal edilmiştir.",
                "Bu ürün için ödeme yaptıysanız, tutar ödemede kullandığınız yönteme iade edilecektir. İadenin hesabınıza yansıma süresi "
                "ödeme yöntemine göre değişir."],
         groups=[("İptal edilen ürünler", [("Orhan Pamuk - Masumiyet Müzesi (Ciltli Özel Baskı)", 1, "685,00 TL")])],
         closing="Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.", footer="f5"),
    dict(kind="notice", cause="unknown", sr=False, note="'we had to cancel' with no reason",
         frm=AZ("no-reply"), who=19, op="407", fmt="html", layout="A", charset="iso-8859-9", cte="base64", auth=True,
         subject="Siparişiniz hakkında: #{o}",
         greeting="Merhaba Volkan,",
         paras=["#{o} numaralı siparişinizi iptal etmek zorunda kaldığımızı bildirmek isteriz. Bu durumun yol açtığı rahatsızlık için özür dileriz.",
                "Sipariş için sizden herhangi bir ücret alınmayacaktır."],
         groups=[("Siparişinizdeki ürün", [("Arzum Okka Minio Türk Kahve Makinesi, Krom", 1, "2.199,00 TL")])],
         button=("Siparişlerim", "https://www.amazon.com.tr/gp/css/order-history?ref_=pe_tr_yo"), footer="f3"),
    # ---------------- unknown (other reason) ----------------
    dict(kind="notice", cause="unknown", sr=True, note="address outside carrier service area",
         frm=AZ("order-update"), who=0, op="404", fmt="plain", cte="quoted-printable", auth=False,
         subject="#{o} numaralı siparişiniz teslim edilemediği için iptal edildi",
         greeting="Merhaba Burak,",
         paras=["Siparişiniz için belirttiğiniz teslimat adresi (Yukarıkaraman Köyü, Merkez / Bartın), anlaşmalı kargo "
                "firmalarımızın hizmet verdiği bölgelerin dışında kalıyor. Paketi bu adrese ulaştırmamız mümkün olmadığından "
                "siparişiniz iptal edildi.",
                "Ödemeniz, iptal tarihinden itibaren 3-5 iş günü içinde kartınıza iade edilecek.",
                "Farklı bir teslimat adresi ya da Amazon Counter teslim noktası seçerek yeniden sipariş verebilirsiniz."],
         groups=[("İptal edilen ürün", [("Kärcher K 4 Power Control Basınçlı Yıkama Makinesi", 1, "9.749,00 TL")])],
         closing="Amazon.com.tr", footer="f4"),
    dict(kind="notice", cause="unknown", sr=True, note="item cannot be shipped to Turkey (import restriction)",
         frm=AZ("order-update"), who=2, op="408", fmt="html", layout="C", cte="quoted-printable", auth=True,
         subject="Siparişiniz iptal edildi (#{o})", title="Siparişiniz iptal edildi",
         greeting="Merhaba Elif,",
         paras=["Satın aldığınız ürün, yurt dışındaki bir satıcı tarafından gönderilmektedir. Ürün, Türkiye'nin ithalat mevzuatında "
                "kısıtlı ürünler listesinde yer aldığı için Türkiye'deki adreslere gönderilemiyor; bu nedenle siparişiniz iptal edildi.",
                "Kartınızdan çekilen 3.420,00 TL, iade sürecinin ardından kartınıza geri yatırılacak."],
         groups=[("İptal edilen ürün", [("Nature's Bounty Melatonin 10 mg, 120 Tablet", 3, "3.420,00 TL")])],
         footer="f1"),
]

TR += [
    # ---------------- non_notice ----------------
    dict(kind="non_notice", cause=None, sr=False, note="shipping confirmation; footer says shipped orders can't be cancelled",
         frm=("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), who=3, op="402", fmt="alt", layout="B",
         cte="quoted-printable", auth=True, subject="Amazon.com.tr siparişiniz #{o} kargoya verildi", title="Kargo Bildirimi",
         greeting="Merhaba Mehmet,",
         paras=["Siparişinizi kargoya verdik. Paketiniz yola çıktı ve artık değiştirilemez.",
                "Tahmini teslimat: 14 Mayıs Çarşamba",
                "Kargo firması: Aras Kargo, takip numarası 3371820945. Takip bilgileri birkaç saat içinde görünür hâle gelecektir.",
                "Kargoya verilmiş siparişler iptal edilemez; ancak ürünü teslim aldıktan sonra 30 gün içinde ücretsiz olarak iade edebilirsiniz."],
         button=("Kargonu takip et", "https://www.amazon.com.tr/gp/css/shiptrack/view.html?orderID={o}"),
         groups=[("Gönderilen ürün", [("Fakir Lucca Dikey Şarjlı Süpürge", 1, "3.899,00 TL")])],
         summary=[("Sipariş toplamı:", "3.899,00 TL"), ("Ödeme (Visa):", "3.899,00 TL")], footer="f1"),
    dict(kind="non_notice", cause=None, sr=False, note="Prime membership cancellation",
         frm=("Amazon Prime", "prime@amazon.com.tr"), who=5, op=None, fmt="html", layout="C", cte="base64", auth=True,
         subject="Prime üyeliğiniz iptal edildi", title="Prime üyeliğinizi iptal ettiniz",
         greeting="Merhaba Emre,",
         paras=["Amazon Prime üyeliğinizi iptal etme talebinizi aldık. Üyeliğiniz, mevcut dönemin sonu olan 14 Nisan 2025 tarihine "
                "kadar etkin kalacak ve bu tarihten sonra yenilenmeyecek.",
                "Bu süre boyunca ücretsiz hızlı teslimat, Prime Video ve Prime Gaming avantajlarından yararlanmaya devam edebilirsiniz. "
                "Herhangi bir yenileme ücreti alınmayacaktır.",
                "Fikrinizi değiştirirseniz Prime üyeliğinizi istediğiniz zaman yeniden başlatabilirsiniz."],
         button=("Prime üyeliğimi sürdür", "https://www.amazon.com.tr/gp/primecentral?ref_=pe_tr_prime_resume"), footer="f4"),
    dict(kind="non_notice", cause=None, sr=False, note="other retailer (Trendyol) order cancellation", mp=None,
         brand="Trendyol", header_bg="#F27A1A", button_bg="#F27A1A",
         home="https://www.trendyol.com", logo="https://cdn.dsmcdn.com/web/logo/ty-web.svg",
         frm=("Trendyol", "noreply@trendyol.com"), who=6, order="1089345621", fmt="html", layout="C", cte="quoted-printable",
         subject="Siparişindeki ürün iptal edildi", title="Sipariş İptali",
         order_url="https://www.trendyol.com/hesabim/siparislerim/1089345621", item_url="https://www.trendyol.com/sr?q=",
         greeting="Merhaba Cansu,",
         paras=["1089345621 numaralı siparişindeki bir ürün, satıcı tarafından stok yetersizliği nedeniyle iptal edildi.",
                "Ödemen, kartına 2-10 iş günü içinde iade edilecek. İade tutarı banka ekstrende ayrı bir işlem olarak görünebilir.",
                "Siparişindeki diğer ürünler kargoya verilmeye devam edecek."],
         groups=[("İptal edilen ürün", [("Koton Kadın Oversize Triko Kazak, Ekru, M", 1, "649,99 TL")])],
         button=("Siparişlerime Git", "https://www.trendyol.com/hesabim/siparislerim"),
         footer=["Trendyol hiçbir zaman e-posta veya SMS ile şifreni ya da kart bilgilerini istemez.",
                 "DSM Grup Danışmanlık İletişim ve Satış Ticaret A.Ş. | Kuştepe Mah. Mecidiyeköy Yolu Cad. No:12 Şişli / İstanbul"],
         sender_kind="trendyol"),
    dict(kind="non_notice", cause=None, sr=False, note="return received and refund issued",
         frm=("Amazon.com.tr", "return@amazon.com.tr"), who=9, op="405", fmt="plain", charset="iso-8859-9", cte="quoted-printable",
         auth=False, subject="İadeniz alındı, geri ödemeniz yapıldı",
         greeting="Merhaba Selin,",
         paras=["#{o} numaralı siparişinize ait iade paketinizi teslim aldık ve kontrolünü tamamladık.",
                "349,00 TL tutarındaki geri ödemeniz, siparişte kullandığınız Troy kartınıza yapıldı. Tutarın hesabınıza yansıması "
                "bankanıza bağlı olarak 5 iş gününe kadar sürebilir."],
         groups=[("İade edilen ürün", [("Anker PowerCore 10000 mAh Taşınabilir Şarj Cihazı", 1, "349,00 TL")])],
         closing="Amazon.com.tr İade Merkezi", footer="f2"),
    dict(kind="non_notice", cause=None, sr=False, note="friend says she cancelled her own Amazon order", mp=None,
         frm=("Ayşe Şahin", "aysesahin.tr@gmail.com"), who=11, fmt="plain", cte="8bit", order=None,
         subject="Re: Cumartesi yürüyüşü", sender_kind="friend",
         raw_text="Selam Gizem,\n\nCumartesi için ben varım ama bir sorun var: Amazon'dan sipariş ettiğim trekking botunu dün "
                  "akşam iptal ettim :( Yorumlarda kalıbı küçük diyorlardı, 38 yerine 39 almak istedim ama stokta yoktu. "
                  "O yüzden eski ayakkabılarımla geleceğim, çok dik bir parkur seçmeyelim lütfen.\n\nBu arada iade parası "
                  "hemen yansıdı, kartımdan hiç çekilmemiş bile.\n\nSevgiler,\nAyşe\n\n"
                  "> Gizem Polat <gizem.polat@outlook.com> şunu yazdı:\n> Cumartesi Belgrad Ormanı'na gidiyoruz, sen de geliyor musun?\n"),
    # ---------------- lookalike ----------------
    dict(kind="lookalike", cause="payment_issue", sr=True, note="lookalike domain, link text amazon.com.tr, href elsewhere, 5-digit tail",
         frm=("Amazon.com.tr", "bildirim@amazon-tr-siparis.com"), who=1, order="403-5583921-66210", fmt="html", layout="A",
         cte="quoted-printable", mp=None, subject="Siparişiniz iptal edildi - Ödemeniz doğrulanamadı",
         home="http://amazon-tr-siparis.com/", logo="https://i.postimg.cc/7hQk2dRt/amazon-tr.png",
         item_url="http://amazon-tr-siparis.com/urun", order_url="http://amazon-tr-siparis.com/siparis?id=403-5583921-66210",
         greeting="Değerli Müşterimiz,",
         paras=["Son siparişinizin ödemesi bankanız tarafından doğrulanamadı ve siparişiniz iptal edildi.",
                "Hesabınızın kısıtlanmaması için ödeme bilgilerinizi 24 saat içinde aşağıdaki bağlantıdan yeniden doğrulamanız gerekmektedir: "
                "[[https://www.amazon.com.tr/hesabim/odeme-dogrulama|http://amazon-tr-siparis.com/giris/odeme.php?ref=tr&u=8821]]",
                "Doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır."],
         groups=[("Sipariş detayı", [("Apple iPhone 15 128 GB Siyah", 1, "52.999,00 TL")])],
         button=("Ödememi Doğrula", "http://amazon-tr-siparis.com/giris/odeme.php?ref=tr&u=8821"),
         footer=["© 2025 Amazon.com.tr Tüm hakları saklıdır.", "Bu e-posta otomatik olarak gönderilmiştir."],
         phish=dict(host="vps-4417.hostkey.net", ip="185.231.154.77", mailfrom="bounce@amazon-tr-siparis.com",
                    auth=dict(domain="amazon-tr-siparis.com", dkim="pass", spf="pass", dmarc="none"))),
    dict(kind="lookalike", cause="fraud_prevention", sr=True, note="Cyrillic homoglyph display name, gmail, callback phone number",
         frm=("\u0410mazon Destek", "destek.amazontr@gmail.com"), who=4, order=None, fmt="plain", cte="8bit", mp=None,
         subject="HESABINIZ ASKIYA ALINDI - Siparişiniz İptal Edildi", sender_kind="phish_plain",
         raw_text="Sayın Müşterimiz,\n\nHesabınızda şüpheli bir işlem tespit edilmiştir. Güvenliğiniz için hesabınız askıya alınmış "
                  "ve 4.899,00 TL tutarındaki siparişiniz (Sipariş Kodu: TR-88213556) iptal edilmiştir.\n\n"
                  "Bu işlemi siz yapmadıysanız veya tutarın kartınızdan çekilmesini istemiyorsanız, 24 saat içinde 0850 305 41 87 "
                  "numaralı Amazon Güvenlik Destek Hattı'nı arayınız. Aramadığınız takdirde tutar kartınızdan tahsil edilecektir.\n\n"
                  "Müşteri temsilcimiz kimlik doğrulaması için sizden kart bilgilerinizi ve telefonunuza gelen kodu isteyecektir.\n\n"
                  "Amazon Türkiye Güvenlik Ekibi\n",
         phish=dict(host="mail-sor-f41.google.com", ip="209.85.220.41", mailfrom="destek.amazontr@gmail.com",
                    auth=dict(domain="gmail.com", dkim="pass", spf="pass", dmarc="pass", raw=True))),
    dict(kind="lookalike", cause="inventory_shortage", sr=True, note="hotmail sender, asks card details by reply, malformed order number",
         frm=("Amazon Sipariş", "amazon.siparis.iade@hotmail.com"), who=8, order="402-88213-556", fmt="plain", cte="quoted-printable",
         mp=None, subject="Siparişiniz stok yetersizliği nedeniyle iptal edildi - iade için bilgi gerekli", sender_kind="phish_plain",
         raw_text="Merhaba,\n\n402-88213-556 numaralı siparişiniz, ürün stokta kalmadığı için iptal edilmiştir.\n\n"
                  "Ödediğiniz 1.749,00 TL'nin iadesinin yapılabilmesi için lütfen bu e-postayı yanıtlayarak aşağıdaki bilgileri iletin:\n\n"
                  "- Ad Soyad\n- Kart numarası (16 hane)\n- Son kullanma tarihi\n- CVV (kartın arkasındaki 3 hane)\n\n"
                  "Bilgileriniz 48 saat içinde ulaşmazsa iade işlemi iptal edilecek ve tutar iade edilmeyecektir.\n\n"
                  "Amazon.com.tr Müşteri Hizmetleri\n",
         phish=dict(host="EUR05-VI1-obe.outbound.protection.outlook.com", ip="40.92.90.63", mailfrom="amazon.siparis.iade@hotmail.com",
                    auth=None)),
    dict(kind="lookalike", cause="unknown", sr=False, note="amaz0n domain, account suspended + order cancelled, use refund code; link text shows amazon.com.tr",
         frm=("Amazon.com.tr", "no-reply@amaz0n-destek.com"), who=10, order=None, fmt="html", layout="C", cte="base64", mp=None,
         subject="Siparişiniz iptal edildi ve hesabınız askıya alındı",
         home="http://amaz0n-destek.com", logo="http://amaz0n-destek.com/img/logo-white.png",
         item_url="http://amaz0n-destek.com/", order_url="http://amaz0n-destek.com/", title="Hesap Bildirimi",
         greeting="Merhaba,",
         paras=["Siparişiniz iptal edilmiş ve hesabınız askıya alınmıştır.",
                "Ödemenizin iadesini almak ve hesabınızı yeniden etkinleştirmek için aşağıdaki iade kodunu kullanın:",
                "**İade kodu: 7G4-K21-TRX**",
                "Kodu girmek için: [[www.amazon.com.tr/iade-merkezi|http://amazon.com.tr-iade.net/kod-gir]]"],
         footer=["Amazon.com.tr | Bu bir otomatik bildirimdir."],
         phish=dict(host="srv2.amaz0n-destek.com", ip="45.134.26.19", mailfrom="no-reply@amaz0n-destek.com",
                    auth=dict(domain="amaz0n-destek.com", dkim="none", spf="softfail", dmarc="fail"))),
    dict(kind="lookalike", cause="technical_issue", sr=True, note="subdomain lookalike (amazon.com.tr.hesap-dogrulama.info), system error claim",
         frm=("Amazon.com.tr", "siparis@amazon.com.tr.hesap-dogrulama.info"), who=12, order="408-1129934-7720931", fmt="alt",
         layout="B", cte="quoted-printable", mp=None,
         subject="Sistem hatası: siparişiniz #408-1129934-7720931 iptal edildi",
         home="http://amazon.com.tr.hesap-dogrulama.info/", logo="http://amazon.com.tr.hesap-dogrulama.info/assets/logo.png",
         item_url="http://amazon.com.tr.hesap-dogrulama.info/", title="Sipariş İptali",
         order_url="http://amazon.com.tr.hesap-dogrulama.info/siparis/408-1129934-7720931",
         greeting="Sayın Kerem Erdoğan,",
         paras=["Sistemimizde meydana gelen teknik bir hata nedeniyle siparişiniz iptal edilmiştir.",
                "Siparişinizi geri yüklemek ve ödemenizin kaybolmaması için 24 saat içinde hesap ve kart bilgilerinizi onaylamanız gerekmektedir.",
                "[[Siparişimi geri yükle|http://amazon.com.tr.hesap-dogrulama.info/onay?s=408-1129934-7720931]]"],
         groups=[("Ürün", [("Samsung 55\" Crystal UHD 4K Smart TV", 1, "24.999,00 TL")])],
         footer=["Amazon.com.tr Müşteri Hizmetleri. Bu e-postayı yanıtlamayınız."],
         phish=dict(host="mx1.hesap-dogrulama.info", ip="91.92.248.113", mailfrom="siparis@amazon.com.tr.hesap-dogrulama.info",
                    auth=dict(domain="amazon.com.tr.hesap-dogrulama.info", dkim="pass", spf="pass", dmarc="none"))),
]
for _m in TR:
    _m["lang"] = "tr"
    _m.setdefault("mp", TRD)


# ---------------------------------------------------------------------------
# Arabic (amazon.ae / amazon.sa / amazon.eg)
# ---------------------------------------------------------------------------
AR_ENTITY = {
    "amazon.ae": "Amazon.ae - دبي، الإمارات العربية المتحدة",
    "amazon.sa": "Amazon.sa - الرياض، المملكة العربية السعودية",
    "amazon.eg": "Amazon.eg - القاهرة، جمهورية مصر العربية",
}

AR_FOOT = {
    "a1": [
        "تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل الواردة. يُرجى عدم الرد على هذه الرسالة.",
        "لن تطلب منك أمازون أبداً تقديم كلمة المرور أو رقم بطاقتك الائتمانية أو معلوماتك المصرفية عبر البريد الإلكتروني. "
        "إذا وصلتك رسالة مشبوهة تدّعي أنها من أمازون، فأبلغنا عنها: "
        "[[الإبلاغ عن رسالة احتيالية|https://www.{d}/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]]",
        "{entity}",
    ],
    "a2": [
        "للحفاظ على أمان حسابك، لا تشارك كلمة المرور أو رمز التحقق لمرة واحدة (OTP) مع أي شخص، حتى لو ادّعى أنه من موظفي أمازون.",
        "يمكنك إدارة بطاقاتك ووسائل الدفع المحفوظة من صفحة «حسابي» > «خيارات الدفع». تُخزَّن بيانات بطاقتك بشكل مشفّر.",
        "هذه رسالة آلية، ولا تتم قراءة الردود الواردة إلى هذا العنوان.",
    ],
    "a3": [
        "هل تحتاج إلى مساعدة؟ تفضّل بزيارة [[خدمة العملاء|https://www.{d}/gp/help/customer/contact-us]].",
        "احذر من الرسائل المزيفة: قبل النقر على أي رابط، تأكّد من أن العنوان ينتهي بـ {d}. لن تطلب منك أمازون أبداً الدفع عبر "
        "الهاتف أو شراء بطاقات هدايا أو تثبيت تطبيقات للتحكّم عن بُعد.",
    ],
    "a4": [
        "© 1996-2025، Amazon.com, Inc. أو الشركات التابعة لها. جميع الحقوق محفوظة.",
        "يمكنك معرفة كيفية تعاملنا مع بياناتك الشخصية من خلال "
        "[[إشعار الخصوصية|https://www.{d}/gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ]].",
        "{entity}",
    ],
    "a5": [
        "لتحديث معلومات الدفع أو تغيير كلمة المرور، افتح تطبيق أمازون أو اكتب www.{d} بنفسك في المتصفح، ولا تستخدم روابط "
        "من رسائل غير موثوقة.",
        "لم نطلب منك في هذه الرسالة أي معلومات شخصية أو مصرفية.",
        "{entity}",
    ],
    "cs": [
        "هل ساعدك هذا الرد؟ [[نعم|https://www.{d}/gp/help/survey?r=1]] | [[لا|https://www.{d}/gp/help/survey?r=0]]",
        "للتواصل معنا مجدداً، يُرجى استخدام صفحة خدمة العملاء بدلاً من الرد على هذه الرسالة. لن يطلب منك ممثلو خدمة العملاء "
        "أبداً كلمة المرور أو رقم بطاقتك كاملاً.",
    ],
}

AR_PEOPLE = [("أحمد المنصوري", "ahmed.almansoori@gmail.com"), ("نورة القحطاني", "noura.alqahtani@hotmail.com"),
             ("محمود عبد الحميد", "mahmoud.abdelhamid@yahoo.com"), ("سارة الهاشمي", "sara.hashemi@outlook.com"),
             ("خالد العتيبي", "khalid.otaibi88@gmail.com"), ("منى السيد", "mona.elsayed@gmail.com"),
             ("يوسف الكعبي", "yousef.alkaabi@gmail.com"), ("عبدالله الشهري", "a.alshehri@outlook.sa"),
             ("فاطمة الزعابي", "fatima.zaabi@icloud.com"), ("تركي الدوسري", "turki.aldosari@gmail.com"),
             ("كريم فؤاد", "karim.fouad@gmail.com"), ("ليلى حداد", "laila.haddad@hotmail.com"),
             ("هبة مصطفى", "heba.moustafa@yahoo.com"), ("فهد الغامدي", "fahad.ghamdi@gmail.com"),
             ("عمر النعيمي", "omar.alnuaimi@gmail.com"), ("جواهر المطيري", "jawaher.m@hotmail.com"),
             ("ياسمين عادل", "yasmine.adel@gmail.com"), ("مصطفى رجب", "mostafa.ragab@outlook.com"),
             ("راشد السويدي", "rashed.suwaidi@gmail.com"), ("ريم الحربي", "reem.alharbi@gmail.com")]


def AA(local, d):
    return ("Amazon." + d.split(".")[1], "%s@%s" % (local, d))


AE, SA, EG = "amazon.ae", "amazon.sa", "amazon.eg"

AR = [
    # ---------------- inventory_shortage ----------------
    dict(kind="notice", cause="inventory_shortage", sr=True, note="out of stock, could not restock in time", mp=AE,
         frm=AA("order-update", AE), who=0, op="403", fmt="html", layout="B", cte="quoted-printable", auth=True,
         subject="تم إلغاء طلبك رقم #{o} من Amazon.ae", title="إلغاء الطلب",
         greeting="مرحباً أحمد،",
         paras=["نأسف لإبلاغك بأن المنتج الذي طلبته لم يعد متوفراً في مخزوننا، ولم نتمكن من الحصول على كمية جديدة منه خلال "
                "الفترة المتوقعة، لذلك قمنا بإلغاء طلبك.",
                "لم يتم خصم أي مبلغ من بطاقتك. وإذا ظهر لديك مبلغ معلّق، فسيُفرج عنه البنك خلال 5 إلى 7 أيام عمل.",
                "يمكنك تفعيل خيار «أعلمني عند التوفر» في صفحة المنتج ليصلك إشعار فور عودته إلى المخزون."],
         groups=[("المنتج الملغى", [("سماعة رأس سوني WH-1000XM5 لاسلكية بخاصية إلغاء الضوضاء، أسود", 1, "1,199.00 درهم")])],
         summary=[("إجمالي المنتجات:", "1,199.00 درهم"), ("المبلغ المحصّل:", "0.00 درهم")],
         closing="شكراً لتسوقك معنا.\nAmazon.ae", footer="a1"),
    dict(kind="notice", cause="inventory_shortage", sr=True, note="partial, seller cannot source item", mp=SA,
         frm=AA("order-update", SA), who=1, op="171", fmt="plain", cte="base64", auth=False,
         subject="تم إلغاء منتج واحد من طلبك رقم {o}",
         greeting="أهلاً نورة،",
         paras=["ألغى البائع «متجر الريان للإلكترونيات» أحد المنتجات في طلبك رقم {o}، بعد أن أفاد بأنه لا يستطيع توفير هذا "
                "المنتج من مورّده، وبالتالي لن يتمكن من شحنه إليك.",
                "لم تتأثر بقية المنتجات في طلبك، وستصلك في موعد التوصيل المحدد.",
                "لن يتم تحصيل قيمة المنتج الملغى، وقد عدّلنا إجمالي الطلب وفقاً لذلك."],
         groups=[("المنتج الملغى", [("شاحن أنكر 735 نانو II بقدرة 65 واط، 3 منافذ", 1, "219.00 ر.س.")]),
                 ("المنتجات التي سيتم شحنها", [("كابل أنكر USB-C إلى USB-C بطول 1.8 متر، عبوة من قطعتين", 1, "59.00 ر.س.")])],
         summary=[("إجمالي الطلب الجديد:", "59.00 ر.س.")], closing="مع تحيات فريق Amazon.sa", footer="a2"),
    dict(kind="notice", cause="inventory_shortage", sr=True, note="pre-order allocation sold out, labelled reason", mp=EG,
         frm=AA("auto-confirm", EG), who=2, op="402", fmt="alt", layout="A", cte="quoted-printable", auth=True,
         subject="بخصوص طلبك المسبق رقم {o}",
         greeting="مرحباً محمود،",
         paras=["سبب الإلغاء: تعذّر توفير المنتج الذي طلبته مسبقاً.",
                "أبلغتنا الشركة المصنّعة بأن الكمية المخصّصة للسوق المصرية من هذا الإصدار نفدت بالكامل قبل وصولها إلى "
                "مستودعاتنا، ولذلك لن نتمكن من تلبية طلبك المسبق.",
                "لا نحصّل قيمة الطلبات المسبقة إلا عند شحنها، لذا لم يُخصم منك أي مبلغ."],
         button=("الانتقال إلى طلباتي", "https://www.amazon.eg/gp/css/order-history?ref_=pe_eg_cxl_btn"),
         groups=[("الطلب المسبق", [("ذراع تحكم لاسلكية DualSense لجهاز PlayStation 5 - إصدار الذكرى الثلاثين", 1, "4,999.00 ج.م.")])],
         closing="فريق Amazon.eg", footer="a3"),
    dict(kind="non_notice", cause=None, sr=False, note="thread", thread="ar_inv", mp=AE,
         frm=AA("order-update", AE), who=3, op="405", fmt="html", layout="C", cte="base64", auth=True,
         subject="تأخير في شحن طلبك رقم {o}", title="تحديث بشأن طلبك",
         greeting="مرحباً سارة،",
         paras=["نعتذر، لم نتمكن حتى الآن من الحصول على المنتج التالي من المورّد، ولذلك سيتأخر شحن طلبك عن الموعد المتوقع.",
                "ما زلنا نتابع الأمر مع المورّد، وسنرسل إليك تحديثاً خلال 7 أيام. لن يتم خصم أي مبلغ قبل شحن المنتج.",
                "نعتذر عن أي إزعاج قد يسببه هذا التأخير."],
         groups=[("المنتج المتأخر", [("ماكينة قهوة ديلونجي ماجنيفيكا S أوتوماتيكية بالكامل", 1, "1,649.00 درهم")])],
         footer="a4"),
    dict(kind="notice", cause="inventory_shortage", sr=False, note="thread: cause from earlier mail", thread="ar_inv", thread_pos=2,
         mp=AE, frm=AA("order-update", AE), who=3, op="405", fmt="plain", cte="quoted-printable", auth=False,
         subject="تم إلغاء طلبك رقم {o}",
         greeting="مرحباً سارة،",
         paras=["تم إلغاء طلبك رقم {o}، ولن يتم شحن المنتج المذكور أدناه.",
                "لم يتم تحصيل أي مبلغ مقابل هذا الطلب."],
         groups=[("المنتج الملغى", [("ماكينة قهوة ديلونجي ماجنيفيكا S أوتوماتيكية بالكامل", 1, "1,649.00 درهم")])],
         closing="Amazon.ae", footer="a1"),
    # ---------------- payment_issue ----------------
    dict(kind="notice", cause="payment_issue", sr=True, note="mada card declined by issuing bank", mp=SA,
         frm=AA("payments-messages", SA), who=4, op="408", fmt="html", layout="C", cte="quoted-printable", auth=True,
         subject="تم إلغاء طلبك: تعذّر تفويض الدفع", title="تم إلغاء طلبك",
         greeting="مرحباً خالد،",
         paras=["حاولنا تحصيل قيمة طلبك رقم {o} من بطاقة مدى المنتهية بالرقم 2290، إلا أن البنك المُصدر رفض العملية، "
                "ونتيجة لذلك أُلغي الطلب.",
                "لم يُخصم أي مبلغ من حسابك. ننصحك بالتواصل مع البنك للتأكد من تفعيل البطاقة للشراء عبر الإنترنت، ثم تقديم الطلب من جديد."],
         groups=[("المنتجات الملغاة", [("مكيف هواء سبليت جري 18000 وحدة، تبريد فقط", 1, "2,399.00 ر.س.")])],
         button=("إدارة وسائل الدفع", "https://www.amazon.sa/cpe/yourpayments/wallet?ref_=pe_sa_pay"), footer="a2"),
    dict(kind="notice", cause="payment_issue", sr=True, note="payment method not updated before deadline", mp=EG,
         frm=AA("payments-update", EG), who=5, op="406", fmt="plain", cte="base64", auth=False,
         subject="إلغاء الطلب رقم {o}",
         greeting="عزيزي العميل،",
         paras=["سبق أن طلبنا منك تحديث وسيلة الدفع الخاصة بطلبك رقم {o}، إلا أن المهلة المحددة انتهت دون إضافة وسيلة دفع "
                "صالحة، فأُلغي الطلب تلقائياً.",
                "لم نحصّل منك أي مبلغ مقابل هذا الطلب.",
                "يمكنك مراجعة البطاقات المحفوظة وتواريخ انتهائها من «حسابي» > «خيارات الدفع»."],
         groups=[("تفاصيل الطلب", [("غسالة توشيبا أوتوماتيك تحميل أمامي 8 كجم، فضي", 1, "17,499.00 ج.م.")])],
         closing="مع خالص التحية،\nAmazon.eg", footer="a5", sep="=" * 60),
    dict(kind="notice", cause="payment_issue", sr=True, note="gift card balance and card both insufficient, reason-first", mp=AE,
         frm=AA("payments-messages", AE), who=3, op="402", fmt="alt", layout="A", cte="base64", cte_text="quoted-printable",
         auth=True, subject="معلومات مهمة حول طلبك رقم {o}",
         greeting="مرحباً سارة،",
         paras=["لم يكن رصيد بطاقة الهدايا المستخدم في طلبك كافياً لتغطية المبلغ الإجمالي، كما رفض البنك تحصيل المبلغ المتبقي "
                "(86.50 درهم) من بطاقتك الائتمانية لعدم كفاية الرصيد.",
                "لهذا ألغينا الطلب رقم {o}، وأعدنا رصيد بطاقة الهدايا (150.00 درهم) إلى حسابك.",
                "يمكنك الاطلاع على رصيدك الحالي من هنا: [[رصيد بطاقة الهدايا|https://www.amazon.ae/gc/balance?ref_=pe_ae_gc]]"],
         groups=[("المنتجات", [("مجموعة عناية بالبشرة سيرافي: غسول مرطب ولوشن ليلي", 1, "236.50 درهم")])],
         summary=[("بطاقة الهدايا:", "150.00 درهم"), ("المبلغ غير المحصّل:", "86.50 درهم")], footer="a3"),
    dict(kind="non_notice", cause=None, sr=False, note="thread", thread="ar_pay", mp=SA,
         frm=AA("payments-messages", SA), who=13, op="404", fmt="alt", layout="B", cte="quoted-printable", auth=True,
         subject="إجراء مطلوب: لم نتمكن من تحصيل قيمة طلبك رقم {o}", title="تحديث معلومات الدفع",
         greeting="مرحباً فهد،",
         paras=["تعذّر علينا تحصيل قيمة طلبك رقم {o} من البطاقة المسجّلة في حسابك.",
                "حتى نتمكن من شحن طلبك، يُرجى تسجيل الدخول إلى حسابك على Amazon.sa وتحديث معلومات الدفع أو اختيار بطاقة أخرى "
                "خلال 72 ساعة. وإذا لم يتم التحديث خلال هذه المدة، فقد يُلغى الطلب."],
         button=("تحديث معلومات الدفع", "https://www.amazon.sa/gp/css/summary/edit.html?orderID={o}"),
         groups=[("المنتجات بانتظار الدفع", [("سماعات أبل إيربودز 4 مع خاصية إلغاء الضوضاء النشطة", 1, "899.00 ر.س.")])],
         footer="a5"),
    dict(kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail", thread="ar_pay", thread_pos=2,
         mp=SA, frm=AA("order-update", SA), who=13, op="404", fmt="html", layout="B", cte="quoted-printable", auth=True,
         subject="تم إلغاء طلبك رقم {o} على Amazon.sa", title="إلغاء الطلب",
         greeting="مرحباً فهد،",
         paras=["نودّ إعلامك بأنه تم إلغاء طلبك رقم {o} بالكامل.",
                "لن يتم تحصيل أي رسوم مقابل هذا الطلب. نتطلع إلى خدمتك مرة أخرى."],
         groups=[("المنتج الملغى", [("سماعات أبل إيربودز 4 مع خاصية إلغاء الضوضاء النشطة", 1, "899.00 ر.س.")])],
         footer="a1"),
    # ---------------- technical_issue ----------------
    dict(kind="notice", cause="technical_issue", sr=True, note="pricing error 49 instead of 499", mp=AE,
         frm=AA("order-update", AE), who=6, op="407", fmt="plain", charset="windows-1256", cte="quoted-printable", auth=True,
         subject="تم إلغاء طلبك رقم {o}",
         greeting="مرحباً يوسف،",
         paras=["بسبب خطأ في التسعير، ظهر المنتج الذي اشتريته على موقعنا لفترة قصيرة بسعر 49 درهماً بدلاً من 499 درهماً. "
                "وقد ألغينا جميع الطلبات التي تمت بهذا السعر، ومنها طلبك.",
                "لم يتم تحصيل المبلغ، وسيزول الحجز المؤقت على بطاقتك تلقائياً خلال أيام.",
                "نعتذر عن هذا الخطأ. ما زال بإمكانك شراء المنتج بسعره الصحيح من صفحة المنتج."],
         groups=[("المنتج الملغى", [("مكنسة روبوت شاومي S10+ مع محطة تفريغ ذاتي", 1, "49.00 درهم")])],
         closing="Amazon.ae", footer="a4"),
    dict(kind="notice", cause="technical_issue", sr=True, note="system fault left order data incomplete", mp=EG,
         frm=AA("order-update", EG), who=5, op="403", fmt="alt", layout="B", cte="quoted-printable", auth=False,
         subject="بخصوص طلبك رقم {o} على Amazon.eg", title="إلغاء الطلب",
         greeting="مرحباً منى،",
         paras=["واجهت أنظمتنا خللاً تقنياً أثناء معالجة طلبك رقم {o}، فلم تُحفظ بياناته بالكامل. ولأننا لا نستطيع شحن طلب "
                "غير مكتمل البيانات، اضطررنا إلى إلغائه.",
                "إذا كنت قد دفعت ببطاقتك، فسيُرد المبلغ إليها خلال 5 إلى 7 أيام عمل.",
                "المنتجات ما زالت في سلة التسوق الخاصة بك، ويمكنك إعادة تقديم الطلب متى شئت."],
         groups=[("المنتجات الملغاة", [("خلاط كينوود بقدرة 1000 واط مع مطحنة", 1, "2,150.00 ج.م."),
                                        ("طقم أواني طهي تيفال 9 قطع", 1, "3,899.00 ج.م.")])],
         closing="نعتذر عن الإزعاج.\nAmazon.eg", footer="a2"),
    dict(kind="notice", cause="technical_issue", sr=True, note="listing showed wrong specs; denies payment cause", mp=SA,
         frm=AA("order-update", SA), who=7, op="171", fmt="html", layout="C", charset="windows-1256", cte="base64", auth=True,
         subject="ألغى البائع طلبك رقم {o}", title="ألغى البائع طلبك",
         greeting="مرحباً عبدالله،",
         paras=["نودّ التوضيح أولاً أن هذا الإلغاء لا علاقة له بوسيلة الدفع الخاصة بك.",
                "تبيّن للبائع أن صفحة المنتج كانت تعرض مواصفات خاطئة، إذ ذُكرت سعة التخزين 512 جيجابايت بينما الجهاز المعروض "
                "بسعة 256 جيجابايت فقط. لذلك ألغى البائع جميع الطلبات التي تمت على هذا العرض، ومن بينها طلبك.",
                "سيُعاد المبلغ المدفوع (1,899.00 ر.س.) إلى بطاقتك."],
         groups=[("المنتج الملغى", [("جهاز لوحي سامسونج جالاكسي تاب S9 FE بشاشة 10.9 إنش، 512 جيجابايت", 1, "1,899.00 ر.س.")])],
         footer="a3"),
    # ---------------- fraud_prevention ----------------
    dict(kind="notice", cause="fraud_prevention", sr=True, note="unusual sign-ins, account suspended, pending order cancelled", mp=AE,
         frm=AA("account-update", AE), who=8, op="406", fmt="plain", cte="quoted-printable", auth=False,
         subject="تم تعليق حسابك مؤقتاً وإلغاء طلبك",
         greeting="مرحباً فاطمة،",
         paras=["رصدنا نشاطاً غير معتاد على حسابك، شمل محاولات تسجيل دخول من أجهزة غير معروفة. وحفاظاً على أمان حسابك، "
                "علّقناه مؤقتاً وألغينا طلبك المعلّق رقم {o}.",
                "لاستعادة الوصول، افتح تطبيق أمازون أو اكتب www.amazon.ae بنفسك في المتصفح، ثم اتبع التعليمات الظاهرة. "
                "لا تشارك رمز التحقق أو كلمة المرور مع أي شخص.",
                "لم يُحصَّل أي مبلغ مقابل الطلب الملغى."],
         groups=[("المنتج الملغى", [("ساعة أبل الإصدار 10 مقاس 46 مم GPS، أسود", 1, "1,699.00 درهم")])],
         closing="فريق أمان الحسابات\nAmazon.ae", footer="a5"),
    dict(kind="notice", cause="fraud_prevention", sr=True, note="security review, Amazon decided not to fulfil", mp=SA,
         frm=AA("order-update", SA), who=9, op="408", fmt="html", layout="A", cte="quoted-printable", auth=True,
         subject="تحديث بشأن طلبك رقم {o}",
         greeting="مرحباً تركي،",
         paras=["خضع طلبك لمراجعة أمنية إضافية ضمن الإجراءات التي نتّبعها لحماية عملائنا من المعاملات غير المصرّح بها. "
                "وبعد المراجعة، قررت أمازون عدم تنفيذ هذا الطلب وإلغاءه.",
                "لم يُخصم أي مبلغ من وسيلة الدفع الخاصة بك.",
                "إذا كان لديك استفسار، يمكنك التواصل مع خدمة العملاء من خلال صفحة المساعدة."],
         groups=[("المنتجات الملغاة", [("بطاقة هدايا بلايستيشن ستور 500 ريال (رمز رقمي)", 3, "1,500.00 ر.س.")])],
         button=("المساعدة", "https://www.amazon.sa/gp/help/customer/display.html"), footer="a4"),
    dict(kind="notice", cause="fraud_prevention", sr=True, note="identity verification documents not received", mp=EG,
         frm=AA("order-update", EG), who=10, op="405", fmt="html", layout="B", charset="windows-1256", cte="8bit", auth=False,
         subject="تم إلغاء طلبك رقم {o}", title="إلغاء الطلب",
         greeting="مرحباً كريم،",
         paras=["طلبنا منك تأكيد هويتك لاستكمال مراجعة حسابك، ولم نتلقَّ المستندات المطلوبة خلال المهلة المحددة.",
                "وإلى أن يكتمل التحقق من الهوية، لا يمكننا تنفيذ أي طلبات على حسابك، لذا ألغينا الطلب رقم {o}.",
                "بما أنك اخترت الدفع عند الاستلام، فلن يُطلب منك دفع أي مبلغ."],
         groups=[("المنتج الملغى", [("هاتف سامسونج جالاكسي S24 ألترا، 256 جيجابايت، رمادي تيتانيوم", 1, "64,999.00 ج.م.")])],
         footer="a1"),
    # ---------------- customer_request ----------------
    dict(kind="notice", cause="customer_request", sr=True, note="successful cancellation at customer's request", mp=AE,
         frm=AA("auto-confirm", AE), who=11, op="402", fmt="plain", cte="8bit", auth=False,
         subject="تم إلغاء «مقلاة هوائية فيليبس سلسلة 3000...» بنجاح من طلبك",
         greeting="مرحباً ليلى،",
         paras=["بناءً على طلبك، ألغينا المنتج التالي من طلبك رقم {o}.",
                "لن يتم تحصيل أي مبلغ مقابل المنتج الملغى. وإذا ظهر مبلغ معلّق على بطاقتك، فسيختفي خلال بضعة أيام."],
         groups=[("المنتج الملغى", [("مقلاة هوائية فيليبس سلسلة 3000 بسعة 6.2 لتر، أسود", 1, "399.00 درهم")])],
         closing="نتمنى رؤيتك قريباً.\nAmazon.ae", footer="a3"),
    dict(kind="notice", cause="customer_request", sr=True, note="partial, 'سبب الإلغاء: ألغاه العميل' line", mp=EG,
         frm=AA("auto-confirm", EG), who=12, op="407", fmt="html", layout="C", cte="quoted-printable", auth=True,
         subject="إلغاء جزئي لمنتجات من طلبك رقم {o}", title="تأكيد الإلغاء الجزئي",
         greeting="مرحباً هبة،",
         paras=["استلمنا طلب الإلغاء الذي أرسلته من صفحة «طلباتي»، وأزلنا المنتج التالي من طلبك. أما المنتجات الأخرى فما زالت "
                "قيد التجهيز للشحن.",
                "سبب الإلغاء: ألغاه العميل",
                "سيُرد مبلغ 650.00 ج.م. إلى بطاقتك خلال 3 إلى 5 أيام عمل."],
         groups=[("المنتج الملغى", [("حذاء رياضي أديداس Runfalcon 3.0 للنساء، مقاس 39", 1, "650.00 ج.م.")]),
                 ("المنتجات المتبقية", [("جوارب رياضية أديداس، 3 أزواج", 1, "299.00 ج.م.")])],
         footer="a4"),
    dict(kind="notice", cause="customer_request", sr=True, note="CS agent cancelled as asked in chat", mp=SA,
         frm=AA("cs-reply", SA), who=13, op="403", fmt="plain", charset="windows-1256", cte="quoted-printable", auth=False,
         subject="رد خدمة عملاء Amazon.sa على استفسارك",
         greeting="أهلاً أستاذ فهد،",
         paras=["شكراً لتواصلك معنا عبر الدردشة اليوم. كما طلبتَ مني، ألغيتُ طلبك رقم {o} قبل أن يُسلَّم لشركة الشحن.",
                "سيُعاد المبلغ (459.00 ر.س.) إلى بطاقتك الائتمانية خلال 3 إلى 5 أيام عمل، وقد يستغرق ظهوره في كشف الحساب وقتاً "
                "إضافياً بحسب البنك.",
                "يسعدنا دائماً أن نكون في خدمتك.",
                "مع أطيب التحيات،\nريم\nخدمة عملاء Amazon.sa"],
         footer="cs", text_head="Amazon.sa", sep="-" * 40),
    # ---------------- unknown (no reason) ----------------
    dict(kind="notice", cause="unknown", sr=False, note="no reason given", mp=AE,
         frm=AA("order-update", AE), who=14, op="171", fmt="html", layout="B", cte="base64", auth=True,
         subject="تم إلغاء طلبك رقم #{o}", title="إلغاء الطلب",
         greeting="مرحباً عمر،",
         paras=["نحيطك علماً بأنه تم إلغاء طلبك رقم {o}.",
                "لن يتم تحصيل أي رسوم مقابل هذا الطلب. يمكنك دائماً مراجعة طلباتك السابقة من صفحة «طلباتي»."],
         groups=[("المنتجات الملغاة", [("طقم أواني طهي تيفال إنجينيو 13 قطعة", 1, "749.00 درهم")])],
         summary=[("إجمالي الطلب:", "749.00 درهم")], footer="a2"),
    dict(kind="notice", cause="unknown", sr=False, note="no reason, item-level cancellation with refund line", mp=SA,
         frm=AA("order-update", SA), who=15, op="406", fmt="plain", cte="8bit", auth=False,
         subject="إلغاء منتجات من طلبك رقم {o}",
         greeting="مرحباً جواهر،",
         paras=["تم إلغاء المنتجات التالية من طلبك.",
                "إذا كنت قد دفعت قيمة هذه المنتجات، فسيُرد المبلغ إلى وسيلة الدفع الأصلية. تختلف مدة ظهور المبلغ بحسب وسيلة الدفع."],
         groups=[("المنتجات الملغاة", [("عطر العربية للعود - كلمات، أو دو بارفان 100 مل", 1, "385.00 ر.س."),
                                        ("مبخرة كهربائية محمولة، أسود", 1, "89.00 ر.س.")])],
         closing="Amazon.sa", footer="a5"),
    dict(kind="notice", cause="unknown", sr=False, note="'we had to cancel' with no reason, cash on delivery", mp=EG,
         frm=AA("no-reply", EG), who=16, op="404", fmt="html", layout="A", charset="windows-1256", cte="quoted-printable", auth=False,
         subject="بخصوص طلبك رقم {o}",
         greeting="مرحباً ياسمين،",
         paras=["نأسف لإبلاغك بأننا اضطررنا إلى إلغاء طلبك رقم {o}، ونعتذر عن أي إزعاج قد يسببه ذلك.",
                "طريقة الدفع المختارة هي الدفع عند الاستلام، لذلك لا توجد أي مبالغ مستحقة عليك."],
         groups=[("المنتج", [("مكواة بخار براون تكسستايل 7", 1, "2,399.00 ج.م.")])],
         button=("طلباتي", "https://www.amazon.eg/gp/css/order-history?ref_=pe_eg_yo"), footer="a3"),
    # ---------------- unknown (other reason) ----------------
    dict(kind="notice", cause="unknown", sr=True, note="address incomplete/undeliverable, shipment returned", mp=EG,
         frm=AA("order-update", EG), who=17, op="408", fmt="plain", cte="quoted-printable", auth=True,
         subject="تم إلغاء طلبك رقم {o}: تعذّر التوصيل إلى العنوان",
         greeting="مرحباً مصطفى،",
         paras=["حاول شريك الشحن توصيل طلبك عدة مرات، لكنه لم يتمكن من الوصول إلى العنوان المسجّل (شارع 9، المقطم) لأنه غير "
                "مكتمل، كما تعذّر التواصل معك على رقم الهاتف المدوّن. وقد أُعيدت الشحنة إلى مستودعنا وأُلغي الطلب.",
                "سيُرد المبلغ المدفوع (1,250.00 ج.م.) إلى بطاقتك فور استلام الشحنة المرتجعة.",
                "ننصحك بمراجعة عناوينك المحفوظة وإضافة علامة مميزة قريبة قبل تقديم طلبك التالي."],
         groups=[("المنتج الملغى", [("سماعة رأس جي بي إل تيون 520BT لاسلكية، أزرق", 1, "1,250.00 ج.م.")])],
         closing="Amazon.eg", footer="a4"),
    dict(kind="notice", cause="unknown", sr=True, note="item cannot be shipped to UAE (lithium battery restriction)", mp=AE,
         frm=AA("order-update", AE), who=18, op="405", fmt="html", layout="C", cte="base64", auth=False,
         subject="لا يمكن شحن طلبك رقم {o} إلى الإمارات", title="تم إلغاء طلبك",
         greeting="مرحباً راشد،",
         paras=["يُشحن المنتج الذي طلبته من الولايات المتحدة عبر متجر أمازون العالمي، ولا يمكن إرساله إلى الإمارات العربية "
                "المتحدة بسبب قيود الشحن المفروضة على المنتجات التي تحتوي على بطاريات ليثيوم كبيرة. ولهذا السبب تم إلغاء طلبك.",
                "سيُعاد المبلغ المدفوع، بما في ذلك رسوم الاستيراد المقدّرة، إلى بطاقتك خلال 5 أيام عمل."],
         groups=[("المنتج الملغى", [("محطة طاقة محمولة جاكري Explorer 1000 Plus", 1, "4,310.00 درهم")])],
         footer="a1"),
]

AR += [
    # ---------------- non_notice ----------------
    dict(kind="non_notice", cause=None, sr=False, note="delivery window cancelled, order itself still active", mp=AE,
         frm=AA("order-update", AE), who=19, op="402", fmt="html", layout="A", cte="quoted-printable", auth=True,
         subject="تم إلغاء موعد التوصيل لطلبك رقم {o}",
         greeting="مرحباً ريم،",
         paras=["نعتذر، لن نتمكن من الالتزام بفترة التوصيل التي اخترتها (الخميس من 6 إلى 8 مساءً) بسبب الأحوال الجوية، "
                "لذلك ألغينا هذه الفترة.",
                "طلبك ما زال قائماً ولم يُلغَ. يُرجى اختيار موعد توصيل جديد من صفحة الطلب، وسنحتفظ بالمنتجات المبرّدة في "
                "مستودعنا حتى ذلك الحين."],
         button=("اختيار موعد جديد", "https://www.amazon.ae/gp/css/order-details?orderID={o}&ref_=pe_ae_slot"),
         groups=[("منتجات الطلب", [("حليب المراعي كامل الدسم 2 لتر", 2, "21.00 درهم"),
                                   ("خبز توست أسمر، 600 جرام", 1, "7.50 درهم"),
                                   ("بيض طازج بني، 30 حبة", 1, "24.95 درهم")])],
         footer="a3"),
    dict(kind="non_notice", cause=None, sr=False, note="payment reminder before any cancellation", mp=SA,
         frm=AA("payments-messages", SA), who=7, op="407", fmt="plain", charset="windows-1256", cte="8bit", auth=False,
         subject="تذكير: يُرجى تحديث وسيلة الدفع لتجنّب إلغاء طلبك",
         greeting="مرحباً عبدالله،",
         paras=["ما زلنا غير قادرين على تحصيل قيمة طلبك رقم {o} لأن البطاقة المحفوظة منتهية الصلاحية.",
                "طلبك لم يُلغَ حتى الآن. وإذا لم تُحدَّث وسيلة الدفع قبل يوم الخميس 14 مارس، فسنضطر إلى إلغائه.",
                "لتحديث وسيلة الدفع: [[طلباتي|https://www.amazon.sa/gp/css/order-history]]"],
         groups=[("المنتجات", [("مكنسة دايسون V15 ديتكت اللاسلكية", 1, "2,899.00 ر.س.")])],
         closing="Amazon.sa", footer="a2"),
    dict(kind="non_notice", cause=None, sr=False, note="other retailer (noon) order cancellation", mp=None,
         brand="noon", header_bg="#FEEE00", button_bg="#3866DF",
         home="https://www.noon.com/uae-ar/", logo="https://f.nooncdn.com/s/app/com/noon/images/logos/noon-black-ar.svg",
         frm=("noon", "no-reply@noon.com"), who=0, order="NAEH40021987654", fmt="html", layout="C", cte="base64",
         order_url="https://www.noon.com/uae-ar/account_mobile/orders/NAEH40021987654", item_url="https://www.noon.com/uae-ar/search?q=",
         subject="تم إلغاء طلبك NAEH40021987654", title="تم إلغاء طلبك",
         greeting="مرحباً أحمد،",
         paras=["ألغينا طلبك رقم NAEH40021987654 لعدم توفر المنتج لدى البائع.",
                "سيُعاد المبلغ المدفوع إلى محفظة نون خلال 24 ساعة، ويمكنك طلب تحويله إلى بطاقتك في أي وقت."],
         groups=[("المنتج الملغى", [("شاومي ريدمي نوت 13 برو، 256 جيجابايت، أسود", 1, "1,049.00 درهم")])],
         button=("تسوّق الآن", "https://www.noon.com/uae-ar/"),
         footer=["نون لن تطلب منك أبداً مشاركة كلمة المرور أو رمز التحقق.", "noon AD Holding LLC, دبي، الإمارات العربية المتحدة"],
         sender_kind="noon"),
    dict(kind="non_notice", cause=None, sr=False, note="newsletter mentioning free cancellation", mp=EG,
         frm=("Amazon.eg", "store-news@amazon.eg"), who=2, op=None, fmt="alt", layout="C", cte="quoted-printable", auth=True,
         subject="عروض رمضان وصلت! خصومات تصل إلى 50% على Amazon.eg", title="عروض رمضان",
         greeting="مرحباً محمود،",
         paras=["استعد لرمضان مع أفضل العروض على الأجهزة المنزلية والمواد الغذائية ومستلزمات المطبخ.",
                "تذكير: يمكنك إلغاء أي طلب مجاناً قبل شحنه من صفحة «طلباتي»، كما يمكنك إرجاع معظم المنتجات خلال 14 يوماً.",
                "استخدم الرمز RAMADAN25 للحصول على خصم إضافي عند الدفع بالبطاقة."],
         groups=[("عروض مختارة لك", [("فانوس رمضان LED نحاسي، 30 سم", 1, "349.00 ج.م."),
                                      ("تمر سكري فاخر، 1 كجم", 1, "289.00 ج.م."),
                                      ("قلاية هوائية تورنيدو 5.5 لتر", 1, "2,799.00 ج.م.")])],
         button=("تسوّق العروض", "https://www.amazon.eg/ramadan?ref_=pe_eg_nl"),
         footer=["لإلغاء الاشتراك في هذه الرسائل، [[اضغط هنا|https://www.amazon.eg/gp/gss/unsubscribe]].", "{entity}"]),
    dict(kind="non_notice", cause=None, sr=False, note="Prime membership cancellation", mp=SA,
         frm=("Amazon Prime", "prime@amazon.sa"), who=9, op=None, fmt="html", layout="B", cte="quoted-printable", auth=True,
         subject="تم إلغاء عضويتك في أمازون برايم", title="عضوية برايم",
         greeting="مرحباً تركي،",
         paras=["تأكيداً لطلبك، ألغينا عضويتك في أمازون برايم. ستظل مزايا برايم متاحة لك حتى 30 أبريل 2025، ولن تُجدَّد العضوية بعد هذا التاريخ.",
                "لن يتم خصم رسوم التجديد الشهرية (16 ر.س.) من بطاقتك.",
                "يمكنك إعادة الاشتراك في أي وقت للاستمتاع بالتوصيل المجاني السريع وPrime Video."],
         button=("متابعة عضوية برايم", "https://www.amazon.sa/gp/primecentral?ref_=pe_sa_prime"), footer="a4"),
    # ---------------- lookalike ----------------
    dict(kind="lookalike", cause="payment_issue", sr=True, note="lookalike domain, link text amazon.ae, href elsewhere, 5-digit tail", mp=None,
         frm=("Amazon.ae", "support@amazon-ae-orders.com"), who=14, order="405-7712093-55813", fmt="html", layout="A", cte="base64",
         subject="تم إلغاء طلبك - فشل التحقق من الدفع",
         home="http://amazon-ae-orders.com/", logo="https://i.ibb.co/Xk9p2Lm/amazon-ae.png",
         item_url="http://amazon-ae-orders.com/p", order_url="http://amazon-ae-orders.com/order?id=405-7712093-55813",
         greeting="عزيزي العميل،",
         paras=["لم يتمكن البنك من التحقق من عملية الدفع الخاصة بطلبك الأخير، وبالتالي تم إلغاء الطلب.",
                "لتجنب إيقاف حسابك، يجب إعادة التحقق من بيانات بطاقتك خلال 24 ساعة عبر الرابط التالي: "
                "[[https://www.amazon.ae/ap/payment-verify|http://amazon-ae-orders.com/secure/verify.php?c=ae&t=55813]]",
                "في حال عدم التحقق سيتم إغلاق الحساب نهائياً."],
         groups=[("تفاصيل الطلب", [("آيفون 16 برو 256 جيجابايت", 1, "4,699.00 درهم")])],
         button=("تحقق الآن", "http://amazon-ae-orders.com/secure/verify.php?c=ae&t=55813"),
         footer=["© 2025 Amazon.ae جميع الحقوق محفوظة"],
         phish=dict(host="server1.amazon-ae-orders.com", ip="193.42.33.180", mailfrom="support@amazon-ae-orders.com",
                    auth=dict(domain="amazon-ae-orders.com", dkim="pass", spf="pass", dmarc="none"))),
    dict(kind="lookalike", cause="fraud_prevention", sr=True, note="Greek-Alpha homoglyph display name, outlook.com, 'use this code'", mp=None,
         frm=("\u0391mazon.sa", "amazon.sa.alerts@outlook.com"), who=10, order=None, fmt="plain", cte="base64",
         subject="تنبيه أمني: تم تعليق حسابك وإلغاء طلبك", sender_kind="phish_plain",
         raw_text="عميلنا العزيز،\n\nتم رصد نشاط مشبوه على حسابك، لذلك تم تعليق الحساب وإلغاء آخر طلب قمت به.\n\n"
                  "لإعادة تفعيل حسابك واسترجاع طلبك، استخدم رمز التفعيل التالي: 884-219-SA\n"
                  "أدخل الرمز في صفحة التفعيل: http://amazon-sa-reactivate.com/code\n\n"
                  "إذا لم يتم التفعيل خلال 12 ساعة سيتم حذف الحساب وجميع الطلبات.\n\nفريق أمان أمازون\n",
         phish=dict(host="EUR02-AM0-obe.outbound.protection.outlook.com", ip="40.92.49.21", mailfrom="amazon.sa.alerts@outlook.com",
                    auth=None)),
    dict(kind="lookalike", cause="unknown", sr=False, note="gmail sender, callback phone number, malformed order number", mp=None,
         frm=("خدمة عملاء أمازون", "amazon.eg.refunds@gmail.com"), who=16, order="D01-88231", fmt="plain", cte="8bit",
         subject="تم إلغاء طلبك #D01-88231 - سيتم خصم المبلغ", sender_kind="phish_plain",
         raw_text="مرحباً،\n\nتم إلغاء طلبك رقم #D01-88231 بقيمة 7,850 جنيه، وسيتم خصم رسوم الإلغاء من بطاقتك خلال 24 ساعة.\n\n"
                  "إذا لم تقم بهذا الطلب أو تريد إيقاف الخصم، اتصل فوراً بخدمة العملاء على الرقم 01102938475 "
                  "(متاح 24 ساعة). سيطلب منك الموظف تأكيد بيانات البطاقة والرمز الذي سيصلك.\n\n"
                  "شكراً لاختيارك أمازون.\n",
         phish=dict(host="mail-sor-f69.google.com", ip="209.85.220.69", mailfrom="amazon.eg.refunds@gmail.com",
                    auth=dict(domain="gmail.com", dkim="pass", spf="pass", dmarc="pass", raw=True))),
    dict(kind="lookalike", cause="inventory_shortage", sr=True, note="amazon-eg.net, out-of-stock claim, asks card details by reply", mp=None,
         frm=("Amazon", "orders@amazon-eg.net"), who=17, order="402-6619023-1187740", fmt="html", layout="C",
         charset="windows-1256", cte="quoted-printable",
         subject="إلغاء الطلب 402-6619023-1187740 بسبب نفاد المخزون", title="إلغاء الطلب",
         home="http://amazon-eg.net/", logo="http://amazon-eg.net/images/logo.png", item_url="http://amazon-eg.net/",
         order_url="http://amazon-eg.net/orders",
         greeting="عزيزي العميل،",
         paras=["نأسف لإبلاغك بأن المنتج نفد من المخزون وتم إلغاء طلبك.",
                "لإتمام استرداد المبلغ (3,450 ج.م.)، يُرجى الرد على هذه الرسالة وإرسال: رقم البطاقة كاملاً، وتاريخ الانتهاء، "
                "ورمز الأمان CVV، ورقم الهاتف المسجّل لدى البنك.",
                "سيتم تحويل المبلغ خلال ساعتين من استلام البيانات."],
         groups=[("المنتج", [("مكنسة كهربائية هوفر 2000 واط", 1, "3,450.00 ج.م.")])],
         footer=["أمازون مصر - خدمة العملاء"], reply_to="refund.amazon.eg@yandex.com",
         phish=dict(host="mail.amazon-eg.net", ip="5.188.206.14", mailfrom="orders@amazon-eg.net",
                    auth=dict(domain="amazon-eg.net", dkim="none", spf="neutral", dmarc="none"))),
    dict(kind="lookalike", cause="technical_issue", sr=True, note="amazon.sa-secure-verify.com, system error claim, link text amazon.sa", mp=None,
         frm=("Amazon.sa", "service@amazon.sa-secure-verify.com"), who=4, order="408-3390127-4471052", fmt="alt", layout="B",
         cte="quoted-printable", subject="بسبب خطأ في النظام تم إلغاء طلبك رقم 408-3390127-4471052", title="إلغاء الطلب",
         home="http://amazon.sa-secure-verify.com/", logo="http://amazon.sa-secure-verify.com/img/amazon-sa.png",
         item_url="http://amazon.sa-secure-verify.com/", order_url="http://amazon.sa-secure-verify.com/orders/408-3390127-4471052",
         greeting="عزيزي خالد،",
         paras=["بسبب خطأ في النظام، تم إلغاء طلبك ولم تكتمل عملية الدفع.",
                "لاستعادة طلبك وتجنب فقدان المبلغ المدفوع، يُرجى تأكيد بيانات حسابك وبطاقتك خلال 24 ساعة من خلال الرابط: "
                "[[https://www.amazon.sa/your-orders|http://amazon.sa-secure-verify.com/restore?o=408-3390127-4471052]]"],
         groups=[("المنتج", [("تلفزيون سامسونج 65 بوصة QLED 4K", 1, "3,299.00 ر.س.")])],
         footer=["خدمة عملاء Amazon.sa"],
         phish=dict(host="vmi1822.contaboserver.net", ip="173.212.236.45", mailfrom="service@amazon.sa-secure-verify.com",
                    auth=dict(domain="amazon.sa-secure-verify.com", dkim="pass", spf="pass", dmarc="none"))),
]
for _m in AR:
    _m["lang"] = "ar"


# ---------------------------------------------------------------------------
# Finalisation
# ---------------------------------------------------------------------------
LOGO_G = {"amazon.com.tr": "50", "amazon.ae": "39", "amazon.sa": "42", "amazon.eg": "43"}
BRAND = {"amazon.com.tr": "Amazon.com.tr", "amazon.ae": "Amazon.ae", "amazon.sa": "Amazon.sa", "amazon.eg": "Amazon.eg"}


def hexid(n):
    return rid(n, "0123456789abcdef")


def subst(obj, mapping):
    if isinstance(obj, str):
        for k, v in mapping.items():
            obj = obj.replace(k, v)
        return obj
    if isinstance(obj, list):
        return [subst(x, mapping) for x in obj]
    if isinstance(obj, tuple):
        return tuple(subst(x, mapping) for x in obj)
    if isinstance(obj, dict):
        return {k: subst(v, mapping) for k, v in obj.items()}
    return obj


THREAD_ORDERS = {}


def gen_order(prefix):
    return "%s-%07d-%07d" % (prefix, rng.randint(0, 9999999), rng.randint(0, 9999999))


def finalize(m, date):
    lang = m["lang"]
    people = TR_PEOPLE if lang == "tr" else AR_PEOPLE
    m["to"] = people[m["who"]]
    # order number
    if "order" not in m:
        if m.get("op"):
            if m.get("thread"):
                m["order"] = THREAD_ORDERS.setdefault(m["thread"], gen_order(m["op"]))
            else:
                m["order"] = gen_order(m["op"])
        else:
            m["order"] = None
    amazon = m["kind"] != "lookalike" and not m.get("sender_kind")
    d = m["mp"] if amazon else None
    mapping = {"{o}": m["order"] or ""}
    if d:
        mapping["{d}"] = d
        mapping["{entity}"] = AR_ENTITY.get(d, "")
    elif m.get("mp"):
        mapping["{d}"] = m["mp"]
        mapping["{entity}"] = AR_ENTITY.get(m["mp"], "")
    if isinstance(m.get("footer"), str):
        m["footer"] = (TR_FOOT if lang == "tr" else AR_FOOT)[m["footer"]]
    m = subst(m, mapping)
    m["to"] = tuple(m["to"])
    if amazon:
        m.setdefault("brand", BRAND[d])
        m.setdefault("home", "https://www.%s/ref=pe_%s_hdr" % (d, rid(6, "0123456789")))
        m.setdefault("logo", "https://images-eu.ssl-images-amazon.com/images/G/%s/x-locale/common/%s_logo._CB%s_.png"
                     % (LOGO_G[d], d.replace(".", "_"), rid(9, "0123456789")))
        m.setdefault("pixel", "https://www.%s/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com"
                     "%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif&ref_=pe_%s_opens" % (d, rid(13), hexid(40), rid(13), rid(8, "0123456789")))
        m.setdefault("item_url", "https://www.%s/dp/B0%s?ref_=pe_%s_item" % (d, rid(8), rid(7, "0123456789")))
        if m["order"]:
            ou = "https://www.%s/gp/your-account/order-details?orderID=%s&ref_=pe_%s_od" % (d, m["order"], rid(7, "0123456789"))
            m.setdefault("order_url", tracked(d, ou, "pe_od") if rng.random() < 0.5 else ou)
        host_ts = date.strftime("%Y%m%d%H%M%S")
        m["return_path"] = "%s%s@bounces.%s" % (host_ts, hexid(24), d)
        style = rng.choice(["google", "google", "microsoft", "plain"]) if m.get("auth") else "google"
        if style == "microsoft":
            m["mx"] = "AM4PEPF000%dA.mail.protection.outlook.com" % rng.randint(10000, 99999)
        elif style == "plain":
            m["mx"] = rng.choice(["mx1.mail.example.net", "mx.kurumsal-posta.com.tr", "mx01.emirates-mail.ae"])
        m["received"] = [amazon_received(m, date)]
        m["msgid"] = "<0102019%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
            hexid(9), hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))
        if m.get("auth"):
            mx = m.get("mx", "mx.google.com")
            if style == "microsoft":
                m["received"].insert(0, "from AM0PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:208:fe::%d) by\n AM0PR02MB5678.eurprd02.prod.outlook.com "
                                     "with HTTPS; %s" % (rng.randint(10, 99), format_datetime(date + dt.timedelta(seconds=3))))
            m["auth"] = auth_results(d, mx=mx, style=style)
        else:
            m["auth"] = None
        if m["frm"][1].split("@")[0] not in ("cs-reply",):
            m.setdefault("reply_to", "no-reply@%s" % d)
        m["xheaders"] = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                         ("X-AMAZON-RTE-VERSION", "2.0"),
                         ("Bounces-to", m["return_path"]),
                         ("X-SES-Outgoing", "%s-54.240.%d.%d" % (date.strftime("%Y.%m.%d"), rng.randint(0, 11), rng.randint(2, 250))),
                         ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % rid(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    elif m.get("sender_kind") in ("trendyol", "noon"):
        dom = m["frm"][1].split("@")[1]
        m["pixel"] = "https://click.%s/open/%s.gif" % (dom, hexid(24))
        m["received"] = ["from mta-%d.%s (mta-%d.%s [%d.%d.%d.%d])\n\tby mx.google.com with ESMTPS id %s\n\tfor <%s>; %s"
                         % (rng.randint(1, 40), dom, rng.randint(1, 40), dom, rng.randint(13, 200), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254), rid(20, "abcdefghijklmnopqrstuvwxyz0123456789"),
                            m["to"][1], format_datetime(date))]
        m["auth"] = auth_results(dom, style="google", mailfrom="bounce@mail.%s" % dom)
        m["msgid"] = "<%s.%s@%s>" % (hexid(16), date.strftime("%Y%m%d%H%M%S"), dom)
        m["return_path"] = "bounce-%s@mail.%s" % (hexid(10), dom)
        m.setdefault("msg", None)
    elif m.get("sender_kind") == "friend":
        m["received"] = ["by 2002:a05:6a10:%s:b0:%s with SMTP id %s;\n        %s"
                         % (hexid(4), hexid(3), rid(10, "abcdefghijklmnopqrstuvwxyz0123456789"), format_datetime(date))]
        m["msgid"] = "<CAH%s@mail.gmail.com>" % rid(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+=")
        m["pre_headers"] = [("In-Reply-To", "<%s@DB9PR02MB7011.eurprd02.prod.outlook.com>" % rid(20)),
                            ("References", "<%s@DB9PR02MB7011.eurprd02.prod.outlook.com>" % rid(20))]
        m["to"] = TR_PEOPLE[11]
    else:  # lookalike
        ph = m["phish"]
        m.setdefault("brand", m["frm"][0] if m["frm"][0].isascii() else "Amazon")
        m.setdefault("home", "http://%s/" % ph["mailfrom"].split("@")[1])
        m["pixel"] = m["home"].rstrip("/") + "/t.gif?id=%s" % hexid(12)
        m.setdefault("item_url", m["home"])
        m.setdefault("order_url", m["home"])
        m["received"] = ["from %s (%s [%s])\n\tby mx.google.com with ESMTP id %s\n\tfor <%s>; %s"
                         % (ph["host"], ph["host"], ph["ip"], rid(20, "abcdefghijklmnopqrstuvwxyz0123456789"),
                            m["to"][1], format_datetime(date))]
        a = ph.get("auth")
        if a:
            m["auth"] = auth_results(a["domain"], dkim=a["dkim"], spf=a["spf"], dmarc=a["dmarc"], mailfrom=ph["mailfrom"],
                                     ip=ph["ip"], style="google" if a["spf"] == "pass" else "plain")
        else:
            m["auth"] = None
        m["return_path"] = ph["mailfrom"]
        m["msgid"] = "<%s@%s>" % (hexid(20), ph["host"])
        if "google.com" in ph["host"]:
            m["xheaders"] = []
        elif "outlook.com" in ph["host"]:
            m["xheaders"] = [("X-MS-Exchange-Organization-SCL", "1")]
        else:
            m["xheaders"] = [("X-Mailer", rng.choice(["PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
                                                      "Open-Xchange Mailer v7.10.6-Rev38"]))]
    return m


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    allm = TR + AR
    # group into units (thread pairs kept together, earlier mail first)
    units, threads = [], {}
    for m in allm:
        if m.get("thread"):
            threads.setdefault(m["thread"], []).append(m)
        else:
            units.append([m])
    for k in sorted(threads):
        units.append(sorted(threads[k], key=lambda x: x.get("thread_pos", 1)))
    rng.shuffle(units)
    labels, n = [], 0
    start = dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc)
    for unit in units:
        base = start + dt.timedelta(seconds=rng.randint(0, 600 * 86400))
        for i, m in enumerate(unit):
            n += 1
            fname = "%s%03d.eml" % (PREFIX, n)
            date = (base + dt.timedelta(days=4 * i + (rng.randint(0, 1) if i else 0), seconds=rng.randint(0, 20000) if i else 0))
            date = date.replace(microsecond=0)
            fm = finalize(dict(m), date)
            data = build(fm, date)
            with open(os.path.join(OUT, fname), "wb") as fh:
                fh.write(data)
            labels.append({"file": fname, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                           "states_reason": bool(m["sr"]), "marketplace": m.get("mp") if m["kind"] != "lookalike" else None,
                           "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels


if __name__ == "__main__":
    labs = main()
    from collections import Counter
    print(len(labs), "mails")
    print(Counter((l["language"], l["kind"]) for l in labs))
    print(Counter((l["language"], l["cause"]) for l in labs if l["kind"] == "notice"))
