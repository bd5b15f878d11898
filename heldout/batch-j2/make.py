#!/usr/bin/env python3
"""Regenerate blind batch j2 (fr / es / pt): notices, non-notices and lookalikes.

Run:  python3 make.py      -> writes mail/j2NNN.eml and labels.json next to this file.
Everything is deterministic (fixed random seed).
"""
import datetime
import html as H
import io
import json
import os
import random
import re
from urllib.parse import quote

from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email import encoders
from email.utils import formataddr, format_datetime

SEED = 2002
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "j2"

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def rid(n, alpha=UP):
    return "".join(rng.choice(alpha) for _ in range(n))


def order_id(first=None):
    a = first or rng.choice(["171", "402", "403", "404", "405", "406", "407", "408", "701", "702", "111", "112", "113"])
    return "%s-%07d-%07d" % (a, rng.randint(0, 9999999), rng.randint(0, 9999999))


def when(tz_hours=0):
    start = datetime.datetime(2024, 2, 1, tzinfo=datetime.timezone.utc)
    dt = start + datetime.timedelta(seconds=rng.randint(0, 480 * 86400))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return dt.astimezone(tz)


def ses_msgid(region="eu-west-1"):
    return "<%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        "0102018" + rid(9, HEX), rid(8, HEX), rid(4, HEX), rid(4, HEX), rid(4, HEX), rid(12, HEX), region)


def amz_boundary(dt):
    return "----=_Part_%d_%d.%d" % (rng.randint(1000000, 99999999), rng.randint(100000000, 2147483647),
                                     int(dt.timestamp() * 1000))


def gmail_boundary():
    return "000000000000" + rid(16, HEX)


def outlook_boundary():
    return "_000_%s%s_" % (rid(20, UP), "EURP195MB" + rid(4, "0123456789"))


def plain_boundary():
    return "=_" + rid(24, HEX)


# ---------------------------------------------------------------------------
# MIME helpers
# ---------------------------------------------------------------------------

def text_part(text, subtype, charset, cte):
    text.encode(charset)  # strict: make sure texts fit the declared charset
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64}.get(cte)
    return MIMEText(text, subtype, cs)


def hdr(value, charset="utf-8", enc="q", name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = QP if enc == "q" else BASE64
        return Header(value, cs, header_name=name)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def build(m):
    """m: spec dict -> bytes of the raw message."""
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    layout = m["layout"]  # text | html | alt | mixed
    if layout == "text":
        body = text_part(m["text"], "plain", cs, cte)
    elif layout == "html":
        body = text_part(m["html"], "html", cs, cte)
    else:
        alt = MIMEMultipart("alternative", boundary=m.get("boundary") or plain_boundary())
        alt.attach(text_part(m["text"], "plain", cs, m.get("text_cte", cte)))
        alt.attach(text_part(m["html"], "html", cs, cte))
        if layout == "alt":
            body = alt
        else:
            body = MIMEMultipart("mixed", boundary=m.get("outer_boundary") or plain_boundary())
            body.attach(alt)
            for fname, ctype, payload in m["attachments"]:
                maj, sub = ctype.split("/")
                a = MIMEBase(maj, sub, name=fname)
                a.set_payload(payload)
                encoders.encode_base64(a)
                a.add_header("Content-Disposition", "attachment", filename=fname)
                body.attach(a)
    mime = [(k, v) for k, v in body.items()]
    for k, _ in mime:
        del body[k]
    for k, v in m["headers"]:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in mime:
        if k.lower() != "mime-version":
            body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(body)
    raw = buf.getvalue()
    head, sep, rest = raw.partition(b"\n\n")
    head = re.sub(rb"^([A-Za-z-]+): \n[ \t]+", rb"\1: ", head, flags=re.M)  # no fold right after the colon
    return head + sep + rest


# ---------------------------------------------------------------------------
# Amazon-like templates (modelled on the structure of real notification mails)
# ---------------------------------------------------------------------------

AMZ_STYLE = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a {  -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
.ExternalClass, .ExternalClass p, .ExternalClass span, .ExternalClass font, .ExternalClass td, .ExternalClass div { line-height: 100%; }
table { text-align: left; }
td { font-family:Arial, sans-serif; }
.appleBody a { color:#68440a; text-decoration: none; }
.appleFooter a { color:#999999; text-decoration: none; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.brandImage { width: 130px; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6; border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
.emailContainerTD { padding-left: 23px; padding-right: 23px; padding-top: 25px; padding-bottom: 33px; }
.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; }
.informationTable td { padding-bottom: 18px; }
.orderDetailsTable { font-size: 15px; line-height: 20px; }
.orderDetailsTableLink { text-decoration: none; color: #008296; }
.itemImage img { max-height: 84px; max-width: 84px; }
.itemTitle { padding-left: 26px; padding-right: 22px; }
.orderIdTable { font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.orderIdTable a { text-decoration: none; color: #879596; }
.sectionHeader { font-size: 17px; color: #C45500; font-weight: bold; padding-bottom: 8px; }
.buttonText { line-height: 18px; color: #111111; font-size: 16px; text-decoration: none; vertical-align: middle; box-shadow: 0 2px 0 0 rgba(84,84,84,0.30); }
.emailClosing { font-size: 11px; line-height: 15px; color: #868686; }
@media screen and (min-width: 651px) {
    .emailBody { width: 640px !important; background-color: #fafafa; }
    .emailContainerTD { padding-left: 110px !important; padding-right: 105px !important; padding-top: 36px !important; padding-bottom: 20px !important; }
    .greetingTable { font-size: 16px !important; line-height: 18px !important; }
    .informationTable { font-size: 14px !important; line-height: 20px !important; }
}"""

TD = 'style="border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"'
TBL = 'style="border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; text-align: left"'


class Tracker:
    """Builds gp/r.html click-tracking redirects like the real mails."""

    def __init__(self, dom, genuine=True, evil=None):
        self.dom = dom
        self.genuine = genuine
        self.evil = evil
        self.C = rid(13)
        self.K = rid(13)
        self.M = "urn:rtn:msg:%s%s" % (when().strftime("%Y%m%d%H%M%S"), rid(30, HEX) + "p0eu")
        self.ref = "pe_%d_%d" % (rng.randint(100000, 999999), rng.randint(100000000, 999999999))

    def __call__(self, target, kind="C"):
        if not self.genuine:
            return self.evil(target) if callable(self.evil) else self.evil
        return "https://www.%s/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=%s&U=%s&H=%s&ref_=%s" % (
            self.dom, self.C, self.K, self.M, rid(13), kind, quote(target, safe=""), rid(28), self.ref)


def amz_html(c):
    """c keys: dom, brand, lang, greeting, paras, heading, items[(title, line)], order_label,
    order_url, button(label,url)|None, closing[str], links[(label,url)], track (Tracker), pixel(bool)"""
    t = c["track"]
    e = H.escape
    pix = ""
    if c.get("pixel", True):
        pix = '<img width="1" height="1" src="%s" /> ' % e(t("https://images-na.ssl-images-amazon.com/images/G/01/nav/transp.gif", "O"))
    paras = "\n".join('<tr> <td style="padding-bottom: 18px; border-collapse: collapse !important; font-family: Arial, sans-serif"><span>%s</span> </td> </tr>' % p
                      for p in c["paras"])
    items = ""
    for title, line in c.get("items", []):
        img = "https://m.media-amazon.com/images/I/%s._SS142_.jpg" % (rid(2, "0123456789") + rid(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        items += """<tr>
 <td class="itemImage" %s><a href="%s"><img src="%s" width="84" alt="" /></a></td>
 <td class="itemTitle" style="padding-left: 26px; padding-right: 22px; font-family: Arial, sans-serif"><a class="orderDetailsTableLink" href="%s" style="text-decoration: none; color: rgb(0, 130, 150)">%s</a><br /><span style="color: #565959">%s</span></td>
</tr>\n""" % (TD, e(t("https://www.%s/dp/%s" % (c["dom"], "B0" + rid(8)))), img, e(t("https://www.%s/dp/%s" % (c["dom"], "B0" + rid(8)))), e(title), e(line))
    button = ""
    if c.get("button"):
        lbl, url = c["button"]
        button = """<table class="buttonContainer" %s><tbody><tr><td class="paddingT10" style="padding-top: 10px !important"></td></tr><tr> <td %s> <a href="%s" style="color: rgb(0, 46, 54); text-decoration: none">
 <table class="buttonTable" style="height: 45px !important; width: 397px !important; max-width: 397px !important; display: block; border-collapse: collapse !important"><tbody><tr>
 <td align="center" valign="middle" class="buttonText" width="397" height="45" bgcolor="ffa723" style="line-height: 18px; color: rgb(17, 17, 17); font-size: 16px; text-decoration: none; vertical-align: middle; box-shadow: 0 2px 0 0 rgba(84,84,84,0.3); font-family: Arial, sans-serif"> %s </td>
 </tr></tbody></table> </a> </td> </tr><tr><td class="paddingT20" style="padding-top: 20px !important"></td></tr></tbody></table>""" % (TBL, TD, e(url), e(lbl))
    links = ""
    for lbl, url in c.get("links", []):
        links += '<tr><td %s><a href="%s" style="color: #0066C0; text-decoration: none">%s</a></td></tr>\n' % (TD, e(url), e(lbl))
    closing = "<br /><br />\n".join(c.get("closing", []))
    heading = ""
    if c.get("heading"):
        heading = '<tr><td class="sectionHeader" style="font-size: 17px; color: #C45500; font-weight: bold; padding-bottom: 8px; font-family: Arial, sans-serif">%s</td></tr>' % e(c["heading"])
    order = ""
    if c.get("order_label"):
        order = """<table class="orderIdTable" style="font-size: 15px; line-height: 18px; color: rgb(135, 149, 150); margin-bottom: 18px; border-collapse: collapse !important; text-align: left"><tbody><tr>
 <td %s><a href="%s" style="text-decoration: none; color: rgb(135, 149, 150)">%s</a></td></tr></tbody></table>""" % (TD, e(c["order_url"]), e(c["order_label"]))
    return """<!DOCTYPE html>
<html lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <title>%(title)s</title>
  <style>
%(style)s
  </style>
 </head>
<body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%%; -ms-text-size-adjust: 100%%">%(pix)s
 <table id="OutlookWrapper" style="width: 100%%; border-collapse: collapse !important; text-align: left"><tbody><tr>
  <td align="center" %(td)s>
   <table id="EmailWrapper" style="width: 100%% !important; border-collapse: collapse !important; text-align: left" dir="ltr"><tbody><tr>
    <td align="center" %(td)s>
     <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); border-collapse: collapse !important; text-align: left"><tbody><tr>
      <td class="emailBodyTD" style="padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; font-family: Arial, sans-serif"> <a href="%(home)s">
       <table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px; border-collapse: collapse !important; text-align: left"><tbody><tr>
        <td align="center" %(td)s>
         <!--[if gte mso 9]>
          <a href="%(home)s">
         <![endif]--> <img src="https://images-na.ssl-images-amazon.com/images/G/%(imgcc)s/x-locale/common/amazon-logo-email._CB%(cb)s_.png" alt="%(brand)s" title="%(brand)s" class="brandImage" border="0" width="130" style="width: 130px" />
         <!--[if gte mso 9]>
          </a>
         <![endif]--> </td>
       </tr></tbody></table> </a>
       <table class="emailContainer" style="background-color: rgb(255, 255, 255); border-left: 1px solid rgb(214, 214, 214); border-right: 1px solid rgb(214, 214, 214); border-bottom: 1px solid rgb(214, 214, 214); border-top: 2px solid rgb(206, 206, 206); border-collapse: collapse !important; text-align: left"><tbody><tr>
        <td class="emailContainerTD" style="padding-left: 23px; padding-right: 23px; padding-top: 25px; padding-bottom: 33px; font-family: Arial, sans-serif">
         <table class="greetingTable" style="font-size: 20px; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 18px; border-collapse: collapse !important; text-align: left"><tbody><tr>
          <td %(td)s><span>%(greeting)s</span> </td>
         </tr></tbody></table>
         <table class="informationTable" style="font-size: 18px; line-height: 24px; color: rgb(0, 46, 54); border-collapse: collapse !important; text-align: left"><tbody>
%(paras)s
         </tbody></table>
         %(button)s
         %(order)s
         <table class="orderDetailsTable" style="font-size: 15px; line-height: 20px; border-collapse: collapse !important; text-align: left"><tbody>
%(heading)s
%(items)s
         </tbody></table>
         <table class="linksTable" style="font-size: 14px; line-height: 22px; border-collapse: collapse !important; text-align: left"><tbody>
%(links)s
         </tbody></table>
        </td>
       </tr></tbody></table>
       <table style="width: 100%%; border-collapse: collapse !important; text-align: left"><tbody><tr>
        <td class="emailClosing" style="font-size: 11px; line-height: 15px; color: rgb(134, 134, 134); padding-top: 18px; font-family: Arial, sans-serif">%(closing)s</td>
       </tr></tbody></table>
      </td>
     </tr></tbody></table>
    </td>
   </tr></tbody></table>
  </td>
 </tr></tbody></table>
</body>
</html>
""" % dict(lang=c["lang"], cs=c.get("cs", "UTF-8"), title=e(c.get("title", c["brand"])), style=AMZ_STYLE, pix=pix, td=TD,
           home=e(t("https://www.%s" % c["dom"])), imgcc=c.get("imgcc", "08"), cb=rng.randint(100000000, 999999999),
           brand=e(c["brand"]), greeting=e(c["greeting"]), paras=paras, button=button, order=order,
           heading=heading, items=items, links=links, closing=closing)


def amz_text(c):
    """Plain-text twin of amz_html; c['paras_text'] holds plain paragraphs."""
    rule = "-" * 75
    out = [c["brand"], rule, "", c["greeting"], ""]
    for p in c["paras_text"]:
        out += [p, ""]
    if c.get("button"):
        out += ["%s:" % c["button"][0], c["button"][1], ""]
    if c.get("order_label"):
        out += [c["order_label"], ""]
    if c.get("heading"):
        out += [c["heading"], ""]
    for title, line in c.get("items", []):
        out += ["    " + title, "    " + line, ""]
    for lbl, url in c.get("links", []):
        out += ["%s:" % lbl if lbl != url else lbl, url if lbl != url else "", ""]
    out += [rule, ""]
    for p in c.get("closing_text", []):
        out += [p, ""]
    return "\n".join(out).replace("\n\n\n", "\n\n")


def amz_headers(m, dom, local, brand, to, subject, dt, auth, subj_enc="q", reply_to=True, region="eu-west-1"):
    """Headers for a genuine Amazon mail. auth=True adds Authentication-Results."""
    msgid = ses_msgid(region)
    ip = "54.240.%d.%d" % (rng.choice([3, 4, 6, 7, 48, 12, 13]), rng.randint(2, 250))
    host = "a%s-%d.smtp-out.%s.amazonses.com" % (ip.split(".")[2], int(ip.split(".")[3]), region)
    h = []
    h.append(("Return-Path", "<%s%s@bounces.%s>" % (dt.strftime("%Y%m%d%H%M%S"), rid(16, HEX), dom)))
    h.append(("Received", "from %s (%s [%s])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s" % (
        host, host, ip, to.split("@")[1], rid(16, "abcdefghijklmnopqrstuvwxyz0123456789"), to, format_datetime(dt))))
    if auth:
        sel = rid(32, "abcdefghijklmnopqrstuvwxyz0123456789")
        h.append(("Authentication-Results", "mx.%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s header.b=%s;\n\tspf=pass (%s: domain of %s%s@bounces.%s designates %s as permitted sender) smtp.mailfrom=%s%s@bounces.%s;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
            to.split("@")[1], dom, sel, rid(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"),
            rid(32, "abcdefghijklmnopqrstuvwxyz0123456789"), rid(8, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"),
            to.split("@")[1], dt.strftime("%Y%m%d%H%M%S"), rid(8, HEX), dom, ip, dt.strftime("%Y%m%d%H%M%S"), rid(8, HEX), dom, dom)))
    h.append(("Date", format_datetime(dt)))
    h.append(("From", addr(brand, "%s@%s" % (local, dom))))
    if reply_to:
        h.append(("Reply-To", "no-reply@%s" % dom))
    h.append(("To", to))
    h.append(("Message-ID", msgid))
    h.append(("Subject", hdr(subject, m.get("charset", "utf-8"), subj_enc)))
    h.append(("Feedback-ID", "1.%s.%s:AmazonSES" % (region, rid(43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"))))
    h.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    h.append(("Bounces-to", "%s%s@bounces.%s" % (dt.strftime("%Y%m%d%H%M%S"), rid(12, HEX), dom)))
    h.append(("X-AMAZON-RTE-VERSION", "2.0"))
    h.append(("X-SES-Outgoing", "%s-%s" % (dt.strftime("%Y.%m.%d"), ip)))
    return h


def other_headers(from_, to, subject, dt, charset="utf-8", subj_enc="q", reply_to=None, extra=(), received=None, msgid_dom=None):
    h = []
    if received:
        for r in received:
            h.append(("Received", r))
    h += list(extra)
    h.append(("Date", format_datetime(dt)))
    h.append(("From", from_))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    h.append(("Subject", hdr(subject, charset, subj_enc)))
    h.append(("Message-ID", "<%s@%s>" % (rid(24, "abcdefghijklmnopqrstuvwxyz0123456789"), msgid_dom or from_.split("@")[-1].rstrip(">"))))
    return h


def rcv(frm_host, ip, by, dt):
    return "from %s (%s [%s])\n\tby %s with ESMTP id %s; %s" % (frm_host, frm_host, ip, by, rid(12, HEX).upper(), format_datetime(dt))


def gmail_rcv(to, dt):
    return "by mail-%s.google.com with SMTP id %s for <%s>; %s" % (
        rng.choice(["wr1-f54", "lf1-f43", "ej1-f41", "pl1-f176", "qk1-f170"]), rid(28, "abcdefghijklmnopqrstuvwxyz0123456789"), to, format_datetime(dt))


ENTRIES = []  # each: dict(spec..., label fields)


def add(kind, lang, cause, states_reason, marketplace, note, spec):
    spec = dict(spec)
    spec["label"] = dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                         marketplace=marketplace, note=note)
    ENTRIES.append(spec)


# ---------------------------------------------------------------------------
# genuine-mail assembler
# ---------------------------------------------------------------------------
import re

URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def linkify(s):
    out, last = [], 0
    for mo in URL_RE.finditer(s):
        out.append(H.escape(s[last:mo.start()], quote=False))
        u = mo.group(1).rstrip(".,;)")
        out.append('<a href="%s" style="color:#0066C0">%s</a>' % (H.escape(u), H.escape(u)))
        out.append(H.escape(mo.group(1)[len(u):]))
        last = mo.end()
    out.append(H.escape(s[last:], quote=False))
    return "".join(out)


def genuine(lang, dom, brand, local, to, subject, greeting, paras, items=(), heading=None, order=None,
            button=None, links=(), closing=(), layout="alt", charset="utf-8", cte="qp", auth=False,
            region="eu-west-1", subj_enc="q", imgcc="08", text_cte=None, title=None):
    dt = when(0)
    t = Tracker(dom)
    c = dict(dom=dom, brand=brand, lang=lang, greeting=greeting, track=t, cs=charset.upper(), imgcc=imgcc,
             paras=[linkify(p) for p in paras], paras_text=list(paras), items=list(items), heading=heading,
             order_label=("%s" % order[0]) if order else None,
             order_url=t("https://www.%s/gp/your-account/order-details?orderID=%s" % (dom, order[1])) if order else None,
             button=(button[0], t(button[1])) if button else None,
             links=[(l, t(u)) for l, u in links], closing=[linkify(x) for x in closing], closing_text=list(closing),
             title=title or subject)
    spec = dict(layout=layout, charset=charset, cte=cte, boundary=amz_boundary(dt))
    if text_cte:
        spec["text_cte"] = text_cte
    if layout in ("html", "alt"):
        spec["html"] = amz_html(c)
    if layout in ("text", "alt"):
        # the text twin shows the plain target URLs, like the real text parts
        ct = dict(c)
        ct["button"] = button
        ct["links"] = list(links)
        spec["text"] = amz_text(ct)
    spec["headers"] = amz_headers(spec, dom, local, brand, to, subject, dt, auth, subj_enc=subj_enc, region=region)
    return spec


def fr_closing(dom, site, legal, ca=False):
    help_ = "https://www.%s/gp/help/customer/display.html" % dom
    if ca:
        return [
            "Nous espérons vous revoir bientôt sur %s." % site,
            "%s ne vous demandera jamais de fournir par courriel votre mot de passe, votre numéro de carte de crédit complet ou d'autres renseignements personnels. Si vous recevez un courriel suspect, ne cliquez sur aucun lien et signalez-le : %s?nodeId=201909130" % (site, help_),
            "Si le numéro de votre carte de crédit a changé ou si la carte est expirée, mettez-la à jour dans Votre compte : https://www.%s/cpe/yourpayments/wallet" % dom,
            "Aide et service à la clientèle : %s?nodeId=508510" % help_,
            "Ce courriel a été envoyé à partir d'une adresse qui ne peut recevoir de messages. Veuillez ne pas y répondre.",
            legal,
        ]
    return [
        "Nous espérons vous revoir bientôt sur %s." % site,
        "%s ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonnées bancaires complètes ou votre cryptogramme par e-mail, par SMS ou par téléphone. Si vous recevez un message de ce type, ne cliquez sur aucun lien et signalez-le : %s?nodeId=201909130" % (site, help_),
        "Si le numéro de votre carte a changé ou si elle a expiré, mettez-la à jour dans Votre compte > Vos paiements : https://www.%s/cpe/yourpayments/wallet" % dom,
        "Pour apprendre à reconnaître les e-mails d'hameçonnage, consultez notre page d'aide : %s?nodeId=G4YFYCCNUSENA23B" % help_,
        "Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.",
        legal,
    ]


LEGAL_FR = "© 1996-2024, Amazon.com, Inc. ou ses filiales. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Succursale française : 67 boulevard du Général Leclerc, 92110 Clichy."
LEGAL_BE = "© 1996-2024, Amazon.com, Inc. ou ses filiales. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg B-101818."
LEGAL_CA = "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto (Ontario) M5H 3Y2, Canada."

# ===========================================================================
# FRENCH
# ===========================================================================

def french():
    L = "fr"
    # ---------------- notices ----------------
    o = order_id("402")
    add("notice", L, "inventory_shortage", True, "amazon.fr", "supplier cannot fulfil, item unavailable; HTML alt QP; auth",
        genuine("fr", "amazon.fr", "Amazon.fr", "order-update", "claire.dubois@orange.fr",
                "Votre commande Amazon.fr n° %s a été annulée" % o, "Bonjour Claire,",
                ["Nous sommes désolés : l'article ci-dessous de votre commande n° %s a été annulé. Notre fournisseur nous a informés qu'il ne pourra pas nous livrer cet article, qui n'est plus disponible." % o,
                 "Vous ne serez pas débitée pour cet article. Si un prélèvement avait déjà été effectué, le remboursement apparaîtra sur votre relevé sous 3 à 5 jours ouvrés.",
                 "D'autres vendeurs proposent peut-être encore ce produit : consultez la page de l'article pour voir les offres disponibles."],
                items=[("Bodum Chambord Cafetière à piston 8 tasses, 1,0 L, inox", "Quantité : 1 – 34,90 €")],
                heading="Articles annulés", order=("Commande n° %s" % o, o),
                button=("Voir vos commandes", "https://www.amazon.fr/gp/css/order-history"),
                closing=fr_closing("amazon.fr", "Amazon.fr", LEGAL_FR), layout="alt", cte="qp", auth=True))

    o = order_id("702")
    add("notice", L, "payment_issue", True, "amazon.ca", "payment revision not received, card refused; text-only iso-8859-1 QP; no auth",
        genuine("fr-CA", "amazon.ca", "Amazon.ca", "payments-messages", "marcandre.gagnon@videotron.ca",
                "Votre commande Amazon.ca (%s) a été annulée" % o, "Bonjour Marc-André,",
                ["Nous vous avons récemment écrit pour vous demander de mettre à jour les renseignements de paiement de votre commande n° %s. Comme nous n'avons pas reçu de renseignements de paiement valides dans le délai indiqué, nous avons annulé votre commande." % o,
                 "Motif : la carte de crédit associée à cette commande a été refusée par l'institution financière émettrice.",
                 "Si vous souhaitez toujours acheter cet article, veuillez passer une nouvelle commande sur Amazon.ca avec un mode de paiement valide. Aucun montant n'a été porté à votre compte."],
                items=[("Columbia Manteau d'hiver Bugaboo II pour homme, noir, G", "Quantité : 1 - 189,99 $ CA")],
                heading="Article(s) annulé(s)", order=("Commande n° %s" % o, o),
                links=[("Vos commandes", "https://www.amazon.ca/gp/css/order-history?language=fr_CA")],
                closing=fr_closing("amazon.ca", "Amazon.ca", LEGAL_CA, ca=True), layout="text",
                charset="iso-8859-1", cte="qp", auth=False, region="us-east-1"))

    o = order_id("405")
    add("notice", L, "technical_issue", True, "amazon.com.be", "pricing error; HTML-only base64; auth",
        genuine("fr-BE", "amazon.com.be", "Amazon.com.be", "order-update", "sophie.lambert@skynet.be",
                "Un article de votre commande Amazon.com.be n° %s a été annulé" % o, "Bonjour Sophie,",
                ["En raison d'une erreur de prix sur notre site, l'article ci-dessous a été affiché à un prix incorrect (9,99 € au lieu de 99,99 €). Conformément à nos conditions de vente, nous avons annulé cet article de votre commande n° %s." % o,
                 "Aucun montant ne vous a été facturé pour cet article. Nous vous prions de nous excuser pour la gêne occasionnée.",
                 "Le reste de votre commande, le cas échéant, sera expédié comme prévu."],
                items=[("Sony WH-CH720N Casque sans fil à réduction de bruit, Bluetooth, noir", "Quantité : 1")],
                heading="Article annulé", order=("Commande n° %s" % o, o),
                closing=fr_closing("amazon.com.be", "Amazon.com.be", LEGAL_BE), layout="html", cte="b64", auth=True, subj_enc="b"))

    o = order_id("171")
    add("notice", L, "fraud_prevention", True, "amazon.fr", "unusual activity, account on hold, order cancelled; alt 8bit; no auth",
        genuine("fr", "amazon.fr", "Amazon.fr", "cs-reply", "n.mercier@laposte.net",
                "Information concernant votre commande Amazon.fr %s" % o, "Bonjour,",
                ["Lors d'une vérification de routine, nous avons constaté une activité inhabituelle sur votre compte Amazon.fr. Par mesure de sécurité, nous avons placé votre compte en attente et annulé votre commande n° %s." % o,
                 "Pour rétablir l'accès à votre compte, connectez-vous directement sur Amazon.fr (en saisissant vous-même l'adresse dans votre navigateur) et suivez les instructions affichées. Il pourra vous être demandé de confirmer certaines informations relatives à votre compte ou à votre mode de paiement.",
                 "Une fois la vérification terminée, vous pourrez passer une nouvelle commande. Aucun montant n'a été débité."],
                items=[("Carte cadeau Amazon.fr - Format e-mail - 150 €", "Quantité : 2")],
                heading="Article annulé", order=("Commande n° %s" % o, o),
                closing=fr_closing("amazon.fr", "Amazon.fr", LEGAL_FR), layout="alt", cte="8bit", auth=False))

    o = order_id("403")
    add("notice", L, "customer_request", True, "amazon.fr", "successful cancellation, Annulé par le client; alt QP; auth",
        genuine("fr", "amazon.fr", "Amazon.fr", "auto-confirm", "julien.petit@gmail.com",
                "Annulation réussie de « Lot de 6 verres à vin Luminarc 35 cl » de votre commande Amazon.fr %s" % o,
                "Bonjour Julien,",
                ["Comme vous l'avez demandé, nous avons annulé l'article suivant de votre commande n° %s." % o,
                 "Motif de l'annulation : Annulé par le client",
                 "Si vous avez payé par carte, vous ne serez pas débité pour cet article. Si le paiement avait déjà été effectué, le remboursement sera visible sous quelques jours. Les autres articles de votre commande ne sont pas concernés."],
                items=[("Luminarc Lot de 6 verres à vin 35 cl, verre transparent", "Quantité : 1 – 17,49 €")],
                heading="Articles annulés", order=("Commande n° %s" % o, o),
                links=[("Vos commandes", "https://www.amazon.fr/gp/css/order-history")],
                closing=fr_closing("amazon.fr", "Amazon.fr", LEGAL_FR), layout="alt", cte="qp", auth=True))

    o = order_id("701")
    add("notice", L, "unknown", False, "amazon.ca", "bulk 'Information de la part' subject, no reason given; text-only utf-8 8bit; no auth",
        genuine("fr-CA", "amazon.ca", "Amazon.ca", "order-update", "i.tremblay@sympatico.ca",
                "Information de la part d'Amazon.ca", "Bonjour Isabelle Tremblay,",
                ["Nous vous écrivons pour vous informer que votre commande n° %s a été annulée." % o,
                 "Si votre carte a été débitée pour cette commande, le montant total sera remboursé sur votre mode de paiement d'origine dans un délai de 3 à 5 jours ouvrables.",
                 "Nous nous excusons des inconvénients que cela pourrait vous occasionner. Vous pouvez consulter l'état de vos commandes en tout temps dans Vos commandes."],
                items=[("Lodge Poêle en fonte pré-assaisonnée, 30 cm", "Quantité : 1 - 54,95 $ CA"),
                       ("Gants de cuisine en silicone, paquet de 2", "Quantité : 1 - 18,99 $ CA")],
                heading="Article(s) annulé(s)", order=("Commande n° %s" % o, o),
                links=[("Vos commandes", "https://www.amazon.ca/gp/css/order-history?language=fr_CA")],
                closing=fr_closing("amazon.ca", "Amazon.ca", LEGAL_CA, ca=True), layout="text", cte="8bit",
                auth=False, region="us-east-1"))

    # ---------------- lookalikes ----------------
    to = "h.moreau@wanadoo.fr"; dt = when(1)
    add("lookalike", L, "fraud_prevention", True, None, "gmail sender, callback phone number, malformed order no; text 8bit",
        dict(layout="text", charset="utf-8", cte="8bit",
             text="""Cher(e) client(e),

Votre commande #AMZ-4478120 d'un Apple iPhone 15 Pro Max 256 Go (1 479,00 EUR) a été ANNULÉE suite à une activité suspecte détectée sur votre compte Amazon.

Le remboursement ne peut être effectué qu'après confirmation par téléphone avec un conseiller.

Appelez IMMÉDIATEMENT notre service d'assistance au : +33 1 84 80 27 56
(disponible 24h/24 et 7j/7)

Sans appel de votre part sous 24 heures, le montant sera définitivement débité de votre compte bancaire.

Merci de votre confiance,
Service Client Amazon
Département Sécurité des Commandes
""",
             headers=other_headers(addr("Service Client Amazon", "amazon.service.client.fr@gmail.com"), to,
                                   "Annulation de votre commande #AMZ-4478120", dt,
                                   received=[gmail_rcv(to, dt)],
                                   extra=[("Authentication-Results", "mx.wanadoo.fr; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com")],
                                   msgid_dom="mail.gmail.com")))

    to = "paul.girard@sfr.fr"; dt = when(2)
    code_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;background:#f3f3f3;margin:0;padding:20px">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px;border-top:4px solid #ff9900">
<img src="https://amazon-orders.help/assets/logo-amazon.png" alt="amazon.fr" width="110">
<h2 style="color:#111;font-weight:normal">Votre compte a été suspendu</h2>
<p>Bonjour,</p>
<p>Nous n'avons pas pu vérifier les informations associées à votre compte. Par conséquent, votre compte Amazon a été <b>suspendu</b> et votre commande <b>n° 403-5512873-22</b> a été <b>annulée</b>.</p>
<p>Pour réactiver votre compte et restaurer votre commande, rendez-vous sur la page de vérification et saisissez le code de réactivation suivant :</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center;background:#fef8e7;padding:12px;border:1px dashed #e3a008"><b>847 213</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/fr/reactivation?c=847213&amp;u=cGF1bC5naXJhcmRAc2ZyLmZy" style="background:#ffd814;color:#111;padding:12px 30px;border-radius:20px;text-decoration:none">Réactiver mon compte</a></p>
<p style="color:#c40000">Ce code expire dans 12 heures. Passé ce délai, votre compte sera définitivement fermé.</p>
<p>Cordialement,<br>L'équipe Sécurité des comptes Amazon</p>
<hr><p style="font-size:11px;color:#777">© 2024 Amazon.com, Inc. ou ses filiales. Tous droits réservés.</p>
</div></body></html>"""
    code_text = """Votre compte a été suspendu

Bonjour,

Nous n'avons pas pu vérifier les informations associées à votre compte. Par conséquent, votre compte Amazon a été suspendu et votre commande n° 403-5512873-22 a été annulée.

Pour réactiver votre compte et restaurer votre commande, saisissez le code de réactivation 847 213 sur :
https://amazon-orders.help/fr/reactivation?c=847213

Ce code expire dans 12 heures. Passé ce délai, votre compte sera définitivement fermé.

L'équipe Sécurité des comptes Amazon
"""
    add("lookalike", L, "fraud_prevention", True, None, "look-alike domain amazon-orders.help (dkim/dmarc pass for it), suspended + reactivation code; alt QP",
        dict(layout="alt", charset="utf-8", cte="qp", text=code_text, html=code_html, boundary=plain_boundary(),
             headers=other_headers(addr("Amazon.fr", "securite@amazon-orders.help"), to,
                                   "Compte suspendu – commande 403-5512873-22 annulée", dt,
                                   received=[rcv("mail.amazon-orders.help", "185.193.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx1.sfr.fr", dt)],
                                   extra=[("Authentication-Results", "mx1.sfr.fr; dkim=pass header.d=amazon-orders.help header.s=default; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=pass header.from=amazon-orders.help")])))

    to = "m.fontaine@free.fr"; dt = when(1)
    add("lookalike", L, "payment_issue", True, None, "outlook sender, yahoo reply-to, asks card details by reply, no order no; text iso-8859-15 QP",
        dict(layout="text", charset="iso-8859-15", cte="qp",
             text="""Bonjour,

Le paiement de votre dernière commande n'a pas pu être traité par votre banque et votre commande a donc été annulée.

Afin de recevoir vos articles malgré tout, il vous suffit de répondre à ce message en indiquant les informations suivantes :

- Nom du titulaire de la carte :
- Numéro de carte :
- Date d'expiration :
- Code de sécurité (3 chiffres au dos) :
- Date de naissance :

Notre service traitera votre paiement manuellement sous 2 heures et votre commande sera réexpédiée sans frais supplémentaires (montant : 89,90 €).

Cordialement,
Amazon Paiements France
""",
             headers=other_headers(addr("Amazon Paiements", "amazon-paiements-fr@outlook.fr"), to,
                                   "Votre paiement a échoué - commande annulée", dt, charset="iso-8859-15",
                                   reply_to="remboursement.amazon@yahoo.com",
                                   received=[rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx1.free.fr", dt)],
                                   msgid_dom="PAXP193MB1234.EURP193.PROD.OUTLOOK.COM")))

    o = order_id("405"); to = "celine.roussel@orange.fr"; dt = when(0)
    evil = "https://amazon-fr.verif-paiement.net/signin?ref=%s" % rid(10)
    t = Tracker("amazon.fr", genuine=False, evil=evil)
    c = dict(dom="amazon.fr", brand="Amazon.fr", lang="fr", greeting="Bonjour Céline,", track=t,
             paras=["Nous n'avons pas pu autoriser le paiement de votre commande n° %s : votre carte bancaire a été refusée." % o,
                    "<b>Votre commande sera annulée sous 48 heures</b> si vous ne mettez pas à jour votre mode de paiement. Pour conserver votre commande, connectez-vous à votre compte et confirmez vos informations de paiement :",
                    '<a href="%s" style="color:#0066C0">https://www.amazon.fr/gp/css/order-history</a>' % evil],
             items=[("Dyson V8 Absolute Aspirateur balai sans fil", "Quantité : 1 – 349,00 €")], heading="Commande en attente",
             order_label="Commande n° %s" % o, order_url=evil,
             button=("Mettre à jour le paiement", evil),
             closing=["Amazon.fr ne vous demandera jamais votre mot de passe par e-mail.",
                      "© 1996-2024, Amazon.com, Inc. ou ses filiales."])
    html = amz_html(c)
    text = "Bonjour Céline,\n\nNous n'avons pas pu autoriser le paiement de votre commande n° %s : votre carte bancaire a été refusée.\n\nVotre commande sera annulée sous 48 heures si vous ne mettez pas à jour votre mode de paiement.\n\nMettre à jour le paiement :\n%s\n\nAmazon.fr\n" % (o, evil)
    add("lookalike", L, "payment_issue", True, None, "polished Amazon template, amazon.fr.<evil> sender, link text amazon.fr but href elsewhere, 'will be cancelled' in 48h; alt QP",
        dict(layout="alt", charset="utf-8", cte="qp", text=text, html=html, boundary=amz_boundary(dt),
             headers=other_headers(addr("Amazon.fr", "no-reply@amazon.fr.service-annulation.com"), to,
                                   "Action requise : votre commande Amazon.fr n° %s sera annulée" % o, dt,
                                   received=[rcv("vps-7c1e2a.hosted-by-vdsina.com", "89.110.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "smtp-in.orange.fr", dt)],
                                   extra=[("Authentication-Results", "smtp-in.orange.fr; spf=pass smtp.mailfrom=amazon.fr.service-annulation.com; dkim=none; dmarc=none header.from=amazon.fr.service-annulation.com")])))

    to = "antoine.leroy@hotmail.fr"; dt = when(2)
    html5 = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="border:1px solid #ddd"><tr><td style="background:#232f3e;padding:14px"><span style="color:#fff;font-size:22px;font-weight:bold">amazon</span><span style="color:#ff9900">.fr</span></td></tr>
<tr><td style="padding:20px">
<p>Bonjour,</p>
<p>Nous avons le regret de vous informer que votre commande <b>#171-88O2341-7712</b> a été annulée : l'article est en rupture de stock chez notre fournisseur et ne pourra pas être livré.</p>
<p>Un remboursement de <b>249,99 €</b> est en attente. Pour le recevoir, vous devez confirmer vos coordonnées bancaires dans les 72 heures :</p>
<p><a href="https://remboursement-client.%s.ru/fr/?id=%s" style="background:#ff9900;color:#000;padding:10px 24px;text-decoration:none;border-radius:3px">Recevoir mon remboursement</a></p>
<p>Article : Nintendo Switch OLED - édition Zelda</p>
<p>Merci de votre compréhension.<br>Service client Amazon</p>
</td></tr></table></td></tr></table></body></html>""" % (rid(6, "abcdefghijklmnopqrstuvwxyz"), rid(8, HEX))
    add("lookalike", L, "inventory_shortage", True, None, "Cyrillic homoglyph display name, amazn-fr sender, malformed order no, refund needs bank details; html-only base64",
        dict(layout="html", charset="utf-8", cte="b64", html=html5,
             headers=other_headers(addr("\u0410m\u0430zon.fr", "notification@amazn-fr.com"), to,
                                   "Votre commande a été annulée - remboursement en attente", dt, subj_enc="b",
                                   received=[rcv("smtp.amazn-fr.com", "194.87.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.hotmail.com", dt)])))

    to = "lucie.bernard@gmail.com"; dt = when(1)
    ref6 = "402-%07d" % rng.randint(0, 9999999)
    html6 = """<html><body style="font-family:Arial;font-size:14px">
<div style="border-bottom:3px solid #febd69;padding:8px"><b style="font-size:20px">amazon.fr</b></div>
<p>Cher client,</p>
<p>En raison d'une <b>erreur technique</b> survenue lors du traitement de votre commande n° %s, celle-ci <b>sera annulée</b> si vous ne confirmez pas vos informations avant demain 23h59.</p>
<p><a href="http://amaz0n-fr.com/compte/confirmer.php?session=%s">Confirmer ma commande</a></p>
<p>Si vous ne confirmez pas, l'annulation sera automatique et votre compte pourra être limité.</p>
<p>L'équipe Amazon</p>
<p style="font-size:10px;color:#888">Amazon EU S.à r.l. – ceci est un message automatique.</p>
</body></html>""" % (ref6, rid(20, HEX))
    text6 = "Cher client,\n\nEn raison d'une erreur technique survenue lors du traitement de votre commande n° %s, celle-ci sera annulée si vous ne confirmez pas vos informations avant demain 23h59.\n\nConfirmer ma commande : http://amaz0n-fr.com/compte/confirmer.php\n\nL'équipe Amazon\n" % ref6
    add("lookalike", L, "technical_issue", True, None, "amaz0n look-alike domain, 'will be cancelled' unless confirm, short order no; alt base64",
        dict(layout="alt", charset="utf-8", cte="b64", text=text6, html=html6, boundary=gmail_boundary(),
             headers=other_headers(addr("Amazon", "commandes@amaz0n-fr.com"), to,
                                   "Problème technique : votre commande sera annulée", dt,
                                   received=[rcv("mail.amaz0n-fr.com", "45.144.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)])))

    o = order_id("402"); to = "e.durand@laposte.net"; dt = when(2)
    short = "https://t.ly/%s" % rid(5, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    html7 = """<html><body style="font-family:Arial,sans-serif">
<p><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="100" alt="Amazon"></p>
<p>Bonjour,</p>
<p>Vous avez demandé l'annulation de votre commande n° %s (Apple AirPods Pro 2e génération, 279,00 €).</p>
<p>Motif : annulée à la demande du client.</p>
<p>Si vous n'êtes pas à l'origine de cette demande, annulez-la immédiatement en cliquant ici : <a href="%s">https://www.amazon.fr/gp/your-account/order-details</a></p>
<p>Sans action de votre part, le montant ne sera pas remboursé.</p>
<p>Amazon.fr</p></body></html>""" % (o, short)
    text7 = "Bonjour,\n\nVous avez demandé l'annulation de votre commande n° %s (Apple AirPods Pro 2e génération, 279,00 €).\nMotif : annulée à la demande du client.\n\nSi vous n'êtes pas à l'origine de cette demande : %s\n\nAmazon.fr\n" % (o, short)
    add("lookalike", L, "customer_request", True, None, "Greek omicron in display name, yahoo sender, shortener link shown as amazon.fr; alt QP",
        dict(layout="alt", charset="utf-8", cte="qp", text=text7, html=html7, boundary=plain_boundary(),
             headers=other_headers(addr("Amaz\u03bfn.fr", "amazon.clients@yahoo.fr"), to,
                                   "Confirmation d'annulation de votre commande n° %s" % o, dt,
                                   received=[rcv("sonic305-21.consmr.mail.ir2.yahoo.com", "77.238.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.laposte.net", dt)],
                                   msgid_dom="mail.yahoo.com")))

    to = "gabriel.cote@videotron.ca"; dt = when(-5)
    add("lookalike", L, "unknown", False, None, "crude, hotmail sender, IP link, no order no, no reason; text iso-8859-1 8bit",
        dict(layout="text", charset="iso-8859-1", cte="8bit",
             text="""AMAZON.CA

VOTRE COMMANDE A ÉTÉ ANNULÉE !!!

Bonjour cher client,

votre commande a été annulé. pour voir les détails et obtenir votre remboursement Interac cliquez ici :

http://45.133.%d.%d/amazon/ca/remboursement/

si vous ne faites rien dans les 24h votre compte sera fermé.

merci
equipe amazon canada
""" % (rng.randint(1, 250), rng.randint(1, 250)),
             headers=other_headers(addr("AMAZON CANADA", "amazon-ca-support@hotmail.com"), to,
                                   "VOTRE COMMANDE A ÉTÉ ANNULÉE", dt, charset="iso-8859-1",
                                   received=[rcv("NAM11-DM6-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.videotron.ca", dt)],
                                   msgid_dom="SN6PR04MB1234.namprd04.prod.outlook.com")))

    # ---------------- non-notices ----------------
    to = "thomas.faure@gmail.com"; dt = when(1)
    ebay_no = "%02d-%05d-%05d" % (rng.randint(10, 27), rng.randint(0, 99999), rng.randint(0, 99999))
    ebay_text = """eBay

Le vendeur a annulé votre commande

Bonjour Thomas,

Le vendeur lumiere_vintage_75 a annulé votre commande.

Objet : Lampe de bureau articulée vintage années 70, métal vert
Numéro de commande : %s
Motif indiqué par le vendeur : l'article n'est plus disponible

Message du vendeur :
« Bonjour, toutes mes excuses, la lampe a été vendue sur Amazon quelques minutes avant votre achat, mes stocks n'étaient pas synchronisés. Je vous ai remboursé intégralement. »

Votre remboursement de 45,00 EUR a été effectué sur votre mode de paiement d'origine (PayPal). Il peut falloir jusqu'à 3 jours ouvrés pour qu'il apparaisse.

Voir la commande : https://order.ebay.fr/ord/show?orderId=%s

Ce message a été envoyé par eBay. eBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow, Allemagne.
Découvrez comment reconnaître les e-mails frauduleux : https://www.ebay.fr/help/account/protecting-account/recognizing-spoof-fake-emails-websites
""" % (ebay_no, ebay_no)
    ebay_html = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#111820\"><p><b style=\"font-size:24px;color:#e53238\">e</b><b style=\"font-size:24px;color:#0064d2\">b</b><b style=\"font-size:24px;color:#f5af02\">a</b><b style=\"font-size:24px;color:#86b817\">y</b></p>" + \
        "".join("<p>%s</p>" % linkify(p).replace("\n", "<br>") for p in ebay_text.split("\n\n")[1:]) + "</body></html>"
    add("non_notice", L, None, False, None, "eBay seller cancellation; seller says item sold on Amazon; alt QP",
        dict(layout="alt", charset="utf-8", cte="qp", text=ebay_text, html=ebay_html, boundary=plain_boundary(),
             headers=other_headers(addr("eBay", "ebay@ebay.fr"), to, "Le vendeur a annulé votre commande : Lampe de bureau articulée vintage", dt,
                                   received=[rcv("mxphx.ebay.com", "66.211.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)])))

    to = "anne.roux@gmail.com"; dt = when(2)
    add("non_notice", L, None, False, None, "friend says she cancelled her Amazon order (pram); text utf-8 8bit",
        dict(layout="text", charset="utf-8", cte="8bit",
             text="""Salut Anne !

J'ai annulé ma commande Amazon pour la poussette, finalement Julie m'en prête une (quasi neuve). J'ai bien reçu le mail « Annulation réussie », donc c'est réglé, pas de souci de remboursement.

Du coup pour le cadeau de naissance de Léa on part plutôt sur le coffret de livres en tissu + la gigoteuse ? Tu peux commander de ton côté, je te rembourse la moitié par Lydia.

Bises,
Camille

Le mar. 12 mars à 21:14, Anne Roux <anne.roux@gmail.com> a écrit :
> Tu as pu voir pour la poussette ? Elle est encore en promo je crois.
""",
             headers=other_headers(addr("Camille Roux", "camille.roux@free.fr"), to, "Re: cadeau pour Léa", dt,
                                   extra=[("In-Reply-To", "<CAJx%s@mail.gmail.com>" % rid(20)), ("User-Agent", "Roundcube Webmail/1.6.5")],
                                   received=[rcv("smtp1-g21.free.fr", "212.27.42.1", "mx.google.com", dt)])))

    to = "abonne-412@orange.fr"; dt = when(1)
    nl_html = """<html><head><meta charset="utf-8"><title>La Lettre Sécurité Numérique</title></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto;color:#222">
<h1 style="font-family:Arial;color:#1d3557">La Lettre Sécurité Numérique – n° 87</h1>
<h2>Arnaque : les faux e-mails « Votre commande Amazon a été annulée » se multiplient</h2>
<p>Depuis plusieurs semaines, de nombreux lecteurs nous signalent des messages intitulés <i>« Votre commande Amazon.fr n° 402-XXXXXXX a été annulée »</i> ou <i>« Compte suspendu – commande annulée »</i>. Ils invitent à appeler un numéro surtaxé ou à « confirmer » ses coordonnées bancaires pour obtenir un remboursement.</p>
<p><b>Comment les reconnaître ?</b></p>
<ul><li>l'expéditeur n'appartient pas au domaine amazon.fr (adresses gmail, outlook ou domaines comme « amaz0n » ou « amazon-orders ») ;</li>
<li>le numéro de commande est absent ou n'a pas le format habituel à 17 chiffres ;</li>
<li>le message crée l'urgence (« sous 24 heures », « votre compte sera fermé ») ;</li>
<li>on vous demande votre numéro de carte, votre cryptogramme ou un code reçu par SMS.</li></ul>
<p>En cas de doute, ne cliquez pas : ouvrez vous-même votre espace client et vérifiez la rubrique « Vos commandes ». Vous pouvez signaler le message sur la plateforme Pharos ou au 33700.</p>
<p style="font-size:12px;color:#666">Vous recevez cette lettre car vous êtes abonné(e). <a href="https://lettre-securite-numerique.fr/desinscription?u=412">Se désinscrire</a></p>
</body></html>"""
    nl_text = re.sub(r"<[^>]+>", "", nl_html.replace("<li>", "- ").replace("</p>", "\n").replace("</h2>", "\n").replace("</h1>", "\n")).strip() + "\n"
    add("non_notice", L, None, False, None, "security newsletter quoting fake Amazon cancellation subjects; alt base64",
        dict(layout="alt", charset="utf-8", cte="b64", text=nl_text, html=nl_html, boundary=plain_boundary(),
             headers=other_headers(addr("La Lettre Sécurité Numérique", "newsletter@lettre-securite-numerique.fr"), to,
                                   "Arnaque : les faux mails « Votre commande Amazon a été annulée » se multiplient", dt, subj_enc="b",
                                   extra=[("List-Unsubscribe", "<https://lettre-securite-numerique.fr/desinscription?u=412>"),
                                          ("List-Id", "<lettre.lettre-securite-numerique.fr>"), ("Precedence", "bulk")],
                                   received=[rcv("mta-12.sendinblue.com", "185.107.232.%d" % rng.randint(1, 250), "smtp-in.orange.fr", dt)])))

    o = order_id("408")
    add("non_notice", L, None, False, None, "delivery appointment cancelled by carrier, order itself NOT cancelled (amazon.fr); alt QP; auth",
        genuine("fr", "amazon.fr", "Amazon.fr", "order-update", "v.chevalier@orange.fr",
                "Votre rendez-vous de livraison a été annulé", "Bonjour Vincent,",
                ["Le rendez-vous de livraison prévu le jeudi 14 mars entre 8 h et 13 h pour votre commande n° %s a été annulé par le transporteur." % o,
                 "Votre commande n'est pas annulée. Choisissez dès maintenant un nouveau créneau de livraison ; votre lave-linge sera livré et installé à la date choisie.",
                 "Si aucun créneau ne vous convient, vous pouvez contacter le transporteur au numéro indiqué dans le suivi de votre colis."],
                items=[("Bosch WGG14400FR Lave-linge frontal Série 6, 9 kg, 1400 tr/min", "Quantité : 1")],
                order=("Commande n° %s" % o, o),
                button=("Choisir un nouveau créneau", "https://www.amazon.fr/gp/your-account/ship-track?orderId=%s" % o),
                closing=fr_closing("amazon.fr", "Amazon.fr", LEGAL_FR), layout="alt", cte="qp", auth=True))

    add("non_notice", L, None, False, None, "Prime membership cancellation confirmation (amazon.fr); html-only QP",
        genuine("fr", "amazon.fr", "Amazon.fr", "no-reply", "sandrine.michel@sfr.fr",
                "Confirmation de l'annulation de votre abonnement Amazon Prime", "Bonjour Sandrine,",
                ["Nous vous confirmons l'annulation de votre abonnement Amazon Prime. Vous continuerez à profiter de vos avantages Prime jusqu'au 28 avril 2024 ; aucun renouvellement ne sera facturé ensuite.",
                 "Vos commandes en cours ne sont pas concernées et seront livrées normalement.",
                 "Vous avez changé d'avis ? Vous pouvez réactiver Prime à tout moment depuis la page Gérer mon abonnement Prime."],
                button=("Gérer mon abonnement Prime", "https://www.amazon.fr/gp/primecentral"),
                closing=fr_closing("amazon.fr", "Amazon.fr", LEGAL_FR), layout="html", cte="qp", auth=False))

    o = order_id("407")
    add("non_notice", L, None, False, None, "genuine payment reminder: update payment or order will be cancelled (nothing cancelled yet); alt QP; auth",
        genuine("fr", "amazon.fr", "Amazon.fr", "payments-update", "k.benali@gmail.com",
                "Action requise : mettez à jour votre mode de paiement pour la commande %s" % o, "Bonjour Karim,",
                ["Nous n'avons pas pu débiter votre carte Visa se terminant par %04d pour votre commande n° %s. Votre banque a refusé la transaction." % (rng.randint(0, 9999), o),
                 "Pour éviter l'annulation de votre commande, mettez à jour votre mode de paiement avant le 22 mars. Si nous ne recevons pas de mode de paiement valide d'ici là, votre commande sera annulée.",
                 "Votre commande n'a pas encore été expédiée et reste réservée jusqu'à cette date."],
                items=[("Philips Series 5000 Tondeuse barbe", "Quantité : 1 – 44,99 €")],
                order=("Commande n° %s" % o, o),
                button=("Mettre à jour le paiement", "https://www.amazon.fr/cpe/managepaymentmethods?orderId=%s" % o),
                closing=fr_closing("amazon.fr", "Amazon.fr", LEGAL_FR), layout="alt", cte="qp", auth=True))


# ===========================================================================
# SPANISH
# ===========================================================================

def es_closing(dom, site, legal, mx=False):
    help_ = "https://www.%s/gp/help/customer/display.html" % dom
    tu = "tu"
    return [
        "Esperamos volver a verte pronto en %s." % site,
        "%s nunca te pedirá tu contraseña, los datos completos de tu tarjeta ni tu código de seguridad por correo electrónico, SMS o teléfono. Si recibes un mensaje sospechoso que dice venir de Amazon, no hagas clic en ningún enlace y repórtalo aquí: %s?nodeId=201909130" % (site, help_),
        "Si el número de %s tarjeta ha cambiado o ha %s, actualízala en Tu cuenta > Tus pagos: https://www.%s/cpe/yourpayments/wallet" % (tu, "vencido" if mx else "caducado", dom),
        "Para saber cómo identificar correos electrónicos de suplantación de identidad (phishing), visita: %s?nodeId=G4YFYCCNUSENA23B" % help_,
        "Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas. Por favor, no respondas a este mensaje." if not mx else
        "Este correo electrónico se envió desde una dirección que no puede recibir correos. Por favor, no respondas a este mensaje.",
        legal,
    ]


LEGAL_ES = "© 1996-2024, Amazon.com, Inc. o sus afiliados. Amazon EU S.à r.l., Sucursal en España, C/ Ramírez de Prado 5, 28045 Madrid."
LEGAL_MX = "Servicios Comerciales Amazon México, S. de R.L. de C.V., Av. Juan Salvador Agraz 73, Santa Fe, Cuajimalpa de Morelos, 05348 Ciudad de México."


def spanish():
    L = "es"
    # ---------------- notices ----------------
    o = order_id("171")
    add("notice", L, "payment_issue", True, "amazon.es", "payment revision not received in time, bank declined; alt QP; auth",
        genuine("es", "amazon.es", "Amazon.es", "payments-messages", "lucia.martin@gmail.com",
                "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o, "Hola, Lucía:",
                ["Recientemente te enviamos un mensaje para pedirte que revisaras la información de pago de tu pedido n.º %s. Como no hemos recibido la revisión del pago en el plazo indicado, hemos cancelado el pedido." % o,
                 "Motivo: el banco emisor de tu tarjeta rechazó la autorización del pago.",
                 "Si todavía quieres estos artículos, realiza un nuevo pedido en Amazon.es con un método de pago válido. No se ha realizado ningún cargo."],
                items=[("COSORI Freidora de Aire 5,5 L, 1700 W, negro", "Cantidad: 1 – 89,99 €"),
                       ("Papel de horno para freidora de aire, 100 unidades", "Cantidad: 1 – 9,49 €")],
                heading="Artículos cancelados", order=("Pedido n.º %s" % o, o),
                button=("Ver tus pedidos", "https://www.amazon.es/gp/css/order-history"),
                closing=es_closing("amazon.es", "Amazon.es", LEGAL_ES), layout="alt", cte="qp", auth=True))

    o = order_id("701")
    add("notice", L, "inventory_shortage", True, "amazon.com.mx", "pre-order cannot be filled, supplier shortage; html-only base64; no auth",
        genuine("es-MX", "amazon.com.mx", "Amazon.com.mx", "order-update", "alejandro.ramirez@hotmail.com",
                "Se canceló un artículo de tu pedido de Amazon.com.mx %s" % o, "Hola, Alejandro:",
                ["Lamentamos informarte que no podremos surtir tu preventa del artículo que aparece abajo, ya que nuestro proveedor no nos enviará las unidades suficientes para cubrir todos los pedidos. Por ello, cancelamos este artículo de tu pedido %s." % o,
                 "No se realizó ningún cargo a tu tarjeta por este artículo. Si usaste saldo de tarjeta de regalo, este se reintegró a tu cuenta.",
                 "Te pedimos una disculpa por las molestias."],
                items=[("The Legend of Zelda: Tears of the Kingdom – Edición Coleccionista – Nintendo Switch", "Cantidad: 1 – $2,799.00")],
                heading="Artículo cancelado", order=("Pedido n.º %s" % o, o),
                closing=es_closing("amazon.com.mx", "Amazon.com.mx", LEGAL_MX, mx=True), layout="html", cte="b64",
                auth=False, region="us-east-1", subj_enc="b", imgcc="01"))

    o = order_id("404")
    add("notice", L, "customer_request", True, "amazon.es", "successful cancellation, 'Cancelado por el cliente'; text-only iso-8859-15 QP; auth",
        genuine("es", "amazon.es", "Amazon.es", "auto-confirm", "pablo.serrano@telefonica.net",
                "Cancelación correcta de «Auriculares inalámbricos JBL Tune 520BT» de tu pedido de Amazon.es", "Hola, Pablo:",
                ["Tal y como solicitaste, hemos cancelado el siguiente artículo de tu pedido n.º %s." % o,
                 "Motivo de la cancelación: Cancelado por el cliente.",
                 "Si ya se había realizado el cargo, recibirás el reembolso en tu método de pago original en un plazo de 3 a 5 días laborables. El resto de los artículos del pedido no se ve afectado."],
                items=[("JBL Tune 520BT Auriculares inalámbricos, Bluetooth 5.3, azul", "Cantidad: 1 - 49,99 €")],
                heading="Artículos cancelados", order=("Pedido n.º %s" % o, o),
                links=[("Tus pedidos", "https://www.amazon.es/gp/css/order-history")],
                closing=es_closing("amazon.es", "Amazon.es", LEGAL_ES), layout="text", charset="iso-8859-15", cte="qp", auth=True))

    o = order_id("702")
    add("notice", L, "fraud_prevention", True, "amazon.com.mx", "unusual activity, account temporarily suspended, identity verification; alt base64; no auth",
        genuine("es-MX", "amazon.com.mx", "Amazon.com.mx", "cs-reply", "d.herrera@yahoo.com.mx",
                "Tu pedido de Amazon.com.mx %s fue cancelado" % o, "Hola:",
                ["Detectamos actividad inusual en tu cuenta de Amazon.com.mx. Como medida de seguridad, suspendimos temporalmente tu cuenta y cancelamos tu pedido %s." % o,
                 "Para reactivar tu cuenta debemos verificar tu identidad. Inicia sesión escribiendo tú mismo www.amazon.com.mx en tu navegador y sigue las instrucciones que aparecen en pantalla; es posible que te pidamos confirmar tu método de pago o un documento de identidad.",
                 "Una vez verificada la cuenta podrás volver a realizar tu pedido. No se realizó ningún cargo."],
                items=[("Apple iPad (10.ª generación) Wi-Fi 64 GB, plata", "Cantidad: 1 – $7,999.00")],
                heading="Artículo cancelado", order=("Pedido n.º %s" % o, o),
                closing=es_closing("amazon.com.mx", "Amazon.com.mx", LEGAL_MX, mx=True), layout="alt", cte="b64",
                auth=False, region="us-east-1", imgcc="01"))

    o = order_id("406")
    add("notice", L, "technical_issue", True, "amazon.es", "listing error (wrong capacity in description); alt 8bit; auth",
        genuine("es", "amazon.es", "Amazon.es", "order-update", "marta.vidal@outlook.es",
                "Se ha cancelado un artículo de tu pedido de Amazon.es %s" % o, "Hola, Marta:",
                ["Debido a un error en la página de detalles del producto, la descripción del artículo que aparece abajo mostraba una capacidad incorrecta (2 TB en lugar de 256 GB). Como la información de la oferta no era correcta, hemos cancelado este artículo de tu pedido n.º %s." % o,
                 "No se te ha cobrado nada por este artículo. Sentimos las molestias que esto pueda ocasionarte.",
                 "Ya hemos corregido la página del producto por si quieres volver a comprarlo."],
                items=[("SanDisk Extreme PRO tarjeta microSDXC, lector incluido", "Cantidad: 2 – 27,99 €")],
                heading="Artículo cancelado", order=("Pedido n.º %s" % o, o),
                closing=es_closing("amazon.es", "Amazon.es", LEGAL_ES), layout="alt", cte="8bit", auth=True))

    o = order_id("702")
    add("notice", L, "unknown", True, "amazon.com.mx", "item cannot be shipped to the selected address (reason fits none of the four); text-only utf-8 QP; no auth",
        genuine("es-MX", "amazon.com.mx", "Amazon.com.mx", "order-update", "fernanda.lopez@gmail.com",
                "Tu pedido de Amazon.com.mx %s ha sido cancelado" % o, "Hola, Fernanda:",
                ["Te informamos que cancelamos tu pedido %s porque el artículo no se puede enviar a la dirección de envío seleccionada (C.P. 77580, Puerto Morelos, Q. Roo). Este producto tiene restricciones de envío para esa zona." % o,
                 "Si se realizó algún cargo, el reembolso se verá reflejado en tu método de pago original en un plazo de 3 a 5 días hábiles.",
                 "Puedes revisar tus direcciones guardadas en Tu cuenta y volver a realizar el pedido con otra dirección."],
                items=[("Bidón de gasolina portátil 20 L con boquilla", "Cantidad: 1 - $689.00")],
                heading="Artículos cancelados", order=("Pedido n.º %s" % o, o),
                links=[("Tus pedidos", "https://www.amazon.com.mx/gp/css/order-history")],
                closing=es_closing("amazon.com.mx", "Amazon.com.mx", LEGAL_MX, mx=True), layout="text", cte="qp",
                auth=False, region="us-east-1"))

    # ---------------- lookalikes ----------------
    to = "jorge.mendoza@hotmail.com"; dt = when(-6)
    add("lookalike", L, "fraud_prevention", True, None, "gmail sender, callback number, malformed order no (MX); text utf-8 QP",
        dict(layout="text", charset="utf-8", cte="qp",
             text="""Estimado cliente:

Su pedido #MX-99812 de una consola PlayStation 5 Slim ($11,499.00 MXN) fue CANCELADO porque detectamos un cargo no autorizado en su tarjeta.

Si usted NO realizó esta compra, llame de inmediato a nuestro Centro de Atención a Fraudes al 55 8421 9930 para evitar que el cargo se haga efectivo. Un asesor le guiará para proteger su cuenta.

Horario: 24 horas, los 7 días de la semana.

Atentamente,
Departamento de Seguridad
Amazon México
""",
             headers=other_headers(addr("Amazon México", "soporte.amazonmx@gmail.com"), to,
                                   "Cancelación de pedido #MX-99812 - Llame ya", dt,
                                   received=[gmail_rcv(to, dt)], msgid_dom="mail.gmail.com")))

    to = "ines.castro@gmail.com"; dt = when(1)
    h2 = """<html><body style="font-family:Arial,sans-serif;background:#eaeded;padding:16px">
<table width="600" align="center" style="background:#fff;padding:20px"><tr><td>
<p style="font-size:22px;margin:0"><b>amazon</b>.es</p>
<h3>Aviso importante sobre su cuenta</h3>
<p>Hola,</p>
<p>Su cuenta ha sido <b>suspendida</b> temporalmente y su pedido <b>171-4472-99</b> ha sido <b>cancelado</b> porque no hemos podido verificar su información de facturación.</p>
<p>Para reactivar su cuenta, introduzca el siguiente código de verificación en nuestro portal:</p>
<p style="font-size:26px;text-align:center;letter-spacing:5px"><b>552 190</b></p>
<p style="text-align:center"><a href="https://amazon-pedidos.help/es/verificar?t=%s" style="background:#f0c14b;border:1px solid #a88734;padding:10px 28px;color:#111;text-decoration:none">Verificar ahora</a></p>
<p>Si no verifica su cuenta en 24 horas, se cerrará de forma permanente.</p>
<p>Gracias,<br>Equipo de Seguridad de Amazon</p>
</td></tr></table></body></html>""" % rid(16, HEX)
    t2 = "Aviso importante sobre su cuenta\n\nSu cuenta ha sido suspendida temporalmente y su pedido 171-4472-99 ha sido cancelado porque no hemos podido verificar su información de facturación.\n\nCódigo de verificación: 552 190\nhttps://amazon-pedidos.help/es/verificar\n\nSi no verifica su cuenta en 24 horas, se cerrará de forma permanente.\n\nEquipo de Seguridad de Amazon\n"
    add("lookalike", L, "fraud_prevention", True, None, "look-alike domain amazon-pedidos.help with dkim/dmarc pass for it, suspended + code; alt QP",
        dict(layout="alt", charset="utf-8", cte="qp", text=t2, html=h2, boundary=plain_boundary(),
             headers=other_headers(addr("Amazon.es", "cuenta@amazon-pedidos.help"), to,
                                   "Su cuenta ha sido suspendida - pedido cancelado", dt,
                                   received=[rcv("mail.amazon-pedidos.help", "193.233.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)],
                                   extra=[("Authentication-Results", "mx.google.com; dkim=pass header.d=amazon-pedidos.help header.s=mail; spf=pass smtp.mailfrom=amazon-pedidos.help; dmarc=pass (p=NONE) header.from=amazon-pedidos.help")])))

    to = "rosa.navarro@telefonica.net"; dt = when(2)
    add("lookalike", L, "payment_issue", True, None, "outlook sender, yahoo reply-to, asks card + DNI by reply, no order no; text iso-8859-15 8bit",
        dict(layout="text", charset="iso-8859-15", cte="8bit",
             text="""Estimado/a cliente:

Le informamos que el pago de su pedido no pudo ser procesado y, por este motivo, el pedido ha sido cancelado.

Para reactivar su pedido y evitar cargos adicionales, responda a este correo con los siguientes datos:

  * Nombre completo del titular
  * Número de tarjeta
  * Fecha de caducidad
  * Código CVV
  * DNI / NIE

Una vez recibidos, procesaremos el pago manualmente en un plazo máximo de 2 horas (importe: 64,95 €).

Atentamente,
Atención al Cliente Amazon España
""",
             headers=other_headers(addr("Atención al Cliente Amazon", "amazon.es.atencion@outlook.es"), to,
                                   "Pago rechazado - Pedido cancelado", dt, charset="iso-8859-15",
                                   reply_to="pagos.amazon.es@yahoo.es",
                                   received=[rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.telefonica.net", dt)],
                                   msgid_dom="AS8P192MB1456.EURP192.PROD.OUTLOOK.COM")))

    o = order_id("403"); to = "carlos.ortega@gmail.com"; dt = when(0)
    evil = "http://amazon-es.pedido-cancelado.info/reembolso/%s" % rid(10, HEX)
    t = Tracker("amazon.es", genuine=False, evil=evil)
    c = dict(dom="amazon.es", brand="Amazon.es", lang="es", greeting="Hola, Carlos:", track=t,
             paras=["Sentimos informarte de que el artículo de tu pedido n.º %s se ha agotado y hemos tenido que cancelar el pedido." % o,
                    "Para recibir tu reembolso de <b>89,99 €</b>, confirma tus datos bancarios en el siguiente enlace en un plazo de 48 horas:",
                    '<a href="%s" style="color:#0066C0">https://www.amazon.es/gp/your-account/order-history</a>' % evil],
             items=[("Philips Hue White and Color Ambiance Kit de inicio 3 bombillas E27", "Cantidad: 1")], heading="Artículo cancelado",
             order_label="Pedido n.º %s" % o, order_url=evil, button=("Solicitar reembolso", evil),
             closing=["Amazon.es nunca te pedirá tu contraseña por correo electrónico.", "© 1996-2024, Amazon.com, Inc. o sus afiliados."])
    h4 = amz_html(c)
    t4 = "Hola, Carlos:\n\nSentimos informarte de que el artículo de tu pedido n.º %s se ha agotado y hemos tenido que cancelar el pedido.\n\nPara recibir tu reembolso de 89,99 €, confirma tus datos bancarios en un plazo de 48 horas:\n%s\n\nAmazon.es\n" % (o, evil)
    add("lookalike", L, "inventory_shortage", True, None, "polished Amazon template, amazon.es.<evil>.top sender, displayed amazon.es URL with foreign href, refund needs bank data; alt base64",
        dict(layout="alt", charset="utf-8", cte="b64", text=t4, html=h4, boundary=amz_boundary(dt),
             headers=other_headers(addr("Amazon.es", "order-update@amazon.es.pedidos-cancelacion.top"), to,
                                   "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o, dt,
                                   received=[rcv("srv1.pedidos-cancelacion.top", "5.181.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)],
                                   extra=[("Authentication-Results", "mx.google.com; spf=softfail smtp.mailfrom=amazon.es.pedidos-cancelacion.top; dkim=none; dmarc=none header.from=amazon.es.pedidos-cancelacion.top")])))

    o = order_id("408"); to = "beatriz.gil@yahoo.es"; dt = when(1)
    h5 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial">
<div style="background:#131921;padding:10px"><span style="color:#fff;font-size:20px">amazon.es</span></div>
<div style="padding:18px">
<p>Estimado cliente,</p>
<p>No hemos podido verificar el método de pago asociado a su pedido <b>%s</b>.</p>
<p><b>Su pedido será cancelado en 24 horas</b> si no actualiza sus datos de pago. Para evitar la cancelación, haga clic en el botón de abajo:</p>
<p><a href="https://amazon-es-service.com/actualizar-pago/?o=%s" style="background:#ffa41c;color:#000;padding:9px 22px;text-decoration:none">Actualizar método de pago</a></p>
<p>Gracias por comprar en Amazon.</p>
</div></body></html>""" % (o, o)
    add("lookalike", L, "payment_issue", True, None, "Cyrillic o in display name, amazon-es-service.com, 'will be cancelled in 24h' unless payment updated; html-only QP",
        dict(layout="html", charset="utf-8", cte="qp", html=h5,
             headers=other_headers(addr("Amaz\u043en.es", "no-reply@amazon-es-service.com"), to,
                                   "Aviso: su pedido %s será cancelado" % o, dt,
                                   received=[rcv("mail.amazon-es-service.com", "91.215.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mta7.am0.yahoodns.net", dt)])))

    to = "ricardo.flores@gmail.com"; dt = when(-6)
    h6 = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p><b>amazon</b>.com.mx</p>
<p>Estimado usuario:</p>
<p>Por un error del sistema, su pedido <b>#70Z-1102-88</b> fue cancelado automáticamente y el cobro de <b>$4,350.00 MXN</b> quedó retenido.</p>
<p>Para recibir su reembolso, ingrese a su cuenta desde el siguiente enlace y confirme sus datos:</p>
<p><a href="http://amaz0n.com.mx.reembolsos-mx.com/login">http://amaz0n.com.mx/reembolsos</a></p>
<p>Atentamente,<br>Soporte Técnico Amazon</p></body></html>"""
    t6 = "Estimado usuario:\n\nPor un error del sistema, su pedido #70Z-1102-88 fue cancelado automáticamente y el cobro de $4,350.00 MXN quedó retenido.\n\nPara recibir su reembolso ingrese a: http://amaz0n.com.mx.reembolsos-mx.com/login\n\nSoporte Técnico Amazon\n"
    add("lookalike", L, "technical_issue", True, None, "amaz0n domain, 'system error' cancellation, malformed order no; alt 8bit",
        dict(layout="alt", charset="utf-8", cte="8bit", text=t6, html=h6, boundary=gmail_boundary(),
             headers=other_headers(addr("Amazon Mexico", "info@amaz0n.com.mx"), to,
                                   "Error en su pedido - reembolso pendiente", dt,
                                   received=[rcv("static.%d.%d.%d.clients.your-server.de" % (rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)), "95.217.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)])))

    o = order_id("402"); to = "elena.sanz@gmail.com"; dt = when(2)
    short = "https://cutt.ly/%s" % rid(7, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    h7 = """<html><body style="font-family:Arial,sans-serif;color:#111">
<p><img src="https://servicio-amz.es/img/logo.png" alt="amazon.es" width="100"></p>
<p>Hola,</p>
<p>Has solicitado la cancelación de tu pedido n.º <b>%s</b> (Samsung Galaxy Watch6 44 mm, 299,00 €).</p>
<p>Estado: cancelado a petición del cliente.</p>
<p>¿No has sido tú? Anula la solicitud de inmediato para evitar el cargo: <a href="%s">https://www.amazon.es/gp/css/order-history</a></p>
<p>Atentamente,<br>Amazon.es</p></body></html>""" % (o, short)
    add("lookalike", L, "customer_request", True, None, "Greek Alpha in display name, servicio-amz.es sender, shortener link shown as amazon.es; html-only base64",
        dict(layout="html", charset="utf-8", cte="b64", html=h7,
             headers=other_headers(addr("\u0391mazon.es", "pedidos@servicio-amz.es"), to,
                                   "Confirmación de cancelación del pedido %s" % o, dt, subj_enc="b",
                                   received=[rcv("vmi%d.contaboserver.net" % rng.randint(100000, 999999), "164.68.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)])))

    to = "manuel.diaz@hotmail.es"; dt = when(1)
    att = ("""<html><head><meta charset="utf-8"><title>Detalles del pedido</title></head><body>
<form action="https://%s.workers.dev/login" method="post"><h3>Amazon - Iniciar sesión para ver su pedido</h3>
<input name="email" placeholder="Correo electrónico"><input name="pass" type="password" placeholder="Contraseña"><button>Continuar</button></form></body></html>""" % rid(10, "abcdefghijklmnopqrstuvwxyz")).encode("utf-8")
    t8 = "SU PEDIDO HA SIDO CANCELADO\n\nhola, descargue el archivo adjunto para ver los detalles de su pedido y el motivo de la cancelación.\n\nAmazon\n"
    h8 = "<html><body><p><b>SU PEDIDO HA SIDO CANCELADO</b></p><p>hola, descargue el archivo adjunto para ver los detalles de su pedido y el motivo de la cancelación.</p><p>Amazon</p></body></html>"
    add("lookalike", L, "unknown", False, None, "crude, yahoo sender, no order no, HTML attachment with credential form; mixed",
        dict(layout="mixed", charset="utf-8", cte="qp", text=t8, html=h8, attachments=[("Detalles_Pedido_Amazon.html", "text/html", att)],
             headers=other_headers(addr("Amazon", "amazon.pedidos2024@yahoo.com"), to, "SU PEDIDO HA SIDO CANCELADO", dt,
                                   received=[rcv("sonic314-26.consmr.mail.bf2.yahoo.com", "74.6.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.hotmail.com", dt)],
                                   msgid_dom="mail.yahoo.com")))

    # ---------------- non-notices ----------------
    to = "sofia.vargas@gmail.com"; dt = when(-6)
    ml_no = "2000%09d" % rng.randint(0, 999999999)
    ml_text = """Mercado Libre

Tu compra fue cancelada

Hola Sofía,

El vendedor HOGARPLUS_MX canceló tu compra #%s.

Producto: Licuadora Oster 10 velocidades, vaso de vidrio 1.25 L
Motivo: el vendedor no tenía stock disponible.

Comentario del vendedor: "Una disculpa, la última pieza se vendió por nuestra tienda en Amazon y no se actualizó el inventario a tiempo."

Te devolvimos $1,299 a tu cuenta de Mercado Pago. Ya puedes usar el dinero.

Ver compra: https://myaccount.mercadolibre.com.mx/my_purchases/%s

Mercado Libre nunca te pedirá contraseñas ni datos de tarjeta por correo.
""" % (ml_no, ml_no)
    ml_html = "<html><body style=\"font-family:Proxima Nova,Arial,sans-serif\"><div style=\"background:#ffe600;padding:12px\"><b>mercado libre</b></div>" + \
        "".join("<p>%s</p>" % linkify(p).replace("\n", "<br>") for p in ml_text.split("\n\n")[1:]) + "</body></html>"
    add("non_notice", L, None, False, None, "Mercado Libre seller cancellation; seller mentions their Amazon store; alt QP",
        dict(layout="alt", charset="utf-8", cte="qp", text=ml_text, html=ml_html, boundary=plain_boundary(),
             headers=other_headers(addr("Mercado Libre", "noreply@mercadolibre.com.mx"), to, "Tu compra fue cancelada", dt,
                                   received=[rcv("mail-mx.mercadolibre.com", "216.33.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)])))

    to = "maria.prieto@gmail.com"; dt = when(1)
    add("non_notice", L, None, False, None, "independent coffee shop cancels its own order, paid with Amazon Pay; text windows-1252 8bit",
        dict(layout="text", charset="windows-1252", cte="8bit",
             text="""Hola María,

Te escribimos de Cafés Montaña para confirmarte que hemos cancelado tu pedido #10482, porque el café de Etiopía Yirgacheffe en grano (1 kg) se ha agotado y nuestro tostador no recibirá nuevo lote hasta dentro de seis semanas.

Método de pago: Amazon Pay
Importe reembolsado: 32,40 €

El reembolso aparecerá en el método de pago vinculado a tu cuenta de Amazon en un plazo de 3 a 5 días laborables. También puedes consultarlo en tu cuenta de Amazon, en la sección "Amazon Pay - Ver transacciones".

Sentimos las molestias. Como compensación, te dejamos el código MONTANA10 con un 10 % de descuento en tu próxima compra.

Un saludo,
Nuria
Cafés Montaña - Tostadores desde 1962
https://www.cafesmontana.es
""",
             headers=other_headers(addr("Cafés Montaña", "pedidos@cafesmontana.es"), to, "Pedido #10482 cancelado", dt,
                                   charset="windows-1252", extra=[("X-Mailer", "WooCommerce 8.6.1")],
                                   received=[rcv("webXX.raiolanetworks.es", "37.187.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)])))

    to = "equipo-oficina@logisur.es"; dt = when(2)
    add("non_notice", L, None, False, None, "colleague says he cancelled the office's Amazon order; text utf-8 QP",
        dict(layout="text", charset="utf-8", cte="qp",
             text="""Hola a todos:

Al final cancelé el pedido de Amazon de las sillas ergonómicas para la oficina, porque el plazo de entrega se iba a tres semanas. Las hemos pedido a un proveedor local y llegan el jueves.

Si a alguien le llega un correo de Amazon diciendo que el pedido se ha cancelado, es por eso, no hace falta hacer nada. El reembolso va a la tarjeta de empresa.

Un saludo,
Raúl Jiménez
Administración · Logisur
Tel. 954 00 00 00
""",
             headers=other_headers(addr("Raúl Jiménez", "raul.jimenez@logisur.es"), to, "Sillas oficina - pedido Amazon cancelado", dt,
                                   extra=[("X-Mailer", "Microsoft Outlook 16.0")],
                                   received=[rcv("mail.logisur.es", "81.45.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mail.logisur.es", dt)])))

    to = "lector2231@gmail.com"; dt = when(1)
    bl_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<p style="font-family:Arial;font-size:12px;color:#888">Boletín Consumo Seguro · Semana 14</p>
<h1 style="font-family:Arial">Alerta: correos falsos de «Tu pedido de Amazon ha sido cancelado»</h1>
<p>Estos días circula una campaña de phishing con asuntos como <i>«Tu pedido de Amazon.es n.º 171-XXXXXXX-XXXXXXX ha sido cancelado»</i> o <i>«Su cuenta ha sido suspendida - pedido cancelado»</i>. El mensaje asegura que el pago no se pudo procesar y pide «confirmar los datos bancarios» para recibir un reembolso.</p>
<h3 style="font-family:Arial">Claves para detectarlo</h3>
<ol><li>Revisa el remitente: los correos auténticos llegan desde dominios como amazon.es, no desde Gmail, Outlook ni dominios parecidos.</li>
<li>Desconfía de la urgencia («en 24 horas», «cuenta cerrada»).</li>
<li>Nunca facilites el CVV ni códigos que te lleguen por SMS.</li></ol>
<p>Si dudas, entra tú mismo en tu cuenta y revisa «Mis pedidos». Puedes reportar el fraude al INCIBE en el 017.</p>
<p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en consumoseguro-news.es. <a href="https://consumoseguro-news.es/baja?id=2231">Darse de baja</a></p>
</body></html>"""
    bl_text = re.sub(r"<[^>]+>", "", bl_html.replace("<li>", "- ").replace("</p>", "\n").replace("</h1>", "\n").replace("</h3>", "\n")).strip() + "\n"
    add("non_notice", L, None, False, None, "consumer newsletter on phishing quoting fake cancellation subjects; alt base64",
        dict(layout="alt", charset="utf-8", cte="b64", text=bl_text, html=bl_html, boundary=plain_boundary(),
             headers=other_headers(addr("Boletín Consumo Seguro", "boletin@consumoseguro-news.es"), to,
                                   "Alerta: correos falsos de «Tu pedido de Amazon ha sido cancelado»", dt,
                                   extra=[("List-Unsubscribe", "<https://consumoseguro-news.es/baja?id=2231>"), ("Precedence", "bulk")],
                                   received=[rcv("mail%d.mailchimpapp.net" % rng.randint(10, 99), "198.2.%d.%d" % (rng.randint(128, 191), rng.randint(1, 250)), "mx.google.com", dt)])))

    add("non_notice", L, None, False, None, "Audible membership cancellation (subscription, not an order); html-only QP",
        genuine("es", "audible.es", "Audible", "no-reply", "javier.moreno@gmail.com",
                "Hemos cancelado tu suscripción a Audible", "Hola, Javier:",
                ["Te confirmamos que tu suscripción a Audible se ha cancelado. Podrás seguir escuchando todos los títulos de tu biblioteca, y los créditos que no hayas utilizado seguirán disponibles hasta el 15 de mayo de 2024.",
                 "No se realizarán más cargos mensuales a partir de esa fecha.",
                 "Si cambias de opinión, puedes volver a suscribirte en cualquier momento desde tu cuenta de Audible."],
                button=("Ir a mi biblioteca", "https://www.audible.es/library/titles"),
                closing=["Audible nunca te pedirá tu contraseña por correo electrónico.",
                         "Audible GmbH, Schumannstraße 6, 10117 Berlín, Alemania. Audible es una empresa de Amazon."],
                layout="html", cte="qp", auth=False))

    o = order_id("701")
    add("non_notice", L, None, False, None, "genuine payment reminder: update payment method or order will be cancelled; alt QP; auth",
        genuine("es-MX", "amazon.com.mx", "Amazon.com.mx", "payments-update", "gabriela.ruiz@gmail.com",
                "Actualiza tu método de pago para el pedido %s" % o, "Hola, Gabriela:",
                ["No pudimos procesar el pago con tu tarjeta Mastercard con terminación %04d para tu pedido %s." % (rng.randint(0, 9999), o),
                 "Para que tu pedido no se cancele, actualiza tu método de pago antes del 9 de abril. Si no recibimos un método de pago válido para esa fecha, cancelaremos el pedido.",
                 "Tu pedido aún no se ha enviado y los artículos siguen reservados hasta entonces."],
                items=[("Cafetera Nespresso Vertuo Pop, negra", "Cantidad: 1 – $2,199.00")],
                order=("Pedido n.º %s" % o, o),
                button=("Actualizar método de pago", "https://www.amazon.com.mx/cpe/managepaymentmethods?orderId=%s" % o),
                closing=es_closing("amazon.com.mx", "Amazon.com.mx", LEGAL_MX, mx=True), layout="alt", cte="qp",
                auth=True, region="us-east-1", imgcc="01"))


# ===========================================================================
# PORTUGUESE (Brazil)
# ===========================================================================

def pt_closing():
    help_ = "https://www.amazon.com.br/gp/help/customer/display.html"
    return [
        "Esperamos vê-lo novamente em breve na Amazon.com.br.",
        "A Amazon nunca solicitará sua senha, os dados completos do seu cartão ou o código de segurança por e-mail, SMS, WhatsApp ou telefone. Se você receber uma mensagem suspeita em nome da Amazon, não clique em nenhum link e denuncie: %s?nodeId=201909130" % help_,
        "Se o número do seu cartão mudou ou se ele venceu, atualize-o em Sua conta > Seus pagamentos: https://www.amazon.com.br/cpe/yourpayments/wallet",
        "Saiba como identificar e-mails falsos (phishing): %s?nodeId=G4YFYCCNUSENA23B" % help_,
        "Este e-mail foi enviado de um endereço que não recebe mensagens. Por favor, não responda.",
        "Amazon Serviços de Varejo do Brasil Ltda. - Av. Juscelino Kubitschek, 2041, Torre E, 18º andar, Vila Nova Conceição, São Paulo - SP, 04543-011.",
    ]


def portuguese():
    L = "pt"
    D = "amazon.com.br"
    R = "sa-east-1"
    # ---------------- notices ----------------
    o = order_id("701")
    add("notice", L, "technical_issue", True, D, "pricing error on site; html-only QP; no auth",
        genuine("pt-BR", D, "Amazon.com.br", "order-update", "rafael.almeida@gmail.com",
                "Seu pedido Amazon.com.br nº %s foi cancelado" % o, "Olá, Rafael,",
                ["Devido a um erro de preço em nosso site, o item abaixo foi exibido com um valor incorreto (R$ 49,90 em vez de R$ 4.999,00). Por esse motivo, cancelamos o item do seu pedido nº %s." % o,
                 "Nenhuma cobrança foi realizada. Se o valor já havia sido autorizado no seu cartão, a autorização será liberada pelo banco em até 7 dias úteis.",
                 "Pedimos desculpas pelo transtorno."],
                items=[("Notebook Lenovo IdeaPad Slim 3i, Intel Core i5, 16 GB RAM, 512 GB SSD, 15,6\"", "Quantidade: 1")],
                heading="Itens cancelados", order=("Pedido nº %s" % o, o),
                closing=pt_closing(), layout="html", cte="qp", auth=False, region=R, imgcc="01"))

    o = order_id("702")
    add("notice", L, "customer_request", True, D, "successful cancellation by the customer; alt base64; auth",
        genuine("pt-BR", D, "Amazon.com.br", "auto-confirm", "juliana.costa@hotmail.com",
                "Cancelamento bem-sucedido de \"Fone de Ouvido JBL Tune 520BT\" do seu pedido Amazon.com.br", "Olá, Juliana,",
                ["Conforme solicitado, cancelamos o item abaixo do seu pedido nº %s." % o,
                 "Motivo do cancelamento: cancelado pelo cliente.",
                 "Se você pagou com cartão de crédito, a cobrança não será realizada ou será estornada na sua fatura. Pagamentos via Pix são reembolsados em até 2 dias úteis. Os demais itens do pedido não foram alterados."],
                items=[("JBL Tune 520BT Fone de Ouvido Bluetooth, preto", "Quantidade: 1 – R$ 249,00")],
                heading="Itens cancelados", order=("Pedido nº %s" % o, o),
                links=[("Seus pedidos", "https://www.amazon.com.br/gp/css/order-history")],
                closing=pt_closing(), layout="alt", cte="b64", auth=True, region=R, imgcc="01", subj_enc="b"))

    o = order_id("701")
    add("notice", L, "payment_issue", True, D, "boleto not paid by due date; text-only iso-8859-1 QP; no auth",
        genuine("pt-BR", D, "Amazon.com.br", "payments-messages", "marcos.pereira@uol.com.br",
                "Seu pedido Amazon.com.br nº %s foi cancelado" % o, "Olá, Marcos,",
                ["O pagamento do boleto bancário referente ao seu pedido nº %s não foi identificado até a data de vencimento. Por isso, o pedido foi cancelado." % o,
                 "Caso você tenha pago o boleto após o vencimento, o valor será devolvido automaticamente em até 10 dias úteis.",
                 "Se ainda quiser os produtos, faça um novo pedido e escolha outra forma de pagamento, como cartão de crédito ou Pix."],
                items=[("Panela de Pressão Elétrica Electrolux 6 L, 127 V", "Quantidade: 1 - R$ 399,90")],
                heading="Itens cancelados", order=("Pedido nº %s" % o, o),
                links=[("Seus pedidos", "https://www.amazon.com.br/gp/css/order-history")],
                closing=pt_closing(), layout="text", charset="iso-8859-1", cte="qp", auth=False, region=R))

    o = order_id("702")
    add("notice", L, "inventory_shortage", True, D, "seller could not fulfil, out of stock; alt 8bit; auth",
        genuine("pt-BR", D, "Amazon.com.br", "order-update", "patricia.lima@yahoo.com.br",
                "Um item do seu pedido Amazon.com.br %s foi cancelado" % o, "Olá, Patrícia,",
                ["Infelizmente, o vendedor não conseguiu atender ao seu pedido nº %s porque o item abaixo está fora de estoque. Por isso, o item foi cancelado." % o,
                 "Você não será cobrada por este item. Se o pagamento já tiver sido processado, o reembolso será feito na mesma forma de pagamento.",
                 "Outros vendedores podem ter este produto disponível na página do item."],
                items=[("Air Fryer Mondial Family 5 L, inox, 220 V", "Quantidade: 1 – R$ 459,90 – Vendido por Eletro Center SP")],
                heading="Itens cancelados", order=("Pedido nº %s" % o, o),
                button=("Ver seus pedidos", "https://www.amazon.com.br/gp/css/order-history"),
                closing=pt_closing(), layout="alt", cte="8bit", auth=True, region=R, imgcc="01"))

    o = order_id("701")
    add("notice", L, "unknown", True, D, "delivery address could not be served (CEP), reason fits none of the four; alt QP; no auth",
        genuine("pt-BR", D, "Amazon.com.br", "order-update", "thiago.rocha@gmail.com",
                "Informações da Amazon.com.br sobre o seu pedido %s" % o, "Olá, Thiago,",
                ["Cancelamos o seu pedido nº %s porque não foi possível realizar a entrega no endereço informado: a transportadora não atende o CEP 69915-000 para este tipo de produto." % o,
                 "Se houve cobrança, o valor será estornado na forma de pagamento original em até 5 dias úteis.",
                 "Você pode atualizar seus endereços em Sua conta e fazer um novo pedido."],
                items=[("Geladeira Brastemp Frost Free Duplex 375 L, inox, 220 V", "Quantidade: 1")],
                heading="Itens cancelados", order=("Pedido nº %s" % o, o),
                closing=pt_closing(), layout="alt", cte="qp", auth=False, region=R, imgcc="01"))

    o = order_id("702")
    add("notice", L, "fraud_prevention", True, D, "account temporarily locked for unusual activity, order cancelled; alt QP; auth",
        genuine("pt-BR", D, "Amazon.com.br", "cs-reply", "fernanda.souza@gmail.com",
                "Seu pedido Amazon.com.br %s foi cancelado" % o, "Olá,",
                ["Identificamos uma atividade incomum na sua conta Amazon.com.br. Para proteger você, bloqueamos temporariamente a conta e cancelamos o pedido nº %s." % o,
                 "Para desbloquear a conta, acesse www.amazon.com.br digitando o endereço diretamente no navegador, faça login e siga as instruções exibidas na tela. Poderemos solicitar a confirmação de alguns dados da conta ou da forma de pagamento.",
                 "Depois da verificação, você poderá fazer um novo pedido. Nenhuma cobrança foi realizada."],
                items=[("Cartão Presente Amazon.com.br - R$ 500,00", "Quantidade: 3")],
                heading="Itens cancelados", order=("Pedido nº %s" % o, o),
                closing=pt_closing(), layout="alt", cte="qp", auth=True, region=R, imgcc="01"))

    # ---------------- lookalikes ----------------
    to = "carla.nunes@gmail.com"; dt = when(-3)
    add("lookalike", L, "fraud_prevention", True, None, "gmail sender, 0800 + WhatsApp callback, malformed order no; text utf-8 8bit",
        dict(layout="text", charset="utf-8", cte="8bit",
             text="""Prezado(a) cliente,

Seu pedido #BR-554120 de uma Smart TV Samsung 55" Crystal UHD 4K (R$ 3.899,00) foi CANCELADO por suspeita de fraude no seu cartão.

Caso você não reconheça esta compra, entre em contato IMEDIATAMENTE com nossa Central de Segurança:

  Telefone: 0800 591 2287
  WhatsApp: (11) 9 4821-5530

Se não houver contato em até 12 horas, o valor será debitado na sua fatura.

Atenciosamente,
Central de Segurança Amazon Brasil
""",
             headers=other_headers(addr("Amazon Brasil", "amazon.brasil.suporte@gmail.com"), to,
                                   "Pedido #BR-554120 cancelado - suspeita de fraude", dt,
                                   received=[gmail_rcv(to, dt)], msgid_dom="mail.gmail.com")))

    to = "andre.martins@uol.com.br"; dt = when(-3)
    h2 = """<html><body style="font-family:Arial,sans-serif;background:#f2f2f2;padding:18px">
<div style="max-width:600px;margin:auto;background:#fff;padding:22px">
<p style="font-size:22px;margin:0"><b>amazon</b><span style="color:#ff9900">.com.br</span></p>
<h3>Sua conta foi suspensa</h3>
<p>Olá,</p>
<p>Não conseguimos confirmar os dados da sua conta. Por isso, sua conta foi <b>suspensa</b> e o pedido <b>702-11934-5510</b> foi <b>cancelado</b>.</p>
<p>Use o código abaixo para reativar sua conta e recuperar o pedido:</p>
<p style="font-size:26px;text-align:center;letter-spacing:4px;background:#fff8e1;padding:10px"><b>391-842</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/br/reativar?k=%s" style="background:#ffd814;padding:10px 26px;color:#0f1111;text-decoration:none;border-radius:18px">Reativar conta</a></p>
<p>O código expira em 6 horas.</p>
<p>Equipe de Segurança Amazon</p></div></body></html>""" % rid(12, HEX)
    t2 = "Sua conta foi suspensa\n\nNão conseguimos confirmar os dados da sua conta. Por isso, sua conta foi suspensa e o pedido 702-11934-5510 foi cancelado.\n\nCódigo de reativação: 391-842\nhttps://amazon-orders.help/br/reativar\n\nO código expira em 6 horas.\n\nEquipe de Segurança Amazon\n"
    add("lookalike", L, "fraud_prevention", True, None, "look-alike domain amazon-orders.help with dkim/dmarc pass for it, suspended + code, short order no; alt QP",
        dict(layout="alt", charset="utf-8", cte="qp", text=t2, html=h2, boundary=plain_boundary(),
             headers=other_headers(addr("Amazon.com.br", "conta@amazon-orders.help"), to,
                                   "Conta suspensa: pedido 702-11934-5510 cancelado", dt,
                                   received=[rcv("mail.amazon-orders.help", "185.193.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.uol.com.br", dt)],
                                   extra=[("Authentication-Results", "mx.uol.com.br; dkim=pass header.d=amazon-orders.help; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=pass header.from=amazon-orders.help")])))

    to = "sueli.ribeiro@bol.com.br"; dt = when(-3)
    add("lookalike", L, "payment_issue", True, None, "outlook sender, yahoo reply-to, asks card + CPF by reply, no order no; text iso-8859-1 QP",
        dict(layout="text", charset="iso-8859-1", cte="qp",
             text="""Olá,

O pagamento da sua última compra não foi aprovado pela operadora do cartão e o seu pedido foi cancelado.

Para reativar o pedido sem custo adicional, basta responder este e-mail informando:

- Nome completo do titular
- CPF
- Número do cartão
- Validade
- Código de segurança (CVV)

Processaremos o pagamento manualmente em até 2 horas (valor: R$ 1.189,00).

Atenciosamente,
Amazon Pagamentos Brasil
""",
             headers=other_headers(addr("Amazon Pagamentos", "pagamentos.amazon.br@outlook.com"), to,
                                   "Pagamento não aprovado - pedido cancelado", dt, charset="iso-8859-1",
                                   reply_to="estorno.amazon@yahoo.com.br",
                                   received=[rcv("BRA01-CP2-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.bol.com.br", dt)],
                                   msgid_dom="CP3P284MB1234.BRAP284.PROD.OUTLOOK.COM")))

    o = order_id("702"); to = "leonardo.barbosa@gmail.com"; dt = when(0)
    evil = "https://amazon-br.atualizacao-cadastral.online/pagamento?p=%s" % rid(12, HEX)
    t = Tracker(D, genuine=False, evil=evil)
    c = dict(dom=D, brand="Amazon.com.br", lang="pt-BR", greeting="Olá, Leonardo,", track=t,
             paras=["Não foi possível processar o pagamento do seu pedido nº %s." % o,
                    "<b>Seu pedido será cancelado em 48 horas</b> se você não atualizar a forma de pagamento. Você também pode concluir o pagamento via Pix com 10%% de desconto:",
                    '<a href="%s" style="color:#0066C0">https://www.amazon.com.br/gp/css/order-history</a>' % evil],
             items=[("Apple iPhone 15 (128 GB) - Preto", "Quantidade: 1 – R$ 5.299,00")], heading="Pedido pendente",
             order_label="Pedido nº %s" % o, order_url=evil, button=("Atualizar pagamento", evil),
             closing=["A Amazon nunca solicitará sua senha por e-mail.", "© 1996-2024, Amazon.com, Inc. ou suas afiliadas."])
    h4 = amz_html(c)
    t4 = "Olá, Leonardo,\n\nNão foi possível processar o pagamento do seu pedido nº %s.\n\nSeu pedido será cancelado em 48 horas se você não atualizar a forma de pagamento.\n\nAtualizar pagamento: %s\n\nAmazon.com.br\n" % (o, evil)
    add("lookalike", L, "payment_issue", True, None, "polished Amazon template, amazon.com.br.<evil>.online sender, link text amazon.com.br with foreign href, 'will be cancelled' + Pix; alt base64",
        dict(layout="alt", charset="utf-8", cte="b64", text=t4, html=h4, boundary=amz_boundary(dt),
             headers=other_headers(addr("Amazon.com.br", "pedidos@amazon.com.br.atualizacao-cadastral.online"), to,
                                   "Pagamento pendente: seu pedido %s será cancelado" % o, dt,
                                   received=[rcv("mail.atualizacao-cadastral.online", "191.101.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)],
                                   extra=[("Authentication-Results", "mx.google.com; spf=pass smtp.mailfrom=amazon.com.br.atualizacao-cadastral.online; dkim=pass header.d=atualizacao-cadastral.online; dmarc=pass header.from=amazon.com.br.atualizacao-cadastral.online")])))

    to = "vanessa.dias@hotmail.com"; dt = when(-3)
    h5 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,sans-serif">
<div style="background:#232f3e;padding:12px"><span style="color:#fff;font-size:21px"><b>amazon</b></span><span style="color:#ff9900">.com.br</span></div>
<div style="padding:18px">
<p>Olá,</p>
<p>Informamos que o seu pedido <b>nº 701-44812-3</b> foi cancelado porque o produto está <b>esgotado</b> no nosso estoque.</p>
<p>Para receber o estorno de <b>R$ 1.249,00</b>, informe seus dados bancários ou sua chave Pix no formulário abaixo em até 24 horas:</p>
<p><a href="https://estorno-cliente.amazom-br.com/form?id=%s" style="background:#ff9900;color:#000;padding:10px 22px;text-decoration:none">Solicitar estorno</a></p>
<p>Produto: Console Xbox Series S 512 GB</p>
<p>Atenciosamente,<br>Atendimento Amazon</p></div></body></html>""" % rid(8, HEX)
    add("lookalike", L, "inventory_shortage", True, None, "Cyrillic a in display name, amazom-br.com, out of stock + asks bank data/Pix key; html-only QP",
        dict(layout="html", charset="utf-8", cte="qp", html=h5,
             headers=other_headers(addr("Am\u0430zon.com.br", "noreply@amazom-br.com"), to,
                                   "Seu pedido foi cancelado - estorno disponível", dt,
                                   received=[rcv("mail.amazom-br.com", "177.54.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.hotmail.com", dt)])))

    to = "bruno.teixeira@gmail.com"; dt = when(-3)
    h6 = """<html><body style="font-family:Tahoma,sans-serif;font-size:13px">
<p><b>amazon.com.br</b></p>
<p>Prezado cliente,</p>
<p>Devido a uma <b>falha no sistema</b>, seu pedido <b>#7O1-2231-90</b> foi cancelado e o valor de R$ 2.149,00 ficou retido.</p>
<p>Para reprocessar o pedido, acesse sua conta pelo link abaixo e confirme seus dados:</p>
<p><a href="http://amaz0n-brasil.com/conta/reprocessar">www.amazon.com.br/sua-conta</a></p>
<p>Equipe Amazon</p></body></html>"""
    t6 = "Prezado cliente,\n\nDevido a uma falha no sistema, seu pedido #7O1-2231-90 foi cancelado e o valor de R$ 2.149,00 ficou retido.\n\nPara reprocessar: http://amaz0n-brasil.com/conta/reprocessar\n\nEquipe Amazon\n"
    add("lookalike", L, "technical_issue", True, None, "amaz0n-brasil.com, 'system failure' cancellation, malformed order no (letter O); alt 8bit",
        dict(layout="alt", charset="utf-8", cte="8bit", text=t6, html=h6, boundary=gmail_boundary(),
             headers=other_headers(addr("Amazon", "noreply@amaz0n-brasil.com"), to, "Falha no processamento do seu pedido", dt,
                                   received=[rcv("vps%d.hostinger.com.br" % rng.randint(10000, 99999), "45.90.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)])))

    o = order_id("701"); to = "renata.gomes@gmail.com"; dt = when(-3)
    short = "https://encurtador.com.br/%s" % rid(5, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    h7 = """<html><body style="font-family:Arial,sans-serif">
<p><b>Amazon.com.br</b></p>
<p>Olá,</p>
<p>Recebemos sua solicitação de cancelamento do pedido nº <b>%s</b> (Kindle Paperwhite 16 GB, R$ 899,00).</p>
<p>Status: cancelado a pedido do cliente.</p>
<p>Não foi você? Conteste agora para evitar a cobrança: <a href="%s">https://www.amazon.com.br/gp/your-account/order-details</a></p>
<p>Amazon.com.br</p></body></html>""" % (o, short)
    add("lookalike", L, "customer_request", True, None, "Greek omicron in display name, yahoo sender, shortener link shown as amazon.com.br; html-only base64",
        dict(layout="html", charset="utf-8", cte="b64", html=h7,
             headers=other_headers(addr("Amaz\u03bfn.com.br", "amazon_br_clientes@yahoo.com"), to,
                                   "Confirmação de cancelamento - pedido %s" % o, dt,
                                   received=[rcv("sonic317-20.consmr.mail.gq1.yahoo.com", "98.137.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)],
                                   msgid_dom="mail.yahoo.com")))

    to = "josecarlos.silva@terra.com.br"; dt = when(-3)
    add("lookalike", L, "unknown", False, None, "crude, promo domain, no order no, no reason; text utf-8 QP",
        dict(layout="text", charset="utf-8", cte="qp",
             text="""AMAZON

SEU PEDIDO FOI CANCELADO!!

ola cliente, seu pedido foi cancelado. veja o motivo e receba seu dinheiro de volta no link abaixo:

https://promo-ofertas-br.xyz/amazon/pedido

caso nao acesse em 24h o reembolso sera perdido.

amazon brasil
""",
             headers=other_headers(addr("AMAZON", "naoresponder@promo-ofertas-br.xyz"), to, "SEU PEDIDO FOI CANCELADO!!", dt,
                                   received=[rcv("mail.promo-ofertas-br.xyz", "103.75.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.terra.com.br", dt)])))

    # ---------------- non-notices ----------------
    to = "aline.cardoso@gmail.com"; dt = when(-3)
    sh_text = """Olá, Aline!

Seu pedido #58213 na Casa Aurora Utilidades foi cancelado porque o pagamento via Pix não foi identificado dentro do prazo de 30 minutos.

Itens:
- Jogo de panelas cerâmica 5 peças, terracota - R$ 389,90
- Frete: grátis

Se você já fez o Pix, não se preocupe: o valor será devolvido automaticamente para a conta de origem em até 2 dias úteis.

Quer tentar de novo? Faça um novo pedido em nosso site.

Também estamos na Amazon! Procure por "Casa Aurora" na Amazon.com.br e compre com entrega Prime.

Equipe Casa Aurora
https://www.casaaurora.com.br
"""
    sh_html = "<html><body style=\"font-family:Arial,sans-serif;color:#3b2f2f\"><h2 style=\"color:#c0603a\">Casa Aurora Utilidades</h2>" + \
        "".join("<p>%s</p>" % linkify(p).replace("\n", "<br>") for p in sh_text.split("\n\n")) + "</body></html>"
    add("non_notice", L, None, False, None, "small shop's own order cancelled (Pix not paid); footer says 'also on Amazon'; alt QP",
        dict(layout="alt", charset="utf-8", cte="qp", text=sh_text, html=sh_html, boundary=plain_boundary(),
             headers=other_headers(addr("Casa Aurora Utilidades", "pedidos@casaaurora.com.br"), to, "Pedido #58213 cancelado", dt,
                                   extra=[("X-Mailer", "Nuvemshop")],
                                   received=[rcv("smtp.nuvemshop.com.br", "34.95.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.google.com", dt)])))

    to = "ricardo.mota@gmail.com"; dt = when(-3)
    add("non_notice", L, None, False, None, "friend says he cancelled his Amazon order (bike); text utf-8 8bit",
        dict(layout="text", charset="utf-8", cte="8bit",
             text="""E aí, Ricardo!

Cancelei aquele pedido da bicicleta na Amazon, o prazo de entrega tinha pulado para o fim do mês e a gente viaja antes. Já chegou o e-mail de confirmação do cancelamento e o estorno vai cair na fatura do cartão.

Vou ver se acho numa loja aqui no bairro. Se souber de alguma boa, me avisa!

Abraço,
Felipe

Enviado do meu iPhone
""",
             headers=other_headers(addr("Felipe Araújo", "felipe.araujo@gmail.com"), to, "Bike cancelada", dt,
                                   received=[gmail_rcv(to, dt)], msgid_dom="mail.gmail.com")))

    to = "cliente@bancoexemplo-news.com.br"; dt = when(-3)
    bn_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;max-width:620px;margin:auto;color:#222">
<h2 style="color:#004b8d">Dicas de Segurança – Abril</h2>
<h3>Golpe do falso "pedido cancelado" da Amazon</h3>
<p>Nossos clientes têm recebido e-mails com assuntos como <i>"Seu pedido Amazon.com.br nº 701-XXXXXXX-XXXXXXX foi cancelado"</i> e <i>"Pagamento não aprovado - pedido cancelado"</i>. As mensagens pedem dados do cartão, CPF ou uma chave Pix para "receber o estorno".</p>
<p><b>Como se proteger:</b></p>
<ul><li>confira o remetente: desconfie de endereços gmail, outlook ou domínios parecidos como "amaz0n" e "amazom";</li>
<li>nunca informe senha, código de segurança ou token por e-mail ou WhatsApp;</li>
<li>consulte o pedido diretamente no aplicativo da loja.</li></ul>
<p>Nenhum banco ou loja pede a sua senha. Em caso de dúvida, ligue para o número que está no verso do seu cartão.</p>
<p style="font-size:11px;color:#777">Você recebe este informativo porque é cliente. <a href="https://news.bancoexemplo.com.br/descadastrar">Descadastrar</a></p>
</body></html>"""
    bn_text = re.sub(r"<[^>]+>", "", bn_html.replace("<li>", "- ").replace("</p>", "\n").replace("</h2>", "\n").replace("</h3>", "\n")).strip() + "\n"
    add("non_notice", L, None, False, None, "bank security newsletter quoting fake Amazon cancellation subjects; alt base64",
        dict(layout="alt", charset="utf-8", cte="b64", text=bn_text, html=bn_html, boundary=plain_boundary(),
             headers=other_headers(addr("Banco Exemplo - Segurança", "informativo@news.bancoexemplo.com.br"), to,
                                   "Dicas de Segurança: golpe do falso pedido cancelado", dt,
                                   extra=[("List-Unsubscribe", "<https://news.bancoexemplo.com.br/descadastrar>"), ("Precedence", "bulk")],
                                   received=[rcv("mta-out-07.news.bancoexemplo.com.br", "200.155.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), "mx.bancoexemplo-news.com.br", dt)])))

    o = order_id("702")
    add("non_notice", L, None, False, None, "scheduled delivery slot cancelled by carrier, order NOT cancelled; alt QP; auth",
        genuine("pt-BR", D, "Amazon.com.br", "order-update", "daniela.freitas@gmail.com",
                "Agendamento de entrega cancelado - escolha uma nova data", "Olá, Daniela,",
                ["O agendamento da entrega do seu pedido nº %s, previsto para sábado, 20 de abril, entre 8h e 12h, foi cancelado pela transportadora." % o,
                 "Seu pedido continua ativo e não foi cancelado. Escolha uma nova data de entrega para recebê-lo.",
                 "Se nenhuma data disponível for conveniente, entre em contato com o Atendimento ao Cliente."],
                items=[("Sofá Retrátil e Reclinável 3 Lugares, suede cinza", "Quantidade: 1")],
                order=("Pedido nº %s" % o, o),
                button=("Escolher nova data", "https://www.amazon.com.br/gp/your-account/ship-track?orderId=%s" % o),
                closing=pt_closing(), layout="alt", cte="qp", auth=True, region=R, imgcc="01"))

    add("non_notice", L, None, False, None, "Kindle Unlimited subscription cancelled; html-only base64",
        genuine("pt-BR", D, "Amazon.com.br", "digital-no-reply", "gustavo.ramos@outlook.com",
                "Sua assinatura do Kindle Unlimited foi cancelada", "Olá, Gustavo,",
                ["Confirmamos o cancelamento da sua assinatura do Kindle Unlimited. Você poderá continuar lendo os títulos emprestados até o fim do período atual, em 3 de junho de 2024.",
                 "Depois dessa data, não haverá novas cobranças de R$ 19,90 na sua fatura.",
                 "Você pode assinar novamente a qualquer momento em Gerenciar sua assinatura."],
                button=("Gerenciar sua assinatura", "https://www.amazon.com.br/kindle-dbs/ku/ku-central"),
                closing=pt_closing(), layout="html", cte="b64", auth=False, region=R, imgcc="01"))

    o = order_id("701")
    add("non_notice", L, None, False, None, "genuine boleto reminder: pay by due date or order will be cancelled; alt QP; auth",
        genuine("pt-BR", D, "Amazon.com.br", "payments-update", "edson.moreira@uol.com.br",
                "Lembrete: pague o boleto do pedido %s" % o, "Olá, Edson,",
                ["Ainda não identificamos o pagamento do boleto referente ao seu pedido nº %s." % o,
                 "O boleto vence em 12 de abril. Para que o pedido não seja cancelado, efetue o pagamento até essa data. Se o pagamento não for identificado, o pedido será cancelado automaticamente.",
                 "Se você já pagou, desconsidere esta mensagem: a compensação pode levar até 3 dias úteis."],
                items=[("Kit Ferramentas Bosch 108 peças com maleta", "Quantidade: 1 – R$ 329,90")],
                order=("Pedido nº %s" % o, o),
                button=("Ver boleto", "https://www.amazon.com.br/gp/css/summary/print.html?orderID=%s" % o),
                closing=pt_closing(), layout="alt", cte="qp", auth=True, region=R, imgcc="01"))


# ===========================================================================

def main():
    french()
    spanish()
    portuguese()
    order = list(range(len(ENTRIES)))
    rng.shuffle(order)
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    labels = []
    for n, idx in enumerate(order, 1):
        spec = ENTRIES[idx]
        name = "%s%03d.eml" % (PREFIX, n)
        data = build(spec)
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(data)
        lab = dict(file=name)
        lab.update(spec["label"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
