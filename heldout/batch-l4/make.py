#!/usr/bin/env python3
"""Regenerates the blind batch l4 (ja / tr / ar): mail/l4NNN.eml + labels.json.

Texts live in the ENTRIES list below; MIME is built with the standard `email`
package.  Fixed random seed -> identical output on every run.
"""
import html as _html
import json
import os
import random
from datetime import datetime, timedelta, timezone
from email import charset as _cs
from email.charset import Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

random.seed(4404)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "l4"


# ---------------------------------------------------------------- helpers
def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def onum(first=None):
    first = first or random.choice(["249", "250", "503", "171", "402", "403", "405", "408"])
    return f"{first}-{digits(7)}-{digits(7)}"


BRAND = {
    "amazon.co.jp": "Amazon.co.jp",
    "amazon.com.tr": "Amazon.com.tr",
    "amazon.ae": "Amazon.ae",
    "amazon.sa": "Amazon.sa",
    "amazon.eg": "Amazon.eg",
}

LP = {
    "ja": dict(
        orders="注文履歴", account="アカウントサービス", order_label="注文番号",
        greet="{name} 様", items="キャンセルされた商品", qty="数量", price="価格",
        closing="Amazon.co.jpのまたのご利用をお待ちしております。",
        dir="ltr", html_lang="ja", help="ヘルプ＆カスタマーサービス",
    ),
    "tr": dict(
        orders="Siparişlerim", account="Hesabım", order_label="Sipariş No.",
        greet="Merhaba {name},", items="İptal Edilen Ürünler", qty="Adet", price="Fiyat",
        closing="Sizi yeniden Amazon.com.tr'de görmeyi umuyoruz.",
        dir="ltr", html_lang="tr", help="Yardım ve Müşteri Hizmetleri",
    ),
    "ar": dict(
        orders="طلباتك", account="حسابك", order_label="رقم الطلب",
        greet="مرحباً {name}،", items="المنتجات الملغاة", qty="الكمية", price="السعر",
        closing="نتطلع إلى رؤيتك مرة أخرى على {brand}.",
        dir="rtl", html_lang="ar", help="المساعدة وخدمة العملاء",
    ),
}


def base_url(dom):
    return f"https://www.{dom}/-/ar" if dom in ("amazon.ae", "amazon.sa", "amazon.eg") else f"https://www.{dom}"


def security_footer(lang, dom):
    b, u = BRAND[dom], base_url(dom)
    if lang == "ja":
        return [
            "Amazon.co.jpが、Eメールでお客様のパスワード、クレジットカード番号、銀行口座情報をお尋ねすることはありません。",
            f"クレジットカードの番号や有効期限が変更された場合は、アカウントサービスの「お支払い方法」から更新してください: {u}/cpe/yourpayments/wallet",
            f"Amazon.co.jpを装った不審なEメールやSMSを受け取った場合は、リンクを開かずにご報告ください: {u}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A",
            f"ヘルプ＆カスタマーサービス: {u}/gp/help/customer/display.html",
            "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
        ]
    if lang == "tr":
        return [
            "Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi sormaz.",
            f"Kart numaranız veya son kullanma tarihiniz değiştiyse, Hesabım > Ödeme Seçenekleri bölümünden güncelleyebilirsiniz: {u}/cpe/yourpayments/wallet",
            f"Amazon'dan geldiğini iddia eden şüpheli bir e-posta aldıysanız, bağlantılara tıklamadan bize bildirin: {u}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A",
            f"Yardım: {u}/gp/help/customer/display.html",
            "Bu e-posta, gelen iletileri kabul etmeyen bir adresten gönderilmiştir. Lütfen bu e-postayı yanıtlamayın.",
        ]
    return [
        f"لن تطلب منك {b} أبدا كلمة المرور أو رقم بطاقتك الائتمانية أو معلومات حسابك المصرفي عبر البريد الإلكتروني.",
        f"إذا تغير رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديثها من حسابك > خيارات الدفع: {u}/cpe/yourpayments/wallet",
        f"إذا تلقيت رسالة مشبوهة تدعي أنها من أمازون، لا تنقر على أي رابط وأبلغنا عنها: {u}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A",
        f"المساعدة: {u}/gp/help/customer/display.html",
        "تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.",
    ]


CSS = """body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; font-family:Arial, sans-serif; }
#header .logo { width:130px; }
#header .navigation a { color:#0066c0; font-size:13px; text-decoration:none; }
#header .title h2 { color:#cc6600; font-size:20px; font-weight:normal; margin:0 0 4px 0; }
#summary .heading { font-size:16px; color:#cc6600; }
#summary p, #closing td { font-size:14px; line-height:20px; color:#333333; }
.buttonComponentLink { background:#ffd814; border:1px solid #fcd200; border-radius:8px; color:#0f1111; padding:10px 18px; text-decoration:none; }
#orderDetails td { font-size:14px; padding:6px 0; border-bottom:1px solid #e7e7e7; }
#legalCopy td { font-size:11px; color:#868686; line-height:15px; padding-top:6px; }
"""


def esc(s):
    return s if s.startswith("<") else _html.escape(s, quote=False)


def amz(lang, dom, title, order, name, paras, items=None, cta=None,
        items_heading=None, footer=None, base=None, total=None, charset="utf-8"):
    """Amazon-style notification: returns (plain text, html)."""
    L = LP[lang]
    brand = BRAND[dom]
    base = base or base_url(dom)
    greet = L["greet"].format(name=name)
    closing = L["closing"].format(brand=brand)
    foot = security_footer(lang, dom) if footer is None else footer
    ih = items_heading or L["items"]
    # ---- text
    t = [f"{brand} {title}"]
    if order:
        t.append(f"{L['order_label']} #{order}")
    t += [f"{base}/ref=TE_tex_g", "_" * 75, "", greet, ""]
    for p in paras:
        if not p.startswith("<"):
            t += [p, ""]
    if cta:
        t += [f"{cta[0]}:", cta[1], ""]
    if items:
        t += [ih + ":", ""]
        for it in items:
            t.append(f"    {it[0]}")
            t.append(f"    {L['qty']}: {it[1]}    {L['price']}: {it[2]}")
            t.append("")
        if total:
            t += [total, ""]
    t += ["_" * 75, "", closing, brand, ""]
    t += foot
    text = "\n".join(t) + "\n"
    # ---- html
    align = "right" if L["dir"] == "rtl" else "left"
    h = [
        "<!DOCTYPE html>",
        f'<html lang="{L["html_lang"]}" dir="{L["dir"]}">',
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}" />',
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
        f"<title>{_html.escape(title)}</title>\n<style>\n{CSS}</style>\n</head>",
        f'<body><img width="1" height="1" src="{base}/gp/r.html?R={digits(10)}&amp;T=O&amp;U=https%3A%2F%2Fimages-fe.ssl-images-amazon.com%2Fimages%2FG%2F09%2Fspacer.gif" />',
        f' <table id="container" cellpadding="0" dir="{L["dir"]}" style="text-align:{align};">',
        '  <tbody><tr><td class="frame">',
        '   <table id="main" cellpadding="0"><tbody>',
        '    <tr><td>',
        '     <table id="header" cellpadding="0"><tbody>',
        f'      <tr><td rowspan="2" class="logo"><a href="{base}/ref=TE_g"><img alt="{brand}" src="https://m.media-amazon.com/images/G/09/x-locale/common/transparent-pixel._CB485935036_.gif" width="120" height="30" border="0" /></a></td>',
        '       <td class="navigation"><table align="' + ("left" if L["dir"] == "rtl" else "right") + '"><tbody><tr>',
        f'        <td><a href="{base}/gp/css/order-history?ref_=TE_on">{L["orders"]}</a></td>',
        '        <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>',
        f'        <td><a href="{base}/gp/css/homepage.html?ref_=TE_ya">{L["account"]}</a></td>',
        '        <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>',
        f'        <td><a class="last" href="{base}/ref=TE_home">{brand}</a></td>',
        '       </tr></tbody></table></td></tr>',
        f'      <tr><td class="title"><h2>{_html.escape(title)}</h2>'
        + (f' {L["order_label"]} #<a href="{base}/gp/css/summary/edit.html?orderID={order}&amp;ref_=TE_od">{order}</a>' if order else "")
        + "</td></tr>",
        '     </tbody></table>',
        '    </td></tr>',
        '    <tr><td>',
        '     <table id="summary" cellpadding="0"><tbody><tr><td>',
        f'      <span class="heading">{_html.escape(greet)}</span>',
    ]
    for p in paras:
        h.append(f"      <p>{esc(p)}</p>")
    h += ['     </td></tr></tbody></table>', '    </td></tr>']
    if cta:
        h += [
            '    <tr><td>',
            '     <table class="buttonComponent" width="260"><tbody><tr>',
            f'      <td align="center" valign="middle" height="47"><a class="buttonComponentLink" href="{_html.escape(cta[1])}">{_html.escape(cta[0])}</a></td>',
            '     </tr></tbody></table>',
            '    </td></tr>',
        ]
    if items:
        h += ['    <tr><td>', '     <table id="orderDetails" cellpadding="0" width="100%"><tbody>',
              f'      <tr><td colspan="3"><b>{_html.escape(ih)}</b></td></tr>']
        for it in items:
            h.append(
                f'      <tr><td class="itemTitle"><a href="{base}/dp/B0{digits(8)}?ref_=TE_dp">{_html.escape(it[0])}</a></td>'
                f'<td>{L["qty"]}: {it[1]}</td><td class="price"><b>{_html.escape(it[2])}</b></td></tr>'
            )
        if total:
            h.append(f'      <tr><td colspan="3" class="total"><b>{_html.escape(total)}</b></td></tr>')
        h += ['     </tbody></table>', '    </td></tr>']
    h += [
        '    <tr><td>',
        '     <table id="closing" cellpadding="0"><tbody><tr><td>',
        f'      <p>{_html.escape(closing)}<br /><span class="signature"><strong>{brand}</strong></span></p>',
        '     </td></tr></tbody></table>',
        '    </td></tr>',
        '    <tr><td>',
        '     <table id="legalCopy" cellpadding="0"><tbody>',
    ]
    for f in foot:
        h.append(f"      <tr><td>{linkify(f)}</td></tr>")
    h += ['     </tbody></table>', '    </td></tr>', '   </tbody></table>',
          '  </td></tr></tbody>', ' </table>', '</body>', '</html>']
    return text, "\n".join(h) + "\n"


def linkify(s):
    out = []
    for w in _html.escape(s, quote=False).split(" "):
        if w.startswith("https://") or w.startswith("http://"):
            out.append(f'<a href="{w}">{w}</a>')
        else:
            out.append(w)
    return " ".join(out)


def simple_html(body_html, charset="utf-8", lang="ja", rtl=False, title=""):
    d = ' dir="rtl"' if rtl else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"{d}>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
        f"<title>{_html.escape(title)}</title>\n</head>\n"
        f'<body style="font-family:Arial, sans-serif; font-size:14px; color:#222;"{d}>\n{body_html}\n</body>\n</html>\n'
    )


def auth_pass(dom, rp_dom=None, sel=None):
    rp_dom = rp_dom or dom
    sel = sel or random.choice(["yg4mwqurec7fkhzt76syd3ygrkfpeh3", "rlntogby6xsxlfnvyxwvmd7cu4q5y5ep", "224i4yxa5dv7c2xz3womw6peuasteono"])
    ip = f"54.240.{random.randint(1, 60)}.{random.randint(2, 250)}"
    rp = f"{digits(14)}@bounces.{rp_dom}"
    return (f"mx.google.com; dkim=pass header.d={dom} header.i=@{dom} header.s={sel} header.b={digits(4)}AbCd; "
            f"dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Kx{digits(3)}; "
            f"spf=pass (google.com: domain of {rp} designates {ip} as permitted sender) smtp.mailfrom={rp}; "
            f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")


def ses_received(dom, when, rcpt):
    n, m = random.randint(10, 250), random.randint(10, 99)
    return (f"from a{n}-{m}.smtp-out.amazonses.com (a{n}-{m}.smtp-out.amazonses.com. "
            f"[54.240.{n}.{m}]) by mx.google.com with ESMTPS id {digits(6)}a{digits(4)}.{random.randint(100, 999)}.2024."
            f"{when.month:02d}.{when.day:02d} for <{rcpt}>; {format_datetime(when)}")


def vps_received(helo, when, rcpt):
    if "@" in helo:
        helo, ip = helo.split("@")
    else:
        ip = f"{random.randint(45, 203)}.{random.randint(1, 254)}.{random.randint(1, 254)}.{random.randint(2, 254)}"
    return (f"from {helo} ({helo} [{ip}]) by mx.google.com with ESMTPS id {digits(6)}x{digits(4)}.{random.randint(10, 99)}.2024."
            f"{when.month:02d}.{when.day:02d} for <{rcpt}>; {format_datetime(when)}")


def mk_part(body, subtype, charset, cte):
    c = Charset(charset)
    c.body_encoding = {"qp": _cs.QP, "base64": _cs.BASE64}.get(cte)
    part = MIMEText(body, subtype, c)
    return part


def enc_header(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs)


# ---------------------------------------------------------------- entry factory
START = datetime(2024, 10, 7, 0, 0)


def when(tzh=0):
    d = START + timedelta(minutes=random.randint(0, 55 * 24 * 60))
    return d.replace(tzinfo=timezone(timedelta(hours=tzh)))


def E(kind, lang, cause, sr, mp, note, frm, to, subject, fmt, text=None, html=None,
      cs="utf-8", cte="qp", html_cs=None, html_cte=None, subj_cs=None, reply_to=None,
      auth=None, extra=(), tz=0, received="ses", return_path=None, msgid=None):
    return dict(kind=kind, lang=lang, cause=cause, sr=sr, mp=mp, note=note, frm=frm, to=to,
                subject=subject, fmt=fmt, text=text, html=html, cs=cs, cte=cte,
                html_cs=html_cs or cs, html_cte=html_cte or cte, subj_cs=subj_cs or cs,
                reply_to=reply_to, auth=auth, extra=list(extra), when=when(tz),
                received=received, return_path=return_path, msgid=msgid)


ENTRIES = []
AMZ_HDR = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Feedback-ID", "1.eu-west-1.auto:AmazonSES")]

# ================================================================= JAPANESE
JP = "amazon.co.jp"
JU = base_url(JP)

# ---------------- ja notices
o = onum("503")
t, h = amz("ja", JP, "ご注文のキャンセル", o, "山田 太郎", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "誠に申し訳ございませんが、下記のご注文商品は、仕入先からの入荷の見込みが立たなくなったため、在庫を確保することができませんでした。このため、ご注文をキャンセルさせていただきました。",
    "この商品の代金は請求されません。お支払いにクレジットカードをご利用の場合、ご利用明細にオーソリゼーション（与信枠の確保）が一時的に表示されることがありますが、数日以内に自動的に解除されます。",
    "同じ商品をほかの出品者が販売している場合があります。商品ページから最新の在庫状況をご確認ください。",
    "ご迷惑をおかけしましたことを深くお詫び申し上げます。",
], items=[("タイガー魔法瓶 真空断熱ボトル 500ml ステンレス MMZ-K050", 1, "￥2,480")],
    cta=("注文履歴を表示する", f"{JU}/gp/css/order-history?ref_=TE_ccl"))
ENTRIES.append(E("notice", "ja", "inventory_shortage", True, JP, "supplier cannot restock; alt qp; auth pass",
                 ("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ("山田 太郎", "taro.yamada.84@gmail.com"),
                 f"Amazon.co.jp ご注文のキャンセル: 注文番号 {o}", "alt", t, h, cte="qp",
                 auth=auth_pass(JP), extra=AMZ_HDR))

o = onum("250")
ENTRIES.append(E("notice", "ja", "payment_issue", True, JP, "card not authorised, revision deadline passed; iso-2022-jp text only; no auth",
                 ("Amazon.co.jp", "payments-messages@amazon.co.jp"), ("佐藤 美咲", "misaki.sato@docomo.ne.jp"),
                 f"Amazon.co.jp ご注文のキャンセル（お支払い方法の問題）: {o}", "text", f"""佐藤 美咲 様

Amazon.co.jpをご利用いただき、ありがとうございます。

先日、ご注文 {o} について、お支払い方法の更新をお願いするEメールをお送りいたしましたが、期限までにお支払い情報の更新を確認することができませんでした。ご登録のクレジットカードは、カード発行会社により承認されませんでした（有効期限切れ、またはご利用限度額の超過などが考えられます）。

このため、誠に勝手ながら、下記のご注文をキャンセルさせていただきました。このご注文について代金が請求されることはありません。

  シャープ 加湿空気清浄機 プラズマクラスター KI-RS40-W
  数量: 1
  価格: ￥32,800

引き続き商品をご希望の場合は、お支払い方法をご確認のうえ、あらためてご注文ください。
お支払い方法の管理:
{JU}/cpe/yourpayments/wallet

注文履歴:
{JU}/gp/css/order-history

Amazon.co.jpのまたのご利用をお待ちしております。

Amazon.co.jp
{JU}/

--------------------------------------------------------------------
Amazon.co.jpが、Eメールでお客様のパスワード、クレジットカード番号、銀行口座情報をお尋ねすることはありません。
クレジットカードの番号や有効期限が変更された場合は、アカウントサービスの「お支払い方法」から更新してください。
Amazon.co.jpを装った不審なEメールを受け取った場合は、リンクを開かずにご報告ください:
{JU}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A
このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
""", cs="iso-2022-jp", cte="7bit", extra=AMZ_HDR))

o = onum("249")
t, h = amz("ja", JP, "ご注文のキャンセルについて", o, "鈴木 健一", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "ご注文いただいた下記の商品につきまして、システムの不具合により、商品ページに誤った価格が表示されていたことが判明いたしました。",
    "正しい価格は￥89,800であり、表示されていた￥8,980は誤りでした。誠に申し訳ございませんが、誤った価格でのご注文はお受けできないため、ご注文をキャンセルさせていただきました。",
    "お客様のお支払い方法への請求は行われておりません。クーポンやAmazonポイントをご利用の場合は、アカウントに返還されます。",
    "正しい価格でのご購入をご希望の場合は、あらためて商品ページからご注文ください。このたびはご迷惑をおかけし、大変申し訳ございません。",
], items=[("Apple iPad Air (11インチ, M2) Wi-Fi 128GB スペースグレイ", 1, "￥8,980")])
ENTRIES.append(E("notice", "ja", "technical_issue", True, JP, "pricing error caused by system fault; html only base64; auth pass",
                 ("Amazon.co.jp", "order-update@amazon.co.jp"), ("鈴木 健一", "k.suzuki@nifty.com"),
                 "ご注文商品の価格表示の誤りに関するお知らせとキャンセルについて", "html", None, h, cte="base64",
                 auth=auth_pass(JP), extra=AMZ_HDR))

o = onum("250")
t, h = amz("ja", JP, "アカウントの一時保留とご注文のキャンセル", o, "高橋 由美", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "お客様のアカウントで通常とは異なるアクティビティが検出されたため、お客様とAmazon.co.jpを保護する目的で、アカウントを一時的に保留にいたしました。これに伴い、保留中の下記のご注文はキャンセルされました。",
    "アカウントを再開するには、このEメールのリンクは使用せず、ブラウザーまたはAmazonショッピングアプリから直接Amazon.co.jpにサインインし、画面の案内に従ってご本人確認とお支払い方法の確認を完了してください。",
    "ご本人確認が完了するまで、新規のご注文はお受けできません。キャンセルされたご注文の代金は請求されません。",
], items=[("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック", 1, "￥49,500"),
          ("Anker PowerCore 10000 モバイルバッテリー", 2, "￥2,990")])
ENTRIES.append(E("notice", "ja", "fraud_prevention", True, JP, "unusual activity, account on hold; item title contains ノイズキャンセリング; alt base64; no auth",
                 ("Amazon.co.jp", "account-update@amazon.co.jp"), ("高橋 由美", "yumi.takahashi@icloud.com"),
                 "Amazon.co.jp: アカウントの一時保留とご注文のキャンセルについて", "alt", t, h, cte="base64",
                 extra=AMZ_HDR))

o = onum("503")
ENTRIES.append(E("notice", "ja", "customer_request", True, JP, "customer cancelled item, 'キャンセル理由: お客様によるキャンセル'; text 8bit; auth pass",
                 ("Amazon.co.jp", "auto-confirm@amazon.co.jp"), ("田中 翔", "sho.tanaka@outlook.jp"),
                 f"Amazon.co.jp ご注文のキャンセルを承りました (注文番号 {o})", "text", f"""Amazon.co.jp キャンセルのご確認
注文番号 #{o}
{JU}/ref=TE_tex_g
___________________________________________________________________________

田中 翔 様

Amazon.co.jpをご利用いただき、ありがとうございます。
お客様からのご依頼により、以下の商品のキャンセルを承りました。

キャンセル理由: お客様によるキャンセル

  キングジム ラベルライター テプラPRO SR-R2500P
  数量: 1
  価格: ￥6,280

この商品の代金は請求されません。ご注文内容の残りの商品は、そのまま発送されます。
ご注文内容は注文履歴からご確認いただけます:
{JU}/gp/css/order-history

___________________________________________________________________________

Amazon.co.jpのまたのご利用をお待ちしております。
Amazon.co.jp

Amazon.co.jpが、Eメールでお客様のパスワード、クレジットカード番号、銀行口座情報をお尋ねすることはありません。
クレジットカードの番号や有効期限が変更された場合は、アカウントサービスの「お支払い方法」から更新してください: {JU}/cpe/yourpayments/wallet
不審なEメールの報告: {JU}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A
このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
""", cte="8bit", auth=auth_pass(JP), extra=AMZ_HDR))

o = onum("249")
t, h = amz("ja", JP, "ご注文のキャンセル", o, "伊藤 彩", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    f"ご注文 {o} の下記の商品はキャンセルされました。",
    "この商品の代金は請求されません。ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。",
], items=[("象印 圧力IH炊飯器 極め炊き NW-JX10-BA 5.5合炊き", 1, "￥27,800")])
ENTRIES.append(E("notice", "ja", "unknown", False, JP, "no reason given; alt: iso-2022-jp text + utf-8 qp html; no auth",
                 ("Amazon.co.jp", "order-update@amazon.co.jp"), ("伊藤 彩", "aya.ito.0512@gmail.com"),
                 "ご注文の商品がキャンセルされました", "alt", t, h, cs="iso-2022-jp", cte="7bit",
                 html_cs="utf-8", html_cte="qp", subj_cs="iso-2022-jp", extra=AMZ_HDR))

# ---------------- ja lookalikes
ENTRIES.append(E("lookalike", "ja", "fraud_prevention", True, None, "gmail sender, callback phone number, malformed order no, crude",
                 ("Amazon カスタマーサービス", "amazon.jp.cs.center2024@gmail.com"), ("", "taro.yamada.84@gmail.com"),
                 "【緊急】Amazonご注文がキャンセルされました！至急お電話ください", "text", """Amazon お客様

お客様のアカウントで不正なログインが検出されました。安全のため、ご注文（注文番号：AMZ-JP-4471893）はキャンセルされました。

キャンセルされた金額：￥58,900
商品：Apple AirPods Pro 第2世代 ×2

このご注文にお心当たりがない場合、または返金を受け取るには、24時間以内に下記のAmazonサポートセンターまでお電話ください。
お電話いただけない場合、お客様のアカウントは永久に停止されます。

Amazonサポートセンター（24時間対応）
☎ 050-3187-4462

担当者がリモートで返金手続きをご案内いたします。

Amazon.co.jp セキュリティ部
""", cte="base64", auth="mx.google.com; dkim=pass header.i=@gmail.com header.s=20230601 header.b=Qk9a; spf=pass smtp.mailfrom=amazon.jp.cs.center2024@gmail.com; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
                 received="vps:mail-sor-f41.google.com", tz=9))

t, h = amz("ja", JP, "アカウント停止のお知らせ", None, "お客様", [
    "お客様のAmazonアカウントは、ご登録情報の確認ができなかったため一時停止されました。これに伴い、処理中のご注文はすべてキャンセルされました。",
    "アカウントを復旧し、キャンセルされたご注文を再開するには、以下の確認コードを使用して48時間以内にご本人確認を行ってください。",
    "<b>確認コード: 739 204</b>",
    "期限内に確認が完了しない場合、アカウントは永久に閉鎖され、未払い残高が請求される場合があります。",
], cta=("https://www.amazon.co.jp/ap/signin", "http://amazon-orders.help/jp/verify?session=8f3a1c77d2"),
    base="http://amazon-orders.help/jp")
ENTRIES.append(E("lookalike", "ja", "fraud_prevention", True, None, "amazon-orders.help; suspended + code; link text shows amazon.co.jp, href elsewhere; no order no",
                 ("Amazon.co.jp", "no-reply@amazon-orders.help"), ("", "misaki.sato@docomo.ne.jp"),
                 "Amazonアカウント停止のお知らせ：ご注文はキャンセルされました", "html", None, h, cte="qp",
                 received="vps:amazon-orders.help", tz=8))

ENTRIES.append(E("lookalike", "ja", "payment_issue", True, None, "amaz0n-jp.com; reply with card details; will be cancelled in 24h; malformed order no; iso-2022-jp",
                 ("Amazon.co.jp", "billing@amaz0n-jp.com"), ("鈴木 健一", "k.suzuki@nifty.com"),
                 "ご注文は24時間以内にキャンセルされます - お支払い情報の確認", "text", """鈴木 健一 様

Amazon.co.jpをご利用いただき、ありがとうございます。
ご注文（注文番号 250-8841273-66190）のお支払いにご利用のクレジットカードが承認されませんでした。

24時間以内にお支払い情報をご確認いただけない場合、ご注文は自動的にキャンセルされます。

お手数ですが、このメールに直接ご返信のうえ、以下の情報をお知らせください。

・カード名義人：
・カード番号（16桁）：
・有効期限（月/年）：
・セキュリティコード（裏面3桁）：
・生年月日：

確認が完了次第、ご注文は通常どおり発送されます。

Amazon.co.jp 請求チーム
""", cs="iso-2022-jp", cte="7bit", reply_to=("Amazon.co.jp", "billing@amaz0n-jp.com"),
                 received="vps:mail.amaz0n-jp.com", tz=9))

bad = "249-3318204-557102"
t, h = amz("ja", JP, "ご注文のキャンセル", bad, "高橋 由美", [
    "Amazon.co.jpをご利用いただき、ありがとうございます。",
    "誠に申し訳ございませんが、ご注文の商品は在庫切れのため発送できず、ご注文はキャンセルされました。",
    "ご返金を受け取るには、72時間以内に返金手続きページでお支払い情報を再入力してください。手続きが行われない場合、返金は処理されません。",
], items=[("Nintendo Switch（有機ELモデル） ホワイト", 1, "￥37,980")],
    cta=("返金手続きを行う", "https://amazon.co.jp.order-status-check.com/refund/jp?id=249331820455"),
    base="https://amazon.co.jp.order-status-check.com")
ENTRIES.append(E("lookalike", "ja", "inventory_shortage", True, None, "Cyrillic А in display name; amazon.co.jp.order-status-check.com; polished copy of template; order no last group 6 digits",
                 ("Аmazon.co.jp", "order-update@amazon.co.jp.order-status-check.com"), ("高橋 由美", "yumi.takahashi@icloud.com"),
                 f"Amazon.co.jp ご注文のキャンセル: 注文番号 {bad}", "alt", t, h, cte="qp",
                 received="vps:order-status-check.com", tz=0))

o = onum("503")
t, h = amz("ja", JP, "ご注文のキャンセルについて", o, "田中 翔", [
    "ご注文いただいた商品について、システムエラーにより誤った価格が表示されていたため、ご注文はキャンセルされました。",
    "お詫びとして、Amazonポイント3,000ポイントを付与いたします。ポイントを受け取るには、下記のボタンからサインインし、お支払い方法を再確認してください。",
    "ポイントの受け取り期限は本日23:59までです。",
], items=[("Dyson V12 Detect Slim コードレス掃除機", 1, "￥9,980")],
    cta=("ポイントを受け取る", "https://amazon-co-jp-support.com/ap/signin?openid=jp&ref=pt3000"),
    base="https://amazon-co-jp-support.com")
ENTRIES.append(E("lookalike", "ja", "technical_issue", True, None, "amazon-co-jp-support.com with its own dkim/dmarc pass; pricing-error story; well-formed order no; polished",
                 ("Amazon.co.jp", "order-update@amazon-co-jp-support.com"), ("田中 翔", "sho.tanaka@outlook.jp"),
                 "ご注文商品の価格誤りによるキャンセルのお知らせ", "html", None, h, cte="base64",
                 auth="mx.google.com; dkim=pass header.d=amazon-co-jp-support.com header.i=@amazon-co-jp-support.com header.s=default; spf=pass smtp.mailfrom=bounce@amazon-co-jp-support.com; dmarc=pass (p=NONE) header.from=amazon-co-jp-support.com",
                 received="vps:mail.amazon-co-jp-support.com", tz=9))

ENTRIES.append(E("lookalike", "ja", "unknown", True, None, "outlook.jp free mail; machine-translated; address problem, order will be cancelled unless updated; malformed order no",
                 ("Amazon Japan", "amazon-japan-delivery@outlook.jp"), ("", "aya.ito.0512@gmail.com"),
                 "Amazon: お客様の注文はキャンセルされるでしょう", "text", """親愛なる顧客、

あなたのAmazonの注文は配達できませんでした。お客様の住所が不完全であるため、あなたの注文はキャンセルされるでしょう。

注文番号: #JP20241108-5531
金額: 12,800円

注文がキャンセルされないために、以下のリンクをクリックして、住所と支払い情報を更新してください。

http://amzn-jp-redelivery.com/update

48時間以内に更新しない場合、注文はキャンセルされ、返金はされません。

ありがとう、
Amazonチーム
""", cte="qp", received="vps:mail-tyzapc01on2089.outbound.protection.outlook.com", tz=-5))

o = onum("250")
t, h = amz("ja", JP, "キャンセルリクエストの受付", o, "佐藤 美咲", [
    "お客様のご依頼により、以下のご注文のキャンセルを受け付けました。",
    "このキャンセルにお心当たりがない場合は、第三者がお客様のアカウントにアクセスした可能性があります。ただちに下記のリンクからキャンセルを取り消し、アカウントを保護してください。",
], items=[("Canon ミラーレス一眼カメラ EOS R50 ダブルズームキット", 1, "￥139,700")],
    cta=("キャンセルを取り消す", "https://amazon.co.jp-cancel.info/orders/restore?ref=2507730912"),
    base="https://amazon.co.jp-cancel.info")
ENTRIES.append(E("lookalike", "ja", "customer_request", True, None, "Greek omicron in display name; amazon.co.jp-cancel.info; 'if you did not request this cancellation click here'",
                 ("Amazοn.co.jp", "cancel@amazon.co.jp-cancel.info"), ("佐藤 美咲", "misaki.sato@docomo.ne.jp"),
                 f"キャンセルリクエストを受け付けました: ご注文 #{o}", "alt", t, h, cte="base64",
                 received="vps:amazon.co.jp-cancel.info", tz=9))

ENTRIES.append(E("lookalike", "ja", "unknown", False, None, "yahoo.co.jp free mail; no order no; no reason; crude; short link",
                 ("Amazon", "amazon_info_8812@yahoo.co.jp"), ("", "k.suzuki@nifty.com"),
                 "Amazon ご注文キャンセル", "text", """お客様

ご注文はキャンセルされました。

詳細は以下よりご確認ください。
https://x-amzjp.top/c/8812

Amazon
""", cte="8bit", received="vps:nmsmtp.mail.yahoo.co.jp", tz=9))

# ---------------- ja non-notices
ENTRIES.append(E("non_notice", "ja", None, False, None, "independent shop cancels its own order (out of stock); paid with Amazon Pay; iso-2022-jp",
                 ("北欧雑貨 リンネ", "order@linne-zakka.jp"), ("山田 太郎", "taro.yamada.84@gmail.com"),
                 "【北欧雑貨 リンネ】ご注文キャンセルのお知らせ（注文番号：LN-20241104-0312）", "text", """山田 太郎 様

この度は北欧雑貨 リンネをご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文いただきました下記商品が、メーカー欠品により入荷の見込みが立たなくなりました。
誠に勝手ながら、ご注文をキャンセルとさせていただきます。

【ご注文番号】LN-20241104-0312
【商品名】ARABIA パラティッシ プレート 21cm ブラック ×2
【お支払い方法】Amazon Pay

Amazon Payでのお支払いにつきましては、与信枠の確保を取り消しましたので、代金が請求されることはございません。
※Amazon Payの与信取消の反映には、カード会社により数日かかる場合がございます。
※本ご注文はAmazon.co.jpの注文履歴には表示されませんのでご了承ください。

再入荷の際は、メールマガジンにてお知らせいたします。
ご迷惑をおかけし、誠に申し訳ございません。

--------------------------------------------------
北欧雑貨 リンネ
〒150-0001 東京都渋谷区神宮前3-14-8
TEL: 03-6804-2291（平日10:00-17:00）
https://linne-zakka.jp/
--------------------------------------------------
""", cs="iso-2022-jp", cte="7bit", received="vps:mail.linne-zakka.jp", tz=9,
                 auth="mx.google.com; dkim=pass header.d=linne-zakka.jp header.i=@linne-zakka.jp; spf=pass smtp.mailfrom=linne-zakka.jp; dmarc=pass header.from=linne-zakka.jp"))

ENTRIES.append(E("non_notice", "ja", None, False, None, "colleague says he cancelled his own Amazon order (quotes a well-formed order no)",
                 ("中村 亮", "r.nakamura@tokiwa-design.co.jp"), ("佐藤 美咲", "m.sato@tokiwa-design.co.jp"),
                 "Re: 備品の発注について", "text", """佐藤さん

お疲れさまです、中村です。

先ほどのモニターアームの件、Amazonで注文していた分（注文番号 250-4471125-9038816）はキャンセルしました。
総務の方でまとめて発注してくれるとのことだったので、二重にならないようにこちらで取り消しています。
Amazonからキャンセル確認のメールも届いたので、請求は来ないはずです。

代わりにUSB-Cハブだけ自分で買っておきます。

よろしくお願いします。
中村

> 中村さん
> 総務でモニターアームをまとめて発注するそうなので、個別の注文は止めてもらえますか？
> 佐藤
""", cte="qp", received="vps:mail.tokiwa-design.co.jp", tz=9))

ENTRIES.append(E("non_notice", "ja", None, False, None, "security newsletter about fake Amazon cancellation mails; quotes phishing subjects",
                 ("セキュリティ通信 編集部", "newsletter@secure-tsushin.jp"), ("", "yumi.takahashi@icloud.com"),
                 "【セキュリティ通信 第212号】「ご注文がキャンセルされました」を装うAmazonなりすましメールに注意", "html", None, simple_html("""
<h2>「ご注文がキャンセルされました」を装うなりすましメールが急増</h2>
<p>このところ、Amazon.co.jpを装い、次のような件名のフィッシングメールが多数確認されています。</p>
<ul>
<li>「【Amazon】ご注文がキャンセルされました」</li>
<li>「お支払い方法に問題があるため、ご注文は24時間以内にキャンセルされます」</li>
<li>「Amazonアカウント停止のお知らせ：ご注文はキャンセルされました」</li>
</ul>
<p>本文のリンクから偽のサインインページに誘導し、IDやパスワード、クレジットカード情報を入力させる手口です。最近は電話番号を記載し、「返金手続き」と称して遠隔操作ソフトをインストールさせる例も報告されています。</p>
<h3>見分けるポイント</h3>
<ol>
<li>送信元アドレスのドメインを確認する（amazon.co.jp 以外、フリーメール、amaz0n などの類似ドメインは要注意）。</li>
<li>リンクにマウスを重ね、実際の移動先を確認する。</li>
<li>注文の状況は、メールのリンクではなく、アプリやブックマークから注文履歴を開いて確認する。</li>
</ol>
<p>Amazonがメールでカード番号やパスワードを尋ねることはありません。不審なメールは開かずに削除し、フィッシング対策協議会へ情報提供してください。</p>
<hr />
<p style="font-size:11px;color:#777;">セキュリティ通信は毎週火曜日に配信しています。配信停止は<a href="https://secure-tsushin.jp/unsubscribe?u=88121">こちら</a>。</p>
""", title="セキュリティ通信 第212号"), cte="base64", received="vps:mta01.secure-tsushin.jp", tz=9))

o = onum("503")
t, h = amz("ja", JP, "組立サービスの訪問予約のキャンセル", o, "伊藤 彩", [
    f"ご注文 {o} に付帯する組立・設置サービスの訪問予約（11月16日 午前9時から12時）は、作業担当業者の都合によりキャンセルとなりました。",
    "商品のご注文はキャンセルされておらず、予定どおりお届けいたします。お支払い済みのサービス料金はそのまま新しい予約に適用されます。",
    "新しい訪問日時は、下記のボタンからお選びください。ご迷惑をおかけし申し訳ございません。",
], items=[("山善 ワードローブ ハンガーラック 幅80cm ホワイト (組立サービス付き)", 1, "￥24,900")],
    items_heading="ご注文の商品（キャンセルされていません）",
    cta=("訪問日時を選び直す", f"{JU}/gp/your-account/services/appointments?ref_=TE_resched"))
ENTRIES.append(E("non_notice", "ja", None, False, None, "genuine Amazon: assembly service appointment cancelled, order itself not cancelled",
                 ("Amazon.co.jp", "no-reply@amazon.co.jp"), ("伊藤 彩", "aya.ito.0512@gmail.com"),
                 "Amazon.co.jp 組立サービスの訪問予約キャンセルのお知らせ", "alt", t, h, cte="qp",
                 auth=auth_pass(JP), extra=AMZ_HDR))

ENTRIES.append(E("non_notice", "ja", None, False, None, "Prime membership auto-renewal cancelled; iso-2022-jp",
                 ("Amazonプライム", "prime@amazon.co.jp"), ("田中 翔", "sho.tanaka@outlook.jp"),
                 "Amazonプライム会員資格のキャンセルが完了しました", "text", f"""田中 翔 様

Amazonプライムをご利用いただき、ありがとうございます。

お客様のご依頼により、Amazonプライム会員資格の自動更新をキャンセルしました。
現在の会員期間が終了する2024年12月3日までは、お急ぎ便やPrime Videoなどの会員特典を引き続きご利用いただけます。
それ以降、年会費は請求されません。

ご注文済みの商品やデジタルコンテンツには影響はありません。

会員資格はいつでも再開できます:
{JU}/gp/primecentral

Amazon.co.jp
Amazon.co.jpが、Eメールでお客様のパスワードやクレジットカード番号をお尋ねすることはありません。
このEメールアドレスは配信専用です。
""", cs="iso-2022-jp", cte="7bit", subj_cs="iso-2022-jp", extra=AMZ_HDR))

o = onum("249")
t, h = amz("ja", JP, "お支払い方法の更新が必要です", o, "鈴木 健一", [
    f"ご注文 {o} のお支払いについて、ご登録のクレジットカードがカード発行会社により承認されませんでした。",
    "現時点ではご注文はキャンセルされていません。2024年11月12日までにお支払い方法を更新していただけない場合、ご注文はキャンセルされます。",
    "更新するには、Amazon.co.jpにサインインし、注文履歴から該当のご注文を選択して「お支払い方法を更新する」をクリックしてください。",
], items=[("パナソニック 衣類スチーマー NI-FS790-K", 1, "￥14,800")],
    items_heading="お支払いが確認できていない商品",
    cta=("お支払い方法を更新する", f"{JU}/gp/css/order-history?ref_=TE_pmt_rev"))
ENTRIES.append(E("non_notice", "ja", None, False, None, "genuine payment reminder before cancellation ('will be cancelled if not updated')",
                 ("Amazon.co.jp", "payments-messages@amazon.co.jp"), ("鈴木 健一", "k.suzuki@nifty.com"),
                 f"お支払い方法の更新が必要です: ご注文 {o}", "alt", t, h, cte="base64",
                 auth=auth_pass(JP), extra=AMZ_HDR))

# ================================================================= TURKISH
TR = "amazon.com.tr"
TU = base_url(TR)

# ---------------- tr notices
o = onum("403")
t, h = amz("tr", TR, "Sipariş İptali", o, "Ayşe Yılmaz", [
    "Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
    "Maalesef aşağıdaki ürün stoklarımızda kalmadığı ve tedarikçimiz ürünü belirtilen süre içinde temin edemediği için siparişinizi iptal etmek zorunda kaldık.",
    "Bu ürün için sizden herhangi bir ücret alınmadı. Kartınızda görünen provizyon, bankanıza bağlı olarak birkaç iş günü içinde kaldırılacaktır.",
    "Ürün yeniden stoklara girdiğinde ürün sayfasından tekrar sipariş verebilirsiniz. Yaşattığımız aksaklık için özür dileriz.",
], items=[("Philips Airfryer XXL HD9650/90 Sıcak Hava Fritözü", 1, "7.499,00 TL")],
    cta=("Siparişlerime git", f"{TU}/gp/css/order-history?ref_=TE_ccl"), charset="iso-8859-9")
ENTRIES.append(E("notice", "tr", "inventory_shortage", True, TR, "out of stock, supplier could not deliver; alt iso-8859-9 qp; auth pass",
                 ("Amazon.com.tr", "auto-confirm@amazon.com.tr"), ("Ayşe Yılmaz", "ayse.yilmaz@gmail.com"),
                 f"Amazon.com.tr siparişiniz #{o} iptal edildi", "alt", t, h, cs="iso-8859-9", cte="qp",
                 auth=auth_pass(TR), extra=AMZ_HDR))

o = onum("405")
ENTRIES.append(E("notice", "tr", "payment_issue", True, TR, "card declined, payment revision not made in time; text base64; no auth",
                 ("Amazon.com.tr", "payments-messages@amazon.com.tr"), ("Mehmet Demir", "mehmet.demir@hotmail.com"),
                 "Siparişinizdeki ürünler iptal edildi: ödeme alınamadı", "text", f"""Amazon.com.tr
Sipariş No. #{o}
___________________________________________________________________________

Merhaba Mehmet Demir,

{o} numaralı siparişiniz için kayıtlı kartınızdan ödeme alamadık. Bankanız işlemi onaylamadı; kartınızın süresi dolmuş ya da limiti yetersiz olabilir.

Daha önce size gönderdiğimiz e-postada belirtilen süre içinde ödeme bilgilerinizi güncellemediğiniz için siparişinizi iptal ettik. Sizden herhangi bir ücret alınmayacaktır.

İptal edilen ürünler:

    Dyson V8 Absolute Kablosuz Dikey Süpürge
    Adet: 1    Fiyat: 13.999,00 ₺

    Dyson Duvar Tipi Şarj İstasyonu
    Adet: 1    Fiyat: 1.249,00 ₺

Ürünleri hâlâ satın almak istiyorsanız, ödeme yönteminizi kontrol ettikten sonra yeni bir sipariş verebilirsiniz:
{TU}/cpe/yourpayments/wallet

___________________________________________________________________________

Sizi yeniden Amazon.com.tr'de görmeyi umuyoruz.
Amazon.com.tr

Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi sormaz.
Kart numaranız veya son kullanma tarihiniz değiştiyse, Hesabım > Ödeme Seçenekleri bölümünden güncelleyebilirsiniz.
Şüpheli e-postaları bildirin: {TU}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A
Bu e-posta, gelen iletileri kabul etmeyen bir adresten gönderilmiştir.
""", cte="base64", extra=AMZ_HDR))

o = onum("403")
t, h = amz("tr", TR, "Ürün İptali", o, "Elif Kaya", [
    "Teknik bir hata nedeniyle aşağıdaki ürün sitemizde yanlış bir fiyatla listelenmiştir. Ürünün doğru fiyatı 24.999,00 TL iken sipariş sırasında 2.499,00 TL olarak görüntülenmiştir.",
    "Bu nedenle siparişinizdeki bu ürünü iptal ettik. Ödeme yönteminizden herhangi bir ücret tahsil edilmedi.",
    "Ürünü doğru fiyattan satın almak isterseniz ürün sayfasını ziyaret edebilirsiniz. Yaşanan aksaklık için özür dileriz.",
], items=[("Samsung Galaxy Tab S9 FE 128 GB Wi-Fi Gri", 1, "2.499,00 TL")])
ENTRIES.append(E("notice", "tr", "technical_issue", True, TR, "listing price error; html only qp; auth pass",
                 ("Amazon.com.tr", "order-update@amazon.com.tr"), ("Elif Kaya", "elifkaya@yandex.com"),
                 "Amazon.com.tr siparişinizdeki 1 ürün iptal edildi", "html", None, h, cte="qp",
                 auth=auth_pass(TR), extra=AMZ_HDR))

o = onum("405")
t, h = amz("tr", TR, "Hesabınızla İlgili İşlem Gerekiyor", o, "Burak Şahin", [
    "Hesabınızda olağan dışı bir etkinlik tespit ettik. Sizi ve Amazon.com.tr'yi korumak amacıyla hesabınızı geçici olarak beklemeye aldık ve bekleyen siparişinizi iptal ettik.",
    "Hesabınızı yeniden etkinleştirmek için bu e-postadaki bağlantıları kullanmak yerine, tarayıcınızdan veya Amazon Alışveriş uygulamasından doğrudan Amazon.com.tr'de oturum açın ve kimlik ile ödeme bilgisi doğrulama adımlarını tamamlayın.",
    "Doğrulama tamamlanana kadar yeni sipariş veremezsiniz. İptal edilen sipariş için sizden ücret alınmayacaktır.",
], items=[("Apple iPhone 15 128 GB Siyah", 1, "52.999,00 ₺")])
ENTRIES.append(E("notice", "tr", "fraud_prevention", True, TR, "unusual activity, account on hold, order cancelled; alt 8bit; no auth",
                 ("Amazon.com.tr", "cs-reply@amazon.com.tr"), ("Burak Şahin", "buraksahin@gmail.com"),
                 "Hesabınızla ilgili işlem gerekiyor: siparişiniz iptal edildi", "alt", t, h, cte="8bit",
                 extra=AMZ_HDR))

o = onum("403")
ENTRIES.append(E("notice", "tr", "customer_request", True, TR, "customer-initiated item cancellation, 'İptal nedeni: Müşteri tarafından iptal edildi'; text iso-8859-9 8bit; auth pass",
                 ("Amazon.com.tr", "auto-confirm@amazon.com.tr"), ("Zeynep Çelik", "zeynep.celik@outlook.com"),
                 "Başarılı iptal: Amazon.com.tr siparişinizdeki ürün iptal edildi", "text", f"""Amazon.com.tr İptal Onayı
Sipariş No. #{o}
{TU}/ref=TE_tex_g
___________________________________________________________________________

Merhaba Zeynep Çelik,

Talebiniz üzerine aşağıdaki ürün siparişinizden iptal edilmiştir.

İptal nedeni: Müşteri tarafından iptal edildi

    Logitech MX Master 3S Kablosuz Mouse, Grafit
    Adet: 1    Fiyat: 3.299,00 TL

Bu ürün için sizden ücret alınmayacaktır. Siparişinizdeki diğer ürünler planlandığı şekilde gönderilecektir.
Siparişinizi görüntülemek için: {TU}/gp/css/order-history

___________________________________________________________________________

Sizi yeniden Amazon.com.tr'de görmeyi umuyoruz.
Amazon.com.tr

Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi sormaz.
Kart numaranız değiştiyse Hesabım bölümünden güncelleyin: {TU}/cpe/yourpayments/wallet
Şüpheli bir e-posta mı aldınız? Bildirin: {TU}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A
Bu e-postayı yanıtlamayın.
""", cs="iso-8859-9", cte="8bit", auth=auth_pass(TR), extra=AMZ_HDR))

o = onum("405")
t, h = amz("tr", TR, "Sipariş İptali", o, "Emre Aydın", [
    "Siparişiniz, belirttiğiniz teslimat adresine teslim edilemediği için iptal edildi. Kargo firması adresin eksik olduğunu ve alıcıya ulaşılamadığını bildirdi.",
    "Ürün depomuza geri ulaştığında ödemeniz iade edilecektir. İade, bankanıza bağlı olarak 5-10 iş günü içinde hesabınıza yansır.",
    "Adres defterinizdeki bilgileri kontrol ettikten sonra yeniden sipariş verebilirsiniz.",
], items=[("Tefal Ingenio 13 Parça Tencere Seti", 1, "4.650,00 ₺")],
    cta=("Adreslerimi yönet", f"{TU}/a/addresses?ref_=TE_addr"))
ENTRIES.append(E("notice", "tr", "unknown", True, TR, "cancelled because address undeliverable (fits none of the four); alt base64; no auth",
                 ("Amazon.com.tr", "order-update@amazon.com.tr"), ("Emre Aydın", "emre.aydin@icloud.com"),
                 f"Amazon.com.tr siparişiniz #{o} iptal edildi", "alt", t, h, cte="base64", extra=AMZ_HDR))

# ---------------- tr lookalikes
ENTRIES.append(E("lookalike", "tr", "fraud_prevention", True, None, "gmail sender; callback phone number; malformed order no; crude threats",
                 ("Amazon Türkiye Destek", "amazontr.destekmerkezi@gmail.com"), ("", "ayse.yilmaz@gmail.com"),
                 "ACİL: Amazon siparişiniz iptal edildi - Hemen arayın", "text", """Sayın Müşterimiz,

Hesabınızda şüpheli bir giriş tespit edildi ve 8.749 TL tutarındaki siparişiniz (Sipariş No: TR-88271-AMZ) güvenlik nedeniyle iptal edildi.

İade almak için veya bu işlemi siz yapmadıysanız 0850 305 41 87 numaralı destek hattımızı 12 saat içinde arayın.
Aksi takdirde hesabınız kalıcı olarak kapatılacak ve tutar iade edilmeyecektir.

Müşteri temsilcimiz iade işlemini telefonda sizinle birlikte tamamlayacaktır.

Amazon Güvenlik Ekibi
""", cte="qp", received="vps:mail-sor-f65.google.com", tz=3,
                 auth="mx.google.com; dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=amazontr.destekmerkezi@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"))

t, h = amz("tr", TR, "Hesabınız Askıya Alındı", None, "Değerli Müşterimiz", [
    "Hesap bilgileriniz doğrulanamadığı için Amazon hesabınız askıya alındı ve işlemdeki tüm siparişleriniz iptal edildi.",
    "Hesabınızı yeniden açmak ve siparişlerinizi geri yüklemek için aşağıdaki doğrulama kodunu 24 saat içinde kullanın:",
    "<b>Doğrulama kodu: 58 31 07</b>",
    "Süre içinde doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.",
], cta=("https://www.amazon.com.tr/hesabim", "http://amazon-siparis.help/tr/dogrula?sid=c4e91a0b"),
    base="http://amazon-siparis.help/tr")
ENTRIES.append(E("lookalike", "tr", "fraud_prevention", True, None, "amazon-siparis.help; account suspended, orders cancelled, use this code; link text amazon.com.tr, href elsewhere; no order no",
                 ("Amazon.com.tr", "bildirim@amazon-siparis.help"), ("", "mehmet.demir@hotmail.com"),
                 "Hesabınız askıya alındı - siparişleriniz iptal edildi", "html", None, h, cte="qp",
                 received="vps:amazon-siparis.help", tz=3))

ENTRIES.append(E("lookalike", "tr", "payment_issue", True, None, "outlook.com free mail; reply with card details; order will be cancelled; malformed order no; iso-8859-9",
                 ("Amazon Odeme Birimi", "amazon.odeme.birimi@outlook.com"), ("Elif Kaya", "elifkaya@yandex.com"),
                 "Siparişiniz iptal edilecek - ödeme bilgilerinizi yanıtlayın", "text", """Sayın Elif Kaya,

405-2291834-88 numaralı siparişinizin ödemesi bankanız tarafından reddedildi.

Siparişinizin iptal edilmemesi için bu e-postayı aşağıdaki bilgilerle yanıtlamanız gerekmektedir:

Kart sahibinin adı:
Kart numarası:
Son kullanma tarihi (AA/YY):
CVV (kartın arkasındaki 3 hane):
T.C. Kimlik No:

Bilgileriniz 24 saat içinde bize ulaşmazsa siparişiniz otomatik olarak iptal edilecektir.

Saygılarımızla,
Amazon.com.tr Ödeme Birimi
""", cs="iso-8859-9", cte="qp", received="vps:mail-am6eur05olkn2011.outbound.protection.outlook.com", tz=1))

o = onum("403")
t, h = amz("tr", TR, "Sipariş İptali", o, "Burak Şahin", [
    "Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
    "Maalesef siparişinizdeki ürün stokta kalmadığı için siparişiniz iptal edildi.",
    "Ödemenizin iadesini alabilmek için 48 saat içinde iade formunu doldurarak kart bilgilerinizi onaylamanız gerekmektedir. Aksi halde iade işlemi gerçekleştirilemez.",
], items=[("Sony PlayStation 5 Slim Konsol 1 TB", 1, "21.999,00 ₺")],
    cta=("İade formunu doldur", "https://amazon.com.tr.iptal-merkezi.xyz/iade?o=" + o.replace("-", "")),
    base="https://amazon.com.tr.iptal-merkezi.xyz")
ENTRIES.append(E("lookalike", "tr", "inventory_shortage", True, None, "Cyrillic о in display name; amazon.com.tr.iptal-merkezi.xyz; polished; refund form asks card data",
                 ("Amazоn.com.tr", "siparis@amazon.com.tr.iptal-merkezi.xyz"), ("Burak Şahin", "buraksahin@gmail.com"),
                 f"Amazon.com.tr siparişiniz #{o} iptal edildi", "alt", t, h, cte="base64",
                 received="vps:mx.iptal-merkezi.xyz", tz=0))

t, h = amz("tr", TR, "Fiyat Hatası Bildirimi", "402-83921-11", "Zeynep Çelik", [
    "Sistemimizde oluşan bir fiyatlandırma hatası nedeniyle siparişiniz 24 saat içinde iptal edilecektir.",
    "Siparişinizi eski fiyattan korumak istiyorsanız, aşağıdaki bağlantıdan oturum açarak siparişinizi onaylayın.",
], items=[("Xiaomi Robot Vacuum S10+", 1, "1.199,00 TL")],
    cta=("Siparişimi onayla", "https://amaz0n.com.tr/ap/signin?return=order-confirm"),
    base="https://amaz0n.com.tr")
ENTRIES.append(E("lookalike", "tr", "technical_issue", True, None, "amaz0n.com.tr; pricing error, order will be cancelled unless you sign in; malformed order no",
                 ("Amazon.com.tr", "no-reply@amaz0n.com.tr"), ("Zeynep Çelik", "zeynep.celik@outlook.com"),
                 "Siparişiniz iptal edilecek: fiyat hatası", "html", None, h, cte="base64",
                 received="vps:mail.amaz0n.com.tr", tz=3))

ENTRIES.append(E("lookalike", "tr", "unknown", False, None, "yahoo free mail; no order no; no reason; crude, mostly ASCII Turkish",
                 ("Amazon", "amazon.bilgi2024@yahoo.com"), ("", "emre.aydin@icloud.com"),
                 "Siparis iptal", "text", """Sayın musteri,

siparisiniz iptal edildi.

Detaylar icin tiklayin: http://amzn-tr.click/x9

Amazon
""", cte="8bit", received="vps:sonic317-21.consmr.mail.ir2.yahoo.com", tz=3))

o = onum("405")
t, h = amz("tr", TR, "İptal Talebiniz Alındı", o, "Ayşe Yılmaz", [
    "Talebiniz üzerine aşağıdaki siparişinizin iptal işlemi başlatılmıştır.",
    "Bu talebi siz oluşturmadıysanız, hesabınıza yetkisiz erişim sağlanmış olabilir. İptali durdurmak ve hesabınızı güvenceye almak için hemen aşağıdaki butona tıklayın.",
], items=[("Apple Watch Series 9 GPS 45 mm", 1, "16.499,00 ₺")],
    cta=("İptali durdur", "https://amzn-tr-guvenlik.com/iptal/durdur?id=" + o),
    base="https://amzn-tr-guvenlik.com")
ENTRIES.append(E("lookalike", "tr", "customer_request", True, None, "Greek Alpha in display name; amzn-tr-guvenlik.com with own dkim/dmarc pass; 'if you did not request this cancellation'",
                 ("Αmazon.com.tr", "destek@amzn-tr-guvenlik.com"), ("Ayşe Yılmaz", "ayse.yilmaz@gmail.com"),
                 "İptal talebiniz alındı: Sipariş #" + o, "alt", t, h, cte="qp",
                 auth="mx.google.com; dkim=pass header.d=amzn-tr-guvenlik.com header.i=@amzn-tr-guvenlik.com header.s=mail; spf=pass smtp.mailfrom=amzn-tr-guvenlik.com; dmarc=pass (p=NONE) header.from=amzn-tr-guvenlik.com",
                 received="vps:mail.amzn-tr-guvenlik.com", tz=3))

o = onum("403")
t, h = amz("tr", TR, "Ödeme Sorunu", o, "Mehmet Demir", [
    "Siparişiniz için ödeme alınamadı. Ödeme bilgilerinizi 24 saat içinde güncellemezseniz siparişiniz iptal edilecektir.",
    "Ödeme bilgilerinizi güncellemek için aşağıdaki bağlantıyı kullanın.",
], items=[("Bosch Serie 4 Bulaşık Makinesi SMS4HVI33E", 1, "23.499,00 TL")],
    cta=("https://www.amazon.com.tr/cpe/yourpayments/wallet", "http://185.212.47.9/amazon/tr/wallet.php"),
    charset="iso-8859-9")
ENTRIES.append(E("lookalike", "tr", "payment_issue", True, None, "spoofed From amazon.com.tr, dmarc=fail, gmail Reply-To; link text wallet url, href raw IP; order will be cancelled; iso-8859-9",
                 ("Amazon.com.tr", "order-update@amazon.com.tr"), ("Mehmet Demir", "mehmet.demir@hotmail.com"),
                 "Ödeme sorunu: siparişiniz iptal edilecek", "alt", t, h, cs="iso-8859-9", cte="qp",
                 reply_to=("Amazon Destek", "amazon.tr.odeme@gmail.com"),
                 auth="mx.google.com; dkim=none; spf=fail (google.com: domain of order-update@amazon.com.tr does not designate 185.212.47.9 as permitted sender) smtp.mailfrom=order-update@amazon.com.tr; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com.tr",
                 received="vps:vps-47-9.hostkey.example@185.212.47.9", tz=0, return_path="order-update@amazon.com.tr"))

# ---------------- tr non-notices
ENTRIES.append(E("non_notice", "tr", None, False, None, "MediaMarkt cancels its own order (out of stock); price guarantee mentions Amazon.com.tr; iso-8859-9",
                 ("MediaMarkt", "siparis@mediamarkt.com.tr"), ("Elif Kaya", "elifkaya@yandex.com"),
                 "Siparişiniz iptal edildi - Sipariş No: 1098827361", "text", """Merhaba Elif Kaya,

1098827361 numaralı siparişinizdeki aşağıdaki ürün, tedarik sorunu nedeniyle stoklarımızda kalmadığı için iptal edilmiştir:

  Apple AirPods Pro (2. nesil) USB-C
  Adet: 1 - Tutar: 8.999,00 TL

Ödemeniz kartınıza iade edilmiştir; iadenin hesabınıza yansıması bankanıza bağlı olarak 2-7 iş günü sürebilir.

Fiyat Garantisi: Satın aldığınız bir ürünü 14 gün içinde Amazon.com.tr, Hepsiburada veya Trendyol gibi bir yetkili satıcıda daha uygun fiyata bulursanız, fiyat farkını iade ediyoruz.

Sorularınız için: 0850 222 77 00

MediaMarkt Türkiye
www.mediamarkt.com.tr
""", cs="iso-8859-9", cte="qp", received="vps:mail.mediamarkt.com.tr", tz=3,
                 auth="mx.google.com; dkim=pass header.d=mediamarkt.com.tr; spf=pass smtp.mailfrom=mediamarkt.com.tr; dmarc=pass header.from=mediamarkt.com.tr"))

ENTRIES.append(E("non_notice", "tr", None, False, None, "friend writes he cancelled his Amazon order",
                 ("Can Öztürk", "canozturk92@gmail.com"), ("Burak Şahin", "buraksahin@gmail.com"),
                 "kulaklık meselesi", "text", """Selam Burak,

Amazon'dan aldığım kulaklığı iptal ettim, senin önerdiğin modeli alacağım. Kargoya verilmeden iptal edince para direkt karta geri yatıyormuş, sorun çıkmadı.

Bu arada geçen gün "siparişiniz iptal edildi, hemen arayın" diye bir SMS geldi, tamamen dolandırıcılık. Sakın öyle bir şeye tıklama.

Cumartesi maça geliyor musun?

Can
""", cte="8bit", received="vps:mail-sor-f69.google.com", tz=3))

ENTRIES.append(E("non_notice", "tr", None, False, None, "bank security bulletin quoting fake Amazon cancellation subjects",
                 ("Örnekbank Güvenli Bankacılık", "bulten@ornekbank.com.tr"), ("", "zeynep.celik@outlook.com"),
                 "Güvenli Bankacılık Bülteni: Sahte 'sipariş iptali' e-postalarına dikkat", "html", None, simple_html("""
<h2>Sahte "sipariş iptali" e-postalarına dikkat</h2>
<p>Son haftalarda müşterilerimize, tanınmış alışveriş sitelerinden geliyormuş gibi görünen sahte e-postalar gönderildiğini tespit ettik. Bu e-postaların konu satırları genellikle şöyledir:</p>
<ul>
<li>"Amazon siparişiniz iptal edildi - hemen doğrulayın"</li>
<li>"Hesabınız askıya alındı, siparişleriniz iptal edilecek"</li>
<li>"Ödemeniz reddedildi, kart bilgilerinizi yanıtlayın"</li>
</ul>
<p>Dolandırıcılar, e-postadaki bağlantıya tıklamanızı, bir telefon numarasını aramanızı ya da kart bilgilerinizi yanıt olarak göndermenizi ister.</p>
<p><b>Örnekbank hiçbir zaman e-posta veya SMS ile şifrenizi, kart numaranızı veya CVV kodunuzu istemez.</b> Siparişlerinizi her zaman ilgili sitenin resmi uygulamasından kontrol edin.</p>
<p style="font-size:11px;color:#777;">Bu bülteni almak istemiyorsanız <a href="https://www.ornekbank.com.tr/bulten/iptal">buradan</a> aboneliğinizi sonlandırabilirsiniz.</p>
""", charset="utf-8", lang="tr", title="Güvenli Bankacılık Bülteni"), cte="base64", received="vps:mta2.ornekbank.com.tr", tz=3))

o = onum("405")
t, h = amz("tr", TR, "Teslimat Randevunuz İptal Edildi", o, "Emre Aydın", [
    "Büyük ürün teslimatınız için 14 Kasım tarihinde 09:00-13:00 arasına planlanan teslimat randevusu, kurulum ekibinin müsaitlik durumu nedeniyle iptal edildi.",
    "Siparişiniz iptal edilmedi ve geçerliliğini koruyor. Lütfen aşağıdaki bağlantıdan size uygun yeni bir teslimat randevusu seçin.",
], items=[("Arçelik 9 kg Çamaşır Makinesi 9120 M", 1, "18.999,00 ₺")],
    items_heading="Siparişinizdeki ürün (iptal edilmedi)",
    cta=("Yeni randevu seç", f"{TU}/gp/your-account/ship-track?ref_=TE_resched"))
ENTRIES.append(E("non_notice", "tr", None, False, None, "genuine Amazon: delivery appointment cancelled, order still valid",
                 ("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), ("Emre Aydın", "emre.aydin@icloud.com"),
                 "Teslimat randevunuz iptal edildi - yeni bir randevu seçin", "alt", t, h, cte="qp",
                 auth=auth_pass(TR), extra=AMZ_HDR))

ENTRIES.append(E("non_notice", "tr", None, False, None, "Prime membership cancelled; iso-8859-9 text",
                 ("Amazon Prime", "prime@amazon.com.tr"), ("Ayşe Yılmaz", "ayse.yilmaz@gmail.com"),
                 "Amazon Prime üyeliğiniz iptal edildi", "text", f"""Merhaba Ayşe Yılmaz,

Talebiniz üzerine Amazon Prime üyeliğiniz iptal edildi. Üyeliğiniz otomatik olarak yenilenmeyecek ve sizden aylık üyelik ücreti alınmayacaktır.

Prime avantajlarından (ücretsiz hızlı kargo, Prime Video, Prime Gaming) mevcut dönemin sonu olan 2 Aralık 2024 tarihine kadar yararlanmaya devam edebilirsiniz.

Verdiğiniz siparişler bu değişiklikten etkilenmez.

Prime'a istediğiniz zaman yeniden katılabilirsiniz: {TU}/prime

Amazon.com.tr
Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi veya kart bilgilerinizi sormaz.
""", cs="iso-8859-9", cte="qp", extra=AMZ_HDR))

o = onum("403")
t, h = amz("tr", TR, "Ödeme Yönteminizi Güncelleyin", o, "Zeynep Çelik", [
    f"{o} numaralı siparişinizin ödemesi bankanız tarafından onaylanmadı.",
    "Siparişiniz henüz iptal edilmedi. 18 Kasım 2024 tarihine kadar ödeme yönteminizi güncellemezseniz siparişiniz iptal edilecektir.",
    "Güncellemek için Amazon.com.tr'de oturum açın, Siparişlerim bölümünde bu siparişi seçin ve \"Ödeme yöntemini güncelle\" seçeneğine tıklayın.",
], items=[("Kindle Paperwhite 16 GB", 1, "5.499,00 ₺")], items_heading="Ödemesi bekleyen ürün",
    cta=("Ödeme yöntemini güncelle", f"{TU}/gp/css/order-history?ref_=TE_pmt_rev"))
ENTRIES.append(E("non_notice", "tr", None, False, None, "genuine payment reminder before cancellation",
                 ("Amazon.com.tr", "payments-messages@amazon.com.tr"), ("Zeynep Çelik", "zeynep.celik@outlook.com"),
                 f"İşlem gerekli: {o} numaralı siparişiniz için ödeme yöntemini güncelleyin", "alt", t, h, cte="base64",
                 auth=auth_pass(TR), extra=AMZ_HDR))

# ================================================================= ARABIC
SA, AE, EG = "amazon.sa", "amazon.ae", "amazon.eg"

# ---------------- ar notices
o = onum("408")
t, h = amz("ar", SA, "إلغاء الطلب", o, "أحمد العتيبي", [
    "شكراً لتسوقك من Amazon.sa.",
    "نأسف لإبلاغك بأنه تم إلغاء طلبك لأن المنتج التالي لم يعد متوفراً في المخزون، ولم يتمكن البائع من توفيره خلال المدة المحددة.",
    "لن يتم خصم أي مبلغ مقابل هذا المنتج. إذا ظهر مبلغ معلق على بطاقتك، فسيتم إلغاؤه تلقائياً خلال أيام عمل قليلة حسب البنك.",
    "قد يتوفر المنتج لدى بائعين آخرين؛ يمكنك التحقق من صفحة المنتج. نعتذر عن أي إزعاج.",
], items=[("سماعات سوني اللاسلكية WH-CH720N بخاصية إلغاء الضوضاء، أسود", 1, "449.00 ريال")],
    cta=("عرض طلباتك", f"{base_url(SA)}/gp/css/order-history?ref_=TE_ccl"))
ENTRIES.append(E("notice", "ar", "inventory_shortage", True, SA, "out of stock, seller could not supply; item title contains 'إلغاء الضوضاء'; alt qp; no auth",
                 ("Amazon.sa", "auto-confirm@amazon.sa"), ("أحمد العتيبي", "ahmed.alotaibi@gmail.com"),
                 f"تم إلغاء طلبك رقم {o} من Amazon.sa", "alt", t, h, cte="qp", extra=AMZ_HDR))

o = onum("171")
AEU = base_url(AE)
ENTRIES.append(E("notice", "ar", "payment_issue", True, AE, "card declined, payment not revised in time; text windows-1256 8bit; auth pass",
                 ("Amazon.ae", "payments-messages@amazon.ae"), ("محمد الشامسي", "m.alshamsi@outlook.com"),
                 "تم إلغاء طلبك: تعذرت معالجة الدفع", "text", f"""Amazon.ae
رقم الطلب #{o}
___________________________________________________________________________

مرحبا محمد الشامسي،

لم نتمكن من تحصيل المبلغ من بطاقتك المسجلة للطلب رقم {o}، إذ رفض البنك المصدر للبطاقة عملية الدفع. قد تكون البطاقة منتهية الصلاحية أو أن الرصيد غير كاف.

ولأنك لم تقم بتحديث معلومات الدفع خلال المهلة المحددة في رسالتنا السابقة، فقد قمنا بإلغاء طلبك. لن يتم خصم أي مبلغ منك.

المنتجات الملغاة:

    آلة قهوة نسبريسو فيرتو نكست، رمادي
    الكمية: 1    السعر: 699.00 درهم

إذا كنت لا تزال ترغب في شراء هذه المنتجات، يرجى التحقق من طريقة الدفع ثم تقديم طلب جديد:
{AEU}/cpe/yourpayments/wallet

___________________________________________________________________________

نتطلع إلى رؤيتك مرة أخرى على Amazon.ae.
Amazon.ae

لن تطلب منك Amazon.ae أبدا كلمة المرور أو رقم بطاقتك الائتمانية أو معلومات حسابك المصرفي عبر البريد الإلكتروني.
إذا تغير رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديثها من حسابك > خيارات الدفع.
للإبلاغ عن رسالة مشبوهة: {AEU}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A
تم إرسال هذه الرسالة من عنوان لا يستقبل الرسائل. يرجى عدم الرد.
""", cs="windows-1256", cte="8bit", subj_cs="utf-8", auth=auth_pass(AE), extra=AMZ_HDR))

o = onum("402")
t, h = amz("ar", EG, "إلغاء منتج", o, "عمر حسن", [
    "بسبب خطأ في النظام، تم عرض المنتج التالي بسعر غير صحيح على موقعنا. السعر الصحيح هو 32,999.00 جنيه، بينما ظهر وقت الطلب بسعر 3,299.00 جنيه.",
    "لذلك قمنا بإلغاء هذا المنتج من طلبك. لم يتم خصم أي مبلغ من وسيلة الدفع الخاصة بك.",
    "إذا كنت لا تزال ترغب في شراء المنتج بالسعر الصحيح، يمكنك الطلب مرة أخرى من صفحة المنتج. نعتذر عن هذا الخطأ.",
], items=[("ثلاجة شارب نوفروست 450 لتر، فضي", 1, "3,299.00 جنيه")])
ENTRIES.append(E("notice", "ar", "technical_issue", True, EG, "system error showed wrong price; html only base64; auth pass",
                 ("Amazon.eg", "order-update@amazon.eg"), ("عمر حسن", "omar.hassan@yahoo.com"),
                 "تم إلغاء منتج واحد من طلبك على Amazon.eg", "html", None, h, cte="base64",
                 auth=auth_pass(EG), extra=AMZ_HDR))

o = onum("171")
t, h = amz("ar", AE, "تعليق الحساب وإلغاء الطلب", o, "نورة القحطاني", [
    "رصدنا نشاطاً غير معتاد على حسابك. لحمايتك وحماية Amazon.ae، قمنا بتعليق حسابك مؤقتاً وإلغاء طلبك المعلّق المذكور أدناه.",
    "لإعادة تفعيل حسابك، لا تستخدم الروابط الموجودة في هذه الرسالة؛ بل سجّل الدخول مباشرة إلى Amazon.ae من المتصفح أو من تطبيق أمازون للتسوق، واتبع الخطوات للتحقق من هويتك ومن طريقة الدفع.",
    "لن تتمكن من تقديم طلبات جديدة حتى يكتمل التحقق. لن يتم تحصيل أي مبلغ مقابل الطلب الملغى.",
], items=[("هاتف سامسونج جالاكسي S24 ألترا، 256 جيجابايت", 1, "4,599.00 درهم")])
ENTRIES.append(E("notice", "ar", "fraud_prevention", True, AE, "unusual activity, account on hold, identity verification; alt base64; no auth",
                 ("Amazon.ae", "cs-reply@amazon.ae"), ("نورة القحطاني", "noura.q@icloud.com"),
                 "إجراء مطلوب: تم تعليق حسابك وإلغاء طلبك", "alt", t, h, cte="base64", extra=AMZ_HDR))

o = onum("408")
SAU = base_url(SA)
ENTRIES.append(E("notice", "ar", "customer_request", True, SA, "customer cancelled item, 'سبب الإلغاء: ألغاه العميل'; text qp; auth pass",
                 ("Amazon.sa", "auto-confirm@amazon.sa"), ("سارة المصري", "sara.almasri@gmail.com"),
                 "تم إلغاء المنتج بنجاح من طلبك على Amazon.sa", "text", f"""Amazon.sa تأكيد الإلغاء
رقم الطلب #{o}
{SAU}/ref=TE_tex_g
___________________________________________________________________________

مرحباً سارة المصري،

بناءً على طلبك، تم إلغاء المنتج التالي من طلبك رقم {o}.

سبب الإلغاء: ألغاه العميل

    قلاية هوائية فيليبس إيسينشال XL، أسود
    الكمية: 1    السعر: 529.00 ريال

لن يتم تحصيل أي مبلغ مقابل هذا المنتج. سيتم شحن باقي المنتجات في طلبك كما هو مخطط.
لعرض طلبك: {SAU}/gp/css/order-history

___________________________________________________________________________

نتطلع إلى رؤيتك مرة أخرى على Amazon.sa.
Amazon.sa

لن تطلب منك Amazon.sa أبداً كلمة المرور أو رقم بطاقتك عبر البريد الإلكتروني.
إذا تغير رقم بطاقتك، حدّثه من حسابك: {SAU}/cpe/yourpayments/wallet
للإبلاغ عن رسالة مشبوهة: {SAU}/gp/help/customer/display.html?nodeId=GZVWS2JGEGTMRE5A
""", cte="qp", auth=auth_pass(SA), extra=AMZ_HDR))

o = onum("402")
t, h = amz("ar", EG, "إلغاء الطلب", o, "فاطمة الزهراء", [
    f"نود إعلامك بأنه تم إلغاء المنتج التالي من طلبك رقم {o}.",
    "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. إذا كانت لديك أي استفسارات، يرجى التواصل مع خدمة العملاء.",
], items=[("مكواة بخار فيليبس، 2400 واط", 1, "1,150.00 جنيه")], charset="windows-1256")
ENTRIES.append(E("notice", "ar", "unknown", False, EG, "no reason given; alt windows-1256 qp; no auth",
                 ("Amazon.eg", "order-update@amazon.eg"), ("فاطمة الزهراء", "fatma.elzahraa@gmail.com"),
                 f"تم إلغاء طلبك رقم {o}", "alt", t, h, cs="windows-1256", cte="qp", subj_cs="utf-8", extra=AMZ_HDR))

# ---------------- ar lookalikes
ENTRIES.append(E("lookalike", "ar", "fraud_prevention", True, None, "gmail sender; callback phone numbers; malformed order no",
                 ("خدمة عملاء أمازون", "amazon.sa.helpdesk@gmail.com"), ("", "ahmed.alotaibi@gmail.com"),
                 "عاجل: تم إلغاء طلبك من أمازون - اتصل بنا فوراً", "text", """عميلنا العزيز،

تم رصد محاولة دخول مشبوهة إلى حسابك، ولذلك تم إلغاء طلبك (رقم الطلب: SA-AMZ-55120) بقيمة 3,450 ريال لأسباب أمنية.

لاسترداد المبلغ أو إذا لم تقم بهذا الطلب، اتصل بفريق الدعم خلال 12 ساعة:
هاتف: +966 55 812 4470
واتساب: +966 57 331 9085

إذا لم تتصل بنا، سيتم إغلاق حسابك نهائياً ولن يتم رد المبلغ.

فريق أمان أمازون
""", cte="base64", received="vps:mail-sor-f54.google.com", tz=3,
                 auth="mx.google.com; dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=amazon.sa.helpdesk@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"))

t, h = amz("ar", AE, "تم إيقاف حسابك", None, "عميلنا العزيز", [
    "تم إيقاف حسابك على أمازون مؤقتاً لعدم التمكن من التحقق من بياناتك، وتم إلغاء جميع طلباتك قيد المعالجة.",
    "لاستعادة حسابك وطلباتك، استخدم رمز التحقق التالي خلال 24 ساعة:",
    "<b>رمز التحقق: 604 918</b>",
    "إذا لم يتم التحقق خلال المهلة، سيتم إغلاق الحساب نهائياً.",
], cta=("https://www.amazon.ae/ap/signin", "http://amazon-order-status.help/ae/verify?t=91bd02"),
    base="http://amazon-order-status.help/ae")
ENTRIES.append(E("lookalike", "ar", "fraud_prevention", True, None, "amazon-order-status.help; suspended + use this code; link text amazon.ae, href elsewhere; no order no",
                 ("Amazon.ae", "alert@amazon-order-status.help"), ("", "m.alshamsi@outlook.com"),
                 "تم إيقاف حسابك وإلغاء طلباتك", "html", None, h, cte="qp",
                 received="vps:amazon-order-status.help", tz=4))

ENTRIES.append(E("lookalike", "ar", "payment_issue", True, None, "hotmail sender; reply with card details or order will be cancelled; malformed order no; windows-1256",
                 ("Amazon Billing", "amazon.billing.ae@hotmail.com"), ("نورة القحطاني", "noura.q@icloud.com"),
                 "سيتم إلغاء طلبك خلال 24 ساعة", "text", """عزيزتي نورة،

تم رفض عملية الدفع الخاصة بطلبك رقم 171-4432-99812 من قبل البنك.

لتجنب إلغاء الطلب، يرجى الرد على هذه الرسالة بالمعلومات التالية:

الاسم على البطاقة:
رقم البطاقة:
تاريخ الانتهاء:
رمز CVV:
رقم الهوية الإماراتية:

إذا لم نستلم ردك خلال 24 ساعة، سيتم إلغاء طلبك تلقائيا.

قسم الفواتير
Amazon.ae
""", cs="windows-1256", cte="8bit", subj_cs="windows-1256",
                 received="vps:mail-db8eur05olkn2100.outbound.protection.outlook.com", tz=4))

bad = "171-9920413-55028841"
t, h = amz("ar", AE, "إلغاء الطلب", bad, "محمد الشامسي", [
    "شكراً لتسوقك من Amazon.ae.",
    "نأسف لإبلاغك بأن المنتج الذي طلبته غير متوفر حالياً في المخزون، وقد تم إلغاء طلبك.",
    "لاستلام المبلغ المسترد، يرجى تأكيد بيانات بطاقتك عبر صفحة الاسترداد خلال 48 ساعة، وإلا فلن تتم معالجة الاسترداد.",
], items=[("ساعة أبل الإصدار 9، 45 ملم", 1, "1,699.00 درهم")],
    cta=("استرداد المبلغ", "https://amazon.ae.refund-center.top/ar/refund?o=17199204135502"),
    base="https://amazon.ae.refund-center.top/ar")
ENTRIES.append(E("lookalike", "ar", "inventory_shortage", True, None, "Cyrillic А in display name; amazon.ae.refund-center.top; polished; order no last group 8 digits",
                 ("Аmazon.ae", "orders@amazon.ae.refund-center.top"), ("محمد الشامسي", "m.alshamsi@outlook.com"),
                 f"تم إلغاء طلبك رقم {bad}", "alt", t, h, cte="qp", received="vps:refund-center.top", tz=0))

o = onum("402")
t, h = amz("ar", EG, "خطأ تقني في طلبك", o, "عمر حسن", [
    "حدث خطأ تقني أثناء معالجة طلبك، وسيتم إلغاء الطلب تلقائياً خلال 12 ساعة.",
    "للاحتفاظ بطلبك، يرجى تسجيل الدخول وتأكيد بيانات الدفع من خلال الزر أدناه.",
], items=[("لابتوب لينوفو آيديا باد 3، 512 جيجابايت", 1, "18,499.00 جنيه")],
    cta=("تأكيد الطلب", "https://amaz0n-eg.com/ap/signin?r=keep-order"), base="https://amaz0n-eg.com")
ENTRIES.append(E("lookalike", "ar", "technical_issue", True, None, "amaz0n-eg.com; technical error, order will be cancelled unless you confirm payment; well-formed order no",
                 ("Amazon.eg", "no-reply@amaz0n-eg.com"), ("عمر حسن", "omar.hassan@yahoo.com"),
                 "تنبيه: سيتم إلغاء طلبك بسبب خطأ تقني", "html", None, h, cte="base64",
                 received="vps:mail.amaz0n-eg.com", tz=2))

ENTRIES.append(E("lookalike", "ar", "unknown", False, None, "yahoo free mail; no order no; no reason; crude Egyptian Arabic",
                 ("Amazon", "amazon_support_eg@yahoo.com"), ("", "fatma.elzahraa@gmail.com"),
                 "طلبك اتلغى", "text", """عميلنا العزيز

تم الغاء طلبك.

للتفاصيل اضغط هنا
http://amzn-eg.top/r/771

امازون
""", cte="8bit", received="vps:sonic305-8.consmr.mail.bf2.yahoo.com", tz=2))

o = onum("408")
t, h = amz("ar", SA, "تم استلام طلب الإلغاء", o, "سارة المصري", [
    "بناءً على طلبك، بدأنا إجراءات إلغاء الطلب التالي.",
    "إذا لم تطلب هذا الإلغاء، فقد يكون شخص آخر قد دخل إلى حسابك. اضغط على الزر أدناه فوراً لإيقاف الإلغاء وتأمين حسابك.",
], items=[("بلايستيشن 5 سليم، 1 تيرابايت", 1, "2,099.00 ريال")],
    cta=("إيقاف الإلغاء", "https://amazon-sa-help.net/cancel/stop?id=" + o), base="https://amazon-sa-help.net")
ENTRIES.append(E("lookalike", "ar", "customer_request", True, None, "Greek omicron in display name; amazon-sa-help.net with own dkim/dmarc pass; 'if you did not request this cancellation'",
                 ("Amazοn.sa", "service@amazon-sa-help.net"), ("سارة المصري", "sara.almasri@gmail.com"),
                 f"تم استلام طلب إلغاء الطلب #{o}", "alt", t, h, cte="base64",
                 auth="mx.google.com; dkim=pass header.d=amazon-sa-help.net header.i=@amazon-sa-help.net header.s=k1; spf=pass smtp.mailfrom=amazon-sa-help.net; dmarc=pass (p=NONE) header.from=amazon-sa-help.net",
                 received="vps:mail.amazon-sa-help.net", tz=3))

o = onum("171")
t, h = amz("ar", AE, "مشكلة في عنوان التوصيل", o, "نورة القحطاني", [
    "تعذر توصيل شحنتك لأن عنوان التوصيل غير مكتمل. سيتم إلغاء طلبك خلال 24 ساعة ما لم تقم بتحديث العنوان.",
    "يرجى تحديث العنوان ودفع رسوم إعادة التوصيل البالغة 5.00 درهم عبر الرابط أدناه.",
], items=[("مكنسة دايسون V15 ديتكت اللاسلكية", 1, "2,899.00 درهم")],
    cta=("https://www.amazon.ae/a/addresses", "http://amazon-ae.redelivery-fee.shop/pay?o=" + o.replace("-", "")),
    charset="windows-1256")
ENTRIES.append(E("lookalike", "ar", "unknown", True, None, "spoofed From amazon.ae with dmarc=fail, outlook Reply-To; incomplete address + redelivery fee; link text amazon.ae, href elsewhere; windows-1256",
                 ("Amazon.ae", "order-update@amazon.ae"), ("نورة القحطاني", "noura.q@icloud.com"),
                 "سيتم إلغاء طلبك: عنوان التوصيل غير مكتمل", "alt", t, h, cs="windows-1256", cte="qp", subj_cs="utf-8",
                 reply_to=("Amazon Delivery", "amazon.ae.delivery@outlook.com"),
                 auth="mx.google.com; dkim=none; spf=softfail (google.com: domain of transitioning order-update@amazon.ae does not designate 91.208.115.40 as permitted sender) smtp.mailfrom=order-update@amazon.ae; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.ae",
                 received="vps:srv115-40.bulk-mailer.example@91.208.115.40", tz=0, return_path="order-update@amazon.ae"))

# ---------------- ar non-notices
ENTRIES.append(E("non_notice", "ar", None, False, None, "Jarir cancels its own order (out of stock); price-match policy mentions Amazon",
                 ("مكتبة جرير", "orders@jarir.com"), ("أحمد العتيبي", "ahmed.alotaibi@gmail.com"),
                 "تم إلغاء طلبك رقم JR-7720193", "text", """عزيزنا العميل أحمد العتيبي،

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم JR-7720193 لعدم توفر المنتج التالي في المستودع:

  طابعة إبسون إيكوتانك L3250 - الكمية: 1 - السعر: 749.00 ريال

تم رد المبلغ إلى وسيلة الدفع الأصلية، وقد يستغرق ظهوره في حسابك من 5 إلى 14 يوم عمل حسب البنك.

ملاحظة حول سياسة مطابقة الأسعار: لا تشمل سياسة مطابقة الأسعار لدينا أسعار المتاجر الإلكترونية مثل أمازون ونون.

للاستفسار: 920000089
مكتبة جرير
www.jarir.com
""", cte="qp", received="vps:mail.jarir.com", tz=3,
                 auth="mx.google.com; dkim=pass header.d=jarir.com; spf=pass smtp.mailfrom=jarir.com; dmarc=pass header.from=jarir.com"))

ENTRIES.append(E("non_notice", "ar", None, False, None, "colleague says he cancelled his Amazon order; windows-1256",
                 ("خالد المنصوري", "k.almansoori@gulfbridge-consulting.ae"), ("محمد الشامسي", "m.alshamsi@gulfbridge-consulting.ae"),
                 "بخصوص الطابعة", "text", """أهلا محمد،

ألغيت طلب أمازون الخاص بالطابعة لأن قسم المشتريات سيطلبها من المورد المعتمد. وصلتني رسالة تأكيد الإلغاء من أمازون، فلن يتم خصم أي مبلغ من بطاقة الشركة.

سأرسل لك عرض السعر الجديد عندما يصلني من المشتريات.

تحياتي،
خالد المنصوري
""", cs="windows-1256", cte="8bit", subj_cs="windows-1256", received="vps:mail.gulfbridge-consulting.ae", tz=4))

ENTRIES.append(E("non_notice", "ar", None, False, None, "security blog newsletter quoting fake Amazon cancellation subjects",
                 ("مدونة الأمن الرقمي", "newsletter@amn-raqmi.net"), ("", "sara.almasri@gmail.com"),
                 "النشرة الأسبوعية: احذر رسائل \"تم إلغاء طلبك على أمازون\" المزيفة", "html", None, simple_html("""
<h2>احذر رسائل "تم إلغاء طلبك" المزيفة</h2>
<p>تنتشر هذه الأيام رسائل احتيالية تنتحل صفة أمازون، وتحمل عناوين مثل:</p>
<ul>
<li>"تم إلغاء طلبك على أمازون - تحقق الآن"</li>
<li>"سيتم إلغاء طلبك خلال 24 ساعة ما لم تحدّث بيانات الدفع"</li>
<li>"تم إيقاف حسابك وإلغاء طلباتك"</li>
</ul>
<p>تطلب هذه الرسائل منك الاتصال برقم هاتف، أو الرد ببيانات بطاقتك، أو الدخول عبر رابط يشبه عنوان أمازون لكنه يؤدي إلى موقع آخر.</p>
<h3>كيف تحمي نفسك؟</h3>
<ol>
<li>تحقق من عنوان المرسل: نطاقات مثل amaz0n أو عناوين Gmail وHotmail ليست من أمازون.</li>
<li>مرر المؤشر فوق الرابط قبل النقر عليه.</li>
<li>افتح تطبيق أمازون مباشرة للتحقق من حالة طلباتك.</li>
</ol>
<p style="font-size:11px;color:#777;">لإلغاء الاشتراك في النشرة <a href="https://amn-raqmi.net/unsubscribe?id=5512">اضغط هنا</a>.</p>
""", lang="ar", rtl=True, title="مدونة الأمن الرقمي"), cte="base64", received="vps:mta.amn-raqmi.net", tz=3))

o = onum("171")
t, h = amz("ar", AE, "تم إلغاء موعد التوصيل", o, "خالد المنصوري", [
    "تم إلغاء موعد التوصيل المحدد لطلبك من Amazon Fresh (السبت، 9:00 - 11:00 صباحاً) بسبب ضغط الطلبات في منطقتك.",
    "لم يتم إلغاء طلبك. يرجى اختيار موعد توصيل جديد من الرابط أدناه، وسيتم توصيل جميع المنتجات في الموعد الذي تختاره.",
], items=[("حليب المراعي كامل الدسم 2 لتر", 2, "19.00 درهم"), ("موز عضوي، 1 كجم", 1, "9.50 درهم")],
    items_heading="منتجات طلبك (لم يتم إلغاؤها)",
    cta=("اختر موعداً جديداً", f"{AEU}/alm/storefront?ref_=TE_slot_resched"))
ENTRIES.append(E("non_notice", "ar", None, False, None, "genuine Amazon Fresh delivery slot cancelled, order not cancelled",
                 ("Amazon Fresh", "fresh-noreply@amazon.ae"), ("خالد المنصوري", "khaled.mansoori@gmail.com"),
                 "تم إلغاء موعد التوصيل: اختر موعداً جديداً لطلبك من Amazon Fresh", "alt", t, h, cte="qp",
                 auth=auth_pass(AE), extra=AMZ_HDR))

ENTRIES.append(E("non_notice", "ar", None, False, None, "Amazon Music Unlimited subscription cancelled",
                 ("Amazon Music", "no-reply@amazon.sa"), ("سارة المصري", "sara.almasri@gmail.com"),
                 "تم إلغاء اشتراكك في Amazon Music Unlimited", "text", f"""مرحباً سارة،

تم إلغاء اشتراكك في Amazon Music Unlimited بناءً على طلبك.

يمكنك الاستمرار في الاستماع إلى ملايين الأغاني حتى نهاية فترة الفوترة الحالية في 30 نوفمبر 2024، ولن يتم تحصيل أي رسوم بعد ذلك.

قوائم التشغيل الخاصة بك محفوظة، ويمكنك استعادة اشتراكك في أي وقت:
{SAU}/music/unlimited

فريق Amazon Music
لن تطلب منك أمازون أبداً كلمة المرور عبر البريد الإلكتروني.
""", cte="base64", extra=AMZ_HDR))

o = onum("402")
EGU = base_url(EG)
t, h = amz("ar", EG, "يرجى تحديث طريقة الدفع", o, "فاطمة الزهراء", [
    f"لم يوافق البنك المصدر لبطاقتك على عملية الدفع الخاصة بطلبك رقم {o}.",
    "لم يتم إلغاء طلبك بعد. إذا لم تقم بتحديث طريقة الدفع قبل 20 نوفمبر 2024، فسيتم إلغاء الطلب.",
    "للتحديث، سجّل الدخول إلى Amazon.eg، واختر هذا الطلب من \"طلباتك\"، ثم اضغط على \"تحديث طريقة الدفع\".",
], items=[("خلاط توشيبا 1.5 لتر، 600 واط", 1, "2,150.00 جنيه")], items_heading="منتجات في انتظار الدفع",
    cta=("تحديث طريقة الدفع", f"{EGU}/gp/css/order-history?ref_=TE_pmt_rev"))
ENTRIES.append(E("non_notice", "ar", None, False, None, "genuine payment reminder before cancellation",
                 ("Amazon.eg", "payments-messages@amazon.eg"), ("فاطمة الزهراء", "fatma.elzahraa@gmail.com"),
                 f"إجراء مطلوب: حدّث طريقة الدفع لطلبك رقم {o}", "alt", t, h, cte="base64",
                 auth=auth_pass(EG), extra=AMZ_HDR))


# ================================================================= build
def _dom(addr):
    return addr.rsplit("@", 1)[1].lower()


def build(e):
    if e["fmt"] == "text":
        root = mk_part(e["text"], "plain", e["cs"], e["cte"])
    elif e["fmt"] == "html":
        root = mk_part(e["html"], "html", e["html_cs"], e["html_cte"])
    else:
        root = MIMEMultipart("alternative", boundary=f"----=_Part_{digits(8)}_{digits(9)}.{digits(13)}")
        for sub in (mk_part(e["text"], "plain", e["cs"], e["cte"]), mk_part(e["html"], "html", e["html_cs"], e["html_cte"])):
            del sub["MIME-Version"]
            root.attach(sub)
    body_hdrs = list(root.items())
    for k in {k for k, _ in body_hdrs}:
        del root[k]

    w = e["when"]
    dom = _dom(e["frm"][1])
    genuine = dom.startswith("amazon.") and e["kind"] != "lookalike"
    name_cs = e["subj_cs"]
    if genuine:
        root["Return-Path"] = f"<{w.strftime('%Y%m%d%H%M%S')}{digits(6)}a{digits(5)}@bounces.{dom}>"
    else:
        root["Return-Path"] = f"<{e['return_path'] or e['frm'][1]}>"
    rcv = e["received"]
    if rcv == "ses":
        root["Received"] = ses_received(dom, w + timedelta(seconds=2), e["to"][1])
    elif rcv and rcv.startswith("vps:"):
        root["Received"] = vps_received(rcv[4:], w + timedelta(seconds=random.randint(1, 40)), e["to"][1])
    if e["auth"]:
        root["Authentication-Results"] = e["auth"]
    if genuine and e["auth"]:
        root["DKIM-Signature"] = (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=yg4mwqurec7fkhzt76syd3ygrkfpeh3; "
                                  f"d={dom}; t={int(w.timestamp())}; h=Date:From:To:Subject:MIME-Version:Content-Type:Message-ID; "
                                  f"bh={digits(12)}Qm9keUhhc2g=; b={digits(20)}U2lnbmF0dXJl")
    root["From"] = formataddr(e["frm"], charset=name_cs) if e["frm"][0] else e["frm"][1]
    if e["reply_to"]:
        root["Reply-To"] = formataddr(e["reply_to"], charset=name_cs)
    elif genuine:
        root["Reply-To"] = f"no-reply@{dom}"
    root["To"] = formataddr(e["to"], charset=name_cs) if e["to"][0] else e["to"][1]
    root["Subject"] = enc_header(e["subject"], e["subj_cs"])
    for k, v in body_hdrs:
        if k == "MIME-Version":
            root[k] = v
    for k, v in body_hdrs:
        if k != "MIME-Version":
            root[k] = v
    root["Date"] = format_datetime(w)
    if genuine:
        region = {"amazon.co.jp": "ap-northeast-1", "amazon.com.tr": "eu-west-1"}.get(dom, "eu-west-1")
        root["Message-ID"] = (f"<0102{random.getrandbits(48):012x}-{random.getrandbits(32):08x}-{random.getrandbits(16):04x}-"
                              f"{random.getrandbits(16):04x}-{random.getrandbits(48):012x}-000000@{region}.amazonses.com>")
    else:
        root["Message-ID"] = f"<{random.getrandbits(64):016x}.{digits(6)}@{dom}>"
    for k, v in e["extra"]:
        if genuine:
            root[k] = v
    return root


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(ENTRIES)))
    random.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        e = ENTRIES[i]
        fn = f"{PREFIX}{n:03d}.eml"
        msg = build(e)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(msg.as_bytes())
        labels.append({"file": fn, "kind": e["kind"], "language": e["lang"], "cause": e["cause"],
                       "states_reason": e["sr"], "marketplace": e["mp"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(labels)} mails to {OUT}")


if __name__ == "__main__":
    main()
