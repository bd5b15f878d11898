#!/usr/bin/env python3
"""Regenerate blind test batch i4 (ja / tr / ar): genuine Amazon cancellation
notices, non-notices (near misses) and phishing look-alikes.

Run:  python3 make.py   -> writes mail/i4NNN.eml and labels.json
"""
import json
import os
import random
import hashlib
from datetime import datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime

SEED = 20250404
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ---------------------------------------------------------------- helpers

def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def alnum(n):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def amz_redirect(mp, target, ref):
    """Tracking redirect in the style of real Amazon mails."""
    from urllib.parse import quote
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (mp, alnum(13), alnum(14), datetime(2025, 1, 1).strftime("%Y%m%d") + hexs(16),
               alnum(13), quote("https://www.%s%s" % (mp, target), safe=""), alnum(26), ref))


def text_part(body, subtype, charset, cte):
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:  # 7bit / 8bit: raw
        cs.body_encoding = None
    cs.output_charset = charset  # keep Shift_JIS etc. as given (no silent conversion)
    cs.output_codec = charset
    body.encode(charset)  # fail loudly if not representable
    part = MIMEText(body, subtype, cs)
    part.set_param("charset", charset)
    return part


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name="Subject")


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def boundary():
    return "----=_Part_%d_%d.%d" % (rnd.randint(1000000, 99999999), rnd.randint(100000000, 2099999999),
                                    rnd.randint(1600000000000, 1750000000000))


TZ = {"+0900": timezone(timedelta(hours=9)), "+0300": timezone(timedelta(hours=3)),
      "+0400": timezone(timedelta(hours=4)), "+0200": timezone(timedelta(hours=2)),
      "+0000": timezone.utc, "-0700": timezone(timedelta(hours=-7)), "+0100": timezone(timedelta(hours=1)),
      "+0800": timezone(timedelta(hours=8))}


def mkdate(s, tz="+0000"):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ[tz])
    return format_datetime(d)


def ses_received(mp, date):
    ip = "54.240.%d.%d" % (rnd.choice([8, 9, 27, 48]), rnd.randint(2, 250))
    n = ip.replace(".", "-")
    return ("from a%s.smtp-out.amazonses.com (a%s.smtp-out.amazonses.com [%s])\n"
            "        by mx.example.net with ESMTPS id %s\n"
            "        for <recipient>; %s" % (n, n, ip, alnum(12).lower(), date))


def evil_received(host, ip, date):
    return ("from %s (%s [%s])\n        by mx.example.net with ESMTP id %s;\n        %s"
            % (host, host, ip, alnum(12).lower(), date))


# ------------------------------------------------------ Amazon-like layout

CSS = """body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; font:12px Arial, sans-serif; color:#333333; }
#header .logo { width:140px; } .navigation a { color:#0066c0; text-decoration:none; }
.title h2 { font-size:20px; color:#cc6600; font-weight:normal; margin:0; }
.heading { font-size:18px; color:#cc6600; } .price { text-align:right; white-space:nowrap; }
#orderDetails td { padding:6px 8px; border-bottom:1px solid #e7e7e7; }
#legal { font-size:10px; color:#666666; line-height:15px; }
a { color:#0066c0; }"""


def amz_html(mp, ui, title, order, greeting, paras, items, total=None, closing=None, footer=(),
             rtl=False, links=None, order_href=None, charset="UTF-8", heading_items=None, logo_alt=None):
    """Nested-table layout copied from the shape of real Amazon notification mails.
    links: dict key -> href for nav (orders, account, home); defaults to tracking redirects."""
    L = links or {}
    href_orders = L.get("orders") or amz_redirect(mp, "/gp/css/order-history", "pe_ord_hist")
    href_account = L.get("account") or amz_redirect(mp, "/gp/css/homepage.html", "pe_acct")
    href_home = L.get("home") or amz_redirect(mp, "/", "pe_home")
    href_order = order_href or amz_redirect(mp, "/gp/your-account/order-details?orderID=%s" % (order or ""), "pe_od")
    d = ' dir="rtl"' if rtl else ""
    align = "right" if rtl else "left"
    other = "left" if rtl else "right"
    rows = []
    for it in items:
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        s = '<br /><span style="color:#666666;font-size:11px;">%s</span>' % seller if seller else ""
        rows.append('<tr> <td class="itemImage" width="90"><img src="https://m.media-amazon.com/images/I/%s._SS90_.jpg" width="84" height="84" alt="" /></td> '
                    '<td class="name"><a href="%s">%s</a>%s<br />%s: %s</td> <td class="price">%s</td> </tr>'
                    % (alnum(11), amz_redirect(mp, "/dp/B0%s" % alnum(8), "pe_asin"), name, s, ui["qty"], qty, price))
    total_html = ""
    if total:
        total_html = ('<tr> <td colspan="2" class="total" style="text-align:%s;"><b>%s</b></td> <td class="price"><b>%s</b></td> </tr>'
                      % (other, total[0], total[1]))
    p_html = "\n".join("<p>%s</p>" % p for p in paras)
    order_html = ""
    if order:
        order_html = '%s <a href="%s">%s</a>' % (ui["order_no"], href_order, order)
    foot = "\n".join("<p>%s</p>" % f for f in footer)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"%(d)s>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" />
  <meta name="format-detection" content="telephone=no" />
  <title>%(title)s</title>
  <style type="text/css">
%(css)s
  </style>
 </head>
 <body%(d)s><img width="1" height="1" src="https://www.%(mp)s/gp/r.html?C=%(t1)s&amp;M=urn:rtn:msg:%(t2)s&amp;R=%(t3)s&amp;T=O&amp;U=%(t4)s" />
  <table id="container" cellpadding="0" align="center"%(d)s>
   <tbody>
    <tr>
     <td class="frame">
      <table id="main" cellpadding="0" width="100%%">
       <tbody>
        <tr>
         <td>
          <table id="header" cellpadding="0" width="100%%">
           <tbody>
            <tr>
             <td rowspan="2" class="logo"><a href="%(home)s"><img src="https://m.media-amazon.com/images/G/%(img)s/x-locale/common/transparent-pixel._V192234675_.gif" alt="%(logo)s" border="0" /></a></td>
             <td class="navigation" align="%(other)s">
              <table align="%(other)s">
               <tbody>
                <tr>
                 <td> <a href="%(orders)s">%(nav_orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(account)s">%(nav_account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(home)s">%(logo)s</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title" align="%(align)s"> <h2>%(title)s</h2> %(order_html)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0" width="100%%">
           <tbody>
            <tr>
             <td align="%(align)s"><span class="heading">%(greeting)s</span>
%(paras)s
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="orderDetails" cellpadding="0" width="100%%">
           <tbody>
            <tr><td colspan="3" align="%(align)s"><span class="heading">%(heading_items)s</span></td></tr>
%(rows)s
%(total)s
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="closing" cellpadding="0" width="100%%">
           <tbody>
            <tr>
             <td align="%(align)s"> %(closing)s <p><br /><span class="signature"><strong>%(logo)s</strong></span></p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legal" cellpadding="0" width="100%%">
           <tbody>
            <tr>
             <td align="%(align)s">
%(foot)s
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
 </body>
</html>
""" % dict(d=d, charset=charset, title=title, css=CSS, mp=mp, t1=alnum(13), t2=hexs(24), t3=alnum(13),
           t4=alnum(10), home=href_home, img=rnd.choice(["09", "01", "02"]), logo=logo_alt or ui["brand"],
           other=other, align=align, orders=href_orders, nav_orders=ui["nav_orders"], account=href_account,
           nav_account=ui["nav_account"], order_html=order_html, greeting=greeting, paras=p_html,
           heading_items=heading_items or ui["cancelled_items"], rows="\n".join(rows), total=total_html,
           closing=closing or "", foot=foot)


def amz_text(brand, title, order, ui, greeting, paras, items, total=None, closing=None, footer=(), rule="_" * 70,
             heading_items=None):
    out = ["%s %s" % (brand, title)]
    if order:
        out.append("%s %s" % (ui["order_no"], order))
    out += [rule, "", greeting, ""]
    for p in paras:
        out += [p, ""]
    out.append(heading_items or ui["cancelled_items"])
    for it in items:
        out.append("    %s" % it[0])
        if len(it) > 3:
            out.append("    %s" % it[3])
        out.append("    %s: %s    %s" % (ui["qty"], it[1], it[2]))
        out.append("")
    if total:
        out += ["%s %s" % total, ""]
    if closing:
        out += [closing, ""]
    out.append(rule)
    out.append("")
    for f in footer:
        out += [f, ""]
    return "\n".join(out)


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


UI = {
    "ja": dict(brand="Amazon.co.jp", nav_orders="注文履歴", nav_account="アカウントサービス", order_no="注文番号",
               qty="数量", cancelled_items="キャンセルされた商品", total="合計"),
    "tr": dict(brand="Amazon.com.tr", nav_orders="Siparişlerim", nav_account="Hesabım", order_no="Sipariş No.",
               qty="Adet", cancelled_items="İptal Edilen Ürünler", total="Toplam"),
}


def ui_ar(mp):
    return dict(brand=mp[0].upper() + mp[1:], nav_orders="طلباتك", nav_account="حسابك", order_no="رقم الطلب",
                qty="الكمية", cancelled_items="المنتجات الملغاة", total="الإجمالي")


ENTRIES = []


def add(**kw):
    ENTRIES.append(kw)


# ================================================================ JAPANESE

JA_MP = "amazon.co.jp"


def ja_footer(html=False):
    help_url = "https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GVJ4XNRJ8VMMHGLV"
    pay_url = "https://www.amazon.co.jp/cpe/yourpayments/wallet"
    if html:
        help_l = '<a href="%s">ヘルプページ</a>' % amz_redirect(JA_MP, "/gp/help/customer/display.html?nodeId=GVJ4XNRJ8VMMHGLV", "pe_help_phish")
        pay_l = '<a href="%s">お支払い方法の管理</a>' % amz_redirect(JA_MP, "/cpe/yourpayments/wallet", "pe_wallet")
    else:
        help_l, pay_l = help_url, pay_url
    return [
        "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
        "Amazon.co.jpがお客様のパスワード、クレジットカード番号、銀行口座番号などの個人情報をEメールや電話でお尋ねすることはありません。",
        "クレジットカード番号が変更になった場合や有効期限が切れた場合は、アカウントサービスの%sから更新してください。" % ("「" + pay_l + "」" if html else "「お支払い方法の管理」(" + pay_l + ")"),
        "Amazon.co.jpを装った不審なEメールやSMSを受け取った場合は、%sをご確認のうえ、ご報告ください。%s" % (help_l if html else "こちらのヘルプページ", "" if html else "\n" + help_url),
        "ご注文の状況は、いつでも「注文履歴」からご確認いただけます。",
        "Amazon.co.jp カスタマーサービス",
    ]


def ja_genuine(name, title, order, paras, items, total, closing, text_only=False, extra_text_links=()):
    ui = UI["ja"]
    g = "%s 様" % name
    txt = amz_text("Amazon.co.jp", title, order, ui, g, [strip_tags(p) for p in paras] + list(extra_text_links),
                   items, (ui["total"] + ":", total) if total else None, closing, ja_footer(False), rule="=" * 60)
    if text_only:
        return txt, None
    html = amz_html(JA_MP, ui, title, order, g, paras, items, (ui["total"] + ":", total) if total else None,
                    closing, ja_footer(True))
    return txt, html


_AR = "i=1; mx.example.net;\n       dkim=pass header.i=@%(d)s header.s=%(s)s header.b=%(b)s;\n       spf=pass (mx.example.net: domain of %(rp)s designates %(ip)s as permitted sender) smtp.mailfrom=%(rpd)s;\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%(d)s"


def auth_pass(domain, sel=None):
    ip = "54.240.%d.%d" % (rnd.randint(2, 60), rnd.randint(2, 250))
    rpd = "bounces." + domain if rnd.random() < 0.5 else "amazonses.com"
    v = _AR % dict(d=domain, s=sel or rnd.choice(["rjs2tbjcrpi3gbvqosyu5vqcdjkv7iut", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "bbvkxr6n5sajzmw4l4dnv6fdpwrvyasz"]),
                   b=alnum(8), rp="%s@%s" % (hexs(20), rpd), ip=ip, rpd=rpd)
    # ensure literal header.d= form is present as well
    return v.replace("header.i=@%s" % domain, "header.i=@%s header.d=%s" % (domain, domain))


# ---------- JA notices
t, h = ja_genuine(
    "山田 太郎", "ご注文のキャンセル", "503-2817364-9021547",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "誠に申し訳ございませんが、下記の商品につきましては、仕入先からの入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。",
     "キャンセルされた商品の代金は請求されません。クレジットカードのご利用明細に仮売上が表示されている場合も、数日以内に取り消されます。",
     "ご期待に沿えず誠に申し訳ございません。"],
    [("タイガー魔法瓶 真空断熱ボトル 500ml ステンレス MMJ-A502", 1, "￥2,480", "販売: Amazon.co.jp")],
    "￥2,480", "今後ともAmazon.co.jpをよろしくお願いいたします。")
add(lang="ja", kind="notice", cause="inventory_shortage", states_reason=True, mp=JA_MP,
    note="supplier cannot restock; auth pass",
    frm=("Amazon.co.jp", "order-update@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to="yamada.taro@mail.example.jp",
    subject="Amazon.co.jp ご注文の商品のキャンセルについて（注文番号 503-2817364-9021547）",
    date=("2025-01-14 09:12:44", "+0000"), auth=auth_pass("amazon.co.jp"), genuine=True,
    parts=[("plain", t, "utf-8", "qp"), ("html", h, "utf-8", "qp")])

t = """佐藤 花子 様

Amazon.co.jpをご利用いただき、ありがとうございます。

ご注文番号 250-6612093-4471826 につきまして、ご登録のクレジットカード（末尾 4471）による代金の承認が得られませんでした。先日お送りしたEメールにてお支払い方法の変更をお願いしておりましたが、期限の2025年2月18日までに変更を確認できなかったため、ご注文をキャンセルいたしました。

キャンセルされた商品:
    パナソニック 電動歯ブラシ ドルツ EW-DT52-S
    数量: 1    ￥18,700

引き続き商品のご購入をご希望の場合は、お支払い方法を更新のうえ、改めてご注文ください。
お支払い方法の管理:
https://www.amazon.co.jp/cpe/yourpayments/wallet

カード会社による承認が得られなかった理由については、Amazon.co.jpではお答えできません。お手数ですが、カード発行会社に直接お問い合わせください。

============================================================

""" + "\n\n".join(ja_footer(False)) + "\n"
add(lang="ja", kind="notice", cause="payment_issue", states_reason=True, mp=JA_MP,
    note="card not authorised, payment revision deadline passed; plain ISO-2022-JP",
    frm=("Amazon.co.jp", "payments-messages@amazon.co.jp"), to="hanako-s@mail.example.jp",
    subject="Amazon.co.jp ご注文のキャンセル：お支払い方法の更新期限を過ぎました", subj_charset="iso-2022-jp",
    from_charset="iso-2022-jp",
    date=("2025-02-19 03:40:02", "+0000"), auth=None, genuine=True, dkim_sig="amazon.co.jp",
    parts=[("plain", t, "iso-2022-jp", "7bit")])

t, h = ja_genuine(
    "鈴木 一郎", "ご注文のキャンセルに関するお知らせ", "503-9048812-3317705",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "システムの不具合により、下記商品の商品ページに誤った価格（正しい価格 ￥39,600 のところ ￥3,960）が表示されておりました。誤った価格でのご注文となったため、誠に勝手ながらご注文をキャンセルさせていただきました。",
     "この商品の代金が請求されることはありません。",
     "ご迷惑をおかけしましたことを深くお詫び申し上げます。正しい価格でのご購入をご希望の場合は、商品ページから改めてご注文ください。"],
    [("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック", 1, "￥3,960", "販売: Amazon.co.jp")],
    "￥3,960", "今後ともAmazon.co.jpをよろしくお願いいたします。")
add(lang="ja", kind="notice", cause="technical_issue", states_reason=True, mp=JA_MP,
    note="wrong price shown due to system fault; HTML only; item name contains ノイズキャンセリング",
    frm=("Amazon.co.jp", "order-update@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to="ichiro.suzuki@mail.example.jp",
    subject="ご注文のキャンセルに関するお知らせ（注文番号 503-9048812-3317705）",
    date=("2024-11-29 22:05:51", "+0000"), auth=auth_pass("amazon.co.jp"), genuine=True,
    parts=[("html", h, "utf-8", "b64")])

t, h = ja_genuine(
    "高橋 美咲", "ご注文はキャンセルされました", "249-5530718-8802364",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "お客様のアカウントで通常とは異なるアクティビティが確認されたため、お客様を保護する目的でアカウントを一時的に保留とし、下記のご注文をキャンセルいたしました。",
     "アカウントを引き続きご利用いただくには、Amazon.co.jpのウェブサイトまたはショッピングアプリにサインインし、画面の指示に従って本人確認を完了してください。このEメールのリンクをクリックするのではなく、ブラウザに直接 www.amazon.co.jp と入力してアクセスすることをおすすめします。",
     "本人確認が完了するまで、新しいご注文はお受けできません。キャンセルされたご注文の代金は請求されません。"],
    [("Apple iPad Air 11インチ (M2) Wi-Fi 128GB スペースグレイ", 1, "￥98,800", "販売: Amazon.co.jp"),
     ("Apple Pencil Pro", 1, "￥21,800", "販売: Amazon.co.jp")],
    "￥120,600", "ご不便をおかけして申し訳ございません。")
add(lang="ja", kind="notice", cause="fraud_prevention", states_reason=True, mp=JA_MP,
    note="unusual activity, account on hold, identity verification via site; auth pass",
    frm=("Amazon.co.jp", "cs-reply@amazon.co.jp"), to="misaki.t@mail.example.jp",
    subject="Amazon.co.jp ご注文はキャンセルされました",
    date=("2025-03-02 14:27:09", "+0000"), auth=auth_pass("amazon.co.jp"), genuine=True,
    parts=[("plain", t, "utf-8", "b64"), ("html", h, "utf-8", "b64")])

t, _ = ja_genuine(
    "伊藤 健", "ご注文のキャンセルを承りました", "503-1180462-7730915",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "お客様のご依頼により、以下の商品のキャンセル手続きが完了しました。",
     "キャンセル理由: お客様によるキャンセル",
     "キャンセルされた商品の代金は請求されません。Amazonギフトカードでお支払いの場合は、ギフトカード残高に返金されます。"],
    [("アイリスオーヤマ 布団乾燥機 カラリエ FK-C3-WP パールホワイト", 1, "￥7,980", "販売: Amazon.co.jp")],
    "￥7,980", "またのご利用をお待ちしております。", text_only=True,
    extra_text_links=["注文履歴: https://www.amazon.co.jp/gp/css/order-history"])
add(lang="ja", kind="notice", cause="customer_request", states_reason=True, mp=JA_MP,
    note="customer cancelled; plain 8bit utf-8",
    frm=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to="ken.ito@mail.example.jp",
    subject="Amazon.co.jp ご注文のキャンセルを承りました（503-1180462-7730915）",
    date=("2024-12-08 11:48:30", "+0900"), auth=None, genuine=True,
    parts=[("plain", t, "utf-8", "8bit")])

t, h = ja_genuine(
    "中村 由美", "ご注文のキャンセル", "249-7315508-2261139",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "下記のご注文はキャンセルされました。ご不便をおかけし、申し訳ございません。",
     "このご注文に対する請求は発生しておりません。",
     "引き続きこの商品をご希望の場合は、商品ページから改めてご注文いただけます。"],
    [("レゴ(LEGO) クリエイター 3in1 ネコのいる家 31139", 1, "￥5,480", "販売: Amazon.co.jp"),
     ("エポック社 アクアビーズ 3000ピースセット", 1, "￥2,090", "販売: ホビーショップ青空")],
    "￥7,570", "今後ともAmazon.co.jpをよろしくお願いいたします。")
add(lang="ja", kind="notice", cause="unknown", states_reason=False, mp=JA_MP,
    note="cancelled, no reason given",
    frm=("Amazon.co.jp", "order-update@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to="yumi.nakamura@mail.example.jp",
    subject="Amazon.co.jpでのご注文 #249-7315508-2261139 はキャンセルされました",
    date=("2025-04-21 07:03:17", "+0000"), auth=None, genuine=True, dkim_sig="amazon.co.jp",
    parts=[("plain", t, "utf-8", "qp"), ("html", h, "utf-8", "qp")])

# ---------- JA non-notices
h = """<html><head><meta charset="utf-8"><title>ご注文キャンセルのお知らせ</title></head>
<body style="font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;font-size:14px;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #6b4a2b;padding:12px 0;">
<img src="https://mamezo-coffee.jp/img/logo.png" alt="珈琲豆専門店 まめ蔵" height="40"></td></tr>
<tr><td style="padding:20px 0;">
<p>小林 直樹 様</p>
<p>この度は珈琲豆専門店「まめ蔵」オンラインストアをご利用いただき、誠にありがとうございます。</p>
<p>大変申し訳ございませんが、ご注文いただいた下記商品は、生豆の入荷が天候不良により大幅に遅れており、お約束の期日までにお届けできないため、ご注文をキャンセルさせていただきました。</p>
<table cellpadding="6" style="border:1px solid #ddd;width:100%;font-size:13px;">
<tr style="background:#f5efe8;"><td>ご注文番号</td><td>MZ-20250307-0418</td></tr>
<tr><td>商品</td><td>エチオピア イルガチェフェ G1 ナチュラル 500g（中煎り・豆のまま）</td></tr>
<tr><td>数量</td><td>2</td></tr>
<tr><td>合計金額</td><td>6,480円（税込・送料無料）</td></tr>
<tr><td>お支払い方法</td><td>Amazon Pay</td></tr>
</table>
<p>お支払いは Amazon Pay にて承っておりましたので、ご請求は Amazon Pay 側で取り消されます。Amazonアカウントの「Amazon Pay ご利用履歴」に反映されるまで数日かかる場合がございます。</p>
<p>入荷次第、メールマガジンにてご案内いたします。ご迷惑をおかけし、誠に申し訳ございません。</p>
<p style="font-size:12px;color:#777;border-top:1px solid #ddd;padding-top:10px;">
珈琲豆専門店 まめ蔵<br>〒606-8392 京都府京都市左京区聖護院山王町 12-3<br>
TEL 075-000-1234（平日10:00〜17:00）<br>info@mamezo-coffee.jp ／ https://mamezo-coffee.jp/</p>
</td></tr></table></body></html>
"""
add(lang="ja", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="independent coffee shop cancels its own order; paid with Amazon Pay",
    frm=("珈琲豆専門店 まめ蔵", "info@mamezo-coffee.jp"), to="naoki.kobayashi@mail.example.jp",
    subject="【まめ蔵】ご注文キャンセルのお知らせ（MZ-20250307-0418）",
    date=("2025-03-09 16:22:41", "+0900"),
    received=[evil_received("sv8821.xserver.jp", "183.90.241.77", mkdate("2025-03-09 16:22:42", "+0900"))],
    parts=[("html", h, "utf-8", "qp")])

t = """まいちゃん

おつかれ〜。こないだ話してた加湿器なんだけど、Amazonで頼んでたやつ結局キャンセルしたよ。
レビュー見てたら「音がうるさい」って書いてる人が多くて、やっぱりやめとこうと思って。
キャンセルはまだ発送前だったから、注文履歴からボタン一つですぐできた。

代わりに駅前のビックカメラで実物見てから買うつもり。
土曜日ひまだったら一緒に行かない？ ランチもついでに。

さくら
"""
add(lang="ja", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="friend says she cancelled her Amazon order",
    frm=("木村さくら", "sakura.kimura.0312@gmail.com"), to="mai.h@mail.example.jp",
    subject="加湿器のこと", subj_charset="iso-2022-jp", from_charset="iso-2022-jp",
    date=("2025-01-22 21:47:13", "+0900"),
    received=[evil_received("mail-sor-f41.google.com", "209.85.220.41", mkdate("2025-01-22 21:47:14", "+0900"))],
    parts=[("plain", t, "iso-2022-jp", "7bit")])

t = """━━━━━━━━━━━━━━━━━━━━━━━━━━
 セキュリティ通信 Vol.214（2025年2月号）
━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今月の注意喚起：「ご注文がキャンセルされました」を装うAmazonの偽メール

先月から、Amazonをかたるフィッシングメールの報告が再び増えています。
今回目立つのは、次のような件名のメールです。

  件名：【Amazon】ご注文がキャンセルされました（お支払い情報の確認が必要です）
  件名：Amazon.co.jp お客様のアカウントは一時停止されています

本文には「お支払い方法に問題があったため、注文をキャンセルしました。24時間以内に
情報を更新しないとアカウントが停止されます」などと書かれ、本物そっくりのログイン
画面へ誘導されます。送信元アドレスは amazon-co-jp.xxxxx.com のような、Amazonに
似せたドメインであることがほとんどです。

▼ 見分けるポイント
 ・本物の注文キャンセルは、Amazonの「注文履歴」にも必ず表示されます。
 ・Amazonがメールでクレジットカード番号やパスワードを聞くことはありません。
 ・メール内のリンクではなく、アプリやブックマークからアクセスしましょう。

■ 今月のトピック
 ・スマホのOSアップデート、後回しにしていませんか？
 ・宅配便の不在通知SMSにも引き続き注意

──────────────────────────
発行：ネットあんしん研究会 事務局
配信停止：https://net-anshin.example.or.jp/mag/stop
──────────────────────────
"""
hh = "<html><body><pre style=\"font-family:'MS Gothic',monospace;font-size:13px;\">" + t.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
add(lang="ja", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="security newsletter quoting fake Amazon cancellation subjects",
    frm=("ネットあんしん研究会", "mag@net-anshin.example.or.jp"), to="subscriber1187@mail.example.jp",
    subject="セキュリティ通信 Vol.214：Amazonを装う「注文キャンセル」メールに注意",
    date=("2025-02-10 12:00:00", "+0900"), extra_headers=[("List-Unsubscribe", "<https://net-anshin.example.or.jp/mag/stop>")],
    parts=[("plain", t, "iso-2022-jp", "7bit"), ("html", hh, "utf-8", "b64")])

h = amz_html(JA_MP, UI["ja"], "配送時間帯の変更のお願い", "503-6620931-4418270", "渡辺 真理子 様",
             ["Amazonフレッシュをご利用いただき、ありがとうございます。",
              "大雪の影響により、ご指定いただいた配送時間帯（1月26日 18:00〜20:00）での配送ができなくなりました。誠に申し訳ございませんが、この配送枠はキャンセルとなりました。",
              "<b>ご注文自体はキャンセルされていません。</b>1月26日 21:00までに、新しい配送時間帯をお選びください。選択がない場合は、翌日の最も早い時間帯にお届けします。",
              '<a href="%s">配送時間帯を選ぶ</a>' % amz_redirect(JA_MP, "/fresh/slot-select?orderID=503-6620931-4418270", "pe_fresh_slot")],
             [("明治 おいしい牛乳 1000ml", 2, "￥596"), ("国産 鶏むね肉 約600g", 1, "￥648"), ("キユーピー マヨネーズ 450g", 1, "￥398")],
             ("合計:", "￥1,642"), "ご不便をおかけし申し訳ございません。", ja_footer(True), heading_items="ご注文の商品")
t = """渡辺 真理子 様

Amazonフレッシュをご利用いただき、ありがとうございます。

大雪の影響により、ご指定いただいた配送時間帯（1月26日 18:00〜20:00）での配送ができなくなりました。誠に申し訳ございませんが、この配送枠はキャンセルとなりました。

ご注文自体はキャンセルされていません。1月26日 21:00までに、新しい配送時間帯をお選びください。選択がない場合は、翌日の最も早い時間帯にお届けします。

配送時間帯を選ぶ: https://www.amazon.co.jp/fresh/slot-select?orderID=503-6620931-4418270

注文番号 503-6620931-4418270

""" + "\n\n".join(ja_footer(False)) + "\n"
add(lang="ja", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="genuine Amazon Fresh delivery slot cancelled, order stands",
    frm=("Amazonフレッシュ", "fresh-update@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
    to="mariko.w@mail.example.jp", subject="Amazonフレッシュ：配送時間帯がキャンセルされました。新しい時間帯をお選びください",
    date=("2025-01-26 06:31:55", "+0000"), auth=auth_pass("amazon.co.jp"), genuine=True,
    parts=[("plain", t, "utf-8", "qp"), ("html", h, "utf-8", "qp")])

t = """加藤 大輔 様

Kindle Unlimited の会員登録キャンセルを承りました。

会員特典は、現在の請求期間の最終日である2025年3月31日までご利用いただけます。それ以降、Kindle Unlimited で読み放題の対象として借りている本はライブラリから削除されます。ご購入済みのKindle本には影響ありません。

再登録はいつでも可能です:
https://www.amazon.co.jp/kindle-dbs/hz/subscribe/ku

Kindle Unlimited の会員情報:
https://www.amazon.co.jp/kindle-dbs/ku/ku-central

このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
Amazon.co.jpがEメールでパスワードやクレジットカード番号をお尋ねすることはありません。

Amazon.co.jp
"""
add(lang="ja", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="Kindle Unlimited subscription cancelled",
    frm=("Amazon.co.jp", "digital-no-reply@amazon.co.jp"), to="daisuke.kato@mail.example.jp",
    subject="Kindle Unlimited 会員登録のキャンセルを承りました",
    date=("2025-03-04 10:15:22", "+0000"), auth=None, genuine=True,
    parts=[("plain", t, "utf-8", "b64")])

t, h = ja_genuine(
    "松本 翔", "お支払い方法を更新してください", "250-3391875-6605142",
    ["Amazon.co.jpをご利用いただき、ありがとうございます。",
     "ご注文のお支払いを処理できませんでした。ご登録のクレジットカード（末尾 0087）の有効期限が切れている可能性があります。",
     "<b>2025年5月16日</b>までにお支払い方法を更新してください。期限までに更新いただけない場合、ご注文はキャンセルされます。",
     '<a href="%s">お支払い方法を更新する</a>' % amz_redirect(JA_MP, "/gp/css/order/edit.html?orderID=250-3391875-6605142&useCase=payment", "pe_pay_rev")],
    [("象印 圧力IH炊飯ジャー 5.5合 NW-JE10-BA", 1, "￥36,800", "販売: Amazon.co.jp")],
    "￥36,800", "お支払い方法が更新され次第、ご注文の処理を再開いたします。",
    extra_text_links=["お支払い方法を更新する: https://www.amazon.co.jp/gp/css/order/edit.html?orderID=250-3391875-6605142&useCase=payment"])
h = h.replace(">キャンセルされた商品<", ">ご注文の商品<")
t = t.replace("キャンセルされた商品", "ご注文の商品")
add(lang="ja", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="genuine payment revision request; order will be cancelled if not updated",
    frm=("Amazon.co.jp", "payments-messages@amazon.co.jp"), to="sho.matsumoto@mail.example.jp",
    subject="Amazon.co.jp ご注文のお支払い方法を更新してください",
    date=("2025-05-13 01:20:08", "+0000"), auth=auth_pass("amazon.co.jp"), genuine=True,
    parts=[("plain", t, "utf-8", "qp"), ("html", h, "utf-8", "qp")])

# ---------- JA lookalikes
t = """お客様各位

いつもAmazonをご利用いただきありがとうございます。

お客様のご依頼により、下記ご注文のキャンセルを承りました。

  注文番号：503-7719204-1183627
  商品名　：Apple MacBook Air 13インチ M3チップ 16GB 512GB ミッドナイト
  金額　　：164,800円（税込）
  状態　　：キャンセル済み（返金処理待ち）

返金はお客様の銀行口座へのお振込みとなります。返金先口座の確認のため、
このキャンセルにお心当たりがない場合、または返金についてご不明な点がある場合は、
24時間以内に下記のAmazonカスタマーセンターまでお電話ください。

  Amazonカスタマーセンター（返金受付専用）
  電話番号：050-5806-3719
  受付時間：9:00〜21:00（年中無休）

期限を過ぎますと、返金のお手続きができなくなりますのでご注意ください。

Amazon.co.jp カスタマーサービス
"""
add(lang="ja", kind="lookalike", cause="customer_request", states_reason=True, mp=None,
    note="callback-number refund scam; look-alike domain; Shift_JIS",
    frm=("Amazon.co.jp", "support@amazon-jp-support.com"), to="user0421@mail.example.jp",
    subject="【Amazon】ご注文キャンセル完了のお知らせ 注文番号：503-7719204-1183627", subj_charset="shift_jis",
    date=("2025-02-03 02:14:51", "+0800"),
    received=[evil_received("vps-4417.hostingasia.example", "103.151.22.86", mkdate("2025-02-03 02:14:52", "+0800"))],
    auth="mx.example.net;\n       dkim=none;\n       spf=neutral smtp.mailfrom=amazon-jp-support.com;\n       dmarc=none header.from=amazon-jp-support.com",
    parts=[("plain", t, "shift_jis", "8bit")])

h = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Amazon</title></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,'Hiragino Sans',Meiryo,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #ddd;">
<tr><td style="padding:16px 24px;background:#232f3e;"><img src="https://i.imgur.com/3xAmZnL.png" alt="amazon.co.jp" height="30"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#111;line-height:1.7;">
<h2 style="font-weight:normal;color:#c45500;margin-top:0;">アカウントが一時停止されました</h2>
<p>お客様のアカウントで不審なログインが検出されたため、セキュリティ上の理由によりアカウントを一時停止し、処理中のご注文 <b>#249-55107-88231</b> をキャンセルしました。</p>
<p>アカウントを復旧するには、以下の確認コードを使用して本人確認を完了してください。</p>
<p style="text-align:center;font-size:28px;letter-spacing:6px;font-weight:bold;background:#f0f2f2;padding:12px;">482913</p>
<p style="text-align:center;"><a href="https://amzn-security-center.net/jp/verify?c=482913&amp;u=%(tok)s" style="background:#ffd814;color:#111;padding:10px 28px;border-radius:8px;text-decoration:none;">アカウントを復旧する</a></p>
<p>確認コードの有効期限は発行から30分です。本人確認が完了しない場合、アカウントは永久に利用できなくなります。</p>
<p style="font-size:12px;color:#555;">Amazon.co.jpがお客様のパスワードをEメールでお尋ねすることはありません。</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;border-top:1px solid #eee;">© 1996-2025, Amazon.com, Inc. or its affiliates</td></tr>
</table></body></html>
""" % {"tok": alnum(24)}
t = """アカウントが一時停止されました

お客様のアカウントで不審なログインが検出されたため、セキュリティ上の理由によりアカウントを一時停止し、処理中のご注文 #249-55107-88231 をキャンセルしました。

アカウントを復旧するには、以下の確認コードを使用して本人確認を完了してください。

確認コード：482913

https://amzn-security-center.net/jp/verify?c=482913

確認コードの有効期限は発行から30分です。本人確認が完了しない場合、アカウントは永久に利用できなくなります。
"""
add(lang="ja", kind="lookalike", cause="fraud_prevention", states_reason=True, mp=None,
    note="account suspended + order cancelled, use this code; Cyrillic homoglyphs in display name; malformed order no.",
    frm=("Аmazоn.co.jp", "no-reply@amzn-security-center.net"), to="user0422@mail.example.jp",
    subject="アカウント一時停止：ご注文はキャンセルされました",
    date=("2025-02-11 19:08:33", "+0900"),
    received=[evil_received("mail.amzn-security-center.net", "45.88.104.19", mkdate("2025-02-11 19:08:34", "+0900"))],
    auth="mx.example.net;\n       dkim=pass header.i=@amzn-security-center.net header.d=amzn-security-center.net;\n       spf=pass smtp.mailfrom=amzn-security-center.net;\n       dmarc=pass header.from=amzn-security-center.net",
    parts=[("plain", t, "utf-8", "b64"), ("html", h, "utf-8", "b64")])

t = """親愛なるお客様

あなたの注文は、支払いが失敗しましたのでキャンセルされました。
注文番号: 503-28173-99102

注文を復元するために、以下の情報をこのメールに返信してください。

・カード名義人
・カード番号
・有効期限
・セキュリティコード(CVV)
・生年月日

48時間以内に返信がない場合、あなたのアカウントは永久に閉鎖されます。

ありがとうございました。
Amazonチーム
"""
add(lang="ja", kind="lookalike", cause="payment_issue", states_reason=True, mp=None,
    note="crude; reply with card details; gmail sender; malformed order no.",
    frm=("Amazon Japan Support", "amazon.jp.support2024@gmail.com"), reply_to="amazon.jp.support2024@gmail.com",
    to="user0423@mail.example.jp", subject="Amazonご注文キャンセル 支払い失敗",
    date=("2025-03-18 04:51:10", "+0000"),
    received=[evil_received("mail-sor-f69.google.com", "209.85.220.69", mkdate("2025-03-18 04:51:11", "+0000"))],
    parts=[("plain", t, "utf-8", "8bit")])

EV = "http://amazon-orders.help/jp/signin.php?session=%s" % alnum(20)
evlinks = {"orders": EV, "account": EV, "home": EV}
h = amz_html(JA_MP, UI["ja"], "ご注文はまもなくキャンセルされます", "250-4819273-5562018", "お客様",
             ["Amazon.co.jpをご利用いただき、ありがとうございます。",
              "ご登録のお支払い情報を確認できなかったため、下記のご注文は現在保留されています。",
              "<b>24時間以内</b>にお支払い情報をご確認いただけない場合、ご注文は自動的にキャンセルされ、アカウントのご利用が制限されます。",
              'お支払い情報の確認: <a href="%s">https://www.amazon.co.jp/gp/css/order-history</a>' % EV],
             [("Nintendo Switch（有機ELモデル） Joy-Con(L)/(R) ホワイト", 1, "￥37,980", "販売: Amazon.co.jp")],
             ("合計:", "￥37,980"), "今後ともAmazon.co.jpをよろしくお願いいたします。",
             ["このEメールアドレスは配信専用です。",
              'Amazon.co.jpがお客様のパスワードをEメールでお尋ねすることはありません。不審なEメールについては<a href="%s">ヘルプページ</a>をご覧ください。' % EV,
              "© 1996-2025, Amazon.com, Inc. or its affiliates"],
             links=evlinks, order_href=EV, heading_items="ご注文の商品")
t = """Amazon.co.jp ご注文はまもなくキャンセルされます
注文番号 250-4819273-5562018

お客様

ご登録のお支払い情報を確認できなかったため、下記のご注文は現在保留されています。
24時間以内にお支払い情報をご確認いただけない場合、ご注文は自動的にキャンセルされ、アカウントのご利用が制限されます。

お支払い情報の確認: https://www.amazon.co.jp/gp/css/order-history

Nintendo Switch（有機ELモデル） Joy-Con(L)/(R) ホワイト  数量: 1  ￥37,980
"""
add(lang="ja", kind="lookalike", cause="payment_issue", states_reason=True, mp=None,
    note="polished copy of Amazon layout; link text shows amazon.co.jp, href to amazon-orders.help; 'will be cancelled'",
    frm=("Amazon.co.jp", "order-update@amazon-orders.help"), reply_to="no-reply@amazon-orders.help",
    to="user0424@mail.example.jp", subject="ご注文 #250-4819273-5562018 はまもなくキャンセルされます",
    date=("2025-04-02 08:33:12", "+0000"),
    received=[evil_received("smtp.amazon-orders.help", "193.233.48.201", mkdate("2025-04-02 08:33:13", "+0000"))],
    auth="mx.example.net;\n       dkim=pass header.i=@amazon-orders.help header.d=amazon-orders.help header.s=default;\n       spf=pass smtp.mailfrom=amazon-orders.help;\n       dmarc=pass header.from=amazon-orders.help",
    extra_headers=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")],
    parts=[("plain", t, "utf-8", "qp"), ("html", h, "utf-8", "qp")])

t = """Amazon.co.jp をご利用いただきありがとうございます。

誠に申し訳ございませんが、ご注文の商品が在庫切れとなったため、ご注文をキャンセルいたしました。

  注文番号：249-3306618-7742091
  商品：ダイソン Dyson V12 Detect Slim Fluffy コードレス掃除機
  ご請求額：24,800円

ご請求済みの代金を返金いたします。返金を受け取るには、7日以内に下記ページから
返金先のクレジットカード情報をご登録ください。

  返金手続き：http://amazon.co.jp.order-cancel.cn/refund/?id=2493306618

期限内にご登録いただけない場合、返金は無効となります。

Amazon.co.jp
"""
add(lang="ja", kind="lookalike", cause="inventory_shortage", states_reason=True, mp=None,
    note="out-of-stock refund scam; Greek Alpha in display name; amazon.co.jp.<evil> domain; ISO-2022-JP",
    frm=("Αmazon.co.jp", "auto-confirm@amazon.co.jp.order-cancel.cn"), to="user0425@mail.example.jp",
    subject="Amazon.co.jp ご注文キャンセルと返金手続きのお願い", subj_charset="iso-2022-jp", from_charset="utf-8",
    date=("2025-01-30 23:59:02", "+0800"),
    received=[evil_received("mx1.order-cancel.cn", "47.243.118.9", mkdate("2025-01-30 23:59:03", "+0800"))],
    auth="mx.example.net;\n       dkim=none (message not signed);\n       spf=softfail smtp.mailfrom=order-cancel.cn;\n       dmarc=fail (p=NONE) header.from=amazon.co.jp.order-cancel.cn",
    parts=[("plain", t, "iso-2022-jp", "7bit")])

h = """<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;">
<div style="max-width:580px;margin:auto;border:1px solid #ccc;padding:20px;">
<div style="font-size:26px;font-weight:bold;">amazon<span style="color:#ff9900;">.co.jp</span></div>
<hr>
<p>お客様</p>
<p>システムエラーにより、お客様のご注文（注文番号：250-1948823-0092716）が誤ってキャンセルされました。</p>
<p>ご注文を復元するには、<b>72時間以内</b>にサインインして、お支払い情報を再入力してください。期限を過ぎるとご注文は復元できません。</p>
<p><a href="https://amaz0n.co.jp/ap/signin?openid.return_to=restore&amp;id=2501948823" style="color:#0066c0;">ご注文を復元する</a></p>
<p>ご不便をおかけして申し訳ございません。</p>
<p style="font-size:11px;color:#777;">Amazon.co.jp カスタマーサービス</p>
</div></body></html>
"""
add(lang="ja", kind="lookalike", cause="technical_issue", states_reason=True, mp=None,
    note="'system error cancelled your order, re-enter payment'; amaz0n.co.jp domain; HTML only",
    frm=("Amazon", "service@amaz0n.co.jp"), to="user0426@mail.example.jp",
    subject="【重要】システムエラーによるご注文キャンセルのお知らせ",
    date=("2024-12-19 15:40:27", "+0900"),
    received=[evil_received("amaz0n.co.jp", "91.215.85.140", mkdate("2024-12-19 15:40:28", "+0900"))],
    parts=[("html", h, "utf-8", "b64")])

t = """いつもご利用ありがとうございます。

あなたのご注文はキャンセルされました。
詳細は添付ファイルをご確認ください。

Amazon
"""
att = """<html><head><meta charset="utf-8"><title>Amazon サインイン</title></head><body>
<h3>ご注文キャンセルの詳細を表示するにはサインインしてください</h3>
<form action="http://185.234.72.15/jp/post.php" method="post">
Eメールまたは携帯電話番号 <input name="e"><br>パスワード <input name="p" type="password"><br>
<input type="submit" value="ログイン"></form></body></html>
"""
add(lang="ja", kind="lookalike", cause="unknown", states_reason=False, mp=None,
    note="crude; outlook.com sender; no order number, no reason; HTML login form attached",
    frm=("Amazon.co.jp", "amazon-co-jp-info@outlook.com"), to="user0427@mail.example.jp",
    subject="ご注文がキャンセルされました",
    date=("2025-05-06 11:02:45", "+0000"),
    received=[evil_received("mail-tyzapc01olkn2031.outbound.protection.outlook.com", "40.92.98.31", mkdate("2025-05-06 11:02:46", "+0000"))],
    parts=[("plain", t, "utf-8", "qp")],
    attachments=[("キャンセル詳細.html", att, "utf-8", "b64", "html")])

t = """Amazon セキュリティセンター

お客様のAmazonアカウントで、不正なアクセスを検知しました。
安全のため、お客様のご注文（#AMZ-JP-88427191）の発送を一時停止しています。

24時間以内に本人確認を完了しない場合、ご注文はキャンセルされ、アカウントはロックされます。

本人確認はこちら：
https://www.amazon.co.jp/ap/signin

※本メールは送信専用です。
"""
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="560" style="font-family:Meiryo,sans-serif;font-size:14px;border:1px solid #e3e3e3;" cellpadding="14"><tr><td>
<p style="font-size:18px;color:#c45500;">Amazon セキュリティセンター</p>
<p>お客様のAmazonアカウントで、不正なアクセスを検知しました。<br>安全のため、お客様のご注文（#AMZ-JP-88427191）の発送を一時停止しています。</p>
<p><b style="color:#b12704;">24時間以内に本人確認を完了しない場合、ご注文はキャンセルされ、アカウントはロックされます。</b></p>
<p>本人確認はこちら：<br><a href="https://amazon-co-jp.verify-id.top/ap/signin?ref=%s">https://www.amazon.co.jp/ap/signin</a></p>
<p style="font-size:11px;color:#888;">※本メールは送信専用です。</p>
</td></tr></table></body></html>
""" % alnum(16)
add(lang="ja", kind="lookalike", cause="fraud_prevention", states_reason=True, mp=None,
    note="'will be cancelled' unless verified; yahoo.co.jp sender; masked link; malformed order no.",
    frm=("Amazon セキュリティ", "amazon_kanri_center@yahoo.co.jp"), to="user0428@mail.example.jp",
    subject="【Amazon】24時間以内にご対応ください：ご注文がキャンセルされます", subj_charset="iso-2022-jp",
    date=("2025-03-27 06:18:40", "+0900"),
    received=[evil_received("sonic309-21.consmr.mail.ssk.yahoo.co.jp", "182.22.12.121", mkdate("2025-03-27 06:18:41", "+0900"))],
    parts=[("plain", t, "iso-2022-jp", "7bit"), ("html", h, "utf-8", "qp")])


# ================================================================ TURKISH

TR_MP = "amazon.com.tr"


def tr_footer(html=False):
    help_url = "https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B"
    pay_url = "https://www.amazon.com.tr/cpe/yourpayments/wallet"
    if html:
        help_l = '<a href="%s">yardım sayfamızdan</a>' % amz_redirect(TR_MP, "/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B", "pe_help_phish")
        pay_l = '<a href="%s">Hesabım &gt; Ödeme yöntemleriniz</a>' % amz_redirect(TR_MP, "/cpe/yourpayments/wallet", "pe_wallet")
    else:
        help_l, pay_l = "yardım sayfamızdan (" + help_url + ")", "Hesabım > Ödeme yöntemleriniz (" + pay_url + ")"
    return [
        "Bu e-posta yalnızca bildirim gönderen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
        "Amazon.com.tr sizden hiçbir zaman e-posta, SMS veya telefon yoluyla şifrenizi, kredi kartı numaranızı ya da banka bilgilerinizi istemez.",
        "Kart numaranız değiştiyse veya kartınızın son kullanma tarihi geçtiyse, bilgilerinizi %s bölümünden güncelleyebilirsiniz." % pay_l,
        "Amazon.com.tr'den geldiğini iddia eden şüpheli bir e-posta aldıysanız lütfen %s bize bildirin." % help_l,
        "Siparişlerinizin durumunu dilediğiniz zaman Siparişlerim sayfasından görüntüleyebilirsiniz.",
    ]


def tr_genuine(name, title, order, paras, items, total, closing, text_only=False, extra_text_links=(), charset="UTF-8",
               heading_items=None):
    ui = UI["tr"]
    g = "Merhaba %s," % name
    txt = amz_text("Amazon.com.tr", title, order, ui, g, [strip_tags(p) for p in paras] + list(extra_text_links),
                   items, (ui["total"] + ":", total) if total else None, closing, tr_footer(False), heading_items=heading_items)
    if text_only:
        return txt, None
    html = amz_html(TR_MP, ui, title, order, g, paras, items, (ui["total"] + ":", total) if total else None,
                    closing, tr_footer(True), charset=charset, heading_items=heading_items)
    return txt, html


# ---------- TR notices
t, h = tr_genuine(
    "Ayşe Yılmaz", "Siparişinizden ürün iptal edildi", "405-3318720-6604152",
    ["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
     "Üzgünüz, aşağıdaki ürün satıcı tarafından temin edilemediği için siparişinizden iptal edildi. Satıcı, ürünün stoklarının tükendiğini ve yakın zamanda yeniden stoklanmayacağını bildirdi.",
     "İptal edilen ürün için sizden ücret alınmayacaktır. Siparişinizdeki diğer ürünler planlandığı şekilde gönderilecektir."],
    [("Arzum AR3088 Okka Minio Pro Türk Kahvesi Makinesi, Bakır", 1, "2.199,00 TL", "Satıcı: Kadıköy Elektronik Ticaret")],
    "2.199,00 TL", "Anlayışınız için teşekkür ederiz.", charset="ISO-8859-9")
add(lang="tr", kind="notice", cause="inventory_shortage", states_reason=True, mp=TR_MP,
    note="seller out of stock, item cancelled; ISO-8859-9",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to="ayse.yilmaz@posta.example.com.tr", from_charset="iso-8859-9",
    subject="Amazon.com.tr siparişinizden 1 ürün iptal edildi (405-3318720-6604152)", subj_charset="iso-8859-9",
    date=("2025-01-20 07:44:18", "+0000"), auth=None, genuine=True, dkim_sig="amazon.com.tr",
    parts=[("plain", t, "iso-8859-9", "qp"), ("html", h, "iso-8859-9", "qp")])

t, _ = tr_genuine(
    "Mehmet Demir", "Siparişiniz iptal edildi", "405-7720194-1185536",
    ["405-7720194-1185536 numaralı siparişiniz için kullandığınız kartla ödeme alınamadı; bankanız işlemi onaylamadı.",
     "Size daha önce gönderdiğimiz e-postada ödeme bilgilerinizi güncellemenizi rica etmiştik. Belirtilen süre içinde güncelleme yapılmadığı için siparişinizi iptal ettik.",
     "Ürünü hâlâ satın almak istiyorsanız, ödeme yönteminizi Hesabım bölümünden güncelledikten sonra yeniden sipariş verebilirsiniz:\nhttps://www.amazon.com.tr/cpe/yourpayments/wallet",
     "Ödemenin neden reddedildiğini öğrenmek için lütfen kartınızı veren bankayla iletişime geçin."],
    [("Philips Airfryer XXL HD9650/90 Fritöz, 7,3 L", 1, "8.999,00 ₺", "Satıcı: Amazon.com.tr")],
    "8.999,00 ₺", "Amazon.com.tr", text_only=True)
add(lang="tr", kind="notice", cause="payment_issue", states_reason=True, mp=TR_MP,
    note="bank declined card, payment not updated in time; plain text; auth pass",
    frm=("Amazon.com.tr", "payments-messages@amazon.com.tr"), to="mehmet.demir@posta.example.com.tr",
    subject="Siparişiniz iptal edildi: ödemeniz alınamadı",
    date=("2025-02-07 12:09:55", "+0000"), auth=auth_pass("amazon.com.tr"), genuine=True,
    parts=[("plain", t, "utf-8", "qp")])

t, h = tr_genuine(
    "Elif Kaya", "Siparişiniz iptal edildi", "406-2290573-8841120",
    ["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
     "Aşağıdaki ürün, ürün sayfasındaki bir listeleme hatası nedeniyle yanlış fiyatla (11.999,00 ₺ yerine 1.199,00 ₺) satışa sunulmuştu. Bu nedenle siparişinizi iptal ettik.",
     "Hesabınızdan herhangi bir ücret tahsil edilmeyecektir. Kartınızda görünen ön provizyon, bankanıza bağlı olarak birkaç iş günü içinde kaldırılacaktır.",
     "Yaşattığımız aksaklık için özür dileriz."],
    [("Dyson V8 Origin Kablosuz Dikey Süpürge", 1, "1.199,00 ₺", "Satıcı: Amazon.com.tr")],
    "1.199,00 ₺", "Anlayışınız için teşekkür ederiz.")
add(lang="tr", kind="notice", cause="technical_issue", states_reason=True, mp=TR_MP,
    note="listing/pricing error; HTML only base64",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to="elif.kaya@posta.example.com.tr",
    subject="Amazon.com.tr siparişiniz #406-2290573-8841120 iptal edildi",
    date=("2024-11-11 09:30:41", "+0000"), auth=None, genuine=True,
    parts=[("html", h, "utf-8", "b64")])

t, h = tr_genuine(
    "Burak Şahin", "Hesabınız beklemeye alındı", "405-9913406-2270851",
    ["Hesabınızda olağan dışı bir etkinlik fark ettik. Sizi korumak için hesabınızı geçici olarak beklemeye aldık ve bekleyen siparişinizi iptal ettik.",
     "Hesabınızı yeniden kullanabilmek için Amazon.com.tr'de oturum açın ve ekrandaki adımları izleyerek kimliğinizi ve ödeme bilgilerinizi doğrulayın. Güvenliğiniz için bu e-postadaki bağlantılara tıklamak yerine tarayıcınıza amazon.com.tr adresini kendiniz yazmanızı öneririz.",
     "Doğrulama tamamlanana kadar yeni sipariş veremezsiniz. İptal edilen sipariş için sizden ücret alınmayacaktır.",
     "Amazon, kimlik doğrulaması için sizi arayıp kart bilgilerinizi veya tek kullanımlık şifrenizi asla istemez."],
    [("Apple iPhone 15 128 GB, Siyah", 2, "89.998,00 ₺", "Satıcı: Amazon.com.tr")],
    "89.998,00 ₺", "Anlayışınız için teşekkür ederiz.")
add(lang="tr", kind="notice", cause="fraud_prevention", states_reason=True, mp=TR_MP,
    note="unusual activity, account on hold, verify identity; 8bit; auth pass",
    frm=("Amazon.com.tr", "cs-reply@amazon.com.tr"), to="burak.sahin@posta.example.com.tr",
    subject="Amazon.com.tr: Hesabınız beklemeye alındı ve siparişiniz iptal edildi",
    date=("2025-03-14 21:16:03", "+0000"), auth=auth_pass("amazon.com.tr"), genuine=True,
    parts=[("plain", t, "utf-8", "8bit"), ("html", h, "utf-8", "8bit")])

t, _ = tr_genuine(
    "Zeynep Arslan", "Ürün başarıyla iptal edildi", "405-1048837-5523019",
    ["Talebiniz doğrultusunda aşağıdaki ürünü siparişinizden iptal ettik.",
     "İptal nedeni: Müşteri tarafından iptal edildi",
     "İptal edilen ürün için sizden ücret alınmayacaktır. Ödemeniz tahsil edildiyse, iade tutarı 3-5 iş günü içinde ödeme yönteminize yansıyacaktır.",
     "Siparişlerim: https://www.amazon.com.tr/gp/css/order-history"],
    [("Karaca Hatır Plus Mod Türk Kahve Makinesi, Krom", 1, "2.849,90 TL", "Satıcı: Amazon.com.tr")],
    None, "Yeniden görüşmek dileğiyle,\nAmazon.com.tr", text_only=True)
add(lang="tr", kind="notice", cause="customer_request", states_reason=True, mp=TR_MP,
    note="customer cancelled item; ISO-8859-9 8bit plain",
    frm=("Amazon.com.tr", "auto-confirm@amazon.com.tr"), to="zeynep.arslan@posta.example.com.tr",
    subject='Amazon.com.tr siparişinizden "Karaca Hatır Plus Mod Türk Kahve..." ürününün iptali başarılı',
    subj_charset="iso-8859-9",
    date=("2024-12-27 18:55:37", "+0300"), auth=None, genuine=True,
    parts=[("plain", t, "iso-8859-9", "8bit")])

t, h = tr_genuine(
    "Can Öztürk", "Siparişiniz iptal edildi", "405-6604417-3391827",
    ["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
     "Siparişinizde belirttiğiniz teslimat adresine (Bozcaada, Çanakkale) şu anda kargo gönderimi yapamadığımız için siparişinizi iptal etmek zorunda kaldık.",
     "Sizden herhangi bir ücret alınmayacaktır.",
     'Adres defterinizi kontrol ederek farklı bir teslimat adresiyle <a href="%s">yeniden sipariş verebilirsiniz</a>.' % amz_redirect(TR_MP, "/a/addresses", "pe_addr")],
    [("Bosch Serie 4 GSN36VWEV Tek Kapılı Dondurucu", 1, "27.499,00 ₺", "Satıcı: Amazon.com.tr")],
    "27.499,00 ₺", "Anlayışınız için teşekkür ederiz.",
    extra_text_links=["Adreslerim: https://www.amazon.com.tr/a/addresses"])
add(lang="tr", kind="notice", cause="unknown", states_reason=True, mp=TR_MP,
    note="cancelled because address undeliverable (reason outside the four); auth pass",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to="can.ozturk@posta.example.com.tr",
    subject="Amazon.com.tr siparişiniz 405-6604417-3391827 iptal edildi",
    date=("2025-04-09 05:47:29", "+0000"), auth=auth_pass("amazon.com.tr"), genuine=True,
    parts=[("plain", t, "utf-8", "qp"), ("html", h, "utf-8", "qp")])

# ---------- TR non-notices
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>MediaMarkt</title></head>
<body style="margin:0;font-family:Arial,sans-serif;background:#f4f4f4;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#df0000;padding:14px 24px;color:#fff;font-size:22px;font-weight:bold;">MediaMarkt</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#222;line-height:1.6;">
<p>Sayın Emre Koç,</p>
<p><b>MM-TR-88120457</b> numaralı siparişiniz iptal edilmiştir.</p>
<p>Sipariş ettiğiniz ürün, tedarikçimizden beklenen tarihte teslim alınamadığı için siparişinizi tamamlayamıyoruz. Kartınızdan çekilen <b>42.999,00 ₺</b> tutarındaki ödemenin iadesi başlatılmıştır; bankanıza bağlı olarak 2-10 iş günü içinde hesabınıza yansıyacaktır.</p>
<table cellpadding="6" style="width:100%;border:1px solid #e5e5e5;font-size:13px;">
<tr style="background:#fafafa;"><td>Ürün</td><td>Samsung 55" QE55Q80D QLED 4K Smart TV</td></tr>
<tr><td>Adet</td><td>1</td></tr><tr><td>Tutar</td><td>42.999,00 ₺</td></tr></table>
<p style="background:#fff4e5;padding:10px;border-left:4px solid #ff9900;"><b>Fiyat Garantisi:</b> Aynı ürünü Amazon.com.tr, Hepsiburada veya Trendyol'da daha uygun fiyata görürseniz, mağazalarımızda fiyat farkını iade ediyoruz.</p>
<p>Sorularınız için 0850 000 00 00 numaralı müşteri hizmetlerimizi arayabilirsiniz.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777;border-top:1px solid #eee;">Media Markt Turkey Ticaret Ltd. Şti. · Bu e-posta otomatik olarak gönderilmiştir.</td></tr>
</table></body></html>
"""
add(lang="tr", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="MediaMarkt cancels its own order; footer compares with Amazon.com.tr",
    frm=("MediaMarkt Türkiye", "siparis@bilgi.mediamarkt.com.tr"), to="emre.koc@posta.example.com.tr",
    subject="MM-TR-88120457 numaralı siparişiniz iptal edildi",
    date=("2025-02-25 10:41:06", "+0300"),
    received=[evil_received("mta12.bilgi.mediamarkt.com.tr", "185.56.80.12", mkdate("2025-02-25 10:41:07", "+0300"))],
    parts=[("plain", "Sayın Emre Koç,\n\nMM-TR-88120457 numaralı siparişiniz iptal edilmiştir. Ürün tedarikçimizden teslim alınamadığı için siparişiniz tamamlanamadı. 42.999,00 ₺ tutarındaki ödemenizin iadesi başlatılmıştır.\n\nFiyat Garantisi: Aynı ürünü Amazon.com.tr, Hepsiburada veya Trendyol'da daha uygun fiyata görürseniz fiyat farkını iade ediyoruz.\n\nMediaMarkt Türkiye\n", "utf-8", "qp"),
           ("html", h, "utf-8", "qp")])

t = """Selam Deniz,

Dün konuştuğumuz toplantı odası hoparlörü için Amazon'dan verdiğim siparişi iptal ettim, ofise gelmeyecek. Satın alma birimi faturayı şirket adına kesen bir tedarikçiden almamız gerektiğini söyledi.

Teklif için Teknosa Kurumsal'a yazdım, cevap gelince seninle paylaşırım. Perşembe sunumuna yetişmezse eski hoparlörü kullanırız.

Kolay gelsin,
Serkan

--
Serkan Aydın | BT Destek
Örnek Lojistik A.Ş.
"""
add(lang="tr", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="colleague cancelled his Amazon order; ISO-8859-9",
    frm=("Serkan Aydın", "serkan.aydin@orneklojistik.com.tr"), to="deniz.celik@orneklojistik.com.tr",
    subject="Ynt: Toplantı odası hoparlörü", subj_charset="iso-8859-9", from_charset="iso-8859-9",
    date=("2025-03-05 09:12:48", "+0300"),
    extra_headers=[("In-Reply-To", "<AM6PR07MB5128E1@orneklojistik.com.tr>"), ("X-Mailer", "Microsoft Outlook 16.0")],
    parts=[("plain", t, "iso-8859-9", "qp")])

h = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;font-size:15px;color:#222;max-width:620px;margin:auto;">
<p style="font-size:12px;color:#888;">Teknoloji Bülteni · Haftalık · Sayı 87</p>
<h1 style="font-size:24px;">Amazon siparişiniz neden iptal edilir? En sık 5 neden</h1>
<p>Okurlarımızdan gelen sorular arasında ilk sırada bu var: "Amazon siparişimi neden iptal etti?" Amazon.com.tr'nin yardım sayfaları ve kullanıcı deneyimlerinden derlediğimiz en yaygın nedenler şunlar:</p>
<ol>
<li><b>Stok sorunu:</b> Satıcı ürünü tedarik edemediğinde sipariş iptal edilir.</li>
<li><b>Ödeme sorunu:</b> Kartınız reddedildiyse ve ödeme bilgilerinizi zamanında güncellemediyseniz.</li>
<li><b>Fiyat hatası:</b> Ürün sayfasında yanlış fiyat görünmüşse Amazon siparişi iptal edebilir.</li>
<li><b>Hesap güvenliği:</b> Olağan dışı etkinlik tespit edilirse hesap beklemeye alınabilir.</li>
<li><b>Adres:</b> Bazı bölgelere gönderim yapılamıyor.</li>
</ol>
<p><b>Dikkat:</b> Son haftalarda "Siparişiniz iptal edildi – hesabınızı doğrulayın" konulu sahte e-postalar dolaşıyor. Gerçek iptal bildirimleri her zaman Siparişlerim sayfasında da görünür; e-postadaki bağlantılardan kart bilgisi girmeyin.</p>
<p><a href="https://teknobulten.example.com.tr/amazon-siparis-iptal-nedenleri">Yazının tamamını okuyun →</a></p>
<hr><p style="font-size:11px;color:#999;">Bu bülteni aboneliğiniz nedeniyle alıyorsunuz. <a href="https://teknobulten.example.com.tr/abonelik/iptal">Abonelikten çık</a></p>
</body></html>
"""
add(lang="tr", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="tech newsletter article on why Amazon cancels orders + fake-mail warning",
    frm=("Teknoloji Bülteni", "bulten@teknobulten.example.com.tr"), to="okur2231@posta.example.com.tr",
    subject="Amazon siparişiniz neden iptal edilir? + Bu hafta öne çıkanlar",
    date=("2025-01-31 08:00:00", "+0300"), extra_headers=[("List-Unsubscribe", "<https://teknobulten.example.com.tr/abonelik/iptal>"), ("Precedence", "bulk")],
    parts=[("html", h, "utf-8", "b64")])

t, h = tr_genuine(
    "Gökhan Yıldız", "Teslimat randevunuz iptal edildi", "405-2287715-9904316",
    ["14 Mart 2025 Cuma günü 10:00-14:00 saatleri arası için planlanan büyük ürün teslimat randevunuz, kargo firmasının araç planlaması nedeniyle iptal edildi.",
     "<b>Siparişiniz iptal edilmedi</b> ve hâlâ geçerlidir. Lütfen size uygun yeni bir teslimat randevusu seçin.",
     '<a href="%s">Yeni randevu seçin</a>' % amz_redirect(TR_MP, "/gp/your-account/ship-track?orderId=405-2287715-9904316&appt=1", "pe_appt")],
    [("Arçelik 9120 M Çamaşır Makinesi, 9 kg", 1, "21.999,00 ₺", "Satıcı: Amazon.com.tr")],
    None, "Anlayışınız için teşekkür ederiz.",
    extra_text_links=["Yeni randevu seçin: https://www.amazon.com.tr/gp/your-account/ship-track?orderId=405-2287715-9904316"],
    heading_items="Siparişinizdeki ürünler")
add(lang="tr", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="genuine Amazon delivery appointment cancelled, order stands",
    frm=("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), reply_to="no-reply@amazon.com.tr",
    to="gokhan.yildiz@posta.example.com.tr", subject="Teslimat randevunuz iptal edildi, yeni bir randevu seçin",
    date=("2025-03-13 15:02:11", "+0000"), auth=None, genuine=True,
    parts=[("plain", t, "utf-8", "b64"), ("html", h, "utf-8", "b64")])

t = """Merhaba Selin,

Amazon Prime üyeliğiniz iptal edildi.

Prime avantajlarından mevcut üyelik döneminizin sonuna, 30 Nisan 2025 tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra ücretsiz hızlı teslimat, Prime Video ve Prime Gaming avantajları sona erecek ve sizden yeniden üyelik ücreti alınmayacaktır.

Fikrinizi değiştirirseniz, üyeliğinizi dilediğiniz zaman yeniden başlatabilirsiniz:
https://www.amazon.com.tr/amazonprime

Prime üyeliğinizi yönetin: https://www.amazon.com.tr/gp/primecentral

Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi veya kart bilgilerinizi istemez.

Amazon Prime ekibi
"""
add(lang="tr", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="Prime membership cancelled",
    frm=("Amazon Prime", "prime@amazon.com.tr"), to="selin.ak@posta.example.com.tr",
    subject="Amazon Prime üyeliğiniz iptal edildi",
    date=("2025-04-02 11:27:44", "+0000"), auth=auth_pass("amazon.com.tr"), genuine=True,
    parts=[("plain", t, "iso-8859-9", "qp")])

t, h = tr_genuine(
    "Hakan Polat", "Ödeme yönteminizi güncelleyin", "405-5180092-6643318",
    ["Siparişiniz için ödeme alamadık. Bankanız işlemi onaylamadı veya kartınızın süresi dolmuş olabilir.",
     "Siparişinizin iptal edilmemesi için lütfen <b>22 Mayıs 2025</b> tarihine kadar ödeme yönteminizi güncelleyin. Bu tarihe kadar güncelleme yapılmazsa siparişiniz iptal edilecektir.",
     '<a href="%s">Ödeme yöntemini güncelle</a>' % amz_redirect(TR_MP, "/gp/css/order/edit.html?orderID=405-5180092-6643318&useCase=payment", "pe_pay_rev")],
    [("Lenovo IdeaPad Slim 3 15IRH8 Dizüstü Bilgisayar, 16 GB, 512 GB SSD", 1, "24.999,00 ₺", "Satıcı: Amazon.com.tr")],
    "24.999,00 ₺", "Ödeme yönteminiz güncellendiğinde siparişinizi işlemeye devam edeceğiz.",
    extra_text_links=["Ödeme yöntemini güncelle: https://www.amazon.com.tr/gp/css/order/edit.html?orderID=405-5180092-6643318&useCase=payment"],
    heading_items="Siparişinizdeki ürünler")
add(lang="tr", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="genuine payment revision reminder before cancellation",
    frm=("Amazon.com.tr", "payments-update@amazon.com.tr"), to="hakan.polat@posta.example.com.tr",
    subject="Eylem gerekli: Amazon.com.tr siparişiniz için ödeme yönteminizi güncelleyin",
    date=("2025-05-19 06:14:58", "+0000"), auth=auth_pass("amazon.com.tr"), genuine=True,
    parts=[("plain", t, "utf-8", "qp"), ("html", h, "utf-8", "qp")])

# ---------- TR lookalikes
t = """Sayın Müşterimiz,

Talebiniz üzerine aşağıdaki siparişiniz iptal edilmiştir.

  Sipariş No : 405-8841207-3360915
  Ürün       : Samsung Galaxy S24 Ultra 256 GB Titanyum Gri
  Tutar      : 64.999,00 TL
  Durum      : İptal edildi - iade bekleniyor

Bu iptal işlemini siz yapmadıysanız veya iade ile ilgili sorunuz varsa,
lütfen 24 saat içinde Amazon Türkiye Müşteri Destek Hattı'nı arayın:

  0850 305 41 87  (7/24 ücretsiz)

Aksi takdirde iade işleminiz otomatik olarak onaylanacak ve tutar iade edilemeyecektir.

Amazon Türkiye Müşteri Hizmetleri
"""
add(lang="tr", kind="lookalike", cause="customer_request", states_reason=True, mp=None,
    note="callback-number scam; look-alike domain; ISO-8859-9",
    frm=("Amazon Türkiye", "destek@amazon-tr-destek.com"), from_charset="iso-8859-9",
    to="kullanici1@posta.example.com.tr",
    subject="Siparişiniz iptal edildi - 405-8841207-3360915", subj_charset="iso-8859-9",
    date=("2025-02-14 03:22:19", "+0300"),
    received=[evil_received("srv1.amazon-tr-destek.com", "5.188.62.140", mkdate("2025-02-14 03:22:20", "+0300"))],
    auth="mx.example.net;\n       dkim=none;\n       spf=pass smtp.mailfrom=amazon-tr-destek.com;\n       dmarc=none header.from=amazon-tr-destek.com",
    parts=[("plain", t, "iso-8859-9", "8bit")])

h = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Amazon.com.tr</title></head>
<body style="margin:0;background:#eaeded;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 28px;border-bottom:1px solid #ddd;"><span style="font-size:24px;font-weight:bold;color:#111;">amazon</span><span style="color:#ff9900;font-size:16px;">.com.tr</span></td></tr>
<tr><td style="padding:28px;font-size:14px;color:#111;line-height:1.6;">
<h2 style="font-weight:normal;margin-top:0;">Hesabınız askıya alındı</h2>
<p>Hesabınızda şüpheli bir oturum açma girişimi tespit ettik. Güvenliğiniz için hesabınız askıya alındı ve bekleyen siparişiniz iptal edildi.</p>
<p>Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:</p>
<div style="text-align:center;font-size:30px;font-weight:bold;letter-spacing:8px;padding:14px;background:#f7f7f7;border:1px dashed #ccc;">AMZ-7731</div>
<p style="text-align:center;margin-top:22px;"><a href="https://amazon-com-tr.secure-id.info/dogrula?kod=AMZ-7731&amp;t=%s" style="background:#ffd814;border-radius:20px;padding:10px 30px;color:#111;text-decoration:none;">Hesabımı doğrula</a></p>
<p>Kod 2 saat boyunca geçerlidir. Doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#777;background:#f5f5f5;">Amazon.com.tr sizden hiçbir zaman şifrenizi e-posta ile istemez. © 2025 Amazon.com, Inc. veya bağlı şirketleri.</td></tr>
</table></body></html>
""" % alnum(20)
add(lang="tr", kind="lookalike", cause="fraud_prevention", states_reason=True, mp=None,
    note="account suspended + order cancelled, use code; Cyrillic o in display name; no order number",
    frm=("Amazоn.com.tr", "guvenlik@amazon-com-tr.secure-id.info"), to="kullanici2@posta.example.com.tr",
    subject="Hesabınız askıya alındı – siparişiniz iptal edildi",
    date=("2025-03-03 22:45:31", "+0300"),
    received=[evil_received("mail.secure-id.info", "194.26.29.113", mkdate("2025-03-03 22:45:32", "+0300"))],
    parts=[("plain", "Hesabınız askıya alındı ve bekleyen siparişiniz iptal edildi.\nDoğrulama kodu: AMZ-7731\nhttps://amazon-com-tr.secure-id.info/dogrula?kod=AMZ-7731\n", "utf-8", "qp"),
           ("html", h, "utf-8", "b64")])

t = """Degerli Amazon Musterisi,

Siparisiniz odeme onaylanmadigi icin iptal edilmistir. Siparis no: 405-77120-33918

Siparisinizi tekrar aktif etmek icin asagidaki bilgileri bu e-postaya cevap olarak gonderiniz:

Ad Soyad:
Kart Numarasi:
Son Kullanma Tarihi:
CVV (kartin arkasindaki 3 hane):
TC Kimlik No:

Bilgileriniz 24 saat icinde gelmezse hesabiniz kapatilacaktir.

Tesekkurler
Amazon Iade Birimi
"""
add(lang="tr", kind="lookalike", cause="payment_issue", states_reason=True, mp=None,
    note="crude ASCII-only Turkish; reply with card details; gmail; malformed order no.",
    frm=("Amazon Iade Birimi", "amazontr.iade.birimi@gmail.com"), to="kullanici3@posta.example.com.tr",
    subject="Siparis Iptal Bildirimi !!!",
    date=("2025-01-09 13:07:55", "+0000"),
    received=[evil_received("mail-sor-f45.google.com", "209.85.220.45", mkdate("2025-01-09 13:07:56", "+0000"))],
    parts=[("plain", t, "us-ascii", "7bit")])

EV = "http://amazon.com.tr.siparis-iptal.ru/iade/?oid=405-6612039-8827104&s=%s" % alnum(12)
h = amz_html(TR_MP, UI["tr"], "Siparişiniz iptal edildi", "405-6612039-8827104", "Merhaba,",
             ["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
              "Üzgünüz, aşağıdaki ürün stokta kalmadığı için siparişiniz iptal edildi.",
              "Ödediğiniz 5.499,00 ₺ tutarın iadesini alabilmek için lütfen kart bilgilerinizi doğrulayın. İade talebi 48 saat içinde onaylanmazsa tutar hesabınıza aktarılamaz.",
              'İade talebi: <a href="%s">https://www.amazon.com.tr/gp/css/order-history</a>' % EV],
             [("JBL Charge 5 Taşınabilir Bluetooth Hoparlör, Siyah", 1, "5.499,00 ₺", "Satıcı: Amazon.com.tr")],
             ("Toplam:", "5.499,00 ₺"), "Anlayışınız için teşekkür ederiz.",
             ["Bu e-posta yalnızca bildirim gönderen bir adresten gönderilmiştir.",
              'Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi istemez. Şüpheli e-postaları <a href="%s">bize bildirin</a>.' % EV,
              "© 1996-2025, Amazon.com, Inc. veya bağlı şirketleri"],
             links={"orders": EV, "account": EV, "home": EV}, order_href=EV)
add(lang="tr", kind="lookalike", cause="inventory_shortage", states_reason=True, mp=None,
    note="polished Amazon layout; out-of-stock refund phishing; link text amazon.com.tr, href amazon.com.tr.<evil>.ru",
    frm=("Amazon.com.tr", "order-update@amazon.com.tr.siparis-iptal.ru"), reply_to="no-reply@siparis-iptal.ru",
    to="kullanici4@posta.example.com.tr", subject="Amazon.com.tr siparişiniz #405-6612039-8827104 iptal edildi",
    date=("2025-04-17 10:19:02", "+0000"),
    received=[evil_received("siparis-iptal.ru", "77.91.124.55", mkdate("2025-04-17 10:19:03", "+0000"))],
    auth="mx.example.net;\n       dkim=pass header.i=@siparis-iptal.ru header.d=siparis-iptal.ru;\n       spf=pass smtp.mailfrom=siparis-iptal.ru;\n       dmarc=fail header.from=amazon.com.tr.siparis-iptal.ru",
    parts=[("html", h, "utf-8", "qp")])

h = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;">
<div style="width:560px;margin:auto;border:1px solid #ddd;padding:22px;">
<div style="font-size:24px;font-weight:bold;">amazon<span style="color:#f90">.com.tr</span></div><hr>
<p>Merhaba,</p>
<p>Teknik bir fiyatlandırma hatası nedeniyle <b>405-2039418-7716620</b> numaralı siparişiniz sistemimiz tarafından iptal edildi.</p>
<p>Siparişinizi orijinal fiyatından korumak için 72 saat içinde hesabınıza giriş yapıp ödeme bilgilerinizi yeniden onaylamanız gerekmektedir.</p>
<p><a href="https://amaz0n.com.tr/ap/signin?return=siparis-onay&amp;oid=4052039418">Siparişimi yeniden onayla</a></p>
<p style="font-size:11px;color:#888;">Amazon.com.tr Müşteri Hizmetleri</p></div></body></html>
"""
add(lang="tr", kind="lookalike", cause="technical_issue", states_reason=True, mp=None,
    note="pricing-error pretext; amaz0n.com.tr domain; HTML only",
    frm=("Amazon.com.tr", "siparis@amaz0n.com.tr"), to="kullanici5@posta.example.com.tr",
    subject="Siparişiniz teknik bir hata nedeniyle iptal edildi",
    date=("2024-12-02 16:51:40", "+0300"),
    received=[evil_received("amaz0n.com.tr", "103.75.201.4", mkdate("2024-12-02 16:51:41", "+0300"))],
    parts=[("html", h, "utf-8", "b64")])

t = """Sayın Amazon Müşterisi,

#40-55812-A77 numaralı siparişinizin ödemesi bankanız tarafından reddedilmiştir.

Siparişiniz 24 SAAT İÇİNDE İPTAL EDİLECEKTİR. İptali önlemek için ödeme bilgilerinizi hemen güncelleyin:

http://amazon-odeme-guncelle.top/tr/

Güncelleme yapılmazsa siparişiniz iptal edilecek ve hesabınız sınırlandırılacaktır.

Amazon Ödeme Departmanı
"""
add(lang="tr", kind="lookalike", cause="payment_issue", states_reason=True, mp=None,
    note="'will be cancelled in 24h' unless payment updated; yahoo sender; malformed order no.; windows-1254",
    frm=("Amazon Ödeme", "amazon.odeme.tr@yahoo.com"), from_charset="windows-1254", to="kullanici6@posta.example.com.tr",
    subject="ACİL: Siparişiniz iptal edilecek", subj_charset="windows-1254",
    date=("2025-03-21 01:33:07", "+0000"),
    received=[evil_received("sonic314-26.consmr.mail.ne1.yahoo.com", "66.163.189.147", mkdate("2025-03-21 01:33:08", "+0000"))],
    parts=[("plain", t, "windows-1254", "qp")])

t = """Merhaba,

Siparişiniz iptal edilmiştir.

Detaylar için tıklayın: https://bit.ly/3amzTRiptal

Amazon
"""
add(lang="tr", kind="lookalike", cause="unknown", states_reason=False, mp=None,
    note="crude; outlook.com sender; no order number, no reason; shortened link",
    frm=("Amazon", "amazon.siparis.bilgi@outlook.com"), to="kullanici7@posta.example.com.tr",
    subject="Siparişiniz iptal edildi",
    date=("2025-05-08 19:58:24", "+0000"),
    received=[evil_received("mail-am6eur05olkn2094.outbound.protection.outlook.com", "40.92.91.94", mkdate("2025-05-08 19:58:25", "+0000"))],
    parts=[("plain", t, "utf-8", "8bit")])

EV = "https://amazon-orders.help/tr/teslimat?ref=%s" % alnum(14)
h = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background:#f3f3f3;margin:0;font-family:'Amazon Ember',Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 24px;"><img src="https://amazon-orders.help/img/amazon-tr-logo.png" alt="Amazon.com.tr" height="28"></td></tr>
<tr><td style="padding:8px 24px 24px;font-size:14px;line-height:1.6;color:#0f1111;">
<p style="font-size:20px;">Siparişiniz iptal edildi</p>
<p>Merhaba,</p>
<p><b>405-3907715-1284460</b> numaralı siparişiniz, teslimat adresiniz doğrulanamadığı için iptal edildi.</p>
<p>Siparişinizi yeniden başlatmak için adresinizi doğrulayın ve <b>9,90 ₺</b> yeniden gönderim ücretini ödeyin.</p>
<p><a href="%s" style="display:inline-block;background:#ffd814;padding:9px 26px;border-radius:8px;color:#0f1111;text-decoration:none;">Adresi doğrula</a></p>
<p style="color:#565959;font-size:12px;">Bu işlemi 48 saat içinde tamamlamazsanız ürün satıcıya iade edilecektir.</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#565959;border-top:1px solid #e7e7e7;">Amazon.com.tr sizden hiçbir zaman şifrenizi veya kart bilgilerinizi e-posta ile istemez. Şüpheli e-postaları bildirin.</td></tr>
</table></body></html>
""" % EV
add(lang="tr", kind="lookalike", cause="unknown", states_reason=True, mp=None,
    note="address-undeliverable pretext asking small redelivery fee; Greek Alpha in display name; amazon-orders.help",
    frm=("Αmazon.com.tr", "teslimat@amazon-orders.help"), to="kullanici8@posta.example.com.tr",
    subject="Siparişiniz iptal edildi: teslimat adresi doğrulanamadı",
    date=("2025-04-28 07:36:50", "+0300"),
    received=[evil_received("smtp.amazon-orders.help", "193.233.48.202", mkdate("2025-04-28 07:36:51", "+0300"))],
    parts=[("plain", "Siparişiniz iptal edildi.\n405-3907715-1284460 numaralı siparişiniz, teslimat adresiniz doğrulanamadığı için iptal edildi.\nAdresi doğrulayın ve 9,90 ₺ yeniden gönderim ücretini ödeyin: " + EV + "\n", "utf-8", "qp"),
           ("html", h, "utf-8", "qp")])


# ================================================================ ARABIC

def ar_footer(mp, html=False):
    brand = ui_ar(mp)["brand"]
    help_path = "/gp/help/customer/display.html?nodeId=GHGBC4YSPN6XBC3R"
    if html:
        help_l = '<a href="%s">صفحة المساعدة</a>' % amz_redirect(mp, help_path, "pe_help_phish")
        pay_l = '<a href="%s">«حسابك» &gt; «خيارات الدفع»</a>' % amz_redirect(mp, "/cpe/yourpayments/wallet", "pe_wallet")
    else:
        help_l = "صفحة المساعدة: https://www.%s%s" % (mp, help_path)
        pay_l = "«حسابك» > «خيارات الدفع» (https://www.%s/cpe/yourpayments/wallet)" % mp
    return [
        "تم إرسال هذه الرسالة من عنوان بريد إلكتروني مخصص للإشعارات فقط ولا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.",
        "لن تطلب منك %s أبدًا عبر البريد الإلكتروني أو الهاتف تقديم كلمة المرور أو رقم بطاقتك الائتمانية أو رمز التحقق لمرة واحدة." % brand,
        "إذا تغيّر رقم بطاقتك أو انتهت صلاحيتها، يمكنك تحديث بياناتها من %s." % pay_l,
        "إذا تلقيت رسالة مشبوهة تدّعي أنها من %s، يرجى الإبلاغ عنها عبر %s" % (brand, help_l),
        "يمكنك متابعة حالة طلباتك في أي وقت من صفحة «طلباتك».",
    ]


def ar_genuine(mp, name, title, order, paras, items, total, closing, text_only=False, extra_text_links=(),
               charset="UTF-8", heading_items=None):
    ui = ui_ar(mp)
    g = "مرحبًا %s،" % name
    txt = amz_text(ui["brand"], title, order, ui, g, [strip_tags(p) for p in paras] + list(extra_text_links),
                   items, (ui["total"] + ":", total) if total else None, closing, ar_footer(mp, False),
                   heading_items=heading_items)
    if text_only:
        return txt, None
    html = amz_html(mp, ui, title, order, g, paras, items, (ui["total"] + ":", total) if total else None,
                    closing, ar_footer(mp, True), rtl=True, charset=charset, heading_items=heading_items)
    return txt, html


# ---------- AR notices
t, h = ar_genuine(
    "amazon.sa", "عبدالله", "تم إلغاء منتج من طلبك", "408-5523190-7714638",
    ["شكرًا لتسوقك من Amazon.sa.",
     "نأسف لإبلاغك بأننا اضطررنا إلى إلغاء المنتج التالي من طلبك، لأنه نفد من المخزون ولم يعد البائع قادرًا على توفيره.",
     "لن يتم تحصيل أي مبلغ مقابل المنتج الملغى. إذا كنت قد دفعت مسبقًا، فسيُرد المبلغ إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل."],
    [("سماعات سامسونج جالكسي بودز 3 برو اللاسلكية، فضي", 1, "899.00 ر.س", "البائع: Amazon.sa")],
    "899.00 ر.س", "نعتذر عن أي إزعاج قد يسببه ذلك.")
add(lang="ar", kind="notice", cause="inventory_shortage", states_reason=True, mp="amazon.sa",
    note="out of stock, seller cannot supply; auth pass",
    frm=("Amazon.sa", "order-update@amazon.sa"), reply_to="no-reply@amazon.sa", to="abdullah.q@mail.example.sa",
    subject="تم إلغاء منتج من طلبك على Amazon.sa رقم 408-5523190-7714638",
    date=("2025-01-27 10:05:36", "+0000"), auth=auth_pass("amazon.sa"), genuine=True,
    parts=[("plain", t, "utf-8", "b64"), ("html", h, "utf-8", "b64")])

t, _ = ar_genuine(
    "amazon.ae", "سارة", "تم إلغاء طلبك", "402-8814402-1930266",
    ["لم نتمكن من تحصيل قيمة طلبك رقم 402-8814402-1930266 لأن البطاقة المسجلة (المنتهية بالأرقام 8812) منتهية الصلاحية.",
     "لقد أرسلنا إليك رسالة سابقة نطلب فيها تحديث طريقة الدفع، ولكن لم يتم التحديث خلال المهلة المحددة، لذلك تم إلغاء الطلب.",
     "إذا كنت لا تزال ترغب في شراء المنتج، يرجى تحديث طريقة الدفع ثم تقديم طلب جديد:\nhttps://www.amazon.ae/cpe/yourpayments/wallet"],
    [("مكنسة روبوت شاومي Robot Vacuum X20+ مع محطة تفريغ ذاتي", 1, "1,249.00 درهم", "البائع: Amazon.ae")],
    "1,249.00 درهم", "مع تحيات Amazon.ae", text_only=True)
add(lang="ar", kind="notice", cause="payment_issue", states_reason=True, mp="amazon.ae",
    note="expired card, payment revision not made; plain windows-1256",
    frm=("Amazon.ae", "payments-messages@amazon.ae"), to="sara.m@mail.example.ae",
    subject="تم إلغاء طلبك على Amazon.ae - تعذّر إتمام الدفع", subj_charset="windows-1256",
    date=("2025-02-22 16:38:12", "+0400"), auth=None, genuine=True, dkim_sig="amazon.ae",
    parts=[("plain", t, "windows-1256", "qp")])

t, h = ar_genuine(
    "amazon.eg", "أحمد", "تم إلغاء طلبك", "171-4410932-6627315",
    ["شكرًا لتسوقك من Amazon.eg.",
     "نعتذر، فقد ظهر المنتج التالي بسعر غير صحيح (1,850.00 جنيه بدلًا من 18,500.00 جنيه) بسبب خطأ فني في صفحة المنتج، ولذلك قمنا بإلغاء طلبك.",
     "لن يتم تحصيل أي مبلغ منك مقابل هذا الطلب. إذا ظهر مبلغ محجوز على بطاقتك فسيتم إلغاؤه خلال أيام عمل قليلة حسب البنك المصدر.",
     "يمكنك طلب المنتج مجددًا بالسعر الصحيح من صفحة المنتج."],
    [("غسالة ملابس توشيبا أوتوماتيك بتحميل أمامي 8 كجم، فضي", 1, "1,850.00 جنيه", "البائع: Amazon.eg")],
    "1,850.00 جنيه", "نعتذر عن هذا الإزعاج.")
add(lang="ar", kind="notice", cause="technical_issue", states_reason=True, mp="amazon.eg",
    note="technical pricing error on product page; HTML only; auth pass",
    frm=("Amazon.eg", "order-update@amazon.eg"), reply_to="no-reply@amazon.eg", to="ahmed.h@mail.example.eg",
    subject="إلغاء طلبك رقم 171-4410932-6627315 على Amazon.eg",
    date=("2024-12-15 08:17:45", "+0000"), auth=auth_pass("amazon.eg"), genuine=True,
    parts=[("html", h, "utf-8", "qp")])

t, h = ar_genuine(
    "amazon.sa", "نورة", "تم إلغاء طلبك", "408-3307719-5561042",
    ["لاحظنا نشاطًا غير معتاد في حسابك، ولحماية حسابك قمنا بتعليقه مؤقتًا وإلغاء طلبك المعلّق.",
     "لاستعادة الوصول إلى حسابك، يرجى تسجيل الدخول إلى Amazon.sa مباشرة واتباع التعليمات الظاهرة على الشاشة للتحقق من هويتك ومعلومات الدفع. ننصحك بكتابة www.amazon.sa في المتصفح بنفسك بدلًا من النقر على الروابط في الرسائل.",
     "لن تتمكن من تقديم طلبات جديدة حتى يكتمل التحقق. لن يتم تحصيل أي مبلغ مقابل الطلب الملغى."],
    [("ساعة أبل الذكية Series 10، مقاس 46 مم، أسود", 1, "1,799.00 ر.س", "البائع: Amazon.sa"),
     ("بطاقة هدايا Amazon.sa بقيمة 500 ر.س", 2, "1,000.00 ر.س", "البائع: Amazon.sa")],
    "2,799.00 ر.س", "شكرًا لتفهمك.", charset="windows-1256")
add(lang="ar", kind="notice", cause="fraud_prevention", states_reason=True, mp="amazon.sa",
    note="unusual activity, account suspended, verification needed; windows-1256 8bit",
    frm=("Amazon.sa", "cs-reply@amazon.sa"), to="noura.a@mail.example.sa",
    subject="تم تعليق حسابك على Amazon.sa مؤقتًا وإلغاء طلبك", subj_charset="windows-1256",
    date=("2025-03-29 19:52:03", "+0000"), auth=None, genuine=True,
    parts=[("plain", t, "windows-1256", "8bit"), ("html", h, "windows-1256", "8bit")])

t, _ = ar_genuine(
    "amazon.ae", "خالد", "تم إلغاء المنتج بنجاح", "402-6691803-4417256",
    ["بناءً على طلبك، قمنا بإلغاء المنتج التالي من طلبك.",
     "سبب الإلغاء: ألغاه العميل",
     "لن يتم تحصيل أي مبلغ مقابل المنتج الملغى. إذا كنت قد دفعت مسبقًا، فسيُرد المبلغ إلى وسيلة الدفع الأصلية.",
     "طلباتك: https://www.amazon.ae/gp/css/order-history"],
    [("ماكينة قهوة نسبريسو فيرتو نكست، رمادي", 1, "649.00 درهم", "البائع: Amazon.ae")],
    None, "نتطلع إلى رؤيتك مجددًا.\nAmazon.ae", text_only=True)
add(lang="ar", kind="notice", cause="customer_request", states_reason=True, mp="amazon.ae",
    note="customer cancelled; plain utf-8 8bit; auth pass",
    frm=("Amazon.ae", "auto-confirm@amazon.ae"), to="khaled.s@mail.example.ae",
    subject="تم إلغاء المنتج بنجاح من طلبك على Amazon.ae",
    date=("2025-04-12 13:26:49", "+0400"), auth=auth_pass("amazon.ae"), genuine=True,
    parts=[("plain", t, "utf-8", "8bit")])

t, h = ar_genuine(
    "amazon.eg", "منى", "تم إلغاء طلبك", "171-9028814-3365507",
    ["نود إعلامك بأنه تم إلغاء طلبك التالي. نعتذر عن أي إزعاج قد يسببه ذلك.",
     "إذا كنت قد دفعت مسبقًا، فسيتم رد المبلغ إلى وسيلة الدفع الأصلية.",
     "يمكنك مراجعة تفاصيل الطلب في أي وقت من صفحة «طلباتك»."],
    [("خلاط تورنيدو 1.5 لتر 600 وات، أسود", 1, "2,199.00 جنيه", "البائع: Amazon.eg"),
     ("طقم أواني طهي جرانيت 10 قطع", 1, "3,450.00 جنيه", "البائع: بيت المطبخ")],
    "5,649.00 جنيه", "مع تحيات فريق Amazon.eg")
add(lang="ar", kind="notice", cause="unknown", states_reason=False, mp="amazon.eg",
    note="cancelled, no reason given",
    frm=("Amazon.eg", "order-update@amazon.eg"), reply_to="no-reply@amazon.eg", to="mona.f@mail.example.eg",
    subject="تم إلغاء طلبك على Amazon.eg رقم 171-9028814-3365507",
    date=("2025-05-03 05:09:21", "+0000"), auth=None, genuine=True,
    parts=[("plain", t, "utf-8", "b64"), ("html", h, "utf-8", "b64")])

# ---------- AR non-notices
h = """<html dir="rtl"><head><meta charset="utf-8"><title>دار العود</title></head>
<body dir="rtl" style="font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#2b2b2b;background:#faf7f2;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e8dcc8;">
<tr><td style="background:#3d2b1f;color:#d9b66f;padding:16px 24px;font-size:22px;">دار العود للعطور</td></tr>
<tr><td style="padding:24px;line-height:1.8;">
<p>عزيزتنا ريم،</p>
<p>نعتذر منك، فقد تم إلغاء طلبك رقم <b>DU-58812</b> لأن دهن العود الكمبودي المطلوب نفد من مستودعنا ولن يتوفر قبل موسم الحصاد القادم.</p>
<table cellpadding="6" style="width:100%;border:1px solid #eee;font-size:13px;">
<tr><td>المنتج</td><td>دهن عود كمبودي فاخر - 3 تولة</td></tr>
<tr><td>المبلغ</td><td>1,350.00 ر.س</td></tr>
<tr><td>طريقة الدفع</td><td>بطاقة مدى عبر Amazon Payment Services</td></tr></table>
<p>تمت معالجة عملية الدفع عبر بوابة Amazon Payment Services، وقد أصدرنا أمر الاسترداد الكامل للمبلغ. قد يستغرق ظهوره في حسابك من 5 إلى 14 يوم عمل حسب البنك.</p>
<p>كتعويض، أضفنا إلى حسابك قسيمة خصم 15% صالحة لمدة شهرين: <b>OUD15</b></p>
<p>مع خالص التحية،<br>فريق دار العود<br>واتساب: ‎+966 55 000 0000</p>
</td></tr></table></body></html>
"""
add(lang="ar", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="perfume shop cancels its own order; payment via Amazon Payment Services",
    frm=("دار العود", "orders@daraloud-store.example.sa"), to="reem.k@mail.example.sa",
    subject="تم إلغاء طلبك رقم DU-58812 من دار العود",
    date=("2025-02-06 20:14:33", "+0300"),
    received=[evil_received("mta-07.sendgrid.net", "167.89.115.7", mkdate("2025-02-06 20:14:34", "+0300"))],
    parts=[("plain", "عزيزتنا ريم،\nتم إلغاء طلبك رقم DU-58812 لأن المنتج نفد من المستودع.\nتمت معالجة الدفع عبر Amazon Payment Services وأصدرنا أمر الاسترداد الكامل للمبلغ 1,350.00 ر.س.\nقسيمة خصم: OUD15\nفريق دار العود\n", "utf-8", "b64"),
           ("html", h, "utf-8", "qp")])

t = """السلام عليكم يا أبو فهد،

بخصوص الشاشة اللي قلت لك عنها، ألغيت الطلب من أمازون أمس لأن الشحن كان بيتأخر لبعد العيد.
لقيت نفس الموديل في إكسترا بسعر قريب وأستلمها من الفرع بكرة إن شاء الله.

لو تبغى تمر علي نركبها سوا بعد المغرب.

أخوك
ماجد
"""
add(lang="ar", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="brother says he cancelled his Amazon order; windows-1256",
    frm=("ماجد الحربي", "majed.alharbi88@gmail.com"), from_charset="windows-1256", to="abufahad@mail.example.sa",
    subject="الشاشة", subj_charset="windows-1256",
    date=("2025-03-26 22:03:40", "+0300"),
    received=[evil_received("mail-sor-f73.google.com", "209.85.220.73", mkdate("2025-03-26 22:03:41", "+0300"))],
    parts=[("plain", t, "windows-1256", "8bit")])

h = """<html dir="rtl"><head><meta charset="utf-8"></head><body dir="rtl" style="font-family:Tahoma,sans-serif;font-size:14px;max-width:620px;margin:auto;color:#222;">
<div style="background:#0b4f6c;color:#fff;padding:14px 20px;font-size:18px;">مصرف الواحة | نشرة التوعية الأمنية - مارس 2025</div>
<div style="padding:18px 20px;line-height:1.9;">
<h2 style="color:#0b4f6c;">احذر من رسائل «إلغاء الطلب» المزيفة</h2>
<p>رصدنا خلال الأسابيع الماضية حملة احتيال تنتحل صفة متاجر إلكترونية معروفة مثل أمازون. تصل الرسالة بعنوان مثل:</p>
<blockquote style="background:#f3f6f8;border-right:4px solid #0b4f6c;padding:10px;margin:0;">«تم إلغاء طلبك من أمازون – يرجى التحقق من حسابك خلال 24 ساعة»</blockquote>
<p>وتطلب منك الرسالة إدخال بيانات بطاقتك أو رمز التحقق (OTP) لاسترداد المبلغ. تذكّر دائمًا:</p>
<ul>
<li>لا يطلب المصرف ولا المتاجر رمز التحقق منك عبر الهاتف أو البريد.</li>
<li>تحقق من حالة طلباتك من تطبيق المتجر الرسمي مباشرة.</li>
<li>أبلغ عن أي عملية مشبوهة فورًا عبر الرقم 8001240000.</li>
</ul>
<p style="font-size:12px;color:#777;">هذه النشرة مرسلة لعملاء مصرف الواحة المشتركين. <a href="https://alwaha-bank.example.sa/unsubscribe">إلغاء الاشتراك</a></p>
</div></body></html>
"""
add(lang="ar", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="bank security-awareness newsletter quoting fake Amazon cancellation subject",
    frm=("مصرف الواحة", "awareness@alwaha-bank.example.sa"), to="client5521@mail.example.sa",
    subject="نشرة التوعية الأمنية: احذر رسائل إلغاء الطلب المزيفة",
    date=("2025-03-10 09:00:00", "+0300"), extra_headers=[("List-Unsubscribe", "<https://alwaha-bank.example.sa/unsubscribe>"), ("Precedence", "bulk")],
    parts=[("html", h, "utf-8", "b64")])

t, h = ar_genuine(
    "amazon.ae", "ليلى", "تم إلغاء موعد التوصيل المحدد", "402-7760415-2281936",
    ["نعتذر، لم يعد بإمكاننا التوصيل في الموعد الذي اخترته (الخميس 20 فبراير، من 6:00 إلى 8:00 مساءً) بسبب الأحوال الجوية، وقد تم إلغاء هذا الموعد.",
     "<b>لم يتم إلغاء طلبك.</b> يرجى اختيار موعد توصيل جديد قبل الساعة 10:00 مساءً اليوم، وإلا فسنوصل طلبك في أقرب موعد متاح غدًا.",
     '<a href="%s">اختر موعدًا جديدًا</a>' % amz_redirect("amazon.ae", "/fresh/slot-select?orderID=402-7760415-2281936", "pe_fresh_slot")],
    [("حليب المراعي كامل الدسم 2 لتر", 2, "23.50 درهم"), ("خبز تميس طازج", 4, "12.00 درهم"), ("تمر خلاص 1 كجم", 1, "29.00 درهم")],
    "64.50 درهم", "شكرًا لتسوقك مع Amazon Fresh.",
    extra_text_links=["اختر موعدًا جديدًا: https://www.amazon.ae/fresh/slot-select?orderID=402-7760415-2281936"],
    heading_items="منتجات طلبك")
add(lang="ar", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="genuine Amazon Fresh delivery slot cancelled, order stands",
    frm=("Amazon Fresh", "fresh-update@amazon.ae"), reply_to="no-reply@amazon.ae", to="layla.n@mail.example.ae",
    subject="تم إلغاء موعد التوصيل لطلبك من Amazon Fresh - اختر موعدًا جديدًا",
    date=("2025-02-20 11:44:17", "+0000"), auth=auth_pass("amazon.ae"), genuine=True,
    parts=[("plain", t, "utf-8", "qp"), ("html", h, "utf-8", "qp")])

t = """مرحبًا فيصل،

لقد ألغيت عضويتك في Amazon Prime.

يمكنك الاستمرار في الاستفادة من مزايا Prime حتى نهاية فترة عضويتك الحالية في 15 مايو 2025، بما في ذلك التوصيل المجاني السريع وPrime Video. بعد هذا التاريخ لن يتم تحصيل رسوم التجديد.

إذا غيّرت رأيك، يمكنك إعادة الاشتراك في أي وقت:
https://www.amazon.sa/prime

إدارة عضوية Prime: https://www.amazon.sa/gp/primecentral

لن تطلب منك Amazon.sa أبدًا كلمة المرور أو بيانات بطاقتك عبر البريد الإلكتروني.

فريق Amazon Prime
"""
add(lang="ar", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="Prime membership cancelled",
    frm=("Amazon Prime", "prime@amazon.sa"), to="faisal.o@mail.example.sa",
    subject="تم إلغاء عضويتك في Amazon Prime",
    date=("2025-04-16 07:31:26", "+0000"), auth=None, genuine=True,
    parts=[("plain", t, "utf-8", "b64")])

t, h = ar_genuine(
    "amazon.eg", "يوسف", "يرجى تحديث طريقة الدفع", "171-2250936-8814473",
    ["لم نتمكن من معالجة الدفع لطلبك، فقد رفض البنك المصدر للبطاقة العملية أو ربما انتهت صلاحية البطاقة.",
     "لتجنب إلغاء طلبك، يرجى تحديث طريقة الدفع قبل <b>28 مايو 2025</b>. إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك.",
     '<a href="%s">تحديث طريقة الدفع</a>' % amz_redirect("amazon.eg", "/gp/css/order/edit.html?orderID=171-2250936-8814473&useCase=payment", "pe_pay_rev")],
    [("هاتف شاومي ريدمي نوت 14 برو، 256 جيجا، أسود", 1, "17,999.00 جنيه", "البائع: Amazon.eg")],
    "17,999.00 جنيه", "سنواصل معالجة طلبك فور تحديث طريقة الدفع.",
    extra_text_links=["تحديث طريقة الدفع: https://www.amazon.eg/gp/css/order/edit.html?orderID=171-2250936-8814473&useCase=payment"],
    charset="windows-1256", heading_items="منتجات طلبك")
add(lang="ar", kind="non_notice", cause=None, states_reason=False, mp=None,
    note="genuine payment revision reminder, order will be cancelled if not updated; windows-1256",
    frm=("Amazon.eg", "payments-update@amazon.eg"), to="youssef.r@mail.example.eg",
    subject="إجراء مطلوب: يرجى تحديث طريقة الدفع لطلبك على Amazon.eg", subj_charset="windows-1256",
    date=("2025-05-24 04:02:55", "+0000"), auth=auth_pass("amazon.eg"), genuine=True,
    parts=[("plain", t, "windows-1256", "qp"), ("html", h, "windows-1256", "qp")])

# ---------- AR lookalikes
t = """عزيزي العميل،

تم إلغاء طلبك رقم 408-6619022-7105538 على Amazon.sa بسبب رصد نشاط مشبوه على بطاقتك المصرفية.

المنتج: آيفون 16 برو ماكس 256 جيجا - تيتانيوم صحراوي
المبلغ: 5,999.00 ر.س

إذا لم تقم أنت بهذا الطلب، يرجى الاتصال فورًا بمركز حماية العملاء لإيقاف العملية واسترداد المبلغ:

  هاتف: 920 012 7745 (متاح 24 ساعة)

لا تقم بأي إجراء آخر قبل التواصل مع الفريق المختص.

خدمة عملاء أمازون
"""
add(lang="ar", kind="lookalike", cause="fraud_prevention", states_reason=True, mp=None,
    note="callback number after 'suspicious activity' cancellation; look-alike domain",
    frm=("Amazon.sa", "alerts@amazon-sa-support.com"), to="user31@mail.example.sa",
    subject="تنبيه: تم إلغاء طلبك بسبب نشاط مشبوه",
    date=("2025-01-17 02:41:09", "+0300"),
    received=[evil_received("mail.amazon-sa-support.com", "141.98.11.62", mkdate("2025-01-17 02:41:10", "+0300"))],
    auth="mx.example.net;\n       dkim=none;\n       spf=softfail smtp.mailfrom=amazon-sa-support.com;\n       dmarc=none header.from=amazon-sa-support.com",
    parts=[("plain", t, "utf-8", "qp")])

h = """<!DOCTYPE html><html dir="rtl"><head><meta charset="utf-8"></head>
<body dir="rtl" style="margin:0;background:#eaeded;font-family:Tahoma,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 26px;border-bottom:3px solid #ff9900;font-size:24px;font-weight:bold;">amazon<span style="color:#ff9900;font-size:15px;">.ae</span></td></tr>
<tr><td style="padding:26px;font-size:15px;line-height:1.8;color:#111;">
<h2 style="font-weight:normal;margin-top:0;">تم تعليق حسابك</h2>
<p>عزيزي العميل، تم تعليق حسابك وإلغاء طلبك الأخير بسبب محاولة تسجيل دخول غير مصرح بها.</p>
<p>لإعادة تفعيل حسابك، استخدم رمز التحقق التالي:</p>
<p style="text-align:center;font-size:30px;letter-spacing:8px;font-weight:bold;background:#f6f6f6;padding:12px;">739201</p>
<p style="text-align:center;"><a href="https://amazon-ae.account-restore.live/ar/verify?code=739201&amp;s=%s" style="background:#ffd814;padding:10px 30px;border-radius:8px;color:#111;text-decoration:none;">إعادة تفعيل الحساب</a></p>
<p>ينتهي صلاحية الرمز خلال 60 دقيقة. في حال عدم التحقق سيتم إغلاق الحساب نهائيًا.</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#777;background:#f7f7f7;">© 2025 Amazon.com, Inc. أو الشركات التابعة لها</td></tr>
</table></body></html>
""" % alnum(18)
add(lang="ar", kind="lookalike", cause="fraud_prevention", states_reason=True, mp=None,
    note="account suspended + order cancelled, use code; Cyrillic A in display name; no order number",
    frm=("Аmazon.ae", "security@amazon-ae.account-restore.live"), to="user32@mail.example.ae",
    subject="تم تعليق حسابك وإلغاء طلبك - استخدم رمز التحقق",
    date=("2025-02-28 23:10:44", "+0400"),
    received=[evil_received("account-restore.live", "185.196.9.44", mkdate("2025-02-28 23:10:45", "+0400"))],
    parts=[("plain", "تم تعليق حسابك وإلغاء طلبك الأخير.\nرمز التحقق: 739201\nhttps://amazon-ae.account-restore.live/ar/verify?code=739201\n", "utf-8", "b64"),
           ("html", h, "utf-8", "b64")])

t = """عزيزي عميل امازون

تم الغاء طلبك بسبب فشل عملية الدفع . رقم الطلب : 4O8-1192-88310

لاعادة تفعيل الطلب يرجى الرد على هذه الرسالة بالمعلومات التالية :

الاسم على البطاقة :
رقم البطاقة :
تاريخ الانتهاء :
الرمز السري CVV :
رقم الجوال :

في حال عدم الرد خلال 24 ساعة سيتم اغلاق حسابك نهائيا

فريق امازون
"""
add(lang="ar", kind="lookalike", cause="payment_issue", states_reason=True, mp=None,
    note="crude; reply with card details; gmail; malformed order no. (letter O); windows-1256 8bit",
    frm=("Amazon Service", "amazon.service.ksa@gmail.com"), to="user33@mail.example.sa",
    subject="الغاء طلبك من امازون", subj_charset="windows-1256",
    date=("2025-03-12 14:26:37", "+0000"),
    received=[evil_received("mail-sor-f41.google.com", "209.85.220.41", mkdate("2025-03-12 14:26:38", "+0000"))],
    parts=[("plain", t, "windows-1256", "8bit")])

EV = "http://amazon.sa.account-secure.top/ar/payment?oid=408-2271950-6639814&k=%s" % alnum(10)
h = amz_html("amazon.sa", ui_ar("amazon.sa"), "سيتم إلغاء طلبك", "408-2271950-6639814", "عزيزي العميل،",
             ["شكرًا لتسوقك من Amazon.sa.",
              "لم نتمكن من التحقق من معلومات الدفع الخاصة بطلبك، ولذلك تم تعليق الطلب.",
              "<b>سيتم إلغاء طلبك تلقائيًا خلال 24 ساعة</b> ما لم تقم بتأكيد معلومات الدفع.",
              'تأكيد معلومات الدفع: <a href="%s">https://www.amazon.sa/gp/css/order-history</a>' % EV],
             [("بلايستيشن 5 سليم - إصدار القرص", 1, "1,899.00 ر.س", "البائع: Amazon.sa")],
             ("الإجمالي:", "1,899.00 ر.س"), "شكرًا لتفهمك.",
             ["تم إرسال هذه الرسالة من عنوان مخصص للإشعارات فقط.",
              'لن تطلب منك Amazon.sa أبدًا كلمة المرور عبر البريد الإلكتروني. للإبلاغ عن رسالة مشبوهة <a href="%s">اضغط هنا</a>.' % EV,
              "© 1996-2025, Amazon.com, Inc. أو الشركات التابعة لها"],
             rtl=True, links={"orders": EV, "account": EV, "home": EV}, order_href=EV, heading_items="منتجات طلبك")
add(lang="ar", kind="lookalike", cause="payment_issue", states_reason=True, mp=None,
    note="polished Amazon layout; 'will be cancelled in 24h'; link text amazon.sa, href amazon.sa.<evil>.top",
    frm=("Amazon.sa", "payments-messages@amazon.sa.account-secure.top"), to="user34@mail.example.sa",
    subject="إجراء مطلوب: سيتم إلغاء طلبك رقم 408-2271950-6639814",
    date=("2025-04-05 06:55:18", "+0000"),
    received=[evil_received("account-secure.top", "45.141.215.80", mkdate("2025-04-05 06:55:19", "+0000"))],
    auth="mx.example.net;\n       dkim=pass header.i=@account-secure.top header.d=account-secure.top;\n       spf=pass smtp.mailfrom=account-secure.top;\n       dmarc=fail header.from=amazon.sa.account-secure.top",
    extra_headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
    parts=[("html", h, "utf-8", "qp")])

h = """<html dir="rtl"><head><meta charset="utf-8"></head><body dir="rtl" style="font-family:Tahoma,sans-serif;font-size:14px;">
<div style="width:560px;margin:auto;border:1px solid #ddd;padding:20px;">
<div style="font-size:24px;font-weight:bold;">amazon<span style="color:#f90">.eg</span></div><hr>
<p>عزيزي العميل،</p>
<p>نأسف لإبلاغك بأنه تم إلغاء طلبك رقم <b>171-5530281-9947106</b> لأن المنتج لم يعد متوفرًا في المخزون.</p>
<p>لاسترداد مبلغ <b>12,499.00 جنيه</b> يرجى إدخال بيانات بطاقتك التي سيتم تحويل المبلغ إليها خلال 48 ساعة:</p>
<p><a href="https://amaz0n-eg.com/refund/form?id=1715530281" style="background:#f0c14b;padding:8px 22px;color:#111;text-decoration:none;border:1px solid #a88734;">استرداد المبلغ</a></p>
<p style="font-size:11px;color:#888;">فريق خدمة عملاء Amazon.eg</p></div></body></html>
"""
add(lang="ar", kind="lookalike", cause="inventory_shortage", states_reason=True, mp=None,
    note="out-of-stock refund phishing; amaz0n-eg.com; HTML only",
    frm=("Amazon.eg", "refunds@amaz0n-eg.com"), to="user35@mail.example.eg",
    subject="تم إلغاء طلبك - استرداد المبلغ",
    date=("2024-12-23 12:12:12", "+0200"),
    received=[evil_received("amaz0n-eg.com", "38.180.22.17", mkdate("2024-12-23 12:12:13", "+0200"))],
    parts=[("html", h, "utf-8", "b64")])

t = """عميلنا العزيز،

بسبب خطأ في النظام تم إلغاء طلبك الأخير على أمازون.

لإعادة الطلب بنفس السعر يرجى تسجيل الدخول وتأكيد بياناتك من الرابط التالي:
https://tinyurl.com/amz-ae-restore

شكرًا لك،
فريق أمازون
"""
add(lang="ar", kind="lookalike", cause="technical_issue", states_reason=True, mp=None,
    note="system-error pretext; hotmail sender; no order number; shortened link",
    frm=("Amazon Support", "amazon.support.ae@hotmail.com"), to="user36@mail.example.ae",
    subject="إشعار إلغاء الطلب",
    date=("2025-01-05 17:48:03", "+0000"),
    received=[evil_received("mail-db8eur05olkn2057.outbound.protection.outlook.com", "40.92.89.57", mkdate("2025-01-05 17:48:04", "+0000"))],
    parts=[("plain", t, "utf-8", "8bit")])

t = """مرحبًا،

تم إلغاء طلبك رقم 402-3349810-7726154 بناءً على طلبك.

المنتج: لابتوب ديل XPS 13
المبلغ المسترد: 5,200.00 درهم

إذا لم تطلب إلغاء هذا الطلب، يرجى الاتصال بنا فورًا على الرقم 0097145201836 لإيقاف الإلغاء قبل تحويل المبلغ.

خدمة العملاء - أمازون الإمارات
"""
add(lang="ar", kind="lookalike", cause="customer_request", states_reason=True, mp=None,
    note="'cancelled at your request, call if it was not you'; yahoo sender; windows-1256 QP",
    frm=("Amazon.ae", "amazon.ae.cancel@yahoo.com"), to="user37@mail.example.ae",
    subject="تأكيد إلغاء الطلب 402-3349810-7726154", subj_charset="windows-1256",
    date=("2025-04-22 03:35:51", "+0400"),
    received=[evil_received("sonic305-19.consmr.mail.bf2.yahoo.com", "74.6.131.82", mkdate("2025-04-22 03:35:52", "+0400"))],
    parts=[("plain", t, "windows-1256", "qp")])

EV = "https://amazon.ae.order-status.net/ar/orders/view?u=%s" % alnum(16)
h = """<!DOCTYPE html><html dir="rtl"><head><meta charset="utf-8"></head>
<body dir="rtl" style="font-family:Arial,sans-serif;background:#fff;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="padding:14px 22px;"><img src="https://amazon.ae.order-status.net/static/logo.png" alt="Amazon.ae" height="30"></td></tr>
<tr><td style="padding:10px 22px 24px;font-size:14px;line-height:1.8;color:#0f1111;">
<p style="font-size:20px;">تم إلغاء طلبك</p>
<p>مرحبًا،</p>
<p>نود إعلامك بأنه تم إلغاء طلبك رقم <b>402-9913307-4402185</b>.</p>
<p>لعرض تفاصيل الطلب والمبلغ المسترد، يرجى تسجيل الدخول إلى حسابك:</p>
<p><a href="%s">https://www.amazon.ae/your-orders</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#565959;border-top:1px solid #e7e7e7;">لن تطلب منك Amazon.ae كلمة المرور عبر البريد الإلكتروني.</td></tr>
</table></body></html>
""" % EV
add(lang="ar", kind="lookalike", cause="unknown", states_reason=False, mp=None,
    note="polished, no reason; Greek omicron in display name; amazon.ae.<evil> domain; masked link",
    frm=("Amazοn.ae", "order-update@amazon.ae.order-status.net"), to="user38@mail.example.ae",
    subject="تم إلغاء طلبك على Amazon.ae رقم 402-9913307-4402185",
    date=("2025-05-15 09:27:30", "+0400"),
    received=[evil_received("order-status.net", "91.92.245.31", mkdate("2025-05-15 09:27:31", "+0400"))],
    parts=[("plain", "تم إلغاء طلبك رقم 402-9913307-4402185.\nلعرض التفاصيل: " + EV + "\n", "utf-8", "qp"),
           ("html", h, "utf-8", "qp")])


# ================================================================ BUILD

def build(e):
    date = mkdate(*e["date"])
    parts = e["parts"]
    atts = e.get("attachments") or []
    if len(parts) == 1:
        body = text_part(parts[0][1], parts[0][0], parts[0][2], parts[0][3])
    else:
        body = MIMEMultipart("alternative", boundary=boundary())
        for sub, txt, cs, cte in parts:
            body.attach(text_part(txt, sub, cs, cte))
    if atts:
        msg = MIMEMultipart("mixed", boundary=boundary())
        msg.attach(body)
        for fname, txt, cs, cte, sub in atts:
            a = text_part(txt, sub, cs, cte)
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
            msg.attach(a)
    else:
        msg = body
    for sub in msg.walk():
        if sub is not msg:
            del sub["MIME-Version"]
    mime_headers = [(k, v) for k, v in msg._headers]
    msg._headers = []
    H = []
    fdom = e["frm"][1].split("@")[1]
    if e.get("genuine"):
        H.append(("Return-Path", "<%s@bounces.%s>" % (datetime.strptime(e["date"][0], "%Y-%m-%d %H:%M:%S").strftime("%Y%m%d%H%M%S") + hexs(12), fdom)))
        H.append(("Received", ses_received(fdom, date)))
    else:
        H.append(("Return-Path", "<%s>" % e["frm"][1]))
        for r in e.get("received") or []:
            H.append(("Received", r))
    if e.get("auth"):
        H.append(("Authentication-Results", e["auth"]))
    if e.get("genuine") and (e.get("auth") or e.get("dkim_sig")):
        d = e.get("dkim_sig") or fdom
        H.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=From:Reply-To:To:Subject:MIME-Version:Content-Type:Date:Message-ID;\n\tbh=%s=;\n\tb=%s" % (
            rnd.choice(["rjs2tbjcrpi3gbvqosyu5vqcdjkv7iut", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"]), d,
            int(datetime.strptime(e["date"][0], "%Y-%m-%d %H:%M:%S").timestamp()), alnum(42), alnum(60) + "\n\t" + alnum(60))))
    H.append(("Date", date))
    H.append(("From", addr(e["frm"][0], e["frm"][1], e.get("from_charset", "utf-8"))))
    if e.get("reply_to"):
        H.append(("Reply-To", e["reply_to"]))
    H.append(("To", e["to"]))
    H.append(("Subject", hdr(e["subject"], e.get("subj_charset", "utf-8"))))
    if e.get("genuine"):
        H.append(("Message-ID", "<0100%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))))
        H.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        H.append(("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % alnum(40)))
        H.append(("X-SES-Outgoing", "%s-54.240.%d.%d" % (e["date"][0][:10].replace("-", "."), rnd.randint(2, 60), rnd.randint(2, 250))))
    else:
        H.append(("Message-ID", "<%s.%s@%s>" % (hexs(16), rnd.randint(1000, 99999), fdom)))
    for k, v in e.get("extra_headers") or []:
        H.append((k, v))
    if "MIME-Version" not in [k for k, _ in mime_headers]:
        H.append(("MIME-Version", "1.0"))
    for k, v in H:
        msg._headers.append((k, v))
    for k, v in mime_headers:
        msg._headers.append((k, v))
    return msg.as_bytes()


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = {"ja": 0, "tr": 1, "ar": 2}
    # shuffle deterministically so kinds are interleaved
    idx = list(range(len(ENTRIES)))
    random.Random(SEED + 1).shuffle(idx)
    labels = []
    for n, i in enumerate(idx, 1):
        e = ENTRIES[i]
        name = "i4%03d.eml" % n
        data = build(e)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "kind": e["kind"], "language": e["lang"], "cause": e["cause"],
                       "states_reason": e["states_reason"], "marketplace": e["mp"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
