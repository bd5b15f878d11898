#!/usr/bin/env python3
"""Regenerate blind test batch m2 (sv / tr / ar): raw .eml files + labels.json.

Run:  python3 make.py
All texts live in the data lists below; randomness (order numbers, dates, ids)
comes from a fixed seed so the output is reproducible.
"""
import base64
import html
import io
import json
import os
import quopri
import random
import string
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from email import policy
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "m2"
rng = random.Random(20250917)

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
UPPER = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rid(n, alphabet=UPPER):
    return "".join(rng.choice(alphabet) for _ in range(n))


ORDER_PREFIX = {
    "amazon.se": [402, 403, 404, 405, 406, 171, 302, 305, 28],
    "amazon.com.tr": [171, 402, 403, 405, 407, 408],
    "amazon.ae": [171, 402, 403, 404, 405, 406, 407, 408],
    "amazon.sa": [171, 402, 403, 404, 405, 406, 407, 408],
    "amazon.eg": [171, 402, 403, 404, 405, 406, 407, 408],
}


def order_no(mp):
    p = rng.choice(ORDER_PREFIX[mp])
    return "%03d-%07d-%07d" % (p, rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 6, 10 ** 7))


BRAND = {"amazon.se": "Amazon.se", "amazon.com.tr": "Amazon.com.tr", "amazon.ae": "Amazon.ae",
         "amazon.sa": "Amazon.sa", "amazon.eg": "Amazon.eg"}


def money(mp, v):
    if mp == "amazon.se":
        return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " kr"
    if mp == "amazon.com.tr":
        return f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " TL"
    unit = {"amazon.ae": "درهم", "amazon.sa": "ريال", "amazon.eg": "جنيه"}[mp]
    return f"{v:,.2f} {unit}"


MONTHS = {
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر"],
}


def human_date(lang, d):
    return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"


def track(mp, path, ref):
    """Amazon-style click-tracking redirect."""
    target = f"https://www.{mp}{path}"
    return (f"https://www.{mp}/gp/r.html?C={rid(13)}&K={rid(13)}&M=urn:rtn:msg:"
            f"{datetime(2025, 1, 1).year}{rid(24, HEX)}p0eu&R={rid(13)}&T=C&U={quote(target, safe='')}"
            f"&H={rid(26)}&ref_={ref}")


def esc(s):
    return html.escape(s, quote=True)


def img_url():
    return f"https://m.media-amazon.com/images/I/{rid(11, string.ascii_letters + string.digits)}._SS135_.jpg"


LEGACY_FIX = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "…": "...",
              "₺": "TL", "\u200f": "", "\u200e": "", "•": "*", "→": "->", "«": '"', "»": '"',
              "\u00a0": " "}
AR_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def encode_body(text, cs, subtype):
    try:
        return text.encode(cs)
    except UnicodeEncodeError:
        pass
    if subtype == "html":
        return text.encode(cs, "xmlcharrefreplace")
    fixed = "".join(LEGACY_FIX.get(c, c) for c in text).translate(AR_DIGITS)
    return fixed.encode(cs)


def make_part(text, subtype, cs, cte):
    raw = encode_body(text, cs, subtype)
    part = MIMENonMultipart("text", subtype, charset=cs)
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        name = "quoted-printable"
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
        name = "base64"
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
        name = cte
    else:
        raise ValueError(cte)
    del part["MIME-Version"]
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = name
    return part


def hdr(value, cs="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, header_name="Subject").encode(maxlinelen=76)


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=cs)


def serialize(m):
    """m: dict with headers (ordered list), fmt, text/html, cs, cte."""
    fmt, cs = m["fmt"], m["cs"]
    cte_t = m.get("cte_text", m["cte"])
    cte_h = m.get("cte_html", m["cte"])
    if fmt == "text":
        body = make_part(m["text"], "plain", cs, cte_t)
    elif fmt == "html":
        body = make_part(m["html"], "html", cs, cte_h)
    else:
        body = MIMEMultipart("alternative")
        body.attach(make_part(m["text"], "plain", cs, cte_t))
        body.attach(make_part(m["html"], "html", cs, cte_h))
        body.set_boundary(m.get("boundary") or f"----=_Part_{rng.randrange(10**6, 10**8)}_"
                                                f"{rng.randrange(10**8, 10**10)}.{rng.randrange(10**12, 10**13)}")
    mime = [(k, v) for k, v in body.items() if k != "MIME-Version"]
    for k in set(k for k, _ in body.items()):
        del body[k]
    for k, v in m["headers"]:
        if k == "__MIME__":
            for mk, mv in mime:
                body[mk] = mv
        else:
            body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=policy.compat32).flatten(body)
    return buf.getvalue()


# --------------------------------------------------------------------------
# recipients
# --------------------------------------------------------------------------
RCPT = {
    "sv": [("Anna Lindberg", "Anna", "anna.lindberg@telia.com"),
           ("Mikael Johansson", "Mikael", "mikael.johansson77@gmail.com"),
           ("Sara Nilsson", "Sara", "sara.nilsson@outlook.com"),
           ("Erik Andersson", "Erik", "erik.andersson@bredband.net"),
           ("Karin Berg", "Karin", "karin.berg@hotmail.se"),
           ("Oskar Holm", "Oskar", "oskar.holm@icloud.com")],
    "tr": [("Ayşe Yılmaz", "Ayşe", "ayse.yilmaz84@gmail.com"),
           ("Mehmet Demir", "Mehmet", "mehmetdemir@hotmail.com"),
           ("Burak Kaya", "Burak", "burak.kaya@yandex.com"),
           ("Zeynep Çelik", "Zeynep", "zeynep.celik@outlook.com"),
           ("Elif Şahin", "Elif", "elifsahin.ist@gmail.com"),
           ("Emre Arslan", "Emre", "emre.arslan@windowslive.com")],
    "ar": [("أحمد المنصوري", "أحمد", "ahmed.almansoori@gmail.com"),
           ("فاطمة الزهراني", "فاطمة", "f.alzahrani@hotmail.com"),
           ("محمد عبد الله", "محمد", "m.abdallah88@yahoo.com"),
           ("نورة القحطاني", "نورة", "noura.alqahtani@outlook.sa"),
           ("خالد السيد", "خالد", "khaled.elsayed@gmail.com"),
           ("مريم الحمادي", "مريم", "mariam.hammadi@icloud.com")],
}

# --------------------------------------------------------------------------
# Amazon header block
# --------------------------------------------------------------------------
RECEIVERS = ["mx.google.com", "mx.outlook", "mx.gmx.net", "mail.icloud.com", "mx.yandex.net", "gandi"]


def auth_results(mp, bounce, variant):
    sel = rid(32, string.ascii_lowercase + string.digits)
    ses = rid(32, string.ascii_lowercase + string.digits)
    ip = f"54.240.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}"
    if variant == 0:
        return ("mx.google.com;\n       dkim=pass header.i=@" + mp + " header.d=" + mp + " header.s=" + sel
                + " header.b=" + rid(8, string.ascii_letters) + ";\n       dkim=pass header.i=@amazonses.com"
                " header.s=" + ses + " header.b=" + rid(8, string.ascii_letters)
                + ";\n       spf=pass (google.com: domain of " + bounce + " designates " + ip
                + " as permitted sender) smtp.mailfrom=" + bounce
                + ";\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=" + mp)
    if variant == 1:
        return ("spf=pass (sender IP is " + ip + ") smtp.mailfrom=" + bounce.split("@")[1]
                + ";\n dkim=pass (signature was verified) header.d=" + mp
                + ";dmarc=pass action=none header.from=" + mp + ";compauth=pass reason=100")
    if variant == 2:
        return ("mx.gmx.net;\n\tdkim=pass header.d=" + mp + " header.s=" + sel + ";\n\tspf=pass smtp.mailfrom="
                + bounce + ";\n\tdmarc=pass header.from=" + mp)
    return ("mail.example.net; dkim=pass (1024-bit key; unprotected) header.d=" + mp + " header.i=@" + mp
            + " header.b=\"" + rid(8, string.ascii_letters) + "\";\n\tdkim-atps=neutral; spf=pass smtp.mailfrom="
            + bounce + "; dmarc=pass (p=quarantine dis=none) header.from=" + mp)


def amazon_headers(mp, sender, to, subj, date, auth, reply_to=True, cs="utf-8", display=None):
    stamp = date.strftime("%Y%m%d%H%M%S")
    bounce = f"{stamp}{rid(24, HEX)}@bounces.{mp}"
    region = "eu-west-1"
    ses_id = (f"0102{rid(12, HEX)}-{rid(8, HEX)}-{rid(4, HEX)}-{rid(4, HEX)}-{rid(4, HEX)}-"
              f"{rid(12, HEX)}-000000")
    h = [("Delivered-To", to[2])]
    h.append(("Received", f"from a{rng.randrange(10, 99)}-{rng.randrange(10, 250)}.smtp-out.{region}.amazonses.com "
                          f"(a{rng.randrange(10, 99)}-{rng.randrange(10, 250)}.smtp-out.{region}.amazonses.com "
                          f"[54.240.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}])\n        by mx.recipient.example "
                          f"with ESMTPS id {rid(10, string.ascii_lowercase + string.digits)};\n        "
                          f"{format_datetime(date + timedelta(seconds=2))}"))
    if auth:
        h.append(("Authentication-Results", auth_results(mp, bounce, rng.randrange(4))))
    h += [("Return-Path", f"<{bounce}>"),
          ("Date", format_datetime(date)),
          ("From", addr(display or BRAND[mp], f"{sender}@{mp}", cs))]
    if reply_to:
        h.append(("Reply-To", f"no-reply@{mp}" if sender != "cs-reply" else f"cs-reply@{mp}"))
    h += [("To", addr(to[0], to[2], cs) if rng.random() < 0.6 else to[2]),
          ("Message-ID", f"<{ses_id}@{region}.amazonses.com>"),
          ("Subject", hdr(subj, cs)),
          ("MIME-Version", "1.0"),
          ("__MIME__", None),
          ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
          ("Bounces-to", bounce),
          ("X-AMAZON-RTE-VERSION", "2.0"),
          ("X-Original-MessageID", f"<urn.rtn.msg.{stamp}{rid(16, HEX)}@{rng.randrange(10**12, 10**13)}.rtn-svc-"
                                   f"na-prod-{rng.randrange(1, 9)}.{region}.amazon.com>"),
          ("Feedback-ID", f"1.{region}.{rid(43, string.ascii_letters + string.digits + '+/')}=:AmazonSES"),
          ("X-SES-Outgoing", date.strftime("%Y.%m.%d") + f"-54.240.{rng.randrange(1, 255)}.{rng.randrange(1, 255)}")]
    return h


# --------------------------------------------------------------------------
# Amazon body renderers
# --------------------------------------------------------------------------
def para_text(p):
    if isinstance(p, tuple):
        return f"{p[0]} {p[1]}"
    return p


def para_html(p):
    if isinstance(p, tuple):
        return f"<b>{esc(p[0])}</b> {esc(p[1])}"
    return esc(p)


def fill(s, ctx):
    if isinstance(s, tuple):
        return tuple(fill(x, ctx) for x in s)
    for k, v in ctx.items():
        s = s.replace("{" + k + "}", v)
    return s


def render_text(L, m):
    mp, o = m["mp"], m["order"]
    brand = BRAND[mp]
    out = []
    paras = [para_text(p) for p in m["paras"]]
    items = m.get("items") or []
    if m["tl"] == 0:
        out.append(f"{brand} {m['title']}")
        if o:
            out.append(f"{L['order_hash']} {o}")
        out.append(f"https://www.{mp}/ref=TE_tex_g")
        out.append("")
        out.append("_" * 68)
        out.append("")
        out.append(m["hello"])
        out.append("")
        for p in paras:
            out += [p, ""]
        if items:
            out.append(m["ih"] + ":")
            out.append("")
            for it in items:
                out.append(f"    {it[0]}")
                out.append(f"    {L['qty']}: {it[1]}    {L['price']}: {money(mp, it[2])}")
                if len(it) > 3 and it[3]:
                    out.append(f"    {L['seller']} {it[3]}")
                out.append("")
        if m.get("kept"):
            out.append(L["kept"] + ":")
            for it in m["kept"]:
                out.append(f"    {it[0]}  ({L['qty']}: {it[1]})")
            out.append("")
        if m.get("refund"):
            out += [m["refund"], ""]
        out.append("=" * 68)
        out.append("")
        out += [m["help"], ""]
        out += [m["signoff"], ""]
        out.append("_" * 68)
        out.append("")
        out.append(m["footer"])
        out.append("")
        out.append(L["notif_only"])
    else:
        out += [m["hello"], ""]
        for p in paras:
            out += [p, ""]
        if o:
            out.append(f"{L['order_label']}: {o}")
            if m.get("placed"):
                out.append(f"{L['placed']}: {m['placed']}")
            out.append("")
        if items:
            out.append(m["ih"] + ":")
            for it in items:
                out.append(f"  {it[1]} x {it[0]} - {money(mp, it[2])}")
            out.append("")
        if m.get("kept"):
            out.append(L["kept"] + ":")
            for it in m["kept"]:
                out.append(f"  {it[1]} x {it[0]}")
            out.append("")
        if m.get("refund"):
            out += [m["refund"], ""]
        out += [m["help"], ""]
        out += [m["signoff"], ""]
        out += ["--", m["footer"]]
    return "\n".join(out) + "\n"


def _html_head(L, cs, title, extra_css=""):
    return (f'<!DOCTYPE html>\n<html lang="{L["html_lang"]}" dir="{L["dir"]}">\n <head> \n'
            f'  <meta http-equiv="Content-Type" content="text/html; charset={cs.upper()}" /> \n'
            '  <meta name="format-detection" content="telephone=no" /> \n'
            '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" /> \n'
            '  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" /> \n'
            f'  <title>{esc(title)}</title> \n'
            '  <style type="text/css">\n'
            '    body { width:100% !important; height:100% !important; margin:0; padding:0; }\n'
            '    table, table td { border-collapse:collapse !important; }\n'
            '    .ReadMsgBody { width:100%; } .ExternalClass { width:100%; }\n'
            '    a[href^="tel"], a[href^="sms"] {text-decoration:none!important;color:#606060!important;}\n'
            f'{extra_css}'
            '  </style> \n </head> \n')


def _items_rows_html(L, m, al):
    mp = m["mp"]
    rows = []
    for it in m.get("items") or []:
        seller = (f'<br /><span style="font-size:12px;color:#666;">{esc(L["seller"])} {esc(it[3])}</span>'
                  if len(it) > 3 and it[3] else "")
        rows.append(
            '<tr> \n'
            f'  <td width="90" valign="top" style="padding:8px;"><a href="{esc(track(mp, "/dp/" + rid(10), "pe_item"))}">'
            f'<img src="{img_url()}" width="80" height="80" alt="" border="0" /></a></td> \n'
            f'  <td valign="top" align="{al}" style="padding:8px;font:14px Arial,sans-serif;color:#333;">'
            f'<a href="{esc(track(mp, "/dp/" + rid(10), "pe_title"))}" style="color:#006699;text-decoration:none;">'
            f'{esc(it[0])}</a>{seller}<br /><span style="font-size:12px;color:#666;">{esc(L["qty"])}: {it[1]}</span></td> \n'
            f'  <td valign="top" style="padding:8px;font:14px Arial,sans-serif;white-space:nowrap;"><b>'
            f'{esc(money(mp, it[2]))}</b></td> \n'
            '</tr> \n')
    return "".join(rows)


def _kept_html(L, m):
    if not m.get("kept"):
        return ""
    li = "".join(f"<li>{esc(it[0])} ({esc(L['qty'])}: {it[1]})</li>" for it in m["kept"])
    return (f'<p style="font:14px Arial,sans-serif;color:#333;margin:14px 0 4px 0;"><b>{esc(L["kept"])}</b></p>'
            f'<ul style="font:13px Arial,sans-serif;color:#333;margin:0;">{li}</ul>')


def _footer_html(L, m):
    return (f'<p style="font:11px Arial,sans-serif;color:#666;line-height:16px;">{esc(m["footer"])}</p>\n'
            f'<p style="font:11px Arial,sans-serif;color:#666;line-height:16px;">{esc(L["notif_only"])}</p>\n')


def html_classic(L, m, cs):
    mp, o = m["mp"], m["order"]
    rtl = L["dir"] == "rtl"
    al, op = ("right", "left") if rtl else ("left", "right")
    css = ('    #container { width:655px; color:#333; margin:0 auto; }\n'
           '    #container .frame { padding:0 20px 20px 20px; }\n'
           '    #header .logo { width:115px; padding:18px 0 0 0; }\n'
           f'    #header .navigation {{ text-align:{op}; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }}\n'
           f'    #header .title {{ text-align:{op}; padding:7px 0 5px 0; }}\n'
           '    #summary a { text-decoration:none; color:#006699; }\n'
           '    #criticalInfo { border-top:3px solid #2d3741; width:640px; }\n'
           '    #legalCopy p { font:11px Arial,sans-serif; color:#666; }\n')
    paras = "".join(f'<p style="margin:0 0 10px 0;">{para_html(p)}</p> ' for p in m["paras"])
    nav = (f'<td> <a href="{esc(track(mp, "/gp/css/order-history", "pe_yo"))}">{esc(L["orders"])}</a> </td> \n'
           '<td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> \n'
           f'<td> <a href="{esc(track(mp, "/gp/css/homepage.html", "pe_ya"))}">{esc(L["account"])}</a> </td> \n'
           '<td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> \n'
           f'<td> <a class="last" href="{esc(track(mp, "/", "pe_home"))}">{BRAND[mp]}</a> </td> \n')
    order_line = (f' {esc(L["order_hash"])} <a href="{esc(track(mp, "/gp/your-account/order-details?orderID=" + o, "pe_od"))}">{o}</a>'
                  if o else "")
    items = _items_rows_html(L, m, al)
    items_block = ""
    if items:
        items_block = (f'<tr><td> <table id="orderDetails" cellpadding="0" width="100%"> <tr><td colspan="3" '
                       f'style="font:bold 16px Arial,sans-serif;color:#cc6600;border-bottom:1px solid #ccc;padding:14px 0 6px 0;" align="{al}">'
                       f'{esc(m["ih"])}</td></tr> \n{items}</table> {_kept_html(L, m)}</td></tr> \n')
    refund = (f'<tr><td style="font:14px Arial,sans-serif;color:#333;padding:10px 0;">{esc(m["refund"])}</td></tr> \n'
              if m.get("refund") else "")
    help_ = esc(m["help"])
    signoff = "<br />".join(esc(x) for x in m["signoff"].split("\n"))
    body = (
        f' <body><img width="1" height="1" src="https://www.{mp}/gp/r.html?C={rid(13)}&amp;T=O&amp;U=https%3A%2F%2Fimages-eu.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif" /> \n'
        f'  <table id="container" cellpadding="0" dir="{L["dir"]}"> <tbody><tr> <td class="frame"> \n'
        '   <table id="main" cellpadding="0" width="100%"> <tbody>\n'
        '    <tr> <td> <table id="header" cellpadding="0" width="100%"> <tbody><tr> \n'
        f'      <td rowspan="2" class="logo"><a href="{esc(track(mp, "/", "pe_logo"))}"><img alt="{BRAND[mp]}" '
        f'src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel._V192234675_.gif" width="115" height="30" border="0" /></a></td> \n'
        f'      <td class="navigation"> <table align="{op}"> <tbody> <tr> \n{nav}</tr> </tbody> </table> </td> \n'
        f'     </tr> <tr> <td class="title"> <h2>{esc(m["title"])}</h2>{order_line} </td> </tr> </tbody></table> </td> </tr> \n'
        f'    <tr> <td> <table id="summary" cellpadding="0" width="100%"> <tbody><tr> <td align="{al}" style="font:14px Arial,sans-serif;color:#333;">'
        f'<span class="heading" style="font-weight:bold;">{esc(m["hello"])}</span> \n{paras}</td> </tr> </tbody></table> </td> </tr> \n'
        f'{items_block}{refund}'
        f'    <tr> <td> <table id="closing" cellpadding="0" width="100%"> <tbody><tr> <td align="{al}" style="font:14px Arial,sans-serif;color:#333;padding-top:12px;">'
        f' {help_} <p> <br />{signoff}</p> </td> </tr> </tbody></table> </td> </tr> \n'
        f'    <tr> <td> <table id="legalCopy" width="100%"> <tbody><tr> <td align="{al}"> \n{_footer_html(L, m)} </td> </tr> </tbody></table> </td> </tr> \n'
        '   </tbody></table> \n  </td> </tr> </tbody></table> \n </body>\n</html>\n')
    return _html_head(L, cs, m["title"], css) + body


def html_card(L, m, cs):
    mp, o = m["mp"], m["order"]
    rtl = L["dir"] == "rtl"
    al = "right" if rtl else "left"
    td = 'style="border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"'
    paras = "".join(
        f'<tr><td {td[:-1]}; font-size: 15px; line-height: 21px; color: rgb(0, 46, 54); padding-bottom: 10px" align="{al}">{para_html(p)}</td></tr>\n'
        for p in m["paras"])
    items = _items_rows_html(L, m, al)
    items_card = ""
    if items:
        items_card = (
            '<table class="card" style="background-color: rgb(255, 255, 255); width: 100%; margin-bottom: 5px; border-collapse: collapse !important">\n'
            f'<tr><td colspan="3" {td[:-1]}; font-size: 16px; font-weight: bold; color: rgb(0, 46, 54); padding: 16px 20px 6px 20px" align="{al}">{esc(m["ih"])}</td></tr>\n'
            f'{items}<tr><td colspan="3" style="padding: 0 20px 16px 20px">{_kept_html(L, m)}</td></tr>\n</table>\n')
    order_row = (f'<tr><td {td[:-1]}; font-size: 13px; color: rgb(86, 89, 89); padding-bottom: 14px" align="{al}">'
                 f'{esc(L["order_hash"])} <a href="{esc(track(mp, "/gp/your-account/order-details?orderID=" + o, "pe_od"))}" style="color: rgb(0, 113, 133)">{o}</a></td></tr>\n') if o else ""
    refund = (f'<tr><td {td[:-1]}; font-size: 14px; color: rgb(0, 46, 54); padding-top: 6px" align="{al}">{esc(m["refund"])}</td></tr>\n'
              if m.get("refund") else "")
    btn = ""
    if o:
        btn = (f'<table class="buttonComponent" style="margin-top: 16px; border-collapse: collapse !important"><tr>'
               f'<td align="center" style="background-color: rgb(255, 216, 20); border-radius: 20px; padding: 10px 22px">'
               f'<a href="{esc(track(mp, "/gp/css/order-history", "pe_btn"))}" style="color: rgb(15, 17, 17); text-decoration: none; font-size: 14px">{esc(L["btn"])}</a></td></tr></table>\n')
    body = (
        f' <body style="width: 100% !important; height: 100% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%">'
        f'<img width="1" height="1" src="https://www.{mp}/gp/r.html?C={rid(13)}&amp;K={rid(13)}&amp;T=O&amp;ref_=pe_opens" /> \n'
        f'  <table id="OutlookWrapper" style="width: 100%; border-collapse: collapse !important"><tbody><tr><td align="center" {td}> \n'
        f'   <table id="EmailWrapper" style="width: 100% !important; border-collapse: collapse !important" dir="{L["dir"]}"><tbody><tr><td align="center" {td}> \n'
        '    <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); border-collapse: collapse !important"><tbody><tr> \n'
        f'     <td class="emailBodyTD" style="width: 100%; padding: 23px 18px 21px 17px; font-family: Arial, sans-serif"> \n'
        f'      <a href="{esc(track(mp, "/", "pe_logo"))}"><table class="brandTable" style="margin-bottom: 20px; width: 100%"><tr><td align="center">'
        '<img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="Amazon" title="Amazon" class="brandImage" border="0" width="130" style="width: 130px" /></td></tr></table></a> \n'
        '      <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%; margin-bottom: 5px; border-top: 2px solid rgb(213, 219, 219); border-collapse: collapse !important"> \n'
        f'       <tr><td class="cardTD" align="{al}" style="width: 100%; padding: 30px 20px 30px 20px; font-family: Arial, sans-serif"> \n'
        f'        <table class="greetingTable" style="width: 100%"><tr><td {td[:-1]}; font-size: 18px; font-weight: bold; color: rgb(0, 46, 54)" align="{al}">{esc(m["hello"])}</td></tr></table> \n'
        f'        <table class="informationTable" style="width: 100%"><tr><td {td[:-1]}; font-size: 20px; line-height: 26px; color: rgb(0, 46, 54); padding: 6px 0 8px 0" align="{al}">{esc(m["title"])}</td></tr>\n'
        f'{order_row}{paras}{refund}</table>\n{btn}'
        '       </td></tr> \n      </table> \n'
        f'{items_card}'
        f'      <table class="card" style="background-color: rgb(255, 255, 255); width: 100%; border-collapse: collapse !important"><tr><td align="{al}" style="padding: 18px 20px; font: 13px Arial, sans-serif; color: rgb(0, 46, 54)">'
        f'{esc(m["help"])}<br /><br />{"<br />".join(esc(x) for x in m["signoff"].split(chr(10)))}</td></tr></table> \n'
        f'      <table class="footer" style="width: 100%"><tr><td align="{al}" style="padding: 14px 4px">{_footer_html(L, m)}'
        f'<p style="font: 11px Arial, sans-serif; color: rgb(102, 102, 102)">&copy;{m["year"]} {BRAND[mp]}</p></td></tr></table> \n'
        '     </td></tr></tbody></table> \n   </td></tr></tbody></table> \n  </td></tr></tbody></table> \n </body>\n</html>\n')
    return _html_head(L, cs, m["title"]) + body


def html_simple(L, m, cs):
    mp, o = m["mp"], m["order"]
    rtl = L["dir"] == "rtl"
    al = "right" if rtl else "left"
    f = "font-family:Verdana,Arial,sans-serif;font-size:13px;color:#000000;"
    rows = []
    for it in m.get("items") or []:
        rows.append(f'<tr><td style="{f}padding:4px 8px;" align="{al}">{esc(it[0])}'
                    + (f'<br /><font size="1" color="#666666">{esc(L["seller"])} {esc(it[3])}</font>' if len(it) > 3 and it[3] else "")
                    + f'</td><td style="{f}padding:4px 8px;" align="center">{it[1]}</td>'
                      f'<td style="{f}padding:4px 8px;" align="{al}">{esc(money(mp, it[2]))}</td></tr>\n')
    table = ""
    if rows:
        table = (f'<table width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #dddddd;margin:10px 0;">\n'
                 f'<tr bgcolor="#eeeeee"><td style="{f}font-weight:bold;padding:6px 8px;" align="{al}">{esc(m["ih"])}</td>'
                 f'<td style="{f}font-weight:bold;padding:6px 8px;" align="center">{esc(L["qty"])}</td>'
                 f'<td style="{f}font-weight:bold;padding:6px 8px;" align="{al}">{esc(L["price"])}</td></tr>\n'
                 + "".join(rows) + '</table>\n' + _kept_html(L, m))
    paras = "".join(f'<p style="{f}margin:0 0 12px 0;">{para_html(p)}</p>\n' for p in m["paras"])
    order_line = (f'<p style="{f}"><b>{esc(L["order_label"])}:</b> <a href="https://www.{mp}/gp/css/summary/edit.html?orderID={o}" style="color:#004b91;">{o}</a>'
                  + (f'<br /><b>{esc(L["placed"])}:</b> {esc(m["placed"])}' if m.get("placed") else "") + '</p>\n') if o else ""
    refund = f'<p style="{f}">{esc(m["refund"])}</p>\n' if m.get("refund") else ""
    body = (
        f' <body bgcolor="#ffffff" dir="{L["dir"]}">\n'
        f'<table width="600" cellpadding="0" cellspacing="0" border="0" align="center" dir="{L["dir"]}">\n'
        f'<tr><td style="border-bottom:3px solid #ff9900;padding:10px 0;" align="{al}"><a href="https://www.{mp}/ref=pe_logo">'
        f'<img src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/communications/amazon-logo-150._CB1198675309_.png" alt="{BRAND[mp]}" border="0" width="150" /></a></td></tr>\n'
        f'<tr><td style="padding:16px 0;" align="{al}">\n'
        f'<h3 style="font-family:Verdana,Arial,sans-serif;font-size:17px;color:#cc6600;margin:0 0 12px 0;">{esc(m["title"])}</h3>\n'
        f'<p style="{f}">{esc(m["hello"])}</p>\n{paras}{order_line}{table}{refund}'
        f'<p style="{f}">{esc(m["help"])}</p>\n'
        f'<p style="{f}">{"<br />".join(esc(x) for x in m["signoff"].split(chr(10)))}</p>\n'
        '</td></tr>\n'
        f'<tr><td style="border-top:1px solid #cccccc;padding-top:8px;" align="{al}">{_footer_html(L, m)}</td></tr>\n'
        '</table>\n </body>\n</html>\n')
    return _html_head(L, cs, m["title"]) + body


LAYOUTS = {"classic": html_classic, "card": html_card, "simple": html_simple}


# ==========================================================================
# LANGUAGE BOILERPLATE
# ==========================================================================
SV = {
    "code": "sv", "dir": "ltr", "html_lang": "sv-SE",
    "orders": "Dina beställningar", "account": "Ditt konto",
    "order_hash": "Beställning nr", "order_label": "Beställningsnummer", "placed": "Beställningsdatum",
    "qty": "Antal", "price": "Pris", "seller": "Säljs av:", "btn": "Visa beställningen",
    "hello": "Hej {n},", "kept": "Artiklar som fortfarande skickas",
    "ih_cancel": "Avbrutna artiklar",
    "notif_only": "Det här e-postmeddelandet skickades från en adress som bara används för utskick och inte kan "
                  "ta emot e-post. Svara inte på meddelandet.",
    "signoffs": ["Vi hoppas att vi snart ses igen.\nAmazon.se",
                 "Med vänliga hälsningar\nAmazon.se",
                 "Vänliga hälsningar,\nKundservice, Amazon.se",
                 "Tack för att du handlar hos oss.\nAmazon.se"],
    "helps": ["Har du frågor om beställningen hittar du svar under Hjälp och kundservice: https://www.amazon.se/gp/help/customer/display.html",
              "Du kan när som helst se status för dina beställningar under Dina beställningar: https://www.amazon.se/gp/css/order-history",
              "Behöver du mer hjälp? Kontakta oss via https://www.amazon.se/kontakta-oss",
              "Mer information om avbeställningar och återbetalningar finns på vår hjälpsida: https://www.amazon.se/gp/help/customer/display.html?nodeId=GKQNFKFK5CF3C54B"],
    "footers": [
        "Observera: Amazon.se ber dig aldrig att uppge ditt lösenord, fullständiga kortnummer eller engångskoder via "
        "e-post, sms eller telefon. Får du ett misstänkt meddelande som påstås komma från oss kan du rapportera det "
        "till stop-spoofing@amazon.se.",
        "Dina betalningsuppgifter lagras krypterat och hanteras i enlighet med våra säkerhetsrutiner. Läs mer om "
        "hur du känner igen nätfiske och falska e-postmeddelanden på https://www.amazon.se/gp/help/customer/display.html?nodeId=GNH4Q6ABAF5BB5S3.",
        "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Säkerhetstips: klicka aldrig på länkar i "
        "e-post som ber dig bekräfta ditt lösenord eller uppdatera dina betalningsuppgifter – gå i stället direkt "
        "till Ditt konto på Amazon.se.",
        "Du får det här meddelandet eftersom det gäller en beställning på ditt Amazon.se-konto. Betalningsmetoder, "
        "lösenord och tvåstegsverifiering hanterar du under Ditt konto > Inloggning och säkerhet.",
    ],
    "refunds": ["Du har inte debiterats för den här beställningen.",
                "Ett eventuellt reserverat belopp på ditt kort släpps automatiskt, vanligtvis inom några bankdagar.",
                "Om betalningen redan har dragits betalar vi tillbaka beloppet till samma betalningsmetod inom 3–5 arbetsdagar.",
                "Eftersom artikeln aldrig skickades har ingen debitering gjorts. En tillfällig reservation kan synas en kort tid på kontoutdraget.",
                "Om du betalade med presentkort har saldot förts tillbaka till ditt Amazon.se-konto.",
                "Återbetalningen på {amt} har påbörjats och syns på ditt konto inom 5–7 bankdagar."],
}

TR = {
    "code": "tr", "dir": "ltr", "html_lang": "tr-TR",
    "orders": "Siparişlerim", "account": "Hesabım",
    "order_hash": "Sipariş no.", "order_label": "Sipariş numarası", "placed": "Sipariş tarihi",
    "qty": "Adet", "price": "Fiyat", "seller": "Satıcı:", "btn": "Siparişi görüntüle",
    "hello": "Merhaba {n},", "kept": "Gönderilmeye devam edecek ürünler",
    "ih_cancel": "İptal edilen ürünler",
    "notif_only": "Bu e-posta, gelen iletileri kabul etmeyen bir bildirim adresinden gönderilmiştir. "
                  "Lütfen bu e-postayı yanıtlamayın.",
    "signoffs": ["Sizi yeniden görmeyi umuyoruz.\nAmazon.com.tr",
                 "Saygılarımızla,\nAmazon.com.tr Müşteri Hizmetleri",
                 "Bizi tercih ettiğiniz için teşekkür ederiz.\nAmazon.com.tr",
                 "İyi günler dileriz,\nAmazon.com.tr"],
    "helps": ["Siparişinizle ilgili sorularınız için Yardım ve Müşteri Hizmetleri sayfamızı ziyaret edebilirsiniz: https://www.amazon.com.tr/gp/help/customer/display.html",
              "Tüm siparişlerinizin durumunu Siparişlerim sayfasından takip edebilirsiniz: https://www.amazon.com.tr/gp/css/order-history",
              "Daha fazla yardıma ihtiyacınız olursa bize buradan ulaşabilirsiniz: https://www.amazon.com.tr/bize-ulasin",
              "İptal ve geri ödemeler hakkında ayrıntılı bilgiyi yardım sayfamızda bulabilirsiniz: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GKQNFKFK5CF3C54B"],
    "footers": [
        "Amazon.com.tr sizden hiçbir zaman e-posta, SMS veya telefon yoluyla şifrenizi, kart bilgilerinizi ya da "
        "doğrulama kodunuzu istemez. Şüpheli bir ileti alırsanız lütfen stop-spoofing@amazon.com.tr adresine bildirin.",
        "Ödeme bilgileriniz şifrelenerek güvenli biçimde saklanır. Kimlik avı (phishing) e-postalarını nasıl "
        "tanıyabileceğinizi öğrenmek için Yardım sayfamızı ziyaret edin.",
        "Amazon Turkey Perakende Hizmetleri Ltd. Şti., İstanbul. Güvenlik ipucu: Şifrenizi onaylamanızı veya ödeme "
        "bilgilerinizi güncellemenizi isteyen e-postalardaki bağlantılara tıklamayın; doğrudan Hesabım sayfasına gidin.",
        "Bu iletiyi, Amazon.com.tr hesabınızdaki bir siparişle ilgili olduğu için aldınız. Ödeme yöntemlerinizi, "
        "şifrenizi ve iki adımlı doğrulama ayarlarınızı Hesabım > Giriş ve güvenlik bölümünden yönetebilirsiniz.",
    ],
    "refunds": ["Bu sipariş için sizden herhangi bir ücret tahsil edilmedi.",
                "Kartınızda görünen provizyon, bankanız tarafından birkaç iş günü içinde kaldırılacaktır.",
                "Ödeme alınmışsa tutar 3-7 iş günü içinde aynı ödeme yöntemine iade edilecektir.",
                "Ürün gönderilmediği için tahsilat yapılmadı; hesap özetinizde kısa süreliğine geçici bir bloke görebilirsiniz.",
                "Hediye çeki ile ödeme yaptıysanız bakiye Amazon.com.tr hesabınıza geri yüklenmiştir.",
                "{amt} tutarındaki iadeniz başlatıldı; bankanıza bağlı olarak hesabınıza yansıması 10 iş gününü bulabilir."],
}

AR = {
    "code": "ar", "dir": "rtl", "html_lang": "ar",
    "orders": "طلباتك", "account": "حسابك",
    "order_hash": "الطلب رقم", "order_label": "رقم الطلب", "placed": "تاريخ الطلب",
    "qty": "الكمية", "price": "السعر", "seller": "البائع:", "btn": "عرض الطلب",
    "hello": "مرحبًا {n}،", "kept": "منتجات سيستمر شحنها",
    "ih_cancel": "المنتجات الملغاة",
    "notif_only": "تم إرسال هذه الرسالة من عنوان مخصص للإشعارات فقط ولا يستقبل الرسائل الواردة. يرجى عدم الرد على هذه الرسالة.",
    "signoffs": ["نتطلع لرؤيتك مجددًا.\n{brand}",
                 "مع أطيب التحيات،\nفريق خدمة العملاء في {brand}",
                 "شكرًا لتسوقك معنا.\n{brand}",
                 "مع خالص التحية،\n{brand}"],
    "helps": ["إذا كانت لديك أي أسئلة حول طلبك، تفضل بزيارة صفحة المساعدة وخدمة العملاء: https://www.{mp}/gp/help/customer/display.html",
              "يمكنك متابعة حالة جميع طلباتك من صفحة «طلباتك»: https://www.{mp}/gp/css/order-history",
              "هل تحتاج إلى مزيد من المساعدة؟ تواصل معنا عبر: https://www.{mp}/contact-us",
              "لمزيد من المعلومات حول الإلغاء واسترداد المبالغ، راجع صفحة المساعدة: https://www.{mp}/gp/help/customer/display.html?nodeId=GKQNFKFK5CF3C54B"],
    "footers": [
        "لن تطلب منك أمازون أبدًا عبر البريد الإلكتروني أو الرسائل النصية أو الهاتف كلمة المرور أو بيانات بطاقتك "
        "الكاملة أو رمز التحقق لمرة واحدة. إذا تلقيت رسالة مريبة تدّعي أنها منّا، يرجى الإبلاغ عنها.",
        "تُحفظ معلومات الدفع الخاصة بك بشكل آمن ومشفّر. تعرّف على كيفية التمييز بين رسائلنا ورسائل التصيد "
        "الاحتيالي من خلال صفحة المساعدة على {brand}.",
        "نصيحة أمنية: لا تنقر على الروابط الواردة في رسائل تطلب منك تأكيد كلمة المرور أو تحديث معلومات الدفع، "
        "بل انتقل مباشرةً إلى «حسابك» على {brand}.",
        "تلقيت هذه الرسالة لأنها تتعلق بطلب في حسابك على {brand}. يمكنك إدارة طرق الدفع وكلمة المرور "
        "والتحقق بخطوتين من «حسابك» > «تسجيل الدخول والأمان».",
    ],
    "refunds": ["لم يتم خصم أي مبلغ منك مقابل هذا الطلب.",
                "سيُلغى أي مبلغ محجوز على بطاقتك تلقائيًا خلال بضعة أيام عمل.",
                "إذا كان المبلغ قد خُصم بالفعل، فسنردّه إلى طريقة الدفع نفسها خلال 3 إلى 5 أيام عمل.",
                "بما أن الطلب لم يُشحن، لم نحصّل أي مبلغ، وقد يظهر حجز مؤقت في كشف حسابك لفترة قصيرة.",
                "إذا استخدمت رصيد بطاقة هدايا، فقد أُعيد الرصيد إلى حسابك على {brand}.",
                "بدأنا إجراءات استرداد مبلغ {amt}، وقد يستغرق ظهوره في حسابك حتى 10 أيام عمل حسب البنك."],
}


# ==========================================================================
# MAIL DATA
#   type "amz": rendered with the Amazon layouts above
#   type "raw": headers/bodies written out by hand (other senders, phishing)
#   placeholders: {o} order number, {n} first name, {amt} total of items,
#                 {d} order date, {d2} a date a few days after the mail
# ==========================================================================
def N(cause, sr, **kw):
    return dict(type="amz", kind="notice", cause=cause, sr=sr, **kw)


def NN(**kw):
    return dict(type="amz", kind="non_notice", cause=None, sr=False, **kw)


def RAW(kind, **kw):
    kw.setdefault("cause", None)
    kw.setdefault("sr", False)
    return dict(type="raw", kind=kind, **kw)


SV_MAILS = [
    # ---------------- inventory_shortage ----------------
    N("inventory_shortage", True, mp="amazon.se", snd="order-update", rc=0,
      subj="Din Amazon.se-beställning #{o} har avbrutits",
      title="Avbeställning", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Vi beklagar att vi har varit tvungna att avbryta din beställning. Artikeln nedan har tagit slut i "
             "vårt lager och vi kommer inte att kunna få fram den inom rimlig tid.",
             "Vi förstår att det här är en besvikelse och ber om ursäkt för besväret."],
      items=[("Philips Sonicare ProtectiveClean 4300 HX6800/44 eltandborste, svart", 1, 499.00, "Amazon EU S.à r.l.")],
      refund=0, note="out of stock, classic html"),
    N("inventory_shortage", True, mp="amazon.se", snd="marketplace-messages", rc=1,
      subj="Säljaren har avbrutit din beställning {o}",
      title="Meddelande från säljaren", fmt="text", tl=1, cs="iso-8859-1", cte="qp", auth=False,
      paras=["Säljaren Nordic Gadget Store har avbrutit beställningen nedan.",
             "Det är inget fel på din betalning – säljaren har meddelat oss att varan är slutsåld och att "
             "leverantören inte kan skicka fler exemplar.",
             "Vill du fortfarande köpa artikeln kan du kontrollera om andra säljare erbjuder den på produktsidan."],
      items=[("Anker PowerCore 10000 PD Redux powerbank, 25 W", 2, 279.00, "Nordic Gadget Store")],
      refund=1, note="seller out of stock; denies payment problem"),
    N("inventory_shortage", True, mp="amazon.se", snd="auto-confirm", rc=2,
      subj="Information om din förhandsbeställning hos Amazon.se",
      title="Din förhandsbeställning kan inte levereras", fmt="html", lay="card", cs="utf-8", cte="base64", auth=True,
      paras=["Förlaget har meddelat oss att upplagan inte räcker till alla förhandsbeställningar. Vi kommer därför "
             "inte att kunna leverera ditt exemplar och har tagit bort förhandsbeställningen.",
             "Om boken trycks i en ny upplaga kan du förhandsbeställa den på nytt från produktsidan."],
      items=[("Samlade sagor – jubileumsutgåva i presentask (inbunden)", 1, 649.00, None)],
      refund=0, note="pre-order cannot be filled"),
    N("inventory_shortage", False, mp="amazon.se", snd="auto-confirm", rc=3, thread="sv_inv",
      subj="Din beställning #{o} har avbrutits",
      title="Avbeställning", fmt="text", tl=1, cs="utf-8", cte="8bit", auth=False,
      paras=["Din beställning med numret nedan har nu avbrutits. Följande artikel kommer inte att skickas till dig."],
      items=[("Moccamaster KBG Select kaffebryggare, polished silver", 1, 2795.00, "Amazon EU S.à r.l.")],
      refund=3, note="thread: cause from earlier mail"),
    # ---------------- payment_issue ----------------
    N("payment_issue", True, mp="amazon.se", snd="payments-messages", rc=4,
      subj="Betalningen nekades – beställning {o} har avbrutits",
      title="Betalningen kunde inte genomföras", fmt="text", tl=0, cs="iso-8859-1", cte="qp", auth=True,
      paras=["Kortutgivaren nekade debiteringen av ditt Visa-kort som slutar på 4821, och därför har vi avbrutit "
             "beställningen nedan.",
             "Du kan lägga beställningen på nytt med ett annat kort. Kontrollera gärna att giltighetstid och "
             "faktureringsadress stämmer under Ditt konto > Dina betalningar."],
      items=[("Sennheiser HD 450BT trådlösa hörlurar med brusreducering, svart", 1, 1190.00, "Amazon EU S.à r.l.")],
      refund=0, note="card declined, reason first"),
    N("payment_issue", True, mp="amazon.se", snd="payments-messages", rc=5,
      subj="Din Amazon.se-beställning har avbrutits",
      title="Beställningen har avbrutits", fmt="html", lay="classic", cs="utf-8", cte="qp", auth=True,
      paras=["För en vecka sedan bad vi dig att uppdatera betalningsuppgifterna för den här beställningen. Eftersom "
             "vi inte har fått någon giltig betalningsmetod inom tidsfristen har beställningen nu avbrutits.",
             "Vill du fortfarande ha artiklarna? Lägg dem i varukorgen igen och välj en betalningsmetod som fungerar."],
      items=[("LEGO Technic 42151 Bugatti Bolide", 1, 459.00, "Amazon EU S.à r.l."),
             ("LEGO City 60337 Höghastighetståg", 1, 999.00, "Amazon EU S.à r.l.")],
      refund=1, note="payment revision not made in time"),
    N("payment_issue", True, mp="amazon.se", snd="auto-confirm", rc=0,
      subj="Viktigt: din beställning {o} kunde inte slutföras",
      title="Beställningen kunde inte slutföras", fmt="text", tl=1, cs="utf-8", cte="8bit", auth=False,
      paras=["Saldot på ditt presentkort räckte inte till hela orderbeloppet, och ingen annan betalningsmetod var "
             "kopplad till beställningen. Vi har därför varit tvungna att avbryta den.",
             "Du kan fylla på saldot eller lägga till ett betalkort och sedan beställa igen."],
      items=[("Fjällräven Kånken ryggsäck 16 l, Navy", 1, 1095.00, None)],
      refund=4, note="insufficient gift card balance"),
    N("payment_issue", False, mp="amazon.se", snd="order-update", rc=1, thread="sv_pay",
      subj="Beställning {o} har avbrutits",
      title="Din beställning har avbrutits", fmt="html", lay="card", cs="utf-8", cte="qp", auth=False,
      paras=["Vi har avbrutit din beställning. Artiklarna nedan kommer inte att skickas."],
      items=[("Bosch Serie 4 ErgoMaster MSM4W220 stavmixer, 600 W", 1, 549.00, "Amazon EU S.à r.l."),
             ("Tefal Ingenio Emotion stekpannor, 3 delar", 1, 1299.00, "Amazon EU S.à r.l.")],
      refund=0, note="thread: cause from earlier mail"),
    # ---------------- technical_issue ----------------
    N("technical_issue", True, mp="amazon.se", snd="order-update", rc=2,
      subj="Viktig information om din beställning hos Amazon.se",
      title="Information om din beställning", fmt="html", lay="simple", cs="iso-8859-1", cte="8bit", auth=True,
      paras=["När du lade din beställning visades ett felaktigt pris för artikeln nedan på grund av ett fel hos oss "
             "– 89 kr i stället för 899 kr. Vi har därför avbrutit beställningen.",
             "Artikeln finns kvar att köpa till rätt pris om du fortfarande är intresserad. Vi ber om ursäkt för "
             "förvirringen."],
      items=[("JBL Flip 6 bärbar Bluetooth-högtalare, blå", 1, 89.00, "Amazon EU S.à r.l.")],
      refund=2, placed=True, note="pricing error"),
    N("technical_issue", True, mp="amazon.se", snd="auto-confirm", rc=3,
      subj="Din beställning {o} har avbrutits",
      title="Avbeställning", fmt="text", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Vi avbryter beställningen nedan. Medan den behandlades drabbades vårt ordersystem av ett fel som gjorde "
             "att beställningen bara registrerades delvis, och den kan därför inte skickas som den är.",
             "Felet är åtgärdat och du är välkommen att beställa igen."],
      items=[("Xiaomi Redmi Note 13 Pro 5G, 256 GB, Midnight Black", 1, 3490.00, "Amazon EU S.à r.l.")],
      refund=2, note="system error during processing"),
    N("technical_issue", True, mp="amazon.se", snd="order-update", rc=4,
      subj="En artikel i din beställning har avbrutits",
      title="Ändring i din beställning", fmt="html", lay="card", cs="utf-8", cte="base64", auth=False,
      paras=[("Orsak:", "Felaktig produktinformation i annonsen."),
             "Annonsen angav fel storlek för artikeln nedan, så det du beställde stämmer inte med varan som skulle ha "
             "skickats. Vi har avbokat artikeln för att du inte ska få fel produkt. Övriga artiklar skickas som vanligt."],
      items=[("Stiga Pro Carbon+ bordtennisracket (beskrivet som 2-pack)", 1, 399.00, None)],
      kept=[("Stiga Cup bordtennisbollar, 6-pack", 1)],
      refund=3, note="listing error, labelled reason line, partial"),
    # ---------------- fraud_prevention ----------------
    N("fraud_prevention", True, mp="amazon.se", snd="cs-reply", rc=5,
      subj="Din beställning {o} har avbrutits av säkerhetsskäl",
      title="Säkerhetsmeddelande", fmt="alt", lay="simple", tl=1, cs="utf-8", cte="qp", auth=True,
      paras=["Vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto i samband med den här beställningen. För att "
             "skydda dig har vi avbrutit beställningen och tillfälligt begränsat kontot.",
             "Logga in på Amazon.se som vanligt, så visas anvisningar för hur du bekräftar din identitet. Vi ber "
             "aldrig om ditt lösenord via e-post."],
      items=[("Apple AirPods Pro (2:a generationen) med MagSafe-fodral (USB-C)", 1, 2690.00, "Amazon EU S.à r.l.")],
      refund=1, note="unusual account activity"),
    N("fraud_prevention", True, mp="amazon.se", snd="order-update", rc=0,
      subj="Beställningar på ditt konto har avbrutits",
      title="Ditt konto väntar på verifiering", fmt="html", lay="classic", cs="utf-8", cte="qp", auth=False,
      paras=["Ditt konto är spärrat tills vi har kunnat verifiera några uppgifter. Beställningar som läggs under "
             "tiden kan inte behandlas och har avbrutits – det gäller även beställningen nedan.",
             "När verifieringen är klar kan du handla som vanligt igen."],
      items=[("Nintendo Switch Lite, turkos", 1, 2290.00, "Amazon EU S.à r.l.")],
      refund=0, note="account on hold pending verification"),
    N("fraud_prevention", True, mp="amazon.se", snd="cs-reply", rc=1,
      subj="Angående din beställning {o}",
      title="Angående din beställning", fmt="text", tl=1, cs="iso-8859-1", cte="8bit", auth=False,
      paras=["Det här beror inte på något problem med ditt kort. Beställningen fastnade i en av våra rutinmässiga "
             "säkerhetskontroller och vi kunde inte bekräfta att den hade lagts av kontots ägare, så vi valde att "
             "stoppa den.",
             "Om det var du som beställde kan du göra en ny beställning. Den kan då behöva granskas innan den skickas."],
      items=[("Garmin Forerunner 265 GPS-klocka, svart", 1, 4190.00, "Amazon EU S.à r.l.")],
      refund=3, note="security review; denies card problem"),
    # ---------------- customer_request ----------------
    N("customer_request", True, mp="amazon.se", snd="auto-confirm", rc=2,
      subj="Avbeställningen är genomförd: \"Bosch Serie 4 ErgoMaster MSM4W220 stavmixer...\"",
      title="Avbeställningen är klar", fmt="alt", lay="card", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Vi har tagit emot din begäran och avbeställt artikeln nedan. Du behöver inte göra något mer."],
      items=[("Bosch Serie 4 ErgoMaster MSM4W220 stavmixer, 600 W", 1, 549.00, "Amazon EU S.à r.l.")],
      refund=0, note="customer cancelled, successful cancellation"),
    N("customer_request", True, mp="amazon.se", snd="auto-confirm", rc=3,
      subj="Delvis avbeställning i din Amazon.se-beställning",
      title="Delvis avbeställning", fmt="text", tl=0, cs="utf-8", cte="base64", auth=False,
      paras=["Som du bad om har en artikel tagits bort från din beställning. Övriga artiklar skickas som planerat.",
             ("Orsak till avbeställning:", "Avbeställd av kunden")],
      items=[("Zoégas Skånerost bryggkaffe 450 g, 6-pack", 1, 329.00, "Amazon EU S.à r.l.")],
      kept=[("Eldorado kaffefilter nr 4, 100 st", 2)],
      refund=5, note="partial, labelled customer cancel"),
    N("customer_request", True, mp="amazon.se", snd="auto-confirm", rc=4,
      subj="Du har avbeställt beställning {o}",
      title="Avbeställd", fmt="text", tl=1, cs="utf-8", cte="qp", auth=True,
      paras=["Du avbeställde nyss beställning nr {o}.", "Status: AVBESTÄLLD"],
      items=[("Kindle Paperwhite (16 GB), med reklam", 1, 1790.00, "Amazon EU S.à r.l.")],
      refund=None, note="customer cancelled, terse"),
    # ---------------- unknown: no reason ----------------
    N("unknown", False, mp="amazon.se", snd="order-update", rc=5,
      subj="Din Amazon.se-beställning #{o} har avbrutits",
      title="Avbeställning", fmt="text", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Vi vill informera dig om att beställningen nedan har avbrutits."],
      items=[("Tefal Easy Fry XXL airfryer EY801D, 5,6 l", 1, 1149.00, "Amazon EU S.à r.l.")],
      refund=1, note="no reason"),
    N("unknown", False, mp="amazon.se", snd="order-update", rc=0,
      subj="1 artikel har avbrutits från din Amazon.se-beställning",
      title="Artikel avbruten", fmt="html", lay="simple", cs="iso-8859-1", cte="qp", auth=False,
      paras=["Följande artikel i din beställning har avbokats. Övriga artiklar påverkas inte och levereras enligt "
             "tidigare besked."],
      items=[("Rubbermaid Brilliance matlådor, 10 delar", 1, 389.00, "Amazon EU S.à r.l.")],
      kept=[("OXO Good Grips salladsslunga", 1)],
      refund=3, placed=True, note="no reason, partial"),
    N("unknown", False, mp="amazon.se", snd="no-reply", rc=1,
      subj="Information från Amazon.se",
      title="Beställningen är avbruten", fmt="text", tl=1, cs="utf-8", cte="8bit", auth=False,
      paras=["Vi har avbrutit beställningen nedan och artiklarna kommer inte att skickas.",
             "Om du fortfarande vill ha dem kan du beställa på nytt när som helst."],
      items=[("Logitech MX Master 3S trådlös mus, grafit", 1, 1099.00, "Amazon EU S.à r.l.")],
      refund=2, note="no reason"),
    # ---------------- unknown: other reason ----------------
    N("unknown", True, mp="amazon.se", snd="order-update", rc=2,
      subj="Din Amazon.se-beställning #{o} har avbrutits",
      title="Vi kunde inte leverera till din adress", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Leveransadressen du angav kan inte användas för den här artikeln: skrymmande varor kan inte lämnas hos "
             "ett paketombud eller skickas till en boxadress. Därför har vi avbrutit beställningen.",
             "Lägg gärna till en gatuadress under Ditt konto > Dina adresser och beställ sedan igen."],
      items=[("Sackit Cobana loungestol för utomhusbruk, grå", 1, 2499.00, None)],
      refund=0, note="address undeliverable"),
    N("unknown", True, mp="amazon.se", snd="auto-confirm", rc=3,
      subj="Din beställning {o} kunde inte skickas",
      title="Beställningen kan inte skickas", fmt="text", tl=1, cs="utf-8", cte="base64", auth=True,
      paras=["På grund av tull- och importbestämmelser kan artikeln inte skickas till leveransadressen i Norge. "
             "Vi har därför avbrutit beställningen.",
             "Du kan fortfarande beställa artikeln till en adress i Sverige."],
      items=[("Victorinox Swiss Army Huntsman fickkniv", 1, 449.00, "Amazon EU S.à r.l.")],
      refund=1, note="cannot ship to destination country"),
    # ---------------- thread first mails (non_notice) ----------------
    NN(mp="amazon.se", snd="payments-messages", rc=1, thread_first="sv_pay",
       subj="Åtgärd krävs: uppdatera betalningen för beställning {o}",
       title="Vi kunde inte debitera ditt kort", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
       paras=["Vi försökte debitera ditt Mastercard som slutar på 0937 för beställningen nedan, men betalningen gick "
              "inte igenom.",
              "Uppdatera dina betalningsuppgifter senast {d2} så att vi kan skicka beställningen. Gå till Dina "
              "beställningar, välj beställningen och klicka på \"Ändra betalningsmetod\"."],
       items=[("Bosch Serie 4 ErgoMaster MSM4W220 stavmixer, 600 W", 1, 549.00, "Amazon EU S.à r.l."),
              ("Tefal Ingenio Emotion stekpannor, 3 delar", 1, 1299.00, "Amazon EU S.à r.l.")],
       ih="Artiklar i beställningen", refund=None, note="thread"),
    NN(mp="amazon.se", snd="order-update", rc=3, thread_first="sv_inv",
       subj="Leveransen av din beställning {o} är försenad",
       title="Försenad leverans", fmt="text", tl=0, cs="utf-8", cte="qp", auth=False,
       paras=["Vi har tyvärr inte lyckats få fram artikeln nedan från vår leverantör och vet i nuläget inte när den "
              "blir tillgänglig.",
              "Vi hör av oss så snart vi vet mer. Du behöver inte göra något, men om du inte vill vänta kan du "
              "avbeställa artikeln under Dina beställningar."],
       items=[("Moccamaster KBG Select kaffebryggare, polished silver", 1, 2795.00, "Amazon EU S.à r.l.")],
       ih="Försenad artikel", refund=None, note="thread"),
    # ---------------- other non-notices ----------------
    NN(mp="amazon.se", snd="shipment-tracking", rc=4,
       subj="Din Amazon.se-beställning #{o} har skickats",
       title="Leveransbekräftelse", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
       paras=["Vi vill meddela att vi har skickat din artikel. Beställningen är på väg och kan inte längre ändras.",
              ("Beräknad leverans:", "{d2}"),
              "Paketet levereras av PostNord. Du kan följa försändelsen under Dina beställningar.",
              "Du har rätt att ångra köpet inom 14 dagar från att du tagit emot varan. Läs mer om avbeställning och "
              "returer på vår hjälpsida."],
       items=[("Kindle Paperwhite (16 GB), med reklam", 1, 1790.00, "Amazon EU S.à r.l.")],
       ih="Skickade artiklar", refund=None, note="shipping confirmation"),
    NN(mp="amazon.se", snd="return", rc=5,
       subj="Din återbetalning för {o} har behandlats",
       title="Återbetalning", fmt="text", tl=1, cs="iso-8859-1", cte="qp", auth=False,
       paras=["Vi har tagit emot din retur och återbetalat {amt} till ditt Visa-kort som slutar på 4821.",
              "Det kan ta 3–5 bankdagar innan beloppet syns på ditt konto. Beställningen i övrigt påverkas inte."],
       items=[("Sennheiser HD 450BT trådlösa hörlurar med brusreducering, svart", 1, 1190.00, None)],
       ih="Returnerade artiklar", refund=None, note="return/refund confirmation"),
    NN(mp="amazon.se", snd="digital-no-reply", rc=0, order_less=True,
       subj="Ditt Amazon Prime-medlemskap har sagts upp",
       title="Uppsägning av Prime bekräftad", fmt="html", lay="card", cs="utf-8", cte="base64", auth=True,
       paras=["Vi bekräftar att du har sagt upp ditt Amazon Prime-medlemskap. Du kan fortsätta använda dina "
              "förmåner, som fri frakt och Prime Video, till och med {d2}. Därefter debiteras du inte längre.",
              "Ångrar du dig kan du återaktivera medlemskapet när som helst under Hantera ditt Prime-medlemskap.",
              "Dina befintliga beställningar påverkas inte av uppsägningen."],
       items=[], refund=None, note="Prime membership cancelled"),
]

SV_RAW = [
    RAW("non_notice", lang="sv", mp=None, note="other retailer (CDON) order cancellation",
        frm=("CDON", "kundservice@info.cdon.se"), rc=1, fmt="html", cs="utf-8", cte="qp",
        subj="Din order 80412957 har makulerats",
        html_body=[("h", "Din order har makulerats"),
                   ("p", "Hej {n}!"),
                   ("p", "Tyvärr har vi behövt makulera din order 80412957 eftersom säljaren inte kunde leverera "
                         "produkten. Pengarna för ordern har inte dragits, och en eventuell reservation försvinner "
                         "inom några dagar."),
                   ("t", [("Produkt", "Antal", "Pris"), ("Marshall Major IV hörlurar, svart", "1", "1 090 kr")]),
                   ("p", "Hitta liknande produkter på cdon.se – vi har tusentals erbjudanden varje dag."),
                   ("small", "CDON AB, Box 385, 201 23 Malmö. Du får det här mejlet eftersom du har handlat hos CDON.")]),
    RAW("non_notice", lang="sv", mp=None, note="friend says they cancelled their Amazon order",
        frm=("Johan Lindqvist", "johan.lindqvist82@gmail.com"), rc=2, fmt="text", cs="utf-8", cte="8bit",
        subj="Re: hörlurarna",
        text="Hej!\n\nNej, det blev inget med dem till slut. Jag avbeställde min Amazon-beställning i går kväll, "
             "de hade ändå skjutit upp leveransen två gånger och nu står det att de är slut i lager. Köpte ett par "
             "på Elgiganten i stället, så jag hämtar dem på lördag.\n\nSes på middagen? Ta med Erik om han har tid.\n\n"
             "/Johan\n\n> 15 okt. 2025 kl. 21:04 skrev Sara Nilsson <sara.nilsson@outlook.com>:\n>\n"
             "> Fick du hörlurarna från Amazon till slut?\n"),
]

SV_PHISH = [
    RAW("lookalike", lang="sv", mp=None, cause="payment_issue", sr=True,
        note="look-alike domain, link text shows amazon.se but href elsewhere",
        frm=("Amazon.se", "service@amazon-se-kundtjanst.com"), rc=3, fmt="html", cs="utf-8", cte="qp",
        subj="Din beställning #403-8841207-5513920 har avbrutits – betalningen misslyckades",
        auth_fail="dkim=pass header.d=amazon-se-kundtjanst.com; spf=pass smtp.mailfrom=amazon-se-kundtjanst.com; dmarc=pass header.from=amazon-se-kundtjanst.com",
        html_body=[("logo", None),
                   ("p", "Bästa kund,"),
                   ("p", "Vi kunde inte behandla betalningen för din senaste beställning #403-8841207-5513920 och den "
                         "har därför avbrutits. För att undvika att ditt konto stängs måste du bekräfta din "
                         "betalningsinformation inom 24 timmar."),
                   ("a", ("https://www.amazon.se/gp/css/account/payment", "http://amazon-se.verifiera-konto.ru/login?id=5513920")),
                   ("p", "Om du inte uppdaterar dina uppgifter kommer alla framtida beställningar att spärras."),
                   ("small", "© 2025 Amazon.se. Alla rättigheter förbehållna.")]),
    RAW("lookalike", lang="sv", mp=None, cause="fraud_prevention", sr=True,
        note="homoglyph display name (Greek Alpha), suspended + code",
        frm=("Αmazon.se Säkerhet", "noreply@amaz0n-orders.net"), rc=4, fmt="text", cs="utf-8", cte="base64",
        subj="Ditt konto har spärrats och din beställning har annullerats",
        text="Hej,\n\nPå grund av misstänkt inloggning har ditt Amazon-konto spärrats och din senaste beställning har "
             "annullerats.\n\nFör att låsa upp kontot och återställa beställningen, ange följande kod på vår "
             "säkerhetssida inom 12 timmar:\n\n    Verifieringskod: 883-194\n    https://amaz0n-orders.net/se/unlock\n\n"
             "Om du inte gör detta raderas kontot permanent.\n\nAmazon Säkerhetsteam\n"),
    RAW("lookalike", lang="sv", mp=None, cause="unknown", sr=False,
        note="free-mail sender, callback phone number, malformed order number",
        frm=("Amazon Kundservice", "amazon.se.kundservice@gmail.com"), rc=5, fmt="text", cs="iso-8859-1", cte="qp",
        subj="Avbeställning av order #12-4471093-88",
        text="Hej kund!\n\nDin beställning #12-4471093-88 (Apple iPhone 15 Pro 256 GB, 14 990 kr) har annullerats.\n\n"
             "Om du INTE har begärt detta eller vill ha pengarna tillbaka, ring vår kundtjänst omedelbart på "
             "+46 8 517 974 20 (öppet dygnet runt).\n\nHa ditt kortnummer redo när du ringer så att vi kan "
             "identifiera återbetalningen.\n\nMvh\nAmazon Kundservice Sverige\n"),
    RAW("lookalike", lang="sv", mp=None, cause="inventory_shortage", sr=True,
        note="reply with card details to get refund",
        frm=("Amazon.se Order", "order@secure-amazon-se.com"), rc=0, fmt="alt", cs="utf-8", cte="8bit",
        subj="Beställning 302-5519284-1170346: artikeln är slut i lager",
        text="Hej,\n\nArtikeln i din beställning 302-5519284-1170346 är tyvärr slut i lager och beställningen har "
             "avbrutits.\n\nFör att vi ska kunna betala tillbaka 2 349 kr behöver du svara på detta mejl med:\n"
             "- kortnummer\n- utgångsdatum\n- CVC-kod\n\nÅterbetalningen sker inom 24 timmar efter att vi fått "
             "dina uppgifter.\n\nVänliga hälsningar\nAmazon.se Orderavdelning\n",
        html_body=[("logo", None), ("p", "Hej,"),
                   ("p", "Artikeln i din beställning 302-5519284-1170346 är tyvärr slut i lager och beställningen har avbrutits."),
                   ("p", "För att vi ska kunna betala tillbaka 2 349 kr behöver du svara på detta mejl med kortnummer, "
                         "utgångsdatum och CVC-kod."),
                   ("p", "Återbetalningen sker inom 24 timmar efter att vi fått dina uppgifter."),
                   ("p", "Vänliga hälsningar<br>Amazon.se Orderavdelning")]),
    RAW("lookalike", lang="sv", mp=None, cause="technical_issue", sr=True,
        note="subdomain look-alike, system error claim, href elsewhere",
        frm=("Amazon.se", "no-reply@amazon.se.orderstatus-info.com"), rc=1, fmt="html", cs="utf-8", cte="base64",
        subj="Ett systemfel har avbrutit din beställning",
        auth_fail="dkim=none; spf=softfail smtp.mailfrom=orderstatus-info.com; dmarc=none header.from=orderstatus-info.com",
        html_body=[("logo", None), ("h", "Ett systemfel har avbrutit din beställning"),
                   ("p", "Hej {n},"),
                   ("p", "På grund av ett tekniskt fel i vårt betalsystem har din beställning 405-3390125-7734 avbrutits "
                         "automatiskt. Logga in inom 48 timmar för att återaktivera beställningen och behålla ditt "
                         "erbjudande."),
                   ("a", ("Logga in på Amazon.se", "https://amazon.se.orderstatus-info.com/signin?ref=reactivate")),
                   ("small", "Amazon EU S.à r.l. – Detta är ett automatiskt meddelande.")]),
]


TR_MAILS = [
    # ---------------- inventory_shortage ----------------
    N("inventory_shortage", True, mp="amazon.com.tr", snd="order-update", rc=0,
      subj="Amazon.com.tr siparişiniz #{o} iptal edildi",
      title="Sipariş İptali", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Aşağıdaki ürünün stoklarımızda kalmadığını ve yakın zamanda yeniden temin edilemeyeceğini üzülerek "
             "bildiririz. Bu nedenle siparişinizi iptal etmek zorunda kaldık.",
             "Yaşattığımız hayal kırıklığı için özür dileriz."],
      items=[("Philips Airfryer XL HD9270/90 Essential, 6,2 L, Siyah", 1, 3299.00, "Amazon.com.tr")],
      refund=0, note="out of stock, classic html"),
    N("inventory_shortage", True, mp="amazon.com.tr", snd="marketplace-messages", rc=1,
      subj="Satıcı siparişinizi iptal etti: {o}",
      title="Satıcıdan bilgilendirme", fmt="text", tl=1, cs="iso-8859-9", cte="qp", auth=False,
      paras=["Siparişinizdeki ürünü gönderecek olan Ege Ev Gereçleri, ürünü tedarik edemediği için siparişi iptal etti.",
             "Ödemenizle ilgili herhangi bir sorun bulunmuyor. Ürünü başka bir satıcıdan almak isterseniz ürün "
             "sayfasındaki diğer teklifleri inceleyebilirsiniz."],
      items=[("Korkmaz Perla 4 parça çaydanlık takımı, inox", 1, 1149.90, "Ege Ev Gereçleri")],
      refund=1, note="seller could not source item; denies payment problem"),
    N("inventory_shortage", True, mp="amazon.com.tr", snd="auto-confirm", rc=2,
      subj="Ön siparişinizle ilgili önemli bilgilendirme",
      title="Ön siparişiniz karşılanamıyor", fmt="html", lay="card", cs="utf-8", cte="base64", auth=True,
      paras=["Yayınevinden aldığımız bilgiye göre, ön sipariş verdiğiniz özel baskının tamamı tükendi ve yeni bir "
             "baskı planlanmıyor. Ön siparişinizi karşılayamayacağımız için iptal ettik.",
             "İlginiz için teşekkür ederiz; standart baskı ürün sayfasında satışta."],
      items=[("Kürk Mantolu Madonna – Numaralı Özel Ciltli Baskı", 1, 890.00, None)],
      refund=0, note="pre-order cannot be filled"),
    N("inventory_shortage", True, mp="amazon.com.tr", snd="order-update", rc=3,
      subj="Siparişiniz hakkında: {o}",
      title="Siparişiniz hakkında", fmt="text", tl=0, cs="utf-8", cte="8bit", auth=False,
      paras=["Bu siparişteki ürünü tedarikçimizden teslim alamadık ve ne zaman gelebileceğine dair elimizde bir bilgi "
             "yok. Sizi belirsiz bir süre bekletmek istemediğimiz için siparişinizi iptal ediyoruz."],
      items=[("Logitech MX Keys S kablosuz klavye, Türkçe Q, grafit", 1, 4199.00, "Amazon.com.tr")],
      refund=3, note="supplier did not deliver, implied shortage"),
    # ---------------- payment_issue ----------------
    N("payment_issue", True, mp="amazon.com.tr", snd="payments-messages", rc=4,
      subj="Ödeme reddedildi: siparişiniz iptal edildi",
      title="Ödeme alınamadı", fmt="text", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Siparişiniz için ödeme almaya çalıştık, ancak bankanız 7712 ile biten Mastercard kartınızdan yapılan "
             "çekimi onaylamadı. Bu nedenle siparişiniz iptal edilmiştir.",
             "Dilerseniz farklı bir kartla yeniden sipariş verebilirsiniz."],
      items=[("Xiaomi Redmi Note 13 128 GB, Gece Siyahı (İthalatçı Garantili)", 1, 11499.00, "Amazon.com.tr")],
      refund=0, note="card declined"),
    N("payment_issue", True, mp="amazon.com.tr", snd="payments-messages", rc=5,
      subj="Amazon.com.tr siparişiniz iptal edildi",
      title="Siparişiniz iptal edildi", fmt="html", lay="classic", cs="iso-8859-9", cte="qp", auth=False,
      paras=["Ödeme bilgilerinizi güncellemeniz için tanıdığımız süre doldu ve ödemeyi tamamlayamadık. "
             "Siparişinizi bu yüzden iptal ettik.",
             "Ürünleri hâlâ almak istiyorsanız geçerli bir ödeme yöntemiyle yeniden sipariş verebilirsiniz."],
      items=[("Karaca Hatır Plus Mod Türk kahve makinesi, bakır", 1, 2499.00, "Amazon.com.tr"),
             ("Kurukahveci Mehmet Efendi Türk kahvesi 500 g", 2, 289.00, "Amazon.com.tr")],
      refund=1, note="payment revision deadline passed"),
    N("payment_issue", True, mp="amazon.com.tr", snd="auto-confirm", rc=0,
      subj="Siparişiniz iptal edildi - {o}",
      title="Sipariş iptali", fmt="text", tl=1, cs="utf-8", cte="base64", auth=False,
      paras=["Aşağıdaki sipariş iptal edildi.",
             ("İptal nedeni:", "Ödeme onaylanamadı (kartta yeterli bakiye bulunmuyor)")],
      items=[("Tefal Ingenio 13 parça tava seti", 1, 3899.00, "Amazon.com.tr")],
      refund=3, note="labelled reason, insufficient funds"),
    N("payment_issue", False, mp="amazon.com.tr", snd="order-update", rc=1, thread="tr_pay",
      subj="Siparişiniz #{o} iptal edildi",
      title="Siparişiniz iptal edildi", fmt="html", lay="card", cs="utf-8", cte="qp", auth=False,
      paras=["Siparişiniz iptal edildi. Aşağıdaki ürünler gönderilmeyecektir."],
      items=[("Samsung Galaxy Buds2 Pro kablosuz kulaklık, Grafit", 1, 4999.00, "Amazon.com.tr")],
      refund=0, note="thread: cause from earlier mail"),
    # ---------------- technical_issue ----------------
    N("technical_issue", True, mp="amazon.com.tr", snd="order-update", rc=2,
      subj="Siparişinizle ilgili önemli bilgi",
      title="Siparişinizle ilgili önemli bilgi", fmt="html", lay="simple", cs="utf-8", cte="qp", auth=True,
      paras=["Sipariş verdiğiniz sırada ürünün fiyatı sitemizde hatalı görüntüleniyordu (14.999 TL yerine 1.499 TL). "
             "Hatalı fiyatla verilen siparişleri kabul edemediğimiz için siparişiniz iptal edilmiştir.",
             "Bu karışıklıktan dolayı özür dileriz."],
      items=[("Dyson V8 Absolute kablosuz süpürge", 1, 1499.00, "Amazon.com.tr")],
      refund=2, placed=True, note="pricing error"),
    N("technical_issue", True, mp="amazon.com.tr", snd="auto-confirm", rc=3,
      subj="Siparişiniz tamamlanamadı",
      title="Siparişiniz tamamlanamadı", fmt="text", tl=0, cs="iso-8859-9", cte="8bit", auth=False,
      paras=["Siparişiniz işlenirken sistemlerimizde yaşanan bir arıza nedeniyle tamamlanamadı ve iptal edildi.",
             "Sorun giderildi; ürünleri yeniden sepetinize ekleyerek sipariş verebilirsiniz. Yaşanan aksaklık için "
             "özür dileriz."],
      items=[("Arzum Okka Minio Pro OK004 Türk kahve makinesi", 1, 2749.00, "Amazon.com.tr")],
      refund=2, note="system error"),
    N("technical_issue", True, mp="amazon.com.tr", snd="order-update", rc=4,
      subj="Siparişinizdeki bir ürün iptal edildi",
      title="Siparişinizde değişiklik", fmt="html", lay="card", cs="utf-8", cte="base64", auth=True,
      paras=["Bu iptalin ödemenizle bir ilgisi yoktur.",
             "Ürün sayfasında yer alan bilgilerde bir hata tespit ettik: ilanda ürün 2'li paket olarak "
             "gösteriliyordu, oysa gönderilecek ürün tekli paketti. Size beklediğinizden farklı bir ürün "
             "göndermemek için bu ürünü siparişinizden çıkardık."],
      items=[("Pınar Süt 1 L x 12 (ilanda 2'li koli olarak listelenmiş)", 1, 479.00, "Amazon.com.tr")],
      kept=[("Eti Burçak bisküvi 10'lu paket", 1)],
      refund=3, note="listing error; denies payment problem; partial"),
    # ---------------- fraud_prevention ----------------
    N("fraud_prevention", True, mp="amazon.com.tr", snd="cs-reply", rc=5,
      subj="Hesap güvenliği: siparişiniz iptal edildi",
      title="Hesap güvenliği bildirimi", fmt="alt", lay="simple", tl=1, cs="utf-8", cte="qp", auth=True,
      paras=["Hesabınızda olağan dışı bir hareketlilik fark ettik. Hesabınızı korumak amacıyla bu siparişi iptal "
             "ettik ve bazı hesap işlevlerini geçici olarak kısıtladık.",
             "Amazon.com.tr'ye her zamanki gibi giriş yaptığınızda, kimliğinizi nasıl doğrulayacağınız size "
             "adım adım gösterilecektir."],
      items=[("Apple iPad 10. Nesil Wi-Fi 64 GB, Gümüş", 1, 15999.00, "Amazon.com.tr")],
      refund=1, note="unusual activity"),
    N("fraud_prevention", True, mp="amazon.com.tr", snd="order-update", rc=0,
      subj="Siparişiniz güvenlik incelemesi sonrasında iptal edildi",
      title="Güvenlik incelemesi", fmt="alt", lay="classic", tl=0, cs="iso-8859-9", cte="qp", auth=False,
      paras=["Siparişiniz, rutin güvenlik kontrollerimiz sırasında işaretlendi. İnceleme olumlu sonuçlanmadığı için "
             "Amazon siparişi iptal etmeye karar verdi.",
             "Siparişi siz verdiyseniz yeniden sipariş verebilirsiniz; yeni siparişiniz gönderilmeden önce ek "
             "doğrulama gerekebilir."],
      items=[("PlayStation 5 Slim Digital Edition 1 TB", 1, 22999.00, "Amazon.com.tr")],
      refund=0, note="security review"),
    N("fraud_prevention", False, mp="amazon.com.tr", snd="order-update", rc=2, thread="tr_fraud",
      subj="Amazon.com.tr siparişiniz {o} iptal edildi",
      title="Sipariş iptali", fmt="text", tl=1, cs="utf-8", cte="qp", auth=False,
      paras=["{o} numaralı siparişiniz iptal edilmiştir."],
      items=[("Garmin Venu Sq 2 akıllı saat, Siyah", 1, 8999.00, "Amazon.com.tr")],
      refund=3, note="thread: cause from earlier mail"),
    # ---------------- customer_request ----------------
    N("customer_request", True, mp="amazon.com.tr", snd="auto-confirm", rc=1,
      subj="Başarılı iptal: \"Karaca Hatır Plus Mod Türk kahve makinesi...\" siparişinizden çıkarıldı",
      title="İptal işleminiz tamamlandı", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Talebiniz üzerine aşağıdaki ürün siparişinizden iptal edildi. Başka bir işlem yapmanıza gerek yok."],
      items=[("Karaca Hatır Plus Mod Türk kahve makinesi, bakır", 1, 2499.00, "Amazon.com.tr")],
      refund=0, note="customer cancelled"),
    N("customer_request", True, mp="amazon.com.tr", snd="auto-confirm", rc=3,
      subj="Siparişinizdeki bazı ürünler iptal edildi",
      title="Kısmi iptal", fmt="text", tl=0, cs="iso-8859-9", cte="qp", auth=True,
      paras=["Siparişinizdeki bazı ürünler iptal edildi; diğer ürünler planlandığı gibi gönderilecek.",
             ("İptal nedeni:", "Müşteri tarafından iptal edildi")],
      items=[("Mavi Jake slim fit erkek jean, 32/32", 1, 1299.99, "Mavi")],
      kept=[("Mavi logo baskılı tişört, beyaz, M", 1)],
      refund=5, note="partial, labelled customer cancel"),
    N("customer_request", True, mp="amazon.com.tr", snd="cs-reply", rc=4,
      subj="Amazon.com.tr Müşteri Hizmetleri ile görüşmeniz",
      title="Görüşme özeti", fmt="text", tl=1, cs="utf-8", cte="8bit", auth=False,
      paras=["Bizimle iletişime geçtiğiniz için teşekkür ederiz.",
             "Telefonda konuştuğumuz gibi, {o} numaralı siparişinizi isteğiniz doğrultusunda iptal ettim. "
             "Sipariş henüz kargoya verilmediği için iptal sorunsuz tamamlandı.",
             "Başka bir konuda yardımcı olabilirsem lütfen bize tekrar yazın.\nSelin K."],
      items=[("Fakir Hausfrau Dust Plus toz torbalı süpürge", 1, 3199.00, "Amazon.com.tr")],
      refund=2, note="CS agent cancelled at customer's request"),
    # ---------------- unknown: no reason ----------------
    N("unknown", False, mp="amazon.com.tr", snd="order-update", rc=5,
      subj="Siparişiniz iptal edildi",
      title="Sipariş iptali", fmt="text", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Siparişiniz iptal edilmiştir."],
      items=[("Bosch MUM5 mutfak şefi, 1000 W, beyaz", 1, 7499.00, "Amazon.com.tr")],
      refund=1, note="no reason, terse"),
    N("unknown", False, mp="amazon.com.tr", snd="order-update", rc=0,
      subj="Siparişinizdeki 1 ürün iptal edildi",
      title="Ürün iptali", fmt="html", lay="simple", cs="iso-8859-9", cte="base64", auth=False,
      paras=["Siparişinizdeki 1 ürün iptal edildi. Diğer ürünleriniz planlandığı şekilde gönderilecektir."],
      items=[("Paşabahçe Timeless 6'lı su bardağı", 1, 349.90, "Amazon.com.tr")],
      kept=[("Paşabahçe Elysia 6'lı çay bardağı", 1)],
      refund=3, placed=True, note="no reason, partial"),
    N("unknown", False, mp="amazon.com.tr", snd="no-reply", rc=1,
      subj="Amazon.com.tr'den bilgilendirme",
      title="Siparişiniz iptal edildi", fmt="text", tl=1, cs="utf-8", cte="qp", auth=False,
      paras=["Aşağıdaki siparişi iptal ettik. Ürünü hâlâ almak isterseniz yeniden sipariş verebilirsiniz."],
      items=[("Stanley Classic termos 1 L, yeşil", 1, 1899.00, "Amazon.com.tr")],
      refund=2, note="no reason"),
    # ---------------- unknown: other reason ----------------
    N("unknown", True, mp="amazon.com.tr", snd="order-update", rc=2,
      subj="Siparişiniz {o} teslim edilemiyor ve iptal edildi",
      title="Teslimat adresi sorunu", fmt="alt", lay="card", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["Girdiğiniz teslimat adresi, bu ürün için anlaşmalı kargo firmamızın hizmet bölgesinin dışında kalıyor. "
             "Ürünü bu adrese ulaştıramayacağımız için siparişi iptal ettik.",
             "Farklı bir adres ekleyip yeniden sipariş verebilirsiniz."],
      items=[("Arçelik 6 kg çamaşır makinesi 6100 M", 1, 14999.00, "Amazon.com.tr")],
      refund=0, note="address outside delivery area"),
    N("unknown", True, mp="amazon.com.tr", snd="auto-confirm", rc=3,
      subj="Siparişiniz gönderilemiyor: {o}",
      title="Gönderim kısıtlaması", fmt="text", tl=1, cs="utf-8", cte="base64", auth=True,
      paras=["Bu ürün, ithalat mevzuatı gereği Türkiye'deki adreslere gönderilemediğinden siparişiniz iptal edildi.",
             "Amazon Global mağazasındaki bazı ürünlerde ülkeye özel gönderim kısıtlamaları bulunabilir."],
      items=[("Nespresso Vertuo Pop kahve makinesi (ABD modeli, 120 V)", 1, 3650.00, "Amazon Global")],
      refund=1, note="cannot ship to country"),
    # ---------------- thread first mails ----------------
    NN(mp="amazon.com.tr", snd="no-reply", rc=2, thread_first="tr_fraud",
       subj="Hesabınız beklemeye alındı",
       title="Hesabınızın doğrulanması gerekiyor", fmt="text", tl=0, cs="utf-8", cte="qp", auth=True,
       paras=["Hesabınızda bazı bilgilerin doğrulanması gerekiyor. Doğrulama tamamlanana kadar hesabınız beklemeye "
              "alınmıştır ve aşağıdaki sipariş işleme alınmayacaktır.",
              "Lütfen Amazon.com.tr'ye giriş yaparak istenen bilgileri sağlayın. Bu e-postadaki bağlantılar yerine "
              "doğrudan tarayıcınıza amazon.com.tr yazmanızı öneririz."],
       items=[("Garmin Venu Sq 2 akıllı saat, Siyah", 1, 8999.00, "Amazon.com.tr")],
       ih="Bekleyen sipariş", refund=None, note="thread"),
    NN(mp="amazon.com.tr", snd="payments-messages", rc=1, thread_first="tr_pay",
       subj="İşlem gerekli: {o} numaralı siparişin ödemesi alınamadı",
       title="Ödeme yönteminizi güncelleyin", fmt="alt", lay="card", tl=0, cs="utf-8", cte="qp", auth=False,
       paras=["Aşağıdaki sipariş için kartınızdan tahsilat yapamadık.",
              "Siparişinizin gönderilebilmesi için lütfen {d2} tarihine kadar Siparişlerim sayfasından ödeme "
              "bilgilerinizi güncelleyin."],
       items=[("Samsung Galaxy Buds2 Pro kablosuz kulaklık, Grafit", 1, 4999.00, "Amazon.com.tr")],
       ih="Siparişteki ürünler", refund=None, note="thread"),
    # ---------------- other non-notices ----------------
    NN(mp="amazon.com.tr", snd="order-update", rc=4,
       subj="Teslimat randevunuz iptal edildi - yeni bir zaman seçin",
       title="Teslimat randevunuz iptal edildi", fmt="html", lay="card", cs="utf-8", cte="qp", auth=True,
       paras=["Büyük ev aletleri için planlanan teslimat randevunuz, kargo firmasının ekip yoğunluğu nedeniyle "
              "iptal edildi.",
              "Siparişiniz geçerliliğini korumaktadır ve iptal edilmemiştir. Lütfen Siparişlerim sayfasından size "
              "uygun yeni bir teslimat zaman aralığı seçin."],
       items=[("Arçelik 9 kg kurutma makinesi 9120 PM", 1, 21999.00, "Amazon.com.tr")],
       ih="Teslim edilecek ürün", refund=None, note="delivery slot cancelled, order continues"),
    NN(mp="amazon.com.tr", snd="return", rc=5,
       subj="İadeniz tamamlandı: {amt} geri ödeme",
       title="İade onayı", fmt="text", tl=1, cs="iso-8859-9", cte="qp", auth=False,
       paras=["İade ettiğiniz ürün depomuza ulaştı ve {amt} tutarındaki geri ödemeniz kartınıza yapıldı.",
              "Tutarın hesabınıza yansıması bankanıza bağlı olarak birkaç iş günü sürebilir."],
       items=[("Columbia Fast Trek II polar ceket, L", 1, 1699.00, "Amazon.com.tr")],
       ih="İade edilen ürün", refund=None, note="return/refund confirmation"),
    NN(mp="amazon.com.tr", snd="store-news", rc=3, order_less=True,
       subj="Efsane Kasım fırsatları başladı! Sepette ek indirimler",
       title="Efsane Kasım başladı", fmt="html", lay="simple", cs="utf-8", cte="qp", auth=True,
       paras=["Elektronikten ev yaşamına binlerce üründe büyük indirimler sizi bekliyor.",
              "Alışverişinizi gönül rahatlığıyla yapın: siparişinizi kargoya verilmeden önce Siparişlerim "
              "sayfasından tek tıkla iptal edebilir, teslim aldığınız ürünleri 30 gün içinde ücretsiz iade "
              "edebilirsiniz.",
              "Prime üyeleri fırsatlara 30 dakika erken erişir. Üyeliğinizi dilediğiniz zaman iptal edebilirsiniz."],
       items=[], refund=None, note="newsletter mentioning cancellations"),
]

TR_RAW = [
    RAW("non_notice", lang="tr", mp=None, note="other retailer (Trendyol) order cancellation",
        frm=("Trendyol", "bilgilendirme@trendyol.com"), rc=4, fmt="html", cs="utf-8", cte="base64",
        subj="Siparişiniz iptal edildi",
        html_body=[("h", "Siparişiniz iptal edildi"),
                   ("p", "Merhaba {n},"),
                   ("p", "736528194 numaralı siparişinizdeki ürün, satıcının stoklarında kalmadığı için iptal "
                         "edilmiştir. Ödemeniz kartınıza iade edilecektir; bankanıza bağlı olarak yansıması 2-10 iş "
                         "günü sürebilir."),
                   ("t", [("Ürün", "Adet", "Tutar"), ("Koton kadın trençkot, bej, 38", "1", "1.499,99 TL")]),
                   ("p", "Benzer ürünleri keşfetmek için Trendyol uygulamasını ziyaret edebilirsin."),
                   ("small", "DSM Grup Danışmanlık İletişim ve Satış Tic. A.Ş. Bu e-posta bilgilendirme amaçlıdır.")]),
    RAW("non_notice", lang="tr", mp=None, note="friend says they cancelled their Amazon order",
        frm=("Can Öztürk", "can.ozturk91@gmail.com"), rc=5, fmt="text", cs="iso-8859-9", cte="8bit",
        subj="Re: robot süpürge",
        text="Selam Emre,\n\nBen Amazon'daki siparişimi iptal ettim sonunda, kargo bir haftadır yola çıkmamıştı. "
             "Teknosa'da indirim varmış, oradan aldım, cumartesi getiriyorlar.\n\nSen hâlâ bekliyor musun? "
             "Seninki de gelmezse iptal et bence, boşuna bekleme.\n\nGörüşürüz,\nCan\n"),
]

TR_PHISH = [
    RAW("lookalike", lang="tr", mp=None, cause="payment_issue", sr=True,
        note="look-alike domain, reply with card details",
        frm=("Amazon.com.tr", "destek@amazon-tr-siparis.com"), rc=0, fmt="text", cs="utf-8", cte="qp",
        subj="Siparişiniz ödeme hatası nedeniyle iptal edildi",
        text="Sayın Müşterimiz,\n\n405-2281736-4419027 numaralı siparişiniz ödeme hatası nedeniyle iptal "
             "edilmiştir.\n\nSiparişinizi yeniden aktif hale getirmek için lütfen bu e-postayı aşağıdaki "
             "bilgilerle yanıtlayın:\n\nKart numarası:\nSon kullanma tarihi:\nCVV:\nT.C. kimlik numarası:\n\n"
             "Bilgileriniz 24 saat içinde alınmazsa hesabınız kapatılacaktır.\n\nAmazon Türkiye Müşteri Hizmetleri\n"),
    RAW("lookalike", lang="tr", mp=None, cause="fraud_prevention", sr=True,
        note="homoglyph display name (Cyrillic A), suspended + code",
        frm=("Аmazon Türkiye", "bildirim@amazontr-guvenlik.net"), rc=1, fmt="html", cs="utf-8", cte="qp",
        subj="Hesabınız askıya alındı ve siparişiniz iptal edildi",
        auth_fail="dkim=pass header.d=amazontr-guvenlik.net; spf=pass smtp.mailfrom=amazontr-guvenlik.net; dmarc=none header.from=amazontr-guvenlik.net",
        html_body=[("logo", None), ("h", "Hesabınız askıya alındı"),
                   ("p", "Hesabınızda şüpheli bir giriş tespit edildi. Güvenliğiniz için hesabınız askıya alındı ve "
                         "bekleyen siparişiniz iptal edildi."),
                   ("p", "Hesabınızı yeniden etkinleştirmek için aşağıdaki kodu kullanın: <b>AMZ-55821</b>"),
                   ("a", ("Hesabımı Etkinleştir", "http://amazontr-guvenlik.net/aktivasyon?kod=AMZ-55821")),
                   ("small", "Bu işlem 12 saat içinde yapılmazsa hesabınız kalıcı olarak silinecektir.")]),
    RAW("lookalike", lang="tr", mp=None, cause="unknown", sr=False,
        note="free-mail sender, callback phone, malformed order number",
        frm=("Amazon Siparis Merkezi", "amazon.siparis.merkezi@hotmail.com"), rc=2, fmt="text", cs="iso-8859-9", cte="qp",
        subj="Siparis #TR-84512 iptal edildi",
        text="Değerli müşterimiz,\n\n#TR-84512 numaralı siparişiniz (Apple iPhone 15 128GB - 52.999 TL) iptal "
             "edilmiştir.\n\nBu işlemi siz yapmadıysanız ya da iadenizi hemen almak istiyorsanız 0850 303 71 64 "
             "numaralı müşteri hattımızı arayın. Görüşme sırasında kart bilgileriniz doğrulanacaktır.\n\n"
             "Amazon Müşteri Hizmetleri\n"),
    RAW("lookalike", lang="tr", mp=None, cause="inventory_shortage", sr=True,
        note="link text shows amazon.com.tr, href to other domain",
        frm=("Amazon.com.tr Sipariş", "siparis@amazon-com-tr.iade-merkezi.xyz"), rc=3, fmt="alt", cs="utf-8", cte="base64",
        subj="Stok sorunu: siparişiniz iptal edildi, iadenizi alın",
        text="Merhaba,\n\nSiparişinizdeki ürün stokta kalmadığı için siparişiniz iptal edildi. 2.349 TL iadenizi "
             "almak için https://www.amazon.com.tr/iade adresine giderek kart bilgilerinizi onaylayın.\n\nAmazon.com.tr\n",
        html_body=[("logo", None), ("p", "Merhaba,"),
                   ("p", "Siparişinizdeki ürün stokta kalmadığı için siparişiniz <b>iptal edildi</b>. 2.349 TL "
                         "tutarındaki iadenizi almak için kart bilgilerinizi onaylamanız gerekmektedir."),
                   ("a", ("https://www.amazon.com.tr/iade", "http://amazon-com-tr.iade-merkezi.xyz/iade/onay.php")),
                   ("small", "© 1996-2025, Amazon.com, Inc. veya bağlı şirketleri")]),
    RAW("lookalike", lang="tr", mp=None, cause="technical_issue", sr=True,
        note="domain suffix trick, price error claim, dmarc fail",
        frm=("Amazon.com.tr", "siparis@amazon.com.tr-hizmet.info"), rc=4, fmt="html", cs="iso-8859-9", cte="qp",
        subj="Fiyat hatası nedeniyle siparişiniz iptal edildi - telafi kuponu",
        auth_fail="dkim=pass header.d=tr-hizmet.info; spf=pass smtp.mailfrom=tr-hizmet.info; dmarc=fail header.from=amazon.com.tr-hizmet.info",
        html_body=[("logo", None), ("p", "Merhaba {n},"),
                   ("p", "Sistemimizdeki bir fiyat hatası nedeniyle siparişiniz iptal edildi. Mağduriyetinizi "
                         "gidermek için size 1.000 TL değerinde hediye çeki tanımladık."),
                   ("p", "Hediye çekinizi kullanabilmek için hesabınıza giriş yapıp kart doğrulamasını tamamlayın."),
                   ("a", ("Hediye çekimi al", "https://amazon.com.tr-hizmet.info/hediye-ceki")),
                   ("small", "Amazon.com.tr - Bu otomatik bir mesajdır.")]),
]


AR_MAILS = [
    # ---------------- inventory_shortage ----------------
    N("inventory_shortage", True, mp="amazon.ae", snd="order-update", rc=0,
      subj="تم إلغاء طلبك رقم {o} من Amazon.ae",
      title="إلغاء الطلب", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["نأسف لإبلاغك بأننا اضطررنا إلى إلغاء طلبك، إذ نفدت الكمية المتوفرة من المنتج أدناه ولم يعد بإمكاننا "
             "توفيره في وقت قريب.",
             "نعتذر عن أي إزعاج قد يسببه ذلك."],
      items=[("سماعات سوني WH-1000XM5 اللاسلكية بخاصية إلغاء الضوضاء، أسود", 1, 1299.00, "Amazon.ae")],
      refund=0, note="out of stock, classic html"),
    N("inventory_shortage", True, mp="amazon.sa", snd="marketplace-messages", rc=1,
      subj="قام البائع بإلغاء طلبك {o}",
      title="رسالة من البائع", fmt="text", tl=1, cs="windows-1256", cte="qp", auth=False,
      paras=["قام البائع «متجر الريان للإلكترونيات» بإلغاء طلبك لعدم قدرته على توفير المنتج.",
             "لا علاقة لهذا الإلغاء بطريقة الدفع الخاصة بك. يمكنك الاطلاع على عروض البائعين الآخرين في صفحة المنتج."],
      items=[("شاحن أنكر 735 نانو II بقدرة 65 واط، 3 منافذ", 2, 189.00, "متجر الريان للإلكترونيات")],
      refund=1, note="seller could not provide item; denies payment problem"),
    N("inventory_shortage", False, mp="amazon.eg", snd="order-update", rc=2, thread="ar_inv",
      subj="طلبك رقم {o} على Amazon.eg",
      title="تم إلغاء طلبك", fmt="html", lay="card", cs="utf-8", cte="qp", auth=False,
      paras=["تم إلغاء طلبك رقم {o}، ولن يتم شحن المنتجات التالية."],
      items=[("خلاط كينوود بلندر 1.5 لتر BLP41.A0WH", 1, 3299.00, "Amazon.eg")],
      refund=0, note="thread: cause from earlier mail"),
    N("inventory_shortage", True, mp="amazon.ae", snd="auto-confirm", rc=3,
      subj="معلومات حول طلبك المسبق",
      title="لن نتمكن من تلبية طلبك المسبق", fmt="text", tl=0, cs="utf-8", cte="base64", auth=True,
      paras=["أبلغتنا الشركة المصنّعة بتقليص الكميات المخصّصة للمنطقة، ولن نتمكن بالتالي من تلبية طلبك المسبق. "
             "لذلك ألغينا الطلب المسبق للمنتج أدناه.",
             "سنُعلمك إذا أصبح المنتج متاحًا للطلب مرة أخرى."],
      items=[("يد تحكم لاسلكية DualSense – إصدار محدود، لون كوبالت", 1, 349.00, "Amazon.ae")],
      refund=0, note="pre-order cannot be filled"),
    # ---------------- payment_issue ----------------
    N("payment_issue", True, mp="amazon.sa", snd="payments-messages", rc=4,
      subj="تعذّر الدفع: تم إلغاء طلبك",
      title="لم تتم عملية الدفع", fmt="text", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["رفض البنك المُصدِر لبطاقة مدى المنتهية بالأرقام 3390 عملية الدفع، ولهذا السبب تم إلغاء طلبك.",
             "يمكنك إعادة الطلب باستخدام بطاقة أخرى أو اختيار الدفع عند الاستلام إن كان متاحًا."],
      items=[("هاتف سامسونج جالاكسي A55 5G، سعة 256 جيجابايت، كحلي", 1, 1649.00, "Amazon.sa")],
      refund=0, note="card declined"),
    N("payment_issue", True, mp="amazon.eg", snd="payments-messages", rc=5,
      subj="تم إلغاء طلبك من Amazon.eg",
      title="تم إلغاء طلبك", fmt="html", lay="classic", cs="windows-1256", cte="8bit", auth=False,
      paras=["طلبنا منك في رسالة سابقة تحديث معلومات الدفع الخاصة بهذا الطلب، لكن المهلة انقضت دون أن يتم التحديث، "
             "فاضطررنا إلى إلغاء الطلب.",
             "إذا كنت لا تزال ترغب في هذه المنتجات، يمكنك طلبها من جديد باستخدام طريقة دفع صالحة."],
      items=[("مكواة بخار فيليبس سلسلة 3000، 2400 واط", 1, 1899.00, "Amazon.eg"),
             ("منشفة حمّام قطن مصري 100%، مقاس كبير", 2, 349.00, "Amazon.eg")],
      refund=1, note="payment revision deadline passed"),
    N("payment_issue", True, mp="amazon.ae", snd="auto-confirm", rc=0,
      subj="إلغاء الطلب {o}",
      title="إلغاء الطلب", fmt="text", tl=1, cs="utf-8", cte="8bit", auth=False,
      paras=["تم إلغاء الطلب التالي.",
             ("سبب الإلغاء:", "انتهت صلاحية البطاقة المستخدمة في الدفع.")],
      items=[("عطر لطافة بيان الاستثنائي، أو دو بارفان 100 مل", 1, 145.00, "Amazon.ae")],
      refund=3, note="labelled reason, expired card"),
    N("payment_issue", True, mp="amazon.sa", snd="order-update", rc=1,
      subj="لم نتمكن من إتمام طلبك رقم {o}",
      title="لم نتمكن من إتمام طلبك", fmt="html", lay="card", cs="utf-8", cte="base64", auth=True,
      paras=["لم يكن رصيد بطاقة الهدايا في حسابك كافيًا لتغطية قيمة الطلب، ولم تُضَف طريقة دفع أخرى، لذا تعذّر "
             "إتمام الطلب وتم إلغاؤه.",
             "يمكنك إضافة رصيد أو بطاقة دفع ثم إعادة الطلب."],
      items=[("تمر خلاص القصيم الفاخر، علبة 3 كجم", 1, 119.00, "Amazon.sa")],
      refund=4, note="insufficient gift card balance"),
    # ---------------- technical_issue ----------------
    N("technical_issue", True, mp="amazon.ae", snd="order-update", rc=2,
      subj="معلومات مهمة بخصوص طلبك من Amazon.ae",
      title="معلومات مهمة بخصوص طلبك", fmt="html", lay="simple", cs="utf-8", cte="qp", auth=True,
      paras=["ظهر سعر المنتج أدناه على موقعنا بشكل غير صحيح بسبب خطأ في التسعير (49 درهمًا بدلًا من 499 درهمًا)، "
             "ولهذا ألغينا الطلب.",
             "المنتج لا يزال متاحًا بسعره الصحيح. نعتذر عن هذا الالتباس."],
      items=[("مكنسة روبوت شاومي S10 الذكية", 1, 49.00, "Amazon.ae")],
      refund=2, placed=True, note="pricing error"),
    N("technical_issue", True, mp="amazon.sa", snd="auto-confirm", rc=3,
      subj="تعذّر إكمال طلبك",
      title="تعذّر إكمال طلبك", fmt="text", tl=0, cs="windows-1256", cte="base64", auth=False,
      paras=["حدث خلل في أنظمتنا أثناء معالجة طلبك، فلم يكتمل على النحو الصحيح وقمنا بإلغائه.",
             "تم إصلاح الخلل، ويمكنك إعادة الطلب في أي وقت. نعتذر عن الإزعاج."],
      items=[("قلاية هوائية فيليبس XXL، سعة 7.3 لتر", 1, 899.00, "Amazon.sa")],
      refund=2, note="system error"),
    N("technical_issue", True, mp="amazon.eg", snd="order-update", rc=4,
      subj="تم إلغاء منتج من طلبك",
      title="تغيير في طلبك", fmt="alt", lay="card", tl=1, cs="utf-8", cte="qp", auth=True,
      paras=["هذا الإلغاء ليس بسبب مشكلة في الدفع.",
             "اكتشفنا خطأً في صفحة المنتج، إذ كانت المواصفات المعروضة لا تطابق المنتج الفعلي (السعة المذكورة 256 "
             "جيجابايت بينما سعة المنتج 128 جيجابايت). لذلك ألغينا هذا المنتج حتى لا يصلك منتج مختلف عمّا طلبته."],
      items=[("فلاشة سانديسك ألترا USB 3.2 (مدرجة بسعة 256 جيجابايت)", 1, 650.00, "Amazon.eg")],
      kept=[("ماوس لوجيتك M185 لاسلكي", 1)],
      refund=3, note="listing error; denies payment problem; partial"),
    # ---------------- fraud_prevention ----------------
    N("fraud_prevention", True, mp="amazon.ae", snd="cs-reply", rc=5,
      subj="تنبيه أمني: تم إلغاء طلبك",
      title="تنبيه أمني", fmt="alt", lay="simple", tl=1, cs="utf-8", cte="qp", auth=True,
      paras=["لاحظنا نشاطًا غير معتاد على حسابك، وحرصًا على أمانك قررت أمازون إلغاء هذا الطلب وتقييد بعض خصائص "
             "الحساب مؤقتًا.",
             "عند تسجيل الدخول إلى Amazon.ae بالطريقة المعتادة ستظهر لك خطوات التحقق من هويتك. لن نطلب منك كلمة "
             "المرور عبر البريد الإلكتروني."],
      items=[("ساعة أبل الإصدار 9 GPS مقاس 45 مم، منتصف الليل", 1, 1699.00, "Amazon.ae")],
      refund=1, note="unusual activity"),
    N("fraud_prevention", False, mp="amazon.sa", snd="order-update", rc=0, thread="ar_fraud",
      subj="تم إلغاء طلبك رقم {o}",
      title="إلغاء الطلب", fmt="text", tl=1, cs="utf-8", cte="qp", auth=False,
      paras=["تم إلغاء طلبك رقم {o}."],
      items=[("جهاز بلايستيشن 5 سليم، النسخة الرقمية", 1, 1899.00, "Amazon.sa")],
      refund=3, note="thread: cause from earlier mail"),
    N("fraud_prevention", True, mp="amazon.eg", snd="order-update", rc=1,
      subj="بخصوص طلبك رقم {o}",
      title="مراجعة أمنية لطلبك", fmt="html", lay="classic", cs="windows-1256", cte="qp", auth=False,
      paras=["خضع طلبك لمراجعة أمنية روتينية، ولم نتمكن من التأكد من أن صاحب الحساب هو من قام به، لذا تم إلغاؤه.",
             "إذا كنت أنت من قدّم الطلب، يمكنك إعادة الطلب، وقد يحتاج الطلب الجديد إلى تحقق إضافي قبل الشحن."],
      items=[("لابتوب لينوفو IdeaPad Slim 3، معالج Core i5، رام 8 جيجابايت", 1, 27999.00, "Amazon.eg")],
      refund=0, note="security review"),
    # ---------------- customer_request ----------------
    N("customer_request", True, mp="amazon.ae", snd="auto-confirm", rc=2,
      subj="تم الإلغاء بنجاح: \"آلة قهوة نسبريسو فيرتو نكست...\" من طلبك",
      title="تم إلغاء المنتج بنجاح", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["بناءً على طلبك، ألغينا المنتج التالي من طلبك. لا حاجة لاتخاذ أي إجراء آخر."],
      items=[("آلة قهوة نسبريسو فيرتو نكست، أسود", 1, 599.00, "Amazon.ae")],
      refund=0, note="customer cancelled"),
    N("customer_request", True, mp="amazon.sa", snd="auto-confirm", rc=3,
      subj="إلغاء جزئي لطلبك من Amazon.sa",
      title="إلغاء جزئي", fmt="text", tl=0, cs="windows-1256", cte="qp", auth=False,
      paras=["تم إلغاء بعض المنتجات في طلبك، وسيتم شحن بقية المنتجات كما هو مخطط.",
             ("سبب الإلغاء:", "ألغاه العميل")],
      items=[("دلة قهوة عربية ستانلس ستيل، 1 لتر", 1, 89.00, "Amazon.sa")],
      kept=[("فناجين قهوة عربية بورسلان، طقم 12 قطعة", 1)],
      refund=5, note="partial, labelled customer cancel"),
    N("customer_request", True, mp="amazon.eg", snd="cs-reply", rc=4,
      subj="محادثتك مع خدمة عملاء Amazon.eg",
      title="ملخص المحادثة", fmt="text", tl=1, cs="utf-8", cte="8bit", auth=True,
      paras=["شكرًا لتواصلك مع خدمة عملاء أمازون.",
             "كما اتفقنا خلال المحادثة، قمت بإلغاء طلبك رقم {o} بناءً على رغبتك، ولن يتم شحنه.",
             "إذا احتجت إلى أي مساعدة أخرى، لا تتردد في التواصل معنا.\nيوسف – خدمة العملاء"],
      items=[("غسالة أطباق بيكو 14 مكان، فضي", 1, 18499.00, "Amazon.eg")],
      refund="بما أن الطلب كان بالدفع عند الاستلام، فلا يلزم أي استرداد.", note="CS agent cancelled at customer's request"),
    # ---------------- unknown: no reason ----------------
    N("unknown", False, mp="amazon.ae", snd="order-update", rc=5,
      subj="تم إلغاء طلبك من Amazon.ae",
      title="إلغاء الطلب", fmt="text", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["تم إلغاء طلبك."],
      items=[("مجفف شعر دايسون سوبرسونيك HD07", 1, 1799.00, "Amazon.ae")],
      refund=1, note="no reason, terse"),
    N("unknown", False, mp="amazon.sa", snd="order-update", rc=0,
      subj="تم إلغاء منتج واحد من طلبك على Amazon.sa",
      title="إلغاء منتج", fmt="html", lay="simple", cs="windows-1256", cte="qp", auth=False,
      paras=["تم إلغاء منتج واحد من طلبك. سيتم شحن باقي المنتجات كالمعتاد."],
      items=[("سجادة صلاة مبطنة، أخضر", 1, 79.00, "Amazon.sa")],
      kept=[("مصحف بغلاف جلدي، مقاس متوسط", 1)],
      refund=3, placed=True, note="no reason, partial"),
    N("unknown", False, mp="amazon.eg", snd="no-reply", rc=1,
      subj="معلومات من Amazon.eg",
      title="تم إلغاء الطلب", fmt="text", tl=1, cs="utf-8", cte="base64", auth=False,
      paras=["ألغينا الطلب التالي. إذا كنت لا تزال ترغب في شراء المنتج، يمكنك طلبه مرة أخرى."],
      items=[("مروحة عمود توشيبا 18 بوصة بجهاز تحكم", 1, 2450.00, "Amazon.eg")],
      refund=2, note="no reason"),
    # ---------------- unknown: other reason ----------------
    N("unknown", True, mp="amazon.ae", snd="order-update", rc=2,
      subj="تعذّر توصيل طلبك {o} وتم إلغاؤه",
      title="مشكلة في عنوان التوصيل", fmt="alt", lay="card", tl=0, cs="utf-8", cte="qp", auth=True,
      paras=["لا يمكننا توصيل هذا المنتج إلى صناديق البريد (P.O. Box)، ولم يتضمن العنوان الذي أدخلته موقعًا فعليًا "
             "للتسليم، لذلك ألغينا الطلب.",
             "أضف عنوانًا يتضمن اسم المبنى ورقم الشقة أو الفيلا، ثم أعد الطلب."],
      items=[("طاولة تلفزيون خشبية بعرض 160 سم، جوز", 1, 749.00, "Amazon.ae")],
      refund=0, note="address undeliverable (PO box)"),
    N("unknown", True, mp="amazon.sa", snd="auto-confirm", rc=3,
      subj="لا يمكن شحن طلبك {o}",
      title="قيود على الشحن", fmt="text", tl=1, cs="utf-8", cte="qp", auth=True,
      paras=["لا يمكن شحن هذا المنتج إلى المملكة العربية السعودية بسبب قيود الاستيراد المفروضة عليه، ولهذا تم إلغاء "
             "طلبك.",
             "بعض المنتجات المعروضة من المتجر العالمي تخضع لقيود شحن خاصة بكل دولة."],
      items=[("جهاز تعقّب GPS للسيارات (نسخة أمريكية)", 1, 420.00, "Amazon Global Store")],
      refund=1, note="cannot ship to country (import restriction)"),
    # ---------------- thread first mails ----------------
    NN(mp="amazon.eg", snd="order-update", rc=2, thread_first="ar_inv",
       subj="تأخير في طلبك رقم {o}",
       title="تأخير في طلبك", fmt="text", tl=0, cs="utf-8", cte="qp", auth=True,
       paras=["نعتذر، لم نتمكن حتى الآن من الحصول على المنتج التالي من المورّد، ولا نعرف بعد متى سيتوفر.",
              "سنبلغك فور توفر أي معلومات جديدة. لا يلزمك القيام بأي شيء، وإذا لم تعد ترغب في الانتظار يمكنك "
              "إلغاء المنتج من صفحة «طلباتك»."],
       items=[("خلاط كينوود بلندر 1.5 لتر BLP41.A0WH", 1, 3299.00, "Amazon.eg")],
       ih="المنتج المتأخر", refund=None, note="thread"),
    NN(mp="amazon.sa", snd="no-reply", rc=0, thread_first="ar_fraud",
       subj="تم تعليق حسابك مؤقتًا",
       title="حسابك بانتظار التحقق", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=False,
       paras=["تم تعليق حسابك مؤقتًا إلى حين التحقق من بعض المعلومات، ولن تتم معالجة الطلب أدناه حتى يكتمل التحقق.",
              "يرجى تسجيل الدخول إلى حسابك على Amazon.sa مباشرةً من المتصفح أو التطبيق واتباع التعليمات الظاهرة."],
       items=[("جهاز بلايستيشن 5 سليم، النسخة الرقمية", 1, 1899.00, "Amazon.sa")],
       ih="الطلب المعلّق", refund=None, note="thread"),
    # ---------------- other non-notices ----------------
    NN(mp="amazon.eg", snd="shipment-tracking", rc=3,
       subj="تم شحن طلبك رقم {o} من Amazon.eg",
       title="تأكيد الشحن", fmt="alt", lay="classic", tl=0, cs="utf-8", cte="qp", auth=True,
       paras=["يسعدنا إبلاغك بأنه تم شحن طلبك، ولم يعد من الممكن تعديله.",
              ("موعد التوصيل المتوقع:", "{d2}"),
              "يمكنك تتبع شحنتك من صفحة «طلباتك». إذا رغبت في الإرجاع، يمكنك ذلك خلال 14 يومًا من الاستلام."],
       items=[("سماعة JBL Tune 520BT لاسلكية، أزرق", 1, 2199.00, "Amazon.eg")],
       ih="المنتجات المشحونة", refund=None, note="shipping confirmation"),
    NN(mp="amazon.sa", snd="digital-no-reply", rc=4, order_less=True,
       subj="تم إلغاء عضويتك في Amazon Prime",
       title="تأكيد إلغاء عضوية برايم", fmt="html", lay="card", cs="utf-8", cte="base64", auth=True,
       paras=["نؤكد أنك ألغيت عضويتك في Amazon Prime. يمكنك الاستمرار في الاستفادة من مزايا برايم مثل التوصيل "
              "المجاني وPrime Video حتى {d2}، ولن يتم خصم رسوم العضوية بعد ذلك.",
              "إذا غيّرت رأيك، يمكنك إعادة تفعيل العضوية في أي وقت.",
              "طلباتك الحالية لن تتأثر بهذا الإلغاء."],
       items=[], refund=None, note="Prime membership cancelled"),
    NN(mp="amazon.ae", snd="payments-messages", rc=5,
       subj="إجراء مطلوب: حدّث معلومات الدفع لطلبك {o}",
       title="يرجى تحديث معلومات الدفع", fmt="text", tl=1, cs="windows-1256", cte="8bit", auth=True,
       paras=["لم نتمكن من تحصيل قيمة الطلب أدناه من بطاقتك.",
              "يرجى تحديث معلومات الدفع بحلول {d2}. إذا لم يتم التحديث بحلول هذا التاريخ فسنضطر إلى إلغاء الطلب.",
              "لتحديث طريقة الدفع، انتقل إلى «طلباتك» واختر «تغيير طريقة الدفع»."],
       items=[("ترايبود مانفروتو كومباكت أكشن، أسود", 1, 329.00, "Amazon.ae")],
       ih="المنتجات في الطلب", refund=None, note="payment reminder before any cancellation"),
]

AR_RAW = [
    RAW("non_notice", lang="ar", mp=None, note="other retailer (noon) order cancellation",
        frm=("noon", "no-reply@noon.com"), rc=0, fmt="html", cs="utf-8", cte="qp",
        subj="تم إلغاء طلبك NAEH40061827354",
        html_body=[("h", "تم إلغاء طلبك"),
                   ("p", "مرحبًا {n}،"),
                   ("p", "نأسف لإبلاغك بأن طلبك رقم NAEH40061827354 قد أُلغي لأن البائع لم يتمكن من تجهيزه. "
                         "سيتم رد المبلغ إلى طريقة الدفع الأصلية خلال 5 إلى 7 أيام عمل."),
                   ("t", [("المنتج", "الكمية", "السعر"), ("ساعة هواوي GT 4 الذكية، 46 مم", "1", "699.00 درهم")]),
                   ("p", "تسوّق الآن واستمتع بعروض اليوم على noon."),
                   ("small", "noon AD Holdings Ltd. هذه رسالة آلية، يرجى عدم الرد عليها.")]),
    RAW("non_notice", lang="ar", mp=None, note="friend says they cancelled their Amazon order",
        frm=("عمر الهاشمي", "omar.alhashimi90@gmail.com"), rc=0, fmt="text", cs="utf-8", cte="base64",
        subj="بخصوص الساعة",
        text="هلا أحمد،\n\nبس حبيت أقولك إني ألغيت طلبي من أمازون للساعة، لقيتها أرخص في محل بدبي مول وأخذتها "
             "أمس. فلا تنتظرها معي يوم الخميس.\n\nإذا تبي نفس الموديل قولي وأرسل لك الرابط.\n\nتحياتي،\nعمر\n"),
]

AR_PHISH = [
    RAW("lookalike", lang="ar", mp=None, cause="payment_issue", sr=True,
        note="spoofed amazon.ae From with dmarc=fail; link text shows amazon.ae, href elsewhere",
        frm=("Amazon.ae", "auto-confirm@amazon.ae"), rc=1, fmt="html", cs="utf-8", cte="base64",
        subj="تم إلغاء طلبك بسبب فشل عملية الدفع",
        env_from="bounce@mailer-uae-notify.top",
        auth_fail="dkim=none; spf=fail smtp.mailfrom=mailer-uae-notify.top; dmarc=fail (p=QUARANTINE) header.from=amazon.ae",
        html_body=[("logo", None), ("h", "فشلت عملية الدفع"),
                   ("p", "عزيزي العميل،"),
                   ("p", "تم إلغاء طلبك رقم 407-5521983-2290413 بسبب فشل عملية الدفع. لتجنب إيقاف حسابك، يرجى "
                         "تأكيد بيانات بطاقتك خلال 24 ساعة."),
                   ("a", ("https://www.amazon.ae/account/payment", "http://amazon-ae.payment-verify.cc/ae/card.php")),
                   ("small", "© 2025 Amazon.ae جميع الحقوق محفوظة.")]),
    RAW("lookalike", lang="ar", mp=None, cause="unknown", sr=False,
        note="homoglyph display name (Cyrillic a), free-mail, callback phone",
        frm=("Amazon.sа خدمة العملاء", "amazon.sa.help.center@gmail.com"), rc=3, fmt="text", cs="utf-8", cte="qp",
        subj="إشعار إلغاء الطلب",
        text="عزيزي العميل،\n\nتم إلغاء طلبك الأخير (آيفون 15 برو ماكس – 5,499 ريال).\n\nإذا لم تقم بهذا الإلغاء أو "
             "ترغب في استرداد المبلغ فورًا، اتصل بنا على الرقم 8001245790 على مدار الساعة. سيطلب منك الموظف رمز "
             "التحقق الذي سيصلك برسالة نصية.\n\nخدمة عملاء أمازون السعودية\n"),
    RAW("lookalike", lang="ar", mp=None, cause="fraud_prevention", sr=True,
        note="account suspended + order cancelled, use this code",
        frm=("أمازون - الأمان", "security@amazon-eg-account.com"), rc=2, fmt="alt", cs="windows-1256", cte="qp",
        subj="حسابك موقوف وتم إلغاء طلبك",
        text="مرحبًا،\n\nتم رصد نشاط مشبوه على حسابك، لذا تم إيقاف الحساب وإلغاء طلبك رقم 402-77125-90031.\n\n"
             "لإعادة تفعيل الحساب استخدم الرمز التالي: 771-204\nعلى الرابط: http://amazon-eg-account.com/verify\n\n"
             "إذا لم تقم بالتفعيل خلال 12 ساعة سيتم حذف الحساب نهائيًا.\n\nفريق أمان أمازون\n",
        html_body=[("logo", None), ("h", "حسابك موقوف"),
                   ("p", "تم رصد نشاط مشبوه على حسابك، لذا تم إيقاف الحساب وإلغاء طلبك رقم 402-77125-90031."),
                   ("p", "لإعادة تفعيل الحساب استخدم الرمز التالي: <b>771-204</b>"),
                   ("a", ("تفعيل الحساب", "http://amazon-eg-account.com/verify")),
                   ("small", "إذا لم تقم بالتفعيل خلال 12 ساعة سيتم حذف الحساب نهائيًا.")]),
    RAW("lookalike", lang="ar", mp=None, cause="inventory_shortage", sr=True,
        note="reply with card details to receive refund",
        frm=("Amazon Orders", "orders@amazon-uae-store.shop"), rc=4, fmt="text", cs="utf-8", cte="8bit",
        subj="المنتج غير متوفر - تم إلغاء طلبك 171-4418266-9051",
        text="عزيزي العميل،\n\nنأسف، المنتج الذي طلبته غير متوفر حاليًا وتم إلغاء طلبك 171-4418266-9051.\n\n"
             "لاسترداد مبلغ 1,299 درهم، يرجى الرد على هذه الرسالة متضمنًا:\n- الاسم على البطاقة\n- رقم البطاقة\n"
             "- تاريخ الانتهاء\n- رمز CVV\n\nسيتم تحويل المبلغ خلال 24 ساعة من استلام البيانات.\n\nقسم الطلبات\n"),
    RAW("lookalike", lang="ar", mp=None, cause="technical_issue", sr=True,
        note="look-alike subdomain, technical glitch claim, malformed order number",
        frm=("Amazon.eg", "noreply@amazon-eg.support-orders.com"), rc=5, fmt="html", cs="utf-8", cte="qp",
        subj="خلل تقني أدى إلى إلغاء طلبك",
        html_body=[("logo", None), ("p", "مرحبًا {n}،"),
                   ("p", "بسبب خلل تقني في نظام الطلبات، تم إلغاء طلبك رقم #40-22871-55 تلقائيًا. لاستعادة الطلب "
                         "بنفس السعر، يرجى تسجيل الدخول وتأكيد بياناتك."),
                   ("a", ("تسجيل الدخول إلى Amazon.eg", "https://amazon-eg.support-orders.com/ar/login")),
                   ("small", "Amazon.eg – رسالة تلقائية")]),
]


# ==========================================================================
# BUILD
# ==========================================================================
LANGS = [("sv", SV, SV_MAILS, SV_RAW + SV_PHISH),
         ("tr", TR, TR_MAILS, TR_RAW + TR_PHISH),
         ("ar", AR, AR_MAILS, AR_RAW + AR_PHISH)]

START = datetime(2024, 9, 2, tzinfo=timezone.utc)
SPAN_DAYS = 400


def rand_date():
    return START + timedelta(days=rng.randrange(SPAN_DAYS), seconds=rng.randrange(6 * 3600, 23 * 3600))


def build_amz(lang, L, m, counter, threads):
    mp = m["mp"]
    rc = RCPT[lang][m["rc"]]
    key = m.get("thread") or m.get("thread_first")
    if key:
        t = threads.setdefault(key, {"order": order_no(mp), "date": rand_date()})
        order = t["order"]
        date = t["date"] if m.get("thread_first") else t["date"] + timedelta(days=rng.randrange(9, 13),
                                                                           minutes=rng.randrange(600))
    else:
        order = None if m.get("order_less") else order_no(mp)
        date = rand_date()
    items = m.get("items") or []
    total = sum(q * p for _, q, p, *rest in items)
    ctx = {"o": order or "", "n": rc[1], "amt": money(mp, total) if items else "",
           "d": human_date(lang, date - timedelta(days=rng.randrange(1, 4))),
           "d2": human_date(lang, date + timedelta(days=rng.randrange(3, 9))),
           "brand": BRAND[mp], "mp": mp}
    refund = m.get("refund")
    if isinstance(refund, int):
        refund = L["refunds"][refund]
    mm = {
        "mp": mp, "order": order, "title": fill(m["title"], ctx), "hello": L["hello"].replace("{n}", rc[1]),
        "paras": [fill(p, ctx) for p in m["paras"]], "items": items, "kept": m.get("kept"),
        "ih": m.get("ih") or L["ih_cancel"], "refund": fill(refund, ctx) if refund else None,
        "help": fill(L["helps"][counter % len(L["helps"])], ctx),
        "signoff": fill(L["signoffs"][(counter // 2) % len(L["signoffs"])], ctx),
        "footer": fill(L["footers"][(counter + 1) % len(L["footers"])], ctx),
        "tl": m.get("tl", 0), "year": str(date.year),
        "placed": ctx["d"] if m.get("placed") else None,
    }
    subj = fill(m["subj"], ctx)
    out = {"fmt": m["fmt"], "cs": m["cs"], "cte": m["cte"]}
    if m["fmt"] in ("text", "alt"):
        out["text"] = render_text(L, mm)
    if m["fmt"] in ("html", "alt"):
        out["html"] = LAYOUTS[m["lay"]](L, mm, m["cs"])
    if m["fmt"] == "alt" and m["cte"] == "8bit":
        out["cte_html"] = "qp"
    out["headers"] = amazon_headers(mp, m["snd"], rc, subj, date, m["auth"], cs="utf-8")
    return out, date, order


LOGO_SRCS = ["https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/communications/amazon-logo-150._CB1198675309_.png",
             "https://i.imgur.com/Xk2d9Qa.png",
             "https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg"]


def raw_html(blocks, lang, cs, ctx):
    rtl = lang == "ar"
    al = "right" if rtl else "left"
    f = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;"
    parts = []
    for kind, val in blocks:
        if kind == "logo":
            parts.append(f'<div style="padding:10px 0;border-bottom:2px solid #ff9900;"><img src="{rng.choice(LOGO_SRCS)}" '
                         f'alt="amazon" width="120" /></div>')
        elif kind == "h":
            parts.append(f'<h2 style="font-family:Arial,sans-serif;color:#111;font-size:20px;">{esc(fill(val, ctx))}</h2>')
        elif kind == "p":
            parts.append(f'<p style="{f}">{fill(val, ctx)}</p>')
        elif kind == "small":
            parts.append(f'<p style="font-family:Arial,sans-serif;font-size:11px;color:#777;">{esc(fill(val, ctx))}</p>')
        elif kind == "a":
            text, href = val
            parts.append(f'<p style="margin:18px 0;"><a href="{esc(href)}" style="background:#ffd814;color:#0f1111;'
                         f'padding:10px 20px;border-radius:8px;text-decoration:none;{f}">{esc(text)}</a></p>')
        elif kind == "t":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f'<{tag} style="{f}padding:6px 10px;border-bottom:1px solid #ddd;" '
                                             f'align="{al}">{esc(c)}</{tag}>' for c in row) + "</tr>")
            parts.append('<table cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse;">'
                         + "".join(rows) + "</table>")
    body = "\n".join(parts)
    return (f'<!DOCTYPE html>\n<html dir="{"rtl" if rtl else "ltr"}" lang="{lang}">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n</head>\n'
            f'<body style="margin:0;padding:0;background:#f3f3f3;">\n'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;" dir="{"rtl" if rtl else "ltr"}">'
            f'<tr><td align="{al}">\n{body}\n</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n')


MAILERS = ["PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", None, "Microsoft Outlook 16.0", None]


def build_raw(lang, m):
    rc = RCPT[lang][m["rc"]]
    date = rand_date()
    name, frm = m["frm"]
    dom = frm.split("@")[1]
    env = m.get("env_from") or frm
    ctx = {"n": rc[1]}
    hcs = m["cs"] if m["kind"] != "lookalike" and m["cs"] != "utf-8" else "utf-8"
    h = [("Delivered-To", rc[2]),
         ("Received", f"from {rid(6, string.ascii_lowercase)}.{env.split('@')[1]} "
                      f"({rid(5, string.ascii_lowercase)}.{env.split('@')[1]} [{rng.randrange(5, 220)}.{rng.randrange(0, 255)}."
                      f"{rng.randrange(0, 255)}.{rng.randrange(1, 254)}])\n        by mx.recipient.example with ESMTPS id "
                      f"{rid(10, string.ascii_lowercase + string.digits)};\n        {format_datetime(date + timedelta(seconds=3))}")]
    if m.get("auth_fail"):
        h.append(("Authentication-Results", "mx.recipient.example;\n       " + m["auth_fail"].replace("; ", ";\n       ")))
    h += [("Return-Path", f"<{env}>"),
          ("Date", format_datetime(date)),
          ("From", addr(name, frm, "utf-8")),
          ("To", addr(rc[0], rc[2], "utf-8") if rng.random() < 0.5 else rc[2]),
          ("Message-ID", f"<{rid(20, string.ascii_lowercase + string.digits)}@{dom if 'gmail' not in dom else 'mail.gmail.com'}>"),
          ("Subject", hdr(fill(m["subj"], ctx), hcs)),
          ("MIME-Version", "1.0"),
          ("__MIME__", None)]
    mailer = rng.choice(MAILERS) if m["kind"] == "lookalike" else None
    if mailer:
        h.append(("X-Mailer", mailer))
    out = {"fmt": m["fmt"], "cs": m["cs"], "cte": m["cte"], "headers": h}
    if m["fmt"] in ("text", "alt"):
        out["text"] = fill(m["text"], ctx)
    if m["fmt"] in ("html", "alt"):
        out["html"] = raw_html(m["html_body"], lang, m["cs"], ctx)
    if m["fmt"] == "alt" and m["cte"] == "8bit":
        out["cte_html"] = "qp"
    return out, date


def main():
    entries = []
    for lang, L, amz, raw in LANGS:
        threads = {}
        # thread-first mails must be built before their cancellations so the shared
        # order/date exist; build order is by list position (first mails are listed later,
        # but setdefault makes either order work).
        for i, m in enumerate(amz):
            built, date, order = build_amz(lang, L, m, i, threads)
            entries.append({"lang": lang, "m": m, "built": built, "date": date, "order": order})
        for m in raw:
            built, date = build_raw(lang, m)
            entries.append({"lang": lang, "m": m, "built": built, "date": date, "order": None})
    rng.shuffle(entries)
    # keep each thread's earlier mail before its cancellation
    pos = {}
    for i, e in enumerate(entries):
        k = e["m"].get("thread_first")
        if k:
            pos.setdefault(k, [None, None])[0] = i
        k = e["m"].get("thread")
        if k:
            pos.setdefault(k, [None, None])[1] = i
    for k, (a, b) in pos.items():
        if a > b:
            entries[a], entries[b] = entries[b], entries[a]
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    labels = []
    for n, e in enumerate(entries, 1):
        fname = f"{PREFIX}{n:03d}.eml"
        with open(os.path.join(MAILDIR, fname), "wb") as fh:
            fh.write(serialize(e["built"]))
        m = e["m"]
        labels.append({
            "file": fname, "kind": m["kind"], "language": e["lang"],
            "cause": m["cause"] if m["kind"] != "non_notice" else None,
            "states_reason": bool(m["sr"]),
            "marketplace": m.get("mp") if m["kind"] != "lookalike" else None,
            "note": m["note"],
        })
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(labels)} mails to {MAILDIR}")


if __name__ == "__main__":
    main()
