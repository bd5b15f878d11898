#!/usr/bin/env python3
"""Regenerates the blind batch k2 (fr / es / pt) : mail/k2NNN.eml + labels.json.

All texts live in the data structures below; run `python3 make.py`.
"""
import base64
import datetime
import html
import io
import json
import os
import quopri
import random
import string
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

random.seed(2202)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")

# ----------------------------------------------------------------- helpers


def rnd(chars, n):
    return "".join(random.choice(chars) for _ in range(n))


def hexid(n):
    return rnd("0123456789abcdef", n)


def b64ish(n):
    return rnd(string.ascii_letters + string.digits + "+/", n)


def esc(s):
    return html.escape(s, quote=True)


def enc_header(value, charset="utf-8"):
    """RFC 2047 encode if needed (Q for latin charsets, B/shortest for utf-8)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name, address, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def make_part(body, subtype, charset, cte, quote_cs=True):
    raw = body.encode(charset)
    p = Message()
    if quote_cs:
        p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset.upper() if charset == "utf-8" and random.random() < .5 else charset)
    else:
        p["Content-Type"] = "text/%s; charset=%s" % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:  # 7bit / 8bit
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    return p


def boundary():
    return "----=_Part_%d_%d.%d" % (random.randint(10 ** 6, 10 ** 8), random.randint(10 ** 8, 2 * 10 ** 9),
                                    random.randint(16 * 10 ** 11, 17 * 10 ** 11))


def rand_date(y0=2024, y1=2025):
    start = datetime.datetime(y0, 1, 5, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(y1, 10, 28, tzinfo=datetime.timezone.utc)
    delta = end - start
    return start + datetime.timedelta(seconds=random.randint(0, int(delta.total_seconds())))


def amazon_received(to, dt, region="eu-west-1"):
    ip = "54.240.%d.%d" % (random.randint(0, 15), random.randint(2, 250))
    host = "a%d-%d.smtp-out.%samazonses.com" % (random.randint(1, 99), random.randint(1, 250),
                                               "" if region == "us-east-1" else region + ".")
    return ("from %s (%s. [%s])\n        by mx.example.net with ESMTPS id %s\n        for <%s>; %s"
            % (host, host, ip, b64ish(12).replace("/", "x").replace("+", "y"), to, format_datetime(dt)))


def amazon_auth(dom, dt):
    sel = rnd(string.ascii_lowercase + "234567", 32)
    bounce = "%s%s@bounces.%s" % (dt.strftime("%Y%m%d%H%M%S"), hexid(20), dom)
    ar = ("mx.example.net;\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\n"
          "       dkim=pass header.i=@amazonses.com header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug header.b=%s;\n"
          "       spf=pass (example.net: domain of %s designates 54.240.3.%d as permitted sender) smtp.mailfrom=%s;\n"
          "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
          % (dom, sel, b64ish(8), b64ish(8), bounce, random.randint(2, 250), bounce, dom))
    ar = ar.replace("header.i=@%s header.s" % dom, "header.d=%s header.s" % dom, 1)
    dkim = ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n"
            "\tbh=%s=;\n\tb=%s" % (sel, dom, int(dt.timestamp()), b64ish(43), b64ish(172)))
    return [("Authentication-Results", ar), ("DKIM-Signature", dkim)], bounce


def amazon_msgid(dt, region="eu-west-1"):
    return "<0102%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        hexid(12), hexid(8), hexid(4), hexid(4), hexid(12), region)


def build(m):
    """m: dict with headers + body spec -> bytes"""
    import re
    dt = m["date"]
    if m.get("tz") is not None:
        dt = dt.astimezone(datetime.timezone(datetime.timedelta(hours=m["tz"])))
    rcpt = m["to"].split("<")[-1].strip(">")
    msg = Message()
    for k, v in m.get("trace", []):
        if k == "Received":
            v = re.sub(r"; [A-Z][a-z]{2}, .*$", "; " + format_datetime(m["date"] + datetime.timedelta(seconds=random.randint(2, 40))), v)
            v = v.replace("for <x>", "for <%s>" % rcpt)
        msg[k] = v
    msg["Date"] = format_datetime(dt)
    msg["From"] = m["from"]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["To"] = m["to"]
    msg["Message-ID"] = m["msgid"]
    msg["Subject"] = enc_header(m["subject"], m.get("hcs", "utf-8"))
    for k, v in m.get("extra", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    cs, cte, fmt = m["cs"], m["cte"], m["fmt"]
    if fmt == "alt":
        b = boundary()
        msg["Content-Type"] = 'multipart/alternative;\n\tboundary="%s"' % b
        tcte = m.get("text_cte", cte)
        msg.set_payload([make_part(m["text"], "plain", cs, tcte), make_part(m["html"], "html", cs, cte)])
        msg.set_boundary(b)
    else:
        body = m["text"] if fmt == "text" else m["html"]
        p = make_part(body, "plain" if fmt == "text" else "html", cs, cte, quote_cs=random.random() < .5)
        msg["Content-Type"] = p["Content-Type"]
        msg["Content-Transfer-Encoding"] = cte
        msg._payload = p._payload
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\n")
    return fp.getvalue()


# -------------------------------------------------- Amazon-like renderers

LOGO = "https://m.media-amazon.com/images/G/%s/x-locale/common/amazon-logo-email._CB485936751_.png"


def render_html(d, cs="utf-8"):
    """d: brand, home, nav[(label,href)], title, order_label, order, order_href, greeting,
    paras[str | ('html', s)], item_heading, qty_label, items[(name, seller, qty, price)],
    total_label, total, closing[str|('html',s)], legal[str|('html',s)], pixel"""
    def para(x):
        if isinstance(x, tuple):
            return "<p>%s</p>" % x[1]
        return "<p>%s</p>" % esc(x)

    nav = ' <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> '.join(
        '<td> <a href="%s">%s</a> </td>' % (esc(h), esc(l)) for l, h in d["nav"])
    items = ""
    for name, seller, qty, price in d.get("items", []):
        items += ('<tr> <td class="name"> <a href="%s">%s</a><br /> <span class="seller">%s</span> </td>'
                  ' <td class="qty"> %s %s </td> <td class="price"> <strong>%s</strong> </td> </tr>\n'
                  % (esc(d["home"] + "/gp/r.html?R=" + rnd(string.ascii_uppercase + string.digits, 13)), esc(name),
                     esc(seller), esc(d["qty_label"]), qty, esc(price)))
    total = ""
    if d.get("total"):
        total = ('<tr> <td colspan="2" class="total"> %s </td> <td class="total price"> %s </td> </tr>'
                 % (esc(d["total_label"]), esc(d["total"])))
    order = ""
    if d.get("order"):
        order = '%s <a href="%s">%s</a>' % (esc(d["order_label"]), esc(d["order_href"]), esc(d["order"]))
    items_block = ""
    if items:
        items_block = """        <tr>
         <td>
          <table id="orderDetails" cellpadding="0">
           <tbody>
            <tr> <td colspan="3"> <h3>%s</h3> </td> </tr>
%s            %s
           </tbody>
          </table> </td>
        </tr>
""" % (esc(d["item_heading"]), items, total)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <style type="text/css">
body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; margin:0 auto; font:13px Arial, sans-serif; color:#333333; }
#header .title h2 { font-size:20px; color:#CC6600; margin:0; font-weight:normal; }
#header .navigation a { color:#006699; text-decoration:none; font-size:12px; }
.heading { font-size:16px; color:#CC6600; }
#orderDetails h3 { font-size:15px; color:#CC6600; border-bottom:1px solid #CCCCCC; }
#orderDetails td { padding:6px 4px; vertical-align:top; }
.seller { color:#666666; font-size:11px; }
.price { text-align:right; white-space:nowrap; }
.total { border-top:1px solid #CCCCCC; font-weight:bold; }
#closing { margin-top:12px; }
#legal { font-size:11px; color:#666666; border-top:1px solid #CCCCCC; }
#legal a { color:#006699; }
  </style>
 </head>
 <body><img width="1" height="1" src="%(pixel)s" />
  <table id="container" cellpadding="0">
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
             <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(brand)s" src="%(logo)s" width="115" border="0" /></a></td>
             <td class="navigation">
              <table align="right">
               <tbody>
                <tr> %(nav)s </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2> %(order)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">%(greeting)s</span> %(paras)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
%(items)s        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td> %(closing)s <p><br />%(bye)s<br /> <span class="signature"> <strong>%(brand)s</strong> </span> </p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legal" cellpadding="0">
           <tbody>
            <tr>
             <td> %(legal)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
  <img width="1" height="1" src="%(pixel2)s" />
 </body>
</html>
""" % dict(cs=cs, pixel=esc(d.get("pixel", d["home"] + "/gp/r.html?C=" + rnd(string.ascii_uppercase + string.digits, 14))),
           pixel2=esc(d["home"] + "/gp/r.html?R=" + rnd(string.ascii_uppercase + string.digits, 13) + "&T=E"),
           home=esc(d["home"]), brand=esc(d["brand"]), logo=esc(d.get("logo", LOGO % d.get("logo_loc", "08"))),
           nav=nav, title=esc(d["title"]), order=order, greeting=esc(d["greeting"]),
           paras=" ".join(para(x) for x in d["paras"]), items=items_block,
           closing=" ".join(para(x) for x in d.get("closing", [])), bye=esc(d.get("bye", "")),
           legal=" ".join(para(x) for x in d.get("legal", [])))


def strip_tags(s):
    import re
    s = re.sub(r'<a href="([^"]*)">([^<]*)</a>', r"\2 ( \1 )", s)
    return re.sub(r"<[^>]+>", "", s)


def render_text(d):
    def t(x):
        return strip_tags(x[1]) if isinstance(x, tuple) else x
    line = "-" * 76
    out = [d["brand"], line, "", d["title"]]
    if d.get("order"):
        out.append("%s %s" % (d["order_label"], d["order"]))
    out += ["", d["greeting"], ""]
    for p in d["paras"]:
        out += [t(p), ""]
    if d.get("items"):
        out += ["=" * 76, "", d["item_heading"], ""]
        for name, seller, qty, price in d["items"]:
            out += ["    " + name, "    " + seller, "    %s %s    %s" % (d["qty_label"], qty, price), ""]
        if d.get("total"):
            out += ["%s %s" % (d["total_label"], d["total"]), ""]
        out += ["=" * 76, ""]
    for p in d.get("closing", []):
        out += [t(p), ""]
    if d.get("bye"):
        out += [d["bye"], d["brand"], ""]
    out.append(line)
    for p in d.get("legal", []):
        out += [t(p)]
    return "\n".join(out) + "\n"


def genuine(dom, d, fmt, cs, cte, sender, to, subject, auth, region="eu-west-1", text_cte=None, extra=()):
    """A mail from the marketplace's own infrastructure."""
    dt = rand_date()
    m = dict(date=dt, subject=subject, cs=cs, cte=cte, fmt=fmt, to=to, hcs=cs)
    if text_cte:
        m["text_cte"] = text_cte
    brand = d["brand"]
    m["from"] = addr(brand, "%s@%s" % (sender, dom))
    m["reply_to"] = "no-reply@%s" % dom if random.random() < .6 else None
    m["msgid"] = amazon_msgid(dt, region)
    trace = []
    if auth:
        hdrs, bounce = amazon_auth(dom, dt)
        trace.append(("Return-Path", "<%s>" % bounce))
        trace.append(("Received", amazon_received(to.split("<")[-1].strip(">"), dt, region)))
        trace += hdrs
    else:
        bounce = "%s%s@bounces.%s" % (dt.strftime("%Y%m%d%H%M%S"), hexid(20), dom)
        if random.random() < .5:
            trace.append(("Return-Path", "<%s>" % bounce))
    m["trace"] = trace
    m["extra"] = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                  ("Bounces-to", bounce),
                  ("X-AMAZON-METADATA", "CA=C%s-CU=A%s" % (rnd(string.ascii_uppercase + string.digits, 13),
                                                           rnd(string.ascii_uppercase + string.digits, 13))),
                  ("Feedback-ID", "1.%s.%s=:AmazonSES" % (region, b64ish(43)))] + list(extra)
    if fmt in ("alt", "html"):
        m["html"] = render_html(d, cs)
    if fmt in ("alt", "text"):
        m["text"] = render_text(d)
    return m


def custom(frm, to, subject, fmt, cs, cte, text=None, html_=None, trace=(), extra=(), reply_to=None,
           msgid_dom="example.net", hcs=None, text_cte=None):
    dt = rand_date()
    m = dict(date=dt, subject=subject, cs=cs, cte=cte, fmt=fmt, to=to, hcs=hcs or cs, text=text, html=html_,
             reply_to=reply_to, trace=list(trace), extra=list(extra), tz=TZ[0])
    if text_cte:
        m["text_cte"] = text_cte
    m["from"] = frm
    m["msgid"] = "<%s.%s@%s>" % (hexid(16), random.randint(10 ** 5, 10 ** 7), msgid_dom)
    return m


def phish_trace(ip, helo, mailfrom, dom, spf="softfail", dkim="none", dmarc="none", hfrom=None):
    ar = "mx.example.net;\n       "
    ar += ("dkim=%s header.d=%s header.s=default header.b=%s;\n       " % (dkim, dom, b64ish(8))) if dkim == "pass" \
        else "dkim=%s (no signature);\n       " % dkim
    ar += "spf=%s (example.net: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n       " \
          % (spf, mailfrom, ip, mailfrom) if spf != "pass" else \
          "spf=pass (example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n       " % (mailfrom, ip, mailfrom)
    ar += "dmarc=%s header.from=%s" % (dmarc, hfrom or dom)
    dt = rand_date()
    rec = "from %s (%s [%s])\n        by mx.example.net with ESMTP id %s\n        for <x>; %s" % (
        helo, helo, ip, b64ish(10).replace("/", "q"), format_datetime(dt))
    return [("Return-Path", "<%s>" % mailfrom), ("Received", rec), ("Authentication-Results", ar)]


def freemail_trace(provider, mailfrom):
    dt = rand_date()
    hosts = {"gmail": ("mail-sor-f41.google.com", "209.85.220.41", "gmail.com"),
             "outlook": ("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.22.%d" % random.randint(10, 250), "outlook.com"),
             "yahoo": ("sonic312-21.consmr.mail.ir2.yahoo.com", "77.238.176.%d" % random.randint(10, 250), "yahoo.com"),
             "hotmail": ("EUR02-AM0-obe.outbound.protection.outlook.com", "40.107.21.%d" % random.randint(10, 250), "hotmail.com")}
    helo, ip, _ = hosts[provider]
    dom = mailfrom.split("@")[1]
    rec = "from %s (%s. [%s])\n        by mx.example.net with ESMTPS id %s\n        for <x>; %s" % (
        helo, helo, ip, b64ish(10).replace("/", "q"), format_datetime(dt))
    ar = ("mx.example.net;\n       dkim=pass header.d=%s header.s=s2048 header.b=%s;\n"
          "       spf=pass (example.net: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
          "       dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, b64ish(8), mailfrom, ip, mailfrom, dom))
    return [("Return-Path", "<%s>" % mailfrom), ("Received", rec), ("Authentication-Results", ar)]


MAILS = []   # (label-dict, message-dict)
TZ = [None]  # local UTC offset (hours) used for non-Amazon senders of the current language


def add(kind, lang, cause, states_reason, marketplace, note, m):
    MAILS.append((dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                       marketplace=marketplace, note=note), m))


# =================================================================== FRENCH

def fr_legal(dom, brand, ca=False):
    home = "https://www.%s" % dom
    mail = "courriel" if ca else "e-mail"
    mails = "courriels" if ca else "e-mails"
    legal = [
        ("html", "%s ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonnées bancaires "
                 "ou d'autres informations personnelles par %s, par SMS ou par téléphone. Pour apprendre à reconnaître "
                 "les %s d'hameçonnage, consultez notre page d'aide <a href=\"%s/gp/help/customer/display.html?nodeId=GHFRQC5R6LBBKZ6M\">"
                 "%s suspects</a>." % (brand, mail, mails, home, mails.capitalize())),
        "Si le numéro ou la date d'expiration de votre carte a changé, mettez à jour vos informations de paiement dans Votre compte.",
        ("html", "Signalez tout %s suspect en le transférant à <a href=\"mailto:stop-spoofing@%s\">stop-spoofing@%s</a>." % (mail, dom, dom)),
        ("Ce courriel a été envoyé depuis une adresse qui ne peut pas recevoir de courriels. Merci de ne pas répondre à ce message." if ca
         else "Cet e-mail a été envoyé depuis une adresse qui ne peut pas recevoir d'e-mails. Merci de ne pas répondre à ce message."),
    ]
    if ca:
        legal.append("© 1996-2025, Amazon.com, Inc. ou ses sociétés affiliées. Amazon.com.ca ULC, 40 King Street W, 47th Floor, Toronto (Ontario) M5H 3Y2, Canada.")
    else:
        legal.append("© 1996-2025, Amazon.com, Inc. ou ses filiales. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg B 101818.")
    return legal


def fr_base(dom, brand, greeting, title, order, items, paras, closing=None, ca=False, legal=None, total=None):
    home = "https://www.%s" % dom
    return dict(brand=brand, home=home,
                nav=[("Vos commandes", home + "/gp/css/order-history?ref_=pe_%d_%d" % (random.randint(10 ** 6, 10 ** 7), random.randint(10 ** 7, 10 ** 8))),
                     ("Votre compte", home + "/gp/css/homepage.html?ref_=pe_yo"), (brand, home + "/?ref_=pe_hm")],
                title=title, order_label="Commande n°", order=order,
                order_href=home + "/gp/css/summary/edit.html?orderID=%s" % order, greeting=greeting, paras=paras,
                item_heading="Articles annulés", qty_label="Quantité :", items=items,
                total_label="Montant annulé :" if total else "", total=total,
                closing=closing or [("html", "Pour consulter le statut de vos commandes, rendez-vous dans "
                                             "<a href=\"%s/gp/css/order-history\">Vos commandes</a>." % home)],
                bye="Cordialement,", legal=legal if legal is not None else fr_legal(dom, brand, ca), logo_loc="08")


def french():
    L = "fr"
    TZ[0] = 1
    # ------------------------------------------------------------ notices
    o = "402-3816529-7730713"
    d = fr_base("amazon.fr", "Amazon.fr", "Bonjour Claire,", "Commande annulée", o,
                [("Russell Hobbs Bouilloire électrique 1,7 L Luna 23211-70, acier inoxydable", "Vendu par Amazon EU S.à r.l.", 1, "39,99 €")],
                ["Nous sommes au regret de vous informer que votre commande n° %s a été annulée." % o,
                 "L'article ci-dessous est actuellement en rupture de stock chez notre fournisseur, et nous ne savons pas "
                 "quand il sera de nouveau disponible. Plutôt que de vous laisser sans date de livraison, nous avons préféré annuler l'article.",
                 "Aucun montant n'a été prélevé pour cet article. Si une autorisation de paiement apparaît sur votre relevé, "
                 "elle sera levée automatiquement par votre banque d'ici quelques jours."],
                closing=[("html", "Vous pouvez suivre vos autres commandes à tout moment dans <a href=\"https://www.amazon.fr/gp/css/order-history\">Vos commandes</a>."),
                         "Nous vous prions de nous excuser pour la gêne occasionnée."], total="39,99 €")
    add("notice", L, "inventory_shortage", True, "amazon.fr", "out of stock at supplier, html+text",
        genuine("amazon.fr", d, "alt", "utf-8", "quoted-printable", "order-update", "claire.dubois@example.com",
                "Votre commande Amazon.fr n° %s a été annulée" % o, auth=True))

    o = "171-5528340-2219536"
    d = fr_base("amazon.fr", "Amazon.fr", "Bonjour Nicolas,", "Annulation de votre commande", o,
                [("LEGO Technic 42154 Ford GT 2022", "Vendu par Amazon EU S.à r.l.", 1, "99,99 EUR"),
                 ("Tefal Ingenio Emotion Set de 3 poêles 22/24/28 cm", "Vendu par Amazon EU S.à r.l.", 1, "74,90 EUR")],
                ["Nous avons essayé à plusieurs reprises de débiter votre carte Visa se terminant par 4821 pour la commande "
                 "%s, mais la transaction a été refusée par votre banque." % o,
                 "Dans notre précédent e-mail, nous vous demandions de vérifier ou de modifier vos informations de paiement. "
                 "Comme aucune modification n'a été faite dans le délai indiqué, nous avons annulé votre commande.",
                 "Si vous souhaitez toujours recevoir ces articles, vous pouvez passer une nouvelle commande sur www.amazon.fr "
                 "en choisissant un autre moyen de paiement."], total="174,89 EUR")
    add("notice", L, "payment_issue", True, "amazon.fr", "card declined, payment revision not made; latin-9 text only",
        genuine("amazon.fr", d, "text", "iso-8859-15", "quoted-printable", "payments-messages", "nicolas.girard@example.net",
                "Votre commande Amazon.fr %s a été annulée" % o, auth=False))

    o = "702-8841027-3310648"
    d = fr_base("amazon.ca", "Amazon.ca", "Bonjour Marc-André,", "Article annulé", o,
                [("Shark IZ140C Aspirateur balai sans fil Rocket Pro", "Vendu par Amazon.com.ca ULC", 1, "22,49 $")],
                ["Nous vous écrivons au sujet de votre commande n° %s." % o,
                 "En raison d'une erreur d'affichage du prix sur notre site, l'article ci-dessous a été offert à un prix "
                 "nettement inférieur à son prix réel (22,49 $ au lieu de 224,99 $). Puisque ce prix ne correspondait pas à "
                 "une offre valide, nous avons annulé cet article de votre commande.",
                 "Votre carte n'a pas été débitée pour cet article. Les autres articles de votre commande seront expédiés comme prévu."],
                ca=True)
    add("notice", L, "technical_issue", True, "amazon.ca", "pricing error, Canadian French, html only base64",
        genuine("amazon.ca", d, "html", "utf-8", "base64", "order-update", "ma.tremblay@example.ca",
                "Un article a été annulé de votre commande Amazon.ca n° %s" % o, auth=True, region="us-east-1"))

    o = "403-6627190-4458326"
    d = fr_base("amazon.com.be", "Amazon.com.be", "Bonjour Sophie,", "Commande annulée – compte en attente", o,
                [("Apple AirPods Pro (2e génération) avec boîtier MagSafe (USB-C)", "Vendu par Amazon EU S.à r.l.", 2, "498,00 €")],
                ["Lors d'une vérification de routine, nous avons constaté une activité inhabituelle sur votre compte Amazon.com.be. "
                 "Par mesure de précaution, nous avons placé votre compte en attente et annulé la commande %s." % o,
                 "Pour rétablir votre compte, connectez-vous sur www.amazon.com.be et suivez les instructions affichées. Il pourra vous "
                 "être demandé de confirmer les informations de paiement associées à votre compte. Nous ne vous demanderons jamais "
                 "ces informations par e-mail.",
                 "Aucun montant n'a été débité pour la commande annulée. Une fois la vérification terminée, vous pourrez passer une nouvelle commande."],
                total="498,00 €")
    add("notice", L, "fraud_prevention", True, "amazon.com.be", "unusual activity, account on hold; 8bit",
        genuine("amazon.com.be", d, "alt", "utf-8", "8bit", "order-update", "sophie.peeters@example.be",
                "Votre commande Amazon.com.be %s a été annulée" % o, auth=False))

    o = "405-1198734-6620341"
    d = fr_base("amazon.fr", "Amazon.fr", "Bonjour,", "Annulation réussie", o,
                [("Casque sans fil Sony WH-CH520, autonomie 50 heures, noir", "Vendu par Amazon EU S.à r.l.", 1, "44,90 €")],
                ["Conformément à votre demande, nous avons annulé l'article suivant de votre commande n° %s." % o,
                 "Motif de l'annulation : Annulée par le client",
                 "Aucun montant ne sera débité pour cet article. Si le paiement a déjà été effectué, le remboursement sera "
                 "crédité sur votre moyen de paiement d'origine."],
                closing=["Nous espérons vous revoir bientôt."])
    add("notice", L, "customer_request", True, "amazon.fr", "customer cancelled, 'Annulée par le client'; text only",
        genuine("amazon.fr", d, "text", "utf-8", "quoted-printable", "auto-confirm", "p.martin@example.org",
                "Annulation réussie de « Casque sans fil Sony WH-CH520... » de votre commande Amazon.fr %s" % o, auth=True))

    o = "701-2283916-5547302"
    d = fr_base("amazon.ca", "Amazon.ca", "Bonjour Geneviève,", "Votre commande a été annulée", o,
                [("Hamilton Beach 49465C Cafetière programmable 12 tasses", "Vendu par Amazon.com.ca ULC", 1, "59,99 $"),
                 ("Filtres à café en papier no 4, paquet de 200", "Vendu par Amazon.com.ca ULC", 1, "8,47 $")],
                ["Votre commande n° %s a été annulée." % o,
                 "Vous ne serez pas facturé pour cette commande. Si un montant a été porté à votre carte, il sera remboursé "
                 "dans un délai de 3 à 5 jours ouvrables."],
                closing=[("html", "Pour toute question, consultez l'<a href=\"https://www.amazon.ca/gp/help/customer/display.html?language=fr_CA\">Aide d'Amazon.ca</a>.")],
                ca=True)
    add("notice", L, "unknown", False, "amazon.ca", "no reason given; Canadian French; base64 alt",
        genuine("amazon.ca", d, "alt", "utf-8", "base64", "order-update", "g.lavoie@example.ca",
                "Votre commande Amazon.ca n° %s a été annulée" % o, auth=False, region="us-east-1"))

    # ---------------------------------------------------------- non-notices
    fnac_txt = """Bonjour Camille,

Nous sommes désolés : votre commande n° 2K7FQ93PL1X4 a été annulée.

Le produit suivant n'a pas pu être expédié, notre entrepôt n'ayant pas reçu le réapprovisionnement attendu :
  - Nintendo Switch OLED Blanche - 319,99 €

Vous serez intégralement remboursée sur votre carte bancaire sous 48 à 72 heures.

Le saviez-vous ? Nos équipes comparent chaque jour nos prix avec ceux d'Amazon, Cdiscount et Boulanger. Si vous trouvez moins cher ailleurs, nous vous remboursons la différence.

À très bientôt sur Fnac.com,
Le Service Client Fnac

Fnac Darty - Ceci est un message automatique, merci de ne pas y répondre.
"""
    fnac_html = """<html><head><meta charset="utf-8"><title>Annulation de commande</title></head>
<body style="margin:0;background:#f3f3f3;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#e1a925;padding:18px 24px"><img src="https://static.fnac-static.com/mail/logo-fnac.png" alt="fnac" width="90"></td></tr>
<tr><td style="padding:24px;color:#232323;font-size:14px;line-height:20px">
<p>Bonjour Camille,</p>
<p><strong>Nous sommes désolés : votre commande n° 2K7FQ93PL1X4 a été annulée.</strong></p>
<p>Le produit suivant n'a pas pu être expédié, notre entrepôt n'ayant pas reçu le réapprovisionnement attendu :</p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd"><tr><td style="padding:10px 0">Nintendo Switch OLED Blanche</td><td align="right">319,99 €</td></tr></table>
<p>Vous serez intégralement remboursée sur votre carte bancaire sous 48 à 72 heures.</p>
<p style="background:#fdf6e3;padding:12px">Le saviez-vous ? Nos équipes comparent chaque jour nos prix avec ceux d'Amazon, Cdiscount et Boulanger. Si vous trouvez moins cher ailleurs, nous vous remboursons la différence.</p>
<p>À très bientôt sur Fnac.com,<br>Le Service Client Fnac</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">Fnac Darty - Ceci est un message automatique, merci de ne pas y répondre.</td></tr>
</table></body></html>
"""
    add("non_notice", L, None, False, None, "Fnac order cancelled (stock); mentions Amazon in price-comparison line",
        custom(addr("Fnac.com", "service-client@info.fnac.com"), "camille.roux@example.fr",
               "Annulation de votre commande n° 2K7FQ93PL1X4", "alt", "utf-8", "quoted-printable", fnac_txt, fnac_html,
               msgid_dom="info.fnac.com"))

    friend = """Salut Julie,

Petit point pour le cadeau de maman : j'ai annulé ma commande Amazon pour le robot pâtissier, finalement il ne serait arrivé qu'après son anniversaire. J'ai reçu ce matin le mail « Votre commande a été annulée », donc c'est réglé, je ne serai pas débité.

On part sur le coffret de Nature & Découvertes ? Je peux passer le chercher samedi. Dis-moi combien tu mets, on partage en deux comme d'hab.

Bises,
Thomas

Le mar. 11 mars 2025 à 19:02, Julie Lefèvre <julie.lefevre@example.org> a écrit :
> Tu as pu voir pour le robot ? Amazon annonce une livraison super tard...
"""
    add("non_notice", L, None, False, None, "brother says he cancelled his own Amazon order",
        custom(addr("Thomas Lefèvre", "thomas.lefevre@example.net", "iso-8859-1"), addr("Julie Lefèvre", "julie.lefevre@example.org", "iso-8859-1"),
               "Re: cadeau pour maman", "text", "iso-8859-1", "quoted-printable", text=friend.replace("« ", "\"").replace(" »", "\""),
               extra=[("In-Reply-To", "<%s@mail.example.org>" % hexid(20)), ("User-Agent", "Mozilla Thunderbird")]))

    nl_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Georgia,serif;color:#222;max-width:620px;margin:auto">
<h1 style="font-size:22px;border-bottom:3px solid #0a5">La Lettre Conso Numérique - n° 187</h1>
<h2>Arnaque : le faux mail « Votre commande Amazon a été annulée »</h2>
<p>Depuis quelques semaines, de nombreux lecteurs nous signalent un e-mail intitulé <em>« Votre commande Amazon.fr n°408-XXXX a été annulée - action requise »</em>. Le message prétend qu'un paiement a échoué et invite à « confirmer vos coordonnées bancaires » sur un site qui imite parfaitement celui du géant du commerce en ligne.</p>
<p>Nos conseils :</p>
<ul>
<li>Vérifiez l'adresse de l'expéditeur : les vrais messages proviennent d'un domaine se terminant par amazon.fr.</li>
<li>Ne cliquez pas : ouvrez vous-même l'application ou le site et consultez la rubrique « Vos commandes ».</li>
<li>Ne communiquez jamais votre code de carte ou un code reçu par SMS.</li>
<li>Signalez le message sur la plateforme Pharos ou au 33700 s'il s'agit d'un SMS.</li>
</ul>
<p>Également dans ce numéro : les résiliations d'abonnement en trois clics, ce qui change au 1er juin ; notre comparatif des box internet.</p>
<p style="font-size:11px;color:#777">Vous recevez cette lettre car vous êtes inscrit(e) sur lettre-conso.example. <a href="https://lettre-conso.example/desinscription?u=8812">Se désinscrire</a></p>
</body></html>
"""
    nl_txt = strip_tags(nl_html).replace("\n\n", "\n")
    add("non_notice", L, None, False, None, "consumer newsletter warning about fake Amazon cancellation mails, quotes subject",
        custom(addr("La Lettre Conso Numérique", "newsletter@lettre-conso.example"), "abonne.4471@example.com",
               "Arnaque au faux mail d'annulation Amazon, résiliations : la lettre n° 187", "alt", "iso-8859-15", "quoted-printable",
               nl_txt.replace("« ", "\"").replace(" »", "\""), nl_html.replace("« ", "\"").replace(" »", "\""),
               extra=[("List-Unsubscribe", "<https://lettre-conso.example/desinscription?u=8812>"), ("Precedence", "bulk")],
               msgid_dom="lettre-conso.example"))

    d = fr_base("amazon.fr", "Amazon.fr", "Bonjour Élodie,", "Votre abonnement Amazon Prime a été résilié", None, [],
                ["Nous vous confirmons la résiliation de votre abonnement Amazon Prime.",
                 "Vous pouvez continuer à profiter de vos avantages Prime (livraison rapide gratuite, Prime Video, Amazon Music Prime) "
                 "jusqu'à la fin de votre période d'abonnement en cours, le 14 juin 2025. Aucun nouveau paiement ne sera prélevé.",
                 "Vous avez changé d'avis ? Vous pouvez réactiver votre abonnement à tout moment depuis la page Gérer mon abonnement Prime."])
    d["title"] = "Résiliation de l'abonnement Prime"
    add("non_notice", L, None, False, None, "Prime membership cancelled (not an order)",
        genuine("amazon.fr", d, "alt", "utf-8", "quoted-printable", "prime", "elodie.fontaine@example.com",
                "Confirmation de la résiliation de votre abonnement Amazon Prime", auth=True))

    o = "407-3320184-9981526"
    d = fr_base("amazon.fr", "Amazon.fr", "Bonjour Karim,", "Action requise : mettez à jour votre paiement", o,
                [("Bosch Professional Perceuse-visseuse sans fil GSR 18V-55", "Vendu par Amazon EU S.à r.l.", 1, "169,00 €")],
                ["Nous n'avons pas pu débiter la carte Mastercard se terminant par 0937 pour votre commande n° %s. "
                 "La carte semble avoir expiré." % o,
                 "Pour que nous puissions expédier votre commande, rendez-vous dans Vos commandes, sélectionnez la commande puis "
                 "« Modifier le mode de paiement ». Si les informations de paiement ne sont pas mises à jour d'ici le 23 avril, "
                 "votre commande sera annulée.",
                 "Votre commande est toujours active et aucun montant n'a été débité."])
    d["item_heading"] = "Articles en attente de paiement"
    add("non_notice", L, None, False, None, "genuine payment-revision reminder; order WILL be cancelled if not updated",
        genuine("amazon.fr", d, "text", "utf-8", "8bit", "payments-messages", "karim.benali@example.fr",
                "Action requise : mettez à jour votre moyen de paiement pour la commande %s" % o, auth=False))

    o = "702-5519374-8820127"
    d = fr_base("amazon.ca", "Amazon.ca", "Bonjour Louis,", "Rendez-vous de livraison annulé", o,
                [("Réfrigérateur à congélateur inférieur Frigidaire 18,8 pi³, acier inoxydable", "Vendu par Amazon.com.ca ULC", 1, "1 348,00 $")],
                ["Le transporteur nous a informés que le rendez-vous de livraison prévu le jeudi entre 8 h et 12 h a été annulé, "
                 "en raison d'un manque de disponibilité des livreurs dans votre secteur.",
                 "Votre commande n'est pas annulée. Choisissez un nouveau créneau de livraison dans Vos commandes ; "
                 "si vous ne faites aucun choix, le transporteur vous appellera pour convenir d'une nouvelle date."],
                ca=True)
    d["item_heading"] = "Article à livrer"
    d["title"] = "Votre rendez-vous de livraison a été annulé"
    add("non_notice", L, None, False, None, "delivery appointment cancelled, order still active (Canada)",
        genuine("amazon.ca", d, "html", "utf-8", "quoted-printable", "order-update", "louis.gagnon@example.ca",
                "Votre rendez-vous de livraison pour la commande %s a été annulé" % o, auth=True, region="us-east-1"))

    # ------------------------------------------------------------ lookalikes
    t = """Cher client,

Votre commande N° 408-77123-99 (Apple iPhone 15 Pro Max 256 Go Titane naturel - 1 479,00 EUR) a été annulée suite à une activité suspecte détectée sur votre compte.

Si vous n'êtes PAS à l'origine de cette commande, appelez immédiatement notre service de sécurité au :

        +33 1 99 00 47 18  (appel gratuit, 7j/7)

Sans appel de votre part sous 24 heures, le montant de 1 479,00 EUR sera prélevé définitivement.

Service Client Amazon
"""
    add("lookalike", L, "fraud_prevention", True, None, "gmail sender, callback phone, malformed order number, crude",
        custom(addr("Service Client Amazon", "amazon.serviceclients.fr2024@gmail.com"), "client@example.fr",
               "Votre commande a été annulée - appelez-nous", "text", "utf-8", "8bit", text=t,
               trace=freemail_trace("gmail", "amazon.serviceclients.fr2024@gmail.com"), msgid_dom="mail.gmail.com"))

    h = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:14px"><img src="https://i.imgur.com/amzlogo_fr.png" alt="amazon.fr" width="100"></div>
<div style="padding:20px">
<h2 style="color:#c45500;font-weight:normal">Votre compte a été suspendu</h2>
<p>Bonjour,</p>
<p>Nous avons détecté plusieurs tentatives de connexion depuis un appareil inconnu. Par mesure de sécurité, votre compte Amazon a été <b>suspendu</b> et votre commande en cours <b>#403-9921837-1157704</b> a été annulée.</p>
<p>Pour réactiver votre compte et rétablir votre commande, utilisez le code de vérification ci-dessous sur notre page sécurisée :</p>
<p style="font-size:26px;letter-spacing:4px;text-align:center;background:#f0f2f2;padding:12px"><b>AZ-7734-QK</b></p>
<p style="text-align:center"><a href="https://amazon-fr-commande.com/verification/?code=AZ7734QK" style="background:#ffd814;padding:10px 26px;border-radius:8px;color:#111;text-decoration:none">Réactiver mon compte</a></p>
<p>Ce code expire dans 12 heures. Passé ce délai, votre compte sera définitivement fermé.</p>
<p>Merci de votre confiance,<br>L'équipe Amazon</p>
</div>
<div style="font-size:11px;color:#777;padding:12px 20px">© 1996-2025, Amazon.com, Inc. ou ses filiales. Amazon ne vous demandera jamais votre mot de passe par e-mail.</div>
</div></body></html>
"""
    add("lookalike", L, "fraud_prevention", True, None, "Cyrillic А in display name, look-alike domain, 'account suspended, use this code'",
        custom(addr("Аmazon.fr", "noreply@amazon-fr-commande.com"), "client@example.fr",
               "Compte suspendu : votre commande a été annulée", "html", "utf-8", "quoted-printable", html_=h,
               trace=phish_trace("185.234.72.19", "mail.amazon-fr-commande.com", "bounce@amazon-fr-commande.com",
                                 "amazon-fr-commande.com", spf="pass", dkim="pass", dmarc="pass"),
               msgid_dom="amazon-fr-commande.com"))

    t = """Bonjour,

Nous vous informons que le paiement de votre commande n° 171-2290-4471 n'a pas pu être accepté par votre banque. Votre commande a donc été annulée.

Afin de la rétablir rapidement, merci de répondre à cet e-mail en indiquant :

- Nom du titulaire de la carte :
- Numéro de carte (16 chiffres) :
- Date d'expiration :
- Cryptogramme (3 chiffres au dos) :
- Date de naissance :

Dès réception, notre service facturation relancera la commande et vous serez livré sous 48h.

Cordialement,
Service Facturation Amazon France
"""
    add("lookalike", L, "payment_issue", True, None, "amazon-orders.help domain, asks to reply with card details; windows-1252",
        custom(addr("Amazon Facturation", "facturation@amazon-orders.help"), "client@example.fr",
               "Paiement refusé - Commande annulée", "text", "windows-1252", "quoted-printable", text=t,
               reply_to="amazon.facturation.fr@outlook.fr",
               trace=phish_trace("45.142.120.61", "vps-2291.hostnet.example", "info@amazon-orders.help", "amazon-orders.help"),
               msgid_dom="amazon-orders.help"))

    o = "402-5583301-6697214"
    evil = "http://amzn-fr-restore.xyz/fr/connexion.php?id=40255833"
    d = fr_base("amazon.fr", "Amazon.fr", "Bonjour,", "Votre commande va être annulée", o,
                [("Dyson V15 Detect Absolute Aspirateur sans fil", "Vendu par Amazon EU S.à r.l.", 1, "699,00 €")],
                ["Nous n'avons pas pu valider le moyen de paiement associé à votre commande n° %s." % o,
                 "Si vous ne mettez pas à jour vos informations de paiement dans les 24 heures, votre commande sera automatiquement "
                 "annulée et votre compte pourra être restreint.",
                 ("html", "Mettez à jour vos informations ici : <a href=\"%s\">https://www.amazon.fr/gp/your-account/order-history</a>" % evil)])
    d["nav"] = [("Vos commandes", evil), ("Votre compte", evil), ("Amazon.fr", evil)]
    d["order_href"] = evil
    d["item_heading"] = "Détails de la commande"
    d["closing"] = [("html", "Merci d'utiliser <a href=\"%s\">www.amazon.fr</a>." % evil)]
    m = genuine("amazon.fr", d, "alt", "utf-8", "quoted-printable", "x", "client@example.fr",
                "Action requise : votre commande Amazon.fr sera annulée", auth=False)
    m["from"] = addr("Amazon.fr", "commandes@amazon.fr.suivi-colis-service.top")
    m["reply_to"] = None
    m["trace"] = phish_trace("91.215.85.140", "suivi-colis-service.top", "www-data@suivi-colis-service.top", "amazon.fr.suivi-colis-service.top", dmarc="fail")
    m["extra"] = [("X-Mailer", "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)")]
    m["msgid"] = "<%s@amazon.fr.suivi-colis-service.top>" % hexid(32)
    add("lookalike", L, "payment_issue", True, None, "polished copy of real template; link text shows amazon.fr, href elsewhere; 'will be cancelled'", m)

    h = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://amaz0n-ca.com/img/logo.png" width="110"></p>
<p>Bonjour,</p>
<p>Nous sommes désolés, votre commande n° 702-4418831-556 a été annulée car l'article est en rupture de stock.</p>
<p>Un remboursement de <b>189,99 $</b> vous attend. Pour le recevoir par virement Interac, cliquez sur le bouton ci-dessous et confirmez vos informations bancaires :</p>
<p><a href="https://amaz0n-ca.com/remboursement/interac?ref=7024418831" style="background:#f0c14b;border:1px solid #a88734;padding:8px 20px;color:#000;text-decoration:none">Obtenir mon remboursement</a></p>
<p>Le lien est valide 48 heures.</p>
<p>Merci de magasiner chez Amazon.ca</p>
</body></html>
"""
    add("lookalike", L, "inventory_shortage", True, None, "amaz0n domain, Canadian French, refund lure, malformed order no.",
        custom(addr("Amazon.ca", "order-update@amaz0n-ca.com"), "client@example.ca",
               "Votre commande Amazon.ca a été annulée - remboursement en attente", "html", "utf-8", "base64", html_=h,
               trace=phish_trace("194.87.31.204", "mx1.amaz0n-ca.com", "order-update@amaz0n-ca.com", "amaz0n-ca.com", spf="pass", dmarc="none"),
               msgid_dom="amaz0n-ca.com"))

    t = """Bonjour,

Suite à votre demande, nous avons procédé à l'annulation de votre commande Amazon.com.be n° 404-77811-2093 d'un montant de 849,00 €.

Si vous n'avez PAS demandé cette annulation, votre compte a peut-être été compromis. Contactez immédiatement notre service client Belgique au 02 880 14 27 (du lundi au samedi, 8h-20h) en indiquant le code dossier BE-55172.

Amazon Belgique - Service Remboursements
"""
    add("lookalike", L, "customer_request", True, None, "outlook.com sender, claims customer-requested cancellation, callback number",
        custom(addr("Amazon Belgique", "amazon.be.remboursement@outlook.com"), "client@example.be",
               "Confirmation d'annulation de votre commande", "text", "utf-8", "quoted-printable", text=t,
               trace=freemail_trace("outlook", "amazon.be.remboursement@outlook.com"), msgid_dom="PAXP193MB1742.EURP193.PROD.OUTLOOK.COM"))

    h = """<html><body>
<font face="Verdana" size="3"><b>AMAZON SECURITE</b></font><br><br>
Cher(e) client(e),<br><br>
Votre commande <b>sera annulée dans 48 heures</b> si vous ne confirmez pas votre identité.<br>
Une activité inhabituelle a été détectée sur votre compte.<br><br>
<a href="https://bit.ly/3amzn-fr-verif">CONFIRMER MON IDENTITE</a><br><br>
Si vous ignorez ce message, votre commande et votre compte seront bloqués.<br><br>
Amazon.fr
</body></html>
"""
    add("lookalike", L, "fraud_prevention", True, None, "yahoo sender, crude, no order number, 'will be cancelled' unless identity confirmed",
        custom(addr("Amazon Securite", "secure.amazon.fr@yahoo.com"), "client@example.fr",
               "URGENT : votre commande sera annulée", "html", "iso-8859-1", "base64", html_=h,
               trace=freemail_trace("yahoo", "secure.amazon.fr@yahoo.com"), msgid_dom="mail.yahoo.com"))

    o = "405-3391720-8840"
    d = fr_base("amazon.fr", "Amazon.fr", "Bonjour,", "Commande annulée", o,
                [("Samsung Galaxy Tab S9 FE 128 Go", "Vendu par Amazon EU S.à r.l.", 1, "449,00 €")],
                ["Une erreur technique est survenue lors du traitement de votre commande n° %s, qui a dû être annulée." % o,
                 ("html", "Pour que nous puissions la traiter à nouveau, veuillez confirmer vos informations de livraison et de paiement "
                          "<a href=\"https://amazon.com.fr-annulation.info/commande/confirmer\">en cliquant ici</a>."),
                 "Sans confirmation de votre part, le montant restera bloqué pendant 30 jours."],
                legal=["Amazon.fr ne vous demandera jamais votre mot de passe par e-mail.",
                       "© 1996-2025, Amazon.com, Inc. ou ses filiales."])
    home = "https://amazon.com.fr-annulation.info"
    d["nav"] = [("Vos commandes", home + "/commandes"), ("Votre compte", home + "/compte"), ("Amazon.fr", home)]
    d["order_href"] = home + "/commande"
    d["home"] = home
    m = genuine("amazon.fr", d, "alt", "utf-8", "base64", "x", "client@example.fr", "Votre commande Amazon.fr a été annulée", auth=False)
    m["from"] = addr("Amazοn.fr", "service@amazon.com.fr-annulation.info")
    m["reply_to"] = None
    m["trace"] = phish_trace("103.251.167.22", "amazon.com.fr-annulation.info", "service@amazon.com.fr-annulation.info",
                             "amazon.com.fr-annulation.info", spf="pass", dkim="pass", dmarc="pass")
    m["extra"] = []
    m["msgid"] = "<%s@amazon.com.fr-annulation.info>" % hexid(24)
    add("lookalike", L, "technical_issue", True, None, "Greek omicron in display name, amazon.com.<evil> domain, technical-error pretext", m)


# ================================================================== SPANISH

def es_legal(dom, mx=False):
    home = "https://www.%s" % dom
    brand = "Amazon.com.mx" if mx else "Amazon.es"
    if mx:
        return [
            ("html", "%s nunca te pedirá tu contraseña, los datos de tu tarjeta ni otra información personal por correo electrónico, "
                     "mensaje de texto o teléfono. Aprende a identificar correos de suplantación de identidad en nuestra página "
                     "<a href=\"%s/gp/help/customer/display.html?nodeId=GHFRQC5R6LBBKZ6M\">Correos electrónicos sospechosos</a>." % (brand, home)),
            "Si tu tarjeta venció o cambió de número, actualiza tu información de pago en Tu cuenta.",
            ("html", "Reporta cualquier correo sospechoso reenviándolo a <a href=\"mailto:stop-spoofing@amazon.com.mx\">stop-spoofing@amazon.com.mx</a>."),
            "Este correo electrónico fue enviado desde una dirección que no puede recibir correos. Por favor, no respondas a este mensaje.",
            "© 1996-2025, Amazon.com, Inc. o sus afiliados. Servicios Comerciales Amazon México, S. de R.L. de C.V., "
            "Av. Juan Salvador Agraz 73, Santa Fe, Cuajimalpa, 05348, Ciudad de México.",
        ]
    return [
        ("html", "Amazon.es nunca te pedirá que le facilites tu contraseña, tus datos bancarios ni otra información personal por "
                 "correo electrónico, SMS o teléfono. Para aprender a identificar correos de suplantación de identidad (phishing), "
                 "visita nuestra página de ayuda <a href=\"%s/gp/help/customer/display.html?nodeId=GHFRQC5R6LBBKZ6M\">Correos electrónicos sospechosos</a>." % home),
        "Si el número o la fecha de caducidad de tu tarjeta ha cambiado, actualiza tu información de pago en Mi cuenta.",
        ("html", "Informa de cualquier correo sospechoso reenviándolo a <a href=\"mailto:stop-spoofing@amazon.es\">stop-spoofing@amazon.es</a>."),
        "Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas. Por favor, no respondas a este mensaje.",
        "© 1996-2025, Amazon.com, Inc. o sus afiliados. Amazon EU S.à r.l., Sucursal en España, C/ Ramírez de Prado 5, 28045 Madrid.",
    ]


def es_base(dom, greeting, title, order, items, paras, closing=None, total=None, legal=None):
    mx = dom.endswith(".mx")
    brand = "Amazon.com.mx" if mx else "Amazon.es"
    home = "https://www.%s" % dom
    yo = "Tus pedidos" if mx else "Mis pedidos"
    return dict(brand=brand, home=home,
                nav=[(yo, home + "/gp/css/order-history?ref_=pe_%d_%d" % (random.randint(10 ** 6, 10 ** 7), random.randint(10 ** 7, 10 ** 8))),
                     ("Tu cuenta" if mx else "Mi cuenta", home + "/gp/css/homepage.html?ref_=pe_ya"), (brand, home + "/?ref_=pe_hm")],
                title=title, order_label="Pedido #" if mx else "Pedido n.º", order=order,
                order_href=home + "/gp/css/summary/edit.html?orderID=%s" % order, greeting=greeting, paras=paras,
                item_heading="Artículos cancelados", qty_label="Cantidad:", items=items,
                total_label="Total cancelado:" if total else "", total=total,
                closing=closing or [("html", "Puedes consultar el estado de tus pedidos en cualquier momento en "
                                             "<a href=\"%s/gp/css/order-history\">%s</a>." % (home, yo))],
                bye="Saludos," if mx else "Atentamente,", legal=legal if legal is not None else es_legal(dom, mx),
                logo_loc="30" if not mx else "33")


def spanish():
    L = "es"
    TZ[0] = 1
    # ------------------------------------------------------------ notices
    o = "404-7719283-1102536"
    d = es_base("amazon.es", "Hola, Lucía:", "Artículo cancelado", o,
                [("Xiaomi Redmi Note 13 Pro 5G, 8 GB + 256 GB, Negro", "Vendido por TecnoDescuentos Online", 1, "289,00 EUR")],
                ["Te escribimos en relación con tu pedido n.º %s." % o,
                 "El vendedor TecnoDescuentos Online nos ha informado de que no puede enviar el artículo indicado a continuación "
                 "porque ya no dispone de existencias. Por este motivo, el artículo se ha cancelado.",
                 "No se ha realizado ningún cargo por este artículo. Si ya se hubiera efectuado, recibirás el reembolso en tu método "
                 "de pago original en un plazo de 3 a 5 días hábiles."])
    add("notice", L, "inventory_shortage", True, "amazon.es", "marketplace seller out of stock; latin-1 text only",
        genuine("amazon.es", d, "text", "iso-8859-1", "quoted-printable", "order-update", "lucia.fernandez@example.es",
                "Se ha cancelado un artículo de tu pedido de Amazon.es %s" % o, auth=False))

    o = "701-4419027-5583160"
    d = es_base("amazon.com.mx", "Hola, Alejandro:", "Tu pedido fue cancelado", o,
                [("Freidora de aire Cosori de 5.5 L, 1700 W, con 9 funciones", "Vendido por Amazon México", 1, "$1,899.00"),
                 ("Juego de 6 moldes de silicona para freidora de aire", "Vendido por HogarMX", 1, "$249.00")],
                ["No pudimos procesar el pago de tu pedido #%s con la tarjeta Banorte terminada en 3318, ya que la tarjeta está vencida." % o,
                 "Te enviamos un aviso para que actualizaras tu forma de pago. Como no recibimos una forma de pago válida antes de la "
                 "fecha límite, cancelamos tu pedido.",
                 "No se realizó ningún cargo. Si aún deseas estos productos, puedes volver a comprarlos en Amazon.com.mx con otra forma de pago."],
                total="$2,148.00")
    add("notice", L, "payment_issue", True, "amazon.com.mx", "expired card, payment revision deadline passed",
        genuine("amazon.com.mx", d, "alt", "utf-8", "quoted-printable", "payments-messages", "alejandro.ruiz@example.com.mx",
                "Tu pedido de Amazon.com.mx #%s fue cancelado" % o, auth=True, region="us-east-1"))

    o = "406-2281590-7736342"
    d = es_base("amazon.es", "Hola, Sergio:", "Pedido cancelado", o,
                [("Cecotec Robot aspirador Conga 2290 Ultra", "Vendido por Amazon EU S.à r.l.", 1, "149,90 €")],
                ["Lamentamos comunicarte que, debido a un error técnico en nuestros sistemas durante el procesamiento de tu pedido "
                 "n.º %s, no hemos podido completarlo y se ha cancelado." % o,
                 "No se ha realizado ningún cargo. Puedes volver a hacer el pedido cuando quieras; en la página del producto "
                 "verás el precio y la disponibilidad actuales.",
                 "Sentimos las molestias que esto te pueda ocasionar."], total="149,90 €")
    add("notice", L, "technical_issue", True, "amazon.es", "system/processing error; html only",
        genuine("amazon.es", d, "html", "utf-8", "quoted-printable", "order-update", "sergio.molina@example.es",
                "Tu pedido de Amazon.es %s ha sido cancelado" % o, auth=False))

    o = "702-9930184-2261743"
    d = es_base("amazon.com.mx", "Hola:", "Cuenta en espera y pedido cancelado", o,
                [("Consola PlayStation 5 Slim Edición Digital", "Vendido por Amazon México", 2, "$16,998.00")],
                ["Detectamos actividad inusual en tu cuenta de Amazon.com.mx. Para proteger tu cuenta, la pusimos en espera "
                 "temporalmente y cancelamos el pedido #%s." % o,
                 "Para reactivar tu cuenta, inicia sesión en Amazon.com.mx desde tu navegador o desde la app de Amazon y sigue las "
                 "instrucciones para verificar tu identidad y tu forma de pago. No hagas clic en vínculos de correos que te pidan datos personales.",
                 "No se realizó ningún cargo por este pedido."])
    add("notice", L, "fraud_prevention", True, "amazon.com.mx", "unusual activity, account on hold, verification; text 8bit",
        genuine("amazon.com.mx", d, "text", "utf-8", "8bit", "cs-reply", "clientes.mx.7731@example.com",
                "Tu pedido #%s fue cancelado" % o, auth=True, region="us-east-1"))

    o = "171-6630218-4478102"
    d = es_base("amazon.es", "Hola, Marta:", "Cancelación realizada correctamente", o,
                [("Nike Revolution 7, Zapatillas de running para Mujer, Blanco, 38 EU", "Vendido por Amazon EU S.à r.l.", 1, "44,99 €")],
                ["Hemos cancelado el siguiente artículo de tu pedido n.º %s, tal y como solicitaste." % o,
                 "Motivo de la cancelación: Cancelado por el cliente",
                 "Si ya se había realizado el cargo, recibirás el reembolso en tu método de pago original."],
                closing=["Esperamos volver a verte pronto."])
    add("notice", L, "customer_request", True, "amazon.es", "customer cancelled; base64 alt",
        genuine("amazon.es", d, "alt", "utf-8", "base64", "auto-confirm", "marta.iglesias@example.es",
                "Cancelación realizada correctamente: «Nike Revolution 7, Zapatillas de running...» de tu pedido de Amazon.es %s" % o,
                auth=False))

    o = "701-3358821-9904417"
    d = es_base("amazon.com.mx", "Hola, Fernanda:", "Tu pedido fue cancelado", o,
                [("Licuadora Oster de 10 velocidades, vaso de vidrio de 1.25 L", "Vendido por Amazon México", 1, "$1,149.00")],
                ["Lamentamos informarte que no pudimos entregar tu pedido #%s: la paquetería no logró localizar la dirección de envío "
                 "y el paquete fue devuelto a nuestro centro de distribución. Por este motivo, el pedido fue cancelado." % o,
                 "Emitiremos un reembolso completo a tu forma de pago original en los próximos 3 a 5 días hábiles.",
                 "Te recomendamos revisar tu dirección en Tu cuenta > Tus direcciones antes de volver a comprar."])
    add("notice", L, "unknown", True, "amazon.com.mx", "address undeliverable, package returned -> cancelled",
        genuine("amazon.com.mx", d, "alt", "utf-8", "quoted-printable", "order-update", "fernanda.lopez@example.com.mx",
                "Tu pedido de Amazon.com.mx #%s fue cancelado" % o, auth=True, region="us-east-1"))

    # ---------------------------------------------------------- non-notices
    TZ[0] = 1
    pcc_txt = """Hola, Javier:

Sentimos comunicarte que tu pedido 24031512345 ha sido cancelado.

Nuestro proveedor nos ha confirmado que no podrá suministrar el siguiente producto en el plazo previsto:
  - MSI GeForce RTX 4070 SUPER Ventus 2X OC 12GB GDDR6X - 629,90 €

El importe se reembolsará mediante Amazon Pay, el mismo método que utilizaste para pagar. Lo verás reflejado en tu cuenta de Amazon en un plazo de 3 a 5 días hábiles.

Si quieres, nuestro equipo puede ayudarte a encontrar una alternativa: responde a este correo o llámanos.

Un saludo,
Equipo de Atención al Cliente de PcComponentes
"""
    pcc_html = "<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#333\">" \
               "<div style=\"background:#ff6000;padding:14px;color:#fff;font-size:20px\"><b>PcComponentes</b></div><div style=\"padding:18px\">" + \
               "".join("<p>%s</p>" % esc(x).replace("\n", "<br>") for x in pcc_txt.strip().split("\n\n")) + "</div></body></html>\n"
    add("non_notice", L, None, False, None, "PcComponentes order cancelled; refund via Amazon Pay",
        custom(addr("PcComponentes", "pedidos@pccomponentes.com"), "javier.ortega@example.es",
               "Tu pedido 24031512345 ha sido cancelado", "alt", "utf-8", "quoted-printable", pcc_txt, pcc_html,
               msgid_dom="pccomponentes.com"))

    TZ[0] = -6
    colleague = """Hola Lupita,

Ya cancelé el pedido de Amazon de las sillas para la sala de juntas; el vendedor cambió la fecha de entrega a tres semanas y no nos sirve para la visita del cliente. Ya me llegó la confirmación de la cancelación, así que no se va a cargar a la tarjeta corporativa.

Mañana cotizo con Office Depot y te paso las opciones antes de las 12.

Saludos,
Rodrigo Salinas
Compras | Grupo Ejemplo
Tel. 55 5555 0192
"""
    add("non_notice", L, None, False, None, "colleague says he cancelled an Amazon order (Mexico)",
        custom(addr("Rodrigo Salinas", "rsalinas@grupo-ejemplo.com.mx"), addr("Guadalupe Méndez", "gmendez@grupo-ejemplo.com.mx"),
               "sillas sala de juntas", "text", "utf-8", "quoted-printable", text=colleague,
               extra=[("X-Mailer", "Microsoft Outlook 16.0")], msgid_dom="grupo-ejemplo.com.mx"))

    TZ[0] = 1
    blog = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Boletín de seguridad para usuarios - Edición quincenal</h2>
<h3>Aviso: campaña de correos falsos que suplantan a Amazon</h3>
<p>Se ha detectado una campaña de correos fraudulentos con asuntos como <i>"Tu pedido de Amazon ha sido cancelado"</i> o <i>"Problema con tu pago: pedido cancelado"</i>. En el mensaje se indica que el pedido se ha cancelado por un problema con el método de pago y se invita a pulsar un enlace para "reactivarlo", que lleva a una página que imita el inicio de sesión de Amazon.</p>
<p><b>¿Cómo protegerte?</b></p>
<ul>
<li>Comprueba el remitente y no te fíes solo del nombre que aparece.</li>
<li>Accede a tus pedidos escribiendo tú mismo la dirección en el navegador.</li>
<li>Si ya has introducido tus datos, cambia tu contraseña y contacta con tu banco.</li>
</ul>
<p>También en este boletín: cómo configurar la verificación en dos pasos en tus redes sociales.</p>
<p style="font-size:10px;color:#888">Recibes este boletín porque te suscribiste en boletin-seguridad.example. <a href="https://boletin-seguridad.example/baja">Darse de baja</a></p>
</body></html>
"""
    add("non_notice", L, None, False, None, "security bulletin about fake Amazon cancellation mails; latin-1 html",
        custom(addr("Boletín de Seguridad", "boletin@boletin-seguridad.example", "iso-8859-1"), "suscriptor.2291@example.es",
               "Aviso: correos falsos de Amazon sobre pedidos cancelados", "html", "iso-8859-1", "quoted-printable", html_=blog,
               extra=[("List-Unsubscribe", "<https://boletin-seguridad.example/baja>"), ("Precedence", "bulk")],
               msgid_dom="boletin-seguridad.example"))

    d = es_base("amazon.es", "Hola, Pablo:", "Se ha cancelado tu suscripción a Kindle Unlimited", None, [],
                ["Te confirmamos que hemos cancelado tu suscripción a Kindle Unlimited, tal y como solicitaste.",
                 "Podrás seguir leyendo los títulos de Kindle Unlimited hasta el final de tu periodo de facturación actual, el 3 de julio de 2025. "
                 "A partir de esa fecha, los títulos que hayas tomado prestados se devolverán automáticamente.",
                 "Si cambias de opinión, puedes volver a suscribirte en cualquier momento desde Gestionar mi suscripción a Kindle Unlimited."],
                closing=["Gracias por leer con Kindle."])
    add("non_notice", L, None, False, None, "Kindle Unlimited subscription cancelled",
        genuine("amazon.es", d, "alt", "utf-8", "quoted-printable", "digital-no-reply", "pablo.navarro@example.es",
                "Se ha cancelado tu suscripción a Kindle Unlimited", auth=True))

    o = "702-1184460-3359271"
    d = es_base("amazon.com.mx", "Hola, Daniela:", "Actualiza tu forma de pago", o,
                [("Smart TV Samsung 55\" Crystal UHD 4K UN55DU7000", "Vendido por Amazon México", 1, "$8,499.00")],
                ["Tu banco rechazó el cargo de tu pedido #%s con la tarjeta terminada en 5521." % o,
                 "Para evitar que cancelemos tu pedido, actualiza tu forma de pago en Tus pedidos antes del 18 de mayo. "
                 "Selecciona el pedido y haz clic en \"Cambiar forma de pago\".",
                 "Tu pedido sigue activo y no se ha realizado ningún cargo."],
                closing=["Gracias por comprar en Amazon.com.mx."])
    d["item_heading"] = "Productos pendientes de pago"
    add("non_notice", L, None, False, None, "genuine payment-update reminder BEFORE cancellation (Mexico)",
        genuine("amazon.com.mx", d, "alt", "utf-8", "base64", "payments-messages", "daniela.castro@example.com.mx",
                "Actualiza tu forma de pago para evitar la cancelación del pedido #%s" % o, auth=False, region="us-east-1"))

    o = "408-5527130-6619024"
    d = es_base("amazon.es", "Hola, Carmen:", "Hemos cancelado tu franja de entrega", o,
                [("Amazon Fresh: pedido de supermercado, 27 productos", "Vendido por Amazon Fresh", 1, "86,42 €")],
                ["Por una incidencia en nuestra red de reparto en tu zona, hemos tenido que cancelar la franja de entrega que "
                 "elegiste para hoy entre las 19:00 y las 21:00.",
                 "Tu pedido sigue activo y no se ha cancelado. Elige una nueva franja de entrega en Mis pedidos; los productos "
                 "refrigerados y congelados se prepararán de nuevo para la nueva franja.",
                 "Como disculpa, hemos añadido un cupón de 10 € a tu cuenta para tu próximo pedido de Amazon Fresh."])
    d["item_heading"] = "Tu pedido"
    add("non_notice", L, None, False, None, "Amazon Fresh delivery slot cancelled, order still active",
        genuine("amazon.es", d, "html", "utf-8", "quoted-printable", "order-update", "carmen.vidal@example.es",
                "Tu franja de entrega de Amazon Fresh ha sido cancelada", auth=True))

    # ------------------------------------------------------------ lookalikes
    TZ[0] = -6
    t = """Estimado cliente:

Le informamos que su pedido #701-8834-22917 por un iPhone 15 Pro (1 TB) con valor de $38,499.00 MXN fue CANCELADO debido a actividad sospechosa en su cuenta.

Si usted no reconoce esta compra, comuníquese de inmediato a nuestra línea de atención:

    55 5555 4169 (sin costo, 24 horas)

Si no se comunica en las próximas 24 horas, el cargo será aplicado a su tarjeta.

Atentamente,
Soporte Amazon México
"""
    add("lookalike", L, "fraud_prevention", True, None, "gmail sender, callback phone, malformed order number (Mexico)",
        custom(addr("Amazon México", "soporte.amazonmx.atencion@gmail.com"), "cliente@example.com.mx",
               "Su pedido fue cancelado - comuníquese con nosotros", "text", "utf-8", "8bit", text=t,
               trace=freemail_trace("gmail", "soporte.amazonmx.atencion@gmail.com"), msgid_dom="mail.gmail.com"))

    TZ[0] = 1
    h = """<html><body style="font-family:Arial,Helvetica,sans-serif;background:#eaeded;padding:20px">
<table width="580" align="center" style="background:#fff;border-radius:6px" cellpadding="20"><tr><td>
<img src="https://amazon-es-cuenta.com/assets/logo.png" width="96" alt="amazon.es">
<h2 style="font-weight:normal">Tu cuenta ha sido suspendida</h2>
<p>Hola,</p>
<p>Hemos bloqueado temporalmente tu cuenta de Amazon por motivos de seguridad y tu pedido <b>406-1182-993317</b> ha sido cancelado.</p>
<p>Para desbloquear tu cuenta introduce el siguiente código en la página de verificación:</p>
<div style="font-size:28px;font-weight:bold;text-align:center;letter-spacing:6px;border:1px dashed #999;padding:10px">591 772</div>
<p style="text-align:center"><a href="https://amazon-es-cuenta.com/desbloqueo" style="background:#ffa41c;padding:10px 24px;color:#000;text-decoration:none;border-radius:20px">Verificar ahora</a></p>
<p>Si no verificas tu cuenta en 24 horas se cerrará de forma permanente.</p>
<p>Gracias,<br>Equipo de Seguridad de Amazon</p>
</td></tr></table></body></html>
"""
    add("lookalike", L, "fraud_prevention", True, None, "Cyrillic о in display name, look-alike domain, suspended + code",
        custom(addr("Amazоn.es", "seguridad@amazon-es-cuenta.com"), "cliente@example.es",
               "Cuenta suspendida: tu pedido ha sido cancelado", "html", "utf-8", "quoted-printable", html_=h,
               trace=phish_trace("5.188.62.140", "mail.amazon-es-cuenta.com", "seguridad@amazon-es-cuenta.com", "amazon-es-cuenta.com",
                                 spf="pass", dkim="pass", dmarc="pass"),
               msgid_dom="amazon-es-cuenta.com"))

    t = """Estimado/a cliente:

No ha sido posible cobrar el importe de su pedido 403-5512-77 porque su banco ha rechazado la operación. Por este motivo su pedido ha sido cancelado.

Para volver a activar el pedido, responda a este correo con los siguientes datos:

  Titular de la tarjeta:
  Número de tarjeta:
  Fecha de caducidad:
  Código CVV:
  DNI:

Una vez recibidos, nuestro departamento de pagos procesará de nuevo el pedido en un plazo de 24 horas.

Departamento de Pagos
Amazon España
"""
    add("lookalike", L, "payment_issue", True, None, "amazon-orders.help, reply with card details; latin-1",
        custom(addr("Departamento de Pagos Amazon", "pagos@amazon-orders.help"), "cliente@example.es",
               "Pedido cancelado - pago rechazado", "text", "iso-8859-1", "quoted-printable", text=t,
               reply_to="pagos.amazon.es@hotmail.com",
               trace=phish_trace("45.142.120.77", "vps-4410.hostnet.example", "info@amazon-orders.help", "amazon-orders.help"),
               msgid_dom="amazon-orders.help"))

    o = "171-2204917-5538240"
    evil = "https://amazon.es.pedidos-verificacion.click/es/ap/signin?pedido=1712204917"
    d = es_base("amazon.es", "Hola:", "Tu pedido será cancelado", o,
                [("Apple MacBook Air 13\" chip M3, 8 GB RAM, 256 GB SSD", "Vendido por Amazon EU S.à r.l.", 1, "1.199,00 €")],
                ["No hemos podido verificar el método de pago de tu pedido n.º %s." % o,
                 "Si no actualizas tu información de pago en las próximas 24 horas, tu pedido será cancelado automáticamente.",
                 ("html", "Actualiza tus datos aquí: <a href=\"%s\">https://www.amazon.es/gp/css/order-history</a>" % evil)])
    d["nav"] = [("Mis pedidos", evil), ("Mi cuenta", evil), ("Amazon.es", evil)]
    d["order_href"] = evil
    d["item_heading"] = "Detalles del pedido"
    d["closing"] = [("html", "Gracias por comprar en <a href=\"%s\">www.amazon.es</a>." % evil)]
    m = genuine("amazon.es", d, "alt", "utf-8", "quoted-printable", "x", "cliente@example.es",
                "Acción necesaria: tu pedido de Amazon.es será cancelado", auth=False)
    m["from"] = addr("Amazon.es", "pedidos@amazon.es.pedidos-verificacion.click")
    m["reply_to"] = None
    m["trace"] = phish_trace("91.215.85.151", "pedidos-verificacion.click", "www-data@pedidos-verificacion.click",
                             "amazon.es.pedidos-verificacion.click", dmarc="fail")
    m["extra"] = [("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")]
    m["msgid"] = "<%s@amazon.es.pedidos-verificacion.click>" % hexid(32)
    add("lookalike", L, "payment_issue", True, None, "polished template copy; link text amazon.es, href elsewhere; will be cancelled", m)

    TZ[0] = -6
    h = """<html><body style="font-family:Arial;font-size:15px;color:#222">
<div style="max-width:560px;margin:auto">
<p style="background:#131921;padding:12px"><img src="https://cancelaciones-mx.site/img/amz.png" width="90" alt="amazon"></p>
<p>Hola,</p>
<p>Tu pedido ha sido cancelado.</p>
<p>Tienes un reembolso pendiente de <b>$4,599.00 MXN</b>. Para recibirlo en tu cuenta, confirma tus datos bancarios:</p>
<p><a href="https://amazon.com.mx.cancelaciones-mx.site/reembolso" style="background:#febd69;padding:10px 20px;color:#111;text-decoration:none">Recibir mi reembolso</a></p>
<p>Amazon.com.mx</p>
</div></body></html>
"""
    add("lookalike", L, "unknown", False, None, "Cyrillic о in display name, amazon.com.mx.<evil> domain, no order no., no reason",
        custom(addr("Amazоn.com.mx", "notificaciones@amazon.com.mx.cancelaciones-mx.site"), "cliente@example.com.mx",
               "Tu pedido de Amazon.com.mx fue cancelado", "html", "utf-8", "base64", html_=h,
               trace=phish_trace("193.143.1.38", "cancelaciones-mx.site", "bounce@cancelaciones-mx.site",
                                 "amazon.com.mx.cancelaciones-mx.site"),
               msgid_dom="cancelaciones-mx.site"))

    TZ[0] = 1
    t = """Hola,

Debido a un error en nuestro sistema de pagos, tu pedido Amazon n.º 405-88123-4410 ha sido cancelado automáticamente.

Para volver a procesarlo sin coste adicional, accede al siguiente enlace e introduce de nuevo tus datos de acceso y de pago:
https://amazon-es-soporte.web.app/reprocesar

Si no lo haces en 48 horas, perderás el precio promocional.

Atención al Cliente Amazon
"""
    add("lookalike", L, "technical_issue", True, None, "outlook.es sender, 'system error' pretext, hosted link",
        custom(addr("Amazon Atención al Cliente", "atencion.amazon.es@outlook.es"), "cliente@example.es",
               "Error en tu pedido: cancelado automáticamente", "text", "utf-8", "quoted-printable", text=t,
               trace=freemail_trace("outlook", "atencion.amazon.es@outlook.es"), msgid_dom="DB9P192MB1833.EURP192.PROD.OUTLOOK.COM"))

    h = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://amaz0n.es/img/logo-es.png" width="100"></p>
<p>Hola,</p>
<p>Lamentamos informarte que tu pedido n.º 404-3319902-7712 ha sido cancelado porque el producto <b>Samsung Galaxy S24 Ultra</b> está agotado.</p>
<p>Tienes un reembolso de <b>289,00 €</b> pendiente. Para reclamarlo, pulsa el botón y confirma tu tarjeta:</p>
<p><a href="https://amaz0n.es/reembolso?id=4043319902" style="background:#f0c14b;padding:8px 18px;color:#000;text-decoration:none;border:1px solid #a88734">Solicitar reembolso</a></p>
<p>Gracias por tu confianza.<br>Amazon.es</p>
</body></html>
"""
    add("lookalike", L, "inventory_shortage", True, None, "amaz0n.es domain, out-of-stock refund lure, malformed order no.; 8bit",
        custom(addr("Amazon.es", "no-reply@amaz0n.es"), "cliente@example.es",
               "Tu pedido ha sido cancelado - reembolso pendiente", "html", "utf-8", "8bit", html_=h,
               trace=phish_trace("194.87.31.210", "mx.amaz0n.es", "no-reply@amaz0n.es", "amaz0n.es", spf="pass", dmarc="none"),
               msgid_dom="amaz0n.es"))

    t = """ESTIMADO CLIENTE

SU PEDIDO AMAZON FUE CANCELADO A PETICION SUYA. SI USTED NO SOLICITO LA CANCELACION LLAME INMEDIATAMENTE AL 900 000 318 PARA EVITAR EL CARGO DE 749,99 EUROS EN SU TARJETA.

AMAZON SERVICIO AL CLIENTE
"""
    add("lookalike", L, "customer_request", True, None, "hotmail sender, all caps, no order number, callback",
        custom(addr("AMAZON", "amazon.servicio.cliente@hotmail.com"), "cliente@example.es",
               "SU PEDIDO FUE CANCELADO", "text", "iso-8859-1", "8bit", text=t,
               trace=freemail_trace("hotmail", "amazon.servicio.cliente@hotmail.com"), msgid_dom="AM9P191MB1290.EURP191.PROD.OUTLOOK.COM"))


# =============================================================== PORTUGUESE

def pt_legal():
    home = "https://www.amazon.com.br"
    return [
        ("html", "A Amazon.com.br nunca solicitará sua senha, os dados do seu cartão ou outras informações pessoais por e-mail, "
                 "SMS ou telefone. Saiba como identificar e-mails falsos (phishing) na nossa página de ajuda "
                 "<a href=\"%s/gp/help/customer/display.html?nodeId=GHFRQC5R6LBBKZ6M\">E-mails suspeitos</a>." % home),
        "Se o número ou a data de validade do seu cartão mudou, atualize suas informações de pagamento em Sua conta.",
        ("html", "Denuncie e-mails suspeitos encaminhando-os para <a href=\"mailto:stop-spoofing@amazon.com.br\">stop-spoofing@amazon.com.br</a>."),
        "Este e-mail foi enviado de um endereço que não pode receber mensagens. Por favor, não responda.",
        "© 1996-2025, Amazon.com, Inc. ou suas afiliadas. Amazon Serviços de Varejo do Brasil Ltda., "
        "Av. Presidente Juscelino Kubitschek, 2041, Torre E, São Paulo - SP, 04543-011.",
    ]


def pt_base(greeting, title, order, items, paras, closing=None, total=None, legal=None, home="https://www.amazon.com.br"):
    brand = "Amazon.com.br"
    return dict(brand=brand, home=home,
                nav=[("Seus pedidos", home + "/gp/css/order-history?ref_=pe_%d_%d" % (random.randint(10 ** 6, 10 ** 7), random.randint(10 ** 7, 10 ** 8))),
                     ("Sua conta", home + "/gp/css/homepage.html?ref_=pe_sc"), (brand, home + "/?ref_=pe_hm")],
                title=title, order_label="Pedido nº", order=order,
                order_href=home + "/gp/css/summary/edit.html?orderID=%s" % order, greeting=greeting, paras=paras,
                item_heading="Itens cancelados", qty_label="Quantidade:", items=items,
                total_label="Total cancelado:" if total else "", total=total,
                closing=closing or [("html", "Acompanhe todos os seus pedidos em <a href=\"%s/gp/css/order-history\">Seus pedidos</a>." % home)],
                bye="Atenciosamente,", legal=legal if legal is not None else pt_legal(), logo_loc="32")


def portuguese():
    L = "pt"
    TZ[0] = -3
    B = "amazon.com.br"
    # ------------------------------------------------------------ notices
    o = "702-6618204-3391057"
    d = pt_base("Olá, Rafael,", "Item de pré-venda cancelado", o,
                [("EA SPORTS FC 25 - Edição Padrão - PlayStation 5 (Pré-venda)", "Vendido por Amazon.com.br", 1, "R$ 349,90")],
                ["Infelizmente, não conseguiremos atender à sua pré-venda do item abaixo, referente ao pedido nº %s." % o,
                 "O fornecedor nos informou que a quantidade entregue à Amazon foi menor do que a prevista e não temos estoque "
                 "suficiente para todas as reservas. Por isso, cancelamos o item.",
                 "Nenhuma cobrança foi feita no seu cartão de crédito."], total="R$ 349,90")
    add("notice", L, "inventory_shortage", True, B, "pre-order cannot be filled (supplier shortfall)",
        genuine(B, d, "alt", "utf-8", "quoted-printable", "order-update", "rafael.souza@example.com.br",
                "Seu pedido Amazon.com.br nº %s foi cancelado" % o, auth=True, region="us-east-1"))

    o = "701-2057731-8846215"
    d = pt_base("Olá, Patrícia,", "Pedido cancelado", o,
                [("Cadeira Gamer ThunderX3 TGC12, Preta", "Vendido por Amazon.com.br", 1, "R$ 1.099,00")],
                ["Não identificamos o pagamento do boleto bancário referente ao pedido nº %s até a data de vencimento." % o,
                 "Como o pagamento não foi confirmado dentro do prazo, o pedido foi cancelado automaticamente. Se você já pagou "
                 "o boleto, o valor será devolvido em até 10 dias úteis após a compensação.",
                 "Se ainda quiser o produto, faça um novo pedido e escolha Pix ou cartão de crédito para uma aprovação mais rápida."])
    add("notice", L, "payment_issue", True, B, "boleto not paid by due date; latin-1 text only",
        genuine(B, d, "text", "iso-8859-1", "quoted-printable", "payments-messages", "patricia.almeida@example.com.br",
                "Pedido %s cancelado: pagamento não identificado" % o, auth=False, region="us-east-1"))

    o = "702-4471903-2208816"
    d = pt_base("Olá, Bruno,", "Item cancelado", o,
                [("Smart TV LG 65\" 4K UHD ThinQ AI 65UR8750PSA", "Vendido por Amazon.com.br", 1, "R$ 39,90")],
                ["Identificamos um erro no preço anunciado do produto abaixo no momento da sua compra (R$ 39,90 em vez de R$ 3.999,00).",
                 "Por esse motivo, o item foi cancelado do seu pedido nº %s. Os demais itens do pedido, se houver, serão enviados normalmente." % o,
                 "O valor pago será estornado integralmente na forma de pagamento original."])
    add("notice", L, "technical_issue", True, B, "pricing error; base64 alt",
        genuine(B, d, "alt", "utf-8", "base64", "order-update", "bruno.lima@example.com.br",
                "Um item do seu pedido Amazon.com.br nº %s foi cancelado" % o, auth=True, region="us-east-1"))

    o = "701-9183364-0052718"
    d = pt_base("Olá,", "Conta em espera", o,
                [("Apple iPhone 15 (128 GB) - Preto", "Vendido por Amazon.com.br", 1, "R$ 5.299,00")],
                ["Identificamos uma atividade incomum na sua conta. Por segurança, colocamos a conta em espera e cancelamos o pedido nº %s." % o,
                 "Para reativar sua conta, acesse www.amazon.com.br digitando o endereço no navegador ou abra o app da Amazon, "
                 "faça login e siga as instruções para confirmar sua identidade. Pode ser necessário enviar um comprovante de "
                 "endereço. Nunca pedimos esses dados por e-mail.",
                 "Nenhum valor foi cobrado por este pedido."])
    add("notice", L, "fraud_prevention", True, B, "account on hold, identity verification; html only 8bit",
        genuine(B, d, "html", "utf-8", "8bit", "order-update", "cliente.br.5512@example.com",
                "Pedido nº %s cancelado – verificação de conta necessária" % o, auth=False, region="us-east-1"))

    o = "702-3319045-7720981"
    d = pt_base("Olá, Juliana,", "Cancelamento realizado com sucesso", o,
                [("Kit 3 Potes Herméticos Electrolux de Vidro com Tampa", "Vendido por Amazon.com.br", 1, "R$ 129,90")],
                ["Conforme sua solicitação, cancelamos o pedido nº %s." % o,
                 "Motivo do cancelamento: Cancelado pelo cliente",
                 "Se o pagamento já tiver sido aprovado, o estorno aparecerá na fatura do seu cartão em até duas faturas, "
                 "de acordo com o prazo da operadora."],
                closing=["Esperamos vê-la novamente em breve."])
    add("notice", L, "customer_request", True, B, "customer cancelled; text only",
        genuine(B, d, "text", "utf-8", "quoted-printable", "auto-confirm", "juliana.costa@example.com.br",
                "Cancelamento do pedido %s realizado com sucesso" % o, auth=True, region="us-east-1"))

    o = "701-5530287-6614093"
    d = pt_base("Olá, Eduardo,", "Seu pedido foi cancelado", o,
                [("Fone de Ouvido JBL Tune 520BT Bluetooth, Azul", "Vendido por Amazon.com.br", 1, "R$ 249,00"),
                 ("Cabo USB-C Anker 1,8 m", "Vendido por Amazon.com.br", 2, "R$ 79,80")],
                ["Seu pedido nº %s foi cancelado." % o,
                 "Se houve alguma cobrança, o valor será reembolsado na forma de pagamento original."],
                closing=[("html", "Em caso de dúvidas, acesse a <a href=\"https://www.amazon.com.br/gp/help/customer/display.html\">Ajuda</a>.")],
                total="R$ 328,80")
    add("notice", L, "unknown", False, B, "no reason given; latin-1 alt",
        genuine(B, d, "alt", "iso-8859-1", "quoted-printable", "order-update", "eduardo.pereira@example.com.br",
                "Seu pedido Amazon.com.br nº %s foi cancelado" % o, auth=False, region="us-east-1"))

    # ---------------------------------------------------------- non-notices
    ml_txt = """Olá, Vanessa!

O vendedor cancelou sua compra.

Produto: Air Fryer Mondial 4L AFN-40-BI - R$ 389,90
Número da compra: 2000008317726451

Mensagem do vendedor: "Pedimos desculpas, o último item em estoque foi vendido na nossa loja da Amazon antes de atualizarmos o anúncio aqui."

Devolvemos o dinheiro para o seu cartão. O valor aparecerá na próxima fatura ou na seguinte, dependendo do banco.

Mercado Livre
"""
    ml_html = "<html><body style=\"font-family:Proxima Nova,Arial,sans-serif;background:#ededed\"><table width=\"560\" align=\"center\" " \
              "style=\"background:#fff\" cellpadding=\"24\"><tr><td style=\"background:#fff159\"><b>mercado livre</b></td></tr><tr><td>" + \
              "".join("<p>%s</p>" % esc(x).replace("\n", "<br>") for x in ml_txt.strip().split("\n\n")) + "</td></tr></table></body></html>\n"
    add("non_notice", L, None, False, None, "Mercado Livre seller cancelled; seller note mentions their Amazon store",
        custom(addr("Mercado Livre", "info@mercadolivre.com"), "vanessa.rocha@example.com.br",
               "O vendedor cancelou sua compra", "alt", "utf-8", "quoted-printable", ml_txt, ml_html,
               msgid_dom="mercadolivre.com"))

    friend = """Oi Bia!

Cancelei o pedido da Amazon do presente do Léo, achei o mesmo Lego mais barato na loja do shopping e ainda chega antes do aniversário. Já veio o e-mail de cancelamento, então não vai cair nada no cartão.

Você ainda quer dividir comigo? Fica R$ 180 pra cada.

Beijo,
Carol
"""
    add("non_notice", L, None, False, None, "friend says she cancelled her Amazon order; 8bit",
        custom(addr("Carolina Mendes", "carol.mendes@example.com.br"), addr("Beatriz Nunes", "bia.nunes@example.com.br"),
               "presente do Léo", "text", "utf-8", "8bit", text=friend,
               extra=[("X-Mailer", "iPhone Mail (21F90)")], msgid_dom="example.com.br"))

    news = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;max-width:600px;margin:auto">
<h1 style="color:#0b63ce">Radar Tech - Resumo da semana</h1>
<h2>Golpe do falso cancelamento: e-mail "Seu pedido Amazon foi cancelado" promete reembolso via Pix</h2>
<p>Criminosos estão disparando mensagens com o assunto "Seu pedido Amazon.com.br foi cancelado - reembolso disponível". O texto diz que o produto está esgotado e pede que a vítima "confirme a chave Pix" para receber o estorno. O link leva a uma página falsa que rouba dados bancários.</p>
<p><b>Como se proteger:</b> confira o domínio do remitente, nunca informe senhas ou códigos recebidos por SMS e consulte seus pedidos diretamente no app.</p>
<h2>Outras notícias</h2>
<p>Operadoras anunciam fim do 3G em mais cidades; novo recurso do WhatsApp permite ocultar o número em grupos.</p>
<p style="font-size:11px;color:#888">Você recebe esta newsletter porque se cadastrou no Radar Tech. <a href="https://radartech.example/descadastrar">Descadastrar</a></p>
</body></html>
"""
    add("non_notice", L, None, False, None, "tech newsletter about fake Amazon cancellation scam (Pix refund)",
        custom(addr("Radar Tech", "newsletter@radartech.example"), "leitor.8812@example.com.br",
               "Golpe do falso cancelamento da Amazon e mais notícias da semana", "alt", "utf-8", "base64",
               strip_tags(news).replace("\n\n", "\n"), news,
               extra=[("List-Unsubscribe", "<https://radartech.example/descadastrar>"), ("Precedence", "bulk")],
               msgid_dom="radartech.example"))

    d = pt_base("Olá, Felipe,", "Assinatura do Amazon Music Unlimited cancelada", None, [],
                ["Confirmamos o cancelamento da sua assinatura do Amazon Music Unlimited (Plano Individual).",
                 "Você continuará com acesso ao catálogo completo até o fim do período já pago, em 21 de agosto de 2025. "
                 "Depois dessa data, você ainda poderá ouvir músicas incluídas no Prime, se for membro.",
                 "Mudou de ideia? Você pode reativar sua assinatura a qualquer momento em Configurações do Amazon Music."],
                closing=["Obrigado por ouvir com o Amazon Music."])
    add("non_notice", L, None, False, None, "Amazon Music Unlimited subscription cancelled",
        genuine(B, d, "html", "utf-8", "quoted-printable", "digital-no-reply", "felipe.araujo@example.com.br",
                "Sua assinatura do Amazon Music Unlimited foi cancelada", auth=False, region="us-east-1"))

    o = "702-8804127-5561930"
    d = pt_base("Olá, Renata,", "Pagamento pendente", o,
                [("Notebook Lenovo IdeaPad Slim 3 Ryzen 7, 16 GB, 512 GB SSD", "Vendido por Amazon.com.br", 1, "R$ 3.649,00")],
                ["O pagamento do seu pedido nº %s não foi autorizado pela operadora do cartão terminado em 7740." % o,
                 "Para que o pedido não seja cancelado, atualize a forma de pagamento em Seus pedidos até 14/05. "
                 "Selecione o pedido e clique em \"Alterar forma de pagamento\".",
                 "Seu pedido continua ativo e nenhum valor foi cobrado."])
    d["item_heading"] = "Itens aguardando pagamento"
    add("non_notice", L, None, False, None, "genuine payment reminder, order not (yet) cancelled",
        genuine(B, d, "text", "utf-8", "quoted-printable", "payments-messages", "renata.silva@example.com.br",
                "Ação necessária: atualize o pagamento do pedido %s" % o, auth=True, region="us-east-1"))

    o = "701-6627715-1904382"
    d = pt_base("Olá, Marcelo,", "Agendamento de entrega cancelado", o,
                [("Geladeira Brastemp Frost Free Duplex 375 L Inox BRM45JK", "Vendido por Amazon.com.br", 1, "R$ 3.899,00")],
                ["A transportadora cancelou o agendamento de entrega previsto para sábado, das 8h às 12h, por indisponibilidade de veículo na sua região.",
                 "Seu pedido não foi cancelado. Escolha uma nova data de entrega em Seus pedidos. Se preferir, a transportadora "
                 "entrará em contato por telefone para reagendar."])
    d["item_heading"] = "Item a ser entregue"
    add("non_notice", L, None, False, None, "delivery appointment cancelled, order active; 8bit alt",
        genuine(B, d, "alt", "utf-8", "8bit", "order-update", "marcelo.ribeiro@example.com.br",
                "Seu agendamento de entrega do pedido %s foi cancelado" % o, auth=True, region="us-east-1"))

    # ------------------------------------------------------------ lookalikes
    t = """Olá,

Confirmamos o cancelamento do seu pedido #702-991-22871 (Smartphone Samsung Galaxy S24 Ultra 512GB - R$ 7.499,00), conforme solicitado.

Se você NÃO solicitou este cancelamento, sua conta pode ter sido acessada por terceiros. Ligue agora para a Central de Segurança Amazon:

    0800 000 2247  (ligação gratuita, 24h)

Tenha em mãos o protocolo 88217-BR.

Equipe Amazon Brasil
"""
    add("lookalike", L, "customer_request", True, None, "gmail sender, 'as requested' cancellation + callback number, malformed order no.",
        custom(addr("Amazon Brasil", "central.amazonbr.atendimento@gmail.com"), "cliente@example.com.br",
               "Cancelamento do seu pedido confirmado", "text", "utf-8", "quoted-printable", text=t,
               trace=freemail_trace("gmail", "central.amazonbr.atendimento@gmail.com"), msgid_dom="mail.gmail.com"))

    h = """<html><body style="font-family:Arial,sans-serif;background:#f2f2f2;padding:16px">
<div style="max-width:580px;margin:auto;background:#fff;padding:24px;border-top:4px solid #ff9900">
<img src="https://amazon-br-seguranca.com/static/logo.png" width="100" alt="amazon">
<h2 style="font-weight:normal">Sua conta foi suspensa</h2>
<p>Olá,</p>
<p>Detectamos um acesso não autorizado e, por segurança, sua conta Amazon foi <b>suspensa</b>. O pedido <b>#701-4829-117</b> foi cancelado.</p>
<p>Use o código abaixo para reativar sua conta e recuperar o pedido:</p>
<p style="font-size:30px;text-align:center;letter-spacing:5px;background:#fff8e5;padding:12px"><b>BR-40917</b></p>
<p style="text-align:center"><a href="https://amazon-br-seguranca.com/reativar?c=BR40917" style="background:#ffd814;padding:10px 24px;border-radius:8px;color:#0f1111;text-decoration:none">Reativar minha conta</a></p>
<p>Se a conta não for reativada em 12 horas, ela será encerrada definitivamente.</p>
<p>Equipe de Segurança Amazon</p>
</div></body></html>
"""
    add("lookalike", L, "fraud_prevention", True, None, "Greek Alpha in display name, look-alike domain, suspended + code; base64 html",
        custom(addr("Αmazon", "conta@amazon-br-seguranca.com"), "cliente@example.com.br",
               "Conta suspensa - pedido cancelado", "html", "utf-8", "base64", html_=h,
               trace=phish_trace("185.234.72.31", "mail.amazon-br-seguranca.com", "conta@amazon-br-seguranca.com", "amazon-br-seguranca.com",
                                 spf="pass", dkim="pass", dmarc="pass"),
               msgid_dom="amazon-br-seguranca.com"))

    t = """Prezado(a) cliente,

O pagamento do seu pedido 702-3301-88 foi recusado pela operadora do cartão e o pedido foi cancelado.

Para reativar o pedido, responda este e-mail informando:

  Nome completo:
  CPF:
  Número do cartão:
  Validade:
  Código de segurança (CVV):

Após o recebimento dos dados, o pedido será reprocessado em até 24 horas.

Departamento Financeiro
Amazon Brasil
"""
    add("lookalike", L, "payment_issue", True, None, "amazon-orders.help, reply with card details + CPF; latin-1 8bit",
        custom(addr("Amazon Financeiro", "financeiro@amazon-orders.help"), "cliente@example.com.br",
               "Pagamento recusado - pedido cancelado", "text", "iso-8859-1", "8bit", text=t,
               reply_to="financeiro.amazonbr@outlook.com",
               trace=phish_trace("45.142.120.93", "vps-7712.hostnet.example", "info@amazon-orders.help", "amazon-orders.help"),
               msgid_dom="amazon-orders.help"))

    o = "702-1195528-4470316"
    evil = "http://amazon.com.br.pedido-cancelado.live/ap/signin?pedido=7021195528"
    d = pt_base("Olá,", "Seu pedido será cancelado", o,
                [("Console Nintendo Switch OLED, Branco", "Vendido por Amazon.com.br", 1, "R$ 2.199,00")],
                ["Não conseguimos confirmar a forma de pagamento do seu pedido nº %s." % o,
                 "Se os dados de pagamento não forem atualizados em até 24 horas, o pedido será cancelado automaticamente.",
                 ("html", "Atualize seus dados aqui: <a href=\"%s\">https://www.amazon.com.br/minhas-compras</a>" % evil)],
                home="http://amazon.com.br.pedido-cancelado.live")
    d["nav"] = [("Seus pedidos", evil), ("Sua conta", evil), ("Amazon.com.br", evil)]
    d["order_href"] = evil
    d["item_heading"] = "Detalhes do pedido"
    d["closing"] = [("html", "Obrigado por comprar na <a href=\"%s\">www.amazon.com.br</a>." % evil)]
    m = genuine(B, d, "alt", "utf-8", "quoted-printable", "x", "cliente@example.com.br",
                "Ação necessária: seu pedido Amazon.com.br será cancelado", auth=False)
    m["from"] = addr("Amazon.com.br", "pedidos@amazon.com.br.pedido-cancelado.live")
    m["reply_to"] = None
    m["trace"] = phish_trace("91.215.85.166", "pedido-cancelado.live", "www-data@pedido-cancelado.live",
                             "amazon.com.br.pedido-cancelado.live", dmarc="fail")
    m["extra"] = [("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]
    m["msgid"] = "<%s@amazon.com.br.pedido-cancelado.live>" % hexid(32)
    add("lookalike", L, "payment_issue", True, None, "polished template copy; link text amazon.com.br, href elsewhere; will be cancelled", m)

    h = """<html><body style="font-family:Arial;font-size:14px">
<p><img src="https://amaz0n.com.br/img/logo.png" width="100"></p>
<p>Olá,</p>
<p>Seu pedido nº 701-88210-3394 foi cancelado porque o produto <b>Airfryer Philips Walita 6,2L</b> está esgotado em nosso estoque.</p>
<p>O reembolso de <b>R$ 599,90</b> será feito via <b>Pix</b>. Para receber, confirme sua chave Pix e os dados do cartão utilizado na compra:</p>
<p><a href="https://amaz0n.com.br/estorno-pix?id=70188210" style="background:#ff9900;padding:9px 20px;color:#fff;text-decoration:none">Receber reembolso via Pix</a></p>
<p>Amazon.com.br</p>
</body></html>
"""
    add("lookalike", L, "inventory_shortage", True, None, "amaz0n.com.br domain, out-of-stock Pix refund lure",
        custom(addr("Amazon.com.br", "noreply@amaz0n.com.br"), "cliente@example.com.br",
               "Pedido cancelado - reembolso via Pix disponível", "html", "utf-8", "quoted-printable", html_=h,
               trace=phish_trace("194.87.31.222", "mx.amaz0n.com.br", "noreply@amaz0n.com.br", "amaz0n.com.br", spf="pass", dmarc="none"),
               msgid_dom="amaz0n.com.br"))

    t = """Olá cliente,

Ocorreu um erro no processamento do seu pedido Amazon nº 702-55019-2234 e ele foi cancelado pelo sistema.

Para reprocessar o pedido mantendo o mesmo preço, acesse o link abaixo e faça login novamente:
https://amazon-br-pedidos.firebaseapp.com/reprocessar

O link expira em 24 horas.

Suporte Amazon
"""
    add("lookalike", L, "technical_issue", True, None, "yahoo sender, processing-error pretext; base64 text",
        custom(addr("Suporte Amazon", "amazon_suporte_br@yahoo.com.br"), "cliente@example.com.br",
               "Erro no processamento: pedido cancelado", "text", "utf-8", "base64", text=t,
               trace=freemail_trace("yahoo", "amazon_suporte_br@yahoo.com.br"), msgid_dom="mail.yahoo.com"))

    o = "701-4428806-3317752"
    home = "https://amazon.com.br.security-check.top"
    d = pt_base("Olá,", "Seu pedido foi cancelado", o,
                [("Apple Watch Series 9 GPS 45 mm", "Vendido por Amazon.com.br", 1, "R$ 3.599,00")],
                ["Seu pedido nº %s foi cancelado." % o,
                 ("html", "Para consultar os detalhes e acompanhar o estorno, <a href=\"%s/pedido/%s\">acesse sua conta</a>." % (home, o))],
                legal=["A Amazon.com.br nunca solicitará sua senha por e-mail.", "© 1996-2025, Amazon.com, Inc. ou suas afiliadas."],
                home=home)
    m = genuine(B, d, "html", "utf-8", "8bit", "x", "cliente@example.com.br", "Seu pedido Amazon.com.br foi cancelado", auth=False)
    m["from"] = addr("Аmazon.com.br", "atendimento@amazon.com.br.security-check.top")
    m["reply_to"] = None
    m["trace"] = phish_trace("103.251.167.40", "security-check.top", "atendimento@amazon.com.br.security-check.top",
                             "amazon.com.br.security-check.top", spf="pass", dkim="pass", dmarc="pass")
    m["extra"] = []
    m["msgid"] = "<%s@security-check.top>" % hexid(24)
    add("lookalike", L, "unknown", False, None, "Cyrillic А in display name, amazon.com.br.<evil>; well-formed order no., no reason", m)

    t = """ATENÇÃO!!!

SUA CONTA AMAZON SERÁ BLOQUEADA E SEU PEDIDO CANCELADO EM 24 HORAS POR SUSPEITA DE FRAUDE.

Para evitar o bloqueio confirme seus dados agora: http://bit.ly/amz-br-confirma

Amazon
"""
    add("lookalike", L, "fraud_prevention", True, None, "outlook sender, crude, no order number, will be cancelled; latin-1",
        custom(addr("Amazon Conta", "amazon.conta.br@outlook.com"), "cliente@example.com.br",
               "URGENTE: pedido será cancelado", "text", "iso-8859-1", "quoted-printable", text=t,
               trace=freemail_trace("outlook", "amazon.conta.br@outlook.com"), msgid_dom="CP6P284MB2010.BRAP284.PROD.OUTLOOK.COM"))


# ===================================================================== main

def main():
    french()
    spanish()
    portuguese()
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    order = list(range(len(MAILS)))
    random.shuffle(order)          # file numbers do not reveal kind or language
    labels = []
    for n, idx in enumerate(order, 1):
        lab, m = MAILS[idx]
        name = "k2%03d.eml" % n
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(build(m))
        labels.append(dict(file=name, **lab))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
