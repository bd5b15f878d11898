#!/usr/bin/env python3
"""Regenerate blind held-out batch g4 (ja / tr / ar): mail/*.eml + labels.json.

Run:  python3 make.py      (deterministic: fixed random seed)
"""
import base64
import html as H
import json
import os
import quopri
import random
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.charset import Charset, BASE64, QP
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime, parsedate_to_datetime

SEED = 4404
PREFIX = "g4"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def text_part(text, subtype, charset, cte):
    """A text/* part whose body is encoded exactly as asked."""
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")  # must be pure ascii (e.g. ISO-2022-JP)
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def hdr(value, charset=None, enc=None):
    """Encode a header value (RFC 2047) in a chosen charset / encoding."""
    if value is None:
        return None
    try:
        value.encode("ascii")
        if charset is None:
            return value
    except UnicodeEncodeError:
        pass
    cs = Charset(charset or "utf-8")
    if enc == "q":
        cs.header_encoding = QP
    elif enc == "b":
        cs.header_encoding = BASE64
    return Header(value, cs, maxlinelen=76, header_name="Subject")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def boundary(style):
    if style == "amazon":
        return "----=_Part_%d_%d.%d" % (rng.randint(10**6, 10**8), rng.randint(10**8, 2 * 10**9),
                                        rng.randint(1600000000000, 1740000000000))
    if style == "gmail":
        return "0000000000%06x%06x" % (rng.getrandbits(24), rng.getrandbits(24))
    if style == "outlook":
        return "_000_%s%s_" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20)), "AMSPR07MB")
    if style == "apple":
        return "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                                          rng.getrandbits(16), rng.getrandbits(48))
    return "=_%032x" % rng.getrandbits(128)


def rand_date(tz_hours):
    base = datetime(2023, 3, 1, tzinfo=timezone.utc)
    d = base + timedelta(seconds=rng.randint(0, 800 * 86400))
    return format_datetime(d.astimezone(timezone(timedelta(hours=tz_hours))))


def msgid(style, domain):
    if style == "amazon":
        return "<0%d0%x-%08x-%04x-%04x-%04x-%012x-000000@%s.amazonses.com>" % (
            rng.choice([100, 102, 107, 111]), rng.getrandbits(44), rng.getrandbits(32), rng.getrandbits(16),
            rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48),
            rng.choice(["eu-west-1", "us-west-2", "ap-northeast-1", "me-central-1"]))
    return "<%x.%x@%s>" % (rng.getrandbits(48), rng.getrandbits(32), domain)


def auth_pass(domain):
    sel = rng.choice(["yg4mwqurec7fkhzutopddd3ytuaqrvuz", "rlntogby6xtpnhnrmq3y2ydxkocwetsv",
                      "vvnlcvvtqm2ttgrtuvzqr5v4dn6mu7jd", "224i4yxa5dv7c2xz3womw6peuasteono"])
    return ("mx.example.net; dkim=pass header.d=%s header.s=%s header.b=%s; "
            "spf=pass (sender IP is 54.240.%d.%d) smtp.mailfrom=%s; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (domain, sel, "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                                    for _ in range(8)),
               rng.randint(1, 250), rng.randint(1, 250), "bounces.%s" % domain, domain))


def build(m):
    fmt = m["fmt"]
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "quoted-printable")
    if m.get("html"):
        m["html"] = m["html"].replace("%CHARSET%", m.get("html_cs", cs))
    if fmt == "text":
        body = text_part(m["text"], "plain", cs, cte)
    elif fmt == "html":
        body = text_part(m["html"], "html", m.get("html_cs", cs), m.get("html_cte", cte))
    elif fmt == "alt":
        body = MIMEMultipart("alternative", boundary=boundary(m.get("bstyle", "amazon")))
        body.attach(text_part(m["text"], "plain", cs, cte))
        body.attach(text_part(m["html"], "html", m.get("html_cs", cs), m.get("html_cte", cte)))
    else:
        raise ValueError(fmt)
    content = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
    for k in set(body.keys()):
        del body[k]
    frm_domain = m["frm"][1].split("@")[1]
    headers = []
    date = rand_date(m.get("tz", 0))
    utc = format_datetime(parsedate_to_datetime(date).astimezone(timezone.utc))
    for r in m.get("received", []):
        headers.append(("Received", r.replace("%DATE%", utc)))
    if m.get("auth") == "pass":
        headers.append(("Authentication-Results", auth_pass(frm_domain)))
    elif m.get("auth"):
        headers.append(("Authentication-Results", m["auth"]))
    headers.append(("From", addr(m["frm"][0], m["frm"][1], m.get("name_cs", "utf-8"))))
    if m.get("reply_to"):
        headers.append(("Reply-To", m["reply_to"]))
    headers.append(("To", addr(m["to"][0], m["to"][1], m.get("name_cs", "utf-8"))))
    headers.append(("Subject", hdr(m["subject"], m.get("subj_cs"), m.get("subj_enc"))))
    headers.append(("MIME-Version", "1.0"))
    headers.extend(content)
    headers.append(("Date", date))
    headers.append(("Message-ID", msgid(m.get("mid", "other"), frm_domain)))
    for k, v in m.get("extra", []):
        headers.append((k, v))
    for k, v in headers:
        body[k] = v
    return body.as_bytes()


# --------------------------------------------------------------------------
# Amazon-like templates (structure follows real Amazon notification mails)
# --------------------------------------------------------------------------

def amz_link(domain, path):
    """Tracking redirect in the style of real Amazon notification links."""
    target = "https://www.%s%s" % (domain, path)
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%d%s&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
            % (domain, "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13)),
               "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13)),
               rng.randint(2023, 2025) * 10**10 + rng.randint(10**9, 9 * 10**9),
               "".join(rng.choice("0123456789abcdef") for _ in range(20)),
               "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13)),
               urllib.parse.quote(target, safe=""),
               "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(26)),
               rng.randint(10**6, 9 * 10**6), rng.randint(10**7, 9 * 10**7)))


STYLE = """
body { margin:0; padding:0; }
#container { width:100%; font:12px/18px Arial, sans-serif; color:#333; background:#ffffff; }
#container td { font:12px/18px Arial, sans-serif; }
.frame { padding:0; }
#main { width:640px; margin:0 auto; }
#header { width:100%; border-bottom:1px solid #ccc; }
#header .logo { padding:14px 0 0 20px; width:165px; }
#header .navigation { font-size:12px; padding:20px 20px 0 0; text-align:right; }
#header .navigation a { text-decoration:none; color:#006699; }
#header .title { padding:0 20px 10px 20px; text-align:right; }
#header .title h2 { font-size:20px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#summary { width:100%; }
#summary td { padding:20px 20px 0 20px; }
#summary .heading { font-size:18px; color:#cc6600; }
#summary p { line-height:18px; margin:10px 0; }
#orderDetails { width:100%; }
#orderDetails h3 { font-size:16px; color:#cc6600; margin:20px 20px 6px 20px; font-weight:normal; border-bottom:1px solid #ccc; }
#itemDetails { width:600px; margin:0 20px; border-collapse:collapse; }
#itemDetails td { vertical-align:top; padding:10px 0; border-bottom:1px solid #eaeaea; }
#itemDetails .name { width:420px; }
#itemDetails .price { text-align:right; white-space:nowrap; }
#costBreakdown td { text-align:right; padding:6px 20px 10px 0; }
.total { font-size:14px; font-weight:bold; }
#division { margin:0; border-top:1px solid #eaeaea; width:100%; }
#closing td { padding:20px; }
#closing a { text-decoration:none; color:#006699; }
#closing .signature { font-size:16px; line-height:24px; font-weight:bold; }
#legalCopy { font:11px/16px Arial, sans-serif; }
#legalCopy td { padding:20px; }
#legalCopy p { color:#666; margin:0 0 10px 0; }
#legalCopy a { text-decoration:none; color:#006699; }
"""


def amz_html(L, domain, title, order, greeting, paras, items=None, rows=None, closing=None,
             footer=None, link=None, lang="ja", rtl=False, button=None, logo_alt="Amazon"):
    """L: locale dict; paras/closing/footer: lists of HTML snippets; items: (name, qty, price);
    rows: (label, value) cost lines; link(path) -> href; button: (text, href)."""
    link = link or (lambda p: amz_link(domain, p))
    d = ' dir="rtl"' if rtl else ""
    align = "left" if rtl else "right"
    nav = L["nav"]
    out = []
    out.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    out.append('<html xmlns="http://www.w3.org/1999/xhtml" lang="%s"%s>' % (lang, d))
    out.append(' <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=%s" />\n'
               '  <meta name="format-detection" content="telephone=no" />\n  <title>%s</title>\n'
               '  <style type="text/css">%s</style>\n </head>' % ("%CHARSET%", H.escape(title), STYLE))
    out.append('<body%s><img width="1" height="1" src="https://www.%s/gp/r.html?R=%s&T=O&U=https%%3A%%2F%%2Fimages-fe.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" />'
               % (d, domain, "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(13))))
    out.append('  <table id="container" cellpadding="0" cellspacing="0"> <tbody> <tr> <td class="frame">')
    out.append('   <table id="main" cellpadding="0" cellspacing="0"> <tbody>')
    out.append('    <tr> <td> <table id="header" cellpadding="0"> <tbody>')
    out.append('      <tr> <td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://m.media-amazon.com/images/G/09/x-locale/common/navbar/logo._CB485933451_.png" border="0" /></a></td>'
               % (H.escape(link("/ref=TE_simp_g")), H.escape(logo_alt)))
    out.append('       <td class="navigation"> <table align="%s"> <tbody> <tr>' % align)
    out.append('         <td> <a href="%s">%s</a> </td> <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>'
               % (H.escape(link("/gp/css/order-history?ref_=TE_simp_yo")), nav[0]))
    out.append('         <td> <a href="%s">%s</a> </td> <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>'
               % (H.escape(link("/gp/css/homepage.html?ref_=TE_simp_ya")), nav[1]))
    out.append('         <td> <a class="last" href="%s">%s</a> </td>' % (H.escape(link("/?ref_=TE_simp_home")), nav[2]))
    out.append('       </tr> </tbody> </table> </td> </tr>')
    ordline = ""
    if order:
        ordline = ' %s <a href="%s">%s</a>' % (L["order_label"], H.escape(
            link("/gp/css/summary/edit.html?orderID=%s&ref_=TE_simp_od" % order)), order)
    out.append('      <tr> <td class="title"> <h2>%s</h2>%s </td> </tr>' % (title, ordline))
    out.append('     </tbody> </table> </td> </tr>')
    out.append('    <tr> <td> <table id="summary" cellpadding="0"> <tbody> <tr> <td>')
    out.append('      <span class="heading">%s</span>' % greeting)
    for p in paras:
        out.append('      <p>%s</p>' % p)
    if button:
        out.append('      <table class="buttonComponent" width="260"> <tbody> <tr> <td style="background:#f0c14b;border:1px solid #a88734;border-radius:3px;text-align:center;padding:10px;"> '
                   '<a class="buttonComponentLink" style="color:#111;text-decoration:none;font-size:14px;" href="%s">%s</a> </td> </tr> </tbody> </table>'
                   % (H.escape(button[1]), button[0]))
    out.append('     </td> </tr> </tbody> </table> </td> </tr>')
    if items:
        out.append('    <tr> <td> <table id="orderDetails" cellpadding="0"> <tbody> <tr> <td>')
        out.append('      <h3>%s</h3>' % L["items_heading"])
        out.append('      <table id="itemDetails" cellpadding="0"> <tbody>')
        for name, qty, price in items:
            out.append('       <tr> <td class="name"> <a href="%s">%s</a><br /> <span>%s: %s</span> </td> <td class="price"> <strong>%s</strong> </td> </tr>'
                       % (H.escape(link("/dp/B0%s?ref_=TE_simp_dp" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)))),
                          H.escape(name), L["qty"], qty, H.escape(price)))
        out.append('      </tbody> </table>')
        if rows:
            out.append('      <table id="costBreakdown" align="%s"> <tbody>' % align)
            for i, (lab, val) in enumerate(rows):
                cls = ' class="total"' if i == len(rows) - 1 else ""
                out.append('       <tr> <td%s> %s </td> <td class="price%s"> %s </td> </tr>'
                           % (cls, lab, " total" if cls else "", H.escape(val)))
            out.append('      </tbody> </table>')
        out.append('     </td> </tr> </tbody> </table> </td> </tr>')
    out.append('    <tr> <td> <table id="division"><tbody><tr><td></td></tr></tbody></table> </td> </tr>')
    if closing:
        out.append('    <tr> <td> <table id="closing" cellpadding="0"> <tbody> <tr> <td>')
        for c in closing:
            out.append('      %s<br />' % c)
        out.append('      <p> <br /><span class="signature"> <strong>%s</strong> </span> </p>' % L["sign"])
        out.append('     </td> </tr> </tbody> </table> </td> </tr>')
    if footer:
        out.append('    <tr> <td> <table id="legalCopy"> <tbody> <tr> <td> <span>')
        for f in footer:
            out.append('      <p>%s</p>' % f)
        out.append('     </span> </td> </tr> </tbody> </table> </td> </tr>')
    out.append('   </tbody> </table> </td> </tr> </tbody> </table>')
    out.append(' <img width="1" height="1" src="https://www.%s/gp/r.html?T=E" /></body>\n</html>\n' % domain)
    return "\n".join(out)


def amz_text(L, domain, title, order, greeting, paras, items=None, rows=None, closing=None, footer=None):
    rule = "_" * 72
    out = ["%s %s" % (L["sign"], title)]
    if order:
        out.append("%s %s" % (L["order_label"], order))
    out.append("https://www.%s/ref=TE_tex_g" % domain)
    out += [rule, "", greeting, ""]
    for p in paras:
        out += [p, ""]
    if items:
        out += [L["items_heading"] + ":", ""]
        for name, qty, price in items:
            out += ["    " + name, "    %s: %s" % (L["qty"], qty), "    %s" % price, ""]
        for lab, val in rows or []:
            out.append("%s %s" % (lab, val))
        if rows:
            out.append("")
    out.append("=" * 72)
    out.append("")
    for c in closing or []:
        out += [c, ""]
    out += [L["sign"], rule, ""]
    for f in footer or []:
        out += [f, ""]
    return "\n".join(out)


def strip_tags(s):
    """Turn the small HTML snippets used in paragraphs into plain text."""
    import re
    s = re.sub(r'<a [^>]*href="([^"]*)"[^>]*>([^<]*)</a>', lambda m: "%s: %s" % (m.group(2), H.unescape(m.group(1)))
               if m.group(2) and "http" not in m.group(2) else m.group(2), s)
    s = re.sub(r"<br ?/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return H.unescape(s)


def notice_parts(L, domain, title, order, greeting, paras, items, rows, closing, footer, lang, rtl=False):
    """Return (text, html) for a genuine-looking notice built from one set of snippets."""
    html = amz_html(L, domain, title, order, greeting, paras, items, rows, closing, footer, lang=lang, rtl=rtl)
    text = amz_text(L, domain, strip_tags(title), order, strip_tags(greeting), [strip_tags(p) for p in paras],
                    items, [(strip_tags(a), b) for a, b in (rows or [])], [strip_tags(c) for c in closing or []],
                    [strip_tags(f) for f in footer or []])
    return text, html

MAILS = []


def add(**m):
    MAILS.append(m)


def recv_ses(region="ap-northeast-1"):
    n = rng.randint(2, 250)
    return ("from a%d-%d.smtp-out.%s.amazonses.com (a%d-%d.smtp-out.%s.amazonses.com [54.240.%d.%d]) "
            "by mx.example.net with ESMTPS id %s for <recipient>; %s"
            % (rng.randint(20, 40), n, region, rng.randint(20, 40), n, region, rng.randint(1, 250), n,
               "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(12)), "%DATE%"))


def recv_other(host, ip):
    return ("from %s (%s [%s]) by mx.example.net with ESMTP id %s for <recipient>; %s"
            % (host, host, ip, "".join(rng.choice("0123456789ABCDEF") for _ in range(10)), "%DATE%"))


# ==========================================================================
# JAPANESE  (amazon.co.jp)
# ==========================================================================
L_JA = dict(nav=["注文履歴", "アカウントサービス", "Amazon.co.jp"], order_label="注文番号",
            items_heading="キャンセルされた商品", qty="数量", sign="Amazon.co.jp")
FOOT_JA = [
    "Amazon.co.jpは、Eメールでお客様のパスワード、クレジットカード番号、銀行口座番号などの個人情報の提供をお願いすることはありません。"
    "このような情報を求めるEメールを受け取った場合は、リンクをクリックせず、情報を入力しないでください。",
    'クレジットカードの番号や有効期限が変更された場合は、<a href="https://www.amazon.co.jp/cpe/yourpayments/wallet">'
    "アカウントサービスの「お支払い方法」</a>から更新してください。",
    'Amazon.co.jpを装った不審なEメールやSMSを受け取った場合は、<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTPLWC5EQ4VP2TVQ">'
    '不審なEメールの報告</a>からご連絡ください。詳しくは<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909120">'
    "なりすましEメールの見分け方</a>をご覧ください。",
    'ご注文の詳細は<a href="https://www.amazon.co.jp/gp/css/order-history">注文履歴</a>からいつでもご確認いただけます。'
    'その他のお問い合わせは<a href="https://www.amazon.co.jp/gp/help/customer/contact-us">カスタマーサービス</a>までご連絡ください。',
    "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
    "アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1 アルコタワー",
]
CLOSE_JA = ["Amazon.co.jpのまたのご利用をお待ちしております。"]
JA = "amazon.co.jp"

# ---- genuine notices -------------------------------------------------------
t, h = notice_parts(
    L_JA, JA, "ご注文の商品のキャンセル", "249-3829157-6604317", "佐藤 健一 様",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "誠に申し訳ございませんが、下記のご注文の商品は、仕入先からの入荷の見込みが立たなくなり、在庫を確保することができませんでした。"
     "そのため、ご注文をキャンセルさせていただきました。",
     "この商品の代金は請求されておりません。クレジットカードのオーソリ（与信枠の確保）が行われている場合は、カード会社により数日以内に解除されます。",
     "ご迷惑をおかけいたしましたことを深くお詫び申し上げます。同じ商品は出品者から購入できる場合があります。"
     '<a href="https://www.amazon.co.jp/gp/css/order-history">注文履歴</a>をご確認ください。'],
    [("象印マホービン ステンレスマグ 水筒 直飲み 480ml SM-ZB48-BM ブラック", 1, "￥3,280")],
    [("小計:", "￥3,280"), ("キャンセルされた金額:", "￥3,280")], CLOSE_JA, FOOT_JA, "ja")
add(kind="notice", lang="ja", cause="inventory_shortage", states_reason=True, marketplace=JA,
    note="supplier cannot restock; html+text alt; auth pass",
    frm=("Amazon.co.jp", "order-update@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to=("佐藤 健一", "k.sato@example.jp"),
    subject="Amazon.co.jp ご注文の商品のキャンセルのお知らせ（#249-3829157-6604317）",
    fmt="alt", cs="utf-8", cte="quoted-printable", html_cte="quoted-printable", auth="pass", mid="amazon",
    received=[recv_ses()], extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], text=t, html=h)

add(kind="notice", lang="ja", cause="payment_issue", states_reason=True, marketplace=JA,
    note="card authorisation failed, update deadline passed; text-only ISO-2022-JP; no auth header",
    frm=("Amazon.co.jp", "payments-messages@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to=("高橋 美咲", "misaki.takahashi@example.jp"),
    subject="Amazon.co.jp ご注文のキャンセル：お支払いの承認が完了しませんでした", subj_cs="iso-2022-jp",
    name_cs="iso-2022-jp", fmt="text", cs="iso-2022-jp", cte="7bit", mid="amazon",
    text=amz_text(L_JA, JA, "ご注文のキャンセル", "503-1184620-9927534", "高橋 美咲 様", [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "先日お送りしたEメールでお知らせしたとおり、ご注文のお支払いに指定されたクレジットカードの承認を得ることができませんでした。"
        "お支払い方法の更新期限までにお手続きが確認できなかったため、下記のご注文をキャンセルいたしました。",
        "このご注文に対する請求は発生しておりません。商品が引き続き必要な場合は、有効なお支払い方法を登録のうえ、改めてご注文ください。",
        "お支払い方法の管理:\nhttps://www.amazon.co.jp/cpe/yourpayments/wallet"],
        [("Anker PowerCore 10000 モバイルバッテリー ブラック", 1, "￥2,990"),
         ("ソニー ワイヤレスイヤホン WF-C500 ブラック", 1, "￥8,800")],
        [("キャンセルされた金額:", "￥11,790")], CLOSE_JA, [strip_tags(f) for f in FOOT_JA]))

add(kind="notice", lang="ja", cause="technical_issue", states_reason=True, marketplace=JA,
    note="pricing error caused by system fault; html-only base64; auth pass",
    frm=("Amazon.co.jp", "order-update@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to=("田中 翔太", "shota.tanaka@example.jp"),
    subject="Amazon.co.jpでのご注文 250-6402193-1157820 はキャンセルされました",
    fmt="html", cs="utf-8", cte="base64", auth="pass", mid="amazon", received=[recv_ses()],
    html=amz_html(L_JA, JA, "ご注文のキャンセル", "250-6402193-1157820", "田中 翔太 様", [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "ご注文いただいた下記の商品について、商品ページに表示されていた価格に誤りがあったことが判明しました。"
        "システムの不具合により、本来の価格とは異なる価格が表示されていたため、誠に勝手ながらご注文をキャンセルさせていただきました。",
        "このご注文に対する請求は発生しておりません。現在の正しい価格は商品ページでご確認いただけます。",
        "ご不便をおかけしましたことをお詫び申し上げます。"],
        [("Apple iPad（第10世代）Wi-Fi 64GB シルバー", 1, "￥5,880")],
        [("キャンセルされた金額:", "￥5,880")], CLOSE_JA, FOOT_JA, lang="ja"))

t, h = notice_parts(
    L_JA, JA, "アカウントの確認とご注文のキャンセル", "249-7710385-4419962", "伊藤 大輔 様",
    ["お客様のアカウントで通常とは異なるアクティビティが確認されました。セキュリティ保護のため、アカウントを一時的に保留とし、"
     "下記のご注文をキャンセルいたしました。",
     "アカウントを再度ご利用いただくには、Amazon.co.jpにサインインし、画面の指示に従って本人確認を完了してください。"
     "このEメール内のリンクではなく、ブラウザまたはAmazonショッピングアプリから直接サインインすることをおすすめします。",
     "キャンセルされたご注文の代金は請求されておりません。"],
    [("Nintendo Switch（有機ELモデル） Joy-Con(L)/(R) ホワイト", 2, "￥75,960"),
     ("Amazonギフトカード（Eメールタイプ）", 1, "￥50,000")],
    [("キャンセルされた金額:", "￥125,960")], CLOSE_JA, FOOT_JA, "ja")
add(kind="notice", lang="ja", cause="fraud_prevention", states_reason=True, marketplace=JA,
    note="unusual activity, account on hold; alt 8bit; no auth header",
    frm=("Amazon.co.jp", "cs-reply@amazon.co.jp"), to=("伊藤 大輔", "d.ito@example.jp"),
    subject="Amazon.co.jp アカウントの確認とご注文のキャンセルについて",
    fmt="alt", cs="utf-8", cte="8bit", html_cte="8bit", mid="amazon", text=t, html=h)

t, h = notice_parts(
    L_JA, JA, "キャンセルのリクエストを承りました", "503-8825106-3371549", "渡辺 由美 様",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "お客様からのキャンセルのリクエストにより、下記の商品のキャンセルが完了しました。",
     "キャンセル理由: お客様によるキャンセル",
     "代金は請求されておりません。お客様ご自身でキャンセルを行っていない場合は、"
     '<a href="https://www.amazon.co.jp/gp/help/customer/contact-us">カスタマーサービス</a>までご連絡ください。'],
    [("BRITA ブリタ 浄水ポット リクエリ 1.15L カートリッジ3個付き", 1, "￥2,480"),
     ("無印良品 ポリプロピレン収納ケース 引出式 深型", 2, "￥3,980")],
    [("キャンセルされた金額:", "￥6,460")], CLOSE_JA, FOOT_JA, "ja")
add(kind="notice", lang="ja", cause="customer_request", states_reason=True, marketplace=JA,
    note="customer cancelled; 'Cancel reason' line; auth pass",
    frm=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to=("渡辺 由美", "yumi.w@example.jp"),
    subject="Amazon.co.jp ご注文の商品のキャンセルを承りました", subj_enc="q",
    fmt="alt", cs="utf-8", cte="quoted-printable", html_cte="base64", auth="pass", mid="amazon",
    received=[recv_ses()], text=t, html=h)

add(kind="notice", lang="ja", cause="unknown", states_reason=False, marketplace=JA,
    note="'information from Amazon' style, no reason given; html-only qp; no auth",
    frm=("Amazon.co.jp", "no-reply@amazon.co.jp"), to=("小林 直樹", "naoki.k@example.jp"),
    subject="Amazon.co.jpからのお知らせ",
    fmt="html", cs="utf-8", cte="quoted-printable", mid="amazon",
    html=amz_html(L_JA, JA, "ご注文に関するお知らせ", "249-0547731-8860154", "小林 直樹 様", [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "ご注文 #249-0547731-8860154 の下記の商品はキャンセルされました。ご不便をおかけして申し訳ございません。",
        "この商品の代金は請求されておりません。引き続き商品が必要な場合は、改めてご注文ください。"],
        [("パナソニック 電動歯ブラシ ドルツ EW-DT73-W", 1, "￥18,700")],
        [("キャンセルされた金額:", "￥18,700")], CLOSE_JA, FOOT_JA, lang="ja"))

# ---- lookalikes ------------------------------------------------------------
add(kind="lookalike", lang="ja", cause="payment_issue", states_reason=True, marketplace=None,
    note="gmail sender, callback phone number for refund, malformed order no.",
    frm=("Amazon カスタマーセンター", "amazon.jp.support.center@gmail.com"), name_cs="iso-2022-jp",
    to=(None, "k.sato@example.jp"), subject="【重要】Amazonご注文キャンセルのお知らせ 返金手続きのお願い",
    subj_cs="iso-2022-jp", fmt="text", cs="iso-2022-jp", cte="7bit", tz=9, mid="other",
    received=[recv_other("mail-pl1-f170.google.com", "209.85.214.170")],
    text="""お客様各位

いつもAmazonをご利用いただき誠にありがとうございます。

お客様のご注文（注文番号：249-5512-88301）は、お支払いカードの決済エラーによりキャンセルされました。

ご注文代金の返金手続きを行うため、24時間以内に下記のAmazon返金サポートセンターまでお電話ください。

　Amazon返金サポートセンター
　電話番号：050-3185-7742（24時間受付）

お電話の際は注文番号をお伝えください。期限内にご連絡いただけない場合、返金は無効となりますのでご注意ください。

Amazon.co.jp カスタマーサービス
""")

add(kind="lookalike", lang="ja", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled, 'use this code', lookalike domain",
    frm=("Amazon.co.jp", "account-security@amazon-co-jp-verify.com"), to=(None, "shota.tanaka@example.jp"),
    subject="Amazon.co.jp：アカウント一時停止とご注文キャンセルのお知らせ",
    fmt="html", cs="utf-8", cte="base64", mid="other",
    received=[recv_other("vps-4471.hostingnode.xyz", "185.244.25.61")],
    html=amz_html(L_JA, JA, "アカウントの一時停止", "249-6718203-5590147", "お客様", [
        "お客様のアカウントで不審なサインインが検出されたため、アカウントは一時的に停止され、処理中のご注文はキャンセルされました。",
        "アカウントを復元するには、以下の確認コードを使用して48時間以内に本人確認を完了してください。",
        '<span style="font-size:24px;letter-spacing:6px;font-weight:bold;">738 214</span>',
        "期限内に確認が完了しない場合、アカウントは永久に閉鎖されます。"],
        None, None, ["ご理解とご協力をお願いいたします。"],
        ["Amazon.co.jpがEメールでパスワードをお尋ねすることはありません。", "© 1996-2024, Amazon.com, Inc. or its affiliates"],
        link=lambda p: "http://amazon-co-jp-verify.com/restore?sid=8f2a91c&p=" + urllib.parse.quote(p, safe=""),
        button=("アカウントを復元する", "http://amazon-co-jp-verify.com/restore?sid=8f2a91c"), lang="ja"))

add(kind="lookalike", lang="ja", cause="payment_issue", states_reason=True, marketplace=None,
    note="amaz0n domain, reply-to outlook, asks to reply with card details, 'will be cancelled'",
    frm=("Amazon.co.jp", "support@amaz0n.co.jp"), reply_to="amazon-billing-jp@outlook.com",
    to=(None, "yumi.w@example.jp"), subject="ご注文キャンセル処理中：カード情報の再確認が必要です",
    fmt="text", cs="utf-8", cte="8bit", tz=9, mid="other",
    text="""Amazon.co.jp をご利用のお客様

ご注文（注文番号:249-3310-774）のお支払いが承認されなかったため、現在ご注文はキャンセル処理中です。

ご注文を継続するには、このメールに以下の情報をご記入のうえご返信ください。

 ・カード名義人
 ・カード番号（16桁）
 ・有効期限
 ・セキュリティコード（裏面3桁）
 ・生年月日

12時間以内にご返信がない場合、ご注文は自動的にキャンセルされ、アカウントの利用が制限されます。

Amazon.co.jp 決済担当
""")

add(kind="lookalike", lang="ja", cause="technical_issue", states_reason=True, marketplace=None,
    note="polished copy of genuine template; link text shows amazon.co.jp, href to other domain; forged auth of own domain",
    frm=("Amazon.co.jp", "order-update@jp-amazon-service.com"), to=("佐藤 健一", "k.sato@example.jp"),
    subject="Amazon.co.jp ご注文の商品のキャンセルのお知らせ（#249-4102876-3315408）",
    auth=("mx.example.net; dkim=pass header.d=jp-amazon-service.com header.s=default; "
          "spf=pass smtp.mailfrom=jp-amazon-service.com; dmarc=pass header.from=jp-amazon-service.com"),
    fmt="alt", cs="utf-8", cte="quoted-printable", html_cte="quoted-printable", mid="other",
    received=[recv_other("mail.jp-amazon-service.com", "45.137.21.9")],
    text="""Amazon.co.jp ご注文の商品のキャンセル
注文番号 249-4102876-3315408

佐藤 健一 様

システムエラーにより、ご注文の商品が誤った価格で処理されたため、ご注文はキャンセルされました。
返金を受け取るには、以下のページでお支払い情報を再確認してください。

https://www.amazon.co.jp/gp/css/order-history
(http://jp-amazon.cancel-refund.top/ap/signin?ord=249-4102876-3315408)

Amazon.co.jp
""",
    html=amz_html(L_JA, JA, "ご注文の商品のキャンセル", "249-4102876-3315408", "佐藤 健一 様", [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "システムエラーにより、ご注文の商品が誤った価格で処理されたため、ご注文はキャンセルされました。",
        "返金を受け取るには、以下のページからお支払い情報を再確認してください。",
        '<a href="http://jp-amazon.cancel-refund.top/ap/signin?ord=249-4102876-3315408">https://www.amazon.co.jp/gp/css/order-history</a>'],
        [("ダイソン Dyson V12 Detect Slim Fluffy SV46FF", 1, "￥89,800")],
        [("返金予定額:", "￥89,800")], CLOSE_JA, FOOT_JA[:2],
        link=lambda p: "http://jp-amazon.cancel-refund.top/r?u=" + urllib.parse.quote(p, safe=""), lang="ja"))

add(kind="lookalike", lang="ja", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="Cyrillic A in display name, lookalike .help domain, O-for-0 order no., refund bank form",
    frm=("Аmazon.co.jp", "notice@amazon-jp-orders.help"), to=(None, "naoki.k@example.jp"),
    subject="ご注文の商品は在庫切れのためキャンセルされました", subj_enc="b",
    fmt="alt", cs="utf-8", cte="base64", html_cte="base64", bstyle="other", mid="other",
    text="""Amazon.co.jp

ご注文番号: #249-88O1234-5567

ご注文いただいた商品は在庫切れのためキャンセルされました。
ご注文代金 ￥12,800 の返金を受け取るには、下記リンクから返金先の口座情報をご登録ください。

https://amazon-jp-orders.help/jp/refund?id=88O1234

72時間以内にご登録がない場合、返金は処理されません。
""",
    html="""<html><head><meta charset="%CHARSET%"></head><body style="font-family:Arial,sans-serif">
<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://amazon-jp-orders.help/img/logo.png" alt="amazon.co.jp" width="120">
<h2 style="color:#c60">ご注文のキャンセル</h2>
<p>ご注文番号: #249-88O1234-5567</p>
<p>ご注文いただいた商品は<b>在庫切れ</b>のためキャンセルされました。</p>
<p>ご注文代金 <b>￥12,800</b> の返金を受け取るには、下記ボタンから返金先の口座情報をご登録ください。</p>
<p><a href="https://amazon-jp-orders.help/jp/refund?id=88O1234" style="background:#f0c14b;padding:10px 30px;color:#111;text-decoration:none">返金を受け取る</a></p>
<p style="font-size:11px;color:#888">72時間以内にご登録がない場合、返金は処理されません。<br>&copy; Amazon.co.jp</p>
</div></body></html>
""")

add(kind="lookalike", lang="ja", cause="unknown", states_reason=False, marketplace=None,
    note="crude machine-translated, Greek omicron in display name, yahoo sender, no order no., shortener link",
    frm=("Amazοn Japan", "amzn_service_jp2024@yahoo.co.jp"), to=(None, "misaki.takahashi@example.jp"),
    subject="あなたの注文はキャンセルされました!!", fmt="text", cs="utf-8", cte="base64", tz=9, mid="other",
    text="""親愛なる顧客、

あなたのアマゾン注文はキャンセルされました。
詳細を確認するためにはすぐ下のリンクをクリックしてください。

http://bit.ly/3xAmzJp

あなたがこれを行うしない場合、あなたのアカウントは永久に閉鎖されます。

アマゾンチーム
""")

add(kind="lookalike", lang="ja", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon.co.jp.<evil>.xyz domain, no order number, 'will be cancelled in 24h unless you verify'",
    frm=("Amazon.co.jp セキュリティセンター", "no-reply@amazon.co.jp.secure-cancel.xyz"), to=(None, "d.ito@example.jp"),
    subject="【Amazon】不正利用の疑いがあるため、ご注文は24時間後にキャンセルされます",
    fmt="html", cs="utf-8", cte="quoted-printable", mid="other",
    html="""<!DOCTYPE html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="margin:0;background:#f3f3f3">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#111">
<tr><td style="padding:20px;border-bottom:3px solid #ff9900"><b style="font-size:22px">amazon</b><span style="color:#888">.co.jp</span></td></tr>
<tr><td style="padding:20px">
<p>お客様</p>
<p>お客様のアカウントで、第三者による不正な注文の可能性が検出されました。</p>
<p>ご本人様によるご注文である場合は、<b>24時間以内</b>に以下のボタンからご本人確認を行ってください。確認が取れない場合、ご注文はキャンセルされ、アカウントは利用停止となります。</p>
<p style="text-align:center"><a href="http://amazon.co.jp.secure-cancel.xyz/verify/index.php?lang=ja" style="display:inline-block;background:#ff9900;color:#fff;padding:12px 40px;text-decoration:none;border-radius:4px">本人確認を行う</a></p>
<p style="color:#666;font-size:12px">このメールは送信専用です。Amazon.co.jp</p>
</td></tr></table></td></tr></table></body></html>
""")

add(kind="lookalike", lang="ja", cause="customer_request", states_reason=True, marketplace=None,
    note="'cancelled at your request', callback number, outlook.jp sender, order no. with short last group",
    frm=("Amazon.co.jp", "amazon-cancel-desk@outlook.jp"), to=(None, "shota.tanaka@example.jp"),
    subject="ご注文のキャンセルが完了しました（注文番号 503-2291845-771）",
    fmt="alt", cs="utf-8", cte="base64", html_cte="quoted-printable", bstyle="outlook", tz=9, mid="other",
    extra=[("X-MS-Has-Attach", ""), ("X-Originating-IP", "[103.152.18.44]")],
    text="""Amazon.co.jp をご利用いただきありがとうございます。

お客様のリクエストにより、以下のご注文のキャンセルが完了しました。

注文番号：503-2291845-771
商品：Apple iPhone 15 Pro 256GB ナチュラルチタニウム
金額：￥159,800

このキャンセルにお心当たりがない場合、または返金に関するお問い合わせは、
Amazon公式サポート窓口 0120-931-5527（平日9時〜21時）までお電話ください。
担当者が遠隔操作でお手続きをご案内いたします。

Amazon.co.jp カスタマーサービス
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head><body>
<div style="font-family:Meiryo,sans-serif;font-size:14px">
<p>Amazon.co.jp をご利用いただきありがとうございます。</p>
<p>お客様のリクエストにより、以下のご注文のキャンセルが完了しました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>注文番号</td><td>503-2291845-771</td></tr>
<tr><td>商品</td><td>Apple iPhone 15 Pro 256GB ナチュラルチタニウム</td></tr>
<tr><td>金額</td><td>￥159,800</td></tr></table>
<p>このキャンセルにお心当たりがない場合、または返金に関するお問い合わせは、<br>
<b>Amazon公式サポート窓口 0120-931-5527</b>（平日9時〜21時）までお電話ください。<br>
担当者が遠隔操作でお手続きをご案内いたします。</p>
<p>Amazon.co.jp カスタマーサービス</p></div></body></html>
""")

# ---- non-notices -----------------------------------------------------------
add(kind="non_notice", lang="ja", cause=None, states_reason=False, marketplace=None,
    note="Rakuten Ichiba shop cancels (stock shared with its Amazon store)",
    frm=("楽天市場店 キッチン雑貨ラクマルシェ", "order@rakumarche.shop.rakuten.co.jp"), name_cs="iso-2022-jp",
    to=("佐藤 健一", "k.sato@example.jp"),
    subject="【楽天市場】ご注文キャンセルのお知らせ（受注番号：284563-20240611-0123456789）", subj_cs="iso-2022-jp",
    fmt="text", cs="iso-2022-jp", cte="7bit", tz=9, mid="other",
    text="""佐藤 健一 様

この度は「キッチン雑貨ラクマルシェ」をご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文いただいた下記の商品につきまして、
当店では楽天市場のほかAmazon・Yahoo!ショッピングの店舗と在庫を共有しており、
在庫数の反映が間に合わず欠品となってしまいました。

誠に勝手ながら、本ご注文はキャンセルとさせていただきました。

■受注番号：284563-20240611-0123456789
■商品名　：ル・クルーゼ ココット・ロンド 20cm チェリーレッド
■数量　　：1
■金額　　：32,780円（税込）

お支払い（楽天ペイ）のご請求は取り消されます。
楽天ポイントをご利用の場合は、数日以内に返還されます。

ご迷惑をおかけいたしましたことを心よりお詫び申し上げます。

――――――――――――――――――――
キッチン雑貨ラクマルシェ
〒460-0008 愛知県名古屋市中区栄3-1-1
TEL：052-000-1234（平日10:00-17:00）
――――――――――――――――――――
""")

add(kind="non_notice", lang="ja", cause=None, states_reason=False, marketplace=None,
    note="friend writes he cancelled his own Amazon order",
    frm=("中村 陽介", "yosuke.nakamura@gmail.com"), to=("佐藤 健一", "k.sato@example.jp"),
    subject="Re: 週末のキャンプ", fmt="text", cs="utf-8", cte="8bit", tz=9, mid="other",
    extra=[("In-Reply-To", "<CAF7x2Ldq0example@mail.gmail.com>")],
    text="""健一へ

テントの件、Amazonで注文してたやつ、結局キャンセルした。
到着予定が来週の火曜になってて、土曜には間に合わないっぽいから。
代わりに明日、駅前のアウトドアショップで買ってくるわ。

あと、寝袋は2つ持ってるから1つ貸せるよ。
炭とか食材は当日の朝にスーパーで買えばいいかな？

陽介

2024年6月11日(火) 21:14 佐藤 健一 <k.sato@example.jp>:
> テントって届いた？ 土曜は8時に駅集合でいい？
""")

add(kind="non_notice", lang="ja", cause=None, states_reason=False, marketplace=None,
    note="security newsletter quoting fake Amazon cancellation subjects",
    frm=("セキュリティ・ウォッチ", "mag@security-watch-news.jp"), to=(None, "d.ito@example.jp"),
    subject="【週刊セキュリティ・ウォッチ】Amazonをかたる「ご注文キャンセル」メールに注意",
    fmt="html", cs="utf-8", cte="quoted-printable", tz=9, mid="other",
    extra=[("List-Unsubscribe", "<https://security-watch-news.jp/unsubscribe?u=51822>"),
           ("List-Id", "<weekly.security-watch-news.jp>"), ("Precedence", "bulk")],
    html="""<!DOCTYPE html><html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"><title>週刊セキュリティ・ウォッチ</title></head>
<body style="font-family:sans-serif;font-size:14px;line-height:1.7;color:#222">
<div style="max-width:640px;margin:auto">
<h1 style="font-size:20px;border-bottom:2px solid #1a5fb4">週刊セキュリティ・ウォッチ 第212号</h1>
<h2 style="font-size:17px">今週のトピック：Amazonをかたる「ご注文キャンセル」フィッシング</h2>
<p>今週は、Amazonを装って「ご注文がキャンセルされました」と伝えるフィッシングメールの報告が急増しました。確認された件名の例は次のとおりです。</p>
<ul>
<li>「【Amazon】ご注文がキャンセルされました」</li>
<li>「Amazon.co.jp：お支払い方法の問題によりご注文はキャンセルされました」</li>
<li>「アカウント一時停止とご注文キャンセルのお知らせ」</li>
</ul>
<p>本文では、返金を受け取るためと称して偽のサインインページへ誘導したり、「返金サポート」の電話番号に電話をかけさせたりする手口が使われています。注文番号の桁数が正しくない、差出人のドメインがamazon.co.jpではない、といった特徴があります。</p>
<p>本物のAmazonがEメールでパスワードやカード番号を尋ねることはありません。注文の状況は、メール内のリンクではなく、アプリやブックマークから注文履歴を開いて確認しましょう。</p>
<h2 style="font-size:17px">その他のニュース</h2>
<p>・大手宅配業者を装うSMSの新たな文面を確認<br>・ブラウザの定例アップデートで深刻な脆弱性を修正</p>
<p style="font-size:12px;color:#777">配信停止は<a href="https://security-watch-news.jp/unsubscribe?u=51822">こちら</a>　発行：セキュリティ・ウォッチ編集部</p>
</div></body></html>
""")

t, h = notice_parts(
    L_JA, JA, "お届け時間帯の予約の解除", None, "佐藤 健一 様",
    ["Amazonフレッシュをご利用いただき、ありがとうございます。",
     "ご予約いただいていた6月14日（金）18:00〜20:00のお届け時間帯は、予約の有効期限までにご注文手続きが完了しなかったため、解除されました。",
     "カートの中の商品はそのまま保存されています。お買い物を続ける場合は、改めてお届け時間帯を選択してください。",
     '<a href="https://www.amazon.co.jp/alm/storefront?almBrandId=QW1hem9uIEZyZXNo">Amazonフレッシュのお買い物を続ける</a>'],
    None, None, CLOSE_JA, FOOT_JA, "ja")
add(kind="non_notice", lang="ja", cause=None, states_reason=False, marketplace=None,
    note="Amazon Fresh delivery-slot reservation released (no order placed); from amazon.co.jp",
    frm=("Amazonフレッシュ", "no-reply@amazon.co.jp"), to=("佐藤 健一", "k.sato@example.jp"),
    subject="Amazonフレッシュ：お届け時間帯の予約が解除されました",
    fmt="alt", cs="utf-8", cte="base64", html_cte="base64", auth="pass", mid="amazon", text=t, html=h)

add(kind="non_notice", lang="ja", cause=None, states_reason=False, marketplace=None,
    note="Audible membership cancelled",
    frm=("Audible", "no-reply@audible.co.jp"), to=("渡辺 由美", "yumi.w@example.jp"),
    subject="Audible会員プランの退会手続きが完了しました",
    fmt="text", cs="utf-8", cte="quoted-printable", mid="amazon",
    text="""渡辺 由美 様

Audibleをご利用いただき、ありがとうございます。

Audible会員プランの退会手続きが完了しました。
会員特典は、現在の請求期間の最終日（2024年7月3日）までご利用いただけます。
それ以降、月会費（1,500円）は請求されません。

ライブラリに追加したタイトルのうち、購入済みのタイトルは退会後も引き続きお聴きいただけます。
聴き放題対象のタイトルは、会員期間の終了とともにライブラリから削除されます。

再登録はいつでも下記のページから行えます。
https://www.audible.co.jp/ep/memberbenefits

Audible（オーディブル）はAmazonのグループ会社です。
Audibleがパスワードやカード情報をEメールでお尋ねすることはありません。

Audible, Inc.
""")

t, h = notice_parts(
    L_JA, JA, "お支払い方法の更新のお願い", "249-6631207-5548830", "伊藤 大輔 様",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "ご注文のお支払いに指定されたクレジットカード（末尾 3021）の承認を得ることができませんでした。",
     "ご注文を確定するには、2024年9月12日までに"
     '<a href="https://www.amazon.co.jp/gp/css/summary/edit.html?orderID=249-6631207-5548830">注文の詳細</a>'
     "からお支払い方法を更新してください。期限までに更新されない場合、ご注文はキャンセルされます。",
     "お支払い方法が更新され次第、ご注文の処理を再開いたします。"],
    [("山善 防災セット 2人用 30点", 1, "￥14,800")], [("ご請求予定額:", "￥14,800")], CLOSE_JA, FOOT_JA, "ja")
add(kind="non_notice", lang="ja", cause=None, states_reason=False, marketplace=None,
    note="genuine payment-revision reminder before any cancellation; auth pass",
    frm=("Amazon.co.jp", "payments-messages@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to=("伊藤 大輔", "d.ito@example.jp"),
    subject="Amazon.co.jp ご注文のお支払い方法を更新してください（#249-6631207-5548830）",
    fmt="alt", cs="utf-8", cte="quoted-printable", html_cte="quoted-printable", auth="pass", mid="amazon",
    received=[recv_ses()], text=t, html=h)


# ==========================================================================
# TURKISH  (amazon.com.tr)
# ==========================================================================
L_TR = dict(nav=["Siparişlerim", "Hesabım", "Amazon.com.tr"], order_label="Sipariş No.",
            items_heading="İptal Edilen Ürünler", qty="Adet", sign="Amazon.com.tr")
FOOT_TR = [
    "Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez. "
    "Bu tür bilgileri isteyen bir e-posta alırsanız bağlantılara tıklamayın ve herhangi bir bilgi paylaşmayın.",
    "Kart numaranız veya son kullanma tarihiniz değiştiyse, Hesabım bölümündeki "
    '<a href="https://www.amazon.com.tr/cpe/yourpayments/wallet">Ödeme Yöntemlerim</a> sayfasından güncelleyebilirsiniz.',
    "Amazon.com.tr'den geldiğini iddia eden şüpheli bir e-posta aldıysanız lütfen "
    '<a href="https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B">buradan bildirin</a>. '
    'Sahte e-postaları nasıl tanıyacağınızı <a href="https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=201909130">Yardım</a> sayfamızda bulabilirsiniz.',
    'Siparişlerinizin durumunu her zaman <a href="https://www.amazon.com.tr/gp/css/order-history">Siparişlerim</a> sayfasından '
    'kontrol edebilirsiniz. Başka bir sorunuz varsa <a href="https://www.amazon.com.tr/gp/help/customer/contact-us">Müşteri Hizmetleri</a> ile iletişime geçin.',
    "Bu e-posta yalnızca bildirim amaçlı bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
    "Amazon Turkey Perakende Hizmetleri Limited Şirketi, Esentepe Mah. Büyükdere Cad. No:199, 34394 Şişli/İstanbul. Mersis No: 0068000000000000",
]
CLOSE_TR = ["Sizi yeniden görmeyi umuyoruz."]
TR = "amazon.com.tr"

add(kind="notice", lang="tr", cause="inventory_shortage", states_reason=True, marketplace=TR,
    note="seller could not supply, out of stock; text-only iso-8859-9 qp; no auth",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to=("Elif Kaya", "elif.kaya@example.com.tr"), name_cs="iso-8859-9",
    subject="Amazon.com.tr siparişinizdeki ürün iptal edildi (#403-5528174-0093216)", subj_cs="iso-8859-9",
    fmt="text", cs="iso-8859-9", cte="quoted-printable", mid="amazon",
    text=amz_text(L_TR, TR, "Sipariş İptali", "403-5528174-0093216", "Merhaba Elif Kaya,", [
        "Üzgünüz, aşağıdaki ürünü satıcı tedarik edemediği için siparişinizden iptal etmek zorunda kaldık. "
        "Ürün şu anda stokta bulunmuyor ve ne zaman tekrar stoğa gireceği bilinmiyor.",
        "Bu ürün için sizden herhangi bir ücret alınmadı. Kartınızda geçici bir provizyon görünüyorsa, "
        "bankanıza bağlı olarak birkaç iş günü içinde kaldırılacaktır.",
        "Yaşattığımız aksaklık için özür dileriz."],
        [("Philips Airfryer XXL HD9650/90 Fritöz, Siyah", 1, "7.499,00 TL")],
        [("İptal edilen tutar:", "7.499,00 TL")], CLOSE_TR, [strip_tags(f) for f in FOOT_TR]))

t, h = notice_parts(
    L_TR, TR, "Siparişiniz iptal edildi", "406-1173092-5528410", "Merhaba Can Öztürk,",
    ["Siparişinizin ödemesi için kullandığınız kart, bankanız tarafından reddedildi. Size daha önce gönderdiğimiz e-postada "
     "ödeme bilgilerinizi güncellemenizi istemiştik.",
     "Ödeme bilgileriniz belirtilen süre içinde güncellenmediği için aşağıdaki siparişinizi iptal ettik. Sizden herhangi bir ücret alınmadı.",
     "Ürünleri hâlâ almak istiyorsanız, geçerli bir ödeme yöntemi ekleyip yeni bir sipariş verebilirsiniz."],
    [("Samsung Galaxy Buds2 Pro Kablosuz Kulaklık, Grafit", 1, "4.299,00 TL"),
     ("Anker 735 Şarj Cihazı (Nano II 65W)", 1, "1.349,90 TL")],
    [("Ara toplam:", "5.648,90 TL"), ("İptal edilen tutar:", "5.648,90 TL")], CLOSE_TR, FOOT_TR, "tr")
add(kind="notice", lang="tr", cause="payment_issue", states_reason=True, marketplace=TR,
    note="card declined, payment details not updated in time; alt qp; auth pass",
    frm=("Amazon.com.tr", "payments-messages@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to=("Can Öztürk", "can.ozturk@example.com.tr"),
    subject="Amazon.com.tr siparişiniz #406-1173092-5528410 iptal edildi",
    fmt="alt", cs="utf-8", cte="quoted-printable", html_cte="quoted-printable", auth="pass", mid="amazon",
    received=[recv_ses("eu-west-1")], extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], text=t, html=h)

add(kind="notice", lang="tr", cause="technical_issue", states_reason=True, marketplace=TR,
    note="wrong price on product page due to technical error; html-only iso-8859-9 base64; no auth",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to=("Zeynep Arslan", "zeynep.arslan@example.com.tr"),
    subject="Siparişinizle ilgili bilgilendirme: #403-9031457-2286630", subj_cs="iso-8859-9",
    fmt="html", cs="iso-8859-9", cte="base64", mid="amazon",
    html=amz_html(L_TR, TR, "Sipariş İptali", "403-9031457-2286630", "Merhaba Zeynep Arslan,", [
        "Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
        "Aşağıdaki ürünün sayfasında gösterilen fiyatta bir hata olduğunu tespit ettik. Teknik bir sorun nedeniyle ürün, "
        "doğru fiyatından farklı bir fiyatla listelendi. Bu nedenle siparişinizi iptal ettik.",
        "Bu sipariş için sizden herhangi bir ücret alınmadı. Ürünün güncel fiyatını ürün sayfasında görebilirsiniz.",
        "Anlayışınız için teşekkür ederiz."],
        [("Dyson V15 Detect Absolute Kablosuz Süpürge", 1, "1.249,00 TL")],
        [("İptal edilen tutar:", "1.249,00 TL")], CLOSE_TR, FOOT_TR, lang="tr"))

t, h = notice_parts(
    L_TR, TR, "Hesabınız ve siparişiniz hakkında", "406-6620871-3310945", "Merhaba Emre Şahin,",
    ["Hesabınızda olağan dışı bir etkinlik fark ettik. Hesabınızı ve ödeme bilgilerinizi korumak için hesabınızı geçici olarak "
     "beklemeye aldık ve aşağıdaki siparişinizi iptal ettik.",
     "Hesabınıza yeniden erişmek için Amazon.com.tr'de oturum açın ve ekrandaki adımları izleyerek kimlik doğrulamasını tamamlayın. "
     "Bu e-postadaki bağlantılar yerine tarayıcınıza doğrudan amazon.com.tr yazmanızı veya Amazon Alışveriş uygulamasını kullanmanızı öneririz.",
     "İptal edilen sipariş için sizden ücret alınmadı."],
    [("Apple iPhone 15 128 GB, Siyah", 1, "52.999,00 TL"),
     ("Amazon.com.tr Hediye Kartı (E-posta ile)", 2, "10.000,00 TL")],
    [("İptal edilen tutar:", "62.999,00 TL")], CLOSE_TR, FOOT_TR, "tr")
add(kind="notice", lang="tr", cause="fraud_prevention", states_reason=True, marketplace=TR,
    note="unusual activity, account on hold, identity verification; alt base64; auth pass",
    frm=("Amazon.com.tr", "cs-reply@amazon.com.tr"), to=("Emre Şahin", "emre.sahin@example.com.tr"),
    subject="Amazon.com.tr hesabınız ve siparişiniz hakkında",
    fmt="alt", cs="utf-8", cte="base64", html_cte="base64", auth="pass", mid="amazon",
    received=[recv_ses("eu-west-1")], text=t, html=h)

add(kind="notice", lang="tr", cause="customer_request", states_reason=True, marketplace=TR,
    note="successful cancellation at customer's request, 'Iptal Nedeni' line; text-only 8bit; no auth",
    frm=("Amazon.com.tr", "auto-confirm@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to=("Ayşe Demir", "ayse.demir@example.com.tr"),
    subject="Amazon.com.tr siparişinizden ürün iptali başarılı", subj_enc="q",
    fmt="text", cs="utf-8", cte="8bit", mid="amazon",
    text=amz_text(L_TR, TR, "İptal Onayı", "403-2248806-7719053", "Merhaba Ayşe Demir,", [
        "Talebiniz üzerine aşağıdaki ürün(ler) siparişinizden iptal edilmiştir.",
        "İptal Nedeni: Müşteri tarafından iptal edildi",
        "İptal edilen ürünler için sizden ücret alınmayacaktır. Siparişinizdeki diğer ürünler planlandığı gibi gönderilecektir.",
        "Bu iptali siz talep etmediyseniz lütfen Müşteri Hizmetleri ile iletişime geçin: https://www.amazon.com.tr/gp/help/customer/contact-us"],
        [("Karaca Hatır Türk Kahvesi Makinesi, Krom", 1, "1.899,00 TL")],
        [("İptal edilen tutar:", "1.899,00 TL")], CLOSE_TR, [strip_tags(f) for f in FOOT_TR]))

add(kind="notice", lang="tr", cause="unknown", states_reason=True, marketplace=TR,
    note="cancelled because address undeliverable (fits none of the four); html-only qp; auth pass",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to=("Murat Çelik", "murat.celik@example.com.tr"),
    subject="Amazon.com.tr siparişiniz #406-4495218-0067731 iptal edildi",
    fmt="html", cs="utf-8", cte="quoted-printable", auth="pass", mid="amazon", received=[recv_ses("eu-west-1")],
    html=amz_html(L_TR, TR, "Siparişiniz iptal edildi", "406-4495218-0067731", "Merhaba Murat Çelik,", [
        "Kargo firması, siparişinizi belirttiğiniz teslimat adresine teslim edemedi. Adres eksik veya hatalı olduğu için paket bize geri gönderildi.",
        "Bu nedenle siparişinizi iptal ettik. Ödediğiniz tutar, ödeme yönteminize 3-5 iş günü içinde iade edilecektir.",
        'Gelecekteki siparişlerinizde sorun yaşamamak için <a href="https://www.amazon.com.tr/a/addresses">Adreslerim</a> sayfasından adresinizi kontrol edebilirsiniz.'],
        [("Xiaomi Redmi Pad SE 8 GB/256 GB Tablet, Gri", 1, "7.999,00 TL")],
        [("İade edilecek tutar:", "7.999,00 TL")], CLOSE_TR, FOOT_TR, lang="tr"))

# ---- lookalikes ------------------------------------------------------------
add(kind="lookalike", lang="tr", cause="payment_issue", states_reason=True, marketplace=None,
    note="hotmail sender, call-back number for refund, malformed order no.",
    frm=("Amazon Destek", "amazontr.destek@hotmail.com"), to=(None, "elif.kaya@example.com.tr"),
    subject="Siparişiniz iptal edildi - iade için bizi arayın", fmt="text", cs="utf-8", cte="8bit",
    tz=3, mid="other", bstyle="outlook",
    text="""Değerli Müşterimiz,

Ödeme işleminizde sorun oluştuğu için #403-77120-5519 numaralı siparişiniz iptal edilmiştir.

4.899,00 TL tutarındaki iadenizin hesabınıza aktarılabilmesi için 24 saat içinde
0850 305 41 87 numaralı Amazon İade Destek Hattı'nı aramanız gerekmektedir.

Aramadığınız takdirde iade işleminiz gerçekleştirilemeyecektir.

Saygılarımızla,
Amazon Müşteri Hizmetleri
""")

add(kind="lookalike", lang="tr", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled, verification code, lookalike domain",
    frm=("Amazon.com.tr", "guvenlik@amazon-tr-hesap.com"), to=(None, "can.ozturk@example.com.tr"),
    subject="Hesabınız askıya alındı - siparişiniz iptal edildi",
    fmt="html", cs="utf-8", cte="base64", mid="other",
    received=[recv_other("srv1.amazon-tr-hesap.com", "91.215.85.40")],
    html=amz_html(L_TR, TR, "Hesap Güvenliği", "406-3381920-4471185", "Sayın Müşterimiz,", [
        "Hesabınızda şüpheli bir oturum açma girişimi tespit edildiği için hesabınız askıya alınmış ve bekleyen siparişiniz iptal edilmiştir.",
        "Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:",
        '<span style="font-size:24px;letter-spacing:6px;font-weight:bold;">481 907</span>',
        "Doğrulama 24 saat içinde yapılmazsa hesabınız kalıcı olarak kapatılacaktır."],
        None, None, ["Anlayışınız için teşekkür ederiz."],
        ["Amazon.com.tr asla şifrenizi sormaz.", "© 1996-2024, Amazon.com, Inc. veya bağlı şirketleri"],
        link=lambda p: "https://amazon-tr-hesap.com/dogrula?ref=" + urllib.parse.quote(p, safe=""),
        button=("Hesabımı Doğrula", "https://amazon-tr-hesap.com/dogrula?kod=481907"), lang="tr"))

add(kind="lookalike", lang="tr", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude, amaz0n domain, reply with card details + ID no., 'will be cancelled'; iso-8859-9 8bit",
    frm=("Amazon Turkiye", "siparis@amaz0n-tr.com"), reply_to="amazon.odeme.tr@gmail.com",
    to=(None, "ayse.demir@example.com.tr"), subject="ACIL: Siparisiniz iptal edilecek",
    fmt="text", cs="iso-8859-9", cte="8bit", tz=3, mid="other",
    text="""Sayın müşterimiz,

Siparişinizin ödemesi bankaniz tarafindan onaylanmadi. Siparisiniz 12 saat icinde IPTAL EDILECEKTIR.

Iptali önlemek icin bu e-postayi asagidaki bilgilerle yanitlayin:

- Kart üzerindeki isim
- Kart numarasi
- Son kullanma tarihi
- CVV (kartin arkasindaki 3 hane)
- T.C. Kimlik No

Bilgileriniz dogrulandiktan sonra siparisiniz kargoya verilecektir.

Amazon Türkiye Ödeme Birimi
""")

add(kind="lookalike", lang="tr", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished copy of genuine template, amazon.com.tr.<evil>.info sender, link text shows amazon URL",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr.siparis-iptal.info"), to=("Zeynep Arslan", "zeynep.arslan@example.com.tr"),
    subject="Amazon.com.tr siparişiniz #403-6650219-8843107 iptal edildi",
    fmt="alt", cs="utf-8", cte="quoted-printable", html_cte="quoted-printable", mid="other",
    received=[recv_other("mail.siparis-iptal.info", "176.97.210.14")],
    text="""Amazon.com.tr Sipariş İptali
Sipariş No. 403-6650219-8843107

Merhaba Zeynep Arslan,

Satıcı ürünü tedarik edemediği için siparişiniz iptal edildi. İadenizin kartınıza yapılabilmesi için
ödeme bilgilerinizi 48 saat içinde onaylamanız gerekmektedir.

https://www.amazon.com.tr/gp/your-account/order-history
(http://amazon.com.tr.siparis-iptal.info/iade/onay?o=403-6650219-8843107)

Amazon.com.tr
""",
    html=amz_html(L_TR, TR, "Sipariş İptali", "403-6650219-8843107", "Merhaba Zeynep Arslan,", [
        "Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
        "Satıcı ürünü tedarik edemediği için siparişiniz iptal edildi. İadenizin kartınıza yapılabilmesi için ödeme bilgilerinizi 48 saat içinde onaylamanız gerekmektedir.",
        '<a href="http://amazon.com.tr.siparis-iptal.info/iade/onay?o=403-6650219-8843107">https://www.amazon.com.tr/gp/your-account/order-history</a>'],
        [("Sony PlayStation 5 Slim Konsol", 1, "21.999,00 TL")],
        [("İade edilecek tutar:", "21.999,00 TL")], CLOSE_TR, FOOT_TR[:2],
        link=lambda p: "http://amazon.com.tr.siparis-iptal.info/r?u=" + urllib.parse.quote(p, safe=""), lang="tr"))

add(kind="lookalike", lang="tr", cause="technical_issue", states_reason=True, marketplace=None,
    note="Greek Alpha in display name, .help lookalike domain, malformed order no., refund form asks card",
    frm=("Αmazon.com.tr", "bildirim@amazon-iade.help"), to=(None, "murat.celik@example.com.tr"),
    subject="Siparişiniz teknik bir hata nedeniyle iptal edildi", subj_cs="iso-8859-9",
    fmt="html", cs="iso-8859-9", cte="quoted-printable", mid="other",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="padding:16px;background:#232f3e;color:#fff;font-size:20px">amazon<span style="color:#ff9900">.com.tr</span></td></tr>
<tr><td style="padding:20px">
<p>Değerli müşterimiz,</p>
<p>Sistemimizde yaşanan teknik bir hata nedeniyle <b>403-1O29384-55</b> numaralı siparişiniz iptal edilmiştir.</p>
<p>Ücret iadenizin yapılabilmesi için lütfen aşağıdaki "İadeyi Başlat" butonuna tıklayarak kart bilgilerinizi doğrulayınız.</p>
<p><a href="https://amazon-iade.help/tr/iade.php?s=1029384" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none">İadeyi Başlat</a></p>
<p style="font-size:11px;color:#777">Bu e-posta Amazon.com.tr tarafından gönderilmiştir. Tüm hakları saklıdır.</p>
</td></tr></table></body></html>
""")

add(kind="lookalike", lang="tr", cause="unknown", states_reason=False, marketplace=None,
    note="crude, gmail sender, Cyrillic a in display name, no order no., threat to close account",
    frm=("Amаzon", "amazon.siparis.bilgi2024@gmail.com"), to=(None, "emre.sahin@example.com.tr"),
    subject="Amazon siparis IPTAL !!!", fmt="text", cs="utf-8", cte="base64", tz=3, mid="other",
    received=[recv_other("mail-wr1-f54.google.com", "209.85.221.54")],
    text="""Merhaba degerli musteri,

Amazon siparişiniz iptal oldu.
Detay icin tıklayın: http://amzn-tr.site/x?u=8812

Tiklamazsaniz hesabiniz kapatilacaktir.

Amazon Ekibi
""")

add(kind="lookalike", lang="tr", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="polished, yahoo sender, security review, 'will be cancelled unless verified', web.app link",
    frm=("Amazon Müşteri Hizmetleri", "amazon.musterihizmetleri@yahoo.com"), to=(None, "elif.kaya@example.com.tr"),
    subject="Siparişiniz güvenlik incelemesinde: 24 saat içinde doğrulama yapılmazsa iptal edilecek",
    fmt="alt", cs="utf-8", cte="quoted-printable", html_cte="base64", bstyle="other", tz=3, mid="other",
    text="""Merhaba,

406-2219034-7781563 numaralı siparişiniz, ödeme yönteminizle ilgili olağan dışı bir etkinlik nedeniyle güvenlik incelemesine alındı.

Siparişinizin iptal edilmemesi için 24 saat içinde kimliğinizi doğrulayın:
https://amazon-tr-dogrulama.web.app/siparis/406-2219034-7781563

Doğrulama yapılmazsa siparişiniz otomatik olarak iptal edilecek ve hesabınız kısıtlanacaktır.

Amazon.com.tr Güvenlik Ekibi
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head><body style="font-family:Arial,sans-serif">
<div style="width:600px;margin:0 auto">
<div style="border-bottom:2px solid #ff9900;padding:10px 0"><b style="font-size:22px">amazon</b>.com.tr</div>
<p>Merhaba,</p>
<p><b>406-2219034-7781563</b> numaralı siparişiniz, ödeme yönteminizle ilgili olağan dışı bir etkinlik nedeniyle güvenlik incelemesine alındı.</p>
<p>Siparişinizin iptal edilmemesi için <b>24 saat içinde</b> kimliğinizi doğrulayın.</p>
<p><a href="https://amazon-tr-dogrulama.web.app/siparis/406-2219034-7781563" style="background:#ffd814;border-radius:20px;padding:10px 30px;color:#0f1111;text-decoration:none">Kimliğimi doğrula</a></p>
<p>Doğrulama yapılmazsa siparişiniz otomatik olarak iptal edilecek ve hesabınız kısıtlanacaktır.</p>
<p style="color:#565959;font-size:12px">Amazon.com.tr Güvenlik Ekibi<br>Amazon asla e-posta ile şifrenizi istemez.</p>
</div></body></html>
""")

add(kind="lookalike", lang="tr", cause="customer_request", states_reason=True, marketplace=None,
    note="'cancelled at your request' + call-back number, lookalike domain, order no. with two groups; iso-8859-9 qp",
    frm=("Amazon.com.tr", "iptal@amazon-siparis-destek.com"), name_cs="iso-8859-9",
    to=(None, "zeynep.arslan@example.com.tr"),
    subject="İptal talebiniz alındı: Apple MacBook Air M3 (49.999,00 TL)", subj_cs="iso-8859-9",
    fmt="text", cs="iso-8859-9", cte="quoted-printable", tz=3, mid="other",
    text="""Sayın Müşterimiz,

İptal talebiniz doğrultusunda #406-5512093 numaralı siparişiniz iptal edilmiştir.

Ürün: Apple MacBook Air 13" M3 8 GB / 256 GB
Tutar: 49.999,00 TL

Bu talebi siz oluşturmadıysanız, hesabınız başka biri tarafından kullanılıyor olabilir.
Lütfen HEMEN 0212 988 43 17 numaralı Amazon Güvenlik Hattı'nı arayınız.

Amazon.com.tr Müşteri Hizmetleri
""")

# ---- non-notices -----------------------------------------------------------
add(kind="non_notice", lang="tr", cause=None, states_reason=False, marketplace=None,
    note="Hepsiburada seller cancels for stock; seller note mentions its Amazon store",
    frm=("Hepsiburada", "bilgi@hepsiburada.com"), to=("Burak Yılmaz", "burak.yilmaz@example.com.tr"),
    subject="Siparişinizdeki bir ürün iptal edildi", fmt="alt", cs="utf-8", cte="quoted-printable",
    html_cte="quoted-printable", bstyle="other", tz=3, mid="other",
    text="""Merhaba Burak Yılmaz,

3021458876 numaralı siparişinizdeki aşağıdaki ürün, satıcı tarafından stok yetersizliği nedeniyle iptal edildi.

Ürün: Tefal Ingenio 13 Parça Tencere Seti
Satıcı: MutfakDünyası
Tutar: 3.749,00 TL

Satıcının açıklaması: "Ürünü Amazon ve diğer pazar yerlerindeki mağazalarımızda da satıyoruz, stok güncellemesi gecikti. Özür dileriz."

Ödemeniz, kullandığınız kartınıza 2-10 iş günü içinde iade edilecektir.

Hepsiburada
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td style="background:#ff6000;color:#fff;padding:14px;font-size:22px;font-weight:bold">hepsiburada</td></tr>
<tr><td style="padding:20px">
<p>Merhaba Burak Yılmaz,</p>
<p><b>3021458876</b> numaralı siparişinizdeki aşağıdaki ürün, satıcı tarafından <b>stok yetersizliği</b> nedeniyle iptal edildi.</p>
<table cellpadding="6" style="border:1px solid #eee;width:100%"><tr><td>Tefal Ingenio 13 Parça Tencere Seti<br><small>Satıcı: MutfakDünyası</small></td><td align="right">3.749,00 TL</td></tr></table>
<p>Satıcının açıklaması: <i>"Ürünü Amazon ve diğer pazar yerlerindeki mağazalarımızda da satıyoruz, stok güncellemesi gecikti. Özür dileriz."</i></p>
<p>Ödemeniz, kullandığınız kartınıza 2-10 iş günü içinde iade edilecektir.</p>
<p style="font-size:11px;color:#888">D-MARKET Elektronik Hizmetler ve Ticaret A.Ş. | <a href="https://www.hepsiburada.com/siparislerim">Siparişlerim</a></p>
</td></tr></table></body></html>
""")

add(kind="non_notice", lang="tr", cause=None, states_reason=False, marketplace=None,
    note="colleague says he cancelled his Amazon order; iso-8859-9 8bit",
    frm=("Mert Demir", "mert.demir@ornekfirma.com.tr"), name_cs="iso-8859-9",
    to=("Ayşe Demir", "ayse.demir@example.com.tr"), subject="RE: Toplantı odası için projeksiyon",
    subj_cs="iso-8859-9", fmt="text", cs="iso-8859-9", cte="8bit", tz=3, mid="other", bstyle="outlook",
    text="""Ayşe merhaba,

Amazon'dan verdiğim projeksiyon cihazı siparişini iptal ettim; IT ekibi toplantı odasındaki
tavan askısına uyan başka bir model istiyormuş. Yeni modelin teklifini yarın satın almaya iletirim.

Perşembe günkü sunum için geçici olarak 3. kattaki cihazı kullanabiliriz, Serkan'la konuştum.

İyi çalışmalar,
Mert Demir
Satın Alma Uzmanı

-----Original Message-----
From: Ayşe Demir
Sent: Tuesday, 14 May 2024 10:02
Subject: Toplantı odası için projeksiyon

Mert, projeksiyon ne zaman gelir, bilgin var mı?
""")

add(kind="non_notice", lang="tr", cause=None, states_reason=False, marketplace=None,
    note="tech newsletter about fake 'Amazon order cancelled' emails, quotes a subject",
    frm=("TeknoHaber Bülten", "bulten@teknohaber-ornek.com"), to=(None, "can.ozturk@example.com.tr"),
    subject="Haftalık Bülten: 'Siparişiniz iptal edildi' tuzağına dikkat",
    fmt="html", cs="utf-8", cte="quoted-printable", tz=3, mid="other",
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@teknohaber-ornek.com?subject=unsub>"), ("Precedence", "bulk")],
    html="""<!DOCTYPE html><html lang="tr"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="font-family:Georgia,serif;font-size:15px;line-height:1.6;color:#222">
<div style="max-width:620px;margin:auto">
<h1 style="font-family:Arial;font-size:22px">TeknoHaber Haftalık Bülten</h1>
<h2 style="font-family:Arial;font-size:18px">Dolandırıcılar "Amazon siparişiniz iptal edildi" e-postalarıyla kullanıcıları hedef alıyor</h2>
<p>Son günlerde birçok okurumuz, konu satırında "Amazon.com.tr siparişiniz #403-... iptal edildi" ya da "Hesabınız askıya alındı - siparişiniz iptal edildi" yazan e-postalar aldıklarını bildirdi.</p>
<p>Güvenlik uzmanları, bu e-postaların çoğunun iade için bir telefon numarasını aramanızı ya da kart bilgilerinizi girmenizi istediğini belirtiyor. Gönderen adresindeki alan adına (ör. amazon-iade.help, amaz0n-tr.com) dikkat edin; Amazon kart bilgilerinizi e-postayla asla istemez.</p>
<p>Şüpheli bir e-posta aldığınızda siparişinizi doğrudan uygulama veya tarayıcı üzerinden "Siparişlerim" sayfasında kontrol edin.</p>
<h3 style="font-family:Arial">Bu hafta ayrıca</h3>
<ul><li>Yeni akıllı telefon fiyatları açıklandı</li><li>e-Devlet'e yeni hizmetler eklendi</li></ul>
<p style="font-size:12px;color:#888">Bu bülteni almak istemiyorsanız <a href="https://teknohaber-ornek.com/abonelik/iptal">abonelikten çıkabilirsiniz</a>.</p>
</div></body></html>
""")

t, h = notice_parts(
    L_TR, TR, "Kurulum randevunuz iptal edildi", None, "Merhaba Murat Çelik,",
    ["406-8871204-3351629 numaralı siparişinizle birlikte satın aldığınız kurulum hizmeti için 15 Mart Cuma 10:00-13:00 "
     "arasındaki randevunuz, yetkili servisin teknisyen uygunluğu nedeniyle iptal edildi.",
     "Siparişiniz ve ürün teslimatınız bu durumdan etkilenmez; ürününüz planlandığı gibi teslim edilecektir.",
     'Yeni bir kurulum randevusu seçmek için <a href="https://www.amazon.com.tr/gp/css/order-history">Siparişlerim</a> sayfasını ziyaret edin.'],
    None, None, CLOSE_TR, FOOT_TR, "tr")
add(kind="non_notice", lang="tr", cause=None, states_reason=False, marketplace=None,
    note="installation appointment cancelled, order unaffected; from amazon.com.tr",
    frm=("Amazon.com.tr", "no-reply@amazon.com.tr"), to=("Murat Çelik", "murat.celik@example.com.tr"),
    subject="Kurulum randevunuz iptal edildi", fmt="alt", cs="utf-8", cte="base64", html_cte="base64",
    mid="amazon", text=t, html=h)

add(kind="non_notice", lang="tr", cause=None, states_reason=False, marketplace=None,
    note="Amazon Prime membership cancelled",
    frm=("Amazon Prime", "prime@amazon.com.tr"), to=("Ayşe Demir", "ayse.demir@example.com.tr"),
    subject="Amazon Prime üyeliğiniz iptal edildi", fmt="text", cs="utf-8", cte="quoted-printable", mid="amazon",
    text="""Merhaba Ayşe Demir,

Amazon Prime üyeliğinizi iptal ettiniz. Prime avantajlarınızdan (ücretsiz ve hızlı teslimat, Prime Video,
Prime Gaming) mevcut üyelik döneminizin sonuna, 28 Haziran 2024 tarihine kadar yararlanmaya devam edebilirsiniz.

Bu tarihten sonra üyelik ücreti (aylık 39,00 TL) tahsil edilmeyecektir.

Fikrinizi değiştirirseniz üyeliğinizi istediğiniz zaman yeniden başlatabilirsiniz:
https://www.amazon.com.tr/prime

Amazon.com.tr asla e-posta ile şifrenizi veya kart bilgilerinizi istemez.

Amazon.com.tr
""")

t, h = notice_parts(
    L_TR, TR, "Ödeme bilgilerinizi güncelleyin", "403-7719350-2204418", "Merhaba Emre Şahin,",
    ["403-7719350-2204418 numaralı siparişinizin ödemesi, kartınızın son kullanma tarihi geçtiği için alınamadı.",
     "Siparişinizi tamamlamak için lütfen 5 gün içinde "
     '<a href="https://www.amazon.com.tr/gp/css/summary/edit.html?orderID=403-7719350-2204418">sipariş ayrıntıları</a> '
     "sayfasından ödeme bilgilerinizi güncelleyin. Ödeme bilgileriniz bu süre içinde güncellenmezse siparişiniz iptal edilecektir.",
     "Ödeme bilgileriniz güncellendiğinde siparişinizi işlemeye devam edeceğiz."],
    [("Bosch Serie 4 Bulaşık Makinesi SMS4HVI33T", 1, "18.499,00 TL")],
    [("Tahsil edilecek tutar:", "18.499,00 TL")], CLOSE_TR, FOOT_TR, "tr")
add(kind="non_notice", lang="tr", cause=None, states_reason=False, marketplace=None,
    note="genuine payment-revision reminder (order will be cancelled if not updated); auth pass; iso-8859-9",
    frm=("Amazon.com.tr", "payments-messages@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to=("Emre Şahin", "emre.sahin@example.com.tr"), name_cs="iso-8859-9",
    subject="Amazon.com.tr siparişiniz için ödeme bilgilerinizi güncelleyin", subj_cs="iso-8859-9",
    fmt="alt", cs="iso-8859-9", cte="quoted-printable", html_cte="quoted-printable", auth="pass", mid="amazon",
    received=[recv_ses("eu-west-1")], text=t, html=h)


# ==========================================================================
# ARABIC  (amazon.ae / amazon.sa / amazon.eg)
# ==========================================================================
def L_AR(dom):
    return dict(nav=["طلباتك", "حسابك", dom.capitalize()], order_label="رقم الطلب",
                items_heading="المنتجات الملغاة", qty="الكمية", sign=dom.capitalize())


COMPANY_AR = {"amazon.ae": "Amazon.ae — دبي، الإمارات العربية المتحدة",
              "amazon.sa": "Amazon.sa — الرياض، المملكة العربية السعودية",
              "amazon.eg": "Amazon.eg — القاهرة، جمهورية مصر العربية"}


def FOOT_AR(dom):
    return [
        "لن تطلب منك أمازون أبداً عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك الائتمانية أو بيانات حسابك المصرفي. "
        "إذا تلقيت رسالة تطلب هذه المعلومات، فلا تنقر على أي رابط ولا تشارك أي بيانات.",
        "إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديثه من صفحة "
        '<a href="https://www.%s/cpe/yourpayments/wallet">طرق الدفع</a> في حسابك.' % dom,
        "للإبلاغ عن رسالة مشبوهة تدّعي أنها من أمازون، يرجى زيارة "
        '<a href="https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B">صفحة الإبلاغ عن الرسائل المشبوهة</a>.' % dom,
        'يمكنك دائماً متابعة حالة طلباتك من صفحة <a href="https://www.%s/gp/css/order-history">طلباتك</a>، '
        'أو التواصل مع <a href="https://www.%s/gp/help/customer/contact-us">خدمة العملاء</a>.' % (dom, dom),
        "تم إرسال هذه الرسالة من عنوان مخصص للإشعارات فقط، يرجى عدم الرد عليها.",
        COMPANY_AR[dom],
    ]


CLOSE_AR = ["نتطلع إلى رؤيتك مرة أخرى."]
AE, SA, EG = "amazon.ae", "amazon.sa", "amazon.eg"

t, h = notice_parts(
    L_AR(SA), SA, "إلغاء منتج من طلبك", "405-7718250-3306942", "مرحباً عبدالله القحطاني،",
    ["شكراً لتسوقك من Amazon.sa.",
     "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأن البائع لم يتمكن من توفيره؛ فالمنتج لم يعد متوفراً في المخزون.",
     "لم يتم خصم أي مبلغ مقابل هذا المنتج. وإذا ظهر حجز مؤقت على بطاقتك، فسيتم إلغاؤه خلال أيام عمل قليلة حسب البنك المصدر.",
     "نعتذر عن أي إزعاج قد يسببه ذلك."],
    [("سماعة رأس لاسلكية سوني WH-1000XM5 بخاصية إلغاء الضوضاء - أسود", 1, "1,399.00 ر.س")],
    [("المبلغ الملغى:", "1,399.00 ر.س")], CLOSE_AR, FOOT_AR(SA), "ar", rtl=True)
add(kind="notice", lang="ar", cause="inventory_shortage", states_reason=True, marketplace=SA,
    note="seller could not supply / out of stock; alt windows-1256 qp; no auth",
    frm=("Amazon.sa", "order-update@amazon.sa"), reply_to="no-reply@amazon.sa",
    to=("عبدالله القحطاني", "a.alqahtani@example.sa"), name_cs="windows-1256",
    subject="تم إلغاء منتج من طلبك على Amazon.sa رقم 405-7718250-3306942", subj_cs="windows-1256",
    fmt="alt", cs="windows-1256", cte="quoted-printable", html_cte="quoted-printable", mid="amazon",
    text=t, html=h)

add(kind="notice", lang="ar", cause="payment_issue", states_reason=True, marketplace=AE,
    note="card declined, payment method not updated in time; text-only base64; auth pass",
    frm=("Amazon.ae", "payments-messages@amazon.ae"), reply_to="no-reply@amazon.ae",
    to=("مريم الهاشمي", "maryam.h@example.ae"),
    subject="تم إلغاء طلبك رقم 402-3306158-9917420 من Amazon.ae",
    fmt="text", cs="utf-8", cte="base64", auth="pass", mid="amazon", received=[recv_ses("eu-west-1")],
    text=amz_text(L_AR(AE), AE, "إلغاء الطلب", "402-3306158-9917420", "مرحباً مريم الهاشمي،", [
        "لم نتمكن من معالجة الدفع لطلبك، لأن البنك المصدر رفض بطاقتك المنتهية بالرقم 4417.",
        "وقد أرسلنا إليك سابقاً رسالة نطلب فيها تحديث طريقة الدفع. وبما أنه لم يتم تحديث طريقة الدفع خلال المهلة المحددة، فقد قمنا بإلغاء طلبك.",
        "لم يتم تحصيل أي مبلغ. إذا كنت لا تزال ترغب في شراء هذه المنتجات، يرجى إضافة طريقة دفع صالحة وإجراء طلب جديد."],
        [("قلاية هوائية فيليبس سعة 6.2 لتر HD9270", 1, "499.00 درهم"),
         ("مجموعة أواني طهي تيفال 10 قطع", 1, "379.00 درهم")],
        [("المبلغ الملغى:", "878.00 درهم")], CLOSE_AR, [strip_tags(f) for f in FOOT_AR(AE)]))

add(kind="notice", lang="ar", cause="technical_issue", states_reason=True, marketplace=EG,
    note="price shown incorrectly because of a technical system error; html-only qp; no auth",
    frm=("Amazon.eg", "order-update@amazon.eg"), reply_to="no-reply@amazon.eg",
    to=("أحمد عبد الرحمن", "ahmed.abdelrahman@example.eg"),
    subject="معلومات من Amazon.eg بخصوص طلبك 408-2259017-6640385", subj_enc="b",
    fmt="html", cs="utf-8", cte="quoted-printable", mid="amazon",
    html=amz_html(L_AR(EG), EG, "إلغاء الطلب", "408-2259017-6640385", "مرحباً أحمد عبد الرحمن،", [
        "شكراً لتسوقك من Amazon.eg.",
        "اكتشفنا أن سعر المنتج التالي كان معروضاً بشكل غير صحيح على صفحة المنتج بسبب خطأ تقني في النظام، لذلك قمنا بإلغاء طلبك.",
        "لن يتم تحصيل أي مبلغ مقابل هذا الطلب. يمكنك الاطلاع على السعر الصحيح الحالي على صفحة المنتج.",
        "نعتذر عن الإزعاج."],
        [("ثلاجة شارب نوفروست 450 لتر - فضي", 1, "1,850.00 ج.م")],
        [("المبلغ الملغى:", "1,850.00 ج.م")], CLOSE_AR, FOOT_AR(EG), lang="ar", rtl=True))

t, h = notice_parts(
    L_AR(AE), AE, "طلبك وحالة حسابك", "402-9940216-1185533", "مرحباً سعيد الكعبي،",
    ["لاحظنا نشاطاً غير معتاد على حسابك، لذلك قمنا بتعليق حسابك مؤقتاً وإلغاء الطلب التالي لحمايتك وحماية بيانات الدفع الخاصة بك.",
     "لاستعادة الوصول إلى حسابك، سجّل الدخول إلى Amazon.ae واتبع التعليمات الظاهرة لإكمال التحقق من هويتك. "
     "ننصحك بكتابة amazon.ae مباشرة في المتصفح أو استخدام تطبيق أمازون للتسوق بدلاً من النقر على الروابط في الرسائل.",
     "لم يتم تحصيل أي مبلغ مقابل الطلب الملغى."],
    [("Apple iPhone 15 Pro Max سعة 256 جيجابايت - تيتانيوم طبيعي", 1, "5,099.00 درهم"),
     ("بطاقة هدايا Amazon.ae (بالبريد الإلكتروني)", 3, "3,000.00 درهم")],
    [("المبلغ الملغى:", "8,099.00 درهم")], CLOSE_AR, FOOT_AR(AE), "ar", rtl=True)
add(kind="notice", lang="ar", cause="fraud_prevention", states_reason=True, marketplace=AE,
    note="unusual activity, account temporarily suspended, identity verification; alt; auth pass",
    frm=("Amazon.ae", "cs-reply@amazon.ae"), to=("سعيد الكعبي", "saeed.k@example.ae"),
    subject="طلبك على Amazon.ae وحالة حسابك",
    fmt="alt", cs="utf-8", cte="base64", html_cte="quoted-printable", auth="pass", mid="amazon",
    received=[recv_ses("eu-west-1")], extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")], text=t, html=h)

add(kind="notice", lang="ar", cause="customer_request", states_reason=True, marketplace=EG,
    note="successful cancellation at customer's request, 'cancel reason' line; text-only windows-1256 8bit; auth pass",
    frm=("Amazon.eg", "auto-confirm@amazon.eg"), reply_to="no-reply@amazon.eg",
    to=("نور الدين مصطفى", "nour.mostafa@example.eg"), name_cs="windows-1256",
    subject="تم إلغاء المنتج بنجاح من طلبك على Amazon.eg", subj_cs="windows-1256",
    fmt="text", cs="windows-1256", cte="8bit", auth="pass", mid="amazon", received=[recv_ses("eu-west-1")],
    text=amz_text(L_AR(EG), EG, "تأكيد الإلغاء", "408-6603941-2278154", "مرحباً نور الدين مصطفى،", [
        "تم إلغاء المنتجات التالية من طلبك بناءً على طلبك.",
        "سبب الإلغاء: ألغى العميل الطلب",
        "لن يتم تحصيل أي مبلغ مقابل المنتجات الملغاة. إذا لم تقم بطلب هذا الإلغاء، يرجى التواصل مع خدمة العملاء: "
        "https://www.amazon.eg/gp/help/customer/contact-us"],
        [("خلاط كهربائي براون 800 وات", 1, "2,299.00 ج.م"),
         ("مكواة بخار فيليبس 2400 وات", 1, "1,149.00 ج.م")],
        [("المبلغ الملغى:", "3,448.00 ج.م")], CLOSE_AR, [strip_tags(f) for f in FOOT_AR(EG)]))

add(kind="notice", lang="ar", cause="unknown", states_reason=True, marketplace=SA,
    note="cannot deliver to shipping address due to shipping restrictions (none of the four); html-only windows-1256 base64; no auth",
    frm=("Amazon.sa", "order-update@amazon.sa"), reply_to="no-reply@amazon.sa",
    to=("فهد العتيبي", "fahad.otaibi@example.sa"), name_cs="windows-1256",
    subject="تم إلغاء طلبك على Amazon.sa", subj_cs="windows-1256",
    fmt="html", cs="windows-1256", cte="base64", mid="amazon",
    html=amz_html(L_AR(SA), SA, "إلغاء الطلب", "405-1128847-9903316", "مرحباً فهد العتيبي،", [
        "شكراً لتسوقك من Amazon.sa.",
        "لا يمكن توصيل المنتج التالي إلى عنوان الشحن المحدد في طلبك بسبب قيود الشحن المفروضة على هذا المنتج في منطقتك، لذا تم إلغاء الطلب.",
        "سيتم رد المبلغ المدفوع إلى طريقة الدفع الأصلية خلال 3 إلى 5 أيام عمل.",
        'يمكنك مراجعة عناوينك المحفوظة من صفحة <a href="https://www.amazon.sa/a/addresses">عناوينك</a>.'],
        [("أسطوانة غاز تخييم محمولة 5 كجم", 1, "189.00 ر.س")],
        [("المبلغ المسترد:", "189.00 ر.س")], CLOSE_AR, FOOT_AR(SA), lang="ar", rtl=True))

# ---- lookalikes ------------------------------------------------------------
add(kind="lookalike", lang="ar", cause="payment_issue", states_reason=True, marketplace=None,
    note="gmail sender, call-back number for refund, malformed order no.",
    frm=("Amazon دعم العملاء", "amazon.ae.refunds@gmail.com"), to=(None, "maryam.h@example.ae"),
    subject="إشعار: تم إلغاء طلبك - اتصل بنا لاسترداد المبلغ", fmt="text", cs="utf-8", cte="8bit",
    tz=4, mid="other", received=[recv_other("mail-ej1-f45.google.com", "209.85.218.45")],
    text="""عميلنا العزيز،

تم إلغاء طلبك رقم #402-55821-0093 بسبب فشل عملية الدفع.

لاسترداد مبلغ 2,349 درهم إلى حسابك، يرجى الاتصال بمركز دعم أمازون على الرقم
800-0357-4412
خلال 24 ساعة من استلام هذه الرسالة.

في حال عدم الاتصال، لن نتمكن من إتمام عملية الاسترداد.

فريق خدمة عملاء أمازون
""")

add(kind="lookalike", lang="ar", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled, verification code, lookalike domain",
    frm=("Amazon.sa", "security@amazon-sa-account.com"), to=(None, "fahad.otaibi@example.sa"),
    subject="تم تعليق حسابك وإلغاء طلبك", fmt="html", cs="utf-8", cte="base64", mid="other",
    received=[recv_other("host-77.amazon-sa-account.com", "194.26.192.77")],
    html=amz_html(L_AR(SA), SA, "أمان الحساب", "405-2287719-4410583", "عميلنا العزيز،", [
        "بسبب محاولة تسجيل دخول مشبوهة، تم تعليق حسابك مؤقتاً وإلغاء طلبك.",
        "لإعادة تفعيل حسابك، استخدم رمز التحقق التالي خلال 24 ساعة:",
        '<span style="font-size:24px;letter-spacing:6px;font-weight:bold;">629 044</span>',
        "إذا لم تقم بالتحقق خلال المدة المحددة، سيتم إغلاق حسابك نهائياً."],
        None, None, ["شكراً لتعاونك."], ["أمازون لن تطلب منك كلمة المرور أبداً."],
        link=lambda p: "https://amazon-sa-account.com/verify?r=" + urllib.parse.quote(p, safe=""),
        button=("تفعيل الحساب", "https://amazon-sa-account.com/verify?code=629044"), lang="ar", rtl=True))

add(kind="lookalike", lang="ar", cause="payment_issue", states_reason=True, marketplace=None,
    note="amaz0n domain, reply with card details and national ID, 'will be cancelled'; windows-1256 qp",
    frm=("Amazon.eg", "billing@amaz0n-eg.com"), name_cs="windows-1256",
    to=(None, "ahmed.abdelrahman@example.eg"),
    subject="طلبك سيتم إلغاؤه - مطلوب تأكيد بيانات البطاقة", subj_cs="windows-1256",
    fmt="text", cs="windows-1256", cte="quoted-printable", tz=2, mid="other",
    text="""عميل أمازون العزيز،

لم تتم الموافقة على عملية الدفع الخاصة بطلبك الأخير.
سيتم إلغاء طلبك خلال 12 ساعة ما لم ترد على هذه الرسالة بالبيانات التالية:

- الاسم كما هو مكتوب على البطاقة
- رقم البطاقة
- تاريخ الانتهاء
- رمز CVV
- الرقم القومي

بعد التحقق من البيانات سيتم شحن طلبك فوراً.

قسم المدفوعات - أمازون مصر
""")

add(kind="lookalike", lang="ar", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished copy of genuine template; amazon.ae.<evil>.top sender; forged auth whose domain starts with amazon.ae; link text shows amazon URL",
    frm=("Amazon.ae", "order-update@amazon.ae.refund-center.top"), to=("سعيد الكعبي", "saeed.k@example.ae"),
    subject="تم إلغاء منتج من طلبك على Amazon.ae رقم 402-6618830-2047759",
    auth=("mx.example.net; dkim=pass header.d=amazon.ae.refund-center.top header.s=mail; "
          "spf=pass smtp.mailfrom=amazon.ae.refund-center.top; dmarc=pass header.from=amazon.ae.refund-center.top"),
    fmt="alt", cs="utf-8", cte="quoted-printable", html_cte="quoted-printable", mid="other",
    received=[recv_other("mx1.refund-center.top", "5.181.86.12")],
    text="""Amazon.ae إلغاء منتج من طلبك
رقم الطلب 402-6618830-2047759

مرحباً سعيد الكعبي،

تم إلغاء طلبك لأن المنتج لم يعد متوفراً لدى البائع.
لاسترداد المبلغ إلى بطاقتك، يرجى تأكيد بيانات الدفع خلال 48 ساعة عبر الرابط التالي:

https://www.amazon.ae/gp/your-account/order-history
(http://amazon-ae.refund-center.top/refund/confirm?o=402-6618830-2047759)

Amazon.ae
""",
    html=amz_html(L_AR(AE), AE, "إلغاء منتج من طلبك", "402-6618830-2047759", "مرحباً سعيد الكعبي،", [
        "شكراً لتسوقك من Amazon.ae.",
        "تم إلغاء طلبك لأن المنتج لم يعد متوفراً لدى البائع. لاسترداد المبلغ إلى بطاقتك، يرجى تأكيد بيانات الدفع خلال 48 ساعة.",
        '<a href="http://amazon-ae.refund-center.top/refund/confirm?o=402-6618830-2047759">https://www.amazon.ae/gp/your-account/order-history</a>'],
        [("ساعة Apple Watch Series 9 مقاس 45 مم", 1, "1,699.00 درهم")],
        [("المبلغ المسترد:", "1,699.00 درهم")], CLOSE_AR, FOOT_AR(AE)[:2],
        link=lambda p: "http://amazon-ae.refund-center.top/r?u=" + urllib.parse.quote(p, safe=""), lang="ar", rtl=True))

add(kind="lookalike", lang="ar", cause="technical_issue", states_reason=True, marketplace=None,
    note="Cyrillic A in display name, .help lookalike domain, order no. with letter l, refund link",
    frm=("Аmazon.ae", "orders@amazon-orders.help"), to=(None, "maryam.h@example.ae"),
    subject="تم إلغاء طلبك بسبب خلل تقني", fmt="html", cs="utf-8", cte="base64", mid="other",
    html="""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:14px">
<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#131921;color:#fff;padding:14px;font-size:20px">amazon<span style="color:#febd69">.ae</span></td></tr>
<tr><td style="padding:20px">
<p>عميلنا العزيز،</p>
<p>بسبب خلل تقني في النظام، تم إلغاء طلبك رقم <b>402-77l0215-33</b>.</p>
<p>لاستلام المبلغ المسترد، اضغط على الزر أدناه وأدخل بيانات بطاقتك لإتمام عملية الاسترداد.</p>
<p><a href="https://amazon-orders.help/ae/refund?id=77l0215" style="background:#febd69;color:#111;padding:10px 26px;text-decoration:none">استرداد المبلغ</a></p>
<p style="font-size:11px;color:#777">جميع الحقوق محفوظة © Amazon.ae</p>
</td></tr></table></body></html>
""")

add(kind="lookalike", lang="ar", cause="unknown", states_reason=False, marketplace=None,
    note="crude, Greek omicron in display name, outlook sender, no order no., shortener link",
    frm=("Amazοn", "amazon-ae-info@outlook.com"), to=(None, "saeed.k@example.ae"),
    subject="طلبك ملغي !!", fmt="text", cs="utf-8", cte="quoted-printable", tz=4, mid="other", bstyle="outlook",
    text="""عزيزي العميل

طلبك ملغي !!
اضغط هنا لمعرفة التفاصيل: http://tinyurl.com/amzn-ae-x7

وإلا سيتم غلق الحساب نهائياً

أمازون
""")

add(kind="lookalike", lang="ar", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon.ae.<evil>.net sender, no order no., suspicious purchase, 'will be cancelled in 24h unless'; windows-1256 html",
    frm=("Amazon.ae", "no-reply@amazon.ae.order-verify.net"), to=(None, "maryam.h@example.ae"),
    subject="تنبيه أمني: سيتم إلغاء طلبك خلال 24 ساعة", subj_cs="windows-1256",
    fmt="html", cs="windows-1256", cte="quoted-printable", mid="other",
    html="""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="margin:0;background:#eaeded">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Tahoma,Arial;font-size:14px;color:#111" dir="rtl">
<tr><td style="padding:18px;border-bottom:3px solid #ff9900"><b style="font-size:22px">amazon</b>.ae</td></tr>
<tr><td style="padding:20px">
<p>عزيزي العميل،</p>
<p>تم رصد عملية شراء مشبوهة على حسابك من جهاز غير معروف.</p>
<p>سيتم إلغاء الطلب وتجميد الحساب خلال <b>24 ساعة</b> ما لم تقم بتأكيد هويتك عبر الرابط أدناه.</p>
<p style="text-align:center"><a href="http://amazon.ae.order-verify.net/ar/verify" style="display:inline-block;background:#ff9900;color:#fff;padding:12px 40px;text-decoration:none">تأكيد الهوية</a></p>
<p style="color:#666;font-size:12px">هذه رسالة آلية من Amazon.ae</p>
</td></tr></table></td></tr></table></body></html>
""")

add(kind="lookalike", lang="ar", cause="customer_request", states_reason=True, marketplace=None,
    note="'cancelled at your request' + call-back number, lookalike domain, short last group in order no.",
    frm=("Amazon.sa", "support-sa@amazon-help-desk.net"), to=(None, "fahad.otaibi@example.sa"),
    subject="تأكيد إلغاء طلبك: Samsung Galaxy S24 Ultra", fmt="alt", cs="utf-8", cte="base64",
    html_cte="base64", bstyle="other", tz=3, mid="other",
    text="""عميلنا العزيز،

تم إلغاء طلبك بناءً على طلبك.

رقم الطلب: 405-3349920-551
المنتج: Samsung Galaxy S24 Ultra سعة 512 جيجابايت
المبلغ: 5,699.00 ر.س

إذا لم تقم بطلب الإلغاء، فقد يكون حسابك مستخدماً من شخص آخر.
اتصل فوراً بفريق أمان أمازون على الرقم 920 003 8812

Amazon.sa
""",
    html="""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="font-family:Tahoma,Arial;font-size:14px" dir="rtl">
<p>عميلنا العزيز،</p>
<p>تم إلغاء طلبك بناءً على طلبك.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>رقم الطلب</td><td>405-3349920-551</td></tr>
<tr><td>المنتج</td><td>Samsung Galaxy S24 Ultra سعة 512 جيجابايت</td></tr>
<tr><td>المبلغ</td><td>5,699.00 ر.س</td></tr></table>
<p>إذا لم تقم بطلب الإلغاء، فقد يكون حسابك مستخدماً من شخص آخر.<br>
<b>اتصل فوراً بفريق أمان أمازون على الرقم 920 003 8812</b></p>
<p>Amazon.sa</p></body></html>
""")

# ---- non-notices -----------------------------------------------------------
add(kind="non_notice", lang="ar", cause=None, states_reason=False, marketplace=None,
    note="Sharaf DG order cancelled; refund shows under Amazon Payment Services",
    frm=("Sharaf DG", "orders@sharafdg.com"), to=("مريم الهاشمي", "maryam.h@example.ae"),
    subject="تم إلغاء طلبك رقم SDG-7731904", fmt="alt", cs="utf-8", cte="quoted-printable",
    html_cte="quoted-printable", bstyle="other", tz=4, mid="other",
    text="""مرحباً مريم،

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم SDG-7731904 لعدم توفر المنتج في المستودع.

المنتج: شاشة سامسونج 55 بوصة QLED 4K
المبلغ: 2,799.00 درهم

سيتم رد المبلغ إلى بطاقتك خلال 7 إلى 14 يوم عمل. قد يظهر المبلغ المسترد في كشف حسابك باسم
"Amazon Payment Services" وهي بوابة الدفع التي نستخدمها.

فريق شرف دي جي
""",
    html="""<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="font-family:Tahoma,Arial;font-size:14px" dir="rtl">
<div style="max-width:600px;margin:auto"><div style="background:#0a3d62;color:#fff;padding:14px;font-size:20px">Sharaf DG</div>
<p>مرحباً مريم،</p>
<p>نأسف لإبلاغك بأنه تم إلغاء طلبك رقم <b>SDG-7731904</b> لعدم توفر المنتج في المستودع.</p>
<p>المنتج: شاشة سامسونج 55 بوصة QLED 4K<br>المبلغ: 2,799.00 درهم</p>
<p>سيتم رد المبلغ إلى بطاقتك خلال 7 إلى 14 يوم عمل. قد يظهر المبلغ المسترد في كشف حسابك باسم "Amazon Payment Services" وهي بوابة الدفع التي نستخدمها.</p>
<p>فريق شرف دي جي</p></div></body></html>
""")

add(kind="non_notice", lang="ar", cause=None, states_reason=False, marketplace=None,
    note="colleague writes he cancelled his Amazon order; windows-1256 8bit",
    frm=("خالد المنصوري", "khaled.almansoori@outlook.com"), name_cs="windows-1256",
    to=("سعيد الكعبي", "saeed.k@example.ae"), subject="بخصوص الطابعة", subj_cs="windows-1256",
    fmt="text", cs="windows-1256", cte="8bit", tz=4, mid="other",
    text="""هلا سعيد،

ألغيت طلب الطابعة اللي كنت مسويه من أمازون، لأن الشركة وفّرت لنا طابعة جديدة للمكتب من المورّد.
فما نحتاج نشتري وحدة ثانية. لو تبي الكراتين حق الورق خلهم عندي لين الأحد.

تحياتي،
خالد
""")

add(kind="non_notice", lang="ar", cause=None, states_reason=False, marketplace=None,
    note="cyber-security newsletter quoting fake 'your Amazon order cancelled' subjects",
    frm=("نشرة الأمن الرقمي", "newsletter@amn-raqmi.example.com"), to=(None, "ahmed.abdelrahman@example.eg"),
    subject="نشرة الأمن الرقمي: احذر رسائل «تم إلغاء طلبك على أمازون» المزيفة",
    fmt="html", cs="utf-8", cte="base64", tz=3, mid="other",
    extra=[("List-Unsubscribe", "<https://amn-raqmi.example.com/unsubscribe?id=3391>"), ("Precedence", "bulk")],
    html="""<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="font-family:Tahoma,Arial;font-size:15px;line-height:1.8" dir="rtl">
<div style="max-width:620px;margin:auto">
<h1 style="font-size:20px">نشرة الأمن الرقمي - العدد 48</h1>
<h2 style="font-size:17px">احذر رسائل «تم إلغاء طلبك على أمازون» المزيفة</h2>
<p>رصد فريقنا خلال الأسابيع الماضية حملة تصيّد واسعة تنتحل صفة أمازون في الإمارات والسعودية ومصر. تحمل الرسائل عناوين مثل:</p>
<ul><li>«تم إلغاء طلبك - اتصل بنا لاسترداد المبلغ»</li><li>«تم تعليق حسابك وإلغاء طلبك»</li><li>«طلبك سيتم إلغاؤه - مطلوب تأكيد بيانات البطاقة»</li></ul>
<p>تطلب هذه الرسائل الاتصال برقم هاتف أو إدخال بيانات البطاقة في صفحة مزيفة. تحقق دائماً من عنوان المرسل، ولا تشارك بيانات بطاقتك عبر البريد الإلكتروني، وراجع طلباتك من تطبيق أمازون مباشرة.</p>
<h3 style="font-size:16px">أخبار أخرى</h3>
<p>• تحديثات أمنية عاجلة لأنظمة التشغيل<br>• نصائح لحماية حسابات التواصل الاجتماعي</p>
<p style="font-size:12px;color:#888"><a href="https://amn-raqmi.example.com/unsubscribe?id=3391">إلغاء الاشتراك في النشرة</a></p>
</div></body></html>
""")

t, h = notice_parts(
    L_AR(AE), AE, "تم إلغاء موعد التوصيل المحدد", None, "مرحباً سعيد الكعبي،",
    ["نأسف لإبلاغك بأنه تم إلغاء فترة التوصيل التي حجزتها يوم الخميس من 6:00 إلى 8:00 مساءً، بسبب الظروف الجوية في منطقتك.",
     "لم يتم إلغاء طلبك رقم 402-5528103-7761294، وسيتم توصيله في أقرب فترة متاحة. يمكنك اختيار فترة توصيل جديدة من صفحة "
     '<a href="https://www.amazon.ae/gp/css/order-history">طلباتك</a>.'],
    None, None, CLOSE_AR, FOOT_AR(AE), "ar", rtl=True)
add(kind="non_notice", lang="ar", cause=None, states_reason=False, marketplace=None,
    note="delivery time-slot cancelled, order explicitly not cancelled; from amazon.ae",
    frm=("Amazon.ae", "shipment-tracking@amazon.ae"), to=("سعيد الكعبي", "saeed.k@example.ae"),
    subject="تحديث التوصيل: تم إلغاء فترة التوصيل المحجوزة", fmt="alt", cs="utf-8", cte="base64",
    html_cte="base64", mid="amazon", text=t, html=h)

add(kind="non_notice", lang="ar", cause=None, states_reason=False, marketplace=None,
    note="Amazon Music Unlimited subscription cancelled",
    frm=("Amazon Music", "no-reply@amazon.sa"), to=("فهد العتيبي", "fahad.otaibi@example.sa"),
    subject="تم إلغاء اشتراكك في Amazon Music Unlimited", fmt="text", cs="utf-8", cte="quoted-printable",
    mid="amazon",
    text="""مرحباً فهد،

تم إلغاء اشتراكك في Amazon Music Unlimited كما طلبت.
يمكنك الاستمرار في الاستماع إلى Amazon Music Unlimited حتى نهاية فترة الفوترة الحالية في 14 أغسطس 2024،
ولن يتم تحصيل أي رسوم بعد ذلك التاريخ.

يمكنك إعادة الاشتراك في أي وقت من صفحة إعدادات Amazon Music:
https://www.amazon.sa/music/settings

لن تطلب منك أمازون أبداً كلمة المرور أو بيانات بطاقتك عبر البريد الإلكتروني.

Amazon.sa
""")

t, h = notice_parts(
    L_AR(EG), EG, "يرجى تحديث طريقة الدفع", "408-3307715-9924160", "مرحباً نور الدين مصطفى،",
    ["لم نتمكن من تحصيل قيمة طلبك رقم 408-3307715-9924160 باستخدام طريقة الدفع المحددة.",
     "لإكمال طلبك، يرجى تحديث طريقة الدفع من صفحة "
     '<a href="https://www.amazon.eg/gp/css/summary/edit.html?orderID=408-3307715-9924160">تفاصيل الطلب</a> '
     "قبل 20 نوفمبر 2024. إذا لم يتم التحديث بحلول هذا التاريخ، سيتم إلغاء طلبك.",
     "بمجرد تحديث طريقة الدفع، سنواصل تجهيز طلبك."],
    [("مكيف شارب 1.5 حصان بارد / ساخن انفرتر", 1, "24,999.00 ج.م")],
    [("المبلغ المستحق:", "24,999.00 ج.م")], CLOSE_AR, FOOT_AR(EG), "ar", rtl=True)
add(kind="non_notice", lang="ar", cause=None, states_reason=False, marketplace=None,
    note="genuine payment-revision reminder before cancellation; auth pass; html-only windows-1256",
    frm=("Amazon.eg", "payments-messages@amazon.eg"), reply_to="no-reply@amazon.eg",
    to=("نور الدين مصطفى", "nour.mostafa@example.eg"), name_cs="windows-1256",
    subject="يرجى تحديث طريقة الدفع لطلبك على Amazon.eg", subj_cs="windows-1256",
    fmt="html", cs="windows-1256", cte="quoted-printable", auth="pass", mid="amazon",
    received=[recv_ses("eu-west-1")], html=h)


# ==========================================================================
# write everything
# ==========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = "%s%03d.eml" % (PREFIX, n)
        data = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
