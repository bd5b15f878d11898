#!/usr/bin/env python3
"""Generate blind held-out batch e2 (French + Spanish) of Amazon-cancellation
notices, near-miss non-notices and phishing lookalikes.

Run:  python3 make.py      -> writes mail/e2NNN.eml and labels.json
Deterministic: fixed random seed, fixed dates, fixed texts.
"""
import html as H
import json
import os
import random
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

SEED = 20240602
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "e2"

POL = policy.default.clone(max_line_length=100)


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, upper=False):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    if not upper:
        a += "abcdefghijklmnopqrstuvwxyz"
    return "".join(R.choice(a) for _ in range(n))


def ses_msgid(region="eu-west-1"):
    return "<0102018%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        hexs(9), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region)


def dt(y, mo, d, h, mi, s=0, tz=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=tz)))


def dkim_sig(d, s="rjs5qy3rmvyb6yjgf2oxtxhvmwcbpsf6"):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; "
            "h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; "
            "bh=%s=; b=%s" % (s, d, R.randint(1700000000, 1730000000),
                              alnum(43), " ".join(alnum(56) for _ in range(3)) + "="))


def auth_pass(dom, mx="mx.google.com"):
    return ("%s; dkim=pass header.i=@%s header.s=rjs5qy3rmvyb6yjgf2oxtxhvmwcbpsf6 "
            "header.b=%s; dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono "
            "header.b=%s; spf=pass (%s: domain of %s@bounces.%s designates "
            "54.240.4.%d as permitted sender) smtp.mailfrom=%s@bounces.%s; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mx, dom, alnum(8), alnum(8), mx.split('.', 1)[1] if mx.count('.') > 1 else mx,
               "2024" + hexs(16), dom, R.randint(2, 250), "2024" + hexs(16), dom, dom))


def received_ses(mx, when, region="eu-west-1"):
    ip = "54.240.%d.%d" % (R.choice([3, 4, 5, 7]), R.randint(2, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.choice([4, 5, 7]), R.randint(10, 250), region)
    return "from %s (%s [%s]) by %s with ESMTPS id %s; %s" % (
        host, host, ip, mx, alnum(14), format_datetime(when))


def received_generic(helo, ip, mx, when):
    return "from %s (%s [%s]) by %s with ESMTPSA id %s; %s" % (
        helo, helo, ip, mx, alnum(12), format_datetime(when))


def esc(s):
    return H.escape(s, quote=True)


# --------------------------------------------------------------------------
# locale strings for Amazon templates
# --------------------------------------------------------------------------
SITES = {
    "amazon.fr": dict(lang="fr", site="Amazon.fr", orders="Vos commandes", account="Votre compte",
                      order="Commande n\u00b0", qty="Quantit\u00e9", sold="Vendu par",
                      canc="Articles annul\u00e9s", total="Montant de la commande", sig="Amazon.fr",
                      help="Service Client", pay="Moyens de paiement"),
    "amazon.com.be": dict(lang="fr", site="Amazon.com.be", orders="Vos commandes", account="Votre compte",
                          order="Commande n\u00b0", qty="Quantit\u00e9", sold="Vendu par",
                          canc="Articles annul\u00e9s", total="Montant de la commande", sig="Amazon.com.be",
                          help="Service Client", pay="Moyens de paiement"),
    "amazon.es": dict(lang="es", site="Amazon.es", orders="Mis pedidos", account="Mi cuenta",
                      order="Pedido n.\u00ba", qty="Cantidad", sold="Vendido por",
                      canc="Art\u00edculos cancelados", total="Total del pedido", sig="Amazon.es",
                      help="Atenci\u00f3n al Cliente", pay="M\u00e9todos de pago"),
    "amazon.com.mx": dict(lang="es", site="Amazon.com.mx", orders="Tus pedidos", account="Tu cuenta",
                          order="Pedido #", qty="Cantidad", sold="Vendido por",
                          canc="Art\u00edculos cancelados", total="Total del pedido", sig="Amazon.com.mx",
                          help="Servicio al Cliente", pay="Formas de pago"),
}

LEGAL = {
    "amazon.fr": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Capital social : 37 500 EUR. "
                 "RCS Luxembourg : B-101818. Num\u00e9ro de TVA : LU 20260743. Amazon EU S.\u00e0 r.l., succursale "
                 "fran\u00e7aise, 67 boulevard du G\u00e9n\u00e9ral Leclerc, 92110 Clichy.",
    "amazon.com.be": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B-101818. "
                     "Num\u00e9ro de TVA : LU 20260743.",
    "amazon.es": "Amazon EU S.\u00e0 r.l., Sucursal en Espa\u00f1a, C/ Ram\u00edrez de Prado 5, 28045 Madrid. "
                 "NIF: W0184081H. Inscrita en el Registro Mercantil de Madrid.",
    "amazon.com.mx": "Servicios Comerciales Amazon M\u00e9xico, S. de R.L. de C.V., Av. Juan Salvador Agraz 73, "
                     "piso 3, Col. Santa Fe Cuajimalpa, C.P. 05348, Ciudad de M\u00e9xico.",
}


def security_footer(dom):
    s = SITES[dom]
    if s["lang"] == "fr":
        return [
            "Pour votre s\u00e9curit\u00e9 : %s ne vous demandera jamais votre mot de passe, un code de v\u00e9rification "
            "ou vos coordonn\u00e9es bancaires compl\u00e8tes par e-mail, SMS ou t\u00e9l\u00e9phone, et ne vous demandera "
            "jamais d'effectuer un paiement en dehors de son site. Nous ne vous demanderons jamais de confirmer votre "
            "compte en cliquant sur un lien re\u00e7u par e-mail." % s["site"],
            "Si votre num\u00e9ro de carte a chang\u00e9 ou si votre carte a expir\u00e9, mettez \u00e0 jour vos "
            "informations de paiement dans Votre compte : https://www.%s/cpe/yourpayments/wallet" % dom,
            "Vous avez re\u00e7u un e-mail suspect pr\u00e9tendant provenir d'Amazon ? Ne cliquez sur aucun lien, "
            "n'ouvrez aucune pi\u00e8ce jointe et signalez-le : https://www.%s/gp/help/customer/display.html?nodeId=GQBNJB9HXVWVQ5ZZ" % dom,
            "Aide et s\u00e9curit\u00e9 du compte : https://www.%s/gp/help/customer/display.html?nodeId=201909010" % dom,
        ]
    mx = dom == "amazon.com.mx"
    return [
        "Por tu seguridad: %s nunca te pedir\u00e1 tu contrase\u00f1a, c\u00f3digos de verificaci\u00f3n ni los datos "
        "completos de tu tarjeta por correo electr\u00f3nico, SMS o tel\u00e9fono, ni te pedir\u00e1 que realices "
        "pagos fuera de nuestro sitio web." % s["site"],
        "Si el n\u00famero de tu tarjeta ha cambiado o %s, actualiza tu informaci\u00f3n de pago en %s: "
        "https://www.%s/cpe/yourpayments/wallet" % ("ya venci\u00f3" if mx else "ha caducado", s["account"], dom),
        "\u00bfRecibiste un correo sospechoso? No hagas clic en ning\u00fan enlace y rep\u00f3rtalo: "
        "https://www.%s/gp/help/customer/display.html?nodeId=GQBNJB9HXVWVQ5ZZ" % dom if mx else
        "\u00bfHas recibido un correo sospechoso? No hagas clic en ning\u00fan enlace e inf\u00f3rmanos: "
        "https://www.%s/gp/help/customer/display.html?nodeId=GQBNJB9HXVWVQ5ZZ" % dom,
        "Ayuda y seguridad de la cuenta: https://www.%s/gp/help/customer/display.html?nodeId=201909010" % dom,
    ]


def noreply_line(dom):
    if SITES[dom]["lang"] == "fr":
        return ("Cet e-mail a \u00e9t\u00e9 envoy\u00e9 depuis une adresse ne pouvant recevoir d'e-mails. "
                "Merci de ne pas y r\u00e9pondre.")
    return ("Este correo electr\u00f3nico se ha enviado desde una direcci\u00f3n que no admite correos entrantes. "
            "Por favor, no respondas a este mensaje.")


STYLE = """
body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
#container { width:640px; color:#333333; font:13px/18px Arial,sans-serif; }
#header .logo { width:150px; padding:14px 20px 0 20px; }
#header .navigation { text-align:right; padding:14px 20px 0 0; font-size:12px; }
#header .navigation a { color:#006699; text-decoration:none; }
#header .title { text-align:right; padding:0 20px 10px 0; }
#header .title h2 { color:#cc6600; font:20px Arial,sans-serif; margin:4px 0 2px 0; }
#summary td { padding:10px 20px; }
#summary .heading { font-size:16px; color:#cc6600; }
#orderDetails { width:600px; margin:0 20px; border-top:1px solid #eaeaea; }
#orderDetails td { padding:8px 0; vertical-align:top; }
#orderDetails .name { font-weight:bold; color:#006699; }
#orderDetails .price { text-align:right; white-space:nowrap; }
#closing td { padding:14px 20px; }
#legal td { padding:10px 20px; font-size:11px; color:#666666; line-height:15px; }
.buttonComponentLink { display:block; background:#f0c14b; border:1px solid #a88734; color:#111111; padding:10px 0; text-decoration:none; }
"""


def amz_html(dom, title, order, greet, paras, items=None, costs=None, closing=None,
             footer=None, legal=None, base=None, cta=None, order_href=None, pixel=True,
             items_hdr=None):
    """Nested-table layout modelled on the real Amazon notification mails."""
    s = SITES[dom] if dom in SITES else SITES["amazon.fr"]
    base = base or ("https://www." + dom)
    order_href = order_href or (base + "/gp/your-account/order-details?orderID=%s&ref_=TE_oc" % (order or ""))
    out = []
    w = out.append
    w('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
      '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    w('<html xmlns="https://www.w3.org/1999/xhtml">\n <head>\n'
      '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
      '  <meta name="format-detection" content="telephone=no" />\n  <title></title>\n'
      '  <style type="text/css">%s</style>\n </head>' % STYLE)
    w(' <body>')
    if pixel:
        w('<img width="1" height="1" src="%s/gp/r.html?C=%s&amp;K=%s&amp;M=urn:rtn:msg:%s&amp;R=%s&amp;T=O&amp;U=%s&amp;H=%s&amp;ref_=pe_%d_%d" />'
          % (base, alnum(13, True), alnum(14, True), "2024" + alnum(20, True), alnum(10, True),
             "https%3A%2F%2Fimages-eu.ssl-images-amazon.com%2Fimages%2FG%2F08%2Fx-locale%2Fcommon%2Ftransparent-pixel._CB485935036_.gif",
             alnum(24, True), R.randint(100000, 999999), R.randint(10000000, 99999999)))
    w('  <table id="container" cellpadding="0" cellspacing="0"><tbody><tr><td class="frame">')
    w('   <table id="main" cellpadding="0" cellspacing="0"><tbody>')
    # header
    w('    <tr><td><table id="header" cellpadding="0" cellspacing="0" width="100%"><tbody>')
    w('     <tr><td rowspan="2" class="logo"><a href="%s/ref=TE_tex_g"><img alt="%s" src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/email/logo-amazon._CB485935036_.png" border="0" width="115" height="30" /></a></td>'
      % (base, esc(s["site"])))
    w('      <td class="navigation"><table align="right"><tbody><tr>'
      '<td><a href="%s/gp/css/order-history?ref_=TE_tex_yo">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>'
      '<td><a href="%s/gp/css/homepage.html?ref_=TE_tex_ya">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>'
      '<td><a class="last" href="%s/?ref_=TE_tex_h">%s</a></td></tr></tbody></table></td></tr>'
      % (base, esc(s["orders"]), base, esc(s["account"]), base, esc(s["site"])))
    if order:
        w('     <tr><td class="title"><h2>%s</h2> %s <a href="%s">%s</a></td></tr>'
          % (esc(title), esc(s["order"]), esc(order_href), esc(order)))
    else:
        w('     <tr><td class="title"><h2>%s</h2></td></tr>' % esc(title))
    w('    </tbody></table></td></tr>')
    # summary
    w('    <tr><td><table id="summary" cellpadding="0" cellspacing="0"><tbody><tr><td>')
    w('     <span class="heading">%s</span>' % esc(greet))
    for p in paras:
        w('     <p>%s</p>' % esc(p))
    if cta:
        text, href = cta
        w('     <table class="buttonComponent" width="260"><tbody><tr><td align="center" valign="middle" height="40">'
          '<a class="buttonComponentLink" href="%s">%s</a></td></tr></tbody></table>' % (esc(href), esc(text)))
    w('    </td></tr></tbody></table></td></tr>')
    # items
    if items:
        w('    <tr><td><table id="orderDetails" cellpadding="0" cellspacing="0"><tbody>')
        w('     <tr><td colspan="2"><h3 style="color:#cc6600;font:16px Arial,sans-serif;margin:6px 0;">%s</h3></td></tr>'
          % esc(items_hdr or s["canc"]))
        for it in items:
            name, seller, qty, price = it
            w('     <tr><td><a class="name" href="%s/dp/%s?ref_=TE_tex_i">%s</a><br />%s : %s<br />%s : %s</td>'
              '<td class="price">%s</td></tr>' % (base, "B0" + alnum(8, True), esc(name), esc(s["sold"]), esc(seller),
                                                   esc(s["qty"]), qty, esc(price)))
        if costs:
            for k, v in costs:
                w('     <tr><td style="text-align:right;">%s</td><td class="price"><b>%s</b></td></tr>' % (esc(k), esc(v)))
        w('    </tbody></table></td></tr>')
    # closing
    if closing:
        w('    <tr><td><table id="closing" cellpadding="0" cellspacing="0"><tbody><tr><td>')
        for c in closing:
            w('     <p>%s</p>' % esc(c))
        w('     <p><span class="signature"><strong>%s</strong></span></p>' % esc(s["sig"]))
        w('    </td></tr></tbody></table></td></tr>')
    # security + legal footer
    w('    <tr><td><table id="legal" cellpadding="0" cellspacing="0"><tbody><tr><td>')
    for f in (footer or []):
        w('     <p>%s</p>' % linkify(f))
    if legal:
        w('     <p>%s</p>' % esc(legal))
    w('     <p>%s</p>' % esc(noreply_line(dom if dom in SITES else "amazon.fr")))
    w('    </td></tr></tbody></table></td></tr>')
    w('   </tbody></table>')
    w('  </td></tr></tbody></table>')
    w(' </body>\n</html>')
    return "\n".join(out) + "\n"


def linkify(text):
    """Escape text and turn bare https URLs into anchors (href == text)."""
    parts = text.split(" ")
    res = []
    for p in parts:
        if p.startswith("https://") or p.startswith("http://"):
            res.append('<a href="%s">%s</a>' % (esc(p), esc(p)))
        else:
            res.append(esc(p))
    return " ".join(res)


def amz_text(dom, title, order, greet, paras, items=None, costs=None, closing=None,
             footer=None, legal=None, cta=None, items_hdr=None):
    s = SITES[dom] if dom in SITES else SITES["amazon.fr"]
    bar = "_" * 75
    L = ["%s %s" % (s["site"], title)]
    if order:
        L.append("%s %s" % (s["order"], order))
    L.append("https://www.%s/ref=TE_tex_g" % dom)
    L += [bar, "", greet, ""]
    for p in paras:
        L += [p, ""]
    if cta:
        L += ["%s: %s" % cta, ""]
    if items:
        L += [items_hdr or s["canc"], "-" * 40]
        for name, seller, qty, price in items:
            L += [name, "  %s : %s" % (s["sold"], seller), "  %s : %s    %s" % (s["qty"], qty, price), ""]
        for k, v in (costs or []):
            L.append("%s : %s" % (k, v))
        L.append("")
    L.append("=" * 75)
    L.append("")
    for c in (closing or []):
        L += [c, ""]
    L += [s["sig"], bar, ""]
    for f in (footer or []):
        L += [f, ""]
    if legal:
        L += [legal, ""]
    L.append(noreply_line(dom if dom in SITES else "amazon.fr"))
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
def build(m):
    """m: dict with from_, to, subject, date, headers(list), text, html, shape,
    cte_text, cte_html, charset."""
    msg = EmailMessage(policy=POL)
    for k, v in m.get("pre_headers", []):
        msg[k] = v
    disp, addr = m["from_"]
    user, domain = addr.split("@")
    msg["From"] = Address(disp, user, domain) if disp else addr
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = m.get("msgid") or "<%s.%s@%s>" % (alnum(16), alnum(8), domain)
    for k, v in m.get("headers", []):
        msg[k] = v
    shape = m["shape"]
    cs = m.get("charset", "utf-8")
    if shape == "text":
        msg.set_content(m["text"], charset=cs, cte=m.get("cte_text", "quoted-printable"))
    elif shape == "html":
        msg.set_content(m["html"], subtype="html", charset=cs, cte=m.get("cte_html", "quoted-printable"))
    else:
        msg.set_content(m["text"], charset=cs, cte=m.get("cte_text", "quoted-printable"))
        msg.add_alternative(m["html"], subtype="html", charset=cs, cte=m.get("cte_html", "quoted-printable"))
        if disp.startswith("Amazon"):
            msg.set_boundary("----=_Part_%d_%d.%d" % (R.randint(1000000, 99999999), R.randint(100000000, 2000000000),
                                                      int(m["date"].timestamp() * 1000) + R.randint(0, 999)))
        else:
            msg.set_boundary("===============%019d==" % R.randint(10 ** 18, 10 ** 19 - 1))
    return msg


def amazon_headers(dom, when, auth, mx="mx.google.com", region="eu-west-1", relay="notification"):
    """Transport headers of a genuine Amazon mail. auth: include Authentication-Results."""
    pre = [("Return-Path", "<2024%s@bounces.%s>" % (hexs(20), dom))]
    pre.append(("Received", received_ses(mx, when + timedelta(seconds=2), region)))
    if auth:
        pre.append(("Authentication-Results", auth_pass(dom, mx)))
    pre.append(("DKIM-Signature", dkim_sig(dom)))
    post = [("X-AMAZON-MAIL-RELAY-TYPE", relay),
            ("Bounces-to", "2024%s@bounces.%s" % (hexs(20), dom)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("X-AMAZON-METADATA", "CA=C%s-CU=A%s" % (alnum(12, True), alnum(12, True))),
            ("Feedback-ID", "1.%s.%s=:AmazonSES" % (region, alnum(43)))]
    return pre, post


MAILS = []


def add(label, **m):
    m["label"] = label
    MAILS.append(m)


# ==========================================================================
# FRENCH
# ==========================================================================
# ---------------- notices (genuine) ----------------
def fr_notices():
    # 1 inventory_shortage -- amazon.fr, HTML template + text, auth
    dom, when, order = "amazon.fr", dt(2024, 3, 11, 7, 42, 18), "171-4829305-6612347"
    items = [("Bosch Professional 12V System perceuse-visseuse sans fil GSR 12V-15 (2 batteries 2,0 Ah, chargeur, L-BOXX)",
              "Amazon EU S.\u00e0 r.l.", 1, "139,99 \u20ac")]
    paras = ["Nous sommes au regret de vous informer que nous avons d\u00fb annuler l'article ci-dessous de votre commande. "
             "Cet article est d\u00e9sormais en rupture de stock chez notre fournisseur et nous ne sommes pas en mesure "
             "de nous le procurer dans un d\u00e9lai raisonnable.",
             "Aucun montant ne vous a \u00e9t\u00e9 factur\u00e9 pour cet article. Si une autorisation de paiement "
             "temporaire appara\u00eet sur votre relev\u00e9, elle sera lev\u00e9e automatiquement par votre banque "
             "sous quelques jours ouvr\u00e9s.",
             "Vous pouvez consulter les offres d'autres vendeurs pour ce produit sur la page de l'article."]
    closing = ["Nous vous prions de nous excuser pour la g\u00eane occasionn\u00e9e.",
               "Pour consulter l'\u00e9tat de vos autres commandes, rendez-vous dans Vos commandes."]
    costs = [("Montant annul\u00e9", "139,99 \u20ac")]
    pre, post = amazon_headers(dom, when, auth=True)
    add(dict(kind="notice", language="fr", cause="inventory_shortage", states_reason=True, marketplace=dom,
             note="stock-out at supplier, HTML template, auth pass"),
        pre_headers=pre, headers=post, from_=("Amazon.fr", "auto-confirm@amazon.fr"), reply_to="no-reply@amazon.fr",
        to="camille.martin@orange.fr", date=when, msgid=ses_msgid(),
        subject="Votre commande Amazon.fr n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % order, shape="alt",
        text=amz_text(dom, "Annulation de commande", order, "Bonjour Camille,", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        html=amz_html(dom, "Annulation de commande", order, "Bonjour Camille,", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        cte_text="quoted-printable", cte_html="quoted-printable")

    # 2 payment_issue -- payments-messages@, text only, 8bit, no auth
    dom, when, order = "amazon.fr", dt(2024, 4, 22, 16, 5, 51), "405-9917264-3385109"
    text = """Bonjour Julien Roux,

Nous n'avons pas pu obtenir l'autorisation de paiement pour votre commande n\u00b0 %s, pass\u00e9e le 15 avril 2024, avec la carte Visa se terminant par 4417.

Le 17 avril, nous vous avons envoy\u00e9 un e-mail vous invitant \u00e0 mettre \u00e0 jour vos informations de paiement. Comme la r\u00e9vision de paiement n'a pas \u00e9t\u00e9 effectu\u00e9e dans le d\u00e9lai imparti, nous avons annul\u00e9 votre commande. Aucun montant n'a \u00e9t\u00e9 d\u00e9bit\u00e9.

Articles annul\u00e9s :
  Philips Sonicare ProtectiveClean 4300 HX6807/24 - Brosse \u00e0 dents \u00e9lectrique
  Quantit\u00e9 : 1   Prix : 59,99 \u20ac
  Philips Sonicare C2 Optimal Plaque Defence, 4 t\u00eates de brossage
  Quantit\u00e9 : 1   Prix : 27,49 \u20ac

Si vous souhaitez toujours recevoir ces articles, vous pouvez passer une nouvelle commande sur Amazon.fr. Nous vous recommandons de v\u00e9rifier au pr\u00e9alable que votre carte est valide et que l'adresse de facturation correspond \u00e0 celle enregistr\u00e9e aupr\u00e8s de votre banque.

Pour g\u00e9rer vos moyens de paiement, rendez-vous dans Votre compte > Vos paiements :
https://www.amazon.fr/cpe/yourpayments/wallet

Cordialement,
Le Service Client d'Amazon.fr
https://www.amazon.fr

-----------------------------------------------------------------------
%s
-----------------------------------------------------------------------
%s

%s
""" % (order, "\n\n".join(security_footer(dom)), LEGAL[dom], noreply_line(dom))
    pre, post = amazon_headers(dom, when, auth=False, mx="mx1.free.fr", relay="transactional")
    add(dict(kind="notice", language="fr", cause="payment_issue", states_reason=True, marketplace=dom,
             note="payment revision not made in time, text only 8bit, no auth header"),
        pre_headers=pre, headers=post, from_=("Amazon.fr", "payments-messages@amazon.fr"),
        reply_to="no-reply@amazon.fr", to="julien.roux@free.fr", date=when, msgid=ses_msgid(),
        subject="Votre commande Amazon.fr (%s) a \u00e9t\u00e9 annul\u00e9e" % order, shape="text", text=text,
        cte_text="8bit")

    # 3 technical_issue -- pricing error, HTML only base64, auth
    dom, when, order = "amazon.fr", dt(2024, 6, 3, 9, 17, 2), "402-6630518-7742915"
    items = [("Samsung Galaxy Tab S9 FE, Tablette Android, 128 Go, Wi-Fi, Gris", "Amazon EU S.\u00e0 r.l.", 1, "44,90 \u20ac")]
    paras = ["Suite \u00e0 une erreur d'affichage du prix sur notre site, l'article ci-dessous a \u00e9t\u00e9 propos\u00e9 \u00e0 "
             "un prix incorrect (44,90 \u20ac au lieu de 449,00 \u20ac). Conform\u00e9ment \u00e0 nos Conditions "
             "g\u00e9n\u00e9rales de vente, nous avons annul\u00e9 cet article de votre commande.",
             "Vous n'avez pas \u00e9t\u00e9 d\u00e9bit\u00e9. Les autres articles de votre commande, le cas \u00e9ch\u00e9ant, "
             "ne sont pas concern\u00e9s et seront exp\u00e9di\u00e9s comme pr\u00e9vu.",
             "Nous vous prions de bien vouloir nous excuser pour ce d\u00e9sagr\u00e9ment."]
    closing = ["Pour toute question, consultez l'aide en ligne ou contactez notre Service Client depuis Votre compte."]
    pre, post = amazon_headers(dom, when, auth=True, mx="mx.laposte.net")
    add(dict(kind="notice", language="fr", cause="technical_issue", states_reason=True, marketplace=dom,
             note="pricing error, single item cancelled, HTML only base64, auth pass"),
        pre_headers=pre, headers=post, from_=("Amazon.fr", "order-update@amazon.fr"), reply_to="no-reply@amazon.fr",
        to="sophie.lefevre@laposte.net", date=when, msgid=ses_msgid(),
        subject="1 article a \u00e9t\u00e9 annul\u00e9 de votre commande Amazon.fr n\u00b0 %s" % order, shape="html",
        html=amz_html(dom, "Article annul\u00e9", order, "Bonjour Sophie,", paras, items, None, closing,
                      security_footer(dom), LEGAL[dom]),
        cte_html="base64")

    # 4 fraud_prevention -- account on hold, HTML + text QP, no auth
    dom, when, order = "amazon.fr", dt(2024, 7, 19, 22, 48, 37), "404-2285716-9031548"
    items = [("Apple AirPods Pro (2\u1d49 g\u00e9n\u00e9ration) avec bo\u00eetier de charge MagSafe (USB\u2011C)", "Amazon EU S.\u00e0 r.l.", 2, "558,00 \u20ac"),
             ("Carte cadeau Amazon.fr - Livraison par e-mail", "Amazon EU S.\u00e0 r.l.", 1, "200,00 \u20ac")]
    paras = ["Lors d'un contr\u00f4le de routine, nous avons d\u00e9tect\u00e9 une activit\u00e9 inhabituelle sur votre compte "
             "Amazon.fr. Par mesure de pr\u00e9caution, nous avons annul\u00e9 votre commande et mis votre compte en "
             "attente le temps de v\u00e9rifier votre identit\u00e9.",
             "Pour r\u00e9activer votre compte, connectez-vous directement sur Amazon.fr (en saisissant l'adresse dans "
             "votre navigateur) et suivez les instructions affich\u00e9es \u00e0 l'\u00e9cran. Il peut vous \u00eatre "
             "demand\u00e9 de confirmer les informations li\u00e9es \u00e0 votre moyen de paiement.",
             "Tant que la v\u00e9rification n'est pas termin\u00e9e, les commandes en cours ne pourront pas \u00eatre "
             "exp\u00e9di\u00e9es. Aucun montant n'a \u00e9t\u00e9 d\u00e9bit\u00e9 pour la commande annul\u00e9e."]
    closing = ["Nous vous remercions de votre compr\u00e9hension."]
    costs = [("Montant annul\u00e9", "758,00 \u20ac")]
    pre, post = amazon_headers(dom, when, auth=False, mx="smtp-in.sfr.fr")
    add(dict(kind="notice", language="fr", cause="fraud_prevention", states_reason=True, marketplace=dom,
             note="unusual activity, account on hold, genuine (links only to amazon.fr), no auth header"),
        pre_headers=pre, headers=post, from_=("Amazon.fr", "cs-reply@amazon.fr"), reply_to="no-reply@amazon.fr",
        to="marc.dubois@sfr.fr", date=when, msgid=ses_msgid(),
        subject="Votre commande Amazon.fr n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % order, shape="alt",
        text=amz_text(dom, "Commande annul\u00e9e", order, "Bonjour Marc,", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        html=amz_html(dom, "Commande annul\u00e9e", order, "Bonjour Marc,", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        cte_text="quoted-printable", cte_html="quoted-printable")

    # 5 customer_request -- auto-confirm, text only QP, auth
    dom, when, order = "amazon.fr", dt(2024, 9, 2, 12, 3, 44), "403-5518840-2270361"
    text = """Amazon.fr
Vos commandes | Votre compte | Amazon.fr
_______________________________________________________________________

Bonjour Antoine,

Comme vous l'avez demand\u00e9, nous avons annul\u00e9 l'article suivant de votre commande n\u00b0 %s.

Articles annul\u00e9s
  LEGO Technic Lamborghini Revuelto 42161 - Jouet de voiture de course
  Vendu par : Amazon EU S.\u00e0 r.l.
  Quantit\u00e9 : 1
  Motif de l'annulation : Annul\u00e9 par le client

Vous ne serez pas d\u00e9bit\u00e9 pour cet article. Si un paiement a d\u00e9j\u00e0 \u00e9t\u00e9 effectu\u00e9 (par exemple avec une carte cadeau), le montant sera rembours\u00e9 sur le moyen de paiement d'origine.

Les autres articles de cette commande, s'il y en a, ne sont pas concern\u00e9s. Vous pouvez suivre leur statut dans Vos commandes :
https://www.amazon.fr/gp/css/order-history?ref_=TE_tex_yo

Nous esp\u00e9rons vous revoir bient\u00f4t.
Amazon.fr
_______________________________________________________________________

%s

%s

%s
""" % (order, "\n\n".join(security_footer(dom)), LEGAL[dom], noreply_line(dom))
    pre, post = amazon_headers(dom, when, auth=True)
    add(dict(kind="notice", language="fr", cause="customer_request", states_reason=True, marketplace=dom,
             note="successful cancellation at customer's request, 'Annul\u00e9 par le client', text QP, auth pass"),
        pre_headers=pre, headers=post, from_=("Amazon.fr", "auto-confirm@amazon.fr"), reply_to="no-reply@amazon.fr",
        to="antoine.bernard@gmail.com", date=when, msgid=ses_msgid(),
        subject="Annulation r\u00e9ussie de \u00ab LEGO Technic Lamborghini Revuelto 42161... \u00bb de votre commande Amazon.fr",
        shape="text", text=text, cte_text="quoted-printable")

    # 6 unknown (undeliverable address) -- amazon.com.be, alt base64, no auth
    dom, when, order = "amazon.com.be", dt(2024, 10, 8, 14, 26, 9), "407-7402918-5563112"
    items = [("Tefal Easy Fry & Grill XXL EY8018 Friteuse sans huile 6,5 L", "Amazon EU S.\u00e0 r.l.", 1, "119,99 \u20ac")]
    paras = ["Le transporteur n'a pas pu livrer votre colis : l'adresse de livraison indiqu\u00e9e est incompl\u00e8te "
             "(num\u00e9ro de bo\u00eete manquant) et le colis nous a \u00e9t\u00e9 retourn\u00e9.",
             "Votre commande a par cons\u00e9quent \u00e9t\u00e9 annul\u00e9e. Le montant de 119,99 \u20ac sera rembours\u00e9 "
             "sur votre moyen de paiement d'origine dans un d\u00e9lai de 3 \u00e0 5 jours ouvr\u00e9s.",
             "Pour \u00e9viter que cela se reproduise, v\u00e9rifiez vos adresses enregistr\u00e9es dans Votre compte "
             "avant de passer une nouvelle commande."]
    closing = ["Nous vous remercions de votre confiance."]
    costs = [("Remboursement", "119,99 \u20ac")]
    pre, post = amazon_headers(dom, when, auth=False, mx="mx.skynet.be")
    add(dict(kind="notice", language="fr", cause="unknown", states_reason=True, marketplace=dom,
             note="undeliverable address, parcel returned, order cancelled (reason outside the 4 named causes); Belgian store"),
        pre_headers=pre, headers=post, from_=("Amazon.com.be", "order-update@amazon.com.be"),
        reply_to="no-reply@amazon.com.be", to="nathalie.peeters@skynet.be", date=when, msgid=ses_msgid(),
        subject="Votre commande Amazon.com.be n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % order, shape="alt",
        text=amz_text(dom, "Commande annul\u00e9e", order, "Bonjour Nathalie,", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        html=amz_html(dom, "Commande annul\u00e9e", order, "Bonjour Nathalie,", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        cte_text="base64", cte_html="base64")


# ---------------- French non-notices (near misses) ----------------
def fr_non_notices():
    # 1 Fnac cancellation, paid with Amazon Pay
    when = dt(2024, 5, 14, 10, 12, 40, 2)
    text = """Fnac.com - Annulation de votre commande

Bonjour Claire,

Nous sommes d\u00e9sol\u00e9s : le vendeur partenaire \u00ab Culture & Jeux Outlet \u00bb n'a pas pu exp\u00e9dier l'article ci-dessous et votre commande n\u00b0 5RT8QK2XY3PLM a \u00e9t\u00e9 annul\u00e9e.

  Nintendo Switch OLED - \u00c9dition Zelda Tears of the Kingdom
  Quantit\u00e9 : 1 - 349,99 \u20ac

Vous avez r\u00e9gl\u00e9 cette commande avec Amazon Pay. Le remboursement de 349,99 \u20ac sera effectu\u00e9 sur le moyen de paiement associ\u00e9 \u00e0 votre compte Amazon, sous 3 \u00e0 5 jours ouvr\u00e9s. Vous recevrez une confirmation de la part d'Amazon Pay.

Retrouvez des offres similaires sur https://www.fnac.com/Nintendo-Switch

\u00c0 tr\u00e8s bient\u00f4t sur Fnac.com,
Le Service Client Fnac

Fnac Darty Participations et Services - 9 rue des Bateaux-Lavoirs, ZAC Port d'Ivry, 94200 Ivry-sur-Seine.
Fnac ne vous demandera jamais vos coordonn\u00e9es bancaires par e-mail.
"""
    html = """<html><head><meta charset="utf-8"><title>Fnac.com</title></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#e1a925;padding:16px 24px;"><img src="https://static.fnac-static.com/multimedia/Images/Mail/logo-fnac.png" alt="Fnac" width="90"></td></tr>
<tr><td style="padding:24px;color:#232323;font-size:14px;line-height:20px;">
<h1 style="font-size:20px;margin:0 0 16px 0;">Votre commande a \u00e9t\u00e9 annul\u00e9e</h1>
<p>Bonjour Claire,</p>
<p>Nous sommes d\u00e9sol\u00e9s : le vendeur partenaire <b>\u00ab Culture &amp; Jeux Outlet \u00bb</b> n'a pas pu exp\u00e9dier l'article ci-dessous et votre commande <b>n\u00b0 5RT8QK2XY3PLM</b> a \u00e9t\u00e9 annul\u00e9e.</p>
<table width="100%" style="border:1px solid #e5e5e5;"><tr><td style="padding:10px;">Nintendo Switch OLED - \u00c9dition Zelda Tears of the Kingdom<br><span style="color:#777;">Quantit\u00e9 : 1</span></td><td style="padding:10px;text-align:right;"><b>349,99 \u20ac</b></td></tr></table>
<p>Vous avez r\u00e9gl\u00e9 cette commande avec <b>Amazon Pay</b>. Le remboursement de 349,99 \u20ac sera effectu\u00e9 sur le moyen de paiement associ\u00e9 \u00e0 votre compte Amazon, sous 3 \u00e0 5 jours ouvr\u00e9s. Vous recevrez une confirmation de la part d'Amazon Pay.</p>
<p><a href="https://www.fnac.com/Nintendo-Switch" style="color:#e1a925;">Voir des offres similaires</a></p>
<p>\u00c0 tr\u00e8s bient\u00f4t sur Fnac.com,<br>Le Service Client Fnac</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888;">Fnac Darty Participations et Services - 9 rue des Bateaux-Lavoirs, ZAC Port d'Ivry, 94200 Ivry-sur-Seine.<br>Fnac ne vous demandera jamais vos coordonn\u00e9es bancaires par e-mail.</td></tr>
</table></body></html>
"""
    add(dict(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
             note="Fnac marketplace order cancelled, paid with Amazon Pay"),
        from_=("Fnac.com", "service-client@fnac.com"), to="claire.moreau@orange.fr", date=when,
        subject="Annulation de votre commande Fnac n\u00b0 5RT8QK2XY3PLM", shape="alt", text=text, html=html,
        headers=[("X-Mailer", "Selligent Marketing Cloud")], cte_text="quoted-printable", cte_html="quoted-printable")

    # 2 friend: cancelled their own Amazon order; latin-1, 8bit, text only
    when = dt(2024, 11, 28, 19, 4, 11, 1)
    text = """Coucou Manon,

Petit changement de plan : j'ai annul\u00e9 ma commande Amazon pour le robot p\u00e2tissier de Maman. Le vendeur annon\u00e7ait finalement une livraison au 20 d\u00e9cembre, trop juste pour No\u00ebl. J'ai re\u00e7u la confirmation d'annulation tout \u00e0 l'heure, donc c'est r\u00e9gl\u00e9.

Du coup je le prends chez Boulanger samedi, il est m\u00eame un peu moins cher (379 \u20ac au lieu de 399 \u20ac). Tu me fais un virement de ta part quand tu peux ?

Bises,
L\u00e9a

Le jeu. 28 nov. 2024 \u00e0 12:31, Manon Fontaine <manon.fontaine@hotmail.fr> a \u00e9crit :
> Tu as pu commander le cadeau pour Maman ? Dis-moi combien je te dois.
> Manon
"""
    add(dict(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
             note="sister writes she cancelled her own Amazon order; ISO-8859-1 8bit text"),
        pre_headers=[("Received", received_generic("mail-wr1-f41.google.com", "209.85.221.41", "mx1.hotmail.com",
                                                   dt(2024, 11, 28, 18, 4, 13)))],
        from_=("L\u00e9a Fontaine", "lea.fontaine@gmail.com"), to="Manon Fontaine <manon.fontaine@hotmail.fr>",
        date=when, subject="Re: cadeau Maman", shape="text", text=text.replace("\u20ac", "EUR"),
        charset="iso-8859-1", cte_text="8bit",
        headers=[("In-Reply-To", "<CAH4r0m9xQk2@mail.hotmail.fr>"), ("References", "<CAH4r0m9xQk2@mail.hotmail.fr>")])

    # 3 consumer newsletter about phishing, quotes a fake cancellation subject; HTML only, base64
    when = dt(2024, 2, 6, 8, 0, 0, 1)
    html = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Le Mag Conso</title></head>
<body style="margin:0;padding:0;background:#eef1f4;">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Georgia,serif;color:#222;">
<tr><td style="padding:18px 26px;border-bottom:4px solid #c0392b;"><span style="font-size:26px;font-weight:bold;">Le Mag Conso</span><br><span style="font-size:12px;color:#777;">La lettre hebdomadaire - n\u00b0 312 - 6 f\u00e9vrier 2024</span></td></tr>
<tr><td style="padding:22px 26px;font-size:15px;line-height:23px;">
<h2 style="font-family:Arial,sans-serif;color:#c0392b;">Arnaque : les faux e-mails \u00ab commande Amazon annul\u00e9e \u00bb se multiplient</h2>
<p>Depuis janvier, de nombreux lecteurs nous ont transmis un message intitul\u00e9 <i>\u00ab Votre commande Amazon.fr n\u00b0 171-0000000-0000000 a \u00e9t\u00e9 annul\u00e9e - appelez le 01 84 88 00 00 \u00bb</i>. Le courriel, tr\u00e8s bien imit\u00e9, affirme qu'un paiement a \u00e9t\u00e9 refus\u00e9 et invite \u00e0 appeler un num\u00e9ro surtax\u00e9 ou \u00e0 \u00ab v\u00e9rifier son compte \u00bb via un lien.</p>
<p>Amazon rappelle qu'il ne demande jamais de coordonn\u00e9es bancaires par e-mail ou par t\u00e9l\u00e9phone. Nos conseils :</p>
<ul>
<li>V\u00e9rifiez l'adresse de l'exp\u00e9diteur : les vrais messages proviennent d'un domaine amazon.fr.</li>
<li>Ne cliquez pas : consultez plut\u00f4t <b>Vos commandes</b> directement dans l'application.</li>
<li>Signalez le message sur la plateforme <a href="https://www.cybermalveillance.gouv.fr">cybermalveillance.gouv.fr</a> et au 33700 pour les SMS.</li>
</ul>
<p style="font-family:Arial,sans-serif;font-size:13px;"><a href="https://www.lemagconso.fr/arnaques/faux-mails-amazon-commande-annulee" style="color:#c0392b;">Lire l'article complet</a></p>
<hr style="border:none;border-top:1px solid #ddd;">
<h3 style="font-family:Arial,sans-serif;">Aussi cette semaine</h3>
<p>\u00c9nergie : ce qui change au 1<sup>er</sup> f\u00e9vrier - Banque : les frais de tenue de compte en hausse - Test : 12 aspirateurs balais compar\u00e9s</p>
</td></tr>
<tr><td style="padding:14px 26px;font-size:11px;color:#888;font-family:Arial,sans-serif;">Vous recevez cette lettre car vous \u00eates abonn\u00e9(e) au Mag Conso. <a href="https://www.lemagconso.fr/desinscription?u=8841&amp;k=f3a9">Se d\u00e9sinscrire</a></td></tr>
</table></body></html>
"""
    add(dict(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
             note="consumer newsletter warning about fake 'commande Amazon annul\u00e9e' mails, quotes a phishing subject"),
        from_=("Le Mag Conso", "lettre@lemagconso.fr"), to="pierre.girard@wanadoo.fr", date=when,
        subject="Arnaque aux faux e-mails \u00ab Votre commande Amazon a \u00e9t\u00e9 annul\u00e9e \u00bb : comment les reconna\u00eetre",
        shape="html", html=html, cte_html="base64",
        headers=[("List-Unsubscribe", "<https://www.lemagconso.fr/desinscription?u=8841&k=f3a9>"),
                 ("List-Id", "Le Mag Conso <hebdo.lemagconso.fr>"), ("Precedence", "bulk")])

    # 4 Prime membership cancelled (genuine Amazon, not an order)
    dom, when = "amazon.fr", dt(2024, 10, 15, 18, 30, 5)
    paras = ["Nous vous confirmons la r\u00e9siliation de votre abonnement Amazon Prime. Votre abonnement ne sera pas "
             "renouvel\u00e9 et aucun montant ne vous sera factur\u00e9 \u00e0 la prochaine \u00e9ch\u00e9ance.",
             "Vous continuerez \u00e0 profiter des avantages Prime (livraison rapide gratuite, Prime Video, "
             "Amazon Music Prime) jusqu'au 14 novembre 2024.",
             "Vos commandes en cours ne sont pas concern\u00e9es et seront livr\u00e9es normalement.",
             "Vous avez chang\u00e9 d'avis ? Vous pouvez r\u00e9activer votre abonnement \u00e0 tout moment depuis la page "
             "G\u00e9rer mon abonnement Prime."]
    closing = ["Merci d'avoir \u00e9t\u00e9 membre Amazon Prime."]
    pre, post = amazon_headers(dom, when, auth=True)
    add(dict(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=dom,
             note="Prime membership cancellation confirmation, genuine Amazon, not an order"),
        pre_headers=pre, headers=post, from_=("Amazon Prime", "prime@amazon.fr"), reply_to="no-reply@amazon.fr",
        to="antoine.bernard@gmail.com", date=when, msgid=ses_msgid(),
        subject="Confirmation de l'annulation de votre abonnement Amazon Prime", shape="alt",
        text=amz_text(dom, "Abonnement Prime", None, "Bonjour Antoine,", paras, closing=closing,
                      footer=security_footer(dom), legal=LEGAL[dom]),
        html=amz_html(dom, "Abonnement Prime", None, "Bonjour Antoine,", paras, closing=closing,
                      footer=security_footer(dom), legal=LEGAL[dom]),
        cte_text="quoted-printable", cte_html="quoted-printable")

    # 5 payment reminder BEFORE cancellation (genuine), text 8bit, auth
    dom, when, order = "amazon.fr", dt(2024, 3, 9, 6, 51, 27), "408-3372091-1186754"
    text = """Bonjour Isabelle,

Nous n'avons pas pu d\u00e9biter la carte Mastercard se terminant par 0932 pour votre commande n\u00b0 %s (Dyson V12 Detect Slim Absolute, 1 article, 549,00 \u20ac).

Votre commande est en attente. Pour que nous puissions l'exp\u00e9dier, veuillez mettre \u00e0 jour votre moyen de paiement avant le 14 mars 2024 en vous rendant dans Vos commandes, puis en cliquant sur \u00ab Modifier le mode de paiement \u00bb :
https://www.amazon.fr/gp/css/order-history?ref_=pe_pay_rev

Si nous ne recevons pas de moyen de paiement valide avant cette date, votre commande sera annul\u00e9e.

Si vous avez d\u00e9j\u00e0 mis \u00e0 jour vos informations de paiement, vous pouvez ignorer ce message.

Cordialement,
Amazon.fr

-----------------------------------------------------------------------
%s

%s
""" % (order, "\n\n".join(security_footer(dom)), noreply_line(dom))
    pre, post = amazon_headers(dom, when, auth=True, mx="mx.laposte.net", relay="transactional")
    add(dict(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=dom,
             note="genuine payment-revision reminder: order WILL be cancelled if not updated; nothing cancelled yet"),
        pre_headers=pre, headers=post, from_=("Amazon.fr", "payments-messages@amazon.fr"),
        reply_to="no-reply@amazon.fr", to="isabelle.lambert@laposte.net", date=when, msgid=ses_msgid(),
        subject="Action requise : mettez \u00e0 jour votre mode de paiement pour la commande %s" % order,
        shape="text", text=text, cte_text="8bit")

    # 6 delivery slot / appointment cancelled (order itself still active)
    dom, when, order = "amazon.fr", dt(2024, 8, 27, 15, 9, 58), "406-1948275-6620193"
    paras = ["Le transporteur sp\u00e9cialis\u00e9 nous informe qu'il ne pourra pas assurer le cr\u00e9neau de livraison "
             "que vous aviez r\u00e9serv\u00e9 le jeudi 29 ao\u00fbt entre 8h et 13h. Ce rendez-vous a donc \u00e9t\u00e9 annul\u00e9.",
             "Votre commande n'est pas annul\u00e9e : votre lave-linge Bosch S\u00e9rie 6 WGG244A0FR est toujours en route. "
             "Choisissez d\u00e8s maintenant un nouveau cr\u00e9neau de livraison et d'installation.",
             "Si aucun cr\u00e9neau ne vous convient, le transporteur vous contactera par t\u00e9l\u00e9phone pour convenir "
             "d'un rendez-vous."]
    items = [("Bosch WGG244A0FR S\u00e9rie 6 Lave-linge hublot 9 kg, 1400 tr/min", "Amazon EU S.\u00e0 r.l.", 1, "599,99 \u20ac")]
    pre, post = amazon_headers(dom, when, auth=False, mx="smtp-in.orange.fr")
    add(dict(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=dom,
             note="delivery appointment slot cancelled, order explicitly NOT cancelled"),
        pre_headers=pre, headers=post, from_=("Amazon.fr", "shipment-tracking@amazon.fr"),
        reply_to="no-reply@amazon.fr", to="thomas.petit@orange.fr", date=when, msgid=ses_msgid(),
        subject="Votre cr\u00e9neau de livraison du 29 ao\u00fbt a \u00e9t\u00e9 annul\u00e9 - choisissez une nouvelle date",
        shape="alt",
        text=amz_text(dom, "Mise \u00e0 jour de livraison", order, "Bonjour Thomas,", paras, items,
                      cta=("Choisir un nouveau cr\u00e9neau", "https://www.amazon.fr/gp/your-account/ship-track?orderId=" + order),
                      footer=security_footer(dom), legal=LEGAL[dom], items_hdr="Article concern\u00e9"),
        html=amz_html(dom, "Mise \u00e0 jour de livraison", order, "Bonjour Thomas,", paras, items,
                      cta=("Choisir un nouveau cr\u00e9neau", "https://www.amazon.fr/gp/your-account/ship-track?orderId=" + order),
                      footer=security_footer(dom), legal=LEGAL[dom], items_hdr="Article concern\u00e9"),
        cte_text="quoted-printable", cte_html="base64")


# ---------------- French lookalikes (phishing) ----------------
def fr_lookalikes():
    # 1 crude, gmail sender, callback phone number, malformed order number, claims customer cancellation
    when = dt(2024, 1, 23, 3, 14, 52, 0)
    text = """Cher client(e) Amazon,

Votre commande N\u00b0 402-58812-99 a \u00e9t\u00e9 annul\u00e9 suite a votre demande.

Article : Apple iPhone 15 Pro Max 256Go Titane Naturel
Montant : 1 479,00 EUR
Mode de paiement : Carte bancaire

Le remboursement sera effectuer sous 24h. Si vous n'\u00eates pas a l'origine de cette annulation ou si vous n'avez jamais passer cette commande, veuillez IMMEDIATEMENT contacter notre service client au :

    +33 1 84 80 27 96   (appel gratuit 24h/24 7j/7)

Sans appel de votre part sous 24 heures, le montant sera d\u00e9bit\u00e9 d\u00e9finitivement.

Merci de votre confiance
Service Client Amazon France
"""
    add(dict(kind="lookalike", language="fr", cause="customer_request", states_reason=True, marketplace=None,
             note="crude, gmail sender, callback number, malformed order no."),
        pre_headers=[("Received", received_generic("mail-ej1-f52.google.com", "209.85.218.52", "mx.free.fr", when)),
                     ("Authentication-Results", "mx.free.fr; dkim=pass header.d=gmail.com header.s=20230601; "
                      "spf=pass smtp.mailfrom=service.amazonfr.24@gmail.com; dmarc=pass (p=NONE) header.from=gmail.com")],
        from_=("Amazon Service Client", "service.amazonfr.24@gmail.com"), to="undisclosed-recipients:;",
        date=when, subject="Annulation de votre commande Amazon N\u00b0 402-58812-99", shape="text", text=text,
        cte_text="8bit")

    # 2 polished, look-alike domain amazon-orders.help, 'account suspended + order cancelled, use this code'
    dom_fake = "amazon-orders.help"
    when = dt(2024, 2, 17, 11, 2, 30, 0)
    order = "171-3308172-5520946"
    base = "https://secure.amazon-orders.help/fr"
    paras = ["Nous avons d\u00e9tect\u00e9 une activit\u00e9 inhabituelle sur votre compte. Par mesure de s\u00e9curit\u00e9, "
             "votre compte a \u00e9t\u00e9 suspendu et votre commande en cours a \u00e9t\u00e9 annul\u00e9e.",
             "Pour r\u00e9activer votre compte et r\u00e9tablir votre commande, utilisez le code de r\u00e9activation "
             "ci-dessous sur notre page s\u00e9curis\u00e9e dans les 12 heures :",
             "Code de r\u00e9activation : AMZ-7741-QX",
             "Pass\u00e9 ce d\u00e9lai, votre compte sera d\u00e9finitivement ferm\u00e9 et le solde de vos cartes cadeaux perdu."]
    items = [("Sony WH-1000XM5 Casque sans fil \u00e0 r\u00e9duction de bruit, Noir", "Amazon EU S.\u00e0 r.l.", 1, "329,00 \u20ac")]
    html = amz_html("amazon.fr", "Compte suspendu", order, "Bonjour,", paras, items, None,
                    ["Merci de votre compr\u00e9hension."], security_footer("amazon.fr")[:1], LEGAL["amazon.fr"],
                    base=base, cta=("R\u00e9activer mon compte", base + "/reactivation?code=AMZ-7741-QX"), pixel=False)
    text = amz_text("amazon.fr", "Compte suspendu", order, "Bonjour,", paras, items, None,
                    ["Merci de votre compr\u00e9hension."], None, LEGAL["amazon.fr"],
                    cta=("R\u00e9activer mon compte", base + "/reactivation?code=AMZ-7741-QX"))
    add(dict(kind="lookalike", language="fr", cause="fraud_prevention", states_reason=True, marketplace=None,
             note="polished copy of template, sender domain amazon-orders.help (dkim/dmarc pass for that domain), reactivation code"),
        pre_headers=[("Received", received_generic("mail.amazon-orders.help", "185.234.72.19", "mx.google.com", when)),
                     ("Authentication-Results", "mx.google.com; dkim=pass header.i=@amazon-orders.help header.s=default; "
                      "spf=pass smtp.mailfrom=no-reply@amazon-orders.help; dmarc=pass (p=NONE) header.from=amazon-orders.help")],
        from_=("Amazon.fr", "no-reply@" + dom_fake), to="c.rousseau@gmail.com", date=when,
        subject="Votre compte Amazon.fr a \u00e9t\u00e9 suspendu - commande %s annul\u00e9e" % order, shape="alt",
        text=text, html=html, cte_text="quoted-printable", cte_html="quoted-printable")

    # 3 'reply with your card details', outlook sender, text QP
    when = dt(2024, 4, 4, 9, 40, 1, 2)
    text = """Bonjour,

Nous vous informons que le paiement de votre commande Amazon n\u00b0 403-7712084-33019 n'a pas pu \u00eatre trait\u00e9 par votre banque. Votre commande a donc \u00e9t\u00e9 annul\u00e9e automatiquement.

Pour r\u00e9tablir votre commande et \u00e9viter la suspension de votre compte, merci de r\u00e9pondre directement \u00e0 ce message en indiquant :

 - Nom du titulaire de la carte :
 - Num\u00e9ro de carte (16 chiffres) :
 - Date d'expiration :
 - Cryptogramme (3 chiffres au dos) :
 - Date de naissance :

Notre \u00e9quipe proc\u00e9dera \u00e0 la mise \u00e0 jour sous 24h et votre colis sera exp\u00e9di\u00e9 d\u00e8s r\u00e9ception.

Cordialement,
D\u00e9partement Facturation Amazon
Amazon.fr Paiements
"""
    add(dict(kind="lookalike", language="fr", cause="payment_issue", states_reason=True, marketplace=None,
             note="asks to reply with card details, outlook.fr sender, 5-digit last block"),
        pre_headers=[("Received", received_generic("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.65.21",
                                                   "smtp-in.orange.fr", when))],
        from_=("Amazon.fr Paiements", "facturation-amazonfr@outlook.fr"), to="m.lefebvre@orange.fr",
        reply_to="facturation-amazonfr@outlook.fr", date=when,
        subject="Paiement refus\u00e9 : votre commande Amazon a \u00e9t\u00e9 annul\u00e9e", shape="text", text=text,
        cte_text="quoted-printable")

    # 4 spoofed From auto-confirm@amazon.fr with dmarc=fail; link text amazon.fr, href elsewhere
    when = dt(2024, 5, 29, 13, 55, 12, 0)
    order = "404-6621903-8815527"
    evil = "http://amazon.fr.remboursement-commande.top/fr/ap/signin?order=" + order
    shown = "https://www.amazon.fr/gp/your-account/order-details?orderID=" + order
    items = [("De'Longhi Magnifica Evo ECAM290.61.B Machine \u00e0 caf\u00e9 automatique avec broyeur", "Amazon EU S.\u00e0 r.l.", 1, "449,99 \u20ac")]
    paras = ["Nous sommes d\u00e9sol\u00e9s, l'article ci-dessous n'est plus disponible et votre commande a \u00e9t\u00e9 annul\u00e9e.",
             "Pour recevoir votre remboursement de 449,99 \u20ac, vous devez confirmer vos coordonn\u00e9es bancaires "
             "sous 48 heures en vous connectant \u00e0 votre compte :"]
    html = amz_html("amazon.fr", "Commande annul\u00e9e", order, "Bonjour,", paras, items,
                    [("Remboursement", "449,99 \u20ac")], ["L'\u00e9quipe Amazon"], security_footer("amazon.fr"),
                    LEGAL["amazon.fr"], base="http://amazon.fr.remboursement-commande.top", pixel=False)
    # link whose text shows amazon.fr but href goes to the phishing host
    html = html.replace('    </td></tr></tbody></table></td></tr>\n    <tr><td><table id="orderDetails"',
                        '     <p><a href="%s">%s</a></p>\n    </td></tr></tbody></table></td></tr>\n    <tr><td><table id="orderDetails"'
                        % (esc(evil), esc(shown)), 1)
    add(dict(kind="lookalike", language="fr", cause="inventory_shortage", states_reason=True, marketplace=None,
             note="spoofed auto-confirm@amazon.fr, dmarc=fail, link text shows amazon.fr but href is .top host; HTML only"),
        pre_headers=[("Return-Path", "<bounce@mailer.remboursement-commande.top>"),
                     ("Received", received_generic("vps-3f81a2.contaboserver.net", "161.97.88.140", "mx.google.com", when)),
                     ("Authentication-Results", "mx.google.com; dkim=none (message not signed); "
                      "spf=softfail (google.com: domain of transitioning bounce@mailer.remboursement-commande.top does not "
                      "designate 161.97.88.140 as permitted sender) smtp.mailfrom=bounce@mailer.remboursement-commande.top; "
                      "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.fr")],
        from_=("Amazon.fr", "auto-confirm@amazon.fr"), to="julie.henry@gmail.com", date=when,
        subject="Votre commande Amazon.fr n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % order, shape="html", html=html,
        cte_html="quoted-printable")

    # 5 Cyrillic homoglyph display name, 'will be cancelled unless you verify payment', HTML only base64
    when = dt(2024, 6, 21, 17, 20, 45, 2)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#fff;">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;padding:24px;">
<img src="https://i.ibb.co/7KQz1xF/amazon-logo.png" alt="amazon" width="110"><hr>
<h2 style="color:#232f3e;">Votre commande sera annul\u00e9e</h2>
<p>Cher(e) client(e),</p>
<p>Nous n'avons pas pu v\u00e9rifier votre moyen de paiement pour la commande <b>#406-2280417-9906123</b>.</p>
<p>Si vous ne mettez pas \u00e0 jour vos informations de facturation dans les <b>24 heures</b>, votre commande sera annul\u00e9e et votre compte restreint.</p>
<p style="text-align:center;margin:28px 0;"><a href="https://amzn-fr-verification.web.app/update?id=406-2280417-9906123" style="background:#ff9900;color:#111;padding:12px 28px;text-decoration:none;border-radius:3px;">Mettre \u00e0 jour le paiement</a></p>
<p>Merci,<br>Le Service Client Amazon</p>
<p style="font-size:11px;color:#999;">\u00a9 2024 Amazon.com, Inc. ou ses filiales. Amazon ne vous demandera jamais votre mot de passe.</p>
</div></body></html>
"""
    add(dict(kind="lookalike", language="fr", cause="payment_issue", states_reason=True, marketplace=None,
             note="Cyrillic homoglyph display name, future tense 'sera annul\u00e9e' unless act, web.app link"),
        pre_headers=[("Received", received_generic("smtp.notif-clients.net", "45.153.241.77", "smtp-in.sfr.fr", when))],
        from_=("\u0410m\u0430z\u043en.fr", "notification@notif-clients.net"), to="marc.dubois@sfr.fr", date=when,
        subject="Dernier rappel : votre commande sera annul\u00e9e", shape="html", html=html, cte_html="base64")

    # 6 amaz0n domain, technical glitch claimed, alt 8bit/QP
    when = dt(2024, 7, 8, 8, 33, 19, 2)
    order = "402-8871045-2203918"
    text = """Bonjour,

Suite \u00e0 une erreur technique de notre syst\u00e8me de traitement, votre commande n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e et un double pr\u00e9l\u00e8vement a pu appara\u00eetre sur votre compte.

Pour obtenir le remboursement imm\u00e9diat, connectez-vous et confirmez votre identit\u00e9 :
https://www.amaz0n-fr.com/remboursement/%s

Ce lien expire dans 48 heures.

Service Client Amazon
""" % (order, order)
    html = """<html><body style="font-family:Arial,sans-serif;color:#111;">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:18px;border-bottom:2px solid #ff9900;"><b style="font-size:22px;">amazon</b><span style="color:#ff9900;">.fr</span></td></tr>
<tr><td style="padding:18px;font-size:14px;line-height:20px;">
<p>Bonjour,</p>
<p>Suite \u00e0 une <b>erreur technique</b> de notre syst\u00e8me de traitement, votre commande n\u00b0 <a href="https://www.amaz0n-fr.com/order/%s">%s</a> a \u00e9t\u00e9 annul\u00e9e et un double pr\u00e9l\u00e8vement a pu appara\u00eetre sur votre compte.</p>
<p>Pour obtenir le remboursement imm\u00e9diat, connectez-vous et confirmez votre identit\u00e9 :</p>
<p><a href="https://www.amaz0n-fr.com/remboursement/%s" style="background:#f0c14b;border:1px solid #a88734;padding:8px 20px;color:#111;text-decoration:none;">Obtenir mon remboursement</a></p>
<p style="font-size:12px;color:#555;">Ce lien expire dans 48 heures.</p>
<p>Service Client Amazon</p></td></tr></table></body></html>
""" % (order, order, order)
    add(dict(kind="lookalike", language="fr", cause="technical_issue", states_reason=True, marketplace=None,
             note="look-alike domain amaz0n-fr.com (zero), claims technical error + double charge"),
        pre_headers=[("Received", received_generic("mail.amaz0n-fr.com", "94.156.65.203", "mx.laposte.net", when))],
        from_=("Amazon.fr", "service@amaz0n-fr.com"), to="sophie.lefevre@laposte.net", date=when,
        subject="Erreur technique : votre commande Amazon n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % order, shape="alt",
        text=text, html=html, cte_text="8bit", cte_html="quoted-printable")

    # 7 crude yahoo, no order number, no reason, callback number
    when = dt(2024, 8, 14, 22, 1, 7, 2)
    text = """AMAZON

Votre commande Amazon a \u00e9t\u00e9 annul\u00e9.

Un montant de 899,99 \u20ac sera pr\u00e9lever sur votre compte si vous ne contacter pas le service annulation.

Pour plus d'information contacter nous au 09 70 73 44 12 ou cliquez ici : http://amazon.fr.securite-compte.xyz/annulation

Amazon Service Annulation
"""
    add(dict(kind="lookalike", language="fr", cause="unknown", states_reason=False, marketplace=None,
             note="crude, yahoo sender, no order number, no reason, phone + amazon.fr.securite-compte.xyz link"),
        pre_headers=[("Received", received_generic("sonic311-22.consmr.mail.ir2.yahoo.com", "77.238.176.140",
                                                   "smtp-in.orange.fr", when))],
        from_=("AMAZON", "amazon.service.annulation@yahoo.com"), to="thomas.petit@orange.fr", date=when,
        subject="Commande annul\u00e9 - Action requise", shape="text", text=text, cte_text="quoted-printable")

    # 8 Greek homoglyph display name, amazon.fr.<evil> subdomain, malformed order, 'will be cancelled' fraud hold
    when = dt(2024, 9, 30, 7, 12, 44, 0)
    base = "https://amazon.fr.account-verify.info"
    paras = ["Votre commande n\u00b0 FR-88412-AMZ a \u00e9t\u00e9 signal\u00e9e par notre syst\u00e8me de d\u00e9tection des fraudes "
             "et plac\u00e9e en attente de v\u00e9rification.",
             "Si vous ne confirmez pas votre identit\u00e9 avant le 2 octobre 2024, la commande sera annul\u00e9e et votre "
             "compte Amazon sera verrouill\u00e9.",
             "La v\u00e9rification ne prend que quelques minutes : munissez-vous de votre carte bancaire et d'une pi\u00e8ce d'identit\u00e9."]
    items = [("Apple MacBook Air 13\" puce M3, 16 Go RAM, 512 Go SSD - Minuit", "Amazon EU S.\u00e0 r.l.", 1, "1 599,00 \u20ac")]
    cta = ("V\u00e9rifier mon identit\u00e9", base + "/fr/verify?ref=FR-88412-AMZ")
    add(dict(kind="lookalike", language="fr", cause="fraud_prevention", states_reason=True, marketplace=None,
             note="Greek omicron in display name, amazon.fr.account-verify.info host, malformed order id, threat of cancellation"),
        pre_headers=[("Received", received_generic("mta2.account-verify.info", "193.233.48.31", "mx.google.com", when)),
                     ("Authentication-Results", "mx.google.com; dkim=pass header.i=@account-verify.info; "
                      "spf=pass smtp.mailfrom=securite@amazon.fr.account-verify.info; dmarc=pass (p=NONE) header.from=amazon.fr.account-verify.info")],
        from_=("Amaz\u03bfn S\u00e9curit\u00e9", "securite@amazon.fr.account-verify.info"), to="antoine.bernard@gmail.com",
        date=when, subject="Important : votre commande est en attente de v\u00e9rification", shape="alt",
        text=amz_text("amazon.fr", "V\u00e9rification requise", "FR-88412-AMZ", "Bonjour,", paras, items, None,
                      ["L'\u00e9quipe S\u00e9curit\u00e9 Amazon"], None, LEGAL["amazon.fr"], cta=cta),
        html=amz_html("amazon.fr", "V\u00e9rification requise", "FR-88412-AMZ", "Bonjour,", paras, items, None,
                      ["L'\u00e9quipe S\u00e9curit\u00e9 Amazon"], security_footer("amazon.fr")[:2], LEGAL["amazon.fr"],
                      base=base, cta=cta, pixel=False, items_hdr="Articles en attente"),
        cte_text="base64", cte_html="base64")


# ==========================================================================
# SPANISH
# ==========================================================================
def es_notices():
    # 1 inventory_shortage (pre-order cannot be filled) -- amazon.com.mx, text 8bit, no auth
    dom, when = "amazon.com.mx", dt(2024, 2, 28, 18, 40, 3)
    order = "701-3385027-4419260"
    text = """Amazon.com.mx
Tus pedidos | Tu cuenta | Amazon.com.mx
_______________________________________________________________________

Hola Mariana,

Lamentamos informarte que no podremos surtir tu pedido en preventa #%s. El fabricante redujo el n\u00famero de unidades disponibles para M\u00e9xico y no recibiremos inventario suficiente para cubrir todas las preventas.

Por este motivo cancelamos el siguiente art\u00edculo:

  Funko Pop! Marvel: Deadpool & Wolverine - Wolverine (Edici\u00f3n Exclusiva Amazon)
  Vendido por: Amazon M\u00e9xico
  Cantidad: 1
  Precio: $389.00

No se realiz\u00f3 ning\u00fan cargo a tu forma de pago. Si ves un cargo pendiente en tu estado de cuenta, es una autorizaci\u00f3n temporal que tu banco liberar\u00e1 en los pr\u00f3ximos d\u00edas.

Te ofrecemos una disculpa por las molestias. Puedes revisar el estado de tus otros pedidos en Tus pedidos:
https://www.amazon.com.mx/gp/css/order-history?ref_=TE_tex_yo

Atentamente,
Amazon.com.mx
_______________________________________________________________________

%s

%s

%s
""" % (order, "\n\n".join(security_footer(dom)), LEGAL[dom], noreply_line(dom))
    pre, post = amazon_headers(dom, when, auth=False, mx="mx.prodigy.net.mx", region="us-east-1")
    add(dict(kind="notice", language="es", cause="inventory_shortage", states_reason=True, marketplace=dom,
             note="pre-order cannot be filled (allocation cut), Mexico, text only 8bit, no auth"),
        pre_headers=pre, headers=post, from_=("Amazon.com.mx", "auto-confirm@amazon.com.mx"),
        reply_to="no-reply@amazon.com.mx", to="mariana.hdz@prodigy.net.mx", date=when, msgid=ses_msgid("us-east-1"),
        subject="Tu pedido en preventa de Amazon.com.mx #%s ha sido cancelado" % order, shape="text", text=text,
        cte_text="8bit")

    # 2 payment_issue -- expired card / gift card balance, amazon.es, alt QP, auth
    dom, when = "amazon.es", dt(2024, 4, 9, 5, 58, 40)
    order = "405-2209381-7730156"
    items = [("Cecotec Robot Aspirador Conga 7490 Eternal Home Genesis", "Amazon EU S.\u00e0 r.l.", 1, "189,00 \u20ac"),
             ("Cecotec Kit de recambios para Conga serie 7000", "Cecotec Innovaciones S.L.", 1, "24,90 \u20ac")]
    paras = ["No hemos podido procesar el pago de tu pedido. La tarjeta Mastercard terminada en 0832 ha caducado y "
             "el saldo de tu cheque regalo (12,35 \u20ac) no era suficiente para cubrir el importe total.",
             "El 3 de abril te pedimos que actualizaras tu m\u00e9todo de pago. Como no hemos recibido una forma de pago "
             "v\u00e1lida en el plazo indicado, hemos cancelado tu pedido. No se ha realizado ning\u00fan cargo y el saldo "
             "del cheque regalo sigue disponible en tu cuenta.",
             "Si todav\u00eda quieres estos productos, puedes hacer un nuevo pedido despu\u00e9s de a\u00f1adir una tarjeta v\u00e1lida."]
    closing = ["Gracias por comprar en Amazon.es."]
    costs = [("Importe cancelado", "213,90 \u20ac")]
    pre, post = amazon_headers(dom, when, auth=True)
    add(dict(kind="notice", language="es", cause="payment_issue", states_reason=True, marketplace=dom,
             note="expired card + insufficient gift card balance, revision deadline missed; HTML template, auth pass"),
        pre_headers=pre, headers=post, from_=("Amazon.es", "payments-messages@amazon.es"), reply_to="no-reply@amazon.es",
        to="lucia.garcia.m@gmail.com", date=when, msgid=ses_msgid(),
        subject="Se ha cancelado tu pedido de Amazon.es n.\u00ba %s" % order, shape="alt",
        text=amz_text(dom, "Pedido cancelado", order, "Hola, Luc\u00eda:", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        html=amz_html(dom, "Pedido cancelado", order, "Hola, Luc\u00eda:", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        cte_text="quoted-printable", cte_html="quoted-printable")

    # 3 technical_issue -- system processing error, HTML only QP, no auth
    dom, when = "amazon.es", dt(2024, 5, 20, 23, 7, 16)
    order = "408-6617340-0925873"
    items = [("Xiaomi Redmi Note 13 Pro 5G, 8 GB + 256 GB, Negro", "Amazon EU S.\u00e0 r.l.", 1, "299,99 \u20ac"),
             ("Funda de silicona para Redmi Note 13 Pro 5G", "TechCase Europe", 1, "9,99 \u20ac")]
    paras = ["Debido a un error del sistema durante el procesamiento de tu pedido, no hemos podido completarlo y "
             "hemos tenido que cancelar los art\u00edculos que se indican a continuaci\u00f3n.",
             "No se ha realizado ning\u00fan cargo. Puedes volver a realizar el pedido con normalidad; el error ya "
             "se ha corregido.",
             "Sentimos las molestias que esto te haya podido ocasionar."]
    closing = ["Si tienes alguna pregunta, visita nuestra p\u00e1gina de Ayuda."]
    pre, post = amazon_headers(dom, when, auth=False, mx="mx.telefonica.net")
    add(dict(kind="notice", language="es", cause="technical_issue", states_reason=True, marketplace=dom,
             note="system error while processing the order; HTML only QP, no auth header"),
        pre_headers=pre, headers=post, from_=("Amazon.es", "order-update@amazon.es"), reply_to="no-reply@amazon.es",
        to="jmartinez@telefonica.net", date=when, msgid=ses_msgid(),
        subject="Se han cancelado 2 art\u00edculos de tu pedido de Amazon.es n.\u00ba %s" % order, shape="html",
        html=amz_html(dom, "Art\u00edculos cancelados", order, "Hola, Javier:", paras, items, None, closing,
                      security_footer(dom), LEGAL[dom]),
        cte_html="quoted-printable")

    # 4 fraud_prevention -- security review, payment verification, Mexico, alt base64, auth
    dom, when = "amazon.com.mx", dt(2024, 7, 2, 1, 25, 33)
    order = "702-9954410-6628317"
    items = [("Consola PlayStation 5 Slim Digital Edition", "Amazon M\u00e9xico", 1, "$8,999.00"),
             ("Tarjeta de regalo Amazon.com.mx - Env\u00edo por correo electr\u00f3nico", "Amazon M\u00e9xico", 3, "$3,000.00")]
    paras = ["Tu pedido fue marcado para una revisi\u00f3n de seguridad y no pudimos verificar la informaci\u00f3n de pago "
             "asociada. Para proteger tu cuenta, cancelamos el pedido y pusimos tu cuenta en espera temporalmente.",
             "Para quitar la retenci\u00f3n, inicia sesi\u00f3n directamente en Amazon.com.mx (escribe la direcci\u00f3n en "
             "tu navegador) y sigue las instrucciones en pantalla para verificar tu identidad.",
             "No se realiz\u00f3 ning\u00fan cargo por este pedido."]
    closing = ["Gracias por tu comprensi\u00f3n."]
    costs = [("Total cancelado", "$11,999.00")]
    pre, post = amazon_headers(dom, when, auth=True, mx="mx.google.com", region="us-east-1")
    add(dict(kind="notice", language="es", cause="fraud_prevention", states_reason=True, marketplace=dom,
             note="security review, payment info could not be verified, account on hold; Mexico, base64, auth pass"),
        pre_headers=pre, headers=post, from_=("Amazon.com.mx", "cs-reply@amazon.com.mx"),
        reply_to="no-reply@amazon.com.mx", to="diego.ramirez.v@gmail.com", date=when, msgid=ses_msgid("us-east-1"),
        subject="Tu pedido de Amazon.com.mx #%s ha sido cancelado" % order, shape="alt",
        text=amz_text(dom, "Pedido cancelado", order, "Hola Diego,", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        html=amz_html(dom, "Pedido cancelado", order, "Hola Diego,", paras, items, costs, closing,
                      security_footer(dom), LEGAL[dom]),
        cte_text="base64", cte_html="base64")

    # 5 customer_request -- old style 'Tu cancelaci\u00f3n', text QP, no auth
    dom, when = "amazon.es", dt(2024, 9, 16, 10, 44, 2)
    order = "403-1120958-8847361"
    text = """Hola, Elena:

Has cancelado el pedido n.\u00ba %s.

Estado: CANCELADO
Motivo de la cancelaci\u00f3n: Cancelado por el cliente

Art\u00edculos cancelados:
  1 x Philips Airfryer Serie 3000 XL, freidora de aire 6,2 L, HD9270/90
      Vendido por: Amazon EU S.\u00e0 r.l.

No se te cobrar\u00e1 por los art\u00edculos cancelados. Si ya se hab\u00eda realizado un cargo, recibir\u00e1s el reembolso en el mismo m\u00e9todo de pago en un plazo de 3 a 5 d\u00edas h\u00e1biles.

Puedes consultar tus pedidos en cualquier momento en Mis pedidos:
https://www.amazon.es/gp/css/order-history?ref_=TE_tex_yo

Esperamos volver a verte pronto.
Amazon.es

-----------------------------------------------------------------------
%s

%s

%s
""" % (order, "\n\n".join(security_footer(dom)), LEGAL[dom], noreply_line(dom))
    pre, post = amazon_headers(dom, when, auth=False, mx="mx.hotmail.com")
    add(dict(kind="notice", language="es", cause="customer_request", states_reason=True, marketplace=dom,
             note="old-style customer cancellation, 'Estado: CANCELADO', text QP, no auth"),
        pre_headers=pre, headers=post, from_=("Amazon.es", "auto-confirm@amazon.es"), reply_to="no-reply@amazon.es",
        to="elena.ruiz84@hotmail.es", date=when, msgid=ses_msgid(),
        subject="Amazon.es - Tu cancelaci\u00f3n (Philips Airfryer Serie 3000 XL...)", shape="text", text=text,
        cte_text="quoted-printable")

    # 6 unknown -- no reason given, alt 8bit, auth
    dom, when = "amazon.es", dt(2024, 11, 4, 13, 2, 55)
    order = "406-7731482-2051960"
    items = [("Kindle Paperwhite (16 GB) | Pantalla de 7\" sin reflejos, Negro", "Amazon EU S.\u00e0 r.l.", 1, "169,99 \u20ac")]
    paras = ["Te informamos de que se ha cancelado el siguiente art\u00edculo de tu pedido.",
             "No se te cobrar\u00e1 por este art\u00edculo. Si ya se hab\u00eda realizado un cargo, recibir\u00e1s el reembolso "
             "autom\u00e1ticamente en el m\u00e9todo de pago original."]
    closing = ["Puedes consultar el estado de tus pedidos en Mis pedidos."]
    pre, post = amazon_headers(dom, when, auth=True, mx="mx.google.com")
    add(dict(kind="notice", language="es", cause="unknown", states_reason=False, marketplace=dom,
             note="item cancelled, no reason given; HTML template + text, 8bit, auth pass"),
        pre_headers=pre, headers=post, from_=("Amazon.es", "order-update@amazon.es"), reply_to="no-reply@amazon.es",
        to="pablo.sanchez.r@gmail.com", date=when, msgid=ses_msgid(),
        subject="Se ha cancelado 1 art\u00edculo de tu pedido de Amazon.es n.\u00ba %s" % order, shape="alt",
        text=amz_text(dom, "Art\u00edculo cancelado", order, "Hola, Pablo:", paras, items, None, closing,
                      security_footer(dom), LEGAL[dom]),
        html=amz_html(dom, "Art\u00edculo cancelado", order, "Hola, Pablo:", paras, items, None, closing,
                      security_footer(dom), LEGAL[dom]),
        cte_text="8bit", cte_html="8bit")


def es_non_notices():
    # 1 MediaMarkt cancellation mentioning Amazon (price guarantee)
    when = dt(2024, 3, 18, 11, 27, 5, 1)
    text = """MediaMarkt - Tu pedido ha sido cancelado

Hola Carmen,

Sentimos comunicarte que hemos tenido que cancelar tu pedido n.\u00ba 1093384412 porque el producto se ha agotado en nuestro almac\u00e9n central antes de poder prepararlo.

  Apple iPad Air 11" (M2) Wi-Fi 128 GB Azul - 1 ud. - 699,00 \u20ac

El importe de 699,00 \u20ac se devolver\u00e1 a tu tarjeta en un plazo de 3 a 7 d\u00edas h\u00e1biles.

\u00bfSab\u00edas que tenemos Garant\u00eda de Precio? Si encuentras este producto m\u00e1s barato en Amazon o en otra tienda online de referencia, te igualamos el precio en tienda.

Un saludo,
Atenci\u00f3n al Cliente MediaMarkt
https://www.mediamarkt.es/es/myaccount

Media Markt Saturn Administraci\u00f3n Espa\u00f1a S.A.U. - Avda. Manuel Fern\u00e1ndez M\u00e1rquez, s/n, 08918 Badalona. Nunca te pediremos tus claves por correo electr\u00f3nico.
"""
    html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#df0000;padding:14px 22px;color:#fff;font-size:22px;font-weight:bold;">MediaMarkt</td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:21px;color:#333;">
<h1 style="font-size:20px;">Tu pedido ha sido cancelado</h1>
<p>Hola Carmen,</p>
<p>Sentimos comunicarte que hemos tenido que cancelar tu pedido <b>n.\u00ba 1093384412</b> porque el producto se ha agotado en nuestro almac\u00e9n central antes de poder prepararlo.</p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;"><tr><td style="padding:10px 0;">Apple iPad Air 11" (M2) Wi-Fi 128 GB Azul<br><span style="color:#777;">1 ud.</span></td><td style="text-align:right;"><b>699,00 \u20ac</b></td></tr></table>
<p>El importe de 699,00 \u20ac se devolver\u00e1 a tu tarjeta en un plazo de 3 a 7 d\u00edas h\u00e1biles.</p>
<p style="background:#fff3f3;padding:10px;">\u00bfSab\u00edas que tenemos <b>Garant\u00eda de Precio</b>? Si encuentras este producto m\u00e1s barato en Amazon o en otra tienda online de referencia, te igualamos el precio en tienda.</p>
<p>Un saludo,<br>Atenci\u00f3n al Cliente MediaMarkt</p></td></tr>
<tr><td style="padding:14px 22px;font-size:11px;color:#888;">Media Markt Saturn Administraci\u00f3n Espa\u00f1a S.A.U. - Avda. Manuel Fern\u00e1ndez M\u00e1rquez, s/n, 08918 Badalona. Nunca te pediremos tus claves por correo electr\u00f3nico.</td></tr>
</table></body></html>
"""
    add(dict(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
             note="MediaMarkt order cancelled (out of stock); mentions Amazon in price-match blurb"),
        from_=("MediaMarkt", "pedidos@news.mediamarkt.es"), to="carmen.lopez@yahoo.es", date=when,
        subject="Tu pedido 1093384412 ha sido cancelado", shape="alt", text=text, html=html,
        cte_text="quoted-printable", cte_html="base64")

    # 2 colleague: cancelled the office Amazon order; windows-1252 8bit text
    when = dt(2024, 6, 11, 9, 15, 33, 2)
    text = """Hola Sergio,

Te confirmo que he cancelado el pedido de Amazon de las sillas ergon\u00f3micas para la sala nueva. Me ha llegado ya el correo de cancelaci\u00f3n, as\u00ed que no nos cobrar\u00e1n nada.

Al final compras nos ha pasado un proveedor con factura a 60 d\u00edas y nos sale mejor. Si ves cualquier cargo en la tarjeta de empresa av\u00edsame y lo reviso.

\u00bfNos vemos en la reuni\u00f3n de las 12?

Un saludo,

Marta Jim\u00e9nez
Responsable de Administraci\u00f3n | Grupo Levante Log\u00edstica
Tel. 963 55 21 80
"""
    add(dict(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
             note="colleague says she cancelled the office's Amazon order; windows-1252 8bit"),
        pre_headers=[("Received", received_generic("DB9PR02MB7210.eurprd02.prod.outlook.com", "10.167.241.9",
                                                   "DB9PR02MB7161.eurprd02.prod.outlook.com", when))],
        from_=("Marta Jim\u00e9nez", "mjimenez@levantelogistica.es"), to="Sergio Navarro <snavarro@levantelogistica.es>",
        date=when, subject="Pedido sillas sala nueva", shape="text", text=text, charset="windows-1252", cte_text="8bit",
        headers=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Pedido sillas sala nueva")])

    # 3 security newsletter quoting a fake cancellation subject; HTML only, base64
    when = dt(2024, 10, 3, 7, 30, 0, 2)
    html = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Bolet\u00edn</title></head>
<body style="margin:0;background:#f0f4f7;font-family:Verdana,sans-serif;">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="background:#0b3d5c;color:#fff;padding:18px 24px;"><b style="font-size:22px;">Seguridad en Red</b><br><span style="font-size:12px;">Bolet\u00edn quincenal para usuarios - 3 de octubre de 2024</span></td></tr>
<tr><td style="padding:22px 24px;font-size:14px;line-height:22px;color:#222;">
<h2 style="color:#0b3d5c;">Aviso: campa\u00f1a de correos falsos que suplantan a Amazon</h2>
<p>Hemos detectado una campa\u00f1a de <i>phishing</i> con el asunto <b>\u00abSu pedido de Amazon n.\u00ba 406-0000000-0000000 ha sido cancelado\u00bb</b>. El mensaje afirma que el pedido se ha cancelado por un problema con el pago y pide llamar al 900 10 20 30 o pulsar un enlace para \u00abverificar la cuenta\u00bb.</p>
<p><b>\u00bfC\u00f3mo identificarlo?</b></p>
<ul>
<li>El remitente no pertenece al dominio amazon.es.</li>
<li>Se genera sensaci\u00f3n de urgencia: \u00abtiene 24 horas\u00bb.</li>
<li>El enlace lleva a una web que no es de Amazon.</li>
</ul>
<p><b>\u00bfQu\u00e9 hacer?</b> No contestes ni llames. Comprueba tus pedidos entrando directamente en la aplicaci\u00f3n de Amazon. Si has facilitado datos bancarios, contacta con tu banco y llama al 017, la l\u00ednea de ayuda en ciberseguridad.</p>
<p><a href="https://www.seguridadenred.es/avisos/2024/phishing-amazon-pedido-cancelado" style="color:#0b3d5c;">Leer el aviso completo</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;">Recibes este bolet\u00edn porque te suscribiste en seguridadenred.es. <a href="https://www.seguridadenred.es/baja?id=55120">Darse de baja</a></td></tr>
</table></body></html>
"""
    add(dict(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
             note="security newsletter describing an Amazon 'pedido cancelado' phishing campaign, quotes the subject"),
        from_=("Seguridad en Red", "boletin@seguridadenred.es"), to="ana.torres@gmail.com", date=when,
        subject="Aviso de seguridad: falsos correos de \u00abpedido de Amazon cancelado\u00bb", shape="html", html=html,
        cte_html="base64",
        headers=[("List-Unsubscribe", "<https://www.seguridadenred.es/baja?id=55120>"), ("Precedence", "bulk")])

    # 4 Audible membership cancelled
    when = dt(2024, 1, 9, 20, 11, 48, 0)
    text = """Hola Ra\u00fal:

Te confirmamos que tu suscripci\u00f3n a Audible se ha cancelado correctamente. No se te volver\u00e1 a cobrar la cuota mensual de 9,99 \u20ac.

Podr\u00e1s seguir escuchando los t\u00edtulos que hayas comprado con tus cr\u00e9ditos, que permanecer\u00e1n en tu Biblioteca. Los 2 cr\u00e9ditos que no has usado caducar\u00e1n al finalizar tu periodo de facturaci\u00f3n el 31 de enero de 2024.

Si cambias de opini\u00f3n, puedes volver a suscribirte en cualquier momento desde tu cuenta de Audible o de Amazon.

Un saludo,
El equipo de Audible

Audible, Inc. - Audible nunca te pedir\u00e1 tu contrase\u00f1a por correo electr\u00f3nico.
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#fff;">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:18px;border-bottom:3px solid #f7991c;"><b style="font-size:24px;color:#000;">audible</b> <span style="font-size:11px;color:#777;">an amazon company</span></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:21px;">
<p>Hola Ra\u00fal:</p>
<p>Te confirmamos que tu <b>suscripci\u00f3n a Audible se ha cancelado</b> correctamente. No se te volver\u00e1 a cobrar la cuota mensual de 9,99 \u20ac.</p>
<p>Podr\u00e1s seguir escuchando los t\u00edtulos que hayas comprado con tus cr\u00e9ditos, que permanecer\u00e1n en tu Biblioteca. Los 2 cr\u00e9ditos que no has usado caducar\u00e1n al finalizar tu periodo de facturaci\u00f3n el 31 de enero de 2024.</p>
<p>Si cambias de opini\u00f3n, puedes <a href="https://www.audible.es/account/overview">volver a suscribirte</a> en cualquier momento.</p>
<p>Un saludo,<br>El equipo de Audible</p></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#888;">Audible, Inc. - Audible nunca te pedir\u00e1 tu contrase\u00f1a por correo electr\u00f3nico.</td></tr></table></body></html>
"""
    add(dict(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
             note="Audible (an Amazon company) membership cancelled"),
        pre_headers=[("Received", received_ses("mx.google.com", when)),
                     ("Authentication-Results", "mx.google.com; dkim=pass header.i=@audible.es; spf=pass "
                      "smtp.mailfrom=bounces.audible.es; dmarc=pass (p=QUARANTINE) header.from=audible.es")],
        from_=("Audible", "no-reply@audible.es"), to="raul.dominguez@gmail.com", date=when, msgid=ses_msgid(),
        subject="Tu suscripci\u00f3n a Audible ha sido cancelada", shape="alt", text=text, html=html,
        cte_text="quoted-printable", cte_html="quoted-printable")

    # 5 payment reminder before cancellation (genuine, Mexico), text QP, no auth
    dom, when = "amazon.com.mx", dt(2024, 8, 5, 14, 50, 21)
    order = "702-4418093-3327045"
    text = """Hola Fernanda,

Hubo un problema al procesar el pago de tu pedido #%s (Apple Watch SE 2a generaci\u00f3n GPS 40 mm, $5,299.00). Tu banco rechaz\u00f3 el cargo a la tarjeta Visa con terminaci\u00f3n 2291.

Para evitar que tu pedido se cancele, actualiza tu forma de pago antes del 8 de agosto de 2024:

1. Ve a Tus pedidos: https://www.amazon.com.mx/gp/css/order-history?ref_=pe_pay_rev
2. Selecciona el pedido y haz clic en "Revisar o editar forma de pago".
3. Elige otra tarjeta o agrega una nueva.

Si no actualizas la informaci\u00f3n de pago antes de esa fecha, cancelaremos el pedido.

Atentamente,
Amazon.com.mx

-----------------------------------------------------------------------
%s

%s
""" % (order, "\n\n".join(security_footer(dom)), noreply_line(dom))
    pre, post = amazon_headers(dom, when, auth=False, mx="mx.prodigy.net.mx", region="us-east-1", relay="transactional")
    add(dict(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=dom,
             note="genuine payment reminder, order will be cancelled if not updated; nothing cancelled yet"),
        pre_headers=pre, headers=post, from_=("Amazon.com.mx", "payments-update@amazon.com.mx"),
        reply_to="no-reply@amazon.com.mx", to="fer.castillo@prodigy.net.mx", date=when, msgid=ses_msgid("us-east-1"),
        subject="Acci\u00f3n necesaria: actualiza tu forma de pago para el pedido #%s" % order, shape="text",
        text=text, cte_text="quoted-printable")

    # 6 installation appointment cancelled (order still active), amazon.es
    dom, when = "amazon.es", dt(2024, 12, 2, 16, 35, 10)
    order = "404-8809124-5561238"
    paras = ["El profesional asignado no podr\u00e1 acudir a la cita de instalaci\u00f3n prevista para el mi\u00e9rcoles "
             "4 de diciembre entre las 9:00 y las 14:00, por lo que esta cita se ha cancelado.",
             "Tu pedido no se ha cancelado: el lavavajillas se entregar\u00e1 en la fecha prevista. Solo tienes que "
             "elegir una nueva fecha para el servicio de instalaci\u00f3n.",
             "Si no eliges una nueva cita en los pr\u00f3ximos 7 d\u00edas, te reembolsaremos \u00fanicamente el importe del "
             "servicio de instalaci\u00f3n (49,00 \u20ac)."]
    items = [("Servicio de instalaci\u00f3n de lavavajillas integrable", "Amazon Home Services", 1, "49,00 \u20ac")]
    cta = ("Elegir nueva cita", "https://www.amazon.es/gp/your-account/order-details?orderID=" + order)
    pre, post = amazon_headers(dom, when, auth=True, mx="mx.google.com")
    add(dict(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=dom,
             note="installation appointment cancelled, order explicitly not cancelled"),
        pre_headers=pre, headers=post, from_=("Amazon.es", "servicios@amazon.es"), reply_to="no-reply@amazon.es",
        to="lucia.garcia.m@gmail.com", date=when, msgid=ses_msgid(),
        subject="Se ha cancelado tu cita de instalaci\u00f3n - elige una nueva fecha", shape="alt",
        text=amz_text(dom, "Cita de instalaci\u00f3n", order, "Hola, Luc\u00eda:", paras, items, cta=cta,
                      footer=security_footer(dom), legal=LEGAL[dom], items_hdr="Servicio afectado"),
        html=amz_html(dom, "Cita de instalaci\u00f3n", order, "Hola, Luc\u00eda:", paras, items, cta=cta,
                      footer=security_footer(dom), legal=LEGAL[dom], items_hdr="Servicio afectado"),
        cte_text="8bit", cte_html="quoted-printable")


def es_lookalikes():
    # 1 outlook sender, callback number, suspicious-activity cancellation
    when = dt(2024, 1, 30, 4, 2, 19, 1)
    text = """Estimado cliente de Amazon,

Su pedido n\u00ba 405-3391827-1190462 (Samsung Galaxy S24 Ultra 512GB, 1.459,00 EUR) ha sido CANCELADO por actividad sospechosa detectada en su cuenta.

Si usted no ha realizado esta compra, llame de inmediato a nuestro departamento de seguridad:

   *** 900 83 12 47 ***  (gratuito, 24 horas)

Un agente le ayudar\u00e1 a proteger su cuenta y a recuperar el importe. NO responda a este correo.

Atentamente,
Departamento de Seguridad
Amazon Espa\u00f1a
"""
    add(dict(kind="lookalike", language="es", cause="fraud_prevention", states_reason=True, marketplace=None,
             note="outlook.es sender, callback phone number"),
        pre_headers=[("Received", received_generic("EUR03-DBA-obe.outbound.protection.outlook.com", "40.92.58.88",
                                                   "mx.telefonica.net", when)),
                     ("Authentication-Results", "mx.telefonica.net; spf=pass smtp.mailfrom=outlook.es; "
                      "dkim=pass header.d=outlook.es; dmarc=pass action=none header.from=outlook.es")],
        from_=("Amazon Atenci\u00f3n al Cliente", "atencion.amazon.es@outlook.es"), to="jmartinez@telefonica.net",
        date=when, subject="Pedido cancelado - actividad sospechosa en su cuenta Amazon", shape="text", text=text,
        cte_text="8bit")

    # 2 polished, look-alike domain, account suspended + order cancelled + code (Mexico)
    when = dt(2024, 3, 5, 15, 45, 0, -6)
    order = "701-5520934-8812043"
    base = "https://amazon-mx-soporte.com"
    paras = ["Detectamos un inicio de sesi\u00f3n desde un dispositivo desconocido. Por tu seguridad, suspendimos tu "
             "cuenta y cancelamos tu pedido en curso.",
             "Para reactivar tu cuenta y recuperar tu pedido, ingresa el siguiente c\u00f3digo de verificaci\u00f3n en "
             "nuestro portal de seguridad dentro de las pr\u00f3ximas 24 horas:",
             "C\u00f3digo: 483 991",
             "Si no completas la verificaci\u00f3n, tu cuenta se cerrar\u00e1 de forma permanente."]
    items = [("Apple iPhone 15 128 GB - Negro", "Amazon M\u00e9xico", 1, "$16,499.00")]
    cta = ("Reactivar mi cuenta", base + "/mx/verificar?c=483991")
    add(dict(kind="lookalike", language="es", cause="fraud_prevention", states_reason=True, marketplace=None,
             note="polished copied template, amazon-mx-soporte.com, suspension + verification code"),
        pre_headers=[("Received", received_generic("smtp.amazon-mx-soporte.com", "172.86.124.9", "mx.google.com", when)),
                     ("Authentication-Results", "mx.google.com; dkim=pass header.i=@amazon-mx-soporte.com; "
                      "spf=pass smtp.mailfrom=cuenta@amazon-mx-soporte.com; dmarc=pass (p=NONE) header.from=amazon-mx-soporte.com")],
        from_=("Amazon.com.mx", "cuenta@amazon-mx-soporte.com"), to="diego.ramirez.v@gmail.com", date=when,
        subject="Tu cuenta ha sido suspendida y tu pedido #%s cancelado" % order, shape="alt",
        text=amz_text("amazon.com.mx", "Cuenta suspendida", order, "Hola,", paras, items, None,
                      ["Equipo de Seguridad de Amazon"], None, LEGAL["amazon.com.mx"], cta=cta),
        html=amz_html("amazon.com.mx", "Cuenta suspendida", order, "Hola,", paras, items, None,
                      ["Equipo de Seguridad de Amazon"], security_footer("amazon.com.mx")[:1], LEGAL["amazon.com.mx"],
                      base=base, cta=cta, pixel=False),
        cte_text="quoted-printable", cte_html="quoted-printable")

    # 3 gmail sender, reply with card details
    when = dt(2024, 4, 26, 12, 18, 7, 2)
    text = """Hola,

Le informamos que su pedido de Amazon 404-22917-883104 ha sido cancelado porque su tarjeta fue rechazada por la entidad bancaria.

Para reactivar el pedido sin perder la oferta, responda a este email con los siguientes datos:

  Titular de la tarjeta:
  N\u00famero de tarjeta:
  Fecha de caducidad (MM/AA):
  C\u00f3digo CVV:
  DNI/NIE:

Procesaremos el pago manualmente y su pedido saldr\u00e1 hoy mismo.

Gracias,
Equipo de Pagos Amazon.es
"""
    add(dict(kind="lookalike", language="es", cause="payment_issue", states_reason=True, marketplace=None,
             note="gmail sender, reply with card data, malformed order number"),
        pre_headers=[("Received", received_generic("mail-lf1-f45.google.com", "209.85.167.45", "mx.hotmail.com", when))],
        from_=("Amazon Pagos", "amazon.pagos.es@gmail.com"), to="elena.ruiz84@hotmail.es",
        reply_to="amazon.pagos.es@gmail.com", date=when,
        subject="Su pedido Amazon ha sido cancelado - tarjeta rechazada", shape="text", text=text,
        cte_text="quoted-printable")

    # 4 spoofed order-update@amazon.es, dmarc fail, link text amazon.es / href elsewhere
    when = dt(2024, 6, 13, 10, 6, 44, 0)
    order = "402-7788210-3349561"
    evil = "https://amazon-es.reembolsos-clientes.com/es/signin?pedido=" + order
    shown = "https://www.amazon.es/gp/your-account/order-details?orderID=" + order
    items = [("Dyson V15 Detect Absolute aspiradora sin cable", "Amazon EU S.\u00e0 r.l.", 1, "699,00 \u20ac")]
    paras = ["Lo sentimos: el art\u00edculo que se indica a continuaci\u00f3n se ha agotado y hemos tenido que cancelar tu pedido.",
             "Para recibir el reembolso de 699,00 \u20ac debes confirmar los datos de tu tarjeta en las pr\u00f3ximas 48 horas:"]
    html = amz_html("amazon.es", "Pedido cancelado", order, "Hola:", paras, items, [("Reembolso", "699,00 \u20ac")],
                    ["Atentamente, Amazon.es"], security_footer("amazon.es"), LEGAL["amazon.es"],
                    base="https://amazon-es.reembolsos-clientes.com", pixel=False)
    html = html.replace('    </td></tr></tbody></table></td></tr>\n    <tr><td><table id="orderDetails"',
                        '     <p><a href="%s">%s</a></p>\n    </td></tr></tbody></table></td></tr>\n    <tr><td><table id="orderDetails"'
                        % (esc(evil), esc(shown)), 1)
    text = ("Hola:\n\nLo sentimos: el art\u00edculo Dyson V15 Detect Absolute se ha agotado y hemos tenido que cancelar "
            "tu pedido %s.\n\nPara recibir el reembolso de 699,00 EUR confirma los datos de tu tarjeta en las "
            "pr\u00f3ximas 48 horas:\n%s\n\nAtentamente,\nAmazon.es\n" % (order, evil))
    add(dict(kind="lookalike", language="es", cause="inventory_shortage", states_reason=True, marketplace=None,
             note="spoofed From order-update@amazon.es, spf softfail/dmarc fail, anchor text amazon.es but href elsewhere"),
        pre_headers=[("Return-Path", "<info@srv1.reembolsos-clientes.com>"),
                     ("Received", received_generic("srv1.reembolsos-clientes.com", "5.188.87.54", "mx.google.com", when)),
                     ("Authentication-Results", "mx.google.com; dkim=none (message not signed); "
                      "spf=softfail (google.com: domain of transitioning info@srv1.reembolsos-clientes.com does not "
                      "designate 5.188.87.54 as permitted sender) smtp.mailfrom=info@srv1.reembolsos-clientes.com; "
                      "dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.es")],
        from_=("Amazon.es", "order-update@amazon.es"), to="pablo.sanchez.r@gmail.com", date=when,
        subject="Se ha cancelado tu pedido de Amazon.es n.\u00ba %s" % order, shape="alt", text=text, html=html,
        cte_text="quoted-printable", cte_html="quoted-printable")

    # 5 Cyrillic homoglyph display name, 'will be cancelled' unless payment verified, HTML only base64
    when = dt(2024, 7, 24, 19, 55, 31, 2)
    html = """<html><head><meta charset="utf-8"></head><body style="background:#f6f6f6;font-family:Helvetica,Arial,sans-serif;">
<div style="max-width:580px;margin:20px auto;background:#fff;padding:26px;border-top:4px solid #ff9900;">
<p style="font-size:22px;font-weight:bold;color:#232f3e;margin:0 0 18px 0;">amazon<span style="color:#ff9900;">.es</span></p>
<p>Estimado/a cliente:</p>
<p>No hemos podido verificar el m\u00e9todo de pago asociado a su pedido <b>n.\u00ba 408-5539012-7784201</b>.</p>
<p><b>Su pedido ser\u00e1 cancelado en 48 horas</b> si no actualiza sus datos de facturaci\u00f3n.</p>
<p style="text-align:center;margin:26px 0;"><a href="https://amzon-pedidos.es/cliente/actualizar?id=408-5539012-7784201" style="background:#ffd814;color:#0f1111;padding:12px 30px;border-radius:20px;text-decoration:none;">Actualizar datos de pago</a></p>
<p>Gracias por confiar en nosotros.<br>Servicio de Atenci\u00f3n al Cliente</p>
<p style="font-size:11px;color:#999;border-top:1px solid #eee;padding-top:10px;">\u00a9 1996-2024, Amazon.com, Inc. o afiliados. Amazon nunca le pedir\u00e1 su contrase\u00f1a por correo electr\u00f3nico.</p>
</div></body></html>
"""
    add(dict(kind="lookalike", language="es", cause="payment_issue", states_reason=True, marketplace=None,
             note="Cyrillic letters in display name, amzon-pedidos.es, 'ser\u00e1 cancelado' unless act"),
        pre_headers=[("Received", received_generic("mail.amzon-pedidos.es", "91.215.85.22", "mx.hotmail.com", when))],
        from_=("\u0410m\u0430zon.es", "no-reply@amzon-pedidos.es"), to="elena.ruiz84@hotmail.es", date=when,
        subject="Aviso: su pedido ser\u00e1 cancelado en 48 horas", shape="html", html=html, cte_html="base64")

    # 6 amazon.com.mx.<evil> style domain, pricing-error claim, asks card data for refund
    when = dt(2024, 8, 30, 9, 9, 9, -6)
    order = "702-6612093-4450187"
    text = """Hola,

Debido a un error en el precio publicado, tu pedido #%s (Pantalla Samsung 65" Crystal UHD 4K, $1,299.00) fue cancelado.

Como compensaci\u00f3n te reembolsaremos el importe m\u00e1s un cup\u00f3n de $500.00. Para recibirlo, ingresa los datos de la tarjeta con la que pagaste:

https://amazon.com.mx-cancelaciones.shop/reembolso?p=%s

Equipo Amazon M\u00e9xico
""" % (order, order)
    html = """<html><body style="font-family:Arial,sans-serif;">
<table width="600"><tr><td style="padding:16px;background:#232f3e;color:#fff;font-size:20px;"><b>amazon</b>.com.mx</td></tr>
<tr><td style="padding:16px;font-size:14px;">
<p>Hola,</p>
<p>Debido a un <b>error en el precio publicado</b>, tu pedido #%s (Pantalla Samsung 65" Crystal UHD 4K, $1,299.00) fue cancelado.</p>
<p>Como compensaci\u00f3n te reembolsaremos el importe m\u00e1s un cup\u00f3n de <b>$500.00</b>. Para recibirlo, ingresa los datos de la tarjeta con la que pagaste:</p>
<p><a href="https://amazon.com.mx-cancelaciones.shop/reembolso?p=%s">Solicitar reembolso</a></p>
<p>Equipo Amazon M\u00e9xico</p></td></tr></table></body></html>
""" % (order, order)
    add(dict(kind="lookalike", language="es", cause="technical_issue", states_reason=True, marketplace=None,
             note="amazon.com.mx-cancelaciones.shop sender, claims pricing error, asks card data for refund"),
        pre_headers=[("Received", received_generic("mx1.amazon.com.mx-cancelaciones.shop", "103.151.226.18",
                                                   "mx.prodigy.net.mx", when))],
        from_=("Amazon M\u00e9xico", "pedidos@amazon.com.mx-cancelaciones.shop"), to="fer.castillo@prodigy.net.mx",
        date=when, subject="Tu pedido #%s fue cancelado por un error de precio" % order, shape="alt",
        text=text, html=html, cte_text="base64", cte_html="8bit")

    # 7 crude yahoo, no order number, no reason, phone number
    when = dt(2024, 10, 21, 23, 40, 2, 2)
    text = """AMAZON

su pedido de amazon fue cancelado.

se cargaran 749,95 EUR a su cuenta si no llama para confirmar la cancelacion.

para mas informacion llamar al +34 911 23 87 40 o entrar en http://amazon-es.atencion-cliente.xyz

Amazon Departamento de Cancelaciones
"""
    add(dict(kind="lookalike", language="es", cause="unknown", states_reason=False, marketplace=None,
             note="crude, yahoo sender, no order number, no reason, callback number"),
        pre_headers=[("Received", received_generic("sonic306-19.consmr.mail.ir2.yahoo.com", "77.238.176.201",
                                                   "mx.google.com", when))],
        from_=("Amazon", "amazon_cancelaciones@yahoo.com"), to="ana.torres@gmail.com", date=when,
        subject="pedido cancelado", shape="text", text=text, cte_text="quoted-printable")

    # 8 Greek homoglyph, amaz0n.es domain, too-short order number, claims customer-requested cancellation
    when = dt(2024, 11, 19, 8, 27, 50, 1)
    base = "https://amaz0n.es"
    order = "405-1234567"
    paras = ["Hemos recibido tu solicitud de cancelaci\u00f3n del pedido n.\u00ba 405-1234567 y la hemos procesado.",
             "Si no has solicitado esta cancelaci\u00f3n, es posible que otra persona tenga acceso a tu cuenta. "
             "Haz clic en el bot\u00f3n para anular la cancelaci\u00f3n y proteger tu cuenta.",
             "Por tu seguridad, el enlace caduca en 12 horas."]
    items = [("Nintendo Switch OLED con Joy-Con blancos", "Amazon EU S.\u00e0 r.l.", 1, "319,99 \u20ac")]
    cta = ("No he solicitado esta cancelaci\u00f3n", base + "/ap/signin?cancel=405-1234567")
    add(dict(kind="lookalike", language="es", cause="customer_request", states_reason=True, marketplace=None,
             note="Greek omicron in display name, amaz0n.es sender, order number too short, 'you requested' pretext"),
        pre_headers=[("Received", received_generic("mail.amaz0n.es", "185.196.10.44", "mx.google.com", when))],
        from_=("Amaz\u03bfn.es", "avisos@amaz0n.es"), to="raul.dominguez@gmail.com", date=when,
        subject="Confirmaci\u00f3n de cancelaci\u00f3n de tu pedido de Amazon.es", shape="alt",
        text=amz_text("amazon.es", "Cancelaci\u00f3n", order, "Hola:", paras, items, None,
                      ["Amazon.es"], None, None, cta=cta),
        html=amz_html("amazon.es", "Cancelaci\u00f3n", order, "Hola:", paras, items, None, ["Amazon.es"],
                      security_footer("amazon.es")[:1], LEGAL["amazon.es"], base=base, cta=cta, pixel=False),
        cte_text="base64", cte_html="base64")


# ==========================================================================
def main():
    fr_notices(); fr_non_notices(); fr_lookalikes()
    es_notices(); es_non_notices(); es_lookalikes()
    order = list(range(len(MAILS)))
    R2 = random.Random(SEED + 1)
    R2.shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = "%s%03d.eml" % (PREFIX, n)
        msg = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(msg.as_bytes())
        lab = dict(file=name)
        lab.update(m["label"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
