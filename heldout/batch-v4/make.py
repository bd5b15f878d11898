#!/usr/bin/env python3
"""Regenerate blind batch v4: ja / tr / ar order-cancellation notices, near-misses and
phishing lookalikes.  Writes mail/v4NNN.eml and labels.json next to this script.
Deterministic: fixed random seed, fixed dates."""
import base64
import datetime
import io
import json
import os
import quopri
import random
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
R = random.Random(40404)
POL = policy.compat32.clone(max_line_length=0)

# ---------------------------------------------------------------- helpers

def rnd_digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rnd_hex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rnd_b64(n):
    return "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(n))


def order_no(prefix):
    return "%s-%s-%s" % (prefix, rnd_digits(7), rnd_digits(7))


def enc_header(value, charset="utf-8"):
    """RFC 2047-encode a header value if it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode()


def addr(name, email_addr, charset="utf-8"):
    if not name:
        return email_addr
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), email_addr)


def text_part(subtype, body, charset, cte):
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    raw = body.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:  # 7bit / 8bit: keep raw bytes
        payload = raw.decode("ascii", "surrogateescape")
    del p["MIME-Version"]
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def boundary():
    return "----=_Part_%s_%s.%s" % (rnd_digits(8), rnd_digits(9), rnd_digits(13))


def build(m):
    """m: dict describing one mail -> bytes"""
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    hcs = m.get("hcharset", cs if cs not in ("windows-1256",) else cs)
    fmt = m["fmt"]  # text | html | alt
    if fmt == "text":
        body = text_part("plain", m["text"], cs, cte)
    elif fmt == "html":
        body = text_part("html", m["html"], cs, m.get("html_cte", cte))
    else:
        body = MIMEMultipart("alternative", boundary=m.get("boundary") or boundary())
        body.attach(text_part("plain", m["text"], cs, cte))
        body.attach(text_part("html", m["html"], m.get("html_charset", cs), m.get("html_cte", cte)))
    own = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    hdrs = []
    for k, v in m.get("pre", []):
        hdrs.append((k, v))
    hdrs.append(("From", addr(m["from_name"], m["from_addr"], hcs)))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs.append(("To", addr(m.get("to_name"), m["to_addr"], hcs)))
    hdrs.append(("Subject", enc_header(m["subject"], hcs)))
    hdrs.append(("Date", format_datetime(m["date"])))
    hdrs.append(("Message-ID", m["msgid"]))
    for k, v in m.get("post", []):
        hdrs.append((k, v))
    mime_ver = [v for k, v in own if k == "MIME-Version"]
    hdrs.append(("MIME-Version", mime_ver[0] if mime_ver else "1.0"))
    for k, v in own:
        if k != "MIME-Version":
            hdrs.append((k, v))
    for k, v in m.get("tail", []):
        hdrs.append((k, v))
    for k, v in hdrs:
        body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POL).flatten(body, linesep="\n")
    return buf.getvalue()


# ----------------------------------------------------------- header kits

def d(day, hh, mm, month=12, tzh=0):
    tz = datetime.timezone(datetime.timedelta(hours=tzh))
    return datetime.datetime(2024, month, day, hh, mm, R.randint(0, 59), tzinfo=tz)


def ses_msgid():
    return "<0101%s-%s-%s-%s-%s-000000@us-west-2.amazonses.com>" % (
        rnd_hex(12), rnd_hex(8), rnd_hex(4), rnd_hex(4), rnd_hex(12))


def amazon_pre(dom, to, date, auth, mx="mx.google.com"):
    ip = "54.240.%d.%d" % (R.randint(1, 60), R.randint(1, 250))
    host = "a%s-%d.smtp-out.us-west-2.amazonses.com" % (ip.split(".")[2], R.randint(10, 250))
    bounce = "%s%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), rnd_hex(10), dom)
    stamp = format_datetime(date + datetime.timedelta(seconds=3))
    pre = [("Delivered-To", to),
           ("Return-Path", "<%s>" % bounce),
           ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>;\n\t%s" % (
               host, host, ip, mx, rnd_b64(20).replace("+", "a").replace("/", "b"), to, stamp))]
    if auth:
        sel = R.choice(["rjwb2lr5zqpxvz2hzvg2jujwr3kcsqsc", "p6ehhgjdp4buqmlrbl2eavcwlawsvvuz", "taugkdpwh6ssiwvq4jcy5tpyjn7xmm2g"])
        pre.append(("Authentication-Results", "%s;\n\tdkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
                    "\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                    "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
                        mx, dom, dom, sel, rnd_b64(8), mx.split(".", 1)[1], bounce, ip, bounce, dom)))
        pre.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
                    "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s" % (
                        sel, dom, int(date.timestamp()), rnd_b64(43), rnd_b64(170))))
    return pre


def phish_pre(to, date, host, ip, auth=None, mailfrom=None):
    stamp = format_datetime(date + datetime.timedelta(seconds=R.randint(2, 40)))
    pre = [("Delivered-To", to)]
    if mailfrom:
        pre.append(("Return-Path", "<%s>" % mailfrom))
    pre.append(("Received", "from %s (%s [%s])\n\tby mx.google.com with ESMTP id %s\n\tfor <%s>;\n\t%s" % (
        host, host, ip, rnd_b64(20).replace("+", "c").replace("/", "d"), to, stamp)))
    if auth:
        pre.append(("Authentication-Results", "mx.google.com;\n\t" + auth))
    return pre


def plain_pre(to, date, host, ip, auth=None, mailfrom=None):
    return phish_pre(to, date, host, ip, auth, mailfrom)


# ------------------------------------------------------ amazon templates
CSS = """body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; } #main { width:100%; }
td { font-family:Arial, sans-serif; font-size:14px; color:#333333; }
#header .logo { width:160px; } #header .navigation a { color:#0066C0; text-decoration:none; font-size:12px; }
#header .title h2 { color:#cc6600; font-size:20px; margin:0; }
.heading { font-size:18px; color:#cc6600; }
#orderDetails td { padding:6px 0; border-bottom:1px solid #EAEAEA; }
.price { text-align:right; white-space:nowrap; }
#legal td { font-size:11px; color:#666666; line-height:15px; }
a { color:#0066C0; }"""

LBL = {
    "ja": dict(orders="注文履歴", account="アカウントサービス", order="注文番号", qty="数量", items="キャンセルされた商品",
               dir="ltr", lang="ja"),
    "tr": dict(orders="Siparişlerim", account="Hesabım", order="Sipariş No.", qty="Adet", items="İptal Edilen Ürünler",
               dir="ltr", lang="tr"),
    "ar": dict(orders="طلباتك", account="حسابك", order="رقم الطلب", qty="الكمية", items="المنتجات الملغاة",
               dir="rtl", lang="ar"),
}


def amz_html(lang, dom, brand, title, hello, paras, order, items, footer, charset="utf-8", button=None):
    L = LBL[lang]
    align = "right" if L["dir"] == "rtl" else "left"
    rows = "\n".join(
        '<tr><td class="name"><a href="https://www.%s/dp/%s?ref_=pe_%s">%s</a><br /><span style="color:#666">%s: %s</span></td>'
        '<td class="price"><strong>%s</strong></td></tr>' % (dom, "B0" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8)),
                                                          rnd_digits(8), n, L["qty"], q, p) for n, q, p in items)
    ps = "\n".join("<p>%s</p>" % x for x in paras)
    btn = ""
    if button:
        btn = ('<table class="buttonComponent" width="222"><tr><td align="center" valign="middle" height="40" '
               'style="background:#F0C14B;border:1px solid #A88734;"><a class="buttonComponentLink" href="%s" '
               'style="color:#111;text-decoration:none;">%s</a></td></tr></table>' % (button[1], button[0]))
    foot = "\n".join("<p>%s</p>" % x for x in footer)
    return """<!DOCTYPE html>
<html lang="{lang}" dir="{dir}" xmlns="https://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}" />
<meta name="format-detection" content="telephone=no" />
<meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
<title>{title}</title>
<style type="text/css">
{css}
</style>
</head>
<body dir="{dir}"><img width="1" height="1" src="https://www.{dom}/gp/r.html?C={tr}&amp;M=urn:rtn:msg:{tr2}&amp;R={tr3}&amp;T=O&amp;U=https%3A%2F%2Fimages-fe.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif" />
<table id="container" cellpadding="0" align="center"><tbody><tr><td class="frame">
 <table id="main" cellpadding="0"><tbody>
  <tr><td>
   <table id="header" cellpadding="0" width="100%"><tbody>
    <tr><td rowspan="2" class="logo"><a href="https://www.{dom}/gp/r.html?C={tr}&amp;R={tr3}&amp;T=C&amp;U=https%3A%2F%2Fwww.{dom}%2Fref%3Dpe_{tr4}"><img alt="{brand}" src="https://images-fe.ssl-images-amazon.com/images/G/01/x-locale/common/logo._CB485936405_.png" border="0" /></a></td>
     <td class="navigation"><table align="{align2}"><tbody><tr>
      <td><a href="https://www.{dom}/gp/css/order-history?ref_=pe_{tr4}_orders">{orders}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
      <td><a href="https://www.{dom}/gp/css/homepage.html?ref_=pe_{tr4}_acct">{account}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
      <td><a class="last" href="https://www.{dom}/?ref_=pe_{tr4}_home">{brand}</a></td>
     </tr></tbody></table></td></tr>
    <tr><td class="title" align="{align}"><h2>{title}</h2> {ordl} #<a href="https://www.{dom}/gp/css/summary/edit.html?orderID={order}&amp;ref_=pe_{tr4}">{order}</a></td></tr>
   </tbody></table>
  </td></tr>
  <tr><td><table id="summary" cellpadding="0"><tbody><tr><td align="{align}"><span class="heading">{hello}</span>
{ps}
{btn}
</td></tr></tbody></table></td></tr>
  <tr><td><table id="orderDetails" cellpadding="0" width="100%"><tbody>
<tr><td colspan="2"><strong>{itemsl}</strong></td></tr>
{rows}
  </tbody></table></td></tr>
  <tr><td><table id="division"><tbody><tr><td></td></tr></tbody></table></td></tr>
  <tr><td><table id="legal" cellpadding="0"><tbody><tr><td align="{align}">
{foot}
</td></tr></tbody></table></td></tr>
 </tbody></table>
</td></tr></tbody></table>
<img width="1" height="1" src="https://www.{dom}/gp/r.html?C={tr}&amp;M=urn:rtn:msg:{tr2}&amp;R={tr3}&amp;T=E&amp;U=https%3A%2F%2Fimages-fe.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif" />
</body>
</html>
""".format(lang=L["lang"], dir=L["dir"], cs=charset, title=title, css=CSS, dom=dom, brand=brand,
           tr=rnd_hex(12).upper(), tr2=rnd_digits(14) + "ca9f" + rnd_hex(20), tr3=rnd_hex(20).upper(), tr4=rnd_digits(6),
           align=align, align2="left" if align == "right" else "right", orders=L["orders"], account=L["account"],
           ordl=L["order"], order=order, hello=hello, ps=ps, btn=btn, itemsl=L["items"], rows=rows, foot=foot)


def amz_text(lang, dom, brand, title, hello, paras, order, items, footer):
    L = LBL[lang]
    line = "_" * 75
    out = ["%s %s" % (brand, title), "%s #%s" % (L["order"], order), "https://www.%s/ref=TE_tex_g" % dom, line, "", hello, ""]
    for p in paras:
        out += [p, ""]
    out += [L["items"] + ":", ""]
    for n, q, p in items:
        out += ["    %s" % n, "    %s: %s    %s" % (L["qty"], q, p), ""]
    out += [line, ""]
    for f in footer:
        out += [f, ""]
    return "\n".join(out)


# ------------------------------------------------------------ link markup
import re

LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def T(s):
    """plain-text rendering of [[label|url]]"""
    return LINK.sub(lambda m: "%s: %s " % (m.group(1), m.group(2)) if m.group(1) != m.group(2) else " %s " % m.group(2), s)


def H(s):
    return LINK.sub(lambda m: '<a href="%s">%s</a>' % (m.group(2).replace("&", "&amp;"), m.group(1)), s)


def pair(lang, dom, brand, title, hello, paras, order, items, footer, charset="utf-8", button=None):
    text = amz_text(lang, dom, brand, title, hello, [T(p) for p in paras], order, items, [T(f) for f in footer])
    if button:
        text = text.replace("\n\n" + LBL[lang]["items"], "\n\n%s: %s\n\n%s" % (button[0], button[1], LBL[lang]["items"]), 1)
    html = amz_html(lang, dom, brand, title, hello, [H(p) for p in paras], order, items, [H(f) for f in footer],
                    charset=charset, button=button)
    return text, html


def simple_html(body_html, lang="ja", dir_="ltr", charset="utf-8", title=""):
    return ("<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
            "<title>%s</title>\n</head>\n<body style=\"font-family:Arial,sans-serif;font-size:14px;\">\n%s\n</body>\n</html>\n"
            % (lang, dir_, charset, title, body_html))


ALL = []


def add(kind, lang, cause, sr, mp, note, **m):
    ALL.append(({"kind": kind, "language": lang, "cause": cause, "states_reason": sr, "marketplace": mp, "note": note}, m))


def phish_href(html, real_dom, evil):
    """keep amazon link texts, point every href at the phishing host"""
    return html.replace('href="https://www.%s' % real_dom, 'href="%s' % evil).replace(
        'src="https://www.%s/gp/r.html' % real_dom, 'src="%s/px.gif' % evil)


# =================================================================== JAPANESE
JA_TO = ("佐藤 健太", "kenta.sato.0821@gmail.com")
JA_FOOT = [
    "Amazon.co.jpがEメールでお客様のパスワード、クレジットカード番号、銀行口座番号をお尋ねしたり、返信で送るようお願いしたりすることはありません。",
    "クレジットカードの番号や有効期限が変更になった場合は、アカウントサービスの[[お支払い方法の管理|https://www.amazon.co.jp/cpe/yourpayments/wallet]]から更新してください。",
    "Amazon.co.jpを装った不審なEメールやSMSを受け取った場合は、リンクを開かずに[[こちら|https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GDQ5MG7RJBM2PFZN]]からご報告ください。",
    "ご不明な点は[[ヘルプ＆カスタマーサービス|https://www.amazon.co.jp/gp/help/customer/display.html]]をご覧ください。",
    "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
    "Amazon.co.jp",
]
JD = "amazon.co.jp"
JB = "Amazon.co.jp"


def ja_notice(cause, sr, note, sender, subject, title, paras, items, order, fmt, charset, cte, auth, date, html_cte=None):
    text, html = pair("ja", JD, JB, title, "%s 様" % JA_TO[0], paras, order, items, JA_FOOT, charset=charset)
    m = dict(fmt=fmt, charset=charset, cte=cte, text=text, html=html, from_name=JB, from_addr=sender,
             reply_to="no-reply@amazon.co.jp" if R.random() < 0.7 else None,
             to_name=JA_TO[0], to_addr=JA_TO[1], subject=subject, date=date, msgid=ses_msgid(),
             pre=amazon_pre(JD, JA_TO[1], date, auth), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])
    if html_cte:
        m["html_cte"] = html_cte
    add("notice", "ja", cause, sr, JD, note, **m)


o = order_no("249")
ja_notice("inventory_shortage", True, "supplier could not deliver, item cancelled; HTML+text", "auto-confirm@amazon.co.jp",
          "Amazon.co.jp ご注文 %s の商品キャンセルのお知らせ" % o, "ご注文商品のキャンセルのお知らせ",
          ["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "誠に申し訳ございませんが、ご注文いただいた下記の商品は、仕入先からの入荷の見込みが立たず在庫を確保できなかったため、キャンセルさせていただきました。ご迷惑をおかけしましたことを深くお詫び申し上げます。",
           "キャンセルされた商品の代金は請求されません。すでにお支払いが完了している場合は、ご利用のお支払い方法に返金いたします。返金の反映までに数日かかる場合があります。",
           "ご注文のその他の商品は、予定どおり発送いたします。ご注文の状況は[[注文履歴|https://www.amazon.co.jp/gp/css/order-history]]からご確認いただけます。"],
          [("象印マホービン ステンレスマグ 水筒 480ml シームレスせん SM-ZB48-BA ブラック", 1, "￥3,280")],
          o, "alt", "utf-8", "quoted-printable", True, d(2, 6, 14))

o = order_no("503")
ja_notice("payment_issue", True, "card not authorised, payment method not updated by deadline; ISO-2022-JP text",
          "payments-messages@amazon.co.jp",
          "Amazon.co.jp ご注文のキャンセル：お支払いを確認できませんでした (#%s)" % o, "ご注文のキャンセル",
          ["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "ご注文 #%s について、ご指定いただいたクレジットカード（VISA 末尾 4821）での決済の承認が得られませんでした。先日お送りしたEメールでお支払い方法の更新をお願いしておりましたが、期限までに更新が確認できなかったため、ご注文をキャンセルいたしました。" % o,
           "引き続き商品の購入をご希望の場合は、お支払い方法をご確認のうえ、あらためてご注文ください。",
           "このキャンセルにより、お客様に料金が請求されることはありません。"],
          [("Anker PowerCore 10000 モバイルバッテリー 10000mAh ブラック", 1, "￥2,990"),
           ("Anker PowerLine III USB-C & USB-C ケーブル 0.9m", 2, "￥1,580")],
          o, "text", "iso-2022-jp", "7bit", False, d(4, 1, 52))

o = order_no("250")
ja_notice("technical_issue", True, "price shown wrongly due to system fault; HTML only base64", "cs-reply@amazon.co.jp",
          "Amazon.co.jp ご注文キャンセルのお知らせ：価格表示の誤りについて", "ご注文キャンセルのお知らせ",
          ["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "ご注文いただいた下記の商品につきまして、システムの不具合により商品ページに誤った価格（￥1,980）が表示されておりました。正しい販売価格は￥19,800です。",
           "誤った価格でのご注文はお受けできないため、大変恐縮ではございますが、ご注文をキャンセルさせていただきました。お支払いは請求されません。ご不便をおかけしましたことをお詫び申し上げます。",
           "正しい価格でのご購入をご希望の場合は、あらためて商品ページからご注文ください。"],
          [("BRUNO コンパクトホットプレート BOE021-RD レッド 平面プレート・たこ焼きプレート付き", 1, "￥1,980")],
          o, "html", "utf-8", "base64", True, d(5, 9, 3))

o = order_no("249")
ja_notice("fraud_prevention", True, "unusual activity, account on hold, verify identity by signing in; plain 8bit",
          "order-update@amazon.co.jp", "Amazon.co.jp ご注文をキャンセルしました", "ご注文のキャンセル",
          ["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "お客様のアカウントで通常とは異なるアクティビティが確認されたため、安全のためにアカウントを一時的に保留とし、以下のご注文（#%s）をキャンセルいたしました。" % o,
           "アカウントを再び有効にするには、Amazon.co.jpのウェブサイトまたはAmazonショッピングアプリからサインインし、画面の案内に従って本人確認を行ってください。本人確認が完了するまで、新しいご注文はお受けできません。",
           "このEメール内のリンクを使わず、ブラウザにwww.amazon.co.jpと直接入力してアクセスすることをおすすめします。"],
          [("Apple AirPods Pro（第2世代）MagSafe充電ケース（USB-C）付き", 1, "￥39,800")],
          o, "text", "utf-8", "8bit", False, d(6, 22, 41))

o = order_no("249")
ja_notice("customer_request", True, "cancelled at customer's request, gift card balance restored; ISO-2022-JP alt",
          "auto-confirm@amazon.co.jp", "Amazon.co.jp ご注文のキャンセルが完了しました (#%s)" % o, "キャンセル完了のお知らせ",
          ["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "お客様のご要望により、以下のご注文のキャンセルを承りました。",
           "キャンセル理由：お客様によるキャンセル",
           "キャンセルされた商品の代金は請求されません。Amazonギフトカードでお支払いいただいた金額は、お客様のアカウントのギフトカード残高に戻ります。",
           "またのご利用をお待ちしております。"],
          [("はじめてのPython入門 第3版（単行本）", 1, "￥2,420")],
          o, "alt", "iso-2022-jp", "7bit", True, d(8, 3, 20))

o = order_no("250")
ja_notice("unknown", False, "item cancelled, no reason given", "order-update@amazon.co.jp",
          "Amazon.co.jp ご注文の商品がキャンセルされました", "ご注文商品のキャンセル",
          ["Amazon.co.jpをご利用いただき、ありがとうございます。",
           "ご注文 #%s の以下の商品はキャンセルされました。ご不便をおかけして申し訳ございません。" % o,
           "この商品の代金は請求されません。",
           "ご質問がある場合は、[[カスタマーサービス|https://www.amazon.co.jp/gp/help/customer/contact-us]]までお問い合わせください。"],
          [("パナソニック 洗濯乾燥機用 乾燥フィルター AXW2XL8DA0", 1, "￥1,650")],
          o, "text", "utf-8", "base64", False, d(10, 12, 7))

# ---- ja lookalikes
dt = d(3, 9, 12, tzh=9)
o = order_no("249")
add("lookalike", "ja", "customer_request", True, None, "callback number scam, gmail sender, claims cancellation you requested",
    fmt="text", charset="utf-8", cte="base64",
    text="""お客様各位

Amazon.co.jpをご利用いただき誠にありがとうございます。
お客様のご依頼により、以下のご注文のキャンセルを受け付けました。

注文番号：%s
商品名：Apple iPhone 15 Pro 256GB ナチュラルチタニウム SIMフリー
金額：￥174,800（税込）
お支払い方法：クレジットカード

※このキャンセルにお心当たりがない場合、第三者によってアカウントが不正に操作されている可能性があります。
24時間以内に下記のAmazonサポートセンターまでお電話ください。専任の担当者が返金手続きとアカウントの保護をご案内いたします。

Amazonサポートセンター（24時間受付）：050-5309-7741

期限内にご連絡がない場合、返金処理は行われませんのでご注意ください。

Amazon.co.jp カスタマーサービス
""" % o,
    from_name="Amazon.co.jp カスタマーセンター", from_addr="amazonjp.customer.center24@gmail.com",
    to_name=None, to_addr=JA_TO[1], subject="【Amazon】ご注文キャンセル受付のお知らせ（注文番号：%s）" % o, date=dt,
    msgid="<CAF%s@mail.gmail.com>" % rnd_b64(40).replace("/", "x").replace("+", "Q"),
    pre=phish_pre(JA_TO[1], dt, "mail-sor-f41.google.com", "209.85.220.41",
                  "dkim=pass header.i=@gmail.com header.s=20230601 header.b=Ux7sQ2kd;\n\tspf=pass (google.com: domain of amazonjp.customer.center24@gmail.com designates 209.85.220.41 as permitted sender) smtp.mailfrom=amazonjp.customer.center24@gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
                  "amazonjp.customer.center24@gmail.com"))

dt = d(5, 17, 48, tzh=8)
o = order_no("249")
add("lookalike", "ja", "fraud_prevention", True, None, "Cyrillic A in display name, account suspended + order cancelled, verification code, lookalike domain",
    fmt="html", charset="utf-8", cte="quoted-printable",
    html=simple_html("""<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="padding:20px">
<img src="http://amazon-co-jp.verify-id.top/img/amazon_logo.png" alt="amazon.co.jp" width="120"><br><br>
<h2 style="color:#c45500">お客様のアカウントは一時停止されました</h2>
<p>Amazonアカウントで異常なログインが検出されたため、お客様のアカウントを一時停止し、処理中のご注文（#%s）をキャンセルしました。</p>
<p>アカウントを復元するには、以下の確認コードを使用して24時間以内に本人確認を完了してください。</p>
<p style="font-size:26px;letter-spacing:6px;text-align:center;background:#f3f3f3;padding:10px"><b>738214</b></p>
<p style="text-align:center"><a href="http://amazon-co-jp.verify-id.top/ap/signin?code=738214&amp;ref=suspend" style="background:#f0c14b;padding:10px 30px;color:#111;text-decoration:none;border:1px solid #a88734">アカウントを確認する</a></p>
<p>期限までに確認が完了しない場合、アカウントは永久に利用停止となり、残高およびポイントは失効します。</p>
<p style="font-size:11px;color:#888">&copy; 1996-2024, Amazon.com, Inc. or its affiliates</p>
</td></tr></table>""" % o, title="Amazon.co.jp"),
    from_name="\u0410mazon.co.jp", from_addr="account-security@amazon-co-jp.verify-id.top",
    to_name=None, to_addr=JA_TO[1], subject="【緊急】アカウント一時停止および注文キャンセルのお知らせ", date=dt,
    msgid="<%s@amazon-co-jp.verify-id.top>" % rnd_hex(24),
    pre=phish_pre(JA_TO[1], dt, "mail.verify-id.top", "45.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=pass (google.com: domain of bounce@verify-id.top designates sender) smtp.mailfrom=bounce@verify-id.top;\n\tdkim=none;\n\tdmarc=none header.from=amazon-co-jp.verify-id.top",
                  "bounce@verify-id.top"),
    post=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])

dt = d(6, 11, 30, tzh=9)
o = order_no("249")
add("lookalike", "ja", "payment_issue", True, None, "crude; asks to reply with full card details; outlook.com sender; ISO-2022-JP",
    fmt="text", charset="iso-2022-jp", cte="7bit",
    text="""Amazonをご利用のお客様へ

お客様のクレジットカードの有効期限が切れているため、ご注文 #%s はキャンセルされました。

ご注文を再開するには、このメールに返信して以下の情報をお送りください。

・カード名義人
・カード番号（16桁）
・有効期限
・セキュリティコード（裏面3桁）
・生年月日

ご返信を確認後、ご注文を再度処理いたします。
3日以内にご返信がない場合、アカウントは制限されます。

Amazon.co.jp 支払い部門
""" % o,
    from_name="Amazon.co.jp 支払い部門", from_addr="amazon.jp-billing@outlook.com", reply_to="amazon.jp-billing@outlook.com",
    to_name=None, to_addr=JA_TO[1], subject="ご注文はキャンセルされました（支払い情報エラー）", date=dt,
    msgid="<TYCP286MB%s@TYCP286MB%s.JPNP286.PROD.OUTLOOK.COM>" % (rnd_digits(4) + rnd_hex(20).upper(), rnd_digits(4)),
    pre=phish_pre(JA_TO[1], dt, "JPN01-TYC-obe.outbound.protection.outlook.com", "52.101.%d.%d" % (R.randint(1, 200), R.randint(1, 200)),
                  "dkim=pass header.i=@outlook.com header.s=selector1 header.b=K2mZ0e1v;\n\tspf=pass smtp.mailfrom=outlook.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=outlook.com",
                  "amazon.jp-billing@outlook.com"))

dt = d(9, 2, 5)
o = order_no("249")
txt, htm = pair("ja", JD, JB, "ご注文商品のキャンセルのお知らせ", "お客様",
                ["Amazon.co.jpをご利用いただき、ありがとうございます。",
                 "誠に申し訳ございませんが、ご注文いただいた下記の商品は在庫切れのため、キャンセルさせていただきました。",
                 "返金を受け取るには、12月11日までに[[https://www.amazon.co.jp/gp/css/refund-status|https://www.amazon.co.jp/gp/css/refund-status]]から返金先の口座情報とカード情報をご確認ください。確認が完了しない場合、返金は行われません。"],
                o, [("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック", 1, "￥49,500")], JA_FOOT)
htm = phish_href(htm, JD, "https://amazon-orders.help/jp/r?to=www.amazon.co.jp")
txt = txt.replace("https://www.amazon.co.jp/gp/css/refund-status", "https://amazon-orders.help/jp/refund")
add("lookalike", "ja", "inventory_shortage", True, None, "polished copy of Amazon layout; link texts show amazon.co.jp, hrefs go to amazon-orders.help; DKIM passes for the fake domain",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name="Amazon.co.jp", from_addr="order-update@amazon-orders.help", reply_to="no-reply@amazon-orders.help",
    to_name=None, to_addr=JA_TO[1], subject="Amazon.co.jp ご注文 %s の商品キャンセルのお知らせ" % o, date=dt,
    msgid="<0100%s-%s-000000@email.amazon-orders.help>" % (rnd_hex(16), rnd_hex(12)),
    pre=phish_pre(JA_TO[1], dt, "smtp.amazon-orders.help", "185.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.d=amazon-orders.help header.i=@amazon-orders.help header.s=mail header.b=aB3xZ9qk;\n\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass (p=NONE) header.from=amazon-orders.help",
                  "bounce@amazon-orders.help"),
    tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

dt = d(11, 20, 44, tzh=8)
add("lookalike", "ja", "technical_issue", True, None, "amaz0n domain, malformed order number, system error refund link; base64 HTML",
    fmt="html", charset="utf-8", cte="base64",
    html=simple_html("""<div style="max-width:560px;margin:auto">
<p><b style="font-size:22px">amazon</b>.co.jp</p>
<p>お客様</p>
<p>システムエラーにより、お客様のご注文 <b>#24-99812-03311</b> はキャンセルされました。</p>
<p>お支払い済みの金額 <b>￥12,760</b> を返金するため、以下のボタンからログインし、返金情報を入力してください。</p>
<p><a href="https://amaz0n-jp.com/refund/login.php?id=2499812" style="display:inline-block;background:#ff9900;color:#fff;padding:8px 24px;text-decoration:none">返金を受け取る</a></p>
<p>ご不便をおかけして申し訳ございません。</p>
<p>Amazon.co.jp カスタマーサービス</p>
</div>"""),
    from_name="Amazon", from_addr="service@amaz0n-jp.com",
    to_name=None, to_addr=JA_TO[1], subject="Amazon.co.jp：システムエラーによる注文キャンセルと返金のご案内", date=dt,
    msgid="<%s.%s@amaz0n-jp.com>" % (rnd_digits(10), rnd_hex(8)),
    pre=phish_pre(JA_TO[1], dt, "amaz0n-jp.com", "103.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=neutral (google.com: 103.x is neither permitted nor denied) smtp.mailfrom=service@amaz0n-jp.com;\n\tdkim=none;\n\tdmarc=none header.from=amaz0n-jp.com",
                  "service@amaz0n-jp.com"))

dt = d(12, 8, 15)
o = order_no("503")
txt, htm = pair("ja", JD, JB, "お支払い方法の確認のお願い", "%s 様" % JA_TO[0],
                ["Amazon.co.jpをご利用いただき、ありがとうございます。",
                 "ご注文 #%s のお支払いに問題が発生したため、現在ご注文を保留しております。" % o,
                 "48時間以内にお支払い情報を更新いただけない場合、ご注文は自動的にキャンセルされ、アカウントの機能が制限されます。"],
                o, [("ダイソン Dyson V12 Detect Slim Fluffy コードレス掃除機 SV46FF", 1, "￥98,010")], JA_FOOT,
                button=("お支払い情報を更新", "https://www.amazon.co.jp/cpe/yourpayments/wallet"))
htm = phish_href(htm, JD, "http://amazon.co.jp.order-support-center.xyz")
txt = txt.replace("https://www.amazon.co.jp/cpe/yourpayments/wallet", "http://amazon.co.jp.order-support-center.xyz/cpe/yourpayments/wallet")
add("lookalike", "ja", "payment_issue", True, None, "amazon.co.jp.<evil>.xyz sender and links; order will be cancelled unless payment updated; copies security footer",
    fmt="alt", charset="utf-8", cte="base64", text=txt, html=htm,
    from_name="Amazon.co.jp", from_addr="payments-messages@amazon.co.jp.order-support-center.xyz",
    to_name=JA_TO[0], to_addr=JA_TO[1], subject="【Amazon.co.jp】お支払い方法を更新しない場合、ご注文はキャンセルされます", date=dt,
    msgid="<%s@order-support-center.xyz>" % rnd_hex(32),
    pre=phish_pre(JA_TO[1], dt, "mx1.order-support-center.xyz", "194.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=pass (google.com: domain of info@order-support-center.xyz designates sender) smtp.mailfrom=info@order-support-center.xyz;\n\tdkim=none;\n\tdmarc=fail (p=NONE) header.from=amazon.co.jp.order-support-center.xyz",
                  "info@order-support-center.xyz"))

dt = d(14, 3, 2, tzh=8)
add("lookalike", "ja", "unknown", False, None, "crude, no order number, yahoo.co.jp sender, shortened link",
    fmt="text", charset="utf-8", cte="8bit",
    text="""尊敬するお客様：

あなたの注文はキャンセルされました。
詳しい情報はこちらへログインして確認してください。

http://bit.ly/3amzn-jp-cncl

ご確認お願いします。
amazon
""",
    from_name="amazon", from_addr="amzn_notice8812@yahoo.co.jp",
    to_name=None, to_addr=JA_TO[1], subject="Amazon注文キャンセル通知", date=dt,
    msgid="<%s.%s@yahoo.co.jp>" % (rnd_digits(12), rnd_hex(6)),
    pre=phish_pre(JA_TO[1], dt, "mail-f12.yahoo.co.jp", "182.22.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@yahoo.co.jp;\n\tspf=pass smtp.mailfrom=yahoo.co.jp;\n\tdmarc=pass header.from=yahoo.co.jp",
                  "amzn_notice8812@yahoo.co.jp"))

dt = d(15, 23, 37)
o = order_no("250")
txt, htm = pair("ja", JD, JB, "ご注文キャンセルのお知らせ", "%s 様" % JA_TO[0],
                ["Amazon.co.jpをご利用いただき、ありがとうございます。",
                 "商品ページの価格設定エラーにより、ご注文 #%s をキャンセルいたしました。お詫びとして、￥5,000分のAmazonクーポンをご用意しております。" % o,
                 "返金とクーポンの受け取りには、[[www.amazon.co.jp/your-account|https://www.amazon.co.jp/your-account]]にサインインし、ご登録のカード情報を再確認してください。"],
                o, [("Nintendo Switch（有機ELモデル）ホワイト", 1, "￥37,980")], JA_FOOT)
htm = phish_href(htm, JD, "https://jp-amazon-service.com/signin?next=")
txt = txt.replace("https://www.amazon.co.jp/your-account", "https://jp-amazon-service.com/signin")
add("lookalike", "ja", "technical_issue", True, None, "Greek Alpha/omicron in display name, polished layout, pricing error + coupon bait, hrefs to jp-amazon-service.com",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name="\u0391maz\u03bfn.co.jp", from_addr="auto-confirm@jp-amazon-service.com",
    to_name=JA_TO[0], to_addr=JA_TO[1], subject="Amazon.co.jp ご注文 %s のキャンセルについて" % o, date=dt,
    msgid="<%s@jp-amazon-service.com>" % rnd_hex(28),
    pre=phish_pre(JA_TO[1], dt, "vps-4471.jp-amazon-service.com", "91.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=softfail (google.com: domain of transitioning auto-confirm@jp-amazon-service.com does not designate sender) smtp.mailfrom=auto-confirm@jp-amazon-service.com;\n\tdkim=none;\n\tdmarc=none header.from=jp-amazon-service.com",
                  "auto-confirm@jp-amazon-service.com"))

# ---- ja non-notices
dt = d(3, 14, 22, tzh=9)
add("non_notice", "ja", None, False, None, "small web shop cancels order (maker out of stock); paid with Amazon Pay, refund via Amazon Pay",
    fmt="text", charset="utf-8", cte="quoted-printable",
    text="""佐藤 健太 様

この度は北欧雑貨 Lykke オンラインストアをご利用いただき、誠にありがとうございます。

ご注文いただきました下記の商品につきまして、メーカー欠品により入荷の見込みが立たなくなったため、
誠に勝手ながらご注文をキャンセルさせていただきました。
ご迷惑をおかけしますことを心よりお詫び申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ご注文番号：LK-20241187
■ご注文日：2024年11月28日
■商品：iittala ティーマ マグ 0.3L ホワイト × 2
■合計金額：￥5,720（税込・送料込）
■お支払い方法：Amazon Pay
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

Amazon Payでのお支払いは、Amazon Payを通じて全額返金（与信の取消）いたします。
ご利用状況はAmazonアカウントの「Amazon Pay ご利用履歴」からご確認いただけます。
反映までに数日かかる場合がございます。

再入荷のお知らせをご希望の場合は、商品ページの「入荷お知らせ」ボタンからご登録ください。

――――――――――――――――――――――――――――――――
北欧雑貨 Lykke オンラインストア
https://lykke-zakka.jp/
お問い合わせ：support@lykke-zakka.jp（平日10:00-17:00）
――――――――――――――――――――――――――――――――
""",
    from_name="北欧雑貨 Lykke オンラインストア", from_addr="order@lykke-zakka.jp",
    to_name=JA_TO[0], to_addr=JA_TO[1], subject="【Lykke】ご注文キャンセルのお知らせ（注文番号 LK-20241187）", date=dt,
    msgid="<%s@mail.lykke-zakka.jp>" % rnd_hex(24),
    pre=plain_pre(JA_TO[1], dt, "mail.lykke-zakka.jp", "160.16.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@lykke-zakka.jp;\n\tspf=pass smtp.mailfrom=lykke-zakka.jp;\n\tdmarc=pass header.from=lykke-zakka.jp",
                  "order@lykke-zakka.jp"))

dt = d(4, 16, 5, tzh=9)
add("non_notice", "ja", None, False, None, "colleague says she cancelled her Amazon order for a projector; ISO-2022-JP",
    fmt="text", charset="iso-2022-jp", cte="7bit",
    text="""佐藤さん

お疲れさまです。田中です。

会議室用のプロジェクターの件ですが、先週Amazonで注文していたものは
お届け予定が来月半ば以降に変わってしまったので、先ほど注文をキャンセルしました。
ヨドバシの店頭に在庫があったので、明日そちらで購入してきます。

Amazonの分はキャンセル済みで請求も来ないので、経費精算は不要です。
金曜の定例までには設置できると思います。

よろしくお願いします。

--
田中 美穂
川瀬デザイン株式会社 総務部
TEL 03-5412-7780
""",
    from_name="田中 美穂", from_addr="miho.tanaka@kawase-design.co.jp",
    to_name=JA_TO[0], to_addr="k.sato@kawase-design.co.jp", subject="Re: 会議室用プロジェクターの件", date=dt,
    msgid="<%s@kawase-design.co.jp>" % rnd_hex(20),
    pre=plain_pre("k.sato@kawase-design.co.jp", dt, "mail.kawase-design.co.jp", "210.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))),
    post=[("In-Reply-To", "<%s@kawase-design.co.jp>" % rnd_hex(20)), ("X-Mailer", "Microsoft Outlook 16.0")])

dt = d(6, 7, 0, tzh=9)
add("non_notice", "ja", None, False, None, "security newsletter warning about fake Amazon cancellation mails, quotes phishing subjects",
    fmt="html", charset="utf-8", cte="base64",
    html=simple_html("""<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:16px">
<p style="font-size:12px;color:#888">セキュリティ通信 Vol.214 ／ 2024年12月6日号</p>
<h1 style="font-size:20px">【注意喚起】「ご注文がキャンセルされました」を装うAmazonのフィッシングメールが急増</h1>
<p>12月に入り、Amazon.co.jpを装って「注文がキャンセルされた」と知らせるフィッシングメールの報告が急増しています。確認されている主な件名は次のとおりです。</p>
<ul>
<li>【Amazon】ご注文キャンセル受付のお知らせ（注文番号：249-XXXXXXX-XXXXXXX）</li>
<li>Amazon.co.jp ご注文の商品がキャンセルされました</li>
<li>【緊急】アカウント一時停止および注文キャンセルのお知らせ</li>
</ul>
<p>本文には「返金を受け取るにはこちらからログイン」「お心当たりがない場合はサポートセンターへお電話ください」などと書かれ、偽のログインページや電話窓口に誘導されます。</p>
<h2 style="font-size:16px">見分け方と対策</h2>
<ul>
<li>送信元アドレスのドメインを確認する（amazon.co.jp 以外、または amazon.co.jp.xxxx.xyz のような形は偽物）。</li>
<li>メール内のリンクは開かず、アプリやブックマークから注文履歴を確認する。</li>
<li>Amazonがメールでカード番号やパスワードを尋ねることはありません。</li>
</ul>
<p>詳しくは<a href="https://secure-tsushin.jp/articles/2024/12/amazon-cancel-phishing">記事全文</a>をご覧ください。</p>
<hr>
<p style="font-size:11px;color:#888">このメールは「セキュリティ通信」にご登録いただいた方にお送りしています。<a href="https://secure-tsushin.jp/unsubscribe?u=%s">配信停止</a></p>
</td></tr></table>""" % rnd_hex(16), title="セキュリティ通信"),
    from_name="セキュリティ通信", from_addr="news@secure-tsushin.jp",
    to_name=None, to_addr=JA_TO[1], subject="【セキュリティ通信】「Amazon.co.jp ご注文がキャンセルされました」偽メールに注意", date=dt,
    msgid="<%s@mailer.secure-tsushin.jp>" % rnd_hex(26),
    pre=plain_pre(JA_TO[1], dt, "mailer.secure-tsushin.jp", "153.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@secure-tsushin.jp;\n\tspf=pass smtp.mailfrom=secure-tsushin.jp;\n\tdmarc=pass header.from=secure-tsushin.jp",
                  "bounce@mailer.secure-tsushin.jp"),
    post=[("List-Unsubscribe", "<https://secure-tsushin.jp/unsubscribe>"), ("Precedence", "bulk")])

dt = d(7, 4, 31)
o = order_no("249")
txt, htm = pair("ja", JD, "Amazonフレッシュ", "お届け時間帯のキャンセル", "%s 様" % JA_TO[0],
                ["Amazonフレッシュをご利用いただき、ありがとうございます。",
                 "ご予約いただいていた12月7日（土）18:00-20:00のお届け時間帯は、配送エリアの交通規制の影響によりキャンセルとなりました。ご注文自体はキャンセルされておらず、商品は引き続き確保されています。",
                 "お手数ですが、[[注文履歴|https://www.amazon.co.jp/gp/css/order-history]]から新しいお届け時間帯をお選びください。"],
                o, [("【Amazonフレッシュ】国産 鶏もも肉 500g", 1, "￥748"), ("明治おいしい牛乳 900ml", 2, "￥536")], JA_FOOT)
txt = txt.replace(LBL["ja"]["items"], "ご注文の商品（お届け予定）")
htm = htm.replace(LBL["ja"]["items"], "ご注文の商品（お届け予定）")
add("non_notice", "ja", None, False, JD, "Amazon Fresh delivery time slot cancelled; order itself still active",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name="Amazonフレッシュ", from_addr="order-update@amazon.co.jp", reply_to="no-reply@amazon.co.jp",
    to_name=JA_TO[0], to_addr=JA_TO[1], subject="Amazonフレッシュ：お届け時間帯がキャンセルされました", date=dt,
    msgid=ses_msgid(), pre=amazon_pre(JD, JA_TO[1], dt, True), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

dt = d(9, 10, 18)
add("non_notice", "ja", None, False, JD, "Amazon Music Unlimited subscription cancelled",
    fmt="html", charset="utf-8", cte="quoted-printable",
    html=simple_html("""<table width="600" align="center"><tr><td style="padding:20px">
<img src="https://m.media-amazon.com/images/G/09/digital/music/logos/amu-logo.png" alt="Amazon Music" width="160">
<p>%s 様</p>
<p>Amazon Music Unlimited（個人プラン・月額）の登録をキャンセルしました。</p>
<p>2024年12月27日までは引き続きすべての機能をご利用いただけます。それ以降、次回の請求は行われず、ダウンロードした曲は再生できなくなります。</p>
<p>気が変わった場合は、<a href="https://www.amazon.co.jp/music/settings">Amazon Music設定</a>からいつでも登録を再開できます。</p>
<p>Amazon Music チーム</p>
<p style="font-size:11px;color:#777">このメールは配信専用のアドレスから送信されています。Amazon.co.jp がEメールでパスワードをお尋ねすることはありません。</p>
</td></tr></table>""" % JA_TO[0], title="Amazon Music"),
    from_name="Amazon Music", from_addr="digital-no-reply@amazon.co.jp",
    to_name=JA_TO[0], to_addr=JA_TO[1], subject="Amazon Music Unlimitedの登録をキャンセルしました", date=dt,
    msgid=ses_msgid(), pre=amazon_pre(JD, JA_TO[1], dt, False))

dt = d(11, 5, 9)
o = order_no("503")
txt, htm = pair("ja", JD, JB, "お支払い方法の更新のお願い", "%s 様" % JA_TO[0],
                ["Amazon.co.jpをご利用いただき、ありがとうございます。",
                 "ご注文 #%s のお支払いにご指定いただいたクレジットカードで、決済の承認が得られませんでした。" % o,
                 "ご注文を引き続き処理するため、2024年12月14日までにお支払い方法を更新してください。期限までに更新いただけない場合、ご注文はキャンセルされます。",
                 "カードの有効期限や請求先住所が正しいかどうかもあわせてご確認ください。"],
                o, [("ティファール 電気ケトル ジャスティン プラス 1.2L KO4901JP", 1, "￥4,980")], JA_FOOT,
                button=("お支払い方法を更新", "https://www.amazon.co.jp/gp/css/order-history?ref_=pe_pay_rev"))
txt = txt.replace(LBL["ja"]["items"], "ご注文の商品")
htm = htm.replace(LBL["ja"]["items"], "ご注文の商品")
add("non_notice", "ja", None, False, JD, "genuine payment-revision reminder: order will be cancelled if not updated (not cancelled yet)",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name=JB, from_addr="payments-messages@amazon.co.jp", reply_to="no-reply@amazon.co.jp",
    to_name=JA_TO[0], to_addr=JA_TO[1], subject="Amazon.co.jp お支払い方法を更新してください（ご注文 #%s）" % o, date=dt,
    msgid=ses_msgid(), pre=amazon_pre(JD, JA_TO[1], dt, True), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

# =================================================================== TURKISH
TR_TO = ("Ayşe Yılmaz", "ayse.yilmaz84@gmail.com")
TD = "amazon.com.tr"
TB = "Amazon.com.tr"
TR_FOOT = [
    "Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez ve bu bilgileri yanıt olarak göndermenizi talep etmez.",
    "Kart numaranız veya son kullanma tarihiniz değiştiyse, [[Hesabım > Ödeme seçenekleri|https://www.amazon.com.tr/cpe/yourpayments/wallet]] bölümünden güncelleyebilirsiniz.",
    "Amazon.com.tr'den geldiğini iddia eden şüpheli bir e-posta aldıysanız, bağlantılara tıklamadan [[buradan bildirin|https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GDQ5MG7RJBM2PFZN]].",
    "Yardıma mı ihtiyacınız var? [[Müşteri Hizmetleri|https://www.amazon.com.tr/gp/help/customer/display.html]]",
    "Bu e-posta, gelen e-postaları kabul etmeyen bir bildirim adresinden gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
    "Amazon Turkey Perakende Hizmetleri Ltd. Şti., İstanbul",
]


def tr_notice(cause, sr, note, sender, subject, title, paras, items, order, fmt, charset, cte, auth, date):
    text, html = pair("tr", TD, TB, title, "Merhaba Ayşe,", paras, order, items, TR_FOOT, charset=charset)
    add("notice", "tr", cause, sr, TD, note, fmt=fmt, charset=charset, cte=cte, text=text, html=html,
        from_name=TB, from_addr=sender, reply_to="no-reply@amazon.com.tr" if R.random() < 0.7 else None,
        to_name=TR_TO[0], to_addr=TR_TO[1], subject=subject, date=date, msgid=ses_msgid(),
        pre=amazon_pre(TD, TR_TO[1], date, auth), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])


o = order_no("405")
tr_notice("inventory_shortage", True, "out of stock, supplier could not provide; iso-8859-9 alt", "auto-confirm@amazon.com.tr",
          "Amazon.com.tr siparişinizdeki bir ürün iptal edildi (#%s)" % o, "Sipariş İptali",
          ["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
           "Üzgünüz, aşağıdaki ürün stoklarımızda kalmadığı ve tedarikçimiz ürünü temin edemediği için siparişinizden iptal edildi.",
           "İptal edilen ürün için sizden herhangi bir ücret alınmayacaktır. Ödeme yapıldıysa, tutar 3-5 iş günü içinde kullandığınız ödeme yöntemine iade edilecektir.",
           "Siparişinizdeki diğer ürünler planlandığı şekilde gönderilecektir. Sipariş durumunuzu [[Siparişlerim|https://www.amazon.com.tr/gp/css/order-history]] sayfasından takip edebilirsiniz."],
          [("Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü, Siyah", 1, "7.499,00 TL")],
          o, "alt", "iso-8859-9", "quoted-printable", True, d(2, 8, 40))

o = order_no("406")
tr_notice("payment_issue", True, "card charge failed, payment not updated in time; utf-8 8bit text", "payments-messages@amazon.com.tr",
          "Amazon.com.tr siparişiniz iptal edildi: ödeme alınamadı", "Sipariş İptali",
          ["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
           "#%s numaralı siparişiniz için kayıtlı Mastercard (son 4 hane 3390) kartınızdan ödeme alınamadı. Size daha önce gönderdiğimiz e-postada ödeme bilgilerinizi güncellemenizi rica etmiştik; ancak belirtilen süre içinde güncelleme yapılmadığı için siparişiniz iptal edildi." % o,
           "Ürünü hâlâ satın almak istiyorsanız, ödeme yönteminizi kontrol ettikten sonra yeni bir sipariş verebilirsiniz.",
           "Bu iptal nedeniyle kartınızdan herhangi bir ücret tahsil edilmeyecektir."],
          [("Logitech MX Master 3S Kablosuz Mouse, Grafit", 1, "3.299,00 TL")],
          o, "text", "utf-8", "8bit", False, d(3, 13, 2))

o = order_no("407")
tr_notice("technical_issue", True, "wrong price listed due to technical error; HTML-only base64", "cs-reply@amazon.com.tr",
          "Amazon.com.tr sipariş iptali hakkında bilgilendirme", "Sipariş İptali Hakkında",
          ["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
           "Aşağıdaki ürün, teknik bir hata nedeniyle ürün sayfasında yanlış fiyatla (499,00 TL) listelenmişti. Ürünün doğru satış fiyatı 4.990,00 TL'dir.",
           "Hatalı fiyatla verilen siparişleri yerine getiremediğimiz için siparişinizi iptal ettik. Herhangi bir ücret tahsil edilmedi. Yaşattığımız aksaklık için özür dileriz.",
           "Ürünü güncel fiyatından satın almak isterseniz ürün sayfası üzerinden yeniden sipariş verebilirsiniz."],
          [("Tefal Ingenio 13 Parça Tencere Seti L1509502", 1, "499,00 TL")],
          o, "html", "utf-8", "base64", True, d(5, 7, 55))

o = order_no("405")
tr_notice("fraud_prevention", True, "unusual activity, account on hold, identity verification; iso-8859-9 8bit text",
          "order-update@amazon.com.tr", "Amazon.com.tr siparişiniz iptal edildi", "Sipariş İptali",
          ["Hesabınızda olağan dışı bir etkinlik tespit ettik. Güvenliğiniz için hesabınızı geçici olarak beklemeye aldık ve #%s numaralı siparişinizi iptal ettik." % o,
           "Hesabınızı yeniden etkinleştirmek için Amazon.com.tr web sitesinde veya Amazon Alışveriş uygulamasında oturum açın ve ekrandaki adımları izleyerek kimliğinizi doğrulayın. Doğrulama tamamlanana kadar yeni sipariş veremezsiniz.",
           "Bu e-postadaki bağlantıları kullanmak yerine tarayıcınıza www.amazon.com.tr adresini doğrudan yazmanızı öneririz."],
          [("Apple iPad 10. Nesil Wi-Fi 64 GB, Mavi", 1, "13.999,00 TL")],
          o, "text", "iso-8859-9", "8bit", False, d(7, 19, 26))

o = order_no("406")
tr_notice("customer_request", True, "successful cancellation at customer's request, Cancel reason line", "auto-confirm@amazon.com.tr",
          "Amazon.com.tr siparişinizden \"Sapiens: Hayvanlardan Tanrılara...\" ürününün iptali başarılı", "İptal Onayı",
          ["Talebiniz üzerine aşağıdaki ürün #%s numaralı siparişinizden iptal edilmiştir." % o,
           "İptal Nedeni: Müşteri tarafından iptal edildi",
           "İptal edilen ürün için sizden ücret alınmayacaktır. Amazon hediye çeki bakiyesiyle ödenen tutar hesabınıza geri yüklenecektir.",
           "Bizi tercih ettiğiniz için teşekkür ederiz."],
          [("Sapiens: Hayvanlardan Tanrılara - İnsan Türünün Kısa Bir Tarihi (Ciltsiz)", 1, "264,00 TL")],
          o, "alt", "utf-8", "quoted-printable", True, d(9, 10, 11))

o = order_no("407")
tr_notice("unknown", True, "delivery address unreachable/incomplete, parcel returned, order cancelled; iso-8859-9 base64",
          "order-update@amazon.com.tr", "Amazon.com.tr siparişiniz #%s iptal edildi" % o, "Sipariş İptali",
          ["Üzgünüz, #%s numaralı siparişinizi teslim edemedik. Kargo firması, belirttiğiniz teslimat adresine ulaşılamadığını ve adresin eksik olduğunu bildirdi. Ürün depomuza iade edildi ve siparişiniz iptal edildi." % o,
           "Ödemeniz, ürün depoya ulaştıktan sonra 3-5 iş günü içinde iade edilecektir.",
           "Gelecekteki siparişleriniz için [[Adreslerim|https://www.amazon.com.tr/a/addresses]] sayfasından teslimat adresinizi kontrol etmenizi öneririz."],
          [("Xiaomi Redmi Buds 5 Kablosuz Kulaklık, Siyah", 1, "1.149,00 TL")],
          o, "text", "iso-8859-9", "base64", False, d(12, 6, 17))

# ---- tr lookalikes
dt = d(2, 21, 3, tzh=3)
o = order_no("405")
add("lookalike", "tr", "payment_issue", True, None, "callback phone number for refund, gmail sender",
    fmt="text", charset="utf-8", cte="quoted-printable",
    text="""Sayın Müşterimiz,

#%s numaralı siparişinizin ödemesi bankanız tarafından doğrulanamadığı için siparişiniz iptal edilmiştir.

Ürün: Samsung Galaxy S24 Ultra 256 GB Titanyum Siyah
Tutar: 64.999,00 TL

Kartınızdan çekilen tutarın iadesi için 24 saat içinde 0850 305 44 19 numaralı Amazon Destek Hattı'nı aramanız gerekmektedir. Aramadığınız takdirde iade işlemi gerçekleştirilemeyecektir.

Amazon.com.tr Müşteri Hizmetleri
""" % o,
    from_name="Amazon Müşteri Hizmetleri", from_addr="amazontr.destek.merkezi@gmail.com",
    to_name=None, to_addr=TR_TO[1], subject="Siparişiniz iptal edildi - Acil iade işlemi #%s" % o, date=dt,
    msgid="<CAK%s@mail.gmail.com>" % rnd_b64(40).replace("/", "y").replace("+", "Z"),
    pre=phish_pre(TR_TO[1], dt, "mail-sor-f69.google.com", "209.85.220.69",
                  "dkim=pass header.i=@gmail.com header.s=20230601 header.b=Pq1rT7aa;\n\tspf=pass smtp.mailfrom=amazontr.destek.merkezi@gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
                  "amazontr.destek.merkezi@gmail.com"))

dt = d(4, 2, 50, tzh=3)
o = order_no("406")
add("lookalike", "tr", "fraud_prevention", True, None, "Cyrillic o in display name; account suspended and order cancelled, use verification code",
    fmt="html", charset="utf-8", cte="quoted-printable",
    html=simple_html("""<div style="max-width:600px;margin:0 auto;border:1px solid #e3e3e3;padding:24px">
<img src="https://hesap-dogrula.site/assets/amazon-tr.png" alt="amazon.com.tr" width="130">
<h2 style="color:#b12704">Hesabınız askıya alındı</h2>
<p>Hesabınızda şüpheli bir giriş denemesi tespit edildi. Güvenliğiniz için hesabınız askıya alınmış ve bekleyen <b>#%s</b> numaralı siparişiniz iptal edilmiştir.</p>
<p>Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:</p>
<p style="font-size:28px;font-weight:bold;text-align:center;letter-spacing:8px">591306</p>
<p style="text-align:center"><a href="https://amazon-com-tr.hesap-dogrula.site/dogrula?kod=591306" style="background:#ffd814;border-radius:8px;padding:10px 28px;color:#0f1111;text-decoration:none">Hesabımı Doğrula</a></p>
<p>24 saat içinde doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.</p>
<p style="color:#999;font-size:11px">&copy; 2024 Amazon.com, Inc. veya bağlı kuruluşları</p>
</div>""" % o, lang="tr", title="Amazon.com.tr"),
    from_name="Amaz\u043en.com.tr", from_addr="guvenlik@amazon-com-tr.hesap-dogrula.site",
    to_name=None, to_addr=TR_TO[1], subject="Hesabınız askıya alındı ve siparişiniz iptal edildi", date=dt,
    msgid="<%s@hesap-dogrula.site>" % rnd_hex(30),
    pre=phish_pre(TR_TO[1], dt, "srv1.hesap-dogrula.site", "5.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=pass smtp.mailfrom=hesap-dogrula.site;\n\tdkim=none;\n\tdmarc=none header.from=amazon-com-tr.hesap-dogrula.site",
                  "root@srv1.hesap-dogrula.site"),
    post=[("X-Mailer", "PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)")])

dt = d(5, 16, 33, tzh=3)
o = order_no("407")
add("lookalike", "tr", "technical_issue", True, None, "crude; system failure, reply with card number/CVV/ID number; yahoo sender; iso-8859-9",
    fmt="text", charset="iso-8859-9", cte="quoted-printable",
    text="""Değerli müşterimiz,

Sistemimizde oluşan teknik bir arıza nedeniyle #%s numaralı siparişiniz iptal edilmiş ve ödemeniz iade edilememiştir.

İadenizin kartınıza yapılabilmesi için bu e-postayı yanıtlayarak aşağıdaki bilgileri iletiniz:

- Kart üzerindeki ad soyad
- Kart numarası
- Son kullanma tarihi
- CVV (kartın arkasındaki 3 hane)
- T.C. kimlik numarası

Bilgileriniz alındıktan sonra iadeniz 1 iş günü içinde yapılacaktır.

Amazon İade Birimi
""" % o,
    from_name="Amazon TR", from_addr="amazon.tr.iade@yahoo.com", reply_to="amazon.tr.iade@yahoo.com",
    to_name=None, to_addr=TR_TO[1], subject="Sipariş iptali ve iade bilgilendirmesi", date=dt,
    msgid="<%s.%s@mail.yahoo.com>" % (rnd_digits(9), rnd_digits(10)),
    pre=phish_pre(TR_TO[1], dt, "sonic307-21.consmr.mail.ne1.yahoo.com", "66.163.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@yahoo.com header.s=s2048;\n\tspf=pass smtp.mailfrom=yahoo.com;\n\tdmarc=pass (p=REJECT) header.from=yahoo.com",
                  "amazon.tr.iade@yahoo.com"),
    post=[("X-Mailer", "WebService/1.1.22941 YMailNorrin")])

dt = d(6, 9, 48)
o = order_no("405")
txt, htm = pair("tr", TD, TB, "İptal Onayı", "Merhaba,",
                ["Talebiniz üzerine aşağıdaki siparişiniz iptal edilmiştir.",
                 "Bu işlemi siz yapmadıysanız, hesabınız başka biri tarafından kullanılıyor olabilir. Hesabınızı korumak için hemen [[https://www.amazon.com.tr/gp/css/account-security|https://www.amazon.com.tr/gp/css/account-security]] adresinden işlemi geri alın ve ödeme bilgilerinizi doğrulayın."],
                o, [("Dyson V15 Detect Absolute Kablosuz Süpürge", 1, "32.999,00 TL")], TR_FOOT)
htm = phish_href(htm, TD, "https://amazon-orders.help/tr/go?u=www.amazon.com.tr")
txt = txt.replace("https://www.amazon.com.tr/gp/css/account-security", "https://amazon-orders.help/tr/account-security")
add("lookalike", "tr", "customer_request", True, None, "polished Amazon layout, 'cancelled at your request, if not you click'; link text amazon.com.tr, href amazon-orders.help",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name="Amazon.com.tr", from_addr="auto-confirm@amazon-orders.help", reply_to="no-reply@amazon-orders.help",
    to_name=None, to_addr=TR_TO[1], subject="Amazon.com.tr siparişinizin iptali başarılı (#%s)" % o, date=dt,
    msgid="<0100%s-%s-000000@email.amazon-orders.help>" % (rnd_hex(16), rnd_hex(12)),
    pre=phish_pre(TR_TO[1], dt, "smtp.amazon-orders.help", "185.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.d=amazon-orders.help header.i=@amazon-orders.help header.s=mail;\n\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass (p=NONE) header.from=amazon-orders.help",
                  "bounce@amazon-orders.help"),
    tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

dt = d(8, 14, 20, tzh=3)
add("lookalike", "tr", "inventory_shortage", True, None, "amaz0n-tr.com sender, malformed order number, stock problem, verify card for refund; base64 HTML",
    fmt="html", charset="utf-8", cte="base64",
    html=simple_html("""<div style="max-width:560px">
<p style="font-size:24px"><b>amazon</b>.com.tr</p>
<p>Sayın müşterimiz,</p>
<p>Stok sorunu nedeniyle <b>#407-12345-678</b> numaralı siparişiniz iptal edildi.</p>
<p>İade alabilmek için lütfen kart bilgilerinizi doğrulayın. Doğrulama yapılmadan iade gerçekleştirilemez.</p>
<p><a href="http://amaz0n-tr.com/iade/dogrula.php?s=40712345678" style="background:#ff9900;color:#fff;padding:8px 22px;text-decoration:none">İadeyi Al</a></p>
<p>Amazon.com.tr</p>
</div>""", lang="tr"),
    from_name="Amazon.com.tr", from_addr="bilgi@amaz0n-tr.com",
    to_name=None, to_addr=TR_TO[1], subject="Siparişiniz stok sorunu nedeniyle iptal edildi", date=dt,
    msgid="<%s@amaz0n-tr.com>" % rnd_hex(22),
    pre=phish_pre(TR_TO[1], dt, "amaz0n-tr.com", "37.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=neutral smtp.mailfrom=bilgi@amaz0n-tr.com;\n\tdkim=none;\n\tdmarc=none header.from=amaz0n-tr.com",
                  "bilgi@amaz0n-tr.com"))

dt = d(10, 11, 5)
o = order_no("406")
txt, htm = pair("tr", TD, TB, "Ödeme Onayı Gerekli", "Merhaba Ayşe,",
                ["#%s numaralı siparişiniz ödeme onayı bekliyor. Kayıtlı kartınızın son kullanma tarihi geçmiş görünüyor." % o,
                 "24 saat içinde ödeme bilgilerinizi güncellemezseniz siparişiniz otomatik olarak iptal edilecek ve hesabınız kısıtlanacaktır."],
                o, [("Apple Watch Series 9 GPS 45 mm Gece Yarısı Alüminyum Kasa", 1, "16.499,00 TL")], TR_FOOT,
                charset="iso-8859-9", button=("Ödeme Bilgilerini Güncelle", "https://www.amazon.com.tr/cpe/yourpayments/wallet"))
htm = phish_href(htm, TD, "http://amazon.com.tr.siparis-iptal.info")
txt = txt.replace("https://www.amazon.com.tr/cpe/yourpayments/wallet", "http://amazon.com.tr.siparis-iptal.info/cpe/yourpayments/wallet")
add("lookalike", "tr", "payment_issue", True, None, "amazon.com.tr.<evil>.info sender; order will be cancelled unless card updated in 24h; iso-8859-9 base64",
    fmt="alt", charset="iso-8859-9", cte="base64", text=txt, html=htm,
    from_name="Amazon.com.tr", from_addr="payments-messages@amazon.com.tr.siparis-iptal.info",
    to_name=TR_TO[0], to_addr=TR_TO[1], subject="Siparişiniz iptal edilmek üzere: ödeme bilgilerinizi güncelleyin", date=dt,
    msgid="<%s@siparis-iptal.info>" % rnd_hex(32),
    pre=phish_pre(TR_TO[1], dt, "mail.siparis-iptal.info", "194.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=pass smtp.mailfrom=siparis-iptal.info;\n\tdkim=none;\n\tdmarc=none header.from=amazon.com.tr.siparis-iptal.info",
                  "noreply@siparis-iptal.info"))

dt = d(13, 1, 14, tzh=3)
add("lookalike", "tr", "unknown", False, None, "crude, all caps subject, no order number, hotmail sender, short link",
    fmt="text", charset="utf-8", cte="8bit",
    text="""Sayın kullanıcı,

Siparişiniz iptal edildi!!

Detaylar için hemen tıklayın: http://tinyurl.com/amzn-tr-iptal

Amazon
""",
    from_name="Amazon", from_addr="amazonn.tr2024@hotmail.com",
    to_name=None, to_addr=TR_TO[1], subject="AMAZON SİPARİŞ İPTAL", date=dt,
    msgid="<AM0PR%s@AM0PR%s.eurprd04.prod.outlook.com>" % (rnd_digits(2) + rnd_hex(20).upper(), rnd_digits(2)),
    pre=phish_pre(TR_TO[1], dt, "EUR05-AM6-obe.outbound.protection.outlook.com", "52.100.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@hotmail.com;\n\tspf=pass smtp.mailfrom=hotmail.com;\n\tdmarc=pass header.from=hotmail.com",
                  "amazonn.tr2024@hotmail.com"))

dt = d(14, 18, 27)
o = order_no("407")
txt, htm = pair("tr", TD, TB, "Sipariş İptali", "Merhaba Ayşe,",
                ["Güvenlik sistemimiz siparişinizde olağan dışı bir etkinlik tespit etti ve #%s numaralı siparişinizi güvenlik incelemesi kapsamında iptal etti." % o,
                 "Siparişinizi geri yüklemek ve hesabınızın kısıtlanmasını önlemek için [[www.amazon.com.tr/hesabim|https://www.amazon.com.tr/hesabim]] adresinden kimliğinizi ve kart bilgilerinizi doğrulayın."],
                o, [("Sony PlayStation 5 Slim Dijital Sürüm", 1, "21.999,00 TL")], TR_FOOT)
htm = phish_href(htm, TD, "https://amazon-tr-guvenlik.com/login?r=")
txt = txt.replace("https://www.amazon.com.tr/hesabim", "https://amazon-tr-guvenlik.com/login")
add("lookalike", "tr", "fraud_prevention", True, None, "Greek Alpha/alpha in display name, polished, security-review cancellation, hrefs to amazon-tr-guvenlik.com, SPF softfail",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name="\u0391m\u03b1zon.com.tr", from_addr="order-update@amazon-tr-guvenlik.com",
    to_name=TR_TO[0], to_addr=TR_TO[1], subject="Amazon.com.tr siparişiniz #%s iptal edildi" % o, date=dt,
    msgid="<%s@amazon-tr-guvenlik.com>" % rnd_hex(28),
    pre=phish_pre(TR_TO[1], dt, "vps12.amazon-tr-guvenlik.com", "91.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=softfail smtp.mailfrom=order-update@amazon-tr-guvenlik.com;\n\tdkim=fail header.d=amazon-tr-guvenlik.com;\n\tdmarc=fail header.from=amazon-tr-guvenlik.com",
                  "order-update@amazon-tr-guvenlik.com"))

# ---- tr non-notices
dt = d(3, 10, 12, tzh=3)
mm_text = """Merhaba Ayşe Yılmaz,

MM2024120311873 numaralı siparişiniz iptal edilmiştir.

İptal nedeni: Sipariş ettiğiniz ürün depomuzda hasarlı çıktığı için gönderilemedi.

Ürün: Bosch Serie 4 WAN28281TR Çamaşır Makinesi 8 kg
Tutar: 18.999,00 TL
Ödeme: Kredi kartı (tek çekim)

Kartınızdan çekilen tutar 2-7 iş günü içinde iade edilecektir. İade süresi bankanıza göre değişebilir.

En İyi Fiyat Garantisi: Satın aldığınız ürünü 14 gün içinde Amazon.com.tr, Hepsiburada veya Trendyol gibi mağazalarda daha ucuza bulursanız, fark iadesi için bize başvurabilirsiniz.

MediaMarkt Online Mağaza
Müşteri Hizmetleri: 0850 333 0 333
"""
add("non_notice", "tr", None, False, None, "MediaMarkt genuine cancellation, price guarantee mentions Amazon.com.tr",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=mm_text,
    html=simple_html("<div style=\"max-width:600px\"><p style=\"background:#df0000;color:#fff;padding:10px;font-size:20px\"><b>MediaMarkt</b></p>" +
                     "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in mm_text.strip().split("\n\n")) + "</div>", lang="tr"),
    from_name="MediaMarkt", from_addr="siparis@mediamarkt.com.tr",
    to_name=TR_TO[0], to_addr=TR_TO[1], subject="Siparişiniz iptal edildi - MM2024120311873", date=dt,
    msgid="<%s@mediamarkt.com.tr>" % rnd_hex(24),
    pre=plain_pre(TR_TO[1], dt, "mta12.mediamarkt.com.tr", "185.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@mediamarkt.com.tr;\n\tspf=pass smtp.mailfrom=mediamarkt.com.tr;\n\tdmarc=pass header.from=mediamarkt.com.tr",
                  "bounce@mediamarkt.com.tr"))

dt = d(4, 18, 44, tzh=3)
add("non_notice", "tr", None, False, None, "friend says he cancelled his Amazon order; iso-8859-9",
    fmt="text", charset="iso-8859-9", cte="quoted-printable",
    text="""Selam Ayşe,

Kamp için Amazon'dan sipariş ettiğim çadırı iptal ettim, teslimat tarihi 20 Aralık'a kaymıştı, yetişmeyecekti.
Decathlon'da aynısının bir üst modelini buldum, yarın alıp getiririm.

Senin aldığın uyku tulumları geldi mi? Cumartesi sabah 7'de sizin evin önünde buluşalım.

Görüşürüz,
Mehmet
""",
    from_name="Mehmet Demir", from_addr="mehmet.demir.1990@gmail.com",
    to_name=TR_TO[0], to_addr=TR_TO[1], subject="Çadır meselesi", date=dt,
    msgid="<CAM%s@mail.gmail.com>" % rnd_b64(40).replace("/", "u").replace("+", "v"),
    pre=plain_pre(TR_TO[1], dt, "mail-sor-f73.google.com", "209.85.220.73",
                  "dkim=pass header.i=@gmail.com;\n\tspf=pass smtp.mailfrom=gmail.com;\n\tdmarc=pass header.from=gmail.com",
                  "mehmet.demir.1990@gmail.com"))

dt = d(7, 8, 0, tzh=3)
add("non_notice", "tr", None, False, None, "tech newsletter about Amazon cancellation phishing wave, quotes fake subject",
    fmt="html", charset="utf-8", cte="base64",
    html=simple_html("""<table width="640" align="center"><tr><td>
<p style="font-size:22px;font-weight:bold">TeknoBülten</p>
<p style="color:#888">Haftanın Özeti - 7 Aralık 2024</p>
<h2>"Amazon siparişiniz iptal edildi" oltalama dalgası</h2>
<p>Son günlerde birçok okurumuz "Amazon.com.tr siparişiniz #405-XXXXXXX-XXXXXXX iptal edildi" ve "Hesabınız askıya alındı ve siparişiniz iptal edildi" konulu e-postalar aldığını bildirdi. Bu e-postalar sizi sahte bir giriş sayfasına ya da "iade için arayın" denilen bir telefon numarasına yönlendiriyor.</p>
<p>Gönderen adresin gerçekten amazon.com.tr ile bitip bitmediğini kontrol edin; amazon.com.tr.siparis-iptal.info gibi adresler sahtedir. Amazon sizden e-postayla kart bilgisi istemez.</p>
<h2>Haftanın diğer haberleri</h2>
<ul><li>Yeni nesil Wi-Fi 7 modemler Türkiye'de satışa çıktı</li><li>Android 15 güncellemesi hangi telefonlara geliyor?</li><li>En iyi bütçe dostu kulaklıklar</li></ul>
<p style="font-size:11px;color:#999">Bu bülteni TeknoBülten'e abone olduğunuz için aldınız. <a href="https://teknobulten.com.tr/abonelik/iptal?e=%s">Abonelikten çık</a></p>
</td></tr></table>""" % rnd_hex(16), lang="tr", title="TeknoBülten"),
    from_name="TeknoBülten", from_addr="bulten@teknobulten.com.tr",
    to_name=None, to_addr=TR_TO[1], subject="Haftanın Özeti: \"Amazon siparişiniz iptal edildi\" oltalama dalgası", date=dt,
    msgid="<%s@news.teknobulten.com.tr>" % rnd_hex(26),
    pre=plain_pre(TR_TO[1], dt, "news.teknobulten.com.tr", "78.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@teknobulten.com.tr;\n\tspf=pass smtp.mailfrom=teknobulten.com.tr;\n\tdmarc=pass header.from=teknobulten.com.tr",
                  "bounce@news.teknobulten.com.tr"),
    post=[("List-Unsubscribe", "<https://teknobulten.com.tr/abonelik/iptal>"), ("Precedence", "bulk")])

dt = d(9, 5, 50)
o = order_no("405")
txt, htm = pair("tr", TD, TB, "Teslimat Randevusu İptal Edildi", "Merhaba Ayşe,",
                ["12 Aralık Perşembe 09:00-13:00 arasındaki teslimat ve kurulum randevunuz, kurulum ekibinin bölgenizde müsait olmaması nedeniyle iptal edildi.",
                 "Siparişiniz iptal edilmemiştir; ürününüz sizin için ayrılmış durumda. Lütfen [[Siparişlerim|https://www.amazon.com.tr/gp/css/order-history]] sayfasından size uygun yeni bir randevu tarihi seçin."],
                o, [("Arçelik 9120 PM Çamaşır Makinesi 9 kg 1200 Devir", 1, "17.299,00 TL")], TR_FOOT)
txt = txt.replace(LBL["tr"]["items"], "Siparişinizdeki Ürünler")
htm = htm.replace(LBL["tr"]["items"], "Siparişinizdeki Ürünler")
add("non_notice", "tr", None, False, TD, "delivery + installation appointment cancelled; order still active",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name=TB, from_addr="order-update@amazon.com.tr", reply_to="no-reply@amazon.com.tr",
    to_name=TR_TO[0], to_addr=TR_TO[1], subject="Teslimat ve kurulum randevunuz iptal edildi", date=dt,
    msgid=ses_msgid(), pre=amazon_pre(TD, TR_TO[1], dt, True), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

dt = d(11, 12, 30)
add("non_notice", "tr", None, False, TD, "Amazon Prime membership cancelled; 8bit HTML",
    fmt="html", charset="utf-8", cte="8bit",
    html=simple_html("""<table width="600" align="center"><tr><td style="padding:20px">
<p style="color:#00a8e1;font-size:22px"><b>prime</b></p>
<p>Merhaba Ayşe,</p>
<p>Amazon Prime üyeliğiniz iptal edildi. Üyelik avantajlarınızdan 3 Ocak 2025 tarihine kadar yararlanmaya devam edebilirsiniz; bu tarihten sonra sizden ücret alınmayacaktır.</p>
<p>Ücretsiz ve hızlı kargo, Prime Video ve Prime Gaming avantajlarını kaybetmek istemiyorsanız <a href="https://www.amazon.com.tr/prime?ref_=pe_cancel">Prime üyeliğinizi yeniden başlatın</a>.</p>
<p>Amazon Prime Ekibi</p>
<p style="font-size:11px;color:#777">Amazon.com.tr sizden asla e-posta ile şifre veya kart bilgisi istemez. Bu e-posta bildirim amaçlıdır, lütfen yanıtlamayın.</p>
</td></tr></table>""", lang="tr", title="Amazon Prime"),
    from_name="Amazon Prime", from_addr="digital-no-reply@amazon.com.tr",
    to_name=TR_TO[0], to_addr=TR_TO[1], subject="Amazon Prime üyeliğiniz iptal edildi", date=dt,
    msgid=ses_msgid(), pre=amazon_pre(TD, TR_TO[1], dt, False))

dt = d(13, 7, 15)
o = order_no("406")
txt, htm = pair("tr", TD, TB, "Ödeme Bilgilerinizi Güncelleyin", "Merhaba Ayşe,",
                ["#%s numaralı siparişiniz için kayıtlı kartınızdan ödeme alamadık." % o,
                 "Siparişinizin işleme alınabilmesi için lütfen 16 Aralık 2024 tarihine kadar ödeme bilgilerinizi güncelleyin. Bu tarihe kadar güncelleme yapılmazsa siparişiniz iptal edilecektir.",
                 "Kartınızın son kullanma tarihini ve fatura adresinizi de kontrol etmenizi öneririz."],
                o, [("Kindle Paperwhite (16 GB) - 6,8 inç ekran, Siyah", 1, "5.999,00 TL")], TR_FOOT,
                charset="iso-8859-9", button=("Ödeme Yöntemini Güncelle", "https://www.amazon.com.tr/gp/css/order-history?ref_=pe_pay_rev"))
txt = txt.replace(LBL["tr"]["items"], "Siparişinizdeki Ürünler")
htm = htm.replace(LBL["tr"]["items"], "Siparişinizdeki Ürünler")
add("non_notice", "tr", None, False, TD, "genuine payment revision request, order will be cancelled if not updated by date",
    fmt="alt", charset="iso-8859-9", cte="quoted-printable", text=txt, html=htm,
    from_name=TB, from_addr="payments-messages@amazon.com.tr", reply_to="no-reply@amazon.com.tr",
    to_name=TR_TO[0], to_addr=TR_TO[1], subject="Amazon.com.tr: Ödeme bilgilerinizi güncelleyin (#%s)" % o, date=dt,
    msgid=ses_msgid(), pre=amazon_pre(TD, TR_TO[1], dt, True), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

# =================================================================== ARABIC
AR_TO = {"amazon.sa": ("محمد العتيبي", "m.alotaibi.sa@gmail.com"),
         "amazon.ae": ("سارة المنصوري", "sara.almansoori@outlook.com"),
         "amazon.eg": ("عمر حسن", "omar.hassan.eg@yahoo.com")}
AR_BRAND = {"amazon.sa": "Amazon.sa", "amazon.ae": "Amazon.ae", "amazon.eg": "Amazon.eg"}


def ar_foot(dom):
    return [
        "لن تطلب منك أمازون أبدًا عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك الائتمانية أو بيانات حسابك المصرفي، ولن تطلب منك إرسالها في رد على رسالة.",
        "إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديثها من [[حسابك > خيارات الدفع|https://www.%s/cpe/yourpayments/wallet]]." % dom,
        "إذا تلقيت رسالة مشبوهة تدّعي أنها من أمازون، فلا تنقر على الروابط و[[أبلغنا عنها من هنا|https://www.%s/gp/help/customer/display.html?nodeId=GDQ5MG7RJBM2PFZN]]." % dom,
        "هل تحتاج إلى مساعدة؟ تفضل بزيارة [[خدمة العملاء|https://www.%s/gp/help/customer/display.html]]." % dom,
        "تم إرسال هذه الرسالة من عنوان مخصص للإشعارات فقط ولا يمكنه استقبال الرسائل. يرجى عدم الرد على هذه الرسالة.",
        AR_BRAND[dom],
    ]


def first(dom):
    return AR_TO[dom][0].split()[0]


def ar_notice(cause, sr, note, dom, local, subject, title, paras, items, order, fmt, charset, cte, auth, date):
    text, html = pair("ar", dom, AR_BRAND[dom], title, "مرحبًا %s،" % first(dom), paras, order, items, ar_foot(dom), charset=charset)
    to = AR_TO[dom]
    add("notice", "ar", cause, sr, dom, note, fmt=fmt, charset=charset, cte=cte, text=text, html=html,
        from_name=AR_BRAND[dom], from_addr="%s@%s" % (local, dom), reply_to="no-reply@%s" % dom if R.random() < 0.7 else None,
        to_name=to[0], to_addr=to[1], subject=subject, date=date, msgid=ses_msgid(),
        pre=amazon_pre(dom, to[1], date, auth), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])


o = order_no("402")
ar_notice("inventory_shortage", True, "item out of stock, seller could not supply; RTL HTML+text", "amazon.sa", "auto-confirm",
          "تم إلغاء منتج من طلبك على Amazon.sa رقم #%s" % o, "إلغاء منتج",
          ["شكرًا لتسوقك من Amazon.sa.",
           "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفرًا في المخزون، ولم يتمكن البائع من توفيره.",
           "لن يتم تحصيل أي مبلغ مقابل المنتج الملغى. وإذا كنت قد دفعت مسبقًا، فسيتم رد المبلغ إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل.",
           "سيتم شحن بقية المنتجات في طلبك كما هو مقرر. يمكنك متابعة حالة طلبك من [[طلباتك|https://www.amazon.sa/gp/css/order-history]]."],
          [("سماعات سوني WH-1000XM5 لاسلكية بخاصية إلغاء الضوضاء، أسود", 1, "1,399.00 ريال")],
          o, "alt", "utf-8", "quoted-printable", True, d(2, 11, 25))

o = order_no("171")
ar_notice("payment_issue", True, "card declined by issuer, payment not revised in time; windows-1256 base64 text", "amazon.ae", "payments-messages",
          "تم إلغاء طلبك من Amazon.ae: تعذّر معالجة الدفع", "إلغاء الطلب",
          ["شكرًا لتسوقك من Amazon.ae.",
           "تعذّر علينا معالجة الدفع لطلبك رقم #%s باستخدام بطاقة Visa المنتهية بالرقم 7712، إذ رفض البنك المُصدر العملية. وقد أرسلنا إليك سابقًا رسالة نطلب فيها تحديث وسيلة الدفع، ولكن لم يتم التحديث خلال المهلة المحددة، لذلك تم إلغاء طلبك." % o,
           "إذا كنت لا تزال ترغب في شراء هذه المنتجات، يُرجى التحقق من وسيلة الدفع ثم تقديم طلب جديد.",
           "لن يتم تحصيل أي مبلغ منك بسبب هذا الإلغاء."],
          [("قلاية هوائية فيليبس HD9252/91، سعة 4.1 لتر", 1, "349.00 درهم")],
          o, "text", "windows-1256", "base64", False, d(4, 6, 3))

o = order_no("403")
ar_notice("technical_issue", True, "wrong price due to technical error in system; HTML-only base64", "amazon.eg", "cs-reply",
          "معلومات حول إلغاء طلبك من Amazon.eg", "إلغاء الطلب",
          ["شكرًا لاختيارك Amazon.eg.",
           "بسبب خطأ فني في نظامنا، ظهر المنتج التالي بسعر غير صحيح (199 جنيه) على صفحة المنتج، بينما سعره الصحيح هو 1,990 جنيه.",
           "ولأنه لا يمكننا تنفيذ الطلبات التي تمت بسعر خاطئ، فقد قمنا بإلغاء طلبك. لم يتم خصم أي مبلغ منك، ونعتذر عن أي إزعاج.",
           "إذا كنت ترغب في شراء المنتج بالسعر الصحيح، يمكنك تقديم طلب جديد من صفحة المنتج."],
          [("خلاط توشيبا BL-T60 بقوة 600 واط", 1, "199.00 جنيه")],
          o, "html", "utf-8", "base64", True, d(6, 13, 47))

o = order_no("171")
ar_notice("fraud_prevention", True, "unusual activity, account on hold, identity verification via sign-in; 8bit text", "amazon.ae", "order-update",
          "تم إلغاء طلبك من Amazon.ae", "إلغاء الطلب",
          ["لاحظنا نشاطًا غير معتاد في حسابك. وحرصًا على أمان حسابك، قمنا بتعليق حسابك مؤقتًا وإلغاء طلبك رقم #%s." % o,
           "لإعادة تفعيل حسابك، سجّل الدخول إلى موقع Amazon.ae أو تطبيق أمازون للتسوق واتبع التعليمات الظاهرة على الشاشة للتحقق من هويتك. لن تتمكن من تقديم طلبات جديدة حتى يكتمل التحقق.",
           "ننصحك بكتابة www.amazon.ae مباشرة في المتصفح بدلًا من استخدام الروابط الواردة في الرسائل."],
          [("Apple iPhone 15 سعة 128 جيجابايت، أسود", 1, "3,049.00 درهم")],
          o, "text", "utf-8", "8bit", False, d(8, 20, 9))

o = order_no("402")
ar_notice("customer_request", True, "cancelled at customer's request with explicit cancel-reason line; windows-1256 alt", "amazon.sa", "auto-confirm",
          "تم إلغاء \"قهوة مختصة...\" من طلبك على Amazon.sa بنجاح", "تأكيد الإلغاء",
          ["بناءً على طلبك، تم إلغاء المنتج التالي من طلبك رقم #%s." % o,
           "سبب الإلغاء: تم الإلغاء من قبل العميل",
           "لن يتم تحصيل أي مبلغ مقابل المنتج الملغى، وسيُعاد أي مبلغ دُفع باستخدام رصيد بطاقة الهدايا إلى رصيدك.",
           "شكرًا لتسوقك معنا."],
          [("قهوة مختصة محمصة، حبوب كاملة 1 كجم", 2, "178.00 ريال")],
          o, "alt", "windows-1256", "quoted-printable", True, d(10, 9, 34))

o = order_no("403")
ar_notice("unknown", False, "order cancelled, no reason given", "amazon.eg", "order-update",
          "تم إلغاء طلبك من Amazon.eg رقم #%s" % o, "إلغاء الطلب",
          ["شكرًا لتسوقك من Amazon.eg.",
           "نود إعلامك بأنه تم إلغاء طلبك رقم #%s. نعتذر عن أي إزعاج قد يسببه ذلك." % o,
           "لن يتم تحصيل أي مبلغ مقابل هذا الطلب.",
           "إذا كانت لديك أي أسئلة، يُرجى التواصل مع [[خدمة العملاء|https://www.amazon.eg/gp/help/customer/contact-us]]."],
          [("مكواة بخار فيليبس GC1742", 1, "899.00 جنيه")],
          o, "text", "utf-8", "quoted-printable", False, d(12, 15, 58))

# ---- ar lookalikes
dt = d(3, 19, 40, tzh=4)
o = order_no("171")
to = AR_TO["amazon.ae"]
add("lookalike", "ar", "customer_request", True, None, "callback number, 'cancelled at your request, if not you call', gmail sender",
    fmt="text", charset="utf-8", cte="base64",
    text="""عزيزي العميل،

تم إلغاء طلبك رقم #%s بناءً على طلبك.

المنتج: Apple MacBook Air 13 بشريحة M3
المبلغ: 4,699.00 درهم

إذا لم تقم بطلب الإلغاء، فقد يكون هناك شخص آخر يستخدم حسابك. يُرجى الاتصال فورًا بمركز دعم أمازون على الرقم 800-044-91733 (متاح 24 ساعة) لاسترداد أموالك وتأمين حسابك.

في حال عدم الاتصال خلال 24 ساعة، لن يتم رد المبلغ.

فريق أمازون
""" % o,
    from_name="خدمة عملاء أمازون", from_addr="amazon.ae.support.team@gmail.com",
    to_name=None, to_addr=to[1], subject="تأكيد إلغاء طلبك رقم #%s" % o, date=dt,
    msgid="<CAH%s@mail.gmail.com>" % rnd_b64(40).replace("/", "k").replace("+", "m"),
    pre=phish_pre(to[1], dt, "mail-sor-f41.google.com", "209.85.220.41",
                  "dkim=pass header.i=@gmail.com header.s=20230601;\n\tspf=pass smtp.mailfrom=amazon.ae.support.team@gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
                  "amazon.ae.support.team@gmail.com"))

dt = d(5, 3, 12, tzh=3)
o = order_no("402")
to = AR_TO["amazon.sa"]
add("lookalike", "ar", "fraud_prevention", True, None, "Cyrillic a in display name; account suspended + order cancelled, verification code; lookalike domain",
    fmt="html", charset="utf-8", cte="quoted-printable",
    html=simple_html("""<div dir="rtl" style="max-width:600px;margin:auto;border:1px solid #ddd;padding:24px;text-align:right">
<img src="https://amazon-sa.account-verify.online/static/logo.png" alt="amazon.sa" width="120">
<h2 style="color:#b12704">تم تعليق حسابك</h2>
<p>اكتشفنا محاولة تسجيل دخول مشبوهة إلى حسابك. لحمايتك، تم تعليق حسابك وإلغاء طلبك المعلّق رقم <b>#%s</b>.</p>
<p>لإعادة تفعيل حسابك، استخدم رمز التحقق التالي:</p>
<p style="font-size:28px;text-align:center;letter-spacing:8px"><b>447 920</b></p>
<p style="text-align:center"><a href="https://amazon-sa.account-verify.online/verify?c=447920" style="background:#ffd814;padding:10px 28px;border-radius:8px;color:#0f1111;text-decoration:none">تحقق من حسابي</a></p>
<p>إذا لم يتم التحقق خلال 24 ساعة، فسيتم إغلاق حسابك نهائيًا.</p>
<p style="color:#999;font-size:11px">&copy; 2024 Amazon.com, Inc. أو الشركات التابعة لها</p>
</div>""" % o, lang="ar", dir_="rtl", title="Amazon.sa"),
    from_name="Am\u0430zon.sa", from_addr="security@amazon-sa.account-verify.online",
    to_name=None, to_addr=to[1], subject="تنبيه: تم تعليق حسابك وإلغاء طلبك", date=dt,
    msgid="<%s@account-verify.online>" % rnd_hex(30),
    pre=phish_pre(to[1], dt, "mail.account-verify.online", "45.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=pass smtp.mailfrom=account-verify.online;\n\tdkim=none;\n\tdmarc=none header.from=amazon-sa.account-verify.online",
                  "bounce@account-verify.online"),
    post=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")])

dt = d(6, 10, 2, tzh=2)
o = order_no("403")
to = AR_TO["amazon.eg"]
add("lookalike", "ar", "payment_issue", True, None, "crude; expired card, reply with card number/CVV; outlook.com sender; windows-1256",
    fmt="text", charset="windows-1256", cte="quoted-printable",
    text="""عميلنا العزيز،

تم إلغاء طلبك رقم #%s لأن بطاقتك منتهية الصلاحية.

لإعادة تفعيل الطلب يرجى الرد على هذه الرسالة وإرسال البيانات التالية:

- الاسم على البطاقة
- رقم البطاقة
- تاريخ الانتهاء
- رمز CVV
- رقم الهاتف المحمول

سيتم إعادة تفعيل طلبك خلال ساعة من استلام ردك.

قسم الفواتير - أمازون مصر
""" % o,
    from_name="Amazon Egypt", from_addr="amazon.eg.billing@outlook.com", reply_to="amazon.eg.billing@outlook.com",
    to_name=None, to_addr=to[1], subject="طلبك ملغي - يرجى تحديث بيانات البطاقة", date=dt,
    hcharset="utf-8",
    msgid="<DB9PR%s@DB9PR%s.eurprd10.prod.outlook.com>" % (rnd_digits(2) + rnd_hex(20).upper(), rnd_digits(2)),
    pre=phish_pre(to[1], dt, "EUR02-DB5-obe.outbound.protection.outlook.com", "52.101.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@outlook.com;\n\tspf=pass smtp.mailfrom=outlook.com;\n\tdmarc=pass header.from=outlook.com",
                  "amazon.eg.billing@outlook.com"))

dt = d(8, 7, 19)
o = order_no("171")
to = AR_TO["amazon.ae"]
txt, htm = pair("ar", "amazon.ae", "Amazon.ae", "إلغاء منتج", "مرحبًا،",
                ["نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لعدم توفره في المخزون.",
                 "لاسترداد المبلغ، يُرجى تأكيد بيانات الاسترداد وبيانات بطاقتك قبل 10 ديسمبر عبر [[https://www.amazon.ae/gp/css/refund-status|https://www.amazon.ae/gp/css/refund-status]]. لن يتم رد المبلغ إذا لم يكتمل التأكيد."],
                o, [("تلفزيون سامسونج 55 بوصة Crystal UHD 4K", 1, "1,799.00 درهم")], ar_foot("amazon.ae"))
htm = phish_href(htm, "amazon.ae", "https://amazon-orders.help/ae/r?to=www.amazon.ae")
txt = txt.replace("https://www.amazon.ae/gp/css/refund-status", "https://amazon-orders.help/ae/refund")
add("lookalike", "ar", "inventory_shortage", True, None, "polished RTL copy of Amazon layout; link text amazon.ae, hrefs to amazon-orders.help; DKIM pass for fake domain",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name="Amazon.ae", from_addr="auto-confirm@amazon-orders.help", reply_to="no-reply@amazon-orders.help",
    to_name=None, to_addr=to[1], subject="تم إلغاء منتج من طلبك على Amazon.ae رقم #%s" % o, date=dt,
    msgid="<0100%s-%s-000000@email.amazon-orders.help>" % (rnd_hex(16), rnd_hex(12)),
    pre=phish_pre(to[1], dt, "smtp.amazon-orders.help", "185.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.d=amazon-orders.help header.i=@amazon-orders.help header.s=mail;\n\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass (p=NONE) header.from=amazon-orders.help",
                  "bounce@amazon-orders.help"),
    tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

dt = d(9, 22, 51, tzh=3)
to = AR_TO["amazon.sa"]
add("lookalike", "ar", "technical_issue", True, None, "amaz0n-sa.com sender, malformed order number, system error refund login; base64 HTML",
    fmt="html", charset="utf-8", cte="base64",
    html=simple_html("""<div dir="rtl" style="max-width:560px;text-align:right">
<p style="font-size:24px"><b>amazon</b>.sa</p>
<p>عميلنا العزيز،</p>
<p>بسبب خطأ في النظام تم إلغاء طلبك رقم <b>#402-7781-22</b>.</p>
<p>لاسترداد المبلغ (2,350 ريال) يرجى تسجيل الدخول وإدخال بيانات الاسترداد.</p>
<p><a href="http://amaz0n-sa.com/refund/index.php?o=402778122" style="background:#ff9900;color:#fff;padding:8px 22px;text-decoration:none">استرداد المبلغ</a></p>
<p>أمازون السعودية</p>
</div>""", lang="ar", dir_="rtl"),
    from_name="Amazon.sa", from_addr="noreply@amaz0n-sa.com",
    to_name=None, to_addr=to[1], subject="إلغاء طلبك بسبب خطأ في النظام", date=dt,
    msgid="<%s@amaz0n-sa.com>" % rnd_hex(22),
    pre=phish_pre(to[1], dt, "amaz0n-sa.com", "103.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=neutral smtp.mailfrom=noreply@amaz0n-sa.com;\n\tdkim=none;\n\tdmarc=none header.from=amaz0n-sa.com",
                  "noreply@amaz0n-sa.com"))

dt = d(11, 4, 26)
o = order_no("171")
to = AR_TO["amazon.ae"]
txt, htm = pair("ar", "amazon.ae", "Amazon.ae", "مراجعة أمنية لطلبك", "مرحبًا %s،" % first("amazon.ae"),
                ["تم وضع طلبك رقم #%s قيد المراجعة الأمنية بسبب نشاط غير معتاد في حسابك." % o,
                 "إذا لم تقم بتأكيد هويتك خلال 24 ساعة، فسيتم إلغاء طلبك تلقائيًا وتعليق حسابك."],
                o, [("بلايستيشن 5 سليم، إصدار رقمي", 1, "1,899.00 درهم")], ar_foot("amazon.ae"),
                charset="windows-1256", button=("تأكيد الهوية", "https://www.amazon.ae/ap/verify"))
htm = phish_href(htm, "amazon.ae", "http://amazon.ae.secure-review-center.com")
txt = txt.replace("https://www.amazon.ae/ap/verify", "http://amazon.ae.secure-review-center.com/ap/verify")
add("lookalike", "ar", "fraud_prevention", True, None, "amazon.ae.<evil>.com sender and links; order will be cancelled unless identity confirmed; windows-1256 base64",
    fmt="alt", charset="windows-1256", cte="base64", text=txt, html=htm,
    from_name="Amazon.ae", from_addr="order-update@amazon.ae.secure-review-center.com",
    to_name=to[0], to_addr=to[1], subject="سيتم إلغاء طلبك ما لم تؤكد هويتك", date=dt,
    msgid="<%s@secure-review-center.com>" % rnd_hex(32),
    pre=phish_pre(to[1], dt, "mx.secure-review-center.com", "194.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=pass smtp.mailfrom=secure-review-center.com;\n\tdkim=none;\n\tdmarc=none header.from=amazon.ae.secure-review-center.com",
                  "noreply@secure-review-center.com"))

dt = d(13, 2, 8, tzh=2)
to = AR_TO["amazon.eg"]
add("lookalike", "ar", "unknown", False, None, "crude, no order number, yahoo sender, short link",
    fmt="text", charset="utf-8", cte="8bit",
    text="""عميلنا العزيز

تم الغاء طلبك

اضغط هنا للتفاصيل: http://cutt.ly/amzn-eg

امازون
""",
    from_name="amazon", from_addr="amzn.eg.notify@yahoo.com",
    to_name=None, to_addr=to[1], subject="الغاء الطلب !!!", date=dt,
    msgid="<%s.%s@mail.yahoo.com>" % (rnd_digits(9), rnd_digits(10)),
    pre=phish_pre(to[1], dt, "sonic311-12.consmr.mail.bf2.yahoo.com", "74.6.%d.%d" % (R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@yahoo.com;\n\tspf=pass smtp.mailfrom=yahoo.com;\n\tdmarc=pass (p=REJECT) header.from=yahoo.com",
                  "amzn.eg.notify@yahoo.com"))

dt = d(15, 16, 44)
o = order_no("403")
to = AR_TO["amazon.eg"]
txt, htm = pair("ar", "amazon.eg", "Amazon.eg", "إلغاء الطلب", "مرحبًا %s،" % first("amazon.eg"),
                ["تم إلغاء طلبك رقم #%s بسبب فشل عملية الدفع." % o,
                 "لإعادة تفعيل الطلب واسترداد أي مبلغ تم خصمه، يرجى تحديث بيانات بطاقتك عبر [[www.amazon.eg/payments|https://www.amazon.eg/payments]] خلال 48 ساعة."],
                o, [("Samsung Galaxy A55 5G، سعة 256 جيجابايت", 1, "21,999.00 جنيه")], ar_foot("amazon.eg"))
htm = phish_href(htm, "amazon.eg", "https://amazon-eg-billing.com/login?next=")
txt = txt.replace("https://www.amazon.eg/payments", "https://amazon-eg-billing.com/login")
add("lookalike", "ar", "payment_issue", True, None, "Greek Alpha in display name, polished RTL layout, failed payment, hrefs to amazon-eg-billing.com, SPF softfail",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name="\u0391mazon.eg", from_addr="payments-messages@amazon-eg-billing.com",
    to_name=to[0], to_addr=to[1], subject="تم إلغاء طلبك من Amazon.eg رقم #%s" % o, date=dt,
    msgid="<%s@amazon-eg-billing.com>" % rnd_hex(28),
    pre=phish_pre(to[1], dt, "vps7.amazon-eg-billing.com", "91.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "spf=softfail smtp.mailfrom=payments-messages@amazon-eg-billing.com;\n\tdkim=none;\n\tdmarc=none header.from=amazon-eg-billing.com",
                  "payments-messages@amazon-eg-billing.com"))

# ---- ar non-notices
dt = d(2, 17, 5, tzh=3)
to = AR_TO["amazon.sa"]
jr_text = """مرحبًا محمد العتيبي،

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم JR-7730194 لعدم توفر المنتج في المستودع.

المنتج: لابتوب لينوفو IdeaPad Slim 3، معالج Core i5، ذاكرة 16 جيجابايت
المبلغ: 2,799.00 ريال

تمت معالجة عملية الدفع عبر Amazon Payment Services، وسيتم رد المبلغ كاملًا إلى بطاقتك خلال 5 إلى 10 أيام عمل حسب البنك المُصدر.

يمكنك متابعة حالة الاسترداد من صفحة "طلباتي" في حسابك على موقعنا.

مع تحيات،
مكتبة جرير - المتجر الإلكتروني
خدمة العملاء: 920000089
"""
add("non_notice", "ar", None, False, None, "Jarir Bookstore genuine cancellation; payment processed via Amazon Payment Services",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=jr_text,
    html=simple_html("<div dir=\"rtl\" style=\"max-width:600px;text-align:right\"><p style=\"background:#d8232a;color:#fff;padding:10px;font-size:20px\"><b>جرير</b></p>" +
                     "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in jr_text.strip().split("\n\n")) + "</div>", lang="ar", dir_="rtl"),
    from_name="مكتبة جرير", from_addr="no-reply@jarir.com",
    to_name=to[0], to_addr=to[1], subject="تم إلغاء طلبك رقم JR-7730194", date=dt,
    msgid="<%s@jarir.com>" % rnd_hex(24),
    pre=plain_pre(to[1], dt, "mta3.jarir.com", "185.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@jarir.com;\n\tspf=pass smtp.mailfrom=jarir.com;\n\tdmarc=pass header.from=jarir.com",
                  "bounce@jarir.com"))

dt = d(4, 21, 37, tzh=4)
to = AR_TO["amazon.ae"]
add("non_notice", "ar", None, False, None, "friend writes she cancelled her Amazon order; utf-8 base64",
    fmt="text", charset="utf-8", cte="base64",
    text="""هلا سارة،

بخصوص هدية عيد ميلاد ريم، ألغيت الطلب اللي سويته من أمازون أمس لأن التوصيل صار بعد الحفلة بيومين.
رحت اليوم دبي مول ولقيت نفس العطر، فاشتريته من هناك.

نتقاسم السعر مثل ما اتفقنا؟ المبلغ 420 درهم، يعني عليك 210.

أشوفك الخميس،
نورة
""",
    from_name="نورة الكعبي", from_addr="noura.alkaabi92@gmail.com",
    to_name=to[0], to_addr=to[1], subject="هدية ريم", date=dt,
    msgid="<CAN%s@mail.gmail.com>" % rnd_b64(40).replace("/", "p").replace("+", "q"),
    pre=plain_pre(to[1], dt, "mail-sor-f65.google.com", "209.85.220.65",
                  "dkim=pass header.i=@gmail.com;\n\tspf=pass smtp.mailfrom=gmail.com;\n\tdmarc=pass header.from=gmail.com",
                  "noura.alkaabi92@gmail.com"))

dt = d(6, 9, 0, tzh=2)
to = AR_TO["amazon.eg"]
add("non_notice", "ar", None, False, None, "bank security-awareness newsletter quoting fake Amazon cancellation subjects; windows-1256 HTML",
    fmt="html", charset="windows-1256", cte="base64",
    html=simple_html("""<table width="640" align="center" dir="rtl"><tr><td style="text-align:right">
<p style="font-size:20px;color:#00573f"><b>بنك الواحة - نشرة التوعية الأمنية</b></p>
<p style="color:#888">العدد 48 - ديسمبر 2024</p>
<h2>احذر رسائل "تم إلغاء طلبك من أمازون" المزيفة</h2>
<p>رصدنا مؤخرًا رسائل احتيالية تنتحل صفة أمازون وتحمل عناوين مثل:</p>
<ul>
<li>"تأكيد إلغاء طلبك رقم #403-XXXXXXX-XXXXXXX"</li>
<li>"تنبيه: تم تعليق حسابك وإلغاء طلبك"</li>
<li>"طلبك ملغي - يرجى تحديث بيانات البطاقة"</li>
</ul>
<p>تطلب هذه الرسائل منك الاتصال برقم هاتف أو الرد ببيانات بطاقتك أو إدخالها في موقع مزيف. تذكّر أن البنك وأمازون لن يطلبا منك أبدًا رقم البطاقة أو رمز CVV أو كلمة المرور لمرة واحدة.</p>
<p>إذا شاركت بياناتك بالخطأ، اتصل فورًا بخدمة عملاء البنك على 19XXX لإيقاف البطاقة.</p>
<p style="font-size:11px;color:#999">تلقيت هذه الرسالة لأنك من عملاء بنك الواحة. <a href="https://alwaha-bank.com.eg/unsubscribe">إلغاء الاشتراك</a></p>
</td></tr></table>""", lang="ar", dir_="rtl", charset="windows-1256", title="نشرة التوعية الأمنية"),
    from_name="بنك الواحة", from_addr="awareness@alwaha-bank.com.eg",
    to_name=to[0], to_addr=to[1], subject="نشرة التوعية الأمنية: احذر رسائل \"تم إلغاء طلبك\" المزيفة", date=dt,
    hcharset="windows-1256",
    msgid="<%s@mail.alwaha-bank.com.eg>" % rnd_hex(26),
    pre=plain_pre(to[1], dt, "mail.alwaha-bank.com.eg", "196.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250)),
                  "dkim=pass header.i=@alwaha-bank.com.eg;\n\tspf=pass smtp.mailfrom=alwaha-bank.com.eg;\n\tdmarc=pass header.from=alwaha-bank.com.eg",
                  "bounce@mail.alwaha-bank.com.eg"),
    post=[("List-Unsubscribe", "<https://alwaha-bank.com.eg/unsubscribe>"), ("Precedence", "bulk")])

dt = d(8, 5, 12)
o = order_no("171")
to = AR_TO["amazon.ae"]
txt, htm = pair("ar", "amazon.ae", "Amazon Fresh", "إلغاء موعد التوصيل", "مرحبًا %s،" % first("amazon.ae"),
                ["تم إلغاء موعد التوصيل الذي اخترته يوم الأحد 8 ديسمبر بين 6:00 و8:00 مساءً بسبب الضغط الكبير على خدمة التوصيل في منطقتك.",
                 "لم يتم إلغاء طلبك، وما زالت منتجاتك محجوزة لك. يُرجى اختيار موعد توصيل جديد من [[طلباتك|https://www.amazon.ae/gp/css/order-history]]."],
                o, [("حليب المراعي كامل الدسم 2 لتر", 2, "23.00 درهم"), ("خبز أسمر مقطع 600 جرام", 1, "7.50 درهم")], ar_foot("amazon.ae"))
txt = txt.replace(LBL["ar"]["items"], "منتجات طلبك")
htm = htm.replace(LBL["ar"]["items"], "منتجات طلبك")
add("non_notice", "ar", None, False, "amazon.ae", "Amazon Fresh delivery slot cancelled; order still active",
    fmt="alt", charset="utf-8", cte="quoted-printable", text=txt, html=htm,
    from_name="Amazon Fresh", from_addr="order-update@amazon.ae", reply_to="no-reply@amazon.ae",
    to_name=to[0], to_addr=to[1], subject="تم إلغاء موعد توصيل طلبك من Amazon Fresh", date=dt,
    msgid=ses_msgid(), pre=amazon_pre("amazon.ae", to[1], dt, True), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

dt = d(10, 14, 0)
to = AR_TO["amazon.eg"]
add("non_notice", "ar", None, False, "amazon.eg", "Amazon Prime membership cancelled; 8bit HTML",
    fmt="html", charset="utf-8", cte="8bit",
    html=simple_html("""<table width="600" align="center" dir="rtl"><tr><td style="padding:20px;text-align:right">
<p style="color:#00a8e1;font-size:22px"><b>prime</b></p>
<p>مرحبًا عمر،</p>
<p>تم إلغاء عضويتك في Amazon Prime. يمكنك الاستمرار في الاستفادة من مزايا العضوية حتى 9 يناير 2025، ولن يتم تحصيل أي رسوم بعد ذلك.</p>
<p>إذا غيّرت رأيك، يمكنك <a href="https://www.amazon.eg/prime?ref_=pe_cancel">إعادة تفعيل عضوية Prime</a> في أي وقت.</p>
<p>فريق Amazon Prime</p>
<p style="font-size:11px;color:#777">لن تطلب منك أمازون أبدًا كلمة المرور أو بيانات بطاقتك عبر البريد الإلكتروني. هذه الرسالة مرسلة من عنوان للإشعارات فقط.</p>
</td></tr></table>""", lang="ar", dir_="rtl", title="Amazon Prime"),
    from_name="Amazon Prime", from_addr="digital-no-reply@amazon.eg",
    to_name=to[0], to_addr=to[1], subject="تم إلغاء عضويتك في Amazon Prime", date=dt,
    msgid=ses_msgid(), pre=amazon_pre("amazon.eg", to[1], dt, False))

dt = d(12, 8, 22)
o = order_no("402")
to = AR_TO["amazon.sa"]
txt, htm = pair("ar", "amazon.sa", "Amazon.sa", "تحديث وسيلة الدفع", "مرحبًا %s،" % first("amazon.sa"),
                ["لم نتمكن من تحصيل المبلغ لطلبك رقم #%s من البطاقة المسجلة." % o,
                 "لمتابعة معالجة طلبك، يُرجى تحديث وسيلة الدفع قبل 15 ديسمبر 2024. إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك.",
                 "ننصحك أيضًا بالتحقق من تاريخ انتهاء صلاحية البطاقة وعنوان الفواتير."],
                o, [("ماكينة قهوة نسبريسو فيرتو نكست، أسود", 1, "749.00 ريال")], ar_foot("amazon.sa"),
                button=("تحديث وسيلة الدفع", "https://www.amazon.sa/gp/css/order-history?ref_=pe_pay_rev"))
txt = txt.replace(LBL["ar"]["items"], "منتجات طلبك")
htm = htm.replace(LBL["ar"]["items"], "منتجات طلبك")
add("non_notice", "ar", None, False, "amazon.sa", "genuine payment revision reminder: order will be cancelled if not updated",
    fmt="alt", charset="utf-8", cte="base64", text=txt, html=htm,
    from_name="Amazon.sa", from_addr="payments-messages@amazon.sa", reply_to="no-reply@amazon.sa",
    to_name=to[0], to_addr=to[1], subject="Amazon.sa: يُرجى تحديث وسيلة الدفع لطلبك رقم #%s" % o, date=dt,
    msgid=ses_msgid(), pre=amazon_pre("amazon.sa", to[1], dt, True), tail=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])


# ====================================================================== main
def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    order = list(range(len(ALL)))
    random.Random(4).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        lab, m = ALL[idx]
        name = "v4%03d.eml" % n
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(build(m))
        labels.append(dict(file=name, **lab))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
