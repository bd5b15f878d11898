#!/usr/bin/env python3
"""Regenerate blind batch s2 (fr / es / pt): lookalikes, non-notices, notices.

Run:  python3 make.py      -> writes mail/s2NNN.eml and labels.json next to this file.
Standard library only; fixed random seed, so output is reproducible.
"""
import json
import os
import random
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
import datetime
import io

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
RNG = random.Random(20250302)

CTE = {"qp": QP, "b64": BASE64, "8bit": None}


# ---------------------------------------------------------------- MIME helpers
def text_part(text, subtype, charset, cte):
    text.encode(charset)  # fail loudly if the text does not fit the charset
    cs = Charset(charset)
    cs.body_encoding = CTE[cte]
    part = MIMEText(text, subtype, cs)
    del part["MIME-Version"]
    return part


def amazon_boundary():
    return "----=_Part_%d_%d.%d" % (RNG.randint(1000000, 99999999),
                                   RNG.randint(100000000, 2099999999),
                                   RNG.randint(1600000000000, 1740000000000))


def generic_boundary():
    return "%032x" % RNG.getrandbits(128)


def enc_header(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name="Subject").encode(maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def ses_message_id(region="eu-west-1"):
    return "<%016x-%08x-%04x-%04x-%04x-%012x-000000@%s.amazonses.com>" % (
        RNG.getrandbits(64), RNG.getrandbits(32), RNG.getrandbits(16), RNG.getrandbits(16),
        RNG.getrandbits(16), RNG.getrandbits(48), region)


def plain_message_id(domain):
    return "<%s.%d@%s>" % ("%020x" % RNG.getrandbits(80), RNG.randint(1000, 99999), domain)


def rand_date(year_month_days):
    if isinstance(year_month_days, datetime.datetime):
        return year_month_days
    y, m, d = year_month_days
    return datetime.datetime(y, m, d, RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59),
                             tzinfo=datetime.timezone.utc)


def dkim_sig(domain, t):
    s = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                for _ in range(172))
    bh = "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                 for _ in range(43)) + "="
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; "
            "h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; bh=%s; b=%s"
            % (RNG.choice(["rjp7gmdwyrs5rbbw2b3xbbtb6mffbwfd", "2rzsfajnexlmk2nsipdx5dh6pwfdsjsi",
                           "dkim-01", "eaxkvsyelrnxjh4cicqyjjmtjpetuwjx"]),
               domain, t, bh, s))


def fold(value, seps=("; ",)):
    """Pre-fold a long structured header at the given separators (as MTAs do)."""
    for sep in seps:
        value = value.replace(sep, sep.rstrip() + "\n\t")
    return value


def mx_for(to_addr):
    dom = to_addr.rsplit("@", 1)[-1].lower()
    if dom == "gmail.com":
        return "mx.google.com"
    if dom.startswith(("hotmail.", "outlook.", "live.")):
        return "AM4PEPF00027A6C.mail.protection.outlook.com"
    return {"orange.fr": "mwinf5c11.me-wanadoo.net", "free.fr": "mx1.free.fr", "uol.com.br": "mx.uol.com.br",
            "bol.com.br": "mx.bol.com.br", "icloud.com": "mx01.mail.icloud.com"}.get(dom, "mx." + dom)


def build(spec, number):
    """spec: dict with keys from_, to, subject, date, text, html, charset, cte,
    layout ('alt'|'text'|'html'), headers (list of (k,v)), amazon (bool), auth (str|None)."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    html_cte = spec.get("html_cte", cte)
    layout = spec["layout"]
    amazon_style = spec.get("amazon_style", False) or "amazonses.com" in spec.get("message_id", "")
    if layout == "alt":
        msg = MIMEMultipart("alternative",
                            boundary=amazon_boundary() if amazon_style else generic_boundary())
        msg.attach(text_part(spec["text"], "plain", charset, cte))
        msg.attach(text_part(spec["html"], "html", charset, html_cte))
    elif layout == "text":
        msg = text_part(spec["text"], "plain", charset, cte)
    else:
        msg = text_part(spec["html"], "html", charset, html_cte)
    body_headers = [(k, msg[k]) for k in ("Content-Type", "Content-Transfer-Encoding") if msg[k]]
    for k in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
        del msg[k]
    hdrs = []
    hdrs += spec.get("pre_headers", [])
    if spec.get("auth"):
        hdrs.append(("Authentication-Results", spec["auth"]))
    hdrs += spec.get("headers", [])
    hdrs.append(("From", spec["from_"]))
    if spec.get("reply_to"):
        hdrs.append(("Reply-To", spec["reply_to"]))
    hdrs.append(("To", spec["to"]))
    hdrs.append(("Subject", enc_header(spec["subject"], spec.get("subject_charset", "utf-8"))))
    hdrs.append(("Date", format_datetime(spec["date"])))
    hdrs.append(("Message-ID", spec["message_id"]))
    hdrs += spec.get("post_headers", [])
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += body_headers
    for k, v in hdrs:
        if k in ("Authentication-Results", "DKIM-Signature") and "\n" not in v:
            v = fold(v)
        elif k == "Received" and "\n" not in v:
            v = v.replace(" by ", "\n\tby ", 1).replace(" with ", "\n\twith ", 1).replace("; ", ";\n\t")
        msg[k] = v
    # reorder so that our header order is kept and body headers come last
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=998).flatten(msg)
    return buf.getvalue()


# ------------------------------------------------------------ Amazon headers
def amazon_headers(domain, auth, region="eu-west-1", to_addr="", stamp=None):
    """Trace headers of a genuine Amazon SES notification. auth: True -> with
    Authentication-Results (dkim/dmarc pass), False -> none at all."""
    ip = "54.240.%d.%d" % (RNG.randint(0, 15), RNG.randint(1, 254))
    host = "a%s.smtp-out.%s.amazonses.com" % (ip.replace(".", "-"), region)
    mx = mx_for(to_addr)
    recv = "from %s (%s [%s]) by %s with ESMTPS id %s for <%s>; %s" % (
        host, host, ip, mx, "%012x" % RNG.getrandbits(48), to_addr,
        format_datetime(stamp + datetime.timedelta(seconds=RNG.randint(1, 9))))
    pre = [("Return-Path", "<%d%s@bounces.%s>" % (RNG.randint(10**15, 10**16),
                                                  "".join(RNG.choice("abcdef0123456789") for _ in range(6)),
                                                  domain)),
           ("Received", recv)]
    headers = []
    if auth:
        ar = ("%s; dkim=pass header.d=%s header.s=%s header.b=%s; "
              "dkim=pass header.d=amazonses.com header.s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn; "
              "spf=pass (%s: domain of bounces.%s designates %s as permitted sender) "
              "smtp.mailfrom=bounces.%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
              % (mx, domain, RNG.choice(["rjp7gmdwyrs5rbbw2b3xbbtb6mffbwfd", "2rzsfajnexlmk2nsipdx5dh6pwfdsjsi"]),
                 "".join(RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefgh") for _ in range(8)),
                 mx, domain, ip, domain, domain))
        pre.insert(1, ("Authentication-Results", ar))
        headers.append(("DKIM-Signature", dkim_sig(domain, int(stamp.timestamp()) - RNG.randint(1, 5))))
    post = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", "%d@bounces.%s" % (RNG.randint(10**15, 10**16), domain)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("Feedback-ID", "1.%s.%s:AmazonSES" % (region, "".join(RNG.choice("ABCDEFGHabcdefgh0123456789+/")
                                                                      for _ in range(43))))]
    return pre, headers, post


# ------------------------------------------------------------ Amazon templates
LOC = {
    "amazon.fr": dict(brand="Amazon.fr", base="https://www.amazon.fr", nav=("Vos commandes", "Votre compte", "Amazon.fr"),
                      order_lbl="Commande n°", items_h="Article(s) annulé(s)", qty="Quantité", sold="Vendu par",
                      total="Montant annulé", view="Afficher les détails de la commande",
                      noreply="Cet e-mail a été envoyé depuis une adresse qui ne peut pas recevoir d'e-mails. Merci de ne pas y répondre."),
    "amazon.ca": dict(brand="Amazon.ca", base="https://www.amazon.ca", nav=("Vos commandes", "Votre compte", "Amazon.ca"),
                      order_lbl="Commande nº", items_h="Articles annulés", qty="Quantité", sold="Vendu par",
                      total="Montant annulé", view="Voir les détails de la commande",
                      noreply="Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir de courriels. Veuillez ne pas y répondre."),
    "amazon.com.be": dict(brand="Amazon.com.be", base="https://www.amazon.com.be", nav=("Vos commandes", "Votre compte", "Amazon.com.be"),
                          order_lbl="Commande n°", items_h="Article(s) annulé(s)", qty="Quantité", sold="Vendu par",
                          total="Montant annulé", view="Afficher les détails de la commande",
                          noreply="Cet e-mail a été envoyé depuis une adresse qui ne peut pas recevoir d'e-mails. Merci de ne pas y répondre."),
    "amazon.es": dict(brand="Amazon.es", base="https://www.amazon.es", nav=("Mis pedidos", "Mi cuenta", "Amazon.es"),
                      order_lbl="Pedido n.º", items_h="Artículos cancelados", qty="Cantidad", sold="Vendido por",
                      total="Importe cancelado", view="Ver detalles del pedido",
                      noreply="Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas."),
    "amazon.com.mx": dict(brand="Amazon.com.mx", base="https://www.amazon.com.mx", nav=("Mis pedidos", "Mi cuenta", "Amazon.com.mx"),
                          order_lbl="Pedido #", items_h="Artículos cancelados", qty="Cantidad", sold="Vendido por",
                          total="Monto cancelado", view="Ver detalles del pedido",
                          noreply="Este correo se envió desde una dirección que no puede recibir mensajes. Por favor no respondas a este correo."),
    "amazon.com.br": dict(brand="Amazon.com.br", base="https://www.amazon.com.br", nav=("Seus pedidos", "Sua conta", "Amazon.com.br"),
                          order_lbl="Pedido nº", items_h="Itens cancelados", qty="Quantidade", sold="Vendido por",
                          total="Valor cancelado", view="Ver detalhes do pedido",
                          noreply="Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não responda a esta mensagem."),
}

CSS_A = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
#container { width:640px; font:12px/16px Arial, sans-serif; color:#333333; }
#container td.frame { padding:10px 18px; }
#header .logo img { width:180px; height:38px; border:0; }
#header .navigation { text-align:right; font-size:12px; }
#header .navigation a { color:#0066c0; text-decoration:none; }
#header .title h2 { color:#cc6600; font-size:20px; font-weight:normal; margin:0 0 4px 0; }
#summary .heading { color:#cc6600; font-size:18px; }
#orderDetails td { padding:6px 0; border-bottom:1px solid #eaeaea; vertical-align:top; }
#orderDetails .name a { color:#0066c0; text-decoration:none; }
#orderDetails .price { text-align:right; white-space:nowrap; font-weight:bold; }
#closing { color:#666666; font-size:11px; line-height:15px; }
#closing a { color:#0066c0; text-decoration:none; }
#division td { border-top:1px solid #cccccc; height:10px; }
"""

CSS_B = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandImage { width: 130px; }
.emailContainer { background-color: #ffffff; border: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
.emailContainerTD { padding: 25px 23px 33px 23px; }
.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }
.informationTable { font-size: 16px; line-height: 22px; color: #002E36; }
.informationTable td { padding-bottom: 16px; }
.orderDetailsTable { font-size: 15px; line-height: 20px; }
.orderDetailsTableLink { text-decoration: none; color: #008296; }
.orderIdTable { font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.orderIdTable a { text-decoration: none; color: #879596; }
.emailClosing { font-size: 11px; line-height: 15px; color: #868686; }
.emailClosing a { color: #868686; }
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _p_html(p):
    # paragraphs are given as text; "[[label|url]]" becomes a link
    out = ""
    while "[[" in p:
        a, rest = p.split("[[", 1)
        inner, p = rest.split("]]", 1)
        label, url = inner.split("|", 1)
        out += esc(a) + '<a href="%s">%s</a>' % (esc(url), esc(label))
    return out + esc(p)


def _p_text(p):
    out = ""
    while "[[" in p:
        a, rest = p.split("[[", 1)
        inner, p = rest.split("]]", 1)
        label, url = inner.split("|", 1)
        out += a + label + " (" + url + ")" if not label.startswith("http") else a + url
    return out + p


def amazon_html(mp, d, style="A", lang="fr"):
    L = LOC[mp]
    base = d.get("base", L["base"])
    order_url = d.get("order_url", base + "/gp/your-account/order-details?ie=UTF8&orderID=%s&ref_=pe_oc_cancel" % d.get("order", ""))
    nav_urls = d.get("nav_urls", (base + "/gp/css/order-history?ref_=pe_oc_nav", base + "/gp/css/homepage.html?ref_=pe_oc_nav", base + "/?ref_=pe_oc_nav"))
    logo = d.get("logo", "https://m.media-amazon.com/images/G/08/x-locale/common/transparent-pixel._CB485935036_.gif")
    items_html = ""
    for it in d.get("items", []):
        items_html += ("""
             <tr>
              <td class="image" style="width:90px;"><img src="https://m.media-amazon.com/images/I/%s._SS90_.jpg" width="75" alt="" /></td>
              <td class="name"><a href="%s/dp/%s?ref_=pe_oc_item">%s</a><br /><span style="color:#666666;">%s %s</span><br /><span style="color:#666666;">%s : %s</span></td>
              <td class="price">%s</td>
             </tr>""" % (it.get("img", "71" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789") for _ in range(9))),
                         base, it.get("asin", "B0" + "".join(RNG.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))),
                         esc(it["title"]), L["sold"], esc(it.get("seller", L["brand"])), L["qty"], it.get("qty", 1), esc(it["price"])))
    paras = "".join("<p>%s</p>\n" % _p_html(p) for p in d["paras"])
    after = "".join("<p>%s</p>\n" % _p_html(p) for p in d.get("after", []))
    footer = "".join("<p>%s</p>\n" % _p_html(p) for p in d.get("footer", []))
    total = ""
    if d.get("total"):
        total = """<tr><td></td><td style="text-align:right;">%s :</td><td class="price">%s</td></tr>""" % (d.get("total_lbl", L["total"]), esc(d["total"]))
    order_line = ""
    if d.get("order"):
        order_line = '%s <a href="%s">%s</a>' % (L["order_lbl"], esc(order_url), d["order"])
    if style == "A":
        return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <title>%(title)s</title>
  <style type="text/css">%(css)s</style>
 </head>
 <body>
  <table id="container" cellpadding="0" cellspacing="0">
   <tbody>
    <tr>
     <td class="frame">
      <table id="main" cellpadding="0" width="100%%">
       <tbody>
        <tr>
         <td>
          <table id="header" cellpadding="0" width="100%%">
           <tbody>
            <tr>
             <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(brand)s" src="%(logo)s" /></a></td>
             <td class="navigation">
              <table align="right"><tbody><tr>
                 <td><a href="%(nav0)s">%(navl0)s</a></td>
                 <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
                 <td><a href="%(nav1)s">%(navl1)s</a></td>
                 <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
                 <td><a class="last" href="%(nav2)s">%(navl2)s</a></td>
              </tr></tbody></table>
             </td>
            </tr>
            <tr>
             <td class="title"><h2>%(title)s</h2> %(order_line)s</td>
            </tr>
           </tbody>
          </table></td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">%(hello)s</span>
%(paras)s             </td>
            </tr>
           </tbody>
          </table></td>
        </tr>
        <tr>
         <td>
          <table id="orderDetails" cellpadding="0" width="100%%">
           <tbody>%(items)s
             %(total)s
           </tbody>
          </table></td>
        </tr>
        <tr>
         <td>
          <table id="after" cellpadding="0"><tbody><tr><td>
%(after)s          </td></tr></tbody></table></td>
        </tr>
        <tr>
         <td>
          <table id="division" width="100%%"><tbody><tr><td></td></tr></tbody></table></td>
        </tr>
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td>
%(footer)s              <p>%(noreply)s</p>
             </td>
            </tr>
           </tbody>
          </table></td>
        </tr>
       </tbody>
      </table></td>
    </tr>
   </tbody>
  </table>
  <img width="1" height="1" src="%(pixel)s" />
 </body>
</html>
""" % dict(lang=lang, cs=d.get("meta_charset", "UTF-8"), title=esc(d["title"]), css=CSS_A, home=esc(nav_urls[2]),
           brand=L["brand"], logo=logo, nav0=esc(nav_urls[0]), nav1=esc(nav_urls[1]), nav2=esc(nav_urls[2]),
           navl0=L["nav"][0], navl1=L["nav"][1], navl2=L["nav"][2], order_line=order_line,
           hello=esc(d["hello"]), paras=paras, items=items_html, total=total, after=after, footer=footer,
           noreply=esc(d.get("noreply", L["noreply"])),
           pixel=d.get("pixel", base + "/gp/r.html?C=%s&M=urn:rtn:msg:%d&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" % ("%013X" % RNG.getrandbits(52), RNG.randint(10**15, 10**16), "%013X" % RNG.getrandbits(52))))
    # style B
    return """    <!DOCTYPE html>
    <html lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <style>%(css)s</style>
 </head>
 <body>
  <table class="emailBody" cellpadding="0" cellspacing="0" align="center">
   <tr>
    <td class="emailBodyTD">
     <table class="brandTable" width="100%%"><tr><td><a href="%(home)s"><img class="brandImage" src="%(logo)s" alt="%(brand)s" /></a></td></tr></table>
     <table class="emailContainer" width="100%%">
      <tr>
       <td class="emailContainerTD">
        <table class="greetingTable"><tr><td>%(title)s</td></tr></table>
        <table class="informationTable" width="100%%">
         <tr><td>%(hello)s</td></tr>
         <tr><td>
%(paras)s         </td></tr>
        </table>
        <table class="orderIdTable"><tr><td>%(order_line)s</td></tr></table>
        <table class="orderDetailsTable" width="100%%">%(items)s
         %(total)s
        </table>
        <table class="informationTable" width="100%%"><tr><td>
%(after)s        </td></tr></table>
        <table class="informationTable"><tr><td><a class="orderDetailsTableLink" href="%(order_url)s">%(view)s</a></td></tr></table>
       </td>
      </tr>
     </table>
     <table class="emailClosing" width="100%%"><tr><td>
%(footer)s      <p>%(noreply)s</p>
     </td></tr></table>
    </td>
   </tr>
  </table>
 </body>
</html>
""" % dict(lang=lang, cs=d.get("meta_charset", "UTF-8"), css=CSS_B, home=esc(nav_urls[2]), logo=logo,
           brand=L["brand"], title=esc(d["title"]), hello=esc(d["hello"]), paras=paras, order_line=order_line,
           items=items_html, total=total, after=after, order_url=esc(order_url), view=L["view"],
           footer=footer, noreply=esc(d.get("noreply", L["noreply"])))


def amazon_text(mp, d):
    L = LOC[mp]
    base = d.get("base", L["base"])
    rule = "-" * 75
    lines = [d.get("text_brand", L["brand"]) + " " + d["title"]]
    if d.get("order"):
        lines.append("%s %s" % (L["order_lbl"], d["order"]))
    lines.append(base + "/ref=TE_tex_g")
    lines.append(rule)
    lines.append("")
    lines.append(d["hello"])
    lines.append("")
    for p in d["paras"]:
        lines.append(_p_text(p))
        lines.append("")
    if d.get("items"):
        lines.append(d.get("items_h", L["items_h"]) + ":")
        lines.append("")
        for it in d["items"]:
            lines.append("    %s" % it["title"])
            lines.append("    %s %s" % (L["sold"], it.get("seller", L["brand"])))
            lines.append("    %s : %s      %s" % (L["qty"], it.get("qty", 1), it["price"]))
            lines.append("")
        if d.get("total"):
            lines.append("%s : %s" % (d.get("total_lbl", L["total"]), d["total"]))
            lines.append("")
    for p in d.get("after", []):
        lines.append(_p_text(p))
        lines.append("")
    lines.append(rule)
    lines.append("")
    for p in d.get("footer", []):
        lines.append(_p_text(p))
        lines.append("")
    lines.append(d.get("noreply", L["noreply"]))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------ footers
def footer_security(mp):
    b = LOC[mp]["base"]
    if mp in ("amazon.fr", "amazon.com.be"):
        ent = ("Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg B 101818."
               if mp == "amazon.fr" else
               "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg, agissant pour Amazon.com.be.")
        return [
            "Amazon ne vous demandera jamais votre mot de passe, vos coordonnées bancaires complètes ou un code de vérification par e-mail, par téléphone ou par SMS.",
            "Si le numéro ou la date d'expiration de votre carte a changé, mettez-les à jour dans [[Votre compte|%s/cpe/yourpayments/wallet]]." % b,
            "Vous avez reçu un e-mail douteux qui semble provenir d'Amazon ? [[Signalez-le|%s/gp/help/customer/display.html?nodeId=GCQ8A5VB8HQ6UMA8]] et consultez notre [[aide sur les e-mails frauduleux|%s/gp/help/customer/display.html?nodeId=201909130]]." % (b, b),
            "Pour toute question, rendez-vous dans notre [[Service Client|%s/gp/help/customer/display.html]]." % b,
            ent,
        ]
    if mp == "amazon.ca":
        return [
            "Amazon.ca ne vous demandera jamais de lui fournir votre mot de passe ou vos renseignements de paiement par courriel, par texto ou par téléphone.",
            "Si le numéro ou la date d'expiration de votre carte de crédit a changé, mettez-les à jour dans [[Votre compte|%s/cpe/yourpayments/wallet]]." % b,
            "Si vous recevez un courriel suspect prétendant provenir d'Amazon, [[signalez-le|%s/gp/help/customer/display.html?nodeId=GCQ8A5VB8HQ6UMA8]]. Consultez aussi nos [[conseils de sécurité|%s/gp/help/customer/display.html?nodeId=201909130]]." % (b, b),
            "Amazon.com.ca, ULC | 40 King Street W 47th Floor, Toronto (Ontario) M5H 3Y2, Canada",
        ]
    if mp == "amazon.es":
        return [
            "Amazon nunca te pedirá tu contraseña, los datos completos de tu tarjeta ni códigos de verificación por correo electrónico, SMS o teléfono.",
            "Si el número o la fecha de caducidad de tu tarjeta han cambiado, actualízalos en [[Mi cuenta|%s/cpe/yourpayments/wallet]]." % b,
            "¿Has recibido un correo sospechoso que parece de Amazon? [[Infórmanos|%s/gp/help/customer/display.html?nodeId=GCQ8A5VB8HQ6UMA8]] y consulta nuestra [[ayuda sobre correos falsos|%s/gp/help/customer/display.html?nodeId=201909130]]." % (b, b),
            "Para cualquier consulta, visita nuestro [[Servicio de Atención al Cliente|%s/gp/help/customer/display.html]]." % b,
            "Amazon EU S.à r.l., Sucursal en España. C/ Ramírez de Prado 5, 28045 Madrid.",
        ]
    if mp == "amazon.com.mx":
        return [
            "Amazon nunca te solicitará tu contraseña ni información de pago por correo electrónico, mensaje de texto o llamada.",
            "Si el número o la fecha de vencimiento de tu tarjeta cambiaron, actualízalos en [[Mi cuenta|%s/cpe/yourpayments/wallet]]." % b,
            "Si recibes un correo sospechoso que parezca de Amazon, [[repórtalo aquí|%s/gp/help/customer/display.html?nodeId=GCQ8A5VB8HQ6UMA8]]. Más información en nuestra [[página de seguridad|%s/gp/help/customer/display.html?nodeId=201909130]]." % (b, b),
            "Servicios Comerciales Amazon México, S. de R.L. de C.V., Av. Juan Salvador Agraz 73, Santa Fe, Cuajimalpa de Morelos, 05348 Ciudad de México.",
        ]
    if mp == "amazon.com.br":
        return [
            "A Amazon nunca vai pedir sua senha, dados completos do cartão ou códigos de verificação por e-mail, SMS, WhatsApp ou telefone.",
            "Se o número ou a data de validade do seu cartão mudou, atualize em [[Sua conta|%s/cpe/yourpayments/wallet]]." % b,
            "Recebeu um e-mail suspeito em nome da Amazon? [[Denuncie aqui|%s/gp/help/customer/display.html?nodeId=GCQ8A5VB8HQ6UMA8]] e veja nossas [[dicas de segurança|%s/gp/help/customer/display.html?nodeId=201909130]]." % (b, b),
            "Amazon Serviços de Varejo do Brasil Ltda. - Av. Presidente Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo/SP, CEP 04543-011.",
        ]
    raise KeyError(mp)


def oid(prefix=None):
    p = prefix or RNG.choice(["171", "402", "403", "404", "405", "406", "407", "408"])
    return "%s-%07d-%07d" % (p, RNG.randint(0, 9999999), RNG.randint(0, 9999999))


ITEMS = []  # (label, spec) collected below


def add(label, spec):
    ITEMS.append((label, spec))


def notice(lang, mp, cause, states_reason, note, sender, subject, to, d, layout, style="A",
           charset="utf-8", cte="qp", html_cte=None, auth=False, date=(2025, 1, 1), region="eu-west-1",
           sender_name=None, reply_to=True, subject_charset="utf-8", kind="notice"):
    L = LOC[mp]
    stamp = rand_date(date)
    pre, hdrs, post = amazon_headers(mp, auth, region=region, to_addr=to[1], stamp=stamp)
    d.setdefault("footer", footer_security(mp))
    d["paras"] = [p.replace("{o}", d.get("order", "")) for p in d["paras"]]
    subject = subject.replace("{o}", d.get("order", ""))
    if charset != "utf-8":
        d.setdefault("meta_charset", charset.upper())
    spec = dict(pre_headers=pre, headers=hdrs, post_headers=post,
                from_=addr(sender_name or L["brand"], "%s@%s" % (sender, mp)),
                reply_to=("no-reply@%s" % mp) if reply_to else None,
                to=addr(to[0], to[1]), subject=subject, date=stamp, message_id=ses_message_id(region),
                layout=layout, charset=charset, cte=cte, html_cte=html_cte or cte, amazon_style=True,
                subject_charset=subject_charset)
    if layout in ("alt", "text"):
        spec["text"] = amazon_text(mp, d)
    if layout in ("alt", "html"):
        spec["html"] = amazon_html(mp, d, style, lang)
    add(dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
             marketplace=mp if kind == "notice" else None, note=note), spec)


def other(lang, kind, cause, states_reason, note, from_, to, subject, date, layout, text=None, html=None,
          charset="utf-8", cte="qp", html_cte=None, pre=None, headers=None, post=None, msgid_domain=None,
          reply_to=None, subject_charset="utf-8", marketplace=None, message_id=None):
    stamp = rand_date(date)
    later = format_datetime(stamp + datetime.timedelta(seconds=RNG.randint(1, 40)))
    pre = [(k, v.replace("{DATE}", later)) for k, v in (pre or [])]
    spec = dict(pre_headers=pre, headers=headers or [], post_headers=post or [], from_=from_, to=to,
                subject=subject, date=stamp, layout=layout, text=text, html=html, charset=charset, cte=cte,
                html_cte=html_cte or cte, reply_to=reply_to, subject_charset=subject_charset,
                message_id=message_id or plain_message_id(msgid_domain or from_.split("@")[-1].rstrip(">")))
    add(dict(kind=kind, language=lang, cause=cause, states_reason=states_reason, marketplace=marketplace, note=note), spec)


def recv(frm_host, ip, by="mx.google.com", to_addr="", stamp_date=(2025, 1, 1)):
    return ("Received", "from %s (%s [%s]) by %s with ESMTPS id %s for <%s>; %s" % (
        frm_host, frm_host, ip, by, "%012x" % RNG.getrandbits(48), to_addr, "{DATE}"))


def ar(by, dkim, spf, dmarc, from_dom, dkim_dom=None, mailfrom=None):
    s = "%s; dkim=%s" % (by, dkim)
    if dkim_dom:
        s += " header.d=%s header.s=s1" % dkim_dom
    s += "; spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s" % (spf, mailfrom or from_dom, dmarc, from_dom)
    return ("Authentication-Results", s)


# ============================================================ FRENCH
def french():
    # ---------------- lookalikes (8)
    t = """Cher client,

Votre commande N°402-99182-1182 d'un montant de 749,00€ a été annulée.

Si vous n'etes pas a l'origine de cette operation ou pour obtenir votre remboursement,
contactez immediatement notre service client au 01 84 88 52 17 (appel gratuit, 7j/7).

Un conseiller vous guidera pour annuler la transaction.

Merci de ne pas répondre a ce mail.

Amazon Service Client France
"""
    other("fr", "lookalike", "unknown", False,
          "free-mail sender, callback phone number, malformed order number, no reason",
          addr("Service Client Amazon", "amazon.serviceclient.fr@gmail.com"), "camille.durand@orange.fr",
          "Commande N°402-99182-1182 annulée", (2025, 2, 3), "text", text=t, cte="8bit",
          pre=[recv("mail-wr1-f54.google.com", "209.85.221.54", "mwinf5c11.me-wanadoo.net", "camille.durand@orange.fr", (2025, 2, 3)),
               ar("mwinf5c11.me-wanadoo.net", "pass", "pass", "pass", "gmail.com", "gmail.com")],
          msgid_domain="mail.gmail.com")

    o = "171-5520391-8840127"
    base = "https://amazon-orders.help/fr"
    d = dict(title="Compte suspendu", order=o, base=base, hello="Bonjour,",
             order_url=base + "/verify?ref=oc&o=" + o,
             nav_urls=(base + "/orders", base + "/verify", base + "/"),
             paras=["Nous avons détecté une activité inhabituelle sur votre compte Amazon.fr. Par mesure de sécurité, votre compte a été suspendu et votre commande n° {o} a été annulée.",
                    "Pour réactiver votre compte et rétablir votre commande, rendez-vous sur la [[page de vérification|%s/verify?c=884213]] et saisissez le code ci-dessous :" % base,
                    "CODE DE VÉRIFICATION : 884 213",
                    "Ce code expire dans 24 heures. Passé ce délai, votre compte sera définitivement fermé."],
             items=[dict(title="Samsung Galaxy S24 Ultra 512 Go Titanium Black", qty=1, price="1 219,00 €")],
             footer=["Amazon ne vous demandera jamais votre mot de passe par e-mail.",
                     "© 1996-2025, Amazon.com, Inc. ou ses filiales."])
    d["paras"] = [p.replace("{o}", o) for p in d["paras"]]
    other("fr", "lookalike", "fraud_prevention", True,
          "look-alike domain amazon-orders.help, account suspended + order cancelled, verification code",
          addr("Amazon.fr", "no-reply@amazon-orders.help"), addr("Julien Moreau", "julien.moreau@free.fr"),
          "Votre compte a été suspendu – commande n° %s annulée" % o, (2025, 1, 14), "alt",
          text=amazon_text("amazon.fr", d), html=amazon_html("amazon.fr", d, "A", "fr"), cte="qp",
          pre=[recv("mail.amazon-orders.help", "185.225.74.19", "mx1.free.fr", "julien.moreau@free.fr", (2025, 1, 14)),
               ar("mx1.free.fr", "pass", "pass", "pass", "amazon-orders.help", "amazon-orders.help")])

    t = """Bonjour,

Le paiement de votre commande #702-1184-229 a été refusé par votre institution financière.

Pour éviter l'annulation de votre commande, veuillez répondre à ce courriel en indiquant :

  - le numéro complet de votre carte de crédit
  - la date d'expiration
  - le code de sécurité (CVV) au verso
  - le nom du titulaire et votre date de naissance

Sans réponse de votre part dans les 48 heures, votre commande sera annulée et votre compte Amazon.ca sera fermé.

Merci de votre collaboration.

Service de facturation
Amazon Canada
"""
    other("fr", "lookalike", "payment_issue", True,
          "outlook.com sender, asks to reply with card details, 'will be cancelled' in 48 h, malformed order number",
          addr("Amazon Canada - Facturation", "facturation.amazon.ca@outlook.com"), "gtremblay@videotron.ca",
          "URGENT : votre commande sera annulée sous 48 h", (2025, 3, 2), "text", text=t, cte="qp",
          pre=[recv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.64.51", "mx.videotron.ca", "gtremblay@videotron.ca", (2025, 3, 2)),
               ar("mx.videotron.ca", "pass", "pass", "pass", "outlook.com", "outlook.com")],
          msgid_domain="PAXP193MB1744.EURP193.PROD.OUTLOOK.COM")

    o = "403-7719204-6630185"
    evil = "http://amazon-fr.remboursement-clients.top/fr/refund?id=8821-77192"
    d = dict(title="Commande annulée", order=o, hello="Bonjour Nathalie,",
             order_url=evil, nav_urls=(evil, evil, evil),
             paras=["En raison d'une erreur technique lors du traitement de votre commande n° {o}, celle-ci a été annulée.",
                    "Le montant de 312,47 € a néanmoins été prélevé sur votre carte. Pour recevoir votre remboursement, confirmez vos informations de paiement à l'adresse suivante : [[https://www.amazon.fr/gp/css/order-history/refund|%s]]" % evil,
                    "Sans confirmation sous 72 heures, le remboursement ne pourra pas être effectué."],
             items=[dict(title="Tefal Ingenio Batterie de cuisine 13 pièces", qty=1, price="129,99 €"),
                    dict(title="Philips Airfryer XXL HD9650/90", qty=1, price="182,48 €")],
             total="312,47 €",
             footer=["Amazon ne vous demandera jamais votre mot de passe par e-mail.",
                     "Si le numéro de votre carte a changé, mettez-le à jour dans [[Votre compte|%s]]." % evil,
                     "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg."])
    d["paras"] = [p.replace("{o}", o) for p in d["paras"]]
    txt = amazon_text("amazon.fr", d).replace(evil, "https://www.amazon.fr/gp/css/order-history/refund")
    other("fr", "lookalike", "technical_issue", True,
          "sub-domain trick amazon.fr.commande-annulee.info; link text shows amazon.fr, href to .top domain; copies the real template",
          addr("Amazon.fr", "order-update@amazon.fr.commande-annulee.info"), addr("Nathalie Roux", "nathalie.roux@laposte.net"),
          "Votre commande Amazon.fr n° %s a été annulée" % o, (2025, 2, 17), "alt",
          text=txt, html=amazon_html("amazon.fr", d, "B", "fr"), cte="b64",
          pre=[recv("vps-3f1a92.commande-annulee.info", "45.137.21.88", "mx.laposte.net", "nathalie.roux@laposte.net", (2025, 2, 17)),
               ar("mx.laposte.net", "none", "pass", "none", "amazon.fr.commande-annulee.info", None, "commande-annulee.info")],
          reply_to="support@commande-annulee.info")

    h = """<html><head><meta charset="utf-8"><title>Amazon</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f3f3f3;margin:0;padding:20px">
<div style="max-width:600px;margin:auto;background:#fff;border-top:4px solid #ff9900;padding:24px">
<img src="https://secure-amzn-mail.net/img/amazon_logo.png" alt="amazon.fr" width="120">
<h2 style="color:#c45500;font-weight:normal">Votre commande a été annulée</h2>
<p>Bonjour,</p>
<p>Nous n'avons pas pu débiter votre carte bancaire pour la commande <b>#171-2298-44810</b> : la carte enregistrée sur votre compte a expiré.</p>
<p>Votre commande a donc été annulée. Vous pouvez la réactiver en mettant à jour votre moyen de paiement dans les 24 heures :</p>
<p style="text-align:center"><a href="https://secure-amzn-mail.net/fr/wallet/update?session=Zx81kLp" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 28px;color:#0f1111;text-decoration:none">Mettre à jour ma carte</a></p>
<p>Merci de votre confiance,<br>L'équipe Amazon</p>
<hr style="border:0;border-top:1px solid #ddd">
<p style="font-size:11px;color:#777">Amazon ne vous demandera jamais votre mot de passe. © 2025 Amazon.com, Inc. Tous droits réservés.<br>
Ceci est un message automatique, merci de ne pas y répondre.</p>
</div></body></html>
"""
    other("fr", "lookalike", "payment_issue", True,
          "Cyrillic homoglyphs in display name, expired card, order cancelled, malformed order number, button to secure-amzn-mail.net",
          addr("Аmаzоn.fr", "notification@secure-amzn-mail.net"), "isabelle.petit@sfr.fr",
          "Action requise : votre commande Amazon a été annulée", (2025, 1, 28), "html", html=h, cte="qp",
          pre=[recv("smtp.secure-amzn-mail.net", "91.215.85.140", "mx.sfr.fr", "isabelle.petit@sfr.fr", (2025, 1, 28)),
               ar("mx.sfr.fr", "pass", "pass", "pass", "secure-amzn-mail.net", "secure-amzn-mail.net")])

    t = """Amazon.ca

Dernier avis

Bonjour,

Dans le cadre de nos mesures de protection, votre commande en cours a été signalée
pour une vérification de sécurité. Nous n'avons pas pu confirmer l'identité du
titulaire du compte.

Votre commande sera annulée dans les 24 heures si vous ne confirmez pas votre
identité. Cliquez sur le lien ci-dessous pour compléter la vérification :

https://amaz0n.ca/ap/signin/verify-identity?openid=fr_CA&token=5d1e9a

Après vérification, votre commande sera expédiée normalement.

Merci de magasiner avec nous.
Amazon.ca
"""
    h = """<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"></head><body style="margin:0;font-family:'Amazon Ember',Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#232f3e"><tr><td style="padding:14px 20px"><img src="https://amaz0n.ca/static/logo-white.png" alt="amazon.ca" width="110"></td></tr></table>
<table width="600" align="center" cellpadding="0" cellspacing="0" style="margin-top:20px"><tr><td style="font-size:15px;line-height:21px;color:#111">
<h1 style="font-size:22px;font-weight:normal">Dernier avis</h1>
<p>Bonjour,</p>
<p>Dans le cadre de nos mesures de protection, votre commande en cours a été signalée pour une vérification de sécurité. Nous n'avons pas pu confirmer l'identité du titulaire du compte.</p>
<p><b>Votre commande sera annulée dans les 24 heures si vous ne confirmez pas votre identité.</b></p>
<p><a href="https://amaz0n.ca/ap/signin/verify-identity?openid=fr_CA&amp;token=5d1e9a" style="color:#007185">Compléter la vérification</a></p>
<p>Après vérification, votre commande sera expédiée normalement.</p>
<p>Merci de magasiner avec nous.<br>Amazon.ca</p>
<p style="font-size:11px;color:#767676">Amazon.com.ca, ULC | 40 King Street W 47th Floor, Toronto (Ontario) M5H 3Y2</p>
</td></tr></table></body></html>
"""
    other("fr", "lookalike", "fraud_prevention", True,
          "look-alike domain amaz0n.ca, no order number, order 'will be cancelled' unless identity confirmed",
          addr("Amazon.ca", "avis@amaz0n.ca"), "marc.gagnon@bell.net",
          "Dernier avis : votre commande sera annulée", (2025, 2, 24), "alt", text=t, html=h, cte="8bit",
          pre=[recv("mail.amaz0n.ca", "193.42.33.7", "mx.bell.net", "marc.gagnon@bell.net", (2025, 2, 24)),
               ar("mx.bell.net", "pass", "pass", "pass", "amaz0n.ca", "amaz0n.ca")])

    t = """Bonjour,

Vous avez demandé l'annulation de votre commande n° 405-2291-0048 :

   Apple MacBook Air 13" (M3, 2024) 16 Go / 512 Go - 1 249,00 €

L'annulation sera effective dans les prochaines heures.

Si vous n'êtes PAS à l'origine de cette demande, cliquez immédiatement sur le lien
ci-dessous pour bloquer l'annulation et sécuriser votre compte :

http://amzn-be.support-annulation.com/be/fr/stop?ref=4052291

Cordialement,
Service Client Amazon Belgique
"""
    other("fr", "lookalike", "customer_request", True,
          "yahoo sender, claims a customer-requested cancellation, 'not you? click' link, malformed order number",
          addr("Amazon Belgique", "amazon.be.annulation@yahoo.com"), "sophie.lambert@skynet.be",
          "Confirmation d'annulation de votre commande", (2025, 3, 11), "text", text=t,
          charset="windows-1252", cte="8bit", subject_charset="windows-1252",
          pre=[recv("sonic311-24.consmr.mail.ir2.yahoo.com", "77.238.176.178", "mx.skynet.be", "sophie.lambert@skynet.be", (2025, 3, 11)),
               ar("mx.skynet.be", "pass", "pass", "pass", "yahoo.com", "yahoo.com")],
          msgid_domain="mail.yahoo.com")

    o = "D01-5582917-2290"
    evil = "https://amazon-fr-remboursement.com/espace-client/remboursement?c=D015582917"
    d = dict(title="Article(s) annulé(s)", order=o, hello="Bonjour,",
             order_url=evil, nav_urls=(evil, evil, "https://amazon-fr-remboursement.com/"),
             paras=["Nous sommes désolés : l'article ci-dessous est en rupture de stock chez notre fournisseur et votre commande n° {o} a été annulée.",
                    "Pour recevoir le remboursement de 349,99 €, veuillez saisir vos coordonnées bancaires (IBAN ou carte) sur notre [[formulaire de remboursement sécurisé|%s]]." % evil,
                    "Le remboursement sera crédité sous 24 heures après validation."],
             items=[dict(title="Dyson Airwrap Complete Long Multi-styler", qty=1, price="349,99 €")],
             footer=["Amazon.fr ne vous demandera jamais votre mot de passe par e-mail.",
                     "Vous avez des questions ? Consultez notre [[Service Client|%s]]." % evil])
    d["paras"] = [p.replace("{o}", o) for p in d["paras"]]
    other("fr", "lookalike", "inventory_shortage", True,
          "Greek omicron in display name, polished copy of the template, refund form asks for bank details, malformed order number",
          addr("Amazοn.fr", "service@amazon-fr-remboursement.com"), "pierre.leroy@gmail.com",
          "Votre commande Amazon.fr n° %s a été annulée" % o, (2025, 1, 9), "html",
          html=amazon_html("amazon.fr", d, "A", "fr"), cte="b64",
          pre=[recv("mta7.amazon-fr-remboursement.com", "5.181.80.203", "mx.google.com", "pierre.leroy@gmail.com", (2025, 1, 9)),
               ar("mx.google.com", "none", "neutral", "none", "amazon-fr-remboursement.com")])

    # ---------------- non-notices (6)
    t = """Bonjour Thomas,

Nous sommes au regret de vous informer que votre commande n° 6KZ4XQ92MT3R du 12/02/2025 a été annulée : le vendeur Marketplace n'a pas pu confirmer la disponibilité de l'article.

  Casque Sony WH-1000XM5 Noir - Vendu par AudioPlus - 299,99 €

Vous avez réglé cette commande avec Amazon Pay. Le remboursement de 299,99 € sera effectué automatiquement sur le moyen de paiement enregistré dans votre compte Amazon, sous 3 à 5 jours ouvrés. Amazon Pay vous enverra une confirmation séparée.

Retrouvez toutes vos commandes dans votre espace client : https://secure.fnac.com/account/orders

À bientôt sur Fnac.com,
Le Service Client Fnac

Fnac Darty Participations et Services - 9 rue des Bateaux-Lavoirs, 94200 Ivry-sur-Seine
"""
    h = """<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#e1a925;padding:12px"><img src="https://static.fnac-static.com/mail/logo-fnac.png" alt="Fnac" height="40"></td></tr>
<tr><td style="padding:20px">
<p>Bonjour Thomas,</p>
<p>Nous sommes au regret de vous informer que votre commande n° <b>6KZ4XQ92MT3R</b> du 12/02/2025 a été annulée : le vendeur Marketplace n'a pas pu confirmer la disponibilité de l'article.</p>
<table width="100%" style="border:1px solid #ddd"><tr><td style="padding:8px">Casque Sony WH-1000XM5 Noir<br><small>Vendu par AudioPlus</small></td><td align="right" style="padding:8px"><b>299,99 €</b></td></tr></table>
<p>Vous avez réglé cette commande avec <b>Amazon Pay</b>. Le remboursement de 299,99 € sera effectué automatiquement sur le moyen de paiement enregistré dans votre compte Amazon, sous 3 à 5 jours ouvrés. Amazon Pay vous enverra une confirmation séparée.</p>
<p><a href="https://secure.fnac.com/account/orders" style="color:#e1a925">Voir mes commandes</a></p>
<p>À bientôt sur Fnac.com,<br>Le Service Client Fnac</p>
</td></tr>
<tr><td style="font-size:10px;color:#888;padding:10px">Fnac Darty Participations et Services - 9 rue des Bateaux-Lavoirs, 94200 Ivry-sur-Seine</td></tr>
</table></body></html>
"""
    other("fr", "non_notice", None, False,
          "Fnac marketplace order cancelled, paid with Amazon Pay",
          addr("Fnac.com", "commandes@fnac.com"), addr("Thomas Bernard", "thomas.bernard@gmail.com"),
          "Annulation de votre commande n° 6KZ4XQ92MT3R", (2025, 2, 14), "alt", text=t, html=h, cte="qp",
          pre=[recv("mail-out.fnac.com", "62.23.47.18", "mx.google.com", "thomas.bernard@gmail.com", (2025, 2, 14)),
               ar("mx.google.com", "pass", "pass", "pass", "fnac.com", "fnac.com")])

    t = """Coucou Ju,

Bon, j'ai annulé ma commande Amazon pour la perceuse : le vendeur annonçait une
livraison le 20 au plus tôt, trop tard pour l'anniversaire de papa. Annulation
faite en deux clics, le remboursement est déjà en cours apparemment.

Du coup je la prends chez Leroy Merlin samedi, on partage comme prévu ? Tu me fais
un virement de 45 € quand tu peux.

Bises,
Léa

Le mar. 11 févr. 2025 à 19:02, Julien Martin <julien.martin@free.fr> a écrit :
> Tu as reçu la confirmation ? Amazon m'a envoyé un mail disant que la commande
> était annulée, mais je suppose que c'est toi qui l'as fait ?
>
> Ju
"""
    other("fr", "non_notice", None, False,
          "sister writes that she cancelled her Amazon order herself; quoted reply mentions the cancellation mail",
          addr("Léa Martin", "lea.martin84@gmail.com"), addr("Julien Martin", "julien.martin@free.fr"),
          "Re: cadeau pour papa", (2025, 2, 11), "text", text=t, cte="8bit",
          headers=[("In-Reply-To", "<CAF8x2Lq9d0z+Vb1@mail.free.fr>"), ("References", "<CAF8x2Lq9d0z+Vb1@mail.free.fr>")],
          msgid_domain="mail.gmail.com")

    h = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le Mag Sécurité Numérique</title></head>
<body style="background:#eef2f5;font-family:Georgia,serif;margin:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 28px;background:#10365c;color:#fff;font-family:Arial,sans-serif"><b>Le Mag Sécurité Numérique</b> · Lettre n° 112 · février 2025</td></tr>
<tr><td style="padding:24px 28px;font-size:16px;line-height:24px;color:#222">
<h1 style="font-size:24px">Arnaques : les faux mails « Votre commande Amazon a été annulée » se multiplient</h1>
<p>Depuis janvier, nos lecteurs nous signalent une vague de messages frauduleux imitant Amazon. Les objets les plus fréquents :
« Votre commande Amazon.fr n° 402-… a été annulée », « Commande annulée – action requise » ou encore « Votre compte a été suspendu ».</p>
<p>Le scénario est toujours le même : une commande que vous n'avez jamais passée aurait été annulée, et un numéro de téléphone ou un lien vous invite à « confirmer vos informations » pour être remboursé. Au bout du fil, de faux conseillers demandent vos codes bancaires.</p>
<h2 style="font-size:19px">Comment les reconnaître</h2>
<ul>
<li>Vérifiez l'adresse réelle de l'expéditeur : les messages authentiques d'Amazon France proviennent de domaines se terminant par <i>amazon.fr</i>.</li>
<li>Survolez les liens avant de cliquer : le texte peut afficher amazon.fr alors que le lien mène ailleurs.</li>
<li>Amazon ne demande jamais de rappeler un numéro ni de communiquer un mot de passe par e-mail.</li>
<li>En cas de doute, ouvrez vous-même l'application et consultez « Vos commandes ».</li>
</ul>
<p>Vous avez reçu un tel message ? Signalez-le sur <a href="https://www.signal-spam.fr/">Signal Spam</a> et ne répondez pas.</p>
<p style="font-size:13px;color:#666">Aussi dans ce numéro : mots de passe et gestionnaires, la double authentification expliquée simplement.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#888;font-family:Arial,sans-serif">Vous recevez cette lettre car vous y êtes abonné. <a href="https://lettre-securite-numerique.fr/desabonnement?u=a81f2">Se désabonner</a></td></tr>
</table></body></html>
"""
    other("fr", "non_notice", None, False,
          "newsletter article about phishing that quotes fake cancellation subjects",
          addr("Le Mag Sécurité Numérique", "newsletter@lettre-securite-numerique.fr"), "isabelle.petit@sfr.fr",
          "Arnaques : les faux mails « Votre commande Amazon a été annulée » se multiplient", (2025, 2, 20), "html",
          html=h, cte="b64",
          post=[("List-Unsubscribe", "<https://lettre-securite-numerique.fr/desabonnement?u=a81f2>, <mailto:unsubscribe@lettre-securite-numerique.fr>"),
                ("List-Id", "Le Mag Securite Numerique <lettre.lettre-securite-numerique.fr>"), ("Precedence", "bulk")])

    o = oid("702")
    d = dict(title="Rendez-vous de livraison annulé", order=o, hello="Bonjour Geneviève,",
             paras=["Le transporteur n'est pas en mesure d'assurer le rendez-vous de livraison prévu le jeudi 6 mars entre 8 h et 12 h pour votre commande nº {o}, en raison des conditions routières.",
                    "Votre commande n'est pas annulée. Votre rendez-vous a simplement été annulé : veuillez choisir un nouveau créneau de livraison dans [[Vos commandes|https://www.amazon.ca/gp/css/order-history?ref_=pe_slot]]. Sans choix de votre part, le transporteur vous contactera pour fixer une nouvelle date."],
             items=[dict(title="Réfrigérateur Frigidaire 18 pi³ à congélateur supérieur, acier inoxydable", qty=1, price="1 149,00 $", seller="Amazon.ca")],
             items_h="Article(s) à livrer",
             footer=footer_security("amazon.ca"))
    notice("fr", "amazon.ca", None, False,
           "genuine amazon.ca mail: delivery appointment cancelled, order still active",
           "shipment-tracking", "Votre rendez-vous de livraison du 6 mars a été annulé – choisissez un nouveau créneau",
           ("Geneviève Tremblay", "gtremblay@videotron.ca"), d, "alt", style="B", cte="qp", auth=True,
           date=(2025, 3, 5), region="us-east-1", kind="non_notice")

    t = """Bonjour Camille,

Nous vous confirmons la résiliation de votre abonnement Amazon Prime.

Vous continuerez à profiter de vos avantages Prime (livraison rapide gratuite, Prime Video, Prime Gaming, Amazon Music Prime) jusqu'au 14 mars 2025. Votre abonnement ne sera pas renouvelé et vous ne serez plus débité.

Vous avez changé d'avis ? Vous pouvez réactiver Prime à tout moment depuis la page Gérer mon abonnement Prime : https://www.amazon.fr/gp/primecentral

Merci d'avoir été membre Prime.

L'équipe Amazon Prime

Amazon ne vous demandera jamais votre mot de passe ou vos coordonnées bancaires par e-mail.
Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.
"""
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style="font-family:Arial,sans-serif;color:#0f1111">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0"><img src="https://m.media-amazon.com/images/G/08/prime/email/prime_logo_blue.png" alt="prime" width="90"></td></tr>
<tr><td style="font-size:15px;line-height:21px">
<p>Bonjour Camille,</p>
<p>Nous vous confirmons la <b>résiliation de votre abonnement Amazon Prime</b>.</p>
<p>Vous continuerez à profiter de vos avantages Prime (livraison rapide gratuite, Prime Video, Prime Gaming, Amazon Music Prime) jusqu'au <b>14 mars 2025</b>. Votre abonnement ne sera pas renouvelé et vous ne serez plus débité.</p>
<p>Vous avez changé d'avis ? <a href="https://www.amazon.fr/gp/primecentral?ref_=prime_cancel_email">Réactiver Prime</a></p>
<p>Merci d'avoir été membre Prime.<br>L'équipe Amazon Prime</p>
<p style="font-size:11px;color:#565959">Amazon ne vous demandera jamais votre mot de passe ou vos coordonnées bancaires par e-mail.<br>Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.</p>
</td></tr></table></body></html>
"""
    stamp = rand_date((2025, 2, 14))
    pre, hd, post = amazon_headers("amazon.fr", False, to_addr="camille.durand@orange.fr", stamp=stamp)
    other("fr", "non_notice", None, False, "genuine Amazon Prime membership cancellation confirmation",
          addr("Amazon Prime", "prime@amazon.fr"), addr("Camille Durand", "camille.durand@orange.fr"),
          "Confirmation de la résiliation de votre abonnement Amazon Prime", stamp, "alt", text=t, html=h, cte="b64",
          pre=pre, headers=hd, post=post, message_id=ses_message_id())

    o = oid("405")
    d = dict(title="Action requise", order=o, hello="Bonjour Sophie,",
             paras=["Votre banque a refusé le paiement de votre commande n° {o}. Il peut s'agir d'une carte expirée ou d'un plafond atteint.",
                    "Pour éviter l'annulation de votre commande, veuillez mettre à jour votre mode de paiement avant le 27 février 2025. Rendez-vous dans Vos commandes sur www.amazon.com.be, sélectionnez la commande, puis « Réviser le paiement ».",
                    "Si nous ne recevons pas de mise à jour d'ici là, votre commande sera annulée. Vos articles restent réservés jusqu'à cette date."],
             items=[dict(title="LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance", qty=1, price="€ 189,99")],
             items_h="Article(s) commandé(s)")
    notice("fr", "amazon.com.be", None, False,
           "genuine amazon.com.be payment revision reminder, order not (yet) cancelled",
           "payments-messages", "Action requise : mettez à jour votre mode de paiement pour la commande {o}",
           ("Sophie Lambert", "sophie.lambert@skynet.be"), d, "alt", style="A", cte="qp", auth=True,
           date=(2025, 2, 22), kind="non_notice")

    # ---------------- notices (6)
    o = oid("402")
    d = dict(title="Commande annulée", order=o, hello="Bonjour Camille,",
             paras=["Nous sommes désolés de vous informer que l'article ci-dessous de votre commande n° {o} n'est plus disponible : notre fournisseur nous a indiqué qu'il ne pourrait pas nous livrer de nouvelles unités, et nous avons donc dû l'annuler.",
                    "Votre carte n'a pas été débitée pour cet article. Si un montant avait été pré-autorisé, il sera libéré par votre banque sous quelques jours ouvrés."],
             items=[dict(title="Moulinex Cookeo+ Multicuiseur intelligent 6 L, 180 recettes préprogrammées, CE851A10", qty=1, price="169,99 €")],
             total="169,99 €",
             after=["Vous pouvez rechercher un article similaire sur [[Amazon.fr|https://www.amazon.fr/s?k=cookeo&ref_=pe_oc_cancel_similar]]. Nous vous prions de nous excuser pour la gêne occasionnée.",
                    "Le Service Client d'Amazon.fr"])
    notice("fr", "amazon.fr", "inventory_shortage", True, "supplier cannot deliver, item no longer available",
           "order-update", "Votre commande Amazon.fr n° {o} a été annulée", ("Camille Durand", "camille.durand@orange.fr"),
           d, "alt", style="A", cte="qp", auth=True, date=(2025, 1, 22))

    o = oid("171")
    d = dict(title="Commande annulée", order=o, hello="Bonjour Julien,",
             paras=["Le paiement de votre commande n° {o} passée le 3 février n'a pas pu être autorisé par l'émetteur de votre carte Visa se terminant par 4417.",
                    "Le 4 février, nous vous avons envoyé un e-mail vous invitant à réviser votre paiement. Faute de révision dans le délai de 5 jours, votre commande a été annulée. Aucun montant n'a été débité.",
                    "Si vous souhaitez toujours recevoir ces articles, vous pouvez passer une nouvelle commande depuis Vos commandes en choisissant un autre moyen de paiement."],
             items=[dict(title="Bosch Professional Perceuse-visseuse sans fil GSR 18V-55", qty=1, price="139,90 €"),
                    dict(title="Bosch Professional Coffret de 103 forets et embouts", qty=1, price="39,90 €")],
             total="179,80 €")
    notice("fr", "amazon.fr", "payment_issue", True, "payment not authorised, revision deadline passed; text-only latin-9",
           "payments-messages", "Votre commande Amazon.fr {o} a été annulée", ("Julien Moreau", "julien.moreau@free.fr"),
           d, "text", charset="iso-8859-15", cte="qp", auth=False, date=(2025, 2, 9), subject_charset="iso-8859-15")

    o = oid("702")
    d = dict(title="Commande annulée", order=o, hello="Bonjour Geneviève,",
             paras=["Nous avons annulé votre commande nº {o} en raison d'une erreur de prix sur la page détaillée du produit ci-dessous. Le prix affiché au moment de votre commande ne correspondait pas au prix réel de l'article.",
                    "Nous sommes désolés de cet inconvénient. Aucuns frais n'ont été portés à votre carte de crédit; toute autorisation temporaire sera retirée par votre institution financière."],
             items=[dict(title="Dyson V15 Detect aspirateur sans fil, jaune/nickel", qty=1, price="89,99 $")],
             after=["Merci de magasiner chez Amazon.ca."])
    notice("fr", "amazon.ca", "technical_issue", True, "pricing error on the detail page (fr-CA), HTML only",
           "order-update", "Votre commande Amazon.ca nº {o} a été annulée", ("Geneviève Tremblay", "gtremblay@videotron.ca"),
           d, "html", style="B", cte="b64", auth=True, date=(2025, 1, 17), region="us-east-1")

    o = oid("408")
    d = dict(title="Information concernant votre commande", order=o, hello="Bonjour Nathalie,",
             paras=["Lors d'une vérification de routine, nous avons constaté une activité inhabituelle sur votre compte Amazon.fr. Par mesure de sécurité, nous avons annulé votre commande n° {o} et placé temporairement votre compte en attente.",
                    "Pour rétablir l'accès à votre compte, ouvrez l'application Amazon ou rendez-vous directement sur www.amazon.fr, connectez-vous et suivez les instructions affichées. Nous pourrons vous demander de confirmer votre identité ou le moyen de paiement utilisé.",
                    "Pour votre sécurité, ce message ne contient aucun lien de connexion. N'utilisez que le site ou l'application officiels d'Amazon."],
             items=[dict(title="Apple iPhone 16 Pro (256 Go) - Titane noir", qty=2, price="2 658,00 €")])
    notice("fr", "amazon.fr", "fraud_prevention", True, "unusual activity, account on hold, order cancelled",
           "cs-reply", "Votre commande Amazon.fr n° {o} a été annulée", ("Nathalie Roux", "nathalie.roux@laposte.net"),
           d, "alt", style="A", cte="8bit", auth=False, date=(2025, 3, 4))

    o = oid("405")
    d = dict(title="Annulation confirmée", order=o, hello="Bonjour Sophie,",
             paras=["Conformément à votre demande, nous avons annulé l'article suivant de votre commande n° {o}.",
                    "Motif de l'annulation : Annulée par le client",
                    "Si vous avez déjà été débité pour cet article, le remboursement sera effectué sur votre moyen de paiement d'origine dans un délai de 3 à 5 jours ouvrés. Les autres articles de votre commande ne sont pas modifiés et seront expédiés comme prévu."],
             items=[dict(title="Philips Hue White Ambiance E27, pack de 2 ampoules connectées", qty=1, price="€ 44,99")])
    notice("fr", "amazon.com.be", "customer_request", True, "successful customer cancellation of one item",
           "auto-confirm", "Annulation réussie de « Philips Hue White Ambiance E27, pack de 2… » de votre commande Amazon.com.be {o}",
           ("Sophie Lambert", "sophie.lambert@skynet.be"), d, "alt", style="B", cte="qp", auth=True, date=(2025, 2, 2))

    o = oid("702")
    d = dict(title="Article(s) annulé(s)", order=o, hello="Bonjour Marc-André,",
             paras=["Nous vous écrivons au sujet de votre commande nº {o}.",
                    "Le transporteur nous a indiqué qu'il ne peut pas livrer à l'adresse fournie (case postale 418, Chibougamau QC). Comme cet article ne peut être expédié qu'à une adresse municipale, nous avons annulé votre commande.",
                    "Vous n'avez pas été facturé. Pour commander de nouveau, veuillez vérifier votre adresse d'expédition dans Votre compte."],
             items=[dict(title="Coffre de rangement extérieur Keter 570 L, brun", qty=1, price="219,99 $")])
    notice("fr", "amazon.ca", "unknown", True, "address undeliverable (PO box) -> unknown; text-only latin-1 base64",
           "order-update", "Commande Amazon.ca nº {o} : article(s) annulé(s)", ("Marc-André Gagnon", "marc.gagnon@bell.net"),
           d, "text", charset="iso-8859-1", cte="b64", auth=False, date=(2025, 3, 9), region="us-east-1",
           subject_charset="iso-8859-1")


# ============================================================ SPANISH
def spanish():
    # ---------------- lookalikes (8)
    t = """Estimado cliente:

Le informamos que su pedido ha sido CANCELADO.

Si usted no reconoce esta operacion o desea recibir el reembolso, llame inmediatamente
a nuestro departamento de atencion al cliente:

   +34 911 23 45 67  (Lunes a Domingo, 24 horas)

Tenga a mano su tarjeta bancaria para agilizar el proceso.

Atentamente,
Amazon Espana - Atencion al Cliente
"""
    other("es", "lookalike", "unknown", False,
          "gmail sender, callback phone number, no order number, no reason",
          addr("Amazon Atencion al Cliente", "atencion.amazon.es@gmail.com"), "lucia.garcia@telefonica.net",
          "Su pedido ha sido cancelado", (2025, 1, 20), "text", text=t, charset="us-ascii", cte="8bit",
          pre=[recv("mail-ej1-f44.google.com", "209.85.218.44", "mx.telefonica.net", "lucia.garcia@telefonica.net", (2025, 1, 20)),
               ar("mx.telefonica.net", "pass", "pass", "pass", "gmail.com", "gmail.com")],
          msgid_domain="mail.gmail.com")

    h = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eaeded;font-family:Arial,Helvetica,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto">
<tr><td style="background:#131921;padding:14px 24px"><img src="https://cdn.amazon-orders.help/es/logo.png" alt="amazon.es" width="100"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#0f1111">
<h2 style="font-weight:normal;color:#c7511f">Tu cuenta ha sido suspendida</h2>
<p>Hola:</p>
<p>Hemos detectado un intento de inicio de sesión desde un dispositivo desconocido (Windows, Bucarest, Rumanía). Por tu seguridad, <b>hemos suspendido tu cuenta y cancelado tu pedido n.º 404-8817230-1129384</b>.</p>
<p>Para desbloquear tu cuenta, introduce el siguiente código en la página de verificación:</p>
<p style="font-size:26px;letter-spacing:6px;text-align:center;font-weight:bold">482913</p>
<p style="text-align:center"><a href="https://amazon-orders.help/es/desbloqueo?uid=7f3a" style="background:#ffd814;padding:10px 30px;border-radius:20px;color:#0f1111;text-decoration:none">Verificar ahora</a></p>
<p>Si no verificas tu cuenta en 24 horas, se cerrará de forma permanente y perderás tu saldo de cheques regalo.</p>
<p>Gracias,<br>Equipo de Seguridad de Amazon</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#565959">© 1996-2025, Amazon.com, Inc. o sus afiliados. Amazon nunca te pedirá tu contraseña por correo electrónico.</td></tr>
</table></body></html>
"""
    other("es", "lookalike", "fraud_prevention", True,
          "look-alike domain amazon-orders.help, account suspended + order cancelled, unlock code",
          addr("Amazon.es", "seguridad@amazon-orders.help"), addr("Javier López", "javier.lopez@hotmail.es"),
          "Tu cuenta ha sido suspendida y tu pedido cancelado", (2025, 2, 6), "html", html=h, cte="b64",
          pre=[recv("mail.amazon-orders.help", "185.225.74.19", "mx.hotmail.com", "javier.lopez@hotmail.es", (2025, 2, 6)),
               ar("mx.hotmail.com", "pass", "pass", "pass", "amazon-orders.help", "amazon-orders.help")])

    t = """Estimado(a) cliente,

Su pago para el pedido No. 701-33918-2204 no pudo ser procesado por su banco.

Para evitar la cancelacion de su pedido, favor de responder este correo con la
siguiente informacion:

   * Nombre completo del titular
   * Numero de tarjeta (16 digitos)
   * Fecha de vencimiento
   * Codigo de seguridad (CVV)

Si no recibimos respuesta en las proximas 24 horas su pedido sera cancelado y
su cuenta quedara bloqueada.

Gracias por su preferencia.
Departamento de Pagos
Amazon Mexico
"""
    other("es", "lookalike", "payment_issue", True,
          "hotmail sender, asks to reply with card details, 'will be cancelled', malformed order number",
          addr("Amazon Mexico Pagos", "pagos.amazonmx@hotmail.com"), "alejandro.hdz@prodigy.net.mx",
          "Aviso: Su pedido sera cancelado", (2025, 3, 1), "text", text=t, charset="iso-8859-1", cte="qp",
          pre=[recv("NAM12-DM6-obe.outbound.protection.outlook.com", "40.92.19.88", "mx.prodigy.net.mx", "alejandro.hdz@prodigy.net.mx", (2025, 3, 1)),
               ar("mx.prodigy.net.mx", "pass", "pass", "pass", "hotmail.com", "hotmail.com")],
          msgid_domain="SN6PR12MB2718.namprd12.prod.outlook.com")

    o = "403-1192837-5500214"
    evil = "http://amazon-es.reembolsos-clientes.com/es/reembolso?p=4031192837"
    d = dict(title="Pedido cancelado", order=o, hello="Hola, Lucía:",
             order_url=evil, nav_urls=(evil, evil, evil),
             paras=["Debido a un error en el precio publicado, tu pedido n.º {o} ha sido cancelado.",
                    "El importe de 459,00 € ya se había cargado en tu tarjeta. Para solicitar el reembolso, confirma tus datos de pago en [[https://www.amazon.es/gp/your-account/reembolso|%s]] antes de 48 horas." % evil],
             items=[dict(title="Apple iPad Air 11\" (M2) Wi-Fi 128 GB - Azul", qty=1, price="459,00 €")],
             total="459,00 €",
             footer=["Amazon nunca te pedirá tu contraseña por correo electrónico.",
                     "Si el número de tu tarjeta ha cambiado, actualízalo en [[Mi cuenta|%s]]." % evil])
    d["paras"] = [p.replace("{o}", o) for p in d["paras"]]
    txt = amazon_text("amazon.es", d).replace(evil, "https://www.amazon.es/gp/your-account/reembolso")
    other("es", "lookalike", "technical_issue", True,
          "sub-domain trick amazon.es.reembolsos-clientes.com, link text shows amazon.es, href elsewhere; copies template",
          addr("Amazon.es", "pedidos@amazon.es.reembolsos-clientes.com"), addr("Lucía García", "lucia.garcia@telefonica.net"),
          "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o, (2025, 2, 12), "alt",
          text=txt, html=amazon_html("amazon.es", d, "A", "es"), cte="qp",
          pre=[recv("srv1.reembolsos-clientes.com", "194.87.31.210", "mx.telefonica.net", "lucia.garcia@telefonica.net", (2025, 2, 12)),
               ar("mx.telefonica.net", "none", "pass", "none", "amazon.es.reembolsos-clientes.com", None, "reembolsos-clientes.com")])

    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;color:#111;background:#fff">
<table width="580" align="center"><tr><td>
<p style="font-size:22px;color:#232f3e"><b>amazon</b>.com.mx</p>
<p>Hola,</p>
<p>Tu tarjeta registrada terminada en ****8830 está <b>vencida</b>, por lo que no pudimos cobrar tu pedido #701-8834-11902 y fue cancelado automáticamente.</p>
<p>Para reactivar tu pedido y conservar el precio de oferta, actualiza tu método de pago hoy mismo:</p>
<p><a href="https://mx-amazon-seguridad.com/pagos/actualizar?s=99a1" style="color:#fff;background:#e47911;padding:9px 22px;text-decoration:none;border-radius:3px">Actualizar método de pago</a></p>
<p>Gracias por comprar con nosotros.<br>Amazon.com.mx</p>
<p style="font-size:10px;color:#888">Este correo fue enviado por Servicios Comerciales Amazon México. Amazon nunca te solicitará tu contraseña.</p>
</td></tr></table></body></html>
"""
    other("es", "lookalike", "payment_issue", True,
          "Cyrillic 'а' in display name, expired card, order cancelled, malformed order number",
          addr("Amаzon.com.mx", "avisos@mx-amazon-seguridad.com"), "mariana.ruiz@gmail.com",
          "Tu pedido fue cancelado - actualiza tu método de pago", (2025, 1, 30), "html", html=h, cte="b64",
          pre=[recv("mail.mx-amazon-seguridad.com", "103.151.124.60", "mx.google.com", "mariana.ruiz@gmail.com", (2025, 1, 30)),
               ar("mx.google.com", "pass", "pass", "none", "mx-amazon-seguridad.com", "mx-amazon-seguridad.com")])

    t = """Amazon.es

Hola:

Nuestro sistema de seguridad ha retenido tu pedido más reciente porque no hemos
podido verificar la identidad del titular de la cuenta.

Tu pedido será cancelado en 12 horas si no completas la verificación.

Verificar mi identidad: https://www.amaz0n.es/ap/verificacion?lang=es_ES&ref=ord_hold

Una vez verificada tu cuenta, tu pedido se enviará sin coste adicional.

Un saludo,
El equipo de Amazon.es
"""
    h = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="padding:16px 20px;border-bottom:3px solid #ff9900"><img src="https://www.amaz0n.es/images/nav-logo.png" alt="amazon.es" width="110"></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:20px">
<p>Hola:</p>
<p>Nuestro sistema de seguridad ha retenido tu pedido más reciente porque no hemos podido verificar la identidad del titular de la cuenta.</p>
<p style="color:#b12704"><b>Tu pedido será cancelado en 12 horas si no completas la verificación.</b></p>
<p><a href="https://www.amaz0n.es/ap/verificacion?lang=es_ES&amp;ref=ord_hold">Verificar mi identidad</a></p>
<p>Una vez verificada tu cuenta, tu pedido se enviará sin coste adicional.</p>
<p>Un saludo,<br>El equipo de Amazon.es</p>
</td></tr></table></body></html>
"""
    other("es", "lookalike", "fraud_prevention", True,
          "look-alike domain amaz0n.es, no order number, 'will be cancelled in 12 h' unless identity verified",
          addr("Amazon.es", "no-responder@amaz0n.es"), addr("Javier López", "javier.lopez@hotmail.es"),
          "Tu pedido está retenido: verificación necesaria", (2025, 2, 27), "alt", text=t, html=h, cte="8bit",
          pre=[recv("mx01.amaz0n.es", "193.42.33.9", "mx.hotmail.com", "javier.lopez@hotmail.es", (2025, 2, 27)),
               ar("mx.hotmail.com", "pass", "pass", "pass", "amaz0n.es", "amaz0n.es")])

    t = """Hola,

Lamentamos informarte que el producto de tu pedido se ha AGOTADO y tu pedido
#405-77120-38 ha sido cancelado.

   Nintendo Switch OLED + Mario Kart 8 Deluxe ......... 89,99 EUR

Para recibir el reembolso de 89,99 EUR rellena el formulario con los datos
de tu tarjeta en el siguiente enlace:

   http://reembolso-amazon-es.weebly-form.net/form?id=40577

El reembolso se realizará en 24-48 horas.

Atte.
Amazon Reembolsos
"""
    other("es", "lookalike", "inventory_shortage", True,
          "yahoo sender, out-of-stock claim, refund form asking for card data, malformed order number, crude",
          addr("Amazon Reembolsos", "amazon.reembolsos@yahoo.es"), "carmen.sanchez@gmail.com",
          "Pedido cancelado - producto agotado", (2025, 1, 11), "text", text=t, charset="iso-8859-1", cte="8bit",
          subject_charset="iso-8859-1",
          pre=[recv("sonic305-21.consmr.mail.ir2.yahoo.com", "77.238.176.160", "mx.google.com", "carmen.sanchez@gmail.com", (2025, 1, 11)),
               ar("mx.google.com", "pass", "pass", "pass", "yahoo.es", "yahoo.es")],
          msgid_domain="mail.yahoo.com")

    o = "701-4419385-2207716"
    evil = "https://amazon.com.mx.cancelaciones-pedidos.xyz/mx/revertir?o=7014419385"
    d = dict(title="Cancelación solicitada", order=o, hello="Hola, Alejandro:",
             order_url=evil, nav_urls=(evil, evil, evil),
             paras=["Recibimos tu solicitud para cancelar el pedido # {o}. La cancelación se procesará en las próximas 2 horas.",
                    "¿No solicitaste esta cancelación? Alguien podría estar usando tu cuenta. [[Revierte la cancelación y protege tu cuenta aquí|%s]]." % evil],
             items=[dict(title="Pantalla Samsung 65\" Crystal UHD 4K Smart TV", qty=1, price="$11,499.00")],
             footer=["Amazon nunca te solicitará tu contraseña por correo electrónico.",
                     "Servicios Comerciales Amazon México, S. de R.L. de C.V."])
    d["paras"] = [p.replace("{o}", o) for p in d["paras"]]
    other("es", "lookalike", "customer_request", True,
          "Greek Alpha in display name, amazon.com.mx.evil.xyz domain, claims customer-requested cancellation, 'not you?' link",
          addr("Αmazon.com.mx", "cancelaciones@amazon.com.mx.cancelaciones-pedidos.xyz"),
          addr("Alejandro Hernández", "alejandro.hdz@prodigy.net.mx"),
          "Cancelación de tu pedido de Amazon.com.mx # %s" % o, (2025, 2, 19), "alt",
          text=amazon_text("amazon.com.mx", d), html=amazon_html("amazon.com.mx", d, "B", "es"), cte="qp",
          pre=[recv("mta2.cancelaciones-pedidos.xyz", "45.95.147.12", "mx.prodigy.net.mx", "alejandro.hdz@prodigy.net.mx", (2025, 2, 19)),
               ar("mx.prodigy.net.mx", "none", "softfail", "none", "amazon.com.mx.cancelaciones-pedidos.xyz", None, "cancelaciones-pedidos.xyz")])

    # ---------------- non-notices (6)
    t = """Hola Carmen:

Sentimos comunicarte que tu pedido n.º 10293847561 ha sido cancelado porque el artículo ya no está disponible en tu talla.

  Zapatillas Adidas Originals Samba OG - Talla 38 - 120,00 €

Has pagado con Amazon Pay. Devolveremos 120,00 € al método de pago de tu cuenta de Amazon en un plazo de 5 días hábiles.

Puedes ver el estado de tus pedidos en https://www.zalando.es/myaccount/orders/

Saludos,
Tu equipo de Zalando

Zalando SE - Valeska-Gert-Straße 5 - 10243 Berlín, Alemania
"""
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;border-bottom:1px solid #d0d1d3"><img src="https://mosaic01.ztat.net/mail/zalando-logo.png" alt="Zalando" width="140"></td></tr>
<tr><td style="padding:24px 0;font-size:15px;line-height:22px">
<p>Hola Carmen:</p>
<p>Sentimos comunicarte que tu pedido n.º <b>10293847561</b> ha sido cancelado porque el artículo ya no está disponible en tu talla.</p>
<p>Zapatillas Adidas Originals Samba OG · Talla 38 · <b>120,00 €</b></p>
<p>Has pagado con <b>Amazon Pay</b>. Devolveremos 120,00 € al método de pago de tu cuenta de Amazon en un plazo de 5 días hábiles.</p>
<p><a href="https://www.zalando.es/myaccount/orders/" style="color:#ff6900">Ver mis pedidos</a></p>
<p>Saludos,<br>Tu equipo de Zalando</p>
</td></tr>
<tr><td style="font-size:11px;color:#66676e">Zalando SE · Valeska-Gert-Straße 5 · 10243 Berlín, Alemania</td></tr>
</table></body></html>
"""
    other("es", "non_notice", None, False, "Zalando order cancelled (size out of stock), paid with Amazon Pay",
          addr("Zalando", "info@service-mail.zalando.es"), addr("Carmen Sánchez", "carmen.sanchez@gmail.com"),
          "Tu pedido 10293847561 ha sido cancelado", (2025, 2, 3), "alt", text=t, html=h, cte="qp",
          pre=[recv("mail-a17.service-mail.zalando.es", "185.22.13.17", "mx.google.com", "carmen.sanchez@gmail.com", (2025, 2, 3)),
               ar("mx.google.com", "pass", "pass", "pass", "service-mail.zalando.es", "service-mail.zalando.es")])

    t = """Hola Mariana,

Te aviso que cancelé el pedido de Amazon de las sillas para la sala de juntas. El
proveedor cambió la fecha de entrega al 28 de marzo y la remodelación se inaugura
el 15, así que mejor las compramos en Office Depot esta semana.

El reembolso llega a la tarjeta corporativa en unos días; ya le avisé a Contabilidad
para que no lo registren como gasto.

¿Me ayudas a pedir la cotización de Office Depot hoy?

Saludos,

Rodrigo Medina
Coordinador de Compras | Grupo Alfa Logística
Tel. +52 55 5280 1144
"""
    other("es", "non_notice", None, False, "colleague says he cancelled the office's Amazon order himself",
          addr("Rodrigo Medina", "rmedina@alfalogistica.com.mx"), addr("Mariana Ruiz", "mruiz@alfalogistica.com.mx"),
          "Sillas sala de juntas - cancelé el pedido de Amazon", (2025, 3, 3), "text", text=t, cte="qp",
          headers=[("X-Mailer", "Microsoft Outlook 16.0")],
          msgid_domain="alfalogistica.com.mx")

    h = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Ciberconsejos</title></head>
<body style="margin:0;background:#f4f6f8;font-family:Verdana,Arial,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#00447c;color:#fff;padding:16px 26px"><b>Boletín Ciberconsejos</b> · n.º 58 · febrero de 2025</td></tr>
<tr><td style="padding:24px 26px;font-size:14px;line-height:22px;color:#222">
<h1 style="font-size:21px;color:#00447c">Campaña de phishing: «Tu pedido de Amazon ha sido cancelado»</h1>
<p>Se ha detectado una campaña de correos fraudulentos que suplantan a Amazon con asuntos como <i>«Tu pedido de Amazon.es n.º 403-… ha sido cancelado»</i> o <i>«Tu cuenta ha sido suspendida y tu pedido cancelado»</i>.</p>
<p>Los mensajes informan de la cancelación de un pedido que la víctima no ha realizado y le piden llamar a un teléfono o pulsar un enlace para «recibir el reembolso». La página enlazada imita el inicio de sesión de Amazon y roba las credenciales y los datos de la tarjeta.</p>
<h2 style="font-size:17px">Recomendaciones</h2>
<ul>
<li>Comprueba el dominio del remitente: fíjate en variantes como amaz0n o amazon-pedidos.</li>
<li>No llames a números de teléfono incluidos en el correo.</li>
<li>Consulta el estado de tus pedidos entrando directamente en la web o la app de la tienda.</li>
<li>Si ya has facilitado tus datos, contacta con tu banco y cambia tu contraseña.</li>
</ul>
<p>Si tienes dudas, llama al 017, la Línea de Ayuda en Ciberseguridad.</p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#777">Recibes este boletín porque estás suscrito. <a href="https://ciberconsejos-boletin.es/baja?e=4f1">Darse de baja</a></td></tr>
</table></body></html>
"""
    other("es", "non_notice", None, False, "security newsletter about an Amazon-cancellation phishing campaign, quotes fake subjects",
          addr("Boletín Ciberconsejos", "boletin@ciberconsejos-boletin.es"), "lucia.garcia@telefonica.net",
          "Aviso de seguridad: campaña de phishing «Tu pedido de Amazon ha sido cancelado»", (2025, 2, 21), "html",
          html=h, cte="qp",
          post=[("List-Unsubscribe", "<https://ciberconsejos-boletin.es/baja?e=4f1>"), ("Precedence", "bulk")])

    d = dict(title="Franja de entrega cancelada", order="", hello="Hola, Javier:",
             paras=["Tu franja de entrega reservada de Amazon Fresh para el sábado 8 de marzo, de 10:00 a 12:00, se ha cancelado porque no se completó el pedido antes de que caducara la reserva.",
                    "No se ha realizado ningún cargo. Los productos siguen en tu cesta: puedes elegir una nueva franja y finalizar la compra en [[Amazon Fresh|https://www.amazon.es/alm/storefront?almBrandId=QW1hem9uIEZyZXNo&ref_=pe_slot]]."])
    notice("es", "amazon.es", None, False, "genuine Amazon Fresh delivery-slot reservation cancelled; no order was placed",
           "fresh-noreply", "Tu franja de entrega de Amazon Fresh se ha cancelado", ("Javier López", "javier.lopez@hotmail.es"),
           d, "alt", style="B", cte="b64", auth=False, date=(2025, 3, 7), kind="non_notice", sender_name="Amazon Fresh")

    t = """Hola, Mariana:

Confirmamos que cancelaste tu suscripción a Amazon Music Unlimited (Plan Individual).

Podrás seguir escuchando música sin límites hasta el 31 de marzo de 2025. Después de esa fecha tu plan no se renovará y no se te cobrará de nuevo.

Si cambias de opinión, puedes volver a suscribirte en cualquier momento: https://www.amazon.com.mx/music/settings

Gracias por escuchar con Amazon Music.

Amazon nunca te solicitará tu contraseña ni información de pago por correo electrónico.
Servicios Comerciales Amazon México, S. de R.L. de C.V.
"""
    stamp = rand_date((2025, 3, 2))
    pre, hd, post = amazon_headers("amazon.com.mx", True, region="us-east-1", to_addr="mariana.ruiz@gmail.com", stamp=stamp)
    other("es", "non_notice", None, False, "genuine Amazon Music Unlimited subscription cancellation (amazon.com.mx)",
          addr("Amazon Music", "digital-no-reply@amazon.com.mx"), addr("Mariana Ruiz", "mariana.ruiz@gmail.com"),
          "Tu suscripción a Amazon Music Unlimited ha sido cancelada", stamp, "text", text=t, cte="8bit",
          pre=pre, headers=hd, post=post, message_id=ses_message_id("us-east-1"))

    o = oid("404")
    d = dict(title="Revisa tu pago", order=o, hello="Hola, Carmen:",
             paras=["No hemos podido cobrar tu pedido n.º {o} porque el banco emisor de tu tarjeta Mastercard terminada en 2291 ha rechazado el pago.",
                    "Para que podamos enviar tu pedido, actualiza la información de pago antes del 14 de febrero de 2025 desde Mis pedidos en www.amazon.es (selecciona el pedido y pulsa «Revisar o actualizar el pago»).",
                    "Si no recibimos la actualización antes de esa fecha, cancelaremos tu pedido. Por ahora tu pedido sigue activo."],
             items=[dict(title="Roborock Q7 Max+ Robot Aspirador y Friegasuelos", qty=1, price="349,00 €")],
             total="349,00 €", items_h="Artículos del pedido", total_lbl="Total del pedido")
    notice("es", "amazon.es", None, False, "genuine amazon.es payment revision reminder before any cancellation",
           "payments-messages", "Acción necesaria: actualiza tu información de pago para el pedido {o}",
           ("Carmen Sánchez", "carmen.sanchez@gmail.com"), d, "alt", style="A", charset="windows-1252", cte="qp",
           auth=True, date=(2025, 2, 10), kind="non_notice", subject_charset="windows-1252")

    # ---------------- notices (6)
    o = oid("403")
    d = dict(title="Pedido cancelado", order=o, hello="Hola, Lucía:",
             paras=["Lamentamos informarte de que no podremos servir tu pedido en preventa n.º {o}. Nuestro proveedor nos ha comunicado que no recibiremos más unidades del artículo indicado a continuación, por lo que hemos tenido que cancelarlo.",
                    "No se ha realizado ningún cargo en tu tarjeta por este artículo."],
             items=[dict(title="The Legend of Zelda: Edición Coleccionista (Nintendo Switch 2) - Preventa", qty=1, price="129,99 €")],
             total="129,99 €",
             after=["Sentimos las molestias. Esperamos volver a verte pronto.", "Atención al Cliente de Amazon.es"])
    notice("es", "amazon.es", "inventory_shortage", True, "pre-order cannot be filled, supplier sends no more units",
           "order-update", "Tu pedido de Amazon.es n.º {o} ha sido cancelado", ("Lucía García", "lucia.garcia@telefonica.net"),
           d, "alt", style="A", cte="qp", auth=True, date=(2025, 1, 15))

    o = oid("701")
    d = dict(title="Pedido cancelado", order=o, hello="Hola, Alejandro:",
             paras=["Tu banco rechazó el cargo de tu pedido # {o} a la tarjeta Visa con terminación 0912.",
                    "Te enviamos un aviso el 3 de febrero para que actualizaras tu método de pago. Como no recibimos la actualización dentro del plazo, tu pedido ha sido cancelado. No se realizó ningún cargo.",
                    "Si aún deseas estos productos, puedes realizar un nuevo pedido con otro método de pago."],
             items=[dict(title="Xiaomi Redmi Note 14 Pro 256 GB, Negro", qty=1, price="$6,299.00"),
                    dict(title="Funda de silicona para Redmi Note 14 Pro", qty=1, price="$249.00")],
             total="$6,548.00")
    notice("es", "amazon.com.mx", "payment_issue", True, "card declined, payment update not made in time; text-only 8bit",
           "payments-messages", "Tu pedido de Amazon.com.mx # {o} ha sido cancelado",
           ("Alejandro Hernández", "alejandro.hdz@prodigy.net.mx"), d, "text", cte="8bit", auth=False,
           date=(2025, 2, 8), region="us-east-1")

    o = oid("406")
    d = dict(title="Pedido cancelado", order=o, hello="Hola, Javier:",
             paras=["Hemos cancelado tu pedido n.º {o} porque el precio del artículo que se muestra a continuación se publicó por error en nuestra web y no se correspondía con su precio real.",
                    "No se te ha cobrado nada. Si se realizó una autorización temporal en tu tarjeta, tu banco la anulará en unos días.",
                    "Lamentamos las molestias que esto te haya podido causar."],
             items=[dict(title="Cafetera superautomática De'Longhi Magnifica Evo ECAM290.61.B", qty=1, price="39,90 €")])
    notice("es", "amazon.es", "technical_issue", True, "pricing error; multipart latin-9 quoted-printable",
           "order-update", "Información sobre tu pedido de Amazon.es n.º {o}", ("Javier López", "javier.lopez@hotmail.es"),
           d, "alt", style="B", charset="iso-8859-15", cte="qp", auth=False, date=(2025, 1, 26),
           subject_charset="iso-8859-15")

    o = oid("702")
    o = "701" + o[3:]
    d = dict(title="Tu pedido fue cancelado", order=o, hello="Hola, Mariana:",
             paras=["Detectamos actividad inusual relacionada con tu cuenta. Como medida de seguridad, cancelamos tu pedido # {o} y retuvimos temporalmente tu cuenta.",
                    "Para volver a usar tu cuenta, inicia sesión directamente en www.amazon.com.mx o en la app de Amazon y sigue las instrucciones para verificar tu información. Por tu seguridad, este correo no incluye enlaces de inicio de sesión."],
             items=[dict(title="Consola PlayStation 5 Slim Digital 1 TB", qty=3, price="$29,997.00")])
    notice("es", "amazon.com.mx", "fraud_prevention", True, "unusual activity, account on hold; HTML only base64",
           "cs-reply", "Tu pedido de Amazon.com.mx # {o} fue cancelado", ("Mariana Ruiz", "mariana.ruiz@gmail.com"),
           d, "html", style="A", cte="b64", auth=True, date=(2025, 2, 25), region="us-east-1")

    o = oid("171")
    d = dict(title="Cancelación correcta", order=o, hello="Hola, Carmen:",
             paras=["Te confirmamos que, tal como solicitaste, hemos cancelado el siguiente artículo de tu pedido n.º {o}.",
                    "Motivo de la cancelación: cancelado por el cliente.",
                    "No se te cobrará por este artículo. Si ya se había realizado el cargo, el reembolso aparecerá en tu método de pago en un plazo de 3 a 5 días laborables."],
             items=[dict(title="Cecotec Freidora de aire Cecofry Full InoxBlack 5500 Pro", qty=1, price="69,90 €")])
    notice("es", "amazon.es", "customer_request", True, "customer cancelled one item; multipart base64",
           "auto-confirm", "Cancelación correcta de «Cecotec Freidora de aire Cecofry Full…» de tu pedido de Amazon.es",
           ("Carmen Sánchez", "carmen.sanchez@gmail.com"), d, "alt", style="B", cte="b64", auth=True, date=(2025, 3, 6))

    o = oid("702")
    o = "701" + o[3:]
    d = dict(title="Pedido cancelado", order=o, hello="Hola, Fernanda:",
             paras=["Lamentamos informarte que tu pedido # {o} ha sido cancelado.",
                    "Si se realizó algún cargo, te lo reembolsaremos en su totalidad a tu método de pago original en un plazo de 3 a 5 días hábiles. Puedes consultar el estado de tu reembolso en Mis pedidos."],
             items=[dict(title="T-fal Batería de cocina Ultimate antiadherente, 10 piezas", qty=1, price="$2,349.00")])
    notice("es", "amazon.com.mx", "unknown", False, "cancellation without any stated reason; text-only latin-1 base64",
           "order-update", "Tu pedido de Amazon.com.mx # {o} ha sido cancelado", ("Fernanda Castillo", "fer.castillo@yahoo.com.mx"),
           d, "text", charset="iso-8859-1", cte="b64", auth=False, date=(2025, 3, 3), region="us-east-1")


# ============================================================ PORTUGUESE (BR)
def portuguese():
    # ---------------- lookalikes (8)
    t = """Prezado(a) cliente,

Identificamos uma compra suspeita em sua conta e, por seguranca, seu pedido
no valor de R$ 4.899,00 (iPhone 15 128GB) foi CANCELADO.

Caso nao reconheca esta compra, ligue AGORA para nossa central antifraude:

        0800 591 2837  (ligacao gratuita - 24h)

Nao compartilhe este e-mail. Um atendente ira orientar o estorno.

Atenciosamente,
Central de Seguranca Amazon Brasil
"""
    other("pt", "lookalike", "fraud_prevention", True,
          "gmail sender, callback 0800 number, no order number, claims suspicious purchase",
          addr("Central Amazon", "central.antifraude.amazon@gmail.com"), "anapaula.souza@uol.com.br",
          "Seu pedido foi cancelado por suspeita de fraude", (2025, 1, 16), "text", text=t, cte="8bit",
          pre=[recv("mail-pj1-f41.google.com", "209.85.216.41", "mx.uol.com.br", "anapaula.souza@uol.com.br", (2025, 1, 16)),
               ar("mx.uol.com.br", "pass", "pass", "pass", "gmail.com", "gmail.com")],
          msgid_domain="mail.gmail.com")

    t = """Amazon.com.br

Sua conta foi suspensa

Olá,

Detectamos uma tentativa de acesso não autorizado à sua conta. Para sua proteção,
sua conta foi suspensa e o pedido nº 702-5518-20193 foi cancelado.

Para reativar sua conta, acesse o link abaixo e informe o código de segurança:

   Código: 71-90-33
   https://amazonbr-suporte.com/conta/reativar?cod=719033

O código é válido por 6 horas. Após esse prazo, a conta será encerrada.

Equipe de Segurança Amazon
"""
    other("pt", "lookalike", "fraud_prevention", True,
          "look-alike domain amazonbr-suporte.com, account suspended + order cancelled, reactivation code, malformed order number",
          addr("Amazon.com.br", "seguranca@amazonbr-suporte.com"), addr("Rodrigo Almeida", "rodrigo.almeida@gmail.com"),
          "Sua conta Amazon foi suspensa - pedido cancelado", (2025, 2, 5), "text", text=t, charset="iso-8859-1",
          cte="qp", subject_charset="iso-8859-1",
          pre=[recv("smtp.amazonbr-suporte.com", "179.61.251.40", "mx.google.com", "rodrigo.almeida@gmail.com", (2025, 2, 5)),
               ar("mx.google.com", "pass", "pass", "pass", "amazonbr-suporte.com", "amazonbr-suporte.com")])

    t = """Olá cliente,

O pagamento do seu pedido #702-44810-3321 não foi aprovado pela operadora do cartão.

Para que o seu pedido NÃO seja cancelado, responda este e-mail informando:

- Nome completo e CPF
- Número do cartão
- Validade
- Código de segurança (CVV)

Caso não recebamos os dados em até 24 horas, o pedido será cancelado
automaticamente.

Obrigado,
Financeiro Amazon
"""
    other("pt", "lookalike", "payment_issue", True,
          "yahoo.com.br sender, reply with card data and CPF, 'will be cancelled', malformed order number",
          addr("Financeiro Amazon", "financeiro.amazonbr@yahoo.com.br"), "carla.ferreira@bol.com.br",
          "Pagamento recusado - seu pedido será cancelado", (2025, 2, 26), "text", text=t,
          charset="windows-1252", cte="8bit", subject_charset="windows-1252",
          pre=[recv("sonic317-33.consmr.mail.gq1.yahoo.com", "98.137.66.147", "mx.bol.com.br", "carla.ferreira@bol.com.br", (2025, 2, 26)),
               ar("mx.bol.com.br", "pass", "pass", "pass", "yahoo.com.br", "yahoo.com.br")],
          msgid_domain="mail.yahoo.com")

    o = "702-6638201-4471952"
    evil = "http://amzbr-estorno.online/br/estorno?pedido=7026638201"
    d = dict(title="Pedido cancelado", order=o, hello="Olá, Ana Paula,",
             order_url=evil, nav_urls=(evil, evil, evil),
             paras=["Devido a um erro de sistema no processamento do seu pedido nº {o}, ele foi cancelado.",
                    "O valor de R$ 2.149,90 foi cobrado no seu cartão. Para receber o estorno, confirme seus dados em [[https://www.amazon.com.br/gp/css/estorno|%s]] em até 48 horas." % evil],
             items=[dict(title="Smart TV LG 55\" 4K UHD ThinQ AI 55UR8750", qty=1, price="R$ 2.149,90")],
             total="R$ 2.149,90",
             footer=["A Amazon nunca vai pedir sua senha por e-mail.",
                     "Se o número do seu cartão mudou, atualize em [[Sua conta|%s]]." % evil])
    d["paras"] = [p.replace("{o}", o) for p in d["paras"]]
    txt = amazon_text("amazon.com.br", d).replace(evil, "https://www.amazon.com.br/gp/css/estorno")
    other("pt", "lookalike", "technical_issue", True,
          "link text shows amazon.com.br, href to amzbr-estorno.online; copies the template; sender on the phishing domain",
          addr("Amazon.com.br", "pedidos@amzbr-estorno.online"), addr("Ana Paula Souza", "anapaula.souza@uol.com.br"),
          "Seu pedido Amazon.com.br nº %s foi cancelado" % o, (2025, 2, 13), "alt",
          text=txt, html=amazon_html("amazon.com.br", d, "B", "pt-BR"), cte="b64",
          pre=[recv("vps19.amzbr-estorno.online", "45.139.104.77", "mx.uol.com.br", "anapaula.souza@uol.com.br", (2025, 2, 13)),
               ar("mx.uol.com.br", "none", "pass", "none", "amzbr-estorno.online", None, "amzbr-estorno.online")])

    h = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f7f7f7">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #e3e3e3">
<tr><td style="padding:18px 24px;border-bottom:2px solid #ff9900"><img src="https://reembolso-pix-amz.com/img/logo.png" alt="amazon.com.br" width="110"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#111">
<p>Olá,</p>
<p>Infelizmente o produto <b>Air Fryer Mondial 5,5L Family</b> do seu pedido <b>#702-1190-5521</b> está <b>fora de estoque</b> e o pedido foi cancelado.</p>
<p>Para receber o reembolso de <b>R$ 399,90</b> via Pix imediatamente, cadastre sua chave Pix e confirme seus dados bancários:</p>
<p style="text-align:center"><a href="https://reembolso-pix-amz.com/br/pix?ref=7021190" style="background:#ffa41c;color:#111;padding:10px 26px;text-decoration:none;border-radius:6px">Receber reembolso via Pix</a></p>
<p>O reembolso expira em 48 horas.</p>
<p>Atenciosamente,<br>Amazon.com.br</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:10px;color:#888">© 1996-2025, Amazon.com, Inc. ou suas afiliadas.</td></tr>
</table></body></html>
"""
    other("pt", "lookalike", "inventory_shortage", True,
          "Cyrillic А and о in display name, out-of-stock claim, Pix refund lure, malformed order number",
          addr("Аmazоn Brasil", "reembolso@reembolso-pix-amz.com"), "rodrigo.almeida@gmail.com",
          "Pedido cancelado: produto fora de estoque", (2025, 1, 24), "html", html=h, cte="qp",
          pre=[recv("mail.reembolso-pix-amz.com", "103.83.194.11", "mx.google.com", "rodrigo.almeida@gmail.com", (2025, 1, 24)),
               ar("mx.google.com", "pass", "pass", "none", "reembolso-pix-amz.com", "reembolso-pix-amz.com")])

    o = "702-3395012-8816734"
    base = "https://www.amaz0n.com.br"
    d = dict(title="Atualize seu pagamento", order=o, hello="Olá, Carla,", base=base,
             order_url=base + "/gp/pagamento/atualizar?o=" + o,
             nav_urls=(base + "/pedidos", base + "/conta", base + "/"),
             paras=["Não conseguimos processar o pagamento do seu pedido nº {o}.",
                    "Seu pedido será cancelado em 24 horas se você não atualizar a forma de pagamento. [[Atualizar forma de pagamento|%s/gp/pagamento/atualizar?o=%s]]" % (base, o)],
             items=[dict(title="Notebook Lenovo IdeaPad Slim 3 Ryzen 7 16GB 512GB SSD", qty=1, price="R$ 3.499,00")],
             footer=["A Amazon nunca vai pedir sua senha por e-mail.",
                     "Amazon Serviços de Varejo do Brasil Ltda."])
    d["paras"] = [p.replace("{o}", o) for p in d["paras"]]
    other("pt", "lookalike", "payment_issue", True,
          "look-alike domain amaz0n.com.br, polished template copy, order 'will be cancelled' unless payment updated",
          addr("Amazon.com.br", "pagamentos@amaz0n.com.br"), addr("Carla Ferreira", "carla.ferreira@bol.com.br"),
          "Ação necessária: seu pedido %s será cancelado" % o, (2025, 3, 8), "alt",
          text=amazon_text("amazon.com.br", d), html=amazon_html("amazon.com.br", d, "A", "pt-BR"), cte="qp",
          pre=[recv("mx1.amaz0n.com.br", "193.42.33.12", "mx.bol.com.br", "carla.ferreira@bol.com.br", (2025, 3, 8)),
               ar("mx.bol.com.br", "pass", "pass", "pass", "amaz0n.com.br", "amaz0n.com.br")])

    h = """<html><body>
<p><font size="5" color="red"><b>PEDIDO CANCELADO!!!</b></font></p>
<p>Seu pedido na amazon foi cancelado. Clique no link abaixo para ver os detalhes e evitar o bloqueio do seu CPF.</p>
<p><a href="http://189.45.203.17/amazon/detalhes.php?id=88213">www.amazon.com.br/pedidos</a></p>
<p>amazon</p>
</body></html>
"""
    other("pt", "lookalike", "unknown", False,
          "crude hotmail phishing, no order number, no reason, IP-address link behind amazon text",
          addr("AMAZON", "amazon-pedidos2025@hotmail.com"), "anapaula.souza@uol.com.br",
          "PEDIDO CANCELADO", (2025, 3, 10), "html", html=h, charset="iso-8859-1", cte="8bit",
          pre=[recv("BRAPR01-CP2-obe.outbound.protection.outlook.com", "40.92.42.101", "mx.uol.com.br", "anapaula.souza@uol.com.br", (2025, 3, 10)),
               ar("mx.uol.com.br", "pass", "pass", "pass", "hotmail.com", "hotmail.com")],
          msgid_domain="CP2PR80MB4521.lamprd80.prod.outlook.com")

    o = "702-8120943-5573318"
    evil = "https://amazon.com.br.pedido-cancelamento.online/conta/contestar?o=7028120943"
    d = dict(title="Cancelamento solicitado", order=o, hello="Olá, Rodrigo,",
             order_url=evil, nav_urls=(evil, evil, evil),
             paras=["Recebemos sua solicitação de cancelamento do pedido nº {o}. O cancelamento será concluído nas próximas horas.",
                    "Motivo informado: Cancelado pelo cliente.",
                    "Não foi você? [[Contestar o cancelamento e proteger minha conta|%s]]" % evil],
             items=[dict(title="Console Xbox Series X 1TB", qty=1, price="R$ 4.299,00")],
             footer=["A Amazon nunca vai pedir sua senha por e-mail.",
                     "Amazon Serviços de Varejo do Brasil Ltda. - Av. Presidente Juscelino Kubitschek, 2041, São Paulo/SP."])
    d["paras"] = [p.replace("{o}", o) for p in d["paras"]]
    other("pt", "lookalike", "customer_request", True,
          "amazon.com.br.evil.online style domain, polished copy, claims customer cancellation, 'not you?' link",
          addr("Amazon.com.br", "confirmacao@amazon.com.br.pedido-cancelamento.online"),
          addr("Rodrigo Almeida", "rodrigo.almeida@gmail.com"),
          "Cancelamento do seu pedido Amazon.com.br nº %s" % o, (2025, 2, 28), "html",
          html=amazon_html("amazon.com.br", d, "A", "pt-BR"), cte="b64",
          pre=[recv("smtp.pedido-cancelamento.online", "45.88.90.201", "mx.google.com", "rodrigo.almeida@gmail.com", (2025, 2, 28)),
               ar("mx.google.com", "none", "softfail", "none", "amazon.com.br.pedido-cancelamento.online", None, "pedido-cancelamento.online")])

    # ---------------- non-notices (6)
    t = """Olá, Carla!

Seu pedido nº 1387726541 foi cancelado porque o vendedor parceiro não tinha mais o produto em estoque.

  Geladeira Brastemp Frost Free Duplex 375L Inox - R$ 3.799,00

O valor será estornado no seu cartão de crédito em até 2 faturas.

Achou esse produto mais barato na Amazon ou em outra loja? Conte com o nosso "Cobrimos a oferta" na próxima compra!

Acompanhe seus pedidos: https://www.magazineluiza.com.br/meus-pedidos/

Equipe Magalu
Magazine Luiza S/A - CNPJ 47.960.950/0001-21
"""
    h = """<html><body style="font-family:Arial,sans-serif;color:#404040">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#0086ff;padding:14px 20px"><img src="https://a-static.mlcdn.com.br/mail/logo-magalu.png" alt="Magalu" height="36"></td></tr>
<tr><td style="padding:22px 20px;font-size:15px;line-height:22px">
<p>Olá, Carla!</p>
<p>Seu pedido nº <b>1387726541</b> foi cancelado porque o vendedor parceiro não tinha mais o produto em estoque.</p>
<p>Geladeira Brastemp Frost Free Duplex 375L Inox — <b>R$ 3.799,00</b></p>
<p>O valor será estornado no seu cartão de crédito em até 2 faturas.</p>
<p style="background:#f0f7ff;padding:10px">Achou esse produto mais barato na Amazon ou em outra loja? Conte com o nosso "Cobrimos a oferta" na próxima compra!</p>
<p><a href="https://www.magazineluiza.com.br/meus-pedidos/" style="color:#0086ff">Acompanhar meus pedidos</a></p>
<p>Equipe Magalu</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding:10px 20px">Magazine Luiza S/A - CNPJ 47.960.950/0001-21</td></tr>
</table></body></html>
"""
    other("pt", "non_notice", None, False, "Magalu order cancelled (seller out of stock), mentions Amazon price comparison",
          addr("Magalu", "pedidos@comunicacao.magazineluiza.com.br"), addr("Carla Ferreira", "carla.ferreira@bol.com.br"),
          "Seu pedido 1387726541 foi cancelado", (2025, 2, 4), "alt", text=t, html=h, cte="qp",
          pre=[recv("mta12.comunicacao.magazineluiza.com.br", "200.155.12.90", "mx.bol.com.br", "carla.ferreira@bol.com.br", (2025, 2, 4)),
               ar("mx.bol.com.br", "pass", "pass", "pass", "comunicacao.magazineluiza.com.br", "comunicacao.magazineluiza.com.br")])

    t = """Oi Rô,

Só pra avisar: cancelei aquele pedido da Amazon do carrinho de bebê. Vi que a
Dani já comprou um igualzinho, aí não fazia sentido mandar repetido. Cancelei
pelo app mesmo, o dinheiro volta no cartão em uns dias.

Vamos pensar em outro presente? Pensei num kit de body + um vale da Tok&Stok.

Beijos,
Fernanda

Enviado do meu iPhone
"""
    other("pt", "non_notice", None, False, "friend says she cancelled her own Amazon order",
          addr("Fernanda Lima", "fernandalima.rj@icloud.com"), addr("Rodrigo Almeida", "rodrigo.almeida@gmail.com"),
          "presente da Dani", (2025, 1, 29), "text", text=t, cte="qp",
          headers=[("X-Mailer", "iPhone Mail (22D63)")], msgid_domain="icloud.com")

    h = """<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>Blog Compra Segura</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,sans-serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 26px;background:#1b5e20;color:#fff"><b>Blog Compra Segura</b> — novidades da semana</td></tr>
<tr><td style="padding:24px 26px;font-size:15px;line-height:23px;color:#222">
<h1 style="font-size:22px">Golpe do "Seu pedido Amazon.com.br foi cancelado": como se proteger</h1>
<p>Nas últimas semanas, leitores relataram e-mails e SMS com assuntos como <i>"Seu pedido Amazon.com.br nº 702-… foi cancelado"</i> e <i>"Pedido cancelado: produto fora de estoque"</i>. A mensagem promete um reembolso via Pix e pede a chave Pix e os dados do cartão.</p>
<p>Também explicamos o que acontece quando a própria loja cancela uma compra: quando isso acontece de verdade, o estorno é feito automaticamente no mesmo meio de pagamento, sem que você precise informar nada.</p>
<h2 style="font-size:18px">Dicas rápidas</h2>
<ul>
<li>Confira o domínio do remitente e desconfie de variações como amaz0n ou amazonbr-suporte.</li>
<li>Nunca informe chave Pix, senha ou código de segurança por e-mail.</li>
<li>Verifique o pedido abrindo você mesmo o aplicativo da loja.</li>
</ul>
<p><a href="https://blogcomprasegura.com.br/golpe-pedido-cancelado-amazon">Leia o artigo completo no blog</a></p>
</td></tr>
<tr><td style="padding:12px 26px;font-size:11px;color:#777">Você recebe este e-mail porque assinou o Blog Compra Segura. <a href="https://blogcomprasegura.com.br/sair?id=77c">Cancelar inscrição</a></td></tr>
</table></body></html>
"""
    other("pt", "non_notice", None, False, "blog newsletter about the fake 'pedido cancelado' scam; quotes subjects",
          addr("Blog Compra Segura", "contato@blogcomprasegura.com.br"), "anapaula.souza@uol.com.br",
          "Golpe do \"pedido cancelado\" da Amazon: saiba como se proteger", (2025, 2, 18), "html", html=h, cte="b64",
          post=[("List-Unsubscribe", "<https://blogcomprasegura.com.br/sair?id=77c>"), ("Precedence", "bulk")])

    o = oid("702")
    d = dict(title="Agendamento cancelado", order=o, hello="Olá, Ana Paula,",
             paras=["O agendamento da entrega do seu pedido nº {o}, marcado para terça-feira, 18 de março, no período da manhã, foi cancelado pela transportadora por indisponibilidade de veículo na sua região.",
                    "Seu pedido continua ativo e nada foi cancelado na compra. Escolha uma nova data de entrega em [[Seus pedidos|https://www.amazon.com.br/gp/css/order-history?ref_=pe_agendamento]]."],
             items=[dict(title="Máquina de Lavar Electrolux 13kg Essential Care LED13", qty=1, price="R$ 2.199,00")],
             items_h="Itens a serem entregues")
    notice("pt", "amazon.com.br", None, False, "genuine amazon.com.br scheduled-delivery appointment cancelled, order active",
           "shipment-tracking", "Seu agendamento de entrega foi cancelado - escolha uma nova data",
           ("Ana Paula Souza", "anapaula.souza@uol.com.br"), d, "alt", style="B", cte="qp", auth=True,
           date=(2025, 3, 14), region="us-east-1", kind="non_notice")

    t = """Olá, Carla,

Confirmamos o cancelamento da sua assinatura do Kindle Unlimited.

Você pode continuar lendo os títulos do Kindle Unlimited até 05/04/2025. Depois dessa data, os livros emprestados serão removidos da sua biblioteca e não haverá novas cobranças.

Mudou de ideia? Reative sua assinatura a qualquer momento em https://www.amazon.com.br/kindle-dbs/ku/ku-central

Obrigado,
Equipe Kindle

A Amazon nunca vai pedir sua senha ou dados de pagamento por e-mail.
Amazon Serviços de Varejo do Brasil Ltda.
"""
    stamp = rand_date((2025, 3, 5))
    pre, hd, post = amazon_headers("amazon.com.br", False, region="us-east-1", to_addr="carla.ferreira@bol.com.br", stamp=stamp)
    other("pt", "non_notice", None, False, "genuine Kindle Unlimited subscription cancellation (amazon.com.br); latin-1",
          addr("Amazon Kindle", "digital-no-reply@amazon.com.br"), addr("Carla Ferreira", "carla.ferreira@bol.com.br"),
          "Sua assinatura do Kindle Unlimited foi cancelada", stamp, "text", text=t, charset="iso-8859-1", cte="qp",
          subject_charset="iso-8859-1", pre=pre, headers=hd, post=post, message_id=ses_message_id("us-east-1"))

    o = oid("702")
    d = dict(title="Lembrete de pagamento", order=o, hello="Olá, Rodrigo,",
             paras=["Ainda não identificamos o pagamento do boleto referente ao seu pedido nº {o}.",
                    "O boleto vence em 21/02/2025. Se o pagamento não for identificado até essa data, o pedido será cancelado automaticamente. Pagamentos feitos no último dia podem levar até 3 dias úteis para serem compensados.",
                    "Você pode imprimir a segunda via do boleto ou pagar com Pix em Seus pedidos, no site www.amazon.com.br ou no app da Amazon."],
             items=[dict(title="Cadeira Gamer ThunderX3 TGC12 Evo, Preta", qty=1, price="R$ 1.099,90")],
             total="R$ 1.099,90", items_h="Itens do pedido", total_lbl="Total do pedido")
    notice("pt", "amazon.com.br", None, False, "genuine boleto payment reminder: order WILL be cancelled if unpaid",
           "payments-messages", "Lembrete: pague o boleto do pedido {o} até 21/02",
           ("Rodrigo Almeida", "rodrigo.almeida@gmail.com"), d, "alt", style="A", cte="8bit", auth=False,
           date=(2025, 2, 19), region="us-east-1", kind="non_notice")

    # ---------------- notices (6)
    o = oid("702")
    d = dict(title="Item cancelado", order=o, hello="Olá, Ana Paula,",
             paras=["Infelizmente, o vendedor parceiro não conseguiu atender o item abaixo do seu pedido nº {o} porque o produto ficou fora de estoque. Por isso, o item foi cancelado.",
                    "Você não será cobrado por este item. Se já houve uma cobrança, o valor será estornado para a forma de pagamento original."],
             items=[dict(title="Fone de Ouvido JBL Tune 520BT Bluetooth, Azul", qty=1, price="R$ 249,90", seller="EletroShop Brasil")],
             total="R$ 249,90",
             after=["Sentimos muito pelo inconveniente.", "Atendimento ao Cliente Amazon.com.br"])
    notice("pt", "amazon.com.br", "inventory_shortage", True, "marketplace seller could not fulfil, out of stock",
           "order-update", "Item cancelado do seu pedido Amazon.com.br nº {o}", ("Ana Paula Souza", "anapaula.souza@uol.com.br"),
           d, "alt", style="A", cte="qp", auth=True, date=(2025, 1, 21), region="us-east-1")

    o = oid("702")
    d = dict(title="Pedido cancelado", order=o, hello="Olá, Carla,",
             paras=["Seu pedido nº {o} foi cancelado porque não identificamos o pagamento do boleto bancário até a data de vencimento (12/02/2025).",
                    "Nenhum valor foi cobrado. Se você pagou o boleto após o vencimento, o valor será devolvido em até 10 dias úteis.",
                    "Se ainda quiser os produtos, faça um novo pedido com cartão de crédito ou Pix."],
             items=[dict(title="Kit 2 Travesseiros Nasa Viscoelástico 50x70", qty=1, price="R$ 119,90"),
                    dict(title="Jogo de Lençol Queen 400 Fios Percal, Branco", qty=1, price="R$ 189,00")],
             total="R$ 308,90")
    notice("pt", "amazon.com.br", "payment_issue", True, "boleto not paid by due date; text-only latin-1 QP",
           "payments-messages", "Seu pedido Amazon.com.br nº {o} foi cancelado", ("Carla Ferreira", "carla.ferreira@bol.com.br"),
           d, "text", charset="iso-8859-1", cte="qp", auth=False, date=(2025, 2, 14), region="us-east-1",
           subject_charset="iso-8859-1")

    o = oid("702")
    d = dict(title="Pedido cancelado", order=o, hello="Olá, Fernanda,",
             paras=["Ocorreu um erro de sistema durante o processamento do seu pedido nº {o} e, por isso, não foi possível concluí-lo. O pedido foi cancelado.",
                    "Nenhuma cobrança foi realizada. Pedimos desculpas pelo transtorno. Você pode fazer o pedido novamente em Amazon.com.br."],
             items=[dict(title="Echo Dot (5ª geração) com Relógio, Smart speaker com Alexa, Azul", qty=1, price="R$ 379,05")])
    notice("pt", "amazon.com.br", "technical_issue", True, "system/processing error; HTML only base64",
           "order-update", "Seu pedido Amazon.com.br nº {o} foi cancelado", ("Fernanda Lima", "fernandalima.rj@icloud.com"),
           d, "html", style="B", cte="b64", auth=True, date=(2025, 1, 31), region="us-east-1")

    o = oid("702")
    d = dict(title="Pedido cancelado", order=o, hello="Olá, Rodrigo,",
             paras=["Identificamos uma atividade incomum na sua conta. Para protegê-la, cancelamos o pedido nº {o} e colocamos sua conta temporariamente em espera.",
                    "Para reativar sua conta, acesse diretamente o site www.amazon.com.br ou o app da Amazon, faça login e siga as instruções para confirmar suas informações. Por segurança, este e-mail não contém links de acesso."],
             items=[dict(title="Cartão Presente Amazon.com.br - R$ 500", qty=4, price="R$ 2.000,00")])
    notice("pt", "amazon.com.br", "fraud_prevention", True, "unusual activity, account on hold; multipart 8bit",
           "cs-reply", "Seu pedido Amazon.com.br nº {o} foi cancelado", ("Rodrigo Almeida", "rodrigo.almeida@gmail.com"),
           d, "alt", style="A", cte="8bit", auth=False, date=(2025, 3, 12), region="us-east-1")

    o = oid("702")
    d = dict(title="Cancelamento concluído", order=o, hello="Olá, Fernanda,",
             paras=["Conforme sua solicitação, cancelamos o pedido nº {o}.",
                    "Motivo do cancelamento: Cancelado pelo cliente.",
                    "O valor será estornado para a forma de pagamento original. Estornos no cartão de crédito podem aparecer em até duas faturas."],
             items=[dict(title="Carrinho de Bebê Travel System Burigotto Ecco, Preto", qty=1, price="R$ 1.459,90")])
    notice("pt", "amazon.com.br", "customer_request", True, "customer cancelled the order (matches the friend's mail); multipart base64",
           "auto-confirm", "Cancelamento do pedido Amazon.com.br nº {o} concluído", ("Fernanda Lima", "fernandalima.rj@icloud.com"),
           d, "alt", style="B", cte="b64", auth=True, date=(2025, 1, 29), region="us-east-1")

    o = oid("702")
    d = dict(title="Pedido cancelado", order=o, hello="Olá, Ana Paula,",
             paras=["Seu pedido nº {o} foi cancelado porque a transportadora não atende o CEP informado no endereço de entrega (69950-000).",
                    "Nenhum valor foi cobrado. Confira se o endereço e o CEP estão corretos em Sua conta antes de fazer um novo pedido."],
             items=[dict(title="Ventilador de Coluna Arno X-Treme 7, 40cm", qty=1, price="R$ 329,90")])
    notice("pt", "amazon.com.br", "unknown", True, "address/postcode not served by carrier -> unknown; text-only latin-1 8bit",
           "order-update", "Seu pedido Amazon.com.br nº {o} foi cancelado", ("Ana Paula Souza", "anapaula.souza@uol.com.br"),
           d, "text", charset="iso-8859-1", cte="8bit", auth=False, date=(2025, 3, 17), region="us-east-1",
           subject_charset="iso-8859-1")


# ============================================================ main
def main():
    french()
    spanish()
    portuguese()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    # deterministic shuffle so that kinds are interleaved in file order
    order = list(range(len(ITEMS)))
    RNG.shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        label, spec = ITEMS[idx]
        name = "s2%03d.eml" % n
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(spec, n))
        labels.append(dict(file=name, **label))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d files" % len(labels))


if __name__ == "__main__":
    main()
