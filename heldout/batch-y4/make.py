#!/usr/bin/env python3
"""Regenerates blind batch y4: ja / tr / ar Amazon cancellation notices,
look-alike phishing and near-miss non-notices.  Run: python3 make.py"""
import base64, json, os, quopri, random, re
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
import datetime, io

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
rng = random.Random(40404)

# ----------------------------------------------------------------- helpers
def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))

def order_no(prefix):
    return f"{prefix}-{digits(7)}-{digits(7)}"

def rdate(tz_hours):
    base = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    d = base + datetime.timedelta(seconds=rng.randint(0, 560 * 86400))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return d.astimezone(tz)

def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))

def ses_msgid(region="eu-west-1"):
    return f"<0102019{hexs(9)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000@{region}.amazonses.com>"

def plain_msgid(domain):
    return f"<{hexs(16)}.{digits(6)}@{domain}>"

def gmail_msgid():
    s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))
    return f"<CA+{s}@mail.gmail.com>"

def auth_pass(tld, rcpt_host="mx.google.com"):
    bounce = hexs(16)
    return (f"{rcpt_host};\r\n       dkim=pass header.d=amazon.{tld} header.i=@amazon.{tld} header.s={hexs(8)} header.b={hexs(8)};"
            f"\r\n       dkim=pass header.i=@amazonses.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b={hexs(8)};"
            f"\r\n       spf=pass (google.com: domain of {bounce}@bounces.amazon.{tld} designates 54.240.{rng.randint(0,15)}.{rng.randint(1,250)} as permitted sender)"
            f" smtp.mailfrom={bounce}@bounces.amazon.{tld};\r\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.{tld}")

def auth_pass_simple(tld, host):
    return (f"{host}; dkim=pass header.d=amazon.{tld} header.s=rjs3bz6vwkmdmtaedxbndnkd5fvkp5ms;"
            f" spf=pass smtp.mailfrom=bounces.amazon.{tld}; dmarc=pass header.from=amazon.{tld}")

def auth_fail(domain, host="mx.google.com"):
    return (f"{host};\r\n       dkim=none;\r\n       spf=softfail (google.com: domain of transitioning {domain} does not designate "
            f"{rng.randint(40,220)}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)} as permitted sender) smtp.mailfrom={domain};"
            f"\r\n       dmarc=fail (p=NONE dis=NONE) header.from={domain}")

def ses_received(region="eu-west-1"):
    host = f"a{rng.randint(1, 9)}-{rng.randint(10, 99)}.smtp-out.{region}.amazonses.com"
    ip = f"54.240.{rng.randint(0,15)}.{rng.randint(1,250)}"
    return f"from {host} ({host} [{ip}])\r\n        by mx.google.com with ESMTPS id {hexs(12)};\r\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128)"

def dirty_received(helo):
    ip = f"{rng.randint(40,220)}.{rng.randint(0,255)}.{rng.randint(0,255)}.{rng.randint(1,254)}"
    return f"from {helo} ([{ip}])\r\n        by mx.example.net with ESMTP id {hexs(10)}"

def codec(cs):
    return {"iso-2022-jp": "iso2022_jp", "windows-1256": "cp1256",
            "iso-8859-9": "iso8859_9", "iso-8859-2": "iso8859_2"}.get(cs, cs)

def text_part(body, subtype, charset, cte):
    p = Message()
    p["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    raw = body.replace("\r\n", "\n").encode(codec(charset))  # raises if charset can't hold the text
    if charset == "iso-2022-jp":
        cte = "7bit"
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    return p

def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)

def addr(name, email_, charset="utf-8"):
    if not name:
        return email_
    try:
        name.encode("ascii")
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return formataddr((name, email_), charset=charset)

def build(s):
    cs = s.get("charset", "utf-8")
    hcs = s.get("hcharset", "utf-8" if cs not in ("iso-2022-jp",) else "iso-2022-jp")
    cte = s.get("cte", "quoted-printable")
    html_cs = s.get("html_charset", cs)
    html_cte = s.get("html_cte", cte)
    layout = s["layout"]
    if layout == "text":
        body = text_part(s["text"], "plain", cs, cte)
    elif layout == "html":
        body = text_part(s["html"], "html", html_cs, html_cte)
    else:
        body = MIMEMultipart("alternative")
        body.set_boundary(s.get("boundary") or f"----=_Part_{digits(7)}_{digits(9)}.{digits(13)}")
        body.attach(text_part(s["text"], "plain", cs, cte))
        body.attach(text_part(s["html"], "html", html_cs, html_cte))
        del body["MIME-Version"]
    mime_hdrs = [(k, v) for k, v in body._headers if k.lower() != "mime-version"]
    body._headers = []
    for k, v in s.get("pre", []):            # trace headers first
        body[k] = v
    fname, faddr = s["from"]
    body["From"] = addr(fname, faddr, s.get("from_charset", hcs))
    for k, v in s.get("extra_top", []):
        body[k] = v
    body["To"] = s["to"]
    body["Subject"] = hdr(s["subject"], hcs)
    body["Date"] = format_datetime(s["date"])
    body["Message-ID"] = s["msgid"]
    body["MIME-Version"] = "1.0"
    body._headers.extend(mime_hdrs)
    for k, v in s.get("extra", []):
        body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    return buf.getvalue()

# ------------------------------------------------ Amazon-like HTML template
CSS = """<style type="text/css">
body { margin:0; padding:0; }
#container { width:100%; font:12px/16px Arial, sans-serif; color:#333; }
#main { width:640px; margin:0 auto; }
#header td.logo { width:145px; padding:12px 0; }
#header td.navigation a { color:#0066c0; text-decoration:none; font-size:12px; }
#header td.title h2 { font:normal 20px Arial; color:#cc6600; margin:0 0 4px 0; }
#summary .heading { font-size:17px; color:#cc6600; }
#orderDetails th { text-align:left; border-bottom:1px solid #eaeaea; padding:6px 0; }
#orderDetails td { padding:8px 4px; vertical-align:top; }
#orderDetails td.price { text-align:right; white-space:nowrap; }
#closing { padding-top:12px; }
#legalese { font-size:10px; line-height:14px; color:#666; padding-top:18px; border-top:1px solid #eaeaea; }
a { color:#0066c0; }
</style>"""

def amazon_html(*, lang, site, title, order, greeting, paras, items, total=None,
                footer=(), nav=("Your Orders", "Your Account"), order_label="Order #",
                items_heading="", cols=("Item", "Qty", "Price"), closing=(), signature=None,
                href_host=None, button=None, rtl=False, preheader=""):
    """site like 'amazon.co.jp'.  href_host: host actually linked (for look-alikes)."""
    h = href_host or f"www.{site}"
    def u(path):
        return f"https://{h}{path}"
    d = ' dir="rtl"' if rtl else ""
    align = "right" if rtl else "left"
    oa = f'<a href="{u("/gp/r.html?C=" + hexs(14).upper() + "&R=" + hexs(12).upper() + "&T=C&U=%2Fgp%2Fcss%2Forder-details%3ForderID%3D" + (order or ""))}">{order}</a>' if order else ""
    rows = []
    for it in items:
        name, qty, price = it
        rows.append(f'<tr><td class="name">{name}</td><td>{qty}</td><td class="price">{price}</td></tr>')
    p = "\n".join(f"<p>{x}</p>" for x in paras)
    c = "\n".join(f"<p>{x}</p>" for x in closing)
    f = "\n".join(f"<p>{x}</p>" for x in footer)
    btn = ""
    if button:
        btn = (f'<table class="buttonComponent" width="222"><tr><td align="center" height="40" style="background:#f0c14b;border:1px solid #a88734;border-radius:3px;">'
               f'<a class="buttonComponentLink" href="{button[1]}" style="color:#111;text-decoration:none;font-size:14px;">{button[0]}</a></td></tr></table>')
    tot = ""
    if total:
        tot = f'<tr><td colspan="2" class="total"><b>{total[0]}</b></td><td class="price"><b>{total[1]}</b></td></tr>'
    det = ""
    if items:
        det = (f'<tr><td><table id="orderDetails" cellpadding="0" width="100%">'
               f'<tr><td colspan="3"><h3 style="font:normal 16px Arial;color:#cc6600;margin:10px 0 4px;">{items_heading}</h3></td></tr>'
               f'<tr><th>{cols[0]}</th><th>{cols[1]}</th><th>{cols[2]}</th></tr>' + "".join(rows) + tot + "</table></td></tr>")
    sig = signature or site[0].upper() + site[1:]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"{d}>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="format-detection" content="telephone=no" />
<title>{sig}</title>
{CSS}
</head>
<body{d}><img width="1" height="1" src="{u('/gp/r.html?C=' + hexs(14).upper() + '&M=urn:rtn:msg:' + digits(14) + hexs(20) + '&R=' + hexs(12).upper() + '&T=O&U=https%3A%2F%2Fimages-fe.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif')}" />
<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>
<table id="container" cellpadding="0" cellspacing="0"><tr><td class="frame">
<table id="main" cellpadding="0" cellspacing="0" style="text-align:{align};">
<tr><td>
 <table id="header" cellpadding="0" width="100%"><tr>
  <td rowspan="2" class="logo"><a href="{u('/ref=TE_tex_g')}"><img alt="{sig}" src="https://images-fe.ssl-images-amazon.com/images/G/09/x-locale/common/transparent-pixel._V192234675_.gif" width="145" height="30" border="0" /></a></td>
  <td class="navigation" align="{'left' if rtl else 'right'}"><a href="{u('/gp/css/order-history?ref_=TE_tex_yo')}">{nav[0]}</a><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span><a href="{u('/gp/css/homepage.html?ref_=TE_tex_ya')}">{nav[1]}</a><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span><a class="last" href="{u('/?ref_=TE_tex_h')}">{sig}</a></td>
 </tr><tr><td class="title"><h2>{title}</h2>{(order_label + oa) if order else ""}</td></tr></table>
</td></tr>
<tr><td><table id="summary" cellpadding="0" width="100%"><tr><td><span class="heading">{greeting}</span>
{p}
{btn}
</td></tr></table></td></tr>
{det}
<tr><td><table id="closing" cellpadding="0" width="100%"><tr><td>
{c}
<p><span class="signature"><strong>{sig}</strong></span></p>
</td></tr></table></td></tr>
<tr><td id="legalese">
{f}
</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""

def simple_html(body_html, lang="en", rtl=False, title="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;"):
    d = ' dir="rtl"' if rtl else ""
    return f"""<html lang="{lang}"{d}>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title></head>
<body{d} style="{style}">
{body_html}
</body>
</html>
"""

MAILS = []
def mail(kind, lang, cause, states_reason, marketplace, note):
    def deco(fn):
        MAILS.append(dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                          marketplace=marketplace, note=note, fn=fn))
        return fn
    return deco

# ======================================================================
# JAPANESE  (amazon.co.jp)
# ======================================================================
JA_NAV = ("注文履歴", "アカウントサービス")
JA_FOOT = [
    "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
    "Amazon.co.jpがEメールでお客様のパスワード、クレジットカード番号、銀行口座番号などの個人情報をお尋ねすることはありません。",
    "クレジットカード番号が変更された場合や有効期限が切れた場合は、アカウントサービスの「お支払い方法」から更新してください: https://www.amazon.co.jp/cpe/yourpayments/wallet",
    "Amazon.co.jpを装った不審なEメールやSMSを受け取った場合は、ヘルプページの手順に沿ってご報告ください: https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GCTEA5NDLMTUXUEE",
    "ヘルプ＆カスタマーサービス: https://www.amazon.co.jp/gp/help/customer/display.html",
    "アマゾンジャパン合同会社　〒153-0064 東京都目黒区下目黒1-8-1 アルコタワー",
]
def ja_foot_text():
    return "\n_______________________________________________\n\n" + "\n\n".join(JA_FOOT) + "\n"
def ja_foot_html():
    out = []
    for line in JA_FOOT:
        out.append(re.sub(r"(https://[^\s]+)", r'<a href="\1">\1</a>', line))
    return out

def ja_items_text(items):
    return "\n".join(f"  {n}\n  数量: {q}　価格: {p}" for n, q, p in items)

@mail("notice", "ja", "inventory_shortage", True, "amazon.co.jp", "supplier cannot restock; alt; auth pass")
def _():
    o = order_no("249"); name = "田中 健太"
    items = [("タイガー魔法瓶 真空断熱ボトル 500ml MMZ-K050 ネイビー", "1", "￥2,980")]
    intro = "Amazon.co.jpをご利用いただき、ありがとうございます。"
    p1 = "大変申し訳ございませんが、以下の商品は仕入先からの入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。ご迷惑をおかけしましたことを心よりお詫び申し上げます。"
    p2 = "この商品の代金は請求されません。お支払い方法にクレジットカードを選択されていた場合、仮売上（オーソリ）は数日以内に自動的に取り消されます。"
    p3 = "同じ商品を再度ご注文いただける場合は、商品ページで在庫状況をご確認ください。"
    text = f"""Amazon.co.jp
ご注文のキャンセル
注文番号: {o}
https://www.amazon.co.jp/ref=TE_tex_g
_______________________________________________

{name} 様

{intro}

{p1}

キャンセルされた商品:
{ja_items_text(items)}

{p2}

{p3}
https://www.amazon.co.jp/dp/B0BX7K2R5Q

注文履歴: https://www.amazon.co.jp/gp/css/order-history?ref_=TE_tex_yo

またのご利用をお待ちしております。
Amazon.co.jp
{ja_foot_text()}"""
    html = amazon_html(lang="ja", site="amazon.co.jp", title="ご注文のキャンセル", order=o, order_label="注文番号: ",
                       greeting=f"{name} 様", paras=[intro, p1, p2, p3], items=items, items_heading="キャンセルされた商品",
                       cols=("商品", "数量", "価格"), nav=JA_NAV, closing=["またのご利用をお待ちしております。"],
                       footer=ja_foot_html(), preheader="ご注文の商品をキャンセルしました")
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("Amazon.co.jp", "auto-confirm@amazon.co.jp")}, to="kenta.tanaka.0412@gmail.com",
                subject=f"Amazon.co.jp ご注文の商品のキャンセルについて（注文番号: {o}）",
                date=rdate(9), msgid=ses_msgid("us-west-2"),
                pre=[("Return-Path", f"<{hexs(16)}@bounces.amazon.co.jp>"), ("Received", ses_received("us-west-2")),
                     ("Authentication-Results", auth_pass("co.jp"))],
                extra_top=[("Reply-To", "no-reply@amazon.co.jp")],
                extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Bounces-to", f"{hexs(20)}@bounces.amazon.co.jp")])

@mail("notice", "ja", "payment_issue", True, "amazon.co.jp", "expired card, revision deadline missed; text-only ISO-2022-JP; no auth")
def _():
    o = order_no("503"); name = "山本 由美"
    text = f"""{name} 様

Amazon.co.jpをご利用いただき、ありがとうございます。

ご注文 {o} につきまして、ご指定のクレジットカード（VISA 末尾 4417）の有効期限が切れていたため、お支払いの承認を得ることができませんでした。
先日Eメールでお支払い方法の変更をお願いしておりましたが、期限までに変更が確認できなかったため、誠に勝手ながらご注文をキャンセルさせていただきました。

キャンセルされた商品:
  サーモス 真空断熱ケータイマグ 0.5L ブラック JOK-500 BK　1点
  コクヨ キャンパスノート B5 5冊パック ドット入りB罫　1点

この注文に対する請求は発生しません。
商品が引き続き必要な場合は、お手数ですが、有効なお支払い方法で改めてご注文ください。

お支払い方法の追加・変更はアカウントサービスの「お支払い方法」から行えます:
https://www.amazon.co.jp/cpe/yourpayments/wallet

Amazon.co.jp カスタマーサービス
{ja_foot_text()}"""
    return dict(layout="text", text=text, charset="iso-2022-jp",
                **{"from": ("Amazon.co.jp", "payments-messages@amazon.co.jp")}, to="yumi-yamamoto@docomo.ne.jp",
                subject=f"Amazon.co.jp ご注文のキャンセル：お支払い方法に問題があります（{o}）",
                date=rdate(9), msgid=ses_msgid("us-west-2"),
                extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

@mail("notice", "ja", "technical_issue", True, "amazon.co.jp", "price display error caused by system fault; HTML-only base64; auth pass")
def _():
    o = order_no("250"); name = "鈴木 翔"
    items = [("シャープ 加湿 空気清浄機 プラズマクラスター25000 KI-RS50-W ホワイト", "1", "￥3,980")]
    paras = ["Amazon.co.jpをご利用いただき、ありがとうございます。",
             "このたびは、弊社システムの不具合により、下記商品の価格が誤って表示されておりました。正しい販売価格は￥39,800ですが、一時的に￥3,980と表示されていました。",
             "誤った価格でのご注文をお受けすることができないため、誠に勝手ながらご注文をキャンセルさせていただきました。この注文に対する請求は発生しません。ご迷惑をおかけしましたことを深くお詫び申し上げます。",
             "現在の価格で購入をご希望の場合は、商品ページから改めてご注文ください。"]
    html = amazon_html(lang="ja", site="amazon.co.jp", title="ご注文のキャンセルに関するお知らせ", order=o, order_label="注文番号: ",
                       greeting=f"{name} 様", paras=paras, items=items, items_heading="キャンセルされた商品",
                       cols=("商品", "数量", "ご注文時の表示価格"), nav=JA_NAV, closing=["今後ともAmazon.co.jpをよろしくお願いいたします。"],
                       footer=ja_foot_html(), button=("注文履歴を表示", "https://www.amazon.co.jp/gp/css/order-history?ref_=TE_btn"))
    return dict(layout="html", html=html, cte="base64",
                **{"from": ("Amazon.co.jp", "order-update@amazon.co.jp")}, to="sho.suzuki@outlook.jp",
                subject="ご注文のキャンセルに関するお知らせ（価格表示の誤りについて）",
                date=rdate(9), msgid=ses_msgid("us-west-2"),
                pre=[("Authentication-Results", auth_pass_simple("co.jp", "mx.outlook.jp"))],
                extra_top=[("Reply-To", "no-reply@amazon.co.jp")])

@mail("notice", "ja", "fraud_prevention", True, "amazon.co.jp", "unusual activity, account held, sign in via app; alt ISO-2022-JP text + utf-8 html; no auth")
def _():
    o = order_no("249"); name = "中村 彩"
    p1 = "お客様のアカウントで通常とは異なるアクティビティが確認されたため、アカウントを一時的に保留とし、セキュリティ上の理由から下記のご注文をキャンセルいたしました。"
    p2 = "アカウントの利用を再開するには、Amazonショッピングアプリまたはブラウザから直接 www.amazon.co.jp にアクセスしてサインインし、画面の案内に従って本人確認を行ってください。このEメールのリンクから個人情報を入力していただく必要はありません。"
    p3 = "このキャンセルにより請求は発生しません。本人確認の完了後、必要に応じて改めてご注文ください。"
    items = [("Apple iPad (第10世代) Wi-Fi 64GB シルバー", "1", "￥58,800"), ("Apple Pencil (USB-C)", "1", "￥13,800")]
    text = f"""Amazon.co.jp

{name} 様

{p1}

注文番号: {o}
{ja_items_text(items)}

{p2}

{p3}

Amazon.co.jp アカウントスペシャリスト
{ja_foot_text()}"""
    html = amazon_html(lang="ja", site="amazon.co.jp", title="ご注文はキャンセルされました", order=o, order_label="注文番号: ",
                       greeting=f"{name} 様", paras=[p1, p2, p3], items=items, items_heading="キャンセルされた商品",
                       cols=("商品", "数量", "価格"), nav=JA_NAV, closing=["Amazon.co.jp アカウントスペシャリスト"],
                       footer=ja_foot_html())
    return dict(layout="alt", text=text, html=html, charset="iso-2022-jp", html_charset="utf-8", html_cte="base64",
                **{"from": ("Amazon.co.jp", "cs-reply@amazon.co.jp")}, to="aya.nakamura88@yahoo.co.jp",
                subject=f"Amazon.co.jp: ご注文 {o} はキャンセルされました",
                date=rdate(9), msgid=ses_msgid("us-west-2"))

@mail("notice", "ja", "customer_request", True, "amazon.co.jp", "cancellation at customer's request, 'Cancel reason' line; text 8bit; auth pass")
def _():
    o = order_no("250"); name = "小林 大輔"
    text = f"""Amazon.co.jp ご注文のキャンセル
注文番号: {o}
_______________________________________________

{name} 様

Amazon.co.jpをご利用いただき、ありがとうございます。

お客様のご依頼により、以下の商品のご注文をキャンセルいたしました。

キャンセルされた商品:
  ブラウン シェーバー シリーズ7 71-S4200cs 3枚刃
  数量: 1　価格: ￥16,480

キャンセル理由: お客様によるキャンセル

この商品の代金は請求されません。Amazonギフトカードでお支払いいただいた金額は、ギフトカード残高に戻されます。

ご注文の状況は注文履歴からご確認いただけます:
https://www.amazon.co.jp/gp/css/order-history?ref_=TE_tex_yo

またのご利用をお待ちしております。
Amazon.co.jp
{ja_foot_text()}"""
    return dict(layout="text", text=text, cte="8bit",
                **{"from": ("Amazon.co.jp", "auto-confirm@amazon.co.jp")}, to="d.kobayashi@nifty.com",
                subject=f"Amazon.co.jp ご注文のキャンセルが完了しました（注文番号: {o}）",
                date=rdate(9), msgid=ses_msgid("us-west-2"),
                pre=[("Authentication-Results", auth_pass_simple("co.jp", "mx.nifty.com"))],
                extra_top=[("Reply-To", "no-reply@amazon.co.jp")],
                extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

@mail("notice", "ja", "unknown", False, "amazon.co.jp", "bulk 'information from Amazon' cancellation, no reason given; alt base64; no auth")
def _():
    o = order_no("249"); name = "加藤 真理子"
    items = [("ニトリ 低反発クッション 45×45cm グレー", "2", "￥3,980"), ("無印良品 ポリプロピレン収納ケース 引出式 深型", "1", "￥1,990")]
    p1 = "Amazon.co.jpをご利用いただき、ありがとうございます。"
    p2 = "下記のご注文はキャンセルされました。ご不便をおかけして申し訳ございません。"
    p3 = "この注文に対する請求は発生しません。お支払いが既に完了している場合は、ご注文時のお支払い方法に返金いたします。"
    text = f"""Amazon.co.jpからのお知らせ

{name} 様

{p1}

{p2}

注文番号: {o}
{ja_items_text(items)}

{p3}

注文履歴: https://www.amazon.co.jp/gp/css/order-history

Amazon.co.jp
{ja_foot_text()}"""
    html = amazon_html(lang="ja", site="amazon.co.jp", title="Amazon.co.jpからのお知らせ", order=o, order_label="注文番号: ",
                       greeting=f"{name} 様", paras=[p1, p2, p3], items=items, items_heading="キャンセルされた商品",
                       cols=("商品", "数量", "価格"), nav=JA_NAV, footer=ja_foot_html())
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.co.jp", "auto-confirm@amazon.co.jp")}, to="mariko.kato@icloud.com",
                subject="Amazon.co.jpからのお知らせ", date=rdate(9), msgid=ses_msgid("us-west-2"),
                extra_top=[("Reply-To", "no-reply@amazon.co.jp")])

# ---------------------------------------------------------------- JA look-alikes
@mail("lookalike", "ja", "payment_issue", True, None, "gmail sender, callback phone number, malformed order no; crude")
def _():
    text = """Amazonをご利用のお客様へ

お支払いの確認ができなかったため、お客様のご注文はキャンセルされました。

注文番号：503-88812-44910
金額：￥48,600（Apple AirPods Pro 第2世代 ×2）

このキャンセルにご心当たりがない場合、第三者による不正利用の可能性がございます。
至急、以下のAmazonサポートセンターまでお電話ください。

　サポートデスク：050-3187-6402（24時間受付）

お電話の際は注文番号をお伝えください。
24時間以内にご連絡がない場合、お客様のアカウントは制限されます。

Amazon.co.jp カスタマーサービス
"""
    return dict(layout="text", text=text, cte="base64",
                **{"from": ("Amazon カスタマーセンター", "amazonjp.support.center0923@gmail.com")}, to="kenta.tanaka.0412@gmail.com",
                subject="【Amazon】ご注文がキャンセルされました（緊急）", date=rdate(9), msgid=gmail_msgid(),
                pre=[("Received", "by mail-sor-f41.google.com with SMTP id " + hexs(10))])

@mail("lookalike", "ja", "fraud_prevention", True, None, "account suspended + order cancelled, enter code; look-alike domain; polished HTML")
def _():
    o = "249-3381926-5520147"; evil = "amazon-co-jp.account-verify.top"
    p1 = "お客様のアカウントに異常なサインインが検出されたため、アカウントを一時停止し、処理中のご注文をキャンセルしました。"
    p2 = "アカウントを復元するには、以下の確認コードを認証ページに入力してください。<br/><b style=\"font-size:22px;letter-spacing:4px;\">718204</b>"
    p3 = "48時間以内に認証が完了しない場合、アカウントは永久に停止され、Amazonギフトカード残高は失効します。"
    html = amazon_html(lang="ja", site="amazon.co.jp", title="アカウントの一時停止", order=o, order_label="注文番号: ",
                       greeting="お客様", paras=[p1, p2, p3], items=[], nav=JA_NAV, href_host=evil,
                       button=("アカウントを確認する", f"https://{evil}/ap/signin?openid.return_to=verify&code=718204"),
                       footer=["Amazon.co.jpがEメールでパスワードをお尋ねすることはありません。", "© 1996-2025, Amazon.com, Inc. or its affiliates"])
    text = f"""お客様のアカウントに異常なサインインが検出されたため、アカウントを一時停止し、処理中のご注文（{o}）をキャンセルしました。
アカウントを復元するには、確認コード 718204 を以下のページに入力してください。
https://{evil}/ap/signin
48時間以内に認証が完了しない場合、アカウントは永久に停止されます。
Amazon.co.jp"""
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("Amazon.co.jp", f"security@{evil}")}, to="sho.suzuki@outlook.jp",
                subject=f"アカウントが一時停止されました - ご注文 {o} はキャンセルされました", date=rdate(9),
                msgid=plain_msgid(evil), pre=[("Authentication-Results", auth_fail(evil, "mx.outlook.jp")), ("Received", dirty_received("mail." + evil))])

@mail("lookalike", "ja", "payment_issue", True, None, "asks to reply with card details; outlook sender; ISO-2022-JP text")
def _():
    text = """Amazon.co.jp をご利用いただきありがとうございます。

お客様のクレジットカードが承認されなかったため、ご注文（250-4471823-1190）はキャンセルされました。
ご注文を再度処理するため、このメールに以下の情報をご返信ください。

　・カード名義（ローマ字）
　・カード番号（16桁）
　・有効期限（月/年）
　・セキュリティコード（裏面3桁）
　・生年月日

ご返信いただいた後、担当者が3営業日以内にご注文を再開いたします。
ご返信がない場合、アカウントは自動的に閉鎖されます。

Amazon.co.jp 決済センター
"""
    return dict(layout="text", text=text, charset="iso-2022-jp",
                **{"from": ("Amazon.co.jp 決済センター", "amazon.jp-order@outlook.jp")}, to="yumi-yamamoto@docomo.ne.jp",
                extra_top=[("Reply-To", "amazon.jp-order@outlook.jp")],
                subject="ご注文キャンセルのお知らせ（お支払い情報の確認のお願い）", date=rdate(9), msgid=plain_msgid("outlook.jp"))

@mail("lookalike", "ja", "inventory_shortage", True, None, "link text shows amazon.co.jp, href elsewhere; amazon.co.jp.ordr-check.com sender; malformed order no; refund lure")
def _():
    o = "249-784512-00913"; evil = "amazon-jp-refund.ordr-check.com"
    shown = "https://www.amazon.co.jp/gp/css/order-history"
    p1 = "Amazon.co.jpをご利用いただき、ありがとうございます。"
    p2 = "誠に申し訳ございませんが、ご注文いただいた商品は在庫切れのため、ご注文をキャンセルさせていただきました。"
    p3 = f'ご注文代金￥24,800を返金するため、下記リンクから返金先の口座情報をご登録ください。<br/><a href="http://{evil}/refund/jp?id=00913">{shown}</a>'
    p4 = "7日以内にご登録がない場合、返金手続きは無効となります。"
    items = [("ダイソン Dyson V8 Slim Fluffy コードレス掃除機", "1", "￥24,800")]
    html = amazon_html(lang="ja", site="amazon.co.jp", title="ご注文のキャンセル", order=o, order_label="注文番号: ",
                       greeting="お客様", paras=[p1, p2, p3, p4], items=items, items_heading="キャンセルされた商品",
                       cols=("商品", "数量", "価格"), nav=JA_NAV, href_host=evil, footer=ja_foot_html()[:3])
    text = f"""ご注文いただいた商品は在庫切れのため、ご注文（{o}）をキャンセルさせていただきました。
返金先の口座情報をご登録ください: {shown}
Amazon.co.jp"""
    return dict(layout="alt", text=text, html=html, cte="quoted-printable", html_cte="base64",
                **{"from": ("Amazon.co.jp", "auto-confirm@amazon.co.jp.ordr-check.com")}, to="aya.nakamura88@yahoo.co.jp",
                subject=f"Amazon.co.jp ご注文のキャンセルと返金のお知らせ #{o}", date=rdate(9),
                msgid=plain_msgid("ordr-check.com"), pre=[("Authentication-Results", auth_fail("amazon.co.jp.ordr-check.com", "mta.yahoo.co.jp"))])

@mail("lookalike", "ja", "fraud_prevention", True, None, "Cyrillic A in display name, amaz0n domain, 'will be cancelled' in 24h, no order number; HTML-only")
def _():
    body = """<div style="max-width:600px;margin:0 auto;border:1px solid #ddd;padding:24px;">
<div style="font-size:26px;font-weight:bold;color:#232f3e;">amazon<span style="color:#ff9900;">.co.jp</span></div>
<h2 style="color:#c45500;font-weight:normal;">ご注文は24時間以内にキャンセルされます</h2>
<p>お客様</p>
<p>お客様のアカウントのセキュリティ確認が完了していないため、現在処理中のご注文は保留されています。</p>
<p>24時間以内に確認が行われない場合、ご注文は自動的にキャンセルされ、アカウントはロックされます。</p>
<p style="text-align:center;margin:28px 0;"><a href="https://amaz0n-jp.com/ap/verify?session=9f2c1e" style="background:#ffd814;color:#111;padding:12px 36px;border-radius:20px;text-decoration:none;">今すぐ確認する</a></p>
<p style="font-size:11px;color:#777;">このメールは送信専用です。&copy; Amazon.com, Inc.</p>
</div>"""
    return dict(layout="html", html=simple_html(body, "ja"), cte="base64",
                **{"from": ("\u0410mazon.co.jp", "no-reply@amaz0n-jp.com")}, to="d.kobayashi@nifty.com",
                subject="【重要】ご注文は24時間以内にキャンセルされます", date=rdate(9), msgid=plain_msgid("amaz0n-jp.com"),
                pre=[("Received", dirty_received("amaz0n-jp.com"))])

@mail("lookalike", "ja", "technical_issue", True, None, "amazon-orders.help domain, 'system error' cancellation, refund form")
def _():
    o = order_no("250"); evil = "amazon-orders.help"
    paras = ["いつもAmazonをご利用いただきありがとうございます。",
             f"システムエラーにより、お客様のご注文 {o} が正常に処理されず、キャンセルされました。",
             "お支払い済みの金額を返金するため、以下のフォームからお支払い情報を更新してください。"]
    html = amazon_html(lang="ja", site="amazon.co.jp", title="ご注文のキャンセル（システムエラー）", order=o, order_label="注文番号: ",
                       greeting="お客様", paras=paras, items=[("Nintendo Switch（有機ELモデル） ホワイト", "1", "￥37,980")],
                       items_heading="対象商品", cols=("商品", "数量", "価格"), nav=JA_NAV, href_host=evil,
                       button=("返金手続きへ進む", f"https://{evil}/jp/refund?o={o}"), footer=["Amazon.co.jp カスタマーサービス"])
    text = "\n\n".join(paras) + f"\n\nhttps://{evil}/jp/refund?o={o}\n\nAmazon.co.jp\n"
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon Orders", f"notice@{evil}")}, to="mariko.kato@icloud.com",
                subject="システムエラーによるご注文キャンセルのお知らせ", date=rdate(9), msgid=plain_msgid(evil))

@mail("lookalike", "ja", "customer_request", True, None, "Greek alpha in display name, yahoo sender, 'cancelled at your request, call if not you'")
def _():
    o = order_no("249")
    text = f"""Amazon.co.jp

お客様のご依頼により、以下のご注文をキャンセルいたしました。

注文番号: {o}
商品: Apple Watch Series 9 GPSモデル 45mm
キャンセル日: 本日

このキャンセルをご依頼されていない場合は、お客様のアカウントが不正にアクセスされている可能性があります。
至急、Amazon不正対策窓口（03-4578-2290）までお電話いただくか、このメールにご返信ください。

Amazon.co.jp カスタマーサービス
"""
    return dict(layout="text", text=text, cte="quoted-printable",
                **{"from": ("Am\u03b1zon.co.jp", "amzn_cs_japan@yahoo.co.jp")}, to="kenta.tanaka.0412@gmail.com",
                subject=f"ご注文のキャンセルを承りました #{o}", date=rdate(9), msgid=plain_msgid("mail.yahoo.co.jp"))

@mail("lookalike", "ja", "unknown", False, None, "crude machine-translated, no order number, no reason, .cn domain")
def _():
    text = """尊敬するお客様

あなたの注文はキャンセルされました。
詳細を確認するにはここをクリックしてください:
http://shop-amzn-jp.cn/login.php?jp

アマゾン
"""
    return dict(layout="text", text=text, cte="8bit",
                **{"from": ("amazon", "info@shop-amzn-jp.cn")}, to="yumi-yamamoto@docomo.ne.jp",
                subject="amazon ご注文キャンセル通知!!", date=rdate(8), msgid=plain_msgid("shop-amzn-jp.cn"),
                pre=[("Received", dirty_received("shop-amzn-jp.cn"))])

# ---------------------------------------------------------------- JA non-notices
@mail("non_notice", "ja", None, False, None, "independent coffee shop cancels its own order (out of stock), paid with Amazon Pay")
def _():
    text = """山本 由美 様

このたびは「珈琲豆専門店 まめや本舗」をご利用いただき、誠にありがとうございます。

ご注文いただきました下記商品につきまして、焙煎用の生豆が入荷できず、在庫切れとなってしまいました。
誠に申し訳ございませんが、ご注文をキャンセルとさせていただきます。

■ご注文番号：20250611-0038
■商品：エチオピア イルガチェフェ G1 200g ×2
■お支払い方法：Amazon Pay

Amazon Payでのお支払いにつきましては、本日付で与信の取り消し手続きを行いました。
Amazonアカウントに登録されているカードへの請求は発生いたしません。
（カード会社によっては、取り消しの反映まで数日かかる場合がございます）

入荷のご案内をご希望の場合は、商品ページの「再入荷お知らせ」ボタンからご登録ください。

━━━━━━━━━━━━━━━━━━━━
珈琲豆専門店 まめや本舗
〒604-8005 京都府京都市中京区恵比須町
TEL 075-212-0000（平日10:00-17:00）
https://mameya-honpo.jp/
━━━━━━━━━━━━━━━━━━━━
"""
    return dict(layout="text", text=text, cte="quoted-printable",
                **{"from": ("珈琲豆専門店 まめや本舗", "order@mameya-honpo.jp")}, to="yumi-yamamoto@docomo.ne.jp",
                subject="【まめや本舗】ご注文キャンセルのお知らせ（注文番号：20250611-0038）", date=rdate(9),
                msgid=plain_msgid("mameya-honpo.jp"))

@mail("non_notice", "ja", None, False, None, "colleague says she cancelled her Amazon order for a projector")
def _():
    text = """小林さん

お疲れ様です。佐藤です。

昨日Amazonで注文した会議室用のプロジェクターですが、
総務から「備品で既に購入済み」と連絡があったので、注文をキャンセルしました。
キャンセル完了のメールも届いているので、経費精算は不要です。

代わりにHDMIケーブル（5m）だけ必要なので、そちらは来週まとめて注文します。

よろしくお願いします。

--
佐藤 美咲
北村産業株式会社 営業企画部
"""
    return dict(layout="text", text=text, charset="iso-2022-jp",
                **{"from": ("佐藤 美咲", "m.sato@kitamura-sangyo.co.jp")}, to="d.kobayashi@kitamura-sangyo.co.jp",
                subject="Re: 会議室用のプロジェクター", date=rdate(9), msgid=plain_msgid("kitamura-sangyo.co.jp"),
                extra=[("In-Reply-To", plain_msgid("kitamura-sangyo.co.jp"))])

@mail("non_notice", "ja", None, False, None, "security newsletter about Amazon-branded phishing quoting a fake cancellation subject")
def _():
    subj = "【Amazon】ご注文がキャンセルされました - お支払い情報を確認してください"
    paras = ["いつも「週刊セキュリティ通信」をご購読いただきありがとうございます。",
             "今週は、Amazonを装ったフィッシングメールの報告が急増しています。確認されている件名の一例は次のとおりです。",
             f"「{subj}」",
             "メール本文では「お支払いが確認できなかったため、ご注文はキャンセルされました」と説明し、偽のサインインページへ誘導します。注文番号の桁数が正しくない、送信元が無料メールアドレスである、といった特徴があります。",
             "対策：メール内のリンクは開かず、Amazonのアプリや公式サイトから直接「注文履歴」を確認してください。Amazonが電話番号やカード番号をメールで尋ねることはありません。",
             "配信停止はこちら：https://secu-tsushin.jp/unsubscribe"]
    text = "\n\n".join(paras) + "\n"
    html = simple_html("".join(f"<p>{p}</p>" for p in paras[:2]) + f'<blockquote style="border-left:3px solid #c00;padding-left:10px;color:#555;">{paras[2]}</blockquote>' + "".join(f"<p>{p}</p>" for p in paras[3:]), "ja")
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("週刊セキュリティ通信", "newsletter@secu-tsushin.jp")}, to="sho.suzuki@outlook.jp",
                subject=f"【週刊セキュリティ通信】「ご注文がキャンセルされました」Amazonを装うフィッシングに注意", date=rdate(9),
                msgid=plain_msgid("secu-tsushin.jp"), extra=[("List-Unsubscribe", "<https://secu-tsushin.jp/unsubscribe>")])

@mail("non_notice", "ja", None, False, None, "Amazon delivery time-slot booking cancelled, order itself continues")
def _():
    o = order_no("249"); name = "中村 彩"
    paras = ["Amazon.co.jpをご利用いただき、ありがとうございます。",
             f"ご注文 {o} について、ご指定いただいたお届け時間帯（6月14日 19時～21時）は、配送業者の都合によりご予約がキャンセルされました。",
             "ご注文自体はキャンセルされておらず、商品は引き続きお届け予定です。お手数ですが、以下から新しいお届け日時をご指定ください。"]
    html = amazon_html(lang="ja", site="amazon.co.jp", title="お届け日時の変更のお願い", order=o, order_label="注文番号: ",
                       greeting=f"{name} 様", paras=paras, items=[], nav=JA_NAV,
                       button=("お届け日時を選択", "https://www.amazon.co.jp/gp/your-account/ship-track?ref_=TE_btn"), footer=ja_foot_html())
    text = "\n\n".join(paras) + "\n\nhttps://www.amazon.co.jp/gp/your-account/ship-track\n" + ja_foot_text()
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.co.jp", "shipment-tracking@amazon.co.jp")}, to="aya.nakamura88@yahoo.co.jp",
                subject="お届け日時の変更：ご指定の時間帯でのお届けができなくなりました", date=rdate(9), msgid=ses_msgid("us-west-2"))

@mail("non_notice", "ja", None, False, None, "Prime membership cancellation confirmed")
def _():
    text = """加藤 真理子 様

Amazonプライム会員登録のキャンセル手続きが完了しました。

プライム会員特典は 2025年7月18日 までご利用いただけます。この日以降、会費は請求されません。
お急ぎ便・お届け日時指定便の無料利用、Prime Video、Amazon Music Prime などの特典は、上記の日付をもって終了します。

再度登録をご希望の場合は、いつでも https://www.amazon.co.jp/prime から登録できます。

Amazonプライムをご利用いただき、ありがとうございました。
Amazon.co.jp
"""
    return dict(layout="text", text=text, cte="base64",
                **{"from": ("Amazon.co.jp", "prime@amazon.co.jp")}, to="mariko.kato@icloud.com",
                subject="Amazonプライム会員登録のキャンセルが完了しました", date=rdate(9), msgid=ses_msgid("us-west-2"))

@mail("non_notice", "ja", None, False, None, "genuine Amazon payment-revision reminder: update payment or order WILL be cancelled; auth pass")
def _():
    o = order_no("503"); name = "鈴木 翔"
    paras = ["Amazon.co.jpをご利用いただき、ありがとうございます。",
             f"ご注文 {o} のお支払いについて、カード発行会社から承認が得られませんでした。",
             "お手数ですが、6月20日までにお支払い方法を更新してください。期日までに更新が確認できない場合、ご注文はキャンセルされます。",
             "お支払い方法の更新は、注文履歴の該当注文から「お支払い方法の変更」を選択してください。"]
    html = amazon_html(lang="ja", site="amazon.co.jp", title="お支払い方法の更新が必要です", order=o, order_label="注文番号: ",
                       greeting=f"{name} 様", paras=paras, items=[("Kindle Paperwhite (16GB) 6.8インチ", "1", "￥27,980")],
                       items_heading="ご注文の商品", cols=("商品", "数量", "価格"), nav=JA_NAV,
                       button=("お支払い方法を更新", "https://www.amazon.co.jp/gp/css/order-history?ref_=pe_revise"), footer=ja_foot_html())
    text = "\n\n".join(paras) + "\n\nhttps://www.amazon.co.jp/gp/css/order-history\n" + ja_foot_text()
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("Amazon.co.jp", "payments-messages@amazon.co.jp")}, to="sho.suzuki@outlook.jp",
                subject=f"ご注文 {o}：お支払い方法の更新をお願いします", date=rdate(9), msgid=ses_msgid("us-west-2"),
                pre=[("Authentication-Results", auth_pass_simple("co.jp", "mx.outlook.jp"))])

# ======================================================================
# TURKISH  (amazon.com.tr)
# ======================================================================
TR_NAV = ("Siparişlerim", "Hesabım")
TR_FOOT = [
    "Bu e-posta, gelen e-postaları kabul etmeyen bir bildirim adresinden gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
    "Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi sormaz.",
    "Kart numaranız veya son kullanma tarihi değiştiyse, ödeme yönteminizi Hesabım bölümünden güncelleyebilirsiniz: https://www.amazon.com.tr/cpe/yourpayments/wallet",
    "Amazon.com.tr'den geliyormuş gibi görünen şüpheli bir e-posta aldıysanız, lütfen Yardım sayfamızdaki adımları izleyerek bildirin: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GCTEA5NDLMTUXUEE",
    "Yardım ve Müşteri Hizmetleri: https://www.amazon.com.tr/gp/help/customer/display.html",
    "Amazon Turkey Perakende Hizmetleri Limited Şirketi, İstanbul",
]
def tr_foot_text():
    return "\n___________________________________________________\n\n" + "\n\n".join(TR_FOOT) + "\n"
def tr_foot_html():
    return [re.sub(r"(https://[^\s]+)", r'<a href="\1">\1</a>', x) for x in TR_FOOT]
def tr_items_text(items):
    return "\n".join(f"  {n}\n  Adet: {q}   Fiyat: {p}" for n, q, p in items)

@mail("notice", "tr", "inventory_shortage", True, "amazon.com.tr", "seller could not supply, out of stock; text-only iso-8859-9 QP; auth pass")
def _():
    o = order_no("404"); name = "Ayşe Yılmaz"
    items = [("Philips Airfryer XXL HD9650/90 Premium Fritöz, Siyah", "1", "7.499,00 TL")]
    text = f"""Amazon.com.tr
Sipariş İptali
Sipariş No: {o}
___________________________________________________

Merhaba {name},

Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.

Üzgünüz, aşağıdaki ürün satıcı tarafından tedarik edilemediği ve stokta kalmadığı için siparişinizi iptal etmek zorunda kaldık. Bu durumun yol açtığı rahatsızlık için özür dileriz.

İptal Edilen Ürünler:
{tr_items_text(items)}

Bu ürün için sizden herhangi bir ücret tahsil edilmeyecektir. Kartınızdan provizyon alındıysa, bu tutar birkaç iş günü içinde serbest bırakılacaktır.

Ürün tekrar stoğa girdiğinde ürün sayfasından yeniden sipariş verebilirsiniz.

Siparişlerinizi görüntülemek için: https://www.amazon.com.tr/gp/css/order-history?ref_=TE_tex_yo

Tekrar görüşmek dileğiyle,
Amazon.com.tr
{tr_foot_text()}"""
    return dict(layout="text", text=text, charset="iso-8859-9", hcharset="iso-8859-9", cte="quoted-printable",
                **{"from": ("Amazon.com.tr", "auto-confirm@amazon.com.tr")}, to="ayse.yilmaz1987@gmail.com",
                subject=f"Amazon.com.tr siparişiniz {o} iptal edildi", date=rdate(3), msgid=ses_msgid(),
                pre=[("Return-Path", f"<{hexs(16)}@bounces.amazon.com.tr>"), ("Received", ses_received()),
                     ("Authentication-Results", auth_pass("com.tr"))],
                extra_top=[("Reply-To", "no-reply@amazon.com.tr")],
                extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

@mail("notice", "tr", "payment_issue", True, "amazon.com.tr", "card declined, payment not revised in time; alt utf-8 base64; no auth")
def _():
    o = order_no("403"); name = "Mehmet Demir"
    items = [("Logitech MX Master 3S Kablosuz Mouse, Grafit", "1", "3.899,00 TL"), ("Logitech MX Keys S Klavye, Türkçe Q", "1", "4.649,00 TL")]
    p1 = "Siparişinizin ödemesi alınamadı. Kredi kartınız (Mastercard, son dört hanesi 8832) bankanız tarafından reddedildi."
    p2 = "Size daha önce gönderdiğimiz e-postada ödeme bilgilerinizi güncellemenizi rica etmiştik. Ödeme bilgileriniz belirtilen süre içinde güncellenmediği için siparişinizi iptal ettik."
    p3 = "Bu sipariş için herhangi bir ücret tahsil edilmedi. Ürünleri hâlâ satın almak istiyorsanız, geçerli bir ödeme yöntemiyle yeni bir sipariş verebilirsiniz."
    text = f"""Amazon.com.tr

Merhaba {name},

{p1}

{p2}

Sipariş No: {o}
{tr_items_text(items)}

{p3}

Ödeme yöntemlerinizi yönetin: https://www.amazon.com.tr/cpe/yourpayments/wallet

Amazon.com.tr
{tr_foot_text()}"""
    html = amazon_html(lang="tr", site="amazon.com.tr", title="Siparişiniz iptal edildi", order=o, order_label="Sipariş No: ",
                       greeting=f"Merhaba {name},", paras=[p1, p2, p3], items=items, items_heading="İptal Edilen Ürünler",
                       cols=("Ürün", "Adet", "Fiyat"), nav=TR_NAV, footer=tr_foot_html(),
                       button=("Ödeme yöntemlerini yönet", "https://www.amazon.com.tr/cpe/yourpayments/wallet?ref_=TE_btn"))
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.com.tr", "payments-messages@amazon.com.tr")}, to="mehmetdemir_34@hotmail.com",
                subject=f"Amazon.com.tr siparişiniz ({o}) iptal edildi: ödeme alınamadı", date=rdate(3), msgid=ses_msgid())

@mail("notice", "tr", "technical_issue", True, "amazon.com.tr", "pricing error from a technical fault, one item cancelled; HTML-only QP; auth pass")
def _():
    o = order_no("402"); name = "Elif Kaya"
    items = [("Samsung Galaxy Tab S9 FE 10.9\" 128 GB, Gri", "1", "1.249,00 TL")]
    paras = ["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
             "Teknik bir hata nedeniyle aşağıdaki ürün sitemizde yanlış bir fiyatla listelenmiştir. Ürünün doğru fiyatı 12.499,00 TL'dir.",
             "Bu fiyatlandırma hatası nedeniyle siparişinizdeki ürünü iptal ettik. Sizden herhangi bir ücret tahsil edilmeyecektir. Yaşanan aksaklık için özür dileriz.",
             "Siparişinizdeki diğer ürünler (varsa) planlandığı şekilde gönderilecektir."]
    html = amazon_html(lang="tr", site="amazon.com.tr", title="Siparişinizdeki 1 ürün iptal edildi", order=o, order_label="Sipariş No: ",
                       greeting=f"Merhaba {name},", paras=paras, items=items, items_heading="İptal Edilen Ürünler",
                       cols=("Ürün", "Adet", "Sipariş fiyatı"), nav=TR_NAV, footer=tr_foot_html(),
                       closing=["Tekrar görüşmek dileğiyle,"])
    return dict(layout="html", html=html, cte="quoted-printable",
                **{"from": ("Amazon.com.tr", "order-update@amazon.com.tr")}, to="elif.kaya@yandex.com.tr",
                subject=f"Amazon.com.tr siparişinizdeki 1 ürün iptal edildi ({o})", date=rdate(3), msgid=ses_msgid(),
                pre=[("Authentication-Results", auth_pass_simple("com.tr", "mx.yandex.net"))],
                extra_top=[("Reply-To", "no-reply@amazon.com.tr")])

@mail("notice", "tr", "fraud_prevention", True, "amazon.com.tr", "unusual activity, account on hold, order cancelled; text-only 8bit; no auth")
def _():
    o = order_no("404"); name = "Burak Şahin"
    text = f"""Merhaba {name},

Hesabınızda olağan dışı bir etkinlik fark ettik. Güvenliğiniz için hesabınızı geçici olarak beklemeye aldık ve aşağıdaki siparişinizi iptal ettik.

Sipariş No: {o}
  Apple AirPods Pro (2. nesil) MagSafe Şarj Kutusu (USB-C)
  Adet: 2   Fiyat: 17.998,00 TL

Hesabınıza yeniden erişmek için tarayıcınıza doğrudan www.amazon.com.tr yazarak veya Amazon Alışveriş uygulamasını kullanarak giriş yapın ve ekrandaki adımları izleyerek kimliğinizi doğrulayın. Bu e-postadaki bağlantılar üzerinden herhangi bir bilgi girmenizi istemeyiz.

Bu sipariş için ücret tahsil edilmedi.

Amazon.com.tr Hesap Uzmanları
{tr_foot_text()}"""
    return dict(layout="text", text=text, cte="8bit",
                **{"from": ("Amazon.com.tr", "cs-reply@amazon.com.tr")}, to="burak.sahin@outlook.com.tr",
                subject="Amazon.com.tr: Siparişiniz iptal edildi ve hesabınız beklemeye alındı", date=rdate(3), msgid=ses_msgid())

@mail("notice", "tr", "customer_request", True, "amazon.com.tr", "successful cancellation at customer's request, 'İptal Nedeni' line; alt iso-8859-9; auth pass")
def _():
    o = order_no("403"); name = "Zeynep Arslan"
    items = [("Tefal Ingenio Easy On 10 Parça Tencere Seti", "1", "3.299,00 TL")]
    p1 = "Talebiniz üzerine aşağıdaki ürünün iptali başarıyla tamamlandı."
    p2 = "İptal Nedeni: Müşteri tarafından iptal edildi"
    p3 = "Bu ürün için sizden ücret tahsil edilmeyecektir. Ödeme yaptıysanız, iade tutarı ödeme yönteminize yansıtılacaktır."
    text = f"""Amazon.com.tr
Merhaba {name},

{p1}

Sipariş No: {o}
{tr_items_text(items)}

{p2}

{p3}

Siparişlerim: https://www.amazon.com.tr/gp/css/order-history
{tr_foot_text()}"""
    html = amazon_html(lang="tr", site="amazon.com.tr", title="İptal başarılı", order=o, order_label="Sipariş No: ",
                       greeting=f"Merhaba {name},", paras=[p1, f"<b>{p2}</b>", p3], items=items, items_heading="İptal Edilen Ürünler",
                       cols=("Ürün", "Adet", "Fiyat"), nav=TR_NAV, footer=tr_foot_html()).replace("charset=UTF-8", "charset=ISO-8859-9")
    return dict(layout="alt", text=text, html=html, charset="iso-8859-9", cte="quoted-printable",
                **{"from": ("Amazon.com.tr", "auto-confirm@amazon.com.tr")}, to="zeynep.arslan@gmail.com",
                subject="Amazon.com.tr siparişinizden \"Tefal Ingenio Easy On 10 Parça...\" ürününün iptali başarılı", date=rdate(3), msgid=ses_msgid(),
                pre=[("Authentication-Results", auth_pass("com.tr"))])

@mail("notice", "tr", "unknown", True, "amazon.com.tr", "cancelled because address undeliverable (reason fits none of four); alt base64; no auth")
def _():
    o = order_no("402"); name = "Emre Çelik"
    items = [("Bosch Professional GSR 12V-15 Akülü Vidalama, 2 Akü", "1", "4.190,00 TL")]
    p1 = "Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz."
    p2 = "Belirttiğiniz teslimat adresine (Yeşilyurt Mah., Malatya) şu anda gönderim yapılamadığı için siparişinizi iptal etmek zorunda kaldık."
    p3 = "Sizden herhangi bir ücret tahsil edilmeyecektir. Farklı bir teslimat adresi ekleyerek yeniden sipariş verebilirsiniz."
    text = f"""Merhaba {name},

{p1}

{p2}

Sipariş No: {o}
{tr_items_text(items)}

{p3}

Adreslerinizi yönetin: https://www.amazon.com.tr/a/addresses
{tr_foot_text()}"""
    html = amazon_html(lang="tr", site="amazon.com.tr", title="Siparişiniz iptal edildi", order=o, order_label="Sipariş No: ",
                       greeting=f"Merhaba {name},", paras=[p1, p2, p3], items=items, items_heading="İptal Edilen Ürünler",
                       cols=("Ürün", "Adet", "Fiyat"), nav=TR_NAV, footer=tr_foot_html())
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.com.tr", "order-update@amazon.com.tr")}, to="emre.celik@icloud.com",
                subject=f"Amazon.com.tr siparişiniz #{o} iptal edildi", date=rdate(3), msgid=ses_msgid())

# ---------------------------------------------------------------- TR look-alikes
@mail("lookalike", "tr", "fraud_prevention", True, None, "gmail sender, callback number, malformed order no")
def _():
    text = """Sayın Amazon Müşterisi,

Hesabınızda şüpheli bir işlem tespit edildiği için 12.849,00 TL tutarındaki siparişiniz iptal edilmiştir.

Sipariş No: #406-551-2290
Ürün: iPhone 15 128 GB Siyah

Bu işlemi siz yapmadıysanız, kartınızın kötüye kullanılmasını önlemek için HEMEN 0850 305 47 19 numaralı Amazon Destek Hattı'nı arayın.
Görüşme sırasında temsilcimiz kimliğinizi doğrulayacaktır.

Amazon Türkiye Müşteri Hizmetleri
"""
    return dict(layout="text", text=text, cte="base64",
                **{"from": ("Amazon Destek", "amazontr.destekhatti@gmail.com")}, to="ayse.yilmaz1987@gmail.com",
                subject="Siparişiniz İptal Edildi - Acil İşlem Gerekli", date=rdate(3), msgid=gmail_msgid())

@mail("lookalike", "tr", "fraud_prevention", True, None, "account suspended and order cancelled, use verification code; look-alike domain; polished")
def _():
    o = order_no("404"); evil = "amazon-com-tr.hesap-dogrulama.net"
    paras = ["Güvenlik sistemlerimiz hesabınızda yetkisiz bir giriş denemesi tespit etti.",
             f"Bu nedenle hesabınız askıya alındı ve bekleyen {o} numaralı siparişiniz iptal edildi.",
             'Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:<br/><b style="font-size:22px;letter-spacing:3px;">593-118</b>',
             "Doğrulama 24 saat içinde yapılmazsa hesabınız kalıcı olarak kapatılacaktır."]
    html = amazon_html(lang="tr", site="amazon.com.tr", title="Hesabınız askıya alındı", order=o, order_label="Sipariş No: ",
                       greeting="Merhaba,", paras=paras, items=[], nav=TR_NAV, href_host=evil,
                       button=("Hesabı doğrula", f"https://{evil}/ap/signin?kod=593118"),
                       footer=tr_foot_html()[:2])
    text = re.sub(r"<[^>]+>", " ", "\n\n".join(paras)) + f"\n\nhttps://{evil}/ap/signin\n"
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("Amazon.com.tr", f"guvenlik@{evil}")}, to="mehmetdemir_34@hotmail.com",
                subject="Hesabınız askıya alındı - Siparişiniz iptal edildi", date=rdate(3), msgid=plain_msgid(evil),
                pre=[("Authentication-Results", auth_fail(evil, "mx.hotmail.com"))])

@mail("lookalike", "tr", "payment_issue", True, None, "reply with card details; hotmail sender; iso-8859-9 text")
def _():
    text = """Değerli Müşterimiz,

Ödemeniz bankanız tarafından reddedildiği için 403-2281940-77 numaralı siparişiniz iptal edilmiştir.

Siparişinizi yeniden aktif hale getirmek için lütfen bu e-postayı aşağıdaki bilgilerle yanıtlayın:

- Kart üzerindeki ad soyad
- Kart numarası
- Son kullanma tarihi
- CVV (kartın arkasındaki 3 hane)
- T.C. Kimlik No

Bilgileriniz alındıktan sonra siparişiniz 24 saat içinde kargoya verilecektir.

Saygılarımızla,
Amazon.com.tr Ödeme Birimi
"""
    return dict(layout="text", text=text, charset="iso-8859-9", cte="8bit",
                **{"from": ("Amazon Ödeme Birimi", "amazon.tr.odeme@hotmail.com")}, to="elif.kaya@yandex.com.tr",
                subject="Siparişiniz iptal edildi - Ödeme bilgilerinizi gönderin", date=rdate(3), msgid=plain_msgid("hotmail.com"))

@mail("lookalike", "tr", "inventory_shortage", True, None, "amazon.com.tr.<evil> sender, link text amazon.com.tr but href elsewhere; refund lure")
def _():
    o = order_no("402"); evil = "amazon.com.tr.iade-merkezi.info"
    shown = "https://www.amazon.com.tr/gp/css/order-history"
    paras = ["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
             "Üzgünüz, siparişinizdeki ürün stokta kalmadığı için siparişinizi iptal ettik.",
             f'5.799,00 TL tutarındaki iadenizi almak için kart bilgilerinizi aşağıdaki bağlantıdan onaylayın:<br/><a href="http://{evil}/iade?s={o}">{shown}</a>',
             "İade işlemi 48 saat içinde onaylanmazsa tutar hesabınıza aktarılamayacaktır."]
    html = amazon_html(lang="tr", site="amazon.com.tr", title="Sipariş İptali", order=o, order_label="Sipariş No: ",
                       greeting="Merhaba,", paras=paras, items=[("Dyson Supersonic Saç Kurutma Makinesi", "1", "5.799,00 TL")],
                       items_heading="İptal Edilen Ürünler", cols=("Ürün", "Adet", "Fiyat"), nav=TR_NAV, href_host=evil,
                       footer=tr_foot_html())
    text = f"Siparişinizdeki ürün stokta kalmadığı için siparişiniz ({o}) iptal edildi.\nİadeniz için: {shown}\n"
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.com.tr", f"siparis@{evil}")}, to="burak.sahin@outlook.com.tr",
                subject=f"Amazon.com.tr siparişiniz {o} iptal edildi - İade bekleniyor", date=rdate(3), msgid=plain_msgid(evil),
                pre=[("Authentication-Results", auth_fail(evil, "mx.outlook.com"))])

@mail("lookalike", "tr", "payment_issue", True, None, "Cyrillic letters in display name, amaz0n domain, order 'will be cancelled in 24h', no order no; HTML-only")
def _():
    body = """<table width="600" align="center" style="border:1px solid #e3e3e3;font-family:Arial,sans-serif;">
<tr><td style="background:#232f3e;padding:14px;color:#fff;font-size:24px;font-weight:bold;">amazon<span style="color:#ff9900;">.com.tr</span></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#111;">
<p>Sayın Müşterimiz,</p>
<p>Son siparişinizin ödemesi doğrulanamadı. Ödeme bilgileriniz <b>24 saat içinde</b> güncellenmezse siparişiniz otomatik olarak <b>iptal edilecektir</b>.</p>
<p style="text-align:center;"><a href="https://amaz0n-tr.com/odeme/guncelle" style="background:#ffa41c;color:#111;padding:11px 30px;text-decoration:none;border-radius:4px;">Ödeme Bilgilerini Güncelle</a></p>
<p style="color:#888;font-size:11px;">Amazon.com.tr &copy; 2025</p>
</td></tr></table>"""
    return dict(layout="html", html=simple_html(body, "tr"), cte="quoted-printable",
                **{"from": ("Am\u0430z\u043en.com.tr", "bildirim@amaz0n-tr.com")}, to="zeynep.arslan@gmail.com",
                subject="Son uyarı: Siparişiniz 24 saat içinde iptal edilecek", date=rdate(3), msgid=plain_msgid("amaz0n-tr.com"),
                pre=[("Received", dirty_received("mail.amaz0n-tr.com"))])

@mail("lookalike", "tr", "technical_issue", True, None, "amazon-orders.help domain, 'technical error' cancellation, malformed order no")
def _():
    o = "404-3321-8990"; evil = "amazon-orders.help"
    paras = ["Merhaba,",
             f"Sistemlerimizde yaşanan teknik bir hata nedeniyle {o} numaralı siparişiniz iptal edilmiştir.",
             "Ödemeniz tahsil edilmiş olabilir. İadenizi başlatmak için lütfen aşağıdaki formu doldurun."]
    body = "".join(f"<p>{p}</p>" for p in paras) + f'<p><a href="https://{evil}/tr/iade-formu">İade Formu</a></p><p>Amazon Sipariş Ekibi</p>'
    text = "\n\n".join(paras) + f"\n\nhttps://{evil}/tr/iade-formu\n\nAmazon Sipariş Ekibi\n"
    return dict(layout="alt", text=text, html=simple_html(body, "tr"), cte="base64",
                **{"from": ("Amazon Sipariş", f"no-reply@{evil}")}, to="emre.celik@icloud.com",
                subject=f"Sipariş #{o} iptal edildi (teknik hata)", date=rdate(3), msgid=plain_msgid(evil))

@mail("lookalike", "tr", "customer_request", True, None, "Greek Alpha in display name, yahoo sender, 'cancelled at your request, call if not you'")
def _():
    o = order_no("403")
    text = f"""Merhaba,

Talebiniz üzerine {o} numaralı siparişiniz iptal edilmiştir.

Ürün: PlayStation 5 Slim Digital Edition
Tutar: 21.999,00 TL

Bu iptal talebini siz oluşturmadıysanız hesabınız başka biri tarafından kullanılıyor olabilir. Lütfen 0212 909 31 48 numaralı hattı arayın veya bu e-postayı yanıtlayın.

Amazon.com.tr
"""
    return dict(layout="text", text=text, cte="quoted-printable",
                **{"from": ("\u0391mazon.com.tr", "amazon_tr_iptal@yahoo.com")}, to="ayse.yilmaz1987@gmail.com",
                subject=f"İptal talebiniz alındı - Sipariş {o}", date=rdate(3), msgid=plain_msgid("mail.yahoo.com"))

@mail("lookalike", "tr", "unknown", False, None, "crude, no diacritics, no order no, no reason, outlook sender + shortened link")
def _():
    text = """Sayin musteri,

amazon siparisiniz iptal olmustur!!!
Detaylar icin hemen tiklayin: http://bit.ly/3amz-tr-iptal

amazon
"""
    return dict(layout="text", text=text, cte="7bit",
                **{"from": ("AMAZON", "amazn.tr2024@outlook.com")}, to="mehmetdemir_34@hotmail.com",
                subject="AMAZON SIPARIS IPTALI !!!", date=rdate(3), msgid=plain_msgid("outlook.com"))

# ---------------------------------------------------------------- TR non-notices
@mail("non_notice", "tr", None, False, None, "MediaMarkt Turkey cancels its own order (stock); price-guarantee footer mentions Amazon.com.tr")
def _():
    paras = ["Sayın Elif Kaya,",
             "MediaMarkt'ı tercih ettiğiniz için teşekkür ederiz.",
             "Maalesef 1002384719 numaralı siparişinizde yer alan <b>Sony WH-1000XM5 Kablosuz Kulaklık, Siyah</b> ürünü depomuzda stokta kalmadığı için siparişiniz iptal edilmiştir.",
             "Kartınızdan çekilen 11.999,00 TL tutarındaki ödemeniz iade edilmiştir; bankanıza bağlı olarak hesabınıza yansıması 7 iş gününü bulabilir.",
             "<small>Fiyat Garantisi hakkında: Fiyat garantimiz yalnızca MediaMarkt mağazaları ve mediamarkt.com.tr için geçerlidir; Amazon.com.tr, Hepsiburada ve Trendyol gibi pazaryerlerindeki satıcı fiyatları bu kapsamda değildir.</small>",
             "MediaMarkt Türkiye Müşteri Hizmetleri<br/>0850 333 0 444"]
    html = simple_html("".join(f"<p>{p}</p>" for p in paras), "tr")
    text = re.sub(r"<[^>]+>", "", "\n\n".join(paras).replace("<br/>", "\n"))
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("MediaMarkt", "siparis@mediamarkt.com.tr")}, to="elif.kaya@yandex.com.tr",
                subject="Siparişiniz iptal edildi - 1002384719", date=rdate(3), msgid=plain_msgid("mediamarkt.com.tr"))

@mail("non_notice", "tr", None, False, None, "friend writes she cancelled her Amazon headphone order")
def _():
    text = """Selam Zeynep,

Amazon'dan aldığım kulaklığı iptal ettim sonunda :) Senin önerdiğin modeli başka bir yerde 800 lira daha ucuza buldum.
İptal onayı da geldi, ücret kartıma yansımamış zaten.

Cumartesi kahveye geliyor musun? Kulaklığı deneriz beraber.

Sevgiler,
Deniz
"""
    return dict(layout="text", text=text, cte="8bit",
                **{"from": ("Deniz Aydın", "deniz.aydin92@gmail.com")}, to="zeynep.arslan@gmail.com",
                subject="Kulaklık meselesi", date=rdate(3), msgid=gmail_msgid())

@mail("non_notice", "tr", None, False, None, "tech newsletter on phishing quoting fake 'Amazon siparişiniz iptal edildi' subject")
def _():
    paras = ["TeknoGündem Haftalık Bülten",
             "<b>Amazon kullanıcılarını hedef alan yeni oltalama dalgası</b>",
             "Siber güvenlik araştırmacıları, son günlerde \"Amazon siparişiniz iptal edildi - ödemenizi doğrulayın\" konulu sahte e-postaların yaygınlaştığını bildirdi. E-postalar, kullanıcıyı amazon.com.tr adresine benzeyen sahte bir sayfaya yönlendirerek kart bilgilerini çalmayı amaçlıyor.",
             "Uzmanlar, gönderen adresini kontrol etmeyi, bağlantılara tıklamamayı ve siparişleri yalnızca uygulama ya da resmi site üzerinden kontrol etmeyi öneriyor.",
             "Bu haftanın diğer haberleri: Yeni katlanabilir telefonlar, 5G ihalesi, yapay zekâ destekli fotoğraf düzenleme.",
             '<small>Abonelikten çıkmak için <a href="https://teknogundem.com.tr/bulten/cik">tıklayın</a>.</small>']
    html = simple_html("".join(f"<p>{p}</p>" for p in paras), "tr")
    text = re.sub(r"<[^>]+>", "", "\n\n".join(paras))
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("TeknoGündem", "bulten@teknogundem.com.tr")}, to="burak.sahin@outlook.com.tr",
                subject="Dikkat: \"Amazon siparişiniz iptal edildi\" e-postaları dolandırıcılık çıktı", date=rdate(3),
                msgid=plain_msgid("teknogundem.com.tr"), extra=[("List-Unsubscribe", "<https://teknogundem.com.tr/bulten/cik>")])

@mail("non_notice", "tr", None, False, None, "Amazon installation appointment cancelled, order remains active")
def _():
    o = order_no("404"); name = "Emre Çelik"
    paras = ["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
             f"{o} numaralı siparişiniz için 18 Haziran tarihinde 10:00-14:00 saatleri arasına planlanan kurulum randevunuz, servis ekibinin yoğunluğu nedeniyle iptal edildi.",
             "Siparişiniz iptal edilmedi; ürününüz teslim edilmiştir. Lütfen aşağıdaki bağlantıdan yeni bir kurulum randevusu seçin."]
    html = amazon_html(lang="tr", site="amazon.com.tr", title="Kurulum randevunuz iptal edildi", order=o, order_label="Sipariş No: ",
                       greeting=f"Merhaba {name},", paras=paras, items=[("Arçelik 9 kg 1200 Devir Çamaşır Makinesi", "1", "")],
                       items_heading="Ürün", cols=("Ürün", "Adet", ""), nav=TR_NAV,
                       button=("Yeni randevu seç", "https://www.amazon.com.tr/gp/your-account/order-details?ref_=TE_inst"), footer=tr_foot_html())
    text = "\n\n".join(paras) + "\n\nhttps://www.amazon.com.tr/gp/your-account/order-details\n" + tr_foot_text()
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("Amazon.com.tr", "shipment-tracking@amazon.com.tr")}, to="emre.celik@icloud.com",
                subject="Kurulum randevunuz iptal edildi - yeni bir tarih seçin", date=rdate(3), msgid=ses_msgid())

@mail("non_notice", "tr", None, False, None, "Prime membership cancelled")
def _():
    text = """Merhaba Burak Şahin,

Amazon Prime üyeliğinizi iptal ettiniz.

Prime avantajlarından 14 Temmuz 2025 tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra üyelik ücreti tahsil edilmeyecektir.

Fikrinizi değiştirirseniz, https://www.amazon.com.tr/prime adresinden istediğiniz zaman yeniden üye olabilirsiniz.

Amazon Prime Ekibi
"""
    return dict(layout="text", text=text, charset="iso-8859-9", cte="quoted-printable",
                **{"from": ("Amazon Prime", "prime@amazon.com.tr")}, to="burak.sahin@outlook.com.tr",
                subject="Amazon Prime üyeliğiniz iptal edildi", date=rdate(3), msgid=ses_msgid())

@mail("non_notice", "tr", None, False, None, "genuine payment reminder: update payment method or order will be cancelled")
def _():
    o = order_no("403"); name = "Ayşe Yılmaz"
    text = f"""Merhaba {name},

{o} numaralı siparişinizin ödemesini bankanızdan onaylatamadık.

Siparişinizin işleme alınabilmesi için lütfen 21 Haziran tarihine kadar ödeme bilgilerinizi güncelleyin. Bu tarihe kadar güncelleme yapılmazsa siparişiniz iptal edilecektir.

Ödeme yöntemini değiştirmek için: https://www.amazon.com.tr/gp/css/order-history (ilgili siparişte "Ödeme yöntemini değiştir" seçeneğini kullanın)

  Braun Silk-épil 9 Flex Epilatör
  Adet: 1   Fiyat: 4.299,00 TL

Amazon.com.tr
{tr_foot_text()}"""
    return dict(layout="text", text=text, cte="base64",
                **{"from": ("Amazon.com.tr", "payments-update@amazon.com.tr")}, to="ayse.yilmaz1987@gmail.com",
                subject=f"İşlem gerekli: {o} numaralı siparişiniz için ödeme bilgilerinizi güncelleyin", date=rdate(3), msgid=ses_msgid())

# ======================================================================
# ARABIC  (amazon.ae / amazon.sa / amazon.eg)
# ======================================================================
AR_NAV = ("طلباتك", "حسابك")
AR_CO = {"ae": "Amazon.ae - أمازون الإمارات العربية المتحدة", "sa": "Amazon.sa - أمازون المملكة العربية السعودية", "eg": "Amazon.eg - أمازون مصر"}
def ar_foot(tld):
    return [
        "تم إرسال هذه الرسالة من عنوان بريد إلكتروني مخصص للإشعارات فقط ولا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.",
        "لن تطلب منك أمازون أبداً كلمة المرور أو رقم بطاقتك الائتمانية أو بياناتك المصرفية عبر البريد الإلكتروني.",
        f"إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديث طريقة الدفع من «حسابك»: https://www.amazon.{tld}/cpe/yourpayments/wallet",
        f"إذا تلقيت رسالة بريد إلكتروني مشبوهة تبدو وكأنها من أمازون، يرجى الإبلاغ عنها باتباع الخطوات في صفحة المساعدة: https://www.amazon.{tld}/gp/help/customer/display.html?nodeId=GCTEA5NDLMTUXUEE",
        f"المساعدة وخدمة العملاء: https://www.amazon.{tld}/gp/help/customer/display.html",
        AR_CO[tld],
    ]
def ar_foot_text(tld):
    return "\n___________________________________________________\n\n" + "\n\n".join(ar_foot(tld)) + "\n"
def ar_foot_html(tld):
    return [re.sub(r"(https://[^\s]+)", r'<a href="\1" dir="ltr">\1</a>', x) for x in ar_foot(tld)]
def ar_items_text(items):
    return "\n".join(f"  {n}\n  الكمية: {q}   السعر: {p}" for n, q, p in items)

@mail("notice", "ar", "inventory_shortage", True, "amazon.sa", "item no longer available, seller could not supply; text-only windows-1256 QP; auth pass")
def _():
    o = order_no("408"); name = "نورة العتيبي"
    items = [("قلاية هوائية فيليبس XXL بريميوم، أسود HD9650/90", "1", "899.00 ريال")]
    text = f"""Amazon.sa
إلغاء الطلب
رقم الطلب: {o}
___________________________________________________

مرحباً {name}،

شكراً لتسوقك من Amazon.sa.

نأسف لإبلاغك بأنه تم إلغاء طلبك لأن المنتج التالي لم يعد متوفراً، ولم يتمكن البائع من توفيره. نعتذر عن أي إزعاج قد يسببه ذلك.

المنتجات الملغاة:
{ar_items_text(items)}

لن يتم تحصيل أي مبلغ مقابل هذا المنتج. إذا تم حجز مبلغ على بطاقتك، فسيتم الإفراج عنه خلال بضعة أيام عمل.

يمكنك عرض طلباتك من هنا: https://www.amazon.sa/gp/css/order-history?ref_=TE_tex_yo

نتطلع لرؤيتك مرة أخرى.
Amazon.sa
{ar_foot_text("sa")}"""
    return dict(layout="text", text=text, charset="windows-1256", cte="quoted-printable",
                **{"from": ("Amazon.sa", "auto-confirm@amazon.sa")}, to="noura.alotaibi@gmail.com",
                subject=f"تم إلغاء طلبك رقم {o} من Amazon.sa", date=rdate(3), msgid=ses_msgid(),
                pre=[("Return-Path", f"<{hexs(16)}@bounces.amazon.sa>"), ("Received", ses_received()),
                     ("Authentication-Results", auth_pass("sa"))],
                extra_top=[("Reply-To", "no-reply@amazon.sa")],
                extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")])

@mail("notice", "ar", "payment_issue", True, "amazon.ae", "expired card, payment info not updated in time; alt utf-8 base64, RTL HTML; no auth")
def _():
    o = order_no("406"); name = "أحمد المنصوري"
    items = [("سماعات سوني WH-1000XM5 لاسلكية بخاصية إلغاء الضوضاء، أسود", "1", "1,199.00 درهم")]
    p1 = "لم نتمكن من معالجة الدفع لطلبك لأن بطاقتك الائتمانية (فيزا المنتهية بالرقم 5521) منتهية الصلاحية."
    p2 = "أرسلنا إليك سابقاً رسالة نطلب فيها تحديث معلومات الدفع، ولكن لم يتم تحديثها خلال المهلة المحددة، لذلك قمنا بإلغاء طلبك."
    p3 = "لم يتم خصم أي مبلغ مقابل هذا الطلب. إذا كنت لا تزال ترغب في شراء المنتج، يرجى تقديم طلب جديد باستخدام طريقة دفع صالحة."
    text = f"""Amazon.ae
Your Amazon.ae order has been cancelled / تم إلغاء طلبك

مرحباً {name}،

{p1}

{p2}

رقم الطلب: {o}
{ar_items_text(items)}

{p3}

إدارة طرق الدفع: https://www.amazon.ae/cpe/yourpayments/wallet
{ar_foot_text("ae")}"""
    html = amazon_html(lang="ar", site="amazon.ae", title="تم إلغاء طلبك", order=o, order_label="رقم الطلب: ",
                       greeting=f"مرحباً {name}،", paras=[p1, p2, p3], items=items, items_heading="المنتجات الملغاة",
                       cols=("المنتج", "الكمية", "السعر"), nav=AR_NAV, footer=ar_foot_html("ae"), rtl=True,
                       button=("إدارة طرق الدفع", "https://www.amazon.ae/cpe/yourpayments/wallet?ref_=TE_btn"))
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.ae", "payments-messages@amazon.ae")}, to="ahmed.almansoori@outlook.com",
                subject=f"تم إلغاء طلبك من Amazon.ae رقم {o} - مشكلة في الدفع", date=rdate(4), msgid=ses_msgid())

@mail("notice", "ar", "technical_issue", True, "amazon.eg", "item shown at wrong price due to technical error, item cancelled; HTML-only QP; auth pass")
def _():
    o = order_no("171"); name = "سارة حسن"
    items = [("ثلاجة شارب نوفروست 450 لتر، فضي SJ-GV58G-SL", "1", "1,850.00 جنيه")]
    paras = ["شكراً لتسوقك من Amazon.eg.",
             "بسبب خطأ تقني، تم عرض المنتج التالي على موقعنا بسعر غير صحيح. السعر الصحيح للمنتج هو 18,500.00 جنيه.",
             "نظراً لخطأ التسعير هذا، قمنا بإلغاء المنتج من طلبك. لن يتم تحصيل أي مبلغ مقابل هذا المنتج، ونعتذر عن أي إزعاج.",
             "سيتم شحن المنتجات الأخرى في طلبك (إن وجدت) كما هو مخطط."]
    html = amazon_html(lang="ar", site="amazon.eg", title="تم إلغاء منتج واحد من طلبك", order=o, order_label="رقم الطلب: ",
                       greeting=f"مرحباً {name}،", paras=paras, items=items, items_heading="المنتجات الملغاة",
                       cols=("المنتج", "الكمية", "السعر عند الطلب"), nav=AR_NAV, footer=ar_foot_html("eg"), rtl=True)
    return dict(layout="html", html=html, cte="quoted-printable",
                **{"from": ("Amazon.eg", "order-update@amazon.eg")}, to="sara.hassan.eg@yahoo.com",
                subject=f"تم إلغاء منتج واحد من طلبك على Amazon.eg رقم {o}", date=rdate(2), msgid=ses_msgid(),
                pre=[("Authentication-Results", auth_pass_simple("eg", "mta.yahoo.com"))],
                extra_top=[("Reply-To", "no-reply@amazon.eg")])

@mail("notice", "ar", "fraud_prevention", True, "amazon.sa", "unusual activity, account on hold, order cancelled; text-only 8bit; no auth")
def _():
    o = order_no("408"); name = "خالد الشمري"
    text = f"""مرحباً {name}،

لاحظنا نشاطاً غير معتاد على حسابك في Amazon.sa. لحماية حسابك، قمنا بتعليقه مؤقتاً وإلغاء طلبك التالي.

رقم الطلب: {o}
  ساعة أبل الذكية Series 9 مقاس 45 مم (GPS)
  الكمية: 2   السعر: 3,398.00 ريال

لاستعادة الوصول إلى حسابك، سجّل الدخول مباشرة عبر تطبيق أمازون للتسوق أو بكتابة www.amazon.sa في المتصفح، واتبع التعليمات الظاهرة على الشاشة للتحقق من هويتك. لن نطلب منك إدخال أي معلومات عبر روابط في هذه الرسالة.

لم يتم خصم أي مبلغ مقابل هذا الطلب.

فريق حماية الحسابات
Amazon.sa
{ar_foot_text("sa")}"""
    return dict(layout="text", text=text, cte="8bit",
                **{"from": ("Amazon.sa", "cs-reply@amazon.sa")}, to="khalid.alshammari@hotmail.com",
                subject="Amazon.sa: تم إلغاء طلبك وتعليق حسابك مؤقتاً", date=rdate(3), msgid=ses_msgid())

@mail("notice", "ar", "customer_request", True, "amazon.ae", "successful cancellation at customer's request, 'cancel reason' line; alt windows-1256; auth pass")
def _():
    o = order_no("407"); name = "فاطمة الكعبي"
    items = [("ماكينة قهوة نسبريسو فيرتو نكست، رمادي", "1", "649.00 درهم")]
    p1 = "بناءً على طلبك، تم إلغاء المنتج التالي من طلبك بنجاح."
    p2 = "سبب الإلغاء: ألغاه العميل"
    p3 = "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. إذا كنت قد دفعت بالفعل، فسيتم رد المبلغ إلى طريقة الدفع الأصلية."
    text = f"""Amazon.ae
مرحباً {name}،

{p1}

رقم الطلب: {o}
{ar_items_text(items)}

{p2}

{p3}

طلباتك: https://www.amazon.ae/gp/css/order-history
{ar_foot_text("ae")}"""
    html = amazon_html(lang="ar", site="amazon.ae", title="تم الإلغاء بنجاح", order=o, order_label="رقم الطلب: ",
                       greeting=f"مرحباً {name}،", paras=[p1, f"<b>{p2}</b>", p3], items=items, items_heading="المنتجات الملغاة",
                       cols=("المنتج", "الكمية", "السعر"), nav=AR_NAV, footer=ar_foot_html("ae"), rtl=True
                       ).replace("charset=UTF-8", "charset=windows-1256")
    return dict(layout="alt", text=text, html=html, charset="windows-1256", cte="quoted-printable",
                **{"from": ("Amazon.ae", "auto-confirm@amazon.ae")}, to="fatima.alkaabi@gmail.com",
                subject="تم إلغاء \"ماكينة قهوة نسبريسو فيرتو نكست...\" بنجاح من طلبك على Amazon.ae", date=rdate(4), msgid=ses_msgid(),
                pre=[("Authentication-Results", auth_pass("ae"))])

@mail("notice", "ar", "unknown", False, "amazon.eg", "'information from Amazon.eg' cancellation with no reason; alt base64; no auth")
def _():
    o = order_no("171"); name = "عمر فاروق"
    items = [("مكواة بخار فيليبس 2400 وات، أزرق", "1", "1,299.00 جنيه"), ("لوح كي قابل للطي", "1", "475.00 جنيه")]
    p1 = "شكراً لتسوقك من Amazon.eg."
    p2 = "نود إعلامك بأنه تم إلغاء طلبك التالي. نعتذر عن أي إزعاج قد يسببه ذلك."
    p3 = "لن يتم تحصيل أي مبلغ مقابل هذا الطلب. إذا كنت قد دفعت مسبقاً، فسيتم رد المبلغ إلى طريقة الدفع الأصلية."
    text = f"""معلومات من Amazon.eg

مرحباً {name}،

{p1}

{p2}

رقم الطلب: {o}
{ar_items_text(items)}

{p3}
{ar_foot_text("eg")}"""
    html = amazon_html(lang="ar", site="amazon.eg", title="معلومات من Amazon.eg", order=o, order_label="رقم الطلب: ",
                       greeting=f"مرحباً {name}،", paras=[p1, p2, p3], items=items, items_heading="المنتجات الملغاة",
                       cols=("المنتج", "الكمية", "السعر"), nav=AR_NAV, footer=ar_foot_html("eg"), rtl=True)
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.eg", "no-reply@amazon.eg")}, to="omar.farouk@gmail.com",
                subject="معلومات من Amazon.eg", date=rdate(2), msgid=ses_msgid())

# ---------------------------------------------------------------- AR look-alikes
@mail("lookalike", "ar", "payment_issue", True, None, "gmail sender, callback toll-free number, malformed order no")
def _():
    text = """عزيزي عميل أمازون،

تعذّر التحقق من عملية الدفع، وتم إلغاء طلبك بقيمة 3,499.00 درهم.

رقم الطلب: #171-88213-5540
المنتج: آيفون 15 برو 256 جيجابايت

إذا لم تقم بهذا الطلب، فقد يكون هناك استخدام غير مصرح به لبطاقتك. اتصل فوراً بخدمة عملاء أمازون على الرقم المجاني:
800-0444-7621 (متاح على مدار الساعة)

فريق دعم أمازون
"""
    return dict(layout="text", text=text, cte="base64",
                **{"from": ("خدمة عملاء أمازون", "amazon.ae.helpdesk@gmail.com")}, to="ahmed.almansoori@outlook.com",
                subject="تم إلغاء طلبك - يرجى الاتصال فوراً", date=rdate(4), msgid=gmail_msgid())

@mail("lookalike", "ar", "fraud_prevention", True, None, "account suspended + order cancelled, enter code; look-alike domain; polished RTL HTML")
def _():
    o = order_no("406"); evil = "amazon-ae.account-secure.co"
    paras = ["اكتشفت أنظمتنا محاولة تسجيل دخول غير مصرح بها إلى حسابك.",
             f"لذلك تم تعليق حسابك وإلغاء طلبك رقم {o}.",
             'لإعادة تفعيل حسابك، استخدم رمز التحقق التالي:<br/><b style="font-size:22px;letter-spacing:3px;" dir="ltr">482 907</b>',
             "إذا لم يتم التحقق خلال 24 ساعة، فسيتم إغلاق حسابك نهائياً."]
    html = amazon_html(lang="ar", site="amazon.ae", title="تم تعليق حسابك", order=o, order_label="رقم الطلب: ",
                       greeting="مرحباً،", paras=paras, items=[], nav=AR_NAV, href_host=evil, rtl=True,
                       button=("تحقق من حسابك", f"https://{evil}/ap/signin?code=482907"), footer=ar_foot_html("ae")[:2])
    text = re.sub(r"<[^>]+>", " ", "\n\n".join(paras)) + f"\n\nhttps://{evil}/ap/signin\n"
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("Amazon.ae", f"security@{evil}")}, to="fatima.alkaabi@gmail.com",
                subject="تم تعليق حسابك وإلغاء طلبك - Amazon.ae", date=rdate(4), msgid=plain_msgid(evil),
                pre=[("Authentication-Results", auth_fail(evil))])

@mail("lookalike", "ar", "payment_issue", True, None, "asks to reply with card details; outlook sender; windows-1256 8bit text")
def _():
    text = """عزيزي العميل،

تم رفض عملية الدفع من قبل البنك، لذلك تم إلغاء طلبك رقم 408-55120-8871.

لإعادة تفعيل طلبك، يرجى الرد على هذه الرسالة بالمعلومات التالية:

- الاسم كما هو مكتوب على البطاقة
- رقم البطاقة
- تاريخ الانتهاء
- رمز الأمان CVV
- رقم الهوية الوطنية

سيتم شحن طلبك خلال 24 ساعة من استلام بياناتك.

مع التحية،
قسم المدفوعات - أمازون السعودية
"""
    return dict(layout="text", text=text, charset="windows-1256", cte="8bit",
                **{"from": ("قسم المدفوعات أمازون", "amazon.sa.payments@outlook.com")}, to="noura.alotaibi@gmail.com",
                subject="تم إلغاء طلبك - أرسل بيانات الدفع", date=rdate(3), msgid=plain_msgid("outlook.com"))

@mail("lookalike", "ar", "inventory_shortage", True, None, "amazon.sa.<evil> sender, link text shows amazon.sa but href elsewhere; refund lure")
def _():
    o = order_no("408"); evil = "amazon.sa.refund-center.online"
    shown = "https://www.amazon.sa/gp/css/order-history"
    paras = ["شكراً لتسوقك من Amazon.sa.",
             "نأسف لإبلاغك بأنه تم إلغاء طلبك لأن المنتج غير متوفر في المخزون.",
             f'لاسترداد مبلغ 2,149.00 ريال، يرجى تأكيد بيانات بطاقتك من خلال الرابط التالي:<br/><a href="http://{evil}/refund?o={o}" dir="ltr">{shown}</a>',
             "إذا لم يتم التأكيد خلال 48 ساعة، فلن نتمكن من إعادة المبلغ."]
    html = amazon_html(lang="ar", site="amazon.sa", title="إلغاء الطلب", order=o, order_label="رقم الطلب: ",
                       greeting="مرحباً،", paras=paras, items=[("مكنسة دايسون V11 لاسلكية", "1", "2,149.00 ريال")],
                       items_heading="المنتجات الملغاة", cols=("المنتج", "الكمية", "السعر"), nav=AR_NAV, href_host=evil,
                       rtl=True, footer=ar_foot_html("sa"))
    text = f"تم إلغاء طلبك ({o}) لأن المنتج غير متوفر في المخزون.\nلاسترداد المبلغ: {shown}\n"
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.sa", f"no-reply@{evil}")}, to="khalid.alshammari@hotmail.com",
                subject=f"تم إلغاء طلبك رقم {o} - استرداد المبلغ", date=rdate(3), msgid=plain_msgid(evil),
                pre=[("Authentication-Results", auth_fail(evil, "mx.hotmail.com"))])

@mail("lookalike", "ar", "unknown", True, None, "Cyrillic letters in display name, amaz0n domain, order 'will be cancelled' unless address confirmed; no order no; HTML-only")
def _():
    body = """<div style="max-width:600px;margin:0 auto;border:1px solid #ddd;padding:24px;font-family:Tahoma,Arial,sans-serif;">
<div style="font-size:26px;font-weight:bold;color:#232f3e;" dir="ltr">amazon<span style="color:#ff9900;">.ae</span></div>
<h2 style="color:#c45500;font-weight:normal;">سيتم إلغاء طلبك خلال 12 ساعة</h2>
<p>عزيزي العميل،</p>
<p>لم نتمكن من توصيل شحنتك لأن عنوان الشحن غير مكتمل. إذا لم تقم بتأكيد عنوانك خلال 12 ساعة، فسيتم إلغاء طلبك تلقائياً.</p>
<p>رسوم إعادة الجدولة: 7.50 درهم فقط.</p>
<p style="text-align:center;margin:26px 0;"><a href="https://amaz0n-ae.com/address/confirm" style="background:#ffd814;color:#111;padding:12px 34px;border-radius:20px;text-decoration:none;">تأكيد العنوان</a></p>
<p style="font-size:11px;color:#777;">&copy; Amazon.ae</p>
</div>"""
    return dict(layout="html", html=simple_html(body, "ar", rtl=True), cte="base64",
                **{"from": ("\u0410m\u0430z\u043en.ae", "delivery@amaz0n-ae.com")}, to="ahmed.almansoori@outlook.com",
                subject="تنبيه: سيتم إلغاء طلبك خلال 12 ساعة", date=rdate(4), msgid=plain_msgid("amaz0n-ae.com"),
                pre=[("Received", dirty_received("amaz0n-ae.com"))])

@mail("lookalike", "ar", "technical_issue", True, None, "amazon-orders.help domain, 'system glitch' cancellation, refund form")
def _():
    o = order_no("171"); evil = "amazon-orders.help"
    paras = ["مرحباً،",
             f"بسبب خلل في النظام، لم تتم معالجة طلبك رقم {o} بشكل صحيح وتم إلغاؤه.",
             "ربما تم خصم المبلغ من بطاقتك. لبدء عملية الاسترداد، يرجى ملء النموذج التالي."]
    body = "".join(f"<p>{p}</p>" for p in paras) + f'<p><a href="https://{evil}/eg/refund-form">نموذج الاسترداد</a></p><p>فريق طلبات أمازون</p>'
    text = "\n\n".join(paras) + f"\n\nhttps://{evil}/eg/refund-form\n\nفريق طلبات أمازون\n"
    return dict(layout="alt", text=text, html=simple_html(body, "ar", rtl=True), cte="quoted-printable",
                **{"from": ("Amazon Orders", f"support@{evil}")}, to="sara.hassan.eg@yahoo.com",
                subject=f"إلغاء الطلب {o} بسبب خطأ تقني", date=rdate(2), msgid=plain_msgid(evil))

@mail("lookalike", "ar", "customer_request", True, None, "Greek Alpha in display name, yahoo sender, 'cancelled at your request, call if not you'")
def _():
    o = order_no("171")
    text = f"""مرحباً،

بناءً على طلبك، تم إلغاء طلبك رقم {o}.

المنتج: بلايستيشن 5 سليم - الإصدار الرقمي
المبلغ: 27,999.00 جنيه

إذا لم تقم بطلب الإلغاء، فقد يكون حسابك مستخدماً من قبل شخص آخر. يرجى الاتصال على 0225984410 أو الرد على هذه الرسالة.

Amazon.eg
"""
    return dict(layout="text", text=text, cte="quoted-printable",
                **{"from": ("\u0391mazon.eg", "amazon.eg.cancel@yahoo.com")}, to="omar.farouk@gmail.com",
                subject=f"تم استلام طلب الإلغاء - الطلب {o}", date=rdate(2), msgid=plain_msgid("mail.yahoo.com"))

@mail("lookalike", "ar", "unknown", False, None, "crude, amazon.eg.<evil>.ru sender, no order no, no reason")
def _():
    text = """عزيزي العميل

طلبك تم الغاؤه
اضغط هنا لمعرفة التفاصيل: http://amazon.eg.secure-login.ru/eg

امازون
"""
    return dict(layout="text", text=text, cte="8bit",
                **{"from": ("Amazon", "service@amazon.eg.secure-login.ru")}, to="sara.hassan.eg@yahoo.com",
                subject="امازون: تم الغاء طلبك!!", date=rdate(2), msgid=plain_msgid("secure-login.ru"),
                pre=[("Received", dirty_received("secure-login.ru"))])

# ---------------------------------------------------------------- AR non-notices
@mail("non_notice", "ar", None, False, None, "noon cancels its own order (out of stock); best-price footer mentions Amazon.ae")
def _():
    paras = ["مرحباً فاطمة،",
             "نأسف لإبلاغك بأنه تم إلغاء طلبك رقم <b dir=\"ltr\">NAEH40021877319</b> من noon لأن المنتج <b>سامسونج جالاكسي بودز 3 برو</b> نفد من المخزون لدى البائع.",
             "سيتم رد مبلغ 799.00 درهم إلى بطاقتك خلال 5 إلى 7 أيام عمل.",
             "<small>ملاحظة: ضمان أفضل سعر من noon لا يشمل العروض المتاحة على مواقع أخرى مثل Amazon.ae.</small>",
             "فريق noon"]
    html = simple_html("".join(f"<p>{p}</p>" for p in paras), "ar", rtl=True)
    text = re.sub(r"<[^>]+>", "", "\n\n".join(paras))
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("noon", "no-reply@noon.com")}, to="fatima.alkaabi@gmail.com",
                subject="تم إلغاء طلبك NAEH40021877319", date=rdate(4), msgid=plain_msgid("noon.com"))

@mail("non_notice", "ar", None, False, None, "colleague says he cancelled the Amazon printer order")
def _():
    text = """صباح الخير أستاذ عمر،

بخصوص الطابعة التي طلبناها من أمازون الأسبوع الماضي: قمت بإلغاء الطلب أمس لأن قسم المشتريات وجد عرضاً أفضل من المورد المعتاد.
وصلتني رسالة تأكيد الإلغاء، ولن يتم خصم أي مبلغ من بطاقة الشركة.

سأرسل لك عرض السعر الجديد بعد الظهر.

تحياتي،
محمود سعيد
قسم تقنية المعلومات
"""
    return dict(layout="text", text=text, charset="windows-1256", cte="quoted-printable",
                **{"from": ("محمود سعيد", "m.saeed@nile-trading.com.eg")}, to="omar.farouk@nile-trading.com.eg",
                subject="بخصوص طلب الطابعة", date=rdate(2), msgid=plain_msgid("nile-trading.com.eg"))

@mail("non_notice", "ar", None, False, None, "security blog post quoting fake 'your Amazon order has been cancelled' subject")
def _():
    paras = ["<b>نشرة الأمن الرقمي - العدد 47</b>",
             "انتشرت خلال الأسبوع الماضي رسائل تصيّد احتيالي تنتحل صفة أمازون تحمل عنوان: «تم إلغاء طلبك من أمازون - يرجى تحديث بيانات الدفع».",
             "تطلب هذه الرسائل من المستخدم الضغط على رابط يؤدي إلى صفحة مزيفة تشبه صفحة تسجيل الدخول، أو الاتصال برقم هاتف وهمي.",
             "نصائح: تحقق من عنوان المرسل، ولا تضغط على الروابط، وراجع طلباتك من تطبيق أمازون أو الموقع الرسمي مباشرة. أمازون لا تطلب أبداً رقم بطاقتك عبر البريد الإلكتروني.",
             '<small><a href="https://amn-raqmi.net/unsubscribe">إلغاء الاشتراك في النشرة</a></small>']
    html = simple_html("".join(f"<p>{p}</p>" for p in paras), "ar", rtl=True)
    text = re.sub(r"<[^>]+>", "", "\n\n".join(paras))
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("نشرة الأمن الرقمي", "newsletter@amn-raqmi.net")}, to="khalid.alshammari@hotmail.com",
                subject="احذر: رسائل «تم إلغاء طلبك من أمازون» المزيفة", date=rdate(3), msgid=plain_msgid("amn-raqmi.net"),
                extra=[("List-Unsubscribe", "<https://amn-raqmi.net/unsubscribe>")])

@mail("non_notice", "ar", None, False, None, "Amazon.sa delivery slot cancelled, order continues; pick a new slot")
def _():
    o = order_no("408"); name = "نورة العتيبي"
    paras = ["شكراً لتسوقك من Amazon.sa.",
             f"نعتذر، تم إلغاء موعد التوصيل الذي اخترته لطلبك رقم {o} (الخميس، من 6 إلى 9 مساءً) بسبب ظروف تشغيلية.",
             "لم يتم إلغاء طلبك، وسيتم توصيله في أقرب موعد متاح. يمكنك اختيار موعد توصيل جديد من الرابط أدناه."]
    html = amazon_html(lang="ar", site="amazon.sa", title="تم إلغاء موعد التوصيل", order=o, order_label="رقم الطلب: ",
                       greeting=f"مرحباً {name}،", paras=paras, items=[], nav=AR_NAV, rtl=True,
                       button=("اختر موعداً جديداً", "https://www.amazon.sa/gp/your-account/ship-track?ref_=TE_slot"), footer=ar_foot_html("sa"))
    text = "\n\n".join(paras) + "\n\nhttps://www.amazon.sa/gp/your-account/ship-track\n" + ar_foot_text("sa")
    return dict(layout="alt", text=text, html=html, cte="base64",
                **{"from": ("Amazon.sa", "shipment-tracking@amazon.sa")}, to="noura.alotaibi@gmail.com",
                subject="تم إلغاء موعد التوصيل - اختر موعداً جديداً", date=rdate(3), msgid=ses_msgid())

@mail("non_notice", "ar", None, False, None, "Prime membership on amazon.eg cancelled")
def _():
    text = """مرحباً سارة،

تم إلغاء عضويتك في أمازون برايم.

يمكنك الاستمرار في الاستفادة من مزايا برايم حتى 9 أغسطس 2025، ولن يتم تحصيل أي رسوم بعد هذا التاريخ.

إذا غيّرت رأيك، يمكنك الاشتراك مجدداً في أي وقت من https://www.amazon.eg/prime

فريق أمازون برايم
"""
    return dict(layout="text", text=text, cte="base64",
                **{"from": ("Amazon Prime", "prime@amazon.eg")}, to="sara.hassan.eg@yahoo.com",
                subject="تم إلغاء عضويتك في أمازون برايم", date=rdate(2), msgid=ses_msgid())

@mail("non_notice", "ar", None, False, None, "genuine Amazon.ae payment reminder: update payment or order will be cancelled; auth pass")
def _():
    o = order_no("407"); name = "أحمد المنصوري"
    paras = ["لم نتمكن من الحصول على موافقة البنك على الدفع لطلبك.",
             "يرجى تحديث معلومات الدفع قبل 22 يونيو. إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك.",
             "لتغيير طريقة الدفع، انتقل إلى «طلباتك» واختر «تغيير طريقة الدفع» للطلب المعني."]
    html = amazon_html(lang="ar", site="amazon.ae", title="مطلوب إجراء: تحديث معلومات الدفع", order=o, order_label="رقم الطلب: ",
                       greeting=f"مرحباً {name}،", paras=paras, items=[("جهاز كيندل بيبروايت 16 جيجابايت", "1", "599.00 درهم")],
                       items_heading="طلبك", cols=("المنتج", "الكمية", "السعر"), nav=AR_NAV, rtl=True,
                       button=("تحديث طريقة الدفع", "https://www.amazon.ae/gp/css/order-history?ref_=pe_revise"), footer=ar_foot_html("ae"))
    text = f"مرحباً {name}،\n\n" + "\n\n".join(paras) + f"\n\nرقم الطلب: {o}\nhttps://www.amazon.ae/gp/css/order-history\n" + ar_foot_text("ae")
    return dict(layout="alt", text=text, html=html, cte="quoted-printable",
                **{"from": ("Amazon.ae", "payments-messages@amazon.ae")}, to="ahmed.almansoori@outlook.com",
                subject=f"مطلوب إجراء: حدّث معلومات الدفع لطلبك {o}", date=rdate(4), msgid=ses_msgid(),
                pre=[("Authentication-Results", auth_pass_simple("ae", "mx.outlook.com"))])

# ======================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    built = []
    for m in MAILS:                      # build in declaration order (deterministic rng use)
        built.append((m, build(m["fn"]())))
    order = list(range(len(built)))
    random.Random(4).shuffle(order)      # interleave kinds/languages in the file numbering
    labels = []
    for n, idx in enumerate(order, 1):
        m, data = built[idx]
        fn = f"y4{n:03d}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        labels.append({"file": fn, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(f"wrote {len(labels)} mails to {OUT}")

if __name__ == "__main__":
    main()
