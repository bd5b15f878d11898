#!/usr/bin/env python3
"""Regenerate blind held-out batch k4 (ja / tr / ar).

Writes mail/k4NNN.eml and labels.json next to this script.
Deterministic: fixed seed, texts held in the data structures below.
"""
import datetime
import html as H
import json
import os
import random
import re
import string
import urllib.parse
from email import charset as CS
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr

SEED = 4404
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "k4"

UP = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def tok(n=13, alphabet=UP):
    return "".join(rng.choice(alphabet) for _ in range(n))


def when(tz_minutes):
    start = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    d = start + datetime.timedelta(seconds=rng.randrange(0, 590 * 86400))
    return d.astimezone(datetime.timezone(datetime.timedelta(minutes=tz_minutes)))


# ---------------------------------------------------------------- MIME helpers

def text_part(body, subtype, charset, cte):
    c = CS.Charset(charset)
    c.body_encoding = {"qp": CS.QP, "base64": CS.BASE64}.get(cte)
    return MIMEText(body, subtype, c)


def amazon_boundary(d):
    return "----=_Part_%d_%d.%d" % (rng.randrange(10**6, 10**8), rng.randrange(10**8, 2 * 10**9),
                                     int(d.timestamp() * 1000))


def gmail_boundary():
    return "000000000000" + tok(12, HEX)


def outlook_boundary():
    return "_000_%s%s_" % (tok(20, UP), tok(12, UP))


def amazon_msgid(d):
    return "<%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        "0100" + tok(12, HEX), tok(8, HEX), tok(4, HEX), tok(4, HEX), tok(12, HEX))


def ses_received(d, host):
    ip = "54.240.%d.%d" % (rng.randrange(1, 60), rng.randrange(2, 250))
    name = "a%s-%d.smtp-out.%s.amazonses.com" % (ip.split(".")[2], rng.randrange(1, 250),
                                                  rng.choice(["us-west-2", "eu-west-1", "ap-northeast-1"]))
    return "from %s (%s [%s]) by mx.%s with ESMTPS id %s; %s" % (
        name, name, ip, "google.com" if host == "gmail.com" else host, tok(10, HEX), format_datetime(d))


def auth_pass(rcpt, host, bounce):
    rdom = rcpt.split("@")[1]
    serv = "mx.google.com" if rdom == "gmail.com" else "mx." + rdom
    return ("%s; dkim=pass (1024-bit key) header.d=%s header.i=@%s header.b=%s; "
            "dkim=pass header.d=amazonses.com header.b=%s; "
            "spf=pass smtp.mailfrom=%s; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (
        serv, host, host, tok(8, string.ascii_letters), tok(8, string.ascii_letters), bounce, host)


def dkim_sig(domain, d):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; "
            "h=Date:From:To:Subject:MIME-Version:Content-Type; bh=%s=; b=%s") % (
        tok(32, string.ascii_lowercase + string.digits), domain, int(d.timestamp()),
        tok(43, string.ascii_letters + string.digits), tok(80, string.ascii_letters + string.digits))


def build(e):
    """e: dict with headers and body spec -> bytes"""
    tp = hp = None
    if e["form"] in ("text", "alt"):
        tp = text_part(e["text"], "plain", e["tcs"], e["tcte"])
    if e["form"] in ("html", "alt"):
        h = e["html"]
        if e["hcs"].lower() != "utf-8":
            h = re.sub(r"charset=utf-8", "charset=" + e["hcs"], h, flags=re.I)
        hp = text_part(h, "html", e["hcs"], e["hcte"])
    if e["form"] == "alt":
        msg = MIMEMultipart("alternative", boundary=e.get("boundary"))
        del tp["MIME-Version"]
        del hp["MIME-Version"]
        msg.attach(tp)
        msg.attach(hp)
    else:
        msg = tp or hp
    mime = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in e["headers"]:
        msg[k] = v
    for k, v in mime:
        msg[k] = v
    return msg.as_bytes(policy=compat32.clone(max_line_length=120))


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=cs)


# ------------------------------------------------------- Amazon-like templates

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a {  -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
.ExternalClass, .ExternalClass p, .ExternalClass span, .ExternalClass font, .ExternalClass td, .ExternalClass div { line-height: 100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.brandImage { width: 130px; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6;
    border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
.emailContainerTD { padding-left: 23px; padding-right: 23px; padding-top: 25px; padding-bottom: 33px; }
.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; }
.informationTable td { padding-bottom: 18px; }
.orderDetailsTable { font-size: 15px; line-height: 20px; }
.orderDetailsTableLink { text-decoration: none; color: #008296; }
.orderIdTable { font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }
@media screen and (min-width: 651px) {
    .emailBody { width: 640px !important; background-color: #fafafa; }
    .emailContainerTD { padding-left: 110px !important; padding-right: 105px !important; }
}"""

URL_RE = re.compile(r"https?://[^\s<>\"']+")


def tracker(host, stamp):
    def f(url):
        return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d" % (
            host, tok(13), tok(13), stamp, tok(13), urllib.parse.quote(url, safe=""), tok(28),
            rng.randrange(10**5, 10**6), rng.randrange(10**8, 10**9)))
    return f


def linkify(text_escaped, linker, style="color:#0066C0; text-decoration:none;"):
    def rep(m):
        u = H.unescape(m.group(0))
        return '<a href="%s" style="%s">%s</a>' % (H.escape(linker(u)), style, m.group(0))
    return URL_RE.sub(rep, text_escaped)


def amz_html(host, brand, lang, title, greeting, paras, order=None, order_label="", items=(),
             item_hdr="", buttons=(), footer=(), rtl=False, linker=None, copyright_line=None,
             stamp=None, preheader=""):
    stamp = stamp or (tok(14, string.digits) + tok(32, HEX) + "p0na")
    link = linker or tracker(host, stamp)
    d = ' dir="rtl"' if rtl else ' dir="ltr"'
    align = "right" if rtl else "left"
    out = []
    out.append('<!DOCTYPE html>\n<html lang="%s">\n <head>\n  <meta http-equiv="Content-Type" '
               'content="text/html; charset=UTF-8" />\n  <meta name="format-detection" content="telephone=no" />\n'
               '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n'
               '  <title>%s</title>\n  <style>\n%s\n</style>\n </head>\n' % (lang, H.escape(title), CSS))
    out.append(' <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0;">'
               '<img width="1" height="1" src="%s" />\n' % H.escape(link(
                   "https://images-fe.ssl-images-amazon.com/images/G/09/nav/transp.gif").replace("T=C", "T=O")))
    if preheader:
        out.append('  <span style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;'
                   'opacity:0;overflow:hidden;">%s</span>\n' % H.escape(preheader))
    out.append('  <table id="OutlookWrapper" style="width: 100%%; text-align: %s"%s>\n   <tbody>\n    <tr>\n'
               '     <td align="center">\n      <table class="emailBody" style="width: 375px; '
               'background-color: rgb(250, 250, 250);">\n       <tbody>\n        <tr>\n'
               '         <td class="emailBodyTD">\n' % (align, d))
    out.append('          <a href="%s"><table class="brandTable"><tbody><tr><td align="center">'
               '<img src="https://images-fe.ssl-images-amazon.com/images/G/09/x-locale/common/amazon_logo.png" '
               'alt="%s" title="%s" class="brandImage" border="0" width="130" style="width: 130px" />'
               '</td></tr></tbody></table></a>\n' % (H.escape(link("https://www.%s/" % host)), H.escape(brand),
                                                     H.escape(brand)))
    out.append('          <table class="emailContainer"><tbody><tr><td class="emailContainerTD">\n')
    out.append('           <table class="greetingTable" style="font-size: 20px; line-height: 24px; color: #002E36;">'
               '<tbody><tr><td style="text-align:%s"><b>%s</b></td></tr></tbody></table>\n' % (align, H.escape(title)))
    out.append('           <table class="informationTable"><tbody>\n')
    if greeting:
        out.append('            <tr><td style="text-align:%s">%s</td></tr>\n' % (align, H.escape(greeting)))
    for p in paras:
        out.append('            <tr><td style="text-align:%s">%s</td></tr>\n' % (align, linkify(H.escape(p), link)))
    out.append('           </tbody></table>\n')
    if order:
        out.append('           <table class="orderIdTable"><tbody><tr><td style="text-align:%s">%s '
                   '<a href="%s">#%s</a></td></tr></tbody></table>\n' % (
                       align, H.escape(order_label), H.escape(link(
                           "https://www.%s/gp/your-account/order-details?orderID=%s" % (host, order))), order))
    if items:
        out.append('           <table class="orderDetailsTable"><tbody>\n')
        if item_hdr:
            out.append('            <tr><td colspan="3" style="text-align:%s; font-weight:bold; color:#C45500">%s'
                       '</td></tr>\n' % (align, H.escape(item_hdr)))
        for name, qty, price in items:
            out.append('            <tr><td class="itemImage"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg"'
                       ' width="84" /></td><td class="itemTitle" style="text-align:%s"><a class="orderDetailsTableLink"'
                       ' href="%s">%s</a><br/>%s</td><td style="white-space:nowrap"><b>%s</b></td></tr>\n' % (
                           tok(11, string.ascii_letters + string.digits), align,
                           H.escape(link("https://www.%s/dp/B0%s" % (host, tok(8)))), H.escape(name),
                           H.escape(qty), H.escape(price)))
        out.append('           </tbody></table>\n')
    for label, url in buttons:
        out.append('           <table class="trackPackageButtonTable" style="margin:18px 0"><tbody><tr>'
                   '<td align="center" style="background-color:#FFD814; border-radius:8px; padding:12px 20px;">'
                   '<a href="%s" style="color:#0F1111; font-size:16px; text-decoration:none;">%s</a>'
                   '</td></tr></tbody></table>\n' % (H.escape(link(url)), H.escape(label)))
    out.append('           <table class="separatorLine"><tbody><tr><td class="separatorMiddle" '
               'style="border-bottom: 1px solid #879596; height:1px;">&nbsp;</td></tr></tbody></table>\n')
    out.append('           <table class="emailClosing" style="font-size: 11px; line-height: 15px; color: #868686;">'
               '<tbody>\n')
    for f in footer:
        out.append('            <tr><td style="padding-bottom:8px; text-align:%s">%s</td></tr>\n' % (
            align, linkify(H.escape(f), link, "color:#868686;")))
    if copyright_line:
        out.append('            <tr><td style="text-align:%s">%s</td></tr>\n' % (align, H.escape(copyright_line)))
    out.append('           </tbody></table>\n          </td></tr></tbody></table>\n'
               '         </td>\n        </tr>\n       </tbody>\n      </table>\n     </td>\n    </tr>\n'
               '   </tbody>\n  </table>\n </body>\n</html>\n')
    return "".join(out)


def amz_text(brand, greeting, paras, order=None, order_label="", items=(), item_hdr="", buttons=(),
             footer=(), linker=None, rule="-" * 72):
    L = [brand, rule, ""]
    sub = (lambda s: URL_RE.sub(lambda m: linker(m.group(0)), s)) if linker else (lambda s: s)
    if greeting:
        L += [greeting, ""]
    for p in paras:
        L += [sub(p), ""]
    if order:
        L += ["%s #%s" % (order_label, order), ""]
    if items:
        if item_hdr:
            L.append(item_hdr)
        for name, qty, price in items:
            L.append("    %s" % name)
            L.append("    %s   %s" % (qty, price))
        L.append("")
    for label, url in buttons:
        L += ["%s:" % label, sub(url), ""]
    L += [rule, ""]
    for f in footer:
        L += [sub(f), ""]
    return "\n".join(L).rstrip() + "\n"


def simple_html(paras, lang="en", rtl=False, style="font-family:Arial,sans-serif;font-size:14px;color:#222"):
    d = ' dir="rtl"' if rtl else ""
    body = "\n".join(p if p.startswith("<") else "<p>%s</p>" % linkify(H.escape(p), lambda u: u).replace("\n", "<br>")
                     for p in paras)
    return ('<html lang="%s"%s><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="%s">\n%s\n</body></html>\n' % (lang, d, style, body))


# ------------------------------------------------------------ entry registry

ENTRIES = []


def entry(kind, lang, cause, states_reason, marketplace, note, frm, to, subject, form, text=None, html=None,
          tcs="utf-8", tcte="qp", hcs="utf-8", hcte="qp", subj_cs="utf-8", from_cs="utf-8", tz=0,
          style="amazon", reply_to=None, auth=None, extra=(), dkim=None, date=None):
    d = date or when(tz)
    headers = []
    if style == "amazon":
        host = frm[1].split("@")[1]
        bounce = "%s%s@bounces.%s" % (d.strftime("%Y%m%d%H%M%S"), tok(16, HEX), host)
        headers.append(("Return-Path", "<%s>" % bounce))
        headers.append(("Received", ses_received(d, to[1].split("@")[1])))
        if auth == "pass":
            headers.append(("Authentication-Results", auth_pass(to[1], host, bounce)))
        if dkim:
            headers.append(("DKIM-Signature", dkim_sig(host, d)))
    else:
        if auth:
            headers.append(("Authentication-Results", auth))
        if dkim:
            headers.append(("DKIM-Signature", dkim_sig(dkim, d)))
    headers.append(("From", addr(frm[0], frm[1], from_cs)))
    if reply_to:
        headers.append(("Reply-To", reply_to))
    headers.append(("To", addr(to[0], to[1], from_cs)))
    try:
        subject.encode("ascii")
        headers.append(("Subject", subject))
    except UnicodeEncodeError:
        headers.append(("Subject", Header(subject, subj_cs)))
    headers.append(("Date", format_datetime(d)))
    if style == "amazon":
        headers.append(("Message-ID", amazon_msgid(d)))
    else:
        headers.append(("Message-ID", "<%s@%s>" % (tok(24, string.ascii_lowercase + string.digits),
                                                    frm[1].split("@")[1])))
    for k, v in extra:
        headers.append((k, v))
    boundary = None
    if form == "alt":
        boundary = {"amazon": amazon_boundary, "gmail": lambda _d: gmail_boundary(),
                    "outlook": lambda _d: outlook_boundary()}.get(style, lambda _d: "=_" + tok(24, HEX))(d)
    ENTRIES.append(dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                        marketplace=marketplace, note=note,
                        spec=dict(headers=headers, form=form, text=text, html=html, tcs=tcs, tcte=tcte,
                                  hcs=hcs, hcte=hcte, boundary=boundary)))


def amz_pair(host, brand, lang, title, greeting, paras, **kw):
    footer = kw.pop("footer", ())
    copyright_line = kw.pop("copyright_line", None)
    rtl = kw.pop("rtl", False)
    linker = kw.pop("linker", None)
    text_linker = kw.pop("text_linker", None)
    preheader = kw.pop("preheader", "")
    t = amz_text(brand, greeting, paras, footer=footer, linker=text_linker, **kw)
    h = amz_html(host, brand, lang, title, greeting, paras, footer=footer, rtl=rtl, linker=linker,
                 copyright_line=copyright_line, preheader=preheader, **kw)
    return t, h


# =================================================================== JAPANESE
JP = "amazon.co.jp"
JPB = "Amazon.co.jp"
JA_FOOT = [
    "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
    "Amazon.co.jpがEメールや電話で、お客様のパスワード、クレジットカード番号、銀行口座番号をお尋ねすることはありません。",
    "クレジットカードの番号や有効期限が変更された場合は、アカウントサービスの「お支払い方法の管理」から更新してください: "
    "https://www.amazon.co.jp/cpe/yourpayments/wallet",
    "Amazon.co.jpを装った不審なEメールを受け取った場合は、こちらからご報告ください: "
    "https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GSNX5F5W7C8A8RRH",
    "ヘルプ＆カスタマーサービス: https://www.amazon.co.jp/gp/help/customer/display.html",
    "アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1",
]
JA_COPY = "© 2025 Amazon.com, Inc. or its affiliates. Amazon.co.jp および Amazon.co.jp のロゴは Amazon.com, Inc. またはその関連会社の商標です。"

# ---- ja notices
t, h = amz_pair(JP, JPB, "ja", "ご注文商品のキャンセルのお知らせ", "山田 太郎 様", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "誠に申し訳ございませんが、下記のご注文商品は、仕入先からの入荷の見込みが立たなくなったため、キャンセルさせていただきました。"
    "キャンセルされた商品の代金は請求されません。",
    "ご迷惑をおかけしましたことを深くお詫び申し上げます。同じ商品が他の出品者から購入できる場合があります。商品ページでご確認ください。",
    "注文履歴はこちらからご確認いただけます: https://www.amazon.co.jp/gp/css/order-history",
], order="250-4817263-5092846", order_label="注文番号", item_hdr="キャンセルされた商品",
    items=[("パナソニック ヘアードライヤー ナノケア EH-NA0J-A ディープネイビー", "数量: 1", "￥27,800")],
    footer=JA_FOOT, copyright_line=JA_COPY, preheader="ご注文商品をキャンセルいたしました")
entry("notice", "ja", "inventory_shortage", True, "amazon.co.jp", "supplier cannot restock; html template, auth",
      ("Amazon.co.jp", "order-update@amazon.co.jp"), ("山田 太郎", "taro.yamada.0612@gmail.com"),
      "ご注文商品のキャンセルのお知らせ（注文番号 250-4817263-5092846）", "alt", t, h,
      tcte="qp", hcte="qp", auth="pass", dkim=True, reply_to="no-reply@amazon.co.jp")

ja_pay_text = """Amazon.co.jp
------------------------------------------------------------

佐藤 美咲 様

いつもAmazon.co.jpをご利用いただきありがとうございます。

ご注文 #503-2290471-8836512 について、ご指定のクレジットカードの承認が得られませんでした。
先日お送りしたEメールにてお支払い方法の変更をお願いしておりましたが、期限までにお支払い情報の更新を確認できなかったため、
誠に恐れ入りますが、ご注文をキャンセルいたしました。

キャンセルされた商品:
  象印 圧力IH炊飯ジャー 5.5合 NW-JY10-BA  数量: 1  ￥49,800

このご注文に対する請求は発生しておりません。
引き続き商品をご希望の場合は、お支払い方法をご確認のうえ、改めてご注文ください。

お支払い方法の管理:
https://www.amazon.co.jp/cpe/yourpayments/wallet

お支払いについてのヘルプ:
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201895050

------------------------------------------------------------
このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。

Amazon.co.jpがEメールや電話で、お客様のパスワード、クレジットカード番号、銀行口座番号をお尋ねすることはありません。
Amazon.co.jpを装った不審なEメールを受け取った場合は、以下からご報告ください。
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GSNX5F5W7C8A8RRH

アマゾンジャパン合同会社
"""
entry("notice", "ja", "payment_issue", True, "amazon.co.jp",
      "card not authorised, payment revision not made before deadline; text-only iso-2022-jp, auth",
      ("Amazon.co.jp", "payments-messages@amazon.co.jp"), ("佐藤 美咲", "misaki.sato@outlook.jp"),
      "Amazon.co.jp ご注文のキャンセル：お支払いの承認が得られませんでした", "text", ja_pay_text,
      tcs="iso-2022-jp", tcte=None, subj_cs="iso-2022-jp", auth="pass")

t, h = amz_pair(JP, JPB, "ja", "ご注文のキャンセルについて", "鈴木 健一 様", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "ご注文いただいた下記の商品について、システムの不具合により、商品ページに誤った価格が表示されていたことが判明いたしました。"
    "誠に勝手ながら、このご注文はキャンセルさせていただきました。",
    "ご注文時のお支払い方法に対する請求は行われておりません。クレジットカードの利用明細に一時的な与信枠の確保が表示される場合がありますが、"
    "数日以内に自動的に解除されます。",
    "ご不便をおかけしましたことを深くお詫び申し上げます。",
], order="249-7705318-3026649", order_label="注文番号", item_hdr="キャンセルされた商品",
    items=[("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック", "数量: 2", "￥4,980")],
    footer=JA_FOOT, copyright_line=JA_COPY)
entry("notice", "ja", "technical_issue", True, "amazon.co.jp", "wrong price shown due to system fault; html-only base64",
      ("Amazon.co.jp", "order-update@amazon.co.jp"), ("鈴木 健一", "k-suzuki@ocn.example.ne.jp"),
      "Amazon.co.jp ご注文 249-7705318-3026649 のキャンセルについて", "html", html=h, hcte="base64")

t, h = amz_pair(JP, JPB, "ja", "アカウントの一時保留とご注文のキャンセル", "高橋 直樹 様", [
    "お客様のAmazon.co.jpアカウントで、通常とは異なるご注文が確認されました。お客様とAmazon.co.jpを保護するため、"
    "アカウントを一時的に保留とし、下記のご注文をキャンセルいたしました。",
    "アカウントの保留を解除するには、Amazon.co.jpにサインインし、画面の指示に従ってご本人確認の手続きを行ってください。"
    "安全のため、このEメールのリンクではなく、ブラウザでAmazon.co.jpを直接開いてサインインすることをおすすめします。",
    "確認が完了するまで、新しいご注文はお受けできません。キャンセルされたご注文の代金は請求されません。",
], order="250-1148803-6671420", order_label="注文番号", item_hdr="キャンセルされた商品",
    items=[("Apple iPad Air 11インチ Wi-Fi 128GB スペースグレイ", "数量: 1", "￥98,800"),
           ("Apple Gift Card 10,000円分 Eメールタイプ", "数量: 3", "￥30,000")],
    footer=JA_FOOT, copyright_line=JA_COPY)
entry("notice", "ja", "fraud_prevention", True, "amazon.co.jp", "unusual activity, account on hold, identity check",
      ("Amazon.co.jp", "cs-reply@amazon.co.jp"), ("高橋 直樹", "naoki.t@gmail.com"),
      "Amazon.co.jp アカウントの一時保留とご注文のキャンセルについて", "alt", t, h,
      tcte="base64", hcte="base64", auth="pass")

ja_cust_text = """Amazon.co.jp ご注文のキャンセル
------------------------------------------------------------
伊藤 由美 様

Amazon.co.jpをご利用いただき、ありがとうございます。
お客様のご要望により、以下の商品のキャンセルを承りました。

注文番号: 503-8826140-1937255
キャンセルされた商品:
  Anker PowerCore 10000 (10000mAh 大容量 モバイルバッテリー) ブラック
  数量: 1
キャンセル理由: お客様によるキャンセル

この商品の代金は請求されません。すでにお支払いが完了している場合は、ご利用のお支払い方法に返金いたします。
ご注文の詳細は注文履歴でご確認いただけます。
https://www.amazon.co.jp/gp/css/order-history

またのご利用をお待ちしております。
Amazon.co.jp
------------------------------------------------------------
このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
Amazon.co.jpがEメールや電話で、お客様のパスワードやクレジットカード番号をお尋ねすることはありません。
クレジットカードの番号や有効期限が変更された場合は、アカウントサービスから更新してください。
https://www.amazon.co.jp/cpe/yourpayments/wallet
"""
entry("notice", "ja", "customer_request", True, "amazon.co.jp", "customer cancelled; text-only utf-8 8bit",
      ("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ("伊藤 由美", "yumi.ito@yahoo.co.jp"),
      "Amazon.co.jp ご注文のキャンセルを承りました：「Anker PowerCore 10000...」", "text", ja_cust_text,
      tcte=None, subj_cs="utf-8")

t, h = amz_pair(JP, JPB, "ja", "ご注文はキャンセルされました", "渡辺 翔 様", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "以下のご注文はキャンセルされました。キャンセルされた商品の代金は請求されません。",
    "ご不明な点がございましたら、カスタマーサービスまでお問い合わせください: https://www.amazon.co.jp/gp/help/customer/contact-us",
], order="249-6630184-2271509", order_label="注文番号", item_hdr="キャンセルされた商品",
    items=[("サントリー 天然水 2L×9本", "数量: 2", "￥2,376"), ("キッチンペーパー 4ロール×6パック", "数量: 1", "￥1,598")],
    footer=JA_FOOT, copyright_line=JA_COPY)
entry("notice", "ja", "unknown", False, "amazon.co.jp", "cancelled, no reason given; text iso-2022-jp + html utf-8",
      ("Amazon.co.jp", "order-update@amazon.co.jp"), ("渡辺 翔", "sho.watanabe@gmail.com"),
      "Amazon.co.jp ご注文 249-6630184-2271509 はキャンセルされました", "alt", t, h,
      tcs="iso-2022-jp", tcte=None, hcte="qp", subj_cs="iso-2022-jp", reply_to="no-reply@amazon.co.jp")

# ---- ja non-notices
shop_txt = """中村 恵子 様

この度は「北欧雑貨と暮らしの店 ソルヴィ」をご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文いただいた商品が仕入先の欠品により入荷できないことが判明したため、
ご注文をキャンセルさせていただきました。

■ご注文番号: SV-20250418-0372
■商品: ARABIA パラティッシ プレート 21cm ブラック × 2
■お支払い方法: Amazon Pay

Amazon Payでお支払いのご注文につきましては、Amazon Pay経由で全額を返金いたします。
返金の反映時期はご利用のカード会社により異なります。Amazonアカウントの「Amazon Pay ご利用履歴」からもご確認いただけます。

ご迷惑をおかけいたしましたことを心よりお詫び申し上げます。

-----------------------------------------
北欧雑貨と暮らしの店 ソルヴィ
https://solvi-zakka.example.jp/
お問い合わせ: shop@solvi-zakka.example.jp
営業時間 平日10:00-17:00
-----------------------------------------
"""
entry("non_notice", "ja", None, False, None, "other shop's own cancellation, paid via Amazon Pay",
      ("北欧雑貨と暮らしの店 ソルヴィ", "shop@solvi-zakka.example.jp"), ("中村 恵子", "keiko.nakamura@gmail.com"),
      "【ソルヴィ】ご注文キャンセルのお知らせ（SV-20250418-0372）", "alt", shop_txt,
      simple_html(shop_txt.split("\n\n"), "ja"), tcte="qp", hcte="qp", style="shop", tz=540)

friend_txt = """健太へ

週末のキャンプの件、了解。
例のAmazonで頼んでたテント、結局キャンセルしといたよ。
届くのが来週になるって表示されてたから間に合わないと思って。
代わりに先輩のを借りられることになったので、当日持っていきます。

あと炭と着火剤はこっちで買っておく。
金曜の夜に一度LINEするね。

大輔
"""
entry("non_notice", "ja", None, False, None, "friend says he cancelled his own Amazon order",
      ("小林 大輔", "daisuke.kobayashi88@gmail.com"), ("", "kenta.m@example.ne.jp"),
      "Re: 週末のキャンプの件", "text", friend_txt, tcs="iso-2022-jp", tcte=None, subj_cs="iso-2022-jp",
      from_cs="iso-2022-jp", style="gmail", tz=540,
      extra=[("In-Reply-To", "<CAKx9e2Lr0Q@mail.gmail.com>"), ("X-Mailer", "Becky! ver. 2.81.04")])

news_paras = [
    "<h2 style=\"color:#1a4b8c\">ネットあんしん通信 第214号</h2>",
    "今週のトピック: 「ご注文がキャンセルされました」を装うフィッシングにご注意ください",
    "大手通販サイトを装い、「注文がキャンセルされた」と不安をあおるフィッシングメールの報告が増えています。"
    "最近確認された件名の例は次のとおりです。",
    "<blockquote style=\"border-left:4px solid #c00;padding-left:8px\">【Amazon】ご注文がキャンセルされました：お支払い情報を更新してください<br>"
    "Amazon.co.jp：アカウントが一時停止され、ご注文 #250-XXXXXXX-XXXXXXX はキャンセルされます</blockquote>",
    "これらのメールはリンク先で Amazon そっくりのサインイン画面を表示し、IDやパスワード、クレジットカード情報を入力させようとします。"
    "本物のお知らせかどうか迷ったときは、メール内のリンクを使わず、公式アプリやブックマークから注文履歴を確認しましょう。",
    "不審なメールを受け取ったら、フィッシング対策協議会（https://www.antiphishing.jp/）への情報提供もご検討ください。",
    "配信停止はこちら: https://news.net-anshin.example.jp/unsubscribe",
]
entry("non_notice", "ja", None, False, None, "security newsletter quoting fake Amazon cancellation subjects",
      ("ネットあんしん通信", "mag@news.net-anshin.example.jp"), ("", "h.kato@example.ne.jp"),
      "【ネットあんしん通信】「注文キャンセル」を装うフィッシングが急増中", "html",
      html=simple_html(news_paras, "ja"), hcte="base64", style="news", tz=540,
      extra=[("List-Unsubscribe", "<https://news.net-anshin.example.jp/unsubscribe>")])

t, h = amz_pair(JP, JPB, "ja", "設置サービスのご訪問予約がキャンセルされました", "松本 さくら 様", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "ご注文の商品に付帯する「標準設置サービス」について、ご予約いただいていた訪問日時（6月14日 午前）が、施工業者の都合によりキャンセルとなりました。"
    "誠に申し訳ございません。",
    "ご注文そのものはキャンセルされておらず、商品は予定どおりお届けします。新しい訪問日時は、下記のページから再度ご予約ください。",
], order="503-6610274-5583091", order_label="注文番号",
    items=[("日立 ドラム式洗濯乾燥機 ビッグドラム BD-STX130J", "数量: 1", "￥298,000")],
    buttons=[("訪問日時を予約する", "https://www.amazon.co.jp/hz/services/appointment?orderId=503-6610274-5583091")],
    footer=JA_FOOT, copyright_line=JA_COPY)
entry("non_notice", "ja", None, False, "amazon.co.jp", "installation appointment cancelled, order itself stands",
      ("Amazon.co.jp", "no-reply@amazon.co.jp"), ("松本 さくら", "sakura.matsumoto@gmail.com"),
      "設置サービスのご訪問予約がキャンセルされました", "alt", t, h, tcte="qp", hcte="qp")

prime_txt = """Amazonプライム

木村 拓也 様

Amazonプライム会員の登録キャンセルを承りました。

お客様のプライム会員特典は、2025年8月31日までご利用いただけます。それ以降、会費は請求されません。
Prime Video、Amazon Music Prime、お急ぎ便などの特典は、上記の日付まで引き続きご利用いただけます。

プライム会員に再度ご登録いただく場合は、いつでも以下のページから手続きできます。
https://www.amazon.co.jp/gp/primecentral

※このEメールは配信専用のアドレスから送信されています。
Amazon.co.jpがEメールでパスワードやクレジットカード番号をお尋ねすることはありません。
"""
entry("non_notice", "ja", None, False, "amazon.co.jp", "Prime membership cancellation confirmed",
      ("Amazonプライム", "no-reply@amazon.co.jp"), ("木村 拓也", "takuya.kimura@icloud.com"),
      "Amazonプライム会員登録のキャンセルを承りました", "text", prime_txt, tcte="base64")

t, h = amz_pair(JP, JPB, "ja", "お支払い方法の更新のお願い", "井上 真由美 様", [
    "ご注文のお支払いに使用されたクレジットカードの承認が得られなかったため、現在ご注文の発送を保留しています。",
    "2025年3月12日までにお支払い方法を更新してください。期限までに更新が確認できない場合、ご注文はキャンセルされます。",
    "お支払い方法の更新は、注文履歴から該当のご注文を選択し、「お支払い方法の変更」をクリックしてください。",
], order="250-9034716-1182530", order_label="注文番号",
    items=[("ダイソン Dyson V12 Detect Slim コードレス掃除機", "数量: 1", "￥89,980")],
    buttons=[("お支払い方法を更新する", "https://www.amazon.co.jp/gp/css/order-history")],
    footer=JA_FOOT, copyright_line=JA_COPY)
entry("non_notice", "ja", None, False, "amazon.co.jp", "genuine payment-revision reminder; order not cancelled yet",
      ("Amazon.co.jp", "payments-messages@amazon.co.jp"), ("井上 真由美", "mayumi.inoue@gmail.com"),
      "Amazon.co.jp ご注文のお支払い方法を更新してください", "alt", t, h, tcte=None, hcte=None,
      auth="pass")

# ---- ja lookalikes
EVIL_JP1 = "https://amazon-orders.help/jp/signin?ref=cxl&sid=" + tok(20, string.ascii_lowercase + string.digits)
ph1 = """Amazonカスタマーサービスです。

お客様のご要望により、以下のご注文をキャンセルいたしました。

注文番号：#AMZ-88213
商品：Apple iPhone 15 Pro Max 256GB
返金額：￥189,800

このキャンセルにお心当たりがない場合、第三者による不正操作の可能性があります。
24時間以内に下記のAmazonサポートセンターまでお電話ください。
お電話がない場合、返金処理は取り消されます。

Amazonサポートセンター（24時間対応）
TEL：050-6861-4429

Amazon.co.jp
"""
entry("lookalike", "ja", "customer_request", True, None, "callback number scam, gmail sender, malformed order no",
      ("Amazon サポート", "amazonjp.support2025@gmail.com"), ("", "yamamoto.h@example.ne.jp"),
      "Amazon ご注文キャンセルのお知らせ #AMZ-88213", "text", ph1, tcte=None, style="gmail", tz=540,
      auth="mx.example.ne.jp; spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; "
           "dmarc=pass header.from=gmail.com")

ph2 = [
    "<div style=\"max-width:600px;margin:auto;font-family:'Hiragino Sans',Meiryo,sans-serif\">"
    "<img src=\"https://i.imgur.com/amzlogo_jp.png\" width=\"120\" alt=\"amazon.co.jp\">",
    "<h3>アカウントが一時停止されました</h3>",
    "お客様のアカウントで異常なログインが検出されたため、アカウントは一時停止され、処理中のご注文はキャンセルされました。",
    "アカウントを復旧するには、以下の確認コードを24時間以内に入力してください。",
    "<p style=\"font-size:28px;letter-spacing:6px;font-weight:bold\">739204</p>",
    "<p><a href=\"https://amazon.co.jp.secure-id.icu/verify?c=739204\" style=\"background:#f0c14b;padding:10px 24px;"
    "color:#111;text-decoration:none\">アカウントを復旧する</a></p>",
    "期限内に確認が行われない場合、アカウントは永久に利用できなくなります。",
    "Amazon.co.jp セキュリティチーム</div>",
]
entry("lookalike", "ja", "fraud_prevention", True, None,
      "Cyrillic A in display name; account suspended + order cancelled, enter code; amazon.co.jp.<evil> link",
      ("Аmazon.co.jp", "no-reply@amazon-co-jp.account-service.top"), ("", "m.ishikawa@example.jp"),
      "【重要】アカウント一時停止とご注文キャンセルのお知らせ", "html", html=simple_html(ph2, "ja"), hcte="qp",
      style="phish", tz=480,
      auth="mx.example.jp; spf=softfail smtp.mailfrom=account-service.top; dkim=none; dmarc=none")

ph3 = """お客様各位

いつもAmazonをご利用いただきありがとうございます。
お客様のご注文のお支払いがカード会社により承認されませんでした。
このままではご注文は本日中にキャンセルされます。

ご注文を継続するには、このメールに返信する形で以下の情報をお送りください。

・カード名義
・カード番号（16桁）
・有効期限
・セキュリティコード（裏面3桁）
・生年月日

確認が取れ次第、ご注文の発送手続きを再開いたします。

Amazonカスタマーサービス
"""
entry("lookalike", "ja", "payment_issue", True, None,
      "reply with card details, outlook sender, no order number, will be cancelled",
      ("Amazon カスタマーサービス", "amazon.jp.cs-desk@outlook.com"), ("", "tanaka.ryo@example.ne.jp"),
      "ご注文のお支払いが承認されませんでした（要返信）", "text", ph3, tcs="iso-2022-jp", tcte=None,
      subj_cs="iso-2022-jp", from_cs="iso-2022-jp", style="outlook", tz=540,
      reply_to="amazon-billing-jp@outlook.com")

EVIL_JP4 = lambda u: "https://amazon-orders.help/jp/r?u=" + tok(16, string.ascii_lowercase + string.digits)
t, h = amz_pair(JP, JPB, "ja", "ご注文商品のキャンセルと返金手続きのお願い", "お客様", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "誠に申し訳ございませんが、下記の商品は在庫切れのため、ご注文をキャンセルいたしました。",
    "返金を受け取るには、72時間以内に注文履歴からお支払い情報の確認を完了してください: https://www.amazon.co.jp/gp/css/order-history",
    "確認が完了しない場合、返金が遅れる可能性があります。",
], order="250-3394027-6618204", order_label="注文番号", item_hdr="キャンセルされた商品",
    items=[("Nintendo Switch（有機ELモデル） ホワイト", "数量: 1", "￥37,980")],
    buttons=[("返金手続きを行う", "https://www.amazon.co.jp/gp/css/order-history")],
    footer=JA_FOOT, copyright_line=JA_COPY, linker=EVIL_JP4, text_linker=EVIL_JP4)
entry("lookalike", "ja", "inventory_shortage", True, None,
      "polished template copy; visible amazon.co.jp URLs, hrefs to amazon-orders.help",
      ("Amazon.co.jp", "order-update@amazon-orders.help"), ("", "yuki.fujita@gmail.com"),
      "ご注文商品のキャンセルのお知らせ（注文番号 250-3394027-6618204）", "alt", t, h, tcte="qp", hcte="qp",
      style="phish", dkim="amazon-orders.help",
      auth="mx.google.com; dkim=pass header.d=amazon-orders.help; spf=pass smtp.mailfrom=amazon-orders.help; "
           "dmarc=none header.from=amazon-orders.help")

ph5t = """Αmazοn.co.jp

お客様のご注文処理中にシステムエラーが発生し、ご注文はキャンセルされました。
また、同エラーによりご登録のカードに二重請求が発生しております。

返金を受け取るには以下のページでカード情報を再登録してください。
http://amaz0n-jp.com/refund/form

注文番号: 250-1108273-554
"""
ph5h = simple_html([
    "<b>Αmazοn.co.jp</b>",
    "お客様のご注文処理中に<b>システムエラー</b>が発生し、ご注文はキャンセルされました。",
    "また、同エラーによりご登録のカードに二重請求が発生しております。",
    "<p><a href=\"http://amaz0n-jp.com/refund/form\">https://www.amazon.co.jp/refund</a></p>",
    "注文番号: 250-1108273-554",
], "ja")
entry("lookalike", "ja", "technical_issue", True, None,
      "Greek Alpha/omicron in display name, amaz0n domain, double-charge glitch, truncated order no",
      ("Αmazοn.co.jp", "info@amaz0n-jp.com"), ("", "s.okada@example.ne.jp"),
      "システムエラーによるご注文キャンセルと返金のご案内", "alt", ph5t, ph5h, tcte="base64", hcte="base64",
      style="phish", tz=540, auth="mx.example.ne.jp; spf=neutral smtp.mailfrom=amaz0n-jp.com; dkim=none; dmarc=none")

ph6 = [
    "<table width=\"100%\" style=\"background:#232f3e\"><tr><td style=\"color:#fff;font-size:20px;padding:10px\">amazon.co.jp</td></tr></table>",
    "お支払い情報の確認ができませんでした。",
    "お客様のお支払い方法に問題があるため、24時間以内にお支払い情報を更新しない場合、ご注文は自動的にキャンセルされます。",
    "<p><a href=\"https://amazon.co.jp.kakunin-center.xyz/ap/signin\">お支払い情報を更新する</a></p>",
    "(c) Amazon.com, Inc. or its affiliates",
]
entry("lookalike", "ja", "payment_issue", True, None,
      "amazon.co.jp.<evil>.xyz sender and link, will be cancelled within 24h; html iso-2022-jp",
      ("Amazon.co.jp", "security@amazon.co.jp.kakunin-center.xyz"), ("", "aoki.jun@example.jp"),
      "[Amazon.co.jp] お支払い情報の更新が必要です - ご注文は24時間後にキャンセルされます", "html",
      html=simple_html(ph6, "ja"), hcs="iso-2022-jp", hcte=None, subj_cs="iso-2022-jp", style="phish", tz=480)

ph7 = """Amazonからのお知らせ

お客様のご注文はキャンセルされました。
詳細は以下よりご確認ください。

https://bit.ly/3amzn-jp-cxl

Amazon
"""
entry("lookalike", "ja", "unknown", False, None, "crude, yahoo sender, no order number, no reason, shortener link",
      ("Amazon", "amazon_jp_info2024@yahoo.co.jp"), ("", "nishida@example.ne.jp"),
      "【重要】Amazonご注文キャンセルのお知らせ", "text", ph7, tcte="qp", style="yahoo", tz=540)

EVIL_JP8 = lambda u: "https://signin.amazon-jp.co-support.net/ap/signin?openid=" + tok(12, HEX)
t, h = amz_pair(JP, JPB, "ja", "ご注文のキャンセルとアカウントのロック", "お客様", [
    "お客様のアカウントで不正なアクセスが検出されたため、安全のためご注文をキャンセルし、アカウントをロックしました。",
    "アカウントのロックを解除するには、48時間以内にサインインしてご本人確認を完了してください。",
    "期限を過ぎると、アカウントに関連付けられたすべてのご注文とギフトカード残高が無効になります。",
], order="250-3391827-448", order_label="注文番号", item_hdr="キャンセルされた商品",
    items=[("Amazonギフトカード 50,000円分", "数量: 1", "￥50,000")],
    buttons=[("Amazon.co.jpにサインイン", "https://www.amazon.co.jp/ap/signin")],
    footer=JA_FOOT, copyright_line=JA_COPY, linker=EVIL_JP8, text_linker=EVIL_JP8)
entry("lookalike", "ja", "fraud_prevention", True, None,
      "polished; malformed order no (short last group); co-support.net domain with dkim pass",
      ("Amazon.co.jp", "account-update@amazon-jp.co-support.net"), ("", "r.hayashi@gmail.com"),
      "Amazon.co.jp ご注文のキャンセルとアカウントのロックについて", "alt", t, h, tcte="base64", hcte="base64",
      style="phish", dkim="co-support.net",
      auth="mx.google.com; dkim=pass header.d=co-support.net; spf=pass smtp.mailfrom=co-support.net; "
           "dmarc=none header.from=amazon-jp.co-support.net")


# ==================================================================== TURKISH
TRH = "amazon.com.tr"
TRB = "Amazon.com.tr"
TR_FOOT = [
    "Bu e-posta, gelen mesajları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu e-postayı yanıtlamayın.",
    "Amazon.com.tr sizden hiçbir zaman e-posta veya telefon yoluyla şifrenizi, kredi kartı numaranızı ya da banka "
    "hesap bilgilerinizi istemez.",
    "Kredi kartı numaranız veya son kullanma tarihiniz değiştiyse, Hesabım bölümündeki Ödeme Seçenekleri sayfasından "
    "güncelleyebilirsiniz: https://www.amazon.com.tr/cpe/yourpayments/wallet",
    "Amazon.com.tr'den geldiğini iddia eden şüpheli bir e-posta aldıysanız lütfen bize bildirin: "
    "https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GSNX5F5W7C8A8RRH",
    "Yardım ve Müşteri Hizmetleri: https://www.amazon.com.tr/gp/help/customer/display.html",
    "Amazon Turkey Perakende Hizmetleri Ltd. Şti., Esentepe Mah. Büyükdere Cad. No:199, Şişli, İstanbul",
]
TR_COPY = "© 2025 Amazon.com, Inc. veya bağlı şirketleri. Amazon, Amazon.com.tr ve Amazon.com.tr logosu Amazon.com, Inc. veya bağlı şirketlerinin ticari markalarıdır."

# ---- tr notices
t, h = amz_pair(TRH, TRB, "tr", "Siparişinizdeki bir ürün iptal edildi", "Merhaba Elif Yılmaz,", [
    "Maalesef aşağıdaki ürün stoklarımızda kalmadığı ve tedarikçimiz tarafından temin edilemediği için siparişinizden "
    "iptal edildi. Bu ürün için sizden herhangi bir ücret tahsil edilmeyecektir.",
    "Yaşadığınız aksaklık için özür dileriz. Ürün yeniden stoğa girdiğinde ürün sayfasından tekrar sipariş verebilirsiniz.",
    "Siparişlerinizi görüntülemek için: https://www.amazon.com.tr/gp/css/order-history",
    "Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
], order="405-7719204-3328150", order_label="Sipariş", item_hdr="İptal edilen ürün",
    items=[("Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü", "Adet: 1", "7.499,00 TL")], footer=TR_FOOT)
entry("notice", "tr", "inventory_shortage", True, "amazon.com.tr", "out of stock, supplier cannot source; text-only latin-5 QP",
      ("Amazon.com.tr", "order-update@amazon.com.tr"), ("Elif Yılmaz", "elif.yilmaz@gmail.com"),
      "Amazon.com.tr siparişinizdeki 1 ürün iptal edildi (405-7719204-3328150)", "text", t,
      tcs="iso-8859-9", tcte="qp", subj_cs="iso-8859-9", reply_to="no-reply@amazon.com.tr")

t, h = amz_pair(TRH, TRB, "tr", "Siparişiniz iptal edildi: ödeme alınamadı", "Merhaba Mehmet Kaya,", [
    "405-2286091-7740512 numaralı siparişiniz için kullandığınız kredi kartından ödeme alınamadı. Bankanız işlemi "
    "onaylamadı veya kartınızın son kullanma tarihi geçmiş olabilir.",
    "Daha önce size gönderdiğimiz e-postada ödeme bilgilerinizi güncellemenizi rica etmiştik. Belirtilen süre içinde "
    "ödeme bilgileriniz güncellenmediği için siparişinizi iptal ettik.",
    "Bu sipariş için sizden herhangi bir ücret tahsil edilmedi. Ürünleri hâlâ satın almak istiyorsanız, geçerli bir "
    "ödeme yöntemiyle yeni bir sipariş verebilirsiniz.",
], order="405-2286091-7740512", order_label="Sipariş", item_hdr="İptal edilen ürünler",
    items=[("Logitech MX Master 3S Kablosuz Mouse, Grafit", "Adet: 1", "3.899,00 ₺"),
           ("Logitech MX Keys S Klavye, Türkçe Q", "Adet: 1", "4.749,00 ₺")],
    buttons=[("Ödeme yöntemlerini yönet", "https://www.amazon.com.tr/cpe/yourpayments/wallet")],
    footer=TR_FOOT, copyright_line=TR_COPY)
entry("notice", "tr", "payment_issue", True, "amazon.com.tr", "card declined/expired, payment not revised in time",
      ("Amazon.com.tr", "payments-messages@amazon.com.tr"), ("Mehmet Kaya", "mehmetkaya34@hotmail.com"),
      "Amazon.com.tr siparişiniz 405-2286091-7740512 iptal edildi", "alt", t, h, tcte="qp", hcte="qp",
      subj_cs="utf-8")

t, h = amz_pair(TRH, TRB, "tr", "Siparişiniz iptal edildi", "Merhaba Hakan Çelik,", [
    "Ürün sayfasında yaşanan teknik bir hata nedeniyle aşağıdaki ürün yanlış fiyatla listelendi. Bu nedenle "
    "siparişinizi iptal etmek zorunda kaldık.",
    "Ödeme yönteminizden herhangi bir tutar tahsil edilmedi. Kartınızda görünen provizyon, bankanıza bağlı olarak "
    "birkaç iş günü içinde otomatik olarak kaldırılacaktır.",
    "Yaşanan bu durum için özür dileriz.",
], order="406-5530172-9914836", order_label="Sipariş", item_hdr="İptal edilen ürün",
    items=[("Samsung Galaxy S24 Ultra 256 GB Titanyum Siyah", "Adet: 1", "1.249,00 ₺")],
    footer=TR_FOOT, copyright_line=TR_COPY)
entry("notice", "tr", "technical_issue", True, "amazon.com.tr", "listed at wrong price due to technical error; html-only",
      ("Amazon.com.tr", "order-update@amazon.com.tr"), ("Hakan Çelik", "hakan.celik@gmail.com"),
      "Amazon.com.tr siparişiniz 406-5530172-9914836 iptal edildi", "html", html=h, hcte="base64",
      auth="pass", dkim=True)

t, h = amz_pair(TRH, TRB, "tr", "Hesabınız geçici olarak askıya alındı", "Merhaba Selin Arslan,", [
    "Hesabınızda olağan dışı bir etkinlik tespit ettik. Sizi ve Amazon.com.tr'yi korumak amacıyla hesabınızı geçici "
    "olarak askıya aldık ve aşağıdaki siparişinizi iptal ettik.",
    "Hesabınızı yeniden kullanabilmek için Amazon.com.tr'de oturum açın ve ekrandaki talimatları izleyerek kimlik "
    "doğrulama işlemini tamamlayın. Güvenliğiniz için bu e-postadaki bağlantılar yerine tarayıcınıza doğrudan "
    "amazon.com.tr yazmanızı öneririz.",
    "Doğrulama tamamlanana kadar yeni sipariş veremezsiniz. İptal edilen sipariş için herhangi bir ücret tahsil edilmedi.",
], order="402-8841207-3359018", order_label="Sipariş", item_hdr="İptal edilen ürün",
    items=[("Apple AirPods Pro (2. nesil) USB-C", "Adet: 4", "39.996,00 ₺")],
    footer=TR_FOOT, copyright_line=TR_COPY)
entry("notice", "tr", "fraud_prevention", True, "amazon.com.tr", "unusual activity, account suspended, identity verification",
      ("Amazon.com.tr", "cs-reply@amazon.com.tr"), ("Selin Arslan", "selin.arslan@outlook.com"),
      "Amazon.com.tr hesabınız ve siparişiniz hakkında önemli bilgi", "alt", t, h, tcte="base64", hcte="base64")

tr_cust = """Amazon.com.tr
------------------------------------------------------------------------

Merhaba Zeynep Demir,

İptal talebiniz alındı. Aşağıdaki ürün, isteğiniz üzerine 407-1937724-6602188
numaralı siparişinizden iptal edilmiştir.

İptal edilen ürün:
    Karaca Hatır Plus Mod Türk Kahve Makinesi, Rosegold
    Adet: 1
İptal nedeni: Müşteri tarafından iptal edildi

Bu ürün için ödeme alındıysa, tutar 3-5 iş günü içinde ödeme yönteminize iade edilecektir.
Siparişinizin güncel durumunu Siparişlerim sayfasından görebilirsiniz:
https://www.amazon.com.tr/gp/css/order-history

Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.

------------------------------------------------------------------------
Bu e-posta, gelen mesajları kabul etmeyen bir adresten gönderilmiştir.
Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi veya kart bilgilerinizi istemez.
Şüpheli e-postaları bildirmek için: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GSNX5F5W7C8A8RRH
"""
entry("notice", "tr", "customer_request", True, "amazon.com.tr", "customer-requested item cancellation; text 8bit",
      ("Amazon.com.tr", "auto-confirm@amazon.com.tr"), ("Zeynep Demir", "zeynepdemir@yandex.com.tr"),
      "Ürün başarıyla iptal edildi: \"Karaca Hatır Plus Mod Türk Kahve Makinesi...\"", "text", tr_cust,
      tcte=None, auth="pass")

t, h = amz_pair(TRH, TRB, "tr", "Siparişiniz iptal edildi", "Merhaba Oğuz Şahin,", [
    "Kargo firmamız, siparişinizde belirttiğiniz teslimat adresine ulaşamadı ve adres bilgileriniz doğrulanamadı. "
    "Bu nedenle gönderi teslim edilemedi ve siparişiniz iptal edildi.",
    "Ödediğiniz tutar, ürün depomuza ulaştıktan sonra ödeme yönteminize iade edilecektir.",
    "Adres bilgilerinizi Hesabım > Adreslerim sayfasından kontrol edebilirsiniz: https://www.amazon.com.tr/a/addresses",
], order="405-6628810-1147723", order_label="Sipariş", item_hdr="İptal edilen ürün",
    items=[("Tefal Ingenio Easy On 13 Parça Tencere Seti", "Adet: 1", "2.899,00 TL")],
    footer=TR_FOOT, copyright_line=TR_COPY)
entry("notice", "tr", "unknown", True, "amazon.com.tr", "address undeliverable -> cancelled (reason fits none of four)",
      ("Amazon.com.tr", "order-update@amazon.com.tr"), ("Oğuz Şahin", "oguz.sahin@gmail.com"),
      "Siparişiniz iptal edildi: 405-6628810-1147723", "alt", t, h, tcs="iso-8859-9", tcte=None,
      hcs="iso-8859-9", hcte=None, subj_cs="iso-8859-9", auth="pass")

# ---- tr non-notices
hb_txt = """Merhaba Burak Aydın,

2504171830245 numaralı siparişinizdeki aşağıdaki ürün, satıcının stokta ürün kalmadığını bildirmesi üzerine iptal edildi.

Ürün: Amazon Kindle Paperwhite (16 GB) - 7 inç ekran, Siyah
Satıcı: TeknoDünya Elektronik
Tutar: 6.299,00 TL

Ödemeniz, kartınıza 2-7 iş günü içinde iade edilecektir. İade tutarının hesabınıza yansıma süresi bankanıza göre değişebilir.

Benzer ürünleri incelemek için Hepsiburada'yı ziyaret edebilirsiniz: https://www.hepsiburada.com/

Hepsiburada Müşteri Hizmetleri
"""
entry("non_notice", "tr", None, False, None, "Hepsiburada cancels an 'Amazon Kindle' item (other retailer)",
      ("Hepsiburada", "siparis@bildirim.hepsiburada.com"), ("Burak Aydın", "burak.aydin@gmail.com"),
      "Siparişinizdeki ürün iptal edildi", "alt", hb_txt, simple_html(hb_txt.split("\n\n"), "tr"),
      tcte="qp", hcte="qp", style="shop", tz=180)

col_txt = """Selam Ayşe,

Toplantı odası için Amazon'dan sipariş ettiğim HDMI kablolarını iptal ettim, muhasebe
tedarikçiden toplu alacakmış. Kartıma iade gelince sana haber veririm, masraf formuna
eklemene gerek yok.

Projektör yine de perşembe gelecek, onu ben teslim alırım.

İyi çalışmalar,
Can Öztürk
Satın Alma | Bilgi İşlem
"""
entry("non_notice", "tr", None, False, None, "colleague cancelled his own Amazon order; latin-5 8bit",
      ("Can Öztürk", "can.ozturk@outlook.com"), ("Ayşe Koç", "ayse.koc@outlook.com"),
      "Amazon siparişi - HDMI kabloları", "text", col_txt, tcs="iso-8859-9", tcte=None, subj_cs="iso-8859-9",
      from_cs="iso-8859-9", style="outlook", tz=180)

tr_news = [
    "<h2>Siber Güvenlik Bülteni - Mart 2025</h2>",
    "Sahte 'sipariş iptali' e-postalarına dikkat!",
    "Son haftalarda büyük e-ticaret sitelerini taklit eden oltalama e-postalarında artış gözlemliyoruz. Bu e-postalar "
    "genellikle şu konu satırlarını kullanıyor:",
    "<blockquote style=\"border-left:3px solid #e47911;padding-left:10px\">\"Amazon siparişiniz iptal edildi - ödeme "
    "bilgilerinizi hemen doğrulayın\"<br>\"Hesabınız askıya alındı: #405-XXXXXXX-XXXXXXX numaralı sipariş iptal "
    "edilecek\"</blockquote>",
    "Gerçek bir mağaza sizden e-posta ile kart numaranızı veya şifrenizi istemez. Şüpheli bir e-posta aldığınızda "
    "bağlantılara tıklamayın; siparişlerinizi uygulamadan veya tarayıcıya adresi kendiniz yazarak kontrol edin.",
    "Şüpheli e-postaları USOM'a bildirebilirsiniz: https://www.usom.gov.tr/",
    "Bu bülteni almak istemiyorsanız: https://bulten.guvenlik-rehberi.example.com.tr/abonelik-iptal",
]
entry("non_notice", "tr", None, False, None, "security newsletter quoting fake cancellation subjects",
      ("Güvenlik Rehberi", "bulten@guvenlik-rehberi.example.com.tr"), ("", "m.yildiz@example.com.tr"),
      "Bülten: Sahte sipariş iptali e-postaları nasıl anlaşılır?", "html", html=simple_html(tr_news, "tr"),
      hcte="qp", style="news", tz=180,
      extra=[("List-Unsubscribe", "<https://bulten.guvenlik-rehberi.example.com.tr/abonelik-iptal>")])

t, h = amz_pair(TRH, TRB, "tr", "Amazon Prime üyeliğiniz iptal edildi", "Merhaba Deniz Kurt,", [
    "Amazon Prime üyeliğinizin iptal talebini aldık.",
    "Prime avantajlarınızdan 14 Eylül 2025 tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra "
    "üyelik ücreti tahsil edilmeyecektir.",
    "Fikrinizi değiştirirseniz, üyeliğinizi istediğiniz zaman yeniden başlatabilirsiniz: https://www.amazon.com.tr/prime",
], footer=TR_FOOT, copyright_line=TR_COPY)
entry("non_notice", "tr", None, False, "amazon.com.tr", "Prime membership cancelled",
      ("Amazon Prime", "no-reply@amazon.com.tr"), ("Deniz Kurt", "denizkurt@gmail.com"),
      "Amazon Prime üyeliğiniz iptal edildi", "alt", t, h, tcte="base64", hcte="base64")

tr_appt = """Amazon.com.tr

Merhaba Gökhan Erdem,

405-3318276-0092415 numaralı siparişiniz için 22 Kasım Cumartesi 09:00-13:00 aralığına planlanan
teslimat randevunuz, kargo firmasının araç planlaması nedeniyle iptal edildi.

Siparişiniz iptal edilmedi. Ürününüz depomuzda sizin için bekliyor.
Lütfen aşağıdaki bağlantıdan size uygun yeni bir teslimat zamanı seçin:
https://www.amazon.com.tr/gp/your-account/order-details?orderID=405-3318276-0092415

Ürün: Bosch Serie 6 Bulaşık Makinesi SMS6ECI07E

Anlayışınız için teşekkür ederiz.
Amazon.com.tr
"""
entry("non_notice", "tr", None, False, "amazon.com.tr", "large-item delivery appointment cancelled; order stands",
      ("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), ("Gökhan Erdem", "gokhan.erdem@gmail.com"),
      "Teslimat randevunuz iptal edildi - yeni bir zaman seçin", "text", tr_appt, tcte="qp", auth="pass")

t, h = amz_pair(TRH, TRB, "tr", "Ödeme bilgilerinizi güncelleyin", "Merhaba Cem Polat,", [
    "405-9902716-4481530 numaralı siparişinizin ödemesi bankanız tarafından onaylanmadı. Siparişinizi şimdilik beklemeye aldık.",
    "Lütfen 3 gün içinde ödeme bilgilerinizi güncelleyin. Bu süre içinde güncelleme yapılmazsa siparişiniz iptal edilecektir.",
    "Ödeme yöntemini değiştirmek için Siparişlerim sayfasında ilgili siparişi seçip 'Ödeme yöntemini değiştir' "
    "seçeneğine tıklayın: https://www.amazon.com.tr/gp/css/order-history",
], order="405-9902716-4481530", order_label="Sipariş",
    items=[("Arçelik 9 kg Çamaşır Makinesi 9120 M", "Adet: 1", "17.999,00 TL")], footer=TR_FOOT)
entry("non_notice", "tr", None, False, "amazon.com.tr", "genuine payment reminder, will be cancelled if not updated",
      ("Amazon.com.tr", "payments-messages@amazon.com.tr"), ("Cem Polat", "cem.polat@hotmail.com"),
      "Amazon.com.tr siparişiniz için ödeme bilgilerinizi güncelleyin", "alt", t, h, tcs="iso-8859-9",
      tcte="qp", hcs="iso-8859-9", hcte="qp", subj_cs="iso-8859-9", auth="pass")

# ---- tr lookalikes
tl1 = """Sayın Müşterimiz,

İptal talebiniz alınmıştır. #TR-77120 numaralı siparişiniz iptal edilmiş olup 29.999 TL tutarındaki
iade işleminiz başlatılmıştır.

Eğer bu iptal işlemini siz yapmadıysanız hesabınız tehlikede olabilir!
İadenin başka bir hesaba aktarılmaması için HEMEN Amazon Destek Hattımızı arayın:

  0850 305 71 94  (7/24 ücretsiz)

Amazon Müşteri Hizmetleri
"""
entry("lookalike", "tr", "customer_request", True, None, "callback number, gmail sender, malformed order no",
      ("Amazon Müşteri Hizmetleri", "amazon.tr.destek.merkezi@gmail.com"), ("", "fatma.uysal@example.com.tr"),
      "Siparişiniz iptal edildi - İade işlemi başlatıldı", "text", tl1, tcte=None, style="gmail", tz=180,
      auth="mx.example.com.tr; spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com")

tl2 = [
    "<div style=\"font-family:Arial;max-width:560px\"><h2 style=\"color:#e47911\">amazon.com.tr</h2>",
    "Değerli müşterimiz,",
    "Hesabınızda şüpheli giriş denemeleri tespit edildiği için hesabınız askıya alınmış ve bekleyen siparişiniz iptal edilmiştir.",
    "Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:",
    "<p style=\"font-size:26px;font-weight:bold;letter-spacing:5px\">482913</p>",
    "<p><a href=\"http://amazon-com-tr.account-lock.top/dogrula\" style=\"background:#ffd814;padding:10px 20px;"
    "color:#000;text-decoration:none\">Hesabı Doğrula</a></p>",
    "Kod 12 saat içinde kullanılmazsa hesabınız kalıcı olarak kapatılacaktır.</div>",
]
entry("lookalike", "tr", "fraud_prevention", True, None, "Cyrillic A and o in display name; suspension + code",
      ("Аmazоn.com.tr", "hesap@amazon-com-tr.account-lock.top"), ("", "serkan.tas@example.com.tr"),
      "Hesabınız askıya alındı - siparişiniz iptal edildi", "html", html=simple_html(tl2, "tr"), hcte="qp",
      style="phish", tz=0, auth="mx.example.com.tr; spf=fail smtp.mailfrom=account-lock.top; dkim=none; dmarc=none")

tl3 = """Merhaba,

Siparişinizin ödemesi bankanız tarafından reddedilmiştir. 24 saat içinde ödeme doğrulanmazsa
siparişiniz iptal edilecektir.

Siparişinizin devam etmesi için lütfen bu e-postayı yanıtlayarak aşağıdaki bilgileri gönderin:

- Kart üzerindeki isim
- Kart numarası
- Son kullanma tarihi
- CVV (kartın arkasındaki 3 haneli kod)
- T.C. kimlik numarası

Bilgileriniz güvenli şekilde işlenecektir.

Amazon Ödeme Birimi
"""
entry("lookalike", "tr", "payment_issue", True, None, "reply with card details, outlook sender, no order no, will be cancelled",
      ("Amazon Ödeme Birimi", "amazon.odeme.birimi@outlook.com"), ("", "ismail.gunes@example.com.tr"),
      "Ödemeniz reddedildi - sipariş iptal edilecek", "text", tl3, tcs="iso-8859-9", tcte="qp",
      subj_cs="iso-8859-9", from_cs="iso-8859-9", style="outlook", tz=180)

EVIL_TR4 = lambda u: "https://amazon-orders.help/tr/iade?t=" + tok(14, string.ascii_lowercase + string.digits)
t, h = amz_pair(TRH, TRB, "tr", "Siparişinizdeki ürün iptal edildi", "Merhaba,", [
    "Maalesef aşağıdaki ürün stokta kalmadığı için siparişiniz iptal edilmiştir.",
    "İade tutarının kartınıza aktarılabilmesi için 48 saat içinde kart bilgilerinizi doğrulamanız gerekmektedir: "
    "https://www.amazon.com.tr/gp/css/order-history",
    "Doğrulama yapılmazsa iade işleminiz gerçekleştirilemeyecektir.",
], order="405-6617283-2290417", order_label="Sipariş", item_hdr="İptal edilen ürün",
    items=[("Sony PlayStation 5 Slim Digital Edition", "Adet: 1", "21.499,00 ₺")],
    buttons=[("İadeyi al", "https://www.amazon.com.tr/gp/css/order-history")],
    footer=TR_FOOT, copyright_line=TR_COPY, linker=EVIL_TR4, text_linker=EVIL_TR4)
entry("lookalike", "tr", "inventory_shortage", True, None, "polished template; amazon.com.tr link text, hrefs to amazon-orders.help",
      ("Amazon.com.tr", "siparis@amazon-orders.help"), ("", "nur.aksoy@gmail.com"),
      "Amazon.com.tr siparişinizdeki 1 ürün iptal edildi (405-6617283-2290417)", "alt", t, h, tcte="qp", hcte="qp",
      style="phish", dkim="amazon-orders.help",
      auth="mx.google.com; dkim=pass header.d=amazon-orders.help; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=none")

tl5t = """Αmazon.com.tr

Sistem hatası nedeniyle siparişiniz iptal edildi ve kartınızdan iki kez ödeme alındı.
Fazla alınan tutarın iadesi için aşağıdaki formu doldurun:
http://amaz0n-tr.com/iade-formu

Sipariş No: 405-22817-99104
"""
tl5h = simple_html([
    "<b>Αmazon.com.tr</b>",
    "Sistem hatası nedeniyle siparişiniz iptal edildi ve kartınızdan <b>iki kez</b> ödeme alındı.",
    "Fazla alınan tutarın iadesi için aşağıdaki formu doldurun:",
    "<p><a href=\"http://amaz0n-tr.com/iade-formu\">www.amazon.com.tr/iade</a></p>",
    "Sipariş No: 405-22817-99104",
], "tr")
entry("lookalike", "tr", "technical_issue", True, None, "Greek Alpha display name, amaz0n domain, glitch/double charge, malformed no",
      ("Αmazon.com.tr", "noreply@amaz0n-tr.com"), ("", "emre.kilic@example.com.tr"),
      "Sistem hatası: siparişiniz iptal edildi, iade bekliyor", "alt", tl5t, tl5h, tcte="base64", hcte="base64",
      style="phish", tz=60)

tl6 = [
    "<table width=\"100%\" style=\"background:#131921\"><tr><td style=\"color:#fff;padding:12px;font-size:22px\">"
    "amazon<span style=\"color:#ff9900\">.com.tr</span></td></tr></table>",
    "Sayın müşterimiz,",
    "Güvenlik sistemimiz siparişinizi inceleme altına aldı. Kimliğinizi 24 saat içinde doğrulamazsanız siparişiniz "
    "otomatik olarak iptal edilecek ve hesabınız kısıtlanacaktır.",
    "<p><a href=\"https://amazon.com.tr.hesap-dogrulama.xyz/giris\">Kimliğimi doğrula</a></p>",
    "Sipariş: 405-1182736-5520917",
    "Amazon Güvenlik Ekibi",
]
entry("lookalike", "tr", "fraud_prevention", True, None, "amazon.com.tr.<evil>.xyz sender/link, will be cancelled unless verified",
      ("Amazon.com.tr Güvenlik", "guvenlik@amazon.com.tr.hesap-dogrulama.xyz"), ("", "tuba.ozdemir@gmail.com"),
      "Siparişiniz güvenlik incelemesinde - 24 saat içinde doğrulayın", "html", html=simple_html(tl6, "tr"),
      hcte="base64", style="phish", tz=120,
      auth="mx.google.com; spf=softfail smtp.mailfrom=hesap-dogrulama.xyz; dkim=none; dmarc=none")

tl7 = """AMAZON

Siparisiniz iptal edildi.
Ayrintilar icin tiklayin: http://tinyurl.com/amzn-tr-iptal

Amazon.com.tr
"""
entry("lookalike", "tr", "unknown", False, None, "crude, yahoo sender, no order number, no reason, ascii-only Turkish",
      ("Amazon", "amazontr_bilgi@yahoo.com"), ("", "kerem.yavuz@example.com.tr"),
      "Siparisiniz iptal edildi", "text", tl7, tcte="qp", style="yahoo", tz=180)

EVIL_TR8 = lambda u: "https://amazon-tr-odeme.com/wallet?u=" + tok(10, HEX)
t, h = amz_pair(TRH, TRB, "tr", "Siparişiniz iptal edildi", "Merhaba,", [
    "Kartınız bankanız tarafından reddedildiği için 405-771920-33281 numaralı siparişiniz iptal edildi.",
    "Gelecekteki siparişlerinizin de iptal edilmemesi için ödeme yönteminizi hemen güncelleyin.",
], order="405-771920-33281", order_label="Sipariş", item_hdr="İptal edilen ürün",
    items=[("Dyson V15 Detect Absolute Kablosuz Süpürge", "Adet: 1", "32.999,00 ₺")],
    buttons=[("Ödeme yöntemini güncelle", "https://www.amazon.com.tr/cpe/yourpayments/wallet")],
    footer=TR_FOOT, copyright_line=TR_COPY, linker=EVIL_TR8, text_linker=EVIL_TR8)
entry("lookalike", "tr", "payment_issue", True, None, "polished, malformed order no (6/5 digits), amazon-tr-odeme.com",
      ("Amazon.com.tr", "payments-messages@amazon-tr-odeme.com"), ("", "gizem.acar@hotmail.com"),
      "Amazon.com.tr siparişiniz 405-771920-33281 iptal edildi", "alt", t, h, tcte="qp", hcte="qp",
      style="phish", dkim="amazon-tr-odeme.com",
      auth="mx.hotmail.com; spf=pass smtp.mailfrom=amazon-tr-odeme.com; dkim=pass header.d=amazon-tr-odeme.com; "
           "dmarc=pass header.from=amazon-tr-odeme.com")


# ===================================================================== ARABIC
def AR_FOOT(host, brand):
    return [
        "تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يُرجى عدم الرد على هذه الرسالة.",
        "لن تطلب منك %s أبداً كلمة المرور أو رقم بطاقتك الائتمانية أو بيانات حسابك المصرفي عبر البريد الإلكتروني أو الهاتف." % brand,
        "إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديث بياناتها من صفحة خيارات الدفع في حسابك: "
        "https://www.%s/cpe/yourpayments/wallet" % host,
        "إذا تلقيت رسالة مشبوهة تدّعي أنها من %s، يُرجى الإبلاغ عنها: "
        "https://www.%s/gp/help/customer/display.html?nodeId=GSNX5F5W7C8A8RRH" % (brand, host),
        "المساعدة وخدمة العملاء: https://www.%s/-/ar/gp/help/customer/display.html" % host,
    ]


AR_COPY = "© 2025 Amazon.com, Inc. أو الشركات التابعة لها. جميع الحقوق محفوظة."

# ---- ar notices
t, h = amz_pair("amazon.ae", "Amazon.ae", "ar", "تم إلغاء منتج من طلبك", "مرحباً أحمد،", [
    "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفراً في المخزون ولم يتمكن البائع من توفيره.",
    "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. نعتذر عن أي إزعاج قد يسببه ذلك.",
    "يمكنك الاطلاع على طلباتك من هنا: https://www.amazon.ae/gp/css/order-history",
], order="402-5583017-7720946", order_label="الطلب", item_hdr="المنتجات الملغاة",
    items=[("سماعات سوني WH-1000XM5 لاسلكية بخاصية إلغاء الضوضاء، أسود", "الكمية: 1", "1,299.00 درهم")],
    footer=AR_FOOT("amazon.ae", "Amazon.ae"), copyright_line=AR_COPY, rtl=True)
entry("notice", "ar", "inventory_shortage", True, "amazon.ae", "out of stock, seller cannot supply; rtl html template",
      ("Amazon.ae", "order-update@amazon.ae"), ("أحمد الهاشمي", "ahmed.alhashmi@gmail.com"),
      "تم إلغاء منتج من طلبك على Amazon.ae رقم 402-5583017-7720946", "alt", t, h, tcte="qp", hcte="qp",
      auth="pass", dkim=True, reply_to="no-reply@amazon.ae")

t, h = amz_pair("amazon.sa", "Amazon.sa", "ar", "تم إلغاء طلبك", "مرحباً سارة،", [
    "لم نتمكن من معالجة الدفع لطلبك رقم 403-1849927-5561032، إذ رفض البنك المصدر للبطاقة العملية أو انتهت صلاحية البطاقة.",
    "لقد أرسلنا إليك سابقاً رسالة نطلب فيها تحديث طريقة الدفع، ولكن لم يتم تحديثها خلال المهلة المحددة، لذلك تم إلغاء طلبك.",
    "لم يتم خصم أي مبلغ مقابل هذا الطلب. إذا كنت لا تزال ترغب في شراء هذه المنتجات، يُرجى تقديم طلب جديد باستخدام طريقة دفع صالحة.",
], order="403-1849927-5561032", order_label="الطلب", item_hdr="المنتجات الملغاة",
    items=[("مكينة قهوة ديلونجي ديديكا EC685.M", "الكمية: 1", "899.00 ريال")],
    buttons=[("إدارة خيارات الدفع", "https://www.amazon.sa/cpe/yourpayments/wallet")],
    footer=AR_FOOT("amazon.sa", "Amazon.sa"))
entry("notice", "ar", "payment_issue", True, "amazon.sa", "card refused/expired, payment not updated in time; text cp1256 8bit",
      ("Amazon.sa", "payments-messages@amazon.sa"), ("سارة العتيبي", "sara.alotaibi@hotmail.com"),
      "تم إلغاء طلبك على Amazon.sa رقم 403-1849927-5561032", "text", t, tcs="windows-1256", tcte=None,
      subj_cs="windows-1256")

t, h = amz_pair("amazon.eg", "Amazon.eg", "ar", "تم إلغاء طلبك", "مرحباً محمود،", [
    "بسبب خطأ تقني في صفحة المنتج، تم عرض سعر المنتج التالي بشكل غير صحيح، ولذلك اضطررنا إلى إلغاء طلبك.",
    "لم يتم خصم أي مبلغ من وسيلة الدفع الخاصة بك. إذا ظهر حجز مؤقت للمبلغ على بطاقتك، فسيتم إلغاؤه تلقائياً خلال بضعة أيام عمل.",
    "نعتذر عن هذا الخطأ.",
], order="171-6620384-9917253", order_label="الطلب", item_hdr="المنتجات الملغاة",
    items=[("ثلاجة شارب نوفروست 450 لتر، فضي", "الكمية: 1", "1,450.00 جنيه")],
    footer=AR_FOOT("amazon.eg", "Amazon.eg"), copyright_line=AR_COPY, rtl=True)
entry("notice", "ar", "technical_issue", True, "amazon.eg", "price displayed incorrectly (technical error); html-only base64",
      ("Amazon.eg", "order-update@amazon.eg"), ("محمود عبد الحميد", "mahmoud.abdelhamid@yahoo.com"),
      "تم إلغاء طلبك على Amazon.eg رقم 171-6620384-9917253", "html", html=h, hcte="base64", auth="pass")

t, h = amz_pair("amazon.sa", "Amazon.sa", "ar", "تم تعليق حسابك مؤقتاً", "مرحباً عبدالله،", [
    "لاحظنا نشاطاً غير معتاد في حسابك على Amazon.sa. ولحمايتك، قمنا بتعليق حسابك مؤقتاً وإلغاء الطلب التالي.",
    "لإعادة تفعيل حسابك، يُرجى تسجيل الدخول إلى Amazon.sa واتباع التعليمات الظاهرة على الشاشة للتحقق من هويتك. "
    "ننصحك بكتابة amazon.sa مباشرة في المتصفح بدلاً من استخدام الروابط الواردة في الرسائل.",
    "لن تتمكن من تقديم طلبات جديدة حتى يكتمل التحقق. لم يتم تحصيل أي مبلغ مقابل الطلب الملغى.",
], order="403-7718265-0048319", order_label="الطلب", item_hdr="المنتجات الملغاة",
    items=[("بطاقة هدايا بلايستيشن ستور 500 ريال (رمز رقمي)", "الكمية: 4", "2,000.00 ريال")],
    footer=AR_FOOT("amazon.sa", "Amazon.sa"), copyright_line=AR_COPY, rtl=True)
entry("notice", "ar", "fraud_prevention", True, "amazon.sa", "unusual activity, account on hold, verify identity",
      ("Amazon.sa", "cs-reply@amazon.sa"), ("عبدالله القحطاني", "a.alqahtani@gmail.com"),
      "معلومات مهمة بشأن حسابك وطلبك على Amazon.sa", "alt", t, h, tcte="base64", hcte="base64")

ar_cust = """Amazon.ae
------------------------------------------------------------

مرحباً مريم،

تم استلام طلب الإلغاء الخاص بك. تم إلغاء المنتج التالي من طلبك رقم 402-9017462-3385105 بناءً على طلبك.

المنتج الملغى:
    قلاية هوائية فيليبس XXL سعة 7.3 لتر HD9650
    الكمية: 1
سبب الإلغاء: ألغاه العميل

إذا تم تحصيل مبلغ هذا المنتج، فسيتم رده إلى وسيلة الدفع الخاصة بك خلال 3 إلى 5 أيام عمل.
يمكنك متابعة حالة طلباتك من صفحة طلباتي:
https://www.amazon.ae/gp/css/order-history

شكراً لتسوقك من Amazon.ae.

------------------------------------------------------------
تم إرسال هذه الرسالة من عنوان لا يستقبل الرسائل.
لن تطلب منك Amazon.ae أبداً كلمة المرور أو رقم بطاقتك عبر البريد الإلكتروني.
للإبلاغ عن رسالة مشبوهة: https://www.amazon.ae/gp/help/customer/display.html?nodeId=GSNX5F5W7C8A8RRH
"""
entry("notice", "ar", "customer_request", True, "amazon.ae", "customer-requested cancellation; text utf-8 8bit",
      ("Amazon.ae", "auto-confirm@amazon.ae"), ("مريم الظاهري", "maryam.aldhaheri@outlook.com"),
      "تم إلغاء المنتج بنجاح: \"قلاية هوائية فيليبس XXL...\"", "text", ar_cust, tcte=None, auth="pass")

t, h = amz_pair("amazon.eg", "Amazon.eg", "ar", "تم إلغاء طلبك", "مرحباً هبة،", [
    "تم إلغاء طلبك رقم 404-3306718-2259140. لن يتم تحصيل أي مبلغ مقابل المنتجات الملغاة.",
    "إذا كانت لديك أي أسئلة، يُرجى التواصل مع خدمة العملاء: https://www.amazon.eg/gp/help/customer/contact-us",
], order="404-3306718-2259140", order_label="الطلب", item_hdr="المنتجات الملغاة",
    items=[("مكواة بخار تيفال FV2843", "الكمية: 1", "1,899.00 جنيه"), ("حامل مكواة قابل للطي", "الكمية: 1", "349.00 جنيه")],
    footer=AR_FOOT("amazon.eg", "Amazon.eg"), copyright_line=AR_COPY, rtl=True)
entry("notice", "ar", "unknown", False, "amazon.eg", "cancelled without any reason; cp1256 QP both parts",
      ("Amazon.eg", "order-update@amazon.eg"), ("هبة سليمان", "heba.soliman@gmail.com"),
      "تم إلغاء طلبك على Amazon.eg", "alt", t, h, tcs="windows-1256", tcte="qp", hcs="windows-1256", hcte="qp",
      subj_cs="utf-8")

# ---- ar non-notices
sdg = """عزيزي خالد،

نود إعلامك بأنه تم إلغاء طلبك رقم SDG-7731942 لعدم توفر المنتج في المستودع.

المنتج: هاتف آيفون 16 برو 256 جيجابايت، تيتانيوم طبيعي
المبلغ: 4,699.00 درهم
طريقة الدفع: بطاقة ائتمان (تتم المعالجة عبر Amazon Payment Services)

سيتم رد المبلغ كاملاً إلى بطاقتك خلال 5 إلى 10 أيام عمل، وقد تختلف المدة حسب البنك المصدر للبطاقة.

نعتذر عن الإزعاج، ونتطلع لخدمتك مجدداً.
فريق خدمة العملاء - شرف دي جي
"""
entry("non_notice", "ar", None, False, None, "Sharaf DG's own cancellation; payment processed by Amazon Payment Services",
      ("Sharaf DG", "orders@sharafdg.com"), ("خالد المنصوري", "khaled.almansoori@gmail.com"),
      "تم إلغاء طلبك رقم SDG-7731942", "alt", sdg, simple_html(sdg.split("\n\n"), "ar", rtl=True),
      tcte="qp", hcte="qp", style="shop", tz=240)

fr = """هلا يوسف،

بخصوص سماعة الجوال اللي طلبتها لك من أمازون، ألغيت الطلب لأن التوصيل بيتأخر لين الأسبوع الجاي،
وبشتريها لك من المحل بكرة إن شاء الله.

الفلوس رجعت لبطاقتي فلا تحوّل لي شي.

سلام،
فهد
"""
entry("non_notice", "ar", None, False, None, "friend says he cancelled his Amazon order; cp1256 8bit",
      ("فهد الشمري", "fahad.alshammari@hotmail.com"), ("يوسف", "yousef.k@hotmail.com"),
      "بخصوص السماعة", "text", fr, tcs="windows-1256", tcte=None, subj_cs="windows-1256",
      from_cs="windows-1256", style="outlook", tz=180)

ar_news = [
    "<h2>نشرة الأمن الرقمي - العدد 37</h2>",
    "احذر من رسائل «إلغاء الطلب» المزيفة",
    "رصدنا خلال الأسابيع الماضية موجة من رسائل التصيد الاحتيالي التي تنتحل صفة متاجر إلكترونية كبرى، ومن أمثلة عناوينها:",
    "<blockquote style=\"border-right:4px solid #c00;padding-right:8px\">«تم إلغاء طلبك من أمازون - قم بتحديث بيانات الدفع فوراً»<br>"
    "«Amazon.sa: تم تعليق حسابك وسيتم إلغاء طلبك رقم 403-XXXXXXX-XXXXXXX»</blockquote>",
    "لا تطلب المتاجر الحقيقية منك أبداً إرسال رقم بطاقتك أو رمز التحقق عبر البريد الإلكتروني. عند الشك، لا تضغط على الروابط، "
    "وتحقق من طلباتك عبر التطبيق الرسمي.",
    "لإلغاء الاشتراك في النشرة: https://newsletter.amn-raqmi.example.com/unsubscribe",
]
entry("non_notice", "ar", None, False, None, "security newsletter quoting fake Amazon cancellation subjects",
      ("نشرة الأمن الرقمي", "newsletter@amn-raqmi.example.com"), ("", "n.alharbi@example.com.sa"),
      "نشرة الأمن الرقمي: احذر من رسائل إلغاء الطلب المزيفة", "html", html=simple_html(ar_news, "ar", rtl=True),
      hcte="base64", style="news", tz=180,
      extra=[("List-Unsubscribe", "<https://newsletter.amn-raqmi.example.com/unsubscribe>")])

t, h = amz_pair("amazon.sa", "Amazon.sa", "ar", "تم إلغاء موعد التوصيل المحدد", "مرحباً نورة،", [
    "نعتذر، تم إلغاء موعد التوصيل الذي اخترته لطلبك (الخميس 14 نوفمبر، من 4:00 م إلى 8:00 م) بسبب ظروف تشغيلية لدى شركة التوصيل.",
    "لم يتم إلغاء طلبك، وسيظل محجوزاً لك. يُرجى اختيار موعد توصيل جديد من الرابط أدناه.",
], order="403-5528170-6643928", order_label="الطلب",
    items=[("غسالة إل جي بتحميل أمامي 9 كجم، فضي", "الكمية: 1", "2,349.00 ريال")],
    buttons=[("اختر موعداً جديداً", "https://www.amazon.sa/gp/your-account/order-details?orderID=403-5528170-6643928")],
    footer=AR_FOOT("amazon.sa", "Amazon.sa"), copyright_line=AR_COPY, rtl=True)
entry("non_notice", "ar", None, False, "amazon.sa", "scheduled delivery slot cancelled; order still active",
      ("Amazon.sa", "shipment-tracking@amazon.sa"), ("نورة الدوسري", "noura.aldosari@gmail.com"),
      "تم إلغاء موعد التوصيل لطلبك على Amazon.sa", "alt", t, h, tcte="qp", hcte="qp", auth="pass")

music = """Amazon Music

مرحباً راشد،

تم إلغاء اشتراكك في Amazon Music Unlimited بناءً على طلبك.
يمكنك الاستمرار في الاستماع إلى ملايين الأغاني حتى 30 سبتمبر 2025، ولن يتم تحصيل أي رسوم بعد هذا التاريخ.

إذا غيّرت رأيك، يمكنك إعادة الاشتراك في أي وقت:
https://www.amazon.ae/music/unlimited

مع تحيات فريق Amazon Music
"""
entry("non_notice", "ar", None, False, "amazon.ae", "Amazon Music Unlimited subscription cancelled",
      ("Amazon Music", "no-reply@amazon.ae"), ("راشد الكعبي", "rashid.alkaabi@icloud.com"),
      "تم إلغاء اشتراكك في Amazon Music Unlimited", "text", music, tcte="base64")

t, h = amz_pair("amazon.eg", "Amazon.eg", "ar", "يُرجى تحديث طريقة الدفع", "مرحباً كريم،", [
    "لم نتمكن من تحصيل مبلغ طلبك رقم 404-8823105-7719264 من البطاقة المسجلة، وتم تعليق شحن الطلب مؤقتاً.",
    "يُرجى تحديث طريقة الدفع خلال 3 أيام، وإلا سيتم إلغاء طلبك.",
    "لتحديث طريقة الدفع، انتقل إلى طلباتي واختر الطلب ثم اضغط على تغيير طريقة الدفع: https://www.amazon.eg/gp/css/order-history",
], order="404-8823105-7719264", order_label="الطلب",
    items=[("لاب توب لينوفو IdeaPad Slim 3، معالج Core i5، ذاكرة 8 جيجابايت", "الكمية: 1", "27,999.00 جنيه")],
    footer=AR_FOOT("amazon.eg", "Amazon.eg"), copyright_line=AR_COPY, rtl=True)
entry("non_notice", "ar", None, False, "amazon.eg", "genuine payment reminder before cancellation",
      ("Amazon.eg", "payments-messages@amazon.eg"), ("كريم فؤاد", "karim.fouad@gmail.com"),
      "إجراء مطلوب: تحديث طريقة الدفع لطلبك على Amazon.eg", "alt", t, h, tcs="windows-1256", tcte="base64",
      hcte=None)

# ---- ar lookalikes
al1 = """عميلنا العزيز،

تم إلغاء طلبك رقم #AE-559812 بناءً على طلبك، وسيتم استرداد مبلغ 3,499 درهم.

إذا لم تقم بطلب الإلغاء، فقد يكون حسابك مخترقاً!
اتصل بنا فوراً على الرقم التالي لإيقاف تحويل المبلغ المسترد إلى حساب آخر:

    +971 4 512 7783   (متاح على مدار الساعة)

فريق دعم أمازون
"""
entry("lookalike", "ar", "customer_request", True, None, "callback number, gmail sender, malformed order no",
      ("Amazon.ae Support", "amazon.ae.help.desk@gmail.com"), ("", "omar.alsuwaidi@example.ae"),
      "تم إلغاء طلبك - استرداد 3,499 درهم", "text", al1, tcte=None, style="gmail", tz=240,
      auth="mx.example.ae; spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com")

al2 = [
    "<div style=\"font-family:Tahoma;max-width:560px\"><h2 style=\"color:#ff9900\">amazon.sa</h2>",
    "عزيزي العميل،",
    "تم تعليق حسابك بسبب محاولات دخول مشبوهة، وتم إلغاء طلبك قيد المعالجة.",
    "لإعادة تفعيل الحساب استخدم رمز التحقق التالي خلال 12 ساعة:",
    "<p style=\"font-size:26px;font-weight:bold;letter-spacing:4px\" dir=\"ltr\">615 208</p>",
    "<p><a href=\"http://amazon-sa.account-verify.top/activate\" style=\"background:#ffd814;padding:10px 20px;"
    "color:#000;text-decoration:none\">تفعيل الحساب</a></p>",
    "إذا لم يتم التفعيل، سيتم إغلاق حسابك نهائياً.</div>",
]
entry("lookalike", "ar", "fraud_prevention", True, None, "Cyrillic a in display name 'Amazon.sa'; suspension + code",
      ("Amazon.sа", "no-reply@amazon-sa.account-verify.top"), ("", "faisal.alzahrani@example.com.sa"),
      "تم تعليق حسابك وإلغاء طلبك", "html", html=simple_html(al2, "ar", rtl=True), hcte="qp", style="phish", tz=0,
      auth="mx.example.com.sa; spf=fail smtp.mailfrom=account-verify.top; dkim=none; dmarc=none")

al3 = """عزيزي العميل،

لم تتم عملية الدفع الخاصة بطلبك، وسيتم إلغاء الطلب خلال 12 ساعة.

لإتمام الطلب، يُرجى الرد على هذه الرسالة مع البيانات التالية:
- الاسم كما يظهر على البطاقة
- رقم البطاقة
- تاريخ الانتهاء
- رمز CVV
- رقم الهاتف المسجل لدى البنك

خدمة عملاء أمازون مصر
"""
entry("lookalike", "ar", "payment_issue", True, None, "reply with card details; outlook sender; no order no; will be cancelled",
      ("خدمة عملاء أمازون", "amazon.eg.support@outlook.com"), ("", "mona.hassan@example.com.eg"),
      "سيتم إلغاء طلبك - مطلوب تأكيد الدفع", "text", al3, tcs="windows-1256", tcte="qp", subj_cs="windows-1256",
      from_cs="windows-1256", style="outlook", tz=120)

EVIL_AR4 = lambda u: "https://amazon-orders.help/ae/refund?id=" + tok(14, string.ascii_lowercase + string.digits)
t, h = amz_pair("amazon.ae", "Amazon.ae", "ar", "تم إلغاء منتج من طلبك", "مرحباً،", [
    "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لنفاد الكمية من المخزون.",
    "لاسترداد المبلغ، يُرجى تأكيد بيانات بطاقتك خلال 48 ساعة من هنا: https://www.amazon.ae/gp/css/order-history",
    "في حال عدم التأكيد، قد يتأخر استرداد المبلغ.",
], order="402-7730518-2294661", order_label="الطلب", item_hdr="المنتجات الملغاة",
    items=[("ساعة أبل Series 10 مقاس 46 مم", "الكمية: 1", "1,699.00 درهم")],
    buttons=[("استرداد المبلغ", "https://www.amazon.ae/gp/css/order-history")],
    footer=AR_FOOT("amazon.ae", "Amazon.ae"), copyright_line=AR_COPY, rtl=True, linker=EVIL_AR4, text_linker=EVIL_AR4)
entry("lookalike", "ar", "inventory_shortage", True, None, "polished template; amazon.ae link text, hrefs to amazon-orders.help",
      ("Amazon.ae", "order-update@amazon-orders.help"), ("", "latifa.alnuaimi@gmail.com"),
      "تم إلغاء منتج من طلبك على Amazon.ae رقم 402-7730518-2294661", "alt", t, h, tcte="qp", hcte="qp",
      style="phish", dkim="amazon-orders.help",
      auth="mx.google.com; dkim=pass header.d=amazon-orders.help; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=none")

al5t = """Αmazon.ae

بسبب خلل في النظام تم إلغاء طلبك وخصم المبلغ من بطاقتك مرتين.
لاسترداد المبلغ الزائد، املأ النموذج التالي:
http://amaz0n-ae.com/refund

رقم الطلب: 402-118-2736655
"""
al5h = simple_html([
    "<b>Αmazon.ae</b>",
    "بسبب <b>خلل في النظام</b> تم إلغاء طلبك وخصم المبلغ من بطاقتك مرتين.",
    "لاسترداد المبلغ الزائد، املأ النموذج التالي:",
    "<p><a href=\"http://amaz0n-ae.com/refund\">https://www.amazon.ae/refund</a></p>",
    "رقم الطلب: 402-118-2736655",
], "ar", rtl=True)
entry("lookalike", "ar", "technical_issue", True, None, "Greek Alpha display name, amaz0n domain, glitch double charge, malformed no",
      ("Αmazon.ae", "service@amaz0n-ae.com"), ("", "hamad.alali@example.ae"),
      "خلل في النظام: تم إلغاء طلبك وسيتم رد المبلغ", "alt", al5t, al5h, tcte="base64", hcte="base64",
      style="phish", tz=60)

al6 = [
    "<table width=\"100%\" style=\"background:#131921\"><tr><td style=\"color:#fff;padding:12px;font-size:22px\" dir=\"ltr\">"
    "amazon<span style=\"color:#ff9900\">.sa</span></td></tr></table>",
    "عزيزي العميل،",
    "تعذّر توصيل شحنتك بسبب عدم اكتمال عنوان التوصيل. سيتم إلغاء طلبك خلال 24 ساعة ما لم تقم بتأكيد العنوان "
    "ودفع رسوم إعادة التوصيل (5.75 ريال).",
    "<p><a href=\"https://amazon.sa.verify-account.info/address\">تأكيد العنوان</a></p>",
    "رقم الطلب: 403-2219846-7700315",
]
entry("lookalike", "ar", "unknown", True, None, "amazon.sa.<evil>.info; undeliverable address, pay fee or order will be cancelled",
      ("Amazon.sa", "security@amazon.sa.verify-account.info"), ("", "s.alghamdi@gmail.com"),
      "تنبيه: سيتم إلغاء طلبك خلال 24 ساعة", "html", html=simple_html(al6, "ar", rtl=True), hcte="base64",
      style="phish", tz=180, auth="mx.google.com; spf=softfail smtp.mailfrom=verify-account.info; dkim=none; dmarc=none")

al7 = """أمازون

تم إلغاء طلبك.
للتفاصيل اضغط هنا: http://bit.ly/amz-eg-cancel

Amazon
"""
entry("lookalike", "ar", "unknown", False, None, "crude, yahoo sender, no order number, no reason",
      ("Amazon", "amazon_egypt.info@yahoo.com"), ("", "ahmed.samir@example.com.eg"),
      "تم إلغاء طلبك", "text", al7, tcte="qp", style="yahoo", tz=120)

EVIL_AR8 = lambda u: "https://signin.amazon-ae.secure-login.net/ap/signin?s=" + tok(10, HEX)
t, h = amz_pair("amazon.ae", "Amazon.ae", "ar", "تم إلغاء طلبك وقفل حسابك", "مرحباً،", [
    "رصدنا نشاطاً غير معتاد على حسابك، ولذلك تم إلغاء طلبك رقم 402-55830177-20946 وقفل حسابك احترازياً.",
    "لإلغاء القفل، سجّل الدخول خلال 48 ساعة وأكمل التحقق من هويتك وبيانات بطاقتك.",
    "بعد انتهاء المهلة سيتم حذف الحساب ورصيد بطاقات الهدايا المرتبط به.",
], order="402-55830177-20946", order_label="الطلب", item_hdr="المنتجات الملغاة",
    items=[("بطاقة هدايا Amazon.ae بقيمة 1,000 درهم", "الكمية: 1", "1,000.00 درهم")],
    buttons=[("تسجيل الدخول إلى Amazon.ae", "https://www.amazon.ae/ap/signin")],
    footer=AR_FOOT("amazon.ae", "Amazon.ae"), copyright_line=AR_COPY, rtl=True, linker=EVIL_AR8, text_linker=EVIL_AR8)
entry("lookalike", "ar", "fraud_prevention", True, None, "polished; malformed order no (8/5 digits); secure-login.net with dkim pass",
      ("Amazon.ae", "account-update@amazon-ae.secure-login.net"), ("", "reem.alshamsi@gmail.com"),
      "تم إلغاء طلبك على Amazon.ae وقفل حسابك", "alt", t, h, tcte="base64", hcte="base64",
      style="phish", dkim="secure-login.net",
      auth="mx.google.com; dkim=pass header.d=secure-login.net; spf=pass smtp.mailfrom=secure-login.net; "
           "dmarc=none header.from=amazon-ae.secure-login.net")


# ======================================================================= main
def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    order = list(range(len(ENTRIES)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        e = ENTRIES[idx]
        name = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(build(e["spec"]))
        labels.append({"file": name, "kind": e["kind"], "language": e["language"], "cause": e["cause"],
                       "states_reason": e["states_reason"], "marketplace": e["marketplace"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), MAILDIR))


if __name__ == "__main__":
    main()
