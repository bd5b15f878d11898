#!/usr/bin/env python3
"""Regenerate blind test batch u4: Japanese, Turkish and Arabic mails.

Writes mail/u4NNN.eml and labels.json next to this script.
Deterministic: fixed random seed, fixed data.
"""
import datetime
import html
import json
import os
import random
import re
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "u4"
R = random.Random(4404)

# ---------------------------------------------------------------- labels
LBL = {
    "ja": dict(order="注文番号", items="キャンセルされた商品", qty="数量", seller="販売",
               brand_suffix="", dear=""),
    "tr": dict(order="Sipariş numarası", items="İptal edilen ürünler", qty="Adet", seller="Satıcı",
               brand_suffix="", dear=""),
    "ar": dict(order="رقم الطلب", items="المنتجات الملغاة", qty="الكمية", seller="البائع",
               brand_suffix="", dear=""),
}

LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def md_text(s):
    """[[label|href]] -> plain text form."""
    def rep(m):
        label, href = m.group(1), m.group(2)
        if label == href:
            return href
        return "%s ( %s )" % (label, href)
    return LINK_RE.sub(rep, s)


def md_html(s, link_style="color:#0066c0;text-decoration:none;"):
    s = html.escape(s, quote=False)

    def rep(m):
        return '<a href="%s" style="%s">%s</a>' % (m.group(2), link_style, m.group(1))
    s = LINK_RE.sub(rep, s)
    return s.replace("\n", "<br>\n")


# ---------------------------------------------------------------- renderers
def amz_text(m):
    L = LBL[m["lang"]]
    out = [m["brand"], "-" * 72, ""]
    if m.get("title"):
        out += [m["title"], ""]
    if m.get("greeting"):
        out += [m["greeting"], ""]
    for p in m.get("paras", []):
        out += [md_text(p), ""]
    if m.get("order"):
        out += ["%s: %s" % (L["order"], m["order"]), ""]
    if m.get("items"):
        out.append(m.get("items_heading", L["items"]))
        for name, qty, price in m["items"]:
            out.append("    %s" % name)
            out.append("    %s: %s   %s" % (L["qty"], qty, price))
        out.append("")
    if m.get("button"):
        out += ["%s:" % m["button"][0], m["button"][1], ""]
    if m.get("sign"):
        out += [m["sign"], ""]
    out.append("-" * 72)
    for f in m.get("footer", []):
        out += [md_text(f), ""]
    return "\n".join(out).rstrip() + "\n"


def amz_html(m):
    """Layout modelled on the real Amazon notification templates: nested tables."""
    L = LBL[m["lang"]]
    rtl = m["lang"] == "ar"
    al = "right" if rtl else "left"
    d = ' dir="rtl"' if rtl else ""
    host = m.get("link_host", m.get("host", "www.amazon.com"))
    logo_href = m.get("logo_href", "https://%s/gp/r.html?C=2T0F3&R=1&T=C&U=https%%3A%%2F%%2F%s%%2Fref%%3Dpe_cxl_logo" % (host, host))
    order_href = m.get("order_href")
    if not order_href and m.get("order"):
        order_href = "https://%s/gp/r.html?C=1X2K8&R=2&T=C&U=https%%3A%%2F%%2F%s%%2Fgp%%2Fyour-account%%2Forder-details%%3ForderID%%3D%s" % (host, host, m["order"])
    font = "'Hiragino Kaku Gothic ProN',Meiryo,Arial,sans-serif" if m["lang"] == "ja" else (
        "Tahoma,Arial,sans-serif" if rtl else "Arial,sans-serif")
    h = []
    h.append('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % (m["lang"], d, m["charset"].upper()))
    h.append('<meta name="format-detection" content="telephone=no" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0;" />')
    h.append('<style>\nbody { width:100%% !important; margin:0; padding:0; }\ntable, table td { border-collapse:collapse !important; }\n'
             '.emailBody { background-color:#fafafa; }\n.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }\n'
             '.orderDetailsTable td { padding-bottom:12px; font-size:14px; }\n.emailClosing { font-size:11px; line-height:15px; color:#868686; }\n'
             'td { font-family:%s; }\n</style>\n</head>' % font)
    h.append('<body%s>\n<table class="emailBody" width="100%%" cellpadding="0" cellspacing="0" border="0"%s><tr><td align="center" style="padding:20px 10px;">' % (d, d))
    h.append('<table width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;">')
    h.append('<tr><td align="%s" style="padding-bottom:16px;"><a href="%s"><img alt="%s" src="%s" width="130" style="border:0;" /></a></td></tr>'
             % (al, logo_href, m["brand"], m.get("logo_src", "https://m.media-amazon.com/images/G/01/x-locale/common/logo/amazon_logo_email._CB485931410_.png")))
    h.append('<tr><td class="emailContainer" style="padding:23px;">\n<table width="100%" cellpadding="0" cellspacing="0" border="0">')
    if m.get("title"):
        h.append('<tr><td align="%s" style="font-size:20px;line-height:26px;color:#002E36;padding-bottom:16px;"><b>%s</b></td></tr>' % (al, html.escape(m["title"])))
    if m.get("greeting"):
        h.append('<tr><td align="%s" style="font-size:16px;color:#111111;padding-bottom:12px;">%s</td></tr>' % (al, html.escape(m["greeting"])))
    for p in m.get("paras", []):
        h.append('<tr><td align="%s" style="font-size:14px;line-height:21px;color:#111111;padding-bottom:12px;">%s</td></tr>' % (al, md_html(p)))
    if m.get("order"):
        h.append('<tr><td align="%s" style="font-size:14px;color:#879596;padding:6px 0 12px 0;">%s: <a href="%s" style="color:#008296;text-decoration:none;">%s</a></td></tr>'
                 % (al, L["order"], order_href, m.get("order_display", m["order"])))
    if m.get("items"):
        h.append('<tr><td style="border-top:1px solid #D6D6D6;padding-top:12px;">\n<table class="orderDetailsTable" width="100%" cellpadding="0" cellspacing="0" border="0">')
        h.append('<tr><td colspan="2" align="%s" style="font-size:16px;color:#C45500;"><b>%s</b></td></tr>' % (al, html.escape(m.get("items_heading", L["items"]))))
        for name, qty, price in m["items"]:
            h.append('<tr><td width="90" valign="top"><img src="https://m.media-amazon.com/images/I/%s._SS90_.jpg" width="84" alt="" /></td>'
                     '<td align="%s" valign="top" style="padding-left:12px;padding-right:12px;"><span style="color:#007185;">%s</span><br>'
                     '<span style="color:#565959;">%s: %s</span><br><b>%s</b></td></tr>'
                     % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(11)),
                        al, html.escape(name), L["qty"], qty, html.escape(price)))
        h.append('</table>\n</td></tr>')
    if m.get("button"):
        h.append('<tr><td align="%s" style="padding:14px 0 18px 0;"><table cellpadding="0" cellspacing="0" border="0"><tr>'
                 '<td style="background-color:#FFD814;border:1px solid #FCD200;border-radius:8px;padding:10px 24px;">'
                 '<a href="%s" style="color:#0F1111;font-size:15px;text-decoration:none;">%s</a></td></tr></table></td></tr>'
                 % (al, m["button"][1], html.escape(m["button"][0])))
    if m.get("sign"):
        h.append('<tr><td align="%s" style="font-size:14px;color:#111111;padding-top:6px;">%s</td></tr>' % (al, html.escape(m["sign"])))
    h.append('</table>\n</td></tr>')
    h.append('<tr><td class="emailClosing" align="%s" style="padding:18px 4px;font-size:11px;line-height:16px;color:#868686;">' % al)
    for f in m.get("footer", []):
        h.append('<p style="margin:0 0 8px 0;">%s</p>' % md_html(f, "color:#868686;text-decoration:underline;"))
    h.append('</td></tr>\n</table>\n</td></tr></table>')
    if m.get("pixel"):
        h.append('<img width="1" height="1" src="%s" />' % m["pixel"])
    h.append('</body>\n</html>\n')
    return "\n".join(h)


def simple_text(m):
    out = []
    if m.get("greeting"):
        out += [m["greeting"], ""]
    for p in m.get("paras", []):
        out += [md_text(p), ""]
    if m.get("sign"):
        out += [m["sign"], ""]
    for f in m.get("footer", []):
        out += [md_text(f)]
    return "\n".join(out).rstrip() + "\n"


def simple_html(m):
    rtl = m["lang"] == "ar"
    d = ' dir="rtl"' if rtl else ""
    al = "right" if rtl else "left"
    accent = m.get("accent", "#333333")
    h = ['<html%s>\n<head>\n<meta charset="%s">\n<title>%s</title>\n</head>' % (d, m["charset"], html.escape(m.get("title") or m["subject"])),
         '<body style="margin:0;padding:0;background:#f2f2f2;"%s>' % d,
         '<div style="max-width:620px;margin:0 auto;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.6;color:#222;text-align:%s;">' % al]
    if m.get("banner"):
        h.append('<div style="background:%s;color:#ffffff;padding:16px 22px;font-size:20px;font-weight:bold;">%s</div>' % (accent, html.escape(m["banner"])))
    h.append('<div style="padding:18px 22px;">')
    if m.get("title"):
        h.append('<h2 style="margin:0 0 12px 0;font-size:18px;color:%s;">%s</h2>' % (accent, html.escape(m["title"])))
    if m.get("greeting"):
        h.append('<p>%s</p>' % html.escape(m["greeting"]))
    for p in m.get("paras", []):
        h.append('<p>%s</p>' % md_html(p, "color:%s;" % accent))
    if m.get("button"):
        h.append('<p style="text-align:center;margin:22px 0;"><a href="%s" style="background:%s;color:#ffffff;padding:11px 26px;border-radius:4px;text-decoration:none;font-weight:bold;">%s</a></p>'
                 % (m["button"][1], m.get("button_color", accent), html.escape(m["button"][0])))
    if m.get("sign"):
        h.append('<p>%s</p>' % md_html(m["sign"]))
    h.append('</div>')
    if m.get("footer"):
        h.append('<div style="padding:14px 22px;border-top:1px solid #dddddd;font-size:11px;color:#888888;">')
        for f in m["footer"]:
            h.append('<p style="margin:0 0 6px 0;">%s</p>' % md_html(f, "color:#888888;"))
        h.append('</div>')
    h.append('</div>\n</body>\n</html>\n')
    return "\n".join(h)


# ---------------------------------------------------------------- MIME assembly
def text_part(body, subtype, charset, cte):
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:  # 8bit / 7bit: raw
        cs.body_encoding = None
    part = MIMEText(body, subtype, cs)
    return part


def rand_date(i):
    base = datetime.datetime(2025, 1, 6, tzinfo=datetime.timezone.utc)
    dt = base + datetime.timedelta(days=R.randrange(0, 300), seconds=R.randrange(0, 86400))
    return dt


def boundary():
    return "----=_Part_%d_%d.%d" % (R.randrange(10**6, 10**8), R.randrange(10**8, 10**10), R.randrange(10**12, 10**13))


def ses_msgid(region="us-west-2"):
    hx = "".join(R.choice("0123456789abcdef") for _ in range(16))
    u = "-".join("".join(R.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    return "<0101%s-%s-000000@%s.amazonses.com>" % (hx, u, region)


def plain_msgid(domain):
    return "<%d.%d.%s@%s>" % (R.randrange(10**11, 10**12), R.randrange(10**5, 10**6),
                              "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(8)), domain)


def enc_header_text(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        hc = charset if charset in ("iso-2022-jp", "iso-8859-9", "windows-1256") else "utf-8"
        try:
            s.encode(hc)
        except UnicodeEncodeError:
            hc = "utf-8"
        return Header(s, hc).encode(maxlinelen=76)


def fold_received(v):
    head, date = v.rsplit("; ", 1)
    for a in (" by ", " for <", " (version"):
        head = head.replace(a, "\n        " + a.lstrip(" "), 1)
    return head + ";\n        " + date


def fold_auth(v):
    return v.replace("; ", ";\n       ")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        hc = charset if charset in ("iso-2022-jp", "iso-8859-9", "windows-1256") else "utf-8"
        try:
            name.encode(hc)
        except UnicodeEncodeError:
            hc = "utf-8"
        return formataddr((name, address), charset=hc)


def sanitize(body, charset):
    if charset == "iso-2022-jp":
        body = body.replace("©", "(C)").replace("&copy;", "(C)")
    return body


def build(m, idx):
    charset, cte, fmt = m["charset"], m["cte"], m["fmt"]
    style = m.get("style", "amazon")
    text = m.get("text")
    htm = m.get("html")
    if fmt in ("text", "alt") and text is None:
        text = amz_text(m) if style == "amazon" else simple_text(m)
    if fmt in ("html", "alt") and htm is None:
        htm = amz_html(m) if style == "amazon" else simple_html(m)
    if text is not None:
        text = sanitize(text, charset)
    if htm is not None:
        htm = sanitize(htm, charset)
    if fmt == "text":
        msg = text_part(text, "plain", charset, cte)
    elif fmt == "html":
        msg = text_part(htm, "html", charset, cte)
    else:
        msg = MIMEMultipart("alternative", boundary=boundary())
        for sub in (text_part(text, "plain", charset, cte), text_part(htm, "html", charset, cte)):
            del sub["MIME-Version"]
            msg.attach(sub)

    # headers: trace first, then the usual ones
    dt = rand_date(idx)
    hdrs = []
    hdrs.append(("Delivered-To", m["to"][1]))
    if m.get("return_path"):
        hdrs.append(("Return-Path", "<%s>" % m["return_path"]))
    for rcv in m.get("received", []):
        hdrs.append(("Received", fold_received(rcv + "; " + format_datetime(dt))))
    if m.get("auth"):
        hdrs.append(("Authentication-Results", fold_auth(m["auth"])))
    for k, v in m.get("extra_headers", []):
        hdrs.append((k, v))
    hdrs.append(("From", addr(m["frm"][0], m["frm"][1], charset)))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs.append(("To", addr(m["to"][0], m["to"][1], charset)))
    hdrs.append(("Subject", enc_header_text(m["subject"], charset)))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", m.get("msgid") or plain_msgid(m["frm"][1].split("@")[1])))
    hdrs.append(("MIME-Version", "1.0"))
    # re-order: put our headers before the MIME ones
    mime_hdrs = [(k, v) for k, v in msg.items() if k.lower() != "mime-version"]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs + mime_hdrs:
        msg[k] = v
    return msg


# ---------------------------------------------------------------- common bits
def genuine(m, tld, sender, auth):
    """Fill in headers typical for a genuine Amazon notification."""
    dom = "amazon." + tld
    m.setdefault("brand", "Amazon." + tld)
    m.setdefault("host", "www." + dom)
    m["frm"] = ("Amazon." + tld, "%s@%s" % (sender, dom))
    m.setdefault("reply_to", "no-reply@" + dom)
    region = {"co.jp": "ap-northeast-1", "com.tr": "eu-west-1"}.get(tld, "eu-west-1")
    ip = "54.240.%d.%d" % (R.randrange(0, 64), R.randrange(1, 250))
    bounce = "%s%s@bounces.%s" % (datetime.date(2025, 1, 1).strftime("%Y"), "".join(R.choice("0123456789abcdef") for _ in range(24)), dom)
    m["return_path"] = bounce
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randrange(8, 70), R.randrange(1, 250), region)
    m["received"] = ["from %s (%s. [%s]) by mx.google.com with ESMTPS id %s for <%s> (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128)"
                     % (host, host, ip, "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12)), m["to"][1])]
    if auth:
        sel = "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32))
        m["auth"] = ("mx.google.com; dkim=pass header.i=@%s header.d=%s header.s=%s header.b=%s; "
                     "dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s; "
                     "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; "
                     "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                     % (dom, dom, sel, "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh0123456789") for _ in range(8)),
                        "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh0123456789") for _ in range(8)),
                        bounce, ip, bounce, dom))
    m["msgid"] = ses_msgid(region)
    m.setdefault("extra_headers", []).append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    m["extra_headers"].append(("Feedback-ID", "1.%s.%s=:AmazonSES" % (region, "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43)))))
    return m


def phish_trace(m, helo, ip, auth=None, mailer=None):
    m["received"] = ["from %s (unknown [%s]) by mx.example.net (Postfix) with ESMTP id %s for <%s>"
                     % (helo, ip, "".join(R.choice("0123456789ABCDEF") for _ in range(10)), m["to"][1])]
    m["auth"] = auth or ("mx.example.net; spf=softfail smtp.mailfrom=%s; dkim=none; dmarc=fail header.from=%s"
                         % (m["frm"][1].split("@")[1], m["frm"][1].split("@")[1]))
    if mailer:
        m.setdefault("extra_headers", []).append(("X-Mailer", mailer))
    return m


def freemail_trace(m, provider_host, ip):
    dom = m["frm"][1].split("@")[1]
    m["received"] = ["from %s (%s [%s]) by mx.example.net with ESMTPS id %s for <%s>"
                     % (provider_host, provider_host, ip, "".join(R.choice("0123456789ABCDEF") for _ in range(10)), m["to"][1])]
    m["auth"] = "mx.example.net; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, dom, dom)
    return m


MAILS = []


def add(**kw):
    MAILS.append(kw)


# ====================================================================== JAPANESE
JA_TO = ("佐藤 健太", "kenta.sato@example.jp")
JA_FOOT = [
    "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
    "Amazon.co.jpがEメールでパスワードやクレジットカード番号などの個人情報をお尋ねすることはありません。パスワードの入力を求めるリンクや添付ファイルにはご注意ください。",
    "クレジットカード番号や有効期限が変更された場合は、アカウントサービスの[[お支払い方法の管理|https://www.amazon.co.jp/cpe/yourpayments/wallet]]から更新してください。",
    "Amazon.co.jpを装った不審なEメールを受け取った場合は、[[こちら|https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909120]]から報告してください。",
    "ヘルプ: [[https://www.amazon.co.jp/gp/help/customer/display.html|https://www.amazon.co.jp/gp/help/customer/display.html]]",
    "© 2025 Amazon.com, Inc. or its affiliates. Amazon、Amazon.co.jpおよびAmazon.co.jpのロゴは、Amazon.com, Inc.またはその関連会社の商標です。アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1",
]
JA_OH = "https://www.amazon.co.jp/gp/css/order-history?ref_=pe_2640190_232586610"

# ---- notices
add(**genuine(dict(
    lang="ja", kind="notice", cause="inventory_shortage", states_reason=True, marketplace="amazon.co.jp",
    note="supplier cannot deliver, item cancelled; html laid out like real template",
    to=JA_TO, fmt="alt", charset="utf-8", cte="qp",
    subject="Amazon.co.jp ご注文の商品がキャンセルされました (注文番号 249-3817264-5520918)",
    title="ご注文商品のキャンセルのお知らせ", greeting="佐藤 健太 様",
    paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "誠に申し訳ございませんが、下記のご注文につきまして、仕入先からの入荷の見込みが立たなくなったため、該当の商品をキャンセルさせていただきました。",
           "キャンセルとなった商品の代金は請求されません。クレジットカードでのお支払いの場合も、カード会社への請求は確定しておりませんので、ご利用明細に表示されることはありません。",
           "ご迷惑をおかけしましたことを深くお詫び申し上げます。同じ商品を他の出品者が販売している場合がありますので、商品ページをご確認ください。"],
    order="249-3817264-5520918",
    items=[("象印マホービン 水筒 ステンレスマグ 480ml ブラック SM-ZB48-BA", 1, "￥2,980")],
    button=("注文履歴を表示", JA_OH), sign="Amazon.co.jp カスタマーサービス", footer=JA_FOOT),
    "co.jp", "auto-confirm", True))

add(**genuine(dict(
    lang="ja", kind="notice", cause="payment_issue", states_reason=True, marketplace="amazon.co.jp",
    note="card not authorised, payment revision deadline passed; ISO-2022-JP text",
    to=JA_TO, fmt="text", charset="iso-2022-jp", cte="7bit",
    subject="Amazon.co.jp ご注文のキャンセル: お支払い方法を確認できませんでした",
    title="ご注文のキャンセルについて", greeting="佐藤 健太 様",
    paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "先日ご案内しましたとおり、ご注文 #503-6620193-4417825 の代金について、ご指定のクレジットカードで承認を得ることができませんでした。期限までにお支払い方法の変更が確認できなかったため、誠に恐れ入りますが、このご注文をキャンセルいたしました。",
           "カード会社から承認が得られない主な理由は、有効期限切れ、ご利用限度額の超過、カード番号の変更などです。",
           "引き続き商品をご希望の場合は、お支払い方法を更新のうえ、あらためてご注文ください。"],
    order="503-6620193-4417825",
    items=[("Anker PowerCore 10000 モバイルバッテリー 大容量 10000mAh", 1, "￥3,590"),
           ("Kindle Paperwhite 用 カバー ブラック", 1, "￥2,480")],
    sign="Amazon.co.jp", footer=JA_FOOT),
    "co.jp", "payments-messages", False))

add(**genuine(dict(
    lang="ja", kind="notice", cause="technical_issue", states_reason=True, marketplace="amazon.co.jp",
    note="wrong price shown because of system fault; html only base64",
    to=JA_TO, fmt="html", charset="utf-8", cte="b64",
    subject="Amazon.co.jpからのお知らせ: ご注文 #250-1184736-9026351 のキャンセルについて",
    title="ご注文のキャンセルに関するお詫び", greeting="佐藤 健太 様",
    paras=["Amazon.co.jpをご利用いただきありがとうございます。",
           "ご注文いただいた下記の商品について、システムの不具合により商品ページに誤った価格 (￥1,280) が表示されていたことが判明いたしました。正しい価格は ￥12,800 です。",
           "このため、誠に勝手ながら該当のご注文をキャンセルさせていただきました。ご注文代金は請求されません。",
           "ご不便をおかけし、誠に申し訳ございません。正しい価格でのご購入をご希望の場合は、改めて商品ページからご注文ください。"],
    order="250-1184736-9026351",
    items=[("ブラウン オーラルB 電動歯ブラシ iO3 マットブラック", 1, "￥1,280")],
    button=("注文の詳細を表示", "https://www.amazon.co.jp/gp/your-account/order-details?orderID=250-1184736-9026351&ref_=pe_cxl_pe"),
    sign="Amazon.co.jp カスタマーサービス", footer=JA_FOOT),
    "co.jp", "order-update", True))

add(**genuine(dict(
    lang="ja", kind="notice", cause="fraud_prevention", states_reason=True, marketplace="amazon.co.jp",
    note="unusual activity, account on hold, order cancelled; 8bit utf-8",
    to=JA_TO, fmt="alt", charset="utf-8", cte="8bit",
    subject="Amazon.co.jp ご注文のキャンセルとアカウントの一時保留について",
    title="アカウントの一時保留", greeting="佐藤 健太 様",
    paras=["お客様のAmazon.co.jpアカウントで通常とは異なるアクティビティが確認されたため、安全のためにアカウントを一時的に保留とし、下記のご注文をキャンセルしました。",
           "アカウントを再び有効にするには、Amazon.co.jpにサインインし、画面に表示される手順に従って本人確認を行ってください。お電話やEメールで本人確認の情報やパスワードをお伺いすることはありません。",
           "キャンセルされたご注文の代金は請求されません。本人確認が完了するまで、保留中のご注文や定期おトク便の発送は停止されます。"],
    order="249-7059312-2846170",
    items=[("Apple AirPods Pro (第2世代) MagSafe充電ケース (USB-C) 付き", 1, "￥39,800"),
           ("Nintendo Switch ニンテンドープリペイド番号 9000円", 2, "￥18,000")],
    sign="Amazon.co.jp アカウントスペシャリスト", footer=JA_FOOT),
    "co.jp", "cs-reply", False))

add(**genuine(dict(
    lang="ja", kind="notice", cause="customer_request", states_reason=True, marketplace="amazon.co.jp",
    note="customer cancelled one item, 'Cancel reason' line",
    to=JA_TO, fmt="alt", charset="utf-8", cte="qp",
    subject="ご注文 #503-2938471-0615523 のキャンセル手続きが完了しました",
    title="キャンセルのリクエストを承りました", greeting="佐藤 健太 様",
    paras=["お客様からのキャンセルのリクエストにより、下記の商品のキャンセルが完了しました。",
           "キャンセル理由: お客様都合によるキャンセル",
           "この商品の代金は請求されません。すでにお支払いが完了している場合は、ご利用のお支払い方法に返金されます。返金の反映には数日かかる場合があります。",
           "ご注文のその他の商品は、予定どおり発送されます。"],
    order="503-2938471-0615523",
    items=[("低反発 まくら 枕 ホワイト 60x40cm 洗えるカバー付き", 1, "￥2,990")],
    button=("注文履歴を表示", JA_OH), sign="Amazon.co.jp", footer=JA_FOOT),
    "co.jp", "auto-confirm", True))

add(**genuine(dict(
    lang="ja", kind="notice", cause="unknown", states_reason=False, marketplace="amazon.co.jp",
    note="'Information from Amazon' style, order cancelled, no reason given",
    to=JA_TO, fmt="text", charset="utf-8", cte="b64",
    subject="Amazon.co.jpからのお知らせ",
    greeting="佐藤 健太 様",
    paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "以下のご注文はキャンセルされましたのでお知らせいたします。",
           "このキャンセルにより、ご注文代金が請求されることはありません。",
           "ご不便をおかけして申し訳ございません。ご不明な点がございましたら、ヘルプページからカスタマーサービスへお問い合わせください。"],
    order="249-8843120-3371946",
    items=[("TP-Link WiFi 無線LAN ルーター Archer AX73 Wi-Fi 6", 1, "￥12,980")],
    sign="Amazon.co.jp カスタマーサービス", footer=JA_FOOT),
    "co.jp", "order-update", False))

# ---- non-notices
add(lang="ja", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="other shop's cancellation, paid with Amazon Pay",
    frm=("北欧雑貨 リンネ オンラインストア", "order@linne-zakka.jp"), to=JA_TO,
    received=["from mail.linne-zakka.jp (mail.linne-zakka.jp [203.0.113.41]) by mx.example.jp with ESMTPS id 4Xk2L for <kenta.sato@example.jp>"],
    auth="mx.example.jp; dkim=pass header.d=linne-zakka.jp; spf=pass smtp.mailfrom=linne-zakka.jp; dmarc=pass header.from=linne-zakka.jp",
    fmt="text", charset="utf-8", cte="qp", style="simple",
    subject="【北欧雑貨 リンネ】ご注文キャンセルのお知らせ (LN-20250311-0427)",
    text="""佐藤 健太 様

いつも北欧雑貨 リンネ オンラインストアをご利用いただき、誠にありがとうございます。

ご注文番号 LN-20250311-0427 のご注文につきまして、在庫管理の不備により商品をご用意することができなくなりました。
大変申し訳ございませんが、本ご注文はキャンセルとさせていただきました。

■ご注文内容
  アラビア パラティッシ プレート 21cm  x2  ￥9,240

■お支払い方法
  Amazon Pay

Amazon Payでのお支払いについては、弊社にて売上の取り消し処理を行いました。
Amazonアカウントにご登録のお支払い方法へのご請求は発生いたしません。
なお、本ご注文はAmazon.co.jpの注文履歴には表示されませんのでご了承ください。
Amazon Payの取引状況は Amazon Pay ヘルプ (https://pay.amazon.co.jp/help) からご確認いただけます。

ご迷惑をおかけいたしましたことを、心よりお詫び申し上げます。

──────────────────
北欧雑貨 リンネ オンラインストア
運営: 株式会社リンネ
〒060-0042 北海道札幌市中央区大通西5丁目
TEL 011-555-0182 (平日10:00〜17:00)
https://www.linne-zakka.jp/
──────────────────
""")

add(lang="ja", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="friend says she cancelled her Amazon order",
    frm=("山本 彩", "aya.yamamoto88@gmail.com"), to=JA_TO,
    received=["from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by mx.example.jp with ESMTPS id 7Qp1 for <kenta.sato@example.jp>"],
    auth="mx.example.jp; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
    extra_headers=[("In-Reply-To", "<CAHk3=x91Tq8@mail.gmail.com>")],
    fmt="text", charset="utf-8", cte="8bit", style="simple",
    subject="Re: 誕生日プレゼントどうする？",
    text="""健太くん

ごめん、昨日Amazonで注文した加湿器、やっぱりキャンセルしちゃった。
レビューを見たら音がうるさいって書いてあって…。注文履歴から「商品をキャンセル」を押したら、すぐにキャンセル完了のメールが来たよ。

代わりに、みんなで割り勘してちょっといいコーヒーメーカーにしない？
候補はいくつか見つけたので、週末に相談させて。

あや

2025年3月2日(日) 21:14 佐藤 健太 <kenta.sato@example.jp>:
> 加湿器いいね！もう注文した？
> 支払いは後で送るね。
""")

add(lang="ja", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="security newsletter quoting fake cancellation subjects",
    frm=("セキュリティ通信", "newsletter@security-tsushin.jp"), to=JA_TO,
    received=["from mta12.security-tsushin.jp (mta12.security-tsushin.jp [198.51.100.12]) by mx.example.jp with ESMTP id 9Ba3 for <kenta.sato@example.jp>"],
    extra_headers=[("List-Unsubscribe", "<https://security-tsushin.jp/unsubscribe?u=88213>"), ("Precedence", "bulk")],
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#1d4e89",
    subject="【セキュリティ通信 第212号】Amazonの「注文キャンセル」を装うフィッシングに注意",
    banner="セキュリティ通信 第212号",
    title="Amazonの注文キャンセルを装うフィッシングメールが増加しています",
    paras=["今週は、Amazonを装い「ご注文がキャンセルされました」と通知するフィッシングメールの報告が多数寄せられました。確認されている件名の例は次のとおりです。",
           "・「Amazon.co.jp: ご注文がキャンセルされました」\n・「【重要】お支払い方法の問題によりご注文はキャンセルされました」\n・「アカウントが停止され、ご注文はキャンセルされました」",
           "本文中のリンクから偽のログインページへ誘導し、IDやパスワード、クレジットカード情報を入力させる手口です。中には「心当たりがない場合はお電話ください」と記載し、偽のサポート窓口に電話をかけさせるものもあります。",
           "対策: メール内のリンクは開かず、公式アプリやブックマークからサインインして注文履歴を確認しましょう。送信元のドメインが amazon.co.jp であるかも確認してください。",
           "詳しい事例は[[当サイトの解説記事|https://security-tsushin.jp/articles/2025/amazon-cancel-phishing]]をご覧ください。"],
    footer=["このメールは「セキュリティ通信」に登録された方にお送りしています。",
            "配信停止は[[こちら|https://security-tsushin.jp/unsubscribe?u=88213]]"])

add(**genuine(dict(
    lang="ja", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Amazon Fresh delivery slot reservation cancelled (amazon.co.jp), nothing ordered",
    to=JA_TO, fmt="alt", charset="utf-8", cte="qp",
    subject="Amazonフレッシュ: 配送時間帯の予約がキャンセルされました",
    title="配送時間帯の予約がキャンセルされました", greeting="佐藤 健太 様",
    paras=["Amazonフレッシュをご利用いただきありがとうございます。",
           "3月18日(火) 18:00〜20:00 の配送時間帯の予約は、予約後60分以内にご注文が確定されなかったため、キャンセルされました。",
           "カートの商品はそのまま保存されています。ご注文を確定するには、改めて配送時間帯を選択してください。",
           "この予約のキャンセルによる料金は発生しません。"],
    button=("配送時間帯を選択", "https://www.amazon.co.jp/alm/storefront?almBrandId=QW1hem9uIEZyZXNo&ref_=pe_fresh_slot"),
    sign="Amazonフレッシュ", footer=JA_FOOT),
    "co.jp", "no-reply", False))

add(**genuine(dict(
    lang="ja", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Prime membership cancellation confirmation (amazon.co.jp)",
    to=JA_TO, fmt="html", charset="utf-8", cte="qp",
    subject="Amazonプライム会員資格のキャンセルを受け付けました",
    title="プライム会員資格のキャンセル", greeting="佐藤 健太 様",
    paras=["お客様のAmazonプライム会員資格のキャンセルを受け付けました。",
           "会員特典は2025年4月14日までご利用いただけます。その後、年会費 ￥5,900 は請求されません。",
           "プライム会員資格をキャンセルしても、これまでのご注文や配送中の商品には影響はありません。",
           "いつでも[[プライム会員情報|https://www.amazon.co.jp/gp/primecentral]]から再登録いただけます。"],
    sign="Amazonプライム", footer=JA_FOOT),
    "co.jp", "no-reply", False))

add(**genuine(dict(
    lang="ja", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="genuine payment revision reminder: order will be cancelled if not updated (not yet cancelled); ISO-2022-JP alt",
    to=JA_TO, fmt="alt", charset="iso-2022-jp", cte="7bit",
    subject="Amazon.co.jp: お支払い方法の更新が必要です (ご注文 #250-4471829-1930657)",
    title="お支払い方法の更新のお願い", greeting="佐藤 健太 様",
    paras=["ご注文 #250-4471829-1930657 について、ご指定のクレジットカードでのお支払いが承認されませんでした。",
           "2025年5月9日までにお支払い方法を更新してください。期限までに更新が確認できない場合、ご注文はキャンセルされます。",
           "お支払い方法を更新するには、Amazon.co.jpにサインインし、[注文履歴] から該当のご注文を選び、[お支払い方法の変更] を選択してください。",
           "お支払い方法を更新いただくと、ご注文は通常どおり処理されます。"],
    order="250-4471829-1930657",
    items_heading="ご注文の商品",
    items=[("パナソニック ドライヤー ナノケア EH-NA0J", 1, "￥29,800")],
    button=("お支払い方法を更新", "https://www.amazon.co.jp/gp/css/order-history?ref_=pe_pay_rev"),
    sign="Amazon.co.jp", footer=JA_FOOT),
    "co.jp", "payments-messages", False))

# ---- lookalikes
add(**freemail_trace(dict(
    lang="ja", kind="lookalike", cause="customer_request", states_reason=True, marketplace=None,
    note="callback phone scam from gmail, malformed order number",
    frm=("Amazon カスタマーサポート", "amazonjp.support.center24@gmail.com"), to=JA_TO,
    fmt="text", charset="iso-2022-jp", cte="7bit", style="simple",
    subject="【Amazon】ご注文がキャンセルされました",
    text="""お客様

お客様のアカウントからのご依頼により、以下のご注文をキャンセルいたしました。

注文番号: 503-4471-2290
商品: Apple iPhone 15 Pro 256GB ナチュラルチタニウム
金額: ￥159,800

このキャンセルにお心当たりがない場合、第三者によるアカウントの不正利用の可能性があります。
至急、Amazonサポートセンター (24時間対応) までお電話ください。

　TEL 050-5812-7730

お電話の際は本メールに記載の注文番号をお伝えください。
ご連絡がない場合、返金手続きは行われません。

Amazon.co.jp
"""), "mail-sor-f69.google.com", "209.85.220.69"))

add(**phish_trace(dict(
    lang="ja", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Cyrillic A in display name; account suspended + order cancelled, enter code",
    frm=("\u0410mazon.co.jp", "account@amazon-co-jp.verify-center.top"), to=JA_TO,
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#232f3e", button_color="#ff9900",
    subject="【重要】アカウントが停止され、ご注文はキャンセルされました",
    banner="Amazon.co.jp",
    title="アカウント停止のお知らせ", greeting="お客様各位",
    paras=["不審なログインが検出されたため、お客様のアカウントを一時停止し、処理中のご注文 (#249-6128834-0052917) をキャンセルしました。",
           "アカウントを復旧するには、下記の確認コードを専用ページで入力してください。",
           "確認コード: 482 915 (有効期限: 30分)",
           "30分以内に確認が完了しない場合、アカウントは永久に閉鎖され、残高やポイントは失効します。"],
    button=("アカウントを復旧する", "https://amazon-co-jp.verify-center.top/ap/signin?code=482915&lang=ja"),
    sign="Amazon.co.jp セキュリティチーム",
    footer=["© 1996-2025, Amazon.com, Inc. or its affiliates"]),
    "verify-center.top", "185.244.31.77", mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"))

add(**freemail_trace(dict(
    lang="ja", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="asks to reply with card details, outlook sender, will be cancelled unless",
    frm=("Amazon.co.jp 注文センター", "amazon.order-center.jp@outlook.jp"), to=JA_TO,
    fmt="text", charset="utf-8", cte="qp", style="simple",
    subject="ご注文のお支払いが確認できません。48時間以内にご返信ください",
    text="""Amazonをご利用いただきありがとうございます。

お客様のご注文 (注文番号: 250-7734-991823) について、カード会社よりお支払いの承認が拒否されました。
48時間以内にお支払い情報の確認が取れない場合、ご注文は自動的にキャンセルされ、アカウントも利用制限となります。

お手数ですが、本メールに返信する形で以下の情報をご記入ください。

・カード名義人 (ローマ字):
・カード番号 (16桁):
・有効期限 (月/年):
・セキュリティコード (裏面3桁):
・生年月日:

確認が完了次第、ご注文は通常どおり発送されます。

Amazon.co.jp 注文センター
"""), "APC01-TYZ-obe.outbound.protection.outlook.com", "40.107.42.19"))

_h = "https://amazon-orders.help/jp/refund?id=249-1048573-6629014&t=8f2c1"
add(**phish_trace(dict(
    lang="ja", kind="lookalike", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished copy of real template; link text shows amazon.co.jp, href to amazon-orders.help",
    frm=("Amazon.co.jp", "order-update@amazon-orders.help"), reply_to="refund-desk@amazon-orders.help", to=JA_TO,
    fmt="html", charset="utf-8", cte="qp", brand="Amazon.co.jp", host="amazon-orders.help",
    logo_href="https://amazon-orders.help/jp/", order_href=_h,
    subject="Amazon.co.jp ご注文の商品がキャンセルされました (注文番号 249-1048573-6629014)",
    title="ご注文商品のキャンセルのお知らせ", greeting="佐藤 健太 様",
    paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "誠に申し訳ございませんが、下記の商品は在庫切れのため、ご注文をキャンセルさせていただきました。",
           "ご注文代金 ￥48,400 の返金を受け取るには、7日以内に返金先の情報をご登録ください。期限を過ぎると返金手続きができなくなります。",
           "返金手続き: [[https://www.amazon.co.jp/gp/your-account/order-details?orderID=249-1048573-6629014|%s]]" % _h],
    order="249-1048573-6629014",
    items=[("ダイソン Dyson V8 Slim Fluffy コードレス掃除機", 1, "￥48,400")],
    button=("返金を受け取る", _h), sign="Amazon.co.jp カスタマーサービス",
    footer=["Amazon.co.jpがEメールでパスワードをお尋ねすることはありません。",
            "不審なEメールを受け取った場合は[[https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909120|https://amazon-orders.help/jp/report]]から報告してください。",
            "© 2025 Amazon.com, Inc. or its affiliates."]),
    "amazon-orders.help", "91.215.85.140",
    auth="mx.example.jp; spf=pass smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help; dmarc=pass header.from=amazon-orders.help"))

add(**freemail_trace(dict(
    lang="ja", kind="lookalike", cause="technical_issue", states_reason=True, marketplace=None,
    note="Greek homoglyphs in display name, yahoo sender, system error re-enter payment",
    frm=("\u0391maz\u03bfn.co.jp", "amzn_jp_notice@yahoo.co.jp"), to=JA_TO,
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#e47911",
    subject="Amazon.co.jp: システムエラーによりご注文がキャンセルされました",
    banner="amazon.co.jp",
    greeting="佐藤 健太 様",
    paras=["システムエラーにより、お客様のご注文 (249-5502817-3390146) は正常に処理されず、キャンセルされました。",
           "ご注文を再処理するには、以下のリンクからお支払い情報を再入力してください。再処理が完了すると、商品は通常どおり発送されます。",
           "[[https://www.amazon.co.jp/your-orders|http://amzn-jp-reorder.shop/re/249-5502817-3390146]]"],
    button=("ご注文を再処理する", "http://amzn-jp-reorder.shop/re/249-5502817-3390146"),
    sign="Amazon.co.jp"), "mail.yahoo.co.jp", "182.22.12.51"))

add(**phish_trace(dict(
    lang="ja", kind="lookalike", cause="unknown", states_reason=False, marketplace=None,
    note="amaz0n domain, crude machine-translated text, malformed order number, no reason",
    frm=("Amazon", "info@amaz0n-jp.com"), to=JA_TO,
    fmt="text", charset="utf-8", cte="8bit", style="simple",
    subject="Amazon 注文キャンセル通知 #2490-55812-771",
    text="""尊敬するお客様、

あなたの注文はキャンセルされました。
注文番号 #2490-55812-771

詳細を確認するには、以下のリンクをクリックしてください。
http://amaz0n-jp.com/order/cancel?id=249055812771

確認しない場合、あなたのアカウントは制限されます。

Amazonチーム
"""), "amaz0n-jp.com", "103.151.43.9", mailer="Microsoft Outlook Express 6.00.2900.5512"))

add(**phish_trace(dict(
    lang="ja", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon.co.jp.order-cancel.xyz subdomain trick; will be cancelled unless verified in 24h; DKIM passes for evil domain",
    frm=("Amazon.co.jp", "security@amazon.co.jp.order-cancel.xyz"), to=JA_TO,
    fmt="alt", charset="utf-8", cte="qp", brand="Amazon.co.jp", host="www.amazon.co.jp.order-cancel.xyz",
    subject="ご注文 #503-9912846-2207135 はセキュリティ審査のため保留中です",
    title="ご注文のセキュリティ審査", greeting="佐藤 健太 様",
    paras=["お客様のご注文がセキュリティ審査の対象となりました。",
           "24時間以内に本人確認を完了されない場合、ご注文はキャンセルされ、アカウントは永久に停止されます。",
           "下のボタンからサインインし、ご登録のお支払い情報を確認してください。"],
    order="503-9912846-2207135",
    items_heading="保留中の商品",
    items=[("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5", 1, "￥49,500")],
    button=("本人確認を行う", "https://www.amazon.co.jp.order-cancel.xyz/ap/signin?openid=verify"),
    sign="Amazon.co.jp", footer=JA_FOOT[:2] + ["© 2025 Amazon.com, Inc. or its affiliates."]),
    "mail.order-cancel.xyz", "45.141.84.22",
    auth="mx.example.jp; spf=pass smtp.mailfrom=amazon.co.jp.order-cancel.xyz; dkim=pass header.d=order-cancel.xyz; dmarc=pass header.from=amazon.co.jp.order-cancel.xyz"))

add(**phish_trace(dict(
    lang="ja", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="no order number, polished html, expired payment method, amazon-jp-payment.com",
    frm=("Amazon Japan", "no-reply@amazon-jp-payment.com"), to=JA_TO,
    fmt="html", charset="utf-8", cte="b64", style="simple", accent="#232f3e", button_color="#f0c14b",
    subject="Amazon.co.jp: お支払い方法の問題によりご注文はキャンセルされました",
    banner="amazon.co.jp",
    title="お支払い方法を更新してください", greeting="Amazonをご利用いただきありがとうございます。",
    paras=["お客様のアカウントに登録されているお支払い方法の有効期限が切れているため、ご注文はキャンセルされました。",
           "アカウントを引き続きご利用いただくには、お支払い情報を更新してください。更新されない場合、アカウントのすべての機能が制限されます。"],
    button=("お支払い方法を更新する", "https://amazon-jp-payment.com/wallet/update?session=9c1f0"),
    sign="Amazon.co.jp カスタマーサービス",
    footer=["このメールは送信専用です。", "©2025 Amazon.com, Inc. or its affiliates. All rights reserved."]),
    "vps-8812.hostingcloud.cn", "47.243.12.180"))


# ====================================================================== TURKISH
TR_TO = ("Ayşe Yılmaz", "ayse.yilmaz@example.com.tr")
TR_FOOT = [
    "Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
    "Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi, kredi kartı numaranızı veya banka bilgilerinizi istemez.",
    "Kart numaranız değiştiyse veya kartınızın süresi dolduysa, ödeme bilgilerinizi Hesabım bölümünden güncelleyebilirsiniz: [[https://www.amazon.com.tr/cpe/yourpayments/wallet|https://www.amazon.com.tr/cpe/yourpayments/wallet]]",
    "Amazon.com.tr'den geldiğini iddia eden şüpheli bir e-posta aldıysanız lütfen [[bize bildirin|https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GX9XRZQF2EQ7GZTN]].",
    "Yardım: [[https://www.amazon.com.tr/gp/help/customer/display.html|https://www.amazon.com.tr/gp/help/customer/display.html]]",
    "© 2025 Amazon.com, Inc. veya bağlı şirketleri. Tüm hakları saklıdır. Amazon Turkey Perakende Hizmetleri Ltd. Şti.",
]
TR_OH = "https://www.amazon.com.tr/gp/css/order-history?ref_=pe_3109541_cxl"

# ---- notices
add(**genuine(dict(
    lang="tr", kind="notice", cause="inventory_shortage", states_reason=True, marketplace="amazon.com.tr",
    note="seller could not source the item, one item cancelled; iso-8859-9",
    to=TR_TO, fmt="alt", charset="iso-8859-9", cte="qp",
    subject="Amazon.com.tr siparişinizden 1 ürün iptal edildi",
    title="Ürün iptal edildi", greeting="Merhaba Ayşe Yılmaz,",
    paras=["Üzgünüz, 405-2287134-6650921 numaralı siparişinizdeki aşağıdaki ürün stokta kalmadığı için iptal edilmiştir. Satıcı, ürünü tedarik edemeyeceğini bize bildirdi.",
           "İptal edilen ürün için sizden herhangi bir ücret alınmayacaktır. Kartınızdan bir provizyon alındıysa, birkaç iş günü içinde otomatik olarak kaldırılacaktır.",
           "Siparişinizdeki diğer ürünler planlandığı şekilde gönderilecektir.",
           "Yaşattığımız aksaklık için özür dileriz."],
    order="405-2287134-6650921",
    items=[("Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü", 1, "6.499,00 TL")],
    button=("Siparişlerim", TR_OH), sign="Amazon.com.tr Müşteri Hizmetleri", footer=TR_FOOT),
    "com.tr", "order-update", False))

add(**genuine(dict(
    lang="tr", kind="notice", cause="payment_issue", states_reason=True, marketplace="amazon.com.tr",
    note="payment not authorised by bank, not updated in time; text only",
    to=TR_TO, fmt="text", charset="utf-8", cte="qp",
    subject="Amazon.com.tr siparişiniz #405-7719302-1184526 iptal edildi",
    greeting="Merhaba Ayşe Yılmaz,",
    paras=["405-7719302-1184526 numaralı siparişinizin ödemesi, kartınızı veren banka tarafından onaylanmadı. Size daha önce gönderdiğimiz e-postada belirtilen süre içinde ödeme bilgilerinizi güncellemediğiniz için siparişinizi iptal ettik.",
           "Ödemenin onaylanmamasının olası nedenleri: kartın son kullanma tarihinin geçmiş olması, yetersiz bakiye veya kart limitinin aşılmış olması.",
           "Ürünleri hâlâ almak istiyorsanız, Hesabım bölümünden ödeme yönteminizi güncelledikten sonra yeni bir sipariş verebilirsiniz."],
    order="405-7719302-1184526",
    items=[("Logitech MX Master 3S Kablosuz Performans Mouse", 1, "3.299,00 TL")],
    sign="Amazon.com.tr", footer=TR_FOOT),
    "com.tr", "payments-messages", True))

add(**genuine(dict(
    lang="tr", kind="notice", cause="technical_issue", states_reason=True, marketplace="amazon.com.tr",
    note="pricing error on product page; html only",
    to=TR_TO, fmt="html", charset="utf-8", cte="b64",
    subject="Siparişiniz hakkında önemli bilgi: #405-3390487-7725163",
    title="Siparişiniz iptal edildi", greeting="Merhaba Ayşe Yılmaz,",
    paras=["Bu ürünün sayfasında teknik bir hata nedeniyle yanlış bir fiyat (149,00 TL) görüntülendiğini tespit ettik. Ürünün doğru fiyatı 1.490,00 TL'dir.",
           "Bu nedenle siparişinizi iptal ettik. Sizden herhangi bir ücret alınmayacaktır.",
           "Ürünü doğru fiyattan satın almak isterseniz ürün sayfasından yeniden sipariş verebilirsiniz. Yaşanan aksaklık için özür dileriz."],
    order="405-3390487-7725163",
    items=[("Tefal Ingenio 13 Parça Tencere ve Tava Seti", 1, "149,00 TL")],
    button=("Sipariş ayrıntılarını görüntüle", "https://www.amazon.com.tr/gp/your-account/order-details?orderID=405-3390487-7725163&ref_=pe_cxl"),
    sign="Amazon.com.tr Müşteri Hizmetleri", footer=TR_FOOT),
    "com.tr", "order-update", False))

add(**genuine(dict(
    lang="tr", kind="notice", cause="fraud_prevention", states_reason=True, marketplace="amazon.com.tr",
    note="unusual activity, account on hold, order cancelled; 8bit",
    to=TR_TO, fmt="alt", charset="utf-8", cte="8bit",
    subject="Amazon.com.tr hesabınız beklemeye alındı ve siparişiniz iptal edildi",
    title="Hesabınız beklemeye alındı", greeting="Merhaba Ayşe Yılmaz,",
    paras=["Hesabınızda olağan dışı bir etkinlik tespit ettik. Güvenliğiniz için hesabınızı geçici olarak beklemeye aldık ve aşağıdaki siparişi iptal ettik.",
           "Hesabınızı yeniden etkinleştirmek için amazon.com.tr adresinde oturum açın ve ekrandaki talimatları izleyerek kimliğinizi doğrulayın. Amazon sizden telefonla veya e-posta yoluyla şifre ya da kart bilgisi istemez.",
           "İptal edilen sipariş için ücret alınmayacaktır."],
    order="405-6602219-9038475",
    items=[("Apple iPad (10. nesil) 64 GB Wi-Fi Mavi", 1, "14.999,00 TL"),
           ("Amazon.com.tr Hediye Çeki 1.000 TL", 3, "3.000,00 TL")],
    sign="Amazon.com.tr Hesap Güvenliği Ekibi", footer=TR_FOOT),
    "com.tr", "cs-reply", True))

add(**genuine(dict(
    lang="tr", kind="notice", cause="customer_request", states_reason=True, marketplace="amazon.com.tr",
    note="'Item cancelled successfully' style, Cancel reason: customer; iso-8859-9 8bit text",
    to=TR_TO, fmt="text", charset="iso-8859-9", cte="8bit",
    subject='İptal işlemi başarılı: "Stanley Classic Termos 1 L Yeşil"',
    greeting="Merhaba Ayşe Yılmaz,",
    paras=["Talebiniz üzerine aşağıdaki ürün 405-1148862-5529307 numaralı siparişinizden iptal edilmiştir.",
           "İptal Nedeni: Müşteri tarafından iptal edildi",
           "Ödemeniz alınmışsa, iade tutarı 3-5 iş günü içinde ödeme yönteminize yansıtılacaktır."],
    order="405-1148862-5529307",
    items=[("Stanley Classic Termos 1 L Yeşil", 1, "1.849,00 TL")],
    sign="Amazon.com.tr", footer=TR_FOOT),
    "com.tr", "auto-confirm", False))

add(**genuine(dict(
    lang="tr", kind="notice", cause="unknown", states_reason=True, marketplace="amazon.com.tr",
    note="cancelled because delivery address undeliverable (reason fits no category)",
    to=TR_TO, fmt="alt", charset="utf-8", cte="qp",
    subject="Amazon.com.tr siparişiniz #405-9930175-2264810 iptal edildi",
    title="Siparişiniz iptal edildi", greeting="Merhaba Ayşe Yılmaz,",
    paras=["Siparişinizi belirttiğiniz teslimat adresine teslim edemedik. Kargo firması adresin eksik olduğunu ve alıcıya ulaşılamadığını bildirdi; paket bize geri gönderildi ve siparişiniz iptal edildi.",
           "Ödediğiniz tutar 3-5 iş günü içinde iade edilecektir.",
           "Gelecekteki siparişlerinizde sorun yaşamamak için lütfen Hesabım > Adreslerim bölümündeki adres bilgilerinizi kontrol edin."],
    order="405-9930175-2264810",
    items=[("Xiaomi Redmi Buds 5 Bluetooth Kulaklık Siyah", 1, "1.199,00 TL")],
    button=("Adreslerimi yönet", "https://www.amazon.com.tr/a/addresses?ref_=pe_cxl_addr"),
    sign="Amazon.com.tr Müşteri Hizmetleri", footer=TR_FOOT),
    "com.tr", "order-update", True))

# ---- non-notices
add(lang="tr", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Hepsiburada cancels an order for an Amazon Echo Dot (another retailer)",
    frm=("Hepsiburada", "bilgilendirme@hepsiburada.com"), to=TR_TO,
    received=["from mta-21.hepsiburada.com (mta-21.hepsiburada.com [203.0.113.77]) by mx.example.com.tr with ESMTPS id 2Hq7 for <ayse.yilmaz@example.com.tr>"],
    auth="mx.example.com.tr; dkim=pass header.d=hepsiburada.com; spf=pass smtp.mailfrom=hepsiburada.com; dmarc=pass header.from=hepsiburada.com",
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#ff6000",
    subject="Siparişinizdeki ürün iptal edildi",
    banner="hepsiburada",
    title="Ürününüz iptal edildi", greeting="Merhaba Ayşe Hanım,",
    paras=["4012883451 numaralı siparişinizdeki aşağıdaki ürün, satıcının stoklarında kalmadığı için iptal edildi.",
           "Ürün: Amazon Echo Dot (5. Nesil) Akıllı Hoparlör, Alexa ile, Antrasit\nSatıcı: TeknoDünya\nTutar: 1.899,00 TL",
           "İade tutarı, ödeme yaptığınız karta 2-7 iş günü içinde yansıyacaktır. Banka kaynaklı gecikmeler için kartınızı veren bankayla iletişime geçebilirsiniz.",
           "Benzer ürünleri görmek için [[Hepsiburada'yı ziyaret edin|https://www.hepsiburada.com/akilli-hoparlorler-c-80160030]]."],
    sign="Hepsiburada Müşteri Hizmetleri",
    footer=["Bu e-posta D-MARKET Elektronik Hizmetler ve Tic. A.Ş. tarafından gönderilmiştir.",
            "E-posta tercihlerinizi [[buradan|https://www.hepsiburada.com/ayarlar/iletisim-tercihleri]] değiştirebilirsiniz."])

add(lang="tr", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="colleague says he cancelled his Amazon order; iso-8859-9",
    frm=("Emre Kaya", "emre.kaya@outlook.com"), to=TR_TO,
    received=["from EUR05-AM6-obe.outbound.protection.outlook.com (EUR05-AM6-obe.outbound.protection.outlook.com [40.107.22.81]) by mx.example.com.tr with ESMTPS id 6Tz1 for <ayse.yilmaz@example.com.tr>"],
    auth="mx.example.com.tr; dkim=pass header.d=outlook.com; spf=pass smtp.mailfrom=outlook.com; dmarc=pass header.from=outlook.com",
    fmt="text", charset="iso-8859-9", cte="qp", style="simple",
    subject="Mehmet'in doğum günü hediyesi hk.",
    text="""Selam Ayşe,

Dün Amazon'dan sipariş ettiğim kahve makinesini iptal ettim, meğer aynısını Mehmet kendisi almış :)
İptal onayı hemen geldi, para birkaç güne kartıma dönecekmiş.

Başka bir hediye bakalım mı? Aklımda bir kulaklık ya da iyi bir sırt çantası var.
Cuma öğle arasında konuşalım mı?

Görüşürüz,
Emre
""")

add(lang="tr", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="security newsletter quoting a fake Amazon cancellation subject",
    frm=("Güvenli Bilgi Bülteni", "bulten@guvenlibilgi.org"), to=TR_TO,
    received=["from mail.guvenlibilgi.org (mail.guvenlibilgi.org [198.51.100.45]) by mx.example.com.tr with ESMTP id 1Ka9 for <ayse.yilmaz@example.com.tr>"],
    extra_headers=[("List-Unsubscribe", "<mailto:ayril@guvenlibilgi.org>"), ("Precedence", "bulk")],
    fmt="alt", charset="utf-8", cte="qp", style="simple", accent="#0b5394",
    subject="Haftanın dolandırıcılığı: Sahte Amazon \"siparişiniz iptal edildi\" e-postaları",
    banner="Güvenli Bilgi Bülteni - Sayı 87",
    title="Sahte iptal e-postalarına dikkat",
    paras=["Son günlerde pek çok okurumuz, konu satırı \"Amazon.com.tr: Siparişiniz #405-XXXXXXX-XXXXXXX iptal edildi - hemen işlem yapın\" olan e-postalar aldığını bildirdi.",
           "Bu e-postalar, siparişin \"ödeme sorunu\" nedeniyle iptal edildiğini iddia ediyor ve sizi kart bilgilerinizi girmeniz için sahte bir sayfaya yönlendiriyor. Bazı sürümlerde ise bir telefon numarası verilerek aranmanız isteniyor.",
           "Nasıl anlarsınız? Gönderen adresinin alan adını kontrol edin; bağlantının üzerine gelip gerçek adresi görün; siparişlerinizi her zaman uygulamadan veya tarayıcıya adresi kendiniz yazarak kontrol edin.",
           "Ayrıntılı inceleme: [[guvenlibilgi.org/amazon-iptal-oltalama|https://guvenlibilgi.org/amazon-iptal-oltalama]]"],
    footer=["Bu bülteni guvenlibilgi.org üyeliğiniz nedeniyle alıyorsunuz.", "[[Abonelikten çık|https://guvenlibilgi.org/abonelik/iptal]]"])

add(**genuine(dict(
    lang="tr", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="installation appointment cancelled, order itself not cancelled (amazon.com.tr)",
    to=TR_TO, fmt="alt", charset="utf-8", cte="b64",
    subject="Kurulum randevunuz iptal edildi",
    title="Kurulum randevunuz iptal edildi", greeting="Merhaba Ayşe Yılmaz,",
    paras=["Bosch Serie 6 çamaşır makineniz için 18 Mart 2025, 10:00-13:00 arasında planlanan kurulum randevusu, yetkili servisin talebi üzerine iptal edildi.",
           "Siparişiniz iptal edilmedi; ürününüz teslim edilmiştir. Kurulum hizmeti için size uygun yeni bir randevu seçebilirsiniz.",
           "Yeni randevu oluşturmazsanız yetkili servis sizinle telefonla iletişime geçecektir."],
    order="405-4478120-3317758",
    items_heading="Siparişinizdeki ürün",
    items=[("Bosch WGA254X0TR Serie 6 Çamaşır Makinesi 10 kg", 1, "27.999,00 TL")],
    button=("Yeni randevu seç", "https://www.amazon.com.tr/gp/your-account/order-details?orderID=405-4478120-3317758&ref_=pe_install"),
    sign="Amazon.com.tr", footer=TR_FOOT),
    "com.tr", "no-reply", False))

add(**genuine(dict(
    lang="tr", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Prime membership cancelled (amazon.com.tr); html only iso-8859-9",
    to=TR_TO, fmt="html", charset="iso-8859-9", cte="qp",
    subject="Amazon Prime üyeliğiniz iptal edildi",
    title="Prime üyeliğiniz iptal edildi", greeting="Merhaba Ayşe Yılmaz,",
    paras=["Amazon Prime üyeliğinizi iptal ettiniz. 21 Nisan 2025 tarihine kadar Prime avantajlarından yararlanmaya devam edebilirsiniz.",
           "Bu tarihten sonra aylık 39,00 TL üyelik ücreti tahsil edilmeyecektir.",
           "Prime üyeliğinin iptali mevcut siparişlerinizi etkilemez.",
           "Fikrinizi değiştirirseniz [[Prime üyeliğimi yönet|https://www.amazon.com.tr/gp/primecentral]] sayfasından üyeliğinizi yeniden başlatabilirsiniz."],
    sign="Amazon Prime", footer=TR_FOOT),
    "com.tr", "no-reply", False))

add(**genuine(dict(
    lang="tr", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="genuine payment reminder, order will be cancelled unless updated (not cancelled yet); iso-8859-9",
    to=TR_TO, fmt="alt", charset="iso-8859-9", cte="qp",
    subject="Ödeme bilgilerinizi güncelleyin: #405-8856213-0471936 numaralı siparişiniz",
    title="Ödeme yönteminizi güncelleyin", greeting="Merhaba Ayşe Yılmaz,",
    paras=["405-8856213-0471936 numaralı siparişinizin ödemesi onaylanmadı.",
           "Siparişinizi işleme koyabilmemiz için 12 Mayıs 2025 tarihine kadar ödeme yönteminizi güncelleyin. Aksi takdirde siparişiniz iptal edilecektir.",
           "Ödeme yönteminizi güncellemek için Siparişlerim sayfasında ilgili siparişi seçin ve \"Ödeme yöntemini değiştir\" seçeneğine tıklayın.",
           "Ödeme bilgilerinizi güncellediğinizde siparişiniz normal şekilde işleme alınacaktır."],
    order="405-8856213-0471936",
    items_heading="Siparişinizdeki ürün",
    items=[("Dyson Supersonic Saç Kurutma Makinesi", 1, "15.499,00 TL")],
    button=("Ödeme yöntemini güncelle", "https://www.amazon.com.tr/gp/css/order-history?ref_=pe_pay_rev"),
    sign="Amazon.com.tr", footer=TR_FOOT),
    "com.tr", "payments-messages", False))

# ---- lookalikes
add(**freemail_trace(dict(
    lang="tr", kind="lookalike", cause="customer_request", states_reason=True, marketplace=None,
    note="callback phone scam from gmail, malformed order number",
    frm=("Amazon Destek", "amazontr.destekhatti@gmail.com"), to=TR_TO,
    fmt="text", charset="utf-8", cte="8bit", style="simple",
    subject="Siparişiniz iptal edildi - İade işlemi bekliyor",
    text="""Sayın Müşterimiz,

Hesabınızdan verilen talep doğrultusunda 52.999 TL tutarındaki Samsung Galaxy S24 Ultra siparişiniz iptal edilmiştir.

Sipariş No: 405-88231-44710

Bu işlemi siz yapmadıysanız hesabınız tehlikede olabilir. İade işleminin durdurulması ve hesabınızın korunması için HEMEN 0850 305 41 92 numaralı Amazon Müşteri Hizmetlerini arayın (7/24).

Aramanız sırasında sipariş numaranızı hazır bulundurun.

Amazon.com.tr Destek Ekibi
"""), "mail-sor-f65.google.com", "209.85.220.65"))

add(**phish_trace(dict(
    lang="tr", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Cyrillic homoglyphs in display name; account suspended, order cancelled, use code",
    frm=("\u0410m\u0430z\u043en.com.tr", "hesap@amazon-tr-guvenlik.top"), to=TR_TO,
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#232f3e", button_color="#ff9900",
    subject="Hesabınız askıya alındı - siparişiniz iptal edildi",
    banner="amazon.com.tr",
    title="Hesabınız askıya alındı", greeting="Değerli müşterimiz,",
    paras=["Hesabınızda şüpheli oturum açma girişimleri tespit edildi. Bu nedenle hesabınız askıya alınmış ve bekleyen siparişiniz (#405-3318290-7710452) iptal edilmiştir.",
           "Hesabınızı yeniden açmak için aşağıdaki doğrulama kodunu kullanın:",
           "Doğrulama kodu: 615 284",
           "Kod 20 dakika boyunca geçerlidir. Doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır."],
    button=("Hesabımı doğrula", "https://amazon-tr-guvenlik.top/dogrula?kod=615284"),
    sign="Amazon Güvenlik Ekibi",
    footer=["© 1996-2025, Amazon.com, Inc. veya bağlı şirketleri"]),
    "amazon-tr-guvenlik.top", "194.26.29.113", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"))

add(**freemail_trace(dict(
    lang="tr", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="asks to reply with card details, hotmail sender, will be cancelled unless; iso-8859-9",
    frm=("Amazon.com.tr Ödeme Birimi", "amazon.odeme.birimi@hotmail.com"), to=TR_TO,
    fmt="text", charset="iso-8859-9", cte="qp", style="simple",
    subject="Ödemeniz onaylanmadı - siparişiniz 24 saat içinde iptal edilecek",
    text="""Sayın Ayşe Yılmaz,

405-6627718-22 numaralı siparişinizin ödemesi bankanız tarafından reddedilmiştir.
24 saat içinde ödeme bilgilerinizi doğrulamazsanız siparişiniz iptal edilecek ve hesabınız kısıtlanacaktır.

Lütfen aşağıdaki bilgileri bu e-postaya yanıt olarak gönderin:

- Kart üzerindeki isim:
- Kart numarası:
- Son kullanma tarihi (AA/YY):
- CVV (kartın arkasındaki 3 hane):
- T.C. kimlik numarası:

Bilgileriniz alındıktan sonra siparişiniz kargoya verilecektir.

Amazon.com.tr Ödeme Birimi
"""), "EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.103.52"))

_h = "https://amazon-orders.help/tr/iade?id=405-5512983-6604127&s=c91e"
add(**phish_trace(dict(
    lang="tr", kind="lookalike", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished copy of real template; link text shows amazon.com.tr, href to amazon-orders.help",
    frm=("Amazon.com.tr", "order-update@amazon-orders.help"), reply_to="iade@amazon-orders.help", to=TR_TO,
    fmt="html", charset="utf-8", cte="qp", brand="Amazon.com.tr", host="amazon-orders.help",
    logo_href="https://amazon-orders.help/tr/", order_href=_h,
    subject="Amazon.com.tr siparişinizden 1 ürün iptal edildi",
    title="Ürün iptal edildi", greeting="Merhaba Ayşe Yılmaz,",
    paras=["Üzgünüz, aşağıdaki ürün stokta kalmadığı için siparişinizden iptal edilmiştir.",
           "9.799,00 TL tutarındaki iadenizi alabilmek için 5 gün içinde iade bilgilerinizi onaylamanız gerekmektedir.",
           "İade için: [[https://www.amazon.com.tr/gp/your-account/order-details?orderID=405-5512983-6604127|%s]]" % _h],
    order="405-5512983-6604127",
    items=[("Apple Watch SE (2. nesil) GPS 44 mm", 1, "9.799,00 TL")],
    button=("İademi al", _h), sign="Amazon.com.tr Müşteri Hizmetleri",
    footer=["Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi istemez.",
            "Şüpheli e-postaları [[https://www.amazon.com.tr/gp/help/customer/display.html|https://amazon-orders.help/tr/bildir]] adresinden bildirin.",
            "© 2025 Amazon.com, Inc. veya bağlı şirketleri."]),
    "amazon-orders.help", "91.215.85.140",
    auth="mx.example.com.tr; spf=pass smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help; dmarc=pass header.from=amazon-orders.help"))

add(**freemail_trace(dict(
    lang="tr", kind="lookalike", cause="technical_issue", states_reason=True, marketplace=None,
    note="Greek homoglyphs in display name, yahoo sender, system error re-enter payment",
    frm=("\u0391maz\u03bfn T\u00fcrkiye", "amazon.tr.bildirim@yahoo.com"), to=TR_TO,
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#e47911",
    subject="Sistem hatası nedeniyle siparişiniz iptal edildi",
    banner="amazon.com.tr",
    greeting="Merhaba Ayşe Yılmaz,",
    paras=["Sistemimizde yaşanan teknik bir hata nedeniyle 405-1829930-5561847 numaralı siparişiniz işlenemedi ve iptal edildi.",
           "Siparişinizi yeniden işleme almak için ödeme bilgilerinizi aşağıdaki bağlantıdan tekrar girmeniz gerekmektedir.",
           "[[https://www.amazon.com.tr/siparislerim|http://amzn-tr-siparis.shop/yeniden/405-1829930-5561847]]"],
    button=("Siparişi yeniden işle", "http://amzn-tr-siparis.shop/yeniden/405-1829930-5561847"),
    sign="Amazon Türkiye"), "sonic308-22.consmr.mail.ir2.yahoo.com", "77.238.177.31"))

add(**phish_trace(dict(
    lang="tr", kind="lookalike", cause="unknown", states_reason=False, marketplace=None,
    note="amaz0n domain, crude text without Turkish letters, malformed order number, no reason",
    frm=("Amazon", "bilgi@amaz0n-tr.com"), to=TR_TO,
    fmt="text", charset="utf-8", cte="8bit", style="simple",
    subject="Amazon siparis iptal bildirimi #4051-22837-119",
    text="""Sayin musterimiz,

Siparisiniz iptal edilmistir.
Siparis numarasi: #4051-22837-119

Detaylari gormek icin asagidaki linke tiklayiniz:
http://amaz0n-tr.com/siparis/iptal?no=405122837119

Eger kontrol etmezseniz hesabiniz kisitlanacaktir.

Amazon Ekibi
"""), "amaz0n-tr.com", "103.151.43.17", mailer="Microsoft Outlook Express 6.00.2900.5512"))

add(**phish_trace(dict(
    lang="tr", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon.com.tr.siparis-iptal.click subdomain trick; cancelled unless verified in 24h; DKIM pass for evil domain",
    frm=("Amazon.com.tr", "guvenlik@amazon.com.tr.siparis-iptal.click"), to=TR_TO,
    fmt="alt", charset="utf-8", cte="qp", brand="Amazon.com.tr", host="www.amazon.com.tr.siparis-iptal.click",
    subject="#405-7712096-3384520 numaralı siparişiniz güvenlik incelemesinde",
    title="Siparişiniz güvenlik incelemesinde", greeting="Merhaba Ayşe Yılmaz,",
    paras=["Siparişiniz güvenlik incelemesi için işaretlendi.",
           "24 saat içinde kimliğinizi doğrulamazsanız siparişiniz iptal edilecek ve hesabınız kalıcı olarak kapatılacaktır.",
           "Aşağıdaki düğmeye tıklayarak oturum açın ve kayıtlı ödeme bilgilerinizi onaylayın."],
    order="405-7712096-3384520",
    items_heading="Bekleyen ürün",
    items=[("Sony PlayStation 5 Slim Konsol", 1, "24.999,00 TL")],
    button=("Kimliğimi doğrula", "https://www.amazon.com.tr.siparis-iptal.click/ap/signin?dogrula=1"),
    sign="Amazon.com.tr", footer=TR_FOOT[:2] + ["© 2025 Amazon.com, Inc. veya bağlı şirketleri."]),
    "mail.siparis-iptal.click", "45.141.84.31",
    auth="mx.example.com.tr; spf=pass smtp.mailfrom=amazon.com.tr.siparis-iptal.click; dkim=pass header.d=siparis-iptal.click; dmarc=pass header.from=amazon.com.tr.siparis-iptal.click"))

add(**phish_trace(dict(
    lang="tr", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="no order number, crude html, payment method rejected",
    frm=("Amazon", "noreply@amazon-hesap-odeme.com"), to=TR_TO,
    fmt="html", charset="utf-8", cte="b64", style="simple", accent="#131921", button_color="#febd69",
    subject="Odeme yonteminiz reddedildi - siparisiniz iptal edildi",
    banner="amazon",
    title="Siparisiniz iptal edildi", greeting="Degerli Musterimiz,",
    paras=["Odeme yonteminiz reddedildigi icin siparisiniz iptal edildi.",
           "Hesabinizi kullanmaya devam etmek icin lutfen odeme bilgilerinizi guncelleyin. Guncelleme yapilmazsa hesabiniz askiya alinacaktir."],
    button=("Odeme bilgilerini guncelle", "https://amazon-hesap-odeme.com/cuzdan/guncelle"),
    sign="Amazon Musteri Hizmetleri",
    footer=["©2025 Amazon.com, Inc. Tum haklari saklidir."]),
    "srv-4411.vpsnet.ru", "91.240.118.77"))


# ====================================================================== ARABIC
def ar_foot(tld):
    mk = "Amazon." + tld
    w = "https://www.amazon." + tld
    return [
        "تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يُرجى عدم الرد على هذه الرسالة.",
        "لن تطلب منك %s أبدًا كلمة المرور أو رقم بطاقتك الائتمانية أو بياناتك المصرفية عبر البريد الإلكتروني." % mk,
        "إذا تغيّر رقم بطاقتك أو انتهت صلاحيتها، يمكنك تحديث معلومات الدفع من حسابك: [[%s/cpe/yourpayments/wallet|%s/cpe/yourpayments/wallet]]" % (w, w),
        "إذا تلقيت رسالة مشبوهة تدّعي أنها من %s، يُرجى [[الإبلاغ عنها|%s/gp/help/customer/display.html?nodeId=GJFFVYHQPP2Z2X7N]]." % (mk, w),
        "المساعدة: [[%s/gp/help/customer/display.html|%s/gp/help/customer/display.html]]" % (w, w),
        "© 2025 Amazon.com, Inc. أو الشركات التابعة لها. جميع الحقوق محفوظة.",
    ]


AR_TO_SA = ("سارة القحطاني", "sara.alqahtani@example.sa")
AR_TO_AE = ("أحمد المنصوري", "ahmed.almansoori@example.ae")
AR_TO_EG = ("منى حسن", "mona.hassan@example.com.eg")

# ---- notices
add(**genuine(dict(
    lang="ar", kind="notice", cause="inventory_shortage", states_reason=True, marketplace="amazon.sa",
    note="item out of stock, seller could not supply; windows-1256 base64 text",
    to=AR_TO_SA, fmt="text", charset="windows-1256", cte="b64",
    subject="تم إلغاء منتج من طلبك على Amazon.sa رقم 408-5520173-8841096",
    greeting="مرحبًا سارة القحطاني،",
    paras=["نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك رقم 408-5520173-8841096 لأنه لم يعد متوفرًا في المخزون، ولم يتمكن البائع من توفيره.",
           "لن يتم تحصيل أي مبلغ مقابل المنتج الملغى. وإذا تم حجز مبلغ على بطاقتك، فسيتم إلغاء الحجز خلال بضعة أيام عمل.",
           "سيتم شحن باقي المنتجات في طلبك كما هو مخطط له.",
           "نعتذر عن أي إزعاج قد يسببه ذلك."],
    order="408-5520173-8841096",
    items=[("قلاية هوائية فيليبس XXL سعة 7.3 لتر - أسود", 1, "SAR 899.00")],
    sign="خدمة عملاء Amazon.sa", footer=ar_foot("sa")),
    "sa", "order-update", True))

add(**genuine(dict(
    lang="ar", kind="notice", cause="payment_issue", states_reason=True, marketplace="amazon.ae",
    note="card authorisation failed, payment info not updated in time",
    to=AR_TO_AE, fmt="alt", charset="utf-8", cte="qp",
    subject="تم إلغاء طلبك على Amazon.ae رقم 171-3306628-9947215",
    title="تم إلغاء طلبك", greeting="مرحبًا أحمد المنصوري،",
    paras=["لم نتمكن من الحصول على تفويض للدفع باستخدام البطاقة المسجلة في طلبك رقم 171-3306628-9947215. وبما أننا لم نتلقَّ معلومات دفع محدّثة خلال المهلة المحددة، فقد تم إلغاء طلبك.",
           "من الأسباب الشائعة لرفض الدفع: انتهاء صلاحية البطاقة، أو عدم كفاية الرصيد، أو تغيير رقم البطاقة.",
           "إذا كنت لا تزال ترغب في شراء هذه المنتجات، يُرجى تحديث طريقة الدفع في حسابك ثم تقديم طلب جديد."],
    order="171-3306628-9947215",
    items=[("سماعات سوني WH-1000XM5 لاسلكية بخاصية إلغاء الضوضاء - أسود", 1, "AED 1,299.00")],
    button=("عرض طلباتك", "https://www.amazon.ae/gp/css/order-history?ref_=pe_cxl_pay"),
    sign="Amazon.ae", footer=ar_foot("ae")),
    "ae", "payments-messages", False))

add(**genuine(dict(
    lang="ar", kind="notice", cause="technical_issue", states_reason=True, marketplace="amazon.eg",
    note="wrong price due to technical error; html only base64",
    to=AR_TO_EG, fmt="html", charset="utf-8", cte="b64",
    subject="معلومات مهمة بخصوص طلبك رقم 402-7718045-3329061 على Amazon.eg",
    title="تم إلغاء طلبك", greeting="مرحبًا منى حسن،",
    paras=["نود إبلاغك بأن المنتج التالي ظهر بسعر غير صحيح (EGP 45.00) على صفحة المنتج بسبب خطأ فني في النظام. السعر الصحيح هو EGP 4,500.00.",
           "لذلك قمنا بإلغاء طلبك رقم 402-7718045-3329061، ولن يتم تحصيل أي مبلغ منك.",
           "إذا كنت ترغبين في شراء المنتج بالسعر الصحيح، يمكنك تقديم طلب جديد من صفحة المنتج. نعتذر عن هذا الخطأ."],
    order="402-7718045-3329061",
    items=[("خلاط كهربائي مولينكس 600 واط مع مطحنة", 1, "EGP 45.00")],
    button=("عرض تفاصيل الطلب", "https://www.amazon.eg/gp/your-account/order-details?orderID=402-7718045-3329061&ref_=pe_cxl"),
    sign="خدمة عملاء Amazon.eg", footer=ar_foot("eg")),
    "eg", "order-update", True))

add(**genuine(dict(
    lang="ar", kind="notice", cause="fraud_prevention", states_reason=True, marketplace="amazon.sa",
    note="unusual activity, account suspended temporarily, order cancelled; 8bit",
    to=("فهد العتيبي", "fahad.otaibi@example.sa"), fmt="alt", charset="utf-8", cte="8bit",
    subject="تم تعليق حسابك على Amazon.sa مؤقتًا وإلغاء طلبك",
    title="تم تعليق حسابك مؤقتًا", greeting="مرحبًا فهد العتيبي،",
    paras=["لاحظنا نشاطًا غير معتاد في حسابك على Amazon.sa. وحرصًا على أمان حسابك، قمنا بتعليقه مؤقتًا وإلغاء الطلب التالي.",
           "لإعادة تفعيل حسابك، سجّل الدخول إلى Amazon.sa واتبع التعليمات الظاهرة على الشاشة للتحقق من هويتك. لن نطلب منك أبدًا مشاركة كلمة المرور أو بيانات بطاقتك عبر الهاتف أو البريد الإلكتروني.",
           "لن يتم تحصيل أي مبلغ مقابل الطلب الملغى."],
    order="408-2219764-0058312",
    items=[("بطاقة هدايا Amazon.sa بقيمة 500 ريال", 4, "SAR 2,000.00"),
           ("آيفون 15 برو سعة 256 جيجابايت - تيتانيوم طبيعي", 1, "SAR 5,199.00")],
    sign="فريق أمان الحسابات في Amazon.sa", footer=ar_foot("sa")),
    "sa", "cs-reply", False))

add(**genuine(dict(
    lang="ar", kind="notice", cause="customer_request", states_reason=True, marketplace="amazon.ae",
    note="successful cancellation at customer's request, cancel-reason line; windows-1256 8bit text",
    to=AR_TO_AE, fmt="text", charset="windows-1256", cte="8bit",
    subject="تم إلغاء المنتج بنجاح من طلبك على Amazon.ae",
    greeting="مرحبًا أحمد المنصوري،",
    paras=["بناءً على طلبك، تم إلغاء المنتج التالي من طلبك رقم 171-8842203-5516679.",
           "سبب الإلغاء: ألغاه العميل",
           "إذا كنت قد دفعت بالفعل، فسيتم رد المبلغ إلى طريقة الدفع الأصلية خلال 3 إلى 5 أيام عمل."],
    order="171-8842203-5516679",
    items=[("مكنسة كهربائية لاسلكية دايسون V8", 1, "AED 1,449.00")],
    sign="Amazon.ae", footer=ar_foot("ae")),
    "ae", "auto-confirm", True))

add(**genuine(dict(
    lang="ar", kind="notice", cause="unknown", states_reason=False, marketplace="amazon.eg",
    note="'Information from Amazon.eg', order cancelled, no reason",
    to=AR_TO_EG, fmt="alt", charset="utf-8", cte="qp",
    subject="معلومات من Amazon.eg",
    greeting="مرحبًا منى حسن،",
    paras=["نود إعلامك بأنه تم إلغاء طلبك التالي.",
           "لن يتم تحصيل أي مبلغ مقابل هذا الطلب. وإذا كنتِ قد دفعتِ مسبقًا، فسيتم رد المبلغ بالكامل.",
           "نعتذر عن أي إزعاج. لمزيد من المعلومات، يمكنك زيارة صفحة المساعدة."],
    order="402-3065519-7720448",
    items=[("حذاء رياضي أديداس للرجال - مقاس 43", 1, "EGP 2,799.00")],
    sign="Amazon.eg", footer=ar_foot("eg")),
    "eg", "order-update", False))

# ---- non-notices
add(lang="ar", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Carrefour UAE order cancelled, payment via Amazon Payment Services",
    frm=("Carrefour UAE", "noreply@carrefouruae.com"), to=AR_TO_AE,
    received=["from mta-04.carrefouruae.com (mta-04.carrefouruae.com [203.0.113.150]) by mx.example.ae with ESMTPS id 5Lp2 for <ahmed.almansoori@example.ae>"],
    auth="mx.example.ae; dkim=pass header.d=carrefouruae.com; spf=pass smtp.mailfrom=carrefouruae.com; dmarc=pass header.from=carrefouruae.com",
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#0e5aa7",
    subject="تم إلغاء طلبك رقم 1104829375",
    banner="Carrefour",
    title="تم إلغاء طلبك", greeting="عزيزي أحمد،",
    paras=["نأسف لإبلاغك بأنه تم إلغاء طلبك رقم 1104829375 لعدم توفر المنتجات في الفرع المخصص للتوصيل.",
           "تمت معالجة عملية الدفع عبر بوابة Amazon Payment Services، وسيتم رد مبلغ AED 312.50 إلى بطاقتك خلال 5 إلى 7 أيام عمل.",
           "يُرجى ملاحظة أن هذا الطلب لا علاقة له بأي حساب لديك على Amazon.ae.",
           "يمكنك تقديم طلب جديد في أي وقت عبر تطبيق كارفور."],
    sign="فريق خدمة العملاء - كارفور الإمارات",
    footer=["ماجد الفطيم للتجزئة، دبي، الإمارات العربية المتحدة", "[[إلغاء الاشتراك|https://www.carrefouruae.com/unsubscribe]]"])

add(lang="ar", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="friend writes she cancelled her Amazon order",
    frm=("ريم", "reem.k1995@hotmail.com"), to=("نورة", "noura.s@example.sa"),
    received=["from DU2PR04MB8822.eurprd04.prod.outlook.com (mail-db8eur05olkn2011.outbound.protection.outlook.com [40.92.89.11]) by mx.example.sa with ESMTPS id 3Wd8 for <noura.s@example.sa>"],
    auth="mx.example.sa; dkim=pass header.d=hotmail.com; spf=pass smtp.mailfrom=hotmail.com; dmarc=pass header.from=hotmail.com",
    fmt="text", charset="utf-8", cte="qp", style="simple",
    subject="بخصوص هدية العيد",
    text="""هلا نورة،

تخيّلي! ألغيت طلب الفستان من أمازون اليوم الصبح، طلع المقاس صغير حسب التعليقات.
الإلغاء كان سهل، ضغطت "إلغاء المنتجات" من صفحة الطلبات ووصلني إيميل التأكيد على طول.

خلينا نروح المول يوم الخميس ونختار شي مع بعض، وش رأيك؟

ريم
""")

add(lang="ar", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="digital-safety newsletter quoting fake Amazon cancellation subject",
    frm=("نشرة الأمن الرقمي", "newsletter@amnraqami.net"), to=AR_TO_SA,
    received=["from mail.amnraqami.net (mail.amnraqami.net [198.51.100.90]) by mx.example.sa with ESMTP id 8Rt4 for <sara.alqahtani@example.sa>"],
    extra_headers=[("List-Unsubscribe", "<https://amnraqami.net/unsubscribe?id=5521>"), ("Precedence", "bulk")],
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#006c5b",
    subject="احذر: رسائل مزيفة تدّعي إلغاء طلبك على أمازون",
    banner="نشرة الأمن الرقمي - العدد 43",
    title="رسائل إلغاء الطلبات المزيفة",
    paras=["رصدنا خلال الأسبوع الماضي موجة من رسائل التصيد تحمل عناوين مثل: \"تنبيه: تم إلغاء طلبك على Amazon.sa - تحقق من حسابك\" و\"تم تعليق حسابك وإلغاء طلبك\".",
           "تطلب هذه الرسائل منك الضغط على رابط لإدخال بيانات بطاقتك أو الاتصال برقم هاتف \"لخدمة العملاء\"، وهو في الحقيقة رقم المحتالين.",
           "نصائح: لا تضغط على الروابط في الرسائل المشبوهة، وتحقق من عنوان المرسل، وراجع طلباتك دائمًا من خلال التطبيق الرسمي أو بكتابة عنوان الموقع بنفسك.",
           "اقرأ التحليل الكامل على [[موقعنا|https://amnraqami.net/2025/amazon-cancel-phishing]]."],
    footer=["تصلك هذه النشرة لأنك مشترك في نشرة الأمن الرقمي.", "[[إلغاء الاشتراك|https://amnraqami.net/unsubscribe?id=5521]]"])

add(**genuine(dict(
    lang="ar", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Amazon Fresh delivery window cancelled (weather), order kept, choose new slot (amazon.ae)",
    to=AR_TO_AE, fmt="alt", charset="utf-8", cte="qp",
    subject="تم إلغاء موعد التوصيل المحدد لطلبك من Amazon Fresh",
    title="تم إلغاء موعد التوصيل", greeting="مرحبًا أحمد المنصوري،",
    paras=["نظرًا للأحوال الجوية، تم إلغاء فترة التوصيل التي اخترتها (الثلاثاء 10:00 - 12:00) لطلبك من Amazon Fresh.",
           "لم يتم إلغاء طلبك. يُرجى اختيار فترة توصيل جديدة، وإلا فسنقوم بتوصيله في أقرب فترة متاحة.",
           "لن يتم فرض أي رسوم إضافية بسبب هذا التغيير."],
    order="171-6619082-4473350",
    items_heading="طلبك",
    items=[("حليب المراعي كامل الدسم 2 لتر", 2, "AED 21.00"), ("خبز عربي أبيض - 6 حبات", 1, "AED 4.50")],
    button=("اختر فترة توصيل جديدة", "https://www.amazon.ae/gp/your-account/order-details?orderID=171-6619082-4473350&ref_=pe_fresh_slot"),
    sign="Amazon Fresh", footer=ar_foot("ae")),
    "ae", "no-reply", False))

add(**genuine(dict(
    lang="ar", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Prime membership cancellation (amazon.sa); html only windows-1256",
    to=AR_TO_SA, fmt="html", charset="windows-1256", cte="b64",
    subject="تم إلغاء عضويتك في Amazon Prime",
    title="تم إلغاء عضوية Prime", greeting="مرحبًا سارة القحطاني،",
    paras=["لقد ألغيتِ عضويتك في Amazon Prime. يمكنك الاستمرار في الاستفادة من مزايا Prime حتى 30 أبريل 2025.",
           "لن يتم تحصيل رسوم الاشتراك الشهرية البالغة SAR 16.00 بعد هذا التاريخ.",
           "لا يؤثر إلغاء العضوية على طلباتك الحالية.",
           "إذا غيّرتِ رأيك، يمكنك إعادة تفعيل العضوية من صفحة [[إدارة عضوية Prime|https://www.amazon.sa/gp/primecentral]]."],
    sign="Amazon Prime", footer=ar_foot("sa")),
    "sa", "no-reply", False))

add(**genuine(dict(
    lang="ar", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="genuine payment reminder, order will be cancelled unless updated; windows-1256 qp text",
    to=AR_TO_EG, fmt="text", charset="windows-1256", cte="qp",
    subject="يُرجى تحديث معلومات الدفع لطلبك رقم 402-9918273-1106645",
    title="تحديث طريقة الدفع", greeting="مرحبًا منى حسن،",
    paras=["لم تتم الموافقة على الدفع لطلبك رقم 402-9918273-1106645.",
           "يُرجى تحديث طريقة الدفع قبل 15 مايو 2025 حتى نتمكن من معالجة طلبك. وإلا فسيتم إلغاء طلبك.",
           "لتحديث طريقة الدفع، انتقلي إلى صفحة طلباتك، واختاري الطلب، ثم اضغطي على \"تغيير طريقة الدفع\".",
           "بعد تحديث معلومات الدفع، ستتم معالجة طلبك بشكل طبيعي."],
    order="402-9918273-1106645",
    items_heading="المنتجات في طلبك",
    items=[("غسالة أطباق بوش سيري 4 - 12 مكان", 1, "EGP 24,999.00")],
    button=("تحديث طريقة الدفع", "https://www.amazon.eg/gp/css/order-history?ref_=pe_pay_rev"),
    sign="Amazon.eg", footer=ar_foot("eg")),
    "eg", "payments-messages", False))

# ---- lookalikes
add(**freemail_trace(dict(
    lang="ar", kind="lookalike", cause="customer_request", states_reason=True, marketplace=None,
    note="callback phone scam from gmail, malformed order number",
    frm=("Amazon خدمة العملاء", "amazon.ae.helpdesk.24@gmail.com"), to=AR_TO_AE,
    fmt="text", charset="utf-8", cte="8bit", style="simple",
    subject="تم إلغاء طلبك - بانتظار تأكيد الاسترداد",
    text="""عزيزي العميل،

بناءً على الطلب المقدَّم من حسابك، تم إلغاء طلبك التالي:

رقم الطلب: 171-44920-77318
المنتج: Apple MacBook Air M3 13 بوصة
المبلغ: AED 5,299.00

إذا لم تقم بهذا الإلغاء، فقد يكون حسابك معرضًا للاختراق.
اتصل فورًا بمركز دعم أمازون على الرقم: 800-0357-0421 أو +971 4 550 2817 (24 ساعة)

يرجى تجهيز رقم الطلب عند الاتصال.

فريق دعم Amazon.ae
"""), "mail-sor-f73.google.com", "209.85.220.73"))

add(**phish_trace(dict(
    lang="ar", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Cyrillic homoglyphs in display name; account suspended + order cancelled, use code",
    frm=("\u0410m\u0430zon.ae", "support@amazon-ae-verify.site"), to=AR_TO_AE,
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#232f3e", button_color="#ff9900",
    subject="تم تعليق حسابك وإلغاء طلبك - استخدم رمز التحقق",
    banner="amazon.ae",
    title="تم تعليق حسابك", greeting="عميلنا العزيز،",
    paras=["تم رصد محاولات تسجيل دخول مشبوهة إلى حسابك، لذلك تم تعليق حسابك وإلغاء طلبك المعلّق رقم 171-2093318-6652047.",
           "لإعادة تفعيل حسابك، استخدم رمز التحقق التالي في الصفحة المخصصة:",
           "رمز التحقق: 739 204",
           "الرمز صالح لمدة 15 دقيقة فقط. إذا لم يتم التحقق، فسيتم إغلاق حسابك نهائيًا."],
    button=("تحقق من حسابي", "https://amazon-ae-verify.site/verify?code=739204"),
    sign="فريق الأمان - Amazon",
    footer=["© 1996-2025, Amazon.com, Inc."]),
    "amazon-ae-verify.site", "176.113.115.40", mailer="PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"))

add(**freemail_trace(dict(
    lang="ar", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="asks to reply with card details, outlook sender, will be cancelled unless; windows-1256 base64",
    frm=("Amazon.sa قسم الفواتير", "amazon.sa.billing@outlook.com"), to=AR_TO_SA,
    fmt="text", charset="windows-1256", cte="b64", style="simple",
    subject="لم يتم تأكيد الدفع - سيتم إلغاء طلبك خلال 12 ساعة",
    text="""عزيزتي العميلة،

تم رفض الدفع الخاص بطلبك رقم 408-77120-5532 من قِبل البنك.
إذا لم يتم تأكيد معلومات الدفع خلال 12 ساعة، فسيتم إلغاء طلبك وتقييد حسابك.

يرجى الرد على هذه الرسالة بالمعلومات التالية:

- الاسم على البطاقة:
- رقم البطاقة:
- تاريخ الانتهاء:
- رمز CVV:
- رقم الهوية الوطنية:

سيتم شحن طلبك فور استلام المعلومات.

قسم الفواتير - Amazon.sa
"""), "SA2PR10MB4411.namprd10.prod.outlook.com", "40.92.45.17"))

_h = "https://amazon-orders.help/ae/refund?id=171-9930041-2287765&k=4b7d"
add(**phish_trace(dict(
    lang="ar", kind="lookalike", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished copy of real template; link text shows amazon.ae, href to amazon-orders.help",
    frm=("Amazon.ae", "order-update@amazon-orders.help"), reply_to="refunds@amazon-orders.help", to=AR_TO_AE,
    fmt="html", charset="utf-8", cte="qp", brand="Amazon.ae", host="amazon-orders.help",
    logo_href="https://amazon-orders.help/ae/", order_href=_h,
    subject="تم إلغاء منتج من طلبك على Amazon.ae",
    title="تم إلغاء المنتج", greeting="مرحبًا أحمد المنصوري،",
    paras=["نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفرًا في المخزون.",
           "لاستلام المبلغ المسترد AED 3,899.00، يجب تأكيد معلومات الاسترداد خلال 5 أيام.",
           "رابط الاسترداد: [[https://www.amazon.ae/gp/your-account/order-details?orderID=171-9930041-2287765|%s]]" % _h],
    order="171-9930041-2287765",
    items=[("سامسونج جالاكسي S24 سعة 256 جيجابايت - أسود", 1, "AED 3,899.00")],
    button=("استلم المبلغ المسترد", _h), sign="خدمة عملاء Amazon.ae",
    footer=["لن تطلب منك Amazon.ae أبدًا كلمة المرور عبر البريد الإلكتروني.",
            "للإبلاغ عن رسالة مشبوهة: [[https://www.amazon.ae/gp/help/customer/display.html|https://amazon-orders.help/ae/report]]",
            "© 2025 Amazon.com, Inc. أو الشركات التابعة لها."]),
    "amazon-orders.help", "91.215.85.140",
    auth="mx.example.ae; spf=pass smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help; dmarc=pass header.from=amazon-orders.help"))

add(**freemail_trace(dict(
    lang="ar", kind="lookalike", cause="technical_issue", states_reason=True, marketplace=None,
    note="Greek homoglyphs in display name, yahoo sender, system error re-enter payment",
    frm=("\u0391maz\u03bfn.eg", "amazon.eg.orders@yahoo.com"), to=AR_TO_EG,
    fmt="alt", charset="utf-8", cte="b64", style="simple", accent="#e47911",
    subject="تم إلغاء طلبك بسبب خطأ في النظام",
    banner="amazon.eg",
    greeting="مرحبًا منى حسن،",
    paras=["بسبب خطأ تقني في نظامنا، لم تتم معالجة طلبك رقم 402-6618203-9940172 وتم إلغاؤه.",
           "لإعادة معالجة طلبك، يُرجى إعادة إدخال معلومات الدفع من خلال الرابط التالي:",
           "[[https://www.amazon.eg/your-orders|http://amzn-eg-orders.shop/reprocess/402-6618203-9940172]]"],
    button=("إعادة معالجة الطلب", "http://amzn-eg-orders.shop/reprocess/402-6618203-9940172"),
    sign="Amazon مصر"), "sonic315-14.consmr.mail.bf2.yahoo.com", "74.6.135.41"))

add(**phish_trace(dict(
    lang="ar", kind="lookalike", cause="unknown", states_reason=False, marketplace=None,
    note="amaz0n domain, crude mixed English/Arabic, malformed order number, no reason",
    frm=("Amazon", "info@amaz0n-ae.com"), to=AR_TO_AE,
    fmt="text", charset="utf-8", cte="8bit", style="simple",
    subject="Amazon Order Cancel - تم الغاء طلبك #1710-4429-8812",
    text="""Dear Customer عزيزي العميل

تم الغاء طلبك
Your order has been cancelled.
Order No: #1710-4429-8812

للمزيد من التفاصيل اضغط على الرابط
http://amaz0n-ae.com/order/cancel?no=171044298812

اذا لم تقم بالتحقق سيتم ايقاف حسابك

Amazon Team
"""), "amaz0n-ae.com", "103.151.43.30", mailer="Microsoft Outlook Express 6.00.2900.5512"))

add(**phish_trace(dict(
    lang="ar", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon.sa.secure-cancel.info subdomain trick; cancelled unless verified in 12h; DKIM pass for evil domain",
    frm=("Amazon.sa", "security@amazon.sa.secure-cancel.info"), to=("فهد العتيبي", "fahad.otaibi@example.sa"),
    fmt="alt", charset="utf-8", cte="qp", brand="Amazon.sa", host="www.amazon.sa.secure-cancel.info",
    subject="طلبك رقم 408-6603391-2278814 قيد المراجعة الأمنية",
    title="طلبك قيد المراجعة الأمنية", greeting="مرحبًا فهد العتيبي،",
    paras=["تم وضع طلبك قيد المراجعة الأمنية.",
           "إذا لم تقم بالتحقق من هويتك خلال 12 ساعة، فسيتم إلغاء طلبك وإغلاق حسابك نهائيًا.",
           "اضغط على الزر أدناه لتسجيل الدخول وتأكيد معلومات الدفع المسجلة."],
    order="408-6603391-2278814",
    items_heading="المنتج المعلّق",
    items=[("بلايستيشن 5 سليم - نسخة قياسية", 1, "SAR 2,099.00")],
    button=("تحقق من هويتي", "https://www.amazon.sa.secure-cancel.info/ap/signin?verify=1"),
    sign="Amazon.sa", footer=ar_foot("sa")[:2] + ["© 2025 Amazon.com, Inc. أو الشركات التابعة لها."]),
    "mail.secure-cancel.info", "45.141.84.47",
    auth="mx.example.sa; spf=pass smtp.mailfrom=amazon.sa.secure-cancel.info; dkim=pass header.d=secure-cancel.info; dmarc=pass header.from=amazon.sa.secure-cancel.info"))

add(**phish_trace(dict(
    lang="ar", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="no order number, crude html in windows-1256, payment method declined",
    frm=("Amazon", "billing@amazon-eg-pay.com"), to=AR_TO_EG,
    fmt="html", charset="windows-1256", cte="8bit", style="simple", accent="#131921", button_color="#febd69",
    subject="تم رفض طريقة الدفع - تم الغاء طلبك",
    banner="amazon",
    title="تم الغاء طلبك", greeting="عزيزي العميل،",
    paras=["تم الغاء طلبك لان طريقة الدفع الخاصة بك مرفوضة.",
           "لمواصلة استخدام حسابك يرجى تحديث معلومات الدفع. اذا لم تقم بالتحديث سيتم ايقاف حسابك."],
    button=("تحديث معلومات الدفع", "https://amazon-eg-pay.com/wallet/update"),
    sign="خدمة عملاء Amazon",
    footer=["©2025 Amazon.com, Inc. جميع الحقوق محفوظة"]),
    "srv-2290.vpsnet.ru", "91.240.118.91"))


# ====================================================================== write
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    # interleave so that file order does not reveal kind or language
    order = list(range(len(MAILS)))
    R.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = "%s%03d.eml" % (PREFIX, n)
        msg = build(m, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, maxheaderlen=0).flatten(msg)
        labels.append({"file": name, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
