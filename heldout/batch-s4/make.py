#!/usr/bin/env python3
"""Regenerate blind batch s4: ja / tr / ar Amazon cancellation notices, near-misses and phishing lookalikes.

Run:  python3 make.py      -> writes mail/s4NNN.eml and labels.json next to this script.
"""
import base64
import datetime
import html as htmlmod
import json
import os
import random
import re
import urllib.parse
from email import charset as cs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

SEED = 4004
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "s4"

# ----------------------------------------------------------------------------------------------
# generic helpers
# ----------------------------------------------------------------------------------------------

def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def order_no(prefix=None):
    p = prefix or str(R.choice([249, 250, 503, 171, 402, 405, 406, 407, 408, 409, 171]))
    return f"{p}-{rdig(7)}-{rdig(7)}"


def rdate(base=(2024, 5, 1), span_days=40, tz_hours=0):
    d = datetime.datetime(*base, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        days=R.randint(0, span_days), seconds=R.randint(0, 86399))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return d.astimezone(tz)


def mkcharset(name, cte):
    c = cs.Charset(name)
    c.header_encoding = cs.BASE64 if name.lower() in ("iso-2022-jp",) else cs.SHORTEST
    c.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None, "7bit": None}[cte]
    return c


def wrap_long(content, charset, limit=600):
    """keep unencoded (7bit/8bit) lines well under the RFC 5322 998-octet limit, breaking at spaces"""
    out = []
    for line in content.split("\n"):
        while len(line.encode(charset)) > limit and " " in line:
            cut, acc = None, 0
            for i, ch in enumerate(line):
                acc += len(ch.encode(charset)) if charset != "iso-2022-jp" else 3
                if ch == " " and i > 0:
                    cut = i
                if acc > limit and cut:
                    break
            if not cut:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def textpart(content, subtype, charset, cte):
    content.encode(charset)  # fail loudly if the charset cannot carry the text
    if cte in ("7bit", "8bit"):
        content = wrap_long(content, charset)
    if not content.endswith("\n"):
        content += "\n"
    return MIMEText(content, subtype, mkcharset(charset, cte))


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, mkcharset(charset, "b64") if charset != "utf-8" else charset)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def boundary():
    return f"----=_Part_{rdig(8)}_{rdig(9)}.{rdig(13)}"


URL_RE = re.compile(r"https?://[^\s<>\"）」』、。]+")


def linkify(text, href=None):
    """escape text and turn URLs into anchors; href(url) may redirect the anchor elsewhere"""
    out, pos = [], 0
    for m in URL_RE.finditer(text):
        out.append(htmlmod.escape(text[pos:m.start()]))
        u = m.group(0)
        h = href(u) if href else u
        out.append(f'<a href="{htmlmod.escape(h)}">{htmlmod.escape(u)}</a>')
        pos = m.end()
    out.append(htmlmod.escape(text[pos:]))
    return "".join(out).replace("\n", "<br />\n")


def amz_redirect(mp):
    def f(u):
        return (f"https://www.{mp}/gp/r.html?C={rhex(12).upper()}&K={rhex(10).upper()}&M=urn:rtn:msg:"
                f"{rdig(14)}{rhex(20)}&R={rhex(13).upper()}&T=C&U={urllib.parse.quote(u, safe='')}"
                f"&H={rhex(24).upper()}&ref_=pe_{rdig(7)}_{rdig(9)}")
    return f


AMZ_CSS = """
body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; font:13px Arial, sans-serif; color:#333333; }
#header .logo { width:150px; }
#header .navigation a { color:#0066c0; text-decoration:none; font-size:12px; }
#header .title h2 { color:#cc6600; font-size:20px; font-weight:normal; margin:0 0 4px 0; }
#summary .heading { font-size:16px; color:#cc6600; }
#orderDetails td { padding:6px 4px; border-top:1px solid #eaeaea; vertical-align:top; }
#orderDetails .itemName { color:#0066c0; }
#orderDetails .price { text-align:right; white-space:nowrap; }
#closing { padding-top:12px; }
#legalCopy { font-size:11px; color:#666666; line-height:15px; }
#legalCopy a { color:#0066c0; }
""".strip("\n")


def amz_layout(mp, brand, nav, title, order_label, order, paras, items_heading, items, closing,
               footer, href=None, rtl=False, lang="ja", charset="utf-8"):
    """HTML laid out like the real Amazon notification templates (nested tables, redirect links)."""
    href = href or amz_redirect(mp)
    d = ' dir="rtl"' if rtl else ""
    align = "right" if rtl else "left"
    navcells = []
    for i, (label, url) in enumerate(nav):
        if i:
            navcells.append("<td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>")
        navcells.append(f'<td> <a href="{htmlmod.escape(href(url))}">{htmlmod.escape(label)}</a> </td>')
    order_html = ""
    if order:
        order_html = (f' {htmlmod.escape(order_label)}<a href="{htmlmod.escape(href("https://www." + mp + "/gp/your-account/order-details?orderID=" + order))}">'
                      f"{order}</a>")
    body_ps = "\n".join(f"<p>{linkify(p, href)}</p>" for p in paras[1:])
    rows = []
    for name, detail in items:
        rows.append(f'<tr> <td class="itemName"><b>{htmlmod.escape(name)}</b></td> '
                    f'<td class="price">{htmlmod.escape(detail)}</td> </tr>')
    items_html = ""
    if items:
        items_html = (f'<table id="orderDetails" cellpadding="0" width="100%"> <tbody>\n'
                      f'<tr><td colspan="2"><h3 style="color:#cc6600;font-size:15px;margin:8px 0;">{htmlmod.escape(items_heading)}</h3></td></tr>\n'
                      + "\n".join(rows) + "\n</tbody></table>")
    closing_html = "<br />\n".join(linkify(c, href) for c in closing)
    footer_html = "\n".join(f"<p>{linkify(f, href)}</p>" for f in footer)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"{d}>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset={charset.upper()}" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>{htmlmod.escape(title)}</title>
  <style type="text/css">
{AMZ_CSS}
  </style>
 </head>
 <body{d}><img width="1" height="1" src="https://www.{mp}/gp/r.html?C={rhex(12).upper()}&amp;T=E&amp;ref_=pe_{rdig(7)}" />
  <table id="container" cellpadding="0" align="{align}">
   <tbody>
    <tr><td class="frame">
     <table id="main" cellpadding="0" width="100%"><tbody>
      <tr><td>
       <table id="header" cellpadding="0" width="100%"><tbody>
        <tr>
         <td rowspan="2" class="logo"><a href="{htmlmod.escape(href('https://www.' + mp + '/'))}"><img alt="{htmlmod.escape(brand)}" src="https://m.media-amazon.com/images/G/01/x-locale/common/logo._CB{rdig(9)}_.png" width="120" border="0" /></a></td>
         <td class="navigation"><table align="{'left' if rtl else 'right'}"><tbody><tr>
          {' '.join(navcells)}
         </tr></tbody></table></td>
        </tr>
        <tr><td class="title"> <h2>{htmlmod.escape(title)}</h2>{order_html} </td></tr>
       </tbody></table>
      </td></tr>
      <tr><td>
       <table id="summary" cellpadding="0"><tbody><tr>
        <td><span class="heading">{htmlmod.escape(paras[0])}</span>
{body_ps}
        </td>
       </tr></tbody></table>
      </td></tr>
      <tr><td>
{items_html}
      </td></tr>
      <tr><td>
       <table id="closing" cellpadding="0"><tbody><tr><td>
{closing_html}
        <p><span class="signature"><strong>{htmlmod.escape(brand)}</strong></span></p>
       </td></tr></tbody></table>
      </td></tr>
      <tr><td>
       <table id="legalCopy" cellpadding="0"><tbody><tr><td>
{footer_html}
       </td></tr></tbody></table>
      </td></tr>
     </tbody></table>
    </td></tr>
   </tbody>
  </table>
 </body>
</html>"""


def amz_text(brand, title, order_label, order, paras, items_heading, items, closing, footer):
    line = "-" * 72
    out = [brand, line, title]
    if order:
        out.append(f"{order_label}{order}")
    out += [line, ""]
    for p in paras:
        out += [p, ""]
    if items:
        out.append(items_heading)
        for name, detail in items:
            out.append(f"    {name}")
            out.append(f"    {detail}")
        out.append("")
    out += closing + ["", brand, line]
    out += [f for f in footer]
    return "\n".join(out)


def simple_html(paras, title="", rtl=False, lang="ja", charset="utf-8", header_html="", foot_html="",
                href=None, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.6;color:#222;"):
    d = ' dir="rtl"' if rtl else ""
    ps = "\n".join(f"<p>{linkify(p, href)}</p>" for p in paras)
    return f"""<html lang="{lang}"{d}>
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{htmlmod.escape(title)}</title></head>
<body{d} style="{style}">
{header_html}
<div style="max-width:620px;">
{ps}
</div>
{foot_html}
</body>
</html>"""


# ----------------------------------------------------------------------------------------------
# header blocks
# ----------------------------------------------------------------------------------------------

MX = {
    "ja": ("mx.mail.example-isp.ne.jp", "mx1.docomo.ne.jp", "mx.google.com"),
    "tr": ("mx.google.com", "mx.yandex.com.tr", "mx.ttmail.com.tr"),
    "ar": ("mx.google.com", "mx.outlook.com", "mx1.emirates.net.ae"),
}


def received(from_host, ip, by_host, date):
    return (f"from {from_host} ({from_host} [{ip}])\r\n\tby {by_host} with ESMTPS id {rhex(12)}"
            f"\r\n\tfor <recipient>; {format_datetime(date)}")


def amazon_auth(tld, mx, date):
    sel = R.choice(["rjt5ndpk5pmx3lnmslcnesewitqhwfar", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "ug7nbtf4gccmlpwj322ax3p6ow6yfsug"])
    style = R.randint(0, 1)
    bounce = f"{date.strftime('%Y%m%d%H%M%S')}{rhex(6)}@bounces.{tld}"
    ip = f"52.95.{R.randint(40, 60)}.{R.randint(2, 250)}"
    if style:
        return (f"{mx};\r\n\tdkim=pass header.i=@{tld} header.s={sel} header.b={rhex(8)};"
                f"\r\n\tdkim=pass header.d={tld} header.s=224i4yxa5dv7c2xz3womw6peuasteono;"
                f"\r\n\tspf=pass ({mx.split('.', 1)[1]}: domain of {bounce} designates {ip} as permitted sender) smtp.mailfrom={bounce};"
                f"\r\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={tld}"), bounce, ip
    return (f"{mx};\r\n\tspf=pass smtp.mailfrom=bounces.{tld};"
            f"\r\n\tdkim=pass header.d={tld} header.s={sel} header.b={rhex(8)};"
            f"\r\n\tdmarc=pass action=none header.from={tld}; compauth=pass reason=100"), bounce, ip


def dkim_sig(domain, sel, t=None):
    b = base64.b64encode(bytes(R.getrandbits(8) for _ in range(128))).decode()
    bh = base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()
    return (f"v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n\ts={sel}; d={domain}; t={t if t else R.randint(1714500000, 1718000000)};"
            f"\r\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;"
            f"\r\n\tbh={bh};\r\n\tb={b[:70]}\r\n\t{b[70:]}")


def relay_chain(kind, from_domain, to_addr, mx, date):
    """return list of Received header values, newest first"""
    d1 = date + datetime.timedelta(seconds=R.randint(1, 4))
    d0 = date
    fd = lambda d: format_datetime(d)
    if kind == "amazon":
        n = R.randint(1000, 9999)
        ip = f"52.95.{R.randint(40, 60)}.{R.randint(2, 250)}"
        return [f"from smtp-fw-{n}.amazon.com (smtp-fw-{n}.amazon.com. [{ip}])\n\tby {mx} with ESMTPS id {rhex(16)}\n\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)\n\tfor <{to_addr}>; {fd(d1)}",
                f"from pdx1-mailout-{R.randint(100, 999)}.amazon.com (localhost [127.0.0.1])\n\tby smtp-fw-{n}.amazon.com with ESMTP id {rhex(10)}; {fd(d0)}"]
    if kind == "gmail":
        ip = f"209.85.220.{R.randint(20, 80)}"
        return [f"from mail-sor-f{R.randint(10, 80)}.google.com (mail-sor-f41.google.com. [{ip}])\n\tby {mx} with SMTPS id {rhex(12)}\n\tfor <{to_addr}>\n\t(Google Transport Security); {fd(d1)}",
                f"by 2002:a17:90a:{rhex(4)}:b0:{rhex(3)}:{rhex(4)}:{rhex(4)} with SMTP id {rhex(12)}; {fd(d0)}"]
    if kind == "outlook":
        ip = f"40.107.{R.randint(1, 250)}.{R.randint(2, 250)}"
        return [f"from EUR{R.randint(1, 9):02d}-AM{R.randint(1, 9)}-obe.outbound.protection.outlook.com (mail-am{R.randint(1, 9)}eur0{R.randint(1, 5)}olkn20{R.randint(10, 99)}.outbound.protection.outlook.com [{ip}])\n\tby {mx} with ESMTPS id {rhex(12)}\n\tfor <{to_addr}>; {fd(d1)}"]
    if kind == "yahoo":
        ip = f"66.163.{R.randint(180, 191)}.{R.randint(2, 250)}"
        return [f"from sonic{R.randint(300, 330)}-{R.randint(10, 60)}.consmr.mail.ne1.yahoo.com (sonic{R.randint(300, 330)}-{R.randint(10, 60)}.consmr.mail.ne1.yahoo.com [{ip}])\n\tby {mx} with ESMTPS id {rhex(12)}\n\tfor <{to_addr}>; {fd(d1)}"]
    if kind == "vps":
        ip = f"{R.choice([45, 91, 103, 185, 194])}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}"
        host = R.choice(["vps", "srv", "host", "mail"]) + rdig(R.randint(3, 6))
        return [f"from {host}.{from_domain} (unknown [{ip}])\n\tby {mx} with ESMTP id {rhex(12)}\n\tfor <{to_addr}>; {fd(d1)}",
                f"from localhost (localhost [127.0.0.1])\n\tby {host}.{from_domain} (Postfix) with ESMTPSA id {rhex(10).upper()}; {fd(d0)}"]
    ip = f"{R.choice([35, 52, 54, 150, 160, 203])}.{R.randint(1, 250)}.{R.randint(1, 250)}.{R.randint(2, 250)}"
    return [f"from mail.{from_domain} (mail.{from_domain} [{ip}])\n\tby {mx} with ESMTPS id {rhex(12)}\n\tfor <{to_addr}>; {fd(d1)}"]


def auth_line(mx, spec, from_domain):
    a = spec.get("auth")
    if not a:
        return None
    if isinstance(a, str):
        return a
    parts = []
    if "dkim" in a:
        if a["dkim"] == "none":
            parts.append("dkim=none (message not signed)")
        else:
            parts.append(f"dkim={a['dkim']} header.d={a.get('d', from_domain)} header.s={a.get('s', 'default')} header.b={rhex(8)}")
    if "spf" in a:
        parts.append(f"spf={a['spf']} smtp.mailfrom={a.get('mailfrom', from_domain)}")
    if "dmarc" in a:
        parts.append(f"dmarc={a['dmarc']} header.from={a.get('hfrom', from_domain)}")
    return f"{mx};\n\t" + ";\n\t".join(parts)


def build(spec):
    lang = spec["lang"]
    tz = spec.get("tz", 0)
    date = rdate(tz_hours=tz)
    parts = [textpart(p[1], p[0], p[2], p[3]) for p in spec["parts"]]
    if len(parts) == 1:
        msg = parts[0]
    else:
        msg = MIMEMultipart("alternative", boundary=boundary())
        for p in parts:
            del p["MIME-Version"]
            msg.attach(p)
        msg.preamble = None
    mime_hdrs = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]

    fname, faddr = spec["frm"][0], spec["frm"][1]
    from_domain = faddr.split("@", 1)[1]
    to_name, to_addr = spec["to"]
    mx = R.choice(MX[lang])
    relay = spec.get("relay", "generic")
    for rv in relay_chain(relay, from_domain, to_addr, mx, date):
        msg["Received"] = rv
    if relay == "amazon":
        rp = f"{date.strftime('%Y%m%d%H%M%S')}{rhex(8)}@bounces.{from_domain}"
    elif relay in ("gmail", "outlook", "yahoo"):
        rp = faddr
    else:
        rp = spec.get("return_path", f"bounce-{rdig(6)}@{from_domain}")
    msg["Return-Path"] = f"<{rp}>"
    if spec.get("auth") == "amazon":
        a, _, _ = amazon_auth(from_domain, mx, date)
        msg["Authentication-Results"] = a
        msg["DKIM-Signature"] = dkim_sig(from_domain, "rjt5ndpk5pmx3lnmslcnesewitqhwfar", int(date.timestamp()) - 2)
    else:
        a = auth_line(mx, spec, from_domain)
        if a:
            msg["Authentication-Results"] = a
            if spec["auth"].get("dkim") == "pass":
                msg["DKIM-Signature"] = dkim_sig(spec["auth"].get("d", from_domain), spec["auth"].get("s", "default"), int(date.timestamp()) - 1)
    msg["Date"] = format_datetime(date)
    msg["From"] = addr(fname, faddr, spec.get("name_cs", "utf-8"))
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["To"] = addr(to_name, to_addr, spec.get("name_cs", "utf-8"))
    mid_dom = spec.get("mid_domain") or (f"{R.choice(['us-west-2', 'eu-west-1', 'ap-northeast-1'])}.amazonses.com" if relay == "amazon" else from_domain)
    if relay == "amazon":
        msg["Message-ID"] = f"<0101018f{rhex(8)}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@{mid_dom}>"
    else:
        msg["Message-ID"] = f"<{rhex(8).upper()}.{rdig(10)}.{rhex(6)}@{mid_dom}>"
    for k, v in spec.get("pre_extra", []):
        msg[k] = v
    msg["Subject"] = hdr(spec["subject"], spec.get("subj_cs", "utf-8"))
    for k, v in mime_hdrs:
        msg[k] = v
    for k, v in spec.get("extra", []):
        msg[k] = v
    from email.policy import compat32
    return msg.as_bytes(policy=compat32.clone(max_line_length=78, linesep="\n"))


SPECS = []


def add(**kw):
    SPECS.append(kw)


# ==============================================================================================
# JAPANESE  (amazon.co.jp)
# ==============================================================================================

JA_NAV = [("注文履歴", "https://www.amazon.co.jp/gp/css/order-history"),
          ("アカウントサービス", "https://www.amazon.co.jp/gp/css/homepage.html"),
          ("Amazon.co.jp", "https://www.amazon.co.jp/")]


def ja_footer(iso=False):
    c = "(C) 2024 Amazon.com, Inc. or its affiliates." if iso else "© 2024 Amazon.com, Inc. or its affiliates."
    return [
        "このEメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。",
        "Amazon.co.jpがEメールでお客様のパスワードやクレジットカード番号をお尋ねしたり、メール内のリンクから個人情報の入力をお願いしたりすることはありません。"
        "Amazon.co.jpを装った不審なEメールを受け取った場合は、こちらからご報告ください: https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GMTQ4L5J3ZU2SB6B",
        "ご登録のクレジットカード番号や有効期限が変更になった場合は、アカウントサービスの「お支払い方法」から更新してください: https://www.amazon.co.jp/cpe/yourpayments/wallet",
        "ヘルプ＆カスタマーサービス: https://www.amazon.co.jp/gp/help/customer/display.html",
        c + " Amazon、Amazon.co.jpおよびそのロゴはAmazon.com, Inc.またはその関連会社の商標です。",
        "アマゾンジャパン合同会社 〒153-0064 東京都目黒区下目黒1-8-1",
    ]


def ja_genuine(key, cause, sr, note, sender, subject, title, paras, items, closing, parts_plan,
               auth, to=("佐藤 美咲", "misaki.sato@example-mail.jp"), items_heading="キャンセルされた商品"):
    mp, brand = "amazon.co.jp", "Amazon.co.jp"
    order = order_no(R.choice(["249", "250", "503"]))
    paras = [p.replace("{order}", order) for p in paras]
    subject = subject.replace("{order}", order)
    iso = any(p[1] == "iso-2022-jp" for p in parts_plan)
    foot = ja_footer(iso)
    parts = []
    for sub, chs, cte in parts_plan:
        if sub == "plain":
            parts.append(("plain", amz_text(brand, title, "注文番号 #", order, paras, items_heading, items, closing,
                                            ja_footer(chs == "iso-2022-jp")), chs, cte))
        else:
            parts.append(("html", amz_layout(mp, brand, JA_NAV, title, "注文番号 #", order, paras, items_heading, items,
                                             closing, ja_footer(chs == "iso-2022-jp"), lang="ja", charset=chs), chs, cte))
    add(key=key, lang="ja", kind="notice", cause=cause, sr=sr, mp=mp, note=note,
        frm=(brand, f"{sender}@amazon.co.jp"), to=to, subject=subject,
        subj_cs="iso-2022-jp" if iso else "utf-8", reply_to="no-reply@amazon.co.jp" if R.random() < 0.6 else None,
        parts=parts, relay="amazon", auth="amazon" if auth else None,
        extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Feedback-ID", f"1.ap-northeast-1.{rhex(20)}:AmazonSES")] if R.random() < 0.7 else [])


# ---- notices ---------------------------------------------------------------------------------
ja_genuine("ja_n1", "inventory_shortage", True, "supplier cannot deliver, item cancelled; html+text qp",
    "auto-confirm", "Amazon.co.jp: ご注文 #{order} の商品がキャンセルされました", "ご注文の商品のキャンセル",
    ["佐藤 美咲 様",
     "Amazon.co.jpをご利用いただき、ありがとうございます。",
     "誠に申し訳ございませんが、以下の商品は仕入先からの入荷の見込みが立たず、在庫を確保することができなかったため、ご注文をキャンセルさせていただきました。ご迷惑をおかけしましたことを深くお詫び申し上げます。",
     "キャンセルされた商品の代金は請求されません。クレジットカードのご利用枠に一時的な確保（オーソリ）が行われている場合は、カード会社の処理により数日以内に解除されます。",
     "同じ商品がほかの出品者から販売されている場合があります。商品ページで最新の在庫状況をご確認ください: https://www.amazon.co.jp/dp/B0CX7K2L9M"],
    [("象印マホービン ステンレスマグ 480ml SM-GA48-BA ブラック", "数量: 1   ￥2,980")],
    ["ご注文の状況は「注文履歴」からいつでもご確認いただけます: https://www.amazon.co.jp/gp/css/order-history",
     "またのご利用をお待ちしております。"],
    [("plain", "utf-8", "qp"), ("html", "utf-8", "qp")], True)

ja_genuine("ja_n2", "payment_issue", True, "card not authorised, payment revision deadline passed; text-only ISO-2022-JP",
    "payments-messages", "ご注文 #{order} はキャンセルされました", "お支払いに関するお知らせ",
    ["高橋 健太 様",
     "Amazon.co.jpをご利用いただきありがとうございます。",
     "先日、ご注文いただいた商品のお支払いについて、ご登録のクレジットカードの承認が得られなかったことをお知らせし、お支払い方法の更新をお願いしておりました。"
     "しかしながら、期限までにお支払い方法の更新が確認できなかったため、以下のご注文をキャンセルいたしました。",
     "このご注文についてお客様へのご請求はありません。引き続き商品の購入をご希望の場合は、有効なお支払い方法をアカウントサービスにご登録のうえ、改めてご注文ください。",
     "お支払い方法の管理: https://www.amazon.co.jp/cpe/yourpayments/wallet"],
    [("アイリスオーヤマ サーキュレーター 静音 首振り PCF-SC15T", "数量: 1   ￥3,980")],
    ["今後ともAmazon.co.jpをよろしくお願いいたします。"],
    [("plain", "iso-2022-jp", "7bit")], False, to=("高橋 健太", "k.takahashi@example-mail.jp"))

ja_genuine("ja_n3", "technical_issue", True, "wrong price shown due to system fault; html-only base64",
    "order-update", "Amazon.co.jp: ご注文の商品のキャンセルに関するお詫び", "ご注文のキャンセルに関するお詫び",
    ["中村 陽子 様",
     "Amazon.co.jpをご利用いただき、誠にありがとうございます。",
     "お客様がご注文された以下の商品について、システムの不具合により商品詳細ページに誤った価格が表示されていたことが判明いたしました。"
     "大変申し訳ございませんが、誤った価格での販売となるため、このご注文はキャンセルさせていただきました。",
     "お客様に代金が請求されることはありません。正しい価格での購入をご希望の場合は、お手数ですが商品ページから改めてご注文ください。",
     "このたびはご不便をおかけし、誠に申し訳ございませんでした。"],
    [("ロジクール ワイヤレスマウス MX Master 3S グラファイト", "数量: 1   表示価格 ￥1,580")],
    ["ご不明な点がございましたら、カスタマーサービスまでお問い合わせください: https://www.amazon.co.jp/gp/help/customer/contact-us"],
    [("html", "utf-8", "b64")], True, to=("中村 陽子", "yoko.nakamura@example-mail.jp"))

ja_genuine("ja_n4", "fraud_prevention", True, "unusual activity, account on hold, order cancelled; alt qp",
    "cs-reply", "Amazon.co.jp アカウントの一時保留とご注文のキャンセルについて", "アカウントの一時保留について",
    ["山本 大輔 様",
     "お客様のAmazon.co.jpアカウントで通常とは異なるアクティビティを検出しました。お客様のアカウントと情報を保護するため、アカウントを一時的に保留とし、保留中のご注文（注文番号 {order}）をキャンセルいたしました。",
     "アカウントを引き続きご利用いただくには、このEメール内のリンクではなく、Amazon.co.jpのウェブサイトまたはAmazonショッピングアプリから直接サインインし、画面の指示に従ってご本人確認を完了してください。確認が完了次第、アカウントは通常どおりご利用いただけます。",
     "キャンセルされたご注文に関するご請求はありません。"],
    [("Apple AirPods Pro（第2世代）MagSafe充電ケース（USB-C）付き", "数量: 1   ￥39,800")],
    ["Amazon.co.jp カスタマーサービス"],
    [("plain", "utf-8", "qp"), ("html", "utf-8", "qp")], False, to=("山本 大輔", "daisuke.y@example-mail.jp"))

ja_genuine("ja_n5", "customer_request", True, "customer's own cancellation, Cancel reason line; text iso-2022-jp + html qp",
    "auto-confirm", "ご注文のキャンセルが完了しました: 「エレコム USB Type-C ケーブル 1.0m...」", "キャンセルのご確認",
    ["伊藤 さくら 様",
     "Amazon.co.jpをご利用いただきありがとうございます。",
     "お客様からのご依頼により、以下の商品のご注文をキャンセルいたしました。",
     "キャンセル理由: お客様によるキャンセル",
     "この商品の代金は請求されません。すでにお支払いいただいている場合は、ご注文時のお支払い方法に返金いたします。"],
    [("エレコム USB Type-C ケーブル 1.0m PD 60W対応 MPA-CC10PNBK", "数量: 2   ￥1,196")],
    ["キャンセル済みのご注文は「注文履歴」でご確認いただけます: https://www.amazon.co.jp/gp/css/order-history?orderFilter=cancelled"],
    [("plain", "iso-2022-jp", "7bit"), ("html", "utf-8", "qp")], True, to=("伊藤 さくら", "sakura.ito@example-mail.jp"))

ja_genuine("ja_n6", "unknown", True, "address cannot be served by carrier (fits none of the four); plain 8bit",
    "order-update", "Amazon.co.jp ご注文 #{order} のキャンセルのお知らせ", "ご注文のキャンセルのお知らせ",
    ["小林 直樹 様",
     "Amazon.co.jpをご利用いただきありがとうございます。",
     "ご注文の商品を発送する準備を進めておりましたが、ご指定のお届け先住所には配送業者がお届けできないことが判明したため、誠に勝手ながらご注文をキャンセルいたしました。",
     "お届け先住所に誤りがある場合は、アカウントサービスの「アドレス帳」で住所をご確認のうえ、改めてご注文ください: https://www.amazon.co.jp/a/addresses",
     "お客様へのご請求はありません。"],
    [("ドウシシャ 電動かき氷器 ふわふわ とろ雪 DTY-B2BK", "数量: 1   ￥5,480")],
    ["またのご利用をお待ちしております。"],
    [("plain", "utf-8", "8bit")], False, to=("小林 直樹", "naoki.kobayashi@example-mail.jp"))


# ---- non-notices -----------------------------------------------------------------------------
_t = """佐々木 彩 様

この度は「北欧雑貨 ルーミ」オンラインストアをご利用いただき、誠にありがとうございます。

大変申し訳ございませんが、ご注文いただいた下記の商品につきまして、メーカー欠品により入荷の見込みが立たなくなったため、ご注文をキャンセルさせていただきました。
楽しみにお待ちいただいていたところ、ご迷惑をおかけしましたことを心よりお詫び申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━
■ご注文番号：LM-240519-0087
■ご注文日：2024年5月19日
■キャンセル商品：アラビア パラティッシ プレート 21cm ブラック ×2
■お支払い方法：Amazon Pay
━━━━━━━━━━━━━━━━━━━━━━━━

【お支払いについて】
Amazon Payでのお支払いは売上確定前のため、ご請求は発生いたしません。
Amazonアカウントの「Amazon Pay ご利用履歴」に一時的に表示される場合がございますが、数日以内に自動的に取り消されますのでご安心ください。
※本キャンセルは当店の在庫都合によるもので、Amazon.co.jpでのご注文とは関係ございません。

再入荷のお知らせをご希望の場合は、商品ページの「再入荷通知」ボタンからご登録ください。
https://lumi-zakka.jp/products/arabia-paratiisi-21

────────────────────
北欧雑貨 ルーミ オンラインストア
〒060-0061 北海道札幌市中央区南1条西8丁目
TEL 011-555-0142（平日10:00〜17:00）
MAIL support@lumi-zakka.jp
────────────────────
"""
add(key="ja_x1", lang="ja", kind="non_notice", cause=None, sr=False, mp=None,
    note="independent shop cancels own order (out of stock); paid with Amazon Pay", tz=9,
    frm=("北欧雑貨 ルーミ オンラインストア", "order@lumi-zakka.jp"), to=("佐々木 彩", "aya.sasaki@example-mail.jp"),
    subject="【ルーミ】ご注文キャンセルのお知らせ（ご注文番号：LM-240519-0087）",
    parts=[("plain", _t, "utf-8", "qp")], relay="generic", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "k1"})

_t = """小林さん

お疲れさまです、田中です。

昨日チャットで共有したモニターアームの件、Amazonで注文していた分はキャンセルしました。
総務経由でまとめて購入することになったそうなので、個人で立て替える必要はなくなりました。
Amazonからもキャンセル完了のメールが来ていたので、二重に届くことはないと思います。

来週の席替えまでには総務から届く予定とのことです。
よろしくお願いします。

--
田中 浩二
川瀬デザイン株式会社 制作部
TEL: 03-5555-0187
"""
add(key="ja_x2", lang="ja", kind="non_notice", cause=None, sr=False, mp=None,
    note="colleague says he cancelled his Amazon order; ISO-2022-JP", tz=9,
    frm=("田中 浩二", "k.tanaka@kawase-design.co.jp"), to=("小林 直樹", "n.kobayashi@kawase-design.co.jp"),
    subject="Re: モニターアームの件", subj_cs="iso-2022-jp",
    parts=[("plain", _t, "iso-2022-jp", "7bit")], relay="generic",
    pre_extra=[("In-Reply-To", f"<{rhex(16)}@kawase-design.co.jp>")],
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0")])

_paras = ["週刊セキュリティ通信 2024年5月第4週号",
          "今週のトピック：「Amazon ご注文のキャンセル」を装うフィッシングが急増",
          "5月中旬以降、Amazonの注文キャンセル通知を装ったフィッシングメールの報告が相次いでいます。確認されている件名の例は次のとおりです。",
          "・【Amazon】お客様のご注文はキャンセルされました（注文番号：249-0000000-0000000）\n・Amazon.co.jp：お支払い情報の問題によりご注文がキャンセルされました\n・【重要】アカウント停止とご注文キャンセルのお知らせ",
          "これらのメールは、本文中のリンクから偽のログインページへ誘導し、IDやパスワード、クレジットカード情報を入力させようとします。中には電話番号を記載し、電話をかけさせて遠隔操作ソフトをインストールさせる手口もあります。",
          "対策：メール内のリンクは開かず、ブックマークや公式アプリから注文履歴を確認しましょう。送信元アドレスのドメインや、注文番号の形式も確認のポイントです。",
          "記事の全文はこちら: https://sec-tsushin.jp/articles/2024/05/amazon-cancel-phishing",
          "配信停止はこちら: https://sec-tsushin.jp/mail/unsubscribe?u=8812034"]
_t = "\n\n".join(_paras)
_h = simple_html(_paras, "週刊セキュリティ通信", header_html='<div style="background:#0b3d62;color:#fff;padding:10px 16px;font-weight:bold;">週刊セキュリティ通信</div>')
add(key="ja_x3", lang="ja", kind="non_notice", cause=None, sr=False, mp=None,
    note="security newsletter quoting fake cancellation subjects", tz=9,
    frm=("週刊セキュリティ通信", "news@sec-tsushin.jp"), to=(None, "misaki.sato@example-mail.jp"),
    subject="【週刊セキュリティ通信】「Amazon ご注文のキャンセル」を装うフィッシングが急増",
    parts=[("plain", _t, "utf-8", "b64"), ("html", _h, "utf-8", "b64")], relay="generic",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "mail"},
    extra=[("List-Unsubscribe", "<https://sec-tsushin.jp/mail/unsubscribe?u=8812034>"), ("Precedence", "bulk")])

_paras = ["渡辺 真理 様",
          "Amazonフレッシュをご利用いただきありがとうございます。",
          "カートで予約されていた以下のお届け時間帯は、予約の有効期限までにご注文が確定されなかったため、キャンセルされました。",
          "お届け予定日：2024年5月24日（金）\nお届け時間帯：18:00～20:00",
          "ご注文は作成されていないため、代金が請求されることはありません。カートの商品はそのまま保存されています。お届けをご希望の場合は、改めて時間帯を選択し、ご注文を確定してください: https://www.amazon.co.jp/alm/storefront?almBrandId=QW1hem9uIEZyZXNo",
          "Amazonフレッシュ"]
_t = "\n\n".join(_paras) + "\n\n" + "\n".join(ja_footer())
_h = amz_layout("amazon.co.jp", "Amazon.co.jp", JA_NAV, "お届け時間帯の予約キャンセル", "", None, _paras[:-1], "", [],
                [_paras[-1]], ja_footer())
add(key="ja_x4", lang="ja", kind="non_notice", cause=None, sr=False, mp=None,
    note="Amazon Fresh delivery slot reservation cancelled, no order placed", tz=0,
    frm=("Amazon.co.jp", "no-reply@amazon.co.jp"), to=("渡辺 真理", "mari.watanabe@example-mail.jp"),
    subject="Amazonフレッシュ：お届け時間帯の予約がキャンセルされました",
    parts=[("plain", _t, "utf-8", "qp"), ("html", _h, "utf-8", "qp")], relay="amazon", auth="amazon")

_t = """加藤 翔 様

Amazonプライム会員登録のキャンセル手続きが完了しました。

会員特典は、現在の会員期間の最終日である2024年6月14日までご利用いただけます。以降、会費（月額600円）は請求されません。

プライム会員特典（お急ぎ便・お届け日時指定便の無料利用、Prime Video、Amazon Music Primeなど）は、会員期間終了後はご利用いただけなくなります。

気が変わった場合は、会員期間の終了前であれば、いつでもプライム会員情報のページから会員登録を継続できます。
https://www.amazon.co.jp/gp/primecentral

Amazonプライム
""" + "\n".join(ja_footer())
add(key="ja_x5", lang="ja", kind="non_notice", cause=None, sr=False, mp=None,
    note="Prime membership cancellation confirmed; text-only base64", tz=0,
    frm=("Amazonプライム", "prime-noreply@amazon.co.jp"), to=("加藤 翔", "sho.kato@example-mail.jp"),
    subject="Amazonプライム会員登録のキャンセルが完了しました",
    parts=[("plain", _t, "utf-8", "b64")], relay="amazon", auth="amazon")

_ord = order_no("250")
_paras = ["松本 恵 様",
          f"ご注文（注文番号 {_ord}）のお支払いについて、ご登録のクレジットカード（末尾 4021）の承認が得られませんでした。カードの有効期限切れ、ご利用限度額の超過、またはご登録情報の相違が考えられます。",
          "ご注文の商品をお届けするため、2024年6月2日までにお支払い方法を更新してください。期限までに更新が確認できない場合、ご注文はキャンセルされます。",
          "お支払い方法を更新するには、Amazon.co.jpにサインインし、注文履歴から該当のご注文を選択して「お支払い方法の変更」をクリックしてください。セキュリティ保護のため、このEメール内のリンクからではなく、ブラウザに直接 amazon.co.jp と入力してアクセスすることをおすすめします。",
          "すでにお支払い方法を更新済みの場合は、このメールは破棄してください。"]
_items = [("タイガー魔法瓶 炊飯器 5.5合 JPW-D100", "数量: 1   ￥21,800")]
_t = amz_text("Amazon.co.jp", "お支払い方法の更新のお願い", "注文番号 #", _ord, _paras, "ご注文の商品", _items, [], ja_footer())
_h = amz_layout("amazon.co.jp", "Amazon.co.jp", JA_NAV, "お支払い方法の更新のお願い", "注文番号 #", _ord, _paras, "ご注文の商品", _items, [], ja_footer())
add(key="ja_x6", lang="ja", kind="non_notice", cause=None, sr=False, mp=None,
    note="genuine payment-revision reminder before any cancellation (will be cancelled if not updated)", tz=0,
    frm=("Amazon.co.jp", "payments-messages@amazon.co.jp"), to=("松本 恵", "megumi.matsumoto@example-mail.jp"),
    subject=f"お支払い方法の更新をお願いします（注文番号 {_ord}）",
    parts=[("plain", _t, "utf-8", "qp"), ("html", _h, "utf-8", "qp")], relay="amazon", auth=None)


# ---- lookalikes ------------------------------------------------------------------------------
_t = """Amazon.co.jp お客様

お客様のアカウントで不正なご注文が検出されたため、下記のご注文は自動的にキャンセルされました。

注文番号: 249-4418203-7720918
商品: Apple iPhone 15 Pro Max 256GB ナチュラルチタニウム
金額: ￥189,800

このご注文にお心当たりがない場合は、至急 Amazonサポートセンター（24時間受付）までお電話ください。

　　☎ 050-6875-3391

お電話をいただけない場合、48時間後にアカウントは永久に停止され、登録されたカードでのご利用が制限されます。

Amazon.co.jp セキュリティ部門
"""
add(key="ja_l1", lang="ja", kind="lookalike", cause="fraud_prevention", sr=True, mp=None,
    note="callback phone number, 'fraudulent order detected', support domain lookalike; crude text 8bit", tz=9,
    frm=("Amazon.co.jp", "support@amazon-jp-help.com"), to=(None, "misaki.sato@example-mail.jp"),
    subject="【重要】ご注文キャンセルのお知らせ",
    parts=[("plain", _t, "utf-8", "8bit")], relay="vps",
    auth={"spf": "softfail", "dkim": "none", "dmarc": "fail", "hfrom": "amazon-jp-help.com"},
    extra=[("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")])

_paras = ["Amazon アカウント停止のお知らせ",
          "お客様のアカウントで異常なサインインが確認されたため、セキュリティ上の理由によりアカウントを停止し、進行中のご注文をすべてキャンセルしました。",
          "アカウントを再開するには、以下の確認コードを認証ページに入力してください。コードの有効期限は発行から30分です。",
          "確認コード： 739 204",
          "認証ページ： https://amazon.co.jp.acc-verify.top/ap/signin?openid=verify&code=739204",
          "期限内に認証が完了しない場合、アカウントは閉鎖され、残高およびポイントは失効します。",
          "Amazon.co.jp アカウントサービス"]
add(key="ja_l2", lang="ja", kind="lookalike", cause="fraud_prevention", sr=True, mp=None,
    note="account suspended + all orders cancelled, enter verification code; amazon.co.jp.<evil>.top", tz=9,
    frm=("Amazon", "account-security@amazon.co.jp.acc-verify.top"), to=(None, "k.takahashi@example-mail.jp"),
    subject="アカウントが停止されました - ご注文はキャンセルされました",
    parts=[("plain", "\n\n".join(_paras), "utf-8", "b64"),
           ("html", simple_html(_paras, "Amazon", header_html='<div style="background:#232f3e;padding:12px;"><span style="color:#ff9900;font-size:22px;font-weight:bold;">amazon</span></div>'), "utf-8", "b64")],
    relay="vps", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "x"})

_t = """お客様各位

いつもAmazonをご利用いただき誠にありがとうございます。

お客様のクレジットカードの決済が正常に完了しなかったため、ご注文はキャンセルされました。
ご注文を再度有効にするには、本メールにご返信のうえ、以下の情報をご記入ください。

・カード名義（ローマ字）：
・カード番号：
・有効期限（月/年）：
・セキュリティコード（裏面3桁）：
・生年月日：
・ご登録の電話番号：

ご返信いただいた情報を確認後、ご注文を再開いたします。
24時間以内にご返信がない場合、ご注文は完全に削除されます。

Amazon.co.jp 決済センター
"""
add(key="ja_l3", lang="ja", kind="lookalike", cause="payment_issue", sr=True, mp=None,
    note="reply with card details; free-mail (yahoo.co.jp) sender; no order number; ISO-2022-JP", tz=9,
    frm=("Amazon.co.jp 決済センター", "amazon_kessai_center@yahoo.co.jp"), to=(None, "yoko.nakamura@example-mail.jp"),
    subject="Amazon お支払いエラーによる注文キャンセル", subj_cs="iso-2022-jp",
    parts=[("plain", _t, "iso-2022-jp", "7bit")], relay="yahoo",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "yahoo.co.jp", "hfrom": "yahoo.co.jp", "s": "yj20110701"})

_evil = lambda u: "https://amazon-co-jp-mail.com/jp/wallet/update.php?sid=" + rhex(24)
_ord = "503-2291847-6610275"
_paras = ["斎藤 隆 様",
          "Amazon.co.jpをご利用いただきありがとうございます。",
          "ご登録のクレジットカードの有効期限が切れているため、ご注文のお支払いを処理できませんでした。そのため、以下のご注文をキャンセルいたしました。",
          "お支払い済みの金額の返金、および今後のご注文を継続してご利用いただくため、48時間以内にお支払い情報を更新してください: https://www.amazon.co.jp/cpe/yourpayments/wallet",
          "更新が確認できない場合、アカウントの一部機能が制限されます。"]
_items = [("ソニー ワイヤレスノイズキャンセリングヘッドホン WH-1000XM5 ブラック", "数量: 1   ￥49,500")]
_closing = ["ご注文の詳細は注文履歴でご確認ください: https://www.amazon.co.jp/gp/css/order-history"]
add(key="ja_l4", lang="ja", kind="lookalike", cause="payment_issue", sr=True, mp=None,
    note="polished copy of real template; link text shows amazon.co.jp but href goes to amazon-co-jp-mail.com", tz=0,
    frm=("Amazon.co.jp", "auto-confirm@amazon-co-jp-mail.com"), to=("斎藤 隆", "t.saito@example-mail.jp"),
    subject=f"Amazon.co.jp: ご注文 #{_ord} はキャンセルされました",
    parts=[("plain", amz_text("Amazon.co.jp", "ご注文のキャンセル", "注文番号 #", _ord, _paras, "キャンセルされた商品", _items, _closing, ja_footer()), "utf-8", "qp"),
           ("html", amz_layout("amazon.co.jp", "Amazon.co.jp", JA_NAV, "ご注文のキャンセル", "注文番号 #", _ord, _paras, "キャンセルされた商品", _items, _closing, ja_footer(), href=_evil), "utf-8", "qp")],
    relay="vps", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "s1"}, reply_to="no-reply@amazon-co-jp-mail.com")

_paras = ["Amazon.co.jp をご利用のお客様へ",
          "システム障害の影響により、お客様の最新のご注文のお支払い情報が正しく処理されませんでした。",
          "24時間以内にお支払い情報を再確認いただけない場合、ご注文は自動的にキャンセルされます。",
          "下記のボタンからサインインし、情報をご確認ください。",
          "https://amazon-jp-secure.net/ap/signin?redirect=order-confirm",
          "ご不便をおかけして申し訳ございません。\nAmazon.co.jp"]
add(key="ja_l5", lang="ja", kind="lookalike", cause="technical_issue", sr=True, mp=None,
    note="Cyrillic A in display name; 'will be cancelled within 24h' unless reader acts; html-only ISO-2022-JP", tz=9,
    frm=("\u0410mazon.co.jp", "no-reply@amazon-jp-secure.net"), to=(None, "daisuke.y@example-mail.jp"),
    subject="ご注文は24時間以内にキャンセルされます", subj_cs="iso-2022-jp",
    parts=[("html", simple_html(_paras, "Amazon.co.jp", charset="iso-2022-jp"), "iso-2022-jp", "7bit")],
    relay="vps", auth={"spf": "neutral", "dkim": "none", "dmarc": "none"})

_t = """お客様

Amazonカスタマーサービスです。

誠に申し訳ございませんが、ご注文いただいた商品は在庫切れのため、ご注文はキャンセルとなりました。

注文番号：503-88210-44
商品名：Nintendo Switch（有機ELモデル） ホワイト
返金額：37,980円

返金のお手続きには、下記フォームより返金先の銀行口座、またはクレジットカード情報のご入力が必要です。
https://amzn-refund-jp.web.app/form?id=50388210

3日以内にご入力がない場合、返金は無効となりますのでご注意ください。

Amazon カスタマーサービス
"""
add(key="ja_l6", lang="ja", kind="lookalike", cause="inventory_shortage", sr=True, mp=None,
    note="gmail sender, out-of-stock refund scam asking for bank/card data; malformed order number", tz=9,
    frm=("Amazon カスタマーサービス", "amazon.jp.support.center2024@gmail.com"), to=(None, "sakura.ito@example-mail.jp"),
    subject="返金のご案内：ご注文の商品は在庫切れのためキャンセルされました",
    parts=[("plain", _t, "utf-8", "qp")], relay="gmail",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "gmail.com", "hfrom": "gmail.com", "s": "20230601"})

_paras = ["お客様",
          "お客様のご注文はキャンセルされました。",
          "詳細につきましては、アカウントにログインしてご確認ください。",
          "https://amaz0n-co.jp/ap/signin?ref=cancel",
          "Amazon.co.jp"]
add(key="ja_l7", lang="ja", kind="lookalike", cause="unknown", sr=False, mp=None,
    note="Greek omicron in display name, amaz0n domain, no order number, no reason", tz=9,
    frm=("Amaz\u03bfn.co.jp", "order-update@amaz0n-co.jp"), to=(None, "naoki.kobayashi@example-mail.jp"),
    subject="ご注文キャンセルのお知らせ",
    parts=[("plain", "\n\n".join(_paras), "utf-8", "b64"), ("html", simple_html(_paras, "Amazon"), "utf-8", "b64")],
    relay="vps", auth={"spf": "pass", "dkim": "none", "dmarc": "none"})

_t = """尊敬する顧客、

あなたの注文 #114-22-9981 は、支払い情報の問題のためにキャンセルされる予定です。

注文をキャンセルされたくない場合は、以下のリンクで支払い方法を更新してください、そうしないとあなたの注文とアカウントは閉鎖されます!!

https://amazon.co.jp.secure-update.xyz/login

ありがとう
amazon.co.jp チーム
"""
add(key="ja_l8", lang="ja", kind="lookalike", cause="payment_issue", sr=True, mp=None,
    note="crude machine-translated, outlook.com sender, order 'will be cancelled' unless reader updates payment; amazon.co.jp.<evil>.xyz", tz=8,
    frm=("amazon.co.jp", "amazonjp-notice@outlook.com"), to=(None, "mari.watanabe@example-mail.jp"),
    subject="Amazon.co.jp 注文 キャンセル 予定 お知らせ !!",
    parts=[("plain", _t, "utf-8", "8bit")], relay="outlook",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "outlook.com", "hfrom": "outlook.com", "s": "selector1"})


# ==============================================================================================
# TURKISH  (amazon.com.tr)
# ==============================================================================================

TR_NAV = [("Siparişlerim", "https://www.amazon.com.tr/gp/css/order-history"),
          ("Hesabım", "https://www.amazon.com.tr/gp/css/homepage.html"),
          ("Amazon.com.tr", "https://www.amazon.com.tr/")]


def tr_footer(latin5=False):
    c = "(c) 2024 Amazon.com, Inc. veya iştirakleri." if latin5 else "© 2024 Amazon.com, Inc. veya iştirakleri."
    return [
        "Bu e-posta, gelen e-postaları kabul etmeyen bir adresten gönderilmiştir. Lütfen bu mesajı yanıtlamayın.",
        "Amazon.com.tr, e-posta yoluyla hiçbir zaman şifrenizi, kredi kartı numaranızı veya banka bilgilerinizi istemez ve e-postadaki bir bağlantı üzerinden kişisel bilgilerinizi girmenizi talep etmez. "
        "Amazon.com.tr'den geldiğini iddia eden şüpheli bir e-posta aldıysanız lütfen bize bildirin: https://www.amazon.com.tr/gp/help/customer/display.html?nodeId=GMTQ4L5J3ZU2SB6B",
        "Kart numaranız veya son kullanma tarihiniz değiştiyse, Hesabım > Ödeme Seçenekleri bölümünden güncelleyebilirsiniz: https://www.amazon.com.tr/cpe/yourpayments/wallet",
        "Yardım ve Müşteri Hizmetleri: https://www.amazon.com.tr/gp/help/customer/display.html",
        c + " Amazon, Amazon.com.tr ve Amazon.com.tr logosu Amazon.com, Inc. veya iştiraklerinin ticari markalarıdır.",
        "Amazon Turkey Perakende Hizmetleri Ltd. Şti., İstanbul, Türkiye",
    ]


def tr_genuine(key, cause, sr, note, sender, subject, title, paras, items, closing, parts_plan, auth, to,
               items_heading="İptal Edilen Ürünler"):
    mp, brand = "amazon.com.tr", "Amazon.com.tr"
    order = order_no(R.choice(["405", "407", "171"]))
    paras = [p.replace("{order}", order) for p in paras]
    subject = subject.replace("{order}", order)
    parts = []
    for sub, chs, cte in parts_plan:
        l5 = chs == "iso-8859-9"
        if sub == "plain":
            parts.append(("plain", amz_text(brand, title, "Sipariş #", order, paras, items_heading, items, closing, tr_footer(l5)), chs, cte))
        else:
            parts.append(("html", amz_layout(mp, brand, TR_NAV, title, "Sipariş #", order, paras, items_heading, items,
                                             closing, tr_footer(l5), lang="tr", charset=chs), chs, cte))
    l5 = any(p[1] == "iso-8859-9" for p in parts_plan)
    add(key=key, lang="tr", kind="notice", cause=cause, sr=sr, mp=mp, note=note,
        frm=(brand, f"{sender}@amazon.com.tr"), to=to, subject=subject, subj_cs="iso-8859-9" if l5 else "utf-8",
        name_cs="iso-8859-9" if l5 else "utf-8",
        reply_to="no-reply@amazon.com.tr" if R.random() < 0.6 else None,
        parts=parts, relay="amazon", auth="amazon" if auth else None,
        extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")] if R.random() < 0.7 else [])


# ---- notices ---------------------------------------------------------------------------------
tr_genuine("tr_n1", "inventory_shortage", True, "out of stock, supplier could not supply; alt qp utf-8",
    "order-update", "Amazon.com.tr siparişinizdeki 1 ürün iptal edildi (#{order})", "Ürün İptali",
    ["Merhaba Elif,",
     "Maalesef aşağıdaki ürün stoklarımızda kalmadığı ve tedarikçimizden temin edilemediği için siparişinizden iptal edildi. Yaşattığımız aksaklık için özür dileriz.",
     "Bu ürün için sizden herhangi bir ücret alınmayacaktır. Kartınızda bir provizyon görünüyorsa, bankanıza bağlı olarak birkaç iş günü içinde kaldırılacaktır.",
     "Siparişinizdeki diğer ürünler planlandığı şekilde gönderilecektir."],
    [("Philips Airfryer XL HD9270/90, 6.2 L, Siyah", "Adet: 1   4.299,00 TL")],
    ["Sipariş durumunuzu Siparişlerim sayfasından takip edebilirsiniz: https://www.amazon.com.tr/gp/css/order-history",
     "Tekrar görüşmek dileğiyle,"],
    [("plain", "utf-8", "qp"), ("html", "utf-8", "qp")], True, ("Elif Yılmaz", "elif.yilmaz@example-posta.com.tr"))

tr_genuine("tr_n2", "payment_issue", True, "bank card not authorised, payment info not updated in time; text-only iso-8859-9 qp",
    "payments-messages", "Siparişiniz iptal edildi: ödeme işlenemedi (#{order})", "Ödeme Bildirimi",
    ["Merhaba Mehmet,",
     "{order} numaralı siparişiniz için kullandığınız banka kartından ödeme onayı alınamadı. Size daha önce ödeme bilgilerinizi güncellemeniz için bir e-posta göndermiştik; ancak belirtilen süre içinde güncelleme yapılmadığı için siparişinizi iptal ettik.",
     "Bu siparişten dolayı hesabınızdan herhangi bir tutar tahsil edilmemiştir. Ürünleri hâlâ satın almak istiyorsanız, geçerli bir ödeme yöntemi ekleyerek yeni bir sipariş verebilirsiniz.",
     "Ödeme yöntemlerinizi yönetmek için: https://www.amazon.com.tr/cpe/yourpayments/wallet"],
    [("LEGO Classic Yaratıcı Yapım Kutusu 10696", "Adet: 1   749,90 TL")],
    ["Amazon.com.tr'yi tercih ettiğiniz için teşekkür ederiz."],
    [("plain", "iso-8859-9", "qp")], False, ("Mehmet Kaya", "mehmet.kaya@example-posta.com.tr"))

tr_genuine("tr_n3", "technical_issue", True, "pricing error on product page due to technical fault; html-only base64",
    "order-update", "Siparişinizle ilgili önemli bilgi: #{order}", "Sipariş İptali",
    ["Merhaba Zeynep,",
     "Aşağıdaki ürünün sayfasında teknik bir hata nedeniyle yanlış fiyat görüntülendiği tespit edildi. Bu nedenle bu ürün için verdiğiniz siparişi iptal etmek zorunda kaldık.",
     "Herhangi bir ücret tahsil edilmeyecektir. Ürünü güncel fiyatından satın almak isterseniz ürün sayfasını tekrar ziyaret edebilirsiniz.",
     "Yaşattığımız aksaklık için özür dileriz."],
    [("Samsung 65\" Crystal UHD 4K Smart TV UE65CU7000", "Adet: 1   Görüntülenen fiyat: 2.349,00 TL")],
    ["Sorularınız için Müşteri Hizmetleri: https://www.amazon.com.tr/gp/help/customer/contact-us"],
    [("html", "utf-8", "b64")], False, ("Zeynep Demir", "zeynep.demir@example-posta.com.tr"))

tr_genuine("tr_n4", "fraud_prevention", True, "unusual activity, account on hold, pending order cancelled; alt 8bit utf-8",
    "cs-reply", "Amazon.com.tr hesabınız beklemeye alındı", "Hesap Güvenliği",
    ["Merhaba Can,",
     "Amazon.com.tr hesabınızda olağan dışı bir etkinlik fark ettik. Hesabınızı ve bilgilerinizi korumak için hesabınızı geçici olarak beklemeye aldık ve bekleyen siparişinizi ({order}) iptal ettik.",
     "Hesabınızı yeniden kullanabilmek için bu e-postadaki bağlantıları kullanmak yerine doğrudan Amazon.com.tr web sitesine veya Amazon Alışveriş uygulamasına giriş yapın ve ekrandaki kimlik doğrulama adımlarını tamamlayın.",
     "İptal edilen sipariş için herhangi bir ücret tahsil edilmeyecektir."],
    [("Apple iPhone 15 128 GB, Siyah", "Adet: 1   49.999,00 TL")],
    ["Amazon.com.tr Müşteri Hizmetleri"],
    [("plain", "utf-8", "8bit"), ("html", "utf-8", "8bit")], True, ("Can Öztürk", "can.ozturk@example-posta.com.tr"))

tr_genuine("tr_n5", "customer_request", True, "customer's own cancellation with Iptal Nedeni line; iso-8859-9 text 8bit + html qp",
    "auto-confirm", "Siparişinizdeki ürün başarıyla iptal edildi: \"Tefal Ingenio...\"", "İptal Onayı",
    ["Merhaba Ayşe,",
     "İsteğiniz üzerine aşağıdaki ürün {order} numaralı siparişinizden iptal edildi.",
     "İptal Nedeni: Müşteri tarafından iptal edildi",
     "Bu ürün için ödeme yapıldıysa, tutar siparişte kullandığınız ödeme yöntemine iade edilecektir."],
    [("Tefal Ingenio Essential 10 Parça Tencere Seti L2009502", "Adet: 1   2.199,00 TL")],
    ["İptal edilen siparişlerinizi görüntüleyin: https://www.amazon.com.tr/gp/css/order-history?orderFilter=cancelled"],
    [("plain", "iso-8859-9", "8bit"), ("html", "iso-8859-9", "qp")], True, ("Ayşe Şahin", "ayse.sahin@example-posta.com.tr"))

tr_genuine("tr_n6", "unknown", False, "cancellation without any stated reason; plain qp utf-8",
    "order-update", "Amazon.com.tr siparişiniz #{order} iptal edildi", "Sipariş İptali",
    ["Merhaba Burak,",
     "Aşağıdaki siparişiniz iptal edilmiştir.",
     "Ödemeniz tahsil edildiyse, tutar 3-5 iş günü içinde siparişte kullandığınız ödeme yöntemine iade edilecektir. İadenin hesabınıza yansıma süresi bankanıza göre değişebilir."],
    [("Xiaomi Redmi Buds 5 Kablosuz Kulaklık, Beyaz", "Adet: 1   899,00 TL"),
     ("Anker PowerCore 10000 mAh Taşınabilir Şarj Cihazı", "Adet: 1   749,00 TL")],
    ["Siparişlerim: https://www.amazon.com.tr/gp/css/order-history"],
    [("plain", "utf-8", "qp")], False, ("Burak Arslan", "burak.arslan@example-posta.com.tr"))


# ---- non-notices -----------------------------------------------------------------------------
_t = """Sayın Derya Koç,

Ege Zeytin Atölyesi'ni tercih ettiğiniz için teşekkür ederiz.

EZA-10482 numaralı siparişinizde yer alan "Erken Hasat Soğuk Sıkım Zeytinyağı 2 L" ürünü, bu sezonun hasadı tükendiği için maalesef gönderilemeyecektir. Bu nedenle siparişiniz iptal edilmiştir.

Ödemeniz iyzico üzerinden alınmış olup tutarın tamamı (1.240,00 TL) kartınıza iade edilmiştir. İadenin hesabınıza yansıması bankanıza bağlı olarak 2-7 iş günü sürebilir.

Not: Ürünlerimizin bir kısmına Amazon.com.tr üzerindeki mağazamızdan da ulaşabilirsiniz; ancak bu iptal yalnızca web sitemizden verdiğiniz siparişle ilgilidir.

Yeni hasat ürünleri için bültenimize kaydolabilirsiniz:
https://www.egezeytinatolyesi.com/bulten

Saygılarımızla,
Ege Zeytin Atölyesi
Ayvalık / Balıkesir
Tel: 0266 555 01 42
"""
add(key="tr_x1", lang="tr", kind="non_notice", cause=None, sr=False, mp=None,
    note="small olive-oil shop cancels own order (sold out); mentions its Amazon.com.tr store; iso-8859-9 8bit", tz=3,
    frm=("Ege Zeytin Atölyesi", "siparis@egezeytinatolyesi.com"), to=("Derya Koç", "derya.koc@example-posta.com.tr"),
    subject="Siparişiniz İptal Edildi - #EZA-10482", subj_cs="iso-8859-9", name_cs="iso-8859-9",
    parts=[("plain", _t, "iso-8859-9", "8bit")], relay="generic", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "mail"})

_t = """Selam Burak,

Amazon'dan o Bluetooth kulaklığı sipariş etmiştim ya, vazgeçip iptal ettim. Yorumlarda bir sürü kişi bağlantı kopuyor diye yazmış, sen de alma bence.

Cumartesi Kadıköy'deki mağazaya bakmaya gidiyorum, gelmek istersen haber ver.

Görüşürüz,
Emre

iPhone'umdan gönderildi
"""
add(key="tr_x2", lang="tr", kind="non_notice", cause=None, sr=False, mp=None,
    note="friend says he cancelled his Amazon order", tz=3,
    frm=("Emre Aydın", "emre.aydin1989@gmail.com"), to=("Burak Arslan", "burak.arslan@example-posta.com.tr"),
    subject="kulaklık", parts=[("plain", _t, "utf-8", "qp")], relay="gmail",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "gmail.com", "hfrom": "gmail.com", "s": "20230601"},
    extra=[("X-Mailer", "iPhone Mail (21F90)")])

_paras = ["SiberHaber Haftalık Bülten - Sayı 212",
          "Dikkat: \"Amazon siparişiniz iptal edildi\" başlıklı sahte e-postalar yayılıyor",
          "Son haftalarda kullanıcıların e-posta kutularına \"Amazon siparişiniz iptal edildi - Hesabınızı doğrulayın\" ve \"Ödeme sorunu nedeniyle siparişiniz iptal edilmiştir\" gibi konu başlıklarıyla sahte e-postalar geldiği görülüyor.",
          "Bu e-postalardaki bağlantılar, Amazon giriş sayfasının birebir kopyası olan oltalama sitelerine yönlendiriyor ve kart bilgilerinizi ele geçirmeye çalışıyor. Bazı örneklerde ise sizi aramaya yönlendiren sahte bir müşteri hizmetleri numarası yer alıyor.",
          "Nasıl korunursunuz? Gönderen adresinin alan adını kontrol edin, e-postadaki bağlantılara tıklamak yerine siparişlerinizi doğrudan uygulama ya da tarayıcıdan kontrol edin ve şüpheli e-postaları ilgili şirkete bildirin.",
          "Haberin tamamı: https://www.siberhaber.net/2024/05/amazon-iptal-oltalama",
          "Bülten aboneliğinden çıkmak için: https://www.siberhaber.net/abonelik/iptal?id=55120"]
add(key="tr_x3", lang="tr", kind="non_notice", cause=None, sr=False, mp=None,
    note="tech newsletter about phishing, quotes fake cancellation subjects", tz=3,
    frm=("SiberHaber Bülten", "bulten@siberhaber.net"), to=(None, "elif.yilmaz@example-posta.com.tr"),
    subject="SiberHaber #212: Sahte \"Amazon siparişiniz iptal edildi\" e-postalarına dikkat",
    parts=[("plain", "\n\n".join(_paras), "utf-8", "b64"),
           ("html", simple_html(_paras, "SiberHaber", lang="tr", header_html='<div style="background:#c0392b;color:#fff;padding:10px 16px;font-size:18px;">SiberHaber</div>'), "utf-8", "b64")],
    relay="generic", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "k1"},
    extra=[("List-Unsubscribe", "<https://www.siberhaber.net/abonelik/iptal?id=55120>"), ("Precedence", "bulk")])

_ord = order_no("407")
_paras = ["Merhaba Serkan,",
          "Büyük ve ağır ürün teslimatınız için 28 Mayıs Salı 13:00-17:00 arasına planlanan teslimat randevunuz, kargo firmasının bölgenizdeki yoğunluğu nedeniyle iptal edildi.",
          "Siparişiniz iptal edilmedi ve ürününüz depomuzda sizin için ayrılmış durumda. Size uygun yeni bir teslimat randevusu seçmeniz yeterlidir: https://www.amazon.com.tr/gp/css/order-history",
          "Yeni randevu seçmezseniz, kargo firması sizi arayarak uygun bir zaman belirleyecektir."]
_items = [("Bosch Serie 4 Çamaşır Makinesi WAN28281TR, 8 kg", "Adet: 1")]
add(key="tr_x4", lang="tr", kind="non_notice", cause=None, sr=False, mp=None,
    note="delivery appointment cancelled, order explicitly not cancelled", tz=0,
    frm=("Amazon.com.tr", "shipment-tracking@amazon.com.tr"), to=("Serkan Çelik", "serkan.celik@example-posta.com.tr"),
    subject="Teslimat randevunuz iptal edildi - yeni randevu seçin",
    parts=[("plain", amz_text("Amazon.com.tr", "Teslimat Randevusu", "Sipariş #", _ord, _paras, "Siparişinizdeki ürünler", _items, [], tr_footer()), "utf-8", "qp"),
           ("html", amz_layout("amazon.com.tr", "Amazon.com.tr", TR_NAV, "Teslimat Randevusu", "Sipariş #", _ord, _paras, "Siparişinizdeki ürünler", _items, [], tr_footer(), lang="tr"), "utf-8", "qp")],
    relay="amazon", auth="amazon")

_t = """Merhaba Gökhan,

Amazon Prime üyeliğinizi iptal ettiniz. Üyelik avantajlarınızdan mevcut dönemin sonu olan 15 Haziran 2024 tarihine kadar yararlanmaya devam edebilirsiniz. Bu tarihten sonra sizden üyelik ücreti alınmayacaktır.

Fikrinizi değiştirirseniz, üyelik döneminiz sona ermeden önce Prime üyeliğinizi yönetin sayfasından üyeliğinizi devam ettirebilirsiniz:
https://www.amazon.com.tr/gp/primecentral

Amazon Prime
""" + "\n".join(tr_footer(True))
add(key="tr_x5", lang="tr", kind="non_notice", cause=None, sr=False, mp=None,
    note="Prime membership cancelled; text-only iso-8859-9 base64", tz=0,
    frm=("Amazon Prime", "prime@amazon.com.tr"), to=("Gökhan Yıldız", "gokhan.yildiz@example-posta.com.tr"),
    subject="Amazon Prime üyeliğiniz iptal edildi", subj_cs="iso-8859-9", name_cs="iso-8859-9",
    parts=[("plain", _t, "iso-8859-9", "b64")], relay="amazon", auth=None)

_ord = order_no("405")
_paras = ["Merhaba Selin,",
          f"{_ord} numaralı siparişinizin ödemesini kartınızdan (sonu 7730 ile biten) alamadık. Bunun nedeni kartınızın süresinin dolmuş olması, limit yetersizliği veya kart bilgilerinin hatalı olması olabilir.",
          "Siparişinizi gönderebilmemiz için lütfen 2 Haziran 2024 tarihine kadar ödeme bilgilerinizi güncelleyin. Bu tarihe kadar güncelleme yapılmazsa siparişiniz iptal edilecektir.",
          "Ödeme yönteminizi güncellemek için tarayıcınıza amazon.com.tr yazarak giriş yapın, Siparişlerim bölümünde ilgili siparişi seçin ve \"Ödeme yöntemini değiştir\" seçeneğine tıklayın.",
          "Ödeme bilgilerinizi zaten güncellediyseniz bu e-postayı dikkate almayın."]
_items = [("Dyson V12 Detect Slim Kablosuz Süpürge", "Adet: 1   21.999,00 TL")]
add(key="tr_x6", lang="tr", kind="non_notice", cause=None, sr=False, mp=None,
    note="genuine payment-revision reminder; order will be cancelled only if not updated", tz=0,
    frm=("Amazon.com.tr", "payments-messages@amazon.com.tr"), to=("Selin Aksoy", "selin.aksoy@example-posta.com.tr"),
    subject=f"İşlem gerekli: {_ord} numaralı siparişiniz için ödeme bilgilerinizi güncelleyin",
    parts=[("plain", amz_text("Amazon.com.tr", "Ödeme Bilgilerinizi Güncelleyin", "Sipariş #", _ord, _paras, "Siparişinizdeki ürünler", _items, [], tr_footer()), "utf-8", "qp"),
           ("html", amz_layout("amazon.com.tr", "Amazon.com.tr", TR_NAV, "Ödeme Bilgilerinizi Güncelleyin", "Sipariş #", _ord, _paras, "Siparişinizdeki ürünler", _items, [], tr_footer(), lang="tr"), "utf-8", "qp")],
    relay="amazon", auth="amazon")


# ---- lookalikes ------------------------------------------------------------------------------
_t = """Sayin Amazon Musterisi,

Hesabinizdan supheli bir islem tespit edildi ve siparisiniz IPTAL EDILDI!!

Siparis No: 405-2291034-8817265
Tutar: 34.999,00 TL

Bu islemi siz yapmadiysaniz iade icin HEMEN 0850 305 41 77 numarali musteri hattimizi arayiniz. Aksi takdirde tutar kartinizdan cekilecek ve hesabiniz kapatilacaktir.

Amazon Turkiye Guvenlik Birimi
"""
add(key="tr_l1", lang="tr", kind="lookalike", cause="fraud_prevention", sr=True, mp=None,
    note="crude ASCII Turkish, outlook.com sender, callback phone number", tz=3,
    frm=("Amazon Destek", "amazon.tr.destek@outlook.com"), to=(None, "mehmet.kaya@example-posta.com.tr"),
    subject="Siparisiniz iptal edildi!! Acil arayin", parts=[("plain", _t, "us-ascii", "7bit")], relay="outlook",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "outlook.com", "hfrom": "outlook.com", "s": "selector1"})

_paras = ["Hesabınız askıya alındı",
          "Sayın müşterimiz, hesabınızda yetkisiz bir giriş denemesi tespit edildiği için hesabınız güvenlik nedeniyle askıya alınmış ve bekleyen siparişiniz iptal edilmiştir.",
          "Hesabınızı yeniden etkinleştirmek ve siparişinizi geri yüklemek için aşağıdaki doğrulama kodunu kullanın:",
          "Doğrulama kodu: 58 31 07",
          "Kodu girmek için: https://amazon-orders.help/tr/verify?c=583107",
          "Kod 30 dakika içinde girilmezse hesabınız kalıcı olarak kapatılacaktır.",
          "Amazon.com.tr Hesap Güvenliği"]
add(key="tr_l2", lang="tr", kind="lookalike", cause="fraud_prevention", sr=True, mp=None,
    note="account suspended + order cancelled, use this code; amazon-orders.help", tz=3,
    frm=("Amazon.com.tr", "guvenlik@amazon-orders.help"), to=(None, "zeynep.demir@example-posta.com.tr"),
    subject="Hesabınız askıya alındı ve siparişiniz iptal edildi",
    parts=[("plain", "\n\n".join(_paras), "utf-8", "qp"),
           ("html", simple_html(_paras, "Amazon", lang="tr", header_html='<div style="background:#131921;padding:12px;"><span style="color:#fff;font-size:22px;font-weight:bold;">amazon</span><span style="color:#ff9900;">.com.tr</span></div>'), "utf-8", "qp")],
    relay="vps", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "default"})

_t = """Sayın Müşterimiz,

Son siparişinizin ödemesi bankanız tarafından reddedilmiş ve siparişiniz iptal edilmiştir.

Siparişinizi yeniden aktif hale getirmek için lütfen bu e-postayı aşağıdaki bilgilerle yanıtlayınız:

Ad Soyad:
Kart Numarası:
Son Kullanma Tarihi:
CVV (kartın arkasındaki 3 hane):
T.C. Kimlik No:
Cep Telefonu:

Bilgileriniz kontrol edildikten sonra siparişiniz aynı gün kargoya verilecektir.

Amazon Ödeme Birimi
"""
add(key="tr_l3", lang="tr", kind="lookalike", cause="payment_issue", sr=True, mp=None,
    note="reply with card details, yahoo.com sender, no order number; iso-8859-9 8bit", tz=3,
    frm=("Amazon Ödeme Birimi", "amazon_odeme_birimi@yahoo.com"), to=(None, "can.ozturk@example-posta.com.tr"),
    subject="Ödemeniz reddedildi - siparişiniz iptal edildi", subj_cs="iso-8859-9", name_cs="iso-8859-9",
    parts=[("plain", _t, "iso-8859-9", "8bit")], relay="yahoo",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "yahoo.com", "hfrom": "yahoo.com", "s": "s2048"})

_evil = lambda u: "https://amazon-comtr-siparis.com/hesap/odeme-guncelle?ref=" + rhex(20)
_ord = "405-7719203-5582716"
_paras = ["Merhaba Ayşe,",
          "Kartınızın son kullanma tarihi geçtiği için siparişinizin ödemesi alınamadı ve aşağıdaki sipariş iptal edildi.",
          "Bekleyen iadenizin işlenmesi ve gelecekteki siparişlerinizin etkilenmemesi için lütfen 48 saat içinde ödeme bilgilerinizi güncelleyin: https://www.amazon.com.tr/cpe/yourpayments/wallet",
          "Güncelleme yapılmazsa hesabınızın bazı özellikleri kısıtlanabilir."]
_items = [("Apple AirPods Pro (2. nesil) MagSafe Şarj Kutulu (USB-C)", "Adet: 1   9.499,00 TL")]
_closing = ["Sipariş ayrıntıları: https://www.amazon.com.tr/gp/css/order-history", "Tekrar görüşmek dileğiyle,"]
add(key="tr_l4", lang="tr", kind="lookalike", cause="payment_issue", sr=True, mp=None,
    note="polished template copy; link text amazon.com.tr, href to amazon-comtr-siparis.com", tz=0,
    frm=("Amazon.com.tr", "order-update@amazon-comtr-siparis.com"), to=("Ayşe Şahin", "ayse.sahin@example-posta.com.tr"),
    subject=f"Amazon.com.tr siparişiniz #{_ord} iptal edildi",
    parts=[("plain", amz_text("Amazon.com.tr", "Sipariş İptali", "Sipariş #", _ord, _paras, "İptal Edilen Ürünler", _items, _closing, tr_footer()), "utf-8", "qp"),
           ("html", amz_layout("amazon.com.tr", "Amazon.com.tr", TR_NAV, "Sipariş İptali", "Sipariş #", _ord, _paras, "İptal Edilen Ürünler", _items, _closing, tr_footer(), href=_evil, lang="tr"), "utf-8", "qp")],
    relay="vps", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "s1"}, reply_to="no-reply@amazon-comtr-siparis.com")

_paras = ["Değerli Müşterimiz,",
          "Sistemimizde yaşanan teknik bir arıza nedeniyle son siparişinize ait ödeme kaydı doğrulanamadı.",
          "24 saat içinde bilgilerinizi doğrulamazsanız siparişiniz otomatik olarak iptal edilecektir.",
          "Bilgilerinizi doğrulamak için: https://amazon.com.tr.hesap-dogrula.info/giris",
          "Anlayışınız için teşekkür ederiz.\nAmazon.com.tr"]
add(key="tr_l5", lang="tr", kind="lookalike", cause="technical_issue", sr=True, mp=None,
    note="Cyrillic o in display name; amazon.com.tr.<evil>.info; will be cancelled unless verified; html-only base64", tz=3,
    frm=("Amaz\u043en.com.tr", "bildirim@amazon.com.tr.hesap-dogrula.info"), to=(None, "serkan.celik@example-posta.com.tr"),
    subject="Siparişiniz 24 saat içinde iptal edilecek",
    parts=[("html", simple_html(_paras, "Amazon.com.tr", lang="tr"), "utf-8", "b64")],
    relay="vps", auth={"spf": "softfail", "dkim": "none", "dmarc": "fail"})

_t = """Merhaba,

Amazon Müşteri Hizmetleri'nden yazıyoruz.

Sipariş ettiğiniz ürün stoklarımızda kalmadığı için siparişiniz iptal edilmiştir.

Sipariş No: 405-88120-3
Ürün: PlayStation 5 Slim Dijital Sürüm
İade Tutarı: 18.499,00 TL

İadenizin yapılabilmesi için aşağıdaki formda IBAN ve kart bilgilerinizi eksiksiz doldurmanız gerekmektedir:
https://amzn-iade-tr.web.app/form

3 gün içinde form doldurulmazsa iade talebiniz geçersiz sayılacaktır.

Amazon Müşteri Hizmetleri
"""
add(key="tr_l6", lang="tr", kind="lookalike", cause="inventory_shortage", sr=True, mp=None,
    note="gmail sender, out-of-stock refund scam asking for IBAN/card; malformed order number", tz=3,
    frm=("Amazon Müşteri Hizmetleri", "amazon.musteri.iade@gmail.com"), to=(None, "derya.koc@example-posta.com.tr"),
    subject="İade bilgilendirmesi: siparişiniz stok yetersizliği nedeniyle iptal edildi",
    parts=[("plain", _t, "utf-8", "qp")], relay="gmail",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "gmail.com", "hfrom": "gmail.com", "s": "20230601"})

_paras = ["Sayın Müşterimiz,",
          "Siparişiniz 12 saat içinde iptal edilecektir.",
          "İptali durdurmak için hemen hesabınıza giriş yapın:",
          "https://amaz0n.com.tr/ap/signin",
          "Amazon"]
add(key="tr_l7", lang="tr", kind="lookalike", cause="unknown", sr=False, mp=None,
    note="amaz0n domain, no order number, no reason, will be cancelled unless login; alt iso-8859-9 8bit", tz=3,
    frm=("Amazon", "no-reply@amaz0n.com.tr"), to=(None, "gokhan.yildiz@example-posta.com.tr"),
    subject="Siparişiniz iptal edilecek - işlem gerekli", subj_cs="iso-8859-9",
    parts=[("plain", "\n\n".join(_paras), "iso-8859-9", "8bit"),
           ("html", simple_html(_paras, "Amazon", lang="tr", charset="iso-8859-9"), "iso-8859-9", "8bit")],
    relay="vps", auth={"spf": "pass", "dkim": "none", "dmarc": "none"})

_ord = order_no("407")
_paras = ["Merhaba,",
          f"{_ord} numaralı siparişiniz için iptal talebiniz alınmış ve siparişiniz iptal edilmiştir.",
          "İptal Nedeni: Müşteri talebi",
          "Bu talebi siz oluşturmadıysanız, hesabınız üçüncü kişilerin eline geçmiş olabilir. Lütfen 24 saat içinde aşağıdaki bağlantıdan itiraz edin veya 0212 900 48 16 numaralı Amazon güvenlik hattını arayın: https://www.amazon.com.tr/gp/help/itiraz",
          "İtiraz edilmezse iade işlemi başlatılamayacaktır."]
_items = [("Samsung Galaxy S24 Ultra 256 GB, Titanyum Siyah", "Adet: 1   64.999,00 TL")]
_evil = lambda u: "http://amazon-tr-destek.com/itiraz/?o=" + rhex(16)
add(key="tr_l8", lang="tr", kind="lookalike", cause="customer_request", sr=True, mp=None,
    note="Greek Alpha in display name, 'your cancellation request received, dispute if not you' + phone; polished", tz=0,
    frm=("\u0391mazon Müşteri Hizmetleri", "musteri-hizmetleri@amazon-tr-destek.com"), to=(None, "selin.aksoy@example-posta.com.tr"),
    subject=f"İptal talebiniz alındı: Sipariş #{_ord}",
    parts=[("plain", amz_text("Amazon.com.tr", "İptal Onayı", "Sipariş #", _ord, _paras, "İptal Edilen Ürünler", _items, [], tr_footer()), "utf-8", "qp"),
           ("html", amz_layout("amazon.com.tr", "Amazon.com.tr", TR_NAV, "İptal Onayı", "Sipariş #", _ord, _paras, "İptal Edilen Ürünler", _items, [], tr_footer(), href=_evil, lang="tr"), "utf-8", "qp")],
    relay="vps", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "mail"})


# ==============================================================================================
# ARABIC  (amazon.ae, amazon.sa, amazon.eg)
# ==============================================================================================

def ar_nav(mp):
    return [("طلباتك", f"https://www.{mp}/gp/css/order-history"),
            ("حسابك", f"https://www.{mp}/gp/css/homepage.html"),
            ("Amazon." + mp.split(".", 1)[1], f"https://www.{mp}/")]


AR_ENTITY = {"amazon.ae": "Amazon.ae، الإمارات العربية المتحدة",
             "amazon.sa": "Amazon.sa، المملكة العربية السعودية",
             "amazon.eg": "Amazon.eg، جمهورية مصر العربية"}


def ar_footer(mp, cp1256=False):
    brand = "Amazon." + mp.split(".", 1)[1]
    c = "(c)" if cp1256 else "©"
    return [
        "تم إرسال هذه الرسالة من عنوان بريد إلكتروني لا يستقبل الرسائل. يرجى عدم الرد على هذه الرسالة.",
        f"لن تطلب منك {brand} أبداً عبر البريد الإلكتروني كلمة المرور أو رقم بطاقتك الائتمانية أو معلوماتك المصرفية، ولن تطلب منك إدخال بياناتك الشخصية من خلال رابط في رسالة. "
        f"إذا تلقيت رسالة مشبوهة تدّعي أنها من {brand}، يرجى الإبلاغ عنها: https://www.{mp}/gp/help/customer/display.html?nodeId=GMTQ4L5J3ZU2SB6B",
        f"إذا تغيّر رقم بطاقتك أو تاريخ انتهاء صلاحيتها، يمكنك تحديثها من \"حسابك\" > \"خيارات الدفع\": https://www.{mp}/cpe/yourpayments/wallet",
        f"المساعدة وخدمة العملاء: https://www.{mp}/gp/help/customer/display.html",
        f"{c} 2024 Amazon.com, Inc. أو الشركات التابعة لها. {AR_ENTITY[mp]}",
    ]


def ar_genuine(key, mp, cause, sr, note, sender, subject, title, paras, items, closing, parts_plan, auth, to,
               items_heading="المنتجات الملغاة"):
    brand = "Amazon." + mp.split(".", 1)[1]
    order = order_no({"amazon.ae": "402", "amazon.sa": "408", "amazon.eg": "409"}[mp])
    paras = [p.replace("{order}", order) for p in paras]
    subject = subject.replace("{order}", order)
    parts = []
    for sub, chs, cte in parts_plan:
        w = chs == "windows-1256"
        if sub == "plain":
            parts.append(("plain", amz_text(brand, title, "رقم الطلب: ", order, paras, items_heading, items, closing, ar_footer(mp, w)), chs, cte))
        else:
            parts.append(("html", amz_layout(mp, brand, ar_nav(mp), title, "رقم الطلب: ", order, paras, items_heading, items,
                                             closing, ar_footer(mp, w), rtl=True, lang="ar", charset=chs), chs, cte))
    w = any(p[1] == "windows-1256" for p in parts_plan)
    add(key=key, lang="ar", kind="notice", cause=cause, sr=sr, mp=mp, note=note,
        frm=(brand, f"{sender}@{mp}"), to=to, subject=subject, subj_cs="windows-1256" if w else "utf-8",
        name_cs="windows-1256" if w else "utf-8",
        reply_to=f"no-reply@{mp}" if R.random() < 0.6 else None,
        parts=parts, relay="amazon", auth="amazon" if auth else None,
        extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")] if R.random() < 0.7 else [])


# ---- notices ---------------------------------------------------------------------------------
ar_genuine("ar_n1", "amazon.sa", "inventory_shortage", True, "item no longer in stock, seller could not supply; alt qp utf-8",
    "auto-confirm", "تم إلغاء منتج من طلبك على Amazon.sa رقم {order}", "إلغاء منتج",
    ["مرحباً عبدالله،",
     "نأسف لإبلاغك بأنه تم إلغاء المنتج التالي من طلبك لأنه لم يعد متوفراً في المخزون ولم يتمكن البائع من توفيره. نعتذر عن أي إزعاج قد يسببه ذلك.",
     "لن يتم تحصيل أي مبلغ مقابل هذا المنتج. إذا ظهرت عملية حجز مؤقتة على بطاقتك، فسيتم إلغاؤها تلقائياً خلال بضعة أيام عمل حسب البنك الذي تتعامل معه.",
     "سيتم شحن باقي المنتجات في طلبك كما هو مخطط."],
    [("سماعة رأس سوني WH-1000XM5 لاسلكية بخاصية إلغاء الضوضاء، أسود", "الكمية: 1   1,399.00 ر.س")],
    ["يمكنك متابعة حالة طلبك من صفحة \"طلباتك\": https://www.amazon.sa/gp/css/order-history", "نتطلع لرؤيتك مرة أخرى."],
    [("plain", "utf-8", "qp"), ("html", "utf-8", "qp")], True, ("عبدالله الحربي", "abdullah.alharbi@example-mail.sa"))

ar_genuine("ar_n2", "amazon.ae", "payment_issue", True, "card could not be authorised, payment not revised in time; text-only windows-1256 qp",
    "payments-messages", "تم إلغاء طلبك رقم {order} - تعذّرت معالجة الدفع", "إشعار بخصوص الدفع",
    ["مرحباً فاطمة،",
     "لم نتمكن من الحصول على تفويض لبطاقة الدفع المستخدمة في طلبك رقم {order}. لقد أرسلنا إليك سابقاً رسالة نطلب فيها تحديث معلومات الدفع، ولكن لم يتم تحديثها خلال المهلة المحددة، لذلك قمنا بإلغاء طلبك.",
     "لم يتم تحصيل أي مبلغ منك مقابل هذا الطلب. إذا كنت لا تزال ترغب في شراء هذه المنتجات، يرجى إضافة طريقة دفع صالحة وتقديم طلب جديد.",
     "إدارة طرق الدفع: https://www.amazon.ae/cpe/yourpayments/wallet"],
    [("مكنسة كهربائية لاسلكية دايسون V8", "الكمية: 1   1,299.00 درهم")],
    ["شكراً لتسوقك معنا."],
    [("plain", "windows-1256", "qp")], False, ("فاطمة الزعابي", "fatima.z@example-mail.ae"))

ar_genuine("ar_n3", "amazon.eg", "technical_issue", True, "pricing error caused by technical fault; html-only base64",
    "order-update", "معلومات مهمة بخصوص طلبك رقم {order} على Amazon.eg", "إلغاء الطلب",
    ["مرحباً محمود،",
     "اكتشفنا أن سعر المنتج التالي ظهر بشكل غير صحيح على صفحة المنتج بسبب خطأ فني في التسعير. ولذلك اضطررنا إلى إلغاء طلبك لهذا المنتج.",
     "لن يتم تحصيل أي مبلغ منك. إذا كنت ترغب في شراء المنتج بسعره الصحيح، يمكنك زيارة صفحة المنتج وتقديم طلب جديد.",
     "نعتذر عن أي إزعاج قد يسببه ذلك."],
    [("ثلاجة شارب نوفروست 450 لتر، فضي", "الكمية: 1   السعر المعروض: 1,850.00 جنيه")],
    ["للاستفسارات تواصل مع خدمة العملاء: https://www.amazon.eg/gp/help/customer/contact-us"],
    [("html", "utf-8", "b64")], True, ("محمود عبد الرحمن", "mahmoud.abdelrahman@example-mail.eg"))

ar_genuine("ar_n4", "amazon.ae", "fraud_prevention", True, "unusual activity, account temporarily on hold, pending orders cancelled; alt 8bit utf-8",
    "cs-reply", "تم تعليق حسابك على Amazon.ae مؤقتاً", "أمان الحساب",
    ["مرحباً خالد،",
     "لاحظنا نشاطاً غير معتاد في حسابك على Amazon.ae. لحماية حسابك ومعلوماتك، قمنا بتعليق حسابك مؤقتاً وإلغاء طلبك المعلق رقم {order}.",
     "لاستعادة الوصول إلى حسابك، يرجى تسجيل الدخول مباشرة عبر موقع Amazon.ae أو تطبيق أمازون للتسوق (وليس عبر أي رابط في هذه الرسالة) واتباع التعليمات الظاهرة على الشاشة للتحقق من هويتك.",
     "لن يتم تحصيل أي مبلغ مقابل الطلب الملغى."],
    [("ساعة أبل الإصدار 9، 45 ملم، ألومنيوم", "الكمية: 1   1,699.00 درهم")],
    ["خدمة عملاء Amazon.ae"],
    [("plain", "utf-8", "8bit"), ("html", "utf-8", "8bit")], False, ("خالد المنصوري", "khalid.almansoori@example-mail.ae"))

ar_genuine("ar_n5", "amazon.sa", "customer_request", True, "cancelled at customer's request, cancel reason line; windows-1256 text 8bit + html qp",
    "auto-confirm", "تم إلغاء المنتج بنجاح من طلبك رقم {order}", "تأكيد الإلغاء",
    ["مرحباً نورة،",
     "بناءً على طلبك، تم إلغاء المنتج التالي من طلبك رقم {order}.",
     "سبب الإلغاء: ألغاه العميل",
     "إذا تم الدفع مسبقاً، فسيتم رد المبلغ إلى طريقة الدفع المستخدمة في الطلب."],
    [("قلاية هوائية فيليبس XL سعة 6.2 لتر", "الكمية: 1   649.00 ر.س")],
    ["عرض الطلبات الملغاة: https://www.amazon.sa/gp/css/order-history?orderFilter=cancelled"],
    [("plain", "windows-1256", "8bit"), ("html", "windows-1256", "qp")], True, ("نورة القحطاني", "noura.alqahtani@example-mail.sa"))

ar_genuine("ar_n6", "amazon.eg", "unknown", True, "item cannot be shipped to the delivery address (fits none of the four); text utf-8 base64",
    "order-update", "تم إلغاء طلبك رقم {order}", "إلغاء الطلب",
    ["مرحباً ياسمين،",
     "نأسف لإبلاغك بأنه تم إلغاء طلبك لأن عنوان التوصيل الذي أدخلته يقع خارج المناطق التي يمكن شحن هذا المنتج إليها حالياً.",
     "لن يتم تحصيل أي مبلغ منك. يمكنك مراجعة عناوينك في \"حسابك\" وتقديم طلب جديد بعنوان توصيل آخر: https://www.amazon.eg/a/addresses"],
    [("غسالة توشيبا فوق أوتوماتيك 10 كيلو", "الكمية: 1   14,999.00 جنيه")],
    ["شكراً لتسوقك من Amazon.eg."],
    [("plain", "utf-8", "b64")], False, ("ياسمين فؤاد", "yasmin.fouad@example-mail.eg"))


# ---- non-notices -----------------------------------------------------------------------------
_paras = ["عزيزتنا ريم،",
          "شكراً لتسوقك من متجر ريحانة للعطور.",
          "نأسف لإبلاغك بأنه تم إلغاء طلبك رقم RH-58213 لنفاد الكمية المتوفرة من \"عطر ورد الطائف - 50 مل\" قبل تجهيز طلبك.",
          "تمت عملية الدفع عبر بوابة الدفع Amazon Payment Services، وقد تم رد المبلغ كاملاً (420.00 درهم) إلى بطاقتك. قد يستغرق ظهور المبلغ في كشف حسابك من 5 إلى 10 أيام عمل حسب البنك.",
          "ملاحظة: هذه الرسالة صادرة من متجر ريحانة للعطور، ولا علاقة لها بأي طلب على موقع أمازون.",
          "لتصفح المنتجات المتوفرة: https://www.rayhana-perfumes.com/ar/collections/new",
          "مع أطيب التحيات،\nفريق متجر ريحانة للعطور\nدبي، الإمارات العربية المتحدة | هاتف: 04 555 0193"]
add(key="ar_x1", lang="ar", kind="non_notice", cause=None, sr=False, mp=None,
    note="perfume shop cancels own order (sold out); paid via Amazon Payment Services gateway", tz=4,
    frm=("متجر ريحانة للعطور", "orders@rayhana-perfumes.com"), to=("ريم السويدي", "reem.alsuwaidi@example-mail.ae"),
    subject="تم إلغاء طلبك رقم RH-58213",
    parts=[("plain", "\n\n".join(_paras), "utf-8", "qp"), ("html", simple_html(_paras, "ريحانة", rtl=True, lang="ar"), "utf-8", "qp")],
    relay="generic", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "shopify"})

_t = """مرحباً سامي،

بخصوص الشاشة التي كنت سأطلبها للمكتب: ألغيت الطلب من أمازون أمس، لأن قسم المشتريات سيطلبها مباشرة من المورد المعتمد مع باقي الأجهزة.
يعني لا داعي لاسترداد المبلغ مني، وأمازون أرسلوا لي تأكيد الإلغاء بالفعل.

سأمر عليك بعد الاجتماع.

تحياتي،
طارق
--
طارق الشمري
قسم تقنية المعلومات
"""
add(key="ar_x2", lang="ar", kind="non_notice", cause=None, sr=False, mp=None,
    note="colleague says he cancelled his Amazon order; windows-1256 qp", tz=3,
    frm=("طارق الشمري", "t.alshammari@najd-logistics.com.sa"), to=("سامي العتيبي", "s.alotaibi@najd-logistics.com.sa"),
    subject="بخصوص طلب الشاشة", subj_cs="windows-1256", name_cs="windows-1256",
    parts=[("plain", _t, "windows-1256", "qp")], relay="outlook",
    pre_extra=[("Thread-Topic", hdr("بخصوص طلب الشاشة", "windows-1256"))],
    extra=[("X-MS-Has-Attach", ""), ("Content-Language", "ar-SA")])

_paras = ["نشرة الأمن الرقمي الأسبوعية - العدد 87",
          "احذر: رسائل مزيفة تنتحل صفة أمازون بعنوان \"تم إلغاء طلبك\"",
          "رصدنا خلال الأسابيع الماضية موجة من رسائل التصيد الاحتيالي تصل بعناوين مثل: \"تم إلغاء طلبك على أمازون - يرجى تأكيد بياناتك\" و\"تعليق حسابك وإلغاء طلبك رقم 000-0000000-0000000\".",
          "تحتوي هذه الرسائل على روابط تقود إلى صفحات تسجيل دخول مزيفة تطلب بيانات البطاقة الائتمانية، وبعضها يطلب الاتصال برقم هاتف مزعوم لخدمة العملاء.",
          "نصائح: لا تضغط على الروابط في الرسائل المشبوهة، وتحقق من عنوان المرسل، وراجع طلباتك مباشرة من التطبيق الرسمي أو بكتابة عنوان الموقع بنفسك.",
          "اقرأ المقال كاملاً: https://www.amn-raqmi.net/ar/2024/05/amazon-cancel-scam",
          "لإلغاء الاشتراك في النشرة: https://www.amn-raqmi.net/unsubscribe?id=30417"]
add(key="ar_x3", lang="ar", kind="non_notice", cause=None, sr=False, mp=None,
    note="security newsletter about fake Amazon cancellation mails, quotes subjects", tz=2,
    frm=("نشرة الأمن الرقمي", "newsletter@amn-raqmi.net"), to=(None, "mahmoud.abdelrahman@example-mail.eg"),
    subject="نشرة الأمن الرقمي: احذر رسائل \"تم إلغاء طلبك\" المزيفة",
    parts=[("plain", "\n\n".join(_paras), "utf-8", "b64"),
           ("html", simple_html(_paras, "نشرة الأمن الرقمي", rtl=True, lang="ar", header_html='<div style="background:#1f4e79;color:#fff;padding:10px;">نشرة الأمن الرقمي</div>'), "utf-8", "b64")],
    relay="generic", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "mc"},
    extra=[("List-Unsubscribe", "<https://www.amn-raqmi.net/unsubscribe?id=30417>"), ("Precedence", "bulk")])

_ord = order_no("408")
_paras = ["مرحباً فهد،",
          "تم إلغاء موعد تركيب الغسالة الذي كان محدداً يوم الأربعاء 29 مايو بين الساعة 2:00 و6:00 مساءً، نظراً لعدم توفر فني التركيب في منطقتك في ذلك اليوم.",
          "يرجى ملاحظة أن طلبك لم يُلغَ، وسيتم توصيل المنتج في موعده. يمكنك اختيار موعد تركيب جديد من صفحة \"طلباتك\": https://www.amazon.sa/gp/css/order-history",
          "لن يتم تحصيل رسوم إضافية مقابل إعادة جدولة الموعد."]
_items = [("غسالة سامسونج تحميل أمامي 9 كجم مع خدمة التركيب", "الكمية: 1")]
add(key="ar_x4", lang="ar", kind="non_notice", cause=None, sr=False, mp=None,
    note="installation appointment cancelled; order explicitly not cancelled", tz=0,
    frm=("Amazon.sa", "shipment-tracking@amazon.sa"), to=("فهد الدوسري", "fahad.aldosari@example-mail.sa"),
    subject="تم إلغاء موعد التركيب - اختر موعداً جديداً",
    parts=[("plain", amz_text("Amazon.sa", "موعد التركيب", "رقم الطلب: ", _ord, _paras, "المنتجات في طلبك", _items, [], ar_footer("amazon.sa")), "utf-8", "qp"),
           ("html", amz_layout("amazon.sa", "Amazon.sa", ar_nav("amazon.sa"), "موعد التركيب", "رقم الطلب: ", _ord, _paras, "المنتجات في طلبك", _items, [], ar_footer("amazon.sa"), rtl=True, lang="ar"), "utf-8", "qp")],
    relay="amazon", auth="amazon")

_t = """مرحباً مريم،

لقد قمت بإلغاء عضويتك في Amazon Prime. يمكنك الاستمرار في الاستفادة من مزايا Prime حتى نهاية فترة العضوية الحالية في 12 يونيو 2024، ولن يتم تحصيل رسوم العضوية بعد هذا التاريخ.

إذا غيّرت رأيك، يمكنك متابعة عضويتك في أي وقت قبل انتهاء الفترة الحالية من صفحة إدارة العضوية:
https://www.amazon.ae/gp/primecentral

فريق Amazon Prime
""" + "\n".join(ar_footer("amazon.ae"))
add(key="ar_x5", lang="ar", kind="non_notice", cause=None, sr=False, mp=None,
    note="Prime membership cancelled; text-only 8bit", tz=0,
    frm=("Amazon Prime", "prime@amazon.ae"), to=("مريم الكعبي", "maryam.alkaabi@example-mail.ae"),
    subject="تم إلغاء عضويتك في Amazon Prime",
    parts=[("plain", _t, "utf-8", "8bit")], relay="amazon", auth=None)

_ord = order_no("409")
_paras = ["مرحباً أحمد،",
          f"لم نتمكن من تحصيل قيمة طلبك رقم {_ord} من بطاقتك المنتهية بالأرقام 5512. قد يكون السبب انتهاء صلاحية البطاقة أو عدم كفاية الرصيد أو عدم تطابق بيانات الفوترة.",
          "لكي نتمكن من شحن طلبك، يرجى تحديث طريقة الدفع قبل 3 يونيو 2024. إذا لم يتم التحديث قبل هذا التاريخ، فسيتم إلغاء طلبك.",
          "لتحديث طريقة الدفع، سجّل الدخول إلى Amazon.eg بكتابة العنوان مباشرة في المتصفح، ثم اختر الطلب من \"طلباتك\" واضغط على \"تغيير طريقة الدفع\".",
          "إذا قمت بالتحديث بالفعل، يمكنك تجاهل هذه الرسالة."]
_items = [("هاتف شاومي ريدمي نوت 13، 256 جيجابايت", "الكمية: 1   11,499.00 جنيه")]
add(key="ar_x6", lang="ar", kind="non_notice", cause=None, sr=False, mp=None,
    note="genuine payment reminder before cancellation (will be cancelled if not updated)", tz=0,
    frm=("Amazon.eg", "payments-messages@amazon.eg"), to=("أحمد سعيد", "ahmed.saeed@example-mail.eg"),
    subject=f"مطلوب إجراء: يرجى تحديث طريقة الدفع لطلبك رقم {_ord}",
    parts=[("plain", amz_text("Amazon.eg", "تحديث طريقة الدفع", "رقم الطلب: ", _ord, _paras, "المنتجات في طلبك", _items, [], ar_footer("amazon.eg")), "utf-8", "qp"),
           ("html", amz_layout("amazon.eg", "Amazon.eg", ar_nav("amazon.eg"), "تحديث طريقة الدفع", "رقم الطلب: ", _ord, _paras, "المنتجات في طلبك", _items, [], ar_footer("amazon.eg"), rtl=True, lang="ar"), "utf-8", "qp")],
    relay="amazon", auth="amazon")


# ---- lookalikes ------------------------------------------------------------------------------
_t = """عميلنا العزيز

تم الغاء طلبك بسبب نشاط مشبوه في حسابك !!

رقم الطلب: 402-5581920-1177304
المبلغ: 4,899 درهم

اذا لم تقم بهذا الطلب اتصل فوراً بخدمة عملاء امازون على الرقم المجاني 800-0357-2291 لاسترداد المبلغ وحماية حسابك.
في حال عدم الاتصال خلال 24 ساعة سيتم خصم المبلغ واغلاق الحساب نهائياً.

فريق امازون للأمان
"""
add(key="ar_l1", lang="ar", kind="lookalike", cause="fraud_prevention", sr=True, mp=None,
    note="crude, gmail sender, callback phone number", tz=4,
    frm=("Amazon Support", "amazon.ae.helpdesk@gmail.com"), to=(None, "khalid.almansoori@example-mail.ae"),
    subject="تنبيه: تم الغاء طلبك - اتصل بنا فوراً",
    parts=[("plain", _t, "utf-8", "8bit")], relay="gmail",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "gmail.com", "hfrom": "gmail.com", "s": "20230601"})

_paras = ["تم تعليق حسابك",
          "عزيزي العميل، نظراً لمحاولة تسجيل دخول غير مصرح بها، تم تعليق حسابك على Amazon.ae وإلغاء طلبك الحالي.",
          "لإعادة تفعيل حسابك واستعادة طلبك، أدخل رمز التحقق التالي في صفحة التأكيد:",
          "رمز التحقق: 602 118",
          "صفحة التأكيد: https://amazon-orders.help/ae/verify?code=602118",
          "ينتهي صلاحية الرمز خلال 30 دقيقة، وبعدها سيتم إغلاق الحساب بشكل دائم.",
          "قسم أمان الحسابات - Amazon.ae"]
add(key="ar_l2", lang="ar", kind="lookalike", cause="fraud_prevention", sr=True, mp=None,
    note="account suspended + order cancelled, use this code; amazon-orders.help", tz=4,
    frm=("Amazon.ae", "security@amazon-orders.help"), to=(None, "fatima.z@example-mail.ae"),
    subject="تم تعليق حسابك وإلغاء طلبك - مطلوب التحقق",
    parts=[("plain", "\n\n".join(_paras), "utf-8", "b64"),
           ("html", simple_html(_paras, "Amazon", rtl=True, lang="ar", header_html='<div style="background:#232f3e;padding:12px;"><span style="color:#ff9900;font-size:22px;font-weight:bold;">amazon.ae</span></div>'), "utf-8", "b64")],
    relay="vps", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "default"})

_t = """عميلنا العزيز،

نود إعلامك بأن عملية الدفع الخاصة بطلبك الأخير قد فشلت، وبالتالي تم إلغاء الطلب.

لإعادة تفعيل الطلب، يرجى الرد على هذه الرسالة مع إرسال البيانات التالية:
- الاسم كما يظهر على البطاقة
- رقم البطاقة
- تاريخ الانتهاء
- رمز CVV (الأرقام الثلاثة خلف البطاقة)
- رقم الجوال المسجل

سيتم إعادة معالجة طلبك خلال ساعات من استلام بياناتك.

قسم الفوترة - Amazon.sa
"""
add(key="ar_l3", lang="ar", kind="lookalike", cause="payment_issue", sr=True, mp=None,
    note="reply with card details, hotmail sender, no order number; windows-1256 qp", tz=3,
    frm=("Amazon.sa Billing", "amazon.sa.billing@hotmail.com"), to=(None, "noura.alqahtani@example-mail.sa"),
    subject="فشل الدفع - تم إلغاء طلبك", subj_cs="windows-1256",
    parts=[("plain", _t, "windows-1256", "qp")], relay="outlook",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "hotmail.com", "hfrom": "hotmail.com", "s": "selector1"})

_evil = lambda u: "https://amazon-ae-orders.com/account/billing/update?t=" + rhex(22)
_ord = "402-6630918-2245107"
_paras = ["مرحباً سعيد،",
          "تعذّر تحصيل قيمة طلبك بسبب انتهاء صلاحية بطاقتك المسجلة، ولذلك تم إلغاء الطلب التالي.",
          "لمعالجة المبلغ المسترد وتجنب تقييد حسابك، يرجى تحديث معلومات الدفع خلال 48 ساعة: https://www.amazon.ae/cpe/yourpayments/wallet",
          "في حال عدم التحديث، قد يتم تعطيل بعض ميزات حسابك."]
_items = [("جهاز بلايستيشن 5 سليم، نسخة رقمية", "الكمية: 1   1,749.00 درهم")]
_closing = ["تفاصيل الطلب: https://www.amazon.ae/gp/css/order-history"]
add(key="ar_l4", lang="ar", kind="lookalike", cause="payment_issue", sr=True, mp=None,
    note="polished template copy; link text amazon.ae, href amazon-ae-orders.com", tz=0,
    frm=("Amazon.ae", "auto-confirm@amazon-ae-orders.com"), to=("سعيد النعيمي", "saeed.alnuaimi@example-mail.ae"),
    subject=f"تم إلغاء طلبك رقم {_ord} على Amazon.ae",
    parts=[("plain", amz_text("Amazon.ae", "إلغاء الطلب", "رقم الطلب: ", _ord, _paras, "المنتجات الملغاة", _items, _closing, ar_footer("amazon.ae")), "utf-8", "qp"),
           ("html", amz_layout("amazon.ae", "Amazon.ae", ar_nav("amazon.ae"), "إلغاء الطلب", "رقم الطلب: ", _ord, _paras, "المنتجات الملغاة", _items, _closing, ar_footer("amazon.ae"), href=_evil, rtl=True, lang="ar"), "utf-8", "qp")],
    relay="vps", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "s1"}, reply_to="no-reply@amazon-ae-orders.com")

_paras = ["عميلنا العزيز،",
          "بسبب خطأ في النظام لم نتمكن من تأكيد بيانات الدفع الخاصة بطلبك الأخير.",
          "سيتم إلغاء طلبك تلقائياً خلال 24 ساعة ما لم تقم بتأكيد بياناتك عبر الرابط التالي:",
          "https://amazon.sa.account-secure.co/signin",
          "نعتذر عن الإزعاج.\nAmazon.sa"]
add(key="ar_l5", lang="ar", kind="lookalike", cause="technical_issue", sr=True, mp=None,
    note="Cyrillic a/o in display name; amazon.sa.<evil>.co; will be cancelled unless confirmed; html-only qp", tz=3,
    frm=("\u0410m\u0430z\u043en.sa", "noreply@amazon.sa.account-secure.co"), to=(None, "fahad.aldosari@example-mail.sa"),
    subject="تنبيه: سيتم إلغاء طلبك خلال 24 ساعة",
    parts=[("html", simple_html(_paras, "Amazon.sa", rtl=True, lang="ar"), "utf-8", "qp")],
    relay="vps", auth={"spf": "softfail", "dkim": "none", "dmarc": "fail"})

_t = """مرحباً،

نأسف لإبلاغك بأن المنتج الذي طلبته غير متوفر في المخزون، وتم إلغاء طلبك.

رقم الطلب: #40-22819-0091
المنتج: آيفون 15 برو ماكس 256 جيجا
المبلغ المسترد: 5,199 ر.س

لاسترداد المبلغ يرجى تعبئة النموذج التالي ببيانات حسابك البنكي (الآيبان) وبيانات البطاقة:
https://amzn-refund-sa.web.app/form

يجب تعبئة النموذج خلال 72 ساعة وإلا سيتم إلغاء طلب الاسترداد.

خدمة عملاء أمازون
"""
add(key="ar_l6", lang="ar", kind="lookalike", cause="inventory_shortage", sr=True, mp=None,
    note="yahoo sender, out-of-stock refund scam asking for IBAN/card; malformed order number; windows-1256 base64", tz=3,
    frm=("Amazon Customer Service", "amazon_refund_center@yahoo.com"), to=(None, "abdullah.alharbi@example-mail.sa"),
    subject="استرداد المبلغ: تم إلغاء طلبك لعدم توفر المنتج", subj_cs="windows-1256",
    parts=[("plain", _t, "windows-1256", "b64")], relay="yahoo",
    auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "d": "yahoo.com", "hfrom": "yahoo.com", "s": "s2048"})

_paras = ["عزيزي العميل،",
          "تم إلغاء طلبك.",
          "لمعرفة التفاصيل يرجى تسجيل الدخول إلى حسابك:",
          "https://amaz0n-eg.com/ap/signin",
          "أمازون"]
add(key="ar_l7", lang="ar", kind="lookalike", cause="unknown", sr=False, mp=None,
    note="amaz0n-eg.com, no order number, no reason; alt 8bit", tz=2,
    frm=("Amazon", "info@amaz0n-eg.com"), to=(None, "yasmin.fouad@example-mail.eg"),
    subject="إشعار إلغاء الطلب",
    parts=[("plain", "\n\n".join(_paras), "utf-8", "8bit"), ("html", simple_html(_paras, "Amazon", rtl=True, lang="ar"), "utf-8", "8bit")],
    relay="vps", auth={"spf": "pass", "dkim": "none", "dmarc": "none"})

_ord = order_no("402")
_paras = ["مرحباً،",
          f"لقد استلمنا طلبك لإلغاء الطلب رقم {_ord}، وتم إلغاء الطلب بنجاح.",
          "سبب الإلغاء: بناءً على طلب العميل",
          "إذا لم تقم أنت بطلب الإلغاء، فقد يكون حسابك معرضاً للاختراق. يرجى الاعتراض خلال 24 ساعة عبر الرابط التالي أو الاتصال بخط أمان أمازون على الرقم 800-0444-1823: https://www.amazon.ae/gp/help/dispute",
          "في حال عدم الاعتراض، لن تتمكن من استرداد المبلغ."]
_items = [("لابتوب أبل ماك بوك إير 13 بوصة، شريحة M3", "الكمية: 1   4,599.00 درهم")]
_evil = lambda u: "http://amazon-ae-support.center/dispute/?id=" + rhex(16)
add(key="ar_l8", lang="ar", kind="lookalike", cause="customer_request", sr=True, mp=None,
    note="Greek omicron in display name; 'your cancellation request' scam with dispute link + phone; polished", tz=0,
    frm=("Amaz\u03bfn.ae", "cancellations@amazon-ae-support.center"), to=(None, "maryam.alkaabi@example-mail.ae"),
    subject=f"تأكيد إلغاء الطلب رقم {_ord}",
    parts=[("plain", amz_text("Amazon.ae", "تأكيد الإلغاء", "رقم الطلب: ", _ord, _paras, "المنتجات الملغاة", _items, [], ar_footer("amazon.ae")), "utf-8", "qp"),
           ("html", amz_layout("amazon.ae", "Amazon.ae", ar_nav("amazon.ae"), "تأكيد الإلغاء", "رقم الطلب: ", _ord, _paras, "المنتجات الملغاة", _items, [], ar_footer("amazon.ae"), href=_evil, rtl=True, lang="ar"), "utf-8", "qp")],
    relay="vps", auth={"spf": "pass", "dkim": "pass", "dmarc": "pass", "s": "mail"})


# ==============================================================================================
# write
# ==============================================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(SPECS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        s = SPECS[i]
        name = f"{PREFIX}{n:03d}.eml"
        data = build(s)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "kind": s["kind"], "language": s["lang"], "cause": s["cause"],
                       "states_reason": s["sr"], "marketplace": s["mp"], "note": s["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(labels)} mails to {OUT}")


if __name__ == "__main__":
    main()
