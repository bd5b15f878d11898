#!/usr/bin/env python3
"""Regenerate blind batch j4: ja / tr / ar Amazon cancellation notices,
near-miss non-notices and phishing lookalikes.

Run:  python3 make.py      (writes mail/*.eml and labels.json next to this file)
"""
import html
import io
import json
import os
import random
from datetime import datetime, timedelta, timezone

from email import charset as _cs
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

SEED = 4404
rng = random.Random(SEED)
random.seed(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ---------------------------------------------------------------- time zones
JST = timezone(timedelta(hours=9))
TRT = timezone(timedelta(hours=3))
GST = timezone(timedelta(hours=4))
AST = timezone(timedelta(hours=3))
EET = timezone(timedelta(hours=2))
UTC = timezone.utc


def dt(y, mo, d, h, mi, tz=UTC):
    return datetime(y, mo, d, h, mi, rng.randint(0, 59), tzinfo=tz)


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, upper=True):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else \
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(rng.choice(al) for _ in range(n))


def ses_msgid(region="us-west-2"):
    return "<0101%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        hexid(12), hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))


def part_boundary():
    return "----=_Part_%d_%d.%d" % (rng.randint(1000000, 99999999),
                                    rng.randint(100000000, 2099999999),
                                    rng.randint(1600000000000, 1760000000000))


# ---------------------------------------------------------------- amazon headers
SES_REGION = {"amazon.co.jp": "us-west-2", "amazon.com.tr": "eu-west-1",
              "amazon.ae": "eu-west-1", "amazon.sa": "eu-west-1",
              "amazon.eg": "eu-west-1"}


def amazon_trace(tld, date, auth, rcpt_host="mx.google.com"):
    """Return-Path / Received / (optional) Authentication-Results for a genuine mail."""
    region = SES_REGION[tld]
    ip = "54.240.%d.%d" % (rng.randint(0, 60), rng.randint(1, 250))
    bounce = "%s%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), alnum(12), tld)
    rcv_date = format_datetime(date.astimezone(UTC) + timedelta(seconds=2))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randint(10, 99), rng.randint(1, 250), region)
    hdrs = [("Return-Path", "<%s>" % bounce),
            ("Received", "from %s (%s. [%s])\n"
                         "\tby %s with ESMTPS id %s\n\tfor <%s>;\n\t%s"
             % (host, host, ip, rcpt_host, alnum(20, False), "{RCPT}", rcv_date))]
    if auth:
        sel = alnum(32, False).lower()
        hdrs.append(("Authentication-Results",
                     "%s;\n\tdkim=pass header.i=@%s header.s=%s header.b=%s;\n"
                     "\tdkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
                     "\tspf=pass (%s: domain of %s designates %s as permitted sender) "
                     "smtp.mailfrom=%s;\n"
                     "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                     % (rcpt_host, tld, sel, alnum(8, False),
                        alnum(32, False).lower(), alnum(8, False),
                        rcpt_host.split(".", 1)[-1], bounce, ip, bounce, tld)))
        # make sure the literal "dkim=pass header.d=<tld>" form is present too
        hdrs[-1] = (hdrs[-1][0], hdrs[-1][1].replace(
            "dkim=pass header.i=@%s " % tld,
            "dkim=pass header.d=%s header.i=@%s " % (tld, tld), 1))
    return hdrs


def evil_trace(date, helo, ip, mailfrom, auth=None, rcpt_host="mx.google.com"):
    rcv_date = format_datetime(date.astimezone(UTC) + timedelta(seconds=rng.randint(3, 90)))
    hdrs = [("Return-Path", "<%s>" % mailfrom),
            ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>;\n\t%s"
             % (helo, helo, ip, rcpt_host, alnum(20, False), "{RCPT}", rcv_date))]
    if auth:
        hdrs.append(("Authentication-Results", "%s;\n\t%s" % (rcpt_host, auth)))
    return hdrs


# ---------------------------------------------------------------- MIME building
CTE_MAP = {"quoted-printable": QP, "base64": BASE64, "8bit": None, "7bit": None}


def text_part(subtype, body, charset, cte):
    cs = Charset(charset)
    cs.body_encoding = CTE_MAP[cte]
    cs.output_charset = charset
    cs.output_codec = charset
    body.encode(charset)  # fail early if a text does not fit its charset
    return MIMEText(body, subtype, cs)


def _fit_cs(value, charset):
    try:
        value.encode(charset)
        return charset
    except UnicodeEncodeError:
        return "utf-8"


def enc_header(value, charset, name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, _fit_cs(value, charset), header_name=name)


def enc_addr(pair, charset="utf-8", hname="From"):
    name, addr = pair
    if name is None:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        h = Header(name, _fit_cs(name, charset), header_name=hname)
        h.append("<%s>" % addr, "us-ascii")
        return h


def build(spec):
    parts = spec["parts"]
    if len(parts) == 1:
        msg = text_part(*parts[0])
    else:
        msg = MIMEMultipart("alternative", boundary=spec.get("boundary") or part_boundary())
        for p in parts:
            msg.attach(text_part(*p))
    mime_hdrs = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in mime_hdrs):
        del msg[k]
    rcpt = spec["to"][1]
    for k, v in spec.get("trace", []):
        msg[k] = v.replace("{RCPT}", rcpt)
    hcs = spec.get("hdr_cs", "utf-8")
    sender = spec.get("from_") or spec["from"]
    msg["From"] = enc_addr(sender, hcs, "From")
    if spec.get("reply_to"):
        msg["Reply-To"] = enc_addr(spec["reply_to"], hcs, "Reply-To")
    msg["To"] = enc_addr(spec["to"], hcs, "To")
    if spec.get("cc"):
        msg["Cc"] = enc_addr(spec["cc"], hcs, "Cc")
    msg["Subject"] = enc_header(spec["subject"], hcs)
    msg["Date"] = format_datetime(spec["date"])
    msg["Message-ID"] = spec.get("msgid") or "<%s.%s@%s>" % (
        alnum(16), hexid(8), sender[1].split("@")[-1])
    for k, v in spec.get("extra", []):
        msg[k] = v
    if "MIME-Version" not in [k for k, _ in mime_hdrs]:
        msg["MIME-Version"] = "1.0"
    for k, v in mime_hdrs:
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------- Amazon look-alike templates
LOC = {
    "ja": dict(orders="注文履歴", account="アカウントサービス", mp_name="Amazon.co.jp",
               order="注文番号", items="キャンセルされた商品", qty="数量", seller="販売",
               total="キャンセルされた金額", help="ヘルプ&カスタマーサービス", dir="ltr",
               lang="ja", rule="＿" * 30),
    "tr": dict(orders="Siparişlerim", account="Hesabım", mp_name="Amazon.com.tr",
               order="Sipariş No.", items="İptal Edilen Ürünler", qty="Adet", seller="Satıcı",
               total="İptal edilen tutar", help="Yardım ve Müşteri Hizmetleri", dir="ltr",
               lang="tr", rule="_" * 60),
    "ar": dict(orders="طلباتك", account="حسابك", mp_name=None,
               order="رقم الطلب", items="المنتجات الملغاة", qty="الكمية", seller="البائع",
               total="المبلغ الملغى", help="المساعدة وخدمة العملاء", dir="rtl",
               lang="ar", rule="_" * 60),
}

AMZ_CSS = """
body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; font-size:14px; color:#333333; }
#container { width:640px; margin:0 auto; }
#header .title h2 { font-size:20px; color:#CC6600; font-weight:normal; margin:0 0 4px 0; }
#header .navigation a { color:#0066C0; text-decoration:none; font-size:12px; }
.heading { font-size:18px; color:#CC6600; }
#orderDetails td { padding:6px 0; border-bottom:1px solid #DDDDDD; }
.itemTitle a { color:#0066C0; text-decoration:none; }
.price { text-align:right; white-space:nowrap; }
#closing { font-size:13px; }
.emailClosing, #legal td { font-size:11px; line-height:15px; color:#868686; }
.buttonComponentLink { display:block; background:#F0C14B; border:1px solid #A88734;
  color:#111111 !important; padding:10px 18px; text-decoration:none; }
"""


def amz_html(lang, mp, title, order, greeting, paras, items, footer, closing,
             href=None, show_urls=False, total=None, button=None, items_label=None,
             charset="UTF-8"):
    """Amazon-style nested-table HTML. `href`, when given, replaces every link target
    (used by phishing look-alikes); `show_urls` prints amazon URLs as link text."""
    L = dict(LOC[lang])
    if items_label:
        L["items"] = items_label
    base = "https://www." + mp

    def link(path, text=None):
        url = base + path
        tgt = href or url
        label = html.escape(text if text is not None else url)
        return '<a href="%s">%s</a>' % (html.escape(tgt, quote=True), label)

    def lk(path, text):
        return link(path, url_text(path) if show_urls else text)

    def url_text(path):
        return base + path

    rows = []
    for it in items:
        name, qty, price, seller = it
        rows.append(
            '<tr><td class="itemTitle">%s<br /><span style="color:#666666;">%s: %s</span></td>'
            '<td>%s: %s</td><td class="price">%s</td></tr>'
            % (link("/dp/B0%s" % alnum(8), name), html.escape(L["seller"]), html.escape(seller),
               html.escape(L["qty"]), qty, html.escape(price)))
    body_paras = "\n".join("<p>%s</p>" % p for p in paras)
    foot = "\n".join("<p>%s</p>" % p for p in footer)
    order_html = ""
    if order:
        order_html = '%s <a href="%s">%s</a>' % (
            html.escape(L["order"]),
            html.escape(href or base + "/gp/your-account/order-details?orderID=" + order),
            html.escape(order))
    total_html = ""
    if total:
        total_html = ('<tr><td colspan="2" style="text-align:right;"><b>%s:</b></td>'
                      '<td class="price"><b>%s</b></td></tr>' % (html.escape(L["total"]),
                                                                 html.escape(total)))
    btn = ""
    if button:
        btn_path, btn_text = button
        btn = ('<table class="buttonComponent" width="260"><tbody><tr><td align="center" '
               'height="44">%s</td></tr></tbody></table>'
               % link(btn_path, btn_text).replace("<a ", '<a class="buttonComponentLink" ', 1))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%(lang)s" dir="%(dir)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" />
  <meta name="format-detection" content="telephone=no" />
  <title>%(title)s</title>
  <style type="text/css">%(css)s</style>
 </head>
 <body dir="%(dir)s"><img width="1" height="1" src="%(pixel)s" alt="" />
  <table id="container" cellpadding="0" dir="%(dir)s">
   <tbody><tr><td class="frame">
    <table id="main" cellpadding="0"><tbody>
     <tr><td>
      <table id="header" cellpadding="0"><tbody>
       <tr>
        <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(mpname)s" src="https://m.media-amazon.com/images/G/01/x-locale/common/transactional/amazon_logo.png" width="115" border="0" /></a></td>
        <td class="navigation"><table align="right"><tbody><tr>
         <td>%(nav_orders)s</td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
         <td>%(nav_account)s</td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
         <td>%(nav_home)s</td>
        </tr></tbody></table></td>
       </tr>
       <tr><td class="title"><h2>%(title)s</h2> %(order_html)s</td></tr>
      </tbody></table>
     </td></tr>
     <tr><td>
      <table id="summary" cellpadding="0"><tbody><tr><td>
       <span class="heading">%(greeting)s</span>
       %(paras)s
       %(btn)s
      </td></tr></tbody></table>
     </td></tr>
     <tr><td>
      <table id="orderDetails" cellpadding="0" width="100%%"><tbody>
       %(items_head)s
       %(rows)s
       %(total)s
      </tbody></table>
     </td></tr>
     <tr><td><table id="division"><tbody><tr><td></td></tr></tbody></table></td></tr>
     <tr><td>
      <table id="closing" cellpadding="0"><tbody><tr><td>
       %(closing)s
      </td></tr></tbody></table>
     </td></tr>
     <tr><td>
      <table id="legal" cellpadding="0"><tbody><tr><td class="emailClosing">
       %(foot)s
      </td></tr></tbody></table>
     </td></tr>
    </tbody></table>
   </td></tr></tbody>
  </table>
  <img width="1" height="1" src="%(pixel2)s" alt="" />
 </body>
</html>
""" % dict(charset=charset, lang=L["lang"], dir=L["dir"], title=html.escape(title), css=AMZ_CSS,
           pixel=(href or base + "/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=%s"
                  % (alnum(13), hexid(24), alnum(13), "https%3A%2F%2Fimages-fe.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif")).replace("&", "&amp;"),
           pixel2=(href or base + "/gp/r.html?T=E&R=" + alnum(13)),
           home=html.escape(href or base + "/ref=TE_tex_g"), mpname=html.escape(mp.capitalize()),
           nav_orders=lk("/gp/css/order-history?ref_=TE_tex_yo", L["orders"]),
           nav_account=lk("/gp/css/homepage.html?ref_=TE_tex_ya", L["account"]),
           nav_home=lk("/?ref_=TE_tex_h", mp.capitalize()),
           order_html=order_html, greeting=html.escape(greeting), paras=body_paras,
           btn=btn,
           items_head=('<tr><td colspan="3"><b>%s</b></td></tr>' % html.escape(L["items"])) if items else "",
           rows="\n       ".join(rows), total=total_html, closing=closing, foot=foot)


def amz_text(lang, mp, title, order, greeting, paras, items, footer, closing, total=None,
             url_paths=(), items_label=None):
    L = dict(LOC[lang])
    if items_label:
        L["items"] = items_label
    base = "https://www." + mp
    out = [mp.capitalize() if lang != "ar" else mp.capitalize(), title]
    if order:
        out.append("%s %s" % (L["order"], order))
    out.append(base + "/ref=TE_tex_g")
    out.append(L["rule"])
    out.append("")
    out.append(greeting)
    out.append("")
    for p in paras:
        out.append(p)
        out.append("")
    for p in url_paths:
        out.append(p)
    if items:
        out.append(L["items"] + ":")
        out.append("")
        for name, qty, price, seller in items:
            out.append("    " + name)
            out.append("    %s: %s    %s" % (L["qty"], qty, price))
            out.append("    %s: %s" % (L["seller"], seller))
            out.append("")
        if total:
            out.append("%s: %s" % (L["total"], total))
            out.append("")
    out.append(L["rule"])
    out.append("")
    out.append(closing)
    out.append("")
    for p in footer:
        out.append(p)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


MAILS = []


def add(**kw):
    MAILS.append(kw)


# ---------------------------------------------------------------- generic Amazon-layout mail
def amazon_mail(lang, mp, sender, subject, to, date, order, title, greeting, paras,
                items, footer, closing, fmt, enc, trace, total=None, hdr_cs="utf-8",
                items_label=None, href=None, text_href=None, show_urls=False, button=None,
                reply_to=None, extra=None, msgid=None):
    """fmt: 'alt' | 'html' | 'text'; enc: {'text': (charset, cte), 'html': (charset, cte)}.
    footer: list of (text, path or None, link label)."""
    base = "https://www." + mp
    tbase = text_href or base
    f_html, f_text = [], []
    for t, path, label in footer:
        if path:
            f_html.append('%s <a href="%s">%s</a>' % (
                html.escape(t), html.escape(href or base + path, quote=True),
                html.escape(base + path if show_urls else label)))
            f_text.append("%s\n%s" % (t, tbase + path))
        else:
            f_html.append(html.escape(t))
            f_text.append(t)
    close_html = "<br />".join(html.escape(x) for x in closing.split("\n"))
    parts = []
    if fmt in ("alt", "text"):
        cs, cte = enc["text"]
        btn_lines = ()
        if button:
            if show_urls:
                btn_lines = (tbase + button[0] + "\n",)
            else:
                btn_lines = ("%s:\n%s\n" % (button[1], tbase + button[0]),)
        parts.append(("plain", amz_text(lang, mp, title, order, greeting, paras, items, f_text,
                                        closing, total=total, url_paths=btn_lines,
                                        items_label=items_label), cs, cte))
    if fmt in ("alt", "html"):
        cs, cte = enc["html"]
        parts.append(("html", amz_html(lang, mp, title, order, greeting,
                                       [html.escape(p) for p in paras], items, f_html,
                                       close_html, href=href, show_urls=show_urls,
                                       total=total, button=button, items_label=items_label,
                                       charset=cs.upper()), cs, cte))
    return dict(from_=sender, to=to, subject=subject, date=date, parts=parts, trace=trace,
                hdr_cs=hdr_cs, reply_to=reply_to, extra=extra or [],
                msgid=msgid or ses_msgid(SES_REGION.get(mp, "eu-west-1")))


def amz_extra(mp):
    return [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", "%s@bounces.%s" % (alnum(24), mp)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("Feedback-ID", "1.%s.%s:AmazonSES" % (SES_REGION.get(mp, "eu-west-1"), alnum(40, False)))]


def simple_html(body_html, lang="ja", charset="UTF-8", dir_="ltr", title=""):
    return ('<!DOCTYPE html>\n<html lang="%s" dir="%s">\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=%s">\n<title>%s</title>\n</head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;" dir="%s">\n'
            '%s\n</body>\n</html>\n' % (lang, dir_, charset, html.escape(title), dir_, body_html))


def lab(kind, lang, cause, sr, mp, note):
    return dict(kind=kind, language=lang, cause=cause, states_reason=sr, marketplace=mp,
                note=note)


# =====================================================================================
#                                     JAPANESE
# =====================================================================================
JP = "amazon.co.jp"
JA_FOOT = [
    ("このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。", None, None),
    ("Amazon.co.jp がEメールでお客様のパスワード、クレジットカード番号、銀行口座番号などの個人情報の提供をお願いすることはありません。", None, None),
    ("クレジットカード番号や有効期限が変更された場合は、アカウントサービスの「お支払い方法の管理」から更新してください。",
     "/cpe/yourpayments/wallet", "お支払い方法の管理"),
    ("Amazon.co.jp を装った不審なEメールやSMSを受け取った場合は、リンクを開かずにご報告ください。",
     "/gp/help/customer/display.html?nodeId=GUHGXHGTTAT9TLS6", "なりすましメールの報告"),
    ("ご不明な点は、ヘルプページをご覧ください。",
     "/gp/help/customer/display.html?nodeId=508510", "ヘルプ&カスタマーサービス"),
    ("© 2025 Amazon.com, Inc. or its affiliates. Amazon、Amazon.co.jp および Amazon.co.jp のロゴは Amazon.com, Inc. またはその関連会社の商標です。アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1", None, None),
]
JA_CLOSE = "またのご利用をお待ちしております。\nAmazon.co.jp"
TO_MISAKI = ("佐藤 美咲", "misaki.sato0512@gmail.com")
TO_KENTA = ("山本 健太", "kenta.yamamoto@nifty.com")
TO_YUI = ("中村 結衣", "yui-nakamura@docomo.ne.jp")


def ja_notice(**kw):
    kw.setdefault("footer", JA_FOOT)
    kw.setdefault("closing", JA_CLOSE)
    return amazon_mail("ja", JP, **kw)


# ---------------------------------------------------------------- ja notices
d = dt(2025, 1, 23, 10, 41, JST)
add(spec=ja_notice(
    sender=("Amazon.co.jp", "order-update@amazon.co.jp"), to=TO_MISAKI, date=d,
    subject="Amazon.co.jp: ご注文の商品のキャンセルについて (注文番号 503-2847291-6638120)",
    order="503-2847291-6638120", title="ご注文のキャンセル", greeting="佐藤 美咲 様",
    paras=["Amazon.co.jp をご利用いただき、ありがとうございます。",
           "誠に申し訳ございませんが、ご注文いただいた以下の商品は、仕入先からの入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。ご迷惑をおかけしましたことを深くお詫び申し上げます。",
           "この商品の代金は請求されていません。クレジットカードのご利用明細に一時的な与信枠の確保（オーソリゼーション）が表示されている場合、数日以内に自動的に解除されます。",
           "この商品が再入荷した場合は、商品ページから改めてご注文いただけます。"],
    items=[("タイガー魔法瓶 真空断熱ボトル 600ml MCZ-S060 ブラック", 1, "￥3,280", "Amazon.co.jp")],
    total="￥3,280", fmt="alt",
    enc={"text": ("utf-8", "quoted-printable"), "html": ("utf-8", "quoted-printable")},
    trace=amazon_trace(JP, d, True), extra=amz_extra(JP),
    reply_to=("Amazon.co.jp", "no-reply@amazon.co.jp")),
    label=lab("notice", "ja", "inventory_shortage", True, JP, "supplier cannot deliver; HTML+text; auth pass"))

d = dt(2025, 2, 8, 6, 12, JST)
add(spec=ja_notice(
    sender=("Amazon.co.jp", "payments-messages@amazon.co.jp"), to=TO_KENTA, date=d,
    subject="Amazon.co.jp ご注文のキャンセル（お支払い方法の更新期限切れ）", hdr_cs="iso-2022-jp",
    order="249-5518027-3304652", title="ご注文のキャンセルのお知らせ", greeting="山本 健太 様",
    paras=["ご注文 249-5518027-3304652 について、ご登録のクレジットカードでのお支払いが承認されなかったため、先日、お支払い方法の更新をお願いするEメールをお送りしました。",
           "お支払い方法の更新期限（2025年2月7日）までに変更が確認できなかったため、誠に勝手ながら、このご注文をキャンセルいたしました。",
           "商品が必要な場合は、有効なお支払い方法をご登録のうえ、改めてご注文ください。お支払い方法は、アカウントサービスの「お支払い方法の管理」でいつでも確認・変更できます。"],
    items=[("アイリスオーヤマ 布団乾燥機 カラリエ FK-C3-WP ホワイト", 1, "￥9,980", "Amazon.co.jp"),
           ("アイリスオーヤマ 布団乾燥機用 交換ホース", 1, "￥1,200", "アイリスプラザ")],
    total="￥11,180", fmt="text", enc={"text": ("iso-2022-jp", "7bit")},
    trace=amazon_trace(JP, d, False), extra=amz_extra(JP)),
    label=lab("notice", "ja", "payment_issue", True, JP, "payment revision deadline passed; text-only ISO-2022-JP; no auth header"))

d = dt(2025, 3, 2, 19, 5, JST)
add(spec=ja_notice(
    sender=("Amazon.co.jp", "order-update@amazon.co.jp"), to=TO_YUI, date=d,
    subject="Amazon.co.jp: ご注文のキャンセルに関するお知らせ #250-1937740-5126613",
    order="250-1937740-5126613", title="ご注文のキャンセルに関するお知らせ", greeting="中村 結衣 様",
    paras=["ご注文いただいた以下の商品について、システムの不具合により、商品詳細ページに誤った価格（￥1,980）が表示されていたことが判明いたしました。正しい価格は￥19,800です。",
           "Amazon.co.jp の利用規約に基づき、誤った価格で受け付けたご注文はキャンセルさせていただきました。ご迷惑をおかけしましたことをお詫び申し上げます。",
           "ご請求は発生しておりません。正しい価格でのご購入をご希望の場合は、商品ページから改めてご注文ください。"],
    items=[("Anker Soundcore Liberty 4 NC ワイヤレスイヤホン ネイビー", 1, "￥1,980", "Amazon.co.jp")],
    fmt="html", enc={"html": ("utf-8", "base64")},
    trace=amazon_trace(JP, d, True), extra=amz_extra(JP)),
    label=lab("notice", "ja", "technical_issue", True, JP, "pricing error caused by system fault; HTML-only base64; auth pass"))

d = dt(2025, 3, 19, 2, 48, JST)
add(spec=ja_notice(
    sender=("Amazon.co.jp", "cs-reply@amazon.co.jp"), to=TO_MISAKI, date=d,
    subject="Amazon.co.jp: アカウントの一時保留とご注文のキャンセルについて",
    order="171-4418203-9957124", title="アカウントの確認が必要です", greeting="佐藤 美咲 様",
    paras=["お客様のアカウントで通常とは異なるご利用が確認されたため、お客様の保護を目的として、アカウントを一時的に保留にし、処理中のご注文 171-4418203-9957124 をキャンセルいたしました。",
           "アカウントの保留を解除するには、Amazon.co.jp のアプリまたはウェブサイトにご自身でサインインし、画面に表示される手順に従って、ご本人確認とお支払い方法の確認を行ってください。このEメールに返信いただいても手続きはできません。",
           "このEメール内のリンクではなく、アプリまたはブラウザのブックマークから直接サインインすることをおすすめします。確認が完了すると、通常どおりアカウントをご利用いただけます。キャンセルされたご注文の代金は請求されません。"],
    items=[("Apple iPad (第10世代) 64GB Wi-Fi シルバー", 1, "￥58,800", "Amazon.co.jp")],
    fmt="alt", enc={"text": ("utf-8", "base64"), "html": ("utf-8", "base64")},
    trace=amazon_trace(JP, d, True), extra=amz_extra(JP)),
    label=lab("notice", "ja", "fraud_prevention", True, JP, "unusual activity, account on hold, order cancelled; auth pass"))

d = dt(2025, 4, 6, 22, 17, JST)
add(spec=ja_notice(
    sender=("Amazon.co.jp", "auto-confirm@amazon.co.jp"), to=TO_KENTA, date=d,
    subject="Amazon.co.jp ご注文の商品のキャンセルが完了しました",
    order="250-6640918-2213847", title="キャンセルのご確認", greeting="山本 健太 様",
    paras=["Amazon.co.jp をご利用いただき、ありがとうございます。",
           "お客様からのキャンセルのリクエストを受け付け、以下の商品のキャンセルが完了しましたのでお知らせいたします。",
           "キャンセル理由: お客様によるキャンセル",
           "キャンセルされた商品の代金は請求されません。Amazonギフトカードでお支払いの場合は、ギフトカード残高に戻されます。",
           "ご注文の内容は、いつでも注文履歴からご確認いただけます。"],
    items=[("ライオン 植物物語 ハーブブレンド 石けん 詰め替え 3個セット", 2, "￥1,530", "Amazon.co.jp")],
    fmt="text", enc={"text": ("utf-8", "8bit")},
    trace=amazon_trace(JP, d, False), extra=amz_extra(JP)),
    label=lab("notice", "ja", "customer_request", True, JP, "customer-initiated cancellation confirmed; text-only 8bit; no auth header"))

d = dt(2025, 5, 14, 8, 30, JST)
add(spec=ja_notice(
    sender=("Amazon.co.jp", "order-update@amazon.co.jp"), to=TO_YUI, date=d,
    subject="ご注文 #249-7730158-2041936 はキャンセルされました", hdr_cs="iso-2022-jp",
    order="249-7730158-2041936", title="ご注文のキャンセル", greeting="中村 結衣 様",
    paras=["以下のご注文はキャンセルされました。",
           "キャンセルされた商品の代金は請求されません。すでにお支払いが完了している場合は、お支払い方法に応じて返金いたします。返金状況は、注文履歴の注文詳細でご確認いただけます。",
           "ご不明な点がございましたら、カスタマーサービスまでお問い合わせください。"],
    items=[("ブラウン オーラルB 電動歯ブラシ iO3 マットブラック", 1, "￥10,800", "Amazon.co.jp")],
    fmt="alt", enc={"text": ("iso-2022-jp", "7bit"), "html": ("utf-8", "quoted-printable")},
    trace=amazon_trace(JP, d, False), extra=amz_extra(JP)),
    label=lab("notice", "ja", "unknown", False, JP, "cancellation with no reason given; ISO-2022-JP text + UTF-8 HTML; no auth header"))

# ---------------------------------------------------------------- ja non-notices
d = dt(2025, 2, 15, 11, 2, JST)
add(spec=dict(
    from_=("北欧雑貨 Lumi", "shop@lumi-zakka.jp"), to=TO_KENTA, date=d, hdr_cs="iso-2022-jp",
    subject="【北欧雑貨 Lumi】ご注文キャンセルのお知らせ（注文番号 LM-20250214-0381）",
    trace=evil_trace(d, "sv412.futureshop-mail.jp", "203.0.113.41", "bounce@lumi-zakka.jp",
                     "spf=pass smtp.mailfrom=lumi-zakka.jp; dkim=pass header.d=lumi-zakka.jp; dmarc=pass header.from=lumi-zakka.jp"),
    extra=[("X-Mailer", "futureshop2 mailer")],
    parts=[("plain", """山本 健太 様

この度は北欧雑貨 Lumi をご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文いただいた下記商品につきまして、
メーカー欠品により入荷の見込みが立たなくなりました。
誠に勝手ながら、本ご注文はキャンセルとさせていただきます。

━━━━━━━━━━━━━━━━━━━━━━━━
■ご注文番号: LM-20250214-0381
■ご注文日: 2025年2月14日
■商品: iittala ティーマ マグ 0.3L ホワイト × 2
■お支払い方法: Amazon Pay
━━━━━━━━━━━━━━━━━━━━━━━━

Amazon Pay でのお支払いにつきましては、当店にてお取引の取り消し処理を行いました。
Amazon アカウントの「Amazon Pay ご利用履歴」に表示が残る場合がございますが、
ご請求は発生いたしません。
なお、本件は当店でのご注文に関するもので、Amazon.co.jp でのご注文ではございません。

ご迷惑をおかけいたしましたことを、心よりお詫び申し上げます。
今後とも北欧雑貨 Lumi をよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
北欧雑貨 Lumi
〒604-8006 京都府京都市中京区河原町通三条上る 2F
TEL: 075-708-3391（平日10:00～17:00）
https://lumi-zakka.jp/
━━━━━━━━━━━━━━━━━━━━━━━━
""", "iso-2022-jp", "7bit")]),
    label=lab("non_notice", "ja", None, False, None, "small web shop cancels its own order (out of stock), paid with Amazon Pay"))

d = dt(2025, 1, 20, 7, 55, JST)
add(spec=dict(
    from_=("森 拓也", "takuya.mori.0312@gmail.com"), to=("Misaki Sato", "misaki.sato0512@gmail.com"),
    date=d, subject="Re: 加湿器どうする？",
    trace=evil_trace(d, "mail-sor-f41.google.com", "209.85.220.41", "takuya.mori.0312@gmail.com",
                     "dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=takuya.mori.0312@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"),
    extra=[("In-Reply-To", "<CAM7xq2k1Yv+ZpQ@mail.gmail.com>")],
    parts=[("plain", """美咲へ

昨日話してた加湿器、やっぱりAmazonの注文キャンセルしたよ。
まだ発送前だったから、注文履歴からすぐキャンセルできた。
「キャンセルのリクエストを受け付けました」ってメールも来たから、たぶん大丈夫。

代わりに週末ヨドバシで実物見てから買おうと思うんだけど、一緒に行く？
土曜の午後なら空いてる。

拓也

2025年1月19日(日) 21:42 Misaki Sato <misaki.sato0512@gmail.com>:
> 加湿器、Amazonのやつレビュー微妙じゃない？
> キャンセルできるならした方がいいかも。
""", "utf-8", "quoted-printable"),
           ("html", """<div dir="ltr">美咲へ<br><br>昨日話してた加湿器、やっぱりAmazonの注文キャンセルしたよ。<br>まだ発送前だったから、注文履歴からすぐキャンセルできた。<br>「キャンセルのリクエストを受け付けました」ってメールも来たから、たぶん大丈夫。<br><br>代わりに週末ヨドバシで実物見てから買おうと思うんだけど、一緒に行く？<br>土曜の午後なら空いてる。<br><br>拓也</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2025年1月19日(日) 21:42 Misaki Sato &lt;<a href="mailto:misaki.sato0512@gmail.com">misaki.sato0512@gmail.com</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">加湿器、Amazonのやつレビュー微妙じゃない？<br>キャンセルできるならした方がいいかも。</blockquote></div>
""", "utf-8", "quoted-printable")]),
    label=lab("non_notice", "ja", None, False, None, "friend says he cancelled his Amazon order"))

d = dt(2025, 3, 4, 16, 0, JST)
_nl_ja = [
    "Amazon をかたり、「ご注文がキャンセルされました」と称して偽サイトへ誘導するフィッシングメールの報告が増えています。",
    "確認されている件名の例:",
    "・【Amazon】ご注文はキャンセルされました（お支払い方法の問題）",
    "・Amazon.co.jp アカウント停止およびご注文キャンセルのお知らせ",
    "・ご注文の商品は在庫切れのためキャンセルされました - 返金手続きのご案内",
    "これらのメールは、お支払い情報の更新や返金手続きを口実に、偽のログインページでアカウント情報やクレジットカード情報を入力させようとします。",
    "対策: メール内のリンクは開かず、公式アプリやブックマークから注文履歴を確認してください。差出人の表示名が「Amazon」でも、実際のアドレスやリンク先のドメインが異なる場合があります。",
    "セキュリティ通信編集部",
]
add(spec=dict(
    from_=("セキュリティ通信", "news@secure-navi.jp"), to=TO_YUI, date=d,
    subject="【注意喚起】Amazon をかたる「注文キャンセル」フィッシングが増加中（2025/03/04号）",
    trace=evil_trace(d, "mta3.secure-navi.jp", "198.51.100.23", "bounce-4471@secure-navi.jp",
                     "spf=pass smtp.mailfrom=secure-navi.jp; dkim=pass header.d=secure-navi.jp; dmarc=pass header.from=secure-navi.jp"),
    extra=[("List-Unsubscribe", "<https://secure-navi.jp/unsubscribe?u=8841207>"),
           ("List-Id", "secure-navi weekly <weekly.secure-navi.jp>")],
    parts=[("plain", "セキュリティ通信 2025/03/04号\n\n" + "\n\n".join(_nl_ja) +
            "\n\n--\n配信停止: https://secure-navi.jp/unsubscribe?u=8841207\n", "utf-8", "quoted-printable"),
           ("html", simple_html("<h2>セキュリティ通信 2025/03/04号</h2>\n" + "\n".join(
               "<p>%s</p>" % html.escape(x) for x in _nl_ja) +
               '\n<p style="font-size:11px;color:#888">配信停止は<a href="https://secure-navi.jp/unsubscribe?u=8841207">こちら</a></p>',
               "ja"), "utf-8", "quoted-printable")]),
    label=lab("non_notice", "ja", None, False, None, "security newsletter quoting fake cancellation subjects"))

d = dt(2025, 2, 8, 9, 12, JST)
add(spec=ja_notice(
    sender=("Amazon.co.jp", "no-reply@amazon.co.jp"), to=TO_MISAKI, date=d,
    subject="Amazonフレッシュ: ご予約のお届け時間帯がキャンセルされました",
    order="503-8812047-3390216", title="お届け時間帯の再選択のお願い", greeting="佐藤 美咲 様",
    paras=["大雪の影響により、2月8日（土）14:00～16:00 のお届け時間帯での配送ができなくなったため、この時間帯のご予約をキャンセルいたしました。",
           "ご注文自体はキャンセルされていません。商品は引き続き確保しております。",
           "お手数ですが、注文履歴から新しいお届け時間帯を選択してください。2月9日 23:59 までに選択されない場合は、ご利用可能な最も早い時間帯でお届けします。"],
    items=[("Amazonフレッシュ 国産 鶏むね肉 1kg", 1, "￥898", "Amazonフレッシュ"),
           ("明治 おいしい牛乳 900ml", 2, "￥548", "Amazonフレッシュ")],
    items_label="ご注文の商品", fmt="alt",
    enc={"text": ("utf-8", "base64"), "html": ("utf-8", "base64")},
    trace=amazon_trace(JP, d, True), extra=amz_extra(JP)),
    label=lab("non_notice", "ja", None, False, None, "Amazon Fresh delivery slot cancelled; order itself stays active"))

d = dt(2025, 3, 2, 13, 27, JST)
_ku = ("<p>山本 健太 様</p><p>Kindle Unlimited の会員登録のキャンセルを受け付けました。</p>"
       "<p>現在の会員期間が終了する <b>2025年4月2日</b> まで、引き続き読み放題をご利用いただけます。"
       "それ以降、月額料金（￥980）は請求されません。</p>"
       "<p>再度ご登録いただく場合は、<a href=\"https://www.amazon.co.jp/kindle-dbs/ku/ku-central\">Kindle Unlimited の管理</a>ページから手続きできます。</p>"
       "<p>Amazon.co.jp がEメールでパスワードやクレジットカード番号をお尋ねすることはありません。</p>"
       "<p style=\"color:#888;font-size:11px\">このEメールアドレスは配信専用です。© 2025 Amazon.com, Inc. or its affiliates.</p>")
add(spec=dict(
    from_=("Amazon.co.jp", "digital-no-reply@amazon.co.jp"), to=TO_KENTA, date=d,
    subject="Kindle Unlimited 会員登録のキャンセルが完了しました",
    trace=amazon_trace(JP, d, False), extra=amz_extra(JP), msgid=ses_msgid(),
    parts=[("html", simple_html(_ku, "ja"), "utf-8", "quoted-printable")]),
    label=lab("non_notice", "ja", None, False, None, "Kindle Unlimited subscription cancellation"))

d = dt(2025, 3, 11, 10, 3, JST)
add(spec=ja_notice(
    sender=("Amazon.co.jp", "payments-messages@amazon.co.jp"), to=TO_YUI, date=d,
    subject="Amazon.co.jp: お支払い方法の更新が必要です",
    order="503-6620184-7731509", title="お支払い方法を更新してください", greeting="中村 結衣 様",
    paras=["ご注文 503-6620184-7731509 のお支払いについて、ご登録のクレジットカード（末尾 4821）での承認が得られませんでした。",
           "2025年3月14日までにお支払い方法を更新してください。期限までに更新が確認できない場合、ご注文はキャンセルされます。",
           "お支払い方法を更新するには、注文履歴で該当のご注文を選択し、「お支払い方法を変更する」をクリックしてください。ご注文の商品は更新が完了するまで発送されません。"],
    items=[("象印 スチーム式加湿器 EE-DC50-WA ホワイト", 1, "￥19,580", "Amazon.co.jp")],
    items_label="ご注文の商品", button=("/gp/css/order-history", "注文履歴を表示"), fmt="alt",
    enc={"text": ("utf-8", "quoted-printable"), "html": ("utf-8", "quoted-printable")},
    trace=amazon_trace(JP, d, True), extra=amz_extra(JP)),
    label=lab("non_notice", "ja", None, False, None, "genuine payment-revision reminder; order will be cancelled only if not updated"))

# ---------------------------------------------------------------- ja lookalikes
d = dt(2025, 1, 28, 3, 14, JST)
add(spec=dict(
    from_=("Amazon", "amazon.jp.support2024@gmail.com"), to=TO_MISAKI, date=d,
    subject="Amazon ご注文キャンセル受付のお知らせ",
    trace=evil_trace(d, "mail-pj1-f54.google.com", "209.85.216.54", "amazon.jp.support2024@gmail.com",
                     "dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=amazon.jp.support2024@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"),
    parts=[("plain", """お客様各位

Amazonをご利用いただきありがとうございます。
お客様のご依頼により、以下のご注文のキャンセルを受け付けました。

注文番号: #250-8837461
商品: Apple iPhone 15 Pro Max 256GB ナチュラルチタニウム
返金予定額: ￥189,800
返金先: ご登録のクレジットカード

※このキャンセルにお心当たりがない場合は、第三者による不正アクセスの可能性があります。
24時間以内に Amazonカスタマーサポート（050-3184-7726 / 受付時間 9:00～21:00）までお電話ください。
お電話いただけない場合、返金は処理されず、アカウントはロックされます。

Amazon.co.jp カスタマーサポート
""", "utf-8", "8bit")]),
    label=lab("lookalike", "ja", "customer_request", True, None, "gmail sender, callback phone number, malformed order number"))

d = dt(2025, 2, 19, 23, 51, JST)
_l2_txt = """Amazon お客様

お客様のアカウントに異常なログインが検出されました。
セキュリティ保護のため、アカウントを一時停止し、処理中のご注文（注文番号: 249-3391827-6604518）をキャンセルいたしました。

アカウントを復元するには、以下のページで確認コードを入力し、ご本人確認を完了してください。

確認コード: 482913
https://amazon-co-jp.account-center.top/ap/verify?code=482913

48時間以内に確認が完了しない場合、アカウントは永久に停止され、Amazonギフトカード残高およびプライム会員特典はご利用いただけなくなります。

(c) Amazon.com, Inc. or its affiliates
"""
_l2_html = simple_html("""<table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#232f3e;padding:12px"><img src="https://amazon-co-jp.account-center.top/img/logo.png" alt="amazon.co.jp" width="110"></td></tr>
<tr><td style="padding:20px">
<h2 style="color:#c45500;font-weight:normal">アカウントが一時停止されました</h2>
<p>Amazon お客様</p>
<p>お客様のアカウントに異常なログインが検出されました。セキュリティ保護のため、アカウントを一時停止し、処理中のご注文（注文番号: 249-3391827-6604518）をキャンセルいたしました。</p>
<p>アカウントを復元するには、以下のボタンから確認コードを入力し、ご本人確認を完了してください。</p>
<p style="font-size:26px;letter-spacing:6px;text-align:center"><b>482913</b></p>
<p style="text-align:center"><a href="https://amazon-co-jp.account-center.top/ap/verify?code=482913" style="background:#f0c14b;border:1px solid #a88734;padding:10px 24px;color:#111;text-decoration:none">アカウントを復元する</a></p>
<p>48時間以内に確認が完了しない場合、アカウントは永久に停止され、Amazonギフトカード残高およびプライム会員特典はご利用いただけなくなります。</p>
<p style="color:#888;font-size:11px">© Amazon.com, Inc. or its affiliates</p>
</td></tr></table>""", "ja")
add(spec=dict(
    from_=("\u0410mazon.co.jp", "no-reply@amazon-co-jp.account-center.top"), to=TO_KENTA, date=d,
    subject="【重要】Amazonアカウント停止およびご注文キャンセルのお知らせ",
    trace=evil_trace(d, "vps-81-44.hostkey-cloud.net", "185.244.81.44", "bounce@amazon-co-jp.account-center.top",
                     "dkim=pass header.d=amazon-co-jp.account-center.top; spf=pass smtp.mailfrom=amazon-co-jp.account-center.top; dmarc=none"),
    parts=[("plain", _l2_txt, "utf-8", "base64"), ("html", _l2_html, "utf-8", "base64")]),
    label=lab("lookalike", "ja", "fraud_prevention", True, None, "Cyrillic A in display name, look-alike domain, 'account suspended, enter this code'"))

d = dt(2025, 3, 7, 15, 40, JST)
add(spec=dict(
    from_=("Amazon カスタマーセンター", "amazon_cs_jp@yahoo.co.jp"), to=TO_YUI, date=d,
    reply_to=("Amazon カスタマーセンター", "amazon_cs_jp@yahoo.co.jp"), hdr_cs="iso-2022-jp",
    subject="Amazon.co.jp ご注文キャンセルのご連絡（お支払いエラー）",
    trace=evil_trace(d, "nmsmtp02.mail.yahoo.co.jp", "182.22.12.117", "amazon_cs_jp@yahoo.co.jp",
                     "spf=pass smtp.mailfrom=yahoo.co.jp; dkim=pass header.d=yahoo.co.jp; dmarc=pass header.from=yahoo.co.jp"),
    extra=[("X-Mailer", "Yahoo! Mail")],
    parts=[("plain", """お客様

いつもAmazon.co.jpをご利用いただきありがとうございます。
ご登録のクレジットカードの有効期限が切れているため、ご注文（503-2281934-884712）の決済ができず、キャンセルとなりました。

ご注文を再開するには、本メールに以下の情報をご記入のうえ、そのままご返信ください。

 ・カード名義（ローマ字）:
 ・カード番号（16桁）:
 ・有効期限（月/年）:
 ・セキュリティコード（裏面3桁）:
 ・生年月日:

ご返信を確認後、担当者が決済を再処理いたします。
3日以内にご返信がない場合、ご注文は完全に取り消されます。

Amazon.co.jp カスタマーセンター
""", "iso-2022-jp", "7bit")]),
    label=lab("lookalike", "ja", "payment_issue", True, None, "yahoo.co.jp sender asks to reply with card details; malformed order number; ISO-2022-JP"))

d = dt(2025, 4, 2, 11, 26, JST)
_ev = "https://amazon.co.jp.order-restore.cn/ap/signin?openid.return_to=restore&sid=7731"
add(spec=amazon_mail(
    "ja", JP, sender=("Amazon.co.jp", "order-update@amazon.co.jp.order-restore.cn"), to=TO_MISAKI, date=d,
    subject="Amazon.co.jp: ご注文 #249-6613802-1187453 はキャンセルされました",
    order="249-6613802-1187453", title="ご注文のキャンセル", greeting="佐藤 美咲 様",
    paras=["ご登録のお支払い方法の承認が得られなかったため、ご注文をキャンセルいたしました。",
           "商品を引き続きご希望の場合は、72時間以内に下記リンクからお支払い情報を再確認してください。確認が完了すると、ご注文は自動的に復元されます。"],
    items=[("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック", 1, "￥49,500", "Amazon.co.jp")],
    footer=JA_FOOT, closing=JA_CLOSE, fmt="alt",
    enc={"text": ("utf-8", "quoted-printable"), "html": ("utf-8", "quoted-printable")},
    href=_ev, text_href="https://amazon.co.jp.order-restore.cn", show_urls=True,
    button=("/gp/css/order-history?ref_=restore", "注文を復元する"),
    trace=evil_trace(d, "mail.order-restore.cn", "47.243.118.9", "bounce@order-restore.cn",
                     "dkim=pass header.d=order-restore.cn header.s=default; spf=pass smtp.mailfrom=order-restore.cn; dmarc=none header.from=amazon.co.jp.order-restore.cn"),
    reply_to=("Amazon.co.jp", "no-reply@amazon.co.jp.order-restore.cn"),
    msgid="<%s@order-restore.cn>" % alnum(24)),
    label=lab("lookalike", "ja", "payment_issue", True, None, "polished copy of Amazon template; link text shows amazon.co.jp URLs, hrefs go to amazon.co.jp.order-restore.cn"))

d = dt(2025, 4, 18, 20, 9, JST)
add(spec=dict(
    from_=("\u0391maz\u03bfn.c\u03bf.jp", "support@amazon-orders.help"), to=TO_KENTA, date=d,
    subject="ご注文の商品は在庫切れのためキャンセルされました – 返金手続きのご案内",
    trace=evil_trace(d, "smtp.amazon-orders.help", "103.151.172.20", "support@amazon-orders.help"),
    parts=[("html", simple_html("""<div style="max-width:600px;margin:auto">
<p style="font-size:22px;color:#e47911">amazon<span style="color:#222">.co.jp</span></p>
<p>山本 健太 様</p>
<p>いつもご利用ありがとうございます。ご注文いただいた商品（Nintendo Switch 2 マリオカート ワールド セット）は在庫切れのため、キャンセルさせていただきました。</p>
<p>注文番号: 503-1102938-4471093<br>返金額: ￥53,980</p>
<p>返金を受け取るには、以下のボタンから返金先の口座情報とカード情報をご登録ください。<b>7日以内</b>にご登録がない場合、返金は無効となります。</p>
<p><a href="https://amazon-orders.help/jp/refund?id=503-1102938-4471093&t=8fa2" style="display:inline-block;background:#ffd814;padding:10px 30px;border-radius:8px;color:#0f1111;text-decoration:none">返金を受け取る</a></p>
<p style="font-size:11px;color:#777">このメールは送信専用です。Amazon.co.jp</p>
</div>""", "ja"), "utf-8", "base64")]),
    label=lab("lookalike", "ja", "inventory_shortage", True, None, "Greek homoglyphs in display name, amazon-orders.help, refund lure asking for bank/card data"))

d = dt(2025, 5, 1, 1, 33, JST)
add(spec=dict(
    from_=("Amazon.co.jp", "info@amaz0n-jp.com"), to=TO_YUI, date=d, hdr_cs="iso-2022-jp",
    subject="【Amazon】お支払い情報を確認できません：24時間以内にご注文がキャンセルされます",
    trace=evil_trace(d, "amaz0n-jp.com", "45.137.21.88", "info@amaz0n-jp.com",
                     "spf=softfail (domain of transitioning info@amaz0n-jp.com does not designate 45.137.21.88 as permitted sender) smtp.mailfrom=amaz0n-jp.com; dkim=none; dmarc=none"),
    parts=[("html", simple_html("""<p>Amazon をご利用いただきありがとうございます。</p>
<p>お客様のご注文について、お支払い情報を確認できませんでした。24時間以内に情報を更新されない場合、ご注文は自動的にキャンセルされ、アカウントの利用が制限されます。</p>
<p><a href="http://amaz0n-jp.com/ap/signin?openid=update&amp;lang=ja">Amazonにログインして更新する</a></p>
<p>Amazon.co.jp</p>""", "ja", "ISO-2022-JP"), "iso-2022-jp", "7bit")]),
    label=lab("lookalike", "ja", "payment_issue", True, None, "amaz0n look-alike domain; threatens cancellation within 24h; no order number; HTML-only ISO-2022-JP"))

d = dt(2025, 3, 12, 9, 58, JST)
_l7 = """お客様

いつもAmazonをご利用いただき、誠にありがとうございます。

3月11日に発生したシステム障害により、一部のご注文が自動的にキャンセルされました。
お客様のご注文（注文番号: JP-20250311-0042）も対象となっております。

ご注文を再処理するには、下記のリンクから再認証を行い、お支払い情報を再入力してください。
https://amazon-jp-reorder.com/login?ref=sys0311

ご不便をおかけして申し訳ございません。

Amazon Japan 注文センター
"""
add(spec=dict(
    from_=("Amazon Japan 注文センター", "amazon-notice-jp@outlook.jp"), to=TO_MISAKI, date=d,
    subject="システム障害によるご注文の自動キャンセルについて",
    trace=evil_trace(d, "TYWP286CU001.outbound.protection.outlook.com", "40.107.74.91", "amazon-notice-jp@outlook.jp",
                     "spf=pass smtp.mailfrom=outlook.jp; dkim=pass header.d=outlook.jp; dmarc=pass header.from=outlook.jp"),
    parts=[("plain", _l7, "utf-8", "quoted-printable"),
           ("html", simple_html("<p>" + html.escape(_l7).replace("\n\n", "</p><p>").replace("\n", "<br>").replace(
               "https://amazon-jp-reorder.com/login?ref=sys0311",
               '<a href="https://amazon-jp-reorder.com/login?ref=sys0311">https://www.amazon.co.jp/gp/your-account/order-history</a>') + "</p>", "ja"),
            "utf-8", "quoted-printable")]),
    label=lab("lookalike", "ja", "technical_issue", True, None, "outlook.jp sender, 'system failure' auto-cancel, malformed order number, mismatched link"))

d = dt(2025, 5, 22, 4, 4, JST)
add(spec=dict(
    from_=("amazon.co.jp", "service@kwx-mail.ru"), to=TO_KENTA, date=d,
    subject="Amazon注文がキャンセルされました!!",
    trace=evil_trace(d, "kwx-mail.ru", "91.215.85.147", "service@kwx-mail.ru"),
    parts=[("plain", """親愛なる顧客、

あなたの注文はキャンセルされています。
詳細を確認するにはここをクリックしてください:
http://bit.ly/3amzn-jp-cxl

アマゾン チーム
""", "utf-8", "base64")]),
    label=lab("lookalike", "ja", "unknown", False, None, "crude machine-translated lure from .ru, no reason, no order number"))


# =====================================================================================
#                                     TURKISH
# =====================================================================================
TR = "amazon.com.tr"
TR_FOOT = [
    ("Bu e-posta, gelen e-postaları kabul etmeyen bir bildirim adresinden gönderilmiştir. Lütfen bu mesajı yanıtlamayın.", None, None),
    ("Amazon.com.tr sizden hiçbir zaman e-posta, SMS veya telefon yoluyla şifrenizi, kredi kartı numaranızı ya da banka hesap bilgilerinizi istemez.", None, None),
    ("Kart numaranız veya son kullanma tarihiniz değiştiyse, ödeme yöntemlerinizi Hesabım bölümünden güncelleyebilirsiniz.",
     "/cpe/yourpayments/wallet", "Ödeme yöntemlerini yönet"),
    ("Amazon'dan geldiğini iddia eden şüpheli bir e-posta aldıysanız, bağlantılara tıklamadan bize bildirin.",
     "/gp/help/customer/display.html?nodeId=GUHGXHGTTAT9TLS6", "Şüpheli e-postaları bildirin"),
    ("Daha fazla bilgi için Yardım sayfalarımızı ziyaret edin.",
     "/gp/help/customer/display.html", "Yardım ve Müşteri Hizmetleri"),
    ("© 2025 Amazon.com, Inc. veya bağlı şirketleri. Amazon Turkey Perakende Hizmetleri Ltd. Şti., Esentepe Mah. Büyükdere Cad. No:199, 34394 Şişli/İstanbul.", None, None),
]
TR_CLOSE = "Sizi tekrar görmeyi umuyoruz.\nAmazon.com.tr"
TO_ELIF = ("Elif Kaya", "elif.kaya@gmail.com")
TO_MEHMET = ("Mehmet Demir", "mehmetdemir84@hotmail.com")
TO_SELIN = ("Selin Aydın", "selin.aydin@ardatek.com.tr")


def tr_notice(**kw):
    kw.setdefault("footer", TR_FOOT)
    kw.setdefault("closing", TR_CLOSE)
    return amazon_mail("tr", TR, **kw)


# ---------------------------------------------------------------- tr notices
d = dt(2025, 3, 13, 7, 20, TRT)
add(spec=tr_notice(
    sender=("Amazon.com.tr", "payments-messages@amazon.com.tr"), to=TO_ELIF, date=d, hdr_cs="iso-8859-9",
    subject="Amazon.com.tr siparişiniz iptal edildi: 407-3382016-5590741",
    order="407-3382016-5590741", title="Siparişiniz iptal edildi", greeting="Merhaba Elif Kaya,",
    paras=["407-3382016-5590741 numaralı siparişinizin ödemesi kayıtlı kartınızdan alınamadı. Bankanız işlemi onaylamadı ve size gönderdiğimiz e-postada belirtilen son tarihe (12 Mart 2025) kadar ödeme yönteminiz güncellenmedi.",
           "Bu nedenle siparişinizi iptal ettik. Kartınızdan herhangi bir ücret tahsil edilmedi.",
           "Ürünleri hâlâ satın almak istiyorsanız, geçerli bir ödeme yöntemi ekledikten sonra yeni bir sipariş verebilirsiniz."],
    items=[("Philips Airfryer XXL HD9650/90 Siyah", 1, "8.499,00 TL", "Amazon.com.tr")],
    total="8.499,00 TL", fmt="text", enc={"text": ("iso-8859-9", "quoted-printable")},
    trace=amazon_trace(TR, d, True), extra=amz_extra(TR)),
    label=lab("notice", "tr", "payment_issue", True, TR, "card declined, payment not revised by deadline; text-only ISO-8859-9 QP; auth pass"))

d = dt(2025, 1, 9, 16, 45, TRT)
add(spec=tr_notice(
    sender=("Amazon.com.tr", "order-update@amazon.com.tr"), to=TO_MEHMET, date=d,
    subject="Amazon.com.tr siparişinizdeki 1 ürün iptal edildi",
    order="403-7716254-1098362", title="Ürün iptal bildirimi", greeting="Merhaba Mehmet Demir,",
    paras=["Üzgünüz, 403-7716254-1098362 numaralı siparişinizdeki aşağıdaki ürün, satıcı stok yetersizliği nedeniyle ürünü gönderemediği için iptal edildi.",
           "Siparişinizdeki diğer ürünler planlandığı şekilde gönderilecektir.",
           "İptal edilen ürün için ödeme alınmadı. Kartınızda provizyon görünüyorsa, bankanıza bağlı olarak birkaç iş günü içinde kaldırılacaktır."],
    items=[("LEGO Technic 42154 2022 Ford GT", 1, "₺3.749,90", "OyuncakDünyası TR")],
    fmt="alt", enc={"text": ("utf-8", "quoted-printable"), "html": ("utf-8", "quoted-printable")},
    trace=amazon_trace(TR, d, False), extra=amz_extra(TR),
    reply_to=("Amazon.com.tr", "no-reply@amazon.com.tr")),
    label=lab("notice", "tr", "inventory_shortage", True, TR, "seller out of stock, one item cancelled; no auth header"))

d = dt(2025, 2, 21, 21, 2, TRT)
add(spec=tr_notice(
    sender=("Amazon.com.tr", "auto-confirm@amazon.com.tr"), to=TO_ELIF, date=d,
    subject="Amazon.com.tr siparişinizden ürünlerin başarıyla iptal edilmesi",
    order="402-5530918-2276415", title="İptal onayı", greeting="Merhaba Elif Kaya,",
    paras=["İptal talebinizi aldık. Aşağıdaki ürün 402-5530918-2276415 numaralı siparişinizden başarıyla iptal edildi.",
           "İptal Nedeni: Müşteri tarafından iptal edildi",
           "Ödemeniz henüz tahsil edilmediyse herhangi bir ücret yansımayacaktır. Ödeme tahsil edildiyse iade, 3-5 iş günü içinde ödeme yönteminize yapılacaktır."],
    items=[("Kindle Paperwhite (16 GB) - 6,8 inç ekran, Siyah", 1, "₺5.399,00", "Amazon.com.tr")],
    fmt="alt", enc={"text": ("utf-8", "base64"), "html": ("utf-8", "base64")},
    trace=amazon_trace(TR, d, True), extra=amz_extra(TR)),
    label=lab("notice", "tr", "customer_request", True, TR, "customer cancelled; 'Iptal Nedeni: Musteri tarafindan'; auth pass"))

d = dt(2025, 4, 3, 3, 37, TRT)
add(spec=tr_notice(
    sender=("Amazon.com.tr", "cs-reply@amazon.com.tr"), to=TO_MEHMET, date=d,
    subject="Hesabınız geçici olarak beklemeye alındı ve siparişiniz iptal edildi",
    order="405-2209471-8863059", title="Hesap doğrulaması gerekiyor", greeting="Merhaba Mehmet Demir,",
    paras=["Hesabınızda olağan dışı bir etkinlik tespit ettik. Sizi ve hesabınızı korumak amacıyla hesabınızı geçici olarak beklemeye aldık ve güvenlik incelemesi süresince 405-2209471-8863059 numaralı siparişinizi iptal ettik.",
           "Hesabınızı yeniden kullanmaya başlamak için Amazon.com.tr uygulamasına veya web sitesine doğrudan giriş yapın ve kimliğinizi ile ödeme yönteminizi doğrulamak için ekrandaki talimatları izleyin. Bu e-postayı yanıtlayarak doğrulama yapılamaz.",
           "İptal edilen sipariş için herhangi bir ücret tahsil edilmedi."],
    items=[("Apple AirPods Pro (2. nesil) MagSafe Şarj Kutulu (USB-C)", 1, "₺8.999,00", "Amazon.com.tr")],
    fmt="html", enc={"html": ("utf-8", "8bit")},
    trace=amazon_trace(TR, d, False), extra=amz_extra(TR)),
    label=lab("notice", "tr", "fraud_prevention", True, TR, "unusual activity, account on hold; HTML-only 8bit; no auth header"))

d = dt(2025, 5, 6, 12, 10, TRT)
add(spec=tr_notice(
    sender=("Amazon.com.tr", "order-update@amazon.com.tr"), to=TO_SELIN, date=d, hdr_cs="iso-8859-9",
    subject="Siparişinizin iptali hakkında bilgilendirme - 408-6602935-1174820",
    order="408-6602935-1174820", title="Sipariş iptali hakkında", greeting="Merhaba Selin Aydın,",
    paras=["408-6602935-1174820 numaralı siparişinizdeki ürün, sistemlerimizde oluşan bir hata nedeniyle ürün sayfasında yanlış fiyatla (899,00 TL yerine 89,90 TL) listelenmiştir.",
           "Amazon.com.tr Kullanım ve Satış Koşulları uyarınca fiyatlandırma hatası içeren siparişleri iptal etme hakkımız bulunmaktadır. Bu nedenle siparişinizi iptal ettik; yaşattığımız rahatsızlık için özür dileriz.",
           "Hesabınızdan herhangi bir ücret tahsil edilmemiştir."],
    items=[("Tefal Ingenio Essential 10 Parça Tencere Seti", 1, "89,90 TL", "Amazon.com.tr")],
    fmt="text", enc={"text": ("iso-8859-9", "base64")},
    trace=amazon_trace(TR, d, True), extra=amz_extra(TR)),
    label=lab("notice", "tr", "technical_issue", True, TR, "pricing error from system fault; text-only ISO-8859-9 base64; auth pass"))

d = dt(2025, 6, 2, 18, 22, TRT)
add(spec=tr_notice(
    sender=("Amazon.com.tr", "order-update@amazon.com.tr"), to=TO_ELIF, date=d,
    subject="Amazon.com.tr siparişiniz #406-1184327-9902516 iptal edildi",
    order="406-1184327-9902516", title="Siparişiniz iptal edildi", greeting="Merhaba Elif Kaya,",
    paras=["406-1184327-9902516 numaralı siparişiniz, belirttiğiniz teslimat adresine kargo firması tarafından teslimat yapılamadığı için iptal edildi. Adres eksik veya hatalı olarak işaretlendi ve paket bize geri gönderildi.",
           "Ödemeniz, paket depomuza ulaştıktan sonra 5 iş günü içinde iade edilecektir.",
           "Adres defterinizi Hesabım bölümünden güncelleyebilir ve yeni bir sipariş verebilirsiniz."],
    items=[("Karaca Hatır Türk Kahvesi Makinesi, Krom", 1, "₺1.899,00", "Amazon.com.tr")],
    fmt="alt", enc={"text": ("utf-8", "quoted-printable"), "html": ("utf-8", "quoted-printable")},
    trace=amazon_trace(TR, d, False), extra=amz_extra(TR)),
    label=lab("notice", "tr", "unknown", True, TR, "cancelled because address undeliverable (not one of the four causes); no auth header"))

# ---------------------------------------------------------------- tr non-notices
d = dt(2025, 2, 4, 14, 31, TRT)
_nt = """Merhaba Mehmet Bey,

NT-104832 numaralı siparişinizdeki "Nordik Pamuk Saten Nevresim Takımı - Çift Kişilik, Antrasit" ürünü,
depo stok sayımında tespit edilen bir hata nedeniyle maalesef gönderilememektedir.
Bu nedenle siparişiniz tarafımızca iptal edilmiştir.

Sipariş No: NT-104832
Sipariş Tarihi: 03.02.2025
Tutar: 1.249,00 TL
Ödeme: Kredi Kartı (iyzico)

Ödemeniz kartınıza iade edilmiştir; bankanıza bağlı olarak hesabınıza yansıması 2-7 iş günü sürebilir.

Aynı ürün Amazon.com.tr'deki Nordik Tekstil mağazamızda farklı depodan stokta görünebilir;
dilerseniz oradan da sipariş verebilirsiniz.

Anlayışınız için teşekkür ederiz.
Nordik Tekstil Müşteri Hizmetleri
0212 909 41 77 | destek@nordiktekstil.com.tr
"""
add(spec=dict(
    from_=("Nordik Tekstil", "siparis@nordiktekstil.com.tr"), to=TO_MEHMET, date=d,
    subject="Siparişiniz iptal edildi (#NT-104832)",
    trace=evil_trace(d, "mail.ikas.email", "198.51.100.77", "bounce@nordiktekstil.com.tr",
                     "spf=pass smtp.mailfrom=nordiktekstil.com.tr; dkim=pass header.d=nordiktekstil.com.tr; dmarc=pass header.from=nordiktekstil.com.tr"),
    parts=[("plain", _nt, "utf-8", "quoted-printable"),
           ("html", simple_html("<p>" + html.escape(_nt).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>", "tr"),
            "utf-8", "quoted-printable")]),
    label=lab("non_notice", "tr", None, False, None, "textile web shop cancels its own order; mentions its Amazon.com.tr store"))

d = dt(2025, 3, 5, 10, 14, TRT)
add(spec=dict(
    from_=("Burak Yıldız", "burak.yildiz@ardatek.com.tr"), to=("Selin Aydın", "selin.aydin@ardatek.com.tr"),
    date=d, subject="Re: Toplantı odası kamerası", hdr_cs="iso-8859-9",
    trace=evil_trace(d, "mail.ardatek.com.tr", "192.0.2.15", "burak.yildiz@ardatek.com.tr",
                     "spf=pass smtp.mailfrom=ardatek.com.tr; dkim=pass header.d=ardatek.com.tr; dmarc=pass header.from=ardatek.com.tr"),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Toplantı odası kamerası")],
    parts=[("plain", """Selin merhaba,

Amazon'dan verdiğim kamera siparişini iptal ettim, muhasebe kurumsal fatura için
anlaşmalı tedarikçiden alınmasını istedi. Amazon'un iptal onay e-postası geldi,
iade 3-5 gün içinde şirket kartına yansırmış.

Logitech Rally Bar Mini için Netaş'tan teklif istedim, yarın dönüş yaparlar.
Salı günkü toplantıya yetişmezse eski kamerayla idare ederiz.

Kolay gelsin,
Burak Yıldız
IT Destek | Ardatek Mühendislik
""", "iso-8859-9", "8bit")]),
    label=lab("non_notice", "tr", None, False, None, "colleague reports he cancelled an Amazon order; ISO-8859-9 8bit"))

d = dt(2025, 4, 10, 9, 0, TRT)
_bl = [
    "Bu hafta okurlarımızdan gelen en çok ihbar, Amazon.com.tr'yi taklit eden sahte iptal e-postalarıyla ilgiliydi.",
    "Dolandırıcıların kullandığı konu satırlarından bazıları şöyle:",
    "- \"Amazon siparişiniz iptal edildi – ödeme bilgilerinizi hemen doğrulayın\"",
    "- \"Hesabınız askıya alındı ve siparişiniz iptal edildi\"",
    "- \"Siparişiniz 48 saat içinde iptal edilecek\"",
    "Bu e-postalar genellikle amaz0n-tr.com gibi benzer alan adlarından gelir ve sizi kart bilgilerinizi girmeniz için sahte bir sayfaya yönlendirir. Gerçek siparişlerinizin durumunu her zaman uygulamadan veya tarayıcınıza adresi kendiniz yazarak kontrol edin.",
    "Şüpheli bir mesaj aldıysanız, ilgili şirketin resmi bildirim kanalına ve USOM'a iletebilirsiniz.",
    "Güvenli günler dileriz,\nDijital Güvenlik Bülteni ekibi",
]
add(spec=dict(
    from_=("Dijital Güvenlik Bülteni", "bulten@guvenlikbulteni.net"), to=TO_ELIF, date=d,
    subject="Bülten #118: Sahte 'Amazon siparişiniz iptal edildi' e-postalarına dikkat",
    trace=evil_trace(d, "o12.sendgrid.net", "198.51.100.112", "bounces+118@guvenlikbulteni.net",
                     "spf=pass smtp.mailfrom=guvenlikbulteni.net; dkim=pass header.d=guvenlikbulteni.net; dmarc=pass header.from=guvenlikbulteni.net"),
    extra=[("List-Unsubscribe", "<https://guvenlikbulteni.net/abonelik/iptal?u=55120>")],
    parts=[("plain", "\n\n".join(_bl) + "\n\nAbonelikten çık: https://guvenlikbulteni.net/abonelik/iptal?u=55120\n", "utf-8", "base64"),
           ("html", simple_html("<h2>Bülten #118</h2>" + "".join(
               "<p>%s</p>" % html.escape(x).replace("\n", "<br>") for x in _bl) +
               '<p style="font-size:11px"><a href="https://guvenlikbulteni.net/abonelik/iptal?u=55120">Abonelikten çık</a></p>', "tr"),
            "utf-8", "base64")]),
    label=lab("non_notice", "tr", None, False, None, "security newsletter quoting fake Amazon cancellation subjects"))

d = dt(2025, 3, 14, 17, 48, TRT)
add(spec=tr_notice(
    sender=("Amazon.com.tr", "no-reply@amazon.com.tr"), to=TO_SELIN, date=d,
    subject="Kurulum randevunuz iptal edildi",
    order="404-9012837-6654210", title="Kurulum randevusu iptali", greeting="Merhaba Selin Aydın,",
    paras=["Bosch çamaşır makineniz için 15 Mart 2025, 10:00-13:00 arasına planlanan kurulum randevunuz, servis sağlayıcının ekip planlaması nedeniyle iptal edildi.",
           "Siparişiniz ve teslimatınız bundan etkilenmez; ürününüz planlandığı gibi teslim edilecektir.",
           "Yeni bir kurulum randevusu seçmek için Siparişlerim sayfasındaki 'Kurulum randevusunu yönet' bağlantısını kullanabilirsiniz."],
    items=[("Bosch WGA242X0TR Serie 6 Çamaşır Makinesi, 9 kg", 1, "₺24.999,00", "Amazon.com.tr"),
           ("Kurulum hizmeti", 1, "₺0,00", "Amazon Hizmetleri")],
    items_label="Siparişinizdeki ürünler", fmt="alt",
    enc={"text": ("utf-8", "quoted-printable"), "html": ("utf-8", "quoted-printable")},
    trace=amazon_trace(TR, d, True), extra=amz_extra(TR)),
    label=lab("non_notice", "tr", None, False, None, "installation appointment cancelled; order not affected"))

d = dt(2025, 2, 28, 20, 5, TRT)
_pr = ("<p>Merhaba Mehmet Demir,</p><p>Amazon Prime üyeliğinizi iptal ettiniz. Prime avantajlarından "
       "<b>28 Mart 2025</b> tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra aylık 39,00 TL "
       "üyelik ücreti tahsil edilmeyecektir.</p><p>Fikrinizi değiştirirseniz üyeliğinizi "
       "<a href=\"https://www.amazon.com.tr/gp/primecentral\">Prime Üyeliğini Yönet</a> sayfasından yeniden başlatabilirsiniz.</p>"
       "<p>Amazon.com.tr sizden hiçbir zaman e-posta yoluyla şifrenizi veya kart bilgilerinizi istemez.</p>"
       "<p style=\"font-size:11px;color:#888\">© 2025 Amazon.com, Inc. veya bağlı şirketleri.</p>")
add(spec=dict(
    from_=("Amazon Prime", "no-reply@amazon.com.tr"), to=TO_MEHMET, date=d,
    subject="Amazon Prime üyeliğinizin iptali onaylandı",
    trace=amazon_trace(TR, d, False), extra=amz_extra(TR), msgid=ses_msgid("eu-west-1"),
    parts=[("html", simple_html(_pr, "tr"), "utf-8", "base64")]),
    label=lab("non_notice", "tr", None, False, None, "Prime membership cancellation"))

d = dt(2025, 3, 15, 8, 40, TRT)
add(spec=tr_notice(
    sender=("Amazon.com.tr", "payments-messages@amazon.com.tr"), to=TO_ELIF, date=d, hdr_cs="iso-8859-9",
    subject="İşlem gerekli: Ödeme yönteminizi güncelleyin",
    order="409-4471206-3318825", title="Ödeme bilgilerinizi güncelleyin", greeting="Merhaba Elif Kaya,",
    paras=["409-4471206-3318825 numaralı siparişinizin ödemesi, kayıtlı kartınız (sonu 7713) tarafından onaylanmadı.",
           "Lütfen 18 Mart 2025 tarihine kadar ödeme bilgilerinizi güncelleyin. Bu tarihe kadar güncelleme yapılmazsa siparişiniz iptal edilecektir.",
           "Ödeme yönteminizi güncellemek için Siparişlerim sayfasında ilgili siparişi seçip 'Ödeme yöntemini değiştir' seçeneğini kullanın."],
    items=[("Dyson V12 Detect Slim Kablosuz Süpürge", 1, "24.999,00 TL", "Amazon.com.tr")],
    items_label="Siparişinizdeki ürünler", fmt="text", enc={"text": ("iso-8859-9", "quoted-printable")},
    trace=amazon_trace(TR, d, True), extra=amz_extra(TR)),
    label=lab("non_notice", "tr", None, False, None, "genuine payment reminder before any cancellation; ISO-8859-9"))

# ---------------------------------------------------------------- tr lookalikes
d = dt(2025, 1, 17, 22, 40, TRT)
add(spec=dict(
    from_=("Amazon Türkiye", "amazon.tr.destek@hotmail.com"), to=TO_MEHMET, date=d, hdr_cs="iso-8859-9",
    subject="Siparişiniz iptal edildi - Şüpheli işlem tespit edildi",
    trace=evil_trace(d, "EUR05-DB8-obe.outbound.protection.outlook.com", "40.92.89.12", "amazon.tr.destek@hotmail.com",
                     "spf=pass smtp.mailfrom=hotmail.com; dkim=pass header.d=hotmail.com; dmarc=pass header.from=hotmail.com"),
    parts=[("plain", """Sayın Müşterimiz,

Hesabınızda şüpheli bir işlem tespit edildiği için son siparişiniz (No: 407-22918-55) güvenlik nedeniyle iptal edilmiştir.
Hesabınıza 12.450 TL tutarında ikinci bir ödeme talimatı bekliyor.

Bu işlemi siz yapmadıysanız HEMEN 0850 305 42 17 numaralı Amazon Güvenlik Hattı'nı arayınız.
Aramadığınız takdirde ödeme 2 saat içinde kartınızdan çekilecektir.

Amazon Türkiye Müşteri Güvenliği
""", "iso-8859-9", "quoted-printable")]),
    label=lab("lookalike", "tr", "fraud_prevention", True, None, "hotmail sender, callback phone number, malformed order number"))

d = dt(2025, 2, 25, 2, 19, TRT)
_t2 = """Değerli Müşterimiz,

Hesabınızda yetkisiz giriş denemeleri tespit edildi. Güvenliğiniz için hesabınız askıya alındı ve bekleyen siparişiniz (402-7781203-5520194) iptal edildi.

Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:

Doğrulama kodu: 7F3K-92Q

https://amazon-com-tr.hesap-dogrula.net/giris?kod=7F3K92Q

Kod 24 saat geçerlidir. Doğrulama yapılmazsa hesabınız kalıcı olarak kapatılacaktır.

Amazon.com.tr Güvenlik Ekibi
"""
add(spec=dict(
    from_=("Amaz\u043en.com.tr", "guvenlik@amazon-com-tr.hesap-dogrula.net"), to=TO_ELIF, date=d,
    subject="Hesabınız askıya alındı ve siparişiniz iptal edildi",
    trace=evil_trace(d, "mx1.hesap-dogrula.net", "194.26.29.113", "guvenlik@amazon-com-tr.hesap-dogrula.net",
                     "spf=pass smtp.mailfrom=hesap-dogrula.net; dkim=none; dmarc=none"),
    parts=[("plain", _t2, "utf-8", "quoted-printable"),
           ("html", simple_html('<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">'
                                '<p style="font-size:24px"><b>amazon</b>.com.tr</p><p>' +
                                html.escape(_t2).replace("\n\n", "</p><p>").replace("\n", "<br>").replace(
                                    "https://amazon-com-tr.hesap-dogrula.net/giris?kod=7F3K92Q",
                                    '<a href="https://amazon-com-tr.hesap-dogrula.net/giris?kod=7F3K92Q" style="background:#ff9900;color:#000;padding:8px 18px;text-decoration:none">Hesabımı doğrula</a>') +
                                "</p></div>", "tr"), "utf-8", "quoted-printable")]),
    label=lab("lookalike", "tr", "fraud_prevention", True, None, "Cyrillic o in display name, look-alike domain, suspended + verification code"))

d = dt(2025, 3, 27, 13, 8, TRT)
add(spec=dict(
    from_=("Amazon Ödeme Birimi", "amazontr.odeme@gmail.com"), to=TO_SELIN, date=d,
    subject="Siparişiniz iptal edildi - kart bilgisi gerekli",
    trace=evil_trace(d, "mail-wr1-f68.google.com", "209.85.221.68", "amazontr.odeme@gmail.com",
                     "dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=amazontr.odeme@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"),
    parts=[("plain", """Merhaba,

Kredi kartınızın son kullanma tarihi geçtiği için ödemeniz alınamadı ve Amazon siparişiniz iptal edildi.

Siparişinizin yeniden işleme alınması için lütfen aşağıdaki bilgileri bu e-postaya yanıt olarak gönderiniz:

Ad Soyad:
Kart Numarası:
Son Kullanma Tarihi:
CVV:
T.C. Kimlik No:
Telefon:

Bilgileriniz ödeme birimimiz tarafından güvenli şekilde işlenecektir.

Saygılarımızla,
Amazon Ödeme Birimi
""", "utf-8", "8bit")]),
    label=lab("lookalike", "tr", "payment_issue", True, None, "gmail sender, asks to reply with card details and national ID, no order number"))

d = dt(2025, 4, 22, 10, 55, TRT)
_ev = "https://amazon.com.tr.siparis-iptal.info/iade/onay?ref=9912"
add(spec=amazon_mail(
    "tr", TR, sender=("Amazon.com.tr", "siparis-guncelleme@amazon.com.tr.siparis-iptal.info"), to=TO_MEHMET, date=d,
    subject="Amazon.com.tr siparişinizdeki 1 ürün iptal edildi",
    order="403-5581920-7736014", title="Ürün iptal bildirimi", greeting="Merhaba Mehmet Demir,",
    paras=["Üzgünüz, 403-5581920-7736014 numaralı siparişinizdeki aşağıdaki ürün stokta kalmadığı için iptal edildi.",
           "Ödemeniz kartınızdan tahsil edilmiş olup iadenin yapılabilmesi için kart bilgilerinizi 48 saat içinde onaylamanız gerekmektedir. Onaylanmayan iadeler işleme alınmaz."],
    items=[("Samsung Galaxy S24 FE 256 GB, Mavi", 1, "₺27.999,00", "Amazon.com.tr")],
    footer=TR_FOOT, closing=TR_CLOSE, fmt="alt",
    enc={"text": ("utf-8", "base64"), "html": ("utf-8", "base64")},
    href=_ev, text_href="https://amazon.com.tr.siparis-iptal.info", show_urls=True,
    button=("/gp/css/returns/refund?orderID=403-5581920-7736014", "İadeyi onayla"),
    trace=evil_trace(d, "srv1.siparis-iptal.info", "5.188.87.61", "bounce@siparis-iptal.info",
                     "dkim=pass header.d=siparis-iptal.info; spf=pass smtp.mailfrom=siparis-iptal.info; dmarc=none header.from=amazon.com.tr.siparis-iptal.info"),
    msgid="<%s@siparis-iptal.info>" % alnum(22)),
    label=lab("lookalike", "tr", "inventory_shortage", True, None, "polished template copy; amazon.com.tr URLs as link text, hrefs to amazon.com.tr.siparis-iptal.info; refund lure"))

d = dt(2025, 5, 9, 6, 30, TRT)
add(spec=dict(
    from_=("Amazon.com.tr", "bildirim@amaz0n-tr.com"), to=TO_ELIF, date=d, hdr_cs="iso-8859-9",
    subject="Son uyarı: Siparişiniz 48 saat içinde iptal edilecek",
    trace=evil_trace(d, "amaz0n-tr.com", "45.95.147.201", "bildirim@amaz0n-tr.com",
                     "spf=softfail smtp.mailfrom=amaz0n-tr.com; dkim=none; dmarc=none"),
    parts=[("html", simple_html("""<p>Değerli Amazon müşterimiz,</p>
<p>Son siparişinize ait ödeme işlemi bankanız tarafından doğrulanamadı. Ödeme bilgilerinizi 48 saat içinde güncellemezseniz siparişiniz otomatik olarak iptal edilecek ve hesabınız kısıtlanacaktır.</p>
<p><a href="http://amaz0n-tr.com/hesap/odeme-guncelle">Ödeme bilgilerimi güncelle</a></p>
<p>Teşekkürler,<br>Amazon.com.tr</p>""", "tr", "ISO-8859-9"), "iso-8859-9", "quoted-printable")]),
    label=lab("lookalike", "tr", "payment_issue", True, None, "amaz0n look-alike domain; threatens cancellation in 48h; no order number; ISO-8859-9 HTML"))

d = dt(2025, 6, 11, 15, 12, TRT)
_t6 = """Merhaba,

Teknik bir arıza nedeniyle siparişiniz (#TR-4471-22) sistemimizde yanlış işlendi ve otomatik olarak iptal edildi.

Siparişinizin yeniden işleme alınması için hesabınıza giriş yaparak bilgilerinizi onaylamanız gerekmektedir:
https://amazon-orders.help/tr/yeniden-isle

Yaşanan aksaklık için özür dileriz.
Amazon Müşteri Hizmetleri
"""
add(spec=dict(
    from_=("\u0391mazon", "bildirim@amazon-orders.help"), to=TO_SELIN, date=d,
    subject="Teknik arıza nedeniyle siparişiniz iptal edildi",
    trace=evil_trace(d, "smtp.amazon-orders.help", "103.151.172.20", "bildirim@amazon-orders.help"),
    parts=[("plain", _t6, "utf-8", "quoted-printable"),
           ("html", simple_html("<p>" + html.escape(_t6).replace("\n\n", "</p><p>").replace("\n", "<br>").replace(
               "https://amazon-orders.help/tr/yeniden-isle",
               '<a href="https://amazon-orders.help/tr/yeniden-isle">www.amazon.com.tr/siparislerim</a>') + "</p>", "tr"),
            "utf-8", "quoted-printable")]),
    label=lab("lookalike", "tr", "technical_issue", True, None, "Greek Alpha in display name, amazon-orders.help, malformed order number"))

d = dt(2025, 2, 12, 19, 44, TRT)
add(spec=dict(
    from_=("Amazon Sipariş", "no-reply@amazon-siparis-iptal.com"), to=TO_MEHMET, date=d,
    subject="İptal talebiniz alındı - Sipariş 405-8812934",
    trace=evil_trace(d, "mail.amazon-siparis-iptal.com", "80.76.51.9", "no-reply@amazon-siparis-iptal.com",
                     "dkim=pass header.d=amazon-siparis-iptal.com; spf=pass smtp.mailfrom=amazon-siparis-iptal.com; dmarc=none"),
    parts=[("html", simple_html("""<table width="600" style="font-family:Arial"><tr><td style="border-bottom:3px solid #ff9900"><b style="font-size:22px">amazon</b></td></tr>
<tr><td><p>Sayın Mehmet Demir,</p>
<p>405-8812934 numaralı siparişiniz için iptal talebiniz alınmıştır. Talebiniz doğrultusunda siparişiniz iptal edilmiş ve 15.790 TL tutarındaki iade işlemi başlatılmıştır.</p>
<p>Bu talebi siz oluşturmadıysanız, iptali durdurmak ve hesabınızı korumak için hemen aşağıdaki bağlantıya tıklayın:</p>
<p><a href="https://amazon-siparis-iptal.com/durdur?o=4058812934">https://www.amazon.com.tr/your-orders/cancel-stop</a></p>
<p>Amazon.com.tr</p></td></tr></table>""", "tr"), "utf-8", "base64")]),
    label=lab("lookalike", "tr", "customer_request", True, None, "look-alike domain; 'your cancellation request' lure; href differs from shown amazon URL; malformed order number"))

d = dt(2025, 6, 20, 3, 3, TRT)
add(spec=dict(
    from_=("AMAZON", "info@tr-kargo-takip.xyz"), to=TO_ELIF, date=d,
    subject="AMAZON SIPARISINIZ IPTAL EDILDI !!!",
    trace=evil_trace(d, "tr-kargo-takip.xyz", "91.92.240.18", "info@tr-kargo-takip.xyz"),
    parts=[("plain", """SAYIN MUSTERI

AMAZON SIPARISINIZ IPTAL EDILDI.
DETAYLAR ICIN TIKLAYIN: http://tr-kargo-takip.xyz/amz

AMAZON
""", "utf-8", "quoted-printable")]),
    label=lab("lookalike", "tr", "unknown", False, None, "crude all-caps lure, .xyz sender, no reason, no order number"))


# =====================================================================================
#                                     ARABIC
# =====================================================================================
AE, SA, EG = "amazon.ae", "amazon.sa", "amazon.eg"


def ar_foot(mp):
    return [
        ("تم إرسال هذه الرسالة من عنوان بريد إلكتروني مخصص للإشعارات فقط ولا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.", None, None),
        ("لن تطلب منك %s أبدًا عبر البريد الإلكتروني تقديم كلمة المرور أو رقم بطاقتك الائتمانية أو بيانات حسابك المصرفي." % mp.capitalize(), None, None),
        ("إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يرجى تحديث بيانات الدفع من صفحة حسابك.",
         "/cpe/yourpayments/wallet", "إدارة طرق الدفع"),
        ("إذا تلقيت رسالة مشبوهة تدّعي أنها من أمازون، فلا تنقر على أي رابط فيها وأبلغنا عنها.",
         "/gp/help/customer/display.html?nodeId=GUHGXHGTTAT9TLS6", "الإبلاغ عن رسائل مشبوهة"),
        ("لمزيد من المعلومات، تفضل بزيارة صفحات المساعدة.",
         "/gp/help/customer/display.html", "المساعدة وخدمة العملاء"),
        ("© 2025 Amazon.com, Inc. أو الشركات التابعة لها. جميع الحقوق محفوظة.", None, None),
    ]


def ar_notice(mp, **kw):
    kw.setdefault("footer", ar_foot(mp))
    kw.setdefault("closing", "نتطلع لرؤيتك مجددًا.\n%s" % mp.capitalize())
    return amazon_mail("ar", mp, **kw)


TO_AHMED = ("أحمد المنصوري", "ahmed.almansoori@gmail.com")
TO_NOURA = ("نورة القحطاني", "noura.q1990@hotmail.com")
TO_MOHAMED = ("محمد عبد الرحمن", "m.abdelrahman@yahoo.com")
TO_SARA = ("Sara Alotaibi", "sara.alotaibi@outlook.sa")

# ---------------------------------------------------------------- ar notices
d = dt(2025, 1, 14, 12, 5, GST)
add(spec=ar_notice(AE,
    sender=("Amazon.ae", "auto-confirm@amazon.ae"), to=TO_AHMED, date=d,
    subject="تم إلغاء المنتجات بنجاح من طلبك على Amazon.ae رقم 402-8836107-3350219",
    order="402-8836107-3350219", title="تأكيد الإلغاء", greeting="مرحبًا أحمد،",
    paras=["لقد تلقينا طلب الإلغاء الخاص بك. تم إلغاء المنتجات التالية بنجاح من طلبك رقم 402-8836107-3350219.",
           "سبب الإلغاء: ألغاه العميل",
           "إذا كنت قد دفعت مسبقًا، فسيتم رد المبلغ إلى طريقة الدفع الأصلية خلال 3 إلى 5 أيام عمل. لن يتم تحصيل أي مبلغ مقابل المنتجات الملغاة."],
    items=[("سماعات سوني WH-CH720N لاسلكية بخاصية إلغاء الضوضاء، أسود", 1, "349.00 درهم", "Amazon.ae")],
    fmt="alt", enc={"text": ("utf-8", "base64"), "html": ("utf-8", "base64")},
    trace=amazon_trace(AE, d, True), extra=amz_extra(AE),
    reply_to=("Amazon.ae", "no-reply@amazon.ae")),
    label=lab("notice", "ar", "customer_request", True, AE, "customer cancelled ('Cancel reason: cancelled by customer'); item name contains 'noise cancelling'; auth pass"))

d = dt(2025, 2, 3, 9, 47, AST)
add(spec=ar_notice(SA,
    sender=("Amazon.sa", "order-update@amazon.sa"), to=TO_NOURA, date=d, hdr_cs="windows-1256",
    subject="تم إلغاء طلبك رقم 404-2275019-6641873 من Amazon.sa",
    order="404-2275019-6641873", title="تم إلغاء طلبك", greeting="مرحبًا نورة،",
    paras=["نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك رقم 404-2275019-6641873 لأنه لم يعد متوفرًا في المخزون ولم يتمكن البائع من توفيره.",
           "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. إذا ظهر حجز مؤقت على بطاقتك، فسيتم إلغاؤه تلقائيًا خلال بضعة أيام حسب البنك المُصدر.",
           "يمكنك البحث عن منتجات مشابهة على Amazon.sa."],
    items=[("قهوة عربية سعودية محمصة - هرري مع هيل، 500 جرام", 2, "89.00 ريال", "متجر البن الأصيل")],
    fmt="text", enc={"text": ("windows-1256", "quoted-printable")},
    trace=amazon_trace(SA, d, False), extra=amz_extra(SA)),
    label=lab("notice", "ar", "inventory_shortage", True, SA, "out of stock, seller could not supply; text-only windows-1256 QP; no auth header"))

d = dt(2025, 3, 9, 21, 30, EET)
add(spec=ar_notice(EG,
    sender=("Amazon.eg", "payments-messages@amazon.eg"), to=TO_MOHAMED, date=d,
    subject="تم إلغاء طلبك على Amazon.eg: تعذّر التحقق من الدفع",
    order="407-9913824-0062735", title="تم إلغاء طلبك", greeting="مرحبًا محمد،",
    paras=["لم نتمكن من التحقق من طريقة الدفع المستخدمة في طلبك رقم 407-9913824-0062735، إذ رفض البنك المُصدر لبطاقتك عملية التفويض، ولم يتم تحديث طريقة الدفع خلال المهلة المحددة.",
           "لذلك قمنا بإلغاء طلبك. لم يتم خصم أي مبلغ من بطاقتك.",
           "إذا كنت لا تزال ترغب في شراء هذه المنتجات، يرجى إضافة طريقة دفع صالحة وتقديم طلب جديد. يمكنك أيضًا اختيار الدفع عند الاستلام للطلبات المؤهلة."],
    items=[("غسالة توشيبا فوق أوتوماتيك 10 كجم، فضي", 1, "21,499.00 جنيه", "Amazon.eg")],
    fmt="html", enc={"html": ("utf-8", "quoted-printable")},
    trace=amazon_trace(EG, d, True), extra=amz_extra(EG)),
    label=lab("notice", "ar", "payment_issue", True, EG, "authorisation declined, payment not updated in time; HTML-only; auth pass"))

d = dt(2025, 4, 12, 1, 58, GST)
add(spec=ar_notice(AE,
    sender=("Amazon.ae", "cs-reply@amazon.ae"), to=TO_SARA, date=d,
    subject="حسابك على Amazon.ae قيد المراجعة - تم إلغاء طلبك رقم 403-5502718-4419026",
    order="403-5502718-4419026", title="مطلوب التحقق من الحساب", greeting="مرحبًا سارة،",
    paras=["رصدنا نشاطًا غير معتاد على حسابك. وحرصًا على حمايتك، قمنا بتعليق حسابك مؤقتًا وإلغاء الطلب رقم 403-5502718-4419026 ريثما تتم مراجعة أمنية.",
           "لاستعادة الوصول إلى حسابك، يرجى تسجيل الدخول مباشرة عبر تطبيق أمازون أو موقع Amazon.ae واتباع التعليمات الظاهرة على الشاشة للتحقق من هويتك وطريقة الدفع. لا يمكن إتمام التحقق بالرد على هذه الرسالة.",
           "لم يتم تحصيل أي مبلغ مقابل الطلب الملغى."],
    items=[("هاتف سامسونج جالكسي S24 ألترا، 256 جيجابايت، رمادي تيتانيوم", 1, "4,199.00 درهم", "Amazon.ae")],
    fmt="alt", enc={"text": ("utf-8", "8bit"), "html": ("utf-8", "8bit")},
    trace=amazon_trace(AE, d, False), extra=amz_extra(AE)),
    label=lab("notice", "ar", "fraud_prevention", True, AE, "unusual activity, account on hold for security review; 8bit; no auth header"))

d = dt(2025, 5, 18, 14, 16, AST)
add(spec=ar_notice(SA,
    sender=("Amazon.sa", "order-update@amazon.sa"), to=TO_NOURA, date=d,
    subject="معلومات بخصوص إلغاء طلبك رقم 405-6628391-2207154",
    order="405-6628391-2207154", title="معلومات بخصوص طلبك", greeting="مرحبًا نورة،",
    paras=["نود إعلامك بأنه تم إلغاء طلبك رقم 405-6628391-2207154 بسبب خطأ في التسعير ظهر في صفحة المنتج نتيجة خلل تقني في أنظمتنا، حيث عُرض المنتج بسعر 79 ريال بدلًا من 799 ريال.",
           "وفقًا لشروط البيع على Amazon.sa، يحق لنا إلغاء الطلبات التي تتضمن أخطاء في الأسعار. نعتذر عن أي إزعاج قد يسببه ذلك.",
           "لم يتم خصم أي مبلغ من حسابك."],
    items=[("مكنسة كهربائية لاسلكية شاومي G10، أبيض", 1, "79.00 ريال", "Amazon.sa")],
    fmt="alt", enc={"text": ("windows-1256", "base64"), "html": ("windows-1256", "quoted-printable")},
    trace=amazon_trace(SA, d, True), extra=amz_extra(SA)),
    label=lab("notice", "ar", "technical_issue", True, SA, "pricing error from technical fault; windows-1256; auth pass"))

d = dt(2025, 6, 7, 17, 40, EET)
add(spec=ar_notice(EG,
    sender=("Amazon.eg", "order-update@amazon.eg"), to=TO_MOHAMED, date=d,
    subject="تم إلغاء طلبك على Amazon.eg رقم 406-3317845-7720693",
    order="406-3317845-7720693", title="تم إلغاء طلبك", greeting="مرحبًا محمد،",
    paras=["تم إلغاء طلبك رقم 406-3317845-7720693.",
           "لن يتم تحصيل أي مبلغ مقابل المنتجات الملغاة. إذا كنت قد دفعت مسبقًا، فسيتم رد المبلغ إلى طريقة الدفع الأصلية.",
           "يمكنك مراجعة تفاصيل الطلب في صفحة طلباتك."],
    items=[("خلاط مولينكس 600 وات مع مطحنة، أبيض", 1, "1,650.00 جنيه", "Amazon.eg")],
    fmt="text", enc={"text": ("utf-8", "quoted-printable")},
    trace=amazon_trace(EG, d, False), extra=amz_extra(EG)),
    label=lab("notice", "ar", "unknown", False, EG, "bare cancellation, no reason; text-only; no auth header"))

# ---------------------------------------------------------------- ar non-notices
d = dt(2025, 2, 11, 18, 25, GST)
_ba = """مرحبًا أحمد،

نعتذر منك، تم إلغاء طلبك رقم #BA-55213 من متجر بيت العود بسبب نفاد الكمية من "دهن عود كمبودي - 3 مل".

طريقة الدفع: Amazon Pay
المبلغ: 650.00 درهم

تم رد المبلغ كاملًا إلى حسابك في Amazon Pay، وقد يستغرق ظهوره من 5 إلى 7 أيام عمل. ستصلك رسالة منفصلة من Amazon Pay لتأكيد الاسترداد.
يرجى ملاحظة أن هذا الطلب تم من متجرنا الإلكتروني وليس من Amazon.ae.

مع أطيب التحيات،
فريق بيت العود
هاتف: 971-4-3309912+
https://baitaloud.ae
"""
add(spec=dict(
    from_=("بيت العود", "orders@baitaloud.ae"), to=TO_AHMED, date=d,
    subject="تم إلغاء طلبك #BA-55213",
    trace=evil_trace(d, "mail-out.myshopify.com", "23.227.38.65", "bounces@baitaloud.ae",
                     "spf=pass smtp.mailfrom=baitaloud.ae; dkim=pass header.d=baitaloud.ae; dmarc=pass header.from=baitaloud.ae"),
    parts=[("plain", _ba, "utf-8", "base64"),
           ("html", simple_html("<p>" + html.escape(_ba).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>",
                                "ar", dir_="rtl"), "utf-8", "base64")]),
    label=lab("non_notice", "ar", None, False, None, "perfume web shop cancels its own order; paid and refunded via Amazon Pay"))

d = dt(2025, 3, 24, 23, 10, AST)
add(spec=dict(
    from_=("Khalid Alharbi", "khalid.alharbi92@gmail.com"), to=TO_SARA, date=d,
    subject="بخصوص الهدية", hdr_cs="windows-1256",
    trace=evil_trace(d, "mail-ed1-f43.google.com", "209.85.208.43", "khalid.alharbi92@gmail.com",
                     "dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=khalid.alharbi92@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"),
    parts=[("plain", """هلا سارة،

ترى ألغيت طلب الساعة من أمازون، لأن التوصيل كان بيوصل بعد العيد.
جاني إيميل تأكيد الإلغاء وقالوا المبلغ يرجع على البطاقة خلال كم يوم.

بشتريها من المول يوم الخميس إن شاء الله، تبين تجين معي؟

خالد
""", "windows-1256", "8bit")]),
    label=lab("non_notice", "ar", None, False, None, "friend says he cancelled his Amazon order; windows-1256 8bit"))

d = dt(2025, 4, 15, 10, 0, AST)
_bk = [
    "عميلنا العزيز،",
    "لاحظنا مؤخرًا انتشار رسائل احتيالية تنتحل صفة أمازون، تدّعي أن طلبك قد أُلغي وتطلب منك تحديث بيانات بطاقتك.",
    "من أمثلة عناوين هذه الرسائل:",
    "• \"تم إلغاء طلبك - قم بتحديث بيانات الدفع فورًا\"",
    "• \"تم تعليق حسابك وإلغاء طلبك، استخدم هذا الرمز\"",
    "لن يطلب منك البنك أو أي متجر موثوق رقم بطاقتك الكامل أو رمز التحقق (OTP) عبر البريد أو الهاتف. إذا تلقيت رسالة مشابهة، لا تضغط على الروابط وتحقق من طلباتك عبر التطبيق الرسمي للمتجر.",
    "للإبلاغ عن أي عملية مشبوهة على بطاقتك، اتصل بنا على الرقم المدون خلف البطاقة.",
    "مع تحيات،\nفريق التوعية الأمنية - بنك الواحة الرقمي",
]
add(spec=dict(
    from_=("بنك الواحة الرقمي", "awareness@alwaha-digitalbank.com.sa"), to=TO_NOURA, date=d,
    subject="نصائح أمنية: احذر رسائل \"تم إلغاء طلبك من أمازون\" المزيفة",
    trace=evil_trace(d, "mta2.alwaha-digitalbank.com.sa", "198.51.100.140", "bounce@alwaha-digitalbank.com.sa",
                     "spf=pass smtp.mailfrom=alwaha-digitalbank.com.sa; dkim=pass header.d=alwaha-digitalbank.com.sa; dmarc=pass header.from=alwaha-digitalbank.com.sa"),
    extra=[("List-Unsubscribe", "<mailto:unsubscribe@alwaha-digitalbank.com.sa>")],
    parts=[("html", simple_html("".join("<p>%s</p>" % html.escape(x).replace("\n", "<br>") for x in _bk),
                                "ar", dir_="rtl"), "utf-8", "quoted-printable")]),
    label=lab("non_notice", "ar", None, False, None, "bank awareness mail quoting fake Amazon cancellation subjects"))

d = dt(2025, 5, 3, 8, 15, AST)
add(spec=ar_notice(SA,
    sender=("Amazon.sa", "shipment-tracking@amazon.sa"), to=TO_SARA, date=d,
    subject="تم إلغاء موعد التوصيل المحدد لطلبك",
    order="404-7702913-1186540", title="يرجى اختيار موعد توصيل جديد", greeting="مرحبًا سارة،",
    paras=["نعتذر، تم إلغاء موعد التوصيل المحدد يوم السبت 3 مايو بين الساعة 4 و8 مساءً لطلبك رقم 404-7702913-1186540، وذلك بسبب ظروف تشغيلية لدى شريك التوصيل.",
           "طلبك لا يزال قائمًا ولم يتم إلغاؤه، والمنتج محجوز لك.",
           "يرجى اختيار موعد توصيل جديد من صفحة طلباتك. إذا لم تختر موعدًا خلال 48 ساعة، فسنقوم بجدولة أقرب موعد متاح."],
    items=[("ثلاجة إل جي بابين 519 لتر، ستانلس ستيل", 1, "5,299.00 ريال", "Amazon.sa")],
    items_label="المنتجات في طلبك", fmt="alt",
    enc={"text": ("utf-8", "base64"), "html": ("utf-8", "base64")},
    trace=amazon_trace(SA, d, True), extra=amz_extra(SA)),
    label=lab("non_notice", "ar", None, False, None, "scheduled delivery appointment cancelled; order remains active"))

d = dt(2025, 3, 30, 19, 2, GST)
_prime_ar = ("<p>مرحبًا أحمد،</p><p>تم إلغاء عضويتك في Amazon Prime بناءً على طلبك. يمكنك الاستمرار في الاستفادة من مزايا Prime "
             "حتى <b>29 أبريل 2025</b>، ولن يتم تحصيل رسوم الاشتراك الشهرية (16 درهم) بعد هذا التاريخ.</p>"
             "<p>إذا غيّرت رأيك، يمكنك إعادة تفعيل عضويتك من صفحة <a href=\"https://www.amazon.ae/gp/primecentral\">إدارة عضوية Prime</a>.</p>"
             "<p>لن تطلب منك Amazon.ae أبدًا كلمة المرور أو بيانات بطاقتك عبر البريد الإلكتروني.</p>"
             "<p style=\"font-size:11px;color:#888\">© 2025 Amazon.com, Inc. أو الشركات التابعة لها.</p>")
add(spec=dict(
    from_=("Amazon.ae", "no-reply@amazon.ae"), to=TO_AHMED, date=d, hdr_cs="windows-1256",
    subject="تم إلغاء عضويتك في Amazon Prime",
    trace=amazon_trace(AE, d, False), extra=amz_extra(AE), msgid=ses_msgid("eu-west-1"),
    parts=[("html", simple_html(_prime_ar, "ar", "windows-1256", "rtl"), "windows-1256", "quoted-printable")]),
    label=lab("non_notice", "ar", None, False, None, "Prime membership cancelled at customer request; windows-1256 HTML"))

d = dt(2025, 4, 21, 11, 45, EET)
add(spec=ar_notice(EG,
    sender=("Amazon.eg", "payments-messages@amazon.eg"), to=TO_MOHAMED, date=d,
    subject="مطلوب إجراء: يرجى تحديث طريقة الدفع لطلبك",
    order="407-5512098-8824417", title="يرجى تحديث طريقة الدفع", greeting="مرحبًا محمد،",
    paras=["لم نتمكن من تحصيل المبلغ لطلبك رقم 407-5512098-8824417 باستخدام بطاقتك المنتهية بالرقم 3349.",
           "يرجى تحديث طريقة الدفع قبل 24 أبريل 2025. إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك.",
           "لتحديث طريقة الدفع، انتقل إلى صفحة طلباتك واختر الطلب ثم اضغط على \"تغيير طريقة الدفع\". لن يتم شحن طلبك حتى يتم تأكيد الدفع."],
    items=[("لاب توب لينوفو IdeaPad Slim 3، معالج Core i5، ذاكرة 8 جيجابايت", 1, "27,999.00 جنيه", "Amazon.eg")],
    items_label="المنتجات في طلبك", fmt="text", enc={"text": ("utf-8", "base64")},
    trace=amazon_trace(EG, d, True), extra=amz_extra(EG)),
    label=lab("non_notice", "ar", None, False, None, "genuine payment reminder; order cancelled only if not updated"))

# ---------------------------------------------------------------- ar lookalikes
d = dt(2025, 1, 30, 0, 47, GST)
add(spec=dict(
    from_=("Amazon.ae", "amazon.ae.help@gmail.com"), to=TO_AHMED, date=d,
    subject="تم إلغاء طلبك بناءً على طلبك - Amazon",
    trace=evil_trace(d, "mail-lf1-f45.google.com", "209.85.167.45", "amazon.ae.help@gmail.com",
                     "dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=amazon.ae.help@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"),
    parts=[("plain", """عزيزي العميل،

تم إلغاء طلبك رقم 402-7719-3325 بناءً على طلبك، وسيتم استرداد مبلغ 5,499 درهم لشراء "آيفون 16 برو ماكس".

إذا لم تقم أنت بطلب الإلغاء، يرجى الاتصال فورًا بمركز دعم أمازون على الرقم 8000-3570-4417 (مجاني) لإيقاف عملية الاسترداد وحماية حسابك.

فريق خدمة عملاء أمازون
""", "utf-8", "8bit")]),
    label=lab("lookalike", "ar", "customer_request", True, None, "gmail sender, callback phone number, malformed order number"))

d = dt(2025, 2, 22, 4, 11, AST)
_a2 = """عميل أمازون العزيز،

تم رصد محاولة تسجيل دخول غير مصرح بها إلى حسابك. لحمايتك، تم تعليق حسابك وإلغاء طلبك رقم 404-6621093-2290731.

لإعادة تفعيل حسابك، استخدم رمز التحقق التالي خلال 24 ساعة:

رمز التحقق: 593017

https://amazon-sa.account-hold.com/verify?c=593017

إذا لم يتم التحقق خلال المدة المحددة، سيتم إغلاق حسابك نهائيًا.

فريق أمان Amazon.sa
"""
add(spec=dict(
    from_=("\u0410m\u0430zon.sa", "security@amazon-sa.account-hold.com"), to=TO_NOURA, date=d, hdr_cs="windows-1256",
    subject="تم تعليق حسابك وإلغاء طلبك - استخدم هذا الرمز",
    trace=evil_trace(d, "mail.account-hold.com", "185.225.74.33", "security@amazon-sa.account-hold.com",
                     "spf=pass smtp.mailfrom=account-hold.com; dkim=pass header.d=account-hold.com; dmarc=none"),
    parts=[("plain", _a2, "windows-1256", "quoted-printable"),
           ("html", simple_html('<div style="max-width:560px;margin:auto;border:1px solid #ccc;padding:18px">'
                                '<p style="font-size:24px;direction:ltr;text-align:left"><b>amazon</b>.sa</p><p>' +
                                html.escape(_a2).replace("\n\n", "</p><p>").replace("\n", "<br>").replace(
                                    "https://amazon-sa.account-hold.com/verify?c=593017",
                                    '<a href="https://amazon-sa.account-hold.com/verify?c=593017" style="background:#ffa41c;color:#000;padding:8px 18px;text-decoration:none">إعادة تفعيل الحساب</a>') +
                                "</p></div>", "ar", "windows-1256", "rtl"), "windows-1256", "quoted-printable")]),
    label=lab("lookalike", "ar", "fraud_prevention", True, None, "Cyrillic letters in display name, look-alike domain, suspended + code; windows-1256"))

d = dt(2025, 3, 16, 16, 33, EET)
add(spec=dict(
    from_=("فريق دعم أمازون", "amazon.eg.support@yahoo.com"), to=TO_MOHAMED, date=d, hdr_cs="windows-1256",
    reply_to=("فريق دعم أمازون", "amazon.eg.support@yahoo.com"),
    subject="إلغاء طلبك بسبب فشل الدفع - Amazon.eg",
    trace=evil_trace(d, "sonic314-21.consmr.mail.ne1.yahoo.com", "66.163.190.147", "amazon.eg.support@yahoo.com",
                     "spf=pass smtp.mailfrom=yahoo.com; dkim=pass header.d=yahoo.com; dmarc=pass header.from=yahoo.com"),
    parts=[("plain", """السيد العميل المحترم،

نأسف لإبلاغك بأنه تم إلغاء طلبك الأخير لأن عملية الدفع فشلت بسبب انتهاء صلاحية البطاقة.

لإعادة تفعيل الطلب، يرجى الرد على هذه الرسالة بالبيانات التالية:

- الاسم كما يظهر على البطاقة:
- رقم البطاقة:
- تاريخ الانتهاء:
- الرمز السري (CVV):
- رقم الهاتف المسجل:

سيقوم فريقنا بمعالجة الدفع يدويًا خلال 24 ساعة.

مع تحيات فريق دعم أمازون مصر
""", "windows-1256", "base64")]),
    label=lab("lookalike", "ar", "payment_issue", True, None, "yahoo sender asks to reply with card data; no order number; windows-1256 base64"))

d = dt(2025, 4, 8, 13, 20, GST)
_ev = "https://amazon-ae-care.com/ar/payment/verify?o=403-1180274-6639902"
add(spec=amazon_mail(
    "ar", AE, sender=("Amazon.ae", "order-update@amazon.ae"), to=TO_AHMED, date=d,
    subject="تم إلغاء طلبك على Amazon.ae رقم 403-1180274-6639902",
    order="403-1180274-6639902", title="تم إلغاء طلبك", greeting="مرحبًا أحمد،",
    paras=["تعذّر تفويض الدفع لطلبك رقم 403-1180274-6639902، لذلك تم إلغاء الطلب.",
           "لاستعادة طلبك بنفس السعر، يرجى تأكيد بيانات بطاقتك خلال 12 ساعة عبر الرابط أدناه. بعد ذلك لن يكون بالإمكان استعادة الطلب."],
    items=[("ساعة أبل الإصدار 10، 46 مم، ألومنيوم أسود", 1, "1,799.00 درهم", "Amazon.ae")],
    footer=ar_foot(AE), closing="نتطلع لرؤيتك مجددًا.\nAmazon.ae", fmt="alt",
    enc={"text": ("utf-8", "quoted-printable"), "html": ("utf-8", "quoted-printable")},
    href=_ev, text_href="https://amazon-ae-care.com", show_urls=True,
    button=("/gp/your-account/order-details?orderID=403-1180274-6639902", "استعادة الطلب"),
    reply_to=("Amazon.ae Support", "support@amazon-ae-care.com"),
    trace=evil_trace(d, "ip-172-104-33-19.members.linode.com", "172.104.33.19", "bounce@amazon-ae-care.com",
                     "spf=fail (domain of order-update@amazon.ae does not designate 172.104.33.19 as permitted sender) smtp.mailfrom=amazon-ae-care.com;\n\tdkim=none;\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.ae"),
    msgid="<%s@amazon-ae-care.com>" % alnum(20)),
    label=lab("lookalike", "ar", "payment_issue", True, None, "spoofed From amazon.ae with dmarc=fail, Reply-To look-alike; amazon.ae link text, hrefs to amazon-ae-care.com"))

d = dt(2025, 5, 12, 21, 9, AST)
add(spec=dict(
    from_=("Amazon.ae", "no-reply@amazon.ae.orders-cancel.top"), to=TO_SARA, date=d,
    subject="نفاد المخزون: تم إلغاء طلبك - استلم المبلغ المسترد",
    trace=evil_trace(d, "orders-cancel.top", "147.45.47.90", "no-reply@amazon.ae.orders-cancel.top"),
    parts=[("html", simple_html("""<div style="max-width:600px;margin:auto;font-family:Tahoma">
<p style="font-size:22px;direction:ltr;text-align:left;color:#ff9900"><b>amazon</b><span style="color:#222">.ae</span></p>
<p>مرحبًا،</p>
<p>نأسف لإبلاغك بأن المنتج "بلايستيشن 5 برو" في طلبك رقم 402-3391027-8810462 قد نفد من المخزون، ولذلك تم إلغاء الطلب.</p>
<p>لاستلام المبلغ المسترد (2,999.00 درهم)، يرجى إدخال بيانات بطاقتك أو حسابك البنكي عبر الزر أدناه خلال 3 أيام.</p>
<p><a href="https://amazon.ae.orders-cancel.top/refund/claim?o=402-3391027-8810462" style="background:#ffd814;padding:10px 28px;border-radius:8px;color:#0f1111;text-decoration:none">استلام المبلغ المسترد</a></p>
<p style="font-size:11px;color:#777">Amazon.ae - هذه رسالة آلية، يرجى عدم الرد.</p>
</div>""", "ar", dir_="rtl"), "utf-8", "base64")]),
    label=lab("lookalike", "ar", "inventory_shortage", True, None, "amazon.ae.orders-cancel.top domain; out-of-stock refund lure"))

d = dt(2025, 6, 1, 5, 50, AST)
_a6 = """عزيزي عميل أمازون،

تم وضع طلبك الأخير قيد المراجعة الأمنية بسبب نشاط غير معتاد.
سيتم إلغاء طلبك خلال 12 ساعة ما لم تقم بتأكيد هويتك.

لتأكيد هويتك، سجّل الدخول عبر الرابط التالي وأدخل بيانات بطاقتك الحالية:
https://amazon-sa-verify.web.app/login

شكرًا لتعاونك،
أمازون السعودية
"""
add(spec=dict(
    from_=("Amazon Saudi", "amazon-sa-verify@outlook.com"), to=TO_NOURA, date=d,
    subject="تنبيه: سيتم إلغاء طلبك خلال 12 ساعة",
    trace=evil_trace(d, "DB8EUR06-obe.outbound.protection.outlook.com", "40.92.90.55", "amazon-sa-verify@outlook.com",
                     "spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; dmarc=pass header.from=outlook.com"),
    parts=[("plain", _a6, "utf-8", "base64"),
           ("html", simple_html("<p>" + html.escape(_a6).replace("\n\n", "</p><p>").replace("\n", "<br>").replace(
               "https://amazon-sa-verify.web.app/login",
               '<a href="https://amazon-sa-verify.web.app/login">https://www.amazon.sa/ap/signin</a>') + "</p>",
               "ar", dir_="rtl"), "utf-8", "base64")]),
    label=lab("lookalike", "ar", "fraud_prevention", True, None, "outlook.com sender; 'will be cancelled in 12h unless you verify'; no order number"))

d = dt(2025, 4, 27, 9, 36, EET)
add(spec=dict(
    from_=("Amazon.eg", "orders@amaz0n-eg.com"), to=TO_MOHAMED, date=d, hdr_cs="windows-1256",
    subject="تم إلغاء طلبك بسبب خطأ في النظام",
    trace=evil_trace(d, "amaz0n-eg.com", "37.120.222.14", "orders@amaz0n-eg.com",
                     "spf=neutral smtp.mailfrom=amaz0n-eg.com; dkim=none; dmarc=none"),
    parts=[("plain", """عزيزي العميل،

بسبب خطأ تقني في النظام، تم إلغاء طلبك رقم EG-0098-22145 تلقائيًا.

لإعادة معالجة الطلب، يرجى تسجيل الدخول وتأكيد بيانات الدفع من خلال الرابط:
http://amaz0n-eg.com/reprocess

نعتذر عن الإزعاج.
خدمة عملاء Amazon.eg
""", "windows-1256", "quoted-printable")]),
    label=lab("lookalike", "ar", "technical_issue", True, None, "amaz0n-eg.com domain; system-error claim; malformed order number; windows-1256"))

d = dt(2025, 6, 15, 2, 2, GST)
add(spec=dict(
    from_=("Amazon", "noreply@mx3.shop-deals-ar.site"), to=TO_AHMED, date=d,
    subject="تم الغاء طلبك !! Order Cancelled",
    trace=evil_trace(d, "mx3.shop-deals-ar.site", "193.233.48.70", "noreply@mx3.shop-deals-ar.site"),
    parts=[("plain", """عميلنا العزيز

تم الغاء طلبك من امازون
Your order has been cancelled.

اضغط هنا للتفاصيل: http://shop-deals-ar.site/amz/ae
Click here: http://shop-deals-ar.site/amz/ae

Amazon Team
""", "utf-8", "quoted-printable")]),
    label=lab("lookalike", "ar", "unknown", False, None, "crude bilingual lure, no reason, no order number"))


# =====================================================================================
#                                     WRITE
# =====================================================================================
FALLBACK = {"©": "(c)", "～": "〜", "₺": "TL", "–": "-", "—": "-", "…": "...",
            "“": '"', "”": '"', "’": "'", "•": "*"}


def fit_parts(spec):
    new = []
    for sub, body, cs, cte in spec["parts"]:
        try:
            body.encode(cs)
        except UnicodeEncodeError:
            for a, b in FALLBACK.items():
                try:
                    a.encode(cs)
                except UnicodeEncodeError:
                    body = body.replace(a, b)
            body.encode(cs)  # raise if still unfit
        new.append((sub, body, cs, cte))
    spec["parts"] = new


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    rng.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        fit_parts(m["spec"])
        name = "j4%03d.eml" % n
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(m["spec"]))
        labels.append(dict(file=name, **m["label"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
