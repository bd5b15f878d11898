#!/usr/bin/env python3
"""Regenerates blind batch x4 (ja / tr / ar): mail/x4NNN.eml + labels.json.

Fixed random seed; all texts live in the data structures below.
"""
import datetime
import html as htmlmod
import json
import os
import random
import re
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import formataddr, format_datetime

random.seed(40400)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "x4"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def onum(prefix):
    return "%s-%07d-%07d" % (prefix, random.randint(0, 9999999), random.randint(0, 9999999))


def tok(n=13, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(random.choice(alpha) for _ in range(n))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def dt(y, mo, d, h, mi, tz=0):
    return datetime.datetime(y, mo, d, h, mi, random.randint(0, 59),
                             tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def enc_hdr(value, cs="utf-8", name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, header_name=name).encode(linesep="\n")


def enc_addr(name, addr, cs="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def link_text(s):
    """[[label|url]] -> 'label: url' for plain text."""
    return re.sub(r"\[\[([^|\]]+)\|([^\]]+)\]\]", lambda m: "%s: %s" % (m.group(1), m.group(2)), s)


def link_html(s):
    out, pos = [], 0
    for m in re.finditer(r"\[\[([^|\]]+)\|([^\]]+)\]\]", s):
        out.append(htmlmod.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (htmlmod.escape(m.group(2)), htmlmod.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(htmlmod.escape(s[pos:], quote=False))
    return "".join(out).replace("\n", "<br />\n")


def html2text(h):
    h = re.sub(r"(?is)<(style|head|title)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table)>", "\n", h)
    h = re.sub(r"(?s)<[^>]+>", "", h)
    h = htmlmod.unescape(h)
    lines = [re.sub(r"[ \t\u00a0]+", " ", l).strip() for l in h.split("\n")]
    out, blank = [], False
    for l in lines:
        if not l:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(l)
            blank = False
    return "\n".join(out).strip() + "\n"


def simple_html(body, lang="ja", dirn="ltr", title="", extra_style=""):
    return ('<!DOCTYPE html>\n<html lang="%s" dir="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
            '<title>%s</title>\n<style>body{font-family:Arial,sans-serif;font-size:14px;color:#222;}%s</style>\n</head>\n'
            '<body>\n%s\n</body>\n</html>\n') % (lang, dirn, htmlmod.escape(title), extra_style, body)


# --------------------------------------------------------------------------
# Amazon-style template (structure modelled on real notification mails)
# --------------------------------------------------------------------------

MP = {
    "amazon.co.jp": dict(brand="Amazon.co.jp", lang="ja", dir="ltr", prefix=["249", "250", "503"], cur="￥",
                         font="'Hiragino Kaku Gothic Pro',Meiryo,Arial,sans-serif"),
    "amazon.com.tr": dict(brand="Amazon.com.tr", lang="tr", dir="ltr", prefix=["405", "407", "408"], cur="TL",
                          font="Arial,sans-serif"),
    "amazon.ae": dict(brand="Amazon.ae", lang="ar", dir="rtl", prefix=["402", "406", "171"], cur="AED",
                      font="Tahoma,Arial,sans-serif"),
    "amazon.sa": dict(brand="Amazon.sa", lang="ar", dir="rtl", prefix=["404", "405", "171"], cur="SAR",
                      font="Tahoma,Arial,sans-serif"),
    "amazon.eg": dict(brand="Amazon.eg", lang="ar", dir="rtl", prefix=["171", "403", "408"], cur="EGP",
                      font="Tahoma,Arial,sans-serif"),
}

UI = {
    "ja": dict(orders="注文履歴", account="アカウントサービス", qty="数量", order="注文番号", price="価格",
               seller="販売", total="キャンセルされた金額の合計"),
    "tr": dict(orders="Siparişlerim", account="Hesabım", qty="Adet", order="Sipariş", price="Fiyat",
               seller="Satıcı", total="İptal edilen tutar"),
    "ar": dict(orders="طلباتك", account="حسابك", qty="الكمية", order="رقم الطلب", price="السعر",
               seller="يباع من قبل", total="إجمالي المبلغ الملغى"),
}


def amz_url(host, path):
    return ("https://%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=https%%3A%%2F%%2F%s%%2F%s&H=%s&ref_=pe_%d_%d"
            % (host, tok(13), tok(14), datetime.date(2024, 1, 1).strftime("%Y%m%d") + hexs(24), tok(3),
               host, path.replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26"),
               tok(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz"),
               random.randint(1000000, 9999999), random.randint(100000000, 999999999)))


STYLE = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
#container { width:100%; background-color:#ffffff; }
#main { width:640px; margin:0 auto; }
#header td.logo img { width:130px; }
#header td.navigation a { color:#0066c0; font-size:12px; text-decoration:none; }
#header td.title h2 { color:#cc6600; font-size:20px; font-weight:normal; margin:0 0 4px 0; }
#summary td, #criticalInfo td, #orderDetails td, #closing td { font-size:14px; line-height:20px; color:#333333; }
#orderDetails .heading { color:#cc6600; font-size:16px; }
#orderDetails td.price { text-align:right; white-space:nowrap; }
#closing a, #summary a { color:#0066c0; text-decoration:none; }
#legalCopy td { font-size:11px; line-height:15px; color:#666666; padding-top:14px; }
#legalCopy a { color:#0066c0; }
.signature strong { color:#333333; }
"""


def amz_html(mp, title, order, greeting, paras, items, items_heading, closing, footer, total=None, summary_extra=None):
    m = MP[mp]
    ui = UI[m["lang"]]
    host = "www." + mp
    align = "right" if m["dir"] == "rtl" else "left"
    rows = []
    for it in items:
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else m["brand"]
        rows.append(
            '            <tr>\n             <td class="itemImage" width="90"><a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SCLZZZZZZZ_SX115_.jpg" width="84" alt="" border="0" /></a></td>\n'
            '             <td class="name" style="text-align:%s;"><a href="%s" style="color:#0066c0;text-decoration:none;">%s</a><br />\n'
            '              <span style="color:#666666;">%s: %s</span><br />\n              <span style="color:#666666;">%s: %s</span></td>\n'
            '             <td class="price"><strong>%s</strong></td>\n            </tr>\n'
            % (amz_url(host, "dp/" + tok(10)), tok(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), align,
               amz_url(host, "dp/" + tok(10)), htmlmod.escape(name), ui["qty"], qty, ui["seller"], htmlmod.escape(seller), htmlmod.escape(price)))
    total_row = ""
    if total:
        total_row = ('            <tr>\n             <td colspan="2" style="text-align:%s;">%s:</td>\n'
                     '             <td class="price"><strong>%s</strong></td>\n            </tr>\n' % (align, ui["total"], htmlmod.escape(total)))
    ptxt = "\n".join("              <p>%s</p>" % link_html(p) for p in paras)
    if summary_extra:
        ptxt += "\n" + summary_extra
    ftxt = "\n".join("              <p>%s</p>" % link_html(f) for f in footer)
    ctxt = "<br />\n".join(link_html(c) for c in closing)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}" dir="{m['dir']}">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <title>{htmlmod.escape(title)}</title>
  <style>{STYLE}
td {{ font-family:{m['font']}; text-align:{align}; }}
  </style>
 </head>
 <body dir="{m['dir']}"><img width="1" height="1" src="https://{host}/gp/r.html?C={tok(13)}&amp;M=urn:rtn:msg:{hexs(20)}&amp;R={tok(3)}&amp;T=O&amp;U=images-eu.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif" />
  <table id="container" cellpadding="0" dir="{m['dir']}">
   <tbody>
    <tr>
     <td class="frame">
      <table id="main" cellpadding="0">
       <tbody>
        <tr>
         <td>
          <table id="header" cellpadding="0">
           <tbody>
            <tr>
             <td rowspan="2" class="logo"><a href="{amz_url(host, 'ref=TE_tex_g')}"><img src="https://m.media-amazon.com/images/G/01/x-locale/common/transparent-pixel._V192234675_.gif" alt="{m['brand']}" border="0" /></a></td>
             <td class="navigation">
              <table align="{'left' if m['dir'] == 'rtl' else 'right'}">
               <tbody>
                <tr>
                 <td> <a href="{amz_url(host, 'gp/css/order-history')}">{ui['orders']}</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="{amz_url(host, 'gp/css/homepage.html')}">{ui['account']}</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="{amz_url(host, '')}">{m['brand']}</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>{htmlmod.escape(title)}</h2> {ui['order']} <a href="{amz_url(host, 'gp/your-account/order-details?orderID=' + order)}">#{order}</a> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">{htmlmod.escape(greeting)}</span>
{ptxt}
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="orderDetails" cellpadding="0" width="100%">
           <tbody>
            <tr>
             <td colspan="3" class="heading"><b>{htmlmod.escape(items_heading)}</b></td>
            </tr>
{''.join(rows)}{total_row}           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td>{ctxt}
              <p><br /><span class="signature"><strong>{m['brand']}</strong></span></p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legalCopy" cellpadding="0">
           <tbody>
            <tr>
             <td>
{ftxt}
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
  <img width="1" height="1" src="https://{host}/gp/r.html?C={tok(13)}&amp;T=E&amp;U=images-eu.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif" />
 </body>
</html>
"""


def amz_text(mp, title, order, greeting, paras, items, items_heading, closing, footer, total=None):
    m = MP[mp]
    ui = UI[m["lang"]]
    bar = "_" * 75
    out = ["%s %s" % (m["brand"], title), "%s #%s" % (ui["order"], order), "https://www.%s/ref=TE_tex_g" % mp, bar, "",
           greeting, ""]
    for p in paras:
        out += [link_text(p), ""]
    out += [items_heading, ""]
    for it in items:
        seller = it[3] if len(it) > 3 else m["brand"]
        out += ["    %s" % it[0], "    %s: %s   %s: %s" % (ui["qty"], it[1], ui["price"], it[2]),
                "    %s: %s" % (ui["seller"], seller), ""]
    if total:
        out += ["%s: %s" % (ui["total"], total), ""]
    out += [link_text(c) for c in closing]
    out += ["", m["brand"], bar, ""]
    for f in footer:
        out += [link_text(f), ""]
    return "\n".join(out) + "\n"


def amz_headers(mp, d, auth, local="order-update"):
    """Typical transport headers of a genuine mail sent through SES."""
    ip = "54.240.%d.%d" % (random.randint(1, 60), random.randint(2, 250))
    host = "a%d-%d.smtp-out.amazonses.com" % (random.randint(1, 60), random.randint(2, 250))
    bounce = "%s%s@bounces.%s" % (d.strftime("%Y%m%d%H%M%S"), hexs(24), mp)
    h = [("Return-Path", "<%s>" % bounce),
         ("Received", "from %s (%s [%s])\n        by mx.mailbox.example with ESMTPS id %s\n        for <{TO}>; %s"
          % (host, host, ip, tok(12, "abcdefghijklmnopqrstuvwxyz0123456789"), format_datetime(d + datetime.timedelta(seconds=3))))]
    if auth:
        h.append(("Authentication-Results",
                  "mx.mailbox.example;\n       dkim=pass header.d=%s header.s=%s header.b=%s;\n"
                  "       dkim=pass header.d=amazonses.com header.s=%s header.b=%s;\n"
                  "       spf=pass (mailbox.example: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                  "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                  % (mp, tok(32, "abcdefghijklmnopqrstuvwxyz0123456789"), tok(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"),
                     tok(32, "abcdefghijklmnopqrstuvwxyz0123456789"), tok(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"),
                     bounce, ip, bounce, mp)))
    h.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    h.append(("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % tok(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    h.append(("Message-ID", "<%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        "0102018" + hexs(9), hexs(8), hexs(4), hexs(4), hexs(4))))
    return h


MAILS = []   # filled by the language sections below


def add(**kw):
    MAILS.append(kw)


def genuine(kind, mp, local, subject, date, auth, title, greeting, paras, items, items_heading, closing, footer,
            form, to, cause, states_reason, note, total=None, text_cs="utf-8", text_cte="quoted-printable",
            html_cte="quoted-printable", subj_cs="utf-8", sender_name=None, marketplace=None):
    m = MP[mp]
    parts = []
    if form in ("text", "alt"):
        parts.append(("plain", amz_text(mp, title, ORDER[0], greeting, paras, items, items_heading, closing, footer, total),
                      text_cs, text_cte))
    if form in ("html", "alt"):
        parts.append(("html", amz_html(mp, title, ORDER[0], greeting, paras, items, items_heading, closing, footer, total),
                      "utf-8", html_cte))
    add(kind=kind, lang=m["lang"], cause=cause, states_reason=states_reason,
        marketplace=(mp if kind == "notice" else marketplace), note=note,
        frm=(sender_name or m["brand"], "%s@%s" % (local, mp)), hdr_cs=subj_cs, to=to, subject=subject, date=date,
        reply_to="no-reply@" + mp, transport=amz_headers(mp, date, auth, local), parts=parts,
        boundary="----=_Part_%d_%d.%d" % (random.randint(1000000, 99999999), random.randint(100000000, 999999999),
                                          int(date.timestamp() * 1000)))


ORDER = [None]


def new_order(mp):
    ORDER[0] = onum(random.choice(MP[mp]["prefix"]))
    return ORDER[0]


def phish_transport(relay_host, relay_ip, helo, auth_line=None, mailer=None, msgid_dom=None):
    h = [("Received", "from %s (%s [%s])\n        by mx.mailbox.example with ESMTP id %s\n        for <{TO}>; {DATE}"
          % (helo, relay_host, relay_ip, tok(12, "abcdefghijklmnopqrstuvwxyz0123456789")))]
    if auth_line:
        h.append(("Authentication-Results", "mx.mailbox.example;\n       " + auth_line))
    if mailer:
        h.append(("X-Mailer", mailer))
    h.append(("Message-ID", "<%s.%s@%s>" % (hexs(16), hexs(8), msgid_dom or relay_host)))
    return h


def personal_transport(server, ip, mailer, msgid_dom, extra=()):
    h = [("Received", "from %s (%s [%s])\n        by mx.mailbox.example with ESMTPSA id %s\n        for <{TO}>; {DATE}"
          % (server, server, ip, tok(12, "abcdefghijklmnopqrstuvwxyz0123456789")))]
    if mailer:
        h.append(("X-Mailer" if "Outlook" in mailer or "Mail" in mailer else "User-Agent", mailer))
    h.append(("Message-ID", "<%s@%s>" % (tok(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), msgid_dom)))
    h.extend(extra)
    return h


def other(kind, lang, cause, states_reason, note, frm, to, subject, date, parts, transport, hdr_cs="utf-8",
          reply_to=None, raw_subject=False, marketplace=None, extra=()):
    add(kind=kind, lang=lang, cause=cause, states_reason=states_reason, marketplace=marketplace, note=note,
        frm=frm, hdr_cs=hdr_cs, to=to, subject=subject, date=date, reply_to=reply_to, transport=list(transport) + list(extra),
        parts=parts, raw_subject=raw_subject,
        boundary="_%03d_%s_" % (random.randint(0, 999), hexs(24)))


# ==========================================================================
# JAPANESE  (amazon.co.jp)
# ==========================================================================
JP_TO = ("山田 花子", "hanako.yamada@example.ne.jp")
JP_TO2 = ("鈴木 一郎", "ichiro.suzuki@example.jp")

F_JA = [
    "Amazon.co.jpがEメールでお客様のパスワード、クレジットカード番号、銀行口座の暗証番号などをお尋ねすることはありません。",
    "クレジットカードの番号や有効期限が変更された場合は、[[アカウントサービス|https://www.amazon.co.jp/cpe/yourpayments/wallet]]の「お支払い方法の管理」から更新してください。",
    "Amazon.co.jpを装った不審なEメールやSMSを受け取った場合は、[[こちらのヘルプページ|https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909120]]の手順に従ってご報告ください。",
    "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
]
F_JA_TEXT = F_JA[:1] + [
    "クレジットカードの番号や有効期限が変更された場合は、アカウントサービスの「お支払い方法の管理」から更新してください。",
    "Amazon.co.jpを装った不審なEメールを受け取った場合は、ヘルプページ https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909120 からご報告ください。",
    F_JA[3],
]

# --- notices -------------------------------------------------------------
o = new_order("amazon.co.jp")
genuine("notice", "amazon.co.jp", "order-update", "Amazon.co.jp: ご注文の商品がキャンセルされました（注文番号 %s）" % o,
        dt(2024, 6, 11, 2, 14), True, "ご注文のキャンセル", "山田 花子 様",
        ["Amazon.co.jpをご利用いただき、ありがとうございます。",
         "誠に申し訳ございませんが、ご注文いただいた以下の商品は、仕入先からの入荷の見込みが立たなくなったため、キャンセルさせていただきました。在庫を確保できず、ご迷惑をおかけしましたことを深くお詫び申し上げます。",
         "この商品の代金は請求されていません。クレジットカードの利用枠が一時的に確保されている場合は、数日以内に解除されます。",
         "同じ商品を他の出品者が販売している場合があります。[[商品ページ|https://www.amazon.co.jp/dp/B098RL6SBJ]]でご確認ください。"],
        [("Nintendo Switch（有機ELモデル） Joy-Con(L)/(R) ホワイト", "1", "￥37,980")], "キャンセルされた商品",
        ["ご注文内容は[[注文履歴|https://www.amazon.co.jp/gp/css/order-history]]からいつでもご確認いただけます。",
         "またのご利用をお待ちしております。"],
        F_JA, "alt", JP_TO, "inventory_shortage", True, "supplier cannot restock; multipart QP; auth pass",
        total="￥37,980")

o = new_order("amazon.co.jp")
genuine("notice", "amazon.co.jp", "payments-messages", "Amazon.co.jp: ご注文はキャンセルされました（お支払いを確認できませんでした）",
        dt(2024, 3, 19, 9, 41), False, "ご注文のキャンセル（お支払い）", "鈴木 一郎 様",
        ["Amazon.co.jpをご利用いただき、ありがとうございます。",
         "3月12日にご注文いただいた以下の商品について、ご登録のクレジットカードでのお支払いが承認されませんでした。先日お送りしたEメールでお支払い方法の変更をお願いしておりましたが、期限までにお手続きを確認できなかったため、ご注文をキャンセルいたしました。",
         "カード会社の承認が得られない主な理由には、有効期限切れ、ご利用可能枠の超過、請求先住所の不一致などがあります。詳しくはご利用のカード会社にお問い合わせください。",
         "引き続き商品をご希望の場合は、お支払い方法を更新のうえ、改めてご注文ください。"],
        [("ダイソン Dyson V12 Detect Slim Fluffy コードレス掃除機 SV46FF", "1", "79,800円")], "キャンセルされた商品",
        ["ご注文内容は注文履歴 https://www.amazon.co.jp/gp/css/order-history からご確認いただけます。"],
        F_JA_TEXT, "text", JP_TO2, "payment_issue", True, "payment revision not made in time; text-only ISO-2022-JP",
        text_cs="iso-2022-jp", text_cte="7bit", subj_cs="iso-2022-jp")

o = new_order("amazon.co.jp")
genuine("notice", "amazon.co.jp", "order-update", "Amazon.co.jp ご注文 %s のキャンセルについて" % o,
        dt(2025, 1, 8, 4, 2), True, "ご注文のキャンセルについて", "山田 花子 様",
        ["Amazon.co.jpをご利用いただき、ありがとうございます。",
         "ご注文いただいた以下の商品について、商品ページに表示されていた価格に誤りがあったことが判明いたしました。システム上の設定誤りによるもので、誠に勝手ながら本ご注文はキャンセルさせていただきました。",
         "ご迷惑をおかけしましたことを心よりお詫び申し上げます。お客様のお支払い方法への請求は発生しておりません。",
         "正しい価格は商品ページでご確認いただけます。"],
        [("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック", "1", "￥4,980")], "キャンセルされた商品",
        ["ご不明な点は[[カスタマーサービス|https://www.amazon.co.jp/gp/help/customer/display.html]]までお問い合わせください。"],
        F_JA, "html", JP_TO, "technical_issue", True, "pricing error; HTML-only base64; item title contains 'キャンセリング'; auth pass",
        html_cte="base64")

o = new_order("amazon.co.jp")
genuine("notice", "amazon.co.jp", "cs-reply", "Amazon.co.jp: アカウントの一時保留とご注文のキャンセルについて",
        dt(2024, 11, 27, 15, 33), False, "アカウントの確認", "鈴木 一郎 様",
        ["Amazon.co.jpをご利用いただき、ありがとうございます。",
         "お客様のアカウントで通常とは異なるサインインおよびご注文のアクティビティが確認されました。お客様とAmazon.co.jpを不正利用から保護するため、アカウントを一時的に保留し、以下の保留中のご注文をキャンセルいたしました。",
         "アカウントの利用を再開するには、ブラウザに直接 www.amazon.co.jp と入力してサインインし、画面の案内に従って本人確認をお済ませください。本人確認が完了するまで、新しいご注文はできません。",
         "Amazon.co.jpがこのEメールのリンクから個人情報の入力をお願いすることはありません。"],
        [("Apple Gift Card 10,000円分（Eメールタイプ）", "3", "￥30,000")], "キャンセルされた商品",
        ["ご不便をおかけして申し訳ございません。"],
        F_JA, "alt", JP_TO2, "fraud_prevention", True, "unusual activity, account on hold; multipart QP; no auth header")

o = new_order("amazon.co.jp")
genuine("notice", "amazon.co.jp", "auto-confirm", "Amazon.co.jp ご注文のキャンセルが完了しました",
        dt(2024, 8, 2, 12, 5), True, "キャンセル完了のお知らせ", "山田 花子 様",
        ["Amazon.co.jpをご利用いただき、ありがとうございます。",
         "お客様からのご依頼により、以下の商品のご注文をキャンセルいたしました。",
         "キャンセル理由: お客様によるキャンセル",
         "この商品に対する請求は行われません。ご注文の他の商品は、予定どおり発送されます。"],
        [("コクヨ キャンパスノート 5冊パック B罫 セミB5 ノ-3CBNX5", "1", "￥598")], "キャンセルされた商品",
        ["ご注文状況は注文履歴 https://www.amazon.co.jp/gp/css/order-history からご確認いただけます。"],
        F_JA_TEXT, "text", JP_TO, "customer_request", True, "customer cancelled one item; text-only 8bit UTF-8; auth pass",
        text_cte="8bit")

o = new_order("amazon.co.jp")
genuine("notice", "amazon.co.jp", "order-update", "Amazon.co.jp: ご注文（%s）がキャンセルされました" % o,
        dt(2025, 2, 14, 7, 48), False, "ご注文のキャンセル", "鈴木 一郎 様",
        ["Amazon.co.jpをご利用いただき、ありがとうございます。",
         "ご注文番号 %s の以下の商品はキャンセルされました。" % o,
         "この商品の代金は請求されません。ご注文の詳細は注文履歴からご確認いただけます。ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。"],
        [("アイリスオーヤマ 布団乾燥機 カラリエ FK-C3-WP ホワイト", "1", "8,980円")], "キャンセルされた商品",
        ["またのご利用をお待ちしております。"],
        F_JA_TEXT, "alt", JP_TO2, "unknown", False, "no reason given; text ISO-2022-JP + html UTF-8 QP; no auth header",
        text_cs="iso-2022-jp", text_cte="7bit", subj_cs="iso-2022-jp")

# --- lookalikes ----------------------------------------------------------
other("lookalike", "ja", "fraud_prevention", True, "callback phone number; gmail sender; malformed order no.",
      ("Amazon カスタマーセンター", "amazon.jp.support.center2024@gmail.com"), JP_TO,
      "【緊急】ご注文がキャンセルされました。至急お電話ください", dt(2024, 9, 3, 22, 17, 9),
      [("plain", """Amazon お客様

お客様のAmazonアカウントで不正な支払いが検出されたため、ご注文（注文番号：#JP-88231-1102）はキャンセルされました。

キャンセル金額：￥68,400
商品：iPhone 15 Pro 256GB ナチュラルチタニウム

お心当たりのない場合、または返金をご希望の場合は、24時間以内に下記のAmazonサポートセンターまでお電話ください。

☎ 050-3176-4429（24時間受付・通話無料）

お電話の際は、本人確認のためAmazonアカウントのメールアドレスとご登録のカード番号をお手元にご用意ください。

24時間以内にご連絡がない場合、返金は行われず、アカウントは永久に停止されます。

Amazon.co.jp サポートチーム
""", "utf-8", "base64")],
      phish_transport("mail-sor-f41.google.com", "209.85.220.41", "mail-sor-f41.google.com",
                      "dkim=pass header.d=gmail.com header.s=20230601 header.b=Kq3xP0aZ;\n       spf=pass smtp.mailfrom=amazon.jp.support.center2024@gmail.com;\n       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
                      None, "mail.gmail.com"))

JL2 = """<div style="max-width:600px;margin:0 auto;border:1px solid #ddd;padding:24px;font-family:'Hiragino Kaku Gothic Pro',Meiryo,sans-serif;">
<div style="font-size:22px;font-weight:bold;color:#232f3e;">amazon<span style="color:#ff9900;">.co.jp</span></div>
<h2 style="color:#c45500;font-weight:normal;">アカウント停止のお知らせ</h2>
<p>お客様</p>
<p>お客様のAmazonアカウントは、セキュリティ上の理由により一時的に停止されました。これに伴い、現在処理中のご注文 <b>250-3318-77201</b> はキャンセルされました。</p>
<p>アカウントを復元し、ご注文を再開するには、以下の確認コードをご入力ください。</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center;background:#f3f3f3;padding:12px;">739201</p>
<p style="text-align:center;"><a href="http://amazon-co-jp.account-verify.com/ap/signin?code=739201&amp;lang=ja" style="background:#ffd814;color:#111;padding:10px 28px;border-radius:8px;text-decoration:none;">アカウントを復元する</a></p>
<p>48時間以内に手続きが完了しない場合、アカウントおよびご注文履歴は完全に削除されます。</p>
<hr />
<p style="font-size:11px;color:#777;">このメールは送信専用アドレスから配信されています。<br />&copy; 1996-2024, Amazon.com, Inc. or its affiliates</p>
</div>"""
other("lookalike", "ja", "fraud_prevention", True, "account suspended + code; look-alike domain; malformed order no.",
      ("Amazon.co.jp", "account-update@amazon-co-jp.account-verify.com"), JP_TO,
      "Amazonアカウント停止のお知らせ ― ご注文はキャンセルされました", dt(2024, 10, 15, 4, 51, 9),
      [("html", simple_html(JL2, "ja", title="Amazon.co.jp"), "utf-8", "quoted-printable")],
      phish_transport("vps-7731.contabo-host.net", "185.217.5.88", "amazon-co-jp.account-verify.com",
                      "spf=pass smtp.mailfrom=account-verify.com;\n       dkim=none;\n       dmarc=none header.from=amazon-co-jp.account-verify.com",
                      "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "amazon-co-jp.account-verify.com"))

other("lookalike", "ja", "payment_issue", True, "asks to reply with card details; outlook sender; odd order no.",
      ("Amazon Japan", "amazon-jp-service@outlook.jp"), JP_TO2,
      "お支払い情報の不備によりご注文をキャンセルいたしました", dt(2024, 5, 20, 13, 8, 9),
      [("plain", """いつもAmazon.co.jpをご利用いただきありがとうございます。

ご登録のお支払い情報に不備があったため、ご注文（注文番号：249-551902-88431）をキャンセルいたしました。

再度ご注文を手配するため、このメールにご返信のうえ、以下の情報をお送りください。

・カード名義人
・カード番号（16桁）
・有効期限
・セキュリティコード（裏面3桁）
・生年月日

ご返信を確認後、担当者がご注文を再手配いたします。
3日以内にご返信がない場合、アカウントのご利用を制限させていただきます。

Amazon.co.jp 決済担当
""", "iso-2022-jp", "7bit")],
      phish_transport("APC01-TYZ-obe.outbound.protection.outlook.com", "40.107.114.52", "APC01-TYZ-obe.outbound.protection.outlook.com",
                      "spf=pass smtp.mailfrom=outlook.jp;\n       dkim=pass header.d=outlook.jp;\n       dmarc=pass header.from=outlook.jp",
                      None, "TYCP286MB2011.JPNP286.PROD.OUTLOOK.COM"),
      hdr_cs="iso-2022-jp", reply_to="amazon.billing.jp@outlook.com")

# polished: genuine template, but every link goes to the phishing host; link text shows amazon.co.jp
o = new_order("amazon.co.jp")
_h = amz_html("amazon.co.jp", "ご注文のキャンセル", o, "お客様",
              ["Amazon.co.jpをご利用いただき、ありがとうございます。",
               "ご登録のお支払い方法の承認が得られなかったため、以下のご注文をキャンセルいたしました。お支払い済みの金額を返金するため、72時間以内にお支払い情報をご確認ください。",
               "確認はこちら： [[https://www.amazon.co.jp/gp/css/order-history|http://jp-amazon.secure-update.cn/ap/signin?openid=order-history]]"],
              [("Anker PowerCore 10000 モバイルバッテリー", "2", "￥5,980")], "キャンセルされた商品",
              ["またのご利用をお待ちしております。"], F_JA, total="￥5,980")
_h = re.sub(r'href="https://www\.amazon\.co\.jp/gp/r\.html\?[^"]*"', 'href="http://jp-amazon.secure-update.cn/ap/signin?ref=%s"' % tok(8), _h)
other("lookalike", "ja", "payment_issue", True,
      "polished copy of real template; link text shows amazon.co.jp, href goes to .cn; amazon.co.jp.<evil> sender",
      ("Amazon.co.jp", "order-update@amazon.co.jp.order-cancel.top"), JP_TO,
      "Amazon.co.jp: ご注文 %s はキャンセルされました" % o, dt(2025, 3, 4, 1, 12),
      [("html", _h, "utf-8", "quoted-printable")],
      phish_transport("mail.order-cancel.top", "103.151.124.17", "mail.order-cancel.top",
                      "spf=pass smtp.mailfrom=bounce@order-cancel.top;\n       dkim=pass header.d=order-cancel.top header.s=default;\n       dmarc=pass header.from=amazon.co.jp.order-cancel.top",
                      None, "order-cancel.top"), reply_to="no-reply@amazon.co.jp.order-cancel.top")

JL5 = """<p>いつもご利用いただき誠にありがとうございます。</p>
<p>大変申し訳ございません。ご注文の商品「PlayStation 5 デジタル・エディション」は在庫切れのため、キャンセルとなりました。</p>
<p>注文番号：503-2219884-0031<br />返金予定額：￥66,980</p>
<p>返金をお受け取りいただくには、<b>48時間以内</b>に返金フォームから振込先の銀行口座情報をご登録ください。期限を過ぎますと返金手続きができなくなります。</p>
<p><a href="https://refund-amzn-jp.com/form?id=5032219884">返金手続きへ進む</a></p>
<p>Amazon.co.jp カスタマーサービス</p>"""
other("lookalike", "ja", "inventory_shortage", True, "Cyrillic 'А' in display name; refund form asks bank data; malformed order no.",
      ("Аmazon.co.jp", "info@mail-amzn-jp.com"), JP_TO2,
      "ご注文の商品は在庫切れのためキャンセルされました【返金手続きのご案内】", dt(2024, 12, 2, 18, 40, 9),
      [("plain", html2text(JL5) + "\nhttps://refund-amzn-jp.com/form?id=5032219884\n", "utf-8", "quoted-printable"),
       ("html", simple_html(JL5, "ja"), "utf-8", "quoted-printable")],
      phish_transport("mail-amzn-jp.com", "45.144.30.212", "mail-amzn-jp.com",
                      "spf=softfail smtp.mailfrom=mail-amzn-jp.com;\n       dkim=none;\n       dmarc=fail header.from=mail-amzn-jp.com",
                      "Microsoft Outlook Express 6.00.2900.5512", "mail-amzn-jp.com"))

JL6 = """<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ccc;font-family:Meiryo,sans-serif;">
<tr><td style="background:#232f3e;color:#fff;padding:12px 20px;font-size:20px;">amazon.co.jp</td></tr>
<tr><td style="padding:20px;">
<p>お客様各位</p>
<p>ご登録のクレジットカードの有効期限が切れているため、ご注文 250-7713902-4418265 のお支払いを完了できませんでした。</p>
<p style="color:#b12704;"><b>24時間以内にお支払い情報を更新いただけない場合、ご注文は自動的にキャンセルされ、アカウントのご利用が制限されます。</b></p>
<p style="text-align:center;"><a href="http://amaz0n-jp.com/wallet/update?u=hanako" style="background:#f0c14b;border:1px solid #a88734;padding:8px 24px;color:#111;text-decoration:none;">お支払い情報を更新する</a></p>
<p>今後ともAmazon.co.jpをよろしくお願いいたします。</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888;">Amazon.co.jp カスタマーサービス</td></tr>
</table>"""
other("lookalike", "ja", "payment_issue", True, "'will be cancelled unless you act'; amaz0n domain; HTML-only ISO-2022-JP",
      ("Amazon.co.jp", "no-reply@amaz0n-jp.com"), JP_TO,
      "【Amazon】お支払い方法の有効期限切れ：24時間以内に更新がない場合ご注文はキャンセルされます", dt(2024, 7, 22, 6, 3, 9),
      [("html", simple_html(JL6, "ja").replace("charset=UTF-8", "charset=iso-2022-jp"), "iso-2022-jp", "7bit")],
      phish_transport("amaz0n-jp.com", "194.87.92.18", "amaz0n-jp.com", None, None, "amaz0n-jp.com"),
      hdr_cs="iso-2022-jp")

other("lookalike", "ja", "technical_issue", True, "crude machine translation; yahoo sender; no order number; raw 8bit subject",
      ("amazon", "amazon_cancel_jp@yahoo.co.jp"), JP_TO2,
      "アマゾン注文取り消しのお知らせ", dt(2024, 4, 9, 3, 27, 9),
      [("plain", """親愛なるお客様、

システムエラーのため、あなたの注文は取り消されました。私たちは不便をおかけして申し訳ありません。

あなたの払い戻しを受けるために、下のリンクをクリックして、あなたの情報を確認してください。

https://bit.ly/3amzn-jp-refund

あなたがこの操作を行わない場合、あなたのアカウントは閉鎖されます。

ありがとうございます、
アマゾンチーム
""", "utf-8", "8bit")],
      phish_transport("sonic303-21.consmr.mail.ssk.yahoo.co.jp", "182.22.12.116", "sonic303-21.consmr.mail.ssk.yahoo.co.jp",
                      "spf=pass smtp.mailfrom=yahoo.co.jp;\n       dkim=pass header.d=yahoo.co.jp;\n       dmarc=pass header.from=yahoo.co.jp",
                      None, "yahoo.co.jp"), raw_subject=True)

JL8 = """<div style="font-family:Meiryo,sans-serif;max-width:620px;">
<p style="font-size:20px;"><b>amazon</b>.co.jp</p>
<p>お客様</p>
<p>お客様のご依頼により、以下のご注文のキャンセルを承りました。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;">
<tr><td>ご注文番号</td><td>250-88190-2231</td></tr>
<tr><td>商品</td><td>Apple Watch Series 9 GPSモデル 45mm ミッドナイト</td></tr>
<tr><td>金額</td><td>￥64,800</td></tr>
</table>
<p>このキャンセル手続きにお心当たりがない場合は、第三者による不正操作の可能性があります。24時間以内に以下からキャンセルを取り消し、アカウントを保護してください。</p>
<p><a href="https://amazon-orders.help/jp/restore?id=88190">キャンセルを取り消す</a></p>
<p>Amazon.co.jp</p>
</div>"""
other("lookalike", "ja", "customer_request", True, "Greek alpha in display name; amazon-orders.help; 'not you? click'",
      ("Amαzon.co.jp", "cancel-notice@amazon-orders.help"), JP_TO,
      "キャンセル完了のお知らせ（ご注文番号：250-88190-2231）", dt(2025, 4, 17, 10, 55, 9),
      [("plain", html2text(JL8) + "\nhttps://amazon-orders.help/jp/restore?id=88190\n", "utf-8", "base64"),
       ("html", simple_html(JL8, "ja"), "utf-8", "base64")],
      phish_transport("smtp.amazon-orders.help", "91.92.245.30", "smtp.amazon-orders.help",
                      "spf=pass smtp.mailfrom=amazon-orders.help;\n       dkim=pass header.d=amazon-orders.help;\n       dmarc=pass header.from=amazon-orders.help",
                      None, "amazon-orders.help"))

# --- non-notices ---------------------------------------------------------
other("non_notice", "ja", None, False, "small web shop cancels (maker out of stock); paid with Amazon Pay",
      ("北欧雑貨 リンネ", "order@linne-zakka.jp"), JP_TO,
      "【北欧雑貨 リンネ】ご注文キャンセルのお知らせ［注文番号：LN-20240611-0382］", dt(2024, 6, 12, 11, 20, 9),
      [("plain", """山田 花子 様

この度は北欧雑貨 リンネをご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文いただいた「アラビア パラティッシ プレート 21cm」は、メーカー欠品のため入荷の見込みが立たず、ご注文をキャンセルさせていただきました。

■ご注文番号：LN-20240611-0382
■キャンセル商品：アラビア パラティッシ プレート 21cm ブラック × 2
■キャンセル金額：8,580円（税込）
■お支払い方法：Amazon Pay

Amazon Payでお支払いのお客様には、今回のご注文分の請求は行われません。
なお、Amazon Payでのお支払い状況は、Amazon.co.jpの注文履歴ではなく、Amazon Payのお支払い履歴からご確認いただけます。

ご迷惑をおかけしましたことを重ねてお詫び申し上げます。
再入荷のご案内をご希望の場合は、商品ページの「再入荷お知らせ」ボタンからご登録ください。

────────────────────
北欧雑貨 リンネ
〒150-0001 東京都渋谷区神宮前5-12-8 2F
TEL 03-6712-4408（平日10:00-17:00）
https://linne-zakka.jp/
────────────────────
""", "iso-2022-jp", "7bit")],
      personal_transport("sv8812.xserver.jp", "183.90.232.44", None, "linne-zakka.jp"), hdr_cs="iso-2022-jp")

other("non_notice", "ja", None, False, "colleague says he cancelled his Amazon order himself",
      ("佐藤 健", "ken.sato@example-corp.co.jp"), ("山田 花子", "hanako.yamada@example-corp.co.jp"),
      "Re: 会議室のモニターの件", dt(2024, 10, 2, 17, 46, 9),
      [("plain", """山田さん

お疲れさまです。佐藤です。

例のモニターですが、先週Amazonで注文していた分はキャンセルしました。
お届け予定が3週間後になっていたので、来週のセミナーに間に合わないと思って。
キャンセル自体はすぐ完了して、請求も来ていないのを確認済みです。

代わりにヨドバシで同じ型番（EIZO EV2795）を取り置きしてもらったので、
明日の昼に受け取りに行ってきます。

経費精算は受け取ってからまとめて出しますね。

佐藤

-----Original Message-----
From: 山田 花子
Sent: Wednesday, October 2, 2024 3:12 PM
Subject: 会議室のモニターの件

佐藤さん

会議室のモニター、届くのいつ頃になりそうですか？
来週のセミナーで使いたいので、わかったら教えてください。

山田
""", "iso-2022-jp", "7bit")],
      personal_transport("mail.example-corp.co.jp", "203.0.113.25", "Microsoft Outlook 16.0", "example-corp.co.jp",
                         [("In-Reply-To", "<TY2PR01MB4410A8C3@example-corp.co.jp>"),
                          ("References", "<TY2PR01MB4410A8C3@example-corp.co.jp>")]),
      hdr_cs="iso-2022-jp")

JX3 = """<div style="max-width:640px;margin:0 auto;font-family:Meiryo,sans-serif;line-height:1.7;">
<p style="font-size:12px;color:#888;">セキュリティ週報 第312号　2024年11月18日発行</p>
<h1 style="font-size:20px;">「ご注文はキャンセルされました」― Amazonをかたるフィッシングが急増</h1>
<p>今週は、Amazonを装って「<b>【Amazon】ご注文はキャンセルされました</b>」や「<b>お支払い方法の有効期限切れ：24時間以内に更新がない場合ご注文はキャンセルされます</b>」といった件名で届くフィッシングメールの報告が相次ぎました。</p>
<p>これらのメールは、実在する注文番号に似た番号を記載し、「返金を受け取るには」「キャンセルを取り消すには」などと称して偽のサインインページへ誘導します。中には、サポートセンターと称する電話番号に電話をかけさせ、カード番号を聞き出す手口もあります。</p>
<h2 style="font-size:16px;">見分けるポイント</h2>
<ul>
<li>送信元アドレスのドメインを確認する（amazon.co.jp に余計な文字が付いていないか）</li>
<li>Amazonはメールでカード番号やパスワードを尋ねない</li>
<li>メールのリンクは開かず、公式アプリの注文履歴で状況を確認する</li>
</ul>
<p>不審なメールを受け取った場合は、フィッシング対策協議会や各社の窓口へ報告しましょう。</p>
<hr />
<p style="font-size:11px;color:#888;">このメールは「セキュリティ週報」にご登録いただいた方にお送りしています。<br />
配信停止：<a href="https://secweek.jp/unsubscribe?u=8812">https://secweek.jp/unsubscribe</a></p>
</div>"""
other("non_notice", "ja", None, False, "security newsletter quoting fake cancellation subjects",
      ("セキュリティ週報", "newsletter@secweek.jp"), JP_TO,
      "【セキュリティ週報 第312号】「ご注文はキャンセルされました」Amazonをかたるフィッシングが急増", dt(2024, 11, 18, 8, 0, 9),
      [("plain", html2text(JX3), "utf-8", "base64"), ("html", simple_html(JX3, "ja"), "utf-8", "base64")],
      personal_transport("mta21.secweek.jp", "198.51.100.71", None, "secweek.jp",
                         [("List-Unsubscribe", "<https://secweek.jp/unsubscribe?u=8812>"), ("Precedence", "bulk")]))

o = new_order("amazon.co.jp")
JX4 = """<div style="font-family:Meiryo,sans-serif;max-width:600px;">
<p style="color:#2a8703;font-size:20px;">Amazonフレッシュ</p>
<p>山田 花子 様</p>
<p>Amazonフレッシュをご利用いただきありがとうございます。</p>
<p>ご予約いただいていたお届け時間帯（6月14日（金）18:00～20:00）はキャンセルされ、新しいお届け時間帯に変更されました。</p>
<p><b>新しいお届け時間帯：6月15日（土）10:00～12:00</b><br />注文番号：%s</p>
<p>ご注文内容に変更はありません。商品は新しい時間帯にお届けします。お届け時間帯の変更は、お届け日の前日23:59まで<a href="https://www.amazon.co.jp/gp/css/order-history">注文履歴</a>から行えます。</p>
<p style="font-size:11px;color:#666;">Amazon.co.jpがEメールでパスワードやクレジットカード番号をお尋ねすることはありません。<br />このEメールアドレスは配信専用です。</p>
</div>""" % o
add(kind="non_notice", lang="ja", cause=None, states_reason=False, marketplace=None,
    note="Amazon Fresh delivery time slot cancelled and rebooked; order unchanged",
    frm=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), hdr_cs="utf-8", to=JP_TO,
    subject="Amazonフレッシュ: お届け時間帯の変更を承りました", date=dt(2024, 6, 13, 21, 4),
    reply_to="no-reply@amazon.co.jp", transport=amz_headers("amazon.co.jp", dt(2024, 6, 13, 21, 4), True),
    parts=[("plain", html2text(JX4), "utf-8", "quoted-printable"), ("html", simple_html(JX4, "ja"), "utf-8", "quoted-printable")],
    boundary="----=_Part_%d_%d.1718312640000" % (random.randint(10**6, 10**8), random.randint(10**8, 10**9)))

JX5 = """<div style="font-family:Meiryo,sans-serif;max-width:600px;">
<p style="font-size:20px;color:#25d1da;">amazon music</p>
<p>鈴木 一郎 様</p>
<p>Amazon Music Unlimited（個人プラン・月額）の会員登録のキャンセルが完了しました。</p>
<p>2024年7月3日までは引き続きすべての機能をご利用いただけます。それ以降、会費の請求は発生しません。</p>
<p>いつでも<a href="https://www.amazon.co.jp/music/unlimited">Amazon Music Unlimited</a>から再登録いただけます。</p>
<p style="font-size:11px;color:#666;">このEメールは配信専用です。会員登録の管理は<a href="https://www.amazon.co.jp/music/settings">Amazon Musicの設定</a>から行えます。</p>
</div>"""
add(kind="non_notice", lang="ja", cause=None, states_reason=False, marketplace=None,
    note="Music Unlimited subscription cancelled",
    frm=("Amazon.co.jp", "digital-no-reply@amazon.co.jp"), hdr_cs="utf-8", to=JP_TO2,
    subject="Amazon Music Unlimited 会員登録のキャンセルが完了しました", date=dt(2024, 6, 4, 0, 31),
    reply_to=None, transport=amz_headers("amazon.co.jp", dt(2024, 6, 4, 0, 31), False),
    parts=[("html", simple_html(JX5, "ja"), "utf-8", "quoted-printable")], boundary=None)

o = new_order("amazon.co.jp")
genuine("non_notice", "amazon.co.jp", "payments-messages", "Amazon.co.jp: ご注文のお支払い方法を更新してください（%s）" % o,
        dt(2024, 3, 12, 10, 2), True, "お支払い方法の更新のお願い", "鈴木 一郎 様",
        ["Amazon.co.jpをご利用いただき、ありがとうございます。",
         "ご注文 %s について、ご登録のクレジットカードでのお支払いが承認されませんでした。現在、ご注文は保留中で、キャンセルはされていません。" % o,
         "2024年3月18日までに[[注文履歴|https://www.amazon.co.jp/gp/css/order-history]]からお支払い方法を更新してください。期限までに更新が確認できない場合、ご注文はキャンセルされます。"],
        [("ダイソン Dyson V12 Detect Slim Fluffy コードレス掃除機 SV46FF", "1", "￥79,800")], "ご注文の商品",
        ["ご協力をお願いいたします。"],
        F_JA, "alt", JP_TO2, None, False, "genuine payment reminder BEFORE any cancellation ('will be cancelled')",
        html_cte="base64")


# ==========================================================================
# TURKISH  (amazon.com.tr)
# ==========================================================================
TR_TO = ("Ayşe Yılmaz", "ayse.yilmaz@example.com.tr")
TR_TO2 = ("Emre Demir", "emre.demir@example.net.tr")

F_TR = [
    "Amazon.com.tr, e-posta yoluyla asla şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez.",
    "Kredi kartı numaranız veya son kullanma tarihiniz değiştiyse, ödeme bilgilerinizi [[Hesabım|https://www.amazon.com.tr/cpe/yourpayments/wallet]] bölümünden güncelleyebilirsiniz.",
    "Amazon.com.tr adına gönderildiği izlenimini veren şüpheli bir e-posta aldıysanız, lütfen [[Yardım sayfamızdaki|https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GM4CLR5FH7ZN8N4S]] adımları izleyerek bize bildirin.",
    "Bu e-posta, gelen e-postaları almayan bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
]

o = new_order("amazon.com.tr")
genuine("notice", "amazon.com.tr", "order-update", "Amazon.com.tr siparişiniz (#%s) iptal edildi" % o,
        dt(2024, 9, 17, 6, 22), True, "Sipariş İptali", "Merhaba Ayşe Yılmaz,",
        ["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
         "Üzgünüz, siparişinizdeki aşağıdaki ürün satıcının stoğunda kalmadığı ve tedarik edilemediği için iptal edildi. Bu durumdan dolayı yaşadığınız aksaklık için özür dileriz.",
         "Bu ürün için herhangi bir ücret tahsil edilmedi. Kartınızda provizyon görünüyorsa, bankanıza bağlı olarak birkaç iş günü içinde kaldırılacaktır.",
         "Ürün yeniden stoğa girdiğinde ürün sayfasından tekrar sipariş verebilirsiniz."],
        [("Arzum OK004 Okka Minio Türk Kahvesi Makinesi, Bakır", "1", "1.899,00 TL", "Ege Elektronik Ticaret")], "İptal Edilen Ürünler",
        ["Siparişlerinizi [[Siparişlerim|https://www.amazon.com.tr/gp/css/order-history]] bölümünden görüntüleyebilirsiniz.",
         "Sizi yeniden görmeyi umuyoruz."],
        F_TR, "text", TR_TO, "inventory_shortage", True, "seller out of stock; text-only ISO-8859-9 QP; auth pass",
        text_cs="iso-8859-9", text_cte="quoted-printable", subj_cs="iso-8859-9")

o = new_order("amazon.com.tr")
genuine("notice", "amazon.com.tr", "payments-messages", "Ödeme alınamadığı için Amazon.com.tr siparişiniz iptal edildi",
        dt(2024, 4, 3, 13, 10), False, "Siparişiniz iptal edildi", "Merhaba Emre Demir,",
        ["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
         "%s numaralı siparişinizin ödemesi, kartınızın son kullanma tarihi geçmiş olduğu için işlenemedi. Size daha önce gönderdiğimiz e-postada ödeme bilgilerinizi güncellemenizi rica etmiştik; ancak belirtilen süre içinde güncelleme yapılmadığı için siparişiniz iptal edildi." % o,
         "Ürünü hâlâ satın almak istiyorsanız, [[Hesabım|https://www.amazon.com.tr/cpe/yourpayments/wallet]] bölümünden geçerli bir ödeme yöntemi ekleyip yeniden sipariş verebilirsiniz."],
        [("Philips Airfryer XXL HD9650/90, Siyah", "1", "8.499,00 TL")], "İptal Edilen Ürünler",
        ["Sizi yeniden görmeyi umuyoruz."],
        F_TR, "alt", TR_TO2, "payment_issue", True, "expired card, payment revision missed; multipart UTF-8 QP; no auth header")

o = new_order("amazon.com.tr")
genuine("notice", "amazon.com.tr", "order-update", "Amazon.com.tr siparişinizle ilgili önemli bilgi: %s" % o,
        dt(2025, 1, 21, 3, 45), False, "Sipariş İptali", "Merhaba Ayşe Yılmaz,",
        ["Aşağıdaki ürünün ürün sayfasında gösterilen fiyatın, sistemimizdeki bir fiyatlandırma hatası nedeniyle yanlış olduğunu tespit ettik. Bu nedenle siparişinizi iptal ettik.",
         "Yaşattığımız rahatsızlık için özür dileriz. Bu sipariş için ödeme yönteminizden herhangi bir ücret alınmadı.",
         "Ürünün güncel fiyatını ürün sayfasında görebilirsiniz."],
        [("Samsung Galaxy Tab S9 FE 128 GB Wi-Fi, Gri", "1", "1.299,00 TL")], "İptal Edilen Ürünler",
        ["Yardıma ihtiyacınız olursa [[Müşteri Hizmetleri|https://www.amazon.com.tr/gp/help/customer/display.html]] sayfamızı ziyaret edin."],
        F_TR, "html", TR_TO, "technical_issue", True, "pricing error; HTML-only base64; no auth header",
        html_cte="base64")

o = new_order("amazon.com.tr")
genuine("notice", "amazon.com.tr", "cs-reply", "Hesabınız askıya alındı ve bekleyen siparişiniz iptal edildi",
        dt(2024, 12, 9, 19, 2), True, "Hesap Doğrulaması", "Merhaba Emre Demir,",
        ["Hesabınızda olağan dışı bir oturum açma ve sipariş etkinliği tespit ettik. Sizi ve Amazon.com.tr'yi korumak amacıyla hesabınızı geçici olarak askıya aldık ve bekleyen aşağıdaki siparişinizi iptal ettik.",
         "Hesabınızı yeniden kullanmaya başlamak için tarayıcınıza doğrudan www.amazon.com.tr yazarak oturum açın ve ekrandaki talimatları izleyerek kimliğinizi doğrulayın. Doğrulama tamamlanana kadar yeni sipariş veremezsiniz.",
         "Bu e-postadaki bir bağlantı aracılığıyla kişisel bilgilerinizi girmenizi asla istemeyiz."],
        [("Apple iPhone 15 128 GB, Siyah", "2", "85.998,00 TL")], "İptal Edilen Ürünler",
        ["Anlayışınız için teşekkür ederiz."],
        F_TR, "alt", TR_TO2, "fraud_prevention", True, "unusual activity, account suspended; text ISO-8859-9 8bit + html QP; auth pass",
        text_cs="iso-8859-9", text_cte="8bit")

o = new_order("amazon.com.tr")
genuine("notice", "amazon.com.tr", "auto-confirm", "Ürün başarıyla iptal edildi: \"Faber-Castell Grip 2001 Kurşun Kalem...\"",
        dt(2024, 7, 30, 10, 18), False, "İptal Onayı", "Merhaba Ayşe Yılmaz,",
        ["İsteğiniz üzerine %s numaralı siparişinizden aşağıdaki ürünü iptal ettik." % o,
         "İptal nedeni: Müşteri tarafından iptal edildi",
         "Bu ürün için ödeme alınmayacak. Siparişinizdeki diğer ürünler planlandığı şekilde gönderilecektir."],
        [("Faber-Castell Grip 2001 Kurşun Kalem, 12'li Paket", "1", "189,90 TL")], "İptal Edilen Ürünler",
        ["Siparişlerinizi Siparişlerim bölümünden görüntüleyebilirsiniz: https://www.amazon.com.tr/gp/css/order-history"],
        F_TR, "text", TR_TO, "customer_request", True, "customer cancelled item; text-only UTF-8 8bit; no auth header",
        text_cte="8bit")

o = new_order("amazon.com.tr")
genuine("notice", "amazon.com.tr", "order-update", "Amazon.com.tr siparişiniz #%s iptal edildi" % o,
        dt(2025, 3, 11, 8, 37), True, "Sipariş İptali", "Merhaba Emre Demir,",
        ["Aşağıdaki ürünü belirttiğiniz teslimat adresine gönderemediğimiz için siparişinizi iptal ettik. Kargo firması, adresin eksik olduğunu ve teslimatın yapılamadığını bildirdi.",
         "Ödemeniz 3-5 iş günü içinde iade edilecektir.",
         "Adres bilgilerinizi [[Adreslerim|https://www.amazon.com.tr/a/addresses]] bölümünden kontrol ederek yeniden sipariş verebilirsiniz."],
        [("Karaca Hatır Türk Kahvesi Makinesi, Krom", "1", "2.349,00 TL")], "İptal Edilen Ürünler",
        ["Sizi yeniden görmeyi umuyoruz."],
        F_TR, "alt", TR_TO2, "unknown", True, "address undeliverable (fits none of the four); multipart base64; auth pass",
        text_cte="base64", html_cte="base64")

# --- lookalikes ----------------------------------------------------------
other("lookalike", "tr", "payment_issue", True, "callback phone number; gmail; malformed order no.; ISO-8859-9 base64",
      ("Amazon Müşteri Hizmetleri", "amazontr.destek.merkezi@gmail.com"), TR_TO,
      "Siparişiniz İptal Edildi - Ödemeniz Reddedildi", dt(2024, 8, 14, 23, 5, 3),
      [("plain", """Sayın Müşterimiz,

Ödemeniz bankanız tarafından reddedildiği için 4.799,00 TL tutarındaki siparişiniz (Sipariş No: TR-4471-9920) iptal edilmiştir.

Ürün: Dyson Supersonic Saç Kurutma Makinesi

Tutarın kartınıza iadesi için 24 saat içinde Amazon Destek Hattı'nı arayınız:

0850 305 41 87 (7/24 ücretsiz)

Görüşme sırasında kimlik doğrulaması için kart bilgileriniz ve telefonunuza gelecek SMS kodu sorulacaktır.

Amazon.com.tr Müşteri Hizmetleri
""", "iso-8859-9", "base64")],
      phish_transport("mail-sor-f65.google.com", "209.85.220.65", "mail-sor-f65.google.com",
                      "dkim=pass header.d=gmail.com;\n       spf=pass smtp.mailfrom=gmail.com;\n       dmarc=pass header.from=gmail.com",
                      None, "mail.gmail.com"), hdr_cs="iso-8859-9")

TL2 = """<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif;border:1px solid #e3e3e3;padding:20px;">
<p style="font-size:24px;font-weight:bold;">amazon<span style="color:#ff9900;">.com.tr</span></p>
<h2 style="color:#c40000;">Hesabınız Askıya Alındı</h2>
<p>Değerli müşterimiz,</p>
<p>Hesabınızda şüpheli bir işlem tespit edildi. Güvenliğiniz için hesabınız askıya alınmış ve bekleyen siparişiniz (#407-55190-3321) iptal edilmiştir.</p>
<p>Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:</p>
<p style="font-size:30px;letter-spacing:8px;text-align:center;">482913</p>
<p style="text-align:center;"><a href="http://amazon-tr-hesap.com/dogrula?kod=482913" style="background:#ffd814;padding:10px 30px;color:#000;text-decoration:none;border-radius:20px;">Hesabımı Doğrula</a></p>
<p>48 saat içinde doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.</p>
<p style="font-size:11px;color:#777;">&copy; 2024 Amazon.com, Inc. veya bağlı şirketleri. Tüm hakları saklıdır.</p>
</div>"""
other("lookalike", "tr", "fraud_prevention", True, "account suspended + verification code; look-alike domain",
      ("Amazon Güvenlik", "guvenlik@amazon-tr-hesap.com"), TR_TO2,
      "Hesabınız askıya alındı - siparişiniz iptal edildi", dt(2024, 11, 6, 2, 44, 3),
      [("html", simple_html(TL2, "tr"), "utf-8", "quoted-printable")],
      phish_transport("server1.amazon-tr-hesap.com", "5.188.87.41", "server1.amazon-tr-hesap.com",
                      "spf=neutral smtp.mailfrom=amazon-tr-hesap.com;\n       dkim=none;\n       dmarc=none header.from=amazon-tr-hesap.com",
                      "PHPMailer 6.5.0", "amazon-tr-hesap.com"))

other("lookalike", "tr", "fraud_prevention", True, "asks reply with card details + ID number; outlook; reply-to differs",
      ("Amazon Türkiye", "amazon.siparis.tr@outlook.com.tr"), TR_TO,
      "Güvenlik Doğrulaması: Siparişiniz iptal edildi", dt(2024, 6, 25, 15, 31, 3),
      [("plain", """Değerli Müşterimiz,

Hesabınızda güvenlik incelemesi başlatılmış ve 405-889123-7781 numaralı siparişiniz güvenlik nedeniyle iptal edilmiştir.

Siparişinizin yeniden işleme alınması için lütfen bu e-postayı aşağıdaki bilgilerle yanıtlayınız:

- Ad Soyad
- T.C. Kimlik No
- Kart Numarası
- Son Kullanma Tarihi
- CVV (kartın arkasındaki 3 hane)

Bilgileriniz doğrulandıktan sonra siparişiniz aynı gün kargoya verilecektir.

Saygılarımızla,
Amazon Türkiye Güvenlik Birimi
""", "utf-8", "quoted-printable")],
      phish_transport("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.91", "EUR05-AM6-obe.outbound.protection.outlook.com",
                      "spf=pass smtp.mailfrom=outlook.com.tr;\n       dkim=pass header.d=outlook.com.tr;\n       dmarc=pass header.from=outlook.com.tr",
                      None, "AS8PR09MB6120.eurprd09.prod.outlook.com"), reply_to="amazon.tr.guvenlik@proton.me")

o = new_order("amazon.com.tr")
_args = ("amazon.com.tr", "Sipariş İptali", o, "Merhaba,",
         ["Aşağıdaki ürün stokta kalmadığı için siparişiniz iptal edildi.",
          "İade tutarınızın kartınıza aktarılabilmesi için 48 saat içinde kart bilgilerinizi doğrulamanız gerekmektedir. Doğrulama yapılmazsa iade işlemi gerçekleştirilemez.",
          "İade merkezi: [[https://www.amazon.com.tr/iade-merkezi|http://amazon-com-tr.iade-merkezi.xyz/giris]]"],
         [("Dyson V15 Detect Absolute Kablosuz Süpürge", "1", "27.999,00 TL")], "İptal Edilen Ürünler",
         ["Sizi yeniden görmeyi umuyoruz."], F_TR)
_h = amz_html(*_args, total="27.999,00 TL")
_h = re.sub(r'href="https://www\.amazon\.com\.tr/gp/r\.html\?[^"]*"', 'href="http://amazon-com-tr.iade-merkezi.xyz/giris?r=%s"' % tok(6), _h)
other("lookalike", "tr", "inventory_shortage", True,
      "polished copy of real template; link text amazon.com.tr, href .xyz; sender amazon.com.tr-iade.info",
      ("Amazon.com.tr", "siparis@amazon.com.tr-iade.info"), TR_TO2,
      "Amazon.com.tr siparişiniz (#%s) iptal edildi" % o, dt(2025, 2, 3, 5, 16),
      [("plain", amz_text(*_args, total="27.999,00 TL"), "utf-8", "quoted-printable"), ("html", _h, "utf-8", "quoted-printable")],
      phish_transport("mx1.amazon.com.tr-iade.info", "193.233.133.9", "mx1.amazon.com.tr-iade.info",
                      "spf=pass smtp.mailfrom=amazon.com.tr-iade.info;\n       dkim=pass header.d=amazon.com.tr-iade.info;\n       dmarc=pass header.from=amazon.com.tr-iade.info",
                      None, "amazon.com.tr-iade.info"))

TL5 = """<p>Değerli müşterimiz,</p>
<p>Sistemimizde yaşanan teknik bir arıza nedeniyle <b>408-2210937-55</b> numaralı siparişiniz iptal edilmiştir. Ödemeniz hesabınıza iade edilecektir.</p>
<p>İadenin gerçekleşmesi için aşağıdaki bağlantıdan bilgilerinizi güncellemeniz gerekmektedir.</p>
<p><a href="https://amzn-siparis.net/iade?ref=2210937">İadeyi Başlat</a></p>
<p>Anlayışınız için teşekkür ederiz.<br />Amazon.com.tr</p>"""
other("lookalike", "tr", "technical_issue", True, "Cyrillic 'о' in display name; malformed order no.",
      ("Amazоn.com.tr", "bildirim@amzn-siparis.net"), TR_TO,
      "Sistem hatası nedeniyle siparişiniz iptal edildi", dt(2024, 10, 28, 9, 9, 3),
      [("plain", html2text(TL5) + "\nhttps://amzn-siparis.net/iade?ref=2210937\n", "utf-8", "base64"),
       ("html", simple_html(TL5, "tr"), "utf-8", "base64")],
      phish_transport("amzn-siparis.net", "77.91.68.140", "amzn-siparis.net",
                      "spf=fail smtp.mailfrom=amzn-siparis.net;\n       dkim=none;\n       dmarc=fail header.from=amzn-siparis.net",
                      None, "amzn-siparis.net"))

TL6 = """<table width="600" align="center" style="font-family:Arial,sans-serif;border:1px solid #ccc;">
<tr><td style="background:#131921;color:#fff;padding:14px;font-size:22px;">amazon.com.tr</td></tr>
<tr><td style="padding:20px;">
<p>Sayın Müşterimiz,</p>
<p>Kayıtlı kartınızla ödeme alınamadı. 407-3391028-6617294 numaralı siparişiniz beklemeye alındı.</p>
<p style="color:#c40000;"><b>24 saat içinde ödeme yönteminizi güncellemezseniz siparişiniz iptal edilecek ve hesabınız kısıtlanacaktır.</b></p>
<p style="text-align:center;"><a href="http://amaz0n-tr.com/odeme/guncelle" style="background:#f0c14b;padding:8px 24px;color:#111;text-decoration:none;">Ödeme Yöntemini Güncelle</a></p>
<p>Teşekkürler,<br />Amazon.com.tr</p>
</td></tr></table>"""
other("lookalike", "tr", "payment_issue", True, "'will be cancelled in 24h'; amaz0n domain; HTML-only ISO-8859-9 QP",
      ("Amazon.com.tr", "no-reply@amaz0n-tr.com"), TR_TO2,
      "Son Uyarı: Siparişiniz 24 saat içinde iptal edilecek", dt(2024, 5, 7, 7, 52, 3),
      [("html", simple_html(TL6, "tr").replace("charset=UTF-8", "charset=ISO-8859-9"), "iso-8859-9", "quoted-printable")],
      phish_transport("amaz0n-tr.com", "45.95.147.12", "amaz0n-tr.com", None, None, "amaz0n-tr.com"), hdr_cs="iso-8859-9")

other("lookalike", "tr", "unknown", False, "crude, no diacritics, no order number, yahoo, short link",
      ("AMAZON", "amazon.tr.iptal@yahoo.com"), TR_TO,
      "AMAZON SIPARIS IPTAL BILDIRIMI !!!", dt(2024, 3, 30, 1, 19, 3),
      [("plain", """Sayin musteri,

siparisiniz iptal olmustur. iade almak icin asagidaki linke tiklayin ve bilgilerinizi girin.

http://tinyurl.com/amzn-tr-iade

islem yapilmazsa hesabiniz kapatilacaktir.

amazon ekibi
""", "us-ascii", "7bit")],
      phish_transport("sonic312-24.consmr.mail.ir2.yahoo.com", "77.238.178.97", "sonic312-24.consmr.mail.ir2.yahoo.com",
                      "dkim=pass header.d=yahoo.com;\n       spf=pass smtp.mailfrom=yahoo.com;\n       dmarc=pass header.from=yahoo.com",
                      None, "yahoo.com"))

TL8 = """<div style="font-family:Arial,sans-serif;max-width:620px;">
<p style="font-size:22px;"><b>amazon</b>.com.tr</p>
<p>Merhaba,</p>
<p>İsteğiniz üzerine aşağıdaki siparişiniz iptal edilmiştir.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;">
<tr><td>Sipariş No</td><td>405-77120-1893</td></tr>
<tr><td>Ürün</td><td>Apple AirPods Pro (2. nesil)</td></tr>
<tr><td>Tutar</td><td>8.999,00 TL</td></tr>
</table>
<p>Bu iptal talebini siz oluşturmadıysanız, hesabınız üçüncü kişilerin eline geçmiş olabilir. İptali geri almak ve hesabınızı korumak için 12 saat içinde aşağıdaki bağlantıya tıklayın.</p>
<p><a href="https://amazon-orders.help/tr/geri-al?id=77120">İptali Geri Al</a></p>
</div>"""
other("lookalike", "tr", "customer_request", True, "Greek omicron in display name; amazon-orders.help; 'not you? undo'",
      ("Amazοn.com.tr", "iptal@amazon-orders.help"), TR_TO2,
      "İptal talebiniz alındı - Sipariş #405-77120-1893", dt(2025, 4, 2, 16, 26, 3),
      [("plain", html2text(TL8) + "\nhttps://amazon-orders.help/tr/geri-al?id=77120\n", "utf-8", "quoted-printable"),
       ("html", simple_html(TL8, "tr"), "utf-8", "quoted-printable")],
      phish_transport("smtp.amazon-orders.help", "91.92.245.30", "smtp.amazon-orders.help",
                      "spf=pass smtp.mailfrom=amazon-orders.help;\n       dkim=pass header.d=amazon-orders.help;\n       dmarc=pass header.from=amazon-orders.help",
                      None, "amazon-orders.help"))

# --- non-notices ---------------------------------------------------------
TX1 = """<div style="font-family:Arial,sans-serif;max-width:640px;">
<p style="background:#df0000;color:#fff;padding:12px;font-size:22px;font-weight:bold;">MediaMarkt</p>
<p>Merhaba Ayşe Yılmaz,</p>
<p>1204558871 numaralı siparişinizdeki <b>Sony PlayStation 5 Slim Digital Edition</b> ürünü stoklarımızda kalmadığı için iptal edilmiştir.</p>
<p>Ödemeniz kartınıza 2-7 iş günü içinde iade edilecektir. İade süresi bankanıza göre değişiklik gösterebilir.</p>
<p>Anlayışınız için teşekkür ederiz.<br />MediaMarkt Türkiye Müşteri Hizmetleri</p>
<hr />
<p style="font-size:12px;color:#555;"><b>Fiyat Garantisi:</b> Satın aldığınız ürünü 14 gün içinde Amazon.com.tr, Hepsiburada veya Trendyol'da daha ucuza bulursanız fark size iade edilir. <a href="https://www.mediamarkt.com.tr/fiyat-garantisi">Koşullar</a></p>
<p style="font-size:11px;color:#888;">MediaMarkt, e-posta ile şifrenizi veya kart bilgilerinizi istemez.</p>
</div>"""
other("non_notice", "tr", None, False, "MediaMarkt order cancelled (out of stock); footer compares with Amazon.com.tr",
      ("MediaMarkt", "siparis@mediamarkt.com.tr"), TR_TO,
      "Siparişiniz iptal edildi - Sipariş No: 1204558871", dt(2024, 11, 22, 14, 3, 3),
      [("plain", html2text(TX1), "utf-8", "quoted-printable"), ("html", simple_html(TX1, "tr"), "utf-8", "quoted-printable")],
      personal_transport("mta-tr3.mediamarkt.com.tr", "198.51.100.140", None, "mediamarkt.com.tr"))

other("non_notice", "tr", None, False, "colleague says he cancelled the Amazon order himself",
      ("Murat Kaya", "murat.kaya@example-ofis.com.tr"), ("Ayşe Yılmaz", "ayse.yilmaz@example-ofis.com.tr"),
      "Ynt: Ofis sandalyeleri", dt(2024, 9, 12, 16, 48, 3),
      [("plain", """Selam Ayşe,

Amazon'daki siparişi ben iptal ettim, merak etme. Teslimat tarihi 3 hafta sonrasını gösteriyordu, o kadar bekleyemeyiz. İptal onayı da geldi, karttan çekim yapılmadı.

Sandalyeleri Koçtaş'tan alacağız, yarın öğlen mağazaya uğrayacağım. Faturayı muhasebeye ben iletirim.

Kolay gelsin,
Murat

----- Orijinal mesaj -----
Kimden: Ayşe Yılmaz
Konu: Ofis sandalyeleri

Murat, Amazon'dan sipariş ettiğimiz sandalyeler ne zaman geliyor? Pazartesi yeni arkadaşlar başlıyor.
""", "iso-8859-9", "8bit")],
      personal_transport("mail.example-ofis.com.tr", "203.0.113.88", "Mozilla Thunderbird 115.14", "example-ofis.com.tr",
                         [("In-Reply-To", "<5f1c0e2a-77b1@example-ofis.com.tr>")]), hdr_cs="iso-8859-9")

TX3 = """<div style="max-width:640px;margin:auto;font-family:Georgia,serif;line-height:1.6;">
<p style="font-size:12px;color:#888;">TeknoBülten - Haftalık Teknoloji Özeti - Sayı 187</p>
<h1 style="font-size:22px;">Dikkat: "Amazon siparişiniz iptal edildi" başlıklı sahte e-postalar yayılıyor</h1>
<p>Son günlerde birçok okurumuz, "<b>Siparişiniz İptal Edildi - Ödemeniz Reddedildi</b>" ve "<b>Son Uyarı: Siparişiniz 24 saat içinde iptal edilecek</b>" konulu e-postalar aldığını bildirdi. Bu e-postalar Amazon.com.tr'den gelmiyor.</p>
<p>Dolandırıcılar, gerçek sipariş numaralarına benzeyen numaralar kullanıyor ve "iade" bahanesiyle kart bilgilerinizi isteyen sahte sayfalara yönlendiriyor. Bazı e-postalar ise bir "destek hattını" aramanızı istiyor.</p>
<h2 style="font-size:17px;">Nasıl korunursunuz?</h2>
<ul><li>Gönderen adresini dikkatle kontrol edin.</li><li>Kart bilgilerinizi asla e-postayla paylaşmayın.</li><li>Siparişlerinizi yalnızca uygulama veya siteye doğrudan girerek kontrol edin.</li></ul>
<p>Ayrıca bu hafta: Yeni nesil katlanabilir telefonlar, e-Devlet'e gelen yeni özellikler ve daha fazlası.</p>
<p style="font-size:11px;color:#888;">Bu bülteni almak istemiyorsanız <a href="https://teknobulten.com.tr/abonelik/iptal?u=ayse">abonelikten çıkabilirsiniz</a>.</p>
</div>"""
other("non_notice", "tr", None, False, "tech newsletter warning about fake cancellation mails, quotes subjects",
      ("TeknoBülten", "bulten@teknobulten.com.tr"), TR_TO,
      "Dikkat: \"Amazon siparişiniz iptal edildi\" başlıklı sahte e-postalar yayılıyor", dt(2024, 8, 19, 7, 0, 3),
      [("plain", html2text(TX3), "utf-8", "base64"), ("html", simple_html(TX3, "tr"), "utf-8", "base64")],
      personal_transport("mail.teknobulten.com.tr", "198.51.100.33", None, "teknobulten.com.tr",
                         [("List-Unsubscribe", "<https://teknobulten.com.tr/abonelik/iptal?u=ayse>"), ("Precedence", "bulk")]))

o = new_order("amazon.com.tr")
TX4 = """<div style="font-family:Arial,sans-serif;max-width:600px;">
<p style="font-size:20px;"><b>amazon</b>.com.tr</p>
<p>Merhaba Emre Demir,</p>
<p>Büyük ürün teslimatı için 14 Kasım Perşembe 09:00-13:00 arasına planlanan teslimat randevunuz, kargo firmasının aracıyla ilgili bir sorun nedeniyle iptal edildi.</p>
<p><b>Siparişiniz iptal edilmedi.</b> Sipariş numarası: %s<br />Ürün: Bosch Serie 4 Bulaşık Makinesi SMS4HVI33E</p>
<p>Yeni bir teslimat randevusu seçmek için <a href="https://www.amazon.com.tr/gp/css/order-history">Siparişlerim</a> bölümünü ziyaret edin. Kargo firması da sizinle iletişime geçecektir.</p>
<p style="font-size:11px;color:#666;">Amazon.com.tr, e-posta yoluyla asla şifrenizi veya kart bilgilerinizi istemez. Bu e-postayı yanıtlamayın.</p>
</div>""" % o
add(kind="non_notice", lang="tr", cause=None, states_reason=False, marketplace=None,
    note="delivery appointment cancelled, order kept",
    frm=("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), hdr_cs="utf-8", to=TR_TO2,
    subject="Teslimat randevunuz iptal edildi - siparişiniz devam ediyor", date=dt(2024, 11, 13, 17, 20),
    reply_to="no-reply@amazon.com.tr", transport=amz_headers("amazon.com.tr", dt(2024, 11, 13, 17, 20), False),
    parts=[("plain", html2text(TX4), "utf-8", "quoted-printable"), ("html", simple_html(TX4, "tr"), "utf-8", "quoted-printable")],
    boundary="----=_Part_%d_%d.1731518400000" % (random.randint(10**6, 10**8), random.randint(10**8, 10**9)))

TX5 = """<div style="font-family:Arial,sans-serif;max-width:600px;">
<p style="font-size:20px;color:#00a8e1;"><b>prime</b></p>
<p>Merhaba Ayşe Yılmaz,</p>
<p>Amazon Prime üyeliğinizi iptal ettiniz. Üyelik avantajlarınız 12 Aralık 2024 tarihine kadar devam edecek; bu tarihten sonra üyelik ücreti alınmayacaktır.</p>
<p>Fikrinizi değiştirirseniz, <a href="https://www.amazon.com.tr/prime">Prime üyeliğinizi</a> istediğiniz zaman yeniden başlatabilirsiniz.</p>
<p style="font-size:11px;color:#666;">Bu e-posta bilgilendirme amaçlıdır. Lütfen yanıtlamayın.</p>
</div>"""
add(kind="non_notice", lang="tr", cause=None, states_reason=False, marketplace=None,
    note="Prime membership cancelled",
    frm=("Amazon Prime", "prime@amazon.com.tr"), hdr_cs="utf-8", to=TR_TO,
    subject="Amazon Prime üyeliğiniz iptal edildi", date=dt(2024, 11, 20, 11, 2),
    reply_to=None, transport=amz_headers("amazon.com.tr", dt(2024, 11, 20, 11, 2), True),
    parts=[("html", simple_html(TX5, "tr"), "utf-8", "quoted-printable")], boundary=None)

o = new_order("amazon.com.tr")
genuine("non_notice", "amazon.com.tr", "payments-messages", "Ödeme bilgilerinizi güncelleyin: Amazon.com.tr siparişi %s" % o,
        dt(2024, 10, 15, 9, 12), False, "Ödeme bilgilerinizi güncelleyin", "Merhaba Emre Demir,",
        ["%s numaralı siparişinizin ödemesi kartınızdan alınamadı. Siparişiniz şu anda beklemede ve iptal edilmedi." % o,
         "Lütfen 22 Ekim 2024 tarihine kadar [[Siparişlerim|https://www.amazon.com.tr/gp/css/order-history]] bölümünden ödeme bilgilerinizi güncelleyin. Bu tarihe kadar güncellenmezse siparişiniz iptal edilecektir."],
        [("Tefal Ingenio Tencere Seti, 13 Parça", "1", "4.199,00 TL")], "Siparişinizdeki Ürünler",
        ["Teşekkür ederiz."],
        F_TR, "alt", TR_TO2, None, False, "genuine payment reminder before cancellation; text ISO-8859-9 QP",
        text_cs="iso-8859-9", text_cte="quoted-printable", subj_cs="iso-8859-9")


# ==========================================================================
# ARABIC  (amazon.ae / amazon.sa / amazon.eg)
# ==========================================================================
AE_TO = ("أحمد المنصوري", "ahmed.almansoori@example.ae")
SA_TO = ("فاطمة الحربي", "fatimah.alharbi@example.sa")
EG_TO = ("محمود عبد الله", "mahmoud.abdallah@example.com.eg")


def f_ar(mp):
    b = MP[mp]["brand"]
    return [
        "لن يطلب منك %s أبداً عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك الائتمانية أو بيانات حسابك المصرفي." % b,
        "إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديث طريقة الدفع من [[حسابك|https://www.%s/cpe/yourpayments/wallet]]." % mp,
        "إذا تلقيت رسالة مشبوهة تدّعي أنها من %s، يُرجى الإبلاغ عنها باتباع الخطوات في [[صفحة المساعدة|https://www.%s/gp/help/customer/display.html?nodeId=GM4CLR5FH7ZN8N4S]]." % (b, mp),
        "تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يُرجى عدم الرد على هذه الرسالة.",
    ]


o = new_order("amazon.ae")
genuine("notice", "amazon.ae", "order-update", "تم إلغاء منتج من طلبك على Amazon.ae رقم %s" % o,
        dt(2024, 7, 8, 5, 30), True, "إلغاء الطلب", "مرحباً أحمد،",
        ["شكراً لتسوقك من Amazon.ae.",
         "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفراً لدى البائع ولم نتمكن من توفيره من موردين آخرين.",
         "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. إذا ظهر مبلغ محجوز على بطاقتك، فسيتم إلغاء الحجز خلال بضعة أيام عمل حسب البنك المُصدر.",
         "يمكنك التحقق من توفر المنتج لدى بائعين آخرين من صفحة المنتج."],
        [("سماعات سوني WH-1000XM5 لاسلكية بخاصية إلغاء الضوضاء، أسود", "1", "1,299.00 AED")], "المنتجات الملغاة",
        ["يمكنك عرض تفاصيل طلبك في [[طلباتك|https://www.amazon.ae/gp/css/order-history]].", "نتطلع لرؤيتك مرة أخرى."],
        f_ar("amazon.ae"), "alt", AE_TO, "inventory_shortage", True,
        "item no longer available from seller; item title contains 'إلغاء الضوضاء'; multipart base64; auth pass",
        text_cte="base64", html_cte="base64")

o = new_order("amazon.sa")
genuine("notice", "amazon.sa", "payments-messages", "تم إلغاء طلبك من Amazon.sa: تعذّر معالجة الدفع",
        dt(2024, 2, 26, 11, 15), False, "إلغاء الطلب", "مرحباً فاطمة،",
        ["شكراً لتسوقك من Amazon.sa.",
         "لم نتمكن من معالجة الدفع لطلبك رقم %s لأن البنك المُصدر لبطاقتك رفض العملية. وقد أرسلنا إليك سابقاً رسالة نطلب فيها تحديث طريقة الدفع، ولكن لم يتم تحديثها خلال المهلة المحددة، لذلك تم إلغاء طلبك." % o,
         "إذا كنت لا تزال ترغب في شراء المنتج، يُرجى إضافة طريقة دفع صالحة من حسابك ثم تقديم طلب جديد."],
        [("مكيف هواء سبليت جري 18000 وحدة، تبريد فقط", "1", "2,349.00 SAR")], "المنتجات الملغاة",
        ["يمكنك عرض طلباتك من خلال الرابط: https://www.amazon.sa/gp/css/order-history"],
        f_ar("amazon.sa"), "text", SA_TO, "payment_issue", True, "card declined, payment update not made; text-only windows-1256 QP",
        text_cs="windows-1256", text_cte="quoted-printable", subj_cs="windows-1256")

o = new_order("amazon.eg")
genuine("notice", "amazon.eg", "order-update", "معلومات مهمة بشأن طلبك من Amazon.eg رقم %s" % o,
        dt(2025, 1, 30, 9, 4), False, "إلغاء الطلب", "مرحباً محمود،",
        ["لاحظنا أن السعر المعروض للمنتج التالي على صفحة المنتج كان غير صحيح بسبب خطأ في التسعير في نظامنا، ولذلك قمنا بإلغاء طلبك.",
         "نعتذر عن أي إزعاج قد يسببه ذلك. لم يتم تحصيل أي مبلغ من طريقة الدفع الخاصة بك مقابل هذا الطلب.",
         "يمكنك الاطلاع على السعر الصحيح في صفحة المنتج."],
        [("شاشة سامسونج 55 بوصة كريستال UHD 4K ذكية", "1", "1,999.00 EGP")], "المنتجات الملغاة",
        ["إذا احتجت إلى مساعدة، تفضل بزيارة [[خدمة العملاء|https://www.amazon.eg/gp/help/customer/display.html]]."],
        f_ar("amazon.eg"), "html", EG_TO, "technical_issue", True, "pricing error; HTML-only QP; no auth header")

o = new_order("amazon.ae")
genuine("notice", "amazon.ae", "cs-reply", "تم تعليق حسابك مؤقتاً وإلغاء طلبك المعلّق",
        dt(2024, 10, 19, 20, 41), True, "التحقق من الحساب", "مرحباً أحمد،",
        ["رصدنا نشاطاً غير معتاد في تسجيل الدخول والطلبات على حسابك. ولحمايتك وحماية Amazon.ae، قمنا بتعليق حسابك مؤقتاً وإلغاء الطلب المعلّق التالي.",
         "لاستعادة الوصول إلى حسابك، اكتب www.amazon.ae مباشرة في متصفحك وسجّل الدخول، ثم اتبع التعليمات الظاهرة على الشاشة للتحقق من هويتك. لن تتمكن من تقديم طلبات جديدة حتى يكتمل التحقق.",
         "لن نطلب منك أبداً إدخال معلوماتك الشخصية عبر رابط في هذه الرسالة."],
        [("بطاقة هدايا iTunes بقيمة 500 درهم (رمز رقمي)", "4", "2,000.00 AED")], "المنتجات الملغاة",
        ["شكراً لتفهمك."],
        f_ar("amazon.ae"), "alt", AE_TO, "fraud_prevention", True, "unusual activity, account on hold; text 8bit + html QP; auth pass",
        text_cte="8bit")

o = new_order("amazon.sa")
genuine("notice", "amazon.sa", "auto-confirm", "تم إلغاء المنتج بنجاح: \"تمر سكري القصيم فاخر، 3 كجم\"",
        dt(2024, 3, 14, 16, 52), True, "تأكيد الإلغاء", "مرحباً فاطمة،",
        ["بناءً على طلبك، قمنا بإلغاء المنتج التالي من طلبك رقم %s." % o,
         "سبب الإلغاء: تم الإلغاء بواسطة العميل",
         "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. سيتم شحن باقي المنتجات في طلبك كما هو مخطط."],
        [("تمر سكري القصيم فاخر، 3 كجم", "1", "89.00 SAR")], "المنتجات الملغاة",
        ["يمكنك متابعة طلبك من: https://www.amazon.sa/gp/css/order-history"],
        f_ar("amazon.sa"), "text", SA_TO, "customer_request", True, "customer cancelled; text-only windows-1256 8bit; auth pass",
        text_cs="windows-1256", text_cte="8bit", subj_cs="windows-1256")

o = new_order("amazon.eg")
genuine("notice", "amazon.eg", "order-update", "تم إلغاء طلبك من Amazon.eg رقم %s" % o,
        dt(2025, 3, 22, 12, 27), False, "إلغاء الطلب", "مرحباً محمود،",
        ["نود إعلامك بأنه تم إلغاء المنتج التالي من طلبك لأنه لا يمكن شحنه إلى عنوان التوصيل المحدد بسبب قيود على الشحن إلى هذه المنطقة.",
         "سيتم رد أي مبلغ تم تحصيله إلى طريقة الدفع الأصلية خلال 3 إلى 5 أيام عمل.",
         "يمكنك مراجعة [[عناوينك|https://www.amazon.eg/a/addresses]] أو اختيار عنوان آخر وتقديم طلب جديد."],
        [("بطارية ليثيوم احتياطية للدراجة الكهربائية 48 فولت", "1", "7,450.00 EGP")], "المنتجات الملغاة",
        ["نتطلع لرؤيتك مرة أخرى."],
        f_ar("amazon.eg"), "alt", EG_TO, "unknown", True, "shipping restriction to address (fits none of the four); multipart base64; no auth",
        text_cte="base64", html_cte="base64")

# --- lookalikes ----------------------------------------------------------
other("lookalike", "ar", "payment_issue", True, "callback phone number; gmail; malformed order no.",
      ("خدمة عملاء أمازون", "amazon.ae.helpdesk@gmail.com"), AE_TO,
      "تم إلغاء طلبك - فشل عملية الدفع", dt(2024, 9, 9, 21, 33, 4),
      [("plain", """عزيزي العميل،

تم إلغاء طلبك رقم (AE-55120-889) بقيمة 3,499 درهم بسبب فشل عملية الدفع.

المنتج: آيفون 15 برو ماكس 256 جيجابايت

لاسترداد المبلغ أو إعادة تفعيل الطلب، يُرجى الاتصال بمركز دعم أمازون خلال 24 ساعة على الرقم:

800-0444-1872 (مجاني على مدار الساعة)

سيطلب منك الموظف رقم البطاقة ورمز التحقق المرسل إلى هاتفك لإتمام عملية الاسترداد.

فريق دعم أمازون
""", "utf-8", "base64")],
      phish_transport("mail-sor-f73.google.com", "209.85.220.73", "mail-sor-f73.google.com",
                      "dkim=pass header.d=gmail.com;\n       spf=pass smtp.mailfrom=gmail.com;\n       dmarc=pass header.from=gmail.com",
                      None, "mail.gmail.com"))

AL2 = """<div dir="rtl" style="max-width:600px;margin:auto;font-family:Tahoma,sans-serif;border:1px solid #ddd;padding:20px;">
<p style="font-size:24px;font-weight:bold;direction:ltr;text-align:right;">amazon<span style="color:#ff9900;">.sa</span></p>
<h2 style="color:#c40000;">تم تعليق حسابك</h2>
<p>عزيزي العميل،</p>
<p>تم رصد نشاط مريب على حسابك، لذلك تم تعليق حسابك وإلغاء طلبك رقم <b>404-7781-22019</b>.</p>
<p>لإعادة تفعيل حسابك، استخدم رمز التحقق التالي:</p>
<p style="font-size:30px;letter-spacing:8px;text-align:center;direction:ltr;">915274</p>
<p style="text-align:center;"><a href="http://amazon-sa.account-check.com/verify?c=915274" style="background:#ffd814;padding:10px 30px;color:#000;text-decoration:none;">تفعيل الحساب</a></p>
<p>إذا لم يتم التحقق خلال 48 ساعة، سيتم إغلاق حسابك نهائياً.</p>
<p style="font-size:11px;color:#777;">&copy; 2024 Amazon.com, Inc. أو الشركات التابعة لها</p>
</div>"""
other("lookalike", "ar", "fraud_prevention", True, "account suspended + verification code; look-alike domain; malformed order no.",
      ("Amazon", "security@amazon-sa.account-check.com"), SA_TO,
      "تم تعليق حسابك وإلغاء طلبك", dt(2024, 12, 12, 3, 3, 3),
      [("html", simple_html(AL2, "ar", "rtl"), "utf-8", "quoted-printable")],
      phish_transport("vmi1542.contaboserver.net", "173.212.220.61", "amazon-sa.account-check.com",
                      "spf=pass smtp.mailfrom=account-check.com;\n       dkim=none;\n       dmarc=none header.from=amazon-sa.account-check.com",
                      "PHPMailer 6.8.0", "amazon-sa.account-check.com"))

other("lookalike", "ar", "technical_issue", True, "asks to reply with card data; hotmail; windows-1256; reply-to differs",
      ("Amazon Egypt", "amazon.egypt.orders@hotmail.com"), EG_TO,
      "إلغاء طلبك بسبب خطأ في النظام", dt(2024, 6, 1, 14, 14, 2),
      [("plain", """عميلنا العزيز،

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم 171-44910-22 بسبب خطأ فني في نظام المدفوعات لدينا.

لإعادة معالجة طلبك واسترداد المبلغ، يُرجى الرد على هذه الرسالة مع البيانات التالية:

- الاسم الكامل كما هو على البطاقة
- رقم البطاقة
- تاريخ الانتهاء
- رمز CVV
- رقم الهاتف المسجل

سيتم شحن طلبك فور التحقق من البيانات.

مع التحية،
قسم المدفوعات - أمازون مصر
""", "windows-1256", "quoted-printable")],
      phish_transport("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.6.88", "EUR02-VI1-obe.outbound.protection.outlook.com",
                      "spf=pass smtp.mailfrom=hotmail.com;\n       dkim=pass header.d=hotmail.com;\n       dmarc=pass header.from=hotmail.com",
                      None, "DB9P190MB1211.EURP190.PROD.OUTLOOK.COM"),
      hdr_cs="windows-1256", reply_to="amazon.eg.payments@mail.ru")

o = new_order("amazon.ae")
_h = amz_html("amazon.ae", "إلغاء الطلب", o, "مرحباً،",
              ["نأسف لإبلاغك بأنه تم إلغاء المنتج التالي لأنه غير متوفر في المخزون.",
               "لاسترداد المبلغ المدفوع، يُرجى تأكيد بيانات بطاقتك خلال 48 ساعة، وإلا فلن نتمكن من إتمام عملية الاسترداد.",
               "تأكيد الاسترداد: [[https://www.amazon.ae/gp/css/order-history|http://amazon-ae.refunds-portal.top/login]]"],
              [("ساعة أبل الإصدار 9، 45 ملم", "1", "1,699.00 AED")], "المنتجات الملغاة",
              ["نتطلع لرؤيتك مرة أخرى."], f_ar("amazon.ae"), total="1,699.00 AED")
_h = re.sub(r'href="https://www\.amazon\.ae/gp/r\.html\?[^"]*"', 'href="http://amazon-ae.refunds-portal.top/login?r=%s"' % tok(6), _h)
other("lookalike", "ar", "inventory_shortage", True,
      "polished copy of real template; link text amazon.ae, href elsewhere; sender amazon.ae.<evil>",
      ("Amazon.ae", "order-update@amazon.ae.refund-center.top"), AE_TO,
      "تم إلغاء منتج من طلبك على Amazon.ae رقم %s" % o, dt(2025, 2, 18, 4, 48),
      [("html", _h, "utf-8", "quoted-printable")],
      phish_transport("mail.refund-center.top", "103.146.178.22", "mail.refund-center.top",
                      "spf=pass smtp.mailfrom=refund-center.top;\n       dkim=pass header.d=refund-center.top;\n       dmarc=pass header.from=amazon.ae.refund-center.top",
                      None, "refund-center.top"))

AL5 = """<div dir="rtl" style="font-family:Tahoma,sans-serif;">
<p>عزيزي العميل،</p>
<p>تم رفض بطاقتك المسجلة، وتم إلغاء طلبك رقم <b>405-2219-0087</b>.</p>
<p>لتجنب تعليق حسابك، قم بتحديث بيانات الدفع من الرابط أدناه خلال 24 ساعة.</p>
<p><a href="https://amzn-sa-support.com/billing?id=2219">تحديث بيانات الدفع</a></p>
<p>شكراً لك،<br />Amazon.sa</p>
</div>"""
other("lookalike", "ar", "payment_issue", True, "Cyrillic 'А' in display name; malformed order no.",
      ("Аmazon.sa", "noreply@amzn-sa-support.com"), SA_TO,
      "إشعار: تم إلغاء طلبك بسبب رفض البطاقة", dt(2024, 8, 27, 10, 10, 3),
      [("plain", html2text(AL5) + "\nhttps://amzn-sa-support.com/billing?id=2219\n", "utf-8", "base64"),
       ("html", simple_html(AL5, "ar", "rtl"), "utf-8", "base64")],
      phish_transport("amzn-sa-support.com", "194.26.29.113", "amzn-sa-support.com",
                      "spf=softfail smtp.mailfrom=amzn-sa-support.com;\n       dkim=none;\n       dmarc=fail header.from=amzn-sa-support.com",
                      None, "amzn-sa-support.com"))

AL6 = """<table dir="rtl" width="600" align="center" style="font-family:Tahoma,sans-serif;border:1px solid #ccc;">
<tr><td style="background:#232f3e;color:#fff;padding:14px;font-size:22px;direction:ltr;text-align:right;">amazon.eg</td></tr>
<tr><td style="padding:20px;">
<p>عزيزي العميل،</p>
<p>تم وضع طلبك رقم 408-6612093-1187402 قيد المراجعة الأمنية.</p>
<p style="color:#c40000;"><b>إذا لم تقم بتأكيد هويتك خلال 12 ساعة، سيتم إلغاء طلبك وتقييد حسابك.</b></p>
<p style="text-align:center;"><a href="http://amaz0n-eg.com/verify" style="background:#f0c14b;padding:8px 24px;color:#111;text-decoration:none;">تأكيد الهوية</a></p>
<p>مع الشكر،<br />فريق أمان Amazon.eg</p>
</td></tr></table>"""
other("lookalike", "ar", "fraud_prevention", True, "'will be cancelled in 12h unless verified'; amaz0n domain; HTML-only windows-1256",
      ("Amazon.eg", "no-reply@amaz0n-eg.com"), EG_TO,
      "تنبيه أمني: سيتم إلغاء طلبك خلال 12 ساعة", dt(2024, 4, 16, 0, 57, 2),
      [("html", simple_html(AL6, "ar", "rtl").replace("charset=UTF-8", "charset=windows-1256"), "windows-1256", "quoted-printable")],
      phish_transport("amaz0n-eg.com", "185.225.74.9", "amaz0n-eg.com", None, None, "amaz0n-eg.com"), hdr_cs="windows-1256")

other("lookalike", "ar", "unknown", False, "crude, no order number, yahoo, short link",
      ("amazon", "amazon_arab_service@yahoo.com"), AE_TO,
      "الغاء الطلب !!! امازون", dt(2024, 5, 29, 2, 40, 4),
      [("plain", """عزيزي العميل

تم الغاء طلبك .. لاستلام المبلغ اضغط على الرابط و ادخل معلوماتك

http://cutt.ly/amzn-refund-ar

اذا لم تقم بذلك سيتم اغلاق الحساب

فريق امازون
""", "utf-8", "8bit")],
      phish_transport("sonic317-22.consmr.mail.bf2.yahoo.com", "74.6.131.41", "sonic317-22.consmr.mail.bf2.yahoo.com",
                      "dkim=pass header.d=yahoo.com;\n       spf=pass smtp.mailfrom=yahoo.com;\n       dmarc=pass header.from=yahoo.com",
                      None, "yahoo.com"), raw_subject=True)

AL8 = """<div dir="rtl" style="font-family:Tahoma,sans-serif;max-width:620px;">
<p style="font-size:22px;direction:ltr;text-align:right;"><b>amazon</b>.ae</p>
<p>مرحباً،</p>
<p>بناءً على طلبك، تم إلغاء الطلب التالي:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;">
<tr><td>رقم الطلب</td><td>402-88120-5521</td></tr>
<tr><td>المنتج</td><td>سامسونج جالاكسي S24 ألترا، 512 جيجابايت</td></tr>
<tr><td>المبلغ</td><td>4,899.00 درهم</td></tr>
</table>
<p>إذا لم تقم بطلب هذا الإلغاء، فقد يكون حسابك مخترقاً. للتراجع عن الإلغاء وحماية حسابك، اضغط على الرابط أدناه خلال 12 ساعة.</p>
<p><a href="https://amazon-orders.help/ar/undo?id=88120">التراجع عن الإلغاء</a></p>
</div>"""
other("lookalike", "ar", "customer_request", True, "Greek omicron in display name; amazon-orders.help; 'not you? undo'",
      ("Amazοn.ae", "cancel@amazon-orders.help"), AE_TO,
      "تم استلام طلب الإلغاء - الطلب رقم 402-88120-5521", dt(2025, 4, 9, 18, 18, 4),
      [("plain", html2text(AL8) + "\nhttps://amazon-orders.help/ar/undo?id=88120\n", "utf-8", "quoted-printable"),
       ("html", simple_html(AL8, "ar", "rtl"), "utf-8", "quoted-printable")],
      phish_transport("smtp.amazon-orders.help", "91.92.245.30", "smtp.amazon-orders.help",
                      "spf=pass smtp.mailfrom=amazon-orders.help;\n       dkim=pass header.d=amazon-orders.help;\n       dmarc=pass header.from=amazon-orders.help",
                      None, "amazon-orders.help"))

# --- non-notices ---------------------------------------------------------
AX1 = """<div dir="rtl" style="font-family:Tahoma,sans-serif;max-width:620px;">
<p style="font-size:20px;color:#7a4b1e;"><b>مكتبة دار المعرفة</b></p>
<p>عزيزي أحمد،</p>
<p>نأسف لإبلاغك بأنه تم إلغاء طلبك رقم <b>DM-104482</b> لعدم توفر كتاب «مدن الملح» (خمسة أجزاء) لدى الناشر حالياً.</p>
<p>تمت عملية الدفع عبر بوابة Amazon Payment Services، وسيتم رد المبلغ (245.00 درهم) إلى بطاقتك خلال 5 إلى 7 أيام عمل. لن تظهر هذه العملية في حسابك على Amazon.ae لأنها مدفوعة لمتجرنا مباشرة.</p>
<p>يسعدنا إبلاغك فور توفر الكتاب مرة أخرى.</p>
<p>مع أطيب التحيات،<br />فريق مكتبة دار المعرفة<br />دبي - شارع الكرامة | هاتف: 04 396 2218</p>
</div>"""
other("non_notice", "ar", None, False, "bookshop cancels order (out of print); paid via Amazon Payment Services",
      ("مكتبة دار المعرفة", "orders@darmaarifa-books.ae"), AE_TO,
      "تم إلغاء طلبك رقم DM-104482", dt(2024, 10, 7, 10, 44, 4),
      [("plain", html2text(AX1), "utf-8", "quoted-printable"), ("html", simple_html(AX1, "ar", "rtl"), "utf-8", "quoted-printable")],
      personal_transport("mail.darmaarifa-books.ae", "198.51.100.201", None, "darmaarifa-books.ae"))

other("non_notice", "ar", None, False, "friend says he cancelled his Amazon order himself (Gulf dialect)",
      ("خالد العتيبي", "khaled.otaibi@gmail.com"), SA_TO,
      "بخصوص السماعة", dt(2024, 11, 3, 19, 12, 3),
      [("plain", """هلا فاطمة،

ترا ألغيت طلبي من أمازون، لقيت نفس السماعة في نون أرخص بـ 150 ريال وتوصل بكرة. الإلغاء تم على طول وما انخصم شي من البطاقة.

إذا تبين نطلب لك وحدة معي قولي لي اليوم قبل الساعة 8.

خالد

Sent from my iPhone
""", "windows-1256", "8bit")],
      personal_transport("mail-sor-f41.google.com", "209.85.220.41", "iPhone Mail (21F90)", "gmail.com"), hdr_cs="windows-1256")

AX3 = """<div dir="rtl" style="max-width:640px;margin:auto;font-family:Tahoma,sans-serif;line-height:1.8;">
<p style="font-size:12px;color:#888;">نشرة التوعية الأمنية - العدد 42 - نوفمبر 2024</p>
<h1 style="font-size:20px;">احذر رسائل «تم إلغاء طلبك من أمازون» المزيفة</h1>
<p>تلقى عدد من عملائنا رسائل بعنوان «<b>تم إلغاء طلبك - فشل عملية الدفع</b>» و«<b>تنبيه أمني: سيتم إلغاء طلبك خلال 12 ساعة</b>». هذه الرسائل احتيالية ولا تصدر عن أمازون.</p>
<p>يستخدم المحتالون أرقام طلبات تشبه الأرقام الحقيقية، ويطلبون منك الاتصال برقم هاتف أو إدخال بيانات بطاقتك في صفحة مزيفة بحجة استرداد المبلغ.</p>
<h2 style="font-size:16px;">نصائح للحماية</h2>
<ul><li>لا تشارك رقم بطاقتك أو رمز التحقق (OTP) مع أي جهة.</li><li>تحقق من عنوان المرسل بعناية.</li><li>راجع طلباتك من التطبيق الرسمي مباشرة.</li></ul>
<p>إذا شاركت بيانات بطاقتك، اتصل بنا فوراً على 600 54 0000 لإيقاف البطاقة.</p>
<p style="font-size:11px;color:#888;">تصلك هذه الرسالة لأنك من عملاء بنك الخليج الرقمي. <a href="https://www.gdbank.ae/unsubscribe">إلغاء الاشتراك</a></p>
</div>"""
other("non_notice", "ar", None, False, "bank security newsletter quoting fake Amazon cancellation subjects",
      ("بنك الخليج الرقمي", "awareness@gdbank.ae"), AE_TO,
      "نشرة التوعية الأمنية: احذر رسائل «تم إلغاء طلبك من أمازون» المزيفة", dt(2024, 11, 25, 6, 0, 4),
      [("plain", html2text(AX3), "utf-8", "base64"), ("html", simple_html(AX3, "ar", "rtl"), "utf-8", "base64")],
      personal_transport("mta3.gdbank.ae", "198.51.100.9", None, "gdbank.ae",
                         [("List-Unsubscribe", "<https://www.gdbank.ae/unsubscribe>"), ("Precedence", "bulk")]))

o = new_order("amazon.ae")
AX4 = """<div dir="rtl" style="font-family:Tahoma,sans-serif;max-width:600px;">
<p style="font-size:20px;direction:ltr;text-align:right;"><b>amazon</b>.ae</p>
<p>مرحباً أحمد،</p>
<p>تم إلغاء موعد التوصيل والتركيب المحدد يوم الثلاثاء 17 ديسمبر بين الساعة 2:00 و6:00 مساءً، بسبب عدم توفر فريق التركيب في منطقتك في هذا الموعد.</p>
<p><b>لم يتم إلغاء طلبك.</b> رقم الطلب: %s<br />المنتج: غسالة ملابس إل جي 9 كجم بتحميل أمامي</p>
<p>يُرجى اختيار موعد جديد من <a href="https://www.amazon.ae/gp/css/order-history">طلباتك</a>، أو سيتصل بك فريق التوصيل لتحديد موعد مناسب.</p>
<p style="font-size:11px;color:#666;">لن يطلب منك Amazon.ae أبداً كلمة المرور أو بيانات بطاقتك عبر البريد الإلكتروني. يُرجى عدم الرد على هذه الرسالة.</p>
</div>""" % o
add(kind="non_notice", lang="ar", cause=None, states_reason=False, marketplace=None,
    note="delivery/installation appointment cancelled; order kept",
    frm=("Amazon.ae", "shipment-tracking@amazon.ae"), hdr_cs="utf-8", to=AE_TO,
    subject="تم إلغاء موعد التوصيل والتركيب - طلبك لا يزال قائماً", date=dt(2024, 12, 16, 15, 30),
    reply_to="no-reply@amazon.ae", transport=amz_headers("amazon.ae", dt(2024, 12, 16, 15, 30), True),
    parts=[("plain", html2text(AX4), "utf-8", "quoted-printable"), ("html", simple_html(AX4, "ar", "rtl"), "utf-8", "quoted-printable")],
    boundary="----=_Part_%d_%d.1734363000000" % (random.randint(10**6, 10**8), random.randint(10**8, 10**9)))

AX5 = """<div dir="rtl" style="font-family:Tahoma,sans-serif;max-width:600px;">
<p style="font-size:20px;color:#00a8e1;direction:ltr;text-align:right;"><b>prime</b></p>
<p>مرحباً فاطمة،</p>
<p>تم إلغاء عضويتك في Amazon Prime بناءً على طلبك. ستظل مزايا العضوية متاحة لك حتى 5 يناير 2025، ولن يتم تحصيل أي رسوم بعد هذا التاريخ.</p>
<p>يمكنك إعادة الاشتراك في أي وقت من صفحة <a href="https://www.amazon.sa/prime">Amazon Prime</a>.</p>
<p style="font-size:11px;color:#666;">هذه رسالة للعلم فقط، يُرجى عدم الرد عليها.</p>
</div>"""
add(kind="non_notice", lang="ar", cause=None, states_reason=False, marketplace=None,
    note="Prime membership cancelled at customer's request",
    frm=("Amazon.sa", "prime@amazon.sa"), hdr_cs="utf-8", to=SA_TO,
    subject="تم إلغاء عضويتك في Amazon Prime", date=dt(2024, 12, 6, 8, 8),
    reply_to=None, transport=amz_headers("amazon.sa", dt(2024, 12, 6, 8, 8), False),
    parts=[("html", simple_html(AX5, "ar", "rtl"), "utf-8", "base64")], boundary=None)

o = new_order("amazon.eg")
genuine("non_notice", "amazon.eg", "payments-messages", "يُرجى تحديث طريقة الدفع لطلبك من Amazon.eg رقم %s" % o,
        dt(2024, 9, 2, 7, 25), True, "تحديث طريقة الدفع", "مرحباً محمود،",
        ["لم نتمكن من تحصيل الدفع لطلبك رقم %s باستخدام البطاقة المسجلة. طلبك الآن معلّق ولم يتم إلغاؤه." % o,
         "يُرجى تحديث طريقة الدفع من [[طلباتك|https://www.amazon.eg/gp/css/order-history]] قبل 8 سبتمبر 2024. إذا لم يتم التحديث قبل هذا التاريخ، فسيتم إلغاء طلبك."],
        [("مكواة بخار فيليبس 2600 وات", "1", "1,850.00 EGP")], "المنتجات في طلبك",
        ["شكراً لك."],
        f_ar("amazon.eg"), "alt", EG_TO, None, False, "genuine payment reminder before cancellation; text windows-1256 QP",
        text_cs="windows-1256", text_cte="quoted-printable", subj_cs="windows-1256")


# ==========================================================================
# writer
# ==========================================================================
LATE = {"Message-ID", "X-Mailer", "User-Agent", "Feedback-ID", "X-AMAZON-MAIL-RELAY-TYPE", "List-Unsubscribe",
        "Precedence", "In-Reply-To", "References"}
GEN_POLICY = policy.default.clone(linesep="\n")


def wrap_jis(text, width=38):
    """Japanese mailers hard-wrap long lines; do the same for ISO-2022-JP text parts."""
    out = []
    for line in text.split("\n"):
        if "://" in line or line[:1].isspace() or not line.strip("_-─ "):
            out.append(line)
            continue
        while len(line) > width + 4:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


def body_bytes(parts, boundary):
    parts = [(s, wrap_jis(t) if (c == "iso-2022-jp" and s == "plain") else t, c, e) for s, t, c, e in parts]
    msg = EmailMessage()
    sub, text, cs, cte = parts[0]
    msg.set_content(text, subtype=sub, charset=cs, cte=cte)
    for sub, text, cs, cte in parts[1:]:
        msg.add_alternative(text, subtype=sub, charset=cs, cte=cte)
    if len(parts) > 1 and boundary:
        msg.set_boundary(boundary)
    del msg["MIME-Version"]
    return msg.as_bytes(policy=GEN_POLICY)


def render(m):
    date = m["date"]
    to_name, to_addr = m["to"]
    cs = m["hdr_cs"]
    early, late = [], []
    for k, v in m["transport"]:
        v = v.replace("{TO}", to_addr).replace("{DATE}", format_datetime(date + datetime.timedelta(seconds=2)))
        (late if k in LATE else early).append("%s: %s" % (k, v))
    lines = list(early)
    lines.append("Date: " + format_datetime(date))
    lines.append("From: " + enc_addr(m["frm"][0], m["frm"][1], cs))
    if m.get("reply_to"):
        lines.append("Reply-To: " + m["reply_to"])
    lines.append("To: " + enc_addr(to_name, to_addr, cs))
    if m.get("raw_subject"):
        lines.append("Subject: " + m["subject"])
    else:
        lines.append("Subject: " + enc_hdr(m["subject"], cs))
    lines += late
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("utf-8")
    return head + body_bytes(m["parts"], m.get("boundary"))


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    order = list(range(len(MAILS)))
    random.Random(4).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fname = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(MAILDIR, fname), "wb") as fh:
            fh.write(render(m))
        labels.append({"file": fname, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
