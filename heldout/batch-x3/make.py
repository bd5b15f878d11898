#!/usr/bin/env python3
"""Regenerates blind test batch x3: Italian (amazon.it), Polish (amazon.pl), Swedish (amazon.se).

60 raw RFC 5322 mails in mail/ and labels.json. Deterministic (fixed seed).
Kinds per language: 6 notice, 8 lookalike, 6 non_notice.
"""
import base64
import datetime
import html as htmlmod
import html.entities
import json
import os
import quopri
import random
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import formataddr, format_datetime
from urllib.parse import quote

SEED = 3003
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ----------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def tok(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n):
    return tok(n, "0123456789abcdef")


def oid(prefix=None):
    p = prefix or rng.choice(["402", "403", "404", "405", "406", "407", "408", "028", "171"])
    return "%s-%07d-%07d" % (p, rng.randint(0, 9999999), rng.randint(0, 9999999))


def esc(s):
    return htmlmod.escape(s, quote=False)


def named_entities(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if cp < 128:
            out.append(ch)
        elif cp in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[cp])
        else:
            out.append("&#%d;" % cp)
    return "".join(out)


class Ctx:
    """Link context. Genuine Amazon mails wrap links in gp/r.html redirects on their own site;
    phishing mails pass hrefs through untouched (or send every link to one evil target)."""

    def __init__(self, site, genuine=True, evil=None):
        self.site = site
        self.genuine = genuine
        self.evil = evil
        self.urn = "%s%s%sp0eu" % (rng.randint(2024, 2025), "%010d" % rng.randint(0, 9999999999), hexs(30))
        self.C = tok(13)
        self.K = tok(13)
        self.ref = "pe_%d_%d" % (rng.randint(1000000, 99999999), rng.randint(100000000, 999999999))

    def link(self, url, ref=""):
        if not self.genuine:
            return self.evil if self.evil else url
        r = self.ref + ("_" + ref if ref else "")
        return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
                % (self.site, self.C, self.K, self.urn, tok(12), quote(url + ("?ref_=" + r if "?" not in url else "&ref_=" + r), safe=""), tok(28), r))

    def pixel(self):
        if not self.genuine:
            return "https://%s/o.gif?u=%s" % (self.evil.split("/")[2] if self.evil else "img-cdn-mail.com", hexs(16))
        return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif&H=%s&ref_=%s_opens"
                % (self.site, self.C, self.K, self.urn, tok(12), tok(28), self.ref))


# ----------------------------------------------------------------------------------
# Amazon-like templates (also used by polished phishing with Ctx(genuine=False))
# doc keys: brand, title, greeting, paras, order_label, order, order_url, items_label, items
#           [(title, qty, price[, seller])], qty_label, total (label, value), button (label, url),
#           after, footer [str | (str, url) | (str, url, shown_text)], sig
# a link inside paras/after is a tuple (text, url) or (text, url, shown_text)
# ----------------------------------------------------------------------------------
DASH = "-" * 140
EQ = "=" * 140

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a {  -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
.ExternalClass, .ExternalClass p, .ExternalClass span, .ExternalClass font, .ExternalClass td, .ExternalClass div { line-height: 100%; }
td { font-family:Arial, sans-serif; }
.card { background-color: #ffffff; width: 100%; padding: 30px 21px 30px 20px; border: 0; margin-bottom: 5px; }
.grayTopBorder { border-top: 2px solid #D5DBDB; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; width: 100%; }
.informationTable { font-size: 16px; line-height: 22px; color: #002E36; width: 100%; }
.orderIdTable { font-size: 16px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.itemTitle { padding-left: 26px; padding-right: 22px; }
.emailClosing { font-size: 11px; line-height: 15px; color: #868686; }
.buttonTD { background-color:#FFD814; border-radius: 8px; text-align:center; padding: 12px 0; }"""

TD = 'style="border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"'
TBL = 'style="width: 100%; border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%"'


def _inline_html(ctx, p, ref):
    if isinstance(p, tuple):
        text, url = p[0], p[1]
        shown = p[2] if len(p) > 2 else None
        if shown:
            return '%s <a href="%s" style="color: #0066c0; text-decoration: none">%s</a>' % (esc(text), ctx.link(url, ref), esc(shown))
        return '<a href="%s" style="color: #0066c0; text-decoration: none">%s</a>' % (ctx.link(url, ref), esc(text))
    return esc(p)


def _inline_text(p):
    if isinstance(p, tuple):
        text, url = p[0], p[1]
        shown = p[2] if len(p) > 2 else None
        return "%s %s" % (text, shown) if shown else "%s: %s" % (text, url)
    return p


def amz_html(ctx, d):
    site = ctx.site
    brand = d.get("brand", site.capitalize())
    rows = []
    rows.append('<table class="greetingTable" style="font-size: 22px; font-weight: bold; line-height: 28px; color: rgb(0, 46, 54); margin-bottom: 14px; width: 100%%; border-collapse: collapse !important"><tbody><tr><td %s><span>%s</span></td></tr></tbody></table>' % (TD, esc(d["title"])))
    if d.get("greeting"):
        rows.append('<table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 4px; width: 100%%; border-collapse: collapse !important"><tbody><tr><td %s><span>%s</span></td></tr></tbody></table>' % (TD, esc(d["greeting"])))
    for i, p in enumerate(d.get("paras", [])):
        rows.append('<table class="informationTable" style="font-size: 16px; line-height: 22px; color: rgb(0, 46, 54); width: 100%%; border-collapse: collapse !important"><tbody><tr><td style="padding-bottom: 10px; font-family: Arial, sans-serif"><span>%s</span></td></tr></tbody></table>' % _inline_html(ctx, p, "p%d" % i))
    if d.get("order"):
        rows.append('<table class="orderIdTable" style="font-size: 16px; line-height: 18px; color: rgb(135, 149, 150); margin-bottom: 18px; border-collapse: collapse !important"><tbody><tr><td %s>%s <a href="%s" class="orderIdLink" style="text-decoration: none; color: rgb(134, 134, 134)">%s</a></td></tr></tbody></table>'
                    % (TD, esc(d.get("order_label", "Order #")), ctx.link(d.get("order_url", "https://www.%s/gp/your-account/order-details?orderID=%s" % (site, d["order"])), "od"), esc(d["order"])))
    if d.get("items"):
        if d.get("items_label"):
            rows.append('<table %s><tbody><tr><td style="font-size: 18px; font-weight: bold; color: #002E36; padding: 10px 0 8px 0; font-family: Arial, sans-serif">%s</td></tr></tbody></table>' % (TBL, esc(d["items_label"])))
        it = []
        for n, item in enumerate(d["items"]):
            title, qty, price = item[0], item[1], item[2]
            seller = item[3] if len(item) > 3 else None
            it.append('<tr><td class="itemImage" style="width: 84px; font-family: Arial, sans-serif"><a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" width="84" style="max-height: 84px; max-width: 84px; border: 0" alt="" /></a></td>'
                      '<td class="itemTitle" style="padding-left: 26px; padding-right: 22px; font-size: 15px; line-height: 20px; color: #002E36; font-family: Arial, sans-serif">%s<br /><span style="color: #565959">%s %s</span>%s<br /><b>%s</b></td></tr>'
                      % (ctx.link("https://www.%s/dp/B0%s" % (site, tok(8)), "di_%d" % (n + 1)), tok(11, ALNUM + "abcdefghijklmnopqrstuvwxyz"),
                         esc(title), esc(d.get("qty_label", "Qty:")), qty, ("<br /><span style=\"color: #565959\">%s</span>" % esc(seller)) if seller else "", esc(price)))
        rows.append('<table class="orderDetailsTable" style="font-size: 18px; line-height: 20px; margin: 0 auto; width: 100%%; border-collapse: collapse !important"><tbody>%s</tbody></table>' % "".join(it))
    if d.get("total"):
        rows.append('<table %s><tbody><tr><td style="font-size: 16px; color: #002E36; padding-top: 10px; font-family: Arial, sans-serif">%s <b>%s</b></td></tr></tbody></table>' % (TBL, esc(d["total"][0]), esc(d["total"][1])))
    if d.get("button"):
        label, url = d["button"][0], d["button"][1]
        rows.append('<table class="trackPackageButtonContainer" style="width: 100%%; margin-top: 18px"><tbody><tr><td class="buttonTD" style="background-color: rgb(255, 216, 20); border-radius: 8px; text-align: center; padding: 12px 0; font-family: Arial, sans-serif"><a href="%s" style="color: rgb(17, 17, 17); font-size: 16px; text-decoration: none">%s</a></td></tr></tbody></table>' % (ctx.link(url, "btn"), esc(label)))
    for i, p in enumerate(d.get("after", [])):
        rows.append('<table class="informationTable" style="font-size: 15px; line-height: 21px; color: rgb(0, 46, 54); width: 100%%; margin-top: 12px; border-collapse: collapse !important"><tbody><tr><td style="font-family: Arial, sans-serif">%s</td></tr></tbody></table>' % _inline_html(ctx, p, "a%d" % i))
    if d.get("sig"):
        rows.append('<table class="informationTable" style="font-size: 15px; line-height: 21px; color: rgb(0, 46, 54); width: 100%%; margin-top: 16px"><tbody><tr><td style="font-family: Arial, sans-serif">%s</td></tr></tbody></table>' % "<br />".join(esc(x) for x in d["sig"].split("\n")))
    foot = []
    for i, f in enumerate(d.get("footer", [])):
        foot.append('<tr><td class="emailClosing" style="font-size: 11px; line-height: 15px; color: rgb(134, 134, 134); padding-bottom: 8px; font-family: Arial, sans-serif">%s</td></tr>' % _inline_html(ctx, f, "f%d" % i))
    home = ctx.link("https://www.%s" % site, "logo")
    logo = "https://images-eu.ssl-images-amazon.com/images/G/%s/gno/images/general/navAmazonLogoFooter.gif" % {"amazon.it": "29", "amazon.pl": "42", "amazon.se": "46"}.get(site, "01")
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <title>%(title)s</title>
  <style>
%(css)s
  </style>
 </head>
 <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%%; -ms-text-size-adjust: 100%%"><img width="1" height="1" src="%(pixel)s" />
  <table id="OutlookWrapper" %(tbl)s>
   <tbody>
    <tr>
     <td align="center" %(td)s>
      <table id="EmailWrapper" style="width: 100%% !important; border-collapse: collapse !important" dir="ltr">
       <tbody>
        <tr>
         <td align="center" %(td)s>
          <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); border-collapse: collapse !important">
           <tbody>
            <tr>
             <td class="emailBodyTD" style="width: 100%%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; font-family: Arial, sans-serif"> <a href="%(home)s">
               <table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px; border-collapse: collapse !important">
                <tbody>
                 <tr>
                  <td align="center" %(td)s>
                   <!--[if gte mso 9]>
                    <a href="%(home)s">
                    <![endif]--> <img src="%(logo)s" alt="%(brand)s" title="%(brand)s" class="brandImage" border="0" width="130" style="width: 130px" />
                   <!--[if gte mso 9]>
                    </a>
                    <![endif]--> </td>
                 </tr>
                </tbody>
               </table> </a>
              <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%%; border-top: 2px solid rgb(213, 219, 219); border-collapse: collapse !important">
               <tbody>
                <tr>
                 <td class="cardTD grayTopBorderTD" align="left" style="width: 100%%; padding: 30px 20px 30px 20px; font-family: Arial, sans-serif">
%(rows)s
                 </td>
                </tr>
               </tbody>
              </table>
              <table class="card" style="width: 100%%; margin-top: 10px; border-collapse: collapse !important">
               <tbody>
%(foot)s
               </tbody>
              </table>
             </td>
            </tr>
           </tbody>
          </table>
         </td>
        </tr>
       </tbody>
      </table>
     </td>
    </tr>
   </tbody>
  </table>
 </body>
</html>
""" % dict(title=esc(d.get("html_title", d["title"])), css=CSS, pixel=ctx.pixel(), tbl=TBL, td=TD, home=home, logo=logo, brand=esc(brand),
           rows="\n".join("                  " + r for r in rows), foot="\n".join("                <" + f[1:] for f in foot))


def amz_text(d, site):
    L = [d.get("brand", site.capitalize()), DASH, ""]
    L += [d["title"], ""]
    if d.get("greeting"):
        L += [d["greeting"], ""]
    for p in d.get("paras", []):
        L += [_inline_text(p), ""]
    if d.get("order"):
        L += ["%s %s" % (d.get("order_label", "Order #"), d["order"]), ""]
    if d.get("items"):
        if d.get("items_label"):
            L += [d["items_label"], ""]
        for item in d["items"]:
            L.append("    " + item[0])
            L.append("    %s %s" % (d.get("qty_label", "Qty:"), item[1]))
            if len(item) > 3:
                L.append("    " + item[3])
            L.append("    " + item[2])
            L.append("")
    if d.get("total"):
        L += ["%s %s" % d["total"], ""]
    if d.get("button"):
        L += ["%s:" % d["button"][0], d["button"][1] if len(d["button"]) < 3 else d["button"][2], ""]
    for p in d.get("after", []):
        L += [_inline_text(p), ""]
    if d.get("sig"):
        L += [d["sig"], ""]
    L += [EQ, ""]
    for f in d.get("footer", []):
        L += [_inline_text(f), ""]
    return "\n".join(L).rstrip() + "\n"


def plain_html(d, accent="#333333", font="Helvetica, Arial, sans-serif", header_bg=None, logo_text=None):
    """Generic non-Amazon / crude HTML. Paras: str, (text, href) or (text, href, shown) or ('<raw>', html)."""
    parts = []
    if logo_text:
        parts.append('<div style="background:%s;color:#ffffff;padding:14px 20px;font-size:22px;font-weight:bold">%s</div>' % (header_bg or accent, esc(logo_text)))
    if d.get("title"):
        parts.append('<h2 style="color:%s;margin:18px 0 10px 0">%s</h2>' % (accent, esc(d["title"])))
    if d.get("greeting"):
        parts.append("<p>%s</p>" % esc(d["greeting"]))
    for p in d.get("paras", []):
        if isinstance(p, tuple) and p[0] == "<raw>":
            parts.append(p[1])
        elif isinstance(p, tuple):
            shown = p[2] if len(p) > 2 else p[0]
            pre = (esc(p[0]) + " ") if len(p) > 2 else ""
            parts.append('<p>%s<a href="%s" style="color:%s">%s</a></p>' % (pre, esc(p[1]), accent, esc(shown)))
        else:
            parts.append("<p>%s</p>" % esc(p).replace("\n", "<br>\n"))
    if d.get("sig"):
        parts.append("<p>%s</p>" % "<br>\n".join(esc(x) for x in d["sig"].split("\n")))
    if d.get("footer"):
        fl = []
        for f in d["footer"]:
            if isinstance(f, tuple):
                fl.append('%s <a href="%s" style="color:#777777">%s</a>' % (esc(f[0]), esc(f[1]), esc(f[2] if len(f) > 2 else f[1])))
            else:
                fl.append(esc(f))
        parts.append('<hr style="border:0;border-top:1px solid #dddddd"><div style="font-size:11px;color:#777777;line-height:15px">%s</div>' % "<br>\n".join(fl))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__">\n</head>\n'
            '<body style="font-family:%s;font-size:14px;color:#222222">\n<div style="max-width:620px;margin:0 auto">\n%s\n</div>\n</body>\n</html>\n'
            % (font, "\n".join(parts)))


def plain_text(d):
    L = []
    if d.get("title"):
        L += [d["title"], ""]
    if d.get("greeting"):
        L += [d["greeting"], ""]
    for p in d.get("paras", []):
        if isinstance(p, tuple) and p[0] == "<raw>":
            if len(p) > 2:
                L += [p[2], ""]
            continue
        L += [_inline_text(p) if isinstance(p, tuple) else p, ""]
    if d.get("sig"):
        L += [d["sig"], ""]
    if d.get("footer"):
        L += ["--"]
        for f in d["footer"]:
            L.append(_inline_text(f) if isinstance(f, tuple) else f)
    return "\n".join(L).rstrip() + "\n"


# ----------------------------------------------------------------------------------
# MIME assembly
# ----------------------------------------------------------------------------------
def mk_part(body, subtype, charset, cte, entities=False):
    body = body.replace("__CHARSET__", charset.upper() if charset.lower() != "utf-8" else "UTF-8")
    if entities:
        body = named_entities(body)
    if cte in ("8bit", "7bit"):
        # RFC 5322 line limit: break overlong lines between tags
        body = "\n".join(l if len(l) < 800 else l.replace("> <", ">\n<").replace("><", ">\n<") for l in body.split("\n"))
    try:
        raw = body.encode(charset)
    except UnicodeEncodeError:
        # legacy charsets: entities in HTML, ASCII fallbacks in text (as old templates do)
        if subtype == "html":
            raw = body.encode(charset, "xmlcharrefreplace")
        else:
            for a, b in LEGACY_FALLBACK.items():
                body = body.replace(a, b)
            raw = body.encode(charset)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset) if rng.random() < 0.5 else "text/%s; charset=%s" % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    return p


LEGACY_FALLBACK = {"\u00e0": "a", "\u00a9": "(c)", "\u2013": "-", "\u201e": '"', "\u201d": '"', "\u2019": "'", "\u2026": "...", "\u20ac": "EUR"}


def enc_header(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name="Subject").encode()


def amazon_boundary():
    return "----=_Part_%d_%d.%d" % (rng.randint(1000000, 99999999), rng.randint(100000000, 2147483647), rng.randint(1700000000000, 1750000000000))


def other_boundary(style):
    if style == "gmail":
        return "000000000000" + hexs(12)
    if style == "outlook":
        return "_000_%s%s_" % (tok(24), "EURP" + tok(6))
    if style == "php":
        return "b1_" + tok(40, "abcdefghijklmnopqrstuvwxyz0123456789")
    return "=_" + hexs(32)


def build(spec, date):
    lang_cs = spec.get("charset", "utf-8")
    hcs = spec.get("hcharset", lang_cs)
    structure = spec["structure"]
    ctes = spec.get("cte", "quoted-printable")
    if isinstance(ctes, str):
        ctes = (ctes, ctes)
    ent = spec.get("entities", False)
    if structure == "text":
        body = mk_part(spec["text"], "plain", lang_cs, ctes[0])
    elif structure == "html":
        body = mk_part(spec["html"], "html", lang_cs, ctes[-1], ent)
    else:
        body = Message()
        bnd = amazon_boundary() if spec.get("amazon_style") else other_boundary(spec.get("bstyle", "x"))
        body["Content-Type"] = 'multipart/alternative;\n\tboundary="%s"' % bnd
        body.set_payload([mk_part(spec["text"], "plain", lang_cs, ctes[0]), mk_part(spec["html"], "html", lang_cs, ctes[1], ent)])
    msg = Message()
    for h in spec.get("pre_headers", []):
        msg[h[0]] = h[1]
    name, addr = spec["from"]
    msg["From"] = formataddr((name, addr), charset=hcs) if name else addr
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    to_name, to_addr = spec["to"]
    msg["To"] = formataddr((to_name, to_addr), charset=hcs) if to_name else to_addr
    msg["Subject"] = enc_header(spec["subject"], hcs)
    msg["MIME-Version"] = "1.0"
    for k, v in body.items():
        msg[k] = v
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = spec["message_id"]
    for h in spec.get("post_headers", []):
        msg[h[0]] = h[1]
    msg._payload = body._payload  # keep raw (surrogate-escaped) 8bit bytes untouched
    # headers are pre-folded/pre-encoded; do not let the generator re-fold long tokens (Message-ID)
    return msg.as_bytes(policy=compat32.clone(max_line_length=0))


# ----------------------------------------------------------------------------------
# per-language constants
# ----------------------------------------------------------------------------------
def help_url(site, node):
    return "https://www.%s/gp/help/customer/display.html?nodeId=%s" % (site, node)


FOOTER = {
    "it": lambda: [
        "Questa e-mail è stata inviata da un indirizzo di sola notifica che non può ricevere messaggi. Ti preghiamo di non rispondere.",
        "Amazon.it non ti chiederà mai di comunicare la tua password, il numero completo della tua carta di credito o il codice di sicurezza via e-mail, SMS o telefono.",
        ("Se il numero della tua carta è cambiato o la carta è scaduta, aggiornala in Il mio account > I miei pagamenti:", "https://www.amazon.it/cpe/yourpayments/wallet", "https://www.amazon.it/cpe/yourpayments/wallet"),
        ("Hai ricevuto un'e-mail sospetta? Scopri come riconoscere e segnalare le e-mail di phishing:", help_url("amazon.it", "GQ37ZCNECJKTFYQV"), "amazon.it/sicurezza"),
        ("Aiuto e Servizio Clienti:", "https://www.amazon.it/gp/help/customer/display.html", "https://www.amazon.it/aiuto"),
        "© 2025 Amazon.com, Inc. o società affiliate. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. Amazon, Amazon.it e il logo Amazon.it sono marchi registrati di Amazon.com, Inc. o delle sue affiliate.",
    ],
    "pl": lambda: [
        "Ta wiadomość została wysłana z adresu, który nie odbiera poczty przychodzącej. Prosimy nie odpowiadać na tę wiadomość.",
        "Amazon nigdy nie poprosi Cię w wiadomości e-mail, SMS-ie ani przez telefon o podanie hasła, pełnego numeru karty płatniczej ani kodu weryfikacyjnego.",
        ("Jeśli numer Twojej karty się zmienił lub karta wygasła, zaktualizuj ją w sekcji Twoje konto > Twoje płatności:", "https://www.amazon.pl/cpe/yourpayments/wallet", "https://www.amazon.pl/cpe/yourpayments/wallet"),
        ("Otrzymałeś podejrzaną wiadomość? Dowiedz się, jak rozpoznawać i zgłaszać wiadomości typu phishing:", help_url("amazon.pl", "GQ37ZCNECJKTFYQV"), "amazon.pl/bezpieczenstwo"),
        ("Pomoc i Obsługa klienta:", "https://www.amazon.pl/gp/help/customer/display.html", "https://www.amazon.pl/pomoc"),
        "© 2025 Amazon.com, Inc. lub podmioty powiązane. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg. Amazon, Amazon.pl i logo Amazon.pl są znakami towarowymi Amazon.com, Inc. lub podmiotów powiązanych.",
    ],
    "sv": lambda: [
        "Det här e-postmeddelandet skickades från en adress som inte kan ta emot e-post. Svara inte på det här meddelandet.",
        "Amazon ber dig aldrig att uppge ditt lösenord, ditt fullständiga kortnummer eller engångskoder via e-post, sms eller telefon.",
        ("Om ditt kortnummer har ändrats eller kortet har gått ut kan du uppdatera det under Ditt konto > Dina betalningar:", "https://www.amazon.se/cpe/yourpayments/wallet", "https://www.amazon.se/cpe/yourpayments/wallet"),
        ("Har du fått ett misstänkt e-postmeddelande? Så känner du igen och rapporterar nätfiske:", help_url("amazon.se", "GQ37ZCNECJKTFYQV"), "amazon.se/sakerhet"),
        ("Hjälp och kundtjänst:", "https://www.amazon.se/gp/help/customer/display.html", "https://www.amazon.se/hjalp"),
        "© 2025 Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Amazon, Amazon.se och Amazon.se-logotypen är varumärken som tillhör Amazon.com, Inc. eller dess dotterbolag.",
    ],
}

MX = {"it": "mx1.posta.example.it", "pl": "mx.poczta.example.pl", "sv": "mx01.mail.example.se"}


def amazon_spec(lang, site, local, name, to, subject, **kw):
    """A mail genuinely sent by Amazon (notice or genuine non-notice)."""
    s = dict(lang=lang, site=site, genuine=True, amazon_style=True,
             **{"from": (name, "%s@%s" % (local, site))},
             reply_to=kw.pop("reply_to", "no-reply@%s" % site), to=to, subject=subject)
    s.update(kw)
    return s


SPECS = []


def add(**kw):
    SPECS.append(kw)


# ==================================================================================
# ITALIAN (amazon.it)
# ==================================================================================
def italian():
    S = "amazon.it"
    F = FOOTER["it"]

    # ---------------- notices ----------------
    o = oid("405")
    d = dict(brand="Amazon.it", title="Articoli annullati", greeting="Gentile Chiara,",
             paras=["Ci dispiace informarti che abbiamo dovuto annullare il seguente articolo del tuo ordine n. %s. "
                    "L'articolo non è più disponibile presso il nostro fornitore e al momento non siamo in grado di procurarlo." % o,
                    "Non ti è stato addebitato alcun importo per l'articolo annullato. Se avevi già ricevuto un addebito, "
                    "riceverai il rimborso entro 3-5 giorni lavorativi sul metodo di pagamento utilizzato per l'ordine.",
                    "Gli altri articoli dell'ordine non sono interessati da questa modifica e verranno spediti come previsto."],
             order_label="Ordine n.", order=o, items_label="Articoli annullati", qty_label="Quantità:",
             items=[("De'Longhi Magnifica S ECAM22.110.B, Macchina da caffè automatica per espresso e cappuccino", 1, "349,99 €", "Venduto da: Amazon EU S.à r.l.")],
             button=("Visualizza o gestisci l'ordine", "https://www.amazon.it/gp/your-account/order-details?orderID=" + o),
             after=["Ci scusiamo per l'inconveniente e speriamo di rivederti presto."], footer=F())
    add(**amazon_spec("it", S, "auto-confirm", "Amazon.it", ("Chiara Ferri", "chiara.ferri@posta.example.it"),
                      "Articolo annullato dal tuo ordine Amazon.it n. %s" % o,
                      kind="notice", cause="inventory_shortage", states_reason=True, auth=True,
                      structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="supplier can no longer provide item; partial order cancellation"))

    o = oid("402")
    txt = """Amazon.it
%s

Gentile Luca Bianchi,

ti scriviamo in merito al tuo ordine n. %s effettuato il 3 marzo 2025.

Il 5 marzo ti abbiamo informato che non è stato possibile addebitare l'importo
dell'ordine sulla carta Mastercard che termina con 4821, perché la banca
emittente ha rifiutato la transazione. Poiché non abbiamo ricevuto un metodo di
pagamento valido entro il termine indicato, abbiamo annullato l'ordine.

Articoli annullati:
  1 x Bosch Professional GSR 18V-55 Trapano avvitatore a batteria - 129,00 €
  1 x Bosch Professional Set di 35 inserti per avvitare Pick and Click - 18,49 €

Non è stato effettuato alcun addebito per questo ordine.

Se desideri ancora acquistare questi articoli, puoi effettuare un nuovo ordine
su Amazon.it. Ti consigliamo di verificare prima che i dati della tua carta
siano aggiornati in I miei pagamenti:
https://www.amazon.it/cpe/yourpayments/wallet

Cordiali saluti,
Servizio Clienti Amazon.it
https://www.amazon.it

%s

%s
""" % (DASH[:76], o, DASH[:76], "\n\n".join(_inline_text(x) for x in F()))
    add(**amazon_spec("it", S, "payments-messages", "Amazon.it", ("Luca Bianchi", "luca.bianchi@posta.example.it"),
                      "Il tuo ordine Amazon.it n. %s è stato annullato" % o,
                      kind="notice", cause="payment_issue", states_reason=True, auth=False,
                      structure="text", charset="iso-8859-15", cte="quoted-printable", text=txt,
                      note="card declined, payment revision not made in time; legacy charset text-only"))

    o = oid("171")
    d = dict(brand="Amazon.it", title="Il tuo ordine è stato annullato", greeting="Gentile Sara,",
             paras=["Ti scriviamo in merito al tuo recente ordine n. %s. A causa di un errore tecnico, l'articolo indicato di seguito "
                    "è stato messo in vendita a un prezzo errato nella pagina di dettaglio del prodotto." % o,
                    "Per questo motivo abbiamo annullato l'ordine. L'importo non ti è stato addebitato; eventuali autorizzazioni "
                    "temporanee sulla tua carta verranno rilasciate automaticamente dalla tua banca entro pochi giorni.",
                    "Il prezzo corretto è ora visibile nella pagina del prodotto. Ci scusiamo per l'inconveniente."],
             order_label="Ordine n.", order=o, qty_label="Quantità:",
             items=[("Samsung Galaxy Tab S9 FE, Tablet Android 10,9 pollici, 128 GB, Wi-Fi, Grigio", 1, "39,90 €")],
             button=("I miei ordini", "https://www.amazon.it/gp/css/order-history"), footer=F())
    add(**amazon_spec("it", S, "order-update", "Amazon.it", ("Sara Conti", "sara.conti@posta.example.it"),
                      "Informazioni sul tuo ordine Amazon.it %s" % o,
                      kind="notice", cause="technical_issue", states_reason=True, auth=True,
                      structure="html", cte="base64", html=amz_html(Ctx(S), d), entities=True,
                      note="pricing error on the product page; HTML only, base64, entities"))

    o = oid("403")
    d = dict(brand="Amazon.it", title="Il tuo ordine è stato annullato", greeting="Gentile Giorgio,",
             paras=["Abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per proteggere te e il tuo metodo di pagamento, "
                    "abbiamo annullato il tuo ordine n. %s e sospeso temporaneamente il tuo account." % o,
                    "Per ripristinare l'accesso, accedi al tuo account su www.amazon.it e segui le istruzioni visualizzate per verificare la tua identità. "
                    "Potrebbe esserti chiesto di confermare i dati di fatturazione del metodo di pagamento associato all'account.",
                    "Non inviarci queste informazioni per e-mail e non rispondere a questo messaggio. Eventuali altri ordini in sospeso sono stati annullati; "
                    "se avevi ricevuto un addebito, verrà rimborsato."],
             order_label="Ordine n.", order=o, qty_label="Quantità:",
             items=[("Apple AirPods Pro (2ª generazione) con custodia di ricarica MagSafe (USB-C)", 2, "498,00 €"),
                    ("Buono Regalo Amazon.it - E-mail - Compleanno", 1, "150,00 €")],
             button=("Accedi al tuo account", "https://www.amazon.it/ap/signin"),
             after=["Grazie per la collaborazione.", "Il team Sicurezza di Amazon.it"], footer=F())
    add(**amazon_spec("it", S, "account-update", "Amazon.it", ("Giorgio Marini", "g.marini@posta.example.it"),
                      "Il tuo ordine Amazon.it n. %s è stato annullato" % o,
                      kind="notice", cause="fraud_prevention", states_reason=True, auth=False,
                      structure="alt", cte="8bit", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="unusual activity, account on hold, identity verification via site"))

    o = oid("406")
    title = "LEGO 42141 Technic McLaren Formula 1, Modellino Auto da Corsa da Costruire"
    txt = """Amazon.it
%s

Gentile Marco,

come da te richiesto, abbiamo annullato l'articolo seguente dal tuo ordine
n. %s.

Articoli annullati
%s
Quantità: 1
Motivo dell'annullamento: Annullato dal cliente

Se hai già pagato l'articolo, riceverai un rimborso di 159,99 € sul metodo di
pagamento originale. Puoi controllare lo stato del rimborso in I miei ordini:
https://www.amazon.it/gp/css/order-history?ref_=pe_ccx_cancel

Se hai ancora articoli in attesa di spedizione, ti invieremo una conferma
quando verranno spediti.

Grazie per aver scelto Amazon.it.

%s

%s
""" % (DASH, o, title, EQ, "\n\n".join(_inline_text(x) for x in F()))
    add(**amazon_spec("it", S, "auto-confirm", "Amazon.it", ("Marco Gallo", "marco.gallo@posta.example.it"),
                      'Annullamento eseguito correttamente di "%s..." dal tuo ordine Amazon.it %s' % (title[:40], o),
                      kind="notice", cause="customer_request", states_reason=True, auth=True,
                      structure="text", cte="quoted-printable", text=txt,
                      note="successful cancellation, Motivo: Annullato dal cliente"))

    o = oid("404")
    d = dict(brand="Amazon.it", title="Ordine annullato", greeting="Gentile Elena,",
             paras=["Ti confermiamo che il tuo ordine n. %s è stato annullato." % o,
                    "Se l'importo ti è già stato addebitato, riceverai un rimborso completo sul metodo di pagamento originale entro 5 giorni lavorativi. "
                    "Non è necessaria alcuna azione da parte tua.",
                    "Ci scusiamo per eventuali inconvenienti."],
             order_label="Ordine n.", order=o, qty_label="Quantità:",
             items=[("Tommee Tippee Sterilizzatore elettrico a vapore per biberon", 1, "54,90 €"),
                    ("Philips Avent Biberon Natural Response 260 ml, confezione da 2", 1, "19,99 €")],
             total=("Totale ordine:", "74,89 €"),
             button=("Visualizza i dettagli dell'ordine", "https://www.amazon.it/gp/your-account/order-details?orderID=" + o), footer=F())
    add(**amazon_spec("it", S, "order-update", "Amazon.it", ("Elena Rinaldi", "elena.rinaldi@posta.example.it"),
                      "Il tuo ordine Amazon.it n. %s è stato annullato" % o,
                      kind="notice", cause="unknown", states_reason=False, auth=False,
                      structure="alt", cte="base64", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="cancellation without any reason"))

    # ---------------- lookalikes ----------------
    txt = """Gentile Cliente,

La informiamo che l'annullamento del suo ordine #402-88213-0091 è stato
elaborato con successo come da richiesta effettuata dal suo account.

Articolo: Apple iPhone 15 Pro Max 256GB - Titanio naturale
Importo: 1.489,00 EUR
Rimborso: carta di credito registrata

Se NON ha richiesto lei questo annullamento o non riconosce questo acquisto,
contatti immediatamente il nostro Reparto Sicurezza al numero:

    +39 02 9475 1820   (attivo 24 ore su 24)

Un operatore la guiderà nel blocco dell'operazione. Per motivi di sicurezza
non inoltri questa e-mail a terzi.

Cordiali saluti,
Team Amazon.it
© Amazon.com, Inc.
"""
    add(lang="it", kind="lookalike", cause="customer_request", states_reason=True,
        **{"from": ("Amazon.it", "noreply@amazon-ordini-it.com")}, to=("", "f.deluca@posta.example.it"),
        subject="Conferma annullamento ordine #402-88213-0091", structure="text", cte="8bit", text=txt,
        phish=dict(host="amazon-ordini-it.com", ip="203.0.113.41", mailer="PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)"),
        note="callback phone number, malformed order number, look-alike domain")

    evil = "http://amazon-it-sblocco.info/riattiva.php?c=AMZ-55810-IT&id=" + hexs(10)
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"></head>
<body style="font-family:Arial,sans-serif;background:#f3f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dddddd">
<tr><td style="padding:18px 24px;border-bottom:3px solid #ff9900"><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="110" alt="amazon"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#111111;line-height:20px">
<h2 style="color:#c40000;margin-top:0">Il tuo account è stato sospeso</h2>
<p>Gentile cliente,</p>
<p>abbiamo rilevato un accesso non autorizzato al tuo account da un dispositivo sconosciuto (Windows 10 – Bucarest, Romania).
Per la tua sicurezza il tuo account è stato <b>temporaneamente sospeso</b> e l'ordine in corso è stato <b>annullato</b>.</p>
<p>Per riattivare l'account utilizza il seguente codice di sblocco:</p>
<p style="font-size:26px;font-weight:bold;letter-spacing:4px;text-align:center;background:#fff8e1;padding:12px">AMZ-55810-IT</p>
<p style="text-align:center"><a href="%s" style="background:#ffd814;color:#111111;padding:10px 28px;border-radius:6px;text-decoration:none;font-weight:bold">Inserisci il codice</a></p>
<p>Se non riattivi l'account entro <b>24 ore</b>, il tuo account verrà chiuso definitivamente e il saldo del Buono Regalo andrà perso.</p>
<p>Grazie,<br>Servizio Sicurezza Amazon</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888888">© 2025 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati.</td></tr>
</table></body></html>
""" % evil
    add(lang="it", kind="lookalike", cause="fraud_prevention", states_reason=True,
        **{"from": ("Amazon", "sicurezza@amazon.it-accountverify.info")}, to=("", "roberta.sala@posta.example.it"),
        subject="Account sospeso – il tuo ordine è stato annullato", structure="html", cte="quoted-printable", html=html_,
        phish=dict(host="amazon.it-accountverify.info", ip="198.51.100.23"),
        note="account suspended + order cancelled, use this unlock code; no order number")

    txt = """Buongiorno caro cliente,

il suo ordine amazon e stato annullato perche il pagamento non è andato a buon fine.

Per riattivare l'ordine e ricevere il pacco risponda a questa email indicando:

- Nome e cognome intestatario carta
- Numero carta (16 cifre)
- Data di scadenza
- Codice CVV (3 cifre sul retro)

Se non risponde entro 48 ore l'ordine sara perso e l'importo NON sarà rimborsato.

Grazie
Servizio pagamenti Amazon
"""
    add(lang="it", kind="lookalike", cause="payment_issue", states_reason=True,
        **{"from": ("Amazon Pagamenti", "amazon.pagamenti.it@outlook.it")}, reply_to="amazon.pagamenti.it@outlook.it",
        to=("", "antonio.greco@posta.example.it"), subject="ORDINE ANNULLATO - pagamento non riuscito",
        structure="text", cte="quoted-printable", text=txt, bstyle="outlook",
        phish=dict(freemail="outlook"), note="crude, reply with card details, free-mail sender, no order number")

    o_fake = "405-2291843-7712094"
    evil = "https://amazon-it.pagamento-sicuro.ru/accedi?sessione=" + hexs(24)
    ctx = Ctx(S, genuine=False, evil=evil)
    d = dict(brand="Amazon.it", title="Il tuo ordine è stato annullato", greeting="Gentile cliente,",
             paras=["Non siamo riusciti ad autorizzare il pagamento per il tuo ordine n. %s e l'ordine è stato quindi annullato." % o_fake,
                    "Per evitare che anche i tuoi prossimi ordini vengano annullati, verifica i dati del tuo metodo di pagamento entro 24 ore.",
                    ("Accedi a", evil, "https://www.amazon.it/gp/css/order-history")],
             order_label="Ordine n.", order=o_fake, order_url=evil, qty_label="Quantità:",
             items=[("Dyson V12 Detect Slim Absolute, aspirapolvere senza filo", 1, "599,00 €")],
             button=("https://www.amazon.it/cpe/yourpayments/wallet", evil, "https://www.amazon.it/cpe/yourpayments/wallet"),
             footer=[f if not isinstance(f, tuple) else (f[0], evil, f[2] if len(f) > 2 else f[1]) for f in F()])
    add(lang="it", kind="lookalike", cause="payment_issue", states_reason=True,
        **{"from": ("Amazon.it", "auto-confirm@amazon.it.ordini-annullati.com")}, reply_to="no-reply@amazon.it",
        to=("Valentina Costa", "valentina.costa@posta.example.it"),
        subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o_fake, structure="alt", cte="quoted-printable",
        text=amz_text(d, S).replace("https://www.amazon.it/cpe/yourpayments/wallet:\nhttps://www.amazon.it/cpe/yourpayments/wallet", "Aggiorna il pagamento:\n" + evil),
        html=amz_html(ctx, d), amazon_style=True,
        phish=dict(host="amazon.it.ordini-annullati.com", ip="192.0.2.77",
                   auth="spf=pass smtp.mailfrom=amazon.it.ordini-annullati.com; dkim=none; dmarc=none header.from=amazon.it.ordini-annullati.com"),
        note="polished copy of genuine template; link text shows amazon.it, href to .ru; amazon.it.evil subdomain")

    evil = "https://rimborso-clienti-online.net/it/conferma?o=" + hexs(12)
    d = dict(title="Articolo non più disponibile – ordine annullato", greeting="Gentile cliente,",
             paras=["Il prodotto da te ordinato non è più disponibile presso il venditore e il tuo ordine n. 171-5820-33917 è stato annullato.",
                    "Per ricevere il rimborso di 64,99 € sul tuo conto devi confermare i tuoi dati entro 48 ore. In caso contrario l'importo verrà trattenuto come credito.",
                    ("Richiedi il rimborso:", evil, "Conferma i dati per il rimborso"),
                    "Grazie per aver acquistato su Amazon."],
             sig="Il team Amazon.it",
             footer=["Questa è un'e-mail automatica, si prega di non rispondere.", "© 1996-2025, Amazon.com, Inc. o società affiliate"])
    add(lang="it", kind="lookalike", cause="inventory_shortage", states_reason=True,
        **{"from": ("\u0410mazon.it", "notifiche@servizio-clienti-online.net")}, to=("", "paolo.ricci@posta.example.it"),
        subject="Articolo annullato: prodotto non più disponibile", structure="alt", cte="base64",
        text=plain_text(d), html=plain_html(d, accent="#e47911", logo_text="amazon.it", header_bg="#232f3e"), bstyle="x",
        phish=dict(host="servizio-clienti-online.net", ip="203.0.113.118"),
        note="Cyrillic A in display name, malformed order number, refund-form link")

    evil = "http://amaz0n.it/account/verifica-pagamento?ref=" + hexs(8)
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"></head>
<body style="margin:0;padding:0;font-family:Verdana,Arial,sans-serif">
<div style="max-width:560px;margin:20px auto;border:1px solid #e0e0e0">
<div style="background:#232f3e;padding:14px 20px;color:#ffffff;font-size:20px;font-weight:bold">amazon<span style="color:#ff9900">.it</span></div>
<div style="padding:20px;font-size:13px;line-height:19px;color:#222222">
<p><b>Azione richiesta sul tuo ordine</b></p>
<p>Gentile cliente,</p>
<p>non siamo riusciti a verificare il metodo di pagamento associato al tuo ultimo ordine. La tua banca non ha confermato la transazione.</p>
<p>Il tuo ordine <b>verrà annullato automaticamente entro 24 ore</b> se non aggiorni le informazioni di fatturazione.</p>
<p style="text-align:center;margin:24px 0"><a href="%s" style="background:#f0c14b;border:1px solid #a88734;color:#111111;padding:9px 22px;text-decoration:none">Aggiorna ora</a></p>
<p>Dopo la verifica il tuo ordine verrà elaborato normalmente e riceverai una conferma di spedizione.</p>
<p>Cordiali saluti,<br>Il team di Amazon.it</p>
</div>
<div style="padding:10px 20px;font-size:10px;color:#999999;background:#f7f7f7">Questa e-mail è stata inviata da un indirizzo di sola notifica. Amazon.it non ti chiederà mai la password via e-mail.</div>
</div></body></html>
""" % evil
    add(lang="it", kind="lookalike", cause="payment_issue", states_reason=True,
        **{"from": ("Amazon.it", "avvisi@amaz0n.it")}, to=("", "m.esposito@posta.example.it"),
        subject="Azione richiesta: il tuo ordine verrà annullato", structure="html", charset="iso-8859-15", cte="base64", html=html_,
        phish=dict(host="amaz0n.it", ip="198.51.100.190"),
        note="will be cancelled unless payment updated; amaz0n domain; no order number; fake security footer")

    evil = "https://amazon-orders.help/it/rimborso/modulo?id=" + hexs(10)
    d = dict(title="Rimborso disponibile", greeting="Gentile cliente Amazon,",
             paras=["A causa di un errore tecnico nei nostri sistemi di elaborazione degli ordini, il tuo ordine n. 406-7734120-5591823 è stato annullato.",
                    "Ci scusiamo per il disagio. Hai diritto al rimborso completo di 79,99 € e a un buono di cortesia di 20,00 €.",
                    "Per ricevere il rimborso compila il modulo entro 72 ore:",
                    ("", evil, "https://www.amazon.it/rimborsi"),
                    "Dopo 72 ore la richiesta scade e l'importo non potrà più essere rimborsato."],
             sig="Cordiali saluti\nUfficio Rimborsi Amazon.it",
             footer=["Amazon EU S.à r.l. – 38 avenue John F. Kennedy, L-1855 Lussemburgo"])
    txt = plain_text(d).replace(": " + evil, "https://www.amazon.it/rimborsi")
    add(lang="it", kind="lookalike", cause="technical_issue", states_reason=True,
        **{"from": ("Amazon Rimborsi", "rimborsi@amazon-orders.help")}, to=("", "silvia.moretti@posta.example.it"),
        subject="Il tuo ordine è stato annullato per un errore di sistema – rimborso disponibile", structure="alt",
        charset="windows-1252", cte="quoted-printable", text=txt, html=plain_html(d, accent="#146eb4", logo_text="Amazon.it", header_bg="#131921"),
        bstyle="php", phish=dict(host="amazon-orders.help", ip="192.0.2.14", mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
                                 auth="spf=pass smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help; dmarc=pass header.from=amazon-orders.help"),
        note="system error claim, refund form; link text amazon.it href amazon-orders.help; dkim pass for look-alike domain")

    txt = """Salve il suo ordine su amazon è stato annullato.

per info e rimborso contattaci su WhatsApp al +44 7458 219930 indicando nome e numero ordine

Staff Amazon
"""
    add(lang="it", kind="lookalike", cause="unknown", states_reason=False,
        **{"from": ("amazon servizio clienti", "amazonsupport.italia@yahoo.com")}, to=("", "giuseppe.fontana@posta.example.it"),
        subject="ordine annullato!!!", structure="text", cte="8bit", text=txt,
        phish=dict(freemail="yahoo"), note="crude, yahoo sender, WhatsApp callback, no reason, no order number")

    # ---------------- non-notices ----------------
    d = dict(title="Il tuo ordine è stato annullato", greeting="Ciao Giulia,",
             paras=["ci dispiace, ma purtroppo non possiamo consegnarti gli articoli del tuo ordine n. 10201938475612 del 18.02.2025, "
                    "perché nel frattempo sono andati esauriti nel nostro magazzino. Il tuo ordine è stato quindi annullato.",
                    "Articoli annullati:\nNike Air Max 90 – Sneakers basse – white/black, taglia 39 – 139,95 €",
                    "Hai pagato con Amazon Pay: il rimborso di 139,95 € verrà effettuato sul metodo di pagamento collegato al tuo account Amazon entro 5-7 giorni lavorativi. "
                    "Puoi controllare lo stato del pagamento anche nel tuo account Amazon Pay.",
                    ("Scopri articoli simili:", "https://www.zalando.it/sneakers-donna/", "Vai su Zalando")],
             sig="Il tuo team Zalando",
             footer=["Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania", "Non rispondere a questa e-mail. Per domande visita zalando.it/faq"])
    add(lang="it", kind="non_notice",
        **{"from": ("Zalando", "info@service-mail.zalando.it")}, to=("Giulia Romano", "giulia.romano@posta.example.it"),
        subject="Il tuo ordine è stato annullato", structure="alt", cte="quoted-printable",
        text=plain_text(d), html=plain_html(d, accent="#ff6900", logo_text="ZALANDO", header_bg="#ff6900"), bstyle="x",
        other=dict(host="service-mail.zalando.it"),
        note="Zalando out-of-stock cancellation, paid with Amazon Pay")

    o = oid("405")
    txt = """Ciao Marco,

ti aggiorno: ho annullato io l'ordine su Amazon delle sedie ergonomiche per la
sala riunioni (ordine %s), perché il venditore continuava a spostare
la data di consegna e ormai arrivavano dopo il trasloco. Amazon mi ha già
mandato la conferma di annullamento, il rimborso dovrebbe arrivare sulla
carta aziendale in qualche giorno.

Ne prendo sei da Ufficio Più qui vicino, ti giro il preventivo appena arriva.

Ciao,
Davide

Il giorno lun 10 mar 2025 alle ore 09:12 Marco Villa <m.villa@studiotecnico.example.it> ha scritto:
> Davide, novità sulle sedie? Giovedì arriva il nuovo stagista.
> Marco
""" % o
    add(lang="it", kind="non_notice",
        **{"from": ("Davide Russo", "d.russo@studiotecnico.example.it")}, to=("Marco Villa", "m.villa@studiotecnico.example.it"),
        subject="Re: sedie sala riunioni", structure="text", cte="8bit", text=txt,
        other=dict(host="studiotecnico.example.it", mailer="Mozilla Thunderbird"),
        note="colleague says he cancelled an Amazon order himself; contains order number")

    d = dict(title="Truffe della settimana",
             paras=["In questi giorni molti lettori ci hanno segnalato un'e-mail con oggetto «Il tuo ordine Amazon.it è stato annullato – verifica il pagamento». "
                    "Il messaggio imita l'impaginazione di Amazon, riporta un numero d'ordine inventato e invita a cliccare su un pulsante per «aggiornare il metodo di pagamento».",
                    "Il link porta a una pagina clone che chiede credenziali e dati della carta. In alcune varianti viene indicato un numero di telefono da chiamare "
                    "per «bloccare l'annullamento»: dall'altra parte risponde un finto operatore.",
                    "Come difendersi: controllate sempre i vostri ordini accedendo direttamente al sito o all'app, diffidate dei mittenti con domini strani "
                    "(per esempio amaz0n o amazon-qualcosa.help) e non comunicate mai i dati della carta via e-mail o telefono.",
                    ("Leggi l'articolo completo:", "https://www.salvagentedigitale.example/truffe/falso-annullamento-amazon", "salvagentedigitale.example"),
                    "Nel prossimo numero: le false multe via SMS e i pacchi in giacenza."],
             sig="La redazione di Salvagente Digitale",
             footer=["Ricevi questa newsletter perché ti sei iscritto su salvagentedigitale.example.",
                     ("Per non ricevere più la newsletter", "https://www.salvagentedigitale.example/disiscriviti?u=" + hexs(12), "clicca qui")])
    add(lang="it", kind="non_notice",
        **{"from": ("Salvagente Digitale", "newsletter@salvagentedigitale.example")}, to=("", "lettore.fedele@posta.example.it"),
        subject="Truffe della settimana: la falsa e-mail «Il tuo ordine Amazon.it è stato annullato»", structure="alt", cte="base64",
        text=plain_text(d), html=plain_html(d, accent="#00695c", logo_text="Salvagente Digitale"), bstyle="x",
        other=dict(host="salvagentedigitale.example", list=True),
        note="consumer newsletter about phishing quoting a fake cancellation subject")

    o = oid("408")
    d = dict(brand="Amazon.it", title="Il tuo appuntamento è stato annullato", greeting="Gentile Francesca,",
             paras=["Il professionista incaricato non potrà effettuare l'installazione della lavatrice prevista per giovedì 14 novembre, tra le 8:00 e le 12:00. "
                    "Il tuo appuntamento per il servizio di installazione è stato quindi annullato.",
                    "Il tuo ordine n. %s non è stato annullato: la lavatrice verrà consegnata come previsto. "
                    "Scegli una nuova data per l'installazione, senza costi aggiuntivi." % o],
             order_label="Ordine n.", order=o, qty_label="Quantità:",
             items=[("Servizio di installazione e collegamento lavatrice a carica frontale", 1, "49,00 €")],
             button=("Scegli una nuova data", "https://www.amazon.it/services/appointments"), footer=F())
    add(**amazon_spec("it", S, "no-reply", "Amazon.it", ("Francesca Lombardi", "f.lombardi@posta.example.it"),
                      "Il tuo appuntamento per l'installazione è stato annullato",
                      kind="non_notice", auth=False, structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="installation appointment cancelled, order explicitly not cancelled"))

    txt = """Audible

Ciao Alessandro,

abbiamo ricevuto la tua richiesta di cancellazione dell'abbonamento Audible
Premium Plus. La cancellazione è confermata.

- Il tuo abbonamento terminerà il 31 marzo 2025 e non ti verrà più addebitato
  alcun importo (9,99 € al mese) sul metodo di pagamento del tuo account Amazon.it.
- I titoli che hai già acquistato o riscattato con i crediti restano nella tua
  Libreria. I crediti non utilizzati scadranno alla fine dell'abbonamento.

Ci dispiace vederti andare via. Puoi riattivare l'abbonamento in qualsiasi
momento da audible.it/account.

Il team di Audible

Audible GmbH, Schumannstraße 6, 10117 Berlino. Questa e-mail è stata inviata
da un indirizzo che non può ricevere messaggi.
"""
    add(lang="it", kind="non_notice",
        **{"from": ("Audible", "donotreply@audible.it")}, to=("", "alessandro.ferrara@posta.example.it"),
        subject="Conferma di cancellazione dell'abbonamento Audible", structure="text", charset="iso-8859-15", cte="quoted-printable", text=txt,
        other=dict(host="audible.it"), note="Audible subscription cancelled")

    o = oid("402")
    d = dict(brand="Amazon.it", title="Aggiorna il metodo di pagamento", greeting="Gentile Stefano,",
             paras=["Non siamo riusciti ad addebitare l'importo del tuo ordine n. %s sulla carta Visa che termina con 0937. "
                    "Potrebbe essere scaduta oppure la banca potrebbe aver rifiutato la transazione." % o,
                    "Per evitare l'annullamento dell'ordine, aggiorna il metodo di pagamento entro il 12 aprile 2025. "
                    "Se entro tale data non riceveremo un metodo di pagamento valido, il tuo ordine verrà annullato.",
                    "Per aggiornare il pagamento vai su I miei ordini, seleziona l'ordine e fai clic su Modifica metodo di pagamento."],
             order_label="Ordine n.", order=o, qty_label="Quantità:",
             items=[("Garmin Forerunner 265, smartwatch GPS per la corsa, display AMOLED", 1, "349,99 €")],
             button=("Modifica metodo di pagamento", "https://www.amazon.it/gp/css/order-history"), footer=F())
    add(**amazon_spec("it", S, "payments-messages", "Amazon.it", ("Stefano Leone", "stefano.leone@posta.example.it"),
                      "Azione necessaria: aggiorna il metodo di pagamento per il tuo ordine Amazon.it %s" % o,
                      kind="non_notice", auth=True, structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="genuine payment reminder before cancellation; nothing cancelled yet"))


# ==================================================================================
# POLISH (amazon.pl)
# ==================================================================================
def polish():
    S = "amazon.pl"
    F = FOOTER["pl"]

    # ---------------- notices ----------------
    o = oid("404")
    d = dict(brand="Amazon.pl", title="Anulowane produkty", greeting="Witaj, Agnieszka,",
             paras=["Z przykrością informujemy, że musieliśmy anulować poniższy produkt z Twojego zamówienia nr %s. "
                    "Sprzedawca poinformował nas, że nie jest w stanie zrealizować zamówienia, ponieważ produkt jest niedostępny w magazynie." % o,
                    "Nie pobraliśmy opłaty za anulowany produkt. Jeśli płatność została już zaksięgowana, zwrot pojawi się na Twoim rachunku w ciągu 3–5 dni roboczych.",
                    "Pozostałe produkty z zamówienia zostaną wysłane zgodnie z planem."],
             order_label="Zamówienie nr", order=o, items_label="Anulowane produkty", qty_label="Ilość:",
             items=[("Philips Sonicare ProtectiveClean 4300 HX6807/24, elektryczna szczoteczka soniczna", 1, "219,99 zł", "Sprzedawca: DentaShop PL")],
             button=("Wyświetl zamówienie", "https://www.amazon.pl/gp/your-account/order-details?orderID=" + o),
             after=["Przepraszamy za niedogodności."], footer=F())
    add(**amazon_spec("pl", S, "auto-confirm", "Amazon.pl", ("Agnieszka Wójcik", "agnieszka.wojcik@poczta.example.pl"),
                      "Produkt został anulowany z Twojego zamówienia Amazon.pl %s" % o,
                      kind="notice", cause="inventory_shortage", states_reason=True, auth=True,
                      structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="third-party seller could not fulfil, out of stock"))

    o = oid("403")
    txt = """Amazon.pl
%s

Witaj, Tomasz,

Twoje zamówienie nr %s zostało anulowane, ponieważ nie udało nam
się autoryzować płatności kartą Visa zakończoną cyframi 3317. Karta wygasła
w lutym 2025 r.

Informowaliśmy Cię o tym 9 marca i prosiliśmy o zaktualizowanie metody
płatności, ale nie otrzymaliśmy zmian w wyznaczonym terminie.

Anulowane produkty:
  1 x Tefal Ingenio Emotion L897SA04, zestaw garnków 13 elementów - 649,00 zł
  1 x Zwilling Pro nóż szefa kuchni 20 cm - 289,99 zł

Nie obciążyliśmy Twojej karty. Jeśli nadal chcesz kupić te produkty, złóż
nowe zamówienie na Amazon.pl. Przed złożeniem zamówienia sprawdź, czy dane
Twojej karty są aktualne:
https://www.amazon.pl/cpe/yourpayments/wallet

Pozdrawiamy
Obsługa Klienta Amazon.pl

%s

%s
""" % (DASH[:76], o, DASH[:76], "\n\n".join(_inline_text(x) for x in F()))
    add(**amazon_spec("pl", S, "payments-messages", "Amazon.pl", ("Tomasz Kamiński", "tomasz.kaminski@poczta.example.pl"),
                      "Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o,
                      kind="notice", cause="payment_issue", states_reason=True, auth=False,
                      structure="text", charset="iso-8859-2", cte="quoted-printable", text=txt,
                      note="expired card, payment not revised in time; iso-8859-2 text-only"))

    o = oid("402")
    d = dict(brand="Amazon.pl", title="Twoje zamówienie zostało anulowane", greeting="Witaj, Katarzyna,",
             paras=["Kontaktujemy się w sprawie Twojego zamówienia nr %s. Z powodu błędu systemowego oferta poniższego produktu "
                    "była przez krótki czas wyświetlana z nieprawidłową ceną." % o,
                    "Z tego powodu anulowaliśmy zamówienie. Kwota nie została pobrana, a ewentualna blokada środków na karcie zostanie automatycznie zwolniona przez Twój bank w ciągu kilku dni.",
                    "Prawidłowa cena jest już widoczna na stronie produktu. Przepraszamy za zamieszanie."],
             order_label="Zamówienie nr", order=o, qty_label="Ilość:",
             items=[("Dyson V15 Detect Absolute, odkurzacz bezprzewodowy", 1, "249,00 zł")],
             button=("Twoje zamówienia", "https://www.amazon.pl/gp/css/order-history"), footer=F())
    add(**amazon_spec("pl", S, "order-update", "Amazon.pl", ("Katarzyna Lewandowska", "k.lewandowska@poczta.example.pl"),
                      "Informacja dotycząca Twojego zamówienia Amazon.pl %s" % o,
                      kind="notice", cause="technical_issue", states_reason=True, auth=True,
                      structure="html", cte="base64", html=amz_html(Ctx(S), d),
                      note="system error, wrong price shown; HTML only"))

    o = oid("407")
    d = dict(brand="Amazon.pl", title="Twoje zamówienie zostało anulowane", greeting="Witaj, Paweł,",
             paras=["Zauważyliśmy nietypową aktywność na Twoim koncie Amazon.pl. W celu ochrony Twojego konta anulowaliśmy zamówienie nr %s "
                    "i tymczasowo zawiesiliśmy konto." % o,
                    "Aby odzyskać dostęp, zaloguj się na stronie www.amazon.pl i postępuj zgodnie z wyświetlanymi instrukcjami, aby potwierdzić swoją tożsamość. "
                    "Możemy poprosić o potwierdzenie danych rozliczeniowych metody płatności przypisanej do konta.",
                    "Nie wysyłaj nam tych informacji w odpowiedzi na tę wiadomość. Jeśli za zamówienie pobrano już opłatę, zwrócimy ją w całości."],
             order_label="Zamówienie nr", order=o, qty_label="Ilość:",
             items=[("Karta podarunkowa Amazon.pl - e-mail", 3, "1 500,00 zł")],
             button=("Zaloguj się", "https://www.amazon.pl/ap/signin"),
             after=["Dziękujemy za wyrozumiałość.", "Zespół ds. bezpieczeństwa kont Amazon.pl"], footer=F())
    add(**amazon_spec("pl", S, "account-update", "Amazon.pl", ("Paweł Zieliński", "pawel.zielinski@poczta.example.pl"),
                      "Twoje zamówienie Amazon.pl zostało anulowane",
                      kind="notice", cause="fraud_prevention", states_reason=True, auth=False,
                      structure="alt", charset="iso-8859-2", cte="8bit",
                      text=amz_text(d, S).replace("–", "-"), html=amz_html(Ctx(S), d).replace("–", "-"),
                      note="unusual activity, account suspended, identity verification; iso-8859-2 8bit"))

    o = oid("405")
    title = "Tefal Ingenio Expertise L6509002, zestaw patelni 3 elementy"
    txt = """Amazon.pl
%s

Witaj, Magdalena,

zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia
nr %s.

Anulowane produkty
%s
Ilość: 1
Powód anulowania: Anulowane przez klienta

Jeśli zapłaciłaś już za ten produkt, zwrócimy 279,00 zł na pierwotną metodę
płatności. Status zwrotu możesz sprawdzić w sekcji Twoje zamówienia:
https://www.amazon.pl/gp/css/order-history

Dziękujemy za zakupy w Amazon.pl.

%s

%s
""" % (DASH, o, title, EQ, "\n\n".join(_inline_text(x) for x in F()))
    add(**amazon_spec("pl", S, "auto-confirm", "Amazon.pl", ("Magdalena Szymańska", "m.szymanska@poczta.example.pl"),
                      'Anulowanie zakończone powodzeniem: "%s" z Twojego zamówienia Amazon.pl %s' % (title[:34] + "...", o),
                      kind="notice", cause="customer_request", states_reason=True, auth=True,
                      structure="text", cte="8bit", text=txt,
                      note="Powód anulowania: Anulowane przez klienta; 8bit utf-8"))

    o = oid("406")
    d = dict(brand="Amazon.pl", title="Zamówienie anulowane", greeting="Witaj, Michał,",
             paras=["Niestety nie mogliśmy dostarczyć Twojej przesyłki z zamówienia nr %s. Przewoźnik zwrócił paczkę do naszego centrum logistycznego, "
                    "ponieważ podany adres dostawy jest niekompletny (brak numeru lokalu) i nie udało się skontaktować z odbiorcą." % o,
                    "W związku z tym anulowaliśmy zamówienie. Zwrócimy pełną kwotę 189,98 zł na pierwotną metodę płatności w ciągu 3–5 dni roboczych.",
                    "Zanim złożysz kolejne zamówienie, sprawdź swoje adresy w sekcji Twoje konto > Twoje adresy."],
             order_label="Zamówienie nr", order=o, qty_label="Ilość:",
             items=[("LEGO Star Wars 75372 Zestaw bitewny z żołnierzem Republiki i droidem bojowym", 2, "189,98 zł")],
             button=("Zarządzaj adresami", "https://www.amazon.pl/a/addresses"), footer=F())
    add(**amazon_spec("pl", S, "order-update", "Amazon.pl", ("Michał Wiśniewski", "michal.wisniewski@poczta.example.pl"),
                      "Twoje zamówienie Amazon.pl %s zostało anulowane" % o,
                      kind="notice", cause="unknown", states_reason=True, auth=False,
                      structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="undeliverable address -> cause unknown, but a reason is stated"))

    # ---------------- lookalikes ----------------
    txt = """Szanowny Kliencie,

Twoje zamówienie #404-7721-99831 zostało anulowane przez nasz system
bezpieczeństwa z powodu podejrzanej transakcji z nowego urządzenia
(Android, Kijów).

Produkt: Samsung Galaxy S24 Ultra 512 GB
Kwota: 6 299,00 zł

Jeśli to nie Ty składałeś zamówienie, NATYCHMIAST zadzwoń do Działu
Bezpieczeństwa Amazon:

    +48 22 307 18 44   (czynne całą dobę)

Nasz konsultant pomoże zablokować kartę i odzyskać środki.
Nie odpowiadaj na tę wiadomość.

Z poważaniem,
Zespół Amazon Polska
"""
    add(lang="pl", kind="lookalike", cause="fraud_prevention", states_reason=True,
        **{"from": ("Amazon Polska", "powiadomienia@amazon-pl-zamowienia.com")}, to=("", "jan.kowalczyk@poczta.example.pl"),
        subject="Zamówienie #404-7721-99831 anulowane - podejrzana transakcja", structure="text", cte="quoted-printable", text=txt,
        phish=dict(host="amazon-pl-zamowienia.com", ip="203.0.113.66"),
        note="callback phone number, malformed order number, look-alike domain")

    evil = "http://amazon.pl.konto-weryfikacja.top/odblokuj?kod=448102&u=" + hexs(10)
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"></head>
<body style="background:#eaeded;font-family:Arial,Helvetica,sans-serif">
<table align="center" width="580" style="background:#ffffff" cellpadding="0" cellspacing="0">
<tr><td style="background:#232f3e;padding:16px 22px"><span style="color:#ffffff;font-size:24px;font-weight:bold">amazon</span><span style="color:#ff9900;font-size:24px">.pl</span></td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:21px;color:#0f1111">
<p style="font-size:18px;font-weight:bold">Twoje konto zostało zawieszone</p>
<p>Drogi Kliencie,</p>
<p>wykryliśmy nieautoryzowane logowanie na Twoje konto. Ze względów bezpieczeństwa Twoje konto zostało zawieszone, a wszystkie oczekujące zamówienia zostały anulowane.</p>
<p>Aby odblokować konto i przywrócić zamówienie, użyj poniższego kodu odblokowania:</p>
<p style="font-size:28px;font-weight:bold;text-align:center;letter-spacing:6px;border:1px dashed #ff9900;padding:10px">448 102</p>
<p style="text-align:center"><a href="%s" style="background:#ffa41c;color:#0f1111;padding:10px 30px;text-decoration:none;border-radius:4px">Odblokuj konto</a></p>
<p>Kod jest ważny przez 12 godzin. Po tym czasie konto zostanie trwale zamknięte.</p>
<p>Pozdrawiamy,<br>Zespół Amazon</p>
</td></tr>
<tr><td style="padding:10px 22px;font-size:11px;color:#888888">© 2025 Amazon.com, Inc. lub podmioty powiązane.</td></tr>
</table></body></html>
""" % evil
    add(lang="pl", kind="lookalike", cause="fraud_prevention", states_reason=True,
        **{"from": ("Amazon", "no-reply@amazon.pl.konto-weryfikacja.top")}, to=("", "ewa.mazur@poczta.example.pl"),
        subject="Twoje konto zostało zawieszone, a zamówienie anulowane", structure="html", cte="quoted-printable", html=html_,
        phish=dict(host="amazon.pl.konto-weryfikacja.top", ip="198.51.100.54"),
        note="account suspended + order cancelled, use this code; amazon.pl.evil.top; no order number")

    txt = """Dzien dobry,

platnosc za Panstwa zamowienie w Amazon zostala odrzucona i zamowienie zostalo anulowane.

Aby przywrocic zamowienie prosze odpisac na ta wiadomosc i podac:
1. imie i nazwisko wlasciciela karty
2. numer karty
3. date waznosci
4. kod CVC z tylu karty

Jezeli nie otrzymamy danych w ciagu 24h zamowienie zostanie usuniete a srodki przepadna.

Dziękujemy
Dział Płatności Amazon
"""
    add(lang="pl", kind="lookalike", cause="payment_issue", states_reason=True,
        **{"from": ("Amazon Płatności", "amazon.platnosci.pl@gmail.com")}, reply_to="amazon.platnosci.pl@gmail.com",
        to=("", "robert.dudek@poczta.example.pl"), subject="Płatność odrzucona - zamówienie anulowane",
        structure="text", charset="iso-8859-2", cte="8bit", text=txt,
        phish=dict(freemail="gmail"), note="crude, reply with card details, gmail sender, no order number, iso-8859-2")

    o_fake = "403-5518204-6627019"
    evil = "https://amazon-orders.help/pl/zwrot?zam=" + o_fake + "&t=" + hexs(16)
    ctx = Ctx(S, genuine=False, evil=evil)
    d = dict(brand="Amazon.pl", title="Anulowane produkty", greeting="Witaj,",
             paras=["Z przykrością informujemy, że musieliśmy anulować poniższy produkt z Twojego zamówienia nr %s, ponieważ nie jest on już dostępny." % o_fake,
                    "Aby otrzymać zwrot środków, potwierdź dane karty, na którą mamy przelać pieniądze. Zwrot zostanie zrealizowany w ciągu 24 godzin od potwierdzenia.",
                    ("Potwierdź zwrot na stronie", evil, "https://www.amazon.pl/zwroty")],
             order_label="Zamówienie nr", order=o_fake, order_url=evil, items_label="Anulowane produkty", qty_label="Ilość:",
             items=[("Apple iPad Air 11 (M2) Wi-Fi 128 GB - gwiezdna szarość", 1, "2 999,00 zł")],
             button=("https://www.amazon.pl/zwroty", evil, "https://www.amazon.pl/zwroty"),
             footer=[f if not isinstance(f, tuple) else (f[0], evil, f[2] if len(f) > 2 else f[1]) for f in F()])
    add(lang="pl", kind="lookalike", cause="inventory_shortage", states_reason=True,
        **{"from": ("Amazon.pl", "auto-confirm@amazon-orders.help")}, to=("Beata Król", "beata.krol@poczta.example.pl"),
        subject="Produkt został anulowany z Twojego zamówienia Amazon.pl %s" % o_fake, structure="alt", cte="base64",
        text=amz_text(d, S), html=amz_html(ctx, d), amazon_style=True,
        phish=dict(host="amazon-orders.help", ip="192.0.2.201",
                   auth="spf=pass smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help; dmarc=pass header.from=amazon-orders.help"),
        note="polished genuine-template copy, link text amazon.pl, href amazon-orders.help; asks card for refund")

    evil = "https://obsluga-klienta24.pl/amazon/logowanie?r=" + hexs(8)
    d = dict(title="Zamówienie anulowane z powodu błędu systemu", greeting="Drogi Kliencie,",
             paras=["w związku z awarią naszego systemu przetwarzania płatności Twoje ostatnie zamówienie zostało automatycznie anulowane.",
                    "Środki zostały zablokowane na Twoim rachunku. Aby je odzyskać, zaloguj się na swoje konto i potwierdź zwrot.",
                    ("Zaloguj się:", evil, "www.amazon.pl/twoje-konto"),
                    "Przepraszamy za utrudnienia."],
             sig="Obsługa Klienta Amazon.pl",
             footer=["Ta wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać."])
    add(lang="pl", kind="lookalike", cause="technical_issue", states_reason=True,
        **{"from": ("\u0391mazon.pl", "kontakt@obsluga-klienta24.pl")}, to=("", "adam.pawlak@poczta.example.pl"),
        subject="Zamówienie anulowane z powodu błędu systemu", structure="alt", cte="quoted-printable",
        text=plain_text(d), html=plain_html(d, accent="#007185", logo_text="amazon.pl", header_bg="#131921"), bstyle="x",
        phish=dict(host="obsluga-klienta24.pl", ip="203.0.113.9"),
        note="Greek Alpha in display name, system error claim, no order number")

    evil = "http://amaz0n-pl.com/platnosci/weryfikacja?id=" + hexs(12)
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:13px">
<div style="width:560px;margin:0 auto;border-top:4px solid #ff9900">
<p style="font-size:22px;font-weight:bold;color:#232f3e">amazon.pl</p>
<p>Witaj,</p>
<p>nie mogliśmy potwierdzić płatności za Twoje zamówienie nr <b>40-22815-771</b>.</p>
<p><b>Twoje zamówienie zostanie anulowane w ciągu 48 godzin</b>, jeśli nie potwierdzisz danych płatności.</p>
<p><a href="%s" style="color:#0066c0;font-weight:bold">Potwierdź dane płatności</a></p>
<p>Po potwierdzeniu zamówienie zostanie wysłane w standardowym terminie.</p>
<p>Dziękujemy,<br>Amazon.pl</p>
<p style="font-size:10px;color:#999999">Amazon nigdy nie prosi o podanie hasła w wiadomości e-mail.</p>
</div></body></html>
""" % evil
    add(lang="pl", kind="lookalike", cause="payment_issue", states_reason=True,
        **{"from": ("Amazon.pl", "zamowienia@amaz0n-pl.com")}, to=("", "lukasz.grabowski@poczta.example.pl"),
        subject="Twoje zamówienie zostanie anulowane - potwierdź płatność", structure="html", charset="iso-8859-2", cte="base64", html=html_,
        phish=dict(host="amaz0n-pl.com", ip="198.51.100.7"),
        note="will be cancelled in 48h unless payment confirmed; malformed order number; amaz0n domain")

    txt = """ZAMÓWIENIE ANULOWANE !!

Twoje zamówienie w sklepie Amazon zostało anulowane.

Odbierz zwrot pieniędzy tutaj: http://bit.ly/amzn-zwrot-pl

Amazon Obsługa
"""
    add(lang="pl", kind="lookalike", cause="unknown", states_reason=False,
        **{"from": ("Amazon Obsługa Klienta", "amazon-obsluga-pl@outlook.com")}, to=("", "zofia.baran@poczta.example.pl"),
        subject="ZAMÓWIENIE ANULOWANE !!", structure="text", cte="8bit", text=txt,
        phish=dict(freemail="outlook"), note="crude, outlook sender, shortened link, no reason, no order number")

    o_fake = "402-9981230-4471265"
    evil = "https://amazon.pl.secure-account.xyz/przywroc?o=" + o_fake
    ctx = Ctx(S, genuine=False, evil=evil)
    title = "Apple AirPods Pro (2. generacji) z etui MagSafe (USB-C)"
    d = dict(brand="Amazon.pl", title="Anulowanie zakończone powodzeniem", greeting="Witaj,",
             paras=["Zgodnie z Twoją prośbą anulowaliśmy produkt \"%s\" z zamówienia nr %s." % (title, o_fake),
                    "Powód anulowania: Anulowane przez klienta",
                    "Jeśli to nie Ty anulowałeś to zamówienie, kliknij poniżej w ciągu 24 godzin, aby je przywrócić. Po tym czasie zamówienie zostanie trwale usunięte.",
                    ("Przywróć zamówienie:", evil, "https://www.amazon.pl/gp/css/order-history")],
             order_label="Zamówienie nr", order=o_fake, order_url=evil, qty_label="Ilość:",
             items=[(title, 1, "1 099,00 zł")],
             button=("Przywróć zamówienie", evil),
             footer=[f if not isinstance(f, tuple) else (f[0], evil, f[2] if len(f) > 2 else f[1]) for f in F()])
    add(lang="pl", kind="lookalike", cause="customer_request", states_reason=True,
        **{"from": ("Amazon.pl", "auto-confirm@amazon.pl.secure-account.xyz")}, to=("", "natalia.wrobel@poczta.example.pl"),
        subject='Anulowanie zakończone powodzeniem: "%s" z Twojego zamówienia Amazon.pl %s' % (title[:30] + "...", o_fake),
        structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(ctx, d), amazon_style=True,
        phish=dict(host="amazon.pl.secure-account.xyz", ip="192.0.2.150",
                   auth="spf=pass smtp.mailfrom=amazon.pl.secure-account.xyz; dkim=pass header.d=secure-account.xyz; dmarc=none header.from=amazon.pl.secure-account.xyz"),
        note="polished; claims customer cancellation, 'not you? restore' link; amazon.pl.evil.xyz; copied security footer")

    # ---------------- non-notices ----------------
    d = dict(title="Twoje zamówienie zostało anulowane", greeting="Dzień dobry, Piotr,",
             paras=["niestety produkt z Twojego zamówienia nr 2119483301 z dnia 21.02.2025 nie jest już dostępny u naszego dostawcy, dlatego musieliśmy anulować zamówienie.",
                    "Anulowany produkt: Sony WH-1000XM5 słuchawki bezprzewodowe, czarne - 1 299,00 zł",
                    "Wpłacona kwota zostanie zwrócona na Twój rachunek w ciągu 5 dni roboczych. Wybierz podobny produkt w naszym sklepie internetowym lub w najbliższym markecie.",
                    "Gwarancja najniższej ceny: jeśli w ciągu 14 dni znajdziesz ten sam produkt taniej u innego sprzedawcy, np. w Amazon.pl lub x-kom, zwrócimy Ci różnicę.",
                    ("Przejdź do sklepu:", "https://mediamarkt.pl/pl/category/sluchawki", "mediamarkt.pl")],
             sig="Zespół MediaMarkt",
             footer=["Media Markt Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa", "Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać."])
    add(lang="pl", kind="non_notice",
        **{"from": ("MediaMarkt", "noreply@mediamarkt.pl")}, to=("Piotr Jankowski", "piotr.jankowski@poczta.example.pl"),
        subject="Twoje zamówienie nr 2119483301 zostało anulowane", structure="alt", cte="quoted-printable",
        text=plain_text(d), html=plain_html(d, accent="#df0000", logo_text="MediaMarkt", header_bg="#df0000"), bstyle="x",
        other=dict(host="mediamarkt.pl"), note="MediaMarkt out-of-stock cancellation mentioning Amazon.pl in price guarantee")

    o = oid("404")
    txt = """Cześć Ania!

Anulowałam w końcu to zamówienie na Amazonie z fotelikiem dla Zosi
(nr %s), bo znalazłam taki sam w Smyku o 200 zł taniej :)
Przyszedł już mail, że zamówienie zostało anulowane, pieniądze wrócą na
kartę za parę dni.

Jak coś, to w sobotę mogę Ci przywieźć stary fotelik, jeszcze jest w dobrym
stanie.

Buziaki,
Kasia
""" % o
    add(lang="pl", kind="non_notice",
        **{"from": ("Kasia Nowak", "kasia.nowak@poczta.example.pl")}, to=("Anna Michalska", "ania.michalska@poczta.example.pl"),
        subject="fotelik", structure="text", charset="iso-8859-2", cte="quoted-printable", text=txt,
        other=dict(host="poczta.example.pl", mailer="Mozilla Thunderbird"),
        note="friend says she cancelled her Amazon order; contains order number; iso-8859-2")

    d = dict(title="Bezpieczny Tydzień #112",
             paras=["Od poniedziałku obserwujemy nową falę fałszywych wiadomości z tematem „Twoje zamówienie Amazon.pl zostało anulowane”. "
                    "Nadawcy podszywają się pod sklep, używając domen w rodzaju amaz0n-pl.com lub amazon.pl.cos-tam.top.",
                    "W treści pojawia się losowy numer zamówienia oraz przycisk „Potwierdź płatność” prowadzący do fałszywej strony logowania. "
                    "Część wiadomości zawiera numer telefonu do rzekomego „działu bezpieczeństwa”.",
                    "Pamiętaj: status zamówienia sprawdzaj zawsze bezpośrednio w aplikacji lub na stronie sklepu, a podejrzane wiadomości zgłaszaj do CERT Polska.",
                    ("Pełny opis kampanii i przykładowe nagłówki:", "https://bezpiecznytydzien.example/2025/03/falszywe-anulowanie-amazon", "czytaj na blogu")],
             sig="Redakcja Bezpiecznego Tygodnia",
             footer=["Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter Bezpieczny Tydzień.",
                     ("Wypisz się", "https://bezpiecznytydzien.example/wypisz?u=" + hexs(10), "tutaj")])
    add(lang="pl", kind="non_notice",
        **{"from": ("Bezpieczny Tydzień", "newsletter@bezpiecznytydzien.example")}, to=("", "czytelnik@poczta.example.pl"),
        subject="Nowa fala fałszywych maili „Twoje zamówienie Amazon zostało anulowane”", structure="html", cte="base64",
        html=plain_html(d, accent="#1a237e", logo_text="Bezpieczny Tydzień"),
        other=dict(host="bezpiecznytydzien.example", list=True), note="security newsletter quoting a fake cancellation subject; HTML only")

    o = oid("403")
    d = dict(brand="Amazon.pl", title="Odbiór zwrotu został anulowany", greeting="Witaj, Joanna,",
             paras=["Kurier nie mógł odebrać Twojej paczki zwrotnej w zaplanowanym terminie (środa, 12 marca, 9:00-17:00). Odbiór został anulowany.",
                    "Twoje zamówienie nr %s nie zostało anulowane, a zwrot jest nadal otwarty. Możesz zaplanować nowy termin odbioru albo nadać paczkę w dowolnym punkcie InPost." % o],
             order_label="Zamówienie nr", order=o, qty_label="Ilość:",
             items=[("Bosch Serie 6 czajnik elektryczny TWK6A013, 1,7 l", 1, "259,00 zł")],
             button=("Zaplanuj nowy odbiór", "https://www.amazon.pl/returns/cart"), footer=F())
    add(**amazon_spec("pl", S, "return", "Amazon.pl", ("Joanna Kaczmarek", "joanna.kaczmarek@poczta.example.pl"),
                      "Odbiór zwrotu przez kuriera został anulowany",
                      kind="non_notice", auth=True, structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="return pickup appointment cancelled; order explicitly not cancelled"))

    txt = """Amazon Prime

Witaj, Krzysztof,

potwierdzamy anulowanie Twojego członkostwa Amazon Prime.

Korzyści Prime, w tym darmowa dostawa i Prime Video, będą dostępne do
końca bieżącego okresu rozliczeniowego, czyli do 28 kwietnia 2025 r.
Po tym dniu nie pobierzemy już opłaty 49 zł za rok.

Zamówienia złożone do tej pory nie zostaną anulowane i zostaną dostarczone
zgodnie z planem.

Jeśli zmienisz zdanie, możesz w każdej chwili ponownie dołączyć do Prime:
https://www.amazon.pl/prime

Pozdrawiamy
Zespół Amazon Prime

Ta wiadomość została wysłana z adresu, który nie odbiera poczty przychodzącej.
© 2025 Amazon.com, Inc. lub podmioty powiązane.
"""
    add(**amazon_spec("pl", S, "digital-no-reply", "Amazon Prime", ("Krzysztof Wieczorek", "k.wieczorek@poczta.example.pl"),
                      "Potwierdzenie anulowania członkostwa Amazon Prime",
                      kind="non_notice", auth=False, structure="text", cte="base64", text=txt, amazon_style=False,
                      note="Prime membership cancelled"))

    o = oid("408")
    d = dict(brand="Amazon.pl", title="Zaktualizuj metodę płatności", greeting="Witaj, Marcin,",
             paras=["Nie udało nam się pobrać płatności za Twoje zamówienie nr %s z karty Mastercard zakończonej cyframi 5502." % o,
                    "Aby Twoje zamówienie nie zostało anulowane, zaktualizuj metodę płatności do 18 kwietnia 2025 r. "
                    "Jeśli do tego dnia nie otrzymamy prawidłowej metody płatności, zamówienie zostanie anulowane.",
                    "Przejdź do sekcji Twoje zamówienia, wybierz zamówienie i kliknij Zmień metodę płatności."],
             order_label="Zamówienie nr", order=o, qty_label="Ilość:",
             items=[("Kindle Paperwhite (16 GB), ekran 7 cali, bez reklam", 1, "699,00 zł")],
             button=("Zmień metodę płatności", "https://www.amazon.pl/gp/css/order-history"), footer=F())
    add(**amazon_spec("pl", S, "payments-update", "Amazon.pl", ("Marcin Zając", "marcin.zajac@poczta.example.pl"),
                      "Wymagane działanie: zaktualizuj metodę płatności dla zamówienia %s" % o,
                      kind="non_notice", auth=True, structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="genuine payment reminder, order will be cancelled only if not updated"))


# ==================================================================================
# SWEDISH (amazon.se)
# ==================================================================================
def swedish():
    S = "amazon.se"
    F = FOOTER["sv"]

    # ---------------- notices ----------------
    o = oid("403")
    d = dict(brand="Amazon.se", title="Avbrutna artiklar", greeting="Hej Johan,",
             paras=["Vi beklagar att vi inte kan leverera följande förbeställda artikel från din beställning %s. "
                    "Vår leverantör har meddelat att de inte kan leverera den kvantitet vi beställt, och vi har därför avbrutit artikeln." % o,
                    "Du har inte debiterats för artikeln. Om ett belopp redan har reserverats på ditt kort släpps reservationen automatiskt inom några bankdagar.",
                    "Du får ett separat e-postmeddelande om övriga artiklar i beställningen när de har skickats."],
             order_label="Beställning #", order=o, items_label="Avbrutna artiklar", qty_label="Antal:",
             items=[("PlayStation 5 Pro-konsol (förbeställning)", 1, "8 999,00 kr")],
             button=("Visa eller hantera beställning", "https://www.amazon.se/gp/your-account/order-details?orderID=" + o),
             after=["Vi ber om ursäkt för besväret."], footer=F())
    add(**amazon_spec("sv", S, "order-update", "Amazon.se", ("Johan Lindqvist", "johan.lindqvist@example.se"),
                      "En artikel har avbrutits från din Amazon.se-beställning %s" % o,
                      kind="notice", cause="inventory_shortage", states_reason=True, auth=True,
                      structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="pre-order cannot be filled, supplier shortfall"))

    o = oid("402")
    txt = """Amazon.se
%s

Hej Karin Berg,

din beställning %s har avbrutits eftersom betalningen inte kunde
genomföras. Saldot på ditt presentkort räckte inte för hela beloppet och
det extra betalkortet du angav (Visa som slutar på 0925) nekades av banken
på grund av otillräcklig täckning.

Avbrutna artiklar:
  1 x Fiskars Hard Edge kockkniv 22 cm - 549,00 kr
  1 x OXO Good Grips salladsslunga - 399,00 kr

Inget belopp har dragits. Det återstående saldot på ditt presentkort
finns kvar på ditt konto.

Om du fortfarande vill köpa artiklarna kan du lägga en ny beställning på
Amazon.se. Kontrollera först dina betalningsuppgifter:
https://www.amazon.se/cpe/yourpayments/wallet

Vänliga hälsningar
Amazon.se kundtjänst

%s

%s
""" % (DASH[:76], o, DASH[:76], "\n\n".join(_inline_text(x) for x in F()))
    add(**amazon_spec("sv", S, "payments-messages", "Amazon.se", ("Karin Berg", "karin.berg@example.se"),
                      "Din Amazon.se-beställning %s har avbrutits" % o,
                      kind="notice", cause="payment_issue", states_reason=True, auth=False,
                      structure="text", charset="iso-8859-1", cte="quoted-printable", text=txt,
                      note="insufficient gift card balance + card declined; iso-8859-1 text-only"))

    o = oid("171")
    d = dict(brand="Amazon.se", title="Din beställning har avbrutits", greeting="Hej Sofia,",
             paras=["Vi kontaktar dig angående din beställning %s. På grund av ett tekniskt fel i vårt system visades artikeln nedan "
                    "med ett felaktigt pris under en kort period." % o,
                    "Vi har därför avbrutit beställningen. Du har inte debiterats, och en eventuell reservation på ditt kort släpps automatiskt av din bank.",
                    "Rätt pris visas nu på produktsidan. Vi ber om ursäkt för besväret."],
             order_label="Beställning #", order=o, qty_label="Antal:",
             items=[("Apple 2024 MacBook Air 13 tum med M3-chip, 8 GB RAM, 256 GB SSD - midnatt", 1, "1 299,00 kr")],
             button=("Dina beställningar", "https://www.amazon.se/gp/css/order-history"), footer=F())
    add(**amazon_spec("sv", S, "order-update", "Amazon.se", ("Sofia Holm", "sofia.holm@example.se"),
                      "Information om din Amazon.se-beställning %s" % o,
                      kind="notice", cause="technical_issue", states_reason=True, auth=True,
                      structure="html", cte="8bit", html=amz_html(Ctx(S), d),
                      note="technical error, wrong price; HTML only 8bit"))

    o = oid("405")
    d = dict(brand="Amazon.se", title="Din beställning har avbrutits", greeting="Hej Erik,",
             paras=["Vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. För att skydda dig har vi avbrutit din beställning %s "
                    "och tillfälligt spärrat kontot." % o,
                    "För att återfå åtkomst loggar du in på www.amazon.se och följer instruktionerna för att verifiera din identitet. "
                    "Vi kan be dig bekräfta faktureringsuppgifterna för betalningsmetoden som är kopplad till kontot.",
                    "Skicka inte dessa uppgifter till oss via e-post och svara inte på det här meddelandet. Om du har debiterats för beställningen får du full återbetalning."],
             order_label="Beställning #", order=o, qty_label="Antal:",
             items=[("Samsung Galaxy Watch7 44 mm Bluetooth, grön", 2, "5 798,00 kr")],
             button=("Logga in", "https://www.amazon.se/ap/signin"),
             after=["Tack för ditt tålamod.", "Amazon.se kontosäkerhet"], footer=F())
    add(**amazon_spec("sv", S, "account-update", "Amazon.se", ("Erik Nyström", "erik.nystrom@example.se"),
                      "Din Amazon.se-beställning har avbrutits",
                      kind="notice", cause="fraud_prevention", states_reason=True, auth=False,
                      structure="alt", cte="base64", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="unusual activity, account locked, identity verification"))

    o = oid("406")
    title = "Philips Hue White and Color Ambiance E27 startpaket, 3 lampor"
    txt = """Amazon.se
%s

Hej Anna,

enligt din begäran har vi avbrutit följande artikel från din beställning
%s.

Avbrutna artiklar
%s
Antal: 1
Orsak till avbeställning: Avbeställd av kunden

Om du redan har betalat för artikeln återbetalar vi 1 495,00 kr till din
ursprungliga betalningsmetod. Du kan se återbetalningens status under
Dina beställningar:
https://www.amazon.se/gp/css/order-history

Tack för att du handlar på Amazon.se.

%s

%s
""" % (DASH, o, title, EQ, "\n\n".join(_inline_text(x) for x in F()))
    add(**amazon_spec("sv", S, "auto-confirm", "Amazon.se", ("Anna Sjöberg", "anna.sjoberg@example.se"),
                      'Avbeställningen av "%s..." från din Amazon.se-beställning %s har genomförts' % (title[:36], o),
                      kind="notice", cause="customer_request", states_reason=True, auth=True,
                      structure="text", cte="8bit", text=txt,
                      note="customer cancellation confirmed, 'Avbeställd av kunden'"))

    o = oid("408")
    d = dict(brand="Amazon.se", title="Beställningen har avbrutits", greeting="Hej Oskar,",
             paras=["Din beställning %s har avbrutits." % o,
                    "Om du redan har debiterats får du en fullständig återbetalning till din ursprungliga betalningsmetod inom 5 bankdagar. Du behöver inte göra något.",
                    "Vi ber om ursäkt för eventuellt besvär."],
             order_label="Beställning #", order=o, qty_label="Antal:",
             items=[("Weber Original Kettle E-5730 kolgrill, 57 cm, svart", 1, "2 390,00 kr")],
             total=("Ordersumma:", "2 390,00 kr"),
             button=("Visa beställningsinformation", "https://www.amazon.se/gp/your-account/order-details?orderID=" + o), footer=F())
    add(**amazon_spec("sv", S, "order-update", "Amazon.se", ("Oskar Lund", "oskar.lund@example.se"),
                      "Din Amazon.se-beställning %s har avbrutits" % o,
                      kind="notice", cause="unknown", states_reason=False, auth=False,
                      structure="alt", charset="iso-8859-1", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="no reason given; iso-8859-1 multipart"))

    # ---------------- lookalikes ----------------
    txt = """Hej,

Din beställning #408-1122-93391 har avbrutits.

Artikel: Apple Watch Ultra 2
Belopp: 9 990 kr

Om du inte känner igen den här beställningen eller inte har avbrutit den
själv, ring vår kundsupport omedelbart på 08-519 226 40 (öppet dygnet runt)
så hjälper vi dig att stoppa debiteringen.

Med vänliga hälsningar
Amazon Sverige
"""
    add(lang="sv", kind="lookalike", cause="unknown", states_reason=False,
        **{"from": ("Amazon Sverige", "kundtjanst@amazon-se-support.com")}, to=("", "per.andersson@example.se"),
        subject="Din beställning #408-1122-93391 har avbrutits", structure="text", cte="quoted-printable", text=txt,
        phish=dict(host="amazon-se-support.com", ip="203.0.113.200"),
        note="callback phone, malformed order number, no reason, look-alike domain")

    evil = "https://amazon.se.kontosakerhet.help/upplas?kod=7731&s=" + hexs(12)
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"></head>
<body style="background:#f2f2f2;font-family:Arial,sans-serif">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:18px 24px;background:#131921;color:#ffffff;font-size:22px;font-weight:bold">amazon<span style="color:#febd69">.se</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#111111">
<p style="font-size:18px;font-weight:bold;color:#b12704">Ditt konto har spärrats</p>
<p>Hej,</p>
<p>Vi har registrerat flera misslyckade inloggningsförsök på ditt konto. Av säkerhetsskäl har ditt konto spärrats och din senaste beställning har avbrutits.</p>
<p>Använd följande kod för att låsa upp kontot:</p>
<p style="font-size:30px;font-weight:bold;text-align:center;letter-spacing:5px;background:#f7fafa;padding:12px">7731-SE</p>
<p style="text-align:center"><a href="%s" style="background:#ffd814;color:#0f1111;padding:11px 30px;text-decoration:none;border-radius:20px">Lås upp konto</a></p>
<p>Om kontot inte låses upp inom 24 timmar stängs det permanent.</p>
<p>Vänliga hälsningar<br>Amazon.se Säkerhet</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888888">© 2025 Amazon.com, Inc. eller dess dotterbolag.</td></tr>
</table></body></html>
""" % evil
    add(lang="sv", kind="lookalike", cause="fraud_prevention", states_reason=True,
        **{"from": ("Amazon.se", "sakerhet@amazon.se.kontosakerhet.help")}, to=("", "linnea.ek@example.se"),
        subject="Ditt konto har spärrats och din beställning har avbrutits", structure="html", cte="quoted-printable", html=html_,
        phish=dict(host="amazon.se.kontosakerhet.help", ip="198.51.100.99"),
        note="account locked + order cancelled, unlock code; amazon.se.evil.help; no order number")

    txt = """Hej kund,

Din beställning på Amazon har avbrutits eftersom betalningen inte gick igenom.

För att återaktivera beställningen svara på detta mail med:
- Namn på kortet
- Kortnummer
- Utgångsdatum
- CVC-kod

Om vi inte får svar inom 24 timmar raderas beställningen och pengarna återbetalas inte.

Mvh
Amazon betalningar
"""
    add(lang="sv", kind="lookalike", cause="payment_issue", states_reason=True,
        **{"from": ("Amazon Betalningar", "amazon.kundservice.se@yahoo.com")}, reply_to="amazon.kundservice.se@yahoo.com",
        to=("", "mats.olofsson@example.se"), subject="Beställning avbruten - betalning misslyckades",
        structure="text", charset="iso-8859-1", cte="8bit", text=txt,
        phish=dict(freemail="yahoo"), note="crude, reply with card details, yahoo sender, no order number, iso-8859-1")

    o_fake = "404-6630917-2285410"
    evil = "https://amazon-se.order-status.info/aterbetalning?o=" + o_fake
    ctx = Ctx(S, genuine=False, evil=evil)
    d = dict(brand="Amazon.se", title="Din beställning har avbrutits", greeting="Hej,",
             paras=["På grund av ett prisfel i vårt system har din beställning %s avbrutits." % o_fake,
                    "Som kompensation erbjuder vi en återbetalning av hela beloppet samt ett presentkort på 250 kr. Begär din återbetalning inom 48 timmar.",
                    ("Begär återbetalning:", evil, "https://www.amazon.se/gp/css/order-history")],
             order_label="Beställning #", order=o_fake, order_url=evil, qty_label="Antal:",
             items=[("Sony PlayStation VR2", 1, "2 199,00 kr")],
             button=("https://www.amazon.se/gp/css/order-history", evil, "https://www.amazon.se/gp/css/order-history"),
             footer=[f if not isinstance(f, tuple) else (f[0], evil, f[2] if len(f) > 2 else f[1]) for f in F()])
    add(lang="sv", kind="lookalike", cause="technical_issue", states_reason=True,
        **{"from": ("Amazon.se", "auto-confirm@amazon-se.order-status.info")}, reply_to="no-reply@amazon.se",
        to=("Helena Strand", "helena.strand@example.se"),
        subject="Din Amazon.se-beställning %s har avbrutits" % o_fake, structure="alt", cte="quoted-printable",
        text=amz_text(d, S), html=amz_html(ctx, d), amazon_style=True,
        phish=dict(host="amazon-se.order-status.info", ip="192.0.2.88",
                   auth="spf=softfail smtp.mailfrom=amazon-se.order-status.info; dkim=none; dmarc=fail header.from=amazon-se.order-status.info"),
        note="polished genuine-template copy; pricing-error claim; link text amazon.se, href order-status.info")

    evil = "https://kundnotiser-online.com/se/aterbetalning?id=" + hexs(10)
    d = dict(title="Varan är slut i lager", greeting="Hej,",
             paras=["Tyvärr är varan du beställde slut i lager hos säljaren och din beställning nr 171-44120-8823 har därför avbrutits.",
                    "För att få tillbaka 1 249 kr måste du bekräfta dina kortuppgifter inom 48 timmar.",
                    ("Bekräfta återbetalning:", evil, "Bekräfta här"),
                    "Tack för att du handlar hos Amazon."],
             sig="Amazon.se Kundservice",
             footer=["Detta är ett automatiskt meddelande.", "© 1996-2025, Amazon.com, Inc."])
    add(lang="sv", kind="lookalike", cause="inventory_shortage", states_reason=True,
        **{"from": ("\u0410m\u0430z\u043en.se", "info@kundnotiser-online.com")}, to=("", "david.sandberg@example.se"),
        subject="Din beställning har avbrutits – varan är slut i lager", structure="alt", cte="base64",
        text=plain_text(d), html=plain_html(d, accent="#e47911", logo_text="amazon.se", header_bg="#232f3e"), bstyle="x",
        phish=dict(host="kundnotiser-online.com", ip="203.0.113.150"),
        note="Cyrillic homoglyphs in display name, malformed order number, card details for refund")

    evil = "http://amaz0n.se/bankid/verifiera?ref=" + hexs(8)
    html_ = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=__CHARSET__"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222222">
<div style="max-width:560px;margin:0 auto;border:1px solid #dddddd;padding:20px">
<p style="font-size:24px;font-weight:bold;color:#232f3e;margin:0 0 16px 0">amazon.se</p>
<p>Hej,</p>
<p>Vi behöver bekräfta din identitet innan vi kan skicka din senaste beställning.</p>
<p><b>Din beställning kommer att avbrytas inom 24 timmar</b> om du inte verifierar dig med BankID.</p>
<p style="text-align:center;margin:22px 0"><a href="%s" style="background:#235971;color:#ffffff;padding:10px 26px;text-decoration:none;border-radius:4px">Verifiera med BankID</a></p>
<p>Verifieringen tar mindre än en minut.</p>
<p>Med vänliga hälsningar<br>Amazon.se</p>
<p style="font-size:10px;color:#999999">Det här meddelandet skickades automatiskt. Amazon ber dig aldrig om ditt lösenord via e-post.</p>
</div></body></html>
""" % evil
    add(lang="sv", kind="lookalike", cause="fraud_prevention", states_reason=True,
        **{"from": ("Amazon.se", "noreply@amaz0n.se")}, to=("", "ida.forsberg@example.se"),
        subject="Åtgärd krävs: din beställning kommer att avbrytas", structure="html", charset="iso-8859-1", cte="base64", html=html_,
        phish=dict(host="amaz0n.se", ip="198.51.100.141"),
        note="will be cancelled unless identity verified with BankID; amaz0n.se; no order number")

    txt = """Hej!

Din avbeställning är bekräftad. Beloppet 2 349 kr kommer att återbetalas via Swish.

För att vi ska kunna skicka pengarna, svara på detta mail med ditt personnummer och mobilnummer kopplat till Swish.

Mvh
Amazon Kundtjänst Sverige
"""
    add(lang="sv", kind="lookalike", cause="customer_request", states_reason=True,
        **{"from": ("Amazon Kundtjänst", "amazon.kundtjanst.sverige@gmail.com")}, to=("", "emil.hedlund@example.se"),
        subject="Avbeställning bekräftad", structure="text", cte="8bit", text=txt,
        phish=dict(freemail="gmail"), note="crude, gmail sender, claims customer cancellation, asks ID number for Swish refund")

    o_fake = "403-99812-22"
    evil = "https://amazon.se.ordersupport-eu.top/betalning/uppdatera?o=" + o_fake
    ctx = Ctx(S, genuine=False, evil=evil)
    d = dict(brand="Amazon.se", title="Avbrutna artiklar", greeting="Hej,",
             paras=["Vi kunde inte verifiera betalningen för din beställning %s och följande artikel har därför avbrutits." % o_fake,
                    "Uppdatera din betalningsmetod för att undvika att fler beställningar avbryts.",
                    ("Hantera betalningar:", evil, "https://www.amazon.se/cpe/yourpayments/wallet")],
             order_label="Beställning #", order=o_fake, order_url=evil, items_label="Avbrutna artiklar", qty_label="Antal:",
             items=[("Bose QuietComfort Ultra trådlösa hörlurar, svart", 1, "4 290,00 kr")],
             button=("Uppdatera betalningsmetod", evil),
             footer=[f if not isinstance(f, tuple) else (f[0], evil, f[2] if len(f) > 2 else f[1]) for f in F()])
    add(lang="sv", kind="lookalike", cause="payment_issue", states_reason=True,
        **{"from": ("Amazon.se", "auto-confirm@amazon.se.ordersupport-eu.top")}, to=("", "maja.lindgren@example.se"),
        subject="En artikel har avbrutits från din Amazon.se-beställning %s" % o_fake, structure="alt", cte="quoted-printable",
        text=amz_text(d, S), html=amz_html(ctx, d), amazon_style=True,
        phish=dict(host="amazon.se.ordersupport-eu.top", ip="192.0.2.61",
                   auth="spf=pass smtp.mailfrom=amazon.se.ordersupport-eu.top; dkim=pass header.d=ordersupport-eu.top; dmarc=pass header.from=amazon.se.ordersupport-eu.top"),
        note="polished; amazon.se.evil.top; malformed order number; dkim pass for evil domain; copied security footer")

    # ---------------- non-notices ----------------
    d = dict(title="Din order har makulerats", greeting="Hej Fredrik,",
             paras=["Tyvärr kan vi inte leverera produkten i din order 7003192844, eftersom den inte längre finns i lager hos vår leverantör. Ordern har därför makulerats.",
                    "Makulerad produkt: Samsung 65\" QN90D Neo QLED 4K TV - 17 990 kr",
                    "Om du har betalat med kort släpps reservationen inom 3-5 bankdagar. Din ansökan om prismatchning mot Amazon.se för samma produkt har också stängts automatiskt.",
                    ("Se liknande produkter:", "https://www.elgiganten.se/tv-ljud-smart-hem/tv-tillbehor/tv", "elgiganten.se")],
             sig="Med vänliga hälsningar\nElgiganten Kundservice",
             footer=["Elgiganten AB, Box 1264, 164 29 Kista", "Detta mejl går inte att besvara."])
    add(lang="sv", kind="non_notice",
        **{"from": ("Elgiganten", "noreply@elgiganten.se")}, to=("Fredrik Åberg", "fredrik.aberg@example.se"),
        subject="Din order 7003192844 har makulerats", structure="alt", cte="quoted-printable",
        text=plain_text(d), html=plain_html(d, accent="#041e50", logo_text="ELGIGANTEN", header_bg="#041e50"), bstyle="x",
        other=dict(host="elgiganten.se"), note="Elgiganten out-of-stock cancellation mentioning Amazon.se price match")

    o = oid("402")
    txt = """Hej Emma!

Jag avbeställde den där Amazon-beställningen med dammsugaren (%s),
den skulle inte komma förrän i maj ändå. Fick redan ett mejl om att
beställningen är avbruten, så pengarna kommer väl tillbaka på kortet.

Vi köper en på Clas Ohlson i helgen istället. Ses på söndag!

Kram
Pappa
""" % o
    add(lang="sv", kind="non_notice",
        **{"from": ("Lars Eriksson", "lars.eriksson@example.se")}, to=("Emma Eriksson", "emma.eriksson@example.se"),
        subject="Amazon-grejen", structure="text", charset="iso-8859-1", cte="quoted-printable", text=txt,
        other=dict(host="example.se", mailer="Apple Mail (2.3774.500.171.1.1)"),
        note="father says he cancelled his Amazon order; contains order number; iso-8859-1")

    d = dict(title="Säkerhetsbrevet vecka 11",
             paras=["Veckans vanligaste bluffmejl har ämnesraden ”Din Amazon.se-beställning har avbrutits”. Mejlet ser ut att komma från Amazon, "
                    "men avsändaradressen slutar på till exempel .top, .help eller innehåller amaz0n med en nolla.",
                    "Mottagaren uppmanas att ”bekräfta betalningen” eller ringa ett telefonnummer för att stoppa en debitering. "
                    "Länkarna leder till falska inloggningssidor som samlar in kortuppgifter och BankID-godkännanden.",
                    "Våra råd: logga alltid in direkt via appen eller genom att skriva adressen själv, ring aldrig nummer från oväntade mejl och rapportera bluffen till din e-postleverantör.",
                    ("Läs hela artikeln med skärmbilder:", "https://sakerhetsbrevet.example/2025/v11/amazon-bluff", "sakerhetsbrevet.example")],
             sig="Redaktionen, Säkerhetsbrevet",
             footer=["Du får det här nyhetsbrevet eftersom du prenumererar på Säkerhetsbrevet.",
                     ("Avsluta prenumerationen", "https://sakerhetsbrevet.example/avsluta?u=" + hexs(10), "här")])
    add(lang="sv", kind="non_notice",
        **{"from": ("Säkerhetsbrevet", "nyhetsbrev@sakerhetsbrevet.example")}, to=("", "prenumerant@example.se"),
        subject="Bluffmejl: ”Din Amazon.se-beställning har avbrutits”", structure="alt", cte="base64",
        text=plain_text(d), html=plain_html(d, accent="#2e7d32", logo_text="Säkerhetsbrevet"), bstyle="x",
        other=dict(host="sakerhetsbrevet.example", list=True), note="security newsletter quoting fake cancellation subject")

    o = oid("407")
    d = dict(brand="Amazon.se", title="Din leveranstid har avbokats", greeting="Hej Ulrika,",
             paras=["Den schemalagda leveranstiden för din beställning %s (lördag 15 mars, 10:00-14:00) har avbokats eftersom budfirman inte kan köra i ditt område den dagen." % o,
                    "Din beställning har inte avbrutits. Den levereras i stället med standardleverans, och du får ett nytt beräknat leveransdatum när paketet har skickats."],
             order_label="Beställning #", order=o, qty_label="Antal:",
             items=[("Kartell Componibili förvaringsmodul med 3 fack, vit", 1, "1 149,00 kr")],
             button=("Spåra ditt paket", "https://www.amazon.se/gp/css/shiptrack/view.html"), footer=F())
    add(**amazon_spec("sv", S, "shipment-tracking", "Amazon.se", ("Ulrika Dahl", "ulrika.dahl@example.se"),
                      "Din leveranstid har avbokats",
                      kind="non_notice", auth=True, structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="scheduled delivery slot cancelled; order explicitly not cancelled"))

    txt = """Prime Video

Hej Niklas,

Din Prime Video-prenumeration har sagts upp. Du har tillgång till Prime
Video till och med den 30 april 2025. Därefter debiteras du inte längre
59 kr per månad.

Köpta och hyrda titlar finns kvar i ditt bibliotek.

Vill du fortsätta titta kan du när som helst starta prenumerationen igen på
primevideo.com/settings.

Hälsningar
Prime Video-teamet

Prime Video tillhandahålls av Amazon Digital UK Limited. Svara inte på det
här meddelandet.
"""
    add(lang="sv", kind="non_notice",
        **{"from": ("Prime Video", "no-reply@primevideo.com")}, to=("", "niklas.wallin@example.se"),
        subject="Din Prime Video-prenumeration har sagts upp", structure="text", cte="base64", text=txt,
        other=dict(host="primevideo.com"), note="Prime Video subscription cancelled")

    o = oid("404")
    d = dict(brand="Amazon.se", title="Åtgärd krävs: betalning", greeting="Hej Camilla,",
             paras=["Vi kunde inte debitera din Mastercard som slutar på 7714 för beställningen %s." % o,
                    "Uppdatera betalningsmetoden senast den 22 mars 2025. Om vi inte tar emot en giltig betalning före detta datum kommer beställningen att avbrytas.",
                    "Gå till Dina beställningar, välj beställningen och klicka på Ändra betalningsmetod."],
             order_label="Beställning #", order=o, qty_label="Antal:",
             items=[("Nintendo Switch OLED-modell, vit", 1, "3 695,00 kr")],
             button=("Ändra betalningsmetod", "https://www.amazon.se/gp/css/order-history"), footer=F())
    add(**amazon_spec("sv", S, "payments-update", "Amazon.se", ("Camilla Persson", "camilla.persson@example.se"),
                      "Åtgärd krävs: uppdatera betalningsmetoden för din beställning %s" % o,
                      kind="non_notice", auth=False, structure="alt", cte="quoted-printable", text=amz_text(d, S), html=amz_html(Ctx(S), d),
                      note="genuine payment reminder, cancellation only threatened"))


# ==================================================================================
# transport headers and main
# ==================================================================================
def b64junk(n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def add_transport(spec, date):
    lang = spec["lang"]
    mx = MX[lang]
    rcpt = spec["to"][1]
    pre, post = [], []
    dstr = format_datetime(date + datetime.timedelta(seconds=rng.randint(1, 9)))
    if spec.get("genuine"):
        site = spec["site"]
        ip = "54.240.%d.%d" % (rng.choice([3, 4, 7, 48]), rng.randint(1, 250))
        host = "a%s-%d.smtp-out.eu-west-1.amazonses.com" % (ip.split(".")[2], rng.randint(1, 250))
        bounce = "%s%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), hexs(20), site)
        pre.append(("Delivered-To", rcpt))
        pre.append(("Return-Path", "<%s>" % bounce))
        pre.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (host, host, ip, mx, tok(10).lower(), rcpt, dstr)))
        if spec.get("auth"):
            pre.append(("Authentication-Results", "%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=bounces.%s;\n\tdmarc=pass header.from=%s"
                        % (mx, site, tok(32).lower(), b64junk(6)[:8], mx, bounce, ip, site, site)))
        pre.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s;\n\tb=%s"
                    % (tok(32).lower(), site, int(date.timestamp()), b64junk(32), b64junk(96))))
        spec["message_id"] = "<0102%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
        if rng.random() < 0.6:
            post.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        post.append(("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % b64junk(30)[:43]))
        post.append(("X-SES-Outgoing", "%s-%s" % (date.strftime("%Y.%m.%d"), ip)))
    elif spec.get("phish", {}).get("freemail") or spec.get("other"):
        fm = spec.get("phish", {}).get("freemail")
        if fm == "gmail":
            pre.append(("Return-Path", "<%s>" % spec["from"][1]))
            pre.append(("Received", "from mail-wm1-f%d.google.com (mail-wm1-f%d.google.com [209.85.128.%d])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % ((n := rng.randint(41, 70)), n, n, mx, tok(10).lower(), rcpt, dstr)))
            pre.append(("Authentication-Results", "%s;\n\tdkim=pass header.d=gmail.com header.s=20230601;\n\tspf=pass smtp.mailfrom=gmail.com;\n\tdmarc=pass header.from=gmail.com" % mx))
            spec["message_id"] = "<CA+%s@mail.gmail.com>" % b64junk(36).replace("/", "_").replace("+", "-")
        elif fm == "outlook":
            pre.append(("Return-Path", "<%s>" % spec["from"][1]))
            pre.append(("Received", "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn20%d.outbound.protection.outlook.com [40.92.%d.%d])\n\tby %s with ESMTPS id %s; %s" % (rng.randint(10, 99), rng.randint(1, 90), rng.randint(1, 250), mx, tok(10).lower(), dstr)))
            spec["message_id"] = "<%s@%sPR0%dMB%d.eurprd0%d.prod.outlook.com>" % (tok(36), tok(4), rng.randint(1, 9), rng.randint(1000, 9999), rng.randint(1, 9))
            post.append(("X-MS-Exchange-Organization-SCL", "1"))
        elif fm == "yahoo":
            pre.append(("Return-Path", "<%s>" % spec["from"][1]))
            pre.append(("Received", "from sonic%d-%d.consmr.mail.ir2.yahoo.com (sonic%d-%d.consmr.mail.ir2.yahoo.com [77.238.176.%d])\n\tby %s with ESMTPS id %s; %s" % ((a := rng.randint(300, 330)), (b := rng.randint(10, 40)), a, b, rng.randint(1, 250), mx, tok(10).lower(), dstr)))
            spec["message_id"] = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 10**9), rng.randint(10**9, 10**10), rng.randint(10**12, 10**13))
            post.append(("X-Mailer", "WebService/1.1.22077 YMailNorrin"))
        else:
            o = spec["other"]
            host = o["host"]
            ip = "198.18.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
            pre.append(("Return-Path", "<bounce-%s@%s>" % (hexs(10), host) if o.get("list") or "noreply" in spec["from"][1] or "info@" in spec["from"][1] else "<%s>" % spec["from"][1]))
            pre.append(("Received", "from mail.%s (mail.%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (host, host, ip, mx, tok(10).lower(), rcpt, dstr)))
            if rng.random() < 0.5:
                pre.append(("Authentication-Results", "%s;\n\tdkim=pass header.d=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass header.from=%s" % (mx, host, host, host)))
            spec["message_id"] = "<%s.%d@%s>" % (hexs(16), int(date.timestamp()), host)
            if o.get("mailer"):
                post.append(("User-Agent" if "Thunderbird" in o["mailer"] else "X-Mailer", o["mailer"]))
            if o.get("list"):
                post.append(("List-Unsubscribe", "<https://%s/unsubscribe?id=%s>, <mailto:unsubscribe@%s>" % (host, hexs(12), host)))
                post.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
                post.append(("Precedence", "bulk"))
    else:
        ph = spec["phish"]
        host = ph["host"]
        ip = ph["ip"]
        pre.append(("Return-Path", "<%s@%s>" % (rng.choice(["bounce", "www-data", "mailer", "info"]), host)))
        pre.append(("Received", "from %s (unknown [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s" % (rng.choice(["localhost", "vps-" + hexs(6), "mail." + host]), ip, mx, tok(10).lower(), rcpt, dstr)))
        if ph.get("auth"):
            pre.append(("Authentication-Results", "%s;\n\t%s" % (mx, ph["auth"].replace("; ", ";\n\t"))))
        spec["message_id"] = "<%s@%s>" % (hexs(24), host)
        if ph.get("mailer"):
            post.append(("X-Mailer", ph["mailer"]))
    spec["pre_headers"] = pre
    spec["post_headers"] = post


def main():
    italian()
    polish()
    swedish()
    rng.shuffle(SPECS)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    start = datetime.datetime(2025, 1, 8, 6, 0, tzinfo=datetime.timezone.utc)
    for i, spec in enumerate(SPECS, 1):
        date = start + datetime.timedelta(minutes=rng.randint(0, 100 * 24 * 60))
        if not spec.get("genuine"):
            tz = datetime.timezone(datetime.timedelta(hours=rng.choice([1, 1, 2, 0, -5, 3])))
            date = date.astimezone(tz)
        add_transport(spec, date)
        fname = "x3%03d.eml" % i
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(spec, date))
        kind = spec["kind"]
        labels.append({
            "file": fname,
            "kind": kind,
            "language": spec["lang"],
            "cause": spec.get("cause") if kind != "non_notice" else None,
            "states_reason": bool(spec.get("states_reason", False)) if kind != "non_notice" else False,
            "marketplace": spec["site"] if kind == "notice" else None,
            "note": spec["note"],
        })
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
