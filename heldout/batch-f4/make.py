#!/usr/bin/env python3
"""Regenerate blind batch f4: ja / tr / ar Amazon cancellation notices,
near-miss non-notices and phishing look-alikes.

Run:  python3 make.py      (writes mail/f4NNN.eml and labels.json)
"""
import base64
import json
import os
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator
from email import policy as _policy
import io

SEED = 20250404
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "f4"

CODECS = {"iso-2022-jp": "iso2022_jp", "windows-1256": "cp1256",
          "iso-8859-9": "iso8859_9", "iso-8859-2": "iso8859_2",
          "us-ascii": "ascii", "utf-8": "utf-8"}


# ---------------------------------------------------------------- helpers
def order_no(prefix):
    return "%s-%07d-%07d" % (prefix, rng.randrange(10**6, 10**7), rng.randrange(10**6, 10**7))


def rand_date(tzh):
    start = datetime(2024, 3, 1, tzinfo=timezone.utc)
    dt = start + timedelta(seconds=rng.randrange(0, 575 * 86400))
    return dt.astimezone(timezone(timedelta(hours=tzh)))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ses_msgid(region="us-west-2"):
    return "<%s%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        rng.choice(["0100", "0101", "0102"]), hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region)


def b64tok(n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(n))


def boundary():
    return "----=_Part_%d_%d.%d" % (rng.randrange(10**6, 10**8), rng.randrange(10**8, 10**10), rng.randrange(10**12, 10**13))


def text_part(subtype, text, charset, cte):
    codec = CODECS.get(charset, charset)
    raw = text.encode(codec)  # strict: a text must fit its charset
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset) if rng.random() < 0.5 \
        else "text/%s; charset=%s" % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            raw.decode("ascii")  # must really be 7bit
        payload = raw.decode("ascii", "surrogateescape")
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def auth_results(d, mailfrom_dom, dkim="pass", dmarc="pass", spf="pass", host="mx.google.com", dmarc_from=None):
    sel = rng.choice(["rjt5bh5ngkthqaq7", "7v7vs6w47njt4pimodk5mmttbegzsi6n", "ae7mtdvtmf2qy5xy3b7bzbftcpmh3qy7", "s1"])
    return ("%s;\n       dkim=%s header.d=%s header.s=%s header.b=%s;\n"
            "       spf=%s smtp.mailfrom=%s@%s;\n"
            "       dmarc=%s header.from=%s") % (
        host, dkim, d, sel, b64tok(8), spf, "%s.%s" % (datetime(2024, 1, 1).strftime("%Y%m%d"), hexs(12)),
        mailfrom_dom, dmarc, dmarc_from or d)


def dkim_sig(d):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type:Feedback-ID;\n"
            "\tbh=%s=;\n\tb=%s") % (rng.choice(["rjt5bh5ngkthqaq7", "ae7mtdvtmf2qy5xy3b7bzbftcpmh3qy7"]), d,
                                    rng.randrange(1710000000, 1760000000), b64tok(43), b64tok(120))


def build(spec):
    """spec: headers (list of (name, value)), parts (list of (subtype, text, charset, cte))."""
    top = Message()
    for k, v in spec["headers"]:
        top[k] = v
    top["MIME-Version"] = "1.0"
    parts = [text_part(*p) for p in spec["parts"]]
    if len(parts) == 1:
        p = parts[0]
        top["Content-Type"] = p["Content-Type"]
        top["Content-Transfer-Encoding"] = p["Content-Transfer-Encoding"]
        top.set_payload(p._payload)  # raw (may carry surrogate-escaped 8bit bytes)
    else:
        top.add_header("Content-Type", "multipart/alternative", boundary=boundary())
        for p in parts:
            top.attach(p)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=_policy.compat32).flatten(top)
    return buf.getvalue()


# ------------------------------------------------------------ localisation
LOC = {
    "ja": dict(
        nav=("注文履歴", "アカウントサービス"), order="注文番号", date="注文日", qty="数量", seller="販売",
        items="キャンセルされた商品", total="キャンセルされた金額", help="カスタマーサービス",
        closing="Amazon.co.jpのまたのご利用をお待ちしております。", sig="Amazon.co.jp",
        security=[
            "Amazon.co.jpが、Eメールや電話でお客様のパスワード、クレジットカード番号、銀行口座情報などの個人情報の入力や提供をお願いすることはありません。",
            "クレジットカード番号や有効期限が変更された場合は、アカウントサービスの「お支払い方法の管理」から更新してください: https://www.amazon.co.jp/cpe/yourpayments/wallet",
            "Amazon.co.jpを装った不審なEメールを受け取った場合は、リンクを開かずに stop-spoofing@amazon.com へご報告ください。詳しくはヘルプページをご覧ください: https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909110",
        ],
        noreply="このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
        legal="Amazon.co.jp は アマゾンジャパン合同会社 が運営しています。〒153-0064 東京都目黒区下目黒1-8-1",
    ),
    "tr": dict(
        nav=("Siparişlerim", "Hesabım"), order="Sipariş No.", date="Sipariş tarihi", qty="Adet", seller="Satıcı",
        items="İptal Edilen Ürünler", total="İptal edilen tutar", help="Müşteri Hizmetleri",
        closing="Sizi yeniden görmeyi umuyoruz.", sig="Amazon.com.tr",
        security=[
            "Amazon.com.tr sizden hiçbir zaman e-posta veya telefon yoluyla şifrenizi, kredi kartı numaranızı ya da banka hesap bilgilerinizi istemez.",
            "Kartınızın numarası veya son kullanma tarihi değiştiyse lütfen Hesabım > Ödeme Seçenekleriniz sayfasından güncelleyin: https://www.amazon.com.tr/cpe/yourpayments/wallet",
            "Amazon.com.tr'den geldiğini iddia eden şüpheli bir e-posta aldıysanız bağlantılara tıklamayın ve bize bildirin: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=201909130",
        ],
        noreply="Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
        legal="Amazon.com.tr, Amazon Turkey Perakende Hizmetleri Limited Şirketi tarafından işletilmektedir. İstanbul, Türkiye.",
    ),
    "ar": dict(
        nav=("طلباتك", "حسابك"), order="رقم الطلب", date="تاريخ الطلب", qty="الكمية", seller="يباع من قبل",
        items="المنتجات الملغاة", total="المبلغ الملغى", help="خدمة العملاء",
        closing="نأمل أن نراك مرة أخرى قريبًا.", sig="{brand}",
        security=[
            "لن تطلب منك أمازون أبدًا عبر البريد الإلكتروني أو الهاتف كلمة المرور الخاصة بك أو رقم بطاقتك الائتمانية أو بيانات حسابك المصرفي.",
            "إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يُرجى تحديثها من صفحة \"خيارات الدفع\" في حسابك: https://www.{mp}/cpe/yourpayments/wallet",
            "إذا تلقيت رسالة بريد إلكتروني مشبوهة تدّعي أنها من أمازون، فلا تنقر على أي رابط فيها وأبلغنا عنها: https://www.{mp}/gp/help/customer/display.html?nodeId=201909130",
        ],
        noreply="تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يُرجى عدم الرد على هذه الرسالة.",
        legal="",
    ),
}
AR_LEGAL = {
    "amazon.ae": "Amazon.ae تديره شركة Amazon.ae FZ LLC، دبي، الإمارات العربية المتحدة.",
    "amazon.sa": "Amazon.sa تديره شركة أمازون السعودية المحدودة، الرياض، المملكة العربية السعودية.",
    "amazon.eg": "Amazon.eg تديره شركة أمازون مصر للخدمات، القاهرة، جمهورية مصر العربية.",
}


def loc(lang, mp, brand):
    L = dict(LOC[lang])
    L["security"] = [s.format(mp=mp) for s in L["security"]]
    L["sig"] = L["sig"].format(brand=brand)
    if lang == "ar":
        L["legal"] = AR_LEGAL[mp]
    return L


# ---------------------------------------------------------------- templates
AMZ_STYLE = """body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#summary td { padding: 0 0 8px 0; }
#criticalInfo { border-top:3px solid #2d3741; width:640px; }
#criticalInfo td { font-size:14px; padding:11px 18px 18px 18px; }
#criticalInfo .detailsContent { background-color:#efefef; }
#itemDetails .name { vertical-align:top; padding:0 10px 10px 0; }
#itemDetails .price { text-align:right; font-size:14px; padding:0 0 10px 0; }
#closing td { padding:20px 0 10px 0; }
#legalCopy td { font-size:11px; line-height:15px; color:#666; padding:10px 0 0 0; }
.buttonComponent { border-collapse: separate; border-radius: 3px; border:1px solid #CBA957; background-color:#ffa723; min-width:222px; }
.buttonComponentLink { color: rgb(27, 27, 27) !important; font: 16px/ 18px Arial, sans-serif !important; }
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def linkify(s, base_href=None):
    """Turn bare URLs into anchors. If base_href is given, every anchor points there
    (the text still shows the original URL) - used by the look-alikes."""
    def rep(m):
        u = m.group(0)
        return '<a href="%s">%s</a>' % (base_href or u, u)
    return re.sub(r"https?://[^\s<>\"、。）]+", rep, esc(s))


def amazon_plain(d):
    L = d["L"]
    out = ["%s %s" % (d["brand"], d["title"])]
    if d.get("order"):
        out.append("%s %s" % (L["order"], d["order"]))
    out.append("https://www.%s/ref=TE_tex_g" % d["mp"])
    out.append("_" * 70)
    out.append("")
    out.append(d["greeting"])
    out.append("")
    for para in d["paras"]:
        out.append(para)
        out.append("")
    if d.get("items"):
        out.append(d.get("items_label", L["items"]) + ":")
        out.append("")
        for it in d["items"]:
            out.append("    %s" % it[0])
            out.append("    %s: %s    %s" % (L["qty"], it[1], it[2]))
            if len(it) > 3:
                out.append("    %s: %s" % (L["seller"], it[3]))
            out.append("")
    if d.get("total"):
        out.append("%s: %s" % (d.get("total_label", L["total"]), d["total"]))
        out.append("")
    for para in d.get("after", []):
        out.append(para)
        out.append("")
    out.append("=" * 70)
    out.append("")
    out.append("%s: https://www.%s/gp/help/customer/display.html?ref_=TE_tex_cs" % (L["help"], d["mp"]))
    out.append("")
    out.append(L["closing"])
    out.append(L["sig"])
    out.append("_" * 70)
    out.append("")
    for s in L["security"]:
        out.append(s)
        out.append("")
    if L["legal"]:
        out.append(L["legal"])
        out.append("")
    out.append(L["noreply"])
    return "\n".join(out) + "\n"


def amazon_html(d, charset="UTF-8"):
    """HTML laid out like the real order mails (nested tables, header navigation,
    criticalInfo block, item list, closing, legal copy)."""
    L = d["L"]
    mp = d["mp"]
    rtl = d.get("rtl", False)
    evil = d.get("href")  # look-alikes: every link leads here
    h = lambda path: evil or "https://www.%s%s" % (mp, path)
    align = "left" if rtl else "right"
    dir_attr = ' dir="rtl"' if rtl else ""
    rows = []
    for it in d.get("items", []):
        seller = '<br /><span style="color:#666;">%s: %s</span>' % (esc(L["seller"]), esc(it[3])) if len(it) > 3 else ""
        rows.append(
            '<tr> \n <td class="photo"> <a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SS75_.jpg" width="75" height="75" alt="" /></a> </td> \n'
            ' <td class="name"> <a href="%s">%s</a><br /><span style="color:#666;">%s: %s</span>%s </td> \n'
            ' <td class="price"> <strong>%s</strong> </td> \n</tr>' % (
                h("/dp/B0" + hexs(8).upper()), b64tok(11).replace("/", "L").replace("+", "K"),
                h("/gp/r.html"), esc(it[0]), esc(L["qty"]), esc(str(it[1])), seller, esc(it[2])))
    paras = "".join("<p>%s</p> " % linkify(p, evil) for p in d["paras"])
    after = "".join("<p>%s</p> " % linkify(p, evil) for p in d.get("after", []))
    sec = "".join("<p>%s</p>" % linkify(s, evil) for s in L["security"])
    button = ""
    if d.get("button"):
        button = ('<table class="buttonComponent" width="222"> <tbody><tr> <td style="width:100%%; vertical-align:middle;" align="center" valign="middle" width="100%%" height="47"> '
                  '<a class="buttonComponentLink" href="%s">%s</a> </td> </tr></tbody></table>') % (
            d["button"][1] if len(d["button"]) > 1 else h("/gp/css/order-history"), esc(d["button"][0]))
    order_line = ""
    if d.get("order"):
        order_line = '%s <a href="%s">%s</a>' % (esc(L["order"]), h("/gp/css/summary/edit.html?orderID=" + d["order"]), esc(d["order"]))
    total = ""
    if d.get("total"):
        total = '<table id="criticalInfo" cellpadding="0"> <tbody><tr class="detailsContent"> <td> <span>%s:</span> <b>%s</b> </td> </tr></tbody></table>' % (
            esc(d.get("total_label", L["total"])), esc(d["total"]))
    items = ""
    if rows:
        items = ('<table id="orderDetails" cellpadding="0"> <tbody><tr> <td> <h3>%s</h3> </td> </tr></tbody></table> \n'
                 '<table id="itemDetails" cellpadding="0"> <tbody>\n%s\n</tbody></table>') % (esc(d.get("items_label", L["items"])), "\n".join(rows))
    return """<!DOCTYPE html>
<html xmlns="https://www.w3.org/1999/xhtml"%(dir)s>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <style type="text/css">
%(style)s  </style>
 </head>
 <body%(dir)s><img width="1" height="1" src="https://www.%(mp)s/gp/r.html?R=%(r)s&amp;T=O&amp;U=%(u)s" />
  <table id="container" cellpadding="0">
   <tbody><tr>
    <td class="frame">
     <table id="main" cellpadding="0">
      <tbody>
       <tr>
        <td>
         <table id="header" cellpadding="0">
          <tbody>
           <tr>
            <td rowspan="2" class="logo"><a href="%(home)s"><img src="https://m.media-amazon.com/images/G/09/x-locale/common/transparent-pixel._CB485935036_.gif" alt="%(brand)s" /></a></td>
            <td class="navigation" style="text-align:%(align)s;">
             <a href="%(orders)s">%(nav0)s</a> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> <a href="%(acct)s">%(nav1)s</a> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> <a class="last" href="%(home)s">%(brand)s</a>
            </td>
           </tr>
           <tr>
            <td class="title" style="text-align:%(align)s;"> <h2>%(title)s</h2> %(order_line)s </td>
           </tr>
          </tbody>
         </table> </td>
       </tr>
       <tr>
        <td>
         <table id="summary" cellpadding="0">
          <tbody><tr>
           <td><span class="heading">%(greeting)s</span> %(paras)s %(button)s </td>
          </tr></tbody>
         </table> </td>
       </tr>
       <tr><td> %(total)s </td></tr>
       <tr><td> %(items)s </td></tr>
       <tr><td> %(after)s </td></tr>
       <tr>
        <td>
         <table id="closing" cellpadding="0">
          <tbody><tr>
           <td> <a href="%(help)s">%(helpl)s</a> <p><br />%(closing)s<br /> <span class="signature"> <strong>%(sig)s</strong> </span> </p> </td>
          </tr></tbody>
         </table> </td>
       </tr>
       <tr>
        <td>
         <table id="legalCopy" cellpadding="0">
          <tbody><tr>
           <td> %(sec)s <p>%(legal)s</p> <p>%(noreply)s</p> </td>
          </tr></tbody>
         </table> </td>
       </tr>
      </tbody>
     </table> </td>
   </tr></tbody>
  </table>
 </body>
</html>
""" % dict(dir=dir_attr, cs=charset, style=AMZ_STYLE, mp=mp, r=b64tok(14).replace("/", "X").replace("+", "Y"),
           u=hexs(16), home=h("/ref=TE_g"), brand=esc(d["brand"]), align=align, orders=h("/gp/css/order-history?ref_=TE_yo"),
           acct=h("/gp/css/homepage.html?ref_=TE_ya"), nav0=esc(L["nav"][0]), nav1=esc(L["nav"][1]), title=esc(d["title"]),
           order_line=order_line, greeting=esc(d["greeting"]), paras=paras, button=button, total=total, items=items,
           after=after, help=h("/gp/help/customer/display.html?ref_=TE_cs"), helpl=esc(L["help"]), closing=esc(L["closing"]),
           sig=esc(L["sig"]), sec=sec, legal=esc(L["legal"]), noreply=esc(L["noreply"]))


def simple_html(body, charset="UTF-8", rtl=False, title="", head_extra=""):
    d = ' dir="rtl"' if rtl else ""
    return ("<html%s><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">"
            "<title>%s</title>%s</head>\n<body%s style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;\">\n%s\n</body></html>\n") % (
        d, charset, esc(title), head_extra, d, body)


def paras_html(paras, href=None):
    return "\n".join("<p>%s</p>" % linkify(p, href).replace("\n", "<br>\n") for p in paras)


def amazon_headers(mp, brand, local, to, subject, date, subj_cs="utf-8", auth=False, reply=True, region="us-west-2"):
    hs = []
    if auth:
        hs.append(("Authentication-Results", auth_results(mp, "bounces." + mp)))
        hs.append(("DKIM-Signature", dkim_sig(mp)))
    hs += [("From", addr(brand, "%s@%s" % (local, mp)))]
    if reply:
        hs.append(("Reply-To", "no-reply@" + mp))
    hs += [("To", to), ("Subject", hdr(subject, subj_cs)), ("Date", format_datetime(date)),
           ("Message-ID", ses_msgid(region)), ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
           ("Feedback-ID", "1.%s.%s:AmazonSES" % (region, b64tok(40).replace("/", "x").replace("+", "z")))]
    return hs


def plain_headers(frm, to, subject, date, subj_cs="utf-8", extra=(), msgid_dom="mail.example.com"):
    hs = list(extra) + [("From", frm), ("To", to), ("Subject", hdr(subject, subj_cs)),
                        ("Date", format_datetime(date)), ("Message-ID", "<%s.%s@%s>" % (hexs(16), hexs(8), msgid_dom))]
    return hs


MAILS = []  # filled by the per-language sections below


def add(kind, lang, cause, states_reason, marketplace, note, headers, parts):
    MAILS.append(dict(kind=kind, lang=lang, cause=cause, states_reason=states_reason,
                      marketplace=marketplace, note=note, headers=headers, parts=parts))


def amazon_mail(kind, lang, mp, brand, d, layout, headers, cause, states_reason, marketplace, note,
                plain_cs="utf-8", plain_cte="quoted-printable", html_cs="utf-8", html_cte="quoted-printable"):
    """A mail built on the Amazon template: genuine notices, genuine non-notices
    and polished look-alikes (d['href'] set)."""
    d = dict(d)
    d.setdefault("L", loc(lang, mp, brand))
    d["mp"], d["brand"] = mp, brand
    d.setdefault("rtl", lang == "ar")
    parts = []
    if layout in ("plain", "alt"):
        parts.append(("plain", amazon_plain(d), plain_cs, plain_cte))
    if layout in ("html", "alt"):
        parts.append(("html", amazon_html(d, html_cs.upper()), html_cs, html_cte))
    add(kind, lang, cause, states_reason, marketplace, note, headers, parts)


def tz(h):
    return timezone(timedelta(hours=h))


# =================================================================== JAPANESE
def ja():
    mp, br = "amazon.co.jp", "Amazon.co.jp"
    J = 9

    # ---------------- notices ----------------
    o = order_no("250")
    amazon_mail("notice", "ja", mp, br, dict(
        title="ご注文のキャンセルのお知らせ", order=o, greeting="佐藤 陽菜 様",
        paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
               "誠に申し訳ございませんが、以下の商品は仕入先からの入荷の見込みが立たなくなり、お届けすることができなくなったため、ご注文をキャンセルさせていただきました。ご迷惑をおかけしましたことを深くお詫び申し上げます。",
               "キャンセルされた商品の代金は請求されません。クレジットカードでのお支払いの場合、ご利用明細に一時的な与信（オーソリゼーション）が表示されることがありますが、カード会社の処理により自動的に取り消されます。"],
        items=[("タイガー魔法瓶 真空断熱ボトル 600ml スクリュー マグボトル MMZ-K060-KM", 1, "￥2,980", "Amazon.co.jp")],
        total="￥2,980",
        after=["この商品は、他の出品者から購入できる場合があります。商品ページで在庫状況をご確認ください。",
               "注文履歴: https://www.amazon.co.jp/gp/css/order-history"]),
        "alt", amazon_headers(mp, br, "order-update", "hina.sato@example.com",
                              "Amazon.co.jp ご注文 %s の商品のキャンセルについて" % o, rand_date(J), auth=True),
        "inventory_shortage", True, mp, "supplier cannot restock; HTML template + text, QP, DKIM/DMARC pass")

    o = order_no("249")
    amazon_mail("notice", "ja", mp, br, dict(
        title="ご注文のキャンセル（お支払いについて）", order=o, greeting="鈴木 大輔 様",
        paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
               "ご注文（注文番号: %s）について、ご登録のクレジットカード（VISA 末尾 4821）でのお支払いが承認されませんでした。カードの有効期限が切れているか、カード会社によって決済が承認されなかった可能性があります。" % o,
               "先日お送りしたEメールにてお支払い方法の変更をお願いしておりましたが、お支払い期限までに変更が確認できなかったため、ご注文をキャンセルいたしました。",
               "引き続き商品の購入をご希望の場合は、有効なお支払い方法をご登録のうえ、改めてご注文ください。"],
        items=[("Anker Nano Power Bank (10000mAh, 30W) ブルー", 1, "￥5,990", "アンカー・ダイレクト")],
        total="￥5,990",
        after=["お支払い方法の確認・変更はこちら: https://www.amazon.co.jp/cpe/yourpayments/wallet"]),
        "plain", amazon_headers(mp, br, "payments-messages", "daisuke.suzuki@example.net",
                                "Amazon.co.jp: お支払い方法の問題によりご注文をキャンセルしました", rand_date(J),
                                subj_cs="iso-2022-jp"),
        "payment_issue", True, mp, "card not authorised, revision deadline missed; text-only ISO-2022-JP",
        plain_cs="iso-2022-jp", plain_cte="7bit")

    o = order_no("503")
    amazon_mail("notice", "ja", mp, br, dict(
        title="ご注文のキャンセルについて", order=o, greeting="高橋 美咲 様",
        paras=["このたびはAmazon.co.jpをご利用いただき、誠にありがとうございます。",
               "ご注文いただいた下記の商品につきまして、システムの不具合により、商品ページに誤った価格（￥1,280）が表示されていたことが判明いたしました。正しい販売価格は￥12,800です。",
               "誤った価格でのご注文はお受けすることができないため、誠に勝手ながら、本ご注文をキャンセルさせていただきました。お客様へのご請求は発生しておりません。ご不便をおかけしましたことを心よりお詫び申し上げます。"],
        items=[("象印 電気ケトル 1.0L CK-DB10-WA ホワイト", 1, "￥1,280", "Amazon.co.jp")],
        button=("注文履歴を表示",),
        after=["正しい価格でのご購入をご希望の場合は、改めて商品ページからご注文ください。"]),
        "html", amazon_headers(mp, br, "order-update", "misaki.takahashi@example.org",
                               "Amazon.co.jp ご注文のキャンセルに関するお知らせ", rand_date(J), auth=True),
        "technical_issue", True, mp, "pricing error caused by system fault; HTML-only base64",
        html_cte="base64")

    o = order_no("250")
    body = """石井 亮 様

Amazon.co.jpをご利用いただき、ありがとうございます。

お客様のAmazon.co.jpアカウントにおいて、通常とは異なるご利用（新しい端末からのサインインの試行およびお支払い方法の変更）が確認されました。お客様のアカウントとお支払い情報を保護するため、アカウントを一時的に保留にし、保留中のご注文をキャンセルいたしました。

キャンセルされたご注文:
注文番号: {o}
商品: Nintendo Switch（有機ELモデル） Joy-Con(L)/(R) ホワイト
数量: 1
金額: ￥37,980

このご注文に対するお支払いは請求されません。

アカウントを再度ご利用いただくには、Amazon.co.jpのウェブサイトまたはショッピングアプリからサインインし、画面に表示される案内に従って本人確認の手続きを行ってください。安全のため、このEメールのリンクは使用せず、ブラウザに直接「www.amazon.co.jp」と入力してアクセスしてください。

本人確認が完了した後、必要に応じて改めてご注文ください。

Amazon.co.jpが、Eメール、SMS、電話でパスワード、クレジットカードのセキュリティコード、ワンタイムパスワードをお尋ねすることはありません。また、Amazonギフトカードでのお支払いを求めることもありません。

Amazon.co.jpを装った不審なEメールやSMSについては、以下のヘルプページをご確認ください。
https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201909110

今後ともAmazon.co.jpをよろしくお願いいたします。

Amazon.co.jp カスタマーサービス
https://www.amazon.co.jp/gp/help/customer/contact-us
""".format(o=o)
    add("notice", "ja", "fraud_prevention", True, mp, "account put on hold after unusual activity, pending order cancelled; cs-reply, text 8bit",
        amazon_headers(mp, br, "cs-reply", "ryo.ishii@example.com",
                       "Amazon.co.jp アカウントの確認とご注文のキャンセルについて", rand_date(J), reply=False),
        [("plain", body, "utf-8", "8bit")])

    o = order_no("250")
    amazon_mail("notice", "ja", mp, br, dict(
        title="ご注文のキャンセルを承りました", order=o, greeting="伊藤 翔太 様",
        paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
               "お客様のご依頼により、以下のご注文をキャンセルいたしました。",
               "キャンセル理由: お客様によるキャンセル"],
        items=[("KIOXIA microSDXCカード 128GB EXCERIA PLUS UHS-I U3", 1, "￥1,780", "Amazon.co.jp"),
               ("サンワサプライ USB Type-Cカードリーダー ADR-3TCMS6BK", 1, "￥1,518", "Amazon.co.jp")],
        total="￥3,298",
        after=["ご注文のキャンセルにより、請求は発生しません。Amazonポイントを利用された場合、ポイントはお客様のアカウントに戻されます。",
               "このキャンセルに心当たりがない場合は、注文履歴で内容をご確認のうえ、カスタマーサービスにお問い合わせください: https://www.amazon.co.jp/gp/help/customer/contact-us"]),
        "alt", amazon_headers(mp, br, "auto-confirm", "shota.ito@example.net",
                              "Amazon.co.jp ご注文のキャンセル: %s" % o, rand_date(J), auth=True),
        "customer_request", True, mp, "cancelled at customer's request, explicit reason line; alt QP")

    o = order_no("249")
    amazon_mail("notice", "ja", mp, br, dict(
        title="商品のキャンセルのお知らせ", order=o, greeting="山本 結衣 様",
        paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
               "ご注文 %s の以下の商品がキャンセルされましたので、お知らせいたします。この商品の代金は請求されません。" % o,
               "同じご注文のその他の商品は、引き続き発送の準備を進めております。お届け予定日は注文履歴からご確認いただけます。"],
        items=[("無印良品 ポリプロピレン収納ケース 引出式 深型 約幅34×奥行44.5×高さ30cm", 2, "￥3,980", "良品計画")],
        total="￥3,980"),
        "alt", amazon_headers(mp, br, "order-update", "yui.yamamoto@example.com",
                              "Amazon.co.jp: ご注文の一部の商品がキャンセルされました", rand_date(J)),
        "unknown", False, mp, "partial cancellation, no reason given; text ISO-2022-JP + HTML base64",
        plain_cs="iso-2022-jp", plain_cte="7bit", html_cte="base64")

    # ---------------- non-notices ----------------
    body = """中村 健 様

この度は楽天市場店「ガジェットストア アオバ」をご利用いただき、誠にありがとうございます。

大変申し訳ございません。
当店では実店舗のほか、Amazon・Yahoo!ショッピングなど複数の販売チャネルで在庫を共有しております。
在庫の反映にタイムラグが生じ、ご注文いただいた商品がすでに完売となっておりました。
誠に勝手ながら、下記のご注文はキャンセルとさせていただきました。

━━━━━━━━━━━━━━━━━━━━━━
[受注番号] 318452-20241108-0293847561
[注文日時] 2024-11-08 21:14:36
[商品名]   ワイヤレスイヤホン Bluetooth5.3 ノイズキャンセリング ブラック
[数量]     1
[合計金額] 4,580円（税込・送料無料）
[お支払方法] クレジットカード決済
━━━━━━━━━━━━━━━━━━━━━━

クレジットカードのご請求は発生いたしません。
ご利用の楽天ポイント・クーポンは、楽天市場の規定に基づき返還されます。

ご迷惑をおかけいたしましたことを、重ねてお詫び申し上げます。
今後とも当店をよろしくお願いいたします。

────────────────────
楽天市場店 ガジェットストア アオバ
運営会社：株式会社アオバトレーディング
お問い合わせ：aoba-gadget@shop.rakuten.co.jp
営業時間：平日 10:00-17:00（土日祝休み）
────────────────────
"""
    add("non_notice", "ja", None, False, None, "Rakuten shop cancels (sold out), mentions stock shared with Amazon; ISO-2022-JP",
        plain_headers(addr("楽天市場店 ガジェットストア アオバ", "aoba-gadget@shop.rakuten.co.jp", "iso-2022-jp"),
                      "ken.nakamura@example.com",
                      "【楽天市場】ご注文キャンセルのお知らせ（受注番号：318452-20241108-0293847561）",
                      datetime(2024, 11, 9, 10, 12, 5, tzinfo=tz(9)), subj_cs="iso-2022-jp", msgid_dom="shop.rakuten.co.jp"),
        [("plain", body, "iso-2022-jp", "7bit")])

    body = """小林さん

お疲れさまです。渡辺です。

先週Amazonで注文していた研修用のプロジェクターですが、お届け予定が12月上旬に延びてしまったので、私のほうで注文をキャンセルしました。
Amazonからも「ご注文のキャンセル」のメールが届いていて、請求は発生しないとのことです（注文番号 250-3371846-9920154）。

代わりに、ヨドバシで店頭在庫のある同等品を明日受け取ってきます。
領収書は経費精算で回しますので、承認をお願いします。

渡辺

> 2024/11/18 9:42 小林 直子 <n.kobayashi@example.com>:
> 渡辺さん
> 研修は26日からなので、プロジェクターが間に合うか確認してもらえますか？
> 小林
"""
    add("non_notice", "ja", None, False, None, "colleague says he cancelled his Amazon order himself; base64",
        plain_headers(addr("渡辺 健二", "k.watanabe@example.com"), addr("小林 直子", "n.kobayashi@example.com"),
                      "Re: 来週の研修用プロジェクターの件", datetime(2024, 11, 18, 13, 5, 41, tzinfo=tz(9)),
                      extra=[("In-Reply-To", "<%s@example.com>" % hexs(20)), ("X-Mailer", "Microsoft Outlook 16.0")],
                      msgid_dom="example.com"),
        [("plain", body, "utf-8", "base64")])

    text = """━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 ネットセキュリティ通信 第148号  2024年11月号
━━━━━━━━━━━━━━━━━━━━━━━━━━━━

■ 今月のトピック: Amazonを装った「注文キャンセル」フィッシング

ここ数週間、Amazonをかたり「ご注文がキャンセルされました」と通知するフィッシングメールの報告が増えています。確認されている件名の例は次のとおりです。

  ・「【Amazon】お支払い方法に問題があるため、ご注文はキャンセルされました」
  ・「Amazon.co.jp: ご注文 #250-XXXXXXX-XXXXXXX のキャンセルについて」
  ・「アカウントが一時停止されました。24時間以内に確認しない場合、注文はキャンセルされます」

これらのメールは本物の通知によく似たデザインで、リンク先は amazon.co.jp に似せた別のドメインになっています。リンクを開くと、ログイン情報やクレジットカード情報を入力させる偽のページが表示されます。

■ 見分けるポイント
  ・送信元アドレスのドメインをよく確認する（amazon-co-jp.xxx、amaz0n など）
  ・メール内のリンクは使わず、アプリやブックマークから注文履歴を確認する
  ・電話番号への連絡を促すメールは特に注意する

本物の注文状況は、Amazonの「注文履歴」で確認できます。

■ 編集後記
年末商戦に向けて、この種のメールはさらに増えると予想されます。ご家族にもぜひ共有してください。

─────────────────────
配信停止: https://security-letter.example.net/unsubscribe?id=88213
発行: ネットセキュリティ通信編集部
─────────────────────
"""
    html = simple_html("<div style=\"max-width:600px;margin:0 auto;\">\n" + paras_html(text.split("\n\n")) + "\n</div>",
                       title="ネットセキュリティ通信 第148号")
    add("non_notice", "ja", None, False, None, "security newsletter quoting fake Amazon cancellation subjects; alt QP",
        plain_headers(addr("ネットセキュリティ通信", "news@security-letter.example.net"), "subscriber-2231@example.com",
                      "【注意喚起】Amazonを装った「注文キャンセル」メールが急増しています（第148号）",
                      rand_date(J), extra=[("List-Unsubscribe", "<https://security-letter.example.net/unsubscribe?id=88213>")],
                      msgid_dom="security-letter.example.net"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")])

    o = order_no("250")
    amazon_mail("non_notice", "ja", mp, br, dict(
        title="訪問予約のキャンセル", order=o, greeting="加藤 陽子 様",
        paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
               "ご注文 %s に含まれる「壁掛けテレビ取付サービス」の訪問予約（2024年12月7日（土） 13:00-15:00）は、施工業者の都合によりキャンセルとなりました。ご迷惑をおかけして申し訳ございません。" % o,
               "ご注文の商品（テレビ本体および取付サービス）はキャンセルされておりません。商品は予定どおりお届けします。",
               "新しい訪問日時は、下記のリンクから改めてご予約ください。\nhttps://www.amazon.co.jp/hz/services/appointment?orderId=%s" % o]),
        "alt", amazon_headers(mp, br, "no-reply", "yoko.kato@example.org",
                              "Amazon.co.jp: 取付・設置サービスの訪問予約がキャンセルされました", rand_date(J)),
        None, False, None, "installation appointment cancelled, order itself kept; alt QP")

    body = """松本 優子 様

Kindle Unlimitedをご利用いただき、ありがとうございます。

Kindle Unlimited 会員登録のキャンセル手続きが完了しました。
現在の会員期間の終了日（2025年2月14日）まで、引き続きKindle Unlimitedの対象タイトルをお楽しみいただけます。終了日以降、次回の会費（月額 980円）は請求されません。

終了日以降、Kindle Unlimitedで利用中のタイトルはお使いの端末やアプリから自動的に削除されますが、ハイライトやメモはお客様のアカウントに保存されます。

Kindle Unlimitedに再登録される場合は、こちらから手続きいただけます:
https://www.amazon.co.jp/kindle-dbs/hz/subscribe/ku

会員登録の管理:
https://www.amazon.co.jp/kindle-dbs/ku/ku-central

Amazon.co.jp
このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。
"""
    add("non_notice", "ja", None, False, None, "Kindle Unlimited subscription cancelled; text base64",
        amazon_headers(mp, br, "digital-no-reply", "yuko.matsumoto@example.com",
                       "Kindle Unlimited 会員登録のキャンセル手続きが完了しました", rand_date(J)),
        [("plain", body, "utf-8", "base64")])

    o = order_no("250")
    amazon_mail("non_notice", "ja", mp, br, dict(
        title="お支払い方法の更新のお願い", order=o, greeting="井上 拓也 様",
        paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
               "ご注文 %s について、ご登録のクレジットカード（Mastercard 末尾 0937）でのお支払いが承認されませんでした。ご注文はまだキャンセルされていません。" % o,
               "2024年12月3日までに、お支払い方法を更新してください。期日までに更新が確認できない場合、ご注文はキャンセルされます。",
               "お支払い方法の更新は、Amazon.co.jpにサインインし、注文履歴の「お支払い方法の変更」から行ってください: https://www.amazon.co.jp/gp/css/order-history"],
        items=[("ダイソン Dyson Purifier Hot+Cool 空気清浄ファンヒーター HP07 WS", 1, "￥79,800", "Amazon.co.jp")],
        items_label="ご注文の商品", total="￥79,800", total_label="ご請求予定額",
        button=("お支払い方法を更新",)),
        "alt", amazon_headers(mp, br, "payments-messages", "takuya.inoue@example.net",
                              "Amazon.co.jp: お支払い方法を更新してください（ご注文 %s）" % o,
                              datetime(2024, 11, 28, 8, 41, 12, tzinfo=tz(9)), auth=True),
        None, False, None, "genuine payment reminder, order will be cancelled if not updated; DKIM pass")

    # ---------------- look-alikes ----------------
    o = order_no("250")
    body = """Amazon.co.jp をご利用いただきありがとうございます。

お客様のご依頼により、以下のご注文はキャンセルされました。

注文番号: #{o}
商品: Apple iPhone 15 Pro 256GB ナチュラルチタニウム SIMフリー
数量: 1
返金予定額: ￥159,800

このキャンセルにお心当たりがない場合、第三者による不正アクセスの可能性があります。
ご返金の手続きおよびアカウント保護のため、直ちにAmazonサポートセンターまでお電話ください。

  Amazonサポートセンター（24時間受付）
  TEL: 050-6875-3321

※お電話の際は、本人確認のため注文番号をお伝えください。
※24時間以内にご連絡がない場合、返金手続きは自動的に完了し、取り消すことはできません。

Amazon.co.jp カスタマーサービス
""".format(o=o)
    add("lookalike", "ja", "customer_request", True, None, "callback phone scam, 'you cancelled it', look-alike support domain",
        plain_headers(addr("Amazon.co.jp", "support@amazon-jp-cs.com"), "mika.hayashi@example.com",
                      "ご注文のキャンセルを受け付けました #%s" % o, rand_date(J), msgid_dom="amazon-jp-cs.com"),
        [("plain", body, "utf-8", "quoted-printable")])

    evil = "https://amazon-co-jp.acc-security.net/ap/verify?c=738205&u=" + hexs(10)
    text = """お客様各位

いつもAmazonをご利用いただきありがとうございます。

お客様のアカウントで異常なサインインが検出されたため、アカウントを一時停止し、処理中のご注文（注文番号: 503-2290471-8816630）をキャンセルいたしました。

アカウントの停止を解除するには、以下の確認コードを使用して本人確認を完了してください。

  確認コード: 738205

本人確認ページ: https://www.amazon.co.jp/ap/verify

48時間以内に本人確認が完了しない場合、アカウントは永久に停止され、登録されているAmazonギフトカード残高およびポイントは失効します。

Amazon.co.jp セキュリティチーム
"""
    html = simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="background:#232f3e;padding:14px 20px;"><span style="color:#fff;font-size:22px;font-weight:bold;">amazon</span><span style="color:#ff9900;">.co.jp</span></td></tr>
<tr><td style="padding:20px;">
<p>お客様各位</p>
<p>いつもAmazonをご利用いただきありがとうございます。</p>
<p>お客様のアカウントで異常なサインインが検出されたため、アカウントを<b>一時停止</b>し、処理中のご注文（注文番号: 503-2290471-8816630）を<b>キャンセル</b>いたしました。</p>
<p>アカウントの停止を解除するには、以下の確認コードを使用して本人確認を完了してください。</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center;font-weight:bold;">738205</p>
<p style="text-align:center;"><a href="%s" style="background:#ffa41c;color:#111;padding:10px 30px;border-radius:4px;text-decoration:none;">https://www.amazon.co.jp/ap/verify</a></p>
<p>48時間以内に本人確認が完了しない場合、アカウントは永久に停止され、登録されているAmazonギフトカード残高およびポイントは失効します。</p>
<p>Amazon.co.jp セキュリティチーム</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#777;">© 1996-2024, Amazon.com, Inc. or its affiliates</td></tr>
</table>""" % evil)
    add("lookalike", "ja", "fraud_prevention", True, None, "Cyrillic 'А' in display name, account suspended + code, amazon.co.jp.evil domain",
        plain_headers(addr("Аmazon.co.jp", "no-reply@amazon.co.jp.acc-security.net"), "tomoko.kimura@example.net",
                      "【重要】アカウント一時停止のお知らせ・ご注文はキャンセルされました", rand_date(J),
                      msgid_dom="acc-security.net"),
        [("plain", text, "utf-8", "base64"), ("html", html, "utf-8", "base64")])

    body = """尊敬するお客様：

あなたのAmazon注文の支払いカードは失敗しました、注文はキャンセルされた。
注文を回復する為に、下記の情報をこのメールに返信して下さい。

・カード名義人
・カード番号
・有効期限（月/年）
・セキュリティコード（裏面3桁）
・生年月日

24時間以内に返信がない場合、アカウントは利用停止になります。

Amazon
"""
    add("lookalike", "ja", "payment_issue", True, None, "crude gmail sender, reply with card details, no order number",
        plain_headers(addr("Amazon カスタマー", "amazonjp.cancel.center@gmail.com"), "undisclosed-recipients:;",
                      "【重要】お支払失敗 注文はキャンセルされた", rand_date(J), msgid_dom="mail.gmail.com"),
        [("plain", body, "utf-8", "8bit")])

    evil = "https://amazon-co-jp.mail-notify.com/jp/signin?ref=ord_cxl&sid=" + hexs(24)
    bad = "250-482619-77104581"
    dom = "amazon-co-jp.mail-notify.com"
    hs = [("Authentication-Results", auth_results(dom, dom))] + plain_headers(
        addr("Amazon.co.jp", "auto-confirm@" + dom), "akira.yoshida@example.com",
        "Amazon.co.jp ご注文のキャンセル: %s" % bad, rand_date(J), msgid_dom=dom)
    amazon_mail("lookalike", "ja", mp, br, dict(
        title="ご注文のキャンセル", order=bad, greeting="お客様", href=evil,
        paras=["Amazon.co.jpをご利用いただき、ありがとうございます。",
               "ご注文時にご登録いただいたお支払い情報の確認ができなかったため、以下のご注文はキャンセルされました。",
               "24時間以内にお支払い情報を更新していただくと、ご注文は自動的に復元され、通常どおり発送されます。更新は下記のページから行ってください。",
               "https://www.amazon.co.jp/gp/css/order-history?orderID=" + bad],
        button=("お支払い情報を更新する",),
        items=[("Sony WH-1000XM5 ワイヤレスノイズキャンセリングヘッドホン ブラック", 1, "￥49,500", "Amazon.co.jp")],
        total="￥49,500"),
        "alt", hs, "payment_issue", True, None,
        "polished copy of template, link text amazon.co.jp but href elsewhere, malformed order no., DKIM pass for look-alike domain")

    evil = "http://amaz0n-co-jp.com/verify/index.php?id=" + hexs(16)
    html = simple_html("""<div style="max-width:560px;margin:auto;border:1px solid #e7e7e7;padding:24px;">
<div style="font-size:24px;font-weight:bold;">amazon<span style="color:#ff9900;">.co.jp</span></div>
<hr>
<p>Amazon プライム会員 様</p>
<p>お客様のアカウントで、お支払い方法の本人確認（3Dセキュア認証）が完了していません。本人確認が完了するまで、ご注文 249-5120388-7741926 は保留されています。</p>
<p><b style="color:#c40000;">24時間以内に確認が完了しない場合、ご注文は自動的にキャンセルされ、アカウントの利用が制限されます。</b></p>
<p style="text-align:center;margin:28px 0;"><a href="%s" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 40px;color:#0f1111;text-decoration:none;">今すぐ確認する</a></p>
<p style="font-size:12px;color:#565959;">このメールは送信専用です。Amazonがパスワードをお尋ねすることはありません。</p>
</div>""" % evil)
    add("lookalike", "ja", "fraud_prevention", True, None, "Greek homoglyphs in display name, amaz0n domain, 'will be cancelled' unless verified; HTML-only QP",
        plain_headers(addr("Αmazοn.co.jp", "info@amaz0n-co-jp.com"), "satoshi.mori@example.org",
                      "ご注文は24時間以内にキャンセルされます – 本人確認のお願い", rand_date(J), msgid_dom="amaz0n-co-jp.com"),
        [("html", html, "utf-8", "quoted-printable")])

    text = """お客様

Amazon.co.jpをご利用いただき、ありがとうございます。

誠に申し訳ございませんが、ご注文の商品は在庫切れのため、出品者がお届けできなくなり、ご注文はキャンセルされました。

注文番号: 250-7734-11902873
商品名: Panasonic ドラム式洗濯乾燥機 NA-LX129CL
ご返金額: 298,000円

ご返金を受け取るには、下記の返金申請フォームにて、返金先の銀行口座（金融機関名・支店名・口座番号・暗証番号）をご入力ください。
返金申請フォーム: https://amazon-orders.help/jp/refund/form?no=77341190

7日以内にお手続きがない場合、返金はAmazonギフトカードで行われます。

Amazon.co.jp 返金センター
"""
    html = simple_html(paras_html(text.split("\n\n")), title="返金手続きのご案内")
    add("lookalike", "ja", "inventory_shortage", True, None, "out-of-stock pretext, refund form asks bank account + PIN, amazon-orders.help, malformed order no.",
        plain_headers(addr("Amazon.co.jp 返金センター", "refund@amazon-orders.help", "iso-2022-jp"), "naoki.shimizu@example.com",
                      "Amazon.co.jp ご注文の商品は在庫切れのためキャンセルされました【返金手続きのご案内】", rand_date(J),
                      subj_cs="iso-2022-jp", msgid_dom="amazon-orders.help"),
        [("plain", text, "iso-2022-jp", "7bit"), ("html", html, "utf-8", "quoted-printable")])

    html = simple_html("""<p>親愛なるお客様</p>
<p>あなたの注文がキャンセルされました，詳細については以下のリンクからログインして確認して下さい。</p>
<p><a href="http://amazon.co.jp.order-cancel.cn/login">ログインして確認</a></p>
<p>確認しない場合は、アカウントの機能が制限される場合がございます。</p>
<p>Amazon.co.jp</p>
<p style="color:#999;font-size:11px">© 1996-2024, Amazon.com, Inc. or its affiliates</p>""")
    add("lookalike", "ja", "unknown", False, None, "crude outlook.jp sender, no order number, no reason, amazon.co.jp.evil.cn link",
        plain_headers(addr("Amazon Japan", "amazon-jp-notice@outlook.jp"), "haruto.ogawa@example.net",
                      "Amazon ご注文がキャンセルされました", rand_date(J), msgid_dom="outlook.jp"),
        [("html", html, "utf-8", "base64")])

    evil = "https://amazon-jp.signin-secure.xyz/ap/signin?session=" + hexs(20)
    text = """お客様

いつもAmazon.co.jpをご利用いただき、誠にありがとうございます。

当社の決済システムに一時的な障害が発生したため、2024年10月12日から10月14日の間に行われた一部のご注文が正常に処理されず、自動的にキャンセルされました。お客様のご注文（注文番号: 250-1183920-5527413）も対象となっております。

大変お手数ですが、下記のページからサインインし、お支払い情報を再認証していただくことで、ご注文を元の価格で再開することができます。

https://www.amazon.co.jp/ap/signin?openid.return_to=order-restore

ご不便をおかけしますことをお詫び申し上げます。

Amazon.co.jp
"""
    html = simple_html(paras_html(text.split("\n\n"), evil), title="Amazon.co.jp")
    add("lookalike", "ja", "technical_issue", True, None, "'system failure' pretext, yahoo.co.jp sender, link text amazon.co.jp but href elsewhere",
        plain_headers(addr("Amazon.co.jp 注文処理センター", "amzn_order_center@yahoo.co.jp"), "kaori.fujita@example.com",
                      "Amazon.co.jp: システムエラーによるご注文キャンセルのお知らせ",
                      datetime(2024, 10, 15, 19, 22, 3, tzinfo=tz(9)), msgid_dom="mail.yahoo.co.jp"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")])


# =================================================================== TURKISH
def tr():
    mp, br = "amazon.com.tr", "Amazon.com.tr"
    T = 3

    # ---------------- notices ----------------
    o = order_no("406")
    amazon_mail("notice", "tr", mp, br, dict(
        title="Sipariş İptali", order=o, greeting="Merhaba Elif Yılmaz,",
        paras=["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
               "Maalesef aşağıdaki ürünü tedarikçimizden temin edemediğimiz için siparişinizden iptal etmek zorunda kaldık. Ürün stokta kalmadı ve yeniden stoğa gireceğine dair bir tarih bilgisi alamadık. Yaşattığımız bu durum için özür dileriz.",
               "İptal edilen ürün için sizden ücret alınmadı. Kartınızda bir provizyon (ön otorizasyon) görünüyorsa, bankanıza bağlı olarak birkaç iş günü içinde otomatik olarak kaldırılacaktır."],
        items=[("Philips Airfryer XXL HD9650/90 Akıllı Sensörlü Fritöz", 1, "7.499,00 TL", "Amazon.com.tr")],
        total="7.499,00 TL",
        after=["Aynı ürünü diğer satıcılardan satın alabilirsiniz; güncel teklifler için ürün sayfasını ziyaret edin."]),
        "plain", amazon_headers(mp, br, "order-update", "elif.yilmaz@example.com",
                                "Amazon.com.tr siparişinizden bir ürün iptal edildi", rand_date(T),
                                subj_cs="iso-8859-9", region="eu-west-1"),
        "inventory_shortage", True, mp, "supplier out of stock; text-only ISO-8859-9 QP",
        plain_cs="iso-8859-9", plain_cte="quoted-printable")

    o = order_no("403")
    amazon_mail("notice", "tr", mp, br, dict(
        title="Siparişiniz iptal edildi", order=o, greeting="Merhaba Burak Demir,",
        paras=["%s numaralı siparişinizin ödemesini alamadık. Kayıtlı kredi kartınız (Mastercard, son dört hanesi 5512) bankanız tarafından reddedildi." % o,
               "Size daha önce gönderdiğimiz e-postada ödeme bilgilerinizi güncellemenizi rica etmiştik. Ödeme revizyonu belirtilen süre içinde yapılmadığı için siparişinizi iptal ettik.",
               "Ürünleri hâlâ satın almak istiyorsanız geçerli bir ödeme yöntemi ekledikten sonra yeni bir sipariş verebilirsiniz."],
        items=[("Apple AirPods Pro (2. nesil) MagSafe Şarj Kutusu (USB-C)", 1, "8.999,00 ₺", "Amazon.com.tr")],
        total="8.999,00 ₺",
        after=["Ödeme yöntemlerinizi yönetin: https://www.amazon.com.tr/cpe/yourpayments/wallet"]),
        "alt", amazon_headers(mp, br, "payments-messages", "burak.demir@example.net",
                              "Amazon.com.tr siparişiniz %s iptal edildi" % o, rand_date(T), auth=True, region="eu-west-1"),
        "payment_issue", True, mp, "card declined, payment revision not made in time; alt QP, DKIM/DMARC pass")

    o = order_no("405")
    amazon_mail("notice", "tr", mp, br, dict(
        title="Sipariş İptali", order=o, greeting="Merhaba Zeynep Kaya,",
        paras=["Amazon.com.tr'den alışveriş yaptığınız için teşekkür ederiz.",
               "Aşağıdaki ürünün sayfasında oluşan bir fiyatlandırma hatası nedeniyle ürün, 2.490,00 TL yerine 249,00 TL olarak listelenmiştir. Sistemimizdeki bu hata nedeniyle siparişinizi iptal ettik ve sizden herhangi bir ücret alınmadı.",
               "Bu durumdan dolayı yaşadığınız rahatsızlık için özür dileriz. Ürünü güncel fiyatıyla satın almak isterseniz ürün sayfasından yeni bir sipariş verebilirsiniz."],
        items=[("Braun Series 5 51-B1000s Islak & Kuru Tıraş Makinesi", 1, "249,00 TL", "Amazon.com.tr")],
        button=("Siparişlerim'i görüntüle",)),
        "html", amazon_headers(mp, br, "order-update", "zeynep.kaya@example.org",
                               "Siparişinizle ilgili önemli bilgi: Amazon.com.tr", rand_date(T), region="eu-west-1"),
        "technical_issue", True, mp, "pricing error in listing; HTML-only base64", html_cte="base64")

    o = order_no("405")
    body = """Merhaba Emre Şahin,

Amazon.com.tr hesabınızda olağandışı bir etkinlik tespit ettik: yeni bir cihazdan oturum açıldı ve kayıtlı teslimat adresiniz değiştirildi. Hesabınızı ve ödeme bilgilerinizi korumak için hesabınızı geçici olarak beklemeye aldık ve bekleyen siparişinizi iptal ettik.

İptal edilen sipariş:
Sipariş No.: {o}
Ürün: Samsung Galaxy Tab S9 FE 128 GB Wi-Fi Gri
Tutar: 13.999,00 TL

Bu sipariş için sizden ücret alınmayacaktır.

Hesabınızı yeniden kullanmaya başlamak için Amazon.com.tr web sitesinde veya Amazon Alışveriş uygulamasında oturum açın ve ekrandaki talimatları izleyerek kimliğinizi doğrulayın. Güvenliğiniz için bu e-postadaki bağlantıları kullanmak yerine tarayıcınıza doğrudan www.amazon.com.tr yazın.

Amazon hiçbir zaman e-posta, SMS veya telefonla şifrenizi, tek kullanımlık doğrulama kodunuzu (OTP) veya kartınızın güvenlik kodunu sormaz ve sizden hediye çeki ile ödeme yapmanızı istemez.

Şüpheli e-postalar hakkında daha fazla bilgi: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=201909130

Saygılarımızla,
Amazon.com.tr Müşteri Hizmetleri
https://www.amazon.com.tr/gp/help/customer/contact-us
""".format(o=o)
    add("notice", "tr", "fraud_prevention", True, mp, "account placed on hold after unusual activity, pending order cancelled; cs-reply text 8bit, DKIM pass",
        amazon_headers(mp, br, "cs-reply", "emre.sahin@example.com",
                       "Amazon.com.tr hesabınız ve siparişiniz hakkında", rand_date(T), auth=True, reply=False, region="eu-west-1"),
        [("plain", body, "utf-8", "8bit")])

    o = order_no("403")
    amazon_mail("notice", "tr", mp, br, dict(
        title="İptal İşlemi Başarılı", order=o, greeting="Merhaba Ayşe Çelik,",
        paras=["Talebiniz üzerine aşağıdaki ürün siparişinizden iptal edilmiştir.",
               "İptal nedeni: Müşteri tarafından iptal edildi",
               "İptal edilen ürün için ödeme alınmadıysa herhangi bir ücret yansıtılmayacaktır. Ödeme alındıysa iade, kullandığınız ödeme yöntemine 3-5 iş günü içinde yapılır."],
        items=[("Tefal Ingenio Easy Cook 13 Parça Tencere Seti", 1, "3.249,00 TL", "Amazon.com.tr")],
        total="3.249,00 TL",
        after=["Bu iptal işlemini siz yapmadıysanız lütfen Siparişlerim sayfasını kontrol edin ve Müşteri Hizmetleri ile iletişime geçin: https://www.amazon.com.tr/gp/help/customer/contact-us"]),
        "alt", amazon_headers(mp, br, "auto-confirm", "ayse.celik@example.net",
                              'İptal işlemi başarılı: "Tefal Ingenio Easy Cook 13 Parça Tencere Seti"', rand_date(T),
                              subj_cs="iso-8859-9", region="eu-west-1"),
        "customer_request", True, mp, "customer cancelled item, reason line; text ISO-8859-9 8bit + HTML utf-8 QP",
        plain_cs="iso-8859-9", plain_cte="8bit")

    o = order_no("406")
    amazon_mail("notice", "tr", mp, br, dict(
        title="Siparişiniz iptal edildi", order=o, greeting="Merhaba Can Öztürk,",
        paras=["Kargo firması, siparişinizi belirttiğiniz teslimat adresine teslim edemedi. Adres eksik veya hatalı olduğu için paket bize geri gönderildi ve siparişiniz iptal edildi.",
               "Ödediğiniz tutarın tamamı, kullandığınız ödeme yöntemine iade edilecektir. İadenin hesabınıza yansıması bankanıza bağlı olarak 3-10 iş günü sürebilir.",
               "Gelecekteki siparişlerinizin sorunsuz teslim edilmesi için Hesabım > Adreslerim bölümünden adres bilgilerinizi kontrol etmenizi öneririz."],
        items=[("Xiaomi Redmi Watch 4 Akıllı Saat Obsidyen Siyahı", 1, "3.199,00 TL", "Amazon.com.tr")],
        total="3.199,00 TL"),
        "alt", amazon_headers(mp, br, "order-update", "can.ozturk@example.com",
                              "Amazon.com.tr siparişiniz %s iptal edildi" % o, rand_date(T), auth=True, region="eu-west-1"),
        "unknown", True, mp, "address undeliverable, parcel returned (reason outside the four); DKIM pass, HTML base64",
        html_cte="base64")

    # ---------------- non-notices ----------------
    text = """Merhaba Deniz,

10284739215 numaralı siparişindeki ürün, talebin doğrultusunda iptal edilmiştir.

İptal edilen ürün: Stanley Klasik Termos 1 L Yeşil
Satıcı: OutdoorMarket
Tutar: 1.899,00 TL
İptal nedeni: Başka bir sitede (Amazon) daha uygun fiyata buldum

Ödemen, kullandığın kredi kartına iade edilmek üzere bankana iletildi. İadenin kart ekstrene yansıması bankana bağlı olarak 2-10 iş günü sürebilir.

Sorularında Yardım sayfamızı ziyaret edebilirsin: https://www.trendyol.com/yardim

Trendyol'u tercih ettiğin için teşekkür ederiz.
Trendyol
"""
    html = simple_html('<div style="max-width:600px;margin:auto;"><div style="background:#f27a1a;color:#fff;padding:14px;font-size:22px;font-weight:bold;">trendyol</div>\n'
                       + paras_html(text.split("\n\n")) + "</div>", title="Siparişiniz iptal edildi")
    add("non_notice", "tr", None, False, None, "Trendyol order cancelled, reason mentions Amazon price; alt",
        plain_headers(addr("Trendyol", "noreply@trendyol.com"), "deniz.aksoy@example.com",
                      "Siparişiniz iptal edildi - Sipariş No: 10284739215", rand_date(T), msgid_dom="trendyol.com"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "base64")])

    body = """Selin selam,

Amazon'dan verdiğim kamp sandalyesi siparişini iptal ettim, teslimat 3 hafta sonraya kaymıştı. Amazon'dan "iptal edildi" maili de geldi, para iadesi kartıma yapılacakmış.

Decathlon'da aynısının biraz daha ucuzu var, cumartesi giderken mağazadan alırız bence. Sen de kendi siparişini iptal etmek istersen Siparişlerim'den iki tıkla oluyor.

Görüşürüz,
Mert

Selin Kurt <selin.kurt@example.com> şunu yazdı (12 Haz 2025 Per 21:17):
> Sandalyeler hafta sonuna yetişir mi sence?
"""
    add("non_notice", "tr", None, False, None, "friend says he cancelled his Amazon order; QP",
        plain_headers(addr("Mert Aydın", "mert.aydin@example.com"), addr("Selin Kurt", "selin.kurt@example.com"),
                      "Re: Kamp sandalyeleri", datetime(2025, 6, 13, 9, 2, 17, tzinfo=tz(3)),
                      extra=[("In-Reply-To", "<CA+%s@mail.gmail.com>" % b64tok(30).replace("/", "x"))], msgid_dom="example.com"),
        [("plain", body, "utf-8", "quoted-printable")])

    text = """Değerli Müşterimiz,

Son günlerde Amazon.com.tr'den geliyormuş gibi görünen sahte e-posta ve SMS'lerin sayısında artış gözlemliyoruz. Dolandırıcılar, aşağıdaki gibi konu satırları kullanarak sizi sahte sitelere yönlendirmeye çalışıyor:

  - "Amazon.com.tr siparişiniz iptal edildi"
  - "Ödemeniz alınamadı, siparişiniz 24 saat içinde iptal edilecek"
  - "Hesabınız askıya alındı - siparişleriniz iptal edildi"

Bu mesajlardaki bağlantılar, gerçek siteye benzeyen ancak farklı alan adlarına sahip sayfalara gider ve kart bilgilerinizi, şifrenizi veya 3D Secure doğrulama kodunuzu ister.

Kendinizi korumak için:
  - Bağlantılara tıklamadan önce gönderen adresini ve alan adını kontrol edin.
  - Sipariş durumunuzu yalnızca resmi uygulama veya sitede kontrol edin.
  - Bankamız ve Amazon sizden hiçbir zaman SMS ile gelen doğrulama kodunu istemez.
  - Şüpheli bir işlem fark ederseniz kartınızı mobil uygulamamızdan hemen geçici olarak kapatın.

Güvenli bankacılık dileğiyle,
Boğaziçi Dijital Bank

Bu e-posta bilgilendirme amaçlıdır. Bülten aboneliğinizi sonlandırmak için: https://bulten.example.com/abonelik-iptal?u=55120
"""
    html = simple_html(paras_html(text.split("\n\n")), title="Güvenlik Bülteni")
    add("non_notice", "tr", None, False, None, "bank security bulletin quoting fake Amazon cancellation subjects; alt",
        plain_headers(addr("Boğaziçi Dijital Bank Güvenlik", "guvenlik@bulten.example.com"), "musteri.88213@example.net",
                      "Güvenlik Bülteni: Sahte \"Amazon siparişiniz iptal edildi\" e-postalarına dikkat!", rand_date(T),
                      extra=[("List-Unsubscribe", "<https://bulten.example.com/abonelik-iptal?u=55120>")],
                      msgid_dom="bulten.example.com"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")])

    o = order_no("406")
    amazon_mail("non_notice", "tr", mp, br, dict(
        title="Teslimat Randevusu İptal Edildi", order=o, greeting="Merhaba Kerem Arslan,",
        paras=["%s numaralı siparişiniz için 14 Kasım Perşembe 10:00-14:00 arasına planlanan büyük ürün teslimat randevunuz, talebiniz üzerine iptal edildi." % o,
               "Siparişiniz iptal edilmedi. Ürününüz depomuzda sizin için bekletilmektedir.",
               "Yeni bir teslimat randevusu seçmek için Siparişlerim sayfasını ziyaret edin: https://www.amazon.com.tr/gp/css/order-history"]),
        "plain", amazon_headers(mp, br, "shipment-tracking", "kerem.arslan@example.org",
                                "Teslimat randevunuz iptal edildi", datetime(2024, 11, 12, 16, 40, 2, tzinfo=tz(3)),
                                subj_cs="iso-8859-9", region="eu-west-1"),
        None, False, None, "delivery appointment cancelled, order kept; ISO-8859-9 8bit",
        plain_cs="iso-8859-9", plain_cte="8bit")

    text = """Merhaba Gizem Koç,

Amazon Prime üyeliğinizin iptal edildiğini onaylıyoruz.

Prime avantajlarından 28 Şubat 2025 tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra üyeliğiniz yenilenmeyecek ve sizden aylık 39,00 TL üyelik ücreti alınmayacaktır.

Prime üyeliğinizle ücretsiz ve hızlı teslimat, Prime Video ve Prime Gaming avantajlarına sahip oldunuz. Fikrinizi değiştirirseniz üyeliğinizi dilediğiniz zaman yeniden başlatabilirsiniz:
https://www.amazon.com.tr/amazonprime

Prime üyeliğinizi yönetin: https://www.amazon.com.tr/mc/manage

Amazon.com.tr
"""
    html = simple_html('<div style="max-width:600px;margin:auto;"><div style="background:#232f3e;color:#fff;padding:12px;font-size:20px;">prime</div>\n'
                       + paras_html(text.split("\n\n")) + "</div>", title="Amazon Prime")
    add("non_notice", "tr", None, False, None, "Prime membership cancelled; alt QP",
        amazon_headers(mp, br, "no-reply", "gizem.koc@example.com",
                       "Amazon Prime üyeliğiniz iptal edildi", datetime(2025, 2, 3, 11, 8, 44, tzinfo=tz(3)), region="eu-west-1"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")])

    o = order_no("403")
    amazon_mail("non_notice", "tr", mp, br, dict(
        title="Ödeme bilgilerinizi güncelleyin", order=o, greeting="Merhaba Onur Yıldız,",
        paras=["%s numaralı siparişiniz için ödeme yönteminizden tahsilat yapamadık. Kartınızın son kullanma tarihi geçmiş olabilir veya bankanız işlemi onaylamamış olabilir." % o,
               "Siparişiniz henüz iptal edilmedi. Siparişinizin iptal edilmemesi için lütfen 22 Ekim 2024 tarihine kadar ödeme bilgilerinizi güncelleyin. Bu tarihe kadar güncelleme yapılmazsa siparişiniz iptal edilecektir.",
               "Ödeme bilgilerinizi güncellemek için Siparişlerim sayfasında ilgili siparişin yanındaki \"Ödeme yöntemini güncelle\" düğmesini kullanın: https://www.amazon.com.tr/gp/css/order-history"],
        items=[("Arçelik 3883 Isı Pompalı Kurutma Makinesi 8 kg", 1, "21.999,00 TL", "Amazon.com.tr")],
        items_label="Siparişinizdeki ürünler", total="21.999,00 TL", total_label="Sipariş tutarı",
        button=("Ödeme yöntemini güncelle",)),
        "alt", amazon_headers(mp, br, "payments-messages", "onur.yildiz@example.net",
                              "Eylem gerekiyor: %s numaralı siparişiniz için ödeme bilgilerinizi güncelleyin" % o,
                              datetime(2024, 10, 18, 7, 55, 31, tzinfo=tz(3)), auth=True, region="eu-west-1"),
        None, False, None, "genuine payment reminder before any cancellation; DKIM pass")

    # ---------------- look-alikes ----------------
    o = order_no("406")
    body = """Sayın Müşterimiz,

Talebiniz doğrultusunda aşağıdaki siparişiniz iptal edilmiştir.

Sipariş No: #{o}
Ürün: Apple iPhone 16 Pro Max 256 GB Çöl Titanyum
Tutar: 94.999,00 TL

Bu iptal talebini siz oluşturmadıysanız hesabınız üçüncü kişilerin erişimine açık olabilir. İade işleminin durdurulması ve hesabınızın güvenliği için lütfen derhal Amazon Müşteri Destek Hattı'nı arayın:

   0850 390 47 12 (7/24 ücretsiz)

Görüşme sırasında kimlik doğrulaması için sipariş numaranızı hazır bulundurun.

Amazon.com.tr Müşteri Hizmetleri
""".format(o=o)
    add("lookalike", "tr", "customer_request", True, None, "callback phone scam, 'cancelled at your request', look-alike support domain",
        plain_headers(addr("Amazon Türkiye", "destek@amazon-tr-destek.com"), "hakan.polat@example.com",
                      "Sipariş İptal Onayı #%s" % o, rand_date(T), msgid_dom="amazon-tr-destek.com"),
        [("plain", body, "utf-8", "quoted-printable")])

    evil = "https://amazon.com.tr.hesap-dogrula.info/dogrulama?k=518407&t=" + hexs(12)
    text = """Değerli Müşterimiz,

Hesabınızda şüpheli giriş denemeleri tespit edildi. Güvenliğiniz için hesabınız askıya alındı ve bekleyen siparişiniz (405-7718204-3390187) iptal edildi.

Hesabınızı yeniden etkinleştirmek için aşağıdaki doğrulama kodunu kullanın:

   Doğrulama kodu: 51 84 07

Kodu girmek için: https://www.amazon.com.tr/hesap/dogrulama

Doğrulama 24 saat içinde tamamlanmazsa hesabınız kalıcı olarak kapatılacak ve hediye çeki bakiyeniz silinecektir.

Amazon.com.tr Hesap Güvenliği Ekibi
"""
    html = simple_html("""<table width="600" align="center" style="border:1px solid #ddd;"><tr><td style="background:#131921;padding:12px;color:#fff;font-size:22px;">amazon<span style="color:#ff9900;">.com.tr</span></td></tr>
<tr><td style="padding:18px;">""" + paras_html(text.split("\n\n"), evil) + """</td></tr></table>""")
    add("lookalike", "tr", "fraud_prevention", True, None, "Cyrillic letters in display name, account suspended + code, amazon.com.tr.evil domain",
        plain_headers(addr("Аmаzоn.com.tr", "hesap-guvenligi@amazon.com.tr.hesap-dogrula.info"), "tugba.erdem@example.net",
                      "Hesabınız askıya alındı - siparişiniz iptal edildi", rand_date(T), msgid_dom="hesap-dogrula.info"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "base64")])

    body = """Sayin musterimiz,

Siparisiniz icin odeme alinamadi ve siparisiniz iptal edildi. Siparisinizi geri almak icin asagidaki bilgileri bu e-postaya cevap olarak gonderiniz:

Kart uzerindeki isim:
Kart numarasi:
Son kullanma tarihi:
CVV (kartin arkasindaki 3 hane):
TC kimlik no:

Bilgileriniz 12 saat icinde gelmezse hesabiniz kapatilacaktir.

Tesekkurler
Amazon Turkiye
"""
    add("lookalike", "tr", "payment_issue", True, None, "crude ASCII-only Turkish from gmail, reply with card details, no order number",
        plain_headers(addr("Amazon Musteri Hizmetleri", "amazontr.iptalmerkezi@gmail.com"), "undisclosed-recipients:;",
                      "ACIL: Siparisiniz iptal edildi - odeme alinamadi", rand_date(T), msgid_dom="mail.gmail.com"),
        [("plain", body, "us-ascii", "7bit")])

    evil = "https://amazon-com-tr.order-notify.net/iade/talep?oid=" + hexs(16)
    bad = "406-88231-9912034"
    dom = "amazon-com-tr.order-notify.net"
    hs = [("Authentication-Results", "mx.example.net;\n       dkim=none;\n       spf=softfail smtp.mailfrom=bounce@order-notify.net;\n       dmarc=none header.from=" + dom)] + plain_headers(
        addr("Amazon.com.tr", "siparis@" + dom), "serkan.dogan@example.com",
        "Amazon.com.tr siparişiniz %s iptal edildi" % bad, rand_date(T), msgid_dom=dom)
    amazon_mail("lookalike", "tr", mp, br, dict(
        title="Sipariş İptali", order=bad, greeting="Merhaba,", href=evil,
        paras=["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz.",
               "Ödeme altyapımızda yaşanan teknik bir sorun nedeniyle siparişiniz işlenemedi ve otomatik olarak iptal edildi. Kartınızdan çekilen tutar iade sürecine alınmıştır.",
               "İadenizin kartınıza aktarılabilmesi için 48 saat içinde hesabınıza giriş yaparak kart bilgilerinizi doğrulamanız gerekmektedir.",
               "https://www.amazon.com.tr/gp/css/order-history?orderID=" + bad],
        items=[("Sony PlayStation 5 Slim Digital Edition", 1, "22.999,00 TL", "Amazon.com.tr")],
        total="22.999,00 TL", button=("İadeyi talep et",)),
        "alt", hs, "technical_issue", True, None,
        "polished template copy, 'technical problem' pretext, link text amazon.com.tr href elsewhere, malformed order no.")

    evil = "https://amazon-tr-verify.web.app/kimlik?id=" + hexs(14)
    html = simple_html("""<div style="max-width:580px;margin:auto;font-family:Arial;">
<div style="font-size:26px;font-weight:bold;">amazon</div>
<h2 style="color:#c45500;">Siparişiniz askıya alındı</h2>
<p>Sayın Amazon müşterisi,</p>
<p>Güvenlik sistemimiz, 403-2281950-6610448 numaralı siparişinizde olağandışı bir ödeme etkinliği tespit etti. Siparişiniz şu anda incelemede.</p>
<p><b>Kimliğinizi 24 saat içinde doğrulamazsanız siparişiniz iptal edilecek ve hesabınız kısıtlanacaktır.</b></p>
<p style="margin:26px 0;"><a href="%s" style="background:#ffd814;padding:11px 34px;border-radius:20px;color:#0f1111;text-decoration:none;">Kimliğimi doğrula</a></p>
<p style="font-size:11px;color:#777;">© 2024 Amazon.com, Inc. veya bağlı kuruluşları. Tüm hakları saklıdır.</p>
</div>""" % evil)
    add("lookalike", "tr", "fraud_prevention", True, None, "Greek homoglyphs in display name, outlook sender, 'will be cancelled' unless identity verified; HTML-only",
        plain_headers(addr("Αmazοn Destek", "amazon.tr.destek@outlook.com"), "irem.sen@example.org",
                      "Siparişiniz askıya alındı: kimlik doğrulaması gerekiyor", rand_date(T), msgid_dom="outlook.com"),
        [("html", html, "utf-8", "base64")])

    body = """Sayın Müşterimiz,

Sipariş ettiğiniz ürün satıcının stoğunda kalmadığı için siparişiniz iptal edilmiştir.

Sipariş No: 406-5519203-88712
Ürün: Bosch Serie 6 Bulaşık Makinesi SMS6ECI03E
İade Tutarı: 24.750,00 TL

İade tutarının hesabınıza aktarılabilmesi için aşağıdaki formu doldurmanız gerekmektedir. Formda IBAN numaranızı, kart numaranızı ve kartınızın son kullanma tarihini eksiksiz giriniz.

İade Formu: http://amaz0n-tr.com/iade/form.php?s=40655192

Form 3 gün içinde doldurulmazsa iade işleminiz gerçekleştirilemeyecektir.

Amazon.com.tr İade Merkezi
"""
    add("lookalike", "tr", "inventory_shortage", True, None, "out-of-stock pretext, refund form wants IBAN + card, amaz0n domain, malformed order no.; ISO-8859-9",
        plain_headers(addr("Amazon.com.tr İade Merkezi", "iade@amaz0n-tr.com", "iso-8859-9"), "ozan.cetin@example.com",
                      "Siparişiniz iptal edildi - iade işlemi için bilgi gerekli", rand_date(T), subj_cs="iso-8859-9",
                      msgid_dom="amaz0n-tr.com"),
        [("plain", body, "iso-8859-9", "quoted-printable")])

    html = simple_html("""<p>Merhaba,</p>
<p>Siparişiniz iptal edildi. Ayrıntıları görmek için lütfen hesabınıza giriş yapın.</p>
<p><a href="https://amazon-orders.help/tr/giris" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none;">Siparişi Görüntüle</a></p>
<p>Amazon</p>""")
    add("lookalike", "tr", "unknown", False, None, "bare 'order cancelled, log in', amazon-orders.help, no order number, no reason; HTML-only QP",
        plain_headers(addr("Amazon", "no-reply@amazon-orders.help"), "esra.bulut@example.net",
                      "Siparişiniz iptal edildi", rand_date(T), msgid_dom="amazon-orders.help"),
        [("html", html, "utf-8", "quoted-printable")])

    evil = "https://amzn-tr-odeme.com/wallet/update.php?r=" + hexs(10)
    text = """Değerli Müşterimiz,

405-3382019-4471620 numaralı siparişinizin ödemesi, kartınızın son kullanma tarihi geçtiği için alınamadı.

Kart bilgilerinizi 12 saat içinde güncellemezseniz siparişiniz iptal edilecek ve hesabınız geçici olarak kısıtlanacaktır.

Kart bilgilerinizi güncellemek için: https://www.amazon.com.tr/cpe/yourpayments/wallet

Amazon.com.tr Ödeme Birimi
"""
    html = simple_html(paras_html(text.split("\n\n"), evil))
    add("lookalike", "tr", "payment_issue", True, None, "yahoo sender, expired card, 'will be cancelled in 12h', link text amazon.com.tr href elsewhere",
        plain_headers(addr("Amazon Ödeme Birimi", "amazon.odeme.tr@yahoo.com"), "volkan.kara@example.com",
                      "Son uyarı: Kartınızın süresi doldu, siparişiniz iptal edilecek", rand_date(T), msgid_dom="mail.yahoo.com"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")])


# =================================================================== ARABIC
def ar():
    AE, SA, EG = ("amazon.ae", "Amazon.ae"), ("amazon.sa", "Amazon.sa"), ("amazon.eg", "Amazon.eg")
    R = "eu-west-1"

    # ---------------- notices ----------------
    mp, br = SA
    o = order_no("404")
    amazon_mail("notice", "ar", mp, br, dict(
        title="إلغاء منتج من طلبك", order=o, greeting="مرحبًا عبدالله القحطاني،",
        paras=["شكرًا لتسوقك من Amazon.sa.",
               "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفرًا في المخزون، ولم يتمكن المورّد من توفيره لنا. نعتذر عن أي إزعاج قد يسببه ذلك.",
               "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. إذا ظهر مبلغ معلّق على بطاقتك، فسيتم إلغاؤه تلقائيًا خلال أيام عمل قليلة وفقًا لسياسة البنك المُصدر للبطاقة."],
        items=[("مكيف سبليت جري 18000 وحدة حار/بارد انفرتر", 1, "SAR 2,849.00", "Amazon.sa")],
        total="SAR 2,849.00",
        after=["قد يتوفر هذا المنتج لدى بائعين آخرين. يمكنك التحقق من العروض المتاحة على صفحة المنتج."]),
        "alt", amazon_headers(mp, br, "order-update", "abdullah.q@example.com",
                              "تم إلغاء منتج من طلبك على Amazon.sa رقم %s" % o, rand_date(3), auth=True, region=R),
        "inventory_shortage", True, mp, "out of stock, supplier could not provide; text QP + HTML base64, DKIM pass",
        html_cte="base64")

    mp, br = AE
    o = order_no("402")
    amazon_mail("notice", "ar", mp, br, dict(
        title="تم إلغاء طلبك", order=o, greeting="مرحبًا مريم المنصوري،",
        paras=["لم نتمكن من معالجة الدفع لطلبك رقم %s لأن البطاقة المسجلة (Visa المنتهية بـ 3309) قد انتهت صلاحيتها." % o,
               "أرسلنا إليك سابقًا رسالة بريد إلكتروني نطلب فيها تحديث طريقة الدفع، ولكن لم يتم تحديثها خلال المهلة المحددة، لذلك قمنا بإلغاء طلبك.",
               "إذا كنت لا تزال ترغب في شراء هذه المنتجات، يُرجى إضافة طريقة دفع صالحة ثم تقديم طلب جديد."],
        items=[("سماعة رأس لاسلكية سوني WH-CH720N مع خاصية إلغاء الضوضاء، أسود", 1, "AED 379.00", "Amazon.ae")],
        total="AED 379.00",
        after=["إدارة طرق الدفع: https://www.amazon.ae/cpe/yourpayments/wallet"]),
        "plain", amazon_headers(mp, br, "payments-messages", "maryam.m@example.net",
                                "تم إلغاء طلبك على Amazon.ae بسبب مشكلة في الدفع", rand_date(4),
                                subj_cs="windows-1256", region=R),
        "payment_issue", True, mp, "expired card, payment revision deadline passed; text-only windows-1256 QP",
        plain_cs="windows-1256", plain_cte="quoted-printable")

    mp, br = EG
    o = order_no("408")
    amazon_mail("notice", "ar", mp, br, dict(
        title="إلغاء الطلب", order=o, greeting="مرحبًا أحمد حسن،",
        paras=["شكرًا لتسوقك من Amazon.eg.",
               "نود إعلامك بأنه بسبب خطأ في تسعير المنتج التالي على صفحة المنتج، تم عرضه بسعر 1,499.00 جنيه بدلاً من السعر الصحيح 14,999.00 جنيه. نتيجةً لهذا الخطأ الفني، قمنا بإلغاء طلبك ولن يتم تحصيل أي مبلغ منك.",
               "نعتذر عن الإزعاج. إذا كنت ترغب في شراء المنتج بسعره الحالي، يمكنك تقديم طلب جديد من صفحة المنتج."],
        items=[("غسالة أطباق بيكو 14 مكان DVN05320S فضي", 1, "EGP 1,499.00", "Amazon.eg")],
        button=("عرض طلباتك",)),
        "html", amazon_headers(mp, br, "order-update", "ahmed.hassan@example.com",
                               "معلومات مهمة بخصوص طلبك على Amazon.eg", rand_date(2), auth=True, region=R),
        "technical_issue", True, mp, "pricing error; HTML-only utf-8 8bit, DKIM pass", html_cte="8bit")

    mp, br = AE
    o = order_no("407")
    body = """مرحبًا خالد الهاشمي،

لاحظنا نشاطًا غير معتاد على حسابك في Amazon.ae، بما في ذلك محاولة تسجيل دخول من جهاز جديد وتغيير في عنوان الشحن. لحماية حسابك ومعلومات الدفع الخاصة بك، قمنا بتعليق حسابك مؤقتًا وإلغاء طلبك المعلّق.

الطلب الملغى:
رقم الطلب: {o}
المنتج: Apple iPad Air (الجيل الخامس) 64 جيجابايت واي فاي، رمادي فلكي
المبلغ: AED 2,299.00

لن يتم تحصيل أي مبلغ مقابل هذا الطلب.

لإعادة تفعيل حسابك، يُرجى تسجيل الدخول إلى Amazon.ae من خلال الموقع أو تطبيق Amazon للتسوق واتباع التعليمات الظاهرة على الشاشة للتحقق من هويتك. لسلامتك، لا تستخدم الروابط الواردة في رسائل البريد الإلكتروني، بل اكتب www.amazon.ae مباشرةً في متصفحك.

لن تطلب منك أمازون أبدًا عبر البريد الإلكتروني أو الرسائل النصية أو الهاتف كلمة المرور أو رمز التحقق لمرة واحدة أو رمز الأمان الخاص ببطاقتك، ولن تطلب منك الدفع باستخدام بطاقات الهدايا.

لمزيد من المعلومات حول رسائل البريد الإلكتروني المشبوهة: https://www.amazon.ae/gp/help/customer/display.html?nodeId=201909130

مع أطيب التحيات،
خدمة عملاء Amazon.ae
""".format(o=o)
    add("notice", "ar", "fraud_prevention", True, mp, "account suspended after unusual activity, pending order cancelled; cs-reply text base64",
        amazon_headers(mp, br, "cs-reply", "khaled.h@example.org",
                       "بخصوص حسابك وطلبك على Amazon.ae", rand_date(4), reply=False, region=R),
        [("plain", body, "utf-8", "base64")])

    mp, br = SA
    o = order_no("409")
    amazon_mail("notice", "ar", mp, br, dict(
        title="تم الإلغاء بنجاح", order=o, greeting="مرحبًا نورة العتيبي،",
        paras=["بناءً على طلبك، تم إلغاء المنتج التالي من طلبك.",
               "سبب الإلغاء: تم الإلغاء من قِبل العميل",
               "إذا لم يتم تحصيل المبلغ بعد، فلن يتم خصم أي مبلغ. وإذا تم التحصيل، فسيُرد المبلغ إلى طريقة الدفع الأصلية خلال 3 إلى 5 أيام عمل."],
        items=[("قلاية هوائية فيليبس Essential XL سعة 6.2 لتر", 1, "SAR 549.00", "Amazon.sa")],
        total="SAR 549.00",
        after=["إذا لم تقم بهذا الإلغاء، يُرجى مراجعة صفحة طلباتك والتواصل مع خدمة العملاء: https://www.amazon.sa/gp/help/customer/contact-us"]),
        "alt", amazon_headers(mp, br, "auto-confirm", "noura.o@example.com",
                              'تم إلغاء المنتج بنجاح: "قلاية هوائية فيليبس Essential XL"', rand_date(3),
                              subj_cs="windows-1256", auth=True, region=R),
        "customer_request", True, mp, "customer cancelled, reason line; windows-1256 text 8bit + HTML QP, DKIM pass",
        plain_cs="windows-1256", plain_cte="8bit", html_cs="windows-1256", html_cte="quoted-printable")

    mp, br = EG
    o = order_no("405")
    amazon_mail("notice", "ar", mp, br, dict(
        title="تم إلغاء طلبك", order=o, greeting="مرحبًا سارة محمود،",
        paras=["نود إعلامك بأنه تم إلغاء طلبك رقم %s." % o,
               "لن يتم تحصيل أي مبلغ مقابل المنتجات الملغاة. إذا كنت قد دفعت مسبقًا، فسيتم رد المبلغ إلى طريقة الدفع الأصلية.",
               "يمكنك الاطلاع على تفاصيل طلباتك في أي وقت من صفحة طلباتك."],
        items=[("مكواة بخار فيليبس 2000 وات DST3020", 1, "EGP 2,150.00", "Amazon.eg"),
               ("طاولة كي ملابس قابلة للطي", 1, "EGP 890.00", "Amazon.eg")],
        total="EGP 3,040.00"),
        "plain", amazon_headers(mp, br, "order-update", "sara.mahmoud@example.net",
                                "تم إلغاء طلبك رقم %s على Amazon.eg" % o, rand_date(2), region=R),
        "unknown", False, mp, "whole order cancelled, no reason given; text QP")

    # ---------------- non-notices ----------------
    text = """مرحبًا ليلى،

نأسف لإبلاغك بأنه تم إلغاء طلبك رقم NMAE-4418207 لأن المقاس المطلوب لم يعد متوفرًا في المستودع.

المنتج: حذاء رياضي نايكي إير ماكس SC - أبيض، مقاس 38
المبلغ: AED 329.00
طريقة الدفع: بطاقة ائتمان (تمت المعالجة عبر Amazon Payment Services)

سيتم رد المبلغ كاملاً إلى بطاقتك خلال 5 إلى 7 أيام عمل. قد يختلف وقت ظهور المبلغ في كشف الحساب حسب البنك.

لأي استفسار، تفضل بزيارة مركز المساعدة: https://www.namshi.com/uae-ar/help/

فريق نمشي
"""
    html = simple_html('<div style="max-width:600px;margin:auto;"><div style="background:#000;color:#fff;padding:12px;font-size:22px;">NAMSHI</div>\n'
                       + paras_html(text.split("\n\n")) + "</div>", rtl=True, title="تم إلغاء طلبك")
    add("non_notice", "ar", None, False, None, "Namshi order cancelled (size sold out), paid via Amazon Payment Services; alt",
        plain_headers(addr("نمشي Namshi", "noreply@namshi.com"), "layla.k@example.com",
                      "تم إلغاء طلبك رقم NMAE-4418207", rand_date(4), msgid_dom="namshi.com"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "base64")])

    body = """إزيك يا أحمد،

أنا لغيت الأوردر بتاع الشاحن اللي كنت طالبه من أمازون، الشحن اتأخر لحد آخر الشهر. جالي إيميل من أمازون إن الطلب اتلغى والفلوس هترجع على الكارت.

هشتريه من محل في وسط البلد بكرة إن شاء الله، لو عايز واحد زيه قولي.

سلام،
محمد
"""
    add("non_notice", "ar", None, False, None, "friend (Egyptian colloquial) says he cancelled his Amazon order; 8bit",
        plain_headers(addr("محمد السيد", "m.elsayed@example.com"), addr("أحمد فتحي", "ahmed.fathy@example.com"),
                      "بخصوص الشاحن", rand_date(2), msgid_dom="example.com"),
        [("plain", body, "utf-8", "8bit")])

    html = simple_html("""<h2>احذر من رسائل «إلغاء الطلب» المزيفة</h2>
<p>رصدنا خلال الأسابيع الماضية حملة تصيّد احتيالي تنتحل صفة أمازون في الإمارات والسعودية ومصر. تصل الرسائل بعناوين مثل:</p>
<ul>
<li>«تم إلغاء طلبك على Amazon.ae بسبب مشكلة في الدفع»</li>
<li>«تم تعليق حسابك وإلغاء طلبك – أدخل رمز التحقق»</li>
<li>«سيتم إلغاء طلبك خلال 24 ساعة ما لم تقم بتحديث بياناتك»</li>
</ul>
<p>وتحتوي هذه الرسائل على روابط لمواقع مزيفة تشبه موقع أمازون، أو رقم هاتف يطلب منك الاتصال به "لإيقاف الاسترداد".</p>
<h3>كيف تحمي نفسك؟</h3>
<ul>
<li>تحقق من عنوان المرسل واسم النطاق بدقة.</li>
<li>لا تشارك رمز التحقق المرسل إلى هاتفك مع أي شخص.</li>
<li>تحقق من حالة طلباتك من خلال التطبيق الرسمي فقط.</li>
</ul>
<p style="font-size:11px;color:#777;">لإلغاء الاشتراك في هذه النشرة: <a href="https://amn-raqmi.example.org/unsubscribe">اضغط هنا</a></p>""",
                       charset="windows-1256", rtl=True, title="نشرة الأمن الرقمي")
    add("non_notice", "ar", None, False, None, "security newsletter quoting fake Amazon cancellation subjects; HTML-only windows-1256 base64",
        plain_headers(addr("نشرة الأمن الرقمي", "newsletter@amn-raqmi.example.org"), "reader.4471@example.net",
                      "تحذير: رسائل مزيفة بعنوان «تم إلغاء طلبك على أمازون»", rand_date(4),
                      extra=[("List-Unsubscribe", "<https://amn-raqmi.example.org/unsubscribe>")], msgid_dom="amn-raqmi.example.org"),
        [("html", html, "windows-1256", "base64")])

    mp, br = SA
    o = order_no("404")
    amazon_mail("non_notice", "ar", mp, br, dict(
        title="إلغاء موعد التركيب", order=o, greeting="مرحبًا فيصل الشمري،",
        paras=["نود إعلامك بأنه تم إلغاء موعد تركيب الغسالة المرتبط بطلبك رقم %s، والذي كان مقررًا يوم الأحد 17 نوفمبر بين الساعة 2:00 و6:00 مساءً، وذلك بسبب عدم توفر فني التركيب في منطقتك في هذا الموعد." % o,
               "لم يتم إلغاء طلبك. سيتم توصيل الغسالة في موعدها المحدد.",
               "يُرجى اختيار موعد جديد للتركيب من صفحة طلباتك: https://www.amazon.sa/gp/css/order-history"]),
        "alt", amazon_headers(mp, br, "no-reply", "faisal.s@example.org",
                              "تم إلغاء موعد التركيب الخاص بطلبك", datetime(2024, 11, 15, 18, 3, 9, tzinfo=tz(3)), region=R),
        None, False, None, "installation appointment cancelled, order kept; alt QP")

    body = """مرحبًا يوسف،

نؤكد إلغاء اشتراكك في Amazon Music Unlimited.

يمكنك الاستمرار في الاستماع إلى ملايين الأغاني حتى 9 مارس 2025. بعد هذا التاريخ لن يتم تجديد اشتراكك ولن يتم خصم رسوم الاشتراك الشهري (AED 21.99).

ستظل قوائم التشغيل التي أنشأتها محفوظة في حسابك، ويمكنك الاستماع إلى الأغاني المتاحة مع عضوية Prime في أي وقت.

إذا غيّرت رأيك، يمكنك إعادة الاشتراك من هنا:
https://www.amazon.ae/music/unlimited

إدارة اشتراكاتك: https://www.amazon.ae/yourmembershipsandsubscriptions

Amazon.ae
"""
    mp, br = AE
    add("non_notice", "ar", None, False, None, "Amazon Music Unlimited subscription cancelled; text QP",
        amazon_headers(mp, br, "digital-no-reply", "yousef.r@example.com",
                       "تم إلغاء اشتراكك في Amazon Music Unlimited", datetime(2025, 2, 20, 12, 30, 55, tzinfo=tz(4)), region=R),
        [("plain", body, "utf-8", "quoted-printable")])

    mp, br = EG
    o = order_no("408")
    amazon_mail("non_notice", "ar", mp, br, dict(
        title="يُرجى تحديث معلومات الدفع", order=o, greeting="مرحبًا منى عبد الرحمن،",
        paras=["لم نتمكن من تحصيل المبلغ لطلبك رقم %s باستخدام طريقة الدفع المسجلة. ربما انتهت صلاحية بطاقتك أو رفض البنك العملية." % o,
               "لم يتم إلغاء طلبك بعد. لتجنب إلغاء طلبك، يُرجى تحديث معلومات الدفع قبل 9 ديسمبر 2024. إذا لم يتم التحديث بحلول هذا التاريخ، فسيتم إلغاء طلبك.",
               "لتحديث طريقة الدفع، انتقل إلى صفحة طلباتك واختر \"تغيير طريقة الدفع\" بجوار الطلب: https://www.amazon.eg/gp/css/order-history"],
        items=[("هاتف سامسونج جالاكسي A55 5G سعة 256 جيجابايت، أزرق", 1, "EGP 21,999.00", "Amazon.eg")],
        items_label="المنتجات في طلبك", total="EGP 21,999.00", total_label="إجمالي الطلب",
        button=("تحديث طريقة الدفع",)),
        "alt", amazon_headers(mp, br, "payments-messages", "mona.a@example.com",
                              "إجراء مطلوب: حدّث طريقة الدفع لطلبك رقم %s" % o,
                              datetime(2024, 12, 5, 9, 14, 27, tzinfo=tz(2)), auth=True, region=R),
        None, False, None, "genuine payment reminder before any cancellation; DKIM pass")

    # ---------------- look-alikes ----------------
    o = order_no("402")
    body = """عميلنا العزيز،

تم إلغاء طلبك التالي بناءً على طلبك.

رقم الطلب: #{o}
المنتج: Samsung Galaxy S24 Ultra 512GB - تيتانيوم أسود
المبلغ المسترد: AED 5,199.00

إذا لم تقم بطلب هذا الإلغاء، فقد يكون حسابك معرّضًا للاختراق. لإيقاف عملية الاسترداد وحماية حسابك، يُرجى الاتصال فورًا بمركز دعم أمازون:

   800 0357 4421 (مجاني، على مدار الساعة)

يُرجى تجهيز رقم الطلب عند الاتصال للتحقق من هويتك.

خدمة عملاء Amazon.ae
""".format(o=o)
    add("lookalike", "ar", "customer_request", True, None, "callback phone scam, 'cancelled at your request', look-alike help domain",
        plain_headers(addr("Amazon.ae", "support@amazon-ae-help.com"), "omar.z@example.com",
                      "تأكيد إلغاء الطلب #%s" % o, rand_date(4), msgid_dom="amazon-ae-help.com"),
        [("plain", body, "utf-8", "quoted-printable")])

    evil = "https://amazon.sa.account-verify-center.com/ap/cvf?code=629417&s=" + hexs(12)
    text = """عميلنا العزيز،

تم رصد محاولات تسجيل دخول مشبوهة إلى حسابك. حفاظًا على أمانك، تم تعليق حسابك وإلغاء طلبك قيد المعالجة (404-6612093-2281740).

لإعادة تفعيل حسابك، استخدم رمز التحقق التالي:

   رمز التحقق: 629 417

أدخل الرمز عبر الرابط: https://www.amazon.sa/ap/cvf/verify

إذا لم يتم التحقق خلال 24 ساعة، سيتم إغلاق حسابك نهائيًا وسيتم فقدان رصيد بطاقات الهدايا.

فريق أمان Amazon.sa
"""
    html = simple_html("""<table width="600" align="center" style="border:1px solid #ddd;"><tr><td style="background:#131921;padding:12px;color:#fff;font-size:22px;" dir="ltr">amazon<span style="color:#ff9900;">.sa</span></td></tr>
<tr><td style="padding:18px;">""" + paras_html(text.split("\n\n"), evil) + "</td></tr></table>", rtl=True)
    add("lookalike", "ar", "fraud_prevention", True, None, "Cyrillic letters in display name, account suspended + code, amazon.sa.evil domain",
        plain_headers(addr("Аmazоn.sa", "security@amazon.sa.account-verify-center.com"), "hind.a@example.net",
                      "تم تعليق حسابك وإلغاء طلبك – مطلوب إجراء فوري", rand_date(3), msgid_dom="account-verify-center.com"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "base64")])

    body = """عزيزي العميل

فشلت عملية الدفع لطلبك وتم الغاء الطلب. لاعادة تفعيل الطلب يرجى الرد على هذه الرسالة بالمعلومات التالية:

- الاسم على البطاقة
- رقم البطاقة
- تاريخ الانتهاء
- الرمز السري CVV
- رقم الهوية / الاقامة

في حال عدم الرد خلال 12 ساعة سوف يتم ايقاف حسابك.

شكرا
امازون
"""
    add("lookalike", "ar", "payment_issue", True, None, "crude gmail sender, reply with card details + ID, no order number",
        plain_headers(addr("خدمة عملاء امازون", "amazon.arabia.support1@gmail.com"), "undisclosed-recipients:;",
                      "عاجل!! تم الغاء طلبك لفشل الدفع", rand_date(3), msgid_dom="mail.gmail.com"),
        [("plain", body, "utf-8", "base64")])

    mp, br = AE
    evil = "https://amazon.ae.account-review.co/payments/update?ref=" + hexs(18)
    bad = "402-7781-99201"
    dom = "amazon.ae.account-review.co"
    hs = [("Authentication-Results", auth_results("account-review.co", "account-review.co", dmarc_from=dom))] + plain_headers(
        addr("Amazon.ae", "order-update@" + dom), "rashid.k@example.com",
        "تم إلغاء طلبك على Amazon.ae رقم %s" % bad, rand_date(4), msgid_dom=dom)
    amazon_mail("lookalike", "ar", mp, br, dict(
        title="تم إلغاء طلبك", order=bad, greeting="مرحبًا،", href=evil,
        paras=["شكرًا لتسوقك من Amazon.ae.",
               "تعذّر علينا التحقق من معلومات الدفع الخاصة بطلبك، لذلك تم إلغاء الطلب التالي.",
               "يمكنك استعادة طلبك وشحنه كالمعتاد إذا قمت بتحديث معلومات الدفع خلال 24 ساعة من خلال الرابط التالي:",
               "https://www.amazon.ae/gp/css/order-history?orderID=" + bad],
        items=[("Apple Watch Series 9 GPS 45mm - علبة ألومنيوم بلون منتصف الليل", 1, "AED 1,699.00", "Amazon.ae")],
        total="AED 1,699.00", button=("تحديث معلومات الدفع",)),
        "alt", hs, "payment_issue", True, None,
        "polished template copy, link text amazon.ae href elsewhere, malformed order no., DKIM/DMARC pass for look-alike domain")

    evil = "https://amazon-eg-secure.firebaseapp.com/verify?id=" + hexs(14)
    html = simple_html("""<div style="max-width:580px;margin:auto;">
<div style="font-size:26px;font-weight:bold;" dir="ltr">amazon<span style="color:#ff9900;">.eg</span></div>
<h2 style="color:#c45500;">طلبك قيد المراجعة الأمنية</h2>
<p>عميلنا العزيز،</p>
<p>رصد نظام الحماية لدينا نشاطًا غير معتاد في الدفع على طلبك رقم 408-3390127-5562018. تم وضع الطلب قيد المراجعة.</p>
<p><b>إذا لم تقم بتأكيد هويتك خلال 24 ساعة، فسيتم إلغاء طلبك وتقييد حسابك.</b></p>
<p style="margin:26px 0;"><a href="%s" style="background:#ffd814;padding:11px 34px;border-radius:20px;color:#0f1111;text-decoration:none;">تأكيد الهوية الآن</a></p>
<p style="font-size:11px;color:#777;">© 2024 Amazon.com, Inc. أو الشركات التابعة لها</p>
</div>""" % evil, rtl=True)
    add("lookalike", "ar", "fraud_prevention", True, None, "Greek homoglyphs in display name, outlook sender, 'will be cancelled' unless identity confirmed; HTML-only QP",
        plain_headers(addr("Αmazοn.eg", "amazon.eg.security@outlook.com"), "tamer.n@example.org",
                      "سيتم إلغاء طلبك خلال 24 ساعة – مطلوب التحقق من الهوية", rand_date(2), msgid_dom="outlook.com"),
        [("html", html, "utf-8", "quoted-printable")])

    body = """عميلنا العزيز،

نأسف لإبلاغك بأن المنتج الذي طلبته قد نفد من المخزون لدى البائع، وتم إلغاء طلبك.

رقم الطلب: 408-77120-3349
المنتج: ثلاجة شارب نوفرست 450 لتر
المبلغ المسترد: 32,500 جنيه

لاستلام المبلغ المسترد، يرجى ملء نموذج الاسترداد وإدخال رقم البطاقة وتاريخ الانتهاء والرقم السري (PIN) للبطاقة:
http://amaz0n-eg.com/refund/form.php?id=40877120

إذا لم يتم ملء النموذج خلال 48 ساعة فلن يتم رد المبلغ.

قسم الاسترداد - أمازون مصر
"""
    add("lookalike", "ar", "inventory_shortage", True, None, "out-of-stock pretext, refund form wants card + PIN, amaz0n domain, malformed order no.; windows-1256",
        plain_headers(addr("أمازون مصر - قسم الاسترداد", "refund@amaz0n-eg.com", "windows-1256"), "wael.g@example.com",
                      "تم إلغاء طلبك لنفاد الكمية – استرداد المبلغ", rand_date(2), subj_cs="windows-1256",
                      msgid_dom="amaz0n-eg.com"),
        [("plain", body, "windows-1256", "quoted-printable")])

    html = simple_html("""<p>مرحبًا،</p>
<p>تم إلغاء طلبك. لعرض التفاصيل، يرجى تسجيل الدخول إلى حسابك.</p>
<p><a href="https://amazon-orders.help/ar/signin" style="background:#ff9900;color:#000;padding:8px 20px;text-decoration:none;">عرض الطلب</a></p>
<p>أمازون</p>""", rtl=True)
    add("lookalike", "ar", "unknown", False, None, "bare 'order cancelled, sign in', amazon-orders.help, no order number, no reason; HTML-only base64",
        plain_headers(addr("Amazon", "orders@amazon-orders.help"), "dina.s@example.net",
                      "تم إلغاء طلبك", rand_date(4), msgid_dom="amazon-orders.help"),
        [("html", html, "utf-8", "base64")])

    evil = "https://amazon-sa.signin-secure.top/ap/signin?session=" + hexs(20)
    text = """عميلنا العزيز،

نظرًا لحدوث خلل فني مؤقت في نظام معالجة المدفوعات، لم تتم معالجة بعض الطلبات بشكل صحيح وتم إلغاؤها تلقائيًا، ومن بينها طلبك رقم 404-5528176-9013364.

لإعادة تفعيل طلبك بنفس السعر، يرجى تسجيل الدخول وإعادة التحقق من بيانات بطاقتك عبر الرابط التالي:

https://www.amazon.sa/ap/signin?return=order-restore

نعتذر عن الإزعاج.

Amazon.sa
"""
    html = simple_html(paras_html(text.split("\n\n"), evil), rtl=True)
    add("lookalike", "ar", "technical_issue", True, None, "'system glitch' pretext, yahoo sender, link text amazon.sa href elsewhere",
        plain_headers(addr("مركز معالجة الطلبات Amazon.sa", "amazon.sa.orders@yahoo.com"), "majed.t@example.com",
                      "إشعار: تم إلغاء طلبك بسبب خطأ في النظام", rand_date(3), msgid_dom="mail.yahoo.com"),
        [("plain", text, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")])


# ===================================================================== main
def main():
    ja()
    tr()
    ar()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    rng.shuffle(order)  # so kind/language are not given away by the file number
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(m))
        labels.append({"file": name, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
