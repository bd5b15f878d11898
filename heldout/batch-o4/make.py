#!/usr/bin/env python3
"""Regenerate blind batch o4 (ja / tr / ar): 60 .eml files + labels.json.

Run:  python3 make.py      (writes ./mail/*.eml and ./labels.json next to this file)
Everything is deterministic (fixed random seed)."""
import json
import os
import random
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "o4"
rng = random.Random(20250604)


# ---------------------------------------------------------------- helpers
def order_no(first=None):
    a = first or rng.choice(["249", "250", "503", "171", "402", "408", "114"])
    return "%s-%07d-%07d" % (a, rng.randrange(10 ** 7), rng.randrange(10 ** 7))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_date():
    start = datetime(2024, 5, 1, tzinfo=timezone.utc)
    return start + timedelta(seconds=rng.randrange(int(480 * 86400)))


def message_id(style, domain):
    if style == "ses":
        return "<%s-%s-%s-%s-%s-000000@%s>" % (
            "0100019" + hexs(9), hexs(8), hexs(4), hexs(4), hexs(12),
            rng.choice(["email.amazonses.com", "eu-west-1.amazonses.com", "us-west-2.amazonses.com"]))
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if style == "outlook":
        return "<%sPR0%dMB%d%s@%s.prod.outlook.com>" % (
            rng.choice(["TY0", "AS8", "DB9", "PAXP"]), rng.randrange(1, 9), rng.randrange(1000, 9999),
            alnum(6), rng.choice(["jpnprd01", "eurprd03", "eurprd08"]))
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randrange(10 ** 8), rng.randrange(10 ** 8), rng.randrange(10 ** 12))
    return "<%s.%s@%s>" % (hexs(16), hexs(8), domain)


def make_charset(cs, cte):
    c = Charset(cs)
    if cte == "qp":
        c.body_encoding = QP
    elif cte == "b64":
        c.body_encoding = BASE64
    else:  # '8bit' / '7bit'  -> raw
        c.body_encoding = None
    return c


def part(text, subtype, cs, cte):
    if subtype == "html" and cs.lower() != "utf-8":
        text = text.replace("charset=UTF-8", "charset=" + cs).replace("charset=utf-8", "charset=" + cs)
    text.encode(cs)  # fail loudly if a text does not fit its legacy charset
    return MIMEText(text, subtype, make_charset(cs, cte))


def hdr(s, cs, name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return Header(s, cs, header_name=name).encode()


def addr(pair, cs, field="From"):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        hcs = cs
        try:
            name.encode(cs)
        except (UnicodeEncodeError, LookupError):
            hcs = "utf-8"
        return formataddr((name, a), charset=hcs)


def ses_received(domain, rcpt_domain, when):
    ip = "54.240.%d.%d" % (rng.choice([8, 13, 27, 48]), rng.randrange(2, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.choice([8, 13, 27, 48]), rng.randrange(2, 250),
                                                rng.choice(["us-west-2", "eu-west-1", "ap-northeast-1"]))
    return ("from %s (%s [%s])\n\tby mx%d.%s with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, ip, rng.randrange(1, 5), rcpt_domain.split("@")[-1], alnum(12).lower(), rcpt_domain, format_datetime(when)))


def auth_pass(tld, mail_from=None):
    return ("mx.recipient.example;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n"
            "\tspf=pass (sender IP is permitted) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (tld, alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789"), alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
               mail_from or ("bounces." + tld), tld))


def auth_custom(spf, dkim, dkim_d, dmarc, from_dom, mailfrom):
    s = "mx.recipient.example;\n\tdkim=%s" % dkim
    if dkim_d:
        s += " header.d=%s header.s=s1 header.b=%s" % (dkim_d, alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0123456789"))
    s += ";\n\tspf=%s smtp.mailfrom=%s;\n\tdmarc=%s header.from=%s" % (spf, mailfrom, dmarc, from_dom)
    return s


# ---------------------------------------------------------------- Amazon-like HTML shell
CSS = """
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
#container { width:100%; }
#main { width:640px; margin:0 auto; }
#header td.logo { width:160px; padding:10px 0; }
#header td.navigation { text-align:right; padding:10px 0; }
#header td.title { border-top:3px solid #e47911; padding:10px 0; }
#summary td, #closing td { padding:10px 0; }
#criticalInfo { width:100%; background:#efefef; border-top:3px solid #e6e6e6; }
#criticalInfo td { padding:10px 15px; }
#orderDetails { width:100%; border-top:1px solid #eaeaea; }
#orderDetails td { padding:6px 4px; }
td.price { text-align:right; white-space:nowrap; }
#legalCopy td { padding:18px 0 0 0; color:#666; }
#legalCopy p { font:11px/14px Arial, sans-serif; color:#666; }
#legalCopy a { font:11px/14px Arial, sans-serif; color:#006699; }
"""


def amz_html(mp, title, order, paras, items=(), rows=(), closing=(), legal=(),
             nav=("Your Orders", "Your Account"), order_label="Order #", base=None,
             lang="en", rtl=False, greeting=None, heading_items=None, pixel=True):
    """Layout modelled on the real Amazon notification template (nested tables)."""
    base = base or ("https://www." + mp)
    d = ' dir="rtl"' if rtl else ""
    align = "right" if rtl else "left"
    out = ['<!DOCTYPE html>\n<html lang="%s"%s xmlns="https://www.w3.org/1999/xhtml">\n <head>\n'
           '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
           '  <meta name="format-detection" content="telephone=no" />\n'
           '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n'
           '  <style type="text/css">%s</style>\n  <title></title>\n </head>\n <body>' % (lang, d, CSS)]
    if pixel:
        out.append('<img width="1" height="1" src="%s/gp/r.html?C=%s&amp;R=%s&amp;T=O&amp;U=http%%3A%%2F%%2Fimages.amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" />'
                   % (base, alnum(13), alnum(12)))
    out.append('\n  <table id="container" cellpadding="0"%s>\n   <tbody><tr><td class="frame">\n'
               '    <table id="main" cellpadding="0">\n     <tbody>\n      <tr><td>\n'
               '       <table id="header" cellpadding="0"><tbody>\n'
               '        <tr><td rowspan="2" class="logo"><a href="%s/gp/r.html?ref_=pe_%d"><img alt="%s" src="https://images-fe.ssl-images-amazon.com/images/G/09/x-locale/common/transparent-pixel._V192234675_.gif" width="120" height="28"/></a></td>\n'
               '         <td class="navigation"><table align="%s"><tbody><tr>\n'
               '          <td><a href="%s/gp/css/order-history?ref_=pe_ya">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>\n'
               '          <td><a href="%s/gp/css/homepage.html?ref_=pe_ya">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>\n'
               '          <td><a class="last" href="%s/?ref_=pe_hp">%s</a></td>\n'
               '         </tr></tbody></table></td></tr>\n'
               % (d, base, rng.randrange(10 ** 7, 10 ** 8), mp.capitalize(), "left" if rtl else "right",
                  base, nav[0], base, nav[1], base, mp.capitalize()))
    t = '        <tr><td class="title"><h2>%s</h2>' % title
    if order:
        t += ' %s<a href="%s/gp/your-account/order-details?orderID=%s&amp;ref_=pe_od">%s</a>' % (order_label, base, order, order)
    out.append(t + '</td></tr>\n       </tbody></table>\n      </td></tr>\n')
    out.append('      <tr><td>\n       <table id="summary" cellpadding="0"><tbody><tr><td style="text-align:%s">' % align)
    if greeting:
        out.append('<span class="heading">%s</span>' % greeting)
    for p in paras:
        out.append('\n        <p>%s</p>' % p)
    out.append('</td></tr></tbody></table>\n      </td></tr>\n')
    if items:
        out.append('      <tr><td>\n       <table id="orderDetails" cellpadding="0"><tbody>\n')
        if heading_items:
            out.append('        <tr><td colspan="3"><h3>%s</h3></td></tr>\n' % heading_items)
        for name, qty, price in items:
            out.append('        <tr><td style="width:60%%"><a href="%s/dp/%s?ref_=pe_item">%s</a></td><td>%s</td><td class="price"><strong>%s</strong></td></tr>\n'
                       % (base, "B0" + alnum(8), name, qty, price))
        out.append('       </tbody></table>\n      </td></tr>\n')
    if rows:
        out.append('      <tr><td>\n       <table id="criticalInfo" cellpadding="0"><tbody>\n')
        for k, v in rows:
            out.append('        <tr class="detailsContent"><td>%s</td><td class="price">%s</td></tr>\n' % (k, v))
        out.append('       </tbody></table>\n      </td></tr>\n')
    if closing:
        out.append('      <tr><td>\n       <table id="closing" cellpadding="0"><tbody><tr><td style="text-align:%s">' % align)
        for p in closing:
            out.append('\n        <p>%s</p>' % p)
        out.append('</td></tr></tbody></table>\n      </td></tr>\n')
    if legal:
        out.append('      <tr><td>\n       <table id="legalCopy"><tbody><tr><td style="text-align:%s">' % align)
        for p in legal:
            out.append('\n        <p>%s</p>' % p)
        out.append('</td></tr></tbody></table>\n      </td></tr>\n')
    out.append('     </tbody>\n    </table>\n   </td></tr></tbody>\n  </table>\n </body>\n</html>\n')
    return "".join(out)


def simple_html(body_html, lang="en", rtl=False, font="Arial, sans-serif"):
    d = ' dir="rtl"' if rtl else ""
    return ('<html lang="%s"%s><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:%s;font-size:14px;">\n%s\n</body></html>\n' % (lang, d, font, body_html))


RULE = "_" * 70
EQ = "=" * 70

MAILS = []


def add(**kw):
    MAILS.append(kw)


# =====================================================================
# JAPANESE  (amazon.co.jp)
# =====================================================================
JA_NAV = ("注文履歴", "アカウントサービス")
JA_LEGAL_HTML = [
    'Amazon.co.jpがEメールでお客様のパスワード、クレジットカード番号、銀行口座番号の入力や返信をお願いすることはありません。',
    'クレジットカードの番号や有効期限が変更された場合は、<a href="https://www.amazon.co.jp/cpe/yourpayments/wallet">アカウントサービス</a>の「お支払い方法」から更新してください。',
    'Amazon.co.jpを装った不審なEメールを受け取った場合は、リンクを開かずに <a href="mailto:stop-spoofing@amazon.co.jp">stop-spoofing@amazon.co.jp</a> までご報告ください。詳しくは<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909130">なりすましEメールの見分け方</a>をご覧ください。',
    'このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。',
    'Amazon.co.jp　<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=508510">ヘルプ＆カスタマーサービス</a>',
]
JA_LEGAL_TEXT = """Amazon.co.jpがEメールでお客様のパスワード、クレジットカード番号、銀行口座番号の
入力や返信をお願いすることはありません。

クレジットカードの番号や有効期限が変更された場合は、アカウントサービスの
「お支払い方法」から更新してください。
https://www.amazon.co.jp/cpe/yourpayments/wallet

Amazon.co.jpを装った不審なEメールを受け取った場合は、リンクを開かずに
stop-spoofing@amazon.co.jp までご報告ください。
なりすましEメールの見分け方:
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909130

このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
"""

# ---- notices -------------------------------------------------------
o = order_no("250")
add(kind="notice", language="ja", cause="inventory_shortage", states_reason=True, marketplace="amazon.co.jp",
    note="supplier cannot deliver, alt QP, auth pass",
    frm=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=("佐藤 健太", "kenta.sato@example.jp"),
    reply_to="no-reply@amazon.co.jp", amazon=True, auth=auth_pass("amazon.co.jp"),
    subject="Amazon.co.jp ご注文の商品のキャンセルのお知らせ（注文番号 %s）" % o,
    fmt="alt", cs="utf-8", cte="qp",
    text="""Amazon.co.jp ご注文キャンセルのお知らせ
注文番号 %s
https://www.amazon.co.jp/ref=TE_tex_g
%s

佐藤 健太 様

Amazon.co.jpをご利用いただき、ありがとうございます。

誠に申し訳ございませんが、ご注文いただいた下記の商品は、仕入先からの入荷の
見込みが立たなくなったため、ご注文をキャンセルさせていただきました。
ご期待に沿えず、大変申し訳ございません。

キャンセルされた商品:
  象印マホービン ステンレスマグ 480ml SM-NA48-HM（ミストグレー）
  数量: 1　価格: ￥2,980

この商品の代金は請求されておりません。ご利用のお支払い方法に一時的な
利用枠の確保（オーソリゼーション）が表示されている場合も、数日以内に
自動的に解除されます。

他の出品者から購入できる場合があります。商品ページでご確認ください:
https://www.amazon.co.jp/dp/B0C7KQ2M4X

ご注文の状況は注文履歴からご確認いただけます:
https://www.amazon.co.jp/gp/css/order-history

%s
%s
Amazon.co.jp カスタマーサービス
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=508510
""" % (o, RULE, RULE, JA_LEGAL_TEXT),
    html=amz_html("amazon.co.jp", "ご注文キャンセルのお知らせ", o, [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "誠に申し訳ございませんが、ご注文いただいた下記の商品は、仕入先からの入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。ご期待に沿えず、大変申し訳ございません。",
        "この商品の代金は請求されておりません。ご利用のお支払い方法に一時的な利用枠の確保（オーソリゼーション）が表示されている場合も、数日以内に自動的に解除されます。"],
        items=[("象印マホービン ステンレスマグ 480ml SM-NA48-HM（ミストグレー）", "数量: 1", "￥2,980")],
        heading_items="キャンセルされた商品",
        closing=['他の出品者から購入できる場合があります。<a href="https://www.amazon.co.jp/dp/B0C7KQ2M4X">商品ページ</a>でご確認ください。',
                 'ご注文の状況は<a href="https://www.amazon.co.jp/gp/css/order-history">注文履歴</a>からご確認いただけます。',
                 '<br/>今後ともAmazon.co.jpをよろしくお願いいたします。<br/><strong>Amazon.co.jp</strong>'],
        legal=JA_LEGAL_HTML, nav=JA_NAV, order_label="注文番号 ", lang="ja", greeting="佐藤 健太 様"))

o = order_no("503")
add(kind="notice", language="ja", cause="payment_issue", states_reason=True, marketplace="amazon.co.jp",
    note="expired card, payment revision deadline passed; text-only ISO-2022-JP",
    frm=("Amazon.co.jp", "payments-messages@amazon.co.jp"), to=("鈴木 美穂", "miho.suzuki@example.jp"),
    reply_to="payments-messages@amazon.co.jp", amazon=True, auth=None,
    subject="Amazon.co.jp ご注文 %s はキャンセルされました" % o,
    fmt="text", cs="iso-2022-jp", cte="7bit",
    text="""鈴木 美穂 様

Amazon.co.jpをご利用いただき、ありがとうございます。

ご注文番号 %s について、ご指定のクレジットカード（VISA 末尾 4417）の
有効期限が切れていたため、ご注文の代金を請求することができませんでした。

先日のEメールでお支払い方法の変更をお願いしておりましたが、変更期限
（2025年3月14日）までにお手続きが確認できなかったため、誠に勝手ながら
ご注文はキャンセルされました。

キャンセルされた商品:
  アイリスオーヤマ サーキュレーター 静音 18畳 PCF-SC15T　数量 1
  ニトリ 枕カバー 43×63cm グレー　数量 2

この注文に対する請求は発生しておりません。
引き続き商品をご希望の場合は、有効なお支払い方法を登録のうえ、あらためて
ご注文ください。

お支払い方法の確認・変更は、Amazon.co.jpにサインインして
「アカウントサービス」＞「お支払い方法」からお手続きください。
https://www.amazon.co.jp/cpe/yourpayments/wallet

※このEメールのリンクからカード番号を入力していただくことはありません。
  Amazon.co.jpがEメールでカード情報やパスワードをお尋ねすることはありません。
  不審なEメールは stop-spoofing@amazon.co.jp までご報告ください。

Amazon.co.jp カスタマーサービス
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=508510
""" % o)

o = order_no("249")
add(kind="notice", language="ja", cause="technical_issue", states_reason=True, marketplace="amazon.co.jp",
    note="pricing error due to system fault; HTML-only base64, auth pass",
    frm=("Amazon.co.jp", "order-update@amazon.co.jp"), to=("高橋 直樹", "n.takahashi@example.jp"),
    reply_to="no-reply@amazon.co.jp", amazon=True, auth=auth_pass("amazon.co.jp"),
    subject="価格表示の誤りによるご注文のキャンセルについて",
    fmt="html", cs="utf-8", cte="b64",
    html=amz_html("amazon.co.jp", "ご注文のキャンセルについて", o, [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "2025年1月18日の一部の時間帯に、システムの不具合により、下記の商品が本来とは異なる価格（￥980）で表示されておりました。誤った価格での販売となるため、大変恐縮ではございますが、この商品のご注文をキャンセルさせていただきました。",
        "ご迷惑をおかけしましたことを深くお詫び申し上げます。お客様への請求は行われておりません。"],
        items=[("Anker PowerCore 20000 モバイルバッテリー（ブラック）", "数量: 1", "￥980")],
        heading_items="キャンセルされた商品",
        closing=['正しい価格での販売は<a href="https://www.amazon.co.jp/dp/B07QXV6N1B">商品ページ</a>でご確認いただけます。',
                 'ご不明な点がございましたら、<a href="https://www.amazon.co.jp/gp/help/customer/contact-us">カスタマーサービス</a>までお問い合わせください。',
                 '<br/><strong>Amazon.co.jp</strong>'],
        legal=JA_LEGAL_HTML, nav=JA_NAV, order_label="注文番号 ", lang="ja", greeting="高橋 直樹 様"))

o = order_no("250")
add(kind="notice", language="ja", cause="fraud_prevention", states_reason=True, marketplace="amazon.co.jp",
    note="security review, account verification; alt base64, no auth header",
    frm=("Amazon.co.jp", "cs-reply@amazon.co.jp"), to=("伊藤 沙織", "saori.ito@example.jp"),
    reply_to="cs-reply@amazon.co.jp", amazon=True, auth=None,
    subject="Amazon.co.jpからのお知らせ：ご注文 %s のキャンセル" % o,
    fmt="alt", cs="utf-8", cte="b64",
    text="""伊藤 沙織 様

Amazon.co.jpをご利用いただき、ありがとうございます。

お客様のアカウントで通常とは異なるご利用が確認されたため、セキュリティ上の
理由から、ご注文 %s をキャンセルし、アカウントを一時的に保留といたしました。

キャンセルされた商品:
  Apple AirPods Pro（第2世代）MagSafe充電ケース（USB-C）付き　数量 2

アカウントの保留を解除するには、Amazon.co.jpのウェブサイトまたはアプリに
ご自身でサインインし、画面の案内に従って本人確認を完了してください。
このEメールのリンクをクリックする必要はありません。

本人確認の完了後、必要に応じてあらためてご注文ください。
この注文に対する請求は発生しておりません。

Amazon.co.jpは、Eメールや電話でパスワード、ワンタイムパスワード、
クレジットカード情報をお尋ねすることはありません。

%s
Amazon.co.jp アカウントスペシャリスト
""" % (o, JA_LEGAL_TEXT),
    html=amz_html("amazon.co.jp", "ご注文のキャンセルとアカウントの一時保留", o, [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "お客様のアカウントで通常とは異なるご利用が確認されたため、セキュリティ上の理由から、ご注文をキャンセルし、アカウントを一時的に保留といたしました。",
        "アカウントの保留を解除するには、Amazon.co.jpのウェブサイトまたはアプリにご自身でサインインし、画面の案内に従って本人確認を完了してください。このEメールのリンクをクリックする必要はありません。",
        "本人確認の完了後、必要に応じてあらためてご注文ください。この注文に対する請求は発生しておりません。"],
        items=[("Apple AirPods Pro（第2世代）MagSafe充電ケース（USB-C）付き", "数量: 2", "￥79,600")],
        heading_items="キャンセルされた商品",
        closing=["Amazon.co.jpは、Eメールや電話でパスワード、ワンタイムパスワード、クレジットカード情報をお尋ねすることはありません。",
                 "<br/><strong>Amazon.co.jp アカウントスペシャリスト</strong>"],
        legal=JA_LEGAL_HTML, nav=JA_NAV, order_label="注文番号 ", lang="ja", greeting="伊藤 沙織 様"))

o = order_no("249")
add(kind="notice", language="ja", cause="customer_request", states_reason=True, marketplace="amazon.co.jp",
    note="customer's own cancellation confirmed, 'キャンセル理由: お客様によるキャンセル'; text 8bit, auth pass",
    frm=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=("渡辺 大輔", "daisuke.w@example.jp"),
    reply_to="no-reply@amazon.co.jp", amazon=True, auth=auth_pass("amazon.co.jp"),
    subject="Amazon.co.jp ご注文の商品のキャンセルを承りました：「Kindle Paperwhite シグニチャー...」",
    fmt="text", cs="utf-8", cte="8bit",
    text="""Amazon.co.jp キャンセル完了のお知らせ
注文番号 %s
%s

渡辺 大輔 様

Amazon.co.jpをご利用いただき、ありがとうございます。
お客様のご依頼により、以下の商品のキャンセルを承りました。

  Kindle Paperwhite シグニチャーエディション (32GB) 6.8インチ
  数量: 1
  キャンセル理由: お客様によるキャンセル

この商品の代金は請求されません。Amazonギフトカードでお支払いの場合は、
ギフトカード残高に戻されます。

キャンセルされていない商品がある場合は、引き続き発送の準備を進めます。
注文の詳細は注文履歴でご確認いただけます。
https://www.amazon.co.jp/gp/your-account/order-details?orderID=%s

%s
%s
Amazon.co.jp
https://www.amazon.co.jp/
""" % (o, RULE, o, RULE, JA_LEGAL_TEXT))

o = order_no("503")
add(kind="notice", language="ja", cause="unknown", states_reason=False, marketplace="amazon.co.jp",
    note="cancellation with no reason given; alt, text ISO-2022-JP + html utf-8 QP",
    frm=("Amazon.co.jp", "order-update@amazon.co.jp"), to=("中村 恵", "megumi.nakamura@example.jp"),
    reply_to="no-reply@amazon.co.jp", amazon=True, auth=None,
    subject="ご注文の商品がキャンセルされました（注文番号 %s）" % o,
    fmt="alt", cs="iso-2022-jp", cte="7bit", hcs="utf-8", hcte="qp",
    text="""中村 恵 様

Amazon.co.jpをご利用いただき、ありがとうございます。

ご注文いただいた以下の商品はキャンセルされました。
ご不便をおかけして申し訳ございません。

注文番号: %s
  タイガー魔法瓶 電気ケトル 0.8L PCM-A080　数量 1　4,280円

この商品の代金が請求されることはありません。

注文履歴: https://www.amazon.co.jp/gp/css/order-history
ヘルプ: https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201910070

Amazon.co.jpがEメールでパスワードやカード情報をお尋ねすることはありません。
カード番号が変わった場合はアカウントサービスの「お支払い方法」で更新してください。
不審なEメールは stop-spoofing@amazon.co.jp へご報告ください。

このEメールアドレスは配信専用です。
""" % o,
    html=amz_html("amazon.co.jp", "ご注文の商品がキャンセルされました", o, [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "ご注文いただいた以下の商品はキャンセルされました。ご不便をおかけして申し訳ございません。",
        "この商品の代金が請求されることはありません。"],
        items=[("タイガー魔法瓶 電気ケトル 0.8L PCM-A080", "数量: 1", "￥4,280")],
        heading_items="キャンセルされた商品",
        closing=['<a href="https://www.amazon.co.jp/gp/css/order-history">注文履歴</a>　|　<a href="https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201910070">キャンセルについてのヘルプ</a>'],
        legal=JA_LEGAL_HTML, nav=JA_NAV, order_label="注文番号 ", lang="ja", greeting="中村 恵 様"))

# ---- non-notices ----------------------------------------------------
add(kind="non_notice", language="ja", cause=None, states_reason=False, marketplace=None,
    note="Rakuten Ichiba shop cancels (stock shared with Amazon/Yahoo)",
    frm=("【楽天市場】北欧インテリア雑貨 リーフ", "shop-leaf@shop.rakuten.co.jp"), to=("小林 真由美", "mayumi.k@example.jp"),
    mid="other", subject="【楽天市場】ご注文キャンセルのお知らせ（受注番号 392711-20250221-0048213）",
    fmt="text", cs="iso-2022-jp", cte="7bit",
    text="""小林 真由美 様

この度は「北欧インテリア雑貨 リーフ」をご利用いただき、誠にありがとうございます。

大変申し訳ございません。
ご注文いただきました下記商品につきまして、当店はAmazon・Yahoo!ショッピングと
在庫を共有して販売しているため、ご注文とほぼ同時刻に他店舗で完売となり、
在庫をご用意することができませんでした。
誠に勝手ながら、ご注文をキャンセルとさせていただきます。

受注番号：392711-20250221-0048213
商品名　：リネン ティータオル 50×70cm ナチュラル
数量　　：2
金額　　：3,520円（税込）

楽天ポイントご利用分は自動的に返還されます。クレジットカードのお支払いは
請求が確定しておりませんので、ご安心ください。

再入荷のお知らせをご希望の場合は、商品ページの「再入荷お知らせ」ボタンから
ご登録ください。

━━━━━━━━━━━━━━━━━━━━━━━━
北欧インテリア雑貨 リーフ
店舗運営責任者：森田 亮
営業時間：平日 10:00〜17:00
https://www.rakuten.co.jp/leaf-hokuou/
━━━━━━━━━━━━━━━━━━━━━━━━
""")

add(kind="non_notice", language="ja", cause=None, states_reason=False, marketplace=None,
    note="friend says she cancelled her own Amazon order (gmail)",
    frm=("吉田 あかり", "akari.yoshida.1993@gmail.com"), to=("山本 彩", "aya.yamamoto@example.jp"),
    mid="gmail", subject="Re: 誕生日プレゼントの件",
    fmt="alt", cs="utf-8", cte="b64", hcs="utf-8", hcte="b64",
    text="""彩ちゃん

連絡ありがとう！
実はあのBluetoothスピーカー、Amazonで注文してたんだけど、さっきキャンセルしたよ〜
由美ちゃんも同じの買ってたって聞いて、かぶっちゃうから（笑）
キャンセルはすぐ反映されて、「キャンセルを承りました」ってメールも来たから大丈夫。

代わりに何にしよう？ 土曜にルミネで一緒に見に行かない？

あかり

2025年2月3日(月) 21:14 山本 彩 <aya.yamamoto@example.jp>:
> あかりへ
> 真奈美の誕生日プレゼント、もう何か買った？
> 被らないようにしたいから教えて〜
""",
    html=simple_html("""<div dir="ltr">彩ちゃん<br><br>連絡ありがとう！<br>実はあのBluetoothスピーカー、Amazonで注文してたんだけど、さっきキャンセルしたよ〜<br>由美ちゃんも同じの買ってたって聞いて、かぶっちゃうから（笑）<br>キャンセルはすぐ反映されて、「キャンセルを承りました」ってメールも来たから大丈夫。<br><br>代わりに何にしよう？ 土曜にルミネで一緒に見に行かない？<br><br>あかり</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年2月3日(月) 21:14 山本 彩 &lt;<a href="mailto:aya.yamamoto@example.jp">aya.yamamoto@example.jp</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">あかりへ<br>真奈美の誕生日プレゼント、もう何か買った？<br>被らないようにしたいから教えて〜</blockquote></div>""", lang="ja"))

add(kind="non_notice", language="ja", cause=None, states_reason=False, marketplace=None,
    note="security newsletter quoting a fake Amazon cancellation subject",
    frm=("セキュリティ通信 編集部", "newsletter@security-tsushin.example.jp"), to=(None, "taro.kato@example.jp"),
    mid="other", subject="【セキュリティ通信 第218号】「ご注文がキャンセルされました」を装うAmazonフィッシングに注意",
    extra=[("List-Unsubscribe", "<https://security-tsushin.example.jp/unsubscribe?u=8812>")],
    fmt="html", cs="utf-8", cte="qp",
    html=simple_html("""<h2 style="color:#1a4d8f">セキュリティ通信 第218号</h2>
<h3>■ 今週の注意喚起：Amazonの「注文キャンセル」を装うフィッシング</h3>
<p>先週から、Amazonを装い「ご注文がキャンセルされました」と通知するフィッシングメールの報告が急増しています。確認されている件名の例は次のとおりです。</p>
<ul>
<li>「【Amazon】ご注文がキャンセルされました（お支払い方法に問題があります）」</li>
<li>「Amazon.co.jp：お客様の注文は保留されています。24時間以内にご確認ください」</li>
</ul>
<p>本文には「お支払い情報の更新」などのボタンがあり、クリックするとAmazonのログイン画面にそっくりな偽サイトへ誘導され、IDやパスワード、クレジットカード情報を盗み取られます。</p>
<h3>■ 見分けるポイント</h3>
<ol>
<li>送信元アドレスのドメインが amazon.co.jp で終わっているか確認する（amazon.co.jp.xxxx.com などは偽物）。</li>
<li>リンクをクリックせず、ブックマークやアプリから注文履歴を確認する。</li>
<li>Amazonがメールでカード番号の返信を求めることはありません。</li>
</ol>
<p>不審なメールは各社の報告窓口（Amazonの場合 stop-spoofing@amazon.co.jp）やフィッシング対策協議会へ転送しましょう。</p>
<hr>
<p style="font-size:11px;color:#777">本メールは「セキュリティ通信」に登録された方にお送りしています。配信停止は<a href="https://security-tsushin.example.jp/unsubscribe?u=8812">こちら</a>。</p>""", lang="ja"))

add(kind="non_notice", language="ja", cause=None, states_reason=False, marketplace="amazon.co.jp",
    note="Amazon Fresh delivery slot cancelled, order itself still active",
    frm=("Amazonフレッシュ", "fresh-update@amazon.co.jp"), to=("松本 修", "osamu.matsumoto@example.jp"),
    reply_to="no-reply@amazon.co.jp", amazon=True,
    subject="Amazonフレッシュ：お届け時間帯の変更をお願いします",
    fmt="alt", cs="utf-8", cte="qp",
    text="""松本 修 様

Amazonフレッシュをご利用いただき、ありがとうございます。

台風接近に伴う交通規制のため、ご指定いただいた 8月29日（金）18:00〜20:00 の
お届け時間帯は配送を行うことができなくなりました。この時間帯の予約は取り消されました。

ご注文（注文番号 %s）はキャンセルされておらず、有効なままです。
以下のページから新しいお届け時間帯をお選びください。
https://www.amazon.co.jp/afx/slotselection?orderID=%s

8月29日 23:59 までに時間帯のご選択がない場合は、最短の時間帯でお届けします。

Amazonフレッシュ カスタマーサービス
""" % ((o := order_no("250")), o),
    html=amz_html("amazon.co.jp", "お届け時間帯の変更のお願い", o, [
        "Amazonフレッシュをご利用いただき、ありがとうございます。",
        "台風接近に伴う交通規制のため、ご指定いただいた <b>8月29日（金）18:00〜20:00</b> のお届け時間帯は配送を行うことができなくなりました。この時間帯の予約は取り消されました。",
        "ご注文はキャンセルされておらず、有効なままです。下のボタンから新しいお届け時間帯をお選びください。",
        '<a href="https://www.amazon.co.jp/afx/slotselection?orderID=%s" style="background:#f0c14b;padding:8px 16px;border:1px solid #a88734;color:#111">お届け時間帯を選ぶ</a>' % o,
        "8月29日 23:59 までに時間帯のご選択がない場合は、最短の時間帯でお届けします。"],
        legal=JA_LEGAL_HTML, nav=JA_NAV, order_label="注文番号 ", lang="ja", greeting="松本 修 様"))

add(kind="non_notice", language="ja", cause=None, states_reason=False, marketplace="amazon.co.jp",
    note="Prime membership cancellation confirmed",
    frm=("Amazonプライム", "prime@amazon.co.jp"), to=("井上 拓也", "takuya.inoue@example.jp"),
    reply_to="no-reply@amazon.co.jp", amazon=True, auth=auth_pass("amazon.co.jp"),
    subject="Amazonプライム会員登録のキャンセルが完了しました",
    fmt="html", cs="utf-8", cte="b64",
    html=amz_html("amazon.co.jp", "プライム会員登録のキャンセル", None, [
        "井上 拓也 様",
        "Amazonプライム会員登録のキャンセル手続きが完了しました。",
        "プライム会員特典は <b>2025年6月12日</b> までご利用いただけます。その後、会費（月額 ￥600）は請求されません。",
        "Prime Videoのダウンロード済み作品やPrime Readingでお借りの本は、特典終了日以降はご利用いただけなくなります。",
        'いつでも<a href="https://www.amazon.co.jp/amazonprime">Amazonプライム</a>に再登録いただけます。'],
        legal=JA_LEGAL_HTML, nav=JA_NAV, lang="ja"))

o = order_no("503")
add(kind="non_notice", language="ja", cause=None, states_reason=False, marketplace="amazon.co.jp",
    note="genuine payment reminder: update payment or order WILL be cancelled",
    frm=("Amazon.co.jp", "payments-update@amazon.co.jp"), to=("木村 陽子", "yoko.kimura@example.jp"),
    reply_to="payments-messages@amazon.co.jp", amazon=True, auth=auth_pass("amazon.co.jp"),
    subject="Amazon.co.jp お支払い方法の変更をお願いします（注文番号 %s）" % o,
    fmt="text", cs="iso-2022-jp", cte="7bit",
    text="""木村 陽子 様

Amazon.co.jpをご利用いただき、ありがとうございます。

ご注文番号 %s のお支払いに、ご指定のクレジットカード（JCB 末尾 0923）を
ご利用いただけませんでした。カード会社から承認が得られなかったためです。

お手数ですが、2025年5月22日までにお支払い方法を変更してください。
期限までに変更が確認できない場合、ご注文はキャンセルされます。

お支払い方法の変更手順:
  1. Amazon.co.jpにサインインし、「注文履歴」を開きます。
  2. 該当のご注文の「お支払い方法を変更する」を選択します。
  3. 新しいカードを選択するか追加し、「続行」をクリックします。
https://www.amazon.co.jp/gp/css/order-history

お客様のご注文は現在保留中で、商品は確保されています。

Amazon.co.jpがEメールでカード番号やパスワードの返信を求めることはありません。
不審なEメールは stop-spoofing@amazon.co.jp までご報告ください。

Amazon.co.jp
""" % o)

# ---- lookalikes -----------------------------------------------------
add(kind="lookalike", language="ja", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="callback phone number, gmail sender",
    frm=("Amazon カスタマーサポートセンター", "amazon.support.center.jp@gmail.com"), to=(None, "hiroshi.ono@example.jp"),
    mid="gmail", auth=auth_custom("pass", "pass", "gmail.com", "none", "gmail.com", "gmail.com"),
    subject="【重要】お客様のご注文はキャンセルされました（不正利用の疑い）",
    fmt="text", cs="utf-8", cte="8bit",
    text="""Amazonをご利用のお客様

お客様のアカウントで不正な購入が検出されたため、以下のご注文はキャンセルされました。

注文番号：%s
商品：iPhone 16 Pro Max 512GB ナチュラルチタニウム
金額：￥249,800
お届け先：大阪府大阪市浪速区日本橋 3-6-18

この購入に心当たりがない場合は、24時間以内に下記のサポートセンターまで
お電話ください。担当者がカードの不正利用の停止と返金のお手続きをご案内します。

▼Amazon 不正利用受付センター（24時間対応）
☎ 050-5482-7719

お電話の際は、本人確認のため、カード番号とご登録の携帯電話に届く
確認コードをお伝えください。

Amazon.co.jp セキュリティ部
""" % order_no("503"))

add(kind="lookalike", language="ja", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled, enter this code; lookalike domain",
    frm=("Amazon.co.jp", "account-security@amazon-co-jp.account-verify.top"), to=(None, "yuko.fujita@example.jp"),
    mid="other", auth=auth_custom("pass", "pass", "account-verify.top", "none", "amazon-co-jp.account-verify.top", "account-verify.top"),
    subject="Amazonアカウントが一時停止され、ご注文がキャンセルされました",
    fmt="html", cs="utf-8", cte="b64",
    html=simple_html("""<div style="max-width:600px;margin:0 auto;border:1px solid #ddd;padding:20px">
<div style="font-size:24px;font-weight:bold">amazon<span style="color:#ff9900">.co.jp</span></div>
<h2>アカウントの一時停止のお知らせ</h2>
<p>お客様のアカウントに異常なログインが検出されたため、アカウントを一時停止し、処理中のご注文（注文番号 %s）をキャンセルしました。</p>
<p>アカウントを復元するには、以下の確認コードを使用して本人確認を完了してください。</p>
<p style="font-size:28px;letter-spacing:6px;font-weight:bold;text-align:center;background:#f3f3f3;padding:12px">839 201</p>
<p style="text-align:center"><a href="https://amazon-co-jp.account-verify.top/ap/signin?code=839201" style="background:#ff9900;color:#fff;padding:10px 30px;border-radius:4px">今すぐ確認する</a></p>
<p>48時間以内に確認が完了しない場合、アカウントは永久に利用できなくなり、残高は失効します。</p>
<p style="color:#888;font-size:11px">© 1996-2025, Amazon.com, Inc. or its affiliates</p>
</div>""" % order_no("250"), lang="ja"))

add(kind="lookalike", language="ja", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude, asks to reply with card details, yahoo sender, broken Japanese",
    frm=("amazon", "amazon_jp_info2025@yahoo.co.jp"), to=(None, "k.hayashi@example.jp"),
    mid="yahoo", subject="アマゾン注文キャンセル 確認下さい",
    fmt="text", cs="utf-8", cte="b64",
    text="""お客様へ

あなたの注文はお支払い承認されなかった為キャンセルになりました。
注文を元に戻すには、このメールに返信で以下の情報を送って下さい。

・カード名義
・カード番号
・有効期限
・セキュリティコード(裏の3桁)
・生年月日

返信ない場合、アカウントは停止されます。

アマゾン　サポート
""")

o = order_no("249")
add(kind="lookalike", language="ja", cause="payment_issue", states_reason=True, marketplace=None,
    note="polished copy of notice layout; link text shows amazon.co.jp, href to evil host; subdomain trick sender",
    frm=("Amazon.co.jp", "auto-confirm@amazon.co.jp.order-update.info"), to=("佐々木 亮", "ryo.sasaki@example.jp"),
    reply_to="no-reply@amazon.co.jp.order-update.info", mid="other",
    auth=auth_custom("pass", "pass", "order-update.info", "none", "amazon.co.jp.order-update.info", "order-update.info"),
    subject="Amazon.co.jp ご注文 %s はキャンセルされました：お支払い方法を更新してください" % o,
    fmt="alt", cs="utf-8", cte="qp",
    text="""佐々木 亮 様

お支払いに使用されたカードが承認されなかったため、ご注文 %s はキャンセルされました。
再度ご注文を有効にするには、24時間以内にお支払い情報を更新してください。

https://www.amazon.co.jp/gp/css/order-history

Amazon.co.jp
""" % o,
    html=amz_html("amazon.co.jp", "ご注文がキャンセルされました", o, [
        "Amazon.co.jpをご利用いただき、ありがとうございます。",
        "お支払いに使用されたカードがカード会社により承認されなかったため、ご注文はキャンセルされました。",
        '再度ご注文を有効にするには、24時間以内に以下のリンクからお支払い情報を更新してください：<br/><a href="http://amazon.co.jp.order-cancel-check.xyz/ap/signin?session=%s">https://www.amazon.co.jp/gp/css/order-history</a>' % alnum(20),
        "期限を過ぎるとアカウントが制限される場合があります。"],
        items=[("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック", "数量: 1", "￥44,550")],
        heading_items="キャンセルされた商品", base="http://amazon.co.jp.order-cancel-check.xyz",
        legal=JA_LEGAL_HTML[:2], nav=JA_NAV, order_label="注文番号 ", lang="ja", greeting="佐々木 亮 様", pixel=False))

add(kind="lookalike", language="ja", cause="unknown", states_reason=True, marketplace=None,
    note="Cyrillic homoglyph display name, amaz0n domain, order WILL be cancelled unless address confirmed",
    frm=("Аmаzоn.co.jp", "info@amaz0n-jp.com"), to=(None, "mika.ogawa@example.jp"),
    mid="other", auth=auth_custom("softfail", "none", None, "none", "amaz0n-jp.com", "mail.amaz0n-jp.com"),
    subject="お客様の注文は保留されています。24時間以内に確認しない場合キャンセルされます",
    fmt="html", cs="utf-8", cte="qp",
    html=simple_html("""<table width="600" align="center" style="border:1px solid #e7e7e7"><tr><td style="padding:20px">
<p style="font-size:22px"><b>amazon</b></p>
<p>お客様各位</p>
<p>ご注文の配送先住所に問題があるため、お荷物を配送できません。</p>
<p>24時間以内に住所を確認していただけない場合、ご注文は自動的にキャンセルされ、配送料 ￥550 の再配達手数料が発生します。</p>
<p><a href="https://amaz0n-jp.com/redelivery/confirm" style="color:#0066c0">配送先住所を確認する</a></p>
<p>Amazon.co.jp をご利用いただきありがとうございます。</p>
</td></tr></table>""", lang="ja"))

add(kind="lookalike", language="ja", cause="technical_issue", states_reason=True, marketplace=None,
    note="malformed order number, outlook sender, 'system error' refund login link",
    frm=("Amazon.co.jp 返金センター", "amazon-refund-jp@outlook.jp"), to=(None, "shota.kondo@example.jp"),
    mid="outlook", subject="システムエラーにより注文がキャンセルされました #2506-119-88A",
    fmt="alt", cs="utf-8", cte="qp",
    text="""お客様

システムエラーにより、お客様のご注文（注文番号：#2506-119-88A）はキャンセルされました。
ご迷惑をおかけして申し訳ございません。

ご返金（￥18,420）を受け取るには、下記リンクよりAmazonアカウントにログインし、
返金先のカード情報を確認してください。

https://amazon-refund-center.com/jp/login

※7日以内にお手続きがない場合、返金は無効となります。

Amazon.co.jp 返金センター
""",
    html=simple_html("""<p>お客様</p>
<p>システムエラーにより、お客様のご注文（注文番号：<b>#2506-119-88A</b>）はキャンセルされました。<br>ご迷惑をおかけして申し訳ございません。</p>
<p>ご返金（<b>￥18,420</b>）を受け取るには、下記よりAmazonアカウントにログインし、返金先のカード情報を確認してください。</p>
<p><a href="https://amazon-refund-center.com/jp/login">返金手続きへ進む</a></p>
<p style="color:#c00">※7日以内にお手続きがない場合、返金は無効となります。</p>
<p>Amazon.co.jp 返金センター</p>""", lang="ja"))

add(kind="lookalike", language="ja", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="Greek-Alpha homoglyph name, amazon-orders.help, no order number, bank details form; ISO-2022-JP",
    frm=("Αmazon.co.jp", "support@amazon-orders.help"), to=(None, "naoko.ishii@example.jp"),
    mid="other", auth=auth_custom("pass", "none", None, "fail", "amazon-orders.help", "amazon-orders.help"),
    subject="在庫切れのため、ご注文をキャンセルしました",
    fmt="text", cs="iso-2022-jp", cte="7bit",
    text="""お客様

いつもAmazonをご利用いただきありがとうございます。

誠に申し訳ございませんが、ご注文の商品は在庫切れのため、ご注文をキャンセルいたしました。

お支払い済みの代金を返金いたしますので、下記の返金フォームに
お振込先の銀行口座情報（銀行名・支店名・口座番号・暗証番号）を
ご入力ください。

返金フォーム：https://amazon-orders.help/jp/refund-form

ご入力がない場合、返金は行われませんのでご注意ください。

Amazon 返金担当
""")

add(kind="lookalike", language="ja", cause="customer_request", states_reason=True, marketplace=None,
    note="polished 'cancelled at your request, if not you click to undo'; amazon.co.jp.<evil>.cn sender; link text mismatch",
    frm=("Amazon.co.jp", "order-update@amazon.co.jp.ordercenter-jp.cn"), to=("前田 聡", "satoshi.maeda@example.jp"),
    mid="other", subject="ご注文のキャンセルを承りました（注文番号 %s）" % (o := order_no("250")),
    fmt="html", cs="utf-8", cte="b64",
    html=amz_html("amazon.co.jp", "キャンセルを承りました", o, [
        "お客様のご依頼により、以下のご注文のキャンセルを承りました。",
        '心当たりがない場合は、第三者がお客様のアカウントを操作した可能性があります。ただちに以下からキャンセルを取り消し、アカウントを保護してください。<br/><a href="https://amazon.co.jp.ordercenter-jp.cn/cancel/undo?id=%s">https://www.amazon.co.jp/your-account/cancel-undo</a>' % alnum(16),
        "12時間以内にお手続きがない場合、取り消しはできなくなります。"],
        items=[("Nintendo Switch 2 マリオカート ワールド セット", "数量: 1", "￥53,980")],
        heading_items="キャンセルされた商品", base="https://amazon.co.jp.ordercenter-jp.cn",
        legal=JA_LEGAL_HTML[:1] + JA_LEGAL_HTML[3:4], nav=JA_NAV, order_label="注文番号 ", lang="ja",
        greeting="前田 聡 様", pixel=False))


# =====================================================================
# TURKISH  (amazon.com.tr)
# =====================================================================
TR_NAV = ("Siparişlerim", "Hesabım")
TR_LEGAL_HTML = [
    'Amazon.com.tr, e-posta yoluyla asla şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez ve bu bilgileri e-postaya yanıt olarak göndermenizi talep etmez.',
    'Kart numaranız veya son kullanma tarihiniz değiştiyse <a href="https://www.amazon.com.tr/cpe/yourpayments/wallet">Hesabım &gt; Ödeme yöntemleriniz</a> bölümünden güncelleyebilirsiniz.',
    'Amazon.com.tr adına gönderilmiş gibi görünen şüpheli bir e-posta aldıysanız bağlantılara tıklamadan <a href="mailto:stop-spoofing@amazon.com.tr">stop-spoofing@amazon.com.tr</a> adresine bildirin. Ayrıntılar: <a href="https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GZ7W5B7FDSJGGFQG">Sahte e-postaları tanıma</a>.',
    'Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.',
    'Amazon Turkey Perakende Hizmetleri Limited Şirketi, İstanbul. <a href="https://www.amazon.com.tr/gp/help/customer/display.html">Yardım ve Müşteri Hizmetleri</a>',
]
TR_LEGAL_TEXT = """Amazon.com.tr, e-posta yoluyla asla şifrenizi, kredi kartı numaranızı veya
banka hesap bilgilerinizi istemez.

Kart numaranız değiştiyse Hesabım > Ödeme yöntemleriniz bölümünden güncelleyin:
https://www.amazon.com.tr/cpe/yourpayments/wallet

Şüpheli e-postaları stop-spoofing@amazon.com.tr adresine bildirin:
https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GZ7W5B7FDSJGGFQG

Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir.
Amazon Turkey Perakende Hizmetleri Limited Şirketi, İstanbul.
"""

# ---- notices -------------------------------------------------------
o = order_no("403")
add(kind="notice", language="tr", cause="inventory_shortage", states_reason=True, marketplace="amazon.com.tr",
    note="seller could not supply, out of stock; alt QP, auth pass",
    frm=("Amazon.com.tr", "auto-confirm@amazon.com.tr"), to=("Elif Yıldız", "elif.yildiz@example.com.tr"),
    reply_to="no-reply@amazon.com.tr", amazon=True, auth=auth_pass("amazon.com.tr"),
    subject="Amazon.com.tr siparişinizden 1 ürün iptal edildi (%s)" % o,
    fmt="alt", cs="utf-8", cte="qp",
    text="""Amazon.com.tr
Sipariş No. %s
%s

Merhaba Elif Yıldız,

Üzgünüz, siparişinizdeki aşağıdaki ürün stokta kalmadığı için iptal edildi.
Satıcı, ürünü tedarik edemeyeceğini bize bildirdi.

İptal edilen ürünler:
  Philips Airfryer XXL HD9650/90, 7,3 L
  Adet: 1    Fiyat: 6.499,00 TL

Bu ürün için kartınızdan ödeme alınmadı. Kartınızda geçici bir provizyon
görüyorsanız, bankanıza bağlı olarak birkaç iş günü içinde kaldırılacaktır.

Siparişinizdeki diğer ürünler planlandığı gibi gönderilecektir.

Siparişlerim: https://www.amazon.com.tr/gp/css/order-history

%s
%s""" % (o, RULE, RULE, TR_LEGAL_TEXT),
    html=amz_html("amazon.com.tr", "İptal edilen ürünler", o, [
        "Üzgünüz, siparişinizdeki aşağıdaki ürün stokta kalmadığı için iptal edildi. Satıcı, ürünü tedarik edemeyeceğini bize bildirdi.",
        "Bu ürün için kartınızdan ödeme alınmadı. Kartınızda geçici bir provizyon görüyorsanız, bankanıza bağlı olarak birkaç iş günü içinde kaldırılacaktır.",
        "Siparişinizdeki diğer ürünler planlandığı gibi gönderilecektir."],
        items=[("Philips Airfryer XXL HD9650/90, 7,3 L", "Adet: 1", "6.499,00 TL")],
        heading_items="İptal edilen ürünler",
        closing=['<a href="https://www.amazon.com.tr/gp/css/order-history">Siparişlerim</a> sayfasından siparişinizin durumunu görebilirsiniz.',
                 '<br/>Sizi tekrar görmeyi umuyoruz.<br/><strong>Amazon.com.tr</strong>'],
        legal=TR_LEGAL_HTML, nav=TR_NAV, order_label="Sipariş No. ", lang="tr", greeting="Merhaba Elif Yıldız,"))

o = order_no("402")
add(kind="notice", language="tr", cause="payment_issue", states_reason=True, marketplace="amazon.com.tr",
    note="card declined, payment revision not made in time; text-only iso-8859-9 QP",
    frm=("Amazon.com.tr", "payments-messages@amazon.com.tr"), to=("Mehmet Kaya", "mehmet.kaya@example.com.tr"),
    reply_to="payments-messages@amazon.com.tr", amazon=True, auth=None,
    subject="Amazon.com.tr siparişiniz %s iptal edildi" % o,
    fmt="text", cs="iso-8859-9", cte="qp",
    text="""Merhaba Mehmet Kaya,

%s numaralı siparişinizin ödemesi, kartınızı veren banka tarafından
reddedildi (Mastercard, son dört hanesi 7781).

Daha önce size gönderdiğimiz e-postada ödeme bilgilerinizi güncellemenizi
rica etmiştik. Ödeme revizyonu belirtilen süre içinde yapılmadığı için
siparişiniz iptal edilmiştir.

İptal edilen ürünler:
  Xiaomi Redmi Note 13 Pro 256 GB, Gece Siyahı - Adet: 1
  Spigen Ultra Hybrid Kılıf - Adet: 1

Bu sipariş için herhangi bir ücret tahsil edilmedi.

Ürünleri hâlâ istiyorsanız, geçerli bir ödeme yöntemiyle yeni bir sipariş
verebilirsiniz. Ödeme yöntemlerinizi Hesabım > Ödeme yöntemleriniz
bölümünden yönetebilirsiniz:
https://www.amazon.com.tr/cpe/yourpayments/wallet

Amazon.com.tr hiçbir zaman e-posta ile kart numaranızı veya şifrenizi
sormaz. Şüpheli e-postaları stop-spoofing@amazon.com.tr adresine bildirin.

Saygılarımızla,
Amazon.com.tr
""" % o)

o = order_no("407")
add(kind="notice", language="tr", cause="technical_issue", states_reason=True, marketplace="amazon.com.tr",
    note="pricing error (listing showed wrong price); HTML-only base64, auth pass",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr"), to=("Zeynep Demir", "zeynep.demir@example.com.tr"),
    reply_to="no-reply@amazon.com.tr", amazon=True, auth=auth_pass("amazon.com.tr"),
    subject="Siparişiniz hakkında önemli bilgi: %s" % o,
    fmt="html", cs="utf-8", cte="b64",
    html=amz_html("amazon.com.tr", "Siparişiniz iptal edildi", o, [
        "Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
        "Aşağıdaki ürünün fiyatı, ürün listesindeki bir fiyatlandırma hatası nedeniyle sitemizde kısa bir süre yanlış görüntülendi (899,00 TL yerine 8.999,00 TL olması gerekiyordu). Bu nedenle siparişinizi iptal ettik.",
        "Yaşanan aksaklık için özür dileriz. Kartınızdan herhangi bir ücret tahsil edilmedi."],
        items=[("Dyson V8 Absolute Kablosuz Süpürge", "Adet: 1", "899,00 TL")],
        heading_items="İptal edilen ürünler",
        closing=['Ürünü güncel fiyatıyla <a href="https://www.amazon.com.tr/dp/B0BHX2F7KD">ürün sayfasında</a> inceleyebilirsiniz.',
                 'Sorularınız için <a href="https://www.amazon.com.tr/gp/help/customer/contact-us">Müşteri Hizmetleri</a> ile iletişime geçebilirsiniz.',
                 '<br/><strong>Amazon.com.tr</strong>'],
        legal=TR_LEGAL_HTML, nav=TR_NAV, order_label="Sipariş No. ", lang="tr", greeting="Merhaba Zeynep Demir,"))

o = order_no("408")
add(kind="notice", language="tr", cause="fraud_prevention", states_reason=True, marketplace="amazon.com.tr",
    note="unusual activity, account on hold, identity verification; alt iso-8859-9 8bit text + utf-8 b64 html",
    frm=("Amazon.com.tr", "cs-reply@amazon.com.tr"), to=("Burak Aydın", "burak.aydin@example.com.tr"),
    reply_to="cs-reply@amazon.com.tr", amazon=True, auth=None,
    subject="Amazon.com.tr hesabınız ve %s numaralı siparişiniz hakkında" % o,
    fmt="alt", cs="iso-8859-9", cte="8bit", hcs="utf-8", hcte="b64",
    text="""Merhaba Burak Aydın,

Hesabınızda olağan dışı bir etkinlik tespit ettik. Güvenliğiniz için
hesabınızı geçici olarak beklemeye aldık ve %s numaralı siparişinizi
iptal ettik.

İptal edilen ürün: Apple iPad Air 11 inç (M2) Wi-Fi 128 GB - Adet: 2

Hesabınızı yeniden kullanabilmek için Amazon.com.tr web sitesine veya
uygulamasına kendiniz giriş yapın ve ekrandaki adımları izleyerek
kimliğinizi doğrulayın. Bu e-postadaki herhangi bir bağlantıya tıklamanız
gerekmez.

Bu sipariş için ücret tahsil edilmedi.

Amazon.com.tr, telefonla veya e-posta ile şifrenizi, tek kullanımlık
kodunuzu ya da kart bilgilerinizi asla sormaz.

Amazon.com.tr Hesap Uzmanları
""" % o,
    html=amz_html("amazon.com.tr", "Hesabınız beklemeye alındı", o, [
        "Hesabınızda olağan dışı bir etkinlik tespit ettik. Güvenliğiniz için hesabınızı geçici olarak beklemeye aldık ve siparişinizi iptal ettik.",
        "Hesabınızı yeniden kullanabilmek için Amazon.com.tr web sitesine veya uygulamasına kendiniz giriş yapın ve ekrandaki adımları izleyerek kimliğinizi doğrulayın. Bu e-postadaki herhangi bir bağlantıya tıklamanız gerekmez.",
        "Bu sipariş için ücret tahsil edilmedi."],
        items=[("Apple iPad Air 11 inç (M2) Wi-Fi 128 GB", "Adet: 2", "45.998,00 TL")],
        heading_items="İptal edilen ürünler",
        closing=["Amazon.com.tr, telefonla veya e-posta ile şifrenizi, tek kullanımlık kodunuzu ya da kart bilgilerinizi asla sormaz.",
                 "<br/><strong>Amazon.com.tr Hesap Uzmanları</strong>"],
        legal=TR_LEGAL_HTML, nav=TR_NAV, order_label="Sipariş No. ", lang="tr", greeting="Merhaba Burak Aydın,"))

o = order_no("403")
add(kind="notice", language="tr", cause="customer_request", states_reason=True, marketplace="amazon.com.tr",
    note="'İptal işlemi başarılı', reason line 'Müşteri tarafından iptal edildi'; text 8bit, auth pass",
    frm=("Amazon.com.tr", "auto-confirm@amazon.com.tr"), to=("Ayşe Çelik", "ayse.celik@example.com.tr"),
    reply_to="no-reply@amazon.com.tr", amazon=True, auth=auth_pass("amazon.com.tr"),
    subject='İptal işlemi başarılı: "Tefal Ingenio 13 Parça Tencere Seti..."',
    fmt="text", cs="utf-8", cte="8bit",
    text="""Amazon.com.tr
%s

Merhaba Ayşe Çelik,

İsteğiniz üzerine aşağıdaki ürünü %s numaralı siparişinizden iptal ettik.

  Tefal Ingenio 13 Parça Tencere Seti, Çıkarılabilir Saplı
  Adet: 1
  İptal nedeni: Müşteri tarafından iptal edildi

Bu ürün için ücret tahsil edilmeyecek. Amazon.com.tr hediye çeki bakiyesi
kullandıysanız, tutar bakiyenize iade edilecektir.

Sipariş ayrıntıları:
https://www.amazon.com.tr/gp/your-account/order-details?orderID=%s

%s
%s""" % (RULE, o, o, RULE, TR_LEGAL_TEXT))

o = order_no("405")
add(kind="notice", language="tr", cause="unknown", states_reason=True, marketplace="amazon.com.tr",
    note="cancelled because delivery address undeliverable / parcel returned (reason fits none of the 4)",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr"), to=("Can Öztürk", "can.ozturk@example.com.tr"),
    reply_to="no-reply@amazon.com.tr", amazon=True, auth=None,
    subject="Amazon.com.tr siparişiniz %s iptal edildi" % o,
    fmt="alt", cs="utf-8", cte="b64",
    text="""Merhaba Can Öztürk,

Kargo firması, siparişinizi belirttiğiniz teslimat adresine teslim edemedi
(adres bulunamadı) ve paket bize geri gönderildi. Bu nedenle %s numaralı
siparişiniz iptal edildi.

  Logitech MX Master 3S Kablosuz Mouse, Grafit - Adet: 1 - 3.249,00 TL

Ödemeniz, paket depomuza ulaştıktan sonra 3-5 iş günü içinde ödeme
yönteminize iade edilecektir.

Gelecekteki siparişleriniz için adres bilgilerinizi Hesabım > Adreslerim
bölümünden kontrol edebilirsiniz.

%s""" % (o, TR_LEGAL_TEXT),
    html=amz_html("amazon.com.tr", "Siparişiniz iptal edildi", o, [
        "Kargo firması, siparişinizi belirttiğiniz teslimat adresine teslim edemedi (adres bulunamadı) ve paket bize geri gönderildi. Bu nedenle siparişiniz iptal edildi.",
        "Ödemeniz, paket depomuza ulaştıktan sonra 3-5 iş günü içinde ödeme yönteminize iade edilecektir.",
        'Gelecekteki siparişleriniz için adres bilgilerinizi <a href="https://www.amazon.com.tr/a/addresses">Hesabım &gt; Adreslerim</a> bölümünden kontrol edebilirsiniz.'],
        items=[("Logitech MX Master 3S Kablosuz Mouse, Grafit", "Adet: 1", "3.249,00 TL")],
        rows=[("İade edilecek tutar:", "3.249,00 TL")],
        legal=TR_LEGAL_HTML, nav=TR_NAV, order_label="Sipariş No. ", lang="tr", greeting="Merhaba Can Öztürk,"))

# ---- non-notices ----------------------------------------------------
add(kind="non_notice", language="tr", cause=None, states_reason=False, marketplace=None,
    note="Trendyol order cancellation; the product is an Amazon Echo Dot",
    frm=("Trendyol", "bilgilendirme@trendyol.com"), to=("Selin Arslan", "selin.arslan@example.com.tr"),
    mid="other", subject="Siparişin iptal edildi - Sipariş No: 8764423190",
    fmt="html", cs="utf-8", cte="qp",
    html=simple_html("""<table width="600" align="center" style="border:1px solid #eee"><tr><td style="padding:24px">
<div style="font-size:26px;font-weight:bold;color:#f27a1a">trendyol</div>
<h2>Merhaba Selin,</h2>
<p><b>8764423190</b> numaralı siparişindeki aşağıdaki ürün, satıcının stoğu tükendiği için iptal edildi.</p>
<table width="100%" style="border-top:1px solid #eee"><tr><td style="padding:8px 0">Amazon Echo Dot (5. Nesil) Akıllı Hoparlör, Antrasit</td><td align="right">1.899,00 TL</td></tr>
<tr><td style="color:#888">Satıcı: TeknoDünya</td><td></td></tr></table>
<p>Ödemen 2-10 iş günü içinde kartına iade edilecektir. İade süresi bankana göre değişebilir.</p>
<p><a href="https://www.trendyol.com/hesabim/siparislerim" style="background:#f27a1a;color:#fff;padding:10px 20px;border-radius:6px">Siparişlerime Git</a></p>
<p style="font-size:11px;color:#999">DSM Grup Danışmanlık İletişim ve Satış Ticaret A.Ş. Bu e-posta bilgilendirme amaçlıdır.</p>
</td></tr></table>""", lang="tr"))

add(kind="non_notice", language="tr", cause=None, states_reason=False, marketplace=None,
    note="colleague says he cancelled his Amazon order (outlook)",
    frm=("Emre Şahin", "emre.sahin@example-lojistik.com.tr"), to=("Deniz Koç", "deniz.koc@example-lojistik.com.tr"),
    mid="outlook", subject="RE: Toplantı odası için kamera",
    fmt="text", cs="iso-8859-9", cte="qp",
    text="""Selam Deniz,

Amazon'dan verdiğim kamera siparişini az önce iptal ettim, muhasebe
bütçe onayını vermedi. O yüzden Cuma günü ofise bir şey gelmeyecek.
Gelecek ay tekrar bakarız, belki başka bir modele geçeriz.

Kolay gelsin,
Emre

-----Original Message-----
From: Deniz Koç
Sent: Tuesday, March 11, 2025 10:02
To: Emre Şahin
Subject: Toplantı odası için kamera

Emre, kamera ne zaman geliyor? Cuma sunum var.
""")

add(kind="non_notice", language="tr", cause=None, states_reason=False, marketplace=None,
    note="bank security bulletin quoting a fake Amazon cancellation subject",
    frm=("Güvenli Bankacılık Bülteni", "bulten@guvenlik-bulteni.example.com.tr"), to=(None, "hakan.yilmaz@example.com.tr"),
    mid="other", subject="Dikkat: 'Amazon siparişiniz iptal edildi' başlıklı sahte e-postalar",
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@guvenlik-bulteni.example.com.tr>")],
    fmt="alt", cs="utf-8", cte="qp",
    text="""Güvenli Bankacılık Bülteni - Nisan 2025

Son haftalarda müşterilerimize "Amazon siparişiniz iptal edildi - ödemeniz
alınamadı" konulu sahte e-postalar gönderildiğini tespit ettik.

Bu e-postalarda:
 - Gönderen adresi amazon.com.tr değil, benzer görünen bir alan adıdır
   (ör. amazon-tr-destek.com, amaz0n.com.tr.siparis.net).
 - "Kart bilgilerinizi doğrulayın" diyen bir bağlantı bulunur.
 - Sizden tek kullanımlık SMS şifrenizi paylaşmanız istenir.

Bankamız ve Amazon, sizden asla e-posta veya telefonla kart bilgisi ya da
SMS şifresi istemez. Şüpheli e-postaları açmadan silin ve bize bildirin.

Bülten aboneliğinden çıkmak için bu e-postayı yanıtlayın.
""",
    html=simple_html("""<h2>Güvenli Bankacılık Bülteni - Nisan 2025</h2>
<p>Son haftalarda müşterilerimize <b>"Amazon siparişiniz iptal edildi - ödemeniz alınamadı"</b> konulu sahte e-postalar gönderildiğini tespit ettik.</p>
<p>Bu e-postalarda:</p><ul><li>Gönderen adresi amazon.com.tr değil, benzer görünen bir alan adıdır (ör. amazon-tr-destek.com, amaz0n.com.tr.siparis.net).</li>
<li>"Kart bilgilerinizi doğrulayın" diyen bir bağlantı bulunur.</li><li>Sizden tek kullanımlık SMS şifrenizi paylaşmanız istenir.</li></ul>
<p>Bankamız ve Amazon, sizden asla e-posta veya telefonla kart bilgisi ya da SMS şifresi istemez. Şüpheli e-postaları açmadan silin ve bize bildirin.</p>""", lang="tr"))

add(kind="non_notice", language="tr", cause=None, states_reason=False, marketplace="amazon.com.tr",
    note="Prime membership cancelled (subscription, not an order)",
    frm=("Amazon Prime", "prime@amazon.com.tr"), to=("Gökhan Polat", "gokhan.polat@example.com.tr"),
    reply_to="no-reply@amazon.com.tr", amazon=True, auth=auth_pass("amazon.com.tr"),
    subject="Amazon Prime üyeliğiniz iptal edildi",
    fmt="html", cs="utf-8", cte="b64",
    html=amz_html("amazon.com.tr", "Prime üyeliğiniz iptal edildi", None, [
        "Merhaba Gökhan Polat,",
        "İsteğiniz üzerine Amazon Prime üyeliğinizi iptal ettik. Prime avantajlarından <b>14 Temmuz 2025</b> tarihine kadar yararlanmaya devam edebilirsiniz; bu tarihten sonra üyelik ücreti tahsil edilmeyecektir.",
        "Prime Video'da indirdiğiniz içerikler üyelik sona erdiğinde kullanılamaz hâle gelecektir.",
        'Fikrinizi değiştirirseniz <a href="https://www.amazon.com.tr/prime">Prime üyeliğinizi</a> istediğiniz zaman yeniden başlatabilirsiniz.'],
        legal=TR_LEGAL_HTML, nav=TR_NAV, lang="tr"))

o = order_no("406")
add(kind="non_notice", language="tr", cause=None, states_reason=False, marketplace="amazon.com.tr",
    note="large-item delivery appointment cancelled, order still active",
    frm=("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), to=("Fatma Kurt", "fatma.kurt@example.com.tr"),
    reply_to="no-reply@amazon.com.tr", amazon=True,
    subject="Teslimat randevunuz iptal edildi - yeni bir zaman seçin",
    fmt="alt", cs="iso-8859-9", cte="qp", hcs="utf-8", hcte="qp",
    text="""Merhaba Fatma Kurt,

Büyük ürün teslimatı için 22 Ekim Salı 09:00-13:00 arasına planlanan
teslimat randevunuz, kurulum ekibindeki bir aksaklık nedeniyle iptal edildi.

Siparişiniz (%s) iptal edilmedi ve hâlâ aktif.
Lütfen aşağıdaki bağlantıdan yeni bir teslimat zamanı seçin:
https://www.amazon.com.tr/gp/your-account/order-details?orderID=%s

Ürün: Bosch Serie 4 Bulaşık Makinesi SMS4HVI33E

Amazon.com.tr
""" % (o, o),
    html=amz_html("amazon.com.tr", "Teslimat randevunuz iptal edildi", o, [
        "22 Ekim Salı 09:00-13:00 arasına planlanan teslimat randevunuz, kurulum ekibindeki bir aksaklık nedeniyle iptal edildi.",
        "<b>Siparişiniz iptal edilmedi ve hâlâ aktif.</b> Lütfen yeni bir teslimat zamanı seçin.",
        '<a href="https://www.amazon.com.tr/gp/your-account/order-details?orderID=%s" style="background:#f0c14b;padding:8px 16px;border:1px solid #a88734;color:#111">Yeni zaman seç</a>' % o],
        items=[("Bosch Serie 4 Bulaşık Makinesi SMS4HVI33E", "Adet: 1", "21.499,00 TL")],
        legal=TR_LEGAL_HTML, nav=TR_NAV, order_label="Sipariş No. ", lang="tr", greeting="Merhaba Fatma Kurt,"))

o = order_no("402")
add(kind="non_notice", language="tr", cause=None, states_reason=False, marketplace="amazon.com.tr",
    note="genuine payment revision request; order will be cancelled if not updated",
    frm=("Amazon.com.tr", "payments-update@amazon.com.tr"), to=("Oğuz Erdem", "oguz.erdem@example.com.tr"),
    reply_to="payments-messages@amazon.com.tr", amazon=True, auth=auth_pass("amazon.com.tr"),
    subject="İşlem gerekli: %s numaralı siparişiniz için ödeme bilgilerinizi güncelleyin" % o,
    fmt="text", cs="utf-8", cte="qp",
    text="""Merhaba Oğuz Erdem,

%s numaralı siparişiniz için ödeme yönteminizden tahsilat yapamadık.
Bankanız işlemi onaylamadı.

Siparişinizi tamamlayabilmemiz için lütfen 18 Haziran 2025 tarihine kadar
ödeme bilgilerinizi güncelleyin. Bu tarihe kadar güncelleme yapılmazsa
siparişiniz iptal edilecektir.

Nasıl güncellenir:
 1. Amazon.com.tr'de Siparişlerim sayfasına gidin.
 2. Siparişin yanındaki "Ödeme yöntemini değiştir" seçeneğine tıklayın.
 3. Yeni bir kart seçin veya ekleyin.
https://www.amazon.com.tr/gp/css/order-history

Ürünleriniz şimdilik sizin için ayrılmış durumda.

Amazon.com.tr hiçbir zaman e-posta ile kart bilgilerinizi veya şifrenizi
sormaz. Şüpheli e-postaları stop-spoofing@amazon.com.tr adresine bildirin.

Amazon.com.tr
""" % o)

# ---- lookalikes -----------------------------------------------------
add(kind="lookalike", language="tr", cause="unknown", states_reason=False, marketplace=None,
    note="callback phone for refund, gmail sender, no reason",
    frm=("Amazon Müşteri Hizmetleri", "amazon.musterihizmetleri.tr@gmail.com"), to=(None, "murat.gunes@example.com.tr"),
    mid="gmail", auth=auth_custom("pass", "pass", "gmail.com", "none", "gmail.com", "gmail.com"),
    subject="Siparişiniz iptal edildi - 4.250 TL iadeniz bekliyor",
    fmt="text", cs="utf-8", cte="8bit",
    text="""Sayın Müşterimiz,

%s numaralı siparişiniz iptal edilmiştir.

4.250,00 TL tutarındaki iadenizin kartınıza yapılabilmesi için
iade birimimizi en geç bugün saat 18:00'e kadar aramanız gerekmektedir.

İade Hattı: 0850 305 41 72 (7/24)

Görüşme sırasında kimlik doğrulaması için size SMS ile gelecek kodu
temsilcimize iletmeniz gerekecektir.

Amazon Türkiye Müşteri Hizmetleri
""" % order_no("403"))

add(kind="lookalike", language="tr", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled, use this code; amazon-orders.help",
    frm=("Amazon.com.tr", "guvenlik@amazon-orders.help"), to=(None, "seda.aksoy@example.com.tr"),
    mid="other", auth=auth_custom("pass", "pass", "amazon-orders.help", "none", "amazon-orders.help", "amazon-orders.help"),
    subject="Hesabınız askıya alındı - siparişiniz iptal edildi",
    fmt="html", cs="utf-8", cte="b64",
    html=simple_html("""<div style="max-width:580px;margin:auto;border:1px solid #ddd;padding:20px">
<p style="font-size:24px;font-weight:bold">amazon<span style="color:#ff9900">.com.tr</span></p>
<p>Değerli müşterimiz,</p>
<p>Hesabınızda şüpheli giriş denemeleri tespit edildi. Güvenliğiniz için hesabınız <b>askıya alındı</b> ve bekleyen siparişiniz (%s) iptal edildi.</p>
<p>Hesabınızı yeniden etkinleştirmek için aşağıdaki kodu kullanın:</p>
<p style="font-size:26px;text-align:center;letter-spacing:4px;background:#f6f6f6;padding:10px"><b>AMZ-7731-TR</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/tr/reactivate" style="background:#232f3e;color:#fff;padding:10px 24px">Hesabımı Etkinleştir</a></p>
<p>72 saat içinde işlem yapılmazsa hesabınız kalıcı olarak kapatılacaktır.</p>
<p style="font-size:11px;color:#888">© 2025 Amazon.com, Inc. veya bağlı şirketleri</p></div>""" % order_no("408"), lang="tr"))

add(kind="lookalike", language="tr", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude, reply with full card details, hotmail sender, misspellings",
    frm=("Amazon Destek", "amazondestek.tr@hotmail.com"), to=(None, "ali.cetin@example.com.tr"),
    mid="outlook", subject="SIPARIS IPTAL !! odeme alinamadi",
    fmt="text", cs="iso-8859-9", cte="8bit",
    text="""Sayin musteri,

Odemeniz alinamadigi icin siparisiniz iptal edilmistir. Siparisinizi geri
almak icin bu maile cevap olarak asagidaki bilgileri gonderin:

Ad Soyad:
Kart numarasi:
Son kullanma tarihi:
CVV:
TC Kimlik No:

24 saat icinde cevap vermezseniz hesabiniz kapatilacak.

Amazon destek ekibi
""")

o = order_no("407")
add(kind="lookalike", language="tr", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished notice copy, link text shows amazon.com.tr, href to evil; sender amazon.com.tr.<evil>.top",
    frm=("Amazon.com.tr", "siparis@amazon.com.tr.siparis-iptal.top"), to=("Hülya Doğan", "hulya.dogan@example.com.tr"),
    reply_to="destek@siparis-iptal.top", mid="other",
    subject="Amazon.com.tr siparişinizden 1 ürün iptal edildi (%s)" % o,
    fmt="alt", cs="utf-8", cte="qp",
    text="""Merhaba Hülya Doğan,

Siparişinizdeki ürün stokta kalmadığı için iptal edildi.
İadenizi almak için kart bilgilerinizi 48 saat içinde doğrulayın:
https://www.amazon.com.tr/iade-dogrulama

Amazon.com.tr
""",
    html=amz_html("amazon.com.tr", "İptal edilen ürünler", o, [
        "Üzgünüz, siparişinizdeki aşağıdaki ürün stokta kalmadığı için iptal edildi.",
        'İadenizin kartınıza aktarılabilmesi için kart bilgilerinizi 48 saat içinde doğrulamanız gerekmektedir:<br/><a href="http://amazon-com-tr.iade-merkezi.xyz/dogrula?t=%s">https://www.amazon.com.tr/iade-dogrulama</a>' % alnum(18),
        "Doğrulama yapılmazsa iade tutarı hesabınıza aktarılamayacaktır."],
        items=[("Samsung Galaxy Watch6 44 mm, Grafit", "Adet: 1", "8.799,00 TL")],
        heading_items="İptal edilen ürünler", base="http://amazon-com-tr.iade-merkezi.xyz",
        legal=TR_LEGAL_HTML[:1] + TR_LEGAL_HTML[3:], nav=TR_NAV, order_label="Sipariş No. ", lang="tr",
        greeting="Merhaba Hülya Doğan,", pixel=False))

add(kind="lookalike", language="tr", cause="payment_issue", states_reason=True, marketplace=None,
    note="Cyrillic-o homoglyph display name, amazn-tr.com; order WILL be cancelled in 24h unless payment verified",
    frm=("Amazоn.com.tr", "bildirim@amazn-tr.com"), to=(None, "irem.bulut@example.com.tr"),
    mid="other", auth=auth_custom("softfail", "none", None, "none", "amazn-tr.com", "amazn-tr.com"),
    subject="Ödemeniz doğrulanamadı - siparişiniz 24 saat içinde iptal edilecek",
    fmt="html", cs="utf-8", cte="qp",
    html=simple_html("""<table width="600" align="center"><tr><td>
<p style="font-size:22px"><b>amazon</b></p>
<p>Sayın Müşterimiz,</p>
<p>Son siparişinizin ödemesi bankanız tarafından doğrulanamadı. Ödeme bilgilerinizi <b>24 saat içinde</b> onaylamazsanız siparişiniz otomatik olarak iptal edilecek ve hesabınız kısıtlanacaktır.</p>
<p><a href="https://amazn-tr.com/odeme/onay" style="background:#ffd814;padding:10px 22px;border-radius:20px;color:#000">Ödeme bilgilerini onayla</a></p>
<p>Teşekkürler,<br>Amazon.com.tr</p></td></tr></table>""", lang="tr"))

add(kind="lookalike", language="tr", cause="technical_issue", states_reason=True, marketplace=None,
    note="malformed order number, yahoo sender, 'system error' claim form",
    frm=("Amazon TR", "amazon.tr.iade@yahoo.com"), to=(None, "kerem.tas@example.com.tr"),
    mid="yahoo", subject="Sistem hatası nedeniyle siparişiniz iptal edildi #TR-00982-AMZ",
    fmt="alt", cs="utf-8", cte="b64",
    text="""Merhaba,

Sistemimizde yaşanan teknik bir hata nedeniyle #TR-00982-AMZ numaralı
siparişiniz iptal edilmiştir. Ödediğiniz 2.379,90 TL tutarındaki iadeyi
alabilmek için aşağıdaki formu doldurun:

https://forms.amazon-tr-iade.com/basvuru

Amazon TR
""",
    html=simple_html("""<p>Merhaba,</p><p>Sistemimizde yaşanan teknik bir hata nedeniyle <b>#TR-00982-AMZ</b> numaralı siparişiniz iptal edilmiştir.</p>
<p>Ödediğiniz <b>2.379,90 TL</b> tutarındaki iadeyi alabilmek için <a href="https://forms.amazon-tr-iade.com/basvuru">iade başvuru formunu</a> doldurun.</p><p>Amazon TR</p>""", lang="tr"))

add(kind="lookalike", language="tr", cause="customer_request", states_reason=True, marketplace=None,
    note="'your cancellation request received, if not you click'; amaz0n domain, no order number",
    frm=("Amazon.com.tr", "no-reply@amaz0n.com.tr-destek.com"), to=(None, "pinar.yavuz@example.com.tr"),
    mid="other", auth=auth_custom("pass", "none", None, "none", "amaz0n.com.tr-destek.com", "amaz0n.com.tr-destek.com"),
    subject="İptal talebiniz alındı",
    fmt="text", cs="iso-8859-9", cte="qp",
    text="""Merhaba,

Siparişiniz için iptal talebiniz alındı ve siparişiniz müşteri isteği
üzerine iptal edildi.

Bu talebi siz oluşturmadıysanız, hesabınız başka biri tarafından
kullanılıyor olabilir. İptali geri almak ve hesabınızı korumak için
hemen giriş yapın:

http://amaz0n.com.tr-destek.com/hesap/giris

Amazon.com.tr
""")

add(kind="lookalike", language="tr", cause="unknown", states_reason=False, marketplace=None,
    note="Greek-Alpha homoglyph display name, polished HTML, no reason, 'view refund' link to evil host",
    frm=("Αmazon.com.tr", "auto-confirm@amazon-tr-siparis.com"), to=("Cem Kılıç", "cem.kilic@example.com.tr"),
    mid="other", auth=auth_custom("pass", "pass", "amazon-tr-siparis.com", "none", "amazon-tr-siparis.com", "amazon-tr-siparis.com"),
    subject="Amazon.com.tr siparişiniz %s iptal edildi" % (o := order_no("403")),
    fmt="html", cs="utf-8", cte="b64",
    html=amz_html("amazon.com.tr", "Siparişiniz iptal edildi", o, [
        "Siparişiniz iptal edildi.",
        'İade durumunuzu görüntülemek ve iadeyi onaylamak için hesabınıza giriş yapın: <a href="https://amazon-tr-siparis.com/signin?r=%s">Siparişlerim</a>' % alnum(12)],
        items=[("JBL Tune 770NC Kablosuz Kulaklık, Siyah", "Adet: 1", "3.699,00 TL")],
        heading_items="İptal edilen ürünler", base="https://amazon-tr-siparis.com",
        legal=TR_LEGAL_HTML[:1], nav=TR_NAV, order_label="Sipariş No. ", lang="tr",
        greeting="Merhaba Cem Kılıç,", pixel=False))


# =====================================================================
# ARABIC  (amazon.ae / amazon.sa / amazon.eg)
# =====================================================================
AR_NAV = ("طلباتك", "حسابك")
AR_MP_NAME = {"amazon.ae": "Amazon.ae", "amazon.sa": "Amazon.sa", "amazon.eg": "Amazon.eg"}


def ar_legal_html(mp):
    return [
        'لن تطلب منك %s أبداً عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك الائتمانية أو معلومات حسابك المصرفي، ولن تطلب منك إرسالها رداً على رسالة.' % AR_MP_NAME[mp],
        'إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديثها من <a href="https://www.%s/cpe/yourpayments/wallet">حسابك &gt; خيارات الدفع</a>.' % mp,
        'إذا تلقيت رسالة مشبوهة تدّعي أنها من أمازون، فلا تنقر على الروابط وأبلغ عنها إلى <a href="mailto:stop-spoofing@%s">stop-spoofing@%s</a>. تعرّف على <a href="https://www.%s/gp/help/customer/display.html?nodeId=GVCHF6UM3LQJ6LBN">كيفية التعرف على رسائل التصيد الاحتيالي</a>.' % (mp, mp, mp),
        'تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.',
        '<a href="https://www.%s/gp/help/customer/display.html">المساعدة وخدمة العملاء</a>' % mp,
    ]


def ar_legal_text(mp):
    return """لن تطلب منك %s أبداً عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك
الائتمانية أو معلومات حسابك المصرفي.

إذا تغيّر رقم بطاقتك، يمكنك تحديثه من حسابك > خيارات الدفع:
https://www.%s/cpe/yourpayments/wallet

أبلغ عن الرسائل المشبوهة إلى stop-spoofing@%s
https://www.%s/gp/help/customer/display.html?nodeId=GVCHF6UM3LQJ6LBN

تم إرسال هذه الرسالة من عنوان لا يستقبل الرسائل. يرجى عدم الرد عليها.
""" % (AR_MP_NAME[mp], mp, mp, mp)


def ar_html(mp, title, o, paras, items=(), greeting=None, **kw):
    kw.setdefault("legal", ar_legal_html(mp))
    return amz_html(mp, title, o, paras, items=items, nav=AR_NAV, order_label="رقم الطلب ",
                    lang="ar", rtl=True, greeting=greeting, heading_items=kw.pop("heading_items", "المنتجات الملغاة"), **kw)


# ---- notices -------------------------------------------------------
o = order_no("171")
add(kind="notice", language="ar", cause="inventory_shortage", states_reason=True, marketplace="amazon.ae",
    note="item no longer available from seller; alt base64, auth pass",
    frm=("Amazon.ae", "auto-confirm@amazon.ae"), to=("أحمد المنصوري", "ahmed.almansoori@example.ae"),
    reply_to="no-reply@amazon.ae", amazon=True, auth=auth_pass("amazon.ae"),
    subject="تم إلغاء منتج من طلبك على Amazon.ae رقم %s" % o,
    fmt="alt", cs="utf-8", cte="b64",
    text="""Amazon.ae
رقم الطلب %s
%s

مرحباً أحمد المنصوري،

نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفراً لدى البائع،
ولم يتمكن البائع من توفير الكمية المطلوبة.

المنتجات الملغاة:
  ماكينة قهوة ديلونجي ماجنيفيكا إس ECAM22.110.B
  الكمية: 1    السعر: 1,549.00 درهم

لم يتم خصم أي مبلغ مقابل هذا المنتج. إذا ظهر مبلغ معلّق على بطاقتك، فسيتم
إلغاؤه تلقائياً خلال بضعة أيام عمل حسب البنك.

يمكنك متابعة حالة طلبك من صفحة طلباتك:
https://www.amazon.ae/gp/css/order-history

%s
%s""" % (o, RULE, RULE, ar_legal_text("amazon.ae")),
    html=ar_html("amazon.ae", "إلغاء منتج من طلبك", o, [
        "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفراً لدى البائع، ولم يتمكن البائع من توفير الكمية المطلوبة.",
        "لم يتم خصم أي مبلغ مقابل هذا المنتج. إذا ظهر مبلغ معلّق على بطاقتك، فسيتم إلغاؤه تلقائياً خلال بضعة أيام عمل حسب البنك."],
        items=[("ماكينة قهوة ديلونجي ماجنيفيكا إس ECAM22.110.B", "الكمية: 1", "1,549.00 درهم")],
        greeting="مرحباً أحمد المنصوري،",
        closing=['يمكنك متابعة حالة طلبك من <a href="https://www.amazon.ae/gp/css/order-history">طلباتك</a>.',
                 '<br/>نتطلع لرؤيتك مجدداً.<br/><strong>Amazon.ae</strong>']))

o = order_no("404")
add(kind="notice", language="ar", cause="payment_issue", states_reason=True, marketplace="amazon.sa",
    note="card declined, payment not revised within deadline; text-only windows-1256 QP",
    frm=("Amazon.sa", "payments-messages@amazon.sa"), to=("نورة القحطاني", "noura.alqahtani@example.sa"),
    reply_to="payments-messages@amazon.sa", amazon=True, auth=None,
    subject="تم إلغاء طلبك على Amazon.sa رقم %s" % o,
    fmt="text", cs="windows-1256", cte="qp",
    text="""مرحباً نورة القحطاني،

رفض البنك المُصدر لبطاقتك (مدى، تنتهي بالرقم 5562) عملية الدفع الخاصة بطلبك
رقم %s.

لقد طلبنا منك في رسالة سابقة تحديث معلومات الدفع، ولكن لم يتم تحديث طريقة
الدفع خلال المهلة المحددة، لذلك تم إلغاء طلبك.

المنتجات الملغاة:
  سماعات سوني WH-CH720N لاسلكية - الكمية: 1
  شاحن أنكر 65 واط - الكمية: 1

لم يتم خصم أي مبلغ مقابل هذا الطلب.

إذا كنت لا تزال ترغب في هذه المنتجات، يمكنك تقديم طلب جديد باستخدام طريقة
دفع صالحة. لإدارة طرق الدفع، انتقل إلى حسابك > خيارات الدفع:
https://www.amazon.sa/cpe/yourpayments/wallet

لن تطلب منك Amazon.sa أبداً رقم بطاقتك أو كلمة المرور عبر البريد الإلكتروني.
أبلغ عن الرسائل المشبوهة إلى stop-spoofing@amazon.sa

مع أطيب التحيات،
Amazon.sa
""" % o)

o = order_no("408")
add(kind="notice", language="ar", cause="technical_issue", states_reason=True, marketplace="amazon.eg",
    note="pricing error on listing; HTML-only QP, auth pass",
    frm=("Amazon.eg", "order-update@amazon.eg"), to=("محمد عبد الرحمن", "m.abdelrahman@example.eg"),
    reply_to="no-reply@amazon.eg", amazon=True, auth=auth_pass("amazon.eg"),
    subject="معلومات مهمة بخصوص طلبك رقم %s" % o,
    fmt="html", cs="utf-8", cte="qp",
    html=ar_html("amazon.eg", "تم إلغاء طلبك", o, [
        "شكراً لتسوقك من Amazon.eg.",
        "بسبب خطأ في تسعير المنتج التالي على صفحة العرض، ظهر المنتج لفترة قصيرة بسعر غير صحيح (1,199 جنيه بدلاً من 11,999 جنيه). لذلك قمنا بإلغاء طلبك.",
        "نعتذر عن أي إزعاج. لم يتم خصم أي مبلغ من بطاقتك."],
        items=[("ثلاجة توشيبا 16 قدم نوفروست GR-EF40P", "الكمية: 1", "1,199.00 جنيه")],
        greeting="مرحباً محمد عبد الرحمن،",
        closing=['يمكنك الاطلاع على المنتج بسعره الحالي من <a href="https://www.amazon.eg/dp/B0B7RQ5LZ2">صفحة المنتج</a>.',
                 '<br/><strong>Amazon.eg</strong>']))

o = order_no("171")
add(kind="notice", language="ar", cause="fraud_prevention", states_reason=True, marketplace="amazon.ae",
    note="unusual activity, account on hold, verify identity in app; alt windows-1256 base64 both parts",
    frm=("Amazon.ae", "cs-reply@amazon.ae"), to=("خالد الشامسي", "khalid.alshamsi@example.ae"),
    reply_to="cs-reply@amazon.ae", amazon=True, auth=None,
    subject="بخصوص حسابك على Amazon.ae وطلبك رقم %s" % o,
    fmt="alt", cs="windows-1256", cte="b64", hcs="windows-1256", hcte="b64",
    text="""مرحباً خالد الشامسي،

لاحظنا نشاطاً غير معتاد في حسابك. حفاظاً على أمانك، قمنا بتعليق حسابك مؤقتاً
وإلغاء طلبك رقم %s.

المنتج الملغى: هاتف سامسونج جالاكسي S24 ألترا 512 جيجابايت - الكمية: 3

لإعادة تفعيل حسابك، سجّل الدخول بنفسك إلى موقع Amazon.ae أو التطبيق واتبع
التعليمات الظاهرة على الشاشة للتحقق من هويتك. لا حاجة للنقر على أي رابط في
هذه الرسالة.

لم يتم خصم أي مبلغ مقابل هذا الطلب.

لن تطلب منك أمازون أبداً كلمة المرور أو رمز التحقق لمرة واحدة أو بيانات بطاقتك
عبر الهاتف أو البريد الإلكتروني.

فريق متخصصي الحسابات
Amazon.ae
""" % o,
    html=ar_html("amazon.ae", "تم تعليق حسابك مؤقتاً", o, [
        "لاحظنا نشاطاً غير معتاد في حسابك. حفاظاً على أمانك، قمنا بتعليق حسابك مؤقتاً وإلغاء طلبك.",
        "لإعادة تفعيل حسابك، سجّل الدخول بنفسك إلى موقع Amazon.ae أو التطبيق واتبع التعليمات الظاهرة على الشاشة للتحقق من هويتك. لا حاجة للنقر على أي رابط في هذه الرسالة.",
        "لم يتم خصم أي مبلغ مقابل هذا الطلب."],
        items=[("هاتف سامسونج جالاكسي S24 ألترا 512 جيجابايت", "الكمية: 3", "16,497.00 درهم")],
        greeting="مرحباً خالد الشامسي،",
        closing=["لن تطلب منك أمازون أبداً كلمة المرور أو رمز التحقق لمرة واحدة أو بيانات بطاقتك عبر الهاتف أو البريد الإلكتروني.",
                 "<br/><strong>فريق متخصصي الحسابات - Amazon.ae</strong>"]))

o = order_no("404")
add(kind="notice", language="ar", cause="customer_request", states_reason=True, marketplace="amazon.sa",
    note="cancelled at customer's request, reason line; text utf-8 8bit, auth pass",
    frm=("Amazon.sa", "auto-confirm@amazon.sa"), to=("ريم العتيبي", "reem.alotaibi@example.sa"),
    reply_to="no-reply@amazon.sa", amazon=True, auth=auth_pass("amazon.sa"),
    subject='تم الإلغاء بنجاح: "مكنسة شاومي الروبوتية S10..." من طلبك على Amazon.sa',
    fmt="text", cs="utf-8", cte="8bit",
    text="""Amazon.sa
%s

مرحباً ريم العتيبي،

بناءً على طلبك، قمنا بإلغاء المنتج التالي من طلبك رقم %s:

  مكنسة شاومي الروبوتية S10 بخاصية المسح
  الكمية: 1
  سبب الإلغاء: تم الإلغاء بواسطة العميل

لن يتم خصم أي مبلغ مقابل هذا المنتج. إذا دفعت باستخدام رصيد بطاقة هدايا أمازون،
فسيتم رد المبلغ إلى رصيدك.

تفاصيل الطلب:
https://www.amazon.sa/gp/your-account/order-details?orderID=%s

%s
%s""" % (RULE, o, o, RULE, ar_legal_text("amazon.sa")))

o = order_no("408")
add(kind="notice", language="ar", cause="unknown", states_reason=False, marketplace="amazon.eg",
    note="cancellation, no reason given; alt QP",
    frm=("Amazon.eg", "order-update@amazon.eg"), to=("سارة حسن", "sara.hassan@example.eg"),
    reply_to="no-reply@amazon.eg", amazon=True, auth=None,
    subject="تم إلغاء طلبك على Amazon.eg رقم %s" % o,
    fmt="alt", cs="utf-8", cte="qp",
    text="""مرحباً سارة حسن،

تم إلغاء طلبك التالي. نعتذر عن أي إزعاج قد يسببه ذلك.

رقم الطلب: %s
  خلاط مولينكس 600 واط LM2A3127 - الكمية: 1 - 2,350.00 جنيه

لن يتم تحصيل أي مبلغ مقابل هذا الطلب.

طلباتك: https://www.amazon.eg/gp/css/order-history

%s""" % (o, ar_legal_text("amazon.eg")),
    html=ar_html("amazon.eg", "تم إلغاء طلبك", o, [
        "تم إلغاء طلبك التالي. نعتذر عن أي إزعاج قد يسببه ذلك.",
        "لن يتم تحصيل أي مبلغ مقابل هذا الطلب."],
        items=[("خلاط مولينكس 600 واط LM2A3127", "الكمية: 1", "2,350.00 جنيه")],
        greeting="مرحباً سارة حسن،",
        closing=['<a href="https://www.amazon.eg/gp/css/order-history">طلباتك</a>']))

# ---- non-notices ----------------------------------------------------
add(kind="non_notice", language="ar", cause=None, states_reason=False, marketplace=None,
    note="Namshi order cancelled; payment processed by Amazon Payment Services",
    frm=("Namshi", "orders@namshi.com"), to=("لمى الحمادي", "lama.alhammadi@example.ae"),
    mid="other", subject="تم إلغاء طلبك رقم NMS-AE-58271934",
    fmt="html", cs="utf-8", cte="b64",
    html=simple_html("""<table width="600" align="center" style="border:1px solid #eee"><tr><td style="padding:24px">
<p style="font-size:26px;font-weight:bold;letter-spacing:2px">NAMSHI</p>
<p>مرحباً لمى،</p>
<p>نأسف لإبلاغك بأنه تم إلغاء طلبك رقم <b>NMS-AE-58271934</b> لعدم توفر المقاس المطلوب في المستودع.</p>
<table width="100%"><tr><td>حذاء رياضي نايكي إير ماكس 90 - مقاس 38</td><td align="left">459 درهم</td></tr></table>
<p>سيتم رد المبلغ إلى بطاقتك خلال 5-7 أيام عمل.</p>
<p style="font-size:11px;color:#888">تتم معالجة المدفوعات بأمان بواسطة Amazon Payment Services. لن يطلب منك فريق نمشي بيانات بطاقتك عبر البريد الإلكتروني.<br>© 2025 Namshi General Trading LLC، دبي</p>
</td></tr></table>""", lang="ar", rtl=True))

add(kind="non_notice", language="ar", cause=None, states_reason=False, marketplace=None,
    note="friend says he cancelled his Amazon order (gmail)",
    frm=("يوسف الزهراني", "yousef.alzahrani88@gmail.com"), to=("فهد", "fahad.s@example.sa"),
    mid="gmail", subject="بخصوص الشاشة",
    fmt="alt", cs="utf-8", cte="b64",
    text="""هلا فهد،

ترى ألغيت طلب الشاشة من أمازون، لقيت نفس الموديل في إكسترا أرخص بـ 300 ريال
ويوصل بكرة. الإلغاء تم على طول وجاني إيميل التأكيد.

نتقابل الخميس إن شاء الله؟

يوسف
""",
    html=simple_html("""<div dir="rtl">هلا فهد،<br><br>ترى ألغيت طلب الشاشة من أمازون، لقيت نفس الموديل في إكسترا أرخص بـ 300 ريال ويوصل بكرة. الإلغاء تم على طول وجاني إيميل التأكيد.<br><br>نتقابل الخميس إن شاء الله؟<br><br>يوسف</div>""", lang="ar", rtl=True))

add(kind="non_notice", language="ar", cause=None, states_reason=False, marketplace=None,
    note="security newsletter quoting a fake Amazon cancellation subject",
    frm=("نشرة الأمن الرقمي", "newsletter@amn-raqmi.example.com"), to=(None, "omar.farouk@example.eg"),
    mid="other", subject="احذر: رسائل مزيفة بعنوان \"تم إلغاء طلبك على أمازون\"",
    extra=[("List-Unsubscribe", "<https://amn-raqmi.example.com/unsub?id=4471>")],
    fmt="text", cs="windows-1256", cte="qp",
    text="""نشرة الأمن الرقمي - العدد 57

انتشرت خلال الأسبوع الماضي رسائل تصيد احتيالي تحمل عنوان:
"تم إلغاء طلبك على أمازون - تحقق من حسابك خلال 24 ساعة"

تطلب هذه الرسائل من الضحية النقر على رابط لتحديث بيانات البطاقة أو الاتصال
برقم هاتف "خدمة العملاء"، والهدف سرقة بيانات البطاقة ورموز التحقق.

كيف تحمي نفسك:
- تأكد أن عنوان المرسل ينتهي بنطاق أمازون الرسمي في بلدك.
- لا تنقر على الروابط، وافتح تطبيق أمازون مباشرة لمراجعة طلباتك.
- أمازون لا تطلب أبداً رقم البطاقة أو رمز التحقق عبر البريد أو الهاتف.

لإلغاء الاشتراك في النشرة: https://amn-raqmi.example.com/unsub?id=4471
""")

o = order_no("404")
add(kind="non_notice", language="ar", cause=None, states_reason=False, marketplace="amazon.sa",
    note="delivery appointment cancelled, order remains active",
    frm=("Amazon.sa", "shipment-tracking@amazon.sa"), to=("عبدالله الدوسري", "abdullah.d@example.sa"),
    reply_to="no-reply@amazon.sa", amazon=True, auth=auth_pass("amazon.sa"),
    subject="تم إلغاء موعد التوصيل - اختر موعداً جديداً",
    fmt="alt", cs="utf-8", cte="qp",
    text="""مرحباً عبدالله الدوسري،

تم إلغاء موعد توصيل وتركيب المنتج الكبير المحدد يوم الأحد 12 يناير بين
الساعة 2:00 و 6:00 مساءً بسبب ظروف لدى فريق التركيب.

طلبك رقم %s لم يتم إلغاؤه ولا يزال قائماً. يرجى اختيار موعد جديد:
https://www.amazon.sa/gp/your-account/order-details?orderID=%s

المنتج: غسالة إل جي 9 كجم تحميل أمامي F4R5VYG0W

Amazon.sa
""" % (o, o),
    html=ar_html("amazon.sa", "تم إلغاء موعد التوصيل", o, [
        "تم إلغاء موعد توصيل وتركيب المنتج الكبير المحدد يوم الأحد 12 يناير بين الساعة 2:00 و 6:00 مساءً بسبب ظروف لدى فريق التركيب.",
        "<b>طلبك لم يتم إلغاؤه ولا يزال قائماً.</b> يرجى اختيار موعد جديد.",
        '<a href="https://www.amazon.sa/gp/your-account/order-details?orderID=%s" style="background:#f0c14b;padding:8px 16px;border:1px solid #a88734;color:#111">اختر موعداً جديداً</a>' % o],
        items=[("غسالة إل جي 9 كجم تحميل أمامي F4R5VYG0W", "الكمية: 1", "2,399.00 ريال")],
        heading_items="المنتجات", greeting="مرحباً عبدالله الدوسري،"))

add(kind="non_notice", language="ar", cause=None, states_reason=False, marketplace="amazon.ae",
    note="Amazon Music Unlimited subscription cancelled",
    frm=("Amazon Music", "no-reply@amazon.ae"), to=("هند السويدي", "hind.alsuwaidi@example.ae"),
    amazon=True, auth=None,
    subject="تم إلغاء اشتراكك في Amazon Music Unlimited",
    fmt="html", cs="windows-1256", cte="b64",
    html=simple_html("""<table width="600" align="center"><tr><td style="padding:20px;text-align:right">
<p style="font-size:20px"><b>amazon music</b></p>
<p>مرحباً هند،</p>
<p>تم إلغاء اشتراكك في Amazon Music Unlimited بناءً على طلبك. يمكنك الاستمرار في الاستماع حتى <b>3 سبتمبر 2025</b>، ولن يتم تحصيل رسوم الاشتراك الشهرية (21.99 درهم) بعد ذلك.</p>
<p>يمكنك إعادة الاشتراك في أي وقت من <a href="https://www.amazon.ae/music/unlimited">صفحة Amazon Music</a>.</p>
<p style="font-size:11px;color:#666">لن تطلب منك أمازون أبداً كلمة المرور أو بيانات البطاقة عبر البريد الإلكتروني. أبلغ عن الرسائل المشبوهة إلى stop-spoofing@amazon.ae</p>
</td></tr></table>""", lang="ar", rtl=True))

o = order_no("408")
add(kind="non_notice", language="ar", cause=None, states_reason=False, marketplace="amazon.eg",
    note="genuine payment revision request; order will be cancelled if not updated",
    frm=("Amazon.eg", "payments-update@amazon.eg"), to=("مصطفى إبراهيم", "mostafa.ibrahim@example.eg"),
    reply_to="payments-messages@amazon.eg", amazon=True, auth=auth_pass("amazon.eg"),
    subject="إجراء مطلوب: حدّث معلومات الدفع لطلبك رقم %s" % o,
    fmt="alt", cs="utf-8", cte="b64",
    text="""مرحباً مصطفى إبراهيم،

لم نتمكن من تحصيل المبلغ من طريقة الدفع الخاصة بطلبك رقم %s لأن البنك رفض العملية.

يرجى تحديث معلومات الدفع قبل 9 مارس 2025 حتى نتمكن من إتمام طلبك.
إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك.

طريقة التحديث:
 1. انتقل إلى طلباتك على Amazon.eg.
 2. اختر "تغيير طريقة الدفع" بجوار الطلب.
 3. اختر بطاقة أخرى أو أضف بطاقة جديدة.
https://www.amazon.eg/gp/css/order-history

المنتجات محجوزة لك حالياً.

%s""" % (o, ar_legal_text("amazon.eg")),
    html=ar_html("amazon.eg", "حدّث معلومات الدفع", o, [
        "لم نتمكن من تحصيل المبلغ من طريقة الدفع الخاصة بطلبك لأن البنك رفض العملية.",
        "يرجى تحديث معلومات الدفع قبل <b>9 مارس 2025</b> حتى نتمكن من إتمام طلبك. إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك.",
        'انتقل إلى <a href="https://www.amazon.eg/gp/css/order-history">طلباتك</a> واختر "تغيير طريقة الدفع" بجوار الطلب. المنتجات محجوزة لك حالياً.'],
        items=[("مكيف شارب انفرتر 1.5 حصان بارد ساخن", "الكمية: 1", "28,999.00 جنيه")],
        heading_items="المنتجات", greeting="مرحباً مصطفى إبراهيم،"))

# ---- lookalikes -----------------------------------------------------
add(kind="lookalike", language="ar", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="callback phone number, gmail sender",
    frm=("Amazon Support", "amazon.ae.helpdesk@gmail.com"), to=(None, "saeed.alketbi@example.ae"),
    mid="gmail", auth=auth_custom("pass", "pass", "gmail.com", "none", "gmail.com", "gmail.com"),
    subject="تنبيه أمني: تم إلغاء طلبك بسبب عملية شراء مشبوهة",
    fmt="text", cs="utf-8", cte="b64",
    text="""عميلنا العزيز،

تم رصد عملية شراء مشبوهة على حسابك، لذلك تم إلغاء الطلب التالي:

رقم الطلب: %s
المنتج: آيفون 16 برو ماكس 1 تيرابايت
المبلغ: 7,399.00 درهم

إذا لم تقم بهذه العملية، يرجى الاتصال فوراً بمركز الحماية على الرقم:
800-0357-4412 (مجاني، على مدار الساعة)

سيطلب منك الموظف رقم البطاقة ورمز التحقق لإيقاف العملية واسترداد المبلغ.

فريق أمان أمازون
""" % order_no("171"))

add(kind="lookalike", language="ar", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled, enter code; lookalike domain",
    frm=("Amazon.ae", "security@amazon-ae-support.com"), to=(None, "mariam.alali@example.ae"),
    mid="other", auth=auth_custom("pass", "pass", "amazon-ae-support.com", "none", "amazon-ae-support.com", "amazon-ae-support.com"),
    subject="تم تعليق حسابك وإلغاء طلبك - استخدم رمز التفعيل",
    fmt="html", cs="utf-8", cte="qp",
    html=simple_html("""<div style="max-width:580px;margin:auto;border:1px solid #ddd;padding:20px;text-align:right">
<p style="font-size:24px;font-weight:bold" dir="ltr">amazon<span style="color:#ff9900">.ae</span></p>
<p>عميلنا العزيز،</p>
<p>تم اكتشاف محاولات دخول غير مصرح بها إلى حسابك، لذلك تم <b>تعليق حسابك</b> وإلغاء طلبك الحالي.</p>
<p>لإعادة تفعيل حسابك، استخدم رمز التفعيل التالي:</p>
<p style="font-size:28px;text-align:center;letter-spacing:5px;background:#f4f4f4;padding:10px"><b>594 018</b></p>
<p style="text-align:center"><a href="https://amazon-ae-support.com/reactivate" style="background:#ff9900;color:#fff;padding:10px 24px">تفعيل الحساب</a></p>
<p>إذا لم تقم بالتفعيل خلال 48 ساعة، سيتم إغلاق حسابك نهائياً.</p></div>""", lang="ar", rtl=True))

add(kind="lookalike", language="ar", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude, reply with card details, outlook sender",
    frm=("امازون", "amazon-sa-service@outlook.com"), to=(None, "turki.m@example.sa"),
    mid="outlook", subject="الغاء الطلب!! فشل الدفع",
    fmt="text", cs="windows-1256", cte="8bit",
    text="""عزيزي العميل

تم الغاء طلبك لان الدفع فشل. لاعادة الطلب ارسل لنا ردا على هذه الرساله:

الاسم على البطاقه:
رقم البطاقه:
تاريخ الانتهاء:
الرمز السري CVV:
رقم الهويه:

اذا لم ترد خلال 24 ساعه سيتم اغلاق حسابك

خدمة عملاء امازون
""")

o = order_no("404")
add(kind="lookalike", language="ar", cause="technical_issue", states_reason=True, marketplace=None,
    note="polished copy; link text shows amazon.sa URL, href to amazon.sa.<evil>.xyz; pricing-error refund",
    frm=("Amazon.sa", "order-update@amazon.sa.refund-center.xyz"), to=("منيرة الشهري", "munira.alshehri@example.sa"),
    reply_to="support@refund-center.xyz", mid="other",
    subject="تم إلغاء طلبك على Amazon.sa رقم %s" % o,
    fmt="alt", cs="utf-8", cte="b64",
    text="""مرحباً منيرة الشهري،

بسبب خطأ في التسعير تم إلغاء طلبك رقم %s. لاسترداد المبلغ المدفوع يرجى تأكيد
بيانات البطاقة خلال 24 ساعة:
https://www.amazon.sa/refund

Amazon.sa
""" % o,
    html=ar_html("amazon.sa", "تم إلغاء طلبك", o, [
        "بسبب خطأ في تسعير المنتج التالي تم إلغاء طلبك.",
        'لاسترداد المبلغ المدفوع (849.00 ريال) إلى بطاقتك، يرجى تأكيد بيانات البطاقة خلال 24 ساعة:<br/><a href="http://amazon.sa.refund-center.xyz/verify?id=%s">https://www.amazon.sa/refund</a>' % alnum(16),
        "في حال عدم التأكيد لن يتم استرداد المبلغ."],
        items=[("ساعة أبل SE الجيل الثاني 44 مم", "الكمية: 1", "849.00 ريال")],
        greeting="مرحباً منيرة الشهري،", base="http://amazon.sa.refund-center.xyz",
        legal=ar_legal_html("amazon.sa")[:1] + ar_legal_html("amazon.sa")[3:4], pixel=False))

add(kind="lookalike", language="ar", cause="payment_issue", states_reason=True, marketplace=None,
    note="Cyrillic homoglyph display name, amaz0n-ae.com; order WILL be cancelled in 24h unless payment verified",
    frm=("Аmazon.ae", "no-reply@amaz0n-ae.com"), to=(None, "rashid.alnuaimi@example.ae"),
    mid="other", auth=auth_custom("softfail", "none", None, "none", "amaz0n-ae.com", "amaz0n-ae.com"),
    subject="سيتم إلغاء طلبك خلال 24 ساعة - تحقق من الدفع",
    fmt="html", cs="utf-8", cte="b64",
    html=simple_html("""<table width="600" align="center"><tr><td style="text-align:right">
<p style="font-size:22px" dir="ltr"><b>amazon</b></p>
<p>عميلنا العزيز،</p>
<p>لم نتمكن من التحقق من عملية الدفع الخاصة بطلبك الأخير. إذا لم تقم بتأكيد معلومات الدفع خلال <b>24 ساعة</b>، فسيتم إلغاء طلبك تلقائياً وتقييد حسابك.</p>
<p><a href="https://amaz0n-ae.com/payment/verify" style="background:#ffd814;padding:10px 22px;border-radius:20px;color:#000">تأكيد معلومات الدفع</a></p>
<p>شكراً لك،<br>Amazon.ae</p></td></tr></table>""", lang="ar", rtl=True))

add(kind="lookalike", language="ar", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="malformed order number, yahoo sender, refund needs card entry",
    frm=("Amazon AE", "amazon.ae.refunds@yahoo.com"), to=(None, "hamdan.k@example.ae"),
    mid="yahoo", subject="تم إلغاء طلبك #AE-77821-X - نفاد المخزون",
    fmt="alt", cs="utf-8", cte="qp",
    text="""مرحباً،

نأسف، تم إلغاء طلبك رقم #AE-77821-X بسبب نفاد المنتج من المخزون.
لاسترداد مبلغ 1,230 درهم، أدخل بيانات بطاقتك في نموذج الاسترداد:
https://amazon-ae-refunds.net/form

Amazon AE
""",
    html=simple_html("""<div dir="rtl"><p>مرحباً،</p><p>نأسف، تم إلغاء طلبك رقم <b>#AE-77821-X</b> بسبب نفاد المنتج من المخزون.</p>
<p>لاسترداد مبلغ <b>1,230 درهم</b>، أدخل بيانات بطاقتك في <a href="https://amazon-ae-refunds.net/form">نموذج الاسترداد</a>.</p><p>Amazon AE</p></div>""", lang="ar", rtl=True))

add(kind="lookalike", language="ar", cause="customer_request", states_reason=True, marketplace=None,
    note="'cancellation request received, if not you click'; amazon.eg.<evil> domain, no order number; windows-1256",
    frm=("Amazon.eg", "no-reply@amazon.eg.orders-help.net"), to=(None, "hoda.salem@example.eg"),
    mid="other", auth=auth_custom("pass", "none", None, "none", "amazon.eg.orders-help.net", "orders-help.net"),
    subject="تم استلام طلب الإلغاء الخاص بك",
    fmt="text", cs="windows-1256", cte="qp",
    text="""مرحباً،

تم استلام طلب الإلغاء الخاص بك، وتم إلغاء طلبك بناءً على طلب العميل.

إذا لم تقم أنت بطلب الإلغاء، فقد يكون شخص آخر يستخدم حسابك. لإلغاء هذا
الإجراء وحماية حسابك، سجّل الدخول فوراً:

http://amazon.eg.orders-help.net/signin

Amazon.eg
""")

add(kind="lookalike", language="ar", cause="unknown", states_reason=False, marketplace=None,
    note="Greek-Alpha homoglyph display name, polished notice copy, no reason, login link to evil host",
    frm=("Αmazon.sa", "auto-confirm@amazon-sa-orders.com"), to=("فيصل العنزي", "faisal.alanazi@example.sa"),
    mid="other", auth=auth_custom("pass", "pass", "amazon-sa-orders.com", "none", "amazon-sa-orders.com", "amazon-sa-orders.com"),
    subject="تم إلغاء طلبك على Amazon.sa رقم %s" % (o := order_no("404")),
    fmt="html", cs="utf-8", cte="qp",
    html=ar_html("amazon.sa", "تم إلغاء طلبك", o, [
        "تم إلغاء طلبك.",
        'لعرض حالة الاسترداد وتأكيده، سجّل الدخول إلى حسابك: <a href="https://amazon-sa-orders.com/signin?r=%s">طلباتك</a>' % alnum(12)],
        items=[("بلايستيشن 5 سليم - إصدار رقمي", "الكمية: 1", "1,899.00 ريال")],
        greeting="مرحباً فيصل العنزي،", base="https://amazon-sa-orders.com",
        legal=ar_legal_html("amazon.sa")[:1], pixel=False))


# =====================================================================
# build
# =====================================================================
def build(m, idx):
    when = rand_date()
    fmt = m["fmt"]
    cs, cte = m.get("cs", "utf-8"), m.get("cte", "qp")
    if fmt == "text":
        msg = part(m["text"], "plain", cs, cte)
    elif fmt == "html":
        msg = part(m["html"], "html", cs, cte)
    else:
        msg = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
            rng.randrange(10 ** 6, 10 ** 8), rng.randrange(10 ** 8, 10 ** 10), int(when.timestamp() * 1000)))
        for sub in (part(m["text"], "plain", cs, cte),
                    part(m["html"], "html", m.get("hcs") or cs, m.get("hcte") or cte)):
            del sub["MIME-Version"]
            msg.attach(sub)
    hcs = cs if cs != "us-ascii" else "utf-8"
    from_dom = m["frm"][1].split("@")[1]
    rcpt_dom = m["to"][1].split("@")[1]
    heads = []
    if m.get("amazon"):
        tld = from_dom
        heads.append(("Return-Path", "<%s%s@bounces.%s>" % (when.strftime("%Y%m%d%H%M%S"), hexs(16), tld)))
        heads.append(("Received", ses_received(tld, m["to"][1], when + timedelta(seconds=2))))
    else:
        heads.append(("Return-Path", "<%s>" % m["frm"][1]))
        heads.append(("Received", "from %s (%s [%d.%d.%d.%d])\n\tby mx%d.%s with ESMTPS id %s;\n\t%s" % (
            "mail." + from_dom, "mail." + from_dom, rng.randrange(20, 220), rng.randrange(256), rng.randrange(256),
            rng.randrange(1, 255), rng.randrange(1, 5), rcpt_dom, alnum(10).lower(), format_datetime(when + timedelta(seconds=3)))))
    if m.get("auth"):
        heads.append(("Authentication-Results", m["auth"]))
    heads.append(("From", addr(m["frm"], hcs)))
    if m.get("reply_to"):
        heads.append(("Reply-To", m["reply_to"]))
    heads.append(("To", addr(m["to"], hcs, "To")))
    heads.append(("Subject", hdr(m["subject"], hcs)))
    heads.append(("Date", format_datetime(when)))
    heads.append(("Message-ID", message_id("ses" if m.get("amazon") else m.get("mid", "other"), from_dom)))
    if m.get("amazon"):
        heads.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        heads.append(("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % alnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
        heads.append(("X-SES-Outgoing", when.strftime("%Y.%m.%d") + "-54.240.27.%d" % rng.randrange(2, 250)))
    for k, v in m.get("extra", []):
        heads.append((k, v))
    body_heads = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in heads:
        msg[k] = v
    for k, v in body_heads:
        msg[k] = v
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    rng.shuffle(order)  # interleave kinds/languages so file number reveals nothing
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = "%s%03d.eml" % (PREFIX, n)
        msg = build(m, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=compat32.clone(max_line_length=998)))
        labels.append({"file": name, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
