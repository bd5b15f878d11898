#!/usr/bin/env python3
"""Regenerate blind test batch w4 (Japanese, Turkish, Arabic).

Writes mail/w4001.eml ... and labels.json next to this script.
Deterministic: fixed random seed, all texts held in the data below.
"""
import base64
import datetime
import json
import os
import quopri
import random
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import formataddr, format_datetime
from html import escape

random.seed(40404)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "w4"

UTC = datetime.timezone.utc
TZ = {
    "ja": datetime.timezone(datetime.timedelta(hours=9)),
    "tr": datetime.timezone(datetime.timedelta(hours=3)),
    "ar": datetime.timezone(datetime.timedelta(hours=4)),
}


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------
def text_part(body, subtype, charset, cte):
    raw = body.encode(charset)  # strict: every text must fit its charset
    p = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def boundary():
    r = random.random
    style = random.choice(["part", "google", "ms"])
    if style == "part":
        return "----=_Part_%d_%d.%d" % (random.randint(10**6, 10**8), random.randint(10**8, 10**10), random.randint(10**12, 10**13))
    if style == "google":
        return "%028x" % random.getrandbits(112)
    return "_000_%s_" % "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))


def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def msgid(domain):
    if domain.startswith("amazon."):
        return "<0100%012x-%s-000000@email.amazonses.com>" % (
            random.getrandbits(48),
            "-".join("%0*x" % (n, random.getrandbits(4 * n)) for n in (8, 4, 4, 4, 12)))
    return "<%s.%d@%s>" % ("%016X" % random.getrandbits(64), random.randint(1000, 99999), domain)


def random_date(tz):
    start = datetime.datetime(2024, 4, 1, tzinfo=UTC)
    d = start + datetime.timedelta(seconds=random.randint(0, 540 * 86400))
    return d.astimezone(tz)


def build(m):
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    hcs = m.get("header_charset", cs)
    fmt = m["fmt"]
    if fmt == "text":
        msg = text_part(m["text"], "plain", cs, cte)
    elif fmt == "html":
        msg = text_part(m["html"], "html", m.get("html_charset", cs), m.get("html_cte", cte))
    else:
        msg = MIMEMultipart("alternative", boundary=boundary())
        for sub in (text_part(m["text"], "plain", cs, cte),
                    text_part(m["html"], "html", m.get("html_charset", cs), m.get("html_cte", cte))):
            del sub["MIME-Version"]
            msg.attach(sub)
    mime_headers = list(msg.items())
    for k in {k for k, _ in mime_headers}:
        del msg[k]

    from_dom = m["from"][1].split("@")[1]
    tz = UTC if from_dom.startswith("amazon.") else TZ[m["lang"]]
    date = random_date(tz)
    heads = []
    heads.append(("Return-Path", "<%s>" % m.get("return_path", m["from"][1])))
    for rcv in m.get("received", []):
        heads.append(("Received", rcv))
    if m.get("auth"):
        heads.append(("Authentication-Results", m["auth"]))
    heads.append(("From", addr(m["from"][0], m["from"][1], m.get("from_charset", "utf-8"))))
    if m.get("reply_to"):
        heads.append(("Reply-To", m["reply_to"]))
    heads.append(("To", addr(m["to"][0], m["to"][1], m.get("from_charset", "utf-8"))))
    heads.append(("Subject", hdr(m["subject"], hcs)))
    heads.append(("Date", format_datetime(date)))
    heads.append(("Message-ID", m.get("message_id") or msgid(from_dom)))
    for k, v in m.get("extra", []):
        heads.append((k, v))
    for k, v in heads:
        msg[k] = v
    for k, v in mime_headers:
        msg[k] = v
    return msg


def write(msg, path):
    with open(path, "wb") as fp:
        BytesGenerator(fp, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=78)).flatten(msg)


MX = {"gmail.com": "mx.google.com", "hotmail.com": "mx.microsoft.com", "outlook.com": "mx.microsoft.com",
      "icloud.com": "mx.icloud.com", "yahoo.com": "mta.yahoo.com", "yandex.com": "mx.yandex.net",
      "docomo.ne.jp": "mx.docomo.ne.jp"}


def mxhost(to_addr):
    return MX.get(to_addr.split("@")[1], "mx." + to_addr.split("@")[1])


def auth_pass(dom, to_addr):
    mx = mxhost(to_addr)
    return ("%s;\n       dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=pass (%s: domain of bounces.%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=bounces.%s;\n"
            "       dmarc=pass header.from=%s") % (
        mx, dom, dom, random.choice(["rjt5d3qn", "yg4mwqurec7fkhzutopddd3ytuaqrsuz", "e3yhbbwmm5gr3ywmgqebbqdxzlfl2ss5"]),
        "".join(random.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(8)),
        mx, dom, random.randint(1, 254), random.randint(1, 254), dom, dom)


def received_amazon(dom, to_addr):
    host = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (random.randint(1, 99), random.randint(1, 99))
    return ("from %s (%s [54.240.%d.%d])\n        by %s with ESMTPS id %s\n        for <%s>;"
            " (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256)") % (
        host, host, random.randint(1, 254), random.randint(1, 254), mxhost(to_addr), "%012x" % random.getrandbits(48), to_addr)


# --------------------------------------------------------------------------
# Amazon-style templates (structure modelled on genuine Amazon notification mails)
# --------------------------------------------------------------------------
LBL = {
    "ja": dict(orders="注文履歴", account="アカウントサービス", ordno="注文番号", items="キャンセルされた商品",
               qty="数量", seller="販売", price="価格", yen=True, dir="ltr", lang="ja"),
    "tr": dict(orders="Siparişlerim", account="Hesabım", ordno="Sipariş No.", items="İptal edilen ürünler",
               qty="Adet", seller="Satıcı", price="Fiyat", dir="ltr", lang="tr"),
    "ar": dict(orders="طلباتي", account="حسابك", ordno="رقم الطلب", items="المنتجات الملغاة",
               qty="الكمية", seller="البائع", price="السعر", dir="rtl", lang="ar"),
}


def brand(dom):
    return {"amazon.co.jp": "Amazon.co.jp", "amazon.com.tr": "Amazon.com.tr", "amazon.ae": "Amazon.ae",
            "amazon.sa": "Amazon.sa", "amazon.eg": "Amazon.eg"}.get(dom, "Amazon")


def security_footer(lang, dom):
    b = brand(dom)
    if lang == "ja":
        return [
            ("%sがEメールでパスワード、クレジットカード番号、銀行口座番号などの個人情報の提供をお願いすることはありません。" % b, None),
            ("クレジットカード番号が変更された場合や有効期限が切れた場合は、アカウントサービスの「お支払い方法」から更新してください。", "https://www.%s/cpe/yourpayments/wallet" % dom),
            ("Amazonを装った不審なEメールやSMSを受け取った場合は、こちらから報告してください。", "https://www.%s/gp/help/customer/display.html?nodeId=201909130" % dom),
            ("ヘルプ＆カスタマーサービス", "https://www.%s/gp/help/customer/display.html" % dom),
            ("このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。", None),
        ]
    if lang == "tr":
        return [
            ("%s, e-posta yoluyla sizden asla şifrenizi, kredi kartı numaranızı veya banka hesap bilgilerinizi istemez." % b, None),
            ("Kart numaranız değiştiyse veya kartınızın son kullanma tarihi geçtiyse, lütfen Hesabım bölümündeki ödeme seçeneklerinizi güncelleyin.", "https://www.%s/cpe/yourpayments/wallet" % dom),
            ("Amazon'dan geliyormuş gibi görünen şüpheli bir e-posta aldıysanız lütfen bize bildirin.", "https://www.%s/gp/help/customer/display.html?nodeId=201909130" % dom),
            ("Yardım ve Müşteri Hizmetleri", "https://www.%s/gp/help/customer/display.html" % dom),
            ("Bu e-posta, gelen e-postaları kabul etmeyen bir bildirim adresinden gönderilmiştir. Lütfen bu mesajı yanıtlamayın.", None),
            ("Amazon Turkey Perakende Hizmetleri Limited Şirketi, İstanbul.", None),
        ]
    return [
        ("لن تطلب منك %s أبداً عبر البريد الإلكتروني تقديم كلمة المرور أو رقم بطاقتك الائتمانية أو بيانات حسابك المصرفي." % b, None),
        ("إذا تغير رقم بطاقتك أو انتهت صلاحيتها، يرجى تحديث طريقة الدفع من صفحة حسابك.", "https://www.%s/cpe/yourpayments/wallet" % dom),
        ("إذا تلقيت رسالة مشبوهة تدعي أنها من أمازون، يرجى الإبلاغ عنها.", "https://www.%s/gp/help/customer/display.html?nodeId=201909130" % dom),
        ("المساعدة وخدمة العملاء", "https://www.%s/gp/help/customer/display.html" % dom),
        ("تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.", None),
    ]


def amz_text(lang, dom, title, order, hello, paras, items=(), after=(), footer=None, link=None, items_label=None):
    L = LBL[lang]
    sep = "_" * 72
    out = ["%s %s" % (brand(dom), title)]
    if order:
        out.append("%s #%s" % (L["ordno"], order))
    out.append(link or "https://www.%s/ref=TE_tex_g" % dom)
    out += [sep, "", hello, ""]
    for p in paras:
        out += [plain(p), ""]
    if items:
        out.append((items_label or L["items"]) + ":")
        for name, qty, price, seller in items:
            out.append("  %s" % name)
            out.append("  %s: %s   %s: %s" % (L["qty"], qty, L["price"], price))
            if seller:
                out.append("  %s: %s" % (L["seller"], seller))
            out.append("")
    for p in after:
        out += [plain(p), ""]
    out += ["=" * 72, ""]
    for t, u in (footer if footer is not None else security_footer(lang, dom)):
        out.append(t if not u else "%s\n%s" % (t, u))
        out.append("")
    return "\n".join(out)


CSS = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
#container { width:640px; color:#333; font:12px/18px Arial, sans-serif; }
#header .logo { width:110px; padding:20px 0 0 20px; }
#header .navigation { text-align:right; padding:20px 20px 0 0; font-size:12px; }
#header .title { text-align:right; padding:0 20px 10px 0; }
#header .title h2 { font:normal 20px Arial, sans-serif; color:#cc6600; margin:0; }
#summary { padding:0 20px; width:100%; }
#summary .heading { font-weight:bold; color:#cc6600; }
#orderDetails { border-top:1px solid #eaeaea; width:100%; }
#orderDetails td { padding:8px 20px; vertical-align:top; }
#orderDetails td.price { text-align:right; white-space:nowrap; }
.buttonComponent { background-color:#f0c14b; border:1px solid #a88734; border-radius:3px; }
.buttonComponentLink { font:13px Arial, sans-serif; color:#111 !important; text-decoration:none; display:block; padding:10px 0; }
#closing p { padding:0 0 20px 0; border-bottom:1px solid #eaeaea; margin:0; }
#closing .signature { font-size:16px; line-height:24px; font-weight:bold; }
#legalCopy { font:11px/16px Arial, sans-serif; }
#legalCopy td { padding:20px 0 0 0; }
#legalCopy p { color:#666; margin:0 0 10px 0; }
#legalCopy a { text-decoration:none; color:#006699; }
"""


class Raw(str):
    """A paragraph that is already HTML (used where link text and href differ)."""


def plain(p):
    """Plain-text rendering of a paragraph (strip tags of Raw paragraphs)."""
    import re
    if isinstance(p, Raw):
        p = re.sub(r'<a [^>]*>([^<]*)</a>', r'\1', p)
        p = re.sub(r'<[^>]+>', '', p)
    return p


def amz_html(lang, dom, title, order, hello, paras, items=(), after=(), footer=None, href=None,
             button=None, charset="utf-8", signature=None, show_dom=None, items_label=None):
    """HTML laid out like genuine Amazon notification mails.
    href(path) gives the real target of each link; show_dom is what link texts display."""
    L = LBL[lang]
    show_dom = show_dom or dom
    if href is None:
        href = lambda path: "https://www.%s%s" % (dom, path)
    rtl = L["dir"] == "rtl"
    align = "left" if rtl else "right"
    e = escape
    rows = []
    for name, qty, price, seller in items:
        rows.append(
            '<tr> <td class="name"> <a href="%s">%s</a><br /> <span style="color:#666;">%s%s</span> </td> '
            '<td>%s: %s</td> <td class="price"> <strong>%s</strong> </td> </tr>' % (
                href("/dp/B0%08d" % random.randint(10**7, 10**8 - 1)), e(name),
                (e(L["seller"]) + ": " + e(seller)) if seller else "", "", e(L["qty"]), e(str(qty)), e(price)))
    paras_html = "".join("<p>%s</p>" % (p if isinstance(p, Raw) else e(p)) for p in paras)
    after_html = "".join("<p>%s</p>" % (p if isinstance(p, Raw) else e(p)) for p in after)
    foot = []
    for t, u in (footer if footer is not None else security_footer(lang, dom)):
        if u and ("www.%s/" % dom) in u:
            u = href(u.split(dom, 1)[1])
        foot.append("<p>%s</p>" % (e(t) if not u else '<a href="%s">%s</a>' % (u, e(t))))
    btn = ""
    if button:
        btn = ('<table class="buttonComponent" width="222" align="center"><tbody><tr><td align="center" valign="middle" height="40">'
               '<a class="buttonComponentLink" href="%s">%s</a></td></tr></tbody></table>' % (button[1], e(button[0])))
    order_html = ""
    if order:
        order_html = '%s #<a href="%s">%s</a>' % (e(L["ordno"]), href("/gp/your-account/order-details?orderID=%s" % order), e(order))
    items_block = ""
    if items:
        items_block = ('<table id="orderDetails" cellpadding="0"><tbody><tr><td colspan="3"><span class="heading" style="color:#cc6600;font-weight:bold;">%s</span></td></tr>%s</tbody></table>'
                       % (e(items_label or L["items"]), "".join(rows)))
    return """<!DOCTYPE html>
<html lang="%(lang)s" dir="%(dir)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style type="text/css">%(css)s</style>
  <title></title>
 </head>
 <body><img width="1" height="1" src="%(pixel)s" />
  <table id="container" cellpadding="0" dir="%(dir)s">
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
             <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(brand)s" src="https://m.media-amazon.com/images/G/01/x-locale/common/amazon-logo-email.png" border="0" /></a></td>
             <td class="navigation" style="text-align:%(align)s;">
              <a href="%(ordersurl)s">%(orders)s</a> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span>
              <a href="%(accounturl)s">%(account)s</a> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span>
              <a class="last" href="%(home)s">%(showbrand)s</a>
             </td>
            </tr>
            <tr>
             <td class="title" style="text-align:%(align)s;"> <h2>%(title)s</h2> %(order)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">%(hello)s</span> %(paras)s %(btn)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td colspan="2"> %(items)s </td>
        </tr>
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td> %(after)s <p><span class="signature">%(signature)s</span></p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legalCopy">
           <tbody>
            <tr>
             <td> %(foot)s <p>&copy; %(year)d Amazon.com, Inc. or its affiliates. All rights reserved.</p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
 <img width="1" height="1" src="%(pixel2)s" /></body>
</html>
""" % dict(lang=L["lang"], dir=L["dir"], charset=charset, css=CSS, align=align,
           pixel=href("/gp/r.html?C=%s&M=urn:rtn:msg:%d&R=%s&T=O&U=%s" % (
               "%013X" % random.getrandbits(52), random.randint(10**17, 10**18), "%012X" % random.getrandbits(48),
               "https%3A%2F%2Fimages-fe.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif")),
           pixel2=href("/gp/r.html?T=E&ref_=pe_%d" % random.randint(10**6, 10**8)),
           home=href("/ref=TE_hom"), ordersurl=href("/gp/css/order-history?ref_=TE_yo"),
           accounturl=href("/gp/css/homepage.html?ref_=TE_ya"), orders=escape(L["orders"]),
           account=escape(L["account"]), brand=escape(brand(dom)), showbrand=escape(brand(show_dom)),
           title=escape(title), order=order_html, hello=escape(hello), paras=paras_html, btn=btn,
           items=items_block, after=after_html, signature=escape(signature or brand(dom)), foot="".join(foot),
           year=2025)


# --------------------------------------------------------------------------
# data helpers
# --------------------------------------------------------------------------
MAILS = []


def M(kind, lang, cause, states_reason, marketplace, note, **kw):
    d = dict(kind=kind, lang=lang, cause=cause, states_reason=states_reason, marketplace=marketplace, note=note)
    d.update(kw)
    MAILS.append(d)


def tmpl(lang, dom, title, order, hello, paras, items=(), after=(), text_link=None, footer=None, items_label=None, **hk):
    charset = hk.pop("html_charset_meta", "utf-8")
    return dict(
        text=amz_text(lang, dom, title, order, hello, paras, items, after, footer=footer, link=text_link, items_label=items_label),
        html=amz_html(lang, dom, title, order, hello, paras, items, after, footer=footer, charset=charset,
                      items_label=items_label, **hk))


def evil(base):
    return lambda path: base.rstrip("/") + path


def genuine_rcv(dom, to):
    return [received_amazon(dom, to)]


# ==========================================================================
# JAPANESE  (amazon.co.jp)
# ==========================================================================
JP = "amazon.co.jp"
HANAKO = ("山田 花子", "hanako.yamada@docomo.ne.jp")
KEN = ("佐藤 健", "k.sato1984@gmail.com")
YUKI = ("鈴木 由紀", "yuki.suzuki@icloud.com")

# ---- notices -------------------------------------------------------------
M("notice", "ja", "inventory_shortage", True, JP, "supplier could not deliver stock; html alt; auth pass",
  fmt="alt", cte="quoted-printable", from_=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
  to=HANAKO, subject="Amazon.co.jp ご注文 #250-3817264-5590143 の商品がキャンセルされました", auth=True,
  **tmpl("ja", JP, "ご注文のキャンセル", "250-3817264-5590143", "山田 花子 様", [
      "Amazon.co.jpをご利用いただき、ありがとうございます。",
      "誠に申し訳ございませんが、ご注文いただいた以下の商品は、仕入先からの入荷の見込みが立たず在庫を確保することができなかったため、キャンセルさせていただきました。",
      "この商品の代金は請求されません。ご注文のその他の商品は、予定どおり発送いたします。"],
      [("象印マホービン ステンレスマグ 0.48L ブラック SM-NA48-BA", 1, "￥2,980", "Amazon.co.jp")],
      ["ご迷惑をおかけしましたことを深くお詫び申し上げます。", "またのご利用をお待ちしております。"]))

M("notice", "ja", "payment_issue", True, JP, "payment revision deadline passed, card not authorised; text only ISO-2022-JP",
  fmt="text", charset="iso-2022-jp", cte="7bit", from_=("Amazon.co.jp", "payments-messages@amazon.co.jp"),
  to=KEN, subject="Amazon.co.jp ご注文のキャンセルについて（お支払い方法の更新期限切れ）",
  text=amz_text("ja", JP, "ご注文のキャンセル", "503-6620184-2275318", "佐藤 健 様", [
      "Amazon.co.jpをご利用いただき、ありがとうございます。",
      "先日、ご注文 #503-6620184-2275318 のお支払いに使用されたクレジットカードが承認されなかったため、お支払い方法の更新をお願いするEメールをお送りしました。",
      "お支払い期限までに有効なお支払い方法への更新が確認できなかったため、誠に勝手ながらご注文をキャンセルいたしました。",
      "引き続き商品のご購入をご希望の場合は、お支払い方法をご確認のうえ、改めてご注文ください。お支払い方法の追加・変更は、アカウントサービスの「お支払い方法」から行えます。"],
      [("アイリスオーヤマ 布団乾燥機 カラリエ FK-C3-WP", 1, "￥8,980", "Amazon.co.jp")],
      ["Amazon.co.jp カスタマーサービス"]))

M("notice", "ja", "technical_issue", True, JP, "wrong price shown due to system fault; html only base64; auth pass",
  fmt="html", cte="base64", from_=("Amazon.co.jp", "order-update@amazon.co.jp"), reply_to="no-reply@amazon.co.jp",
  to=YUKI, subject="ご注文 249-7735902-1186634 のキャンセルについてのお知らせ", auth=True,
  html=amz_html("ja", JP, "ご注文のキャンセル", "249-7735902-1186634", "鈴木 由紀 様", [
      "いつもAmazon.co.jpをご利用いただき、ありがとうございます。",
      "ご注文いただいた以下の商品について、システムの不具合により商品ページに誤った価格（￥1,280）が表示されていたことが判明いたしました。正しい価格は￥12,800です。",
      "誤った価格でのご注文となったため、誠に申し訳ございませんが、ご注文をキャンセルさせていただきました。お客様のお支払い方法への請求は行われていません。"],
      [("BenQ モニター 27インチ GW2790 IPS フルHD", 1, "￥1,280", "Amazon.co.jp")],
      ["ご不便をおかけしましたことをお詫び申し上げます。"]))

M("notice", "ja", "fraud_prevention", True, JP, "unusual activity, account on hold, pending order cancelled; 8bit alt",
  fmt="alt", cte="8bit", from_=("Amazon.co.jp", "cs-reply@amazon.co.jp"), to=HANAKO,
  subject="Amazon.co.jp アカウントの保留とご注文のキャンセルについて",
  **tmpl("ja", JP, "アカウントの保留", "250-1049377-6613208", "山田 花子 様", [
      "Amazon.co.jpをご利用いただき、ありがとうございます。",
      "お客様のアカウントで通常とは異なるアクティビティが確認されたため、お客様とAmazonを保護する目的でアカウントを一時的に保留し、保留中のご注文 #250-1049377-6613208 をキャンセルいたしました。",
      "アカウントを再開するには、Amazon.co.jpのウェブサイトまたはショッピングアプリからサインインし、画面の案内に従って本人確認の手続きを完了してください。このEメール内のリンクからではなく、ブラウザに直接「amazon.co.jp」と入力するか、アプリからアクセスすることをおすすめします。",
      "確認が完了するまで、新たなご注文はいただけません。キャンセルされたご注文の代金は請求されません。"],
      [("Apple AirPods Pro（第2世代）MagSafe充電ケース（USB-C）付き", 1, "￥39,800", "Amazon.co.jp")]))

M("notice", "ja", "customer_request", True, JP, "customer cancelled item; text ISO-2022-JP + html utf-8; auth pass",
  fmt="alt", charset="iso-2022-jp", cte="7bit", html_charset="utf-8", html_cte="quoted-printable",
  from_=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), reply_to="no-reply@amazon.co.jp", to=KEN, auth=True,
  subject="Amazon.co.jp ご注文の商品のキャンセルが完了しました：「Anker PowerCore 10000 (10000mAh…」",
  **tmpl("ja", JP, "キャンセルの完了", "250-8841163-0937242", "佐藤 健 様", [
      "お客様のご依頼により、ご注文 #250-8841163-0937242 から以下の商品をキャンセルいたしました。",
      "キャンセル理由: お客様によるキャンセル",
      "お支払い方法への請求は行われません。すでにお支払いが完了している場合は、返金手続きを行います。"],
      [("Anker PowerCore 10000 (10000mAh 大容量 モバイルバッテリー) ブラック", 1, "￥2,990", "アンカー・ダイレクト")],
      ["Amazon.co.jpをご利用いただき、ありがとうございました。"]))

M("notice", "ja", "unknown", True, JP, "cannot deliver to shipping address (reason outside the four); text only QP",
  fmt="text", cte="quoted-printable", from_=("Amazon.co.jp", "order-update@amazon.co.jp"), to=YUKI,
  subject="Amazon.co.jp ご注文 #503-2290718-4451960 のキャンセル",
  text=amz_text("ja", JP, "ご注文のキャンセル", "503-2290718-4451960", "鈴木 由紀 様", [
      "Amazon.co.jpをご利用いただき、ありがとうございます。",
      "ご指定のお届け先住所にこの商品をお届けできないことが判明したため、誠に申し訳ございませんが、ご注文をキャンセルさせていただきました。",
      "お手数ですが、別のお届け先住所を指定のうえ、改めてご注文ください。この商品の代金は請求されていません。"],
      [("ダイキン 加湿ストリーマ空気清浄機 MCK70Z-W ホワイト", 1, "￥54,800", "Amazon.co.jp")]))

# ---- non-notices ---------------------------------------------------------
M("non_notice", "ja", None, False, None, "Rakuten shop cancels its own order (maker out of stock); mentions its Amazon store",
  fmt="text", charset="iso-2022-jp", cte="7bit", from_=("キッチン雑貨 ことり堂", "kotoridou@shop.rakuten.co.jp"), to=KEN,
  subject="【楽天市場】ご注文キャンセルのお知らせ（キッチン雑貨 ことり堂）",
  text="""佐藤 健 様

この度は楽天市場店「キッチン雑貨 ことり堂」をご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文いただきました下記商品は、メーカー欠品のためご用意することができなくなりました。
誠に勝手ながら、ご注文をキャンセルとさせていただきます。

━━━━━━━━━━━━━━━━━━━━━━━━
［受注番号］312045-20250214-0087731
［商品名］　南部鉄器 急須 0.65L 霰（あられ）
［数量］　　1
［金額］　　7,480円（税込）
━━━━━━━━━━━━━━━━━━━━━━━━

ご利用の楽天ポイントは返還され、クレジットカードのご請求は取り消しとなります。

※当店はAmazon店・Yahoo!ショッピング店でも同じ商品を販売しておりますが、在庫はすべての店舗で共通のため、他店舗でもご購入いただけません。あらかじめご了承ください。

またのご来店を心よりお待ちしております。

────────────────────────
キッチン雑貨 ことり堂
〒460-0008 愛知県名古屋市中区栄3丁目12-5
TEL：052-261-4408（平日10:00〜17:00）
────────────────────────
""")

M("non_notice", "ja", None, False, None, "friend says she cancelled her own Amazon order herself",
  fmt="text", cte="base64", from_=("田中 美咲", "misaki.tanaka88@gmail.com"), to=HANAKO,
  subject="Re: 母の日のプレゼント",
  extra=[("In-Reply-To", "<CAF3k9x=Jm2@mail.gmail.com>")],
  text="""花子へ

連絡ありがとう！
例の電気ケトル、Amazonで注文してたんだけど、お届け予定が5月20日になってて母の日に間に合わないから、さっき自分でキャンセルしたよ。（注文番号 250-6618420-7730215、一応メモ）
代わりに駅前のビックカメラで同じのを買っておくね。代金は半分ずつでいい？

美咲

2025年5月3日(土) 21:14 山田 花子 <hanako.yamada@docomo.ne.jp>:
> ケトルの件どうなった？届きそう？
""")

M("non_notice", "ja", None, False, None, "security newsletter quoting fake Amazon cancellation subjects",
  fmt="html", cte="quoted-printable", from_=("週刊セキュリティ通信", "newsletter@sec-tsushin.jp"), to=YUKI,
  extra=[("List-Unsubscribe", "<https://sec-tsushin.jp/unsubscribe?u=8812>")],
  subject="【週刊セキュリティ通信 第218号】「ご注文がキャンセルされました」を装うAmazonフィッシングに注意",
  html="""<html><head><meta charset="utf-8"><title>週刊セキュリティ通信</title></head>
<body style="font-family:'Hiragino Sans',Meiryo,sans-serif;color:#222;">
<table width="600" align="center" cellpadding="12"><tr><td style="background:#1d3557;color:#fff;"><b>週刊セキュリティ通信</b> 第218号</td></tr>
<tr><td>
<h2>「ご注文がキャンセルされました」を装うAmazonフィッシングに注意</h2>
<p>今週は、Amazon.co.jpを装ったフィッシングメールの報告が急増しています。確認されている件名の例は次のとおりです。</p>
<ul>
<li>【Amazon.co.jp】お支払い方法の問題によりご注文がキャンセルされました</li>
<li>Amazon ご注文キャンセルのお知らせ（アカウント保留中）</li>
<li>お客様の注文は24時間以内にキャンセルされます</li>
</ul>
<p>本文には「カスタマーセンターに電話してください」「確認コードを入力してください」などと書かれ、偽サイトでカード情報を入力させようとします。</p>
<h3>見分け方と対策</h3>
<ol>
<li>送信元アドレスのドメインを確認する（amazon.co.jp以外は要注意）。</li>
<li>メール内のリンクは開かず、アプリや公式サイトから注文履歴を確認する。</li>
<li>心当たりのないメールは、フィッシング対策協議会や各社の窓口に報告する。</li>
</ol>
<p>次号では、宅配業者を装ったSMSの最新手口を取り上げます。</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">配信停止は<a href="https://sec-tsushin.jp/unsubscribe?u=8812">こちら</a>　発行：セキュリティ通信編集部</td></tr></table>
</body></html>
""")

M("non_notice", "ja", None, False, None, "Amazon delivery/installation appointment cancelled, order still valid",
  fmt="alt", cte="base64", from_=("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), to=KEN, auth=True,
  subject="お届け・設置日時の予約がキャンセルされました：新しい日時をお選びください",
  **tmpl("ja", JP, "お届け日時の再予約", "249-5570318-3329104", "佐藤 健 様", [
      "ご注文の「パナソニック ドラム式洗濯乾燥機 NA-LX127DL」の配送・設置について、ご予約いただいていた6月14日（土）9:00〜12:00の時間帯は、配送業者の都合によりキャンセルとなりました。",
      "ご注文自体はキャンセルされておらず、引き続き有効です。お手数ですが、注文履歴から新しいお届け・設置日時をお選びください。",
      "ご不便をおかけして申し訳ございません。"]))

M("non_notice", "ja", None, False, None, "Kindle Unlimited subscription cancelled",
  fmt="text", cte="quoted-printable", from_=("Amazon.co.jp", "digital-no-reply@amazon.co.jp"), to=YUKI,
  subject="Kindle Unlimited 会員登録のキャンセルが完了しました",
  text=amz_text("ja", JP, "Kindle Unlimited", None, "鈴木 由紀 様", [
      "Kindle Unlimitedの会員登録のキャンセルを承りました。",
      "現在の会員期間が終了する2025年3月18日までは、引き続き読み放題の対象タイトルをお楽しみいただけます。期間終了後、ライブラリの読み放題タイトルは自動的に返却されます。",
      "会員登録はいつでも再開できます。メンバーシップおよび購読の管理ページからお手続きください。",
      "注文番号: D01-7718254-3306219"]))

M("non_notice", "ja", None, False, None, "genuine payment reminder: update payment or order will be cancelled",
  fmt="alt", charset="iso-2022-jp", cte="7bit", from_=("Amazon.co.jp", "payments-messages@amazon.co.jp"), to=HANAKO, auth=True,
  subject="Amazon.co.jp お支払い方法の更新をお願いします（ご注文 #250-9917340-2064718）",
  **tmpl("ja", JP, "お支払い方法の更新", "250-9917340-2064718", "山田 花子 様", [
      "Amazon.co.jpをご利用いただき、ありがとうございます。",
      "ご注文 #250-9917340-2064718（シャープ プラズマクラスター加湿空気清浄機 KI-RS40-W）の代金を、ご登録のクレジットカードに請求できませんでした。",
      "2025年8月12日までにお支払い方法を更新いただけない場合、ご注文はキャンセルされます。お支払い方法は、Amazon.co.jpにサインインし、注文履歴の「お支払い方法の更新」から変更できます。",
      "すでにお支払い方法を更新済みの場合は、このEメールは破棄してください。"], html_charset_meta="iso-2022-jp"))

# ---- lookalikes ----------------------------------------------------------
M("lookalike", "ja", "customer_request", True, None, "claims customer-requested cancellation, callback phone number, off-brand domain",
  fmt="text", cte="base64", from_=("Amazon.co.jp カスタマーサービス", "support-jp@amazoncs-center.com"), to=KEN,
  subject="ご注文のキャンセルを受け付けました #250-7716302-8842197",
  text="""お客様各位

Amazon.co.jpをご利用いただきありがとうございます。
お客様のご依頼により、下記ご注文のキャンセルを受け付けました。

注文番号：250-7716302-8842197
商品　　：Apple iPhone 15 Pro 256GB ナチュラルチタニウム
金額　　：￥174,800
キャンセル理由：お客様都合

このキャンセルにお心当たりがない場合、第三者による不正注文の可能性があります。
至急、Amazonカスタマーセンター（24時間受付）までお電話ください。

　☎ 050-3187-6624

担当オペレーターが返金手続きと不正利用の停止方法をご案内いたします。
お電話の際は、ご本人確認のためご登録のカード番号をお手元にご用意ください。

※本メールは送信専用アドレスから配信しています。
Amazon.co.jp
""")

M("lookalike", "ja", "fraud_prevention", True, None, "account suspended + order cancelled, enter verification code; amazon.co.jp.evil subdomain; polished template",
  fmt="alt", cte="quoted-printable", from_=("Amazon.co.jp", "account-update@amazon.co.jp.verify-center.cn"), to=YUKI,
  auth="{mx};\n       spf=pass smtp.mailfrom=bounce@amazon.co.jp.verify-center.cn;\n       dkim=none;\n       dmarc=none header.from=amazon.co.jp.verify-center.cn",
  subject="【重要】アカウントが一時停止されました - ご注文はキャンセルされました",
  **tmpl("ja", JP, "アカウントの一時停止", "249-3306618-7720914", "鈴木 由紀 様", [
      "お客様のアカウントで不正なアクセスが検出されたため、アカウントを一時停止し、ご注文 #249-3306618-7720914 をキャンセルしました。",
      "アカウントを復旧するには、下のボタンからサインインし、次の確認コードを入力してください。",
      "確認コード：583921（有効期限：30分）",
      "24時間以内に確認が完了しない場合、アカウントは永久に停止され、保存されたお支払い方法とギフト券残高も削除されます。"],
      [("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5", 1, "￥49,500", "Amazon.co.jp")],
      text_link="https://amazon.co.jp.verify-center.cn/ap/signin?code=583921",
      href=evil("https://amazon.co.jp.verify-center.cn"),
      button=("アカウントを確認する", "https://amazon.co.jp.verify-center.cn/ap/signin?code=583921")))

M("lookalike", "ja", "payment_issue", True, None, "crude: reply with card number/expiry/CVV; yahoo free-mail; malformed order number",
  fmt="text", cte="8bit", from_=("Amazon", "amazon.jp.kessai@yahoo.co.jp"), to=HANAKO,
  subject="Amazon 支払いエラー 注文キャンセル済",
  text="""尊敬するお客様：

あなたのご注文はお支払いが失敗しましたのでキャンセルされました。
注文番号: 250-88317-20917

再注文するためには、このメールに返信して以下の情報を送信してください。

・カード名義
・カード番号
・有効期限
・セキュリティコード(裏面3桁)
・生年月日

24時間以内にご返信がない場合、アカウントは利用停止になります。

Amazon.co.jp 決済センター
""")

M("lookalike", "ja", "payment_issue", True, None, "order 'will be cancelled' in 24h; link text shows amazon.co.jp, href to amazon-orders.help",
  fmt="alt", cte="quoted-printable", from_=("Amazon.co.jp", "auto-confirm@amazon-orders.help"), to=KEN,
  subject="ご注文 #503-4471920-6608135 は24時間以内にキャンセルされます",
  **tmpl("ja", JP, "お支払い情報の確認", "503-4471920-6608135", "佐藤 健 様", [
      "ご登録のクレジットカードの有効期限が切れているため、ご注文 #503-4471920-6608135 のお支払いを処理できませんでした。",
      "24時間以内にお支払い情報を更新いただけない場合、ご注文は自動的にキャンセルされます。",
      Raw('お支払い情報の更新はこちら：<a href="https://amazon-orders.help/jp/wallet/update?sid=8f31c0e2">https://www.amazon.co.jp/cpe/yourpayments/wallet</a>')],
      [("ダイソン Dyson V12 Detect Slim コードレス掃除機 SV46", 1, "￥89,800", "Amazon.co.jp")],
      text_link="https://www.amazon.co.jp/cpe/yourpayments/wallet", items_label="ご注文の商品",
      href=evil("https://amazon-orders.help/jp"), show_dom=JP))

M("lookalike", "ja", "technical_issue", True, None, "Cyrillic homoglyph display name, system error, refund form link, malformed order number; html only",
  fmt="html", cte="base64", from_=("Аmazоn.co.jp", "noreply@amzn-jp-support.com"), to=YUKI,
  subject="システムエラーによりご注文がキャンセルされました",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,'MS PGothic',sans-serif;font-size:14px;">
<div style="max-width:600px;margin:auto;border:1px solid #ddd;">
<div style="background:#232f3e;padding:10px;"><img src="http://amzn-jp-support.com/img/logo.png" alt="amazon.co.jp" height="30"></div>
<div style="padding:20px;">
<p>お客様</p>
<p>システム障害のため、お客様のご注文（注文番号：250-4819-3306）がキャンセルされました。</p>
<p>ご迷惑をおかけして申し訳ございません。ご返金を受け取るには、48時間以内に下記のリンクから返金申請フォームにご入力ください。</p>
<p style="text-align:center;"><a href="http://amzn-jp-support.com/refund/index.php?id=2504819" style="background:#f0c14b;color:#111;padding:10px 30px;text-decoration:none;border:1px solid #a88734;">返金を申請する</a></p>
<p>期限を過ぎると返金は無効になります。</p>
<p>Amazon.co.jp カスタマーサービス</p>
</div></div></body></html>
""")

M("lookalike", "ja", "inventory_shortage", True, None, "amaz0n look-alike domain, out-of-stock claim, 'confirm card for refund'; ISO-2022-JP text",
  fmt="text", charset="iso-2022-jp", cte="7bit", from_=("Amazon.co.jp", "auto-confirm@amaz0n-co.jp"), to=HANAKO,
  subject="Amazon.co.jp ご注文の商品が在庫切れのためキャンセルされました",
  text=amz_text("ja", JP, "ご注文のキャンセル", "250-6031782-9914406", "山田 花子 様", [
      "Amazon.co.jpをご利用いただき、ありがとうございます。",
      "誠に申し訳ございませんが、ご注文の商品「Nintendo Switch（有機ELモデル） ホワイト」は在庫切れのためキャンセルされました。",
      "ご返金のため、下記ページにてお支払い情報の再確認をお願いいたします。3日以内にお手続きがない場合、返金は行われません。",
      "https://amaz0n-co.jp/refund/confirm?order=250-6031782-9914406"],
      [("Nintendo Switch（有機ELモデル） Joy-Con(L)/(R) ホワイト", 1, "￥37,980", "Amazon.co.jp")],
      link="https://amaz0n-co.jp/ref=TE_tex_g",
      footer=[(t, u.replace("www.amazon.co.jp", "amaz0n-co.jp") if u else u) for t, u in security_footer("ja", JP)]))

M("lookalike", "ja", "unknown", False, None, "gmail sender, no order number, vague 'problem', order will be cancelled in 24h; crude html",
  fmt="html", cte="8bit", from_=("Amazon Japan", "amazon.co.jp.support.center@gmail.com"), to=KEN,
  subject="【Amazon】ご注文に関する重要なお知らせ：至急ご確認ください",
  html="""<html><body>
<center><h2 style="color:#ff9900;">amazon</h2></center>
<p>お客様</p>
<p>お客様のご注文に問題が発生しました。<br>
<b style="color:red;">24時間以内にご確認いただけない場合、ご注文はキャンセルされます。</b></p>
<p>下のボタンから今すぐ確認してください。</p>
<p><a href="https://bit.ly/3amzjp-chk"><b>&gt;&gt; 今すぐ確認する &lt;&lt;</b></a></p>
<p>Amazon</p>
<p style="font-size:10px;color:#999;">(c) 1996-2025, Amazon.com, Inc.</p>
</body></html>
""")

M("lookalike", "ja", "fraud_prevention", True, None, "Greek-Alpha homoglyph display name, amazon-co-jp.net with its own dkim/dmarc pass, copies genuine hold notice",
  fmt="alt", cte="base64", from_=("Αmazon.co.jp", "cs-reply@amazon-co-jp.net"), to=YUKI,
  auth="{mx};\n       dkim=pass header.i=@amazon-co-jp.net header.d=amazon-co-jp.net header.s=default header.b=Qw7x1LpZ;\n       spf=pass smtp.mailfrom=cs-reply@amazon-co-jp.net;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-co-jp.net",
  subject="Amazon.co.jp アカウントの保留とご注文のキャンセルについて",
  **tmpl("ja", JP, "アカウントの保留", "250-1183306-4470928", "鈴木 由紀 様", [
      "Amazon.co.jpをご利用いただき、ありがとうございます。",
      "お客様のアカウントで通常とは異なるアクティビティが確認されたため、アカウントを保留し、ご注文 #250-1183306-4470928 をキャンセルしました。",
      "アカウントを再開するには、以下のボタンからサインインし、お支払い情報と本人確認書類（運転免許証またはマイナンバーカードの画像）を登録してください。",
      "48時間以内にお手続きいただけない場合、アカウントは閉鎖されます。"],
      [("Apple iPad Air 11インチ (M2) Wi-Fi 128GB スペースグレイ", 1, "￥98,800", "Amazon.co.jp")],
      text_link="https://amazon-co-jp.net/ap/signin?openid.return_to=hold",
      href=evil("https://amazon-co-jp.net"), show_dom=JP,
      button=("アカウントを再開する", "https://amazon-co-jp.net/ap/signin?openid.return_to=hold")))


# ==========================================================================
# TURKISH  (amazon.com.tr)
# ==========================================================================
TR = "amazon.com.tr"
AYSE = ("Ayşe Yılmaz", "ayse.yilmaz@gmail.com")
MEHMET = ("Mehmet Demir", "mehmetdemir76@hotmail.com")
ELIF = ("Elif Kaya", "elif.kaya@yandex.com")

# ---- notices -------------------------------------------------------------
M("notice", "tr", "inventory_shortage", True, TR, "seller out of stock, item cancelled; text only iso-8859-9 QP; auth pass",
  fmt="text", charset="iso-8859-9", cte="quoted-printable", from_=("Amazon.com.tr", "auto-confirm@amazon.com.tr"),
  reply_to="no-reply@amazon.com.tr", to=AYSE, auth=True,
  subject="Amazon.com.tr siparişinizdeki bir ürün iptal edildi (#407-5583021-7719436)",
  text=amz_text("tr", TR, "Sipariş İptali", "407-5583021-7719436", "Merhaba Ayşe Yılmaz,", [
      "Üzgünüz, aşağıdaki ürün siparişinizden iptal edildi. Satıcı, ürün stoklarında bulunmadığı için siparişinizi karşılayamayacağını bize bildirdi.",
      "Bu ürün için ödeme yönteminizden herhangi bir ücret tahsil edilmedi. Siparişinizdeki diğer ürünler planlandığı şekilde gönderilecektir."],
      [("Philips Airfryer XXL HD9270/90 Sıcak Hava Fritözü, 6,2 L", 1, "5.499,00 TL", "ElektroDünya Ticaret")],
      ["Yaşattığımız sorun için özür dileriz. Benzer ürünleri Amazon.com.tr'de bulabilirsiniz.", "Amazon.com.tr"]))

M("notice", "tr", "payment_issue", True, TR, "card declined, payment not updated in time; alt utf-8 base64",
  fmt="alt", cte="base64", from_=("Amazon.com.tr", "payments-messages@amazon.com.tr"), to=MEHMET,
  subject="Siparişiniz iptal edildi: ödeme alınamadı (#408-1170395-5526803)",
  **tmpl("tr", TR, "Sipariş İptali", "408-1170395-5526803", "Merhaba Mehmet Demir,", [
      "Siparişiniz için kullandığınız kredi kartından ödeme alınamadı; kartınızı veren banka işlemi onaylamadı.",
      "Size daha önce gönderdiğimiz e-postada belirtilen süre içinde ödeme bilgileriniz güncellenmediği için siparişinizi iptal ettik.",
      "Ürünleri hâlâ satın almak istiyorsanız lütfen Hesabım bölümünde geçerli bir ödeme yöntemi ekleyin ve yeni bir sipariş verin."],
      [("Apple AirPods (3. nesil) MagSafe Şarj Kutusu ile", 1, "6.999,00 TL", "Amazon.com.tr")]))

M("notice", "tr", "technical_issue", True, TR, "pricing error on product page; alt utf-8 QP",
  fmt="alt", cte="quoted-printable", from_=("Amazon.com.tr", "order-update@amazon.com.tr"), to=ELIF,
  subject="Amazon.com.tr siparişiniz #406-2297431-8805126 iptal edildi",
  **tmpl("tr", TR, "Sipariş İptali", "406-2297431-8805126", "Merhaba Elif Kaya,", [
      "Siparişinizdeki aşağıdaki ürünün fiyatı, sistemimizde oluşan bir fiyatlandırma hatası nedeniyle ürün sayfasında yanlış gösterildi.",
      "Bu nedenle siparişinizi iptal etmek zorunda kaldık. Ödeme yönteminizden herhangi bir ücret tahsil edilmedi; kartınızda görünebilecek provizyon birkaç iş günü içinde kaldırılacaktır."],
      [("Samsung Galaxy Tab S9 FE 128 GB Wi-Fi Tablet, Gri", 1, "1.249,00 TL", "Amazon.com.tr")],
      ["Ürünün güncel fiyatını ürün sayfasında görebilirsiniz. Yaşanan aksaklık için özür dileriz."]))

M("notice", "tr", "fraud_prevention", True, TR, "unusual activity, account on hold, order cancelled; text utf-8 8bit; auth pass",
  fmt="text", cte="8bit", from_=("Amazon.com.tr", "cs-reply@amazon.com.tr"), to=AYSE, auth=True,
  subject="Amazon.com.tr hesabınız ve siparişiniz hakkında",
  text=amz_text("tr", TR, "Hesap Güvenliği", "407-9930218-4416572", "Merhaba Ayşe Yılmaz,", [
      "Hesabınızda olağan dışı bir etkinlik fark ettik. Sizi ve Amazon'u korumak amacıyla hesabınızı geçici olarak beklemeye aldık ve bekleyen siparişinizi (#407-9930218-4416572) iptal ettik.",
      "Hesabınızı yeniden kullanmaya başlamak için amazon.com.tr adresinden veya Amazon Alışveriş uygulamasından giriş yapın ve ekrandaki talimatları izleyerek kimlik doğrulamasını tamamlayın. Güvenliğiniz için bu e-postadaki bağlantılar yerine tarayıcınıza amazon.com.tr yazmanızı öneririz.",
      "İptal edilen sipariş için herhangi bir ücret tahsil edilmedi."],
      [("Sony WH-1000XM5 Kablosuz Gürültü Önleyici Kulaklık, Siyah", 1, "11.999,00 TL", "Amazon.com.tr")]))

M("notice", "tr", "customer_request", True, TR, "item cancelled at customer's request, 'İptal nedeni' line; alt iso-8859-9 8bit; auth pass",
  fmt="alt", charset="iso-8859-9", cte="8bit", from_=("Amazon.com.tr", "auto-confirm@amazon.com.tr"),
  reply_to="no-reply@amazon.com.tr", to=MEHMET, auth=True,
  subject='Ürün başarıyla iptal edildi: "Tefal Ingenio 13 Parça Tava Seti..."',
  **tmpl("tr", TR, "İptal Onayı", "405-6618830-2297154", "Merhaba Mehmet Demir,", [
      "İsteğiniz üzerine aşağıdaki ürünü #405-6618830-2297154 numaralı siparişinizden iptal ettik.",
      "İptal nedeni: Müşteri tarafından iptal edildi",
      "Bu ürün için ödeme yönteminizden ücret alınmayacaktır. Ödemesi alınmış bir ürün iptal edildiyse iade 3-5 iş günü içinde kartınıza yansır."],
      [("Tefal Ingenio 13 Parça Tava Seti, Çıkarılabilir Saplı", 1, "3.249,90 TL", "Amazon.com.tr")],
      html_charset_meta="iso-8859-9"))

M("notice", "tr", "unknown", False, TR, "order cancelled, no reason given; html only utf-8 base64",
  fmt="html", cte="base64", from_=("Amazon.com.tr", "order-update@amazon.com.tr"), to=ELIF,
  subject="Amazon.com.tr siparişiniz #408-7752019-3360841 iptal edildi",
  html=amz_html("tr", TR, "Sipariş İptali", "408-7752019-3360841", "Merhaba Elif Kaya,", [
      "#408-7752019-3360841 numaralı siparişiniz iptal edildi.",
      "Bu sipariş için herhangi bir ücret tahsil edilmedi. Sorularınız için Yardım sayfamızı ziyaret edebilirsiniz."],
      [("Karaca Hatır Türk Kahvesi Makinesi, Krom", 1, "1.899,00 TL", "Karaca")]))

# ---- non-notices ---------------------------------------------------------
M("non_notice", "tr", None, False, None, "MediaMarkt cancels its own order; price-guarantee text mentions Amazon.com.tr",
  fmt="alt", cte="quoted-printable", from_=("MediaMarkt", "siparis@mediamarkt.com.tr"), to=MEHMET,
  subject="Siparişiniz iptal edildi - Sipariş No: 1093347712",
  text="""Merhaba Mehmet Bey,

1093347712 numaralı siparişinizdeki ürün stoklarımızda kalmadığı için siparişiniz iptal edilmiştir.

Ürün: Dyson V15 Detect Absolute Kablosuz Süpürge
Tutar: 27.999,00 TL

Ödemeniz, bankanıza bağlı olarak 2-7 iş günü içinde kartınıza iade edilecektir.

MediaMarkt Fiyat Garantisi: Aynı ürünü Amazon.com.tr, Hepsiburada veya Trendyol'da daha uygun fiyata bulursanız, mağazalarımızda fark iadesi yapıyoruz.

Sorularınız için: 0850 222 26 26
MediaMarkt Türkiye
""",
  html="""<html><body style="font-family:Arial,sans-serif;">
<table width="600" align="center" style="border:1px solid #ddd;"><tr><td style="background:#df0000;color:#fff;padding:14px;font-size:20px;"><b>MediaMarkt</b></td></tr>
<tr><td style="padding:20px;">
<p>Merhaba Mehmet Bey,</p>
<p><b>1093347712</b> numaralı siparişinizdeki ürün stoklarımızda kalmadığı için siparişiniz iptal edilmiştir.</p>
<table cellpadding="6"><tr><td>Ürün</td><td>Dyson V15 Detect Absolute Kablosuz Süpürge</td></tr><tr><td>Tutar</td><td>27.999,00 TL</td></tr></table>
<p>Ödemeniz, bankanıza bağlı olarak 2-7 iş günü içinde kartınıza iade edilecektir.</p>
<p style="background:#f4f4f4;padding:10px;"><b>MediaMarkt Fiyat Garantisi:</b> Aynı ürünü Amazon.com.tr, Hepsiburada veya Trendyol'da daha uygun fiyata bulursanız, mağazalarımızda fark iadesi yapıyoruz.</p>
<p>Sorularınız için: 0850 222 26 26</p>
</td></tr></table></body></html>
""")

M("non_notice", "tr", None, False, None, "colleague says he cancelled the office's Amazon toner order",
  fmt="text", charset="iso-8859-9", cte="quoted-printable", from_=("Burak Şahin", "burak.sahin@ozkanlojistik.com.tr"),
  to=ELIF, subject="Ofis için toner siparişi",
  text="""Elif Hanım merhaba,

Dün Amazon'dan verdiğim toner siparişini bu sabah iptal ettim. Muhasebe, kurumsal fatura kesilebilmesi için tonerleri anlaşmalı tedarikçimizden almamızı istedi.

Amazon hesabında sipariş "İptal edildi" görünüyor, karttan herhangi bir çekim olmadı. Tedarikçiden gelecek teklifi size iletirim.

İyi çalışmalar,
Burak Şahin
Satın Alma Birimi
Özkan Lojistik A.Ş.
""")

M("non_notice", "tr", None, False, None, "security newsletter about phishing quoting fake 'siparişiniz iptal edildi' subjects",
  fmt="html", cte="base64", from_=("Siber Güvenlik Bülteni", "bulten@siberbulten.com.tr"), to=AYSE,
  extra=[("List-Unsubscribe", "<mailto:cikis@siberbulten.com.tr>")],
  subject="Dolandırıcılar 'Amazon siparişiniz iptal edildi' e-postalarıyla avlanıyor",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;">
<div style="max-width:640px;margin:auto;">
<h1 style="font-size:24px;">Dolandırıcılar "Amazon siparişiniz iptal edildi" e-postalarıyla avlanıyor</h1>
<p style="color:#666;">Siber Güvenlik Bülteni, Sayı 94</p>
<p>Son haftalarda okurlarımızdan, Amazon'dan geliyormuş gibi görünen sahte iptal bildirimleri hakkında çok sayıda ihbar aldık. Öne çıkan konu satırları şunlar:</p>
<blockquote style="border-left:3px solid #c00;padding-left:10px;">
"Amazon.com.tr: Siparişiniz iptal edildi - Hemen doğrulayın"<br>
"Hesabınız askıya alındı, siparişiniz iptal edilecek"<br>
"İade işleminiz için kart bilgilerinizi onaylayın"
</blockquote>
<p>Bu e-postalar genellikle bir telefon numarasını aramanızı, bir doğrulama kodu girmenizi ya da kart bilgilerinizi göndermenizi istiyor. Gönderen adresine dikkat edin, bağlantılara tıklamayın ve siparişlerinizi her zaman uygulama üzerinden kontrol edin.</p>
<p>Şüpheli e-postaları ilgili şirkete ve USOM'a bildirebilirsiniz.</p>
<hr><p style="font-size:11px;color:#888;">Bu bülteni almak istemiyorsanız <a href="https://siberbulten.com.tr/cikis">abonelikten çıkın</a>.</p>
</div></body></html>
""")

M("non_notice", "tr", None, False, None, "Amazon delivery appointment cancelled by carrier, order remains valid",
  fmt="alt", cte="quoted-printable", from_=("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), to=AYSE, auth=True,
  subject="Teslimat randevunuz iptal edildi - yeni bir randevu seçin",
  **tmpl("tr", TR, "Teslimat Randevusu", "406-3318207-6642910", "Merhaba Ayşe Yılmaz,", [
      "#406-3318207-6642910 numaralı siparişinizdeki Bosch Serie 4 No-Frost Buzdolabı için 12 Mart Çarşamba 09:00-13:00 arasında planlanan teslimat randevusu, kargo firmasının yoğunluğu nedeniyle iptal edildi.",
      "Siparişiniz iptal edilmedi ve geçerliliğini koruyor. Lütfen Siparişlerim bölümünden size uygun yeni bir teslimat zamanı seçin.",
      "Yaşattığımız aksaklık için özür dileriz."]))

M("non_notice", "tr", None, False, None, "Prime membership cancelled",
  fmt="text", charset="iso-8859-9", cte="base64", from_=("Amazon Prime", "no-reply@amazon.com.tr"), to=MEHMET,
  subject="Amazon Prime üyeliğiniz iptal edildi",
  text=amz_text("tr", TR, "Amazon Prime", None, "Merhaba Mehmet Demir,", [
      "Amazon Prime üyeliğinizi iptal ettiniz. Üyelik avantajlarınız 23 Şubat 2025 tarihine kadar devam edecek.",
      "Bu tarihten sonra Prime Video, ücretsiz hızlı kargo ve Prime Gaming avantajlarından yararlanamayacaksınız. Prime üyeliğinizi istediğiniz zaman Prime Üyeliğimi Yönet sayfasından yeniden başlatabilirsiniz.",
      "Amazon Prime'ı denediğiniz için teşekkür ederiz."]))

M("non_notice", "tr", None, False, None, "genuine payment reminder: update payment within 5 days or order will be cancelled",
  fmt="alt", cte="base64", from_=("Amazon.com.tr", "payments-messages@amazon.com.tr"), to=ELIF, auth=True,
  subject="Ödeme yönteminizi güncelleyin: #405-2281746-9930512 numaralı siparişiniz",
  **tmpl("tr", TR, "Ödeme Güncellemesi", "405-2281746-9930512", "Merhaba Elif Kaya,", [
      "#405-2281746-9930512 numaralı siparişinizin ödemesini kayıtlı kartınızdan alamadık.",
      "Siparişinizi göndermeye devam edebilmemiz için lütfen 5 gün içinde Siparişlerim bölümünden ödeme bilgilerinizi güncelleyin. Ödeme bilgileriniz güncellenmezse siparişiniz iptal edilecektir.",
      "Ödeme yönteminizi zaten güncellediyseniz bu e-postayı dikkate almayın."]))

# ---- lookalikes ----------------------------------------------------------
M("lookalike", "tr", "payment_issue", True, None, "payment not approved, amount 'blocked', call 0850 number; off-brand domain",
  fmt="text", cte="quoted-printable", from_=("Amazon Müşteri Hizmetleri", "destek@amazontr-musteri.com"), to=AYSE,
  subject="Siparişiniz iptal edildi - Acil iade işlemi",
  text="""Sayın Müşterimiz,

#407-2281930-5518204 numaralı, 74.999,00 TL tutarındaki Apple iPhone 15 Pro Max siparişiniz ödeme onayı alınamadığı için iptal edilmiştir.

Ancak sipariş tutarı kartınızda bloke edilmiş durumdadır. Blokenin kaldırılması ve iade işleminin başlatılması için 24 saat içinde müşteri hizmetlerimizi arayınız:

   0850 305 41 87  (7/24)

Görüşme sırasında kimlik doğrulaması için kartınızın bilgileri sorulacaktır.

Saygılarımızla,
Amazon.com.tr Müşteri Hizmetleri
""")

M("lookalike", "tr", "fraud_prevention", True, None, "Cyrillic-A homoglyph display name, account suspended, verification code; polished template, evil hrefs",
  fmt="alt", cte="quoted-printable", from_=("Аmazon.com.tr Güvenlik", "guvenlik@amazon-com-tr.support"), to=MEHMET,
  subject="Hesabınız askıya alındı: siparişiniz iptal edildi",
  **tmpl("tr", TR, "Hesap Askıya Alındı", "408-5530912-7718204", "Merhaba Mehmet Demir,", [
      "Hesabınızda yetkisiz giriş denemeleri tespit edildi. Güvenliğiniz için hesabınız askıya alındı ve #408-5530912-7718204 numaralı siparişiniz iptal edildi.",
      "Hesabınızı yeniden etkinleştirmek için aşağıdaki düğmeye tıklayın ve size özel doğrulama kodunu girin:",
      "Doğrulama kodu: AMZ-448-219",
      "12 saat içinde doğrulama yapılmazsa hesabınız ve kayıtlı ödeme yöntemleriniz kalıcı olarak silinecektir."],
      [("Apple MacBook Air 13 inç M3 8 GB 256 GB, Gece Yarısı", 1, "42.999,00 TL", "Amazon.com.tr")],
      text_link="https://amazon-com-tr.support/hesap/dogrula?kod=AMZ448219",
      href=evil("https://amazon-com-tr.support"),
      button=("Hesabımı doğrula", "https://amazon-com-tr.support/hesap/dogrula?kod=AMZ448219")))

M("lookalike", "tr", "payment_issue", True, None, "crude, hotmail sender, reply with card number/expiry/CVV, no order number, no Turkish letters",
  fmt="text", cte="8bit", from_=("amazon destek", "amazon.siparis.iptal@hotmail.com"), to=ELIF,
  subject="siparisiniz iptal edildi!!",
  text="""Degerli musterimiz,

Siparisiniz odeme hatasi nedeniyle iptal edildi.
Siparisinizi tekrar aktif etmek icin bu e-postaya asagidaki bilgileri yazarak cevap veriniz:

- Ad Soyad
- Kart numarasi
- Son kullanma tarihi
- CVV kodu (kartin arkasindaki 3 hane)

Bilgileriniz 24 saat icinde gelmezse hesabiniz kapatilacaktir.

Amazon Turkiye
""")

M("lookalike", "tr", "unknown", True, None, "'will be cancelled in 48h, confirm address'; amazon.com.tr.evil domain; link text shows amazon.com.tr",
  fmt="html", cte="quoted-printable", from_=("Amazon.com.tr", "order-update@amazon.com.tr.siparis-kontrol.info"), to=AYSE,
  subject="Siparişiniz 48 saat içinde iptal edilecek: teslimat adresinizi doğrulayın",
  html=amz_html("tr", TR, "Adres Doğrulama", "406-8820193-4471056", "Merhaba Ayşe Yılmaz,", [
      "#406-8820193-4471056 numaralı siparişinizin teslimat adresi eksik veya hatalı olduğu için kargoya verilemedi.",
      "48 saat içinde adresinizi doğrulamazsanız siparişiniz iptal edilecektir.",
      Raw('Adresinizi doğrulamak için: <a href="http://amazon.com.tr.siparis-kontrol.info/dogrula.php?o=4068820193">https://www.amazon.com.tr/gp/your-account/order-history</a>')],
      [("Xiaomi Robot Vacuum S10+ Akıllı Robot Süpürge", 1, "18.499,00 TL", "Amazon.com.tr")],
      href=evil("http://amazon.com.tr.siparis-kontrol.info"), show_dom=TR, items_label="Sipariş edilen ürünler"))

M("lookalike", "tr", "technical_issue", True, None, "Greek-omicron homoglyph display name, 'system error' refund form, malformed order number",
  fmt="alt", charset="iso-8859-9", cte="quoted-printable", from_=("Amazοn.com.tr", "no-reply@amazn-tr.com"), to=MEHMET,
  subject="Sistem hatası nedeniyle siparişiniz iptal edildi",
  text="""Merhaba,

Sistemimizde yaşanan teknik bir hata nedeniyle 407-993812-55102 numaralı siparişiniz iptal edilmiştir.

Ödediğiniz 3.899,00 TL tutarın iadesini alabilmek için aşağıdaki iade formunu 48 saat içinde doldurmanız gerekmektedir:

http://amazn-tr.com/iade/form?id=40799381255102

Anlayışınız için teşekkür ederiz.
Amazon.com.tr
""",
  html="""<html><body style="font-family:Arial;">
<p><img src="http://amazn-tr.com/logo.png" alt="amazon.com.tr"></p>
<p>Merhaba,</p>
<p>Sistemimizde yaşanan teknik bir hata nedeniyle <b>407-993812-55102</b> numaralı siparişiniz iptal edilmiştir.</p>
<p>Ödediğiniz 3.899,00 TL tutarın iadesini alabilmek için aşağıdaki iade formunu 48 saat içinde doldurmanız gerekmektedir.</p>
<p><a href="http://amazn-tr.com/iade/form?id=40799381255102" style="background:#ffa41c;padding:8px 20px;color:#000;text-decoration:none;">İade formunu doldur</a></p>
<p>Anlayışınız için teşekkür ederiz.<br>Amazon.com.tr</p>
</body></html>
""")

M("lookalike", "tr", "inventory_shortage", True, None, "amaz0n look-alike domain, polished copy of out-of-stock notice, 'verify card for refund'; iso-8859-9 8bit",
  fmt="text", charset="iso-8859-9", cte="8bit", from_=("Amazon.com.tr", "auto-confirm@amaz0n.com.tr"), to=ELIF,
  subject="Amazon.com.tr siparişinizdeki bir ürün iptal edildi (#405-7712093-1180346)",
  text=amz_text("tr", TR, "Sipariş İptali", "405-7712093-1180346", "Merhaba Elif Kaya,", [
      "Üzgünüz, aşağıdaki ürün stok yetersizliği nedeniyle siparişinizden iptal edildi.",
      "Ödemenizin iadesi için kart bilgilerinizi aşağıdaki sayfada doğrulamanız gerekmektedir. Doğrulama yapılmazsa iade gerçekleştirilemez.",
      "https://amaz0n.com.tr/iade/dogrula?order=405-7712093-1180346"],
      [("Arzum Okka Minio Pro Türk Kahvesi Makinesi", 1, "2.399,00 TL", "Amazon.com.tr")],
      link="https://amaz0n.com.tr/ref=TE_tex_g",
      footer=[(t, u.replace("www.amazon.com.tr", "amaz0n.com.tr") if u else u) for t, u in security_footer("tr", TR)]))

M("lookalike", "tr", "unknown", False, None, "yahoo sender, no order number, 'order will be cancelled unless you confirm'; crude html",
  fmt="html", cte="base64", from_=("Amazon", "amazon.tr.bildirim@yahoo.com"), to=AYSE,
  subject="Önemli: Siparişiniz onay bekliyor",
  html="""<html><body style="text-align:center;font-family:Verdana;">
<h1 style="color:#ff9900;">amazon</h1>
<p>Sayın müşterimiz,</p>
<p>Siparişinizle ilgili bir sorun var. <b>24 saat içinde onaylamazsanız siparişiniz iptal edilecek.</b></p>
<p><a href="https://tinyurl.com/amz-tr-onay" style="font-size:18px;">ŞİMDİ ONAYLA</a></p>
<p style="font-size:10px;">Amazon.com.tr Tüm hakları saklıdır.</p>
</body></html>
""")

M("lookalike", "tr", "customer_request", True, None, "'cancelled at your request', undo link + phone; own-domain dkim/dmarc pass on amazon-siparis-merkezi.com",
  fmt="alt", cte="base64", from_=("Amazon.com.tr", "iptal@amazon-siparis-merkezi.com"), to=MEHMET,
  auth="{mx};\n       dkim=pass header.d=amazon-siparis-merkezi.com header.s=mail;\n       spf=pass smtp.mailfrom=amazon-siparis-merkezi.com;\n       dmarc=pass header.from=amazon-siparis-merkezi.com",
  subject='Ürün başarıyla iptal edildi: "Apple iPhone 16 128 GB..."',
  **tmpl("tr", TR, "İptal Onayı", "405-3307719-2281465", "Merhaba Mehmet Demir,", [
      "İsteğiniz üzerine #405-3307719-2281465 numaralı siparişiniz iptal edildi.",
      "İptal nedeni: Müşteri tarafından iptal edildi",
      "Bu işlemi siz yapmadıysanız hesabınız başka biri tarafından kullanılıyor olabilir. Hemen aşağıdaki düğmeyle iptali geri alın veya +90 212 909 48 17 numaralı güvenlik hattımızı arayın."],
      [("Apple iPhone 16 128 GB, Siyah", 1, "64.999,00 TL", "Amazon.com.tr")],
      text_link="https://amazon-siparis-merkezi.com/iptal-geri-al?o=4053307719",
      href=evil("https://amazon-siparis-merkezi.com"), show_dom=TR,
      button=("İptali geri al", "https://amazon-siparis-merkezi.com/iptal-geri-al?o=4053307719")))


# ==========================================================================
# ARABIC  (amazon.ae, amazon.sa, amazon.eg)
# ==========================================================================
AE, SA, EG = "amazon.ae", "amazon.sa", "amazon.eg"
AHMED = ("أحمد الحمادي", "ahmed.alhammadi@gmail.com")
NOURA = ("نورة العتيبي", "noura.otaibi@hotmail.com")
MOHAMED = ("محمد عبد الرحمن", "m.abdelrahman@yahoo.com")

# ---- notices -------------------------------------------------------------
M("notice", "ar", "inventory_shortage", True, AE, "seller out of stock, item cancelled; text only windows-1256 base64",
  fmt="text", charset="windows-1256", cte="base64", from_=("Amazon.ae", "auto-confirm@amazon.ae"),
  reply_to="no-reply@amazon.ae", to=AHMED,
  subject="تم إلغاء منتج من طلبك على Amazon.ae رقم 402-6638104-2259317",
  text=amz_text("ar", AE, "إلغاء منتج", "402-6638104-2259317", "مرحباً أحمد،", [
      "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك، لأن البائع لم يتمكن من توفيره بسبب نفاد الكمية من المخزون.",
      "لن يتم خصم أي مبلغ مقابل هذا المنتج. سيتم شحن باقي المنتجات في طلبك كما هو مخطط."],
      [("سماعات سوني WH-1000XM5 لاسلكية بخاصية إلغاء الضوضاء، أسود", 1, "1,299.00 درهم", "Amazon.ae")],
      ["نعتذر عن أي إزعاج قد يسببه ذلك.", "فريق Amazon.ae"]))

M("notice", "ar", "payment_issue", True, SA, "bank declined card, payment not updated in time; alt utf-8 QP; auth pass",
  fmt="alt", cte="quoted-printable", from_=("Amazon.sa", "payments-messages@amazon.sa"), to=NOURA, auth=True,
  subject="تم إلغاء طلبك رقم 405-1127730-6684015 على Amazon.sa",
  **tmpl("ar", SA, "إلغاء الطلب", "405-1127730-6684015", "مرحباً نورة،", [
      "لم نتمكن من تحصيل المبلغ من بطاقتك الائتمانية لأن البنك المُصدر رفض العملية.",
      "أرسلنا إليك رسالة سابقة نطلب فيها تحديث معلومات الدفع، ولكن لم يتم تحديثها خلال المهلة المحددة، لذا قمنا بإلغاء طلبك.",
      "إذا كنت لا تزال ترغب في شراء هذه المنتجات، يرجى إضافة طريقة دفع صالحة من صفحة حسابك ثم تقديم طلب جديد."],
      [("قهوة لافازا كريما إي غوستو حبوب، 1 كجم", 2, "158.00 ريال", "Amazon.sa")]))

M("notice", "ar", "technical_issue", True, EG, "pricing error on site; html only utf-8 base64; auth pass",
  fmt="html", cte="base64", from_=("Amazon.eg", "order-update@amazon.eg"), reply_to="no-reply@amazon.eg",
  to=MOHAMED, auth=True,
  subject="إلغاء طلبك رقم 171-4470298-3318826 على Amazon.eg",
  html=amz_html("ar", EG, "إلغاء الطلب", "171-4470298-3318826", "مرحباً محمد،", [
      "نود إعلامك بأنه تم عرض سعر غير صحيح للمنتج التالي على موقعنا بسبب خطأ في التسعير.",
      "لذلك قمنا بإلغاء طلبك. لم يتم تحصيل أي مبلغ، وفي حال الدفع المسبق سيتم رد المبلغ بالكامل إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل."],
      [("شاشة سامسونج أوديسي G5 منحنية 27 بوصة", 1, "899.00 جنيه", "Amazon.eg")],
      ["نعتذر عن هذا الخطأ، ويمكنك الاطلاع على السعر الحالي في صفحة المنتج."]))

M("notice", "ar", "fraud_prevention", True, AE, "unusual activity, account on hold, pending order cancelled; text utf-8 8bit",
  fmt="text", cte="8bit", from_=("Amazon.ae", "cs-reply@amazon.ae"), to=AHMED,
  subject="بخصوص حسابك وطلبك على Amazon.ae",
  text=amz_text("ar", AE, "أمان الحساب", "408-2291736-5540183", "مرحباً أحمد،", [
      "لاحظنا نشاطاً غير معتاد على حسابك. لحمايتك وحماية أمازون، قمنا بتعليق حسابك مؤقتاً وإلغاء طلبك المعلق رقم 408-2291736-5540183.",
      "لإعادة تفعيل حسابك، يرجى تسجيل الدخول مباشرة إلى Amazon.ae أو تطبيق أمازون للتسوق واتباع التعليمات لإكمال التحقق من هويتك. ننصحك بكتابة amazon.ae في المتصفح بدلاً من استخدام الروابط الواردة في الرسائل.",
      "لم يتم خصم أي مبلغ مقابل الطلب الملغى."],
      [("آيفون 15 برو ماكس 256 جيجابايت، تيتانيوم طبيعي", 1, "5,099.00 درهم", "Amazon.ae")]))

M("notice", "ar", "customer_request", True, SA, "cancelled at customer's request, 'سبب الإلغاء' line; alt windows-1256 QP",
  fmt="alt", charset="windows-1256", cte="quoted-printable", from_=("Amazon.sa", "auto-confirm@amazon.sa"),
  reply_to="no-reply@amazon.sa", to=NOURA,
  subject="تم إلغاء المنتج بنجاح من طلبك على Amazon.sa",
  **tmpl("ar", SA, "تأكيد الإلغاء", "404-8813025-1176649", "مرحباً نورة،", [
      "بناءً على طلبك، قمنا بإلغاء المنتج التالي من طلبك رقم 404-8813025-1176649.",
      "سبب الإلغاء: ألغاه العميل",
      "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. إذا كنت قد دفعت مسبقاً، فسيتم استرداد المبلغ خلال 3 إلى 5 أيام عمل."],
      [("مكنسة دايسون V12 ديتكت سليم اللاسلكية", 1, "2,499.00 ريال", "Amazon.sa")],
      html_charset_meta="windows-1256"))

M("notice", "ar", "unknown", True, EG, "cannot deliver to the shipping address (reason outside the four); text utf-8 QP; auth pass",
  fmt="text", cte="quoted-printable", from_=("Amazon.eg", "order-update@amazon.eg"), to=MOHAMED, auth=True,
  subject="تم إلغاء طلبك رقم 171-9920374-6613580 على Amazon.eg",
  text=amz_text("ar", EG, "إلغاء الطلب", "171-9920374-6613580", "مرحباً محمد،", [
      "نأسف لإبلاغك بأنه تم إلغاء طلبك لأنه لا يمكننا توصيل هذا المنتج إلى عنوان الشحن الذي حددته.",
      "يمكنك إضافة عنوان آخر من حسابك وتقديم الطلب مرة أخرى. لم يتم تحصيل أي مبلغ مقابل هذا الطلب."],
      [("ثلاجة شارب نوفروست 450 لتر، فضي", 1, "21,999.00 جنيه", "Amazon.eg")]))

# ---- non-notices ---------------------------------------------------------
M("non_notice", "ar", None, False, None, "Sharaf DG cancels its own order; refund via Amazon Payment Services",
  fmt="alt", cte="base64", from_=("Sharaf DG", "orders@sharafdg.com"), to=AHMED,
  subject="تم إلغاء طلبك رقم SDG-2025-0418837",
  text="""عزيزنا العميل أحمد،

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم SDG-2025-0418837 لعدم توفر المنتج في المخزون.

المنتج: لابتوب لينوفو ليجن 5 برو، 16 بوصة
المبلغ: 6,499.00 درهم

تمت عملية الدفع عبر Amazon Payment Services، وسيتم رد المبلغ إلى بطاقتك خلال 5 إلى 7 أيام عمل حسب البنك.

لأي استفسار، تواصل معنا على 800 344 357.
شرف دي جي
""",
  html="""<html dir="rtl"><body style="font-family:Tahoma,Arial;direction:rtl;">
<table width="600" align="center"><tr><td style="background:#003a70;color:#fff;padding:12px;"><b>Sharaf DG</b></td></tr>
<tr><td style="padding:18px;">
<p>عزيزنا العميل أحمد،</p>
<p>نأسف لإبلاغك بأنه تم إلغاء طلبك رقم <b>SDG-2025-0418837</b> لعدم توفر المنتج في المخزون.</p>
<p>المنتج: لابتوب لينوفو ليجن 5 برو، 16 بوصة<br>المبلغ: 6,499.00 درهم</p>
<p>تمت عملية الدفع عبر Amazon Payment Services، وسيتم رد المبلغ إلى بطاقتك خلال 5 إلى 7 أيام عمل حسب البنك.</p>
<p>لأي استفسار، تواصل معنا على 800 344 357.</p>
</td></tr></table></body></html>
""")

M("non_notice", "ar", None, False, None, "friend says he cancelled his own Amazon order (Gulf dialect)",
  fmt="text", charset="windows-1256", cte="quoted-printable", from_=("خالد المنصوري", "khalid.m1990@outlook.com"), to=AHMED,
  subject="بخصوص الشاحن",
  text="""هلا أحمد،

ترى ألغيت طلب أمازون حق الشاحن، كان مكتوب التوصيل بعد أسبوع وأنا مسافر الخميس. بطلبه من نون يوصل باكر إن شاء الله.

إذا تبي نفس الشاحن قولي وأطلب لك معي.

خالد
""")

M("non_notice", "ar", None, False, None, "bank security-awareness newsletter quoting fake Amazon cancellation subjects",
  fmt="html", cte="quoted-printable", from_=("نشرة التوعية الأمنية", "awareness@news.gulfunionbank.ae"), to=NOURA,
  extra=[("List-Unsubscribe", "<https://news.gulfunionbank.ae/unsub?id=55102>")],
  subject="احذر: رسائل مزيفة بعنوان «تم إلغاء طلبك على أمازون»",
  html="""<html dir="rtl" lang="ar"><head><meta charset="utf-8"></head>
<body style="font-family:Tahoma,Arial;direction:rtl;text-align:right;">
<div style="max-width:620px;margin:auto;">
<h2>احذر: رسائل مزيفة بعنوان «تم إلغاء طلبك على أمازون»</h2>
<p>رصدنا خلال الأسابيع الماضية موجة من رسائل التصيد الاحتيالي التي تنتحل صفة أمازون. ومن أبرز العناوين المستخدمة:</p>
<ul>
<li>«تم إلغاء طلبك على Amazon.ae – يرجى تأكيد بيانات الدفع»</li>
<li>«تم تعليق حسابك وإلغاء طلبك، استخدم رمز التحقق»</li>
<li>«سيتم إلغاء طلبك خلال 24 ساعة»</li>
</ul>
<p>تطلب هذه الرسائل منك الاتصال برقم هاتف أو الرد ببيانات بطاقتك. تذكّر أن البنك لن يطلب منك أبداً رمز التحقق أو الرقم السري.</p>
<p>إذا وصلتك رسالة مشبوهة، لا تضغط على الروابط وأبلغ عنها فوراً.</p>
<p style="font-size:11px;color:#888;">لإلغاء الاشتراك في النشرة <a href="https://news.gulfunionbank.ae/unsub?id=55102">اضغط هنا</a>.</p>
</div></body></html>
""")

M("non_notice", "ar", None, False, None, "Amazon Fresh delivery slot cancelled, order still active",
  fmt="alt", cte="base64", from_=("Amazon.ae", "no-reply@amazon.ae"), to=AHMED, auth=True,
  subject="تم إلغاء موعد التوصيل الخاص بطلبك من Amazon Fresh",
  **tmpl("ar", AE, "موعد التوصيل", "408-7731046-2295718", "مرحباً أحمد،", [
      "نأسف لإبلاغك بأنه تم إلغاء موعد التوصيل المحدد لطلبك من Amazon Fresh (الجمعة 6:00 - 8:00 مساءً) بسبب ضغط الطلبات في منطقتك.",
      "طلبك لا يزال قائماً ولم يتم إلغاؤه. يرجى اختيار موعد توصيل جديد من صفحة طلباتك.",
      "شكراً لتفهمك."]))

M("non_notice", "ar", None, False, None, "Amazon Prime membership cancelled",
  fmt="text", charset="windows-1256", cte="8bit", from_=("Amazon.sa", "prime@amazon.sa"), to=NOURA,
  subject="تم إلغاء عضويتك في Amazon Prime",
  text=amz_text("ar", SA, "Amazon Prime", None, "مرحباً نورة،", [
      "نؤكد لك أنه تم إلغاء عضويتك في Amazon Prime بناءً على طلبك.",
      "يمكنك الاستمرار في الاستفادة من مزايا Prime، مثل التوصيل المجاني السريع وPrime Video، حتى 14 أبريل 2025.",
      "يمكنك إعادة الاشتراك في أي وقت من صفحة إدارة عضوية Prime."]))

M("non_notice", "ar", None, False, None, "genuine payment reminder: update payment within 5 days or order will be cancelled",
  fmt="alt", cte="quoted-printable", from_=("Amazon.eg", "payments-messages@amazon.eg"), to=MOHAMED, auth=True,
  subject="يرجى تحديث طريقة الدفع لطلبك رقم 171-5530827-7742091",
  **tmpl("ar", EG, "تحديث الدفع", "171-5530827-7742091", "مرحباً محمد،", [
      "لم نتمكن من تحصيل قيمة طلبك رقم 171-5530827-7742091 من البطاقة المسجلة.",
      "يرجى تحديث طريقة الدفع خلال 5 أيام من صفحة طلباتك حتى نتمكن من شحن طلبك. إذا لم يتم تحديث طريقة الدفع خلال هذه المدة، سيتم إلغاء طلبك.",
      "إذا كنت قد حدّثت طريقة الدفع بالفعل، يرجى تجاهل هذه الرسالة."]))

# ---- lookalikes ----------------------------------------------------------
M("lookalike", "ar", "customer_request", True, None, "'cancelled at your request', callback phone if not you; off-brand domain",
  fmt="text", cte="base64", from_=("خدمة عملاء أمازون", "support@amazon-ae-help.com"), to=AHMED,
  subject="تأكيد إلغاء الطلب رقم 402-5518830-7713264",
  text="""عزيزي العميل،

تم إلغاء طلبك رقم 402-5518830-7713264 بقيمة 4,899.00 درهم بناءً على طلبك.

المنتج: سامسونج جالاكسي S24 ألترا 512 جيجابايت
سبب الإلغاء: بطلب من العميل

إذا لم تقم بهذا الإلغاء، فقد يكون شخص آخر قد دخل إلى حسابك. يرجى الاتصال فوراً بمركز الأمان لدينا على الرقم:

+971 4 553 2198  (متاح 24 ساعة)

سيساعدك أحد ممثلينا في استرداد المبلغ وتأمين حسابك.

فريق أمازون
""")

M("lookalike", "ar", "fraud_prevention", True, None, "Cyrillic-A homoglyph display name, account suspended + order cancelled, verification code; amazon-sa.evil domain; polished",
  fmt="alt", cte="quoted-printable", from_=("Аmazon.sa", "security@amazon-sa.account-verify.info"), to=NOURA,
  subject="تم تعليق حسابك وإلغاء طلبك – إجراء مطلوب",
  **tmpl("ar", SA, "تعليق الحساب", "405-6620193-3381027", "مرحباً نورة،", [
      "تم اكتشاف محاولة دخول غير مصرح بها إلى حسابك، لذلك قمنا بتعليق الحساب وإلغاء طلبك رقم 405-6620193-3381027.",
      "لإعادة تفعيل حسابك، اضغط على الزر أدناه وأدخل رمز التحقق التالي:",
      "رمز التحقق: 774019",
      "إذا لم يتم التحقق خلال 24 ساعة، سيتم إغلاق حسابك نهائياً وحذف وسائل الدفع المحفوظة."],
      [("ساعة أبل الإصدار 9 مقاس 45 ملم", 1, "1,799.00 ريال", "Amazon.sa")],
      text_link="https://amazon-sa.account-verify.info/ar/verify?c=774019",
      href=evil("https://amazon-sa.account-verify.info"),
      button=("تحقق من حسابك", "https://amazon-sa.account-verify.info/ar/verify?c=774019")))

M("lookalike", "ar", "payment_issue", True, None, "crude gmail sender, reply with card number/expiry/CVV, no order number; windows-1256 8bit",
  fmt="text", charset="windows-1256", cte="8bit", from_=("Amazon Egypt", "amazon.egypt.service@gmail.com"), to=MOHAMED,
  subject="تم الغاء طلبك - فشل الدفع",
  text="""عميلنا العزيز

لقد تم الغاء طلبك بسبب فشل عملية الدفع.
لاعادة تفعيل الطلب يرجى الرد على هذه الرسالة وارسال البيانات التالية:

- الاسم على البطاقة
- رقم البطاقة
- تاريخ الانتهاء
- الرمز السري CVV

في حال عدم الرد خلال 24 ساعة سيتم ايقاف حسابك.

امازون مصر
""")

M("lookalike", "ar", "payment_issue", True, None, "'will be cancelled' unless card updated; link text shows amazon.ae, href to amazon.ae.order-status.top",
  fmt="alt", cte="quoted-printable", from_=("Amazon.ae", "auto-confirm@amazon.ae.order-status.top"), to=AHMED,
  subject="سيتم إلغاء طلبك رقم 403-2209184-6637710 خلال 24 ساعة",
  **tmpl("ar", AE, "مشكلة في الدفع", "403-2209184-6637710", "مرحباً أحمد،", [
      "تعذر علينا معالجة الدفع لطلبك رقم 403-2209184-6637710 لأن بطاقتك منتهية الصلاحية.",
      "إذا لم تقم بتحديث بيانات الدفع خلال 24 ساعة، سيتم إلغاء طلبك تلقائياً.",
      Raw('لتحديث بيانات الدفع: <a href="https://amazon.ae.order-status.top/wallet/update?s=a91f2">https://www.amazon.ae/cpe/yourpayments/wallet</a>')],
      [("بلايستيشن 5 سليم مع قارئ أقراص", 1, "1,949.00 درهم", "Amazon.ae")],
      text_link="https://www.amazon.ae/cpe/yourpayments/wallet", items_label="المنتجات في طلبك",
      href=evil("https://amazon.ae.order-status.top"), show_dom=AE))

M("lookalike", "ar", "inventory_shortage", True, None, "spoofed From order-update@amazon.ae with spf/dmarc fail, Reply-To gmail, out-of-stock + refund form",
  fmt="html", cte="base64", from_=("Amazon.ae", "order-update@amazon.ae"), to=AHMED,
  reply_to="amazon.refund.team@gmail.com", return_path="root@vps-41872.hostkey-srv.ru",
  received=["from vps-41872.hostkey-srv.ru (vps-41872.hostkey-srv.ru [185.244.31.77])\n        by mx.google.com with ESMTP id 5b1f17b1804b1\n        for <ahmed.alhammadi@gmail.com>"],
  auth="{mx};\n       spf=fail (google.com: domain of root@vps-41872.hostkey-srv.ru does not designate 185.244.31.77 as permitted sender) smtp.mailfrom=root@vps-41872.hostkey-srv.ru;\n       dkim=none;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.ae",
  subject="تم إلغاء منتج من طلبك على Amazon.ae",
  html=amz_html("ar", AE, "إلغاء منتج", "402-7719302-4408861", "مرحباً أحمد،", [
      "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك بسبب نفاد الكمية من المخزون.",
      "لاسترداد المبلغ المدفوع، يرجى تعبئة نموذج الاسترداد خلال 48 ساعة."],
      [("ماك بوك آير 15 بوصة بشريحة M3", 1, "5,499.00 درهم", "Amazon.ae")],
      href=evil("http://refund-amazon-ae.web.app"),
      button=("طلب استرداد المبلغ", "http://refund-amazon-ae.web.app/form")))

M("lookalike", "ar", "technical_issue", True, None, "amaz0n look-alike domain, 'technical error' cancelled order, enter card for refund; malformed order number with letter O",
  fmt="text", cte="quoted-printable", from_=("Amazon.sa", "no-reply@amaz0n-sa.com"), to=NOURA,
  subject="تم إلغاء طلبك بسبب خطأ تقني",
  text="""مرحباً،

نعتذر، حدث خطأ تقني في نظامنا أدى إلى إلغاء طلبك رقم 4O5-1182273-550192.

لاستلام المبلغ المسترد (2,150.00 ريال)، يرجى إدخال بيانات بطاقتك في صفحة الاسترداد:
https://amaz0n-sa.com/refund?id=4O51182273550192

سينتهي صلاحية الرابط خلال 48 ساعة.

Amazon.sa
لن تطلب منك أمازون أبداً كلمة المرور عبر البريد الإلكتروني.
""")

M("lookalike", "ar", "unknown", False, None, "yahoo sender, no order number, 'your order will be cancelled' with no reason; crude html 8bit",
  fmt="html", cte="8bit", from_=("Amazon", "amazon.alert.center@yahoo.com"), to=MOHAMED,
  subject="تنبيه: سيتم إلغاء طلبك",
  html="""<html dir="rtl"><body style="font-family:Arial;text-align:center;">
<h1 style="color:#ff9900;">amazon</h1>
<p>عميلنا العزيز،</p>
<p><b>هناك مشكلة في طلبك. سيتم إلغاء طلبك إذا لم تقم بالتأكيد خلال 12 ساعة.</b></p>
<p><a href="https://cutt.ly/amz-eg-confirm" style="background:#ffd814;padding:10px 25px;color:#000;">تأكيد الطلب الآن</a></p>
<p style="font-size:10px;color:#999;">© Amazon 2025</p>
</body></html>
""")

M("lookalike", "ar", "unknown", True, None, "Greek-Alpha homoglyph display name, outlook sender, 'incomplete address' + small re-delivery fee, malformed order number",
  fmt="alt", cte="base64", from_=("Αmazon.eg", "amazon-eg-refund@outlook.com"), to=MOHAMED,
  subject="تم إلغاء طلبك رقم 171-882041-3390281",
  text="""مرحباً،

تم إلغاء طلبك رقم 171-882041-3390281 لأن عنوان التوصيل غير مكتمل.

لإعادة تفعيل الطلب وجدولة التوصيل، يرجى تأكيد عنوانك ودفع رسوم إعادة التوصيل (5.75 جنيه) عبر الرابط التالي:
https://amzn-eg-delivery.com/reschedule?o=171882041

Amazon.eg
""",
  html="""<html dir="rtl"><body style="font-family:Tahoma;direction:rtl;">
<div style="border:1px solid #ddd;max-width:560px;margin:auto;padding:16px;">
<p style="color:#232f3e;font-size:20px;"><b>Amazon.eg</b></p>
<p>مرحباً،</p>
<p>تم إلغاء طلبك رقم <b>171-882041-3390281</b> لأن عنوان التوصيل غير مكتمل.</p>
<p>لإعادة تفعيل الطلب وجدولة التوصيل، يرجى تأكيد عنوانك ودفع رسوم إعادة التوصيل (5.75 جنيه).</p>
<p><a href="https://amzn-eg-delivery.com/reschedule?o=171882041">تأكيد العنوان ودفع الرسوم</a></p>
</div></body></html>
""")


# ==========================================================================
# output
# ==========================================================================
def generic_received(from_addr, to_addr):
    fd = from_addr.split("@")[1]
    td = to_addr.split("@")[1]
    return ["from smtp.%s (smtp.%s [%d.%d.%d.%d])\n        by %s with ESMTPS id %s\n        for <%s>" % (
        fd, fd, random.choice([45, 103, 185, 193, 209]), random.randint(1, 254), random.randint(1, 254),
        random.randint(1, 254), mxhost(to_addr), "%012x" % random.getrandbits(48), to_addr)]


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    mails = list(MAILS)
    random.shuffle(mails)
    labels = []
    for i, m in enumerate(mails, 1):
        m = dict(m)
        m["from"] = m.pop("from_")
        dom = m["from"][1].split("@")[1]
        genuine = m["kind"] != "lookalike" and dom.startswith("amazon.") and dom.count(".") <= 2
        if m.get("auth") is True:
            m["auth"] = auth_pass(dom, m["to"][1])
        elif m.get("auth"):
            m["auth"] = m["auth"].replace("{mx}", mxhost(m["to"][1]))
        if "received" not in m:
            m["received"] = genuine_rcv(dom, m["to"][1]) if genuine else generic_received(m["from"][1], m["to"][1])
        if genuine and "return_path" not in m:
            m["return_path"] = "%d%s@bounces.%s" % (random.randint(2024010100000, 2025093099999),
                                                  "%012x" % random.getrandbits(48), dom)
        if genuine:
            m.setdefault("extra", []).append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        name = "%s%03d.eml" % (PREFIX, i)
        write(build(m), os.path.join(MAILDIR, name))
        labels.append({"file": name, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
        fp.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
