#!/usr/bin/env python3
"""Regenerates blind batch z2 (fr / es / pt): mail/*.eml and labels.json.

Run:  python3 make.py
Everything is deterministic (fixed seed, fixed boundaries and dates).
"""
import base64
import datetime
import json
import os
import quopri
import random
import string
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from html import escape

SEED = 20250202
random.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "z2"

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def rtok(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(random.choice(alphabet) for _ in range(n))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def trk(mp, path, ref):
    """Amazon style click-tracking redirect (gp/r.html) pointing back to mp."""
    from urllib.parse import quote
    target = "https://www.%s%s%sref_=%s" % (mp, path, "&" if "?" in path else "?", ref)
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (mp, rtok(13), rtok(14), datetime.date(2025, 1, 1).strftime("%Y%m%d") + hexs(24),
               rtok(12), quote(target, safe=""), rtok(28, string.ascii_letters + string.digits), ref))


def dt(y, mo, d, h, mi, s=0, off=0):
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def boundary_part():
    return "----=_Part_%d_%d.%d" % (random.randint(1000000, 99999999),
                                    random.randint(100000000, 2099999999),
                                    random.randint(1600000000000, 1760000000000))


def boundary_plain():
    return hexs(28)


def ses_msgid(region="eu-west-1"):
    return "<0102%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        hexs(12), hexs(8), hexs(4), hexs(4), hexs(12), region)


def auth_pass(mp, selector=None):
    sel = selector or random.choice(["4rrcbgt5wn6hxqmxn3i7aiy3k6xvaqyx", "bdrsw4nnlvfdqgyfivsmrdamc3alwhy5",
                                     "ae5c7axyyzrvi2mxdrb7a6g4nqgpmzkx", "xw7m2tdc3dcnjdtm4bnsp3cmrcnf6wwp"])
    return ("mx.mailbox.example;\n\tdkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
            "\tspf=pass (mailbox.example: domain of %s@bounces.%s designates\n\t54.240.%d.%d as permitted sender)"
            " smtp.mailfrom=bounces.%s;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mp, mp, sel, rtok(8, string.ascii_letters + string.digits), hexs(16), mp,
               random.randint(0, 255), random.randint(1, 254), mp, mp))


def auth_generic(dom, dkim="pass", spf="pass", dmarc="pass", from_dom=None, ip=None):
    fd = from_dom or dom
    ip = ip or "%d.%d.%d.%d" % (random.randint(23, 212), random.randint(0, 255),
                                random.randint(0, 255), random.randint(1, 254))
    dk = ("dkim=%s header.d=%s header.s=s1 header.b=%s" % (dkim, dom, rtok(8, string.ascii_letters + string.digits))
          if dkim != "none" else "dkim=none (message not signed)")
    return ("mx.mailbox.example;\n\t%s;\n\tspf=%s (mailbox.example: sender IP is %s) smtp.mailfrom=%s;\n"
            "\tdmarc=%s header.from=%s" % (dk, spf, ip, dom, dmarc, fd))


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------

def text_part(body, subtype, charset, cte, top=False):
    raw = body.encode(charset)
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")  # must be pure ASCII
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    if not top:
        del p["MIME-Version"]
    return p


def enc_header(value, charset, name):
    """RFC 2047-encode (pre-folded at 76 columns) when not plain ASCII."""
    try:
        value.encode("ascii")
        if len(value) + len(name) + 2 <= 78:
            return value
        # fold long ASCII subjects at a space
        words, lines, cur = value.split(" "), [], name + ":"
        out = []
        for w in words:
            if len(cur) + 1 + len(w) > 76 and out:
                lines.append(" ".join(out))
                out, cur = [], ""
            out.append(w)
            cur += " " + w
        lines.append(" ".join(out))
        return "\n ".join(lines)
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode(maxlinelen=76)


def addr_header(value, charset):
    from email.utils import parseaddr
    nm, ad = parseaddr(value)
    return formataddr((nm, ad), charset) if nm else ad


def build(e):
    fmt = e["fmt"]
    cs = e.get("charset", "utf-8")
    cte = e.get("cte", "quoted-printable")
    hcs = e.get("hcharset", "utf-8" if cs in ("utf-8",) else cs)
    if fmt == "text":
        body = text_part(e["text"], "plain", cs, cte, top=True)
    elif fmt == "html":
        body = text_part(e["html"], "html", cs, cte, top=True)
    elif fmt == "alt":
        body = MIMEMultipart("alternative", boundary=e.get("boundary") or boundary_part())
        body.attach(text_part(e["text"], "plain", cs, cte))
        body.attach(text_part(e["html"], "html", cs, cte))
    else:
        raise ValueError(fmt)
    ctype_headers = [(k, v) for k, v in body.items()]
    for k in set(k for k, _ in ctype_headers):
        del body[k]
    # header order: trace/auth headers first, then originator fields, then MIME
    rcpt = e["to"].rsplit("<", 1)[-1].rstrip(">").strip()
    for k, v in e.get("trace", []):
        body[k] = v.replace("<recipient>", "<%s>" % rcpt)
    name, addr = e["from"]
    body["From"] = formataddr((name, addr), hcs) if name else addr
    if e.get("reply_to"):
        body["Reply-To"] = e["reply_to"]
    body["To"] = addr_header(e["to"], hcs)
    if e.get("cc"):
        body["Cc"] = addr_header(e["cc"], hcs)
    body["Subject"] = enc_header(e["subject"], hcs, "Subject")
    body["Date"] = e["date"]
    body["Message-ID"] = e.get("msgid") or "<%s.%s@%s>" % (hexs(16), hexs(8), addr.split("@")[1])
    for k, v in e.get("extra", []):
        body[k] = v
    for k, v in ctype_headers:
        if k == "MIME-Version":
            body[k] = v
    for k, v in ctype_headers:
        if k != "MIME-Version":
            body[k] = v
    return body


# --------------------------------------------------------------------------
# genuine Amazon template (layout modelled on the real notification mails)
# --------------------------------------------------------------------------

LUX = ("Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Capital social : "
       "37 500 EUR. RCS Luxembourg : B-101818. Numéro de licence : 134248. TVA : LU 20260743.")

BUNDLES = {
    "amazon.fr": dict(
        site="Amazon.fr", lang="fr", orders="Vos commandes", account="Votre compte",
        hello="Bonjour {name},", order="Commande n°", qty="Quantité", seller="Vendu par",
        total="Montant total de la commande :", items_head="Article(s) annulé(s)",
        help_txt="Si vous avez besoin d'aide, consultez notre Service Client :",
        help_lnk="Service Client", bye="Nous espérons vous revoir bientôt.",
        cs_path="/gp/help/customer/display.html?nodeId=508510",
        sec=["Amazon.fr ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonnées "
             "bancaires complètes ou un code de vérification par e-mail, par SMS ou par téléphone.",
             "Si le numéro de votre carte a changé ou si elle a expiré, mettez-la à jour dans Votre compte, "
             "rubrique Vos paiements.",
             "Vous avez reçu un e-mail suspect qui semble provenir d'Amazon ? Ne cliquez sur aucun lien et "
             "signalez-le. Pour en savoir plus : Identifier les e-mails, appels et SMS frauduleux"],
        sec_path="/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG",
        noreply="Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.",
        legal=LUX, cur="{} €"),
    "amazon.ca": dict(
        site="Amazon.ca", lang="fr", orders="Vos commandes", account="Votre compte",
        hello="Bonjour {name},", order="Commande n°", qty="Quantité", seller="Vendu par",
        total="Total de la commande :", items_head="Articles annulés",
        help_txt="Pour obtenir de l'aide, visitez le Service à la clientèle :",
        help_lnk="Service à la clientèle", bye="Au plaisir de vous revoir bientôt.",
        cs_path="/gp/help/customer/display.html?nodeId=508510&language=fr_CA",
        sec=["Amazon.ca ne vous demandera jamais votre mot de passe ni vos renseignements de paiement complets "
             "par courriel, par texto ou au téléphone.",
             "Si votre carte de crédit a été remplacée ou si son numéro a changé, mettez-la à jour dans "
             "Votre compte > Vos paiements.",
             "Pour signaler un courriel suspect ou en savoir plus sur l'hameçonnage, consultez la page "
             "Courriels, appels et textos suspects"],
        sec_path="/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG&language=fr_CA",
        noreply="Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir de courriels. Veuillez ne pas y répondre.",
        legal="Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto (Ontario) M5H 3Y2, Canada.",
        cur="{} $"),
    "amazon.com.be": dict(
        site="Amazon.com.be", lang="fr", orders="Vos commandes", account="Votre compte",
        hello="Bonjour {name},", order="Commande n°", qty="Quantité", seller="Vendu par",
        total="Montant de la commande :", items_head="Article(s) concerné(s)",
        help_txt="Besoin d'aide ? Rendez-vous sur notre Service Client :",
        help_lnk="Service Client", bye="À bientôt sur Amazon.com.be.",
        cs_path="/gp/help/customer/display.html?nodeId=508510&language=fr_BE",
        sec=["Amazon ne vous demandera jamais de fournir votre mot de passe ou vos informations de paiement "
             "par e-mail ou par téléphone, ni de les saisir sur un site autre que Amazon.com.be.",
             "Si vous avez un doute sur l'authenticité d'un message, ne cliquez pas sur ses liens : ouvrez "
             "l'application Amazon ou tapez vous-même www.amazon.com.be dans votre navigateur.",
             "Signaler un e-mail suspect : Centre d'aide Amazon.com.be, rubrique Sécurité"],
        sec_path="/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG&language=fr_BE",
        noreply="Ce message a été envoyé depuis une adresse e-mail ne pouvant pas recevoir de réponses.",
        legal=LUX, cur="{} €"),
    "amazon.es": dict(
        site="Amazon.es", lang="es", orders="Mis pedidos", account="Mi cuenta",
        hello="Hola, {name}:", order="Pedido n.º", qty="Cantidad", seller="Vendido por",
        total="Total del pedido:", items_head="Artículos cancelados",
        help_txt="Si necesitas ayuda, visita nuestro Servicio de Atención al Cliente:",
        help_lnk="Atención al Cliente", bye="Esperamos volver a verte pronto.",
        cs_path="/gp/help/customer/display.html?nodeId=508510",
        sec=["Amazon.es nunca te pedirá por correo electrónico, SMS o teléfono que le facilites tu contraseña, "
             "los datos completos de tu tarjeta ni códigos de verificación.",
             "Si el número de tu tarjeta ha cambiado o ha caducado, actualízala en Mi cuenta > Tus pagos.",
             "Si recibes un correo sospechoso que parezca de Amazon, no hagas clic en sus enlaces y denúncialo. "
             "Más información: Identificar correos electrónicos, llamadas y SMS sospechosos"],
        sec_path="/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG",
        noreply="Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas.",
        legal=LUX.replace("Capital social : 37 500 EUR. RCS Luxembourg : B-101818. Numéro de licence : 134248. TVA : LU 20260743.",
                          "Capital social: 37.500 EUR. RCS Luxemburgo: B-101818. Licencia n.º: 134248. IVA: LU 20260743."),
        cur="{} €"),
    "amazon.com.mx": dict(
        site="Amazon.com.mx", lang="es", orders="Mis pedidos", account="Mi cuenta",
        hello="Hola {name}:", order="Pedido #", qty="Cantidad", seller="Vendido por",
        total="Total del pedido:", items_head="Artículos cancelados",
        help_txt="Si necesitas ayuda, visita Servicio al Cliente:",
        help_lnk="Servicio al Cliente", bye="Esperamos verte de nuevo pronto.",
        cs_path="/gp/help/customer/display.html?nodeId=508510",
        sec=["Amazon.com.mx nunca te pedirá tu contraseña, el número completo de tu tarjeta ni códigos de "
             "verificación por correo electrónico, mensaje de texto o llamada.",
             "Si el número de tu tarjeta cambió o ya venció, actualízala en Mi cuenta > Tus pagos.",
             "¿Recibiste un correo sospechoso? No abras los enlaces y repórtalo. Más información: "
             "Correos electrónicos, llamadas y mensajes de texto sospechosos"],
        sec_path="/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG",
        noreply="Este correo se envió desde una dirección que no puede recibir mensajes. Por favor, no respondas.",
        legal="Servicios Comerciales Amazon México, S. de R.L. de C.V., Juan Salvador Agraz 73, piso 3, "
              "Santa Fe, Cuajimalpa de Morelos, 05348, Ciudad de México.",
        cur="${}"),
    "amazon.com.br": dict(
        site="Amazon.com.br", lang="pt", orders="Seus pedidos", account="Sua conta",
        hello="Olá, {name},", order="Pedido nº", qty="Quantidade", seller="Vendido por",
        total="Total do pedido:", items_head="Itens cancelados",
        help_txt="Se precisar de ajuda, acesse o Atendimento ao Cliente:",
        help_lnk="Atendimento ao Cliente", bye="Esperamos vê-lo novamente em breve.",
        cs_path="/gp/help/customer/display.html?nodeId=508510",
        sec=["A Amazon nunca solicitará sua senha, os dados completos do seu cartão, códigos de verificação "
             "ou pagamentos via Pix por e-mail, SMS, WhatsApp ou telefone.",
             "Se o número do seu cartão mudou ou ele venceu, atualize-o em Sua conta > Seus pagamentos.",
             "Recebeu um e-mail suspeito em nome da Amazon? Não clique nos links e denuncie. Saiba mais em "
             "Identificar e-mails, ligações e mensagens suspeitas"],
        sec_path="/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG",
        noreply="Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não responda.",
        legal="Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. Av. Juscelino Kubitschek, "
              "2041, Torre E, 18º andar, São Paulo - SP, CEP 04543-011.",
        cur="R$ {}"),
}

AMZ_CSS = """body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; font:12px Arial, sans-serif; color:#333333; }
#header .logo { width:150px; padding:14px 0 10px 20px; }
#header .navigation { font:12px Arial, sans-serif; text-align:right; padding:0 20px 0 0; }
#header .navigation a { color:#006699; text-decoration:none; }
#header .title { text-align:right; padding:0 20px 12px 0; border-bottom:1px solid #cccccc; }
#header .title h2 { font:20px Arial, sans-serif; color:#cc6600; margin:0; }
#summary td, #reason td, #closing td { padding:14px 20px 4px 20px; font:13px Arial, sans-serif; line-height:19px; }
.heading { font:16px Arial, sans-serif; color:#cc6600; }
#orderDetails { width:600px; margin:10px 20px; border-top:3px solid #2a8bc1; }
#orderDetails td { padding:8px 6px; border-bottom:1px solid #eaeaea; font:13px Arial, sans-serif; vertical-align:top; }
#orderDetails .price { text-align:right; white-space:nowrap; }
.small { font:11px Arial, sans-serif; color:#666666; }
#legal td { padding:12px 20px; font:11px Arial, sans-serif; line-height:15px; color:#777777; border-top:1px solid #cccccc; }
#legal a { color:#006699; }"""


def amz_notice(mp, name, heading, order_no, intro, items, paras_after, total=None,
               reason_line=None, extra_links=None, refp="ocnc", items_head=None):
    """Return (text, html) of an Amazon-styled notification mail.

    intro / paras_after are lists of paragraphs (plain text, HTML-escaped here).
    items: list of (title, qty, price_str, seller).
    reason_line: optional (label, value) shown under the item table.
    extra_links: list of (label, path) appended as plain links in the text part.
    """
    b = dict(BUNDLES[mp])
    if items_head:
        b["items_head"] = items_head
    site = b["site"]
    u_orders = trk(mp, "/gp/css/order-history", "pe_%s_or" % refp)
    u_acct = trk(mp, "/gp/css/homepage.html", "pe_%s_ya" % refp)
    u_home = trk(mp, "/", "pe_%s_logo" % refp)
    u_order = trk(mp, "/gp/your-account/order-details?orderID=" + order_no, "pe_%s_od" % refp)
    u_cs = "https://www.%s%s" % (mp, b["cs_path"])
    u_sec = "https://www.%s%s" % (mp, b["sec_path"])

    # ---- text ----
    t = []
    t.append("%s %s" % (site, heading))
    t.append("%s %s" % (b["order"], order_no))
    t.append("https://www.%s/ref=TE_tex_g" % mp)
    t.append("")
    t.append("_" * 75)
    t.append("")
    t.append(b["hello"].format(name=name))
    t.append("")
    for p in intro:
        t.append(p)
        t.append("")
    if items:
        t.append(b["items_head"] + " :" if b["lang"] == "fr" else b["items_head"] + ":")
        t.append("")
        for title, qty, price, seller in items:
            t.append("    " + title)
            t.append("    %s : %s" % (b["qty"], qty) if b["lang"] == "fr" else "    %s: %s" % (b["qty"], qty))
            if seller:
                t.append("    %s %s" % (b["seller"], seller))
            if price:
                t.append("    " + price)
            t.append("")
    if reason_line:
        t.append("%s %s" % reason_line)
        t.append("")
    if total:
        t.append("%s %s" % (b["total"], total))
        t.append("")
    for p in paras_after:
        t.append(p)
        t.append("")
    for label, path in (extra_links or []):
        t.append("%s : https://www.%s%s" % (label, mp, path) if b["lang"] == "fr"
                 else "%s: https://www.%s%s" % (label, mp, path))
    t.append("%s: https://www.%s/gp/css/order-history" % (b["orders"], mp))
    t.append("=" * 76)
    t.append("")
    t.append("%s %s" % (b["help_txt"], u_cs))
    t.append("")
    t.append(b["bye"])
    t.append(site)
    t.append("_" * 75)
    t.append("")
    for s in b["sec"][:-1]:
        t.append(s)
        t.append("")
    t.append("%s : %s" % (b["sec"][-1], u_sec) if b["lang"] == "fr" else "%s: %s" % (b["sec"][-1], u_sec))
    t.append("")
    t.append(b["legal"])
    t.append("")
    t.append(b["noreply"])
    t.append("")
    text = "\n".join(t)

    # ---- html ----
    H = []
    a = H.append
    a('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    a('<html xmlns="https://www.w3.org/1999/xhtml" lang="%s">' % b["lang"])
    a(' <head>')
    a('  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />')
    a('  <meta name="format-detection" content="telephone=no" />')
    a('  <meta name="viewport" content="width=device-width, initial-scale=1.0" />')
    a('  <title>%s</title>' % escape(heading))
    a('  <style type="text/css">')
    a(AMZ_CSS)
    a('  </style>')
    a(' </head>')
    a(' <body><img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:%s&amp;R=%s&amp;T=O&amp;ref_=pe_%s_op" alt="" />'
      % (mp, rtok(13), hexs(30), rtok(12), refp))
    a('  <table id="container" cellpadding="0" cellspacing="0" align="center">')
    a('   <tbody>')
    a('    <tr>')
    a('     <td class="frame">')
    a('      <table id="main" cellpadding="0" width="640">')
    a('       <tbody>')
    a('        <tr>')
    a('         <td>')
    a('          <table id="header" cellpadding="0" width="640">')
    a('           <tbody>')
    a('            <tr>')
    a('             <td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://m.media-amazon.com/images/G/01/x-locale/common/transparent-pixel._V386942464_.gif" width="115" height="30" border="0" /></a></td>' % (escape(u_home), site))
    a('             <td class="navigation">')
    a('              <table align="right"><tbody><tr>')
    a('                 <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>' % (escape(u_orders), escape(b["orders"])))
    a('                 <td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>' % (escape(u_acct), escape(b["account"])))
    a('                 <td><a class="last" href="%s">%s</a></td>' % (escape(u_home), site))
    a('              </tr></tbody></table>')
    a('             </td>')
    a('            </tr>')
    a('            <tr>')
    a('             <td class="title"><h2>%s</h2> %s<a href="%s">%s</a></td>' % (escape(heading), escape(b["order"]), escape(u_order), order_no))
    a('            </tr>')
    a('           </tbody>')
    a('          </table></td>')
    a('        </tr>')
    a('        <tr>')
    a('         <td>')
    a('          <table id="summary" cellpadding="0" width="640">')
    a('           <tbody>')
    a('            <tr>')
    a('             <td><span class="heading">%s</span>' % escape(b["hello"].format(name=name)))
    for p in intro:
        a('              <p>%s</p>' % escape(p))
    a('             </td>')
    a('            </tr>')
    a('           </tbody>')
    a('          </table></td>')
    a('        </tr>')
    if items:
        a('        <tr>')
        a('         <td>')
        a('          <table id="orderDetails" cellpadding="0" cellspacing="0">')
        a('           <tbody>')
        a('            <tr><td colspan="3"><span class="heading">%s</span></td></tr>' % escape(b["items_head"]))
        for title, qty, price, seller in items:
            a('            <tr>')
            a('             <td width="70"><img src="https://m.media-amazon.com/images/I/%s._SS70_.jpg" width="70" height="70" alt="" /></td>' % rtok(11, string.ascii_letters + string.digits))
            a('             <td><a href="%s" style="color:#006699;text-decoration:none">%s</a><br />' % (escape(trk(mp, "/dp/B0" + rtok(8), "pe_%s_dp" % refp)), escape(title)))
            a('              <span class="small">%s : %s</span>' % (escape(b["qty"]), qty) if b["lang"] == "fr"
              else '              <span class="small">%s: %s</span>' % (escape(b["qty"]), qty))
            if seller:
                a('              <br /><span class="small">%s %s</span>' % (escape(b["seller"]), escape(seller)))
            a('             </td>')
            a('             <td class="price">%s</td>' % escape(price or ""))
            a('            </tr>')
        if reason_line:
            a('            <tr><td colspan="3"><b>%s</b> %s</td></tr>' % (escape(reason_line[0]), escape(reason_line[1])))
        if total:
            a('            <tr><td colspan="2" style="text-align:right"><b>%s</b></td><td class="price"><b>%s</b></td></tr>' % (escape(b["total"]), escape(total)))
        a('           </tbody>')
        a('          </table></td>')
        a('        </tr>')
    if paras_after:
        a('        <tr>')
        a('         <td>')
        a('          <table id="reason" cellpadding="0" width="640">')
        a('           <tbody>')
        a('            <tr>')
        a('             <td>')
        for p in paras_after:
            a('              <p>%s</p>' % escape(p))
        for label, path in (extra_links or []):
            a('              <p><a href="%s" style="color:#006699">%s</a></p>' % (escape(trk(mp, path, "pe_%s_x" % refp)), escape(label)))
        a('             </td>')
        a('            </tr>')
        a('           </tbody>')
        a('          </table></td>')
        a('        </tr>')
    a('        <tr>')
    a('         <td>')
    a('          <table id="closing" cellpadding="0" width="640">')
    a('           <tbody>')
    a('            <tr>')
    lead = b["help_txt"].rstrip(" :")
    if lead.endswith(b["help_lnk"]):
        lead = lead[:-len(b["help_lnk"])].rstrip()
    a('             <td>%s <a href="%s" style="color:#006699">%s</a>.' % (escape(lead), escape(u_cs), escape(b["help_lnk"])))
    a('              <p><br />%s<br /><span class="signature"><strong>%s</strong></span></p>' % (escape(b["bye"]), site))
    a('             </td>')
    a('            </tr>')
    a('           </tbody>')
    a('          </table></td>')
    a('        </tr>')
    a('        <tr>')
    a('         <td>')
    a('          <table id="legal" cellpadding="0" width="640">')
    a('           <tbody>')
    a('            <tr>')
    a('             <td>')
    for s in b["sec"][:-1]:
        a('              <p>%s</p>' % escape(s))
    last = b["sec"][-1]
    head, _, link = last.rpartition(": ") if ": " in last else ("", "", last)
    head = head.rstrip()
    if head:
        a('              <p>%s : <a href="%s">%s</a></p>' % (escape(head), escape(u_sec), escape(link)) if b["lang"] == "fr"
          else '              <p>%s: <a href="%s">%s</a></p>' % (escape(head), escape(u_sec), escape(link)))
    else:
        a('              <p><a href="%s">%s</a></p>' % (escape(u_sec), escape(last)))
    a('              <p>%s</p>' % escape(b["legal"]))
    a('              <p>%s</p>' % escape(b["noreply"]))
    a('             </td>')
    a('            </tr>')
    a('           </tbody>')
    a('          </table></td>')
    a('        </tr>')
    a('       </tbody>')
    a('      </table></td>')
    a('    </tr>')
    a('   </tbody>')
    a('  </table>')
    a(' </body>')
    a('</html>')
    html = "\n".join(H) + "\n"
    return text, html


def amz_trace(mp, when_rcv, auth):
    """Trace headers of a genuine Amazon SES-delivered mail."""
    region = "us-east-1" if mp in ("amazon.ca", "amazon.com.mx", "amazon.com.br") else "eu-west-1"
    ip = "54.240.%d.%d" % (random.randint(0, 255), random.randint(1, 254))
    tr = [("Return-Path", "<%s%s@bounces.%s>" % ("2025" + hexs(6), hexs(20), mp))]
    host = "a%s.smtp-out.amazonses.com" % ip.split(".", 1)[1].replace(".", "-")
    tr.append(("Received", "from %s (%s [%s])\n"
                           "\tby mx.mailbox.example with ESMTPS id %s\n\tfor <recipient>; %s"
               % (host, host, ip, rtok(12), when_rcv)))
    if auth:
        tr.insert(0, ("Authentication-Results", auth_pass(mp)))
    return tr, region


def amz_extra(mp, region):
    return [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", "%s@bounces.%s" % ("2025" + hexs(16), mp)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("X-SES-Outgoing", "2025.%02d.%02d-54.240.%d.%d" % (random.randint(1, 12), random.randint(1, 28),
                                                               random.randint(0, 255), random.randint(1, 254))),
            ("Feedback-ID", "1.%s.%s=:AmazonSES" % (region, rtok(43, string.ascii_letters + string.digits + "+/")))]


def phish_trace(helo, ip, when, auth=None, mailfrom=None):
    tr = []
    if auth:
        tr.append(("Authentication-Results", auth))
    if mailfrom:
        tr.append(("Return-Path", "<%s>" % mailfrom))
    tr.append(("Received", "from %s (%s [%s])\n\tby mx.mailbox.example with ESMTP id %s\n\tfor <recipient>; %s"
               % (helo, helo, ip, rtok(12), when)))
    return tr


EMAILS = []


def add(**e):
    EMAILS.append(e)


def notice(mp, sender, name, to, subject, date, rcv, auth, fmt, charset, cte, cause, states_reason, note,
           heading, order_no, intro=(), items=(), after=(), total=None, reason_line=None, extra_links=None,
           text_override=None, html_override=None, reply_to=None, refp="ocnc", items_head=None):
    text, html = amz_notice(mp, name, heading, order_no, intro, items, after, total=total,
                            reason_line=reason_line, extra_links=extra_links, refp=refp, items_head=items_head)
    if text_override:
        text = text_override
    if html_override:
        html = html_override
    tr, region = amz_trace(mp, rcv, auth)
    add(kind="notice", lang=BUNDLES[mp]["lang"], cause=cause, states_reason=states_reason, marketplace=mp,
        note=note, fmt=fmt, charset=charset, cte=cte, trace=tr,
        **{"from": (BUNDLES[mp]["site"], "%s@%s" % (sender, mp))},
        reply_to=reply_to or "no-reply@%s" % mp, to=to, subject=subject, date=date,
        msgid=ses_msgid(region), extra=amz_extra(mp, region), text=text, html=html, boundary=boundary_part())


def other(kind, lang, cause, states_reason, note, frm, to, subject, date, fmt, charset="utf-8", cte="quoted-printable",
          text=None, html=None, trace=None, reply_to=None, extra=None, marketplace=None, msgid=None, hcharset=None, cc=None):
    e = dict(kind=kind, lang=lang, cause=cause, states_reason=states_reason, marketplace=marketplace, note=note,
             fmt=fmt, charset=charset, cte=cte, trace=trace or [], to=to, subject=subject, date=date,
             text=text, html=html, reply_to=reply_to, extra=extra or [], msgid=msgid, cc=cc)
    e["from"] = frm
    if hcharset:
        e["hcharset"] = hcharset
    if fmt == "alt":
        e["boundary"] = boundary_part() if random.random() < 0.5 else boundary_plain()
    add(**e)


def simple_html(body_html, lang="fr", title="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n</head>\n'
            '<body style="%s">\n%s\n</body>\n</html>\n' % (lang, escape(title), style, body_html))


def fake_amz_html(lang, brand, heading, paras_html, button=None, footer_html="", order_line=""):
    """Polished phishing layout imitating the Amazon header/table structure."""
    btn = ""
    if button:
        href, label = button
        btn = ('<table cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td style="background:#FFD814;'
               'border:1px solid #FCD200;border-radius:8px;padding:10px 26px;font:14px Arial,sans-serif">'
               '<a href="%s" style="color:#0F1111;text-decoration:none">%s</a></td></tr></table>' % (escape(href), escape(label)))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <title>%s</title>
 </head>
 <body style="margin:0;padding:0;background:#ffffff">
  <table id="container" cellpadding="0" cellspacing="0" width="640" align="center" style="font:13px Arial,sans-serif;color:#333">
   <tr>
    <td style="padding:14px 20px;border-bottom:1px solid #ccc">
     <table width="100%%"><tr>
      <td><span style="font:bold 26px Arial,sans-serif;color:#111">%s</span></td>
      <td align="right"><h2 style="font:20px Arial,sans-serif;color:#cc6600;margin:0">%s</h2>%s</td>
     </tr></table>
    </td>
   </tr>
   <tr>
    <td style="padding:16px 20px;line-height:19px">
%s
%s
    </td>
   </tr>
   <tr>
    <td style="padding:12px 20px;font:11px Arial,sans-serif;color:#777;border-top:1px solid #ccc">%s</td>
   </tr>
  </table>
 </body>
</html>
""" % (lang, escape(heading), escape(brand), escape(heading), order_line, paras_html, btn, footer_html)


# ==========================================================================
# FRENCH  (amazon.fr, amazon.ca, amazon.com.be)
# ==========================================================================

# ---------------- notices ----------------
notice("amazon.fr", "order-update", "Camille", "Camille Lefèvre <camille.lefevre@free.fr>",
       "Votre commande Amazon.fr n°405-3318207-6654712 a été annulée",
       dt(2025, 3, 4, 9, 12, 41), dt(2025, 3, 4, 9, 12, 44), True, "alt", "utf-8", "quoted-printable",
       "inventory_shortage", True, "supplier can no longer supply the item, no restock date",
       "Commande annulée", "405-3318207-6654712",
       ["Nous sommes désolés de vous informer que nous avons dû annuler votre commande n°405-3318207-6654712.",
        "L'article ci-dessous n'est malheureusement plus disponible auprès de notre fournisseur et nous ne sommes "
        "pas en mesure de vous indiquer une date de réapprovisionnement."],
       [("Tefal Ingenio Easy On Batterie de cuisine 10 pièces, Inox, compatible induction", 1, "89,99 €",
         "Amazon EU S.à r.l.")],
       ["Votre moyen de paiement n'a pas été débité pour cet article. Si une autorisation temporaire apparaît "
        "sur votre relevé, elle sera levée automatiquement par votre banque sous quelques jours ouvrés.",
        "Si vous souhaitez toujours acquérir ce produit, d'autres vendeurs le proposent peut-être sur sa page "
        "détaillée. Nous vous prions de nous excuser pour la gêne occasionnée."],
       total="89,99 €", refp="ocnc_fr")

notice("amazon.fr", "payments-messages", "Mathilde", "mathilde.roussel@laposte.net",
       "Votre commande Amazon.fr n°407-8826130-2290755 a été annulée",
       dt(2025, 4, 12, 6, 3, 18), dt(2025, 4, 12, 6, 3, 20), False, "text", "iso-8859-15", "quoted-printable",
       "payment_issue", True, "card refused, payment revision not made before deadline",
       "Commande annulée", "407-8826130-2290755", [], [], refp="pay_fr",
       text_override="""Amazon.fr
_________________________________________________________________________

Bonjour Mathilde,

Nous vous avons écrit le 8 avril afin de vous demander de mettre à jour
les informations de paiement de votre commande n°407-8826130-2290755.

La carte bancaire Visa se terminant par 4417 a été refusée par votre
banque et nous n'avons pas reçu de nouvelles informations de paiement
dans le délai imparti. Nous avons donc annulé les articles suivants :

    1 x Philips Series 5000 Tondeuse barbe et cheveux, BT5522/15
        Vendu par : Amazon EU S.à r.l.
        39,99 €

    1 x Oral-B Brossettes de rechange Pro Cross Action, 10 pièces
        Vendu par : Amazon EU S.à r.l.
        27,49 €

Aucun montant n'a été débité. Si vous souhaitez toujours acheter ces
articles, veuillez passer une nouvelle commande sur Amazon.fr.

Pour vérifier ou mettre à jour vos moyens de paiement, rendez-vous dans
Votre compte > Vos paiements :
https://www.amazon.fr/cpe/yourpayments/wallet

Pour en savoir plus sur les paiements refusés :
https://www.amazon.fr/gp/help/customer/display.html?nodeId=G3QBXA8LSZEHCK6R

Nous espérons vous revoir bientôt.
Amazon.fr

_________________________________________________________________________

Amazon.fr ne vous demandera jamais de lui communiquer votre mot de passe,
votre numéro de carte complet ou un code reçu par SMS par e-mail ou par
téléphone. Si le numéro de votre carte a changé, mettez-le à jour
directement dans Votre compte, jamais via un lien reçu par e-mail.
Signalez les e-mails suspects : https://www.amazon.fr/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG

Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails.
Merci de ne pas y répondre.
""")

notice("amazon.ca", "order-update", "Gabriel", "Gabriel Tremblay <gtremblay@videotron.ca>",
       "Annulation de votre commande Amazon.ca n°702-4471903-3386641",
       dt(2025, 1, 17, 15, 44, 2), dt(2025, 1, 17, 15, 44, 5), True, "html", "utf-8", "base64",
       "technical_issue", True, "price display error, order cancelled per conditions of use",
       "Commande annulée", "702-4471903-3386641",
       ["Nous vous écrivons au sujet de votre commande n°702-4471903-3386641 passée le 16 janvier.",
        "En raison d'une erreur d'affichage du prix sur la page détaillée de l'article, l'offre a été publiée à "
        "un prix nettement inférieur à sa valeur réelle. Conformément à nos Conditions d'utilisation, nous avons "
        "annulé cette commande."],
       [("Sony WH-1000XM5 Casque sans fil à réduction de bruit, Noir", 1, "39,99 $", "Amazon.com.ca ULC")],
       ["Aucun montant n'a été porté à votre carte de crédit. L'article est de nouveau offert à son prix "
        "courant sur Amazon.ca.",
        "Nous sommes désolés de ce contretemps et vous remercions de votre compréhension."],
       total="45,19 $", refp="ocnc_ca")

notice("amazon.com.be", "order-update", "Sophie", "Sophie Peeters <sophie.peeters@skynet.be>",
       "Votre commande Amazon.com.be n°403-6120958-7741320 a été annulée",
       dt(2025, 2, 21, 19, 27, 55), dt(2025, 2, 21, 19, 27, 58), False, "alt", "utf-8", "8bit",
       "fraud_prevention", True, "unusual account activity, account on hold, order cancelled",
       "Commande annulée", "403-6120958-7741320",
       ["Lors d'une vérification de routine, nous avons constaté une activité inhabituelle sur votre compte "
        "Amazon.com.be. Par mesure de sécurité, nous avons temporairement suspendu votre compte et annulé votre "
        "commande n°403-6120958-7741320."],
       [("Apple AirPods Pro (2e génération) avec boîtier MagSafe (USB-C)", 1, "249,00 €", "Amazon EU S.à r.l."),
        ("Carte cadeau Amazon.com.be - E-mail - 100 €", 1, "100,00 €", "Amazon EU S.à r.l.")],
       ["Pour rétablir l'accès à votre compte, ouvrez l'application Amazon ou saisissez vous-même "
        "www.amazon.com.be dans votre navigateur, puis connectez-vous et suivez les instructions affichées. "
        "Il pourra vous être demandé de confirmer votre identité ou votre moyen de paiement.",
        "Aucun montant n'a été prélevé pour cette commande. Tant que la vérification n'est pas terminée, les "
        "autres commandes en attente sur ce compte pourraient également être annulées."],
       total="349,00 €", refp="acc_be")

notice("amazon.fr", "auto-confirm", "Julien", "julien.marchand@gmail.com",
       "Annulation réussie d'un article de votre commande Amazon.fr n°408-2057713-9930246",
       dt(2025, 5, 2, 22, 8, 13), dt(2025, 5, 2, 22, 8, 15), True, "text", "iso-8859-1", "8bit",
       "customer_request", True, "cancelled at the customer's request, 'Motif : Annulé par le client'",
       "Annulation réussie", "408-2057713-9930246", [], [], refp="cncl_fr",
       text_override="""Amazon.fr  Confirmation d'annulation
Commande n°408-2057713-9930246
https://www.amazon.fr/ref=TE_tex_g

___________________________________________________________________________

Bonjour Julien,

Conformément à votre demande, nous avons annulé l'article suivant de
votre commande n°408-2057713-9930246 du 2 mai 2025.

Article(s) annulé(s) :
    Le Mage du Kremlin - Giuliano da Empoli (Poche)
    Quantité : 1
    EUR 9,20

Motif d'annulation : Annulé par le client

Les autres articles de cette commande ne sont pas concernés et seront
expédiés comme prévu.

Si le montant de cet article avait déjà été débité, il vous sera
remboursé sur le moyen de paiement utilisé pour la commande.

Consultez vos commandes : https://www.amazon.fr/gp/css/order-history
============================================================================

Si vous avez besoin d'aide, consultez notre Service Client :
https://www.amazon.fr/gp/help/customer/display.html?nodeId=508510

Nous espérons vous revoir bientôt.
Amazon.fr
___________________________________________________________________________

Amazon.fr ne vous demandera jamais de lui communiquer votre mot de passe
ou vos coordonnées bancaires par e-mail. Si le numéro de votre carte a
changé, mettez-le à jour dans Votre compte. Pour signaler un e-mail
suspect : https://www.amazon.fr/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG

Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.
RCS Luxembourg : B-101818. TVA : LU 20260743.

Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails.
Merci de ne pas y répondre.
""")

notice("amazon.ca", "order-update", "Émilie", "Émilie Gagnon <emilie.gagnon@sympatico.ca>",
       "Votre commande Amazon.ca n°701-9903146-5528017 a été annulée",
       dt(2025, 6, 9, 13, 30, 7, 0), dt(2025, 6, 9, 13, 30, 9), False, "alt", "utf-8", "quoted-printable",
       "unknown", True, "cannot ship to the delivery address (undeliverable), order cancelled",
       "Commande annulée", "701-9903146-5528017",
       ["Nous avons annulé votre commande n°701-9903146-5528017.",
        "Les articles de cette commande ne peuvent pas être expédiés à l'adresse de livraison choisie : nos "
        "transporteurs ne desservent pas cette adresse pour ce type d'envoi (article volumineux vers une case "
        "postale)."],
       [("Coleman Glacière roulante Xtreme 62 L, 5 jours, bleue", 1, "119,99 $", "Amazon.com.ca ULC")],
       ["Aucun montant n'a été porté à votre compte. Si vous souhaitez toujours recevoir cet article, vous "
        "pouvez passer une nouvelle commande en choisissant une adresse municipale ou un point de collecte."],
       total="137,99 $", extra_links=[("Gérer vos adresses", "/a/addresses")], refp="ocnc_ca")

# ---------------- lookalikes ----------------
other("lookalike", "fr", "payment_issue", True,
      "gmail sender, callback phone number, malformed order number, crude",
      ("Service Client Amazon", "amazon.serviceclient.fr@gmail.com"), "lucas.bernard@hotmail.fr",
      "Annulation de votre commande Amazon - Action requise", dt(2025, 3, 11, 8, 52, 0, 1), "text",
      "utf-8", "8bit",
      text="""Cher(e) client(e),

Votre commande N° 405-9981-22 d'un montant de 1 249,00 € (Apple iPhone 15 Pro Max 256 Go - Titane naturel)
a été annulée suite à un probléme de paiement détecté par notre service de sécurité.

Un prélèvement de 1 249,00 € est en cours de traitement sur votre compte bancaire.

Si vous n'étes PAS à l'origine de cette commande, appelez IMMEDIATEMENT notre service client au :

      📞 01 84 88 43 27  (appel gratuit - 7j/7 - 24h/24)

afin de bloquer le prélèvement. Sans appel de votre part dans les 24h, le montant sera débité définitivement.

Cordialement,
Service Client Amazon France
""",
      trace=phish_trace("mail-sor-f41.google.com", "209.85.220.41", dt(2025, 3, 11, 7, 52, 3),
                        auth=auth_generic("gmail.com", ip="209.85.220.41"), mailfrom="amazon.serviceclient.fr@gmail.com"))

other("lookalike", "fr", "fraud_prevention", True,
      "Cyrillic homoglyph display name, look-alike domain amazon-orders.help, account suspended + code",
      ("\u0410m\u0430z\u043en.fr", "no-reply@amazon-orders.help"), "Nathalie Girard <n.girard@wanadoo.fr>",
      "Votre compte a été suspendu – commande n°406-2281934-7710398 annulée", dt(2025, 2, 3, 10, 14, 31),
      "alt", "utf-8", "base64",
      text="""Amazon.fr

Bonjour,

Nous avons détecté une activité inhabituelle sur votre compte. Par mesure de sécurité,
votre compte a été suspendu et votre commande n°406-2281934-7710398 a été annulée.

Pour réactiver votre compte, utilisez le code de vérification suivant :

    AMZ-7731-QX

Saisissez ce code sur la page de réactivation :
https://amazon-orders.help/fr/reactivation?id=406-2281934-7710398

Sans réactivation sous 48 heures, votre compte sera définitivement fermé et le
solde de vos cartes cadeaux sera perdu.

Merci de votre confiance,
Service Sécurité Amazon.fr
""",
      html=fake_amz_html("fr", "amazon.fr", "Compte suspendu",
                         "<p>Bonjour,</p><p>Nous avons détecté une activité inhabituelle sur votre compte. Par mesure "
                         "de sécurité, <b>votre compte a été suspendu</b> et votre commande "
                         "n°406-2281934-7710398 a été annulée.</p><p>Pour réactiver votre compte, utilisez le code "
                         "de vérification suivant :</p><p style=\"font:bold 22px Courier New,monospace;letter-spacing:3px\">"
                         "AMZ-7731-QX</p><p>Sans réactivation sous 48 heures, votre compte sera définitivement fermé "
                         "et le solde de vos cartes cadeaux sera perdu.</p>",
                         button=("https://amazon-orders.help/fr/reactivation?id=406-2281934-7710398", "Réactiver mon compte"),
                         footer_html="© 1996-2025, Amazon.com, Inc. ou ses filiales. Service Sécurité Amazon.fr",
                         order_line="Commande n°406-2281934-7710398"),
      trace=phish_trace("mail.amazon-orders.help", "185.234.72.19", dt(2025, 2, 3, 9, 14, 35),
                        auth=auth_generic("amazon-orders.help", ip="185.234.72.19"), mailfrom="bounce@amazon-orders.help"))

other("lookalike", "fr", "payment_issue", True,
      "look-alike domain amaz0n-fr.com, asks to reply with full card details, reply-to outlook",
      ("Amazon.fr", "support@amaz0n-fr.com"), "pierre.fontaine@sfr.fr",
      "Commande 171-5520931-0048826 annulée : paiement non validé", dt(2025, 4, 22, 14, 2, 9, 2), "text",
      "windows-1252", "quoted-printable", reply_to="facturation.amazon@outlook.fr",
      text="""Bonjour,

Nous vous informons que votre commande n° 171-5520931-0048826 a été annulée car le
paiement n'a pas pu être validé par votre établissement bancaire.

Afin d'éviter la suspension de votre compte Amazon, nous vous remercions de
répondre directement à cet e-mail en nous communiquant les informations suivantes :

  - Nom et prénom du titulaire de la carte
  - Numéro de carte (16 chiffres)
  - Date d'expiration
  - Cryptogramme visuel (3 chiffres au dos de la carte)
  - Date de naissance

Dès réception, notre service facturation relancera votre commande sans frais
supplémentaires.

Nous vous remercions de votre compréhension.

Le service Facturation
Amazon.fr
""",
      trace=phish_trace("vps-41d2.hosting-eu.net", "51.91.204.77", dt(2025, 4, 22, 12, 2, 14),
                        auth=auth_generic("amaz0n-fr.com", dkim="none", spf="pass", dmarc="none", ip="51.91.204.77"),
                        mailfrom="support@amaz0n-fr.com"))

other("lookalike", "fr", "payment_issue", True,
      "polished copy of Amazon layout; link text shows www.amazon.fr but href goes to amazon.fr.commandes-client.info; 'will be cancelled' in 24h",
      ("Amazon.fr", "order-update@amazon.fr.commandes-client.info"), "Isabelle Moreau <isabelle.moreau@orange.fr>",
      "Action requise : votre commande n°402-7719034-5521186 sera annulée", dt(2025, 5, 14, 7, 31, 45),
      "alt", "utf-8", "quoted-printable",
      text="""Amazon.fr  Problème de paiement
Commande n°402-7719034-5521186

Bonjour Isabelle,

Nous n'avons pas pu autoriser le paiement de votre commande n°402-7719034-5521186.
Votre commande sera annulée sous 24 heures si vous ne mettez pas à jour vos
informations de paiement.

Mettre à jour mon paiement : https://www.amazon.fr/gp/css/order-history

    Dyson V15 Detect Absolute, aspirateur balai sans fil
    Quantité : 1
    699,00 €

Nous espérons vous revoir bientôt.
Amazon.fr
""",
      html=fake_amz_html("fr", "amazon.fr", "Problème de paiement",
                         "<p><span style=\"font:16px Arial;color:#cc6600\">Bonjour Isabelle,</span></p>"
                         "<p>Nous n'avons pas pu autoriser le paiement de votre commande n°402-7719034-5521186. "
                         "<b>Votre commande sera annulée sous 24 heures</b> si vous ne mettez pas à jour vos "
                         "informations de paiement.</p>"
                         "<p>Mettre à jour mon paiement : <a href=\"http://www.amazon.fr.commandes-client.info/"
                         "ap/signin?openid.return_to=order-history&amp;id=402-7719034-5521186\" "
                         "style=\"color:#006699\">https://www.amazon.fr/gp/css/order-history</a></p>"
                         "<table style=\"border-top:3px solid #2a8bc1;width:100%\"><tr><td>Dyson V15 Detect Absolute, "
                         "aspirateur balai sans fil<br/><span style=\"font-size:11px;color:#666\">Quantité : 1</span>"
                         "</td><td align=\"right\">699,00 €</td></tr></table>"
                         "<p>Nous espérons vous revoir bientôt.<br/><b>Amazon.fr</b></p>",
                         button=("http://www.amazon.fr.commandes-client.info/ap/signin?id=402-7719034-5521186",
                                 "Mettre à jour le paiement"),
                         footer_html="Amazon.fr ne vous demandera jamais votre mot de passe par e-mail. "
                                     "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.",
                         order_line="Commande n°<a href=\"http://www.amazon.fr.commandes-client.info/o/402-7719034-5521186\">402-7719034-5521186</a>"),
      trace=phish_trace("smtp3.commandes-client.info", "193.42.33.150", dt(2025, 5, 14, 7, 31, 49),
                        auth=auth_generic("amazon.fr.commandes-client.info", ip="193.42.33.150"),
                        mailfrom="bounce@amazon.fr.commandes-client.info"))

other("lookalike", "fr", "unknown", False,
      "Greek homoglyph display name, outlook.fr sender, no order number, crude",
      ("\u0391maz\u03bfn", "amzn.service.commande@outlook.fr"), "marc.dupont@gmail.com",
      "Votre commande a été annulée", dt(2025, 6, 1, 23, 48, 12, 2), "html", "utf-8", "quoted-printable",
      html=simple_html(
          "<p>Bonjour,</p>\n<p>Votre commande a été annulée.</p>\n"
          "<p>Pour plus d'informations sur votre commande et sur votre remboursement "
          "<a href=\"https://sites.google.com/view/amzn-fr-remb/accueil\">cliquez ici</a>.</p>\n"
          "<p>Merci,<br>Amazon</p>", title="Amazon"),
      trace=phish_trace("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.81", dt(2025, 6, 1, 21, 48, 15),
                        auth=auth_generic("outlook.fr", ip="40.107.22.81"), mailfrom="amzn.service.commande@outlook.fr"))

other("lookalike", "fr", "technical_issue", True,
      "amazon.ca style, malformed order number, look-alike domain amazon.ca.remboursement-securise.com, asks card to refund",
      ("Amazon.ca", "avis@amazon.ca.remboursement-securise.com"), "Olivier Côté <olivier.cote@videotron.ca>",
      "Avis d'annulation - commande #702-88413-2219", dt(2025, 3, 27, 16, 5, 33, -4), "alt", "utf-8", "base64",
      text="""Amazon.ca

Bonjour,

En raison d'une erreur technique de notre système de traitement, votre commande
#702-88413-2219 a été annulée.

Un remboursement de 189,99 $ est en attente. Pour le recevoir, veuillez confirmer
la carte utilisée lors de l'achat :

https://amazon.ca.remboursement-securise.com/fr/remboursement?cmd=70288413

Le remboursement expire dans 72 heures.

L'équipe Amazon.ca
""",
      html=fake_amz_html("fr", "amazon.ca", "Avis d'annulation",
                         "<p>Bonjour,</p><p>En raison d'une <b>erreur technique</b> de notre système de traitement, "
                         "votre commande #702-88413-2219 a été annulée.</p><p>Un remboursement de <b>189,99 $</b> est "
                         "en attente. Pour le recevoir, veuillez confirmer la carte utilisée lors de l'achat.</p>"
                         "<p>Le remboursement expire dans 72 heures.</p><p>L'équipe Amazon.ca</p>",
                         button=("https://amazon.ca.remboursement-securise.com/fr/remboursement?cmd=70288413",
                                 "Recevoir mon remboursement"),
                         footer_html="© Amazon.com.ca ULC | 40 King Street West, Toronto",
                         order_line="Commande #702-88413-2219"),
      trace=phish_trace("mx1.remboursement-securise.com", "45.88.97.12", dt(2025, 3, 27, 20, 5, 40),
                        auth=auth_generic("remboursement-securise.com", dkim="pass", spf="softfail", dmarc="none",
                                          from_dom="amazon.ca.remboursement-securise.com", ip="45.88.97.12"),
                        mailfrom="avis@amazon.ca.remboursement-securise.com"))

other("lookalike", "fr", "customer_request", True,
      "yahoo sender, Belgium, 'cancelled at your request – not you? click', link via shortener, no real order number",
      ("Amazon Belgique", "amazon.be.commandes@yahoo.com"), "thomas.lambert@telenet.be",
      "Confirmation : annulation de votre commande à votre demande", dt(2025, 1, 29, 11, 20, 0, 1), "alt",
      "iso-8859-1", "quoted-printable",
      text="""Bonjour,

Comme vous l'avez demandé, votre commande a bien été annulée.
Motif : annulation demandée par le client.

Vous n'avez pas demandé cette annulation ? Votre compte a peut-être été utilisé par
un tiers. Cliquez sur le lien ci-dessous pour annuler la demande et sécuriser votre
compte :

https://tinyurl.com/amz-be-annul

Cordialement,
Amazon.com.be
""",
      html="""<html><body style="font-family:Verdana;font-size:13px">
<p>Bonjour,</p>
<p>Comme vous l'avez demandé, votre commande a bien été annulée.<br>
Motif : annulation demandée par le client.</p>
<p>Vous n'avez pas demandé cette annulation ? Votre compte a peut-être été utilisé par un tiers.
<a href="https://tinyurl.com/amz-be-annul">Ce n'était pas moi</a></p>
<p>Cordialement,<br>Amazon.com.be</p>
</body></html>
""",
      trace=phish_trace("sonic312-21.consmr.mail.ir2.yahoo.com", "77.238.176.99", dt(2025, 1, 29, 10, 20, 4),
                        auth=auth_generic("yahoo.com", ip="77.238.176.99"), mailfrom="amazon.be.commandes@yahoo.com"))

other("lookalike", "fr", "inventory_shortage", True,
      "crude all-caps, out-of-stock refund lure asking bank details, domain amazon-fr-remboursement.xyz, no order number",
      ("AMAZON", "remboursement@amazon-fr-remboursement.xyz"), "c.henry@free.fr",
      "RUPTURE DE STOCK - VOTRE COMMANDE EST ANNULEE - REMBOURSEMENT EN ATTENTE", dt(2025, 4, 5, 3, 17, 58),
      "html", "utf-8", "8bit",
      html=simple_html(
          "<center><h1 style=\"color:#ff9900\">amazon</h1>\n"
          "<h2>VOTRE COMMANDE EST ANNULÉE</h2>\n"
          "<p>L'ARTICLE QUE VOUS AVEZ COMMANDÉ EST EN RUPTURE DE STOCK !!!</p>\n"
          "<p>Vous avez droit a un remboursement de <b>87,40 EUR</b>.</p>\n"
          "<p>Pour recevoir votre remboursement saisissez vos coordonnées bancaires (IBAN + carte) "
          "dans les 24H :</p>\n"
          "<p><a href=\"http://amazon-fr-remboursement.xyz/rembourse.php?u=chenry\" "
          "style=\"background:#ff9900;color:#fff;padding:12px 30px;font-size:18px\">RECEVOIR MON REMBOURSEMENT</a></p>\n"
          "<p style=\"font-size:10px\">Amazon.fr - tout droits réservés</p></center>", title="Amazon"),
      trace=phish_trace("srv.amazon-fr-remboursement.xyz", "103.151.226.8", dt(2025, 4, 5, 3, 18, 3),
                        mailfrom="remboursement@amazon-fr-remboursement.xyz"))

# ---------------- non-notices ----------------
other("non_notice", "fr", None, False,
      "Zalando genuine order cancellation, paid with Amazon Pay",
      ("Zalando", "info@service-mail.zalando.fr"), "Léa Fournier <lea.fournier@gmail.com>",
      "Votre commande 10105283746512 a été annulée", dt(2025, 3, 18, 12, 4, 51, 1), "alt", "utf-8",
      "quoted-printable",
      text="""Zalando

Bonjour Léa,

Nous sommes désolés : l'article suivant de ta commande n° 10105283746512 n'est
plus disponible et ta commande a donc été annulée.

  Vans OLD SKOOL - Baskets basses - black/white - Taille 38,5 - 74,99 €

Mode de paiement : Amazon Pay
Le montant réservé sur ton compte Amazon Pay (74,99 €) sera libéré
automatiquement. Selon ta banque, cela peut prendre quelques jours.

Tu trouveras peut-être ton bonheur parmi des articles similaires :
https://www.zalando.fr/vans-old-skool/

À bientôt,
Ton équipe Zalando

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin, Allemagne
Tu reçois cet e-mail en tant que client·e de Zalando.
""",
      html=simple_html(
          "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:20px\">"
          "<div style=\"font:bold 24px Arial;color:#ff6900\">zalando</div>"
          "<p>Bonjour Léa,</p><p>Nous sommes désolés : l'article suivant de ta commande n° 10105283746512 n'est plus "
          "disponible et ta commande a donc été annulée.</p>"
          "<table width=\"100%\" style=\"border-top:1px solid #ddd;border-bottom:1px solid #ddd\"><tr><td>"
          "<b>Vans</b> OLD SKOOL - Baskets basses<br>black/white · Taille 38,5</td><td align=\"right\">74,99 €</td>"
          "</tr></table>"
          "<p><b>Mode de paiement :</b> Amazon Pay<br>Le montant réservé sur ton compte Amazon Pay (74,99 €) sera "
          "libéré automatiquement. Selon ta banque, cela peut prendre quelques jours.</p>"
          "<p><a href=\"https://www.zalando.fr/vans-old-skool/\">Voir des articles similaires</a></p>"
          "<p>À bientôt,<br>Ton équipe Zalando</p>"
          "<p style=\"font-size:11px;color:#888\">Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin, Allemagne</p>"
          "</td></tr></table>", title="Zalando"),
      trace=phish_trace("mail-a12.service-mail.zalando.fr", "185.88.110.12", dt(2025, 3, 18, 11, 4, 55),
                        auth=auth_generic("service-mail.zalando.fr", from_dom="service-mail.zalando.fr",
                                          ip="185.88.110.12")))

other("non_notice", "fr", None, False,
      "friend writes that she cancelled her Amazon order herself",
      ("Claire Dubois", "claire.dubois58@orange.fr"), "Antoine Mercier <antoine.mercier@orange.fr>",
      "Re: cadeau pour Hugo", dt(2025, 4, 9, 20, 37, 2, 2), "text", "iso-8859-1", "8bit",
      extra=[("In-Reply-To", "<a81f2c@orange.fr>"), ("User-Agent", "Mozilla Thunderbird")],
      text="""Salut Antoine,

Bon, j'ai annulé ma commande Amazon pour la trottinette : ils annonçaient
une livraison le 22, soit deux jours après son anniversaire. L'annulation
est passée tout de suite, j'ai reçu le mail de confirmation dans la foulée
et rien n'a été débité.

Du coup on passe à la Fnac samedi matin ? Ils l'ont en magasin à Lyon
Part-Dieu, j'ai vérifié sur leur site.

Bises,
Claire

Le 09/04/2025 à 18:02, Antoine Mercier a écrit :
> Tu as des nouvelles de la trottinette ? Hugo n'arrête pas d'en parler...
""",
      trace=phish_trace("smtp.orange.fr", "80.12.242.131", dt(2025, 4, 9, 18, 37, 6),
                        auth=auth_generic("orange.fr", ip="80.12.242.131")))

other("non_notice", "fr", None, False,
      "consumer newsletter about phishing, quotes a fake 'commande Amazon annulée' subject",
      ("La Lettre Conso Futée", "newsletter@conso-futee.fr"), "abonne@laposte.net",
      "Arnaque : attention aux faux mails « Votre commande Amazon a été annulée »", dt(2025, 5, 6, 7, 0, 0, 2),
      "alt", "utf-8", "base64",
      extra=[("List-Unsubscribe", "<https://conso-futee.fr/desabonnement?u=88231>"),
             ("List-Id", "La Lettre Conso Futée <lettre.conso-futee.fr>")],
      text="""LA LETTRE CONSO FUTÉE - n°214 - 6 mai 2025

ARNAQUE DU MOIS : LES FAUX MAILS D'ANNULATION AMAZON

Depuis quelques semaines, de nombreux lecteurs nous signalent des e-mails
intitulés « Votre commande Amazon n°405-9981-22 a été annulée » ou
« Votre compte a été suspendu – commande annulée ». Le message invite à
appeler un numéro « gratuit » ou à saisir ses coordonnées bancaires pour
« recevoir un remboursement ».

Nos conseils :
 - Vérifiez vos commandes en ouvrant vous-même l'application ou le site
   Amazon, jamais via le lien du mail.
 - Un vrai numéro de commande Amazon a la forme 123-1234567-1234567.
 - Amazon ne demande jamais de numéro de carte ni de code par e-mail ou
   téléphone.
 - Signalez le message sur signal-spam.fr ou au 33700.

À lire aussi : comment obtenir le remboursement d'un colis jamais livré.

Pour vous désabonner : https://conso-futee.fr/desabonnement?u=88231
""",
      html=simple_html(
          "<p style=\"font-size:11px;color:#888\">LA LETTRE CONSO FUTÉE - n°214 - 6 mai 2025</p>"
          "<h1 style=\"color:#1b5e20\">Arnaque du mois : les faux mails d'annulation Amazon</h1>"
          "<p>Depuis quelques semaines, de nombreux lecteurs nous signalent des e-mails intitulés "
          "<i>« Votre commande Amazon n°405-9981-22 a été annulée »</i> ou <i>« Votre compte a été suspendu – "
          "commande annulée »</i>. Le message invite à appeler un numéro « gratuit » ou à saisir ses coordonnées "
          "bancaires pour « recevoir un remboursement ».</p>"
          "<h3>Nos conseils</h3><ul><li>Vérifiez vos commandes en ouvrant vous-même l'application ou le site Amazon, "
          "jamais via le lien du mail.</li><li>Un vrai numéro de commande Amazon a la forme 123-1234567-1234567.</li>"
          "<li>Amazon ne demande jamais de numéro de carte ni de code par e-mail ou téléphone.</li>"
          "<li>Signalez le message sur signal-spam.fr ou au 33700.</li></ul>"
          "<p><a href=\"https://conso-futee.fr/colis-jamais-livre\">À lire aussi : comment obtenir le remboursement "
          "d'un colis jamais livré</a></p>"
          "<p style=\"font-size:11px\"><a href=\"https://conso-futee.fr/desabonnement?u=88231\">Se désabonner</a></p>",
          title="La Lettre Conso Futée"),
      trace=phish_trace("o1.mail.conso-futee.fr", "167.89.55.20", dt(2025, 5, 6, 5, 0, 4),
                        auth=auth_generic("conso-futee.fr", ip="167.89.55.20")))

_t, _h = amz_notice("amazon.fr", "Bruno", "Rendez-vous de livraison annulé", "406-5512398-1176534",
                    ["Le transporteur chargé de la livraison de votre lave-linge a dû annuler le créneau prévu le "
                     "jeudi 13 mars entre 8h et 13h.",
                     "Votre commande n'est pas annulée : elle reste en cours et votre article est toujours réservé. "
                     "Choisissez simplement un nouveau rendez-vous de livraison."],
                    [("Bosch WGG244A0FR Série 6 Lave-linge hublot 9 kg, 1400 tr/min", 1, "549,99 €",
                      "Amazon EU S.à r.l.")],
                    ["Si aucun créneau ne vous convient, vous pourrez toujours annuler la commande depuis Vos "
                     "commandes avant la livraison."],
                    extra_links=[("Choisir un nouveau créneau", "/gp/css/shiptrack/schedule?orderId=406-5512398-1176534")],
                    refp="sched_fr", items_head="Article à livrer")
other("non_notice", "fr", None, False,
      "genuine Amazon.fr: delivery appointment (slot) cancelled, order itself still active",
      ("Amazon.fr", "shipment-tracking@amazon.fr"), "Bruno Garnier <bruno.garnier@free.fr>",
      "Votre rendez-vous de livraison du 13 mars a été annulé", dt(2025, 3, 12, 17, 45, 9), "alt", "utf-8",
      "quoted-printable", text=_t, html=_h, reply_to="no-reply@amazon.fr", msgid=ses_msgid(),
      trace=amz_trace("amazon.fr", dt(2025, 3, 12, 17, 45, 12), True)[0], extra=amz_extra("amazon.fr", "eu-west-1"))

other("non_notice", "fr", None, False,
      "genuine Amazon Prime membership cancellation confirmation (amazon.ca, French)",
      ("Amazon.ca", "prime@amazon.ca"), "Mélanie Roy <melanie.roy@hotmail.com>",
      "Confirmation de l'annulation de votre abonnement Amazon Prime", dt(2025, 2, 2, 14, 11, 37), "text",
      "utf-8", "base64", reply_to="no-reply@amazon.ca", msgid=ses_msgid("us-east-1"),
      text="""Amazon Prime

Bonjour Mélanie,

Nous vous confirmons l'annulation de votre abonnement Amazon Prime.

Vos avantages Prime restent disponibles jusqu'au 27 février 2025. Après
cette date, vous ne serez plus facturé(e) et la livraison gratuite en
un jour, Prime Video et Prime Gaming ne seront plus inclus.

Vos commandes en cours ne sont pas touchées par cette annulation.

Vous avez changé d'avis ? Vous pouvez reprendre votre abonnement à tout
moment : https://www.amazon.ca/gp/primecentral?language=fr_CA

Merci d'avoir été membre Prime.
L'équipe Amazon Prime

Amazon.ca ne vous demandera jamais votre mot de passe par courriel.
Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir
de courriels.
""",
      trace=amz_trace("amazon.ca", dt(2025, 2, 2, 14, 11, 40), False)[0], extra=amz_extra("amazon.ca", "us-east-1"))

_t, _h = amz_notice("amazon.fr", "Nicolas", "Action requise", "405-7730125-4410987",
                    ["Nous n'avons pas pu débiter la carte Mastercard se terminant par 0932 pour votre commande "
                     "n°405-7730125-4410987 : votre banque a refusé la transaction.",
                     "Votre commande n'a pas été annulée. Pour qu'elle soit expédiée, veuillez mettre à jour vos "
                     "informations de paiement d'ici le 12 avril 2025. Sans mise à jour de votre part avant cette "
                     "date, votre commande sera annulée."],
                    [("LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance", 1, "179,99 €", "Amazon EU S.à r.l.")],
                    ["Pour mettre à jour votre paiement, rendez-vous dans Vos commandes, cliquez sur « Modifier le "
                     "mode de paiement » pour cette commande, puis choisissez une carte ou ajoutez-en une nouvelle."],
                    total="179,99 €", extra_links=[("Mettre à jour le mode de paiement",
                                                   "/gp/css/summary/edit.html?orderID=405-7730125-4410987")],
                    refp="payrev_fr", items_head="Détails de la commande")
other("non_notice", "fr", None, False,
      "genuine Amazon.fr payment reminder: update payment or order WILL be cancelled; not cancelled yet",
      ("Amazon.fr", "payments-messages@amazon.fr"), "Nicolas Faure <nicolas.faure@gmail.com>",
      "Action requise : informations de paiement pour votre commande Amazon.fr n°405-7730125-4410987",
      dt(2025, 4, 9, 5, 52, 30), "alt", "utf-8", "base64", text=_t, html=_h, reply_to="no-reply@amazon.fr",
      msgid=ses_msgid(), trace=amz_trace("amazon.fr", dt(2025, 4, 9, 5, 52, 33), False)[0],
      extra=amz_extra("amazon.fr", "eu-west-1"))


# ==========================================================================
# SPANISH  (amazon.es, amazon.com.mx)
# ==========================================================================

# ---------------- notices ----------------
notice("amazon.es", "payments-messages", "Lucía", "Lucía Fernández <lucia.fernandez@gmail.com>",
       "Tu pedido de Amazon.es n.º 404-2719865-6603318 ha sido cancelado",
       dt(2025, 2, 14, 8, 21, 6), dt(2025, 2, 14, 8, 21, 9), True, "alt", "utf-8", "quoted-printable",
       "payment_issue", True, "gift card balance insufficient and backup card declined",
       "Pedido cancelado", "404-2719865-6603318",
       ["Te escribimos en relación con tu pedido n.º 404-2719865-6603318.",
        "El saldo de tu cheque regalo no era suficiente para cubrir el importe total y la tarjeta alternativa "
        "asociada a tu cuenta (Visa terminada en 2208) fue rechazada por el banco emisor. Como no hemos podido "
        "completar el cobro, hemos cancelado el pedido."],
       [("Cecotec Freidora de Aire Cecofry Full InoxBlack Pro 5500, 1700 W, 5,5 L", 1, "59,90 €",
         "Amazon EU S.à r.l."),
        ("Papel de horno para freidora de aire, 100 unidades", 1, "8,99 €", "HOMEKIT EU")],
       ["No se ha realizado ningún cargo y el saldo de tu cheque regalo sigue disponible en tu cuenta.",
        "Si todavía quieres estos productos, vuelve a realizar el pedido con otro método de pago. Puedes revisar "
        "tus tarjetas en Mi cuenta > Tus pagos."],
       total="68,89 €", refp="pay_es")

notice("amazon.com.mx", "order-update", "Diego", "diego.ramirez@outlook.com",
       "Tu preventa de Amazon.com.mx ha sido cancelada - pedido #701-3380452-9917604",
       dt(2025, 5, 30, 16, 2, 47), dt(2025, 5, 30, 16, 2, 50), False, "html", "utf-8", "quoted-printable",
       "inventory_shortage", True, "pre-order cannot be fulfilled, supplier short",
       "Preventa cancelada", "701-3380452-9917604",
       ["Lamentamos informarte que no podremos surtir tu preventa del pedido #701-3380452-9917604.",
        "Nuestro proveedor nos notificó que no recibiremos unidades suficientes para cubrir todas las preventas "
        "de este producto, por lo que tuvimos que cancelar el artículo."],
       [("Nintendo Switch 2 + Mario Kart World (Bundle) - Edición Estándar", 1, "$11,499.00",
         "Amazon México")],
       ["No se realizó ningún cargo a tu método de pago. Si se hizo una preautorización, tu banco la liberará "
        "en un plazo de 3 a 5 días hábiles.",
        "Te pedimos una disculpa por los inconvenientes."],
       total="$11,499.00", reason_line=("Motivo:", "Sin existencias del proveedor"), refp="preo_mx")

notice("amazon.es", "order-update", "Javier", "javier.moreno@yahoo.es",
       "Cancelación de tu pedido de Amazon.es 408-5561023-2874419",
       dt(2025, 3, 20, 11, 47, 19), dt(2025, 3, 20, 11, 47, 22), True, "text", "utf-8", "base64",
       "technical_issue", True, "system error while processing order",
       "Pedido cancelado", "408-5561023-2874419", [], [], refp="tech_es",
       text_override="""Amazon.es Pedido cancelado
Pedido n.º 408-5561023-2874419
https://www.amazon.es/ref=TE_tex_g

___________________________________________________________________________

Hola, Javier:

Debido a un error de sistema durante el procesamiento de tu pedido
n.º 408-5561023-2874419, no hemos podido completarlo y lo hemos
cancelado. Sentimos las molestias.

Artículos cancelados:

    Xiaomi Redmi Note 14 Pro 5G - Smartphone 8+256 GB, Negro
    Cantidad: 1
    Vendido por Amazon EU S.à r.l.
    329,00 €

No se ha realizado ningún cargo. Si ves un cargo pendiente en tu
extracto, desaparecerá automáticamente en unos días.

Puedes volver a realizar el pedido en cualquier momento desde la
página del producto:
https://www.amazon.es/dp/B0DPR8C2ZS

Mis pedidos: https://www.amazon.es/gp/css/order-history
============================================================================

Si necesitas ayuda, visita nuestro Servicio de Atención al Cliente:
https://www.amazon.es/gp/help/customer/display.html?nodeId=508510

Esperamos volver a verte pronto.
Amazon.es
___________________________________________________________________________

Amazon.es nunca te pedirá por correo electrónico que le facilites tu
contraseña ni los datos de tu tarjeta. Si el número de tu tarjeta ha
cambiado, actualízalo en Mi cuenta. Si recibes un correo sospechoso,
denúncialo: https://www.amazon.es/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG

Este mensaje se ha enviado desde una dirección de correo electrónico que
no admite respuestas.
""")

notice("amazon.es", "order-update", "Marta", "Marta Gil <marta.gil@telefonica.net>",
       "Tu pedido de Amazon.es ha sido cancelado",
       dt(2025, 4, 28, 21, 15, 40), dt(2025, 4, 28, 21, 15, 44), False, "alt", "windows-1252", "base64",
       "fraud_prevention", True, "order flagged for security review, account info not verified, account on hold",
       "Pedido cancelado", "402-9015537-1148260",
       ["Tu pedido n.º 402-9015537-1148260 se ha marcado para una revisión de seguridad y no hemos podido "
        "verificar la información de tu cuenta. Por este motivo, lo hemos cancelado y hemos puesto tu cuenta "
        "en espera temporalmente."],
       [("Apple iPad Air 11\" (M2) Wi-Fi 128 GB - Gris espacial", 1, "649,00 €", "Amazon EU S.à r.l.")],
       ["Para revisar el estado de tu cuenta, abre la app de Amazon o escribe www.amazon.es directamente en tu "
        "navegador e inicia sesión. Si te pedimos documentación, la solicitud aparecerá en tu cuenta, nunca en "
        "un enlace enviado por correo.",
        "No se ha realizado ningún cargo por este pedido."],
       total="649,00 €", refp="acc_es")

notice("amazon.com.mx", "auto-confirm", "Fernanda", "Fernanda López <fer.lopez@prodigy.net.mx>",
       "Cancelación exitosa de artículos de tu pedido de Amazon.com.mx 702-6648301-0352219",
       dt(2025, 1, 8, 3, 9, 27), dt(2025, 1, 8, 3, 9, 30), True, "text", "iso-8859-1", "quoted-printable",
       "customer_request", True, "customer cancelled, 'Motivo de cancelación: Cancelado por el cliente'",
       "Cancelación exitosa", "702-6648301-0352219", [], [], refp="cncl_mx",
       text_override="""Amazon.com.mx

Hola Fernanda:

Tu solicitud de cancelación se realizó correctamente. Cancelamos el
siguiente artículo de tu pedido #702-6648301-0352219:

    Artículo: Hamilton Beach Cafetera de Goteo 12 tazas, negro
    Cantidad: 1
    Precio: $899.00

Motivo de cancelación: Cancelado por el cliente

Si ya se había realizado un cargo por este artículo, te reembolsaremos
el importe al método de pago original.

Para ver el estado de tus pedidos, visita Mis pedidos:
https://www.amazon.com.mx/gp/css/order-history

Esperamos verte de nuevo pronto.
Amazon.com.mx

------------------------------------------------------------------------
Amazon.com.mx nunca te pedirá tu contraseña ni datos de tu tarjeta por
correo electrónico o por teléfono. Si tu tarjeta cambió, actualízala en
Mi cuenta. Reporta correos sospechosos:
https://www.amazon.com.mx/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG

Este correo se envió desde una dirección que no puede recibir mensajes.
""")

notice("amazon.es", "order-update", "Pablo", "pablo.navarro@hotmail.es",
       "Se ha cancelado 1 artículo de tu pedido de Amazon.es 405-0093718-4467205",
       dt(2025, 6, 16, 10, 58, 1), dt(2025, 6, 16, 10, 58, 4), False, "alt", "utf-8", "8bit",
       "unknown", False, "cancellation with no reason given",
       "Artículo cancelado", "405-0093718-4467205",
       ["Te informamos de que se ha cancelado el siguiente artículo de tu pedido n.º 405-0093718-4467205."],
       [("Bosch Professional taladro percutor GSB 18V-55 + 2 baterías 2,0 Ah", 1, "189,90 €",
         "Amazon EU S.à r.l.")],
       ["Si se había realizado algún cargo por este artículo, recibirás el reembolso en el método de pago "
        "original en un plazo de 3 a 5 días laborables.",
        "El resto de los artículos de tu pedido, si los hay, no se ven afectados."],
       refp="ocnc_es")

# ---------------- lookalikes ----------------
other("lookalike", "es", "fraud_prevention", True,
      "spoofed From amazon.es (dmarc=fail), callback phone number, reply-to gmail",
      ("Amazon.es", "order-update@amazon.es"), "Raúl Sánchez <raul.sanchez@gmail.com>",
      "Pedido 403-8812076-5570194 cancelado por actividad sospechosa", dt(2025, 2, 25, 9, 6, 11, 1), "alt",
      "utf-8", "quoted-printable", reply_to="atencion.amazon.es@gmail.com",
      text="""Hola, Raúl:

Tu pedido n.º 403-8812076-5570194 (MacBook Air 13" M3, 1.299,00 €) ha sido
cancelado por nuestro sistema de seguridad debido a actividad sospechosa en
tu cuenta.

Si no reconoces este pedido, llama de inmediato a nuestro equipo de
seguridad al +34 911 23 45 67 para bloquear el cargo. Ten a mano el código
de incidencia ES-44871.

Atentamente,
Equipo de Seguridad de Amazon.es
""",
      html=fake_amz_html("es", "amazon.es", "Pedido cancelado",
                         "<p>Hola, Raúl:</p><p>Tu pedido n.º 403-8812076-5570194 (MacBook Air 13\" M3, 1.299,00 €) ha "
                         "sido cancelado por nuestro sistema de seguridad debido a <b>actividad sospechosa</b> en tu "
                         "cuenta.</p><p>Si no reconoces este pedido, llama de inmediato a nuestro equipo de seguridad "
                         "al <b>+34 911 23 45 67</b> para bloquear el cargo. Ten a mano el código de incidencia "
                         "<b>ES-44871</b>.</p><p>Atentamente,<br/>Equipo de Seguridad de Amazon.es</p>",
                         footer_html="Amazon.es nunca te pedirá tu contraseña por correo electrónico.",
                         order_line="Pedido n.º 403-8812076-5570194"),
      trace=phish_trace("ip-172-31-9-14.bulkmailer.ru", "91.215.85.40", dt(2025, 2, 25, 8, 6, 15),
                        auth=("mx.mailbox.example;\n\tdkim=none (message not signed);\n\tspf=fail "
                              "(mailbox.example: domain of order-update@amazon.es does not designate 91.215.85.40 as "
                              "permitted sender) smtp.mailfrom=amazon.es;\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE "
                              "dis=QUARANTINE) header.from=amazon.es"),
                        mailfrom="order-update@amazon.es"))

other("lookalike", "es", "fraud_prevention", True,
      "Cyrillic homoglyph display name, look-alike domain amazon-mx-pedidos.com, account suspended + code",
      ("Amaz\u043en.com.mx", "notificaciones@amazon-mx-pedidos.com"), "Alejandro Torres <alex.torres@gmail.com>",
      "Tu cuenta fue suspendida y tu pedido #702-5518830-1120473 cancelado", dt(2025, 4, 3, 12, 40, 8, -6),
      "html", "utf-8", "base64",
      html=fake_amz_html("es", "amazon.com.mx", "Cuenta suspendida",
                         "<p>Hola Alejandro:</p><p>Detectamos un inicio de sesión no autorizado desde un dispositivo "
                         "desconocido (Android, Monterrey). Para proteger tu información, <b>suspendimos tu cuenta</b> "
                         "y cancelamos tu pedido #702-5518830-1120473.</p><p>Para reactivar tu cuenta, ingresa el "
                         "siguiente código de verificación en el portal de seguridad:</p>"
                         "<p style=\"font:bold 24px Courier New,monospace;letter-spacing:4px\">448 211</p>"
                         "<p>El código vence en 12 horas.</p>",
                         button=("https://amazon-mx-pedidos.com/seguridad/reactivar?c=448211", "Reactivar mi cuenta"),
                         footer_html="© 1996-2025, Amazon.com, Inc. o sus afiliados.",
                         order_line="Pedido #702-5518830-1120473"),
      trace=phish_trace("mail.amazon-mx-pedidos.com", "172.245.19.66", dt(2025, 4, 3, 18, 40, 12),
                        auth=auth_generic("amazon-mx-pedidos.com", ip="172.245.19.66"),
                        mailfrom="notificaciones@amazon-mx-pedidos.com"))

other("lookalike", "es", "payment_issue", True,
      "hotmail sender, crude, asks to reply with card number, expiry and CVV, no order number",
      ("Amazon Atencion al Cliente", "amazon.es.atencion@hotmail.com"), "carmen.ruiz@gmail.com",
      "SU PEDIDO FUE CANCELADO - PAGO RECHAZADO", dt(2025, 3, 2, 2, 14, 50, 1), "text", "iso-8859-1", "8bit",
      text="""Estimado cliente,

Su pedido de Amazon fue cancelado porque el pago fue rechazado por su banco.

Para reactivar el pedido y evitar el bloqueo de su cuenta debe responder a este
correo con los siguientes datos:

 * Nombre completo del titular
 * Numero de tarjeta
 * Fecha de caducidad
 * Codigo CVV

Si no recibimos respuesta en 24 horas su cuenta sera bloqueada.

Gracias.
Departamento de Pagos Amazon
""",
      trace=phish_trace("DB8PR02MB5721.eurprd02.prod.outlook.com", "40.92.58.17", dt(2025, 3, 2, 1, 14, 55),
                        auth=auth_generic("hotmail.com", ip="40.92.58.17"), mailfrom="amazon.es.atencion@hotmail.com"))

other("lookalike", "es", "technical_issue", True,
      "polished Amazon layout; link text shows www.amazon.es but href goes to amazon.es.gestion-pedidos.top; 'will be cancelled' in 48h",
      ("Amazon.es", "pedidos@amazon.es.gestion-pedidos.top"), "Sergio Martín <sergio.martin@movistar.es>",
      "Tu pedido 406-3390127-8815520 será cancelado: error de facturación", dt(2025, 5, 19, 13, 22, 4, 2),
      "alt", "utf-8", "quoted-printable",
      text="""Amazon.es  Aviso sobre tu pedido
Pedido n.º 406-3390127-8815520

Hola, Sergio:

Debido a un error en nuestro sistema de facturación, no hemos podido procesar
correctamente tu pedido n.º 406-3390127-8815520. Tu pedido será cancelado en
48 horas si no confirmas tus datos de facturación.

Confirmar datos: https://www.amazon.es/gp/css/order-history

    Samsung Galaxy Tab S9 FE 10,9" 128 GB Wi-Fi, Gris
    Cantidad: 1
    429,00 €

Esperamos volver a verte pronto.
Amazon.es
""",
      html=fake_amz_html("es", "amazon.es", "Aviso sobre tu pedido",
                         "<p><span style=\"font:16px Arial;color:#cc6600\">Hola, Sergio:</span></p>"
                         "<p>Debido a un error en nuestro sistema de facturación, no hemos podido procesar correctamente "
                         "tu pedido n.º 406-3390127-8815520. <b>Tu pedido será cancelado en 48 horas</b> si no confirmas "
                         "tus datos de facturación.</p>"
                         "<p>Confirmar datos: <a href=\"https://amazon.es.gestion-pedidos.top/ap/signin?pedido="
                         "406-3390127-8815520\" style=\"color:#006699\">https://www.amazon.es/gp/css/order-history</a></p>"
                         "<table style=\"border-top:3px solid #2a8bc1;width:100%\"><tr><td>Samsung Galaxy Tab S9 FE 10,9\" "
                         "128 GB Wi-Fi, Gris<br/><span style=\"font-size:11px;color:#666\">Cantidad: 1</span></td>"
                         "<td align=\"right\">429,00 €</td></tr></table>"
                         "<p>Esperamos volver a verte pronto.<br/><b>Amazon.es</b></p>",
                         button=("https://amazon.es.gestion-pedidos.top/ap/signin?pedido=406-3390127-8815520",
                                 "Confirmar mis datos"),
                         footer_html="Amazon.es nunca te pedirá tu contraseña por correo electrónico. "
                                     "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo.",
                         order_line="Pedido n.º <a href=\"https://amazon.es.gestion-pedidos.top/o/406-3390127-8815520\">406-3390127-8815520</a>"),
      trace=phish_trace("smtp.gestion-pedidos.top", "194.26.192.44", dt(2025, 5, 19, 11, 22, 9),
                        auth=auth_generic("amazon.es.gestion-pedidos.top", ip="194.26.192.44"),
                        mailfrom="bounce@amazon.es.gestion-pedidos.top"))

other("lookalike", "es", "unknown", False,
      "Greek homoglyph display name, gmail sender, no order number, crude, Mexico",
      ("\u0391maz\u03bfn.com.mx", "servicio.amazonmx2025@gmail.com"), "jorge.hernandez@hotmail.com",
      "Tu pedido fue cancelado", dt(2025, 6, 7, 19, 3, 33, -6), "html", "utf-8", "quoted-printable",
      html=simple_html(
          "<p>Hola,</p>\n<p>Tu pedido fue cancelado.</p>\n"
          "<p>Para conocer los detalles y solicitar tu reembolso, verifica tu información aquí: "
          "<a href=\"https://forms.gle/Qm8xAmzMx2025\">Verificar</a></p>\n"
          "<p>Amazon México</p>", lang="es", title="Amazon"),
      trace=phish_trace("mail-sor-f69.google.com", "209.85.220.69", dt(2025, 6, 8, 1, 3, 37),
                        auth=auth_generic("gmail.com", ip="209.85.220.69"), mailfrom="servicio.amazonmx2025@gmail.com"))

other("lookalike", "es", "inventory_shortage", True,
      "look-alike domain amaz0n-es.com, out-of-stock refund lure asking bank data, malformed order number",
      ("Amazon.es", "reembolsos@amaz0n-es.com"), "Ana Jiménez <ana.jimenez@gmail.com>",
      "Pedido #404-551-83320 cancelado - producto agotado", dt(2025, 1, 22, 15, 36, 0, 1), "alt",
      "iso-8859-15", "quoted-printable",
      text="""Hola Ana,

Lamentamos informarte de que el producto de tu pedido #404-551-83320 se ha agotado
y el pedido ha sido cancelado.

Para recibir tu reembolso de 349,00 € introduce tus datos bancarios (IBAN y
tarjeta de débito) en el siguiente formulario:

http://amaz0n-es.com/reembolso/formulario?id=40455183320

El enlace caduca en 24 horas.

Un saludo,
Amazon.es
""",
      html="""<html><body style="font-family:Arial;font-size:14px">
<p><img src="http://amaz0n-es.com/img/logo.png" alt="amazon.es" width="120"></p>
<p>Hola Ana,</p>
<p>Lamentamos informarte de que el producto de tu pedido <b>#404-551-83320</b> se ha agotado y el pedido ha sido cancelado.</p>
<p>Para recibir tu reembolso de <b>349,00 &euro;</b> introduce tus datos bancarios (IBAN y tarjeta de d&eacute;bito) en el siguiente formulario:</p>
<p><a href="http://amaz0n-es.com/reembolso/formulario?id=40455183320">Solicitar reembolso</a></p>
<p>El enlace caduca en 24 horas.</p>
<p>Un saludo,<br>Amazon.es</p>
</body></html>
""",
      trace=phish_trace("host-88.amaz0n-es.com", "89.44.9.201", dt(2025, 1, 22, 14, 36, 6),
                        auth=auth_generic("amaz0n-es.com", dkim="none", spf="pass", dmarc="none", ip="89.44.9.201"),
                        mailfrom="reembolsos@amaz0n-es.com"))

other("lookalike", "es", "customer_request", True,
      "yahoo.com.mx sender, 'cancellation requested by you – not you? call', callback number, order number without dashes",
      ("Amazon México", "amazon.mx.cancelaciones@yahoo.com.mx"), "Patricia Morales <paty.morales@gmail.com>",
      "Confirmación de cancelación solicitada por usted", dt(2025, 4, 15, 10, 11, 45, -6), "text", "utf-8",
      "base64",
      text="""Estimado(a) cliente:

Confirmamos la cancelación de su pedido No. 7029918475501 solicitada por usted
el día de hoy. El reembolso de $8,749.00 MXN se acreditará en su tarjeta.

¿Usted NO solicitó esta cancelación? Comuníquese de inmediato con nuestro
Centro de Atención al 55 8421 0937 (lunes a domingo, 24 horas) para
restablecer su pedido y proteger su cuenta.

Atentamente,
Amazon México - Centro de Cancelaciones
""",
      trace=phish_trace("sonic309-14.consmr.mail.bf2.yahoo.com", "74.6.128.83", dt(2025, 4, 15, 16, 11, 50),
                        auth=auth_generic("yahoo.com.mx", ip="74.6.128.83"),
                        mailfrom="amazon.mx.cancelaciones@yahoo.com.mx"))

other("lookalike", "es", "payment_issue", True,
      "crude all caps 'last warning, order WILL be cancelled', URL shortener, look-alike domain sender",
      ("AMAZON ES", "aviso@amazon-pedidos-es.help"), "luis.castro@gmail.com",
      "ULTIMO AVISO: SU PEDIDO SERA CANCELADO HOY", dt(2025, 5, 31, 4, 58, 12), "html", "windows-1252", "8bit",
      html="""<html><body>
<div style="max-width:520px;margin:auto;font-family:Tahoma;text-align:center">
<h2 style="color:#e47911">amazon</h2>
<p style="font-size:18px"><b>ULTIMO AVISO</b></p>
<p>NO HEMOS PODIDO COBRAR SU PEDIDO. SU PEDIDO SERA CANCELADO HOY A LAS 23:59 Y SU CUENTA BLOQUEADA.</p>
<p>Actualice su método de pago ahora:</p>
<p><a href="https://t.ly/Am4zES-pago" style="background:#e47911;color:#fff;padding:10px 24px;text-decoration:none">ACTUALIZAR PAGO</a></p>
<p style="font-size:10px;color:#999">Amazon España © 2025</p>
</div>
</body></html>
""",
      trace=phish_trace("vmi1820233.contaboserver.net", "62.171.150.3", dt(2025, 5, 31, 4, 58, 17),
                        mailfrom="aviso@amazon-pedidos-es.help"))

# ---------------- non-notices ----------------
other("non_notice", "es", None, False,
      "eBay genuine order cancellation by seller; seller message mentions Amazon",
      ("eBay", "ebay@ebay.com"), "Iván Ortega <ivan.ortega@gmail.com>",
      "El vendedor ha cancelado tu pedido: Objetivo Sigma 30mm F1.4 DC DN Contemporary para Sony E",
      dt(2025, 3, 6, 9, 41, 20), "alt", "utf-8", "quoted-printable",
      text="""eBay

Hola, Iván:

El vendedor fotoshop_madrid ha cancelado tu pedido.

Objetivo Sigma 30mm F1.4 DC DN Contemporary para Sony E
Número de pedido: 14-12573-88420
Total: 239,00 EUR

Motivo de la cancelación: El artículo se ha agotado.
Mensaje del vendedor: "Lo siento mucho, vendimos la última unidad en
nuestra tienda de Amazon unos minutos antes de tu compra."

Reembolso: Te hemos reembolsado 239,00 EUR a tu método de pago original.
Puede tardar hasta 5 días hábiles en aparecer.

Ver detalles del pedido: https://order.ebay.es/ord/show?orderId=14-12573-88420

eBay Marketplaces GmbH, Helvetiastrasse 15/17, 3005 Berna, Suiza.
""",
      html=simple_html(
          "<table width=\"600\" align=\"center\"><tr><td>"
          "<div style=\"font:bold 28px Arial\"><span style=\"color:#e53238\">e</span><span style=\"color:#0064d2\">b</span>"
          "<span style=\"color:#f5af02\">a</span><span style=\"color:#86b817\">y</span></div>"
          "<h2>El vendedor ha cancelado tu pedido</h2><p>Hola, Iván:</p>"
          "<p>El vendedor <b>fotoshop_madrid</b> ha cancelado tu pedido.</p>"
          "<p><b>Objetivo Sigma 30mm F1.4 DC DN Contemporary para Sony E</b><br>Número de pedido: 14-12573-88420<br>"
          "Total: 239,00 EUR</p><p><b>Motivo de la cancelación:</b> El artículo se ha agotado.<br>"
          "<b>Mensaje del vendedor:</b> \"Lo siento mucho, vendimos la última unidad en nuestra tienda de Amazon "
          "unos minutos antes de tu compra.\"</p><p><b>Reembolso:</b> Te hemos reembolsado 239,00 EUR a tu método "
          "de pago original. Puede tardar hasta 5 días hábiles en aparecer.</p>"
          "<p><a href=\"https://order.ebay.es/ord/show?orderId=14-12573-88420\">Ver detalles del pedido</a></p>"
          "<p style=\"font-size:11px;color:#777\">eBay Marketplaces GmbH, Helvetiastrasse 15/17, 3005 Berna, Suiza.</p>"
          "</td></tr></table>", lang="es", title="eBay"),
      trace=phish_trace("mxphxpool1041.ebay.com", "66.135.215.200", dt(2025, 3, 6, 9, 41, 24),
                        auth=auth_generic("ebay.com", ip="66.135.215.200")))

other("non_notice", "es", None, False,
      "colleague mentions he cancelled the Amazon order for office chairs",
      ("Daniel Prieto", "daniel.prieto@grupoalcor.es"), "Equipo Oficina <oficina@grupoalcor.es>",
      "Sillas sala de reuniones", dt(2025, 2, 11, 10, 2, 17, 1), "alt", "iso-8859-15", "quoted-printable",
      cc="Rocío Vega <rocio.vega@grupoalcor.es>",
      extra=[("X-Mailer", "Microsoft Outlook 16.0")],
      text="""Hola a todos,

Os cuento: he cancelado el pedido de Amazon de las seis sillas para la sala de
reuniones. Me llamó Rocío para decirme que Compras ya tiene un acuerdo con
Ofiprix y nos sale más barato por ahí (unos 40 € menos por silla). Amazon ya
me ha confirmado la cancelación, así que no llegará nada.

Si alguien ve un cargo en la tarjeta de empresa, avisadme.

Un saludo,
Daniel

--
Daniel Prieto | Administración
Grupo Alcor · Calle de Alcalá 211, 28028 Madrid
""",
      html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hola a todos,</p>
<p>Os cuento: he cancelado el pedido de Amazon de las seis sillas para la sala de reuniones. Me llamó Rocío para decirme que Compras ya tiene un acuerdo con Ofiprix y nos sale más barato por ahí (unos 40 € menos por silla). Amazon ya me ha confirmado la cancelación, así que no llegará nada.</p>
<p>Si alguien ve un cargo en la tarjeta de empresa, avisadme.</p>
<p>Un saludo,<br>Daniel</p>
<p style="color:#666;font-size:9pt">--<br>Daniel Prieto | Administración<br>Grupo Alcor · Calle de Alcalá 211, 28028 Madrid</p>
</body></html>
""",
      trace=phish_trace("mail.grupoalcor.es", "212.81.131.9", dt(2025, 2, 11, 9, 2, 20)))

other("non_notice", "es", None, False,
      "security blog post/newsletter about fake Amazon cancellation mails, quotes a phishing subject",
      ("Seguridad en la Red - Boletín", "boletin@seguridadenlared.es"), "suscriptor@gmail.com",
      "Nuevo fraude: «Tu pedido de Amazon ha sido cancelado» - cómo detectarlo", dt(2025, 6, 2, 8, 30, 0, 2),
      "html", "utf-8", "base64",
      extra=[("List-Unsubscribe", "<mailto:baja@seguridadenlared.es?subject=baja>"),
             ("Precedence", "bulk")],
      html=simple_html(
          "<h1>Nuevo fraude: «Tu pedido de Amazon ha sido cancelado»</h1>"
          "<p><i>Publicado el 2 de junio de 2025 · 4 min de lectura</i></p>"
          "<p>Esta semana hemos recibido decenas de avisos sobre una campaña de phishing que suplanta a Amazon. "
          "El correo llega con el asunto <b>«Pedido 403-8812076-5570194 cancelado por actividad sospechosa»</b> "
          "y pide llamar a un supuesto equipo de seguridad.</p>"
          "<h2>Cómo detectarlo</h2><ol>"
          "<li>Mira el remitente real, no solo el nombre que aparece.</li>"
          "<li>Pasa el ratón por encima de los enlaces antes de hacer clic.</li>"
          "<li>Amazon nunca te pedirá que llames a un número ni que des tu tarjeta por correo.</li>"
          "<li>Ante la duda, entra en tu cuenta escribiendo tú mismo la dirección.</li></ol>"
          "<p>Si ya has facilitado datos, llama a tu banco y contacta con el 017 (INCIBE).</p>"
          "<p style=\"font-size:11px\">Recibes este boletín porque te suscribiste en seguridadenlared.es.</p>",
          lang="es", title="Seguridad en la Red"),
      trace=phish_trace("mta-12.mailrelay-es.net", "185.99.57.14", dt(2025, 6, 2, 6, 30, 5),
                        auth=auth_generic("seguridadenlared.es", ip="185.99.57.14")))

other("non_notice", "es", None, False,
      "genuine Amazon Music Unlimited subscription cancelled (amazon.es)",
      ("Amazon Music", "digital-no-reply@amazon.es"), "Laura Domínguez <laura.dominguez@gmail.com>",
      "Se ha cancelado tu suscripción a Amazon Music Unlimited", dt(2025, 1, 31, 18, 20, 45), "alt", "utf-8",
      "quoted-printable", reply_to="no-reply@amazon.es", msgid=ses_msgid(),
      text="""Amazon Music

Hola, Laura:

Hemos cancelado tu suscripción a Amazon Music Unlimited (Plan Individual,
10,99 €/mes), tal y como solicitaste.

Podrás seguir escuchando todo el catálogo hasta el 14 de febrero de 2025.
A partir de esa fecha tu suscripción no se renovará y no se te cobrará.

Como cliente Prime, seguirás teniendo acceso a Amazon Music Prime.

¿Quieres volver? Puedes suscribirte de nuevo en cualquier momento:
https://www.amazon.es/music/unlimited

Gracias,
El equipo de Amazon Music
""",
      html=simple_html(
          "<div style=\"background:#0d0d1a;color:#fff;padding:16px;font:bold 20px Arial\">amazon music</div>"
          "<div style=\"padding:16px\"><p>Hola, Laura:</p><p>Hemos cancelado tu suscripción a <b>Amazon Music "
          "Unlimited</b> (Plan Individual, 10,99 €/mes), tal y como solicitaste.</p><p>Podrás seguir escuchando "
          "todo el catálogo hasta el <b>14 de febrero de 2025</b>. A partir de esa fecha tu suscripción no se "
          "renovará y no se te cobrará.</p><p>Como cliente Prime, seguirás teniendo acceso a Amazon Music Prime.</p>"
          "<p><a href=\"https://www.amazon.es/music/unlimited\">Volver a suscribirme</a></p>"
          "<p>Gracias,<br>El equipo de Amazon Music</p></div>", lang="es", title="Amazon Music"),
      trace=amz_trace("amazon.es", dt(2025, 1, 31, 18, 20, 48), True)[0], extra=amz_extra("amazon.es", "eu-west-1"))

_t, _h = amz_notice("amazon.es", "Elena", "Franja de entrega cancelada", "403-4418290-7762153",
                    ["Debido a una incidencia en nuestro centro de reparto de Amazon Fresh, hemos tenido que cancelar "
                     "la franja de entrega que elegiste (sábado 8 de marzo, de 10:00 a 12:00).",
                     "Tu pedido sigue activo: no hemos cancelado ningún producto. Elige una nueva franja antes del "
                     "viernes a las 22:00 para que podamos prepararlo."],
                    [("Pedido de Amazon Fresh: 23 productos (frutas, lácteos, limpieza)", 1, "67,35 €", "Amazon Fresh")],
                    ["Como compensación, hemos añadido un cupón de 5 € a tu cuenta que se aplicará automáticamente en "
                     "este pedido."],
                    extra_links=[("Elegir una nueva franja", "/alm/slotselection?orderId=403-4418290-7762153")],
                    refp="fresh_es", items_head="Tu pedido")
other("non_notice", "es", None, False,
      "genuine Amazon Fresh delivery slot cancelled, order remains active",
      ("Amazon.es", "order-update@amazon.es"), "Elena Vidal <elena.vidal@gmail.com>",
      "Hemos cancelado tu franja de entrega de Amazon Fresh - elige una nueva", dt(2025, 3, 6, 19, 4, 31), "alt",
      "utf-8", "8bit", text=_t, html=_h, reply_to="no-reply@amazon.es", msgid=ses_msgid(),
      trace=amz_trace("amazon.es", dt(2025, 3, 6, 19, 4, 34), False)[0], extra=amz_extra("amazon.es", "eu-west-1"))

_t, _h = amz_notice("amazon.com.mx", "Ricardo", "Revisa tu método de pago", "701-2287460-5531908",
                    ["No pudimos procesar el pago de tu pedido #701-2287460-5531908 con la tarjeta Mastercard "
                     "terminación 5517.",
                     "Tu pedido todavía no ha sido cancelado. Actualiza tu método de pago antes del 3 de abril de "
                     "2025; si no lo haces, tu pedido será cancelado automáticamente."],
                    [("Samsung Smart TV 55\" Crystal UHD 4K UN55DU7000", 1, "$8,999.00", "Amazon México")],
                    ["Para actualizar tu pago ve a Mis pedidos, selecciona el pedido y elige «Cambiar método de pago». "
                     "Si ya lo actualizaste, ignora este mensaje."],
                    total="$8,999.00", extra_links=[("Cambiar método de pago",
                                                     "/gp/css/summary/edit.html?orderID=701-2287460-5531908")],
                    refp="payrev_mx", items_head="Detalles del pedido")
other("non_notice", "es", None, False,
      "genuine Amazon.com.mx payment reminder before cancellation (order not cancelled yet)",
      ("Amazon.com.mx", "payments-messages@amazon.com.mx"), "Ricardo Flores <ricardo.flores@gmail.com>",
      "Acción requerida: revisa la información de pago de tu pedido #701-2287460-5531908",
      dt(2025, 3, 31, 14, 27, 50), "alt", "utf-8", "base64", text=_t, html=_h, reply_to="no-reply@amazon.com.mx",
      msgid=ses_msgid("us-east-1"), trace=amz_trace("amazon.com.mx", dt(2025, 3, 31, 14, 27, 53), True)[0],
      extra=amz_extra("amazon.com.mx", "us-east-1"))


# ==========================================================================
# BRAZILIAN PORTUGUESE  (amazon.com.br)
# ==========================================================================

# ---------------- notices ----------------
notice("amazon.com.br", "order-update", "Mariana", "Mariana Souza <mariana.souza@gmail.com>",
       "Seu pedido Amazon.com.br nº 702-8123946-4471552 foi cancelado",
       dt(2025, 2, 6, 13, 55, 21), dt(2025, 2, 6, 13, 55, 24), False, "alt", "utf-8", "quoted-printable",
       "inventory_shortage", True, "marketplace seller could not fulfil (item out of stock)",
       "Pedido cancelado", "702-8123946-4471552",
       ["Infelizmente, o vendedor parceiro não conseguiu atender ao seu pedido nº 702-8123946-4471552 porque o "
        "item ficou indisponível no estoque. Por isso, o pedido foi cancelado."],
       [("Panela de Pressão Elétrica Electrolux 6L PCC20, Inox, 127V", 1, "R$ 499,90", "Casa & Cozinha Store")],
       ["Nenhuma cobrança foi realizada. Caso você tenha pago com Pix ou boleto, o reembolso será feito em até "
        "7 dias úteis.",
        "Você pode encontrar ofertas de outros vendedores na página do produto."],
       total="R$ 499,90", refp="ocnc_br")

notice("amazon.com.br", "payments-messages", "Rafael", "rafael.oliveira@uol.com.br",
       "Pedido nº 701-4459012-8830637 cancelado: pagamento não identificado",
       dt(2025, 3, 14, 9, 0, 12), dt(2025, 3, 14, 9, 0, 15), True, "text", "iso-8859-1", "8bit",
       "payment_issue", True, "boleto not paid by due date, order cancelled",
       "Pedido cancelado", "701-4459012-8830637", [], [], refp="pay_br",
       text_override="""Amazon.com.br
___________________________________________________________________________

Olá, Rafael,

Não identificamos o pagamento do boleto referente ao seu pedido
nº 701-4459012-8830637 até a data de vencimento (12/03/2025). Por isso,
o pedido foi cancelado.

Itens cancelados:

    Kindle Paperwhite 16 GB (12ª geração) - Preto
    Quantidade: 1
    R$ 899,00

Se você já pagou o boleto, o valor será devolvido em até 10 dias úteis
na conta bancária cadastrada em Sua conta.

Se ainda quiser o produto, faça um novo pedido e escolha outra forma de
pagamento, como cartão de crédito ou Pix:
https://www.amazon.com.br/dp/B0CFPJYX7P

Seus pedidos: https://www.amazon.com.br/gp/css/order-history

Atenciosamente,
Amazon.com.br
___________________________________________________________________________

A Amazon nunca solicitará sua senha, dados completos do cartão ou
pagamentos via Pix por e-mail, SMS ou telefone. Se o número do seu
cartão mudou, atualize-o em Sua conta > Seus pagamentos. Denuncie
e-mails suspeitos:
https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG

Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03.

Este e-mail foi enviado de um endereço que não aceita respostas.
""")

notice("amazon.com.br", "order-update", "Thiago", "Thiago Almeida <thiago.almeida@hotmail.com>",
       "Cancelamento do seu pedido Amazon.com.br 702-0038815-6124409",
       dt(2025, 4, 24, 17, 33, 8), dt(2025, 4, 24, 17, 33, 11), False, "html", "utf-8", "base64",
       "technical_issue", True, "listing error, wrong price displayed",
       "Pedido cancelado", "702-0038815-6124409",
       ["Identificamos um erro no anúncio do produto abaixo: o preço exibido no momento da sua compra estava "
        "incorreto. Por esse motivo, cancelamos o seu pedido nº 702-0038815-6124409."],
       [("Smart TV LG 65\" 4K UHD ThinQ AI 65UT8050, webOS 24", 1, "R$ 349,00", "Amazon.com.br")],
       ["Nenhum valor foi cobrado. Se houver uma pré-autorização no seu cartão, ela será cancelada "
        "automaticamente pelo banco emissor.",
        "Pedimos desculpas pelo transtorno."],
       total="R$ 349,00", refp="tech_br")

notice("amazon.com.br", "order-update", "Juliana", "Juliana Costa <juliana.costa@yahoo.com.br>",
       "Seu pedido Amazon.com.br foi cancelado por motivos de segurança",
       dt(2025, 5, 9, 20, 12, 40), dt(2025, 5, 9, 20, 12, 43), True, "alt", "windows-1252", "quoted-printable",
       "fraud_prevention", True, "payment info could not be verified, account on hold, order cancelled",
       "Pedido cancelado", "701-6642307-2208845",
       ["Não foi possível verificar as informações de pagamento do seu pedido nº 701-6642307-2208845. Para "
        "proteger você, colocamos sua conta em espera e cancelamos o pedido."],
       [("Apple iPhone 16 (128 GB) - Preto", 1, "R$ 6.599,00", "Amazon.com.br"),
        ("Cartão-presente Amazon.com.br - R$ 500", 2, "R$ 1.000,00", "Amazon.com.br")],
       ["Para reativar sua conta, acesse o app da Amazon ou digite www.amazon.com.br no navegador, entre na sua "
        "conta e siga as instruções exibidas na tela. Não enviaremos links para verificação por e-mail.",
        "Nenhuma cobrança foi realizada para este pedido."],
       total="R$ 7.599,00", refp="acc_br")

notice("amazon.com.br", "auto-confirm", "Fernanda", "fernanda.lima@gmail.com",
       "Cancelamento do pedido nº 702-3350194-7781023 concluído",
       dt(2025, 1, 13, 11, 2, 55), dt(2025, 1, 13, 11, 2, 58), False, "text", "utf-8", "quoted-printable",
       "customer_request", True, "cancelled as requested by the customer",
       "Cancelamento concluído", "702-3350194-7781023", [], [], refp="cncl_br",
       text_override="""Amazon.com.br  Cancelamento concluído
Pedido nº 702-3350194-7781023
https://www.amazon.com.br/ref=TE_tex_g

___________________________________________________________________________

Olá, Fernanda,

Seu pedido foi cancelado conforme solicitado.

    Fone de Ouvido JBL Tune 520BT, Bluetooth, Azul
    Quantidade: 1
    R$ 229,90

Motivo do cancelamento: Cancelado pelo cliente

Se o pagamento já tiver sido processado, o reembolso será feito na mesma
forma de pagamento utilizada. Para cartão de crédito, o estorno pode
aparecer em até duas faturas.

Seus pedidos: https://www.amazon.com.br/gp/css/order-history
============================================================================

Se precisar de ajuda, acesse o Atendimento ao Cliente:
https://www.amazon.com.br/gp/help/customer/display.html?nodeId=508510

Esperamos vê-lo novamente em breve.
Amazon.com.br
___________________________________________________________________________

A Amazon nunca solicitará sua senha ou os dados do seu cartão por e-mail.
Se o número do seu cartão mudou, atualize-o em Sua conta. Para denunciar
e-mails suspeitos, acesse:
https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GBSK5H3KPF8PCZAG

Este e-mail foi enviado de um endereço que não aceita respostas.
""")

notice("amazon.com.br", "order-update", "Bruno", "Bruno Carvalho <bruno.carvalho@terra.com.br>",
       "1 item do seu pedido Amazon.com.br 701-9971158-3340217 foi cancelado",
       dt(2025, 6, 18, 8, 44, 6), dt(2025, 6, 18, 8, 44, 9), True, "alt", "utf-8", "8bit",
       "unknown", True, "delivery restriction for the postal code (CEP), item cannot be delivered",
       "Item cancelado", "701-9971158-3340217",
       ["O item abaixo do seu pedido nº 701-9971158-3340217 foi cancelado porque não realizamos entregas deste "
        "produto no CEP informado (área com restrição de entrega para itens volumosos)."],
       [("Geladeira Brastemp Frost Free Duplex 375 L Inox BRM45JK, 220V", 1, "R$ 3.499,00", "Amazon.com.br")],
       ["Nenhum valor foi cobrado por este item. Os demais itens do pedido não foram afetados.",
        "Se quiser, você pode cadastrar outro endereço de entrega e fazer um novo pedido."],
       extra_links=[("Gerenciar endereços", "/a/addresses")], refp="ocnc_br")

# ---------------- lookalikes ----------------
other("lookalike", "pt", "fraud_prevention", True,
      "gmail sender, callback phone number (0800), purchase 'cancelled for fraud suspicion', malformed order number",
      ("Central Amazon Brasil", "central.amazonbrasil@gmail.com"), "paulo.ribeiro@gmail.com",
      "Compra de R$ 3.899,00 cancelada - suspeita de fraude", dt(2025, 2, 17, 7, 40, 29, -3), "text", "utf-8",
      "8bit",
      text="""Prezado(a) cliente,

Identificamos uma compra suspeita em sua conta Amazon:

  Pedido: #70199-8812
  Produto: Notebook Dell Inspiron 15 i7 16GB
  Valor: R$ 3.899,00

Por medida de segurança a compra foi CANCELADA e seu cartão bloqueado para novas
compras.

Se você NÃO reconhece esta compra, ligue AGORA para a Central de Atendimento
Amazon: 0800 591 2274 (ligação gratuita, 24h). Tenha em mãos o seu cartão.

Atenciosamente,
Central de Segurança Amazon Brasil
""",
      trace=phish_trace("mail-sor-f53.google.com", "209.85.220.53", dt(2025, 2, 17, 10, 40, 33),
                        auth=auth_generic("gmail.com", ip="209.85.220.53"), mailfrom="central.amazonbrasil@gmail.com"))

other("lookalike", "pt", "fraud_prevention", True,
      "Greek homoglyph display name, evil-tld domain amazon.com.br.conta-verificacao.net, account blocked + unlock code",
      ("Amaz\u03bfn.com.br", "seguranca@amazon.com.br.conta-verificacao.net"), "Carla Mendes <carla.mendes@outlook.com>",
      "Sua conta foi bloqueada e o pedido nº 702-1184477-9051306 cancelado", dt(2025, 3, 29, 22, 5, 16, -3),
      "alt", "utf-8", "base64",
      text="""Amazon.com.br

Olá, Carla,

Detectamos atividades incomuns na sua conta. Por segurança, sua conta foi
bloqueada e o pedido nº 702-1184477-9051306 foi cancelado.

Use o código abaixo para desbloquear sua conta:

    5521-0098

Acesse: https://amazon.com.br.conta-verificacao.net/desbloqueio

Se a conta não for desbloqueada em 24 horas, ela será encerrada
definitivamente.

Equipe de Segurança Amazon
""",
      html=fake_amz_html("pt", "amazon.com.br", "Conta bloqueada",
                         "<p>Olá, Carla,</p><p>Detectamos atividades incomuns na sua conta. Por segurança, <b>sua conta "
                         "foi bloqueada</b> e o pedido nº 702-1184477-9051306 foi cancelado.</p><p>Use o código abaixo "
                         "para desbloquear sua conta:</p><p style=\"font:bold 24px Courier New,monospace;"
                         "letter-spacing:3px\">5521-0098</p><p>Se a conta não for desbloqueada em 24 horas, ela será "
                         "encerrada definitivamente.</p>",
                         button=("https://amazon.com.br.conta-verificacao.net/desbloqueio", "Desbloquear minha conta"),
                         footer_html="© 1996-2025, Amazon.com, Inc. ou suas afiliadas.",
                         order_line="Pedido nº 702-1184477-9051306"),
      trace=phish_trace("srv01.conta-verificacao.net", "185.216.71.88", dt(2025, 3, 30, 1, 5, 20),
                        auth=auth_generic("conta-verificacao.net", from_dom="amazon.com.br.conta-verificacao.net",
                                          dmarc="none", ip="185.216.71.88"),
                        mailfrom="seguranca@amazon.com.br.conta-verificacao.net"))

other("lookalike", "pt", "payment_issue", True,
      "outlook.com sender, asks to reply with card data, order number without dashes",
      ("Amazon Pedidos", "pedidos.amazonbrasil@outlook.com"), "Roberto Nunes <roberto.nunes@bol.com.br>",
      "Pedido 70244120987 cancelado - falha no pagamento", dt(2025, 4, 7, 15, 18, 3, -3), "text",
      "iso-8859-1", "quoted-printable",
      text="""Olá Roberto,

Seu pedido 70244120987 foi cancelado devido a uma falha no processamento do
pagamento com cartão de crédito.

Para reativar o pedido sem custo adicional, responda este e-mail informando:

  - Nome impresso no cartão
  - Número do cartão
  - Validade
  - Código de segurança (CVV)
  - CPF do titular

Após a confirmação seu pedido será enviado normalmente.

Obrigado,
Equipe Amazon Pedidos
""",
      trace=phish_trace("CP4PR80MB5521.lamprd80.prod.outlook.com", "40.92.41.63", dt(2025, 4, 7, 18, 18, 8),
                        auth=auth_generic("outlook.com", ip="40.92.41.63"), mailfrom="pedidos.amazonbrasil@outlook.com"))

other("lookalike", "pt", "payment_issue", True,
      "polished Amazon layout; link text shows www.amazon.com.br but href goes to amazon-br-pedidos.com; Pix payment lure, 'will be cancelled' in 24h",
      ("Amazon.com.br", "pagamentos@amazon-br-pedidos.com"), "Aline Barbosa <aline.barbosa@gmail.com>",
      "Seu pedido 701-5529341-8870126 será cancelado em 24 horas", dt(2025, 5, 22, 12, 0, 44, -3), "alt",
      "utf-8", "quoted-printable",
      text="""Amazon.com.br  Pagamento pendente
Pedido nº 701-5529341-8870126

Olá, Aline,

Não conseguimos confirmar o pagamento via Pix do seu pedido nº 701-5529341-8870126.
Seu pedido será cancelado em 24 horas se o pagamento não for concluído.

Pagar agora: https://www.amazon.com.br/gp/css/order-history

    Air Fryer Mondial 4L Family AFN-40-BI, 1500W
    Quantidade: 1
    R$ 279,90

Atenciosamente,
Amazon.com.br
""",
      html=fake_amz_html("pt", "amazon.com.br", "Pagamento pendente",
                         "<p><span style=\"font:16px Arial;color:#cc6600\">Olá, Aline,</span></p>"
                         "<p>Não conseguimos confirmar o pagamento via Pix do seu pedido nº 701-5529341-8870126. "
                         "<b>Seu pedido será cancelado em 24 horas</b> se o pagamento não for concluído.</p>"
                         "<p>Pagar agora: <a href=\"https://amazon-br-pedidos.com/pix/pagar?pedido=701-5529341-8870126\" "
                         "style=\"color:#006699\">https://www.amazon.com.br/gp/css/order-history</a></p>"
                         "<table style=\"border-top:3px solid #2a8bc1;width:100%\"><tr><td>Air Fryer Mondial 4L Family "
                         "AFN-40-BI, 1500W<br/><span style=\"font-size:11px;color:#666\">Quantidade: 1</span></td>"
                         "<td align=\"right\">R$ 279,90</td></tr></table>"
                         "<p>Atenciosamente,<br/><b>Amazon.com.br</b></p>",
                         button=("https://amazon-br-pedidos.com/pix/pagar?pedido=701-5529341-8870126",
                                 "Pagar com Pix"),
                         footer_html="A Amazon nunca solicitará sua senha por e-mail. Amazon Serviços de Varejo do "
                                     "Brasil Ltda.",
                         order_line="Pedido nº <a href=\"https://amazon-br-pedidos.com/o/701-5529341-8870126\">701-5529341-8870126</a>"),
      trace=phish_trace("mail.amazon-br-pedidos.com", "179.61.251.30", dt(2025, 5, 22, 15, 0, 49),
                        auth=auth_generic("amazon-br-pedidos.com", ip="179.61.251.30"),
                        mailfrom="pagamentos@amazon-br-pedidos.com"))

other("lookalike", "pt", "unknown", False,
      "Cyrillic homoglyph display name, yahoo.com.br sender, no order number, crude",
      ("\u0410mazon.com.br", "atendimento_amazon.br@yahoo.com.br"), "vanessa.rocha@hotmail.com",
      "Pedido cancelado", dt(2025, 6, 3, 0, 27, 51, -3), "html", "utf-8", "quoted-printable",
      html=simple_html(
          "<p>Olá,</p>\n<p>Seu pedido foi cancelado.</p>\n"
          "<p>Para mais informações e para receber o estorno "
          "<a href=\"https://encurtador.com.br/amzBRestorno\">clique aqui</a>.</p>\n"
          "<p>Amazon</p>", lang="pt", title="Amazon"),
      trace=phish_trace("sonic315-27.consmr.mail.gq1.yahoo.com", "98.137.65.83", dt(2025, 6, 3, 3, 27, 55),
                        auth=auth_generic("yahoo.com.br", ip="98.137.65.83"),
                        mailfrom="atendimento_amazon.br@yahoo.com.br"))

other("lookalike", "pt", "technical_issue", True,
      "look-alike domain amaz0nbr.com, 'system failure' cancellation, malformed order number, refund link",
      ("Amazon.com.br", "estorno@amaz0nbr.com"), "Gustavo Pereira <gustavo.pereira@gmail.com>",
      "Pedido #701-12-88 cancelado por falha no sistema", dt(2025, 1, 26, 10, 50, 37, -3), "alt", "windows-1252",
      "8bit",
      text="""Olá Gustavo,

Devido a uma falha no nosso sistema, seu pedido #701-12-88 foi cancelado.

Para receber o estorno de R$ 1.249,00 acesse o link abaixo e confirme os dados
do cartão utilizado na compra:

http://amaz0nbr.com/estorno?ped=7011288

Atenciosamente,
Amazon.com.br
""",
      html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p><b style="font-size:22px">amazon</b><span style="color:#ff9900">.com.br</span></p>
<p>Olá Gustavo,</p>
<p>Devido a uma falha no nosso sistema, seu pedido <b>#701-12-88</b> foi cancelado.</p>
<p>Para receber o estorno de <b>R$ 1.249,00</b> acesse o link abaixo e confirme os dados do cartão utilizado na compra:</p>
<p><a href="http://amaz0nbr.com/estorno?ped=7011288">Receber estorno</a></p>
<p>Atenciosamente,<br>Amazon.com.br</p>
</body></html>
""",
      trace=phish_trace("vps-7712.amaz0nbr.com", "45.132.89.201", dt(2025, 1, 26, 13, 50, 41),
                        auth=auth_generic("amaz0nbr.com", dkim="none", spf="neutral", dmarc="none", ip="45.132.89.201"),
                        mailfrom="estorno@amaz0nbr.com"))

other("lookalike", "pt", "customer_request", True,
      "'cancellation requested successfully – not you?' lure; link text shows amazon.com.br, href to amazon-pedidos.help",
      ("Amazon.com.br", "cancelamentos@amazon-pedidos.help"), "Patrícia Araújo <patricia.araujo@gmail.com>",
      "Cancelamento solicitado com sucesso - pedido 702-6613028-4459180", dt(2025, 4, 30, 9, 15, 2, -3), "alt",
      "utf-8", "base64",
      text="""Amazon.com.br

Olá, Patrícia,

Recebemos sua solicitação e o pedido nº 702-6613028-4459180 foi cancelado
conforme solicitado por você.

Motivo do cancelamento: Cancelado pelo cliente

Não foi você? Acesse https://www.amazon.com.br/seus-pedidos e clique em
"Não fui eu" para reverter o cancelamento e proteger sua conta.

Atenciosamente,
Amazon.com.br
""",
      html=fake_amz_html("pt", "amazon.com.br", "Cancelamento concluído",
                         "<p>Olá, Patrícia,</p><p>Recebemos sua solicitação e o pedido nº 702-6613028-4459180 foi "
                         "cancelado conforme solicitado por você.</p><p><b>Motivo do cancelamento:</b> Cancelado pelo "
                         "cliente</p><p>Não foi você? Acesse <a href=\"https://amazon-pedidos.help/br/nao-fui-eu?p="
                         "702-6613028-4459180\" style=\"color:#006699\">https://www.amazon.com.br/seus-pedidos</a> e "
                         "clique em \"Não fui eu\" para reverter o cancelamento e proteger sua conta.</p>",
                         button=("https://amazon-pedidos.help/br/nao-fui-eu?p=702-6613028-4459180", "Não fui eu"),
                         footer_html="A Amazon nunca solicitará sua senha por e-mail.",
                         order_line="Pedido nº 702-6613028-4459180"),
      trace=phish_trace("out.amazon-pedidos.help", "103.75.118.22", dt(2025, 4, 30, 12, 15, 7),
                        auth=auth_generic("amazon-pedidos.help", ip="103.75.118.22"),
                        mailfrom="cancelamentos@amazon-pedidos.help"))

other("lookalike", "pt", "inventory_shortage", True,
      "crude all caps, out-of-stock refund via Pix asking bank password, gmail sender, no order number",
      ("AMAZON REEMBOLSO", "reembolso.amazon.oficial@gmail.com"), "joao.silva1987@gmail.com",
      "PRODUTO ESGOTADO - PEDIDO CANCELADO - RECEBA SEU REEMBOLSO", dt(2025, 5, 4, 5, 31, 9, -3), "html",
      "utf-8", "8bit",
      html=simple_html(
          "<center><h1 style=\"color:#ff9900\">amazon</h1>\n"
          "<h2>SEU PEDIDO FOI CANCELADO</h2>\n"
          "<p>O PRODUTO QUE VOCÊ COMPROU ESTÁ ESGOTADO!!!</p>\n"
          "<p>Você tem direito a um reembolso de <b>R$ 412,70</b> + bônus de R$ 50,00.</p>\n"
          "<p>Para receber via PIX informe sua chave Pix, o nome do seu banco e a senha do aplicativo no "
          "formulário abaixo:</p>\n"
          "<p><a href=\"https://docs.google.com/forms/d/e/1FAIpQLSe-amz-reembolso/viewform\" "
          "style=\"background:#ff9900;color:#fff;padding:12px 30px;font-size:18px\">RECEBER REEMBOLSO</a></p>\n"
          "<p style=\"font-size:10px\">Amazon Brasil - todos os direitos reservados</p></center>",
          lang="pt", title="Amazon"),
      trace=phish_trace("mail-sor-f45.google.com", "209.85.220.45", dt(2025, 5, 4, 8, 31, 13),
                        auth=auth_generic("gmail.com", ip="209.85.220.45"),
                        mailfrom="reembolso.amazon.oficial@gmail.com"))

# ---------------- non-notices ----------------
other("non_notice", "pt", None, False,
      "Magalu genuine order cancellation of an Amazon-brand device (Kindle); mentions Amazon as brand only",
      ("Magalu", "pedidos@magazineluiza.com.br"), "Camila Teixeira <camila.teixeira@gmail.com>",
      "Seu pedido 1289047731 foi cancelado", dt(2025, 3, 3, 16, 22, 18, -3), "alt", "utf-8", "quoted-printable",
      text="""Magalu

Oi, Camila!

Seu pedido 1289047731 foi cancelado porque o produto ficou sem estoque no
nosso centro de distribuição antes do envio.

  Kindle 11ª Geração Amazon 16GB, Tela 6", Wi-Fi - Preto
  Vendido e entregue por Magalu
  R$ 549,00

Reembolso: o estorno de R$ 549,00 será feito no seu cartão de crédito e
pode aparecer em até 2 faturas.

Avise-me quando chegar: https://www.magazineluiza.com.br/kindle-11-geracao-amazon/p/237884400/

Equipe Magalu
Magazine Luiza S/A - CNPJ 47.960.950/0001-21
""",
      html=simple_html(
          "<table width=\"600\" align=\"center\"><tr><td style=\"background:#0086ff;color:#fff;padding:14px;"
          "font:bold 24px Arial\">Magalu</td></tr><tr><td style=\"padding:16px\">"
          "<p>Oi, Camila!</p><p>Seu pedido <b>1289047731</b> foi cancelado porque o produto ficou sem estoque no "
          "nosso centro de distribuição antes do envio.</p>"
          "<table width=\"100%\" style=\"border:1px solid #eee\"><tr><td>Kindle 11ª Geração Amazon 16GB, Tela 6\", "
          "Wi-Fi - Preto<br><small>Vendido e entregue por Magalu</small></td><td align=\"right\">R$ 549,00</td></tr>"
          "</table><p><b>Reembolso:</b> o estorno de R$ 549,00 será feito no seu cartão de crédito e pode aparecer "
          "em até 2 faturas.</p><p><a href=\"https://www.magazineluiza.com.br/kindle-11-geracao-amazon/p/237884400/\">"
          "Avise-me quando chegar</a></p><p>Equipe Magalu</p>"
          "<p style=\"font-size:11px;color:#888\">Magazine Luiza S/A - CNPJ 47.960.950/0001-21</p></td></tr></table>",
          lang="pt", title="Magalu"),
      trace=phish_trace("mta-241.magazineluiza.com.br", "200.155.23.241", dt(2025, 3, 3, 19, 22, 22),
                        auth=auth_generic("magazineluiza.com.br", ip="200.155.23.241")))

other("non_notice", "pt", None, False,
      "friend says she cancelled her own Amazon order (air fryer) herself",
      ("Renata Gomes", "renatinha.gomes@gmail.com"), "Bia <beatriz.santos@hotmail.com>",
      "air fryer", dt(2025, 4, 18, 21, 9, 44, -3), "text", "utf-8", "quoted-printable",
      extra=[("X-Mailer", "iPhone Mail (21E236)")],
      text="""Bia, cancelei aquele pedido da Amazon da air fryer!! Vi que na Black
Friday antecipada do Mercado Livre tava 90 reais mais barata, aí já
cancelei pelo app mesmo, foi na hora. Se quiser eu te mando o link da
outra.

Bjs
Renata

Enviado do meu iPhone
""",
      trace=phish_trace("mail-sor-f49.google.com", "209.85.220.49", dt(2025, 4, 19, 0, 9, 48),
                        auth=auth_generic("gmail.com", ip="209.85.220.49")))

other("non_notice", "pt", None, False,
      "newsletter on scams quoting fake Amazon cancellation subject lines",
      ("Boletim Golpe Zero", "contato@golpezero.com.br"), "leitor@uol.com.br",
      "Golpe do falso cancelamento: \"Seu pedido Amazon foi cancelado\"", dt(2025, 5, 12, 8, 0, 0, -3), "alt",
      "iso-8859-1", "quoted-printable",
      extra=[("List-Unsubscribe", "<https://golpezero.com.br/descadastrar?id=55120>"), ("Precedence", "bulk")],
      text="""BOLETIM GOLPE ZERO - edição 87

GOLPE DO FALSO CANCELAMENTO

Leitores têm recebido e-mails com assuntos como "Seu pedido Amazon foi
cancelado", "Compra de R$ 3.899,00 cancelada - suspeita de fraude" ou
"PRODUTO ESGOTADO - RECEBA SEU REEMBOLSO". O objetivo é fazer você ligar
para uma falsa central ou informar a chave Pix e a senha do banco.

Como se proteger:
 * Confira o pedido abrindo você mesmo o app ou o site da loja.
 * Nenhuma loja pede senha de banco para devolver dinheiro.
 * Desconfie de remetentes @gmail.com ou de domínios estranhos.
 * Denuncie em https://www.gov.br/anpd e ao seu banco.

Até a próxima edição!
Equipe Golpe Zero

Descadastrar: https://golpezero.com.br/descadastrar?id=55120
""",
      html=simple_html(
          "<p style=\"font-size:11px;color:#888\">BOLETIM GOLPE ZERO - edição 87</p>"
          "<h1 style=\"color:#c62828\">Golpe do falso cancelamento</h1>"
          "<p>Leitores têm recebido e-mails com assuntos como <i>\"Seu pedido Amazon foi cancelado\"</i>, <i>\"Compra "
          "de R$ 3.899,00 cancelada - suspeita de fraude\"</i> ou <i>\"PRODUTO ESGOTADO - RECEBA SEU REEMBOLSO\"</i>. "
          "O objetivo é fazer você ligar para uma falsa central ou informar a chave Pix e a senha do banco.</p>"
          "<h3>Como se proteger</h3><ul><li>Confira o pedido abrindo você mesmo o app ou o site da loja.</li>"
          "<li>Nenhuma loja pede senha de banco para devolver dinheiro.</li>"
          "<li>Desconfie de remetentes @gmail.com ou de domínios estranhos.</li>"
          "<li>Denuncie em https://www.gov.br/anpd e ao seu banco.</li></ul>"
          "<p>Até a próxima edição!<br>Equipe Golpe Zero</p>"
          "<p style=\"font-size:11px\"><a href=\"https://golpezero.com.br/descadastrar?id=55120\">Descadastrar</a></p>",
          lang="pt", title="Golpe Zero").replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">'),
      trace=phish_trace("smtp-out7.golpezero.com.br", "177.70.106.7", dt(2025, 5, 12, 11, 0, 4),
                        auth=auth_generic("golpezero.com.br", ip="177.70.106.7")))

other("non_notice", "pt", None, False,
      "genuine Kindle Unlimited subscription cancelled (amazon.com.br)",
      ("Amazon.com.br", "digital-no-reply@amazon.com.br"), "Eduardo Martins <eduardo.martins@gmail.com>",
      "Sua assinatura do Kindle Unlimited foi cancelada", dt(2025, 2, 20, 23, 51, 4), "text", "utf-8", "base64",
      reply_to="no-reply@amazon.com.br", msgid=ses_msgid("us-east-1"),
      text="""Kindle Unlimited

Olá, Eduardo,

Confirmamos o cancelamento da sua assinatura do Kindle Unlimited.

Você continuará tendo acesso aos títulos do Kindle Unlimited até
06/03/2025. Depois dessa data, os livros emprestados pela assinatura
serão removidos da sua biblioteca e não haverá novas cobranças de
R$ 24,90.

Os eBooks que você comprou continuam na sua biblioteca normalmente.

Mudou de ideia? Reative quando quiser:
https://www.amazon.com.br/kindle-dbs/hz/subscribe/ku

Atenciosamente,
Equipe Kindle

A Amazon nunca solicitará sua senha por e-mail.
""",
      trace=amz_trace("amazon.com.br", dt(2025, 2, 20, 23, 51, 7), True)[0],
      extra=amz_extra("amazon.com.br", "us-east-1"))

_t, _h = amz_notice("amazon.com.br", "Luciana", "Agendamento de entrega cancelado", "702-7748130-2216954",
                    ["A transportadora cancelou o agendamento de entrega do seu pedido nº 702-7748130-2216954 "
                     "previsto para 27/05, no período da tarde.",
                     "Seu pedido continua ativo e não foi cancelado. Escolha uma nova data de entrega no link abaixo."],
                    [("Sofá Retrátil e Reclinável 3 Lugares, Suede Cinza", 1, "R$ 1.899,90", "Amazon.com.br")],
                    ["Se nenhuma data for escolhida em até 5 dias, entraremos em contato para reagendar."],
                    extra_links=[("Escolher nova data", "/gp/css/shiptrack/schedule?orderId=702-7748130-2216954")],
                    refp="sched_br", items_head="Item do pedido")
other("non_notice", "pt", None, False,
      "genuine Amazon.com.br delivery appointment cancelled by carrier, order still active",
      ("Amazon.com.br", "shipment-tracking@amazon.com.br"), "Luciana Freitas <luciana.freitas@gmail.com>",
      "Agendamento de entrega cancelado - escolha uma nova data", dt(2025, 5, 26, 18, 12, 37), "alt", "utf-8",
      "base64", text=_t, html=_h, reply_to="no-reply@amazon.com.br", msgid=ses_msgid("us-east-1"),
      trace=amz_trace("amazon.com.br", dt(2025, 5, 26, 18, 12, 40), False)[0],
      extra=amz_extra("amazon.com.br", "us-east-1"))

_t, _h = amz_notice("amazon.com.br", "Marcelo", "Lembrete de pagamento", "701-3302285-6647310",
                    ["O boleto do seu pedido nº 701-3302285-6647310 vence amanhã, 09/04/2025.",
                     "Se o pagamento não for identificado até a data de vencimento, o pedido será cancelado "
                     "automaticamente. Pagamentos feitos no dia do vencimento podem levar até 3 dias úteis para "
                     "serem compensados."],
                    [("Furadeira de Impacto Bosch GSB 13 RE 650W, 127V", 1, "R$ 389,90", "Amazon.com.br")],
                    ["Você pode copiar o código de barras ou imprimir a segunda via do boleto em Seus pedidos."],
                    total="R$ 389,90", extra_links=[("Ver boleto", "/gp/css/summary/print.html?orderID=701-3302285-6647310")],
                    refp="boleto_br", items_head="Resumo do pedido")
other("non_notice", "pt", None, False,
      "genuine Amazon.com.br boleto reminder: pay or order will be cancelled (not cancelled yet)",
      ("Amazon.com.br", "payments-messages@amazon.com.br"), "Marcelo Dias <marcelo.dias@ig.com.br>",
      "Lembrete: o boleto do seu pedido vence amanhã", dt(2025, 4, 8, 12, 3, 55), "alt", "utf-8",
      "quoted-printable", text=_t, html=_h, reply_to="no-reply@amazon.com.br", msgid=ses_msgid("us-east-1"),
      trace=amz_trace("amazon.com.br", dt(2025, 4, 8, 12, 3, 58), True)[0],
      extra=amz_extra("amazon.com.br", "us-east-1"))


# ==========================================================================
# write everything
# ==========================================================================

def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    order = list(range(len(EMAILS)))
    random.Random(SEED).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        e = EMAILS[idx]
        fname = "%s%03d.eml" % (PREFIX, n)
        msg = build(e)
        with open(os.path.join(MAILDIR, fname), "wb") as fp:
            BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg)
        labels.append({"file": fname, "kind": e["kind"], "language": e["lang"], "cause": e["cause"],
                       "states_reason": e["states_reason"], "marketplace": e["marketplace"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
        fp.write("\n")
    return labels


if __name__ == "__main__":
    labs = main()
    from collections import Counter
    print(len(labs), "mails")
    print(Counter((l["language"], l["kind"]) for l in labs))
    print(Counter((l["language"], l["cause"]) for l in labs if l["kind"] == "notice"))
