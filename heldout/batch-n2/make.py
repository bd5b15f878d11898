#!/usr/bin/env python3
"""Regenerates blind batch n2 (sv / tr / ar): mail/*.eml and labels.json.

All texts live in the data structures below (SV, TR, AR). Fixed random seed,
so running this again produces the same files byte for byte.
"""
import datetime
import html as H
import json
import os
import re
import random
import string
from email.message import EmailMessage
from email.policy import default as DEFAULT
from email.header import Header
from email.utils import format_datetime
from urllib.parse import quote

R = random.Random(4242002)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ---------------------------------------------------------------- helpers

def tok(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))

def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))

PFX = ["402", "403", "404", "405", "406", "407", "408", "171", "302", "303",
       "304", "305", "026", "028", "249", "114"]

def oid(pfx=None):
    return "%s-%07d-%07d" % (pfx or R.choice(PFX), R.randint(0, 9999999), R.randint(0, 9999999))

def asin():
    return "B0" + tok(8)

def trk(dom, path, style=0):
    """Amazon style click-tracking redirect."""
    target = "https://www.%s%s" % (dom, path)
    ts = "2024%02d%02d%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    region = "eu" if dom in ("amazon.se", "amazon.com.tr") else "na" if dom == "amazon.com" else "fe"
    u = ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0%s&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
         % (dom, tok(13), tok(13), ts, hexs(30), region, tok(12), quote(target, safe=""), tok(28),
            R.randint(100000, 9999999), R.randint(100000000, 999999999)))
    return u.replace("&", "&amp;") if style else u

def pixel(dom):
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif&H=%s"
            % (dom, tok(13), tok(13), hexs(40), tok(12), tok(28)))

def img():
    return "https://m.media-amazon.com/images/I/%s%s._SS%d_.jpg" % (R.choice("45678"), tok(9, string.ascii_letters + string.digits), R.choice([80, 100, 115]))

BASE = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)

def rdate(offset_days=None):
    d = BASE + datetime.timedelta(days=offset_days if offset_days is not None else R.randint(0, 560),
                                  seconds=R.randint(0, 86399))
    return d

LEGACY_FIX = {"\u2013": "-", "\u2014": "-", "\u2022": "*", "\u2019": "'", "\u2018": "'",
              "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u00a0": " ", "\u200f": "", "\u200e": ""}

def fit(text, cs):
    if cs.lower() in ("utf-8", "us-ascii"):
        return text
    try:
        text.encode(cs)
        return text
    except UnicodeEncodeError:
        out = "".join(LEGACY_FIX.get(ch, ch) for ch in text)
        out.encode(cs)  # raise if still not representable: fix the data
        return out

def fit_html(text, cs):
    if cs.lower() == "utf-8":
        return text
    return text.encode(cs, "xmlcharrefreplace").decode(cs)

def auth_results(dom, kind="pass", mailfrom=None, ip=None):
    ip = ip or "54.240.%d.%d" % (R.randint(1, 60), R.randint(1, 250))
    mailfrom = mailfrom or "%s%s@bounces.%s" % ("2024" + hexs(6), hexs(20), dom)
    mx = R.choice(["mx.google.com", "mx.outlook.com", "mx.zoho.eu", "spamfilter.example.net"])
    if kind == "pass":
        return ("%s; dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s; "
                "spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; "
                "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (mx, dom, dom, R.choice(["rjs6psjtoyzjehkz5d7o2vnyapazsvsu", "pzkbmrb6rcdszxahkrcpgc2wm2ceta5j", "7v7vs6w47njt4pimodk5mmttbegzsi6n", "ae6gy7sxw2x3n6w3h5cgy5n3mkorkzbh"]),
                   tok(8, string.ascii_letters + string.digits), mx, mailfrom, ip, mailfrom, dom))
    return kind  # caller supplies a full custom value

def received(dom, ip=None, host=None):
    ip = ip or "54.240.%d.%d" % (R.randint(1, 60), R.randint(1, 250))
    host = host or "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (R.randint(1, 80), R.randint(1, 250))
    return "from %s (%s [%s]) by mx.example.net with ESMTPS id %s for <{rcpt}>" % (host, host, ip, tok(12, string.ascii_lowercase + string.digits))

def amazon_msgid():
    return "<%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        "0102018" + hexs(9), hexs(8), hexs(4), hexs(4), hexs(12))

# ------------------------------------------------------------ localisation

LOC = {
    "sv": dict(
        dir="ltr", align="left",
        orders="Dina beställningar", account="Ditt konto", order_no="Beställning nr",
        items_head="Annullerade artiklar", qty="Antal", price="Pris", sold_by="Säljs av",
        help_path="/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7",
        date_line="Beställningsdatum",
    ),
    "tr": dict(
        dir="ltr", align="left",
        orders="Siparişlerim", account="Hesabım", order_no="Sipariş No.",
        items_head="İptal edilen ürünler", qty="Adet", price="Fiyat", sold_by="Satıcı",
        help_path="/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7",
        date_line="Sipariş tarihi",
    ),
    "ar": dict(
        dir="rtl", align="right",
        orders="طلباتك", account="حسابك", order_no="رقم الطلب",
        items_head="المنتجات الملغاة", qty="الكمية", price="السعر", sold_by="يُباع بواسطة",
        help_path="/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7",
        date_line="تاريخ الطلب",
    ),
}

LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
BOLD_RE = re.compile(r"^\*\*(.+?)\*\*")

def para_text(p, dom):
    p = LINK_RE.sub(lambda m: "%s (https://www.%s%s)" % (m.group(1), dom, m.group(2)), p)
    return BOLD_RE.sub(lambda m: m.group(1), p)

def para_html(p, dom, amp=0):
    out, last = [], 0
    for m in LINK_RE.finditer(p):
        out.append(H.escape(p[last:m.start()], quote=False))
        out.append('<a href="%s" style="color:#0066c0;text-decoration:none">%s</a>' % (trk(dom, m.group(2), amp), H.escape(m.group(1))))
        last = m.end()
    out.append(H.escape(p[last:], quote=False))
    s = "".join(out)
    s = BOLD_RE.sub(lambda m: "<b>%s</b>" % m.group(1), s)
    return s.replace("\n", "<br />\n")

# ------------------------------------------------------------- item blocks

def items_text(items, L, head, layout):
    lines = []
    if head:
        lines.append(head)
        lines.append("-" * max(10, len(head)) if layout != 2 else "")
    for it in items:
        name, qty, price, seller = it[:4]
        if layout == 1:
            lines.append("%d x %s" % (qty, name))
            if seller:
                lines.append("    %s: %s" % (L["sold_by"], seller))
            lines.append("    %s" % price)
        elif layout == 2:
            lines.append("  " + name)
            lines.append("  %s: %d   %s: %s" % (L["qty"], qty, L["price"], price))
            if seller:
                lines.append("  %s %s" % (L["sold_by"], seller) if L is LOC["ar"] else "  %s: %s" % (L["sold_by"], seller))
        else:
            lines.append("* %s" % name)
            lines.append("  %s: %d" % (L["qty"], qty))
            if seller:
                lines.append("  %s: %s" % (L["sold_by"], seller))
            lines.append("  %s: %s" % (L["price"], price))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"

def items_html(items, L, head, dom, amp, variant):
    a = L["align"]
    rows = []
    for it in items:
        name, qty, price, seller = it[:4]
        link = trk(dom, "/dp/%s?ref_=pe_cncl_itm" % asin(), amp)
        sell = ('<br /><span style="color:#666;font-size:12px">%s %s</span>' % (H.escape(L["sold_by"]) + ("" if L is LOC["ar"] else ":"), H.escape(seller))) if seller else ""
        if variant == 0:
            rows.append(
                '<tr>\n <td style="width:90px;padding:8px 0;vertical-align:top"><a href="%s"><img src="%s" width="80" height="80" alt="" border="0" /></a></td>\n'
                ' <td style="padding:8px 10px;vertical-align:top;text-align:%s;font:14px Arial,sans-serif"><a href="%s" style="color:#0066c0;text-decoration:none">%s</a>%s<br />'
                '<span style="color:#555">%s: %d</span></td>\n <td style="padding:8px 0;vertical-align:top;white-space:nowrap;font:bold 14px Arial,sans-serif">%s</td>\n</tr>'
                % (link, img(), a, link, H.escape(name), sell, H.escape(L["qty"]), qty, H.escape(price)))
        else:
            rows.append(
                '<tr class="itemRow">\n <td class="itemName" style="padding:6px 4px;border-bottom:1px solid #e7e7e7;text-align:%s"><a href="%s">%s</a>%s</td>\n'
                ' <td class="itemQty" style="padding:6px 4px;border-bottom:1px solid #e7e7e7;text-align:center">%d</td>\n'
                ' <td class="itemPrice" style="padding:6px 4px;border-bottom:1px solid #e7e7e7;text-align:%s">%s</td>\n</tr>'
                % (a, link, H.escape(name), sell, qty, a, H.escape(price)))
    headrow = ""
    if variant == 1:
        headrow = ('<tr><th style="text-align:%s;padding:4px;font-weight:bold">%s</th><th style="padding:4px">%s</th><th style="padding:4px;text-align:%s">%s</th></tr>\n'
                   % (a, H.escape(head or ""), H.escape(L["qty"]), a, H.escape(L["price"])))
    title = ('<h3 style="font:bold 16px Arial,sans-serif;color:#c45500;margin:14px 0 6px 0;text-align:%s">%s</h3>\n' % (a, H.escape(head))) if head and variant == 0 else ""
    return title + '<table class="itemTable" cellpadding="0" cellspacing="0" width="100%%" dir="%s">\n<tbody>\n%s%s\n</tbody>\n</table>\n' % (L["dir"], headrow, "\n".join(rows))

# ------------------------------------------------------------- text layouts

SEP = "_" * 70

def build_text(s, L, dom):
    tl = s.get("tl", 1)
    parts = []
    label = s.get("brand", dom[0].upper() + dom[1:])
    if tl == 1:
        parts.append("%s %s\n%s #%s\nhttps://www.%s/ref=TE_tex_g\n\n%s\n" % (label, s["title"], L["order_no"].rstrip("."), s["order"], dom, SEP))
    elif tl == 3:
        parts.append("%s\n%s\n%s: %s\n" % (label, "=" * len(label), L["order_no"], s["order"]))
    if s.get("greet"):
        parts.append(s["greet"] + "\n")
    for p in s.get("before", []):
        parts.append(para_text(p, dom) + "\n")
    if s.get("items"):
        if tl == 2:
            parts.append("%s: %s\n" % (L["order_no"], s["order"]))
        parts.append(items_text(s["items"], L, s.get("item_head", L["items_head"]), tl))
    for p in s.get("after", []):
        parts.append(para_text(p, dom) + "\n")
    if s.get("closing"):
        parts.append(s["closing"] + "\n")
    if s.get("footer"):
        parts.append(SEP if tl != 3 else "-" * 40)
        parts.append("\n".join(para_text(p, dom) + "\n" for p in s["footer"]))
    return "\n".join(parts).rstrip() + "\n"

# ------------------------------------------------------------- html layouts

def html_head(title, L):
    return ('<!DOCTYPE html>\n<html dir="%s" lang="%s">\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            '  <meta name="format-detection" content="telephone=no" />\n  <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            '  <title>%s</title>\n  <style type="text/css">\n    body { width:100%% !important; margin:0; padding:0; }\n'
            '    table, table td { border-collapse:collapse !important; }\n    a { color:#0066c0; }\n'
            '    @media only screen and (max-width: 620px){ *[class].deviceWidth { width:100%% !important; } }\n  </style>\n </head>\n'
            % (L["dir"], {"ltr": "x", "rtl": "ar"}[L["dir"]], H.escape(title)))

def html_body_paras(ps, dom, amp, L, style):
    return "\n".join('<p style="%s">%s</p>' % (style, para_html(p, dom, amp)) for p in ps)

def build_html(s, L, dom, lang):
    hl = s.get("hl", 1)
    amp = hl % 2
    a = L["align"]
    head = html_head(s["title"], L).replace('lang="x"', 'lang="%s"' % lang)
    pst = "margin:0 0 12px 0;font:14px/20px Arial,sans-serif;color:#222;text-align:%s" % a
    before = html_body_paras(s.get("before", []), dom, amp, L, pst)
    after = html_body_paras(s.get("after", []), dom, amp, L, pst)
    items = items_html(s["items"], L, s.get("item_head", L["items_head"]), dom, amp, 0 if hl != 2 else 1) if s.get("items") else ""
    greet = ('<span class="heading" style="font:bold 16px Arial,sans-serif">%s</span>' % H.escape(s["greet"])) if s.get("greet") else ""
    closing = para_html(s["closing"], dom, amp) if s.get("closing") else ""
    foot = "\n".join('<p style="margin:0 0 8px 0;font:11px/15px Arial,sans-serif;color:#666;text-align:%s">%s</p>' % (a, para_html(p, dom, amp)) for p in s.get("footer", []))
    brand = s.get("brand", dom[0].upper() + dom[1:])
    if hl == 1:
        body = f'''<body><img width="1" height="1" src="{pixel(dom).replace("&", "&amp;")}" />
  <table id="container" cellpadding="0" dir="{L["dir"]}">
   <tbody><tr><td class="frame">
    <table id="main" cellpadding="0" width="640" class="deviceWidth">
     <tbody>
      <tr><td>
       <table id="header" cellpadding="0" width="100%">
        <tbody>
         <tr>
          <td rowspan="2" class="logo"><a href="{trk(dom, "/ref=TE_simp_g", amp)}"><img src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/logo.gif" alt="{H.escape(brand)}" border="0" /></a></td>
          <td class="navigation" style="text-align:{"left" if a == "right" else "right"}"><a href="{trk(dom, "/gp/css/order-history", amp)}">{H.escape(L["orders"])}</a> <span>&nbsp;|&nbsp;</span> <a href="{trk(dom, "/gp/css/homepage.html", amp)}">{H.escape(L["account"])}</a> <span>&nbsp;|&nbsp;</span> <a class="last" href="{trk(dom, "/", amp)}">{H.escape(brand)}</a></td>
         </tr>
         <tr><td class="title" style="text-align:{a}"><h2 style="font:normal 20px Arial,sans-serif;color:#cc6600;margin:0">{H.escape(s["title"])}</h2> {H.escape(L["order_no"])} <a href="{trk(dom, "/gp/your-account/order-details?orderID=" + s["order"], amp)}">{s["order"]}</a></td></tr>
        </tbody>
       </table>
      </td></tr>
      <tr><td>
       <table id="summary" cellpadding="0" width="100%"><tbody><tr><td style="text-align:{a};padding:12px 0">{greet}
{before}
       </td></tr></tbody></table>
      </td></tr>
      <tr><td>
       <table id="orderDetails" cellpadding="0" width="100%"><tbody><tr><td>
{items}
       </td></tr></tbody></table>
      </td></tr>
      <tr><td>
       <table id="closing" cellpadding="0" width="100%"><tbody><tr><td style="text-align:{a}">
{after}
       <p style="{pst}">{closing}</p>
       </td></tr></tbody></table>
      </td></tr>
      <tr><td><table id="division" width="100%"><tbody><tr><td style="border-top:1px solid #cccccc">&nbsp;</td></tr></tbody></table></td></tr>
      <tr><td id="legal">
{foot}
      </td></tr>
     </tbody>
    </table>
   </td></tr></tbody>
  </table>
 </body>
</html>
'''
    elif hl == 2:
        body = f'''<body style="width: 100% !important; height: 100% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%"><img width="1" height="1" src="{pixel(dom)}" />
  <table id="OutlookWrapper" style="width: 100%; border-collapse: collapse !important; text-align: {a}">
   <tbody>
    <tr>
     <td align="center" style="font-family: Arial, sans-serif">
      <table id="EmailWrapper" style="width: 100% !important; border-collapse: collapse !important; text-align: {a}" dir="{L["dir"]}">
       <tbody>
        <tr>
         <td align="center" style="font-family: Arial, sans-serif">
          <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); border-collapse: collapse !important; text-align: {a}">
           <tbody>
            <tr>
             <td class="emailBodyTD" style="padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; font-family: Arial, sans-serif">
              <a href="{trk(dom, "/?ref_=pe_cncl", amp)}">
               <table class="brandTable" style="margin-bottom: 20px; width: 100%; min-width: 338px; border-collapse: collapse !important">
                <tbody><tr><td align="center"><img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="{H.escape(brand)}" title="{H.escape(brand)}" class="brandImage" border="0" width="130" style="width: 130px" /></td></tr></tbody>
               </table></a>
              <table class="headerTable" style="width:100%"><tbody>
               <tr><td style="font: bold 22px Arial, sans-serif; color: rgb(17, 17, 17); padding-bottom: 8px; text-align: {a}">{H.escape(s["title"])}</td></tr>
               <tr><td style="font: 14px Arial, sans-serif; color: rgb(86, 89, 89); text-align: {a}">{H.escape(L["order_no"])} {s["order"]}</td></tr>
              </tbody></table>
              <table class="messageTable" style="width:100%; margin-top: 14px"><tbody><tr><td style="text-align: {a}">
{greet and "<p style='" + pst + "'>" + H.escape(s["greet"]) + "</p>"}
{before}
              </td></tr></tbody></table>
              <table class="itemsTable" style="width:100%; background-color:#ffffff; margin: 10px 0"><tbody><tr><td style="padding: 10px">
{items}
              </td></tr></tbody></table>
              <table class="afterTable" style="width:100%"><tbody><tr><td style="text-align: {a}">
{after}
              <p style="{pst}">{closing}</p>
              <table class="buttonComponent" width="222" align="center"><tbody><tr><td style="background-color: rgb(255, 216, 20); border-radius: 20px; text-align:center" height="40"><a class="buttonComponentLink" href="{trk(dom, "/gp/css/order-history", amp)}" style="color: rgb(15, 17, 17); text-decoration: none; font: 15px Arial, sans-serif">{H.escape(L["orders"])}</a></td></tr></tbody></table>
              </td></tr></tbody></table>
              <table class="footerTable" style="width:100%; margin-top: 24px; border-top: 1px solid rgb(213, 217, 217)"><tbody><tr><td style="padding-top: 12px">
{foot}
              </td></tr></tbody></table>
             </td>
            </tr>
           </tbody>
          </table>
         </td>
        </tr>
       </tbody>
      </table>
     </td>
    </tr>
   </tbody>
  </table>
 </body>
</html>
'''
    else:
        body = f'''<body><div style="background:rgb(255,255,255);display:block;margin:0 auto;padding:0"><img width="1" height="1" src="{pixel(dom).replace("&", "&amp;")}" />
  <table class="rio_container" id="rio_container" dir="{L["dir"]}" style="width:525px;margin:0 auto;padding:0;border:0;background:rgb(255,255,255);display:block;border-collapse:collapse">
   <tbody>
    <tr><td class="rio_header" style="padding:16px 20px;border-bottom:4px solid #ff9900;text-align:{a}"><a href="{trk(dom, "/ref=rio_logo", amp)}"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" alt="{H.escape(brand)}" width="110" border="0" /></a></td></tr>
    <tr><td class="rio_title" style="padding:18px 20px 4px 20px;font:bold 20px Arial,sans-serif;color:#0f1111;text-align:{a}">{H.escape(s["title"])}</td></tr>
    <tr><td class="rio_order" style="padding:0 20px 12px 20px;font:13px Arial,sans-serif;color:#565959;text-align:{a}">{H.escape(L["order_no"])} <a href="{trk(dom, "/gp/your-account/order-details?orderID=" + s["order"], amp)}" style="color:#007185">{s["order"]}</a></td></tr>
    <tr><td class="rio_text" style="padding:0 20px;text-align:{a}">
{greet and "<p style='" + pst + "'>" + H.escape(s["greet"]) + "</p>"}
{before}
    </td></tr>
    <tr><td class="rio_items" style="padding:4px 20px;text-align:{a}">
{items}
    </td></tr>
    <tr><td class="rio_text" style="padding:8px 20px;text-align:{a}">
{after}
    <p style="{pst}">{closing}</p>
    </td></tr>
    <tr><td class="rio_footer" style="padding:16px 20px;background:#f3f3f3;text-align:{a}">
{foot}
    </td></tr>
   </tbody>
  </table>
 </div></body>
</html>
'''
    return head + body

# ------------------------------------------------------------- assembly

def set_body(msg, fmt, text, html_, cs, cte, hcs=None, hcte=None):
    hcs = hcs or cs
    hcte = hcte or cte
    if html_ and hcs.lower() != "utf-8":
        html_ = re.sub(r'charset=(")?utf-8', lambda m: "charset=" + (m.group(1) or "") + hcs, html_, flags=re.I)
    if fmt == "text":
        msg.set_content(fit(text, cs), charset=cs, cte=cte)
    elif fmt == "html":
        msg.set_content(fit_html(html_, hcs), subtype="html", charset=hcs, cte=hcte)
    else:
        msg.set_content(fit(text, cs), charset=cs, cte=cte)
        msg.add_alternative(fit_html(html_, hcs), subtype="html", charset=hcs, cte=hcte)

def render(spec, fname):
    lang = spec["lang"]
    L = LOC[lang]
    msg = EmailMessage(policy=DEFAULT)
    dom = spec.get("dom")
    rcpt = spec.get("to_addr", "user@example.com")
    for h in spec.get("received", []):
        msg["Received"] = h.replace("{rcpt}", rcpt) + "; " + format_datetime(spec["date"])
    if spec.get("auth"):
        msg["Authentication-Results"] = spec["auth"]
    if spec.get("return_path"):
        msg["Return-Path"] = spec["return_path"]
    msg["From"] = spec["from"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["To"] = spec.get("to", rcpt)
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(spec["date"])
    msg["Message-ID"] = spec["msgid"]
    raw_hdrs = []
    for k, v in spec.get("headers", []):
        if k in ("In-Reply-To", "References"):
            raw_hdrs.append("%s: %s" % (k, v))  # msg-ids: written verbatim below
        else:
            msg[k] = v
    msg["MIME-Version"] = "1.0"
    cs, cte = spec["enc"]
    text = spec.get("text")
    html_ = spec.get("html")
    set_body(msg, spec["fmt"], text, html_, cs, cte, *spec.get("henc", (None, None)))
    if msg.is_multipart():
        msg.set_boundary("----=_Part_%d_%d.%d" % (R.randint(10**6, 10**8), R.randint(10**8, 2 * 10**9), R.randint(10**12, 2 * 10**12)))
    raw = msg.as_bytes(policy=DEFAULT.clone(linesep="\r\n" if spec.get("crlf") else "\n"))
    # legacy-charset encoded-word subject, as old mailers send it
    if spec.get("subj_cs"):
        nl = b"\r\n" if spec.get("crlf") else b"\n"
        enc = Header(fit(spec["subject"], spec["subj_cs"]), spec["subj_cs"], header_name="Subject").encode(linesep=nl.decode())
        raw = re.sub(rb"(?m)^Subject:.*(?:" + re.escape(nl) + rb"[ \t].*)*", lambda m: b"Subject: " + enc.encode("ascii"), raw, count=1)
    if raw_hdrs:
        nl = b"\r\n" if spec.get("crlf") else b"\n"
        raw = re.sub(rb"(?m)^(Message-ID:.*)$", lambda m: m.group(1) + b"".join(nl + h.encode("ascii") for h in raw_hdrs), raw, count=1)
    with open(os.path.join(OUT, fname), "wb") as f:
        f.write(raw)
    return raw

# ------------------------------------------------------------- spec makers

SPECS = []
_cycle = {}

def rot(lang, pool, n):
    k = (lang, pool)
    i = _cycle.get(k, 0)
    _cycle[k] = i + 1
    return i % n

def N(lang, mp, cause, sr, snd, subj, title, before, items, after=(), fmt="text", tl=1, hl=1,
      enc=("utf-8", "quoted-printable"), auth=False, note="", kind="notice", greet=-1, refund=-1,
      help=-1, close=-1, footer=-1, item_head=None, thread=None, refs=False, subj_cs=None,
      henc=None, reply_to=True, extra_headers=()):
    """Amazon-template mail (notices and Amazon non-notices)."""
    SPECS.append(dict(t="amz", lang=lang, mp=mp, cause=cause, sr=sr, snd=snd, subj=subj, title=title,
                      before=list(before), items=items, after=list(after), fmt=fmt, tl=tl, hl=hl, enc=enc,
                      auth=auth, note=note, kind=kind, greet=greet, refund=refund, help=help, close=close,
                      footer=footer, item_head=item_head, thread=thread, refs=refs, subj_cs=subj_cs,
                      henc=henc, reply_to=reply_to, extra_headers=list(extra_headers)))

def F(lang, kind, cause, sr, mp, note, frm, subj, text=None, html=None, fmt="text",
      enc=("utf-8", "quoted-printable"), auth=None, headers=(), reply_to=None, host=None, ip=None,
      subj_cs=None, henc=None, persona=None, return_path=None):
    """Free-form mail (other senders, friends, phishing)."""
    SPECS.append(dict(t="free", lang=lang, kind=kind, cause=cause, sr=sr, mp=mp, note=note, frm=frm,
                      subj=subj, text=text, html=html, fmt=fmt, enc=enc, auth=auth, headers=list(headers),
                      reply_to=reply_to, host=host, ip=ip, subj_cs=subj_cs, henc=henc, persona=persona,
                      return_path=return_path))

def phish_html(lang, title, paras, button, href, shown=None, logo_alt="Amazon", color="#232f3e"):
    L = LOC[lang]
    a = L["align"]
    ps = "\n".join('<p style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#111;text-align:%s">%s</p>' % (a, p) for p in paras)
    shown_html = ('<p style="font-family:Arial;font-size:12px;color:#555;text-align:%s"><a href="%s" style="color:#0066c0">%s</a></p>' % (a, href, H.escape(shown))) if shown else ""
    return f'''<html dir="{L["dir"]}">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{H.escape(title)}</title></head>
<body style="margin:0;padding:0;background:#eaeded">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eaeded"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff" dir="{L["dir"]}">
<tr><td style="background:{color};padding:14px 20px;text-align:{a}"><img src="https://upload.wikimedia.org/wikipedia/commons/thumb/a/a9/Amazon_logo.svg/320px-Amazon_logo.svg.png" alt="{logo_alt}" width="110"></td></tr>
<tr><td style="padding:22px 24px">
<h2 style="font-family:Arial;font-size:20px;color:#c7511f;text-align:{a}">{H.escape(title)}</h2>
{ps}
<table cellpadding="0" cellspacing="0" align="center" style="margin:18px auto"><tr><td style="background:#ffd814;border-radius:8px;padding:11px 28px"><a href="{href}" style="font-family:Arial;font-size:15px;color:#0f1111;text-decoration:none">{H.escape(button)}</a></td></tr></table>
{shown_html}
</td></tr>
<tr><td style="padding:14px 24px;background:#f3f3f3;font-family:Arial;font-size:11px;color:#777;text-align:{a}">&copy; 1996-2024, Amazon.com, Inc.</td></tr>
</table></td></tr></table>
</body></html>
'''

# ================================================================ SWEDISH

PERSONA = {
    "sv": [("Anna", "Anna Lindqvist", "anna.lindqvist@example.se"), ("Erik", "Erik Nyström", "erik.nystrom@example.com"),
           ("Johanna", "Johanna Berg", "jberg82@example.se"), ("Mikael", "Mikael Sandberg", "mikael.sandberg@example.org"),
           ("Sara", "Sara Holm", "sara.holm@example.se")],
    "tr": [("Ayşe", "Ayşe Kaya", "ayse.kaya@example.com.tr"), ("Mehmet", "Mehmet Yılmaz", "mehmetyilmaz@example.com"),
           ("Elif", "Elif Şahin", "elif.sahin@example.com.tr"), ("Burak", "Burak Demir", "burakdemir34@example.com"),
           ("Zeynep", "Zeynep Çelik", "zeynep.celik@example.org")],
    "ar": [("أحمد", "Ahmed Al Mansoori", "ahmed.mansoori@example.ae"), ("سارة", "Sara Al Qahtani", "sara.q@example.sa"),
           ("محمد", "Mohamed Hassan", "m.hassan@example.com.eg"), ("نورة", "Noura Al Otaibi", "noura.otaibi@example.com"),
           ("خالد", "Khaled Farouk", "khaled.farouk@example.org")],
}

POOLS = {}
POOLS["sv"] = dict(
    greet=["Hej {n},", "Hej {n}!", "Hej,", "Bästa kund,", "Hej {n}"],
    refund=[
        "Du har inte debiterats för den annullerade artikeln. Om ett belopp har reserverats på ditt kort släpps reservationen automatiskt inom några bankdagar.",
        "Eftersom ingenting har skickats har inget belopp dragits från ditt konto.",
        "Om du redan har betalat återbetalar vi hela beloppet till den ursprungliga betalningsmetoden. Återbetalningen syns normalt inom 3–5 bankdagar, beroende på din bank.",
        "Belopp som betalats med presentkort har förts tillbaka till ditt presentkortssaldo.",
        "Ingen debitering har gjorts. En eventuell tillfällig auktorisering på ditt kort försvinner av sig själv.",
    ],
    help=[
        "Status för dina övriga beställningar hittar du under [[Dina beställningar|/gp/css/order-history]].",
        "Vill du fortfarande ha artikeln? Sök efter den eller ett liknande alternativ på [[Amazon.se|/]] – pris och tillgänglighet kan ha ändrats.",
        "Har du frågor är du välkommen att kontakta [[Kundservice|/gp/help/customer/contact-us]].",
        "Mer information om annulleringar finns på vår [[hjälpsida|/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7]].",
    ],
    close=["Vi hoppas att få se dig igen snart.\nAmazon.se", "Med vänliga hälsningar\nAmazon.se Kundservice",
           "Vänliga hälsningar,\nAmazon.se", "Tack för att du handlar hos oss.\nAmazon.se"],
    footer=[
        ["Detta e-postmeddelande skickades från en adress som inte kan ta emot inkommande e-post. Svara inte på detta meddelande.",
         "Amazon.se kommer aldrig att be dig uppge ditt lösenord, dina kortuppgifter eller ditt personnummer via e-post. Får du ett misstänkt meddelande kan du rapportera det via [[Rapportera nätfiske|/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]].",
         "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Registrerat i Luxemburg, RCS Luxembourg nr B 101818."],
        ["Skydda ditt konto: använd ett unikt lösenord för Amazon och aktivera tvåstegsverifiering under [[Inloggning och säkerhet|/ap/cnep]].",
         "Vi ber dig aldrig att betala via en länk i ett e-postmeddelande eller att bekräfta betalningsuppgifter per telefon. Kontrollera alltid avsändaren innan du klickar.",
         "Detta meddelande skickades till {to}. Det är en automatisk avisering och svar läses inte."],
        ["Du får det här e-postmeddelandet eftersom det gäller en beställning på ditt Amazon.se-konto. Meddelanden om beställningar går inte att avregistrera.",
         "Tips: Äkta meddelanden från Amazon finns alltid även i Meddelandecenter under [[Ditt konto|/gp/message]]. Hittar du inte meddelandet där kan det vara ett bedrägeriförsök.",
         "© 2024 Amazon.com, Inc. eller dess dotterbolag. Amazon, Amazon.se och Amazon-logotypen är varumärken som tillhör Amazon.com, Inc."],
        ["Betalningar på Amazon.se hanteras av Amazon Payments Europe S.C.A. Vi skickar aldrig fullständiga kortnummer via e-post och ber dig aldrig skicka dem till oss.",
         "Dela aldrig ditt lösenord eller engångskoder med någon – inte ens med någon som säger sig ringa från Amazon.",
         "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg."],
    ],
)

AEU = "Amazon EU S.à r.l."
U8Q, U8B, U88 = ("utf-8", "quoted-printable"), ("utf-8", "base64"), ("utf-8", "8bit")
L1Q, L18 = ("iso-8859-1", "quoted-printable"), ("iso-8859-1", "8bit")

S = "sv"; M = "amazon.se"
# --- inventory_shortage
N(S, M, "inventory_shortage", True, "order-update",
  "Artikel annullerad från din beställning #{o}", "Annullerad artikel",
  ["Vi beklagar att behöva meddela att vi har annullerat artikeln nedan från din beställning. Vår leverantör kan inte längre leverera den till oss, och vi har inte lyckats hitta någon annan källa."],
  [("Marshall Major IV trådlösa on-ear-hörlurar, svart", 1, "1 149,00 kr", AEU)],
  fmt="alt", tl=1, hl=1, enc=U8Q, auth=True, note="supplier cannot deliver")
N(S, M, "inventory_shortage", True, "auto-confirm",
  "Din Amazon.se-beställning #{o} har annullerats", "Annullering",
  ["**Orsak:** Slutsåld. Artikeln finns inte längre i lager och kommer inte att fyllas på.",
   "Därför har hela din beställning annullerats."],
  [("Moccamaster KBG Select kaffebryggare, matt svart", 1, "2 795,00 kr", AEU)],
  fmt="text", tl=3, enc=L1Q, subj_cs="iso-8859-1", note="labelled reason line, reason first")
N(S, M, "inventory_shortage", True, "order-update",
  "Information om din förbeställning hos Amazon.se", "Förbeställningen kan inte levereras",
  ["Du förbeställde nyligen artikeln nedan. Förlaget har nu meddelat att upplagan dragits in, och vi kommer inte att få några exemplar.",
   "Din förbeställning kan alltså inte fullföljas, och vi har strukit den."],
  [("Sagan om ringen – illustrerad samlarutgåva, inbunden (förbeställning)", 1, "649,00 kr", AEU)],
  fmt="html", hl=3, enc=U8B, auth=True, item_head="Förbeställd artikel", note="pre-order cannot be filled")
N(S, M, "inventory_shortage", True, "marketplace-messages",
  "Säljaren har avbrutit din beställning #{o}", "Beställning avbruten av säljaren",
  ["Säljaren NordTech Handel AB har avbrutit din beställning.",
   "Säljarens meddelande: ”Vi ber om ursäkt – den sista enheten såldes i vår egen butik samma dag som du beställde, och vi får inte in fler.”"],
  [("Anker PowerCore 20000 mAh powerbank, USB-C", 2, "798,00 kr", "NordTech Handel AB")],
  fmt="text", tl=2, enc=U88, note="seller cancelled, quoted seller message")
# --- payment_issue
N(S, M, "payment_issue", True, "payments-messages",
  "Din Amazon.se-beställning har annullerats – betalningen avvisades", "Betalningen gick inte igenom",
  ["Vi har annullerat din beställning {o} eftersom din bank avvisade debiteringen av Visa-kortet som slutar på 4417."],
  [("LEGO Technic 42151 Bugatti Bolide", 1, "449,00 kr", AEU), ("Ravensburger pussel 1000 bitar, Stockholm", 1, "169,00 kr", AEU)],
  after=["Vill du fortfarande ha artiklarna kan du lägga en ny beställning med en annan betalningsmetod. Tänk på att priser och lagerstatus kan ha ändrats."],
  fmt="alt", tl=1, hl=2, enc=L1Q, auth=True, refund=None, note="bank declined card")
N(S, M, "payment_issue", True, "payments-update",
  "Beställning #{o} annullerad", "Beställningen annullerad",
  ["Den 12 mars bad vi dig uppdatera betalningsinformationen för beställningen nedan. Eftersom vi inte har fått någon giltig betalningsmetod inom sju dagar har beställningen nu annullerats automatiskt."],
  [("Bosch PSR 1800 LI-2 sladdlös skruvdragare med 2 batterier", 1, "1 399,00 kr", AEU)],
  fmt="text", tl=1, enc=U8Q, auth=True, note="payment revision not made in time")
N(S, M, "payment_issue", True, "auto-confirm",
  "Ändring av din beställning hos Amazon.se", "Beställningen kunde inte slutföras",
  ["Beloppet för din beställning kunde inte reserveras på ditt Mastercard. Kortet gick enligt våra uppgifter ut i mars (03/24).",
   "Beställningen har därför inte kunnat slutföras, och vi har avbrutit den."],
  [("Garmin Forerunner 255 GPS-löparklocka", 1, "2 690,00 kr", AEU)],
  fmt="html", hl=1, enc=U88, note="expired card, reason implied")
N(S, M, "non_notice", None, "payments-messages",
  "Åtgärd krävs: betalningen för beställning #{o} kunde inte genomföras", "Uppdatera din betalningsmetod",
  ["Vi kunde inte debitera kortet som är kopplat till din beställning. Det kan bero på att kortet har spärrats, att det har gått ut eller att banken har nekat transaktionen.",
   "För att vi ska kunna skicka beställningen behöver du uppdatera betalningsuppgifterna inom 7 dagar. Gå till [[Dina beställningar|/gp/css/order-history]], välj beställningen och klicka på ”Ändra betalningsmetod”."],
  [("Sony WH-1000XM5 brusreducerande hörlurar, silver", 1, "3 490,00 kr", AEU)],
  fmt="text", tl=1, enc=U8Q, auth=True, kind="non_notice", refund=None, help=None, item_head="Artiklar i beställningen",
  thread="sv-pay", note="thread")
N(S, M, "payment_issue", False, "order-update",
  "Din Amazon.se-beställning #{o} har annullerats", "Beställningen annullerad",
  ["Beställningen nedan har annullerats och kommer inte att skickas."],
  [("Sony WH-1000XM5 brusreducerande hörlurar, silver", 1, "3 490,00 kr", AEU)],
  fmt="text", tl=2, enc=U8Q, auth=True, thread="sv-pay", refs=True, note="thread: cause from earlier mail")
# --- technical_issue
N(S, M, "technical_issue", True, "order-update",
  "Annullerad beställning: felaktigt pris för Dyson V8 Absolute", "Annullerad beställning",
  ["Artikeln nedan visades under en kort period på Amazon.se med fel pris, 399 kr i stället för 3 990 kr. Eftersom priset var felaktigt har vi valt att annullera beställningen i stället för att leverera till det priset."],
  [("Dyson V8 Absolute sladdlös dammsugare", 1, "399,00 kr", AEU)],
  after=["Vi ber om ursäkt för besväret. Produktsidan visar nu rätt pris."],
  fmt="alt", tl=2, hl=3, enc=U8B, auth=True, note="pricing error")
N(S, M, "technical_issue", True, "auto-confirm",
  "Problem med din beställning {o}", "Vi har annullerat din beställning",
  ["Vi ber om ursäkt för att behöva skriva till dig om beställningen nedan."],
  [("Logitech MX Master 3S trådlös mus, grafit", 1, "1 090,00 kr", AEU), ("Samsung 990 PRO NVMe SSD 2 TB", 1, "1 849,00 kr", AEU)],
  after=["Ett fel i vårt system för orderhantering gjorde att beställningen registrerades ofullständigt, och den kunde därför inte behandlas. Vi har varit tvungna att annullera den."],
  fmt="text", tl=1, enc=L18, subj_cs="iso-8859-1", note="system error, reason after items")
N(S, M, "technical_issue", True, "cs-reply",
  "Angående din beställning #{o}", "Annullerad artikel",
  ["Det här beror inte på din betalning, och du behöver inte göra något. Produktsidan innehöll felaktiga uppgifter: varianten du valde (256 GB) har aldrig funnits i vårt sortiment, så vi kan inte skicka det du beställde.",
   "Vi har tagit bort artikeln från din beställning och rättat produktsidan."],
  [("Apple iPad (10:e generationen) Wi-Fi 256 GB, blå", 1, "6 295,00 kr", AEU)],
  fmt="alt", tl=3, hl=2, enc=U8Q, auth=True, close="Med vänliga hälsningar\nLinnéa\nAmazon.se Kundservice",
  note="denies payment problem, listing error")
# --- fraud_prevention
N(S, M, "fraud_prevention", True, "no-reply",
  "Din beställning har annullerats och ditt konto har spärrats", "Viktig information om ditt konto",
  ["Vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. Som en försiktighetsåtgärd har vi tillfälligt spärrat kontot och annullerat pågående beställningar, bland annat den som visas nedan.",
   "För att låsa upp kontot loggar du in på [[Amazon.se|/ap/signin]] och följer instruktionerna där. Vi kommer inte att be om dina kontouppgifter via e-post."],
  [("Apple AirTag 4-pack", 1, "1 249,00 kr", AEU)],
  fmt="html", hl=2, enc=U8Q, auth=True, note="unusual activity, account locked")
N(S, M, "fraud_prevention", True, "order-update",
  "Uppdatering om beställning {o}", "Beställningen annullerad",
  ["Vid en säkerhetsgranskning flaggades din beställning, och vi kunde inte bekräfta kontoinnehavarens identitet. Amazon har därför beslutat att annullera den."],
  [("Nintendo Switch OLED-modell, vit", 1, "3 690,00 kr", AEU)],
  fmt="text", tl=2, enc=U8B, note="security review, identity")
N(S, M, "non_notice", None, "account-update",
  "Ditt Amazon.se-konto har spärrats tillfälligt", "Kontot behöver verifieras",
  ["Vi har spärrat ditt Amazon.se-konto och satt dina pågående beställningar på vänt, eftersom vi behöver bekräfta vissa uppgifter om kontot.",
   "Logga in på [[Amazon.se|/ap/signin]] och följ anvisningarna för att skicka in de uppgifter vi efterfrågar. Tills verifieringen är klar skickas inga beställningar."],
  [("Kindle Paperwhite (16 GB), 6,8 tums skärm", 1, "1 799,00 kr", AEU), ("Kindle Paperwhite-fodral i tyg, svart", 1, "299,00 kr", AEU)],
  fmt="alt", tl=1, hl=1, enc=U8Q, kind="non_notice", refund=None, help=None, item_head="Beställning som väntar",
  thread="sv-fraud", note="thread")
N(S, M, "fraud_prevention", False, "auto-confirm",
  "Artiklar har annullerats från din beställning #{o}", "Annullerade artiklar",
  ["Artiklarna nedan har annullerats från din beställning."],
  [("Kindle Paperwhite (16 GB), 6,8 tums skärm", 1, "1 799,00 kr", AEU), ("Kindle Paperwhite-fodral i tyg, svart", 1, "299,00 kr", AEU)],
  fmt="text", tl=3, enc=U88, thread="sv-fraud", note="thread: cause from earlier mail")
# --- customer_request
N(S, M, "customer_request", True, "auto-confirm",
  "Annullering genomförd av ”Ravensburger pussel 1000 bitar…” från din Amazon.se-beställning #{o}", "Annullering genomförd",
  ["Som du begärde har vi annullerat följande artikel från din beställning. Övriga artiklar påverkas inte och skickas som planerat."],
  [("Ravensburger pussel 1000 bitar, Nordiska fjällen", 1, "179,00 kr", AEU)],
  fmt="alt", tl=1, hl=1, enc=L1Q, auth=True, note="customer cancelled one item")
N(S, M, "customer_request", True, "order-update",
  "Din beställning #{o} har annullerats", "Annullering",
  ["Din beställning har annullerats.", "**Orsak till annullering:** Kunden annullerade"],
  [("Tefal Ingenio stekpannor, 3 delar", 1, "899,00 kr", AEU)],
  fmt="text", tl=3, enc=U8Q, note="labelled: customer cancelled")
N(S, M, "customer_request", True, "no-reply",
  "Amazon.se – din annullering (Philips Sonicare ProtectiveClean 4300)", "Din annullering",
  ["Du har precis annullerat beställning #{o}.\nStatus: ANNULLERAD", "Om du ångrar dig kan du när som helst lägga en ny beställning."],
  [("Philips Sonicare ProtectiveClean 4300 eltandborste", 1, "499,00 kr", AEU)],
  fmt="html", hl=3, enc=U88, auth=True, note="old-style 'you just cancelled' text")
# --- unknown, no reason
N(S, M, "unknown", False, "order-update",
  "Din beställning hos Amazon.se har annullerats", "Annullerad beställning",
  ["Vi vill meddela att din beställning {o} har annullerats."],
  [("Fjällräven Kånken ryggsäck 16 l, navy", 1, "1 095,00 kr", AEU)],
  fmt="text", tl=1, enc=U8Q, auth=True, note="no reason")
N(S, M, "unknown", False, "auto-confirm",
  "1 artikel har annullerats från din Amazon.se-beställning #{o}", "Delvis annullering",
  ["Följande artikel har tagits bort från din beställning. Resten av beställningen skickas som vanligt."],
  [("Oral-B iO tandborsthuvuden, 8-pack", 1, "549,00 kr", AEU)],
  fmt="alt", tl=2, hl=2, enc=L18, subj_cs="iso-8859-1", note="no reason, partial")
N(S, M, "unknown", False, "no-reply",
  "Information från Amazon.se", "Information om din beställning",
  ["Vi skriver för att informera dig om att vi har avbrutit beställningen nedan.",
   "Vi beklagar eventuella olägenheter."],
  [("Nespresso Vertuo Next kaffemaskin, mattsvart", 1, "1 290,00 kr", AEU)],
  fmt="html", hl=1, enc=U8B, note="no reason, bulk-style subject")
# --- unknown, other reason
N(S, M, "unknown", True, "order-update",
  "Din beställning #{o} har annullerats", "Beställningen kunde inte levereras",
  ["Transportören kunde inte leverera paketet, eftersom den angivna adressen inte finns i Postnords adressregister, och paketet har skickats tillbaka till oss. Vi har därför annullerat beställningen."],
  [("Pampers Premium Protection storlek 4, 168 blöjor", 1, "459,00 kr", AEU)],
  fmt="text", tl=2, enc=U88, auth=True, refund=2, note="address undeliverable")
N(S, M, "unknown", True, "auto-confirm",
  "En artikel i din beställning #{o} kan inte skickas", "Annullerad artikel",
  ["Vi kan tyvärr inte skicka den här artikeln till din leveransadress i Sverige. Den innehåller ett litiumbatteri som enligt gällande transportregler inte får skickas från säljarens lager till Sverige, så vi har annullerat den."],
  [("Ryobi ONE+ 18 V batteri 5,0 Ah", 1, "1 189,00 kr", "ToolPoint GmbH")],
  fmt="alt", tl=1, hl=3, enc=U8Q, note="cannot be shipped to country")

# --- SV non-notices
N(S, M, "non_notice", None, "shipment-tracking",
  "Din Amazon.se-beställning #{o} har skickats", "Leveransbekräftelse",
  ["Vi vill meddela att din beställning har skickats. Den är nu på väg och kan inte längre ändras.",
   "**Beräknad leverans:** torsdag 14 november", "Följ paketet under [[Dina beställningar|/gp/css/shiptrack/view.html]]."],
  [("Stieg Larsson: Män som hatar kvinnor (pocket)", 1, "99,00 kr", AEU), ("Yogamatta TPE 6 mm, grå", 1, "279,00 kr", AEU)],
  after=["Du kan ångra köpet inom 14 dagar från det att du tagit emot varan. Vill du annullera eller returnera en artikel gör du det via [[Returcenter|/returns]]."],
  fmt="alt", tl=1, hl=1, enc=U8Q, auth=True, kind="non_notice", refund=None, help=None, item_head="Skickade artiklar",
  note="shipping confirmation with 14-day cancellation footer")
F(S, "non_notice", None, False, M, "Prime membership cancelled",
  '"Amazon.se" <digital-no-reply@amazon.se>', "Ditt Amazon Prime-medlemskap har avslutats",
  text="""Hej Erik,

Vi bekräftar att ditt Amazon Prime-medlemskap har avslutats enligt din begäran. Du kan fortsätta använda dina Prime-förmåner till och med den 3 december 2024. Därefter debiteras du inte längre.

Du kan när som helst starta medlemskapet igen under Hantera ditt Prime-medlemskap:
https://www.amazon.se/gp/primecentral

Dina beställningar påverkas inte av att medlemskapet avslutas.

Med vänliga hälsningar
Amazon Prime

Detta meddelande skickades från en adress som inte tar emot svar. Amazon ber dig aldrig om lösenord eller kortuppgifter via e-post.
""", fmt="text", enc=U8Q, persona=1, auth="amazon.se")
F(S, "non_notice", None, False, None, "other retailer's order cancellation (CDON)",
  '"CDON" <noreply@cdon.se>', "Din order 48213377 har makulerats",
  html="""<html><head><meta charset="utf-8"><title>CDON</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" style="background:#fff;margin:20px 0" cellpadding="20"><tr><td>
<img src="https://cdon.se/static/img/logo-cdon.png" alt="CDON" width="120">
<h1 style="font-size:22px;color:#111">Din order har makulerats</h1>
<p>Hej Sara!</p>
<p>Tyvärr har säljaren <b>Hemmabutiken Nordic</b> inte kunnat leverera varan i din order <b>48213377</b> eftersom den har tagit slut. Ordern har därför makulerats.</p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;margin:14px 0"><tr><td>Rexona Men deodorant 6-pack</td><td align="right">149 kr</td></tr></table>
<p>Pengarna för ordern betalas tillbaka till ditt betalsätt inom 3–5 bankdagar. Betalade du med Klarna faktura behöver du inte göra något.</p>
<p>Vänliga hälsningar,<br>CDON Kundservice</p>
<p style="font-size:11px;color:#888">CDON AB, Box 385, 201 23 Malmö. Du får detta mejl eftersom du har handlat på cdon.se.</p>
</td></tr></table></td></tr></table></body></html>
""", fmt="html", enc=U8B, persona=4)
N(S, M, "non_notice", None, "payments-messages",
  "Påminnelse: uppdatera betalningen för din beställning #{o}", "Vi väntar fortfarande på din betalning",
  ["Vi har ännu inte kunnat debitera betalningsmetoden för din beställning. Beställningen är fortfarande aktiv och har inte annullerats.",
   "Uppdatera betalningsmetoden senast den 21 september. Om vi inte har fått en giltig betalning då kommer vi att annullera beställningen.",
   "Du uppdaterar betalningen under [[Dina beställningar|/gp/css/order-history]]."],
  [("Garmin Venu Sq 2 smartklocka", 1, "2 190,00 kr", AEU)],
  fmt="alt", tl=3, hl=2, enc=L1Q, auth=True, kind="non_notice", refund=None, help=None, item_head="Beställda artiklar",
  note="payment reminder before cancellation")
F(S, "non_notice", None, False, None, "friend writes he cancelled his Amazon order",
  '"Jonas Ek" <jonas.ek77@gmail.com>', "Re: hörlurarna",
  text="""Tjena!

Haha, nej jag köpte dem aldrig till slut. Jag avbokade min Amazon-beställning i går kväll, de hade höjt priset med nästan 500 spänn sedan jag lade den i varukorgen och leveransen skulle ta tre veckor. Blev en beställning på Elgiganten i stället, de kommer redan på fredag.

Ses vi på lördag förresten? Ta med Mårten om han har tid.

/Jonas

> Har du fått dina nya lurar från Amazon än? Funderar på samma modell.
> /Mikael
""", fmt="text", enc=L18, subj_cs="iso-8859-1", persona=3, host="mail-lf1-f54.google.com", ip="209.85.167.54")

# --- SV lookalikes
F(S, "lookalike", "payment_issue", True, None, "look-alike domain, link text shows amazon.se, href elsewhere",
  '"Amazon.se" <order-update@amazon-se-orders.com>', "Din beställning #403-5521908-3317720 har annullerats",
  html=phish_html("sv", "Din beställning har annullerats",
                  ["Hej,", "Vi kunde inte godkänna betalningen för din senaste beställning, och den har därför annullerats.",
                   "För att undvika att ditt konto stängs måste du bekräfta dina kortuppgifter inom 24 timmar. Efter bekräftelsen skickas beställningen automatiskt.",
                   "Artikel: Apple iPhone 15 Pro 256 GB<br>Summa: 14 490,00 kr"],
                  "Bekräfta betalningen", "http://amazon-se-orders.com/verify/session?id=8812&amp;u=se",
                  shown="https://www.amazon.se/gp/css/order-history"),
  fmt="html", enc=U8Q, ip="185.234.72.19", host="mail.amazon-se-orders.com",
  auth="mx.google.com; dkim=pass header.d=amazon-se-orders.com header.s=default header.b=Qk3sD0aP; spf=pass smtp.mailfrom=amazon-se-orders.com; dmarc=pass header.from=amazon-se-orders.com")
F(S, "lookalike", "fraud_prevention", True, None, "homoglyph display name (Cyrillic), free-mail sender, suspension code, no order number",
  '"Аmazоn.se Kundtjänst" <kundtjanst.amazon.se@outlook.com>', "VIKTIGT: Ditt konto är avstängt – beställning annullerad",
  text="""Bästa kund,

Vi har upptäckt misstänkt aktivitet på ditt konto. Ditt konto har därför stängts av och din senaste beställning har annullerats.

För att återaktivera kontot och få tillbaka beställningen, använd koden SE-77310 på sidan nedan och ange ditt personnummer samt dina kortuppgifter:

https://amazon-se.konto-aterstallning.com/login

Om du inte gör detta inom 48 timmar raderas ditt konto permanent.

Med vänlig hälsning
Amazon Säkerhetsavdelning
""", fmt="text", enc=L1Q, ip="40.92.18.61", host="mail-db8eur05olkn2061.outbound.protection.outlook.com",
  auth="mx.google.com; dkim=pass header.d=outlook.com; spf=pass smtp.mailfrom=outlook.com; dmarc=pass header.from=outlook.com")
F(S, "lookalike", "customer_request", True, None, "callback phone number, malformed order number",
  '"Amazon Säkerhet" <noreply@secure-amazn.se>', "Din annullering av beställning 112-44781-0233 är bekräftad",
  text="""Hej!

Din beställning 112-44781-0233 har annullerats på din begäran.

Artikel: Samsung Galaxy S24 Ultra 512 GB
Belopp: 16 990 kr
Återbetalning: behandlas

Om du INTE har begärt denna annullering kan någon ha tagit över ditt konto. Ring då omedelbart vår säkerhetsavdelning på 08-446 890 12 (öppet dygnet runt) så hjälper vi dig att stoppa transaktionen.

Ärendenummer: AMZ-SE-99812

Amazon.se Kundservice
""", fmt="text", enc=U88, ip="91.215.85.200", host="vps-2281.hostingnord.net",
  auth="mx.google.com; dkim=none; spf=softfail smtp.mailfrom=secure-amazn.se; dmarc=fail (p=NONE) header.from=secure-amazn.se")
F(S, "lookalike", "inventory_shortage", True, None, "free-mail sender asks to reply with card details",
  '"Amazon" <amazon.se.support@gmx.com>', "Beställning annullerad – slut i lager",
  text="""Hej,

Tyvärr är artikeln i din beställning 404-1189-20331 slut i lager hos oss, så vi har annullerat beställningen.

För att vi ska kunna återbetala beloppet (2 349 kr) måste du svara på detta mejl med:
- kortnummer
- utgångsdatum
- CVC-koden på baksidan av kortet

Återbetalningen görs inom 24 timmar efter att vi fått dina uppgifter.

Tack för ditt tålamod!
Amazon Kundservice Sverige
""", fmt="text", enc=L18, subj_cs="iso-8859-1", reply_to="refund-amazon-se@gmx.com", ip="212.227.15.18", host="mout.gmx.net",
  auth="mx.google.com; dkim=pass header.d=gmx.com; spf=pass smtp.mailfrom=gmx.com; dmarc=pass header.from=gmx.com")
# ================================================================ TURKISH

POOLS["tr"] = dict(
    greet=["Merhaba {n},", "Sayın {n},", "Merhaba,", "Değerli müşterimiz,", "Merhaba {n}"],
    refund=[
        "Bu sipariş için kartınızdan herhangi bir ücret tahsil edilmedi. Kartınızda bir provizyon görünüyorsa bankanıza bağlı olarak birkaç iş günü içinde kendiliğinden kalkacaktır.",
        "Ödeme yapmış olmanız durumunda tutarın tamamı ödemede kullandığınız yönteme iade edilecektir. İadenin hesabınıza yansıması bankanıza göre 3-10 iş günü sürebilir.",
        "Ürün gönderilmediği için sizden ücret alınmamıştır.",
        "Hediye çeki bakiyesiyle ödenen tutar Amazon.com.tr hesabınıza geri yüklendi.",
        "İptal edilen ürünler için herhangi bir ödeme alınmayacaktır.",
    ],
    help=[
        "Diğer siparişlerinizin durumunu [[Siparişlerim|/gp/css/order-history]] sayfasından takip edebilirsiniz.",
        "Ürünü yine de almak isterseniz [[Amazon.com.tr|/]] üzerinden yeniden sipariş verebilirsiniz; fiyat ve stok durumu değişmiş olabilir.",
        "Sorularınız için [[Müşteri Hizmetleri|/gp/help/customer/contact-us]] sayfamızdan bize ulaşabilirsiniz.",
        "İptaller hakkında ayrıntılı bilgiyi [[Yardım sayfamızda|/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7]] bulabilirsiniz.",
    ],
    close=["Sizi yeniden görmeyi umuyoruz.\nAmazon.com.tr", "Saygılarımızla,\nAmazon.com.tr Müşteri Hizmetleri",
           "Teşekkür ederiz,\nAmazon.com.tr", "Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz."],
    footer=[
        ["Bu e-posta, gelen iletileri kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
         "Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi, kredi kartı numaranızı veya T.C. kimlik numaranızı istemez. Şüpheli bir e-posta aldıysanız [[Kimlik avı bildirimi|/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]] sayfasından bize bildirin.",
         "Amazon Turkey Perakende Hizmetleri Ltd. Şti., Esentepe Mah. Büyükdere Cad. No:199, Şişli / İstanbul."],
        ["Hesabınızı korumak için Amazon şifrenizi başka hiçbir sitede kullanmayın ve [[Giriş ve güvenlik|/ap/cnep]] sayfasından iki adımlı doğrulamayı açın.",
         "Ödeme bilgilerinizi e-postadaki bir bağlantı üzerinden güncellemenizi ya da telefonda paylaşmanızı asla istemeyiz.",
         "Bu e-posta {to} adresine gönderilmiştir. Otomatik bir bildirimdir; yanıtlar okunmaz."],
        ["Bu e-postayı Amazon.com.tr hesabınızdaki bir siparişle ilgili olduğu için aldınız. Sipariş bildirimlerinin aboneliğinden çıkılamaz.",
         "İpucu: Amazon'dan gelen gerçek mesajları her zaman [[Mesaj Merkezi|/gp/message]] bölümünde de görebilirsiniz. Orada yer almayan bir mesaj dolandırıcılık girişimi olabilir.",
         "© 2024 Amazon.com, Inc. veya bağlı şirketleri. Tüm hakları saklıdır."],
        ["Kart bilgileriniz güvenli biçimde saklanır; kart numaranızın tamamını e-postayla asla göndermeyiz, sizden de istemeyiz.",
         "Şifrenizi veya tek kullanımlık doğrulama kodlarınızı kimseyle paylaşmayın; Amazon çalışanları bu bilgileri hiçbir zaman sormaz.",
         "Fiyatlara KDV dahildir. Faturalarınıza [[Siparişlerim|/gp/css/order-history]] sayfasından ulaşabilirsiniz."],
    ],
)

ATR = "Amazon.com.tr"
T9Q, T98, T9B = ("iso-8859-9", "quoted-printable"), ("iso-8859-9", "8bit"), ("iso-8859-9", "base64")
S = "tr"; M = "amazon.com.tr"
# --- inventory_shortage
N(S, M, "inventory_shortage", True, "order-update",
  "Amazon.com.tr siparişinizdeki 1 ürün iptal edildi (#{o})", "Ürün iptali",
  ["Üzgünüz, aşağıdaki ürün stoklarımızda tükendiği ve tedarikçimizden yeniden temin edilemediği için siparişinizden çıkarıldı."],
  [("Philips Airfryer XXL HD9650/90 Fritöz", 1, "6.499,00 TL", ATR)],
  fmt="alt", tl=1, hl=1, enc=T9Q, auth=True, subj_cs="iso-8859-9", note="out of stock, supplier")
N(S, M, "inventory_shortage", True, "auto-confirm",
  "#{o} numaralı siparişiniz iptal edildi", "Sipariş iptali",
  ["**İptal nedeni:** Stok tükendi", "Bu nedenle siparişiniz tamamen iptal edilmiştir."],
  [("Karaca Hatır Plus Türk Kahvesi Makinesi, Krom", 1, "2.199,90 TL", ATR)],
  fmt="text", tl=3, enc=U8Q, note="labelled reason line")
N(S, M, "inventory_shortage", True, "marketplace-messages",
  "Satıcı siparişinizi iptal etti: #{o}", "Satıcı tarafından iptal",
  ["Satıcı TeknoDünya Bilişim, siparişinizi karşılayamayacağını bize bildirdi: elindeki son ürün depoda hasarlı çıkmış ve yenisini tedarik edemiyor. Bu yüzden satıcı siparişinizi iptal etti."],
  [("JBL Flip 6 Taşınabilir Bluetooth Hoparlör, Mavi", 1, "3.349,00 TL", "TeknoDünya Bilişim")],
  fmt="text", tl=2, enc=T98, subj_cs="iso-8859-9", note="seller cannot fulfil")
N(S, M, "non_notice", None, "order-update",
  "Siparişinizle ilgili gecikme: #{o}", "Teslimat gecikmesi",
  ["Aşağıdaki ürünü şu anda tedarikçimizden temin edemiyoruz ve bu nedenle size yeni bir teslimat tarihi veremiyoruz.",
   "Ürünü temin edebildiğimiz anda sizi bilgilendireceğiz. Beklemek istemiyorsanız siparişinizi [[Siparişlerim|/gp/css/order-history]] sayfasından ücretsiz olarak iptal edebilirsiniz."],
  [("Lego Icons 10497 Galaksi Keşif Gemisi", 1, "3.899,00 TL", ATR)],
  fmt="text", tl=1, enc=U8Q, kind="non_notice", refund=None, help=None, item_head="Geciken ürün",
  thread="tr-inv", note="thread")
N(S, M, "inventory_shortage", False, "auto-confirm",
  "#{o} numaralı Amazon.com.tr siparişiniz iptal edildi", "Siparişiniz iptal edildi",
  ["#{o} numaralı siparişiniz iptal edilmiştir."],
  [("Lego Icons 10497 Galaksi Keşif Gemisi", 1, "3.899,00 TL", ATR)],
  fmt="html", hl=1, enc=U8Q, auth=True, thread="tr-inv", refs=True, note="thread: cause from earlier mail")
# --- payment_issue
N(S, M, "payment_issue", True, "payments-messages",
  "Ödemeniz alınamadı, siparişiniz iptal edildi", "Ödeme başarısız",
  ["Bankanız işlemi onaylamadı. Sonu 6612 ile biten Troy kartınızdan ödeme alamadığımız için siparişinizi iptal etmek zorunda kaldık."],
  [("Samsung Galaxy Buds2 Pro Kablosuz Kulaklık, Grafit", 1, "4.299,00 TL", ATR)],
  after=["Ürünleri hâlâ almak istiyorsanız farklı bir ödeme yöntemiyle yeni sipariş oluşturabilirsiniz."],
  fmt="alt", tl=2, hl=2, enc=U8B, auth=True, refund=None, note="bank declined, reason first")
N(S, M, "payment_issue", True, "payments-update",
  "Sipariş #{o} iptal edildi", "Sipariş iptal edildi",
  ["Daha önce sizden bu sipariş için ödeme yönteminizi güncellemenizi istemiştik. Belirtilen süre içinde güncelleme yapılmadığından sipariş sistemimiz tarafından iptal edildi."],
  [("Tefal Ingenio Emotion 13 Parça Tencere Seti", 1, "5.749,00 TL", ATR)],
  fmt="text", tl=1, enc=T9Q, auth=True, note="payment revision not made in time")
N(S, M, "payment_issue", True, "auto-confirm",
  "Amazon.com.tr siparişiniz tamamlanamadı", "Sipariş iptal edildi",
  ["Hediye çeki bakiyeniz siparişin toplam tutarını karşılamadı ve hesabınıza ek bir ödeme yöntemi tanımlanmadı. Bu sebeple siparişiniz iptal olmuştur."],
  [("Sabahattin Ali - Kürk Mantolu Madonna (Ciltsiz)", 2, "178,00 TL", ATR), ("Orhan Pamuk - Masumiyet Müzesi (Ciltsiz)", 1, "329,00 TL", ATR)],
  fmt="html", hl=3, enc=U8Q, refund=3, note="insufficient gift card balance")
N(S, M, "payment_issue", True, "order-update",
  "Siparişiniz hakkında: #{o}", "Siparişiniz işleme alınamadı",
  ["Siparişinize ait bilgiler aşağıdadır."],
  [("Braun Series 7 70-N7200cc Tıraş Makinesi", 1, "7.899,00 TL", ATR)],
  after=["Seçtiğiniz 6 taksitli ödeme için kartınızın limiti yetersiz kaldı. Siparişi bu yüzden işleme alamadık ve iptal ettik."],
  fmt="text", tl=2, enc=U88, note="insufficient card limit, reason after items")
# --- technical_issue
N(S, M, "technical_issue", True, "order-update",
  "Siparişiniz fiyatlandırma hatası nedeniyle iptal edildi", "Sipariş iptali",
  ["Aşağıdaki ürün kısa bir süre boyunca sitemizde hatalı bir fiyatla (1.490,00 TL yerine 149,00 TL) listelendi. Fiyatlandırma hatası nedeniyle siparişinizi iptal ettik."],
  [("Logitech G502 HERO Kablolu Oyuncu Mouse", 1, "149,00 TL", ATR)],
  after=["Yaşattığımız hayal kırıklığı için özür dileriz."],
  fmt="alt", tl=1, hl=1, enc=U8Q, auth=True, note="pricing error")
N(S, M, "technical_issue", True, "auto-confirm",
  "Önemli: #{o} numaralı siparişiniz", "Sipariş iptali",
  ["Sipariş işleme sistemimizde yaşanan teknik bir aksaklık sebebiyle siparişiniz tamamlanamadı ve iptal edildi. Bu durum sizden kaynaklanmamaktadır."],
  [("Stanley Classic Legendary Termos 1 L, Yeşil", 1, "1.899,00 TL", ATR)],
  fmt="text", tl=3, enc=T9B, subj_cs="iso-8859-9", note="system error")
N(S, M, "technical_issue", True, "cs-reply",
  "Amazon.com.tr: siparişinizdeki ürün hakkında", "Ürün iptali",
  ["Bu iptal ödemenizle ya da hesabınızla ilgili değildir. Ürün sayfasında yanlış bilgi yer alıyordu: görselde ikili paket gösterilirken depomuzda yalnızca tekli paket bulunuyor. Size beklediğinizden farklı bir ürün göndermemek için siparişinizdeki bu ürünü iptal ettik.",
   "İlan düzeltildi."],
  [("Nivea Men Deep Deodorant 150 ml (2'li Paket)", 1, "219,90 TL", ATR)],
  fmt="alt", tl=1, hl=2, enc=U88, auth=True, close="İyi günler dileriz,\nSelin\nAmazon.com.tr Müşteri Hizmetleri",
  note="denies payment problem, listing error")
# --- fraud_prevention
N(S, M, "fraud_prevention", True, "no-reply",
  "Hesabınız geçici olarak askıya alındı", "Hesap güvenliği",
  ["Hesabınızda olağan dışı hareketler tespit ettik. Güvenliğiniz için hesabınızı geçici olarak askıya aldık ve bekleyen siparişlerinizi iptal ettik; iptal edilen sipariş aşağıdadır.",
   "Hesabınızı yeniden etkinleştirmek için [[Amazon.com.tr|/ap/signin]] adresinden oturum açıp ekrandaki adımları izleyin."],
  [("Apple AirPods Pro (2. nesil) USB-C", 1, "8.999,00 TL", ATR)],
  fmt="html", hl=2, enc=U8B, auth=True, note="unusual activity, account suspended")
N(S, M, "non_notice", None, "account-update",
  "Hesabınız beklemeye alındı: kimlik doğrulaması gerekiyor", "Hesap doğrulaması",
  ["Hesabınızla ilgili bazı bilgileri doğrulamamız gerekiyor. Doğrulama tamamlanana kadar hesabınız beklemeye alınmıştır ve aşağıdaki sipariş gönderilmeyecektir.",
   "Lütfen [[Amazon.com.tr|/ap/signin]] üzerinden oturum açın ve istenen belgeleri yükleyin. Bu işlem için sizi asla telefonla aramayız."],
  [("Xiaomi Redmi Note 13 Pro 256 GB, Siyah", 1, "14.999,00 TL", ATR)],
  fmt="alt", tl=3, hl=3, enc=U8Q, kind="non_notice", refund=None, help=None, item_head="Bekleyen sipariş",
  thread="tr-fraud", note="thread")
N(S, M, "fraud_prevention", False, "order-update",
  "Siparişiniz iptal edildi", "İptal bildirimi",
  ["Aşağıda ayrıntıları bulunan siparişiniz iptal edildi."],
  [("Xiaomi Redmi Note 13 Pro 256 GB, Siyah", 1, "14.999,00 TL", ATR)],
  fmt="text", tl=1, enc=T9Q, thread="tr-fraud", note="thread: cause from earlier mail")
N(S, M, "fraud_prevention", True, "order-update",
  "#{o} numaralı sipariş hakkında bilgilendirme", "Sipariş iptali",
  ["Siparişiniz güvenlik incelemesine takıldı. İnceleme sonucunda siparişin hesap sahibi tarafından verildiğini doğrulayamadığımızdan Amazon bu siparişi iptal etmeye karar verdi."],
  [("Dyson V12 Detect Slim Kablosuz Süpürge", 1, "21.999,00 TL", ATR)],
  fmt="text", tl=2, enc=U8Q, note="security review")
# --- customer_request
N(S, M, "customer_request", True, "auto-confirm",
  "İptal işleminiz tamamlandı: \"Arzum Okka Minio...\" (#{o})", "İptal başarılı",
  ["Talebiniz üzerine aşağıdaki ürün siparişinizden çıkarılmıştır. Siparişinizdeki diğer ürünler etkilenmez."],
  [("Arzum Okka Minio Türk Kahvesi Makinesi, Bakır", 1, "2.749,00 TL", ATR)],
  fmt="alt", tl=2, hl=3, enc=T9Q, auth=True, subj_cs="iso-8859-9", note="customer cancelled one item")
N(S, M, "customer_request", True, "order-update",
  "Siparişiniz iptal edildi (#{o})", "İptal",
  ["Siparişiniz iptal edilmiştir.", "**İptal nedeni:** Müşteri tarafından iptal edildi"],
  [("Koton Kadın Kruvaze Trençkot, Bej, 38", 1, "1.999,99 TL", "Koton")],
  fmt="text", tl=3, enc=U8Q, note="labelled: customer cancelled")
N(S, M, "customer_request", True, "no-reply",
  "Amazon.com.tr - İptal işleminiz (#{o})", "İptal onayı",
  ["#{o} numaralı siparişinizi az önce iptal ettiniz.\nDurum: İPTAL EDİLDİ",
   "Fikrinizi değiştirirseniz aynı ürünü dilediğiniz zaman yeniden sipariş edebilirsiniz."],
  [("Bosch Professional GSB 18V-55 Darbeli Matkap", 1, "5.390,00 TL", ATR)],
  fmt="html", hl=1, enc=U88, auth=True, note="old-style 'you just cancelled'")
# --- unknown, no reason
N(S, M, "unknown", False, "order-update",
  "Siparişiniz iptal edildi: #{o}", "Sipariş iptali",
  ["Siparişiniz iptal edildi."],
  [("Fakir Hausfrau Rainbow Elektrikli Süpürge", 1, "3.799,00 TL", ATR)],
  fmt="text", tl=1, enc=T98, auth=True, subj_cs="iso-8859-9", note="no reason, very short")
N(S, M, "unknown", False, "auto-confirm",
  "Amazon.com.tr siparişinizden ürünler iptal edildi", "Kısmi iptal",
  ["Siparişinizdeki aşağıdaki ürünler iptal edildi. Diğer ürünleriniz planlandığı gibi gönderilecek."],
  [("Anker 65 W GaN Şarj Cihazı", 1, "1.249,00 TL", ATR), ("Anker USB-C Kablo 1,8 m", 2, "398,00 TL", ATR)],
  fmt="alt", tl=2, hl=2, enc=U8Q, note="no reason, partial")
N(S, M, "unknown", False, "no-reply",
  "Amazon.com.tr'den bilgilendirme", "Siparişinizle ilgili bilgilendirme",
  ["Aşağıdaki siparişinizin iptal edildiğini bildirmek isteriz.",
   "Bu durumun yol açabileceği rahatsızlık için özür dileriz."],
  [("Kindle Paperwhite 16 GB, Reklamsız", 1, "5.999,00 TL", ATR)],
  fmt="html", hl=3, enc=U8B, note="no reason, bulk-style subject")
# --- unknown, other reason
N(S, M, "unknown", True, "order-update",
  "#{o} numaralı siparişiniz teslim edilemedi ve iptal edildi", "Sipariş iptali",
  ["Teslimat adresiniz anlaşmalı kargo firmamızın hizmet bölgesi dışında kaldığından gönderiyi teslim edemiyoruz; siparişinizi bu sebeple iptal ettik.",
   "Başka bir adres kullanarak yeniden sipariş verebilirsiniz."],
  [("Karaca Bambu Kesme Tahtası Seti, 3 Parça", 1, "449,00 TL", ATR)],
  fmt="text", tl=2, enc=U8Q, auth=True, note="address outside delivery area")
N(S, M, "unknown", True, "auto-confirm",
  "Amazon.com.tr siparişinizdeki bir ürün gönderilemiyor", "Ürün iptali",
  ["Bu ürün, ithalat kısıtlamaları nedeniyle yurt dışındaki satıcı tarafından Türkiye'ye gönderilemiyor. Bu yüzden ürünü siparişinizden iptal etmek durumunda kaldık."],
  [("Ledger Nano X Donanım Cüzdanı", 1, "6.850,00 TL", "Amazon Global")],
  fmt="alt", tl=3, hl=1, enc=T9Q, note="cannot be shipped to country")

# --- TR non-notices
N(S, M, "non_notice", None, "shipment-tracking",
  "Teslim edildi: \"Stanley Klasik Termos...\" ve 1 ürün daha", "Siparişiniz teslim edildi",
  ["Paketiniz teslim edildi. Teslim alan: Bina görevlisi.",
   "Ürününüzde bir sorun varsa 30 gün içinde [[İade Merkezi|/returns]] üzerinden iade edebilirsiniz."],
  [("Stanley Klasik Termos 1 L, Yeşil", 1, "1.899,00 TL", ATR), ("Nivea Men Deodorant 150 ml", 1, "109,90 TL", ATR)],
  after=["Siparişiniz hâlâ yolda görünüyorsa veya paketi bulamıyorsanız bize [[Müşteri Hizmetleri|/gp/help/customer/contact-us]] üzerinden ulaşın."],
  fmt="alt", tl=1, hl=3, enc=U8Q, auth=True, kind="non_notice", refund=None, help=None, item_head="Teslim edilen ürünler",
  note="delivery confirmation")
F(S, "non_notice", None, False, None, "other retailer's order cancellation (Trendyol)",
  '"Trendyol" <bilgi@trendyol.com>', "Siparişiniz iptal edildi - Sipariş No: 781245560",
  html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" cellpadding="24" style="background:#ffffff">
<tr><td><img src="https://cdn.dsmcdn.com/web/logo/ty-web.svg" alt="trendyol" width="130"></td></tr>
<tr><td>
<h2 style="color:#f27a1a">Siparişiniz iptal edildi</h2>
<p>Merhaba Elif,</p>
<p><b>781245560</b> numaralı siparişinizdeki ürün, satıcının stoklarında kalmadığı için iptal edilmiştir.</p>
<table width="100%" style="border:1px solid #e6e6e6"><tr><td>Mavi Jeans Kadın Serenay Mom Jean, 28/30</td><td align="right">899,99 TL</td></tr></table>
<p>Ödemeniz, kartınıza 2-7 iş günü içinde iade edilecektir. İade süresi bankanıza göre değişebilir.</p>
<p>Trendyol'u tercih ettiğiniz için teşekkür ederiz.</p>
<p style="font-size:11px;color:#999">DSM Grup Danışmanlık İletişim ve Satış Ticaret A.Ş. Trendyol sizden hiçbir zaman şifrenizi e-posta ile istemez.</p>
</td></tr></table></body></html>
""", fmt="html", enc=U8Q, persona=2)
F(S, "non_notice", None, False, M, "Prime membership cancelled",
  '"Amazon.com.tr" <digital-no-reply@amazon.com.tr>', "Amazon Prime üyeliğiniz iptal edildi",
  text="""Merhaba Burak,

Amazon Prime üyeliğinizin iptal edildiğini onaylıyoruz. Prime avantajlarından mevcut dönemin sonu olan 18 Ekim 2024 tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra sizden üyelik ücreti alınmayacaktır.

Prime Video'daki izleme listeniz ve siparişleriniz bu değişiklikten etkilenmez.

Üyeliğinizi yeniden başlatmak isterseniz: https://www.amazon.com.tr/prime

Saygılarımızla,
Amazon Prime

Bu e-posta yanıt kabul etmeyen bir adresten gönderilmiştir. Amazon sizden asla e-posta yoluyla şifre veya kart bilgisi istemez.
""", fmt="text", enc=T9Q, subj_cs="iso-8859-9", persona=3, auth="amazon.com.tr")
N(S, M, "non_notice", None, "return",
  "İadeniz işleme alındı: #{o}", "Para iadesi onayı",
  ["İade ettiğiniz ürün depomuza ulaştı ve para iadeniz başlatıldı.",
   "**İade tutarı:** 1.249,00 TL", "Tutar, ödeme yaptığınız karta 3-10 iş günü içinde yansıyacaktır."],
  [("Anker Soundcore Life Q30 Kulaklık", 1, "1.249,00 TL", ATR)],
  fmt="text", tl=2, enc=U8B, kind="non_notice", refund=None, help=0, item_head="İade edilen ürün",
  note="return/refund confirmation")
F(S, "non_notice", None, False, None, "newsletter mentioning easy cancellation (Hepsiburada)",
  '"Hepsiburada" <kampanya@e.hepsiburada.com>', "Bu hafta kaçırılmayacak fırsatlar + kolay iptal ve iade",
  html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#fff;font-family:Arial,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#ff6000;padding:16px;color:#fff;font-size:22px;font-weight:bold">hepsiburada</td></tr>
<tr><td style="padding:20px">
<h1 style="font-size:24px">Haftanın Süper Fiyatları burada!</h1>
<p>Elektronikten ev yaşama, binlerce üründe %50'ye varan indirimler seni bekliyor.</p>
<p><b>Gönlün rahat olsun:</b> Kargoya verilmemiş siparişlerini tek tıkla iptal edebilir, teslim aldığın ürünleri 15 gün içinde ücretsiz iade edebilirsin. İptal ettiğin siparişlerin ücreti aynı gün kartına iade edilir.</p>
<p><a href="https://www.hepsiburada.com/kampanyalar?utm_source=newsletter" style="background:#ff6000;color:#fff;padding:10px 20px;text-decoration:none">Fırsatları keşfet</a></p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888">Bu e-postayı Hepsiburada bülten aboneliğin olduğu için aldın. <a href="https://www.hepsiburada.com/abonelik-iptal">Abonelikten çık</a></td></tr>
</table></body></html>
""", fmt="html", enc=U8B, persona=0, headers=[("List-Unsubscribe", "<https://www.hepsiburada.com/abonelik-iptal>")])

# --- TR lookalikes
F(S, "lookalike", "payment_issue", True, None, "look-alike domain, link text shows amazon.com.tr, href elsewhere",
  '"Amazon.com.tr" <bildirim@amazon-tr-siparis.com>', "Siparişiniz ödeme onaylanmadığı için iptal edildi",
  html=phish_html("tr", "Siparişiniz iptal edildi",
                  ["Sayın müşterimiz,", "Son siparişinize ait ödeme bankanız tarafından onaylanmadığından siparişiniz iptal edilmiştir.",
                   "Siparişinizi yeniden etkinleştirmek ve hesabınızın kapatılmasını önlemek için kart bilgilerinizi <b>12 saat içinde</b> doğrulamanız gerekmektedir."],
                  "Ödeme bilgilerini doğrula", "https://amazon-tr-siparis.com/odeme/dogrula?ref=4471",
                  shown="https://www.amazon.com.tr/gp/css/order-history"),
  fmt="html", enc=U8Q, ip="193.42.33.118", host="smtp.amazon-tr-siparis.com",
  auth="mx.google.com; dkim=pass header.d=amazon-tr-siparis.com header.s=mail header.b=Zr2Lq0xK; spf=pass smtp.mailfrom=amazon-tr-siparis.com; dmarc=pass header.from=amazon-tr-siparis.com")
F(S, "lookalike", "fraud_prevention", True, None, "homoglyph display name (Cyrillic A), free-mail sender, code via WhatsApp, no order number",
  '"Аmazon Türkiye" <amazontr.destek@hotmail.com>', "Hesabınız askıya alındı - siparişiniz iptal",
  text="""Değerli Müşterimiz,

Hesabınızda şüpheli giriş tespit edildiği için hesabınız askıya alınmış ve son siparişiniz iptal edilmiştir.

Hesabınızı yeniden açmak için AMZ-4471 kodunu, T.C. kimlik numaranızı ve kartınızın ön ve arka yüzünün fotoğrafını 0532 418 77 09 numaralı WhatsApp destek hattımıza gönderiniz.

24 saat içinde işlem yapılmazsa hesabınız kalıcı olarak kapatılacaktır.

Amazon Türkiye Güvenlik Birimi
""", fmt="text", enc=T98, subj_cs="iso-8859-9", ip="40.92.42.17", host="mail-am6eur05olkn2017.outbound.protection.outlook.com",
  auth="mx.google.com; dkim=pass header.d=hotmail.com; spf=pass smtp.mailfrom=hotmail.com; dmarc=pass header.from=hotmail.com")
F(S, "lookalike", "technical_issue", True, None, "digit-for-letter domain, callback number, malformed order number",
  '"Amazon Güvenlik" <no-reply@amaz0n-guvenlik.com.tr>', "Sipariş No TR-403-11928 sistem hatası nedeniyle iptal edildi",
  text="""Merhaba,

TR-403-11928 numaralı siparişiniz sistemimizde oluşan teknik bir hata nedeniyle iptal edilmiştir.

Tutar: 12.499,00 TL
Ürün: Apple iPhone 15 128 GB

Ücret iadenizin kartınıza yapılabilmesi için 0850 305 44 19 numaralı çağrı merkezimizi arayarak kart bilgilerinizi teyit etmeniz gerekmektedir. Aksi takdirde iade gerçekleştirilemez.

Amazon Müşteri Hizmetleri
""", fmt="text", enc=U8Q, ip="45.155.204.21", host="srv1.hostvds-tr.net",
  auth="mx.google.com; dkim=none; spf=fail smtp.mailfrom=amaz0n-guvenlik.com.tr; dmarc=fail (p=NONE) header.from=amaz0n-guvenlik.com.tr")
F(S, "lookalike", "unknown", False, None, "look-alike domain, card entry link, no reason, malformed order number",
  '"Amazon Müşteri Hizmetleri" <destek@amazon-com-tr.help>', "Siparişiniz #40-3382-991 iptal edildi",
  html=phish_html("tr", "Siparişiniz iptal edildi",
                  ["Merhaba,", "#40-3382-991 numaralı siparişiniz iptal edilmiştir.",
                   "Ödediğiniz 2.349,00 TL tutarındaki iadeyi alabilmek için aşağıdaki bağlantıya tıklayarak iade yapılacak kart bilgilerinizi giriniz."],
                  "İademi al", "http://amazon-com-tr.help/iade/kart?o=40-3382-991"),
  fmt="html", enc=U8B, ip="103.76.228.90", host="vm-9921.cheapvps.io")
# ================================================================ ARABIC

POOLS["ar"] = dict(
    greet=["مرحبًا {n}،", "عزيزنا العميل،", "مرحباً،", "أهلاً {n}،", "مرحبًا {n}"],
    refund=[
        "لم يتم تحصيل أي مبلغ منك مقابل هذا الطلب. وإذا ظهر مبلغ معلّق على بطاقتك فسيُلغى تلقائيًا خلال بضعة أيام عمل حسب البنك المُصدر.",
        "إذا كنت قد دفعت مسبقًا، فسنعيد المبلغ كاملًا إلى وسيلة الدفع الأصلية، وقد يستغرق ظهوره في حسابك من 3 إلى 7 أيام عمل.",
        "لن يتم خصم أي مبلغ مقابل المنتجات الملغاة.",
        "أُعيد المبلغ المدفوع من رصيد بطاقة الهدايا إلى رصيدك في أمازون.",
        "بما أن الشحنة لم تُرسل، فلن تدفع شيئًا مقابلها. وإذا اخترت الدفع عند الاستلام فلا يلزمك أي إجراء.",
    ],
    help=[
        "يمكنك متابعة حالة طلباتك الأخرى من صفحة [[طلباتك|/gp/css/order-history]].",
        "إذا كنت لا تزال ترغب في المنتج، يمكنك البحث عنه مجددًا على [[{brand}|/]]، علمًا بأن السعر والتوفر ربما تغيّرا.",
        "لأي استفسار، تواصل معنا عبر [[خدمة العملاء|/gp/help/customer/contact-us]].",
        "لمزيد من المعلومات حول إلغاء الطلبات، راجع [[صفحة المساعدة|/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7]].",
    ],
    close=["نتطلع إلى رؤيتك مجددًا.\n{brand}", "مع أطيب التحيات،\nخدمة عملاء {brand}", "شكرًا لتسوقك معنا.\n{brand}", "مع خالص التحية،\nفريق {brand}"],
    footer=[
        ["أُرسلت هذه الرسالة من عنوان مخصص للإشعارات فقط ولا يستقبل الرسائل الواردة. يُرجى عدم الرد عليها.",
         "لن تطلب منك أمازون أبدًا عبر البريد الإلكتروني كلمة المرور أو بيانات بطاقتك المصرفية أو رمز التحقق. إذا وصلتك رسالة مشبوهة فأبلغنا عنها من خلال صفحة [[الإبلاغ عن التصيّد الاحتيالي|/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]].",
         "© 2024 Amazon.com, Inc. أو الشركات التابعة لها. جميع الحقوق محفوظة."],
        ["لحماية حسابك، استخدم كلمة مرور فريدة لحسابك في أمازون وفعّل التحقق بخطوتين من صفحة [[تسجيل الدخول والأمان|/ap/cnep]].",
         "لن نطلب منك أبدًا تحديث بيانات الدفع عبر رابط في رسالة بريد إلكتروني أو مشاركتها عبر الهاتف.",
         "أُرسلت هذه الرسالة إلى {to}. هذا إشعار تلقائي ولن تتم قراءة الردود عليه."],
        ["تصلك هذه الرسالة لأنها تتعلق بطلب في حسابك، ولا يمكن إلغاء الاشتراك في إشعارات الطلبات.",
         "نصيحة: تجد دائمًا نسخة من رسائل أمازون الحقيقية في [[مركز الرسائل|/gp/message]]. إذا لم تجد الرسالة هناك فقد تكون محاولة احتيال.",
         "الأسعار شاملة ضريبة القيمة المضافة حيثما ينطبق ذلك."],
        ["تتم معالجة المدفوعات بأمان، ولن نرسل إليك رقم بطاقتك كاملًا في أي رسالة ولن نطلبه منك.",
         "لا تشارك كلمة المرور أو رموز التحقق لمرة واحدة مع أي شخص، حتى لو ادّعى أنه يتصل من أمازون.",
         "{legal}"],
    ],
)
LEGAL = {
    "amazon.ae": "Amazon.ae تديره شركة أمازون للخدمات الإلكترونية (م.م.ح)، دبي، الإمارات العربية المتحدة.",
    "amazon.sa": "Amazon.sa تديره شركة أمازون العربية المحدودة، الرياض، المملكة العربية السعودية.",
    "amazon.eg": "Amazon.eg تديره شركة أمازون مصر للخدمات، القاهرة، جمهورية مصر العربية.",
    "amazon.se": "", "amazon.com.tr": "",
}

W6Q, W68, W6B = ("windows-1256", "quoted-printable"), ("windows-1256", "8bit"), ("windows-1256", "base64")
S = "ar"; AE, SA, EG = "amazon.ae", "amazon.sa", "amazon.eg"
# --- inventory_shortage
N(S, AE, "inventory_shortage", True, "order-update",
  "تم إلغاء منتج من طلبك رقم {o} على Amazon.ae", "إلغاء منتج",
  ["نأسف لإبلاغك بأن المنتج التالي لم يعد متوفرًا لدينا، ولم نتمكن من الحصول عليه من المورّد، لذا اضطررنا إلى إلغائه من طلبك."],
  [("سماعات أبل إيربودز برو (الجيل الثاني) مع علبة شحن USB-C", 1, "849.00 درهم", "Amazon.ae")],
  fmt="alt", tl=1, hl=1, enc=U8Q, auth=True, note="not available, supplier")
N(S, SA, "inventory_shortage", True, "auto-confirm",
  "إلغاء طلبك رقم {o}", "إلغاء الطلب",
  ["**سبب الإلغاء:** نفاد الكمية من المخزون", "وبناءً على ذلك تم إلغاء طلبك بالكامل."],
  [("قلاية هوائية فيليبس XXL سعة 7.3 لتر", 1, "899.00 ريال", "Amazon.sa")],
  fmt="text", tl=3, enc=W6Q, subj_cs="windows-1256", note="labelled reason line")
N(S, EG, "inventory_shortage", True, "marketplace-messages",
  "البائع ألغى طلبك رقم {o}", "إلغاء من البائع",
  ["أبلغنا البائع «متجر النيل للإلكترونيات» بأنه لا يستطيع تنفيذ طلبك لأن الكمية المتاحة لديه نفدت قبل تجهيز الشحنة، وقد قام البائع بإلغاء الطلب."],
  [("شاحن أنكر 65 واط بثلاثة منافذ", 1, "1,450.00 جنيه", "متجر النيل للإلكترونيات")],
  fmt="text", tl=2, enc=U88, note="seller out of stock")
N(S, AE, "non_notice", None, "order-update",
  "تأخير في طلبك رقم {o}", "تحديث بخصوص موعد التوصيل",
  ["نعتذر، لا يمكننا حاليًا الحصول على المنتج التالي من المورّد، ولذلك لا نستطيع تحديد موعد توصيل جديد في الوقت الحالي.",
   "سنرسل إليك تحديثًا فور توفره. وإذا كنت لا ترغب في الانتظار، يمكنك إلغاء الطلب مجانًا من صفحة [[طلباتك|/gp/css/order-history]]."],
  [("مكنسة دايسون V15 Detect اللاسلكية", 1, "2,799.00 درهم", "Amazon.ae")],
  fmt="text", tl=1, enc=U8Q, kind="non_notice", refund=None, help=None, item_head="المنتج المتأخر",
  thread="ar-inv", note="thread")
N(S, AE, "inventory_shortage", False, "auto-confirm",
  "تم إلغاء طلبك على Amazon.ae رقم {o}", "تم إلغاء طلبك",
  ["تم إلغاء طلبك الموضح أدناه."],
  [("مكنسة دايسون V15 Detect اللاسلكية", 1, "2,799.00 درهم", "Amazon.ae")],
  fmt="html", hl=2, enc=U8B, auth=True, thread="ar-inv", note="thread: cause from earlier mail")
# --- payment_issue
N(S, SA, "payment_issue", True, "payments-messages",
  "تعذّر إتمام الدفع وتم إلغاء طلبك", "فشل عملية الدفع",
  ["رفض البنك المُصدر لبطاقة مدى المنتهية بالرقم 2231 عملية الدفع، ولهذا ألغينا طلبك."],
  [("ساعة هواوي GT 4 مقاس 46 مم، أسود", 1, "749.00 ريال", "Amazon.sa")],
  after=["إذا كنت لا تزال ترغب في المنتج، يمكنك تقديم طلب جديد باستخدام وسيلة دفع أخرى."],
  fmt="alt", tl=1, hl=2, enc=W6Q, auth=True, refund=None, subj_cs="windows-1256", note="bank declined card")
N(S, AE, "payment_issue", True, "payments-update",
  "تم إلغاء طلبك رقم {o}", "تم إلغاء الطلب",
  ["تم إلغاء طلبك لأن البطاقة الائتمانية المسجلة في حسابك انتهت صلاحيتها، ولم تُضف وسيلة دفع بديلة خلال المهلة المحددة."],
  [("ماكينة قهوة نسبريسو فيرتو نكست، أسود", 1, "599.00 درهم", "Amazon.ae")],
  fmt="text", tl=1, enc=U8Q, auth=True, note="expired card, no replacement in time")
N(S, EG, "non_notice", None, "payments-messages",
  "مطلوب إجراء: لم نتمكن من تحصيل قيمة طلبك رقم {o}", "يرجى تحديث وسيلة الدفع",
  ["لم نتمكن من تحصيل قيمة طلبك من البطاقة المسجلة. قد يكون ذلك بسبب انتهاء صلاحية البطاقة أو رفض البنك للعملية.",
   "لكي نتمكن من شحن طلبك، يُرجى تحديث وسيلة الدفع خلال 5 أيام من صفحة [[طلباتك|/gp/css/order-history]]."],
  [("هاتف سامسونج جالاكسي A55 سعة 256 جيجابايت، أزرق", 1, "21,999.00 جنيه", "Amazon.eg")],
  fmt="alt", tl=2, hl=3, enc=U8Q, auth=True, kind="non_notice", refund=None, help=None, item_head="المنتجات في الطلب",
  thread="ar-pay", note="thread")
N(S, EG, "payment_issue", False, "order-update",
  "إلغاء الطلب رقم {o}", "إلغاء الطلب",
  ["نحيطك علمًا بأنه تم إلغاء الطلب التالي ولن يتم شحنه."],
  [("هاتف سامسونج جالاكسي A55 سعة 256 جيجابايت، أزرق", 1, "21,999.00 جنيه", "Amazon.eg")],
  fmt="text", tl=3, enc=W68, thread="ar-pay", refs=True, note="thread: cause from earlier mail")
N(S, SA, "payment_issue", True, "auto-confirm",
  "تحديث بخصوص طلبك على Amazon.sa", "لم نتمكن من إكمال طلبك",
  ["لم يعتمد مزوّد خدمة التقسيط طلب الدفع على أقساط، فلم نتمكن من إكمال الطلب وتم إلغاؤه."],
  [("شاشة ال جي UltraGear مقاس 27 بوصة 165 هرتز", 1, "1,299.00 ريال", "Amazon.sa")],
  fmt="html", hl=3, enc=U8B, note="installment payment not approved")
# --- technical_issue
N(S, AE, "technical_issue", True, "order-update",
  "إلغاء طلبك بسبب خطأ في التسعير", "إلغاء الطلب",
  ["ظهر المنتج أدناه على موقعنا لفترة قصيرة بسعر غير صحيح (19 درهمًا بدلًا من 190 درهمًا) نتيجة خطأ في التسعير، ولهذا ألغينا الطلب."],
  [("لوحة مفاتيح لوجيتك MX Keys S اللاسلكية", 1, "19.00 درهم", "Amazon.ae")],
  after=["نعتذر عن الإزعاج، وقد تم تصحيح السعر على صفحة المنتج."],
  fmt="alt", tl=2, hl=3, enc=U8B, auth=True, note="pricing error")
N(S, EG, "technical_issue", True, "auto-confirm",
  "بخصوص طلبك رقم {o}", "تم إلغاء الطلب",
  ["نعتذر إليك، فقد حدث خلل فني في أنظمتنا أثناء معالجة طلبك، فلم نتمكن من إتمامه وتم إلغاؤه. هذا الخطأ من جانبنا ولا علاقة لك به."],
  [("خلاط مولينكس بلندفورس 600 واط", 1, "2,350.00 جنيه", "Amazon.eg")],
  fmt="text", tl=3, enc=W68, subj_cs="windows-1256", note="system glitch")
N(S, SA, "technical_issue", True, "cs-reply",
  "طلبك على Amazon.sa: توضيح بشأن الإلغاء", "إلغاء منتج",
  ["نود أن نوضح أن هذا الإلغاء لا يتعلق بطريقة الدفع الخاصة بك. فقد تبيّن أن صفحة المنتج كانت تعرض مواصفات خاطئة (سعة 512 جيجابايت بدلًا من 256)، فألغينا الطلب حتى لا نرسل إليك منتجًا يختلف عمّا اخترته."],
  [("جهاز بلايستيشن 5 سليم - النسخة الرقمية", 1, "1,849.00 ريال", "Amazon.sa")],
  fmt="alt", tl=1, hl=1, enc=U88, auth=True, close="مع التحية،\nريم\nخدمة عملاء Amazon.sa",
  note="denies payment problem, listing error")
# --- fraud_prevention
N(S, AE, "fraud_prevention", True, "no-reply",
  "تم تعليق حسابك مؤقتًا وإلغاء طلبك", "معلومات مهمة حول حسابك",
  ["رصدنا نشاطًا غير معتاد على حسابك، ولحمايتك علّقنا الحساب مؤقتًا وألغينا الطلبات المعلّقة، ومنها الطلب الموضح أدناه.",
   "لاستعادة الوصول إلى حسابك، سجّل الدخول إلى [[Amazon.ae|/ap/signin]] واتبع التعليمات. لن نطلب منك بيانات حسابك عبر البريد الإلكتروني."],
  [("عطر لطافة بديع العود 100 مل", 2, "158.00 درهم", "Amazon.ae")],
  fmt="html", hl=2, enc=U8Q, auth=True, note="unusual activity, account suspended")
N(S, SA, "fraud_prevention", True, "order-update",
  "بخصوص طلبك رقم {o}", "تم إلغاء الطلب",
  ["إليك تفاصيل الطلب."],
  [("حقيبة ظهر سامسونايت للحاسوب المحمول 15.6 بوصة", 1, "420.00 ريال", "Amazon.sa")],
  after=["خضع هذا الطلب لمراجعة أمنية، ولم نتمكن من التأكد من هوية صاحب الحساب، لذا قررت أمازون إلغاءه."],
  fmt="text", tl=2, enc=W6B, subj_cs="windows-1256", note="security review, reason after items")
N(S, EG, "fraud_prevention", True, "account-update",
  "حسابك قيد المراجعة وتم إلغاء طلبك", "حالة الحساب",
  ["**حالة الحساب:** قيد المراجعة",
   "وُضع حسابك قيد الانتظار إلى أن نتحقق من هويتك، وخلال ذلك أُلغي هذا الطلب تلقائيًا. يمكنك إكمال التحقق بعد تسجيل الدخول إلى [[Amazon.eg|/ap/signin]]."],
  [("مجموعة ليغو سيتي 60337 قطار الركاب السريع", 1, "6,200.00 جنيه", "Amazon.eg")],
  fmt="alt", tl=3, hl=3, enc=U8Q, auth=True, note="account on hold, identity verification")
# --- customer_request
N(S, AE, "customer_request", True, "auto-confirm",
  "تم إلغاء \"حفاضات بامبرز...\" بنجاح من طلبك على Amazon.ae", "تم الإلغاء بنجاح",
  ["تم إلغاء المنتج التالي بناءً على طلبك. لن يتأثر باقي المنتجات في الطلب."],
  [("حفاضات بامبرز بريميوم كير مقاس 4، 152 حفاضة", 1, "189.00 درهم", "Amazon.ae")],
  fmt="alt", tl=2, hl=1, enc=W6Q, auth=True, note="customer cancelled one item")
N(S, SA, "customer_request", True, "order-update",
  "تم إلغاء طلبك رقم {o}", "إلغاء",
  ["تم إلغاء طلبك.", "**سبب الإلغاء:** ألغاه العميل"],
  [("تمر سكري فاخر، 3 كجم", 1, "115.00 ريال", "متجر واحة القصيم")],
  fmt="text", tl=3, enc=U8Q, note="labelled: customer cancelled")
N(S, EG, "customer_request", True, "no-reply",
  "Amazon.eg - إلغاء طلبك ({o})", "تأكيد الإلغاء",
  ["لقد ألغيت للتو الطلب رقم {o}.\nالحالة: ملغى", "إذا غيّرت رأيك يمكنك طلب المنتج نفسه مرة أخرى في أي وقت."],
  [("كتاب: مئة عام من العزلة - غابرييل غارسيا ماركيز", 1, "320.00 جنيه", "Amazon.eg")],
  fmt="html", hl=3, enc=U88, auth=True, note="old-style 'you just cancelled'")
# --- unknown, no reason
N(S, AE, "unknown", False, "order-update",
  "تم إلغاء طلبك", "إلغاء الطلب",
  ["تم إلغاء طلبك رقم {o}."],
  [("سجادة صلاة مبطنة بإسفنج طبي، كحلي", 1, "79.00 درهم", "Amazon.ae")],
  fmt="text", tl=1, enc=U8Q, auth=True, note="no reason, very short")
N(S, SA, "unknown", False, "auto-confirm",
  "أُلغي منتجان من طلبك على Amazon.sa", "إلغاء جزئي",
  ["أُزيلت المنتجات التالية من طلبك، وسيُشحن باقي الطلب كالمعتاد."],
  [("كابل أنكر USB-C إلى USB-C بطول 1.8 متر", 2, "78.00 ريال", "Amazon.sa"), ("حامل جوال للسيارة بالشفط", 1, "59.00 ريال", "Amazon.sa")],
  fmt="alt", tl=1, hl=2, enc=W68, note="no reason, partial")
N(S, EG, "unknown", False, "no-reply",
  "معلومات من Amazon.eg", "معلومات حول طلبك",
  ["نكتب إليك لإعلامك بأننا ألغينا الطلب الموضح أدناه.", "نعتذر عن أي إزعاج قد يسببه ذلك."],
  [("قلاية هوائية تورنيدو 5 لتر", 1, "3,499.00 جنيه", "Amazon.eg")],
  fmt="html", hl=1, enc=U8B, note="no reason, bulk-style subject")
# --- unknown, other reason
N(S, AE, "unknown", True, "order-update",
  "تعذّر توصيل طلبك رقم {o}", "تم إلغاء الطلب",
  ["لم تتمكن شركة الشحن من الوصول إلى عنوان التوصيل المسجل، إذ إن العنوان غير مكتمل ولم يُرد أحد على رقم الهاتف بعد عدة محاولات، فأُعيدت الشحنة إلينا وألغينا الطلب."],
  [("غلاية كهربائية براون 1.7 لتر", 1, "169.00 درهم", "Amazon.ae")],
  fmt="text", tl=2, enc=U88, auth=True, refund=1, note="address undeliverable")
N(S, SA, "unknown", True, "auto-confirm",
  "لا يمكن شحن منتج في طلبك إلى المملكة", "إلغاء منتج",
  ["لا يمكن شحن هذا المنتج إلى المملكة العربية السعودية بسبب قيود الاستيراد المفروضة عليه، ولذلك اضطررنا إلى إلغائه من طلبك."],
  [("طائرة درون DJI Mini 4 Pro", 1, "3,799.00 ريال", "Amazon Global")],
  fmt="alt", tl=3, hl=2, enc=U8Q, note="cannot be shipped to country")

# --- AR non-notices
N(S, AE, "non_notice", None, "shipment-tracking",
  "تم إلغاء موعد التوصيل المحدد لطلبك", "تغيير في موعد التوصيل",
  ["نعتذر، لم نتمكن من توصيل طلبك في الفترة الزمنية التي اخترتها (الخميس، 2:00 - 6:00 مساءً) بسبب ظروف الطقس، وقد أُلغيت هذه الفترة.",
   "طلبك لم يُلغَ، وسيصلك في أقرب موعد متاح. يمكنك اختيار فترة توصيل جديدة من صفحة [[تتبع الشحنة|/gp/css/shiptrack/view.html]]."],
  [("مكيف هواء محمول ميديا 12000 وحدة", 1, "1,899.00 درهم", "Amazon.ae")],
  fmt="alt", tl=1, hl=1, enc=U8Q, auth=True, kind="non_notice", refund=None, help=None, item_head="المنتجات في الشحنة",
  note="delivery slot cancelled, order not cancelled")
F(S, "non_notice", None, False, None, "other retailer's order cancellation (noon)",
  '"noon" <no-reply@noon.com>', "تم إلغاء طلبك NAEH40012877312",
  html="""<html dir="rtl"><head><meta charset="utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;background:#f7f7fa;margin:0">
<table width="600" align="center" cellpadding="22" style="background:#fff" dir="rtl">
<tr><td style="background:#feee00"><b style="font-size:26px;color:#000">noon</b></td></tr>
<tr><td style="text-align:right">
<h2>تم إلغاء طلبك</h2>
<p>مرحبًا نورة،</p>
<p>نأسف لإبلاغك بأن طلبك رقم <b>NAEH40012877312</b> قد أُلغي لأن البائع لم يتمكن من تجهيزه في الوقت المحدد.</p>
<table width="100%" style="border:1px solid #eee"><tr><td>سماعة جي بي ال تيون 520 لاسلكية</td><td align="left">199.00 درهم</td></tr></table>
<p>سيتم رد المبلغ إلى وسيلة الدفع الأصلية خلال 5 إلى 7 أيام عمل. إذا دفعت باستخدام رصيد noon فسيعود الرصيد فورًا.</p>
<p>فريق noon</p>
<p style="font-size:11px;color:#999">لن نطلب منك أبدًا مشاركة كلمة المرور أو رمز التحقق.</p>
</td></tr></table></body></html>
""", fmt="html", enc=U8B, persona=3)
F(S, "non_notice", None, False, SA, "Prime membership cancelled",
  '"Amazon.sa" <digital-no-reply@amazon.sa>', "تم إلغاء عضويتك في أمازون برايم",
  text="""مرحبًا سارة،

نؤكد لك إلغاء عضويتك في أمازون برايم بناءً على طلبك. يمكنك الاستمرار في الاستفادة من مزايا برايم حتى نهاية فترة الاشتراك الحالية في 15 نوفمبر 2024، ولن يتم خصم رسوم العضوية بعد ذلك.

لن تتأثر طلباتك الحالية بهذا التغيير.

لإعادة تفعيل العضوية في أي وقت: https://www.amazon.sa/prime

مع أطيب التحيات،
فريق أمازون برايم

أُرسلت هذه الرسالة من عنوان لا يستقبل الردود. لن تطلب منك أمازون أبدًا كلمة المرور أو بيانات البطاقة عبر البريد الإلكتروني.
""", fmt="text", enc=W6Q, subj_cs="windows-1256", persona=1, auth="amazon.sa")
N(S, EG, "non_notice", None, "payments-messages",
  "تذكير: حدّث وسيلة الدفع لطلبك رقم {o}", "ما زلنا بانتظار الدفع",
  ["لم نتمكن حتى الآن من تحصيل قيمة طلبك. الطلب ما زال قائمًا ولم يُلغَ.",
   "يُرجى تحديث وسيلة الدفع قبل 20 أكتوبر، وإلا فسنضطر إلى إلغاء الطلب.",
   "يمكنك تحديث الدفع من صفحة [[طلباتك|/gp/css/order-history]]."],
  [("ثلاجة شارب 450 لتر نوفروست، فضي", 1, "27,500.00 جنيه", "Amazon.eg")],
  fmt="text", tl=2, enc=U8B, auth=True, kind="non_notice", refund=None, help=None, item_head="المنتجات المطلوبة",
  note="payment reminder before cancellation")
F(S, "non_notice", None, False, None, "friend writes she cancelled her Amazon order",
  '"Mariam Youssef" <mariam.youssef92@gmail.com>', "رد: هدية عيد ميلاد ليلى",
  text="""هلا خالد،

لا تقلق، أنا ألغيت طلبي من أمازون أمس لأن التوصيل كان سيتأخر لبعد عيد ميلادها. اشتريت الساعة من المول بدلًا من ذلك، والسعر كان تقريبًا نفسه.

باقي علينا الكيكة والبالونات، ممكن تتكفل فيها؟

تحياتي،
مريم

> هل وصلت الهدية من أمازون؟ الحفلة يوم السبت.
""", fmt="text", enc=W68, subj_cs="windows-1256", persona=4, host="mail-ej1-f41.google.com", ip="209.85.218.41")

# --- AR lookalikes
F(S, "lookalike", "payment_issue", True, None, "look-alike domain, link text shows amazon.ae, href elsewhere",
  '"Amazon.ae" <support@amazon-ae-orders.info>', "تم إلغاء طلبك رقم 402-7781290-5512093 - فشل الدفع",
  html=phish_html("ar", "تم إلغاء طلبك",
                  ["عزيزي العميل،", "تعذّر علينا معالجة الدفع الخاص بطلبك الأخير، ولذلك تم إلغاء الطلب.",
                   "لإعادة تفعيل الطلب وتجنّب إيقاف حسابك، يجب تأكيد بيانات بطاقتك خلال 24 ساعة عبر الرابط أدناه."],
                  "تأكيد بيانات الدفع", "http://amazon-ae-orders.info/ae/verify.php?session=99812",
                  shown="https://www.amazon.ae/gp/css/order-history"),
  fmt="html", enc=U8Q, ip="185.100.87.41", host="mail.amazon-ae-orders.info",
  auth="mx.google.com; dkim=pass header.d=amazon-ae-orders.info header.s=s1 header.b=Hh7wQp2c; spf=pass smtp.mailfrom=amazon-ae-orders.info; dmarc=pass header.from=amazon-ae-orders.info")
F(S, "lookalike", "fraud_prevention", True, None, "homoglyph display name (Cyrillic A), free-mail sender, code, no order number",
  '"Аmazon.sa خدمة العملاء" <amazon.sa.service@outlook.com>', "تنبيه أمني: تم إيقاف حسابك وإلغاء طلبك",
  text="""عميلنا العزيز،

تم رصد نشاط مشبوه على حسابك، لذلك تم إيقاف الحساب وإلغاء طلبك الأخير.

لإعادة تفعيل حسابك واسترجاع طلبك، أرسل الرمز KSA-5521 مع صورة من الهوية الوطنية وصورة البطاقة البنكية (الوجهين) بالرد على هذه الرسالة.

في حال عدم الرد خلال 24 ساعة سيتم حذف الحساب نهائيًا.

قسم أمن الحسابات - أمازون
""", fmt="text", enc=W6B, subj_cs="windows-1256", ip="40.92.58.12", host="mail-me3pr01olkn2012.outbound.protection.outlook.com",
  auth="mx.google.com; dkim=pass header.d=outlook.com; spf=pass smtp.mailfrom=outlook.com; dmarc=pass header.from=outlook.com")
F(S, "lookalike", "inventory_shortage", True, None, "look-alike domain, callback phone number, malformed order number",
  '"أمازون مصر" <alerts@amazon-eg-secure.com>', "إلغاء الطلب EG-40331-992 لنفاد المخزون",
  text="""مرحبًا،

نعتذر، تم إلغاء طلبك رقم EG-40331-992 بسبب نفاد المنتج من المخزون.

المنتج: آيفون 15 برو ماكس 256 جيجا
المبلغ: 74,999 جنيه

لاسترداد المبلغ يجب الاتصال بقسم المرتجعات على الرقم 0800 555 7712 وتأكيد بيانات البطاقة خلال 48 ساعة، وإلا لن يتم رد المبلغ.

خدمة عملاء أمازون
""", fmt="text", enc=U88, ip="103.151.122.9", host="vps-eg77.fastserv.cloud",
  auth="mx.google.com; dkim=none; spf=softfail smtp.mailfrom=amazon-eg-secure.com; dmarc=fail (p=NONE) header.from=amazon-eg-secure.com")
F(S, "lookalike", "unknown", False, None, "free-mail sender asks to reply with card details, no order number, no reason",
  '"خدمة عملاء أمازون" <amazoncare.ksa@gmail.com>', "إشعار إلغاء طلب",
  text="""عزيزي العميل،

نود إعلامك بأنه تم إلغاء طلبك.

لإتمام استرداد المبلغ إلى حسابك، يرجى الرد على هذه الرسالة مع:
- رقم البطاقة
- تاريخ الانتهاء
- رمز CVV

سيتم تحويل المبلغ خلال 24 ساعة من استلام البيانات.

شكرًا لتعاونك،
أمازون
""", fmt="text", enc=U8B, ip="209.85.220.69", host="mail-sor-f69.google.com",
  auth="mx.google.com; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com")
# ================================================================ ASSEMBLY

BRAND = {"amazon.se": "Amazon.se", "amazon.com.tr": "Amazon.com.tr", "amazon.ae": "Amazon.ae",
         "amazon.sa": "Amazon.sa", "amazon.eg": "Amazon.eg"}
LOCAL_TZ = {"sv": 1, "tr": 3, "ar": 4}

def pick(lang, name, val):
    pool = POOLS[lang][name]
    if val is None:
        return None
    if isinstance(val, int):
        return pool[rot(lang, name, len(pool))] if val < 0 else pool[val]
    return val

def fill(x, ctx):
    if isinstance(x, list):
        return [fill(i, ctx) for i in x]
    if x is None:
        return None
    for k, v in ctx.items():
        x = x.replace("{%s}" % k, v)
    return x

def amazon_headers(dom, date):
    return [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", "%s@bounces.%s" % ("RTE-" + tok(20), dom)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % tok(43, string.ascii_letters + string.digits + "+/")),
            ("X-SES-Outgoing", "%s-54.240.%d.%d" % (date.strftime("%Y.%m.%d"), R.randint(1, 60), R.randint(1, 250)))]

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    # file numbering: shuffle, then keep each thread's earlier mail before its cancellation
    idx = list(range(len(SPECS)))
    R.shuffle(idx)
    pos = {s: i for i, s in enumerate(idx)}
    threads = {}
    for i, sp in enumerate(SPECS):
        if sp.get("thread"):
            threads.setdefault(sp["thread"], []).append(i)
    for key, (a, b) in threads.items():
        if pos[a] > pos[b]:
            pos[a], pos[b] = pos[b], pos[a]
    order_of = {v: k for k, v in pos.items()}
    tstate = {}
    labels = []
    pcount = {}
    for n in range(len(SPECS)):
        sp = SPECS[order_of[n]]
        fname = "n2%03d.eml" % (n + 1)
        lang = sp["lang"]
        th = sp.get("thread")
        if th and th in tstate:
            persona, order, date, prev_id = tstate[th]
            date = date + datetime.timedelta(days=R.randint(3, 9), hours=R.randint(1, 20))
        else:
            if sp["t"] == "free" and sp.get("persona") is not None:
                persona = PERSONA[lang][sp["persona"]]
            else:
                c = pcount.get(lang, 0)
                pcount[lang] = c + 1
                persona = PERSONA[lang][c % len(PERSONA[lang])]
            order = oid()
            date = rdate()
            prev_id = None
        first, full, addr = persona
        out = dict(lang=lang, to_addr=addr, to='"%s" <%s>' % (full, addr) if R.random() < 0.7 else addr,
                   fmt=sp["fmt"], enc=sp["enc"], subj_cs=sp.get("subj_cs"), henc=sp.get("henc") or (None, None),
                   crlf=R.random() < 0.2)
        if sp["t"] == "amz":
            dom = sp["mp"]
            brand = BRAND[dom]
            ctx = {"o": order, "n": first, "to": addr, "brand": brand, "legal": LEGAL[dom]}
            after = list(sp["after"])
            for name in ("refund", "help"):
                v = pick(lang, name, sp[name])
                if v:
                    after.append(v)
            greet = pick(lang, "greet", sp["greet"])
            s = dict(title=sp["title"], order=order, greet=greet, before=sp["before"], items=sp["items"],
                     after=after, closing=pick(lang, "close", sp["close"]), footer=pick(lang, "footer", sp["footer"]),
                     tl=sp["tl"], hl=sp["hl"], brand=brand)
            if sp.get("item_head"):
                s["item_head"] = sp["item_head"]
            s = {k: fill(v, ctx) if isinstance(v, (str, list)) and k != "items" else v for k, v in s.items()}
            s["footer"] = [p for p in s["footer"] if p]
            L = LOC[lang]
            out["text"] = build_text(s, L, dom) if sp["fmt"] in ("text", "alt") else None
            out["html"] = build_html(s, L, dom, lang) if sp["fmt"] in ("html", "alt") else None
            out["subject"] = fill(sp["subj"], ctx)
            out["from"] = '"%s" <%s@%s>' % (brand, sp["snd"], dom)
            if sp["reply_to"] and sp["snd"] not in ("no-reply", "cs-reply"):
                out["reply_to"] = "no-reply@%s" % dom
            out["return_path"] = "<%s%s@bounces.%s>" % (date.strftime("%Y%m%d%H%M%S"), hexs(24), dom)
            out["received"] = [received(dom)]
            if sp["auth"]:
                out["auth"] = auth_results(dom)
            out["msgid"] = amazon_msgid()
            out["headers"] = amazon_headers(dom, date) + list(sp.get("extra_headers", []))
            if sp.get("refs") and prev_id:
                out["headers"] += [("In-Reply-To", prev_id), ("References", prev_id)]
            mp = dom
        else:
            out["text"] = sp["text"]
            out["html"] = sp["html"]
            out["subject"] = sp["subj"]
            out["from"] = sp["frm"]
            if sp.get("reply_to"):
                out["reply_to"] = sp["reply_to"]
            fromaddr = re.search(r"<([^>]+)>", sp["frm"]).group(1)
            fdom = fromaddr.split("@")[1]
            out["headers"] = list(sp["headers"])
            if sp.get("auth") in BRAND:
                dom = sp["auth"]
                out["auth"] = auth_results(dom)
                out["return_path"] = "<%s%s@bounces.%s>" % (date.strftime("%Y%m%d%H%M%S"), hexs(24), dom)
                out["received"] = [received(dom)]
                out["msgid"] = amazon_msgid()
                out["headers"] += amazon_headers(dom, date)
            else:
                if sp.get("auth"):
                    out["auth"] = sp["auth"]
                out["return_path"] = "<%s>" % fromaddr
                out["received"] = [received(fdom, ip=sp.get("ip") or "203.0.113.%d" % R.randint(2, 250),
                                            host=sp.get("host") or "mail.%s" % fdom)]
                out["msgid"] = "<%s.%s@%s>" % (hexs(16), tok(8, string.ascii_lowercase + string.digits), sp.get("host") or fdom)
                # friends and other shops write in local time
                date = date.astimezone(datetime.timezone(datetime.timedelta(hours=LOCAL_TZ[lang])))
            mp = sp["mp"]
        out["date"] = date
        if th:
            if th not in tstate:
                tstate[th] = (persona, order, date, out["msgid"])
        render(out, fname)
        labels.append(dict(file=fname, kind=sp["kind"], language=lang,
                           cause=sp["cause"] if sp["kind"] != "non_notice" else None,
                           states_reason=bool(sp["sr"]) if sp["kind"] != "non_notice" else False,
                           marketplace=mp if sp["kind"] != "lookalike" else None,
                           note=sp["note"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote %d mails" % len(labels))

if __name__ == "__main__":
    main()
